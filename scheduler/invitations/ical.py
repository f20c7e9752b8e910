"""Calendar files: iTIP REQUEST and CANCEL messages (RFC 5545, RFC 5546) and PUBLISH overviews.

Built with `icalendar` (which escapes every value and folds lines), except the VTIMEZONEs, which
come from `timezones` (yearly rules, as Outlook needs). Every TZID used gets its VTIMEZONE; DTSTAMP
is the moment of the export or sending, in UTC.

- REQUEST: ORGANIZER, the attendees (the recipient with RSVP=TRUE and PARTSTAT=NEEDS-ACTION; for a
  panel member the rest of the panel too, without RSVP, since they answer on their own copies),
  SUMMARY, DESCRIPTION, LOCATION, URL for a video link, STATUS:CONFIRMED, CLASS:PRIVATE (an interview
  is personal data: a shared calendar shows it as busy only) and one VALARM 30 minutes before.
- CANCEL: the same UID, a higher SEQUENCE, STATUS:CANCELLED, the original times, no alarm.
- PUBLISH: one calendar per panel member of all their interviews, with ORGANIZER (RFC 5546 asks for
  it) but no ATTENDEE; its entries have their own UIDs (see `events.overview_uid`), so importing
  the overview next to the invitations never overwrites or duplicates an invitation's entry.

icalendar is only used to write here; nothing in this module touches icalendar's process-wide
timezone cache, which `scheduler.importing.calendars` resets around its parsing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from scheduler.invitations.events import InvitationEvent, Person, one_line
from scheduler.invitations.timezones import add_span, vtimezones

PRODID = "-//Interview Scheduler//Invitations 1//EN"
ALARM_BEFORE = timedelta(minutes=30)
METHODS = ("REQUEST", "CANCEL", "PUBLISH")


@dataclass(frozen=True)
class EventTexts:
    """The words of one entry, filled in from the templates in the recipient's language."""

    summary: str
    description: str
    language: str = "en"


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def _address(person: Person, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    name = one_line(person.name)
    if name:
        address.params["CN"] = name
    for key, value in params.items():
        address.params[key.replace("_", "-").upper()] = value
    return address


def _text(value: str, language: str) -> vText:
    text = vText(value)
    text.params["LANGUAGE"] = language
    return text


def _entry(event: InvitationEvent, texts: EventTexts, uid: str, sequence: int, now: datetime) -> Event:
    entry = Event()
    entry.add("uid", uid)
    entry.add("sequence", sequence)
    entry.add("dtstamp", now.astimezone(UTC))
    zone = event.zone
    entry.add("dtstart", event.start.astimezone(zone))
    entry.add("dtend", event.end.astimezone(zone))
    entry.add("summary", _text(one_line(texts.summary), texts.language))
    entry.add("description", _text(texts.description, texts.language))
    if event.location:
        entry.add("location", one_line(event.location))
    if event.link:
        entry.add("url", event.link)
    entry.add("organizer", _address(event.organizer))
    entry.add("class", "PRIVATE")
    entry.add("transp", "OPAQUE")
    return entry


def message_calendar(
    event: InvitationEvent, texts: EventTexts, *, method: str, sequence: int, now: datetime
) -> bytes:
    """The iTIP message (REQUEST or CANCEL) for one recipient, as CRLF-terminated UTF-8."""
    if method not in ("REQUEST", "CANCEL"):
        raise ValueError(f"not an invitation method: {method}")
    calendar = _calendar(method)
    spans: dict[str, tuple[datetime, datetime]] = {}
    add_span(spans, event.timezone, event.start, event.end)
    for timezone in vtimezones(spans):
        calendar.add_component(timezone)
    entry = _entry(event, texts, event.uid, sequence, now)
    for person in event.attendees:
        if person.key == event.recipient_key:
            entry.add(
                "attendee",
                _address(person, cutype="INDIVIDUAL", role="REQ-PARTICIPANT", partstat="NEEDS-ACTION",
                         rsvp="TRUE"),
            )
        else:
            entry.add("attendee", _address(person, cutype="INDIVIDUAL", role="REQ-PARTICIPANT"))
    if method == "REQUEST":
        entry.add("status", "CONFIRMED")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -ALARM_BEFORE)
        alarm.add("description", one_line(texts.summary))
        entry.add_component(alarm)
    else:
        entry.add("status", "CANCELLED")
    calendar.add_component(entry)
    return calendar.to_ical()


@dataclass(frozen=True)
class OverviewEntry:
    event: InvitationEvent
    texts: EventTexts
    uid: str
    sequence: int


def overview_calendar(member: Person, title: str, entries: list[OverviewEntry], *, now: datetime) -> bytes:
    """A PUBLISH calendar of one member's interviews, without attendees."""
    calendar = _calendar("PUBLISH")
    calendar.add("x-wr-calname", one_line(title))
    spans: dict[str, tuple[datetime, datetime]] = {}
    for item in entries:
        add_span(spans, item.event.timezone, item.event.start, item.event.end)
    for timezone in vtimezones(spans):
        calendar.add_component(timezone)
    for item in sorted(entries, key=lambda e: (e.event.start, e.event.candidate)):
        entry = _entry(item.event, item.texts, item.uid, item.sequence, now)
        entry.add("status", "CONFIRMED")
        calendar.add_component(entry)
    return calendar.to_ical()
