"""Safe outputs: whatever people type (names, notes, rooms, locations, references, addresses), no CSV or
XLSX cell of ours starts a formula, no .ics property or e-mail header gains a line, no invitation file
lands outside the chosen folder, and only valid addresses are ever used.
"""

from __future__ import annotations

import csv
import email
import re
import tempfile
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from scheduler.domain import CampaignData, Organizer
from scheduler.errors import CampaignError
from scheduler.exports.spreadsheets import write_schedule_csv, write_schedule_xlsx
from scheduler.exports.tables import write_table_csv, write_table_xlsx
from scheduler.invitations.email import POLICY
from scheduler.invitations.events import clean_address, current_invitations, one_line, overview_uid
from scheduler.invitations.export import MAX_NAME, SafeNames, _inside, safe_name
from scheduler.invitations.ical import OverviewEntry, overview_calendar
from scheduler.invitations.templates import Templates
from scheduler.invitations.tracking import compose_message
from tests.scheduler import builders
from tests.scheduler.builders import interview
from tests.scheduler.invitations.support import campaign_with, create, export, manifest

NOW = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
NAMESPACE = uuid.UUID("0c7ad3f5-3d1e-4a52-9b7e-4f7d2f2c6a11")

# Whatever someone could type or paste: every line break Unicode knows, controls, formula starts, bidi
# overrides, header and calendar syntax, paths.
NASTY = [
    "\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00", "\x1b",
    "\x7f", "\t", "\u202e", "\u2066", "\u200b", "\ufeff", " ", "=", "+", "-", "@", "＝", "＋", "－", "＠",
    ":", ";", ",", '"', "\\", "'", "<", ">", "%", "|", "!", "Bcc: x@evil.example", "END:VEVENT",
    "BEGIN:VEVENT", "ATTENDEE:mailto:spy@evil.example", "=HYPERLINK(\"http://evil.example\",\"x\")",
    "=cmd|' /C calc'!A0", "../", "..\\", "/", "C:", "CON", "Subject: fake", "=?utf-8?q?x=0D=0AX:1?=",
]
TEXT = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=6)), max_size=8).map("".join)
NONEMPTY = TEXT.filter(lambda t: t.strip() != "")
ADDRESS_TEXT = st.one_of(
    st.emails().map(str), TEXT,
    st.builds(lambda a, b: f"{a}@{b}.example", TEXT, TEXT),
    st.sampled_from(["a@b.example\r\nBcc: x@evil.example", "<a@b.example>", "a@b.example, c@d.example",
                     "\"a b\"@example.org", "a@[127.0.0.1]", "a@b.example\x00", "a@b", "@b.example",
                     "a" * 250 + "@b.example", "mailto:a@b.example", "a@b.example\u202e"]),
)
FORMULA_CHARACTERS = tuple("=+-@＝＋－＠")


def starts_formula(text: str) -> bool:
    """Independent of the code under test: what Excel, LibreOffice and Google Sheets run from a CSV."""
    return text[:1] in ("\t", "\r", "\n") or text.lstrip()[:1] in FORMULA_CHARACTERS


# --------------------------------------------------------------------------------------------------
# CSV and XLSX


def _hides_a_formula(texts: list[str]) -> bool:
    """Text whose formula starts only once the characters XLSX cannot hold are removed (see
    test_a_control_character_cannot_hide_a_formula_from_the_quote_prefix)."""
    return any(starts_formula(ILLEGAL_CHARACTERS_RE.sub("", t)) != starts_formula(t) for t in texts)


def _assert_inert_workbook(path: Path) -> None:
    """No formula cell; a text that a spreadsheet would run once edited carries the quote prefix."""
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value.lstrip()[:1] in FORMULA_CHARACTERS:
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)


@settings(max_examples=25, deadline=None)
@given(headers=st.lists(TEXT, min_size=1, max_size=4), rows=st.lists(st.lists(TEXT, max_size=4), max_size=5))
def test_no_table_cell_starts_a_formula(headers: list[str], rows: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.csv"
        write_table_csv(path, headers, rows)
        with path.open(encoding="utf-8-sig", newline="") as source:
            cells = [cell for row in csv.reader(source, delimiter=";") for cell in row]
        assert all(not starts_formula(cell) or cell.startswith("'") for cell in cells), cells
        assume(not _hides_a_formula([*headers, *(t for row in rows for t in row)]))
        path = Path(folder) / "table.xlsx"
        write_table_xlsx(path, "=Table", headers, rows)
        _assert_inert_workbook(path)


def test_a_control_character_cannot_hide_a_formula_from_the_quote_prefix(tmp_path: Path) -> None:
    path = tmp_path / "hidden.xlsx"
    write_table_xlsx(path, "T", ["h"], [['\x01=HYPERLINK("http://evil.example","x")'], ["\x08 @SUM(A1)"]])
    _assert_inert_workbook(path)


def _rename_room(data: CampaignData, old: str, name: str, location: str) -> None:
    data.rooms = [replace(r, name=name, location=location) if r.name == old else r for r in data.rooms]
    data.interviews = [replace(i, room=name) if i.room == old else i for i in data.interviews]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NONEMPTY, reference=NONEMPTY, room=NONEMPTY, location=TEXT, member=TEXT, campaign=TEXT)
def test_no_schedule_cell_starts_a_formula(
    name: str, reference: str, room: str, location: str, member: str, campaign: str
) -> None:
    data = builders.planned(interview("TS-0001", "2024-04-23 09:00", room="Room 1"),
                            interview("TS-0002", "2024-04-23 11:00"))
    builders.change_candidate(data, "TS-0001", name=name, notes=name)
    builders.change_member(data, builders.ANNE, name=member)
    _rename_room(data, "Room 1", room, location)
    data.candidates = [
        replace(c, reference=reference) if c.reference == "TS-0002" else c for c in data.candidates]
    data.interviews[1] = replace(data.interviews[1], candidate=reference)
    data.campaign.name = campaign
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.csv"
        write_schedule_csv(data, {}, path)
        with path.open(encoding="utf-8-sig", newline="") as source:
            rows = list(csv.reader(source, delimiter=";"))
        assert len(rows) == 3  # the header and one row per interview: no typed text adds a row
        assert all(not starts_formula(cell) or cell.startswith("'") for row in rows for cell in row), rows
        assume(not _hides_a_formula([name, reference, room, location, member, campaign]))
        assume(not ILLEGAL_CHARACTERS_RE.search(campaign))  # see the test below
        path = Path(folder) / "plan.xlsx"
        write_schedule_xlsx(data, {reference: ["=1+1 no room"]}, path)
        _assert_inert_workbook(path)


def test_a_control_character_in_the_campaign_name_keeps_the_workbook_readable(tmp_path: Path) -> None:
    data = builders.planned(interview("TS-0001", "2024-04-23 09:00"))
    data.campaign.name = "Round\x0b1"
    write_schedule_xlsx(data, {}, tmp_path / "plan.xlsx")
    _assert_inert_workbook(tmp_path / "plan.xlsx")


# --------------------------------------------------------------------------------------------------
# Calendars and e-mails

ICS_NAMES = {
    "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "TZID", "DTSTART", "RRULE", "TZNAME",
    "TZOFFSETFROM", "TZOFFSETTO", "SUMMARY", "DTEND", "DTSTAMP", "UID", "SEQUENCE", "ATTENDEE", "CLASS",
    "DESCRIPTION", "LOCATION", "ORGANIZER", "STATUS", "TRANSP", "URL", "ACTION", "TRIGGER", "X-WR-CALNAME",
}
HEADERS = {"from", "to", "subject", "date", "message-id", "content-language", "mime-version", "content-type",
           "content-transfer-encoding", "content-disposition"}


def _content_lines(calendar: bytes) -> list[str]:
    """The unfolded content lines; each is one property we write, none broken by typed text."""
    text = calendar.decode("utf-8")
    assert text.endswith("\r\n")
    lines = re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]
    for line in lines:
        assert "\r" not in line and "\n" not in line, line
        assert re.split(r"[;:]", line, maxsplit=1)[0] in ICS_NAMES, line
    return lines


def _header_names(raw: bytes) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    names = []
    for line in head.split("\r\n"):
        if line[:1] in (" ", "\t"):
            continue  # a folded continuation of the header above
        name, colon, _ = line.partition(":")
        assert colon and re.fullmatch(r"[A-Za-z-]+", name), line
        names.append(name.lower())
    return names


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=TEXT, member=TEXT, room=NONEMPTY, location=TEXT, campaign=TEXT, organizer=TEXT, profile=TEXT,
       link=TEXT)
def test_typed_text_cannot_add_a_calendar_line_or_an_email_header(
    name: str, member: str, room: str, location: str, campaign: str, organizer: str, profile: str, link: str
) -> None:
    data = campaign_with(interview("TS-0001", "2024-04-23 09:00", room="Room 1"),
                         interview("R-0001", "2024-04-23 15:00", room="Video 1"),
                         organizer=Organizer(organizer, "recruitment@example.org"))
    builders.change_candidate(data, "TS-0001", name=name, notes=name)
    builders.change_member(data, builders.ANNE, name=member)
    builders.change_room(data, "Video 1", url=f"https://video.example.org/{link}")
    _rename_room(data, "Room 1", room, location)
    data.profiles = [replace(p, name=profile) for p in data.profiles]
    data.campaign.name = campaign
    invitations = current_invitations(data, NAMESPACE)
    assert len(invitations.events) == 8  # two candidates and three members each: nothing typed adds one
    for event in invitations.events:
        for method, kind in (("REQUEST", "new"), ("CANCEL", "cancel")):
            message = compose_message(Templates(), event, method, 1, kind)
            calendar = message.calendar(NOW)
            lines = _content_lines(calendar)
            assert lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VEVENT") == 1
            assert sum(line.startswith("ATTENDEE") for line in lines) == len(event.attendees)
            parsed = next(iter(Calendar.from_ical(calendar).walk("VEVENT")))
            if event.candidate == "TS-0001":  # the room as typed, on one line (a BOM is dropped on reading)
                expected = ", ".join(x for x in (one_line(room), one_line(location)) if x)
                assert str(parsed.get("LOCATION", "")).replace("\ufeff", "") == expected.replace("\ufeff", "")
            raw = message.email(calendar, NOW).as_bytes(policy=POLICY)
            names = _header_names(raw)
            assert set(names) <= HEADERS, names
            assert all(names.count(h) == 1 for h in ("from", "to", "subject")), names
            mail = email.message_from_bytes(raw, policy=policy.default)
            (to,) = mail["To"].addresses  # one recipient, the address as validated, a name on one line
            assert to.addr_spec == event.recipient.email
            assert "\r" not in to.display_name and "\n" not in to.display_name
            assert "\n" not in str(mail["Subject"]) and "\r" not in str(mail["Subject"])
            for part in mail.walk():
                assert {n.lower() for n in part.keys()} <= HEADERS  # noqa: SIM118 (a message is no dict)
    members = [e for e in invitations.events if e.role == "member"]
    entries = [OverviewEntry(e, compose_message(Templates(), e, "REQUEST", 0, "new").texts,
                             overview_uid(NAMESPACE, e.candidate, e.recipient_key), 0) for e in members[:1]]
    title = f"{campaign}: {member}"
    overview = _content_lines(overview_calendar(members[0].recipient, title, entries, now=NOW))
    assert overview.count("BEGIN:VEVENT") == 1


@pytest.mark.parametrize("field", ["name", "subject"])
def test_an_encoded_word_cannot_add_an_email_header(field: str) -> None:
    """The candidate's name is the display name of the candidate's To; the reference is in a member's
    subject ("Panel interview {candidate_reference} on ...")."""
    evil = "=?utf-8?q?x=0D=0ABcc:_victim@evil.example?="
    data = campaign_with(interview("TS-0001", "2024-04-23 09:00"))
    if field == "name":
        builders.change_candidate(data, "TS-0001", name=evil)
    else:
        data.candidates = [
            replace(c, reference=evil) if c.reference == "TS-0001" else c for c in data.candidates]
        data.interviews = [replace(i, candidate=evil) for i in data.interviews]
    role = "candidate" if field == "name" else "member"
    event = next(e for e in current_invitations(data, NAMESPACE).events if e.role == role)
    message = compose_message(Templates(), event, "REQUEST", 0, "new")
    raw = message.email(message.calendar(NOW), NOW).as_bytes(policy=POLICY)
    assert "bcc" not in _header_names(raw)


# --------------------------------------------------------------------------------------------------
# File names

SAFE = re.compile(rf"^[A-Za-z0-9._@+-]{{1,{MAX_NAME}}}$")


@settings(max_examples=200, deadline=None)
@given(originals=st.lists(st.one_of(TEXT, ADDRESS_TEXT), min_size=1, max_size=8),
       suffix=st.sampled_from(["", ".ics", ".eml"]), folder=st.sampled_from(["", "members", "TS-0001"]))
def test_no_typed_name_leads_outside_the_folder(originals: list[str], suffix: str, folder: str) -> None:
    names = SafeNames(reserved=("members", "manifest.json"))
    root = Path("/nonexistent/export").resolve()
    made = [names.name(folder, original, suffix) for original in originals]
    for original, name in zip(originals, made, strict=True):
        assert SAFE.match(name), name
        assert not name.startswith(".") and ".." not in name
        assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
        assert (root / folder / name).resolve().is_relative_to(root)
        assert names.name(folder, original, suffix) == name  # the same text always gets the same name
    assert len({name.casefold() for name in made}) == len(set(originals))
    if folder == "":
        assert all(name.casefold() not in {"members", "manifest.json"} for name in made)


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(TEXT, ADDRESS_TEXT))
def test_a_path_that_would_leave_the_folder_is_refused(text: str) -> None:
    root = Path(tempfile.gettempdir()) / "export-root"
    try:
        path = _inside(root, text)
    except CampaignError as error:
        assert str(error).endswith("refused, it would be written outside the export folder.")
        return
    except (ValueError, OSError):
        assume(False)  # a name no file system takes (NUL): open() refuses it anyway
    assert path.is_relative_to(root.resolve())
    assert safe_name(text) == safe_name(safe_name(text))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(references=st.lists(NONEMPTY, min_size=2, max_size=3, unique_by=lambda t: t.strip()),
       addresses=st.lists(ADDRESS_TEXT, min_size=3, max_size=3))
def test_an_export_of_hostile_references_and_addresses_stays_in_its_folder(
    references: list[str], addresses: list[str]
) -> None:
    data = campaign_with()
    template = data.candidate("TS-0002")
    assert template is not None
    data.candidates = [replace(template, reference=r.strip(), email=a)
                       for r, a in zip(references, addresses, strict=False)]
    data.interviews = [replace(interview("TS-0002", f"2024-04-2{2 + n} 10:00"), candidate=r.strip())
                       for n, r in enumerate(references)]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        path = create(base / "e.campaign", data)
        export(path, base / "out")
        assert sorted(p.name for p in base.iterdir()) == ["e.campaign", "out"]
        root = (base / "out").resolve()
        for file in (base / "out").rglob("*"):
            assert file.resolve().is_relative_to(root) and not file.is_symlink()
            assert all(SAFE.match(part) for part in file.relative_to(base / "out").parts)
        for entry in manifest(base / "out")["messages"]:
            assert clean_address(entry["recipient"]) == entry["recipient"]


# --------------------------------------------------------------------------------------------------
# Addresses


@settings(max_examples=300, deadline=None)
@given(text=ADDRESS_TEXT)
def test_only_plain_addresses_are_ever_used(text: str) -> None:
    address = clean_address(text)
    if address is None:
        return
    assert address == text.strip() and len(address) <= 254
    assert address.count("@") == 1 and not re.search(r"[\s<>()\[\],;:\"\\\x00-\x1f\x7f]", address)
    assert Address(addr_spec=address).addr_spec == address


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(candidate=ADDRESS_TEXT, member=ADDRESS_TEXT, organizer=ADDRESS_TEXT)
def test_an_unusable_address_gets_no_invitation_but_a_note(candidate: str, member: str, organizer) -> None:
    data = campaign_with(interview("TS-0001", "2024-04-23 09:00"),
                         organizer=Organizer("Recruitment", organizer))
    builders.change_candidate(data, "TS-0001", email=candidate)
    data.interviews[0] = replace(data.interviews[0], members=[member, *data.interviews[0].members[1:]])
    try:
        invitations = current_invitations(data, NAMESPACE)
    except CampaignError as error:
        assert clean_address(organizer) is None
        assert "\n" not in str(error) and "organizer" in str(error)
        return
    recipients = [event.recipient.email for event in invitations.events]
    assert all(clean_address(address) == address for address in recipients)
    assert (clean_address(candidate) in recipients) == (clean_address(candidate) is not None)
    assert all("\n" not in note and "\r" not in note for note in invitations.notes)
    assert len(invitations.notes) == (clean_address(candidate) is None) + (clean_address(member) is None)
