"""The kill harness (`killing.py`): SIGKILL at random moments of import, solve, export and send leaves every
campaign file intact and exactly before or after the operation (send: before plus a prefix of the messages).

In CI: 24 kills, 6 per operation, on small generated campaigns, with commands forked from a process that
imported the command line once (so the kills land in the commands' own work, not in Python's start-up).
Full size (200 kills, a fresh interpreter per command, larger campaigns): `uv run pytest -m slow
tests/harness`, or `uv run python -m tests.harness.killing --runs 200` for the table.

The states themselves are tested here too, so that a harness that could not tell a third state from a legal
one would fail rather than pass.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.harness import states
from tests.harness.killing import OPERATIONS, Summary, Variant, build_campaign, run_harness, write_import_csv
from tests.harness.states import AFTER, BEFORE, BETWEEN, THIRD, State, Table

SEED = 20240422  # the first day of the generated campaigns' window
# SIGKILL, fork and /proc: the harness runs on Linux, as CI does.
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="the kill harness needs Linux (fork, /proc)")


def _report(summary: Summary) -> str:
    return "\n".join([summary.table(), *summary.notes()])


@linux_only
def test_killed_commands_leave_each_file_intact_and_before_or_after(tmp_path: Path) -> None:
    lines: list[str] = []
    summary = run_harness(24, seed=SEED, launcher="fork", variants="ci", work_in=tmp_path, say=lines.append)

    assert not summary.failures, _report(summary)
    assert Counter(o.operation for o in summary.outcomes) == {op: 6 for op in OPERATIONS}
    assert {o.state for o in summary.outcomes} <= {BEFORE, BETWEEN, AFTER}
    # The kills landed while the commands ran (not only after they were done), in every operation.
    midway = Counter(o.operation for o in summary.outcomes if o.killed_midway)
    assert all(midway[op] >= 1 for op in OPERATIONS), _report(summary)
    assert sum(midway.values()) >= 8, _report(summary)


@linux_only
@pytest.mark.slow
def test_two_hundred_kills_at_full_size(tmp_path: Path) -> None:
    summary = run_harness(200, seed=1, launcher="exec", variants="full", work_in=tmp_path)

    assert not summary.failures, _report(summary)
    assert len(summary.outcomes) == 200
    assert sum(o.killed_midway for o in summary.outcomes) >= 100, _report(summary)


# ----------------------------------------------------------------------------------------------------
# The verdicts can say no
# ----------------------------------------------------------------------------------------------------


def _messages(*rows: tuple[int, str]) -> State:
    columns = ("id", "uid", "recipient_key", "channel", "method", "sequence", "ics", "at")
    table = Table(columns, tuple((n, uid, f"{uid}@x", "send", "REQUEST", 0,
                                  f"BEGIN:VCALENDAR\r\nDTSTAMP:2024010{n}T000000Z\r\nEND:VCALENDAR\r\n",
                                  f"2024-01-0{n} 00:00:00") for n, uid in rows))
    other = Table(("id", "name"), ((1, "Campaign"),))
    return State({"invitation_message": table, "campaign": other}, "{}")


def test_send_states_are_prefixes_of_the_complete_run() -> None:
    before, after = _messages(), _messages((1, "a"), (2, "b"), (3, "c"))
    # the times a message went out at differ from run to run, what went out may not
    assert states.sent_prefix(_messages(), before, after).state == BEFORE
    assert states.sent_prefix(_messages((1, "a"), (2, "b")), before, after).prefix == 2
    assert states.sent_prefix(_messages((1, "a"), (2, "b")), before, after).state == BETWEEN
    assert states.sent_prefix(_messages((1, "a"), (2, "b"), (3, "c")), before, after).state == AFTER
    assert states.sent_prefix(_messages((1, "a"), (2, "c")), before, after).state == THIRD  # a gap
    assert states.sent_prefix(_messages((1, "b")), before, after).state == THIRD  # out of order
    changed = _messages((1, "a"))
    changed.tables["campaign"] = Table(("id", "name"), ((1, "Renamed"),))
    assert states.sent_prefix(changed, before, after).state == THIRD


@pytest.fixture(scope="module")
def small_campaign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    variant = Variant("tight", 1, 8, import_rows=20)
    folder = tmp_path_factory.mktemp("small")
    build_campaign(variant, folder / "campaign.db")
    write_import_csv(variant, folder / "campaign.db", folder / "candidates.csv")
    return folder


def test_half_an_import_is_neither_before_nor_after(small_campaign: Path, tmp_path: Path) -> None:
    from scheduler.operations import import_file

    path = Path(shutil.copyfile(small_campaign / "campaign.db", tmp_path / "campaign.db"))
    before = states.snapshot(path)
    import_file(path, small_campaign / "candidates.csv", "candidates")
    after = states.snapshot(path)
    assert states.same_or_other(before, before, after).state == BEFORE
    assert states.same_or_other(after, before, after).state == AFTER

    with sqlite3.connect(path) as connection:  # as if the import had stopped half-way through its rows
        connection.execute("DELETE FROM candidate WHERE reference LIKE 'IM-%' AND id % 2 = 0")
    verdict = states.same_or_other(states.snapshot(path), before, after)
    assert verdict.state == THIRD and "candidate" in verdict.detail


def test_a_damaged_file_fails_the_integrity_check(small_campaign: Path, tmp_path: Path) -> None:
    path = Path(shutil.copyfile(small_campaign / "campaign.db", tmp_path / "campaign.db"))
    assert states.integrity(path) == "ok"
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'candidate'").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:  # the candidates' page half written over, as a torn write leaves it
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * (page_size // 2))
    assert states.integrity(path) != "ok"
