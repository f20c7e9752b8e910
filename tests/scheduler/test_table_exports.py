"""Tables (candidates, members...) exported as shown: CSV and XLSX, inert text, importable again."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from scheduler.errors import CampaignError
from scheduler.exports.tables import write_table
from scheduler.importing.spreadsheet import import_table
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign

HEADERS = ["Reference", "Name", "Profile", "Extra minutes", "Accessible room", "Notes"]
ROWS = [
    ["TS-0301", "Ana Pérez", "TS", 15, True, "=HYPERLINK(\"http://x\",\"y\")"],
    ["TS-0302", "Łukasz Wiśniewski", "TS", 0, False, None],
]


def test_csv_is_excel_friendly_and_inert(tmp_path: Path) -> None:
    path = tmp_path / "candidates.csv"
    write_table(path, "Candidates", HEADERS, ROWS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == HEADERS
    assert rows[1] == ["TS-0301", "Ana Pérez", "TS", "15", "yes", "'=HYPERLINK(\"http://x\",\"y\")"]
    assert rows[2] == ["TS-0302", "Łukasz Wiśniewski", "TS", "0", "no", ""]


def test_xlsx_has_a_header_numbers_and_text(tmp_path: Path) -> None:
    path = tmp_path / "candidates.xlsx"
    write_table(path, "Candidates", HEADERS, ROWS)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Candidates"
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.cell(2, 4).value == 15
    assert sheet.cell(2, 6).data_type == "s"  # a string, not a formula
    assert sheet.cell(2, 6).value.startswith("=HYPERLINK")
    assert sheet.freeze_panes == "A2"


def test_an_unknown_suffix_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(CampaignError, match=r"\.csv or \.xlsx"):
        write_table(tmp_path / "candidates.pdf", "Candidates", HEADERS, ROWS)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back(campaign_file: Path, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"candidates{suffix}"
    write_table(path, "Candidates", HEADERS[:5], [row[:5] for row in ROWS])
    with CampaignFile.open(campaign_file) as file, file.transaction() as session:
        report = import_table(session, path)
        data = load_campaign(session)
    assert (report.kind, report.added) == ("candidates", 2)
    assert data.candidate("TS-0301").extra_minutes == 15
    assert data.candidate("TS-0301").accessible_room is True
