"""The plan flattened for people: one row per interview with every name looked up, in campaign time.

The CSV, the workbook and the PDF day sheets all read these rows, so a time, a panel or a link is the
same in every format (and the same as in the JSON schedule, whose `panel_of` decides the panel).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from scheduler.domain import CampaignData, Candidate, Interview, Room
from scheduler.rules import unscheduled as unplanned
from scheduler.schedule import panel_of

MODE_LABELS = {"onsite": "on site", "remote": "remote (video)"}
NOT_YET_SOLVED = "Not planned yet: solve again to plan this candidate."


@dataclass(frozen=True)
class Person:
    name: str
    email: str

    def addressed(self) -> str:
        """'Anne Martin <a.martin@example.org>', as mail clients write an address."""
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class PlanRow:
    """One interview; `start` and `end` are aware datetimes in the campaign's zone."""

    interview: Interview
    candidate: Candidate
    start: datetime
    end: datetime
    panel: str | None  # the named panel, None when the members form no defined panel
    members: tuple[Person, ...]
    room: Room | None

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def start_time(self) -> time:
        return self.start.time().replace(tzinfo=None)

    @property
    def end_time(self) -> time:
        return self.end.time().replace(tzinfo=None)

    @property
    def group(self) -> str:
        """The panel's name, or its members' names where they form no named panel: sheets need a title."""
        return self.panel or ", ".join(p.name or p.email for p in self.members)

    @property
    def room_name(self) -> str:
        return self.room.name if self.room else ""

    @property
    def location(self) -> str:
        return self.room.location if self.room else ""

    @property
    def link(self) -> str:
        return self.room.url if self.room else ""

    @property
    def mode_label(self) -> str:
        return MODE_LABELS.get(self.candidate.mode, self.candidate.mode)

    def members_text(self) -> str:
        return ", ".join(p.addressed() for p in self.members)


@dataclass(frozen=True)
class NotPlaced:
    reference: str
    candidate: Candidate
    reasons: tuple[str, ...]


def plan_rows(data: CampaignData) -> list[PlanRow]:
    """Every interview whose candidate is known, by start, then panel, then reference."""
    zone = data.campaign.zone
    candidates = {c.reference: c for c in data.candidates}
    rows = []
    for interview in data.interviews:
        candidate = candidates.get(interview.candidate)
        if candidate is None:
            continue
        start = interview.start.astimezone(zone)
        rows.append(
            PlanRow(
                interview=interview,
                candidate=candidate,
                start=start,
                end=(interview.start + data.interview_length(candidate)).astimezone(zone),
                panel=panel_of(data, candidate.profile, interview.members),
                members=tuple(_person(data, email) for email in interview.members),
                room=data.room(interview.room) if interview.room else None,
            )
        )
    return sorted(rows, key=lambda r: (r.start, r.group, r.candidate.reference))


def _person(data: CampaignData, email: str) -> Person:
    member = data.member(email)
    return Person(member.name if member else "", member.email if member else email)


def by_panel(data: CampaignData, rows: list[PlanRow]) -> dict[str, list[PlanRow]]:
    """Rows per panel: named panels in the order the campaign defines them, then other compositions."""
    groups: dict[str, list[PlanRow]] = {p.name: [] for p in data.panels}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    return {name: panel_rows for name, panel_rows in groups.items() if panel_rows}


def by_day(rows: list[PlanRow]) -> dict[date, list[PlanRow]]:
    """Rows per campaign-zone day, in date order (rows come sorted by start)."""
    groups: dict[date, list[PlanRow]] = {}
    for row in rows:
        groups.setdefault(row.day, []).append(row)
    return groups


def not_placed(data: CampaignData, unscheduled: dict[str, list[str]]) -> list[NotPlaced]:
    """Shortlisted candidates without an interview: with the last solve's reasons, then those it never saw.

    Stored reasons can be older than the plan (an interview added by hand since), so a candidate who now
    has an interview, or has withdrawn, is left out.
    """
    waiting = {c.reference: c for c in unplanned(data)}
    explained = [NotPlaced(r, waiting[r], tuple(why)) for r, why in unscheduled.items() if r in waiting]
    unexplained = [NotPlaced(r, c, (NOT_YET_SOLVED,)) for r, c in waiting.items() if r not in unscheduled]
    return explained + unexplained
