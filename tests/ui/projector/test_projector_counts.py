"""While voting, the projector says how many people rated and, apart, how many show-of-hands votes."""

from __future__ import annotations

from helpers import projector_data, projector_texts
from pe_desktop.session import ops
from pe_desktop.ui.projector.window import ProjectorWindow


def test_the_voting_count_keeps_hands_apart_from_people(qtbot, controller, archive, session_id):
    projector = ProjectorWindow(controller)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    key = controller.current_item
    groups = {g.name: g.id for g in archive.groups(session_id)}
    people = [archive.add_participant(session_id, groups["Residents"], "paper") for _ in range(2)]
    controller.open_items([key])
    for p in people:
        archive.record_rating(session_id, 1, p.id, key, 4, require_open=True)
    ops.save_tally(archive, session_id, key, groups["Funders"], {3: 2, 5: 1})
    controller.notify_rating_saved()
    qtbot.waitUntil(lambda: projector_data(projector)["rated"] == 5)
    assert "2 have rated · 3 show-of-hands votes" in projector_texts(projector)
