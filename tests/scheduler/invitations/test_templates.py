"""Invitation texts: shipped in three languages, checked when loaded or edited, per profile."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scheduler.errors import CampaignError
from scheduler.invitations.events import long_date, zone_label
from scheduler.invitations.templates import (
    AUDIENCES,
    LANGUAGES,
    PARTS,
    Templates,
    check_template,
    fill,
    set_languages,
    set_template,
)
from scheduler.store.database import CampaignFile
from tests.scheduler.builders import AA_PANEL, interview
from tests.scheduler.invitations.support import campaign_with, create, export, manifest, read_eml


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_texts_are_complete_and_valid(language: str) -> None:
    templates = Templates(candidate_language=language, member_language=language)
    for audience in AUDIENCES:
        for part in PARTS:
            assert templates.text(audience, part, None).strip(), (language, audience, part)


def test_dates_are_written_in_the_recipients_language() -> None:
    moment = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    assert long_date(moment, "en") == "Wednesday 1 May 2024"
    assert long_date(moment, "fr") == "mercredi 1er mai 2024"
    assert long_date(moment, "de") == "Mittwoch, 1. Mai 2024"
    assert zone_label("Asia/Kolkata", moment) == "Asia/Kolkata, UTC+05:30"
    assert zone_label("America/New_York", moment) == "America/New_York, UTC-04:00"


@pytest.mark.parametrize(
    ("text", "audience", "message"),
    [
        ("Hello {candidate_email}", "candidate", r"unknown placeholder \{candidate_email\}"),
        ("Panel: {panel}", "candidate", r"unknown placeholder \{panel\}"),
        ("{organizer.__class__}", "member", r"unknown placeholder \{organizer.__class__\}"),
        ("{date[0]}", "member", r"unknown placeholder \{date\[0\]\}"),
        ("On {date:%Y}", "candidate", r"placeholder \{date\} must be written plainly"),
        ("On {date!r}", "candidate", r"placeholder \{date\} must be written plainly"),
        ("On {date", "candidate", r"expected '\}' before end of string \(write \{\{ and \}\} for a brace"),
        ("{instructions}", "candidate", r"unknown placeholder \{instructions\}"),  # in instructions_*
    ],
)
def test_broken_texts_are_refused_with_the_template_and_placeholder_named(
    text: str, audience: str, message: str
) -> None:
    part = "instructions_onsite" if "instructions" in text else "request_body"
    with pytest.raises(CampaignError, match=rf"Invitation template my/{audience}, part {part}: {message}"):
        check_template(text, audience, part, f"my/{audience}")


def test_filling_in_pastes_values_and_never_evaluates_them() -> None:
    assert fill("Dear {candidate_name}, {{braces}}", {"candidate_name": "{organizer} {0}"}) == (
        "Dear {organizer} {0}, {braces}")
    check_template("Panel: {panel}", "member", "description", "x")


def _campaign(tmp_path: Path) -> Path:
    data = campaign_with(interview("TS-0001", "2024-05-02 09:00"),
                         interview("AA-0001", "2024-05-02 11:00", AA_PANEL, room="Room 2"))
    return create(tmp_path / "t.campaign", data)


def test_edited_texts_are_checked_and_used_per_profile_and_language(tmp_path: Path) -> None:
    path = _campaign(tmp_path)
    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        with pytest.raises(CampaignError, match=r"en/candidate \(profile TS\) in this campaign, part "
                                                r"summary: unknown placeholder \{salary\}"):
            set_template(session, "candidate", "en", "summary", "Interview {salary}", profile="TS")
        with pytest.raises(CampaignError, match="must be one line"):
            set_template(session, "candidate", "en", "request_subject", "Two\nlines")
        with pytest.raises(CampaignError, match="no profile 'XX'"):
            set_template(session, "candidate", "en", "summary", "x", profile="XX")
        set_template(session, "candidate", "en", "summary", "TS interview {candidate_reference}",
                     profile="TS")
        set_template(session, "member", "fr", "request_subject", "Jury {candidate_reference} : {date}")
        set_languages(session, candidate="fr", member="de")
        with pytest.raises(CampaignError, match="use one of en, fr, de"):
            set_languages(session, member="it")
    export(path, tmp_path / "out")
    entries = manifest(tmp_path / "out")["messages"]
    by = {(e["candidate"], e["role"], e["recipient"]): e for e in entries}
    ts = by[("TS-0001", "candidate", "ts-0001@candidates.example.net")]
    ts_candidate = read_eml(tmp_path / "out" / ts["eml"])
    assert ts_candidate["Subject"] == "Invitation à un entretien le jeudi 2 mai 2024 à 09:00"
    assert ts_candidate["Content-Language"] == "fr"
    # the English per-profile summary does not apply to French invitations
    ics = (tmp_path / "out" / ts["ics"]).read_text()
    assert "SUMMARY;LANGUAGE=fr:Entretien : Technology specialist" in ics
    member = read_eml(tmp_path / "out" / by[("AA-0001", "member", AA_PANEL[0])]["eml"])
    assert member["Subject"] == "Auswahlkommission: Gespräch AA-0001 am Donnerstag, 2. Mai 2024 um 11:00"

    with CampaignFile.open(path) as campaign, campaign.transaction() as session:
        set_languages(session, candidate="en", member="en")
    export(path, tmp_path / "all", everything=True)
    entries = manifest(tmp_path / "all")["messages"]
    by = {(e["candidate"], e["role"]): e for e in entries}
    ts_ics = (tmp_path / "all" / by[("TS-0001", "candidate")]["ics"]).read_text()
    assert "SUMMARY;LANGUAGE=en:TS interview TS-0001" in ts_ics
    assert "SUMMARY;LANGUAGE=en:Interview: Administrative assistant" in (
        tmp_path / "all" / by[("AA-0001", "candidate")]["ics"]).read_text()
