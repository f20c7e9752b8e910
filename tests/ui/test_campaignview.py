"""The Campaign view, driven as a coordinator would: typing, ticking, adding and removing."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import holidays as presets
import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from scheduler.domain import Holiday, Seat
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign
from ui.campaignview import CampaignView, CountryHolidaysDialog, ProfileDialog
from ui.models.profiles import SeatsModel


@pytest.fixture(autouse=True)
def _private_native_qsettings(tmp_path_factory: pytest.TempPathFactory):
    """AppSettings uses QSettings(organization, application), which is always the native format:
    the shared conftest only redirects the INI format, so redirect the native one too."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("native-qsettings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield


def stored(path: Path):
    """The campaign as the file holds it, read afresh."""
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return load_campaign(session)


@pytest.fixture
def view(qtbot, session) -> CampaignView:
    widget = CampaignView(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_hours(qtbot, edit: QDateTimeEdit, hours: str, *, commit: bool = True) -> None:
    """Types the hours of a time field as a user does; Enter commits it."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, hours)
    if commit:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_every_model_passes_the_model_tester(qtmodeltester, view: CampaignView) -> None:
    assert view.breaks_model.rowCount() == 1
    assert view.holidays_model.rowCount() == 4
    assert view.profiles_model.rowCount() == 2
    for model in (view.breaks_model, view.holidays_model, view.profiles_model):
        qtmodeltester.check(model)
    seats = SeatsModel()
    seats.set_seats([Seat("chair", 1), Seat("member", 2)])
    qtmodeltester.check(seats)
    assert view.profiles_model.index(0, 4).data() == "chair, technical, member"


def test_changing_the_day_end_stores_it_in_the_campaign_file(qtbot, view, session, demo_file) -> None:
    type_hours(qtbot, view.day_end, "18")

    assert stored(demo_file).campaign.day_end == time(18, 30)
    assert session.data.campaign.day_end == time(18, 30)
    assert view.message() == ""
    assert session.undo_stack.count() == 1


def test_a_day_end_before_the_day_start_is_refused_with_the_cores_sentence(qtbot, view, demo_file) -> None:
    type_hours(qtbot, view.day_end, "08", commit=False)
    # Flagged while typing, before anything is stored.
    assert "day end: must be later than day start" in view.message()

    qtbot.keyClick(view.day_end, Qt.Key.Key_Return)

    assert "Campaign, day end: must be later than day start." in view.message()
    assert view.messages.isVisible()
    assert view.marks["day_end"].isVisible()
    assert view.day_end.time() == QTime(8, 30)  # the coordinator's value stays in the field to fix
    assert stored(demo_file).campaign.day_end == time(17, 30)
    assert view.session.undo_stack.count() == 0

    type_hours(qtbot, view.day_end, "18")
    assert view.message() == ""
    assert not view.marks["day_end"].isVisible()
    assert stored(demo_file).campaign.day_end == time(18, 30)


def test_undo_shows_the_stored_value_again_without_storing(qtbot, view, session, demo_file) -> None:
    type_hours(qtbot, view.day_end, "18")
    assert view.day_end.time() == QTime(18, 30)

    session.undo_stack.undo()

    assert view.day_end.time() == QTime(17, 30)
    assert stored(demo_file).campaign.day_end == time(17, 30)
    assert session.undo_stack.index() == 0 and session.undo_stack.count() == 1
    session.undo_stack.redo()
    assert view.day_end.time() == QTime(18, 30)


def test_a_field_refused_alone_is_stored_once_the_other_field_makes_it_valid(qtbot, view, demo_file) -> None:
    """18:00 to 17:30 is refused; typing 22 in the day end then stores both together."""
    type_hours(qtbot, view.day_start, "18")
    assert "day end: must be later than day start" in view.message()
    assert stored(demo_file).campaign.day_start == time(9, 0)

    type_hours(qtbot, view.day_end, "22")

    settings = stored(demo_file).campaign
    assert (settings.day_start, settings.day_end) == (time(18, 0), time(22, 30))
    assert view.message() == ""


def test_an_organizer_email_that_cannot_be_valid_is_flagged_while_typing(qtbot, view, demo_file) -> None:
    view.organizer_email.setFocus()
    view.organizer_email.selectAll()
    qtbot.keyClicks(view.organizer_email, "not an address")

    assert "Campaign, organizer" in view.message()
    assert view.marks["organizer"].isVisible()
    assert stored(demo_file).campaign.organizer.email == "ai-office-recruitment@example.org"

    view.organizer_email.selectAll()
    qtbot.keyClicks(view.organizer_email, "jobs@example.org")
    qtbot.keyClick(view.organizer_email, Qt.Key.Key_Return)
    assert view.message() == ""
    assert stored(demo_file).campaign.organizer.email == "jobs@example.org"


def test_an_unknown_time_zone_is_refused_and_a_known_one_stored(qtbot, view, demo_file) -> None:
    line = view.zone_combo.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Europe/Atlantis")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "'Europe/Atlantis' is not a known time zone" in view.message()
    assert stored(demo_file).campaign.timezone == "Europe/Brussels"

    view.zone_combo.setCurrentText("Europe/Paris")
    view.zone_combo.activated.emit(view.zone_combo.currentIndex())
    assert stored(demo_file).campaign.timezone == "Europe/Paris"
    assert view.message() == ""


def test_working_days_and_the_window_are_stored_when_ticked_or_picked(qtbot, view, demo_file) -> None:
    qtbot.mouseClick(view.workday_boxes[5], Qt.MouseButton.LeftButton)  # Saturday
    assert "sat" in stored(demo_file).campaign.workdays

    view.end_date.setFocus()
    qtbot.keyClick(view.end_date, Qt.Key.Key_Up)  # one step: a day, month or year later
    assert stored(demo_file).campaign.end_date > date(2024, 6, 14)


def test_breaks_are_added_edited_and_removed_in_their_table(qtbot, view, demo_file) -> None:
    qtbot.mouseClick(view.add_break_button, Qt.MouseButton.LeftButton)
    assert stored(demo_file).campaign.breaks[-1].start == time(13, 30)

    index = view.breaks_model.index(1, 1)
    assert view.breaks_model.setData(index, QTime(14, 15))
    assert stored(demo_file).campaign.breaks[-1].end == time(14, 15)

    # A break that ends before it starts is refused: the table keeps the stored one and says why.
    assert not view.breaks_model.setData(index, QTime(13, 0))
    assert "must be later than start" in view.message()
    assert view.breaks_model.index(1, 1).data() == "14:15"

    view.breaks_view.selectRow(1)
    qtbot.mouseClick(view.remove_break_button, Qt.MouseButton.LeftButton)
    assert len(stored(demo_file).campaign.breaks) == 1
    assert view.message() == ""


def test_adding_country_holidays_adds_the_belgian_holidays_inside_the_window(qtbot, view, demo_file) -> None:
    view.holidays_view.selectAll()
    qtbot.mouseClick(view.remove_holiday_button, Qt.MouseButton.LeftButton)
    assert stored(demo_file).campaign.holidays == []

    qtbot.mouseClick(view.country_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, CountryHolidaysDialog) and dialog.isVisible()
    dialog.select_country("BE")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    settings = stored(demo_file).campaign
    expected = {
        day for day in presets.country_holidays("BE", years=2024)
        if settings.start_date <= day <= settings.end_date and day.weekday() < 5
    }
    assert expected  # May 1, Ascension, Whit Monday
    assert {h.date for h in settings.holidays} == expected
    assert view.holidays_model.rowCount() == len(expected)
    assert f"BE: {len(expected)} holidays added" in view.message()
    assert view.dialog is None or not view.dialog.isVisible()

    view.session.undo_stack.undo()
    assert stored(demo_file).campaign.holidays == []
    assert view.holidays_model.rowCount() == 0


def test_country_holidays_over_another_programs_change_are_refused(qtbot, view, demo_file) -> None:
    """Stored with the same version check as every edit: another program's change is not overwritten."""
    from scheduler.cli import main

    before = stored(demo_file).campaign.holidays
    assert main(["import", str(demo_file), "--country", "FR"]) == 0  # another program writes
    changed = stored(demo_file).campaign.holidays
    assert changed != before
    view.add_country_holidays()
    dialog = view.dialog
    dialog.select_country("DE")
    dialog.accept()
    assert dialog.isVisible()
    assert "changed by another window or program" in dialog.problems.label.text()
    assert stored(demo_file).campaign.holidays == changed


def test_an_unknown_country_keeps_the_dialog_open_with_the_cores_sentence(qtbot, view) -> None:
    view.add_country_holidays()
    dialog = view.dialog
    dialog.country.setCurrentText("ZZ")
    dialog.accept()
    assert dialog.isVisible()
    assert "'ZZ' is not a country the holiday presets know" in dialog.problems.label.text()
    dialog.reject()


def test_holidays_are_imported_from_an_ics_file(qtbot, view, demo_file, tmp_path, monkeypatch) -> None:
    calendar = tmp_path / "company.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:closed-1@example.org\r\nDTSTART;VALUE=DATE:20240515\r\n"
        "DTEND;VALUE=DATE:20240516\r\nSUMMARY:Company day\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        "ui.campaignview.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(calendar), "")
    )
    with qtbot.waitSignal(view.holidaysImported, timeout=20_000) as ended:
        qtbot.mouseClick(view.ics_button, Qt.MouseButton.LeftButton)
    assert ended.args == [True]
    assert Holiday(date(2024, 5, 15), "Company day") in stored(demo_file).campaign.holidays
    assert "company.ics: 1 holiday added" in view.message()


def test_a_file_that_is_no_calendar_gets_the_cores_sentence_and_adds_nothing(
    qtbot, view, demo_file, tmp_path
) -> None:
    before = stored(demo_file).campaign.holidays
    bad = tmp_path / "notes.ics"
    bad.write_bytes(b"\x00\x01binary")
    with qtbot.waitSignal(view.holidaysImported, timeout=20_000) as ended:
        assert view.import_holidays_file(bad)
    assert ended.args == [False]
    assert "notes.ics: is not an iCalendar (.ics) file." in view.message()
    assert stored(demo_file).campaign.holidays == before
    assert view.ics_button.isEnabled()


def test_a_holiday_added_by_hand_is_stored(qtbot, view, demo_file) -> None:
    qtbot.mouseClick(view.add_holiday_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(2))  # Wed 24 Apr 2024
    qtbot.keyClicks(dialog.name_edit, "Team day")
    dialog.accept()
    assert Holiday(date(2024, 4, 24), "Team day") in stored(demo_file).campaign.holidays
    assert view.holidays_model.rowCount() == 5


def test_a_profile_that_candidates_use_cannot_be_removed(qtbot, view, demo_file) -> None:
    view.profiles_view.selectRow(0)
    qtbot.mouseClick(view.remove_profile_button, Qt.MouseButton.LeftButton)

    assert "Profile TS cannot be removed: 120 candidates apply for it (TS-0001, ...)." in view.message()
    assert [p.code for p in stored(demo_file).profiles] == ["TS", "AA"]


def test_a_profile_is_added_in_its_dialog_then_removed(qtbot, view, session, demo_file) -> None:
    qtbot.mouseClick(view.add_profile_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ProfileDialog)
    dialog.accept()  # an empty code: the core refuses, the dialog stays open and says why
    assert dialog.isVisible()
    assert "Profile , code: must not be empty." in dialog.problems.label.text()

    qtbot.keyClicks(dialog.code, "JR")
    qtbot.keyClicks(dialog.name, "Junior analyst")
    dialog.duration.setValue(40)
    dialog.add_seat()
    dialog.seats_model.setData(dialog.seats_model.index(1, SeatsModel.ROLE), "chair")
    dialog.accept()

    profile = stored(demo_file).profiles[-1]
    assert (profile.code, profile.name, profile.duration_minutes) == ("JR", "Junior analyst", 40)
    assert profile.seats == [Seat("member", 1), Seat("chair", 1)]
    assert view.profiles_model.rowCount() == 3

    view.profiles_view.selectRow(2)
    qtbot.mouseClick(view.remove_profile_button, Qt.MouseButton.LeftButton)
    assert [p.code for p in stored(demo_file).profiles] == ["TS", "AA"]
    session.undo_stack.undo()
    assert [p.code for p in stored(demo_file).profiles] == ["TS", "AA", "JR"]


def test_a_profile_edited_in_its_row_is_stored_and_follows_its_candidates(view, session, demo_file) -> None:
    model = view.profiles_model
    assert model.setData(model.index(1, model.CODE), "AST")
    data = stored(demo_file)
    assert [p.code for p in data.profiles] == ["TS", "AST"]
    assert {c.profile for c in data.candidates} == {"TS", "AST"}
    assert not model.setData(model.index(1, model.DURATION), 0)
    assert "Profile AST, duration minutes: 0 must be at least 1." in view.message()


def unnamed_controls(parent: QWidget) -> list[QWidget]:
    return [
        widget for widget in parent.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(parent)
        and not widget.accessibleName()
    ]


def test_every_focusable_control_has_an_accessible_name(view) -> None:
    assert unnamed_controls(view) == []
    for open_dialog in (view.add_profile, view.add_holiday, view.add_country_holidays):
        open_dialog()
        assert unnamed_controls(view.dialog) == [], type(view.dialog).__name__
        view.dialog.reject()
