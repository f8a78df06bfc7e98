"""Rating writes: committed at once, every write logged, bad input refused."""

from __future__ import annotations

import sqlite3

import pytest

from pe_desktop.store import ValidationError
from pe_desktop.store.trash import empty_trash


def _count(path, sql: str) -> int:
    conn = sqlite3.connect(path)  # a second connection sees only committed data
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_rating_committed_and_logged(archive, archive_path, session_id) -> None:
    group = archive.groups(session_id)[0].id
    part = archive.add_participant(session_id, group, "paper")
    assert part.code == "P01"
    archive.record_rating(session_id, 1, part.id, "continual", 4, source="paper")
    assert _count(archive_path, "select count(*) from ratings where value = 4") == 1
    archive.record_rating(session_id, 1, part.id, "continual", 2, source="paper")
    archive.record_rating(session_id, 1, part.id, "continual", None, source="paper")
    assert _count(archive_path, "select count(*) from ratings") == 1
    assert _count(archive_path, "select value is null from ratings") == 1
    assert _count(archive_path, "select count(*) from rating_events") == 3
    assert archive.rating(session_id, 1, part.id, "continual") == (True, None)


@pytest.mark.parametrize(
    "item,value,fragment",
    [("nope", 3, "'nope' is not an item"), ("continual", 6, "6 is outside the scale 1..5"),
     ("continual", 0, "outside the scale"), ("continual", True, "outside the scale"),
     ("continual", "3", "outside the scale")],
)
def test_bad_rating_refused(archive, archive_path, session_id, item, value, fragment) -> None:
    part = archive.add_participant(session_id, None, "laptop")
    with pytest.raises(ValidationError, match=fragment):
        archive.record_rating(session_id, 1, part.id, item, value)
    assert _count(archive_path, "select count(*) from ratings") == 0
    assert _count(archive_path, "select count(*) from rating_events") == 0


def test_participant_of_other_session_refused(archive, session_id, pe_instrument) -> None:
    other = archive.create_session(pe_instrument, "Other", archive.session(session_id).partnership_id)
    stranger = archive.add_participant(other, None, "laptop")
    with pytest.raises(ValidationError, match="not in this session"):
        archive.record_rating(session_id, 1, stranger.id, "continual", 3)


def test_require_open(archive, session_id) -> None:
    part = archive.add_participant(session_id, None, "phone")
    with pytest.raises(ValidationError, match="not open"):
        archive.record_rating(session_id, 1, part.id, "continual", 3, require_open=True)
    archive.set_item_states(session_id, 1, ["continual"], "open")
    archive.record_rating(session_id, 1, part.id, "continual", 3, require_open=True)
    archive.set_item_states(session_id, 1, ["continual"], "closed")
    with pytest.raises(ValidationError, match="not open"):
        archive.record_rating(session_id, 1, part.id, "continual", 5, require_open=True)
    assert archive.rating(session_id, 1, part.id, "continual") == (True, 3)


def test_batch_is_all_or_nothing(archive, archive_path, session_id) -> None:
    part = archive.add_participant(session_id, None, "paper")
    with pytest.raises(ValidationError):
        archive.record_ratings(session_id, 1, [(part.id, "continual", 3), (part.id, "bilateral", 9)], "paper")
    assert _count(archive_path, "select count(*) from ratings") == 0


def test_tally_replaces_previous(archive, session_id) -> None:
    group = archive.groups(session_id)[0].id
    archive.record_tally(session_id, 1, "communal", group, {1: 2, 4: 3, None: 1})
    assert archive.tally(session_id, 1, "communal", group) == {1: 2, 4: 3, None: 1}
    archive.record_tally(session_id, 1, "communal", group, {5: 4})
    assert archive.tally(session_id, 1, "communal", group) == {5: 4}
    codes = [p.code for p in archive.participants(session_id)]
    assert codes == ["T01", "T02", "T03", "T04"] or all(c.startswith("T") for c in codes)
    assert len(codes) == 4
    events = archive.query("select action, count(*) n from rating_events group by action order by action")
    assert events == [{"action": "delete", "n": 6}, {"action": "set", "n": 10}]


def test_clear_and_remove_are_logged(archive, session_id) -> None:
    part = archive.add_participant(session_id, None, "paper")
    archive.record_rating(session_id, 1, part.id, "continual", 3)
    archive.clear_rating(session_id, 1, part.id, "continual")
    archive.record_rating(session_id, 1, part.id, "bilateral", 3)
    archive.remove_participant(part.id)
    assert archive.query("select count(*) n from ratings")[0]["n"] == 0
    actions = [r["action"] for r in archive.query("select action from rating_events order by rowid")]
    assert actions == ["set", "delete", "set", "delete"]


def test_summary_matches_stats(archive, session_id) -> None:
    groups = archive.groups(session_id)
    values = {groups[0].id: [1, 2, 2, 3], groups[1].id: [4, 4, 5], groups[2].id: [5]}
    for gid, vals in values.items():
        for v in vals:
            p = archive.add_participant(session_id, gid, "paper")
            archive.record_rating(session_id, 1, p.id, "continual", v)
    item = archive.summary(session_id)["items"][0]
    assert item["key"] == "continual" and item["n"] == 8
    shown = {g["name"]: g["suppressed"] for g in item["groups"]}
    # Funders (1 rating) is hidden; then hidden total 1 < 3, so the smallest shown (Organizers, 3) is hidden too.
    assert shown == {"Residents": False, "Organizers": True, "Funders": True}
    assert item["power_gap"] is None


def test_session_validation(archive, pe_instrument) -> None:
    pid = archive.create_partnership("P")
    with pytest.raises(ValidationError, match="position 'boss'"):
        archive.create_session(pe_instrument, "S", pid, groups=[("A", "boss")])
    with pytest.raises(ValidationError, match="defined twice"):
        archive.create_session(pe_instrument, "S", pid, groups=[("A", "community"), ("a", "other")])
    with pytest.raises(ValidationError, match="held_on: '2026-13-01'"):
        archive.create_session(pe_instrument, "S", pid, held_on="2026-13-01")
    with pytest.raises(ValidationError, match="min_group_size"):
        archive.create_session(pe_instrument, "S", pid, min_group_size=0)
    assert archive.sessions() == []


def test_soft_delete_restore_purge(archive, session_id) -> None:
    archive.delete_session(session_id)
    assert archive.sessions() == []
    archive.restore_session(session_id)
    assert [s.id for s in archive.sessions()] == [session_id]
    archive.delete_session(session_id)
    backup, counts = empty_trash(archive)
    assert counts.sessions == 1 and backup is not None and backup.exists()
    assert archive.query("select count(*) n from groups")[0]["n"] == 0


def test_two_threads_share_an_archive(archive, session_id) -> None:
    import threading

    parts = [archive.add_participant(session_id, None, "phone").id for _ in range(8)]
    keys = archive.instrument(session_id).item_keys

    def vote(pid: str) -> None:
        for key in keys:
            archive.record_rating(session_id, 1, pid, key, 3)

    threads = [threading.Thread(target=vote, args=(p,)) for p in parts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert archive.query("select count(*) n from ratings")[0]["n"] == 8 * len(keys)


def test_notes_and_actions(archive, session_id) -> None:
    nid = archive.add_note(session_id, "<b>literal</b>", "quote", "bilateral")
    assert archive.note(nid).text == "<b>literal</b>"
    prev = archive.update_note(nid, text="changed")
    assert prev.text == "<b>literal</b>"
    aid = archive.add_action(session_id, "Share the budget", "Ana", "2026-12-01", "bilateral")
    assert archive.update_action(aid, status="done") == {"status": "open"}
    with pytest.raises(ValidationError, match="due_on"):
        archive.update_action(aid, due_on="soon")
    with pytest.raises(ValidationError, match="kind"):
        archive.add_note(session_id, "x", "rumour")
    archive.delete_note(nid)
    assert archive.notes(session_id) == []
    assert archive.action(aid).status == "done"


def test_rating_rows_of_one_item_and_value_counts(archive, session_id) -> None:
    group = archive.groups(session_id)[0].id
    for value in (2, 2, None):
        part = archive.add_participant(session_id, group, "paper")
        archive.record_rating(session_id, 1, part.id, "continual", value)
        archive.record_rating(session_id, 1, part.id, "bilateral", 5)
    assert {r.item_key for r in archive.rating_rows(session_id, 1, "continual")} == {"continual"}
    assert len(archive.rating_rows(session_id, 1)) == 6
    assert archive.value_counts(session_id, 1) == {"continual": {2: 2, None: 1}, "bilateral": {5: 3}}
    assert archive.participant_count(session_id) == 3
    assert archive.participant_count(session_id, "paper") == 3 and archive.participant_count(session_id, "phone") == 0
