"""The campaign calendar: days, working spans and the slot grid, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from scheduler.domain import Holiday, Interval, TimeOfDayRange
from scheduler.timeline import (
    Calendar,
    campaign_days,
    describe_instant,
    holiday_name,
    is_campaign_day,
    local_day,
    merge,
    on_grid,
    opening_hours,
    slot_starts,
    subtract,
    working_spans,
)
from tests.scheduler.builders import at, settings, span

ALL_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_campaign_days_skip_weekends_holidays_and_days_outside_the_window():
    s = settings(start_date=date(2024, 4, 26), end_date=date(2024, 5, 6))
    assert campaign_days(s) == [
        date(2024, 4, 26), date(2024, 4, 29), date(2024, 4, 30),
        date(2024, 5, 2), date(2024, 5, 3), date(2024, 5, 6),
    ]


def test_campaign_days_follow_the_workdays_setting():
    s = settings(start_date=date(2024, 4, 22), end_date=date(2024, 4, 28), workdays=("sat", "sun"))
    assert campaign_days(s) == [date(2024, 4, 27), date(2024, 4, 28)]


def test_campaign_of_one_day_and_of_no_working_day():
    one = settings(start_date=date(2024, 4, 23), end_date=date(2024, 4, 23))
    assert campaign_days(one) == [date(2024, 4, 23)]
    weekend = settings(start_date=date(2024, 4, 27), end_date=date(2024, 4, 28))
    assert campaign_days(weekend) == []


def test_holiday_name():
    s = settings(holidays=[Holiday(date(2024, 5, 1), "Labour Day"), Holiday(date(2024, 5, 10))])
    assert holiday_name(s, date(2024, 5, 1)) == "Labour Day"
    assert holiday_name(s, date(2024, 5, 10)) == ""
    assert holiday_name(s, date(2024, 5, 2)) is None
    assert not is_campaign_day(s, date(2024, 5, 10))
    assert is_campaign_day(s, date(2024, 5, 2))


def test_working_spans_are_the_opening_hours_minus_the_breaks_in_utc():
    spans = working_spans(settings(), date(2024, 4, 23))
    assert spans == [
        Interval(utc("2024-04-23 07:00"), utc("2024-04-23 10:30")),
        Interval(utc("2024-04-23 11:30"), utc("2024-04-23 15:30")),
    ]
    assert all(s.start.tzinfo is UTC for s in spans)


def test_working_spans_with_several_breaks_and_a_break_past_the_day_end():
    breaks = [TimeOfDayRange(time(10, 0), time(10, 15)), TimeOfDayRange(time(17, 0), time(18, 0))]
    spans = working_spans(settings(breaks=breaks), date(2024, 4, 23))
    assert spans == [span("2024-04-23 09:00", "2024-04-23 10:00"),
                     span("2024-04-23 10:15", "2024-04-23 17:00")]


def test_working_hours_move_in_utc_across_the_spring_change():
    before = working_spans(settings(), date(2024, 3, 29))[0]
    after = working_spans(settings(), date(2024, 4, 2))[0]
    assert before.start == utc("2024-03-29 08:00")  # CET, UTC+1
    assert after.start == utc("2024-04-02 07:00")  # CEST, UTC+2


def test_working_hours_move_in_utc_across_the_autumn_change():
    assert opening_hours(settings(), date(2024, 10, 25)).start == utc("2024-10-25 07:00")
    assert opening_hours(settings(), date(2024, 10, 28)).start == utc("2024-10-28 08:00")


def test_slot_starts_cover_the_day_before_its_end():
    slots = slot_starts(settings(), date(2024, 4, 23))
    assert len(slots) == 34
    assert slots[0] == at("2024-04-23 09:00")
    assert slots[-1] == at("2024-04-23 17:15")
    assert all(b - a == timedelta(minutes=15) for a, b in pairwise(slots))
    assert all(s.tzinfo is UTC for s in slots)


def test_slot_starts_with_a_step_that_does_not_divide_the_day():
    slots = slot_starts(settings(slot_minutes=45), date(2024, 4, 23))
    assert slots[-1] == at("2024-04-23 17:15")
    assert len(slots) == 12


def test_slot_grid_on_the_night_the_clocks_go_forward():
    s = settings(workdays=ALL_WEEK, day_start=time(1, 0), day_end=time(5, 0), breaks=[],
                 start_date=date(2024, 3, 25), end_date=date(2024, 4, 5))
    slots = slot_starts(s, date(2024, 3, 31))
    assert len(slots) == 12  # 01:00 CET to 05:00 CEST is three real hours
    walls = [describe_instant(x, s.zone)[-5:] for x in slots]
    assert walls[3:5] == ["01:45", "03:00"]


def test_on_grid_counts_from_the_day_start():
    s = settings(day_start=time(9, 10), slot_minutes=20)
    assert on_grid(s, at("2024-04-23 09:30"))
    assert on_grid(s, at("2024-04-23 16:50"))
    assert not on_grid(s, at("2024-04-23 09:40"))
    assert not on_grid(s, at("2024-04-23 09:30") + timedelta(seconds=1))


def test_local_day_is_the_campaign_zone_day():
    s = settings()
    assert local_day(s, utc("2024-04-22 22:30")) == date(2024, 4, 23)
    assert local_day(s, utc("2024-04-22 21:30")) == date(2024, 4, 22)
    assert local_day(s, utc("2024-12-31 23:30")) == date(2025, 1, 1)  # CET, UTC+1


def test_merge_joins_touching_and_overlapping_intervals():
    a = span("2024-04-23 09:00", "2024-04-23 10:00")
    b = span("2024-04-23 10:00", "2024-04-23 11:00")
    c = span("2024-04-23 10:30", "2024-04-23 10:45")
    d = span("2024-04-23 12:00", "2024-04-23 13:00")
    assert merge([d, c, b, a]) == [span("2024-04-23 09:00", "2024-04-23 11:00"), d]


def test_subtract_cuts_holes_out_of_a_span():
    day = span("2024-04-23 09:00", "2024-04-23 17:00")
    holes = [span("2024-04-23 08:00", "2024-04-23 09:30"), span("2024-04-23 12:00", "2024-04-23 13:00"),
             span("2024-04-23 16:30", "2024-04-23 18:00")]
    assert subtract(day, holes) == [span("2024-04-23 09:30", "2024-04-23 12:00"),
                                    span("2024-04-23 13:00", "2024-04-23 16:30")]
    assert subtract(day, [day]) == []


def test_describe_instant_in_english_and_local_time():
    assert describe_instant(utc("2024-05-01 08:00"), settings().zone) == "Wed 1 May 2024 10:00"


def test_calendar_caches_the_facts_of_a_day():
    calendar = Calendar(settings())
    labour_day = calendar.day(date(2024, 5, 1))
    assert labour_day.holiday == "Labour Day" and labour_day.workday and labour_day.in_window
    assert calendar.day(date(2024, 5, 1)) is labour_day
    saturday = calendar.day(date(2024, 4, 27))
    assert not saturday.workday and saturday.holiday is None
    assert saturday.breaks == (span("2024-04-27 12:30", "2024-04-27 13:30"),)
