"""The command line as a coordinator or a script uses it: output, exit codes, files left untouched."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from scheduler import operations
from scheduler.cli import LATER, main, not_yet
from scheduler.interchange import campaign_schema
from scheduler.logs import log_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_new_from_json_then_export_gives_the_same_file(
    tmp_path: Path, full_campaign_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign = tmp_path / "round.campaign"
    code, out, _ = run(capsys, "new", campaign, "--from", full_campaign_json)
    assert code == 0 and "3 candidates" in out
    code, out, _ = run(capsys, "export", campaign, "--json", tmp_path / "back.json")
    assert code == 0
    exported = json.loads((tmp_path / "back.json").read_text("utf-8"))
    assert exported == json.loads(full_campaign_json.read_text("utf-8"))


def test_new_from_a_bad_file_lists_each_problem_and_creates_nothing(
    tmp_path: Path, full_campaign_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(full_campaign_json.read_text("utf-8"))
    document["candidates"][0]["colour"] = "blue"
    document["interviews"][0]["members"][0] = "ghost@example.org"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    campaign = tmp_path / "round.campaign"
    code, _, err = run(capsys, "new", campaign, "--from", bad)
    assert code == 1
    assert err.splitlines() == [f"{bad}: $.candidates[0]: unknown key 'colour'."]
    assert not campaign.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_new_refuses_an_existing_file(campaign_file: Path, full_campaign_json: Path, capsys) -> None:
    before = campaign_file.read_bytes()
    code, _, err = run(capsys, "new", campaign_file, "--from", full_campaign_json)
    assert code == 1 and "already exists" in err
    assert campaign_file.read_bytes() == before


def test_new_empty_campaign_can_be_exported(tmp_path: Path, capsys) -> None:
    campaign = tmp_path / "empty.campaign"
    code, out, _ = run(capsys, "new", campaign, "--timezone", "Europe/Vienna", "--name", "Round 3")
    assert code == 0 and "Europe/Vienna" in out
    run(capsys, "export", campaign, "--json", tmp_path / "e.json")
    document = json.loads((tmp_path / "e.json").read_text("utf-8"))
    assert document["campaign"]["name"] == "Round 3"
    assert document["candidates"] == []


def test_new_with_an_unknown_zone_is_refused(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "new", tmp_path / "x.campaign", "--timezone", "Mars/Olympus")
    assert code == 1 and "'Mars/Olympus' is not a known time zone" in err
    assert not (tmp_path / "x.campaign").exists()


def test_demo_exports_a_file_that_validates_against_the_schema(tmp_path: Path, capsys) -> None:
    campaign = tmp_path / "d.campaign"
    code, out, _ = run(capsys, "demo", campaign)
    assert code == 0, out
    code, _, _ = run(capsys, "export", campaign, "--json", tmp_path / "d.json")
    assert code == 0
    document = json.loads((tmp_path / "d.json").read_text("utf-8"))
    assert list(Draft202012Validator(campaign_schema()).iter_errors(document)) == []
    assert len(document["candidates"]) == 180


def test_check_prints_each_violation_and_exits_1(campaign_file: Path, capsys) -> None:
    code, out, err = run(capsys, "check", campaign_file)
    assert code == 1
    assert any("a.martin@example.org" in line or "Anne Martin" in line for line in out.splitlines())
    assert err.startswith("1 rule violation; 1 interview checked; 1 shortlisted candidate not yet planned.")


def test_check_of_a_valid_plan_exits_0(tmp_path: Path, capsys) -> None:
    campaign = tmp_path / "d.campaign"
    run(capsys, "demo", campaign)
    code, out, _ = run(capsys, "check", campaign)
    assert code == 0
    assert out.startswith("No rule broken: 2 interviews checked")


def test_commands_on_a_missing_campaign_say_so(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "check", tmp_path / "nowhere.campaign")
    assert code == 1
    assert err.strip() == f"{tmp_path / 'nowhere.campaign'}: no such campaign file."


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["new"],
        ["export", "x.campaign"],
        ["export", "x.campaign", "--json", "a.json", "--schedule", "b.json"],
        ["import", "x.campaign", "f.csv", "--kind", "pets"],
        ["import-busy", "x.campaign", "cal.ics"],
        ["send", "x.campaign"],
        ["send", "x.campaign", "--smtp", "smtp.example.org"],
        ["send", "x.campaign", "--smtp", "localhost:25", "--ssl", "--starttls"],
        ["send", "x.campaign", "--smtp", "localhost:25", "--limit-per-minute", "0"],
        ["send", "x.campaign", "--smtp", "localhost:25", "--save-password"],
    ],
)
def test_wrong_command_lines_exit_2(argv: list[str], capsys) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) >= 1


@pytest.mark.parametrize("command", sorted(LATER))
def test_commands_of_later_versions_say_so(command: str, capsys) -> None:
    # purge is part of this version (tests/scheduler/test_privacy.py); what is left comes from the
    # solver and the app through entry points, and says so when they are not installed.
    assert "purge" not in LATER
    assert not_yet(command) == 2
    assert "not part of this version yet" in capsys.readouterr().err


def test_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(
    campaign_file: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> None:
        raise ZeroDivisionError("deep inside")

    monkeypatch.setattr(operations, "check", broken)
    code, _, err = run(capsys, "check", campaign_file)
    assert code == 1
    assert err.strip().splitlines() == [
        f"Unexpected error (ZeroDivisionError); nothing was changed. Details are in {log_path()}."
    ]
    assert "Traceback" in log_path().read_text("utf-8")
    assert "deep inside" in log_path().read_text("utf-8")


def test_an_error_after_the_import_was_stored_does_not_say_nothing_changed(
    campaign_file: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E.g. the summary cannot be printed (a closed pipe): the candidates are in, and the line says so."""
    from scheduler.importing import ImportReport

    def broken(self: ImportReport, source: str) -> str:
        raise BrokenPipeError("stdout closed")

    def candidates() -> int:
        run(capsys, "export", campaign_file, "--json", campaign_file.with_suffix(".json"))
        return len(json.loads(campaign_file.with_suffix(".json").read_text())["candidates"])

    before = candidates()
    monkeypatch.setattr(ImportReport, "summary", broken)
    code, _, err = run(capsys, "import", campaign_file, SPREADSHEETS / "candidats-excel-fr.csv")
    assert code == 1
    assert "nothing was changed" not in err
    expected = ("the campaign file was changed; see what it holds with "
                f"`interview-scheduler check {campaign_file}`")
    assert expected in err
    monkeypatch.undo()
    assert candidates() > before


def test_installed_entry_point_runs(tmp_path: Path, full_campaign_json: Path) -> None:
    environment = {**os.environ, "INTERVIEW_SCHEDULER_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scheduler.cli",
            "new",
            str(tmp_path / "c.campaign"),
            "--from",
            str(full_campaign_json),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "c.campaign").exists()


SPREADSHEETS = Path(__file__).parent.parent / "fixtures" / "spreadsheets"
CALENDARS = Path(__file__).parent.parent / "fixtures" / "calendars"


def test_import_of_a_french_excel_csv_adds_the_candidates(campaign_file: Path, capsys) -> None:
    code, out, _ = run(capsys, "import", campaign_file, SPREADSHEETS / "candidats-excel-fr.csv")
    assert code == 0 and "candidates added" in out
    code, _, _ = run(capsys, "export", campaign_file, "--json", campaign_file.with_suffix(".json"))
    names = [c["name"] for c in json.loads(campaign_file.with_suffix(".json").read_text())["candidates"]]
    assert len(names) > 3 and any(ch in "".join(names) for ch in "éèçàü")


def test_import_of_bad_rows_names_each_and_changes_nothing(campaign_file: Path, capsys) -> None:
    before = campaign_file.read_bytes()
    code, _, err = run(capsys, "import", campaign_file, SPREADSHEETS / "candidates-bad.csv")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) >= 2 and all("candidates-bad.csv: row " in line for line in lines[:2])
    assert campaign_file.read_bytes() == before


def test_import_of_random_bytes_is_one_sentence(campaign_file: Path, tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 40)
    before = campaign_file.read_bytes()
    code, _, err = run(capsys, "import", campaign_file, junk)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "junk.csv" in err
    assert campaign_file.read_bytes() == before


def test_import_of_country_holidays(campaign_file: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "import", campaign_file, "--kind", "holidays", "--country", "BE")
    assert code == 0 and "holidays of BE" in out
    run(capsys, "export", campaign_file, "--json", tmp_path / "h.json")
    days = [h["date"] for h in json.loads((tmp_path / "h.json").read_text())["campaign"]["holidays"]]
    assert {"2024-05-01", "2024-05-09", "2024-05-20"} <= set(days)


def test_import_busy_adds_unavailable_time(campaign_file: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = run(
        capsys,
        "import-busy",
        campaign_file,
        "--person",
        "B.Schmidt@example.org",
        CALENDARS / "google-bjorn.ics",
    )
    assert code == 0 and "google-bjorn.ics" in out
    run(capsys, "export", campaign_file, "--json", tmp_path / "b.json")
    members = json.loads((tmp_path / "b.json").read_text())["members"]
    assert len(next(m for m in members if m["email"] == "b.schmidt@example.org")["unavailable"]) > 3


def test_import_busy_for_an_unknown_person_changes_nothing(campaign_file: Path, capsys) -> None:
    before = campaign_file.read_bytes()
    code, _, err = run(
        capsys, "import-busy", campaign_file, "--person", "nobody@example.org", CALENDARS / "google-bjorn.ics"
    )
    assert code == 1 and "nobody@example.org" in err
    assert campaign_file.read_bytes() == before


def test_demo_survives_a_round_trip_through_the_interchange_format(tmp_path: Path, capsys) -> None:
    run(capsys, "demo", tmp_path / "d.campaign")
    run(capsys, "export", tmp_path / "d.campaign", "--json", tmp_path / "one.json")
    run(capsys, "new", tmp_path / "copy.campaign", "--from", tmp_path / "one.json")
    run(capsys, "export", tmp_path / "copy.campaign", "--json", tmp_path / "two.json")
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


@pytest.mark.parametrize(
    ("argv", "campaign"), [([], None), (["gui"], None), (["gui", "a.campaign"], "a.campaign")]
)
def test_no_command_or_gui_opens_the_app_on_the_campaign(argv, campaign, monkeypatch) -> None:
    import ui.app

    opened = []
    monkeypatch.setattr(ui.app, "main", lambda argv, path: opened.append(path) or 0)
    assert main(argv) == 0
    assert opened == [Path(campaign) if campaign else None]


def test_importing_a_demo_members_own_calendar_again_replaces_its_busy_times(tmp_path: Path, capsys) -> None:
    """The demo's busy times carry their calendar's name, as if imported with import-busy."""
    import sqlite3

    from resources import resource_path

    campaign = tmp_path / "demo.campaign"
    assert run(capsys, "demo", campaign)[0] == 0

    def busy_times() -> int:
        with contextlib.closing(sqlite3.connect(campaign)) as connection:
            return connection.execute("SELECT count(*) FROM member_window WHERE NOT available").fetchone()[0]

    before = busy_times()
    calendar = resource_path("demo", "calendars") / "kilian.gross.ics"
    code, out, _ = run(capsys, "import-busy", campaign, "--person", "kilian.gross@example.org", calendar)
    assert code == 0 and "Replaced 48 busy times from an earlier import of kilian.gross.ics" in out
    assert busy_times() == before
