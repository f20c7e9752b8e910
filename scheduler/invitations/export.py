"""`export --invitations DIR [--all]`: the pending invitations as files, with DIR/manifest.json.

    DIR/manifest.json                      what this export wrote (format in cli.md)
    DIR/<reference>/<address>.ics          one iTIP message (REQUEST or CANCEL) per recipient
    DIR/<reference>/<address>.eml          the same as an e-mail, ready to send or to open
    DIR/members/<address>.ics              PUBLISH overview of each member concerned

Decisions:

- Without `--all` only what changed since the last export is written (see `tracking`): new, moved
  or otherwise changed invitations (REQUEST) and cancellations (CANCEL). With `--all`, every current
  invitation (REQUEST, its current SEQUENCE) plus the cancellations not yet exported; cancellations
  already exported are not repeated.
- Overview calendars: for every panel member who gets a message in this export and still has an
  interview (with `--all`: every member with an interview). A member with no interview left gets no
  overview (a calendar needs at least one entry); their cancellations say it all.
- An export with no change writes DIR with a manifest whose `messages` and `calendars` are empty,
  so a script can always read the manifest; the campaign file is not changed and the report says
  that nothing changed.
- DIR must not exist yet or be an empty folder: an earlier export's files are never mixed with or
  overwritten by a later one. Its parent folder must exist.
- All or nothing: everything is written into a private temporary folder beside DIR, the deliveries
  are recorded in the caller's transaction, and only then is the folder renamed to DIR. If anything
  fails, the temporary folder is removed and the exception rolls the transaction back: no files, no
  record. (Should the commit itself fail after the rename, the files exist but are not recorded;
  the next export writes them again with the same UIDs and SEQUENCEs, which clients take as the
  same version.) Files and folders are readable by their owner only: they hold personal data.
- File names come from references and addresses, which users type: each name keeps only
  [A-Za-z0-9._@+-] (anything else becomes '_'), may not start with a dot, is at most 80 characters,
  is never a Windows device name (CON, NUL, COM1 ...) nor `members` or `manifest.json` at the top;
  a name that had to be changed or would clash with another (also ignoring case) gets a short
  hash of the original appended. Every path is checked to resolve inside the temporary folder.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from scheduler.errors import CampaignError
from scheduler.invitations.email import POLICY
from scheduler.invitations.events import InvitationEvent, Person, overview_uid
from scheduler.invitations.ical import OverviewEntry, overview_calendar
from scheduler.invitations.tracking import (
    MessagePlan,
    PendingMessage,
    compose_message,
    plan_messages,
    record_deliveries,
    uid_namespace,
)
from scheduler.privacy import refuse_if_purged

FORMAT = "interview-scheduler.invitations"
MANIFEST = "manifest.json"
MEMBERS_FOLDER = "members"
MAX_NAME = 80
_UNSAFE = re.compile(r"[^A-Za-z0-9._@+-]")
_DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{stem}{n}" for stem in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")
}


@dataclass
class ExportReport:
    directory: Path
    manifest: Path
    requests: int = 0
    cancels: int = 0
    calendars: int = 0
    notes: list[str] = field(default_factory=list)
    entries: list[dict[str, object]] = field(default_factory=list)

    @property
    def nothing_changed(self) -> bool:
        return self.requests == 0 and self.cancels == 0

    def described(self) -> str:
        if self.nothing_changed:
            text = f"{self.directory}: nothing changed since the last export; no invitation written."
        else:
            text = (
                f"{self.directory}: {self.requests} invitations and {self.cancels} cancellations written, "
                f"with {self.calendars} overview calendars; see {MANIFEST}."
            )
        return "\n".join([text, *self.notes])


class SafeNames:
    """File names derived from what users typed, unique within one folder and never outside it."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self._used: dict[str, dict[str, str]] = {}
        self._reserved = {name.casefold() for name in reserved}

    def name(self, folder: str, original: str, suffix: str = "") -> str:
        """The name for `original` (+ suffix) in `folder`; the same original gets the same name."""
        used = self._used.setdefault(folder, {})
        key = original + "\x00" + suffix
        if key in used:
            return used[key]
        safe = safe_name(original, MAX_NAME - len(suffix))
        candidate = safe + suffix
        taken = {v.casefold() for v in used.values()}
        if (safe != original or candidate.casefold() in taken
                or (folder == "" and candidate.casefold() in self._reserved)):
            digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()[:10]
            candidate = f"{safe[: MAX_NAME - len(suffix) - 11]}-{digest}{suffix}"
            counter = 2
            while candidate.casefold() in taken:
                candidate = f"{safe[: MAX_NAME - len(suffix) - 14]}-{digest}-{counter}{suffix}"
                counter += 1
        used[key] = candidate
        return candidate


def safe_name(text: str, limit: int = MAX_NAME) -> str:
    """A file name made of [A-Za-z0-9._@+-] only, not starting with a dot, never a device name."""
    name = _UNSAFE.sub("_", text)
    while ".." in name:
        name = name.replace("..", "._")
    name = name[:limit]
    if not name or name.startswith("."):
        name = ("_" + name.lstrip("."))[:limit]
    if name.split(".")[0].upper() in _DEVICE_NAMES:
        name = "_" + name[: limit - 1]
    name = name.rstrip(" .") or "_"
    return name


def _inside(root: Path, relative: str) -> Path:
    path = (root / relative).resolve()
    if not path.is_relative_to(root.resolve()):
        raise CampaignError(f"{relative}: refused, it would be written outside the export folder.")
    return path


def _can_write(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def _check_target(directory: Path) -> None:
    if directory.is_symlink() or (directory.exists() and not directory.is_dir()):
        raise CampaignError(
            f"{directory}: is a file or a link, not a folder; choose a new folder for the invitations."
        )
    if directory.exists():
        try:
            if any(directory.iterdir()):
                raise CampaignError(
                    f"{directory}: the folder is not empty; "
                    "export the invitations into a new or empty folder."
                )
        except PermissionError:
            raise CampaignError(f"{directory}: cannot be read (no permission).") from None
    parent = directory.parent
    if not parent.is_dir():
        raise CampaignError(f"{parent}: no such folder.")
    if not _can_write(parent):
        raise CampaignError(f"{parent}: cannot write there (no permission).")


def export_invitations(
    session: Session, directory: Path, *, everything: bool = False, now: datetime | None = None
) -> ExportReport:
    """Writes the pending invitations (all current ones with `everything`) into `directory`."""
    refuse_if_purged(session)
    directory = Path(os.path.abspath(directory))
    _check_target(directory)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    plan = plan_messages(session, channel="export", everything=everything)
    report = ExportReport(directory, directory / MANIFEST, notes=list(plan.notes))
    _remove_abandoned_workspaces(directory)
    try:
        workspace = Path(tempfile.mkdtemp(prefix=f".{directory.name}.partial-", dir=directory.parent))
    except OSError as error:
        raise CampaignError(f"{directory.parent}: cannot write there ({error.strerror}).") from None
    try:
        _write_export(session, workspace, plan, report, everything=everything, now=now)
        _move_into_place(workspace, directory)
    except OSError as error:
        raise CampaignError(f"{directory}: the invitations could not be written ({error}).") from None
    finally:
        if workspace.exists():
            shutil.rmtree(workspace, ignore_errors=True)
    return report


ABANDONED_AFTER_SECONDS = 600


def _remove_abandoned_workspaces(directory: Path) -> None:
    """Half-written exports of a killed run hold invitations (personal data): remove the stale ones.

    An export takes seconds; a workspace untouched for ten minutes belongs to a run that is gone.
    """
    limit = time.time() - ABANDONED_AFTER_SECONDS
    for leftover in directory.parent.glob(f".{glob.escape(directory.name)}.partial-*"):
        try:
            if leftover.is_dir() and leftover.stat().st_mtime < limit:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            continue


def _write_export(
    session: Session, root: Path, plan: MessagePlan, report: ExportReport, *, everything: bool, now: datetime
) -> None:
    names = SafeNames(reserved=(MEMBERS_FOLDER, MANIFEST))
    messages: list[dict[str, object]] = []
    delivered: list[tuple[PendingMessage, bytes]] = []
    for message in plan.messages:
        folder = names.name("", message.candidate)
        # Named with its suffix so that the .ics and .eml names stay within MAX_NAME.
        stem = names.name(folder, message.event.recipient.email, ".ics").removesuffix(".ics")
        ics_name = f"{folder}/{stem}.ics"
        eml_name = f"{folder}/{stem}.eml"
        calendar = message.calendar(now)
        email = message.email(calendar, now)
        _write(root, ics_name, calendar)
        _write(root, eml_name, email.as_bytes(policy=POLICY))
        delivered.append((message, calendar))
        if message.method == "REQUEST":
            report.requests += 1
        else:
            report.cancels += 1
        messages.append(
            {
                "recipient": message.recipient,
                "role": message.role,
                "candidate": message.candidate,
                "method": message.method,
                "uid": message.uid,
                "sequence": message.sequence,
                "ics": ics_name,
                "eml": eml_name,
            }
        )
    record_deliveries(session, delivered, channel="export", when=now)
    calendars = []
    for member, entries in _overviews(session, plan, everything=everything):
        name = f"{MEMBERS_FOLDER}/{names.name(MEMBERS_FOLDER, member.email, '.ics')}"
        title = f"{entries[0].event.campaign}: {member.name or member.email}"
        _write(root, name, overview_calendar(member, title, entries, now=now))
        calendars.append({"member": member.email, "ics": name})
    report.calendars = len(calendars)
    report.entries = messages
    manifest = {"format": FORMAT, "version": 1, "messages": messages, "calendars": calendars}
    _write(root, MANIFEST, (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def _overviews(
    session: Session, plan: MessagePlan, *, everything: bool
) -> list[tuple[Person, list[OverviewEntry]]]:
    concerned = {m.event.recipient_key for m in plan.messages if m.role == "member"}
    namespace = uid_namespace(session)
    by_member: dict[str, list[InvitationEvent]] = {}
    people: dict[str, Person] = {}
    for event in plan.current:
        if event.role != "member":
            continue
        by_member.setdefault(event.recipient_key, []).append(event)
        people[event.recipient_key] = event.recipient
    result = []
    for key in sorted(by_member):
        if not everything and key not in concerned:
            continue
        entries = []
        for event in by_member[key]:
            texts = compose_message(plan.templates, event, "REQUEST", 0, "new").texts
            entries.append(
                OverviewEntry(event, texts, overview_uid(namespace, event.candidate, key),
                              plan.sequences.get(event.key, 0))
            )
        result.append((people[key], entries))
    return result


def _write(root: Path, relative: str, content: bytes) -> None:
    path = _inside(root, relative)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)


def _move_into_place(workspace: Path, directory: Path) -> None:
    if directory.exists():
        directory.rmdir()  # empty (checked); fails rather than losing anything put there meanwhile
    os.replace(workspace, directory)
    with contextlib.suppress(OSError):
        directory.chmod(0o700)


def export_invitations_at(campaign: Path, directory: Path, *, everything: bool = False) -> ExportReport:
    """The command: one transaction on the campaign file; nothing recorded if writing fails."""
    from scheduler.operations import opened

    with opened(campaign) as session:
        return export_invitations(session, directory, everything=everything)
