"""One table page: a search box, filters, the table, Add/Delete/Import/Export, and a message bar.

Candidates, members, panels, rooms and conflicts are all shown this way, so they behave alike: Ctrl+F
goes to the search, Delete removes the selected rows (after asking), a refused edit is explained in
the bar above the table in the core's own words, and Export writes the rows as they are shown.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scheduler.errors import CampaignError
from ui.session import CampaignSession
from ui.settings import AppSettings
from ui.tables.delegates import CheckDelegate, ColumnDelegate
from ui.tables.forms import ItemDialog
from ui.tables.jobs import JobRunner
from ui.tables.models import ItemTableModel, TableFilter

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
INFO_SECONDS = 8
SIZE_SAMPLE = 60  # rows measured to size the columns


class MessageBar(QFrame):
    """A line above the table for what went wrong (stays until closed) or what was done (fades)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the message"))
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)
        self.error = False
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() or not self.isHidden() else ""

    def show_error(self, text: str) -> None:
        self._show(text, error=True)
        self.timer.stop()

    def show_info(self, text: str) -> None:
        self._show(text, error=False)
        self.timer.start(INFO_SECONDS * 1000)

    def _show(self, text: str, error: bool) -> None:
        self.error = error
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colours = {
            (True, False): ("#fdecea", "#8a1c12", "#f0b4ad"),
            (True, True): ("#4a2220", "#ffd9d4", "#7a3a35"),
            (False, False): ("#e8f4ea", "#1e5128", "#b5d8bc"),
            (False, True): ("#1f3a26", "#d4f0da", "#3c6b48"),
        }
        background, foreground, border = colours[(error, dark)]
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
            f"#messageBar QLabel {{ color: {foreground}; }}"
        )
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()

    @Slot()
    def clear(self) -> None:
        self.timer.stop()
        self.label.clear()
        self.hide()


class TablePage(QWidget):
    """A searchable, sortable, editable table of one kind of thing of the campaign."""

    def __init__(
        self,
        session: CampaignSession,
        model: ItemTableModel,
        title: str,
        import_kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.title = title
        self.import_kind = import_kind
        self.settings = AppSettings()
        self.jobs = JobRunner(self)
        model.setParent(self)
        self.proxy = TableFilter(self)
        self.proxy.setSourceModel(model)
        self._sized = False
        self._build()
        model.modelReset.connect(self._size_once)
        model.refused.connect(self.bar.show_error)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self.update_count)
        session.opened.connect(self.bar.clear)
        session.closed.connect(self.bar.clear)
        self.update_count()

    # Building

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search in every column"))
        self.search.setAccessibleName(self.tr("Search {0}").format(self.title.casefold()))
        self.search.setMinimumWidth(220)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self.apply_search)
        self.filters = QHBoxLayout()
        self.filters.setSpacing(8)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of rows"))
        self.add_button = self._button(self.tr("A&dd…"), self.tr("Add"), self.add_item)
        self.delete_button = self._button(self.tr("Dele&te"), self.tr("Delete the selected rows"),
                                          self.delete_selected)
        self.import_button = self._button(self.tr("Imp&ort…"), self.tr("Import from a spreadsheet"),
                                          self.import_rows)
        self.import_button.setVisible(self.import_kind is not None)
        self.export_button = self._button(self.tr("E&xport…"), self.tr("Export the rows shown"),
                                          self.export_rows)
        self.extra_buttons = QHBoxLayout()
        # Actions on one row, search and filters on the next, so that the view fits a 1024-pixel screen.
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addLayout(self.extra_buttons)
        top.addWidget(self.delete_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        top.addWidget(self.count)
        finding = QHBoxLayout()
        finding.addWidget(search_label)
        finding.addWidget(self.search)
        finding.addLayout(self.filters)
        finding.addStretch(1)
        self.bar = MessageBar()
        self.table = self._table()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(finding)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.session.changed.connect(self.update_buttons)
        self.update_buttons()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.title)
        table.setModel(self.proxy)
        table.setItemDelegate(ColumnDelegate(self.model, table))
        for number, column in enumerate(self.model.columns):
            if column.check is not None:
                table.setItemDelegateForColumn(number, CheckDelegate(self.model, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move between cells
        table.setCornerButtonEnabled(False)
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: no measuring
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        table.setSortingEnabled(True)
        self._size_columns(table)
        return table

    def _size_columns(self, table: QTableView) -> None:
        """Widths that fit the header and the first rows, each within its column's maximum.

        Measuring a few rows instead of `resizeColumnsToContents` keeps a 10,000-row table quick.
        """
        metrics = table.fontMetrics()
        char = metrics.horizontalAdvance("abcdefghijklmnopqrstuvwxyz") / 26
        header = table.horizontalHeader().fontMetrics()
        sample = self.model.items[:SIZE_SAMPLE]
        last = len(self.model.columns) - 1  # stretched to the table's edge
        for number, column in enumerate(self.model.columns[:last]):
            fits = max((metrics.horizontalAdvance(column.text(item)) for item in sample), default=0)
            content = min(fits, int(column.width * char)) + 14
            if column.check is not None:
                content = 40
            table.setColumnWidth(number, max(content, header.horizontalAdvance(column.title) + 22, 48))
        self._sized = bool(sample)

    @Slot()
    def _size_once(self) -> None:
        if not self._sized and self.model.items:
            self._size_columns(self.table)

    # Acting

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def apply_search(self) -> None:
        self.search_timer.stop()
        self.proxy.set_search(self.search.text())
        self.update_count()

    def add_filter(
        self, label_text: str, name: str, attribute: str, choices: list[tuple[Any, str]]
    ) -> QComboBox:
        """A combo above the table keeping only rows whose `attribute` is the chosen value."""
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, text in choices:
            combo.addItem(text, value)
        combo.setProperty("attribute", attribute)
        combo.currentIndexChanged.connect(self._filter_chosen)
        label = QLabel(label_text)
        label.setBuddy(combo)
        self.filters.addSpacing(8)
        self.filters.addWidget(label)
        self.filters.addWidget(combo)
        return combo

    @Slot()
    def _filter_chosen(self) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            self.proxy.set_filter(combo.property("attribute"), combo.currentData())
            self.update_count()

    @Slot()
    def update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = self.model.noun(total)
        self.count.setText(noun if shown == total else self.tr("{0} shown of {1}").format(shown, noun))

    @Slot()
    def update_buttons(self) -> None:
        is_open = self.session.is_open
        for button in (self.add_button, self.import_button, self.export_button, self.search):
            button.setEnabled(is_open)
        self.delete_button.setEnabled(is_open and bool(self.selected_rows()))

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_items(self) -> list[Any]:
        return self.proxy.items(self.selected_rows())

    def select_key(self, key: Any) -> None:
        """Selects and shows the row of one thing (a new one, say), clearing the search if it hides it."""
        row = self.model.row_of(key)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            self.apply_search()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    @Slot()
    def add_item(self) -> ItemDialog | None:
        """Opens the Add dialog (window-modal, so the window keeps painting); returns it for tests."""
        if not self.session.is_open:
            return None
        dialog = ItemDialog(self.model, self.model.new_item(), self.model.add_title(), self)
        dialog.added.connect(self.select_key)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def delete_selected(self) -> bool:
        items = self.selected_items()
        if not items or not self.session.is_open:
            return False
        question = self.model.removal_question(items)
        answer = QMessageBox.question(
            self, self.tr("Delete"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        text = self.model.removal_text(items)
        return self.model.remove(items, text)

    @Slot()
    def import_rows(self) -> None:
        from ui.tables.importwizard import ImportWizard

        if not self.session.is_open:
            return
        wizard = ImportWizard(self.session, self.import_kind or "candidates", self)
        wizard.imported.connect(self.bar.show_info)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        self.wizard = wizard

    @Slot()
    def export_rows(self) -> None:
        folder = Path(self.settings.export_folder)
        suggested = str(folder / f"{self.model.file_stem()}.xlsx")
        csv_filter, xlsx_filter = self.tr("CSV file (*.csv)"), self.tr("Excel workbook (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export {0}").format(self.title.casefold()), suggested,
            f"{xlsx_filter};;{csv_filter}",
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.casefold() not in (".csv", ".xlsx"):
            target = target.with_suffix(".csv" if chosen == csv_filter else ".xlsx")
        self.settings.export_folder = str(target.parent)
        self.export_to(target)

    def export_to(self, path: Path) -> bool:
        """Writes the rows shown, in the order shown, in a worker thread; the bar says how it went."""
        headers = [column.title for column in self.model.columns]
        rows = self.proxy.export_rows()
        title = self.title

        def work() -> int:
            from scheduler.exports.tables import write_table  # openpyxl: loaded when first used

            write_table(path, title, headers, rows)
            return len(rows)

        started = self.jobs.start(work, lambda n: self._exported(path, n), self._failed)
        if started:
            self.export_button.setEnabled(False)
        return started

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(self.session.is_open)
        self.bar.show_info(self.tr("%Ln row(s) exported to {0}.", "", count).format(path.name))
        log.info("table exported (%d rows)", count)

    def _failed(self, error: CampaignError) -> None:
        self.export_button.setEnabled(self.session.is_open)
        self.bar.show_error(str(error))
