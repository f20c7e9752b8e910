"""Cancel, the time limit and deterministic budgets: what bounds every long phase of a planning run.

A run has phases CP-SAT runs (the stages, the day assignment, each day's model) and phases in plain
Python (building the problem and the model, first fit, compact fit). CP-SAT can only be stopped
from another thread, and only once its search has started, so a watchdog thread polls
`should_stop` every 50 ms and calls `stop_search` on the running solver until it returns. Python
phases cannot be stopped from outside: they ask `stop()` between small pieces of work (a
candidate, a constraint group, a day) and end early, so cancel answers within a second wherever
the run is.

Deterministic runs (one worker, fixed seed) get their budgets in CP-SAT's deterministic work units,
derived from the time limit alone, never from the clock: the same campaign and limit give the same
plan on every run and machine. The wall clock is only a safety net that keeps the run within its
limit; when it has to cut in, the plan depends on the machine's speed, and `Budget.cut` says so.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ortools.sat.python import cp_model

log = logging.getLogger(__name__)

StopCallback = Callable[[], bool]

# Deterministic work units granted per second of time limit. Measured on the 2-core machine of
# docs/benchmarks.md while other work loaded it: a stage's unit took 5 to 8 s of wall time on the
# demo, presolve included (presolve costs seconds but almost no units). At 0.05 unit per second,
# a run ends by its work budget at about two thirds of its limit there, before the safety net.
WORK_PER_SECOND = 0.05
SEARCH_SHARE = 0.9  # of the time limit; the rest is for the reasons and for storing the plan


class Interrupted(Exception):
    """A long phase ended early: the run was cancelled, or ran out of time. Whoever catches it keeps
    the best plan found so far."""


class Watchdog:
    """Watches one planning run: cancel (polled on a thread) and the wall-clock deadline."""

    def __init__(self, should_stop: StopCallback | None, deadline: float | None = None) -> None:
        self.should_stop = should_stop
        self.deadline = deadline
        self.cancelled = False
        self._solver: cp_model.CpSolver | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        if should_stop is not None:
            self._thread = threading.Thread(target=self._run, name="solver-watchdog", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._done.wait(0.05):
            if not self.cancelled and self.should_stop is not None and self.should_stop():
                self.cancelled = True
            solver = self._solver
            if self.cancelled and solver is not None:
                solver.stop_search()  # again and again: it only takes once the search has started

    def out_of_time(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def stop(self) -> bool:
        """Whether a long phase should end now: cancelled, or past the deadline."""
        return self.cancelled or self.out_of_time()

    def stop_cancelled(self) -> bool:
        """Whether the run was cancelled; for the phases that must finish in time anyway (the
        problem itself, first fit: the floor every plan is measured against)."""
        return self.cancelled

    def solve(self, solver: cp_model.CpSolver, model: cp_model.CpModel,
              callback: cp_model.CpSolverSolutionCallback | None = None) -> int:
        """One CP-SAT solve that cancel can stop; none at all once the run is cancelled."""
        if self.cancelled:
            return cp_model.UNKNOWN
        self._solver = solver
        try:
            return solver.solve(model, callback)
        finally:
            self._solver = None

    def close(self) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()


def halt_if(stop: StopCallback | None) -> None:
    """Raises `Interrupted` when `stop` says so; for phases that have no partial result to keep."""
    if stop is not None and stop():
        raise Interrupted


@dataclass
class Budget:
    """How long each CP-SAT solve may run.

    Normally seconds: each solve gets a share of what is left before the deadline. In deterministic
    mode, work units: `work` derives from the time limit only and each solve gets a share of what
    the earlier solves left (their deterministic time, the same on every run), with the deadline
    as a wall-clock safety net.
    """

    deterministic: bool
    deadline: float  # wall clock (time.monotonic) when the search must be over
    work: float = 0.0  # deterministic mode: work units for the whole search
    used: float = 0.0  # deterministic mode: work units spent so far
    cut: bool = False  # deterministic mode: the safety net cut in, the plan may differ between runs

    @classmethod
    def for_run(cls, time_limit: float, deterministic: bool, started: float) -> Budget:
        deadline = started + time_limit * SEARCH_SHARE
        return cls(deterministic, deadline, work=time_limit * WORK_PER_SECOND)

    def seconds_left(self) -> float:
        return self.deadline - time.monotonic()

    def left(self) -> float:
        """What is left to share out: work units in deterministic mode, else seconds."""
        return self.work - self.used if self.deterministic else self.seconds_left()

    def exhausted(self) -> bool:
        """No time for another solve. In deterministic mode, running out of wall time first is the
        safety net cutting in."""
        if self.seconds_left() <= 0.05:
            if self.deterministic and self.left() > 0.01:
                self.note_cut("the time limit ran out before the work budget")
            return True
        return self.left() <= 0.01

    def apply(self, solver: cp_model.CpSolver, share: float, least: float = 0.05) -> float:
        """Sets the solve's limits to `share` of what is left (at least `least`); returns the grant."""
        grant = max(least, self.left() * share)
        seconds = self.seconds_left() if self.deterministic else min(grant, self.seconds_left())
        solver.parameters.max_time_in_seconds = max(0.05, seconds)  # the safety net, or the grant
        if self.deterministic:
            solver.parameters.max_deterministic_time = grant
        return grant

    def account(self, solver: cp_model.CpSolver, status: int, grant: float, name: str) -> None:
        """Counts the work a solve spent; notes when the wall clock, not the work, ended it."""
        if not self.deterministic:
            return
        self.used += solver.deterministic_time
        finished = status in (cp_model.OPTIMAL, cp_model.INFEASIBLE, cp_model.MODEL_INVALID)
        if not finished and solver.deterministic_time < grant * 0.99:
            self.note_cut(f"{name} stopped by the wall clock")

    def note_cut(self, why: str) -> None:
        if not self.cut:
            log.warning("deterministic run cut by the time limit's safety net (%s): this plan "
                        "depends on the machine's speed and may differ between runs", why)
        self.cut = True


def limited_solve(
    model: cp_model.CpModel, solver: cp_model.CpSolver, budget: Budget, watchdog: Watchdog,
    share: float, name: str, *, least: float = 0.05,
    callback: cp_model.CpSolverSolutionCallback | None = None,
) -> int | None:
    """One solve within its share of the budget, which cancel can stop; None if it never ran."""
    grant = budget.apply(solver, share, least)
    status = watchdog.solve(solver, model, callback)
    if watchdog.cancelled:
        return None if status == cp_model.UNKNOWN else status
    budget.account(solver, status, grant, name)
    return status
