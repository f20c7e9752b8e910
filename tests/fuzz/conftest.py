"""Campaign files for the hostile-input tests: made once per session, copied for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.operations import create_campaign
from tests.fuzz.support import copy_campaign
from tests.scheduler import builders
from tests.scheduler.invitations.support import sent_campaign_in


@pytest.fixture(scope="session")
def _baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("baseline") / "baseline.campaign"
    create_campaign(path, builders.campaign())
    return path


@pytest.fixture
def campaign(_baseline: Path, tmp_path: Path) -> Path:
    """The builders' baseline campaign (members, candidates TS-0001..., no plan), a fresh copy."""
    return copy_campaign(_baseline, tmp_path)


@pytest.fixture(scope="session")
def _sent(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sent_campaign_in(tmp_path_factory.mktemp("sent"))


@pytest.fixture
def sent_campaign(_sent: Path, tmp_path: Path) -> Path:
    """Four interviews whose invitations were exported (SEQUENCE 0): the reply fixtures answer them."""
    return copy_campaign(_sent, tmp_path, "sent.campaign")
