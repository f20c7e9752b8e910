"""The benchmark's two references: the issue's plain first fit, and our own starting plan."""

from __future__ import annotations

from dataclasses import replace

from scheduler.rules import check_plan
from solver.bench import starting_plans
from solver.firstfit import issue_first_fit
from solver.generate import generated_campaign
from solver.problem import build_problem, interview_at


def test_the_issues_first_fit_seats_pool_members_without_breaking_a_rule() -> None:
    data = generated_campaign("tight", 1)  # pool mode: any members holding the roles may sit
    problem = build_problem(data)
    plan = issue_first_fit(problem)
    interviews = [interview_at(problem, problem.tasks[p.task], problem.teams[p.team], p.start, p.room)
                  for p in plan]
    assert len(interviews) > 100
    assert check_plan(replace(data, interviews=interviews)) == []


def test_bench_measures_both_references_on_the_same_campaign() -> None:
    references = starting_plans(generated_campaign("tight", 1))
    # Our start works with compositions of members free on the same days: on this campaign it
    # places more than the plain first fit, which is why the bench reports the ratio to both.
    assert references["ours"] > references["issue_ff"] > 0
    assert references["issue_ff_seconds"] > 0 and references["ours_seconds"] > 0
