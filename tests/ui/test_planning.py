"""Planning from the app: the solver in a worker thread, progress, cancel, the summary, one undo step.

The runs are short (a few seconds, two workers) so that the suite stays quick on two cores; the
demo campaign has a candidate in Honolulu whose local hours never meet Brussels' working hours,
so there is always someone left out with a reason.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from scheduler.editing import Change, replan_changes
from scheduler.rules import check_plan
from ui.planning import PlanningController, PlanProgress
from ui.plansummary import PlanSummary, UnplacedModel
from ui.progresspanel import ProgressDialog, ProgressPanel

RUN_TIMEOUT_MS = 90_000  # a 3 s run, the imports of OR-Tools and storing, on a busy CI machine


def stored(path: Path):
    """The campaign and the reasons as the file holds them, read apart from the session."""
    from scheduler.operations import opened
    from scheduler.store.mapping import load_campaign
    from scheduler.store.plans import load_unscheduled

    with opened(path) as db:
        return load_campaign(db), load_unscheduled(db)


def cleared(session) -> None:
    session.apply(replan_changes(session.data, []), "Remove every interview")
    assert session.data.interviews == []


class Ticks:
    """Counts a GUI-thread timer's ticks: they stop when the GUI thread is blocked."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        self.count += 1


@pytest.fixture
def controller(qtbot, session):
    planner = PlanningController(session, workers=2)
    yield planner
    planner.shutdown()


@pytest.fixture
def panel(qtbot, controller):
    widget = ProgressPanel()
    qtbot.addWidget(widget)
    widget.follow(controller)
    return widget


def test_planning_shows_progress_stores_a_valid_plan_and_undoes_in_one_step(
    qtbot, qtmodeltester, session, demo_file, controller, panel
):
    cleared(session)
    steps = session.undo_stack.count()
    _, reasons_before = stored(demo_file)
    shown: list[str] = []
    controller.progressed.connect(lambda _p: shown.append(panel.placed.text()))
    ticks = Ticks()
    ticks.timer.start()
    began = time.monotonic()
    with qtbot.waitSignal(controller.done, timeout=RUN_TIMEOUT_MS) as finished:
        assert controller.start(replan=False, time_limit=3)
        assert controller.is_running
        assert not controller.start()  # one run at a time
    seconds = time.monotonic() - began
    ticks.timer.stop()
    result = finished.args[0]

    assert shown and any(ch.isdigit() for ch in shown[0])  # "174 of 177 candidates"
    assert ticks.count >= seconds * 5  # the GUI thread kept turning: at least one tick in 200 ms
    assert not controller.is_running
    assert panel.title.text() == "Planning finished"

    data, reasons = stored(demo_file)
    assert len(data.interviews) == len(result.interviews) > 150
    assert check_plan(data) == []
    assert "TS-0099" in reasons and "Pacific/Honolulu" in reasons["TS-0099"][0]
    assert session.unscheduled_reasons == reasons
    assert session.undo_stack.count() == steps + 1
    assert session.undo_stack.undoText() == "Plan the campaign"

    summary = PlanSummary(session, result)
    qtbot.addWidget(summary)
    model = summary.panel.model
    qtmodeltester.check(model)
    rows = {model.index(r, UnplacedModel.REFERENCE).data(): model.index(r, UnplacedModel.REASON).data()
            for r in range(model.rowCount())}
    assert "Honolulu" in rows["TS-0099"]
    assert model.index(0, UnplacedModel.NAME).data()  # names, not only references
    assert summary.panel.headline.text().startswith(f"{len(result.interviews)} of ")

    session.undo_stack.undo()
    data, reasons = stored(demo_file)
    assert data.interviews == [] and session.data.interviews == []
    assert reasons == reasons_before == session.unscheduled_reasons
    session.undo_stack.redo()
    data, reasons = stored(demo_file)
    assert len(data.interviews) == len(result.interviews) and "TS-0099" in reasons


def test_cancel_stops_within_seconds_and_stores_nothing(qtbot, session, demo_file, controller, panel):
    cleared(session)
    steps = session.undo_stack.count()
    done: list[object] = []
    controller.done.connect(done.append)
    with qtbot.waitSignal(controller.progressed, timeout=RUN_TIMEOUT_MS):
        controller.start(time_limit=300)
    with qtbot.waitSignal(controller.cancelled, timeout=10_000):
        pressed = time.monotonic()
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert not panel.cancel_button.isEnabled()  # says it is cancelling, once
    # About a second on a quiet machine: the solver stops between or inside its solves.
    assert time.monotonic() - pressed < 3
    assert not controller.is_running and done == []
    assert panel.title.text() == "Planning cancelled: nothing was changed"
    assert stored(demo_file)[0].interviews == [] and session.undo_stack.count() == steps


def test_closing_the_window_mid_run_cancels_and_waits(qtbot, session, demo_file, controller):
    cleared(session)
    heard: list[object] = []
    controller.done.connect(heard.append)
    controller.cancelled.connect(lambda: heard.append("cancelled"))
    with qtbot.waitSignal(controller.progressed, timeout=RUN_TIMEOUT_MS):
        controller.start(time_limit=300)
    began = time.monotonic()
    controller.shutdown()
    assert time.monotonic() - began < 5
    assert not controller.is_running
    qtbot.wait(200)  # the worker's last signal, if queued, is ignored
    assert heard == [] and stored(demo_file)[0].interviews == []


def test_pinned_interviews_that_clash_are_shown_and_nothing_is_stored(qtbot, session, demo_file, controller):
    first, second = session.data.interviews[:2]
    clash = replace(second, start=first.start, members=list(first.members), pinned=True)
    session.apply([Change("interview", first, replace(first, pinned=True)),
                   Change("interview", second, clash)], "Pin two interviews on the same panel")
    before = stored(demo_file)[0].interviews
    steps = session.undo_stack.count()
    with qtbot.waitSignal(controller.done, timeout=RUN_TIMEOUT_MS) as finished:
        controller.start(time_limit=3)
    result = finished.args[0]
    assert result.conflicts
    assert stored(demo_file)[0].interviews == before and session.undo_stack.count() == steps
    summary = PlanSummary(session, result)
    qtbot.addWidget(summary)
    summary.show()
    assert summary.panel.headline.text() == "No plan was stored"
    assert summary.panel.conflicts.isVisible()
    assert first.candidate in summary.panel.conflicts.notes.text()


def test_an_edit_during_the_run_keeps_the_plan_out(qtbot, session, demo_file, controller):
    cleared(session)
    with qtbot.waitSignal(controller.progressed, timeout=RUN_TIMEOUT_MS):
        controller.start(time_limit=2)
    candidate = session.data.candidates[0]
    session.apply([Change("candidate", candidate, replace(candidate, notes="Call back"))], "Note")
    with qtbot.waitSignal(controller.failed, timeout=RUN_TIMEOUT_MS) as failed:
        pass
    assert "changed while it was being planned" in failed.args[0]
    assert stored(demo_file)[0].interviews == []


def test_progress_panel_shows_figures_and_escape_cancels(qtbot):
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.begin(time_limit=30)
    assert panel.bar.maximum() == 0  # busy until the first plan
    panel.show_progress(PlanProgress("placing", 120, 177, 120, 177, 2.5))
    assert panel.placed.text() == "120 of 177 candidates"
    assert (panel.bar.value(), panel.bar.maximum()) == (120, 177)
    assert panel.objective.text() == "120 placed" and panel.bound.text() == "177 placed"
    assert panel.stage.text() == "Placing as many candidates as possible"
    qtbot.waitUntil(lambda: panel.elapsed.text().endswith("of at most 0:30"))
    panel.cancel_button.setFocus()
    with qtbot.waitSignal(panel.cancelRequested, timeout=1000):
        qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Escape)
    assert panel.cancel_button.text() == "Cancelling…"


def test_progress_dialog_cancels_instead_of_closing(qtbot):
    dialog = ProgressDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.panel.begin(30)
    with qtbot.waitSignal(dialog.panel.cancelRequested, timeout=1000):
        dialog.reject()
    assert dialog.isVisible()


def test_every_focusable_control_has_an_accessible_name(qtbot, session):
    from solver.plan import PlanResult

    result = PlanResult("optimal", list(session.data.interviews), {"TS-0099": ["No time."]},
                        shortfalls=["Profile TS: 3 more interviews than panel time."],
                        stats={"solve_seconds": 1.5, "member_days": 70, "max_load": 9,
                               "capacity_bound": 180, "first_plan_seconds": 0.2})
    summary = PlanSummary(session, result)
    progress = ProgressDialog()
    for window in (summary, progress):
        qtbot.addWidget(window)
        window.show()
        for widget in window.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(window):
                assert widget.accessibleName(), type(widget).__name__
    assert summary.panel.capacity.isVisible()
    assert summary.panel.status.text().startswith("The best possible plan")


def test_the_planning_modules_do_not_import_the_solver():
    code = ("import sys, ui.planning, ui.progresspanel, ui.plansummary; "
            "print(sorted(m for m in sys.modules if m.startswith(('ortools', 'solver'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "[]"


def test_opening_another_campaign_mid_run_cancels_it(qtbot, session, demo_file, controller):
    cleared(session)
    with qtbot.waitSignal(controller.progressed, timeout=RUN_TIMEOUT_MS):
        controller.start(time_limit=300)
    with qtbot.waitSignal(controller.cancelled, timeout=10_000):
        session.close()
    assert not controller.is_running and stored(demo_file)[0].interviews == []
