"""Work that may take seconds (reading a big sheet, importing, exporting) off the window's thread.

A `Job` runs one callable in a QThread of its own and reports back through `finished` or `failed`,
which are connected to slots of a `JobRunner` living in the window's thread; the runner hands the
result to the callbacks given by the page that started the job. The window keeps painting meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from scheduler.errors import CampaignError

log = logging.getLogger(__name__)


class Job(QObject):
    """The callable, run once in its thread; an unexpected error is logged and said in one sentence."""

    finished = Signal(object)
    failed = Signal(object)  # the CampaignError (InputProblems included) to show

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except CampaignError as error:
            self.failed.emit(error)
        except Exception:  # a bug: the details go to the log, the user gets a sentence
            log.exception("background table work failed")
            self.failed.emit(
                CampaignError(
                    QCoreApplication.translate(
                        "Job", "Something went wrong; the details are in the log file."
                    )
                )
            )
        else:
            self.finished.emit(result)


class JobRunner(QObject):
    """Starts jobs one at a time and calls back in the window's thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: Job | None = None
        self._done: Callable[[Any], None] | None = None
        self._error: Callable[[CampaignError], None] | None = None
        self._ended: tuple[QThread | None, Job | None] = (None, None)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        error: Callable[[CampaignError], None],
    ) -> bool:
        """Runs `work` in a thread; False (and nothing started) while another job runs."""
        if self._thread is not None:
            return False
        self._done, self._error = done, error
        self._thread = QThread()
        self._job = Job(work)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.finished.connect(self._finished)
        self._job.failed.connect(self._failed)
        self._thread.start()
        self.busy_changed.emit(True)
        return True

    @Slot(object)
    def _finished(self, result: Any) -> None:
        if self.sender() is not self._job:
            return  # an abandoned job
        callback = self._done
        self._stop()
        if callback is not None:
            callback(result)

    @Slot(object)
    def _failed(self, error: CampaignError) -> None:
        if self.sender() is not self._job:
            return
        callback = self._error
        self._stop()
        if callback is not None:
            callback(error)

    def _stop(self) -> None:
        thread, job = self._thread, self._job
        self._thread = self._job = None
        self._done = self._error = None
        if thread is not None:
            thread.quit()
            thread.wait()
        # Kept until the next job starts, so that neither is deleted inside the slot its signal called.
        self._ended = (thread, job)
        self.busy_changed.emit(False)

    def abandon(self) -> None:
        """Forgets the running job (its result is dropped) once it has ended; for Back and Cancel."""
        if self._thread is not None:
            self._stop()
