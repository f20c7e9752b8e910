"""`solve` on a file others write meanwhile: a plan for a campaign that is no more is not stored."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# (work units per second of limit, time limit, the warning expected)
CUT_BY_THE_CLOCK = (1000.0, "1", True)  # no machine spends that work in a second: the safety net cuts
ENDED_BY_ITS_WORK = (0.002, "20", False)  # any machine spends it long before twenty seconds


@pytest.mark.parametrize(("work_per_second", "time_limit", "warned"), [CUT_BY_THE_CLOCK, ENDED_BY_ITS_WORK],
                         ids=["cut-by-the-clock", "ended-by-its-work"])
def test_a_deterministic_solve_says_the_plan_may_differ_only_when_the_clock_cut_it(
    tmp_path: Path, capsys, monkeypatch, work_per_second: float, time_limit: str, warned: bool
):
    path = tmp_path / "demo.campaign"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(solver.limits, "WORK_PER_SECOND", work_per_second)
    assert main(["solve", str(path), "--time-limit", time_limit, "--deterministic"]) == 0
    out = capsys.readouterr().out
    assert "174 interviews planned" in out  # first fit's plan at least, either way
    assert ("this plan may differ on another run or machine" in out) == warned
