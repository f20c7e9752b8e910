"""Rolling backups and `restore`: a plan or an upgrade can always be taken back."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler import backups
from scheduler.cli import main
from scheduler.errors import CampaignError
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign


def name_of(path: Path) -> str:
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return load_campaign(session).campaign.name


def rename(path: Path, name: str) -> None:
    from scheduler.store.models import CampaignRow

    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        session.get(CampaignRow, 1).name = name


def test_backups_are_listed_newest_first_and_only_the_newest_are_kept(campaign_file: Path):
    for _ in range(backups.KEEP + 3):
        backups.take_backup(campaign_file, "before-plan")
    found = backups.backups_of(campaign_file)
    assert len(found) == backups.KEEP
    assert [b.taken for b in found] == sorted((b.taken for b in found), reverse=True)
    assert all(b.label == "before-plan" for b in found)


def test_restore_puts_the_backup_back_and_keeps_the_state_before(campaign_file: Path, capsys):
    original = name_of(campaign_file)
    backups.take_backup(campaign_file, "before-plan")
    rename(campaign_file, "Changed afterwards")
    assert main(["restore", str(campaign_file)]) == 0
    listing = capsys.readouterr().out
    assert listing.startswith("1. ") and "before plan" in listing
    assert main(["restore", str(campaign_file), "1"]) == 0
    assert name_of(campaign_file) == original
    kept = [b for b in backups.backups_of(campaign_file) if b.label == "before-restore"]
    assert len(kept) == 1 and name_of(kept[0].path) == "Changed afterwards"


def test_a_damaged_backup_is_refused_and_the_campaign_is_unchanged(campaign_file: Path, tmp_path: Path):
    bad = tmp_path / "bad.bak"
    data = bytearray(campaign_file.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    bad.write_bytes(bytes(data))
    before = campaign_file.read_bytes()
    with pytest.raises(CampaignError):
        backups.restore(campaign_file, bad)
    assert campaign_file.read_bytes() == before


def test_an_unknown_backup_name_is_one_sentence(campaign_file: Path, capsys):
    assert main(["restore", str(campaign_file), "nope.bak"]) == 1
    err = capsys.readouterr().err.strip()
    assert "nope.bak" in err and len(err.splitlines()) == 1


def test_solve_backs_up_the_plan_it_replaces(tmp_path: Path, capsys):
    path = tmp_path / "demo.campaign"
    assert main(["demo", str(path)]) == 0  # the demo has two pinned interviews
    assert main(["solve", str(path), "--time-limit", "2", "--deterministic"]) == 0
    assert [b.label for b in backups.backups_of(path)] == ["before-plan"]
