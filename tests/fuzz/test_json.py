"""Hostile campaign files (JSON, `new --from`): problems or one sentence, bounded, and no campaign made.

A refused file leaves no campaign and no half-made one beside it (`new` builds beside the name and renames).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.errors import CampaignError, InputProblems
from scheduler.interchange import MAX_PROBLEMS, parse_campaign, read_campaign_file
from scheduler.operations import opened
from scheduler.store.mapping import load_campaign
from tests.conftest import FIXTURES
from tests.fuzz.support import CORPUS, bounded, in_child, one_sentence, run

JSON = CORPUS / "json"
BASE = json.loads((FIXTURES / "full-campaign.json").read_text(encoding="utf-8"))

# The start of the (first) sentence that refuses each corpus file.
REFUSED = {
    "comments.json": "line 1, column 1: not valid JSON",
    "dangling-references.json": "$.panels[0].profile: '\\u202eNOPE' is not a profile code",
    "deep-nesting-in-a-value.json": "$.candidates[0].notes: must be a text, not [[[[",
    "deep-nesting-over-the-limit.json": "is nested too deeply to be a campaign file.",
    "duplicate-keys.json": "$.campaign: the required key 'name', 'timezone', 'start_date', 'end_date'",
    "empty-object.json": "$: the required key 'format', 'version', 'campaign' is missing.",
    "empty.json": "line 1, column 1: not valid JSON",
    "exponent-overflow.json": "$.campaign.slot_minutes: must be a whole number, not Infinity.",
    "huge-integer-below-the-limit.json": "$.campaign.slot_minutes: 99999999",
    "huge-integer.json": "holds a number thousands of digits long.",
    "infinity-and-nan.json": "$.campaign.slot_minutes: must be a whole number, not Infinity.",
    "latin1.json": "is not a UTF-8 text file",
    "lone-surrogate.json": "holds text that is not valid Unicode",
    "negative-zero-and-floats.json": "$.campaign.slot_minutes: -0.0 must be at least 1.",
    "top-level-array.json": "$: must be an object, not [",
    "top-level-string.json": '$: must be an object, not "interview-scheduler.campaign".',
    "trailing-garbage.json": "line 253, column 1: not valid JSON (Extra data).",
    "unknown-keys-everywhere.json": "$: unknown key 'xxxxxxxx",
    "utf16.json": "is not a UTF-8 text file",
    "wrong-types.json": "$.campaign.holidays: must be a list",
}
# Made into a campaign: text is data, whatever it holds.
CREATED = {
    "formula-names.json": '=HYPERLINK("http://evil.example","x")',
    "nul-bidi-and-line-breaks.json": "a\x00b\u202e\r\nBcc: x@evil.example",
}


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(p.name for p in JSON.iterdir()) == sorted([*REFUSED, *CREATED])
    assert all(p.stat().st_size <= 200_000 for p in JSON.iterdir())


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_campaign_file_is_refused_and_makes_no_campaign(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "target"
    folder.mkdir()
    source = JSON / name
    with bounded(seconds=20, megabytes=None):
        outcome = run("new", folder / "new.campaign", "--from", source)
    assert outcome.code == 1 and outcome.out == "", outcome
    lines = outcome.err.strip().splitlines()
    assert 1 <= len(lines) <= MAX_PROBLEMS and len(set(lines)) == len(lines)
    for line in lines:
        one_sentence(line, f"{source}: ")
    assert lines[0].startswith(f"{source}: {REFUSED[name]}"), lines[0]
    assert sorted(p.name for p in folder.iterdir()) == [], "a campaign (or half of one) was made"


@pytest.mark.parametrize("name", sorted(CREATED))
def test_hostile_text_is_stored_as_data(tmp_path: Path, name: str) -> None:
    target = tmp_path / "new.campaign"
    assert run("new", target, "--from", JSON / name).code == 0
    with opened(target) as session:
        assert load_campaign(session).candidates[0].notes == CREATED[name]


def test_a_million_empty_items_are_refused_in_bounded_time_and_memory(tmp_path: Path) -> None:
    """Every problem used to be gathered and sorted: minutes and ten gigabytes for a 3 MB file."""
    path = tmp_path / "empty-items.json"
    path.write_text(json.dumps({**BASE, "candidates": [{}] * 1_000_000}))
    with bounded(seconds=20, megabytes=400), pytest.raises(InputProblems) as caught:
        read_campaign_file(path)
    assert len(caught.value.problems) <= MAX_PROBLEMS
    assert caught.value.problems[0].startswith(f"{path}: $.candidates[0]: the required key")


def test_more_values_than_a_campaign_can_have_are_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "zeros.json"
    path.write_text("[" + "0," * 4_000_000 + "0]")
    # 150 MB: reading asks for a buffer of the largest size allowed (100 MB), most of it never used.
    with bounded(seconds=10, megabytes=150), pytest.raises(CampaignError) as caught:
        read_campaign_file(path)
    one_sentence(str(caught.value), f"{path}: holds more than 3,000,000 values")


def test_a_file_over_100_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024 + 1)
    with bounded(seconds=10, megabytes=None), pytest.raises(CampaignError) as caught:
        read_campaign_file(path)
    one_sentence(str(caught.value), f"{path}: is larger than a campaign file can be (100 MB).")


def test_a_pipe_or_a_device_is_refused_instead_of_read_forever(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    for path in (pipe, Path("/dev/zero")):
        with bounded(seconds=5, megabytes=None), pytest.raises(CampaignError) as caught:
            read_campaign_file(path)
        one_sentence(str(caught.value), f"{path}: is not a regular file.")


def test_nesting_just_under_the_parsers_limit_takes_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    nested: Any = "x"
    for _ in range(450):
        nested = {"a": [nested]}
    path.write_text(json.dumps({**BASE, "x": nested, "candidates": [nested] * 1000}))
    text = in_child(lambda: read_campaign_file(path), seconds=20, megabytes=300)
    assert text.startswith(f"refused: {path}: $: unknown key 'x'.")


# --------------------------------------------------------------------------------------------------
# Generated documents

HUGE_NUMBERS = st.one_of(
    st.integers(-(10**40), 10**40), st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([10**4000, -(10**4000), 2**63, -(2**63) - 1, 1e308, 5e-324, -0.0]),
)
ODD_TEXTS = st.sampled_from(["", "\x00", "\ud800", "\u202e", "=1+1", "2024-02-30", "25:61", "Mars/Olympus"])
VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), HUGE_NUMBERS, st.text(max_size=20), ODD_TEXTS),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=20,
)


def _paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(BASE)[1:]


@settings(max_examples=100, deadline=None)
@given(changes=st.lists(st.tuples(st.sampled_from(PATHS), VALUES), min_size=1, max_size=4))
def test_any_value_anywhere_gives_a_campaign_or_problems(changes: list[tuple[tuple[Any, ...], Any]]) -> None:
    document = json.loads(json.dumps(BASE))
    for path, value in changes:
        place = document
        try:
            for key in path[:-1]:
                place = place[key]
            place[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    try:
        with bounded(seconds=10, megabytes=None):
            parse_campaign(document, "fuzz.json")
    except InputProblems as problems:
        assert 1 <= len(problems.problems) <= MAX_PROBLEMS
        for line in problems.problems:
            one_sentence(line, "fuzz.json: ")


TOKENS = st.sampled_from(["{", "}", "[", "]", ",", ":", '"', "1e999", "-", "0", "NaN", "\\u", "\\ud800",
                          '"campaign"', '"format"', "null", "true", " ", "9" * 5000])


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(st.text(max_size=200), st.lists(TOKENS, max_size=60).map("".join)))
def test_any_text_gives_problems_or_one_sentence(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            read_campaign_file(path)
        except InputProblems as problems:
            for line in problems.problems:
                one_sentence(line, f"{path}: ")
        except CampaignError as error:
            one_sentence(str(error), f"{path}: ")
