"""The campaign view's tables: profiles and their seats, breaks, holidays.

The models only show what the campaign holds and turn an edited cell into the edited thing; they
never decide whether it is allowed. An edit goes to the `commit` callable the view gives them, which
asks the core (through the session) and answers whether it was stored. A refused edit leaves the
model showing the stored value, since the model is refilled from the campaign after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from scheduler.domain import Holiday, Profile, Seat, TimeOfDayRange

Index = QModelIndex | QPersistentModelIndex
ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
DATE_FORMAT = "ddd d MMM yyyy"
TIME_FORMAT = "HH:mm"


def seats_text(seats: Sequence[Seat]) -> str:
    """A panel's composition as one readable line: 'chair, technical, member×2'."""
    return ", ".join(seat.role if seat.count == 1 else f"{seat.role}×{seat.count}" for seat in seats)


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute, value.second)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _TableModel(QAbstractTableModel):
    """Rows of one list, a fixed set of columns; subclasses say what a cell shows and accepts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell is edited in place unless a subclass says otherwise."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Called on a language change: the headers are translated when asked for."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


class ProfilesModel(_TableModel):
    """The campaign's profiles: code, name, duration, buffer, seats, and how many candidates use each."""

    CODE, NAME, DURATION, BUFFER, SEATS, CANDIDATES = range(6)
    EDITABLE = (CODE, NAME, DURATION, BUFFER)

    def __init__(self, commit: Callable[[Profile, Profile], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._usage: dict[str, int] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Duration"),
            self.tr("Buffer"),
            self.tr("Seats"),
            self.tr("Candidates"),
        ]

    def set_profiles(self, profiles: Sequence[Profile], usage: dict[str, int]) -> None:
        self._usage = dict(usage)
        self.set_rows(profiles)

    def profile(self, row: int) -> Profile:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        profile: Profile = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(profile, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(profile, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.SEATS):
            return self._display(profile, column)
        numbers = (self.DURATION, self.BUFFER, self.CANDIDATES)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in numbers:
            return ALIGN_NUMBER
        return None

    def _display(self, profile: Profile, column: int) -> str:
        if column == self.DURATION:
            return self.tr("{0} min").format(profile.duration_minutes)
        if column == self.BUFFER:
            return self.tr("{0} min").format(profile.buffer_minutes)
        if column == self.SEATS:
            return seats_text(profile.seats)
        if column == self.CANDIDATES:
            return str(self._usage.get(profile.code, 0))
        return profile.code if column == self.CODE else profile.name

    def _edit_value(self, profile: Profile, column: int) -> Any:
        values = {
            self.CODE: profile.code,
            self.NAME: profile.name,
            self.DURATION: profile.duration_minutes,
            self.BUFFER: profile.buffer_minutes,
        }
        return values.get(column, self._display(profile, column))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        before: Profile = self._rows[index.row()]
        field = {
            self.CODE: "code",
            self.NAME: "name",
            self.DURATION: "duration_minutes",
            self.BUFFER: "buffer_minutes",
        }[index.column()]
        after = replace(before, **{field: value if field in ("code", "name") else int(value)})
        if after == before:
            return False
        return self._commit(before, after)


class SeatsModel(_TableModel):
    """The seats of a profile being edited in its dialog: role and count, kept until OK."""

    ROLE, COUNT = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Role"), self.tr("Members")]

    def set_seats(self, seats: Sequence[Seat]) -> None:
        self.set_rows([[seat.role, seat.count] for seat in seats])

    def seats(self) -> list[Seat]:
        return [Seat(role=role, count=count) for role, count in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
            return ALIGN_NUMBER
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self._rows[index.row()][index.column()] = str(value) if index.column() == self.ROLE else int(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def add_seat(self, role: str) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([role, 1])
        self.endInsertRows()
        return row

    def remove_seat(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class BreaksModel(_TableModel):
    """The daily breaks (start, end) in the campaign's zone; an edited time is committed at once."""

    START, END = range(2)

    def __init__(
        self, commit: Callable[[list[TimeOfDayRange]], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._commit = commit

    def headers(self) -> list[str]:
        return [self.tr("Start"), self.tr("End")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        span: TimeOfDayRange = self._rows[index.row()]
        value = span.start if index.column() == self.START else span.end
        if role == Qt.ItemDataRole.DisplayRole:
            return value.strftime("%H:%M")
        if role == Qt.ItemDataRole.EditRole:
            return to_qtime(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_CENTER
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, QTime):
            return False
        span: TimeOfDayRange = self._rows[index.row()]
        moment = from_qtime(value)
        changed = replace(span, start=moment) if index.column() == self.START else replace(span, end=moment)
        if changed == span:
            return False
        breaks = list(self._rows)
        breaks[index.row()] = changed
        return self._commit(breaks)


class HolidaysModel(_TableModel):
    """The campaign's holidays, by date; a date or name edited here is committed at once."""

    DATE, NAME = range(2)

    def __init__(self, commit: Callable[[list[Holiday]], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Name")]

    def set_holidays(self, holidays: Sequence[Holiday]) -> None:
        self.set_rows(sorted(holidays, key=lambda h: h.date))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        holiday: Holiday = self._rows[index.row()]
        if index.column() == self.DATE:
            if role == Qt.ItemDataRole.DisplayRole:
                return QLocale().toString(to_qdate(holiday.date), DATE_FORMAT)
            if role == Qt.ItemDataRole.EditRole:
                return to_qdate(holiday.date)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return holiday.name
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        holiday: Holiday = self._rows[index.row()]
        if index.column() == self.DATE:
            if not isinstance(value, QDate) or not value.isValid():
                return False
            changed = replace(holiday, date=from_qdate(value))
        else:
            changed = replace(holiday, name=str(value))
        if changed == holiday:
            return False
        holidays = list(self._rows)
        holidays[index.row()] = changed
        return self._commit(holidays)
