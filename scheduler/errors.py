"""Errors a coordinator sees: one clear sentence each, naming the place (file, row, column, field)."""

from __future__ import annotations

import re

# Characters that would change how the rest of a message looks on a terminal or in a dialog: bidi
# overrides and isolates (a name holding U+202E reverses what follows it, "Trojan source") and C0/C1
# controls such as ESC (terminal escape sequences). Messages quote what files hold, so such a
# character is shown as its escape (\u202e), as repr() would, and the sentence reads as written.
_DISPLAY_CHANGING = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """The text with every character that could disguise a message written as its escape."""
    return _DISPLAY_CHANGING.sub(lambda m: repr(m.group())[1:-1], text)


class CampaignError(Exception):
    """A problem the user can act on; its text is shown as is, never with a traceback."""

    def __init__(self, message: str = "", *args: object) -> None:
        super().__init__(visible(str(message)), *args)


class InputProblems(CampaignError):
    """Several problems found in one input; an input with any problem changes nothing."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = [visible(problem) for problem in problems]
        super().__init__("\n".join(self.problems))
