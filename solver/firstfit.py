"""First fit: the most constrained candidate first, each at the earliest start that still works.

Two versions. `issue_first_fit` is the plain one issue #3 names as the benchmark's reference: it
knows nothing of the solver's teams and seats any free members holding the roles. `first_fit`
works with the teams of `solver/teams.py` (in pool mode, compositions drawn day by day from the
members free that day), which places more; with compact fit, it is the hint CP-SAT starts from and
the answer when the search finds nothing better in time. `bench` reports both, so the reader can
judge the solver against either.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from solver.problem import BLOCK, Problem, Range, Task, candidate_starts, overlaps_any


@dataclass(frozen=True)
class Placement:
    task: int  # index into problem.tasks
    team: int  # index into problem.teams
    start: int  # axis minute
    room: str | None


@dataclass
class Bookings:
    """What the placements so far hold: time per member and room, and interviews per member-day."""

    problem: Problem
    times: dict[str, list[Range]] = field(default_factory=lambda: defaultdict(list))
    per_day: dict[tuple[str, int], int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def members_free(self, keys: tuple[str, ...], start: int, blocked: int) -> bool:
        p = self.problem
        day = start // BLOCK
        for key in keys:
            if overlaps_any(self.times[f"m:{key}"], start, start + blocked):
                return False
            cap = p.caps_day.get(key)
            used = self.per_day[(key, day)] + p.fixed_per_day.get((key, day), 0)
            if cap is not None and used >= cap:
                return False
            cap = p.caps_total.get(key)
            if cap is not None and self.total[key] + p.fixed_total.get(key, 0) >= cap:
                return False
        return True

    def room_for(self, task: Task, start: int, wanted: list[str] | None = None) -> tuple[bool, str | None]:
        """(True, room) for the first free one of `wanted` (default: every compatible room), (True, None)
        when the interview takes no room, (False, None) when no room is free."""
        if task.rooms is None:
            return True, None
        blocked = task.length + task.buffer
        for name in wanted if wanted is not None else task.rooms:
            room = self.problem.rooms[name]
            if (
                name in task.rooms
                and room.free(start, task.length, blocked)
                and not overlaps_any(self.times[f"r:{name}"], start, start + blocked)
            ):
                return True, name
        return False, None

    def book(self, keys: tuple[str, ...], room: str | None, start: int, blocked: int) -> None:
        for key in keys:
            insort(self.times[f"m:{key}"], (start, start + blocked))
            self.per_day[(key, start // BLOCK)] += 1
            self.total[key] += 1
        if room is not None:
            insort(self.times[f"r:{room}"], (start, start + blocked))


def first_fit(
    problem: Problem, order: list[int] | None = None, stop: Callable[[], bool] | None = None
) -> list[Placement]:
    """Places what it can; `order` overrides the most-constrained-first order of the tasks.

    When `stop` says so (cancel), it returns what it placed so far: a valid, smaller plan. On the
    largest benchmark first fit takes seconds, too long to make a cancel wait."""
    bookings = Bookings(problem)
    if order is None:
        order = sorted(
            range(len(problem.tasks)),
            key=lambda i: (problem.tasks[i].option_count, problem.tasks[i].reference),
        )
    placements = []
    kept = keep_previous(problem, bookings)
    placements.extend(kept)
    done = {p.task for p in kept}
    for index in order:
        if index in done:
            continue
        if stop is not None and stop():
            break
        placement = place_one(problem, bookings, index)
        if placement is not None:
            placements.append(placement)
    return placements


def keep_previous(problem: Problem, bookings: Bookings) -> list[Placement]:
    """In a re-plan, every interview that can stay where it was stays: moving least comes first."""
    kept = []
    for index, task in enumerate(problem.tasks):
        previous = task.previous
        start = problem.axis.minute(previous.start) if previous is not None else None
        if previous is None or start is None:
            continue
        keys = {e.casefold() for e in previous.members}
        team = next((t for t in task.starts if set(problem.teams[t].keys) == keys), None)
        if team is None or start not in task.starts[team]:
            continue
        blocked = task.length + task.buffer
        if not bookings.members_free(problem.teams[team].keys, start, blocked):
            continue
        found, room = bookings.room_for(task, start, [previous.room] if previous.room else [])
        if not found:
            continue
        bookings.book(problem.teams[team].keys, room, start, blocked)
        kept.append(Placement(index, team, start, room))
    return kept


def place_one(problem: Problem, bookings: Bookings, index: int) -> Placement | None:
    task = problem.tasks[index]
    blocked = task.length + task.buffer
    options = sorted((s, team) for team, starts in task.starts.items() for s in starts)
    for start, team in options:
        keys = problem.teams[team].keys
        if not bookings.members_free(keys, start, blocked):
            continue
        found, room = bookings.room_for(task, start)
        if not found:
            continue
        bookings.book(keys, room, start, blocked)
        return Placement(index, team, start, room)
    return None


def issue_first_fit(problem: Problem, stop: Callable[[], bool] | None = None) -> list[Placement]:
    """First fit as issue #3 defines the baseline: the most constrained candidate (the fewest times
    they could come) first, each at the earliest time where a valid panel and a room are free.

    Where the profile has panels it tries them in order; in pool mode it seats any free members
    holding the seats' roles (a maximum matching, so that it finds a valid seating whenever there
    is one), with no notion of compositions. Interviews that can stay where they were stay.
    """
    bookings = Bookings(problem)
    placements = keep_previous(problem, bookings)
    done = {p.task for p in placements}
    own = {i: candidate_starts(problem, t.candidate, t.length) for i, t in enumerate(problem.tasks)}
    for index in sorted(own, key=lambda i: (len(own[i]), problem.tasks[i].reference)):
        if index in done:
            continue
        if stop is not None and stop():
            break
        task = problem.tasks[index]
        if any(p.profile == task.profile.code for p in problem.data.panels):
            placement = place_one(problem, bookings, index)
        else:
            placement = _seat_from_pool(problem, bookings, index, own[index])
        if placement is not None:
            placements.append(placement)
    return placements


def _seat_from_pool(problem: Problem, bookings: Bookings, index: int, own: list[int]) -> Placement | None:
    """The earliest of the candidate's times when free members can fill every seat, and a room."""
    from scheduler.rules import match_seats
    from solver.decompose import team_index

    task = problem.tasks[index]
    seats, blocked = task.profile.seat_roles, task.length + task.buffer
    conflicted = {c.member.casefold() for c in problem.data.conflicts if c.candidate == task.reference}
    eligible = [m for m in problem.data.members if set(m.roles) & set(seats) and m.key not in conflicted]
    on_day: dict[int, list] = {}
    for start in own:
        day = start // BLOCK
        if day not in on_day:  # members with room left that day: full days are skipped at once
            on_day[day] = [m for m in eligible if _day_left(problem, bookings, m.key, day, task)]
        free = [m for m in on_day[day] if problem.members[m.key].free(start, task.length, blocked)
                and bookings.members_free((m.key,), start, blocked)]
        if len(free) < len(seats):
            continue
        matched = match_seats(free, seats)
        if len(matched) < len(seats):
            continue
        found, room = bookings.room_for(task, start)
        if not found:
            continue
        keys = tuple(free[m].key for m in matched)
        bookings.book(keys, room, start, blocked)
        return Placement(index, team_index(problem, task, keys), start, room)
    return None


def _day_left(problem: Problem, bookings: Bookings, key: str, day: int, task: Task) -> bool:
    """Whether the member could still sit this interview that day: free time for it, and room
    under their daily and total caps (a quick filter before trying each start of the day)."""
    from solver.problem import member_day_room

    if member_day_room(problem, key, day, task.length, task.length + task.buffer) == 0:
        return False
    cap = problem.caps_day.get(key)
    if cap is not None and bookings.per_day[(key, day)] + problem.fixed_per_day.get((key, day), 0) >= cap:
        return False
    cap = problem.caps_total.get(key)
    return cap is None or bookings.total[key] + problem.fixed_total.get(key, 0) < cap


def compact_fit(problem: Problem, stop: Callable[[], bool] | None = None) -> list[Placement]:
    """Fills each panel's days one after the other, the most constrained candidate first.

    First fit scatters the flexible candidates over every day a member is free; filling day by
    day gives the compact days coordinators ask for (few member-days), and is the better hint
    when the campaign has room to spare. When `stop` says so, it returns what it placed so far.
    """
    bookings = Bookings(problem)
    placements = keep_previous(problem, bookings)
    done = {p.task for p in placements}
    by_team_day: dict[tuple[int, int], list[int]] = defaultdict(list)
    days_of: dict[int, int] = {}
    for index, task in enumerate(problem.tasks):
        days = {s // BLOCK for starts in task.starts.values() for s in starts}
        days_of[index] = len(days)
        for team, starts in task.starts.items():
            for day in {s // BLOCK for s in starts}:
                by_team_day[(team, day)].append(index)
    team_days = sorted(by_team_day, key=lambda td: (-_room_for(problem, *td), td[1], td[0]))
    for team, day in team_days:
        if stop is not None and stop():
            break
        waiting = sorted(
            (i for i in by_team_day.get((team, day), []) if i not in done),
            key=lambda i: (days_of[i], problem.tasks[i].option_count, problem.tasks[i].reference),
        )
        for placement in _fill_team_day(problem, bookings, team, day, waiting):
            placements.append(placement)
            done.add(placement.task)
    return placements


def _room_for(problem: Problem, team: int, day: int) -> int:
    """How many interviews the team's free time on that day holds at most (caps included)."""
    from solver.problem import packed, team_free

    tasks = [t for t in problem.tasks if team in t.starts]
    length = min(t.length for t in tasks)
    blocked = length + min(t.buffer for t in tasks)
    count = packed(sorted(s for s in team_free(problem, team, length, blocked) if s // BLOCK == day), blocked)
    caps = [problem.caps_day[k] for k in problem.teams[team].keys if k in problem.caps_day]
    return min([count, *caps])


def _fill_team_day(
    problem: Problem, bookings: Bookings, team: int, day: int, waiting: list[int]
) -> list[Placement]:
    keys = problem.teams[team].keys
    starts = sorted({s for i in waiting for s in problem.tasks[i].starts[team] if s // BLOCK == day})
    placed: list[Placement] = []
    taken: set[int] = set()
    for start in starts:
        for index in waiting:
            task = problem.tasks[index]
            if index in taken or start not in task.starts[team]:
                continue
            blocked = task.length + task.buffer
            if not bookings.members_free(keys, start, blocked):
                continue  # a shorter interview might still fit here
            found, room = bookings.room_for(task, start)
            if not found:
                continue
            bookings.book(keys, room, start, blocked)
            placed.append(Placement(index, team, start, room))
            taken.add(index)
            break
    return placed
