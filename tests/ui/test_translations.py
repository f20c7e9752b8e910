"""The French and German interfaces: every string of ours translated, and the .qm files current; the
English plural forms too."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n import PLURALS_ONLY, TRANSLATED, qm_file, sources, ts_file


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def untranslated(translation: ET.Element) -> bool:
    if translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return True
    forms = translation.findall("numerusform")
    if forms:
        return any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_interface_is_translated(language: str):
    found = messages(ts_file(language))
    missing = [f"{context}: {source!r}" for (context, source), t in found.items() if untranslated(t)]
    assert len(found) > 300
    assert not missing, f"{len(missing)} untranslated in {language}:\n" + "\n".join(missing[:40])


def test_the_translation_files_hold_every_string_in_the_code(tmp_path: Path):
    """A string added to the code without running `python -m ui.i18n update` fails here."""
    extracted = tmp_path / "extracted.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(tool), *map(str, sources()), "-ts", str(extracted)], check=True,
                   capture_output=True)
    in_code = set(messages(extracted))
    for language in TRANSLATED:
        missing = in_code - set(messages(ts_file(language)))
        assert not missing, f"{language}: {sorted(missing)[:20]}"
    plurals = {key for key, _ in _numerus(extracted)}
    assert plurals, "the interface counts things with %n"
    for language in PLURALS_ONLY:
        missing = plurals - {key for key, t in _numerus(ts_file(language)) if not untranslated(t)}
        assert not missing, f"{language} plural forms: {sorted(missing)}"


def _numerus(path: Path) -> list[tuple[tuple[str, str], ET.Element]]:
    root = ET.parse(path).getroot()
    return [((context.findtext("name"), message.findtext("source")), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")
            if message.get("numerus") == "yes"]


@pytest.mark.parametrize(("count", "expected"), [(1, "1 interview placed"), (2, "2 interviews placed"),
                                                  (0, "0 interviews placed")])
def test_english_counts_in_the_singular_and_the_plural(qtbot, count: int, expected: str):
    from PySide6.QtCore import QCoreApplication

    assert qm_file("en").stat().st_mtime >= ts_file("en").stat().st_mtime - 1
    assert QCoreApplication.translate("CampaignStatus", "%n interview(s) placed", "", count) == expected


@pytest.mark.parametrize(("language", "menu", "expected"), [("fr", "&File", "&Fichier"),
                                                            ("de", "&File", "&Datei")])
def test_the_compiled_translation_is_what_the_app_loads(qtbot, language, menu, expected):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_translators

    assert qm_file(language).stat().st_mtime >= ts_file(language).stat().st_mtime - 1
    try:
        assert install_translators(language)
        assert QCoreApplication.translate("MainWindow", menu) == expected
        # Qt's own strings too (the standard buttons of a message box).
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        install_translators("en")


def test_the_main_window_speaks_french(qtbot, demo_file):
    from ui.i18n import install_translators
    from ui.mainwindow import MainWindow

    try:
        install_translators("fr")
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_path(demo_file)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert "&Campaign" not in titles and "Ca&ndidates" not in titles
        assert window.menuBar().actions()[0].text() == "&Fichier"
    finally:
        install_translators("en")


@pytest.mark.parametrize("count", [0, 1, 2, 1500])
def test_no_count_in_english_shows_a_bracketed_plural(qtbot, count: int):
    from PySide6.QtCore import QCoreApplication

    for (context, source), _ in _numerus(ts_file("en")):
        shown = QCoreApplication.translate(context, source, "", count)
        assert "(s)" not in shown and "%" not in shown, (source, shown)
