"""Preferences: the language, the default folders and the SMTP account of this computer's user.

They live in QSettings (`ui.settings.AppSettings`), except the SMTP password: that goes into the
system keyring through the same helpers and under the same service name as the `send` command
(`scheduler.invitations.sending`), so a password saved here is found there and the other way round.
It is never written to QSettings, and nothing is stored until OK: Cancel leaves everything as it was.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scheduler.errors import CampaignError
from scheduler.invitations.sending import (
    KEYRING_SERVICE,
    Password,
    Server,
    find_password,
    parse_server,
    save_password,
)
from ui.settings import LANGUAGES, AppSettings

log = logging.getLogger(__name__)

def _quiet(_sentence: str) -> None:
    """Drops what find_password would tell a terminal user: the dialog shows its own state line."""


class PreferencesDialog(QDialog):
    """Language, default folders, SMTP account; `languageChanged(code)` after OK ('' = the system's)."""

    languageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, settings: AppSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self._build()
        self.retranslate()
        self._load()

    # ---------------------------------------------------------------------------------- building

    def _build(self) -> None:
        self.language = QComboBox()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.folders: dict[str, QLineEdit] = {}
        self.folder_labels: dict[str, QLabel] = {}
        self.browse_buttons: dict[str, QPushButton] = {}
        for key in ("campaigns", "imports", "exports"):
            self.folders[key] = QLineEdit()
            self.folder_labels[key] = QLabel()
            self.folder_labels[key].setBuddy(self.folders[key])
            self.browse_buttons[key] = QPushButton()
            self.browse_buttons[key].clicked.connect(getattr(self, f"_browse_{key}"))
        self.server = QLineEdit()
        self.user = QLineEdit()
        self.security = QComboBox()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_state = QLabel()
        self.password_state.setWordWrap(True)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self.forget_password)
        self.server.editingFinished.connect(self._update_password_state)
        self.user.editingFinished.connect(self._update_password_state)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("QLabel { color: #b3261e; }")
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        self.language_group = QGroupBox()
        language_form = QFormLayout(self.language_group)
        language_form.addRow(self.language_label, self.language)
        self.folders_group = QGroupBox()
        folders_form = QFormLayout(self.folders_group)
        for key, line in self.folders.items():
            row = QHBoxLayout()
            row.addWidget(line, 1)
            row.addWidget(self.browse_buttons[key])
            folders_form.addRow(self.folder_labels[key], row)
        self.smtp_group = QGroupBox()
        smtp_form = QFormLayout(self.smtp_group)
        self.server_label, self.user_label = QLabel(), QLabel()
        self.security_label, self.password_label = QLabel(), QLabel()
        for label, widget in ((self.server_label, self.server), (self.user_label, self.user),
                              (self.security_label, self.security)):
            label.setBuddy(widget)
            smtp_form.addRow(label, widget)
        self.password_label.setBuddy(self.password)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.forget_button)
        smtp_form.addRow(self.password_label, password_row)
        smtp_form.addRow("", self.password_state)
        layout = QVBoxLayout(self)
        for group in (self.language_group, self.folders_group, self.smtp_group):
            layout.addWidget(group)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(600, self.sizeHint().height())

    # ---------------------------------------------------------------------------------- texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self._retranslate_language()
        self._retranslate_folders()
        self._retranslate_smtp()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setAccessibleName(self.tr("OK"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.problems.setAccessibleName(self.tr("Problems"))

    def _retranslate_language(self) -> None:
        self.language_group.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        current = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words, never translated
        if current is not None:
            self.language.setCurrentIndex(max(self.language.findData(current), 0))

    def _retranslate_folders(self) -> None:
        self.folders_group.setTitle(self.tr("Default folders"))
        self.folder_labels["campaigns"].setText(self.tr("&Campaigns:"))
        self.folder_labels["imports"].setText(self.tr("&Imports:"))
        self.folder_labels["exports"].setText(self.tr("E&xports:"))
        self.folders["campaigns"].setAccessibleName(self.tr("Campaigns folder"))
        self.folders["imports"].setAccessibleName(self.tr("Imports folder"))
        self.folders["exports"].setAccessibleName(self.tr("Exports folder"))
        names = {
            "campaigns": self.tr("Choose the campaigns folder"),
            "imports": self.tr("Choose the imports folder"),
            "exports": self.tr("Choose the exports folder"),
        }
        for key, button in self.browse_buttons.items():
            button.setText(self.tr("Browse…"))
            button.setAccessibleName(names[key])

    def _retranslate_smtp(self) -> None:
        self.smtp_group.setTitle(self.tr("E-mail account (SMTP)"))
        self.server_label.setText(self.tr("&Server:"))
        self.user_label.setText(self.tr("&User name:"))
        self.security_label.setText(self.tr("S&ecurity:"))
        self.password_label.setText(self.tr("&Password:"))
        self.server.setPlaceholderText(self.tr("smtp.example.org:587"))
        self.server.setAccessibleName(self.tr("Mail server and port"))
        self.user.setAccessibleName(self.tr("User name"))
        self.security.setAccessibleName(self.tr("Security"))
        self.password.setAccessibleName(self.tr("Password"))
        self.forget_button.setText(self.tr("&Forget saved password"))
        self.forget_button.setAccessibleName(self.tr("Forget the saved password"))
        current = self.security.currentData()
        self.security.clear()
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (usually port 465)"), "ssl")
        if current is not None:
            self.security.setCurrentIndex(max(self.security.findData(current), 0))
        self._update_password_state()

    # ---------------------------------------------------------------------------------- values

    def _load(self) -> None:
        settings = self.settings
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.folders["campaigns"].setText(settings.campaign_folder)
        self.folders["imports"].setText(settings.import_folder)
        self.folders["exports"].setText(settings.export_folder)
        self.server.setText(settings.smtp_server)
        self.user.setText(settings.smtp_user)
        self.security.setCurrentIndex(max(self.security.findData(settings.smtp_security), 0))
        self._update_password_state()

    def _browse(self, key: str) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.browse_buttons[key].accessibleName(),
                                                  self.folders[key].text())
        if folder:
            self.folders[key].setText(folder)

    @Slot()
    def _browse_campaigns(self) -> None:
        self._browse("campaigns")

    @Slot()
    def _browse_imports(self) -> None:
        self._browse("imports")

    @Slot()
    def _browse_exports(self) -> None:
        self._browse("exports")

    def account(self) -> Server | None:
        """The SMTP account as typed, or None while the server or the user name is missing or invalid."""
        text, user = self.server.text().strip(), self.user.text().strip()
        if not text or not user:
            return None
        try:
            host, port = parse_server(text)
        except CampaignError:
            return None
        return Server(host, port, str(self.security.currentData() or "starttls"), user)

    def password_saved(self) -> bool:
        """Whether the keyring holds a password for the account as typed (asked the way `send` asks)."""
        server = self.account()
        if server is None:
            return False
        try:
            find_password(server, say=_quiet, interactive=False)
        except CampaignError:
            return False
        return True

    @Slot()
    def _update_password_state(self) -> None:
        saved = self.password_saved()
        if saved:
            state = self.tr("A password is saved in the system keyring.")
            hint = self.tr("Leave empty to keep the saved password")
        else:
            hint = self.tr("Kept in the system keyring, never in a file")
            if self.account() is None:
                state = self.tr("Give the server and the user name to save a password.")
            else:
                state = self.tr("No password is saved; type it to save it.")
        self.password_state.setText(state)
        self.password.setPlaceholderText(hint)
        self.forget_button.setEnabled(saved)

    @Slot()
    def forget_password(self) -> None:
        server = self.account()
        if server is None:
            return
        import keyring

        try:
            keyring.delete_password(KEYRING_SERVICE, server.account)
        except Exception:  # no such entry, locked or missing keyring: say so, never crash
            log.warning("keyring delete failed", exc_info=True)
            self._show_problems([self.tr("The saved password could not be removed from the system keyring.")])
            return
        self._show_problems([])
        self._update_password_state()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    # ---------------------------------------------------------------------------------- OK

    def accept(self) -> None:
        """Checks the account, saves a typed password in the keyring, then the rest in QSettings."""
        problems = self._server_problems() or self._store_password()
        self._show_problems(problems)
        if problems:
            return
        self._store_settings()
        super().accept()

    def _server_problems(self) -> list[str]:
        text = self.server.text().strip()
        if text:
            try:
                parse_server(text)
            except CampaignError:
                return [self.tr("Give the mail server as HOST:PORT, for example smtp.example.org:587.")]
        if self.password.text() and self.account() is None:
            return [self.tr("Give the mail server and the user name to save the password.")]
        return []

    def _store_password(self) -> list[str]:
        """Into the system keyring with the core's helper; checked by reading it back."""
        value = self.password.text()
        server = self.account()
        if not value or server is None:
            return []
        said: list[str] = []
        save_password(server, Password(value, from_keyring=False, keyring_available=True), said.append)
        try:
            stored = find_password(server, say=said.append, interactive=False).value
        except CampaignError:
            stored = None
        if stored != value:
            # save_password says exactly one sentence: why it did not save (no keyring, plain text, ...).
            return said[:1] or [self.tr("The password could not be saved in the system keyring.")]
        self.password.clear()
        return []

    def _store_settings(self) -> None:
        settings = self.settings
        old_language = settings.language
        language = str(self.language.currentData() or "")
        settings.language = language
        folders = {key: line.text().strip() for key, line in self.folders.items()}
        if folders["campaigns"]:  # an emptied field keeps the folder (the home folder by default)
            settings.campaign_folder = folders["campaigns"]
        if folders["imports"]:
            settings.import_folder = folders["imports"]
        if folders["exports"]:
            settings.export_folder = folders["exports"]
        settings.smtp_server = self.server.text().strip()
        settings.smtp_user = self.user.text().strip()
        settings.smtp_security = str(self.security.currentData() or "starttls")
        settings.q.sync()
        if language != old_language:
            self.languageChanged.emit(language)
