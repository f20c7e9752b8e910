"""The solver never breaks a rule: each rule gets a campaign where breaking it would be easy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from scheduler.domain import CampaignData, Conflict, Holiday, Panel, TimeOfDayRange
from scheduler.rules import check_plan
from solver.plan import PlanResult, plan_campaign
from solver.search import SearchOptions
from tests.scheduler.builders import (
    AA_PANEL,
    ANNE,
    BJORN,
    PANEL,
    at,
    campaign,
    candidate,
    change_candidate,
    change_member,
    interview,
    span,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


def solve(data: CampaignData, *, replan: bool = False, seconds: float = 2) -> PlanResult:
    result = plan_campaign(
        data, replan=replan, options=SearchOptions(time_limit=seconds, deterministic=True)
    )
    assert result.conflicts == []
    planned = replace(data, interviews=result.interviews)
    assert check_plan(planned) == [], [v.message for v in check_plan(planned)]
    return result


def only(data: CampaignData, *references: str) -> CampaignData:
    data.candidates = [c for c in data.candidates if c.reference in references]
    return data


def placed(result: PlanResult) -> dict[str, object]:
    return {i.candidate: i for i in result.interviews}


def local(instant, zone=BRUSSELS):
    return instant.astimezone(zone)


def test_whole_baseline_is_planned_without_breaking_a_rule() -> None:
    result = solve(campaign())
    assert len(result.interviews) == 11
    assert result.unscheduled == {}


def test_holidays_and_non_workdays_are_skipped() -> None:
    data = only(campaign(start_date=date(2024, 4, 27), end_date=date(2024, 5, 2)), "TS-0001",
                "TS-0002", "TS-0003", "TS-0004", "TS-0005", "TS-0006", "TS-0007", "TS-0008")
    result = solve(data)
    days = {local(i.start).date() for i in result.interviews}
    assert days <= {date(2024, 4, 29), date(2024, 4, 30), date(2024, 5, 2)}
    assert len(result.interviews) == 8


def test_interviews_start_on_the_grid_and_never_cross_a_break() -> None:
    data = only(campaign(slot_minutes=20, day_start=time(9, 10),
                         breaks=[TimeOfDayRange(time(10, 0), time(10, 40))],
                         end_date=date(2024, 4, 23)), "TS-0001", "TS-0002", "TS-0003")
    result = solve(data)
    for i in result.interviews:
        start = local(i.start)
        minutes = start.hour * 60 + start.minute - (9 * 60 + 10)
        assert minutes % 20 == 0
        end = start + timedelta(minutes=45)
        assert end.time() <= time(10, 0) or start.time() >= time(10, 40)


def test_candidate_availability_is_respected() -> None:
    data = only(campaign(), "TS-0001")
    change_candidate(data, "TS-0001", available=[span("2024-05-16 14:00", "2024-05-16 15:00")])
    result = solve(data)
    start = local(result.interviews[0].start)
    assert start.date() == date(2024, 5, 16) and time(14, 0) <= start.time() <= time(14, 15)


def test_member_busy_time_is_respected() -> None:
    data = only(campaign(end_date=date(2024, 4, 26)), "TS-0001", "AA-0001")
    change_member(data, ANNE, unavailable=[span("2024-04-22 00:00", "2024-04-25 00:00")])
    result = solve(data)
    for i in result.interviews:
        if ANNE in i.members:
            assert local(i.start).date() >= date(2024, 4, 25)


def test_remote_candidates_stay_in_their_local_hours_across_daylight_saving_changes() -> None:
    # New York moves its clocks on 10 March 2024, Brussels on 31 March: in between the gap is 5 h.
    data = only(campaign(start_date=date(2024, 3, 4), end_date=date(2024, 4, 5)), "R-0001")
    data.candidates.append(candidate("R-0002", mode="remote", timezone="America/New_York"))
    data.candidates.append(candidate("R-0003", mode="remote", timezone="America/New_York"))
    hours = TimeOfDayRange(time(8, 0), time(9, 15))
    for ref, day in (("R-0001", "2024-03-08"), ("R-0002", "2024-03-20"), ("R-0003", "2024-04-03")):
        change_candidate(data, ref, local_hours=hours,
                         available=[span(f"{day} 00:00", f"{day} 23:59")])
    result = solve(data)
    new_york = ZoneInfo("America/New_York")
    assert len(result.interviews) == 3
    for i in result.interviews:
        start = local(i.start, new_york)
        assert time(8, 0) <= start.time() and (start + timedelta(minutes=45)).time() <= time(9, 15)
    # On 20 March Brussels is only 5 hours ahead: 08:00-09:15 there is 13:00-14:15 here, lunch
    # ends at 13:30, so the interview can only start at 13:30 (08:30 in New York).
    assert local(placed(result)["R-0002"].start).time() == time(13, 30)


def test_seats_are_filled_by_role_and_panels_are_kept_whole() -> None:
    data = campaign()
    data.panels = [Panel("TS panel", "TS", list(PANEL)), Panel("AA panel", "AA", list(AA_PANEL))]
    result = solve(data)
    for i in result.interviews:
        assert tuple(i.members) in (PANEL, AA_PANEL)


def test_conflicts_of_interest_are_never_seated() -> None:
    data = campaign()
    data.conflicts = [Conflict(BJORN, "TS-0003", "former colleague")]
    result = solve(data)
    interview_ = placed(result)["TS-0003"]
    assert BJORN not in interview_.members  # type: ignore[attr-defined]


def test_buffers_and_daily_caps_are_kept() -> None:
    data = only(campaign(end_date=date(2024, 4, 24)), *(f"TS-{n:04d}" for n in range(1, 10)))
    change_member(data, BJORN, max_per_day=2)
    result = solve(data)
    per_day: dict[date, int] = {}
    for i in result.interviews:
        if BJORN in i.members:
            per_day[local(i.start).date()] = per_day.get(local(i.start).date(), 0) + 1
    assert max(per_day.values()) <= 2


def test_max_total_leaves_the_rest_unplaced_with_a_reason() -> None:
    data = only(campaign(), "TS-0001", "TS-0002", "TS-0003")
    change_member(data, BJORN, max_total=1)
    change_member(data, "e.rossi@example.org", roles=["member"])  # Björn is the only technical
    result = solve(data)
    assert len(result.interviews) == 1
    assert len(result.unscheduled) == 2


def test_rooms_fit_capacity_and_accessibility_one_interview_at_a_time() -> None:
    data = only(campaign(end_date=date(2024, 4, 22)), "TS-0001", "TS-0002", "TS-0003")
    change_candidate(data, "TS-0002", accessible_room=True)
    result = solve(data)
    rooms = {i.candidate: i.room for i in result.interviews}
    assert rooms["TS-0002"] == "Room 1"
    assert "Room 3" not in rooms.values()  # seats 3, a panel of three and a candidate are four


def test_remote_candidates_take_a_virtual_room() -> None:
    result = solve(only(campaign(), "R-0001"))
    assert result.interviews[0].room == "Video 1"


def test_accommodation_makes_the_interview_longer() -> None:
    data = only(campaign(end_date=date(2024, 4, 22), day_end=time(10, 0)), "TS-0001")
    change_candidate(data, "TS-0001", extra_minutes=30)
    result = solve(data)
    assert result.interviews == []
    assert "longer than any stretch" in result.unscheduled["TS-0001"][0]


def test_pinned_interviews_stay_exactly_as_they_are() -> None:
    data = campaign()
    pinned = replace(interview("TS-0001", "2024-04-22 09:00"), pinned=True)
    data.interviews = [pinned]
    result = solve(data)
    assert placed(result)["TS-0001"] == pinned


def test_pinned_interviews_that_clash_are_named_and_nothing_is_planned() -> None:
    data = campaign()
    data.interviews = [
        replace(interview("TS-0001", "2024-04-22 09:00"), pinned=True),
        replace(interview("TS-0002", "2024-04-22 09:30", room="Room 2"), pinned=True),
    ]
    result = plan_campaign(data, options=SearchOptions(time_limit=5, deterministic=True))
    assert result.status == "infeasible"
    assert result.conflicts and all("TS-0001, TS-0002" in c for c in result.conflicts)


def test_honolulu_candidate_gets_the_plain_reason() -> None:
    data = only(campaign(), "R-0001")
    change_candidate(data, "R-0001", timezone="Pacific/Honolulu")
    result = solve(data)
    assert result.unscheduled == {"R-0001": [
        "No time inside the candidate's local hours (Pacific/Honolulu, 08:00-20:00) falls on a "
        "working hour in Europe/Brussels."
    ]}


def test_conflicted_panels_are_named_in_the_reason() -> None:
    data = campaign()
    data.panels = [Panel("AA panel", "AA", list(AA_PANEL))]
    data.conflicts = [Conflict(AA_PANEL[0], "AA-0001", "family relation")]
    result = solve(data)
    assert result.unscheduled["AA-0001"] == [
        "The only AA panel includes a member with a conflict of interest with this candidate "
        "(Dorota Kowalska (family relation)): add a panel without them or replace the member."
    ]


def test_full_days_are_stated_as_the_reason_and_the_shortfall_up_front() -> None:
    data = campaign(start_date=date(2024, 4, 22), end_date=date(2024, 4, 22))
    data.panels = [Panel("TS panel", "TS", list(PANEL))]
    data.candidates += [candidate(f"TS-{n:04d}") for n in range(10, 13)]
    data.candidates = [c for c in data.candidates if c.reference.startswith("TS")]
    result = solve(data)
    assert len([i for i in result.interviews if i.candidate.startswith("TS")]) == 7
    assert any("at most 7 of the 12 TS interviews fit" in s for s in result.shortfalls)
    reasons = [r for ref, rs in result.unscheduled.items() if ref.startswith("TS") for r in rs]
    assert len(reasons) == 5 and all("are taken by other interviews" in r for r in reasons)


def test_withdrawn_candidates_are_not_planned() -> None:
    data = change_candidate(campaign(), "TS-0001", status="withdrawn")
    assert "TS-0001" not in placed(solve(data))


def test_replan_after_a_member_is_away_moves_only_the_touched_interviews() -> None:
    data = campaign()
    data.candidates += [candidate(f"TS-{n:04d}") for n in range(10, 30)]
    first = solve(data)
    data.interviews = first.interviews
    busiest = max((m.email for m in data.members),
                  key=lambda e: sum(e in i.members for i in first.interviews))
    their_days = [local(i.start).date() for i in first.interviews if busiest in i.members]
    gone = max(set(their_days), key=their_days.count)  # away that day and the next
    away = {gone, gone + timedelta(days=1)}
    touched = {i.candidate for i in first.interviews
               if busiest in i.members and local(i.start).date() in away}
    change_member(data, busiest, unavailable=[
        span(f"{gone} 00:00", f"{gone + timedelta(days=2)} 00:00")])
    again = solve(data, replan=True)
    assert touched and set(again.moved) >= touched
    assert len(again.moved) <= len(touched) * 1.5
    assert len(again.interviews) == len(first.interviews)


@pytest.mark.parametrize("finish", ["early", "spread"])
def test_finishing_early_or_spreading_both_give_valid_plans(finish: str) -> None:
    data = campaign()
    result = plan_campaign(data, options=SearchOptions(time_limit=5, deterministic=True,
                                                       finish=finish))
    assert check_plan(replace(data, interviews=result.interviews)) == []


def test_holiday_inside_the_window_blocks_only_its_day() -> None:
    data = only(campaign(start_date=date(2024, 5, 1), end_date=date(2024, 5, 2)), "TS-0001")
    data.campaign.holidays.append(Holiday(date(2024, 5, 2), "Bridge day"))
    result = solve(data)
    assert result.interviews == []
    assert result.unscheduled["TS-0001"][0].startswith("The campaign has no working day")


def test_at_helper_is_brussels_wall_clock() -> None:
    assert local(at("2024-04-22 09:00")).time() == time(9, 0)
