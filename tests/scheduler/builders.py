"""Small builders for test campaigns: a valid baseline that each test bends in one place.

The baseline is a Brussels campaign (22 Apr - 14 Jun 2024, Mon-Fri 09:00-17:30, lunch 12:30-13:30,
15-minute grid, Labour Day on 1 May) with two profiles, five members, four rooms and candidates
TS-0001..TS-0009 (onsite), AA-0001 (onsite) and R-0001 (remote, New York). `PANEL` fills the TS
seats; `at("2024-04-23 10:00")` is a Brussels wall-clock time as an aware UTC instant.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from scheduler.domain import (
    CampaignData,
    CampaignSettings,
    Candidate,
    Holiday,
    Interval,
    Interview,
    Member,
    Profile,
    Room,
    Seat,
    TimeOfDayRange,
)
from scheduler.timeutil import as_utc

ZONE = "Europe/Brussels"
ANNE = "a.martin@example.org"  # chair, member
BJORN = "b.schmidt@example.org"  # technical
CELINE = "c.dupont@example.org"  # member, chair
DOROTA = "d.kowalska@example.org"  # chair
ELENA = "e.rossi@example.org"  # technical, member
PANEL = (ANNE, BJORN, CELINE)
AA_PANEL = (DOROTA, ELENA)


def at(text: str, zone: str = ZONE) -> datetime:
    """'2024-04-23 10:00' as wall-clock time in `zone`, returned as an aware UTC instant."""
    return as_utc(datetime.fromisoformat(text), ZoneInfo(zone))


def span(start: str, end: str, zone: str = ZONE) -> Interval:
    return Interval(at(start, zone), at(end, zone))


def settings(**changes: Any) -> CampaignSettings:
    base = CampaignSettings(
        name="Test campaign", timezone=ZONE,
        start_date=date(2024, 4, 22), end_date=date(2024, 6, 14),
        breaks=[TimeOfDayRange(time(12, 30), time(13, 30))],
        holidays=[Holiday(date(2024, 5, 1), "Labour Day")],
    )
    return replace(base, **changes)


def member(email: str, name: str, *roles: str, **changes: Any) -> Member:
    return replace(Member(email, name, list(roles)), **changes)


def candidate(reference: str, profile: str = "TS", **changes: Any) -> Candidate:
    return replace(Candidate(reference, f"Candidate {reference}", profile), **changes)


def campaign(**setting_changes: Any) -> CampaignData:
    """The valid baseline with an empty plan."""
    return CampaignData(
        campaign=settings(**setting_changes),
        profiles=[
            Profile("TS", "Technology specialist", 45, 15,
                    [Seat("chair", 1), Seat("technical", 1), Seat("member", 1)]),
            Profile("AA", "Administrative assistant", 30, 10, [Seat("chair", 1), Seat("member", 1)]),
        ],
        members=[
            member(ANNE, "Anne Martin", "chair", "member"),
            member(BJORN, "Björn Schmidt", "technical"),
            member(CELINE, "Céline Dupont", "member", "chair"),
            member(DOROTA, "Dorota Kowalska", "chair"),
            member(ELENA, "Elena Rossi", "technical", "member"),
        ],
        rooms=[
            Room("Room 1", "onsite", capacity=6, accessible=True),
            Room("Room 2", "onsite", capacity=None),
            Room("Room 3", "onsite", capacity=3),
            Room("Video 1", "virtual"),
        ],
        candidates=[
            *(candidate(f"TS-{n:04d}") for n in range(1, 10)),
            candidate("AA-0001", "AA"),
            candidate("R-0001", mode="remote", timezone="America/New_York"),
        ],
    )


def interview(reference: str, when: str, members: tuple[str, ...] | list[str] = PANEL,
              room: str | None = "Room 1") -> Interview:
    return Interview(reference, at(when), list(members), room)


def planned(*interviews: Interview, **setting_changes: Any) -> CampaignData:
    """The baseline campaign holding exactly these interviews."""
    data = campaign(**setting_changes)
    data.interviews = list(interviews)
    return data


def change_candidate(data: CampaignData, reference: str, **changes: Any) -> CampaignData:
    data.candidates = [replace(c, **changes) if c.reference == reference else c
                       for c in data.candidates]
    return data


def change_member(data: CampaignData, email: str, **changes: Any) -> CampaignData:
    data.members = [replace(m, **changes) if m.email == email else m
                    for m in data.members]
    return data


def change_room(data: CampaignData, name: str, **changes: Any) -> CampaignData:
    data.rooms = [replace(r, **changes) if r.name == name else r
                  for r in data.rooms]
    return data
