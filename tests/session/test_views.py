"""What each audience sees: hidden while voting is open, small groups as "other", the same figures everywhere."""

from __future__ import annotations

from pe_desktop.session import ops
from pe_desktop.session.views import (
    OTHER,
    console_view,
    phone_view,
    projector_view,
    report_view,
    results_visible,
)


def _rate(archive, session_id, group_id, values, item="continual"):
    made = ops.add_participants(archive, session_id, group_id, "paper", len(values)).result
    for part, value in zip(made, values, strict=True):
        ops.set_rating(archive, session_id, part.id, item, value)
    return made


def test_results_are_hidden_while_voting_is_open(archive, session_id, groups):
    _rate(archive, session_id, groups["Residents"], [4, 5, 4])
    ops.set_item_states(archive, session_id, ["continual"], "open")
    for view in (projector_view(archive, session_id, "continual"), console_view(archive, session_id, "continual")):
        assert view.state == "open" and view.rated == 3
        assert view.result is None and view.mode == "voting"
    ops.set_item_states(archive, session_id, ["continual"], "closed")
    assert projector_view(archive, session_id, "continual").result is None  # the room waits for the reveal
    assert console_view(archive, session_id, "continual").result is not None  # the facilitator sees it first
    ops.set_item_states(archive, session_id, ["continual"], "revealed")
    assert projector_view(archive, session_id, "continual").mode == "result"
    phone = phone_view(archive, session_id, "en", None)
    assert phone.shown_items == ["continual"] and phone.open_items == []
    assert results_visible("report", "open", False)
    assert results_visible("projector", "pending", True)  # a closed session shows everything


def test_small_groups_are_drawn_as_other_with_the_complementary_group(archive, session_id, groups):
    _rate(archive, session_id, groups["Residents"], [4, 5, 4, 3])
    _rate(archive, session_id, groups["Organizers"], [2, 2, 3])
    _rate(archive, session_id, groups["Funders"], [5])
    ops.set_item_states(archive, session_id, ["continual"], "revealed")
    result = projector_view(archive, session_id, "continual").result
    marks = result.marks
    assert marks[groups["Funders"]].label == OTHER and not marks[groups["Funders"]].shown
    # one hidden rating could be recovered from n minus the shown groups: the smallest shown group goes too
    assert marks[groups["Organizers"]].label == OTHER
    assert marks[groups["Residents"]].label == "Residents" and marks[groups["Residents"]].shown
    assert [g["suppressed"] for g in result.summary["groups"]] == [False, True, True]
    assert "n" not in result.summary["groups"][2]
    values = [(value, mark.label) for value, mark in result.dots]
    assert values == sorted(values, key=lambda d: (d[0], d[1] == OTHER))
    assert [label for value, label in values if value == 5] == ["Residents", OTHER]


def test_projector_console_and_report_show_the_same_figures(archive, session_id, groups):
    _rate(archive, session_id, groups["Residents"], [4, 5, 4, None])
    _rate(archive, session_id, groups["Funders"], [2, 3, 2])
    ops.set_item_states(archive, session_id, ["continual"], "revealed")
    projector = projector_view(archive, session_id, "continual").result
    console = console_view(archive, session_id, "continual").result
    report = report_view(archive, session_id, [1]).items["continual"][0].result
    assert projector.summary == console.summary == report.summary
    assert projector.dots == console.dots == report.dots
    assert projector.summary == archive.summary(session_id, 1)["items"][0]
    assert projector.summary["power_gap"] is not None and projector.summary["unsure"] == 1


def test_views_give_the_instrument_texts_in_the_language_asked_for(archive, session_id):
    english = projector_view(archive, session_id, "continual")
    spanish = projector_view(archive, session_id, "continual", language="es")
    assert english.item.title == "Continual" and spanish.item.title == "Continua"
    assert spanish.language == "es" and spanish.item.question != english.item.question
    assert phone_view(archive, session_id, "es", None).texts["items"][0]["title"] == "Continua"
    assert report_view(archive, session_id, [1], "es").instrument.items[0].title == "Continua"


def test_the_phone_view_knows_its_own_votes_and_a_gone_session(archive, session_id, groups):
    joined = ops.join(archive, session_id, groups["Organizers"], "en").result
    ops.set_item_states(archive, session_id, ["continual", "bilateral"], "open")
    ops.record_vote(archive, session_id, joined.id, "bilateral", None, 1)
    view = phone_view(archive, session_id, "en", joined.id)
    assert view.me == (joined.code, groups["Organizers"], {"bilateral": None})
    assert view.open_items == ["continual", "bilateral"] and not view.closed
    assert phone_view(archive, session_id, "en", "someone-else").me is None
    ops.delete_session(archive, session_id)
    assert phone_view(archive, session_id, "en", None).closed
    ops.empty_trash(archive)
    assert phone_view(archive, session_id, "en", None) is None
