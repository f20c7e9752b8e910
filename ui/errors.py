"""What happens when something goes wrong that nobody planned for: a dialog, never a crash.

Unhandled exceptions go to the log file with their traceback and to a dialog whose details can be
copied into a support request; Qt's own warnings go into the log too (qutebrowser's habit), and
faulthandler writes a hard crash's stack into a file beside the log.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from types import TracebackType
from typing import IO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from scheduler.logs import log_dir, log_path

log = logging.getLogger("ui")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_crash_file: IO[str] | None = None


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


class ErrorDialog(QDialog):
    """One sentence for the coordinator, the details selectable and copyable for support."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setAccessibleName(self.tr("Copy details"))
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Logs the traceback and shows it in a dialog; the app keeps running (the edit was not stored)."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("unhandled exception", exc_info=(kind, error, tb))
    details = "".join(traceback.format_exception(kind, error, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    summary = QApplication.translate(
        "ErrorDialog",
        "An unexpected error occurred ({0}); the last action was not completed. "
        "The details below are also in {1}.",
    ).format(kind.__name__, log_path())
    dialog = ErrorDialog(summary, details, QApplication.activeWindow())
    dialog.exec()


def install_error_handling() -> None:
    """Routes Qt messages into logging, unhandled exceptions into the dialog, hard crashes into a file."""
    global _crash_file
    qInstallMessageHandler(qt_message_handler)
    sys.excepthook = excepthook
    if _crash_file is None:
        try:
            log_dir().mkdir(parents=True, exist_ok=True)
            _crash_file = open(log_dir() / "crash.log", "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_crash_file)
        except OSError:
            log.warning("no crash log file; faulthandler writes to stderr")
            faulthandler.enable()
