"""The PDFs' Spanish uses the desktop UI's words, so the screen and the printed page name things alike."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from helpers import REPO
from pe_desktop.report.strings import strings

TS = REPO / "resources" / "translations" / "pe_desktop_es.ts"
EN, ES = strings("en"), strings("es")

#: English word → the Spanish the UI uses for it (and the report must use too).
GLOSSARY = {
    "ballot": "boleta",
    "laptop": "computadora",
    "tally": "recuento",
    "phone": "teléfono",
    "partnership": "alianza",
    "power gap": "brecha de poder",
    "discuss first": "conversar primero",
}
#: Words other Spanish-speaking countries use, which the UI does not.
NOT_OURS = ("papeleta", "portátil", "ordenador", "celular", "móvil")


def ui_pairs() -> list[tuple[str, str]]:
    """(English source, Spanish translation) of every live UI message."""
    pairs = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        pairs.append((message.findtext("source") or "", forms[0]))
    return pairs


def mentions(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("english, spanish", GLOSSARY.items())
def test_the_ui_uses_the_glossary_word(english, spanish):
    uses = [es for en, es in ui_pairs() if mentions(en, english)]
    assert uses, f"no UI message mentions {english!r}"
    assert any(mentions(es, spanish) for es in uses), f"the UI never says {spanish!r} for {english!r}"


@pytest.mark.parametrize("english, spanish", GLOSSARY.items())
def test_the_report_says_what_the_ui_says(english, spanish):
    for key, text in EN.items():
        if mentions(text, english):
            assert mentions(ES[key], spanish), f"{key}: {ES[key]!r} should say {spanish!r} like the UI"


def test_no_word_the_ui_does_not_use():
    ui = " ".join(es for _, es in ui_pairs()).casefold()
    for word in NOT_OURS:
        assert word not in ui, f"the UI now says {word!r}: update NOT_OURS and the report"
        found = [key for key, text in ES.items() if word in text.casefold()]
        assert found == [], f"report strings {found} say {word!r}; the UI does not"
