"""The projector's plain words: no jargon, the room's language, the numbers right."""

from __future__ import annotations

import pytest

from pe_desktop.core.stats import describe
from pe_desktop.session import plain_words as pw

LABELS_EN = {1: "Not at all", 2: "A little", 3: "Partly", 4: "Mostly", 5: "Fully"}
LABELS_ES = {1: "Nada", 2: "Un poco", 3: "En parte", 4: "En su mayoría", 5: "Totalmente"}
JARGON = ("IQR", "rwg", "band", "median", "Band", "Median")


def item(values: list[int | None], gap: float | None = None) -> dict:
    out = describe(values, 1, 5)
    out["power_gap"] = gap
    return out


def test_most_said_is_the_narrowest_run_holding_more_than_half() -> None:
    assert pw.most_said(item([3, 4, 4, 3, 1])["counts"], LABELS_EN, "en") == "Most said 3–4: Partly to Mostly"
    assert pw.most_said(item([4, 4, 4, 1, 5])["counts"], LABELS_EN, "en") == "Most said 4: Mostly"
    assert pw.most_said(item([4, 4, 4, 1, 5])["counts"], LABELS_ES, "es") == "La mayoría dijo 4: En su mayoría"


def test_the_result_line_says_agree_divided_or_camps() -> None:
    assert pw.result_lines(item([4, 4, 4, 4, 5]), LABELS_EN, "en")[0].endswith("The room largely agrees.")
    assert pw.result_lines(item([1, 2, 3, 4, 5, 2, 4]), LABELS_EN, "en")[0].endswith("Views are divided.")
    assert pw.result_lines(item([1, 1, 1, 5, 5, 5]), LABELS_EN, "en")[0].endswith("split into two camps.")
    assert pw.result_lines(item([4, 5]), LABELS_EN, "en")[0].endswith("Too few ratings to tell whether the room agrees.")
    assert pw.result_lines(item([]), LABELS_EN, "en") == ["No ratings yet"]


def test_the_power_gap_is_a_sentence() -> None:
    lines = pw.result_lines(item([3, 4, 4], gap=-1.2), LABELS_EN, "en")
    assert lines[1] == "Community groups rated this 1.2 points lower than institutions."
    assert pw.gap_sentence(1.0, "en") == "Community groups rated this 1 point higher than institutions."
    assert pw.gap_sentence(0.02, "en") == "Community groups and institutions rated this alike."
    assert pw.gap_sentence(-1.25, "es") == "Los grupos comunitarios dieron 1,2 puntos menos que las instituciones."
    assert pw.gap_sentence(None, "en") == ""


@pytest.mark.parametrize("language", pw.LANGUAGES)
def test_no_jargon_in_any_sentence(language: str) -> None:
    for text in pw.WORDS[language].values():
        for term in JARGON:
            assert term not in text.split(), (language, text)


def test_every_language_has_every_sentence() -> None:
    for language in pw.LANGUAGES:
        assert set(pw.WORDS[language]) == set(pw.WORDS["en"]), language


def test_round_shift_says_n_per_round_and_what_moved() -> None:
    r1 = describe([2, 3, 3, 3, 1, 5, 2, 3, 3, 4, 3, 3, 2, 1, 5, 3], 1, 5)
    r2 = describe([4, 4, 4, 4, 4, 3, 4, 5, 4], 1, 5)
    lines = pw.shift_lines([("Continual", r1, r2)], 16, 9, "en")
    assert lines[0] == "Round 1: 16 ratings. Round 2: 9 ratings."
    assert lines[1] == "Continual: the middle answer moved up from 3 to 4. Views came closer together."
    assert pw.shift_lines([], 4, 0, "es")[1] == "Todavía ningún tema tiene resultados en las dos rondas."


def test_language_specs() -> None:
    assert pw.split_languages("en+es") == ("en", "es")
    assert pw.split_languages("es") == ("es",)
    with pytest.raises(ValueError, match="'fr'"):
        pw.split_languages("fr")
