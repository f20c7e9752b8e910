"""Importing candidates, members, availability, conflicts and holidays from a CSV or XLSX sheet.

All or nothing: every row is read and checked first, and every problem is reported with its row (as
the spreadsheet numbers it) and column (as the file names it); only a file without any problem is
written, inside the caller's session. Rows are matched to what is stored by their key, and a known
key updates only the cells the file fills in. An empty cell means "no value here": a new row gets
the default, a known row keeps what it has (so a sheet may carry only the columns to change).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from scheduler.domain import DEFAULT_LOCAL_HOURS
from scheduler.errors import CampaignError, InputProblems
from scheduler.importing import KINDS, ImportReport
from scheduler.importing.headers import (
    FIELD_WORDS,
    KEYS,
    Column,
    Layout,
    describe_field,
    guess_kind,
    layout_for,
    layout_from_mapping,
    looks_like_header,
    match_columns,
    normalise,
)
from scheduler.importing.tables import Cell, Row, Table, is_blank, is_empty, read_table
from scheduler.store.mapping import ROLE_SEPARATOR, split_roles
from scheduler.store.models import (
    CampaignRow,
    CandidateRow,
    CandidateWindowRow,
    ConflictRow,
    HolidayRow,
    MemberRow,
    MemberWindowRow,
    ProfileRow,
    SeatRow,
)
from scheduler.timeutil import as_utc, local_wall, zone_or_none

MAX_PROBLEMS = 100
MAX_NAME = 500  # as the interchange schema allows
MAX_EMAIL = 320
MAX_MINUTES = 1440
MAX_CAP = 100_000
# No control, bidirectional or invisible character: they would disguise the address on screen.
_ADDRESS_PART = r"[^@\s<>\"',;:\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+"
EMAIL = re.compile(rf"^{_ADDRESS_PART}@{_ADDRESS_PART}\.{_ADDRESS_PART}$")  # the schema's pattern


def import_table(
    session: Session,
    path: Path,
    kind: str | None = None,
    mapping: Mapping[int, str | None] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Imports one CSV or XLSX file of `kind` rows (guessed from the headers when None).

    `mapping` (column index -> field, or None to leave a column out) overrides what the headers
    say, for a person who corrected the detected columns. With `dry_run`, everything is checked and
    counted as for a real import, then rolled back to a savepoint: the report says what the import
    would do (a caller wanting the file untouched, change counter included, rolls back its own
    transaction too rather than committing it).

    Raises CampaignError when the file cannot be read or its kind guessed, and SheetProblems (an
    InputProblems) listing every problem with its row and column (nothing written) when any row or
    column is wrong. Otherwise adds and updates rows in `session`, which the caller commits.
    """
    table = read_sheet(path)
    kind, layout = detect_layout(table, kind, mapping)
    if not dry_run:
        return _import(session, table, kind, layout)
    trial = session.begin_nested()
    try:
        return _import(session, table, kind, layout)
    finally:
        trial.rollback()


def read_sheet(path: Path) -> Table:
    """The file's header (the first row that looks like one) and the rows under it."""
    return read_table(Path(path), looks_like_header)


def detect_layout(
    table: Table, kind: str | None = None, mapping: Mapping[int, str | None] | None = None
) -> tuple[str, Layout]:
    """The kind of rows (guessed from the headers when None) and which column gives each field."""
    columns = match_columns(table.header)
    if kind is None:
        kind = guess_kind(columns)
        if kind is None:
            raise CampaignError(_unguessable(table))
    if mapping is None:
        return kind, layout_for(kind, columns)
    return kind, layout_from_mapping(kind, columns, mapping)


def _import(session: Session, table: Table, kind: str, layout: Layout) -> ImportReport:
    importer = IMPORTERS[kind](session, table, layout)
    importer.check_header()
    importer.problems.raise_if_any()
    for row in table.rows:
        if not is_empty(row.cells):
            importer.check_shape(row)
            importer.check(row)
    importer.finish()
    importer.problems.raise_if_any()
    report = importer.apply()
    report.notes[:0] = layout.notes()
    session.flush()
    return report


def _unguessable(table: Table) -> str:
    headers = ", ".join(f'"{h}"' for h in table.header if h.strip())
    return (
        f"{table.name}: cannot tell what kind of rows the columns {headers} hold; "
        f"pass --kind with one of {', '.join(KINDS)}."
    )


# ---------------------------------------------------------------------------------------------
# Problems


class ValueProblem(Exception):
    """What is wrong with one cell, as the end of a sentence: '"bob@" is not an e-mail address'."""


@dataclass(frozen=True)
class Place:
    """One problem of a file where a person finds it: the row and the column as the file names them."""

    row: int | None
    column: str | None
    text: str


class SheetProblems(InputProblems):
    """The problems of one file as sentences (`problems`) and by place (`places`, in the same order)."""

    def __init__(self, problems: list[str], places: list[Place]) -> None:
        super().__init__(problems)
        self.places = places


class Problems:
    """Every problem of one file, each a sentence naming the file, row and column."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: list[str] = []
        self.places: list[Place] = []

    def file(self, text: str) -> None:
        self.lines.append(f"{self.source}: {text}.")
        self.places.append(Place(None, None, f"{text}."))

    def row(self, number: int, text: str) -> None:
        self.lines.append(f"{self.source}: row {number}: {text}.")
        self.places.append(Place(number, None, f"{text}."))

    def cell(self, number: int, column: Column, text: str) -> None:
        self.lines.append(f'{self.source}: row {number}, column "{column.header}": {text}.')
        self.places.append(Place(number, column.header, f"{text}."))

    def raise_if_any(self) -> None:
        if not self.lines:
            return
        shown = self.lines[:MAX_PROBLEMS]
        places = self.places[:MAX_PROBLEMS]
        hidden = len(self.lines) - len(shown)
        if hidden:
            more = "problem" if hidden == 1 else "problems"
            shown.append(f"{self.source}: {hidden} more {more} not shown.")
            places.append(Place(None, None, f"{hidden} more {more} not shown."))
        raise SheetProblems(shown, places)


def shown(cell: Cell) -> str:
    """A cell's value quoted for a message, shortened and on one line."""
    text = text_of(cell)
    text = re.sub(r"\r\n|\r|\n", "\u21b5", text)
    if len(text) > 40:
        text = text[:39] + "\u2026"
    return f'"{text}"'


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _rows_text(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"row {numbers[0]}"
    if len(numbers) > 5:
        listed = ", ".join(str(n) for n in numbers[:5])
        return f"rows {listed} and {len(numbers) - 5} more"
    return f"rows {', '.join(str(n) for n in numbers[:-1])} and {numbers[-1]}"


# ---------------------------------------------------------------------------------------------
# Cell values


def text_of(cell: Cell) -> str:
    """A cell as the text a spreadsheet shows; numbers read from XLSX lose a trailing ".0"."""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ")
    if isinstance(cell, date | time):
        return cell.isoformat()
    return "" if cell is None else str(cell).strip()


def parse_name(cell: Cell) -> str:
    text = text_of(cell)
    if len(text) > MAX_NAME:
        raise ValueProblem(f"is longer than {MAX_NAME} characters")
    return text


def parse_text(cell: Cell) -> str:
    return text_of(cell)


def parse_email(cell: Cell) -> str:
    text = text_of(cell)
    if text[:7].casefold() == "mailto:":
        text = text[7:].strip()
    if len(text) > MAX_EMAIL or not EMAIL.match(text):
        raise ValueProblem(f"{shown(cell)} is not an e-mail address")
    return text


def parse_whole(cell: Cell, low: int, high: int, what: str) -> int:
    """A whole number between bounds; "15", "15.0", "15 min" and XLSX numbers are all fine."""
    value: int | None = None
    if isinstance(cell, int) and not isinstance(cell, bool):
        value = cell
    elif isinstance(cell, float) and cell.is_integer():
        value = int(cell)
    elif isinstance(cell, str):
        match = re.fullmatch(r"\+?(\d{1,9})(?:[.,]0+)?\s*(?:mins?|minutes?|minuten)?", cell.strip())
        value = int(match.group(1)) if match else None
    if value is None or not low <= value <= high:
        raise ValueProblem(f"{shown(cell)} is not {what} from {low} to {high:,}")
    return value


def parse_minutes(cell: Cell) -> int:
    return parse_whole(cell, 0, MAX_MINUTES, "a whole number of minutes")


NO_CAP = frozenset(
    normalise(w)
    for w in ("none", "no limit", "no cap", "unlimited", "aucun", "aucune", "illimité",
              "sans limite", "keine", "kein limit", "unbegrenzt", "unbeschränkt")
)


def parse_cap(cell: Cell) -> int | None:
    """A cap on interviews, or None for an explicit "no limit" ("-", "none", "illimité")."""
    if isinstance(cell, str) and (cell.strip() == "-" or normalise(cell) in NO_CAP):
        return None
    return parse_whole(cell, 0, MAX_CAP, "a whole number of interviews")


TRUE_WORDS = frozenset({"yes", "y", "true", "1", "x", "oui", "o", "vrai", "ja", "j", "wahr"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "non", "faux", "nein", "falsch"})


def parse_bool(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float) and cell in (0, 1):
        return bool(cell)
    text = text_of(cell)
    if text in {"✓", "✔", "☑", "☒", "✗"}:
        return text != "✗"
    word = normalise(text)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS or text == "-":
        return False
    raise ValueProblem(f"{shown(cell)} is neither yes nor no")


def _words(mapping: dict[str, Iterable[str]]) -> dict[str, str]:
    return {normalise(word): value for value, words in mapping.items() for word in (value, *words)}


MODES = _words({
    "onsite": ("on site", "on-site", "in person", "face to face", "sur place", "présentiel",
               "en présentiel", "en personne", "vor ort", "präsenz", "in präsenz", "persönlich"),
    "remote": ("online", "video", "vidéo", "virtual", "virtuel", "en ligne", "à distance",
               "distance", "distanciel", "visio", "visioconférence", "videokonferenz", "fern",
               "digital"),
})
CANDIDATE_STATUSES = _words({
    "shortlisted": ("shortlist", "selected", "active", "présélectionné", "présélectionnée",
                    "sélectionné", "sélectionnée", "retenu", "retenue", "actif", "active",
                    "vorausgewählt", "ausgewählt", "eingeladen", "aktiv"),
    "withdrawn": ("withdrew", "retiré", "retirée", "désisté", "désistée", "abandon",
                  "zurückgezogen", "abgesagt"),
})
WINDOW_STATUSES = _words({
    "available": ("free", "disponible", "libre", "verfügbar", "frei", "anwesend", "present",
                  "présent", *TRUE_WORDS),
    "unavailable": ("busy", "away", "absent", "absente", "off", "indisponible", "occupé",
                    "occupée", "pas disponible", "non disponible", "nicht verfügbar",
                    "abwesend", "beschäftigt", "besetzt", "urlaub", "congé", "vacances",
                    "holiday", *FALSE_WORDS),
})


def _choice(cell: Cell, words: dict[str, str], what: str, allowed: str) -> str:
    found = words.get(normalise(text_of(cell)))
    if found is None:
        raise ValueProblem(f"{shown(cell)} is not a {what} ({allowed})")
    return found


def parse_mode(cell: Cell) -> str:
    return _choice(cell, MODES, "mode", "onsite or remote")


def parse_candidate_status(cell: Cell) -> str:
    return _choice(cell, CANDIDATE_STATUSES, "status", "shortlisted or withdrawn")


def parse_window_status(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    return _choice(cell, WINDOW_STATUSES, "status", "available or unavailable") == "available"


@functools.cache
def _zones() -> dict[str, str]:
    """Every IANA zone by its folded name, and by its last part where that is unambiguous."""
    zones = sorted(available_timezones())
    by_name = {z.casefold(): z for z in zones}
    cities: dict[str, list[str]] = defaultdict(list)
    for zone in zones:
        if "/" in zone and not zone.startswith("Etc/"):
            cities[zone.rsplit("/", 1)[1].casefold()].append(zone)
    for city, found in cities.items():
        if len(found) == 1:
            by_name.setdefault(city, found[0])
    return by_name


def parse_timezone(cell: Cell) -> str:
    """An IANA zone; "europe/paris" and "New York" are understood, "UTC+2" is not a zone."""
    text = text_of(cell)
    found = _zones().get(text.casefold().replace(" ", "_"))
    if found is None and zone_or_none(text) is not None:
        return text
    if found is None or zone_or_none(found) is None:
        raise ValueProblem(f'{shown(cell)} is not a time zone name such as "Europe/Brussels"')
    return found


DMY = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})")
YMD = re.compile(r"(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})")
CLOCK = re.compile(r"(\d{1,2})(?:\s*[:.hH]\s*(\d{2})?(?:\s*:\s*(\d{2})(?:[.,]\d+)?)?)?")
ISO_INSTANT = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})", re.I
)


def _date_from_text(text: str) -> date | None:
    """ISO, year-first with slashes or dots, or EU day-first (14/05/2024, 14.05.2024, 14-05-24)."""
    try:
        if match := YMD.fullmatch(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := DMY.fullmatch(text):
            year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
            return date(year, int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def _clock_from_text(text: str) -> tuple[time, bool] | None:
    """A time of day (09:00, 9:00, 09:00:00, 9h30, 9h); the flag is True for "24:00"."""
    match = CLOCK.fullmatch(text)
    if match is None:
        return None
    hour, minute, second = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    if (hour, minute, second) == (24, 0, 0):
        return time(0), True
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second), False


def _clock_from_number(value: int | float) -> tuple[time, bool] | None:
    """A number in a time column: a whole hour (9), or Excel's fraction of a day (0.375)."""
    if float(value).is_integer() and 0 <= value <= 24:
        return (time(0), True) if value == 24 else (time(int(value)), False)
    if 0 <= value < 1:
        seconds = round(value * 86400)
        if seconds < 86400:
            return time(seconds // 3600, seconds // 60 % 60, seconds % 60), False
    return None


def parse_date(cell: Cell) -> date:
    if isinstance(cell, datetime):
        if cell.time() == time(0):
            return cell.date()
    elif isinstance(cell, date):
        return cell
    elif isinstance(cell, str) and (found := _date_from_text(cell.strip())):
        return found
    raise ValueProblem(f"{shown(cell)} is not a date (such as 2024-05-14 or 14/05/2024)")


def _clock(cell: Cell) -> tuple[time, bool]:
    found: tuple[time, bool] | None = None
    if isinstance(cell, time):
        found = cell.replace(tzinfo=None, microsecond=0), False
    elif isinstance(cell, int | float) and not isinstance(cell, bool):
        found = _clock_from_number(cell)
    elif isinstance(cell, str):
        found = _clock_from_text(cell.strip())
    if found is None:
        raise ValueProblem(f"{shown(cell)} is not a time of day (such as 09:00)")
    return found


def parse_time(cell: Cell) -> time:
    """A time of day within one day ("24:00" is refused: local hours end by 23:59)."""
    value, next_day = _clock(cell)
    if next_day:
        raise ValueProblem(f"{shown(cell)} is not a time of day from 00:00 to 23:59")
    return value


def parse_local_hours(cell: Cell) -> tuple[time, time]:
    """A range such as "08:00-20:00" or "8h - 20h" in one cell."""
    parts = re.split(r"\s*(?:-|–|—|to|à|bis)\s*", text_of(cell), maxsplit=1)
    if len(parts) == 2:
        start, end = _clock_from_text(parts[0]), _clock_from_text(parts[1])
        if start and end and not start[1] and not end[1]:
            return start[0], end[0]
    raise ValueProblem(f"{shown(cell)} is not a range of hours (such as 08:00-20:00)")


@dataclass(frozen=True)
class Moment:
    """What an availability cell said: an absolute instant, a day, a time of day, or both."""

    day: date | None = None
    clock: time | None = None
    next_day: bool = False  # the clock said "24:00"
    absolute: datetime | None = None


def parse_moment(cell: Cell) -> Moment:
    """A datetime (with or without offset), a date alone, or a time alone."""
    if isinstance(cell, datetime):
        if cell.tzinfo is not None:
            return Moment(absolute=as_utc(cell, ZoneInfo("UTC")))
        return Moment(day=cell.date(), clock=cell.time().replace(microsecond=0))
    if isinstance(cell, date):
        return Moment(day=cell)
    if isinstance(cell, time | int | float) and not isinstance(cell, bool):
        clock, next_day = _clock(cell)
        return Moment(clock=clock, next_day=next_day)
    text = text_of(cell)
    if ISO_INSTANT.fullmatch(text):
        try:
            return Moment(absolute=as_utc(datetime.fromisoformat(text), ZoneInfo("UTC")))
        except ValueError:
            pass
    if (day := _date_from_text(text)) is not None:
        return Moment(day=day)
    if (clock := _clock_from_text(text)) is not None:
        return Moment(clock=clock[0], next_day=clock[1])
    parts = re.split(r"\s+|(?<=\d)T(?=\d)", text, maxsplit=1)
    if len(parts) == 2:
        day, clock = _date_from_text(parts[0]), _clock_from_text(parts[1])
        if day is not None and clock is not None:
            return Moment(day=day, clock=clock[0], next_day=clock[1])
    raise ValueProblem(
        f"{shown(cell)} is not a date and time (such as 2024-05-14 09:00 or 14/05/2024 09:00)"
    )


# ---------------------------------------------------------------------------------------------
# Importers

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()
INVALID: Any = type("Invalid", (), {"__repr__": lambda self: "INVALID"})()
Parse = Callable[[Cell], Any]


@dataclass
class Pending:
    """One checked row waiting to be written: its key, what it sets, and the row it updates."""

    number: int
    key: Any
    values: dict[str, Any] = field(default_factory=dict)
    target: Any = None


class KindImport:
    """What the importers of every kind share: reading cells, keys, duplicates and the report."""

    kind = ""
    required: tuple[str, ...] = ()

    def __init__(self, session: Session, table: Table, layout: Layout) -> None:
        self.session = session
        self.table = table
        self.layout = layout
        self.problems = Problems(table.name)
        self.pending: list[Pending] = []
        self.seen: dict[Any, int] = {}
        self.missing_columns: dict[str, list[int]] = defaultdict(list)
        self.unchanged = 0
        campaign = session.get(CampaignRow, 1)
        if campaign is None:
            raise CampaignError("This campaign file has no campaign settings yet.")
        self.zone = ZoneInfo(campaign.timezone)

    def check_header(self) -> None:
        """The key columns must be there, and no field may come from two columns."""
        for key in KEYS[self.kind]:
            if not self.layout.has(key):
                self.problems.file(
                    f"no column gives the {describe_field(key)}, which {self.kind} rows need"
                )
        for name, first, second in self.layout.duplicates:
            self.problems.file(
                f'the columns "{first.header}" and "{second.header}" both give the '
                f"{FIELD_WORDS.get(name, name)}; keep only one of them"
            )

    def check_shape(self, row: Row) -> None:
        """A CSV row with values beyond the header most likely lost the quotes around a value."""
        extra = [c for c in row.cells[len(self.table.header):] if not is_blank(c)]
        if extra:
            self.problems.row(
                row.number,
                f"has {len(row.cells)} cells but the header only {len(self.table.header)}, so a "
                "value holding the delimiter has probably lost its quotes",
            )

    def check(self, row: Row) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Problems that concern many rows at once, reported once."""
        for name, numbers in self.missing_columns.items():
            self.problems.file(
                f"{_rows_text(numbers)} add new {self.kind}, which need a {describe_field(name)}, "
                "but the file has no such column"
            )

    def apply(self) -> ImportReport:
        raise NotImplementedError

    # -- helpers --

    def cell(self, row: Row, name: str) -> Cell:
        column = self.layout.fields.get(name)
        if column is None or column.index >= len(row.cells):
            return None
        return row.cells[column.index]

    def read(self, row: Row, name: str, parse: Parse) -> Any:
        """The parsed cell; MISSING when the column is absent or the cell empty, INVALID if bad."""
        column = self.layout.fields.get(name)
        cell = self.cell(row, name)
        if column is None or is_blank(cell):
            return MISSING
        try:
            return parse(cell)
        except ValueProblem as problem:
            self.problems.cell(row.number, column, str(problem))
            return INVALID

    def read_key(self, row: Row, name: str, parse: Parse) -> Any:
        """A key cell, which every row needs; None when it is empty or wrong (already reported)."""
        value = self.read(row, name, parse)
        if value is MISSING:
            self.problems.cell(
                row.number,
                self.layout.fields[name],
                f"is empty, but every row needs the {FIELD_WORDS.get(name, name)}",
            )
        return None if value in (MISSING, INVALID) else value

    def first_time(self, row: Row, key: Any, name: str, label: str | None = None) -> bool:
        """Whether a key (None: missing, already reported) is valid and new in this file.

        A repeated key names the row that had it first, so both rows can be found.
        """
        if key is None:
            return False
        earlier = self.seen.get(key)
        if earlier is not None:
            shown_key = label or shown(key)
            self.problems.cell(
                row.number, self.layout.fields[name], f"{shown_key} is already in row {earlier}"
            )
            return False
        self.seen[key] = row.number
        return True

    def require(self, row: Row, values: dict[str, Any], what: str, bad: set[str]) -> None:
        """A new row must give every required field."""
        for name in self.required:
            if name in values or name in bad:
                continue
            column = self.name_column() if name == "name" else self.layout.fields.get(name)
            if column is None:
                self.missing_columns[name].append(row.number)
            else:
                self.problems.cell(
                    row.number, column, f"is empty, but {what} is new and needs a {name}"
                )

    def read_values(
        self, row: Row, parsers: dict[str, Parse]
    ) -> tuple[dict[str, Any], set[str]]:
        """The fields the row fills in, and the names of those it fills in wrongly."""
        values: dict[str, Any] = {}
        bad: set[str] = set()
        for name, parse in parsers.items():
            value = self.read(row, name, parse)
            if value is INVALID:
                bad.add(name)
            elif value is not MISSING:
                values[name] = value
        return values, bad

    def read_person_name(self, row: Row, values: dict[str, Any], bad: set[str]) -> None:
        """The name, whole or from a first-name and a last-name column."""
        if self.layout.has("name"):
            value = self.read(row, "name", parse_name)
        else:
            parts = [self.read(row, part, parse_name) for part in ("first_name", "last_name")]
            if INVALID in parts:
                value = INVALID
            else:
                joined = " ".join(p for p in parts if p is not MISSING)
                value = joined if joined else MISSING
                column = self.name_column()
                if len(joined) > MAX_NAME and column is not None:
                    self.problems.cell(
                        row.number, column, f"the name is longer than {MAX_NAME} characters"
                    )
                    value = INVALID
        if value is INVALID:
            bad.add("name")
        elif value is not MISSING:
            values["name"] = value

    def name_column(self) -> Column | None:
        """The column named in messages about the name (the first-name one if split)."""
        fields = self.layout.fields
        return fields.get("name") or fields.get("first_name") or fields.get("last_name")

    def update(self, target: Any, values: dict[str, Any]) -> bool:
        """Sets the given attributes; whether anything actually changed."""
        changed = False
        for name, value in values.items():
            if getattr(target, name) != value:
                setattr(target, name, value)
                changed = True
        return changed

    def report(self, added: int, updated: int) -> ImportReport:
        report = ImportReport(self.kind, added, updated)
        if self.unchanged:
            rows = _count(self.unchanged, "row matches", "rows match")
            report.notes.append(f"{rows} what was already stored.")
        return report


class CandidatesImport(KindImport):
    kind = "candidates"
    required = ("name", "profile")

    def __init__(self, session: Session, table: Table, layout: Layout) -> None:
        super().__init__(session, table, layout)
        self.existing = {c.reference: c for c in session.scalars(select(CandidateRow))}
        self.profiles = list(session.scalars(select(ProfileRow).order_by(ProfileRow.code)))
        self.parsers: dict[str, Parse] = {
            "email": parse_email,
            "profile": self.parse_profile,
            "mode": parse_mode,
            "timezone": parse_timezone,
            "local_start": parse_time,
            "local_end": parse_time,
            "local_hours": parse_local_hours,
            "extra_minutes": parse_minutes,
            "accessible_room": parse_bool,
            "status": parse_candidate_status,
            "notes": parse_text,
        }

    def parse_profile(self, cell: Cell) -> int:
        """A profile's code (any case) or full name, as the id of the campaign's profile."""
        text = text_of(cell)
        for match in (
            lambda p: p.code == text,
            lambda p: p.code.casefold() == text.casefold(),
            lambda p: p.name.casefold() == text.casefold(),
        ):
            found = [p for p in self.profiles if match(p)]
            if len(found) == 1:
                return found[0].id
        codes = ", ".join(p.code for p in self.profiles) or "none yet"
        raise ValueProblem(f"{shown(cell)} is not a profile of this campaign (its profiles: {codes})")

    def check(self, row: Row) -> None:
        reference = self.read_key(row, "reference", parse_name)
        fresh = self.first_time(row, reference, "reference")
        values, bad = self.read_values(row, self.parsers)
        self.read_person_name(row, values, bad)
        if not fresh:
            return
        hours = values.pop("local_hours", None)
        if hours is not None:
            values.setdefault("local_start", hours[0])
            values.setdefault("local_end", hours[1])
        target = self.existing.get(reference)
        if target is None:
            self.require(row, values, shown(reference), bad)
        self.check_local_hours(row, values, target)
        if "profile" in values:
            values["profile_id"] = values.pop("profile")
        self.pending.append(Pending(row.number, reference, values, target))

    def check_local_hours(self, row: Row, values: dict[str, Any], target: Any) -> None:
        """Local hours are stored as a pair: one given alone is completed, and start < end."""
        if "local_start" not in values and "local_end" not in values:
            return
        stored = (target.local_start, target.local_end) if target is not None else (None, None)
        start = values.get("local_start") or stored[0] or DEFAULT_LOCAL_HOURS[0]
        end = values.get("local_end") or stored[1] or DEFAULT_LOCAL_HOURS[1]
        values["local_start"], values["local_end"] = start, end
        if start >= end:
            fields = self.layout.fields
            column = fields.get("local_end") or fields.get("local_hours") or fields["local_start"]
            self.problems.cell(
                row.number,
                column,
                f"the local hours end at {end:%H:%M}, not after they start ({start:%H:%M})",
            )

    def apply(self) -> ImportReport:
        new: list[dict[str, Any]] = []
        updated = 0
        for item in self.pending:
            if item.target is None:
                new.append({**CANDIDATE_DEFAULTS, **item.values, "reference": item.key})
            elif self.update(item.target, item.values):
                updated += 1
            else:
                self.unchanged += 1
        insert_rows(self.session, CandidateRow, new)
        return self.report(len(new), updated)


class MembersImport(KindImport):
    kind = "members"
    required = ("name",)

    def __init__(self, session: Session, table: Table, layout: Layout) -> None:
        super().__init__(session, table, layout)
        members = list(session.scalars(select(MemberRow)))
        self.existing = {m.email.casefold(): m for m in members}
        spellings: dict[str, str] = {}
        for role in session.scalars(select(SeatRow.role)):
            spellings.setdefault(role.casefold(), role)
        for member in members:
            for role in split_roles(member.roles):
                spellings.setdefault(role.casefold(), role)
        self.spellings = spellings
        self.parsers: dict[str, Parse] = {
            "roles": self.parse_roles,
            "max_per_day": parse_cap,
            "max_total": parse_cap,
        }

    def parse_roles(self, cell: Cell) -> str:
        """Roles split by "|" or "/" (or "," and ";" when neither is used), stored joined by "|".

        A role written in another case than a seat of a profile takes the seat's spelling, so
        "Chair" in the sheet still fills the "chair" seat.
        """
        text = text_of(cell)
        separators = r"[|/]" if re.search(r"[|/]", text) else r"[,;]"
        roles: list[str] = []
        for part in re.split(separators, text):
            role = part.strip()
            if len(role) > MAX_NAME:
                raise ValueProblem(f"a role is longer than {MAX_NAME} characters")
            role = self.spellings.get(role.casefold(), role)
            if role and role.casefold() not in {r.casefold() for r in roles}:
                roles.append(role)
        return ROLE_SEPARATOR.join(roles)

    def check(self, row: Row) -> None:
        email = self.read_key(row, "email", parse_email)
        fresh = self.first_time(row, email and email.casefold(), "email", f'"{email}"')
        values, bad = self.read_values(row, self.parsers)
        self.read_person_name(row, values, bad)
        if not fresh:
            return
        target = self.existing.get(email.casefold())
        if target is None:
            self.require(row, values, f'"{email}"', bad)
        self.pending.append(Pending(row.number, email, values, target))

    def apply(self) -> ImportReport:
        new: list[dict[str, Any]] = []
        updated = 0
        for item in self.pending:
            if item.target is None:
                new.append({**MEMBER_DEFAULTS, **item.values, "email": item.key})
            elif self.update(item.target, item.values):
                updated += 1
            else:
                self.unchanged += 1
        insert_rows(self.session, MemberRow, new)
        return self.report(len(new), updated)


class AvailabilityImport(KindImport):
    """Windows in which a member or candidate is available or not; identical ones are not doubled."""

    kind = "availability"

    def __init__(self, session: Session, table: Table, layout: Layout) -> None:
        super().__init__(session, table, layout)
        members = list(session.scalars(select(MemberRow)))
        candidates = list(session.scalars(select(CandidateRow)))
        self.members = {m.email.casefold(): m.id for m in members}
        self.references = {c.reference: c.id for c in candidates}
        folded: dict[str, list[int]] = defaultdict(list)
        for candidate in candidates:
            folded[candidate.reference.casefold()].append(candidate.id)
            if candidate.email:
                folded[candidate.email.casefold()].append(candidate.id)
        self.candidates_folded = {k: v[0] for k, v in folded.items() if len(set(v)) == 1}
        self.stored = self._stored_windows()
        fields = layout.fields
        self.start_name = "start" if "start" in fields else "from"
        self.end_name = "end" if "end" in fields else "to"
        self.duplicates = 0

    def _stored_windows(self) -> set[tuple[str, int, bool, datetime, datetime]]:
        """Windows entered or imported as data; a calendar's busy times are its own to replace."""
        stored: set[tuple[str, int, bool, datetime, datetime]] = set()
        for w in self.session.scalars(select(MemberWindowRow).where(MemberWindowRow.source.is_(None))):
            stored.add(("member", w.member_id, w.available, w.start, w.end))
        for c in self.session.scalars(
            select(CandidateWindowRow).where(CandidateWindowRow.source.is_(None))
        ):
            stored.add(("candidate", c.candidate_id, c.available, c.start, c.end))
        return stored

    def check_header(self) -> None:
        super().check_header()
        fields = self.layout.fields
        if self.layout.has("person") and not fields.keys() & {"start", "from", "date"}:
            self.problems.file(
                f"no column gives the {describe_field('start')} or the {describe_field('date')}"
                ", which availability rows need"
            )

    def parse_person(self, cell: Cell) -> tuple[str, int]:
        """A member's e-mail, else a candidate's reference, else a candidate's e-mail."""
        text = text_of(cell)
        if text.casefold() in self.members:
            return "member", self.members[text.casefold()]
        if text in self.references:
            return "candidate", self.references[text]
        if text.casefold() in self.candidates_folded:
            return "candidate", self.candidates_folded[text.casefold()]
        raise ValueProblem(f"{shown(cell)} is neither a member's e-mail nor a candidate's reference")

    def check(self, row: Row) -> None:
        person = self.read_key(row, "person", self.parse_person)
        span = self.read_span(row)
        status = self.read(row, "status", parse_window_status)
        if person is None or span is None or status is INVALID:
            return
        available = False if status is MISSING else status
        key = (*person, available, *span)
        if key in self.stored:
            self.unchanged += 1
        elif key in self.seen:
            self.duplicates += 1
        else:
            self.seen[key] = row.number
            self.pending.append(Pending(row.number, key))

    def read_span(self, row: Row) -> tuple[datetime, datetime] | None:
        """The window's start and end instants, from datetimes or a date with times (or alone)."""
        day = self.read(row, "date", parse_date)
        start = self.read(row, self.start_name, parse_moment)
        end = self.read(row, self.end_name, parse_moment)
        if INVALID in (day, start, end):
            return None
        day = None if day is MISSING else day
        if start is MISSING and end is MISSING and day is not None:
            return local_wall(day, time(0), self.zone), self._midnight_after(day)
        if start is MISSING:
            self._missing_start(row, day)
            return None
        begin = self._instant(row, self.start_name, start, day, is_end=False)
        if begin is None:
            return None
        if end is MISSING:
            if start.day is not None and start.clock is None:
                return begin, self._midnight_after(start.day)
            column = self.layout.fields.get(self.end_name) or self.layout.fields[self.start_name]
            self.problems.cell(row.number, column, "the window has a start but no end")
            return None
        context = day or begin.astimezone(self.zone).date()
        finish = self._instant(row, self.end_name, end, context, is_end=True)
        if finish is None:
            return None
        if finish <= begin:
            self.problems.cell(
                row.number,
                self.layout.fields[self.end_name],
                f"the window ends at {self._local(finish)}, not after it starts "
                f"({self._local(begin)})",
            )
            return None
        return begin, finish

    def _missing_start(self, row: Row, day: date | None) -> None:
        start = self.layout.fields.get(self.start_name)
        if start is not None:
            needs = "a start time" if day is not None else "a start"
            self.problems.cell(row.number, start, f"is empty, but the window needs {needs}")
        elif day is None and (column := self.layout.fields.get("date")) is not None:
            self.problems.cell(row.number, column, "is empty, but the window needs a date")
        else:
            self.problems.row(row.number, "the window has an end but no start")

    def _instant(
        self, row: Row, name: str, moment: Moment, day: date | None, is_end: bool
    ) -> datetime | None:
        """A moment made absolute: wall-clock times are in the campaign's zone; a day alone is its
        start (or, for an end, the midnight after it, so that the day itself is included)."""
        if moment.absolute is not None:
            return moment.absolute
        on = moment.day or day
        if on is None:
            self.problems.cell(
                row.number, self.layout.fields[name], "is a time without a date; add the date"
            )
            return None
        if moment.clock is None:
            return self._midnight_after(on) if is_end else local_wall(on, time(0), self.zone)
        if moment.next_day:
            return self._midnight_after(on)
        return local_wall(on, moment.clock, self.zone)

    def _midnight_after(self, day: date) -> datetime:
        return local_wall(day + timedelta(days=1), time(0), self.zone)

    def _local(self, instant: datetime) -> str:
        return instant.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")

    def apply(self) -> ImportReport:
        windows: dict[str, list[dict[str, Any]]] = {"member": [], "candidate": []}
        for item in self.pending:
            who, ident, available, start, end = item.key
            windows[who].append({
                f"{who}_id": ident, "available": available, "start": start, "end": end,
                "source": None,
            })
        insert_rows(self.session, MemberWindowRow, windows["member"])
        insert_rows(self.session, CandidateWindowRow, windows["candidate"])
        report = ImportReport(self.kind, len(self.pending), 0)
        if self.unchanged:
            report.notes.append(
                f"{_count(self.unchanged, 'window was', 'windows were')} already stored "
                "and not added again."
            )
        if self.duplicates:
            report.notes.append(
                f"{_count(self.duplicates, 'row repeats', 'rows repeat')} an earlier row "
                "and added nothing."
            )
        return report


class ConflictsImport(KindImport):
    kind = "conflicts"

    def __init__(self, session: Session, table: Table, layout: Layout) -> None:
        super().__init__(session, table, layout)
        self.members = {m.email.casefold(): m.id for m in session.scalars(select(MemberRow))}
        self.candidates = {c.reference: c.id for c in session.scalars(select(CandidateRow))}
        self.existing = {
            (c.member_id, c.candidate_id): c for c in session.scalars(select(ConflictRow))
        }

    def parse_member(self, cell: Cell) -> int:
        email = parse_email(cell)
        if email.casefold() not in self.members:
            raise ValueProblem(f"{shown(cell)} is not the e-mail of a member of this campaign")
        return self.members[email.casefold()]

    def parse_candidate(self, cell: Cell) -> int:
        reference = text_of(cell)
        if reference not in self.candidates:
            raise ValueProblem(f"{shown(cell)} is not the reference of a candidate of this campaign")
        return self.candidates[reference]

    def check(self, row: Row) -> None:
        member = self.read_key(row, "member", self.parse_member)
        candidate = self.read_key(row, "candidate", self.parse_candidate)
        reason = self.read(row, "reason", parse_text)
        if member is None or candidate is None:
            return
        label = "this member and candidate"
        if not self.first_time(row, (member, candidate), "candidate", label):
            return
        values = {} if reason is MISSING else {"reason": reason}
        target = self.existing.get((member, candidate))
        self.pending.append(Pending(row.number, (member, candidate), values, target))

    def apply(self) -> ImportReport:
        new: list[dict[str, Any]] = []
        updated = 0
        for item in self.pending:
            if item.target is None:
                member_id, candidate_id = item.key
                reason = item.values.get("reason", "")
                new.append({"member_id": member_id, "candidate_id": candidate_id, "reason": reason})
            elif self.update(item.target, item.values):
                updated += 1
            else:
                self.unchanged += 1
        insert_rows(self.session, ConflictRow, new)
        return self.report(len(new), updated)


class HolidaysImport(KindImport):
    kind = "holidays"

    def __init__(self, session: Session, table: Table, layout: Layout) -> None:
        super().__init__(session, table, layout)
        self.existing = {h.day: h for h in session.scalars(select(HolidayRow))}

    def check(self, row: Row) -> None:
        day = self.read_key(row, "date", parse_date)
        name = self.read(row, "name", parse_name)
        if not self.first_time(row, day, "date", day and day.isoformat()):
            return
        values = {} if name in (MISSING, INVALID) else {"name": name}
        self.pending.append(Pending(row.number, day, values, self.existing.get(day)))

    def apply(self) -> ImportReport:
        new: list[dict[str, Any]] = []
        updated = 0
        for item in self.pending:
            if item.target is None:
                new.append({"day": item.key, "name": item.values.get("name", "")})
            elif self.update(item.target, item.values):
                updated += 1
            else:
                self.unchanged += 1
        insert_rows(self.session, HolidayRow, new)
        return self.report(len(new), updated)


CANDIDATE_DEFAULTS: dict[str, Any] = {
    "email": None, "mode": "onsite", "timezone": None, "local_start": None, "local_end": None,
    "extra_minutes": 0, "accessible_room": False, "status": "shortlisted", "notes": "",
}
MEMBER_DEFAULTS: dict[str, Any] = {"roles": "", "max_per_day": None, "max_total": None}


def insert_rows(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """Adds many new rows at once: ORM bulk INSERT, far quicker than one object per row for the
    100,000 rows a sheet may hold (and every dict has the same keys, so it is one statement)."""
    if rows:
        session.execute(insert(model), rows)


IMPORTERS: dict[str, type[KindImport]] = {
    "candidates": CandidatesImport,
    "members": MembersImport,
    "availability": AvailabilityImport,
    "conflicts": ConflictsImport,
    "holidays": HolidaysImport,
}
