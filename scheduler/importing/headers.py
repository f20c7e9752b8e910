"""Which column holds what: header normalisation, English/French/German synonyms, kind guessing.

Coordinators write headers in their own language and style ("E-mail", "Courriel", "E-Mail-Adresse",
"Réf."), so a header is compared after folding case, accents, spaces and punctuation away, against
the canonical key of the interchange format and its common synonyms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from scheduler.errors import CampaignError
from scheduler.importing import KINDS

# Canonical field -> headers that mean it (compared normalised). No normalised header may appear
# under two fields; a test checks that.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "reference": (
        "reference", "ref", "référence", "réf", "referenz", "kennung", "id", "candidate id",
        "candidate reference", "candidate ref", "référence candidat", "référence du candidat",
        "id candidat", "numéro de candidat", "n° candidat", "code candidat", "bewerber-id",
        "bewerbernummer", "kandidatennummer", "kandidaten-id",
    ),
    "name": (
        "name", "nom", "full name", "nom complet", "vollständiger name", "nom et prénom",
        "prénom et nom", "nom prénom", "prénom nom", "vor- und nachname", "candidate name",
        "member name", "nom du candidat", "nom du membre", "holiday", "holiday name",
        "jour férié", "férié", "feiertag", "bezeichnung", "libellé", "intitulé", "occasion",
        "anlass",
    ),
    "first_name": ("first name", "firstname", "given name", "forename", "prénom", "vorname"),
    "last_name": (
        "last name", "lastname", "surname", "family name", "nom de famille", "nachname",
        "familienname",
    ),
    "email": (
        "email", "e-mail", "e mail", "courriel", "adresse e-mail", "adresse email",
        "adresse électronique", "adresse mail", "mél", "e-mail-adresse", "email-adresse", "mail",
        "email address", "e-mail address", "mail address", "emailadresse",
    ),
    "profile": (
        "profile", "profil", "poste", "stelle", "position", "job", "post", "profile code",
        "code profil", "code du profil", "profilcode",
    ),
    "mode": (
        "mode", "modalité", "modus", "interview mode", "mode d'entretien", "modalité d'entretien",
        "gesprächsmodus", "format", "on site or remote", "sur place ou à distance",
    ),
    "timezone": (
        "time zone", "timezone", "tz", "fuseau horaire", "fuseau", "zeitzone",
        "candidate time zone",
    ),
    "local_start": (
        "local start", "local hours start", "local start time", "local from",
        "début local", "début heure locale", "heure locale de début", "heure de début locale",
        "lokaler beginn", "lokale startzeit", "beginn ortszeit", "lokale zeit von",
    ),
    "local_end": (
        "local end", "local hours end", "local end time", "local to",
        "fin locale", "fin heure locale", "heure locale de fin", "heure de fin locale",
        "lokales ende", "lokale endzeit", "ende ortszeit", "lokale zeit bis",
    ),
    "local_hours": (
        "local hours", "heures locales", "plage horaire locale", "lokale zeiten", "ortszeit",
        "lokale uhrzeiten",
    ),
    "extra_minutes": (
        "extra minutes", "extra time", "additional minutes", "minutes supplémentaires",
        "temps supplémentaire", "temps additionnel", "minutes en plus", "zusätzliche minuten",
        "zusatzzeit", "zusätzliche zeit", "extra minuten",
    ),
    "accessible_room": (
        "accessible room", "accessible", "accessibility", "wheelchair access", "step-free",
        "salle accessible", "accessibilité", "accès pmr", "pmr", "barrierefreier raum",
        "barrierefrei", "rollstuhlgerecht",
    ),
    "status": (
        "status", "statut", "état", "zustand", "availability", "disponibilité", "verfügbarkeit",
        "available", "disponible", "verfügbar", "type", "art",
    ),
    "notes": (
        "notes", "note", "remarques", "remarque", "commentaire", "commentaires", "comments",
        "comment", "bemerkungen", "bemerkung", "anmerkungen", "anmerkung", "kommentar",
        "observations", "hinweise",
    ),
    "roles": ("roles", "role", "rôles", "rôle", "rollen", "rolle", "fonctions", "funktionen"),
    "max_per_day": (
        "max per day", "maximum per day", "max/day", "per day", "max a day", "interviews per day",
        "max par jour", "maximum par jour", "par jour", "entretiens par jour", "max pro tag",
        "maximal pro tag", "maximum pro tag", "pro tag", "gespräche pro tag",
    ),
    "max_total": (
        "max total", "maximum total", "total max", "max in total", "total", "max au total",
        "max insgesamt", "maximal insgesamt", "maximum insgesamt", "insgesamt", "max gesamt",
    ),
    "person": (
        "person", "personne", "who", "qui", "wer", "participant", "teilnehmer", "teilnehmerin",
        "email or reference", "e-mail or reference", "e-mail ou référence", "e-mail oder kennung",
    ),
    "start": (
        "start", "begin", "starts", "start time", "start date", "début", "date de début",
        "commence", "du", "beginn", "anfang", "startzeit", "ab dem",
    ),
    "end": (
        "end", "ends", "end time", "end date", "until", "fin", "date de fin", "au",
        "jusqu'au", "ende", "endzeit", "bis zum",
    ),
    "date": ("date", "datum", "jour", "tag", "day"),
    "from": ("from", "from time", "de", "heure de début", "à partir de", "von", "ab", "uhrzeit von"),
    "to": ("to", "to time", "till", "à", "jusqu'à", "heure de fin", "bis", "uhrzeit bis"),
    "member": (
        "member", "member email", "member e-mail", "panel member", "membre", "membre du jury",
        "e-mail du membre", "mitglied", "jurymitglied", "kommissionsmitglied", "interviewer",
        "examinateur", "prüfer",
    ),
    "candidate": ("candidate", "candidat", "kandidat", "kandidatin", "bewerber", "bewerberin"),
    "reason": (
        "reason", "raison", "motif", "grund", "cause", "begründung", "explanation", "explication",
        "conflict", "conflit", "konflikt",
    ),
}

FIELD_WORDS = {
    "reference": "reference", "name": "name", "first_name": "first name", "last_name": "last name",
    "email": "e-mail", "profile": "profile", "mode": "mode", "timezone": "time zone",
    "local_start": "local start", "local_end": "local end", "local_hours": "local hours",
    "extra_minutes": "extra minutes", "accessible_room": "accessible room", "status": "status",
    "notes": "notes", "roles": "roles", "max_per_day": "maximum per day",
    "max_total": "maximum in total", "person": "person", "start": "start", "end": "end",
    "date": "date", "from": "from time", "to": "to time", "member": "member",
    "candidate": "candidate", "reason": "reason",
}

# The columns each kind reads; "name" of candidates and members may be split in two.
KIND_FIELDS: dict[str, frozenset[str]] = {
    "candidates": frozenset({
        "reference", "name", "first_name", "last_name", "email", "profile", "mode", "timezone",
        "local_start", "local_end", "local_hours", "extra_minutes", "accessible_room", "status",
        "notes",
    }),
    "members": frozenset({
        "email", "name", "first_name", "last_name", "roles", "max_per_day", "max_total",
    }),
    "availability": frozenset({"person", "start", "end", "date", "from", "to", "status"}),
    "conflicts": frozenset({"member", "candidate", "reason"}),
    "holidays": frozenset({"date", "name"}),
}

KEYS: dict[str, tuple[str, ...]] = {
    "candidates": ("reference",),
    "members": ("email",),
    "availability": ("person",),
    "conflicts": ("member", "candidate"),
    "holidays": ("date",),
}

# Where a kind's own column is missing, a column of another name stands in for it: an availability
# list keyed by "E-mail", a conflicts list with "Reference" for the candidate.
ALIASES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "availability": (("person", ("email", "reference", "member", "candidate")),),
    "conflicts": (("member", ("email",)), ("candidate", ("reference",))),
}

# Headers that mean the surname when a first-name column sits beside them ("Prénom" + "Nom").
SURNAME_WHEN_SPLIT = frozenset({"nom", "name"})

CANDIDATE_ONLY = frozenset({
    "profile", "mode", "timezone", "local_start", "local_end", "local_hours", "extra_minutes",
    "accessible_room",
})
MEMBER_ONLY = frozenset({"roles", "max_per_day", "max_total"})
WHEN = frozenset({"start", "end", "date", "from", "to"})


def normalise(text: str) -> str:
    """Folds case, accents, spaces and punctuation away: "E-Mail-Adresse" -> "emailadresse"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, words in SYNONYMS.items():
        for word in (name, *words):
            table.setdefault(normalise(word), name)
    return table


LOOKUP = _lookup()


def field_for(header: str) -> str | None:
    """The canonical field a header names, or None; a trailing "(unit)" or "[note]" is allowed."""
    found = LOOKUP.get(normalise(header))
    if found is None:
        bare = re.sub(r"\([^)]*\)|\[[^\]]*\]|\*", " ", header)
        found = LOOKUP.get(normalise(bare))
    return found


def looks_like_header(texts: Sequence[str]) -> bool:
    """Whether a row names at least two known columns, so title rows above a header are skipped."""
    return sum(1 for text in texts if text.strip() and field_for(text)) >= min(2, len(texts))


@dataclass(frozen=True)
class Column:
    """One column of the file: its position, its header as written, and what it holds."""

    index: int
    header: str
    field: str | None


@dataclass
class Layout:
    """Which column gives each field of one kind, and what was left aside."""

    kind: str
    fields: dict[str, Column] = field(default_factory=dict)
    unknown: list[Column] = field(default_factory=list)
    other_kind: list[Column] = field(default_factory=list)
    duplicates: list[tuple[str, Column, Column]] = field(default_factory=list)
    superseded: list[Column] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.fields

    def notes(self) -> list[str]:
        notes = []
        if self.unknown:
            notes.append(f"Ignored {_quoted(self.unknown)}, which the import does not know.")
        if self.other_kind:
            notes.append(f"Ignored {_quoted(self.other_kind)}, which {self.kind} do not have.")
        if self.superseded:
            notes.append(f"Ignored {_quoted(self.superseded)}, as the file has a full-name column.")
        return notes


def _quoted(columns: list[Column]) -> str:
    names = ", ".join(f'"{c.header}"' for c in columns)
    return f"the column {names}" if len(columns) == 1 else f"the columns {names}"


def match_columns(header: Sequence[str]) -> list[Column]:
    """Every non-empty header cell with the field it names (None when unknown)."""
    return [
        Column(index, text, field_for(text)) for index, text in enumerate(header) if text.strip()
    ]


def _split_name(columns: list[Column]) -> list[Column]:
    """"Prénom" + "Nom" or "Vorname" + "Name": the plain name column is then the surname."""
    fields = {c.field for c in columns}
    if "first_name" not in fields or "last_name" in fields:
        return columns
    return [
        Column(c.index, c.header, "last_name")
        if c.field == "name" and normalise(c.header) in SURNAME_WHEN_SPLIT
        else c
        for c in columns
    ]


def guess_kind(columns: list[Column]) -> str | None:
    """The kind of rows a set of columns holds, or None if they could be several or none."""
    fields = {c.field for c in columns if c.field}
    person_like = fields & {"person", "email", "reference", "member", "candidate"}
    if "member" in fields and fields & {"candidate", "reference"} and "person" not in fields:
        return "conflicts"
    timed = "start" in fields or "end" in fields or ("date" in fields and fields & {"from", "to"})
    if ("person" in fields and fields & WHEN) or (len(person_like) == 1 and timed):
        return "availability"
    if "email" in fields and fields & MEMBER_ONLY and not fields & CANDIDATE_ONLY:
        return "members"
    if "reference" in fields and not fields & MEMBER_ONLY:
        return "candidates"
    if "email" in fields and not fields & (CANDIDATE_ONLY | WHEN):
        return "members"
    if fields >= {"date", "name"} and not person_like and not fields & (MEMBER_ONLY | CANDIDATE_ONLY):
        return "holidays"
    return None


def layout_for(kind: str, columns: list[Column]) -> Layout:
    """Assigns the columns to the fields of `kind`; others are set aside to be mentioned."""
    if kind not in KINDS:
        raise CampaignError(f"There is no kind {kind!r}; use one of {', '.join(KINDS)}.")
    allowed = KIND_FIELDS[kind]
    columns = _split_name(columns) if "first_name" in allowed else columns
    present = {c.field for c in columns if c.field in allowed}
    renamed = {}
    for target, sources in ALIASES.get(kind, ()):
        if target in present:
            continue
        standing_in = [s for s in sources if any(c.field == s for c in columns)]
        if len(standing_in) == 1:
            renamed[standing_in[0]] = target
            present.add(target)
    layout = Layout(kind)
    for column in columns:
        name = renamed.get(column.field or "", column.field)
        if name is None:
            layout.unknown.append(column)
        elif name not in allowed:
            layout.other_kind.append(column)
        elif name in layout.fields:
            layout.duplicates.append((name, layout.fields[name], column))
        else:
            layout.fields[name] = column
    if "name" in layout.fields:
        for part in ("first_name", "last_name"):
            if part in layout.fields:
                layout.superseded.append(layout.fields.pop(part))
    return layout


def describe_field(name: str) -> str:
    """Words for a field in messages, with a few headers that would name it."""
    examples: dict[str, str] = {}
    for word in (name, *SYNONYMS.get(name, ())):
        if "_" not in word and len(examples) < 3:
            examples.setdefault(word.casefold(), word[:1].upper() + word[1:])
    shown = ", ".join(f'"{w}"' for w in examples.values())
    return f"{FIELD_WORDS.get(name, name)} (a header such as {shown})"


def layout_from_mapping(kind: str, columns: list[Column], mapping: Mapping[int, str | None]) -> Layout:
    """The layout a person chose: column index -> field of `kind`, or None to leave the column out.

    Columns the mapping does not mention keep the field the headers gave them (`layout_for`); the
    chosen fields are taken as they are, with no synonyms, aliases or name splitting applied on top,
    so the import reads exactly what the person saw. Two columns chosen for one field are reported
    as duplicates by the import, like two headers naming the same field.
    """
    if kind not in KINDS:
        raise CampaignError(f"There is no kind {kind!r}; use one of {', '.join(KINDS)}.")
    allowed = KIND_FIELDS[kind]
    wrong = sorted({f for f in mapping.values() if f is not None and f not in allowed})
    if wrong:
        raise CampaignError(f"{kind.capitalize()} have no field {', '.join(wrong)}.")
    detected = mapping_of(layout_for(kind, columns))
    layout = Layout(kind)
    for column in columns:
        name = mapping[column.index] if column.index in mapping else detected.get(column.index)
        if name is None:
            layout.unknown.append(column)
        elif name in layout.fields:
            layout.duplicates.append((name, layout.fields[name], column))
        else:
            layout.fields[name] = Column(column.index, column.header, name)
    if "name" in layout.fields:
        for part in ("first_name", "last_name"):
            if part in layout.fields:
                layout.superseded.append(layout.fields.pop(part))
    return layout


def mapping_of(layout: Layout) -> dict[int, str | None]:
    """Column index -> the field it gives in `layout`; set-aside columns map to None.

    A column that repeats a field already given by another keeps that field, so that whoever shows
    the mapping shows the clash the import will report.
    """
    mapping: dict[int, str | None] = {c.index: None for c in (*layout.unknown, *layout.other_kind)}
    mapping.update({c.index: None for c in layout.superseded})
    mapping.update({column.index: name for name, column in layout.fields.items()})
    mapping.update({second.index: name for name, _first, second in layout.duplicates})
    return mapping
