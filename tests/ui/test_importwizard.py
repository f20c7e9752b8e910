"""The import wizard: a file, its columns (changeable), the check by row and column, the import, undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign

SHEETS = Path(__file__).parent.parent / "fixtures" / "spreadsheets"


def stored(path: Path):
    with CampaignFile.open(path) as file, file.transaction() as session:
        return load_campaign(session)


@pytest.fixture
def wizard(qtbot, session):
    from ui.tables.importwizard import ImportWizard

    shown = ImportWizard(session, "candidates")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def to_mapping(qtbot, wizard, path: Path, kind: str | None = None) -> None:
    if kind is not None:
        wizard.choose.set_kind(kind)
    wizard.set_path(path)
    assert wizard.choose.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    qtbot.waitUntil(lambda: wizard.mapping_page.isComplete() or bool(wizard.mapping_page.message.text()),
                    timeout=10_000)


def to_check(qtbot, wizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.isComplete() or page.problems_table.isVisibleTo(wizard)
                    or "cannot" in page.summary.text(), timeout=10_000)


def to_done(qtbot, wizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    qtbot.waitUntil(wizard.done_page.isComplete, timeout=10_000)


def test_the_wizard_models_pass_the_model_tester(qtbot, qtmodeltester, wizard):
    to_mapping(qtbot, wizard, SHEETS / "candidates-bad.csv")
    qtmodeltester.check(wizard.mapping_page.mapping, force_py=True)
    qtmodeltester.check(wizard.mapping_page.preview, force_py=True)
    to_check(qtbot, wizard)
    qtmodeltester.check(wizard.check_page.problems, force_py=True)


def test_a_german_excel_file_is_imported_and_undo_removes_it(qtbot, wizard, session, demo_file):
    imported = []
    wizard.imported.connect(imported.append)
    to_mapping(qtbot, wizard, SHEETS / "kandidaten-excel-de.csv")
    mapping = wizard.mapping_page.mapping
    shown = {header: mapping.index(row, 1).data() for row, (_, header) in enumerate(mapping.columns)}
    assert shown == {"Kennung": "Reference", "Vorname": "First name", "Nachname": "Last name",
                     "E-Mail": "E-mail", "Profil": "Profile", "Modus": "Mode", "Zeitzone": "Time zone"}
    preview = wizard.mapping_page.preview
    assert preview.rowCount() == 2
    assert preview.headerData(0, Qt.Orientation.Horizontal) == "Kennung\n→ Reference"
    assert preview.index(0, 0).data() == "AA-0101"
    to_check(qtbot, wizard)
    assert wizard.check_page.isComplete()
    assert "adds 2 and updates 0" in wizard.check_page.summary.text()
    assert stored(demo_file).candidate("AA-0101") is None  # the check stored nothing
    to_done(qtbot, wizard)
    assert "2 candidates added" in wizard.done_page.summary.text()
    assert imported == ["kandidaten-excel-de.csv: 2 candidates added, 0 updated."]
    data = stored(demo_file)
    assert data.candidate("AA-0101").name == "Jürgen Weiß"
    assert session.data.candidate("AA-0102").timezone == "Europe/Berlin"
    assert session.undo_stack.undoText() == "Import kandidaten-excel-de.csv"
    session.undo_stack.undo()
    assert stored(demo_file).candidate("AA-0101") is None
    assert session.data.candidate("AA-0101") is None
    session.undo_stack.redo()
    assert stored(demo_file).candidate("AA-0101") is not None


def test_a_french_file_updates_candidates_and_undo_restores_them(qtbot, wizard, session, demo_file):
    before = stored(demo_file).candidate("TS-0101")
    to_mapping(qtbot, wizard, SHEETS / "candidats-excel-fr.csv")
    to_check(qtbot, wizard)
    to_done(qtbot, wizard)
    assert stored(demo_file).candidate("TS-0101").name == "Élodie Lefèvre"
    session.undo_stack.undo()
    assert stored(demo_file).candidate("TS-0101") == before


def test_a_file_with_errors_is_reported_by_row_and_column_and_nothing_is_stored(qtbot, wizard, demo_file):
    before = stored(demo_file)
    to_mapping(qtbot, wizard, SHEETS / "candidates-bad.csv")
    to_check(qtbot, wizard)
    page = wizard.check_page
    assert not page.isComplete()
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    assert "Nothing was stored" in page.summary.text()
    problems = page.problems
    rows = [tuple(problems.index(r, c).data() for c in range(3)) for r in range(problems.rowCount())]
    assert rows[0] == ("3", "E-mail", '"bob@" is not an e-mail address.')
    assert ("7", "Reference", '"TS-0201" is already in row 2.') in rows
    assert stored(demo_file) == before


def test_a_changed_column_mapping_is_what_gets_imported(qtbot, wizard, session, tmp_path):
    sheet = tmp_path / "who.csv"
    sheet.write_text("Reference,Who,Profile,Shoe size\nTS-0500,Ana Pérez,TS,38\n", encoding="utf-8")
    to_mapping(qtbot, wizard, sheet)
    mapping = wizard.mapping_page.mapping
    assert mapping.index(1, 1).data() == "Not imported"
    to_check(qtbot, wizard)
    assert not wizard.check_page.isComplete()  # a new candidate needs a name: no column gives it
    wizard.back()
    assert mapping.setData(mapping.index(1, 1), "name", Qt.ItemDataRole.EditRole)
    assert wizard.mapping_page.preview.headerData(1, Qt.Orientation.Horizontal) == "Who\n→ Name"
    assert not mapping.setData(mapping.index(1, 1), "roles", Qt.ItemDataRole.EditRole)  # not a candidate's
    to_check(qtbot, wizard)
    assert wizard.check_page.isComplete()
    to_done(qtbot, wizard)
    assert session.data.candidate("TS-0500").name == "Ana Pérez"


def test_an_xlsx_of_members_is_imported(qtbot, wizard, session, tmp_path):
    path = tmp_path / "members.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["E-mail", "Name", "Roles", "Max per day"])
    sheet.append(["p.novak@example.org", "Petra Novák", "chair / member", 4])
    workbook.save(path)
    to_mapping(qtbot, wizard, path, kind="members")
    to_check(qtbot, wizard)
    to_done(qtbot, wizard)
    member = session.data.member("p.novak@example.org")
    assert member is not None and member.roles == ["chair", "member"] and member.max_per_day == 4


def test_holidays_are_imported_into_the_settings_and_undone(qtbot, wizard, session, demo_file, tmp_path):
    sheet = tmp_path / "feestdagen.csv"
    sheet.write_text("Datum;Bezeichnung\n03.05.2024;Teamtag\n", encoding="utf-8")
    before = list(session.data.campaign.holidays)
    to_mapping(qtbot, wizard, sheet, kind="holidays")
    to_check(qtbot, wizard)
    to_done(qtbot, wizard)
    assert any(h.name == "Teamtag" and h.date.isoformat() == "2024-05-03"
               for h in stored(demo_file).campaign.holidays)
    session.undo_stack.undo()
    assert stored(demo_file).campaign.holidays == before


def test_the_wizard_says_when_the_columns_look_like_another_kind(qtbot, wizard):
    to_mapping(qtbot, wizard, SHEETS / "conflicts.csv")
    assert "look like conflicts of interest" in wizard.mapping_page.message.text()


def test_an_unreadable_file_is_one_sentence(qtbot, wizard, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    to_mapping(qtbot, wizard, path)
    assert not wizard.mapping_page.isComplete()
    assert "old .xls" in wizard.mapping_page.message.text()


def test_the_candidates_view_opens_the_wizard_and_shows_its_result(qtbot, session, monkeypatch):
    from ui.tables.candidates import CandidatesView

    view = CandidatesView(session)
    qtbot.addWidget(view)
    view.show()
    view.page.import_rows()
    wizard = view.page.wizard
    assert wizard.isVisible() and wizard.choose.kind.currentData() == "candidates"
    to_mapping(qtbot, wizard, SHEETS / "kandidaten-excel-de.csv")
    to_check(qtbot, wizard)
    to_done(qtbot, wizard)
    assert "2 candidates added" in view.page.bar.text()
    assert view.model.row_of("AA-0101") >= 0
    wizard.accept()


def test_every_wizard_control_has_an_accessible_name(qtbot, wizard):
    from tests.ui.test_tables import focusable_without_name

    assert not focusable_without_name(wizard)
    to_mapping(qtbot, wizard, SHEETS / "kandidaten-excel-de.csv")
    assert not focusable_without_name(wizard)
    to_check(qtbot, wizard)
    assert not focusable_without_name(wizard)
