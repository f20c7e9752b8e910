"""Planning from the app: the solver in a worker thread, its result stored as one undoable edit.

`PlanWorker` runs `solver.plan.plan_campaign` on a deep copy of the campaign in a QThread, so the
solver never sees the database nor the session, and the window keeps painting. CP-SAT calls the
progress callback on its own threads; the worker only hands the figures on through a signal, which
Qt queues to the GUI thread. Cancel sets a threading.Event that the solver's watchdog polls.

`PlanningController` lives in the GUI thread. When the run ends it does what `interview-scheduler
solve` does: a cancelled run stores nothing; fixed interviews that break the rules among themselves
are shown and nothing is stored; otherwise the plan is stored through the session as one undo
step (`PlanCommand`), with the reasons for who is left out and the run's figures, which undo puts
back as they were. The solver and OR-Tools are imported only when a run starts, so the window opens
fast.
"""

from __future__ import annotations

import copy
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QUndoCommand

from scheduler.editing import Change, apply_to_data, change_problems, replan_changes, undo_all
from scheduler.errors import CampaignError, InputProblems

if TYPE_CHECKING:
    from collections.abc import Sequence

    from scheduler.domain import CampaignData
    from solver.plan import PlanResult
    from solver.search import Progress
    from ui.session import CampaignSession

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT = 30.0  # seconds: the app's default; the command line's is 60
DEFAULT_WORKERS = 8  # as the command line: measured on 2 cores, the extra workers prove bounds
SHUTDOWN_WAIT_MS = 10_000
# Threads (with their workers) that outlived a shutdown wait: never expected, kept so as not to abort.
_STILL_RUNNING: list[tuple[QThread, PlanWorker | None]] = []


@dataclass(frozen=True)
class PlanProgress:
    """What the progress panel shows; built on a solver thread, read in the GUI thread."""

    stage: str  # the solver's stage: first-fit, placing, keeping, compacting, balancing, timing, by-days
    placed: int  # candidates placed by the best plan so far (those the run had to place)
    to_place: int | None  # how many the run has to place; None until the first plan is known
    objective: float  # the current stage's objective, as a positive figure
    bound: float  # the best the current stage can still reach
    elapsed: float  # seconds since the run started
    solutions: int = 0


@dataclass(frozen=True)
class PlanOutcome:
    """The reasons and figures stored beside a plan; undo stores the previous ones back."""

    unscheduled: dict[str, list[str]] = field(default_factory=dict)
    status: str = "unknown"
    stats: dict[str, float | int | None] = field(default_factory=dict)


class PlanWorker(QObject):
    """Runs one plan in its QThread. Create it, move it to the thread, connect `run` to `started`."""

    progressed = Signal(object)  # PlanProgress
    finished = Signal(object)  # solver.plan.PlanResult (also when cancelled: result.cancelled)
    failed = Signal(str)  # one sentence; the traceback went to the log

    def __init__(
        self,
        snapshot: CampaignData,
        *,
        replan: bool = False,
        time_limit: float = DEFAULT_TIME_LIMIT,
        workers: int = DEFAULT_WORKERS,
        deterministic: bool = False,
        stop: threading.Event | None = None,
    ) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.replan = replan
        self.time_limit = time_limit
        self.workers = workers
        self.deterministic = deterministic
        self.stop = stop or threading.Event()  # the controller keeps it: the worker may be gone
        self._to_place: int | None = None

    def cancel(self) -> None:
        """Asks the solver to stop; safe from any thread (the worker's own is busy in `run`)."""
        self.stop.set()

    @Slot()
    def run(self) -> None:
        try:
            from solver.plan import plan_campaign
            from solver.search import SearchOptions

            options = SearchOptions(time_limit=self.time_limit, workers=self.workers,
                                    deterministic=self.deterministic)
            result = plan_campaign(self.snapshot, replan=self.replan, options=options,
                                   progress=self._report, should_stop=self.stop.is_set)
        except Exception:
            log.exception("planning failed")
            self.failed.emit(self.tr("The planner stopped on an unexpected error; the campaign "
                                     "file is unchanged. The log has the details."))
            return
        self.finished.emit(result)

    def _report(self, progress: Progress) -> None:
        """Called on CP-SAT's threads: only turns the figures into a PlanProgress and emits it."""
        if progress.stage == "first-fit":
            # The first report's bound is the number of candidates the run has to place.
            self._to_place = int(progress.bound)
        self.progressed.emit(PlanProgress(
            stage=progress.stage,
            placed=progress.placed,
            to_place=self._to_place,
            objective=abs(progress.objective),
            bound=abs(progress.bound),
            elapsed=progress.elapsed,
            solutions=progress.solutions,
        ))


def read_outcome(session: CampaignSession) -> PlanOutcome:
    """The reasons and run figures stored now, to put back when the plan is undone."""
    from scheduler.store.plans import load_plan_run, load_unscheduled

    with session.document.file.transaction() as db:
        status, stats = load_plan_run(db)
        return PlanOutcome(load_unscheduled(db), status, dict(stats))


def store_plan(session: CampaignSession, changes: Sequence[Change], outcome: PlanOutcome) -> None:
    """Checks and stores a plan's interview changes with its reasons and figures, in one transaction.

    The core checks the changes as for any edit (`change_problems`); the plan is then written with
    `replace_plan`, which updates all interviews in one pass: storing change by change took 2.4 s of
    CPU for the demo's 174 interviews, in the GUI thread, against 0.2 s this way.
    """
    from scheduler.store.plans import replace_plan

    document = session.document
    if document is None:
        raise CampaignError("No campaign is open.")
    trial = apply_to_data(document.data, changes)
    problems = change_problems(trial, changes)
    if problems:
        raise InputProblems(problems)
    try:
        with document.writing() as db:
            replace_plan(db, trial.interviews, outcome.unscheduled, outcome.status, outcome.stats)
    except KeyError:  # the key may be a member's e-mail address: not for the log
        log.warning("plan refused: a candidate, member or room is no longer in the campaign file")
        raise CampaignError("The campaign file changed elsewhere since it was opened: reopen it.") from None
    document.data = trial
    session.load_reasons()
    session.changed.emit({"interview"})


class PlanCommand(QUndoCommand):
    """A stored plan on the undo stack: its interview changes and the reasons and figures beside them."""

    def __init__(self, session: CampaignSession, changes: Sequence[Change], before: PlanOutcome,
                 after: PlanOutcome, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.changes = list(changes)
        self.before, self.after = before, after
        self.stored = True  # stored before the push: the first redo() must not store it again

    def redo(self) -> None:
        if self.stored:
            self.stored = False
            return
        self._store(self.changes, self.after)

    def undo(self) -> None:
        self._store(undo_all(self.changes), self.before)

    def _store(self, changes: list[Change], outcome: PlanOutcome) -> None:
        try:
            store_plan(self.session, changes, outcome)
        except CampaignError as error:
            # The file no longer allows it (changed elsewhere): say so and drop the step.
            self.setObsolete(True)
            self.session.refused.emit(str(error))


class PlanningController(QObject):
    """Starts, follows and cancels one planning run at a time, and stores what it found.

    Signals: `started` when a run starts; `progressed(PlanProgress)` during it; then exactly one
    of `done(PlanResult)` (stored, or nothing stored when `result.conflicts` says why),
    `cancelled()` (nothing stored) and `failed(str)`; and `stopped()` last, in every case.
    """

    started = Signal()
    progressed = Signal(object)  # PlanProgress
    done = Signal(object)  # solver.plan.PlanResult
    cancelled = Signal()
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, session: CampaignSession, parent: QObject | None = None, *,
                 workers: int = DEFAULT_WORKERS, deterministic: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.workers = workers
        self.deterministic = deterministic
        self.replan = False
        self.time_limit = DEFAULT_TIME_LIMIT
        self.last_result: PlanResult | None = None
        self._thread: QThread | None = None
        self._worker: PlanWorker | None = None
        self._stop = threading.Event()
        self._base: CampaignData | None = None
        self._closing = False
        session.closed.connect(self.cancel)  # another campaign opened mid-run: drop this run

    @property
    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, replan: bool = False, time_limit: float = DEFAULT_TIME_LIMIT) -> bool:
        """Starts a run (False if one is running or no campaign is open); returns at once."""
        if self.is_running or not self.session.is_open:
            return False
        self.replan, self.time_limit = replan, time_limit
        self._base = self.session.data  # edits replace it: a different object means it changed
        self._stop = threading.Event()
        worker = PlanWorker(copy.deepcopy(self._base), replan=replan, time_limit=time_limit,
                            workers=self.workers, deterministic=self.deterministic, stop=self._stop)
        thread = QThread()
        thread.setObjectName("planner")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_progressed)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        # quit is thread-safe: the thread ends as soon as run() returns, whatever the GUI is doing.
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread, self._worker, self._closing = thread, worker, False
        log.info("planning started (replan %s, time limit %.0f s)", replan, time_limit)
        thread.start()
        self.started.emit()
        return True

    @Slot()
    def cancel(self) -> None:
        """Asks the running search to stop; `cancelled` follows within about a second."""
        if self.is_running:
            self._stop.set()

    def shutdown(self) -> None:
        """Cancels a run and waits for its thread (the window is closing); nothing is stored."""
        if self._thread is None:
            return
        self._closing = True
        self.cancel()
        self._end_thread()

    @Slot(object)
    def _on_progressed(self, progress: PlanProgress) -> None:
        if not self._closing:
            self.progressed.emit(progress)

    @Slot(object)
    def _on_finished(self, result: PlanResult) -> None:
        cancelled = result.cancelled or self._stop.is_set()
        self._end_thread()
        if self._closing:
            return
        self.last_result = result
        try:
            self._conclude(result, cancelled)
        finally:
            self.stopped.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end_thread()
        if self._closing:
            return
        self.failed.emit(message)
        self.stopped.emit()

    def _conclude(self, result: PlanResult, cancelled: bool) -> None:
        if cancelled:
            log.info("planning cancelled; nothing stored")
            self.cancelled.emit()
        elif result.conflicts:
            log.info("planning refused: %d conflicts among the kept interviews", len(result.conflicts))
            self.done.emit(result)
        elif self.session.is_open and self.session.data is self._base:
            try:
                self._store(result)
            except CampaignError as error:
                log.warning("plan not stored: the core refused it")
                self.failed.emit(str(error))
                return
            self.done.emit(result)
        else:
            self.failed.emit(self.tr("The campaign changed while it was being planned, so the plan "
                                     "was not stored: plan again."))

    def _store(self, result: PlanResult) -> None:
        changes = replan_changes(self.session.data, result.interviews)
        text = self.tr("Re-plan the campaign") if self.replan else self.tr("Plan the campaign")
        before = read_outcome(self.session)
        after = PlanOutcome(dict(result.unscheduled), result.status, dict(result.stats))
        store_plan(self.session, changes, after)
        self.session.undo_stack.push(PlanCommand(self.session, changes, before, after, text))
        log.info("plan stored: %d changes, %d not placed (%s)", len(changes),
                 len(result.unscheduled), result.status)

    def _end_thread(self) -> None:
        """Waits for the worker thread (run() has returned or is about to) and lets both go."""
        thread = self._thread
        if thread is None:
            return
        worker = self._worker
        self._thread, self._worker = None, None
        thread.quit()
        if thread.wait(SHUTDOWN_WAIT_MS):
            # The worker is Python's (no parent): dropping it here, once its thread has ended,
            # deletes it once; a deleteLater in its thread as well would race with that.
            del worker
            thread.deleteLater()
            return
        # Deleting a running QThread (or its worker) aborts the process: keep both until it ends.
        log.warning("the planner thread did not stop in time")
        _STILL_RUNNING.append((thread, worker))
