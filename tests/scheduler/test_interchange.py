"""Interchange format v1: schema enforced on read with JSON paths, lossless round trip."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from scheduler.errors import CampaignError, InputProblems
from scheduler.interchange import (
    campaign_document,
    campaign_schema,
    parse_campaign,
    read_campaign_file,
)
from tests.conftest import FIXTURES


@pytest.fixture
def document(full_campaign_json: Path) -> dict[str, Any]:
    return json.loads(full_campaign_json.read_text("utf-8"))


def problems_of(document: Any) -> list[str]:
    with pytest.raises(InputProblems) as caught:
        parse_campaign(document, "c.json")
    return caught.value.problems


def test_shipped_schema_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(campaign_schema())


def test_writer_gives_back_the_file_it_read(document: dict[str, Any]) -> None:
    assert campaign_document(parse_campaign(document)) == document


def test_minimal_file_gets_the_documented_defaults() -> None:
    minimal = {
        "format": "interview-scheduler.campaign",
        "version": 1,
        "campaign": {
            "name": "Round",
            "timezone": "Europe/Paris",
            "start_date": "2024-05-06",
            "end_date": "2024-05-10",
        },
        "profiles": [{"code": "P", "duration_minutes": 30, "seats": [{"role": "chair", "count": 1}]}],
        "candidates": [{"reference": "C1", "name": "Ana", "profile": "P"}],
        "rooms": [{"name": "Video", "kind": "virtual", "url": "https://v.example.org/1"}],
    }
    data = parse_campaign(minimal)
    assert data.campaign.workdays == ("mon", "tue", "wed", "thu", "fri")
    assert (data.campaign.day_start.hour, data.campaign.day_end.hour) == (9, 17)
    assert data.campaign.slot_minutes == 15
    candidate = data.candidates[0]
    assert (candidate.mode, candidate.status, candidate.extra_minutes) == ("onsite", "shortlisted", 0)
    assert candidate.hours().start.hour == 8 and candidate.hours().end.hour == 20
    again = campaign_document(parse_campaign(campaign_document(data)))
    assert again == campaign_document(data)


def test_datetimes_without_offset_are_campaign_wall_clock(document: dict[str, Any]) -> None:
    document["interviews"][0]["start"] = "2024-04-23T15:00:00"
    data = parse_campaign(document)
    assert campaign_document(data)["interviews"][0]["start"] == "2024-04-23T15:00:00+02:00"


def test_utc_datetimes_are_written_in_the_campaign_zone(document: dict[str, Any]) -> None:
    document["interviews"][0]["start"] = "2024-04-23T13:00:00Z"
    assert campaign_document(parse_campaign(document))["interviews"][0]["start"] == (
        "2024-04-23T15:00:00+02:00"
    )


def test_unknown_key_is_reported_with_its_path(document: dict[str, Any]) -> None:
    document["candidates"][1]["nickname"] = "Zo"
    assert problems_of(document) == ["c.json: $.candidates[1]: unknown key 'nickname'."]


def test_wrong_types_are_reported_with_their_paths(document: dict[str, Any]) -> None:
    document["members"][0]["max_per_day"] = "six"
    document["campaign"]["slot_minutes"] = 0
    document["candidates"][0]["accessible_room"] = "yes"
    problems = problems_of(document)
    assert "c.json: $.campaign.slot_minutes: 0 must be at least 1." in problems
    assert any(p.startswith("c.json: $.members[0].max_per_day: must be a whole number") for p in problems)
    assert 'c.json: $.candidates[0].accessible_room: must be true or false, not "yes".' in problems


def test_dangling_references_are_reported_with_their_paths(document: dict[str, Any]) -> None:
    document["panels"][0]["members"][1] = "nobody@example.org"
    document["conflicts"][0]["candidate"] = "TS-9999"
    document["interviews"][0]["room"] = "Broom cupboard"
    document["candidates"][2]["profile"] = "XX"
    assert problems_of(document) == [
        "c.json: $.panels[0].members[1]: 'nobody@example.org' is not a member of this campaign.",
        "c.json: $.candidates[2].profile: 'XX' is not a profile code of this campaign.",
        "c.json: $.conflicts[0].candidate: 'TS-9999' is not a candidate reference of this campaign.",
        "c.json: $.interviews[0].room: 'Broom cupboard' is not a room of this campaign.",
    ]


def test_member_references_ignore_case(document: dict[str, Any]) -> None:
    document["panels"][0]["members"][0] = "A.Martin@Example.org"
    assert parse_campaign(document).panels[0].members[0] == "A.Martin@Example.org"


def test_duplicate_keys_are_reported(document: dict[str, Any]) -> None:
    document["members"][1]["email"] = "A.MARTIN@example.org"
    document["candidates"].append(copy.deepcopy(document["candidates"][0]))
    problems = problems_of(document)
    assert "c.json: $.members[1].email: 'a.martin@example.org' appears twice." in problems
    assert "c.json: $.candidates[3].reference: 'TS-0001' appears twice." in problems


def test_impossible_values_are_reported(document: dict[str, Any]) -> None:
    document["campaign"]["timezone"] = "Europe/Atlantis"
    document["campaign"]["end_date"] = "2024-02-30"
    document["candidates"][0]["unavailable"][0]["end"] = "2024-04-23T00:00:00+02:00"
    problems = problems_of(document)
    assert "c.json: $.campaign.timezone: 'Europe/Atlantis' is not a known time zone." in problems
    assert "c.json: $.campaign.end_date: is not a real date." in problems
    assert "c.json: $.candidates[0].unavailable[0].end: must be later than start." in problems


def test_wrong_format_or_version_is_refused(document: dict[str, Any]) -> None:
    document["version"] = 2
    assert problems_of(document) == ["c.json: $.version: must be 1."]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "line 1, column 2: not valid JSON"),
        (b"\xff\xfe\x00garbage", "not a UTF-8 text file"),
        (b"[" * 100000, "nested too deeply"),
    ],
)
def test_unreadable_files_get_one_sentence(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(CampaignError, match=message) as caught:
        read_campaign_file(path)
    assert "\n" not in str(caught.value)


def test_json_that_is_not_an_object_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]")
    with pytest.raises(InputProblems, match=r"\$: must be an object"):
        read_campaign_file(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None)
@given(
    path=st.lists(st.sampled_from(["campaign", "members", "candidates", 0, 1, "start"]), max_size=3),
    value=json_values,
)
def test_any_mangled_document_is_either_read_or_refused_with_problems(path: list[Any], value: Any) -> None:
    document = json.loads((FIXTURES / "full-campaign.json").read_text("utf-8"))
    target: Any = document
    for step in path[:-1]:
        try:
            target = target[step]
        except (KeyError, IndexError, TypeError):
            return
    try:
        if path:
            target[path[-1]] = value
        else:
            document = value
    except (IndexError, TypeError):
        return
    try:
        data = parse_campaign(document)
    except InputProblems as problems:
        assert problems.problems and all(p.startswith("campaign: $") for p in problems.problems)
        return
    assert campaign_document(parse_campaign(campaign_document(data))) == campaign_document(data)
