"""Dialogs of the tables: adding a thing (a form of its editable columns) and choosing panel members.

The Add dialog builds the new thing from what is entered and hands it to the model, which asks the
core; a refusal is shown inside the dialog, which stays open with what was typed, so the coordinator
corrects the one field the core names instead of starting again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scheduler.domain import Member
from ui.tables.delegates import editor_value, make_editor, set_editor_value
from ui.tables.models import Column, ItemTableModel

Index = QModelIndex | QPersistentModelIndex
OK, CANCEL = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel


class MembersField(QWidget):
    """A panel's members in a form: their names, and a button to choose them."""

    def __init__(
        self, members: Sequence[Member], chosen: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.members = list(members)
        self.chosen = list(chosen)
        self.names = QLabel()
        self.names.setWordWrap(True)
        self.button = QPushButton(self.tr("C&hoose…"))
        self.button.setAccessibleName(self.tr("Choose the panel's members"))
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.button)
        self._show()

    def _show(self) -> None:
        names = {m.key: m.name for m in self.members}
        shown = ", ".join(names.get(e.casefold(), e) for e in self.chosen)
        self.names.setText(shown or self.tr("No members yet"))

    @Slot()
    def choose(self) -> None:
        dialog = MembersDialog(self.members, self.chosen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.chosen = dialog.chosen()
            self._show()


class ItemDialog(QDialog):
    """A form of the model's editable columns for one new thing; OK asks the core to add it."""

    added = Signal(object)  # the key of the thing added

    def __init__(self, model: ItemTableModel, item: Any, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = model
        self.item = item
        self.editors: list[tuple[Column, QWidget]] = []
        form = QFormLayout()
        for column in model.columns:
            editor = self._editor(column)
            if editor is None:
                continue
            self.editors.append((column, editor))
            if column.check is not None:
                form.addRow("", editor)
            else:
                label = QLabel(column.title + ":")
                label.setBuddy(editor)
                form.addRow(label, editor)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setStyleSheet("color: #c0392b;")
        self.problems.hide()
        buttons = QDialogButtonBox(OK | CANCEL)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add"))
        ok.setAccessibleName(self.tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _editor(self, column: Column) -> QWidget | None:
        if not column.in_form or column.update is None:
            return None
        if column.edit == "members":
            return MembersField(self.model.session.data.members, column.edit_value(self.item), self)
        if not column.editable and column.check is None:
            return None
        editor = make_editor(column, self)
        set_editor_value(editor, column, column.edit_value(self.item))
        return editor

    def value_of(self, column: Column, editor: QWidget) -> Any:
        if isinstance(editor, MembersField):
            return list(editor.chosen)
        return editor_value(editor, column)

    def built(self) -> Any:
        """The new thing as the form describes it."""
        item = self.item
        for column, editor in self.editors:
            assert column.update is not None
            item = column.update(item, self.value_of(column, editor))
        return item

    def accept(self) -> None:
        item = self.built()
        problem = self.model.attempt_add(item)
        if problem:
            self.problems.setText(problem)
            self.problems.show()
            return
        self.added.emit(self.model.key(item))
        super().accept()


class MemberChoices(QAbstractTableModel):
    """The campaign's members with a check box each, for a panel's composition."""

    def __init__(
        self, members: Sequence[Member], chosen: Sequence[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.members = list(members)
        self.chosen = [e.casefold() for e in chosen]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Name"), self.tr("E-mail"), self.tr("Roles"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.members):
            return None
        member = self.members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (member.name, member.email, ", ".join(member.roles))[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if member.key in self.chosen else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        key = self.members[index.row()].key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            if key not in self.chosen:
                self.chosen.append(key)
        elif key in self.chosen:
            self.chosen.remove(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def chosen_emails(self) -> list[str]:
        """The chosen members' e-mails in the order they were chosen (the panel keeps that order)."""
        by_key = {m.key: m.email for m in self.members}
        return [by_key[key] for key in self.chosen if key in by_key]


class MembersDialog(QDialog):
    """Ticking the members who sit on a panel."""

    def __init__(
        self, members: Sequence[Member], chosen: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panel members"))
        self.model = MemberChoices(members, chosen, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Members to choose from"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(self.tr("Tick the members who sit on this panel (Space ticks the current one)."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(OK | CANCEL)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def chosen(self) -> list[str]:
        return self.model.chosen_emails()
