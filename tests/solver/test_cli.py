"""`solve` on a file others write meanwhile: a plan for a campaign that is no more is not stored."""

from __future__ import annotations

from pathlib import Path

import solver.cli
import solver.limits
from scheduler.cli import main
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign


def test_a_plan_made_while_someone_else_changed_the_file_is_not_stored(tmp_path: Path, capsys, monkeypatch):
    path = tmp_path / "demo.campaign"
    assert main(["demo", str(path)]) == 0
    planning = solver.cli._interruptible_plan

    def plan_while_someone_edits(data, replan, options):
        result = planning(data, replan, options)
        assert main(["import", str(path), "--country", "FR"]) == 0  # another program writes
        return result

    monkeypatch.setattr(solver.cli, "_interruptible_plan", plan_while_someone_edits)
    capsys.readouterr()
    assert main(["solve", str(path), "--time-limit", "1", "--deterministic"]) == 1
    err = capsys.readouterr().err
    assert "changed by another window or program while planning" in err
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        assert len(load_campaign(session).interviews) == 2  # the demo's pinned ones, nothing more


def test_a_deterministic_solve_cut_short_by_its_time_limit_says_the_plan_may_differ(
    tmp_path: Path, capsys, monkeypatch
):
    path = tmp_path / "demo.campaign"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    # A work budget no machine can spend in one second: the time limit's safety net ends the run,
    # on a fast machine as on a slow one.
    monkeypatch.setattr(solver.limits, "WORK_PER_SECOND", 1000.0)
    assert main(["solve", str(path), "--time-limit", "1", "--deterministic"]) == 0
    out = capsys.readouterr().out
    assert "174 interviews planned" in out
    assert "this plan may differ on another run or machine" in out


def test_a_deterministic_solve_that_ends_by_its_work_budget_gives_no_warning(
    tmp_path: Path, capsys, monkeypatch
):
    path = tmp_path / "demo.campaign"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    # A work budget any machine spends long before twenty seconds: the run ends by its work.
    monkeypatch.setattr(solver.limits, "WORK_PER_SECOND", 0.002)
    assert main(["solve", str(path), "--time-limit", "20", "--deterministic"]) == 0
    out = capsys.readouterr().out
    assert "interviews planned" in out
    assert "may differ" not in out
