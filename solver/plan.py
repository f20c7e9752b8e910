"""Planning a campaign: snapshot in, plan out (interviews, the unplaced with reasons, figures).

This is the solver's one entry point for the command line and the app. It works on a plain
`CampaignData`, holds no database session, and returns a result the core stores in one transaction.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field, replace

from scheduler.domain import CampaignData, Interview
from scheduler.rules import check_plan
from solver.firstfit import Placement
from solver.limits import SEARCH_SHARE, Interrupted, StopCallback, Watchdog
from solver.problem import BLOCK, Problem, build_problem, interview_at
from solver.reasons import Capacity, capacity_check, explain
from solver.search import ProgressCallback, SearchOptions, SearchResult, search


@dataclass
class PlanResult:
    status: str  # optimal | feasible | infeasible | unknown
    interviews: list[Interview]  # the whole plan: kept interviews and the new or moved ones
    unscheduled: dict[str, list[str]]  # candidate reference -> reasons
    shortfalls: list[str] = field(default_factory=list)  # capacity check, before the search
    conflicts: list[str] = field(default_factory=list)  # fixed choices that cannot all hold
    stats: dict[str, float | int | None] = field(default_factory=dict)
    moved: list[str] = field(default_factory=list)  # re-plan: interviews that changed
    cancelled: bool = False


def plan_campaign(
    data: CampaignData,
    *,
    replan: bool = False,
    options: SearchOptions | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopCallback | None = None,
) -> PlanResult:
    """Plans the campaign within `options.time_limit`. Cancelled (`should_stop`), it ends within
    about a second with the best plan found so far, or none at all while the problem is built."""
    options = options or SearchOptions()
    started = time.monotonic()
    conflicts = fixed_conflicts(data, replan)
    if conflicts:
        return _nothing_planned(data, replan, "infeasible", started, conflicts=conflicts)
    watchdog = Watchdog(should_stop, started + options.time_limit * SEARCH_SHARE)
    try:
        problem = build_problem(data, replan=replan, stop=watchdog.stop_cancelled)
        capacity = capacity_check(problem)
        found = search(problem, options, progress, watchdog, started)
    except Interrupted:
        return _nothing_planned(data, replan, "unknown", started, cancelled=True)
    finally:
        watchdog.close()
    return _result(data, replan, problem, capacity, found, started)


def _result(data: CampaignData, replan: bool, problem: Problem, capacity: Capacity,
            found: SearchResult, started: float) -> PlanResult:
    interviews = [f.interview for f in problem.fixed] + [
        interview_at(problem, problem.tasks[p.task], problem.teams[p.team], p.start, p.room)
        for p in found.placements
    ]
    moved = moved_interviews(data, interviews, problem) if replan else []
    stats = {
        "solve_seconds": round(time.monotonic() - started, 3),
        "objective": found.objective,
        "bound": found.bound,
        "first_plan_seconds": _rounded(found.first_plan_seconds),
        "best_plan_seconds": _rounded(found.best_plan_seconds),
        "placed": len(interviews),
        "to_place": len(problem.tasks),
        "capacity_bound": len(problem.fixed) + min(
            capacity.bound, found.placement_bound if found.placement_bound is not None else capacity.bound
        ),
        "reproducible": found.reproducible,
        **plan_figures(problem, found.placements),
    }
    status = "optimal" if found.status == "optimal" and not found.cancelled else "feasible"
    return PlanResult(status, interviews, explain(problem, found.placements),
                      shortfalls=capacity.shortfalls, stats=stats, moved=moved,
                      cancelled=found.cancelled)


def _nothing_planned(data: CampaignData, replan: bool, status: str, started: float, *,
                     conflicts: list[str] | None = None, cancelled: bool = False) -> PlanResult:
    """No plan: the kept interviews as they are (pinned ones; outside a re-plan, all)."""
    stats = dict.fromkeys(("objective", "bound", "first_plan_seconds", "best_plan_seconds",
                           "capacity_bound", "member_days", "max_load", "reproducible"))
    stats.update(solve_seconds=round(time.monotonic() - started, 3), placed=0, to_place=0)
    return PlanResult(status, list(data.interviews) if not cancelled else _kept(data, replan), {},
                      conflicts=conflicts or [], stats=stats, cancelled=cancelled)


def _kept(data: CampaignData, replan: bool) -> list[Interview]:
    active = {c.reference for c in data.candidates if c.status == "shortlisted"}
    return [i for i in data.interviews if i.candidate in active and (i.pinned or not replan)]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def fixed_conflicts(data: CampaignData, replan: bool) -> list[str]:
    """The rules that the interviews the search must keep break among themselves.

    Each violation names the smallest set of kept interviews involved (one, or the two that clash,
    or those over a cap); no search can repair them, so the coordinator must unpin or move one.
    """
    violations = check_plan(replace(data, interviews=_kept(data, replan)))
    return [
        f"{v.message} (the interviews of {', '.join(sorted({v.candidate or '', *v.related}))} "
        f"cannot all be kept)"
        for v in violations
    ]


def moved_interviews(data: CampaignData, interviews: list[Interview], problem: Problem) -> list[str]:
    before = {i.candidate: i for i in data.interviews}
    moved = []
    for interview in interviews:
        old = before.get(interview.candidate)
        if old is not None and _differs(old, interview):
            moved.append(interview.candidate)
    return moved


def _differs(old: Interview, new: Interview) -> bool:
    members = {e.casefold() for e in old.members} != {e.casefold() for e in new.members}
    return old.start != new.start or members or old.room != new.room


def plan_figures(problem: Problem, placements: list[Placement]) -> dict[str, int]:
    """Member-days and the heaviest load: what a coordinator compares between plans."""
    days: set[tuple[str, int]] = set()
    load: Counter[str] = Counter()
    for f in problem.fixed:
        if f.start is not None:
            days.update((k, f.start // BLOCK) for k in f.keys)
            load.update(f.keys)
    for p in placements:
        keys = problem.teams[p.team].keys
        days.update((k, p.start // BLOCK) for k in keys)
        load.update(keys)
    return {"member_days": len(days), "max_load": max(load.values(), default=0)}
