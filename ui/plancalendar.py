"""The plan view's calendar: days side by side, lanes within each day, interviews as coloured blocks.

Painted by hand in a QAbstractScrollArea rather than built from thousands of graphics items: only the
visible days are laid out, and a repaint walks their blocks once, so a thousand interviews cost no
more than the demo's two hundred. The headers (days, lanes) and the time axis stay in place while
the body scrolls. The same `CalendarPainter` draws the widget and the printed pages, so what is
printed is what is seen.

The widget decides nothing about the campaign: it shows a `scheduler.planlayout.PlanLayout`, turns
mouse and keyboard into requests (`moveRequested`, `activated`, `menuRequested`) and lets the plan
view ask the core. While a block is dragged, a ghost shows where it would land on the slot grid,
green where the validator (given by the view) finds nothing wrong and red with the reason where it
does.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from scheduler.domain import CampaignData
from scheduler.planlayout import (
    NO_ROOM,
    ROOMS,
    WEEK,
    Block,
    Lane,
    PlanLayout,
    day_shades,
    minutes_of,
    snap_start,
)

# A fixed palette, taken in the order the campaign lists its profiles; distinct in hue and lightness.
PROFILE_COLOURS = ("#3b7ddd", "#e0782f", "#2e9e4f", "#8e5bd9", "#15999a", "#d6457a", "#9a8a1f", "#8c6239")
UNKNOWN_COLOUR = "#8a8f98"
PROBLEM_COLOUR = "#d32f2f"
AXIS_WIDTH = 60.0
DAY_GAP = 6.0  # between days in the week view
MIN_LANE = {"day": 120.0, "week": 76.0}
MIN_SLOT = 15.0
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ELIDE = Qt.TextElideMode.ElideRight


def _translate(text: str) -> str:
    return QCoreApplication.translate("PlanCalendar", text)


def mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """`colour` moved `amount` (0..1) of the way towards `other`."""
    return QColor.fromRgbF(*(a + (b - a) * amount for a, b in zip(colour.getRgbF()[:3],
                                                                   other.getRgbF()[:3], strict=True)))


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, to pick the text colour a fill is readable with."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in colour.getRgbF()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable_text(fill: QColor) -> QColor:
    """Near-black or near-white, whichever contrasts more with the fill."""
    dark, light = QColor("#17191c"), QColor("#f7f8fa")
    level = luminance(fill)
    return dark if (level + 0.05) / (luminance(dark) + 0.05) >= (luminance(light) + 0.05) / (level + 0.05) \
        else light


@dataclass(frozen=True)
class ProfileColours:
    accent: QColor
    fill: QColor
    text: QColor


def profile_colours(index: int, dark: bool) -> ProfileColours:
    """The colours of a profile's blocks: a pale fill in light mode, a deep one in dark mode."""
    accent = QColor(PROFILE_COLOURS[index % len(PROFILE_COLOURS)] if index >= 0 else UNKNOWN_COLOUR)
    fill = mix(accent, QColor("#1e2023"), 0.55) if dark else mix(accent, QColor("white"), 0.78)
    return ProfileColours(accent, fill, readable_text(fill))


@dataclass
class Colours:
    """Everything but the blocks, from the widget's palette (or for paper)."""

    dark: bool
    base: QColor
    text: QColor
    dim: QColor
    header: QColor
    minor: QColor
    major: QColor
    shade: QColor
    highlight: QColor
    problem: QColor = field(default_factory=lambda: QColor(PROBLEM_COLOUR))

    @staticmethod
    def from_palette(palette: QPalette) -> Colours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        return Colours(
            dark=dark, base=base, text=text, dim=mix(text, base, 0.4),
            header=palette.color(QPalette.ColorRole.Window), minor=mix(text, base, 0.93),
            major=mix(text, base, 0.78), shade=mix(text, base, 0.88),
            highlight=palette.color(QPalette.ColorRole.Highlight),
            problem=QColor("#ff6b6b") if dark else QColor(PROBLEM_COLOUR))

    @staticmethod
    def paper() -> Colours:
        return Colours.from_palette(_paper_palette())


def _paper_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Text, "#111111"),
                         (QPalette.ColorRole.Window, "#eef1f4"), (QPalette.ColorRole.Highlight, "#2f6fdb")):
        palette.setColor(role, QColor(colour))
    return palette


@dataclass
class Fonts:
    """Fonts sized in pixels, so that the printed page scales them with everything else."""

    normal: QFont
    bold: QFont
    small: QFont

    @staticmethod
    def sized(family_font: QFont, pixels: int) -> Fonts:
        normal = QFont(family_font)
        normal.setPixelSize(pixels)
        bold = QFont(normal)
        bold.setBold(True)
        small = QFont(normal)
        small.setPixelSize(max(pixels - 2, 8))
        return Fonts(normal, bold, small)


@dataclass
class Geometry:
    """Where things are, in content coordinates: x from the first lane's left, y from the axis start."""

    days: list[date]
    lanes: int
    lane_width: float
    slot_height: float
    slot_minutes: int
    start: float  # minutes since local midnight at the top
    end: float
    axis_width: float = AXIS_WIDTH
    day_row: float = 26.0
    lane_row: float = 24.0

    @property
    def header_height(self) -> float:
        return self.day_row + self.lane_row

    @property
    def gap(self) -> float:
        return DAY_GAP if len(self.days) > 1 else 0.0

    @property
    def day_width(self) -> float:
        return self.lanes * self.lane_width

    def day_x(self, index: int) -> float:
        return index * (self.day_width + self.gap)

    def lane_x(self, day_index: int, lane: int) -> float:
        return self.day_x(day_index) + lane * self.lane_width

    def y(self, minutes: float) -> float:
        return (minutes - self.start) / self.slot_minutes * self.slot_height

    def minutes_at(self, y: float) -> float:
        return self.start + y / self.slot_height * self.slot_minutes

    @property
    def width(self) -> float:
        return self.day_x(len(self.days)) - self.gap

    @property
    def height(self) -> float:
        return self.y(self.end)

    def column_at(self, x: float) -> tuple[int, int] | None:
        """The (day index, lane) under a content x; a gap between days counts as the nearer day."""
        if not self.days or self.lanes == 0:
            return None
        stride = self.day_width + self.gap
        day = min(max(int(x // stride), 0), len(self.days) - 1)
        inside = min(max(x - self.day_x(day), 0.0), self.day_width - 0.01)
        return day, min(int(inside // self.lane_width), self.lanes - 1)


@dataclass
class Placed:
    """A block with its rectangle in content coordinates (narrowed where blocks of a lane clash)."""

    block: Block
    day_index: int
    rect: QRectF


@dataclass
class Ghost:
    """Where a dragged block would land."""

    reference: str
    day_index: int
    lane: int
    start: datetime  # UTC, on the grid
    rect: QRectF
    problems: list[str]


def place_blocks(layout: PlanLayout, geometry: Geometry) -> list[Placed]:
    """Every block of the shown days with its rectangle; clashing blocks share their lane's width."""
    placed: list[Placed] = []
    for index, day in enumerate(geometry.days):
        by_lane: dict[int, list[Block]] = {}
        for block in layout.blocks_on(day):
            by_lane.setdefault(block.lane, []).append(block)
        for lane, blocks in by_lane.items():
            placed += _packed(blocks, index, geometry.lane_x(index, lane), geometry)
    placed.sort(key=lambda p: (p.day_index, p.block.lane, p.block.start, p.rect.x()))
    return placed


def _packed(blocks: list[Block], day_index: int, x: float, g: Geometry) -> list[Placed]:
    """Side by side columns for blocks that overlap in time, as calendar apps show clashes."""
    result: list[Placed] = []
    cluster: list[tuple[Block, int]] = []
    ends: list[float] = []  # per column, the end of its last block
    cluster_end = -1.0

    def flush() -> None:
        columns = max((c for _, c in cluster), default=0) + 1
        width = g.lane_width / columns
        for block, column in cluster:
            top, bottom = g.y(block.start_minutes), g.y(block.end_minutes)
            rect = QRectF(x + column * width + 2, top + 1, width - 4, max(bottom - top - 2, 6.0))
            result.append(Placed(block, day_index, rect))

    for block in sorted(blocks, key=lambda b: (b.start_minutes, b.reference)):
        if cluster and block.start_minutes >= cluster_end:
            flush()
            cluster, ends = [], []
        column = next((i for i, end in enumerate(ends) if end <= block.start_minutes), len(ends))
        if column == len(ends):
            ends.append(block.end_minutes)
        else:
            ends[column] = block.end_minutes
        cluster.append((block, column))
        cluster_end = max(cluster_end, block.end_minutes)
    if cluster:
        flush()
    return result


@dataclass
class Scene:
    """What one paint shows."""

    layout: PlanLayout
    geometry: Geometry
    placed: list[Placed]
    problems: dict[str, list[str]]
    colours: Colours
    fonts: Fonts
    selected: tuple[str, int] | None = None  # (reference, lane)
    ghost: Ghost | None = None
    focused: bool = False


def lane_label(lane: Lane) -> str:
    return _translate("No room") if lane.kind == NO_ROOM else lane.label


def day_title(day: date, long: bool) -> str:
    """'Mon 22 Apr' (or 'Monday 22 April 2024' in the day view) in the user's language."""
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    pattern = "dddd d MMMM yyyy" if long else "ddd d MMM"
    return locale.toString(qdate, pattern)


def shade_text(kind: str, label: str) -> str:
    if kind == "holiday":
        return label or _translate("Public holiday")
    return {"outside": _translate("Outside the campaign"), "closed": _translate("No interviews"),
            "break": _translate("Break")}.get(kind, label)


class CalendarPainter:
    """Paints a scene onto any painter: the widget's viewport or a printed page."""

    def __init__(self, scene: Scene) -> None:
        self.s = scene
        self.g = scene.geometry

    def paint(self, p: QPainter, width: float, height: float, sx: float = 0.0, sy: float = 0.0) -> None:
        g, c = self.g, self.s.colours
        p.fillRect(QRectF(0, 0, width, height), c.base)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        visible = QRectF(sx, sy, width - g.axis_width, height - g.header_height)
        p.save()
        p.setClipRect(QRectF(g.axis_width, g.header_height, width - g.axis_width, height - g.header_height))
        p.translate(g.axis_width - sx, g.header_height - sy)
        self._body(p, visible)
        p.restore()
        p.save()
        p.setClipRect(QRectF(g.axis_width, 0, width - g.axis_width, g.header_height))
        p.translate(g.axis_width - sx, 0)
        self._header(p, visible)
        p.restore()
        p.save()
        p.setClipRect(QRectF(0, g.header_height, g.axis_width, height - g.header_height))
        p.translate(0, g.header_height - sy)
        self._axis(p)
        p.restore()
        self._corner(p)

    # The body: shading, grid, blocks, ghost

    def _body(self, p: QPainter, visible: QRectF) -> None:
        g = self.g
        settings = self.s.layout.settings
        closed: list[tuple[float, str]] = []
        for index, day in enumerate(g.days):
            x = g.day_x(index)
            if x > visible.right() or x + g.day_width < visible.left():
                continue
            for shade in day_shades(settings, day):
                self._shade(p, x, shade.kind, shade.label, shade.start, shade.end)
                if shade.whole_day:
                    closed.append((x, shade_text(shade.kind, shade.label)))
        self._grid(p, visible)
        for x, text in closed:
            self._closed_label(p, x, text, visible)
        for placed in self.s.placed:
            if placed.rect.intersects(visible):
                self._block(p, placed)
        if self.s.ghost is not None:
            self._ghost(p, self.s.ghost)

    def _shade(self, p: QPainter, x: float, kind: str, label: str, start: float | None,
               end: float | None) -> None:
        g, c = self.g, self.s.colours
        top = 0.0 if start is None else g.y(start)
        bottom = g.height if end is None else g.y(end)
        rect = QRectF(x, top, g.day_width, bottom - top)
        p.fillRect(rect, mix(c.shade, c.base, 0.35))
        p.fillRect(rect, QBrush(c.shade, Qt.BrushStyle.BDiagPattern))
        metrics = QFontMetricsF(self.s.fonts.small)
        if start is not None and rect.height() >= metrics.height() + 4:  # clear of the hour's line
            p.setPen(c.dim)
            p.setFont(self.s.fonts.small)
            p.drawText(rect.adjusted(6, 3, -6, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                       metrics.elidedText(shade_text(kind, label), ELIDE, rect.width() - 12))

    def _closed_label(self, p: QPainter, x: float, text: str, visible: QRectF) -> None:
        """Why a day is closed, on a card in the middle of what is seen of it, above the grid."""
        g, c = self.g, self.s.colours
        p.setFont(self.s.fonts.bold)
        width = g.day_width - 16
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        bounds = p.boundingRect(QRectF(0, 0, width, 1000), flags, text)
        middle = (max(visible.top(), 0.0) + min(visible.bottom(), g.height)) / 2
        card = QRectF(x + 8, middle - bounds.height() / 2 - 6, width, bounds.height() + 12)
        p.setPen(QPen(c.major, 1))
        p.setBrush(c.base)
        p.drawRoundedRect(card, 4, 4)
        p.setPen(c.dim)
        p.drawText(card.adjusted(6, 6, -6, -6), flags, text)

    def _grid(self, p: QPainter, visible: QRectF) -> None:
        g, c = self.g, self.s.colours
        step = g.slot_minutes
        minute = g.start
        while minute <= g.end + 0.01:
            y = round(g.y(minute)) + 0.5
            if visible.top() - 1 <= y <= visible.bottom() + 1:
                p.setPen(QPen(c.major if minute % 60 == 0 else c.minor, 1))
                for index in range(len(g.days)):
                    x = g.day_x(index)
                    p.drawLine(QPointF(x, y), QPointF(x + g.day_width, y))
            minute += step
        for index in range(len(g.days)):
            for lane in range(1, g.lanes):
                x = round(g.lane_x(index, lane)) + 0.5
                p.setPen(QPen(c.minor, 1))
                p.drawLine(QPointF(x, 0), QPointF(x, g.height))
            if index:
                left = g.day_x(index) - g.gap
                p.fillRect(QRectF(left, visible.top(), g.gap, visible.height()), c.header)

    def _block(self, p: QPainter, placed: Placed) -> None:
        block, rect = placed.block, placed.rect
        s = self.s
        dragged = s.ghost is not None and s.ghost.reference == block.reference
        colours = profile_colours(s.layout.profile_index(block.profile) if block.profile else -1,
                                  s.colours.dark)
        problems = s.problems.get(block.reference)
        selected = s.selected is not None and s.selected[0] == block.reference
        p.save()
        if dragged:
            p.setOpacity(0.35)
        path = QPainterPath()
        path.addRoundedRect(rect, 5, 5)
        p.fillPath(path, colours.fill)
        p.save()
        p.setClipPath(path)
        p.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colours.accent)
        p.restore()
        if problems:
            p.setPen(QPen(s.colours.problem, 2.5))
            p.drawPath(path)
        if selected:
            p.setPen(QPen(s.colours.highlight, 2.5 if s.focused else 2, Qt.PenStyle.SolidLine))
            p.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 6, 6)
        self._block_text(p, block, rect, colours.text, bool(problems))
        p.restore()

    def _block_text(self, p: QPainter, block: Block, rect: QRectF, colour: QColor, problem: bool) -> None:
        fonts = self.s.fonts
        inner = rect.adjusted(8, 3, -4, -2)
        marks = 0.0
        if block.pinned:
            marks += 12
            self._pin(p, QPointF(rect.right() - 9, rect.top() + 8), colour)
        if problem:
            marks += 14
            self._problem_mark(p, QPointF(rect.right() - marks + 2, rect.top() + 8))
        bold, normal, small = (QFontMetricsF(f) for f in (fonts.bold, fonts.normal, fonts.small))
        end_text = _clock(block.end)
        times = f"{_clock(block.start)}–{end_text}"
        if bold.horizontalAdvance(times) > inner.width() - marks:
            times = _clock(block.start)
        who = f"{block.reference} {block.name}".strip()
        lines: list[tuple[QFont, QFontMetricsF, str, float]] = [
            (fonts.bold, bold, times, inner.width() - marks)]
        room_for_name = inner.height() + 3 >= bold.height() + 2 * normal.height()
        if normal.horizontalAdvance(who) <= inner.width() or not block.name or not room_for_name:
            lines.append((fonts.normal, normal, who, inner.width()))
        else:  # a narrow lane: the name gets a line of its own rather than vanishing after the reference
            lines += [(fonts.normal, normal, block.reference, inner.width()),
                      (fonts.normal, normal, block.name, inner.width())]
        where = self._where(block)
        if where:
            lines.append((fonts.small, small, where, inner.width()))
        y = inner.top()
        if bold.height() * 2 > inner.height() + 2:  # one line only: time and reference together
            lines = [(fonts.bold, bold, f"{_clock(block.start)} {block.reference}", inner.width() - marks)]
        for font, metrics, text, width in lines:
            if y + metrics.height() > inner.bottom() + 3 and y > inner.top():
                break
            p.setFont(font)
            p.setPen(colour)
            p.drawText(QRectF(inner.left(), y, width, metrics.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0)))
            y += metrics.height()

    def _where(self, block: Block) -> str:
        """The third line: the room, or in the room lanes the panel sitting there."""
        if self.s.layout.mode != ROOMS:
            return block.room or ""
        if block.panel:
            return block.panel
        data = self.s.layout.data
        return ", ".join(_member_name(data, e) for e in block.interview.members)

    def _pin(self, p: QPainter, at: QPointF, colour: QColor) -> None:
        """A push pin: a round head and a short needle."""
        p.save()
        p.setPen(QPen(colour, 1.4))
        p.drawLine(at + QPointF(0, 1), at + QPointF(-3.5, 6))
        p.setBrush(colour)
        p.drawEllipse(at + QPointF(1, -1.5), 3.2, 3.2)
        p.restore()

    def _problem_mark(self, p: QPainter, at: QPointF) -> None:
        """A red disc with '!', so that a problem shows without relying on colour alone."""
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.s.colours.problem)
        p.drawEllipse(at, 5.5, 5.5)
        p.setPen(QColor("white"))
        font = QFont(self.s.fonts.bold)
        font.setPixelSize(9)
        p.setFont(font)
        p.drawText(QRectF(at.x() - 5.5, at.y() - 5.5, 11, 11), Qt.AlignmentFlag.AlignCenter, "!")
        p.restore()

    def _ghost(self, p: QPainter, ghost: Ghost) -> None:
        c = self.s.colours
        colour = c.problem if ghost.problems else QColor("#2e9e4f")
        p.save()
        path = QPainterPath()
        path.addRoundedRect(ghost.rect, 5, 5)
        fill = QColor(colour)
        fill.setAlphaF(0.18)
        p.fillPath(path, fill)
        p.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        p.drawPath(path)
        p.setPen(c.text)
        p.setFont(self.s.fonts.bold)
        metrics = QFontMetricsF(self.s.fonts.bold)
        local = ghost.start.astimezone(self.s.layout.zone)
        text = _clock(local) if not ghost.problems else f"✕ {_clock(local)}"
        p.drawText(ghost.rect.adjusted(8, 3, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   metrics.elidedText(text, Qt.TextElideMode.ElideRight, ghost.rect.width() - 12))
        p.restore()

    # Headers, axis, corner

    def _header(self, p: QPainter, visible: QRectF) -> None:
        g, c, fonts = self.g, self.s.colours, self.s.fonts
        p.fillRect(QRectF(visible.left(), 0, visible.width() + 1, g.header_height), c.header)
        bold, small = QFontMetricsF(fonts.bold), QFontMetricsF(fonts.small)
        settings = self.s.layout.settings
        for index, day in enumerate(g.days):
            x = g.day_x(index)
            if x > visible.right() or x + g.day_width < visible.left():
                continue
            title = day_title(day, long=len(g.days) == 1)
            whole = [sh for sh in day_shades(settings, day) if sh.whole_day]
            if whole:
                title = f"{title} · {shade_text(whole[0].kind, whole[0].label)}"
            p.setFont(fonts.bold)
            p.setPen(c.dim if whole else c.text)
            # The title stays in sight while a wide day scrolls by.
            left = max(x, visible.left())
            right = min(x + g.day_width, visible.right() + 1)
            cell = QRectF(left, 0, max(right - left, 0), g.day_row)
            p.drawText(cell.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter,
                       bold.elidedText(title, ELIDE, cell.width() - 8))
            p.setFont(fonts.small)
            for lane_index, lane in enumerate(self.s.layout.lanes):
                lx = g.lane_x(index, lane_index)
                lane_cell = QRectF(lx, g.day_row, g.lane_width, g.lane_row)
                p.setPen(c.text)
                p.drawText(lane_cell.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignCenter,
                           small.elidedText(lane_label(lane), Qt.TextElideMode.ElideRight, g.lane_width - 6))
                if lane_index:
                    p.setPen(QPen(c.major, 1))
                    edge = round(lx) + 0.5
                    p.drawLine(QPointF(edge, g.day_row + 5), QPointF(edge, g.header_height - 5))
        p.setPen(QPen(c.major, 1))
        p.drawLine(QPointF(visible.left(), g.header_height - 0.5),
                   QPointF(visible.right() + 1, g.header_height - 0.5))

    def _axis(self, p: QPainter) -> None:
        g, c = self.g, self.s.colours
        p.fillRect(QRectF(0, 0, g.axis_width, g.height + 2000), c.header)
        p.setFont(self.s.fonts.small)
        p.setPen(c.dim)
        hour = int(-(-g.start // 60) * 60)
        while hour < g.end:
            y = g.y(hour)
            label = f"{hour // 60:02d}:{hour % 60:02d}"
            p.drawText(QRectF(0, y + 1, g.axis_width - 8, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)
            p.setPen(QPen(c.major, 1))
            p.drawLine(QPointF(g.axis_width - 6, round(y) + 0.5), QPointF(g.axis_width, round(y) + 0.5))
            p.setPen(c.dim)
            hour += 60
        p.setPen(QPen(c.major, 1))
        p.drawLine(QPointF(g.axis_width - 0.5, 0), QPointF(g.axis_width - 0.5, g.height + 2000))

    def _corner(self, p: QPainter) -> None:
        g, c = self.g, self.s.colours
        rect = QRectF(0, 0, g.axis_width, g.header_height)
        p.fillRect(rect, c.header)
        zone = self.s.layout.settings.timezone.rsplit("/", 1)[-1].replace("_", " ")
        p.setFont(self.s.fonts.small)
        p.setPen(c.dim)
        metrics = QFontMetricsF(self.s.fonts.small)
        p.drawText(rect.adjusted(2, 0, -6, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                   metrics.elidedText(zone, Qt.TextElideMode.ElideRight, g.axis_width - 8))
        p.setPen(QPen(c.major, 1))
        p.drawLine(QPointF(0, g.header_height - 0.5), QPointF(g.axis_width, g.header_height - 0.5))
        p.drawLine(QPointF(g.axis_width - 0.5, 0), QPointF(g.axis_width - 0.5, g.header_height))


def _member_name(data: CampaignData, email: str) -> str:
    member = data.member(email)
    return (member.name or member.email) if member else email


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def fitted_geometry(layout: PlanLayout, days: list[date], view: str, width: float, height: float,
                    min_lane: float | None = None, min_slot: float = MIN_SLOT,
                    axis_width: float = AXIS_WIDTH, header: tuple[float, float] = (26.0, 24.0)) -> Geometry:
    """Lanes and slots as wide and tall as the space allows, down to a legible minimum."""
    start, end = layout.axis(days)
    step = layout.settings.slot_minutes
    lanes = max(len(layout.lanes), 1)
    gaps = DAY_GAP * (len(days) - 1) if len(days) > 1 else 0.0
    room = width - axis_width - gaps
    lane_width = max(min_lane if min_lane is not None else MIN_LANE[view], room / (lanes * max(len(days), 1)))
    slots = max((end - start) / step, 1)
    slot_height = max(min_slot, (height - sum(header)) / slots)
    return Geometry(days, len(layout.lanes), lane_width, slot_height, step, start, end,
                    axis_width, header[0], header[1])


class PlanCalendar(QAbstractScrollArea):
    """The calendar widget. It shows what `show_plan` gives it and asks the view to act.

    Mouse: click selects, drag moves (a ghost shows the snapped landing place), double-click opens
    "Move to…", right-click opens the view's menu. Keyboard: arrows select the next block (Up/Down
    in time, Left/Right across lanes), Home/End the first/last, Ctrl+Up/Down moves the selected
    interview one slot earlier/later, Ctrl+Left/Right one lane over, Enter opens "Move to…",
    Escape cancels a drag.
    """

    moveRequested = Signal(str, int, int, object)  # reference, origin lane, target lane, start (UTC)
    selectionChanged = Signal(str)  # reference, "" when nothing is selected
    activated = Signal(str)  # reference: open "Move to…"
    menuRequested = Signal(QPoint)  # global position for the view's context menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(self.tr("Interview calendar"))
        self.layout_: PlanLayout | None = None
        self.days: list[date] = []
        self.view = WEEK
        self.problems: dict[str, list[str]] = {}
        self.placed: list[Placed] = []
        self.geometry_: Geometry | None = None
        self.selected: tuple[str, int] | None = None
        self.ghost: Ghost | None = None
        self.checker: Callable[[str, int, int, datetime], list[str]] | None = None
        self._press: tuple[QPoint, Placed, float] | None = None  # position, block, grab offset (minutes)
        self._dragging = False
        self._tip = ""

    # Content

    def show_plan(self, layout: PlanLayout | None, days: list[date], view: str,
                  problems: dict[str, list[str]]) -> None:
        """Shows these days of the plan; the selection stays where its interview still is."""
        self.layout_, self.days, self.view, self.problems = layout, list(days), view, problems
        self._cancel_drag()
        self._relayout()
        if self.selected is not None and self._placed_for(*self.selected) is None:
            blocks = [p for p in self.placed if p.block.reference == self.selected[0]]
            self.selected = (blocks[0].block.reference, blocks[0].block.lane) if blocks else None
            self._announce()

    def _relayout(self) -> None:
        if self.layout_ is None or not self.days:
            self.geometry_, self.placed = None, []
        else:
            size = self.viewport().size()
            self.geometry_ = fitted_geometry(self.layout_, self.days, self.view, size.width(), size.height())
            self.placed = place_blocks(self.layout_, self.geometry_)
        self._update_scrollbars()
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        g = self.geometry_
        size = self.viewport().size()
        if g is None:
            self.horizontalScrollBar().setRange(0, 0)
            self.verticalScrollBar().setRange(0, 0)
            return
        body_w, body_h = size.width() - g.axis_width, size.height() - g.header_height
        self.horizontalScrollBar().setRange(0, max(0, math.ceil(g.width - body_w - 0.5)))
        self.horizontalScrollBar().setPageStep(int(max(body_w, 1)))
        self.horizontalScrollBar().setSingleStep(int(g.lane_width))
        self.verticalScrollBar().setRange(0, max(0, math.ceil(g.height - body_h - 0.5)))
        self.verticalScrollBar().setPageStep(int(max(body_h, 1)))
        self.verticalScrollBar().setSingleStep(int(g.slot_height))

    def scene(self, focused: bool | None = None) -> Scene | None:
        if self.layout_ is None or self.geometry_ is None:
            return None
        fonts = Fonts.sized(self.font(), max(self.fontInfo().pixelSize(), 11))
        return Scene(self.layout_, self.geometry_, self.placed, self.problems,
                     Colours.from_palette(self.palette()), fonts, self.selected, self.ghost,
                     self.hasFocus() if focused is None else focused)

    # Public helpers (tests and the view)

    def block_rect(self, reference: str, lane: int | None = None) -> QRect:
        """The block's rectangle in viewport coordinates (empty if not shown)."""
        placed = self._placed_for(reference, lane)
        if placed is None:
            return QRect()
        return self._to_viewport(placed.rect).toAlignedRect()

    def point_for(self, lane: int, day: date, moment: time | datetime) -> QPoint:
        """The viewport point in the middle of a lane where a block's top edge is at `moment`."""
        g = self.geometry_
        if g is None or day not in self.days:
            return QPoint()
        if isinstance(moment, datetime):
            moment = moment.astimezone(self.layout_.zone if self.layout_ else UTC).time()
        x = g.lane_x(self.days.index(day), lane) + g.lane_width / 2
        return self._to_viewport(QRectF(x, g.y(minutes_of(moment)), 0, 0)).topLeft().toPoint()

    def visible_references(self) -> set[str]:
        return {p.block.reference for p in self.placed}

    def selected_reference(self) -> str:
        return self.selected[0] if self.selected else ""

    def selected_lane(self) -> int | None:
        return self.selected[1] if self.selected else None

    def select(self, reference: str, lane: int | None = None) -> None:
        placed = self._placed_for(reference, lane) if reference else None
        new = (placed.block.reference, placed.block.lane) if placed else None
        if new != self.selected:
            self.selected = new
            self._announce()
            self.viewport().update()
        if placed is not None:
            self.ensure_visible(placed)

    def ensure_visible(self, placed: Placed) -> None:
        g = self.geometry_
        if g is None:
            return
        size = self.viewport().size()
        body = QRectF(self.horizontalScrollBar().value(), self.verticalScrollBar().value(),
                      size.width() - g.axis_width, size.height() - g.header_height)
        rect = placed.rect
        if rect.left() < body.left() or rect.right() > body.right():
            self.horizontalScrollBar().setValue(int(rect.left() - 8))
        if rect.top() < body.top() or rect.bottom() > body.bottom():
            self.verticalScrollBar().setValue(int(rect.top() - 8))

    def _placed_for(self, reference: str, lane: int | None = None) -> Placed | None:
        return next((p for p in self.placed if p.block.reference == reference
                     and (lane is None or p.block.lane == lane)), None)

    def _to_viewport(self, rect: QRectF) -> QRectF:
        g = self.geometry_
        assert g is not None
        return rect.translated(g.axis_width - self.horizontalScrollBar().value(),
                               g.header_height - self.verticalScrollBar().value())

    def _to_content(self, point: QPointF) -> QPointF:
        g = self.geometry_
        assert g is not None
        return QPointF(point.x() - g.axis_width + self.horizontalScrollBar().value(),
                       point.y() - g.header_height + self.verticalScrollBar().value())

    def placed_at(self, point: QPoint) -> Placed | None:
        if self.geometry_ is None:
            return None
        g = self.geometry_
        if point.x() < g.axis_width or point.y() < g.header_height:
            return None
        content = self._to_content(QPointF(point))
        return next((p for p in reversed(self.placed) if p.rect.contains(content)), None)

    def describe(self, placed: Placed) -> str:
        """The block in words: for the tooltip and for screen readers."""
        block = placed.block
        layout = self.layout_
        assert layout is not None
        parts = [f"{block.reference} {block.name}".strip(),
                 f"{day_title(block.day, long=True)} {_clock(block.start)}–{_clock(block.end)}"]
        lane = layout.lanes[block.lane]
        if layout.mode != "rooms":
            parts.append(lane_label(lane))
        parts.append(block.room or self.tr("No room"))
        if block.pinned:
            parts.append(self.tr("Pinned"))
        text = " · ".join(parts)
        problems = self.problems.get(block.reference, [])
        if problems:
            text += "\n" + self.tr("{0} problem(s):").format(len(problems)) + "\n" + "\n".join(
                f"• {m}" for m in problems)
        return text

    def _announce(self) -> None:
        placed = self._placed_for(*self.selected) if self.selected else None
        self.setAccessibleDescription(self.describe(placed) if placed else self.tr("No interview selected"))
        self.selectionChanged.emit(self.selected_reference())

    # Painting and sizing

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        scene = self.scene()
        if scene is None:
            painter.fillRect(self.viewport().rect(), self.palette().color(QPalette.ColorRole.Base))
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No campaign is open."))
            return
        size = self.viewport().size()
        CalendarPainter(scene).paint(painter, size.width(), size.height(),
                                     self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        if self.hasFocus() and self.selected is None:  # keyboard users see where the focus is
            painter.setPen(QPen(scene.colours.highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._relayout()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self._tooltip_at(event.pos()), self.viewport())
            return True
        return super().viewportEvent(event)

    def _tooltip_at(self, point: QPoint) -> str:
        placed = self.placed_at(point)
        if placed is not None:
            return self.describe(placed)
        g = self.geometry_
        if g is None or self.layout_ is None or point.x() < g.axis_width or point.y() >= g.header_height:
            return ""
        column = g.column_at(self._to_content(QPointF(point)).x())
        if column is None:
            return ""
        if point.y() < g.day_row:
            day = self.days[column[0]]
            whole = [sh for sh in day_shades(self.layout_.settings, day) if sh.whole_day]
            reason = f"\n{shade_text(whole[0].kind, whole[0].label)}" if whole else ""
            return day_title(day, long=True) + reason
        lane = self.layout_.lanes[column[1]]
        names = [self.layout_.data.member(e) for e in lane.members]
        who = ", ".join((m.name or m.email) if m else e for m, e in zip(names, lane.members, strict=True))
        return lane_label(lane) + (f"\n{who}" if who and lane.kind != "member" else "")

    # Mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        placed = self.placed_at(event.position().toPoint())
        if placed is not None:
            self.select(placed.block.reference, placed.block.lane)
        if placed is not None and event.button() == Qt.MouseButton.LeftButton and self.geometry_ is not None:
            content = self._to_content(event.position())
            grab = self.geometry_.minutes_at(content.y()) - placed.block.start_minutes
            self._press = (event.position().toPoint(), placed, grab)
        elif placed is None and event.button() == Qt.MouseButton.LeftButton:
            self.select("")
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        origin = self._press[0]
        if not self._dragging and (event.position().toPoint() - origin).manhattanLength() \
                < QApplication.startDragDistance():
            return
        self._dragging = True
        self._update_ghost(event.position().toPoint(), event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position().toPoint() - press[0]).manhattanLength() >= QApplication.startDragDistance()
        if moved or self._dragging:
            self._update_ghost(event.position().toPoint(), None)
        ghost = self.ghost
        self._cancel_drag()
        if ghost is None:
            return
        block = press[1].block
        if ghost.lane != block.lane or ghost.start != block.interview.start:
            self.moveRequested.emit(block.reference, block.lane, ghost.lane, ghost.start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        placed = self.placed_at(event.position().toPoint())
        if placed is not None:
            self.select(placed.block.reference, placed.block.lane)
            self.activated.emit(placed.block.reference)

    def _update_ghost(self, point: QPoint, global_point: QPoint | None) -> None:
        assert self._press is not None and self.geometry_ is not None and self.layout_ is not None
        g, placed, grab = self.geometry_, self._press[1], self._press[2]
        content = self._to_content(QPointF(point))
        column = g.column_at(content.x())
        if column is None:
            return
        day_index, lane = column
        day = self.days[day_index]
        start = snap_start(self.layout_.settings, day, g.minutes_at(content.y()) - grab)
        if self.ghost is not None and (self.ghost.day_index, self.ghost.lane, self.ghost.start) == \
                (day_index, lane, start):
            return
        top = g.y(minutes_of(start.astimezone(self.layout_.zone)))
        rect = QRectF(g.lane_x(day_index, lane) + 2, top + 1, g.lane_width - 4, placed.rect.height())
        unchanged = lane == placed.block.lane and start == placed.block.interview.start
        problems = [] if unchanged or self.checker is None else \
            self.checker(placed.block.reference, placed.block.lane, lane, start)
        self.ghost = Ghost(placed.block.reference, day_index, lane, start, rect, problems)
        self.viewport().update()
        if global_point is not None:
            text = problems[0] if problems else ""
            if text != self._tip:
                self._tip = text
                if text:
                    QToolTip.showText(global_point, text, self.viewport())
                else:
                    QToolTip.hideText()

    def _cancel_drag(self) -> None:
        self._press, self._dragging, self.ghost = None, False, None
        if self._tip:
            self._tip = ""
            QToolTip.hideText()
        self.viewport().update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            placed = self.placed_at(event.pos())  # delivered through the viewport: its coordinates
            if placed is not None:
                self.select(placed.block.reference, placed.block.lane)
            self.menuRequested.emit(event.globalPos())
            return
        placed = self._placed_for(*self.selected) if self.selected else None
        point = self.viewport().rect().center()
        if placed is not None:
            point = self._to_viewport(placed.rect).center().toPoint()
        self.menuRequested.emit(self.viewport().mapToGlobal(point))

    # Keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape and self._press is not None:
            self._cancel_drag()
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._nudge(key)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right,
                     Qt.Key.Key_Home, Qt.Key.Key_End):
            self._walk(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.activated.emit(self.selected[0])
        else:
            super().keyPressEvent(event)

    def _walk(self, key: int) -> None:
        """Selects the next block: in time within a lane, or the nearest in time in the next lane."""
        if not self.placed:
            return
        current = self._placed_for(*self.selected) if self.selected else None
        if current is None or key == Qt.Key.Key_Home:
            target = self.placed[0]
        elif key == Qt.Key.Key_End:
            target = self.placed[-1]
        else:
            index = self.placed.index(current)
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = 1 if key == Qt.Key.Key_Down else -1
                target = self.placed[min(max(index + step, 0), len(self.placed) - 1)]
            else:
                target = self._across(current, 1 if key == Qt.Key.Key_Right else -1)
        self.select(target.block.reference, target.block.lane)

    def _across(self, current: Placed, direction: int) -> Placed:
        column = (current.day_index, current.block.lane)
        columns = sorted({(p.day_index, p.block.lane) for p in self.placed})
        position = columns.index(column) + direction
        if not 0 <= position < len(columns):
            return current
        wanted = columns[position]
        candidates = [p for p in self.placed if (p.day_index, p.block.lane) == wanted]
        return min(candidates, key=lambda p: abs(p.rect.top() - current.rect.top()))

    def _nudge(self, key: int) -> None:
        """Ctrl+arrow: asks to move the selected interview one slot or one lane over."""
        placed = self._placed_for(*self.selected) if self.selected else None
        if placed is None or self.layout_ is None:
            return
        block = placed.block
        start, lane = block.interview.start, block.lane
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = timedelta(minutes=self.layout_.settings.slot_minutes)
            start = start + (step if key == Qt.Key.Key_Down else -step)
        else:
            lane += 1 if key == Qt.Key.Key_Right else -1
            if not 0 <= lane < len(self.layout_.lanes):
                return
        self.moveRequested.emit(block.reference, block.lane, lane, start)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


# Paper

PAGE_WIDTH = 1400.0  # logical width a page is drawn at, then scaled to the paper's width
TITLE_HEIGHT = 46.0


@dataclass(frozen=True)
class PageContent:
    """One printed page: these days of the plan under a title."""

    days: list[date]
    title: str
    subtitle: str


def paint_pages(painter: QPainter, device: QPagedPaintDevice, layout: PlanLayout, view: str,
                pages: list[PageContent], problems: dict[str, list[str]],
                legend: list[tuple[int, str]]) -> int:
    """Paints each page onto a PDF writer or a printer (already begun); returns the page count.

    Every page is drawn PAGE_WIDTH logical pixels wide and scaled to the paper, the slots stretched
    so that the whole day fits the page's height: nothing is cut, and text keeps its proportions.
    """
    rect = device.pageLayout().paintRectPixels(device.resolution())
    scale = rect.width() / PAGE_WIDTH
    height = rect.height() / scale
    fonts = Fonts.sized(QFont(), 12)
    colours = Colours.paper()
    for number, page in enumerate(pages):
        if number:
            device.newPage()
        painter.save()
        painter.scale(scale, scale)
        _paint_title(painter, page, legend, fonts, colours)
        painter.translate(0, TITLE_HEIGHT)
        geometry = fitted_geometry(layout, page.days, view, PAGE_WIDTH, height - TITLE_HEIGHT,
                                   min_lane=1.0, min_slot=1.0)
        scene = Scene(layout, geometry, place_blocks(layout, geometry), problems, colours, fonts)
        CalendarPainter(scene).paint(painter, PAGE_WIDTH, min(height - TITLE_HEIGHT,
                                                              geometry.header_height + geometry.height + 1))
        painter.restore()
    return len(pages)


def _paint_title(painter: QPainter, page: PageContent, legend: list[tuple[int, str]], fonts: Fonts,
                 colours: Colours) -> None:
    title = QFont(fonts.bold)
    title.setPixelSize(18)
    painter.setPen(colours.text)
    painter.setFont(title)
    painter.drawText(QRectF(0, 0, PAGE_WIDTH * 0.6, 24), LEFT_MIDDLE,
                     QFontMetricsF(title).elidedText(page.title, ELIDE, PAGE_WIDTH * 0.6))
    painter.setFont(fonts.normal)
    painter.setPen(colours.dim)
    painter.drawText(QRectF(0, 24, PAGE_WIDTH * 0.6, 18), LEFT_MIDDLE, page.subtitle)
    metrics = QFontMetricsF(fonts.normal)
    x = PAGE_WIDTH
    for index, text in reversed(legend):
        width = metrics.horizontalAdvance(text)
        x -= width
        painter.setPen(colours.text)
        painter.drawText(QRectF(x, 24, width + 2, 18), Qt.AlignmentFlag.AlignVCenter, text)
        swatch = profile_colours(index, False)
        x -= 18
        painter.fillRect(QRectF(x, 28, 12, 11), swatch.fill)
        painter.fillRect(QRectF(x, 28, 3, 11), swatch.accent)
        x -= 16
