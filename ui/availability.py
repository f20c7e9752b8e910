"""The Availability view: pick a member or candidate, see their week, paint busy or free time.

Left, the people of the campaign (members and candidates) with a search box and a filter; right,
the chosen person's week on the campaign's slot grid (`ui.availabilitygrid`). What a cell means
and what painting stores are decided by `scheduler.availability`; every paint stroke becomes one
edit through `CampaignSession.apply`, so it is checked by the core and undone in one step, and a
calendar import goes through the core's `import_busy` and `CampaignSession.record`.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scheduler import availability as av
from scheduler.domain import CampaignData, Candidate, Interval, Member
from scheduler.editing import edit
from scheduler.errors import CampaignError
from scheduler.importing import ImportReport
from scheduler.importing.calendars import import_busy
from ui.availabilitygrid import AvailabilityGrid, swatch
from ui.filtering import FilterProxy
from ui.session import CampaignSession
from ui.settings import AppSettings
from ui.tables.jobs import JobRunner

log = logging.getLogger(__name__)

MEMBER = "member"
CANDIDATE = "candidate"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


# --------------------------------------------------------------------------- the people picker


@dataclass(frozen=True)
class PersonEntry:
    kind: str
    key: str
    name: str
    detail: str
    tip: str
    search: str


class PeopleModel(QAbstractTableModel):
    """Members, then candidates: a name and what they do (roles, or reference and profile)."""

    NAME, DETAIL = range(2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[PersonEntry] = []

    def set_people(self, data: CampaignData | None) -> None:
        """New rows; when the same people stay (an edit of one of them) the view keeps its place."""
        entries = self._entries(data) if data is not None else []
        if [(e.kind, e.key) for e in entries] == [(e.kind, e.key) for e in self.entries]:
            self.entries = entries
            if entries:
                self.dataChanged.emit(self.index(0, 0), self.index(len(entries) - 1, self.DETAIL))
            return
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def _entries(self, data: CampaignData) -> list[PersonEntry]:
        members = [self._member(m) for m in data.members]
        candidates = [self._candidate(c) for c in sorted(data.candidates, key=lambda c: c.reference)]
        return members + candidates

    def _member(self, member: Member) -> PersonEntry:
        roles = ", ".join(member.roles) or self.tr("no role")
        tip = self.tr("Panel member {0}, roles: {1}").format(member.email, roles)
        search = " ".join([member.name, member.email, roles]).casefold()
        return PersonEntry(MEMBER, member.key, member.name, roles, tip, search)

    def _candidate(self, candidate: Candidate) -> PersonEntry:
        parts = [candidate.reference, candidate.profile]
        if candidate.mode == "remote":
            parts.append(self.tr("remote"))
        if candidate.status == "withdrawn":
            parts.append(self.tr("withdrawn"))
        detail = " · ".join(parts)
        tip = self.tr("Candidate {0} for profile {1}").format(candidate.reference, candidate.profile)
        search = " ".join([candidate.name, candidate.email or "", detail]).casefold()
        return PersonEntry(CANDIDATE, candidate.reference, candidate.name, detail, tip, search)

    def row_of(self, kind: str, key: str) -> int | None:
        return next((i for i, e in enumerate(self.entries) if (e.kind, e.key) == (kind, key)), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.name if index.column() == self.NAME else entry.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tip
        return {KIND_ROLE: entry.kind, KEY_ROLE: entry.key, SEARCH_ROLE: entry.search}.get(role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.NAME: self.tr("Name"), self.DETAIL: self.tr("Roles / profile")}.get(section)


class PeopleFilter(FilterProxy):
    """Members only, candidates only or everyone; and the words typed in the search box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._words: list[str] = []
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_kind(self, kind: str | None) -> None:
        self._begin_change()
        self._kind = kind
        self._end_change()

    def set_text(self, text: str) -> None:
        self._begin_change()
        self._words = text.casefold().split()
        self._end_change()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._kind is not None and index.data(KIND_ROLE) != self._kind:
            return False
        search = index.data(SEARCH_ROLE) or ""
        return all(word in search for word in self._words)


# --------------------------------------------------------------------------- the view


class AvailabilityView(QWidget):
    """A person's week: working hours, holidays, busy time and interviews; paint busy or free time."""

    personChanged = Signal(str, str)  # kind ("member" or "candidate"), key (e-mail or reference)
    calendarImported = Signal(bool)  # a calendar import ended: stored (True) or refused (False)

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.week_monday: date | None = None
        self.person_kind: str | None = None
        self.person_key: str | None = None
        self.message_box: QMessageBox | None = None
        self.jobs = JobRunner(self)
        self._importing: tuple[Path, str, CampaignData] | None = None
        self._build()
        session.opened.connect(self._on_opened)
        session.changed.connect(self._on_changed)
        session.closed.connect(self._on_closed)
        if session.is_open:
            self._on_changed({"*"})
        else:
            self._on_closed()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_picker())
        splitter.addWidget(self._build_week())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 920])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._set_tab_order()

    def _build_picker(self) -> QWidget:
        panel = QWidget(self)
        self.search = QLineEdit(panel)
        self.search.setPlaceholderText(self.tr("Name, e-mail, role or reference"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.kind_filter = QComboBox(panel)
        self.kind_filter.addItem(self.tr("Everyone"), None)
        self.kind_filter.addItem(self.tr("Members"), MEMBER)
        self.kind_filter.addItem(self.tr("Candidates"), CANDIDATE)
        self.kind_filter.setAccessibleName(self.tr("Show members or candidates"))
        self.people = PeopleModel(self)
        self.people_filter = PeopleFilter(self)
        self.people_filter.setSourceModel(self.people)
        self.table = QTableView(panel)
        self.table.setModel(self.people_filter)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PeopleModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(PeopleModel.NAME, 165)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.count_label = QLabel(panel)

        search_label = QLabel(self.tr("&Search:"), panel)
        search_label.setBuddy(self.search)
        show_label = QLabel(self.tr("Sho&w:"), panel)
        show_label.setBuddy(self.kind_filter)
        form = QGridLayout()
        form.addWidget(search_label, 0, 0)
        form.addWidget(self.search, 0, 1)
        form.addWidget(show_label, 1, 0)
        form.addWidget(self.kind_filter, 1, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._on_search)
        self.kind_filter.currentIndexChanged.connect(self._on_kind)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        return panel

    def _build_week(self) -> QWidget:
        panel = QWidget(self)
        self.title = QLabel(panel)
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel(panel)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.subtitle.setAccessibleName(self.tr("About the person"))

        self.previous_button = self._button(self.tr("◀ Previo&us week"), self.tr("Previous week"),
                                            self.previous_week)
        self.first_button = self._button(self.tr("Fi&rst week"), self.tr("First week of the campaign"),
                                         self.first_week)
        self.next_button = self._button(self.tr("Ne&xt week ▶"), self.tr("Next week"), self.next_week)
        self.week_label = QLabel(panel)
        week_font = QFont(self.font())
        week_font.setBold(True)
        week_font.setPointSizeF(self.font().pointSizeF() * 1.1)
        self.week_label.setFont(week_font)
        self.week_number = QLabel(panel)
        self.busy_button = self._button(self.tr("Mark &busy"), self.tr("Paint mode: mark busy"), None)
        self.free_button = self._button(self.tr("Mar&k free"), self.tr("Paint mode: mark free"), None)
        self.mode_group = QButtonGroup(self)
        for button, mode in ((self.busy_button, av.BUSY), (self.free_button, av.FREE)):
            button.setCheckable(True)
            button.setProperty("paintMode", mode)
            self.mode_group.addButton(button)
        self.busy_button.setChecked(True)
        self.busy_button.setToolTip(self.tr("Painting adds busy time (key B in the grid)."))
        self.free_button.setToolTip(self.tr(
            "Painting removes busy time; for someone with listed available times it also adds to them "
            "(key F in the grid)."
        ))
        self.import_button = self._button(
            self.tr("Import calen&dar (.ics)…"), self.tr("Import a calendar file as busy time"),
            self.import_calendar)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.first_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.week_label)
        bar.addWidget(self.week_number)
        bar.addStretch(1)
        # Painting and importing on a row of their own, so that the view fits a 1024-pixel screen.
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Paint:"), panel))
        tools.addWidget(self.busy_button)
        tools.addWidget(self.free_button)
        tools.addStretch(1)
        tools.addWidget(self.import_button)

        self.report = QLabel(panel)
        self.report.setWordWrap(True)
        self.report.setFrameShape(QFrame.Shape.StyledPanel)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setContentsMargins(8, 4, 8, 4)
        self.report.setAccessibleName(self.tr("Calendar import report"))
        self.report.hide()

        self.grid = AvailabilityGrid(panel)
        self.grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.note = QLabel(panel)
        self.note.setWordWrap(True)
        self.cell_info = QLabel(panel)
        self.cell_info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(bar)
        layout.addLayout(tools)
        layout.addWidget(self.report)
        layout.addWidget(self.grid, 1)
        layout.addLayout(self._build_legend(panel))
        layout.addWidget(self.note)
        layout.addWidget(self.cell_info)

        self.mode_group.buttonToggled.connect(self._on_mode_button)
        self.grid.paintRequested.connect(self.paint)
        self.grid.modeRequested.connect(self.set_mode)
        self.grid.weekRequested.connect(self.move_week)
        self.grid.cursorMoved.connect(self._on_cursor)
        return panel

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _build_legend(self, parent: QWidget) -> QVBoxLayout:
        items = [
            (av.DEFAULT, False, self.tr("Free")),
            (av.AVAILABLE, False, self.tr("Listed as available")),
            (av.UNLISTED, False, self.tr("Outside listed times")),
            (av.DEFAULT, True, self.tr("Busy")),
            (av.CLOSED, False, self.tr("Closed (hours, break, holiday)")),
            (av.OFF_HOURS, False, self.tr("Outside local hours")),
            ("interview", False, self.tr("Interview")),
        ]
        # Two rows: seven entries on one would make the window wider than a 1024-pixel screen.
        rows = [QHBoxLayout(), QHBoxLayout()]
        layout = QVBoxLayout()
        layout.setSpacing(2)
        for row_layout in rows:
            row_layout.setSpacing(4)
            layout.addLayout(row_layout)
        self.legend: dict[str, QWidget] = {}
        self._swatches: list[tuple[QLabel, str, bool]] = []
        for number, (state, busy, text) in enumerate(items):
            sample = QLabel(parent)
            self._swatches.append((sample, state, busy))
            label = QLabel(text, parent)
            holder = QWidget(parent)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 10, 0)
            row.setSpacing(4)
            row.addWidget(sample)
            row.addWidget(label)
            rows[0 if number < 4 else 1].addWidget(holder)
            self.legend["busy" if busy else state] = holder
        for row_layout in rows:
            row_layout.addStretch(1)
        self._paint_swatches()
        return layout

    def _paint_swatches(self) -> None:
        screen = QGuiApplication.primaryScreen()
        ratio = self.devicePixelRatioF() or (screen.devicePixelRatio() if screen else 1.0)
        size = self.fontMetrics().height()
        for label, state, busy in self._swatches:
            label.setPixmap(swatch(state, busy, self.palette(), size, ratio))

    def changeEvent(self, event: QEvent) -> None:
        """A switch to dark mode (or another palette) redraws the legend's samples in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_swatches"):
            self._paint_swatches()

    def _set_tab_order(self) -> None:
        order = [self.search, self.kind_filter, self.table, self.previous_button, self.first_button,
                 self.next_button, self.busy_button, self.free_button, self.import_button, self.grid]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ the session

    @Slot(object)
    def _on_changed(self, kinds: set[str]) -> None:
        if not self.session.is_open:
            return
        everything = "*" in kinds
        if everything or kinds & {"settings"}:
            self._clamp_week()
        if everything or kinds & {MEMBER, CANDIDATE}:
            self._reload_people(everything)
        if everything or kinds & {MEMBER, CANDIDATE, "interview", "settings", "profile"}:
            self.refresh()

    @Slot()
    def _on_opened(self) -> None:
        """Another campaign: start again at its first week (a reload of the same one keeps the week)."""
        self.week_monday = None

    @Slot()
    def _on_closed(self) -> None:
        self.jobs.abandon()
        self.import_button.setEnabled(True)
        self.people.set_people(None)
        self._update_count()
        self.person_kind = self.person_key = None
        self.week_monday = None
        self.report.hide()
        self.refresh()

    def _reload_people(self, everything: bool) -> None:
        wanted = (self.person_kind, self.person_key)
        self.people.set_people(self.session.data)
        self._update_count()
        if wanted[0] is not None and self.people.row_of(wanted[0], wanted[1] or "") is not None:
            self._select(wanted[0], wanted[1] or "")
        elif everything or wanted[0] is not None:
            self._select_first()

    def _update_count(self) -> None:
        shown, total = self.people_filter.rowCount(), self.people.rowCount()
        self.count_label.setText(self.tr("{0} of {1} people").format(shown, total))

    def _select(self, kind: str, key: str) -> bool:
        row = self.people.row_of(kind, key)
        if row is None:
            return False
        index = self.people_filter.mapFromSource(self.people.index(row, 0))
        if not index.isValid():
            self.kind_filter.setCurrentIndex(0)
            self.search.clear()
            index = self.people_filter.mapFromSource(self.people.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._show_person(kind, key)
        return True

    def _select_first(self) -> None:
        if self.people_filter.rowCount():
            index = self.people_filter.index(0, 0)
            self.table.setCurrentIndex(index)
            self._show_person(index.data(KIND_ROLE), index.data(KEY_ROLE))
        else:
            self._show_person(None, None)

    # ------------------------------------------------------------------ the picker

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.people_filter.set_text(text)
        self._update_count()

    @Slot(int)
    def _on_kind(self, _index: int) -> None:
        self.people_filter.set_kind(self.kind_filter.currentData())
        self._update_count()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_person(current.data(KIND_ROLE), current.data(KEY_ROLE))

    def show_person(self, kind: str, key: str) -> bool:
        """Shows a member (by e-mail) or candidate (by reference); False if there is none such."""
        if not self.session.is_open:
            return False
        return self._select(kind, key.casefold() if kind == MEMBER else key)

    def _show_person(self, kind: str | None, key: str | None) -> None:
        if (kind, key) == (self.person_kind, self.person_key):
            return
        self.person_kind, self.person_key = kind, key
        self.report.hide()
        self.refresh()
        if kind is not None and key is not None:
            self.personChanged.emit(kind, key)

    def person(self) -> Member | Candidate | None:
        if not self.session.is_open or self.person_key is None:
            return None
        data = self.session.data
        if self.person_kind == MEMBER:
            return data.member(self.person_key)
        return data.candidate(self.person_key)

    # ------------------------------------------------------------------ weeks

    def _clamp_week(self) -> None:
        settings = self.session.data.campaign
        first, last = av.first_week(settings), av.last_week(settings)
        if self.week_monday is None or not first <= self.week_monday <= last:
            self.week_monday = first

    def show_week(self, monday: date) -> None:
        if not self.session.is_open:
            return
        settings = self.session.data.campaign
        monday = av.week_start(monday)
        self.week_monday = min(max(monday, av.first_week(settings)), av.last_week(settings))
        self.refresh()

    @Slot()
    def previous_week(self) -> None:
        self.move_week(-1)

    @Slot()
    def next_week(self) -> None:
        self.move_week(1)

    @Slot()
    def first_week(self) -> None:
        if self.session.is_open:
            self.show_week(av.first_week(self.session.data.campaign))

    @Slot(int)
    def move_week(self, step: int) -> None:
        if self.week_monday is not None:
            self.show_week(self.week_monday + timedelta(weeks=step))

    def week_text(self, days: list[date]) -> str:
        """'22–26 April 2024', '29 April – 3 May 2024', '30 December 2024 – 3 January 2025'."""
        locale = QLocale()
        first, last = days[0], days[-1]
        month1, month2 = locale.standaloneMonthName(first.month), locale.standaloneMonthName(last.month)
        if first.year != last.year:
            return self.tr("{day1} {month1} {year1} – {day2} {month2} {year2}").format(
                day1=first.day, month1=month1, year1=first.year,
                day2=last.day, month2=month2, year2=last.year)
        if first.month != last.month:
            return self.tr("{day1} {month1} – {day2} {month2} {year}").format(
                day1=first.day, month1=month1, day2=last.day, month2=month2, year=first.year)
        return self.tr("{day1}–{day2} {month} {year}").format(
            day1=first.day, day2=last.day, month=month1, year=first.year)

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Redraws the person's week from the session (cheap: one week of one person)."""
        person = self.person() if self.session.is_open else None
        self._update_buttons(person)
        if person is None or self.week_monday is None:
            self._show_nobody()
            return
        data = self.session.data
        week = av.week(data, person, self.week_monday)
        self.grid.set_week(week, data.campaign.zone)
        self.title.setText(person.name)
        self.subtitle.setText(self._subtitle(data, person, week))
        self.week_label.setText(self.week_text([c.day for c in week.days]))
        total = (av.last_week(data.campaign) - av.first_week(data.campaign)).days // 7 + 1
        number = (self.week_monday - av.first_week(data.campaign)).days // 7 + 1
        self.week_number.setText(self.tr("(week {0} of {1})").format(number, total))
        self.note.setText(self._note(data, person))
        self.legend[av.OFF_HOURS].setVisible(av.remote_zone(data.campaign, person) is not None)
        self._on_cursor()

    def _show_nobody(self) -> None:
        opened = self.session.is_open
        self.title.setText(self.tr("No one chosen") if opened else self.tr("No campaign open"))
        for label in (self.subtitle, self.week_label, self.week_number, self.note, self.cell_info):
            label.clear()
        self.grid.set_empty_text(self.tr("Choose a member or candidate on the left to see their week.")
                                 if opened else self.tr("Open a campaign to see availability."))
        self.grid.set_week(None, self.session.data.campaign.zone if opened else ZoneInfo("UTC"))

    def _update_buttons(self, person: Member | Candidate | None) -> None:
        ready = person is not None and self.week_monday is not None
        for button in (self.busy_button, self.free_button, self.import_button):
            button.setEnabled(ready)
        if not ready or not self.session.is_open:
            for button in (self.previous_button, self.first_button, self.next_button):
                button.setEnabled(False)
            return
        settings = self.session.data.campaign
        self.previous_button.setEnabled(self.week_monday > av.first_week(settings))
        self.next_button.setEnabled(self.week_monday < av.last_week(settings))
        self.first_button.setEnabled(self.week_monday != av.first_week(settings))

    def _subtitle(self, data: CampaignData, person: Member | Candidate, week: av.Week) -> str:
        if isinstance(person, Member):
            parts = [person.email, self.tr("roles: {0}").format(", ".join(person.roles) or "–")]
        else:
            profile = data.profile(person.profile)
            parts = [person.reference, profile.name if profile else person.profile]
            if person.mode == "remote":
                parts.append(self.tr("remote"))
        busy = sum(1 for span in person.unavailable if self._in_week(span, week))
        interviews = len(week.blocks)
        parts.append(self.tr("%Ln busy period(s) this week", "", busy))
        parts.append(self.tr("%Ln interview(s) this week", "", interviews))
        if person.available:
            parts.append(self.tr("available only inside the listed times"))
        return " · ".join(parts)

    @staticmethod
    def _in_week(span: Interval, week: av.Week) -> bool:
        cells = [cell for column in week.days for cell in column.cells]
        return bool(cells) and span.start < cells[-1].span.end and cells[0].span.start < span.end

    def _note(self, data: CampaignData, person: Member | Candidate) -> str:
        settings = data.campaign
        shown = self.tr("Times are shown in {0}.").format(settings.timezone)
        if not isinstance(person, Candidate) or person.zone(settings).key == settings.timezone:
            return shown
        zone = person.zone(settings)
        moment = datetime.combine(self.week_monday or settings.start_date, settings.day_start,
                                  tzinfo=settings.zone)
        offset = av.format_offset(av.zone_offset(settings, zone, moment))
        hours = person.hours()
        local = self.tr("Candidate's local time: {0} ({1} from {2}).").format(
            zone.key, offset, av.zone_city(settings.timezone))
        if person.mode == "remote":
            rule = self.tr("Local hours {0}–{1}; the shaded cells are outside them.").format(
                f"{hours.start:%H:%M}", f"{hours.end:%H:%M}")
        else:
            rule = self.tr("The candidate comes on site, so their local hours do not limit the plan.")
        return " ".join([shown, local, rule])

    @Slot()
    def _on_cursor(self) -> None:
        if self.grid.week() is None:
            self.cell_info.clear()
            self.grid.announce("")
            return
        text = self.grid.describe(*self.grid.cursor_cell())
        self.cell_info.setText(text)
        self.grid.announce(text)

    # ------------------------------------------------------------------ painting

    @Slot(str)
    def set_mode(self, mode: str) -> None:
        button = self.busy_button if mode == av.BUSY else self.free_button
        button.setChecked(True)

    def mode(self) -> str:
        return self.grid.mode()

    @Slot(QPushButton, bool)
    def _on_mode_button(self, button: QPushButton, checked: bool) -> None:
        if checked:
            self.grid.set_mode(button.property("paintMode"))

    @Slot(int, int, int, int)
    def paint(self, first_day: int, last_day: int, first_row: int, last_row: int) -> None:
        """Stores the painted cells as one edit (one undo step); the core may refuse it."""
        person, week = self.person(), self.grid.week()
        if person is None or week is None or self.person_kind is None:
            return
        spans = av.painted_spans(week, first_day, last_day, first_row, last_row)
        mode = self.mode()
        after = av.painted(person, spans, mode)
        if after == person:
            return
        when = self._describe_spans(spans)
        text = (self.tr("Mark {0} busy, {1}") if mode == av.BUSY else self.tr("Mark {0} free, {1}")).format(
            person.name, when)
        try:
            self.session.apply(edit(self.session.data, self.person_kind, person, after), text)
        except CampaignError as error:
            log.info("availability edit refused for a %s", self.person_kind)
            self._warn(str(error))
            return
        hit = av.blocks_hit(week, spans) if mode == av.BUSY else []
        if hit:
            self._show_report(
                self.tr("%Ln planned interview(s) now in busy time; move or re-plan.", "", len(hit)))
        else:
            self.report.hide()

    def _describe_spans(self, spans: list[Interval]) -> str:
        zone = self.session.data.campaign.zone
        first, last = spans[0], spans[-1]
        start, end = first.start.astimezone(zone), first.end.astimezone(zone)
        day1 = QLocale().toString(QDate(start.date()), "ddd d MMM")
        if len(spans) == 1:
            return f"{day1} {start:%H:%M}–{end:%H:%M}"
        day2 = QLocale().toString(QDate(last.start.astimezone(zone).date()), "ddd d MMM")
        return f"{day1} – {day2} {start:%H:%M}–{end:%H:%M}"

    # ------------------------------------------------------------------ calendar import

    @Slot()
    def import_calendar(self, path: Path | None = None) -> bool:
        """Starts importing a calendar file as the person's busy time, in a worker thread (a big
        export takes seconds); stored in one transaction and undoable as one step. False if nothing
        was started; `calendarImported` says how it ended."""
        person = self.person()
        document = self.session.document
        if person is None or document is None or self.jobs.busy:
            return False
        path = path if isinstance(path, Path) else self._ask_calendar()
        if path is None:
            return False
        key = person.email if isinstance(person, Member) else person.reference
        self._importing = (path, person.name, self.session.data)
        def run() -> ImportReport:
            with document.writing() as store:  # refused if another program changed the file
                return import_busy(store, key, path)

        self.import_button.setEnabled(False)
        self._show_report(self.tr("Importing {0}…").format(path.name))
        return self.jobs.start(run, self._calendar_imported, self._calendar_refused)

    def _calendar_imported(self, report: ImportReport) -> None:
        assert self._importing is not None
        path, name, before = self._importing
        self.import_button.setEnabled(True)
        try:
            self.session.record(before, self.tr("Import calendar {0} for {1}").format(path.name, name))
        except CampaignError as error:
            log.warning("a calendar import was stored but could not be recorded for undo")
            self._warn(str(error))
        self._show_report(report.described(path.name))
        self.calendarImported.emit(True)

    def _calendar_refused(self, error: CampaignError) -> None:
        self.import_button.setEnabled(True)
        self.report.hide()
        self._warn(str(error))
        self.calendarImported.emit(False)

    def _ask_calendar(self) -> Path | None:
        settings = AppSettings()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import calendar"), settings.import_folder,
            self.tr("Calendar files (*.ics);;All files (*)"))
        if not chosen:
            return None
        settings.import_folder = str(Path(chosen).parent)
        return Path(chosen)

    def _show_report(self, text: str) -> None:
        lines = text.splitlines()
        shown = lines[:4]
        if len(lines) > 4:
            shown.append(self.tr("… and {0} more notes").format(len(lines) - 4))
        self.report.setText("\n".join(shown))
        self.report.setToolTip(text)
        self.report.show()

    def _warn(self, text: str) -> None:
        """One sentence for the coordinator, in a window-modal box that does not block the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Availability"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box
