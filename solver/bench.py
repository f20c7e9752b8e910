"""`interview-scheduler bench`: the solver against first fit and our own capacity bound.

Each size runs in a fresh process, so that its peak memory is its own.
"""

from __future__ import annotations

import multiprocessing
import os
import platform
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

TARGETS_HEADING = "## Against the targets"
LIMITS = {"S": 10.0, "M": 60.0, "L": 120.0, "tight": 60.0, "replan": 5.0}
COLUMNS = (
    ("size", "size"), ("candidates", "to place"), ("ff_placed", "first fit placed"),
    ("ff_seconds", "first fit s"), ("first_plan", "first plan s"), ("best_plan", "best plan s"),
    ("placed", "placed"), ("vs_ff", "vs first fit"), ("capacity_bound", "our bound"),
    ("gap", "gap to bound"), ("status", "status"), ("member_days", "member-days"),
    ("max_load", "max load"), ("seconds", "total s"), ("peak_mb", "peak MB"),
)


def run_benchmarks(size: str, seed: int, time_limit: float | None, markdown: Path | None) -> int:
    sizes = list(LIMITS) if size == "all" else [size]
    rows = []
    context = multiprocessing.get_context("spawn")
    for name in sizes:
        with context.Pool(1) as pool:
            row = pool.apply(measure, (name, seed, time_limit or LIMITS[name]))
        rows.append(row)
        print(" | ".join(f"{label}: {_cell(row[key])}" for key, label in COLUMNS), flush=True)
    if markdown is not None:
        kept = ""  # the hand-written reading of the figures below the table survives a new run
        if markdown.exists():
            old = markdown.read_text("utf-8")
            kept = old[old.find(TARGETS_HEADING):] if TARGETS_HEADING in old else ""
        markdown.write_text(markdown_table(rows, seed) + ("\n" + kept if kept else ""), encoding="utf-8")
        print(f"{markdown}: written.")
    return 0


def measure(size: str, seed: int, limit: float) -> dict[str, Any]:
    if size == "replan":
        return measure_replan(seed, limit)
    from solver.firstfit import first_fit
    from solver.plan import plan_campaign
    from solver.problem import build_problem
    from solver.search import SearchOptions

    data = campaign_for(size, seed)
    started = time.monotonic()
    problem = build_problem(data)
    baseline = first_fit(problem)
    ff_seconds = time.monotonic() - started
    ff_placed = len(baseline) + len(problem.fixed)  # pinned interviews count on both sides
    result = plan_campaign(data, options=SearchOptions(time_limit=limit))
    stats = result.stats
    placed = int(stats["placed"] or 0)
    bound = int(stats["capacity_bound"] or 0)
    return {
        "size": size, "candidates": stats["to_place"], "ff_placed": ff_placed,
        "ff_seconds": round(ff_seconds, 2), "first_plan": stats["first_plan_seconds"],
        "best_plan": stats["best_plan_seconds"], "placed": placed,
        "vs_ff": round(placed / ff_placed, 3) if ff_placed else None,
        "capacity_bound": bound, "gap": f"{(bound - placed) / bound:.1%}" if bound else "-",
        "status": result.status, "member_days": stats["member_days"],
        "max_load": stats["max_load"], "seconds": stats["solve_seconds"],
        "peak_mb": round(_peak_megabytes(), 0), "shortfalls": result.shortfalls,
    }


def measure_replan(seed: int, limit: float) -> dict[str, Any]:
    """The demo planned, then its busiest member away for two days in a row: re-plan within `limit`."""
    from dataclasses import replace
    from datetime import time as clock
    from datetime import timedelta

    from scheduler.domain import Interval
    from scheduler.timeline import wall
    from solver.plan import plan_campaign
    from solver.search import SearchOptions

    data = campaign_for("S", seed)
    data.interviews = plan_campaign(data, options=SearchOptions(time_limit=10)).interviews
    zone = data.campaign.zone
    busiest = max(data.members, key=lambda m: sum(m.email in i.members for i in data.interviews))
    days = [i.start.astimezone(zone).date() for i in data.interviews if busiest.email in i.members]
    pinned = {i.start.astimezone(zone).date() for i in data.interviews if i.pinned}
    free = [d for d in days if d not in pinned and d + timedelta(days=1) not in pinned]
    gone = max(set(free), key=free.count)  # pinned interviews would have to stay: not this test
    away = Interval(wall(gone, clock(0), zone), wall(gone + timedelta(days=2), clock(0), zone))
    touched = sum(1 for i in data.interviews
                  if busiest.email in i.members and away.start <= i.start < away.end)
    busiest.unavailable = [*busiest.unavailable, away]
    started = time.monotonic()
    result = plan_campaign(replace(data), replan=True, options=SearchOptions(time_limit=limit))
    seconds = time.monotonic() - started
    return {
        "size": "replan", "candidates": f"{touched} touched", "ff_placed": "-", "ff_seconds": "-",
        "first_plan": result.stats["first_plan_seconds"], "best_plan": result.stats["best_plan_seconds"],
        "placed": result.stats["placed"], "vs_ff": f"moved {len(result.moved)}",
        "capacity_bound": result.stats["capacity_bound"], "gap": "-", "status": result.status,
        "member_days": result.stats["member_days"], "max_load": result.stats["max_load"],
        "seconds": round(seconds, 2), "peak_mb": round(_peak_megabytes(), 0), "shortfalls": [],
    }


def campaign_for(size: str, seed: int):
    if size == "S":
        from scheduler.demo import build_demo

        return build_demo()
    from solver.generate import generated_campaign

    return generated_campaign(size, seed)


def _peak_megabytes() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _cell(value: object) -> str:
    if value is None:
        return "-"
    return str(value)


def markdown_table(rows: list[dict[str, Any]], seed: int) -> str:
    from ortools import __version__ as ortools_version

    header = "| " + " | ".join(label for _, label in COLUMNS) + " |"
    rule = "|" + "---|" * len(COLUMNS)
    lines = [header, rule]
    lines += ["| " + " | ".join(_cell(row[key]) for key, _ in COLUMNS) + " |" for row in rows]
    machine = (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
               f"Python {platform.python_version()}, OR-Tools {ortools_version}")
    return "\n".join([
        "# Solver benchmark",
        "",
        f"Latest run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine}, seed {seed}, "
        "8 search workers (the default).",
        "Produced by `uv run interview-scheduler bench --markdown docs/benchmarks.md`. \"our bound\" is the",
        "smaller of the capacity check (panels' free time, seats by role) and the bound the search proved",
        "(CP-SAT's on the whole-campaign model; the day assignment's when planning day by day).",
        "",
        *lines,
        "",
    ])
