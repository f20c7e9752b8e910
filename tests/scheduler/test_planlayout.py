"""The plan as a calendar, without a window: lanes, blocks per day, navigation, and what a drop means."""

from __future__ import annotations

import time as clock
from dataclasses import replace
from datetime import date, time, timedelta

from scheduler.domain import Interview, Panel
from scheduler.editing import move_problems
from scheduler.planlayout import (
    DAY,
    GROUP,
    MEMBER,
    MEMBERS,
    NO_ROOM,
    PANEL,
    PANELS,
    ROOM,
    ROOMS,
    WEEK,
    PlanLayout,
    day_shades,
    first_day,
    lanes_for,
    pages,
    problems_by_reference,
    proposed_move,
    shown_days,
    slot_times,
    snap_start,
    step,
    today_anchor,
    week_days,
)
from scheduler.rules import check_plan
from tests.scheduler.builders import (
    AA_PANEL,
    ANNE,
    BJORN,
    CELINE,
    DOROTA,
    ELENA,
    at,
    interview,
    planned,
)
from tests.scheduler.builders import (
    PANEL as TS_MEMBERS,
)


def with_panels(data):
    data.panels = [Panel("TS A", "TS", list(TS_MEMBERS)), Panel("AA", "AA", list(AA_PANEL))]
    return data


def test_panel_lanes_are_the_campaigns_panels_then_groups_the_plan_uses():
    odd = (ANNE, ELENA, CELINE)
    data = with_panels(planned(interview("TS-0001", "2024-04-23 10:00"),
                               interview("TS-0002", "2024-04-23 11:00", odd)))
    lanes = lanes_for(data, PANELS)
    assert [(lane.kind, lane.label) for lane in lanes] == [
        (PANEL, "TS A"), (PANEL, "AA"), (GROUP, "Anne Martin, Elena Rossi, Céline Dupont")]
    layout = PlanLayout(data, PANELS)
    assert [b.lane for b in layout.blocks_of("TS-0001")] == [0]
    assert [b.lane for b in layout.blocks_of("TS-0002")] == [2]
    assert layout.blocks_of("TS-0001")[0].panel == "TS A"


def test_a_panel_lane_matches_its_members_whatever_their_order_or_case():
    shuffled = (CELINE.upper(), ANNE, BJORN)
    data = with_panels(planned(interview("TS-0001", "2024-04-23 10:00", shuffled)))
    assert [b.lane for b in PlanLayout(data, PANELS).blocks_of("TS-0001")] == [0]


def test_room_lanes_add_no_room_only_when_an_interview_has_none():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    assert [lane.kind for lane in lanes_for(data, ROOMS)] == [ROOM] * 4
    data.interviews.append(interview("R-0001", "2024-04-23 15:00", room=None))
    lanes = lanes_for(data, ROOMS)
    assert (lanes[-1].kind, len(lanes)) == (NO_ROOM, 5)
    layout = PlanLayout(data, ROOMS)
    assert [b.lane for b in layout.blocks_of("R-0001")] == [4]
    assert [b.lane for b in layout.blocks_of("TS-0001")] == [0]


def test_member_lanes_show_an_interview_once_per_member():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    layout = PlanLayout(data, MEMBERS)
    assert [lane.kind for lane in layout.lanes] == [MEMBER] * 5
    assert sorted(b.lane for b in layout.blocks_of("TS-0001")) == [0, 1, 2]
    assert layout.count_on([date(2024, 4, 23)]) == 1


def test_blocks_per_day_carry_wall_clock_times_and_lengths():
    data = with_panels(planned(interview("TS-0001", "2024-04-23 10:00"),
                               interview("AA-0001", "2024-04-23 09:00", AA_PANEL, "Room 2"),
                               interview("TS-0002", "2024-04-24 10:00")))
    layout = PlanLayout(data, PANELS)
    tuesday = layout.blocks_on(date(2024, 4, 23))
    assert [(b.reference, b.lane) for b in tuesday] == [("TS-0001", 0), ("AA-0001", 1)]
    block = tuesday[0]
    assert (block.start.time(), block.end.time()) == (time(10, 0), time(10, 45))
    assert (block.start_minutes, block.end_minutes) == (600, 645)
    assert block.name == "Candidate TS-0001" and block.profile == "TS"
    assert [b.reference for b in layout.blocks_in(1, date(2024, 4, 23))] == ["AA-0001"]
    assert layout.count_on(week_days(data.campaign, date(2024, 4, 23))) == 3
    assert layout.profile_index("AA") == 1 and layout.profile_index("XX") == 2


def test_the_axis_is_the_working_day_widened_to_show_a_misplaced_interview():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    layout = PlanLayout(data, PANELS)
    assert layout.axis([date(2024, 4, 23)]) == (9 * 60, 17 * 60 + 30)
    data.interviews.append(interview("TS-0002", "2024-04-23 17:20"))
    layout = PlanLayout(data, PANELS)
    assert layout.axis([date(2024, 4, 23)]) == (9 * 60, 18 * 60 + 15)
    assert layout.axis([date(2024, 4, 24)]) == (9 * 60, 17 * 60 + 30)


def test_weeks_and_days_to_browse():
    data = planned()
    settings = data.campaign
    assert first_day(settings) == date(2024, 4, 22)
    assert week_days(settings, date(2024, 4, 25)) == [date(2024, 4, 22) + timedelta(days=i) for i in range(5)]
    assert shown_days(settings, DAY, date(2024, 4, 25)) == [date(2024, 4, 25)]
    assert step(settings, WEEK, date(2024, 4, 24), 1) == date(2024, 4, 29)
    assert step(settings, WEEK, date(2024, 4, 24), -1) is None
    assert step(settings, WEEK, date(2024, 6, 12), 1) is None
    assert step(settings, DAY, date(2024, 4, 26), 1) == date(2024, 4, 29)  # over the weekend
    assert step(settings, DAY, date(2024, 4, 30), 1) == date(2024, 5, 1)  # a holiday is shown, shaded
    assert step(settings, DAY, date(2024, 4, 22), -1) is None
    assert today_anchor(settings, date(2024, 1, 1)) == date(2024, 4, 22)
    assert today_anchor(settings, date(2024, 5, 1)) == date(2024, 5, 2)
    assert today_anchor(settings, date(2025, 1, 1)) == date(2024, 6, 14)


def test_shades_breaks_holidays_and_days_outside_the_campaign():
    settings = planned().campaign
    assert [(s.kind, s.start, s.end) for s in day_shades(settings, date(2024, 4, 23))] == [
        ("break", 12 * 60 + 30, 13 * 60 + 30)]
    holiday = day_shades(settings, date(2024, 5, 1))
    assert [(s.kind, s.label, s.whole_day) for s in holiday] == [("holiday", "Labour Day", True)]
    assert [s.kind for s in day_shades(settings, date(2024, 4, 19))] == ["outside"]
    assert [s.kind for s in day_shades(settings, date(2024, 4, 27))] == ["closed"]


def test_a_drop_snaps_to_the_nearest_start_of_the_grid():
    settings = planned().campaign
    day = date(2024, 4, 23)
    assert snap_start(settings, day, 10 * 60 + 7) == at("2024-04-23 10:00")
    assert snap_start(settings, day, 10 * 60 + 8) == at("2024-04-23 10:15")
    assert snap_start(settings, day, 8 * 60 + 50) == at("2024-04-23 08:45")  # the validator refuses it
    times = slot_times(settings, day)
    assert (times[0].time(), times[-1].time(), len(times)) == (time(9, 0), time(17, 15), 34)


def test_what_a_drop_on_another_lane_means():
    data = with_panels(planned(interview("TS-0001", "2024-04-23 10:00")))
    before = data.interviews[0]
    later = at("2024-04-23 14:00")
    panels = lanes_for(data, PANELS)
    same = proposed_move(before, panels[0], panels[0], later)
    assert same == replace(before, start=later)
    other = proposed_move(before, panels[0], panels[1], later)
    assert (other.members, other.room, other.candidate) == (list(AA_PANEL), "Room 1", "TS-0001")
    rooms = lanes_for(data, ROOMS)
    assert proposed_move(before, rooms[0], rooms[2], later).room == "Room 3"
    data.interviews.append(interview("R-0001", "2024-04-24 15:00", room=None))
    assert proposed_move(before, None, lanes_for(data, ROOMS)[-1], later).room is None
    members = lanes_for(data, MEMBERS)  # Anne, Björn, Céline, Dorota, Elena
    swapped = proposed_move(before, members[1], members[4], later)
    assert swapped.members == [ANNE, ELENA, CELINE]
    assert proposed_move(before, members[1], members[2], later).members == list(TS_MEMBERS)
    assert before.start == at("2024-04-23 10:00")  # the original is left alone


def test_the_validator_judges_the_proposed_interview():
    data = with_panels(planned(interview("TS-0001", "2024-04-23 10:00"),
                               interview("TS-0002", "2024-04-23 11:00")))
    panels = lanes_for(data, PANELS)
    moved = proposed_move(data.interviews[0], panels[0], panels[0], at("2024-04-23 11:00"))
    assert any(v.rule == "member-double-booked" for v in move_problems(data, moved))
    free = proposed_move(data.interviews[0], panels[0], panels[0], at("2024-04-23 14:00"))
    assert move_problems(data, free) == []
    wrong_panel = proposed_move(data.interviews[0], panels[0], panels[1], at("2024-04-23 14:00"))
    assert {v.rule for v in move_problems(data, wrong_panel)} >= {"panel-size"}


def test_both_interviews_of_a_clash_are_flagged():
    data = planned(interview("TS-0001", "2024-04-23 10:00"), interview("TS-0002", "2024-04-23 10:30"))
    problems = problems_by_reference(check_plan(data))
    assert set(problems) == {"TS-0001", "TS-0002"}
    assert problems["TS-0001"] == problems["TS-0002"]


def test_pages_keep_the_week_on_one_sheet_while_it_stays_legible():
    week = [date(2024, 4, 22) + timedelta(days=i) for i in range(5)]
    assert pages(WEEK, week, 3) == [week]
    assert pages(WEEK, week, 14) == [[d] for d in week]
    assert pages(DAY, week[:1], 14) == [week[:1]]


def test_a_thousand_interviews_are_laid_out_quickly():
    data = with_panels(planned())
    base = data.candidates[0]
    data.candidates = [replace(base, reference=f"TS-{n:04d}") for n in range(1000)]
    starts = [at("2024-04-22 09:00") + timedelta(days=d, minutes=60 * h)
              for d in range(0, 40) for h in range(8)]
    data.interviews = [Interview(f"TS-{n:04d}", starts[n % len(starts)], list(TS_MEMBERS), "Room 1")
                       for n in range(1000)]
    began = clock.perf_counter()
    for mode in (PANELS, ROOMS, MEMBERS):
        layout = PlanLayout(data, mode)
        layout.axis(week_days(data.campaign, date(2024, 4, 22)))
    assert clock.perf_counter() - began < 2.0
    assert len(layout.blocks_of("TS-0000")) == 3
    assert layout.count_on(week_days(data.campaign, date(2024, 4, 22))) == 160
    assert not any(DOROTA in i.members for i in data.interviews)
