"""People and show-of-hands votes are counted apart, once, and every audience says it in the same words."""

from __future__ import annotations

from helpers import pdf_text
from pe_desktop.session import ops
from pe_desktop.session.plain_words import WORDS
from pe_desktop.session.views import TURNOUT_KEYS, Turnout, console_view, turnout, turnout_words, turnouts
from pe_desktop.session.views.turnout import rated_words


def _room(archive, session_id, groups) -> None:
    """4 phone/paper people rate every item; Funders vote by show of hands (3 hands) on every item."""
    archive.update_session(session_id, status="open")
    items = archive.instrument(session_id).item_keys
    archive.set_item_states(session_id, 1, items, "open")
    people = [archive.add_participant(session_id, groups["Residents"], channel).id
              for channel in ("phone", "phone", "paper", "laptop")]
    archive.add_participant(session_id, groups["Residents"], "paper")  # a blank ballot: did not take part
    for key in items:
        archive.record_ratings(session_id, 1, [(p, key, 3) for p in people], source="paper")
        ops.save_tally(archive, session_id, key, groups["Funders"], {4: 2, 5: 1})


def test_hands_are_never_people(archive, session_id, groups):
    _room(archive, session_id, groups)
    items = archive.instrument(session_id).item_keys
    assert archive.session(session_id).participants == 5 + 3 * len(items)  # what the list used to say
    assert turnout(archive, session_id) == Turnout(people=4, hands=3 * len(items))
    assert turnout(archive, session_id, 1, "continual") == Turnout(people=4, hands=3)
    assert turnouts(archive) == {session_id: Turnout(4, 3 * len(items))}
    assert console_view(archive, session_id, "continual").counts == Turnout(4, 3)


def test_the_words_are_the_same_for_every_audience(archive, session_id, groups):
    assert turnout_words(Turnout(16, 20), "en") == "16 people · 20 show-of-hands votes"
    assert turnout_words(Turnout(1, 1), "en") == "1 person · 1 show-of-hands vote"
    assert turnout_words(Turnout(16, 0), "es") == "16 personas"
    assert turnout_words(Turnout(2, 3), "es") == "2 personas · 3 votos a mano alzada"
    assert rated_words(Turnout(9, 3), "en") == "9 have rated · 3 show-of-hands votes"
    assert rated_words(Turnout(1, 0), "en") == "1 has rated"
    for language in WORDS:
        assert set(TURNOUT_KEYS) <= set(WORDS[language])


def test_the_pdf_counts_people_and_hands_apart(archive, session_id, groups, tmp_path):
    from pe_desktop.report import write_summary_pdf

    _room(archive, session_id, groups)
    hands = 3 * len(archive.instrument(session_id).item_keys)
    out = write_summary_pdf(archive, session_id, tmp_path / "summary.pdf")
    text = " ".join(pdf_text(out).split())
    assert f"Took part: 4 people · {hands} show-of-hands votes." in text
    spanish = write_summary_pdf(archive, session_id, tmp_path / "resumen.pdf", language="es")
    assert f"Participaron: 4 personas · {hands} votos a mano alzada." in " ".join(pdf_text(spanish).split())
