"""Candidates' personal data in the app: the retention date, a person's data on request, the purge.

The same core functions as `purge`, `export --person` and the retention reminder of `check`
(scheduler/privacy.py); the window only asks, confirms and reports.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scheduler import privacy
from scheduler.errors import CampaignError
from ui.session import CampaignSession
from ui.settings import AppSettings

log = logging.getLogger(__name__)


class RetentionBanner(QFrame):
    """Shown above the views once the retention date has passed and the data is still there."""

    purge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionBanner")
        self.setStyleSheet("#retentionBanner { background: #fff4ce; border: 1px solid #e0b400; }"
                           "#retentionBanner QLabel { color: #3b2f00; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Personal &data…"))
        self.button.setAccessibleName(self.tr("Open the personal data dialog"))
        self.button.clicked.connect(self.purge_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def refresh(self, session: CampaignSession) -> None:
        if not session.is_open:
            self.hide()
            return
        with session.document.file.transaction() as db:
            passed = privacy.retention_passed(db)
            until = privacy.retention_date(db)
        self.text.setText(self.tr(
            "The retention date of this campaign ({0}) has passed: the candidates' personal data should "
            "now be purged."
        ).format(until.isoformat()))
        self.setVisible(passed)


class PrivacyDialog(QDialog):
    """The retention date, one person's data (access request), and the purge, in one place."""

    purged = Signal()

    def __init__(self, session: CampaignSession, parent: QWidget | None = None,
                 settings: AppSettings | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings or AppSettings()
        self.setWindowTitle(self.tr("Personal data"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.retention = QDateEdit()
        self.retention.setCalendarPopup(True)
        self.retention.setAccessibleName(self.tr("Retention date"))
        self.retention.setDisplayFormat("yyyy-MM-dd")
        self.default_button = QPushButton(self.tr("&Default (last day + 180 days)"))
        self.default_button.setAccessibleName(self.tr("Use the default retention date"))
        self.default_button.clicked.connect(self.use_default)
        self.retention.editingFinished.connect(self.store_retention)
        retention_label = QLabel(self.tr("&Keep candidates' data until:"))
        retention_label.setBuddy(self.retention)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        keep = QGroupBox(self.tr("Retention"))
        form = QFormLayout(keep)
        row = QHBoxLayout()
        row.addWidget(self.retention)
        row.addWidget(self.default_button)
        row.addStretch(1)
        form.addRow(retention_label, row)

        actions = QGroupBox(self.tr("Requests and the end of the campaign"))
        self.export_button = QPushButton(self.tr("&Export one person's data…"))
        self.export_button.setAccessibleName(self.tr("Export everything stored about one person"))
        self.export_button.clicked.connect(self.ask_export_person)
        self.purge_button = QPushButton(self.tr("&Purge candidates' personal data…"))
        self.purge_button.setAccessibleName(self.tr("Purge the candidates' personal data"))
        self.purge_button.clicked.connect(self.ask_purge)
        self.before_end = QCheckBox(self.tr("Purge &now, although the campaign has not ended"))
        self.before_end.setAccessibleName(self.tr("Purge before the campaign's last day"))
        box = QVBoxLayout(actions)
        box.addWidget(self.export_button)
        box.addWidget(self.purge_button)
        box.addWidget(self.before_end)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(keep)
        layout.addWidget(actions)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        with self.session.document.file.transaction() as db:
            until = privacy.retention_date(db)
            purged = privacy.purged_at(db)
            passed = privacy.retention_passed(db)
            end = self.session.data.campaign.end_date
            ended = privacy.campaign_today(db) > end
        self.retention.blockSignals(True)
        self.retention.setMinimumDate(QDate(end.year, end.month, end.day))
        self.retention.setDate(QDate(until.year, until.month, until.day))
        self.retention.blockSignals(False)
        if purged is not None:
            text = self.tr("The candidates' personal data was purged on {0}.")
            text = text.format(purged.date().isoformat())
        elif passed:
            text = self.tr("The retention date has passed: purge the candidates' personal data.")
        else:
            text = self.tr("The candidates' personal data is kept until {0}.").format(until.isoformat())
        self.state.setText(text)
        self.before_end.setVisible(not ended and purged is None)

    @Slot()
    def store_retention(self) -> None:
        chosen = self.retention.date().toPython()
        self._set_retention(chosen if isinstance(chosen, date) else None)

    @Slot()
    def use_default(self) -> None:
        self._set_retention(None)

    def _set_retention(self, day: date | None) -> None:
        try:
            with self.session.document.writing() as db:
                privacy.set_retention(db, day)
        except CampaignError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Retention date saved."))
        self.refresh()
        self.session.changed.emit({"settings"})

    @Slot()
    def ask_export_person(self) -> None:
        person, ok = QInputDialog.getText(self, self.tr("Export one person's data"),
                                          self.tr("E-mail address or candidate reference:"))
        if not ok or not person.strip():
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the person's data"), str(Path(self.settings.export_folder) / "person.json"),
            self.tr("JSON files (*.json)"))
        if target:
            self.export_person(person.strip(), Path(target))

    def export_person(self, person: str, target: Path) -> bool:
        try:
            report = privacy.export_person_at(self.session.path, person, target)
        except CampaignError as error:
            self.message.setText(str(error))
            return False
        self.message.setText(report)
        return True

    @Slot()
    def ask_purge(self) -> None:
        preview = privacy.purge_preview(self.session.path)
        answer = QMessageBox.warning(
            self, self.tr("Purge personal data"),
            self.tr("Anonymise {0} candidates (names, e-mail addresses, notes, availability, accommodations, "
                    "conflicts, invitations sent) and delete {1} backups of this campaign? The {2} "
                    "interviews stay for the figures. This cannot be undone.").format(
                preview.candidates, preview.backups, preview.interviews),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.purge()

    def purge(self) -> bool:
        """Closes the campaign (a purge rewrites it whole and compacts it), purges, opens it again."""
        path = self.session.path
        self.session.close()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = privacy.purge_at(path, before_end=self.before_end.isChecked())
        except CampaignError as error:
            self.message.setText(str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.session.open(path)
        self.message.setText(" ".join([report.summary(), *report.notes()]))
        self.refresh()
        self.purged.emit()
        return True
