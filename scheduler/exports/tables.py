"""A table as the coordinator sees it (candidates, members, rooms...) written to CSV or XLSX.

The app hands over the rows it shows, already filtered and sorted, as header texts and cell values;
this module only writes them, with the same conventions as the plan's exports (`spreadsheets`):
CSV in UTF-8 with a byte-order mark and `;` between fields, an XLSX sheet with a bold, filtered,
frozen header. Names and notes typed by people never become formulas (see `cells`). With English
headers the files can be imported back (the import knows the headers).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from scheduler.errors import CampaignError
from scheduler.exports import written_atomically
from scheduler.exports.cells import csv_text, set_text, sheet_title
from scheduler.exports.spreadsheets import CSV_DELIMITER, CSV_ENCODING, HEADER_BORDER, HEADER_FILL

Value = str | int | float | bool | None
MIN_WIDTH, MAX_WIDTH = 8, 60
FORMATS = (".csv", ".xlsx")


def write_table(path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[Value]]) -> None:
    """Writes the rows as CSV or XLSX, chosen by the file's suffix."""
    suffix = Path(path).suffix.casefold()
    if suffix == ".csv":
        write_table_csv(path, headers, rows)
    elif suffix == ".xlsx":
        write_table_xlsx(path, title, headers, rows)
    else:
        raise CampaignError(f"{path}: choose a name ending in .csv or .xlsx.")


def write_table_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Value]]) -> None:
    with written_atomically(path) as temporary, temporary.open("w", encoding=CSV_ENCODING, newline="") as out:
        writer = csv.writer(out, delimiter=CSV_DELIMITER)
        writer.writerow([csv_text(h) for h in headers])
        writer.writerows([_csv_field(value) for value in row] for row in rows)


def _csv_field(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return csv_text(value) if isinstance(value, str) else str(value)


def write_table_xlsx(
    path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[Value]]
) -> None:
    """One sheet named after the table, header in row 1, numbers as numbers, text as inert text."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title(title, set())
    workbook.properties.creator = "Interview Scheduler"
    widths = [len(h) for h in headers]
    for index, header in enumerate(headers, start=1):
        cell = sheet.cell(1, index)
        set_text(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
    for number, row in enumerate(rows, start=2):
        for index, value in enumerate(row, start=1):
            _put(sheet.cell(number, index), value)
            if index <= len(widths):
                widths[index - 1] = max(widths[index - 1], len(_shown(value)))
    last = get_column_letter(max(len(headers), 1))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 1)}"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
    with written_atomically(path) as temporary:
        workbook.save(temporary)


def _put(cell, value: Value) -> None:
    if isinstance(value, str):
        set_text(cell, value)
    elif isinstance(value, bool):
        set_text(cell, "yes" if value else "no")
    else:
        cell.value = value


def _shown(value: Value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)
