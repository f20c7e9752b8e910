"""The campaign file: schema from migrations, upgrades with a backup, transactions, foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from scheduler.errors import CampaignError
from scheduler.interchange import read_campaign_file
from scheduler.store.database import CampaignFile, alembic_config, head_revision, make_engine
from scheduler.store.mapping import load_campaign
from scheduler.store.models import Base, CandidateRow, ConflictRow, MemberRow


def test_migrations_build_exactly_the_schema_the_code_expects(tmp_path: Path) -> None:
    with CampaignFile.create(tmp_path / "new.campaign") as campaign, campaign.engine.connect() as c:
        differences = compare_metadata(MigrationContext.configure(c), Base.metadata)
    assert differences == []


def test_new_file_uses_rollback_journal_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new.campaign"
    with CampaignFile.create(path) as campaign, campaign.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar_one()
        foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one()
    assert mode == "delete"
    assert foreign_keys == 1
    assert not (tmp_path / "new.campaign-wal").exists()
    assert path.stat().st_mode & 0o077 == 0


def test_create_refuses_to_overwrite(campaign_file: Path) -> None:
    before = campaign_file.read_bytes()
    with pytest.raises(CampaignError, match="already exists"):
        CampaignFile.create(campaign_file)
    assert campaign_file.read_bytes() == before


def _file_at_first_revision(path: Path) -> None:
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO campaign VALUES (1, 'Old round', 'Europe/Brussels', '2024-04-22', "
            "'2024-06-14', 'mon,tue', '09:00:00.000000', '17:00:00.000000', 15, NULL, NULL)"
        )
        connection.exec_driver_sql(
            "INSERT INTO member (id, email, name, roles) VALUES (1, 'a@example.org', 'A', 'chair')"
        )
        connection.exec_driver_sql(
            'INSERT INTO member_window (member_id, available, start, "end") '
            "VALUES (1, 0, '2024-05-01 07:00:00.000000', '2024-05-01 15:00:00.000000')"
        )
    engine.dispose()


def test_older_file_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.campaign"
    _file_at_first_revision(path)
    old_bytes = path.read_bytes()
    with CampaignFile.open(path) as campaign:
        with campaign.engine.connect() as connection:
            revision = MigrationContext.configure(connection).get_current_revision()
        with campaign.transaction() as session:
            data = load_campaign(session)
    assert revision == head_revision()
    assert data.campaign.name == "Old round"
    assert len(data.members[0].unavailable) == 1
    backups = list(tmp_path.glob("old.campaign.before-upgrade-0001-*.bak"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT name FROM campaign").fetchone() == ("Old round",)
    backup.close()
    assert old_bytes != path.read_bytes()


def test_file_from_a_newer_version_is_refused_unchanged(campaign_file: Path) -> None:
    connection = sqlite3.connect(campaign_file)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = campaign_file.read_bytes()
    with pytest.raises(CampaignError, match="newer version"):
        CampaignFile.open(campaign_file)
    assert campaign_file.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "not a campaign file"), (b"\x00\xffrandom bytes" * 50, "not a campaign file")],
)
def test_something_else_is_not_opened(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.campaign"
    path.write_bytes(content)
    with pytest.raises(CampaignError, match=message):
        CampaignFile.open(path)


def test_other_sqlite_database_is_not_a_campaign(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(CampaignError, match="not a campaign file"):
        CampaignFile.open(path)
    assert [r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")] == ["t"]


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(CampaignError, match=r"missing\.campaign: no such campaign file"):
        CampaignFile.open(tmp_path / "missing.campaign")


def test_failed_transaction_leaves_the_file_as_it_was(campaign_file: Path) -> None:
    before = campaign_file.read_bytes()
    with CampaignFile.open(campaign_file) as campaign:
        with pytest.raises(RuntimeError), campaign.transaction() as session:
            session.execute(select(CandidateRow)).scalars().first().name = "Changed"
            session.flush()
            raise RuntimeError("the command failed half-way")
        with campaign.transaction() as session:
            names = session.scalars(select(CandidateRow.name)).all()
    assert "Changed" not in names
    assert campaign_file.read_bytes() == before


def test_foreign_keys_are_enforced(campaign_file: Path) -> None:
    with (
        CampaignFile.open(campaign_file) as campaign,
        pytest.raises(IntegrityError),
        campaign.transaction() as session,
    ):
        session.add(ConflictRow(member_id=999, candidate_id=999, reason="nobody"))
        session.flush()


def test_deleting_a_candidate_removes_their_conflicts(campaign_file: Path) -> None:
    with CampaignFile.open(campaign_file) as campaign:
        with campaign.transaction() as session:
            candidate = session.scalars(select(CandidateRow).where(CandidateRow.reference == "TS-0002")).one()
            session.delete(candidate)
        with campaign.transaction() as session:
            assert session.scalars(select(ConflictRow)).all() == []


def test_member_emails_are_unique_ignoring_case(campaign_file: Path) -> None:
    with (
        CampaignFile.open(campaign_file) as campaign,
        pytest.raises(IntegrityError),
        campaign.transaction() as session,
    ):
        session.add(MemberRow(email="A.MARTIN@example.org", name="Twin", roles=""))
        session.flush()


def test_stored_campaign_reads_back_as_it_was_written(campaign_file: Path, full_campaign_json: Path) -> None:
    with CampaignFile.open(campaign_file) as campaign, campaign.transaction() as session:
        stored = load_campaign(session)
    assert stored == read_campaign_file(full_campaign_json)


def test_a_reader_is_not_held_up_by_a_writer_and_cannot_write(campaign_file: Path) -> None:
    """The app counts invitations beside a long export: the reader neither waits nor blocks."""
    import sqlite3

    from scheduler.store.mapping import load_campaign

    writer = sqlite3.connect(campaign_file, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # what an export holds for its whole run
    try:
        with CampaignFile.open_read_only(campaign_file) as campaign, campaign.transaction() as session:
            assert load_campaign(session).candidates
            with pytest.raises(Exception, match="readonly"):
                session.execute(text("UPDATE campaign SET name = 'x'"))
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_reader_after_a_crash_mid_write_sees_the_state_before_it(
    campaign_file: Path, tmp_path: Path
) -> None:
    """A program killed while writing leaves a hot journal; the read-only opening (the status bar's
    count, another window) rolls it back as any opening would, instead of saying it cannot read."""
    import shutil

    with CampaignFile.open(campaign_file) as campaign, campaign.transaction() as session:
        names_before = sorted(c.name for c in load_campaign(session).candidates)
    writer = sqlite3.connect(campaign_file, isolation_level=None)
    writer.execute("PRAGMA cache_size = 1")  # the changes spill into the file: the journal is needed
    writer.execute("BEGIN IMMEDIATE")
    for _ in range(50):
        writer.execute("UPDATE candidate SET name = ?", ("Overwritten " * 200,))
    crashed = tmp_path / "crashed.campaign"
    shutil.copy(campaign_file, crashed)  # the file and its journal as a killed writer leaves them
    shutil.copy(f"{campaign_file}-journal", f"{crashed}-journal")
    writer.execute("ROLLBACK")
    writer.close()
    assert crashed.read_bytes() != campaign_file.read_bytes()
    with CampaignFile.open_read_only(crashed) as campaign, campaign.transaction() as session:
        assert sorted(c.name for c in load_campaign(session).candidates) == names_before
    assert not Path(f"{crashed}-journal").exists()


def test_opening_for_writing_while_another_writes_says_so(campaign_file: Path) -> None:
    import sqlite3

    writer = sqlite3.connect(campaign_file, isolation_level=None)
    writer.execute("PRAGMA busy_timeout = 0")
    writer.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CampaignError, match="another window or program"):
            CampaignFile.open(campaign_file)
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_the_head_read_from_the_file_names_is_alembics_own() -> None:
    """Opening a campaign reads the newest migration from the file names, without loading Alembic."""
    from alembic.script import ScriptDirectory

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
