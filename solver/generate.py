"""Generated campaigns for the benchmark: the demo's size, large pools, shortage, scarce chairs.

Seeded, so a size and a seed always give the same campaign. Members are free only on some days
of the week and cap their days, candidates can come only on some days: that is what makes
capacity bind in real rounds, and what first fit handles worst.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta

from scheduler.domain import (
    CampaignData,
    CampaignSettings,
    Candidate,
    Conflict,
    Holiday,
    Interval,
    Member,
    Profile,
    Room,
    Seat,
    TimeOfDayRange,
)
from scheduler.timeline import campaign_days, wall

START, END = date(2024, 4, 22), date(2024, 6, 14)
ZONES = ("Europe/Lisbon", "Europe/Helsinki", "America/New_York", "Asia/Kolkata", "Asia/Tokyo")


@dataclass(frozen=True)
class Shape:
    """What a generated campaign looks like."""

    candidates: int
    chairs: int
    technicals: int
    plain_members: int
    member_days_per_week: int  # each member is free on this many weekdays
    candidate_days: int  # each candidate can come on this many campaign days (0: any)
    weeks: int = 8
    max_per_day: int = 6


SHAPES = {
    "M": Shape(candidates=1000, chairs=12, technicals=14, plain_members=14,
               member_days_per_week=2, candidate_days=6),
    "L": Shape(candidates=5000, chairs=12, technicals=14, plain_members=14,
               member_days_per_week=2, candidate_days=6),
    "tight": Shape(candidates=300, chairs=3, technicals=5, plain_members=5,
                   member_days_per_week=3, candidate_days=3, weeks=4),
}


def generated_campaign(size: str, seed: int = 1) -> CampaignData:
    shape = SHAPES[size]
    rng = random.Random(f"{size}-{seed}")
    end = START + timedelta(weeks=shape.weeks) - timedelta(days=3)
    settings = CampaignSettings(
        name=f"Benchmark {size} (seed {seed})", timezone="Europe/Brussels",
        start_date=START, end_date=min(end, END),
        breaks=[TimeOfDayRange(time(12, 30), time(13, 30))],
        holidays=[Holiday(date(2024, 5, 1), "Labour Day"), Holiday(date(2024, 5, 9), "Ascension"),
                  Holiday(date(2024, 5, 20), "Whit Monday")],
    )
    data = CampaignData(
        campaign=settings,
        profiles=[
            Profile("TS", "Technology specialist", 45, 15,
                    [Seat("chair", 1), Seat("technical", 1), Seat("member", 1)]),
            Profile("AA", "Administrative assistant", 30, 10, [Seat("chair", 1), Seat("member", 1)]),
        ],
        rooms=[Room(f"Room {n}", "onsite", capacity=6, accessible=n == 1) for n in range(1, 6)]
        + [Room(f"Video {n}", "virtual", url=f"https://video.example.org/{n}") for n in (1, 2, 3)],
    )
    data.members = _members(rng, shape, settings)
    data.candidates = _candidates(rng, shape, settings)
    data.conflicts = [
        Conflict(rng.choice(data.members).email, rng.choice(data.candidates).reference, "known")
        for _ in range(shape.candidates // 50)
    ]
    return data


def _members(rng: random.Random, shape: Shape, settings: CampaignSettings) -> list[Member]:
    roles = (["chair"] * shape.chairs + ["technical"] * shape.technicals
             + ["member"] * shape.plain_members)
    members = []
    for n, role in enumerate(roles):
        extra = ["member"] if role == "chair" and rng.random() < 0.3 else []
        weekdays = sorted(rng.sample(range(5), shape.member_days_per_week))
        busy = [
            Interval(wall(day, time(0), settings.zone), wall(day + timedelta(days=1), time(0), settings.zone))
            for day in campaign_days(settings) if day.weekday() not in weekdays
        ]
        members.append(Member(f"member{n:03d}@example.org", f"Member {n:03d}", [role, *extra],
                              max_per_day=shape.max_per_day, unavailable=busy))
    return members


def _candidates(rng: random.Random, shape: Shape, settings: CampaignSettings) -> list[Candidate]:
    days = campaign_days(settings)
    zone = settings.zone
    candidates = []
    for n in range(shape.candidates):
        profile = "TS" if rng.random() < 0.7 else "AA"
        remote = rng.random() < 0.2
        available = []
        if shape.candidate_days:
            for day in sorted(rng.sample(days, min(shape.candidate_days, len(days)))):
                available.append(Interval(wall(day, time(0), zone),
                                          wall(day + timedelta(days=1), time(0), zone)))
        candidates.append(Candidate(
            f"{profile}-{n:05d}", f"Candidate {n:05d}", profile,
            mode="remote" if remote else "onsite",
            timezone=rng.choice(ZONES) if remote else None, available=available,
            extra_minutes=15 if rng.random() < 0.02 else 0,
        ))
    return candidates
