"""PDF day sheets: one A4 page per panel per day (more if the day is long), to print and take into the room.

Drawn with Qt's own PDF writer (QPdfWriter and QPainter), so no other PDF library is needed and the
text is real text in embedded fonts, every accent included (Łukasz, Jürgen Weiß, Zoë), searchable and
copyable. A page shows the campaign, the day and the panel with its members, then the interviews in
the campaign's zone: time, candidate (name, reference, profile, mode, agreed adjustments), room with its
address or the video link, and an empty column for notes. A day that does not fit on one page continues
on the next with the same header, marked as a continuation.

The layout is worked out first, in points, with the fonts measured on the device being drawn on (which
rows go on which page), then painted; `render_page` paints the same page into an image, for a preview
in the app and for tests. Candidates that could not be placed are left out on purpose: the sheets go to
panel members, and the solver's reasons can name a member's conflict of interest.

Qt needs a QGuiApplication for fonts: when none is running one is created, a QApplication so that the
desktop app or a widget test can still use it later, on the offscreen platform when there is no
display (a headless `export --schedule plan.pdf` on a server).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QApplication

from scheduler.domain import CampaignData
from scheduler.errors import CampaignError
from scheduler.exports import written_atomically
from scheduler.exports.plan import PlanRow, by_day, by_panel, plan_rows
from scheduler.timeline import describe_day

MARGINS_MM = QMarginsF(15, 15, 15, 15)
PDF_RESOLUTION = 300
FONT_FAMILIES = ["Segoe UI", "Helvetica Neue", "Arial", "Noto Sans", "DejaVu Sans", "Liberation Sans"]
STYLES = {  # name: (point size, bold, colour)
    "caption": (8.0, False, "#5b6670"),
    "title": (16.0, True, "#000000"),
    "body": (9.5, False, "#000000"),
    "strong": (10.5, True, "#000000"),
    "small": (8.5, False, "#3c4650"),
    "heading": (8.5, True, "#000000"),
    "link": (8.5, False, "#0b4f9c"),
}
COLUMNS = (("Time", 56.0), ("Candidate", 192.0), ("Room or video link", 150.0), ("Notes", 0.0))  # 0: the rest
PAD = 4.0  # points inside every cell
MIN_ROW = 46.0  # points: room to write a note by hand
FOOTER = 22.0
GRID = QColor("#9aa5b1")
HEADER_FILL = QColor("#dde3ea")
STRIPE_FILL = QColor("#f3f5f7")
CONFIDENTIAL = "Confidential: candidates' personal data. Do not leave it lying around; shred it after use."


_app: QGuiApplication | None = None  # kept alive for the process when this module had to create it


@dataclass(frozen=True)
class Text:
    """One paragraph of a cell or of the header; `anywhere` wraps inside words (links have no spaces)."""

    text: str
    style: str = "body"
    anywhere: bool = False


@dataclass(frozen=True)
class Sheet:
    """One panel on one day."""

    day: date
    panel: str
    rows: tuple[PlanRow, ...]


@dataclass(frozen=True)
class Page:
    sheet: Sheet
    rows: tuple[PlanRow, ...]
    part: int  # from 1
    parts: int


def write_day_sheets(data: CampaignData, unscheduled: dict[str, list[str]], path: Path) -> None:
    """All panels' day sheets in one PDF; `unscheduled` is taken so all schedule writers are called alike."""
    rows = plan_rows(data)
    if not rows:
        raise CampaignError("No interview is planned yet, so there are no day sheets to print; solve first.")
    ensure_gui()
    with written_atomically(path) as temporary:
        _write_pdf(temporary, path, data, rows)
        if not _complete(temporary):
            raise CampaignError(f"{path}: cannot be written (the PDF came out cut short; is the disk full?)")


def _complete(pdf: Path) -> bool:
    """Qt does not report a failed write; a PDF that was finished ends with its %%EOF marker."""
    with pdf.open("rb") as source:
        source.seek(max(pdf.stat().st_size - 64, 0))
        return b"%%EOF" in source.read()


def render_page(data: CampaignData, number: int = 1, dpi: int = 110) -> QImage:
    """Page `number` (from 1) of the day sheets as an image, painted as in the PDF."""
    ensure_gui()
    return _render(data, number, dpi)


def _render(data: CampaignData, number: int, dpi: int) -> QImage:
    layout = _page_layout()
    image = QImage(layout.fullRectPixels(dpi).size(), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    paint_rect = layout.paintRectPixels(dpi)
    painter = QPainter(image)
    try:
        painter.translate(paint_rect.topLeft())
        canvas = Canvas(image, paint_rect.width(), paint_rect.height())
        pages = lay_out(canvas, data, plan_rows(data))
        if not 1 <= number <= len(pages):
            raise ValueError(f"page {number} of {len(pages)}")
        paint_page(painter, canvas, data, pages[number - 1], number, len(pages))
    finally:
        painter.end()
    return image


def ensure_gui() -> None:
    """An application object for fonts; a headless Linux gets the offscreen platform instead of an abort."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication(["interview-scheduler"])


def _page_layout() -> QPageLayout:
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    return QPageLayout(a4, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


def _write_pdf(temporary: Path, path: Path, data: CampaignData, rows: list[PlanRow]) -> None:
    """Paints every page; a function of its own so the writer is gone (its file closed) before the rename."""
    writer = QPdfWriter(str(temporary))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_page_layout())
    writer.setTitle(f"Day sheets: {data.campaign.name}")
    writer.setCreator("Interview Scheduler")
    painter = QPainter()
    if not painter.begin(writer):
        raise CampaignError(f"{path}: cannot be written (Qt could not start the PDF).")
    try:
        canvas = Canvas(writer, writer.width(), writer.height())
        pages = lay_out(canvas, data, rows)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            paint_page(painter, canvas, data, page, number, len(pages))
    finally:
        painter.end()


class Canvas:
    """Measures and draws paragraphs in points on one device (a PDF writer or an image)."""

    def __init__(self, device: QPaintDevice, width: float, height: float) -> None:
        self.device = device
        self.scale = device.logicalDpiY() / 72  # device units per point
        self.width = width / self.scale
        self.height = height / self.scale
        self.fonts = _fonts()

    def px(self, points: float) -> float:
        return points * self.scale

    def text_height(self, text: Text, width: float) -> float:
        metrics = QFontMetricsF(self.fonts[text.style], self.device)
        box = QRectF(0, 0, self.px(width), 1e7)
        return metrics.boundingRect(box, _flags(text), text.text).height() / self.scale

    def stack_height(self, texts: list[Text], width: float) -> float:
        return sum(self.text_height(t, width) for t in texts)

    def draw(self, painter: QPainter, text: Text, x: float, y: float, width: float) -> float:
        """Draws one paragraph with its top-left at (x, y); returns its height in points."""
        height = self.text_height(text, width)
        painter.setFont(self.fonts[text.style])
        painter.setPen(QColor(STYLES[text.style][2]))
        box = QRectF(self.px(x), self.px(y), self.px(width), self.px(height) + 1)
        painter.drawText(box, _flags(text), text.text)
        return height

    def draw_stack(self, painter: QPainter, texts: list[Text], x: float, y: float, width: float) -> float:
        for text in texts:
            y += self.draw(painter, text, x, y, width)
        return y

    def line(self, painter: QPainter, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        painter.setPen(QPen(GRID, self.px(width)))
        painter.drawLine(QPointF(self.px(x1), self.px(y1)), QPointF(self.px(x2), self.px(y2)))

    def fill(self, painter: QPainter, box: tuple[float, float, float, float], colour: QColor) -> None:
        painter.fillRect(QRectF(*(self.px(v) for v in box)), colour)


def _fonts() -> dict[str, QFont]:
    return {name: _font(size, bold) for name, (size, bold, _) in STYLES.items()}


def _font(size: float, bold: bool) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)  # 'fi' stays two letters: searching the PDF for 'office' works
    return font


def _flags(text: Text) -> int:
    wrap = Qt.TextFlag.TextWrapAnywhere if text.anywhere else Qt.TextFlag.TextWordWrap
    return Qt.AlignmentFlag.AlignLeft.value | Qt.AlignmentFlag.AlignTop.value | wrap.value


# Layout


def sheets_of(data: CampaignData, rows: list[PlanRow]) -> list[Sheet]:
    """Day by day, and within a day the panels in the campaign's order."""
    return [
        Sheet(day, panel, tuple(panel_rows))
        for day, day_rows in by_day(rows).items()
        for panel, panel_rows in by_panel(data, day_rows).items()
    ]


def lay_out(canvas: Canvas, data: CampaignData, rows: list[PlanRow]) -> list[Page]:
    pages = []
    for sheet in sheets_of(data, rows):
        pages += _paginate(canvas, data, sheet)
    return pages


def _paginate(canvas: Canvas, data: CampaignData, sheet: Sheet) -> list[Page]:
    """As many rows per page as fit under the header; a longer day goes on over more pages."""
    widths = column_widths(canvas)
    probe = Page(sheet, sheet.rows, 99, 99)  # the header with a continuation note: the tallest it gets
    room = canvas.height - _header_height(canvas, data, probe) - _table_header_height(canvas) - FOOTER
    chunks: list[list[PlanRow]] = [[]]
    used = 0.0
    for row in sheet.rows:
        height = _row_height(canvas, data, row, widths)
        if chunks[-1] and used + height > room:
            chunks.append([])
            used = 0.0
        chunks[-1].append(row)
        used += height
    return [Page(sheet, tuple(chunk), part, len(chunks)) for part, chunk in enumerate(chunks, start=1)]


def column_widths(canvas: Canvas) -> list[float]:
    fixed = sum(width for _, width in COLUMNS)
    return [width or canvas.width - fixed for _, width in COLUMNS]


def _header_texts(data: CampaignData, page: Page) -> list[Text]:
    sheet = page.sheet
    first, last = sheet.rows[0], sheet.rows[-1]
    members = " · ".join(f"{p.name} ({p.email})" if p.name else p.email for p in first.members)
    summary = (
        f"{len(sheet.rows)} interview{'s' if len(sheet.rows) != 1 else ''} "
        f"from {first.start:%H:%M} to {last.end:%H:%M}; all times are in {data.campaign.timezone}."
    )
    if page.parts > 1:
        lead = "Continued: part" if page.part > 1 else "Part"
        summary += f" {lead} {page.part} of {page.parts} of this panel's day."
    return [
        Text(data.campaign.name, "caption"),
        Text(f"{describe_day(sheet.day)} · {sheet.panel}", "title"),
        Text(f"Panel: {members}", "body"),
        Text(summary, "small"),
    ]


def _header_height(canvas: Canvas, data: CampaignData, page: Page) -> float:
    return canvas.stack_height(_header_texts(data, page), canvas.width) + 10


def _table_header_height(canvas: Canvas) -> float:
    return max(canvas.text_height(Text(title, "heading"), 100) for title, _ in COLUMNS) + 2 * PAD


def _cells(data: CampaignData, row: PlanRow) -> list[list[Text]]:
    return [
        [Text(f"{row.start:%H:%M}", "strong"), Text(f"to {row.end:%H:%M}", "body")],
        _candidate_cell(data, row),
        _place_cell(row),
        [],
    ]


def _candidate_cell(data: CampaignData, row: PlanRow) -> list[Text]:
    candidate = row.candidate
    texts = [
        Text(candidate.name, "strong"),
        Text(f"{candidate.reference} · {candidate.profile} · {row.mode_label}", "body"),
    ]
    notes = []
    if candidate.extra_minutes:
        notes.append(f"{candidate.extra_minutes} extra minutes included")
    if candidate.accessible_room:
        notes.append("needs a step-free room")
    if row.interview.pinned:
        notes.append("time agreed with the candidate")
    zone = candidate.zone(data.campaign)
    if candidate.timezone and zone.key != data.campaign.timezone:
        notes.append(f"{row.start.astimezone(zone):%H:%M} for the candidate ({zone.key})")
    return [*texts, Text("; ".join(notes), "small")] if notes else texts


def _place_cell(row: PlanRow) -> list[Text]:
    if row.room is None:
        return [Text("No room", "small")]
    texts = [Text(row.room.name, "strong")]
    if row.link:
        texts.append(Text(row.link, "link", anywhere=True))
    if row.location:
        texts.append(Text(row.location, "small"))
    return texts


def _row_height(canvas: Canvas, data: CampaignData, row: PlanRow, widths: list[float]) -> float:
    cells = zip(_cells(data, row), widths, strict=True)
    content = max(canvas.stack_height(cell, width - 2 * PAD) for cell, width in cells)
    return max(content + 2 * PAD, MIN_ROW)


# Painting


def paint_page(
    painter: QPainter, canvas: Canvas, data: CampaignData, page: Page, number: int, total: int
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    y = canvas.draw_stack(painter, _header_texts(data, page), 0, 0, canvas.width) + 4
    canvas.line(painter, 0, y, canvas.width, y, 1.0)
    y += 6
    widths = column_widths(canvas)
    y = _paint_table_header(painter, canvas, y, widths)
    for index, row in enumerate(page.rows):
        y = _paint_row(painter, canvas, data, row, y, widths, striped=index % 2 == 1)
    _paint_footer(painter, canvas, number, total)


def _paint_table_header(painter: QPainter, canvas: Canvas, y: float, widths: list[float]) -> float:
    height = _table_header_height(canvas)
    canvas.fill(painter, (0, y, canvas.width, height), HEADER_FILL)
    x = 0.0
    for (title, _), width in zip(COLUMNS, widths, strict=True):
        canvas.draw(painter, Text(title, "heading"), x + PAD, y + PAD, width - 2 * PAD)
        x += width
    canvas.line(painter, 0, y + height, canvas.width, y + height, 0.8)
    return y + height


def _paint_row(
    painter: QPainter, canvas: Canvas, data: CampaignData, row: PlanRow, y: float, widths: list[float],
    striped: bool,
) -> float:
    height = _row_height(canvas, data, row, widths)
    if striped:  # the notes column stays white, to write on
        canvas.fill(painter, (0, y, canvas.width - widths[-1], height), STRIPE_FILL)
        canvas.line(painter, 0, y, canvas.width, y)  # the fill covered half of the line above
    x = 0.0
    for cell, width in zip(_cells(data, row), widths, strict=True):
        canvas.draw_stack(painter, cell, x + PAD, y + PAD, width - 2 * PAD)
        x += width
    notes_x = canvas.width - widths[-1]
    canvas.line(painter, notes_x, y, notes_x, y + height)
    canvas.line(painter, 0, y + height, canvas.width, y + height)
    return y + height


def _paint_footer(painter: QPainter, canvas: Canvas, number: int, total: int) -> None:
    top = canvas.height - FOOTER + 6
    canvas.line(painter, 0, top, canvas.width, top)
    page_text = Text(f"Page {number} of {total}", "caption")
    page_width = 70.0
    canvas.draw(painter, Text(CONFIDENTIAL, "caption"), 0, top + 3, canvas.width - page_width)
    metrics = QFontMetricsF(canvas.fonts["caption"], canvas.device)
    text_width = metrics.horizontalAdvance(page_text.text) / canvas.scale
    canvas.draw(painter, page_text, canvas.width - text_width - 1, top + 3, text_width + 1)
