"""The one line an import prints: counts read as a coordinator would say them."""

from __future__ import annotations

import pytest

from scheduler.importing import ImportReport


@pytest.mark.parametrize(("kind", "added", "line"), [
    ("holidays", 1, "x.ics: 1 holiday added, 0 updated."),
    ("holidays", 2, "x.ics: 2 holidays added, 0 updated."),
    ("busy times", 1, "x.ics: 1 busy time added, 0 updated."),
    ("candidates", 0, "x.ics: 0 candidates added, 0 updated."),
    ("availability", 1, "x.ics: 1 availability window added, 0 updated."),
    ("availability", 3, "x.ics: 3 availability windows added, 0 updated."),
])
def test_the_summary_says_one_thing_in_the_singular(kind: str, added: int, line: str) -> None:
    assert ImportReport(kind, added).summary("x.ics") == line
