"""Action follow-up: open actions of earlier sessions, reviewed and carried forward."""

from __future__ import annotations

import pytest

from pe_desktop.core.instruments import find_instrument
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.followup import (
    action_trail,
    actions_to_review,
    carry_forward,
    mark_action,
    review_action,
)


@pytest.fixture
def series(archive, pe_instrument):
    """Three sessions of one partnership (created out of date order) and one elsewhere."""
    pid = archive.create_partnership("Harbor Alliance")
    other = archive.create_partnership("Elsewhere")
    third = archive.create_session(pe_instrument, "Third", pid, held_on="2026-09-01")
    first = archive.create_session(pe_instrument, "First", pid, held_on="2026-01-10")
    second = archive.create_session(pe_instrument, "Second", pid, held_on="2026-05-05")
    elsewhere = archive.create_session(pe_instrument, "Elsewhere", other, held_on="2026-02-01")
    return {"first": first, "second": second, "third": third, "elsewhere": elsewhere}


def _ids(rows):
    return [row["id"] for row in rows]


def test_review_lists_open_actions_of_earlier_sessions_only(archive, series):
    open_1 = archive.add_action(series["first"], "Share the budget", "Finance", "2026-02-01", "bilateral")
    archive.add_action(series["first"], "Already done", status="done")
    archive.add_action(series["first"], "Given up", status="dropped")
    open_2 = archive.add_action(series["second"], "Evening meetings", "Ana")
    archive.add_action(series["third"], "Later promise")
    archive.add_action(series["elsewhere"], "Other partnership")
    assert _ids(actions_to_review(archive, series["first"])) == []
    assert _ids(actions_to_review(archive, series["second"])) == [open_1]
    rows = actions_to_review(archive, series["third"])
    assert _ids(rows) == [open_1, open_2]
    assert rows[0]["session_title"] == "First" and rows[0]["began_in_title"] == "First"
    assert rows[0]["owner"] == "Finance" and rows[0]["due_on"] == "2026-02-01"


def test_carry_forward_links_the_copy_and_ends_the_review(archive, series):
    origin = archive.add_action(series["first"], "Share the budget", "Finance", "2026-02-01", "bilateral")
    copy = carry_forward(archive, origin, series["second"])
    carried = archive.action(copy)
    assert carried.session_id == series["second"]
    assert carried.carried_from == origin
    assert (carried.text, carried.owner, carried.due_on, carried.item_key, carried.status) == (
        "Share the budget", "Finance", "2026-02-01", "bilateral", "open")
    assert archive.action(origin).status == "open"  # the first session's record is history
    assert actions_to_review(archive, series["second"]) == []
    # the next session reviews the carried copy, which remembers where it began
    rows = actions_to_review(archive, series["third"])
    assert _ids(rows) == [copy]
    assert rows[0]["session_title"] == "Second"
    assert (rows[0]["began_in_session_id"], rows[0]["began_in_title"], rows[0]["began_on"]) == (
        series["first"], "First", "2026-01-10")
    again = carry_forward(archive, copy, series["third"])
    assert [(a["id"], a["session_title"], a["depth"]) for a in action_trail(archive, again)] == [
        (origin, "First", 2), (copy, "Second", 1), (again, "Third", 0)]


def test_carry_forward_is_idempotent_and_refuses_what_makes_no_sense(archive, series):
    origin = archive.add_action(series["first"], "Share the budget")
    copy = carry_forward(archive, origin, series["second"])
    assert carry_forward(archive, origin, series["second"]) == copy
    assert len(archive.actions(series["second"])) == 1
    with pytest.raises(ValidationError, match="already carried forward"):
        carry_forward(archive, origin, series["third"])
    with pytest.raises(ValidationError, match="another partnership"):
        carry_forward(archive, copy, series["elsewhere"])
    with pytest.raises(ValidationError, match="already belongs"):
        carry_forward(archive, copy, series["second"])
    done = archive.add_action(series["first"], "Finished", status="done")
    with pytest.raises(ValidationError, match="only open actions"):
        carry_forward(archive, done, series["second"])
    with pytest.raises(ValidationError, match="no action"):
        carry_forward(archive, "no-such-id", series["second"])
    assert len(archive.actions(series["third"])) == 0


def test_review_outcomes_done_dropped_open(archive, series):
    a = archive.add_action(series["first"], "A")
    b = archive.add_action(series["first"], "B")
    c = archive.add_action(series["first"], "C")
    assert review_action(archive, a, "done", series["second"]) is None
    assert review_action(archive, b, "dropped", series["second"]) is None
    copy = review_action(archive, c, "open", series["second"])
    assert archive.action(a).status == "done"
    assert archive.action(b).status == "dropped"
    assert archive.action(copy).carried_from == c
    assert actions_to_review(archive, series["second"]) == []
    assert _ids(actions_to_review(archive, series["third"])) == [copy]
    with pytest.raises(ValidationError, match="outcome"):
        review_action(archive, copy, "maybe", series["third"])
    with pytest.raises(ValidationError, match="carry forward"):
        mark_action(archive, copy, "open")
    previous = mark_action(archive, copy, "done")
    assert previous == {"status": "open"}  # what undo puts back


def test_item_is_kept_only_when_the_new_instrument_has_it(archive, series):
    pid = archive.session(series["first"]).partnership_id
    other_form = archive.create_session(find_instrument("equity-justice"), "Other form", pid, held_on="2026-12-01")
    origin = archive.add_action(series["first"], "About bilateral", item_key="bilateral")
    assert archive.action(carry_forward(archive, origin, other_form)).item_key is None


def test_deleted_sessions_are_not_reviewed_and_missing_origins_are_tolerated(archive, series):
    gone = archive.add_action(series["first"], "In a deleted session")
    archive.delete_session(series["first"])
    assert actions_to_review(archive, series["third"]) == []
    archive.restore_session(series["first"])
    assert _ids(actions_to_review(archive, series["third"])) == [gone]
    # a soft link to an action that is not in this archive (e.g. from a session file)
    orphan = archive.add_action(series["second"], "Came from elsewhere", carried_from="not-in-this-archive")
    trail = action_trail(archive, orphan)
    assert [a["id"] for a in trail] == [orphan]
    rows = {r["id"]: r for r in actions_to_review(archive, series["third"])}
    assert rows[orphan]["began_in_title"] == "Second"
