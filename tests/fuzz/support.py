"""What the hostile-input tests share: bounds on time and memory, the real command, campaign files,
and builders for files too big (or too odd) to keep in git.

Limits are generous on purpose: the tests run on loaded two-core machines; what they catch is a reader
that takes minutes or gigabytes, not one that is a little slow.
"""

from __future__ import annotations

import contextlib
import io
import os
import select
import shutil
import signal
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from scheduler.cli import main
from scheduler.errors import CampaignError

CORPUS = Path(__file__).parent / "corpus"
SECONDS = 20.0
MEGABYTES = 500.0


@dataclass
class Usage:
    seconds: float = 0.0
    megabytes: float = 0.0


@contextlib.contextmanager
def bounded(seconds: float = SECONDS, megabytes: float | None = MEGABYTES) -> Iterator[Usage]:
    """Fails when the body takes longer than `seconds` or allocates more than `megabytes` at its peak
    (Python allocations, as tracemalloc sees them: what the readers build). Tracing memory slows
    allocation-heavy code two to four times; `megabytes=None` measures the time only."""
    usage = Usage()
    if megabytes is None:
        start = time.perf_counter()
        yield usage
        usage.seconds = time.perf_counter() - start
        assert usage.seconds < seconds, f"took {usage.seconds:.1f} s (limit {seconds} s)"
        return
    started_tracing = not tracemalloc.is_tracing()
    if started_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    try:
        yield usage
    finally:
        usage.seconds = time.perf_counter() - start
        usage.megabytes = (tracemalloc.get_traced_memory()[1] - base) / 2**20
        if started_tracing:
            tracemalloc.stop()
    assert usage.seconds < seconds, f"took {usage.seconds:.1f} s (limit {seconds} s)"
    assert usage.megabytes < megabytes, f"peaked at {usage.megabytes:.0f} MB (limit {megabytes} MB)"


def in_child(work: Callable[[], object], seconds: float = SECONDS, megabytes: float = MEGABYTES) -> str:
    """Runs `work` in a forked child and returns what it returned (as text) or the text of the
    CampaignError it raised; fails when the child took longer than `seconds` or its resident memory
    grew by more than `megabytes`. Unlike tracemalloc this costs nothing while the work runs, and it
    counts every byte (C libraries too)."""
    read_end, write_end = os.pipe()
    resident = _resident_megabytes()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(read_end)
            try:
                text = f"ok: {work()}"
            except CampaignError as error:
                text = f"refused: {error}"
            except BaseException as error:
                text, code = f"crashed: {type(error).__name__}: {error}", 1
            with os.fdopen(write_end, "w", encoding="utf-8") as out:
                out.write(text)
        finally:
            os._exit(code)
    os.close(write_end)
    # The child writes once, at its end: nothing to read by the limit means it is still at work.
    if not select.select([read_end], [], [], seconds)[0]:
        os.kill(pid, signal.SIGKILL)
        os.wait4(pid, 0)
        os.close(read_end)
        raise AssertionError(f"still running after {seconds} s: stopped")
    with os.fdopen(read_end, encoding="utf-8") as source:
        text = source.read()
    _, status, usage = os.wait4(pid, 0)
    seconds_taken = time.perf_counter() - start
    grown = usage.ru_maxrss / 1024 - resident
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert seconds_taken < seconds, f"took {seconds_taken:.1f} s (limit {seconds} s)"
    assert grown < megabytes, f"grew by {grown:.0f} MB (limit {megabytes} MB)"
    return text


def _resident_megabytes() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def one_sentence(text: str, prefix: str = "") -> None:
    """What a coordinator sees for a refused file: one line, no traceback, naming the file."""
    assert text, "no message"
    assert "\n" not in text.strip(), text
    assert "Traceback" not in text and "Unexpected error" not in text, text
    assert text.strip().startswith(prefix), (prefix, text)
    assert len(text) < 1000, text


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def run(*argv: object) -> Outcome:
    """The real command line, as a coordinator runs it."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return Outcome(code, out.getvalue(), err.getvalue())


def refused_and_unchanged(campaign: Path, *argv: object, prefix: str = "") -> Outcome:
    """Runs a command that must fail: exit 1, one sentence per line, the campaign byte for byte as before."""
    before = campaign.read_bytes()
    outcome = run(*argv)
    assert outcome.code == 1, outcome
    assert outcome.out == "", outcome
    for line in outcome.err.strip().splitlines():
        one_sentence(line)
    assert outcome.err.strip().startswith(prefix), (prefix, outcome.err)
    assert campaign.read_bytes() == before, "the campaign file changed although the command failed"
    return outcome


def copy_campaign(template: Path, folder: Path, name: str = "c.campaign") -> Path:
    return Path(shutil.copyfile(template, folder / name))


# --------------------------------------------------------------------------------------------------
# XLSX written part by part (streamed), so that a part of hundreds of MB never sits in memory

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{sheets}'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_CONTENT_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets>'
    "</workbook>"
)
_WORKBOOK_SHEET = '<sheet name="Sheet {n}" sheetId="{n}" r:id="rId{n}"/>'
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{sheets}'
    '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
_WORKBOOK_REL = ('<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/worksheet" Target="worksheets/sheet{n}.xml"/>')
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET_START = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}"><sheetData>'
SHEET_END = "</sheetData></worksheet>"
EMPTY_STRINGS = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}"></sst>'

Chunks = Iterable[str | bytes]


def inline_row(number: int, *texts: str) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
        for i, text in enumerate(texts)
    )
    return f'<row r="{number}">{cells}</row>'


def sheet(*middle: Chunks, header: tuple[str, ...] = ("Email", "Name")) -> Iterator[str | bytes]:
    """A worksheet: the header row, then whatever `middle` yields, streamed."""
    yield SHEET_START
    yield inline_row(1, *header)
    for part in middle:
        yield from part
    yield SHEET_END


def repeat(text: str, times: int, block: int = 10_000) -> Iterator[str]:
    """`text` `times` times, in pieces of `block` repetitions."""
    piece = text * block
    for _ in range(times // block):
        yield piece
    yield text * (times % block)


def write_xlsx(
    path: Path, sheets: list[Chunks], shared: Chunks | None = None,
    extra: dict[str, str | bytes] | None = None, level: int = 6,
) -> Path:
    """A minimal workbook whose parts are written chunk by chunk; `extra` adds or replaces parts."""
    numbers = range(1, len(sheets) + 1)
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES.format(
            sheets="".join(_CONTENT_TYPE.format(n=n) for n in numbers)),
        "_rels/.rels": _RELS,
        "xl/workbook.xml": _WORKBOOK.format(sheets="".join(_WORKBOOK_SHEET.format(n=n) for n in numbers)),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS.format(
            sheets="".join(_WORKBOOK_REL.format(n=n) for n in numbers)),
    }
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        for number, chunks in enumerate(sheets, start=1):
            _write_part(archive, f"xl/worksheets/sheet{number}.xml", chunks)
        _write_part(archive, "xl/sharedStrings.xml", shared if shared is not None else [EMPTY_STRINGS])
    return path


def _write_part(archive: zipfile.ZipFile, name: str, chunks: Chunks) -> None:
    with archive.open(name, "w", force_zip64=True) as out:
        for chunk in chunks:
            out.write(chunk.encode() if isinstance(chunk, str) else chunk)


# --------------------------------------------------------------------------------------------------
# Calendars


def ics(*events: str, header: str = "") -> bytes:
    """A calendar around the given VEVENT bodies (one property per line; CRLF as the standard says)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hostile input tests//EN"]
    lines += [line.strip() for line in header.splitlines() if line.strip()]
    for number, body in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:event-{number}@tests"]
        lines += [line.strip() for line in body.strip().splitlines() if line.strip()]
        lines += ["END:VEVENT"]
    lines += ["END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()
