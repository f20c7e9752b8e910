"""The campaign calendar: which days count, and when work happens on them, as UTC instants.

The validator and the solver both ask these functions, so that a day, a working hour or a slot
means the same thing to both. Wall-clock times are turned into instants day by day, so a day after
a daylight-saving change gets its own offset. The slot grid counts elapsed minutes from the day's
start: slot lengths stay real lengths even on the rare day whose clock jumps during working hours.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from scheduler.domain import WEEKDAYS, CampaignSettings, Interval

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def wall(day: date, moment: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time, with the offset that zone has on that very day."""
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)


def holiday_name(settings: CampaignSettings, day: date) -> str | None:
    """The holiday's name ('' if it has none), so a message can say why the day is closed."""
    return next((h.name for h in settings.holidays if h.date == day), None)


def in_window(settings: CampaignSettings, day: date) -> bool:
    return settings.start_date <= day <= settings.end_date


def is_workday(settings: CampaignSettings, day: date) -> bool:
    return WEEKDAYS[day.weekday()] in settings.workdays


def is_campaign_day(settings: CampaignSettings, day: date) -> bool:
    """A day interviews may happen on: all three conditions, as the format defines them."""
    return (in_window(settings, day) and is_workday(settings, day)
            and holiday_name(settings, day) is None)


def campaign_days(settings: CampaignSettings) -> list[date]:
    """Every day of the window interviews may happen on, in order."""
    count = (settings.end_date - settings.start_date).days + 1
    days = (settings.start_date + timedelta(days=i) for i in range(max(count, 0)))
    return [day for day in days if is_campaign_day(settings, day)]


def opening_hours(settings: CampaignSettings, day: date) -> Interval:
    """day_start..day_end of that day, breaks included."""
    zone = settings.zone
    return Interval(wall(day, settings.day_start, zone), wall(day, settings.day_end, zone))


def break_spans(settings: CampaignSettings, day: date) -> list[Interval]:
    zone = settings.zone
    spans = [Interval(wall(day, b.start, zone), wall(day, b.end, zone)) for b in settings.breaks]
    return merge(span for span in spans if span.start < span.end)


def working_spans(settings: CampaignSettings, day: date) -> list[Interval]:
    """The day's opening hours minus its breaks: the only times an interview may occupy."""
    return subtract(opening_hours(settings, day), break_spans(settings, day))


def slot_starts(settings: CampaignSettings, day: date) -> list[datetime]:
    """The grid day_start + k * slot_minutes before day_end; a start off this grid is invalid."""
    hours = opening_hours(settings, day)
    step = timedelta(minutes=settings.slot_minutes)
    count = -(-(hours.end - hours.start) // step) if hours.end > hours.start else 0
    return [hours.start + k * step for k in range(count)]


def on_grid(settings: CampaignSettings, instant: datetime) -> bool:
    """Whether an instant is day_start + k * slot_minutes of its own local day (k may be < 0)."""
    start = opening_hours(settings, local_day(settings, instant)).start
    return (instant - start) % timedelta(minutes=settings.slot_minutes) == timedelta(0)


def local_day(settings: CampaignSettings, instant: datetime) -> date:
    """The campaign-zone calendar day of an instant: per-day caps and day rules count by it."""
    return instant.astimezone(settings.zone).date()


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, with overlapping or touching intervals joined: [9-10) and [10-11) are one [9-11)."""
    merged: list[Interval] = []
    for span in sorted(intervals):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Interval(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged


def subtract(span: Interval, holes: Iterable[Interval]) -> list[Interval]:
    """What is left of span once every hole is cut out, in order."""
    pieces: list[Interval] = []
    cursor = span.start
    for hole in merge(holes):
        if hole.start > cursor:
            pieces.append(Interval(cursor, min(hole.start, span.end)))
        cursor = max(cursor, hole.end)
        if cursor >= span.end:
            break
    if cursor < span.end:
        pieces.append(Interval(cursor, span.end))
    return [piece for piece in pieces if piece.start < piece.end]


def describe_day(day: date) -> str:
    """'Wed 1 May 2024', in English whatever the process locale, so messages read the same."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def describe_clock(instant: datetime, zone: ZoneInfo) -> str:
    """'10:00': the wall-clock time of an instant in a zone."""
    return instant.astimezone(zone).strftime("%H:%M")


def describe_instant(instant: datetime, zone: ZoneInfo) -> str:
    """'Wed 1 May 2024 10:00' in the given zone."""
    local = instant.astimezone(zone)
    return f"{describe_day(local.date())} {local:%H:%M}"


@dataclass(frozen=True)
class DayFacts:
    """Everything the rules ask about one local day, worked out once."""

    day: date
    in_window: bool
    workday: bool
    holiday: str | None
    hours: Interval
    breaks: tuple[Interval, ...]


class Calendar:
    """Per-day facts of one campaign, cached: checking thousands of interviews asks about few days.

    It reads the settings as they are when a day is first asked; build a new one after a change.
    """

    def __init__(self, settings: CampaignSettings) -> None:
        self.settings = settings
        self.zone = settings.zone
        self._days: dict[date, DayFacts] = {}

    def day(self, day: date) -> DayFacts:
        facts = self._days.get(day)
        if facts is None:
            s = self.settings
            facts = DayFacts(day, in_window(s, day), is_workday(s, day), holiday_name(s, day),
                             opening_hours(s, day), tuple(break_spans(s, day)))
            self._days[day] = facts
        return facts

    def local_day(self, instant: datetime) -> date:
        return instant.astimezone(self.zone).date()
