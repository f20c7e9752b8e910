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
