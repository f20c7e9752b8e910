"""Errors a coordinator sees: one clear sentence each, naming the place (file, row, column, field)."""

from __future__ import annotations


class CampaignError(Exception):
    """A problem the user can act on; its text is shown as is, never with a traceback."""


class InputProblems(CampaignError):
    """Several problems found in one input; an input with any problem changes nothing."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))
