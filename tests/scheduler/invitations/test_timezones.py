"""VTIMEZONEs as yearly rules: the shape Outlook needs, and offsets an independent reader agrees with."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.tz import tzical
from icalendar import Calendar

from scheduler.invitations.timezones import vtimezone

ZONES = [
    "Europe/Brussels",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Asia/Tokyo",
    "Australia/Lord_Howe",  # half-hour daylight saving
    "Europe/Dublin",  # winter time is a "negative" saving in the zone database
    "America/Santiago",  # changes at local midnight
    "Asia/Kathmandu",  # +05:45
    "UTC",
]
YEAR_2024 = (datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 12, 31, 23, tzinfo=UTC))


def _text(name: str, first: datetime, last: datetime) -> str:
    return vtimezone(name, first, last).to_ical().decode()


def _dateutil_zone(text: str):
    return tzical(io.StringIO(text)).get()


def _instants(first: datetime, last: datetime, step: timedelta):
    moment = first
    while moment <= last:
        yield moment
        moment += step


def _transition_instants(name: str, first: datetime, last: datetime):
    """Each instant where the zone's offset changes, and a second on either side of it."""
    zone = ZoneInfo(name)
    previous = None
    for moment in _instants(first, last, timedelta(minutes=30)):
        offset = moment.astimezone(zone).utcoffset()
        if previous is not None and offset != previous:
            for delta in (-1, 0, 1):
                yield moment + timedelta(seconds=delta)
            for seconds in range(-1800, 1, 60):
                yield moment + timedelta(seconds=seconds)
        previous = offset


@pytest.mark.parametrize("name", ZONES)
def test_every_observance_is_one_yearly_rule_without_rdate(name: str) -> None:
    text = _text(name, *YEAR_2024)
    assert "RDATE" not in text
    observances = re.findall(r"BEGIN:(STANDARD|DAYLIGHT)\r\n(.*?)END:\1", text, re.S)
    assert observances
    for _kind, body in observances:
        rules = re.findall(r"^RRULE:(.*)$", body, re.M)
        if len(observances) == 1:
            assert rules == []  # no daylight saving: one STANDARD, nothing recurs
            continue
        assert len(rules) == 1
        parts = dict(p.split("=") for p in rules[0].strip().split(";"))
        assert parts["FREQ"] == "YEARLY"
        assert "BYMONTH" in parts
        assert ("BYDAY" in parts) != ("BYMONTHDAY" in parts)
        assert "," not in parts.get("BYDAY", "") and "," not in parts.get("BYMONTHDAY", "")


def test_zones_without_daylight_saving_get_a_single_standard() -> None:
    for name, offset in (("Asia/Kolkata", "+0530"), ("Asia/Tokyo", "+0900"), ("UTC", "+0000")):
        text = _text(name, *YEAR_2024)
        assert text.count("BEGIN:STANDARD") == 1 and "DAYLIGHT" not in text
        assert f"TZOFFSETTO:{offset}" in text and f"TZOFFSETFROM:{offset}" in text


def test_brussels_is_written_as_outlook_writes_it() -> None:
    text = _text("Europe/Brussels", *YEAR_2024)
    assert "BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n" in text
    assert "BEGIN:STANDARD\r\nDTSTART:20231029T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n" in text
    assert "UNTIL" not in text


@pytest.mark.parametrize("name", ZONES)
def test_dateutil_reads_the_same_offsets_as_the_zone_database(name: str) -> None:
    first, last = YEAR_2024
    reader = _dateutil_zone(_text(name, first, last))
    zone = ZoneInfo(name)
    moments = [*_instants(first, last, timedelta(hours=1)), *_transition_instants(name, first, last)]
    for moment in moments:
        local = moment.astimezone(zone).replace(tzinfo=None)
        if local.replace(tzinfo=zone, fold=1).utcoffset() != local.replace(tzinfo=zone).utcoffset():
            continue  # the repeated hour when clocks go back is ambiguous as wall-clock time
        if moment.astimezone(zone).replace(tzinfo=None).replace(tzinfo=zone).astimezone(UTC) != moment:
            continue
        assert local.replace(tzinfo=reader).utcoffset() == moment.astimezone(zone).utcoffset(), (name, moment)


def test_a_rule_change_inside_the_span_gives_closed_observances_that_still_read_right() -> None:
    # The United States moved their changes in 2007 (first Sunday of April -> second Sunday of March).
    first, last = datetime(2007, 1, 1, tzinfo=UTC), datetime(2008, 12, 31, tzinfo=UTC)
    text = _text("America/New_York", first, last)
    assert "RDATE" not in text
    assert text.count("BEGIN:DAYLIGHT") == 2 and text.count("UNTIL=") == 2
    assert "BYDAY=1SU;BYMONTH=4" in text and "BYDAY=2SU;BYMONTH=3" in text
    reader = _dateutil_zone(text)
    zone = ZoneInfo("America/New_York")
    for moment in _instants(datetime(2006, 1, 1, tzinfo=UTC), last, timedelta(hours=6)):
        local = moment.astimezone(zone).replace(tzinfo=None)
        assert local.replace(tzinfo=reader).utcoffset() == moment.astimezone(zone).utcoffset(), moment


def test_icalendar_reads_the_rules_back_too() -> None:
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n" + _text("Australia/Sydney", *YEAR_2024)
    text += "END:VCALENDAR\r\n"
    timezone = Calendar.from_ical(text).walk("VTIMEZONE")[0]
    assert {c.name for c in timezone.subcomponents} == {"STANDARD", "DAYLIGHT"}
