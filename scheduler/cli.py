"""The command line (`../shared/spec/cli.md`): every campaign operation, headless and scriptable.

Exit status: 0 done; 1 the input or the plan breaks a rule (each problem on its own line); 2 the
command line itself is wrong. Unexpected errors are logged with their traceback and reported in
one line. Each command works in one transaction, so a failing command changes nothing.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

from scheduler import operations
from scheduler.errors import CampaignError, InputProblems
from scheduler.importing import KINDS
from scheduler.logs import log_path, setup_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

LATER = {
    "gui": "The desktop app is not part of this version yet; "
    "`interview-scheduler --help` lists the commands.",
    "solve": "Planning (solve) is not part of this version yet.",
    "bench": "The solver benchmark (bench) is not part of this version yet.",
}


@dataclass(frozen=True)
class Command:
    """A command another package adds (entry point group `interview_scheduler.commands`).

    The solver's `solve` and `bench` and the app's `gui` come this way, so that the core needs
    neither: dependencies point from the app and the solver to the core, never back.
    """

    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def added_commands() -> dict[str, Command]:
    found = {}
    for entry in entry_points(group="interview_scheduler.commands"):
        try:
            command = entry.load()
        except Exception:
            log.exception("command %s could not be loaded", entry.name)
            continue
        if isinstance(command, Command):
            found[entry.name] = command
    return found


class _Parser(argparse.ArgumentParser):
    """argparse, but its errors end in exit status 2 with one line, as the spec asks."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="interview-scheduler",
        description="Plan every interview of a recruitment campaign. "
        "Without a command, opens the desktop app.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="open the desktop app, on CAMPAIGN if given")
    gui.add_argument("campaign", nargs="?", type=Path, metavar="CAMPAIGN")

    demo = commands.add_parser("demo", help="write a realistic demo campaign")
    demo.add_argument("campaign", type=Path, metavar="CAMPAIGN")

    new = commands.add_parser("new", help="create a campaign, empty or from the interchange format")
    new.add_argument("campaign", type=Path, metavar="CAMPAIGN")
    new.add_argument("--from", dest="source", type=Path, metavar="FILE.json")
    new.add_argument("--name", help="campaign name (empty campaign; default: the file's name)")
    new.add_argument("--timezone", help="IANA time zone (empty campaign; default: this computer's)")

    imp = commands.add_parser("import", help="add rows from CSV, XLSX or ICS, or record an invitation reply")
    imp.add_argument("campaign", type=Path, metavar="CAMPAIGN")
    imp.add_argument("file", nargs="?", type=Path, metavar="FILE")
    imp.add_argument("--kind", choices=KINDS)
    imp.add_argument("--country", help="holidays: a country preset, e.g. BE (ISO 3166 code)")
    imp.add_argument("--subdivision", help="holidays: a region of --country, e.g. BY with --country DE")

    busy = commands.add_parser("import-busy", help="mark a calendar's busy times as unavailable")
    busy.add_argument("campaign", type=Path, metavar="CAMPAIGN")
    busy.add_argument("--person", required=True, metavar="EMAIL_OR_REFERENCE")
    busy.add_argument("file", type=Path, metavar="FILE.ics")

    check = commands.add_parser("check", help="check the stored plan against every rule")
    check.add_argument("campaign", type=Path, metavar="CAMPAIGN")

    export = commands.add_parser("export", help="write the campaign or its plan to files")
    export.add_argument("campaign", type=Path, metavar="CAMPAIGN")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--json", type=Path, metavar="FILE", help="the whole campaign (format v1)")
    what.add_argument("--schedule", type=Path, metavar="FILE",
                      help="the plan: .json (format v1), .csv, .xlsx or .pdf (day sheets)")
    what.add_argument("--invitations", type=Path, metavar="DIR",
                      help="the invitations that changed since the last export, into a new folder")
    what.add_argument("--person", nargs=2, metavar=("EMAIL_OR_REFERENCE", "FILE.json"),
                      help="everything stored about one candidate or panel member (an access request)")
    export.add_argument("--all", action="store_true", help="with --invitations: all of them")
    export.add_argument("target", nargs="?", type=Path, metavar="FILE.json", help=argparse.SUPPRESS)

    send = commands.add_parser("send", help="send the pending invitations by e-mail")
    add_send_arguments(send)

    added = added_commands()
    for name, command in sorted(added.items(), key=lambda item: (item[0] != "solve", item[0])):
        if name != "gui":  # its arguments are the core's, so that --help works without Qt
            command.add_arguments(commands.add_parser(name, help=command.help))
    purge = commands.add_parser(
        "purge", help="anonymise the candidates' personal data after the campaign, keeping the figures"
    )
    purge.add_argument("campaign", type=Path, metavar="CAMPAIGN")
    purge.add_argument("--before-end", action="store_true",
                       help="purge although the campaign's last day has not passed yet")
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore = commands.add_parser("restore", help="list the campaign's backups, or restore one")
    restore.add_argument("campaign", type=Path, metavar="CAMPAIGN")
    restore.add_argument("backup", nargs="?", metavar="BACKUP",
                         help="a backup's file name, path, or number in the list (1 = newest)")

    for name in ("solve", "bench"):
        if name not in added:
            later = commands.add_parser(name, help=f"(not in this version) {LATER[name]}")
            later.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    added = added_commands()
    handler = added[command].run if command in added else HANDLERS.get(command)
    if handler is None:
        return not_yet(command)
    log.info("command %s", command)
    before = _file_state(args)
    try:
        return handler(args)
    except InputProblems as problems:
        for line in problems.problems:
            print(line, file=sys.stderr)
        return EXIT_PROBLEMS
    except CampaignError as error:
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        if _file_state(args) == before:
            print("Interrupted; the campaign file is unchanged.", file=sys.stderr)
        else:
            print(f"Interrupted after {_changed(args)}.", file=sys.stderr)
        return EXIT_PROBLEMS
    except Exception as error:
        log.exception("unexpected error in command %s", command)
        outcome = "nothing was changed" if _file_state(args) == before else _changed(args)
        print(
            f"Unexpected error ({type(error).__name__}); {outcome}. Details are in {log_path()}.",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS


def _file_state(args: argparse.Namespace) -> tuple[bool, int] | None:
    """Whether the command's campaign file exists and its change counter: compared after an error,
    so that the last line never says "nothing was changed" of a command that had already stored."""
    path = getattr(args, "campaign", None)
    if not isinstance(path, Path):
        return None
    from scheduler.store.database import change_counter

    try:
        return (True, change_counter(path)) if path.is_file() else (False, 0)
    except OSError:
        return None


def _changed(args: argparse.Namespace) -> str:
    return (f"the campaign file was changed; see what it holds with "
            f"`interview-scheduler check {args.campaign}`")


def gui_main() -> int:
    """The console-less launcher on Windows: the same as `interview-scheduler gui`."""
    return main(["gui", *sys.argv[1:]])


def not_yet(command: str) -> int:
    print(LATER[command], file=sys.stderr)
    return EXIT_USAGE


def run_demo(args: argparse.Namespace) -> int:
    summary = operations.create_demo(args.campaign)
    print(f"{args.campaign}: {summary}")
    return EXIT_OK


def run_new(args: argparse.Namespace) -> int:
    if args.source is not None:
        if args.name or args.timezone:
            return usage("new: --name and --timezone go with an empty campaign, not with --from")
        summary = operations.create_from_json(args.campaign, args.source)
    else:
        summary = operations.create_empty(args.campaign, args.name, args.timezone)
    print(f"{args.campaign}: {summary}")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    if args.country:
        if args.kind not in (None, "holidays") or args.file is not None:
            return usage("import: --country goes with --kind holidays and no FILE")
        print(operations.import_country_holidays(args.campaign, args.country, args.subdivision))
        return EXIT_OK
    if args.file is None:
        return usage("import: give the FILE to import (or --kind holidays --country CODE)")
    print(operations.import_file(args.campaign, args.file, args.kind))
    return EXIT_OK


def run_import_busy(args: argparse.Namespace) -> int:
    print(operations.import_busy(args.campaign, args.person, args.file))
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    report = operations.check(args.campaign)
    for line in report.problems:
        print(line)
    print(report.summary(), file=sys.stderr if report.problems else sys.stdout)
    for line in report.reminders:
        print(line)
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    if args.person is not None:
        if args.all or args.target is not None:
            return usage("export: --person takes EMAIL_OR_REFERENCE and FILE.json, nothing else")
        from scheduler.privacy import export_person_at

        person, target = args.person
        print(export_person_at(args.campaign, person, Path(target)))
        return EXIT_OK
    if args.target is not None:
        return usage(f"export: unexpected argument {args.target}")
    if args.all and args.invitations is None:
        return usage("export: --all goes with --invitations")
    if args.schedule is not None:
        print(operations.export_schedule(args.campaign, args.schedule))
        return EXIT_OK
    if args.invitations is not None:
        from scheduler.invitations.export import export_invitations_at

        report = export_invitations_at(args.campaign, args.invitations, everything=args.all)
        print(report.described())
        return EXIT_OK
    print(operations.export_json(args.campaign, args.json))
    return EXIT_OK


def add_send_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", type=Path, metavar="CAMPAIGN")
    parser.add_argument("--smtp", required=True, metavar="HOST:PORT", help="the mail server")
    security = parser.add_mutually_exclusive_group()
    security.add_argument("--starttls", action="store_true", help="encrypt with STARTTLS (usually port 587)")
    security.add_argument("--ssl", action="store_true", help="TLS from the start (the default on port 465)")
    security.add_argument("--insecure", action="store_true",
                          help="allow plain SMTP to another computer (only local servers otherwise)")
    parser.add_argument("--user", metavar="NAME",
                        help="log in as NAME; the password comes from the system keyring or a prompt")
    parser.add_argument("--save-password", action="store_true",
                        help="with --user: keep the typed password in the system keyring")
    parser.add_argument("--limit-per-minute", type=_positive, default=30, metavar="N",
                        help="at most N messages in any minute (default 30)")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


class _StopOnCtrlC:
    """While sending: the first Ctrl-C lets the message in flight finish and be recorded, then stops;
    a second one stops at once. Only in the main thread (signals cannot be caught elsewhere)."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: object = None

    def _handle(self, signum: int, frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print("Stopping after the message being sent (Ctrl-C again stops at once).", file=sys.stderr)

    def __enter__(self) -> _StopOnCtrlC:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]


def run_send(args: argparse.Namespace) -> int:
    from scheduler.invitations import sending

    if args.save_password and args.user is None:
        return usage("send: --save-password goes with --user")
    try:
        host, port = sending.parse_server(args.smtp)
        security = sending.choose_security(host, port, use_ssl=args.ssl, starttls=args.starttls,
                                           insecure=args.insecure)
    except CampaignError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE
    server = sending.Server(host, port, security, user=args.user)
    with _StopOnCtrlC() as stop:
        options = sending.SendOptions(limit_per_minute=args.limit_per_minute,
                                      should_stop=lambda: stop.requested)
        report = sending.send_invitations_at(args.campaign, server, save=args.save_password, options=options,
                                             say=lambda text: print(text, file=sys.stderr))
    for note in report.notes:
        print(note)
    for line in report.failure_lines():
        print(line, file=sys.stderr)
    print(report.summary(), file=sys.stdout if report.ok else sys.stderr)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def run_restore(args: argparse.Namespace) -> int:
    from scheduler import backups

    if args.backup is None:
        found = backups.backups_of(args.campaign)
        if not found:
            print(f"{args.campaign}: no backups yet (they are taken before upgrades, plans and restores).")
        for number, backup in enumerate(found, start=1):
            print(f"{number}. {backup.describe()}")
        return EXIT_OK
    chosen = backups.find_backup(args.campaign, args.backup)
    before = backups.restore(args.campaign, chosen)
    print(f"{args.campaign}: restored from {chosen.name}; the state before is kept in {before.name}.")
    return EXIT_OK


def run_purge(args: argparse.Namespace) -> int:
    from scheduler import privacy

    preview = privacy.purge_preview(args.campaign)
    if not preview.ended and not args.before_end:
        raise privacy.PurgeTooEarly(preview.end_date)
    if not args.yes:
        if not sys.stdin.isatty():
            return usage("purge: it cannot be undone; add --yes to purge without being asked")
        plural = "" if preview.backups == 1 else "s"
        backups = f" and delete its {preview.backups} backup{plural}" if preview.backups else ""
        print(f"Anonymise the personal data of {preview.candidates} candidates in {args.campaign}{backups}? "
              "This cannot be undone. [y/N] ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip().casefold() not in ("y", "yes"):
            print("Nothing was purged; the campaign file is unchanged.", file=sys.stderr)
            return EXIT_PROBLEMS
    report = privacy.purge_at(args.campaign, before_end=args.before_end)
    print(f"{args.campaign}: {report.summary()}")
    for note in report.notes():
        print(note)
    return EXIT_OK


def usage(message: str) -> int:
    print(f"interview-scheduler {message} (see --help)", file=sys.stderr)
    return EXIT_USAGE


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "restore": run_restore,
    "purge": run_purge,
    "demo": run_demo,
    "new": run_new,
    "import": run_import,
    "import-busy": run_import_busy,
    "check": run_check,
    "export": run_export,
    "send": run_send,
}


if __name__ == "__main__":
    # Run as `python -m scheduler.cli`, this file is `__main__`: the commands other packages add are
    # instances of the importable module's Command, so dispatch through that module.
    from scheduler.cli import main as _main

    sys.exit(_main())
