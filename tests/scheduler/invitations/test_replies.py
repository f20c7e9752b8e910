"""Replies (METHOD:REPLY) as Outlook, Google and Thunderbird write them, and declines in `check`.

The fixtures in tests/fixtures/replies/ answer the invitations of `_campaign`, whose UID namespace is
fixed so that their UIDs are the ones it sends:
- outlook-declined.ics: Björn Schmidt (panel) declines TS-0001, with a COMMENT, Outlook's Windows
  zone and X-MS-OLK lines, `MAILTO:` in capitals and his address in mixed case;
- invite.ics: the attachment Google sends: candidate TS-0002 accepts;
- thunderbird-tentative.ics: Céline Dupont (panel) tentatively accepts TS-0003;
- gmail-declined.eml: the whole e-mail Gmail sends when candidate TS-0004 declines (text/calendar
  part with method=REPLY and invite.ics attached, both base64).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from scheduler.cli import main
from scheduler.invitations.replies import read_replies
from scheduler.store.database import CampaignFile
from scheduler.store.models import CampaignRow, InvitationReplyRow
from tests.conftest import FIXTURES
from tests.scheduler.builders import interview
from tests.scheduler.invitations.support import (
    REPLIED_INTERVIEWS,
    REPLIES_NAMESPACE,
    export,
    manifest,
    sent_campaign_in,
    set_plan,
)

REPLIES = FIXTURES / "replies"
NAMESPACE = REPLIES_NAMESPACE
INTERVIEWS = REPLIED_INTERVIEWS
BJORN_TS1 = "30811858-f764-56b0-87c9-1dde43bd02a0@interview-scheduler"
DECLINE = ("TS-0001: Björn Schmidt (b.schmidt@example.org, panel member) declined the interview on Tuesday "
           "23 April 2024 at 09:00 (Europe/Brussels)")
COMMENT = "Ich bin an diesem Tag auf einer Konferenz in Wien, tut mir leid."


@pytest.fixture(scope="module")
def sent_campaign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four interviews whose invitations went out (exported) with SEQUENCE 0; made once, copied."""
    return sent_campaign_in(tmp_path_factory.mktemp("replies"))


@pytest.fixture
def path(tmp_path: Path, sent_campaign: Path) -> Path:
    shutil.copytree(sent_campaign.parent / "sent", tmp_path / "sent")
    return Path(shutil.copyfile(sent_campaign, tmp_path / "r.campaign"))


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _replies(path: Path) -> list[InvitationReplyRow]:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return list(session.scalars(select(InvitationReplyRow).order_by(InvitationReplyRow.id)))


def _variant(tmp_path: Path, fixture: str, name: str, *changes: tuple[str, str]) -> Path:
    text = (REPLIES / fixture).read_bytes().decode("utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    target = tmp_path / name
    target.write_bytes(text.encode("utf-8"))
    return target


def test_the_fixtures_answer_invitations_the_campaign_sent(path: Path, tmp_path: Path) -> None:
    sent = {(m["uid"], m["recipient"]) for m in manifest(tmp_path / "sent")["messages"]}
    for name in ("outlook-declined.ics", "invite.ics", "thunderbird-tentative.ics", "gmail-declined.eml"):
        (reply,) = read_replies((REPLIES / name).read_bytes(), name)
        (answer,) = reply.answers
        assert (reply.uid, answer.address.lower()) in sent, name
        assert reply.sequence == 0


def test_an_outlook_decline_is_recorded_and_check_asks_for_a_replan(path: Path, capsys) -> None:
    source = REPLIES / "outlook-declined.ics"
    code, out, err = run(capsys, "import", path, source)
    assert (code, err) == (0, "")
    assert out.strip() == f'{source}: {DECLINE} ("{COMMENT}").'
    (row,) = _replies(path)
    assert (row.uid, row.recipient) == (BJORN_TS1, "b.schmidt@example.org")
    assert (row.candidate, row.role) == ("TS-0001", "member")
    assert (row.partstat, row.sequence, row.earlier_version) == ("DECLINED", 0, False)
    assert row.comment == COMMENT
    assert row.replied_at == datetime(2024, 3, 15, 10, 15, tzinfo=UTC)

    code, out, err = run(capsys, "check", path)
    assert code == 1
    assert out.splitlines() == [
        f'{DECLINE} ("{COMMENT}"); re-plan with `solve --replan` after changing the panel or the time.'
    ]
    assert err.strip() == ("1 declined invitation to re-plan, no rule broken; 4 interviews checked; "
                           "7 shortlisted candidates not yet planned.")


def test_accepted_and_tentative_answers_are_recorded_and_check_passes(path: Path, capsys) -> None:
    code, out, _ = run(capsys, "import", path, REPLIES / "invite.ics")
    assert code == 0 and out.strip().endswith(
        "TS-0002: Candidate TS-0002 (the candidate) accepted the interview on Tuesday 23 April 2024 at 10:00 "
        "(Europe/Brussels)."
    )
    code, out, _ = run(capsys, "import", path, REPLIES / "thunderbird-tentative.ics")
    assert code == 0 and out.strip().endswith(
        "TS-0003: Céline Dupont (c.dupont@example.org, panel member) tentatively accepted the interview on "
        "Tuesday 23 April 2024 at 11:00 (Europe/Brussels)."
    )
    rows = _replies(path)
    assert [(r.candidate, r.role, r.partstat) for r in rows] == [
        ("TS-0002", "candidate", "ACCEPTED"), ("TS-0003", "member", "TENTATIVE")
    ]
    code, out, _ = run(capsys, "check", path)
    assert code == 0 and out.startswith("No rule broken: 4 interviews checked")


def test_a_gmail_eml_is_read_from_its_calendar_part(path: Path, capsys) -> None:
    code, out, _ = run(capsys, "import", path, REPLIES / "gmail-declined.eml")
    assert code == 0
    assert out.strip().endswith("TS-0004: Candidate TS-0004 (the candidate) declined the interview on "
                                "Wednesday 24 April 2024 at 09:00 (Europe/Brussels).")
    (row,) = _replies(path)
    assert (row.recipient, row.partstat) == ("ts-0004@candidates.example.net", "DECLINED")
    code, out, _ = run(capsys, "check", path)
    assert code == 1
    assert out.splitlines() == [
        "TS-0004: Candidate TS-0004 (the candidate) declined the interview on Wednesday 24 April 2024 at "
        "09:00 (Europe/Brussels); re-plan with `solve --replan` after changing the time."
    ]


def test_importing_the_same_reply_twice_records_it_once(path: Path, capsys) -> None:
    run(capsys, "import", path, REPLIES / "outlook-declined.ics")
    code, out, _ = run(capsys, "import", path, REPLIES / "outlook-declined.ics")
    assert code == 0 and out.strip().endswith("(Already recorded; nothing changed.)")
    assert len(_replies(path)) == 1


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ((BJORN_TS1, "040000008200E00074C5B7101A82E00800000000@example.com"),
         "answers an invitation this campaign never sent (UID 040000008200E00074C5B7101A82E00800000000"
         "@example.com); nothing was recorded."),
        (("MAILTO:B.Schmidt@example.org", "mailto:someone.else@example.org"),
         "the answer comes from someone.else@example.org, but that invitation (TS-0001) went to "
         "b.schmidt@example.org; nothing was recorded."),
    ],
)
def test_an_unknown_invitation_or_attendee_is_refused_and_nothing_is_stored(
    path: Path, tmp_path: Path, capsys, change: tuple[str, str], expected: str
) -> None:
    source = _variant(tmp_path, "outlook-declined.ics", "reply.ics", change)
    before = path.read_bytes()
    code, out, err = run(capsys, "import", path, source)
    assert code == 1 and out == ""
    assert err.strip() == f"{source}: {expected}"
    assert path.read_bytes() == before


def test_a_reply_to_an_earlier_version_is_recorded_as_such_and_is_no_replan(
    path: Path, tmp_path: Path, capsys
) -> None:
    moved = [interview("TS-0001", "2024-04-25 14:00"), *(interview(r, t) for r, t in INTERVIEWS[1:])]
    set_plan(path, moved)
    export(path, tmp_path / "update")  # TS-0001's invitations go out again as SEQUENCE 1
    code, out, _ = run(capsys, "import", path, REPLIES / "outlook-declined.ics")
    assert code == 0
    assert "This answers an earlier version of the invitation (SEQUENCE 0; the latest sent is 1)" in out
    (row,) = _replies(path)
    assert row.earlier_version and row.sequence == 0
    assert run(capsys, "check", path)[0] == 0


def test_a_decline_no_longer_counts_once_the_plan_moved_that_interview(path: Path, capsys) -> None:
    run(capsys, "import", path, REPLIES / "outlook-declined.ics")
    assert run(capsys, "check", path)[0] == 1
    set_plan(path, [interview("TS-0001", "2024-04-25 14:00"), *(interview(r, t) for r, t in INTERVIEWS[1:])])
    code, out, _ = run(capsys, "check", path)  # the update is not even sent yet: the new time asks again
    assert code == 0 and out.startswith("No rule broken")


def test_a_later_acceptance_replaces_a_decline(path: Path, tmp_path: Path, capsys) -> None:
    run(capsys, "import", path, REPLIES / "outlook-declined.ics")
    changed_mind = _variant(tmp_path, "outlook-declined.ics", "accepted.ics",
                            ("PARTSTAT=DECLINED", "PARTSTAT=ACCEPTED"),
                            ("DTSTAMP:20240315T101500Z", "DTSTAMP:20240316T080000Z"))
    code, out, _ = run(capsys, "import", path, changed_mind)
    assert code == 0 and "Björn Schmidt (b.schmidt@example.org, panel member) accepted" in out
    assert [r.partstat for r in _replies(path)] == ["DECLINED", "ACCEPTED"]
    assert run(capsys, "check", path)[0] == 0


def test_a_delegation_is_recorded_and_asks_for_another_panel(path: Path, tmp_path: Path, capsys) -> None:
    delegated = _variant(tmp_path, "thunderbird-tentative.ics", "delegated.ics",
                         ("PARTSTAT=TENTATIVE",
                          'PARTSTAT=DELEGATED;DELEGATED-TO="mailto:e.rossi@example.org"'))
    assert run(capsys, "import", path, delegated)[0] == 0
    (row,) = _replies(path)
    assert (row.partstat, row.delegated_to) == ("DELEGATED", "e.rossi@example.org")
    code, out, _ = run(capsys, "check", path)
    assert code == 1
    assert out.strip() == (
        "TS-0003: Céline Dupont (c.dupont@example.org, panel member) delegated to e.rossi@example.org the "
        "interview on Tuesday 23 April 2024 at 11:00 (Europe/Brussels); re-plan with `solve --replan` after "
        "changing the panel or the time."
    )


def test_what_is_not_a_reply_is_refused_in_one_sentence(path: Path, tmp_path: Path, capsys) -> None:
    request = next((tmp_path / "sent").glob("TS-0001/*.eml"))
    before = path.read_bytes()
    code, _, err = run(capsys, "import", path, request)
    assert code == 1 and err.strip() == (
        f"{request}: is not an invitation reply (its METHOD is REQUEST, not REPLY); nothing was recorded."
    )
    note = tmp_path / "note.eml"
    note.write_bytes(b"From: someone@example.org\r\nSubject: hello\r\n\r\nJust a note.\r\n")
    code, _, err = run(capsys, "import", path, note)
    assert code == 1 and err.strip() == (
        f"{note}: is neither an invitation reply (.ics) nor an e-mail holding one (no text/calendar part, "
        "no .ics attached)."
    )
    code, _, err = run(capsys, "import", path, REPLIES / "invite.ics", "--kind", "holidays")
    assert code == 1 and "is an invitation reply, not holidays; import it without --kind." in err
    assert path.read_bytes() == before


def test_check_still_reports_a_decline_when_the_organizer_was_removed(path: Path, capsys) -> None:
    """Without an organizer no invitation can be made, so `check` compares with what went out."""
    run(capsys, "import", path, REPLIES / "outlook-declined.ics")
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        settings = session.get(CampaignRow, 1)
        assert settings is not None
        settings.organizer_email = None
    code, out, _ = run(capsys, "check", path)
    assert code == 1 and out.startswith(DECLINE)
