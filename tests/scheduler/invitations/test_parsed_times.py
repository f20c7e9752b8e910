"""Every REQUEST, CANCEL and PUBLISH read back by an independent parser gives the planned UTC times.

Interviews sit on both sides of the March and October 2024 daylight-saving changes of Europe, the
United States and Australia, with remote candidates in New York, Kolkata (+05:30), Sydney and Tokyo,
for a campaign in Brussels and one in Sydney. Times are read by vobject through dateutil's reading
of each file's own VTIMEZONE (see support.parse_with_vobject).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from scheduler.domain import CampaignData, Interview
from scheduler.timeutil import as_utc
from tests.scheduler import builders
from tests.scheduler.invitations.support import (
    campaign_with,
    create,
    export,
    manifest,
    parse_with_vobject,
    read_eml,
    set_plan,
)

# Days on either side of each change: US 10 Mar / 3 Nov, EU 31 Mar / 27 Oct, Sydney 7 Apr / 6 Oct.
US = [date(2024, 3, 8), date(2024, 3, 11), date(2024, 11, 1), date(2024, 11, 4)]
EU = [date(2024, 3, 29), date(2024, 4, 2), date(2024, 10, 25), date(2024, 10, 28)]
AU = [date(2024, 4, 5), date(2024, 4, 8), date(2024, 10, 4), date(2024, 10, 7)]
CANDIDATE_DAYS = {
    None: EU + AU,  # onsite: the campaign's own zone, Brussels or Sydney
    "America/New_York": US,
    "Asia/Kolkata": EU,  # +05:30 all year; the panel's side of these days changes
    "Australia/Sydney": AU,
    "Asia/Tokyo": [US[0], EU[1], AU[2], US[3]],
}


def _campaign(zone: str) -> CampaignData:
    data = campaign_with(
        timezone=zone, start_date=date(2024, 3, 4), end_date=date(2024, 11, 8), holidays=[]
    )
    template = data.candidate("TS-0001")
    assert template is not None
    candidates = []
    interviews = []
    for z, (candidate_zone, days) in enumerate(CANDIDATE_DAYS.items()):
        for d, day in enumerate(days):
            reference = f"Z{z}-{d:02d}"
            remote = candidate_zone is not None
            candidates.append(
                replace(
                    template, reference=reference, name=f"Candidate {reference}",
                    email=f"{reference.lower()}@candidates.example.net",
                    mode="remote" if remote else "onsite", timezone=candidate_zone,
                    extra_minutes=15 if z == 2 else 0,
                )
            )
            start = as_utc(datetime.combine(day, time(9 + z, 15 if z == 2 else 0)), ZoneInfo(zone))
            interviews.append(
                Interview(reference, start, list(builders.PANEL), "Video 1" if remote else "Room 1")
            )
    data.candidates = candidates
    data.interviews = interviews
    return data


def _expected(data: CampaignData) -> dict[str, tuple[datetime, datetime]]:
    result = {}
    for interview in data.interviews:
        candidate = data.candidate(interview.candidate)
        assert candidate is not None
        result[interview.candidate] = (interview.start, interview.start + data.interview_length(candidate))
    return result


@pytest.mark.parametrize("zone", ["Europe/Brussels", "Australia/Sydney"])
def test_requests_cancels_and_overviews_read_back_at_the_planned_instants(tmp_path: Path, zone: str) -> None:
    data = _campaign(zone)
    path = create(tmp_path / "dst.campaign", data)
    expected = _expected(data)
    zones = {c.reference: c.timezone or zone for c in data.candidates}

    first = tmp_path / "first"
    report = export(path, first)
    assert report.requests == len(data.interviews) * 4 and report.cancels == 0
    uids = {}
    for entry in manifest(first)["messages"]:
        parsed = parse_with_vobject((first / entry["ics"]).read_bytes())
        assert parsed.method == "REQUEST"
        [event] = parsed.events
        reference = entry["candidate"]
        assert (event.start, event.end) == expected[reference], entry
        assert event.tzid == (zones[reference] if entry["role"] == "candidate" else zone)
        assert len(parsed.vtimezones) == 1 and "RDATE" not in parsed.text
        assert event.uid == entry["uid"] and event.sequence == 0
        uids[(reference, entry["recipient"])] = event.uid
        eml = read_eml(first / entry["eml"])
        [calendar_part] = [p for p in eml.walk() if p.get_content_type() == "text/calendar"]
        assert calendar_part.get_content().encode() == (first / entry["ics"]).read_bytes()

    assert {c["member"] for c in manifest(first)["calendars"]} == set(builders.PANEL)
    for calendar in manifest(first)["calendars"]:
        parsed = parse_with_vobject((first / calendar["ics"]).read_bytes())
        assert parsed.method == "PUBLISH"
        assert sorted((e.start, e.end) for e in parsed.events) == sorted(expected.values())
        assert all(e.attendees == [] and e.tzid == zone for e in parsed.events)
        assert not {e.uid for e in parsed.events} & set(uids.values())

    set_plan(path, [])
    second = tmp_path / "second"
    report = export(path, second, now=datetime(2024, 3, 2, tzinfo=UTC))
    assert report.requests == 0 and report.cancels == len(data.interviews) * 4
    for entry in manifest(second)["messages"]:
        parsed = parse_with_vobject((second / entry["ics"]).read_bytes())
        assert parsed.method == "CANCEL"
        [event] = parsed.events
        assert (event.start, event.end) == expected[entry["candidate"]]
        assert event.status == "CANCELLED"
        assert event.uid == uids[(entry["candidate"], entry["recipient"])]
        assert event.sequence == 1


def test_the_reader_really_uses_the_files_own_time_zone(tmp_path: Path) -> None:
    """Guards the guard: a damaged VTIMEZONE in the file moves the times vobject reads."""
    data = _campaign("Europe/Brussels")
    data.interviews = data.interviews[:1]
    path = create(tmp_path / "c.campaign", data)
    export(path, tmp_path / "out")
    entry = next(e for e in manifest(tmp_path / "out")["messages"] if e["role"] == "member")
    text = (tmp_path / "out" / entry["ics"]).read_text()
    good = parse_with_vobject(text).events[0]
    damaged = parse_with_vobject(text.replace("TZOFFSETTO:+0100", "TZOFFSETTO:+0300"))
    assert damaged.events[0].start == good.start - timedelta(hours=2)
    assert good.start == data.interviews[0].start.astimezone(UTC)
