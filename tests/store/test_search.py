"""Search across session titles, notes, quotes, dissent and actions (FTS5, kept in sync by triggers)."""

from __future__ import annotations

import pytest

from pe_desktop.demo import create_demo
from pe_desktop.store.schema import SEARCH_COLUMNS
from pe_desktop.store.search import fts_query, rebuild_search_index, search
from pe_desktop.store.trash import empty_trash


@pytest.fixture
def demo(archive):
    return create_demo(archive)


def _found(archive, text, **kwargs):
    return {(hit.kind, hit.record_id) for hit in search(archive, text, **kwargs)}


def _index_is_sound(archive) -> None:
    with archive.transaction() as conn:
        for table in SEARCH_COLUMNS:
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")


def test_finds_a_word_in_a_note_with_session_and_snippet(archive, demo):
    hits = search(archive, "invited")
    assert len(hits) == 1
    hit = hits[0]
    assert hit.kind == "quote"
    assert hit.session_id == demo["closed"]
    assert hit.session_title == "Spring check-in"
    assert hit.partnership == "Eastside Health Partnership"
    assert "[invited]" in hit.snippet
    note = archive.note(hit.record_id)
    assert note.session_id == demo["closed"] and "invited" in note.text


def test_every_kind_is_searched(archive, demo):
    kinds = {hit.kind for hit in search(archive, "residents")}
    assert {"note", "dissent", "action"} <= kinds
    assert {hit.kind for hit in search(archive, "autumn")} == {"session"}
    # an action is found by its owner too
    assert [hit.kind for hit in search(archive, "steering")] == ["action"]


def test_index_follows_inserts_updates_and_deletes(archive, demo):
    assert search(archive, "zebra") == []
    note = archive.add_note(demo["ready"], "A zebra crossing outside the library", "note")
    assert _found(archive, "zebra") == {("note", note)}
    archive.update_note(note, text="A pedestrian crossing outside the library")
    assert search(archive, "zebra") == []
    assert _found(archive, "pedestrian") == {("note", note)}
    archive.delete_note(note)
    assert search(archive, "pedestrian") == []
    action = archive.add_action(demo["ready"], "Paint the crossing", owner="Public works")
    assert _found(archive, "public works") == {("action", action)}
    archive.update_session(demo["ready"], title="Winter check-in")
    assert _found(archive, "winter") == {("session", demo["ready"])}
    assert search(archive, "autumn") == []
    _index_is_sound(archive)


def test_deleted_sessions_are_left_out_and_purged_ones_leave_the_index(archive, demo):
    assert search(archive, "invited")
    archive.delete_session(demo["closed"])
    assert search(archive, "invited") == []
    archive.restore_session(demo["closed"])
    assert search(archive, "invited")
    archive.delete_session(demo["closed"])
    empty_trash(archive)  # notes and actions go by ON DELETE CASCADE
    rows = archive.query("SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH 'invited'")
    assert rows[0]["n"] == 0
    _index_is_sound(archive)


def test_typed_text_is_never_query_syntax(archive, demo):
    assert fts_query("") is None and fts_query("  ,;  ") is None
    assert fts_query('budget "NOT') == '"budget"* "NOT"*'
    for text in ['"', "NOT", "budget OR", "(budget", "budget*", "col:budget", "^budget", "NEAR(a b)"]:
        search(archive, text)  # never an FTS5 syntax error
    assert _found(archive, "NOT budget") == _found(archive, "not budget")
    assert search(archive, "   ") == []


def test_prefixes_all_words_and_accents(archive, demo):
    assert search(archive, "budg")  # a word being typed
    assert len(search(archive, "budget residents")) == 1  # every word must match
    note = archive.add_note(demo["ready"], "Próxima reunión en la biblioteca", "note")
    assert _found(archive, "reunion") == {("note", note)}
    assert _found(archive, "REUNIÓN") == {("note", note)}


def test_partnership_filter_limit_and_markers(archive, demo, pe_instrument):
    other = archive.create_partnership("Another partnership")
    sid = archive.create_session(pe_instrument, "Budget workshop", other)
    assert {hit.session_id for hit in search(archive, "budget")} == {demo["closed"], sid}
    assert {hit.session_id for hit in search(archive, "budget", partnership_id=other)} == {sid}
    assert len(search(archive, "budget", limit=1)) == 1
    hit = search(archive, "workshop", mark=("\x02", "\x03"))[0]
    assert hit.snippet == "Budget \x02workshop\x03"


def test_participant_text_comes_back_as_text(archive, demo):
    note = archive.add_note(demo["ready"], "<b>bold</b> & <script>alert(1)</script>", "note")
    (hit,) = search(archive, "alert")
    assert hit.record_id == note
    assert hit.snippet == "<b>bold</b> & <script>[alert](1)</script>"


def test_rebuild_restores_a_broken_index(archive, demo):
    # what a VACUUM renumbering rows or a tool writing without triggers would leave
    with archive.transaction() as conn:
        conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('delete-all')")
    assert search(archive, "invited") == []
    rebuild_search_index(archive)
    assert search(archive, "invited")
    _index_is_sound(archive)
