"""Two people (or two windows) on one campaign file: nothing is lost, and each sees the other's changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from scheduler.editing import StaleCampaign, edit
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign


def stored(path: Path):
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return load_campaign(session)


@pytest.fixture
def windows(qtbot, demo_file: Path):
    from ui.mainwindow import MainWindow

    pair = []
    for _ in range(2):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        assert window.open_path(demo_file)
        pair.append(window)
    return pair


def test_the_other_window_notices_the_change_and_reloads(qtbot, windows, demo_file: Path):
    first, second = windows
    room = first.session.data.rooms[0]
    first.session.apply(edit(first.session.data, "room", room, replace(room, capacity=3)), "Edit room")
    qtbot.waitUntil(lambda: second.session.data.rooms[0].capacity == 3, timeout=5000)
    assert "changed by another window or program" in second.statusBar().currentMessage()
    assert first.session.data.rooms[0].capacity == 3  # its own write is not mistaken for another's
    assert first.session.undo_stack.count() == 1


def test_an_edit_made_before_noticing_is_refused_with_the_reason_and_the_first_change_stays(
    qtbot, windows, demo_file: Path
):
    first, second = windows
    second.watcher.removePaths(second.watcher.files())  # as on a network drive where watching fails
    room = first.session.data.rooms[0]
    first.session.apply(edit(first.session.data, "room", room, replace(room, capacity=3)), "Edit room")
    stale = second.session.data.rooms[0]
    with pytest.raises(StaleCampaign, match="reloaded with their changes"):
        second.session.apply(edit(second.session.data, "room", stale, replace(stale, location="X")), "Edit")
    qtbot.waitUntil(lambda: second.session.data.rooms[0].capacity == 3, timeout=5000)
    assert stored(demo_file).rooms[0].capacity == 3 and stored(demo_file).rooms[0].location == room.location
    assert second.session.undo_stack.count() == 0


def test_a_command_line_change_is_picked_up(qtbot, windows, demo_file: Path):
    from scheduler.cli import main

    first, _ = windows
    before = len(first.session.data.campaign.holidays)
    assert main(["import", str(demo_file), "--country", "FR"]) == 0  # adds 8 May
    qtbot.waitUntil(lambda: len(first.session.data.campaign.holidays) != before, timeout=5000)
