"""Reading a form and checking every field of it.

An instrument is a TOML file (docs/design.md §4): a key, a version, a rating
scale, a list of items (each a question with optional discussion prompts)
and optional translations.  This module turns the file's bytes into a
:class:`ValidForm`, a plain dict in the shape of
:meth:`~pe_desktop.core.instruments.model.Instrument.to_dict` with every text
stripped and every value checked, or raises :class:`InstrumentError` with
every problem found.  It knows nothing of the model classes, so the model can
validate snapshots through it without an import circle.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypedDict

from pe_desktop.core.instruments.problems import FieldChecker, InstrumentError, Problem, kind

__all__ = [
    "LANGUAGE_PATTERN",
    "MAX_SCALE_POINTS",
    "ValidForm",
    "ValidItem",
    "ValidScale",
    "read_form_file",
    "read_form_text",
    "validate_form",
]

#: Language codes such as "en", "es", "pt-BR".
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")

#: More points than this cannot be read off a projector or filled in on paper.
MAX_SCALE_POINTS = 11

_TOP_FIELDS = ("key", "version", "title", "source", "language", "scale", "items", "translations")
_SCALE_FIELDS = ("min", "max", "labels", "allow_unsure")
_ITEM_FIELDS = ("key", "title", "question", "prompts")
_TRANSLATION_FIELDS = ("title", "source", "scale_labels", "items")
_TRANSLATION_ITEM_FIELDS = ("title", "question", "prompts")

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


class ValidScale(TypedDict):
    """A checked ``[scale]`` table; label keys are whole numbers."""

    min: int
    max: int
    labels: dict[int, str]
    allow_unsure: bool


class ValidItem(TypedDict):
    """A checked ``[[items]]`` block."""

    key: str
    title: str
    question: str
    prompts: list[str]


class ValidForm(TypedDict):
    """A whole checked form, ready to become an instrument."""

    key: str
    version: int
    title: str
    source: str
    language: str
    scale: ValidScale
    items: list[ValidItem]
    translations: dict[str, dict[str, Any]]


# --------------------------------------------------------------------------
# Reading


def read_form_text(text: str, source_name: str) -> Any:
    """Parse a form's TOML text into plain data.  ``source_name`` is how the
    file is named in messages.  A syntax error is an :class:`InstrumentError`
    with the line number."""
    text = text.removeprefix("\ufeff")  # Windows editors like to add a BOM.
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InstrumentError([_syntax_problem(exc, text, source_name)]) from None


def read_form_file(path: Path) -> str:
    """A form file's text.  A file that cannot be read or is not UTF-8 is
    reported as an :class:`InstrumentError` too, so callers have one error
    type to show."""
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
    return text


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


# --------------------------------------------------------------------------
# Checking


def validate_form(data: Any, source_name: str) -> ValidForm:
    """Check a parsed form (TOML document or ``Instrument.to_dict`` output)
    and return it normalized, or raise every problem at once."""
    check = FieldChecker(source_name)
    if not isinstance(data, Mapping):
        check.bad("", f"a form must be a table, not {kind(data)}")
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
    return ValidForm(
        key=key,
        version=version,
        title=title,
        source=source or "",
        language=language,
        scale=scale,
        items=items,
        translations=translations,
    )


def _language(check: FieldChecker, data: Mapping[str, Any]) -> str | None:
    language = check.text(data, "language", "language")
    if language is not None and not LANGUAGE_PATTERN.fullmatch(language):
        check.bad("language", f"'{language}' is not a language code like 'en', 'es' or 'pt-BR'")
        return None
    return language


def _scale(check: FieldChecker, data: Mapping[str, Any]) -> ValidScale | None:
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
            check.bad("scale.allow_unsure", f"must be true or false, not {kind(value)}")
    if bounds is None:
        return None
    return ValidScale(min=bounds[0], max=bounds[1], labels=dict(sorted(labels.items())), allow_unsure=allow_unsure)


def _items(check: FieldChecker, data: Mapping[str, Any]) -> tuple[list[ValidItem] | None, list[str] | None]:
    """The items, or ``None`` if any is broken; plus the usable item keys
    (even when some item is broken, so translations are still checked
    against them), or ``None`` when there is no list of items at all."""
    if "items" not in data:
        check.bad("items", "missing (required); add at least one [[items]] block")
        return None, None
    raw = data["items"]
    if not isinstance(raw, list):
        check.bad("items", f"must be a list of [[items]] blocks, not {kind(raw)}")
        return None, None
    if not raw:
        check.bad("items", "the form has no items; add at least one [[items]] block")
        return None, None
    items: list[ValidItem] = []
    first_use: dict[str, int] = {}
    ok = True
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            check.bad(f"items[{number}]", f"must be a table, not {kind(entry)}")
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
        items.append(ValidItem(key=key, title=title, question=question, prompts=prompts))
    return (items if ok else None), list(first_use)


def _translations(
    check: FieldChecker,
    data: Mapping[str, Any],
    language: str | None,
    scale: ValidScale | None,
    item_keys: list[str] | None,
) -> dict[str, dict[str, Any]]:
    """Validate ``[translations.<lang>]`` and return them normalized (texts
    stripped, only known fields).  A translation must translate the title and
    every item's title and question: a half-translated projector screen is
    worse than an English one."""
    tables = check.table(data, "translations", "translations", required=False)
    if tables is None:
        return {}
    bounds = (scale["min"], scale["max"]) if scale is not None else None
    result: dict[str, dict[str, Any]] = {}
    for lang, table in tables.items():
        prefix = f"translations.{lang}"
        if not LANGUAGE_PATTERN.fullmatch(lang):
            check.bad(prefix, f"'{lang}' is not a language code like 'es' or 'pt-BR'")
        elif lang == language:
            check.bad(prefix, f"translates into the form's own language ('{lang}')")
        if not isinstance(table, dict):
            check.bad(prefix, f"must be a table, not {kind(table)}")
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
    check: FieldChecker, table: Mapping[str, Any], prefix: str, item_keys: list[str] | None
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
            check.bad(path, f"must be a table like {{ title = \"...\", question = \"...\" }}, not {kind(entry)}")
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
