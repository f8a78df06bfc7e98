"""What the projector says about a result, in the words a resident would use.

Why not the console's figures: "IQR 3–4 · Agreement: mixed · Band: strength"
means nothing to a room of residents, and a facilitator should not have to
translate statistics aloud. The projector says where most ratings fall
("Most said 3–4: Partly to Mostly"), whether the room agrees, is divided, or
is split into camps (``polarised``, van der Eijk's A < 0, see
:mod:`pe_desktop.core.polarisation`), and the power gap as a sentence. The
console and the PDF keep the figures, with their glossary.

Why a catalogue here and not Qt's translator: the projector speaks the
*session's* language (or two of them, for a mixed room), which may differ
from the facilitator's menus; Qt's translator holds one language per
application. Each language is a plain dict keyed by the codes of
``pe_desktop.core.languages`` ("en", "es"); a missing key falls back to
English. Standard library only, so the snapshot command and tests use it
without Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "LANGUAGES",
    "WORDS",
    "agreement_sentence",
    "counts_sentence",
    "gap_sentence",
    "most_said",
    "result_lines",
    "shift_lines",
    "shift_summary",
    "split_languages",
    "word",
]

_EN: dict[str, str] = {
    "most_said_one": "Most said {a}: {la}",
    "most_said_range": "Most said {a}–{b}: {la} to {lb}",
    "no_ratings": "No ratings yet",
    "agrees": "The room largely agrees.",
    "divided": "Views are divided.",
    "camps": "The room is split into two camps.",
    "too_few": "Too few ratings to tell whether the room agrees.",
    "gap_lower": "Community groups rated this {x} points lower than institutions.",
    "gap_higher": "Community groups rated this {x} points higher than institutions.",
    "gap_lower_one": "Community groups rated this 1 point lower than institutions.",
    "gap_higher_one": "Community groups rated this 1 point higher than institutions.",
    "gap_alike": "Community groups and institutions rated this alike.",
    "ratings": "{n} ratings",
    "ratings_one": "1 rating",
    "not_sure": "{n} not sure",
    "round": "round {r}",
    "shift_counts": "Round 1: {n1} ratings. Round 2: {n2} ratings.",
    "shift_up": "{item}: the middle answer moved up from {a} to {b}.",
    "shift_down": "{item}: the middle answer moved down from {a} to {b}.",
    "shift_same": "{item}: the middle answer stayed at {a}.",
    "shift_closer": "Views came closer together.",
    "shift_apart": "Views moved further apart.",
    "shift_none": "No item has results in both rounds yet.",
    "closer_on": "Views came closer together on {k} of {n} items.",
    "apart_on": "Views moved further apart on {k} of {n} items.",
    "not_sure_label": "Not sure",
    "voting_open": "Voting is open",
    "voting_closed": "Voting is closed",
    "voting_soon": "Voting opens soon",
    "have_rated": "{n} have rated",
    "have_rated_one": "1 has rated",
    "all_items": "All items, round {r}",
    "page": "page {p} of {t}",
    "shift_heading": "Round 1 to round 2",
    "gap_heading": "Community groups and institutions, round {r}",
    "join_word": "Join",
    "joined": "{n} joined",
    "join_how": "Scan the code or type the address into your phone's browser. Paper ballots and this laptop work too.",
    "join_none": "Welcome. Vote on a paper ballot, by show of hands, or on this laptop. No name is shown, ever.",
    "join_wifi": "1. Join the Wi-Fi “{ssid}”",
    "join_vote": "2. Scan to vote",
    "turnout_people": "{n} people",
    "turnout_people_one": "1 person",
    "turnout_hands": "{n} show-of-hands votes",
    "turnout_hands_one": "1 show-of-hands vote",
}

_ES: dict[str, str] = {
    "most_said_one": "La mayoría dijo {a}: {la}",
    "most_said_range": "La mayoría dijo {a}–{b}: de {la} a {lb}",
    "no_ratings": "Todavía no hay respuestas",
    "agrees": "El grupo está mayormente de acuerdo.",
    "divided": "Las opiniones están divididas.",
    "camps": "El grupo está partido en dos bandos.",
    "too_few": "Hay muy pocas respuestas para saber si el grupo está de acuerdo.",
    "gap_lower": "Los grupos comunitarios dieron {x} puntos menos que las instituciones.",
    "gap_higher": "Los grupos comunitarios dieron {x} puntos más que las instituciones.",
    "gap_lower_one": "Los grupos comunitarios dieron 1 punto menos que las instituciones.",
    "gap_higher_one": "Los grupos comunitarios dieron 1 punto más que las instituciones.",
    "gap_alike": "Los grupos comunitarios y las instituciones respondieron igual.",
    "ratings": "{n} respuestas",
    "ratings_one": "1 respuesta",
    "not_sure": "{n} no están seguros",
    "round": "ronda {r}",
    "shift_counts": "Ronda 1: {n1} respuestas. Ronda 2: {n2} respuestas.",
    "shift_up": "{item}: la respuesta del medio subió de {a} a {b}.",
    "shift_down": "{item}: la respuesta del medio bajó de {a} a {b}.",
    "shift_same": "{item}: la respuesta del medio se quedó en {a}.",
    "shift_closer": "Las opiniones se acercaron.",
    "shift_apart": "Las opiniones se alejaron.",
    "shift_none": "Todavía ningún tema tiene resultados en las dos rondas.",
    "closer_on": "Las opiniones se acercaron en {k} de {n} temas.",
    "apart_on": "Las opiniones se alejaron en {k} de {n} temas.",
    "not_sure_label": "No estoy seguro",
    "voting_open": "La votación está abierta",
    "voting_closed": "La votación está cerrada",
    "voting_soon": "La votación abre pronto",
    "have_rated": "{n} han respondido",
    "have_rated_one": "1 ha respondido",
    "all_items": "Todos los temas, ronda {r}",
    "page": "página {p} de {t}",
    "shift_heading": "De la ronda 1 a la ronda 2",
    "gap_heading": "Grupos comunitarios e instituciones, ronda {r}",
    "join_word": "Participe",
    "joined": "{n} conectados",
    "join_how": (
        "Escanee el código o escriba la dirección en el navegador del teléfono. "
        "También puede votar en papel o en esta computadora."
    ),
    "join_none": "Bienvenidos. Vote en papel, levantando la mano o en esta computadora. Nunca se muestra ningún nombre.",
    "join_wifi": "1. Conéctese al wifi «{ssid}»",
    "join_vote": "2. Escanee para votar",
    "turnout_people": "{n} personas",
    "turnout_people_one": "1 persona",
    "turnout_hands": "{n} votos a mano alzada",
    "turnout_hands_one": "1 voto a mano alzada",
}

#: Every projector sentence, per language code (``pe_desktop.core.languages``).
WORDS: dict[str, dict[str, str]] = {"en": _EN, "es": _ES}
#: The languages the projector can speak.
LANGUAGES: tuple[str, ...] = tuple(WORDS)

#: Below this rwg shift (either way) "views came closer / moved apart" is not said.
_RWG_SHIFT_WORTH_SAYING = 0.1


def split_languages(spec: str) -> tuple[str, ...]:
    """``"en+es"`` -> ("en", "es"); refuses a code without a catalogue, naming it."""
    codes = tuple(c.strip() for c in (spec or "").split("+") if c.strip())
    if not codes or len(codes) > 2:
        raise ValueError(f"language: {spec!r} must be one code or two joined by '+', e.g. en or en+es")
    for code in codes:
        if code not in WORDS:
            raise ValueError(f"language: {code!r} is not one of {', '.join(LANGUAGES)}")
    return codes


def word(language: str, key: str, **values: Any) -> str:
    """One sentence of the catalogue in ``language`` (English when that language lacks it)."""
    text = WORDS.get(language, _EN).get(key) or _EN[key]
    return text.format(**values)


def number(value: float | None, language: str, digits: int = 1) -> str:
    """A figure as the room reads it: at most ``digits`` decimals, the language's decimal mark."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    if text in ("-0", ""):
        text = "0"
    text = text.replace("-", "−")
    return text.replace(".", ",") if language == "es" else text


def most_said(counts: Mapping[str, int], labels: Mapping[int, str], language: str) -> str:
    """Where most ratings fall: the narrowest run of adjacent points holding more than half.

    Among equally narrow runs the one holding the most ratings wins, then the
    lower one (so the sentence never depends on dict order).
    """
    points = sorted(int(p) for p in counts)
    n = sum(int(counts[str(p)]) for p in points)
    if n == 0:
        return word(language, "no_ratings")
    best: tuple[int, int, int] | None = None  # (width, -held, start index)
    for i in range(len(points)):
        held = 0
        for j in range(i, len(points)):
            held += int(counts[str(points[j])])
            if 2 * held > n:
                cand = (j - i, -held, i)
                if best is None or cand < best:
                    best = cand
                break
    assert best is not None  # the whole scale holds all n > n/2
    a, b = points[best[2]], points[best[2] + best[0]]
    if a == b:
        return word(language, "most_said_one", a=a, la=labels.get(a, ""))
    return word(language, "most_said_range", a=a, b=b, la=labels.get(a, ""), lb=labels.get(b, ""))


def agreement_sentence(item: Mapping[str, Any], language: str) -> str:
    """Agrees, divided (scattered) or split into camps (polarised)."""
    if item.get("polarised") is None or item.get("agreement") in (None, "too few"):
        return word(language, "too_few")
    if item["polarised"]:
        return word(language, "camps")
    if item.get("agreement") == "agree":
        return word(language, "agrees")
    return word(language, "divided")


def gap_sentence(gap: float | None, language: str) -> str:
    """The power gap (community minus institution mean) as a sentence; "" when not shown."""
    if gap is None:
        return ""
    size = round(abs(gap), 1)
    if size == 0:
        return word(language, "gap_alike")
    key = "gap_lower" if gap < 0 else "gap_higher"
    if size == 1:
        return word(language, key + "_one")
    return word(language, key, x=number(size, language))


def counts_sentence(n: int, unsure: int, language: str, round_number: int | None = None) -> str:
    """"12 ratings, 2 not sure, round 2"."""
    parts = [word(language, "ratings_one") if n == 1 else word(language, "ratings", n=n)]
    if unsure:
        parts.append(word(language, "not_sure", n=unsure))
    if round_number is not None:
        parts.append(word(language, "round", r=round_number))
    return ", ".join(parts)


def result_lines(item: Mapping[str, Any], labels: Mapping[int, str], language: str) -> list[str]:
    """The projector's result lines for one item: where most fall + agreement, then the gap."""
    if not item.get("n"):
        return [word(language, "no_ratings")]
    first = f"{most_said(item['counts'], labels, language)}. {agreement_sentence(item, language)}"
    gap = gap_sentence(item.get("power_gap"), language)
    return [first, gap] if gap else [first]


def shift_lines(
    pairs: Sequence[tuple[str, Mapping[str, Any], Mapping[str, Any]]],
    n_round1: int,
    n_round2: int,
    language: str,
) -> list[str]:
    """Round shift in words: n of each round, then per item (title, round 1, round 2) what moved."""
    lines = [word(language, "shift_counts", n1=n_round1, n2=n_round2)]
    said = False
    for title, first, second in pairs:
        m1, m2 = first.get("median"), second.get("median")
        if m1 is None or m2 is None:
            continue
        said = True
        a, b = number(m1, language), number(m2, language)
        key = "shift_up" if m2 > m1 else "shift_down" if m2 < m1 else "shift_same"
        text = word(language, key, item=title, a=a, b=b)
        r1, r2 = first.get("rwg"), second.get("rwg")
        if r1 is not None and r2 is not None and abs(r2 - r1) >= _RWG_SHIFT_WORTH_SAYING:
            text += " " + word(language, "shift_closer" if r2 > r1 else "shift_apart")
        lines.append(text)
    if not said:
        lines.append(word(language, "shift_none"))
    return lines


def shift_summary(
    pairs: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]], n_round1: int, n_round2: int, language: str,
) -> str:
    """One line for the round-shift view: n of each round, then on how many items views came closer or apart."""
    text = word(language, "shift_counts", n1=n_round1, n2=n_round2)
    closer = apart = 0
    for first, second in pairs:
        r1, r2 = first.get("rwg"), second.get("rwg")
        if r1 is None or r2 is None or abs(r2 - r1) < _RWG_SHIFT_WORTH_SAYING:
            continue
        closer += r2 > r1
        apart += r2 < r1
    if closer:
        text += " " + word(language, "closer_on", k=closer, n=len(pairs))
    if apart:
        text += " " + word(language, "apart_on", k=apart, n=len(pairs))
    return text
