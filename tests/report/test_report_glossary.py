"""The PDF summary carries a glossary of its figures in plain words, in the report's language."""

from __future__ import annotations

import shutil

import pytest

from helpers import flat, pdf_text
from pe_desktop.report import write_summary_pdf
from pe_desktop.report.strings import strings

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (apt-get install -y poppler-utils)"
)


def rated(archive, session_id, pe_instrument) -> str:
    groups = {g.name: g.id for g in archive.groups(session_id)}
    for group, values in (("Residents", (1, 1, 5)), ("Funders", (5, 5, 1))):
        for v in values:
            part = archive.add_participant(session_id, groups[group], "paper")
            archive.record_ratings(session_id, 1, [(part.id, k, v) for k in pe_instrument.item_keys], source="paper")
    return session_id


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pdf_ends_with_a_glossary_of_its_figures(archive, session_id, pe_instrument, tmp_path, language) -> None:
    sid = rated(archive, session_id, pe_instrument)
    out = write_summary_pdf(archive, sid, tmp_path / f"{language}.pdf", language=language)
    text = flat(pdf_text(out))
    s = strings(language)
    assert s["glossary"] in text
    glossary = text[text.index(s["glossary"]):]
    for term in ("median", "iqr", "term_rwg", "term_camps", "band", "power_gap"):
        assert s[term] in glossary, term
    assert "van der Eijk" in glossary and "rwg" in glossary
    if language == "es":
        assert "Partida en bandos" in glossary and "rango intercuartílico" in glossary.casefold()
    else:
        assert "Split into camps" in glossary and "middle half of the ratings" in glossary
