"""How each column of a ratings table is understood: the header words we know.

Two layouts are read. *Long*: one row per rating (``participant, group,
item, value[, round]``, our own export, R and pandas output of it). *Wide*:
one row per person and one column per item, the header being the item's key,
title or question in any language the form ships (Google Forms, Microsoft
Forms, KoboToolbox, a hand-made Excel sheet), with or without a participant,
group or timestamp column. Columns these programs add on their own (a
timestamp, an e-mail, a row number, our export's session details) are
ignored; any other column is refused, so a typo never drops data silently.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from pe_desktop.core.instruments import Instrument

#: Header words (compared by :func:`normal`) of the long layout's columns.
ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "participant": ("participant", "participante", "participant code", "código", "codigo", "code", "respondent"),
    "group": ("group", "grupo", "stakeholder group"),
    "item": ("item", "ítem"),
    "value": ("value", "valor", "rating"),
    "round": ("round", "ronda"),
}

#: Columns that spreadsheets, form services and our export add: ignored.
IGNORED_NAMES = frozenset((
    "", "unnamed: 0", "timestamp", "marca temporal", "marca de tiempo", "start time", "completion time",
    "hora de inicio", "hora de finalización", "email", "email address", "correo electrónico",
    "dirección de correo electrónico", "name", "nombre", "id", "last modified time", "start", "end", "today",
    "deviceid", "_id", "_uuid", "_submission_time", "_index", "_status", "_submitted_by", "_validation_status",
    "_notes", "_tags", "__version__", "meta/instanceid", "instanceid",
    # our own export (pe_desktop.store.io.export_csv.COLUMNS) beyond the import's columns
    "session", "partnership", "date", "position", "channel", "recorded_at",
))

#: Cell texts that mean "not sure" (besides an empty cell).
UNSURE_WORDS = frozenset(("not sure", "unsure", "na", "n/a", "n.a.", "nan", "none", "null", "-", "?",
                          "don't know", "no sé", "no se", "no lo sé", "ns", "ns/nc"))


def normal(text: str) -> str:
    """A header or cell as compared: NFC, case-folded, inner spaces collapsed, apostrophes straight."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\ufeff", "")
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Column:
    """One column as understood: ``role`` is participant, group, item, value,
    round, ``item:<key>`` (a wide table's item column) or ``ignored``."""

    index: int
    header: str
    role: str


def item_headers(instrument: Instrument) -> dict[str, str]:
    """Every header that names an item (key, title or question, any language) -> item key."""
    found: dict[str, str] = {}
    for language in instrument.languages:
        for item in instrument.localized(language).items:
            for text in (item.title, item.question):
                found.setdefault(normal(text), item.key)
    for key in instrument.item_keys:
        found[normal(key)] = key
    return found


def scale_words(instrument: Instrument) -> dict[str, int]:
    """Scale labels in every language the form ships -> their value (Microsoft Forms writes labels)."""
    found: dict[str, int] = {}
    for language in instrument.languages:
        for value, label in instrument.localized(language).scale.labels.items():
            found.setdefault(normal(label), value)
    return found


def understand(header: list[str], instrument: Instrument) -> tuple[list[Column], list[str]]:
    """Each header cell's role, and the headers not understood (to refuse)."""
    roles = {normal(name): role for role, names in ROLE_NAMES.items() for name in names}
    items = item_headers(instrument)
    columns: list[Column] = []
    unknown: list[str] = []
    for index, text in enumerate(header):
        key = normal(text)
        if key in roles:
            role = roles[key]
        elif key in items:
            role = "item:" + items[key]
        elif key in IGNORED_NAMES:
            role = "ignored"
        else:
            role = "unknown"
            unknown.append(text.strip())
        columns.append(Column(index, text.strip(), role))
    return columns, unknown
