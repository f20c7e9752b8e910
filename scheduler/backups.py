"""Rolling backups of a campaign file, and putting one back (`restore CAMPAIGN [BACKUP]`).

Backups sit beside the campaign (`NAME.LABEL-STAMP.bak`), taken with SQLite's backup API before
the operations that rewrite much at once: a schema upgrade, a plan or re-plan, a restore. Only the
newest few are kept, so that a year of re-plans does not fill the disk with candidates' data.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scheduler.errors import CampaignError
from scheduler.store.database import backup_file, check_is_campaign, copy_file

log = logging.getLogger(__name__)

KEEP = 10
_NAME = re.compile(r"^(?P<label>[a-z0-9-]+?)-(?P<stamp>\d{8}T\d{12}Z)\.bak$")


@dataclass(frozen=True)
class Backup:
    path: Path
    label: str  # before-upgrade-0004, before-plan, before-restore
    taken: datetime

    def describe(self) -> str:
        when = self.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return f"{self.path.name}  ({when}, {self.label.replace('-', ' ')})"


def backups_of(path: Path) -> list[Backup]:
    """The campaign's backups, newest first."""
    path = Path(path)
    found = []
    for candidate in path.parent.glob(f"{glob_escape(path.name)}.*.bak"):
        match = _NAME.match(candidate.name[len(path.name) + 1:])
        if match:
            taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            found.append(Backup(candidate, match["label"], taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def take_backup(path: Path, label: str, keep: int = KEEP) -> Path:
    """A backup now, then the oldest beyond `keep` removed."""
    target = backup_file(Path(path), label)
    prune(path, keep)
    return target


def prune(path: Path, keep: int = KEEP) -> list[Path]:
    removed = []
    for backup in backups_of(path)[keep:]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def _intact(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def find_backup(path: Path, name: str) -> Path:
    """A backup named on the command line: its file name or path, or a number from the list (1 = newest)."""
    backups = backups_of(path)
    if name.isdigit() and 1 <= int(name) <= len(backups):
        return backups[int(name) - 1].path
    for backup in backups:
        if name in (backup.path.name, str(backup.path)):
            return backup.path
    candidate = Path(name)
    if candidate.is_file():
        return candidate
    raise CampaignError(f"{name}: no such backup of {Path(path).name}; run `restore {path}` to list them.")


def restore(path: Path, backup: Path) -> Path:
    """Puts `backup` in the campaign's place, after backing up the current state; returns that backup.

    The backup is checked first (a campaign file, intact), copied beside the campaign, then renamed
    over it in one step, so that a failure at any point leaves the campaign as it was.
    """
    path, backup = Path(path), Path(backup)
    check_is_campaign(backup)
    if not _intact(backup):
        raise CampaignError(f"{backup}: is damaged (integrity check failed); the campaign is unchanged.")
    current = take_backup(path, "before-restore") if path.exists() else None
    partial = path.with_name(f".{path.name}.restoring")
    partial.unlink(missing_ok=True)
    try:
        copy_file(backup, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    log.info("restored %s from %s", path.name, backup.name)
    return current or path
