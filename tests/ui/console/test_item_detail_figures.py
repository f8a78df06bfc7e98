"""The console's item detail: the "split into camps" flag in words, and what the figures mean."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pe_desktop.ui.console.item_detail import ItemDetail

KEY = "continual"


def rate(archive, session_id, values: list[int]) -> None:
    """One Residents participant per value, all on KEY, round 1."""
    residents = next(g for g in archive.groups(session_id) if g.name == "Residents")
    people = [archive.add_participant(session_id, residents.id, "paper").id for _ in values]
    archive.record_ratings(session_id, 1, [(p, KEY, v) for p, v in zip(people, values, strict=True)], "paper")


def detail_after_reveal(qtbot, controller) -> ItemDetail:
    detail = ItemDetail(controller)
    qtbot.addWidget(detail)
    detail.show()
    controller.open_items([KEY])
    controller.reveal_items([KEY])
    controller.refresh_now()
    qtbot.waitUntil(lambda: detail.camps.isVisible())
    return detail


def test_two_camps_are_named_in_words(qtbot, controller, archive, session_id) -> None:
    rate(archive, session_id, [1, 1, 1, 5, 5, 5])  # all at the two ends: van der Eijk's A = -1
    detail = detail_after_reveal(qtbot, controller)
    assert detail.camps.text().startswith("Split into camps: yes.")
    assert detail.camps.textFormat() == Qt.TextFormat.PlainText


def test_a_scattered_room_is_not_called_camps(qtbot, controller, archive, session_id) -> None:
    rate(archive, session_id, [1, 2, 3, 4, 5])  # uniform: A = 0, scattered, not camps
    detail = detail_after_reveal(qtbot, controller)
    assert detail.camps.text() == "Split into camps: no."


def test_too_few_ratings_to_call_camps(qtbot, controller, archive, session_id) -> None:
    rate(archive, session_id, [1, 5])
    detail = detail_after_reveal(qtbot, controller)
    assert detail.camps.text() == "Split into camps: too few ratings to tell."


def test_what_the_figures_mean_opens_from_the_keyboard(qtbot, controller, archive, session_id) -> None:
    rate(archive, session_id, [2, 3, 4])
    detail = detail_after_reveal(qtbot, controller)
    assert not detail.glossary.text.isVisible()
    detail.glossary.button.setFocus()
    qtbot.keyClick(detail.glossary.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: detail.glossary.text.isVisible())
    text = detail.glossary.text.text()
    for figure in ("Median:", "IQR:", "Agreement (rwg):", "Split into camps:", "Band:", "Power gap:"):
        assert figure in text
    assert "middle half of the ratings" in text and "van der Eijk" in text
    header = detail.figures.horizontalHeaderItem(3)
    assert header.text() == "IQR" and "middle half" in header.toolTip()


def test_the_glossary_in_spanish(spanish, qtbot, controller, archive, session_id) -> None:
    detail = ItemDetail(controller)
    qtbot.addWidget(detail)
    assert detail.glossary.button.text() == "Qué significan las cifras"
    assert "Mediana:" in detail.glossary.text.text()
    assert "mitad central" in detail.glossary.text.text()
