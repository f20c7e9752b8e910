"""The Invitations view's explanations: why each message is pending, previews, and the answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from scheduler.invitations.overview import answer_overview, pending_overview, preview
from scheduler.invitations.replies import import_replies
from scheduler.invitations.tracking import pending_messages
from scheduler.store.database import CampaignFile
from scheduler.store.models import CandidateRow
from tests.scheduler.builders import ANNE, BJORN, CELINE, ELENA, PANEL, interview
from tests.scheduler.invitations.support import NOW, campaign_with, create, export, load, manifest, set_plan

LATER = NOW + timedelta(days=1)


def _campaign(tmp_path: Path) -> Path:
    data = campaign_with(
        interview("TS-0001", "2024-04-23 09:00"),
        interview("TS-0002", "2024-04-23 10:00"),
        interview("TS-0003", "2024-04-23 11:00"),
        interview("TS-0004", "2024-04-24 09:00"),
        interview("R-0001", "2024-04-24 15:00", room="Video 1"),
    )
    return create(tmp_path / "o.campaign", data)


def _overview(path: Path, channel: str = "export"):
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return pending_overview(session, channel=channel), pending_messages(session, channel=channel)


def _reasons(overview) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    return {
        (i.event.candidate, "candidate" if i.event.role == "candidate" else i.event.recipient.email):
            (i.message.kind, i.reasons)
        for i in overview.items
    }


def test_a_first_overview_lists_what_pending_messages_lists_all_new(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    overview, messages = _overview(path)
    assert [i.message for i in overview.items] == messages
    assert overview.counts() == {"new": 20}
    assert all(i.reasons == () for i in overview.items)
    assert overview.zone == "Europe/Brussels" and overview.problem is None


def test_each_change_says_why(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    export(path, tmp_path / "1")
    plan = {i.candidate: i for i in load(path).interviews}
    moved = replace(plan["TS-0001"], start=plan["TS-0001"].start + timedelta(hours=4))
    new_panel = replace(plan["TS-0002"], members=[ANNE, ELENA, CELINE])
    set_plan(path, [moved, new_panel, plan["TS-0003"], plan["R-0001"]])
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        session.scalars(select(CandidateRow).where(CandidateRow.reference == "TS-0003")).one().status = (
            "withdrawn")

    reasons = _reasons(_overview(path)[0])
    assert reasons[("TS-0001", "candidate")] == ("update", ("moved",))
    assert reasons[("TS-0001", ANNE)] == ("update", ("moved",))
    assert reasons[("TS-0002", ANNE)] == ("update", ("panel",))
    assert reasons[("TS-0002", BJORN)] == ("cancel", ("off_panel",))
    assert reasons[("TS-0002", ELENA)] == ("new", ())
    assert reasons[("TS-0003", "candidate")] == ("cancel", ("withdrawn",))
    assert reasons[("TS-0004", CELINE)] == ("cancel", ("unscheduled",))
    assert ("TS-0002", "candidate") not in reasons  # the candidate sees no panel


def test_a_reinvitation_after_a_cancellation_says_so(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    export(path, tmp_path / "1")
    interviews = load(path).interviews
    set_plan(path, [i for i in interviews if i.candidate != "TS-0004"])
    export(path, tmp_path / "2", now=LATER)
    set_plan(path, interviews)
    reasons = _reasons(_overview(path)[0])
    assert reasons[("TS-0004", "candidate")] == ("new", ("reinvited",))


def test_the_preview_is_the_message_read_back(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    overview, _ = _overview(path)
    item = next(i for i in overview.items if i.event.candidate == "R-0001" and i.event.role == "member")
    mail, event = preview(item.message, NOW)
    assert mail.subject == item.message.subject
    assert item.event.recipient.email in mail.recipient and "recruitment@example.org" in mail.sender
    assert "R-0001" in mail.text and mail.html is not None and "<p>" in mail.html
    assert event.method == "REQUEST" and event.status == "CONFIRMED"
    assert event.start == datetime(2024, 4, 24, 15, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    assert event.start.astimezone(UTC) == item.event.start
    assert event.timezone == "Europe/Brussels"
    assert event.url == "https://video.example.org/room-1"
    assert {a.address for a in event.attendees} == set(PANEL)
    mine = [a for a in event.attendees if a.rsvp]
    assert [a.address for a in mine] == [item.event.recipient.email]
    assert event.alarm_before == timedelta(minutes=30)


def test_answers_list_every_invitation_out_with_the_latest_answer(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        assert answer_overview(session) == []
    export(path, tmp_path / "1")
    entry = next(e for e in manifest(tmp_path / "1")["messages"]
                 if e["candidate"] == "TS-0002" and e["recipient"] == BJORN)
    reply = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
        f"UID:{entry['uid']}\r\nSEQUENCE:0\r\nDTSTAMP:20240315T101500Z\r\n"
        f"ATTENDEE;PARTSTAT=DECLINED:mailto:{BJORN}\r\nCOMMENT:Away that day\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        import_replies(session, reply, "reply.ics", now=LATER)
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        items = answer_overview(session)
    assert len(items) == 20
    declined = [i for i in items if i.state == "declined"]
    assert [(i.candidate, i.address, i.comment) for i in declined] == [("TS-0002", BJORN, "Away that day")]
    assert sum(i.state == "none" for i in items) == 19

    plan = load(path).interviews
    set_plan(path, [replace(i, start=i.start + timedelta(hours=1)) if i.candidate == "TS-0002" else i
                    for i in plan])
    export(path, tmp_path / "2", now=LATER)
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        bjorn = next(i for i in answer_overview(session) if i.candidate == "TS-0002" and i.address == BJORN)
    assert bjorn.answer == "DECLINED" and not bjorn.current and bjorn.state == "none"


def test_without_an_organizer_the_overview_says_why_nothing_can_go_out(tmp_path: Path) -> None:
    data = campaign_with(interview("TS-0001", "2024-04-23 09:00"))
    data.campaign = replace(data.campaign, organizer=None)
    path = create(tmp_path / "n.campaign", data)
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        overview = pending_overview(session)
    assert overview.items == [] and overview.problem is not None and "organizer" in overview.problem
