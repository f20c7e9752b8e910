"""The texts of invitations: loaded, checked and filled in.

Where a text comes from, first found wins, part by part:

1. the campaign file, for the recipient's profile (`set_template(..., profile="TS")`);
2. the campaign file, for every profile;
3. `resources/templates/invitations/<language>/<audience>.<PROFILE>.toml` (shipped per-profile texts);
4. `resources/templates/invitations/<language>/<audience>.toml` (complete, shipped in en, fr and de).

Language: the interchange format says nothing about a person's language and this module adds nothing
to it. A campaign has one language for candidates and one for panel members (`invitation_settings`,
both English unless set with `set_languages`), so that an HR team can write to candidates in French
while its panel works in English. Dates are written in that language ("mercredi 1 mai 2024").

Placeholders are `{name}` fields from a fixed list per audience (`PLACEHOLDERS`); panel names
(`{panel}`) exist for panel members only, so a candidate's text cannot reveal them. A text is checked
when it is loaded or edited: an unknown placeholder, a format specification (`{date:%Y}`), an attribute
or index (`{organizer.__class__}`) or an unbalanced brace is refused with a `CampaignError` naming the
template, the part and the placeholder. Filling in never evaluates anything: values are pasted as text.
"""

from __future__ import annotations

import functools
import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from resources import resource_path
from scheduler.errors import CampaignError
from scheduler.store.models import InvitationSettingsRow, InvitationTemplateRow, ProfileRow

AUDIENCES = ("candidate", "member")
LANGUAGES = ("en", "fr", "de")
DEFAULT_LANGUAGE = "en"
PARTS = (
    "summary",
    "description",
    "instructions_onsite",
    "instructions_remote",
    "request_subject",
    "request_body",
    "update_subject",
    "update_body",
    "cancel_subject",
    "cancel_body",
)
SINGLE_LINE_PARTS = ("summary", "request_subject", "update_subject", "cancel_subject")
COMMON_PLACEHOLDERS = frozenset(
    {
        "candidate_name",
        "candidate_reference",
        "profile",
        "date",
        "time",
        "end_time",
        "duration",
        "timezone",
        "location",
        "room",
        "link",
        "instructions",
        "organizer",
        "organizer_email",
        "campaign",
        "recipient_name",
    }
)
PLACEHOLDERS = {
    "candidate": COMMON_PLACEHOLDERS,
    "member": COMMON_PLACEHOLDERS | {"panel"},
}
_SAFE_PROFILE_FILE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_FORMATTER = string.Formatter()


def template_folder(language: str) -> str:
    return str(resource_path("templates", "invitations", language))


def check_template(text: str, audience: str, part: str, name: str) -> None:
    """Raises a CampaignError naming `name` and the placeholder if the text cannot be filled in."""
    if audience not in AUDIENCES:
        raise CampaignError(f"Invitation template {name}: unknown audience {audience!r}.")
    if part not in PARTS:
        raise CampaignError(
            f"Invitation template {name}: unknown part {part!r}; the parts are {', '.join(PARTS)}."
        )
    allowed = PLACEHOLDERS[audience] - ({"instructions"} if part.startswith("instructions") else set())
    try:
        fields = list(_FORMATTER.parse(text))
    except ValueError as error:
        raise CampaignError(
            f"Invitation template {name}, part {part}: {error} (write {{{{ and }}}} for a brace)."
        ) from None
    for _literal, field_name, format_spec, conversion in fields:
        if field_name is None:
            continue
        if field_name not in allowed:
            known = ", ".join("{" + p + "}" for p in sorted(allowed))
            raise CampaignError(
                f"Invitation template {name}, part {part}: unknown placeholder {{{field_name}}}; "
                f"the known placeholders are {known}."
            )
        if format_spec or conversion:
            raise CampaignError(
                f"Invitation template {name}, part {part}: placeholder {{{field_name}}} must be written "
                f"plainly, without a format (remove what follows the name)."
            )


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with each placeholder replaced by its value as is (the text was checked first)."""
    pieces = []
    for literal, field_name, _spec, _conversion in _FORMATTER.parse(text):
        pieces.append(literal)
        if field_name is not None:
            pieces.append(values.get(field_name, ""))
    return "".join(pieces)


@functools.lru_cache(maxsize=64)
def _shipped(language: str, audience: str, profile: str | None) -> dict[str, str]:
    """The parts of one shipped file ({} if there is none), checked."""
    stem = audience if profile is None else f"{audience}.{profile}"
    path = resource_path("templates", "invitations", language, f"{stem}.toml")
    if not path.is_file():
        return {}
    name = f"{language}/{stem}.toml"
    try:
        content = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise CampaignError(f"Invitation template {name}: cannot be read ({error}).") from None
    parts = {}
    for part, text in content.items():
        if not isinstance(text, str):
            raise CampaignError(f"Invitation template {name}: part {part} is not text.")
        check_template(text, audience, part, name)
        parts[part] = text.strip("\n")
    if profile is None:
        missing = [p for p in PARTS if p not in parts]
        if missing:
            raise CampaignError(f"Invitation template {name}: parts missing: {', '.join(missing)}.")
    return parts


@dataclass
class Templates:
    """Every text the campaign's invitations can use, checked, with the languages it writes in."""

    candidate_language: str = DEFAULT_LANGUAGE
    member_language: str = DEFAULT_LANGUAGE
    # (audience, language, profile code or None, part) -> text edited in the campaign
    edited: dict[tuple[str, str, str | None, str], str] = field(default_factory=dict)

    def language(self, audience: str) -> str:
        return self.candidate_language if audience == "candidate" else self.member_language

    def text(self, audience: str, part: str, profile: str | None, language: str | None = None) -> str:
        language = language or self.language(audience)
        keys = [(audience, language, profile, part)] if profile is not None else []
        keys.append((audience, language, None, part))
        for key in keys:
            if key in self.edited:
                return self.edited[key]
        if profile is not None and _SAFE_PROFILE_FILE.match(profile):
            shipped = _shipped(language, audience, profile)
            if part in shipped:
                return shipped[part]
        return _shipped(language, audience, None)[part]

    def render(
        self, audience: str, part: str, profile: str | None, values: Mapping[str, str],
        language: str | None = None,
    ) -> str:
        return fill(self.text(audience, part, profile, language), values)


def load_templates(session: Session) -> Templates:
    """The campaign's texts and languages; every text is checked (a broken one is named)."""
    settings = session.get(InvitationSettingsRow, 1)
    templates = Templates()
    if settings is not None:
        templates.candidate_language = _language(settings.candidate_language)
        templates.member_language = _language(settings.member_language)
    codes = {p.id: p.code for p in session.scalars(select(ProfileRow))}
    for row in session.scalars(select(InvitationTemplateRow).order_by(InvitationTemplateRow.id)):
        profile = codes.get(row.profile_id) if row.profile_id is not None else None
        check_template(row.text, row.audience, row.part, _edited_name(row.audience, row.language, profile))
        templates.edited[(row.audience, row.language, profile, row.part)] = row.text
    for language in {templates.candidate_language, templates.member_language}:
        for audience in AUDIENCES:
            _shipped(language, audience, None)
    return templates


def _language(code: str) -> str:
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def _edited_name(audience: str, language: str, profile: str | None) -> str:
    return f"{language}/{audience}" + (f" (profile {profile})" if profile else "") + " in this campaign"


def set_template(
    session: Session, audience: str, language: str, part: str, text: str | None, profile: str | None = None
) -> None:
    """Edits one part of the campaign's texts (None goes back to the shipped text); checked first."""
    if language not in LANGUAGES:
        raise CampaignError(f"Invitation language {language!r}: use one of {', '.join(LANGUAGES)}.")
    profile_row = None
    if profile is not None:
        profile_row = session.scalars(select(ProfileRow).where(ProfileRow.code == profile)).first()
        if profile_row is None:
            raise CampaignError(f"Invitation template: there is no profile {profile!r}.")
    if text is not None:
        check_template(text, audience, part, _edited_name(audience, language, profile))
        if part in SINGLE_LINE_PARTS and ("\n" in text or "\r" in text):
            raise CampaignError(
                f"Invitation template {_edited_name(audience, language, profile)}, part {part}: "
                "must be one line."
            )
    query = select(InvitationTemplateRow).where(
        InvitationTemplateRow.audience == audience,
        InvitationTemplateRow.language == language,
        InvitationTemplateRow.part == part,
        InvitationTemplateRow.profile_id.is_(None)
        if profile_row is None
        else InvitationTemplateRow.profile_id == profile_row.id,
    )
    row = session.scalars(query).first()
    if text is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(
            InvitationTemplateRow(
                audience=audience, language=language, part=part, text=text, profile=profile_row
            )
        )
    else:
        row.text = text
    session.flush()


def set_languages(session: Session, *, candidate: str | None = None, member: str | None = None) -> None:
    """The languages invitations are written in, for candidates and for panel members."""
    from scheduler.invitations.tracking import invitation_settings

    row = invitation_settings(session)
    for audience, value in (("candidate", candidate), ("member", member)):
        if value is None:
            continue
        if value not in LANGUAGES:
            raise CampaignError(f"Invitation language {value!r}: use one of {', '.join(LANGUAGES)}.")
        setattr(row, f"{audience}_language", value)
    session.flush()
