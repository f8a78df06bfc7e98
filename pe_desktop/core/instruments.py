"""Assessment instruments ("forms"): load, validate, localize, snapshot.

An instrument is a TOML file (DESIGN.md §5): a key, a version, a rating scale,
a list of items (each a question with optional discussion prompts) and
optional translations.  Forms are written by facilitators who are often not
technical, so loading never stops at the first mistake: every problem in a
file is collected and reported together, each naming the file, the field and
what is wrong in plain English.  Fixing a form is then one edit, not a loop
of edit-and-retry in front of a waiting room.

A loaded :class:`Instrument` is immutable.  Sessions store a frozen snapshot
of it (:meth:`Instrument.to_json` + :attr:`Instrument.content_hash`) so that
an old session still reads right after the form file is edited.

Standard library only (plus ``platformdirs`` for the user forms folder): the
core layer never imports Qt.  Messages are English strings; the UI
translates.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import json
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import platformdirs

__all__ = [
    "Instrument",
    "InstrumentError",
    "Item",
    "Problem",
    "Scale",
    "available_instruments",
    "builtin_forms_dir",
    "find_instrument",
    "instrument_problems",
    "load_instrument",
    "parse_instrument",
    "user_forms_dir",
]

#: Environment variable that overrides the user forms folder (tests, portable installs).
FORMS_DIR_ENV = "PE_DESKTOP_FORMS_DIR"

#: Keys of forms and items: lower-case, digits and hyphens, so they are safe
#: in file names, URLs, CSV files and SQL without quoting.
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")

#: Language codes such as "en", "es", "pt-BR".
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")

#: More points than this cannot be read off a projector or filled in on paper.
MAX_SCALE_POINTS = 11

#: Shown for a "not sure" rating (stored as NULL).  English; the UI translates.
UNSURE_LABEL = "Not sure"

_TOP_FIELDS = ("key", "version", "title", "source", "language", "scale", "items", "translations")
_SCALE_FIELDS = ("min", "max", "labels", "allow_unsure")
_ITEM_FIELDS = ("key", "title", "question", "prompts")
_TRANSLATION_FIELDS = ("title", "source", "scale_labels", "items")
_TRANSLATION_ITEM_FIELDS = ("title", "question", "prompts")

_INT_KEY = re.compile(r"-?[0-9]+")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


# --------------------------------------------------------------------------
# Errors


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form.

    ``field`` is a dotted path into the form (``scale.max``,
    ``items.continual.question``, ``items[3].key`` where ``[3]`` counts
    ``[[items]]`` blocks from 1), or ``""`` for a TOML syntax error, which has
    a ``line`` instead.
    """

    file: str
    field: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(self.field)
        parts.append(self.reason)
        return ": ".join(parts)


class InstrumentError(ValueError):
    """All problems found in one form.

    ``str(e)`` is one line per problem, ``<file>: <field>: <reason>`` (with
    ``line N`` for TOML syntax errors), ready for a dialog or a terminal.
    A ``ValueError`` so that callers that treat bad input generically still
    catch it.
    """

    problems: list[Problem]

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def file(self) -> str:
        """The form the problems belong to ("" if there are none)."""
        return self.problems[0].file if self.problems else ""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle through ``args``; ours is built from problems.
        return (type(self), (self.problems,))


# --------------------------------------------------------------------------
# The model


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
        return _build(d, source_name)

    def to_json(self) -> str:
        """Canonical JSON (sorted keys, no spaces): equal forms give equal
        text, so the hash identifies the content, not the formatting."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @property
    def content_hash(self) -> str:
        """SHA-256 (hex) of :meth:`to_json`: tells whether two snapshots are the
        same form, whatever their file names or versions claim."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------
# Parsing and validation


def parse_instrument(text: str, source_name: str) -> Instrument:
    """Parse and validate a form's TOML text.  ``source_name`` is how the file
    is named in messages.  Raises :class:`InstrumentError` with every problem."""
    text = text.removeprefix("\ufeff")  # Windows editors like to add a BOM.
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InstrumentError([_syntax_problem(exc, text, source_name)]) from None
    return _build(data, source_name)


def load_instrument(path: Path) -> Instrument:
    """Read and validate one form file.  A file that cannot be read or is not
    UTF-8 is reported as an :class:`InstrumentError` too, so callers have one
    error type to show."""
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise InstrumentError([Problem(name, "", f"cannot read the file ({reason})")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problem = Problem(name, "", "is not UTF-8 text; save the file as UTF-8", line)
        raise InstrumentError([problem]) from None
    return parse_instrument(text, name)


def _syntax_problem(exc: tomllib.TOMLDecodeError, text: str, source_name: str) -> Problem:
    """Turn tomllib's message ("... (at line 3, column 7)") into a Problem
    with the line number as a separate field."""
    message = str(exc)
    line: int | None = None
    match = _TOML_POSITION.search(message)
    if match:
        line = int(match.group(1))
        message = f"{message[: match.start()]} (column {match.group(2)})"
    else:
        at_end = _TOML_AT_END.search(message)
        if at_end:
            line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
            message = f"{message[: at_end.start()]} (at the end of the file)"
    return Problem(source_name, "", f"not valid TOML: {message}", line)


def _kind(value: Any) -> str:
    """A plain-English name for a TOML value's type, for "must be X, not Y"."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


class _Checker:
    """Collects problems while reading one form, so all are reported at once."""

    def __init__(self, source_name: str) -> None:
        self.file = source_name
        self.problems: list[Problem] = []

    def bad(self, field_name: str, reason: str) -> None:
        self.problems.append(Problem(self.file, field_name, reason))

    def unknown_fields(self, table: Mapping[str, Any], allowed: Sequence[str], prefix: str) -> None:
        for name in table:
            if name in allowed:
                continue
            hint = difflib.get_close_matches(name, allowed, n=1)
            suggestion = f"did you mean '{hint[0]}'?" if hint else f"expected one of: {', '.join(allowed)}"
            self.bad(_join(prefix, name), f"unknown field; {suggestion}")

    def table(self, parent: Mapping[str, Any], name: str, path: str, required: bool) -> dict[str, Any] | None:
        if name not in parent:
            if required:
                self.bad(path, "missing (required)")
            return None
        value = parent[name]
        if not isinstance(value, dict):
            self.bad(path, f"must be a table, not {_kind(value)}")
            return None
        return value

    def text(self, parent: Mapping[str, Any], name: str, path: str, required: bool = True) -> str | None:
        """A required text must be non-empty; an optional one may be ""."""
        if name not in parent:
            if required:
                self.bad(path, "missing (required)")
            return None
        value = parent[name]
        if not isinstance(value, str):
            self.bad(path, f"must be text, not {_kind(value)}")
            return None
        value = value.strip()
        if required and not value:
            self.bad(path, "must not be empty")
            return None
        return value

    def integer(self, parent: Mapping[str, Any], name: str, path: str) -> int | None:
        if name not in parent:
            self.bad(path, "missing (required)")
            return None
        value = parent[name]
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(path, f"must be a whole number, not {_kind(value)}")
            return None
        return value

    def key(self, parent: Mapping[str, Any], name: str, path: str) -> str | None:
        value = self.text(parent, name, path)
        if value is None:
            return None
        if not KEY_PATTERN.fullmatch(value):
            self.bad(
                path,
                f"'{value}' is not a valid key; use lower-case letters, digits and hyphens, "
                "starting with a letter or digit",
            )
            return None
        return value

    def prompts(self, parent: Mapping[str, Any], path: str) -> list[str] | None:
        if "prompts" not in parent:
            return []
        value = parent["prompts"]
        if not isinstance(value, list):
            self.bad(path, f'must be a list of text, like ["...", "..."], not {_kind(value)}')
            return None
        result: list[str] = []
        ok = True
        for number, prompt in enumerate(value, start=1):
            if not isinstance(prompt, str):
                self.bad(f"{path}[{number}]", f"must be text, not {_kind(prompt)}")
                ok = False
            elif not prompt.strip():
                self.bad(f"{path}[{number}]", "must not be empty")
                ok = False
            else:
                result.append(prompt.strip())
        return result if ok else None

    def labels(self, parent: Mapping[str, Any], name: str, path: str, bounds: tuple[int, int] | None) -> dict[int, str]:
        """Scale labels: whole-number keys inside the scale, non-empty text."""
        table = self.table(parent, name, path, required=False)
        if table is None:
            return {}
        result: dict[int, str] = {}
        for raw_key, text in table.items():
            label_path = f"{path}.{raw_key}"
            if not _INT_KEY.fullmatch(raw_key.strip()):
                self.bad(label_path, "label keys must be scale points (whole numbers)")
                continue
            point = int(raw_key)
            if bounds is not None and not bounds[0] <= point <= bounds[1]:
                self.bad(label_path, f"{point} is outside the scale ({bounds[0]} to {bounds[1]})")
                continue
            if point in result:
                self.bad(label_path, f"point {point} is labelled twice")
                continue
            if not isinstance(text, str):
                self.bad(label_path, f"must be text, not {_kind(text)}")
                continue
            if not text.strip():
                self.bad(label_path, "must not be empty")
                continue
            result[point] = text.strip()
        return result


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _build(data: Any, source_name: str) -> Instrument:
    """Validate a parsed form (TOML document or :meth:`Instrument.to_dict`
    output) and build the instrument, or raise every problem at once."""
    check = _Checker(source_name)
    if not isinstance(data, Mapping):
        check.bad("", f"a form must be a table, not {_kind(data)}")
        raise InstrumentError(check.problems)

    check.unknown_fields(data, _TOP_FIELDS, "")
    key = check.key(data, "key", "key")
    version = check.integer(data, "version", "version")
    if version is not None and version < 1:
        check.bad("version", f"must be 1 or more, not {version}")
        version = None
    title = check.text(data, "title", "title")
    source = check.text(data, "source", "source", required=False)
    language = _language(check, data)
    scale = _scale(check, data)
    items, item_keys = _items(check, data)
    translations = _translations(check, data, language, scale, item_keys)

    if check.problems:
        raise InstrumentError(check.problems)
    assert key is not None and version is not None and title is not None
    assert language is not None and scale is not None and items is not None
    return Instrument(
        key=key,
        version=version,
        title=title,
        source=source or "",
        language=language,
        scale=scale,
        items=items,
        translations=translations,
    )


def _language(check: _Checker, data: Mapping[str, Any]) -> str | None:
    language = check.text(data, "language", "language")
    if language is not None and not LANGUAGE_PATTERN.fullmatch(language):
        check.bad("language", f"'{language}' is not a language code like 'en', 'es' or 'pt-BR'")
        return None
    return language


def _scale(check: _Checker, data: Mapping[str, Any]) -> Scale | None:
    table = check.table(data, "scale", "scale", required=True)
    if table is None:
        return None
    check.unknown_fields(table, _SCALE_FIELDS, "scale")
    low = check.integer(table, "min", "scale.min")
    high = check.integer(table, "max", "scale.max")
    bounds: tuple[int, int] | None = None
    if low is not None and high is not None:
        if low >= high:
            check.bad("scale.max", f"must be greater than scale.min ({low}), not {high}")
        elif high - low + 1 > MAX_SCALE_POINTS:
            check.bad("scale", f"{low} to {high} is {high - low + 1} points; at most {MAX_SCALE_POINTS} are allowed")
        else:
            bounds = (low, high)
    labels = check.labels(table, "labels", "scale.labels", bounds)
    allow_unsure = True  # "Not sure" is an honest answer; forcing a number distorts the results.
    if "allow_unsure" in table:
        value = table["allow_unsure"]
        if isinstance(value, bool):
            allow_unsure = value
        else:
            check.bad("scale.allow_unsure", f"must be true or false, not {_kind(value)}")
    if bounds is None:
        return None
    return Scale(min=bounds[0], max=bounds[1], labels=dict(sorted(labels.items())), allow_unsure=allow_unsure)


def _items(check: _Checker, data: Mapping[str, Any]) -> tuple[tuple[Item, ...] | None, list[str] | None]:
    """The items, or ``None`` if any is broken; plus the usable item keys
    (even when some item is broken, so translations are still checked
    against them), or ``None`` when there is no list of items at all."""
    if "items" not in data:
        check.bad("items", "missing (required); add at least one [[items]] block")
        return None, None
    raw = data["items"]
    if not isinstance(raw, list):
        check.bad("items", f"must be a list of [[items]] blocks, not {_kind(raw)}")
        return None, None
    if not raw:
        check.bad("items", "the form has no items; add at least one [[items]] block")
        return None, None
    items: list[Item] = []
    first_use: dict[str, int] = {}
    ok = True
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            check.bad(f"items[{number}]", f"must be a table, not {_kind(entry)}")
            ok = False
            continue
        before = len(check.problems)
        key = check.key(entry, "key", f"items[{number}].key")
        if key is not None and key in first_use:
            check.bad(f"items[{number}].key", f"duplicate item key '{key}' (item {first_use[key]} has it too)")
            key = None
        # Name the item by its key when it has a usable one: easier to find.
        prefix = f"items.{key}" if key is not None else f"items[{number}]"
        if key is not None:
            first_use[key] = number
        check.unknown_fields(entry, _ITEM_FIELDS, prefix)
        title = check.text(entry, "title", f"{prefix}.title")
        question = check.text(entry, "question", f"{prefix}.question")
        prompts = check.prompts(entry, f"{prefix}.prompts")
        if len(check.problems) > before:
            ok = False
            continue
        assert key is not None and title is not None and question is not None and prompts is not None
        items.append(Item(key=key, title=title, question=question, prompts=tuple(prompts)))
    return (tuple(items) if ok else None), list(first_use)


def _translations(
    check: _Checker,
    data: Mapping[str, Any],
    language: str | None,
    scale: Scale | None,
    item_keys: list[str] | None,
) -> dict[str, dict[str, Any]]:
    """Validate ``[translations.<lang>]`` and return them normalized (texts
    stripped, only known fields).  A translation must translate the title and
    every item's title and question: a half-translated projector screen is
    worse than an English one."""
    tables = check.table(data, "translations", "translations", required=False)
    if tables is None:
        return {}
    bounds = (scale.min, scale.max) if scale is not None else None
    result: dict[str, dict[str, Any]] = {}
    for lang, table in tables.items():
        prefix = f"translations.{lang}"
        if not LANGUAGE_PATTERN.fullmatch(lang):
            check.bad(prefix, f"'{lang}' is not a language code like 'es' or 'pt-BR'")
        elif lang == language:
            check.bad(prefix, f"translates into the form's own language ('{lang}')")
        if not isinstance(table, dict):
            check.bad(prefix, f"must be a table, not {_kind(table)}")
            continue
        check.unknown_fields(table, _TRANSLATION_FIELDS, prefix)
        out: dict[str, Any] = {}
        title = check.text(table, "title", f"{prefix}.title")
        if title is not None:
            out["title"] = title
        source = check.text(table, "source", f"{prefix}.source", required=False)
        if source is not None:
            out["source"] = source
        if "scale_labels" in table:
            labels = check.labels(table, "scale_labels", f"{prefix}.scale_labels", bounds)
            out["scale_labels"] = {str(k): v for k, v in sorted(labels.items())}
        out["items"] = _translated_items(check, table, prefix, item_keys)
        result[lang] = out
    return result


def _translated_items(
    check: _Checker, table: Mapping[str, Any], prefix: str, item_keys: list[str] | None
) -> dict[str, dict[str, Any]]:
    known = set(item_keys) if item_keys is not None else None
    entries = check.table(table, "items", f"{prefix}.items", required=False)
    if entries is None:
        if "items" not in table and item_keys:
            check.bad(f"{prefix}.items", "missing; every item needs a translated title and question")
        return {}
    out: dict[str, dict[str, Any]] = {}
    for item_key, entry in entries.items():
        path = f"{prefix}.items.{item_key}"
        if known is not None and item_key not in known:
            check.bad(path, f"the form has no item '{item_key}'")
            continue
        if not isinstance(entry, dict):
            check.bad(path, f"must be a table like {{ title = \"...\", question = \"...\" }}, not {_kind(entry)}")
            continue
        check.unknown_fields(entry, _TRANSLATION_ITEM_FIELDS, path)
        texts: dict[str, Any] = {}
        for name in ("title", "question"):
            value = check.text(entry, name, f"{path}.{name}")
            if value is not None:
                texts[name] = value
        if "prompts" in entry:
            prompts = check.prompts(entry, f"{path}.prompts")
            if prompts is not None:
                texts["prompts"] = prompts
        out[item_key] = texts
    for item_key in item_keys or ():
        if item_key not in entries:
            check.bad(f"{prefix}.items.{item_key}", "missing; needs a translated title and question")
    return out


# --------------------------------------------------------------------------
# Where forms live


def builtin_forms_dir() -> Path:
    """The forms shipped with the application.

    Installed from a wheel they sit inside the package as ``_forms`` (the
    pyproject force-includes ``forms/`` there); in a source checkout they are
    the repository's ``forms/`` next to the package.
    """
    package = Path(__file__).resolve().parent.parent
    bundled = package / "_forms"
    if bundled.is_dir():
        return bundled
    return package.parent / "forms"


def user_forms_dir() -> Path:
    """The folder where a facilitator drops their own forms.

    ``PE_DESKTOP_FORMS_DIR`` overrides it (tests, portable installs on a USB
    stick).  The folder is not created here: looking must not write.
    """
    override = os.environ.get(FORMS_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path("pe-desktop") / "forms"


def _form_files(folder: Path) -> list[Path]:
    """``*.toml`` files directly in ``folder``, by name; hidden and editor
    lock files are skipped.  A missing folder simply has no forms."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    files = [p for p in entries if p.suffix.lower() == ".toml" and not p.name.startswith((".", "~"))]
    return sorted((p for p in files if p.is_file()), key=lambda p: p.name)


def _scan(extra_dirs: Iterable[Path]) -> tuple[dict[str, Instrument], list[InstrumentError]]:
    """Load built-ins, then the user forms folder, then ``extra_dirs``.

    A later form with a key already taken replaces the earlier one only when
    its version is higher, so a stray old copy cannot silently undo an
    update.  A form that is skipped for this reason (and is not an identical
    copy) is reported, because a facilitator who added it will wonder why it
    is not used.  A broken form never hides the others.
    """
    folders: list[Path] = []
    seen: set[Path] = set()
    for folder in (builtin_forms_dir(), user_forms_dir(), *(Path(d) for d in extra_dirs)):
        resolved = folder.expanduser().resolve()
        if resolved not in seen:
            seen.add(resolved)
            folders.append(folder)

    found: dict[str, Instrument] = {}
    where: dict[str, str] = {}
    errors: list[InstrumentError] = []
    for folder in folders:
        for path in _form_files(folder):
            try:
                instrument = load_instrument(path)
            except InstrumentError as exc:
                errors.append(exc)
                continue
            current = found.get(instrument.key)
            if current is None or instrument.version > current.version:
                found[instrument.key] = instrument
                where[instrument.key] = str(path)
            elif instrument.content_hash != current.content_hash:
                reason = (
                    f"not used: '{instrument.key}' version {current.version} from {where[instrument.key]} "
                    f"is already available; raise this file's version above {current.version} to replace it"
                )
                errors.append(InstrumentError([Problem(str(path), "version", reason)]))
    return found, errors


def available_instruments(extra_dirs: Iterable[Path] = ()) -> dict[str, Instrument]:
    """Every usable form, key -> instrument, built-ins first then user forms.

    Forms that fail to load are left out; :func:`instrument_problems` says why.
    """
    return _scan(extra_dirs)[0]


def instrument_problems(extra_dirs: Iterable[Path] = ()) -> list[InstrumentError]:
    """Why forms in the searched folders were not loaded (one error per file)."""
    return _scan(extra_dirs)[1]


def find_instrument(key: str, extra_dirs: Iterable[Path] = ()) -> Instrument:
    """The available form with this key; ``KeyError`` naming the keys that do
    exist, so a mistyped ``--instrument`` is easy to fix."""
    found = available_instruments(extra_dirs)
    if key in found:
        return found[key]
    listing = ", ".join(sorted(found)) or "none"
    raise KeyError(f"no form with key '{key}'; available: {listing}")
