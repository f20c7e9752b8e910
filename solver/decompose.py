"""Large campaigns by days: which candidates come on which day first, then each day exactly.

One model of a whole large campaign does not fit in memory or time (5,000 candidates took 1.6 GB and
200 s and improved first fit by 1%). But interviews never cross days, so the campaign splits:

1. **Days** (`assign_days`): each candidate to at most one day, such that on every day the seats of
   each role, and the members' seats altogether, stay within what the members free that day can sit
   (their daily cap, or what fits end to end). This relaxation only drops the timing inside a day, so
   its best value is also an upper bound on how many candidates can be placed at all.
2. **Each day** (`plan_day`): the candidates of that day get a start, members seat by seat (any member
   holding the role in pool mode, one of the panels where the profile has panels) and a room, exactly,
   with every rule; whoever does not fit is tried again on their other days.

Interviews kept as they are (pinned) stay in the members' and rooms' booked times and caps.

Every solve takes its share of the run's `Budget` (seconds, or work units in deterministic mode)
and runs under the run's `Watchdog`; building each day's model asks it after every candidate, so
cancel ends the decomposition within a second on any day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from solver.firstfit import Placement
from solver.limits import Budget, Interrupted, StopCallback, Watchdog, halt_if, limited_solve
from solver.problem import BLOCK, Problem, Task, candidate_starts, member_day_room
from solver.teams import Team


@dataclass
class DayPlan:
    placements: list[Placement]
    left: list[int]  # tasks assigned to the day that did not fit


@dataclass
class Limits:
    """What bounds each solve of the decomposition: the run's budget, watchdog and workers."""

    budget: Budget
    watchdog: Watchdog
    workers: int

    def solve(self, cp: cp_model.CpModel, share: float, least: float, name: str,
              workers: int | None = None) -> tuple[cp_model.CpSolver, int | None]:
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = workers or self.workers
        return solver, limited_solve(cp, solver, self.budget, self.watchdog, share, name, least=least)


def candidate_days(problem: Problem, task: Task) -> list[int]:
    """Days the candidate could come, with every seat's role held by someone free and unconflicted."""
    own = candidate_starts(problem, task.candidate, task.length)
    days = sorted({s // BLOCK for s in own})
    conflicted = {c.member.casefold() for c in problem.data.conflicts if c.candidate == task.reference}
    result = []
    for day in days:
        free = [
            m
            for m in problem.data.members
            if m.key not in conflicted
            and member_day_room(problem, m.key, day, task.length, task.length + task.buffer) > 0
        ]
        if all(any(role in m.roles for m in free) for role in task.profile.seat_roles):
            result.append(day)
    return result


def assign_days(
    problem: Problem, days_of: dict[int, list[int]], limits: Limits,
    hints: dict[int, Placement] | None = None,
) -> tuple[dict[int, int], int]:
    """Candidates to days within each day's seats by role; returns the choice and an upper bound."""
    cp = cp_model.CpModel()
    chosen: dict[tuple[int, int], cp_model.IntVar] = {}
    for index, days in days_of.items():
        literals = []
        for day in days:
            literal = cp.new_bool_var(f"day[{index},{day}]")
            chosen[(index, day)] = literal
            literals.append(literal)
        if literals:
            cp.add_at_most_one(literals)
    _seat_capacities(problem, cp, chosen)
    for index, placement in (hints or {}).items():
        literal = chosen.get((index, placement.start // BLOCK))
        if literal is not None:
            cp.add_hint(literal, True)
    cp.maximize(sum(chosen.values()))
    solver, status = limits.solve(cp, 0.3, 0.5, "day assignment")
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return {}, sum(1 for days in days_of.values() if days)
    assignment = {i: d for (i, d), literal in chosen.items() if solver.boolean_value(literal)}
    return assignment, int(solver.best_objective_bound)


def _seat_capacities(
    problem: Problem, cp: cp_model.CpModel, chosen: dict[tuple[int, int], cp_model.IntVar]
) -> None:
    by_day: dict[int, list[int]] = defaultdict(list)
    for index, day in chosen:
        by_day[day].append(index)
    shortest = min(problem.tasks, key=lambda t: t.length + t.buffer)
    for day, indexes in by_day.items():
        rooms = {
            m.key: member_day_room(problem, m.key, day, shortest.length, shortest.length + shortest.buffer)
            for m in problem.data.members
        }
        seats_total = []
        roles = {r for i in indexes for r in problem.tasks[i].profile.seat_roles}
        for role in roles:
            demand = [problem.tasks[i].profile.seat_roles.count(role) * chosen[(i, day)] for i in indexes]
            supply = sum(rooms[m.key] for m in problem.data.members if role in m.roles)
            cp.add(sum(demand) <= supply)
        for i in indexes:
            seats_total.append(len(problem.tasks[i].profile.seat_roles) * chosen[(i, day)])
        cp.add(sum(seats_total) <= sum(rooms.values()))


def plan_day(
    problem: Problem, day: int, indexes: list[int], limits: Limits, share: float,
    totals: dict[str, int], preferred: set[int] | None = None,
    hints: dict[int, Placement] | None = None,
) -> DayPlan:
    """One day exactly: starts, seats by role (or whole panels), rooms; the most placed.

    Raises `Interrupted` when the run is cancelled or out of time while the model is built."""
    cp = cp_model.CpModel()
    member_intervals: dict[str, list] = defaultdict(list)
    room_intervals: dict[str, list] = defaultdict(list)
    member_uses: dict[str, list] = defaultdict(list)
    entries = []
    for index in indexes:
        halt_if(limits.watchdog.stop)
        entry = _day_entry(problem, cp, day, index, member_intervals, room_intervals, member_uses)
        if entry is not None:
            entries.append(entry)
    for group in [*member_intervals.values(), *room_intervals.values()]:
        if len(group) > 1:
            cp.add_no_overlap(group)
    for key, uses in member_uses.items():
        cap = problem.caps_day.get(key)
        if cap is not None:
            cp.add(sum(uses) <= max(0, cap - problem.fixed_per_day.get((key, day), 0)))
        cap_total = problem.caps_total.get(key)
        if cap_total is not None:
            cp.add(sum(uses) <= max(0, cap_total - problem.fixed_total.get(key, 0) - totals[key]))
    _hint_day(problem, cp, day, entries, hints or {})
    # As many as possible; among equal counts, those the day assignment chose for this day.
    preferred = preferred or set()
    weight = len(entries) + 1
    cp.maximize(sum((weight + (e.index in preferred)) * e.present for e in entries))
    solver, status = limits.solve(cp, share, 0.2, f"day {day}", workers=min(2, limits.workers))
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return DayPlan([], list(indexes))
    placements, left = [], [i for i in indexes if i not in {e.index for e in entries}]
    for e in entries:
        if not solver.boolean_value(e.present):
            left.append(e.index)
            continue
        keys = tuple(k for k, lit in e.seats if solver.boolean_value(lit))
        team = team_index(problem, problem.tasks[e.index], keys)
        room = next((n for n, lit in e.rooms if solver.boolean_value(lit)), None)
        placements.append(Placement(e.index, team, int(solver.value(e.start)), room))
        for key in problem.teams[team].keys:
            totals[key] += 1
    return DayPlan(placements, left)


def _hint_day(problem: Problem, cp: cp_model.CpModel, day: int, entries: list[_Entry],
              hints: dict[int, Placement]) -> None:
    """Start from first fit's plan of that day, for the candidates first fit put on it."""
    for e in entries:
        placement = hints.get(e.index)
        if placement is None or placement.start // BLOCK != day:
            continue
        keys = set(problem.teams[placement.team].keys)
        cp.add_hint(e.present, True)
        cp.add_hint(e.start, placement.start)
        for key, literal in e.seats:
            cp.add_hint(literal, key in keys)
        for name, literal in e.rooms:
            cp.add_hint(literal, name == placement.room)


@dataclass
class _Entry:
    index: int
    present: cp_model.IntVar
    start: cp_model.IntVar
    seats: list[tuple[str, cp_model.IntVar]]  # member key -> sits in this interview
    rooms: list[tuple[str, cp_model.IntVar]]


def _day_entry(
    problem: Problem,
    cp: cp_model.CpModel,
    day: int,
    index: int,
    member_intervals: dict,
    room_intervals: dict,
    member_uses: dict,
) -> _Entry | None:
    task = problem.tasks[index]
    blocked = task.length + task.buffer
    own = [s for s in candidate_starts(problem, task.candidate, task.length) if s // BLOCK == day]
    if not own:
        return None
    present = cp.new_bool_var(f"present[{index}]")
    start = cp.new_int_var_from_domain(cp_model.Domain.from_values(own), f"start[{index}]")
    conflicted = {c.member.casefold() for c in problem.data.conflicts if c.candidate == task.reference}
    seats = _seats(problem, cp, task, present, start, own, blocked, conflicted)
    if seats is None:
        return None
    for key, literal in seats:
        interval = cp.new_optional_fixed_size_interval_var(start, blocked, literal, f"sit[{index},{key}]")
        member_intervals[key].append(interval)
        member_uses[key].append(literal)
    rooms = []
    for name in task.rooms or []:
        room_ok = [s for s in own if problem.rooms[name].free(s, task.length, blocked)]
        if not room_ok:
            continue
        literal = cp.new_bool_var(f"room[{index},{name}]")
        if len(room_ok) < len(own):
            cp.add_linear_expression_in_domain(start, cp_model.Domain.from_values(room_ok)).only_enforce_if(
                literal
            )
        room_intervals[name].append(
            cp.new_optional_fixed_size_interval_var(start, blocked, literal, f"room[{index},{name}]")
        )
        rooms.append((name, literal))
    if task.rooms is not None:
        cp.add(sum(lit for _, lit in rooms) == present)
    return _Entry(index, present, start, seats, rooms)


def _seats(
    problem: Problem,
    cp: cp_model.CpModel,
    task: Task,
    present,
    start,
    own: list[int],
    blocked: int,
    conflicted: set[str],
) -> list[tuple[str, cp_model.IntVar]] | None:
    """Who sits: one of the profile's panels, or members seat by seat from the pool."""
    panels = [p for p in problem.data.panels if p.profile == task.profile.code]
    sits: dict[str, list] = defaultdict(list)
    if panels:
        choices = []
        for position, team in enumerate(problem.teams):
            if team.name is None or team.profile != task.profile.code or conflicted & set(team.keys):
                continue
            ok = [s for s in own if all(problem.members[k].free(s, task.length, blocked) for k in team.keys)]
            if not ok:
                continue
            literal = cp.new_bool_var(f"panel[{task.reference},{position}]")
            _restrict(cp, start, own, ok, literal)
            choices.append(literal)
            for key in team.keys:
                sits[key].append(literal)
        if not choices:
            return None
        cp.add(sum(choices) == present)
    else:
        for role, count in _roles(task).items():
            holders = []
            for member in problem.data.members:
                if role not in member.roles or member.key in conflicted:
                    continue
                ok = [s for s in own if problem.members[member.key].free(s, task.length, blocked)]
                if not ok:
                    continue
                literal = cp.new_bool_var(f"seat[{task.reference},{member.key},{role}]")
                _restrict(cp, start, own, ok, literal)
                holders.append(literal)
                sits[member.key].append(literal)
            if len(holders) < count:
                return None
            cp.add(sum(holders) == count * present)
    seats = []
    for key, literals in sits.items():
        if len(literals) == 1:
            seats.append((key, literals[0]))
            continue
        sits_here = cp.new_bool_var(f"sits[{task.reference},{key}]")
        cp.add(sum(literals) == sits_here)  # one seat per member and interview
        seats.append((key, sits_here))
    return seats


def _roles(task: Task) -> dict[str, int]:
    return {seat.role: seat.count for seat in task.profile.seats}


def _restrict(cp: cp_model.CpModel, start, own: list[int], ok: list[int], literal) -> None:
    if len(ok) < len(own):
        cp.add_linear_expression_in_domain(start, cp_model.Domain.from_values(ok)).only_enforce_if(literal)


def team_index(problem: Problem, task: Task, keys: tuple[str, ...]) -> int:
    """The team of these members, added to the problem's teams if it is a new composition."""
    wanted = set(keys)
    for index, team in enumerate(problem.teams):
        if team.profile == task.profile.code and set(team.keys) == wanted:
            return index
    members = {m.key: m for m in problem.data.members}
    ordered = _seated_order(task, [members[k] for k in keys])
    problem.teams.append(
        Team(None, task.profile.code, tuple(m.email for m in ordered), tuple(m.key for m in ordered))
    )
    return len(problem.teams) - 1


def _seated_order(task: Task, members: list) -> list:
    from scheduler.rules import match_seats

    seats = task.profile.seat_roles
    matched = match_seats(members, seats)
    return [members[m] for m in sorted(matched, key=lambda m: matched[m])]


def decomposed(
    problem: Problem, budget: Budget, workers: int, watchdog: Watchdog,
    baseline: list[Placement] | None = None,
) -> tuple[list[Placement], int]:
    """The whole campaign day by day; returns the placements and the day relaxation's bound.

    Cancelled, it returns what the days planned so far hold; out of time, the days not planned
    yet are left to the second chances (first fit around what is placed)."""
    limits = Limits(budget, watchdog, workers)
    try:
        days_of = {}
        for i, task in enumerate(problem.tasks):
            halt_if(watchdog.stop)
            days_of[i] = candidate_days(problem, task)
        hints = {p.task: p for p in baseline or []}
        assignment, bound = assign_days(problem, days_of, limits, hints)
    except Interrupted:
        budget.exhausted()  # notes the cut in deterministic mode
        return [], len(problem.tasks)
    placements, left = _plan_days(problem, days_of, assignment, limits, hints)
    if not watchdog.cancelled:
        placements += _second_chances(problem, left, placements, watchdog.stop_cancelled)
    return placements, bound


def _plan_days(
    problem: Problem, days_of: dict[int, list[int]], assignment: dict[int, int], limits: Limits,
    hints: dict[int, Placement],
) -> tuple[list[Placement], list[int]]:
    """Each day in turn, with the candidates earlier days could not hold; returns who is left."""
    by_day: dict[int, list[int]] = defaultdict(list)
    for index, day in assignment.items():
        by_day[day].append(index)
    totals: dict[str, int] = defaultdict(int)
    placements: list[Placement] = []
    left = [i for i in days_of if i not in assignment and days_of[i]]
    days = sorted({d for ds in days_of.values() for d in ds})
    for position, day in enumerate(days):
        if limits.watchdog.cancelled or limits.budget.exhausted():
            left += [i for d in days[position:] for i in by_day.get(d, [])]
            break
        chosen = by_day.get(day, [])
        room = len(chosen) + 10
        extra = [i for i in left if day in days_of[i]][: max(room, 2 * len(chosen))]
        share = 0.8 / max(1, len(days) - position)
        try:
            result = plan_day(problem, day, chosen + extra, limits, share, totals, set(chosen), hints)
        except Interrupted:
            limits.budget.exhausted()  # notes the cut in deterministic mode when out of time
            left += [i for d in days[position:] for i in by_day.get(d, [])]
            break
        placements += result.placements
        done = {p.task for p in result.placements}
        left = [i for i in left if i not in done] + [i for i in chosen if i not in done]
    return placements, left


def _second_chances(
    problem: Problem, waiting: list[int], placements: list[Placement],
    stop: StopCallback | None = None,
) -> list[Placement]:
    """Whoever no day could hold, tried by first fit around everything placed so far (until a
    cancel: like first fit, this completes the plan's floor, so running out of time does not end it)."""
    from solver.firstfit import Bookings, place_one

    bookings = Bookings(problem)
    for p in placements:
        task = problem.tasks[p.task]
        bookings.book(problem.teams[p.team].keys, p.room, p.start, task.length + task.buffer)
    extra = []
    for index in sorted(waiting, key=lambda i: (problem.tasks[i].option_count, problem.tasks[i].reference)):
        if stop is not None and stop():
            break
        placement = place_one(problem, bookings, index)
        if placement is not None:
            extra.append(placement)
    return extra
