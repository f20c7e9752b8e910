"""Bringing outside data into a campaign: spreadsheets (CSV, XLSX) and calendars (ICS).

Every import is all or nothing: it reads and checks the whole input first, reports every problem
with its place, and only then writes, inside the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scheduler.wording import counted

KINDS = ("candidates", "members", "availability", "conflicts", "holidays")
# What one of each kind is called in the summary line ("1 holiday added", "3 availability windows").
_ONE = {"candidates": "candidate", "members": "member", "availability": "availability window",
        "conflicts": "conflict", "holidays": "holiday", "busy times": "busy time"}
_MANY = {"availability": "availability windows"}


@dataclass
class ImportReport:
    """What an import did, for the one-line summary the command prints."""

    kind: str
    added: int = 0
    updated: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self, source: str) -> str:
        added = counted(self.added, _ONE.get(self.kind, self.kind), _MANY.get(self.kind, self.kind))
        return f"{source}: {added} added, {self.updated} updated."

    def described(self, source: str) -> str:
        """The summary line, then each note (skipped events, ignored columns) on its own line."""
        return "\n".join([self.summary(source), *(f"{source}: {note}" for note in self.notes)])
