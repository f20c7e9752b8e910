"""Plan exports as spreadsheets: CSV and XLSX of the demo plan, formula neutralisation, atomic writes."""

from __future__ import annotations

import csv
import zipfile
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from scheduler.domain import CampaignData, Panel
from scheduler.errors import CampaignError
from scheduler.exports import spreadsheets
from scheduler.exports.cells import csv_text, sheet_title, starts_formula
from scheduler.exports.plan import NOT_YET_SOLVED, not_placed, plan_rows
from scheduler.exports.spreadsheets import CSV_COLUMNS, write_schedule_csv, write_schedule_xlsx
from scheduler.schedule import panel_of, schedule_document
from scheduler.timeline import describe_day
from tests.scheduler.builders import PANEL, change_candidate, change_member, interview, planned

NASTY = {
    "TS-0001": '=HYPERLINK("http://x","y")',
    "TS-0002": "+1",
    "TS-0003": "-2",
    "TS-0004": "@SUM(A1)",
    "TS-0005": "   =1+2",
    "TS-0006": "\tcmd",
    "TS-0007": "＝1+1",
}
SAFE_NAMES = ["Zoë Brontë", "Jean-Luc Picard", "Aoife O'Brien", "Łukasz Wiśniewski", "Anne = Boss", "a@b"]


PlannedDemo = tuple[CampaignData, dict[str, list[str]]]


@pytest.fixture(scope="module")
def demo(planned_demo: PlannedDemo) -> PlannedDemo:
    """The demo campaign with a plan (solved once for the whole test run)."""
    return planned_demo


def nasty_campaign() -> CampaignData:
    """Candidates, a member and a room whose names a spreadsheet would run as formulas."""
    data = planned(*(interview(ref, f"2024-04-2{3 + n // 4} {10 + n % 4}:00") for n, ref in enumerate(NASTY)))
    for reference, name in NASTY.items():
        change_candidate(data, reference, name=name)
    change_member(data, PANEL[0], name="=cmd|' /C calc'!A0")
    data.rooms[0] = replace(data.rooms[0], name="-Room 1", url="=WEBSERVICE(\"http://x\")")
    for item in data.interviews:
        item.room = "-Room 1"
    return data


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.reader(source, delimiter=";"))


def sheet_rows(sheet) -> list[tuple]:
    """The data rows of one of our sheets (row 1 title, row 2 note, row 3 header)."""
    return list(sheet.iter_rows(min_row=4, values_only=True))


# Cells


@pytest.mark.parametrize("text", [*NASTY.values(), "\rx", "\nx", " @x", "+", "-", "＠x", "＋1", "－1"])
def test_formula_starts_are_recognised(text: str) -> None:
    assert starts_formula(text)
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", [*SAFE_NAMES, "", "   ", "1+1", "x=1"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert not starts_formula(text)
    assert csv_text(text) == text


def test_sheet_titles_are_valid_and_unique() -> None:
    taken: set[str] = set()
    first = sheet_title("TS panel [A]: a/b*c?d\\e", taken)
    assert first == "TS panel -A-- a-b-c-d-e"
    long_one = sheet_title("A very long panel name that Excel would refuse", taken)
    long_two = sheet_title("A very long panel name that Excel would refuse", taken)
    assert len(long_one) == 31 and len(long_two) <= 31
    assert long_two.endswith(" (2)") and long_one != long_two
    assert sheet_title("ts PANEL -a-- A-B-C-D-E", taken) == "ts PANEL -a-- A-B-C-D-E (2)"
    assert sheet_title("History", taken) == "History (sheet)"
    assert sheet_title("'quoted'", taken) == "quoted"
    assert sheet_title("", taken) == "Sheet"
    assert all(len(t) <= 31 for t in taken)


# CSV


def test_csv_of_the_demo_reads_back_with_pythons_csv(demo, tmp_path: Path) -> None:
    data, unscheduled = demo
    target = tmp_path / "plan.csv"
    write_schedule_csv(data, unscheduled, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(target)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(data.interviews) + 1
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


def test_csv_times_are_those_of_the_json_schedule(demo, tmp_path: Path) -> None:
    data, unscheduled = demo
    target = tmp_path / "plan.csv"
    write_schedule_csv(data, unscheduled, target)
    records = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in read_csv(target)[1:]]
    by_reference = {r["candidate"]: r for r in records}
    for item in schedule_document(data, unscheduled, "feasible", {})["interviews"]:
        record = by_reference[item["candidate"]]
        start, end = datetime.fromisoformat(item["start"]), datetime.fromisoformat(item["end"])
        assert record["date"] == start.date().isoformat()
        assert (record["start"], record["end"]) == (f"{start:%H:%M}", f"{end:%H:%M}")
        assert record["panel"] == (item["panel"] or "")
        assert record["room"] == (item["room"] or "")
        assert record["pinned"] == ("yes" if item["pinned"] else "no")
        assert record["timezone"] == "Europe/Brussels"
    pinned = by_reference["TS-0001"]
    assert (pinned["date"], pinned["start"], pinned["panel"]) == ("2024-04-23", "10:00", "TS panel A")
    assert "Lucilla Sioli <lucilla.sioli@example.org>" in pinned["members"]


def test_csv_video_interviews_carry_their_link(demo, tmp_path: Path) -> None:
    data, unscheduled = demo
    target = tmp_path / "plan.csv"
    write_schedule_csv(data, unscheduled, target)
    records = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in read_csv(target)[1:]]
    video = [r for r in records if r["room"].startswith("Video room")]
    assert video and all(r["link"].startswith("https://video.example.org/") for r in video)
    assert all(r["link"] == "" for r in records if r["room"].startswith("Room "))


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    data = nasty_campaign()
    target = tmp_path / "nasty.csv"
    write_schedule_csv(data, {}, target)
    records = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in read_csv(target)[1:]]
    names = {r["candidate"]: r["name"] for r in records}
    assert names == {ref: "'" + name for ref, name in NASTY.items()}
    assert all(r["room"] == "'-Room 1" for r in records)
    assert all(r["link"] == "'=WEBSERVICE(\"http://x\")" for r in records)
    assert all(r["members"].startswith("'=cmd") for r in records)


def test_csv_times_are_in_the_campaign_zone(tmp_path: Path) -> None:
    data = planned(interview("TS-0001", "2024-04-23 10:00"), timezone="Asia/Kolkata")
    target = tmp_path / "kolkata.csv"
    write_schedule_csv(data, {}, target)
    record = dict(zip(CSV_COLUMNS, read_csv(target)[1], strict=True))
    assert (record["date"], record["start"], record["end"], record["timezone"]) == (
        "2024-04-23", "13:30", "14:15", "Asia/Kolkata",
    )


# XLSX


def test_xlsx_has_a_sheet_per_panel_and_per_day(demo, tmp_path: Path) -> None:
    data, unscheduled = demo
    target = tmp_path / "plan.xlsx"
    write_schedule_xlsx(data, unscheduled, target)
    book = load_workbook(target)
    zone = data.campaign.zone
    days = sorted({i.start.astimezone(zone).date() for i in data.interviews})
    assert book.sheetnames == ["TS panel A", "TS panel B", "AA panel", *map(describe_day, days), "Not placed"]
    panel_rows = sum(len(sheet_rows(book[name])) for name in ["TS panel A", "TS panel B", "AA panel"])
    day_rows = sum(len(sheet_rows(book[describe_day(day)])) for day in days)
    assert panel_rows == day_rows == len(data.interviews)
    for reference, (_, _, _, _, panel) in _expected(data).items():
        assert reference in {row[3] for row in sheet_rows(book[panel])}


def _expected(data: CampaignData) -> dict[str, tuple]:
    zone = data.campaign.zone
    expected = {}
    for item in data.interviews:
        candidate = data.candidate(item.candidate)
        start = item.start.astimezone(zone)
        end = (item.start + data.interview_length(candidate)).astimezone(zone)
        panel = panel_of(data, candidate.profile, item.members)
        expected[item.candidate] = (start.date(), start.time(), end.time(), candidate.name, panel)
    return expected


def test_xlsx_dates_and_times_are_real_values_in_the_campaign_zone(demo, tmp_path: Path) -> None:
    data, unscheduled = demo
    target = tmp_path / "plan.xlsx"
    write_schedule_xlsx(data, unscheduled, target)
    book = load_workbook(target)
    expected = _expected(data)
    for name in ["TS panel A", "TS panel B", "AA panel"]:
        sheet = book[name]
        for number in range(4, sheet.max_row + 1):
            day, start, end = (sheet.cell(number, column) for column in (1, 2, 3))
            assert day.is_date and start.is_date and end.is_date
            assert day.number_format == "yyyy-mm-dd" and start.number_format == "hh:mm"
            reference, name = sheet.cell(number, 4).value, sheet.cell(number, 5).value
            assert (day.value.date(), start.value, end.value, name) == expected[reference][:4]
    assert expected["TS-0001"][:3] == (date(2024, 4, 23), time(10, 0), time(10, 45))


def test_xlsx_sheets_are_formatted(demo, tmp_path: Path) -> None:
    data, unscheduled = demo
    target = tmp_path / "plan.xlsx"
    write_schedule_xlsx(data, unscheduled, target)
    book = load_workbook(target)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A4"
        assert all(cell.font.b for cell in sheet[3] if cell.value)
        assert sheet.auto_filter.ref.startswith("A3:")
        assert sheet.column_dimensions["A"].width >= 8
        assert "Europe/Brussels" in sheet["A2"].value or sheet.title == "Not placed"
    plan = book["TS panel A"]
    assert "Excel has no time zones" in plan["A2"].value
    headers = [cell.value for cell in plan[3]]
    link = plan.cell(4, headers.index("Link") + 1)
    widths = {headers[i]: plan.column_dimensions[chr(65 + i)].width for i in range(len(headers))}
    assert widths["Members"] == 60 and widths["Candidate"] < widths["Members"]
    assert link.value is None or link.hyperlink is not None


def test_xlsx_lists_the_candidates_not_placed_with_their_reasons(demo, tmp_path: Path) -> None:
    data, unscheduled = demo
    target = tmp_path / "plan.xlsx"
    write_schedule_xlsx(data, unscheduled, target)
    rows = sheet_rows(load_workbook(target)["Not placed"])
    assert {row[0] for row in rows} == set(unscheduled)
    assert all(row[4] for row in rows)
    honolulu = next(row for row in rows if row[0] == "TS-0099")
    assert "Pacific/Honolulu" in honolulu[4]


def test_not_placed_skips_stale_reasons_and_names_the_unsolved() -> None:
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    change_candidate(data, "TS-0004", status="withdrawn")
    entries = not_placed(data, {"TS-0001": ["stale"], "TS-0002": ["No panel."], "TS-0004": ["gone"]})
    by_reference = {e.reference: e.reasons for e in entries}
    assert by_reference["TS-0002"] == ("No panel.",)
    assert by_reference["TS-0003"] == (NOT_YET_SOLVED,)
    assert "TS-0001" not in by_reference and "TS-0004" not in by_reference
    assert entries[0].reference == "TS-0002"


def test_xlsx_neutralises_formulas(tmp_path: Path) -> None:
    data = nasty_campaign()
    target = tmp_path / "nasty.xlsx"
    write_schedule_xlsx(data, {"TS-0009": ["=1+1 is no reason"]}, target)
    book = load_workbook(target)
    values = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    values[cell.value] = cell
    for name in [n for n in NASTY.values() if "\r" not in n]:
        assert values[name].data_type == "s" and values[name].quotePrefix, name
    assert values["-Room 1"].data_type == "s"
    assert values["=1+1 is no reason"].quotePrefix
    assert not values["Reference"].quotePrefix  # ordinary text keeps the ordinary style
    with zipfile.ZipFile(target) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)


def test_xlsx_sheet_names_stay_valid_and_unique(tmp_path: Path) -> None:
    data = planned(interview("TS-0001", "2024-04-23 10:00"), interview("TS-0002", "2024-04-24 10:00"))
    data.panels = [Panel("Tue 23 Apr 2024", "TS", list(PANEL))]
    target = tmp_path / "names.xlsx"
    write_schedule_xlsx(data, {}, target)
    assert load_workbook(target).sheetnames == [
        "Tue 23 Apr 2024", "Tue 23 Apr 2024 (2)", "Wed 24 Apr 2024", "Not placed",
    ]


def test_xlsx_survives_control_characters(tmp_path: Path) -> None:
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    change_candidate(data, "TS-0001", name="Zoë\x00\x07 Brontë")
    target = tmp_path / "control.xlsx"
    write_schedule_xlsx(data, {}, target)
    assert sheet_rows(load_workbook(target).worksheets[0])[0][4] == "Zoë Brontë"


def test_an_empty_plan_still_gives_valid_files(tmp_path: Path) -> None:
    data = planned()
    write_schedule_csv(data, {}, tmp_path / "empty.csv")
    write_schedule_xlsx(data, {}, tmp_path / "empty.xlsx")
    assert read_csv(tmp_path / "empty.csv") == [list(CSV_COLUMNS)]
    assert load_workbook(tmp_path / "empty.xlsx").sheetnames == ["Not placed"]
    assert plan_rows(data) == []


# Atomic writing


@pytest.mark.parametrize("writer", [write_schedule_csv, write_schedule_xlsx])
def test_unwritable_targets_give_one_sentence(writer, tmp_path: Path) -> None:
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    with pytest.raises(CampaignError) as missing:
        writer(data, {}, tmp_path / "no such folder" / "plan.out")
    assert "cannot be written" in str(missing.value) and "\n" not in str(missing.value)
    assert not (tmp_path / "no such folder").exists()
    (tmp_path / "a folder").mkdir()
    with pytest.raises(CampaignError, match="cannot be written"):
        writer(data, {}, tmp_path / "a folder")
    assert list(tmp_path.iterdir()) == [tmp_path / "a folder"]


def test_a_failed_csv_export_leaves_the_old_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    target.write_text("old", encoding="utf-8")

    def broken(*args: object) -> list[str]:
        raise RuntimeError("boom")

    monkeypatch.setattr(spreadsheets, "_csv_fields", broken)
    with pytest.raises(RuntimeError):
        write_schedule_csv(planned(interview("TS-0001", "2024-04-23 10:00")), {}, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_xlsx_export_leaves_the_old_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_text("old", encoding="utf-8")

    def half_saved(self: object, filename: Path) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(spreadsheets.Workbook, "save", half_saved)
    with pytest.raises(CampaignError, match="No space left on device"):
        write_schedule_xlsx(planned(interview("TS-0001", "2024-04-23 10:00")), {}, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]
