"""Answers to invitations: `import CAMPAIGN REPLY.ics` (iTIP METHOD:REPLY, RFC 5546), and what `check` sees.

People answer from Outlook, Google Calendar, Thunderbird or Apple Calendar; each writes the reply a
little differently, and this module reads what they have in common:

- one VEVENT per answered invitation, with the UID of the invitation, the SEQUENCE it answers (0
  when left out, as RFC 5545 says), DTSTAMP (when the person answered) and the person's ATTENDEE
  line with PARTSTAT ACCEPTED, DECLINED, TENTATIVE or DELEGATED (with DELEGATED-TO). Everything else
  (times, VTIMEZONEs with Windows names, SUMMARY 'Declined: ...', Outlook's X-MS-OLK-* and
  X-MICROSOFT-* lines, Thunderbird's X-MOZ-*) is not needed and not read: what was invited is known
  from what went out. Outlook's COMMENT (the note typed with the answer) is kept.
- a file that is a whole e-mail (.eml, as mail programs save a message) is accepted too: its
  text/calendar part (method=REPLY) is used, else an attached .ics (Google attaches `invite.ics`).

Matching: the UID must be one this campaign sent or exported (`invitation_message`), and the
ATTENDEE the address that invitation went to (compared ignoring case; `mailto:` and `MAILTO:` alike).
Our UIDs are per recipient, so the UID alone says whose answer is expected; an answer from anyone
else is refused rather than guessed at. A reply to an older SEQUENCE than the latest one sent to
that person is recorded, marked as answering an earlier version. The import is all or nothing: a
file with any unknown UID or attendee records none of its answers.

`check`: a person's answer is their latest reply (highest SEQUENCE, then DTSTAMP). A DECLINED (or
DELEGATED) answer to the version of the invitation that is still current (the interview has not
moved nor changed panel since) is a problem to solve: the plan has to change for that interview.
Once the plan changes it, the decline no longer applies and the new invitation asks again.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import Message

from icalendar import Component
from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.domain import CampaignData
from scheduler.errors import CampaignError
from scheduler.importing.calendars import parse_calendars
from scheduler.invitations.events import InvitationEvent, current_invitations, long_date, one_line
from scheduler.invitations.tracking import uid_namespace
from scheduler.store.mapping import load_settings
from scheduler.store.models import InvitationMessageRow, InvitationReplyRow

ANSWERS = ("ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED")
NEEDS_REPLAN = ("DECLINED", "DELEGATED")
MAX_COMMENT = 500
MAX_ADDRESS = 320
MAX_PARTS = 1_000  # a reply e-mail has a handful
MAX_SEQUENCE = 2**31 - 1  # what calendar programs store; the campaign file holds 64-bit integers
_VERBS = {
    "ACCEPTED": "accepted",
    "DECLINED": "declined",
    "TENTATIVE": "tentatively accepted",
    "DELEGATED": "delegated",
}
_METHOD_REPLY = re.compile(rb"^METHOD:REPLY[ \t]*\r?$", re.I | re.M)


def is_reply(content: bytes) -> bool:
    """True when a calendar file is an iTIP reply (a METHOD:REPLY line)."""
    return bool(_METHOD_REPLY.search(content))


# --------------------------------------------------------------------------------------------------
# Reading a reply
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """One ATTENDEE of a reply, with its answer as written."""

    address: str
    partstat: str
    delegated_to: str | None


@dataclass(frozen=True)
class Reply:
    """One VEVENT of a reply."""

    uid: str
    sequence: int
    stamp: datetime | None
    answers: tuple[Answer, ...]
    comment: str | None


def _address(value: object) -> str:
    text = str(value).strip()
    return text[len("mailto:"):] if text.lower().startswith("mailto:") else text


def _looks_like_calendar(content: bytes) -> bool:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return content.lstrip(b"\xef\xbb\xbf\r\n\t ").upper().startswith(b"BEGIN:VCALENDAR")


def calendar_of(content: bytes, source: str) -> bytes:
    """The reply's calendar: the file itself, or the calendar part of a saved e-mail (.eml)."""
    if _looks_like_calendar(content):
        return content
    # The e-mail library takes a few milliseconds per part: a 50 MB message of empty parts would take
    # hours. Every part starts with a line "--boundary", so such lines bound the number of parts.
    if content.count(b"\n--") > MAX_PARTS:
        raise CampaignError(
            f"{source}: is an e-mail of more than {MAX_PARTS:,} parts, not a reply; nothing was recorded."
        )
    found: list[tuple[int, bytes]] = []
    try:
        message = email.message_from_bytes(content, policy=policy.default)
        for part in message.walk():
            if part.is_multipart():
                continue
            rank = _calendar_rank(part)
            if rank is None:
                continue
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                found.append((rank, payload))
    except RecursionError:  # the e-mail library parses and walks nested parts recursively
        raise CampaignError(
            f"{source}: is an e-mail with parts nested too deeply to be a reply; nothing was recorded."
        ) from None
    if not found:
        raise CampaignError(
            f"{source}: is neither an invitation reply (.ics) nor an e-mail holding one "
            "(no text/calendar part, no .ics attached)."
        )
    return min(found, key=lambda item: item[0])[1]


def _calendar_rank(part: Message) -> int | None:
    """Which calendar part of an e-mail to read: text/calendar with method=REPLY first, then any
    text/calendar, then an attached .ics; None for parts that are no calendar."""
    kind = part.get_content_type()
    name = (part.get_filename() or part.get_param("name") or "").lower()
    if kind == "text/calendar":
        return 0 if str(part.get_param("method") or "").upper() == "REPLY" else 1
    if kind in ("application/ics", "application/octet-stream", "text/plain") and name.endswith(".ics"):
        return 2
    if kind == "application/ics":
        return 2
    return None


def read_replies(content: bytes, source: str) -> list[Reply]:
    """Every VEVENT of a METHOD:REPLY file, or one sentence saying why the file is not one."""
    calendars = parse_calendars(calendar_of(content, source), source)
    replies: list[Reply] = []
    for calendar in calendars:
        method = str(calendar.get("METHOD") or "").strip().upper()
        if method != "REPLY":
            shown = f"its METHOD is {method}" if method else "it has no METHOD line"
            raise CampaignError(
                f"{source}: is not an invitation reply ({shown}, not REPLY); nothing was recorded."
            )
        replies.extend(_reply(event, source) for event in calendar.walk("VEVENT"))
    if not replies:
        raise CampaignError(f"{source}: the reply holds no event (VEVENT); nothing was recorded.")
    return replies


def _reply(event: Component, source: str) -> Reply:
    uid = str(event.get("UID") or "").strip()
    if not uid:
        raise CampaignError(f"{source}: the reply has no UID, so it cannot be matched to an invitation.")
    try:
        sequence = int(str(event.get("SEQUENCE", 0)).strip() or 0)
    except ValueError:
        raise CampaignError(f"{source}: the reply's SEQUENCE is not a number.") from None
    if not 0 <= sequence <= MAX_SEQUENCE:
        raise CampaignError(
            f"{source}: the reply's SEQUENCE is not a whole number from 0 to {MAX_SEQUENCE:,}; "
            "nothing was recorded."
        )
    attendees = event.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    answers = []
    for attendee in attendees:
        partstat = str(attendee.params.get("PARTSTAT", "")).strip().upper()
        delegated = attendee.params.get("DELEGATED-TO")
        if isinstance(delegated, list):
            delegated = ", ".join(_address(d) for d in delegated)
        delegated_to = one_line(_address(delegated))[:MAX_ADDRESS] if delegated else None
        answers.append(Answer(_address(attendee), partstat, delegated_to or None))
    comments = event.get("COMMENT") or []
    if not isinstance(comments, list):
        comments = [comments]
    comment = one_line(" ".join(str(c) for c in comments))[:MAX_COMMENT] or None
    return Reply(uid, sequence, _stamp(event), tuple(answers), comment)


def _stamp(event: Component) -> datetime | None:
    value = event.get("DTSTAMP")
    try:
        moment = getattr(value, "dt", None)
    except Exception:  # a DTSTAMP that is no date (icalendar raises when it is read): as if left out
        return None
    if not isinstance(moment, datetime):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


# --------------------------------------------------------------------------------------------------
# Recording
# --------------------------------------------------------------------------------------------------


@dataclass
class ReplyReport:
    source: str
    lines: list[str]

    def described(self) -> str:
        return "\n".join(self.lines)


def import_replies(
    session: Session, content: bytes, source: str, *, now: datetime | None = None
) -> ReplyReport:
    """Records every answer of a reply file; all of them or, if any cannot be matched, none."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    replies = read_replies(content, source)
    zone = load_settings(session).timezone
    matched = [_match(session, reply, source) for reply in replies]
    lines = []
    for reply, answer, sent in matched:
        row, new = _store(session, reply, answer, sent, now)
        lines.append(_described(row, sent, zone, source, new))
    session.flush()
    return ReplyReport(source, lines)


def _match(
    session: Session, reply: Reply, source: str
) -> tuple[Reply, Answer, list[InvitationMessageRow]]:
    """The tracked messages of the reply's UID and the answer of the person they went to."""
    rows = list(session.scalars(select(InvitationMessageRow).where(InvitationMessageRow.uid == reply.uid)))
    if not rows:
        raise CampaignError(
            f"{source}: answers an invitation this campaign never sent (UID {one_line(reply.uid)[:120]}); "
            "nothing was recorded."
        )
    invited = {row.recipient_key for row in rows}
    answers = [a for a in reply.answers if a.address.casefold() in invited]
    if not answers:
        who = ", ".join(one_line(a.address) for a in reply.answers) or "nobody (no ATTENDEE line)"
        raise CampaignError(
            f"{source}: the answer comes from {who}, but that invitation ({rows[0].candidate}) went to "
            f"{rows[0].recipient}; nothing was recorded."
        )
    answer = answers[0]
    if answer.partstat not in ANSWERS:
        shown = one_line(answer.partstat)[:40] or "no answer (no PARTSTAT)"
        raise CampaignError(
            f"{source}: {answer.address} gives {shown}, which is not an answer to an invitation "
            "(ACCEPTED, DECLINED, TENTATIVE or DELEGATED); nothing was recorded."
        )
    mine = [row for row in rows if row.recipient_key == answer.address.casefold()]
    return reply, answer, mine


def _store(
    session: Session, reply: Reply, answer: Answer, sent: list[InvitationMessageRow], now: datetime
) -> tuple[InvitationReplyRow, bool]:
    """The reply's row, added unless the very same reply was imported before."""
    first = sent[0]
    stamp = reply.stamp or now
    existing = session.scalars(
        select(InvitationReplyRow).where(
            InvitationReplyRow.uid == reply.uid,
            InvitationReplyRow.recipient_key == first.recipient_key,
            InvitationReplyRow.sequence == reply.sequence,
            InvitationReplyRow.replied_at == stamp,
            InvitationReplyRow.partstat == answer.partstat,
        )
    ).first()
    if existing is not None:
        return existing, False
    row = InvitationReplyRow(
        uid=reply.uid,
        recipient=first.recipient,
        recipient_key=first.recipient_key,
        candidate=first.candidate,
        role=first.role,
        partstat=answer.partstat,
        sequence=reply.sequence,
        earlier_version=reply.sequence < max(r.sequence for r in sent),
        delegated_to=answer.delegated_to,
        comment=reply.comment,
        replied_at=stamp,
        imported_at=now,
    )
    session.add(row)
    return row, True


def _latest_sent(sent: list[InvitationMessageRow]) -> InvitationMessageRow:
    return max(sent, key=lambda row: (row.sequence, row.method == "CANCEL", row.at))


def _person(row: InvitationReplyRow | InvitationMessageRow, event: InvitationEvent) -> str:
    name = event.recipient.name or row.recipient
    if row.role == "candidate":
        return f"{name} (the candidate)"
    return f"{name} ({row.recipient}, panel member)"


def _when(event: InvitationEvent, zone: str) -> str:
    from zoneinfo import ZoneInfo

    local = event.start.astimezone(ZoneInfo(zone))
    return f"{long_date(local, 'en')} at {local:%H:%M} ({zone})"


def _described(
    row: InvitationReplyRow, sent: list[InvitationMessageRow], zone: str, source: str, new: bool
) -> str:
    latest = _latest_sent(sent)
    event = InvitationEvent.from_json(latest.event)
    verb = _VERBS[row.partstat]
    if row.partstat == "DELEGATED" and row.delegated_to:
        verb = f"delegated to {row.delegated_to}"
    text = f"{source}: {row.candidate}: {_person(row, event)} {verb} the interview on {_when(event, zone)}"
    if row.comment:
        text += f' ("{row.comment}")'
    text += "."
    if row.sequence < latest.sequence:
        text += (f" This answers an earlier version of the invitation (SEQUENCE {row.sequence}; the latest "
                 f"sent is {latest.sequence}), so the current one is still unanswered.")
    elif latest.method == "CANCEL":
        text += " That interview has since been cancelled."
    if not new:
        text += " (Already recorded; nothing changed.)"
    return text


# --------------------------------------------------------------------------------------------------
# What `check` reports
# --------------------------------------------------------------------------------------------------


def answers(session: Session) -> dict[tuple[str, str], InvitationReplyRow]:
    """Each person's answer to each invitation: their latest reply (highest SEQUENCE, then DTSTAMP)."""
    latest: dict[tuple[str, str], InvitationReplyRow] = {}
    for row in session.scalars(select(InvitationReplyRow).order_by(InvitationReplyRow.id)):
        key = (row.uid, row.recipient_key)
        known = latest.get(key)
        if known is None or (row.sequence, row.replied_at) >= (known.sequence, known.replied_at):
            latest[key] = row
    return latest


def declined_interviews(session: Session, data: CampaignData) -> list[str]:
    """One line per declined (or delegated) invitation whose interview is still as it was answered."""
    refusals = {key: row for key, row in answers(session).items() if row.partstat in NEEDS_REPLAN}
    if not refusals:
        return []
    sent: dict[tuple[str, str], list[InvitationMessageRow]] = {}
    for row in session.scalars(select(InvitationMessageRow)):
        sent.setdefault((row.uid, row.recipient_key), []).append(row)
    current = _current_fingerprints(session, data)
    lines = []
    for key, reply in sorted(refusals.items(), key=lambda item: (item[1].candidate, item[1].role, item[0])):
        latest = _latest_sent(sent[key]) if key in sent else None
        if latest is None or latest.method != "REQUEST" or reply.sequence < latest.sequence:
            continue  # cancelled, or a newer version went out since: the answer is about the past
        if current is not None and current.get(key) != latest.fingerprint:
            continue  # the plan changed this interview since: the next invitation asks again
        lines.append(_replan_line(reply, InvitationEvent.from_json(latest.event), data.campaign.timezone))
    return lines


def _current_fingerprints(session: Session, data: CampaignData) -> dict[tuple[str, str], str] | None:
    """The significant content of every invitation the plan calls for now; None without an organizer
    (no invitation can be made then, so the check falls back to what went out)."""
    try:
        events = current_invitations(data, uid_namespace(session)).events
    except CampaignError:
        return None
    return {event.key: event.fingerprint() for event in events}


def _replan_line(reply: InvitationReplyRow, event: InvitationEvent, zone: str) -> str:
    what = "the panel or the time" if reply.role == "member" else "the time"
    verb = _VERBS[reply.partstat]
    if reply.partstat == "DELEGATED" and reply.delegated_to:
        verb = f"delegated to {reply.delegated_to}"
    comment = f' ("{reply.comment}")' if reply.comment else ""
    return (f"{reply.candidate}: {_person(reply, event)} {verb} the interview on {_when(event, zone)}"
            f"{comment}; re-plan with `solve --replan` after changing {what}.")

