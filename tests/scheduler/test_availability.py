"""A person's availability week and painting: what each cell means and what painting stores (UTC)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from scheduler import availability as av
from scheduler.domain import Candidate, TimeOfDayRange
from tests.scheduler.builders import ANNE, at, campaign, candidate, interview, planned, span

MONDAY = date(2024, 4, 22)
LABOUR_DAY_WEEK = date(2024, 4, 29)


def test_the_week_shows_working_days_and_the_slot_rows() -> None:
    data = campaign()
    shown = av.week(data, data.member(ANNE), MONDAY)
    assert [c.day for c in shown.days] == [MONDAY + timedelta(days=i) for i in range(5)]
    assert shown.rows[0] == time(9, 0) and shown.rows[-1] == time(17, 15)
    assert len(shown.rows) == 34  # 09:00-17:30 by 15 minutes
    assert shown.days[0].cells[0].span == span("2024-04-22 09:00", "2024-04-22 09:15")


def test_the_whole_week_is_shown_when_the_campaign_names_no_working_day() -> None:
    data = campaign(workdays=())
    assert len(av.shown_days(data.campaign, MONDAY)) == 7


def test_the_last_slot_ends_at_the_end_of_the_day() -> None:
    data = campaign(day_end=time(17, 20))
    shown = av.week(data, data.member(ANNE), MONDAY)
    assert shown.rows[-1] == time(17, 15)
    assert shown.days[0].cells[-1].span == span("2024-04-22 17:15", "2024-04-22 17:20")


def test_breaks_holidays_and_days_outside_the_window_are_closed() -> None:
    data = campaign()
    labour = av.week(data, data.member(ANNE), LABOUR_DAY_WEEK)
    wednesday = labour.days[2]
    assert wednesday.closed == av.CLOSED_HOLIDAY and wednesday.holiday == "Labour Day"
    assert all(cell.state == av.CLOSED for cell in wednesday.cells)
    lunch = labour.days[0].cells[labour.rows.index(time(12, 30))]
    assert lunch.closed == av.CLOSED_BREAK and not lunch.bookable
    assert labour.days[0].cells[0].state == av.DEFAULT and labour.days[0].cells[0].bookable
    before = av.week(data, data.member(ANNE), MONDAY - timedelta(days=7))
    assert all(c.closed == av.CLOSED_DAY for c in before.days)


def test_busy_time_marks_every_slot_it_touches() -> None:
    data = campaign()
    anne = replace(data.member(ANNE), unavailable=[span("2024-04-23 10:05", "2024-04-23 10:20")])
    tuesday = av.week(data, anne, MONDAY).days[1]
    busy = [c.span.start for c in tuesday.cells if c.busy]
    assert busy == [at("2024-04-23 10:00"), at("2024-04-23 10:15")]


def test_with_listed_times_the_person_is_available_only_inside_them() -> None:
    data = campaign()
    anne = replace(data.member(ANNE), available=[span("2024-04-23 09:00", "2024-04-23 10:00")],
                   unavailable=[span("2024-04-23 09:30", "2024-04-23 09:45")])
    tuesday = av.week(data, anne, MONDAY).days[1]
    states = [(c.state, c.busy) for c in tuesday.cells[:5]]
    assert states == [(av.AVAILABLE, False), (av.AVAILABLE, False), (av.AVAILABLE, True),
                      (av.AVAILABLE, False), (av.UNLISTED, False)]
    assert [c.bookable for c in tuesday.cells[:5]] == [True, True, False, True, False]
    assert all(c.state == av.UNLISTED for c in av.week(data, anne, MONDAY).days[0].cells if not c.closed)


def test_a_remote_candidates_local_hours_shade_the_grid() -> None:
    data = campaign()
    remote = data.candidate("R-0001")  # New York, 08:00-20:00 local = 14:00-02:00 Brussels
    monday = av.week(data, remote, MONDAY).days[0]
    off = [c.span.start for c in monday.cells if c.off_hours]
    assert off[0] == at("2024-04-22 09:00") and off[-1] == at("2024-04-22 13:45")
    assert not monday.cells[-1].off_hours
    assert monday.cells[0].state == av.OFF_HOURS
    onsite = replace(remote, mode="onsite")  # local hours bind remote candidates only
    assert not any(c.off_hours for c in av.week(data, onsite, MONDAY).days[0].cells)


def test_planned_interviews_become_blocks_in_slot_units() -> None:
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    blocks = av.week(data, data.member(ANNE), MONDAY).blocks
    assert len(blocks) == 1
    block = blocks[0]
    assert (block.day_index, block.top, block.bottom) == (1, 4.0, 7.0)  # 45 minutes from 10:00
    assert block.candidate == "TS-0001" and block.room == "Room 1"
    assert av.week(data, data.candidate("TS-0001"), MONDAY).blocks == blocks
    assert av.week(data, data.candidate("TS-0002"), MONDAY).blocks == ()
    assert av.week(data, data.member(ANNE), MONDAY + timedelta(days=7)).blocks == ()


def test_busy_time_painted_over_an_interview_is_noticed() -> None:
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    shown = av.week(data, data.member(ANNE), MONDAY)
    assert av.blocks_hit(shown, [span("2024-04-23 10:30", "2024-04-23 11:00")]) == list(shown.blocks)
    assert av.blocks_hit(shown, [span("2024-04-23 10:45", "2024-04-23 11:00")]) == []


def test_painting_a_range_gives_one_interval_per_day() -> None:
    data = campaign()
    shown = av.week(data, data.member(ANNE), MONDAY)
    spans = av.painted_spans(shown, 2, 1, 11, 4)  # drag from Wed 11:45 back to Tue 10:00
    assert spans == [span("2024-04-23 10:00", "2024-04-23 12:00"),
                     span("2024-04-24 10:00", "2024-04-24 12:00")]
    assert all(s.start.tzinfo is not None and s.start.utcoffset() == timedelta(0) for s in spans)
    assert spans[0].start == datetime(2024, 4, 23, 8, 0, tzinfo=UTC)


def test_mark_busy_adds_to_unavailable_merged() -> None:
    data = campaign()
    anne = replace(data.member(ANNE), unavailable=[span("2024-04-23 09:00", "2024-04-23 10:00"),
                                                   span("2024-04-23 14:00", "2024-04-23 15:00")])
    busy = av.painted(anne, [span("2024-04-23 10:00", "2024-04-23 11:00")], av.BUSY)
    assert busy.unavailable == [span("2024-04-23 09:00", "2024-04-23 11:00"),
                                span("2024-04-23 14:00", "2024-04-23 15:00")]
    assert busy.available == [] and anne.unavailable[0].end == at("2024-04-23 10:00")  # not changed


def test_mark_busy_leaves_listed_times_alone() -> None:
    data = campaign()
    window = span("2024-04-23 09:00", "2024-04-23 10:00")
    anne = replace(data.member(ANNE), available=[window])
    busy = av.painted(anne, [window], av.BUSY)
    assert busy.available == [window]  # emptying it would make Anne available everywhere
    assert busy.unavailable == [window]


def test_mark_free_cuts_busy_time_and_splits_it() -> None:
    data = campaign()
    anne = replace(data.member(ANNE), unavailable=[span("2024-04-23 09:00", "2024-04-23 12:00")])
    free = av.painted(anne, [span("2024-04-23 10:00", "2024-04-23 10:30")], av.FREE)
    assert free.unavailable == [span("2024-04-23 09:00", "2024-04-23 10:00"),
                                span("2024-04-23 10:30", "2024-04-23 12:00")]
    assert free.available == []  # available by default: no window that would restrict her


def test_mark_free_extends_listed_times_when_the_person_has_some() -> None:
    data = campaign()
    anne = replace(data.member(ANNE), available=[span("2024-04-23 09:00", "2024-04-23 10:00")])
    free = av.painted(anne, [span("2024-04-23 10:00", "2024-04-23 11:00"),
                             span("2024-04-25 14:00", "2024-04-25 15:00")], av.FREE)
    assert free.available == [span("2024-04-23 09:00", "2024-04-23 11:00"),
                              span("2024-04-25 14:00", "2024-04-25 15:00")]
    cells = av.week(data, free, MONDAY).days[1].cells
    assert all(c.bookable for c in cells[:8]) and not cells[8].bookable


def test_painting_free_where_nothing_was_busy_changes_nothing() -> None:
    data = campaign()
    anne = data.member(ANNE)
    assert av.painted(anne, [span("2024-04-23 10:00", "2024-04-23 11:00")], av.FREE) == anne


def test_painting_works_for_candidates_too() -> None:
    person: Candidate = candidate("TS-0001")
    busy = av.painted(person, [span("2024-04-23 10:00", "2024-04-23 11:00")], av.BUSY)
    assert isinstance(busy, Candidate) and busy.unavailable == [span("2024-04-23 10:00", "2024-04-23 11:00")]
    with pytest.raises(ValueError):
        av.painted(person, [], "sideways")


def test_zone_offsets_as_people_write_them() -> None:
    data = campaign()
    moment = at("2024-04-22 12:00")
    assert av.format_offset(av.zone_offset(data.campaign, ZoneInfo("Asia/Tokyo"), moment)) == "+07:00"
    assert av.format_offset(av.zone_offset(data.campaign, ZoneInfo("America/New_York"), moment)) == "-06:00"
    assert av.format_offset(av.zone_offset(data.campaign, ZoneInfo("Asia/Kolkata"), moment)) == "+03:30"
    assert av.zone_city("America/Argentina/Buenos_Aires") == "Buenos Aires"


def test_local_hours_follow_the_candidates_own_setting() -> None:
    data = campaign()
    tokyo = replace(data.candidate("R-0001"), timezone="Asia/Tokyo",
                    local_hours=TimeOfDayRange(time(9, 0), time(18, 0)))
    monday = av.week(data, tokyo, MONDAY).days[0]  # 09:00-18:00 Tokyo = 02:00-11:00 Brussels
    assert [c.off_hours for c in monday.cells[:9]] == [False] * 8 + [True]


def test_weeks_of_the_campaign() -> None:
    data = campaign(start_date=date(2024, 4, 24), end_date=date(2024, 6, 14))
    assert av.first_week(data.campaign) == MONDAY
    assert av.last_week(data.campaign) == date(2024, 6, 10)
    assert av.week(data, data.member(ANNE), MONDAY).days[0].closed == av.CLOSED_DAY
