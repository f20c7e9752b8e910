"""A campaign snapshot turned into the solver's discrete problem.

Time becomes whole minutes on an axis of campaign days: minute `d * 1440 + m` is `m` minutes after
day `d`'s opening (day_start). Working days are never longer than a day, so buffers running past the
day's end never reach the next day. For every candidate the problem lists, per team and day, the
grid starts that the candidate, the team and (later) a room could take on their own; what depends on
other interviews (double bookings, caps, rooms held by others) is the model's business.

A team is a fixed panel where the profile has panels, or else a composition of members drawn from
the pool by role (see `teams.py`).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from scheduler.domain import CampaignData, Candidate, Interval, Interview, Member, Profile, Room
from scheduler.rules import local_hours_span
from scheduler.timeline import campaign_days, opening_hours, working_spans
from scheduler.timeutil import zone_or_none
from solver.limits import halt_if
from solver.teams import Team, teams_for_profile

BLOCK = 1440  # minutes between two days' origins on the axis

Range = tuple[int, int]  # [lo, hi) in axis minutes


class Axis:
    """Campaign days laid end to end, each starting at its own opening instant (DST-safe)."""

    def __init__(self, data: CampaignData) -> None:
        settings = data.campaign
        self.days: list[date] = campaign_days(settings)
        hours = [opening_hours(settings, d) for d in self.days]
        self.origins: list[datetime] = [h.start for h in hours]
        self.lengths: list[int] = [_minutes(h.end - h.start) for h in hours]
        self.index = {d: i for i, d in enumerate(self.days)}
        self.working: list[list[Range]] = [
            [self._relative(i, span) for span in working_spans(settings, d)]
            for i, d in enumerate(self.days)
        ]
        self.slot = settings.slot_minutes

    def _relative(self, i: int, span: Interval) -> Range:
        lo = math.floor((span.start - self.origins[i]) / timedelta(minutes=1))
        hi = math.ceil((span.end - self.origins[i]) / timedelta(minutes=1))
        return i * BLOCK + lo, i * BLOCK + hi

    def instant(self, t: int) -> datetime:
        return self.origins[t // BLOCK] + timedelta(minutes=t % BLOCK)

    def minute(self, instant: datetime) -> int | None:
        """The axis minute of an instant inside a campaign day's block, else None."""
        i = bisect_right(self.origins, instant) - 1
        if i < 0:
            return None
        offset = (instant - self.origins[i]) / timedelta(minutes=1)
        return i * BLOCK + int(offset) if offset < BLOCK else None

    def ranges(self, spans: Iterable[Interval]) -> list[Range]:
        """Intervals cut to the day blocks they touch, widened to whole minutes, merged."""
        out: list[Range] = []
        for span in spans:
            first = max(0, bisect_right(self.origins, span.start) - 1)
            for i in range(first, len(self.days)):
                if self.origins[i] >= span.end:
                    break
                lo, hi = self._relative(i, span)
                lo, hi = max(lo, i * BLOCK), min(hi, (i + 1) * BLOCK)
                if lo < hi:
                    out.append((lo, hi))
        return merge_ranges(out)

    def grid(self, day: int, length: int) -> list[int]:
        """Starts on the slot grid where an interview of `length` minutes fits in working time."""
        starts = []
        for lo, hi in self.working[day]:
            base = day * BLOCK
            k = -(-(lo - base) // self.slot)
            while base + k * self.slot + length <= hi:
                starts.append(base + k * self.slot)
                k += 1
        return starts


def _minutes(delta: timedelta) -> int:
    return math.ceil(delta / timedelta(minutes=1))


def merge_ranges(ranges: Iterable[Range]) -> list[Range]:
    merged: list[Range] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def overlaps_any(ranges: list[Range], lo: int, hi: int) -> bool:
    """Whether [lo, hi) meets one of the merged, sorted ranges."""
    i = bisect_right(ranges, (lo, math.inf)) - 1
    if i >= 0 and ranges[i][1] > lo:
        return True
    return i + 1 < len(ranges) and ranges[i + 1][0] < hi


def inside_one(ranges: list[Range], lo: int, hi: int) -> bool:
    i = bisect_right(ranges, (lo, math.inf)) - 1
    return i >= 0 and ranges[i][1] >= hi


@dataclass
class Resource:
    """A member or a room as the solver sees it: where it may be used, and what is already booked."""

    available: list[Range] | None  # None: no limit
    busy: list[Range]  # checked against the interview itself
    booked: list[Range] = field(default_factory=list)  # fixed interviews, buffer included

    def free(self, start: int, length: int, blocked: int) -> bool:
        if self.available is not None and not inside_one(self.available, start, start + length):
            return False
        if overlaps_any(self.busy, start, start + length):
            return False
        return not overlaps_any(self.booked, start, start + blocked)


@dataclass
class Task:
    """One candidate to place, with every start each of its teams could take on its own."""

    candidate: Candidate
    profile: Profile
    length: int
    buffer: int
    starts: dict[int, list[int]]  # team index -> feasible starts (axis minutes), ascending
    rooms: list[str] | None  # compatible rooms in preference order; None: the interview takes none
    previous: Interview | None = None  # where a re-plan found it

    @property
    def reference(self) -> str:
        return self.candidate.reference

    @property
    def option_count(self) -> int:
        return sum(len(s) for s in self.starts.values())


@dataclass
class Fixed:
    """An interview the search keeps as it is (pinned, or already planned outside a re-plan)."""

    interview: Interview
    start: int | None  # axis minute, None if it lies outside the campaign days
    end: int  # start + length
    blocked: int  # end + buffer
    keys: tuple[str, ...]


@dataclass
class Problem:
    data: CampaignData
    axis: Axis
    teams: list[Team]
    tasks: list[Task]
    fixed: list[Fixed]
    members: dict[str, Resource]
    rooms: dict[str, Resource]
    caps_day: dict[str, int]  # member key -> max per day
    caps_total: dict[str, int]
    fixed_per_day: dict[tuple[str, int], int]
    fixed_total: dict[str, int]
    virtual_rooms: bool
    cache: dict = field(default_factory=dict)


def build_problem(
    data: CampaignData, *, replan: bool = False, keep: Iterable[str] = (),
    stop: Callable[[], bool] | None = None,
) -> Problem:
    """The discrete problem: which candidates to place and where each could go on its own.

    Pinned interviews always stay. Outside a re-plan, every existing interview stays too; in a
    re-plan, unpinned interviews become tasks again (with their old place as a hint), and `keep`
    names further candidates whose interviews stay as they are. It asks `stop` after every
    candidate (8 s for 5,000 of them) and raises `Interrupted` when the run is cancelled.
    """
    axis = Axis(data)
    keep = set(keep)
    active = {c.reference for c in data.candidates if c.status == "shortlisted"}
    fixed_interviews = [
        i for i in data.interviews
        if i.candidate in active and (i.pinned or not replan or i.candidate in keep)
    ]
    previous = {i.candidate: i for i in data.interviews if i not in fixed_interviews}
    fixed = [_fixed(data, axis, i) for i in fixed_interviews]
    members = {m.key: _member_resource(axis, m) for m in data.members}
    rooms = {r.name: Resource(None, axis.ranges(r.unavailable)) for r in data.rooms}
    _book(fixed, members, rooms)
    free_on = _free_on(axis, members, data)
    teams = [t for p in data.profiles for t in teams_for_profile(data, p, free_on, len(axis.days))]
    problem = Problem(
        data, axis, teams, [], fixed, members, rooms,
        caps_day={m.key: m.max_per_day for m in data.members if m.max_per_day is not None},
        caps_total={m.key: m.max_total for m in data.members if m.max_total is not None},
        fixed_per_day=_count(fixed, by_day=True), fixed_total=_count(fixed, by_day=False),
        virtual_rooms=any(r.kind == "virtual" for r in data.rooms),
    )
    placed = {f.interview.candidate for f in fixed}
    for candidate in data.candidates:
        halt_if(stop)
        if candidate.reference in active and candidate.reference not in placed:
            task = build_task(problem, candidate)
            if task is not None:
                task.previous = previous.get(candidate.reference)
                problem.tasks.append(task)
    return problem


def _free_on(axis: Axis, members: dict[str, Resource], data: CampaignData):
    """Whether a member has room for the shortest interview on a day (for composing teams)."""
    shortest = min((p.duration_minutes for p in data.profiles), default=30)

    def free_on(key: str, day: int) -> bool:
        resource = members[key]
        return any(resource.free(s, shortest, shortest) for s in axis.grid(day, shortest))

    return free_on


def _fixed(data: CampaignData, axis: Axis, interview: Interview) -> Fixed:
    candidate = data.candidate(interview.candidate)
    assert candidate is not None
    profile = data.profile(candidate.profile)
    length = _minutes(data.interview_length(candidate))
    start = axis.minute(interview.start)
    buffer = profile.buffer_minutes if profile else 0
    keys = tuple(dict.fromkeys(e.casefold() for e in interview.members))
    origin = start if start is not None else 0
    return Fixed(interview, start, origin + length, origin + length + buffer, keys)


def _member_resource(axis: Axis, member: Member) -> Resource:
    available = axis.ranges(member.available) if member.available else None
    return Resource(available, axis.ranges(member.unavailable))


def _book(fixed: list[Fixed], members: dict[str, Resource], rooms: dict[str, Resource]) -> None:
    for f in fixed:
        if f.start is None:
            continue
        for key in f.keys:
            if key in members:
                members[key].booked.append((f.start, f.blocked))
        room = f.interview.room
        if room in rooms:
            rooms[room].booked.append((f.start, f.blocked))
    for resource in [*members.values(), *rooms.values()]:
        resource.booked = merge_ranges(resource.booked)


def _count(fixed: list[Fixed], *, by_day: bool) -> dict:
    counts: dict = defaultdict(int)
    for f in fixed:
        for key in f.keys:
            day = (f.start // BLOCK) if f.start is not None else -1
            counts[(key, day) if by_day else key] += 1
    return dict(counts)


def build_task(problem: Problem, candidate: Candidate) -> Task | None:
    data = problem.data
    profile = data.profile(candidate.profile)
    if profile is None:
        return None
    length = _minutes(data.interview_length(candidate))
    own = candidate_starts(problem, candidate, length)
    conflicted = {c.member.casefold() for c in data.conflicts if c.candidate == candidate.reference}
    starts: dict[int, list[int]] = {}
    for index, team in enumerate(problem.teams):
        if team.profile != profile.code or conflicted & set(team.keys):
            continue
        free = team_free(problem, index, length, length + profile.buffer_minutes)
        chosen = [s for s in own if s in free]
        if chosen:
            starts[index] = chosen
    rooms = compatible_rooms(problem, candidate, profile)
    return Task(candidate, profile, length, profile.buffer_minutes, starts, rooms)


def base_grid(problem: Problem, length: int) -> list[int]:
    """Every grid start of every campaign day where `length` minutes fit in working time."""
    key = ("grid", length)
    if key not in problem.cache:
        axis = problem.axis
        problem.cache[key] = [s for day in range(len(axis.days)) for s in axis.grid(day, length)]
    return problem.cache[key]


def team_free(problem: Problem, team: int, length: int, blocked: int) -> frozenset[int]:
    """The grid starts at which every member of the team is free, worked out once per length."""
    key = ("team", team, length, blocked)
    if key not in problem.cache:
        resources = [problem.members[k] for k in problem.teams[team].keys]
        problem.cache[key] = frozenset(
            s for s in base_grid(problem, length)
            if all(r.free(s, length, blocked) for r in resources)
        )
    return problem.cache[key]


def candidate_starts(problem: Problem, candidate: Candidate, length: int) -> list[int]:
    """Grid starts in working time that the candidate's availability and local hours allow."""
    key = ("candidate", candidate.reference, length)
    if key not in problem.cache:
        problem.cache[key] = _candidate_starts(problem, candidate, length)
    return problem.cache[key]


def _candidate_starts(problem: Problem, candidate: Candidate, length: int) -> list[int]:
    grid = base_grid(problem, length)
    local = _local_hours(problem, candidate)
    if not candidate.available and not candidate.unavailable and local is None:
        return grid
    axis = problem.axis
    available = axis.ranges(candidate.available) if candidate.available else None
    me = Resource(available, axis.ranges(candidate.unavailable))
    return [
        s for s in grid
        if me.free(s, length, length) and (local is None or inside_one(local, s, s + length))
    ]


def _local_hours(problem: Problem, candidate: Candidate) -> list[Range] | None:
    if candidate.mode != "remote":
        return None
    zone = zone_or_none(candidate.timezone or problem.data.campaign.timezone)
    if zone is None:
        return []
    spans = []
    for origin in problem.axis.origins:
        for shift in (-1, 0, 1):
            spans.append(local_hours_span(candidate, origin + timedelta(days=shift), zone))
    return problem.axis.ranges(spans)


def compatible_rooms(problem: Problem, candidate: Candidate, profile: Profile) -> list[str] | None:
    """Rooms the candidate's interview could take, the least capable first (save big rooms)."""
    rooms = problem.data.rooms
    if candidate.mode == "remote":
        if not problem.virtual_rooms:
            return None
        return [r.name for r in rooms if r.kind == "virtual"]
    fitting = [r for r in rooms if r.kind == "onsite" and _fits(r, candidate, profile)]
    fitting.sort(key=lambda r: (r.accessible, r.capacity if r.capacity is not None else 10**6))
    return [r.name for r in fitting]


def _fits(room: Room, candidate: Candidate, profile: Profile) -> bool:
    if candidate.accessible_room and not room.accessible:
        return False
    return room.capacity is None or room.capacity >= profile.panel_size + 1


def member_day_room(problem: Problem, key: str, day: int, length: int, blocked: int) -> int:
    """How many interviews a member can sit on a day: cap, or what fits end to end from the morning."""
    cache_key = ("member-day", key, day, length, blocked)
    if cache_key not in problem.cache:
        problem.cache[cache_key] = _member_day_room(problem, key, day, length, blocked)
    return problem.cache[cache_key]


def packed(starts: list[int], blocked: int) -> int:
    """How many interviews fit end to end at these starts, taken from the earliest (ascending starts).

    Earliest end first is optimal for equal lengths, so this is the most that fits, which the
    bounds and the compact fit rely on.
    """
    count, free_from = 0, -1
    for start in starts:
        if start >= free_from:
            count, free_from = count + 1, start + blocked
    return count


def _member_day_room(problem: Problem, key: str, day: int, length: int, blocked: int) -> int:
    member = problem.members[key]
    free = [s for s in problem.axis.grid(day, length) if member.free(s, length, blocked)]
    count = packed(free, blocked)
    cap = problem.caps_day.get(key)
    if cap is not None:
        count = min(count, cap - problem.fixed_per_day.get((key, day), 0))
    return max(0, count)


def shortest_interview(problem: Problem, key: str) -> tuple[int, int] | None:
    """The shortest (length, length + buffer) among the interviews a member could sit in."""
    cache_key = ("shortest", key)
    if cache_key not in problem.cache:
        lengths: dict[str, tuple[int, int]] = {}
        for task in problem.tasks:
            for team in task.starts:
                for k in problem.teams[team].keys:
                    best = lengths.get(k)
                    mine = (task.length, task.length + task.buffer)
                    if best is None or (mine[1], mine[0]) < (best[1], best[0]):
                        lengths[k] = mine
        for k in problem.members:
            problem.cache[("shortest", k)] = lengths.get(k)
    return problem.cache[cache_key]


def interview_at(problem: Problem, task: Task, team: Team, start: int, room: str | None) -> Interview:
    return Interview(task.reference, problem.axis.instant(start), list(team.members), room)


def first_start_at_or_after(starts: list[int], t: int) -> int:
    return bisect_left(starts, t)
