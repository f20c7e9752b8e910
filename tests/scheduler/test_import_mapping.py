"""A person's own column mapping, dry runs, and problems by place: what the app's import wizard uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.errors import CampaignError, InputProblems
from scheduler.importing.headers import mapping_of
from scheduler.importing.spreadsheet import (
    Place,
    SheetProblems,
    detect_layout,
    import_table,
    read_sheet,
)
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign

SHEETS = Path(__file__).parent.parent / "fixtures" / "spreadsheets"


def run(campaign: Path, sheet: Path, kind: str | None = None, **options):
    with CampaignFile.open(campaign) as file, file.transaction() as session:
        return import_table(session, sheet, kind, **options)


def load(campaign: Path):
    with CampaignFile.open(campaign) as file, file.transaction() as session:
        return load_campaign(session)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_detected_mapping_names_each_column(tmp_path: Path) -> None:
    sheet = write(tmp_path, "c.csv", "Réf.,Nom,Courriel,Profil,Shoe size\nTS-0301,Ana,ana@example.es,TS,38\n")
    kind, layout = detect_layout(read_sheet(sheet))
    assert kind == "candidates"
    assert mapping_of(layout) == {0: "reference", 1: "name", 2: "email", 3: "profile", 4: None}


def test_a_chosen_mapping_reads_an_unknown_header(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "c.csv", "Ref,Who,Job\nTS-0301,Ana Pérez,TS\n")
    with pytest.raises(InputProblems):  # "Who" means nothing to the import by itself
        run(campaign_file, sheet, "candidates")
    report = run(campaign_file, sheet, "candidates", mapping={1: "name"})
    assert report.added == 1
    assert load(campaign_file).candidate("TS-0301").name == "Ana Pérez"


def test_a_column_left_out_is_not_read(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "c.csv", "Reference,Name,E-mail,Profile\nTS-0301,Ana,not-an-address,TS\n")
    report = run(campaign_file, sheet, "candidates", mapping={2: None})
    assert report.added == 1
    assert load(campaign_file).candidate("TS-0301").email is None
    assert any('"E-mail"' in note for note in report.notes)


def test_a_field_the_kind_does_not_have_is_refused(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "c.csv", "Reference,Name,Profile\nTS-0301,Ana,TS\n")
    with pytest.raises(CampaignError, match="roles"):
        run(campaign_file, sheet, "candidates", mapping={1: "roles"})


def test_two_columns_chosen_for_one_field_are_reported(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "c.csv", "Reference,Name,Nickname,Profile\nTS-0301,Ana,Annie,TS\n")
    with pytest.raises(InputProblems) as caught:
        run(campaign_file, sheet, "candidates", mapping={2: "name"})
    assert caught.value.problems == [
        'c.csv: the columns "Name" and "Nickname" both give the name; keep only one of them.'
    ]


def test_the_detected_mapping_given_back_imports_the_same(campaign_file: Path) -> None:
    sheet = SHEETS / "candidats-excel-fr.csv"
    _, layout = detect_layout(read_sheet(sheet))
    report = run(campaign_file, sheet, "candidates", mapping=mapping_of(layout))
    assert (report.added, report.updated) == (2, 1)


def test_a_dry_run_counts_but_stores_nothing(campaign_file: Path) -> None:
    before = load(campaign_file)
    report = run(campaign_file, SHEETS / "candidats-excel-fr.csv", dry_run=True)
    assert (report.kind, report.added, report.updated) == ("candidates", 2, 1)
    assert load(campaign_file) == before
    # and the same file then imports for real
    assert run(campaign_file, SHEETS / "candidats-excel-fr.csv").added == 2
    assert load(campaign_file).candidate("TS-0101") is not None


def test_problems_carry_their_row_and_column(campaign_file: Path) -> None:
    before = load(campaign_file)
    with pytest.raises(SheetProblems) as caught:
        run(campaign_file, SHEETS / "candidates-bad.csv", dry_run=True)
    assert load(campaign_file) == before
    places = caught.value.places
    assert len(places) == len(caught.value.problems)
    assert places[0] == Place(3, "E-mail", '"bob@" is not an e-mail address.')
    assert Place(7, "Reference", '"TS-0201" is already in row 2.') in places


def test_problems_of_the_whole_file_have_no_row(campaign_file: Path, tmp_path: Path) -> None:
    sheet = write(tmp_path, "m.csv", "Name,Roles\nAna,chair\n")
    with pytest.raises(SheetProblems) as caught:
        run(campaign_file, sheet, "members")
    assert caught.value.places[0].row is None
    assert caught.value.places[0].column is None
    assert "e-mail" in caught.value.places[0].text
