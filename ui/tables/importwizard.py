"""The import wizard: choose a sheet, check which column is what, see every problem, then import.

The core reads and judges the file (`scheduler.importing.spreadsheet`): the wizard shows the columns
the core recognised and lets the coordinator correct them, then asks the core for a dry run (checked
and counted, rolled back) and shows its problems by row and column. Only a file without problems can
be imported; the import is one transaction, recorded on the undo stack so that Undo takes it back.
Reading, checking and importing run in a worker thread, so a sheet of 100,000 rows never freezes the
window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from scheduler.errors import CampaignError
from scheduler.importing import KINDS, ImportReport
from scheduler.importing.headers import (
    KEYS,
    KIND_FIELDS,
    SYNONYMS,
    Layout,
    guess_kind,
    mapping_of,
    match_columns,
)
from scheduler.importing.spreadsheet import (
    Place,
    SheetProblems,
    detect_layout,
    import_table,
    read_sheet,
    text_of,
)
from scheduler.importing.tables import Table
from ui.session import CampaignSession
from ui.settings import AppSettings
from ui.tables.jobs import JobRunner

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 20
EXAMPLES = 3
FIELD_ORDER = list(SYNONYMS)
SHEET_FILTER = "*.csv *.xlsx *.xlsm *.txt *.tsv"


@dataclass
class Sheet:
    """What was read from the file, for the preview: the table, the layout the core detected."""

    path: Path
    table: Table
    kind: str
    layout: Layout
    guessed: str | None
    detected: dict[int, str | None] = field(default_factory=dict)


def read_for_preview(path: Path, kind: str) -> Sheet:
    """Reads the sheet and the core's column mapping for `kind` (runs in the worker thread)."""
    table = read_sheet(path)
    kind, layout = detect_layout(table, kind)
    guessed = guess_kind(match_columns(table.header))
    return Sheet(path, table, kind, layout, guessed, mapping_of(layout))


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its header, what it is imported as, and a few values."""

    HEADER, FIELD, EXAMPLES = range(3)

    def __init__(self, labels: dict[str | None, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.columns: list[tuple[int, str]] = []  # (index in the file, header)
        self.examples: dict[int, str] = {}
        self.fields: dict[int, str | None] = {}
        self.choices: list[str | None] = []

    def load(self, sheet: Sheet) -> None:
        self.beginResetModel()
        self.columns = [(c.index, c.header) for c in match_columns(sheet.table.header)]
        self.fields = {index: sheet.detected.get(index) for index, _ in self.columns}
        self.examples = {index: self._examples(sheet.table, index) for index, _ in self.columns}
        self.choices = [None, *(f for f in FIELD_ORDER if f in KIND_FIELDS[sheet.kind])]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.columns, self.fields, self.examples, self.choices = [], {}, {}, []
        self.endResetModel()

    @staticmethod
    def _examples(table: Table, index: int) -> str:
        values = [text_of(row.cells[index]) for row in table.rows[:20] if index < len(row.cells)]
        return " · ".join([v for v in values if v][:EXAMPLES])

    def mapping(self) -> dict[int, str | None]:
        return dict(self.fields)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Column in the file"), self.tr("Imported as"), self.tr("First values"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.FIELD else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.columns):
            return None
        number, header = self.columns[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.HEADER:
                return header
            if index.column() == self.FIELD:
                return self.labels.get(self.fields.get(number), "")
            return self.examples.get(number, "")
        if role == Qt.ItemDataRole.EditRole and index.column() == self.FIELD:
            return self.fields.get(number) or ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.FIELD:
            return False
        chosen = value or None
        if chosen not in self.choices:
            return False
        self.fields[self.columns[index.row()][0]] = chosen
        self.dataChanged.emit(index, index)
        return True


class FieldDelegate(QStyledItemDelegate):
    """The "Imported as" cell: a combo of the kind's fields, stored as soon as one is picked."""

    def __init__(self, model: MappingModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("MappingModel", "Imported as"))
        for choice in self.model.choices:
            combo.addItem(self.model.labels.get(choice, str(choice)), choice or "")
        combo.activated.connect(self._chosen)
        return combo

    @Slot()
    def _chosen(self) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as they are, under headers that say what each column becomes."""

    def __init__(self, mapping: MappingModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mapping = mapping
        self.header: list[str] = []
        self.rows: list[list[str]] = []
        self.numbers: list[int] = []
        mapping.dataChanged.connect(self._mapping_changed)

    def load(self, sheet: Sheet) -> None:
        self.beginResetModel()
        self.header = list(sheet.table.header)
        shown = sheet.table.rows[:PREVIEW_ROWS]
        self.rows = [[text_of(c).replace("\n", " ") for c in row.cells] for row in shown]
        self.numbers = [row.number for row in shown]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.header, self.rows, self.numbers = [], [], []
        self.endResetModel()

    @Slot()
    def _mapping_changed(self) -> None:
        if self.header:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.header) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.numbers[section]) if 0 <= section < len(self.numbers) else None
        if not 0 <= section < len(self.header):
            return None
        field_name = self.mapping.fields.get(section)
        return f"{self.header[section]}\n→ {self.mapping.labels.get(field_name, '')}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not 0 <= index.row() < len(self.rows):
            return None
        cells = self.rows[index.row()]
        return cells[index.column()] if index.column() < len(cells) else ""


class ProblemsModel(QAbstractTableModel):
    """The core's problems with the file: row, column, and what is wrong."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.places: list[Place] = []

    def load(self, places: list[Place]) -> None:
        self.beginResetModel()
        self.places = list(places)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.places)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Row"), self.tr("Column"), self.tr("Problem"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.places):
            return None
        place = self.places[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return "" if place.row is None else str(place.row)
            if index.column() == 1:
                return place.column or ""
            return place.text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _table(name: str, model: QAbstractTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setAccessibleName(name)
    bar.setTextVisible(False)
    bar.hide()
    return bar


class ChoosePage(QWizardPage):
    """Which file, and what its rows are."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file with one row per person or item, under a row "
                                 "that names the columns."))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.setAccessibleName(self.tr("Browse for the file"))
        browse.clicked.connect(self.browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What the rows are"))
        for kind in KINDS:
            self.kind.addItem(wizard.kind_labels[kind], kind)
        kind_label = QLabel(self.tr("&Rows are:"))
        kind_label.setBuddy(self.kind)
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        hint = QLabel(self.tr("Headers may be in English, French or German; the next page shows how each "
                              "column is understood, and nothing is stored before the last step."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(kind_row)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch(1)

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    @Slot()
    def browse(self) -> None:
        settings = AppSettings()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a spreadsheet"), settings.import_folder,
            self.tr("Spreadsheets ({0});;All files (*)").format(SHEET_FILTER),
        )
        if path:
            settings.import_folder = str(Path(path).parent)
            self.path.setText(path)

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip())

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        return bool(text) and Path(text).is_file()


class MappingPage(QWizardPage):
    """The first rows with what each column becomes; each choice can be changed."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.sheet: Sheet | None = None
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column of the file and what it is imported as. Change a choice if "
                                 "a column was misread, or choose “Not imported” to leave it out."))
        self.busy = _busy_bar(self.tr("Reading the file"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mapping = MappingModel(wizard.field_labels, self)
        self.preview = PreviewModel(self.mapping, self)
        self.mapping_table = _table(self.tr("Columns of the file"), self.mapping)
        self.mapping_table.setItemDelegateForColumn(MappingModel.FIELD, FieldDelegate(self.mapping, self))
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_table.verticalHeader().hide()
        self.preview_table = _table(self.tr("First rows of the file"), self.preview)
        self.preview_table.horizontalHeader().setStretchLastSection(False)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns_label = QLabel(self.tr("&Columns:"))
        columns_label.setBuddy(self.mapping_table)
        preview_label = QLabel(self.tr("&First rows:"))
        preview_label.setBuddy(self.preview_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(columns_label)
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview_table, 2)

    def initializePage(self) -> None:
        self.sheet = None
        self.message.clear()
        self.mapping.clear()
        self.preview.clear()
        path, kind = self.owner.choose.chosen_path(), self.owner.choose.kind.currentData()
        self.busy.show()
        self.owner.jobs.start(lambda: read_for_preview(path, kind), self._read, self._failed)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.owner.jobs.abandon()
        self.busy.hide()

    def _read(self, sheet: Sheet) -> None:
        self.busy.hide()
        self.sheet = sheet
        self.mapping.load(sheet)
        self.preview.load(sheet)
        for row in range(self.mapping.rowCount()):  # the choices show as combos, ready to change
            self.mapping_table.openPersistentEditor(self.mapping.index(row, MappingModel.FIELD))
        self._size_tables()
        keys = ", ".join(self.owner.field_labels.get(k, k) for k in KEYS[sheet.kind])
        text = self.tr("%Ln row(s) read. Every row needs: {0}.", "", len(sheet.table.rows)).format(keys)
        if sheet.guessed and sheet.guessed != sheet.kind:
            text += " " + self.tr("These columns look like {0}; go Back to import them as such.").format(
                self.owner.kind_labels[sheet.guessed].casefold()
            )
        self.message.setText(text)
        self.completeChanged.emit()

    def _failed(self, error: CampaignError) -> None:
        self.busy.hide()
        self.message.setText(str(error))
        self.completeChanged.emit()

    def _size_tables(self) -> None:
        metrics = self.mapping_table.fontMetrics()
        self.mapping_table.setColumnWidth(0, max(160, min(320, 30 + max(
            (metrics.horizontalAdvance(h) for _, h in self.mapping.columns), default=0))))
        self.mapping_table.setColumnWidth(1, 220)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(self.preview.columnCount()):
            self.preview_table.setColumnWidth(column, 150)

    def mapping_choice(self) -> dict[int, str | None] | None:
        """The columns as chosen; None when they are what the core detected (its own reading)."""
        if self.sheet is None:
            return None
        chosen = self.mapping.mapping()
        detected = {index: self.sheet.detected.get(index) for index in chosen}
        return None if chosen == detected else chosen

    def isComplete(self) -> bool:
        return self.sheet is not None


class CheckPage(QWizardPage):
    """The dry run: every problem with its row and column, or what the import will do."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.report: ImportReport | None = None
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Every row is checked before anything is stored."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.busy = _busy_bar(self.tr("Checking the file"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Result of the check"))
        self.problems = ProblemsModel(self)
        self.problems_table = _table(self.tr("Problems found"), self.problems)
        self.problems_table.verticalHeader().hide()
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setColumnWidth(0, 60)
        self.problems_table.setColumnWidth(1, 160)
        self.problems_table.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_table, 1)
        layout.addStretch(0)

    def initializePage(self) -> None:
        self.report = None
        self.problems.load([])
        self.problems_table.hide()
        self.summary.setText(self.tr("Checking every row…"))
        self.busy.show()
        wizard = self.owner
        file = wizard.session.document.file if wizard.session.document else None
        path, kind = wizard.choose.chosen_path(), wizard.mapping_page.sheet.kind
        mapping = wizard.mapping_page.mapping_choice()

        def dry_run() -> ImportReport:
            if file is None:
                raise CampaignError(self.tr("No campaign is open."))
            # A transaction rolled back as a whole: the file is not touched, not even its change counter.
            session = Session(file.engine)
            try:
                return import_table(session, path, kind, mapping, dry_run=True)
            finally:
                session.rollback()
                session.close()

        wizard.jobs.start(dry_run, self._checked, self._failed)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.owner.jobs.abandon()
        self.busy.hide()

    def _checked(self, report: ImportReport) -> None:
        self.busy.hide()
        self.report = report
        lines = [self.tr("No problems found. Import adds {0} and updates {1}; nothing is stored until you "
                         "choose Import.").format(report.added, report.updated)]
        lines += report.notes
        self.summary.setText("\n".join(lines))
        self.completeChanged.emit()

    def _failed(self, error: CampaignError) -> None:
        self.busy.hide()
        if isinstance(error, SheetProblems):
            self.problems.load(error.places)
            self.problems_table.show()
            count = len(error.places)
            self.summary.setText(self.tr(
                "The file cannot be imported as it is: {0} to correct. Nothing was stored. Correct the "
                "file and choose it again, or go Back and change the columns."
            ).format(self.tr("%Ln problem(s)", "", count)))
        else:
            self.summary.setText(self.tr("The file cannot be imported: {0} Nothing was stored.").format(
                str(error)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None


class DonePage(QWizardPage):
    """The import itself, in one transaction, then recorded so that Undo takes it back."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.done = False
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The rows are stored in the campaign; Undo takes the whole import back."))
        self.busy = _busy_bar(self.tr("Importing"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Result of the import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.done = False
        wizard = self.owner
        session = wizard.session
        if session.document is None:
            self._failed(CampaignError(self.tr("No campaign is open.")))
            return
        document = session.document
        path, kind = wizard.choose.chosen_path(), wizard.mapping_page.sheet.kind
        mapping = wizard.mapping_page.mapping_choice()
        self.before = session.data
        self.summary.setText(self.tr("Importing {0}…").format(path.name))
        self.busy.show()
        def run() -> ImportReport:
            with document.writing() as transaction:  # refused if another program changed the file
                return import_table(transaction, path, kind, mapping)

        wizard.importing = True
        wizard.jobs.start(run, self._imported, self._failed)
        self.completeChanged.emit()

    def _imported(self, report: ImportReport) -> None:
        wizard = self.owner
        path = wizard.choose.chosen_path()
        wizard.importing = False
        self.busy.hide()
        try:
            wizard.session.record(self.before, self.tr("Import {0}").format(path.name))
        except CampaignError as error:
            log.warning("an import was stored but could not be recorded for undo")
            self.summary.setText(str(error))
        else:
            text = report.described(path.name)
            self.summary.setText(text)
            log.info("import of %s done (%d added, %d updated)", report.kind, report.added, report.updated)
            wizard.imported.emit(report.summary(path.name))
        self.done = True
        self.completeChanged.emit()

    def _failed(self, error: CampaignError) -> None:
        self.owner.importing = False
        self.busy.hide()
        self.summary.setText(self.tr("Nothing was imported: {0}").format(str(error)))
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    """Import candidates, members, availability, conflicts or holidays from a spreadsheet."""

    imported = Signal(str)  # the one-line summary of a finished import

    def __init__(
        self, session: CampaignSession, kind: str = "candidates", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.importing = False
        self.jobs = JobRunner(self)
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.kind_labels = {
            "candidates": self.tr("Candidates"),
            "members": self.tr("Panel members"),
            "availability": self.tr("Availability"),
            "conflicts": self.tr("Conflicts of interest"),
            "holidays": self.tr("Holidays"),
        }
        self.field_labels = self._field_labels()
        self.choose = ChoosePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.choose, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)
        self.choose.set_kind(kind)
        for button, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.CommitButton, self.tr("Import")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.button(button).setAccessibleName(name)
        self.resize(860, 620)

    def _field_labels(self) -> dict[str | None, str]:
        labels = {
            None: self.tr("Not imported"),
            "reference": self.tr("Reference"), "name": self.tr("Name"),
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "email": self.tr("E-mail"), "profile": self.tr("Profile"), "mode": self.tr("Mode"),
            "timezone": self.tr("Time zone"), "local_start": self.tr("Local hours: start"),
            "local_end": self.tr("Local hours: end"), "local_hours": self.tr("Local hours"),
            "extra_minutes": self.tr("Extra minutes"), "accessible_room": self.tr("Accessible room"),
            "status": self.tr("Status"), "notes": self.tr("Notes"), "roles": self.tr("Roles"),
            "max_per_day": self.tr("Max per day"), "max_total": self.tr("Max total"),
            "person": self.tr("Person (e-mail or reference)"), "start": self.tr("Start"),
            "end": self.tr("End"), "date": self.tr("Date"), "from": self.tr("From (time)"),
            "to": self.tr("To (time)"), "member": self.tr("Member"), "candidate": self.tr("Candidate"),
            "reason": self.tr("Reason"),
        }
        missing = set(FIELD_ORDER) - set(labels)
        return {**labels, **{name: name for name in missing}}

    def set_path(self, path: Path) -> None:
        """Fills in the file (for a file dropped on the window, and for tests)."""
        self.choose.path.setText(str(path))

    def reject(self) -> None:
        if self.importing:
            return  # the import finishes and is recorded; Cancel would leave it unrecorded
        self.jobs.abandon()
        super().reject()
