"""The one validator: every rule a plan must obey (campaign-format.md, "Meaning"), in words.

The `check` command, the solver's tests and the desktop app's live drag-and-drop all ask this module,
so a rule is decided in exactly one place. A `PlanChecker` indexes the plan once (per member, room,
candidate and day, each sorted by time) so that checking one proposed interview costs a few binary
searches, and checking a whole plan is linear in its size plus the clashes it reports.

Pairwise rules (two interviews sharing a member or a room, caps) are reported once by `check_plan`,
on the later interview, with the other interviews in `related`; `check` reports them on the proposed
interview with the same message, so both views agree sentence for sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from scheduler.domain import (
    CampaignData,
    Candidate,
    Conflict,
    Interval,
    Interview,
    Member,
    Profile,
    Room,
)
from scheduler.timeline import (
    Calendar,
    DayFacts,
    describe_clock,
    describe_day,
    describe_instant,
    merge,
    wall,
)
from scheduler.timeutil import as_utc, zone_or_none

T = TypeVar("T")
K = TypeVar("K")
WEEKDAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Violation:
    """One broken rule. `related` names the other interviews of a pairwise rule (clash, cap)."""

    rule: str
    message: str
    candidate: str | None
    related: tuple[str, ...] = ()


def check_plan(data: CampaignData) -> list[Violation]:
    """Every rule every interview of the plan breaks, ordered by interview start then rule."""
    return PlanChecker(data).check_plan()


def check_interview(data: CampaignData, proposed: Interview) -> list[Violation]:
    """One proposed interview against the rest of the plan, the candidate's own one taken out."""
    return PlanChecker(data).check(proposed)


def unscheduled(data: CampaignData) -> list[Candidate]:
    """Shortlisted candidates the plan has no interview for, in the campaign's order."""
    planned = {interview.candidate for interview in data.interviews}
    return [c for c in data.candidates if c.status == "shortlisted" and c.reference not in planned]


@dataclass(eq=False)
class Planned:
    """An interview with everything the rules need looked up once."""

    interview: Interview
    index: int | None  # position in the plan; None for a proposed interview
    ref: str
    start: datetime
    day: date
    candidate: Candidate | None
    profile: Profile | None
    span: Interval | None  # None when the length is unknown (no candidate or profile)
    blocked: Interval | None  # span plus the profile's buffer
    emails: tuple[str, ...]  # as listed
    keys: tuple[str, ...]  # distinct, case-folded, in listed order
    order: tuple[datetime, str, int] = field(init=False)  # the whole-plan check's order

    def __post_init__(self) -> None:
        self.order = (self.start, self.ref, -1 if self.index is None else self.index)


class Windows:
    """Merged, sorted intervals, for 'inside one of them' and 'overlaps one of them' in log time."""

    def __init__(self, intervals: Iterable[Interval]) -> None:
        self.spans = merge(intervals)
        self.starts = [s.start for s in self.spans]
        self.ends = [s.end for s in self.spans]

    def covers(self, span: Interval) -> bool:
        i = bisect_right(self.starts, span.start) - 1
        return i >= 0 and self.spans[i].end >= span.end

    def overlapping(self, span: Interval) -> Interval | None:
        i = bisect_right(self.ends, span.start)
        if i < len(self.spans) and self.spans[i].start < span.end:
            return self.spans[i]
        return None


class Track:
    """The interviews of one member or room sorted by start, to find those whose buffered times
    overlap a given span without scanning them all."""

    def __init__(self, entries: list[Planned]) -> None:
        self.entries = sorted(entries, key=lambda p: p.order)
        self.starts = [p.start for p in self.entries]
        self.longest = max((_blocked(p).end - p.start for p in self.entries), default=timedelta(0))

    def overlapping(self, span: Interval) -> Iterator[Planned]:
        low = bisect_left(self.starts, span.start - self.longest)
        high = bisect_left(self.starts, span.end)
        for other in self.entries[low:high]:
            if _blocked(other).overlaps(span):
                yield other


def _blocked(p: Planned) -> Interval:
    assert p.blocked is not None
    return p.blocked


class PlanChecker:
    """The plan indexed once; `check` then judges any proposed interview against it quickly.

    It reads the campaign as it is when built: after the plan or the people change, build anew
    (a few milliseconds per thousand interviews).
    """

    def __init__(self, data: CampaignData) -> None:
        self.data = data
        self.settings = data.campaign
        self.calendar = Calendar(data.campaign)
        self.zone = self.calendar.zone
        self.profiles = _first_by(data.profiles, lambda p: p.code)
        self.members = _first_by(data.members, lambda m: m.key)
        self.candidates = _first_by(data.candidates, lambda c: c.reference)
        self.rooms = _first_by(data.rooms, lambda r: r.name)
        self.conflicts = _first_by(data.conflicts, lambda c: (c.member.casefold(), c.candidate))
        self.has_virtual_room = any(r.kind == "virtual" for r in data.rooms)
        self.panels: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        for panel in data.panels:
            keys = frozenset(e.casefold() for e in panel.members)
            self.panels[panel.profile].append((panel.name, keys))
        self._windows: dict[tuple[str, str], Windows] = {}
        self.planned = [self.resolve(v, i) for i, v in enumerate(data.interviews)]
        self._index()

    def _index(self) -> None:
        by_member: dict[str, list[Planned]] = defaultdict(list)
        by_room: dict[str, list[Planned]] = defaultdict(list)
        self.by_candidate: dict[str, list[Planned]] = defaultdict(list)
        self.member_days: dict[tuple[str, date], list[Planned]] = defaultdict(list)
        self.member_all: dict[str, list[Planned]] = defaultdict(list)
        for p in sorted(self.planned, key=lambda p: p.order):
            self.by_candidate[p.ref].append(p)
            for key in p.keys:
                self.member_days[key, p.day].append(p)
                self.member_all[key].append(p)
                if p.blocked is not None:
                    by_member[key].append(p)
            if p.blocked is not None and p.interview.room is not None:
                by_room[p.interview.room].append(p)
        self.member_tracks = {key: Track(entries) for key, entries in by_member.items()}
        self.room_tracks = {name: Track(entries) for name, entries in by_room.items()}

    def resolve(self, interview: Interview, index: int | None) -> Planned:
        start = as_utc(interview.start, self.zone)
        candidate = self.candidates.get(interview.candidate)
        profile = self.profiles.get(candidate.profile) if candidate else None
        span = blocked = None
        if candidate is not None and profile is not None:
            end = start + timedelta(minutes=profile.duration_minutes + candidate.extra_minutes)
            span = Interval(start, end)
            blocked = Interval(start, end + timedelta(minutes=profile.buffer_minutes))
        keys = tuple(dict.fromkeys(e.casefold() for e in interview.members))
        return Planned(interview, index, interview.candidate, start, self.calendar.local_day(start),
                       candidate, profile, span, blocked, tuple(interview.members), keys)

    def check(self, proposed: Interview) -> list[Violation]:
        """Every rule the proposed interview breaks if it replaced its candidate's current one."""
        return self.run(self.resolve(proposed, None))

    def check_plan(self) -> list[Violation]:
        violations: list[Violation] = []
        for p in sorted(self.planned, key=lambda p: p.order):
            violations += self.run(p)
        return violations

    def run(self, p: Planned) -> list[Violation]:
        return [v for rule in RULES for v in rule(self, p)]

    # The rest of the plan, as seen from one interview.

    def counts(self, p: Planned, other: Planned) -> bool:
        """Whether `other` is part of the plan `p` is judged against (the candidate's own
        interview is replaced by a proposal; in a whole-plan check only `p` itself is left out)."""
        if p.index is None:
            return other.ref != p.ref
        return other.index != p.index

    def reports(self, p: Planned, other: Planned) -> bool:
        """A whole-plan check reports a pair once, on the later interview."""
        return p.index is None or other.order < p.order

    def clashes(self, p: Planned, track: Track | None) -> Iterator[Planned]:
        if track is None or p.blocked is None:
            return
        for other in track.overlapping(p.blocked):
            if self.counts(p, other) and self.reports(p, other):
                yield other

    def group(self, p: Planned, entries: list[Planned]) -> list[Planned] | None:
        """The interviews of a cap group with `p` in it, or None where `p` does not report it."""
        if p.index is not None:  # entries hold p itself, in order: p reports when it is last
            return entries if entries and entries[-1] is p else None
        return [*(o for o in entries if o.ref != p.ref), p]

    # Lookups and words.

    def day(self, p: Planned) -> DayFacts:
        return self.calendar.day(p.day)

    def windows(self, kind: str, owner: str, intervals: list[Interval]) -> Windows:
        key = (kind, owner)
        if key not in self._windows:
            self._windows[key] = Windows(intervals)
        return self._windows[key]

    def known_members(self, p: Planned) -> list[Member]:
        return [self.members[k] for k in p.keys if k in self.members]

    def at(self, p: Planned) -> str:
        return f"{p.ref} on {describe_day(p.day)} at {self.clock(p.start)}"

    def clock(self, instant: datetime, zone: ZoneInfo | None = None) -> str:
        return describe_clock(instant, zone or self.zone)

    def times(self, span: Interval, zone: ZoneInfo | None = None) -> str:
        return f"{self.clock(span.start, zone)}-{self.clock(span.end, zone)}"

    def moment(self, instant: datetime) -> str:
        return describe_instant(instant, self.zone)

    def who(self, key: str, listed: str | None = None) -> str:
        member = self.members.get(key)
        if member is None:
            return listed or key
        return f"{member.name} ({member.email})" if member.name else member.email

    def buffered(self, p: Planned) -> str:
        assert p.blocked is not None and p.profile is not None
        buffer = p.profile.buffer_minutes
        text = f"{p.ref} {self.times(p.blocked)}"
        return f"{text} incl. {buffer} min buffer" if buffer else text


def _first_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, T]:
    """Index by key; where a key repeats the first wins, as `CampaignData` lookups do."""
    index: dict[K, T] = {}
    for item in items:
        index.setdefault(key(item), item)
    return index


Rule = Callable[[PlanChecker, Planned], list[Violation]]


def _one(rule: str, message: str, p: Planned, related: Iterable[str] = ()) -> list[Violation]:
    return [Violation(rule, message, p.ref, tuple(related))]


# Candidates


def candidate_unknown(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.candidate is not None:
        return []
    return _one("candidate-unknown", f"{c.at(p)}: there is no candidate with this reference.", p)


def candidate_withdrawn(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.candidate is None or p.candidate.status != "withdrawn":
        return []
    message = f"{c.at(p)}: {p.candidate.name} has withdrawn and must not be interviewed."
    return _one("candidate-withdrawn", message, p)


def candidate_interviewed_twice(c: PlanChecker, p: Planned) -> list[Violation]:
    earlier = [o for o in c.by_candidate.get(p.ref, []) if c.counts(p, o) and c.reports(p, o)]
    if not earlier:
        return []
    message = (f"{p.ref} is interviewed more than once: on {c.moment(earlier[0].start)} "
               f"and on {c.moment(p.start)}.")
    return _one("candidate-interviewed-twice", message, p)


def profile_unknown(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.candidate is None or p.profile is not None:
        return []
    message = (f"{c.at(p)}: the candidate's profile {p.candidate.profile!r} does not exist, "
               "so the interview's length and seats are unknown.")
    return _one("profile-unknown", message, p)


# The campaign's days and hours


def outside_campaign(c: PlanChecker, p: Planned) -> list[Violation]:
    if c.day(p).in_window:
        return []
    s = c.settings
    message = (f"{c.at(p)}: the day is outside the campaign, which runs from "
               f"{describe_day(s.start_date)} to {describe_day(s.end_date)}.")
    return _one("outside-campaign", message, p)


def not_a_workday(c: PlanChecker, p: Planned) -> list[Violation]:
    if c.day(p).workday:
        return []
    weekday = WEEKDAY_WORDS[p.day.weekday()]
    message = f"{c.at(p)}: the campaign does not hold interviews on {weekday}s."
    return _one("not-a-workday", message, p)


def holiday(c: PlanChecker, p: Planned) -> list[Violation]:
    name = c.day(p).holiday
    if name is None:
        return []
    reason = f"{name} is a public holiday." if name else "the day is a public holiday."
    return _one("holiday", f"{c.at(p)}: {reason}", p)


def outside_working_hours(c: PlanChecker, p: Planned) -> list[Violation]:
    hours = c.day(p).hours
    end = p.span.end if p.span else p.start
    if hours.start <= p.start and end <= hours.end:
        return []
    running = f" (the interview runs {c.times(p.span)})" if p.span else ""
    message = f"{c.at(p)}: outside the working hours {c.times(hours)}{running}."
    return _one("outside-working-hours", message, p)


def break_overlap(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.span is None:
        return []
    hit = next((b for b in c.day(p).breaks if b.overlaps(p.span)), None)
    if hit is None:
        return []
    message = f"{c.at(p)}: the interview ({c.times(p.span)}) runs into the break {c.times(hit)}."
    return _one("break-overlap", message, p)


def off_grid(c: PlanChecker, p: Planned) -> list[Violation]:
    step = timedelta(minutes=c.settings.slot_minutes)
    first = c.day(p).hours.start
    offset = (p.start - first) % step
    if not offset:
        return []
    before = p.start - offset
    message = (f"{c.at(p)}: the interview does not start on the {c.settings.slot_minutes}-minute "
               f"grid from {c.clock(first)} (nearest starts {c.clock(before)} and "
               f"{c.clock(before + step)}).")
    return _one("off-grid", message, p)


# Seats and panels


def member_unknown(c: PlanChecker, p: Planned) -> list[Violation]:
    unknown = dict.fromkeys(e for e in p.emails if e.casefold() not in c.members)
    return [Violation("member-unknown",
                      f"{c.at(p)}: {email} is not a member of this campaign.", p.ref)
            for email in unknown]


def member_listed_twice(c: PlanChecker, p: Planned) -> list[Violation]:
    seen: set[str] = set()
    twice: dict[str, str] = {}
    for email in p.emails:
        key = email.casefold()
        if key in seen:
            twice.setdefault(key, email)
        seen.add(key)
    return [Violation("member-listed-twice",
                      f"{c.at(p)}: {c.who(key, email)} is listed twice on the panel.", p.ref)
            for key, email in twice.items()]


def panel_size(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.profile is None or len(p.keys) == p.profile.panel_size:
        return []
    seats = ", ".join(f"{s.count} {s.role}" for s in p.profile.seats)
    message = (f"{c.at(p)}: the panel has {len(p.keys)} member(s) but profile {p.profile.code} "
               f"seats {p.profile.panel_size} ({seats}).")
    return _one("panel-size", message, p)


def seat_role(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.profile is None:
        return []
    members = c.known_members(p)
    seats = p.profile.seat_roles
    seat_of = match_seats(members, seats)
    if len(seat_of) >= min(len(members), len(seats)):
        return []
    empty = [seats[i] for i in range(len(seats)) if i not in seat_of.values()]
    holders = "; ".join(f"{c.who(m.key)} holds {', '.join(m.roles) or 'no role'}" for m in members)
    message = (f"{c.at(p)}: no panel member can take the {', '.join(empty)} seat(s) "
               f"({holders}).")
    return _one("seat-role", message, p)


def match_seats(members: list[Member], seats: list[str]) -> dict[int, int]:
    """A maximum matching of members to seats (member index -> seat index) by role.

    Members may hold several roles, so taking the first fitting seat can strand a later member;
    augmenting paths (Kuhn's algorithm) find a full assignment whenever one exists.
    """
    holder: dict[int, int] = {}  # seat index -> member index

    def place(m: int, tried: set[int]) -> bool:
        for s, role in enumerate(seats):
            if s in tried or role not in members[m].roles:
                continue
            tried.add(s)
            if s not in holder or place(holder[s], tried):
                holder[s] = m
                return True
        return False

    for m in range(len(members)):
        place(m, set())
    return {m: s for s, m in holder.items()}


def panel_mismatch(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.candidate is None or p.profile is None:
        return []
    panels = c.panels.get(p.profile.code, [])
    if not panels or any(keys == frozenset(p.keys) for _, keys in panels):
        return []
    names = ", ".join(name for name, _ in panels)
    message = (f"{c.at(p)}: the members ({', '.join(p.emails)}) are not one of the panels of "
               f"profile {p.profile.code} ({names}).")
    return _one("panel-mismatch", message, p)


# Availability


def member_outside_availability(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.span is None:
        return []
    span = p.span
    return [Violation("member-outside-availability",
                      f"{c.at(p)}: {c.who(m.key)} is not available {c.times(span)} "
                      "(outside the times they gave).", p.ref)
            for m in c.known_members(p)
            if m.available and not c.windows("member", m.key, m.available).covers(span)]


def member_unavailable(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.span is None:
        return []
    found = []
    for m in c.known_members(p):
        hit = c.windows("member-off", m.key, m.unavailable).overlapping(p.span)
        if hit is not None:
            found.append(Violation("member-unavailable", f"{c.at(p)}: {c.who(m.key)} is "
                                   f"unavailable {_between(c, hit)}.", p.ref))
    return found


def candidate_outside_availability(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.span is None or p.candidate is None or not p.candidate.available:
        return []
    if c.windows("candidate", p.ref, p.candidate.available).covers(p.span):
        return []
    message = (f"{c.at(p)}: the candidate is not available {c.times(p.span)} "
               "(outside the times they gave).")
    return _one("candidate-outside-availability", message, p)


def candidate_unavailable(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.span is None or p.candidate is None:
        return []
    hit = c.windows("candidate-off", p.ref, p.candidate.unavailable).overlapping(p.span)
    if hit is None:
        return []
    message = f"{c.at(p)}: the candidate is unavailable {_between(c, hit)}."
    return _one("candidate-unavailable", message, p)


def _between(c: PlanChecker, span: Interval) -> str:
    return f"from {c.moment(span.start)} to {c.moment(span.end)}"


def candidate_local_hours(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.span is None or p.candidate is None or p.candidate.mode != "remote":
        return []
    zone = zone_or_none(p.candidate.timezone or c.settings.timezone)
    if zone is None:
        return []
    local = local_hours_span(p.candidate, p.start, zone)
    if local.contains(p.span):
        return []
    hours = p.candidate.hours()
    message = (f"{c.at(p)}: the interview runs {c.times(p.span, zone)} in the candidate's time "
               f"zone ({zone.key}), outside their local hours "
               f"{hours.start:%H:%M}-{hours.end:%H:%M}.")
    return _one("candidate-local-hours", message, p)


def local_hours_span(candidate: Candidate, instant: datetime, zone: ZoneInfo) -> Interval:
    """The candidate's local hours on the local day of `instant`, as UTC instants (each day gets
    its own offset, so the window moves against the campaign's when either zone changes clock)."""
    day = instant.astimezone(zone).date()
    hours = candidate.hours()
    return Interval(wall(day, hours.start, zone), wall(day, hours.end, zone))


def conflict_of_interest(c: PlanChecker, p: Planned) -> list[Violation]:
    found = []
    for key in p.keys:
        conflict: Conflict | None = c.conflicts.get((key, p.ref))
        if conflict is not None:
            why = f" ({conflict.reason})" if conflict.reason else ""
            found.append(Violation("conflict-of-interest", f"{c.at(p)}: {c.who(key)} has a "
                                   f"conflict of interest with this candidate{why}.", p.ref))
    return found


# Members' load


def member_double_booked(c: PlanChecker, p: Planned) -> list[Violation]:
    found = []
    for key in p.keys:
        for other in c.clashes(p, c.member_tracks.get(key)):
            first, second = sorted((p, other), key=lambda x: x.order)
            message = (f"{c.who(key)} sits in {first.ref} and {second.ref} at overlapping times "
                       f"on {describe_day(first.day)} ({c.buffered(first)}; "
                       f"{c.buffered(second)}).")
            found.append(Violation("member-double-booked", message, p.ref, (other.ref,)))
    return found


def member_max_per_day(c: PlanChecker, p: Planned) -> list[Violation]:
    found = []
    for m in c.known_members(p):
        if m.max_per_day is None:
            continue
        group = c.group(p, c.member_days.get((m.key, p.day), []))
        if group is not None and len(group) > m.max_per_day:
            message = (f"{c.who(m.key)} sits in {len(group)} interviews on "
                       f"{describe_day(p.day)}, more than their {m.max_per_day} a day.")
            found.append(_capped("member-max-per-day", message, p, group))
    return found


def member_max_total(c: PlanChecker, p: Planned) -> list[Violation]:
    found = []
    for m in c.known_members(p):
        if m.max_total is None:
            continue
        group = c.group(p, c.member_all.get(m.key, []))
        if group is not None and len(group) > m.max_total:
            message = (f"{c.who(m.key)} sits in {len(group)} interviews in all, more than "
                       f"their {m.max_total} for the campaign.")
            found.append(_capped("member-max-total", message, p, group))
    return found


def _capped(rule: str, message: str, p: Planned, group: list[Planned]) -> Violation:
    related = sorted({o.ref for o in group if o is not p and o.ref != p.ref})
    return Violation(rule, message, p.ref, tuple(related))


# Rooms


def _room(c: PlanChecker, p: Planned) -> Room | None:
    name = p.interview.room
    return c.rooms.get(name) if name is not None else None


def room_unknown(c: PlanChecker, p: Planned) -> list[Violation]:
    name = p.interview.room
    if name is None or name in c.rooms:
        return []
    return _one("room-unknown", f"{c.at(p)}: there is no room called {name!r}.", p)


def room_missing(c: PlanChecker, p: Planned) -> list[Violation]:
    if p.interview.room is not None or p.candidate is None:
        return []
    if p.candidate.mode != "remote":
        need = "an onsite room, as the candidate comes on site"
    elif c.has_virtual_room:
        need = "a virtual room, as the candidate is remote"
    else:
        return []
    return _one("room-missing", f"{c.at(p)}: the interview has no room; it needs {need}.", p)


def room_kind(c: PlanChecker, p: Planned) -> list[Violation]:
    room = _room(c, p)
    if room is None or p.candidate is None:
        return []
    remote = p.candidate.mode == "remote"
    if room.kind == ("virtual" if remote else "onsite"):
        return []
    if not remote:
        why = f"{room.name} is a {room.kind} room, but the candidate comes on site."
    elif c.has_virtual_room:
        why = f"{room.name} is an {room.kind} room, but the candidate is remote."
    else:
        why = (f"the candidate is remote and the campaign has no virtual room, so the interview "
               f"takes no room, not {room.name}.")
    return _one("room-kind", f"{c.at(p)}: {why}", p)


def _onsite(c: PlanChecker, p: Planned) -> Room | None:
    """The room where an onsite candidate's onsite-room rules apply."""
    room = _room(c, p)
    if room is None or p.candidate is None or p.candidate.mode == "remote":
        return None
    return room if room.kind == "onsite" else None


def room_capacity(c: PlanChecker, p: Planned) -> list[Violation]:
    room = _onsite(c, p)
    people = len(p.keys) + 1
    if room is None or room.capacity is None or room.capacity >= people:
        return []
    message = (f"{c.at(p)}: {room.name} seats {room.capacity}, but the panel of {len(p.keys)} "
               f"and the candidate are {people}.")
    return _one("room-capacity", message, p)


def room_accessible(c: PlanChecker, p: Planned) -> list[Violation]:
    room = _onsite(c, p)
    if room is None or room.accessible or p.candidate is None or not p.candidate.accessible_room:
        return []
    message = f"{c.at(p)}: the candidate needs an accessible room and {room.name} is not one."
    return _one("room-accessible", message, p)


def room_unavailable(c: PlanChecker, p: Planned) -> list[Violation]:
    room = _room(c, p)
    if room is None or p.span is None:
        return []
    hit = c.windows("room-off", room.name, room.unavailable).overlapping(p.span)
    if hit is None:
        return []
    message = f"{c.at(p)}: {room.name} is unavailable {_between(c, hit)}."
    return _one("room-unavailable", message, p)


def room_double_booked(c: PlanChecker, p: Planned) -> list[Violation]:
    name = p.interview.room
    if name is None or name not in c.rooms:
        return []
    found = []
    for other in c.clashes(p, c.room_tracks.get(name)):
        first, second = sorted((p, other), key=lambda x: x.order)
        message = (f"{name} holds {first.ref} and {second.ref} at overlapping times on "
                   f"{describe_day(first.day)} ({c.buffered(first)}; {c.buffered(second)}).")
        found.append(Violation("room-double-booked", message, p.ref, (other.ref,)))
    return found


RULES: tuple[Rule, ...] = (
    candidate_unknown, candidate_withdrawn, candidate_interviewed_twice, profile_unknown,
    outside_campaign, not_a_workday, holiday, outside_working_hours, break_overlap, off_grid,
    member_unknown, member_listed_twice, panel_size, seat_role, panel_mismatch,
    member_outside_availability, member_unavailable,
    candidate_outside_availability, candidate_unavailable, candidate_local_hours,
    conflict_of_interest, member_double_booked, member_max_per_day, member_max_total,
    room_unknown, room_missing, room_kind, room_capacity, room_accessible, room_unavailable,
    room_double_booked,
)

RULE_IDS: tuple[str, ...] = tuple(rule.__name__.replace("_", "-") for rule in RULES)
