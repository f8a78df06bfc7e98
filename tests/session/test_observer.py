"""The archive observer: every op is heard, from whatever thread committed it."""

from __future__ import annotations

import threading

from pe_desktop.session import ops
from pe_desktop.session.change import observer_for, subscribe


def test_every_op_publishes_what_it_changed(archive, session_id, groups):
    heard = []
    unsubscribe = subscribe(archive, heard.append)
    added = ops.add_participants(archive, session_id, groups["Residents"], "paper", 2)
    ops.set_item_states(archive, session_id, ["continual"], "open")
    ops.record_vote(archive, session_id, added.ids[0], "continual", 4, 1)
    added.undo(archive)
    unsubscribe()
    ops.add_note(archive, session_id, "not heard")
    assert [(c.kind, c.event) for c in heard] == [
        ("participants", ""), ("items", "open"), ("ratings", ""), ("participants", ""),
    ]
    assert heard[1].items == ("continual",) and heard[2].ids == (added.ids[0],)


def test_a_vote_committed_in_another_thread_is_delivered_in_that_thread(archive, session_id, groups):
    pid = ops.join(archive, session_id, groups["Funders"], "en").ids[0]
    ops.set_item_states(archive, session_id, ["bilateral"], "open")
    delivered = []
    done = threading.Event()

    def heard(change):
        delivered.append((change.kind, change.items, threading.current_thread().name))
        done.set()

    subscribe(archive, heard)
    voter = threading.Thread(
        target=lambda: ops.record_vote(archive, session_id, pid, "bilateral", 2, 1), name="phone-writer"
    )
    voter.start()
    voter.join()
    assert done.is_set()
    assert delivered == [("ratings", ("bilateral",), "phone-writer")]
    assert archive.rating(session_id, 1, pid, "bilateral") == (True, 2)


def test_a_failing_subscriber_does_not_silence_the_others(archive, session_id):
    heard = []

    def broken(change):
        raise RuntimeError("listener bug")

    subscribe(archive, broken)
    subscribe(archive, heard.append)
    ops.add_note(archive, session_id, "still heard")
    assert [c.kind for c in heard] == ["notes"]
    assert observer_for(archive).subscriber_count == 2
