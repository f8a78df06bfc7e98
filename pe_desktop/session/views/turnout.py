"""How many took part, decided once for every audience: people and show-of-hands votes, counted apart.

Why: a show-of-hands tally is stored as one anonymous participant per hand
per item, so "participants" counted 36 where 16 people took part. Every
audience (main window, console, projector, PDF) reads :func:`turnout` and
words it with :func:`turnout_text`, each in its own catalogue (Qt's
translator, :mod:`pe_desktop.session.plain_words`, ``report.<lang>.json``),
so the same session reads "16 people · 20 show-of-hands votes" everywhere.

- **people**: distinct participants who rated (phone, paper, laptop,
  imported), in any round unless one is asked for;
- **hands**: show-of-hands votes (tally ratings). Each is one hand on one
  item; the same hands are raised again on the next item, so they are never
  added to the people.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pe_desktop.store.turnout_reads import turnout_counts

if TYPE_CHECKING:
    from pe_desktop.store import Archive

#: The catalogue keys :func:`turnout_text` asks for (the same in every catalogue).
TURNOUT_KEYS = ("turnout_people", "turnout_people_one", "turnout_hands", "turnout_hands_one")


@dataclass(frozen=True)
class Turnout:
    """People who rated and show-of-hands votes, never added together."""

    people: int = 0
    hands: int = 0


def turnout(archive: Archive, session_id: str, round: int | None = None, item_key: str | None = None) -> Turnout:
    """The turnout of one session (of one round, of one item in it)."""
    people, hands = turnout_counts(archive, session_id, round, item_key).get(session_id, (0, 0))
    return Turnout(people, hands)


def turnouts(archive: Archive) -> dict[str, Turnout]:
    """Every session's turnout in one read (the main window's list); a session nobody rated is absent."""
    return {sid: Turnout(people, hands) for sid, (people, hands) in turnout_counts(archive).items()}


def turnout_text(counts: Turnout, say: Callable[[str, int], str]) -> str:
    """The one wording: "16 people", or "16 people · 20 show-of-hands votes" (people always said, hands when any).

    ``say(key, n)`` looks ``key`` (one of :data:`TURNOUT_KEYS`) up in the
    audience's catalogue and puts ``n`` in.
    """
    parts = [say("turnout_people_one" if counts.people == 1 else "turnout_people", counts.people)]
    if counts.hands:
        parts.append(say("turnout_hands_one" if counts.hands == 1 else "turnout_hands", counts.hands))
    return " · ".join(parts)


def turnout_words(counts: Turnout, language: str) -> str:
    """:func:`turnout_text` in the projector's catalogue (:mod:`pe_desktop.session.plain_words`)."""
    from pe_desktop.session.plain_words import word

    return turnout_text(counts, lambda key, n: word(language, key, n=n))


def rated_words(counts: Turnout, language: str) -> str:
    """The projector's count while voting: "9 have rated", then the show-of-hands votes apart when any."""
    from pe_desktop.session.plain_words import word

    def say(key: str, n: int) -> str:
        if key.startswith("turnout_people"):
            return word(language, "have_rated_one") if n == 1 else word(language, "have_rated", n=n)
        return word(language, key, n=n)

    return turnout_text(counts, say)
