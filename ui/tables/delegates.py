"""Editors for the tables' cells and the Add dialogs: combos for choices, spin boxes for numbers.

One set of editors serves both the inline editing (through `ColumnDelegate`) and the forms, so that a
value is entered the same way wherever it is. The editors only turn what is typed or chosen into a
value; whether it is allowed is the core's to say when the edit is stored.
"""

from __future__ import annotations

import functools
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.tables.models import Column, ItemTableModel

Index = QModelIndex | QPersistentModelIndex
NO_CAP = -1  # the spin box value that stands for "no limit"


@functools.cache
def zone_names() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))


def make_editor(column: Column, parent: QWidget) -> QWidget:
    """The widget that edits one column's value, named for screen readers after the column."""
    editor: QWidget
    if column.check is not None:
        editor = QCheckBox(column.title, parent)
    elif column.edit == "int":
        editor = _spin(column, parent, column.minimum)
    elif column.edit == "cap":
        editor = _spin(column, parent, NO_CAP)
        editor.setSpecialValueText(QCoreApplication.translate("TableEditors", "No limit"))
    elif column.edit == "choice":
        editor = _combo(parent, column.choices() if column.choices else [])
    elif column.edit == "zone":
        editor = _combo(parent, [("", QCoreApplication.translate("TableEditors", "Campaign's time zone"))])
        editor.addItems(zone_names())
        editor.setEditable(True)
        _complete_anywhere(editor)
    else:
        editor = QLineEdit(parent)
    editor.setAccessibleName(column.title)
    inner = editor.lineEdit() if isinstance(editor, QComboBox | QSpinBox) else None
    if inner is not None:
        inner.setAccessibleName(column.title)
    return editor


def _spin(column: Column, parent: QWidget, minimum: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(minimum, column.maximum)
    spin.setSuffix(column.suffix)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def _combo(parent: QWidget, choices: list[tuple[Any, str]]) -> QComboBox:
    combo = QComboBox(parent)
    for value, label in choices:
        combo.addItem(label, value)
    if len(choices) > 30:
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _complete_anywhere(combo)
    return combo


def _complete_anywhere(combo: QComboBox) -> None:
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def set_editor_value(editor: QWidget, column: Column, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(NO_CAP if value is None else int(value))
    elif isinstance(editor, QComboBox):
        wanted = "" if value is None else value
        found = editor.findData(wanted)
        if found >= 0:
            editor.setCurrentIndex(found)
        elif editor.isEditable():
            editor.setEditText(str(wanted))
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))


def editor_value(editor: QWidget, column: Column) -> Any:
    """The value entered; "no limit" is None, an empty choice None, typed text as typed (trimmed)."""
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        value = editor.value()
        return None if column.edit == "cap" and value == NO_CAP else value
    if isinstance(editor, QComboBox):
        return _combo_value(editor)
    if isinstance(editor, QLineEdit):
        return editor.text().strip()
    return None


def _combo_value(combo: QComboBox) -> Any:
    index = combo.currentIndex()
    if combo.isEditable():
        typed = combo.currentText().strip()
        if index < 0 or typed != combo.itemText(index).strip():
            found = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
            if found < 0:
                return typed or None
            index = found
    value = combo.itemData(index) if index >= 0 else None
    return None if value == "" else value


class ColumnDelegate(QStyledItemDelegate):
    """Edits a cell with its column's editor; a choice is stored as soon as it is picked."""

    def __init__(self, model: ItemTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def column(self, index: Index) -> Column:
        return self.model.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.column(index)
        editor = make_editor(column, parent)
        if isinstance(editor, QComboBox) and not editor.isEditable():
            editor.activated.connect(self._chosen)
        editor.setAutoFillBackground(True)
        return editor

    @Slot()
    def _chosen(self) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        set_editor_value(editor, self.column(index), index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value = editor_value(editor, self.column(index))
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(option.rect)


class CheckDelegate(ColumnDelegate):
    """A check box column: the box sits in the middle of its cell, and a click on it (or Space) toggles it.

    Only check box columns get this delegate, so the other cells are painted by Qt alone, without a
    call into Python per cell.
    """

    def _check_rect(self, option: QStyleOptionViewItem, widget: QWidget | None) -> QRect:
        style = widget.style() if widget is not None else QApplication.style()
        width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, widget)
        height = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, widget)
        rect = QRect(QPoint(0, 0), QSize(width, height))
        rect.moveCenter(option.rect.center())
        return rect

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        state = item.checkState
        item.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        check = QStyleOptionViewItem(option)
        check.rect = self._check_rect(option, widget)
        check.state = check.state & ~QStyle.StateFlag.State_HasFocus
        checked = state == Qt.CheckState.Checked
        check.state |= QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check, painter, widget)

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        if event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            if not self._check_rect(option, option.widget).contains(event.position().toPoint()):
                return False
            if event.type() == QEvent.Type.MouseButtonDblClick:
                return True  # the press and release already toggled it
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
