"""VTIMEZONE blocks written as yearly rules, built from the zone database, that every client reads alike.

icalendar's own VTIMEZONEs list every transition as an RDATE. Outlook understands only observances
written as yearly rules (one RRULE with one BYDAY or one BYMONTHDAY each), and Mozilla's ical.js
(Thunderbird) was measured to misread RDATE-style zones for about half of the events around
daylight-saving changes. So this module writes what Outlook itself writes:

- the transitions of the zone are found from the zone database (`zoneinfo`) for the year before the
  first event through the year of the last one (the year before makes sure that an event in January
  lies after an observance's onset: before the first onset, a client has to guess);
- each transition becomes part of a STANDARD or DAYLIGHT observance (DAYLIGHT is the one with more
  daylight saving; Europe/Dublin's "negative" winter saving is written as STANDARD, as clients expect);
- consecutive years whose transitions share month, weekday, local time and offsets are written as ONE
  observance, `RRULE:FREQ=YEARLY;BYMONTH=m;BYDAY=-1SU` (last Sunday), `2SU` (second Sunday) ... or,
  where the weekday does not fit, `BYMONTHDAY=d`; a zone whose rules changed inside that span gets one
  observance per stretch of years, each closed by an UNTIL (in UTC, as RFC 5545 asks; a day after its
  last onset, so a client that reads UNTIL as local time still gets that onset) except the last;
- a zone without transitions in the span (Asia/Kolkata, Asia/Tokyo, UTC) gets a single STANDARD;
- DTSTART of an observance is its first onset in local time before the change (RFC 5545 3.6.5).

Offsets are whole seconds in the database; modern zones use whole minutes, which is what gets written.
"""

from __future__ import annotations

import calendar as month_calendar
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.prop import vRecur

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_SCAN_STEP = timedelta(hours=12)
_EPOCH = datetime(1970, 1, 1)


@dataclass(frozen=True)
class Transition:
    """One change of a zone's offset, at an exact UTC instant."""

    at: datetime  # aware UTC
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def local_onset(self) -> datetime:
        """The wall-clock time at which the change happens, read with the offset before it (naive)."""
        return (self.at + self.offset_from).replace(tzinfo=None)


@dataclass
class Observance:
    """Transitions of consecutive years that one yearly rule describes."""

    daylight: bool
    offset_from: timedelta
    offset_to: timedelta
    name: str
    transitions: list[Transition] = field(default_factory=list)
    rules: set[str] = field(default_factory=set)  # "BYDAY=-1SU", "BYDAY=2SU", "BYMONTHDAY=28"

    @property
    def first(self) -> Transition:
        return self.transitions[0]

    def rule(self) -> str:
        """The rule to write: 'last weekday' is what most zones use, then nth weekday, then a day."""
        for preferred in sorted(self.rules, key=_rule_preference):
            return preferred
        raise AssertionError("an observance always has a rule")


def _rule_preference(rule: str) -> tuple[int, str]:
    if rule.startswith("BYDAY=-1"):
        return (0, rule)
    if rule.startswith("BYDAY="):
        return (1, rule)
    return (2, rule)


def zone_transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[Transition]:
    """Every offset change of the zone in [start, end) (aware instants), to the second."""
    transitions = []
    cursor = start.astimezone(UTC)
    end = end.astimezone(UTC)
    offset = _offset(zone, cursor)
    while cursor < end:
        step = min(cursor + _SCAN_STEP, end)
        next_offset = _offset(zone, step)
        if next_offset != offset:
            at = _bisect(zone, cursor, step, offset)
            transitions.append(_transition(zone, at, offset))
            offset = _offset(zone, at)
            cursor = at
            continue
        cursor = step
    return transitions


def _offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    value = instant.astimezone(zone).utcoffset()
    assert value is not None
    return value


def _bisect(zone: ZoneInfo, low: datetime, high: datetime, before: timedelta) -> datetime:
    """The first second in (low, high] at which the offset is no longer `before`."""
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if middle <= low:
            middle = low + timedelta(seconds=1)
        if _offset(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high


def _transition(zone: ZoneInfo, at: datetime, before: timedelta) -> Transition:
    local = at.astimezone(zone)
    after = local.utcoffset()
    assert after is not None
    saving = local.dst() or timedelta(0)
    previous_saving = (at - timedelta(seconds=1)).astimezone(zone).dst() or timedelta(0)
    # Daylight is the observance with more saving: positive saving, or leaving a negative one
    # (Europe/Dublin calls winter time a negative saving); with no saving information, more offset.
    daylight = saving > previous_saving if saving or previous_saving else after > before
    return Transition(at, before, after, local.tzname() or "", daylight)


def _rules_for(onset: datetime) -> set[str]:
    """The yearly rules that put a change on this local day."""
    weekday = WEEKDAY_CODES[onset.weekday()]
    days_in_month = month_calendar.monthrange(onset.year, onset.month)[1]
    rules = {f"BYMONTHDAY={onset.day}"}
    nth = (onset.day - 1) // 7 + 1
    if nth <= 4:
        rules.add(f"BYDAY={nth}{weekday}")
    if onset.day > days_in_month - 7:
        rules.add(f"BYDAY=-1{weekday}")
    return rules


def observances(transitions: Iterable[Transition]) -> list[Observance]:
    """Transitions grouped into yearly rules: a group goes on while each year follows the last."""
    groups: list[Observance] = []
    open_group: dict[bool, Observance] = {}
    for transition in sorted(transitions, key=lambda t: t.at):
        onset = transition.local_onset
        rules = _rules_for(onset)
        group = open_group.get(transition.daylight)
        if group is not None:
            last = group.transitions[-1].local_onset
            same_shape = (
                group.offset_from == transition.offset_from
                and group.offset_to == transition.offset_to
                and group.name == transition.name
                and last.month == onset.month
                and last.time() == onset.time()
                and onset.year == last.year + 1
            )
            common = group.rules & rules if same_shape else set()
            if common:
                group.rules = common
                group.transitions.append(transition)
                continue
        group = Observance(
            transition.daylight, transition.offset_from, transition.offset_to, transition.name,
            [transition], rules,
        )
        groups.append(group)
        open_group[transition.daylight] = group
    return groups


@functools.lru_cache(maxsize=256)
def _transitions_of_years(name: str, start_year: int, end_year: int) -> tuple[Transition, ...]:
    start = datetime(start_year, 1, 1, tzinfo=UTC) - timedelta(days=1)
    end = datetime(end_year + 1, 1, 1, tzinfo=UTC) + timedelta(days=1)
    return tuple(zone_transitions(ZoneInfo(name), start, end))


def vtimezone(name: str, first: datetime, last: datetime) -> Timezone:
    """The VTIMEZONE of an IANA zone for events between two aware instants."""
    zone = ZoneInfo(name)
    start_year = first.astimezone(zone).year - 1
    end_year = last.astimezone(zone).year
    transitions = _transitions_of_years(name, start_year, end_year)
    component = Timezone()
    component.add("tzid", name)
    if not transitions:
        instant = first.astimezone(zone)
        offset = instant.utcoffset()
        assert offset is not None
        standard = TimezoneStandard()
        standard.add("dtstart", _EPOCH)
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", instant.tzname() or name)
        component.add_component(standard)
        return component
    groups = observances(transitions)
    last_of_kind = {}
    for group in groups:
        last_of_kind[group.daylight] = group
    for group in sorted(groups, key=lambda g: (g.daylight, g.first.at)):
        observance = TimezoneDaylight() if group.daylight else TimezoneStandard()
        observance.add("dtstart", group.first.local_onset)
        observance.add("tzoffsetfrom", group.offset_from)
        observance.add("tzoffsetto", group.offset_to)
        if group.name:
            observance.add("tzname", group.name)
        onset = group.first.local_onset
        rule: dict[str, object] = {"FREQ": "YEARLY", "BYMONTH": onset.month}
        key, value = group.rule().split("=", 1)
        rule[key] = value if key == "BYDAY" else int(value)
        ends_in_span = group.transitions[-1].at.astimezone(zone).year < end_year
        if group is not last_of_kind[group.daylight] or ends_in_span:
            # A day after the last onset: the same last instance whether a client reads UNTIL in UTC,
            # as RFC 5545 says, or (as dateutil and some others do) as local time.
            rule["UNTIL"] = group.transitions[-1].at + timedelta(days=1)
        observance.add("rrule", vRecur(rule))
        component.add_component(observance)
    return component


def vtimezones(spans: dict[str, tuple[datetime, datetime]]) -> list[Timezone]:
    """One VTIMEZONE per TZID used, each covering the events that use it, in name order."""
    return [vtimezone(name, first, last) for name, (first, last) in sorted(spans.items())]


def add_span(spans: dict[str, tuple[datetime, datetime]], name: str, start: datetime, end: datetime) -> None:
    """Widens the span of a TZID so its VTIMEZONE covers [start, end]."""
    if name in spans:
        first, last = spans[name]
        spans[name] = (min(first, start), max(last, end))
    else:
        spans[name] = (start, end)
