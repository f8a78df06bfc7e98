"""The instrument model: a validated form, its scale and items, its translations.

A loaded :class:`Instrument` is immutable.  Sessions store a frozen snapshot
of it (:meth:`Instrument.to_json` + :attr:`Instrument.content_hash`) so that
an old session still reads right after the form file is edited.  Every way
of making one (a form file, TOML text, an archived snapshot) goes through
:func:`~pe_desktop.core.instruments.validation.validate_form`, so a snapshot
is checked exactly like a file.

Standard library only: the core layer never imports Qt.  Messages are English
strings; the UI translates.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pe_desktop.core.instruments.validation import ValidForm, read_form_file, read_form_text, validate_form

__all__ = ["UNSURE_LABEL", "Instrument", "Item", "Scale", "load_instrument", "parse_instrument"]

#: Shown for a "not sure" rating (stored as NULL).  English; the UI translates.
UNSURE_LABEL = "Not sure"


@dataclass(frozen=True)
class Scale:
    """The rating scale: whole numbers ``min..max``, some of them labelled."""

    min: int
    max: int
    labels: dict[int, str] = field(default_factory=dict, hash=False)
    allow_unsure: bool = True

    @property
    def points(self) -> range:
        """Every value a participant can give (not counting "not sure")."""
        return range(self.min, self.max + 1)

    @property
    def answers(self) -> tuple[int | None, ...]:
        """Every answer a ballot offers, in ballot order: the points, then
        ``None`` ("not sure") when the scale allows it."""
        return (*self.points, None) if self.allow_unsure else tuple(self.points)

    def label(self, value: int | None) -> str:
        """The label to show for ``value``: its text, the bare number if
        unlabelled, or "Not sure" for ``None`` (a NULL rating)."""
        if value is None:
            return UNSURE_LABEL
        return self.labels.get(value, str(value))


@dataclass(frozen=True)
class Item:
    """One attribute participants rate: a short title for charts, a question
    for the projector and ballots, prompts for the discussion."""

    key: str
    title: str
    question: str
    prompts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Instrument:
    """A validated form.  Immutable so a snapshot cannot drift from its hash.

    ``translations`` holds the raw ``[translations.<lang>]`` tables as
    validated (``title``, optional ``source``, optional ``scale_labels`` with
    string keys, ``items`` keyed by item key); :meth:`localized` applies them.
    """

    key: str
    version: int
    title: str
    source: str
    language: str
    scale: Scale
    items: tuple[Item, ...]
    translations: dict[str, dict[str, Any]] = field(default_factory=dict, hash=False)

    def item(self, key: str) -> Item:
        """The item with this key; ``KeyError`` if the form has none."""
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(f"form '{self.key}' has no item '{key}'; its items are: {', '.join(self.item_keys)}")

    @cached_property
    def item_keys(self) -> tuple[str, ...]:
        """Item keys in form order (the order items are rated and shown).

        Computed once per instrument: every vote is checked against it
        (``Archive.record_rating``), so building a new tuple per call added
        up during a busy round. ``cached_property`` stores the tuple in the
        instance ``__dict__`` without going through the frozen ``__setattr__``;
        it is not a field, so equality, hashing and :meth:`to_dict` ignore it.
        """
        return tuple(item.key for item in self.items)

    @property
    def languages(self) -> tuple[str, ...]:
        """The form's own language first, then its translations, sorted."""
        return (self.language, *sorted(lang for lang in self.translations if lang != self.language))

    def localized(self, language: str) -> Instrument:
        """The same form with texts in ``language``; ``self`` if that is the
        form's own language or it has no such translation.

        Keys, version and scale points stay the same, so ratings given in any
        language are one data set.  Prompts and scale labels that a
        translation leaves out fall back to the original text (better a prompt
        in English than none).  The original texts become a translation of
        the result, so ``localized("es").localized("en")`` has the original
        texts again.
        """
        table = self.translations.get(language)
        if language == self.language or table is None:
            return self
        items_tr: Mapping[str, Mapping[str, Any]] = table.get("items", {})
        items = []
        for item in self.items:
            tr = items_tr.get(item.key, {})
            items.append(
                Item(
                    key=item.key,
                    title=tr.get("title", item.title),
                    question=tr.get("question", item.question),
                    prompts=tuple(tr["prompts"]) if "prompts" in tr else item.prompts,
                )
            )
        labels = dict(self.scale.labels)
        labels.update({int(k): v for k, v in table.get("scale_labels", {}).items()})
        translations = {lang: copy.deepcopy(t) for lang, t in self.translations.items() if lang != language}
        translations[self.language] = self._own_texts()
        return Instrument(
            key=self.key,
            version=self.version,
            title=table.get("title", self.title),
            source=table.get("source", self.source),
            language=language,
            scale=Scale(self.scale.min, self.scale.max, labels, self.scale.allow_unsure),
            items=tuple(items),
            translations=translations,
        )

    def _own_texts(self) -> dict[str, Any]:
        """This form's texts shaped as a translation table."""
        table: dict[str, Any] = {"title": self.title, "source": self.source}
        if self.scale.labels:
            table["scale_labels"] = {str(k): v for k, v in sorted(self.scale.labels.items())}
        table["items"] = {
            item.key: {"title": item.title, "question": item.question, "prompts": list(item.prompts)}
            for item in self.items
        }
        return table

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict in the shape of the TOML file; :meth:`from_dict`
        turns it back into an equal instrument."""
        return {
            "key": self.key,
            "version": self.version,
            "title": self.title,
            "source": self.source,
            "language": self.language,
            "scale": {
                "min": self.scale.min,
                "max": self.scale.max,
                "labels": {str(k): v for k, v in sorted(self.scale.labels.items())},
                "allow_unsure": self.scale.allow_unsure,
            },
            "items": [
                {"key": i.key, "title": i.title, "question": i.question, "prompts": list(i.prompts)}
                for i in self.items
            ],
            "translations": copy.deepcopy(self.translations),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], source_name: str = "<snapshot>") -> Instrument:
        """Rebuild an instrument from :meth:`to_dict` output (e.g. an archived
        snapshot), validating it exactly like a form file."""
        return cls.from_valid(validate_form(d, source_name))

    @classmethod
    def from_valid(cls, form: ValidForm) -> Instrument:
        """Build the instrument from an already checked form."""
        scale = form["scale"]
        items = (Item(i["key"], i["title"], i["question"], tuple(i["prompts"])) for i in form["items"])
        return cls(
            key=form["key"],
            version=form["version"],
            title=form["title"],
            source=form["source"],
            language=form["language"],
            scale=Scale(scale["min"], scale["max"], scale["labels"], scale["allow_unsure"]),
            items=tuple(items),
            translations=form["translations"],
        )

    def to_json(self) -> str:
        """Canonical JSON (sorted keys, no spaces): equal forms give equal
        text, so the hash identifies the content, not the formatting."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @property
    def content_hash(self) -> str:
        """SHA-256 (hex) of :meth:`to_json`: tells whether two snapshots are the
        same form, whatever their file names or versions claim."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()


def parse_instrument(text: str, source_name: str) -> Instrument:
    """Parse and validate a form's TOML text.  ``source_name`` is how the file
    is named in messages.  Raises ``InstrumentError`` with every problem."""
    return Instrument.from_dict(read_form_text(text, source_name), source_name)


def load_instrument(path: Path) -> Instrument:
    """Read and validate one form file; every failure (unreadable, not UTF-8,
    bad TOML, bad fields) is an ``InstrumentError``."""
    path = Path(path)
    return parse_instrument(read_form_file(path), str(path))
