"""A person's week on the campaign's slot grid, and what painting busy or free time stores.

The Availability view draws one member or candidate a week at a time and lets the coordinator paint
time busy or free. What a cell means (closed, busy, inside the person's listed times, outside a
remote candidate's local hours) and how a painted range becomes `available` / `unavailable`
intervals are campaign rules, so they live here, free of Qt; the view only draws the answers.

Painting, decided against the format's semantics ("with `available` non-empty, the person is only
available inside those intervals; `unavailable` is always excluded"):

- *Mark busy* adds the painted time to `unavailable` and leaves `available` alone. `unavailable`
  always wins, so the cell is busy whatever the listed times say; cutting the time out of
  `available` instead could empty that list, which would turn "available only on Tuesday" into
  "available all the time".
- *Mark free* removes the painted time from `unavailable`. When the person has listed times
  (`available` non-empty) it also adds the painted time to them, because a coordinator who marks a
  cell free expects it to be free afterwards. A person without listed times is available by
  default, so nothing is added: a first window would suddenly restrict them to it.
- A painted range is one interval per day (first slot start to last slot end), breaks included:
  a busy morning-to-afternoon is one meeting, not two. Stored intervals are kept merged (touching or
  overlapping joined) and sorted, in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from scheduler.domain import CampaignData, CampaignSettings, Candidate, Interval, Interview, Member
from scheduler.rules import local_hours_span
from scheduler.timeline import (
    break_spans,
    holiday_name,
    in_window,
    is_workday,
    merge,
    opening_hours,
    slot_starts,
    subtract,
)

BUSY = "busy"
FREE = "free"
PAINT_MODES = (BUSY, FREE)

# Why a cell is closed to interviews whatever the person says (None: open).
CLOSED_DAY = "day"  # outside the campaign window or not a working day
CLOSED_HOLIDAY = "holiday"
CLOSED_BREAK = "break"

# What a cell shows, most important first.
CLOSED = "closed"
OFF_HOURS = "off-hours"  # outside a remote candidate's local hours
UNLISTED = "unlisted"  # the person has listed times and this is not inside them
AVAILABLE = "available"  # inside the person's listed times
DEFAULT = "free"  # nothing said: available by default

Person = Member | Candidate


@dataclass(frozen=True)
class Cell:
    """One slot of one day: its time and everything that decides whether the person can sit then."""

    span: Interval
    closed: str | None
    busy: bool
    listed: bool
    restricted: bool
    off_hours: bool

    @property
    def state(self) -> str:
        """The background of the cell; `busy` is drawn over it, so busy closed time still shows."""
        if self.closed:
            return CLOSED
        if self.off_hours:
            return OFF_HOURS
        if self.restricted:
            return AVAILABLE if self.listed else UNLISTED
        return DEFAULT

    @property
    def bookable(self) -> bool:
        """Whether an interview of this person could use the slot."""
        return self.state in (AVAILABLE, DEFAULT) and not self.busy


@dataclass(frozen=True)
class DayColumn:
    day: date
    closed: str | None  # CLOSED_DAY or CLOSED_HOLIDAY for the whole day
    holiday: str | None  # the holiday's name ('' if it has none)
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Block:
    """A planned interview of the person, placed on the grid in slot units from the day's first slot."""

    day_index: int
    span: Interval
    top: float
    bottom: float
    candidate: str
    name: str
    profile: str
    room: str | None
    pinned: bool


@dataclass(frozen=True)
class Week:
    monday: date
    days: tuple[DayColumn, ...]
    rows: tuple[time, ...]  # the wall-clock start of each slot row, campaign zone
    blocks: tuple[Block, ...]


# --------------------------------------------------------------------------- weeks and rows


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def first_week(settings: CampaignSettings) -> date:
    return week_start(settings.start_date)


def last_week(settings: CampaignSettings) -> date:
    return week_start(max(settings.end_date, settings.start_date))


def shown_days(settings: CampaignSettings, monday: date) -> list[date]:
    """The campaign's working days of that week (the whole week if the campaign names none)."""
    days = [monday + timedelta(days=i) for i in range(7)]
    working = [day for day in days if is_workday(settings, day)]
    return working or days


def row_times(settings: CampaignSettings) -> list[time]:
    """day_start + k * slot_minutes before day_end, as wall-clock labels of the rows."""
    step = timedelta(minutes=max(settings.slot_minutes, 1))
    moment = datetime.combine(date(2000, 1, 3), settings.day_start)
    end = datetime.combine(date(2000, 1, 3), settings.day_end)
    rows = []
    while moment < end:
        rows.append(moment.time())
        moment += step
    return rows


def cell_spans(settings: CampaignSettings, day: date, rows: int) -> list[Interval]:
    """The slots of a day on the core's grid, the last one cut at day_end; `rows` of them."""
    step = timedelta(minutes=max(settings.slot_minutes, 1))
    end = opening_hours(settings, day).end
    starts = slot_starts(settings, day)[:rows]
    while len(starts) < rows:  # a day whose clock jumps back during working hours
        starts.append(starts[-1] + step if starts else end)
    return [Interval(s, min(s + step, end)) if s < end else Interval(s, s + step) for s in starts]


# --------------------------------------------------------------------------- the week of a person


def week(data: CampaignData, person: Person, monday: date) -> Week:
    """Everything the grid shows for one person in the week starting on `monday`."""
    settings = data.campaign
    rows = row_times(settings)
    days = shown_days(settings, monday)
    first = opening_hours(settings, days[0]).start - timedelta(days=1)
    last = opening_hours(settings, days[-1]).end + timedelta(days=1)
    busy = _within(merge(person.unavailable), first, last)
    listed = merge(person.available)
    remote = remote_zone(settings, person)
    columns = tuple(_column(settings, person, day, rows, busy, listed, remote) for day in days)
    blocks = tuple(_blocks(data, person, columns))
    return Week(monday, columns, tuple(rows), blocks)


def _within(intervals: list[Interval], start: datetime, end: datetime) -> list[Interval]:
    return [span for span in intervals if span.start < end and start < span.end]


def _column(
    settings: CampaignSettings,
    person: Person,
    day: date,
    rows: list[time],
    busy: list[Interval],
    listed: list[Interval],
    remote: ZoneInfo | None,
) -> DayColumn:
    holiday = holiday_name(settings, day)
    if not in_window(settings, day) or not is_workday(settings, day):
        day_closed: str | None = CLOSED_DAY
    else:
        day_closed = CLOSED_HOLIDAY if holiday is not None else None
    breaks = break_spans(settings, day)
    cells = []
    for span in cell_spans(settings, day, len(rows)):
        closed = day_closed or (CLOSED_BREAK if any(b.overlaps(span) for b in breaks) else None)
        cells.append(Cell(
            span=span,
            closed=closed,
            busy=any(b.overlaps(span) for b in busy),
            listed=any(w.contains(span) for w in listed),
            restricted=bool(listed),
            off_hours=remote is not None and not local_hours_span(person, span.start, remote).contains(span),
        ))
    return DayColumn(day, day_closed, holiday, tuple(cells))


def remote_zone(settings: CampaignSettings, person: Person) -> ZoneInfo | None:
    """The zone whose local hours bind the person: only remote candidates have one (the rules say so)."""
    if isinstance(person, Candidate) and person.mode == "remote":
        return person.zone(settings)
    return None


def interviews_of(data: CampaignData, person: Person) -> list[Interview]:
    if isinstance(person, Candidate):
        return [i for i in data.interviews if i.candidate == person.reference]
    return [i for i in data.interviews if person.key in {e.casefold() for e in i.members}]


def _blocks(data: CampaignData, person: Person, columns: tuple[DayColumn, ...]) -> list[Block]:
    zone = data.campaign.zone
    index = {column.day: n for n, column in enumerate(columns)}
    step = timedelta(minutes=max(data.campaign.slot_minutes, 1))
    blocks = []
    for interview in interviews_of(data, person):
        n = index.get(interview.start.astimezone(zone).date())
        candidate = data.candidate(interview.candidate)
        if n is None or not columns[n].cells:
            continue
        length = data.interview_length(candidate) if candidate else step
        span = Interval(interview.start, interview.start + max(length, step))
        origin = columns[n].cells[0].span.start
        blocks.append(Block(
            day_index=n,
            span=span,
            top=(span.start - origin) / step,
            bottom=(span.end - origin) / step,
            candidate=interview.candidate,
            name=candidate.name if candidate else "",
            profile=candidate.profile if candidate else "",
            room=interview.room,
            pinned=interview.pinned,
        ))
    return sorted(blocks, key=lambda b: (b.day_index, b.span.start))


# --------------------------------------------------------------------------- painting


def painted_spans(
    week_shown: Week, first_day: int, last_day: int, first_row: int, last_row: int
) -> list[Interval]:
    """One interval per painted day: from the first painted slot's start to the last one's end."""
    d0, d1 = sorted((first_day, last_day))
    r0, r1 = sorted((first_row, last_row))
    spans = []
    for column in week_shown.days[max(d0, 0) : d1 + 1]:
        cells = column.cells[max(r0, 0) : r1 + 1]
        if cells and cells[0].span.start < cells[-1].span.end:
            spans.append(Interval(cells[0].span.start, cells[-1].span.end))
    return spans


def painted(person: Person, spans: list[Interval], mode: str) -> Person:
    """The person with the spans marked busy or free (see the module's docstring for why so)."""
    if mode not in PAINT_MODES:
        raise ValueError(f"unknown paint mode {mode!r}")
    if mode == BUSY:
        return replace(person, unavailable=merge([*person.unavailable, *spans]))
    unavailable = [piece for span in merge(person.unavailable) for piece in subtract(span, spans)]
    available = merge([*person.available, *spans]) if person.available else []
    return replace(person, available=available, unavailable=unavailable)


def blocks_hit(week_shown: Week, spans: list[Interval]) -> list[Block]:
    """The planned interviews that painted busy time falls on: the plan now breaks a rule there."""
    return [b for b in week_shown.blocks if any(b.span.overlaps(span) for span in spans)]


# --------------------------------------------------------------------------- a remote candidate's clock


def zone_offset(settings: CampaignSettings, zone: ZoneInfo, instant: datetime) -> timedelta:
    """How far the zone's clock is ahead of the campaign's at that instant (negative: behind)."""
    moment = instant.astimezone(UTC)
    ahead = moment.astimezone(zone).utcoffset() or timedelta(0)
    home = moment.astimezone(settings.zone).utcoffset() or timedelta(0)
    return ahead - home


def format_offset(offset: timedelta) -> str:
    """'+07:00', '-06:00', '+05:30': as people write a time difference."""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def zone_city(zone_name: str) -> str:
    """'Europe/Brussels' -> 'Brussels', 'America/Argentina/Buenos_Aires' -> 'Buenos Aires'."""
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")
