"""What a planning run did: how many were placed, how good the plan is, and who is left out and why.

The reasons come from the solver (`solver.reasons.explain`) in words that already name what the
coordinator could relax ("widen their availability", "add a panel without them"), so they are shown
whole, word-wrapped, rather than cut into a separate hint column: the app adds no rule of its own.
`PlanSummaryPanel` is the widget; `PlanSummary` the dialog the main window shows after a run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.progresspanel import figure

if TYPE_CHECKING:
    from scheduler.domain import CampaignData
    from solver.plan import PlanResult
    from ui.session import CampaignSession

Index = QModelIndex | QPersistentModelIndex
WRAP_ROWS_UP_TO = 300  # beyond, rows keep one line (and the tooltip has the whole reason): fast


class UnplacedModel(QAbstractTableModel):
    """Candidates not placed: reference, name, profile, and the reasons (what to relax)."""

    REFERENCE, NAME, PROFILE, REASON = range(4)
    ReferenceRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str]] = []

    def set_reasons(self, data: CampaignData, reasons: dict[str, list[str]]) -> None:
        """`reasons` maps a candidate's reference to the solver's reasons, kept in its order."""
        candidates = {c.reference: c for c in data.candidates}
        self.beginResetModel()
        self.rows = []
        for reference, texts in reasons.items():
            candidate = candidates.get(reference)
            name = candidate.name if candidate else ""
            profile = candidate.profile if candidate else ""
            self.rows.append((reference, name, profile, "\n".join(texts)))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.REASON:
            return row[self.REASON]
        if role == self.ReferenceRole:
            return row[self.REFERENCE]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Reference"), self.tr("Candidate"), self.tr("Profile"),
                  self.tr("Why not placed, and what could be relaxed"))
        return titles[section] if 0 <= section < len(titles) else None


class FigureCard(QFrame):
    """One figure of the plan, large, with what it means underneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value.setAccessibleName(caption)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value.setText(text)
        self.setToolTip(tooltip)


class NotesBox(QGroupBox):
    """A titled list of sentences from the solver (capacity shortfalls, clashing interviews)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setAccessibleName(title)
        QVBoxLayout(self).addWidget(self.notes)

    def set_lines(self, lines: list[str]) -> None:
        """Shows the lines as a bulleted list; hides the box when there are none."""
        self.notes.setText("\n".join(f"• {line}" for line in lines))
        self.setVisible(bool(lines))


class PlanSummaryPanel(QWidget):
    """The summary of one run; `show_result` fills it. Double-click a row: `candidateActivated`."""

    candidateActivated = Signal(str)  # a candidate's reference, to show them in the Candidates view

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = UnplacedModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()

    def _build(self) -> None:
        self.headline = QLabel()
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cards = {
            "member_days": FigureCard(self.tr("member-days: days on which a panel member "
                                              "interviews (fewer is more compact)")),
            "max_load": FigureCard(self.tr("interviews for the busiest member")),
            "solve_seconds": FigureCard(self.tr("seconds of planning")),
            "capacity_bound": FigureCard(self.tr("the most that can be placed (proved)")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        self.capacity = NotesBox(self.tr("Capacity"))
        self.conflicts = NotesBox(self.tr("Interviews that cannot all be kept"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.status)
        layout.addLayout(cards)
        layout.addWidget(self.capacity)
        layout.addWidget(self.conflicts)
        layout.addWidget(self._unplaced_box(), 1)
        self.everyone = QLabel(self.tr("Every shortlisted candidate has an interview."))
        layout.addWidget(self.everyone)
        layout.addStretch(0)  # takes the room the table leaves when no one is left out
        self._layout = layout

    def _unplaced_box(self) -> QGroupBox:
        self.unplaced_box = QGroupBox(self.tr("Candidates not placed"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by reference, name, profile or reason"))
        self.filter.setAccessibleName(self.tr("Filter the candidates not placed"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Candidates not placed, with the reasons"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UnplacedModel.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        for column in (UnplacedModel.REFERENCE, UnplacedModel.NAME, UnplacedModel.PROFILE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UnplacedModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        search = QHBoxLayout()
        search.addWidget(filter_label)
        search.addWidget(self.filter, 1)
        layout = QVBoxLayout(self.unplaced_box)
        layout.addLayout(search)
        layout.addWidget(self.table, 1)
        return self.unplaced_box

    def show_result(self, result: PlanResult) -> None:
        data = self.session.data
        self.model.set_reasons(data, result.unscheduled)
        self._headline(result)
        self._figures(result)
        self.capacity.set_lines(result.shortfalls)
        self.conflicts.set_lines(result.conflicts)
        count = len(result.unscheduled)
        self.unplaced_box.setTitle(self.tr("Candidates not placed ({0})").format(figure(count)))
        self.unplaced_box.setVisible(count > 0)
        self.everyone.setVisible(count == 0 and not result.conflicts)
        self._layout.setStretch(self._layout.count() - 1, 0 if count else 1)
        wrap = count <= WRAP_ROWS_UP_TO
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Fixed)

    def _headline(self, result: PlanResult) -> None:
        if result.conflicts:
            self.headline.setText(self.tr("No plan was stored"))
            self.status.setText(self.tr(
                "Some interviews that must be kept break the rules among themselves, so no search "
                "can repair them. Unpin or move one of those named below, then plan again."))
            return
        placed = len(result.interviews)
        total = placed + len(result.unscheduled)
        self.headline.setText(self.tr("{0} of {1} shortlisted candidates have an interview").format(
            figure(placed), figure(total)))
        if result.status == "optimal":
            status = self.tr("The best possible plan: the planner proved that no better one exists.")
        else:
            status = self.tr("A good plan, found within the time limit; a longer run may still "
                             "improve it.")
        if result.moved:
            status += " " + self.tr("%Ln interview(s) moved.", "", len(result.moved))
        self.status.setText(status)

    def _figures(self, result: PlanResult) -> None:
        stats = result.stats
        for key, card in self.cards.items():
            card.set_value(figure(stats.get(key)))
        first = stats.get("first_plan_seconds")
        if first is not None:
            self.cards["solve_seconds"].set_value(
                figure(stats.get("solve_seconds")),
                self.tr("A first plan was ready after {0} s.").format(figure(first)))
        for card in self.cards.values():
            card.setVisible(not result.conflicts)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        reference = index.data(UnplacedModel.ReferenceRole)
        if reference:
            self.candidateActivated.emit(reference)


class PlanSummary(QDialog):
    """The dialog shown after a run; modeless so the coordinator can look at the plan beside it."""

    candidateActivated = Signal(str)

    def __init__(self, session: CampaignSession, result: PlanResult,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planning summary"))
        self.panel = PlanSummaryPanel(session, self)
        self.panel.show_result(result)
        self.panel.candidateActivated.connect(self.candidateActivated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QGridLayout(self)
        layout.addWidget(self.panel, 0, 0)
        layout.addWidget(buttons, 1, 0)
        self.resize(900, 620 if result.unscheduled else self.sizeHint().height())
