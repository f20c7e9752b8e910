"""Text that a spreadsheet shows as text: no cell of ours ever becomes a formula, a sheet name is valid.

Names, notes and room names are typed by people (or imported from their files). Excel, LibreOffice and
Google Sheets read a cell that starts with `=`, `+`, `-` or `@` (also after leading spaces, and the
full-width forms ＝ ＋ － ＠), or with a tab or carriage return, as a formula: `=HYPERLINK("http://x","y")`
as a candidate's name would become a live link, and worse formulas can run commands (CSV injection,
OWASP). So such text is made inert:

- CSV has no types, so the text gets a leading apostrophe, the mark spreadsheets themselves use for
  "text, not a formula" (the apostrophe is then part of the field for other programs; a fair price).
- XLSX has types: the cell is written as a string (never a formula) and carries the quotePrefix style,
  so the name shows exactly as typed and stays text even when someone edits the cell and presses Enter.
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

FORMULA_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
CONTROL_STARTS = frozenset("\t\r\n")
XLSX_MAX_TEXT = 32_767  # Excel's limit for one cell
SHEET_TITLE_MAX = 31
SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
RESERVED_SHEET_TITLES = frozenset({"history"})  # Excel keeps this name for change tracking


def starts_formula(text: str) -> bool:
    """Whether a spreadsheet could take this text for a formula."""
    return text[:1] in CONTROL_STARTS or text.lstrip()[:1] in FORMULA_STARTS


def csv_text(text: str) -> str:
    """The text as a CSV field that no spreadsheet runs."""
    return "'" + text if starts_formula(text) else text


def xlsx_text(text: str) -> str:
    """The text minus the control characters XLSX cannot hold (openpyxl refuses them), within Excel limits."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:XLSX_MAX_TEXT]


def set_text(cell: Cell, text: str) -> None:
    """Puts text into a workbook cell as a string, whatever it starts with."""
    kept = xlsx_text(text)
    cell.value = kept
    cell.data_type = "s"
    if starts_formula(text) or starts_formula(kept):  # '\x01=...' is '=...' once the \x01 is gone
        cell.quotePrefix = True


def sheet_title(wanted: str, taken: set[str]) -> str:
    """A valid sheet name close to `wanted` and not yet in `taken` (compared ignoring case, as Excel does).

    Excel refuses names longer than 31 characters, with any of []:*?/\\, starting or ending with an
    apostrophe, empty, or 'History'; duplicates get ' (2)', ' (3)'... The result is added to `taken`.
    """
    base = _clean_title(wanted)
    title, number = base, 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title = _clean_title(base[: SHEET_TITLE_MAX - len(suffix)]) + suffix
        number += 1
    taken.add(title.casefold())
    return title


def _clean_title(wanted: str) -> str:
    title = SHEET_TITLE_FORBIDDEN.sub("-", wanted)
    title = " ".join(title.split())[:SHEET_TITLE_MAX].strip(" '") or "Sheet"
    if title.casefold() in RESERVED_SHEET_TITLES:
        title = f"{title} (sheet)"
    return title
