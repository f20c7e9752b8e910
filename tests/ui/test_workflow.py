"""The coordinator's whole round through the window's own widgets: open, plan, adjust, undo, invite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign
from tests.ui.test_planview import drag, free_slot, lane_of, local_day, week_interviews


def menu_action(window, menu_text: str, action_text: str) -> QAction:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_text)
    return next(a for a in menu.actions() if a.text() == action_text)


def stored(path: Path):
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return load_campaign(session)


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch):
    import ui.mainwindow
    from ui.invitationworkers import wait_for_all
    from ui.mainwindow import MainWindow

    monkeypatch.setattr(ui.mainwindow, "demo_path", lambda: tmp_path / "Demo campaign.campaign")
    shown = MainWindow()
    qtbot.addWidget(shown)
    shown.resize(1400, 900)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    wait_for_all()


def test_open_the_demo_plan_it_drag_undo_and_export_the_invitations(qtbot, window, tmp_path: Path):
    # Open the demo from the File menu: the window shows the campaign's views.
    menu_action(window, "&File", "Open &demo campaign").trigger()
    assert window.session.is_open and window.stack.currentWidget() is window.campaign_page
    path = window.session.path
    assert len(stored(path).interviews) == 2  # the demo comes with two pinned interviews

    # Plan (F5): the progress panel shows while the window keeps working, then the summary.
    window.plan_time_limit = 4.0
    with qtbot.waitSignal(window.planning.progressed, timeout=30_000):
        menu_action(window, "Pl&anning", "&Plan the campaign").trigger()
        assert window.progress_dock.isVisible()
    with qtbot.waitSignal(window.planning.stopped, timeout=60_000):
        pass
    assert not window.progress_dock.isVisible()
    assert window.summary.isVisible()
    planned = stored(path)
    assert len(planned.interviews) > 150
    assert "TS-0099" in window.session.unscheduled_reasons  # Honolulu: no Brussels hour reaches
    qtbot.waitUntil(lambda: "placed" in window.status.placed.text(), timeout=5000)
    window.summary.close()

    # Drag an interview onto a time its panel is busy: refused, with the reason; the file unchanged.
    window.show_view("plan")
    view = window.views["plan"]
    qtbot.waitUntil(lambda: bool(view.shown_references()), timeout=5000)
    moving, day, moment = free_slot(view)
    lane = lane_of(view, moving.candidate)
    busy = next(i for i in week_interviews(window.session, view.days())
                if i.candidate != moving.candidate and lane_of(view, i.candidate) == lane)
    with qtbot.waitSignal(view.refused) as refused:
        drag(qtbot, view, moving.candidate, view.point_for(lane, local_day(window.session, busy), busy.start))
    assert refused.args[0] and view.message.isVisible()
    assert next(i for i in stored(path).interviews if i.candidate == moving.candidate) == moving

    # Drag it to a free time: stored at once; Edit > Undo puts it back.
    drag(qtbot, view, moving.candidate, view.point_for(lane, day, moment))
    assert next(i for i in stored(path).interviews if i.candidate == moving.candidate).start == moment
    undo = menu_action(window, "&Edit", f"&Undo {window.session.undo_stack.undoText()}")
    undo.trigger()
    assert next(i for i in stored(path).interviews if i.candidate == moving.candidate).start == moving.start

    # Export the invitations to a folder: every pending message is written, and none is left.
    window.show_view("invitations")
    invitations = window.views["invitations"]
    qtbot.waitUntil(lambda: invitations.pending_model.rowCount() > 4 * 150, timeout=20_000)
    pending = invitations.pending_model.rowCount()
    with qtbot.waitSignal(invitations.exportDone, timeout=120_000):
        invitations.export_invitations(tmp_path / "invitations")
    manifest = json.loads((tmp_path / "invitations" / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["messages"]) == pending
    qtbot.waitUntil(lambda: invitations.pending_model.rowCount() == 0, timeout=10_000)
