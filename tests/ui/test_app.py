"""The app as a desktop citizen: starts light, remembers, reports errors, files on the File menu."""

from __future__ import annotations

import configparser
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from resources import resource_path


def test_the_window_opens_a_campaign_without_loading_the_solver(demo_file: Path, tmp_path: Path):
    """OR-Tools is loaded on the first plan, so that the window appears fast."""
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QSettings
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        from ui.app import make_application
        app = make_application(["x"])
        from ui.mainwindow import MainWindow
        window = MainWindow()
        window.show()
        assert window.open_path(__import__("pathlib").Path({str(demo_file)!r}))
        for key in window.VIEW_KEYS:
            window.show_view(key)
            app.processEvents()
        print(sorted(m for m in sys.modules if m.startswith(("ortools", "solver"))))
        window.close()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.strip().splitlines()[-1]
    assert "ortools" not in loaded


def test_the_desktop_file_starts_the_app_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(resource_path("linux", "interview-scheduler.desktop"), encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "interview-scheduler-gui"
    assert resource_path("icons", f"{desktop['Icon']}.svg").is_file()
    assert desktop["Name[fr]"] and desktop["Name[de]"]


def test_an_unexpected_error_shows_a_dialog_with_copyable_details_and_logs_the_traceback(
    qtbot, monkeypatch, caplog
):
    from ui import errors

    shown = []
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        with caplog.at_level(logging.ERROR):
            errors.excepthook(*sys.exc_info())
    assert shown, "no dialog"
    dialog = shown[0]
    assert "ValueError" in dialog.summary.text()
    assert "boom in a slot" in dialog.details.toPlainText()
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert "Traceback" in QGuiApplication.clipboard().text()
    assert "boom in a slot" in caplog.text


def test_qt_warnings_go_into_the_log(qtbot, caplog):
    from PySide6.QtCore import qWarning

    from ui.errors import install_error_handling

    install_error_handling()
    with caplog.at_level(logging.WARNING, logger="qt"):
        qWarning("a warning from Qt")
    assert "a warning from Qt" in caplog.text


def test_recent_files_and_window_geometry_are_remembered(qtbot, demo_file: Path):
    from ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_file)
    window.resize(1000, 555)  # the offscreen screen is 800x600: the width is cut to it, the height not
    closed_size = window.size()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.settings.recent_files[0] == str(demo_file.resolve())
    assert again.recent_menu.actions()[0].data() == str(demo_file.resolve())
    assert again.settings.geometry("main") is not None
    assert again.size().height() == closed_size.height() == 555


def test_new_campaign_opens_on_the_campaign_view_and_save_a_copy_writes_another_file(
    qtbot, tmp_path: Path, monkeypatch
):
    from scheduler.store.database import CampaignFile
    from scheduler.store.mapping import load_campaign
    from ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_and_open(tmp_path / "Spring round")
    assert window.session.path == tmp_path / "Spring round.campaign"
    assert window.tabs.currentWidget() is window.views["campaign"]
    copy = tmp_path / "copy.campaign"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.save_copy()
    with CampaignFile.open(copy) as campaign, campaign.transaction() as session:
        assert load_campaign(session).campaign.name == "Spring round"


def test_a_file_that_is_not_a_campaign_is_refused_in_one_sentence(qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.mainwindow import MainWindow

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    bogus = tmp_path / "notes.campaign"
    bogus.write_text("shopping list")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(bogus)
    assert len(said) == 1 and "notes.campaign" in said[0] and "\n" not in said[0]
    assert not window.session.is_open
