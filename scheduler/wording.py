"""Words in the sentences a coordinator reads: counts ("1 interview", "2 interviews", "1,500
candidates") and quotes of what a file holds."""

from __future__ import annotations


def counted(number: int, one: str, many: str | None = None) -> str:
    """The number with its noun in the singular or the plural (`many`, else `one` + "s")."""
    return f"{number:,} {one if number == 1 else many or one + 's'}"


def snippet(text: str, limit: int = 100) -> str:
    """A text made safe to print inside one sentence: printable, short, no final stop."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in text).strip().rstrip(".!")
    return clean if len(clean) <= limit else clean[: limit - 3] + "..."
