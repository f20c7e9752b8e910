"""Shared fixtures: a private log folder per test run, and campaigns built from the fixture files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_log_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("INTERVIEW_SCHEDULER_LOG_DIR", str(tmp_path_factory.mktemp("logs")))


@pytest.fixture
def full_campaign_json() -> Path:
    """A campaign that uses every field of the interchange format."""
    return FIXTURES / "full-campaign.json"


@pytest.fixture
def campaign_file(tmp_path: Path, full_campaign_json: Path) -> Path:
    """A campaign file holding the full fixture campaign."""
    from scheduler.interchange import read_campaign_file
    from scheduler.store.database import CampaignFile
    from scheduler.store.mapping import store_campaign

    path = tmp_path / "fixture.campaign"
    data = read_campaign_file(full_campaign_json)
    with CampaignFile.create(path) as campaign, campaign.transaction() as session:
        store_campaign(session, data)
    return path


@pytest.fixture(scope="session")
def _planned_demo_once():
    from scheduler.demo import build_demo
    from solver.plan import plan_campaign
    from solver.search import SearchOptions

    data = build_demo()
    result = plan_campaign(data, options=SearchOptions(time_limit=2, deterministic=True))
    data.interviews = result.interviews
    return data, result.unscheduled


@pytest.fixture(scope="module")
def planned_demo(_planned_demo_once):
    """The demo campaign with a plan and the reasons for who is left out; each module gets a copy."""
    import copy

    return copy.deepcopy(_planned_demo_once)
