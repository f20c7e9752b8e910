"""What was exported or sent to whom, and what must go out now.

The campaign file keeps, per invitation (UID), recipient and channel ('export' for the files of
`export --invitations`, 'send' for SMTP), the last version that went out that way: method, SEQUENCE,
a fingerprint of the significant content (`InvitationEvent.fingerprint`), the content itself as
JSON and the exact calendar text (`InvitationMessageRow`). Comparing the current plan with it gives
the pending messages:

- an invitation the plan calls for that this channel never delivered (or delivered and then
  cancelled): REQUEST (kind 'new');
- one whose significant content changed (moved, longer, other room or link, other panel for a
  member): REQUEST with a higher SEQUENCE (kind 'update');
- one this channel delivered that the plan no longer calls for (interview removed, candidate
  withdrawn, member taken off the panel, address changed): CANCEL with the same UID, a higher
  SEQUENCE, sent to exactly the recipient who had the REQUEST (kind 'cancel');
- with `everything=True` (`export --all`) also every current invitation that is up to date (kind
  'resend', same SEQUENCE, a new DTSTAMP). Cancellations already delivered are not repeated: `--all`
  means everything current, plus the cancellations still pending.

A version is shared by the channels: its SEQUENCE is the one any channel first gave that content, so
an invitation exported as SEQUENCE 1 and then sent by e-mail goes out as SEQUENCE 1 too, and the
next change gets a SEQUENCE above every one used for that UID. A channel that never delivered an
invitation never sends its cancellation.

Nothing here writes to the campaign except `invitation_settings` (made once) and `record_delivery`,
which the export and the sender call in the same transaction as their work.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.invitations.email import invitation_email
from scheduler.invitations.events import CurrentInvitations, InvitationEvent, current_invitations
from scheduler.invitations.ical import EventTexts, message_calendar
from scheduler.invitations.templates import Templates, load_templates
from scheduler.store.mapping import load_campaign
from scheduler.store.models import InvitationMessageRow, InvitationSettingsRow

CHANNELS = ("export", "send")
KINDS = ("new", "update", "resend", "cancel")


def invitation_settings(session: Session) -> InvitationSettingsRow:
    """The campaign's invitation settings; made with a fresh UID namespace if the file has none."""
    row = session.get(InvitationSettingsRow, 1)
    if row is None:
        row = InvitationSettingsRow(
            id=1, uid_namespace=str(uuid.uuid4()), candidate_language="en", member_language="en"
        )
        session.add(row)
        session.flush()
    return row


def uid_namespace(session: Session) -> uuid.UUID:
    return uuid.UUID(invitation_settings(session).uid_namespace)


@dataclass(frozen=True)
class PendingMessage:
    """One message that must go out over a channel, with its words already filled in."""

    event: InvitationEvent  # for a CANCEL: what the cancelled invitation said
    method: str  # "REQUEST" | "CANCEL"
    sequence: int
    kind: str  # "new" | "update" | "resend" | "cancel"
    texts: EventTexts
    subject: str
    body: str

    @property
    def uid(self) -> str:
        return self.event.uid

    @property
    def recipient(self) -> str:
        return self.event.recipient.email

    @property
    def role(self) -> str:
        return self.event.role

    @property
    def candidate(self) -> str:
        return self.event.candidate

    def calendar(self, now: datetime) -> bytes:
        """The .ics (REQUEST or CANCEL) with DTSTAMP `now`."""
        return message_calendar(self.event, self.texts, method=self.method, sequence=self.sequence, now=now)

    def email(self, calendar: bytes, now: datetime) -> EmailMessage:
        """The e-mail carrying exactly this calendar text."""
        return invitation_email(
            sender=self.event.organizer, recipient=self.event.recipient, subject=self.subject,
            body=self.body, calendar=calendar, method=self.method, language=self.texts.language, now=now,
        )


@dataclass
class MessagePlan:
    """The pending messages of one channel, the current invitations, and notes on who gets none."""

    messages: list[PendingMessage]
    current: list[InvitationEvent]
    notes: list[str] = field(default_factory=list)
    templates: Templates = field(default_factory=Templates)
    sequences: dict[tuple[str, str], int] = field(default_factory=dict)  # current version per key


def pending_messages(session: Session, *, channel: str = "export") -> list[PendingMessage]:
    """What `export --invitations` without --all would write now (or `send` would send)."""
    return plan_messages(session, channel=channel).messages


def plan_messages(session: Session, *, channel: str = "export", everything: bool = False) -> MessagePlan:
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    data = load_campaign(session)
    current: CurrentInvitations = current_invitations(data, uid_namespace(session))
    templates = load_templates(session)
    rows = session.scalars(select(InvitationMessageRow).order_by(InvitationMessageRow.id)).all()
    by_key: dict[tuple[str, str], dict[str, InvitationMessageRow]] = {}
    top_sequence: dict[str, int] = {}
    for row in rows:
        by_key.setdefault((row.uid, row.recipient_key), {})[row.channel] = row
        top_sequence[row.uid] = max(top_sequence.get(row.uid, -1), row.sequence)

    plan = MessagePlan([], current.events, current.notes, templates)
    wanted = {event.key: event for event in current.events}
    for event in current.events:
        delivered = by_key.get(event.key, {})
        latest = _latest(delivered)
        fingerprint = event.fingerprint()
        if latest is not None and latest.method == "REQUEST" and latest.fingerprint == fingerprint:
            sequence = latest.sequence
        else:
            sequence = top_sequence.get(event.uid, -1) + 1
        plan.sequences[event.key] = sequence
        mine = delivered.get(channel)
        if mine is None or mine.method == "CANCEL":
            kind = "new"
        elif mine.sequence == sequence and mine.fingerprint == fingerprint:
            if not everything:
                continue
            kind = "resend"
        else:
            kind = "update"
        plan.messages.append(compose_message(templates, event, "REQUEST", sequence, kind))

    for key, delivered in by_key.items():
        if key in wanted:
            continue
        mine = delivered.get(channel)
        if mine is None or mine.method != "REQUEST":
            continue
        latest = _latest(delivered)
        assert latest is not None
        sequence = latest.sequence if latest.method == "CANCEL" else top_sequence[latest.uid] + 1
        event = InvitationEvent.from_json(latest.event)
        plan.messages.append(compose_message(templates, event, "CANCEL", sequence, "cancel"))

    plan.messages.sort(key=_order)
    return plan


def _latest(delivered: dict[str, InvitationMessageRow]) -> InvitationMessageRow | None:
    """The version most recently given out over any channel (the highest SEQUENCE)."""
    if not delivered:
        return None
    return max(delivered.values(), key=lambda row: (row.sequence, row.method == "CANCEL", row.at))


def _order(message: PendingMessage) -> tuple[str, int, str, str]:
    return (message.candidate, 0 if message.role == "candidate" else 1, message.event.recipient_key,
            message.method)


def compose_message(
    templates: Templates, event: InvitationEvent, method: str, sequence: int, kind: str
) -> PendingMessage:
    audience = event.role
    language = templates.language(audience)
    values = event.values(language)
    mode = "remote" if event.online else "onsite"
    values["instructions"] = templates.render(audience, f"instructions_{mode}", event.profile, values)
    prefix = {"new": "request", "resend": "request", "update": "update", "cancel": "cancel"}[kind]
    summary = templates.render(audience, "summary", event.profile, values)
    if method == "CANCEL":
        description = templates.render(audience, "cancel_body", event.profile, values)
    else:
        description = templates.render(audience, "description", event.profile, values)
    return PendingMessage(
        event=event,
        method=method,
        sequence=sequence,
        kind=kind,
        texts=EventTexts(summary, description, language),
        subject=templates.render(audience, f"{prefix}_subject", event.profile, values),
        body=templates.render(audience, f"{prefix}_body", event.profile, values),
    )


def record_delivery(
    session: Session, message: PendingMessage, calendar: bytes, *, channel: str, when: datetime
) -> None:
    """Notes that `message`, as the calendar text `calendar`, went out over `channel` at `when`."""
    record_deliveries(session, [(message, calendar)], channel=channel, when=when)


def record_deliveries(
    session: Session, delivered: list[tuple[PendingMessage, bytes]], *, channel: str, when: datetime
) -> None:
    """`record_delivery` for many messages at once (one query, one flush)."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    if not delivered:
        return
    query = select(InvitationMessageRow).where(InvitationMessageRow.channel == channel)
    existing = {(row.uid, row.recipient_key): row for row in session.scalars(query)}
    for message, calendar in delivered:
        event = message.event
        row = existing.get(event.key)
        if row is None:
            row = InvitationMessageRow(uid=event.uid, recipient_key=event.recipient_key, channel=channel)
            session.add(row)
            existing[event.key] = row
        row.recipient = event.recipient.email
        row.candidate = event.candidate
        row.role = event.role
        row.method = message.method
        row.sequence = message.sequence
        row.fingerprint = event.fingerprint()
        row.event = event.to_json()
        row.ics = calendar.decode("utf-8")
        row.at = when
    session.flush()


def delivered_messages(session: Session, channel: str | None = None) -> list[InvitationMessageRow]:
    """What went out, for the follow-up views: one row per invitation, recipient and channel."""
    query = select(InvitationMessageRow).order_by(
        InvitationMessageRow.candidate, InvitationMessageRow.role, InvitationMessageRow.recipient_key
    )
    if channel is not None:
        query = query.where(InvitationMessageRow.channel == channel)
    return list(session.scalars(query))
