"""Calendar import: busy times from real-world exports, holidays, and messy files."""

from __future__ import annotations

import os
import time as clock
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from scheduler.domain import CampaignSettings, Holiday, Interval
from scheduler.errors import CampaignError
from scheduler.importing import calendars
from scheduler.importing.calendars import (
    busy_intervals,
    holidays_for_country,
    holidays_from,
    holidays_from_ics,
    import_busy,
    import_holidays,
    read_busy_times,
    read_calendar_file,
)
from scheduler.store.database import CampaignFile
from scheduler.store.models import CandidateRow, CandidateWindowRow, HolidayRow, MemberWindowRow

CALENDARS = Path(__file__).parents[1] / "fixtures" / "calendars"
CAMPAIGN = CampaignSettings(
    name="AI Office - first hiring round",
    timezone="Europe/Brussels",
    start_date=date(2024, 4, 22),
    end_date=date(2024, 6, 14),
)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def span(start: tuple[int, ...], end: tuple[int, ...]) -> Interval:
    return Interval(utc(*start), utc(*end))


def ics(*events: str, header: str = "") -> bytes:
    """A small calendar around the given VEVENT bodies (CRLF line ends, as the standard says)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tests//EN"]
    lines += [line for line in header.splitlines() if line.strip()]
    for number, body in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:event-{number}@tests"]
        lines += [line.strip() for line in body.strip().splitlines()]
        lines += ["END:VEVENT"]
    lines += ["END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def busy_of(name: str) -> list[Interval]:
    return busy_intervals((CALENDARS / name).read_bytes(), CAMPAIGN, source=name)


# --------------------------------------------------------------------------- recurrences


def test_google_weekly_series_with_exdate_moved_and_cancelled_instances() -> None:
    assert busy_of("google-bjorn.ics") == [
        span((2024, 4, 22, 12), (2024, 4, 22, 13)),  # Monday 14:00 CEST; earlier weeks left out
        span((2024, 4, 29, 12), (2024, 4, 29, 13)),
        span((2024, 5, 2, 7), (2024, 5, 2, 8, 30)),  # Dentist, written in UTC
        span((2024, 5, 7, 14), (2024, 5, 7, 15)),  # 6 May moved to Tuesday 16:00 (RECURRENCE-ID)
        # 13 May: the instance was cancelled; 20 May: EXDATE; 27 May: "Working from home" is free
        span((2024, 5, 27, 12), (2024, 5, 27, 13)),
        span((2024, 6, 3, 7), (2024, 6, 3, 7, 30)),  # Release stand-up, DAILY;COUNT=3
        span((2024, 6, 3, 12), (2024, 6, 3, 13)),
        span((2024, 6, 4, 7), (2024, 6, 4, 7, 30)),
        span((2024, 6, 5, 7), (2024, 6, 5, 7, 30)),
        span((2024, 6, 10, 12), (2024, 6, 10, 13)),  # the cancelled vendor demo blocks nothing
    ]


def test_unbounded_rule_from_long_ago_terminates_and_stays_in_the_window() -> None:
    content = ics(
        """
        SUMMARY:Daily check-in
        DTSTART;TZID=Europe/Brussels:20000103T083000
        DTEND;TZID=Europe/Brussels:20000103T084500
        RRULE:FREQ=DAILY
        """
    )
    started = clock.monotonic()
    busy = busy_intervals(content, CAMPAIGN)
    assert clock.monotonic() - started < 10
    assert len(busy) == (CAMPAIGN.end_date - CAMPAIGN.start_date).days + 1
    assert busy[0] == span((2024, 4, 22, 6, 30), (2024, 4, 22, 6, 45))
    assert busy[-1] == span((2024, 6, 14, 6, 30), (2024, 6, 14, 6, 45))


def test_rdate_adds_instances_and_exdate_removes_them() -> None:
    content = ics(
        """
        SUMMARY:Board
        DTSTART:20240423T080000Z
        DTEND:20240423T090000Z
        RRULE:FREQ=WEEKLY;COUNT=3
        RDATE:20240502T120000Z
        EXDATE:20240430T080000Z
        """
    )
    assert busy_intervals(content, CAMPAIGN) == [
        span((2024, 4, 23, 8), (2024, 4, 23, 9)),
        span((2024, 5, 2, 12), (2024, 5, 2, 13)),
        span((2024, 5, 7, 8), (2024, 5, 7, 9)),
    ]


def test_a_repeat_rule_that_would_take_too_long_is_refused_quickly() -> None:
    content = ics("SUMMARY:Ticker\nDTSTART:20100101T000000Z\nDURATION:PT1S\nRRULE:FREQ=SECONDLY")
    started = clock.monotonic()
    with pytest.raises(CampaignError, match="repeats too often") as caught:
        busy_intervals(content, CAMPAIGN, source="ticker.ics")
    assert clock.monotonic() - started < 5
    assert str(caught.value).startswith("ticker.ics: ")


def test_too_many_instances_inside_the_window_are_refused() -> None:
    content = ics(
        "SUMMARY:Pings\nDTSTART:20240422T000000Z\nDURATION:PT10S\n"
        "RRULE:FREQ=MINUTELY;BYSECOND=0,30"
    )
    with pytest.raises(CampaignError, match="more than 20,000 events"):
        busy_intervals(content, CAMPAIGN, source="pings.ics")


# --------------------------------------------------------------------------- free and busy


def test_transparent_and_cancelled_events_block_nothing() -> None:
    content = ics(
        "SUMMARY:Optional\nDTSTART:20240423T080000Z\nDTEND:20240423T090000Z\nTRANSP:TRANSPARENT",
        "SUMMARY:Called off\nDTSTART:20240424T080000Z\nDTEND:20240424T090000Z\nSTATUS:CANCELLED",
        "SUMMARY:Maybe\nDTSTART:20240425T080000Z\nDTEND:20240425T090000Z\nSTATUS:TENTATIVE",
    )
    assert busy_intervals(content, CAMPAIGN) == [span((2024, 4, 25, 8), (2024, 4, 25, 9))]


def test_cancelled_master_cancels_the_whole_series() -> None:
    content = ics(
        "SUMMARY:Old series\nDTSTART:20240423T080000Z\nDTEND:20240423T090000Z\n"
        "RRULE:FREQ=WEEKLY\nSTATUS:CANCELLED"
    )
    assert busy_intervals(content, CAMPAIGN) == []


def test_outlook_show_as_status_decides_over_transp() -> None:
    content = ics(
        "SUMMARY:Leave\nDTSTART;VALUE=DATE:20240423\nTRANSP:TRANSPARENT\n"
        "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
        "SUMMARY:Remote day\nDTSTART;VALUE=DATE:20240424\nTRANSP:OPAQUE\n"
        "X-MICROSOFT-CDO-BUSYSTATUS:WORKINGELSEWHERE",
    )
    assert busy_intervals(content, CAMPAIGN) == [span((2024, 4, 22, 22), (2024, 4, 23, 22))]


def test_all_day_leave_blocks_whole_brussels_days() -> None:
    busy = busy_of("outlook-anne.ics")
    # Annual leave, DTSTART 21 May, DTEND 24 May (exclusive): 21, 22 and 23 May in Brussels.
    leave = [i for i in busy if i.start == utc(2024, 5, 20, 22)]
    assert leave == [span((2024, 5, 20, 22), (2024, 5, 23, 22))]


def test_all_day_event_without_end_is_one_day_and_multi_day_events_are_whole_days() -> None:
    content = ics(
        "SUMMARY:Day off\nDTSTART;VALUE=DATE:20240502",
        "SUMMARY:Trip\nDTSTART;VALUE=DATE:20240612\nDTEND;VALUE=DATE:20240620",
    )
    assert busy_intervals(content, CAMPAIGN) == [
        span((2024, 5, 1, 22), (2024, 5, 2, 22)),
        span((2024, 6, 11, 22), (2024, 6, 14, 22)),  # clipped at the end of the campaign
    ]


def test_events_starting_before_the_window_are_clipped() -> None:
    busy = busy_of("thunderbird-celine.ics")
    assert busy[0] == span((2024, 4, 21, 22), (2024, 4, 22, 10))


def test_thunderbird_tentative_floating_duration_and_zero_length_events() -> None:
    assert busy_of("thunderbird-celine.ics") == [
        span((2024, 4, 21, 22), (2024, 4, 22, 10)),  # course that began on 19 April
        span((2024, 4, 23, 6, 30), (2024, 4, 23, 7, 30)),  # tentative doctor still blocks
        span((2024, 4, 24, 11), (2024, 4, 24, 13, 30)),  # floating 13:00 Brussels, PT2H30M
        # the reminder (DTEND = DTSTART) and the call without DTEND last no time
        span((2024, 6, 2, 22), (2024, 6, 7, 22)),  # training week, all day
    ]


# --------------------------------------------------------------------------- time zones


def test_outlook_windows_zone_names_and_custom_zone() -> None:
    busy = busy_of("outlook-anne.ics")
    # Unit meeting, Tuesdays 10:00-11:30 "Romance Standard Time"; 30 April is an EXDATE.
    assert span((2024, 4, 23, 8), (2024, 4, 23, 9, 30)) in busy
    assert not any(i.start.date() == date(2024, 4, 30) for i in busy)
    assert span((2024, 5, 7, 8), (2024, 5, 7, 9, 30)) in busy
    # "W. Europe Standard Time" without a VTIMEZONE is Europe/Berlin.
    assert span((2024, 4, 25, 12), (2024, 4, 25, 13, 30)) in busy
    # "Customized Time Zone" defined in the file as +05:30.
    assert span((2024, 4, 26, 4, 30), (2024, 4, 26, 6)) in busy
    # The free lunch talk on 29 April blocks nothing.
    assert not any(i.start.date() == date(2024, 4, 29) for i in busy)


def test_custom_zone_of_one_file_does_not_leak_into_the_next() -> None:
    def with_custom_zone(offset: str) -> bytes:
        zone = (
            "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\nBEGIN:STANDARD\n"
            f"DTSTART:16010101T000000\nTZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\n"
            "END:STANDARD\nEND:VTIMEZONE"
        )
        return ics(
            "DTSTART;TZID=Customized Time Zone:20240424T100000\n"
            "DTEND;TZID=Customized Time Zone:20240424T110000",
            header=zone,
        )

    assert busy_intervals(with_custom_zone("+0530"), CAMPAIGN) == [
        span((2024, 4, 24, 4, 30), (2024, 4, 24, 5, 30))
    ]
    assert busy_intervals(with_custom_zone("-0300"), CAMPAIGN) == [
        span((2024, 4, 24, 13), (2024, 4, 24, 14))
    ]


def test_utc_and_floating_times() -> None:
    content = ics(
        "DTSTART:20240423T080000Z\nDTEND:20240423T090000Z",
        "DTSTART:20240424T080000\nDTEND:20240424T090000",  # floating: Brussels wall clock
    )
    assert busy_intervals(content, CAMPAIGN) == [
        span((2024, 4, 23, 8), (2024, 4, 23, 9)),
        span((2024, 4, 24, 6), (2024, 4, 24, 7)),
    ]


def test_floating_times_follow_the_calendars_x_wr_timezone() -> None:
    content = ics(
        "DTSTART:20240424T080000\nDTEND:20240424T090000", header="X-WR-TIMEZONE:America/New_York"
    )
    assert busy_intervals(content, CAMPAIGN) == [span((2024, 4, 24, 12), (2024, 4, 24, 13))]


def test_old_thunderbird_globally_unique_tzid(recwarn: pytest.WarningsRecorder) -> None:
    content = ics(
        "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Brussels:20240423T100000\n"
        "DTEND;TZID=/mozilla.org/20050126_1/Europe/Brussels:20240423T110000"
    )
    assert busy_intervals(content, CAMPAIGN) == [span((2024, 4, 23, 8), (2024, 4, 23, 9))]
    assert not [w for w in recwarn if "TZID" in str(w.message)]


def test_unknown_tzid_is_read_in_the_campaign_zone_and_noted() -> None:
    content = ics(
        "SUMMARY:Trip\nDTSTART;TZID=Mars Standard Time:20240424T100000\n"
        "DTEND;TZID=Mars Standard Time:20240424T110000"
    )
    result = read_busy_times(content, CAMPAIGN)
    assert result.intervals == [span((2024, 4, 24, 8), (2024, 4, 24, 9))]
    assert any("Mars Standard Time" in note for note in result.notes)


def test_times_across_the_dst_change_give_the_right_instants() -> None:
    spring = CampaignSettings("Spring", "Europe/Brussels", date(2024, 3, 25), date(2024, 4, 5))
    content = ics(
        # Night shift across the change of 31 March: 01:00 CET to 04:00 CEST is two real hours.
        "SUMMARY:Night shift\nDTSTART;TZID=Europe/Brussels:20240331T010000\n"
        "DTEND;TZID=Europe/Brussels:20240331T040000",
        # Weekly at 10:00 Brussels wall clock: 09:00 UTC before the change, 08:00 UTC after.
        "SUMMARY:Weekly\nDTSTART;TZID=Europe/Brussels:20240328T100000\n"
        "DTEND;TZID=Europe/Brussels:20240328T110000\nRRULE:FREQ=WEEKLY",
        # All day on 1 April: midnight CEST to midnight CEST.
        "SUMMARY:Easter Monday\nDTSTART;VALUE=DATE:20240401",
    )
    assert busy_intervals(content, spring) == [
        span((2024, 3, 28, 9), (2024, 3, 28, 10)),
        span((2024, 3, 31, 0), (2024, 3, 31, 2)),
        span((2024, 3, 31, 22), (2024, 4, 1, 22)),
        span((2024, 4, 4, 8), (2024, 4, 4, 9)),
    ]
    window = calendars.campaign_window(spring)
    assert window == span((2024, 3, 24, 23), (2024, 4, 5, 22))


# --------------------------------------------------------------------------- free/busy files


def test_free_busy_periods() -> None:
    assert busy_of("freebusy-dorota.ifb") == [
        span((2024, 4, 22, 7), (2024, 4, 22, 9)),  # start/end
        span((2024, 4, 23, 12), (2024, 4, 23, 13, 30)),  # start/duration, same line
        span((2024, 4, 24, 8), (2024, 4, 24, 9)),  # BUSY-TENTATIVE
        span((2024, 4, 26, 0), (2024, 4, 27, 0)),  # BUSY-UNAVAILABLE
        # FBTYPE=FREE on 29 April is not busy
        span((2024, 6, 10, 7), (2024, 6, 10, 8)),  # two touching periods merged
        # 1 July is after the campaign
    ]


# --------------------------------------------------------------------------- messy files


MESSY = {
    "random bytes": os.urandom(4096),
    "empty": b"",
    "blank": b"  \r\n\r\n",
    "text": b"Dear Anne,\nplease find my availability below.\nMonday: all day\n",
    "vcard": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anne Martin\r\nEND:VCARD\r\n",
    "html": b"<!DOCTYPE html><html><body>Sign in to see this calendar</body></html>",
    "truncated": (CALENDARS / "google-bjorn.ics").read_bytes()[:1500],
    "broken lines": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        b"DTSTART:20240423T080000Z\r\nthis line lost its name and colon\r\n"
        b"DTEND:20240423T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ),
    "unbalanced": b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "latin-1 junk": bytes(range(128, 256)) * 20,
    "utf-16 without mark": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".encode("utf-16-le"),
    "hebrew calendar": b"BEGIN:VCALENDAR\r\nCALSCALE:HEBREW\r\nEND:VCALENDAR\r\n",
}


@pytest.mark.parametrize("kind", sorted(MESSY))
def test_unreadable_files_give_one_sentence(kind: str) -> None:
    with pytest.raises(CampaignError) as caught:
        busy_intervals(MESSY[kind], CAMPAIGN, source="anne.ics")
    message = str(caught.value)
    assert message.startswith("anne.ics: ")
    assert message.endswith(".")
    assert "\n" not in message
    assert len(message) < 300
    assert message.isprintable()


def test_unreadable_holiday_files_give_one_sentence() -> None:
    with pytest.raises(CampaignError, match=r"^feiertage\.ics: is not an iCalendar"):
        holidays_from_ics(MESSY["text"], CAMPAIGN, source="feiertage.ics")


def test_folder_missing_and_huge_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(CampaignError, match="is a folder"):
        read_calendar_file(tmp_path)
    with pytest.raises(CampaignError, match="no such file"):
        read_calendar_file(tmp_path / "missing.ics")
    big = tmp_path / "big.ics"
    big.write_bytes((CALENDARS / "google-bjorn.ics").read_bytes())
    monkeypatch.setattr(calendars, "MAX_FILE_BYTES", 1000)
    with pytest.raises(CampaignError, match=r"big\.ics: is larger than"):
        read_calendar_file(big)


def test_an_event_with_a_broken_time_is_skipped_and_noted() -> None:
    content = ics(
        "SUMMARY:Good\nDTSTART:20240423T080000Z\nDTEND:20240423T090000Z",
        "SUMMARY:Bad end\nDTSTART:20240424T080000Z\nDTEND:tomorrow-ish",
        "SUMMARY:Bad rule\nDTSTART:20240425T080000Z\nDTEND:20240425T090000Z\n"
        "RRULE:FREQ=SOMETIMES",
        "SUMMARY:No start\nDTEND:20240426T090000Z",
        "SUMMARY:Bad title\\, good time\nDTSTART:20240427T080000Z\nDTEND:20240427T090000Z\n"
        "GEO:not-a-place",
    )
    result = read_busy_times(content, CAMPAIGN)
    assert result.intervals == [
        span((2024, 4, 23, 8), (2024, 4, 23, 9)),
        span((2024, 4, 27, 8), (2024, 4, 27, 9)),  # a broken GEO does not matter
    ]
    assert len(result.notes) == 3
    assert any("'Bad end'" in note and "DTEND" in note for note in result.notes)
    assert any("'Bad rule'" in note and "RRULE" in note for note in result.notes)
    assert any("'No start'" in note and "DTSTART" in note for note in result.notes)


def test_windows_1252_and_several_calendars_in_one_file() -> None:
    first = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Fête du Travail\r\n"
    first += "DTSTART;VALUE=DATE:20240501\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    second = first.replace("UID:a", "UID:b").replace("Fête du Travail", "Hémelvaart")
    second = second.replace("20240501", "20240509")
    content = (first + second).encode("cp1252")
    assert holidays_from_ics(content, CAMPAIGN) == [
        Holiday(date(2024, 5, 1), "Fête du Travail"),
        Holiday(date(2024, 5, 9), "Hémelvaart"),
    ]


def test_utf16_with_byte_order_mark_is_read() -> None:
    content = ics("DTSTART:20240423T080000Z\nDTEND:20240423T090000Z").decode().encode("utf-16")
    assert busy_intervals(content, CAMPAIGN) == [span((2024, 4, 23, 8), (2024, 4, 23, 9))]


def test_a_damaged_line_is_named() -> None:
    with pytest.raises(CampaignError) as caught:
        busy_intervals(MESSY["broken lines"], CAMPAIGN, source="anne.ics")
    assert str(caught.value) == (
        "anne.ics: is a damaged iCalendar file (the line 'this line lost its name and colon' "
        "is not of the form NAME:VALUE)."
    )


GOOGLE_LINES = (CALENDARS / "google-bjorn.ics").read_text().split("\r\n")


@st.composite
def mangled_calendars(draw: st.DrawFn) -> bytes:
    """The Google fixture with random lines deleted, duplicated, moved or cut."""
    lines = list(GOOGLE_LINES)
    for _ in range(draw(st.integers(1, 6))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "move", "cut"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "move":
            lines.insert(draw(st.integers(0, len(lines) - 1)), lines.pop(index))
        else:
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
        if not lines:
            break
    return "\r\n".join(lines).encode()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=mangled_calendars())
def test_mangled_calendars_give_a_result_or_one_sentence(content: bytes) -> None:
    try:
        result = read_busy_times(content, CAMPAIGN, source="mangled.ics")
    except CampaignError as error:
        assert "\n" not in str(error)
        assert str(error).startswith("mangled.ics: ")
        return
    window = calendars.campaign_window(CAMPAIGN)
    assert all(window.contains(interval) for interval in result.intervals)
    assert result.intervals == sorted(result.intervals)


# --------------------------------------------------------------------------- the campaign file


def busy_rows(session, model=MemberWindowRow) -> list[tuple[datetime, datetime, str | None]]:
    rows = session.scalars(select(model).where(model.available.is_(False))).all()
    return sorted((row.start, row.end, row.source) for row in rows)


def test_import_busy_replaces_an_earlier_import_of_the_same_file(
    campaign_file: Path, tmp_path: Path
) -> None:
    anne = tmp_path / "anne.ics"
    anne.write_bytes((CALENDARS / "outlook-anne.ics").read_bytes())
    with CampaignFile.open(campaign_file) as campaign:
        with campaign.transaction() as session:
            before = busy_rows(session)
            first = import_busy(session, "A.Martin@Example.org", anne)
        with campaign.transaction() as session:
            after_first = busy_rows(session)
        anne.write_bytes(
            ics("SUMMARY:Only this now\nDTSTART:20240603T080000Z\nDTEND:20240603T090000Z")
        )
        with campaign.transaction() as session:
            second = import_busy(session, "a.martin@example.org", anne)
            other = tmp_path / "anne-private.ics"
            other.write_bytes(ics("DTSTART:20240604T080000Z\nDTEND:20240604T090000Z"))
            import_busy(session, "a.martin@example.org", other)
        with campaign.transaction() as session:
            after_second = busy_rows(session)
    assert first.kind == "busy times"
    assert first.added == len(busy_of("outlook-anne.ics")) == 9
    assert len(after_first) == len(before) + 9
    assert second.added == 1
    assert any("Replaced 9 busy times" in note for note in second.notes)
    # The window entered as data (source None) stays; only the latest anne.ics is there.
    assert [row for row in after_second if row[2] is None] == before
    assert [row for row in after_second if row[2] == "calendar:anne.ics"] == [
        (utc(2024, 6, 3, 8), utc(2024, 6, 3, 9), "calendar:anne.ics")
    ]
    assert [row for row in after_second if row[2] == "calendar:anne-private.ics"] == [
        (utc(2024, 6, 4, 8), utc(2024, 6, 4, 9), "calendar:anne-private.ics")
    ]


def test_import_busy_for_a_candidate_reference(campaign_file: Path) -> None:
    path = CALENDARS / "freebusy-dorota.ifb"
    with CampaignFile.open(campaign_file) as campaign, campaign.transaction() as session:
        report = import_busy(session, "ts-0002", path)
        candidate = session.scalars(
            select(CandidateRow).where(CandidateRow.reference == "TS-0002")
        ).one()
        rows = [w for w in candidate.windows if w.source == "calendar:freebusy-dorota.ifb"]
        assert report.added == len(rows) == 5
        assert all(not w.available for w in rows)
        assert busy_rows(session, CandidateWindowRow)


def test_import_busy_names_an_unknown_person(campaign_file: Path) -> None:
    with (
        CampaignFile.open(campaign_file) as campaign,
        campaign.transaction() as session,
        pytest.raises(CampaignError, match=r"'z\.nobody@example\.org' is neither"),
    ):
        import_busy(session, "z.nobody@example.org", CALENDARS / "outlook-anne.ics")


def test_import_busy_of_an_unreadable_file_changes_nothing(
    campaign_file: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "anne.ics"
    broken.write_bytes(MESSY["truncated"])
    with CampaignFile.open(campaign_file) as campaign:
        with campaign.transaction() as session:
            before = busy_rows(session)
        with (
            pytest.raises(CampaignError, match="cut short"),
            campaign.transaction() as session,
        ):
            import_busy(session, "a.martin@example.org", broken)
        with campaign.transaction() as session:
            assert busy_rows(session) == before


# --------------------------------------------------------------------------- holidays


def test_holidays_from_ics() -> None:
    content = (CALENDARS / "holidays-belgium.ics").read_bytes()
    assert holidays_from_ics(content, CAMPAIGN) == [
        Holiday(date(2024, 5, 1), "Labour Day"),
        Holiday(date(2024, 5, 9), "Ascension Day, Europe Day"),
        # Pentecost falls on a Sunday: not a workday, so it changes nothing.
        Holiday(date(2024, 5, 20), "Whit Monday"),
        Holiday(date(2024, 6, 12), "Building closed"),  # midnight to midnight in Brussels
        # Easter Monday and the National Day are outside the window; the half day is no holiday.
    ]


def test_holidays_for_belgium() -> None:
    found = holidays_for_country("be", CAMPAIGN)
    assert [h.date for h in found] == [date(2024, 5, 1), date(2024, 5, 9), date(2024, 5, 20)]
    assert all(h.name for h in found)


def test_holidays_for_a_subdivision_and_the_argument_forms() -> None:
    bavaria = holidays_for_country("DE", CAMPAIGN, "BY")
    assert date(2024, 5, 30) in {h.date for h in bavaria}  # Corpus Christi
    assert date(2024, 5, 30) not in {h.date for h in holidays_for_country("DE", CAMPAIGN)}
    assert holidays_from("DE-BY", CAMPAIGN) == bavaria
    assert holidays_from(str(CALENDARS / "holidays-belgium.ics"), CAMPAIGN)[0].name == "Labour Day"


def test_unknown_country_and_subdivision() -> None:
    with pytest.raises(CampaignError, match="ISO 3166 alpha-2"):
        holidays_for_country("Belgium", CAMPAIGN)
    with pytest.raises(CampaignError, match="'XX' is not a subdivision of DE"):
        holidays_for_country("DE", CAMPAIGN, "XX")
    with pytest.raises(CampaignError, match=r"no-such-file\.ics: no such file"):
        holidays_from("no-such-file.ics", CAMPAIGN)
    with pytest.raises(CampaignError, match="neither a calendar file nor a country code"):
        holidays_from("Belgium please", CAMPAIGN)


def test_import_holidays_adds_and_updates_by_date(campaign_file: Path) -> None:
    # The fixture campaign has 1 May "Labour Day" and 9 May "Ascension Day, Europe Day".
    found = [
        Holiday(date(2024, 5, 1), "Labour Day"),
        Holiday(date(2024, 5, 9), "Ascension Day"),
        Holiday(date(2024, 5, 20), "Whit Monday"),
        Holiday(date(2024, 5, 21), ""),
    ]
    with CampaignFile.open(campaign_file) as campaign:
        with campaign.transaction() as session:
            report = import_holidays(session, found)
        with campaign.transaction() as session:
            again = import_holidays(session, [*found, Holiday(date(2024, 5, 20), "")])
            stored = {row.day: row.name for row in session.scalars(select(HolidayRow))}
    assert (report.kind, report.added, report.updated) == ("holidays", 2, 1)
    assert (again.added, again.updated) == (0, 0)
    assert stored == {
        date(2024, 5, 1): "Labour Day",
        date(2024, 5, 9): "Ascension Day",
        date(2024, 5, 20): "Whit Monday",  # an empty name does not erase the one there
        date(2024, 5, 21): "",
    }
