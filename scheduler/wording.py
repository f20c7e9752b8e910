"""Counts in the sentences a coordinator reads: "1 interview", "2 interviews", "1,500 candidates"."""

from __future__ import annotations


def counted(number: int, one: str, many: str | None = None) -> str:
    """The number with its noun in the singular or the plural (`many`, else `one` + "s")."""
    return f"{number:,} {one if number == 1 else many or one + 's'}"
