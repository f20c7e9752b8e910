"""Helpers for the invitation tests: a campaign file with a plan, exports, and an independent parser.

The independent parser is vobject (content lines, folding, escaping), with the VTIMEZONEs read by
dateutil's `tzical` as vobject itself does (not by icalendar, not by zoneinfo): every time read here
comes from the VTIMEZONE in that very file.
"""

from __future__ import annotations

import atexit
import email
import io
import json
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import vobject
from dateutil.tz import tzical

from scheduler.domain import CampaignData, Interview, Organizer
from scheduler.invitations.export import ExportReport, export_invitations
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign, store_campaign
from scheduler.store.models import InvitationSettingsRow
from scheduler.store.plans import replace_plan
from tests.scheduler import builders

ORGANIZER = Organizer("AI Office Recruitment", "recruitment@example.org")
NOW = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def campaign_with(*interviews: Interview, **setting_changes: Any) -> CampaignData:
    """The builders' baseline with an organizer, an e-mail for every candidate and these interviews."""
    setting_changes.setdefault("organizer", ORGANIZER)
    data = builders.planned(*interviews, **setting_changes)
    for candidate in data.candidates:
        builders.change_candidate(
            data, candidate.reference, email=f"{candidate.reference.lower()}@candidates.example.net"
        )
    builders.change_room(data, "Room 1", location="Rue de la Loi 200, Brussels")
    builders.change_room(data, "Video 1", url="https://video.example.org/room-1")
    return data


_EMPTY: list[Path] = []


def create(path: Path, data: CampaignData) -> Path:
    """A campaign file holding `data`: a copy of one empty file migrated once, with its own UIDs."""
    if not _EMPTY:
        folder = Path(tempfile.mkdtemp(prefix="invitation-tests-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        CampaignFile.create(folder / "empty.campaign").close()
        _EMPTY.append(folder / "empty.campaign")
    shutil.copyfile(_EMPTY[0], path)
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        store_campaign(session, data)
        settings = session.get(InvitationSettingsRow, 1)
        assert settings is not None
        settings.uid_namespace = str(uuid.uuid4())
    return path


def export(path: Path, directory: Path, *, everything: bool = False, now: datetime = NOW) -> ExportReport:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return export_invitations(session, directory, everything=everything, now=now)


def set_plan(path: Path, interviews: list[Interview]) -> None:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        replace_plan(session, interviews, {}, "feasible", {})


def load(path: Path) -> CampaignData:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return load_campaign(session)


def manifest(directory: Path) -> dict[str, Any]:
    return json.loads((directory / "manifest.json").read_text(encoding="utf-8"))


@dataclass
class ParsedEvent:
    uid: str
    sequence: int
    start: datetime  # UTC
    end: datetime  # UTC
    tzid: str
    status: str | None
    summary: str
    organizer: str | None
    attendees: list[str]  # addresses, lower case
    component: Any


@dataclass
class ParsedCalendar:
    method: str
    events: list[ParsedEvent]
    vtimezones: list[str]  # the text of each VTIMEZONE block
    text: str


def _instant(line: Any, zones: dict[str, Any]) -> tuple[datetime, str]:
    """A DTSTART/DTEND content line as a UTC instant, through the VTIMEZONE of its TZID."""
    tzid = line.params["TZID"][0]
    assert tzid in zones, f"TZID {tzid} has no VTIMEZONE in the file"
    local = datetime.strptime(line.value, "%Y%m%dT%H%M%S")
    return local.replace(tzinfo=zones[tzid]).astimezone(UTC), tzid


def parse_with_vobject(content: bytes | str) -> ParsedCalendar:
    """Reads a calendar with vobject; times through dateutil's reading of the file's own VTIMEZONEs.

    vobject is asked not to convert values (transform=False): its own conversion looks zones up in a
    process-wide registry and, for a VTIMEZONE it takes for UTC, in pytz, which is not what is tested.
    """
    text = content.decode("utf-8") if isinstance(content, bytes) else content
    calendar = vobject.readOne(text, transform=False)
    zones: dict[str, Any] = {}
    blocks = []
    for block in calendar.contents.get("vtimezone", []):
        serialized = block.serialize()
        blocks.append(serialized)
        reader = tzical(io.StringIO(serialized))
        for tzid in reader.keys():  # noqa: SIM118 (tzical is no mapping)
            zones[tzid] = reader.get(tzid)
    events = []
    for component in calendar.contents.get("vevent", []):
        start, tzid = _instant(component.dtstart, zones)
        end, end_tzid = _instant(component.dtend, zones)
        assert end_tzid == tzid
        attendees = [a.value.lower().removeprefix("mailto:") for a in component.contents.get("attendee", [])]
        organizer = None
        if "organizer" in component.contents:
            organizer = component.organizer.value.lower().removeprefix("mailto:")
        events.append(
            ParsedEvent(
                uid=component.uid.value,
                sequence=int(component.sequence.value),
                start=start,
                end=end,
                tzid=tzid,
                status=component.status.value if "status" in component.contents else None,
                summary=component.summary.value,
                organizer=organizer,
                attendees=attendees,
                component=component,
            )
        )
    return ParsedCalendar(calendar.method.value, events, blocks, text)


def read_eml(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def calendar_parts(message: EmailMessage) -> list[EmailMessage]:
    return [p for p in message.walk() if p.get_content_type() in ("text/calendar", "application/ics")]


# The UID namespace and interviews that the reply fixtures in tests/fixtures/replies answer.
REPLIES_NAMESPACE = "0c7ad3f5-3d1e-4a52-9b7e-4f7d2f2c6a11"
REPLIED_INTERVIEWS = (
    ("TS-0001", "2024-04-23 09:00"),
    ("TS-0002", "2024-04-23 10:00"),
    ("TS-0003", "2024-04-23 11:00"),
    ("TS-0004", "2024-04-24 09:00"),
)


def sent_campaign_in(folder: Path) -> Path:
    """Four interviews whose invitations were exported (SEQUENCE 0) into folder/sent: the campaign
    that the reply fixtures answer."""
    from datetime import date

    from scheduler.privacy import set_retention
    from tests.scheduler.builders import interview

    path = create(folder / "sent.campaign", campaign_with(*(interview(r, t) for r, t in REPLIED_INTERVIEWS)))
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        settings = session.get(InvitationSettingsRow, 1)
        assert settings is not None
        settings.uid_namespace = REPLIES_NAMESPACE
        # The campaign is in 2024: keep its personal data, so that check has no retention reminder.
        set_retention(session, date(2099, 12, 31))
    export(path, folder / "sent")
    return path
