"""The Plan view driven through its widgets: browse the calendar, drag interviews, pin, print."""

from __future__ import annotations

import time as clock
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from scheduler.domain import CampaignData, Interview
from scheduler.editing import Change, move_problems
from scheduler.planlayout import DAY, MEMBERS, PANELS, ROOMS, WEEK, PlanLayout, proposed_move, slot_times
from scheduler.store.mapping import load_campaign
from ui.plancalendar import PlanCalendar
from ui.planview import MoveDialog, PlanView

FIRST_WEEK = [date(2024, 4, 22) + timedelta(days=i) for i in range(5)]


@pytest.fixture
def view(qtbot, session) -> PlanView:
    shown = PlanView(session)
    qtbot.addWidget(shown)
    shown.resize(1400, 900)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def stored(session) -> CampaignData:
    """The campaign as the file holds it (not as the window remembers it)."""
    with session.document.file.transaction() as unit:
        return load_campaign(unit)


def stored_interview(session, reference: str) -> Interview | None:
    return next((i for i in stored(session).interviews if i.candidate == reference), None)


def local_day(session, interview: Interview) -> date:
    return interview.start.astimezone(session.data.campaign.zone).date()


def week_interviews(session, days: list[date]) -> list[Interview]:
    return [i for i in session.data.interviews if local_day(session, i) in days]


def lane_of(view: PlanView, reference: str) -> int:
    return view.layout_.blocks_of(reference)[0].lane


def drag(qtbot, view: PlanView, reference: str, target: QPoint) -> None:
    """Presses near the top of the block and releases at the same height above `target`."""
    viewport = view.calendar.viewport()
    rect = view.block_rect(reference)
    assert not rect.isEmpty()
    grab = QPoint(rect.center().x(), rect.top() + 6)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(viewport, pos=grab + QPoint(0, 25))
    drop = target + QPoint(0, 7)
    qtbot.mouseMove(viewport, pos=drop)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=drop)


def free_slot(view: PlanView) -> tuple[Interview, date, datetime]:
    """An unpinned interview of the week and a start in its own lane, on a shown day, that the core
    finds nothing wrong with (asked the way the view asks: `move_problems`)."""
    data = view.session.data
    for interview in week_interviews(view.session, view.days()):
        if interview.pinned:
            continue
        lane = view.layout_.lanes[lane_of(view, interview.candidate)]
        for day in view.days():
            for moment in slot_times(data.campaign, day):
                proposed = proposed_move(interview, lane, lane, moment)
                if proposed.start != interview.start and not move_problems(data, proposed):
                    return interview, day, moment
    raise AssertionError("no free slot this week")


def movable(session) -> Interview:
    """An interview of the first week that is not pinned (the demo pins two)."""
    return next(i for i in week_interviews(session, FIRST_WEEK) if not i.pinned)


def test_the_demo_opens_in_week_view_on_the_first_campaign_week(view, session):
    assert (view.view, view.mode) == (WEEK, PANELS)
    assert view.days() == FIRST_WEEK
    expected = {i.candidate for i in week_interviews(session, FIRST_WEEK)}
    assert expected and view.shown_references() == expected
    assert "22" in view.date_label.text() and "26" in view.date_label.text()
    assert [lane.label for lane in view.layout_.lanes] == ["TS panel A", "TS panel B", "AA panel"]
    assert not view.previous_action.isEnabled() and view.next_action.isEnabled()


def test_browsing_weeks_days_and_lane_modes(view, session):
    view.next_action.trigger()
    second = [d + timedelta(days=7) for d in FIRST_WEEK]
    assert view.days() == second
    assert view.shown_references() == {i.candidate for i in week_interviews(session, second)}
    view.previous_action.trigger()
    assert view.days() == FIRST_WEEK
    view.day_action.trigger()
    assert view.view == DAY and view.days() == [FIRST_WEEK[0]]
    assert view.shown_references() == {i.candidate for i in week_interviews(session, [FIRST_WEEK[0]])}
    view.next_action.trigger()
    assert view.days() == [FIRST_WEEK[1]]
    view.set_mode(ROOMS)
    assert [lane.label for lane in view.layout_.lanes][:2] == ["Room BU25 02/101", "Room BU25 03/215"]
    view.set_mode(MEMBERS)
    pinned = next(i for i in session.data.interviews if i.pinned)
    assert len(view.layout_.blocks_of(pinned.candidate)) == len(pinned.members)
    view.today_action.trigger()  # the campaign is long over: its last day
    assert view.days() == [date(2024, 6, 14)]


def test_a_drop_where_the_panel_sits_in_another_interview_is_refused_and_says_why(qtbot, view, session):
    moving = movable(session)
    lane = lane_of(view, moving.candidate)
    other = next(i for i in week_interviews(session, FIRST_WEEK)
                 if i.candidate != moving.candidate and lane_of(view, i.candidate) == lane)
    before_rect = view.block_rect(moving.candidate)
    target = view.point_for(lane, local_day(session, other), other.start)
    with qtbot.waitSignal(view.refused) as refused:
        drag(qtbot, view, moving.candidate, target)
    assert "sits in" in refused.args[0]  # the validator's words: a member double-booked
    assert view.message.isVisible() and moving.candidate in view.message.message()
    assert "sits in" in view.message.message()
    assert stored_interview(session, moving.candidate) == moving
    back = view.block_rect(moving.candidate)  # the block is back where it was (the bar took some height)
    home = view.point_for(lane, local_day(session, moving), moving.start)
    assert back.left() == before_rect.left() and abs(back.top() - home.y()) <= 2
    assert session.undo_stack.count() == 0


def test_a_drop_on_a_free_slot_is_stored_and_undone_in_one_step(qtbot, view, session):
    moving, day, moment = free_slot(view)
    old_rect = view.block_rect(moving.candidate)
    drag(qtbot, view, moving.candidate, view.point_for(lane_of(view, moving.candidate), day, moment))
    assert stored_interview(session, moving.candidate).start == moment
    assert view.block_rect(moving.candidate) != old_rect
    assert view.message.kind == "info" and session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert stored_interview(session, moving.candidate).start == moving.start
    qtbot.waitUntil(lambda: view.block_rect(moving.candidate) == old_rect, timeout=1000)
    assert not view.message.isVisible()  # the "moved" note went with the move
    session.undo_stack.redo()
    assert stored_interview(session, moving.candidate).start == moment


def test_a_drop_on_another_panel_lane_takes_that_panels_members_or_is_refused(qtbot, view, session):
    moving = movable(session)
    lane = lane_of(view, moving.candidate)
    wrong = 2 if lane != 2 else 0  # a TS interview on the AA panel (or the reverse): wrong seats
    with qtbot.waitSignal(view.refused) as refused:
        drag(qtbot, view, moving.candidate, view.point_for(wrong, local_day(session, moving), moving.start))
    assert "panel" in refused.args[0]
    assert stored_interview(session, moving.candidate) == moving


def test_pin_and_unpin_through_the_context_menu(qtbot, view, session):
    moving = movable(session)
    viewport = view.calendar.viewport()
    center = view.block_rect(moving.candidate).center()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, center,
                                                       viewport.mapToGlobal(center)))
    assert view.calendar.selected_reference() == moving.candidate
    menu = view._menu
    pin = next(a for a in menu.actions() if a.text() == "Pin")
    pin.trigger()
    menu.close()
    assert stored_interview(session, moving.candidate).pinned
    assert view.pin_action.text() == "Unpin"
    view.pin_action.trigger()
    assert not stored_interview(session, moving.candidate).pinned
    assert view.pin_action.text() == "Pin"
    assert session.undo_stack.count() == 2


def test_unschedule_takes_the_interview_out_and_undo_brings_it_back(qtbot, view, session):
    moving = movable(session)
    qtbot.mouseClick(view.calendar.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.block_rect(moving.candidate).center())
    view.unschedule_action.trigger()
    assert stored_interview(session, moving.candidate) is None
    assert moving.candidate not in view.shown_references()
    session.undo_stack.undo()
    assert stored_interview(session, moving.candidate) == moving
    assert moving.candidate in view.shown_references()


def test_replan_is_asked_of_the_main_window(qtbot, view):
    with qtbot.waitSignal(view.replanRequested):
        view.replan_action.trigger()


def test_keyboard_selects_and_moves_one_slot(qtbot, view, session):
    data = session.data
    step = timedelta(minutes=data.campaign.slot_minutes)
    lanes = view.layout_.lanes

    def later_is_free(i: Interview) -> bool:
        lane = lanes[lane_of(view, i.candidate)]
        return not i.pinned and not move_problems(data, proposed_move(i, lane, lane, i.start + step))

    moving = next(i for i in week_interviews(session, FIRST_WEEK) if later_is_free(i))
    view.calendar.setFocus()
    qtbot.keyClick(view.calendar, Qt.Key.Key_Home)
    assert view.calendar.selected_reference()
    qtbot.keyClick(view.calendar, Qt.Key.Key_Down)
    view.select(moving.candidate)
    qtbot.keyClick(view.calendar, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_interview(session, moving.candidate).start == moving.start + step
    assert view.calendar.selected_reference() == moving.candidate


def test_move_to_dialog_checks_live_and_moves(qtbot, view, session, monkeypatch):
    moving, _day, moment = free_slot(view)
    lane = lane_of(view, moving.candidate)
    other = next(i for i in week_interviews(session, FIRST_WEEK)
                 if i.candidate != moving.candidate and lane_of(view, i.candidate) == lane)
    dialog = MoveDialog(session.data, view.layout_, moving, lane, view)
    qtbot.addWidget(dialog)

    def choose(chosen: MoveDialog, when: datetime) -> None:
        local = when.astimezone(session.data.campaign.zone)
        chosen.day.setCurrentIndex(chosen.days.index(local.date()))
        chosen.time.setCurrentIndex(chosen.time.findText(f"{local:%H:%M}"))

    assert not dialog.ok.isEnabled()  # where it is now
    choose(dialog, other.start)
    assert not dialog.ok.isEnabled() and "sits in" in dialog.problems.text()
    choose(dialog, moment)
    assert dialog.ok.isEnabled()

    def accept(self: MoveDialog) -> QDialog.DialogCode:  # the user picks the free slot and presses Move
        choose(self, moment)
        assert self.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveDialog, "exec", accept)
    view.select(moving.candidate)
    view.move_action.trigger()
    assert stored_interview(session, moving.candidate).start == moment


def test_an_interview_breaking_a_rule_is_highlighted_with_its_reasons(qtbot, view, session):
    first, second = [i for i in week_interviews(session, FIRST_WEEK)
                     if lane_of(view, i.candidate) == 0 and not i.pinned][:2]
    assert view.problems_action.text() == "No problems" and not view.is_flagged(first.candidate)
    clash = replace(first, start=second.start)
    session.apply([Change("interview", first, clash)], "clash")
    assert view.is_flagged(first.candidate) and view.is_flagged(second.candidate)
    assert view.problems_action.text().endswith("problem") or "problems" in view.problems_action.text()
    assert view.problems_action.isEnabled()
    shown = view.calendar._placed_for(first.candidate)
    assert "sits in" in view.calendar.describe(shown)
    a, b = view.block_rect(first.candidate), view.block_rect(second.candidate)
    assert not a.intersects(b)  # clashing blocks share the lane side by side
    view.problems_action.trigger()
    assert view.calendar.selected_reference() in {first.candidate, second.candidate}


def test_pdf_of_the_visible_days(view, tmp_path):
    week = tmp_path / "week.pdf"
    assert view.export_pdf(week) == 1
    assert len(PdfReader(week).pages) == 1
    page = PdfReader(week).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    assert "TS panel A" in " ".join(page.extract_text().split())  # real text, searchable
    view.set_mode(MEMBERS)  # 14 members a day: one day per page stays legible
    members = tmp_path / "members.pdf"
    assert view.export_pdf(members) == 5
    assert len(PdfReader(members).pages) == 5
    view.set_view(DAY)
    day = tmp_path / "day.pdf"
    view.export_pdf(day)
    assert len(PdfReader(day).pages) == 1


def test_every_focusable_control_has_an_accessible_name(view):
    view.calendar.select(next(iter(view.shown_references())))
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(view):
            assert widget.accessibleName(), (widget, widget.objectName(), getattr(widget, "text", str)())
    assert view.calendar.accessibleDescription()


def test_closing_the_campaign_empties_the_calendar(view, session):
    session.close()
    assert view.shown_references() == set()
    assert not view.pin_action.isEnabled() and not view.pdf_action.isEnabled()


def test_a_thousand_interviews_paint_quickly(qtbot, planned_demo):
    data, _ = planned_demo
    template = data.candidates[0]
    panels = data.panels
    data.candidates += [replace(template, reference=f"X-{n:04d}") for n in range(1000)]
    start = datetime(2024, 4, 22, 9, 0, tzinfo=data.campaign.zone)
    data.interviews = [Interview(f"X-{n:04d}", start + timedelta(days=(n // 27) % 5, minutes=15 * (n % 27)),
                                 list(panels[n % len(panels)].members), data.rooms[n % 3].name)
                       for n in range(1000)]
    calendar = PlanCalendar()
    qtbot.addWidget(calendar)
    calendar.resize(1400, 800)
    calendar.show()
    began = clock.perf_counter()
    for mode in (PANELS, MEMBERS):
        layout = PlanLayout(data, mode)
        calendar.show_plan(layout, FIRST_WEEK, WEEK, {})
        calendar.grab()
    assert clock.perf_counter() - began < 4.0
    assert len(calendar.visible_references()) == 1000
