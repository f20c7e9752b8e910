"""The Preferences dialog: what OK stores in QSettings, and the SMTP password in a (fake) keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from scheduler.invitations.sending import KEYRING_SERVICE
from ui.preferences import PreferencesDialog
from ui.settings import AppSettings

ACCOUNT = "hr@example.org@smtp.example.org"


@pytest.fixture(autouse=True)
def _private_native_qsettings(tmp_path_factory: pytest.TempPathFactory):
    """AppSettings uses QSettings(organization, application), which is always the native format:
    the shared conftest only redirects the INI format, so redirect the native one too."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("native-qsettings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this test only: the user's real keyring is never touched."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file backend, which the core refuses to store passwords in."""


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # restored after the test
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def dialog(qtbot) -> PreferencesDialog:
    widget = PreferencesDialog()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press_ok(qtbot, dialog: PreferencesDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def fill_account(qtbot, dialog: PreferencesDialog, password: str) -> None:
    qtbot.keyClicks(dialog.server, "smtp.example.org:587")
    qtbot.keyClicks(dialog.user, "hr@example.org")
    dialog.security.setCurrentIndex(dialog.security.findData("ssl"))
    qtbot.keyClicks(dialog.password, password)


def every_setting(settings: AppSettings) -> str:
    """Every value QSettings holds, and its file as written on disk."""
    settings.q.sync()
    values = [f"{key}={settings.q.value(key)}" for key in settings.q.allKeys()]
    file = Path(settings.q.fileName())
    return "\n".join(values) + (file.read_text(encoding="utf-8") if file.exists() else "")


def test_ok_saves_the_language_and_the_folders_in_qsettings(qtbot, dialog, tmp_path) -> None:
    assert dialog.language.currentText() == "System default"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    for key in ("campaigns", "imports", "exports"):
        dialog.folders[key].setText(str(tmp_path / key))

    with qtbot.waitSignal(dialog.languageChanged, timeout=1000) as changed:
        press_ok(qtbot, dialog)

    assert changed.args == ["fr"]
    assert not dialog.isVisible()
    settings = AppSettings()
    assert settings.language == "fr"
    assert settings.campaign_folder == str(tmp_path / "campaigns")
    assert settings.import_folder == str(tmp_path / "imports")
    assert settings.export_folder == str(tmp_path / "exports")
    assert "native-qsettings" in settings.q.fileName()  # never the user's own preferences

    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language.currentData() == "fr"
    assert again.folders["imports"].text() == str(tmp_path / "imports")


def test_cancel_changes_nothing(qtbot, dialog) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.folders["exports"].setText("/somewhere/else")
    with qtbot.assertNotEmitted(dialog.languageChanged):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)
    assert AppSettings().language == ""
    assert AppSettings().export_folder != "/somewhere/else"


def test_the_smtp_password_goes_to_the_keyring_and_never_into_qsettings(
    qtbot, dialog, memory_keyring
) -> None:
    assert not dialog.forget_button.isEnabled()
    fill_account(qtbot, dialog, "s3cret-Pa55")

    press_ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert memory_keyring.passwords == {(KEYRING_SERVICE, ACCOUNT): "s3cret-Pa55"}
    settings = AppSettings()
    assert (settings.smtp_server, settings.smtp_user, settings.smtp_security) == (
        "smtp.example.org:587", "hr@example.org", "ssl")
    assert "s3cret-Pa55" not in every_setting(settings)

    # Opened again: the dialog knows a password is saved, shows none, and can forget it.
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.password.text() == ""
    assert again.password_state.text() == "A password is saved in the system keyring."
    assert again.forget_button.isEnabled()
    again.forget_button.click()
    assert memory_keyring.passwords == {}
    assert not again.forget_button.isEnabled()


def test_a_keyring_that_keeps_plain_text_is_refused_with_the_cores_sentence(
    qtbot, dialog, memory_keyring
) -> None:
    keyring.set_keyring(PlaintextKeyring())
    fill_account(qtbot, dialog, "s3cret-Pa55")

    press_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "The password was not saved" in dialog.problems.text()
    assert "plain text" in dialog.problems.text()
    assert memory_keyring.passwords == {}
    assert "s3cret-Pa55" not in every_setting(AppSettings())


def test_a_server_that_is_not_host_and_port_keeps_the_dialog_open(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.server, "smtp.example.org")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problems.text() == "Give the mail server as HOST:PORT, for example smtp.example.org:587."
    assert AppSettings().smtp_server == ""


def test_every_focusable_control_has_an_accessible_name(dialog) -> None:
    unnamed = [
        widget for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(dialog)
        and not widget.accessibleName()
    ]
    assert unnamed == []
