"""What each recipient of an interview's invitation gets, as plain data.

One message per interview per recipient: the candidate, and each panel member. Each has its own UID,
`uuid5(campaign namespace, "<reference>/candidate")` for the candidate and
`uuid5(namespace, "<reference>/<member address, case-folded>")` for a member, `@interview-scheduler`:
it does not change when the interview moves, so a calendar updates the entry it already has. The
candidate's address is not part of the candidate's UID, so a corrected address gets the same entry.

- The candidate's event names the organizer and the candidate only (no other address: privacy); its
  times are in the candidate's zone for a remote candidate with a zone, else the campaign's.
- A member's event lists the whole panel as attendees and names the candidate (reference and name)
  in its texts, never the candidate's address; its times are in the campaign's zone.
- LOCATION is the room and its address for an onsite room, the video link for a virtual one; URL is
  the link (http and https only).
- Names, references and rooms typed by users are made single-line here, so nothing typed can start a
  new line in a calendar or an e-mail header; addresses that are not plain `local@domain` are left out.

Only shortlisted candidates' interviews are invited: a withdrawn candidate's interview, still in the
plan or not, is no longer current, so whoever had its invitation gets a cancellation.

`fingerprint` covers what makes an invitation change (its SEQUENCE rises): start, end, time zone,
location, link, the recipient's address and, for a member, the panel. Texts (templates, names) do not.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from scheduler.domain import CampaignData, Candidate
from scheduler.errors import CampaignError
from scheduler.timeutil import zone_or_none

UID_DOMAIN = "interview-scheduler"
ROLES = ("candidate", "member")
_LINE_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_ADDRESS = re.compile(r"^[^\s@<>()\[\],;:\"\\]+@[^\s@<>()\[\],;:\"\\]+\.[^\s@<>()\[\],;:\"\\]+$")


def one_line(text: str | None) -> str:
    """The text with every line break and control character turned into a space, trimmed."""
    return " ".join(_LINE_BREAKS.sub(" ", text or "").split())


def clean_address(text: str | None) -> str | None:
    """A plain `local@domain` address, or None when the text is not one (nothing can be injected)."""
    if not text:
        return None
    value = text.strip()
    if not _ADDRESS.match(value) or len(value) > 254:
        return None
    try:
        address = Address(addr_spec=value)
    except (HeaderParseError, ValueError, IndexError):
        return None
    return value if address.addr_spec == value else None


def web_link(text: str | None) -> str:
    """The text if it is an http(s) link on one line, else ''."""
    value = (text or "").strip()
    if not value or _LINE_BREAKS.search(value) or " " in value:
        return ""
    parts = urlsplit(value)
    return value if parts.scheme in ("http", "https") and parts.netloc else ""


@dataclass(frozen=True)
class Person:
    email: str
    name: str

    @property
    def key(self) -> str:
        return self.email.casefold()


@dataclass(frozen=True)
class InvitationEvent:
    """One recipient's view of one interview."""

    uid: str
    role: str  # "candidate" | "member"
    candidate: str  # the candidate's reference
    candidate_name: str
    profile: str  # profile code
    profile_name: str
    recipient: Person
    organizer: Person
    attendees: tuple[Person, ...]  # the candidate alone, or the panel (recipient included)
    start: datetime  # aware UTC
    end: datetime  # aware UTC
    timezone: str  # the TZID the times are written in
    room: str
    location: str
    link: str
    online: bool
    campaign: str

    @property
    def recipient_key(self) -> str:
        return self.recipient.key

    @property
    def key(self) -> tuple[str, str]:
        return (self.uid, self.recipient_key)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def fingerprint(self) -> str:
        significant: list[Any] = [
            self.start.isoformat(), self.end.isoformat(), self.timezone, self.location, self.link,
            self.recipient_key,
        ]
        if self.role == "member":
            significant.append(sorted(p.key for p in self.attendees))
        digest = hashlib.sha256(json.dumps(significant, ensure_ascii=True).encode())
        return digest.hexdigest()[:32]

    def to_json(self) -> str:
        document = asdict(self)
        document["start"] = self.start.isoformat()
        document["end"] = self.end.isoformat()
        return json.dumps(document, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> InvitationEvent:
        document = json.loads(text)
        document["recipient"] = Person(**document["recipient"])
        document["organizer"] = Person(**document["organizer"])
        document["attendees"] = tuple(Person(**p) for p in document["attendees"])
        document["start"] = datetime.fromisoformat(document["start"])
        document["end"] = datetime.fromisoformat(document["end"])
        return cls(**document)

    def values(self, language: str) -> dict[str, str]:
        """The placeholders' values except {instructions} (which is itself a template)."""
        zone = self.zone
        local_start = self.start.astimezone(zone)
        local_end = self.end.astimezone(zone)
        minutes = int((self.end - self.start) / timedelta(minutes=1))
        values = {
            "candidate_name": self.candidate_name,
            "candidate_reference": self.candidate,
            "profile": self.profile_name or self.profile,
            "date": long_date(local_start, language),
            "time": f"{local_start:%H:%M}",
            "end_time": f"{local_end:%H:%M}",
            "duration": str(minutes),
            "timezone": zone_label(self.timezone, self.start),
            "location": self.location,
            "room": self.room,
            "link": self.link,
            "organizer": self.organizer.name or self.organizer.email,
            "organizer_email": self.organizer.email,
            "campaign": self.campaign,
            "recipient_name": self.recipient.name or self.recipient.email,
        }
        if self.role == "member":
            values["panel"] = ", ".join(p.name or p.email for p in self.attendees)
        return values


DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
MONTH_NAMES = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
}


def long_date(moment: datetime, language: str) -> str:
    """'Wednesday 1 May 2024', 'mercredi 1er mai 2024', 'Mittwoch, 1. Mai 2024'."""
    day = DAY_NAMES.get(language, DAY_NAMES["en"])[moment.weekday()]
    month = MONTH_NAMES.get(language, MONTH_NAMES["en"])[moment.month - 1]
    if language == "fr":
        number = "1er" if moment.day == 1 else str(moment.day)
        return f"{day} {number} {month} {moment.year}"
    if language == "de":
        return f"{day}, {moment.day}. {month} {moment.year}"
    return f"{day} {moment.day} {month} {moment.year}"


def zone_label(name: str, instant: datetime) -> str:
    """'Europe/Brussels, UTC+02:00': the zone with the offset it has at that instant."""
    offset = instant.astimezone(ZoneInfo(name)).utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset / timedelta(minutes=1)))
    return f"{name}, UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def message_uid(namespace: uuid.UUID, reference: str, recipient_key: str) -> str:
    return f"{uuid.uuid5(namespace, f'{reference}/{recipient_key}')}@{UID_DOMAIN}"


def overview_uid(namespace: uuid.UUID, reference: str, member_key: str) -> str:
    """A member's overview entry has its own UID: importing it never overwrites the invitation."""
    return f"{uuid.uuid5(namespace, f'{reference}/{member_key}/overview')}@{UID_DOMAIN}"


@dataclass
class CurrentInvitations:
    """What the plan asks for now: one event per recipient, and why some could not get one."""

    events: list[InvitationEvent]
    notes: list[str]


def candidate_zone(data: CampaignData, candidate: Candidate) -> str:
    """The TZID a candidate reads their invitation in: their own zone when they take part remotely."""
    if candidate.mode == "remote" and candidate.timezone and zone_or_none(candidate.timezone):
        return candidate.timezone
    return data.campaign.timezone


def current_invitations(data: CampaignData, namespace: uuid.UUID) -> CurrentInvitations:
    """Every invitation the stored plan calls for, in plan order (candidate first, then the panel)."""
    events: list[InvitationEvent] = []
    notes: list[str] = []
    organizer: Person | None = None
    for interview in sorted(data.interviews, key=lambda i: (i.start, i.candidate)):
        candidate = data.candidate(interview.candidate)
        if candidate is None or candidate.status != "shortlisted":
            continue
        if organizer is None:
            organizer = _organizer(data)
        profile = data.profile(candidate.profile)
        room = data.room(interview.room) if interview.room else None
        online = room.kind == "virtual" if room else candidate.mode == "remote"
        link = web_link(room.url) if room else ""
        if room is None:
            location = ""
        elif room.kind == "virtual":
            location = link or one_line(room.name)
        else:
            location = ", ".join(x for x in (one_line(room.name), one_line(room.location)) if x)
        panel = []
        for email in interview.members:
            member = data.member(email)
            address = clean_address(email)
            if address is None:
                notes.append(f"{interview.candidate}: panel member {one_line(email)!r} has no usable "
                             "e-mail address; no invitation for them.")
                continue
            panel.append(Person(address, one_line(member.name if member else "")))
        common = {
            "candidate": interview.candidate,
            "candidate_name": one_line(candidate.name),
            "profile": candidate.profile,
            "profile_name": one_line(profile.name if profile else candidate.profile),
            "organizer": organizer,
            "start": interview.start,
            "end": interview.start + data.interview_length(candidate),
            "room": one_line(room.name) if room else "",
            "location": location,
            "link": link,
            "online": online,
            "campaign": one_line(data.campaign.name),
        }
        address = clean_address(candidate.email)
        if address is None:
            what = "no e-mail address" if not candidate.email else "an e-mail address that is not usable"
            notes.append(f"{interview.candidate}: the candidate has {what}; no invitation for them.")
        else:
            person = Person(address, one_line(candidate.name))
            events.append(
                InvitationEvent(
                    uid=message_uid(namespace, interview.candidate, "candidate"), role="candidate",
                    recipient=person, attendees=(person,), timezone=candidate_zone(data, candidate),
                    **common,
                )
            )
        for person in panel:
            events.append(
                InvitationEvent(
                    uid=message_uid(namespace, interview.candidate, person.key), role="member",
                    recipient=person, attendees=tuple(panel), timezone=data.campaign.timezone,
                    **common,
                )
            )
    return CurrentInvitations(events, notes)


def _organizer(data: CampaignData) -> Person:
    organizer = data.campaign.organizer
    address = clean_address(organizer.email) if organizer else None
    if organizer is None or address is None:
        raise CampaignError(
            "Invitations need the campaign's organizer (a name and a usable e-mail address, which "
            "receives the replies); set it in the campaign settings first."
        )
    return Person(address, one_line(organizer.name))
