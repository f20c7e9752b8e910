"""Writes the hand-made hostile files of tests/fuzz/corpus (run: uv run python -m tests.fuzz.make_corpus).

Each file is small (under 200 KB) and named for what it tries; what the app must do with it is written
beside the tests that read it, and in docs/hostile-input.md. Big files (a million rows, zip bombs) are
not kept: the tests make them in their own folder. tables/zip-negative-offset.xlsx is not made here: atheris
found it (a central directory pointing before the start of the file) and it is kept as found.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.fuzz.support import CORPUS, MAIN, SHEET_END, SHEET_START, ics, inline_row, write_xlsx

FIXTURES = Path(__file__).parents[1] / "fixtures"
EVENT = "DTSTART:20240423T080000Z\nDTEND:20240423T090000Z"


def _write(folder: Path, name: str, data: str | bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def tables(root: Path) -> None:
    header = "Reference,Name,Email,Profile\r\n"
    _write(
        root,
        "formulas.csv",
        header
        + "".join(
            f'FZ-{i},"{n}",,TS\r\n'
            for i, n in enumerate(
                [
                    '=HYPERLINK(""http://evil.example"",""click"")',
                    "+33 1 23 45 67",
                    "-5+5",
                    "@SUM(A1:A9)",
                    "=cmd|' /C calc'!A0",
                    "  =1+1",
                    "\t=2+2",
                    "＝全角",
                    "'=already quoted",
                ]
            )
        ),
    )
    _write(
        root,
        "bidi-and-invisible.csv",
        header
        + "".join(
            f'BD-{i},"{n}",,TS\r\n'
            for i, n in enumerate(
                [
                    "\u202eevil.exe\u202c Smith",
                    "\u2066Ann\u2069 Lee",
                    "Zoë\u200f O'Brien",
                    "Zero\u200bWidth",
                    "\ufeffBOM Inside",
                    "Line\u2028Separator",
                    "Para\u2029graph",
                ]
            )
        ),
    )
    _write(root, "nul.csv", b"Reference,Name\r\nTS-9,Ann\x00Lee\r\n")
    _write(root, "control-escape.csv", b"Reference,Name\r\nTS-9,\x1b[31mRed\x1b[0m\r\n")
    _write(root, "control-c1.csv", "Reference,Name\r\nTS-9,A\u009bB\r\n")
    _write(root, "next-line.csv", "Reference,Name\r\nTS-9,A\u0085B\r\n")
    _write(root, "delete.csv", b"Reference,Name\r\nTS-9,A\x7fB\r\n")
    _write(root, "binary.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    _write(root, "unclosed-quote.csv", header + 'UQ-1,"Never closed,,TS\r\nUQ-2,Next,,TS\r\n')
    _write(root, "sep-quote.csv", 'sep="\r\nReference"Name"Profile\r\nSQ-1"Ann"TS\r\n')
    _write(root, "sep-carriage-return.csv", "sep=\r\r\nReference,Name,Profile\r\nSC-1,Ann,TS\r\n")
    _write(root, "too-many-columns.csv", ",".join(f"C{i}" for i in range(1001)) + "\r\n")
    _write(root, "long-cell.csv", header + "LC-1," + "x" * 10_001 + ",,TS\r\n")
    _write(root, "utf32.csv", "Reference,Name\r\nU-1,Ann\r\n".encode("utf-32"))
    _write(root, "ole-encrypted.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    _write(root, "not-a-zip.xlsx", b"<html><body>Sign in to download this file</body></html>")
    _write(root, "damaged-zip.xlsx", b"PK\x03\x04" + bytes(200))
    for name, parts in {
        "opendocument.xlsx": {
            "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": "<x/>",
        },
        "word-document.xlsx": {"word/document.xml": "<w/>"},
    }.items():
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for part, text in parts.items():
                archive.writestr(part, text)
        _write(root, name, buffer.getvalue())
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i else "&lol;") * 10 + '">' for i in range(10))
        + "]>"
    )
    body = f'<worksheet xmlns="{MAIN}"><sheetData>' + "{row}</sheetData></worksheet>"
    write_xlsx(
        root / "billion-laughs.xlsx", [[laughs + body.format(row=inline_row(1, "Reference", "&lol9;"))]]
    )
    write_xlsx(
        root / "external-entity.xlsx",
        [
            [
                '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                + body.format(row=inline_row(1, "Reference", "Name &xxe;"))
            ]
        ],
    )
    head = inline_row(1, "Reference", "Name", "Profile")
    write_xlsx(
        root / "formula-cells.xlsx",
        [
            [
                SHEET_START,
                head,
                '<row r="2"><c r="A2" t="inlineStr"><is><t>FX-1</t></is></c><c r="B2" t="str">'
                '<f>HYPERLINK("http://evil.example","Cached Name")</f><v>Cached Name</v></c>'
                '<c r="C2" t="inlineStr"><is><t>TS</t></is></c></row>',
                '<row r="3"><c r="A3" t="inlineStr"><is><t>FX-2</t></is></c>'
                '<c r="B3" t="inlineStr"><is><t>=cmd|\' /C calc\'!A0</t></is></c>'
                '<c r="C3" t="inlineStr"><is><t>TS</t></is></c></row>',
                SHEET_END,
            ]
        ],
    )
    write_xlsx(
        root / "formula-without-value.xlsx",
        [
            [
                SHEET_START,
                head,
                '<row r="2"><c r="A2" t="inlineStr"><is><t>FX-3</t></is></c>'
                '<c r="B2"><f>WEBSERVICE("http://evil.example")</f></c>'
                '<c r="C2" t="inlineStr"><is><t>TS</t></is></c></row>',
                SHEET_END,
            ]
        ],
    )
    write_xlsx(
        root / "traversal-member.xlsx",
        [[SHEET_START, head, inline_row(2, "TV-1", "Ann Lee", "TS"), SHEET_END]],
        extra={"../../../../tmp/evil.xml": "<evil/>", "/etc/evil.xml": "<evil/>"},
    )
    write_xlsx(
        root / "row-far-down.xlsx", [[SHEET_START, head, inline_row(1048576, "FD-1", "Ann", "TS"), SHEET_END]]
    )
    write_xlsx(
        root / "control-c0-reference.xlsx",
        [[SHEET_START, head, inline_row(2, "CC-1", "A&#x1b;B", "TS"), SHEET_END]],
    )
    write_xlsx(
        root / "dimension-lie.xlsx",
        [
            [
                SHEET_START.replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>'),
                head,
                inline_row(2, "DL-1", "Ann", "TS"),
                SHEET_END,
            ]
        ],
    )
    write_xlsx(
        root / "date-overflow.xlsx",
        [
            [
                SHEET_START,
                inline_row(1, "Reference", "Name", "Profile", "Available from"),
                '<row r="2"><c r="A2" t="inlineStr"><is><t>DO-1</t></is></c>'
                '<c r="B2" t="inlineStr"><is><t>Ann</t></is></c>'
                '<c r="C2" t="inlineStr"><is><t>TS</t></is></c><c r="D2" s="1"><v>1e20</v></c></row>',
                SHEET_END,
            ]
        ],
        extra={
            "xl/styles.xml": f'<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/>'
            '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
        },
    )


def calendars(root: Path) -> None:
    def w(name: str, data: str | bytes) -> None:
        _write(root, name, data)

    w(
        "broken-lines.ics",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20240423T080000Z\r\n"
        b"this line lost its name and colon\r\nDTEND:20240423T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    w("cut-short.ics", ics("SUMMARY:Meeting\n" + EVENT)[:-20])
    w("carriage-returns-only.ics", ics("SUMMARY:Meeting\n" + EVENT).replace(b"\r\n", b"\r"))
    w("line-feeds-only.ics", ics("SUMMARY:Meeting\n" + EVENT).replace(b"\r\n", b"\n"))
    w("blank-lines.ics", ics("SUMMARY:Meeting\n" + EVENT).replace(b"\r\n", b"\r\n\r\n"))
    w(
        "unclosed-quote-param.ics",
        ics('DTSTART;TZID="Europe/Brussels:20240423T080000\nDTEND:20240423T090000Z'),
    )
    w("nul-and-escape.ics", ics("SUMMARY:Ann\x00Lee\x1b[2J\n" + EVENT))
    w("bidi-summary.ics", ics("SUMMARY:\u202eexe.gnp Holiday\nDTSTART;VALUE=DATE:20240502"))
    w(
        "end-vevent-in-summary.ics",
        ics("SUMMARY:x\\nEND:VEVENT\\nBEGIN:VEVENT\\nDTSTART:20240424T080000Z\n" + EVENT),
    )
    impossible = [
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4",
        "FREQ=YEARLY;BYYEARDAY=367",
        "FREQ=YEARLY;BYWEEKNO=54",
        "FREQ=MONTHLY;INTERVAL=12;BYMONTH=5",
        "FREQ=DAILY;INTERVAL=7;BYDAY=MO",
    ]
    w(
        "impossible-rules.ics",
        ics(*(f"SUMMARY:Never {i}\n{EVENT}\nRRULE:{r}" for i, r in enumerate(impossible))),
    )
    w(
        "interval-zero.ics",
        ics(
            f"SUMMARY:Stuck\n{EVENT}\nRRULE:FREQ=DAILY;INTERVAL=0",
            f"SUMMARY:Backwards\n{EVENT}\nRRULE:FREQ=HOURLY;INTERVAL=-3",
            f"SUMMARY:Fine\n{EVENT.replace('0423', '0424')}",
        ),
    )
    w(
        "secondly-since-2010.ics",
        ics("SUMMARY:Ticker\nDTSTART:20100101T000000Z\nDURATION:PT1S\nRRULE:FREQ=SECONDLY"),
    )
    w(
        "every-second-in-the-window.ics",
        ics(
            "SUMMARY:Pings\nDTSTART:20240422T000000Z\nDURATION:PT1S\n"
            "RRULE:FREQ=MINUTELY;BYSECOND=0,10,20,30,40,50"
        ),
    )
    w(
        "odd-rule-values.ics",
        ics(
            *(
                f"SUMMARY:Odd {i}\n{EVENT}\nRRULE:{r}"
                for i, r in enumerate(
                    [
                        "FREQ=DAILY;COUNT=999999999999999999999",
                        "FREQ=DAILY;INTERVAL=99999999999",
                        "FREQ=MONTHLY;BYDAY=99MO,-99TU,0WE",
                        "FREQ=HOURLY;BYHOUR=25",
                        "FREQ=MINUTELY;BYSECOND=61",
                        "FREQ=WEEKLY;WKST=XX;BYDAY=ZZ",
                        "FREQ=SOMETIMES",
                        "FREQ=DAILY;UNTIL=20000101T000000Z",
                        "FREQ=DAILY;COUNT=-1",
                        "FREQ=DAILY;BYSETPOS=0",
                        "FREQ=DAILY;INTERVAL=2000000000",
                    ]
                )
            )
        ),
    )
    w(
        "dates-out-of-range.ics",
        ics(
            "SUMMARY:Far\nDTSTART:99991231T230000Z\nDURATION:P1W\nRRULE:FREQ=DAILY",
            "SUMMARY:Early\nDTSTART:00010101T000000Z\nDTEND:99991231T000000Z\nRRULE:FREQ=YEARLY",
            "SUMMARY:Long\nDTSTART:20240423T080000Z\nDURATION:P999999999W",
            "SUMMARY:Not a date\nDTSTART:tomorrow\nDTEND:20240423T090000Z",
        ),
    )
    w(
        "rrules-by-the-thousand.ics",
        ics(
            "SUMMARY:Many\n"
            + EVENT
            + "\n"
            + "\n".join(f"RRULE:FREQ=DAILY;COUNT={i + 2}" for i in range(2000))
        ),
    )
    w(
        "deep-nesting.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        + "BEGIN:VEVENT\r\n" * 4000
        + "END:VEVENT\r\n" * 4000
        + "END:VCALENDAR\r\n",
    )
    w("deep-calendar-nesting.ics", "BEGIN:VCALENDAR\r\n" * 4000 + "END:VCALENDAR\r\n" * 4000)
    w("unbalanced.ics", b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    w(
        "unknown-tzid.ics",
        ics(
            "SUMMARY:Mars\nDTSTART;TZID=Mars/Olympus_Mons:20240423T080000\n"
            "DTEND;TZID=Mars/Olympus_Mons:20240423T090000"
        ),
    )
    w(
        "x-wr-timezone-junk.ics",
        ics(
            "SUMMARY:Floating\nDTSTART:20240423T080000\nDTEND:20240423T090000",
            header="X-WR-TIMEZONE:../../../etc/passwd",
        ),
    )
    zone = (
        "BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:{a}\n"
        "TZOFFSETTO:{b}\n{rule}END:STANDARD\nEND:VTIMEZONE"
    )
    w(
        "vtimezone-impossible-offset.ics",
        ics(
            "SUMMARY:Odd\nDTSTART;TZID=Odd:20240423T080000\nDTEND;TZID=Odd:20240423T090000",
            header=zone.format(tzid="Odd", a="+9959", b="-9959", rule=""),
        ),
    )
    w(
        "vtimezone-every-second.ics",
        ics(
            "SUMMARY:Evil\nDTSTART;TZID=Evil:20240423T080000\nDTEND;TZID=Evil:20240423T090000",
            header=zone.format(tzid="Evil", a="+0100", b="+0200", rule="RRULE:FREQ=SECONDLY\n"),
        ),
    )
    w(
        "vtimezone-lying-about-brussels.ics",
        ics(
            "SUMMARY:Shifted\nDTSTART;TZID=Europe/Brussels:20240423T080000\nDTEND;TZID=Europe/Brussels:20240423T090000",
            header=zone.format(tzid="Europe/Brussels", a="+1400", b="+1400", rule=""),
        ),
    )
    _own_time_zones(w)
    w("hebrew-calendar.ics", b"BEGIN:VCALENDAR\r\nCALSCALE:HEBREW\r\nEND:VCALENDAR\r\n")
    w("vcard.ics", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anne Martin\r\nEND:VCARD\r\n")
    w(
        "freebusy-garbage.ics",
        ics(
            header="BEGIN:VFREEBUSY\nFREEBUSY:garbage/also-garbage\n"
            "FREEBUSY;FBTYPE=\x1b:20240423T080000Z/PT1H\n"
            "FREEBUSY:20240423T080000Z/20240423T070000Z\nEND:VFREEBUSY"
        ),
    )
    w("utf16.ics", ics("SUMMARY:Zoë\n" + EVENT).decode().encode("utf-16"))
    w("windows-1252.ics", ics("SUMMARY:Fête\n" + EVENT).decode().encode("cp1252"))
    w("binary.ics", bytes(range(256)) * 16)
    w("empty.ics", b"")


def campaign_files(root: Path) -> None:
    base = json.loads((FIXTURES / "full-campaign.json").read_text(encoding="utf-8"))
    text = json.dumps(base, ensure_ascii=False, indent=1)

    def sub(old: str, new: str, source: str = text) -> str:
        assert old in source, old
        return source.replace(old, new, 1)

    def w(name: str, data: str | bytes) -> None:
        _write(root, name, data)

    w("huge-integer.json", sub('"slot_minutes": 15', '"slot_minutes": ' + "9" * 5000))
    w("huge-integer-below-the-limit.json", sub('"slot_minutes": 15', '"slot_minutes": ' + "9" * 4000))
    w(
        "infinity-and-nan.json",
        sub('"slot_minutes": 15', '"slot_minutes": Infinity').replace(
            '"extra_minutes": 0', '"extra_minutes": NaN', 1
        ),
    )
    w("exponent-overflow.json", sub('"slot_minutes": 15', '"slot_minutes": 1e999999'))
    w(
        "negative-zero-and-floats.json",
        sub('"slot_minutes": 15', '"slot_minutes": -0.0').replace(
            '"extra_minutes": 0', '"extra_minutes": 15.5', 1
        ),
    )
    w(
        "wrong-types.json",
        json.dumps(
            {
                **base,
                "campaign": {**base["campaign"], "name": 7, "workdays": "mon", "holidays": {"date": 1}},
                "candidates": "all of them",
                "members": [None, 1, "x", [], True],
            },
            indent=1,
        ),
    )
    w("lone-surrogate.json", sub('"notes": ""', '"notes": "\\ud800"'))
    w(
        "nul-bidi-and-line-breaks.json",
        sub('"notes": ""', '"notes": "a\\u0000b\\u202e\\r\\nBcc: x@evil.example"'),
    )
    w(
        "duplicate-keys.json",
        '{"format": "interview-scheduler.campaign", "version": 1, "version": "one", "campaign": {}}',
    )
    w("utf16.json", text.encode("utf-16"))
    w("latin1.json", sub('"notes": ""', '"notes": "Zoë"').encode("latin-1", errors="replace"))
    w("top-level-array.json", "[" + text + "]")
    w("top-level-string.json", '"interview-scheduler.campaign"')
    w("empty.json", "")
    w("trailing-garbage.json", text + "\n}{")
    w("comments.json", "// exported by hand\n" + text)
    w("deep-nesting-in-a-value.json", sub('"notes": ""', '"notes": ' + "[" * 900 + "]" * 900))
    w("deep-nesting-over-the-limit.json", "[" * 50_000 + "]" * 50_000)
    w(
        "unknown-keys-everywhere.json",
        json.dumps({**base, "x" * 1000: 1, "campaign": {**base["campaign"], "__proto__": {}}}, indent=1),
    )
    w("dangling-references.json", sub('"profile": "TS"', '"profile": "\\u202eNOPE"'))
    w("formula-names.json", sub('"notes": ""', '"notes": "=HYPERLINK(\\"http://evil.example\\",\\"x\\")"'))
    w("empty-object.json", "{}")


def replies(root: Path) -> None:
    source = (FIXTURES / "replies" / "outlook-declined.ics").read_text(encoding="utf-8")

    def variant(name: str, *changes: tuple[str, str]) -> None:
        text = source
        for old, new in changes:
            assert old in text, old
            text = text.replace(old, new)
        _write(root, name, text.replace("\n", "\r\n"))

    uid = "UID:30811858-f764-56b0-87c9-1dde43bd02a0@interview-scheduler"
    variant("sequence-huge.ics", ("SEQUENCE:0", "SEQUENCE:99999999999999999999999999"))
    variant("sequence-negative.ics", ("SEQUENCE:0", "SEQUENCE:-7"))
    variant("partstat-escape.ics", ("PARTSTAT=DECLINED", "PARTSTAT=\x1b[2J\x1b[31mDECLINED" + "X" * 3000))
    variant(
        "delegated-to-escape.ics",
        (
            "PARTSTAT=DECLINED",
            'PARTSTAT=DELEGATED;DELEGATED-TO="mailto:\x1b[31m' + "x" * 2000 + '@evil.example"',
        ),
    )
    variant(
        "comment-injection.ics",
        (
            "COMMENT;LANGUAGE=de-DE:Ich bin",
            "COMMENT:line one\\nATTENDEE:mailto:spy@evil.example\\r\\nEND:VEVENT\x1b[2J\u202eIch bin",
        ),
    )
    variant("uid-huge.ics", (uid, "UID:" + "\x1b[2J" + "u" * 20000))
    # Found by the reply fuzzing: Outlook's own zone changing every second took gigabytes and hours.
    variant("vtimezone-every-second.ics", ("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "RRULE:FREQ=SECONDLY"))
    variant(
        "attendee-not-invited.ics", ("MAILTO:B.Schmidt@example.org", "mailto:\u202eevil\x1b[1m@example.org")
    )
    variant("method-request.ics", ("METHOD:REPLY", "METHOD:REQUEST"))
    variant("no-vevent.ics", ("BEGIN:VEVENT", "BEGIN:X-NOT-AN-EVENT"), ("END:VEVENT", "END:X-NOT-AN-EVENT"))
    variant("cut-short.ics", ("END:VCALENDAR", ""))
    variant("broken-line.ics", ("CLASS:PRIVATE", "this line has no colon"))
    variant("dtstamp-year-9999.ics", ("DTSTAMP:20240315T101500Z", "DTSTAMP:99991231T235959Z"))
    variant("dtstamp-garbage.ics", ("DTSTAMP:20240315T101500Z", "DTSTAMP:yesterday"))
    calendar = base64.encodebytes(source.replace("\n", "\r\n").encode()).decode().replace("\n", "\r\n")
    part = (
        "Content-Type: text/calendar; method=REPLY; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + calendar
    )
    depth = 450
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    _write(
        root,
        "nested-multipart.eml",
        "From: b.schmidt@example.org\r\nTo: recruitment@example.org\r\n"
        "Subject: x\r\nMIME-Version: 1.0\r\n" + opening + part + closing,
    )
    _write(
        root,
        "deep-message-nesting.eml",
        "From: b.schmidt@example.org\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: message/rfc822\r\n\r\n" * 3000
        + part,
    )
    _write(
        root,
        "header-injection.eml",
        (
            "From: =?utf-8?q?Eve=0D=0ABcc=3A_x=40evil=2Eexample?= <b.schmidt@example.org>\r\n"
            "Subject: =?utf-8?b?" + base64.b64encode(b"a\r\nX-Injected: 1").decode() + "?=\r\n"
            "MIME-Version: 1.0\r\n" + part
        ),
    )
    _write(
        root,
        "bad-base64.eml",
        "From: b.schmidt@example.org\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/calendar; method=REPLY\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        "!!!! not base64 at all ####\r\n",
    )
    _write(root, "binary.eml", bytes(range(256)) * 40)


def _own_time_zones(w: Callable[[str, str | bytes], None]) -> None:
    """Time zones the file defines itself, as Outlook does (two parts from 1601); dateutil walks each
    part's rule from its DTSTART every time it reads a time in the zone."""
    def zone(tzid: str, standard_rule: str, daylight_rule: str = "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3") -> str:
        return (
            f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T030000\n"
            f"TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:{standard_rule}\nEND:STANDARD\n"
            f"BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
            f"RRULE:{daylight_rule}\nEND:DAYLIGHT\nEND:VTIMEZONE"
        )

    def event(tzid: str) -> str:
        return f"SUMMARY:Meeting\nDTSTART;TZID={tzid}:20240423T080000\nDTEND;TZID={tzid}:20240423T090000"

    cases = {
        # The one that hung the reply fuzzing: hours and gigabytes for one event's time.
        "vtimezone-outlook-every-second.ics": "FREQ=SECONDLY",
        "vtimezone-never-changes.ics": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",  # dateutil seeks to 9999
        "vtimezone-every-minute-of-a-day.ics": "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;BYHOUR="
        + ",".join(map(str, range(24))) + ";BYMINUTE=" + ",".join(map(str, range(60))),
        "vtimezone-easter.ics": "FREQ=YEARLY;BYEASTER=0",
        # Found by the generated zone rules: dateutil crashed on the first time read in such a zone.
        "vtimezone-unreadable-rule.ics": "FREQ=YEARLY;BYMONTH=0;BYDAY=1MO",
        # Lotus Notes writes the hour of the change into the rule: a real zone, read.
        "vtimezone-lotus-notes.ics": "FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10",
    }
    for name, rule in cases.items():
        w(name, ics(event("Own Standard Time"), header=zone("Own Standard Time", rule)))
    many = "\n".join(zone(f"Zone {n}", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10") for n in range(101))  # 1 too many
    w("vtimezones-by-the-hundred.ics", ics(event("Zone 7"), header=many))


def main() -> None:
    tables(CORPUS / "tables")
    calendars(CORPUS / "calendars")
    campaign_files(CORPUS / "json")
    replies(CORPUS / "replies")


if __name__ == "__main__":
    main()
