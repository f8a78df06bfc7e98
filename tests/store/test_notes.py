"""Notes and actions: carried copies and where a carried action came from."""

from __future__ import annotations

from pe_desktop.store.followup import carry_forward


def test_carried_copies_and_origins(archive, pe_instrument) -> None:
    pid = archive.create_partnership("P")
    first = archive.create_session(pe_instrument, "First", pid, held_on="2026-01-01")
    second = archive.create_session(pe_instrument, "Second", pid, held_on="2026-02-01")
    origin = archive.add_action(first, "Budget review")
    assert archive.carried_copies(origin) == [] and not archive.has_carried_copy(origin, second)
    copy = carry_forward(archive, origin, second)
    assert [c.id for c in archive.carried_copies(origin)] == [copy]
    assert archive.has_carried_copy(origin, second) and not archive.has_carried_copy(origin, first)
    assert archive.action_origins(second) == {copy: ("First", "2026-01-01")}
    assert archive.action_origins(first) == {}
    orphan = archive.add_action(second, "From a session not here", carried_from="missing-action")
    assert archive.action_origins(second)[orphan] is None


def test_deleted_note_and_action_come_back_as_records(archive, session_id) -> None:
    nid = archive.add_note(session_id, "Kept for undo", kind="dissent")
    gone = archive.delete_note(nid)
    assert gone.text == "Kept for undo" and gone.kind == "dissent"
    aid = archive.add_action(session_id, "Act", owner="Ana")
    assert archive.update_action(aid, owner="Ben") == {"owner": "Ana"}
    assert archive.delete_action(aid).owner == "Ben"
