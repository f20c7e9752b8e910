"""The whole demo, progress reports, cancel, and the `solve` command."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

import solver.decompose
import solver.limits
import solver.problem
from scheduler.cli import main
from scheduler.demo import build_demo
from scheduler.domain import CampaignData
from scheduler.rules import check_plan
from solver.generate import generated_campaign
from solver.plan import PlanResult, plan_campaign
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


@pytest.fixture(scope="module")
def thousand() -> CampaignData:
    """The benchmark's M campaign: 1,000 candidates, where every phase takes seconds."""
    return generated_campaign("M", 1)


def _signature(result: PlanResult) -> list[tuple[object, ...]]:
    return sorted((i.candidate, i.start, tuple(i.members), i.room) for i in result.interviews)


def test_deterministic_runs_give_the_same_plan(demo: CampaignData, monkeypatch: pytest.MonkeyPatch) -> None:
    pinned = {i.candidate for i in demo.interviews}
    sixty = replace(demo, candidates=[c for c in demo.candidates if c.reference in pinned]
                    + [c for c in demo.candidates if c.reference not in pinned][:60])
    # The run's work (0.3 units, a few seconds here) is far inside its wall-clock safety net (27 s),
    # so even a slow or busy machine ends it by its work, as a reproducible run must.
    monkeypatch.setattr(solver.limits, "WORK_PER_SECOND", 0.01)
    options = SearchOptions(time_limit=30, deterministic=True)
    first, second = (plan_campaign(sixty, options=options) for _ in range(2))
    assert first.stats["reproducible"] and second.stats["reproducible"]  # no safety net cut in
    assert _signature(first) == _signature(second)
    assert len(first.interviews) == 61


def test_a_deterministic_run_stays_within_its_time_limit(demo: CampaignData) -> None:
    started = time.monotonic()
    result = plan_campaign(demo, options=SearchOptions(time_limit=2, deterministic=True))
    assert time.monotonic() - started < 2 + 1.0  # the model alone takes longer than 2 s to solve
    assert len(result.interviews) == 174  # first fit's plan at least
    assert check_plan(replace(demo, interviews=result.interviews)) == []


class Canceller:
    """Cancels a run some time after a given moment, and remembers when it did."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.at: float | None = None

    def cancel_in(self, seconds: float) -> None:
        threading.Timer(seconds, self._cancel).start()

    def _cancel(self) -> None:
        self.at = time.monotonic()
        self.stop.set()

    def answered_within(self, seconds: float) -> bool:
        return self.at is not None and time.monotonic() - self.at < seconds


def test_cancel_while_the_problem_is_built_plans_nothing(
    thousand: CampaignData, monkeypatch: pytest.MonkeyPatch
) -> None:
    canceller = Canceller()
    build_task = solver.problem.build_task
    built: list[int] = []

    def cancel_at_the_hundredth_candidate(*args: object, **kwargs: object) -> object:
        built.append(1)
        if len(built) == 100:  # 900 candidates still to build
            canceller.cancel_in(0.0)
        return build_task(*args, **kwargs)

    monkeypatch.setattr(solver.problem, "build_task", cancel_at_the_hundredth_candidate)
    result = plan_campaign(thousand, options=SearchOptions(time_limit=300),
                           should_stop=canceller.stop.is_set)
    assert canceller.answered_within(2.5)  # "within a second", with room for a busy machine
    assert result.cancelled and result.interviews == []
    assert len(built) < 1000


def test_cancel_while_the_model_is_built_keeps_the_first_plan(thousand: CampaignData) -> None:
    canceller = Canceller()
    first: list[int] = []

    def on_progress(progress: Progress) -> None:
        if progress.stage == "first-fit":  # the whole campaign's model is built next (7 s here)
            first.append(progress.placed)
            canceller.cancel_in(0.5)

    result = plan_campaign(thousand, options=SearchOptions(time_limit=300, decompose=False),
                           progress=on_progress, should_stop=canceller.stop.is_set)
    assert canceller.answered_within(2.5)
    assert result.cancelled and len(result.interviews) == first[0]
    assert check_plan(replace(thousand, interviews=result.interviews)) == []


def test_cancel_while_days_are_planned_keeps_the_best_plan(
    thousand: CampaignData, monkeypatch: pytest.MonkeyPatch
) -> None:
    canceller = Canceller()
    plan_day = solver.decompose.plan_day
    calls: list[int] = []

    def cancel_on_the_third_day(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 3:
            canceller.cancel_in(0.3)
        return plan_day(*args, **kwargs)

    monkeypatch.setattr(solver.decompose, "plan_day", cancel_on_the_third_day)
    result = plan_campaign(thousand, options=SearchOptions(time_limit=300, decompose=True),
                           should_stop=canceller.stop.is_set)
    assert canceller.answered_within(2.5)
    assert result.cancelled and len(calls) <= 4
    assert check_plan(replace(thousand, interviews=result.interviews)) == []


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
