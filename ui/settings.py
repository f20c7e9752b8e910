"""The app's own preferences (QSettings): language, folders, SMTP account, recent files, geometry.

Kept apart from the campaign file on purpose: they belong to the coordinator's computer, not to a
campaign handed to a colleague. The SMTP password is never here; it lives in the system keyring.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "InterviewScheduler"
APPLICATION = "Interview Scheduler"
LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch"}
MAX_RECENT = 8


class AppSettings:
    """Typed access to QSettings, so that no key is spelled twice."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.q = settings or QSettings(ORGANIZATION, APPLICATION)

    def _text(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    # Language: "" means the system's language when it is one we have, else English.
    @property
    def language(self) -> str:
        return self._text("ui/language")

    @language.setter
    def language(self, code: str) -> None:
        self.q.setValue("ui/language", code)

    @property
    def campaign_folder(self) -> str:
        return self._text("folders/campaigns", str(Path.home()))

    @campaign_folder.setter
    def campaign_folder(self, folder: str) -> None:
        self.q.setValue("folders/campaigns", folder)

    @property
    def export_folder(self) -> str:
        return self._text("folders/exports", str(Path.home()))

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self.q.setValue("folders/exports", folder)

    @property
    def import_folder(self) -> str:
        return self._text("folders/imports", str(Path.home()))

    @import_folder.setter
    def import_folder(self, folder: str) -> None:
        self.q.setValue("folders/imports", folder)

    # SMTP account: server "host:port", user name, security ("ssl", "starttls").
    @property
    def smtp_server(self) -> str:
        return self._text("smtp/server")

    @smtp_server.setter
    def smtp_server(self, server: str) -> None:
        self.q.setValue("smtp/server", server)

    @property
    def smtp_user(self) -> str:
        return self._text("smtp/user")

    @smtp_user.setter
    def smtp_user(self, user: str) -> None:
        self.q.setValue("smtp/user", user)

    @property
    def smtp_security(self) -> str:
        return self._text("smtp/security", "starttls")

    @smtp_security.setter
    def smtp_security(self, security: str) -> None:
        self.q.setValue("smtp/security", security)

    @property
    def recent_files(self) -> list[str]:
        value = self.q.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        recent = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]
        self.q.setValue("files/recent", recent)

    def remove_recent(self, path: str) -> None:
        self.q.setValue("files/recent", [p for p in self.recent_files if p != path])

    def geometry(self, name: str) -> QByteArray | None:
        value = self.q.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self.q.setValue(f"window/{name}", value)
