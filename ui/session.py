"""The open campaign as the window sees it: the core's document, an undo stack, change signals.

Every edit from any view goes through `CampaignSession.apply`, which asks the core to check and
store it (`scheduler.editing`) and pushes it on the undo stack only once it is stored; undo and redo
replay the inverse changes through the same checks. Views listen to `changed(kinds)` and refresh
what they show; none of them writes to the campaign file.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from scheduler.domain import CampaignData
from scheduler.editing import CampaignDocument, Change, StaleCampaign, diff, undo_all
from scheduler.errors import CampaignError

log = logging.getLogger(__name__)


class EditCommand(QUndoCommand):
    """One edit of the coordinator's, already stored when it is pushed."""

    def __init__(self, session: CampaignSession, changes: Sequence[Change], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.changes = list(changes)
        self.stored = True  # the first redo() (pushed by QUndoStack.push) must not store it again

    def redo(self) -> None:
        if self.stored:
            self.stored = False
            return
        self._store(self.changes)

    def undo(self) -> None:
        self._store(undo_all(self.changes))

    def _store(self, changes: list[Change]) -> None:
        try:
            self.session.store(changes)
        except CampaignError as error:
            # The file no longer allows it (changed elsewhere): say so and drop the step.
            self.setObsolete(True)
            self.session.refused.emit(str(error))


class CampaignSession(QObject):
    """The campaign open in the window; None of its methods touch the widgets."""

    changed = Signal(object)  # set of kinds changed ("settings", "candidate", ...; "*" for all)
    opened = Signal()
    closed = Signal()
    refused = Signal(str)  # an undo or redo the core refused (the file changed elsewhere)
    reloaded = Signal(str)  # the file was changed by another window or program and read again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: CampaignDocument | None = None
        self.undo_stack = QUndoStack(self)
        self.unscheduled_reasons: dict[str, list[str]] = {}

    @property
    def data(self) -> CampaignData:
        if self.document is None:
            raise CampaignError("No campaign is open.")
        return self.document.data

    @property
    def path(self) -> Path | None:
        return self.document.path if self.document else None

    @property
    def is_open(self) -> bool:
        return self.document is not None

    def open(self, path: Path) -> None:
        """Opens a campaign file (raising CampaignError with one sentence if it cannot)."""
        document = CampaignDocument(Path(path))
        self.close()
        self.document = document
        self.load_reasons()
        log.info("campaign opened")
        self.opened.emit()
        self.changed.emit({"*"})

    def close(self) -> None:
        if self.document is None:
            return
        self.document.close()
        self.document = None
        self.undo_stack.clear()
        self.unscheduled_reasons = {}
        self.closed.emit()

    def reload(self) -> None:
        if self.document is not None:
            self.document.reload()
            self.load_reasons()
            self.changed.emit({"*"})

    @Slot()
    def reload_if_changed_elsewhere(self) -> bool:
        """Reads the file again if another window or program wrote it; returns whether it did.

        The undo stack is emptied then: its steps were made against a campaign that is no more, and
        undoing one could silently take back the other person's change.
        """
        if self.document is None or not self.document.path.exists():
            return False
        if not self.document.changed_elsewhere():
            return False
        self.reload()
        self.undo_stack.clear()
        self.reloaded.emit(self.tr("The campaign file was changed by another window or program; "
                                   "it has been reloaded."))
        return True

    def load_reasons(self) -> None:
        from scheduler.store.plans import load_unscheduled

        if self.document is not None:
            with self.document.file.transaction() as session:
                self.unscheduled_reasons = load_unscheduled(session)

    def apply(self, changes: Sequence[Change], text: str) -> None:
        """Checks and stores an edit and makes it undoable; raises InputProblems if the core refuses."""
        if not changes:
            return
        self.store(changes)
        self.undo_stack.push(EditCommand(self, changes, text))

    def record(self, before: CampaignData, text: str) -> int:
        """Makes work the core already stored (an import) undoable: reloads and pushes the difference."""
        if self.document is None:
            raise CampaignError("No campaign is open.")
        self.document.reload()
        self.load_reasons()
        changes = diff(before, self.document.data)
        if changes:
            self.undo_stack.push(EditCommand(self, changes, text))
        self.changed.emit({"*"})
        return len(changes)

    def store(self, changes: Sequence[Change]) -> None:
        if self.document is None:
            raise CampaignError("No campaign is open.")
        try:
            self.document.apply(changes)
        except StaleCampaign:
            # Not now: this may run inside the undo stack's own undo(), which must not be cleared under it.
            QTimer.singleShot(0, self, self.reload_if_changed_elsewhere)
            raise
        self.changed.emit({c.kind for c in changes})
