"""Reading a CSV or XLSX file into a header and rows numbered as a spreadsheet shows them.

Coordinators export these files from Excel or LibreOffice in whatever locale they work in, so the CSV
reader accepts every encoding and delimiter those write (UTF-8 with or without BOM, UTF-16 "Unicode
text", Windows-1252; comma, semicolon or tab). Anything that is not a readable table, or is too big to
read in bounded time and memory, becomes one CampaignError sentence naming the file, never a traceback.
Nothing here knows what the columns mean; `headers` and `spreadsheet` decide that.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from scheduler.errors import CampaignError

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CELL_CHARS = 10_000
MAX_COLUMNS = 1_000
# A CSV record may run over several lines (quoted line breaks); the csv module builds all its cells at
# once, so a record with millions of separators would take gigabytes before any check could run.
# Excel has at most 16,384 columns; the rest of the margin is for separators inside quoted notes.
MAX_ROW_SEPARATORS = 100_000
# An XLSX is a ZIP of XML: its parts unpacked may be far larger than the file, and what openpyxl
# builds from the XML far larger again (every cell of a row at once, ~300 bytes each; every shared
# string; ~1 KB per cell format). So the parts are measured before openpyxl reads them (streamed,
# never held whole), which keeps a small "zip bomb" from taking minutes or gigabytes. A real sheet
# of 100,000 rows by 10 columns unpacks to ~65 MB with ~3 million elements: well inside these.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
MAX_XML_ELEMENTS = 8_000_000
MAX_SHARED_STRINGS = 1_500_000
MAX_ROW_CELLS = 16_384  # Excel's own limit
# Elements other than rows, cells and their texts: each becomes a Python object that stays in memory.
MAX_OTHER_ELEMENTS = 300_000
# The header is the first row that looks like one; title rows above it are allowed, but only a few.
MAX_ROWS_BEFORE_HEADER = 50

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted XLSX and old .xls are OLE2 files
XLSX_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
DELIMITERS = ("\t", ";", ",")  # preference order when a header line holds equally many of each
CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 and C1, not tab or line ends
SEP_LINE = re.compile(r"^sep=(.)\r?\n?$", re.IGNORECASE)

Cell = str | int | float | bool | datetime | date | time | timedelta | None
HeaderTest = Callable[[Sequence[str]], bool]


@dataclass(frozen=True)
class Row:
    """One data row: its number as a spreadsheet shows it (the header is usually row 1)."""

    number: int
    cells: tuple[Cell, ...]


@dataclass
class Table:
    """A whole sheet: the header texts exactly as written, and the rows under the header."""

    name: str
    header: list[str]
    header_row: int = 1
    rows: list[Row] = field(default_factory=list)


def read_table(path: Path, is_header: HeaderTest | None = None) -> Table:
    """Reads a CSV or XLSX file; `is_header` picks the header among the first non-empty rows.

    Without `is_header`, or when no row passes it, the first non-empty row is the header.
    """
    path = Path(path)
    data = _read_bytes(path)
    name = path.name
    suffix = path.suffix.casefold()
    if data.startswith(OLE_MAGIC):
        raise CampaignError(
            f"{name}: is a password-protected workbook or an old .xls file; "
            "save it without a password as .xlsx or CSV and import that."
        )
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(name, data, is_header)
    if suffix in XLSX_SUFFIXES:
        raise CampaignError(f"{name}: is not an XLSX workbook (it is not a ZIP archive inside).")
    if suffix in {".xls", ".ods", ".numbers"}:
        raise CampaignError(f"{name}: cannot be read; save it as .xlsx or CSV and import that.")
    return _read_csv(name, _decode(name, data), is_header)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing folders, devices and pipes (which could hang) and huge files."""
    name = path.name or str(path)
    try:
        if not path.exists():
            raise CampaignError(f"{path}: no such file.")
        if path.is_dir():
            raise CampaignError(f"{path}: is a folder, not a spreadsheet.")
        if not path.is_file():
            raise CampaignError(f"{path}: is not a regular file.")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise CampaignError(f"{path}: cannot be read ({error.strerror or error}).") from None
    if len(data) > MAX_BYTES:
        raise CampaignError(f"{name}: is larger than 50 MB; split it into smaller files.")
    if not data.strip():
        raise CampaignError(f"{name}: is empty.")
    return data


# ---------------------------------------------------------------------------------------------
# CSV


def _decode(name: str, data: bytes) -> str:
    """The text of a CSV in the encodings Excel writes; a binary file is refused here."""
    text = _decode_any(name, data)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise CampaignError(
            f"{name}: contains NUL bytes, so it is not a text (CSV) file; "
            "export the sheet as CSV or XLSX."
        )
    control = CONTROL.search(text)
    if control is not None:
        raise CampaignError(
            f"{name}: contains control characters (such as {control.group()!r}), so it is not "
            "a text (CSV) file; export the sheet as CSV or XLSX."
        )
    return text


def _decode_any(name: str, data: bytes) -> str:
    """BOM first; then BOM-less UTF-16 (NULs in every other byte); then UTF-8; then Windows-1252."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data.decode("utf-8-sig")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        sixteen = _bomless_utf16(data)
        if sixteen is not None:
            return data.decode(sixteen)
    except UnicodeDecodeError:
        raise CampaignError(f"{name}: is not valid UTF-16 text.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise CampaignError(
            f"{name}: is neither a spreadsheet nor text in a known encoding "
            "(UTF-8, UTF-16 or Windows-1252)."
        ) from None


def _bomless_utf16(data: bytes) -> str | None:
    """Guesses UTF-16 without BOM from ASCII-looking text: a NUL in every other byte, one side only."""
    head = data[:512]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) == len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) == len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _read_csv(name: str, text: str, is_header: HeaderTest | None) -> Table:
    """Splits the text into records; each record is one spreadsheet row, whatever its line breaks."""
    lines = list(io.StringIO(text, newline=""))
    first = 0
    delimiter = None
    if lines and (match := SEP_LINE.match(lines[0])):
        # Excel's own hint line, which it hides when opening the file: the header is still row 1.
        delimiter, first = match.group(1), 1
    if delimiter is None:
        delimiter = _guess_delimiter(lines[first:])
    records = _records(name, lines[first:], delimiter)
    return _tabulate(name, records, is_header)


def _guess_delimiter(lines: list[str]) -> str:
    """The candidate found most often, outside quotes, in the first non-blank line (the header).

    csv.Sniffer guesses from letter frequencies and is fooled by names and addresses; the header
    line is short, made by the exporting program, and holds one delimiter between every two columns.
    """
    header = next((line for line in lines if line.strip()), "")
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _records(name: str, lines: list[str], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Yields (row number, cells); a blank line is an empty row, as a spreadsheet shows it."""
    number = 0
    separators = 0

    def feed() -> Iterator[str]:
        """The lines, refusing a record with too many separators before csv splits it into cells."""
        nonlocal separators
        for line in lines:
            separators += line.count(delimiter)
            if separators > MAX_ROW_SEPARATORS:
                raise CampaignError(
                    f"{name}: row {number + 1} has more than {MAX_ROW_SEPARATORS:,} separators, far more "
                    "columns than a sheet can have."
                )
            yield line

    reader = csv.reader(feed(), delimiter=delimiter, quotechar='"', doublequote=True)
    start_line = 0
    while True:
        start_line = reader.line_num
        separators = 0
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise CampaignError(
                f"{name}: row {number + 1} has a cell longer than {MAX_CELL_CHARS:,} characters "
                "(perhaps a quote that is never closed)."
            ) from None
        number += 1
        if reader.line_num == len(lines) and _unclosed_quote(lines[start_line:], delimiter):
            raise CampaignError(
                f"{name}: row {number} opens a quoted cell that is never closed (a missing '\"')."
            )
        yield number, cells


def _unclosed_quote(lines: list[str], delimiter: str) -> bool:
    """Whether the last record runs to the end of the file inside quotes (which csv allows)."""
    strict = csv.reader(iter(lines), delimiter=delimiter, quotechar='"', strict=True)
    try:
        for _ in strict:
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


# ---------------------------------------------------------------------------------------------
# XLSX


def _read_xlsx(name: str, data: bytes, is_header: HeaderTest | None) -> Table:
    """The first visible sheet that has a header row, read lazily with cached formula values."""
    _check_zip(name, data)
    import openpyxl  # imported here: it is slow to import and only XLSX needs it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                table = _first_table(name, workbook, is_header)
            finally:
                workbook.close()
            if table is not None:
                return table
    except CampaignError:
        raise
    except Exception:
        log.info("cannot read workbook %s", name, exc_info=True)
        raise CampaignError(
            f"{name}: cannot be read as an XLSX workbook; it may be damaged, so open it and save "
            "it again."
        ) from None
    raise CampaignError(f"{name}: has no sheet with a header row.")


def _check_zip(name: str, data: bytes) -> None:
    """Refuses ZIPs that are not workbooks, and workbooks far too large once unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:100]:
                raise CampaignError(
                    f"{name}: is an OpenDocument file; save it as .xlsx or CSV and import that."
                )
            if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
                raise CampaignError(f"{name}: is a ZIP archive but not an XLSX workbook.")
            # The sizes are the archive's own claims; zipfile never unpacks more than claimed.
            if len(infos) > MAX_ZIP_MEMBERS or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
                raise CampaignError(f"{name}: is too large once unpacked; split it into smaller files.")
            _check_xml(name, archive, infos)
    except CampaignError:
        raise
    except Exception:
        # zipfile raises assorted errors on a damaged archive: BadZipFile, zlib.error, EOFError,
        # ValueError (a negative offset), NotImplementedError (an unknown compression), RuntimeError
        # (an encrypted part).
        raise CampaignError(f"{name}: is a damaged ZIP archive, not a readable workbook.") from None


# Read in pieces small enough that no row lying wholly inside one can have more than MAX_ROW_CELLS
# cells (the shortest cell, "<c/>", is 4 bytes), so only the rows cut by a piece's edges are counted.
_PIECE = 4 * MAX_ROW_CELLS
_ROOT_PREFIX = re.compile(rb"<(?![?!])([A-Za-z_][\w.-]*:)?")
# Rows, cells and their texts: streamed by openpyxl (a row at a time) or kept as one string each.
_LIGHT = (b"row", b"c", b"v", b"f", b"is", b"si", b"t", b"r")


def _check_xml(name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Counts the elements of every XML part, streamed, and refuses a workbook whose XML openpyxl
    could not read in bounded time and memory (see MAX_XML_ELEMENTS and the limits beside it).

    Counting uses bytes.count (no object per element, so a bomb is measured in a second or two) with
    the prefix of the part's root element; an element written otherwise counts as one of the others,
    which are the most limited. Tokens cut by the edge of a piece are missed: that only matters at
    the limits."""
    elements = strings = others = widest = 0
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue  # pictures and other binary parts are not parsed
        with archive.open(info) as part:
            piece = part.read(_PIECE)
            root = _ROOT_PREFIX.search(piece)
            start = b"<" + ((root.group(1) or b"") if root else b"")
            tokens = {tag: [start + tag + end for end in (b" ", b">", b"/")] for tag in _LIGHT}
            width = 0  # cells of the row still open at the end of the last piece
            while piece:
                starts = piece.count(b"<") - piece.count(b"</")
                counts = {tag: sum(piece.count(t) for t in found) for tag, found in tokens.items()}
                elements += starts
                others += starts - sum(counts.values())
                strings += counts[b"si"]
                if counts[b"row"]:
                    first = min(i for i in (piece.find(t) for t in tokens[b"row"]) if i >= 0)
                    last = max(piece.rfind(t) for t in tokens[b"row"])
                    widest = max(widest, width + _count(piece[:first], tokens[b"c"]))
                    width = _count(piece[last:], tokens[b"c"])
                else:
                    width += counts[b"c"]
                widest = max(widest, width)
                if widest > MAX_ROW_CELLS:
                    raise CampaignError(
                        f"{name}: has a row of more than {MAX_ROW_CELLS:,} cells, more than Excel allows."
                    )
                if elements > MAX_XML_ELEMENTS or strings > MAX_SHARED_STRINGS or others > MAX_OTHER_ELEMENTS:
                    raise CampaignError(
                        f"{name}: is too large once unpacked; split it into smaller files."
                    )
                piece = part.read(_PIECE)


def _count(data: bytes, tokens: list[bytes]) -> int:
    return sum(data.count(token) for token in tokens)


def _first_table(name: str, workbook: Any, is_header: HeaderTest | None) -> Table | None:
    """The first visible sheet with a row that passes `is_header`, else with any non-empty row.

    A workbook often starts with a "read me" or a cover sheet before the sheet of data.
    """
    sheets = [s for s in workbook.worksheets if getattr(s, "sheet_state", "visible") == "visible"]
    for sheet in sheets:
        # The sheet's stated size is ignored: writers get it wrong, and it could claim a million
        # rows or columns of nothing.
        sheet.reset_dimensions()
    for test in (is_header, None) if is_header is not None else (None,):
        for sheet in sheets:
            found = _find_header(name, sheet, test)
            if found is not None:
                return _read_sheet(name, sheet, *found)
    return None


def _read_sheet(name: str, sheet: Any, header_row: int, header: list[str]) -> Table:
    """The rows under the header, read only as wide as the header, so that a stray cell far to the
    right cannot make every row huge."""
    width = len(header)
    table = Table(name=name, header=header, header_row=header_row)
    last = header_row + MAX_ROWS
    rows = sheet.iter_rows(min_row=header_row + 1, max_col=width)
    for number, cells in enumerate(rows, start=header_row + 1):
        if number > last:
            raise CampaignError(f"{name}: has more than {MAX_ROWS:,} rows; split it into smaller files.")
        values = tuple(_cell_value(cell) for cell in cells)
        _check_cells(name, number, values, header)
        table.rows.append(Row(number, values))
    _drop_trailing_empty(table)
    return table


def _find_header(
    name: str, sheet: Any, is_header: HeaderTest | None
) -> tuple[int, list[str]] | None:
    """The row number and texts of the first row near the top that passes `is_header` (or of the
    first non-empty row when `is_header` is None)."""
    rows = sheet.iter_rows(min_row=1, max_row=MAX_ROWS_BEFORE_HEADER, values_only=True)
    for number, values in enumerate(rows, start=1):
        texts = _header_texts(values)
        if not texts:
            continue
        if len(texts) > MAX_COLUMNS:
            raise CampaignError(f"{name}: has more than {MAX_COLUMNS:,} columns.")
        if is_header is None or is_header(texts):
            return number, texts
    return None


def _header_texts(values: Sequence[Any]) -> list[str]:
    """Header cells as text, up to the last non-empty one (trailing empty cells are no columns)."""
    texts = ["" if v is None else _header_text(v) for v in values[: MAX_COLUMNS + 1]]
    while texts and not texts[-1].strip():
        texts.pop()
    return texts


def _header_text(value: Any) -> str:
    """A header cell on one line, as messages quote it ("Extra\nminutes" -> "Extra minutes")."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _cell_value(cell: Any) -> Cell:
    """A cell's value as plain Python; a date-formatted cell without a time becomes a date.

    openpyxl reads every date-formatted number as a datetime. Whether the sheet meant a day or an
    instant matters (an availability ending on "17/05/2024" means the whole day), and only the
    cell's number format tells.
    """
    value = cell.value
    if isinstance(value, datetime) and value.time() == time(0) and _date_only(cell):
        return value.date()
    if isinstance(value, timedelta) and timedelta(0) <= value < timedelta(days=1):
        return (datetime.min + value).time()
    if isinstance(value, str | int | float | bool | datetime | date | time | timedelta):
        return value
    return None if value is None else str(value)


def _date_only(cell: Any) -> bool:
    try:
        number_format = str(cell.number_format).casefold()
    except (AttributeError, IndexError, KeyError):  # a style the workbook does not define
        return False
    bare = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", number_format)
    return "h" not in bare and "s" not in bare


# ---------------------------------------------------------------------------------------------
# Shared


def _tabulate(
    name: str, records: Iterator[tuple[int, list[str]]], is_header: HeaderTest | None
) -> Table:
    """Finds the header among the first records and gathers the rows below it, within the limits."""
    first: tuple[int, list[str]] | None = None
    pending: list[tuple[int, list[str]]] = []
    header_at: tuple[int, list[str]] | None = None
    for number, cells in records:
        texts = _header_texts(cells)
        if texts:
            if len(texts) > MAX_COLUMNS:
                raise CampaignError(f"{name}: has more than {MAX_COLUMNS:,} columns.")
            first = first or (number, texts)
            if is_header is None or is_header(texts):
                header_at = (number, texts)
                break
        pending.append((number, cells))
        if number >= MAX_ROWS_BEFORE_HEADER:
            break
    header_at = header_at or first
    if header_at is None:
        raise CampaignError(f"{name}: has no header row.")
    header_row, header = header_at
    table = Table(name=name, header=header, header_row=header_row)
    # Rows read while looking for a header that turned out to be below the chosen one.
    rest = [(n, c) for n, c in pending if n > header_row]
    for number, cells in _chain(rest, records):
        if number > header_row + MAX_ROWS:
            raise CampaignError(f"{name}: has more than {MAX_ROWS:,} rows; split it into smaller files.")
        values = _row_cells(name, number, cells, len(header))
        _check_cells(name, number, values, header)
        table.rows.append(Row(number, values))
    _drop_trailing_empty(table)
    return table


def _chain(
    first: list[tuple[int, list[str]]], then: Iterator[tuple[int, list[str]]]
) -> Iterator[tuple[int, list[str]]]:
    yield from first
    yield from then


def _row_cells(name: str, number: int, cells: list[str], width: int) -> tuple[str, ...]:
    """A CSV row without the empty cells after both the header's width and its last value (Excel
    pads every row to the widest one), refusing a row wider than any header may be."""
    end = len(cells)
    if end > width and not "".join(cells[width:]).strip():
        end = width  # the common case, at C speed
    while end > width and is_blank(cells[end - 1]):
        end -= 1
    if end > MAX_COLUMNS:
        raise CampaignError(f"{name}: row {number} has more than {MAX_COLUMNS:,} columns.")
    return tuple(cells[:end])


def _check_cells(name: str, number: int, cells: Sequence[Cell], header: list[str]) -> None:
    """Refuses a cell too long to be data a coordinator typed (notes included)."""
    for index, cell in enumerate(cells):
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            column = header[index] if index < len(header) else f"{index + 1}"
            raise CampaignError(
                f'{name}: row {number}, column "{column}": the cell is longer than '
                f"{MAX_CELL_CHARS:,} characters."
            )


def _drop_trailing_empty(table: Table) -> None:
    while table.rows and is_empty(table.rows[-1].cells):
        table.rows.pop()


def is_empty(cells: Sequence[Cell]) -> bool:
    """Whether a row holds nothing but empty or blank cells (such rows are skipped)."""
    return all(is_blank(cell) for cell in cells)


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())
