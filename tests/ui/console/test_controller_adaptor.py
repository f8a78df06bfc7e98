"""The Qt controller as a thin adaptor: it hears every op through the archive observer and undoes Changes."""

from __future__ import annotations

import threading

from helpers import dump

from pe_desktop.session import ops


def test_a_vote_from_another_thread_reaches_the_gui_as_one_coalesced_refresh(qtbot, controller, archive, session_id):
    groups = {g["name"]: g["id"] for g in archive.groups(session_id)}
    controller.open_items(["continual"])
    voters = [ops.join(archive, session_id, groups["Residents"], "en").ids[0] for _ in range(3)]
    qtbot.waitUntil(lambda: controller.item_states()["continual"] == "open")

    def vote() -> None:  # as the phone server's writer thread does
        for pid in voters:
            ops.record_vote(archive, session_id, pid, "continual", 4, 1)

    with qtbot.waitSignal(controller.refreshed, timeout=5000):
        thread = threading.Thread(target=vote)
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: controller.item_summary("continual")["n"] == 3)


def test_the_undo_stack_holds_changes_and_signals_come_from_the_observer(qtbot, controller, archive, session_id):
    before = dump(archive)
    with qtbot.waitSignal(controller.participantsChanged, timeout=2000):
        change = ops.add_participants(archive, session_id, None, "paper", 2)
    controller.push_change(change)
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.undoText() == "Add 2 participants"
    with qtbot.waitSignal(controller.participantsChanged, timeout=2000):
        controller.undo_stack.undo()
    assert dump(archive) == before
    controller.undo_stack.redo()
    assert {p["id"] for p in archive.participants(session_id)} == set(change.ids)
    with qtbot.waitSignal(controller.itemStatesChanged, timeout=2000):
        controller.reveal_items(["bilateral"])  # not undoable: the room has seen it
    assert controller.push_change(ops.set_item_states(archive, session_id, ["bilateral"], "closed")) is not None
    assert controller.undo_stack.count() == 1
