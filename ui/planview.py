"""The Plan view: the plan as a day or week calendar, to adjust by hand.

The coordinator sees the interviews per panel, per room or per member, drags one to another time or
lane (the core's validator says at once whether it may go there, and a refused drop says why), pins
what is agreed, unschedules, asks for a re-plan around the pinned interviews, and prints or exports
the visible days. Every change goes through `CampaignSession.apply`, so it is stored at once and
undoable; nothing here decides a rule: `scheduler.planlayout` says what a drop means, and
`scheduler.editing.move_problems` / `scheduler.rules.check_plan` say whether it is allowed.

Keyboard: the calendar takes the focus with Tab; arrows select interviews, Ctrl+arrows move the
selected one by a slot or a lane, Enter or Ctrl+M opens "Move to…" (day, time and lane chosen from
lists, checked live), Ctrl+Shift+P pins or unpins, Delete unschedules, the Menu key opens the
context menu, Alt+Left / Alt+Right / Alt+T go to the previous / next / current days.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QKeySequence,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scheduler import editing
from scheduler.domain import CampaignData, Interview
from scheduler.errors import CampaignError, InputProblems
from scheduler.exports import written_atomically
from scheduler.planlayout import (
    DAY,
    MEMBERS,
    PANELS,
    ROOMS,
    WEEK,
    Lane,
    PlanLayout,
    first_day,
    pages,
    problems_by_reference,
    proposed_move,
    shown_days,
    slot_times,
    step,
    today_anchor,
)
from scheduler.rules import PlanChecker, check_plan
from scheduler.timeline import campaign_days
from ui.plancalendar import (
    PageContent,
    PlanCalendar,
    ProfileColours,
    lane_label,
    paint_pages,
    profile_colours,
)
from ui.session import CampaignSession

log = logging.getLogger(__name__)
SHORTCUT_CONTEXT = Qt.ShortcutContext.WidgetWithChildrenShortcut


class MessageBar(QFrame):
    """A message inside the view (a refused move, a done one); it stays until the next action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planMessageBar")
        self.setAccessibleName(self.tr("Message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss the message"))
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.close_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        """`kind` is "error" (a refusal) or "info" (something was done)."""
        self.kind = kind
        icon = QStyle.StandardPixmap.SP_MessageBoxWarning if kind == "error" else \
            QStyle.StandardPixmap.SP_MessageBoxInformation
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(QSize(20, 20)))
        self.text.setText(text)
        self.setAccessibleDescription(text)
        accent = QColor("#d32f2f") if kind == "error" else self.palette().color(QPalette.ColorRole.Highlight)
        base = self.palette().color(QPalette.ColorRole.Base)
        fill = QColor.fromRgbF(*(b + (a - b) * 0.14 for a, b in zip(accent.getRgbF()[:3], base.getRgbF()[:3],
                                                                     strict=True)))
        self.setStyleSheet(f"#planMessageBar {{ background: {fill.name()}; border: 1px solid {accent.name()};"
                           " border-radius: 4px; }")
        self.show()

    def message(self) -> str:
        return self.text.text() if self.isVisible() else ""

    @Slot()
    def clear(self) -> None:
        self.text.clear()
        self.kind = ""
        self.hide()


class MoveDialog(QDialog):
    """"Move to…": a day, a start time and a lane chosen from lists, checked by the core as they change."""

    def __init__(self, data: CampaignData, layout: PlanLayout, interview: Interview, origin: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.layout_, self.interview, self.origin = data, layout, interview, origin
        self.checker = PlanChecker(data)
        self.setWindowTitle(self.tr("Move interview {0}").format(interview.candidate))
        zone = data.campaign.zone
        local = interview.start.astimezone(zone)
        self.day = QComboBox(self)
        self.day.setAccessibleName(self.tr("Day"))
        days = campaign_days(data.campaign)
        if local.date() not in days:
            days = sorted([*days, local.date()])
        self.days: list[date] = days
        self.times: list[datetime] = []
        for day in days:
            self.day.addItem(QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy"))
        self.day.setCurrentIndex(days.index(local.date()))
        self.time = QComboBox(self)
        self.time.setAccessibleName(self.tr("Start time"))
        self.lane = QComboBox(self)
        self.lane.setAccessibleName(self.tr("Lane"))
        for lane in layout.lanes:
            self.lane.addItem(lane_label(lane))
        if origin is not None:
            self.lane.setCurrentIndex(origin)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setMinimumWidth(420)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("&Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(self.tr("Move"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        lane_title = {PANELS: self.tr("&Panel:"), ROOMS: self.tr("&Room:"), MEMBERS: self.tr("&Member:")}
        for text, field in ((self.tr("&Day:"), self.day), (self.tr("&Time:"), self.time),
                            (lane_title[layout.mode], self.lane)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.problems)
        box.addWidget(self.buttons)
        self._fill_times(local)
        self.day.currentIndexChanged.connect(self._day_changed)
        self.time.currentIndexChanged.connect(self._check)
        self.lane.currentIndexChanged.connect(self._check)
        self._check()

    def _fill_times(self, wanted: datetime | None) -> None:
        day = self.days[self.day.currentIndex()]
        self.time.blockSignals(True)
        self.time.clear()
        self.times = slot_times(self.data.campaign, day)
        for moment in self.times:
            self.time.addItem(f"{moment:%H:%M}")
        index = 0
        if wanted is not None:
            index = next((i for i, moment in enumerate(self.times) if moment.time() == wanted.time()), 0)
        self.time.setCurrentIndex(index)
        self.time.blockSignals(False)

    @Slot()
    def _day_changed(self) -> None:
        index = self.time.currentIndex()
        self._fill_times(self.times[index] if 0 <= index < len(self.times) else None)
        self._check()

    def target(self) -> tuple[int, datetime] | None:
        index = self.time.currentIndex()
        if not 0 <= index < len(self.times):
            return None
        return self.lane.currentIndex(), self.times[index]

    def proposed(self) -> Interview | None:
        target = self.target()
        if target is None:
            return None
        lanes = self.layout_.lanes
        origin = lanes[self.origin] if self.origin is not None else None
        start = target[1].astimezone(self.interview.start.tzinfo)
        return proposed_move(self.interview, origin, lanes[target[0]], start)

    @Slot()
    def _check(self) -> None:
        proposed = self.proposed()
        problems = [v.message for v in self.checker.check(proposed)] if proposed else []
        same = proposed is not None and proposed == self.interview
        self.ok.setEnabled(proposed is not None and not problems and not same)
        if problems:
            lines = "\n".join(f"• {m}" for m in problems)
            self.problems.setText(self.tr("It cannot go there:") + "\n" + lines)
        elif same:
            self.problems.setText(self.tr("This is where the interview is now."))
        else:
            self.problems.setText(self.tr("The interview can go there."))
        self.problems.setAccessibleDescription(self.problems.text())


class Legend(QWidget):
    """The profiles' colours and what the marks mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(14)
        self.setAccessibleName(self.tr("Legend"))
        self.profiles: list[tuple[str, str]] = []

    def set_profiles(self, profiles: list[tuple[str, str]]) -> None:
        if profiles == self.profiles and self.row.count():
            return
        self.profiles = profiles
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        for index, (code, name) in enumerate(profiles):
            self._add(self._swatch(profile_colours(index, dark)), f"{code} · {name}", name)
        self._add(self._mark("pin"), self.tr("pinned"), self.tr("Pinned interview"))
        self._add(self._mark("problem"), self.tr("breaks a rule"), self.tr("Interview that breaks a rule"))
        self._add(self._mark("shade"), self.tr("break or closed day"), self.tr("Break or closed day"))
        self.row.addStretch(1)

    def _add(self, pixmap: QPixmap, text: str, tip: str) -> None:
        box = QHBoxLayout()
        box.setSpacing(5)
        icon = QLabel(self)
        icon.setPixmap(pixmap)
        label = QLabel(text, self)
        label.setToolTip(tip)
        box.addWidget(icon)
        box.addWidget(label)
        self.row.addLayout(box)

    def _swatch(self, colours: ProfileColours) -> QPixmap:
        pixmap = self._canvas()
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(colours.fill)
        painter.setPen(colours.accent)
        painter.drawRoundedRect(1, 1, 14, 12, 3, 3)
        painter.fillRect(1, 1, 4, 12, colours.accent)
        painter.end()
        return pixmap

    def _mark(self, kind: str) -> QPixmap:
        pixmap = self._canvas()
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if kind == "pin":
            painter.setPen(text)
            painter.drawLine(8, 8, 5, 13)
            painter.setBrush(text)
            painter.drawEllipse(6, 2, 6, 6)
        elif kind == "problem":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#d32f2f"))
            painter.drawEllipse(2, 1, 12, 12)
            painter.setPen(QColor("white"))
            painter.drawText(2, 1, 12, 12, Qt.AlignmentFlag.AlignCenter, "!")
        else:
            painter.setPen(text)
            painter.setBrush(Qt.BrushStyle.BDiagPattern)
            painter.drawRect(1, 1, 14, 12)
        painter.end()
        return pixmap

    def _canvas(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(16, 14) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        return pixmap


class PlanView(QWidget):
    """The plan as a calendar. Signals for the main window: `replanRequested()` (run the planner
    around the pinned interviews) and `refused(str)` (a move the core refused, with the reason)."""

    replanRequested = Signal()
    refused = Signal(str)

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = WEEK
        self.mode = PANELS
        self.anchor: date | None = None
        self.layout_: PlanLayout | None = None
        self.problems: dict[str, list[str]] = {}
        self.problem_count = 0
        self._dirty = True
        self._applying = False
        self._menu: QMenu | None = None
        self.calendar = PlanCalendar(self)
        self.message = MessageBar(self)
        self.legend = Legend(self)
        self._build_actions()
        self._build_toolbar()
        self._build_layout()
        self._checker: PlanChecker | None = None
        self.calendar.checker = self.drop_problems
        self.calendar.moveRequested.connect(self._move_requested)
        self.calendar.activated.connect(self._activated)
        self.calendar.menuRequested.connect(self._show_menu)
        self.calendar.selectionChanged.connect(self._selection_changed)
        session.changed.connect(self._session_changed)
        session.opened.connect(self._opened)
        session.closed.connect(self._closed)
        if session.is_open:
            self._opened()
        else:
            self._update_actions()

    # Building

    def _action(self, text: str, slot: Callable[[], None], shortcut: QKeySequence | str | None = None,
                tip: str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(SHORTCUT_CONTEXT)
        action.setToolTip(tip or text.replace("&", ""))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        style = self.style()
        self.day_action = self._action(self.tr("Day"), self._show_day, "Alt+D",
                                       self.tr("Show one day (Alt+D)"))
        self.week_action = self._action(self.tr("Week"), self._show_week, "Alt+W",
                                        self.tr("Show the week (Alt+W)"))
        group = QActionGroup(self)
        for action in (self.day_action, self.week_action):
            action.setCheckable(True)
            group.addAction(action)
        self.week_action.setChecked(True)
        self.previous_action = self._action(self.tr("Previous"), self._previous, "Alt+Left",
                                            self.tr("Previous day or week (Alt+Left)"))
        self.previous_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.today_action = self._action(self.tr("Today"), self._today, "Alt+T",
                                         self.tr("Today, or the nearest campaign day (Alt+T)"))
        self.next_action = self._action(self.tr("Next"), self._next, "Alt+Right",
                                        self.tr("Next day or week (Alt+Right)"))
        self.next_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.pin_action = self._action(self.tr("Pin"), self.toggle_pin, "Ctrl+Shift+P",
                                       self.tr("Pin or unpin the selected interview (Ctrl+Shift+P)"))
        self.move_action = self._action(
            self.tr("Move to…"), self.move_selected, "Ctrl+M",
            self.tr("Move the selected interview to a day, time and lane (Ctrl+M)"))
        self.unschedule_action = self._action(
            self.tr("Unschedule"), self.unschedule, QKeySequence.StandardKey.Delete,
            self.tr("Take the selected interview out of the plan (Delete)"))
        self.replan_action = self._action(self.tr("Re-plan around pinned"), self._replan, None,
                                          self.tr("Plan again, keeping the pinned interviews where they are"))
        self.pdf_action = self._action(self.tr("Export visible days to PDF…"), self._export_pdf_clicked)
        self.pdf_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.print_action = self._action(self.tr("Print…"), self._print_clicked,
                                         QKeySequence.StandardKey.Print)
        self.problems_action = self._action(self.tr("No problems"), self._next_problem, None,
                                            self.tr("Go to the next interview that breaks a rule"))
        self.problems_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName(self.tr("Plan tools"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(16, 16))
        for action in (self.day_action, self.week_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addAction(self.today_action)
        self.toolbar.addAction(self.next_action)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("planDateLabel")
        font = self.date_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.date_label.setFont(font)
        self.date_label.setContentsMargins(10, 0, 10, 0)
        self.toolbar.addWidget(self.date_label)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.mode_label = QLabel(self.tr("Lanes &by:"), self)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setAccessibleName(self.tr("Lanes by"))
        modes = ((PANELS, self.tr("Panels")), (ROOMS, self.tr("Rooms")), (MEMBERS, self.tr("Members")))
        for mode, text in modes:
            self.mode_combo.addItem(text, mode)
        self.mode_label.setBuddy(self.mode_combo)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.toolbar.addWidget(self.mode_label)
        self.toolbar.addWidget(self.mode_combo)
        self.toolbar.addSeparator()
        for action in (self.pin_action, self.move_action, self.unschedule_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.replan_action)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("Print"))
        self.more_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setAccessibleName(self.tr("Print or export"))
        self.more_button.setToolTip(self.tr("Print the visible days or export them to PDF"))
        menu = QMenu(self.more_button)
        menu.addAction(self.pdf_action)
        menu.addAction(self.print_action)
        self.more_button.setMenu(menu)
        self.toolbar.addWidget(self.more_button)
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and action.text():
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.setAccessibleName(action.text().replace("&", ""))
        self.more_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _build_layout(self) -> None:
        self.problems_button = QToolButton(self)
        self.problems_button.setDefaultAction(self.problems_action)
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setAutoRaise(True)
        self.problems_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.problems_button.setAccessibleName(self.tr("Problems"))
        legend_row = QHBoxLayout()
        legend_row.setContentsMargins(8, 0, 8, 0)
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.problems_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.toolbar)
        box.addLayout(legend_row)
        message_row = QHBoxLayout()
        message_row.setContentsMargins(8, 0, 8, 0)
        message_row.addWidget(self.message)
        box.addLayout(message_row)
        box.addWidget(self.calendar, 1)
        self.setTabOrder(self.mode_combo, self.calendar)

    # Session

    @Slot()
    def _opened(self) -> None:
        self.anchor = first_day(self.session.data.campaign)
        self.message.clear()
        self._dirty = True
        self.refresh()

    @Slot()
    def _closed(self) -> None:
        self.layout_, self.anchor, self.problems, self.problem_count = None, None, {}, 0
        self.message.clear()
        self.calendar.show_plan(None, [], self.view, {})
        self._update_labels()
        self._update_actions()

    @Slot(object)
    def _session_changed(self, kinds: object) -> None:
        if not self._applying:  # an undo, a re-plan, an edit elsewhere: the message is out of date
            self.message.clear()
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Lays the plan out again (every kind of change can move, rename or flag an interview)."""
        self._dirty = False
        if not self.session.is_open:
            return
        data = self.session.data
        if self.anchor is None:
            self.anchor = first_day(data.campaign)
        self._checker = None
        violations = check_plan(data)
        self.problems = problems_by_reference(violations)
        self.problem_count = len(violations)
        self.layout_ = PlanLayout(data, self.mode)
        self.legend.set_profiles([(p.code, p.name) for p in data.profiles])
        self._show()

    def _ensure_fresh(self) -> None:
        if self._dirty:
            self.refresh()

    def _show(self) -> None:
        if self.layout_ is None or self.anchor is None:
            return
        self.calendar.show_plan(self.layout_, self.days(), self.view, self.problems)
        self._update_labels()
        self._update_actions()

    def days(self) -> list[date]:
        """The days on screen."""
        if not self.session.is_open or self.anchor is None:
            return []
        return shown_days(self.session.data.campaign, self.view, self.anchor)

    # Labels and actions

    def _update_labels(self) -> None:
        days = self.days()
        self.date_label.setText(self._days_text(days))
        self.date_label.setAccessibleName(self.date_label.text())
        count = self.problem_count
        text = self.tr("No problems") if count == 0 else self.tr("%Ln problem(s)", "", count)
        self.problems_action.setText(text)
        self.problems_button.setAccessibleName(self.problems_action.text())

    def _days_text(self, days: list[date]) -> str:
        if not days:
            return ""
        locale = QLocale()

        def text(day: date, pattern: str) -> str:
            return locale.toString(QDate(day.year, day.month, day.day), pattern)

        if len(days) == 1:
            return text(days[0], "dddd d MMMM yyyy")
        first, last = days[0], days[-1]
        week = first.isocalendar()[1]
        same_month = (first.year, first.month) == (last.year, last.month)
        span = f"{text(first, 'd')}–{text(last, 'd MMMM yyyy')}" if same_month else \
            f"{text(first, 'd MMM')} – {text(last, 'd MMM yyyy')}"
        return self.tr("Week {0} · {1}").format(week, span)

    def _update_actions(self) -> None:
        is_open = self.session.is_open and self.anchor is not None
        settings = self.session.data.campaign if is_open else None
        for action in (self.day_action, self.week_action, self.today_action, self.replan_action,
                       self.pdf_action, self.print_action):
            action.setEnabled(is_open)
        self.mode_combo.setEnabled(is_open)
        self.more_button.setEnabled(is_open)
        self.previous_action.setEnabled(bool(settings and step(settings, self.view, self.anchor, -1)))
        self.next_action.setEnabled(bool(settings and step(settings, self.view, self.anchor, 1)))
        self.problems_action.setEnabled(is_open and self.problem_count > 0)
        interview = self.selected_interview()
        for action in (self.pin_action, self.move_action, self.unschedule_action):
            action.setEnabled(interview is not None)
        self.pin_action.setText(self.tr("Unpin") if interview and interview.pinned else self.tr("Pin"))
        button = self.toolbar.widgetForAction(self.pin_action)
        if button is not None:
            button.setAccessibleName(self.pin_action.text())

    @Slot(str)
    def _selection_changed(self, reference: str) -> None:
        self._update_actions()

    # Navigation

    def set_view(self, view: str) -> None:
        """DAY or WEEK; the day view shows the selected interview's day, else the first shown day."""
        if view == self.view:
            return
        self.message.clear()
        if view == DAY and self.anchor is not None:
            interview = self.selected_interview()
            days = self.days()
            local = interview.start.astimezone(self.session.data.campaign.zone).date() if interview else None
            self.anchor = local if local in days else next(
                (d for d in days if d >= self.anchor), days[0] if days else self.anchor)
        self.view = view
        (self.day_action if view == DAY else self.week_action).setChecked(True)
        self._show()

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def go_to(self, day: date) -> None:
        self.anchor = day
        self._show()

    @Slot()
    def _show_day(self) -> None:
        self.set_view(DAY)

    @Slot()
    def _show_week(self) -> None:
        self.set_view(WEEK)

    @Slot()
    def _previous(self) -> None:
        self._step(-1)

    @Slot()
    def _next(self) -> None:
        self._step(1)

    def _step(self, direction: int) -> None:
        if not self.session.is_open or self.anchor is None:
            return
        target = step(self.session.data.campaign, self.view, self.anchor, direction)
        if target is not None:
            self.message.clear()
            self.go_to(target)

    @Slot()
    def _today(self) -> None:
        if self.session.is_open:
            self.message.clear()
            self.go_to(today_anchor(self.session.data.campaign, date.today()))

    @Slot(int)
    def _mode_changed(self, index: int) -> None:
        self.mode = self.mode_combo.itemData(index)
        self.message.clear()
        if self.session.is_open:
            self.layout_ = PlanLayout(self.session.data, self.mode)
            self._show()

    @Slot()
    def _next_problem(self) -> None:
        """Selects the next interview that breaks a rule, in time order, going to its day."""
        if not self.session.is_open or not self.problems:
            return
        data = self.session.data
        flagged = sorted((i for i in data.interviews if i.candidate in self.problems),
                         key=lambda i: (i.start, i.candidate))
        if not flagged:
            return
        current = self.selected_interview()
        after = (current.start, current.candidate) if current else None
        later = [i for i in flagged if after is None or (i.start, i.candidate) > after]
        self.reveal((later or flagged)[0].candidate)

    def reveal(self, reference: str) -> None:
        """Shows the day of a candidate's interview and selects it."""
        interview = self._interview(reference)
        if interview is None:
            return
        day = interview.start.astimezone(self.session.data.campaign.zone).date()
        if day not in self.days():
            self.go_to(day)
        self.calendar.select(reference)
        self._update_actions()

    # The selected interview

    def _interview(self, reference: str) -> Interview | None:
        if not self.session.is_open:
            return None
        return next((i for i in self.session.data.interviews if i.candidate == reference), None)

    def selected_interview(self) -> Interview | None:
        reference = self.calendar.selected_reference()
        return self._interview(reference) if reference else None

    def select(self, reference: str) -> None:
        self._ensure_fresh()
        self.calendar.select(reference)
        self._update_actions()

    # Moving

    @Slot(str, int, int, object)
    def _move_requested(self, reference: str, origin: int, target: int, start: object) -> None:
        assert isinstance(start, datetime)
        self.try_move(reference, origin, target, start)

    def try_move(self, reference: str, origin: int | None, target: int, start: datetime) -> bool:
        """Moves an interview to a lane and a start if the core finds nothing wrong; else says why."""
        self._ensure_fresh()
        before = self._interview(reference)
        if before is None or self.layout_ is None:
            return False
        lanes: list[Lane] = self.layout_.lanes
        proposed = proposed_move(before, lanes[origin] if origin is not None else None, lanes[target], start)
        if proposed == before:
            return False
        data = self.session.data
        problems = [v.message for v in editing.move_problems(data, proposed)]
        if problems:
            self._refuse(reference, problems)
            return False
        try:
            self._applying = True
            self.session.apply(editing.edit(data, "interview", before, proposed),
                               self.tr("Move interview {0}").format(reference))
        except InputProblems as error:
            self._refuse(reference, list(error.problems))
            return False
        except CampaignError as error:
            self._refuse(reference, [str(error)])
            return False
        finally:
            self._applying = False
        self._moved(reference, proposed)
        return True

    def drop_problems(self, reference: str, origin: int, target: int, start: datetime) -> list[str]:
        """What the validator says about a drop, while the block is still being dragged (the plan is
        indexed once per change of the campaign, so each new slot under the mouse costs little)."""
        before = self._interview(reference)
        if before is None or self.layout_ is None:
            return []
        if self._checker is None:
            self._checker = PlanChecker(self.session.data)
        lanes = self.layout_.lanes
        proposed = proposed_move(before, lanes[origin], lanes[target], start)
        return [v.message for v in self._checker.check(proposed)]

    def _refuse(self, reference: str, problems: list[str]) -> None:
        shown = problems[:4]
        more = len(problems) - len(shown)
        text = self.tr("{0} cannot go there:").format(reference) + "\n" + "\n".join(f"• {m}" for m in shown)
        if more:
            text += "\n" + self.tr("… and {0} more.").format(more)
        log.info("move of %s refused (%d problems)", reference, len(problems))
        self.message.show_message(text, "error")
        self.calendar.select(reference)
        self.refused.emit(text)

    def _moved(self, reference: str, moved: Interview) -> None:
        local = moved.start.astimezone(self.session.data.campaign.zone)
        if local.date() not in self.days():
            self.go_to(local.date())
        self.calendar.select(reference)
        when = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM")
        self.message.show_message(self.tr("{0} moved to {1} {2}. Undo brings it back.").format(
            reference, when, f"{local:%H:%M}"), "info")
        self._update_actions()

    @Slot(str)
    def _activated(self, reference: str) -> None:
        self.move_selected()

    @Slot()
    def move_selected(self) -> None:
        """Opens "Move to…" for the selected interview; the choice goes through `try_move`."""
        interview = self.selected_interview()
        if interview is None or self.layout_ is None:
            return
        self.message.clear()
        dialog = MoveDialog(self.session.data, self.layout_, interview, self.calendar.selected_lane(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            target = dialog.target()
            if target is not None:
                self.try_move(interview.candidate, self.calendar.selected_lane(), target[0], target[1])

    # Pin, unschedule, re-plan

    @Slot()
    def toggle_pin(self) -> None:
        before = self.selected_interview()
        if before is None:
            return
        self.message.clear()
        after = replace(before, pinned=not before.pinned)
        text = self.tr("Pin interview {0}") if after.pinned else self.tr("Unpin interview {0}")
        changes = editing.edit(self.session.data, "interview", before, after)
        self._apply(changes, text.format(before.candidate))
        self._update_actions()

    @Slot()
    def unschedule(self) -> None:
        before = self.selected_interview()
        if before is None:
            return
        self.message.clear()
        if self._apply(editing.edit(self.session.data, "interview", before, None),
                       self.tr("Unschedule interview {0}").format(before.candidate)):
            self.message.show_message(self.tr("{0} is no longer scheduled. Undo brings the interview back.")
                                      .format(before.candidate), "info")

    def _apply(self, changes: list[editing.Change], text: str) -> bool:
        try:
            self._applying = True
            self.session.apply(changes, text)
        except InputProblems as error:
            self.message.show_message("\n".join(error.problems), "error")
            return False
        except CampaignError as error:
            self.message.show_message(str(error), "error")
            return False
        finally:
            self._applying = False
        return True

    @Slot()
    def _replan(self) -> None:
        self.message.clear()
        self.replanRequested.emit()

    # Context menu

    @Slot(QPoint)
    def _show_menu(self, where: QPoint) -> None:
        self._update_actions()
        menu = QMenu(self)
        for action in (self.move_action, self.pin_action, self.unschedule_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.replan_action)
        menu.addSeparator()
        menu.addAction(self.pdf_action)
        menu.addAction(self.print_action)
        menu.popup(where)
        self._menu = menu

    # Printing

    def _page_contents(self) -> list[PageContent]:
        assert self.layout_ is not None
        data = self.session.data
        groups = pages(self.view, self.days(), len(self.layout_.lanes))
        mode = self.mode_combo.currentText()
        return [PageContent(group, data.campaign.name,
                            self.tr("{0} · lanes by {1} · times in {2}").format(
                                self._days_text(group), mode.lower(), data.campaign.timezone))
                for group in groups]

    def _paint(self, painter: QPainter, device: QPagedPaintDevice) -> int:
        assert self.layout_ is not None
        legend = [(i, f"{p.code} · {p.name}") for i, p in enumerate(self.session.data.profiles)]
        return paint_pages(painter, device, self.layout_, self.view, self._page_contents(),
                           self.problems, legend)

    def export_pdf(self, path: Path) -> int:
        """Writes the visible days to a PDF (A4 landscape); returns the number of pages."""
        self._ensure_fresh()
        if self.layout_ is None:
            raise CampaignError("No campaign is open.")
        with written_atomically(Path(path)) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setTitle(self.session.data.campaign.name)
            writer.setCreator("Interview Scheduler")
            writer.setResolution(300)
            writer.setPageLayout(QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
            painter = QPainter(writer)
            try:
                count = self._paint(painter, writer)
            finally:
                painter.end()
        log.info("plan view exported to PDF (%d pages)", count)
        return count

    @Slot()
    def _export_pdf_clicked(self) -> None:
        if self.layout_ is None:
            return
        from ui.settings import AppSettings

        settings = AppSettings()
        days = self.days()
        name = f"plan-{days[0].isoformat()}.pdf" if days else "plan.pdf"
        folder = settings.export_folder or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export visible days to PDF"),
                                              str(Path(folder) / name), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            self.export_pdf(Path(path))
        except CampaignError as error:
            QMessageBox.warning(self, self.tr("Export to PDF"), str(error))
            return
        settings.export_folder = str(Path(path).parent)
        self.message.show_message(self.tr("The visible days were exported to {0}.").format(path), "info")

    @Slot()
    def _print_clicked(self) -> None:
        if self.layout_ is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the visible days"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return
        try:
            self._paint(painter, printer)
        finally:
            painter.end()

    # For tests and the main window

    def block_rect(self, reference: str) -> QRect:
        """The interview's block on screen, in the calendar viewport's coordinates."""
        self._ensure_fresh()
        return self.calendar.block_rect(reference)

    def point_for(self, lane: int, day: date, moment: time | datetime) -> QPoint:
        """Where a block's top edge would be at `moment` in a lane of a shown day (viewport coordinates)."""
        self._ensure_fresh()
        return self.calendar.point_for(lane, day, moment)

    def is_flagged(self, reference: str) -> bool:
        """Whether the interview is shown as breaking a rule."""
        self._ensure_fresh()
        return bool(self.problems.get(reference))

    def shown_references(self) -> set[str]:
        self._ensure_fresh()
        return self.calendar.visible_references()
