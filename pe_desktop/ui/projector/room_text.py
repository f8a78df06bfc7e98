"""The room's language(s) on the projector: form texts and plain words, one or two languages.

Why not Qt's translator: the projector speaks the session's language, which
may differ from the facilitator's menus, and a mixed room sees two at once
("en+es": English over Spanish). Form texts come from the form's own
translations (``Instrument.localized``), sentences from
:mod:`pe_desktop.session.plain_words`. A language the form lacks falls back
to the form's own language rather than showing nothing.
"""

from __future__ import annotations

from typing import Any

from pe_desktop.core.instruments import Instrument
from pe_desktop.session import plain_words
from pe_desktop.ui.language import translated

__all__ = ["RoomText"]


class RoomText:
    """Texts for the room in one language or two (first = main, second = smaller)."""

    def __init__(self, instrument: Instrument, spec: str | None) -> None:
        try:
            codes = plain_words.split_languages(spec or instrument.language)
        except ValueError:
            codes = (instrument.language if instrument.language in plain_words.WORDS else "en",)
        self.languages: tuple[str, ...] = codes
        self.instruments: tuple[Instrument, ...] = tuple(
            instrument.localized(code) if code in instrument.languages else instrument for code in codes
        )

    @property
    def main(self) -> Instrument:
        """The form in the main language (charts use it)."""
        return self.instruments[0]

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    def title(self, key: str) -> list[str]:
        return _unique([inst.item(key).title for inst in self.instruments])

    def question(self, key: str) -> list[str]:
        return _unique([inst.item(key).question for inst in self.instruments])

    def scale_label(self, value: int | None) -> list[str]:
        if value is None:
            return _unique([plain_words.word(code, "not_sure_label") for code in self.languages])
        return _unique([inst.scale.labels.get(value, "") for inst in self.instruments])

    def chart_word(self, text: str, mark: bool = False) -> str:
        """Chart vocabulary (Qt context "charts") in the room's language, not the facilitator's.

        A mixed room gets both languages ("Round 1 median / Mediana de la ronda 1")
        for the chart's words (legend, table headers); labels drawn beside the
        marks (``mark``: "up 1", "gap 0.5") and sentences (the chart's description
        for a screen reader) stay in the main language: two there would crowd
        the marks or only double a long paragraph.
        """
        codes = self.languages[:1] if mark or _is_sentence(text) else self.languages
        return " / ".join(_unique([translated(code, "charts", text) for code in codes]))

    def words(self, key: str, **values: Any) -> list[str]:
        """One catalogue sentence in each language."""
        return _unique([plain_words.word(code, key, **values) for code in self.languages])

    def result(self, item: dict[str, Any]) -> list[list[str]]:
        """The plain-words result lines, per language."""
        pairs = zip(self.languages, self.instruments, strict=True)
        return [plain_words.result_lines(item, inst.scale.labels, code) for code, inst in pairs]

    def shift(self, pairs: list[tuple[str, dict, dict]], n1: int, n2: int) -> list[str]:
        """The round-shift view's line per language: n of each round, where views came closer or apart."""
        return [plain_words.shift_summary([(a, b) for _, a, b in pairs], n1, n2, code) for code in self.languages]


def _is_sentence(text: str) -> bool:
    """A description's sentence or part ("{0}: median {1} to {2}", "Shift between rounds: ")."""
    return text.startswith("{0}:") or text != text.rstrip() or text.endswith(".") or len(text.split()) > 4


def _unique(texts: list[str]) -> list[str]:
    """Drop the second language's text when it is the same word ("Bilateral" / "Bilateral")."""
    out: list[str] = []
    for text in texts:
        if text and text not in out:
            out.append(text)
    return out or [""]
