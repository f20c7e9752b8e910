"""The time zones a calendar file defines itself (VTIMEZONE): refused when reading them would not end.

A TZID that names no known zone (Outlook's "Customized Time Zone", a renamed copy of a real one) is
read from the file's own VTIMEZONE by dateutil, which walks each STANDARD and DAYLIGHT rule from its
DTSTART (Outlook writes 1601) up to every time it converts, keeping every change on the way. A rule
that changes every second, or every hour, never gets there: one event time then takes hours and
gigabytes. Real zones change at most twice a year, each by a yearly rule (or a list of dates), so
anything else is refused before a single time is read, in one sentence naming the zone.
"""

from __future__ import annotations

from datetime import date, datetime, time
from itertools import islice

from dateutil.rrule import rrule, rrulestr
from icalendar import Calendar, Component

from scheduler.errors import CampaignError
from scheduler.wording import snippet

# Offset changes of one STANDARD or DAYLIGHT part from its DTSTART to `LAST_YEAR`: Outlook's yearly
# rule from 1601 makes 500; each one costs a step whenever a time in the zone is read.
MAX_ZONE_CHANGES = 2_000
# Outlook writes one VTIMEZONE per zone its events use; a merged calendar a few dozen. Checking a
# zone from 1601 takes about 5 ms.
MAX_TIME_ZONES = 100
LAST_YEAR = 2100
# The weekdays of the calendar repeat every 28 years (between century years): a yearly rule's changes
# in 28 years tell how many it makes in 500.
SAMPLE_YEARS = 28
# The parts a yearly zone rule has ("the last Sunday of March", "the Sunday
# from the 8th to the 14th", Lotus Notes' "at 02:00"); BYEASTER or RSCALE have no place in a zone.
_ZONE_RULE_PARTS = {
    "FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYMONTH", "BYDAY", "BYMONTHDAY", "BYYEARDAY",
    "BYWEEKNO", "BYSETPOS", "BYHOUR", "BYMINUTE", "BYSECOND",
}


def check_time_zones(calendar: Calendar, source: str) -> None:
    """Raises one CampaignError sentence for the first VTIMEZONE whose changes cannot be bounded."""
    zones = list(calendar.walk("VTIMEZONE"))
    if len(zones) > MAX_TIME_ZONES:
        raise CampaignError(
            f"{source}: defines more than {MAX_TIME_ZONES} time zones (VTIMEZONE), too many for a "
            "calendar export; export only the campaign period."
        )
    for zone in zones:
        name = str(zone.get("TZID", "")).strip() or "(no TZID)"
        for part in zone.subcomponents:
            if part.name in ("STANDARD", "DAYLIGHT"):
                problem = _unbounded(part)
                if problem:
                    raise CampaignError(
                        f"{source}: the time zone '{snippet(name, 60)}' (VTIMEZONE) {problem}; no real "
                        "time zone does that, so the file cannot be read."
                    )


def _unbounded(part: Component) -> str | None:
    """Why reading this part's changes would not end, or take too long; None if it is fine."""
    start = getattr(part.get("DTSTART"), "dt", None)
    changes = sum(len(getattr(dates, "dts", [dates])) for dates in _values(part.get("RDATE")))
    for name in ("RRULE", "EXRULE"):
        for rule in _values(part.get(name)):
            text = _rule_text(rule)
            parts = _rule_parts(text)
            problem = _rule_problem(name, parts)
            if problem is None and isinstance(start, date):
                counted = _changes_until_last_year(text, start, _until_year(parts))
                if counted is None:
                    problem = f"changes its offset by a rule that cannot be read ({name}:{text[:40]})"
                elif counted == 0 and not _ends(parts):
                    problem = f"changes its offset by a rule that never happens before {LAST_YEAR}"
                elif name == "RRULE":
                    changes += counted
            if problem:
                return problem
    if changes > MAX_ZONE_CHANGES:
        return f"changes its offset more than {MAX_ZONE_CHANGES:,} times before {LAST_YEAR}"
    return None


def _ends(parts: dict[str, str]) -> bool:
    """Whether the rule's UNTIL stops dateutil's search by `LAST_YEAR` anyway."""
    year = _until_year(parts)
    return year is not None and year <= LAST_YEAR


def _until_year(parts: dict[str, str]) -> int | None:
    return _whole(parts.get("UNTIL", "")[:4])


def _rule_problem(name: str, parts: dict[str, str]) -> str | None:
    """What a rule says that no zone says: a frequency other than yearly, a part of another kind."""
    frequency = parts.get("FREQ", "")
    if frequency != "YEARLY":
        return f"changes its offset by a rule that is not yearly ({name}:FREQ={frequency[:20]})"
    unusual = sorted(set(parts) - _ZONE_RULE_PARTS)
    if unusual:
        return f"changes its offset by a rule with {unusual[0][:20]}"
    interval = _whole(parts.get("INTERVAL", "1"))
    if interval is None or interval < 1:
        return f"changes its offset by a rule that never moves on (INTERVAL={parts['INTERVAL'][:20]})"
    return None


def _changes_until_last_year(text: str, start: date, until_year: int | None) -> int | None:
    """At most how many changes a yearly rule makes from its DTSTART to `LAST_YEAR`, read as dateutil
    reads it; None when dateutil cannot read the rule (it would fail, or crash, on the first time
    read in the zone). The first `SAMPLE_YEARS` are counted and the rest estimated from them (a
    few milliseconds; counting all 500 years from 1601 takes 30 ms a rule). Only a rule with no
    change in its first years is followed to the end: half a second when it never happens, as
    dateutil then looks for an instance up to the year 9999, once here rather than once per zone."""
    first = start if isinstance(start, datetime) else datetime.combine(start, time())
    last_year = min(LAST_YEAR, until_year or LAST_YEAR)
    try:
        rule = rrulestr(text, dtstart=first.replace(tzinfo=None), ignoretz=True, cache=False)
        sample = _changes_by(rule, min(first.year + SAMPLE_YEARS - 1, last_year))
        years = last_year - first.year + 1
        if sample and years > SAMPLE_YEARS:
            return -(-sample * years // SAMPLE_YEARS)
        return sample if sample else _changes_by(rule, LAST_YEAR)
    except Exception:  # dateutil raises assorted errors on odd values (BYMONTH=0: an unpacking error)
        return None


def _changes_by(rule: rrule, year: int) -> int:
    """The rule's instances up to the end of `year` (at most one more than `MAX_ZONE_CHANGES`)."""
    bounded = rule.replace(count=None, until=datetime(max(1, min(year, 9999)), 12, 31, 23, 59, 59))
    return sum(1 for _ in islice(bounded, MAX_ZONE_CHANGES + 1))


def _values(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _rule_parts(text: str) -> dict[str, str]:
    """The rule's NAME=VALUE parts as written."""
    return dict(_split(item) for item in text.split(";") if item.strip())


def _rule_text(rule: object) -> str:
    """The rule as written (from icalendar's parsed form, or the raw text if it was broken)."""
    text = rule.to_ical() if hasattr(rule, "to_ical") else str(rule)
    return text.decode("utf-8", "replace") if isinstance(text, bytes) else text


def _split(item: str) -> tuple[str, str]:
    name, _, value = item.partition("=")
    return name.strip().upper(), value.strip().upper()


def _whole(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None
