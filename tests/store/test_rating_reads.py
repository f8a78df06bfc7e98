"""The read methods the paper grid, phone page, report and trends use."""

from __future__ import annotations

from pe_desktop.core.vocab import Channel, ItemState


def test_reads_by_round_channel_and_participant(archive, session_id) -> None:
    groups = [g.id for g in archive.groups(session_id)]
    paper = archive.add_participant(session_id, groups[0], "paper")
    phone = archive.add_participant(session_id, groups[1], "phone")
    archive.record_rating(session_id, 1, paper.id, "continual", 4)
    archive.record_rating(session_id, 1, paper.id, "bilateral", None)
    archive.record_rating(session_id, 1, phone.id, "continual", 2)
    archive.record_rating(session_id, 2, phone.id, "continual", 3)
    assert archive.votes(session_id, 1, paper.id) == {"continual": 4, "bilateral": None}
    assert archive.channel_values(session_id, 1, Channel.PAPER) == {
        (paper.id, "continual"): 4, (paper.id, "bilateral"): None}
    assert archive.rated_per_participant(session_id, 1) == {paper.id: 2, phone.id: 1}
    assert archive.rated_rounds(session_id) == [1, 2]
    assert dict(archive.values_by_item(session_id, 1)) == {"continual": [4, 2], "bilateral": [None]} or \
        sorted(archive.values_by_item(session_id, 1)["continual"]) == [2, 4]
    pid = archive.session(session_id).partnership_id
    assert archive.last_rated_rounds(pid) == {session_id: 2}


def test_nothing_rated(archive, session_id) -> None:
    assert archive.rated_rounds(session_id) == []
    assert archive.tally_people(session_id) == {}
    assert archive.votes(session_id, 1, "nobody") == {}


def test_tally_people_is_the_largest_tally_per_group(archive, session_id) -> None:
    group = archive.groups(session_id)[2].id
    archive.record_tally(session_id, 1, "continual", group, {4: 3, 5: 2})  # five hands
    archive.record_tally(session_id, 1, "bilateral", group, {3: 4})  # four hands
    archive.record_tally(session_id, 1, "communal", None, {2: 1})
    assert archive.tally_people(session_id) == {group: 5, None: 1}


def test_item_state(archive, session_id) -> None:
    assert archive.item_state(session_id, 1, "continual") is ItemState.PENDING
    archive.set_item_states(session_id, 1, ["continual"], "open")
    assert archive.item_state(session_id, 1, "continual") is ItemState.OPEN
    states = archive.item_states(session_id, 1)
    assert states["continual"] is ItemState.OPEN and states["bilateral"] is ItemState.PENDING
