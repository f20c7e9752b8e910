"""Hostile invitation replies (.ics with METHOD:REPLY, or a saved .eml): one sentence or a bounded record,
all or nothing, through the real `import` command.

The campaign is the one the reply fixtures in tests/fixtures/replies answer (see conftest.py); the
hostile variants are in corpus/replies.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from scheduler.errors import CampaignError
from scheduler.invitations.replies import MAX_COMMENT, read_replies
from scheduler.store.database import CampaignFile
from scheduler.store.models import InvitationReplyRow
from tests.conftest import FIXTURES
from tests.fuzz.support import CORPUS, bounded, one_sentence, refused_and_unchanged, run

REPLIES = CORPUS / "replies"
OUTLOOK = (FIXTURES / "replies" / "outlook-declined.ics").read_text(encoding="utf-8")
COMMENT = "Ich bin an diesem Tag auf einer Konferenz in Wien, tut mir leid."

REFUSED = {
    "attendee-not-invited.ics": "the answer comes from \\u202eevil [1m@example.org, but that invitation",
    "bad-base64.eml": "is not an iCalendar (.ics) file.",
    "binary.eml": "is neither an invitation reply (.ics) nor an e-mail holding one",
    "broken-line.ics": "is a damaged iCalendar file (the line 'this line has no colon'",
    "cut-short.ics": "is cut short",
    "deep-message-nesting.eml": "is an e-mail with parts nested too deeply to be a reply;",
    "delegated-to-escape.ics": "is a damaged iCalendar file (the line 'ATTENDEE;PARTSTAT=DELEGATED;",
    "no-vevent.ics": "the reply holds no event (VEVENT); nothing was recorded.",
    "partstat-escape.ics": "is a damaged iCalendar file (the line 'ATTENDEE;PARTSTAT=?[2J?[31mDECLINEDXXX",
    "sequence-huge.ics": "the reply's SEQUENCE is not a whole number from 0 to 2,147,483,647",
    "sequence-negative.ics": "the reply's SEQUENCE is not a whole number from 0 to 2,147,483,647",
    "uid-huge.ics": "answers an invitation this campaign never sent (UID [2Juuuu",
    "vtimezone-every-second.ics": "the time zone 'W. Europe Standard Time' (VTIMEZONE) changes its offset "
    "by a rule that is not yearly (RRULE:FREQ=SECONDLY)",
}
# Recorded: the start of the comment as stored (one line, at most 500 characters).
RECORDED = {
    "comment-injection.ics": "line one ATTENDEE:mailto:spy@evil.example\\r END:VEVENT [2J\u202eIch bin an",
    "dtstamp-garbage.ics": COMMENT,
    "dtstamp-year-9999.ics": COMMENT,
    "header-injection.eml": COMMENT,
    "nested-multipart.eml": COMMENT,
}
# Not a reply (METHOD:REQUEST), so read as a holiday calendar: it holds none.
OTHER = {"method-request.ics": "0 holidays added, 0 updated."}


def replies_of(campaign: Path) -> list[InvitationReplyRow]:
    with CampaignFile.open(campaign) as opened, opened.transaction() as session:
        return list(session.scalars(select(InvitationReplyRow).order_by(InvitationReplyRow.id)))


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(p.name for p in REPLIES.iterdir()) == sorted([*REFUSED, *RECORDED, *OTHER])
    assert all(p.stat().st_size < 200_000 for p in REPLIES.iterdir())


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_reply_is_refused_in_one_sentence_and_records_nothing(sent_campaign: Path, name) -> None:
    path = REPLIES / name
    with bounded(seconds=20, megabytes=None):
        outcome = refused_and_unchanged(sent_campaign, "import", sent_campaign, path, prefix=f"{path}: ")
    assert REFUSED[name] in outcome.err, outcome.err
    assert "\x1b" not in outcome.err


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_a_hostile_reply_that_answers_is_recorded_on_one_line(sent_campaign: Path, name: str) -> None:
    outcome = run("import", sent_campaign, REPLIES / name)
    assert outcome.code == 0, outcome
    (row,) = replies_of(sent_campaign)
    assert row.partstat == "DECLINED" and row.recipient == "b.schmidt@example.org"
    assert row.comment is not None and row.comment.startswith(RECORDED[name])
    assert len(row.comment) <= MAX_COMMENT and "\n" not in row.comment and "\x1b" not in row.comment
    assert "\x1b" not in outcome.out and len(outcome.out.strip().splitlines()) == 1


@pytest.mark.parametrize("name", sorted(OTHER))
def test_a_calendar_that_is_no_reply_is_read_as_holidays(sent_campaign: Path, name: str) -> None:
    outcome = run("import", sent_campaign, REPLIES / name)
    assert outcome.code == 0 and outcome.out.strip().endswith(OTHER[name])
    assert replies_of(sent_campaign) == []


def test_a_delegation_to_something_long_is_kept_short(sent_campaign: Path, tmp_path: Path) -> None:
    path = tmp_path / "delegated.ics"
    path.write_text(OUTLOOK.replace(
        "PARTSTAT=DECLINED", 'PARTSTAT=DELEGATED;DELEGATED-TO="mailto:' + "x" * 5000 + '@example.org"'))
    assert run("import", sent_campaign, path).code == 0
    (row,) = replies_of(sent_campaign)
    assert row.delegated_to is not None and len(row.delegated_to) <= 320


def _email_of_parts(count: int) -> str:
    calendar = base64.encodebytes(OUTLOOK.replace("\n", "\r\n").encode()).decode()
    parts = "".join("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(count))
    return ("From: b.schmidt@example.org\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts
            + "--b\r\nContent-Type: text/calendar; method=REPLY\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n" + calendar + "--b--\r\n")


def test_an_email_of_many_parts_is_refused_before_it_is_parsed(sent_campaign: Path, tmp_path: Path) -> None:
    """The e-mail library takes milliseconds per part: 20,000 parts took a minute."""
    path = tmp_path / "many.eml"
    path.write_text(_email_of_parts(20_000))
    with bounded(seconds=10, megabytes=None):
        refused_and_unchanged(sent_campaign, "import", sent_campaign, path,
                              prefix=f"{path}: is an e-mail of more than 1,000 parts")


def test_an_email_of_990_parts_is_read_in_bounded_time(sent_campaign: Path, tmp_path: Path) -> None:
    path = tmp_path / "parts.eml"
    path.write_text(_email_of_parts(990))
    with bounded(seconds=20, megabytes=None):
        outcome = run("import", sent_campaign, path)
    assert outcome.code == 0, outcome
    assert len(replies_of(sent_campaign)) == 1


def test_a_reply_with_thousands_of_attendees_takes_bounded_time(sent_campaign: Path, tmp_path: Path) -> None:
    crowd = "\n".join(f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:someone{i}@example.org" for i in range(50_000))
    path = tmp_path / "crowd.ics"
    path.write_text(OUTLOOK.replace("CLASS:PRIVATE", crowd))
    with bounded(seconds=30, megabytes=None):
        outcome = run("import", sent_campaign, path)
    assert outcome.code == 0, outcome
    assert [row.partstat for row in replies_of(sent_campaign)] == ["DECLINED"]


def test_one_unknown_event_among_many_records_none_of_them(sent_campaign: Path, tmp_path: Path) -> None:
    event = OUTLOOK[OUTLOOK.index("BEGIN:VEVENT"):OUTLOOK.index("END:VEVENT") + len("END:VEVENT\n")]
    stranger = event.replace("30811858-f764-56b0-87c9-1dde43bd02a0", "00000000-0000-0000-0000-000000000000")
    path = tmp_path / "mixed.ics"
    path.write_text(OUTLOOK.replace(event, event * 200 + stranger))
    refused_and_unchanged(sent_campaign, "import", sent_campaign, path,
                          prefix=f"{path}: answers an invitation this campaign never sent")


# --------------------------------------------------------------------------------------------------
# Generated replies

LINES = OUTLOOK.splitlines()
HOSTILE = st.sampled_from([
    "SEQUENCE:99999999999999999999", "SEQUENCE:x", "SEQUENCE:-1", "DTSTAMP:garbage",
    "DTSTAMP:20240316T080000", "UID:", "UID:" + "\u202e" * 10, "ATTENDEE:mailto:",
    "ATTENDEE;PARTSTAT=ACCEPTED:MAILTO:b.schmidt@EXAMPLE.org",
    "ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO=:mailto:b.schmidt@example.org", "COMMENT:" + "c" * 3000,
    "COMMENT:a\\nb\\r\\nc", "METHOD:PUBLISH", "METHOD:REPLY", "BEGIN:VEVENT", "END:VEVENT", "END:VCALENDAR",
    "BEGIN:VALARM", "X:\x1b[2J", "DTSTART:20240230T000000Z", "RRULE:FREQ=SECONDLY", ":", " continuation",
])


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.sampled_from(["insert", "delete", "replace"]),
                                st.integers(0, len(LINES) - 1), HOSTILE), min_size=1, max_size=4))
def test_any_mangled_reply_is_recorded_or_refused_and_then_nothing_changes(
    sent_campaign: Path, tmp_path: Path, edits: list[tuple[str, int, str]]
) -> None:
    lines = list(LINES)
    for action, index, line in edits:
        index = min(index, len(lines) - 1)
        if action == "insert":
            lines.insert(index, line)
        elif action == "delete" and len(lines) > 1:
            del lines[index]
        else:
            lines[index] = line
    path = tmp_path / "mangled.ics"
    path.write_text("\r\n".join(lines) + "\r\n")
    before = sent_campaign.read_bytes()
    outcome = run("import", sent_campaign, path)
    assert outcome.code in (0, 1) and "Unexpected error" not in outcome.err, outcome
    if outcome.code == 1:
        assert sent_campaign.read_bytes() == before
        one_sentence(outcome.err.strip(), f"{path}: ")
    for row in replies_of(sent_campaign):
        assert 0 <= row.sequence <= 2**31 - 1
        assert row.comment is None or ("\n" not in row.comment and len(row.comment) <= MAX_COMMENT)


EMAIL_LINES = st.sampled_from([
    b"From: a@b\r\n", b"Content-Type: multipart/mixed; boundary=x\r\n", b"\r\n", b"--x\r\n", b"--x--\r\n",
    b"Content-Type: text/calendar\r\n", b"Content-Transfer-Encoding: base64\r\n", b"QkVHSU46VkNBTEVOREFS\r\n",
    b"Content-Type: message/rfc822\r\n", b"BEGIN:VCALENDAR\r\n", b"METHOD:REPLY\r\n", b"END:VCALENDAR\r\n",
])


@settings(max_examples=100, deadline=None)
@given(data=st.one_of(st.binary(max_size=3000), st.lists(EMAIL_LINES, max_size=80).map(b"".join)))
def test_any_bytes_as_an_email_give_replies_or_one_sentence(data: bytes) -> None:
    try:
        with bounded(seconds=10, megabytes=None):
            replies = read_replies(data, "fuzz.eml")
    except CampaignError as error:
        one_sentence(str(error), "fuzz.eml: ")
        return
    assert replies
