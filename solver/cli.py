"""The solver's commands, `solve` and `bench`, added to the core's command line.

They reach it through the `interview_scheduler.commands` entry point, so the core never imports the
solver (dependencies point one way: ui -> solver -> scheduler). Importing this module stays cheap:
OR-Tools is loaded only when a command runs.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from scheduler.cli import EXIT_OK, EXIT_PROBLEMS, Command
from scheduler.errors import CampaignError
from scheduler.wording import counted


def add_solve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", type=Path, metavar="CAMPAIGN")
    parser.add_argument("--time-limit", type=_seconds, default=60.0, metavar="S",
                        help="stop searching after S seconds (default 60)")
    parser.add_argument("--workers", type=_count, default=8, metavar="N",
                        help="search workers (default 8, also on 2 cores: the extra ones bound "
                        "and prove; 0: one per core)")
    parser.add_argument("--replan", action="store_true",
                        help="also move unpinned interviews, as few as possible")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the schedule (format v1)")
    parser.add_argument("--deterministic", action="store_true",
                        help="one worker, a fixed seed and a work budget derived from the time "
                        "limit only: the same plan on every run and machine, unless the time "
                        "limit has to cut the run short (solve then says so)")
    parser.add_argument("--spread", action="store_true",
                        help="spread interviews evenly over the window instead of finishing early")


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 < value <= 86400:
        raise argparse.ArgumentTypeError("must be between 0 and 86400 seconds")
    return value


def _count(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 256:
        raise argparse.ArgumentTypeError("must be between 0 and 256")
    return value


def run_solve(args: argparse.Namespace) -> int:
    from scheduler.backups import take_backup
    from scheduler.interchange import write_json_file
    from scheduler.operations import opened
    from scheduler.schedule import schedule_document
    from scheduler.store.database import change_counter
    from scheduler.store.mapping import load_campaign
    from scheduler.store.plans import replace_plan
    from solver.search import SearchOptions

    with opened(args.campaign) as session:
        data = load_campaign(session)
        version = change_counter(args.campaign)
    options = SearchOptions(time_limit=args.time_limit, workers=args.workers,
                            deterministic=args.deterministic,
                            finish="spread" if args.spread else "early")
    result = _interruptible_plan(data, args.replan, options)
    for line in result.shortfalls:
        print(f"Capacity: {line}")
    if result.conflicts:
        for line in result.conflicts:
            print(line, file=sys.stderr)
        print("No plan stored: the pinned interviews above cannot all be kept.", file=sys.stderr)
        return EXIT_PROBLEMS
    if data.interviews:  # a plan is about to be rewritten: keep the one before
        take_backup(args.campaign, "before-plan")
    with opened(args.campaign) as session:
        if change_counter(args.campaign) != version:  # a plan for a campaign that is no more
            raise CampaignError(
                f"{args.campaign}: was changed by another window or program while planning; "
                "nothing was stored: run solve again."
            )
        changed = replace_plan(session, result.interviews, result.unscheduled, result.status,
                               result.stats)
    stats = result.stats
    print(f"{args.campaign}: {counted(stats['placed'], 'interview')} planned ({result.status}), "
          f"{counted(len(result.unscheduled), 'candidate')} not placed, "
          f"{counted(changed, 'interview')} new or changed, "
          f"in {stats['solve_seconds']:.1f} s.")
    if stats.get("reproducible") is False:
        print("Deterministic run cut short by the time limit before its work budget was spent: "
              "this plan may differ on another run or machine; a longer --time-limit avoids it.")
    for reference, reasons in result.unscheduled.items():
        for reason in reasons:
            print(f"{reference}: {reason}")
    if args.json is not None:
        data.interviews = result.interviews
        write_json_file(schedule_document(data, result.unscheduled, result.status, stats), args.json)
    return EXIT_OK


def _interruptible_plan(data, replan: bool, options):
    """Runs the plan in a thread so that Ctrl-C cancels it cleanly (nothing is stored then)."""
    from solver.plan import plan_campaign

    stop = threading.Event()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = plan_campaign(data, replan=replan, options=options,
                                              should_stop=stop.is_set)
        except BaseException as error:  # handed to the main thread below
            outcome["error"] = error

    thread = threading.Thread(target=work, name="planner")
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.2)
    except KeyboardInterrupt:
        stop.set()
        thread.join()
        raise
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    result = outcome["result"]
    if result.cancelled:  # type: ignore[attr-defined]
        raise CampaignError("The search was cancelled; the campaign file is unchanged.")
    return result


def add_bench_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--size", choices=("S", "M", "L", "tight", "replan", "all"), default="all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-limit", type=_seconds, default=None, metavar="S",
                        help="override each size's time limit")
    parser.add_argument("--markdown", type=Path, metavar="FILE",
                        help="also write the table as Markdown (docs/benchmarks.md)")


def run_bench(args: argparse.Namespace) -> int:
    from solver.bench import run_benchmarks

    return run_benchmarks(args.size, args.seed, args.time_limit, args.markdown)


solve_command = Command(
    help="plan every unplanned shortlisted candidate (--replan also moves unpinned interviews)",
    add_arguments=add_solve_arguments,
    run=run_solve,
)

bench_command = Command(
    help="the solver benchmark: generated campaigns, the solver against the issue's first fit, "
    "our own start and the bound",
    add_arguments=add_bench_arguments,
    run=run_bench,
)
