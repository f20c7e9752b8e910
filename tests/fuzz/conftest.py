"""Campaign files for the hostile-input tests: made once per session, copied for each test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scheduler.operations import create_campaign
from scheduler.privacy import set_retention
from scheduler.store.database import CampaignFile
from scheduler.store.models import InvitationSettingsRow
from tests.fuzz.support import copy_campaign
from tests.scheduler import builders
from tests.scheduler.builders import interview
from tests.scheduler.invitations.support import campaign_with, create, export

# The UID namespace of tests/scheduler/invitations/test_replies.py, so that the reply fixtures in
# tests/fixtures/replies answer invitations this campaign sent.
NAMESPACE = "0c7ad3f5-3d1e-4a52-9b7e-4f7d2f2c6a11"
INTERVIEWS = (
    ("TS-0001", "2024-04-23 09:00"),
    ("TS-0002", "2024-04-23 10:00"),
    ("TS-0003", "2024-04-23 11:00"),
    ("TS-0004", "2024-04-24 09:00"),
)


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
    folder = tmp_path_factory.mktemp("sent")
    path = create(folder / "sent.campaign", campaign_with(*(interview(r, t) for r, t in INTERVIEWS)))
    with CampaignFile.open(path) as opened, opened.transaction() as session:
        settings = session.get(InvitationSettingsRow, 1)
        assert settings is not None
        settings.uid_namespace = NAMESPACE
        set_retention(session, date(2099, 12, 31))
    export(path, folder / "out")
    return path


@pytest.fixture
def sent_campaign(_sent: Path, tmp_path: Path) -> Path:
    """Four interviews whose invitations were exported (SEQUENCE 0): the reply fixtures answer them."""
    return copy_campaign(_sent, tmp_path, "sent.campaign")
