"""Sessions and groups: the lookups the command line and the main window use."""

from __future__ import annotations

from pe_desktop.core.vocab import Position


def test_find_session_ids_by_prefix(archive, pe_instrument) -> None:
    pid = archive.create_partnership("P")
    a = archive.create_session(pe_instrument, "A", pid, id="abcd-1")
    b = archive.create_session(pe_instrument, "B", pid, id="abcd-2")
    assert archive.find_session_ids("abcd") == [a, b]
    assert archive.find_session_ids("abcd-1") == [a]
    archive.delete_session(b)
    assert archive.find_session_ids("abcd") == [a]
    assert archive.find_session_ids("abcd-2") == [b]  # a full id still finds a deleted session
    assert archive.find_session_ids("zzzz") == []


def test_delete_group_only_when_nobody_is_in_it(archive, session_id) -> None:
    empty = archive.add_group(session_id, "Youth", "other")
    used = archive.groups(session_id)[0].id
    archive.add_participant(session_id, used, "paper")
    assert archive.delete_group(empty) is True
    assert archive.delete_group(used) is False
    assert [g.name for g in archive.groups(session_id)] == ["Residents", "Organizers", "Funders"]


def test_latest_groups_of_a_partnership(archive, pe_instrument) -> None:
    pid = archive.create_partnership("Eastside")
    archive.create_session(pe_instrument, "Old", pid, held_on="2025-01-01", groups=[("Old group", "other")])
    archive.create_session(pe_instrument, "New", pid, held_on="2026-01-01",
                           groups=[("Residents", "community"), ("Funders", "institution")])
    deleted = archive.create_session(pe_instrument, "Deleted", pid, held_on="2027-01-01", groups=[("Gone", "other")])
    archive.delete_session(deleted)
    assert [(g.name, g.position) for g in archive.latest_groups("Eastside")] == [
        ("Residents", Position.COMMUNITY), ("Funders", Position.INSTITUTION)]
    assert archive.latest_groups("Nobody") == []


def test_partnership_sessions_in_the_order_held(archive, pe_instrument) -> None:
    pid = archive.create_partnership("P")
    late = archive.create_session(pe_instrument, "Late", pid, held_on="2026-05-01")
    early = archive.create_session(pe_instrument, "Early", pid, held_on="2026-01-01")
    assert [s.id for s in archive.partnership_sessions(pid)] == [early, late]
    assert [s.id for s in archive.sessions(pid)] == [late, early]  # the browser: newest first


def test_counts(archive, session_id) -> None:
    before = archive.archive_counts()
    assert (before.partnerships, before.sessions, before.live_sessions, before.groups) == (1, 1, 1, 3)
    group = archive.groups(session_id)[0].id
    archive.add_participant(session_id, group, "paper")
    archive.add_note(session_id, "n")
    archive.add_action(session_id, "a")
    archive.add_action(session_id, "b", status="done")
    after = archive.archive_counts()
    assert after != before
    assert (after.participants, after.notes, after.actions, after.open_actions) == (1, 1, 2, 1)
    counts = archive.session_counts(session_id)
    assert (counts.people, counts.notes, counts.actions, counts.open_actions) == (1, 1, 2, 1)
