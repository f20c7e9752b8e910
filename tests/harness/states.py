"""What "the state of a campaign file" is, and which states are legal after an interrupted operation.

A state is every row of every table of the file (sorted, so that the order SQLite returns them in does not
matter), plus the campaign as the app reads it back (`load_campaign` -> `campaign_document`), which proves
the app can load it. Two states are the same when all of that is equal, except for what records *when*
something happened rather than *what*: `plan_run.solved_at` and `solve_seconds`, `invitation_message.at`,
and the DTSTAMP line (the time it was written) of the calendar text stored with each message. Those are
masked when a state is compared with one that another run produced.

Legal states after an operation killed at any moment:

- import, export: exactly `before`, or exactly the `after` of the same operation run to completion on a
  copy of the same file (one transaction each).
- send: `before` plus the first k messages of the complete run recorded, for some k in 0..N, in the order
  the complete run sent them: each accepted message is committed on its own (k = 0 is `before`, k = N is
  `after`, anything else is "between").
- solve: `before`, or `before` with its plan replaced by one complete plan written by this run. The
  search stops on a time limit, so two runs on a busy machine may place different candidates: the plan
  itself cannot be compared with a reference run. "Complete plan written by this run" means: every table
  outside the plan (interview, interview_member, unscheduled_reason, plan_run) equal to `before`; a
  plan_run row stamped after this run started; every shortlisted candidate either planned or listed with
  a reason, never both; and the stored plan breaks no rule (`scheduler.rules`, as `check` runs it).
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scheduler.interchange import campaign_document
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign

PLAN_TABLES = frozenset({"interview", "interview_member", "unscheduled_reason", "plan_run"})
# Columns that say when, not what: masked when comparing states made by different runs.
WHEN_COLUMNS = {"plan_run": ("solved_at", "solve_seconds"), "invitation_message": ("at",)}
_DTSTAMP = re.compile(r"^DTSTAMP[;:].*\r?\n", re.MULTILINE)

Row = tuple[Any, ...]


def _order(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, int | float):
        return (1, value)
    if isinstance(value, bytes):
        return (3, value)
    return (2, str(value))


def _row_key(row: Row) -> tuple[tuple[int, Any], ...]:
    return tuple(_order(v) for v in row)


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[Row, ...]  # sorted by every column, first column (the key) first

    def column(self, name: str) -> list[Any]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class State:
    tables: dict[str, Table]
    document: str  # canonical JSON of the campaign as the app loads it

    def masked(self, names: frozenset[str] | set[str] | None = None) -> dict[str, Any]:
        """The state with its 'when' columns masked, limited to the tables `names` (default: all)."""
        result: dict[str, Any] = {}
        for name, table in self.tables.items():
            if names is not None and name not in names:
                continue
            result[name] = [mask_row(name, table.columns, row) for row in table.rows]
        return result

    def without_plan(self) -> dict[str, Any]:
        masked = self.masked(set(self.tables) - PLAN_TABLES)
        document = json.loads(self.document)
        document.pop("interviews", None)
        masked["<document>"] = document
        return masked


def mask_row(table: str, columns: tuple[str, ...], row: Row) -> Row:
    hidden = WHEN_COLUMNS.get(table, ())
    values = []
    for column, value in zip(columns, row, strict=True):
        if column in hidden:
            value = "<when>"
        elif table == "invitation_message" and column == "ics" and isinstance(value, str):
            value = _DTSTAMP.sub("", value)
        values.append(value)
    return tuple(values)


def snapshot(path: Path) -> State:
    """The state of a campaign file that no process is writing (a hot journal must be rolled back first)."""
    connection = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    try:
        connection.execute("BEGIN")
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        tables = {}
        for name in names:
            cursor = connection.execute(f'SELECT * FROM "{name}"')
            columns = tuple(d[0] for d in cursor.description)
            tables[name] = Table(columns, tuple(sorted(cursor.fetchall(), key=_row_key)))
        connection.execute("COMMIT")
    finally:
        connection.close()
    with CampaignFile.open_read_only(path) as campaign, campaign.transaction() as session:
        document = campaign_document(load_campaign(session))
    return State(tables, json.dumps(document, sort_keys=True, ensure_ascii=False))


def integrity(path: Path) -> str:
    """SQLite's own verdict ('ok' or the first problems), and the foreign keys checked too."""
    connection = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    try:
        verdict = "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check(20)"))
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:  # too damaged to even check
        return f"{type(error).__name__}: {error}"
    finally:
        connection.close()
    if verdict == "ok" and broken:
        return f"foreign keys broken: {broken[:5]}"
    return verdict


# ----------------------------------------------------------------------------------------------------
# Verdicts
# ----------------------------------------------------------------------------------------------------

BEFORE, AFTER, BETWEEN, THIRD = "before", "after", "between", "third state"


@dataclass
class Verdict:
    state: str  # BEFORE, AFTER, BETWEEN (send: a strict prefix), THIRD
    detail: str = ""
    prefix: int | None = None  # send: how many messages are recorded


def _differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """The tables in which two masked states differ, with a first example."""
    found = []
    for name in sorted(set(a) | set(b)):
        left, right = a.get(name), b.get(name)
        if left == right:
            continue
        if isinstance(left, list) and isinstance(right, list):
            only_left = [r for r in left if r not in right]
            only_right = [r for r in right if r not in left]
            example = repr((only_left or only_right)[:1])[:200]
            found.append(f"{name}: {len(left)} rows vs {len(right)}, e.g. {example}")
        else:
            found.append(name)
    return found


def same_or_other(state: State, before: State, after: State) -> Verdict:
    """import and export: exactly before, or exactly the complete run's after (when columns masked)."""
    if state.tables == before.tables and state.document == before.document:
        return Verdict(BEFORE)
    if state.masked() == after.masked() and state.document == after.document:
        return Verdict(AFTER)
    mine = {**state.masked(), "<document>": state.document}
    return Verdict(THIRD, "differs from before in " + "; ".join(
        _differences(mine, {**before.masked(), "<document>": before.document})
    ) + " | from after in " + "; ".join(
        _differences(mine, {**after.masked(), "<document>": after.document})
    ))


def sent_prefix(state: State, before: State, after: State) -> Verdict:
    """send: before plus the first k messages the complete run recorded (ordered by row id)."""
    others = set(state.tables) - {"invitation_message"}
    if state.masked(others) != before.masked(others) or state.document != before.document:
        changed = _differences(state.masked(others), before.masked(others)) or ["the campaign document"]
        return Verdict(THIRD, "changed outside the messages: " + "; ".join(changed))
    table = state.tables["invitation_message"]
    mine = [mask_row("invitation_message", table.columns, r) for r in table.rows]
    reference = after.masked({"invitation_message"})["invitation_message"]
    earlier = before.masked({"invitation_message"})["invitation_message"]
    if mine[: len(earlier)] != earlier:
        return Verdict(THIRD, "messages recorded before the run changed")
    k = len(mine) - len(earlier)
    if len(mine) > len(reference) or mine != reference[: len(mine)]:
        return Verdict(THIRD, f"{k} messages recorded, but not the first {k} of the complete run")
    if k == 0:
        return Verdict(BEFORE, prefix=0)
    if len(mine) == len(reference):
        return Verdict(AFTER, prefix=k)
    return Verdict(BETWEEN, prefix=k)


def planned_or_not(
    state: State, before: State, started: datetime, rule_problems: list[str], reference: State | None = None
) -> Verdict:
    """solve: before, or before with one complete plan written by this run (see the module's text)."""
    if state.tables == before.tables and state.document == before.document:
        return Verdict(BEFORE)
    outside, earlier = state.without_plan(), before.without_plan()
    if outside != earlier:
        return Verdict(THIRD, "changed outside the plan: " + "; ".join(_differences(outside, earlier)))
    runs = state.tables["plan_run"]
    if len(runs.rows) != 1:
        return Verdict(THIRD, f"plan changed but {len(runs.rows)} plan_run rows")
    solved_at = datetime.fromisoformat(str(runs.column("solved_at")[0])).replace(tzinfo=UTC)
    if solved_at < started.replace(microsecond=0) or runs.rows == before.tables["plan_run"].rows:
        return Verdict(THIRD, f"plan changed but plan_run is not this run's (solved at {solved_at})")
    candidates = state.tables["candidate"]
    shortlisted = {
        key for key, status in zip(candidates.column("id"), candidates.column("status"), strict=True)
        if status == "shortlisted"
    }
    planned = set(state.tables["interview"].column("candidate_id"))
    explained = set(state.tables["unscheduled_reason"].column("candidate_id"))
    if planned & explained:
        return Verdict(THIRD, f"{len(planned & explained)} candidates both planned and given a reason")
    if shortlisted - planned - explained:
        return Verdict(THIRD, f"{len(shortlisted - planned - explained)} shortlisted candidates neither "
                       "planned nor given a reason")
    seated = set(state.tables["interview_member"].column("interview_id"))
    if set(state.tables["interview"].column("id")) - seated:
        return Verdict(THIRD, "interviews without a panel")
    if rule_problems:
        return Verdict(THIRD, f"the plan breaks rules: {rule_problems[:3]}")
    same = reference is not None and state.masked(PLAN_TABLES) == reference.masked(PLAN_TABLES)
    return Verdict(AFTER, "the reference run's plan" if same else "another complete plan")
