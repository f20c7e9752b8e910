"""The demo campaign, planned by the solver: every invitation and overview reads back as planned.

About 170 interviews and 700 messages, with remote candidates from Honolulu to Tokyo: a long run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.demo import build_demo
from scheduler.store.plans import replace_plan
from tests.scheduler.invitations.support import create, export, manifest, parse_with_vobject

pytestmark = pytest.mark.slow


def test_the_planned_demo_reads_back_at_the_planned_instants(tmp_path: Path) -> None:
    from scheduler.store.database import CampaignFile
    from solver.plan import plan_campaign
    from solver.search import SearchOptions

    data = build_demo()
    result = plan_campaign(data, options=SearchOptions(time_limit=2, deterministic=True))
    path = create(tmp_path / "demo.campaign", data)
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        replace_plan(session, result.interviews, result.unscheduled, result.status, {})
    data.interviews = result.interviews
    planned = {}
    for interview in data.interviews:
        candidate = data.candidate(interview.candidate)
        assert candidate is not None
        if candidate.status == "shortlisted":
            end = interview.start + data.interview_length(candidate)
            planned[interview.candidate] = (interview.start, end)
    report = export(path, tmp_path / "out")
    document = manifest(tmp_path / "out")
    assert {e["candidate"] for e in document["messages"]} == set(planned)
    assert report.cancels == 0
    for entry in document["messages"]:
        event = parse_with_vobject((tmp_path / "out" / entry["ics"]).read_bytes()).events[0]
        assert (event.start, event.end) == planned[entry["candidate"]]
        candidate = data.candidate(entry["candidate"])
        if entry["role"] == "candidate" and candidate.mode == "remote" and candidate.timezone:
            assert event.tzid == candidate.timezone
    for calendar in document["calendars"]:
        parsed = parse_with_vobject((tmp_path / "out" / calendar["ics"]).read_bytes())
        mine = [i for i in data.interviews if calendar["member"] in i.members and i.candidate in planned]
        assert sorted((e.start, e.end) for e in parsed.events) == sorted(planned[i.candidate] for i in mine)
