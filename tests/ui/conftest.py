"""Fixtures for the app's tests: a planned demo campaign in a file, open in a session."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def _demo_file_once(tmp_path_factory: pytest.TempPathFactory, _planned_demo_once) -> Path:
    from scheduler.operations import create_campaign

    data, _ = _planned_demo_once
    path = tmp_path_factory.mktemp("demo") / "demo.campaign"
    create_campaign(path, data)
    return path


@pytest.fixture
def demo_file(tmp_path: Path, _demo_file_once: Path) -> Path:
    """The demo campaign, planned, in a campaign file of its own (a copy of one made per run)."""
    import shutil

    path = tmp_path / "demo.campaign"
    shutil.copyfile(_demo_file_once, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def session(qtbot, demo_file: Path):
    """A CampaignSession with the planned demo open; closed after the test."""
    from ui.session import CampaignSession

    opened = CampaignSession()
    opened.open(demo_file)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory):
    """QSettings in a temporary folder, so tests never touch the user's own preferences."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(scope="session", autouse=True)
def _english_as_the_app_starts(qapp):
    """The interface in English with its plural forms ("1 holiday added"), as `ui.app` installs it."""
    from ui.i18n import install_translators

    assert install_translators("en")
