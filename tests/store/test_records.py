"""Typed records: built from rows, enums for vocabulary columns, back to plain values."""

from __future__ import annotations

import dataclasses
import json

import pytest

from pe_desktop.core.vocab import ActionStatus, Channel, ItemState, NoteKind, Position, SessionStatus, Stage
from pe_desktop.store.records import Action, Group, ItemStateRow, Note, Participant, Partnership, Rating, Session


def test_session_round_trip(archive, session_id) -> None:
    session = archive.session(session_id)
    assert isinstance(session, Session)
    assert session.status is SessionStatus.DRAFT and session.status == "draft"
    assert session.partnership == "Test partnership" and session.instrument_key == "partnership-equity"
    assert session.day == "2026-11-01"
    plain = session.as_dict()
    assert type(plain["status"]) is str and plain["status"] == "draft"
    assert Session.from_row({**plain, "unknown column": 1}) == session
    json.dumps(plain)  # plain values only
    with pytest.raises(dataclasses.FrozenInstanceError):
        session.title = "changed"  # type: ignore[misc]


def test_every_read_returns_records(archive, session_id) -> None:
    group = archive.groups(session_id)[0]
    assert isinstance(group, Group) and group.position is Position.COMMUNITY
    part = archive.add_participant(session_id, group.id, "paper")
    assert isinstance(part, Participant) and part.channel is Channel.PAPER and part.code == "P01"
    listed = archive.participants(session_id)[0]
    assert (listed.group_name, listed.position) == ("Residents", Position.COMMUNITY)
    assert Participant.from_row(listed.as_dict()) == listed
    nid = archive.add_note(session_id, "A note", kind="quote")
    note = archive.note(nid)
    assert isinstance(note, Note) and note.kind is NoteKind.QUOTE
    assert Note.from_row(note.as_dict()) == note
    aid = archive.add_action(session_id, "Do it", owner="Ana")
    action = archive.action(aid)
    assert isinstance(action, Action) and action.status is ActionStatus.OPEN
    assert Action.from_row(action.as_dict()) == action
    partnership = archive.partnership(archive.session(session_id).partnership_id)
    assert isinstance(partnership, Partnership) and partnership.session_count == 1


def test_undated_session_day_is_its_creation_day(archive, pe_instrument) -> None:
    sid = archive.create_session(pe_instrument, "Undated", archive.create_partnership("P"))
    session = archive.session(sid)
    assert session.held_on is None and session.day == session.created_at[:10]


def test_vocabulary_columns_refuse_unknown_values() -> None:
    with pytest.raises(ValueError):
        Group("g", "s", "Residents", "nobody")  # type: ignore[arg-type]
    row = ItemStateRow("s", 1, "continual", "revealed")  # type: ignore[arg-type]
    assert row.state is ItemState.REVEALED
    rating = Rating.from_row({"session_id": "s", "round": 1, "participant_id": "p", "item_key": "k", "value": None})
    assert rating.value is None and rating.source == ""


def test_stage_none_or_enum(archive, pe_instrument) -> None:
    pid = archive.create_partnership("P")
    with_stage = archive.session(archive.create_session(pe_instrument, "A", pid, stage="activate"))
    without = archive.session(archive.create_session(pe_instrument, "B", pid))
    assert with_stage.stage is Stage.ACTIVATE and without.stage is None
