"""Hostile CSV and XLSX files: each gets one sentence or a bounded result, and a refused file stores nothing.

The small files live in corpus/tables (see docs/hostile-input.md for what each one is); the big ones (a
million rows, zip bombs) are made here, in the test's folder, and never kept in git.
"""

from __future__ import annotations

import codecs
import csv
import io
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from scheduler.errors import CampaignError, InputProblems
from scheduler.importing import tables
from scheduler.importing.spreadsheet import import_table, read_sheet
from scheduler.importing.tables import MAX_CELL_CHARS, read_table
from scheduler.operations import opened
from scheduler.store.mapping import load_campaign
from tests.fuzz.support import (
    CORPUS,
    MAIN,
    SHEET_END,
    SHEET_START,
    bounded,
    in_child,
    inline_row,
    one_sentence,
    refused_and_unchanged,
    repeat,
    run,
    sheet,
    write_xlsx,
)

TABLES = CORPUS / "tables"

# What each corpus file gets: the start of the one sentence that refuses it...
REFUSED = {
    "billion-laughs.xlsx": "cannot be read as an XLSX workbook",
    "binary.csv": "is neither a spreadsheet nor text in a known encoding",
    "control-c0-reference.xlsx": "cannot be read as an XLSX workbook",
    "control-c1.csv": "contains control characters (such as '\\x9b')",
    "control-escape.csv": "contains control characters (such as '\\x1b')",
    "damaged-zip.xlsx": "is a damaged ZIP archive",
    "delete.csv": "contains control characters (such as '\\x7f')",
    "external-entity.xlsx": "cannot be read as an XLSX workbook",
    "formula-without-value.xlsx": 'row 2, column "Name": is empty',
    "long-cell.csv": 'row 2, column "Name": the cell is longer than 10,000 characters',
    "next-line.csv": "contains control characters (such as '\\x85')",
    "not-a-zip.xlsx": "is not an XLSX workbook",
    "nul.csv": "contains NUL bytes",
    "ole-encrypted.xlsx": "is a password-protected workbook or an old .xls file",
    "opendocument.xlsx": "is an OpenDocument file",
    "row-far-down.xlsx": "has more than 100,000 rows",
    "sep-carriage-return.csv": "cannot tell what kind of rows",
    "too-many-columns.csv": "has more than 1,000 columns",
    "unclosed-quote.csv": "row 2 opens a quoted cell that is never closed",
    "utf32.csv": "contains NUL bytes",
    "word-document.xlsx": "is a ZIP archive but not an XLSX workbook",
    "zip-negative-offset.xlsx": "is a damaged ZIP archive",  # found by atheris: zipfile's ValueError
}
# ... or the names stored when it is imported: exactly as typed (trimmed), never evaluated.
IMPORTED = {
    "bidi-and-invisible.csv": {
        "BD-0": "\u202eevil.exe\u202c Smith", "BD-1": "\u2066Ann\u2069 Lee", "BD-2": "Zoë\u200f O'Brien",
        "BD-3": "Zero\u200bWidth", "BD-4": "\ufeffBOM Inside", "BD-5": "Line\u2028Separator",
        "BD-6": "Para\u2029graph",
    },
    "date-overflow.xlsx": {"DO-1": "Ann"},
    "dimension-lie.xlsx": {"DL-1": "Ann"},
    "formula-cells.xlsx": {"FX-1": "Cached Name", "FX-2": "=cmd|' /C calc'!A0"},
    "formulas.csv": {
        "FZ-0": '=HYPERLINK("http://evil.example","click")', "FZ-1": "+33 1 23 45 67", "FZ-2": "-5+5",
        "FZ-3": "@SUM(A1:A9)", "FZ-4": "=cmd|' /C calc'!A0", "FZ-5": "=1+1", "FZ-6": "=2+2", "FZ-7": "＝全角",
        "FZ-8": "'=already quoted",
    },
    "sep-quote.csv": {"SQ-1": "Ann"},
    "traversal-member.xlsx": {"TV-1": "Ann Lee"},
}


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(p.name for p in TABLES.iterdir()) == sorted([*REFUSED, *IMPORTED])
    assert all(p.stat().st_size < 200_000 for p in TABLES.iterdir())


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_file_is_refused_in_one_sentence_and_stores_nothing(campaign: Path, name: str) -> None:
    with bounded(seconds=20, megabytes=None):
        outcome = refused_and_unchanged(campaign, "import", campaign, TABLES / name, prefix=f"{name}: ")
    assert REFUSED[name] in outcome.err


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_a_hostile_file_that_is_data_is_stored_as_typed(campaign: Path, name: str) -> None:
    with bounded(seconds=20, megabytes=None):
        outcome = run("import", campaign, TABLES / name)
    assert outcome.code == 0, outcome
    with opened(campaign) as session:
        stored = {c.reference: c.name for c in load_campaign(session).candidates}
    assert {ref: stored.get(ref) for ref in IMPORTED[name]} == IMPORTED[name]


def test_nothing_outside_the_workbook_is_touched(campaign: Path) -> None:
    """Members named ../../../../tmp/evil.xml and /etc/evil.xml are never extracted: the workbook is
    read in memory."""
    targets = [Path("/tmp/evil.xml"), Path("/etc/evil.xml")]
    assert not any(target.exists() for target in targets)
    assert run("import", campaign, TABLES / "traversal-member.xlsx").code == 0
    assert not any(target.exists() for target in targets)


def test_rows_that_are_data_but_wrong_are_named_and_change_nothing(campaign: Path, tmp_path: Path) -> None:
    """Formulas where a profile code belongs are data, and wrong: each row is named."""
    path = tmp_path / "rows.csv"
    path.write_text('Reference,Name,Profile\r\nP-1,Ann,=1+1\r\nP-2,"=cmd|\'/c calc\'!A0",@SUM(A1)\r\n')
    outcome = refused_and_unchanged(campaign, "import", campaign, path, prefix="rows.csv: row 2")
    assert len(outcome.err.strip().splitlines()) == 2
    with opened(campaign) as session, pytest.raises(InputProblems):
        import_table(session, path)


# --------------------------------------------------------------------------------------------------
# Big files, made at test time


def test_a_million_rows_is_refused_in_bounded_time_and_memory(campaign: Path, tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Reference,Name,Profile\r\n")
        for block in range(100):
            out.write("".join(f"M-{block}-{i},Name {i},TS\r\n" for i in range(10_000)))
    text = in_child(lambda: read_sheet(path), seconds=30, megabytes=500)
    assert text == "refused: million.csv: has more than 100,000 rows; split it into smaller files."
    with bounded(seconds=30, megabytes=None):
        refused_and_unchanged(campaign, "import", campaign, path,
                              prefix="million.csv: has more than 100,000 rows")


def test_a_row_of_millions_of_separators_is_refused_before_it_is_split(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("Email,Name\r\na@example.org,A" + "," * 20_000_000 + "\r\n")
    with bounded(seconds=20, megabytes=200), pytest.raises(CampaignError) as caught:
        read_sheet(path)
    one_sentence(str(caught.value), "wide.csv: row 2 has more than 100,000 separators")


def test_a_record_spread_over_many_quoted_lines_counts_all_its_separators(tmp_path: Path) -> None:
    """A quote opened at the end of each line keeps one record going over all of them."""
    path = tmp_path / "spread.csv"
    path.write_text("Email,Name\r\n" + 'a,"\n' + ('",' + "," * 60_000 + ',"\n') * 50 + '"\n')
    with bounded(seconds=20, megabytes=200), pytest.raises(CampaignError) as caught:
        read_sheet(path)
    one_sentence(str(caught.value), "spread.csv: row 2 has more than 100,000 separators")


def test_rows_padded_with_empty_cells_keep_only_their_values(tmp_path: Path) -> None:
    """Excel pads every row to the widest one; thousands of empty cells per row cost nothing."""
    path = tmp_path / "padded.csv"
    path.write_text("Email,Name\r\n" + ("a@example.org,Ann" + "," * 5_000 + "\r\n") * 2_000)
    with bounded(seconds=20, megabytes=300):
        table = read_sheet(path)
    assert len(table.rows) == 2_000 and {row.cells for row in table.rows} == {("a@example.org", "Ann")}


def test_a_row_with_more_values_than_any_header_can_have_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "values.csv"
    path.write_text("Email,Name\r\na@example.org,Ann" + ",x" * 1_000 + "\r\n")
    with pytest.raises(CampaignError) as caught:
        read_sheet(path)
    one_sentence(str(caught.value), "values.csv: row 2 has more than 1,000 columns.")


def test_a_huge_header_line_is_refused_in_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("x" * 15_000_000)
    with bounded(seconds=20, megabytes=400), pytest.raises(CampaignError) as caught:
        read_table(path)
    one_sentence(str(caught.value), "header.csv: row 1 has a cell longer than")


def test_a_zip_bomb_claiming_over_200_mb_is_refused_before_unpacking(campaign: Path, tmp_path: Path) -> None:
    bomb = write_xlsx(tmp_path / "bomb.xlsx", [sheet(repeat(" " * 1000, 210_000))], level=1)
    assert bomb.stat().st_size < 2_000_000
    with bounded(seconds=10, megabytes=100):
        refused_and_unchanged(campaign, "import", campaign, bomb,
                              prefix="bomb.xlsx: is too large once unpacked")


def test_a_zip_that_lies_about_its_sizes_is_refused(tmp_path: Path) -> None:
    """zipfile never unpacks more than the archive claims: a part that is bigger fails its check."""
    path = write_xlsx(tmp_path / "liar.xlsx", [sheet([inline_row(2, "a@example.org", "Ann")])])
    data = bytearray(path.read_bytes())
    central = data.rfind(b"xl/worksheets/sheet1.xml") - 46  # its central directory entry
    assert data[central:central + 4] == b"PK\x01\x02"
    data[central + 24:central + 28] = (100).to_bytes(4, "little")  # the unpacked size it claims
    path.write_bytes(bytes(data))
    with pytest.raises(CampaignError) as caught:
        read_sheet(path)
    one_sentence(str(caught.value), "liar.xlsx: ")


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("row-bomb.xlsx", lambda: [sheet(['<row r="2">'], repeat("<c/>", 200_000), ["</row>"])],
         "has a row of more than 16,384 cells"),
        ("element-bomb.xlsx",
         lambda: [sheet(repeat("<row><c/><c/><c/><c/><c/><c/><c/><c/><c/><c/><c/></row>", 700_000))],
         "is too large once unpacked"),
        ("object-bomb.xlsx", lambda: [sheet(["<x>"], repeat("<y/>", 310_000), ["</x>"])],
         "is too large once unpacked"),
    ],
)
def test_xml_that_would_take_gigabytes_in_openpyxl_is_refused(
    campaign: Path, tmp_path: Path, name: str, make, message: str
) -> None:
    bomb = write_xlsx(tmp_path / name, make(), level=1)
    assert bomb.stat().st_size < 5_000_000
    with bounded(seconds=20, megabytes=150):
        refused_and_unchanged(campaign, "import", campaign, bomb, prefix=f"{name}: {message}")


def test_a_million_shared_strings_are_refused(tmp_path: Path) -> None:
    strings = [f'<sst xmlns="{MAIN}">', *repeat("<si><t>x</t></si>", 1_600_000), "</sst>"]
    bomb = write_xlsx(tmp_path / "strings.xlsx", [sheet()], shared=strings, level=1)
    with bounded(seconds=20, megabytes=150), pytest.raises(CampaignError) as caught:
        read_sheet(bomb)
    one_sentence(str(caught.value), "strings.xlsx: is too large once unpacked")


def test_hundreds_of_thousands_of_cell_formats_are_refused(tmp_path: Path) -> None:
    styles = (f'<styleSheet xmlns="{MAIN}"><cellXfs>' + '<xf numFmtId="0"/>' * 310_000
              + "</cellXfs></styleSheet>")
    bomb = write_xlsx(tmp_path / "styles.xlsx", [sheet()], extra={"xl/styles.xml": styles}, level=1)
    with bounded(seconds=20, megabytes=150), pytest.raises(CampaignError) as caught:
        read_sheet(bomb)
    one_sentence(str(caught.value), "styles.xlsx: is too large once unpacked")


def test_ten_thousand_parts_are_refused(tmp_path: Path) -> None:
    extra = {f"xl/media/image{i}.png": b"" for i in range(10_001)}
    path = write_xlsx(tmp_path / "parts.xlsx", [sheet()], extra=extra)
    with bounded(seconds=20), pytest.raises(CampaignError) as caught:
        read_sheet(path)
    one_sentence(str(caught.value), "parts.xlsx: is too large once unpacked")


def test_many_empty_sheets_before_the_data_take_bounded_time(tmp_path: Path) -> None:
    empty = [[SHEET_START, SHEET_END] for _ in range(500)]
    path = write_xlsx(tmp_path / "sheets.xlsx", [*empty, sheet([inline_row(2, "a@example.org", "Ann")])])
    with bounded(seconds=20, megabytes=200):
        table = read_sheet(path)
    assert table.header == ["Email", "Name"] and table.rows[0].cells == ("a@example.org", "Ann")


@pytest.mark.slow
def test_a_zip_bomb_just_under_the_limits_is_read_in_bounded_time_and_memory(tmp_path: Path) -> None:
    """190 MB of nothing (within every limit): read in full, in bounded time and memory."""
    bomb = write_xlsx(tmp_path / "near.xlsx", [sheet(repeat(" " * 1000, 190_000))], level=1)
    assert in_child(lambda: read_sheet(bomb).rows, seconds=120, megabytes=600) == "ok: []"


@pytest.mark.slow
def test_fifty_megabytes_of_short_cells_stay_in_bounds(tmp_path: Path) -> None:
    path = tmp_path / "dense.csv"
    path.write_text("Email,Name\r\n" + ("a@b.org,A" + ",x" * 249 + "\r\n") * 99_000)
    assert in_child(lambda: len(read_sheet(path).rows), seconds=120, megabytes=700) == "ok: 99000"


# --------------------------------------------------------------------------------------------------
# Generated files

HOSTILE_CHARS = "\x00\x01\x07\x1b\x7f\x85\x9b\u2028\u2029\u202e\u2066\u200b\ufeff\ufffe\t\r\n\",;'=+-@ "
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)), st.sampled_from(HOSTILE_CHARS)),
    max_size=40,
)


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    """Rows of hostile text, quoted or not, in an encoding Excel writes, sometimes damaged."""
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\r\n", "\n"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    if draw(st.booleans()):
        writer.writerow(["Reference", "Name", "E-mail", "Profile"])
    for row in draw(st.lists(st.lists(TEXT, max_size=6), max_size=8)):
        writer.writerow(row)
    text = buffer.getvalue()
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(TEXT) + text[cut:]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    return (codecs.BOM_UTF8 + data) if draw(st.booleans()) and encoding == "utf-8" else data


@settings(max_examples=100, deadline=None)
@given(data=csv_bytes(), suffix=st.sampled_from([".csv", ".txt", ".xlsx"]))
def test_any_csv_gives_a_table_or_one_sentence(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            with bounded(seconds=10, megabytes=None):
                table = read_sheet(path)
        except CampaignError as error:
            one_sentence(str(error), f"fuzz{suffix}: ")
            return
    numbers = [row.number for row in table.rows]
    assert numbers == sorted(set(numbers)) and all(n > table.header_row for n in numbers)
    assert table.header and all(isinstance(text, str) for text in table.header)
    for row in table.rows:
        assert all(isinstance(c, str) and len(c) <= MAX_CELL_CHARS and not tables.CONTROL.search(c)
                   and "\x00" not in c for c in row.cells)


def _small_workbook() -> bytes:
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.append(["Reference", "Name", "E-mail", "Profile", "Notes"])
    first.append(["WB-1", "Ann Lee", "ann@example.org", "TS", "=1+1"])
    first.append(["WB-2", "Łukasz Nowak", "l.nowak@example.net", "TS", 3.5])
    workbook.create_sheet("Other").append(["x"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WORKBOOK = _small_workbook()
with zipfile.ZipFile(io.BytesIO(WORKBOOK)) as _archive:
    PARTS = {info.filename: _archive.read(info) for info in _archive.infolist()}
JUNK = [
    b"", b"<", b"&lol;", b"<c/>" * 20_000, b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"\x00", b"<row r='-1'>",
    b"<row r='99999999999'><c r='A99999999999'><v>1</v></c></row>", b'<c t="s"><v>999999</v></c>',
    b'<c t="n"><v>NaN</v></c>', b'<c s="999"><v>1</v></c>', b"</worksheet>", b"\xff\xfe",
]


@st.composite
def mangled_workbooks(draw: st.DrawFn) -> bytes:
    """The small workbook with its bytes flipped or cut, or one part given hostile XML."""
    how = draw(st.sampled_from(["bytes", "cut", "part"]))
    if how == "bytes":
        data = bytearray(WORKBOOK)
        for _ in range(draw(st.integers(1, 20))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if how == "cut":
        return WORKBOOK[: draw(st.integers(0, len(WORKBOOK)))]
    parts = dict(PARTS)
    name = draw(st.sampled_from(sorted(parts)))
    cut = draw(st.integers(0, len(parts[name])))
    parts[name] = parts[name][:cut] + draw(st.sampled_from(JUNK)) + parts[name][cut:]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return buffer.getvalue()


@settings(max_examples=60, deadline=None)
@given(data=mangled_workbooks())
def test_any_damaged_workbook_gives_a_table_or_one_sentence(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.xlsx"
        path.write_bytes(data)
        try:
            with bounded(seconds=10, megabytes=150):
                table = read_sheet(path)
        except CampaignError as error:
            one_sentence(str(error), "fuzz.xlsx: ")
            return
    assert table.header
    assert all(len(row.cells) <= len(table.header) for row in table.rows)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=csv_bytes())
def test_a_failed_import_of_any_csv_stores_nothing(campaign: Path, data: bytes) -> None:
    assume(data.strip())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        before = campaign.read_bytes()
        outcome = run("import", campaign, path, "--kind", "candidates")
    assert outcome.code in (0, 1), outcome
    assert "Unexpected error" not in outcome.err and "Traceback" not in outcome.err
    if outcome.code == 1:
        assert campaign.read_bytes() == before
        for line in outcome.err.strip().splitlines():
            one_sentence(line)


def test_a_bidi_override_in_a_refused_value_is_shown_as_its_escape(campaign: Path, tmp_path: Path) -> None:
    """The sentence quotes the cell; a raw U+202E there would reverse the rest of the line on screen."""
    path = tmp_path / "candidates.csv"
    path.write_text("Reference,Name,Email,Profile\r\nBD-1,Ann,ann\u202e@example.org,TS\r\n", encoding="utf-8")
    before = campaign.read_bytes()
    outcome = run("import", campaign, path)
    assert outcome.code == 1 and "row 2" in outcome.err, outcome
    assert "ann\\u202e@example.org" in outcome.err and "\u202e" not in outcome.err
    assert campaign.read_bytes() == before
