"""The export folder: safe file names, the manifest, and folders that cannot be used."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from scheduler.errors import CampaignError
from scheduler.invitations.export import SafeNames, export_invitations_at, safe_name
from tests.scheduler.builders import interview
from tests.scheduler.invitations.support import campaign_with, create, export, manifest

HOSTILE = [
    "../../etc/passwd",
    "..",
    ".hidden",
    "CON",
    "nul.txt",
    "COM1",
    "TS/0001",
    "C:\\Windows\\system32",
    "members",
    "manifest.json",
    "ts-0001",  # the same as TS-0001 on a case-insensitive disk
    "TS-0001",
    "x" * 300,
    "\u202eevil\x00name",
    "   ",
]
SAFE = re.compile(r"^[A-Za-z0-9._@+-]{1,84}$")


def _hostile_campaign(tmp_path: Path) -> Path:
    data = campaign_with()
    template = data.candidate("TS-0002")
    assert template is not None
    data.candidates = [
        replace(template, reference=reference, name=f"Candidate {n}", email=f"c{n}@candidates.example.net")
        for n, reference in enumerate(HOSTILE)
    ]
    data.candidates[0] = replace(data.candidates[0], email="x/../../etc@example.org".replace(".", "%2e", 4))
    data.interviews = [
        replace(interview("TS-0002", f"2024-04-{22 + n // 5} {9 + n % 5:02d}:00"), candidate=reference)
        for n, reference in enumerate(HOSTILE)
    ]
    return create(tmp_path / "hostile.campaign", data)


def test_names_from_hostile_references_stay_inside_the_folder(tmp_path: Path) -> None:
    path = _hostile_campaign(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path / "out"
    report = export(path, out)
    assert report.requests == len(HOSTILE) * 4 and report.notes == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "out"])
    root = out.resolve()
    files = [p for p in out.rglob("*")]
    for file in files:
        assert file.resolve().is_relative_to(root)
        assert not file.is_symlink()
        for part in file.relative_to(out).parts:
            assert SAFE.match(part), part
            assert not part.startswith(".") and ".." not in part
            assert part.split(".")[0].upper() not in {"CON", "NUL", "COM1", "PRN", "AUX"}
    document = manifest(out)
    listed = [e[kind] for e in document["messages"] for kind in ("ics", "eml")]
    listed += [c["ics"] for c in document["calendars"]]
    assert len({name.casefold() for name in listed}) == len(listed)
    assert {name for name in listed} | {"manifest.json"} == {
        str(f.relative_to(out)) for f in files if f.is_file()}
    assert {e["candidate"] for e in document["messages"]} == set(HOSTILE)
    top = {Path(name).parts[0] for name in listed}
    assert sum(1 for name in top if name.casefold() == "members") == 1  # only the overview folder
    assert (out / "members").is_dir() and all(
        Path(c["ics"]).parent == Path("members") for c in document["calendars"])
    assert not (out / "manifest.json").is_dir()


def test_safe_names() -> None:
    assert safe_name("TS-0001") == "TS-0001"
    assert safe_name("l.nowak@example.net") == "l.nowak@example.net"
    assert safe_name("../../etc/passwd") == "___.__etc_passwd"
    assert safe_name(".hidden") == "_hidden"
    assert safe_name("CON") == "_CON" and safe_name("lpt9.txt") == "_lpt9.txt"
    assert len(safe_name("y" * 500)) == 80
    names = SafeNames()
    first, second = names.name("", "TS-0001"), names.name("", "ts-0001")
    assert first == "TS-0001" and second.startswith("ts-0001-") and names.name("", "TS-0001") == first


def test_the_folder_must_be_new_or_empty_and_its_parent_must_exist(tmp_path: Path) -> None:
    path = create(tmp_path / "c.campaign", campaign_with(interview("TS-0001", "2024-04-23 09:00")))
    a_file = tmp_path / "file.txt"
    a_file.write_text("keep me")
    with pytest.raises(CampaignError, match="is a file"):
        export_invitations_at(path, a_file)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep me")
    with pytest.raises(CampaignError, match="not empty"):
        export_invitations_at(path, busy)
    with pytest.raises(CampaignError, match="no such folder"):
        export_invitations_at(path, tmp_path / "missing" / "out")
    assert a_file.read_text() == "keep me" and [p.name for p in busy.iterdir()] == ["mine.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    report = export_invitations_at(path, empty)
    assert report.requests == 4 and report.manifest == empty / "manifest.json"
    assert (empty / "manifest.json").is_file()
    assert (empty.stat().st_mode & 0o077) == 0
    assert all((p.stat().st_mode & 0o077) == 0 for p in empty.rglob("*"))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial folder left


def test_a_folder_the_user_may_not_write_in_is_refused(tmp_path: Path, monkeypatch) -> None:
    from scheduler.invitations import export as export_module

    path = create(tmp_path / "c.campaign", campaign_with(interview("TS-0001", "2024-04-23 09:00")))
    monkeypatch.setattr(export_module, "_can_write", lambda folder: False)
    with pytest.raises(CampaignError, match="no permission"):
        export_invitations_at(path, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_people_without_a_usable_address_are_named_in_the_report(tmp_path: Path) -> None:
    data = campaign_with(interview("TS-0001", "2024-04-23 09:00"), interview("TS-0002", "2024-04-23 10:00"))
    data.candidates = [replace(c, email=None) if c.reference == "TS-0001" else c for c in data.candidates]
    data.candidates = [replace(c, email="not an address") if c.reference == "TS-0002" else c
                       for c in data.candidates]
    report = export(create(tmp_path / "c.campaign", data), tmp_path / "out")
    assert report.requests == 6
    assert report.notes == [
        "TS-0001: the candidate has no e-mail address; no invitation for them.",
        "TS-0002: the candidate has an e-mail address that is not usable; no invitation for them.",
    ]
    assert report.notes[0] in report.described()


def test_a_workspace_abandoned_by_a_killed_export_is_removed_by_the_next(tmp_path: Path) -> None:
    import os
    import time

    from scheduler.invitations.export import _remove_abandoned_workspaces

    stale = tmp_path / ".out.partial-abc123"
    stale.mkdir()
    (stale / "candidate.ics").write_text("BEGIN:VCALENDAR")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    running = tmp_path / ".out.partial-def456"  # another export, still writing
    running.mkdir()
    _remove_abandoned_workspaces(tmp_path / "out")
    assert not stale.exists() and running.exists()
