"""What the Invitations view shows: pending messages with why they are pending, previews, answers.

Nothing here decides what goes out (that is `tracking`) nor writes to the campaign; it explains it.

- `pending_overview`: the pending messages of one channel, each with the reasons it is pending as
  codes (see `REASONS`), so that the app can word them in the coordinator's language. A changed
  invitation is compared with the version this channel last delivered; a cancellation with what the
  plan says now about its candidate.
- `preview`: a message as its recipient gets it: the e-mail (headers decoded, text and HTML bodies)
  and the calendar entry read back from the very .ics that would go out.
- `answer_overview`: every invitation that went out (any channel) with the recipient's answer.
"""

from __future__ import annotations

import email
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.domain import CampaignData
from scheduler.errors import CampaignError
from scheduler.importing.calendars import parse_calendars
from scheduler.invitations.email import POLICY
from scheduler.invitations.events import InvitationEvent
from scheduler.invitations.replies import answers
from scheduler.invitations.tracking import PendingMessage, plan_messages
from scheduler.store.mapping import load_campaign
from scheduler.store.models import InvitationMessageRow

# Why a message is pending. For a changed invitation: what differs from the version this channel
# delivered. For a cancellation: what happened to the interview. For a new one: "reinvited" when
# this channel had cancelled it before (else no reason: a first invitation).
REASONS = (
    "moved", "duration", "zone", "place", "link", "panel", "version",  # changed
    "withdrawn", "removed", "unscheduled", "off_panel", "address",  # cancelled
    "reinvited",  # new again
)


@dataclass(frozen=True)
class PendingItem:
    """One pending message and why it is pending."""

    message: PendingMessage
    reasons: tuple[str, ...]
    previous: InvitationEvent | None = None  # for a changed one: the version this channel delivered

    @property
    def event(self) -> InvitationEvent:
        return self.message.event


@dataclass
class PendingOverview:
    """The pending messages of one channel; `problem` says why none can be made (no organizer)."""

    channel: str
    zone: str  # the campaign's zone, in which the app shows interview times
    items: list[PendingItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problem: str | None = None

    def counts(self) -> Counter[str]:
        """How many of each kind (new, update, resend, cancel)."""
        return Counter(item.message.kind for item in self.items)


def pending_overview(session: Session, *, channel: str = "export") -> PendingOverview:
    """What `pending_messages(session, channel=channel)` returns, each message with its reasons."""
    data = load_campaign(session)
    overview = PendingOverview(channel, data.campaign.timezone)
    try:
        plan = plan_messages(session, channel=channel)
    except CampaignError as error:
        overview.problem = str(error)
        return overview
    overview.notes = list(plan.notes)
    delivered = _delivered(session, channel)
    current_by_uid: dict[str, list[InvitationEvent]] = {}
    for event in plan.current:
        current_by_uid.setdefault(event.uid, []).append(event)
    for message in plan.messages:
        mine = delivered.get(message.event.key)
        previous = None
        if message.kind == "update" and mine is not None:
            previous = InvitationEvent.from_json(mine.event)
            reasons = changes_between(previous, message.event)
        elif message.kind == "cancel":
            reasons = (_cancel_reason(data, message.event, current_by_uid),)
        elif message.kind == "new" and mine is not None and mine.method == "CANCEL":
            reasons = ("reinvited",)
        else:
            reasons = ()
        overview.items.append(PendingItem(message, reasons, previous))
    return overview


def _delivered(session: Session, channel: str) -> dict[tuple[str, str], InvitationMessageRow]:
    query = select(InvitationMessageRow).where(InvitationMessageRow.channel == channel)
    return {(row.uid, row.recipient_key): row for row in session.scalars(query)}


def changes_between(before: InvitationEvent, after: InvitationEvent) -> tuple[str, ...]:
    """What makes `after` a new version of `before`, as reason codes ("version" if nothing shows)."""
    reasons = []
    if before.start != after.start:
        reasons.append("moved")
    if before.end - before.start != after.end - after.start:
        reasons.append("duration")
    if before.timezone != after.timezone:
        reasons.append("zone")
    link_changed = before.link != after.link
    # A video room's location is its link: a new link there is one change, not two.
    only_the_link = link_changed and before.location == before.link and after.location == after.link
    if before.location != after.location and not only_the_link:
        reasons.append("place")
    if link_changed:
        reasons.append("link")
    if after.role == "member" and {p.key for p in before.attendees} != {p.key for p in after.attendees}:
        reasons.append("panel")
    # Same content as this channel's copy, yet another channel gave out a newer version since.
    return tuple(reasons) or ("version",)


def _cancel_reason(
    data: CampaignData, event: InvitationEvent, current_by_uid: dict[str, list[InvitationEvent]]
) -> str:
    """Why an invitation is cancelled: the candidate, the interview, the panel or the address."""
    candidate = data.candidate(event.candidate)
    if candidate is None:
        return "removed"
    if candidate.status != "shortlisted":
        return "withdrawn"
    if not any(interview.candidate == event.candidate for interview in data.interviews):
        return "unscheduled"
    if event.role == "candidate" or event.uid in current_by_uid:
        return "address"  # the same invitation now goes to another address
    return "off_panel"


# --------------------------------------------------------------------------------------------------
# Preview
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailPreview:
    sender: str
    recipient: str
    subject: str
    date: str
    text: str
    html: str | None


@dataclass(frozen=True)
class AttendeePreview:
    name: str
    address: str
    partstat: str  # "NEEDS-ACTION" for the recipient of a REQUEST, "" for the rest of the panel
    rsvp: bool


@dataclass(frozen=True)
class EventPreview:
    """The calendar entry as read back from the .ics: times in its own TZID (the recipient's zone)."""

    method: str
    status: str
    summary: str
    start: datetime
    end: datetime
    timezone: str
    location: str
    url: str
    organizer: str
    attendees: tuple[AttendeePreview, ...]
    sequence: int
    description: str
    alarm_before: timedelta | None


def preview(message: PendingMessage, now: datetime | None = None) -> tuple[EmailPreview, EventPreview]:
    """The e-mail and the calendar entry exactly as they would go out now, read back."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = message.calendar(now)
    content = message.email(calendar, now).as_bytes(policy=POLICY)
    return email_preview(content), event_preview(calendar)


def email_preview(content: bytes) -> EmailPreview:
    """The headers and bodies of an e-mail as a mail program shows them."""
    parsed = email.message_from_bytes(content, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    text = parsed.get_body(preferencelist=("plain",))
    rich = parsed.get_body(preferencelist=("html",))
    return EmailPreview(
        sender=str(parsed.get("From", "")),
        recipient=str(parsed.get("To", "")),
        subject=str(parsed.get("Subject", "")),
        date=str(parsed.get("Date", "")),
        text=text.get_content() if text is not None else "",
        html=rich.get_content() if rich is not None else None,
    )


def event_preview(calendar: bytes) -> EventPreview:
    """The first VEVENT of a calendar message, its times in the zone its TZID names."""
    parsed = parse_calendars(calendar, "preview")[0]
    entry = next(iter(parsed.walk("VEVENT")))
    start_property = entry["DTSTART"]
    tzid = str(start_property.params.get("TZID", "UTC"))
    zone = ZoneInfo(tzid)
    start = _wall_clock(start_property.dt, zone)
    end = _wall_clock(entry["DTEND"].dt, zone)
    attendees = entry.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    alarms = list(entry.walk("VALARM"))
    alarm = -alarms[0]["TRIGGER"].dt if alarms else None
    return EventPreview(
        method=str(parsed.get("METHOD", "")),
        status=str(entry.get("STATUS", "")),
        summary=str(entry.get("SUMMARY", "")),
        start=start,
        end=end,
        timezone=tzid,
        location=str(entry.get("LOCATION", "")),
        url=str(entry.get("URL", "")),
        organizer=_person(entry.get("ORGANIZER")),
        attendees=tuple(
            AttendeePreview(
                name=str(a.params.get("CN", "")),
                address=_mailto(a),
                partstat=str(a.params.get("PARTSTAT", "")),
                rsvp=str(a.params.get("RSVP", "")).upper() == "TRUE",
            )
            for a in attendees
        ),
        sequence=int(entry.get("SEQUENCE", 0)),
        description=str(entry.get("DESCRIPTION", "")),
        alarm_before=alarm if isinstance(alarm, timedelta) else None,
    )


def _wall_clock(moment: datetime, zone: ZoneInfo) -> datetime:
    """The time as written in the file, in `zone` (not through icalendar's process-wide cache)."""
    return moment.replace(tzinfo=zone)


def _mailto(value: object) -> str:
    text = str(value)
    return text[len("mailto:"):] if text.lower().startswith("mailto:") else text


def _person(value: object) -> str:
    if value is None:
        return ""
    name = str(getattr(value, "params", {}).get("CN", ""))
    address = _mailto(value)
    return f"{name} <{address}>" if name else address


# --------------------------------------------------------------------------------------------------
# Answers
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerItem:
    """One invitation that went out and what its recipient answered."""

    uid: str
    candidate: str
    candidate_name: str
    role: str
    name: str
    address: str
    start: datetime  # UTC, as the latest version sent says
    end: datetime
    answer: str  # ACCEPTED, DECLINED, TENTATIVE, DELEGATED, or "" (no answer yet)
    current: bool  # the answer is to the latest version sent (False: an earlier one, or none)
    cancelled: bool  # the latest message sent was a cancellation
    replied_at: datetime | None
    comment: str
    delegated_to: str

    @property
    def state(self) -> str:
        """'cancelled', the answer in lower case, or 'none' (no answer to the latest version yet)."""
        if self.cancelled:
            return "cancelled"
        return self.answer.lower() if self.answer and self.current else "none"


def answer_overview(session: Session) -> list[AnswerItem]:
    """Every invitation delivered over any channel, in candidate order, with the person's answer."""
    latest: dict[tuple[str, str], InvitationMessageRow] = {}
    for row in session.scalars(select(InvitationMessageRow)):
        key = (row.uid, row.recipient_key)
        known = latest.get(key)
        if known is None or (row.sequence, row.method == "CANCEL", row.at) > (
            known.sequence, known.method == "CANCEL", known.at
        ):
            latest[key] = row
    replies = answers(session)
    items = []
    for key, row in latest.items():
        event = InvitationEvent.from_json(row.event)
        reply = replies.get(key)
        items.append(
            AnswerItem(
                uid=row.uid,
                candidate=row.candidate,
                candidate_name=event.candidate_name,
                role=row.role,
                name=event.recipient.name,
                address=row.recipient,
                start=event.start,
                end=event.end,
                answer=reply.partstat if reply else "",
                current=reply is not None and reply.sequence >= row.sequence,
                cancelled=row.method == "CANCEL",
                replied_at=reply.replied_at if reply else None,
                comment=(reply.comment or "") if reply else "",
                delegated_to=(reply.delegated_to or "") if reply else "",
            )
        )
    items.sort(key=lambda i: (i.start, i.candidate, i.role != "candidate", i.address.casefold()))
    return items
