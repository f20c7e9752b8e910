"""What the commands do to a campaign file, each in one transaction; shared by the CLI and the app."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from scheduler.domain import CampaignData, CampaignSettings, Candidate, TimeOfDayRange
from scheduler.errors import CampaignError
from scheduler.importing import ImportReport
from scheduler.interchange import campaign_document, read_campaign_file, write_json_file
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign, store_campaign
from scheduler.timeutil import zone_or_none
from scheduler.wording import counted

if TYPE_CHECKING:
    from scheduler.rules import Violation


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Session]:
    """One transaction on an existing campaign file."""
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        yield session


def create_campaign(
    path: Path, data: CampaignData, then: Callable[[Session], None] | None = None
) -> None:
    """Writes a new campaign file, or none at all: it is built beside the target and renamed.
    `then` adds what the interchange data cannot hold, in the same transaction."""
    path = Path(path)
    if path.exists():
        raise CampaignError(f"{path}: a file of that name already exists.")
    if not path.parent.is_dir():
        raise CampaignError(f"{path.parent}: no such folder.")
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        with CampaignFile.create(partial) as campaign, campaign.transaction() as session:
            store_campaign(session, data)
            if then is not None:
                then(session)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def summary_of(data: CampaignData) -> str:
    return (
        f"{counted(len(data.profiles), 'profile')}, {counted(len(data.candidates), 'candidate')}, "
        f"{counted(len(data.members), 'panel member')}, {counted(len(data.panels), 'panel')}, "
        f"{counted(len(data.rooms), 'room')}, {counted(len(data.interviews), 'interview')}."
    )


def create_from_json(path: Path, source: Path) -> str:
    data = read_campaign_file(source)
    create_campaign(path, data)
    return "created with " + summary_of(data)


def create_empty(path: Path, name: str | None, timezone: str | None) -> str:
    zone_name = timezone or system_zone_name()
    if zone_or_none(zone_name) is None:
        raise CampaignError(f"--timezone: {zone_name!r} is not a known time zone.")
    start = next_monday(date.today())
    settings = CampaignSettings(
        name=name or Path(path).stem,
        timezone=zone_name,
        start_date=start,
        end_date=start + timedelta(days=25),
        breaks=[TimeOfDayRange(time(12, 30), time(13, 30))],
    )
    create_campaign(path, CampaignData(campaign=settings))
    return (
        f"created, empty: {settings.timezone}, {settings.start_date} to {settings.end_date}, "
        f"{settings.day_start:%H:%M}-{settings.day_end:%H:%M}; change these in the app."
    )


def next_monday(today: date) -> date:
    return today + timedelta(days=(7 - today.weekday()) % 7 or 7)


def system_zone_name() -> str:
    """This computer's IANA zone where it can be told (TZ, /etc/localtime), else UTC."""
    candidate = os.environ.get("TZ", "").lstrip(":")
    if zone_or_none(candidate):
        return candidate
    with contextlib.suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            name = target.split("zoneinfo/", 1)[1]
            if zone_or_none(name):
                return name
    return "UTC"


def create_demo(path: Path) -> str:
    from scheduler.demo import build_demo, tag_calendar_busy_times

    data = build_demo()
    create_campaign(path, data, then=tag_calendar_busy_times)
    return "demo campaign created with " + summary_of(data)


def save_copy(path: Path, target: Path) -> str:
    """Another campaign file with the same content (the app's File > Save a copy)."""
    from scheduler.store.database import copy_file

    target = Path(target)
    if target.exists():
        raise CampaignError(f"{target}: a file of that name already exists.")
    if not target.parent.is_dir():
        raise CampaignError(f"{target.parent}: no such folder.")
    try:
        copy_file(Path(path), target)
    except OSError as error:
        target.unlink(missing_ok=True)
        raise CampaignError(f"{target}: cannot be written ({error.strerror}).") from None
    return f"{target}: copy written."


def export_json(path: Path, target: Path) -> str:
    with opened(path) as session:
        data = load_campaign(session)
    write_json_file(campaign_document(data), target)
    return f"{target}: written ({summary_of(data)[:-1]})."


def import_file(path: Path, source: Path, kind: str | None) -> str:
    if source.suffix.lower() in (".ics", ".eml"):
        return _import_ics(path, source, kind)
    from scheduler.importing.spreadsheet import import_table

    with opened(path) as session:
        report = import_table(session, source, kind)
    return report.described(str(source))


def _import_ics(path: Path, source: Path, kind: str | None) -> str:
    from scheduler.importing import calendars
    from scheduler.invitations import replies

    if kind not in (None, "holidays"):
        raise CampaignError(
            f"{source}: a calendar file holds holidays here; use import-busy for a person's busy times."
        )
    content = calendars.read_calendar_file(source)
    if source.suffix.lower() == ".eml" or replies.is_reply(content):
        if kind is not None:
            raise CampaignError(f"{source}: is an invitation reply, not {kind}; import it without --kind.")
        with opened(path) as session:
            return replies.import_replies(session, content, str(source)).described()
    return _with_settings(
        path,
        lambda session, settings: calendars.import_holidays(
            session, calendars.holidays_from_ics(content, settings, source=str(source))
        ),
    ).described(str(source))


def import_country_holidays(path: Path, country: str, subdivision: str | None) -> str:
    from scheduler.importing import calendars

    return _with_settings(
        path,
        lambda session, settings: calendars.import_holidays(
            session, calendars.holidays_for_country(country, settings, subdivision)
        ),
    ).described(f"holidays of {country.upper()}")


def _with_settings(path: Path, work: Callable[[Session, CampaignSettings], ImportReport]) -> ImportReport:
    with opened(path) as session:
        settings = load_campaign(session).campaign
        return work(session, settings)


def import_busy(path: Path, person: str, source: Path) -> str:
    from scheduler.importing.calendars import import_busy as import_calendar

    with opened(path) as session:
        report = import_calendar(session, person, source)
    return report.described(str(source))


@dataclass
class CheckReport:
    violations: list[Violation]
    interviews: int
    unscheduled: list[Candidate]
    # Invitations declined (or delegated) for the interview as it still is: the plan must change there.
    # They come from the replies, not from the rules: the plan itself may be valid.
    declined: list[str] = field(default_factory=list)
    # Reminders that do not make the check fail (the retention date has passed: scheduler/privacy.py).
    reminders: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Every line to act on: the broken rules, then the declined invitations."""
        return [v.message for v in self.violations] + self.declined

    def summary(self) -> str:
        planned = f"{counted(self.interviews, 'interview')} checked"
        waiting = f"{counted(len(self.unscheduled), 'shortlisted candidate')} not yet planned"
        if self.declined:
            broken = counted(len(self.violations), "rule violation") if self.violations else "no rule broken"
            declined = counted(len(self.declined), "declined invitation")
            return f"{declined} to re-plan, {broken}; {planned}; {waiting}."
        if self.violations:
            return f"{counted(len(self.violations), 'rule violation')}; {planned}; {waiting}."
        return f"No rule broken: {planned}; {waiting}."


def check(path: Path) -> CheckReport:
    from scheduler.invitations.replies import declined_interviews
    from scheduler.privacy import retention_reminder
    from scheduler.rules import check_plan, unscheduled

    with opened(path) as session:
        data = load_campaign(session)
        declined = declined_interviews(session, data)
        reminder = retention_reminder(session, path)
    reminders = [reminder] if reminder else []
    return CheckReport(check_plan(data), len(data.interviews), unscheduled(data), declined, reminders)


SCHEDULE_FORMATS = (".json", ".csv", ".xlsx", ".pdf")


def export_schedule(path: Path, target: Path) -> str:
    """The stored plan as JSON (format v1), CSV, XLSX or PDF day sheets, chosen by the file's suffix."""
    from scheduler.schedule import schedule_document
    from scheduler.store.plans import load_plan_run, load_unscheduled

    suffix = Path(target).suffix.lower()
    if suffix not in SCHEDULE_FORMATS:
        raise CampaignError(f"{target}: choose a file ending in {', '.join(SCHEDULE_FORMATS)}.")
    with opened(path) as session:
        data = load_campaign(session)
        unscheduled = load_unscheduled(session)
        status, stats = load_plan_run(session)
    if suffix == ".json":
        write_json_file(schedule_document(data, unscheduled, status, stats), target)
    else:
        schedule_writer(suffix)(data, unscheduled, Path(target))
    return f"{target}: written ({len(data.interviews)} interviews, {len(unscheduled)} not placed)."


def schedule_writer(suffix: str) -> Callable[[CampaignData, dict[str, list[str]], Path], None]:
    """CSV and XLSX come from the core; the PDF day sheets from the app (they are drawn with Qt),
    through the `interview_scheduler.schedule_writers` entry point, so the core never imports Qt."""
    if suffix == ".csv":
        from scheduler.exports.spreadsheets import write_schedule_csv

        return write_schedule_csv
    if suffix == ".xlsx":
        from scheduler.exports.spreadsheets import write_schedule_xlsx

        return write_schedule_xlsx
    from importlib.metadata import entry_points

    for entry in entry_points(group="interview_scheduler.schedule_writers", name=suffix.lstrip(".")):
        return entry.load()
    raise CampaignError(f"Writing {suffix} files needs the desktop app's part of Interview Scheduler.")
