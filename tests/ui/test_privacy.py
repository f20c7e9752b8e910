"""Personal data from the window: the retention banner, a person's data, the purge."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from scheduler import privacy
from scheduler.store.database import CampaignFile


def test_the_banner_shows_once_the_retention_date_has_passed(qtbot, demo_file: Path):
    from ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_file)  # the demo ran in 2024: its retention date is long past
    assert window.banner.isVisible() and "2024-12-11" in window.banner.text.text()


def test_setting_the_retention_date_hides_the_banner(qtbot, session, demo_file: Path):
    from ui.privacy import PrivacyDialog, RetentionBanner

    banner = RetentionBanner()
    qtbot.addWidget(banner)
    banner.refresh(session)
    assert not banner.isHidden()
    dialog = PrivacyDialog(session)
    qtbot.addWidget(dialog)
    dialog.retention.setDate(QDate(2099, 12, 31))
    dialog.store_retention()
    with CampaignFile.open(demo_file) as campaign, campaign.transaction() as db:
        assert privacy.retention_date(db) == date(2099, 12, 31)
    banner.refresh(session)
    assert banner.isHidden()
    dialog.use_default()
    with CampaignFile.open(demo_file) as campaign, campaign.transaction() as db:
        assert privacy.retention_is_default(db)


def test_export_one_persons_data_from_the_dialog(qtbot, session, tmp_path: Path):
    from ui.privacy import PrivacyDialog

    dialog = PrivacyDialog(session)
    qtbot.addWidget(dialog)
    candidate = session.data.candidates[0]
    assert dialog.export_person(candidate.reference, tmp_path / "person.json")
    document = json.loads((tmp_path / "person.json").read_text(encoding="utf-8"))
    assert document["candidates"][0]["name"] == candidate.name
    assert not dialog.export_person("nobody@example.org", tmp_path / "nobody.json")
    assert "nobody@example.org" in dialog.message.text()


def test_purge_from_the_dialog_anonymises_and_reopens_the_campaign(qtbot, session, demo_file: Path):
    from ui.privacy import PrivacyDialog

    names = {c.name for c in session.data.candidates} - {m.name for m in session.data.members}
    interviews = len(session.data.interviews)
    dialog = PrivacyDialog(session)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.purged):
        assert dialog.purge()
    assert session.is_open
    assert not names & {c.name for c in session.data.candidates}
    assert len(session.data.interviews) == interviews
    assert "anonymised" in dialog.message.text()
    content = demo_file.read_bytes()
    assert not [name for name in names if name.encode("utf-8") in content]
