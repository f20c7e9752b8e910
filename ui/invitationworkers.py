"""The Invitations view's long work, each on a thread of its own: counting, exporting, sending.

Every job opens the campaign file itself (a connection of its own, as the command line would): the
app's `CampaignFile` stays with the GUI thread, and SQLite lets both work on the file, one
transaction at a time (journal_mode=DELETE, a busy timeout of 5 s). A job reports through signals
only, which Qt delivers to the view's slots in the GUI thread.

Threads are kept in `_RUNNING` until they have finished, independently of the view: a view closed
or deleted while a job runs must not destroy a running QThread (Qt aborts the process then).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from scheduler.errors import CampaignError

log = logging.getLogger(__name__)

_RUNNING: set[_Keeper] = set()


class Job(QObject):
    """One piece of work for a worker thread: `run` in the thread, then `done` or `failed`."""

    done = Signal(object)  # the core's result (an overview, an export report, a send report)
    failed = Signal(str)  # one sentence for the coordinator
    progressed = Signal(int, int)  # done so far, total

    def __init__(self) -> None:
        super().__init__()
        self.error: CampaignError | None = None  # what `failed` said, for a view that needs the kind

    def work(self) -> object:
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except CampaignError as error:
            self.error = error
            self.failed.emit(str(error))
        except Exception:
            log.exception("%s failed", type(self).__name__)
            self.failed.emit(QCoreApplication.translate(
                "Invitations", "Something unexpected went wrong; the details are in the log file."))
        else:
            self.done.emit(result)


class _Keeper(QObject):
    """Holds a thread and its job until the thread has finished; lives in the GUI thread."""

    def __init__(self, thread: QThread, job: Job) -> None:
        super().__init__()
        self.thread_ = thread
        self.job = job

    @Slot()
    def release(self) -> None:
        self.thread_.wait()  # `finished` comes just before the thread's very end
        _RUNNING.discard(self)


def start(job: Job) -> QThread:
    """Runs `job` on a new thread, which ends and is released once the job is done or failed."""
    thread = QThread()
    thread.setObjectName(type(job).__name__)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    # Direct: quit() is thread-safe, and a GUI thread waiting for the thread could not deliver it.
    job.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    job.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    keeper = _Keeper(thread, job)
    _RUNNING.add(keeper)
    thread.finished.connect(keeper.release)
    thread.start()
    return thread


def wait_for_all(timeout_ms: int = 30000) -> None:
    """Waits for every job's thread (at exit, and in tests)."""
    for keeper in list(_RUNNING):
        keeper.thread_.wait(timeout_ms)


class PendingJob(Job):
    """What is pending on a channel, with the reasons (0.2 s and more on the demo: not in the GUI)."""

    def __init__(self, path: Path, channel: str) -> None:
        super().__init__()
        self.path = path
        self.channel = channel

    def work(self) -> object:
        from scheduler.invitations.overview import pending_overview
        from scheduler.store.database import CampaignFile

        # Read-only: counting beside an export or a send neither waits for nor blocks it.
        with CampaignFile.open_read_only(self.path) as campaign, campaign.transaction() as session:
            return pending_overview(session, channel=self.channel)


class ExportJob(Job):
    """`export --invitations FOLDER [--all]`: the core opens the file and does it all or nothing."""

    def __init__(self, path: Path, folder: Path, everything: bool) -> None:
        super().__init__()
        self.path = path
        self.folder = folder
        self.everything = everything

    def work(self) -> object:
        from scheduler.invitations.export import export_invitations_at

        return export_invitations_at(self.path, self.folder, everything=self.everything)


@dataclass(frozen=True)
class SendRequest:
    """What the send dialog asked for; an empty `password` means the system keyring's."""

    host: str
    port: int
    security: str
    user: str | None
    password: str
    remember: bool
    limit_per_minute: int


class NeedPassword(CampaignError):
    """The login has no password in the keyring and none was typed."""


class SendJob(Job):
    """`send`: as the command line does it, with progress, and Cancel between messages."""

    def __init__(self, path: Path, request: SendRequest) -> None:
        super().__init__()
        self.path = path
        self.request = request
        self.notes: list[str] = []
        self._stop = threading.Event()
        self._total = 0
        self._sent = 0

    def cancel(self) -> None:
        """Called from the GUI thread: the message being sent finishes and is recorded, then it stops."""
        self._stop.set()

    def work(self) -> object:
        from scheduler.invitations import sending
        from scheduler.store.database import CampaignFile

        request = self.request
        server = sending.Server(request.host, request.port, request.security, user=request.user)
        options = sending.SendOptions(
            limit_per_minute=request.limit_per_minute,
            sleep=self._sleep,
            should_stop=self._stop.is_set,
            on_start=self._started,
            on_sent=self._one_sent,
        )
        with CampaignFile.open(self.path) as campaign:
            return sending.send_invitations(
                campaign, server, lambda: self._password(server), options,
                after_login=lambda: self._save_password(server),
            )

    def _sleep(self, seconds: float) -> None:
        """Waits for the throttle or a retry, but gives up at once on Cancel (nothing is in flight)."""
        if self._stop.wait(seconds):
            raise KeyboardInterrupt  # the core's way to end a run: what went out is recorded

    def _started(self, total: int) -> None:
        self._total = total
        self.progressed.emit(0, total)

    def _one_sent(self, _message: object) -> None:
        self._sent += 1
        self.progressed.emit(self._sent, self._total)

    def _password(self, server: object) -> str:
        from scheduler.invitations import sending

        if self.request.password:
            return self.request.password
        try:
            return sending.find_password(server, say=self.notes.append, interactive=False).value
        except CampaignError:
            raise NeedPassword(QCoreApplication.translate(
                "Invitations", "No password for {0} is saved in the system keyring; type it in the "
                "Password field.").format(f"{self.request.user}@{self.request.host}")) from None

    def _save_password(self, server: object) -> None:
        from scheduler.invitations import sending

        if self.request.remember and self.request.password:
            typed = sending.Password(self.request.password, from_keyring=False, keyring_available=True)
            sending.save_password(server, typed, self.notes.append)
