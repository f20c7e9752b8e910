"""What the tables share: a model over one list of the campaign, and a proxy that searches and filters.

A model holds plain lists taken from the session's campaign (`CampaignData`) and answers `data()` from
them, never from the database, so that 10,000 rows scroll smoothly. Sorting happens on those lists
(one Python sort instead of a comparison through Qt per pair of rows), and the search looks in one
lower-cased text per row, built once after each change. An edited cell becomes the edited thing
(`Column.update`) and goes to the core through the session; the model never decides if it is
allowed: a refusal leaves the stored value in place and is said through `refused`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from scheduler.domain import CampaignData
from scheduler.editing import Change, apply_to_data, edit, key_of
from scheduler.errors import CampaignError, InputProblems
from ui.session import CampaignSession

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell as written to a CSV or XLSX export
ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_TEXT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
SEARCH_SEPARATOR = "\x1f"


@dataclass
class Column:
    """One column: what it shows, how it sorts and, if it can be edited, how an edit makes a new thing.

    `edit` names the editor ("text", "int", "cap", "choice", "zone", "members"; None: read-only);
    `check` makes it a check box column (the value is a bool); `muted` greys a cell out (an empty
    value that stands for a default, such as the campaign's own time zone).
    """

    title: str
    text: Callable[[Any], str]
    width: int = 12  # in average characters
    sort: Callable[[Any], Any] | None = None
    edit: str | None = None
    value: Callable[[Any], Any] | None = None
    update: Callable[[Any, Any], Any] | None = None
    choices: Callable[[], list[tuple[Any, str]]] | None = None
    check: Callable[[Any], bool] | None = None
    number: bool = False
    tooltip: Callable[[Any], str] | None = None
    muted: Callable[[Any], bool] | None = None
    export: Callable[[Any], Any] | None = None
    minimum: int = 0
    maximum: int = 1440
    suffix: str = ""
    in_form: bool = True  # offered in the Add dialog

    @property
    def editable(self) -> bool:
        return self.update is not None and self.edit not in (None, "members")

    def edit_value(self, item: Any) -> Any:
        return self.value(item) if self.value else self.text(item)


class ItemTableModel(QAbstractTableModel):
    """The rows of one kind of thing of the open campaign (candidates, members, rooms...)."""

    refused = Signal(str)  # the core's sentences, one per line, when it refuses an edit
    kind = ""  # the editing kind ("candidate", "member"...)
    depends: frozenset[str] = frozenset()  # other kinds whose changes alter what the rows show

    def __init__(self, session: CampaignSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns: list[Column] = self.make_columns()
        self.items: list[Any] = []
        self._natural: list[Any] = []  # the campaign's own order, to sort from
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._search: list[str] | None = None
        self._muted = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        session.changed.connect(self.on_changed)
        session.closed.connect(self.refresh)
        self.refresh()

    # What subclasses say

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def items_of(self, data: CampaignData) -> list[Any]:
        raise NotImplementedError

    def prepare(self, data: CampaignData) -> None:
        """Works out what the rows show besides the things themselves (counts, planned times)."""

    def describe(self, item: Any) -> str:
        """How the coordinator calls one row in an undo entry ("TS-0001", "Room 2")."""
        return str(key_of(self.kind, item))

    def removal(self, data: CampaignData, item: Any) -> list[Change]:
        """The changes that remove one thing and what depends on it."""
        return [Change(self.kind, item, None)]

    def new_item(self) -> Any:
        """A thing with the defaults the Add dialog starts from."""
        raise NotImplementedError

    def noun(self, count: int) -> str:
        """'180 candidates', for the count above the table."""
        return self.tr("%Ln row(s)", "", count)

    def add_title(self) -> str:
        return self.tr("Add")

    def removal_question(self, items: Sequence[Any]) -> str:
        if len(items) == 1:
            return self.tr("Delete {0}? Undo brings it back.").format(self.describe(items[0]))
        return self.tr("Delete these {0}? Undo brings them back.").format(self.noun(len(items)))

    def removal_text(self, items: Sequence[Any]) -> str:
        """The undo entry of a removal: the thing's name, or how many."""
        if len(items) == 1:
            return self.tr("Delete {0}").format(self.describe(items[0]))
        return self.tr("Delete {0}").format(self.noun(len(items)))

    def file_stem(self) -> str:
        """The suggested export file name, without suffix."""
        return self.kind + "s"

    # Keeping up with the campaign

    def on_changed(self, kinds: set[str]) -> None:
        if "*" in kinds or self.kind in kinds or kinds & self.depends:
            self.refresh(others=bool(kinds - {self.kind}))

    def refresh(self, others: bool = True) -> None:
        """Takes the rows from the campaign; the view keeps its place unless rows came or went."""
        data = self.session.data if self.session.is_open else None
        if data is not None:
            self.prepare(data)
        self._natural = self.items_of(data) if data is not None else []
        self._search = None
        self._set_items(self._sorted(self._natural), all_changed=others)

    def _set_items(self, new: list[Any], all_changed: bool) -> None:
        old_keys = [self.key(i) for i in self.items]
        new_keys = [self.key(i) for i in new]
        if old_keys == new_keys:
            changed = [r for r, (a, b) in enumerate(zip(self.items, new, strict=True)) if a is not b]
            self.items = new
            if all_changed and new:
                changed = [0, len(new) - 1]
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))
        elif sorted(map(repr, old_keys)) == sorted(map(repr, new_keys)):
            self._reorder(new)
        else:
            self.beginResetModel()
            self.items = new
            self.endResetModel()

    def _reorder(self, new: list[Any]) -> None:
        self.layoutAboutToBeChanged.emit()
        rows = {self.key(item): row for row, item in enumerate(new)}
        old_keys = [self.key(i) for i in self.items]
        persistent = self.persistentIndexList()
        moved = [self.index(rows[old_keys[i.row()]], i.column()) for i in persistent]
        self.items = new
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def key(self, item: Any) -> Any:
        return key_of(self.kind, item)

    def row_of(self, key: Any) -> int:
        return next((row for row, item in enumerate(self.items) if self.key(item) == key), -1)

    # Sorting and searching

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if 0 <= column < len(self.columns) else None
        self._search = None
        self._set_items(self._sorted(self._natural), all_changed=False)

    def _sorted(self, items: list[Any]) -> list[Any]:
        if self._sort is None:
            return list(items)
        column = self.columns[self._sort[0]]
        key = column.sort or (lambda item: column.text(item).casefold())
        return sorted(items, key=key, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)

    def search_text(self, row: int) -> str:
        if self._search is None:
            self._search = [
                SEARCH_SEPARATOR.join(c.text(item) for c in self.columns).casefold() for item in self.items
            ]
        return self._search[row]

    def accepts(self, row: int, needle: str, filters: dict[str, Any]) -> bool:
        """Whether a row holds the searched text (any column) and matches every filter."""
        item = self.items[row]
        if any(getattr(item, name) != wanted for name, wanted in filters.items()):
            return False
        return not needle or needle in self.search_text(row)

    # Qt's model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_NUMBER if column.number else ALIGN_TEXT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        column = self.columns[index.column()]
        if column.check is not None and column.update is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_value(item)
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(item) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_NUMBER if column.number else ALIGN_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._muted if self.muted(item, column) else None
        if role == Qt.ItemDataRole.FontRole and self.muted(item, column):
            font = QFont()
            font.setItalic(True)
            return font
        if role == EXPORT_ROLE:
            return column.export(item) if column.export else column.text(item)
        return None

    def muted(self, item: Any, column: Column) -> bool:
        return column.muted is not None and column.muted(item)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return False
        column = self.columns[index.column()]
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None and column.update:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            after = column.update(item, checked)
        elif role == Qt.ItemDataRole.EditRole and column.editable:
            after = column.update(item, value)
        else:
            return False
        if after == item:
            return True
        text = self.tr("Change {0} of {1}").format(column.title.casefold(), self.describe(item))
        return self.store(edit(self.session.data, self.kind, item, after), text)

    # Edits through the core

    def store(self, changes: Sequence[Change], text: str) -> bool:
        """Asks the core to check and store the changes; a refusal is said through `refused`."""
        problem = self.attempt(changes, text)
        if problem:
            self.refused.emit(problem)
        return not problem

    def attempt(self, changes: Sequence[Change], text: str) -> str:
        """Stores the changes as one undoable edit; the core's sentences if it refuses ("" if stored)."""
        try:
            self.session.apply(changes, text)
        except InputProblems as problems:
            return "\n".join(problems.problems)
        except CampaignError as error:
            return str(error)
        return ""

    def attempt_add(self, item: Any) -> str:
        if not self.session.is_open:
            return self.tr("No campaign is open.")
        text = self.tr("Add {0}").format(self.describe(item))
        return self.attempt(edit(self.session.data, self.kind, None, item), text)

    def remove(self, items: Iterable[Any], text: str) -> bool:
        """Removes the things together, each removal worked out on the campaign the ones before left."""
        try:
            data = self.session.data
            changes: list[Change] = []
            for item in items:
                found = self._current(data, item)
                if found is None:
                    continue
                removal = self.removal(data, found)
                changes += removal
                data = apply_to_data(data, removal)
        except CampaignError as error:
            self.refused.emit(str(error))
            return False
        return self.store(changes, text)

    def _current(self, data: CampaignData, item: Any) -> Any:
        key = self.key(item)
        return next((i for i in self.items_of(data) if self.key(i) == key), None)


class TableFilter(QSortFilterProxyModel):
    """The rows the search box and the filter combos let through; sorting is the source model's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._filters: dict[str, Any] = {}
        self._source: ItemTableModel | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, ItemTableModel)
        self._source = model  # asked 10,000 times per search: kept at hand
        super().setSourceModel(model)

    def source(self) -> ItemTableModel:
        assert self._source is not None
        return self._source

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._refilter(lambda: setattr(self, "_needle", needle))

    def set_filter(self, name: str, value: Any) -> None:
        """Only rows whose `name` attribute equals `value`; None lets every row through."""
        if self._filters.get(name) == value:
            return
        filters = {**self._filters, name: value}
        self._refilter(lambda: setattr(self, "_filters", {k: v for k, v in filters.items() if v is not None}))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Changes what the filter lets through, telling the view the way the running Qt wants."""
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle and not self._filters:
            return True
        return self._source is not None and self._source.accepts(source_row, self._needle, self._filters)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def items(self, rows: Iterable[int] | None = None) -> list[Any]:
        """The things of the given proxy rows (all shown rows when None), in the order shown."""
        model = self.source()
        wanted = range(self.rowCount()) if rows is None else rows
        return [model.items[self.mapToSource(self.index(row, 0)).row()] for row in wanted]

    def export_rows(self) -> list[list[Any]]:
        """The shown rows as export values (what `data(EXPORT_ROLE)` gives), in the order shown."""
        columns = self.source().columns
        return [[(c.export or c.text)(item) for c in columns] for item in self.items()]
