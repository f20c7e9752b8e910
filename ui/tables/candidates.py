"""The Candidates view: every candidate of the campaign in one searchable, editable table.

Each row also says when the candidate's interview is planned, in the campaign's zone, or that they are
not placed yet (with the last planning's reasons as a tooltip). Edits, additions and deletions go to
the core; what it refuses is explained above the table and the cell keeps its stored value.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from scheduler.domain import CANDIDATE_MODES, CANDIDATE_STATUSES, CampaignData, Candidate
from scheduler.editing import Change, remove_candidate
from ui.session import CampaignSession
from ui.tables.models import Column, ItemTableModel
from ui.tables.page import TablePage

NOT_PLACED_SORT = datetime.max.replace(tzinfo=None)


def interview_text(start: datetime, zone: Any) -> str:
    """'Tue 23 Apr 2024 10:00' in the user's language, wall-clock time in `zone`."""
    local = start.astimezone(zone)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
    return f"{day} {local:%H:%M}"


def next_reference(data: CampaignData, profile: str) -> str:
    """A reference following the campaign's own numbering for a profile ("TS-0181" after "TS-0180").

    Only a suggestion for the Add dialog: the coordinator may type any reference, the core checks it.
    """
    pattern = re.compile(rf"^({re.escape(profile)}\W?)(\d+)$", re.IGNORECASE)
    found = [m for c in data.candidates if (m := pattern.match(c.reference))]
    if not found:
        taken = {c.reference for c in data.candidates}
        count = len(data.candidates) + 1
        while f"{profile}-{count:04d}" in taken:
            count += 1
        return f"{profile}-{count:04d}"
    best = max(found, key=lambda m: int(m.group(2)))
    width = len(best.group(2))
    return f"{best.group(1)}{int(best.group(2)) + 1:0{width}d}"


class CandidatesModel(ItemTableModel):
    """The campaign's candidates with their planned interview."""

    kind = "candidate"
    depends = frozenset({"interview", "profile", "settings"})

    def __init__(self, session: CampaignSession, parent: QObject | None = None) -> None:
        self.planned: dict[str, datetime] = {}
        self._planned_text: dict[str, str] = {}
        self.zone: Any = None
        self.reasons: dict[str, list[str]] = {}
        self.profile_names: dict[str, str] = {}
        super().__init__(session, parent)

    def make_columns(self) -> list[Column]:
        modes = {"onsite": self.tr("On site"), "remote": self.tr("Remote")}
        statuses = {"shortlisted": self.tr("Shortlisted"), "withdrawn": self.tr("Withdrawn")}
        assert set(modes) == set(CANDIDATE_MODES) and set(statuses) == set(CANDIDATE_STATUSES)
        self.mode_labels, self.status_labels = modes, statuses
        return [
            Column(self.tr("Reference"), lambda c: c.reference, 14, edit="text",
                   update=lambda c, v: replace(c, reference=v)),
            Column(self.tr("Name"), lambda c: c.name, 24, edit="text",
                   update=lambda c, v: replace(c, name=v)),
            Column(self.tr("Profile"), lambda c: c.profile, 8, edit="choice", choices=self.profile_choices,
                   update=lambda c, v: replace(c, profile=v or ""),
                   tooltip=lambda c: self.profile_names.get(c.profile, "")),
            Column(self.tr("Mode"), lambda c: modes.get(c.mode, c.mode), 10, edit="choice",
                   value=lambda c: c.mode, choices=lambda: list(modes.items()),
                   update=lambda c, v: replace(c, mode=v), export=lambda c: c.mode),
            Column(self.tr("Status"), lambda c: statuses.get(c.status, c.status), 12, edit="choice",
                   value=lambda c: c.status, choices=lambda: list(statuses.items()),
                   update=lambda c, v: replace(c, status=v), export=lambda c: c.status),
            Column(self.tr("Interview"), self.interview, 22, sort=self.interview_sort,
                   tooltip=self.interview_tooltip, muted=lambda c: c.reference not in self.planned,
                   in_form=False),
            Column(self.tr("Time zone"), self.zone_text, 20, edit="zone", value=lambda c: c.timezone,
                   update=lambda c, v: replace(c, timezone=v or None), muted=lambda c: not c.timezone,
                   tooltip=self.zone_tooltip, export=lambda c: c.timezone or ""),
            Column(self.tr("E-mail"), lambda c: c.email or "", 22, edit="text",
                   update=lambda c, v: replace(c, email=v or None)),
            Column(self.tr("Extra minutes"), lambda c: str(c.extra_minutes) if c.extra_minutes else "", 8,
                   sort=lambda c: c.extra_minutes, edit="int", value=lambda c: c.extra_minutes,
                   update=lambda c, v: replace(c, extra_minutes=v), number=True, maximum=1440,
                   suffix=self.tr(" min"), export=lambda c: c.extra_minutes),
            Column(self.tr("Accessible room"), lambda c: "", 10, sort=lambda c: c.accessible_room,
                   check=lambda c: c.accessible_room, update=lambda c, v: replace(c, accessible_room=v),
                   export=lambda c: c.accessible_room),
            Column(self.tr("Notes"), lambda c: c.notes.replace("\n", " "), 40, edit="text",
                   value=lambda c: c.notes, update=lambda c, v: replace(c, notes=v),
                   tooltip=lambda c: c.notes, export=lambda c: c.notes),
        ]

    def items_of(self, data: CampaignData) -> list[Candidate]:
        return list(data.candidates)

    def prepare(self, data: CampaignData) -> None:
        self.zone = data.campaign.zone
        self.planned = {i.candidate: i.start for i in data.interviews}
        self._planned_text = {}
        self.reasons = self.session.unscheduled_reasons
        self.profile_names = {p.code: p.name for p in data.profiles}

    def profile_choices(self) -> list[tuple[Any, str]]:
        data = self.session.data
        return [(p.code, f"{p.code} — {p.name}") for p in data.profiles]

    def zone_text(self, candidate: Candidate) -> str:
        if candidate.timezone:
            return candidate.timezone
        return str(self.zone.key) if self.zone is not None else ""

    def zone_tooltip(self, candidate: Candidate) -> str:
        if candidate.timezone:
            return candidate.timezone
        return self.tr("The campaign's time zone")

    def interview(self, candidate: Candidate) -> str:
        start = self.planned.get(candidate.reference)
        if start is None:
            return self.tr("withdrawn") if candidate.status == "withdrawn" else self.tr("not placed")
        text = self._planned_text.get(candidate.reference)
        if text is None:
            text = self._planned_text[candidate.reference] = interview_text(start, self.zone)
        return text

    def interview_sort(self, candidate: Candidate) -> tuple[int, Any]:
        start = self.planned.get(candidate.reference)
        return (0, start) if start is not None else (1, candidate.status)

    def interview_tooltip(self, candidate: Candidate) -> str:
        if candidate.reference in self.planned:
            return self.tr("Planned in the campaign's time zone ({0})").format(self.zone.key)
        reasons = self.reasons.get(candidate.reference, [])
        return "\n".join(reasons)

    def describe(self, item: Candidate) -> str:
        return item.reference

    def removal(self, data: CampaignData, item: Candidate) -> list[Change]:
        return remove_candidate(data, item)

    def new_item(self) -> Candidate:
        data = self.session.data
        profile = data.profiles[0].code if data.profiles else ""
        return Candidate(reference=next_reference(data, profile) if profile else "", name="", profile=profile)

    def noun(self, count: int) -> str:
        return self.tr("%Ln candidate(s)", "", count)

    def add_title(self) -> str:
        return self.tr("Add a candidate")

    def removal_question(self, items: list[Candidate]) -> str:
        if len(items) == 1:
            return self.tr(
                "Delete {0} ({1})? Their interview and conflicts of interest go with them; "
                "Undo brings everything back."
            ).format(items[0].reference, items[0].name)
        return self.tr(
            "Delete these {0}? Their interviews and conflicts of interest go with them; "
            "Undo brings everything back."
        ).format(self.noun(len(items)))

    def file_stem(self) -> str:
        return self.tr("candidates")


class CandidatesView(QWidget):
    """The Candidates view of the main window."""

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CandidatesModel(session)
        self.page = TablePage(session, self.model, self.tr("Candidates"), "candidates", self)
        self.proxy = self.page.proxy
        self.table = self.page.table
        self.profile_filter = self.page.add_filter(
            self.tr("P&rofile:"), self.tr("Show the profile"), "profile", [(None, self.tr("All"))]
        )
        self.status_filter = self.page.add_filter(
            self.tr("Stat&us:"), self.tr("Show the status"), "status",
            [(None, self.tr("All")), *self.model.status_labels.items()],
        )
        self.mode_filter = self.page.add_filter(
            self.tr("&Mode:"), self.tr("Show the mode"), "mode",
            [(None, self.tr("All")), *self.model.mode_labels.items()],
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        session.changed.connect(self._profiles_changed)
        self._profiles_changed({"*"})

    def _profiles_changed(self, kinds: set[str]) -> None:
        """The profile filter lists the campaign's profiles; the chosen one stays chosen if it remains."""
        if not ("*" in kinds or "profile" in kinds):
            return
        combo = self.profile_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        if self.session.is_open:
            for profile in self.session.data.profiles:
                combo.addItem(profile.code, profile.code)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        self.proxy.set_filter("profile", combo.currentData())
        self.page.update_count()
