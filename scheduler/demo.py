"""The demo campaign: the late-spring interviews of the European AI Office's first hiring round.

Built from the data in `resources/demo/` (settings, panel members, panels and rooms as an interchange
file; name pools; the members' calendar exports with recurring meetings and leave) plus generated
candidates. A fixed seed makes it the same campaign on every machine, so screenshots, benchmarks
and bug reports can refer to it.
"""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from resources import resource_path
from scheduler.domain import (
    CampaignData,
    CampaignSettings,
    Candidate,
    Conflict,
    Holiday,
    Interval,
    Interview,
    TimeOfDayRange,
)
from scheduler.importing.calendars import SOURCE_PREFIX, busy_intervals, holidays_for_country
from scheduler.interchange import parse_campaign
from scheduler.store.mapping import load_settings
from scheduler.store.models import MemberRow, MemberWindowRow
from scheduler.timeutil import local_wall

SEED = 20240422
PROFILE_SIZES = {"TS": 120, "AA": 60}
REMOTE_SHARE = 0.25
WITHDRAWN = {"TS": 2, "AA": 1}
PINNED = (  # agreed with the candidates before planning: (reference, day, time, panel, room)
    ("TS-0001", date(2024, 4, 23), time(10, 0), "TS panel A", "Room BU25 03/215"),
    ("TS-0002", date(2024, 4, 23), time(11, 0), "TS panel A", "Room BU25 03/215"),
)


def demo_resource(name: str) -> Any:
    return json.loads(resource_path("demo", name).read_text("utf-8"))


def build_demo() -> CampaignData:
    data = parse_campaign(demo_resource("campaign.json"), "resources/demo/campaign.json")
    people = demo_resource("people.json")
    rng = random.Random(SEED)
    data.campaign.holidays = merged_holidays(data.campaign)
    add_calendar_busy_times(data)
    for code, count in PROFILE_SIZES.items():
        data.candidates += [new_candidate(rng, people, data.campaign, code, n) for n in range(1, count + 1)]
    place_far_away_candidate(data, people)
    add_accommodations(rng, data, people)
    withdraw_some(rng, data)
    data.conflicts = conflicts_of_interest(rng, data, people)
    data.interviews = pinned_interviews(data)
    return data


def merged_holidays(settings: CampaignSettings) -> list[Holiday]:
    """Belgian public holidays plus the EU institutions' own days, one entry per date."""
    names: dict[date, list[str]] = {}
    for holiday in [*holidays_for_country("BE", settings), *settings.holidays]:
        names.setdefault(holiday.date, []).append(holiday.name)
    return [Holiday(day, " / ".join(dict.fromkeys(names[day]))) for day in sorted(names)]


def add_calendar_busy_times(data: CampaignData) -> None:
    """Each members' calendar export (`resources/demo/calendars/<name>.ics`) becomes busy time."""
    for email, path in _demo_calendars():
        member = data.member(email)
        assert member is not None, f"demo calendar {path.name} has no member"
        busy = busy_intervals(path.read_bytes(), data.campaign, source=path.name)
        member.unavailable = sorted([*member.unavailable, *busy])


def tag_calendar_busy_times(session: Session) -> None:
    """Marks each member's busy times with the calendar they came from, as `import-busy` does, so
    that importing an updated export of that calendar replaces them instead of adding duplicates."""
    settings = load_settings(session)
    for email, path in _demo_calendars():
        member = session.scalars(select(MemberRow).where(MemberRow.email == email)).one()
        busy = set(busy_intervals(path.read_bytes(), settings, source=path.name))
        for window in session.scalars(select(MemberWindowRow).where(
                MemberWindowRow.member_id == member.id, MemberWindowRow.available.is_(False))):
            if Interval(window.start, window.end) in busy:
                window.source = f"{SOURCE_PREFIX}{path.name}"


def _demo_calendars() -> list[tuple[str, Path]]:
    return [(f"{path.stem}@example.org", path)
            for path in sorted(resource_path("demo", "calendars").glob("*.ics"))]


def ascii_words(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    letters = "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == " "))
    return ".".join(letters.lower().split())


def new_candidate(
    rng: random.Random, people: dict[str, Any], settings: CampaignSettings, code: str, number: int
) -> Candidate:
    country = rng.choice(sorted(people["given_names"]))
    given = rng.choice(people["given_names"][country])
    family = rng.choice(people["family_names"][country])
    reference = f"{code}-{number:04d}"
    candidate = Candidate(
        reference=reference,
        name=f"{given} {family}",
        profile=code,
        email=f"{ascii_words(given)}.{ascii_words(family)}.{number}@mail.example.net",
    )
    if rng.random() < REMOTE_SHARE and reference not in _pinned():
        zones = people["remote_time_zones"]
        pick = rng.choices(zones, weights=[z["weight"] for z in zones])[0]
        candidate.mode = "remote"
        candidate.timezone = pick["timezone"]
        if rng.random() < 0.3:
            candidate.local_hours = TimeOfDayRange(time(9, 0), time(18, 0))
    if rng.random() < 0.15 and reference not in _pinned():
        candidate.unavailable = blackout_days(rng, settings)
    return candidate


def blackout_days(rng: random.Random, settings: CampaignSettings) -> list[Interval]:
    """One to three whole days the candidate cannot come (exams, notice period, travel)."""
    start, zone = settings.start_date, settings.zone
    span = (settings.end_date - start).days
    days = sorted(rng.sample(range(span), rng.randint(1, 3)))
    return [
        Interval(
            local_wall(start + timedelta(days=d), time(0), zone),
            local_wall(start + timedelta(days=d + 1), time(0), zone),
        )
        for d in days
    ]


def place_far_away_candidate(data: CampaignData, people: dict[str, Any]) -> None:
    """A candidate whose local hours never meet Brussels working hours, to show the reasons."""
    candidate = data.candidate("TS-0099")
    assert candidate is not None
    candidate.mode = "remote"
    candidate.timezone = people["far_away"]["timezone"]
    candidate.local_hours = None


def add_accommodations(rng: random.Random, data: CampaignData, people: dict[str, Any]) -> None:
    onsite = [c for c in data.candidates if c.mode == "onsite" and c.reference not in _pinned()]
    for candidate, need in zip(
        rng.sample(onsite, len(people["accommodations"])), people["accommodations"], strict=True
    ):
        candidate.extra_minutes = need["extra_minutes"]
        candidate.accessible_room = need["accessible_room"]
        candidate.notes = need["notes"]


def _pinned() -> set[str]:
    return {p[0] for p in PINNED}


def withdraw_some(rng: random.Random, data: CampaignData) -> None:
    for code, count in WITHDRAWN.items():
        pool = [
            c
            for c in data.candidates
            if c.profile == code and c.reference not in _pinned() and not c.notes and c.reference != "TS-0099"
        ]
        for candidate in rng.sample(pool, count):
            candidate.status = "withdrawn"
            candidate.notes = "Withdrew after the shortlist was published."


def conflicts_of_interest(rng: random.Random, data: CampaignData, people: dict[str, Any]) -> list[Conflict]:
    """A few declared conflicts between panel members and candidates of their panel's profile."""
    conflicts = []
    for panel in data.panels:
        pool = [
            c
            for c in data.candidates
            if c.profile == panel.profile and c.status == "shortlisted" and c.reference not in _pinned()
        ]
        for candidate in rng.sample(pool, 2):
            member = rng.choice(panel.members)
            conflicts.append(Conflict(member, candidate.reference, rng.choice(people["conflict_reasons"])))
    return conflicts


def pinned_interviews(data: CampaignData) -> list[Interview]:
    panels = {p.name: p for p in data.panels}
    zone = data.campaign.zone
    return [
        Interview(reference, local_wall(day, moment, zone), list(panels[panel].members), room, pinned=True)
        for reference, day, moment, panel, room in PINNED
    ]
