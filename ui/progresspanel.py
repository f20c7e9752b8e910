"""The progress of a planning run: candidates placed, objective, bound, elapsed time, and Cancel.

`ProgressPanel` is a plain widget (for a dock); `ProgressDialog` wraps it in a modeless dialog.
Both follow a `PlanningController` (`follow`): they show its figures as they arrive, count the
elapsed time themselves in the GUI thread (a QTimer, every 200 ms, so the clock moves even while
the solver has nothing new to say), and ask the controller to stop when the coordinator cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.planning import PlanningController, PlanProgress

TICK_MS = 200


def figure(value: float | int | None, decimals: int = 1) -> str:
    """A number in the user's locale: whole numbers without decimals, others with `decimals`."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def minutes_seconds(seconds: float) -> str:
    """A duration as a clock shows it: 0:07, 12:30, 1:02:03."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressPanel(QWidget):
    """Shows one run at a time; `begin`, `show_progress` and `finish` are its three moments."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: PlanningController | None = None
        self.time_limit: float | None = None
        self.running = False
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._build()
        self._reset()

    def _build(self) -> None:
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.stage = QLabel()
        self.stage.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Candidates placed"))
        self.bar.setTextVisible(True)
        self.bar.setMinimumWidth(280)
        self.placed = self._value(self.tr("Candidates placed"))
        self.objective = self._value(self.tr("Objective of this stage"))
        self.bound = self._value(self.tr("Best still possible"))
        self.elapsed = self._value(self.tr("Elapsed time"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Placed:"), self.placed)
        form.addRow(self.tr("Objective:"), self.objective)
        form.addRow(self.tr("Bound (best possible):"), self.bound)
        form.addRow(self.tr("Elapsed:"), self.elapsed)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel planning"))
        self.cancel_button.setToolTip(self.tr("Stop the search; the campaign file stays as it was (Esc)"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc anywhere in the panel cancels the run (buttons pass Esc on to their parent)."""
        if event.key() == Qt.Key.Key_Escape and self.running:
            self._cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def _value(self, name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def follow(self, controller: PlanningController) -> None:
        """Shows the runs of `controller` and cancels them from the Cancel button or Esc."""
        self.controller = controller
        controller.started.connect(self._on_started)
        controller.progressed.connect(self.show_progress)
        controller.done.connect(self._on_done)
        controller.cancelled.connect(self._on_cancelled)
        controller.failed.connect(self._on_failed)
        self.cancelRequested.connect(controller.cancel)

    def _reset(self) -> None:
        self.title.setText(self.tr("Planning the campaign"))
        self.stage.setText(self.tr("Preparing the campaign…"))
        self.bar.setRange(0, 0)  # busy until the first plan says how many there are to place
        self.placed.setText("–")
        self.objective.setText("–")
        self.bound.setText("–")
        self.elapsed.setText(self._elapsed_text(0.0))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setEnabled(True)

    @Slot()
    def _on_started(self) -> None:
        self.begin(self.controller.time_limit if self.controller else None)

    def begin(self, time_limit: float | None = None) -> None:
        """A run has started: clears the figures and starts the clock."""
        self.time_limit = time_limit
        self.running = True
        self._reset()
        self._clock.start()
        self._timer.start()

    @Slot(object)
    def show_progress(self, progress: PlanProgress) -> None:
        self.stage.setText(self.stage_text(progress.stage))
        if progress.to_place:
            self.bar.setRange(0, progress.to_place)
            self.bar.setValue(min(progress.placed, progress.to_place))
            self.bar.setFormat(self.tr("%v of %m placed"))
            self.placed.setText(self.tr("{0} of {1} candidates").format(
                figure(progress.placed), figure(progress.to_place)))
        else:
            self.placed.setText(self.tr("{0} candidates").format(figure(progress.placed)))
        unit = self.stage_unit(progress.stage)
        self.objective.setText(unit.format(figure(progress.objective)))
        self.bound.setText(unit.format(figure(progress.bound)))

    def stage_text(self, stage: str) -> str:
        """The solver's stage in the coordinator's words."""
        words = {
            "first-fit": self.tr("Found a first plan; now improving it"),
            "placing": self.tr("Placing as many candidates as possible"),
            "keeping": self.tr("Keeping as many interviews where they were"),
            "compacting": self.tr("Giving panel members fewer working days"),
            "balancing": self.tr("Sharing the interviews fairly among members"),
            "timing": self.tr("Settling the interview times"),
            "by-days": self.tr("Planning day by day"),
        }
        return words.get(stage, stage)

    def stage_unit(self, stage: str) -> str:
        """What the stage's objective counts, with {0} for the figure."""
        units = {
            "first-fit": self.tr("{0} placed"),
            "placing": self.tr("{0} placed"),
            "by-days": self.tr("{0} placed"),
            "keeping": self.tr("{0} kept"),
            "compacting": self.tr("{0} member-days"),
            "balancing": self.tr("{0} (difference in load)"),
        }
        return units.get(stage, "{0}")

    def finish(self, text: str) -> None:
        """The run is over: stops the clock and says how it ended."""
        self.running = False
        self._timer.stop()
        self._tick()
        self.title.setText(text)
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
        self.cancel_button.setEnabled(False)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.finish(self.tr("Planning finished"))

    @Slot()
    def _on_cancelled(self) -> None:
        self.finish(self.tr("Planning cancelled: nothing was changed"))

    @Slot(str)
    def _on_failed(self, _message: str) -> None:
        self.finish(self.tr("Planning stopped: nothing was changed"))

    @Slot()
    def _cancel(self) -> None:
        if not self.running or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.stage.setText(self.tr("Stopping the search…"))
        self.cancelRequested.emit()

    @Slot()
    def _tick(self) -> None:
        if self._clock.isValid():
            self.elapsed.setText(self._elapsed_text(self._clock.elapsed() / 1000))

    def _elapsed_text(self, seconds: float) -> str:
        if self.time_limit:
            return self.tr("{0} of at most {1}").format(minutes_seconds(seconds),
                                                         minutes_seconds(self.time_limit))
        return minutes_seconds(seconds)


class ProgressDialog(QDialog):
    """A modeless dialog around a ProgressPanel; Esc and the close button cancel the run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planning"))
        self.setModal(False)
        self.panel = ProgressPanel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.panel)
        self.setMinimumWidth(420)

    def follow(self, controller: PlanningController) -> None:
        """Shows itself when `controller` starts a run and hides when it has stopped."""
        self.panel.follow(controller)
        controller.started.connect(self._on_started)
        controller.stopped.connect(self._on_stopped)

    @Slot()
    def _on_started(self) -> None:
        self.show()
        self.raise_()
        self.panel.cancel_button.setFocus()

    @Slot()
    def _on_stopped(self) -> None:
        self.hide()

    def reject(self) -> None:
        """Esc or the window's close button: cancel the run rather than hide it while it goes on."""
        if self.panel.running:
            self.panel._cancel()
            return
        super().reject()
