"""Calendar exports (ICS) in: the busy times of members and candidates, and public holidays.

People send whatever their calendar program writes: Outlook with Windows zone names and its own
VTIMEZONE blocks, Google with recurring series, EXDATEs and moved instances, Thunderbird, free/busy
files. This module turns such a file into busy intervals inside the campaign window, and a holiday
calendar (or a country preset from the `holidays` package) into campaign holidays.

Decisions, and why:

- Only the campaign window is expanded (`start_date` 00:00 to `end_date` + 1 day 00:00 in the
  campaign zone, with a day of margin that is clipped off again), so a repeat rule without end
  terminates. The work is bounded: files over 50 MB are refused, a repeat rule that would need more
  than `MAX_RULE_STEPS` steps from its first instance to the end of the window is refused before it
  is expanded (the rule library walks from the first instance, so "every minute since 2010" would
  hang), and more than `MAX_OCCURRENCES` instances inside the window are refused, each with one
  sentence saying what to do.
- A file is refused whole (one `CampaignError` sentence naming it) when it is not iCalendar at all,
  is empty, is cut short (no END:VCALENDAR), or has lines that are not `NAME:VALUE` content lines:
  then the structure is damaged and we cannot know what the lost lines said (a lost STATUS, RRULE or
  DTEND changes the busy times), so guessing would be worse than asking for a new export.
- An event whose line is well formed but whose value cannot be read (a DTSTART that is no date, an
  RRULE with an unknown frequency, ...) is skipped, and the import says so in `ImportReport.notes`:
  one bad event in a year of calendar should not block the import of everything else, and the
  coordinator sees which event was left out. Broken values of properties that do not change the
  busy time (DESCRIPTION, ATTENDEE, ...) are ignored.
- Free time is not busy: TRANSP:TRANSPARENT and STATUS:CANCELLED (also on a single moved or
  cancelled instance of a series) block nothing, and neither does FBTYPE=FREE in a free/busy file
  (any other FBTYPE blocks). Where Outlook wrote its own show-as status
  (X-MICROSOFT-CDO-BUSYSTATUS) it decides instead of TRANSP, since it is the more precise of the
  two: FREE and WORKINGELSEWHERE are free, BUSY, TENTATIVE and OOF are busy. Tentative events and
  BUSY-TENTATIVE periods block: a tentative meeting is still one the person may have to attend.
- Times: a TZID is read through icalendar (IANA names, Windows names as Outlook writes them, and the
  file's own VTIMEZONE definitions); a TZID nobody knows is read as the campaign zone and noted.
  Floating times are wall-clock in the calendar's X-WR-TIMEZONE when it names a real zone (Google
  writes it), else in the campaign zone. All-day events block whole days of the campaign zone.
- A file's own VTIMEZONEs are checked before any time is read (`timezones.py`): dateutil walks
  each zone's rules from their DTSTART every time it reads a time, so a zone changing every second
  would take hours and gigabytes; only yearly rules that happen, with a bounded number of changes,
  are read.
- icalendar caches custom VTIMEZONEs by TZID for the whole process, so Outlook's "Customized Time
  Zone" of one file would silently be used for the next file; the cache is reset around each parse.
- Events with the same UID but no RECURRENCE-ID (exporters that reuse or omit UIDs) all count,
  instead of all but one being dropped as outdated versions: over-blocking is the safer mistake.
- Holidays are days (all-day events, or timed events that cover whole days of the campaign zone)
  inside the window that are campaign workdays: a holiday on a weekend changes nothing.
"""

from __future__ import annotations

import codecs
import re
import threading
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays as holiday_calendars
import icalendar
import x_wr_timezone
from dateutil.rrule import MONTHLY, YEARLY, rrule
from icalendar import Calendar, Component
from icalendar.prop import vBroken
from recurring_ical_events import EventAdapter, Occurrence, Series
from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.domain import WEEKDAYS, CampaignSettings, Holiday, Interval
from scheduler.errors import CampaignError
from scheduler.importing import ImportReport
from scheduler.importing.timezones import check_time_zones
from scheduler.store.mapping import load_settings
from scheduler.store.models import (
    CandidateRow,
    CandidateWindowRow,
    HolidayRow,
    MemberRow,
    MemberWindowRow,
)
from scheduler.timeline import merge
from scheduler.timeutil import local_wall, zone_or_none
from scheduler.wording import counted, snippet

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_OCCURRENCES = 20_000  # ~350 a day over eight weeks: no person's calendar, and ~2 s of work
# Steps of the rule library (about 10-20 microseconds each): per repeating event, and per file.
MAX_RULE_STEPS = 200_000
MAX_TOTAL_RULE_STEPS = 1_000_000
MAX_NOTES = 20
# A year of a busy calendar is ~100,000 content lines; a file of short lines could hold millions.
MAX_CONTENT_LINES = 500_000
_FOLD = re.compile(r"\r?\n[ \t]")
_LIST_LINE = re.compile(r"^(?:RDATE|EXDATE|CATEGORIES|RESOURCES|FREEBUSY)[;:].*$", re.M | re.I)
SOURCE_PREFIX = "calendar:"

# Properties whose value decides when (and whether) an event is busy.
TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")
# Outlook's own show-as status, more precise than TRANSP: "working elsewhere" is working, not busy.
OUTLOOK_FREE_STATUSES = ("FREE", "WORKINGELSEWHERE")

_PERIOD_SECONDS = {
    "SECONDLY": 1,
    "MINUTELY": 60,
    "HOURLY": 3600,
    "DAILY": 86_400,
    "WEEKLY": 7 * 86_400,
    "MONTHLY": 28 * 86_400,
    "YEARLY": 365 * 86_400,
}
_FREQUENCIES = tuple(_PERIOD_SECONDS)
_DAYS_PER_PERIOD = {"WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}
_MARGIN = timedelta(days=1)
_PARSE_LOCK = threading.Lock()


# --------------------------------------------------------------------------- public API


@dataclass
class BusyTimes:
    """The busy times of one calendar file, and what was left out of it and why."""

    intervals: list[Interval] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def busy_intervals(
    content: bytes, settings: CampaignSettings, *, source: str = "calendar"
) -> list[Interval]:
    """Every busy time of a calendar export inside the campaign window, merged and sorted (UTC)."""
    return read_busy_times(content, settings, source=source).intervals


def read_busy_times(
    content: bytes, settings: CampaignSettings, *, source: str = "calendar"
) -> BusyTimes:
    """Like `busy_intervals`, but also returns the notes about events that had to be skipped."""
    window = campaign_window(settings)
    notes = _Notes()
    calendars = parse_calendars(content, source)
    budget = _Budget(source)
    spans: list[Interval] = []
    for occurrence in _event_occurrences(calendars, settings, window, notes, budget):
        if _blocks_time(occurrence.component):
            spans.extend(_clip(_occurrence_interval(occurrence, settings.zone), window))
    for calendar in calendars:
        spans.extend(_free_busy_intervals(calendar, settings.zone, window, notes, budget))
    return BusyTimes(merge(spans), notes.lines())


def import_busy(session: Session, person: str, path: Path) -> ImportReport:
    """Stores the busy times of a calendar file as unavailable windows of a member or candidate.

    An earlier import of a file with the same name for the same person is replaced, so that
    importing an updated export again does not pile old busy times beside the new ones; windows
    entered by hand or imported from other files stay as they are.
    """
    path = Path(path)
    owner = _find_person(session, person)
    content = read_calendar_file(path)
    settings = load_settings(session)
    busy = read_busy_times(content, settings, source=str(path))
    tag = f"{SOURCE_PREFIX}{path.name}"
    old_rows = session.scalars(
        select(owner.window_class).where(
            owner.owner_column == owner.id, owner.window_class.source == tag
        )
    ).all()
    for row in old_rows:
        session.delete(row)
    for interval in busy.intervals:
        session.add(owner.new_window(interval, tag))
    session.flush()
    report = ImportReport(kind="busy times", added=len(busy.intervals))
    if old_rows:
        report.notes.append(
            f"Replaced {counted(len(old_rows), 'busy time')} from an earlier import of {path.name} "
            f"for {owner.label}."
        )
    if not busy.intervals:
        report.notes.append(f"{path.name} has no busy time inside the campaign period.")
    report.notes.extend(busy.notes)
    return report


def holidays_from_ics(
    content: bytes, settings: CampaignSettings, *, source: str = "calendar"
) -> list[Holiday]:
    """The holidays of a calendar file: each whole day that an event covers, named by its SUMMARY.

    Transparent events count (holiday calendars mark them so, as they do not make anyone busy);
    cancelled ones do not. Two events on one day give one holiday with both names.
    """
    window = campaign_window(settings)
    zone = settings.zone
    calendars = parse_calendars(content, source)
    names: dict[date, list[str]] = {}
    budget = _Budget(source)
    for occurrence in _event_occurrences(calendars, settings, window, _Notes(), budget):
        if _is_cancelled(occurrence.component):
            continue
        name = _text(occurrence.component.get("SUMMARY"))
        for day in _whole_days(occurrence, zone, window):
            day_names = names.setdefault(day, [])
            if name and name not in day_names:
                day_names.append(name)
    return _campaign_holidays(names, settings)


def holidays_for_country(
    country: str, settings: CampaignSettings, subdivision: str | None = None
) -> list[Holiday]:
    """The public holidays of a country (and subdivision) that fall on workdays of the window."""
    code = country.strip().upper()
    if code not in holiday_calendars.list_supported_countries():
        raise CampaignError(
            f"'{country}' is not a country the holiday presets know; give its ISO 3166 alpha-2 "
            "code, such as BE, FR or DE (see https://holidays.readthedocs.io for the list)."
        )
    years = range(settings.start_date.year, settings.end_date.year + 1)
    language = _english_if_supported(code)
    try:
        calendar = holiday_calendars.country_holidays(
            code, subdiv=subdivision, years=years, language=language
        )
    except NotImplementedError:
        known = holiday_calendars.list_supported_countries()[code]
        choice = ", ".join(known) if known else "none"
        raise CampaignError(
            f"'{subdivision}' is not a subdivision of {code} that the holiday presets know "
            f"(known: {choice})."
        ) from None
    names: dict[date, list[str]] = {}
    for day, name in calendar.items():
        names.setdefault(day, []).append(name)
    return _campaign_holidays(names, settings)


def holidays_from(argument: str, settings: CampaignSettings) -> list[Holiday]:
    """What `import --kind holidays` reads: an .ics file, or a country preset ("BE", "DE-BY").

    An existing file, or anything that looks like a file name, is read as a calendar; otherwise
    two letters, optionally followed by `-` and a subdivision code, are a country preset.
    """
    path = Path(argument)
    if path.exists() or re.search(r"[/\\]|\.[A-Za-z]{2,4}$", argument):
        return holidays_from_ics(read_calendar_file(path), settings, source=str(path))
    match = re.fullmatch(r"\s*([A-Za-z]{2})(?:-([A-Za-z0-9]+))?\s*", argument)
    if match is None:
        raise CampaignError(
            f"{argument}: is neither a calendar file nor a country code such as BE, FR or DE."
        )
    return holidays_for_country(match.group(1), settings, match.group(2))


def import_holidays(session: Session, holidays: list[Holiday]) -> ImportReport:
    """Adds the holidays by date; a date already there takes the new name (an empty name keeps
    the old one), so importing the same calendar twice changes nothing."""
    report = ImportReport(kind="holidays")
    latest = {holiday.date: holiday for holiday in holidays}
    for day, holiday in sorted(latest.items()):
        row = session.get(HolidayRow, day)
        if row is None:
            session.add(HolidayRow(day=day, name=holiday.name))
            report.added += 1
        elif holiday.name and row.name != holiday.name:
            row.name = holiday.name
            report.updated += 1
    session.flush()
    return report


# --------------------------------------------------------------------------- reading the file


def read_calendar_file(path: Path) -> bytes:
    """The bytes of a calendar file, refusing folders, special files and files over 50 MB."""
    path = Path(path)
    if path.is_dir():
        raise CampaignError(f"{path}: is a folder, not a calendar file.")
    if not path.exists():
        raise CampaignError(f"{path}: no such file.")
    if not path.is_file():
        raise CampaignError(f"{path}: is not a regular file.")
    try:
        with path.open("rb") as handle:
            content = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CampaignError(f"{path}: cannot be read ({error.strerror}).") from None
    if len(content) > MAX_FILE_BYTES:
        raise CampaignError(_too_large(str(path)))
    return content


def parse_calendars(content: bytes, source: str) -> list[Calendar]:
    """The VCALENDARs of a file, or one CampaignError sentence saying why it cannot be read."""
    if len(content) > MAX_FILE_BYTES:
        raise CampaignError(_too_large(source))
    text = _decode(content)
    if not text.strip():
        raise CampaignError(f"{source}: is empty.")
    if not re.match(r"BEGIN:VCALENDAR[ \t]*(\r?\n|$)", text.lstrip("\ufeff\r\n\t "), re.I):
        raise CampaignError(f"{source}: is not an iCalendar (.ics) file.")
    if not re.search(r"^END:VCALENDAR\s*$", text, re.I | re.M):
        raise CampaignError(
            f"{source}: is cut short (it has no END:VCALENDAR line); export the calendar again."
        )
    _check_size(text, source)
    with _PARSE_LOCK, warnings.catch_warnings():
        # e.g. "/mozilla.org/20050126_1/Europe/Brussels is a globally unique TZID; guessing
        # Europe/Brussels": the guess is what we want, the warning would only clutter the output.
        warnings.simplefilter("ignore")
        # The custom VTIMEZONEs of one file must not leak into the next (see the module notes).
        icalendar.use_zoneinfo()
        try:
            components = Calendar.from_ical(text, multiple=True)
        except Exception as error:  # the parser raises assorted errors on damaged input
            raise CampaignError(
                f"{source}: is a damaged iCalendar file ({_parser_problem(str(error))})."
            ) from None
        finally:
            icalendar.use_zoneinfo()
    calendars = [c for c in components if isinstance(c, Calendar) and c.name == "VCALENDAR"]
    if not calendars:
        raise CampaignError(f"{source}: holds no calendar (no BEGIN:VCALENDAR block).")
    for calendar in calendars:
        _check_structure(calendar, source)
        check_time_zones(calendar, source)
    return calendars


def _check_size(text: str, source: str) -> None:
    """Refuses a file with more content lines (and dates or categories in lists) than the parser can
    take in bounded time and memory: it makes an object of each, ~50 microseconds and ~500 bytes."""
    unfolded = _FOLD.sub("", text)
    lines = unfolded.count("\n") + sum(line.count(",") for line in _LIST_LINE.findall(unfolded))
    if lines > MAX_CONTENT_LINES:
        raise CampaignError(
            f"{source}: has more than {MAX_CONTENT_LINES:,} lines and dates, too many for a calendar "
            "export; export only the campaign period."
        )


def _decode(content: bytes) -> str:
    """UTF-8 as the standard says; UTF-16 with its byte order mark as some Windows tools save it;
    Windows-1252 for the older Outlook exports that ignore the standard."""
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16", errors="replace")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _check_structure(calendar: Calendar, source: str) -> None:
    """Refuses lines that are not content lines at all, and non-Gregorian calendars."""
    for component in calendar.walk():
        for name, message in getattr(component, "errors", []):
            if name is None:
                raise CampaignError(
                    f"{source}: is a damaged iCalendar file ({_parser_problem(message)})."
                )
    scale = _text(calendar.get("CALSCALE")) or "GREGORIAN"
    if scale.upper() != "GREGORIAN":
        raise CampaignError(
            f"{source}: uses the {scale} calendar scale; only Gregorian calendars can be read."
        )


def _parser_problem(message: str) -> str:
    """icalendar's complaint in the coordinator's words, naming the bad line where it can."""
    bad_line = re.search(r"could not be parsed into parts: '(.*?)'(: |$)", message, re.S)
    if bad_line:
        return f"the line '{snippet(bad_line.group(1), 60)}' is not of the form NAME:VALUE"
    return snippet(message)


def _too_large(source: str) -> str:
    return (
        f"{source}: is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, too large for a calendar "
        "export; export only the campaign period."
    )


# --------------------------------------------------------------------------- events


@dataclass
class _Occurrence:
    """One instance of an event: its own component (SUMMARY, STATUS, TRANSP) and its times."""

    component: Component
    start: date | datetime
    end: date | datetime


class _EventAdapter(EventAdapter):
    """The rule library's view of a VEVENT, keeping the component for the instances."""

    def __init__(self, component: Component) -> None:
        super().__init__(component)
        self.source = component


class _Instance(Occurrence):
    """An instance that points at its component instead of copying it (copying 20,000
    components took most of the time of a large import)."""

    def __init__(
        self,
        adapter: _EventAdapter,
        start: date | datetime | None = None,
        end: date | datetime | timedelta | None = None,
        sequence: int = -1,
    ) -> None:
        super().__init__(adapter, start, end, sequence)
        self.source = adapter.source


class _PastWindow(Exception):
    """Raised inside dateutil once a rule has been followed past the window asked for."""


class _WindowedRule(rrule):
    """A dateutil rule whose `between` stops once it has looked past the window.

    dateutil's own `between` ends at the first instance after the window, so for a rule that has
    none ("every 30 February", "daily in February on the 30th") it searches every period up to the
    year 9999: up to half a minute per event, however small the file. dateutil rebuilds its masks
    once per period of a yearly or monthly rule, and at least once per month of the others, reading
    `_byeaster` once each time; counting those reads tells how far it has got, so the search ends
    one month past the window, when every instance inside it has been found. (A rule that uses the
    non-standard BYEASTER reads it twice and is left as it is.)
    """

    @property  # type: ignore[override]
    def _byeaster(self) -> tuple[int, ...] | None:
        left = self.__dict__.get("_rebuilds_left")
        if left is not None:
            if left <= 0:
                raise _PastWindow
            self.__dict__["_rebuilds_left"] = left - 1
        return self.__dict__["_byeaster"]

    @_byeaster.setter
    def _byeaster(self, value: tuple[int, ...] | None) -> None:
        self.__dict__["_byeaster"] = value

    def between(self, after: datetime, before: datetime, inc: bool = False, count: int = 1) -> list[datetime]:
        if self._interval < 1:  # dateutil would never advance
            raise ValueError(f"INTERVAL={self._interval} is not a whole number of at least 1")
        months = (before.year - self._dtstart.year) * 12 + before.month - self._dtstart.month
        per_rebuild = {YEARLY: 12 * self._interval, MONTHLY: self._interval}.get(self._freq, 1)
        self.__dict__["_rebuilds_left"] = max(months, 0) // per_rebuild + 3
        found = []
        try:
            for moment in self._iter():
                if moment > before or (moment == before and not inc):
                    break
                if moment > after or (moment == after and inc):
                    found.append(moment)
        except _PastWindow:
            pass
        finally:
            self.__dict__["_rebuilds_left"] = None
        return found


class _Recurrence(Series.RecurrenceRules):
    """The library's rules, made `_WindowedRule`s (`RecurrenceRules.rrulestr` is its factory)."""

    def rrulestr(self, rule_string: str) -> rrule:
        rule = super().rrulestr(rule_string)
        if type(rule) is rrule and not rule._byeaster:
            rule.__class__ = _WindowedRule
        return rule


class _Series(Series):
    """A series whose instances are `_Instance`s (the library's documented override point) and
    whose rules stop looking past the window (`_WindowedRule`)."""

    RecurrenceRules = _Recurrence

    def occurrence(
        self,
        adapter: _EventAdapter,
        start: date | datetime | None = None,
        end: date | datetime | timedelta | None = None,
    ) -> _Instance:
        return _Instance(adapter, start, end, sequence=self.sequence)


class _Notes:
    """Notes for the report, capped so that a badly broken file does not flood the screen."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._more = 0

    def add(self, line: str) -> None:
        if line in self._lines:
            return
        if len(self._lines) < MAX_NOTES:
            self._lines.append(line)
        else:
            self._more += 1

    def lines(self) -> list[str]:
        if self._more:
            return [*self._lines, f"... and {self._more} more notes like these."]
        return list(self._lines)


class _Budget:
    """Counts the work an import does, so a hostile or absurd file ends with an error, not a hang."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.occurrences = 0
        self.rule_steps = 0

    def spend_occurrence(self) -> None:
        self.occurrences += 1
        if self.occurrences > MAX_OCCURRENCES:
            raise CampaignError(
                f"{self.source}: has more than {MAX_OCCURRENCES:,} events inside the campaign "
                "period; export only the calendar of this person for that period."
            )

    def spend_rule_steps(self, steps: int, event: str) -> None:
        if steps > MAX_RULE_STEPS:
            raise CampaignError(
                f"{self.source}: the repeating event {event} repeats too often to expand "
                f"(about {steps:,} times up to the end of the campaign); shorten its repeat rule "
                "or export only the campaign period."
            )
        self.rule_steps += steps
        if self.rule_steps > MAX_TOTAL_RULE_STEPS:
            raise CampaignError(
                f"{self.source}: its repeating events are too many to expand; export only the "
                "campaign period."
            )


def campaign_window(settings: CampaignSettings) -> Interval:
    """From the first campaign day 00:00 to the day after the last, in the campaign zone (UTC)."""
    zone = settings.zone
    return Interval(
        local_wall(settings.start_date, time(0), zone),
        local_wall(settings.end_date + timedelta(days=1), time(0), zone),
    )


def _event_occurrences(
    calendars: list[Calendar],
    settings: CampaignSettings,
    window: Interval,
    notes: _Notes,
    budget: _Budget,
) -> Iterator[_Occurrence]:
    """Every instance of every readable VEVENT that touches the window (with a day of margin)."""
    query_start, query_end = window.start - _MARGIN, window.end + _MARGIN
    groups = [
        group
        for calendar in calendars
        for group in _series_groups(_usable_events(calendar, settings, notes))
    ]
    # All estimates first, so that a file that is too much fails before any work is done.
    for group in groups:
        for component in group:
            if _rrules(component) and not _is_modification(component):
                budget.spend_rule_steps(_rule_steps(component, query_end), _describe(component))
    for group in groups:
        yield from _expand(group, query_start, query_end, notes, budget)


def _usable_events(
    calendar: Calendar, settings: CampaignSettings, notes: _Notes
) -> Iterator[Component]:
    """The VEVENTs whose times can be read, after X-WR-TIMEZONE is applied; notes the others."""
    calendar = _standardised(calendar, notes)
    for event in calendar.walk("VEVENT"):
        problem = _time_problem(event)
        if problem:
            notes.add(f"Skipped the event {_describe(event)}: {problem}.")
            continue
        unknown = _unknown_tzid(event)
        if unknown:
            notes.add(
                f"The event {_describe(event)} uses the unknown time zone '{snippet(unknown, 60)}'"
                f"; its times were read as {settings.timezone}."
            )
        yield event


def _standardised(calendar: Calendar, notes: _Notes) -> Calendar:
    """Reads floating and UTC times in the calendar's X-WR-TIMEZONE, as Google means them."""
    name = _text(calendar.get("X-WR-TIMEZONE"))
    if not name:
        return calendar
    zone = zone_or_none(name)
    if zone is None:
        notes.add(f"Ignored the unknown calendar time zone X-WR-TIMEZONE '{snippet(name, 60)}'.")
        return calendar
    try:
        return x_wr_timezone.to_standard(calendar, timezone=zone)
    except Exception:  # a damaged value somewhere; read the times as written instead
        notes.add(f"Could not apply the calendar time zone {name}; times were read as written.")
        return calendar


def _time_problem(event: Component) -> str | None:
    """Why the times of an event cannot be read, or None when they can."""
    for name in TIME_PROPERTIES:
        for value in _values(event.get(name)):
            if isinstance(value, vBroken):
                return f"its {name} cannot be read ('{snippet(str(value), 60)}')"
    for name in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"):
        if isinstance(event.get(name), list):
            return f"it has more than one {name}"
    if "DTSTART" not in event:
        return "it has no start (DTSTART)"
    start = event["DTSTART"].dt
    if not isinstance(start, date):
        return "its start (DTSTART) is not a date or a date and time"
    if "DTEND" in event and not isinstance(event["DTEND"].dt, date):
        return "its end (DTEND) is not a date or a date and time"
    if "DURATION" in event and not isinstance(event["DURATION"].dt, timedelta):
        return "its DURATION is not a duration"
    return None


def _unknown_tzid(event: Component) -> str | None:
    """The TZID of a start or end that icalendar could not resolve (the time came back naive)."""
    for name in ("DTSTART", "DTEND"):
        prop = event.get(name)
        if prop is None:
            continue
        tzid = prop.params.get("TZID")
        if tzid and isinstance(prop.dt, datetime) and prop.dt.tzinfo is None:
            return str(tzid)
    return None


def _series_groups(events: Iterable[Component]) -> Iterator[list[Component]]:
    """Events grouped into series by UID; several masters with one UID each get a series."""
    by_uid: dict[str, list[Component]] = {}
    for event in events:
        uid = _text(event.get("UID")) or f"no-uid-{id(event)}"
        by_uid.setdefault(uid, []).append(event)
    for components in by_uid.values():
        masters = [c for c in components if not _is_modification(c)]
        changes = [c for c in components if _is_modification(c)]
        if len(masters) <= 1:
            yield components
        else:
            for master in masters:
                yield [master, *changes]


def _expand(
    group: list[Component], start: datetime, end: datetime, notes: _Notes, budget: _Budget
) -> list[_Occurrence]:
    """The instances of one series between start and end; a series that fails is noted instead."""
    found: list[_Occurrence] = []
    try:
        series = _Series([_EventAdapter(component) for component in group])
        for occurrence in series.between(start, end):
            budget.spend_occurrence()
            found.append(_Occurrence(occurrence.source, occurrence.start, occurrence.end))
    except CampaignError:
        raise
    except Exception as error:  # the rule library raises many kinds of errors on odd input
        notes.add(
            f"Skipped the event {_describe(group[0])}: its repeat rule cannot be expanded "
            f"({snippet(str(error), 80) or type(error).__name__})."
        )
        return []
    return found


def _rule_steps(event: Component, until: datetime) -> int:
    """About how many steps the rule library takes for the event's rules, up to `until`.

    dateutil walks a rule from DTSTART, so this counts periods from the first instance (not from
    the window), times the instances that BY-parts finer than the frequency add to each period.
    """
    first = _rough_utc(event["DTSTART"].dt)
    total = 0
    for rule in _rrules(event):
        frequency = str(_first(rule.get("FREQ")) or "").upper()
        if frequency not in _PERIOD_SECONDS:
            continue  # an unknown frequency is reported when the series is expanded
        try:
            interval = max(1, int(_first(rule.get("INTERVAL")) or 1))
            last = until
            if rule.get("UNTIL"):
                last = min(last, _rough_utc(_first(rule["UNTIL"])))
            periods = int(max(0.0, (last - first).total_seconds()) // (
                _PERIOD_SECONDS[frequency] * interval
            )) + 1
            if rule.get("COUNT"):
                periods = min(periods, max(1, int(_first(rule["COUNT"]))))
        except (TypeError, ValueError, OverflowError):
            continue
        total += periods * _instances_per_period(rule, frequency)
    return total


def _instances_per_period(rule: icalendar.vRecur, frequency: str) -> int:
    """About how many instances one period of a rule holds: BY-parts finer than FREQ expand it
    (BYDAY=MO,WE in a weekly rule gives two a week), BYSETPOS keeps a few of them."""
    level = _FREQUENCIES.index(frequency)
    count = 1
    for part, part_level in (("BYSECOND", 0), ("BYMINUTE", 1), ("BYHOUR", 2)):
        if level > part_level and rule.get(part):
            count *= len(rule[part])
    count *= _days_per_period(rule, frequency)
    if rule.get("BYSETPOS"):
        count = min(count, len(rule["BYSETPOS"]))
    return max(1, count)


def _days_per_period(rule: icalendar.vRecur, frequency: str) -> int:
    """How many days of a weekly, monthly or yearly period a rule picks (an upper bound)."""
    if frequency not in _DAYS_PER_PERIOD:
        return 1
    months = len(rule.get("BYMONTH") or []) or (12 if frequency == "YEARLY" else 1)
    weekdays = [str(day) for day in rule.get("BYDAY") or []]
    if frequency == "WEEKLY":
        return len(weekdays) or 1
    if rule.get("BYYEARDAY") or rule.get("BYWEEKNO"):
        return _DAYS_PER_PERIOD[frequency]
    if rule.get("BYMONTHDAY"):
        return len(rule["BYMONTHDAY"]) * (months if frequency == "YEARLY" else 1)
    if weekdays:
        # "2TU" is one day of the month (or year); a bare "TU" is up to 5 a month.
        per_month = sum(1 if day[:1] in "+-0123456789" else 5 for day in weekdays)
        return min(_DAYS_PER_PERIOD[frequency], per_month * months)
    return months if frequency == "YEARLY" else 1


def _rough_utc(value: date | datetime) -> datetime:
    """An instant good enough for estimates: naive and date values are taken as UTC."""
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _rrules(event: Component) -> list[icalendar.vRecur]:
    return [rule for rule in _values(event.get("RRULE")) if isinstance(rule, icalendar.vRecur)]


def _is_modification(event: Component) -> bool:
    return "RECURRENCE-ID" in event


def _blocks_time(event: Component) -> bool:
    """Whether an instance makes its person busy (see the module notes on free time)."""
    if _is_cancelled(event):
        return False
    outlook_status = _text(event.get("X-MICROSOFT-CDO-BUSYSTATUS")).upper()
    if outlook_status:
        return outlook_status not in OUTLOOK_FREE_STATUSES
    return (_text(event.get("TRANSP")) or "OPAQUE").upper() != "TRANSPARENT"


def _is_cancelled(event: Component) -> bool:
    return (_text(event.get("STATUS")) or "").upper() == "CANCELLED"


def _occurrence_interval(occurrence: _Occurrence, zone: ZoneInfo) -> Interval | None:
    """The UTC span of an instance; whole days for dates (no or an early end = one day)."""
    start, end = occurrence.start, occurrence.end
    if not isinstance(start, datetime) and not isinstance(end, datetime) and end <= start:
        end = start + timedelta(days=1)
    begin, finish = _instant(start, zone), _instant(end, zone)
    return Interval(begin, finish) if begin < finish else None


def _instant(value: date | datetime, zone: ZoneInfo) -> datetime:
    """An aware UTC instant: dates are midnight and naive times wall-clock in the campaign zone."""
    if not isinstance(value, datetime):
        return local_wall(value, time(0), zone)
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def _whole_days(occurrence: _Occurrence, zone: ZoneInfo, window: Interval) -> list[date]:
    """The campaign-zone days inside the window that an instance covers from midnight to midnight."""
    span = _occurrence_interval(occurrence, zone)
    clipped = _clip(span, window)
    if not clipped:
        return []
    covered = clipped[0]
    day = covered.start.astimezone(zone).date()
    days = []
    while local_wall(day, time(0), zone) < covered.end:
        whole = Interval(
            local_wall(day, time(0), zone), local_wall(day + timedelta(days=1), time(0), zone)
        )
        if covered.contains(whole):
            days.append(day)
        day += timedelta(days=1)
    return days


# --------------------------------------------------------------------------- free/busy


def _free_busy_intervals(
    calendar: Calendar, zone: ZoneInfo, window: Interval, notes: _Notes, budget: _Budget
) -> list[Interval]:
    """The busy periods of the VFREEBUSY blocks (FBTYPE BUSY by default; FREE is not busy)."""
    found: list[Interval] = []
    for block in calendar.walk("VFREEBUSY"):
        for period in _values(block.get("FREEBUSY")):
            if isinstance(period, vBroken) or not hasattr(period, "start"):
                notes.add(
                    f"Skipped the free/busy line '{snippet(str(period), 60)}': it cannot be read."
                )
                continue
            kind = str(period.params.get("FBTYPE", "BUSY")).upper()
            if kind == "FREE":
                continue
            budget.spend_occurrence()
            span = _period_interval(period.start, period.end, zone)
            found.extend(_clip(span, window))
    return found


def _period_interval(start: date | datetime, end: date | datetime, zone: ZoneInfo) -> Interval | None:
    begin, finish = _instant(start, zone), _instant(end, zone)
    return Interval(begin, finish) if begin < finish else None


# --------------------------------------------------------------------------- intervals


def _clip(span: Interval | None, window: Interval) -> list[Interval]:
    """The part of a span inside the window (none, or one interval)."""
    if span is None:
        return []
    start, end = max(span.start, window.start), min(span.end, window.end)
    return [Interval(start, end)] if start < end else []


def _campaign_holidays(names: dict[date, list[str]], settings: CampaignSettings) -> list[Holiday]:
    """Holidays inside the window on campaign workdays, one per date, sorted."""
    return [
        Holiday(day, ", ".join(day_names))
        for day, day_names in sorted(names.items())
        if settings.start_date <= day <= settings.end_date
        and WEEKDAYS[day.weekday()] in settings.workdays
    ]


def _english_if_supported(code: str) -> str | None:
    """Holiday names in English where the preset has them (the app speaks English)."""
    supported = getattr(holiday_calendars.country_holidays(code), "supported_languages", ())
    for language in ("en_US", "en_GB", "en"):
        if language in supported:
            return language
    return None


# --------------------------------------------------------------------------- the campaign file


@dataclass
class _Owner:
    """A member or candidate whose windows an import replaces."""

    label: str
    id: int
    window_class: type[MemberWindowRow] | type[CandidateWindowRow]
    owner_column: object

    def new_window(self, interval: Interval, source: str) -> MemberWindowRow | CandidateWindowRow:
        if self.window_class is MemberWindowRow:
            return MemberWindowRow(
                member_id=self.id, available=False, start=interval.start, end=interval.end,
                source=source,
            )
        return CandidateWindowRow(
            candidate_id=self.id, available=False, start=interval.start, end=interval.end,
            source=source,
        )


def _find_person(session: Session, person: str) -> _Owner:
    """A member by e-mail (any case) or a candidate by reference (exact, else any case)."""
    wanted = person.strip()
    key = wanted.casefold()
    for member_id, email in session.execute(select(MemberRow.id, MemberRow.email)):
        if email.casefold() == key:
            return _Owner(email, member_id, MemberWindowRow, MemberWindowRow.member_id)
    candidates = session.execute(select(CandidateRow.id, CandidateRow.reference)).all()
    exact = [(i, ref) for i, ref in candidates if ref == wanted]
    loose = [(i, ref) for i, ref in candidates if ref.casefold() == key]
    match = exact or (loose if len(loose) == 1 else [])
    if match:
        candidate_id, reference = match[0]
        return _Owner(reference, candidate_id, CandidateWindowRow, CandidateWindowRow.candidate_id)
    raise CampaignError(
        f"'{person}' is neither the e-mail of a member nor the reference of a candidate "
        "of this campaign."
    )


def _values(value: object) -> list:
    """A property that may occur once or several times, always as a list."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _first(value: object) -> object:
    values = _values(value)
    return values[0] if values else None


def _text(value: object) -> str:
    return str(value).strip() if value is not None else ""


def _describe(event: Component) -> str:
    """How a note names an event: its title and first day, which the person will recognise."""
    title = snippet(_text(event.get("SUMMARY")), 60)
    name = f"'{title}'" if title else "without a title"
    start = event.get("DTSTART")
    value = getattr(start, "dt", None) if start is not None and not isinstance(start, vBroken) else None
    if isinstance(value, date):
        return f"{name} of {value.date() if isinstance(value, datetime) else value}"
    return name
