"""Bringing outside data into a campaign: spreadsheets (CSV, XLSX) and calendars (ICS).

Every import is all or nothing: it reads and checks the whole input first, reports every problem
with its place, and only then writes, inside the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("candidates", "members", "availability", "conflicts", "holidays")


@dataclass
class ImportReport:
    """What an import did, for the one-line summary the command prints."""

    kind: str
    added: int = 0
    updated: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self, source: str) -> str:
        return f"{source}: {self.added} {self.kind} added, {self.updated} updated."

    def described(self, source: str) -> str:
        """The summary line, then each note (skipped events, ignored columns) on its own line."""
        return "\n".join([self.summary(source), *(f"{source}: {note}" for note in self.notes)])
