"""Translations: our own (.ts -> .qm in resources/translations) and Qt's for its standard strings.

The .ts files are the source (edited with Qt Linguist, extracted with `python -m ui.i18n update`);
the .qm files are compiled from them with `python -m ui.i18n release` and shipped, so a user's
machine needs no Qt tools.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path

LANGUAGES = ("en", "fr", "de")
TRANSLATED = ("fr", "de")
# English is the source language; its file holds only the plural forms ("%n interview(s)" ->
# "1 interview", "2 interviews"), which Qt takes from a translation even in the source language.
PLURALS_ONLY = ("en",)
FOLDER = resource_path("translations")
_installed: list[QTranslator] = []


def ts_file(language: str) -> Path:
    return FOLDER / f"interview_scheduler_{language}.ts"


def qm_file(language: str) -> Path:
    return FOLDER / f"interview_scheduler_{language}.qm"


def chosen_language(setting: str) -> str:
    """The language to show: the preference, else the system's if we have it, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def locale_for(language: str) -> QLocale:
    """Dates and numbers in the interface's language, with the system's country when it speaks it."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale({"en": "en_GB", "fr": "fr_FR", "de": "de_DE"}[language])


def install_translators(language: str) -> bool:
    """Replaces the installed translators; returns False if our translation could not be loaded."""
    app = QCoreApplication.instance()
    QLocale.setDefault(locale_for(language))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = (f"interview_scheduler_{language}", str(FOLDER))
    ok = True
    for name, folder in [ours] if language in PLURALS_ONLY else [(f"qtbase_{language}", qt_folder), ours]:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            ok = False
    return ok


def sources() -> list[Path]:
    root = Path(__file__).parent
    return sorted(p for p in root.rglob("*.py") if p.name != "screenshots.py")


def update() -> None:
    """Extracts every tr() string of ui/ into the .ts files, keeping the translations already made."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    for language in TRANSLATED + PLURALS_ONLY:
        plurals = ["-pluralonly"] if language in PLURALS_ONLY else []
        subprocess.run([str(tool), *map(str, sources()), "-no-obsolete", *plurals, "-ts",
                        str(ts_file(language))], check=True)


def release() -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for language in TRANSLATED + PLURALS_ONLY:
        subprocess.run([str(tool), str(ts_file(language)), "-qm", str(qm_file(language))], check=True)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1]]()
