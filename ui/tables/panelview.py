"""The Panel view: the people who interview (members), the panels they sit on, rooms, and conflicts.

Four tabs built alike (search, table, Add/Delete/Export, Import where a sheet makes sense). Removing a
member or a room also takes back what depends on it (the core's `remove_member`, `remove_room`:
their interviews go back to be planned), and Undo restores all of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Slot
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from scheduler.domain import ROOM_KINDS, CampaignData, Conflict, Member, Panel, Room
from scheduler.editing import Change, edit, remove_member, remove_room
from ui.session import CampaignSession
from ui.tables.forms import MembersDialog
from ui.tables.models import Column, ItemTableModel
from ui.tables.page import TablePage


def roles_of(text: Any) -> list[str]:
    """Roles typed as "chair, member" (or one per line), without blanks or repeats."""
    roles: list[str] = []
    for part in str(text or "").replace("\n", ",").split(","):
        role = part.strip()
        if role and role.casefold() not in {r.casefold() for r in roles}:
            roles.append(role)
    return roles


def cap_text(value: int | None) -> str:
    return "" if value is None else str(value)


def cap_sort(value: int | None) -> float:
    return float("inf") if value is None else value


class MembersModel(ItemTableModel):
    """Panel members with their roles, caps, and how many interviews they have in the plan."""

    kind = "member"
    depends = frozenset({"interview"})

    def __init__(self, session: CampaignSession, parent: QObject | None = None) -> None:
        self.planned: Counter[str] = Counter()
        super().__init__(session, parent)

    def make_columns(self) -> list[Column]:
        no_limit = self.tr("no limit")
        return [
            Column(self.tr("Name"), lambda m: m.name, 26, edit="text",
                   update=lambda m, v: replace(m, name=v)),
            Column(self.tr("E-mail"), lambda m: m.email, 30, edit="text",
                   update=lambda m, v: replace(m, email=v)),
            Column(self.tr("Max per day"), lambda m: cap_text(m.max_per_day) or no_limit, 10,
                   sort=lambda m: cap_sort(m.max_per_day), edit="cap", value=lambda m: m.max_per_day,
                   update=lambda m, v: replace(m, max_per_day=v), number=True, maximum=100_000,
                   muted=lambda m: m.max_per_day is None, export=lambda m: m.max_per_day),
            Column(self.tr("Max total"), lambda m: cap_text(m.max_total) or no_limit, 10,
                   sort=lambda m: cap_sort(m.max_total), edit="cap", value=lambda m: m.max_total,
                   update=lambda m, v: replace(m, max_total=v), number=True, maximum=100_000,
                   muted=lambda m: m.max_total is None, export=lambda m: m.max_total),
            Column(self.tr("Planned interviews"), lambda m: str(self.planned[m.key]), 10,
                   sort=lambda m: self.planned[m.key], number=True, in_form=False,
                   export=lambda m: self.planned[m.key]),
            Column(self.tr("Roles"), lambda m: ", ".join(m.roles), 22, edit="text",
                   update=lambda m, v: replace(m, roles=roles_of(v)),
                   tooltip=lambda m: self.tr("Separate roles with commas: chair, technical, member")),
        ]

    def items_of(self, data: CampaignData) -> list[Member]:
        return list(data.members)

    def prepare(self, data: CampaignData) -> None:
        self.planned = Counter(e.casefold() for i in data.interviews for e in i.members)

    def describe(self, item: Member) -> str:
        return item.name or item.email

    def removal(self, data: CampaignData, item: Member) -> list[Change]:
        return remove_member(data, item)

    def new_item(self) -> Member:
        return Member(email="", name="")

    def noun(self, count: int) -> str:
        return self.tr("%Ln member(s)", "", count)

    def add_title(self) -> str:
        return self.tr("Add a panel member")

    def removal_question(self, items: list[Member]) -> str:
        return self.tr(
            "Delete {0}? They leave their panels, their conflicts of interest are deleted and their "
            "interviews go back to be planned; Undo brings everything back."
        ).format(items[0].name if len(items) == 1 else self.noun(len(items)))

    def file_stem(self) -> str:
        return self.tr("members")


class PanelsModel(ItemTableModel):
    """Panels: a name, the profile they interview for, and who sits on them."""

    kind = "panel"
    depends = frozenset({"member", "profile"})

    def __init__(self, session: CampaignSession, parent: QObject | None = None) -> None:
        self.names: dict[str, str] = {}
        super().__init__(session, parent)

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda p: p.name, 20, edit="text",
                   update=lambda p, v: replace(p, name=v)),
            Column(self.tr("Profile"), lambda p: p.profile, 8, edit="choice", choices=self.profile_choices,
                   update=lambda p, v: replace(p, profile=v or "")),
            Column(self.tr("Members"), self.members_text, 60, edit="members", value=lambda p: list(p.members),
                   update=lambda p, v: replace(p, members=list(v)), tooltip=self.members_tooltip,
                   export=lambda p: ", ".join(p.members)),
        ]

    def items_of(self, data: CampaignData) -> list[Panel]:
        return list(data.panels)

    def prepare(self, data: CampaignData) -> None:
        self.names = {m.key: m.name for m in data.members}

    def profile_choices(self) -> list[tuple[Any, str]]:
        return [(p.code, f"{p.code} — {p.name}") for p in self.session.data.profiles]

    def members_text(self, panel: Panel) -> str:
        return ", ".join(self.names.get(e.casefold(), e) for e in panel.members)

    def members_tooltip(self, panel: Panel) -> str:
        lines = [f"{self.names.get(e.casefold(), e)} <{e}>" for e in panel.members]
        return "\n".join([*lines, self.tr("Double-click or press Enter to choose the members.")])

    def set_members(self, panel: Panel, emails: list[str]) -> bool:
        if list(emails) == list(panel.members):
            return True
        after = replace(panel, members=list(emails))
        text = self.tr("Change the members of {0}").format(panel.name)
        return self.store(edit(self.session.data, self.kind, panel, after), text)

    def new_item(self) -> Panel:
        profiles = self.session.data.profiles
        return Panel(name="", profile=profiles[0].code if profiles else "")

    def noun(self, count: int) -> str:
        return self.tr("%Ln panel(s)", "", count)

    def add_title(self) -> str:
        return self.tr("Add a panel")

    def file_stem(self) -> str:
        return self.tr("panels")


class RoomsModel(ItemTableModel):
    """Rooms on site and virtual rooms, with capacity, step-free access, address and link."""

    kind = "room"

    def make_columns(self) -> list[Column]:
        kinds = {"onsite": self.tr("On site"), "virtual": self.tr("Virtual")}
        assert set(kinds) == set(ROOM_KINDS)
        return [
            Column(self.tr("Name"), lambda r: r.name, 24, edit="text",
                   update=lambda r, v: replace(r, name=v)),
            Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind), 10, edit="choice",
                   value=lambda r: r.kind, choices=lambda: list(kinds.items()),
                   update=lambda r, v: replace(r, kind=v), export=lambda r: r.kind),
            Column(self.tr("Capacity"), lambda r: cap_text(r.capacity), 8,
                   sort=lambda r: cap_sort(r.capacity), edit="cap", value=lambda r: r.capacity,
                   update=lambda r, v: replace(r, capacity=v),
                   number=True, maximum=100_000, export=lambda r: r.capacity),
            Column(self.tr("Accessible"), lambda r: "", 8, sort=lambda r: r.accessible,
                   check=lambda r: r.accessible, update=lambda r, v: replace(r, accessible=v),
                   export=lambda r: r.accessible),
            Column(self.tr("Location"), lambda r: r.location, 36, edit="text",
                   update=lambda r, v: replace(r, location=v), tooltip=lambda r: r.location),
            Column(self.tr("URL"), lambda r: r.url, 40, edit="text", update=lambda r, v: replace(r, url=v),
                   tooltip=lambda r: r.url),
        ]

    def items_of(self, data: CampaignData) -> list[Room]:
        return list(data.rooms)

    def removal(self, data: CampaignData, item: Room) -> list[Change]:
        return remove_room(data, item)

    def new_item(self) -> Room:
        return Room(name="")

    def noun(self, count: int) -> str:
        return self.tr("%Ln room(s)", "", count)

    def add_title(self) -> str:
        return self.tr("Add a room")

    def removal_question(self, items: list[Room]) -> str:
        return self.tr(
            "Delete {0}? Interviews planned there go back to be planned; Undo brings everything back."
        ).format(items[0].name if len(items) == 1 else self.noun(len(items)))

    def file_stem(self) -> str:
        return self.tr("rooms")


class ConflictsModel(ItemTableModel):
    """Conflicts of interest: a member who must not interview a candidate, and why."""

    kind = "conflict"
    depends = frozenset({"member", "candidate"})

    def __init__(self, session: CampaignSession, parent: QObject | None = None) -> None:
        self.member_names: dict[str, str] = {}
        self.candidate_names: dict[str, str] = {}
        super().__init__(session, parent)

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Member"), self.member_text, 46, edit="choice", value=lambda c: c.member,
                   choices=self.member_choices, update=lambda c, v: replace(c, member=v or ""),
                   tooltip=lambda c: c.member, export=lambda c: c.member),
            Column(self.tr("Candidate"), self.candidate_text, 34, edit="choice", value=lambda c: c.candidate,
                   choices=self.candidate_choices, update=lambda c, v: replace(c, candidate=v or ""),
                   export=lambda c: c.candidate),
            Column(self.tr("Reason"), lambda c: c.reason, 40, edit="text",
                   update=lambda c, v: replace(c, reason=v), tooltip=lambda c: c.reason),
        ]

    def items_of(self, data: CampaignData) -> list[Conflict]:
        return list(data.conflicts)

    def prepare(self, data: CampaignData) -> None:
        self.member_names = {m.key: m.name for m in data.members}
        self.candidate_names = {c.reference: c.name for c in data.candidates}

    def member_text(self, conflict: Conflict) -> str:
        name = self.member_names.get(conflict.member.casefold())
        return f"{name} <{conflict.member}>" if name else conflict.member

    def candidate_text(self, conflict: Conflict) -> str:
        name = self.candidate_names.get(conflict.candidate)
        return f"{conflict.candidate} {name}" if name else conflict.candidate

    def member_choices(self) -> list[tuple[Any, str]]:
        return [(m.email, f"{m.name} <{m.email}>") for m in self.session.data.members]

    def candidate_choices(self) -> list[tuple[Any, str]]:
        return [(c.reference, f"{c.reference} {c.name}") for c in self.session.data.candidates]

    def describe(self, item: Conflict) -> str:
        return f"{item.member} / {item.candidate}"

    def new_item(self) -> Conflict:
        data = self.session.data
        member = data.members[0].email if data.members else ""
        candidate = data.candidates[0].reference if data.candidates else ""
        return Conflict(member=member, candidate=candidate)

    def noun(self, count: int) -> str:
        return self.tr("%Ln conflict(s)", "", count)

    def add_title(self) -> str:
        return self.tr("Add a conflict of interest")

    def removal_text(self, items: list[Conflict]) -> str:
        return self.tr("Delete {0}").format(self.noun(len(items)))

    def file_stem(self) -> str:
        return self.tr("conflicts")


class PanelsPage(TablePage):
    """The panels' table, where the members are chosen in a dialog rather than typed."""

    def __init__(self, session: CampaignSession, model: PanelsModel, title: str, parent: QWidget) -> None:
        super().__init__(session, model, title, None, parent)
        self.panels = model
        self.members_button = self._button(
            self.tr("Mem&bers…"), self.tr("Choose the members of the selected panel"), self.choose_members
        )
        self.extra_buttons.addWidget(self.members_button)
        self.table.activated.connect(self._activated)
        self.update_buttons()

    @Slot()
    def update_buttons(self) -> None:
        super().update_buttons()
        if hasattr(self, "members_button"):
            self.members_button.setEnabled(self.session.is_open and len(self.selected_rows()) == 1)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if self.model.columns[index.column()].edit == "members":
            self.choose_members()

    @Slot()
    def choose_members(self) -> QDialog | None:
        """Opens the members dialog for the current panel (window-modal); returns it for tests."""
        items = self.selected_items()
        if len(items) != 1:
            return None
        panel = items[0]
        dialog = MembersDialog(self.session.data.members, panel.members, self)
        dialog.setProperty("panel", panel.name)
        dialog.accepted.connect(self._members_chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def _members_chosen(self) -> None:
        dialog = self.sender()
        if not isinstance(dialog, MembersDialog):
            return
        name = dialog.property("panel")
        panel = next((p for p in self.session.data.panels if p.name == name), None)
        if panel is not None:
            self.panels.set_members(panel, dialog.chosen())


class PanelView(QWidget):
    """The Panel view of the main window: Members, Panels, Rooms and Conflicts tabs."""

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Panel tables"))
        self.tabs.tabBar().setAccessibleName(self.tr("Panel tables"))
        self.members = TablePage(session, MembersModel(session), self.tr("Members"), "members", self)
        self.panels = PanelsPage(session, PanelsModel(session), self.tr("Panels"), self)
        self.rooms = TablePage(session, RoomsModel(session), self.tr("Rooms"), None, self)
        self.conflicts = TablePage(session, ConflictsModel(session), self.tr("Conflicts"), "conflicts", self)
        self.tabs.addTab(self.members, self.tr("&Members"))
        self.tabs.addTab(self.panels, self.tr("Panels"))
        self.tabs.addTab(self.rooms, self.tr("&Rooms"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts of interest"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        session.changed.connect(self._update_tab_titles)
        self._update_tab_titles({"*"})

    def pages(self) -> list[TablePage]:
        return [self.members, self.panels, self.rooms, self.conflicts]

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, TablePage):
            page.update_count()

    @Slot(object)
    def _update_tab_titles(self, kinds: set[str]) -> None:
        """Each tab's tooltip says how many rows it holds, so a glance tells what is filled in."""
        for number_, page in enumerate(self.pages()):
            self.tabs.setTabToolTip(number_, page.model.noun(page.model.rowCount()))
