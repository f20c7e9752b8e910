"""The tables: candidates, members, panels, rooms, conflicts; edited, searched, exported, undone."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from scheduler.domain import Candidate
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign


def stored(path: Path):
    """The campaign as the file holds it, read through a connection of its own."""
    with CampaignFile.open(path) as file, file.transaction() as session:
        return load_campaign(session)


def select(page, row: int) -> None:
    """Selects one row of a page's table, as a click would."""
    flags = QItemSelectionModel.SelectionFlag
    page.table.selectionModel().select(page.proxy.index(row, 0), flags.ClearAndSelect | flags.Rows)


def column(model, title: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.title == title)


def cell(view, key, title: str) -> QModelIndex:
    """The proxy index of one thing's cell, as the user sees it."""
    model, proxy = view.page.model if hasattr(view, "page") else view.model, view.proxy
    source = model.index(model.row_of(key), column(model, title))
    return proxy.mapFromSource(source)


@pytest.fixture
def candidates(qtbot, session):
    from ui.tables.candidates import CandidatesView

    view = CandidatesView(session)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


@pytest.fixture
def panel(qtbot, session):
    from ui.tables.panelview import PanelView

    view = PanelView(session)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


@pytest.fixture
def yes(monkeypatch):
    """Answers Yes to the confirmation a deletion asks for, and remembers the question."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# Every model passes Qt's own consistency checks


@pytest.mark.parametrize("which", ["candidates", "members", "panels", "rooms", "conflicts"])
def test_every_table_model_passes_the_model_tester(qtmodeltester, session, which):
    from ui.tables.candidates import CandidatesModel
    from ui.tables.panelview import ConflictsModel, MembersModel, PanelsModel, RoomsModel

    makers = {"candidates": CandidatesModel, "members": MembersModel, "panels": PanelsModel,
              "rooms": RoomsModel, "conflicts": ConflictsModel}
    model = makers[which](session)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # a sort moves rows under the tester's eyes
    session.reload()  # and a reload resets them


def test_the_filter_proxy_passes_the_model_tester(qtmodeltester, candidates):
    qtmodeltester.check(candidates.proxy, force_py=True)
    candidates.page.search.setText("TS-00")
    candidates.page.apply_search()
    candidates.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)


def test_the_members_chooser_model_passes_the_model_tester(qtmodeltester, session):
    from ui.tables.forms import MemberChoices

    model = MemberChoices(session.data.members, session.data.panels[0].members)
    qtmodeltester.check(model, force_py=True)


# Candidates


def test_the_candidates_show_their_planned_interview(candidates, session):
    model = candidates.model
    assert model.rowCount() == len(session.data.candidates)
    planned = session.data.interviews[0]
    index = cell(candidates, planned.candidate, "Interview")
    local = planned.start.astimezone(session.data.campaign.zone)
    assert index.data().endswith(f"{local:%H:%M}")
    assert str(local.day) in index.data()
    planned_references = {i.candidate for i in session.data.interviews}
    waiting = next(c for c in session.data.candidates
                   if c.status == "shortlisted" and c.reference not in planned_references)
    assert cell(candidates, waiting.reference, "Interview").data() == "not placed"
    assert candidates.page.count.text() == f"{len(session.data.candidates)} candidates"


def test_an_edited_cell_is_stored_in_the_campaign_file(candidates, session, demo_file):
    index = cell(candidates, "TS-0003", "Name")
    assert candidates.proxy.setData(index, "Giulia Rossi-Bianchi", Qt.ItemDataRole.EditRole)
    assert stored(demo_file).candidate("TS-0003").name == "Giulia Rossi-Bianchi"
    assert cell(candidates, "TS-0003", "Name").data() == "Giulia Rossi-Bianchi"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert stored(demo_file).candidate("TS-0003").name == "Giulia Rossi"
    assert cell(candidates, "TS-0003", "Name").data() == "Giulia Rossi"


def test_a_refused_edit_shows_the_core_reason_and_changes_nothing(candidates, session, demo_file):
    before = stored(demo_file).candidate("TS-0003").email
    index = cell(candidates, "TS-0003", "E-mail")
    assert not candidates.proxy.setData(index, "giulia@", Qt.ItemDataRole.EditRole)
    bar = candidates.page.bar
    assert bar.isVisible()
    assert "Candidate TS-0003, email" in bar.text()
    assert "giulia@" in bar.text()
    assert cell(candidates, "TS-0003", "E-mail").data() == before
    assert stored(demo_file).candidate("TS-0003").email == before
    assert session.undo_stack.count() == 0


def test_a_combo_editor_stores_the_choice(qtbot, candidates, demo_file):
    table = candidates.table
    index = cell(candidates, "TS-0005", "Mode")
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.viewport().findChild(QComboBox) or table.findChild(QComboBox)
    assert combo is not None and combo.accessibleName() == "Mode"
    combo.setCurrentIndex(combo.findData("remote"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: stored(demo_file).candidate("TS-0005").mode == "remote")
    assert cell(candidates, "TS-0005", "Mode").data() == "Remote"


def test_the_accessible_room_check_box_is_stored(candidates, demo_file):
    index = cell(candidates, "TS-0004", "Accessible room")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert candidates.proxy.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert stored(demo_file).candidate("TS-0004").accessible_room is True
    checked = cell(candidates, "TS-0004", "Accessible room").data(Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Checked


def test_a_new_reference_is_followed_by_interview_and_conflicts(candidates, demo_file):
    conflicted = stored(demo_file).conflicts[0].candidate
    index = cell(candidates, conflicted, "Reference")
    assert candidates.proxy.setData(index, conflicted + "-X", Qt.ItemDataRole.EditRole)
    data = stored(demo_file)
    assert data.candidate(conflicted + "-X") is not None
    assert any(c.candidate == conflicted + "-X" for c in data.conflicts)


def test_delete_asks_then_removes_with_the_interview_and_undo_restores(candidates, session, demo_file, yes):
    reference = session.data.interviews[0].candidate
    select(candidates.page, cell(candidates, reference, "Reference").row())
    assert candidates.page.delete_button.isEnabled()
    assert candidates.page.delete_selected()
    assert reference in yes[0]
    data = stored(demo_file)
    assert data.candidate(reference) is None
    assert all(i.candidate != reference for i in data.interviews)
    assert candidates.model.row_of(reference) == -1
    session.undo_stack.undo()
    data = stored(demo_file)
    assert data.candidate(reference) is not None
    assert any(i.candidate == reference for i in data.interviews)
    assert candidates.model.row_of(reference) >= 0


def test_deleting_several_rows_is_one_undo_step(candidates, session, demo_file, yes):
    table = candidates.table
    for reference in ("TS-0010", "TS-0011", "TS-0012"):
        table.selectionModel().select(
            cell(candidates, reference, "Reference"),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    assert candidates.page.delete_selected()
    assert len(stored(demo_file).candidates) == len(session.data.candidates) == 177
    session.undo_stack.undo()
    assert len(stored(demo_file).candidates) == 180


def test_cancelled_delete_changes_nothing(candidates, demo_file, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    select(candidates.page, 0)
    assert not candidates.page.delete_selected()
    assert len(stored(demo_file).candidates) == 180


def test_search_and_filters_narrow_the_rows(qtbot, candidates, session):
    page, proxy = candidates.page, candidates.proxy
    qtbot.keyClicks(page.search, "NAGY")  # typed: the search waits for a pause, then filters
    qtbot.waitUntil(lambda: proxy.rowCount() < 180)
    names = {c.name for c in proxy.items()}
    assert names and all("nagy" in n.casefold() for n in names)
    page.search.setText("kováč")  # accents are matched as written, whatever the case
    page.apply_search()
    assert proxy.rowCount() > 0 and all("kováč" in c.name.casefold() for c in proxy.items())
    assert "shown of 180 candidates" in page.count.text()
    page.search.clear()
    page.apply_search()
    assert proxy.rowCount() == 180

    candidates.profile_filter.setCurrentIndex(candidates.profile_filter.findData("AA"))
    assert proxy.rowCount() == 60
    assert {c.profile for c in proxy.items()} == {"AA"}
    candidates.status_filter.setCurrentIndex(candidates.status_filter.findData("withdrawn"))
    assert [c.status for c in proxy.items()] == ["withdrawn"] * proxy.rowCount()
    assert proxy.rowCount() == sum(1 for c in session.data.candidates
                                   if c.profile == "AA" and c.status == "withdrawn")
    candidates.profile_filter.setCurrentIndex(0)
    candidates.status_filter.setCurrentIndex(0)
    candidates.mode_filter.setCurrentIndex(candidates.mode_filter.findData("remote"))
    remote = [c for c in session.data.candidates if c.mode == "remote"]
    assert proxy.rowCount() == len(remote) > 0


def test_the_search_finds_planned_times_and_not_placed(qtbot, candidates, session):
    candidates.page.search.setText("not placed")
    candidates.page.apply_search()
    planned = {i.candidate for i in session.data.interviews}
    shown = candidates.proxy.items()
    assert shown and all(c.reference not in planned for c in shown)


def test_ctrl_f_goes_to_the_search_box(qtbot, candidates):
    candidates.activateWindow()
    qtbot.waitActive(candidates)
    candidates.table.setFocus()
    qtbot.waitUntil(candidates.table.hasFocus)
    qtbot.keyClick(candidates.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is candidates.page.search)


def test_sorting_by_a_column_sorts_the_rows(candidates):
    table, model = candidates.table, candidates.model
    table.sortByColumn(column(model, "Name"), Qt.SortOrder.AscendingOrder)
    proxy = candidates.proxy
    names = [proxy.index(r, column(model, "Name")).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    table.sortByColumn(column(model, "Interview"), Qt.SortOrder.AscendingOrder)
    assert candidates.proxy.index(0, column(model, "Interview")).data() != "not placed"


def test_add_dialog_adds_a_candidate_and_shows_refusals(qtbot, candidates, session, demo_file):
    dialog = candidates.page.add_item()
    assert dialog is not None
    editors = {c.title: e for c, e in dialog.editors}
    assert editors["Reference"].text() == "TS-0121"  # follows the campaign's own numbering
    dialog.accept()  # no name yet: the core refuses, the dialog stays open and says why
    assert dialog.isVisible()
    assert "name" in dialog.problems.text()
    editors["Name"].setText("Maria Dias")
    editors["E-mail"].setText("maria.dias@example.pt")
    dialog.accept()
    assert not dialog.isVisible()
    added = stored(demo_file).candidate("TS-0121")
    assert added is not None and added.name == "Maria Dias" and added.profile == "TS"
    assert candidates.page.selected_items()[0].reference == "TS-0121"
    session.undo_stack.undo()
    assert stored(demo_file).candidate("TS-0121") is None


def test_export_writes_the_rows_shown(qtbot, candidates, tmp_path):
    candidates.profile_filter.setCurrentIndex(candidates.profile_filter.findData("AA"))
    target = tmp_path / "aa.csv"
    assert candidates.page.export_to(target)
    qtbot.waitUntil(lambda: candidates.page.bar.isVisible(), timeout=10_000)
    assert "60 rows exported" in candidates.page.bar.text()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Reference", "Name", "Profile"]
    assert len(rows) == 61 and {r[2] for r in rows[1:]} == {"AA"}


def focusable_without_name(root) -> list[str]:
    """Controls the keyboard reaches that a screen reader could not name."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    unnamed = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), QAbstractScrollArea) and widget is widget.parent().viewport():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return unnamed


def test_every_control_has_an_accessible_name(qtbot, candidates, panel):
    assert not focusable_without_name(candidates)
    for page in panel.pages():
        panel.tabs.setCurrentWidget(page)
        assert not focusable_without_name(panel), page.title
    dialog = candidates.page.add_item()
    assert not focusable_without_name(dialog)
    dialog.reject()
    panel.tabs.setCurrentWidget(panel.panels)
    select(panel.panels, 0)
    members = panel.panels.choose_members()
    assert not focusable_without_name(members)
    members.reject()


def test_the_delete_key_deletes_the_selected_row(qtbot, candidates, demo_file, yes):
    index = cell(candidates, "TS-0020", "Name")
    candidates.table.setCurrentIndex(index)
    select(candidates.page, index.row())
    candidates.activateWindow()
    qtbot.waitActive(candidates)
    candidates.table.setFocus()
    qtbot.waitUntil(candidates.table.hasFocus)
    qtbot.keyClick(candidates.table, Qt.Key.Key_Delete)
    assert yes and "TS-0020" in yes[0]
    assert stored(demo_file).candidate("TS-0020") is None


# Panel: members, panels, rooms, conflicts


def test_members_show_their_planned_interviews_and_edit_caps(panel, session, demo_file):
    page = panel.members
    model = page.model
    busy = max(session.data.members, key=lambda m: sum(m.key in {e.casefold() for e in i.members}
                                                       for i in session.data.interviews))
    count = sum(busy.key in {e.casefold() for e in i.members} for i in session.data.interviews)
    row = model.row_of(busy.key)
    assert model.index(row, column(model, "Planned interviews")).data() == str(count)
    index = page.proxy.mapFromSource(model.index(row, column(model, "Max total")))
    assert page.proxy.setData(index, 40, Qt.ItemDataRole.EditRole)
    assert stored(demo_file).member(busy.email).max_total == 40
    assert page.proxy.setData(index, None, Qt.ItemDataRole.EditRole)
    assert stored(demo_file).member(busy.email).max_total is None
    assert index.data() == "no limit"


def test_a_member_with_a_bad_email_is_refused(panel, session, demo_file):
    page = panel.members
    member = session.data.members[0]
    index = page.proxy.mapFromSource(page.model.index(0, column(page.model, "E-mail")))
    assert not page.proxy.setData(index, "not an address", Qt.ItemDataRole.EditRole)
    assert page.bar.isVisible() and "not an address" in page.bar.text()
    assert stored(demo_file).member(member.email) is not None


def test_deleting_a_member_takes_them_off_panels_and_undo_brings_them_back(panel, session, demo_file, yes):
    page = panel.members
    member = session.data.panels[0].members[0]
    select(page, page.proxy.mapFromSource(page.model.index(page.model.row_of(member.casefold()), 0)).row())
    assert page.delete_selected()
    data = stored(demo_file)
    assert data.member(member) is None
    assert member not in data.panels[0].members
    assert panel.panels.model.index(0, 2).data().count(",") == 1  # two members left on the panel
    session.undo_stack.undo()
    data = stored(demo_file)
    assert data.member(member) is not None and member in data.panels[0].members


def test_panel_members_are_chosen_in_a_dialog(qtbot, panel, session, demo_file):
    page = panel.panels
    panel.tabs.setCurrentWidget(page)
    select(page, 0)
    dialog = page.choose_members()
    assert dialog is not None
    choices = dialog.model
    newcomer = next(m for m in session.data.members if m.email not in session.data.panels[0].members)
    row = choices.members.index(newcomer)
    assert choices.setData(choices.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    dialog.accept()
    first = stored(demo_file).panels[0]
    assert first.members[-1] == newcomer.email
    assert newcomer.name in page.model.index(0, 2).data()


def test_rooms_edit_and_add(qtbot, panel, demo_file):
    page = panel.rooms
    model = page.model
    row = model.row_of("Room BU25 03/215")
    accessible = page.proxy.mapFromSource(model.index(row, column(model, "Accessible")))
    assert page.proxy.setData(accessible, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert stored(demo_file).room("Room BU25 03/215").accessible is True
    dialog = page.add_item()
    editors = {c.title: e for c, e in dialog.editors}
    editors["Name"].setText("Room BU25 04/010")
    editors["Capacity"].setValue(5)
    dialog.accept()
    room = stored(demo_file).room("Room BU25 04/010")
    assert room is not None and room.capacity == 5 and room.kind == "onsite"


def test_conflicts_add_delete_and_search(qtbot, panel, session, demo_file, yes):
    page = panel.conflicts
    dialog = page.add_item()
    editors = {c.title: e for c, e in dialog.editors}
    member = session.data.members[3]
    editors["Member"].setCurrentIndex(editors["Member"].findData(member.email))
    candidate = editors["Candidate"]
    candidate.setEditText("TS-0042")  # typed, as in a long list one would
    editors["Reason"].setText("neighbours")
    dialog.accept()
    assert not dialog.isVisible(), dialog.problems.text()
    assert any(c.member == member.email and c.candidate == "TS-0042" and c.reason == "neighbours"
               for c in stored(demo_file).conflicts)
    page.search.setText("neighbours")
    page.apply_search()
    assert page.proxy.rowCount() == 1
    select(page, 0)
    assert page.selected_rows() == [0]
    assert page.delete_selected(), (page.bar.text(), yes)
    assert not any(c.candidate == "TS-0042" for c in stored(demo_file).conflicts)


def test_the_tables_follow_an_undo_made_elsewhere(panel, candidates, session):
    """A change from another view (here: straight through the session) shows in every table."""
    from scheduler.editing import edit

    member = session.data.members[0]
    session.apply(edit(session.data, "member", member, dataclasses.replace(member, name="Renamed")), "rename")
    row = panel.members.model.row_of(member.key)
    assert panel.members.model.index(row, 0).data() == "Renamed"
    assert "Renamed" in panel.panels.model.index(0, 2).data()
    session.undo_stack.undo()
    assert panel.members.model.index(row, 0).data() == member.name


# Ten thousand candidates


@pytest.fixture
def big_session(qtbot, tmp_path, planned_demo):
    from scheduler.operations import create_campaign
    from ui.session import CampaignSession

    data = dataclasses.replace(planned_demo[0])
    data.interviews, data.conflicts = [], []
    data.candidates = [
        Candidate(f"C-{n:05d}", f"Person {n}", "TS" if n % 3 else "AA", email=f"person{n}@example.org",
                  mode="remote" if n % 4 == 0 else "onsite",
                  status="withdrawn" if n % 50 == 0 else "shortlisted")
        for n in range(10_000)
    ]
    path = tmp_path / "big.campaign"
    create_campaign(path, data)
    opened = CampaignSession()
    opened.open(path)
    yield opened
    opened.close()


def test_ten_thousand_candidates_open_search_filter_and_edit(qtbot, big_session):
    from ui.tables.candidates import CandidatesView

    view = CandidatesView(big_session)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    proxy = view.proxy
    assert proxy.rowCount() == 10_000
    assert view.page.count.text() in ("10,000 candidates", "10 000 candidates", "10000 candidates")
    view.page.search.setText("person9999")
    view.page.apply_search()
    assert [c.reference for c in proxy.items()] == ["C-09999"]
    view.page.search.clear()
    view.page.apply_search()
    view.profile_filter.setCurrentIndex(view.profile_filter.findData("AA"))
    view.mode_filter.setCurrentIndex(view.mode_filter.findData("remote"))
    expected = sum(1 for n in range(10_000) if n % 3 == 0 and n % 4 == 0)
    assert proxy.rowCount() == expected
    view.table.sortByColumn(column(view.model, "Name"), Qt.SortOrder.DescendingOrder)
    first = proxy.items([0])[0]
    assert first.name == max((c.name for c in proxy.items()), key=str.casefold)
    index = cell(view, first.reference, "Notes")
    assert proxy.setData(index, "called back", Qt.ItemDataRole.EditRole)
    assert big_session.data.candidate(first.reference).notes == "called back"
    assert proxy.rowCount() == expected


def test_ctrl_f_in_the_window_goes_to_the_search_of_the_table_shown(qtbot, demo_file):
    """Every table page has the shortcut; only the one on screen answers it."""
    from ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.open_path(demo_file)
    window.show_view("candidates")
    candidates = window.views["candidates"]
    candidates.table.setFocus()
    qtbot.waitUntil(candidates.table.hasFocus)
    qtbot.keyClick(candidates.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is candidates.page.search)
    window.show_view("panel")
    panel = window.views["panel"]
    panel.tabs.setCurrentWidget(panel.rooms)
    panel.rooms.table.setFocus()
    qtbot.waitUntil(panel.rooms.table.hasFocus)
    qtbot.keyClick(panel.rooms.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.rooms.search)
