"""The log file: where tracebacks go, so that users see one sentence and support sees the details."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "interview-scheduler"
LOG_FILE = "interview-scheduler.log"


# An e-mail address anywhere in a formatted record (message or traceback). Invitation UIDs
# ("...@interview-scheduler") have no dot after the @ and are kept.
_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")


class PrivateFormatter(logging.Formatter):
    """The log names people by reference, never by name or address (docs/privacy.md); as a safety net
    for what we do not write ourselves (a library's exception text, an SMTP server's refusal), every
    e-mail address left in a record, its traceback included, is replaced by `<e-mail>`."""

    def format(self, record: logging.LogRecord) -> str:
        return _EMAIL.sub("<e-mail>", super().format(record))


def log_dir() -> Path:
    """The platform's log folder; INTERVIEW_SCHEDULER_LOG_DIR overrides it (tests, portable use)."""
    override = os.environ.get("INTERVIEW_SCHEDULER_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Sends the app's log records to a rotating file; returns its path, or None if it can't be made.

    A log folder that cannot be created must not stop the user's command, so we then log nowhere.
    """
    root = logging.getLogger()
    path = log_path()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
