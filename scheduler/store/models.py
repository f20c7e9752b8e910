"""The campaign file's tables (SQLAlchemy 2 typed ORM).

Instants are stored as UTC; dates and times of day as the campaign's wall clock. People, rooms and
profiles are referenced by integer keys with enforced foreign keys, so a rename never breaks the plan.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and hands them back aware, so no naive value leaks out."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the campaign file")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CampaignRow(Base):
    __tablename__ = "campaign"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String)
    timezone: Mapped[str] = mapped_column(String)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    workdays: Mapped[str] = mapped_column(String)  # "mon,tue,wed,thu,fri"
    day_start: Mapped[time] = mapped_column(Time)
    day_end: Mapped[time] = mapped_column(Time)
    slot_minutes: Mapped[int] = mapped_column(Integer)
    organizer_name: Mapped[str | None] = mapped_column(String)
    organizer_email: Mapped[str | None] = mapped_column(String)
    # Added by revision 0006 (scheduler/privacy.py). The day after which the candidates' personal data
    # should be purged; None means the default, end_date + 180 days.
    retention_until: Mapped[date | None] = mapped_column(Date)
    # When `purge` anonymised the candidates (UTC); None while their data is still here.
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class BreakRow(Base):
    __tablename__ = "campaign_break"

    id: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)


class HolidayRow(Base):
    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String, default="")


class ProfileRow(Base):
    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(String)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    buffer_minutes: Mapped[int] = mapped_column(Integer, default=0)
    seats: Mapped[list[SeatRow]] = relationship(
        cascade="all, delete-orphan", order_by="SeatRow.id", passive_deletes=True
    )


class SeatRow(Base):
    __tablename__ = "seat"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String)
    count: Mapped[int] = mapped_column(Integer)


class MemberRow(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(collation="NOCASE"), unique=True)
    name: Mapped[str] = mapped_column(String)
    roles: Mapped[str] = mapped_column(String, default="")  # "chair|member"
    max_per_day: Mapped[int | None] = mapped_column(Integer)
    max_total: Mapped[int | None] = mapped_column(Integer)
    windows: Mapped[list[MemberWindowRow]] = relationship(
        cascade="all, delete-orphan", order_by="MemberWindowRow.id", passive_deletes=True
    )


class MemberWindowRow(Base):
    """An interval in which a member is available, or (available=False) busy."""

    __tablename__ = "member_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    available: Mapped[bool] = mapped_column(Boolean)
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    end: Mapped[datetime] = mapped_column(UtcDateTime)
    # Where the window came from ("calendar:anne.ics"), so a calendar imported again replaces its
    # earlier busy times instead of piling up beside them; None for windows entered or imported as data.
    source: Mapped[str | None] = mapped_column(String)


class PanelRow(Base):
    __tablename__ = "panel"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    profile: Mapped[ProfileRow] = relationship()
    members: Mapped[list[PanelMemberRow]] = relationship(
        cascade="all, delete-orphan", order_by="PanelMemberRow.position", passive_deletes=True
    )


class PanelMemberRow(Base):
    __tablename__ = "panel_member"

    panel_id: Mapped[int] = mapped_column(ForeignKey("panel.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    member: Mapped[MemberRow] = relationship()


class RoomRow(Base):
    __tablename__ = "room"
    __table_args__ = (CheckConstraint("kind IN ('onsite', 'virtual')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    kind: Mapped[str] = mapped_column(String)
    capacity: Mapped[int | None] = mapped_column(Integer)
    accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    location: Mapped[str] = mapped_column(String, default="")
    url: Mapped[str] = mapped_column(String, default="")
    closures: Mapped[list[RoomClosureRow]] = relationship(
        cascade="all, delete-orphan", order_by="RoomClosureRow.id", passive_deletes=True
    )


class RoomClosureRow(Base):
    __tablename__ = "room_closure"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"), index=True)
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    end: Mapped[datetime] = mapped_column(UtcDateTime)


class CandidateRow(Base):
    __tablename__ = "candidate"
    __table_args__ = (
        CheckConstraint("mode IN ('onsite', 'remote')", name="mode"),
        CheckConstraint("status IN ('shortlisted', 'withdrawn')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(String)
    email: Mapped[str | None] = mapped_column(String)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id"))
    mode: Mapped[str] = mapped_column(String, default="onsite")
    timezone: Mapped[str | None] = mapped_column(String)
    local_start: Mapped[time | None] = mapped_column(Time)
    local_end: Mapped[time | None] = mapped_column(Time)
    extra_minutes: Mapped[int] = mapped_column(Integer, default=0)
    accessible_room: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String, default="shortlisted")
    notes: Mapped[str] = mapped_column(Text, default="")
    profile: Mapped[ProfileRow] = relationship()
    windows: Mapped[list[CandidateWindowRow]] = relationship(
        cascade="all, delete-orphan", order_by="CandidateWindowRow.id", passive_deletes=True
    )


class CandidateWindowRow(Base):
    __tablename__ = "candidate_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    available: Mapped[bool] = mapped_column(Boolean)
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    end: Mapped[datetime] = mapped_column(UtcDateTime)
    # Where the window came from ("calendar:anne.ics"), so a calendar imported again replaces its
    # earlier busy times instead of piling up beside them; None for windows entered or imported as data.
    source: Mapped[str | None] = mapped_column(String)


class ConflictRow(Base):
    __tablename__ = "conflict"
    __table_args__ = (UniqueConstraint("member_id", "candidate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String, default="")
    member: Mapped[MemberRow] = relationship()
    candidate: Mapped[CandidateRow] = relationship()


class InterviewRow(Base):
    __tablename__ = "interview"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), unique=True)
    start: Mapped[datetime] = mapped_column(UtcDateTime)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    candidate: Mapped[CandidateRow] = relationship()
    room: Mapped[RoomRow | None] = relationship()
    members: Mapped[list[InterviewMemberRow]] = relationship(
        cascade="all, delete-orphan", order_by="InterviewMemberRow.position", passive_deletes=True
    )


class InterviewMemberRow(Base):
    __tablename__ = "interview_member"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    member: Mapped[MemberRow] = relationship()


class UnscheduledReasonRow(Base):
    """Why the last solve left a shortlisted candidate out, as the schedule export reports it."""

    __tablename__ = "unscheduled_reason"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)
    candidate: Mapped[CandidateRow] = relationship()


class PlanRunRow(Base):
    """The figures of the solve that produced the stored plan (one row)."""

    __tablename__ = "plan_run"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String)
    solved_at: Mapped[datetime] = mapped_column(UtcDateTime)
    solve_seconds: Mapped[float | None] = mapped_column()
    objective: Mapped[float | None] = mapped_column()
    bound: Mapped[float | None] = mapped_column()


# ---------------------------------------------------------------------------------------------------
# Invitations (scheduler/invitations): settings, edited texts, and what was exported or sent to whom.
# Added by revision 0004. The messages refer to candidates by reference and to people by address, not
# by key: a cancellation must still reach the people of an interview whose candidate was deleted.
# ---------------------------------------------------------------------------------------------------


class InvitationSettingsRow(Base):
    """The campaign's invitation settings (one row): the UID namespace and the languages."""

    __tablename__ = "invitation_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # A random UUID made once per campaign file: invitation UIDs are derived from it, so they stay the
    # same when the campaign is renamed and differ between two campaigns with the same references.
    uid_namespace: Mapped[str] = mapped_column(String)
    candidate_language: Mapped[str] = mapped_column(String, default="en")
    member_language: Mapped[str] = mapped_column(String, default="en")


class InvitationTemplateRow(Base):
    """A part of an invitation text edited for this campaign (for one profile, or all if none)."""

    __tablename__ = "invitation_template"
    __table_args__ = (
        CheckConstraint("audience IN ('candidate', 'member')", name="audience"),
        UniqueConstraint("audience", "language", "profile_id", "part"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    audience: Mapped[str] = mapped_column(String)
    language: Mapped[str] = mapped_column(String)
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    part: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    profile: Mapped[ProfileRow | None] = relationship()


class InvitationMessageRow(Base):
    """The last version of one invitation that went to one recipient over one channel.

    `channel` is 'export' (files written by `export --invitations`) or 'send' (SMTP); `event` is the
    JSON of what the message said (scheduler.invitations.events), from which a cancellation is built
    once the interview is gone; `ics` is the calendar text exactly as it was written or sent.
    """

    __tablename__ = "invitation_message"
    __table_args__ = (
        CheckConstraint("channel IN ('export', 'send')", name="channel"),
        CheckConstraint("role IN ('candidate', 'member')", name="role"),
        CheckConstraint("method IN ('REQUEST', 'CANCEL')", name="method"),
        UniqueConstraint("uid", "recipient_key", "channel"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String)
    recipient: Mapped[str] = mapped_column(String)
    recipient_key: Mapped[str] = mapped_column(String)  # the address case-folded
    channel: Mapped[str] = mapped_column(String)
    candidate: Mapped[str] = mapped_column(String, index=True)  # the candidate's reference
    role: Mapped[str] = mapped_column(String)
    method: Mapped[str] = mapped_column(String)
    sequence: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String)
    event: Mapped[str] = mapped_column(Text)
    ics: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class InvitationReplyRow(Base):
    """One answer to an invitation (iTIP METHOD:REPLY), as the person's calendar program sent it.

    Added by revision 0005. Matched to what went out by UID and address (`invitation_message`), and,
    like it, refers to the candidate by reference. Every reply imported is kept (the same reply twice
    is one row); a person's answer is their latest reply (highest SEQUENCE, then DTSTAMP).
    `earlier_version` marks a reply to an older SEQUENCE than the latest one sent to that person when
    it was imported: it answers a time or panel that has changed since.
    """

    __tablename__ = "invitation_reply"
    __table_args__ = (
        CheckConstraint("partstat IN ('ACCEPTED', 'DECLINED', 'TENTATIVE', 'DELEGATED')", name="partstat"),
        CheckConstraint("role IN ('candidate', 'member')", name="role"),
        UniqueConstraint("uid", "recipient_key", "sequence", "replied_at", "partstat"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String)
    recipient: Mapped[str] = mapped_column(String)  # the address the invitation went to
    recipient_key: Mapped[str] = mapped_column(String)  # the address case-folded
    candidate: Mapped[str] = mapped_column(String, index=True)  # the candidate's reference
    role: Mapped[str] = mapped_column(String)
    partstat: Mapped[str] = mapped_column(String)  # the answer
    sequence: Mapped[int] = mapped_column(Integer)  # the SEQUENCE it answers
    earlier_version: Mapped[bool] = mapped_column(Boolean)
    delegated_to: Mapped[str | None] = mapped_column(String)
    comment: Mapped[str | None] = mapped_column(Text)  # what the person wrote with the answer
    replied_at: Mapped[datetime] = mapped_column(UtcDateTime)  # the reply's DTSTAMP
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
