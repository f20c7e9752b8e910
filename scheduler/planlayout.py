"""The plan laid out as a calendar: lanes, days, blocks, and what dropping a block somewhere means.

The desktop app's plan view draws what this module decides, so the meaning of "the interviews of
TS panel A on Tuesday" or "drop this interview on Room 2 at 10:15" lives in the Qt-free core and is
tested without a window. Three lane modes exist: one lane per panel (plus a lane per member group
that forms no named panel), per room (plus "no room" where an interview has none), or per member
(an interview then shows in the lane of each member who sits in it).

Times handed to the app are wall-clock times in the campaign's zone (`datetime`s carrying that zone,
or minutes since local midnight for drawing); starts handed back are aware UTC instants snapped to
the campaign's slot grid. Whether a proposed interview is allowed is not decided here: the app asks
`editing.move_problems`, the one validator.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from scheduler.domain import WEEKDAYS, CampaignData, CampaignSettings, Interview
from scheduler.rules import Violation
from scheduler.timeline import (
    break_spans,
    campaign_days,
    holiday_name,
    in_window,
    is_workday,
    opening_hours,
)

PANELS, ROOMS, MEMBERS = "panels", "rooms", "members"
LANE_MODES = (PANELS, ROOMS, MEMBERS)
DAY, WEEK = "day", "week"

# Lane kinds: a named panel, a member group forming no named panel, a room, no room at all, a member.
PANEL, GROUP, ROOM, NO_ROOM, MEMBER = "panel", "group", "room", "no-room", "member"


@dataclass(frozen=True)
class Lane:
    """One column of a day. `members` is who sits (panel, group) or the member themselves."""

    kind: str
    key: str
    label: str
    members: tuple[str, ...] = ()
    room: str | None = None
    profile: str | None = None


@dataclass(frozen=True)
class Block:
    """One interview drawn in one lane; `start` and `end` are in the campaign's zone."""

    interview: Interview
    lane: int
    day: date
    start: datetime
    end: datetime
    name: str
    profile: str
    panel: str = ""  # the named panel sitting in it, "" when its members form none

    @property
    def reference(self) -> str:
        return self.interview.candidate

    @property
    def pinned(self) -> bool:
        return self.interview.pinned

    @property
    def room(self) -> str | None:
        return self.interview.room

    @property
    def start_minutes(self) -> float:
        return minutes_of(self.start)

    @property
    def end_minutes(self) -> float:
        return self.start_minutes + (self.end - self.start).total_seconds() / 60


@dataclass(frozen=True)
class Shade:
    """A stretch of a day no interview should take: a break (minutes since local midnight), or the
    whole day (`start` and `end` None) when it is a holiday, not a workday or outside the window."""

    kind: str  # "break", "holiday", "closed", "outside"
    label: str
    start: float | None = None
    end: float | None = None

    @property
    def whole_day(self) -> bool:
        return self.start is None


def minutes_of(moment: datetime | time) -> float:
    """Minutes since local midnight of a wall-clock time (seconds kept, for exact positions)."""
    return moment.hour * 60 + moment.minute + moment.second / 60


def _group_key(emails: Iterable[str]) -> str:
    return "|".join(sorted({e.casefold() for e in emails}))


# Lanes


def lanes_for(data: CampaignData, mode: str) -> list[Lane]:
    """The lanes of a mode: the campaign's own panels, rooms or members first, in its order, then
    lanes the plan needs besides (member groups forming no panel, no room, unknown rooms/members)."""
    if mode == PANELS:
        return _panel_lanes(data)
    if mode == ROOMS:
        return _room_lanes(data)
    if mode == MEMBERS:
        return _member_lanes(data)
    raise ValueError(f"unknown lane mode {mode!r}")


def _panel_lanes(data: CampaignData) -> list[Lane]:
    lanes: dict[str, Lane] = {}
    for panel in data.panels:
        key = _group_key(panel.members)
        lanes.setdefault(key, Lane(PANEL, panel.name, panel.name, tuple(panel.members), None, panel.profile))
    for interview in sorted(data.interviews, key=lambda i: (i.start, i.candidate)):
        key = _group_key(interview.members)
        if key not in lanes:
            names = ", ".join(_member_name(data, e) for e in interview.members) or "-"
            lanes[key] = Lane(GROUP, key, names, tuple(interview.members))
    return list(lanes.values())


def _member_name(data: CampaignData, email: str) -> str:
    member = data.member(email)
    return (member.name or member.email) if member else email


def _room_lanes(data: CampaignData) -> list[Lane]:
    lanes = [Lane(ROOM, room.name, room.name, room=room.name) for room in data.rooms]
    known = {room.name for room in data.rooms}
    for name in dict.fromkeys(i.room for i in data.interviews if i.room is not None and i.room not in known):
        lanes.append(Lane(ROOM, name, name, room=name))
    if any(i.room is None for i in data.interviews):
        lanes.append(Lane(NO_ROOM, "", "No room"))
    return lanes


def _member_lanes(data: CampaignData) -> list[Lane]:
    lanes = {m.key: Lane(MEMBER, m.key, m.name or m.email, (m.email,)) for m in data.members}
    for interview in data.interviews:
        for email in interview.members:
            lanes.setdefault(email.casefold(), Lane(MEMBER, email.casefold(), email, (email,)))
    return list(lanes.values())


def _match_key(lane: Lane) -> str:
    """What an interview's lane key is compared with: a panel lane matches by who sits in it."""
    return _group_key(lane.members) if lane.kind in (PANEL, GROUP) else lane.key


def lane_keys(mode: str, interview: Interview) -> list[str]:
    """The keys of the lanes an interview shows in (several in the member mode)."""
    if mode == PANELS:
        return [_group_key(interview.members)]
    if mode == ROOMS:
        return [interview.room if interview.room is not None else ""]
    return list(dict.fromkeys(e.casefold() for e in interview.members))


# The layout


class PlanLayout:
    """The plan's blocks per day and lane for one lane mode, built once per change of the campaign."""

    def __init__(self, data: CampaignData, mode: str = PANELS) -> None:
        self.data = data
        self.mode = mode
        self.settings = data.campaign
        self.zone = data.campaign.zone
        self.lanes = lanes_for(data, mode)
        self._lane_index = {(lane.kind == NO_ROOM, _match_key(lane)): i for i, lane in enumerate(self.lanes)}
        self.profiles = {p.code: i for i, p in enumerate(data.profiles)}
        self._candidates = {c.reference: c for c in reversed(data.candidates)}  # the first one wins
        self._panels: dict[str, str] = {}
        for panel in data.panels:
            self._panels.setdefault(_group_key(panel.members), panel.name)
        self._by_day: dict[date, list[Block]] = defaultdict(list)
        self._by_reference: dict[str, list[Block]] = defaultdict(list)
        for interview in data.interviews:
            for block in self._blocks(interview):
                self._by_day[block.day].append(block)
                self._by_reference[block.reference].append(block)
        for blocks in self._by_day.values():
            blocks.sort(key=lambda b: (b.lane, b.start, b.reference))

    def _blocks(self, interview: Interview) -> list[Block]:
        candidate = self._candidates.get(interview.candidate)
        start = interview.start.astimezone(self.zone)
        length = self.data.interview_length(candidate) if candidate else timedelta(0)
        if length <= timedelta(0):  # unknown candidate or profile: still shown, one slot long
            length = timedelta(minutes=self.settings.slot_minutes)
        name, profile = (candidate.name, candidate.profile) if candidate else ("", "")
        panel = self._panels.get(_group_key(interview.members), "")
        blocks = []
        for key in lane_keys(self.mode, interview):
            lane = self.lane_index(key, no_room=self.mode == ROOMS and interview.room is None)
            if lane is not None:
                blocks.append(Block(interview, lane, start.date(), start, start + length,
                                    name, profile, panel))
        return blocks

    def lane_index(self, key: str, no_room: bool = False) -> int | None:
        return self._lane_index.get((no_room, key))

    def blocks_on(self, day: date) -> list[Block]:
        """The blocks of one local day, by lane then start."""
        return self._by_day.get(day, [])

    def blocks_in(self, lane: int, day: date) -> list[Block]:
        return [b for b in self.blocks_on(day) if b.lane == lane]

    def blocks_of(self, reference: str) -> list[Block]:
        """The blocks of a candidate's interview (several in the member mode, none if unplanned)."""
        return self._by_reference.get(reference, [])

    def count_on(self, days: Iterable[date]) -> int:
        """How many interviews the days hold (each counted once whatever the lanes)."""
        return len({b.reference for day in days for b in self.blocks_on(day)})

    def profile_index(self, code: str) -> int:
        """The profile's position in the campaign (its colour); unknown profiles come last."""
        return self.profiles.get(code, len(self.profiles))

    def axis(self, days: Iterable[date]) -> tuple[float, float]:
        """The time axis for some days: working hours, widened to whole slots where an interview
        falls outside them, so that a misplaced one is still seen."""
        first = minutes_of(self.settings.day_start)
        last = minutes_of(self.settings.day_end)
        step = self.settings.slot_minutes
        low, high = first, last
        for day in days:
            for block in self.blocks_on(day):
                low, high = min(low, block.start_minutes), max(high, block.end_minutes)
        low = first - step * -(-(first - low) // step)
        high = last + step * -(-(high - last) // step)
        return max(low, 0.0), min(high, 24 * 60.0)


# Days and navigation


def week_days(settings: CampaignSettings, anchor: date) -> list[date]:
    """The campaign's workdays of the week holding `anchor`, Monday first (all seven if none is one)."""
    monday = anchor - timedelta(days=anchor.weekday())
    days = [monday + timedelta(days=i) for i in range(7)]
    return [d for d in days if WEEKDAYS[d.weekday()] in settings.workdays] or days


def shown_days(settings: CampaignSettings, view: str, anchor: date) -> list[date]:
    return week_days(settings, anchor) if view == WEEK else [anchor]


def first_day(settings: CampaignSettings) -> date:
    """Where the plan view opens: the first day interviews may happen on, else the window's start."""
    days = campaign_days(settings)
    return days[0] if days else settings.start_date


def _browsable(settings: CampaignSettings) -> list[date]:
    """Days the day view steps through: the window's workdays, holidays included (shown shaded)."""
    count = (settings.end_date - settings.start_date).days + 1
    days = [settings.start_date + timedelta(days=i) for i in range(max(count, 0))]
    return [d for d in days if is_workday(settings, d)] or days or [settings.start_date]


def step(settings: CampaignSettings, view: str, anchor: date, direction: int) -> date | None:
    """The anchor one day or week earlier (-1) or later (+1), or None past the campaign's edge."""
    if view == WEEK:
        monday = anchor - timedelta(days=anchor.weekday())
        target = monday + timedelta(weeks=direction)
        if target > settings.end_date or target + timedelta(days=6) < settings.start_date:
            return None
        days = [d for d in week_days(settings, target) if in_window(settings, d)]
        return days[0] if days else max(target, settings.start_date)
    days = _browsable(settings)
    later = [d for d in days if d > anchor]
    earlier = [d for d in days if d < anchor]
    if direction > 0:
        return later[0] if later else None
    return earlier[-1] if earlier else None


def today_anchor(settings: CampaignSettings, today: date) -> date:
    """Today if the campaign holds interviews then; else its next such day, or its last if over."""
    days = campaign_days(settings) or _browsable(settings)
    later = [d for d in days if d >= today]
    return later[0] if later else days[-1]


def day_shades(settings: CampaignSettings, day: date) -> list[Shade]:
    """What the calendar shades on a day: the whole day, or its breaks, in local minutes."""
    if not in_window(settings, day):
        return [Shade("outside", "Outside the campaign")]
    name = holiday_name(settings, day)
    if name is not None:
        return [Shade("holiday", name or "Public holiday")]
    if not is_workday(settings, day):
        return [Shade("closed", "No interviews on this weekday")]
    zone = settings.zone
    return [Shade("break", "Break", minutes_of(span.start.astimezone(zone)),
                  minutes_of(span.start.astimezone(zone)) + (span.end - span.start).total_seconds() / 60)
            for span in break_spans(settings, day)]


# Dropping


def snap_start(settings: CampaignSettings, day: date, minutes: float) -> datetime:
    """The grid start (day_start + k * slot) nearest to a wall-clock time of a day, as UTC."""
    first = opening_hours(settings, day).start
    offset = minutes - minutes_of(settings.day_start)
    slots = round(offset / settings.slot_minutes)
    return first + timedelta(minutes=slots * settings.slot_minutes)


def slot_times(settings: CampaignSettings, day: date) -> list[datetime]:
    """The grid starts of a day, from day_start to the last one before day_end, in the campaign zone."""
    hours = opening_hours(settings, day)
    step_length = timedelta(minutes=settings.slot_minutes)
    starts, moment = [], hours.start
    while moment < hours.end:
        starts.append(moment.astimezone(settings.zone))
        moment += step_length
    return starts


def proposed_move(interview: Interview, origin: Lane | None, target: Lane, start: datetime) -> Interview:
    """The interview as it would be if dropped on `target` at `start` (a grid start, UTC).

    The candidate stays. On another panel (or member group) lane the members become that panel's;
    on a room lane the room becomes that room ("no room" takes it away); on another member's lane
    that member takes the seat of the member whose lane the block was dragged from. The same lane
    changes only the time. Whether the result is allowed is for the validator to say.
    """
    moved = replace(interview, start=start, members=list(interview.members))
    if target.kind in (PANEL, GROUP) and _match_key(target) != _group_key(interview.members):
        moved.members = list(target.members)
    elif target.kind == ROOM:
        moved.room = target.room
    elif target.kind == NO_ROOM:
        moved.room = None
    elif target.kind == MEMBER and origin is not None and origin.kind == MEMBER:
        keys = [e.casefold() for e in interview.members]
        if target.key not in keys and origin.key in keys:
            moved.members[keys.index(origin.key)] = target.members[0]
    return moved


def problems_by_reference(violations: Iterable[Violation]) -> dict[str, list[str]]:
    """The messages to show on each interview: its own violations and those of pairs it is part of
    (a clash is reported once, on the later interview, but both blocks are at fault)."""
    found: dict[str, list[str]] = defaultdict(list)
    for violation in violations:
        for reference in (violation.candidate, *violation.related):
            if reference is not None and violation.message not in found[reference]:
                found[reference].append(violation.message)
    return dict(found)


def pages(view: str, days: list[date], lane_count: int, max_lanes: int = 20) -> list[list[date]]:
    """How the visible days go on paper: a day per page in the day view; the week on one page in the
    week view unless it would hold more than `max_lanes` lanes (then a day per page, to stay legible)."""
    if view == WEEK and len(days) * lane_count <= max_lanes:
        return [days]
    return [[day] for day in days]
