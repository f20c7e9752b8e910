"""Change tracking: a plan change gives exactly the updates and cancellations it should."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from scheduler.invitations.export import export_invitations
from scheduler.invitations.templates import set_template
from scheduler.invitations.tracking import pending_messages, record_delivery
from scheduler.store.database import CampaignFile
from scheduler.store.models import CandidateRow, InvitationMessageRow, RoomRow
from tests.scheduler.builders import ANNE, BJORN, CELINE, ELENA, PANEL, interview
from tests.scheduler.invitations.support import (
    NOW,
    campaign_with,
    create,
    export,
    load,
    manifest,
    parse_with_vobject,
    set_plan,
)

CANDIDATE = "candidate"
LATER = NOW + timedelta(days=1)


def _campaign(tmp_path: Path) -> Path:
    data = campaign_with(
        interview("TS-0001", "2024-04-23 09:00"),
        interview("TS-0002", "2024-04-23 10:00"),
        interview("TS-0003", "2024-04-23 11:00"),
        interview("TS-0004", "2024-04-24 09:00"),
        interview("R-0001", "2024-04-24 15:00", room="Video 1"),
    )
    return create(tmp_path / "t.campaign", data)


def _messages(directory: Path) -> dict[tuple[str, str], dict]:
    """manifest messages by (candidate, recipient); recipient 'candidate' for the candidate."""
    result = {}
    for entry in manifest(directory)["messages"]:
        who = CANDIDATE if entry["role"] == "candidate" else entry["recipient"]
        result[(entry["candidate"], who)] = entry
    return result


def _rows(path: Path) -> list[tuple]:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        rows = session.scalars(select(InvitationMessageRow).order_by(InvitationMessageRow.id)).all()
        return [(r.uid, r.recipient_key, r.channel, r.method, r.sequence, r.fingerprint, r.at, r.ics)
                for r in rows]


def _candidate_row(session, reference: str) -> CandidateRow:
    return session.scalars(select(CandidateRow).where(CandidateRow.reference == reference)).one()


def _edit(path: Path, work) -> None:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        work(session)


def test_first_export_invites_everyone_once_with_sequence_zero(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    report = export(path, tmp_path / "1")
    messages = _messages(tmp_path / "1")
    assert report.requests == 20 and report.cancels == 0 and report.calendars == 3
    assert all(m["method"] == "REQUEST" and m["sequence"] == 0 for m in messages.values())
    assert len({m["uid"] for m in messages.values()}) == 20
    assert set(messages) == {(ref, who) for ref in ("TS-0001", "TS-0002", "TS-0003", "TS-0004", "R-0001")
                             for who in (CANDIDATE, *PANEL)}


def test_an_export_with_no_change_writes_nothing_and_records_nothing(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    export(path, tmp_path / "1")
    before = _rows(path)
    report = export(path, tmp_path / "2", now=LATER)
    assert report.nothing_changed and "nothing changed" in report.described()
    assert (report.requests, report.cancels, report.calendars) == (0, 0, 0)
    assert manifest(tmp_path / "2") == {
        "format": "interview-scheduler.invitations", "version": 1, "messages": [], "calendars": [],
    }
    assert sorted(p.name for p in (tmp_path / "2").iterdir()) == ["manifest.json"]
    assert _rows(path) == before
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        assert pending_messages(session) == []


def test_plan_changes_give_exactly_the_updates_and_cancellations(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    export(path, tmp_path / "1")
    first = _messages(tmp_path / "1")
    plan = {i.candidate: i for i in load(path).interviews}
    moved = replace(plan["TS-0001"], start=plan["TS-0001"].start + timedelta(hours=4))
    new_panel = replace(plan["TS-0002"], members=[ANNE, ELENA, CELINE])
    # TS-0003 is withdrawn but still in the plan; TS-0004's interview is removed.
    set_plan(path, [moved, new_panel, plan["TS-0003"], plan["R-0001"]])
    _edit(path, lambda s: _candidate_row(s, "TS-0003").__setattr__("status", "withdrawn"))

    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        pending = {
            (m.candidate, CANDIDATE if m.role == "candidate" else m.recipient): (m.method, m.sequence, m.kind)
            for m in pending_messages(session)
        }
    report = export(path, tmp_path / "2", now=LATER)
    second = _messages(tmp_path / "2")
    got = {key: (m["method"], m["sequence"]) for key, m in second.items()}
    assert got == {
        # moved: everyone gets an update
        ("TS-0001", CANDIDATE): ("REQUEST", 1),
        **{("TS-0001", who): ("REQUEST", 1) for who in PANEL},
        # panel changed: Björn is cancelled, Elena invited, the two who stay updated; the candidate
        # sees no panel and gets nothing
        ("TS-0002", BJORN): ("CANCEL", 1),
        ("TS-0002", ELENA): ("REQUEST", 0),
        ("TS-0002", ANNE): ("REQUEST", 1),
        ("TS-0002", CELINE): ("REQUEST", 1),
        # withdrawn and removed: everyone who had the invitation gets a cancellation
        **{("TS-0003", who): ("CANCEL", 1) for who in (CANDIDATE, *PANEL)},
        **{("TS-0004", who): ("CANCEL", 1) for who in (CANDIDATE, *PANEL)},
    }
    assert {k: v[:2] for k, v in pending.items()} == got
    assert pending[("TS-0001", CANDIDATE)][2] == "update" and pending[("TS-0002", ELENA)][2] == "new"
    assert (report.requests, report.cancels) == (7, 9)
    for key, entry in second.items():
        if key in first:
            assert entry["uid"] == first[key]["uid"], key  # same UID: the client replaces its entry
        ics = parse_with_vobject((tmp_path / "2" / entry["ics"]).read_bytes())
        assert ics.method == entry["method"]
        assert ics.events[0].status == ("CANCELLED" if entry["method"] == "CANCEL" else "CONFIRMED")
        assert ics.events[0].sequence == entry["sequence"]
    assert second[("TS-0002", ELENA)]["uid"] not in {m["uid"] for m in first.values()}
    # overviews: for the members concerned, with what they have now
    calendars = {c["member"]: c["ics"] for c in manifest(tmp_path / "2")["calendars"]}
    assert set(calendars) == {ANNE, BJORN, CELINE, ELENA}
    bjorn = parse_with_vobject((tmp_path / "2" / calendars[BJORN]).read_bytes())
    assert len(bjorn.events) == 2  # TS-0001 and R-0001

    assert export(path, tmp_path / "3", now=LATER + timedelta(hours=1)).nothing_changed


def test_moving_back_and_forth_keeps_raising_the_sequence(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    original = load(path).interviews
    export(path, tmp_path / "1")
    sequences = []
    for step, hours in enumerate((2, 0, 2)):
        set_plan(path, [replace(i, start=i.start + timedelta(hours=hours)) if i.candidate == "TS-0001" else i
                        for i in original])
        export(path, tmp_path / f"m{step}", now=LATER + timedelta(hours=step))
        entry = _messages(tmp_path / f"m{step}")[("TS-0001", CANDIDATE)]
        sequences.append(entry["sequence"])
    assert sequences == [1, 2, 3]


def test_what_counts_as_a_change(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    export(path, tmp_path / "1")

    def rename_and_retext(session) -> None:
        row = _candidate_row(session, "TS-0001")
        row.name = "Another Name"
        row.notes = "private HR note"
        set_template(session, "candidate", "en", "request_subject", "Interview {date}")
    _edit(path, rename_and_retext)
    assert export(path, tmp_path / "2", now=LATER).nothing_changed  # texts are not significant

    def new_room_address(session) -> None:
        session.scalars(select(RoomRow).where(RoomRow.name == "Room 1")).one().location = "Building B"
    _edit(path, new_room_address)
    report = export(path, tmp_path / "3", now=LATER)
    assert report.requests == 16 and report.cancels == 0  # every onsite interview, all recipients
    assert {m["candidate"] for m in manifest(tmp_path / "3")["messages"]} == {
        "TS-0001", "TS-0002", "TS-0003", "TS-0004"}


def test_a_corrected_address_cancels_the_old_one_and_keeps_the_uid(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    export(path, tmp_path / "1")
    old = _messages(tmp_path / "1")[("TS-0001", CANDIDATE)]

    def new_address(session) -> None:
        row = _candidate_row(session, "TS-0001")
        row.email = "lucja.nowak@example.net"
    _edit(path, new_address)
    export(path, tmp_path / "2", now=LATER)
    entries = manifest(tmp_path / "2")["messages"]
    assert {(e["recipient"], e["method"], e["sequence"], e["uid"]) for e in entries} == {
        (old["recipient"], "CANCEL", 1, old["uid"]),
        ("lucja.nowak@example.net", "REQUEST", 1, old["uid"]),
    }


def test_all_rewrites_everything_current_but_no_cancellation_twice(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    export(path, tmp_path / "1")
    set_plan(path, [i for i in load(path).interviews if i.candidate != "TS-0004"])
    export(path, tmp_path / "2", now=LATER)
    report = export(path, tmp_path / "all", everything=True, now=LATER + timedelta(hours=1))
    entries = manifest(tmp_path / "all")["messages"]
    assert report.requests == 16 and report.cancels == 0 and report.calendars == 3
    assert {e["method"] for e in entries} == {"REQUEST"}
    assert {e["sequence"] for e in entries} == {0}  # nothing changed: the same versions again
    assert "TS-0004" not in {e["candidate"] for e in entries}
    stamp = parse_with_vobject((tmp_path / "all" / entries[0]["ics"]).read_bytes()).events[0].component
    assert stamp.dtstamp.value == (LATER + timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
    # --all with a pending cancellation writes it once
    set_plan(path, [i for i in load(path).interviews if i.candidate != "TS-0003"])
    report = export(path, tmp_path / "all2", everything=True, now=LATER + timedelta(hours=2))
    assert report.cancels == 4 and report.requests == 12


def test_channels_share_versions_and_never_cancel_what_they_did_not_deliver(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    export(path, tmp_path / "1")
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        to_send = pending_messages(session, channel="send")
        assert len(to_send) == 20 and {m.kind for m in to_send} == {"new"}
        assert {m.sequence for m in to_send} == {0}
        # the sender delivers only TS-0001's messages
        for message in to_send:
            if message.candidate == "TS-0001":
                record_delivery(session, message, message.calendar(NOW), channel="send", when=NOW)
    plan = {i.candidate: i for i in load(path).interviews}
    set_plan(path, [replace(plan["TS-0001"], start=plan["TS-0001"].start + timedelta(hours=5)),
                    plan["TS-0002"], plan["TS-0003"], plan["TS-0004"]])  # R-0001 removed
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        to_send = {(m.candidate, m.recipient, m.method): m.sequence
                   for m in pending_messages(session, channel="send")}
        exported = {(m.candidate, m.recipient, m.method): m.sequence for m in pending_messages(session)}
    # send: TS-0001's update; the rest still new for that channel; no cancel of R-0001, never sent
    assert ("TS-0001", "ts-0001@candidates.example.net", "REQUEST") in to_send
    assert to_send[("TS-0001", "ts-0001@candidates.example.net", "REQUEST")] == 1
    assert not any(key[0] == "R-0001" for key in to_send)
    assert len(to_send) == 16
    # export: TS-0001 updated with the same version number, R-0001 cancelled
    assert exported[("TS-0001", "ts-0001@candidates.example.net", "REQUEST")] == 1
    assert sum(1 for key in exported if key[0] == "R-0001" and key[2] == "CANCEL") == 4
    assert len(exported) == 8


def test_a_failed_export_records_nothing(tmp_path: Path, monkeypatch) -> None:
    from scheduler.invitations import export as export_module

    path = _campaign(tmp_path)

    def broken(workspace: Path, directory: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "_move_into_place", broken)
    import pytest

    from scheduler.errors import CampaignError

    with pytest.raises(CampaignError, match="could not be written"), \
            CampaignFile.open(path) as campaign, campaign.transaction() as session:
        export_invitations(session, tmp_path / "out", now=NOW)
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["t.campaign"]
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        assert session.scalar(select(func.count()).select_from(InvitationMessageRow)) == 0
    monkeypatch.undo()
    assert export(path, tmp_path / "out").requests == 20


def test_uids_are_stable_per_campaign_file_and_differ_between_files(tmp_path: Path) -> None:
    a = _campaign(tmp_path)
    b = create(tmp_path / "other.campaign", load(a))
    export(a, tmp_path / "a")
    export(b, tmp_path / "b")
    uids_a = {m["uid"] for m in manifest(tmp_path / "a")["messages"]}
    uids_b = {m["uid"] for m in manifest(tmp_path / "b")["messages"]}
    assert not uids_a & uids_b
    assert all(u.endswith("@interview-scheduler") for u in uids_a)
    assert datetime.now(UTC) > NOW
