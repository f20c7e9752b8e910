"""The week grid of the Availability view: one column per day, one row per slot, painted by hand.

A custom widget rather than a table view because the grid is a picture (hatched busy time, shaded
local hours, interviews drawn as blocks across several rows) that the coordinator paints on with
the mouse or the keyboard. It knows nothing of the campaign file: it draws a
`scheduler.availability.Week` and says which cells were painted (`paintRequested`); the view turns
that into an edit.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QToolTip, QWidget

from scheduler import availability as av

# Colours laid over the palette's base colour, so they read in light and dark mode alike.
CLOSED_COLOUR = QColor(128, 128, 128, 95)
AVAILABLE_COLOUR = QColor(56, 166, 80, 120)
UNLISTED_COLOUR = QColor(230, 150, 40, 90)
OFF_HOURS_COLOUR = QColor(125, 100, 200, 70)
OFF_HOURS_HATCH = QColor(110, 85, 190, 150)
BUSY_COLOUR = QColor(214, 50, 50, 80)
BUSY_HATCH = QColor(190, 30, 30, 230)
INTERVIEW_COLOUR = QColor(37, 99, 200, 230)
INTERVIEW_BORDER = QColor(20, 60, 140)
MODE_COLOURS = {av.BUSY: QColor(200, 30, 30), av.FREE: QColor(30, 140, 60)}
STATE_COLOURS = {
    av.CLOSED: CLOSED_COLOUR,
    av.AVAILABLE: AVAILABLE_COLOUR,
    av.UNLISTED: UNLISTED_COLOUR,
    av.OFF_HOURS: OFF_HOURS_COLOUR,
}

Cursor = tuple[int, int]  # (day index, row index)


def paint_cell(painter: QPainter, rect: QRect | QRectF, state: str, busy: bool, base: QColor) -> None:
    """One cell's look; the legend uses it too, so the two never disagree."""
    painter.fillRect(rect, base)
    colour = STATE_COLOURS.get(state)
    if colour is not None:
        painter.fillRect(rect, colour)
    if state == av.OFF_HOURS:
        painter.fillRect(rect, QBrush(OFF_HOURS_HATCH, Qt.BrushStyle.FDiagPattern))
    if busy:
        painter.fillRect(rect, BUSY_COLOUR)
        painter.fillRect(rect, QBrush(BUSY_HATCH, Qt.BrushStyle.BDiagPattern))


def swatch(state: str, busy: bool, palette: QPalette, size: int, ratio: float = 1.0) -> QPixmap:
    """A small sample of a cell's look for the legend, sharp on high-DPI screens."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    rect = QRectF(0.5, 0.5, size - 1, size - 1)
    if state == "interview":
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(INTERVIEW_BORDER)
        painter.setBrush(INTERVIEW_COLOUR)
        painter.drawRoundedRect(rect, 3, 3)
    else:
        paint_cell(painter, rect, state, busy, palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect)
    painter.end()
    return pixmap


class AvailabilityGrid(QWidget):
    """A person's week; drag or use the keyboard to select cells, release or Space to paint them."""

    paintRequested = Signal(int, int, int, int)  # first day, last day, first row, last row
    modeRequested = Signal(str)  # scheduler.availability.BUSY or FREE (the B and F keys)
    weekRequested = Signal(int)  # -1 previous week, +1 next week (Page Up / Page Down)
    cursorMoved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._name = self.tr("Availability week grid")
        self.setAccessibleName(self._name)
        self.setAccessibleDescription(self.tr(
            "Rows are time slots, columns are days. Arrow keys move the cursor, Shift with the arrow "
            "keys selects, Space or Enter paints the selection, B marks busy, F marks free, "
            "Page Up and Page Down change the week."
        ))
        self._week: av.Week | None = None
        self._zone = ZoneInfo("UTC")
        self._mode = av.BUSY
        self._cursor: Cursor = (0, 0)
        self._anchor: Cursor = (0, 0)
        self._dragging = False
        self._empty_text = ""

    # ------------------------------------------------------------------ content

    def set_week(self, week: av.Week | None, zone: ZoneInfo) -> None:
        self._week, self._zone = week, zone
        self._cursor = self._clamped(self._cursor)
        self._anchor = self._clamped(self._anchor)
        self.updateGeometry()
        self.update()

    def week(self) -> av.Week | None:
        return self._week

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        self.update()

    def mode(self) -> str:
        return self._mode

    def cursor_cell(self) -> Cursor:
        return self._cursor

    def set_cursor_cell(self, day: int, row: int, extend: bool = False) -> None:
        self._cursor = self._clamped((day, row))
        if not extend:
            self._anchor = self._cursor
        self.cursorMoved.emit()
        self.update()

    def selection(self) -> tuple[int, int, int, int]:
        """(first day, last day, first row, last row) between the anchor and the cursor."""
        (d0, r0), (d1, r1) = self._anchor, self._cursor
        return min(d0, d1), max(d0, d1), min(r0, r1), max(r0, r1)

    def _size(self) -> tuple[int, int]:
        if self._week is None:
            return 0, 0
        return len(self._week.days), len(self._week.rows)

    def _clamped(self, cell: Cursor) -> Cursor:
        days, rows = self._size()
        return min(max(cell[0], 0), max(days - 1, 0)), min(max(cell[1], 0), max(rows - 1, 0))

    # ------------------------------------------------------------------ geometry

    def _time_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("00:00") + 14

    def _header_height(self) -> int:
        return 2 * self.fontMetrics().lineSpacing() + 10

    def _area(self) -> QRect:
        """Where the cells are: right of the time labels, below the day headers."""
        left, top = self._time_width(), self._header_height()
        return QRect(left, top, max(self.width() - left - 2, 1), max(self.height() - top - 2, 1))

    def cell_rect(self, day: int, row: int) -> QRect:
        """The cell's rectangle in widget coordinates (tests and hit-testing use it)."""
        days, rows = self._size()
        area = self._area()
        if not days or not rows:
            return QRect()
        x0 = area.left() + round(day * area.width() / days)
        x1 = area.left() + round((day + 1) * area.width() / days)
        y0 = area.top() + round(row * area.height() / rows)
        y1 = area.top() + round((row + 1) * area.height() / rows)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def header_rect(self, day: int) -> QRect:
        column = self.cell_rect(day, 0)
        return QRect(column.left(), 0, column.width(), self._header_height())

    def cell_at(self, point: QPoint, clamp: bool = False) -> Cursor | None:
        """The cell under a point; with `clamp`, the nearest cell (a drag that leaves the grid)."""
        days, rows = self._size()
        area = self._area()
        if not days or not rows or (not clamp and not area.contains(point)):
            return None
        day = int((point.x() - area.left()) * days // area.width())
        row = int((point.y() - area.top()) * rows // area.height())
        return self._clamped((day, row))

    def sizeHint(self) -> QSize:
        days, rows = self._size()
        return QSize(self._time_width() + max(days, 5) * 130, self._header_height() + max(rows, 20) * 18)

    def minimumSizeHint(self) -> QSize:
        days, rows = self._size()
        return QSize(self._time_width() + max(days, 5) * 56, self._header_height() + max(rows, 20) * 10)

    # ------------------------------------------------------------------ mouse and keyboard

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or cell is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._dragging = True
        self.set_cursor_cell(*cell, extend=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            cell = self.cell_at(event.position().toPoint(), clamp=True)
            if cell is not None and cell != self._cursor:
                self.set_cursor_cell(*cell, extend=True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = False
            self._paint_selection()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        letters = {Qt.Key.Key_B: av.BUSY, Qt.Key.Key_F: av.FREE}
        plain = not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if self._week is None:
            super().keyPressEvent(event)
        elif key in moves and plain:
            dx, dy = moves[key]
            extend = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            self.set_cursor_cell(self._cursor[0] + dx, self._cursor[1] + dy, extend)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and plain:
            row = 0 if key == Qt.Key.Key_Home else len(self._week.rows) - 1
            self.set_cursor_cell(self._cursor[0], row, bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self._paint_selection()
        elif key in letters and modifiers == Qt.KeyboardModifier.NoModifier:
            self.modeRequested.emit(letters[key])
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and plain:
            self.weekRequested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_Escape and (self._dragging or self._anchor != self._cursor):
            self._dragging = False
            self.set_cursor_cell(*self._cursor)
        else:
            super().keyPressEvent(event)

    def _paint_selection(self) -> None:
        if self._week is None:
            return
        first_day, last_day, first_row, last_row = self.selection()
        self._anchor = self._cursor
        self.update()
        self.paintRequested.emit(first_day, last_day, first_row, last_row)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.cursorMoved.emit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tip_at(self, point: QPoint) -> str:
        """The cell in words, or for a day header the day and why it is closed (names get elided)."""
        cell = self.cell_at(point)
        if cell is not None:
            return self.describe(*cell)
        if self._week is None or point.y() >= self._header_height() or point.x() < self._area().left():
            return ""
        day, _ = self.cell_at(QPoint(point.x(), self._area().top()), clamp=True) or (0, 0)
        column = self._week.days[day]
        note = self._header_note(column)
        text = QLocale().toString(QDate(column.day), QLocale.FormatType.LongFormat)
        return f"{text}: {note}" if note else text

    # ------------------------------------------------------------------ words

    def day_text(self, day: int) -> str:
        assert self._week is not None
        return QLocale().toString(QDate(self._week.days[day].day), "ddd d MMM")

    def clock(self, instant: datetime) -> str:
        return instant.astimezone(self._zone).strftime("%H:%M")

    def announce(self, cell_text: str) -> None:
        """Puts the cell under the cursor into the grid's accessible name: screen readers (Orca,
        NVDA, VoiceOver) read out a name change of the focused widget, so the cell is heard as the
        cursor moves."""
        name = f"{self._name}: {cell_text}" if cell_text else self._name
        if name != self.accessibleName():
            self.setAccessibleName(name)  # Qt sends QAccessible::NameChanged

    def describe(self, day: int, row: int) -> str:
        """The cell in words, for the tooltip and the line under the grid (screen readers read it)."""
        if self._week is None:
            return ""
        column = self._week.days[day]
        cell = column.cells[row]
        parts = [self.state_text(cell, column)]
        if cell.busy:
            parts.append(self.tr("busy"))
        for block in self.blocks_at(day, row):
            parts.append(self.tr("interview with {0} ({1})").format(block.candidate, block.name))
        when = f"{self.day_text(day)} {self.clock(cell.span.start)}–{self.clock(cell.span.end)}"
        return f"{when}: {', '.join(parts)}"

    def state_text(self, cell: av.Cell, column: av.DayColumn) -> str:
        if cell.closed == av.CLOSED_HOLIDAY:
            return self.tr("holiday: {0}").format(column.holiday) if column.holiday else self.tr("holiday")
        texts = {
            av.CLOSED_DAY: self.tr("not a campaign day"),
            av.CLOSED_BREAK: self.tr("break"),
        }
        if cell.closed:
            return texts.get(cell.closed, self.tr("closed"))
        return {
            av.OFF_HOURS: self.tr("outside the candidate's local hours"),
            av.UNLISTED: self.tr("outside the listed available times"),
            av.AVAILABLE: self.tr("listed as available"),
        }.get(cell.state, self.tr("free"))

    def blocks_at(self, day: int, row: int) -> list[av.Block]:
        if self._week is None:
            return []
        return [b for b in self._week.blocks if b.day_index == day and b.top < row + 1 and row < b.bottom]

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self._week is None or not self._week.rows:
            self._paint_empty(painter)
        else:
            self._paint_cells(painter)
            self._paint_lines(painter)
            self._paint_headers(painter)
            self._paint_times(painter)
            self._paint_blocks(painter)
            self._paint_selection_and_cursor(painter)
        if self.hasFocus() and self._week is None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(self.rect().adjusted(20, 20, -20, -20), flags, self._empty_text)

    def _paint_cells(self, painter: QPainter) -> None:
        assert self._week is not None
        base = self.palette().color(QPalette.ColorRole.Base)
        for d, column in enumerate(self._week.days):
            for r, cell in enumerate(column.cells):
                paint_cell(painter, self.cell_rect(d, r), cell.state, cell.busy, base)

    def _paint_lines(self, painter: QPainter) -> None:
        assert self._week is not None
        palette = self.palette()
        area = self._area()
        light = QColor(palette.color(QPalette.ColorRole.Mid))
        light.setAlpha(70)
        strong = palette.color(QPalette.ColorRole.Mid)
        for r, moment in enumerate(self._week.rows):
            y = self.cell_rect(0, r).top()
            painter.setPen(strong if moment.minute == 0 else light)
            painter.drawLine(area.left(), y, area.right(), y)
        painter.setPen(strong)
        painter.drawLine(area.left(), area.bottom(), area.right(), area.bottom())
        for d in range(len(self._week.days) + 1):
            x = area.left() + round(d * area.width() / len(self._week.days))
            painter.drawLine(min(x, area.right()), 0, min(x, area.right()), area.bottom())

    def _paint_headers(self, painter: QPainter) -> None:
        assert self._week is not None
        palette = self.palette()
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.88, 6.0))
        for d, column in enumerate(self._week.days):
            rect = self.header_rect(d).adjusted(1, 0, 0, -1)
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            if column.closed:
                painter.fillRect(rect, CLOSED_COLOUR)
            inner = rect.adjusted(4, 4, -4, -4)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(self.day_text(d), Qt.TextElideMode.ElideRight, inner.width()))
            note = self._header_note(column)
            if note:
                painter.setFont(small)
                painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 painter.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight,
                                                                  inner.width()))
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        top = self._header_height() - 1
        painter.drawLine(self._area().left(), top, self._area().right(), top)

    def _header_note(self, column: av.DayColumn) -> str:
        if column.closed == av.CLOSED_HOLIDAY:
            return column.holiday or self.tr("Holiday")
        if column.closed == av.CLOSED_DAY:
            return self.tr("Outside the campaign")
        return ""

    def _paint_times(self, painter: QPainter) -> None:
        assert self._week is not None
        metrics = self.fontMetrics()
        row_height = self._area().height() / len(self._week.rows)
        every = 30 if row_height * 2 >= metrics.height() else 60
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        width = self._time_width() - 6
        for r, moment in enumerate(self._week.rows):
            if (moment.hour * 60 + moment.minute) % every and r:
                continue
            top = self.cell_rect(0, r).top()
            rect = QRect(0, top, width, metrics.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             f"{moment.hour:02d}:{moment.minute:02d}")

    def _paint_blocks(self, painter: QPainter) -> None:
        assert self._week is not None
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._area()
        rows = len(self._week.rows)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.9, 6.0))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        for block in self._week.blocks:
            column = self.cell_rect(block.day_index, 0)
            top = area.top() + max(block.top, 0) * area.height() / rows
            bottom = area.top() + min(block.bottom, rows) * area.height() / rows
            if bottom <= top:
                continue
            rect = QRectF(column.left() + 3, top + 1, column.width() - 6, bottom - top - 2)
            painter.setPen(QPen(INTERVIEW_BORDER, 2 if block.pinned else 1))
            painter.setBrush(INTERVIEW_COLOUR)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(Qt.GlobalColor.white))
            lines = [
                f"{self.clock(block.span.start)}–{self.clock(block.span.end)}  {block.candidate}",
                block.name,
                block.room or "",
            ]
            text_rect = rect.adjusted(5, 2, -4, -2)
            fitting = max(int(text_rect.height() // metrics.lineSpacing()), 1)
            shown = [line for line in lines if line][:fitting]
            text = "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(text_rect.width()))
                             for line in shown)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        painter.restore()

    def _paint_selection_and_cursor(self, painter: QPainter) -> None:
        first_day, last_day, first_row, last_row = self.selection()
        colour = MODE_COLOURS.get(self._mode, MODE_COLOURS[av.BUSY])
        if self._dragging or self._anchor != self._cursor:
            rect = self.cell_rect(first_day, first_row).united(self.cell_rect(last_day, last_row))
            fill = QColor(colour)
            fill.setAlpha(60)
            painter.fillRect(rect, fill)
            painter.setPen(QPen(colour, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if self.hasFocus():
            rect = self.cell_rect(*self._cursor).adjusted(1, 1, -1, -1)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 3))
            painter.drawRect(rect)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DotLine))
            painter.drawRect(rect)
