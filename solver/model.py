"""The CP-SAT model of a problem: one function builds it, constraints grouped by the rule they keep.

Per candidate: `present` (placed or not), an integer `start` on the axis, one boolean per team and
day it could take ("option"), and one per compatible room. What a candidate, team or room allows
on its own is already in the start lists of the problem; the model adds what depends on the other
interviews: nobody sits twice at once (buffers included), rooms hold one interview at a time, and
the members' daily and total caps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from solver.firstfit import Placement
from solver.limits import StopCallback, halt_if
from solver.problem import BLOCK, Problem, Task, member_day_room, shortest_interview

Literal = cp_model.IntVar


@dataclass
class TaskVars:
    present: Literal
    start: cp_model.IntVar
    teams: dict[int, Literal]  # team index -> chosen
    options: dict[tuple[int, int], Literal]  # (team, day) -> chosen
    rooms: dict[str, Literal]


@dataclass
class Model:
    problem: Problem
    cp: cp_model.CpModel
    tasks: list[TaskVars]
    member_days: dict[tuple[str, int], Literal] = field(default_factory=dict)
    loads: dict[str, cp_model.LinearExpr] = field(default_factory=dict)
    # Variables an objective adds (a maximum, a minimum): how to work out their hint from a plan.
    derived: list[tuple[cp_model.IntVar, Callable[[dict[int, Placement]], int]]] = field(
        default_factory=list
    )

    def placed(self) -> cp_model.LinearExpr:
        return sum(v.present for v in self.tasks)


def build_model(problem: Problem, stop: StopCallback | None = None) -> Model:
    """The whole campaign's model. Building it takes seconds on large campaigns (7 s for 1,000
    candidates), so it asks `stop` after every candidate and constraint group and raises
    `Interrupted` when the run is cancelled or out of time."""
    cp = cp_model.CpModel()
    tasks = []
    for i, task in enumerate(problem.tasks):
        halt_if(stop)
        tasks.append(_task_vars(cp, problem, i, task))
    model = Model(problem, cp, tasks)
    for group in (members_sit_once_at_a_time, rooms_hold_one_interview_at_a_time, member_caps):
        halt_if(stop)
        group(model, stop)
    return model


def _task_vars(cp: cp_model.CpModel, problem: Problem, i: int, task: Task) -> TaskVars:
    all_starts = sorted({s for starts in task.starts.values() for s in starts})
    present = cp.new_bool_var(f"present[{i}]")
    if not all_starts:
        cp.add(present == 0)
        return TaskVars(present, cp.new_constant(0), {}, {}, {})
    start = cp.new_int_var_from_domain(cp_model.Domain.from_values(all_starts), f"start[{i}]")
    teams, options = {}, {}
    for team, starts in task.starts.items():
        chosen = present if len(task.starts) == 1 else cp.new_bool_var(f"team[{i},{team}]")
        teams[team] = chosen
        by_day: dict[int, list[int]] = defaultdict(list)
        for s in starts:
            by_day[s // BLOCK].append(s)
        days = []
        for day, values in by_day.items():
            option = cp.new_bool_var(f"option[{i},{team},{day}]")
            if values != all_starts:
                cp.add_linear_expression_in_domain(
                    start, cp_model.Domain.from_values(values)
                ).only_enforce_if(option)
            options[(team, day)] = option
            days.append(option)
        cp.add(sum(days) == chosen)
    if len(teams) > 1:
        cp.add(sum(teams.values()) == present)
    rooms = _room_choice(cp, problem, i, task, present, start, all_starts)
    return TaskVars(present, start, teams, options, rooms)


def _room_choice(
    cp: cp_model.CpModel, problem: Problem, i: int, task: Task, present: Literal,
    start: cp_model.IntVar, all_starts: list[int],
) -> dict[str, Literal]:
    """A room for each placed interview that needs one, free for the whole interview."""
    if task.rooms is None:
        return {}
    rooms = {}
    blocked = task.length + task.buffer
    for name in task.rooms:
        resource = problem.rooms[name]
        allowed = [s for s in all_starts if resource.free(s, task.length, blocked)]
        if not allowed:
            continue
        chosen = cp.new_bool_var(f"room[{i},{name}]")
        if len(allowed) != len(all_starts):
            cp.add_linear_expression_in_domain(
                start, cp_model.Domain.from_values(allowed)
            ).only_enforce_if(chosen)
        rooms[name] = chosen
    cp.add(sum(rooms.values()) == present)
    return rooms


def members_sit_once_at_a_time(model: Model, stop: StopCallback | None = None) -> None:
    """No member in two interviews whose times, plus the buffer after each, overlap."""
    intervals: dict[str, list[cp_model.IntervalVar]] = defaultdict(list)
    problem = model.problem
    for i, (task, v) in enumerate(zip(problem.tasks, model.tasks, strict=True)):
        halt_if(stop)
        for team, chosen in v.teams.items():
            interval = model.cp.new_optional_fixed_size_interval_var(
                v.start, task.length + task.buffer, chosen, f"sits[{i},{team}]"
            )
            for key in problem.teams[team].keys:
                intervals[key].append(interval)
    for group in intervals.values():
        if len(group) > 1:
            model.cp.add_no_overlap(group)


def rooms_hold_one_interview_at_a_time(model: Model, stop: StopCallback | None = None) -> None:
    intervals: dict[str, list[cp_model.IntervalVar]] = defaultdict(list)
    for i, (task, v) in enumerate(zip(model.problem.tasks, model.tasks, strict=True)):
        halt_if(stop)
        for name, chosen in v.rooms.items():
            intervals[name].append(
                model.cp.new_optional_fixed_size_interval_var(
                    v.start, task.length + task.buffer, chosen, f"room-held[{i},{name}]"
                )
            )
    for group in intervals.values():
        if len(group) > 1:
            model.cp.add_no_overlap(group)


def member_caps(model: Model, stop: StopCallback | None = None) -> None:
    """max_per_day and max_total, counting the interviews that stay as they are."""
    problem = model.problem
    per_day: dict[tuple[str, int], list[Literal]] = defaultdict(list)
    total: dict[str, list[Literal]] = defaultdict(list)
    for v in model.tasks:
        for (team, day), option in v.options.items():
            for key in problem.teams[team].keys:
                per_day[(key, day)].append(option)
        for team, chosen in v.teams.items():
            for key in problem.teams[team].keys:
                total[key].append(chosen)
    for (key, day), options in per_day.items():
        halt_if(stop)
        cap = problem.caps_day.get(key)
        if cap is not None and len(options) > cap - problem.fixed_per_day.get((key, day), 0):
            model.cp.add(sum(options) <= max(0, cap - problem.fixed_per_day.get((key, day), 0)))
        day_on = model.cp.new_bool_var(f"member-day[{key},{day}]")
        if problem.fixed_per_day.get((key, day)):
            model.cp.add(day_on == 1)  # already there for an interview that stays: no extra day
        for option in options:
            model.cp.add_implication(option, day_on)
        # The same link as a count gives the search a useful bound on member-days.
        most = day_capacity(problem, key, day)
        if most < len(options):
            model.cp.add(sum(options) <= most * day_on)
        model.member_days[(key, day)] = day_on
    for key, chosen in total.items():
        cap = problem.caps_total.get(key)
        if cap is not None and len(chosen) > cap - problem.fixed_total.get(key, 0):
            model.cp.add(sum(chosen) <= max(0, cap - problem.fixed_total.get(key, 0)))
        model.loads[key] = sum(chosen)


def day_capacity(problem: Problem, key: str, day: int) -> int:
    """At most how many interviews a member can sit on a day: their cap, or what fits end to end.

    Packing the shortest interview greedily from the morning on is the most that fits (earliest
    end first is optimal for equal lengths); the count gives the search a real bound on member-days.
    """
    shortest = shortest_interview(problem, key)
    return 0 if shortest is None else member_day_room(problem, key, day, *shortest)


def add_hint(model: Model, placements: list[Placement]) -> None:
    """Start the search from a known plan (first fit, or the plan being re-planned)."""
    chosen = {p.task: p for p in placements}
    for i, v in enumerate(model.tasks):
        p = chosen.get(i)
        model.cp.add_hint(v.present, p is not None)
        if p is None:
            continue
        model.cp.add_hint(v.start, p.start)
        for team, literal in v.teams.items():
            if literal is not v.present:
                model.cp.add_hint(literal, team == p.team)
        for (team, day), literal in v.options.items():
            model.cp.add_hint(literal, team == p.team and day == p.start // BLOCK)
        for name, literal in v.rooms.items():
            model.cp.add_hint(literal, name == p.room)
    problem = model.problem
    busy = {(k, p.start // BLOCK) for p in placements for k in problem.teams[p.team].keys}
    for key_day, literal in model.member_days.items():
        model.cp.add_hint(literal, key_day in busy or bool(problem.fixed_per_day.get(key_day)))
    for variable, value in model.derived:
        model.cp.add_hint(variable, value(chosen))


def member_loads(problem: Problem, placements: list[Placement]) -> dict[str, int]:
    loads: dict[str, int] = defaultdict(int)
    for p in placements:
        for key in problem.teams[p.team].keys:
            loads[key] += 1
    return loads


def read_placements(
    model: Model, value: cp_model.CpSolver | cp_model.CpSolverSolutionCallback
) -> list[Placement]:
    placements = []
    for i, v in enumerate(model.tasks):
        if not value.boolean_value(v.present):
            continue
        team = next(t for t, literal in v.teams.items() if value.boolean_value(literal))
        room = next((n for n, literal in v.rooms.items() if value.boolean_value(literal)), None)
        placements.append(Placement(i, team, int(value.value(v.start)), room))
    return placements
