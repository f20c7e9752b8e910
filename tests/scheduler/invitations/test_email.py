"""The .eml files: layout, method, privacy, and nothing typed can add a header or a calendar line."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from scheduler.domain import Organizer
from tests.scheduler import builders
from tests.scheduler.builders import PANEL, interview
from tests.scheduler.invitations.support import (
    NOW,
    ORGANIZER,
    calendar_parts,
    campaign_with,
    create,
    export,
    load,
    manifest,
    parse_with_vobject,
    read_eml,
    set_plan,
)

ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
ICS_NAMES = {
    "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "TZID", "DTSTART", "RRULE", "TZNAME",
    "TZOFFSETFROM", "TZOFFSETTO", "SUMMARY", "DTEND", "DTSTAMP", "UID", "SEQUENCE", "ATTENDEE", "CLASS",
    "DESCRIPTION", "LOCATION", "ORGANIZER", "STATUS", "TRANSP", "URL", "ACTION", "TRIGGER",
    "X-WR-CALNAME",
}


def _everything_in(message) -> str:
    """Headers and every part decoded, as one text."""
    texts = [f"{name}: {value}" for name, value in message.items()]
    for part in message.walk():
        texts.extend(f"{name}: {value}" for name, value in part.items())
        if not part.is_multipart():
            content = part.get_content()
            text = content.decode() if isinstance(content, bytes) else content
            texts.append(text.replace("\r\n ", "").replace("\n ", ""))  # calendar lines unfolded
    return "\n".join(texts)


def _exported(tmp_path: Path, data) -> tuple[Path, Path, dict]:
    path = create(tmp_path / "e.campaign", data)
    export(path, tmp_path / "out")
    return path, tmp_path / "out", manifest(tmp_path / "out")


def test_layout_is_mixed_alternative_with_the_calendar_inside_and_attached(tmp_path: Path) -> None:
    _, out, document = _exported(tmp_path, campaign_with(interview("TS-0001", "2024-04-23 09:00")))
    entry = next(e for e in document["messages"] if e["role"] == "candidate")
    message = read_eml(out / entry["eml"])
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alternative.iter_parts()] == [
        "text/plain", "text/html", "text/calendar"]
    calendar = list(alternative.iter_parts())[2]
    assert calendar.get_param("method") == "REQUEST" and calendar.get_param("charset") == "UTF-8"
    assert attachment.get_content_type() == "application/ics"
    assert attachment.get_filename() == "invite.ics"
    ics = (out / entry["ics"]).read_bytes()
    assert calendar.get_content().encode() == ics and attachment.get_content() == ics
    assert message["From"].addresses[0].addr_spec == ORGANIZER.email
    assert message["To"].addresses[0].addr_spec == "ts-0001@candidates.example.net"
    assert message["Subject"] == "Invitation to an interview on Tuesday 23 April 2024 at 09:00"
    raw = (out / entry["eml"]).read_bytes()
    assert b"\r\nContent-Type: text/calendar; method=REQUEST; charset=UTF-8\r\n" in raw
    assert raw.count(b"MIME-Version:") == 1 and b"\n\n" not in raw.replace(b"\r\n", b"")
    html = list(alternative.iter_parts())[1].get_content()
    assert "Rue de la Loi 200" in html and "<p>" in html


def test_method_in_content_type_equals_the_method_of_the_file(tmp_path: Path) -> None:
    path, out, _ = _exported(
        tmp_path,
        campaign_with(interview("TS-0001", "2024-04-23 09:00"), interview("TS-0002", "2024-04-23 10:00")),
    )
    set_plan(path, [i for i in load(path).interviews if i.candidate == "TS-0001"])
    export(path, tmp_path / "2", now=NOW + timedelta(hours=1))
    entries = manifest(tmp_path / "2")["messages"]
    assert {e["method"] for e in entries} == {"CANCEL"}
    for folder, listing in ((out, manifest(out)["messages"]), (tmp_path / "2", entries)):
        for entry in listing:
            message = read_eml(folder / entry["eml"])
            method = parse_with_vobject((folder / entry["ics"]).read_bytes()).method
            assert method == entry["method"]
            [inline] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
            assert inline.get_param("method") == method
            line = f"\r\nContent-Type: text/calendar; method={method}; charset=UTF-8\r\n".encode()
            assert line in (folder / entry["eml"]).read_bytes()
            assert all(f"METHOD:{method}" in p.get_content().decode() if isinstance(p.get_content(), bytes)
                       else f"METHOD:{method}" in p.get_content() for p in calendar_parts(message))


def test_the_candidate_message_names_no_other_address(tmp_path: Path) -> None:
    data = campaign_with(interview("TS-0001", "2024-04-23 09:00"),
                         interview("R-0001", "2024-04-23 15:00", room="Video 1"))
    _, out, document = _exported(tmp_path, data)
    for entry in document["messages"]:
        message = read_eml(out / entry["eml"])
        text = _everything_in(message)
        found = {a.lower() for a in ADDRESS.findall(text)} - {"invitation@recruitment.example.org"}
        found = {a for a in found if not a.endswith("@interview-scheduler")}
        found = {a for a in found if not re.match(r"^\d", a)}  # Message-ID
        candidate_address = f"{entry['candidate'].lower()}@candidates.example.net"
        if entry["role"] == "candidate":
            assert found == {entry["recipient"], ORGANIZER.email}
            parsed = parse_with_vobject((out / entry["ics"]).read_bytes()).events[0]
            assert parsed.attendees == [entry["recipient"]] and parsed.organizer == ORGANIZER.email
        else:
            assert found == {*PANEL, ORGANIZER.email}
            assert candidate_address not in text
            assert entry["candidate"] in message["Subject"]
            assert f"Candidate {entry['candidate']}" in text


def test_typed_text_cannot_inject_headers_or_calendar_lines(tmp_path: Path) -> None:
    evil = "Eve\r\nBcc: victim@evil.example\r\nX-Injected: 1"
    data = campaign_with(interview("TS-0001", "2024-04-23 09:00"),
                         interview("R-0001", "2024-04-23 15:00", room="Video 1"),
                         organizer=Organizer("Recruitment\nBcc: boss@evil.example", ORGANIZER.email))
    builders.change_candidate(data, "TS-0001", name=evil, notes="secret\r\nBCC: x@evil.example")
    builders.change_member(data, builders.ANNE, name="Anne\r\nATTENDEE:mailto:spy@evil.example")
    builders.change_room(data, "Room 1", location="Rue\r\nEND:VEVENT\r\nBEGIN:VEVENT")
    builders.change_room(data, "Video 1", url="https://video.example.org/x\r\nX-Injected: 1")
    data.campaign.name = "Round\r\nSubject: fake"
    _, out, document = _exported(tmp_path, data)
    for entry in document["messages"]:
        raw = (out / entry["eml"]).read_bytes()
        message = read_eml(out / entry["eml"])
        headers = {name.lower() for part in message.walk() for name in part}
        assert headers <= {"from", "to", "subject", "date", "message-id", "content-language", "mime-version",
                           "content-type", "content-transfer-encoding", "content-disposition"}
        assert b"\nBcc:" not in raw and b"\nX-Injected" not in raw and b"\nBCC:" not in raw
        assert message["Subject"].count("\n") == 0
        ics = (out / entry["ics"]).read_bytes().decode()
        lines = ics.replace("\r\n ", "").split("\r\n")
        assert lines[-1] == "" and all("\n" not in line and "\r" not in line for line in lines)
        names = {re.split(r"[;:]", line, maxsplit=1)[0] for line in lines if line}
        assert names <= ICS_NAMES, names - ICS_NAMES
        assert lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VEVENT") == 1
        parsed = parse_with_vobject(ics).events[0]
        assert "spy@evil.example" not in parsed.attendees
        assert "X-Injected" not in ics.split("URL:")[-1].split("\r\n")[0]
        assert "secret" not in _everything_in(message)  # HR notes never go out
    candidate = next(
        e for e in document["messages"] if e["role"] == "candidate" and e["candidate"] == "TS-0001")
    message = read_eml(out / candidate["eml"])
    assert message["To"].addresses[0].display_name == "Eve Bcc: victim@evil.example X-Injected: 1"
    assert message["To"].addresses[0].addr_spec == "ts-0001@candidates.example.net"
    remote = next(e for e in document["messages"] if e["role"] == "candidate" and e["candidate"] == "R-0001")
    assert "\r\nURL" not in (out / remote["ics"]).read_bytes().decode()  # a link with a line break is no link


def test_non_ascii_names_are_encoded_and_read_back(tmp_path: Path) -> None:
    data = campaign_with(interview("TS-0001", "2024-04-23 09:00"))
    builders.change_candidate(data, "TS-0001", name="Łucja Nowak-Żółć")
    _, out, document = _exported(tmp_path, data)
    entry = next(e for e in document["messages"] if e["role"] == "candidate")
    raw = (out / entry["eml"]).read_bytes()
    assert raw.isascii()
    message = read_eml(out / entry["eml"])
    assert message["To"].addresses[0].display_name == "Łucja Nowak-Żółć"
    assert "Dear Łucja Nowak-Żółć," in message.get_body(("plain",)).get_content()
    parsed = parse_with_vobject((out / entry["ics"]).read_bytes()).events[0]
    assert parsed.component.attendee.params["CN"] == ["Łucja Nowak-Żółć"]
