"""The campaign interchange format, version 1 (`../shared/spec/campaign-format.md`).

Every file is checked against the shipped JSON Schema and then for what a schema cannot say (real
dates and zones, references that point somewhere, keys that must be unique) before anything is
stored. Each problem is reported with its JSON path. Writing is the exact inverse of reading for a
file in the writer's form (all keys present, datetimes with the campaign zone's offset).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from resources import resource_path
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
from scheduler.errors import CampaignError, InputProblems
from scheduler.timeutil import (
    format_instant,
    format_time,
    parse_date,
    parse_instant,
    parse_time,
    zone_or_none,
)

FORMAT = "interview-scheduler.campaign"
VERSION = 1
MAX_PROBLEMS = 100
MAX_FILE_BYTES = 100 * 1024 * 1024
# json makes an object of every value (50-100 bytes each however short it is written: a file of a few
# MB of "{}," takes gigabytes), and the schema is checked value by value: three million values is
# about fifteen times a campaign of 10,000 candidates.
MAX_VALUES = 3_000_000
# JSON may escape half of a UTF-16 pair (\ud800) alone; Python keeps it, but no file can store it.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


@cache
def campaign_schema() -> dict[str, Any]:
    return json.loads(resource_path("schema", "campaign-v1.schema.json").read_text("utf-8"))


def read_campaign_file(path: Path) -> CampaignData:
    path = Path(path)
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            raise CampaignError(f"{path}: is not a regular file.")  # a pipe or a device: never ends
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise CampaignError(
                f"{path}: is larger than a campaign file can be ({MAX_FILE_BYTES // 2**20} MB)."
            )
        text = data.decode("utf-8-sig")
        del data
    except FileNotFoundError:
        raise CampaignError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise CampaignError(f"{path}: is a folder, not a JSON file.") from None
    except UnicodeDecodeError:
        raise CampaignError(f"{path}: is not a UTF-8 text file, so not a campaign JSON file.") from None
    except OSError as error:
        raise CampaignError(f"{path}: cannot be read ({error.strerror}).") from None
    # Every value is counted at least once (commas inside texts too): an upper bound, in C speed.
    if text.count(",") + text.count("{") + text.count("[") > MAX_VALUES:
        raise CampaignError(f"{path}: holds more than {MAX_VALUES:,} values, more than a campaign file can.")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise CampaignError(
            f"{path}: line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})."
        ) from None
    except RecursionError:
        raise CampaignError(f"{path}: is nested too deeply to be a campaign file.") from None
    except ValueError:  # Python refuses to convert a whole number of more than 4,300 digits
        raise CampaignError(f"{path}: holds a number thousands of digits long.") from None
    if _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(document, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise CampaignError(
                f"{path}: holds text that is not valid Unicode (a lone surrogate such as \\ud800)."
            ) from None
    return parse_campaign(document, str(path))


def parse_campaign(document: Any, source: str = "campaign") -> CampaignData:
    """Checks a decoded document completely and returns the campaign it describes."""
    problems = [f"{source}: {p}" for p in schema_problems(document)]
    if not problems:
        reader = _Reader()
        data = reader.campaign(document)
        problems = [f"{source}: {p}" for p in reader.problems]
    if problems:
        raise InputProblems(problems[:MAX_PROBLEMS])
    return data


def item_problems(document: Any) -> list[str]:
    """What is wrong with the items of a partial document, leaving references to the caller.

    The app checks an edited candidate or room this way: the same schema and the same semantic
    checks as a whole file, without re-reading the thousands of rows that did not change.
    """
    problems = schema_problems(document)
    if not problems:
        reader = _Reader(references=False)
        reader.campaign(document)
        problems = reader.problems
    return problems


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(campaign_schema())


def schema_problems(document: Any) -> list[str]:
    validator = _validator()
    try:
        # Only the first problems are reported, so only they are looked for: a file of a million
        # broken items would otherwise take minutes and gigabytes to list them all.
        found = islice(validator.iter_errors(document), MAX_PROBLEMS)
        errors = sorted(found, key=lambda e: list(e.absolute_path))
    except RecursionError:
        return ["$: is nested too deeply to be a campaign file."]
    # One sentence per problem: "required" names every missing key, but comes once per key.
    return list(dict.fromkeys(_describe(error) for error in errors))


def _describe(error: ValidationError) -> str:
    """One readable sentence for a schema error, starting with the JSON path of the value."""
    if error.validator == "oneOf" and error.context:
        # "must be null" says nothing useful about a value that is given: explain the other branch.
        given = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
        error = best_match(given or error.context)
    path = error.json_path
    value = error.instance
    match error.validator:
        case "additionalProperties":
            allowed = error.schema.get("properties", {})
            unknown = [key for key in value if key not in allowed]
            more = f" and {len(unknown) - 5:,} more" if len(unknown) > 5 else ""
            return f"{path}: unknown key {', '.join(_key(k) for k in unknown[:5])}{more}."
        case "required":
            missing = [key for key in error.validator_value if key not in value]
            return f"{path}: the required key {', '.join(repr(k) for k in missing)} is missing."
        case "type":
            return f"{path}: must be {_type_words(error.validator_value)}, not {_shown(value)}."
        case "enum":
            choices = ", ".join(json.dumps(v) for v in error.validator_value)
            return f"{path}: {_shown(value)} is not one of {choices}."
        case "const":
            return f"{path}: must be {json.dumps(error.validator_value)}."
        case "pattern":
            return f"{path}: {_shown(value)} is not {_pattern_words(error.schema)}."
        case "minimum" | "maximum":
            word = "at least" if error.validator == "minimum" else "at most"
            return f"{path}: {_shown(value)} must be {word} {error.validator_value}."
        case "minItems":
            return f"{path}: needs at least {error.validator_value} item(s)."
        case "minLength":
            return f"{path}: must not be empty."
        case "maxLength":
            return f"{path}: is longer than {error.validator_value} characters."
        case "uniqueItems":
            return f"{path}: lists the same value twice."
        case _:
            return f"{path}: {error.message}."


def _key(key: str) -> str:
    text = repr(key)
    return text if len(text) <= 60 else text[:56] + "...'"


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _type_words(kind: str | list[str]) -> str:
    words = {
        "integer": "a whole number",
        "string": "a text",
        "boolean": "true or false",
        "array": "a list",
        "object": "an object",
        "null": "null",
        "number": "a number",
    }
    kinds = [kind] if isinstance(kind, str) else kind
    return " or ".join(words.get(k, k) for k in kinds)


def _pattern_words(schema: dict[str, Any]) -> str:
    pattern = schema.get("pattern", "")
    if "T[0-9]{2}" in pattern:
        return "a datetime like 2024-05-14T09:00:00+02:00"
    if pattern.startswith("^[0-9]{4}"):
        return "a date like 2024-05-14"
    if pattern.startswith("^([01]"):
        return "a time of day like 09:30"
    if "@" in pattern:
        return "an e-mail address"
    return "filled in (it is blank)"


Getter = Callable[[], Any]


class _Reader:
    """Turns a schema-valid document into domain objects, collecting every semantic problem."""

    def __init__(self, *, references: bool = True) -> None:
        self.problems: list[str] = []
        self.zone = ZoneInfo("UTC")
        self.references = references

    def attempt(self, path: str, what: str, make: Getter) -> Any:
        try:
            return make()
        except (ValueError, OverflowError):
            self.problems.append(f"{path}: is not {what}.")
            return None

    def campaign(self, doc: dict[str, Any]) -> CampaignData:
        settings = self.settings(doc["campaign"])
        data = CampaignData(campaign=settings)
        data.profiles = [self.profile(p, f"$.profiles[{i}]") for i, p in _items(doc, "profiles")]
        data.members = [self.member(m, f"$.members[{i}]") for i, m in _items(doc, "members")]
        data.panels = [Panel(p["name"], p["profile"], list(p["members"])) for _, p in _items(doc, "panels")]
        data.rooms = [self.room(r, f"$.rooms[{i}]") for i, r in _items(doc, "rooms")]
        data.candidates = [self.candidate(c, f"$.candidates[{i}]") for i, c in _items(doc, "candidates")]
        data.conflicts = [
            Conflict(c["member"], c["candidate"], c.get("reason", "")) for _, c in _items(doc, "conflicts")
        ]
        data.interviews = [self.interview(v, f"$.interviews[{i}]") for i, v in _items(doc, "interviews")]
        if not self.problems and self.references:
            self.problems += reference_problems(data)
        return data

    def settings(self, c: dict[str, Any]) -> CampaignSettings:
        zone = zone_or_none(c["timezone"])
        if zone is None:
            self.problems.append(f"$.campaign.timezone: {c['timezone']!r} is not a known time zone.")
        else:
            self.zone = zone
        start = self.attempt("$.campaign.start_date", "a real date", lambda: parse_date(c["start_date"]))
        end = self.attempt("$.campaign.end_date", "a real date", lambda: parse_date(c["end_date"]))
        if start and end and end < start:
            self.problems.append("$.campaign.end_date: is before start_date.")
        settings = CampaignSettings(
            name=c["name"],
            timezone=c["timezone"],
            start_date=start,
            end_date=end,
            workdays=tuple(c.get("workdays", ("mon", "tue", "wed", "thu", "fri"))),
            day_start=parse_time(c.get("day_start", "09:00")),
            day_end=parse_time(c.get("day_end", "17:30")),
            breaks=[self.time_range(b, f"$.campaign.breaks[{i}]") for i, b in enumerate(c.get("breaks", []))],
            slot_minutes=c.get("slot_minutes", 15),
        )
        if settings.day_end <= settings.day_start:
            self.problems.append("$.campaign.day_end: must be later than day_start.")
        for i, h in enumerate(c.get("holidays", [])):
            day = self.attempt(
                f"$.campaign.holidays[{i}].date", "a real date", lambda h=h: parse_date(h["date"])
            )
            settings.holidays.append(Holiday(day, h.get("name", "")))
        _unique(self.problems, "$.campaign.holidays", [h.date for h in settings.holidays], "date")
        organizer = c.get("organizer")
        if organizer is not None:
            settings.organizer = Organizer(organizer.get("name", ""), organizer["email"])
        return settings

    def time_range(self, r: dict[str, str], path: str) -> TimeOfDayRange:
        value = TimeOfDayRange(parse_time(r["start"]), parse_time(r["end"]))
        if value.end <= value.start:
            self.problems.append(f"{path}.end: must be later than start.")
        return value

    def intervals(self, items: list[dict[str, str]], path: str, zone: ZoneInfo) -> list[Interval]:
        result = []
        for i, item in enumerate(items):
            start = self.attempt(
                f"{path}[{i}].start",
                "a real datetime",
                lambda item=item: parse_instant(item["start"], zone),
            )
            end = self.attempt(
                f"{path}[{i}].end",
                "a real datetime",
                lambda item=item: parse_instant(item["end"], zone),
            )
            if start is None or end is None:
                continue
            if end <= start:
                self.problems.append(f"{path}[{i}].end: must be later than start.")
            result.append(Interval(start, end))
        return result

    def profile(self, p: dict[str, Any], path: str) -> Profile:
        seats = [Seat(s["role"], s["count"]) for s in p["seats"]]
        _unique(self.problems, f"{path}.seats", [s.role for s in seats], "role")
        return Profile(p["code"], p.get("name", ""), p["duration_minutes"], p.get("buffer_minutes", 0), seats)

    def member(self, m: dict[str, Any], path: str) -> Member:
        return Member(
            email=m["email"],
            name=m["name"],
            roles=list(m.get("roles", [])),
            max_per_day=m.get("max_per_day"),
            max_total=m.get("max_total"),
            available=self.intervals(m.get("available", []), f"{path}.available", self.zone),
            unavailable=self.intervals(m.get("unavailable", []), f"{path}.unavailable", self.zone),
        )

    def room(self, r: dict[str, Any], path: str) -> Room:
        return Room(
            name=r["name"],
            kind=r["kind"],
            capacity=r.get("capacity"),
            accessible=r.get("accessible", False),
            location=r.get("location", ""),
            url=r.get("url", ""),
            unavailable=self.intervals(r.get("unavailable", []), f"{path}.unavailable", self.zone),
        )

    def candidate(self, c: dict[str, Any], path: str) -> Candidate:
        timezone = c.get("timezone")
        if timezone is not None and zone_or_none(timezone) is None:
            self.problems.append(f"{path}.timezone: {timezone!r} is not a known time zone.")
        hours = c.get("local_hours")
        return Candidate(
            reference=c["reference"],
            name=c["name"],
            profile=c["profile"],
            email=c.get("email"),
            mode=c.get("mode", "onsite"),
            timezone=timezone,
            local_hours=self.time_range(hours, f"{path}.local_hours") if hours else None,
            available=self.intervals(c.get("available", []), f"{path}.available", self.zone),
            unavailable=self.intervals(c.get("unavailable", []), f"{path}.unavailable", self.zone),
            extra_minutes=c.get("extra_minutes", 0),
            accessible_room=c.get("accessible_room", False),
            status=c.get("status", "shortlisted"),
            notes=c.get("notes", ""),
        )

    def interview(self, v: dict[str, Any], path: str) -> Interview:
        start = self.attempt(f"{path}.start", "a real datetime", lambda: parse_instant(v["start"], self.zone))
        return Interview(v["candidate"], start, list(v["members"]), v.get("room"), v.get("pinned", False))


def _items(doc: dict[str, Any], key: str) -> Iterable[tuple[int, Any]]:
    return enumerate(doc.get(key, []))


def _unique(problems: list[str], path: str, keys: list[Any], what: str) -> None:
    seen: set[Any] = set()
    for i, key in enumerate(keys):
        if key in seen:
            problems.append(f"{path}[{i}].{what}: {str(key)!r} appears twice.")
        seen.add(key)


def reference_problems(data: CampaignData) -> list[str]:
    """Duplicated keys and references to profiles, members, candidates or rooms that do not exist."""
    problems: list[str] = []
    _unique(problems, "$.profiles", [p.code for p in data.profiles], "code")
    _unique(problems, "$.members", [m.key for m in data.members], "email")
    _unique(problems, "$.panels", [p.name for p in data.panels], "name")
    _unique(problems, "$.rooms", [r.name for r in data.rooms], "name")
    _unique(problems, "$.candidates", [c.reference for c in data.candidates], "reference")
    _unique(problems, "$.interviews", [v.candidate for v in data.interviews], "candidate")
    _unique(
        problems,
        "$.conflicts",
        [(c.member.casefold(), c.candidate) for c in data.conflicts],
        "candidate",
    )
    profiles = {p.code for p in data.profiles}
    members = {m.key for m in data.members}
    candidates = {c.reference for c in data.candidates}
    rooms = {r.name for r in data.rooms}

    def check(path: str, value: str | None, known: set[str], what: str, key: str | None = None):
        if value is not None and (key or value) not in known:
            problems.append(f"{path}: {value!r} is not a {what} of this campaign.")

    for i, panel in enumerate(data.panels):
        check(f"$.panels[{i}].profile", panel.profile, profiles, "profile code")
        for j, email in enumerate(panel.members):
            check(f"$.panels[{i}].members[{j}]", email, members, "member", email.casefold())
        _unique(problems, f"$.panels[{i}].members", [e.casefold() for e in panel.members], "")
    for i, candidate in enumerate(data.candidates):
        check(f"$.candidates[{i}].profile", candidate.profile, profiles, "profile code")
    for i, conflict in enumerate(data.conflicts):
        check(
            f"$.conflicts[{i}].member",
            conflict.member,
            members,
            "member",
            conflict.member.casefold(),
        )
        check(f"$.conflicts[{i}].candidate", conflict.candidate, candidates, "candidate reference")
    for i, interview in enumerate(data.interviews):
        check(f"$.interviews[{i}].candidate", interview.candidate, candidates, "candidate reference")
        check(f"$.interviews[{i}].room", interview.room, rooms, "room")
        for j, email in enumerate(interview.members):
            check(f"$.interviews[{i}].members[{j}]", email, members, "member", email.casefold())
        _unique(problems, f"$.interviews[{i}].members", [e.casefold() for e in interview.members], "")
    return [p.replace("].: ", "]: ") for p in problems]


def campaign_document(data: CampaignData) -> dict[str, Any]:
    """The whole campaign in the writer's form of the interchange format."""
    zone = data.campaign.zone

    def intervals(items: list[Interval]) -> list[dict[str, str]]:
        return [{"start": format_instant(w.start, zone), "end": format_instant(w.end, zone)} for w in items]

    def time_range(r: TimeOfDayRange) -> dict[str, str]:
        return {"start": format_time(r.start), "end": format_time(r.end)}

    c = data.campaign
    return {
        "format": FORMAT,
        "version": VERSION,
        "campaign": {
            "name": c.name,
            "timezone": c.timezone,
            "start_date": c.start_date.isoformat(),
            "end_date": c.end_date.isoformat(),
            "workdays": list(c.workdays),
            "day_start": format_time(c.day_start),
            "day_end": format_time(c.day_end),
            "breaks": [time_range(b) for b in c.breaks],
            "slot_minutes": c.slot_minutes,
            "holidays": [{"date": h.date.isoformat(), "name": h.name} for h in c.holidays],
            "organizer": ({"name": c.organizer.name, "email": c.organizer.email} if c.organizer else None),
        },
        "profiles": [
            {
                "code": p.code,
                "name": p.name,
                "duration_minutes": p.duration_minutes,
                "buffer_minutes": p.buffer_minutes,
                "seats": [{"role": s.role, "count": s.count} for s in p.seats],
            }
            for p in data.profiles
        ],
        "members": [
            {
                "email": m.email,
                "name": m.name,
                "roles": list(m.roles),
                "max_per_day": m.max_per_day,
                "max_total": m.max_total,
                "available": intervals(m.available),
                "unavailable": intervals(m.unavailable),
            }
            for m in data.members
        ],
        "panels": [{"name": p.name, "profile": p.profile, "members": list(p.members)} for p in data.panels],
        "rooms": [
            {
                "name": r.name,
                "kind": r.kind,
                "capacity": r.capacity,
                "accessible": r.accessible,
                "location": r.location,
                "url": r.url,
                "unavailable": intervals(r.unavailable),
            }
            for r in data.rooms
        ],
        "candidates": [
            {
                "reference": k.reference,
                "name": k.name,
                "email": k.email,
                "profile": k.profile,
                "mode": k.mode,
                "timezone": k.timezone,
                "local_hours": time_range(k.local_hours) if k.local_hours else None,
                "available": intervals(k.available),
                "unavailable": intervals(k.unavailable),
                "extra_minutes": k.extra_minutes,
                "accessible_room": k.accessible_room,
                "status": k.status,
                "notes": k.notes,
            }
            for k in data.candidates
        ],
        "conflicts": [
            {"member": x.member, "candidate": x.candidate, "reason": x.reason} for x in data.conflicts
        ],
        "interviews": [
            {
                "candidate": v.candidate,
                "start": format_instant(v.start, zone),
                "members": list(v.members),
                "room": v.room,
                "pinned": v.pinned,
            }
            for v in data.interviews
        ],
    }


def dump_json(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_json_file(document: Any, path: Path) -> None:
    """Writes beside the target first and renames, so a failed export never leaves half a file."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.partial")
    try:
        temporary.write_text(dump_json(document), encoding="utf-8")
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CampaignError(f"{path}: cannot be written ({error.strerror}).") from None
