"""Participants: one of a session's, with their ratings, and what a phone sees."""

from __future__ import annotations

from pe_desktop.core.vocab import Channel, SessionStatus


def test_participant_of_this_session_only(archive, session_id, pe_instrument) -> None:
    part = archive.add_participant(session_id, archive.groups(session_id)[0].id, "phone", language="es")
    found = archive.participant(session_id, part.id)
    assert found is not None and (found.code, found.group_name, found.language) == ("P01", "Residents", "es")
    other = archive.create_session(pe_instrument, "Other", archive.session(session_id).partnership_id)
    assert archive.participant(other, part.id) is None
    assert archive.participant(session_id, "nobody") is None


def test_participants_of_one_channel(archive, session_id) -> None:
    archive.add_participant(session_id, None, "paper")
    archive.add_participant(session_id, None, "phone")
    archive.add_participant(session_id, None, "paper")
    assert [p.code for p in archive.participants(session_id, Channel.PAPER)] == ["P01", "P03"]
    assert archive.participant_count(session_id, Channel.PHONE) == 1
    assert archive.participant_count(session_id) == 3


def test_participant_with_ratings(archive, session_id) -> None:
    part = archive.add_participant(session_id, None, "paper")
    archive.record_rating(session_id, 1, part.id, "continual", 4, source="paper")
    archive.record_rating(session_id, 2, part.id, "bilateral", None, source="laptop")
    found = archive.participant_with_ratings(session_id, part.id)
    assert found is not None and found.participant.id == part.id
    assert [(r.round, r.item_key, r.value, r.source) for r in found.ratings] == [
        (1, "continual", 4, "paper"), (2, "bilateral", None, "laptop")]
    assert archive.participant_with_ratings(session_id, "nobody") is None


def test_phone_state(archive, session_id) -> None:
    part = archive.add_participant(session_id, archive.groups(session_id)[1].id, "phone")
    state = archive.phone_state(session_id, part.id)
    assert state is not None
    assert (state.title, state.status, state.current_round, state.deleted) == ("Test session", SessionStatus.DRAFT, 1, False)
    assert (state.code, state.group_id) == ("P01", part.group_id)
    stranger = archive.phone_state(session_id, "nobody")
    assert stranger is not None and stranger.code is None
    archive.delete_session(session_id)
    gone = archive.phone_state(session_id)
    assert gone is not None and gone.deleted and gone.code is None
    assert archive.phone_state("no such session") is None
