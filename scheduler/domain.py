"""The campaign as plain data: what the interchange format describes, free of any database or GUI.

The validator, the solver and the exporters all work on these objects, so that a rule is decided the
same way whether the plan comes from the campaign file, a JSON file or a solver run. Instants are
timezone-aware UTC datetimes; dates and times of day are in the campaign's zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_LOCAL_HOURS = (time(8, 0), time(20, 0))
CANDIDATE_STATUSES = ("shortlisted", "withdrawn")
CANDIDATE_MODES = ("onsite", "remote")
ROOM_KINDS = ("onsite", "virtual")


@dataclass(frozen=True, order=True)
class Interval:
    """A half-open span of time [start, end) between two aware UTC instants."""

    start: datetime
    end: datetime

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Interval) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class TimeOfDayRange:
    """A span of wall-clock time within one day, such as a lunch break or a candidate's local hours."""

    start: time
    end: time


@dataclass(frozen=True)
class Holiday:
    date: date
    name: str = ""


@dataclass(frozen=True)
class Organizer:
    name: str
    email: str


@dataclass
class CampaignSettings:
    name: str
    timezone: str
    start_date: date
    end_date: date
    workdays: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    day_start: time = time(9, 0)
    day_end: time = time(17, 30)
    breaks: list[TimeOfDayRange] = field(default_factory=list)
    slot_minutes: int = 15
    holidays: list[Holiday] = field(default_factory=list)
    organizer: Organizer | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Seat:
    role: str
    count: int


@dataclass
class Profile:
    code: str
    name: str
    duration_minutes: int
    buffer_minutes: int = 0
    seats: list[Seat] = field(default_factory=list)

    @property
    def panel_size(self) -> int:
        return sum(seat.count for seat in self.seats)

    @property
    def seat_roles(self) -> list[str]:
        """One role per seat: ["chair", "technical", "member"] for a panel of three."""
        return [seat.role for seat in self.seats for _ in range(seat.count)]


@dataclass
class Member:
    email: str
    name: str
    roles: list[str] = field(default_factory=list)
    max_per_day: int | None = None
    max_total: int | None = None
    available: list[Interval] = field(default_factory=list)
    unavailable: list[Interval] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.email.casefold()


@dataclass
class Panel:
    name: str
    profile: str
    members: list[str] = field(default_factory=list)


@dataclass
class Room:
    name: str
    kind: str = "onsite"
    capacity: int | None = None
    accessible: bool = False
    location: str = ""
    url: str = ""
    unavailable: list[Interval] = field(default_factory=list)


@dataclass
class Candidate:
    reference: str
    name: str
    profile: str
    email: str | None = None
    mode: str = "onsite"
    timezone: str | None = None
    local_hours: TimeOfDayRange | None = None
    available: list[Interval] = field(default_factory=list)
    unavailable: list[Interval] = field(default_factory=list)
    extra_minutes: int = 0
    accessible_room: bool = False
    status: str = "shortlisted"
    notes: str = ""

    def zone(self, campaign: CampaignSettings) -> ZoneInfo:
        return ZoneInfo(self.timezone or campaign.timezone)

    def hours(self) -> TimeOfDayRange:
        return self.local_hours or TimeOfDayRange(*DEFAULT_LOCAL_HOURS)


@dataclass(frozen=True)
class Conflict:
    member: str
    candidate: str
    reason: str = ""


@dataclass
class Interview:
    candidate: str
    start: datetime
    members: list[str]
    room: str | None = None
    pinned: bool = False


@dataclass
class CampaignData:
    """One whole campaign: settings, people, rooms and the current plan."""

    campaign: CampaignSettings
    profiles: list[Profile] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    panels: list[Panel] = field(default_factory=list)
    rooms: list[Room] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)

    def profile(self, code: str) -> Profile | None:
        return next((p for p in self.profiles if p.code == code), None)

    def member(self, email: str) -> Member | None:
        key = email.casefold()
        return next((m for m in self.members if m.key == key), None)

    def candidate(self, reference: str) -> Candidate | None:
        return next((c for c in self.candidates if c.reference == reference), None)

    def room(self, name: str) -> Room | None:
        return next((r for r in self.rooms if r.name == name), None)

    def interview_length(self, candidate: Candidate) -> timedelta:
        profile = self.profile(candidate.profile)
        minutes = (profile.duration_minutes if profile else 0) + candidate.extra_minutes
        return timedelta(minutes=minutes)
