"""Hostile calendar files (.ics): one sentence or a bounded result, and a refused file stores nothing.

Busy times go through the real `import-busy` command, holidays through `import`; the small files are in
corpus/calendars, the big ones (ten thousand events, half a million lines) are made here.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from dateutil.rrule import rrule, rrulestr
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from scheduler.domain import CampaignSettings
from scheduler.errors import CampaignError
from scheduler.importing import calendars
from scheduler.importing.calendars import _WindowedRule, campaign_window, read_busy_times
from tests.fuzz.support import CORPUS, bounded, ics, in_child, one_sentence, refused_and_unchanged, run

# dateutil warns about rules holding both COUNT and UNTIL, which hostile files do; the import reads them.
pytestmark = pytest.mark.filterwarnings("ignore:Using both 'count' and 'until':DeprecationWarning")

CALENDARS = CORPUS / "calendars"
PERSON = ("--person", "a.martin@example.org")
CAMPAIGN = CampaignSettings(
    name="Hostile", timezone="Europe/Brussels", start_date=date(2024, 4, 22), end_date=date(2024, 6, 14)
)
EVENT = "DTSTART:20240423T080000Z\nDTEND:20240423T090000Z"

REFUSED = {
    "binary.ics": "is not an iCalendar (.ics) file",
    "broken-lines.ics": "is a damaged iCalendar file (the line 'this line lost its name and colon'",
    "carriage-returns-only.ics": "is not an iCalendar (.ics) file",
    "cut-short.ics": "is cut short",
    "empty.ics": "is empty",
    "every-second-in-the-window.ics": "the repeating event 'Pings' of 2024-04-22 repeats too often",
    "freebusy-garbage.ics": "is a damaged iCalendar file",
    "hebrew-calendar.ics": "uses the HEBREW calendar scale",
    "secondly-since-2010.ics": "the repeating event 'Ticker' of 2010-01-01 repeats too often",
    "unbalanced.ics": "is a damaged iCalendar file",
    "unclosed-quote-param.ics": "is a damaged iCalendar file (the line 'DTSTART;TZID=",
    "vcard.ics": "is not an iCalendar (.ics) file",
    "vtimezone-impossible-offset.ics": "is a damaged iCalendar file (Offset must be less than 24 hours",
    "vtimezone-easter.ics": "the time zone 'Own Standard Time' (VTIMEZONE) changes its offset by a rule "
    "with BYEASTER; no real time zone does that",
    "vtimezone-every-minute-of-a-day.ics": "changes its offset more than 2,000 times before 2100",
    "vtimezone-every-second.ics": "the time zone 'Evil' (VTIMEZONE) changes its offset by a rule that is "
    "not yearly (RRULE:FREQ=SECONDLY)",
    "vtimezone-never-changes.ics": "changes its offset by a rule that never happens before 2100",
    "vtimezone-unreadable-rule.ics": "changes its offset by a rule that cannot be read "
    "(RRULE:FREQ=YEARLY;BYDAY=1MO;BYMONTH=0)",
    "vtimezone-outlook-every-second.ics": "changes its offset by a rule that is not yearly "
    "(RRULE:FREQ=SECONDLY)",
    "vtimezones-by-the-hundred.ics": "defines more than 100 time zones (VTIMEZONE)",
}
# Read: how many busy times are stored, and what the notes must say (an event that cannot be read is
# skipped and named; the rest of the file still counts).
READ = {
    "bidi-summary.ics": (1, []),
    "blank-lines.ics": (1, []),
    "dates-out-of-range.ics": (0, ["'Long' of 2024-04-23: its DURATION cannot be read",
                                   "'Not a date': its DTSTART cannot be read"]),
    "deep-calendar-nesting.ics": (0, []),
    "deep-nesting.ics": (0, ["it has no start (DTSTART)"]),
    "end-vevent-in-summary.ics": (1, []),
    "impossible-rules.ics": (1, []),
    "interval-zero.ics": (1, ["'Stuck' of 2024-04-23: its repeat rule cannot be expanded (INTERVAL=0",
                              "'Backwards' of 2024-04-23: its repeat rule cannot be expanded (INTERVAL=-3"]),
    "line-feeds-only.ics": (1, []),
    "nul-and-escape.ics": (1, []),
    "odd-rule-values.ics": (1, ["its RRULE cannot be read ('FREQ=DAILY;COUNT=999999999999999999999')",
                                "its repeat rule cannot be expanded"]),
    "rrules-by-the-thousand.ics": (53, []),
    "unknown-tzid.ics": (1, ["uses the unknown time zone 'Mars/Olympus_Mons'; its times were read as"]),
    "utf16.ics": (1, []),
    "vtimezone-lotus-notes.ics": (1, []),
    "vtimezone-lying-about-brussels.ics": (1, []),
    "windows-1252.ics": (1, []),
    "x-wr-timezone-junk.ics": (
        1, ["Ignored the unknown calendar time zone X-WR-TIMEZONE '../../../etc/passwd'"]),
}


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(p.name for p in CALENDARS.iterdir()) == sorted([*REFUSED, *READ])
    assert all(p.stat().st_size < 200_000 for p in CALENDARS.iterdir())


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_calendar_is_refused_in_one_sentence_and_stores_nothing(campaign: Path, name: str) -> None:
    path = CALENDARS / name
    with bounded(seconds=20, megabytes=None):
        outcome = refused_and_unchanged(campaign, "import-busy", campaign, *PERSON, path, prefix=f"{path}: ")
    assert REFUSED[name] in outcome.err


@pytest.mark.parametrize("name", sorted(READ))
def test_a_hostile_calendar_that_can_be_read_gives_bounded_busy_times(campaign: Path, name: str) -> None:
    path = CALENDARS / name
    added, notes = READ[name]
    with bounded(seconds=20, megabytes=None):
        outcome = run("import-busy", campaign, *PERSON, path)
    assert outcome.code == 0, outcome
    busy_times = "busy time" if added == 1 else "busy times"
    assert outcome.out.startswith(f"{path}: {added} {busy_times} added"), outcome.out
    for note in notes:
        assert note in outcome.out, (note, outcome.out)
    for line in outcome.out.splitlines():
        one_sentence(line)
    result = read_busy_times(path.read_bytes(), CAMPAIGN, source=name)
    window = campaign_window(CAMPAIGN)
    assert all(window.contains(interval) for interval in result.intervals)
    assert len(result.notes) <= calendars.MAX_NOTES + 1


def test_holiday_names_are_kept_as_typed(campaign: Path) -> None:
    outcome = run("import", campaign, CALENDARS / "bidi-summary.ics")
    assert outcome.code == 0 and "1 holiday added" in outcome.out
    holidays = calendars.holidays_from_ics((CALENDARS / "bidi-summary.ics").read_bytes(), CAMPAIGN)
    assert [h.name for h in holidays] == ["\u202eexe.gnp Holiday"]


# --------------------------------------------------------------------------------------------------
# Big files, made at test time


def test_ten_thousand_events_are_read_in_bounded_time_and_memory() -> None:
    events = [f"SUMMARY:e{i}\nDTSTART:202405{1 + i % 28:02d}T{8 + i % 9:02d}{i % 60:02d}00Z\nDURATION:PT5M"
              for i in range(10_000)]
    content = ics(*events)
    text = in_child(lambda: len(read_busy_times(content, CAMPAIGN, source="busy.ics").intervals),
                    seconds=30, megabytes=300)
    assert text.startswith("ok: ") and int(text[4:]) > 1000


def test_more_than_20_000_instances_in_the_window_are_refused(campaign: Path, tmp_path: Path) -> None:
    path = tmp_path / "pings.ics"
    path.write_bytes(ics("SUMMARY:Pings\nDTSTART:20240422T000000Z\nDURATION:PT10S\n"
                         "RRULE:FREQ=MINUTELY;BYSECOND=0,30"))
    with bounded(seconds=20, megabytes=None):
        refused_and_unchanged(campaign, "import-busy", campaign, *PERSON, path,
                              prefix=f"{path}: has more than 20,000 events inside the campaign period")


@pytest.mark.parametrize(
    ("what", "body"),
    [
        ("lines", EVENT + "\n" + "X-A:a\n" * 600_000),
        ("dates", EVENT + "\nRDATE:" + ",".join(["20230101T000000Z"] * 600_000)),
        ("categories", EVENT + "\nCATEGORIES:" + ",".join(["a"] * 600_000)),
        ("components", "\n".join(["BEGIN:X-A", "END:X-A"] * 300_000) + "\n" + EVENT),
    ],
)
def test_half_a_million_lines_or_list_values_are_refused_before_parsing(
    campaign: Path, tmp_path: Path, what: str, body: str
) -> None:
    path = tmp_path / f"{what}.ics"
    path.write_bytes(ics(body))
    with bounded(seconds=20, megabytes=200):
        refused_and_unchanged(campaign, "import-busy", campaign, *PERSON, path,
                              prefix=f"{path}: has more than 500,000 lines and dates")


def test_deep_nesting_takes_bounded_time() -> None:
    depth = 30_000
    content = ("BEGIN:VCALENDAR\r\n" + "BEGIN:X-A\r\n" * depth + "END:X-A\r\n" * depth
               + "END:VCALENDAR\r\n").encode()
    text = in_child(lambda: read_busy_times(content, CAMPAIGN, source="deep.ics").intervals,
                    seconds=30, megabytes=300)
    assert text == "ok: []"


@pytest.mark.parametrize("frequency", ["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY"])
def test_rules_that_never_happen_again_end_with_the_window(frequency: str) -> None:
    """dateutil alone searches to the year 9999 for the next instance: up to half a minute per event."""
    events = [f"SUMMARY:Never\nDTSTART:20240423T080000Z\nDURATION:PT1H\n"
              f"RRULE:FREQ={frequency};BYMONTH=2;BYMONTHDAY=30" for _ in range(10)]
    with bounded(seconds=10, megabytes=None):
        result = read_busy_times(ics(*events), CAMPAIGN, source="never.ics")
    assert [(i.start, i.end) for i in result.intervals] == [
        (datetime(2024, 4, 23, 8, tzinfo=UTC), datetime(2024, 4, 23, 9, tzinfo=UTC))]


@pytest.mark.slow
def test_fifty_megabytes_of_calendar_text_stay_in_bounds() -> None:
    content = ics("SUMMARY:" + "x" * 45_000_000 + "\n" + EVENT)
    text = in_child(lambda: len(read_busy_times(content, CAMPAIGN, source="big.ics").intervals),
                    seconds=120, megabytes=800)
    assert text == "ok: 1"


# --------------------------------------------------------------------------------------------------
# Generated repeat rules

FREQUENCIES = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY"]


@st.composite
def repeat_rules(draw: st.DrawFn, frequencies: list[str] = FREQUENCIES) -> str:
    parts = [f"FREQ={draw(st.sampled_from(frequencies))}"]
    numbers = st.lists(st.integers(-400, 400), min_size=1, max_size=4)
    small = {
        "INTERVAL": st.integers(-2, 40).map(str),
        "COUNT": st.integers(-1, 5000).map(str),
        "BYMONTH": numbers.map(lambda v: ",".join(str(x % 14) for x in v)),
        "BYMONTHDAY": numbers.map(lambda v: ",".join(str(x % 33) for x in v)),
        "BYYEARDAY": numbers.map(lambda v: ",".join(map(str, v))),
        "BYWEEKNO": numbers.map(lambda v: ",".join(str(x % 55) for x in v)),
        "BYDAY": st.lists(st.tuples(st.sampled_from(["", "1", "-1", "2", "5", "-5", "53"]),
                                    st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])),
                          min_size=1, max_size=3).map(lambda v: ",".join(n + d for n, d in v)),
        "BYHOUR": numbers.map(lambda v: ",".join(str(x % 25) for x in v)),
        "BYMINUTE": numbers.map(lambda v: ",".join(str(x % 61) for x in v)),
        "BYSETPOS": numbers.map(lambda v: ",".join(map(str, v))),
        "UNTIL": st.sampled_from(["20240501T000000Z", "20000101T000000Z", "20240601", "99991231T235959Z"]),
    }
    for name in draw(st.lists(st.sampled_from(sorted(small)), unique=True, max_size=4)):
        parts.append(f"{name}={draw(small[name])}")
    return ";".join(parts)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule=repeat_rules(), start=st.sampled_from(["20240423T080000Z", "20230101T000000", "20240301"]))
def test_any_repeat_rule_gives_busy_times_or_one_sentence_in_bounded_time(rule: str, start: str) -> None:
    kind = ";VALUE=DATE" if len(start) == 8 else ""
    body = f"SUMMARY:Fuzz\nDTSTART{kind}:{start}\nDURATION:PT30M\nRRULE:{rule}"
    started = time.perf_counter()
    try:
        result = read_busy_times(ics(body), CAMPAIGN, source="fuzz.ics")
    except CampaignError as error:
        one_sentence(str(error), "fuzz.ics: ")
        return
    finally:
        assert time.perf_counter() - started < 10, rule
    window = campaign_window(CAMPAIGN)
    assert all(window.contains(interval) for interval in result.intervals)


OWN_ZONE = (
    "BEGIN:VTIMEZONE\nTZID:Own Standard Time\nBEGIN:STANDARD\nDTSTART:{year}1028T030000\nTZOFFSETFROM:+0200\n"
    "TZOFFSETTO:+0100\nRRULE:{rule}\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:{year}0325T020000\n"
    "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
)
# Fifty mornings: fifty times read in the zone, each a walk through its changes.
IN_OWN_ZONE = ("SUMMARY:Standup\nDTSTART;TZID=Own Standard Time:20240423T080000\n"
               "DTEND;TZID=Own Standard Time:20240423T081500\nRRULE:FREQ=DAILY;COUNT=50")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule=repeat_rules(), year=st.sampled_from(["1601", "1970", "2024", "0001"]))
def test_any_rule_of_a_files_own_time_zone_gives_busy_times_or_one_sentence(rule: str, year: str) -> None:
    """dateutil walks a zone's rules from their DTSTART each time it reads a time in the zone."""
    content = ics(IN_OWN_ZONE, header=OWN_ZONE.format(rule=rule, year=year))
    text = in_child(lambda: len(read_busy_times(content, CAMPAIGN, source="zone.ics").intervals),
                    seconds=10, megabytes=300)
    if text.startswith("refused: "):
        one_sentence(text.removeprefix("refused: "), "zone.ics: ")
    else:
        assert text.startswith("ok: "), text


def test_a_files_own_time_zone_is_read_as_it_defines_itself() -> None:
    """Outlook's 1601 zone and Lotus Notes' "at 02:00" zone both put 08:00 in April at UTC+2."""
    outlook = "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
    lotus = "FREQ=YEARLY;BYMINUTE=0;BYHOUR=3;BYDAY=-1SU;BYMONTH=10"
    for rule in (outlook, lotus):
        content = ics(IN_OWN_ZONE, header=OWN_ZONE.format(rule=rule, year="1601"))
        intervals = read_busy_times(content, CAMPAIGN, source="zone.ics").intervals
        assert intervals[0].start == datetime(2024, 4, 23, 6, tzinfo=UTC)
        assert len(intervals) == 50  # fifty mornings, all inside the campaign window


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.filter_too_much])
@given(rule=repeat_rules(FREQUENCIES[:4]), start=st.datetimes(datetime(2023, 1, 1), datetime(2024, 6, 1)),
       days=st.integers(1, 120))
def test_a_windowed_rule_finds_exactly_what_dateutil_finds(rule: str, start: datetime, days: int) -> None:
    """The bounded search gives the same instances as dateutil's own, whenever dateutil's ends."""
    try:
        plain = rrulestr(rule, dtstart=start, cache=False)
    except (ValueError, TypeError, OverflowError):
        assume(False)
    assume(type(plain) is rrule and plain._interval >= 1)
    after = datetime(2024, 4, 22)
    before = after + timedelta(days=days)
    windowed = rrulestr(rule, dtstart=start, cache=False)
    windowed.__class__ = _WindowedRule
    try:
        beyond = windowed.between(before, before + timedelta(days=2 * 366), inc=False)
    except Exception:  # dateutil's own errors on odd rules (the import notes them and skips the event)
        assume(False)
    # dateutil's between ends at the first instance after the window (or at COUNT or UNTIL): if the
    # windowed search sees none in the two years after, dateutil might search to the year 9999.
    assume(beyond or plain._count is not None or (plain._until is not None and plain._until < before))
    started = time.perf_counter()
    try:
        expected = plain.between(after, before, inc=True)
    except Exception:
        assume(False)
    assume(time.perf_counter() - started < 2)
    assert windowed.between(after, before, inc=True) == expected


HOSTILE_LINES = st.sampled_from([
    "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VTIMEZONE", "END:VCALENDAR", "BEGIN:VALARM", "RRULE:FREQ=SECONDLY",
    "RRULE:FREQ=DAILY;INTERVAL=0", "EXDATE:20240423T080000Z", "RDATE:20240424T080000Z,garbage",
    "DTSTART;TZID=Nowhere/Atlantis:20240423T080000", "DTSTART;VALUE=DATE:20240230", "DURATION:-P1D",
    "DTEND:20240423T070000Z", "RECURRENCE-ID:20240423T080000Z", "STATUS:CANCELLED", "TRANSP:TRANSPARENT",
    "X-MICROSOFT-CDO-BUSYSTATUS:OOF", "UID:", "SUMMARY:\x00\x1b[2J", "X:" + "y" * 5000, ";:", ":", " folded",
    "DTSTART:99999999T999999Z", "TZOFFSETTO:+2500", "DTSTART:20240424T080000Z", "DURATION:PT1H",
    "CALSCALE:JULIAN", "X-WR-TIMEZONE:Europe/Nowhere",
])


@settings(max_examples=80, deadline=None)
@given(inserts=st.lists(st.tuples(st.integers(0, 40), HOSTILE_LINES), min_size=1, max_size=6))
def test_hostile_lines_anywhere_give_busy_times_or_one_sentence(inserts: list[tuple[int, str]]) -> None:
    lines = ics(f"SUMMARY:Weekly\n{EVENT}\nRRULE:FREQ=WEEKLY;COUNT=20", "SUMMARY:Other\n" + EVENT,
                header="X-WR-TIMEZONE:Europe/Brussels").decode().split("\r\n")
    for position, line in inserts:
        lines.insert(min(position, len(lines) - 2), line)
    content = "\r\n".join(lines).encode()
    try:
        with bounded(seconds=10, megabytes=None):
            result = read_busy_times(content, CAMPAIGN, source="hostile.ics")
    except CampaignError as error:
        one_sentence(str(error), "hostile.ics: ")
        return
    window = campaign_window(CAMPAIGN)
    assert all(window.contains(interval) for interval in result.intervals)
    assert all("\n" not in note and note.isprintable() for note in result.notes)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(inserts=st.lists(st.tuples(st.integers(0, 12), HOSTILE_LINES), min_size=1, max_size=4))
def test_a_failed_import_busy_stores_nothing(campaign: Path, tmp_path: Path, inserts) -> None:
    lines = ics("SUMMARY:Busy\n" + EVENT).decode().split("\r\n")
    for position, line in inserts:
        lines.insert(min(position, len(lines) - 2), line)
    path = tmp_path / "hostile.ics"
    path.write_bytes("\r\n".join(lines).encode())
    before = campaign.read_bytes()
    outcome = run("import-busy", campaign, *PERSON, path)
    assert outcome.code in (0, 1) and "Unexpected error" not in outcome.err, outcome
    if outcome.code == 1:
        assert campaign.read_bytes() == before
        one_sentence(outcome.err.strip(), f"{path}: ")
