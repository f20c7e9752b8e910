"""A fork server for the kill harness: starts `interview-scheduler COMMAND ...` without Python's start-up.

A fresh interpreter spends about 3 s importing SQLAlchemy and Alembic (and 3 s more for OR-Tools) before a
command touches the campaign file; a kill drawn in that time only ever finds the file as it was. This
process imports the command line once (single-threaded: no thread exists at fork time; OpenBLAS, which
numpy loads under OR-Tools, is told not to start its pool) and forks one child per command; the child runs
`scheduler.cli.main(argv)` exactly as the console script does, with its own stdin, stdout and stderr, and
is killed by the harness with SIGKILL like any other process. The server itself is never killed.

Protocol, one JSON object per line each way:

    {"run": [ARG, ...], "stdout": PATH, "stderr": PATH}   ->  {"pid": N}
    {"wait": N}                                            ->  {"status": S}  (exit code, or -SIGNAL)

Run as `python -m tests.harness.forkserver` from the repository's root.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import signal
import sys
import threading
import traceback

# Nothing here may start a thread on import: a fork copies only the thread that forks.
PRELOAD = (
    "scheduler.cli",
    "scheduler.operations",
    "scheduler.backups",
    "scheduler.store.plans",
    "scheduler.importing.spreadsheet",
    "scheduler.invitations.export",
    "scheduler.invitations.sending",
    "solver.cli",
    "solver.plan",
)


def _child(argv: list[str], stdout: str, stderr: str) -> None:
    code = 70
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        for fd, path in ((1, stdout), (2, stderr)):
            target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 (the child's stdin until it exits)
        sys.argv = ["interview-scheduler", *argv]
        from scheduler.cli import main

        code = main(argv)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    except BaseException:
        traceback.print_exc()
        code = 70
    finally:
        try:
            logging.shutdown()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def serve() -> None:
    os.environ["OPENBLAS_NUM_THREADS"] = "1"  # before numpy is imported: no BLAS thread pool
    for name in PRELOAD:
        importlib.import_module(name)
    threads = os.listdir("/proc/self/task") if os.path.isdir("/proc/self/task") else ["?"]
    assert threading.active_count() == 1 and len(threads) == 1, "a preloaded module started a thread"
    reply = sys.stdout
    while True:
        line = sys.stdin.readline()
        if not line:
            return
        request = json.loads(line)
        if "run" in request:
            reply.flush()
            pid = os.fork()
            if pid == 0:
                _child([str(a) for a in request["run"]], request["stdout"], request["stderr"])
            answer: dict[str, int] = {"pid": pid}
        else:
            _, status = os.waitpid(int(request["wait"]), 0)
            answer = {"status": os.waitstatus_to_exitcode(status)}
        reply.write(json.dumps(answer) + "\n")
        reply.flush()


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the harness, which then closes our stdin
    serve()
