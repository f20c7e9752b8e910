"""Counts in sentences: the singular for one, the plural otherwise, thousands grouped."""

from __future__ import annotations

import pytest

from scheduler.wording import counted


@pytest.mark.parametrize(("number", "one", "many", "text"), [
    (1, "interview", None, "1 interview"),
    (0, "interview", None, "0 interviews"),
    (1500, "candidate", None, "1,500 candidates"),
    (2, "availability window", None, "2 availability windows"),
    (3, "busy time", "busy times", "3 busy times"),
])
def test_counted(number: int, one: str, many: str | None, text: str) -> None:
    assert counted(number, one, many) == text
