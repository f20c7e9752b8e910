"""The Campaign view: the campaign's settings, holidays and profiles, checked by the core as they are typed.

How an edit travels, and why:

- The form is the coordinator's draft of the campaign settings. Typing in a field asks the core what
  it thinks of the whole draft (`editing.change_problems` on a trial copy, nothing stored), so an
  e-mail that cannot be valid or a day that ends before it starts is flagged before the field is
  left. Committing a field (leaving it, Enter, a spin step, a ticked box, a date picked) stores the
  whole draft as one undoable settings change; if the core refuses it, only the committed field is
  tried alone, so one unfinished field does not block another. Whatever stays refused keeps its red
  frame, and the core's sentence stays under the form until it is fixed; the file keeps its value.
- Tables (breaks, holidays, profiles) store each edited cell or added/removed row at once; a refused
  edit leaves the table showing the stored rows and the core's sentence under the form.
- Country holidays and .ics files are read and stored by the core (`importing.calendars`), then
  recorded on the undo stack like any edit.
- When the campaign changes elsewhere (undo, redo, an import), the form shows the stored values
  again with its signals blocked, so showing a value never stores it.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from functools import partial
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from scheduler.domain import WEEKDAYS, CampaignSettings, Holiday, Organizer, Profile, Seat, TimeOfDayRange
from scheduler.editing import Change, apply_to_data, change_problems, edit, remove_profile
from scheduler.errors import CampaignError, InputProblems
from scheduler.timeline import campaign_days
from ui.models.profiles import (
    DATE_FORMAT,
    TIME_FORMAT,
    BreaksModel,
    HolidaysModel,
    ProfilesModel,
    SeatsModel,
    from_qdate,
    from_qtime,
    to_qdate,
    to_qtime,
)
from ui.session import CampaignSession
from ui.settings import AppSettings
from ui.tables.jobs import JobRunner

log = logging.getLogger(__name__)

PROBLEM_FRAME = "#c62828"
MESSAGE_STYLES = {  # kind: (background, border, text) - readable in light and dark mode alike
    "problem": ("#fdecea", "#c62828", "#5f1111"),
    "note": ("#e8f0fe", "#5b7fc7", "#0b2e6b"),
}


# --------------------------------------------------------------------------------------------------
# Small widgets
# --------------------------------------------------------------------------------------------------


class TimeField(QTimeEdit):
    """A time of day; `stepped` tells an arrow, wheel or Up/Down step apart from typing."""

    stepped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(TIME_FORMAT)

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self.stepped.emit()


class MinutesField(QSpinBox):
    """A number of minutes; `stepped` as for TimeField."""

    stepped = Signal()

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self.stepped.emit()


class DateField(QDateEdit):
    """A date with a calendar popup; reports a date only once it is entered (Enter, focus out, popup)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setKeyboardTracking(False)


class MessageArea(QFrame):
    """The sentences under the form: the core's problems (red) or a note about what was done (blue)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageArea")
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.kind = ""
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""

    def show_message(self, kind: str, lines: Sequence[str]) -> None:
        if not lines:
            self.kind = ""
            self.label.clear()
            self.hide()
            return
        self.kind = kind
        background, border, text = MESSAGE_STYLES[kind]
        self.setStyleSheet(
            f"#messageArea {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
            f"#messageArea QLabel {{ color: {text}; background: transparent; }}"
        )
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if kind == "problem"
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(20, 20))
        self.label.setText("\n".join(lines))
        self.label.setAccessibleDescription(self.label.text())
        self.show()


def _mark_label() -> QLabel:
    """The warning sign beside a field the core refuses; keeps its place when hidden (no jumping)."""
    mark = QLabel()
    mark.setFixedSize(18, 18)
    policy = mark.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    mark.setSizePolicy(policy)
    mark.hide()
    return mark


def _row(*items: QWidget | str | int) -> QHBoxLayout:
    """A horizontal row of widgets; an int is a stretch factor, a str a small text label."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, str):
            layout.addWidget(QLabel(item))
        else:
            layout.addWidget(item)
    return layout


def _name_inner_edits(parent: QWidget) -> None:
    """The text boxes inside spin boxes and editable combo boxes take their owner's accessible name."""
    for owner in [*parent.findChildren(QAbstractSpinBox), *parent.findChildren(QComboBox)]:
        inner = owner.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(owner.accessibleName())


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _table(model, min_height: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)
    view.setMinimumHeight(min_height)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


@dataclass
class _Field:
    """One field of the settings form: how the core's sentences name it, and how to read and fill it."""

    labels: tuple[str, ...]  # "day end" in "Campaign, day end: must be later than day start."
    widgets: tuple[QWidget, ...]
    mark: QLabel
    read: Callable[[CampaignSettings], CampaignSettings]
    fill: Callable[[CampaignSettings], None]
    undo_text: Callable[[], str]


# --------------------------------------------------------------------------------------------------
# The view
# --------------------------------------------------------------------------------------------------


class CampaignView(QWidget):
    """The campaign's window, hours, breaks, grid, holidays, organizer and profiles."""

    holidaysImported = Signal(bool)  # a holiday calendar import ended: stored (True) or not (False)

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._storing = False  # our own edit is being stored: keep the draft in the form
        self._problems: dict[str, list[str]] = {}  # field -> the core's sentences about the draft
        self._refused: dict[str, list[str]] = {}  # table -> the sentences of its last refused edit
        self._note = ""
        self.dialog: QDialog | None = None  # the add/edit dialog open, if any (tests reach it here)
        self.jobs = JobRunner(self)
        self._holiday_file = Path()
        self._build()
        self.retranslate()
        session.changed.connect(self._on_changed)
        session.opened.connect(self._on_opened)
        session.closed.connect(self._on_closed)
        if session.is_open:
            self._on_changed({"*"})
        else:
            self.setEnabled(False)

    # ---------------------------------------------------------------------------------- building

    def _build(self) -> None:
        self.messages = MessageArea()
        self.frames: dict[QWidget, QFrame] = {}
        content = QWidget()
        rows = QVBoxLayout(content)
        rows.setContentsMargins(12, 12, 12, 12)
        rows.setSpacing(12)
        top, middle = QHBoxLayout(), QHBoxLayout()
        top.setSpacing(12)
        middle.setSpacing(12)
        top.addWidget(self._build_campaign_group(), 1)
        top.addWidget(self._build_hours_group(), 1)
        middle.addWidget(self._build_breaks_group(), 1)
        middle.addWidget(self._build_holidays_group(), 2)
        rows.addLayout(top)
        rows.addLayout(middle, 1)
        rows.addWidget(self._build_profiles_group(), 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.scroll, 1)
        message_row = QHBoxLayout()
        message_row.setContentsMargins(12, 0, 12, 0)
        message_row.addWidget(self.messages)
        layout.addLayout(message_row)
        self._build_fields()
        self._connect_fields()
        self._set_tab_order()

    def _build_campaign_group(self) -> QGroupBox:
        self.campaign_group = QGroupBox()
        self.name_edit = QLineEdit()
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(sorted(available_timezones()))
        self.zone_combo.setMaxVisibleItems(16)
        self.zone_combo.setMinimumContentsLength(22)
        completer = QCompleter(self.zone_combo.model(), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_combo.setCompleter(completer)
        self.organizer_name = QLineEdit()
        self.organizer_email = QLineEdit()
        self.marks = {key: _mark_label() for key in ("name", "timezone", "organizer")}
        form = _form(self.campaign_group)
        self.name_label = QLabel()
        self.zone_label = QLabel()
        self.organizer_name_label = QLabel()
        self.organizer_email_label = QLabel()
        form.addRow(self.name_label, _row(self._framed(self.name_edit), self.marks["name"]))
        form.addRow(self.zone_label, _row(self._framed(self.zone_combo), self.marks["timezone"], 1))
        form.addRow(self.organizer_name_label,
                    _row(self._framed(self.organizer_name), self.marks["organizer"]))
        form.addRow(self.organizer_email_label, _row(self._framed(self.organizer_email), _mark_label()))
        self._buddies(
            (self.name_label, self.name_edit),
            (self.zone_label, self.zone_combo),
            (self.organizer_name_label, self.organizer_name),
            (self.organizer_email_label, self.organizer_email),
        )
        return self.campaign_group

    def _build_hours_group(self) -> QGroupBox:
        self.hours_group = QGroupBox()
        self.start_date = DateField()
        self.end_date = DateField()
        self.day_start = TimeField()
        self.day_end = TimeField()
        self.slot_minutes = MinutesField()
        self.slot_minutes.setRange(1, 240)
        self.workday_boxes = [QCheckBox() for _ in WEEKDAYS]
        for key in ("start_date", "end_date", "workdays", "day_start", "day_end", "slot_minutes"):
            self.marks[key] = _mark_label()
        self.period_label, self.period_to = QLabel(), QLabel()
        self.workdays_label = QLabel()
        self.hours_label, self.hours_to = QLabel(), QLabel()
        self.slot_label = QLabel()
        self.summary = QLabel()
        # No word wrap: a height-for-width label would make the scroll area scroll for nothing.
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = _form(self.hours_group)
        form.addRow(self.period_label, self._pair(self.start_date, self.period_to, self.end_date, "date"))
        form.addRow(self.workdays_label,
                    _row(self._framed(*self.workday_boxes), self.marks["workdays"], 1))
        form.addRow(self.hours_label, self._pair(self.day_start, self.hours_to, self.day_end, "day"))
        form.addRow(self.slot_label, _row(self._framed(self.slot_minutes), self.marks["slot_minutes"], 1))
        form.addRow("", self.summary)
        self._buddies(
            (self.period_label, self.start_date),
            (self.workdays_label, self.workday_boxes[0]),
            (self.hours_label, self.day_start),
            (self.slot_label, self.slot_minutes),
        )
        return self.hours_group

    def _pair(self, first: QWidget, between: QLabel, second: QWidget, kind: str) -> QHBoxLayout:
        start, end = ("start_date", "end_date") if kind == "date" else ("day_start", "day_end")
        return _row(self._framed(first), self.marks[start], between, self._framed(second), self.marks[end], 1)

    def _framed(self, *widgets: QWidget) -> QFrame:
        """A thin frame around a field, turned red when the core refuses the field (the field keeps
        its own native look: a style sheet on a spin box itself would replace its arrows)."""
        frame = QFrame()
        frame.setObjectName(f"fieldFrame{len(self.frames)}")
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(8)
        for widget in widgets:
            layout.addWidget(widget)
            self.frames[widget] = frame
        self._style_frame(frame, False)
        return frame

    @staticmethod
    def _style_frame(frame: QFrame, problem: bool) -> None:
        colour = PROBLEM_FRAME if problem else "transparent"
        frame.setStyleSheet(f"#{frame.objectName()} {{ border: 2px solid {colour}; border-radius: 3px; }}")

    def _build_breaks_group(self) -> QGroupBox:
        self.breaks_group = QGroupBox()
        self.breaks_model = BreaksModel(self._commit_breaks, self)
        self.breaks_view = _table(self.breaks_model, 80)
        self.breaks_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.breaks_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.breaks_view.setItemDelegate(_TimeDelegate(self.breaks_view))
        self.add_break_button, self.remove_break_button = QPushButton(), QPushButton()
        self.add_break_button.clicked.connect(self.add_break)
        self.remove_break_button.clicked.connect(self.remove_break)
        layout = QVBoxLayout(self.breaks_group)
        layout.addWidget(self.breaks_view, 1)
        layout.addLayout(_row(self.add_break_button, self.remove_break_button, 1))
        return self.breaks_group

    def _build_holidays_group(self) -> QGroupBox:
        self.holidays_group = QGroupBox()
        self.holidays_model = HolidaysModel(self._commit_holidays, self)
        self.holidays_view = _table(self.holidays_model, 110)
        self.holidays_view.setItemDelegate(_TimeDelegate(self.holidays_view))
        self.holidays_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.holidays_view.horizontalHeader()
        header.setSectionResizeMode(HolidaysModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        self.add_holiday_button, self.remove_holiday_button = QPushButton(), QPushButton()
        self.country_button, self.ics_button = QPushButton(), QPushButton()
        self.add_holiday_button.clicked.connect(self.add_holiday)
        self.remove_holiday_button.clicked.connect(self.remove_holidays)
        self.country_button.clicked.connect(self.add_country_holidays)
        self.ics_button.clicked.connect(self.import_holidays_dialog)
        layout = QVBoxLayout(self.holidays_group)
        layout.addWidget(self.holidays_view, 1)
        layout.addLayout(
            _row(self.add_holiday_button, self.remove_holiday_button, 1, self.country_button, self.ics_button)
        )
        return self.holidays_group

    def _build_profiles_group(self) -> QGroupBox:
        self.profiles_group = QGroupBox()
        self.profiles_model = ProfilesModel(self._commit_profile, self)
        self.profiles_view = _table(self.profiles_model, 90)
        self.profiles_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.profiles_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProfilesModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.profiles_view.doubleClicked.connect(self._profile_double_clicked)
        self.add_profile_button, self.edit_profile_button = QPushButton(), QPushButton()
        self.remove_profile_button = QPushButton()
        self.add_profile_button.clicked.connect(self.add_profile)
        self.edit_profile_button.clicked.connect(self.edit_profile)
        self.remove_profile_button.clicked.connect(self.remove_profile)
        layout = QVBoxLayout(self.profiles_group)
        layout.addWidget(self.profiles_view, 1)
        layout.addLayout(
            _row(self.add_profile_button, self.edit_profile_button, self.remove_profile_button, 1)
        )
        return self.profiles_group

    @staticmethod
    def _buddies(*pairs: tuple[QLabel, QWidget]) -> None:
        for label, widget in pairs:
            label.setBuddy(widget)
            # The whole row's height, so the text centres on the framed field beside it.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def _build_fields(self) -> None:
        """The form's fields, in the order their problems are listed."""
        marks = self.marks
        self.fields: dict[str, _Field] = {
            "name": _Field(("name",), (self.name_edit,), marks["name"],
                           lambda s: replace(s, name=self.name_edit.text()),
                           lambda s: self.name_edit.setText(s.name),
                           lambda: self.tr("Rename the campaign")),
            "timezone": _Field(("time zone", "timezone"), (self.zone_combo,), marks["timezone"],
                               lambda s: replace(s, timezone=self.zone_combo.currentText().strip()),
                               lambda s: self.zone_combo.setCurrentText(s.timezone),
                               lambda: self.tr("Change the time zone")),
            "start_date": _Field(("start date",), (self.start_date,), marks["start_date"],
                                 lambda s: replace(s, start_date=from_qdate(self.start_date.date())),
                                 lambda s: self.start_date.setDate(to_qdate(s.start_date)),
                                 lambda: self.tr("Change the first day")),
            "end_date": _Field(("end date",), (self.end_date,), marks["end_date"],
                               lambda s: replace(s, end_date=from_qdate(self.end_date.date())),
                               lambda s: self.end_date.setDate(to_qdate(s.end_date)),
                               lambda: self.tr("Change the last day")),
            "workdays": _Field(("workdays",), tuple(self.workday_boxes), marks["workdays"],
                               lambda s: replace(s, workdays=self._workdays()),
                               self._fill_workdays,
                               lambda: self.tr("Change the working days")),
            "day_start": _Field(("day start",), (self.day_start,), marks["day_start"],
                                lambda s: replace(s, day_start=from_qtime(self.day_start.time())),
                                lambda s: self.day_start.setTime(to_qtime(s.day_start)),
                                lambda: self.tr("Change the day start")),
            "day_end": _Field(("day end",), (self.day_end,), marks["day_end"],
                              lambda s: replace(s, day_end=from_qtime(self.day_end.time())),
                              lambda s: self.day_end.setTime(to_qtime(s.day_end)),
                              lambda: self.tr("Change the day end")),
            "slot_minutes": _Field(("slot minutes",), (self.slot_minutes,), marks["slot_minutes"],
                                   lambda s: replace(s, slot_minutes=self.slot_minutes.value()),
                                   lambda s: self.slot_minutes.setValue(s.slot_minutes),
                                   lambda: self.tr("Change the slot grid")),
            "organizer": _Field(("organizer",), (self.organizer_name, self.organizer_email),
                                marks["organizer"],
                                lambda s: replace(s, organizer=self._organizer()),
                                self._fill_organizer,
                                lambda: self.tr("Change the organizer")),
        }
        self.table_views = {"breaks": self.breaks_view, "holidays": self.holidays_view,
                            "profiles": self.profiles_view}

    def _connect_fields(self) -> None:
        """Typing checks the draft; committing (leaving, Enter, a step, a tick, a date) stores it."""
        for edit_widget, key in ((self.name_edit, "name"), (self.organizer_name, "organizer"),
                                 (self.organizer_email, "organizer")):
            edit_widget.textEdited.connect(partial(self._check_draft, key))
            edit_widget.editingFinished.connect(partial(self.commit, key))
        self.zone_combo.lineEdit().textEdited.connect(partial(self._check_draft, "timezone"))
        self.zone_combo.lineEdit().editingFinished.connect(partial(self.commit, "timezone"))
        self.zone_combo.activated.connect(partial(self.commit, "timezone"))
        self.zone_combo.completer().activated.connect(partial(self.commit, "timezone"))
        for date_widget, key in ((self.start_date, "start_date"), (self.end_date, "end_date")):
            date_widget.dateChanged.connect(partial(self.commit, key))
        for spin, key in ((self.day_start, "day_start"), (self.day_end, "day_end"),
                          (self.slot_minutes, "slot_minutes")):
            spin.editingFinished.connect(partial(self.commit, key))
            spin.stepped.connect(partial(self.commit, key))
        self.day_start.timeChanged.connect(partial(self._check_draft, "day_start"))
        self.day_end.timeChanged.connect(partial(self._check_draft, "day_end"))
        self.slot_minutes.valueChanged.connect(partial(self._check_draft, "slot_minutes"))
        for box in self.workday_boxes:
            box.toggled.connect(partial(self.commit, "workdays"))

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.name_edit, self.zone_combo, self.organizer_name, self.organizer_email,
            self.start_date, self.end_date, *self.workday_boxes, self.day_start, self.day_end,
            self.slot_minutes, self.breaks_view, self.add_break_button, self.remove_break_button,
            self.holidays_view, self.add_holiday_button, self.remove_holiday_button, self.country_button,
            self.ics_button, self.profiles_view, self.add_profile_button, self.edit_profile_button,
            self.remove_profile_button, self.messages.label,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---------------------------------------------------------------------------------- texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the view, again: called at start and when the language changes."""
        self._retranslate_campaign()
        self._retranslate_hours()
        self._retranslate_tables()
        self.messages.label.setAccessibleName(self.tr("Messages about the campaign settings"))
        self.scroll.setAccessibleName(self.tr("Campaign settings"))
        for model in (self.breaks_model, self.holidays_model, self.profiles_model):
            model.retranslate()
        _name_inner_edits(self)
        if self.session.is_open:
            self._update_summary()

    def _retranslate_campaign(self) -> None:
        self.campaign_group.setTitle(self.tr("Campaign"))
        self.name_label.setText(self.tr("&Name:"))
        self.zone_label.setText(self.tr("&Time zone:"))
        self.organizer_name_label.setText(self.tr("&Organizer:"))
        self.organizer_email_label.setText(self.tr("Organizer &e-mail:"))
        self.name_edit.setAccessibleName(self.tr("Campaign name"))
        self.zone_combo.setAccessibleName(self.tr("Time zone"))
        self.zone_combo.setToolTip(self.tr("Dates and times of the campaign are in this zone."))
        self.organizer_name.setAccessibleName(self.tr("Organizer name"))
        self.organizer_name.setPlaceholderText(self.tr("Sender of the invitations"))
        self.organizer_email.setAccessibleName(self.tr("Organizer e-mail"))
        self.organizer_email.setPlaceholderText(self.tr("recruitment@example.org"))

    def _retranslate_hours(self) -> None:
        self.hours_group.setTitle(self.tr("Dates and hours"))
        self.period_label.setText(self.tr("&Period:"))
        self.period_to.setText(self.tr("to"))
        self.workdays_label.setText(self.tr("&Working days:"))
        self.hours_label.setText(self.tr("&Hours:"))
        self.hours_to.setText(self.tr("to"))
        self.slot_label.setText(self.tr("Slot &grid:"))
        self.start_date.setAccessibleName(self.tr("First day"))
        self.end_date.setAccessibleName(self.tr("Last day"))
        self.day_start.setAccessibleName(self.tr("Day start"))
        self.day_end.setAccessibleName(self.tr("Day end"))
        self.slot_minutes.setAccessibleName(self.tr("Slot grid in minutes"))
        self.slot_minutes.setSuffix(self.tr(" min"))
        self.slot_minutes.setToolTip(self.tr("Interviews start at the day start plus a multiple of this."))
        short = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                 self.tr("Sat"), self.tr("Sun"))
        full = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        for box, text, name in zip(self.workday_boxes, short, full, strict=True):
            box.setText(text)
            box.setAccessibleName(name)

    def _retranslate_tables(self) -> None:
        self.breaks_group.setTitle(self.tr("Breaks"))
        self.breaks_view.setAccessibleName(self.tr("Breaks"))
        self.add_break_button.setText(self.tr("Add brea&k"))
        self.add_break_button.setAccessibleName(self.tr("Add a break"))
        self.remove_break_button.setText(self.tr("Remove b&reak"))
        self.remove_break_button.setAccessibleName(self.tr("Remove the selected break"))
        self.holidays_group.setTitle(self.tr("Holidays"))
        self.holidays_view.setAccessibleName(self.tr("Holidays"))
        self.add_holiday_button.setText(self.tr("&Add holiday…"))
        self.add_holiday_button.setAccessibleName(self.tr("Add a holiday"))
        self.remove_holiday_button.setText(self.tr("Re&move holiday"))
        self.remove_holiday_button.setAccessibleName(self.tr("Remove the selected holidays"))
        self.country_button.setText(self.tr("Add &country holidays…"))
        self.country_button.setAccessibleName(self.tr("Add the public holidays of a country"))
        self.ics_button.setText(self.tr("Import .&ics…"))
        self.ics_button.setAccessibleName(self.tr("Import holidays from a calendar file"))
        self.profiles_group.setTitle(self.tr("Profiles"))
        self.profiles_view.setAccessibleName(self.tr("Profiles"))
        self.add_profile_button.setText(self.tr("Add pro&file…"))
        self.add_profile_button.setAccessibleName(self.tr("Add a profile"))
        self.edit_profile_button.setText(self.tr("E&dit profile…"))
        self.edit_profile_button.setAccessibleName(self.tr("Edit the selected profile"))
        self.remove_profile_button.setText(self.tr("Remo&ve profile"))
        self.remove_profile_button.setAccessibleName(self.tr("Remove the selected profile"))

    # ---------------------------------------------------------------------------------- showing

    @Slot()
    def _on_opened(self) -> None:
        self.setEnabled(True)

    @Slot()
    def _on_closed(self) -> None:
        self.jobs.abandon()
        self.ics_button.setEnabled(True)
        self.setEnabled(False)
        self._problems.clear()
        self._refused.clear()
        self._note = ""
        self._show_messages()

    @Slot(object)
    def _on_changed(self, kinds: set[str]) -> None:
        """Shows the stored campaign again; our own edit keeps the rest of the draft in the form."""
        if not self.session.is_open:
            return
        everything = "*" in kinds
        if everything or "settings" in kinds:
            if not self._storing:
                self._problems.clear()
                self._refused.pop("breaks", None)
                self._refused.pop("holidays", None)
                self._fill_form()
            self._fill_settings_tables()
        if everything or kinds & {"profile", "candidate", "panel"}:
            if not self._storing:
                self._refused.pop("profiles", None)
            self._fill_profiles()
        if not self._storing:
            self._note = ""
            self._show_messages()

    def _fill_form(self) -> None:
        settings = self.session.data.campaign
        for field in self.fields.values():
            for widget in field.widgets:
                widget.blockSignals(True)
            try:
                field.fill(settings)
            finally:
                for widget in field.widgets:
                    widget.blockSignals(False)

    def _fill_settings_tables(self) -> None:
        settings = self.session.data.campaign
        self.breaks_model.set_rows(settings.breaks)
        self.holidays_model.set_holidays(settings.holidays)
        self._update_summary()

    def _fill_profiles(self) -> None:
        data = self.session.data
        usage: dict[str, int] = {}
        for candidate in data.candidates:
            usage[candidate.profile] = usage.get(candidate.profile, 0) + 1
        selected = self._selected_profile()
        self.profiles_model.set_profiles(data.profiles, usage)
        codes = [p.code for p in data.profiles]
        if selected is not None and selected.code in codes:
            self.profiles_view.selectRow(codes.index(selected.code))

    def _update_summary(self) -> None:
        days = len(campaign_days(self.session.data.campaign))
        self.summary.setText(self.tr("Interview days in this period: {0} (days off and holidays left out).")
                             .format(days))

    def _fill_workdays(self, settings: CampaignSettings) -> None:
        for box, day in zip(self.workday_boxes, WEEKDAYS, strict=True):
            box.setChecked(day in settings.workdays)

    def _fill_organizer(self, settings: CampaignSettings) -> None:
        organizer = settings.organizer
        self.organizer_name.setText(organizer.name if organizer else "")
        self.organizer_email.setText(organizer.email if organizer else "")

    def _workdays(self) -> tuple[str, ...]:
        return tuple(day for box, day in zip(self.workday_boxes, WEEKDAYS, strict=True) if box.isChecked())

    def _organizer(self) -> Organizer | None:
        name, email = self.organizer_name.text(), self.organizer_email.text().strip()
        return Organizer(name, email) if name.strip() or email else None

    def message(self) -> str:
        """The text under the form, as the coordinator reads it (empty when there is none)."""
        return self.messages.text()

    def _show_messages(self) -> None:
        lines: list[str] = []
        for key, field in self.fields.items():
            problems = self._problems.get(key, [])
            self._mark(field.widgets, field.mark, problems)
            lines += problems
        for key, view in self.table_views.items():
            problems = self._refused.get(key, [])
            self._mark((view,), None, problems)
            lines += problems
        unique = list(dict.fromkeys(lines))
        if unique:
            self.messages.show_message("problem", unique)
        else:
            self.messages.show_message("note", [self._note] if self._note else [])

    def _mark(self, widgets: Sequence[QWidget], mark: QLabel | None, problems: list[str]) -> None:
        """A red frame and a warning sign on a refused field, its sentence as tooltip and description.

        Only a field whose state changed is touched: setting a style sheet re-polishes the widget,
        too slow to do for every field on every keystroke.
        """
        text = "\n".join(problems)
        for widget in widgets:
            if widget.accessibleDescription() == text:
                continue
            frame = self.frames.get(widget)
            if frame is not None:
                self._style_frame(frame, bool(problems))
            else:
                style = f"QTableView {{ border: 2px solid {PROBLEM_FRAME}; }}" if problems else ""
                widget.setStyleSheet(style)
            widget.setAccessibleDescription(text)
        if mark is not None and mark.toolTip() != text:
            if problems:
                mark.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                               .pixmap(16, 16))
            mark.setToolTip(text)
            mark.setVisible(bool(problems))

    # ---------------------------------------------------------------------------------- the form

    def draft(self) -> CampaignSettings:
        """The settings as the form shows them: the stored ones with every field's current value."""
        settings = self.session.data.campaign
        for field in self.fields.values():
            settings = field.read(settings)
        return settings

    def _usable(self) -> bool:
        """False while the view is being torn down: a field losing focus then must not store anything."""
        widgets = (widget for field in self.fields.values() for widget in field.widgets)
        return self.session.is_open and isValid(self) and all(isValid(widget) for widget in widgets)

    def _check_draft(self, key: str, *_args: object) -> None:
        """What the core says about the draft, without storing it (cheap: settings and profiles only)."""
        if not self._usable():
            return
        stored = self.session.data.campaign
        draft = self.draft()
        problems = [] if draft == stored else self._problems_of(stored, draft)
        self._problems = self._attributed(problems, key)
        self._show_messages()

    def _problems_of(self, stored: CampaignSettings, draft: CampaignSettings) -> list[str]:
        changes = [Change("settings", stored, draft)]
        try:
            return change_problems(apply_to_data(self.session.data, changes), changes)
        except CampaignError as error:
            return [str(error)]

    def _attributed(self, problems: list[str], fallback: str) -> dict[str, list[str]]:
        """Each sentence goes to the field it names ("Campaign, day end: ..."), else to `fallback`."""
        result: dict[str, list[str]] = {}
        for problem in problems:
            result.setdefault(self._field_named(problem) or fallback, []).append(problem)
        return result

    def _field_named(self, problem: str) -> str | None:
        prefix = "Campaign, "
        if not problem.startswith(prefix):
            return None
        rest = problem[len(prefix):]
        for key, field in self.fields.items():
            for label in field.labels:
                if rest.startswith(label) and rest[len(label):len(label) + 1] in (":", "[", ".", " "):
                    return key
        return None

    def commit(self, key: str, *_args: object) -> None:
        """Stores the draft; if refused, the committed field alone; what stays refused stays marked."""
        if not self._usable():
            return
        stored = self.session.data.campaign
        draft = self.draft()
        alone = self.fields[key].read(stored)
        text = self.fields[key].undo_text()
        self._note = ""
        for settings in [draft] if draft == alone else [draft, alone]:
            if settings != stored and not self._store([Change("settings", stored, settings)], text):
                break  # stored
        self._check_draft(key)

    def _store(self, changes: list[Change], text: str) -> list[str]:
        """Asks the session to check and store; the core's sentences if it refuses."""
        self._storing = True
        try:
            self.session.apply(changes, text)
        except InputProblems as problems:
            return list(problems.problems)
        except CampaignError as error:
            return [str(error)]
        finally:
            self._storing = False
        return []

    # ---------------------------------------------------------------------------------- tables

    def _commit_table(self, key: str, settings: CampaignSettings, text: str) -> bool:
        stored = self.session.data.campaign
        problems = self._store([Change("settings", stored, settings)], text)
        self._refused[key] = problems
        self._note = ""
        self._show_messages()
        return not problems

    def _commit_breaks(self, breaks: list[TimeOfDayRange]) -> bool:
        settings = replace(self.session.data.campaign, breaks=breaks)
        return self._commit_table("breaks", settings, self.tr("Change the breaks"))

    def _commit_holidays(self, holidays: list[Holiday]) -> bool:
        settings = replace(self.session.data.campaign, holidays=holidays)
        return self._commit_table("holidays", settings, self.tr("Change the holidays"))

    @Slot()
    def add_break(self) -> None:
        """A half-hour break after the last one (or at noon), to be adjusted in the table."""
        breaks = self.session.data.campaign.breaks
        start = breaks[-1].end if breaks else time(12, 0)
        minutes = min(start.hour * 60 + start.minute + 30, 24 * 60 - 1)
        end = time(minutes // 60, minutes % 60)
        if self._commit_breaks([*breaks, TimeOfDayRange(start, end)]):
            index = self.breaks_model.index(self.breaks_model.rowCount() - 1, BreaksModel.START)
            self.breaks_view.setCurrentIndex(index)
            self.breaks_view.setFocus()

    @Slot()
    def remove_break(self) -> None:
        rows = {index.row() for index in self.breaks_view.selectionModel().selectedRows()}
        if rows:
            breaks = [b for i, b in enumerate(self.breaks_model.rows()) if i not in rows]
            self._commit_breaks(breaks)

    @Slot()
    def remove_holidays(self) -> None:
        rows = {index.row() for index in self.holidays_view.selectionModel().selectedRows()}
        if rows:
            holidays = [h for i, h in enumerate(self.holidays_model.rows()) if i not in rows]
            self._commit_holidays(holidays)

    @Slot()
    def add_holiday(self) -> None:
        settings = self.session.data.campaign
        self._open_dialog(HolidayDialog(settings.start_date, self._submit_holiday, self))

    def _submit_holiday(self, holiday: Holiday) -> list[str]:
        stored = self.session.data.campaign
        settings = replace(stored, holidays=[*stored.holidays, holiday])
        problems = self._store([Change("settings", stored, settings)], self.tr("Add a holiday"))
        if not problems:
            self._refused.pop("holidays", None)
            self._show_messages()
        return problems

    @Slot()
    def add_country_holidays(self) -> None:
        self._open_dialog(CountryHolidaysDialog(self._submit_country, self))

    def _submit_country(self, country: str, subdivision: str) -> list[str]:
        """The core reads the preset; the holidays of the window's working days are stored."""
        from scheduler.importing.calendars import holidays_for_country

        settings = self.session.data.campaign
        try:
            holidays = holidays_for_country(country, settings, subdivision or None)
        except CampaignError as error:
            return [str(error)]
        source = f"{country.upper()}-{subdivision}" if subdivision else country.upper()
        return self.import_holidays(holidays, source)

    @Slot()
    def import_holidays_dialog(self) -> None:
        app_settings = AppSettings()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import holidays from a calendar"), app_settings.import_folder,
            self.tr("Calendar files (*.ics);;All files (*)"),
        )
        if path:
            app_settings.import_folder = str(Path(path).parent)
            self.import_holidays_file(Path(path))

    def import_holidays_file(self, path: Path) -> bool:
        """Reads a holiday calendar with the core in a worker thread (a big or hostile file takes
        seconds), then stores it; its sentence is shown if it cannot. False if nothing was started;
        `holidaysImported` says when it ended."""
        from scheduler.importing.calendars import holidays_from_ics, read_calendar_file

        settings = self.session.data.campaign

        def read() -> list[Holiday]:
            return holidays_from_ics(read_calendar_file(path), settings, source=path.name)

        self._holiday_file = path
        self.ics_button.setEnabled(False)
        return self.jobs.start(read, self._holidays_read, self._holidays_refused)

    def _holidays_read(self, holidays: list[Holiday]) -> None:
        self.ics_button.setEnabled(True)
        problems = self.import_holidays(holidays, self._holiday_file.name)
        if problems:
            self._refused["holidays"] = problems
            self._show_messages()
        self.holidaysImported.emit(not problems)

    def _holidays_refused(self, error: CampaignError) -> None:
        self.ics_button.setEnabled(True)
        self._refused["holidays"] = [str(error)]
        self._show_messages()
        self.holidaysImported.emit(False)

    def import_holidays(self, holidays: list[Holiday], source: str) -> list[str]:
        """Stores holidays the core's way (same date: new name) and makes it one undoable step."""
        from scheduler.importing.calendars import import_holidays

        document = self.session.document
        if document is None:
            return [self.tr("No campaign is open.")]
        before = self.session.data
        self._storing = True
        try:
            with document.writing() as transaction:  # refused if another program changed the file
                report = import_holidays(transaction, holidays)
            self.session.record(before, self.tr("Add the holidays of {0}").format(source))
        except CampaignError as error:
            return [str(error)]
        finally:
            self._storing = False
        self._refused.pop("holidays", None)
        if holidays:
            self._note = self.tr("{0}: %n holiday(s) added, {1} renamed.", "", report.added).format(
                source, report.updated)
        else:
            self._note = self.tr("{0}: no holiday falls on a working day of the campaign period.").format(
                source)
        self._show_messages()
        return []

    # ---------------------------------------------------------------------------------- profiles

    def _selected_profile(self) -> Profile | None:
        rows = self.profiles_view.selectionModel().selectedRows()
        if not rows:
            current = self.profiles_view.currentIndex()
            if not current.isValid():
                return None
            return self.profiles_model.profile(current.row())
        return self.profiles_model.profile(rows[0].row())

    def _commit_profile(self, before: Profile, after: Profile) -> bool:
        problems = self._store(edit(self.session.data, "profile", before, after),
                               self.tr("Change profile {0}").format(before.code))
        self._refused["profiles"] = problems
        self._note = ""
        self._show_messages()
        return not problems

    def _submit_profile(self, before: Profile | None, after: Profile) -> list[str]:
        if before is None:
            text = self.tr("Add profile {0}").format(after.code)
        else:
            text = self.tr("Change profile {0}").format(before.code)
        problems = self._store(edit(self.session.data, "profile", before, after), text)
        if not problems:
            self._refused.pop("profiles", None)
            self._show_messages()
        return problems

    def _roles(self) -> list[str]:
        data = self.session.data
        roles = {role for member in data.members for role in member.roles}
        roles |= {seat.role for profile in data.profiles for seat in profile.seats}
        return sorted(roles, key=str.casefold)

    @Slot()
    def add_profile(self) -> None:
        dialog = ProfileDialog(None, self._roles(), partial(self._submit_profile, None), self)
        self._open_dialog(dialog)

    @Slot()
    def edit_profile(self) -> None:
        profile = self._selected_profile()
        if profile is None:
            return
        dialog = ProfileDialog(profile, self._roles(), partial(self._submit_profile, profile), self)
        self._open_dialog(dialog)

    @Slot(QModelIndex)
    def _profile_double_clicked(self, index: QModelIndex) -> None:
        if index.column() in (ProfilesModel.SEATS, ProfilesModel.CANDIDATES):
            self.profiles_view.selectRow(index.row())
            self.edit_profile()

    @Slot()
    def remove_profile(self) -> None:
        """The core refuses a profile that candidates apply for; its panels go with it (undoable)."""
        profile = self._selected_profile()
        if profile is None:
            return
        try:
            changes = remove_profile(self.session.data, profile)
        except CampaignError as error:
            problems = [str(error)]
        else:
            problems = self._store(changes, self.tr("Remove profile {0}").format(profile.code))
        self._refused["profiles"] = problems
        self._note = ""
        self._show_messages()

    def _open_dialog(self, dialog: QDialog) -> None:
        """Window-modal, without a nested event loop: the window keeps painting, tests can drive it."""
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    @Slot()
    def _dialog_finished(self) -> None:
        self.dialog = None


# --------------------------------------------------------------------------------------------------
# Dialogs
# --------------------------------------------------------------------------------------------------


class _TimeDelegate(QStyledItemDelegate):
    """Editors for times and dates that show them the way the tables do (24 h, day names)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QTimeEdit) and not isinstance(editor, QDateEdit):
            editor.setDisplayFormat(TIME_FORMAT)
        elif isinstance(editor, QDateEdit):
            editor.setDisplayFormat(DATE_FORMAT)
            editor.setCalendarPopup(True)
        return editor


class _RoleDelegate(QStyledItemDelegate):
    """A seat's role: the roles the campaign already uses to choose from, or a new word."""

    def __init__(self, roles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = list(roles)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self.roles)
        combo.setAccessibleName(QCoreApplication.translate("ProfileDialog", "Role"))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)


class _SubmitDialog(QDialog):
    """A dialog whose OK asks the core first: refused, it stays open and shows the core's sentences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = MessageArea()
        buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # translate() with a fixed context: self.tr() in a base class would look in the subclass's.
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons.button(ok).setAccessibleName(QCoreApplication.translate("CampaignDialogs", "OK"))
        self.buttons.button(cancel).setAccessibleName(QCoreApplication.translate("CampaignDialogs", "Cancel"))
        self.problems.label.setAccessibleName(QCoreApplication.translate("CampaignDialogs", "Problems"))

    def submit(self) -> list[str]:
        raise NotImplementedError

    def accept(self) -> None:
        problems = self.submit()
        self.problems.show_message("problem", problems)
        if not problems:
            super().accept()


class HolidayDialog(_SubmitDialog):
    """One holiday by hand: a date and a name."""

    def __init__(
        self, day: date, submit: Callable[[Holiday], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Add a holiday"))
        self.date_edit = DateField()
        self.date_edit.setDate(to_qdate(day))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("Company day off"))
        form = QFormLayout()
        date_label, name_label = QLabel(self.tr("&Date:")), QLabel(self.tr("&Name:"))
        date_label.setBuddy(self.date_edit)
        name_label.setBuddy(self.name_edit)
        form.addRow(date_label, self.date_edit)
        form.addRow(name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())
        _name_inner_edits(self)

    def submit(self) -> list[str]:
        return self._submit(Holiday(from_qdate(self.date_edit.date()), self.name_edit.text().strip()))


class CountryHolidaysDialog(_SubmitDialog):
    """A country's public holidays (optionally of one region), as the `holidays` presets know them."""

    def __init__(self, submit: Callable[[str, str], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import holidays as presets

        self._submit = submit
        self._supported: dict[str, list[str]] = presets.list_supported_countries()
        self.setWindowTitle(self.tr("Add country holidays"))
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.setAccessibleName(self.tr("Country"))
        for code, name in sorted(((c, _country_name(c)) for c in self._supported), key=lambda p: p[1]):
            self.country.addItem(f"{name} ({code})", code)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.subdivision = QComboBox()
        self.subdivision.setEditable(True)
        self.subdivision.setAccessibleName(self.tr("Region"))
        self.country.currentIndexChanged.connect(self._fill_subdivisions)
        self._select_default_country()
        self._fill_subdivisions()
        self._layout()

    def _layout(self) -> None:
        intro = QLabel(self.tr("Public holidays that fall on working days of the campaign period are added; "
                               "a date already listed takes the country's name for it."))
        intro.setWordWrap(True)
        country_label, region_label = QLabel(self.tr("&Country:")), QLabel(self.tr("&Region:"))
        country_label.setBuddy(self.country)
        region_label.setBuddy(self.subdivision)
        form = QFormLayout()
        form.addRow(country_label, self.country)
        form.addRow(region_label, self.subdivision)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())
        _name_inner_edits(self)

    def _select_default_country(self) -> None:
        code = QLocale.territoryToCode(QLocale.system().territory())
        index = self.country.findData(code)
        self.country.setCurrentIndex(max(index, 0))

    def select_country(self, code: str, subdivision: str = "") -> None:
        """Chooses a country (and region) by code, as the coordinator would in the lists."""
        self.country.setCurrentIndex(self.country.findData(code.upper()))
        self.subdivision.setCurrentIndex(max(self.subdivision.findData(subdivision), 0))

    @Slot()
    def _fill_subdivisions(self) -> None:
        code = self.country_code()
        self.subdivision.clear()
        self.subdivision.addItem(self.tr("Whole country"), "")
        for region in self._supported.get(code, []):
            self.subdivision.addItem(region, region)

    def country_code(self) -> str:
        index = self.country.findText(self.country.currentText())
        if index >= 0:
            return str(self.country.itemData(index))
        return self.country.currentText().strip()

    def submit(self) -> list[str]:
        index = self.subdivision.findText(self.subdivision.currentText())
        typed = self.subdivision.currentText().strip()
        region = str(self.subdivision.itemData(index)) if index >= 0 else typed
        return self._submit(self.country_code(), region)


def _country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    return code if territory == QLocale.Country.AnyCountry else QLocale.territoryToString(territory)


class ProfileDialog(_SubmitDialog):
    """A profile: code, name, duration, buffer and its seats (a role and how many members hold it)."""

    def __init__(
        self,
        profile: Profile | None,
        roles: Sequence[str],
        submit: Callable[[Profile], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.roles = list(roles)
        new = profile is None
        profile = profile or Profile(code="", name="", duration_minutes=30, buffer_minutes=0,
                                     seats=[Seat("member", 1)])
        title = self.tr("Add a profile") if new else self.tr("Edit profile {0}").format(profile.code)
        self.setWindowTitle(title)
        self.code = QLineEdit(profile.code)
        self.name = QLineEdit(profile.name)
        self.duration = self._minutes(profile.duration_minutes, self.tr("Duration in minutes"))
        self.buffer = self._minutes(profile.buffer_minutes, self.tr("Buffer in minutes"))
        self.seats_model = SeatsModel(self)
        self.seats_model.set_seats(profile.seats)
        self.seats_view = _table(self.seats_model, 120)
        self.seats_view.setItemDelegateForColumn(SeatsModel.ROLE, _RoleDelegate(self.roles, self.seats_view))
        header = self.seats_view.horizontalHeader()
        header.setSectionResizeMode(SeatsModel.ROLE, QHeaderView.ResizeMode.Stretch)
        self.seats_view.setAccessibleName(self.tr("Seats"))
        self.code.setAccessibleName(self.tr("Profile code"))
        self.name.setAccessibleName(self.tr("Profile name"))
        self.add_seat_button = QPushButton(self.tr("&Add seat"))
        self.add_seat_button.setAccessibleName(self.tr("Add a seat"))
        self.remove_seat_button = QPushButton(self.tr("&Remove seat"))
        self.remove_seat_button.setAccessibleName(self.tr("Remove the selected seat"))
        self.add_seat_button.clicked.connect(self.add_seat)
        self.remove_seat_button.clicked.connect(self.remove_seat)
        self._layout()

    def _minutes(self, value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 24 * 60)
        spin.setValue(value)
        spin.setSuffix(self.tr(" min"))
        spin.setAccessibleName(name)
        return spin

    def _layout(self) -> None:
        form = QFormLayout()
        labels = [
            (QLabel(self.tr("&Code:")), self.code),
            (QLabel(self.tr("&Name:")), self.name),
            (QLabel(self.tr("D&uration:")), self.duration),
            (QLabel(self.tr("&Buffer after:")), self.buffer),
            (QLabel(self.tr("&Seats:")), self.seats_view),
        ]
        for label, widget in labels:
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", _row(self.add_seat_button, self.remove_seat_button, 1))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        _name_inner_edits(self)

    @Slot()
    def add_seat(self) -> None:
        row = self.seats_model.add_seat(self.roles[0] if self.roles else "member")
        index = self.seats_model.index(row, SeatsModel.ROLE)
        self.seats_view.setCurrentIndex(index)
        self.seats_view.edit(index)

    @Slot()
    def remove_seat(self) -> None:
        current = self.seats_view.currentIndex()
        if current.isValid():
            self.seats_model.remove_seat(current.row())

    def profile(self) -> Profile:
        return Profile(
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            duration_minutes=self.duration.value(),
            buffer_minutes=self.buffer.value(),
            seats=self.seats_model.seats(),
        )

    def submit(self) -> list[str]:
        return self._submit(self.profile())


