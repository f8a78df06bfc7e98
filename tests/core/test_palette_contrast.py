"""Marks that hold: WCAG contrast of every chart colour against every chart background.

The contrast formula is written again here (WCAG 2.1 relative luminance), so
the check does not trust the palette's own arithmetic.
"""

from __future__ import annotations

import pytest

from pe_desktop.charts import theme
from pe_desktop.core import palette

PDF_PAGE = "#FFFFFF"
BACKGROUNDS = sorted({*theme.BACKGROUNDS, PDF_PAGE})


def luminance(colour: str) -> float:
    def channel(i: int) -> float:
        c = int(colour[1 + 2 * i : 3 + 2 * i], 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#F0E442", "#FFFFFF") == pytest.approx(1.32, abs=0.01)  # the figures
    assert contrast("#E3E3E3", "#FFFFFF") == pytest.approx(1.28, abs=0.01)
    assert palette.contrast_ratio("#767676", "#FFFFFF") == pytest.approx(contrast("#767676", "#FFFFFF"))


@pytest.mark.parametrize("background", BACKGROUNDS)
def test_group_marks_hold_by_their_outline_and_their_lines_by_themselves(background: str) -> None:
    assert contrast(palette.MARK_OUTLINE, background) >= 3.0
    for colour in palette.OKABE_ITO:
        line = palette.line_colour(colour, background)
        assert contrast(line, background) >= 3.0, (colour, line)
        if contrast(colour, background) >= 3.0:
            assert line == colour  # hues that hold are not touched


def test_okabe_ito_hues_and_shapes_are_kept() -> None:
    assert palette.OKABE_ITO == ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
    assert len(set(palette.SHAPES)) == len(palette.SHAPES) and palette.NEUTRAL_SHAPE not in palette.SHAPES


@pytest.mark.parametrize("background", BACKGROUNDS)
@pytest.mark.parametrize("points", range(2, 12))
def test_every_bar_segment_holds(background: str, points: int) -> None:
    for colour in palette.diverging(points):
        assert contrast(colour, background) >= 3.0, (points, colour)


@pytest.mark.parametrize("background", BACKGROUNDS)
def test_neutral_marks_band_and_text_hold(background: str) -> None:
    for colour in (palette.NEUTRAL, palette.UNSURE, theme.BAND_EDGE):
        assert contrast(colour, background) >= 3.0, colour
    for text in (theme.INK, theme.MUTED):
        assert contrast(text, background) >= 4.5, text


def test_bar_counts_in_the_pdf_pick_the_readable_ink() -> None:
    """A count printed on a segment is text: black or white, whichever reaches 4.5:1."""
    for points in range(2, 12):
        for colour in palette.diverging(points):
            best = max(contrast(colour, "#FFFFFF"), contrast(colour, "#000000"))
            assert best >= 4.5, colour
