"""Running the search: stages in the order of the objectives, progress reports, and cancel.

The objectives are enforced lexicographically, one solve per objective, each holding the values
the earlier ones reached: place as many candidates as possible; in a re-plan, keep as many
interviews where they were; fewest member-days (compact days); fair load among members holding the
same role; finish early (or spread evenly). Each solve starts from the previous one's plan. We
measured a single weighted sum first: its huge weights left the search unable to improve on first
fit within the demo's 10 s, while separate solves with plain objectives did; separate solves also
make each stage's proof (or gap) mean something to a coordinator.

Callbacks run on CP-SAT's threads: `progress` must only hand the figures on (the app posts them to
its GUI thread). Cancel and the time limit reach every phase through `solver.limits`: a watchdog
stops the running solve, and building the model, first fit and compact fit ask it between pieces
of work, so cancel answers within a second whichever phase is running.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from solver.firstfit import Placement, compact_fit, first_fit
from solver.limits import Budget, Interrupted, Watchdog, limited_solve
from solver.model import Model, add_hint, build_model, member_loads, read_placements
from solver.problem import BLOCK, Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    """Figures for a progress panel; safe to read from another thread."""

    stage: str
    solutions: int
    placed: int
    objective: float
    bound: float
    elapsed: float


@dataclass
class SearchOptions:
    time_limit: float = 60.0
    workers: int = 8  # measured on 2 cores: 8 workers include the LP-based ones that prove bounds
    deterministic: bool = False  # one worker, fixed seed: the same plan on every run (tests)
    finish: str = "early"  # or "spread": the last objective
    decompose: bool | None = None  # plan day by day; None: for large campaigns
    seed: int = 0

    def parameters(self, solver: cp_model.CpSolver) -> None:
        """Workers and seed; the limits of each solve come from `solver.limits.Budget`."""
        p = solver.parameters
        p.num_workers = self.search_workers
        p.random_seed = self.seed
        p.cp_model_probing_level = 0  # measured: default probing costs more than it saves here

    @property
    def search_workers(self) -> int:
        return 1 if self.deterministic else self.workers


@dataclass
class SearchResult:
    placements: list[Placement]
    status: str  # optimal | feasible | infeasible | unknown
    objective: float
    bound: float
    seconds: float
    first_plan_seconds: float | None
    best_plan_seconds: float | None
    stages: list[str] = field(default_factory=list)
    cancelled: bool = False
    placement_bound: int | None = None  # at most this many of the tasks can be placed (proved)
    reproducible: bool | None = None  # deterministic mode: False when the safety net cut in


ProgressCallback = Callable[[Progress], None]


class _Reporter(cp_model.CpSolverSolutionCallback):
    def __init__(self, stage: str, model: Model, started: float, progress: ProgressCallback | None):
        super().__init__()
        self.stage, self.model, self.started, self.progress = stage, model, started, progress
        self.solutions = 0
        self.last_at: float | None = None

    def on_solution_callback(self) -> None:
        self.solutions += 1
        self.last_at = time.monotonic() - self.started
        if self.progress is not None:
            placed = sum(1 for v in self.model.tasks if self.boolean_value(v.present))
            self.progress(Progress(self.stage, self.solutions, placed, self.objective_value,
                                   self.best_objective_bound, self.last_at))


def search(
    problem: Problem,
    options: SearchOptions,
    progress: ProgressCallback | None = None,
    watchdog: Watchdog | None = None,
    started: float | None = None,
) -> SearchResult:
    """`started` is when the whole planning began, so the time limit covers building the problem;
    a tenth of it is left for the reasons and for storing the plan."""
    started = time.monotonic() if started is None else started
    budget = Budget.for_run(options.time_limit, options.deterministic, started)
    watchdog = watchdog or Watchdog(None, budget.deadline)
    large = is_large(problem, options)
    baseline = (first_fit(problem, stop=watchdog.stop_cancelled) if large
                else best_start(problem, watchdog))
    result = SearchResult(baseline, "feasible", len(baseline), len(problem.tasks), 0.0,
                          time.monotonic() - started, time.monotonic() - started, ["first-fit"])
    if progress is not None:
        progress(Progress("first-fit", 1, len(baseline), len(baseline), len(problem.tasks),
                          result.first_plan_seconds or 0.0))
    if problem.tasks and not watchdog.stop() and large:
        _by_days(problem, options, result, watchdog, budget, progress, started)
    elif problem.tasks and not watchdog.stop():
        _staged(problem, options, baseline, result, watchdog, budget, progress, started)
    elif problem.tasks:
        budget.exhausted()  # notes a cut when the time ran out before the search could start
    result.cancelled = watchdog.cancelled
    result.seconds = time.monotonic() - started
    if options.deterministic:
        result.reproducible = not budget.cut
    return result


def best_start(problem: Problem, watchdog: Watchdog | None = None) -> list[Placement]:
    """The better of first fit and compact fit: more placed first, then fewer member-days.

    First fit is the floor and always finishes unless cancelled; compact fit is only a better
    hint, so running out of time ends it too."""
    from solver.plan import plan_figures

    plans = [first_fit(problem, stop=watchdog.stop_cancelled if watchdog else None)]
    if watchdog is None or not watchdog.stop():
        plans.append(compact_fit(problem, stop=watchdog.stop if watchdog else None))
    return min(plans, key=lambda p: (-len(p), plan_figures(problem, p)["member_days"]))


LARGE_TASKS = 600
LARGE_POOL_TASKS = 150


def is_large(problem: Problem, options: SearchOptions) -> bool:
    """Whether to plan day by day (see docs/solver.md): beyond a few hundred candidates the whole
    campaign's model stops paying, and in pool mode earlier, since seating members one by one
    places more candidates than the compositions the whole-campaign model chooses among."""
    if options.decompose is not None:
        return options.decompose
    pool = any(not any(p.profile == t.profile.code for p in problem.data.panels) for t in problem.tasks)
    return len(problem.tasks) > (LARGE_POOL_TASKS if pool else LARGE_TASKS)


def _by_days(
    problem: Problem, options: SearchOptions, result: SearchResult, watchdog: Watchdog,
    budget: Budget, progress: ProgressCallback | None, started: float,
) -> None:
    from solver.decompose import decomposed

    placements, bound = decomposed(problem, budget, options.search_workers, watchdog,
                                   result.placements)
    result.stages.append("by-days")
    if len(placements) > len(result.placements):
        result.placements = placements
        result.best_plan_seconds = time.monotonic() - started
    result.objective, result.bound = len(result.placements), bound
    result.placement_bound = bound
    result.status = "optimal" if len(result.placements) >= bound else "feasible"
    if progress is not None:
        progress(Progress("by-days", 1, len(result.placements), len(result.placements), bound,
                          time.monotonic() - started))


Stage = tuple[str, Callable[[Model], cp_model.LinearExprT], float]


def _stages(problem: Problem, options: SearchOptions) -> list[Stage]:
    """The objectives in their order, each with its share of what is left of the budget."""
    stages: list[Stage] = [("placing", lambda m: -m.placed(), 0.5)]
    if any(t.previous is not None for t in problem.tasks):
        stages.append(("keeping", lambda m: -kept(m), 0.5))
    stages.append(("compacting", lambda m: sum(m.member_days.values()), 0.7))
    stages.append(("balancing", lambda m: unfairness(m)[0], 0.5))
    stages.append(("timing", lambda m: timing(m, options.finish), 1.0))
    return stages


def _staged(
    problem: Problem, options: SearchOptions, baseline: list[Placement], result: SearchResult,
    watchdog: Watchdog, budget: Budget, progress: ProgressCallback | None, started: float,
) -> None:
    try:
        model = build_model(problem, stop=watchdog.stop)
    except Interrupted:  # cancelled, or out of time: the best start is the plan
        budget.exhausted()
        return
    add_hint(model, baseline)
    proven = True
    for name, objective, share in _stages(problem, options):
        if watchdog.stop() or budget.exhausted():
            proven = False
            break
        expression = objective(model)
        model.cp.clear_hints()
        add_hint(model, result.placements)  # also hints what the objective just added
        outcome = _solve_stage(model, name, expression, options, share, watchdog, budget,
                               progress, started)
        if outcome is None:
            proven = False
            break
        placements, value, bound, optimal, found_at = outcome
        if name == "placing" and len(placements) <= len(baseline):
            placements = baseline  # never worse than first fit, which also moves least
        else:
            result.best_plan_seconds = found_at if found_at is not None else result.best_plan_seconds
        result.placements = placements
        result.objective, result.bound = abs(value), abs(bound)
        if name == "placing":
            result.placement_bound = int(abs(bound))
        result.stages.append(name)
        proven = proven and optimal
        model.cp.add(expression <= round(value))
    result.status = "optimal" if proven else "feasible"


def _solve_stage(
    model: Model, name: str, objective: cp_model.LinearExprT, options: SearchOptions,
    share: float, watchdog: Watchdog, budget: Budget, progress: ProgressCallback | None,
    started: float,
) -> tuple[list[Placement], float, float, bool, float | None] | None:
    model.cp.minimize(objective)
    solver = cp_model.CpSolver()
    options.parameters(solver)
    reporter = _Reporter(name, model, started, progress)
    status = limited_solve(model.cp, solver, budget, watchdog, share, name, callback=reporter)
    if status is None:
        return None
    log.info("stage %s: %s, objective %s, bound %s, %.2f s, %.3f work units", name,
             solver.status_name(status), solver.objective_value, solver.best_objective_bound,
             solver.wall_time, solver.deterministic_time)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    return (read_placements(model, solver), solver.objective_value, solver.best_objective_bound,
            status == cp_model.OPTIMAL, reporter.last_at)


def kept(model: Model) -> cp_model.LinearExprT:
    """How many re-planned interviews stay exactly where they were (time, team and room)."""
    cp, problem = model.cp, model.problem
    stays = []
    for index, (task, v) in enumerate(zip(problem.tasks, model.tasks, strict=True)):
        previous = task.previous
        if previous is None or not v.teams:
            continue
        old_start = problem.axis.minute(previous.start)
        keys = {e.casefold() for e in previous.members}
        team = next((t for t in v.teams if set(problem.teams[t].keys) == keys), None)
        if old_start is None or team is None or (team, old_start // BLOCK) not in v.options:
            continue
        stay = cp.new_bool_var(f"stays[{task.reference}]")
        model.derived.append((stay, lambda c, i=index, t=team, s=old_start, r=previous.room: int(
            i in c and c[i].team == t and c[i].start == s and (r is None or c[i].room == r))))
        cp.add(v.start == old_start).only_enforce_if(stay)
        cp.add_implication(stay, v.teams[team])
        if previous.room is not None and previous.room in v.rooms:
            cp.add_implication(stay, v.rooms[previous.room])
        stays.append(stay)
    return sum(stays)


def timing(model: Model, finish: str) -> cp_model.LinearExprT:
    """Finish early (the sum of the interviews' day numbers) or spread evenly (the busiest day)."""
    per_day: dict[int, list[cp_model.IntVar]] = {}
    for v in model.tasks:
        for (_, day), option in v.options.items():
            per_day.setdefault(day, []).append(option)
    if finish != "spread":
        return sum(day * sum(options) for day, options in per_day.items())
    peak = model.cp.new_int_var(0, len(model.problem.tasks), "busiest-day")
    model.derived.append((peak, lambda c: max(Counter(x.start // BLOCK for x in c.values()).values(),
                                              default=0)))
    for options in per_day.values():
        model.cp.add(sum(options) <= peak)
    return peak


def _loads(model: Model, chosen: dict[int, Placement], keys: list[str]) -> list[int]:
    loads = member_loads(model.problem, list(chosen.values()))
    return [loads.get(k, 0) for k in keys]


def unfairness(model: Model) -> tuple[cp_model.LinearExprT, int]:
    """Sum over roles of (most - least) interviews among the members holding that role."""
    cp, problem = model.cp, model.problem
    by_role: dict[str, list[str]] = {}
    for member in problem.data.members:
        if member.key in model.loads:
            for role in member.roles:
                by_role.setdefault(role, []).append(member.key)
    spreads, total_range = [], 0
    limit = len(problem.tasks) + 1
    for role, keys in sorted(by_role.items()):
        if len(keys) < 2:
            continue
        most = cp.new_int_var(0, limit, f"most[{role}]")
        least = cp.new_int_var(0, limit, f"least[{role}]")
        model.derived.append((most, lambda c, keys=keys: max(_loads(model, c, keys))))
        model.derived.append((least, lambda c, keys=keys: min(_loads(model, c, keys))))
        for key in keys:
            cp.add(model.loads[key] <= most)
            cp.add(model.loads[key] >= least)
        spreads.append(most - least)
        total_range += limit
    return sum(spreads), total_range
