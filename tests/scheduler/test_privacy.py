"""Privacy: purge after the campaign, one person's data on request, the retention date, private logs.

The campaign is the demo (its dates are in 2024, so its last day and its retention date have passed),
planned, with the invitations exported once so that the file holds messages with names and addresses.
"""

from __future__ import annotations

import collections
import io
import json
import logging
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from scheduler import privacy
from scheduler.backups import backups_of, take_backup
from scheduler.cli import main
from scheduler.domain import CampaignData
from scheduler.errors import CampaignError
from scheduler.invitations.export import export_invitations_at
from scheduler.logs import log_path, setup_logging
from scheduler.operations import create_campaign
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign
from scheduler.store.models import (
    CampaignRow,
    CandidateWindowRow,
    ConflictRow,
    InvitationMessageRow,
    InvitationReplyRow,
    UnscheduledReasonRow,
)
from scheduler.store.plans import replace_plan

FIXTURES = Path(__file__).parents[1] / "fixtures"
FIRST = 8  # interviews whose invitations the template exported


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_template(planned_demo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The planned demo in a campaign file, with its reasons, and the invitations of its first
    interviews exported (all of them would take long, and a few show what a purge must remove)."""
    data, unscheduled = planned_demo
    folder = tmp_path_factory.mktemp("privacy-template")
    path = folder / "demo.campaign"
    conflicted = {c.candidate for c in data.conflicts}
    plan = sorted(data.interviews, key=lambda i: i.candidate not in conflicted)  # theirs first
    data.interviews = plan[:FIRST]
    create_campaign(path, data)
    export_invitations_at(path, folder / "invitations")
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        replace_plan(session, plan, unscheduled, "feasible", {})
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.campaign"
    shutil.copyfile(demo_template, path)
    path.chmod(0o600)
    return path


def load(path: Path) -> CampaignData:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return load_campaign(session)


def count(path: Path, table: type) -> int:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def figures(data: CampaignData) -> dict[str, object]:
    """What must survive a purge: interviews per profile, day, room and panel, members' loads."""
    profile_of = {c.reference: c.profile for c in data.candidates}
    zone = data.campaign.zone
    return {
        "interviews": len(data.interviews),
        "per_profile": collections.Counter(profile_of[i.candidate] for i in data.interviews),
        "per_day": collections.Counter(i.start.astimezone(zone).date() for i in data.interviews),
        "per_room": collections.Counter(i.room for i in data.interviews),
        "per_panel": collections.Counter(tuple(i.members) for i in data.interviews),
        "member_loads": collections.Counter(m for i in data.interviews for m in i.members),
        "starts": sorted(i.start for i in data.interviews),
        "candidates": collections.Counter((c.profile, c.status, c.mode) for c in data.candidates),
    }


def personal_texts(data: CampaignData) -> list[str]:
    """The candidates' names, addresses and notes (minus names a panel member also has: members stay)."""
    member_names = {m.name for m in data.members}
    texts = {c.name for c in data.candidates if c.name not in member_names}
    texts |= {c.email for c in data.candidates if c.email}
    texts |= {c.notes for c in data.candidates if c.notes}
    texts |= {c.reason for c in data.conflicts if c.reason}
    return sorted(texts)


# --------------------------------------------------------------------------------------------------
# purge
# --------------------------------------------------------------------------------------------------


def test_purge_anonymises_the_candidates_and_keeps_the_figures(demo: Path, capsys) -> None:
    before = load(demo)
    assert len(before.interviews) > 50 and before.conflicts
    take_backup(demo, "before-plan")
    code, out, err = run(capsys, "purge", demo, "--yes")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        f"{demo}: {len(before.candidates)} candidates anonymised, "
        f"{len(before.interviews)} interviews kept for the figures, 1 backup deleted."
    )
    after = load(demo)
    assert figures(after) == figures(before)
    assert {c.name for c in after.candidates} == {privacy.ANONYMISED_NAME}
    assert not {c.reference for c in after.candidates} & {c.reference for c in before.candidates}
    for candidate in after.candidates:
        assert candidate.email is None and candidate.notes == "" and candidate.timezone is None
        assert candidate.local_hours is None and not candidate.available and not candidate.unavailable
        assert candidate.extra_minutes == 0 and candidate.accessible_room is False
    assert after.conflicts == []
    for table in (ConflictRow, CandidateWindowRow, UnscheduledReasonRow, InvitationMessageRow,
                  InvitationReplyRow):
        assert count(demo, table) == 0, table.__tablename__
    assert after.members == before.members and after.rooms == before.rooms and after.panels == before.panels
    with CampaignFile.open(demo) as campaign, campaign.transaction() as session:
        assert privacy.purged_at(session) is not None
    assert demo.stat().st_mode & 0o077 == 0


def test_no_name_or_address_is_left_in_the_file_bytes_nor_in_a_backup(demo: Path, capsys) -> None:
    texts = personal_texts(load(demo))
    raw = demo.read_bytes()
    assert sum(text.encode() in raw for text in texts) > len(texts) * 0.9  # the test would see them
    take_backup(demo, "before-plan")
    take_backup(demo, "before-restore")
    code, out, _ = run(capsys, "purge", demo, "--yes")
    assert code == 0 and "2 backups deleted." in out
    raw = demo.read_bytes()
    left = [text for text in texts if text.encode() in raw]
    assert left == []
    assert backups_of(demo) == []
    assert sorted(p.name for p in demo.parent.iterdir()) == ["demo.campaign"]  # no journal, no backup


def test_purge_before_the_last_day_is_refused_and_the_file_is_unchanged(demo: Path, capsys) -> None:
    with CampaignFile.open(demo) as campaign, campaign.transaction() as session:
        row = session.get(CampaignRow, 1)
        assert row is not None
        row.end_date = date.today() + timedelta(days=30)
        end = row.end_date
    before = demo.read_bytes()
    code, out, err = run(capsys, "purge", demo, "--yes")
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == [
        f"The campaign runs until {end.isoformat()}: purge its personal data after that day, "
        "or add --before-end to purge it now."
    ]
    assert demo.read_bytes() == before
    with pytest.raises(privacy.PurgeTooEarly):
        privacy.purge_at(demo, today=end)  # the last day itself is not past
    assert demo.read_bytes() == before
    code, out, _ = run(capsys, "purge", demo, "--yes", "--before-end")
    assert code == 0 and "candidates anonymised" in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_purge_asks_on_a_terminal_and_refuses_without_yes_elsewhere(
    demo: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = demo.read_bytes()
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))  # not a terminal: no question asked
    code, _, err = run(capsys, "purge", demo)
    assert code == 2 and "add --yes" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    code, _, err = run(capsys, "purge", demo)
    assert code == 1 and "This cannot be undone. [y/N]" in err and "unchanged" in err
    assert demo.read_bytes() == before
    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    code, out, _ = run(capsys, "purge", demo)
    assert code == 0 and "candidates anonymised" in out


def test_after_a_purge_invitations_can_no_longer_be_exported_or_sent(
    demo: Path, tmp_path: Path, capsys
) -> None:
    report = privacy.purge_at(demo)
    day = report.purged_at.astimezone(load(demo).campaign.zone).date()
    sentence = (
        f"This campaign's personal data was purged on {day.isoformat()}; invitations can no longer be sent."
    )
    code, _, err = run(capsys, "export", demo, "--invitations", tmp_path / "out")
    assert code == 1 and err.strip() == sentence
    assert not (tmp_path / "out").exists()
    code, _, err = run(capsys, "send", demo, "--smtp", "127.0.0.1:9")  # refused before any connection
    assert code == 1 and err.strip() == sentence


def test_backups_are_private_to_their_owner(demo: Path) -> None:
    demo.chmod(0o644)  # even beside a campaign someone made readable to others
    backup = take_backup(demo, "before-plan")
    assert backup.stat().st_mode & 0o077 == 0


def test_purging_twice_is_harmless(demo: Path) -> None:
    first = privacy.purge_at(demo)
    second = privacy.purge_at(demo)
    assert (second.candidates, second.interviews) == (first.candidates, first.interviews)
    assert second.backups_deleted == 0
    assert second.compacted


# --------------------------------------------------------------------------------------------------
# export --person
# --------------------------------------------------------------------------------------------------


def _richest_candidate(data: CampaignData) -> str:
    """A candidate with a conflict, and an interview whose invitation was exported, where one has both."""
    exported = {i.candidate for i in data.interviews[:FIRST]}
    conflicted = {c.candidate for c in data.conflicts}
    return max(sorted(conflicted), key=lambda ref: ref in exported)


def _richest_member(data: CampaignData) -> str:
    """A member with a conflict who sits in an interview whose invitations were exported, if any."""
    sitting = [m for i in data.interviews[:FIRST] for m in i.members]
    conflicted = {c.member for c in data.conflicts}
    return max(sitting, key=lambda email: email in conflicted)


def test_export_person_gives_a_candidate_everything_about_them_and_nobody_else(
    demo: Path, tmp_path: Path, capsys
) -> None:
    data = load(demo)
    reference = _richest_candidate(data)
    candidate = data.candidate(reference)
    assert candidate is not None and candidate.email
    target = tmp_path / "person.json"
    code, out, err = run(capsys, "export", demo, "--person", candidate.email.upper(), target)
    assert (code, err) == (0, "") and "written" in out
    assert target.stat().st_mode & 0o777 == 0o600
    text = target.read_text("utf-8")
    document = json.loads(text)
    assert document["format"] == "interview-scheduler-person-v1"
    assert document["campaign"] == data.campaign.name
    assert datetime.fromisoformat(document["exported_at"]) <= datetime.now(UTC)
    assert document["member"] is None
    [record] = [c for c in document["candidates"] if c["reference"] == reference]
    assert record["name"] == candidate.name and record["email"] == candidate.email
    assert record["notes"] == candidate.notes
    windows = len(candidate.available) + len(candidate.unavailable)
    assert len(record["availability"]) == windows
    names = {m.email: m.name for m in data.members}
    assert sorted(c["member"] for c in record["conflicts"]) == sorted(
        names[c.member] for c in data.conflicts if c.candidate == reference
    )
    interview = next((i for i in data.interviews if i.candidate == reference), None)
    if interview is None:
        assert record["interview"] is None
    else:
        assert datetime.fromisoformat(record["interview"]["start"]) == interview.start
        assert record["interview"]["start"].endswith("+00:00")
        assert datetime.fromisoformat(record["interview"]["start_local"]) == interview.start
        assert record["interview"]["panel_members"] == [names[m] for m in interview.members]
        assert record["interview"]["room"] == interview.room
        assert [m["role"] for m in record["invitations"]] == ["candidate"]
        assert "BEGIN:VCALENDAR" in record["invitations"][0]["ics"]
    others = {c.name for c in data.candidates if c.reference != reference} - {candidate.name}
    assert [name for name in others if name in text] == []


def test_export_person_gives_a_member_their_data_with_candidates_by_reference_only(
    demo: Path, tmp_path: Path, capsys
) -> None:
    data = load(demo)
    email = _richest_member(data)
    member = data.member(email)
    assert member is not None
    target = tmp_path / "member.json"
    code, _, _ = run(capsys, "export", demo, "--person", email, target)
    assert code == 0
    text = target.read_text("utf-8")
    document = json.loads(text)
    section = document["member"]
    assert (section["email"], section["name"], section["roles"]) == (member.email, member.name, member.roles)
    assert {p["name"] for p in section["panels"]} == {p.name for p in data.panels if email in p.members}
    assert {c["candidate"] for c in section["conflicts"]} == {
        c.candidate for c in data.conflicts if c.member == email
    }
    sits = sorted(i.candidate for i in data.interviews if email in i.members)
    assert sorted(i["candidate"] for i in section["interviews"]) == sits and sits
    assert section["invitations"] and all("ics" not in m for m in section["invitations"])
    member_names = {m.name for m in data.members}
    leaked = [c.name for c in data.candidates if c.name not in member_names and c.name in text]
    assert leaked == []
    assert not [c.email for c in data.candidates if c.email and c.email in text]


def test_export_person_for_nobody_is_one_sentence_and_writes_nothing(
    demo: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "nobody.json"
    code, out, err = run(capsys, "export", demo, "--person", "nobody@example.org", target)
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == [
        "nobody@example.org: no candidate or panel member of this campaign has that e-mail or reference."
    ]
    assert not target.exists()


def test_export_person_never_overwrites_a_file(demo: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "there.json"
    target.write_text("keep me")
    reference = load(demo).candidates[0].reference
    code, _, err = run(capsys, "export", demo, "--person", reference, target)
    assert code == 1 and "already exists" in err
    assert target.read_text() == "keep me"


# --------------------------------------------------------------------------------------------------
# retention
# --------------------------------------------------------------------------------------------------


def test_check_reminds_of_the_retention_date_once_it_has_passed(demo: Path, capsys) -> None:
    end = load(demo).campaign.end_date
    retention = end + timedelta(days=privacy.DEFAULT_RETENTION_DAYS)
    code, out, _ = run(capsys, "check", demo)
    reminder = (
        f"The retention date ({retention.isoformat()}) has passed: purge the candidates' personal data "
        f"with `interview-scheduler purge {demo}`."
    )
    assert reminder in out.splitlines()
    assert code == 0  # a reminder, not a broken rule
    privacy.purge_at(demo)
    code, out, _ = run(capsys, "check", demo)
    assert "retention date" not in out


def test_the_retention_date_is_the_end_plus_180_days_unless_set(demo: Path) -> None:
    with CampaignFile.open(demo) as campaign, campaign.transaction() as session:
        end = load_campaign(session).campaign.end_date
        assert privacy.retention_date(session) == end + timedelta(days=180)
        assert privacy.retention_is_default(session)
        assert privacy.retention_passed(session, end + timedelta(days=181))
        assert not privacy.retention_passed(session, end + timedelta(days=180))
        with pytest.raises(CampaignError, match="cannot be before the campaign's last day"):
            privacy.set_retention(session, end - timedelta(days=1))
        privacy.set_retention(session, end + timedelta(days=800))
    with CampaignFile.open(demo) as campaign, campaign.transaction() as session:
        assert privacy.retention_date(session) == end + timedelta(days=800)
        assert not privacy.retention_passed(session, end + timedelta(days=181))
        assert privacy.retention_reminder(session, demo, end + timedelta(days=181)) is None
        privacy.set_retention(session, None)
        assert privacy.retention_date(session) == end + timedelta(days=180)


# --------------------------------------------------------------------------------------------------
# logs
# --------------------------------------------------------------------------------------------------


def _log_text() -> str:
    return "".join(p.read_text("utf-8") for p in log_path().parent.glob("*.log*"))


def test_the_log_holds_no_name_nor_address_of_anyone(demo: Path, tmp_path: Path, capsys) -> None:
    data = load(demo)
    with CampaignFile.open(demo) as campaign, campaign.transaction() as session:
        replace_plan(session, data.interviews[:FIRST], {}, "feasible", {})  # fewer invitations to write
    candidate = next(c for c in data.candidates if c.email)
    steps = [
        ["import", demo, FIXTURES / "spreadsheets" / "candidats-excel-fr.csv"],
        ["import-busy", demo, "--person", candidate.email, FIXTURES / "calendars" / "google-bjorn.ics"],
        ["check", demo],
        ["export", demo, "--json", tmp_path / "all.json"],
        ["export", demo, "--schedule", tmp_path / "plan.csv"],
        ["export", demo, "--invitations", tmp_path / "invitations", "--all"],
        ["export", demo, "--person", candidate.email, tmp_path / "person.json"],
        ["export", demo, "--person", "nobody@example.org", tmp_path / "nobody.json"],
        ["purge", demo, "--yes"],
    ]
    for argv in steps:
        run(capsys, *argv)
    imported = json.loads((tmp_path / "all.json").read_text("utf-8"))
    people = {c["name"] for c in imported["candidates"]} | {m["name"] for m in imported["members"]}
    people |= {c["email"] for c in imported["candidates"] if c.get("email")}
    people |= {m["email"] for m in imported["members"]} | {"nobody@example.org"}
    notes = {c["notes"] for c in imported["candidates"] if c.get("notes")}
    text = _log_text()
    assert "command purge" in text and "command import-busy" in text
    assert [p for p in sorted(people | notes) if p in text] == []


def test_sending_logs_references_not_addresses(tmp_path: Path) -> None:
    from scheduler.invitations.sending import SendOptions, Server, send_invitations_at
    from tests.scheduler.builders import interview
    from tests.scheduler.invitations import smtp_server
    from tests.scheduler.invitations.support import campaign_with, create

    setup_logging()
    data = campaign_with(interview("TS-0001", "2024-04-23 09:00"))
    path = create(tmp_path / "s.campaign", data)
    greylisted = next(c.email for c in data.candidates if c.reference == "TS-0001")
    assert greylisted
    inbox = smtp_server.Inbox(greylist={greylisted: 1})
    controller = smtp_server.start(inbox)
    try:
        report = send_invitations_at(path, Server("127.0.0.1", controller.port, "plain"),
                                     options=SendOptions(sleep=lambda seconds: None), say=lambda text: None)
    finally:
        controller.stop()
    assert report.ok and inbox.messages
    text = _log_text()
    assert "sent REQUEST" in text and "TS-0001" in text and "retrying" in text
    addresses = {c.email for c in data.candidates if c.email} | {m.email for m in data.members}
    assert [a for a in addresses if a.casefold() in text.casefold()] == []


def test_an_address_in_an_error_is_masked_in_the_log() -> None:
    setup_logging()
    try:
        raise ValueError("refused <l.nowak@example.net>")
    except ValueError:
        logging.getLogger("scheduler.test").exception(
            "sending to l.nowak@example.net failed, uid x@interview-scheduler"
        )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = _log_text()
    assert "l.nowak@example.net" not in text
    assert "sending to <e-mail> failed, uid x@interview-scheduler" in text and "refused <<e-mail>>" in text
