"""Reading and writing dates, times and instants at the edges, so no naive datetime gets further in."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone_or_none(name: str) -> ZoneInfo | None:
    """The named IANA zone, or None if the name is not one (bad names must not raise deep inside)."""
    if not name or name != name.strip() or ".." in name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def parse_date(text: str) -> date:
    return date.fromisoformat(text)


def parse_time(text: str) -> time:
    """`HH:MM` (24 h); also accepts seconds, which spreadsheets like to add."""
    return time.fromisoformat(text)


def format_time(value: time) -> str:
    return value.strftime("%H:%M")


def parse_instant(text: str, zone: ZoneInfo) -> datetime:
    """An ISO 8601 datetime as an aware UTC instant; without an offset it is wall-clock in `zone`."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    return as_utc(value, zone)


def as_utc(value: datetime, zone: ZoneInfo) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def format_instant(value: datetime, zone: ZoneInfo) -> str:
    """ISO 8601 with the offset the campaign's zone has at that instant (writers always write it)."""
    return value.astimezone(zone).isoformat()


def local_wall(day: date, moment: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time on a day in a zone."""
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)
