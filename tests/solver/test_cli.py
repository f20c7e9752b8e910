"""`solve` on a file others write meanwhile: a plan for a campaign that is no more is not stored."""

from __future__ import annotations

from pathlib import Path

import solver.cli
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


def test_a_deterministic_solve_cut_short_by_its_time_limit_says_the_plan_may_differ(tmp_path: Path, capsys):
    path = tmp_path / "demo.campaign"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    # One second cannot hold the demo's four stages: the time limit's safety net ends the run.
    assert main(["solve", str(path), "--time-limit", "1", "--deterministic"]) == 0
    out = capsys.readouterr().out
    assert "174 interviews planned" in out
    assert "this plan may differ on another run or machine" in out
