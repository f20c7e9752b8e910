"""Who can sit together: the teams the solver assigns interviews to.

Where a profile has panels, its teams are exactly those panels. Where it has none (pool mode), the
format lets every interview pick any members holding the seats' roles; we let the solver choose among
a set of compositions instead. Few compositions is what equal treatment asks for anyway (comparable
candidates meet the same panel), and it keeps the model small. The set covers every member who can
fill a seat: disjoint compositions first, so that they can sit at the same time, then one more per
member left over, reusing the others' seats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from scheduler.domain import CampaignData, Member, Profile
from scheduler.rules import match_seats


@dataclass(frozen=True)
class Team:
    name: str | None  # the panel's name; None for a composition drawn from the pool
    profile: str
    members: tuple[str, ...]  # e-mails as the campaign lists them, one per seat
    keys: tuple[str, ...]  # the same, case-folded

    def label(self) -> str:
        return self.name or " + ".join(self.members)


FreeOn = Callable[[str, int], bool]  # (member key, day index) -> free for an interview that day


def teams_for_profile(
    data: CampaignData, profile: Profile, free_on: FreeOn | None = None, days: int = 0
) -> list[Team]:
    panels = [p for p in data.panels if p.profile == profile.code]
    if panels:
        return [
            Team(p.name, profile.code, tuple(p.members), tuple(e.casefold() for e in p.members))
            for p in panels
            if _seated(data, p.members, profile.seat_roles)
        ]
    teams = pool_teams(data.members, profile)
    if free_on is not None:
        teams = _unique([*daily_teams(data.members, profile, free_on, days), *teams])
    return teams + conflict_free_teams(data, profile, teams)


def daily_teams(members: list[Member], profile: Profile, free_on: FreeOn, days: int) -> list[Team]:
    """Compositions of members free on the same days, the most often possible first.

    Members who come on different days cannot sit together, so compositions drawn from the whole
    pool may never be free at all; composing day by day finds the ones that are.
    """
    seats = profile.seat_roles
    counts: dict[tuple[str, ...], int] = {}
    found: dict[tuple[str, ...], Team] = {}
    for day in range(days):
        pool = [m for m in members if free_on(m.key, day)]
        for team in pool_teams(pool, profile, cover=False):
            counts[team.keys] = counts.get(team.keys, 0) + 1
            found[team.keys] = team
    ranked = sorted(found, key=lambda keys: (-counts[keys], keys))
    most = max(8, 3 * len(members) // max(1, len(seats)))
    return [found[keys] for keys in ranked[:most]]


def _unique(teams: list[Team]) -> list[Team]:
    seen: dict[frozenset[str], Team] = {}
    for team in teams:
        seen.setdefault(frozenset(team.keys), team)
    return list(seen.values())


def _seated(data: CampaignData, emails: list[str], seats: list[str]) -> bool:
    """A panel that cannot fill its profile's seats can hold no valid interview."""
    members = [data.member(e) for e in emails]
    if any(m is None for m in members) or len({e.casefold() for e in emails}) != len(emails):
        return False
    return len(members) == len(seats) and len(match_seats(members, seats)) == len(seats)


def pool_teams(members: list[Member], profile: Profile, *, cover: bool = True) -> list[Team]:
    seats = profile.seat_roles
    eligible = [m for m in members if set(m.roles) & set(seats)]
    # Scarce roles first: a member holding a rare role should not be spent on a common seat.
    eligible.sort(key=lambda m: (len(m.roles), m.key))
    teams: list[list[Member]] = []
    unused = list(eligible)
    while True:
        team = _compose(unused, seats)
        if team is None:
            break
        teams.append(team)
        unused = [m for m in unused if m not in team]
    for member in unused if cover else []:
        for team in teams:
            variant = _swap_in(team, member, seats)
            if variant is not None:
                teams.append(variant)
                break
    return [_team(profile, t, seats) for t in teams]


def conflict_free_teams(data: CampaignData, profile: Profile, teams: list[Team]) -> list[Team]:
    """Extra compositions for candidates whom every composition so far puts before a conflict."""
    seats = profile.seat_roles
    conflicted: dict[str, set[str]] = {}
    for conflict in data.conflicts:
        conflicted.setdefault(conflict.candidate, set()).add(conflict.member.casefold())
    extra: list[Team] = []
    for candidate in data.candidates:
        avoid = conflicted.get(candidate.reference)
        if candidate.profile != profile.code or not avoid:
            continue
        if any(not avoid & set(t.keys) for t in [*teams, *extra]):
            continue
        pool = [m for m in data.members if m.key not in avoid and set(m.roles) & set(seats)]
        pool.sort(key=lambda m: (len(m.roles), m.key))
        team = _compose(pool, seats)
        if team is not None:
            extra.append(_team(profile, team, seats))
    return extra


def _compose(pool: list[Member], seats: list[str]) -> list[Member] | None:
    matched = match_seats(pool, seats)
    if len(matched) < len(seats):
        return None
    return [pool[m] for m in sorted(matched, key=lambda m: matched[m])]


def _swap_in(team: list[Member], member: Member, seats: list[str]) -> list[Member] | None:
    for i in range(len(team)):
        variant = [*team[:i], member, *team[i + 1 :]]
        if len(match_seats(variant, seats)) == len(seats):
            return variant
    return None


def _team(profile: Profile, members: list[Member], seats: list[str]) -> Team:
    matched = match_seats(members, seats)
    ordered = [members[m] for m in sorted(matched, key=lambda m: matched[m])]
    return Team(None, profile.code, tuple(m.email for m in ordered), tuple(m.key for m in ordered))
