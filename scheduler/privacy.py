"""Candidates' personal data after the campaign: retention date, purge, and one person's data (access).

- Retention: every campaign has a retention date, after which its candidates' personal data should go.
  It is `campaign.retention_until` when set (the app's date field, `set_retention`), else the
  campaign's last day + `DEFAULT_RETENTION_DAYS` (180): six months covers the usual time limits for
  challenging a recruitment decision, and the scheduling data (addresses, availability, notes) is not
  needed for longer. `check` reminds the coordinator once the date has passed (`retention_reminder`).
- Purge (`purge_at`, the command `purge CAMPAIGN`): in one transaction, every candidate becomes
  "Anonymised candidate" with a new reference (`anon-0001`, ... handed out in random order) and no
  e-mail, time zone, local hours, notes, availability or accommodation (extra minutes and accessible
  room are health data); conflicts of interest, the reasons a candidate was not placed, and every
  invitation message and reply (they hold addresses and the .ics text with names) are deleted. The
  candidate and interview rows are written anew (candidates in random order, interviews by start time),
  so that not even their row numbers follow the order of the original shortlist. Interviews (time,
  panel members, room), profiles, panels, members and rooms stay, so the figures remain: interviews per
  profile, panel and day, members' loads, withdrawn and shortlisted counts. Then the file is compacted
  (VACUUM), so the freed pages no longer hold the old text, and the campaign's backups are deleted.
- Access (`export_person_at`, `export CAMPAIGN --person EMAIL_OR_REFERENCE FILE.json`): everything
  stored about one candidate (by reference or e-mail) or panel member (by e-mail), as JSON. Other
  candidates appear only by reference; the calendar text of the invitations a member received is left
  out, since it names the candidates.

Nothing here logs a name, an e-mail or a note; the log gets counts only.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from scheduler.errors import CampaignError
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import split_roles
from scheduler.store.models import (
    CampaignRow,
    CandidateRow,
    CandidateWindowRow,
    ConflictRow,
    InterviewMemberRow,
    InterviewRow,
    InvitationMessageRow,
    InvitationReplyRow,
    MemberRow,
    MemberWindowRow,
    PanelMemberRow,
    PanelRow,
    ProfileRow,
    RoomRow,
    UnscheduledReasonRow,
)
from scheduler.timeutil import zone_or_none

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 180
ANONYMISED_NAME = "Anonymised candidate"
ANONYMISED_REFERENCE = "anon-{:04d}"
PERSON_FORMAT = "interview-scheduler-person-v1"


# ---------------------------------------------------------------------------------------------------
# Retention
# ---------------------------------------------------------------------------------------------------


def _campaign(session: Session) -> CampaignRow:
    row = session.get(CampaignRow, 1)
    if row is None:
        raise CampaignError("This campaign file has no campaign settings yet.")
    return row


def _zone(row: CampaignRow) -> ZoneInfo:
    return zone_or_none(row.timezone) or ZoneInfo("UTC")


def campaign_today(session: Session) -> date:
    """Today's date in the campaign's time zone (when its last day is over there, it is over)."""
    return datetime.now(_zone(_campaign(session))).date()


def retention_date(session: Session) -> date:
    """The day until which the candidates' personal data is kept: the one set, else end + 180 days."""
    row = _campaign(session)
    return row.retention_until or row.end_date + timedelta(days=DEFAULT_RETENTION_DAYS)


def retention_is_default(session: Session) -> bool:
    return _campaign(session).retention_until is None


def set_retention(session: Session, day: date | None) -> None:
    """Sets the retention date (None: back to the default). It cannot be before the campaign's last day."""
    row = _campaign(session)
    if day is not None and day < row.end_date:
        raise CampaignError(
            f"The retention date ({day.isoformat()}) cannot be before the campaign's last day "
            f"({row.end_date.isoformat()})."
        )
    row.retention_until = day


def purged_at(session: Session) -> datetime | None:
    """When the candidates' personal data was purged (UTC), or None."""
    return _campaign(session).purged_at


def retention_passed(session: Session, today: date | None = None) -> bool:
    """True when the retention date is past and the personal data is still here (not purged):
    the app shows its banner, `check` its reminder."""
    today = today or campaign_today(session)
    return purged_at(session) is None and today > retention_date(session)


def retention_reminder(session: Session, campaign: Path | str, today: date | None = None) -> str | None:
    """The sentence `check` prints once the retention date has passed, or None."""
    if not retention_passed(session, today):
        return None
    return (
        f"The retention date ({retention_date(session).isoformat()}) has passed: purge the candidates' "
        f"personal data with `interview-scheduler purge {campaign}`."
    )


def _purge_day(session: Session, when: datetime) -> str:
    return when.astimezone(_zone(_campaign(session))).date().isoformat()


def refuse_if_purged(session: Session) -> None:
    """Called where invitations are exported or sent: after a purge there is no one left to invite."""
    when = purged_at(session)
    if when is not None:
        raise CampaignError(
            f"This campaign's personal data was purged on {_purge_day(session, when)}; "
            "invitations can no longer be sent."
        )


# ---------------------------------------------------------------------------------------------------
# Purge
# ---------------------------------------------------------------------------------------------------


class PurgeTooEarly(CampaignError):
    """The campaign's last day has not passed and the caller did not say to purge anyway."""

    def __init__(self, end_date: date) -> None:
        self.end_date = end_date
        super().__init__(
            f"The campaign runs until {end_date.isoformat()}: purge its personal data after that day, "
            "or add --before-end to purge it now."
        )


@dataclass(frozen=True)
class PurgePreview:
    """What a purge would do, for the confirmation question (the CLI's prompt, the app's dialog)."""

    candidates: int
    interviews: int
    backups: int
    end_date: date
    ended: bool  # the campaign's last day is past (in its time zone)
    purged_at: datetime | None


@dataclass(frozen=True)
class PurgeReport:
    candidates: int  # anonymised
    interviews: int  # kept for the figures
    backups_deleted: int
    purged_at: datetime
    compacted: bool  # VACUUM succeeded: the freed pages no longer hold the old data

    def summary(self) -> str:
        return (
            f"{self.candidates} candidate{'' if self.candidates == 1 else 's'} anonymised, "
            f"{self.interviews} interview{'' if self.interviews == 1 else 's'} kept for the figures, "
            f"{self.backups_deleted} backup{'' if self.backups_deleted == 1 else 's'} deleted."
        )

    def notes(self) -> list[str]:
        lines = []
        if not self.compacted:
            lines.append(
                "The file could not be compacted, so its free space may still hold the old data; "
                "run purge again when there is free disk space."
            )
        lines.append(
            "Files exported earlier (invitations, schedules, spreadsheets, JSON) are not in the campaign "
            "file: delete them yourself."
        )
        return lines


def purge_preview(path: Path, today: date | None = None) -> PurgePreview:
    from scheduler.backups import backups_of

    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        row = _campaign(session)
        today = today or campaign_today(session)
        return PurgePreview(
            candidates=session.scalar(select(func.count()).select_from(CandidateRow)) or 0,
            interviews=session.scalar(select(func.count()).select_from(InterviewRow)) or 0,
            backups=len(backups_of(path)),
            end_date=row.end_date,
            ended=today > row.end_date,
            purged_at=row.purged_at,
        )


def purge_session(session: Session, now: datetime | None = None) -> tuple[int, int]:
    """Anonymises the candidates in this transaction; returns (candidates, interviews kept).

    The caller commits, then must compact the file and delete its backups (`purge_at` does all).
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    # Deleted rows' content is overwritten with zeros in the file, not just marked free.
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    campaign = _campaign(session)
    candidates = [
        (row.id, row.profile_id, row.mode, row.status)
        for row in session.scalars(select(CandidateRow).order_by(CandidateRow.id))
    ]
    interviews = [
        (row.candidate_id, row.start, row.room_id, row.pinned,
         [(m.member_id, m.position) for m in row.members])
        for row in session.scalars(
            select(InterviewRow).options(selectinload(InterviewRow.members)).order_by(InterviewRow.id)
        )
    ]
    for table in (InvitationReplyRow, InvitationMessageRow, UnscheduledReasonRow, ConflictRow,
                  CandidateWindowRow, InterviewMemberRow, InterviewRow, CandidateRow):
        session.execute(delete(table).execution_options(synchronize_session=False))
    session.expunge_all()

    secrets.SystemRandom().shuffle(candidates)
    new_rows: dict[int, CandidateRow] = {}
    for number, (old_id, profile_id, mode, status) in enumerate(candidates, start=1):
        row = CandidateRow(
            reference=ANONYMISED_REFERENCE.format(number), name=ANONYMISED_NAME, email=None,
            profile_id=profile_id, mode=mode, timezone=None, local_start=None, local_end=None,
            extra_minutes=0, accessible_room=False, status=status, notes="",
        )
        session.add(row)
        new_rows[old_id] = row
    session.flush()
    for candidate_id, start, room_id, pinned, members in sorted(interviews, key=lambda i: (i[1], i[2] or 0)):
        session.add(InterviewRow(
            candidate_id=new_rows[candidate_id].id, start=start, room_id=room_id, pinned=pinned,
            members=[InterviewMemberRow(member_id=member, position=position) for member, position in members],
        ))
    campaign = _campaign(session)
    campaign.purged_at = now
    session.flush()
    return len(candidates), len(interviews)


def compact(path: Path) -> bool:
    """VACUUM: rewrites the file without its free pages (where deleted text would otherwise linger)."""
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("VACUUM")
        finally:
            connection.close()
    except sqlite3.Error:
        log.warning("compacting the campaign after a purge failed", exc_info=True)
        return False
    return True


def delete_backups(path: Path) -> int:
    from scheduler.backups import backups_of

    deleted = 0
    for backup in backups_of(path):
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise CampaignError(
                f"{backup.path}: this backup holds the personal data and could not be deleted "
                f"({error.strerror}); delete it yourself."
            ) from None
        deleted += 1
    return deleted


def purge_at(
    path: Path, *, before_end: bool = False, today: date | None = None, now: datetime | None = None
) -> PurgeReport:
    """The command: anonymise in one transaction, then compact the file and delete its backups.

    Refused (PurgeTooEarly, nothing changed) while the campaign's last day has not passed, unless
    `before_end`. Purging again is allowed: it anonymises whatever was added since and compacts again.
    """
    path = Path(path)
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        row = _campaign(session)
        if not before_end and (today or campaign_today(session)) <= row.end_date:
            raise PurgeTooEarly(row.end_date)
        candidates, interviews = purge_session(session, now)
        when = _campaign(session).purged_at
        assert when is not None
    compacted = compact(path)
    backups = delete_backups(path)
    log.info("purged: %d candidates anonymised, %d interviews kept, %d backups deleted, compacted %s",
             candidates, interviews, backups, compacted)
    return PurgeReport(candidates, interviews, backups, when, compacted)


# ---------------------------------------------------------------------------------------------------
# One person's data (access request)
# ---------------------------------------------------------------------------------------------------


def _instant(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _windows(rows: list[CandidateWindowRow] | list[MemberWindowRow]) -> list[dict[str, Any]]:
    return [
        {"status": "available" if w.available else "unavailable", "start": _instant(w.start),
         "end": _instant(w.end), "source": w.source}
        for w in sorted(rows, key=lambda w: (w.start, w.id))
    ]


def _messages(rows: list[InvitationMessageRow], *, with_calendar: bool) -> list[dict[str, Any]]:
    found = []
    for m in sorted(rows, key=lambda m: (m.at, m.id)):
        item: dict[str, Any] = {
            "channel": m.channel, "role": m.role, "candidate": m.candidate, "recipient": m.recipient,
            "method": m.method, "uid": m.uid, "sequence": m.sequence, "at": _instant(m.at),
        }
        if with_calendar:
            item["ics"] = m.ics
        found.append(item)
    return found


def _replies(rows: list[InvitationReplyRow]) -> list[dict[str, Any]]:
    return [
        {"role": r.role, "candidate": r.candidate, "recipient": r.recipient, "uid": r.uid,
         "answer": r.partstat, "sequence": r.sequence, "answers_an_earlier_version": r.earlier_version,
         "delegated_to": r.delegated_to, "comment": r.comment, "replied_at": _instant(r.replied_at),
         "imported_at": _instant(r.imported_at)}
        for r in sorted(rows, key=lambda r: (r.replied_at, r.id))
    ]


class _Context:
    """What every section needs: the campaign's zone and the names of rooms, profiles and members."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.campaign = _campaign(session)
        self.zone = _zone(self.campaign)
        self.profiles = {p.id: p for p in session.scalars(select(ProfileRow))}
        self.rooms = {r.id: r for r in session.scalars(select(RoomRow))}
        self.members = {m.id: m for m in session.scalars(select(MemberRow))}

    def interview(self, row: InterviewRow, candidate: CandidateRow) -> dict[str, Any]:
        profile = self.profiles[candidate.profile_id]
        end = row.start + timedelta(minutes=profile.duration_minutes + candidate.extra_minutes)
        room = self.rooms.get(row.room_id) if row.room_id is not None else None
        return {
            "candidate": candidate.reference,
            "profile": profile.code,
            "start": _instant(row.start),
            "end": _instant(end),
            "start_local": row.start.astimezone(self.zone).isoformat(),
            "end_local": end.astimezone(self.zone).isoformat(),
            "timezone": self.campaign.timezone,
            "panel_members": [self.members[m.member_id].name for m in row.members],
            "room": room.name if room is not None else None,
            "pinned": row.pinned,
        }


def _candidate_section(context: _Context, row: CandidateRow) -> dict[str, Any]:
    session = context.session
    profile = context.profiles[row.profile_id]
    conflicts = session.scalars(
        select(ConflictRow).where(ConflictRow.candidate_id == row.id).order_by(ConflictRow.id)
    )
    interview = session.scalar(
        select(InterviewRow).options(selectinload(InterviewRow.members))
        .where(InterviewRow.candidate_id == row.id)
    )
    reasons = session.scalars(
        select(UnscheduledReasonRow.reason).where(UnscheduledReasonRow.candidate_id == row.id)
        .order_by(UnscheduledReasonRow.id)
    )
    messages = session.scalars(select(InvitationMessageRow).where(
        InvitationMessageRow.role == "candidate", InvitationMessageRow.candidate == row.reference
    )).all()
    replies = session.scalars(select(InvitationReplyRow).where(
        InvitationReplyRow.role == "candidate", InvitationReplyRow.candidate == row.reference
    )).all()
    hours = None
    if row.local_start is not None and row.local_end is not None:
        hours = {"start": row.local_start.strftime("%H:%M"), "end": row.local_end.strftime("%H:%M")}
    return {
        "reference": row.reference,
        "name": row.name,
        "email": row.email,
        "profile": {"code": profile.code, "name": profile.name},
        "mode": row.mode,
        "timezone": row.timezone,
        "local_hours": hours,
        "extra_minutes": row.extra_minutes,
        "accessible_room": row.accessible_room,
        "status": row.status,
        "notes": row.notes,
        "availability": _windows(row.windows),
        "conflicts": [{"member": context.members[c.member_id].name, "reason": c.reason} for c in conflicts],
        "interview": context.interview(interview, row) if interview is not None else None,
        "unscheduled_reasons": list(reasons),
        "invitations": _messages(list(messages), with_calendar=True),
        "replies": _replies(list(replies)),
    }


def _member_section(context: _Context, row: MemberRow) -> dict[str, Any]:
    session = context.session
    key = row.email.casefold()
    panels = session.scalars(
        select(PanelRow).join(PanelMemberRow).where(PanelMemberRow.member_id == row.id).order_by(PanelRow.id)
    )
    conflicts = session.scalars(
        select(ConflictRow).where(ConflictRow.member_id == row.id).order_by(ConflictRow.id)
    )
    candidates = {c.id: c for c in session.scalars(select(CandidateRow))}
    interviews = session.scalars(
        select(InterviewRow).options(selectinload(InterviewRow.members))
        .join(InterviewMemberRow).where(InterviewMemberRow.member_id == row.id)
        .order_by(InterviewRow.start, InterviewRow.id)
    )
    messages = session.scalars(select(InvitationMessageRow).where(
        InvitationMessageRow.role == "member", InvitationMessageRow.recipient_key == key
    )).all()
    replies = session.scalars(select(InvitationReplyRow).where(
        InvitationReplyRow.role == "member", InvitationReplyRow.recipient_key == key
    )).all()
    return {
        "email": row.email,
        "name": row.name,
        "roles": split_roles(row.roles),
        "max_per_day": row.max_per_day,
        "max_total": row.max_total,
        "availability": _windows(row.windows),
        "panels": [{"name": p.name, "profile": context.profiles[p.profile_id].code} for p in panels],
        "conflicts": [
            {"candidate": candidates[c.candidate_id].reference, "reason": c.reason} for c in conflicts
        ],
        "interviews": [context.interview(i, candidates[i.candidate_id]) for i in interviews],
        # The calendar text of a member's invitation names the candidate: it is left out (the message's
        # time, method and candidate reference are given), so that this export holds no other
        # candidate's name.
        "invitations": _messages(list(messages), with_calendar=False),
        "replies": _replies(list(replies)),
    }


def find_person(session: Session, person: str) -> tuple[list[CandidateRow], MemberRow | None]:
    """The candidates whose reference or e-mail is `person` (case-insensitive), and the member with it."""
    key = person.strip().casefold()
    if not key:
        return [], None
    candidates = [
        c for c in session.scalars(
            select(CandidateRow).options(selectinload(CandidateRow.windows)).order_by(CandidateRow.id)
        )
        if c.reference.casefold() == key or (c.email or "").strip().casefold() == key
    ]
    member = next(
        (m for m in session.scalars(select(MemberRow).options(selectinload(MemberRow.windows)))
         if m.email.strip().casefold() == key),
        None,
    )
    return candidates, member


def person_document(session: Session, person: str, now: datetime | None = None) -> dict[str, Any]:
    """Everything stored about one person, as the JSON of `export --person` (format person-v1)."""
    candidates, member = find_person(session, person)
    if not candidates and member is None:
        purged = purged_at(session)
        after = (
            f" (the candidates' personal data was purged on {_purge_day(session, purged)})"
            if purged is not None else ""
        )
        raise CampaignError(f"{person}: no candidate or panel member of this campaign has that e-mail "
                            f"or reference{after}.")
    context = _Context(session)
    return {
        "format": PERSON_FORMAT,
        "campaign": context.campaign.name,
        "exported_at": _instant((now or datetime.now(UTC)).replace(microsecond=0)),
        "person": person,
        "retention_until": retention_date(session).isoformat(),
        "candidates": [_candidate_section(context, c) for c in candidates],
        "member": _member_section(context, member) if member is not None else None,
        "notes": [
            "Times are given in UTC (start, end) and in the campaign's time zone (start_local, end_local).",
            "Other candidates appear by reference only; the calendar text of invitations sent to a panel "
            "member is left out because it names the candidate.",
        ],
    }


def write_private_json(document: Any, target: Path) -> None:
    """Writes a new file readable by its owner only (0600); never over an existing file."""
    target = Path(target)
    if not target.parent.is_dir():
        raise CampaignError(f"{target.parent}: no such folder.")
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CampaignError(f"{target}: a file of that name already exists; choose another name.") from None
    except OSError as error:
        raise CampaignError(f"{target}: cannot be written ({error.strerror}).") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    except OSError as error:
        target.unlink(missing_ok=True)
        raise CampaignError(f"{target}: cannot be written ({error.strerror}).") from None


def export_person_at(path: Path, person: str, target: Path, now: datetime | None = None) -> str:
    """The command `export CAMPAIGN --person EMAIL_OR_REFERENCE FILE.json`."""
    target = Path(target)
    if target.exists():
        raise CampaignError(f"{target}: a file of that name already exists; choose another name.")
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        document = person_document(session, person, now)
    write_private_json(document, target)
    parts = []
    if document["candidates"]:
        count = len(document["candidates"])
        parts.append("a candidate" if count == 1 else f"{count} candidates")
    if document["member"] is not None:
        parts.append("a panel member")
    return f"{target}: written (everything stored about {' and '.join(parts)})."
