"""Starting the desktop app: `interview-scheduler`, `interview-scheduler gui [CAMPAIGN]`.

The window must appear fast (within 1.5 s), so nothing heavy is imported here: OR-Tools is loaded
when the coordinator first plans, the exporters when they first export.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from scheduler.logs import setup_logging
from ui.errors import install_error_handling
from ui.i18n import chosen_language, install_translators
from ui.settings import APPLICATION, ORGANIZATION, AppSettings

log = logging.getLogger(__name__)


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("interview-scheduler")
    return app


def main(argv: Sequence[str] | None = None, campaign: Path | None = None) -> int:
    """Runs the app until its window closes; returns the exit status."""
    setup_logging()
    # Before the QApplication exists, or Qt ignores the rounding policy.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = make_application(argv if argv is not None else sys.argv[:1])
    install_error_handling()
    settings = AppSettings()
    install_translators(chosen_language(settings.language))
    from ui.mainwindow import MainWindow, app_icon

    app.setWindowIcon(app_icon())
    window = MainWindow(settings)
    window.show()
    if campaign is not None:  # after the first paint: the window appears at once, then fills
        QTimer.singleShot(0, window, functools.partial(window.open_path, campaign))
    log.info("app started")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv, Path(sys.argv[1]) if len(sys.argv) > 1 else None))
