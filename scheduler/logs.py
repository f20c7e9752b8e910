"""The log file: where tracebacks go, so that users see one sentence and support sees the details."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

APP_NAME = "interview-scheduler"
LOG_FILE = "interview-scheduler.log"


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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
