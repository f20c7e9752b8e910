"""Edits from the app: checked by the core, stored at once, undone through the same door."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from scheduler.editing import (
    CampaignDocument,
    Change,
    edit,
    remove_candidate,
    remove_member,
    replan_changes,
    undo_all,
)
from scheduler.errors import InputProblems
from scheduler.operations import create_campaign
from scheduler.store.database import CampaignFile
from scheduler.store.mapping import load_campaign


@pytest.fixture
def planned_file(tmp_path: Path, planned_demo) -> Path:
    data, _ = planned_demo
    path = tmp_path / "demo.campaign"
    create_campaign(path, data)
    return path


def stored(path: Path):
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        return load_campaign(session)


def test_a_changed_candidate_is_in_the_file_at_once(planned_file: Path):
    document = CampaignDocument(planned_file)
    first = document.data.candidates[0]
    document.apply(edit(document.data, "candidate", first, replace(first, name="Renamed Person")))
    assert stored(planned_file).candidates[0].name == "Renamed Person"
    document.close()


def test_a_bad_value_is_refused_naming_the_thing_and_field_and_nothing_is_stored(planned_file: Path):
    document = CampaignDocument(planned_file)
    first = document.data.candidates[0]
    with pytest.raises(InputProblems) as refused:
        document.apply(edit(document.data, "candidate", first, replace(first, email="not an address")))
    assert refused.value.problems[0].startswith(f"Candidate {first.reference}, email")
    assert stored(planned_file).candidates[0].email == first.email
    assert document.data.candidates[0].email == first.email
    document.close()


def test_renaming_a_reference_follows_into_interviews_and_conflicts_and_undo_restores(planned_file: Path):
    document = CampaignDocument(planned_file)
    conflict = document.data.conflicts[0]
    candidate = document.data.candidate(conflict.candidate)
    changes = edit(document.data, "candidate", candidate, replace(candidate, reference="NEW-1"))
    document.apply(changes)
    after = stored(planned_file)
    assert any(c.candidate == "NEW-1" for c in after.conflicts)
    assert after == document.data
    document.apply(undo_all(changes))
    assert stored(planned_file).candidate(candidate.reference) is not None
    assert stored(planned_file).conflicts == document.data.conflicts
    document.close()


def test_removing_a_member_takes_them_off_panels_and_undo_brings_back_their_interviews(planned_file: Path):
    document = CampaignDocument(planned_file)
    before = stored(planned_file)
    member = next(m for m in document.data.members if any(m.key in p.members for p in document.data.panels))
    changes = remove_member(document.data, member)
    document.apply(changes)
    after = stored(planned_file)
    assert after.member(member.email) is None
    assert all(member.key not in [e.casefold() for e in p.members] for p in after.panels)
    assert len(after.interviews) < len(before.interviews)
    document.apply(undo_all(changes))
    again = stored(planned_file)
    assert sorted(i.candidate for i in again.interviews) == sorted(i.candidate for i in before.interviews)
    assert again.member(member.email) == before.member(member.email)
    document.close()


def test_removing_a_candidate_and_undo(planned_file: Path):
    document = CampaignDocument(planned_file)
    candidate = document.data.candidate(document.data.interviews[0].candidate)
    changes = remove_candidate(document.data, candidate)
    document.apply(changes)
    assert stored(planned_file).candidate(candidate.reference) is None
    document.apply(undo_all(changes))
    assert stored(planned_file).candidate(candidate.reference) == candidate


def test_a_duplicate_key_is_refused(planned_file: Path):
    document = CampaignDocument(planned_file)
    a, b = document.data.rooms[:2]
    with pytest.raises(InputProblems, match="appears twice"):
        document.apply(edit(document.data, "room", b, replace(b, name=a.name)))


def test_a_replan_is_one_list_of_changes_that_undoes(planned_file: Path):
    document = CampaignDocument(planned_file)
    original = sorted(document.data.interviews, key=lambda i: i.pinned)
    moved = [replace(original[0], pinned=True), *original[2:]]
    changes = replan_changes(document.data, moved)
    assert {c.kind for c in changes} == {"interview"} and len(changes) == 2
    document.apply(changes)
    assert next(i for i in stored(planned_file).interviews if i.candidate == original[0].candidate).pinned
    document.apply(undo_all(changes))
    assert sorted(stored(planned_file).interviews, key=lambda i: i.candidate) == sorted(
        original, key=lambda i: i.candidate)


def test_settings_change_is_checked(planned_file: Path):
    document = CampaignDocument(planned_file)
    settings = document.data.campaign
    with pytest.raises(InputProblems, match="Campaign, "):
        document.apply([Change("settings", settings, replace(settings, timezone="Mars/Olympus"))])


def test_the_difference_between_two_campaigns_replays_both_ways(planned_file: Path):
    from scheduler.editing import diff

    document = CampaignDocument(planned_file)
    before = document.data
    candidate = before.candidates[3]
    after_changes = [*remove_candidate(before, candidate),
                     Change("room", before.rooms[0], replace(before.rooms[0], capacity=99))]
    document.apply(after_changes)
    changes = diff(before, document.data)
    document.apply(undo_all(changes))
    again = stored(planned_file)
    for name in ("candidates", "rooms", "interviews", "conflicts"):
        assert sorted(map(repr, getattr(again, name))) == sorted(map(repr, getattr(before, name)))


def test_an_edit_over_a_change_made_elsewhere_is_refused_and_nothing_is_lost(planned_file: Path):
    """Two windows on one file: the second edit would overwrite the first; it is refused instead."""
    from scheduler.editing import StaleCampaign

    mine, theirs = CampaignDocument(planned_file), CampaignDocument(planned_file)
    room = mine.data.rooms[0]
    theirs.apply(edit(theirs.data, "room", room, replace(room, capacity=42)))
    assert mine.changed_elsewhere()
    with pytest.raises(StaleCampaign, match="changed by another window or program"):
        mine.apply(edit(mine.data, "room", room, replace(room, location="Elsewhere")))
    assert stored(planned_file).rooms[0].capacity == 42
    mine.reload()
    assert not mine.changed_elsewhere()
    mine.apply(edit(mine.data, "room", mine.data.rooms[0], replace(mine.data.rooms[0], location="Elsewhere")))
    both = stored(planned_file).rooms[0]
    assert (both.capacity, both.location) == (42, "Elsewhere")
    mine.close()
    theirs.close()


def test_my_own_edits_never_look_like_someone_elses(planned_file: Path):
    document = CampaignDocument(planned_file)
    room = document.data.rooms[0]
    for capacity in (5, 6, 6, 7):  # 6 twice: an edit that writes nothing must not confuse the count
        current = document.data.rooms[0]
        document.apply(edit(document.data, "room", current, replace(room, capacity=capacity)))
        assert not document.changed_elsewhere()
    document.close()


def test_a_command_line_change_is_noticed(planned_file: Path, capsys):
    from scheduler.cli import main

    document = CampaignDocument(planned_file)
    assert main(["import", str(planned_file), "--country", "BE"]) == 0
    assert document.changed_elsewhere()
    document.close()
