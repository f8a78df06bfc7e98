"""Every fixed text of the PDF summary and the ballots, per language.

The texts live in ``resources/translations/report.<lang>.json`` (one per
language of :mod:`pe_desktop.core.languages`), so a translator edits one file
and adding a language needs no code. Participant-entered text and instrument
text are not there: those come from the archive and the form.

Spanish uses the desktop UI's words (``resources/translations/pe_desktop_es.ts``):
"boleta" for a ballot, "computadora" for the laptop, "recuento" for a tally,
so the facilitator's screen and the printed page name things alike
(tests/report/test_report_strings.py holds them together).

Texts are plain (no markup); they are escaped like any other text before
they reach a reportlab Paragraph.  ``{name}`` fields are filled with
``str.format``.  A key missing from a language falls back to English, so a
half-finished translation still produces a complete PDF.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pe_desktop.core.languages import language_codes, load_texts

__all__ = ["LANGUAGES", "Strings", "strings"]

#: Languages the PDFs can be made in: every shipped language.
LANGUAGES: tuple[str, ...] = language_codes()

#: The layer name of the report's translation files.
LAYER = "report"


class Strings(Mapping[str, str]):
    """The texts of one language, falling back to English key by key.

    ``s["key"]`` is the text; ``s("key", name=value)`` fills its fields.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self._table = load_texts(LAYER, language)

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def __call__(self, key: str, **fields: object) -> str:
        return self[key].format(**fields)


def strings(language: str) -> Strings:
    """The texts for ``language`` (a shipped language); ValueError naming the choices otherwise."""
    return Strings(language)
