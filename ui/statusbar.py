"""The status bar: how far the campaign is, at a glance (placed, to place, problems, invitations)."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ui.session import CampaignSession

log = logging.getLogger(__name__)


class PendingCounter(QObject):
    """Counts pending invitations on a thread of its own (0.4 s on the demo: too long for the GUI)."""

    counted = Signal(int, int)  # generation, count

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pending-count")
        self.generation = 0
        self.lock = threading.Lock()

    def count(self, path: Path) -> None:
        with self.lock:
            self.generation += 1
            generation = self.generation
        self.pool.submit(self._count, path, generation)

    def _count(self, path: Path, generation: int) -> None:
        from scheduler.invitations.tracking import pending_messages
        from scheduler.store.database import CampaignFile

        with self.lock:
            if generation != self.generation:
                return
        try:
            with CampaignFile.open_read_only(path) as campaign, campaign.transaction() as db:
                count = len(pending_messages(db))
        except Exception:  # a count in the status bar must never break the window
            log.exception("counting pending invitations failed")
            count = -1
        self.counted.emit(generation, count)

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class CampaignStatus(QStatusBar):
    """Recounted shortly after each change, so that a burst of edits costs one count."""

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.placed = QLabel()
        self.to_place = QLabel()
        self.problems = QLabel()
        self.pending = QLabel()
        for label, name in ((self.placed, self.tr("Interviews placed")),
                            (self.to_place, self.tr("Candidates to place")),
                            (self.problems, self.tr("Rule violations")),
                            (self.pending, self.tr("Invitations pending"))):
            label.setAccessibleName(name)
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.recount)
        self.counter = PendingCounter(self)
        self.counter.counted.connect(self._pending_counted)
        session.changed.connect(self._changed)
        session.closed.connect(self.recount)
        self.recount()

    @Slot(object)
    def _changed(self, _kinds: object) -> None:
        self.timer.start()

    @Slot()
    def recount(self) -> None:
        from scheduler.rules import check_plan, unscheduled

        if not self.session.is_open:
            for label in (self.placed, self.to_place, self.problems, self.pending):
                label.clear()
            return
        data = self.session.data
        self.placed.setText(self.tr("%n interview(s) placed", "", len(data.interviews)))
        self.to_place.setText(self.tr("%n to place", "", len(unscheduled(data))))
        problems = {v.candidate for v in check_plan(data)}
        self.problems.setText(self.tr("%n with rule violations", "", len(problems)))
        self.problems.setStyleSheet("color: #c62828; font-weight: bold;" if problems else "")
        self.counter.count(self.session.path)

    @Slot(int, int)
    def _pending_counted(self, generation: int, count: int) -> None:
        if generation != self.counter.generation or not self.session.is_open:
            return
        if count < 0:
            self.pending.setText(self.tr("Invitations: not counted (see the log)"))
        else:
            self.pending.setText(self.tr("%n invitation(s) pending", "", count))
