"""The validator: for each rule a plan that breaks it and one that keeps it, plus whole-plan checks.

Each pair bends the valid baseline of `builders` in one place, as close to the rule's edge as it
goes (touching intervals, the last minute of the day, the buffer's last minute).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from scheduler.domain import CampaignData, Candidate, Conflict, Interview, Panel, TimeOfDayRange
from scheduler.rules import (
    RULE_IDS,
    PlanChecker,
    Violation,
    check_interview,
    check_plan,
    match_seats,
    unscheduled,
)
from tests.scheduler.builders import (
    AA_PANEL,
    ANNE,
    BJORN,
    CELINE,
    DOROTA,
    ELENA,
    PANEL,
    at,
    campaign,
    candidate,
    change_candidate,
    change_member,
    change_room,
    interview,
    member,
    planned,
    span,
)


def rules(data: CampaignData) -> list[str]:
    return [v.rule for v in check_plan(data)]


def breaks(data: CampaignData, rule: str, *words: str) -> Violation:
    """Asserts the plan breaks `rule` and the message names every word; returns the violation."""
    assert rule in RULE_IDS
    found = [v for v in check_plan(data) if v.rule == rule]
    assert found, f"{rule} not reported; got {check_plan(data)}"
    for word in words:
        assert any(word in v.message for v in found), f"{word!r} not in {found}"
    return found[0]


def keeps(data: CampaignData, rule: str) -> None:
    assert rule in RULE_IDS
    assert rule not in rules(data), check_plan(data)


def valid_plan() -> CampaignData:
    """Several interviews of every kind that together break nothing."""
    data = planned(
        interview("TS-0001", "2024-04-23 09:00"),
        interview("TS-0002", "2024-04-23 10:00"),  # same panel and room, right after the buffer
        interview("TS-0003", "2024-04-23 13:30", (DOROTA, ELENA, CELINE), "Room 2"),
        interview("AA-0001", "2024-04-23 09:00", AA_PANEL, "Room 3"),
        interview("R-0001", "2024-04-23 15:00", PANEL, "Video 1"),  # 09:00 in New York
        interview("TS-0004", "2024-05-02 16:45"),  # ends 17:30 sharp, buffer past the day's end
    )
    data.panels = [Panel("A", "TS", list(PANEL)), Panel("B", "TS", [DOROTA, ELENA, CELINE])]
    data.conflicts = [Conflict(ANNE, "TS-0003", "former colleague")]
    change_member(data, ANNE, max_per_day=4, max_total=5,
                  available=[span("2024-04-23 09:00", "2024-04-23 12:00"),
                             span("2024-04-23 12:00", "2024-04-23 17:30"),
                             span("2024-05-02 09:00", "2024-05-02 17:30")],
                  unavailable=[span("2024-04-24 00:00", "2024-04-26 00:00")])
    change_candidate(data, "TS-0001", available=[span("2024-04-23 09:00", "2024-04-23 09:45")],
                     accessible_room=True, extra_minutes=0)
    change_candidate(data, "TS-0002", unavailable=[span("2024-04-23 09:00", "2024-04-23 10:00")])
    change_room(data, "Room 1", unavailable=[span("2024-04-23 11:00", "2024-04-23 12:00")])
    return data


def test_the_valid_plan_breaks_nothing():
    assert check_plan(valid_plan()) == []


def test_each_rule_id_is_unique_and_stable():
    assert len(set(RULE_IDS)) == len(RULE_IDS)
    assert {"holiday", "member-double-booked", "seat-role", "room-double-booked"} <= set(RULE_IDS)


# Candidates


def test_candidate_unknown():
    v = breaks(planned(interview("TS-9999", "2024-04-23 10:00")), "candidate-unknown",
               "TS-9999 on Tue 23 Apr 2024 at 10:00")
    assert v.candidate == "TS-9999"
    keeps(planned(interview("TS-0001", "2024-04-23 10:00")), "candidate-unknown")


def test_candidate_withdrawn():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    keeps(data, "candidate-withdrawn")
    change_candidate(data, "TS-0001", status="withdrawn")
    breaks(data, "candidate-withdrawn", "TS-0001", "Candidate TS-0001 has withdrawn")


def test_candidate_interviewed_twice_is_reported_once_per_extra_interview():
    data = planned(interview("TS-0001", "2024-04-24 10:00"),
                   interview("TS-0001", "2024-04-23 10:00"))
    found = [v for v in check_plan(data) if v.rule == "candidate-interviewed-twice"]
    assert len(found) == 1
    assert "Tue 23 Apr 2024 10:00" in found[0].message
    assert "Wed 24 Apr 2024 10:00" in found[0].message
    keeps(planned(interview("TS-0001", "2024-04-24 10:00"),
                  interview("TS-0002", "2024-04-23 10:00")), "candidate-interviewed-twice")


def test_profile_unknown():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    keeps(data, "profile-unknown")
    change_candidate(data, "TS-0001", profile="XX")
    breaks(data, "profile-unknown", "TS-0001", "'XX'")


# Days and hours


def test_outside_campaign():
    breaks(planned(interview("TS-0001", "2024-06-17 10:00")), "outside-campaign",
           "Mon 17 Jun 2024 at 10:00", "Fri 14 Jun 2024")
    breaks(planned(interview("TS-0001", "2024-04-19 10:00")), "outside-campaign")
    keeps(planned(interview("TS-0001", "2024-06-14 10:00")), "outside-campaign")
    keeps(planned(interview("TS-0001", "2024-04-22 10:00")), "outside-campaign")


def test_not_a_workday():
    breaks(planned(interview("TS-0001", "2024-04-27 10:00")), "not-a-workday",
           "Sat 27 Apr 2024", "Saturdays")
    keeps(planned(interview("TS-0001", "2024-04-26 10:00")), "not-a-workday")


def test_holiday_is_named():
    breaks(planned(interview("TS-0007", "2024-05-01 10:00")), "holiday",
           "TS-0007 on Wed 1 May 2024 at 10:00: Labour Day is a public holiday.")
    keeps(planned(interview("TS-0007", "2024-05-02 10:00")), "holiday")


def test_outside_working_hours():
    breaks(planned(interview("TS-0001", "2024-04-23 08:45")), "outside-working-hours",
           "08:45", "09:00-17:30")
    breaks(planned(interview("TS-0001", "2024-04-23 17:00")), "outside-working-hours",
           "17:00-17:45")
    keeps(planned(interview("TS-0001", "2024-04-23 16:45")), "outside-working-hours")
    keeps(planned(interview("TS-0001", "2024-04-23 09:00")), "outside-working-hours")


def test_extra_minutes_count_against_the_day_end():
    data = planned(interview("TS-0001", "2024-04-23 16:45"))
    change_candidate(data, "TS-0001", extra_minutes=15)
    breaks(data, "outside-working-hours", "16:45-17:45")
    change_candidate(data, "TS-0001", extra_minutes=0)
    keeps(data, "outside-working-hours")


def test_break_overlap():
    breaks(planned(interview("TS-0001", "2024-04-23 12:00")), "break-overlap",
           "12:00-12:45", "12:30-13:30")
    breaks(planned(interview("TS-0001", "2024-04-23 13:15")), "break-overlap")
    keeps(planned(interview("TS-0001", "2024-04-23 11:45")), "break-overlap")  # buffer in break
    keeps(planned(interview("TS-0001", "2024-04-23 13:30")), "break-overlap")


def test_off_grid():
    breaks(planned(interview("TS-0001", "2024-04-23 10:05")), "off-grid",
           "10:05", "15-minute", "10:00 and 10:15")
    keeps(planned(interview("TS-0001", "2024-04-23 10:15")), "off-grid")


def test_grid_counts_from_the_day_start():
    odd = {"day_start": time(9, 10), "slot_minutes": 20}
    breaks(planned(interview("TS-0001", "2024-04-23 09:40"), **odd), "off-grid", "09:30 and 09:50")
    keeps(planned(interview("TS-0001", "2024-04-23 09:50"), **odd), "off-grid")


# Seats and panels


def test_member_unknown():
    breaks(planned(interview("TS-0001", "2024-04-23 10:00", (ANNE, BJORN, "x@example.org"))),
           "member-unknown", "x@example.org is not a member", "TS-0001")
    keeps(planned(interview("TS-0001", "2024-04-23 10:00")), "member-unknown")


def test_emails_compare_case_insensitively():
    shouting = ("A.Martin@Example.ORG", "B.SCHMIDT@example.org", CELINE)
    data = planned(interview("TS-0001", "2024-04-23 10:00", shouting))
    data.panels = [Panel("A", "TS", ["a.martin@EXAMPLE.org", BJORN, "C.Dupont@example.org"])]
    assert check_plan(data) == []
    data.conflicts = [Conflict("A.MARTIN@example.org", "TS-0001", "")]
    breaks(data, "conflict-of-interest", "Anne Martin (a.martin@example.org)")


def test_member_listed_twice():
    twice = (ANNE, BJORN, "A.Martin@example.org")
    breaks(planned(interview("TS-0001", "2024-04-23 10:00", twice)), "member-listed-twice",
           "Anne Martin (a.martin@example.org) is listed twice", "TS-0001")
    keeps(planned(interview("TS-0001", "2024-04-23 10:00")), "member-listed-twice")


def test_panel_size():
    breaks(planned(interview("TS-0001", "2024-04-23 10:00", (ANNE, BJORN))), "panel-size",
           "TS-0001", "2 member(s)", "seats 3")
    breaks(planned(interview("TS-0001", "2024-04-23 10:00", (*PANEL, DOROTA))), "panel-size",
           "4 member(s)")
    keeps(planned(interview("TS-0001", "2024-04-23 10:00")), "panel-size")


def test_seat_role_names_the_empty_seat():
    no_technical = (ANNE, CELINE, DOROTA)
    breaks(planned(interview("TS-0001", "2024-04-23 10:00", no_technical)), "seat-role",
           "TS-0001", "technical seat", "Dorota Kowalska (d.kowalska@example.org) holds chair")
    keeps(planned(interview("TS-0001", "2024-04-23 10:00")), "seat-role")


def test_seat_role_finds_an_assignment_a_greedy_one_would_miss():
    # Anne (chair, member) listed first would grab the chair seat that only Dorota can take.
    keeps(planned(interview("TS-0001", "2024-04-23 10:00", (ANNE, BJORN, DOROTA))), "seat-role")
    keeps(planned(interview("TS-0001", "2024-04-23 10:00", (ANNE, ELENA, CELINE))), "seat-role")


def test_seat_role_is_one_seat_per_member():
    # Dorota and Anne could both be chair, but there is only one chair seat and no other for Dorota.
    data = planned(interview("AA-0001", "2024-04-23 10:00", (DOROTA, ANNE), "Room 3"))
    keeps(data, "seat-role")
    data.interviews = [interview("AA-0001", "2024-04-23 10:00", (DOROTA, DOROTA.upper()), "Room 3")]
    assert "seat-role" not in rules(data)  # one distinct member: the size rule says it
    assert {"member-listed-twice", "panel-size"} <= set(rules(data))
    data.members.append(member("f@example.org", "Frida", "chair"))
    data.interviews = [interview("AA-0001", "2024-04-23 10:00", (DOROTA, "f@example.org"), "Room 3")]
    breaks(data, "seat-role", "member seat")


def test_match_seats_is_a_maximum_matching():
    members = [member("a@x", "A", "chair", "member"), member("b@x", "B", "chair"),
               member("c@x", "C", "member", "technical")]
    seat_of = match_seats(members, ["chair", "member", "technical"])
    assert len(seat_of) == 3 and len(set(seat_of.values())) == 3
    assert len(match_seats(members[:2], ["chair", "technical"])) == 1


def test_panel_mismatch():
    data = planned(interview("TS-0001", "2024-04-23 10:00", (DOROTA, BJORN, ANNE)))
    data.panels = [Panel("TS panel A", "TS", list(PANEL)), Panel("AA panel", "AA", [DOROTA, ANNE])]
    breaks(data, "panel-mismatch", "TS-0001", "TS panel A")
    assert "AA panel" not in breaks(data, "panel-mismatch").message
    data.interviews = [interview("TS-0001", "2024-04-23 10:00", (CELINE, ANNE, BJORN))]
    keeps(data, "panel-mismatch")


def test_profile_without_panels_takes_anyone_by_role():
    data = planned(interview("TS-0001", "2024-04-23 10:00", (DOROTA, BJORN, ANNE)))
    data.panels = [Panel("AA panel", "AA", [DOROTA, ANNE])]
    keeps(data, "panel-mismatch")


# Availability


def test_member_outside_availability_with_touching_windows_merged():
    data = planned(interview("TS-0001", "2024-04-23 11:45"))  # 11:45-12:30 spans both windows
    change_member(data, ANNE, available=[span("2024-04-23 12:00", "2024-04-23 17:30"),
                                         span("2024-04-23 09:00", "2024-04-23 12:00")])
    keeps(data, "member-outside-availability")
    data.interviews = [interview("TS-0001", "2024-04-24 10:00")]
    breaks(data, "member-outside-availability", "TS-0001 on Wed 24 Apr 2024 at 10:00",
           "Anne Martin (a.martin@example.org)")


def test_member_partly_outside_availability():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    change_member(data, BJORN, available=[span("2024-04-23 09:00", "2024-04-23 10:30")])
    breaks(data, "member-outside-availability", "Björn Schmidt", "10:00-10:45")
    change_member(data, BJORN, available=[span("2024-04-23 09:00", "2024-04-23 10:45")])
    keeps(data, "member-outside-availability")


def test_member_unavailable():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    change_member(data, CELINE, unavailable=[span("2024-04-23 10:30", "2024-04-23 11:00")])
    breaks(data, "member-unavailable", "TS-0001", "Céline Dupont (c.dupont@example.org)",
           "from Tue 23 Apr 2024 10:30 to Tue 23 Apr 2024 11:00")
    change_member(data, CELINE, unavailable=[span("2024-04-23 10:45", "2024-04-23 11:00")])
    keeps(data, "member-unavailable")  # the buffer may fall in unavailable time


def test_candidate_outside_availability():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    change_candidate(data, "TS-0001", available=[span("2024-04-23 10:15", "2024-04-23 12:00")])
    breaks(data, "candidate-outside-availability", "TS-0001 on Tue 23 Apr 2024 at 10:00",
           "10:00-10:45")
    change_candidate(data, "TS-0001", available=[span("2024-04-23 10:00", "2024-04-23 10:30"),
                                                 span("2024-04-23 10:20", "2024-04-23 10:45")])
    keeps(data, "candidate-outside-availability")


def test_candidate_unavailable():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    change_candidate(data, "TS-0001", unavailable=[span("2024-04-23 00:00", "2024-04-24 00:00")])
    breaks(data, "candidate-unavailable", "TS-0001", "from Tue 23 Apr 2024 00:00")
    change_candidate(data, "TS-0001", unavailable=[span("2024-04-23 09:00", "2024-04-23 10:00")])
    keeps(data, "candidate-unavailable")


# Remote candidates' local hours, across daylight-saving changes


def remote_plan(when: str, reference: str = "R-0001", **window: date) -> CampaignData:
    dates = window or {"start_date": date(2024, 3, 4), "end_date": date(2024, 11, 8)}
    data = planned(interview(reference, when, PANEL, "Video 1"), **dates)
    data.candidates.append(candidate("R-0002", mode="remote", timezone="Asia/Tokyo"))
    return data


@pytest.mark.parametrize(("when", "new_york"), [
    ("2024-03-06 13:30", "07:30-08:15"),  # both on winter time: 6 hours apart
    ("2024-04-03 13:30", "07:30-08:15"),  # both on summer time: 6 hours apart
    ("2024-10-24 13:30", "07:30-08:15"),
    ("2024-11-05 13:30", "07:30-08:15"),
])
def test_remote_candidate_outside_local_hours(when: str, new_york: str):
    breaks(remote_plan(when), "candidate-local-hours", "R-0001", new_york, "America/New_York",
           "08:00-20:00")


@pytest.mark.parametrize("when", [
    "2024-03-20 13:30",  # New York changed on 10 Mar, Brussels only on 31 Mar: 5 hours apart
    "2024-10-29 13:30",  # Brussels changed back on 27 Oct, New York only on 3 Nov
    "2024-03-06 14:00",
    "2024-04-03 14:00",
])
def test_remote_candidate_inside_local_hours_across_dst(when: str):
    data = remote_plan(when)
    keeps(data, "candidate-local-hours")
    assert check_plan(data) == []


def test_remote_candidate_local_hours_end_east_of_the_campaign():
    breaks(remote_plan("2024-03-06 11:30", "R-0002"), "candidate-local-hours", "19:30-20:15",
           "Asia/Tokyo")
    keeps(remote_plan("2024-03-06 11:00", "R-0002"), "candidate-local-hours")
    keeps(remote_plan("2024-04-03 11:30", "R-0002"), "candidate-local-hours")  # 18:30 in Tokyo


def test_custom_local_hours_and_the_campaign_zone_by_default():
    data = planned(interview("R-0001", "2024-04-23 09:00", PANEL, "Video 1"))
    change_candidate(data, "R-0001", timezone=None,
                     local_hours=TimeOfDayRange(time(10, 0), time(16, 0)))
    breaks(data, "candidate-local-hours", "Europe/Brussels", "10:00-16:00")
    data.interviews = [interview("R-0001", "2024-04-23 10:00", PANEL, "Video 1")]
    keeps(data, "candidate-local-hours")


def test_onsite_candidates_have_no_local_hours_rule():
    data = planned(interview("TS-0001", "2024-04-23 09:00"))
    change_candidate(data, "TS-0001", timezone="Pacific/Honolulu")
    keeps(data, "candidate-local-hours")


# Conflicts


def test_conflict_of_interest():
    data = planned(interview("TS-0012", "2024-04-23 10:00"))
    data.candidates.append(candidate("TS-0012"))
    data.conflicts = [Conflict(ANNE, "TS-0012", "former colleague")]
    breaks(data, "conflict-of-interest", "TS-0012", "Anne Martin (a.martin@example.org) has a "
           "conflict of interest with this candidate (former colleague).")
    data.conflicts = [Conflict(ANNE, "TS-0002", "former colleague"),
                      Conflict(DOROTA, "TS-0012", "")]
    keeps(data, "conflict-of-interest")


# Members' load


def test_member_double_booked_counts_the_buffer():
    data = planned(interview("TS-0001", "2024-04-23 10:00"),
                   interview("TS-0002", "2024-04-23 10:45", (DOROTA, ELENA, CELINE), "Room 2"))
    found = [v for v in check_plan(data) if v.rule == "member-double-booked"]
    assert len(found) == 1
    assert found[0].message == (
        "Céline Dupont (c.dupont@example.org) sits in TS-0001 and TS-0002 at overlapping times "
        "on Tue 23 Apr 2024 (TS-0001 10:00-11:00 incl. 15 min buffer; "
        "TS-0002 10:45-11:45 incl. 15 min buffer).")
    assert (found[0].candidate, found[0].related) == ("TS-0002", ("TS-0001",))
    data.interviews[1] = interview("TS-0002", "2024-04-23 11:00", (DOROTA, ELENA, CELINE), "Room 2")
    keeps(data, "member-double-booked")


def test_member_double_booked_uses_each_interviews_own_buffer():
    early = interview("AA-0001", "2024-04-23 09:00", (ANNE, ELENA), "Room 3")  # 30 + 10 min
    data = planned(early, interview("TS-0001", "2024-04-23 09:30"))
    breaks(data, "member-double-booked", "AA-0001 09:00-09:40 incl. 10 min buffer")
    data.interviews[1] = interview("TS-0001", "2024-04-23 09:45")
    keeps(data, "member-double-booked")


def test_member_double_booked_reports_every_pair():
    data = planned(interview("TS-0001", "2024-04-23 10:00", room="Room 1"),
                   interview("TS-0002", "2024-04-23 10:15", room="Room 2"),
                   interview("TS-0003", "2024-04-23 10:30", room=None))
    found = [v for v in check_plan(data) if v.rule == "member-double-booked"]
    pairs = {(v.candidate, v.related) for v in found}
    assert pairs == {("TS-0002", ("TS-0001",)), ("TS-0003", ("TS-0001",)),
                     ("TS-0003", ("TS-0002",))}
    assert len(found) == 9  # three members in each of three pairs


def test_member_max_per_day_counts_campaign_zone_days():
    # 09:00 and 14:00 in Auckland fall on two different UTC days but one local day.
    data = planned(interview("TS-0001", "2024-04-23 09:00"), interview("TS-0002", "2024-04-23 14:00"))
    data.campaign.timezone = "Pacific/Auckland"
    data.interviews = [replace(v, start=at(t, "Pacific/Auckland"))
                       for v, t in zip(data.interviews, ["2024-04-23 09:00", "2024-04-23 14:00"],
                                       strict=True)]
    assert data.interviews[0].start.date() != data.interviews[1].start.date()
    change_member(data, BJORN, max_per_day=1)
    v = breaks(data, "member-max-per-day", "Björn Schmidt (b.schmidt@example.org)",
               "2 interviews on Tue 23 Apr 2024", "1 a day")
    assert (v.candidate, v.related) == ("TS-0002", ("TS-0001",))
    change_member(data, BJORN, max_per_day=2)
    keeps(data, "member-max-per-day")


def test_member_max_per_day_other_days_do_not_count():
    data = planned(interview("TS-0001", "2024-04-23 09:00"), interview("TS-0002", "2024-04-24 09:00"))
    change_member(data, BJORN, max_per_day=1)
    keeps(data, "member-max-per-day")


def test_member_max_total_is_reported_once():
    data = planned(interview("TS-0001", "2024-04-23 09:00"), interview("TS-0002", "2024-04-24 09:00"),
                   interview("TS-0003", "2024-04-25 09:00"))
    change_member(data, ANNE, max_total=1)
    found = [v for v in check_plan(data) if v.rule == "member-max-total"]
    assert len(found) == 1
    assert "Anne Martin (a.martin@example.org) sits in 3 interviews" in found[0].message
    assert (found[0].candidate, found[0].related) == ("TS-0003", ("TS-0001", "TS-0002"))
    change_member(data, ANNE, max_total=3)
    keeps(data, "member-max-total")


# Rooms


def test_room_unknown():
    breaks(planned(interview("TS-0001", "2024-04-23 10:00", room="Room 99")), "room-unknown",
           "TS-0001", "'Room 99'")
    keeps(planned(interview("TS-0001", "2024-04-23 10:00", room="Room 2")), "room-unknown")


def test_room_missing():
    breaks(planned(interview("TS-0001", "2024-04-23 10:00", room=None)), "room-missing",
           "TS-0001", "onsite room")
    breaks(planned(interview("R-0001", "2024-04-23 15:00", room=None)), "room-missing",
           "virtual room")
    no_video = planned(interview("R-0001", "2024-04-23 15:00", room=None))
    no_video.rooms = [r for r in no_video.rooms if r.kind != "virtual"]
    keeps(no_video, "room-missing")
    assert check_plan(no_video) == []


def test_room_kind():
    breaks(planned(interview("TS-0001", "2024-04-23 10:00", room="Video 1")), "room-kind",
           "TS-0001", "Video 1 is a virtual room")
    breaks(planned(interview("R-0001", "2024-04-23 15:00", room="Room 1")), "room-kind",
           "Room 1 is an onsite room")
    no_video = planned(interview("R-0001", "2024-04-23 15:00", room="Room 1"))
    no_video.rooms = [r for r in no_video.rooms if r.kind != "virtual"]
    breaks(no_video, "room-kind", "takes no room")
    keeps(planned(interview("R-0001", "2024-04-23 15:00", room="Video 1")), "room-kind")


def test_room_capacity():
    breaks(planned(interview("TS-0001", "2024-04-23 10:00", room="Room 3")), "room-capacity",
           "TS-0001", "Room 3 seats 3")
    keeps(planned(interview("AA-0001", "2024-04-23 10:00", AA_PANEL, "Room 3")), "room-capacity")
    keeps(planned(interview("TS-0001", "2024-04-23 10:00", room="Room 2")), "room-capacity")


def test_room_accessible():
    data = planned(interview("TS-0001", "2024-04-23 10:00", room="Room 2"))
    keeps(data, "room-accessible")
    change_candidate(data, "TS-0001", accessible_room=True)
    breaks(data, "room-accessible", "TS-0001", "Room 2 is not")
    data.interviews = [interview("TS-0001", "2024-04-23 10:00", room="Room 1")]
    keeps(data, "room-accessible")


def test_room_unavailable():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    change_room(data, "Room 1", unavailable=[span("2024-04-23 10:30", "2024-04-23 12:00")])
    breaks(data, "room-unavailable", "TS-0001", "Room 1 is unavailable from Tue 23 Apr 2024 10:30")
    data.interviews = [interview("TS-0001", "2024-04-23 09:45")]
    keeps(data, "room-unavailable")


def test_room_double_booked_counts_the_buffer():
    data = planned(interview("TS-0001", "2024-04-23 10:00"),
                   interview("TS-0002", "2024-04-23 10:45", (DOROTA, ELENA, "X@example.org")))
    breaks(data, "room-double-booked", "Room 1 holds TS-0001 and TS-0002",
           "TS-0001 10:00-11:00 incl. 15 min buffer")
    data.interviews[1] = interview("TS-0002", "2024-04-23 11:00", (DOROTA, ELENA, CELINE))
    keeps(data, "room-double-booked")


def test_virtual_rooms_hold_one_interview_at_a_time():
    data = planned(interview("R-0001", "2024-04-23 15:00", room="Video 1"),
                   interview("TS-0001", "2024-04-23 15:30", (DOROTA, ELENA, CELINE), "Video 1"))
    breaks(data, "room-double-booked", "Video 1 holds R-0001 and TS-0001")


# Checking one proposed interview


def test_check_interview_takes_the_candidates_own_interview_out():
    data = planned(interview("TS-0001", "2024-04-23 10:00"), interview("TS-0002", "2024-04-23 11:15"))
    assert check_interview(data, interview("TS-0001", "2024-04-23 10:15")) == []
    clash = check_interview(data, interview("TS-0001", "2024-04-23 10:30"))
    assert {v.rule for v in clash} == {"member-double-booked", "room-double-booked"}
    assert all(v.candidate == "TS-0001" and v.related == ("TS-0002",) for v in clash)
    assert len(data.interviews) == 2 and data.interviews[0].start == at("2024-04-23 10:00")


def test_checker_judges_many_proposals_against_one_index():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    checker = PlanChecker(data)
    assert checker.check(interview("TS-0002", "2024-04-23 11:00")) == []
    assert "member-double-booked" in {v.rule for v in checker.check(
        interview("TS-0002", "2024-04-23 10:45"))}
    assert "holiday" in {v.rule for v in checker.check(interview("TS-0002", "2024-05-01 11:00"))}


def test_check_interview_of_a_new_candidate_and_caps():
    data = planned(interview("TS-0001", "2024-04-23 09:00"))
    change_member(data, ANNE, max_per_day=1)
    found = check_interview(data, interview("TS-0002", "2024-04-23 14:00", room="Room 2"))
    assert [v.rule for v in found] == ["member-max-per-day"]
    assert check_interview(data, interview("TS-0001", "2024-04-23 14:00", room="Room 2")) == []


def test_check_plan_order_does_not_depend_on_the_list_order():
    data = planned(interview("TS-0003", "2024-05-01 10:00"), interview("TS-0001", "2024-04-27 10:00"),
                   interview("TS-0002", "2024-04-27 11:00", (DOROTA, ELENA, CELINE), "Room 2"))
    forwards = check_plan(data)
    data.interviews.reverse()
    assert check_plan(data) == forwards
    assert [v.candidate for v in forwards] == ["TS-0001", "TS-0002", "TS-0003"]


def test_unscheduled_lists_shortlisted_candidates_without_interview():
    data = planned(interview("TS-0001", "2024-04-23 10:00"))
    change_candidate(data, "TS-0003", status="withdrawn")
    refs = [c.reference for c in unscheduled(data)]
    assert refs[:3] == ["TS-0002", "TS-0004", "TS-0005"]
    assert "TS-0001" not in refs and "TS-0003" not in refs
    assert refs[-2:] == ["AA-0001", "R-0001"]


def test_naive_starts_are_campaign_wall_clock():
    naive = Interview("TS-0001", at("2024-04-23 10:00").replace(tzinfo=None) + timedelta(hours=2),
                      list(PANEL), "Room 1")
    assert check_plan(planned(naive)) == []


# A large plan


def large_plan(count: int, seed: int = 7) -> CampaignData:
    """A generated plan with enough crowding to break most rules somewhere."""
    rng = random.Random(seed)
    data = campaign()
    roles = [("chair",), ("technical",), ("member",), ("chair", "member"), ("technical", "member")]
    data.members = [member(f"m{i}@example.org", f"Member {i}", *roles[i % 5],
                           max_per_day=rng.choice([None, 3, 4]), max_total=rng.choice([None, 40]))
                    for i in range(60)]
    data.rooms = [replace(r, name=f"Room {i}") for i, r in enumerate(
        [*data.rooms[:3]] * 8)] + [replace(data.rooms[3], name=f"Video {i}") for i in range(4)]
    data.candidates = [Candidate(f"C-{n:05d}", f"Candidate {n}", rng.choice(["TS", "AA"]),
                                 mode=rng.choice(["onsite", "onsite", "remote"]),
                                 timezone=rng.choice([None, "America/New_York", "Asia/Tokyo"]))
                       for n in range(count)]
    days = [date(2024, 4, 22) + timedelta(days=d) for d in range(60)]
    data.interviews = [generated_interview(rng, c, data, days) for c in data.candidates]
    return data


def generated_interview(rng: random.Random, c: Candidate, data: CampaignData,
                        days: list[date]) -> Interview:
    by_role = {role: [m.email for m in data.members if role in m.roles]
               for role in ("chair", "technical", "member")}
    seats = ["chair", "technical", "member"] if c.profile == "TS" else ["chair", "member"]
    members = [rng.choice(by_role[role] if rng.random() < 0.98 else by_role["chair"])
               for role in seats]
    minute = rng.choice([0, 15, 30, 45, 45, 5])
    start = at(f"{rng.choice(days).isoformat()} {rng.randint(8, 17):02d}:{minute:02d}")
    room = rng.choice([r.name for r in data.rooms] + [None])
    return Interview(c.reference, start, members, room)


def test_large_plan_agrees_with_checking_interviews_one_by_one():
    data = large_plan(3000)
    plan = check_plan(data)
    assert {"member-double-booked", "room-double-booked", "member-max-per-day", "off-grid",
            "holiday", "candidate-local-hours", "room-kind", "seat-role"} <= {v.rule for v in plan}
    checker = PlanChecker(data)
    for proposed in data.interviews[::100]:
        alone = {(v.rule, v.message) for v in checker.check(proposed)}
        concerned = {(v.rule, v.message) for v in plan
                     if proposed.candidate == v.candidate or proposed.candidate in v.related}
        assert alone == concerned, proposed.candidate
    some = data.interviews[1]
    assert {(v.rule, v.message) for v in check_interview(data, some)} == {
        (v.rule, v.message) for v in checker.check(some)}


def test_large_plan_reports_each_pair_once():
    plan = check_plan(large_plan(1500, seed=3))
    clashes = [v for v in plan if v.rule in ("member-double-booked", "room-double-booked")]
    assert clashes
    assert len({(v.rule, v.message) for v in clashes}) == len(clashes)
