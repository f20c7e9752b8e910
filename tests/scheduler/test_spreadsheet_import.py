"""Importing candidates, members, availability, conflicts and holidays from CSV and XLSX files."""

from __future__ import annotations

import csv
import io
import random
import re
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.domain import CampaignData, Interval
from scheduler.errors import CampaignError, InputProblems
from scheduler.importing import ImportReport
from scheduler.importing.headers import (
    SYNONYMS,
    field_for,
    guess_kind,
    match_columns,
    normalise,
)
from scheduler.importing.spreadsheet import import_table
from scheduler.importing.tables import read_table
from scheduler.interchange import campaign_schema
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign
from scheduler.store.models import HolidayRow

SHEETS = Path(__file__).parent.parent / "fixtures" / "spreadsheets"
EMAIL = re.compile(campaign_schema()["$defs"]["email"]["pattern"])  # the schema's own


@contextmanager
def session_of(path: Path, commit: bool = True) -> Iterator[Session]:
    """A session on the campaign file, committed at the end like a command's (or rolled back)."""
    with CampaignFile.open(path) as campaign:
        session = Session(campaign.engine, expire_on_commit=False)
        try:
            yield session
            if commit:
                session.commit()
            else:
                session.rollback()
        finally:
            session.rollback()
            session.close()


def run_import(campaign: Path, sheet: Path, kind: str | None = None) -> ImportReport:
    with session_of(campaign) as session:
        return import_table(session, sheet, kind)


def load(campaign: Path) -> CampaignData:
    with session_of(campaign, commit=False) as session:
        return load_campaign(session)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems_of(campaign: Path, sheet: Path, kind: str | None = None) -> list[str]:
    with pytest.raises(InputProblems) as caught:
        run_import(campaign, sheet, kind)
    return caught.value.problems


def brussels(day: str, clock: str) -> datetime:
    from zoneinfo import ZoneInfo

    local = datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZoneInfo("Europe/Brussels"))
    return local.astimezone(UTC)


# ---------------------------------------------------------------------------------------------
# Files as Excel writes them


def test_french_excel_csv_windows_1252_semicolons(campaign_file: Path) -> None:
    report = run_import(campaign_file, SHEETS / "candidats-excel-fr.csv")
    assert (report.kind, report.added, report.updated) == ("candidates", 2, 1)
    data = load(campaign_file)
    elodie = data.candidate("TS-0101")
    assert elodie is not None
    assert elodie.name == "Élodie Lefèvre"
    assert elodie.email == "elodie.lefevre@example.fr"
    assert (elodie.profile, elodie.mode, elodie.timezone) == ("TS", "remote", "Europe/Paris")
    assert (elodie.extra_minutes, elodie.accessible_room, elodie.status) == (0, False, "shortlisted")
    francois = data.candidate("TS-0102")
    assert francois is not None
    assert francois.name == "François Müller-Größe"
    assert francois.profile == "TS"  # "Ts" is the code in another case
    assert (francois.mode, francois.extra_minutes, francois.accessible_room) == ("onsite", 15, True)
    assert francois.notes == "Arrive en train; préfère l'après-midi"
    zoe = data.candidate("TS-0002")
    assert zoe is not None
    assert (zoe.name, zoe.email) == ("Zoë O'Sullivan", "zoe@example.ie")
    # Empty cells leave what was stored.
    assert (zoe.extra_minutes, zoe.accessible_room, zoe.mode) == (15, True, "onsite")


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_german_excel_csv_first_and_last_name(
    campaign_file: Path, tmp_path: Path, delimiter: str
) -> None:
    text = (SHEETS / "kandidaten-excel-de.csv").read_bytes().decode("cp1252")
    sheet = write(tmp_path, "kandidaten.csv", text.replace(";", delimiter), "cp1252")
    report = run_import(campaign_file, sheet)
    assert (report.kind, report.added) == ("candidates", 2)
    data = load(campaign_file)
    juergen = data.candidate("AA-0101")
    kaethe = data.candidate("AA-0102")
    assert juergen is not None and kaethe is not None
    assert (juergen.name, juergen.mode, juergen.profile) == ("Jürgen Weiß", "onsite", "AA")
    assert (kaethe.name, kaethe.mode, kaethe.timezone) == (
        "Käthe Groß-Öztürk", "remote", "Europe/Berlin"
    )


def test_utf16_unicode_text_members(campaign_file: Path) -> None:
    report = run_import(campaign_file, SHEETS / "membres-unicode.txt")
    assert (report.kind, report.added, report.updated) == ("members", 1, 0)
    assert report.notes == ["1 row matches what was already stored."]
    data = load(campaign_file)
    lukasz = data.member("L.Wisniewski@example.org")
    assert lukasz is not None
    assert lukasz.name == "Łukasz Wiśniewski"
    assert lukasz.roles == ["chair", "technical"]  # the seats' spelling
    assert (lukasz.max_per_day, lukasz.max_total) == (4, None)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_both_byte_orders(campaign_file: Path, tmp_path: Path, encoding: str) -> None:
    bom = "\ufeff"
    text = bom + "Reference\tName\tProfile\r\nTS-0301\tŁukasz Zoë\tTS\r\n"
    report = run_import(campaign_file, write(tmp_path, "u.txt", text, encoding))
    assert report.added == 1
    candidate = load(campaign_file).candidate("TS-0301")
    assert candidate is not None and candidate.name == "Łukasz Zoë"


def test_utf8_bom_comma_with_title_row(campaign_file: Path) -> None:
    report = run_import(campaign_file, SHEETS / "availability-utf8-bom.csv")
    assert (report.kind, report.added) == ("availability", 3)
    data = load(campaign_file)
    schmidt = data.member("b.schmidt@example.org")
    assert schmidt is not None
    assert schmidt.available == [
        Interval(brussels("2024-05-14", "09:00"), brussels("2024-05-14", "12:30"))
    ]
    nowak = data.candidate("TS-0001")
    assert nowak is not None
    assert Interval(brussels("2024-05-15", "09:00"), brussels("2024-05-15", "13:00")) in (
        nowak.unavailable
    )
    # A person given by a candidate's e-mail; a date alone is the whole day.
    assert Interval(brussels("2024-05-16", "00:00"), brussels("2024-05-17", "00:00")) in (
        nowak.unavailable
    )


def test_utf8_bom_candidates_keep_accents(campaign_file: Path, tmp_path: Path) -> None:
    text = "Reference,Full name,Email,Profile\nTS-0001,Łukasz Nowak-Żółć,,\nTS-0401,Zoë Ångström,,TS\n"
    report = run_import(campaign_file, write(tmp_path, "c.csv", text, "utf-8-sig"))
    assert (report.added, report.updated) == (1, 1)
    data = load(campaign_file)
    assert data.candidate("TS-0001").name == "Łukasz Nowak-Żółć"  # type: ignore[union-attr]
    assert data.candidate("TS-0401").name == "Zoë Ångström"  # type: ignore[union-attr]


def test_excel_sep_line_sets_the_delimiter(campaign_file: Path, tmp_path: Path) -> None:
    text = "sep=;\nReference;Name;Profile\nTS-0501;Smith, Jane;TS\nTS-0502;x;XX\n"
    problems = problems_of(campaign_file, write(tmp_path, "s.csv", text))
    # The hidden sep line does not count: the header is row 1.
    assert problems == [
        's.csv: row 3, column "Profile": "XX" is not a profile of this campaign '
        "(its profiles: AA, TS)."
    ]


def test_xlsx_made_with_openpyxl(campaign_file: Path, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Candidates of the spring round"])
    sheet.append([])
    sheet.append(["Référence", "Nom", "Courriel", "Profil", "Mode", "Début local", "Fin locale",
                  "Minutes supplémentaires", "Salle accessible", "Statut", "Remarques"])
    sheet.append(["TS-0601", "Łukasz Żak", "l.zak@example.pl", "TS", "remote", time(7, 30),
                  time(19, 0), 15.0, True, "présélectionné", None])
    sheet.append([1234, "Zoë Weiß", None, "AA", "onsite", None, None, 0, False, "retiré", None])
    sheet.append([])
    sheet.append(["TS-0002", None, None, None, None, None, None, None, None, "withdrawn", None])
    note = sheet.cell(row=4, column=11, value='=HYPERLINK("http://evil.example","click")')
    note.data_type = "s"  # text that looks like a formula: data, not a formula
    path = tmp_path / "candidates.xlsx"
    workbook.save(path)

    report = run_import(campaign_file, path)
    assert (report.kind, report.added, report.updated) == ("candidates", 2, 1)
    data = load(campaign_file)
    zak = data.candidate("TS-0601")
    assert zak is not None
    assert (zak.name, zak.mode, zak.extra_minutes, zak.accessible_room) == (
        "Łukasz Żak", "remote", 15, True
    )
    assert zak.local_hours is not None
    assert (zak.local_hours.start, zak.local_hours.end) == (time(7, 30), time(19, 0))
    assert zak.notes == '=HYPERLINK("http://evil.example","click")'
    weiss = data.candidate("1234")
    assert weiss is not None and (weiss.name, weiss.status) == ("Zoë Weiß", "withdrawn")
    assert data.candidate("TS-0002").status == "withdrawn"  # type: ignore[union-attr]


def test_xlsx_first_data_sheet_and_its_row_numbers(campaign_file: Path, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Read me"
    workbook.active.append(["The holidays are on the third sheet."])
    lookup = workbook.create_sheet("Lookup")
    lookup.append(["Reference", "Name", "Profile"])
    lookup.sheet_state = "hidden"
    data_sheet = workbook.create_sheet("Holidays")
    data_sheet.append([])
    data_sheet.append(["Datum", "Bezeichnung"])
    data_sheet.append([date(2024, 5, 20), "Pfingstmontag"])
    data_sheet.append([datetime(2024, 5, 21, 10, 30), "not a day"])
    path = tmp_path / "feiertage.xlsx"
    workbook.save(path)
    assert problems_of(campaign_file, path) == [
        'feiertage.xlsx: row 4, column "Datum": "2024-05-21 10:30:00" is not a date '
        "(such as 2024-05-14 or 14/05/2024)."
    ]


def test_xlsx_availability_datetime_cells_across_dst(campaign_file: Path, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Person", "Start", "End", "Status"])
    sheet.append(["c.dupont@example.org", datetime(2024, 3, 30, 22, 0), datetime(2024, 3, 31, 6, 0),
                  "unavailable"])
    sheet.append(["c.dupont@example.org", date(2024, 10, 26), date(2024, 10, 27), None])
    path = tmp_path / "busy.xlsx"
    workbook.save(path)
    assert run_import(campaign_file, path).added == 2
    dupont = load(campaign_file).member("c.dupont@example.org")
    assert dupont is not None
    night, weekend = dupont.unavailable
    assert night.end - night.start == timedelta(hours=7)  # the clocks went forward
    assert weekend == Interval(brussels("2024-10-26", "00:00"), brussels("2024-10-28", "00:00"))
    assert weekend.end - weekend.start == timedelta(hours=49)  # and back


# ---------------------------------------------------------------------------------------------
# All or nothing, with the right places


def test_bad_rows_refuse_the_whole_file(campaign_file: Path) -> None:
    before = load(campaign_file)
    problems = problems_of(campaign_file, SHEETS / "candidates-bad.csv")
    assert load(campaign_file) == before
    # Row 3 holds a name on two lines; it is still one spreadsheet row.
    assert problems == [
        'candidates-bad.csv: row 3, column "E-mail": "bob@" is not an e-mail address.',
        'candidates-bad.csv: row 4, column "Profile": "XX" is not a profile of this campaign '
        "(its profiles: AA, TS).",
        'candidates-bad.csv: row 5, column "Reference": is empty, but every row needs the reference.',
        'candidates-bad.csv: row 6, column "Mode": "by pigeon" is not a mode (onsite or remote).',
        'candidates-bad.csv: row 6, column "Time zone": "Mars/Olympus" is not a time zone name '
        'such as "Europe/Brussels".',
        'candidates-bad.csv: row 6, column "Extra minutes": "-5" is not a whole number of minutes '
        "from 0 to 1,440.",
        'candidates-bad.csv: row 7, column "Reference": "TS-0201" is already in row 2.',
        'candidates-bad.csv: row 8, column "Name": is empty, but "TS-0205" is new and needs a name.',
        'candidates-bad.csv: row 8, column "Profile": is empty, but "TS-0205" is new and needs '
        "a profile.",
    ]


def test_problems_are_capped(campaign_file: Path, tmp_path: Path) -> None:
    lines = ["Email,Name"] + [f"bad{i},Someone" for i in range(150)]
    problems = problems_of(campaign_file, write(tmp_path, "m.csv", "\n".join(lines)))
    assert len(problems) == 101
    assert problems[0] == 'm.csv: row 2, column "Email": "bad0" is not an e-mail address.'
    assert problems[-1] == "m.csv: 50 more problems not shown."


def test_row_numbers_count_blank_lines_and_quoted_newlines(
    campaign_file: Path, tmp_path: Path
) -> None:
    text = 'Email;Name;Roles\r\n\r\nx@example.org;"A\r\nB\r\nC";chair\r\n;;\r\ny@;Y;member\r\n'
    problems = problems_of(campaign_file, write(tmp_path, "m.csv", text))
    assert problems == ['m.csv: row 5, column "Email": "y@" is not an e-mail address.']


def test_new_rows_need_the_required_columns(campaign_file: Path, tmp_path: Path) -> None:
    text = "Reference,Status\nTS-0001,withdrawn\nTS-0901,shortlisted\nTS-0902,shortlisted\n"
    assert problems_of(campaign_file, write(tmp_path, "c.csv", text)) == [
        "c.csv: rows 3 and 4 add new candidates, which need a name (a header such as \"Name\", "
        '"Nom", "Full name"), but the file has no such column.',
        "c.csv: rows 3 and 4 add new candidates, which need a profile (a header such as "
        '"Profile", "Profil", "Poste"), but the file has no such column.',
    ]


def test_missing_key_column(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "c.csv", "Name,Profile\nAnne,TS\n")
    assert problems_of(campaign_file, sheet, "candidates") == [
        'c.csv: no column gives the reference (a header such as "Reference", "Ref", '
        '"Référence"), which candidates rows need.'
    ]


def test_two_columns_for_one_field(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "m.csv", "Email,Courriel,Name\na@example.org,b@example.org,A\n")
    assert problems_of(campaign_file, sheet) == [
        'm.csv: the columns "Email" and "Courriel" both give the e-mail; keep only one of them.'
    ]


def test_unquoted_delimiter_in_a_value(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "m.csv", "Email,Name\na@example.org,Martin, Anne\n")
    assert problems_of(campaign_file, sheet) == [
        "m.csv: row 2: has 3 cells but the header only 2, so a value holding the delimiter has "
        "probably lost its quotes."
    ]


def test_wrapped_header_and_local_hours(campaign_file: Path, tmp_path: Path) -> None:
    text = (
        'Reference,"Extra\nminutes",Local hours\n'
        "TS-0001,ten,20:00-08:00\n"
        "TS-0002,10 min,9h - 17h30\n"
    )
    assert problems_of(campaign_file, write(tmp_path, "c.csv", text)) == [
        'c.csv: row 2, column "Extra minutes": "ten" is not a whole number of minutes from 0 '
        "to 1,440.",
        'c.csv: row 2, column "Local hours": the local hours end at 08:00, not after they start '
        "(20:00).",
    ]
    fixed = text.replace("ten,20:00-08:00", "5,07:00-19:00")
    assert run_import(campaign_file, write(tmp_path, "c.csv", fixed)).updated == 2
    zoe = load(campaign_file).candidate("TS-0002")
    assert zoe is not None and zoe.local_hours is not None
    assert (zoe.extra_minutes, zoe.local_hours.start, zoe.local_hours.end) == (
        10, time(9), time(17, 30)
    )


# ---------------------------------------------------------------------------------------------
# Upsert


def test_known_reference_updates_only_given_columns(campaign_file: Path, tmp_path: Path) -> None:
    before = load(campaign_file)
    sheet = write(tmp_path, "c.csv", "Ref;Statut;Remarques\nTS-0002;retirée;moved abroad\n")
    report = run_import(campaign_file, sheet)
    assert (report.kind, report.added, report.updated) == ("candidates", 0, 1)
    after = load(campaign_file)
    old, new = before.candidate("TS-0002"), after.candidate("TS-0002")
    assert old is not None and new is not None
    assert (new.status, new.notes) == ("withdrawn", "moved abroad")
    old.status, old.notes = new.status, new.notes
    assert new == old
    assert after.candidates[0] == before.candidates[0]
    # The same file again changes nothing.
    again = run_import(campaign_file, sheet)
    assert (again.added, again.updated) == (0, 0)
    assert again.notes == ["1 row matches what was already stored."]


def test_member_upsert_by_email_any_case(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "m.csv", "E-Mail-Adresse;Rollen;Max pro Tag\nA.MARTIN@example.org;"
                  "Chair, Technical;unbegrenzt\n")
    report = run_import(campaign_file, sheet)
    assert (report.kind, report.added, report.updated) == ("members", 0, 1)
    martin = load(campaign_file).member("a.martin@example.org")
    assert martin is not None
    assert (martin.email, martin.name) == ("a.martin@example.org", "Anne Martin")
    assert (martin.roles, martin.max_per_day) == (["chair", "technical"], None)


def test_unknown_columns_are_noted(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "c.csv", "Reference,Shoe size,Roles,Notes\nTS-0001,44,chair,hello\n")
    report = run_import(campaign_file, sheet, "candidates")
    assert report.notes == [
        'Ignored the column "Shoe size", which the import does not know.',
        'Ignored the column "Roles", which candidates do not have.',
    ]
    assert load(campaign_file).candidate("TS-0001").notes == "hello"  # type: ignore[union-attr]


def test_duplicate_member_emails_name_both_rows(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "m.csv", "Email,Name\nn@example.org,N\nx@example.org,X\nN@Example.org,M\n")
    assert problems_of(campaign_file, sheet) == [
        'm.csv: row 4, column "Email": "N@Example.org" is already in row 2.'
    ]


# ---------------------------------------------------------------------------------------------
# Availability, conflicts, holidays


def test_availability_date_from_to_across_dst(campaign_file: Path, tmp_path: Path) -> None:
    text = (
        "Personne;Date;De;À;Disponibilité\n"
        "a.martin@example.org;31/03/2024;01:00;04:00;indisponible\n"
        "a.martin@example.org;27.10.2024;01:00;04:00;indisponible\n"
        "TS-0002;2024-03-31;08:00;24:00;disponible\n"
    )
    report = run_import(campaign_file, write(tmp_path, "a.csv", text, "cp1252"))
    assert (report.kind, report.added) == ("availability", 3)
    data = load(campaign_file)
    martin = data.member("a.martin@example.org")
    assert martin is not None
    spring, autumn = martin.unavailable[1:]
    assert spring == Interval(
        datetime(2024, 3, 31, 0, 0, tzinfo=UTC), datetime(2024, 3, 31, 2, 0, tzinfo=UTC)
    )
    assert autumn == Interval(
        datetime(2024, 10, 26, 23, 0, tzinfo=UTC), datetime(2024, 10, 27, 3, 0, tzinfo=UTC)
    )
    zoe = data.candidate("TS-0002")
    assert zoe is not None
    assert zoe.available[-1] == Interval(
        datetime(2024, 3, 31, 6, 0, tzinfo=UTC), datetime(2024, 3, 31, 22, 0, tzinfo=UTC)
    )


def test_availability_start_end_datetimes(campaign_file: Path, tmp_path: Path) -> None:
    text = (
        "Who,Start,End,Status\n"
        "b.schmidt@example.org,2024-03-30 22:00,2024-03-31T06:00,unavailable\n"
        "b.schmidt@example.org,2024-05-14T09:00:00+00:00,2024-05-14T10:00:00Z,available\n"
        "b.schmidt@example.org,14/05/2024 14:00,16:00,available\n"
    )
    assert run_import(campaign_file, write(tmp_path, "a.csv", text)).added == 3
    schmidt = load(campaign_file).member("b.schmidt@example.org")
    assert schmidt is not None
    assert schmidt.unavailable == [
        Interval(datetime(2024, 3, 30, 21, 0, tzinfo=UTC), datetime(2024, 3, 31, 4, 0, tzinfo=UTC))
    ]
    assert schmidt.available == [
        Interval(datetime(2024, 5, 14, 9, 0, tzinfo=UTC), datetime(2024, 5, 14, 10, 0, tzinfo=UTC)),
        Interval(brussels("2024-05-14", "14:00"), brussels("2024-05-14", "16:00")),
    ]


def test_identical_windows_are_not_added_twice(campaign_file: Path, tmp_path: Path) -> None:
    text = (
        "Person,Start,End\n"
        "a.martin@example.org,2024-05-13T00:00:00+02:00,2024-05-18T00:00:00+02:00\n"
        "d.kowalska@example.org,2024-05-02 09:00,2024-05-02 12:00\n"
        "d.kowalska@example.org,2024-05-02 09:00,2024-05-02 12:00\n"
    )
    sheet = write(tmp_path, "a.csv", text)
    first = run_import(campaign_file, sheet)
    assert first.added == 1
    assert first.notes == [
        "1 window was already stored and not added again.",
        "1 row repeats an earlier row and added nothing.",
    ]
    assert run_import(campaign_file, sheet).added == 0
    data = load(campaign_file)
    assert len(data.member("a.martin@example.org").unavailable) == 1  # type: ignore[union-attr]
    assert len(data.member("d.kowalska@example.org").unavailable) == 1  # type: ignore[union-attr]


def test_availability_problems(campaign_file: Path, tmp_path: Path) -> None:
    text = (
        "Person,Date,From,To,Status\n"
        "nobody@example.org,2024-05-14,09:00,10:00,\n"
        "a.martin@example.org,2024-05-14,11:00,10:00,\n"
        "a.martin@example.org,2024-05-14,09:00,,\n"
        "a.martin@example.org,,09:00,10:00,\n"
        "a.martin@example.org,2024-05-14,25:00,26:00,maybe\n"
    )
    assert problems_of(campaign_file, write(tmp_path, "a.csv", text)) == [
        'a.csv: row 2, column "Person": "nobody@example.org" is neither a member\'s e-mail nor '
        "a candidate's reference.",
        'a.csv: row 3, column "To": the window ends at 2024-05-14 10:00, not after it starts '
        "(2024-05-14 11:00).",
        'a.csv: row 4, column "To": the window has a start but no end.',
        'a.csv: row 5, column "From": is a time without a date; add the date.',
        'a.csv: row 6, column "From": "25:00" is not a date and time (such as 2024-05-14 09:00 '
        "or 14/05/2024 09:00).",
        'a.csv: row 6, column "To": "26:00" is not a date and time (such as 2024-05-14 09:00 '
        "or 14/05/2024 09:00).",
        'a.csv: row 6, column "Status": "maybe" is not a status (available or unavailable).',
    ]


def test_conflicts_upsert_reason(campaign_file: Path) -> None:
    report = run_import(campaign_file, SHEETS / "conflicts.csv")
    assert (report.kind, report.added, report.updated) == ("conflicts", 1, 1)
    conflicts = {(c.member, c.candidate): c.reason for c in load(campaign_file).conflicts}
    assert conflicts == {
        ("a.martin@example.org", "TS-0002"): "now a neighbour",
        ("b.schmidt@example.org", "TS-0001"): "same team, 2019-2021",
    }


def test_conflicts_need_known_people(campaign_file: Path, tmp_path: Path) -> None:
    text = (
        "Mitglied;Kandidat;Grund\nz@example.org;TS-0001;x\nb.schmidt@example.org;TS-9999;y\n"
        "b.schmidt@example.org;TS-0001;a\nb.schmidt@example.org;TS-0001;b\n"
    )
    assert problems_of(campaign_file, write(tmp_path, "k.csv", text)) == [
        'k.csv: row 2, column "Mitglied": "z@example.org" is not the e-mail of a member of this '
        "campaign.",
        'k.csv: row 3, column "Kandidat": "TS-9999" is not the reference of a candidate of this '
        "campaign.",
        'k.csv: row 5, column "Kandidat": this member and candidate is already in row 4.',
    ]


def test_holidays_csv(campaign_file: Path) -> None:
    report = run_import(campaign_file, SHEETS / "holidays.csv")
    assert (report.kind, report.added, report.updated) == ("holidays", 1, 1)
    holidays = {h.date: h.name for h in load(campaign_file).campaign.holidays}
    assert holidays == {
        date(2024, 5, 1): "Labour Day",
        date(2024, 5, 9): "Ascension Day",
        date(2024, 5, 20): "Whit Monday",
    }
    with session_of(campaign_file, commit=False) as session:
        assert len(session.scalars(select(HolidayRow)).all()) == 3


# ---------------------------------------------------------------------------------------------
# Kinds and headers


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Reference,Name,Profile", "candidates"),
        ("Référence;Nom;Courriel;Profil;Mode;Fuseau horaire", "candidates"),
        ("Kennung;Vorname;Nachname;E-Mail;Profil", "candidates"),
        ("Ref,Status", "candidates"),
        ("Email,Name,Roles", "members"),
        ("ID,E-mail,Name,Rôles", "members"),
        ("Courriel;Nom;Max par jour", "members"),
        ("Person,Start,End", "availability"),
        ("Person,Date,From,To,Status", "availability"),
        ("E-mail,Date,Von,Bis", "availability"),
        ("Member,Candidate,Reason", "conflicts"),
        ("Membre;Référence;Motif", "conflicts"),
        ("Date,Name", "holidays"),
        ("Datum;Feiertag", "holidays"),
    ],
)
def test_kind_guessed_from_headers(header: str, kind: str) -> None:
    delimiter = ";" if ";" in header else ","
    assert guess_kind(match_columns(header.split(delimiter))) == kind


def test_unguessable_kind_asks_for_kind(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "x.csv", "Colour,Size\nred,4\n")
    with pytest.raises(CampaignError) as caught:
        run_import(campaign_file, sheet)
    assert str(caught.value) == (
        'x.csv: cannot tell what kind of rows the columns "Colour", "Size" hold; pass --kind '
        "with one of candidates, members, availability, conflicts, holidays."
    )


def test_kind_given_explicitly(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "h.csv", "Date,Name,Email\n2024-06-03,Bridge day,x@example.org\n")
    report = run_import(campaign_file, sheet, "holidays")
    assert (report.kind, report.added) == ("holidays", 1)
    assert report.notes == ['Ignored the column "Email", which holidays do not have.']


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-Mail-Adresse", "email"), ("Adresse e-mail", "email"), ("COURRIEL", "email"),
        ("Référence", "reference"), ("Réf.", "reference"), ("Candidate ID", "reference"),
        ("Vollständiger Name", "name"), ("Nom complet", "name"), ("Prénom", "first_name"),
        ("Fuseau horaire", "timezone"), ("Zeitzone", "timezone"), ("Modalité", "mode"),
        ("Minutes supplémentaires", "extra_minutes"), ("Zusätzliche Minuten", "extra_minutes"),
        ("Barrierefreier Raum", "accessible_room"), ("Salle accessible", "accessible_room"),
        ("Statut", "status"), ("Bemerkungen", "notes"), ("Rôles", "roles"),
        ("Max. per day", "max_per_day"), ("Extra minutes (min)", "extra_minutes"),
        ("Name*", "name"), ("À", "to"), ("Von", "from"), ("Grund", "reason"),
    ],
)
def test_header_synonyms(header: str, field: str) -> None:
    assert field_for(header) == field


def test_no_header_word_means_two_fields() -> None:
    owners: dict[str, str] = {}
    for name, words in SYNONYMS.items():
        for word in (name, *words):
            key = normalise(word)
            assert owners.setdefault(key, name) == name, (word, owners[key], name)


# ---------------------------------------------------------------------------------------------
# Unreadable input and guards


def junk_zip(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("xl/workbook.xml", "<<< not xml")
    return path


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("random.csv", random.Random(7).randbytes(4000), "random.csv: "),
        ("empty.csv", b"", "empty.csv: is empty."),
        ("blank.csv", b" \r\n\r\n", "blank.csv: is empty."),
        ("junk.xlsx", random.Random(8).randbytes(4000).replace(b"\x00", b"\x01"), "junk.xlsx: "),
        ("nul.csv", b"Reference,Name\x00\nx,y\n", "nul.csv: contains NUL bytes"),
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "locked.xlsx: is a "
         "password-protected workbook or an old .xls file"),
        ("bad.zip.xlsx", b"PK\x03\x04" + bytes(100), "bad.zip.xlsx: is a damaged ZIP archive"),
        ("ctrl.csv", b"Reference,Name\x07\nx,y\n", "ctrl.csv: contains control characters"),
        ("quote.csv", b'Email,Name\n"a@b.org,x\n', "quote.csv: row 2 opens a quoted cell"),
    ],
)
def test_unreadable_files_give_one_sentence(
    campaign_file: Path, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    before = load(campaign_file)
    sheet = tmp_path / name
    sheet.write_bytes(content)
    with pytest.raises(CampaignError) as caught:
        run_import(campaign_file, sheet, "candidates" if name == "random.csv" else None)
    message = str(caught.value)
    assert message.startswith(expected)
    assert "\n" not in message and "Traceback" not in message
    assert load(campaign_file) == before


def test_corrupt_workbook_and_folder(campaign_file: Path, tmp_path: Path) -> None:
    with pytest.raises(CampaignError, match=r"^corrupt\.xlsx: cannot be read as an XLSX workbook"):
        run_import(campaign_file, junk_zip(tmp_path))
    with pytest.raises(CampaignError, match="is a folder, not a spreadsheet"):
        run_import(campaign_file, tmp_path)
    with pytest.raises(CampaignError, match="no such file"):
        run_import(campaign_file, tmp_path / "missing.csv")
    other = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(CampaignError, match="is a ZIP archive but not an XLSX workbook"):
        run_import(campaign_file, other)


def test_file_over_50_mb(campaign_file: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "huge.csv"
    with sheet.open("wb") as handle:
        handle.write(b"Reference,Name\n")
        handle.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(CampaignError, match=r"^huge\.csv: is larger than 50 MB"):
        run_import(campaign_file, sheet)


def test_more_than_100000_rows(tmp_path: Path) -> None:
    sheet = tmp_path / "many.csv"
    sheet.write_text("Email,Name\n" + "a@b.org,A\n" * 100_001)
    with pytest.raises(CampaignError, match=r"^many\.csv: has more than 100,000 rows"):
        read_table(sheet)
    sheet.write_text("Email,Name\n" + "a@b.org,A\n" * 100_000)
    assert len(read_table(sheet).rows) == 100_000


def test_cell_over_10000_characters(tmp_path: Path) -> None:
    sheet = tmp_path / "long.csv"
    sheet.write_text("Reference,Notes\nTS-1," + "x" * 10_001 + "\n")
    with pytest.raises(CampaignError) as caught:
        read_table(sheet)
    assert str(caught.value) == (
        'long.csv: row 2, column "Notes": the cell is longer than 10,000 characters.'
    )
    sheet.write_text('Reference,Notes\nTS-1,"' + "y" * 200_000)
    with pytest.raises(CampaignError, match=r"^long\.csv: row 2 has a cell longer than"):
        read_table(sheet)


def test_xlsx_cell_over_10000_characters(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Reference", "Notes"])
    workbook.active.append(["TS-1", "z" * 10_001])
    path = tmp_path / "long.xlsx"
    workbook.save(path)
    with pytest.raises(CampaignError, match='row 2, column "Notes": the cell is longer'):
        read_table(path)


def test_stray_far_cell_does_not_widen_rows(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Email", "Name"])
    sheet.append(["a@example.org", "A"])
    sheet.cell(row=2, column=16000, value="stray")
    sheet.append(["b@example.org", "B"])
    path = tmp_path / "wide.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.header == ["Email", "Name"]
    assert [len(row.cells) for row in table.rows] == [2, 2]


# ---------------------------------------------------------------------------------------------
# Generated files: whatever is written is either imported exactly or refused with problems

NAME_TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8",
        exclude_categories=("Cs", "Cc"),
        include_characters="\n\r\t,;\"'=+-@|/ ",
    ),
    max_size=30,
)
FORMULAS = st.sampled_from(
    ['=HYPERLINK("http://x.example","y")', "=1+2", "+33 1 23", "-5", "@SUM(A1)", "=cmd|'/c'!A0"]
)
NAMES = st.one_of(
    NAME_TEXT,
    FORMULAS,
    st.sampled_from(["Łukasz Nowak", "Jürgen Weiß", "Zoë O'Sullivan", "Ana \"La\" Pérez"]),
)
EMAILS = st.one_of(
    st.just(""),
    st.emails(),
    st.sampled_from(["bob@", "a@b", "x y@example.org", "ok@example.org", "l.nowak@example.net"]),
    NAME_TEXT,
)
ROWS = st.lists(st.tuples(NAMES, EMAILS), min_size=1, max_size=8)


def expected_email(email: str) -> str:
    email = email.strip()
    return email[7:].strip() if email[:7].casefold() == "mailto:" else email


def expected_valid(rows: list[tuple[str, str]]) -> bool:
    for name, email in rows:
        if not name.strip() or len(name.strip()) > 500:
            return False
        email = expected_email(email)
        if email and (len(email) > 320 or not EMAIL.match(email)):
            return False
    return True


@pytest.fixture(scope="module")
def shared_campaign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from scheduler.interchange import read_campaign_file
    from scheduler.store.mapping import store_campaign

    path = tmp_path_factory.mktemp("hypothesis") / "shared.campaign"
    fixture = Path(__file__).parent.parent / "fixtures" / "full-campaign.json"
    with CampaignFile.create(path) as campaign, campaign.transaction() as session:
        store_campaign(session, read_campaign_file(fixture))
    return path


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rows=ROWS,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
    suffix=st.sampled_from([".csv", ".txt"]),
)
def test_generated_csv_imports_exactly_or_fails_cleanly(
    shared_campaign: Path,
    rows: list[tuple[str, str]],
    encoding: str,
    delimiter: str,
    suffix: str,
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Reference", "Name", "E-mail", "Profile"])
    for index, (name, email) in enumerate(rows):
        writer.writerow([f"GEN-{index:03d}", name, email, "TS"])
    try:
        data = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        data = buffer.getvalue().encode("utf-8")
        encoding = "utf-8"
    if encoding == "cp1252" and not buffer.getvalue().isascii():
        # Windows-1252 bytes that also read as UTF-8 are taken as UTF-8 (a real ambiguity).
        try:
            data.decode("utf-8")
            assume(False)
        except UnicodeDecodeError:
            pass
    with tempfile.TemporaryDirectory() as folder:
        sheet = Path(folder) / f"generated{suffix}"
        sheet.write_bytes(data)
        with CampaignFile.open(shared_campaign) as campaign:
            session = Session(campaign.engine)
            try:
                try:
                    report = import_table(session, sheet)
                except InputProblems as problems:
                    assert not expected_valid(rows), problems.problems
                    assert all(p.startswith("generated") for p in problems.problems)
                    return
                except CampaignError as error:
                    assert "\n" not in str(error)
                    assert not expected_valid(rows), str(error)
                    return
                assert expected_valid(rows)
                assert (report.added, report.updated) == (len(rows), 0)
                stored = load_campaign(session)
                for index, (name, email) in enumerate(rows):
                    candidate = stored.candidate(f"GEN-{index:03d}")
                    assert candidate is not None
                    assert candidate.name == name.strip()
                    assert candidate.email == (expected_email(email) or None)
                    assert candidate.profile == "TS"
            finally:
                session.rollback()
                session.close()


XLSX_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\n\t"),
    max_size=30,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=st.lists(st.tuples(st.one_of(XLSX_TEXT, FORMULAS), EMAILS), min_size=1, max_size=6))
def test_generated_xlsx_imports_exactly_or_fails_cleanly(
    shared_campaign: Path, rows: list[tuple[str, str]]
) -> None:
    assume(all(not any(ord(c) < 32 and c not in "\n\t" for c in e) for _, e in rows))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Référence", "Nom", "Courriel", "Profil"])
    for index, (name, email) in enumerate(rows, start=2):
        for column, value in enumerate([f"GEN-{index:03d}", name, email, "AA"], start=1):
            cell = sheet.cell(row=index, column=column, value=value or None)
            cell.data_type = "s" if value else cell.data_type  # text, even when it starts with "="
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.xlsx"
        workbook.save(path)
        with CampaignFile.open(shared_campaign) as campaign:
            session = Session(campaign.engine)
            try:
                try:
                    import_table(session, path)
                except InputProblems as problems:
                    assert not expected_valid(rows), problems.problems
                    return
                assert expected_valid(rows)
                stored = load_campaign(session)
                for index, (name, email) in enumerate(rows, start=2):
                    candidate = stored.candidate(f"GEN-{index:03d}")
                    assert candidate is not None
                    assert candidate.name == name.strip()
                    assert candidate.email == (expected_email(email) or None)
            finally:
                session.rollback()
                session.close()


@settings(max_examples=50, deadline=None)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_never_crash(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sheet = Path(folder) / f"random{suffix}"
        sheet.write_bytes(data)
        try:
            table = read_table(sheet)
        except CampaignError as error:
            assert "\n" not in str(error)
            return
        assert table.header

