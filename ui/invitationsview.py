"""The Invitations view: what must go out, how it will look, sending it, and who answered what.

Two tabs. "Pending messages" lists what the next export (or the next e-mail run) would deliver, as
the core's `pending_messages` says, each with why (`scheduler.invitations.overview`); selecting one
shows the e-mail and the calendar entry exactly as its recipient will get them, read back from the
generated message. Export and send run on worker threads (`ui.invitationworkers`). "Answers" lists
every invitation that went out with its recipient's answer, and imports reply files.

The list is recomputed on a worker thread after each change to the campaign that can touch an
invitation (0.2 s and more on the demo: too long for the GUI thread), a burst of edits costing one.
"""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelection,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scheduler.errors import CampaignError
from ui import invitationworkers as workers
from ui.filtering import FilterProxy
from ui.session import CampaignSession
from ui.settings import AppSettings

if TYPE_CHECKING:  # the core's invitation modules load icalendar: imported when first needed
    from scheduler.invitations.export import ExportReport
    from scheduler.invitations.overview import AnswerItem, EventPreview, PendingItem, PendingOverview
    from scheduler.invitations.sending import SendReport

log = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a text key: the column's value, then the interview's time
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # what the first filter tests (audience)
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # what the second filter tests (kind of change, answer)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # the words the search box looks in
# Edits of these kinds can change an invitation; "conflict" cannot.
RELEVANT = {"*", "settings", "profile", "member", "panel", "room", "candidate", "interview"}
CHANNEL_KEY = "invitations/channel"
COLOURS = {
    "new": "#2e7d32", "update": "#ef8f00", "resend": "#607d8b", "cancel": "#c62828",
    "accepted": "#2e7d32", "declined": "#c62828", "tentative": "#ef8f00", "delegated": "#6a1b9a",
    "none": "#90a4ae", "cancelled": "#607d8b",
}


def dot(colour: str) -> QIcon:
    """A small filled circle, so that the kind of a row shows at a glance (light and dark themes)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def long_day(moment: datetime) -> str:
    """'Monday, 22 April 2024' in the interface's language."""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat)


def short_moment(moment: datetime) -> str:
    """'Mon 22 Apr 2024 14:15' in the interface's language."""
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    return f"{day} {moment:%H:%M}"


def offset(moment: datetime) -> str:
    """'UTC+02:00': the offset of an aware time."""
    value = moment.utcoffset() or timedelta(0)
    sign = "-" if value < timedelta(0) else "+"
    minutes = abs(int(value / timedelta(minutes=1)))
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


# --------------------------------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------------------------------


class _ItemsModel(QAbstractTableModel):
    """Rows of items shown in the campaign's zone, with fixed columns; the two lists of the view."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        self.zone = ZoneInfo("UTC")
        self._icons = {kind: dot(colour) for kind, colour in COLOURS.items()}
        self._headers: tuple[str, ...] = ()  # translated by the subclass, in its own context

    def set_items(self, items: list[Any], zone: str) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.zone = ZoneInfo(zone)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class PendingModel(_ItemsModel):
    """The pending messages of one channel, one row per message."""

    COLUMNS = ("change", "why", "recipient", "address", "role", "candidate", "interview", "method")
    items: list[PendingItem]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Change"), self.tr("Why"), self.tr("Recipient"), self.tr("Address"),
                         self.tr("Role"), self.tr("Candidate"), self.tr("Interview"), self.tr("Method"))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.DecorationRole and column == "change":
            return self._icons.get(item.message.kind)
        if role == SORT_ROLE:
            return self.sort_key(item, column)
        if role == GROUP_ROLE:
            return item.event.role
        if role == STATE_ROLE:
            return item.message.kind
        if role == SEARCH_ROLE:
            event = item.event
            return " ".join((event.candidate, event.candidate_name, event.recipient.name,
                             event.recipient.email, self.why(item))).casefold()
        return None

    def text(self, item: PendingItem, column: str, tooltip: bool = False) -> str:
        event = item.event
        if column == "change":
            return self.change(item.message.kind)
        if column == "why":
            return self.why(item)
        if column == "recipient":
            return event.recipient.name or event.recipient.email
        if column == "address":
            return event.recipient.email
        if column == "role":
            return self.tr("Candidate") if event.role == "candidate" else self.tr("Panel member")
        if column == "candidate":
            return f"{event.candidate} · {event.candidate_name}" if tooltip else event.candidate
        if column == "interview":
            start = event.start.astimezone(self.zone)
            end = event.end.astimezone(self.zone)
            return f"{short_moment(start)}–{end:%H:%M}" if tooltip else short_moment(start)
        return item.message.method

    def change(self, kind: str) -> str:
        return {"new": self.tr("New"), "update": self.tr("Changed"), "resend": self.tr("Again"),
                "cancel": self.tr("Cancelled")}.get(kind, kind)

    def why(self, item: PendingItem) -> str:
        words = {
            "moved": self.tr("moved"), "duration": self.tr("other duration"),
            "zone": self.tr("other time zone"), "place": self.tr("other room"),
            "link": self.tr("other video link"), "panel": self.tr("panel changed"),
            "version": self.tr("newer version"), "withdrawn": self.tr("candidate withdrawn"),
            "removed": self.tr("candidate removed"), "unscheduled": self.tr("interview removed"),
            "off_panel": self.tr("no longer on the panel"), "address": self.tr("address changed"),
            "reinvited": self.tr("invited again"),
        }
        if not item.reasons:
            return self.tr("first invitation") if item.message.kind == "new" else ""
        if item.previous is not None and "moved" in item.reasons:
            was = short_moment(item.previous.start.astimezone(self.zone))
            words["moved"] = self.tr("moved from {0}").format(was)
        return ", ".join(words.get(reason, reason) for reason in item.reasons)

    def sort_key(self, item: PendingItem, column: str) -> str:
        event = item.event
        tail = f"{event.start.isoformat()}\x00{event.candidate}\x00{event.role != 'candidate'}\x00" \
               f"{event.recipient_key}"
        first = event.start.isoformat() if column == "interview" else self.text(item, column).casefold()
        return f"{first}\x00{tail}"


class AnswersModel(_ItemsModel):
    """Every invitation that went out, with its recipient's answer."""

    COLUMNS = ("candidate", "person", "address", "role", "interview", "answer", "answered", "comment")
    items: list[AnswerItem]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Candidate"), self.tr("Person"), self.tr("Address"), self.tr("Role"),
                         self.tr("Interview"), self.tr("Answer"), self.tr("Answered on"), self.tr("Comment"))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "answer":
            return self._icons.get(item.state)
        if role == SORT_ROLE:
            first = item.start.isoformat() if column == "interview" else self.text(item, column).casefold()
            return f"{first}\x00{item.start.isoformat()}\x00{item.candidate}\x00{item.address.casefold()}"
        if role == GROUP_ROLE:
            return item.role
        if role == STATE_ROLE:
            return item.state
        if role == SEARCH_ROLE:
            return " ".join((item.candidate, item.candidate_name, item.name, item.address,
                             item.comment)).casefold()
        return None

    def text(self, item: AnswerItem, column: str) -> str:
        if column == "candidate":
            return item.candidate
        if column == "person":
            return item.name or item.address
        if column == "address":
            return item.address
        if column == "role":
            return self.tr("Candidate") if item.role == "candidate" else self.tr("Panel member")
        if column == "interview":
            return short_moment(item.start.astimezone(self.zone))
        if column == "answer":
            return self.answer(item)
        if column == "answered":
            return short_moment(item.replied_at.astimezone(self.zone)) if item.replied_at else ""
        return item.comment

    def answer(self, item: AnswerItem) -> str:
        words = {"accepted": self.tr("Accepted"), "declined": self.tr("Declined"),
                 "tentative": self.tr("Tentative"), "delegated": self.tr("Delegated"),
                 "cancelled": self.tr("Cancelled"), "none": self.tr("No answer yet")}
        text = words[item.state]
        if item.state == "delegated" and item.delegated_to:
            text = self.tr("Delegated to {0}").format(item.delegated_to)
        if item.state == "none" and item.answer:
            earlier = words.get(item.answer.lower(), item.answer).lower()
            text = self.tr("No answer yet (earlier version: {0})").format(earlier)
        return text


class InvitationFilter(FilterProxy):
    """Rows whose group and state are among those chosen, and whose words hold the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group: str | None = None
        self.states: set[str] | None = None
        self.words = ""
        self.setSortRole(SORT_ROLE)

    def set_group(self, group: str | None) -> None:
        self._begin_change()
        self.group = group
        self._end_change()

    def set_states(self, states: set[str] | None) -> None:
        self._begin_change()
        self.states = states
        self._end_change()

    def set_words(self, words: str) -> None:
        self._begin_change()
        self.words = words.strip().casefold()
        self._end_change()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if self.group is not None and model.data(index, GROUP_ROLE) != self.group:
            return False
        if self.states is not None and model.data(index, STATE_ROLE) not in self.states:
            return False
        return not self.words or all(w in model.data(index, SEARCH_ROLE) for w in self.words.split())


def table(model: QSortFilterProxyModel, name: str, widths: dict[int, int]) -> QTableView:
    """A read-only, sortable table of whole rows with sensible widths."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    return view


# --------------------------------------------------------------------------------------------------
# The preview: the e-mail and the calendar entry as the recipient gets them
# --------------------------------------------------------------------------------------------------


class MessagePreview(QWidget):
    """The selected message: its e-mail (headers, body) beside its calendar entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mail_box = QGroupBox(self.tr("E-mail"))
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in (("from", self.tr("From:")), ("to", self.tr("To:")),
                           ("subject", self.tr("Subject:")), ("date", self.tr("Date:"))):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setMinimumWidth(10)
            self.fields[key] = value
            form.addRow(label, value)
        self.fields["subject"].setStyleSheet("font-weight: bold;")
        self.body = QTextBrowser()
        self.body.setOpenExternalLinks(True)
        self.body.setAccessibleName(self.tr("E-mail text"))
        mail_layout = QVBoxLayout(self.mail_box)
        mail_layout.addLayout(form)
        mail_layout.addWidget(self.body, 1)

        self.event_box = QGroupBox(self.tr("Calendar entry"))
        self.entry = QTextBrowser()
        self.entry.setOpenExternalLinks(True)
        self.entry.setAccessibleName(self.tr("Calendar entry"))
        event_layout = QVBoxLayout(self.event_box)
        event_layout.addWidget(self.entry)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mail_box)
        splitter.addWidget(self.event_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)
        self.clear()

    def clear(self, text: str | None = None) -> None:
        for value in self.fields.values():
            value.clear()
        hint = text or self.tr("Select a message to see it as its recipient will.")
        self.body.setHtml(f"<p style='color: gray'>{html.escape(hint)}</p>")
        self.entry.clear()

    def show_item(self, item: PendingItem, zone: ZoneInfo) -> None:
        from scheduler.invitations.overview import preview

        try:
            mail, event = preview(item.message)
        except CampaignError as error:
            self.clear(str(error))
            return
        self.fields["from"].setText(mail.sender)
        self.fields["to"].setText(mail.recipient)
        self.fields["subject"].setText(mail.subject)
        self.fields["date"].setText(mail.date)
        if mail.html is not None:
            self.body.setHtml(mail.html)
        else:
            self.body.setPlainText(mail.text)
        self.entry.setHtml(self.event_html(event, item, zone))

    def event_html(self, event: EventPreview, item: PendingItem, zone: ZoneInfo) -> str:
        """The entry as a calendar shows it: times in the recipient's zone, then the details."""
        cancelled = event.method == "CANCEL"
        status = self.tr("Cancelled") if cancelled else self.tr("Confirmed")
        colour = COLOURS["cancel"] if cancelled else COLOURS["new"]
        rows = [(self.tr("When"), self.when_html(event, zone))]
        if event.location and event.location != event.url:  # a video room's location is its link
            rows.append((self.tr("Where"), html.escape(event.location)))
        if event.url:
            link = html.escape(event.url, quote=True)
            rows.append((self.tr("Video link"), f"<a href='{link}'>{link}</a>"))
        rows.append((self.tr("Organizer"), html.escape(event.organizer)))
        rows.append((self.tr("Attendees"), self.attendees_html(event, item)))
        if event.alarm_before is not None:
            minutes = int(event.alarm_before / timedelta(minutes=1))
            rows.append((self.tr("Reminder"), self.tr("{0} minutes before").format(minutes)))
        rows.append((self.tr("Message"), self.tr("{0}, version {1}").format(event.method, event.sequence)))
        cells = "".join(
            f"<tr><td style='padding: 2px 10px 2px 0; color: gray; white-space: nowrap'>{html.escape(label)}"
            f"</td><td style='padding: 2px 0'>{value}</td></tr>" for label, value in rows
        )
        summary = f"<s>{html.escape(event.summary)}</s>" if cancelled else html.escape(event.summary)
        description = html.escape(event.description).replace("\n", "<br>")
        return (
            f"<p style='margin-bottom: 2px'><span style='background: {colour}; color: white'>"
            f"&nbsp;{html.escape(status)}&nbsp;</span></p>"
            f"<h3 style='margin-top: 4px'>{summary}</h3><table>{cells}</table>"
            f"<hr><p style='color: gray'>{description}</p>"
        )

    def when_html(self, event: EventPreview, zone: ZoneInfo) -> str:
        when = self.tr("{0}, {1}–{2}").format(long_day(event.start), f"{event.start:%H:%M}",
                                               f"{event.end:%H:%M}")
        text = f"<b>{html.escape(when)}</b><br>{html.escape(event.timezone)} ({offset(event.start)})"
        if event.start.utcoffset() != event.start.astimezone(zone).utcoffset():
            local = event.start.astimezone(zone)
            campaign = self.tr("{0} in the campaign's zone ({1})").format(short_moment(local), zone.key)
            text += f"<br><i>{html.escape(campaign)}</i>"
        return text

    def attendees_html(self, event: EventPreview, item: PendingItem) -> str:
        lines = []
        recipient = html.escape(self.tr("the recipient"))
        asked = html.escape(self.tr("the recipient, asked to reply"))
        for person in event.attendees:
            shown = f"{person.name} <{person.address}>" if person.name else person.address
            line = html.escape(shown)
            if person.address.casefold() == item.event.recipient_key:
                line = f"<b>{line}</b> — {asked if person.rsvp else recipient}"
            lines.append(line)
        return "<br>".join(lines)


# --------------------------------------------------------------------------------------------------
# Sending: the account
# --------------------------------------------------------------------------------------------------


class SendDialog(QDialog):
    """The mail account to send through, prefilled from the preferences; the password is optional."""

    SECURITIES = ("starttls", "ssl", "plain")

    def __init__(self, pending: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send the invitations by e-mail"))
        settings = AppSettings()
        text = self.tr("Each pending message is sent once and recorded as soon as the mail server "
                       "accepts it; what is not sent stays pending.")
        if pending is not None:
            text = self.tr("%Ln message(s) waiting to be sent by e-mail.", "", pending) + " " + text
        self.intro = intro = QLabel(text)
        intro.setWordWrap(True)
        self.server = self._line(settings.smtp_server, self.tr("Mail server"), "smtp.example.org:587")
        self.security = QComboBox()
        self.security.addItems([self.tr("STARTTLS (usually port 587)"), self.tr("SSL/TLS (usually port 465)"),
                                self.tr("None (only to this computer)")])
        self.security.setAccessibleName(self.tr("Encryption"))
        chosen = settings.smtp_security
        self.security.setCurrentIndex(self.SECURITIES.index(chosen) if chosen in self.SECURITIES else 0)
        self.user = self._line(settings.smtp_user, self.tr("User name"), self.tr("none: no login"))
        self.password = self._line("", self.tr("Password"), self.tr("from the system keyring"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Keep the typed password in the system keyring"))
        self.remember.setAccessibleName(self.tr("Keep the password in the system keyring"))
        self.limit = QSpinBox()
        self.limit.setRange(1, 10000)
        self.limit.setValue(30)
        self.limit.setSuffix(self.tr(" per minute"))
        self.limit.setAccessibleName(self.tr("At most this many messages per minute"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {COLOURS['cancel']};")
        self.problem.hide()
        form = QFormLayout()
        for text, field in ((self.tr("Mail se&rver (host:port):"), self.server),
                            (self.tr("&Encryption:"), self.security), (self.tr("&User name:"), self.user),
                            (self.tr("Pass&word:"), self.password), (self.tr("&At most:"), self.limit)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setDefault(True)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.request: workers.SendRequest | None = None

    def _line(self, text: str, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setAccessibleName(name)
        line.setPlaceholderText(placeholder)
        return line

    @Slot()
    def check(self) -> None:
        """Accepts once the account makes sense; otherwise says why in the dialog."""
        try:
            self.request = self.read()
        except CampaignError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        settings = AppSettings()
        settings.smtp_server = self.server.text().strip()
        settings.smtp_user = self.user.text().strip()
        settings.smtp_security = self.request.security
        self.accept()

    def read(self) -> workers.SendRequest:
        from scheduler.invitations.sending import is_local, parse_server

        host, port = parse_server(self.server.text())
        security = self.SECURITIES[self.security.currentIndex()]
        if security == "plain" and not is_local(host):
            raise CampaignError(self.tr(
                "Without encryption, mail can only go to a server on this computer; choose STARTTLS or "
                "SSL/TLS for {0}.").format(host))
        user = self.user.text().strip() or None
        return workers.SendRequest(host, port, security, user, self.password.text(),
                                   self.remember.isChecked() and user is not None, self.limit.value())


# --------------------------------------------------------------------------------------------------
# The view
# --------------------------------------------------------------------------------------------------


class InvitationsView(QWidget):
    """Pending messages with a preview, export, sending, and the answers that came back."""

    invitationsChanged = Signal()  # an export, a send or an import of replies changed what went out
    pendingRefreshed = Signal(int)  # the pending list was recomputed: this many messages
    answersRefreshed = Signal(int)  # the answers table was reloaded: this many invitations out
    exportDone = Signal(object)  # the core's ExportReport, or None if the export failed
    sendDone = Signal(object)  # the core's SendReport, or None if sending could not start

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overview: PendingOverview | None = None
        self.last_message: QMessageBox | None = None  # the latest report or error shown (tests read it)
        self.wait_dialog: QProgressDialog | None = None
        self.send_dialog: SendDialog | None = None
        self._pending_job: workers.PendingJob | None = None
        self._pending_dirty = False
        self._busy: workers.Job | None = None
        self.pending_model = PendingModel(self)
        self.pending_proxy = InvitationFilter(self)
        self.pending_proxy.setSourceModel(self.pending_model)
        self.answers_model = AnswersModel(self)
        self.answers_proxy = InvitationFilter(self)
        self.answers_proxy.setSourceModel(self.answers_model)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.refresh_pending)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Invitation pages"))
        self.tabs.tabBar().setAccessibleName(self.tr("Invitation pages"))
        self.tabs.addTab(self._pending_page(), self.tr("Pending &messages"))
        self.tabs.addTab(self._answers_page(), self.tr("Ans&wers"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        session.changed.connect(self._campaign_changed)
        session.closed.connect(self._campaign_closed)
        if session.is_open:
            self._campaign_changed({"*"})
        else:
            self._campaign_closed()

    # Building

    def _pending_page(self) -> QWidget:
        page = QWidget()
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.count_label.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()
        self.export_button = self._button(self.tr("E&xport to folder…"), self.tr("Export to folder"),
                                          self.export_invitations_clicked)
        self.everything_box = QCheckBox(self.tr("All, not only chan&ges"))
        self.everything_box.setAccessibleName(self.tr("Export all invitations, not only the changes"))
        self.everything_box.setToolTip(self.tr("Write every current invitation again, not only what changed "
                                               "since the last export."))
        self.send_button = self._button(self.tr("Sen&d by e-mail…"), self.tr("Send by e-mail"),
                                        self.send_invitations_clicked)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.everything_box)
        top.addSpacing(12)
        top.addWidget(self.send_button)

        self.channel = self._combo(self.tr("Pending for"), [self.tr("Export to a folder"),
                                                            self.tr("Sending by e-mail")])
        self.channel.setCurrentIndex(1 if AppSettings().q.value(CHANNEL_KEY) == "send" else 0)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.audience = self._combo(self.tr("Recipients"), [self.tr("Everyone"), self.tr("Candidates"),
                                                            self.tr("Panel members")])
        self.audience.currentIndexChanged.connect(self._pending_filter_changed)
        self.kind = self._combo(self.tr("Kind"), [self.tr("All kinds"), self.tr("New"), self.tr("Changed"),
                                                  self.tr("Cancelled")])
        self.kind.currentIndexChanged.connect(self._pending_filter_changed)
        self.search = self._search(self.tr("Search pending messages"))
        self.search.textChanged.connect(self.pending_proxy.set_words)
        self.search.textChanged.connect(self._show_counts)
        filters = self._filter_row([(self.tr("Pending f&or:"), self.channel),
                                    (self.tr("&Recipients:"), self.audience),
                                    (self.tr("&Kind:"), self.kind), (self.tr("&Search:"), self.search)])

        self.pending_table = table(self.pending_proxy, self.tr("Pending messages"),
                                   {0: 105, 1: 245, 2: 175, 3: 230, 4: 110, 5: 85, 6: 165})
        self.pending_table.setSortingEnabled(True)
        self.pending_table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        self.pending_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.preview = MessagePreview()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pending_table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)

        self.activity = QWidget()
        self.activity_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.setFormat(self.tr("%v of %m sent"))
        self.stop_button = self._button(self.tr("S&top sending"), self.tr("Stop sending"),
                                        self.cancel_sending)
        activity = QHBoxLayout(self.activity)
        activity.setContentsMargins(0, 0, 0, 0)
        activity.addWidget(self.activity_label)
        activity.addWidget(self.progress, 1)
        activity.addWidget(self.stop_button)
        self.activity.hide()

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.notes_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.activity)
        return page

    def _answers_page(self) -> QWidget:
        page = QWidget()
        self.answers_label = QLabel()
        self.answers_label.setStyleSheet("font-weight: bold;")
        self.answers_label.setWordWrap(True)
        self.import_button = self._button(self.tr("Impor&t replies…"), self.tr("Import replies"),
                                          self.import_replies_clicked)
        top = QHBoxLayout()
        top.addWidget(self.answers_label, 1)
        top.addWidget(self.import_button)
        self.answer_filter = self._combo(self.tr("Show answers"), [
            self.tr("All answers"), self.tr("Accepted"), self.tr("Declined"), self.tr("Tentative"),
            self.tr("No answer yet")])
        self.answer_filter.currentIndexChanged.connect(self._answers_filter_changed)
        self.answer_search = self._search(self.tr("Search answers"))
        self.answer_search.textChanged.connect(self.answers_proxy.set_words)
        self.answer_search.textChanged.connect(self._show_answer_counts)
        filters = self._filter_row([(self.tr("Sho&w:"), self.answer_filter),
                                    (self.tr("Sea&rch:"), self.answer_search)])
        self.answers_table = table(self.answers_proxy, self.tr("Answers"),
                                   {0: 90, 1: 180, 2: 230, 3: 100, 4: 160, 5: 170, 6: 150})
        self.answers_table.setSortingEnabled(True)
        self.answers_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.answers_table, 1)
        return page

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _combo(self, name: str, items: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItems(items)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _search(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.setPlaceholderText(self.tr("Name, reference or address"))
        line.setClearButtonEnabled(True)
        line.setMinimumWidth(220)
        return line

    def _filter_row(self, fields: list[tuple[str, QWidget]]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, field in fields:
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            row.addSpacing(10)
        row.addStretch(1)
        return row

    # What is shown

    @property
    def channel_code(self) -> str:
        return "send" if self.channel.currentIndex() == 1 else "export"

    @property
    def busy(self) -> bool:
        """True while an export or a send runs (the main window should not close the campaign then)."""
        return self._busy is not None

    @Slot(object)
    def _campaign_changed(self, kinds: object) -> None:
        if not self.session.is_open:
            return
        if isinstance(kinds, set) and not kinds & RELEVANT:
            return
        if self.overview is None:
            self.count_label.setText(self.tr("Looking for pending invitations…"))
        self.timer.start()
        if isinstance(kinds, set) and "*" in kinds:
            self.refresh_answers()

    @Slot()
    def _campaign_closed(self) -> None:
        self.timer.stop()
        self.overview = None
        self.pending_model.set_items([], "UTC")
        self.answers_model.set_items([], "UTC")
        self.preview.clear()
        self.count_label.setText(self.tr("No campaign is open."))
        self.answers_label.clear()
        self.notes_label.hide()
        self._update_buttons()

    @Slot()
    def refresh_pending(self) -> None:
        """Recomputes the pending list on a worker thread (one at a time; a change meanwhile reruns it)."""
        if not self.session.is_open or self.session.path is None:
            return
        if self._pending_job is not None or isinstance(self._busy, workers.ExportJob):
            self._pending_dirty = True  # after the job (an export holds the file: the count would wait)
            return
        self._pending_dirty = False
        job = workers.PendingJob(self.session.path, self.channel_code)
        job.done.connect(self._pending_ready)
        job.failed.connect(self._pending_failed)
        self._pending_job = job
        workers.start(job)

    @Slot(object)
    def _pending_ready(self, overview: object) -> None:
        self._pending_job = None
        overview = cast("PendingOverview", overview)
        if self._pending_dirty or overview.channel != self.channel_code or not self.session.is_open:
            self.refresh_pending()
            return
        self.show_overview(overview)

    @Slot(str)
    def _pending_failed(self, message: str) -> None:
        self._pending_job = None
        if self._pending_dirty:
            self.refresh_pending()
            return
        self.count_label.setText(message)

    def show_overview(self, overview: PendingOverview) -> None:
        """Shows a computed pending list, keeping the selected message selected if it is still there."""
        selected = self.selected_item()
        key = (selected.event.key, selected.message.method) if selected else None
        self.overview = overview
        self.pending_model.set_items(overview.items, overview.zone)
        self._show_counts()
        self._show_notes(overview)
        self._update_buttons()
        self._reselect(key)
        self.pendingRefreshed.emit(len(overview.items))

    def _reselect(self, key: tuple[object, str] | None) -> None:
        for row, item in enumerate(self.pending_model.items):
            if key is not None and (item.event.key, item.message.method) == key:
                index = self.pending_proxy.mapFromSource(self.pending_model.index(row, 0))
                if index.isValid():
                    self.pending_table.selectRow(index.row())
                    return
        self.preview.clear()

    @Slot()
    def _show_counts(self) -> None:
        overview = self.overview
        if overview is None:
            return
        if overview.problem:
            self.count_label.setText(overview.problem)
            return
        counts = overview.counts()
        total = len(overview.items)
        if total == 0:
            text = (self.tr("Nothing pending for export: every invitation is up to date.")
                    if overview.channel == "export"
                    else self.tr("Nothing pending for e-mail: every invitation is up to date."))
        else:
            text = self.tr("{0} pending: {1} new, {2} changed, {3} cancelled").format(
                total, counts["new"] + counts["resend"], counts["update"], counts["cancel"])
            shown = self.pending_proxy.rowCount()
            if shown != total:
                text += " " + self.tr("({0} shown)").format(shown)
        self.count_label.setText(text)

    def _show_notes(self, overview: PendingOverview) -> None:
        if not overview.notes:
            self.notes_label.hide()
            return
        self.notes_label.setText(self.tr("{0} people get no invitation (hover for why).").format(
            len(overview.notes)))
        self.notes_label.setToolTip("\n".join(overview.notes))
        self.notes_label.show()

    def _update_buttons(self) -> None:
        is_open = self.session.is_open
        can_go = is_open and self._busy is None and not (self.overview and self.overview.problem)
        self.export_button.setEnabled(bool(can_go))
        self.send_button.setEnabled(bool(can_go))
        self.import_button.setEnabled(is_open)

    @Slot(int)
    def _channel_changed(self, _index: int) -> None:
        AppSettings().q.setValue(CHANNEL_KEY, self.channel_code)
        self.count_label.setText(self.tr("Looking for pending invitations…"))
        self.refresh_pending()

    @Slot(int)
    def _pending_filter_changed(self, _index: int) -> None:
        self.pending_proxy.set_group({0: None, 1: "candidate", 2: "member"}[self.audience.currentIndex()])
        states = {0: None, 1: {"new", "resend"}, 2: {"update"}, 3: {"cancel"}}
        self.pending_proxy.set_states(states[self.kind.currentIndex()])
        self._show_counts()

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.refresh_answers()

    # Selection and preview

    def prepare_screenshot(self) -> None:
        """For `python -m ui.screenshots`: a message selected, so the preview shows what a recipient sees."""
        if self.pending_proxy.rowCount() > 0:
            self.pending_table.selectRow(0)

    def selected_item(self) -> PendingItem | None:
        rows = self.pending_table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.pending_proxy.mapToSource(rows[0])
        return self.pending_model.items[source.row()] if source.isValid() else None

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        item = self.selected_item()
        if item is None:
            self.preview.clear()
            return
        self.preview.show_item(item, self.pending_model.zone)

    # Export

    @Slot()
    def export_invitations_clicked(self) -> None:
        start = AppSettings().export_folder
        title = self.tr("Export the invitations into a folder")
        chosen = QFileDialog.getExistingDirectory(self, title, start)
        if chosen:
            AppSettings().export_folder = str(Path(chosen).parent)
            self.export_invitations(self.export_target(Path(chosen)))

    def export_target(self, chosen: Path) -> Path:
        """The chosen folder when it is empty; else a new folder inside it, named after today."""
        if not chosen.exists() or not any(chosen.iterdir()):
            return chosen
        stamp = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H%M")
        target = chosen / self.tr("Invitations {0}").format(stamp)
        counter = 2
        while target.exists():
            target = chosen / self.tr("Invitations {0} ({1})").format(stamp, counter)
            counter += 1
        return target

    def export_invitations(self, folder: Path, everything: bool | None = None) -> None:
        """Exports into `folder` (new or empty) on a worker thread; `exportDone` says when it is over."""
        if self._busy is not None or self.session.path is None:
            return
        everything = self.everything_box.isChecked() if everything is None else everything
        job = workers.ExportJob(self.session.path, Path(folder), everything)
        job.done.connect(self._export_finished)
        job.failed.connect(self._export_failed)
        # Window-modal while the file is written: an edit meanwhile would wait for the export's lock.
        self.wait_dialog = QProgressDialog(self.tr("Writing the invitations into {0}…").format(folder),
                                           "", 0, 0, self)
        self.wait_dialog.setWindowTitle(self.tr("Export"))
        self.wait_dialog.setCancelButton(None)
        self.wait_dialog.setMinimumDuration(0)
        self.wait_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.wait_dialog.setAccessibleName(self.tr("Export in progress"))
        self.wait_dialog.open()
        self._start_busy(job)

    @Slot(object)
    def _export_finished(self, result: object) -> None:
        report = cast("ExportReport", result)
        self._end_busy()
        self._close_wait_dialog()
        self.tell(QMessageBox.Icon.Information, self.tr("Export"), report.described())
        self._after_delivery("export")
        self.exportDone.emit(report)

    @Slot(str)
    def _export_failed(self, message: str) -> None:
        self._end_busy()
        self._close_wait_dialog()
        self.tell(QMessageBox.Icon.Warning, self.tr("Export"), message)
        if self._pending_dirty:
            self.refresh_pending()
        self.exportDone.emit(None)

    def _close_wait_dialog(self) -> None:
        if self.wait_dialog is not None:
            self.wait_dialog.close()
            self.wait_dialog.deleteLater()
            self.wait_dialog = None

    # Sending

    @Slot()
    def send_invitations_clicked(self) -> None:
        self.open_send_dialog()

    def open_send_dialog(self, problem: str = "") -> None:
        """The account dialog; sending starts once it is accepted."""
        pending = len(self.overview.items) if self.overview and self.channel_code == "send" else None
        dialog = SendDialog(pending, self)
        if problem:
            dialog.problem.setText(problem)
            dialog.problem.show()
        dialog.accepted.connect(self._send_dialog_accepted)
        self.send_dialog = dialog
        dialog.open()

    @Slot()
    def _send_dialog_accepted(self) -> None:
        if self.send_dialog is not None and self.send_dialog.request is not None:
            self.send_invitations(self.send_dialog.request)

    def send_invitations(self, request: workers.SendRequest) -> None:
        """Sends what is pending for e-mail on a worker thread; `sendDone` says when it is over."""
        if self._busy is not None or self.session.path is None:
            return
        job = workers.SendJob(self.session.path, request)
        job.progressed.connect(self._send_progressed)
        job.done.connect(self._send_finished)
        job.failed.connect(self._send_failed)
        self.activity_label.setText(self.tr("Sending through {0}…").format(request.host))
        self.progress.setRange(0, 0)
        self.stop_button.setEnabled(True)
        self.activity.show()
        self._start_busy(job)

    @Slot(int, int)
    def _send_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot()
    def cancel_sending(self) -> None:
        """Stops after the message being sent (which is recorded); the rest stays pending."""
        if isinstance(self._busy, workers.SendJob):
            self._busy.cancel()
            self.stop_button.setEnabled(False)
            self.activity_label.setText(self.tr("Stopping after the message being sent…"))

    @Slot(object)
    def _send_finished(self, result: object) -> None:
        report = cast("SendReport", result)
        job = self._busy
        self._end_busy()
        self.activity.hide()
        lines = [*report.notes, *report.failure_lines()]
        if isinstance(job, workers.SendJob):
            lines += job.notes
        icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning
        self.tell(icon, self.tr("Send by e-mail"), report.summary(), "\n".join(lines))
        self._after_delivery("send")
        self.sendDone.emit(report)

    @Slot(str)
    def _send_failed(self, message: str) -> None:
        job = self._busy
        self._end_busy()
        self.activity.hide()
        self.sendDone.emit(None)
        if isinstance(job, workers.SendJob) and isinstance(job.error, workers.NeedPassword):
            self.open_send_dialog(message)  # ask again, for the password this time
            return
        self.tell(QMessageBox.Icon.Warning, self.tr("Send by e-mail"), message)

    def _start_busy(self, job: workers.Job) -> None:
        self._busy = job
        self._update_buttons()
        workers.start(job)

    def _end_busy(self) -> None:
        self._busy = None
        self._update_buttons()

    def _after_delivery(self, channel: str) -> None:
        """After an export or a send: show that channel's (now shorter) list, and the answers table."""
        if self.session.is_open:
            self.session.reload()  # our own worker wrote the file: not a change by someone else
        if self.channel_code != channel:
            self.channel.setCurrentIndex(0 if channel == "export" else 1)  # refreshes
        else:
            self.refresh_pending()
        self.refresh_answers()
        self.invitationsChanged.emit()

    # Answers

    @Slot()
    def refresh_answers(self) -> None:
        """Reloads the answers (quick: what went out and the replies, no plan to compute)."""
        from scheduler.invitations.overview import answer_overview

        if not self.session.is_open:
            return
        with self.session.document.file.transaction() as db:  # type: ignore[union-attr]
            items = answer_overview(db)
        self.answers_model.set_items(items, self.session.data.campaign.timezone)
        self._show_answer_counts()
        self.answersRefreshed.emit(len(items))

    @Slot()
    def _show_answer_counts(self) -> None:
        items = self.answers_model.items
        if not items:
            self.answers_label.setText(self.tr("No invitation has gone out yet: export or send them first, "
                                               "then import the replies as they come back."))
            return
        states = [item.state for item in items]
        text = self.tr("{0} invitations out: {1} accepted, {2} declined, {3} tentative, "
                       "{4} no answer yet").format(
            len(items), states.count("accepted"), states.count("declined") + states.count("delegated"),
            states.count("tentative"), states.count("none"))
        shown = self.answers_proxy.rowCount()
        if shown != len(items):
            text += " " + self.tr("({0} shown)").format(shown)
        self.answers_label.setText(text)

    @Slot(int)
    def _answers_filter_changed(self, index: int) -> None:
        states = {0: None, 1: {"accepted"}, 2: {"declined", "delegated"}, 3: {"tentative"}, 4: {"none"}}
        self.answers_proxy.set_states(states[index])
        self._show_answer_counts()

    @Slot()
    def import_replies_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import replies"), AppSettings().import_folder,
            self.tr("Replies (*.ics *.eml);;All files (*)"))
        if paths:
            AppSettings().import_folder = str(Path(paths[0]).parent)
            self.import_reply_files([Path(p) for p in paths])

    def import_reply_files(self, paths: list[Path]) -> bool:
        """Records the answers of every file in one transaction: all of them, or none and why."""
        from scheduler.invitations.replies import import_replies

        if not self.session.is_open:
            return False
        lines: list[str] = []
        try:
            with self.session.document.writing() as db:  # type: ignore[union-attr]
                for path in paths:
                    lines += import_replies(db, self._read(path), path.name).lines
        except CampaignError as error:
            self.tell(QMessageBox.Icon.Warning, self.tr("Import replies"), str(error))
            return False
        self.refresh_answers()
        self.invitationsChanged.emit()
        self.tabs.setCurrentIndex(1)
        summary = self.tr("%Ln answer(s) recorded.", "", len(lines))
        self.tell(QMessageBox.Icon.Information, self.tr("Import replies"), summary, "\n".join(lines))
        return True

    def _read(self, path: Path) -> bytes:
        try:
            return path.read_bytes()
        except OSError as error:
            raise CampaignError(self.tr("{0}: cannot be read ({1}).").format(path.name, error.strerror)) \
                from None

    # Messages

    def tell(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        """A message box that does not block (the work is done; the window stays usable)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message = box
        box.open()
