"""The Availability view: a person's week, painted with the mouse and the keyboard, calendars imported."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from resources import resource_path
from scheduler import availability as av
from scheduler.domain import CampaignData, Interval, Member
from scheduler.editing import edit
from scheduler.errors import InputProblems
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign
from ui.availability import AvailabilityView, PeopleFilter, PeopleModel

NO_CALENDAR = "malgorzata.wojcik@example.org"  # a demo member without busy time
TUESDAY = 1
TEN = 4  # 09:00 + 4 slots of 15 minutes
ELEVEN_45 = 11


def stored(path: Path) -> CampaignData:
    """The campaign as the file holds it, read by a fresh connection."""
    with CampaignFile.open(path) as campaign, campaign.transaction() as store:
        return load_campaign(store)


def stored_member(path: Path, email: str) -> Member:
    member = stored(path).member(email)
    assert member is not None
    return member


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.fixture
def view(qtbot, session) -> AvailabilityView:
    widget = AvailabilityView(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.show_person("member", NO_CALENDAR)
    return widget


def centre(view: AvailabilityView, day: int, row: int):
    return view.grid.cell_rect(day, row).center()


def test_people_model_and_filter_pass_the_model_tester(qtmodeltester, session) -> None:
    model = PeopleModel()
    model.set_people(session.data)
    qtmodeltester.check(model)
    proxy = PeopleFilter()
    proxy.setSourceModel(model)
    proxy.set_kind("candidate")
    proxy.set_text("ts-00")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() > 0
    assert all(proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == "candidate"
               for r in range(proxy.rowCount()))


def test_search_and_the_members_filter_narrow_the_list(qtbot, view: AvailabilityView) -> None:
    total = view.people.rowCount()
    assert view.count_label.text() == f"{total} of {total} people"
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("member"))
    assert view.people_filter.rowCount() == len(view.session.data.members)
    qtbot.keyClicks(view.search, "wojcik")  # QTest types ASCII only; the e-mail matches
    assert view.people_filter.rowCount() == 1
    assert view.people_filter.index(0, 0).data() == "Małgorzata Wójcik"
    assert view.count_label.text() == f"1 of {total} people"


def test_choosing_a_person_in_the_list_shows_their_week(qtbot, view: AvailabilityView) -> None:
    source_row = view.people.row_of("member", "lucilla.sioli@example.org")
    row = view.people_filter.mapFromSource(view.people.index(source_row, 0))
    with qtbot.waitSignal(view.personChanged):
        view.table.setCurrentIndex(row)
    assert view.title.text() == "Lucilla Sioli"
    assert view.grid.week().blocks  # she sits in interviews in the first week
    assert "interviews this week" in view.subtitle.text()


def test_painting_a_two_hour_block_with_the_mouse_stores_it_in_utc(qtbot, view: AvailabilityView) -> None:
    assert view.week_label.text() == "22–26 April 2024"
    grid = view.grid
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=centre(view, TUESDAY, TEN))
    qtbot.mouseMove(grid, centre(view, TUESDAY, TEN + 3))
    qtbot.mouseMove(grid, centre(view, TUESDAY, ELEVEN_45))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=centre(view, TUESDAY, ELEVEN_45))

    # 10:00-12:00 in Brussels (CEST, +02:00) on Tuesday 23 April is 08:00-10:00 UTC.
    busy = Interval(utc(2024, 4, 23, 8), utc(2024, 4, 23, 10))
    assert stored_member(view.session.path, NO_CALENDAR).unavailable == [busy]
    assert view.session.undo_stack.count() == 1
    assert "busy" in view.session.undo_stack.undoText()
    week = grid.week()
    around = week.days[TUESDAY].cells[TEN - 1 : ELEVEN_45 + 2]
    assert [c.busy for c in around] == [False] + [True] * 8 + [False]
    assert "1 busy period this week" in view.subtitle.text()

    view.session.undo_stack.undo()
    assert stored_member(view.session.path, NO_CALENDAR).unavailable == []
    assert not any(c.busy for c in grid.week().days[TUESDAY].cells)


def test_painting_with_the_keyboard(qtbot, view: AvailabilityView) -> None:
    grid = view.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    for _ in range(TEN):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    for _ in range(3):
        qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert grid.selection() == (TUESDAY, TUESDAY, TEN, TEN + 3)
    assert view.cell_info.text().endswith("10:45–11:00: free")
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    hour = Interval(utc(2024, 4, 23, 8), utc(2024, 4, 23, 9))
    assert stored_member(view.session.path, NO_CALENDAR).unavailable == [hour]

    # F switches to "Mark free"; the 10:30 slot is freed again, splitting the hour.
    qtbot.keyClick(grid, Qt.Key.Key_F)
    assert view.free_button.isChecked() and grid.mode() == av.FREE
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert stored_member(view.session.path, NO_CALENDAR).unavailable == [
        Interval(utc(2024, 4, 23, 8), utc(2024, 4, 23, 8, 30)),
        Interval(utc(2024, 4, 23, 8, 45), utc(2024, 4, 23, 9)),
    ]
    qtbot.keyClick(grid, Qt.Key.Key_B)
    assert view.busy_button.isChecked() and grid.mode() == av.BUSY

    view.session.undo_stack.undo()
    assert stored_member(view.session.path, NO_CALENDAR).unavailable == [hour]
    view.session.undo_stack.undo()
    assert stored_member(view.session.path, NO_CALENDAR).unavailable == []


def test_busy_time_over_a_planned_interview_is_pointed_out(qtbot, view: AvailabilityView) -> None:
    assert view.show_person("member", "lucilla.sioli@example.org")
    block = view.grid.week().blocks[0]
    row = int(block.top)
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=centre(view, block.day_index, row))
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=centre(view, block.day_index, row))
    assert view.report.isVisible()
    assert view.report.text() == "1 planned interview now falls in busy time; move it or re-plan."
    assert view.grid.week().days[block.day_index].cells[row].busy


def test_mark_free_adds_to_the_listed_times_of_someone_who_has_some(qtbot, view: AvailabilityView) -> None:
    session = view.session
    member = session.data.member(NO_CALENDAR)
    monday = Interval(utc(2024, 4, 22, 7), utc(2024, 4, 22, 15))
    session.apply(edit(session.data, "member", member, replace(member, available=[monday])), "listed")
    assert not view.grid.week().days[TUESDAY].cells[TEN].bookable  # only Monday is listed
    view.free_button.click()
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=centre(view, TUESDAY, TEN))
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=centre(view, TUESDAY, TEN))
    assert stored_member(session.path, NO_CALENDAR).available == [
        monday, Interval(utc(2024, 4, 23, 8), utc(2024, 4, 23, 8, 15))]
    assert view.grid.week().days[TUESDAY].cells[TEN].state == av.AVAILABLE


def test_a_refused_edit_says_why(qtbot, view: AvailabilityView, monkeypatch) -> None:
    def refuse(changes, text):
        raise InputProblems(["Member x, unavailable[0].end: must be later than start."])

    monkeypatch.setattr(view.session, "apply", refuse)
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=centre(view, 0, 0))
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=centre(view, 0, 0))
    assert view.message_box is not None and view.message_box.isVisible()
    assert view.message_box.text() == "Member x, unavailable[0].end: must be later than start."
    view.message_box.close()


def test_importing_a_calendar_adds_busy_time_and_undo_removes_it(qtbot, view: AvailabilityView) -> None:
    calendar = resource_path("demo", "calendars") / "kilian.gross.ics"
    with qtbot.waitSignal(view.calendarImported, timeout=20_000) as ended:
        assert view.import_calendar(calendar)
        assert not view.import_button.isEnabled()  # the window keeps painting; no second import meanwhile
    assert ended.args == [True]
    assert view.import_button.isEnabled()
    busy = stored_member(view.session.path, NO_CALENDAR).unavailable
    assert len(busy) > 10
    assert view.report.isVisible()
    assert view.report.text().startswith(f"kilian.gross.ics: {len(busy)} busy times added")
    assert any(cell.busy for day in view.grid.week().days for cell in day.cells)
    assert view.session.undo_stack.undoText().startswith("Import calendar kilian.gross.ics")

    view.session.undo_stack.undo()
    assert stored_member(view.session.path, NO_CALENDAR).unavailable == []
    assert not any(cell.busy for day in view.grid.week().days for cell in day.cells)


def test_a_file_that_is_no_calendar_is_refused_in_one_sentence(qtbot, view: AvailabilityView,
                                                               tmp_path: Path) -> None:
    bad = tmp_path / "notes.ics"
    bad.write_text("this is not a calendar\n", encoding="utf-8")
    with qtbot.waitSignal(view.calendarImported, timeout=20_000) as ended:
        view.import_calendar(bad)
    assert ended.args == [False]
    assert view.message_box is not None and view.message_box.isVisible()
    assert "notes.ics" in view.message_box.text() and "\n" not in view.message_box.text()
    assert view.session.undo_stack.count() == 0
    view.message_box.close()


def test_week_navigation_changes_the_label(qtbot, view: AvailabilityView) -> None:
    assert view.week_label.text() == "22–26 April 2024"
    assert not view.previous_button.isEnabled() and not view.first_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.week_label.text() == "29 April – 3 May 2024"
    assert view.week_number.text() == "(week 2 of 8)"
    wednesday = view.grid.week().days[2]
    assert wednesday.closed == av.CLOSED_HOLIDAY and wednesday.holiday
    assert "holiday" in view.grid.describe(2, 0)
    header = view.grid.header_rect(2).center()
    assert view.grid.tip_at(header).endswith(wednesday.holiday)  # the header elides long names
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.week_label.text() == "6–10 May 2024"
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.week_label.text() == "29 April – 3 May 2024"
    qtbot.mouseClick(view.first_button, Qt.MouseButton.LeftButton)
    assert view.week_label.text() == "22–26 April 2024"
    for _ in range(10):
        view.next_week()
    assert view.week_label.text() == "10–14 June 2024" and not view.next_button.isEnabled()


def test_a_remote_candidate_shows_their_local_time(qtbot, view: AvailabilityView) -> None:
    assert view.show_person("candidate", "TS-0008")  # remote, Asia/Tokyo, 08:00-20:00 local
    assert "Candidate's local time: Asia/Tokyo (+07:00 from Brussels)" in view.note.text()
    assert view.legend[av.OFF_HOURS].isVisible()
    monday = view.grid.week().days[0]
    assert not monday.cells[0].off_hours and monday.cells[-1].off_hours  # 17:15 Brussels = 00:15 Tokyo
    assert "local hours" in view.grid.describe(0, len(monday.cells) - 1)
    assert view.show_person("member", NO_CALENDAR)
    assert not view.legend[av.OFF_HOURS].isVisible()
    assert "local time" not in view.note.text()


def test_every_focusable_control_has_an_accessible_name(view: AvailabilityView) -> None:
    focusable = [w for w in view.findChildren(QWidget)
                 if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(view)]
    assert view.grid in focusable and view.table in focusable and view.import_button in focusable
    assert [w.metaObject().className() for w in focusable if not w.accessibleName()] == []
    assert view.grid.accessibleName().startswith("Availability week grid: Mon 22 Apr 09:00")
    assert view.grid.accessibleDescription()


def test_a_calendar_import_over_another_programs_change_is_refused(qtbot, view: AvailabilityView) -> None:
    """The import is stored with the same version check as every edit: no lost update."""
    from scheduler.cli import main

    assert main(["import", str(view.session.path), "--country", "FR"]) == 0  # another program writes
    calendar = resource_path("demo", "calendars") / "kilian.gross.ics"
    with qtbot.waitSignal(view.calendarImported, timeout=20_000) as ended:
        view.import_calendar(calendar)
    assert ended.args == [False]
    assert "changed by another window or program" in view.message_box.text()
    assert stored_member(view.session.path, NO_CALENDAR).unavailable == []
    view.message_box.close()


def test_a_screen_reader_hears_the_cell_under_the_cursor(qtbot, view: AvailabilityView) -> None:
    """The grid's accessible name follows the cursor (a name change of the focused widget is read)."""
    from PySide6.QtGui import QAccessible

    grid = view.grid
    grid.setFocus()
    heard = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(grid, key)
        name = QAccessible.queryAccessibleInterface(grid).text(QAccessible.Text.Name)
        assert name == f"Availability week grid: {view.cell_info.text()}"
        heard.append(name)
    assert heard == [f"Availability week grid: Tue 23 Apr {span}: free"
                     for span in ("09:00–09:15", "09:15–09:30", "09:30–09:45")]
