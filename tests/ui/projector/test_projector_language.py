"""Editing the session's language redraws the open projector and console at once, and the
projector's charts speak the room's language while the facilitator's menus stay in theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from helpers import chart_texts
from pe_desktop.core.instruments import find_instrument


def visible_texts(window) -> list[str]:
    return [lab.text() for lab in window.findChildren(QLabel) if lab.isVisibleTo(window) and lab.text().strip()]


def spanish_form() -> tuple[str, str, set[str]]:
    inst = find_instrument("partnership-equity").localized("es")
    first = inst.item(inst.item_keys[0])
    return first.title, first.question, set(inst.scale.labels.values())


def test_editing_the_language_redraws_the_open_projector_and_console(window, qtbot, archive, demo_ids) -> None:
    sid = demo_ids["ready"]
    assert archive.session(sid).language in ("", "en", None)
    console = window.consoles.open(sid)
    qtbot.waitExposed(console)
    projector = console.projector
    projector.show()
    qtbot.waitExposed(projector)
    key = console.controller.current_item
    console.controller.open_items([key])
    qtbot.waitUntil(lambda: projector.view() == "item")
    english = find_instrument("partnership-equity").item(key)
    assert english.question in visible_texts(projector)
    overview = console.show_overview()  # the console's overview of all items, left open
    qtbot.waitExposed(overview)
    assert english.title in overview.cell(0, 0) + overview.cell(0, 1)

    window.browser.select_id(sid)
    dialog = window.sessions.edit_session(sid)
    qtbot.waitExposed(dialog)
    dialog.language.setFocus()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: archive.session(sid).language == "es")

    title, question, labels = spanish_form()
    qtbot.waitUntil(lambda: question in visible_texts(projector))
    seen = visible_texts(projector)
    assert title in seen and english.question not in seen
    assert labels <= set(seen)  # the scale boxes were rebuilt in Spanish
    assert projector.languages() == ("es",)
    # the round shift chart's legend (chart vocabulary) in Spanish, though the menus are English
    legend = [label for label, _, _ in projector.shift_chart.legend.entries]
    assert legend == ["Ronda 1", "Ronda 2"]
    assert not any(t.startswith("Round 1") for t in chart_texts(projector.shift_chart))
    # the console's item texts follow the room too (the form in the session's language)
    assert console.controller.instrument.item(key).title == title
    qtbot.waitUntil(lambda: title in " ".join(visible_texts(console)))
    assert title in overview.cell(0, 0) + overview.cell(0, 1)  # the open overview at once, not at the next vote


def test_a_spanish_room_gets_spanish_chart_words_under_english_menus(qtbot, controller, archive, session_id) -> None:
    """The charts on the projector (legends, marks' labels, tables) use the room's language; the
    console's charts keep the facilitator's."""
    from pe_desktop.charts.gap import PowerGapChart
    from pe_desktop.ui.projector.window import ProjectorWindow

    projector = ProjectorWindow(controller, language="es")
    qtbot.addWidget(projector)
    english = PowerGapChart(controller.instrument)
    qtbot.addWidget(english)
    assert [label for label, _, _ in english.legend.entries] == ["Community groups", "Institution groups"]
    assert [label for label, _, _ in projector.gap_chart.legend.entries] == ["Grupos comunitarios",
                                                                             "Grupos institucionales"]
    projector.set_view("gap")
    assert projector.gap_chart.table_header() == ["Elemento", "Media comunitaria", "Media institucional",
                                                  "Brecha de poder"]
    assert projector.gap_chart.accessibleName() == "Brecha de poder"
    assert english.accessibleName() == "Power gap"

    mixed = ProjectorWindow(controller, language="en+es")
    qtbot.addWidget(mixed)
    assert [label for label, _, _ in mixed.gap_chart.legend.entries] == [
        "Community groups / Grupos comunitarios", "Institution groups / Grupos institucionales"]
