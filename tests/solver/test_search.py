"""The whole demo, progress reports, cancel, and the `solve` command."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from scheduler.cli import main
from scheduler.demo import build_demo
from scheduler.domain import CampaignData
from scheduler.rules import check_plan
from solver.plan import plan_campaign
from solver.search import Progress, SearchOptions


@pytest.fixture(scope="module")
def demo() -> CampaignData:
    return build_demo()


def test_demo_plan_places_everyone_placeable_and_passes_the_validator(demo: CampaignData) -> None:
    seen: list[Progress] = []
    result = plan_campaign(demo, options=SearchOptions(time_limit=20, workers=2),
                           progress=seen.append)
    assert check_plan(replace(demo, interviews=result.interviews)) == []
    assert sorted(result.unscheduled) == ["AA-0004", "AA-0029", "TS-0099"]
    assert len(result.interviews) == 174
    assert seen[0].stage == "first-fit" and seen[0].placed == 172
    assert any(p.stage == "placing" for p in seen)


def test_cancel_stops_the_search_within_a_second(demo: CampaignData) -> None:
    stop = threading.Event()
    timer = threading.Timer(1.5, stop.set)
    timer.start()
    started = time.monotonic()
    result = plan_campaign(demo, options=SearchOptions(time_limit=120, workers=2),
                           should_stop=stop.is_set)
    elapsed = time.monotonic() - started
    assert result.cancelled
    assert elapsed < 1.5 + 1.0 + 2.0  # the reasons are still written after the stop
    assert check_plan(replace(demo, interviews=result.interviews)) == []


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_solve_command_stores_the_plan_and_writes_the_schedule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign = tmp_path / "d.campaign"
    assert run(capsys, "demo", campaign)[0] == 0
    code, out, _ = run(capsys, "solve", campaign, "--time-limit", "5", "--deterministic",
                       "--json", tmp_path / "s.json")
    assert code == 0
    assert "174 interviews planned" in out
    assert "TS-0099: No time inside the candidate's local hours (Pacific/Honolulu" in out
    schedule = json.loads((tmp_path / "s.json").read_text("utf-8"))
    assert schedule["format"] == "interview-scheduler.schedule"
    assert len(schedule["interviews"]) == 174
    assert {u["candidate"] for u in schedule["unscheduled"]} == {"TS-0099", "AA-0004", "AA-0029"}
    assert {i["panel"] for i in schedule["interviews"]} == {"TS panel A", "TS panel B", "AA panel"}
    code, out, _ = run(capsys, "check", campaign)
    assert code == 0 and out.startswith("No rule broken: 174 interviews checked; 3 shortlisted")


def test_solve_with_clashing_pins_exits_1_and_stores_nothing(
    tmp_path: Path, full_campaign_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign = tmp_path / "c.campaign"
    run(capsys, "new", campaign, "--from", full_campaign_json)
    before = campaign.read_bytes()
    code, _, err = run(capsys, "solve", campaign, "--time-limit", "2")
    assert code == 1
    assert "Anne Martin" in err and "No plan stored" in err
    assert campaign.read_bytes() == before


@pytest.mark.parametrize("argv", [["--time-limit", "0"], ["--workers", "-1"], ["--bogus"]])
def test_solve_rejects_a_wrong_command_line(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["solve", str(tmp_path / "x.campaign"), *argv])
    assert exit_.value.code == 2


def test_export_schedule_in_every_format_after_solve(tmp_path: Path, capsys) -> None:
    campaign = tmp_path / "d.campaign"
    run(capsys, "demo", campaign)
    run(capsys, "solve", campaign, "--time-limit", "3", "--deterministic")
    for name in ("plan.json", "plan.csv", "plan.xlsx", "plan.pdf"):
        code, out, _ = run(capsys, "export", campaign, "--schedule", tmp_path / name)
        assert code == 0 and "174 interviews, 3 not placed" in out
    schedule = json.loads((tmp_path / "plan.json").read_text("utf-8"))
    assert schedule["status"] in ("optimal", "feasible") and schedule["stats"]["solve_seconds"] > 0
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "export", campaign, "--schedule", tmp_path / "plan.txt")
    assert code == 1 and "choose a file ending in .json, .csv, .xlsx, .pdf" in err


def test_export_invitations_writes_changes_only(tmp_path: Path, capsys) -> None:
    campaign = tmp_path / "d.campaign"
    run(capsys, "demo", campaign)
    run(capsys, "solve", campaign, "--time-limit", "3", "--deterministic")
    code, out, _ = run(capsys, "export", campaign, "--invitations", tmp_path / "first")
    assert code == 0 and "invitations and 0 cancellations written" in out
    manifest = json.loads((tmp_path / "first" / "manifest.json").read_text("utf-8"))
    assert manifest["format"] == "interview-scheduler.invitations"
    assert {m["method"] for m in manifest["messages"]} == {"REQUEST"}
    code, out, _ = run(capsys, "export", campaign, "--invitations", tmp_path / "again")
    assert code == 0 and "nothing changed since the last export" in out
    code, _, err = run(capsys, "export", campaign, "--invitations", tmp_path / "first")
    assert code == 1 and "first" in err


def test_all_without_invitations_is_a_usage_error(tmp_path: Path, capsys) -> None:
    code, _, _ = run(capsys, "export", tmp_path / "x.campaign", "--json", tmp_path / "x.json", "--all")
    assert code == 2
