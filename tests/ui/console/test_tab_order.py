"""Tab and Shift+Tab in the console (issue 11): every table one stop, every form reachable, in reading order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def console(qtbot, console):  # the shared console, made the active window
    window = console
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def walk(qtbot, start: QWidget, key: Qt.Key = Qt.Key.Key_Tab, limit: int = 40) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) visits from ``start`` until it comes back."""
    start.setFocus()
    seen: list[QWidget] = []
    mods = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
    for _ in range(limit):
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        if seen and widget is start:
            return seen
        seen.append(widget)
        qtbot.keyClick(widget, key, mods)
    raise AssertionError(f"Tab never came back to {start.accessibleName()!r}: {[w.accessibleName() for w in seen]}")


def test_tables_are_one_stop_and_each_page_is_reachable(qtbot, console):
    pages = {
        0: [console.notes_panel.text, console.notes_panel.add_button],
        1: [console.participants_panel.add_button],
        2: [console.paper_grid.count, console.paper_grid.group, console.paper_grid.add_button, console.paper_grid.view],
        3: [console.tally.item, *console.tally.spins.values(), console.tally.save_button],
        4: [console.actions_panel.text, console.actions_panel.owner, console.actions_panel.add_button],
    }
    for index, wanted in pages.items():
        console.tabs.setCurrentIndex(index)
        chain = walk(qtbot, console.items_panel)
        assert chain[:3] == [console.items_panel, console.discuss_list, console.tabs.tabBar()]
        positions = [chain.index(w) for w in wanted]  # each once: no table keeps Tab
        assert positions == sorted(positions) and len(set(chain)) == len(chain)
        sidebar = [console.sidebar.round2_button, console.sidebar.close_session_button, console.sidebar.kiosk_button]
        assert all(chain.index(w) > positions[-1] for w in sidebar)
    back = walk(qtbot, console.items_panel, Qt.Key.Key_Backtab)
    assert back[1] is not console.items_panel and len(set(back)) == len(back)


def test_arrows_in_items_only_choose_and_enter_shows(qtbot, console):
    items, controller = console.items_panel, console.controller
    console.set_projector_view("item")
    items.setFocus()
    before = console.projector.picture()
    qtbot.keyClick(items, Qt.Key.Key_Down)
    qtbot.keyClick(items, Qt.Key.Key_Down)
    assert items.chosen_item() == "accountable" and controller.current_item == "continual"
    assert console.projector.picture() == before  # the room sees no change while the facilitator looks ahead
    assert items.items_model.data(items.items_model.index(0, 0)) == "▶ 1"
    qtbot.keyClick(items, Qt.Key.Key_F6)  # F6 opens the current item, not the chosen one
    assert controller.item_states()["continual"] == "open"
    assert controller.item_states().get("accountable", "pending") == "pending"
    qtbot.keyClick(items, Qt.Key.Key_Return)
    assert controller.current_item == "accountable"
    assert items.items_model.data(items.items_model.index(2, 0)) == "▶ 3"
