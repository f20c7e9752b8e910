"""The plan as CSV and as an XLSX workbook, for coordinators who work in Excel or LibreOffice.

CSV: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, one row per interview. The
campaigns are European and so are most coordinators' Excel installations: French, German, Belgian,
Dutch, Italian or Spanish Excel splits a double-clicked CSV on `;` (their list separator, because the
comma is their decimal mark), while a comma-separated file would open as one column there. English
Excel opens a `;` file as one column on double-click, but its Data > From Text/CSV detects the
separator. The BOM is what makes Excel read UTF-8 (Łukasz, Jürgen Weiß, Zoë) instead of the local ANSI
code page; a `sep=;` line would force the separator everywhere but makes Excel ignore the BOM and other
programs see a junk first row, so there is none. Python reads the file with
`csv.reader(open(path, encoding="utf-8-sig", newline=""), delimiter=";")`, and this project's own
import accepts it. Dates are ISO (2024-04-23) and times 24-hour (09:00), wall-clock in the campaign's
zone, which the `timezone` column names. Shortlisted candidates without an interview are not rows here:
the workbook's "Not placed" sheet and the JSON schedule list them with their reasons.

XLSX: one sheet per panel (in the campaign's order; a composition that is no named panel is titled by
its members' names) and one per day with interviews, then "Not placed". Each sheet has a title, a note
on the time zone, a bold header row with a filter, frozen panes under the header, widths fitted to the
content, and a landscape, fit-to-width print setup. Dates and times are real Excel dates and times, so
sorting and filtering work: Excel has no time zones, so they are the naive wall-clock values in the
campaign's zone, as the note on every sheet says.

Text that a spreadsheet could take for a formula is neutralised in both (see `cells`).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.domain import CampaignData
from scheduler.exports import written_atomically
from scheduler.exports.cells import csv_text, set_text, sheet_title, xlsx_text
from scheduler.exports.plan import MODE_LABELS, NotPlaced, PlanRow, by_day, by_panel, not_placed, plan_rows
from scheduler.timeline import describe_day

CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"  # UTF-8 with a byte-order mark
CSV_COLUMNS = (
    "date", "start", "end", "timezone", "candidate", "name", "profile", "mode",
    "panel", "members", "room", "location", "link", "pinned",
)
NOT_PLACED_TITLE = "Not placed"
HEADER_ROW = 3  # row 1: the sheet's title, row 2: the note on times
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"
MIN_WIDTH, MAX_WIDTH = 8, 60
HEADER_FILL = PatternFill("solid", start_color="FFDDE3EA")
HEADER_BORDER = Border(bottom=Side(style="thin", color="FF7F8C99"))


# CSV


def write_schedule_csv(data: CampaignData, unscheduled: dict[str, list[str]], path: Path) -> None:
    """One row per interview; `unscheduled` is accepted so every schedule writer is called alike."""
    zone = data.campaign.timezone
    with written_atomically(path) as temporary, temporary.open("w", encoding=CSV_ENCODING, newline="") as out:
        writer = csv.writer(out, delimiter=CSV_DELIMITER)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(_csv_fields(row, zone) for row in plan_rows(data))


def _csv_fields(row: PlanRow, zone: str) -> list[str]:
    texts = [
        row.candidate.reference, row.candidate.name, row.candidate.profile, row.candidate.mode,
        row.panel or "", row.members_text(), row.room_name, row.location, row.link,
    ]
    times = [row.day.isoformat(), f"{row.start_time:%H:%M}", f"{row.end_time:%H:%M}", zone]
    return times + [csv_text(text) for text in texts] + ["yes" if row.interview.pinned else "no"]


# XLSX


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[PlanRow], Any]
    number_format: str | None = None
    width: int | None = None  # fixed; None fits the content


PLAN_COLUMNS = (
    Column("Date", lambda r: r.day, DATE_FORMAT, 12),
    Column("Start", lambda r: r.start_time, TIME_FORMAT, 8),
    Column("End", lambda r: r.end_time, TIME_FORMAT, 8),
    Column("Reference", lambda r: r.candidate.reference),
    Column("Candidate", lambda r: r.candidate.name),
    Column("Profile", lambda r: r.candidate.profile),
    Column("Mode", lambda r: r.mode_label),
    Column("Panel", lambda r: r.group),
    Column("Members", lambda r: r.members_text()),
    Column("Room", lambda r: r.room_name),
    Column("Location", lambda r: r.location),
    Column("Link", lambda r: r.link),
    Column("Pinned", lambda r: "yes" if r.interview.pinned else ""),
)
LINK_COLUMN = 1 + [c.header for c in PLAN_COLUMNS].index("Link")


def write_schedule_xlsx(data: CampaignData, unscheduled: dict[str, list[str]], path: Path) -> None:
    """A sheet per panel, a sheet per day, and the candidates not placed with the solver's reasons."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = "Interview Scheduler"
    workbook.properties.title = xlsx_text(data.campaign.name)
    rows = plan_rows(data)
    taken: set[str] = set()

    def new_sheet(title: str) -> Worksheet:
        return workbook.create_sheet(sheet_title(title, taken))

    note = _time_note(data)
    for panel, panel_rows in by_panel(data, rows).items():
        _plan_sheet(new_sheet(panel), panel, note, panel_rows)
    for day, day_rows in by_day(rows).items():
        _plan_sheet(new_sheet(describe_day(day)), describe_day(day), note, day_rows)
    _not_placed_sheet(new_sheet(NOT_PLACED_TITLE), data, not_placed(data, unscheduled))
    with written_atomically(path) as temporary:
        workbook.save(temporary)


def _time_note(data: CampaignData) -> str:
    zone = data.campaign.timezone
    return (
        f"{data.campaign.name}. Dates and times are wall-clock times in {zone}; "
        f"Excel has no time zones, so they are stored without one."
    )


def _plan_sheet(sheet: Worksheet, title: str, note: str, rows: list[PlanRow]) -> None:
    _heading(sheet, title, note, [c.header for c in PLAN_COLUMNS])
    for number, row in enumerate(rows, start=HEADER_ROW + 1):
        for index, column in enumerate(PLAN_COLUMNS, start=1):
            _put(sheet.cell(number, index), column.value(row), column.number_format)
    _link_cells(sheet, LINK_COLUMN)
    _finish(sheet, [c.width for c in PLAN_COLUMNS])


def _not_placed_sheet(sheet: Worksheet, data: CampaignData, waiting: list[NotPlaced]) -> None:
    title = f"{NOT_PLACED_TITLE}: shortlisted candidates without an interview"
    note = f"{data.campaign.name}. The reasons are those of the last solve."
    _heading(sheet, title, note, ["Reference", "Candidate", "Profile", "Mode", "Reason"])
    number = HEADER_ROW
    for entry in waiting:
        for reason in entry.reasons:
            number += 1
            candidate = entry.candidate
            mode = MODE_LABELS.get(candidate.mode, candidate.mode)
            for index, text in enumerate([entry.reference, candidate.name, candidate.profile, mode, reason]):
                _put(sheet.cell(number, index + 1), text)
            sheet.cell(number, 5).alignment = Alignment(wrap_text=True, vertical="top")
    _finish(sheet, [None, None, None, None, 100])


def _heading(sheet: Worksheet, title: str, note: str, headers: list[str]) -> None:
    set_text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    set_text(sheet.cell(2, 1), note)
    sheet.cell(2, 1).font = Font(italic=True, color="FF555555")
    for index, header in enumerate(headers, start=1):
        cell = sheet.cell(HEADER_ROW, index)
        set_text(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER


def _put(cell: Any, value: Any, number_format: str | None = None) -> None:
    """Text goes in as inert text; dates and times as real values with a readable format."""
    if isinstance(value, str):
        set_text(cell, value)
        return
    cell.value = value
    if number_format:
        cell.number_format = number_format


def _link_cells(sheet: Worksheet, column: int) -> None:
    """Web links become clickable; anything else (a typed 'file:' or 'javascript:' address) stays text."""
    for (cell,) in sheet.iter_rows(min_row=HEADER_ROW + 1, min_col=column, max_col=column):
        if isinstance(cell.value, str) and cell.value.lower().startswith(("https://", "http://")):
            cell.hyperlink = cell.value
            cell.font = Font(color="FF0563C1", underline="single")


def _finish(sheet: Worksheet, widths: list[int | None]) -> None:
    """Frozen header, filter, widths, and a print setup that fits the columns on landscape pages."""
    last_column = get_column_letter(len(widths))
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{max(sheet.max_row, HEADER_ROW)}"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width or _fitted_width(sheet, index)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _fitted_width(sheet: Worksheet, column: int) -> int:
    """The longest text from the header down (the title and note above may run over), within bounds."""
    cells = sheet.iter_rows(min_row=HEADER_ROW, min_col=column, max_col=column)
    longest = max((len(_shown(cell.value)) for (cell,) in cells), default=0)
    return min(max(longest + 2, MIN_WIDTH), MAX_WIDTH)


def _shown(value: Any) -> str:
    return "" if value is None else str(value)
