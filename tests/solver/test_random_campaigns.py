"""Randomly generated campaigns: whatever the solver returns passes the core's validator."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.domain import (
    CampaignData,
    CampaignSettings,
    Candidate,
    Conflict,
    Holiday,
    Interval,
    Member,
    Panel,
    Profile,
    Room,
    Seat,
    TimeOfDayRange,
)
from scheduler.rules import check_plan
from scheduler.timeline import wall
from solver.plan import plan_campaign
from solver.search import SearchOptions

ROLES = ("chair", "technical", "member")
ZONES = ("Europe/Brussels", "Europe/Lisbon", "America/New_York", "Asia/Kolkata", "Asia/Tokyo")
START = date(2024, 3, 25)  # the window spans Europe's change to summer time on 31 March


@st.composite
def campaigns(draw: st.DrawFn) -> CampaignData:
    days = draw(st.integers(1, 8))
    settings = CampaignSettings(
        name="Random", timezone="Europe/Brussels", start_date=START,
        end_date=START + timedelta(days=days),
        day_start=time(draw(st.sampled_from([8, 9])), 0),
        day_end=time(draw(st.sampled_from([12, 16, 17])), draw(st.sampled_from([0, 30]))),
        breaks=draw(st.sampled_from([[], [TimeOfDayRange(time(12, 30), time(13, 30))]])),
        slot_minutes=draw(st.sampled_from([10, 15, 30])),
        holidays=[Holiday(START + timedelta(days=1), "Holiday")] if draw(st.booleans()) else [],
    )
    zone = settings.zone
    profiles = [
        Profile("P", "Profile P", draw(st.sampled_from([30, 45, 60])), draw(st.sampled_from([0, 10, 15])),
                [Seat("chair", 1), Seat(draw(st.sampled_from(["technical", "member"])), 1)]),
    ]
    if draw(st.booleans()):
        profiles.append(Profile("Q", "Profile Q", 30, 5, [Seat("member", 1), Seat("chair", 1)]))
    member_count = draw(st.integers(2, 6))
    members = []
    for n in range(member_count):
        roles = draw(st.lists(st.sampled_from(ROLES), min_size=1, max_size=3, unique=True))
        busy = []
        if draw(st.booleans()):
            day = START + timedelta(days=draw(st.integers(0, days)))
            hour = draw(st.integers(8, 16))
            busy.append(Interval(wall(day, time(hour, 0), zone), wall(day, time(hour + 1, 30), zone)))
        members.append(Member(f"m{n}@example.org", f"Member {n}", roles,
                              max_per_day=draw(st.sampled_from([None, 1, 2, 4])),
                              max_total=draw(st.sampled_from([None, 3, 10])), unavailable=busy))
    panels = []
    if draw(st.booleans()) and member_count >= 2:
        chosen = draw(st.lists(st.sampled_from([m.email for m in members]), min_size=2, max_size=2,
                               unique=True))
        panels.append(Panel("Panel 1", "P", chosen))
    rooms = [Room("R1", "onsite", capacity=draw(st.sampled_from([None, 2, 4])),
                  accessible=draw(st.booleans()))]
    if draw(st.booleans()):
        rooms.append(Room("V1", "virtual", url="https://v.example.org/1"))
    candidates = []
    for n in range(draw(st.integers(1, 10))):
        remote = draw(st.booleans())
        profile = draw(st.sampled_from([p.code for p in profiles]))
        available = []
        if draw(st.booleans()):
            day = START + timedelta(days=draw(st.integers(0, days)))
            available.append(Interval(wall(day, time(8, 0), zone), wall(day, time(14, 0), zone)))
        candidates.append(Candidate(
            f"C{n}", f"Candidate {n}", profile, mode="remote" if remote else "onsite",
            timezone=draw(st.sampled_from(ZONES)) if remote else None, available=available,
            extra_minutes=draw(st.sampled_from([0, 0, 15])), accessible_room=draw(st.booleans()),
            status=draw(st.sampled_from(["shortlisted", "shortlisted", "withdrawn"])),
        ))
    conflicts = []
    if draw(st.booleans()):
        conflicts.append(Conflict(draw(st.sampled_from(members)).email,
                                  draw(st.sampled_from(candidates)).reference, "known"))
    return CampaignData(settings, profiles, members, panels, rooms, candidates, conflicts, [])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=campaigns(), by_days=st.booleans())
def test_every_plan_passes_the_validator_and_everyone_is_accounted_for(
    data: CampaignData, by_days: bool
) -> None:
    """Both ways of searching: the whole campaign at once, and day by day (large campaigns)."""
    options = SearchOptions(time_limit=3, deterministic=True, decompose=by_days)
    result = plan_campaign(data, options=options)
    planned = replace(data, interviews=result.interviews)
    assert check_plan(planned) == []
    active = {c.reference for c in data.candidates if c.status == "shortlisted"}
    placed = {i.candidate for i in result.interviews}
    assert placed <= active
    assert set(result.unscheduled) == active - placed
    assert all(reasons for reasons in result.unscheduled.values())
    if by_days:
        assert len(placed) <= result.stats["bound"]  # the day assignment bounds what fits
