"""The projector never keeps the keyboard; clicker keys, blanking and the live preview from the console (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from helpers import projector_data


@pytest.fixture
def console(qtbot, console):  # the shared console, made the active window
    window = console
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.show_projector()
    qtbot.waitUntil(lambda: window.projector.isVisible() and QApplication.activeWindow() is window, timeout=3000)
    window.sidebar.round2_button.setFocus()  # a button: takes no arrows or letters
    return window


def key(qtbot, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the keyboard is (the focused widget of the active window)."""
    widget = QApplication.focusWidget()
    assert widget is not None and widget.window() is not None
    qtbot.keyClick(widget, k, mods)


def test_projector_shown_by_the_console_leaves_it_the_keyboard(qtbot, console, archive, session_id):
    projector = console.projector
    assert projector.isFullScreen()
    assert QApplication.activeWindow() is console
    key(qtbot, Qt.Key.Key_F6)
    assert archive.item_states(session_id, 1)["continual"] == "open"
    key(qtbot, Qt.Key.Key_F8)
    assert archive.item_states(session_id, 1)["continual"] == "revealed"
    key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert projector.view() == "overview" and console.view_actions["overview"].isChecked()
    key(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    key(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(projector.isFullScreen)
    assert QApplication.activeWindow() is console


def test_clicker_walks_items_then_overview_then_views_and_back(qtbot, console):
    projector, controller = console.projector, console.controller
    console.set_projector_view("join")
    key(qtbot, Qt.Key.Key_PageDown)
    assert projector.view() == "item" and controller.current_item == "continual"
    key(qtbot, Qt.Key.Key_PageDown)
    assert controller.current_item == "bilateral" and projector.view() == "item"
    key(qtbot, Qt.Key.Key_Right)
    assert controller.current_item == "accountable"
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_PageUp)
    assert controller.current_item == "continual"
    key(qtbot, Qt.Key.Key_PageUp)
    assert projector.view() == "join"
    controller.set_current_item(controller.instrument.item_keys[-1])
    console.set_projector_view("item")
    key(qtbot, Qt.Key.Key_PageDown)
    assert projector.view() == "overview" and projector.overview_index == 0
    assert console.view_actions["overview"].isChecked()
    for _ in range(projector.overview_pages()):
        key(qtbot, Qt.Key.Key_PageDown)
    assert projector.view() == "gap"  # no round 2 yet: no round shift
    key(qtbot, Qt.Key.Key_PageDown)
    assert projector.view() == "gap"
    key(qtbot, Qt.Key.Key_PageUp)
    assert projector.view() == "overview" and projector.overview_index == projector.overview_pages() - 1


def test_b_or_period_blank_the_projector_and_the_preview_says_so(qtbot, console):
    projector, preview = console.projector, console.preview
    key(qtbot, Qt.Key.Key_B)
    assert projector.is_blank() and console.clicker.act_blank.isChecked()
    qtbot.waitUntil(lambda: "black screen" in preview.caption.text(), timeout=3000)
    image = preview.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    view = projector.view()
    key(qtbot, Qt.Key.Key_PageDown)  # Next on a blank projector first shows it again
    assert not projector.is_blank() and projector.view() == view
    key(qtbot, Qt.Key.Key_Period)
    assert projector.is_blank()
    key(qtbot, Qt.Key.Key_Period)
    assert not projector.is_blank()


def test_text_fields_and_tables_keep_their_keys(qtbot, console):
    controller = console.controller
    console.notes_panel.text.setFocus()
    qtbot.keyClicks(console.notes_panel.text, "B.")  # letters and arrows stay in the text field
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_PageDown)
    assert console.notes_panel.text.text() == "B." and not console.projector.is_blank()
    assert console.notes_panel.text.cursorPosition() == 1 and controller.current_item == "continual"
    console.items_panel.setFocus()
    key(qtbot, Qt.Key.Key_PageDown)  # the table keeps PageDown and arrows: the room sees no change
    key(qtbot, Qt.Key.Key_Right)
    assert controller.current_item == "continual"
    key(qtbot, Qt.Key.Key_Down)
    assert console.items_panel.chosen_item() != "continual" and controller.current_item == "continual"
    key(qtbot, Qt.Key.Key_Return)
    assert controller.current_item == console.items_panel.chosen_item()


def test_preview_names_the_view_and_follows_the_projector(qtbot, console, archive, session_id):
    preview = console.preview
    qtbot.waitUntil(lambda: preview.caption.text() == "Projector shows: How to join", timeout=3000)
    key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: preview.caption.text() == "Projector shows: Continual — question", timeout=3000)
    console.controller.set_current_item("bilateral")
    key(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: preview.caption.text() == "Projector shows: Bilateral — voting open", timeout=3000)
    key(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: preview.caption.text() == "Projector shows: Bilateral — results", timeout=3000)
    assert projector_data(console.projector)["view"] == "item"
    console.act_hide_projector.trigger()
    assert preview.caption.text().startswith("Projector (hidden) would show:")


@pytest.mark.slow
def test_preview_redraws_do_not_grow_memory(qtbot, console):
    """The preview renders into one kept image: 600 redraws after a warm-up leave Python allocations flat."""
    import tracemalloc

    preview = console.preview
    for _ in range(50):
        preview.refresh_now()
    tracemalloc.start()
    try:
        first = tracemalloc.get_traced_memory()[0]
        for _ in range(600):
            preview.refresh_now()
        grown = tracemalloc.get_traced_memory()[0] - first
    finally:
        tracemalloc.stop()
    # a plateau of about 30 kB (first-use caches) on a developer machine; 100 bytes per redraw would be 60 kB more
    assert grown < 64 * 1024, grown
