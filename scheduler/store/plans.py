"""Writing a plan into the campaign file: interviews updated in place, reasons, the solve's figures.

Interviews keep their rows when they stay, and change in place when they move, so that what was
already sent about them (a later version tracks invitations by interview) still points at them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from scheduler.domain import Interview
from scheduler.store.models import (
    CandidateRow,
    InterviewMemberRow,
    InterviewRow,
    MemberRow,
    PlanRunRow,
    RoomRow,
    UnscheduledReasonRow,
)


def replace_plan(
    session: Session,
    interviews: list[Interview],
    unscheduled: dict[str, list[str]],
    status: str,
    stats: dict[str, float | int | None],
) -> int:
    """Makes the stored plan exactly `interviews`; returns how many interviews changed."""
    candidates = {c.reference: c for c in session.scalars(select(CandidateRow))}
    members = {m.email.casefold(): m for m in session.scalars(select(MemberRow))}
    rooms = {r.name: r for r in session.scalars(select(RoomRow))}
    stored = {
        row.candidate.reference: row
        for row in session.scalars(
            select(InterviewRow).options(
                selectinload(InterviewRow.members).selectinload(InterviewMemberRow.member),
                selectinload(InterviewRow.candidate),
            )
        )
    }
    wanted = {i.candidate: i for i in interviews}
    changed = 0
    for reference, row in stored.items():
        if reference not in wanted:
            session.delete(row)
            changed += 1
    for reference, interview in wanted.items():
        row = stored.get(reference)
        if row is None:
            row = InterviewRow(candidate=candidates[reference])
            session.add(row)
        if _update(row, interview, members, rooms):
            changed += 1
    _store_reasons(session, candidates, unscheduled)
    _store_run(session, status, stats)
    session.flush()
    return changed


def _update(
    row: InterviewRow, interview: Interview, members: dict[str, MemberRow], rooms: dict[str, RoomRow]
) -> bool:
    emails = [e.casefold() for e in interview.members]
    current = [m.member.email.casefold() for m in row.members] if row.id is not None else None
    room = rooms[interview.room] if interview.room is not None else None
    same = (
        row.id is not None
        and row.start == interview.start
        and current == emails
        and row.room_id == (room.id if room else None)
        and row.pinned == interview.pinned
    )
    if same:
        return False
    row.start = interview.start
    row.room = room
    row.pinned = interview.pinned
    if current != emails:
        row.members.clear()
        row.members.extend(InterviewMemberRow(member=members[e], position=i) for i, e in enumerate(emails))
    return True


def _store_reasons(
    session: Session, candidates: dict[str, CandidateRow], unscheduled: dict[str, list[str]]
) -> None:
    session.execute(delete(UnscheduledReasonRow))
    for reference, reasons in unscheduled.items():
        for reason in reasons:
            session.add(UnscheduledReasonRow(candidate=candidates[reference], reason=reason))


def _store_run(session: Session, status: str, stats: dict[str, float | int | None]) -> None:
    row = session.get(PlanRunRow, 1) or PlanRunRow(id=1)
    row.status = status
    row.solved_at = datetime.now(UTC)
    row.solve_seconds = _number(stats.get("solve_seconds"))
    row.objective = _number(stats.get("objective"))
    row.bound = _number(stats.get("bound"))
    session.add(row)


def _number(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def load_unscheduled(session: Session) -> dict[str, list[str]]:
    rows = session.execute(
        select(CandidateRow.reference, UnscheduledReasonRow.reason)
        .join(UnscheduledReasonRow.candidate)
        .order_by(CandidateRow.id, UnscheduledReasonRow.id)
    )
    reasons: dict[str, list[str]] = {}
    for reference, reason in rows:
        reasons.setdefault(reference, []).append(reason)
    return reasons


def load_plan_run(session: Session) -> tuple[str, dict[str, float | None]]:
    """The status and figures of the solve that made the stored plan ("unknown" if none did)."""
    row = session.get(PlanRunRow, 1)
    if row is None:
        return "unknown", {"solve_seconds": None, "objective": None, "bound": None}
    return row.status, {"solve_seconds": row.solve_seconds, "objective": row.objective,
                        "bound": row.bound}
