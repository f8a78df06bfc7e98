"""The languages pe_desktop ships, in one place, and their text catalogues.

Every layer reads this list: the desktop's language menu, the laptop ballot's
language buttons, the phone server's accepted languages, the PDF languages of
the export dialog and of ``export --language``. Adding a language is one
entry here plus one translation file per layer (docs/design.md §8).

Texts that are not Qt's (the PDFs', the phone page's) live in JSON files,
``resources/translations/<layer>.<code>.json``, one object of key → text. A
key a language lacks falls back to English, so a half-finished translation
still gives a complete page; the tests require the shipped ones complete.

Languages are named in themselves ("Español", not "Spanish"), so a person
finds theirs whatever language the screen is in. Standard library only.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from types import MappingProxyType

from pe_desktop.paths import resources_dir

__all__ = [
    "LANGUAGES",
    "SOURCE_LANGUAGE",
    "language_codes",
    "language_name",
    "load_texts",
    "shipped_language",
    "translation_file",
]

#: The shipped languages: code → the language's own name. English first: it is
#: the source language of every text, and the fallback.
LANGUAGES: MappingProxyType[str, str] = MappingProxyType({
    "en": "English",
    "es": "Español",
})

#: The language every text is written in first.
SOURCE_LANGUAGE = "en"


def language_codes() -> tuple[str, ...]:
    """The shipped language codes, English first."""
    return tuple(LANGUAGES)


def language_name(code: str) -> str:
    """A shipped language's own name; the bare code for any other (a form may
    be translated into a language the program's own texts are not)."""
    return LANGUAGES.get(code, code)


def shipped_language(value: object) -> str | None:
    """``es``, ``ES``, ``es_MX``, ``es-419`` → ``es``; anything not shipped → None."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else None


def translation_file(layer: str, code: str) -> Path:
    """Where ``layer``'s texts in ``code`` live (``report.es.json``)."""
    return resources_dir() / "translations" / f"{layer}.{code}.json"


@cache
def load_texts(layer: str, code: str) -> MappingProxyType[str, str]:
    """``layer``'s texts in ``code``, English where the language lacks a key.

    ValueError naming the choices for a language that is not shipped, so a
    mistyped ``--language`` is easy to fix. Read once per process: the files
    ship with the program and do not change while it runs.
    """
    if code not in LANGUAGES:
        raise ValueError(f"language: {code!r} is not one of {', '.join(LANGUAGES)}")
    texts = dict(_read(translation_file(layer, SOURCE_LANGUAGE)))
    if code != SOURCE_LANGUAGE:
        texts.update(_read(translation_file(layer, code)))
    return MappingProxyType(texts)


def _read(path: Path) -> dict[str, str]:
    """One translation file; a missing or malformed one is a packaging error worth stopping for."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FileNotFoundError(f"{path}: the translation file is missing or not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ValueError(f"{path}: a translation file is one JSON object of key → text")
    return data
