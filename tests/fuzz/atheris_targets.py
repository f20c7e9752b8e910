"""Coverage-guided fuzzing with atheris, for a longer hunt than the hypothesis tests do in CI.

atheris is not a dependency of the project (it is a libFuzzer build for CPython; see
docs/hostile-input.md); install it beside the project and run one target, e.g.:

    uv venv /tmp/atheris && uv pip install --python /tmp/atheris atheris
    mkdir -p /tmp/found
    PYTHONPATH=/tmp/atheris/lib/python3.11/site-packages uv run python -m tests.fuzz.atheris_targets \\
        calendars -max_total_time=300 -timeout=20 -rss_limit_mb=1024 /tmp/found tests/fuzz/corpus/calendars

libFuzzer adds what it finds to the first folder given: give it a scratch folder first, never the corpus.

Each target feeds the bytes to one reader; a CampaignError is the expected way to refuse, anything
else (or a hang, or running out of memory, which libFuzzer reports itself) is a finding.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from datetime import date
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from scheduler.domain import CampaignSettings
    from scheduler.errors import CampaignError
    from scheduler.importing.calendars import read_busy_times
    from scheduler.importing.spreadsheet import read_sheet
    from scheduler.interchange import read_campaign_file
    from scheduler.invitations.replies import read_replies

CAMPAIGN = CampaignSettings(name="Fuzz", timezone="Europe/Brussels", start_date=date(2024, 4, 22),
                            end_date=date(2024, 6, 14))
FOLDER = Path(tempfile.mkdtemp(prefix="atheris-"))


def _through_a_file(suffix: str, read) -> object:
    def target(data: bytes) -> None:
        path = FOLDER / f"fuzz{suffix}"
        path.write_bytes(data)
        with contextlib.suppress(CampaignError):
            read(path)

    return target


def _calendars(data: bytes) -> None:
    with contextlib.suppress(CampaignError):
        read_busy_times(data, CAMPAIGN, source="fuzz.ics")


def _replies(data: bytes) -> None:
    with contextlib.suppress(CampaignError):
        read_replies(data, "fuzz.eml")


TARGETS = {
    "csv": _through_a_file(".csv", read_sheet),
    "xlsx": _through_a_file(".xlsx", read_sheet),
    "json": _through_a_file(".json", read_campaign_file),
    "calendars": _calendars,
    "replies": _replies,
}

if __name__ == "__main__":
    name = sys.argv.pop(1)
    atheris.Setup(sys.argv, TARGETS[name])
    atheris.Fuzz()
