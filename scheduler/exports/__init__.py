"""The plan as files for people: CSV and XLSX here, PDF day sheets in `ui.daysheets` (Qt draws them).

Every writer takes the same arguments (the campaign, the reasons stored by the last solve, the target)
and writes through `written_atomically`, so an export that fails half-way leaves the previous file, or
none, never half a file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from scheduler.errors import CampaignError


@contextlib.contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """Yields a temporary path beside `path`, renamed onto it only once the body has finished.

    The temporary file is created first, so that a missing or read-only folder is reported with the
    system's own reason before any work is done, and in the same words for every format.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.partial")
    try:
        temporary.open("wb").close()
        yield temporary
        temporary.replace(path)
    except OSError as error:
        raise CampaignError(_unwritable(path, error)) from None
    finally:
        temporary.unlink(missing_ok=True)


def _unwritable(path: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    if isinstance(error, PermissionError) and path.is_file():
        return f"{path}: cannot be written ({reason}); is it open in another program?"
    return f"{path}: cannot be written ({reason})."
