"""Between the campaign file's rows and the plain domain objects that the rest of the core reads."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from scheduler.domain import (
    CampaignData,
    CampaignSettings,
    Candidate,
    Conflict,
    Holiday,
    Interval,
    Interview,
    Member,
    Organizer,
    Panel,
    Profile,
    Room,
    Seat,
    TimeOfDayRange,
)
from scheduler.errors import CampaignError
from scheduler.store.models import (
    BreakRow,
    CampaignRow,
    CandidateRow,
    CandidateWindowRow,
    ConflictRow,
    HolidayRow,
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

ROLE_SEPARATOR = "|"


def load_campaign(session: Session) -> CampaignData:
    """Reads the whole campaign; the rows are read in the order they were added."""
    data = CampaignData(campaign=load_settings(session))
    profiles = session.scalars(select(ProfileRow).order_by(ProfileRow.id)).all()
    data.profiles = [_profile(p) for p in profiles]
    members = session.scalars(
        select(MemberRow).options(selectinload(MemberRow.windows)).order_by(MemberRow.id)
    ).all()
    data.members = [_member(m) for m in members]
    panels = session.scalars(
        select(PanelRow).options(selectinload(PanelRow.members)).order_by(PanelRow.id)
    ).all()
    codes = {p.id: p.code for p in profiles}
    emails = {m.id: m.email for m in members}
    data.panels = [
        Panel(p.name, codes[p.profile_id], [emails[pm.member_id] for pm in p.members]) for p in panels
    ]
    rooms = session.scalars(
        select(RoomRow).options(selectinload(RoomRow.closures)).order_by(RoomRow.id)
    ).all()
    data.rooms = [_room(r) for r in rooms]
    candidates = session.scalars(
        select(CandidateRow).options(selectinload(CandidateRow.windows)).order_by(CandidateRow.id)
    ).all()
    data.candidates = [_candidate(c, codes) for c in candidates]
    references = {c.id: c.reference for c in candidates}
    conflicts = session.scalars(select(ConflictRow).order_by(ConflictRow.id)).all()
    data.conflicts = [Conflict(emails[c.member_id], references[c.candidate_id], c.reason) for c in conflicts]
    room_names = {r.id: r.name for r in rooms}
    interviews = session.scalars(
        select(InterviewRow).options(selectinload(InterviewRow.members)).order_by(InterviewRow.id)
    ).all()
    data.interviews = [
        Interview(
            candidate=references[i.candidate_id],
            start=i.start,
            members=[emails[im.member_id] for im in i.members],
            room=room_names.get(i.room_id) if i.room_id is not None else None,
            pinned=i.pinned,
        )
        for i in interviews
    ]
    return data


def load_settings(session: Session) -> CampaignSettings:
    """Only the campaign's settings, breaks and holidays (for imports that need its zone and window)."""
    row = session.get(CampaignRow, 1)
    if row is None:
        raise CampaignError("This campaign file has no campaign settings yet.")
    return _settings(session, row)


def _settings(session: Session, row: CampaignRow) -> CampaignSettings:
    breaks = session.scalars(select(BreakRow).order_by(BreakRow.id)).all()
    holidays = session.scalars(select(HolidayRow).order_by(HolidayRow.day)).all()
    organizer = None
    if row.organizer_email is not None:
        organizer = Organizer(row.organizer_name or "", row.organizer_email)
    return CampaignSettings(
        name=row.name,
        timezone=row.timezone,
        start_date=row.start_date,
        end_date=row.end_date,
        workdays=tuple(d for d in row.workdays.split(",") if d),
        day_start=row.day_start,
        day_end=row.day_end,
        breaks=[TimeOfDayRange(b.start, b.end) for b in breaks],
        slot_minutes=row.slot_minutes,
        holidays=[Holiday(h.day, h.name) for h in holidays],
        organizer=organizer,
    )


def _profile(row: ProfileRow) -> Profile:
    seats = [Seat(s.role, s.count) for s in row.seats]
    return Profile(row.code, row.name, row.duration_minutes, row.buffer_minutes, seats)


def split_roles(text: str) -> list[str]:
    return [role for role in text.split(ROLE_SEPARATOR) if role]


def _windows(rows: list[MemberWindowRow] | list[CandidateWindowRow], available: bool) -> list[Interval]:
    return [Interval(w.start, w.end) for w in rows if w.available == available]


def _member(row: MemberRow) -> Member:
    return Member(
        email=row.email,
        name=row.name,
        roles=split_roles(row.roles),
        max_per_day=row.max_per_day,
        max_total=row.max_total,
        available=_windows(row.windows, True),
        unavailable=_windows(row.windows, False),
    )


def _room(row: RoomRow) -> Room:
    return Room(
        name=row.name,
        kind=row.kind,
        capacity=row.capacity,
        accessible=row.accessible,
        location=row.location,
        url=row.url,
        unavailable=[Interval(c.start, c.end) for c in row.closures],
    )


def _candidate(row: CandidateRow, codes: dict[int, str]) -> Candidate:
    hours = None
    if row.local_start is not None and row.local_end is not None:
        hours = TimeOfDayRange(row.local_start, row.local_end)
    return Candidate(
        reference=row.reference,
        name=row.name,
        profile=codes[row.profile_id],
        email=row.email,
        mode=row.mode,
        timezone=row.timezone,
        local_hours=hours,
        available=_windows(row.windows, True),
        unavailable=_windows(row.windows, False),
        extra_minutes=row.extra_minutes,
        accessible_room=row.accessible_room,
        status=row.status,
        notes=row.notes,
    )


def store_campaign(session: Session, data: CampaignData) -> None:
    """Writes a whole campaign into an empty campaign file (used by `new --from` and `demo`)."""
    if session.get(CampaignRow, 1) is not None:
        raise CampaignError("This campaign file already holds a campaign.")
    write_settings(session, data.campaign)
    profile_rows = {p.code: _profile_row(p) for p in data.profiles}
    member_rows = {m.key: _member_row(m) for m in data.members}
    room_rows = {r.name: _room_row(r) for r in data.rooms}
    session.add_all([*profile_rows.values(), *member_rows.values(), *room_rows.values()])
    for panel in data.panels:
        session.add(
            PanelRow(
                name=panel.name,
                profile=profile_rows[panel.profile],
                members=[
                    PanelMemberRow(member=member_rows[email.casefold()], position=i)
                    for i, email in enumerate(panel.members)
                ],
            )
        )
    candidate_rows = {}
    for candidate in data.candidates:
        row = candidate_row(candidate, profile_rows[candidate.profile])
        candidate_rows[candidate.reference] = row
        session.add(row)
    for conflict in data.conflicts:
        session.add(
            ConflictRow(
                member=member_rows[conflict.member.casefold()],
                candidate=candidate_rows[conflict.candidate],
                reason=conflict.reason,
            )
        )
    for interview in data.interviews:
        session.add(interview_row(interview, candidate_rows, member_rows, room_rows))
    session.flush()


def write_settings(session: Session, settings: CampaignSettings) -> None:
    """Replaces the campaign settings, breaks and holidays."""
    row = session.get(CampaignRow, 1) or CampaignRow(id=1)
    row.name = settings.name
    row.timezone = settings.timezone
    row.start_date = settings.start_date
    row.end_date = settings.end_date
    row.workdays = ",".join(settings.workdays)
    row.day_start = settings.day_start
    row.day_end = settings.day_end
    row.slot_minutes = settings.slot_minutes
    row.organizer_name = settings.organizer.name if settings.organizer else None
    row.organizer_email = settings.organizer.email if settings.organizer else None
    session.add(row)
    session.execute(delete(BreakRow))
    session.add_all(BreakRow(start=b.start, end=b.end) for b in settings.breaks)
    session.execute(delete(HolidayRow))
    session.add_all(HolidayRow(day=h.date, name=h.name) for h in settings.holidays)


def _profile_row(profile: Profile) -> ProfileRow:
    return ProfileRow(
        code=profile.code,
        name=profile.name,
        duration_minutes=profile.duration_minutes,
        buffer_minutes=profile.buffer_minutes,
        seats=[SeatRow(role=s.role, count=s.count) for s in profile.seats],
    )


def _member_row(member: Member) -> MemberRow:
    windows = [MemberWindowRow(available=True, start=w.start, end=w.end) for w in member.available]
    windows += [MemberWindowRow(available=False, start=w.start, end=w.end) for w in member.unavailable]
    return MemberRow(
        email=member.email,
        name=member.name,
        roles=ROLE_SEPARATOR.join(member.roles),
        max_per_day=member.max_per_day,
        max_total=member.max_total,
        windows=windows,
    )


def _room_row(room: Room) -> RoomRow:
    return RoomRow(
        name=room.name,
        kind=room.kind,
        capacity=room.capacity,
        accessible=room.accessible,
        location=room.location,
        url=room.url,
        closures=[RoomClosureRow(start=w.start, end=w.end) for w in room.unavailable],
    )


def candidate_row(candidate: Candidate, profile: ProfileRow) -> CandidateRow:
    windows = [CandidateWindowRow(available=True, start=w.start, end=w.end) for w in candidate.available]
    windows += [CandidateWindowRow(available=False, start=w.start, end=w.end) for w in candidate.unavailable]
    hours = candidate.local_hours
    return CandidateRow(
        reference=candidate.reference,
        name=candidate.name,
        email=candidate.email,
        profile=profile,
        mode=candidate.mode,
        timezone=candidate.timezone,
        local_start=hours.start if hours else None,
        local_end=hours.end if hours else None,
        extra_minutes=candidate.extra_minutes,
        accessible_room=candidate.accessible_room,
        status=candidate.status,
        notes=candidate.notes,
        windows=windows,
    )


def interview_row(
    interview: Interview,
    candidates: dict[str, CandidateRow],
    members: dict[str, MemberRow],
    rooms: dict[str, RoomRow],
) -> InterviewRow:
    return InterviewRow(
        candidate=candidates[interview.candidate],
        start=interview.start,
        room=rooms[interview.room] if interview.room is not None else None,
        pinned=interview.pinned,
        members=[
            InterviewMemberRow(member=members[email.casefold()], position=i)
            for i, email in enumerate(interview.members)
        ],
    )
