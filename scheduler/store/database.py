"""Opening, creating, migrating and backing up campaign files.

A campaign is one SQLite file that coordinators copy, back up and e-mail. We therefore use the
rollback journal (journal_mode=DELETE) with synchronous=FULL instead of WAL: between commands the
file on disk is complete by itself, whereas WAL keeps recent commits in a `-wal` file beside it that
a copied or e-mailed campaign would silently leave behind. Every command runs in one transaction
(BEGIN IMMEDIATE), so a failure leaves the file exactly as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from scheduler.errors import CampaignError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"
# What a file another program is writing right now gets, after its path.
BUSY = "is being changed by another window or program right now; try again in a moment."


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is loaded only to upgrade a file: the app starts faster

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest migration, read from the file names ("0006_....py"): the chain is linear, and a test
    checks this against Alembic's own answer. Opening a campaign then needs no Alembic at all."""
    numbers = [p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(numbers)


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    # hide_parameters: an SQL error's text (which can end up in the log) never shows the values, which
    # may be names, addresses or notes.
    if read_only:
        uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, timeout=5), poolclass=None,
            hide_parameters=True,
        )
    else:
        engine = create_engine(f"sqlite:///{path}", poolclass=None, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (DDL included).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = DELETE")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        # A reader must not queue behind a writer for a lock it does not need.
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    return engine


def backup_file(path: Path, label: str) -> Path:
    """Copies the campaign beside itself with SQLite's backup API (consistent even if in use)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    copy_file(path, target)
    log.info("backed up %s to %s", path.name, target.name)
    return target


def copy_file(path: Path, target: Path) -> None:
    """A consistent copy of a campaign file (SQLite backup API), private to its owner, never over a file."""
    source = sqlite3.connect(path)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


class CampaignFile:
    """An open campaign file; `transaction()` gives the one session a command works in."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def create(cls, path: Path) -> CampaignFile:
        """Creates an empty campaign file at the current schema, readable by its owner only."""
        path = Path(path)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise CampaignError(f"{path}: a file of that name already exists.") from None
        except OSError as error:
            raise CampaignError(f"{path}: cannot create the file ({error.strerror}).") from None
        os.close(fd)
        engine = make_engine(path)
        migrate(engine, path, backup=False)
        return cls(path, engine)

    @classmethod
    def open(cls, path: Path) -> CampaignFile:
        """Opens an existing campaign, upgrading an older one after backing it up beside itself."""
        path = Path(path)
        check_is_campaign(path)
        engine = make_engine(path)
        try:
            migrate(engine, path, backup=True)
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine)

    @classmethod
    def open_read_only(cls, path: Path) -> CampaignFile:
        """Opens a campaign to read it while another window or command may be writing it.

        Nothing is upgraded (a file at another schema version is refused); a reader takes no write
        lock, so counting invitations beside a long export neither waits nor blocks.
        """
        path = Path(path)
        check_is_campaign(path)
        for attempt in (1, 2):  # the second after rolling back a write a crash interrupted
            engine = make_engine(path, read_only=True)
            try:
                revision = current_revision(engine)
                break
            except Exception as error:
                engine.dispose()
                if attempt == 2 or not _roll_back_interrupted_write(path):
                    raise CampaignError(f"{path}: cannot be read now ({error.__class__.__name__}).") from None
        if revision != head_revision():
            engine.dispose()
            raise CampaignError(f"{path}: must be opened for writing once to be upgraded.")
        return cls(path, engine)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back whole if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> CampaignFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _roll_back_interrupted_write(path: Path) -> bool:
    """Rolls back the write of a program that stopped mid-way (its "hot" journal is still there),
    which a read-only opening cannot do; whether there was one.

    Any writable opening does this first (SQLite itself decides that the journal is hot: no program
    holds the file's write lock), so it is what opening the file in the app would do anyway.
    """
    if not Path(f"{path}-journal").exists():
        return False
    try:
        connection = sqlite3.connect(path, timeout=1.0)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise CampaignError(f"{path}: {BUSY}") from None
        raise CampaignError(
            f"{path}: a program stopped while writing it and it cannot be put back from here "
            f"({error}); open it once from an account that may change it."
        ) from None
    return True


def change_counter(path: Path) -> int:
    """SQLite's file change counter (header offset 24), raised by every write that commits.

    In rollback-journal mode every committed write transaction of any program raises it, so two
    readings that differ mean someone wrote in between: the app's check against lost updates.
    """
    with Path(path).open("rb") as handle:
        handle.seek(24)
        return int.from_bytes(handle.read(4), "big")


def total_changes(session: Session) -> int:
    """Rows this connection has changed since it opened (to know whether a commit will write)."""
    return session.connection().connection.driver_connection.total_changes  # type: ignore[union-attr]


def check_is_campaign(path: Path) -> None:
    if not path.exists():
        raise CampaignError(f"{path}: no such campaign file.")
    if path.is_dir():
        raise CampaignError(f"{path}: is a folder, not a campaign file.")
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise CampaignError(f"{path}: cannot be read ({error.strerror}).") from None
    if magic != SQLITE_MAGIC:
        raise CampaignError(f"{path}: is not a campaign file.")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError as error:
            if "no such table" in str(error):
                return None
            raise


def migrate(engine: Engine, path: Path, *, backup: bool) -> None:
    """Brings the file to the current schema in one transaction, after a backup if it had data."""
    try:
        revision = current_revision(engine)
    except Exception as error:
        if "locked" in str(error):
            raise CampaignError(f"{path}: {BUSY}") from None
        raise CampaignError(f"{path}: is not a campaign file ({error}).") from None
    head = head_revision()
    if revision == head:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision is not None and revision not in known:
        raise CampaignError(
            f"{path}: was written by a newer version of Interview Scheduler; update the app to open it."
        )
    if revision is None and _has_tables(engine):
        raise CampaignError(f"{path}: is an SQLite database but not a campaign file.")
    if backup and revision is not None:
        from scheduler.backups import take_backup  # it builds on this module

        take_backup(path, f"before-upgrade-{revision}")
    config = alembic_config()
    with engine.connect() as connection:
        # Table rebuilds in a migration must not cascade deletes: foreign keys are off while it runs
        # (this pragma only takes effect outside a transaction) and checked before the commit.
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise CampaignError(f"{path}: the upgrade would break references; nothing was changed.")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    log.info("campaign %s upgraded from %s to %s", path.name, revision, head)


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).scalar_one()
    return bool(rows)
