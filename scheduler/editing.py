"""Edits to an open campaign, one at a time, each checked by the core and stored at once.

The app never writes rows itself: every edit is a list of `Change`s (this thing was that, is now
this), which `CampaignDocument.apply` checks with the interchange format's own rules and the
reference checks, then stores in one transaction. A change knows its inverse, so the app's undo
stack replays edits backwards through the same door, and nothing it undoes escapes the checks.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.domain import (
    CampaignData,
    CampaignSettings,
    Candidate,
    Conflict,
    Interval,
    Interview,
    Member,
    Panel,
    Profile,
    Room,
)
from scheduler.errors import CampaignError, InputProblems, visible
from scheduler.interchange import campaign_document, item_problems, reference_problems
from scheduler.invitations.tracking import invitation_settings
from scheduler.rules import Violation, check_interview
from scheduler.store.database import CampaignFile, change_counter, total_changes
from scheduler.store.mapping import ROLE_SEPARATOR, load_campaign, write_settings
from scheduler.store.models import (
    CandidateRow,
    CandidateWindowRow,
    ConflictRow,
    InterviewMemberRow,
    InterviewRow,
    MemberRow,
    MemberWindowRow,
    PanelMemberRow,
    PanelRow,
    ProfileRow,
    RoomClosureRow,
    RoomRow,
    SeatRow,
)
from scheduler.timeutil import zone_or_none
from scheduler.wording import counted

Item = CampaignSettings | Profile | Member | Panel | Room | Candidate | Conflict | Interview

# kind -> (the CampaignData list it lives in, its key, how the coordinator calls one)
KINDS: dict[str, tuple[str, Callable[[Any], Any], str]] = {
    "profile": ("profiles", lambda p: p.code, "Profile"),
    "member": ("members", lambda m: m.key, "Member"),
    "panel": ("panels", lambda p: p.name, "Panel"),
    "room": ("rooms", lambda r: r.name, "Room"),
    "candidate": ("candidates", lambda c: c.reference, "Candidate"),
    "conflict": ("conflicts", lambda c: (c.member.casefold(), c.candidate), "Conflict"),
    "interview": ("interviews", lambda i: i.candidate, "Interview"),
}


@dataclass(frozen=True)
class Change:
    """One thing of a campaign replaced: `before` None adds `after`; `after` None removes `before`."""

    kind: str  # "settings" or a key of KINDS
    before: Any
    after: Any
    # A reference that follows a renamed key: the campaign file links rows by id and follows by
    # itself, so only the campaign in memory changes.
    follows: bool = False

    def inverse(self) -> Change:
        return Change(self.kind, self.after, self.before, self.follows)


def key_of(kind: str, item: Any) -> Any:
    return None if kind == "settings" else KINDS[kind][1](item)


def apply_to_data(data: CampaignData, changes: Iterable[Change]) -> CampaignData:
    """A new CampaignData with the changes made; `data` itself is left as it was."""
    result = copy.copy(data)
    touched: set[str] = set()
    for change in changes:
        if change.kind == "settings":
            result.campaign = change.after
            continue
        name, key, _ = KINDS[change.kind]
        if name not in touched:
            setattr(result, name, list(getattr(result, name)))
            touched.add(name)
        items: list[Any] = getattr(result, name)
        index = _index(items, key, change.before) if change.before is not None else None
        if change.before is not None and index is None:
            raise CampaignError(
                f"{KINDS[change.kind][2]} {key(change.before)!s} is no longer in the campaign."
            )
        if change.after is None:
            del items[index]
        elif index is None:
            items.append(change.after)
        else:
            items[index] = change.after
    return result


def _index(items: list[Any], key: Callable[[Any], Any], item: Any) -> int | None:
    wanted = key(item)
    return next((i for i, existing in enumerate(items) if key(existing) == wanted), None)


def change_problems(data: CampaignData, changes: Sequence[Change]) -> list[str]:
    """What the core says about the changed things, each problem named after its thing and field."""
    if zone_or_none(data.campaign.timezone) is None:
        return [f"Campaign, time zone: {data.campaign.timezone!r} is not a known time zone."]
    problems: list[str] = []
    partial = CampaignData(campaign=data.campaign, profiles=list(data.profiles))
    labels: list[tuple[str, str]] = []
    if any(c.kind == "settings" for c in changes):
        labels.append(("$.campaign.", "Campaign, "))
    for change in changes:
        if change.after is None or change.kind in ("settings", "profile"):
            continue
        name, key, label = KINDS[change.kind]
        items = getattr(partial, name)
        labels.append((f"$.{name}[{len(items)}].", f"{label} {_shown_key(key(change.after))}, "))
        labels.append((f"$.{name}[{len(items)}]:", f"{label} {_shown_key(key(change.after))}:"))
        items.append(change.after)
    for i, profile in enumerate(partial.profiles):
        labels.append((f"$.profiles[{i}].", f"Profile {profile.code}, "))
    problems += item_problems(campaign_document(partial))
    problems = [_labelled(problem, labels) for problem in problems]
    problems += [_labelled_in(data, problem) for problem in reference_problems(data)]
    return [visible(problem) for problem in problems]  # they quote what was typed


_PLACE = re.compile(r"^\$\.(\w+)\[(\d+)\]\.?")


def _labelled_in(data: CampaignData, problem: str) -> str:
    """`$.candidates[6].reference: ...` as `Candidate TS-0007, reference: ...`, for the coordinator."""
    match = _PLACE.match(problem)
    kinds = {name: (key, label) for name, key, label in KINDS.values()}
    if match is None or match[1] not in kinds:
        return problem
    key, label = kinds[match[1]]
    items = getattr(data, match[1])
    index = int(match[2])
    if index >= len(items):
        return problem
    rest = problem[match.end():].replace("_", " ")
    joiner = "" if rest.startswith(":") else ", "
    return f"{label} {_shown_key(key(items[index]))}{joiner}{rest}"


def _shown_key(key: Any) -> str:
    return " / ".join(key) if isinstance(key, tuple) else str(key)


def _labelled(problem: str, labels: list[tuple[str, str]]) -> str:
    for path, label in labels:
        if problem.startswith(path):
            return label + problem[len(path) :].replace("_", " ")
    return problem


class StaleCampaign(CampaignError):
    """Another window or program wrote the campaign file since this document read it."""


STALE = (
    "The campaign file was changed by another window or program since you opened it; it has been "
    "reloaded with their changes, so check and make your change again."
)


class CampaignDocument:
    """An open campaign file and the campaign it holds, kept equal after every edit.

    It remembers the file's change counter as of its last read or write; an edit finding another
    value (someone else wrote meanwhile) is refused rather than written over their change.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.file = CampaignFile.open(self.path)
        with self.file.transaction() as session:
            invitation_settings(session)  # made now, so that readers beside us never need to write
        self.data = self._load()

    def _load(self) -> CampaignData:
        with self.file.transaction() as session:
            self.version = change_counter(self.path)
            return load_campaign(session)

    def changed_elsewhere(self) -> bool:
        """Whether another window or program wrote the file since we last read or wrote it."""
        return change_counter(self.path) != self.version

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction that refuses (StaleCampaign) if the file changed under us."""
        with self.file.transaction() as session:
            before = change_counter(self.path)
            if before != self.version:
                raise StaleCampaign(STALE)
            rows = total_changes(session)
            yield session
            session.flush()
            wrote = total_changes(session) != rows
        self.version = before + 1 if wrote else before

    def reload(self) -> None:
        self.data = self._load()

    def close(self) -> None:
        self.file.close()

    def apply(self, changes: Sequence[Change]) -> CampaignData:
        """Checks and stores the changes together, or raises InputProblems and changes nothing."""
        trial = apply_to_data(self.data, changes)
        problems = change_problems(trial, changes)
        if problems:
            raise InputProblems(problems)
        with self.writing() as session:
            for change in changes:
                if not change.follows:
                    STORE[change.kind](session, change.before, change.after)
        self.data = trial
        return trial


# Storing one change: find the row by the thing's old key, then update, add or delete it.


def _store_settings(session: Session, _before: CampaignSettings | None, after: CampaignSettings) -> None:
    write_settings(session, after)


def _store_profile(session: Session, before: Profile | None, after: Profile | None) -> None:
    row = _find(session, ProfileRow, ProfileRow.code, before.code if before else None)
    if after is None:
        _delete(session, row)
        return
    row = row or ProfileRow()
    row.code, row.name = after.code, after.name
    row.duration_minutes, row.buffer_minutes = after.duration_minutes, after.buffer_minutes
    row.seats = [SeatRow(role=s.role, count=s.count) for s in after.seats]
    session.add(row)


def _store_member(session: Session, before: Member | None, after: Member | None) -> None:
    row = _find(session, MemberRow, MemberRow.email, before.email if before else None)
    if after is None:
        _delete(session, row)
        return
    row = row or MemberRow(windows=[])
    row.email, row.name, row.roles = after.email, after.name, ROLE_SEPARATOR.join(after.roles)
    row.max_per_day, row.max_total = after.max_per_day, after.max_total
    _sync_windows(row.windows, after.available, after.unavailable, MemberWindowRow)
    session.add(row)


def _store_candidate(session: Session, before: Candidate | None, after: Candidate | None) -> None:
    row = _find(session, CandidateRow, CandidateRow.reference, before.reference if before else None)
    if after is None:
        _delete(session, row)
        return
    row = row or CandidateRow(windows=[])
    row.reference, row.name, row.email = after.reference, after.name, after.email
    row.profile = _find(session, ProfileRow, ProfileRow.code, after.profile)
    row.mode, row.timezone, row.status, row.notes = after.mode, after.timezone, after.status, after.notes
    hours = after.local_hours
    row.local_start, row.local_end = (hours.start, hours.end) if hours else (None, None)
    row.extra_minutes, row.accessible_room = after.extra_minutes, after.accessible_room
    _sync_windows(row.windows, after.available, after.unavailable, CandidateWindowRow)
    session.add(row)


def _sync_windows(
    rows: list[Any],
    available: list[Interval],
    unavailable: list[Interval],
    make: type[MemberWindowRow] | type[CandidateWindowRow],
) -> None:
    """Keeps the rows that stay (and where they came from, so a calendar re-import still replaces them)."""
    wanted = [(True, w.start, w.end) for w in available] + [(False, w.start, w.end) for w in unavailable]
    remaining = list(wanted)
    for row in list(rows):
        key = (row.available, row.start, row.end)
        if key in remaining:
            remaining.remove(key)
        else:
            rows.remove(row)
    rows.extend(make(available=a, start=s, end=e) for a, s, e in remaining)


def _store_room(session: Session, before: Room | None, after: Room | None) -> None:
    row = _find(session, RoomRow, RoomRow.name, before.name if before else None)
    if after is None:
        _delete(session, row)
        return
    row = row or RoomRow(closures=[])
    row.name, row.kind, row.capacity, row.accessible = (
        after.name,
        after.kind,
        after.capacity,
        after.accessible,
    )
    row.location, row.url = after.location, after.url
    if [(c.start, c.end) for c in row.closures] != [(w.start, w.end) for w in after.unavailable]:
        row.closures = [RoomClosureRow(start=w.start, end=w.end) for w in after.unavailable]
    session.add(row)


def _store_panel(session: Session, before: Panel | None, after: Panel | None) -> None:
    row = _find(session, PanelRow, PanelRow.name, before.name if before else None)
    if after is None:
        _delete(session, row)
        return
    row = row or PanelRow(members=[])
    row.name = after.name
    row.profile = _find(session, ProfileRow, ProfileRow.code, after.profile)
    members = [_find(session, MemberRow, MemberRow.email, email) for email in after.members]
    if [m.member_id for m in row.members] != [m.id for m in members]:
        row.members.clear()
        session.flush()
        row.members.extend(PanelMemberRow(member=m, position=i) for i, m in enumerate(members))
    session.add(row)


def _store_conflict(session: Session, before: Conflict | None, after: Conflict | None) -> None:
    row = None
    if before is not None:
        row = session.scalars(
            select(ConflictRow)
            .join(ConflictRow.member)
            .join(ConflictRow.candidate)
            .where(MemberRow.email == before.member, CandidateRow.reference == before.candidate)
        ).first()
    if after is None:
        _delete(session, row)
        return
    row = row or ConflictRow()
    row.member = _find(session, MemberRow, MemberRow.email, after.member)
    row.candidate = _find(session, CandidateRow, CandidateRow.reference, after.candidate)
    row.reason = after.reason
    session.add(row)


def _store_interview(session: Session, before: Interview | None, after: Interview | None) -> None:
    row = None
    if before is not None:
        row = session.scalars(
            select(InterviewRow)
            .join(InterviewRow.candidate)
            .where(CandidateRow.reference == before.candidate)
        ).first()
    if after is None:
        _delete(session, row)
        return
    row = row or InterviewRow(members=[])
    row.candidate = _find(session, CandidateRow, CandidateRow.reference, after.candidate)
    row.start, row.pinned = after.start, after.pinned
    row.room = _find(session, RoomRow, RoomRow.name, after.room) if after.room is not None else None
    members = [_find(session, MemberRow, MemberRow.email, email) for email in after.members]
    if [m.member_id for m in row.members] != [m.id for m in members]:
        row.members.clear()
        session.flush()
        row.members.extend(InterviewMemberRow(member=m, position=i) for i, m in enumerate(members))
    session.add(row)


def _find(session: Session, model: type[Any], column: Any, value: str | None) -> Any:
    if value is None:
        return None
    row = session.scalars(select(model).where(column == value)).first()
    if row is None:
        raise CampaignError(f"{value!r} is no longer in the campaign file; it was changed elsewhere.")
    return row


def _delete(session: Session, row: Any) -> None:
    if row is not None:
        session.delete(row)
        session.flush()


STORE: dict[str, Callable[[Session, Any, Any], None]] = {
    "settings": _store_settings,
    "profile": _store_profile,
    "member": _store_member,
    "panel": _store_panel,
    "room": _store_room,
    "candidate": _store_candidate,
    "conflict": _store_conflict,
    "interview": _store_interview,
}


# Edits the coordinator makes, as lists of changes that keep the campaign whole.


def edit(data: CampaignData, kind: str, before: Any, after: Any) -> list[Change]:
    """Changing one thing; a new key (reference, e-mail, name) is followed wherever it is used."""
    changes = [Change(kind, before, after)]
    if before is None or after is None or key_of(kind, before) == key_of(kind, after):
        return changes
    follow = FOLLOW.get(kind)
    return changes + (follow(data, before, after) if follow else [])


def _follow_candidate(data: CampaignData, before: Candidate, after: Candidate) -> list[Change]:
    old, new = before.reference, after.reference
    return [
        Change("conflict", c, replace(c, candidate=new), True) for c in data.conflicts if c.candidate == old
    ] + [
        Change("interview", i, replace(i, candidate=new), True) for i in data.interviews if i.candidate == old
    ]


def _follow_member(data: CampaignData, before: Member, after: Member) -> list[Change]:
    old = before.key

    def renamed(emails: list[str]) -> list[str]:
        return [after.email if e.casefold() == old else e for e in emails]

    return (
        [
            Change("panel", p, replace(p, members=renamed(p.members)), True)
            for p in data.panels
            if old in {e.casefold() for e in p.members}
        ]
        + [
            Change("conflict", c, replace(c, member=after.email), True)
            for c in data.conflicts
            if c.member.casefold() == old
        ]
        + [
            Change("interview", i, replace(i, members=renamed(i.members)), True)
            for i in data.interviews
            if old in {e.casefold() for e in i.members}
        ]
    )


def _follow_room(data: CampaignData, before: Room, after: Room) -> list[Change]:
    return [
        Change("interview", i, replace(i, room=after.name), True)
        for i in data.interviews
        if i.room == before.name
    ]


def _follow_profile(data: CampaignData, before: Profile, after: Profile) -> list[Change]:
    return [
        Change("candidate", c, replace(c, profile=after.code), True)
        for c in data.candidates
        if c.profile == before.code
    ] + [
        Change("panel", p, replace(p, profile=after.code), True)
        for p in data.panels
        if p.profile == before.code
    ]


FOLLOW: dict[str, Callable[[CampaignData, Any, Any], list[Change]]] = {
    "candidate": _follow_candidate,
    "member": _follow_member,
    "room": _follow_room,
    "profile": _follow_profile,
}


def remove_candidate(data: CampaignData, candidate: Candidate) -> list[Change]:
    """The candidate with their interview and conflicts, so that undo brings all of them back."""
    changes = [Change("interview", i, None) for i in data.interviews if i.candidate == candidate.reference]
    changes += [Change("conflict", c, None) for c in data.conflicts if c.candidate == candidate.reference]
    return [*changes, Change("candidate", candidate, None)]


def remove_member(data: CampaignData, member: Member) -> list[Change]:
    """The member, off every panel, with their conflicts; their interviews go back to be planned."""
    key = member.key
    changes = [
        Change("interview", i, None) for i in data.interviews if key in {e.casefold() for e in i.members}
    ]
    changes += [Change("conflict", c, None) for c in data.conflicts if c.member.casefold() == key]
    changes += [
        Change("panel", p, replace(p, members=[e for e in p.members if e.casefold() != key]))
        for p in data.panels
        if key in {e.casefold() for e in p.members}
    ]
    return [*changes, Change("member", member, None)]


def remove_room(data: CampaignData, room: Room) -> list[Change]:
    """The room; interviews held there go back to be planned rather than silently losing their room."""
    changes = [Change("interview", i, None) for i in data.interviews if i.room == room.name]
    return [*changes, Change("room", room, None)]


def remove_profile(data: CampaignData, profile: Profile) -> list[Change]:
    used = [c.reference for c in data.candidates if c.profile == profile.code]
    if used:
        applies = "applies" if len(used) == 1 else "apply"
        more = ", ..." if len(used) > 1 else ""
        raise CampaignError(
            f"Profile {profile.code} cannot be removed: {counted(len(used), 'candidate')} {applies} "
            f"for it ({used[0]}{more})."
        )
    return [
        *(Change("panel", p, None) for p in data.panels if p.profile == profile.code),
        Change("profile", profile, None),
    ]


def move_problems(data: CampaignData, proposed: Interview) -> list[Violation]:
    """The rules a dragged interview would break where it is dropped (the validator decides)."""
    return check_interview(data, proposed)


def replan_changes(data: CampaignData, interviews: list[Interview]) -> list[Change]:
    """The changes that turn the stored plan into `interviews` (a solver run), undoable as one edit."""
    old = {i.candidate: i for i in data.interviews}
    new = {i.candidate: i for i in interviews}
    changes = [Change("interview", i, None) for ref, i in old.items() if ref not in new]
    changes += [Change("interview", old.get(ref), i) for ref, i in new.items() if old.get(ref) != i]
    return changes


def undo_all(changes: Sequence[Change]) -> list[Change]:
    return [c.inverse() for c in reversed(changes)]


def diff(before: CampaignData, after: CampaignData) -> list[Change]:
    """The changes that turn `before` into `after`, for work the core did in one go (an import).

    Recorded after the fact, they let the app undo an import or a calendar import like any edit.
    """
    changes: list[Change] = []
    if before.campaign != after.campaign:
        changes.append(Change("settings", before.campaign, after.campaign))
    # Removals first in reverse dependency order, then additions and updates in dependency order.
    order = ["profile", "member", "room", "panel", "candidate", "conflict", "interview"]
    for kind in reversed(order):
        name, key, _ = KINDS[kind]
        new = {key(item) for item in getattr(after, name)}
        changes += [Change(kind, item, None) for item in getattr(before, name) if key(item) not in new]
    for kind in order:
        name, key, _ = KINDS[kind]
        old = {key(item): item for item in getattr(before, name)}
        changes += [Change(kind, old.get(key(item)), item) for item in getattr(after, name)
                    if old.get(key(item)) != item]
    return changes
