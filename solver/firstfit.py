"""First fit: the most constrained candidate first, each at the earliest start that still works.

It is what a careful coordinator does by hand, so it is the benchmark's reference; it is also the
hint CP-SAT starts from, and the answer when the search finds nothing better in time.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from dataclasses import dataclass, field

from solver.problem import BLOCK, Problem, Range, Task, overlaps_any


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

    def room_for(self, task: Task, start: int) -> str | bool | None:
        """A free compatible room, None when the interview takes no room, False when none is free."""
        if task.rooms is None:
            return None
        blocked = task.length + task.buffer
        for name in task.rooms:
            room = self.problem.rooms[name]
            if room.free(start, task.length, blocked) and not overlaps_any(
                self.times[f"r:{name}"], start, start + blocked
            ):
                return name
        return False

    def book(self, keys: tuple[str, ...], room: str | None, start: int, blocked: int) -> None:
        for key in keys:
            insort(self.times[f"m:{key}"], (start, start + blocked))
            self.per_day[(key, start // BLOCK)] += 1
            self.total[key] += 1
        if room is not None:
            insort(self.times[f"r:{room}"], (start, start + blocked))


def first_fit(problem: Problem, order: list[int] | None = None) -> list[Placement]:
    """Places what it can; `order` overrides the most-constrained-first order of the tasks."""
    bookings = Bookings(problem)
    if order is None:
        order = sorted(
            range(len(problem.tasks)),
            key=lambda i: (problem.tasks[i].option_count, problem.tasks[i].reference),
        )
    placements = []
    for index in order:
        placement = place_one(problem, bookings, index)
        if placement is not None:
            placements.append(placement)
    return placements


def place_one(problem: Problem, bookings: Bookings, index: int) -> Placement | None:
    task = problem.tasks[index]
    blocked = task.length + task.buffer
    options = sorted((s, team) for team, starts in task.starts.items() for s in starts)
    for start, team in options:
        keys = problem.teams[team].keys
        if not bookings.members_free(keys, start, blocked):
            continue
        room = bookings.room_for(task, start)
        if room is False:
            continue
        bookings.book(keys, room, start, blocked)
        return Placement(index, team, start, room)
    return None
