"""The `gui` command for the core's command line, importable without loading Qt.

The command line loads every command's entry point on start; keeping Qt out of this module keeps
`interview-scheduler check ...` as fast as it was, and the app is imported only when it opens.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scheduler.cli import Command


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", nargs="?", type=Path, metavar="CAMPAIGN")


def _run(args: argparse.Namespace) -> int:
    from ui.app import main

    return main(sys.argv[:1], getattr(args, "campaign", None))


gui_command = Command(
    help="open the desktop app, on CAMPAIGN if given", add_arguments=_add_arguments, run=_run
)
