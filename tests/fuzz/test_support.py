"""The fuzz tests' own yardsticks: a reader that hangs must fail its test, not hang the suite."""

from __future__ import annotations

import time

import pytest

from tests.fuzz.support import in_child


def test_a_child_still_at_work_past_its_limit_is_stopped_and_fails_the_test() -> None:
    started = time.perf_counter()
    with pytest.raises(AssertionError, match="still running after 1 s"):
        in_child(lambda: time.sleep(60), seconds=1)
    assert time.perf_counter() - started < 5


def test_a_child_that_ends_in_time_gives_what_it_returned() -> None:
    assert in_child(lambda: 6 * 7, seconds=10) == "ok: 42"
