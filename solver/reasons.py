"""Why a candidate is not placed, in words a coordinator can act on, and the capacity check.

Each reason names the rule to relax: the candidate's hours, a panel's conflict of interest, a
room's accessibility, or plain lack of room in the calendar. The checks go from the candidate alone
to the candidate with panels, rooms, and finally the other interviews, and stop at the first level
that already rules everything out, so the reason given is the most basic one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from scheduler.domain import Candidate, Profile
from scheduler.timeline import describe_day
from solver.firstfit import Bookings, Placement
from solver.problem import BLOCK, Problem, Task, base_grid, candidate_starts, packed, team_free


def explain(problem: Problem, placements: list[Placement]) -> dict[str, list[str]]:
    """Reasons for every active candidate the placements leave out."""
    placed = {problem.tasks[p.task].reference for p in placements}
    fixed = {f.interview.candidate for f in problem.fixed}
    bookings = Bookings(problem)  # fixed interviews are in the problem's booked times already
    for p in placements:
        task = problem.tasks[p.task]
        bookings.book(problem.teams[p.team].keys, p.room, p.start, task.length + task.buffer)
    tasks = {t.reference: t for t in problem.tasks}
    reasons = {}
    for candidate in problem.data.candidates:
        ref = candidate.reference
        if candidate.status != "shortlisted" or ref in placed or ref in fixed:
            continue
        task = tasks.get(ref)
        reasons[ref] = (
            [f"Profile {candidate.profile!r} does not exist in this campaign."]
            if task is None else reasons_for(problem, bookings, task)
        )
    return reasons


def reasons_for(problem: Problem, bookings: Bookings, task: Task) -> list[str]:
    candidate, profile = task.candidate, task.profile
    own = candidate_starts(problem, candidate, task.length)
    if not own:
        return [own_time_reason(problem, candidate, task)]
    teams = [i for i, t in enumerate(problem.teams) if t.profile == profile.code]
    if not teams:
        return [no_team_reason(problem, profile)]
    conflicted = _conflicted_teams(problem, candidate, teams)
    if len(conflicted) == len(teams):
        return [conflict_reason(problem, profile, teams, conflicted)]
    if not task.starts:
        return [busy_panels_reason(problem, profile, candidate, own, teams, conflicted, task)]
    if task.rooms is not None and not task.rooms:
        return [room_reason(candidate, profile)]
    return [taken_reason(problem, bookings, task)]


def own_time_reason(problem: Problem, candidate: Candidate, task: Task) -> str:
    settings = problem.data.campaign
    if not problem.axis.days:
        return "The campaign has no working day: check its dates, working days and holidays."
    if not base_grid(problem, task.length):
        return (f"The interview ({task.length} min) is longer than any stretch of working time "
                f"between breaks ({settings.day_start:%H:%M}-{settings.day_end:%H:%M}).")
    if candidate.mode == "remote":
        bare = Candidate(f"{candidate.reference}\x00local-hours-only", candidate.name,
                         candidate.profile, mode="remote", timezone=candidate.timezone,
                         local_hours=candidate.local_hours)
        if not candidate_starts(problem, bare, task.length):
            hours = candidate.hours()
            zone = candidate.timezone or settings.timezone
            return (f"No time inside the candidate's local hours ({zone}, "
                    f"{hours.start:%H:%M}-{hours.end:%H:%M}) falls on a working hour in "
                    f"{settings.timezone}.")
    if candidate.available:
        return ("The times the candidate said they are available fall on no free working "
                "time of a campaign day: widen their availability.")
    return ("The candidate is unavailable on every campaign day at working hours: shorten their "
            "unavailability or extend the campaign.")


def no_team_reason(problem: Problem, profile: Profile) -> str:
    if any(p.profile == profile.code for p in problem.data.panels):
        return (f"No panel of profile {profile.code} can fill its seats "
                f"({', '.join(profile.seat_roles)}): check the panels' members and roles.")
    held = {role for m in problem.data.members for role in m.roles}
    missing = sorted(set(profile.seat_roles) - held)
    if missing:
        return (f"No panel member holds the role {', '.join(missing)} that profile "
                f"{profile.code} needs.")
    return (f"There are not enough different members to fill every seat of profile "
            f"{profile.code} ({', '.join(profile.seat_roles)}).")


def _conflicted_teams(problem: Problem, candidate: Candidate, teams: list[int]) -> dict[int, list[str]]:
    conflicts = {c.member.casefold(): c for c in problem.data.conflicts
                 if c.candidate == candidate.reference}
    found = {}
    for index in teams:
        hits = [k for k in problem.teams[index].keys if k in conflicts]
        if hits:
            found[index] = [_conflict_words(problem, conflicts[k]) for k in hits]
    return found


def _conflict_words(problem: Problem, conflict) -> str:
    member = problem.data.member(conflict.member)
    name = member.name if member else conflict.member
    return f"{name} ({conflict.reason})" if conflict.reason else name


def conflict_reason(problem: Problem, profile: Profile, teams: list[int],
                    conflicted: dict[int, list[str]]) -> str:
    who = "; ".join(", ".join(words) for words in conflicted.values())
    if any(problem.teams[i].name for i in teams):
        subject = (f"The only {profile.code} panel includes" if len(teams) == 1
                   else f"All {len(teams)} {profile.code} panels include")
        return (f"{subject} a member with a conflict of interest with this candidate ({who}): "
                f"add a panel without them or replace the member.")
    return (f"Every member who could fill the seats of profile {profile.code} has a conflict of "
            f"interest with this candidate ({who}).")


def busy_panels_reason(problem: Problem, profile: Profile, candidate: Candidate, own: list[int],
                       teams: list[int], conflicted: dict[int, list[str]], task: Task) -> str:
    days = sorted({s // BLOCK for s in own})
    free_teams = [i for i in teams if i not in conflicted]
    names = ", ".join(problem.teams[i].label() for i in free_teams)
    when = _days_words(problem, days)
    blocked = task.length + task.buffer
    if all(not team_free(problem, i, task.length, blocked) for i in free_teams):
        return (f"The members of {names} are never all free for a {task.length}-minute interview "
                f"in the campaign: check their availability and busy times.")
    return (f"{names} {'is' if len(free_teams) == 1 else 'are'} never free at a time the "
            f"candidate can come ({when}): widen the candidate's availability or free a panel.")


def room_reason(candidate: Candidate, profile: Profile) -> str:
    need = "accessible and seating" if candidate.accessible_room else "seating"
    return (f"No onsite room is {need} {profile.panel_size + 1} people: add a room or let the "
            f"candidate take part remotely.")


def taken_reason(problem: Problem, bookings: Bookings, task: Task) -> str:
    slots = {(team, s) for team, starts in task.starts.items() for s in starts}
    days = sorted({s // BLOCK for _, s in slots})
    return (f"All {len(slots)} possible interview times on the {len(days)} days the candidate "
            f"can come ({_days_words(problem, days)}) are taken by other interviews or the "
            f"members' daily caps: add panel time on those days or widen the candidate's "
            f"availability.")


def _days_words(problem: Problem, days: list[int]) -> str:
    words = [describe_day(problem.axis.days[d]) for d in days[:3]]
    more = f" and {len(days) - 3} more" if len(days) > 3 else ""
    return ", ".join(words) + more


@dataclass(frozen=True)
class Capacity:
    """An upper bound on interviews per profile, from panel time, caps and seats by role."""

    demand: dict[str, int]  # profile -> candidates that could be placed on their own
    limit: dict[str, int]  # profile -> at most this many fit
    shortfalls: list[str]

    @property
    def bound(self) -> int:
        return sum(min(self.demand[p], self.limit.get(p, 0)) for p in self.demand)


def capacity_check(problem: Problem) -> Capacity:
    demand: dict[str, int] = defaultdict(int)
    for task in problem.tasks:
        if task.starts and (task.rooms is None or task.rooms):
            demand[task.profile.code] += 1
    limit, shortfalls = {}, []
    for profile in problem.data.profiles:
        if demand.get(profile.code, 0) == 0:
            continue
        teams = [i for i, t in enumerate(problem.teams) if t.profile == profile.code]
        limit[profile.code], words = _profile_limit(problem, profile, teams)
        if limit[profile.code] < demand[profile.code]:
            shortfalls.append(f"{words[0].upper()}{words[1:]}: at most {limit[profile.code]} of "
                              f"the {demand[profile.code]} {profile.code} interviews fit.")
    return Capacity(dict(demand), limit, shortfalls)


def _profile_limit(problem: Problem, profile: Profile, teams: list[int]) -> tuple[int, str]:
    from solver.model import day_capacity

    length = min((t.length for t in problem.tasks if t.profile.code == profile.code), default=0)
    blocked = length + profile.buffer_minutes
    member_room = {
        key: min(problem.caps_total.get(key, 10**9) - problem.fixed_total.get(key, 0),
                 sum(day_capacity(problem, key, d) for d in range(len(problem.axis.days))))
        for team in teams for key in problem.teams[team].keys
    }
    best_text, best = "", 10**9
    team_room = sum(_team_days_capacity(problem, i, length, blocked) for i in teams)
    if team_room < best:
        kind = "panels" if any(problem.teams[i].name for i in teams) else "compositions"
        best, best_text = team_room, f"the free time of the {profile.code} {kind} in the window"
    for seat in profile.seats:
        holders = [k for k, m in ((m.key, m) for m in problem.data.members)
                   if seat.role in m.roles and k in member_room]
        room = sum(max(0, member_room[k]) for k in holders) // seat.count
        if room < best:
            best = room
            best_text = (f"only {len(holders)} members hold the {seat.role} seat of "
                         f"{profile.code}")
    return best, best_text


def _team_days_capacity(problem: Problem, team: int, length: int, blocked: int) -> int:
    return packed(sorted(team_free(problem, team, length, blocked)), blocked)
