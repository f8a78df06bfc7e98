"""No two things one Alt+letter (or one letter in an open menu) could mean (issue 11).

A mnemonic is the letter after a single "&" in a text. Within one open menu its
entries must differ; within one window everything that answers Alt+letter at
the same time must differ: the menu bar's titles, the visible buttons, check
boxes, labels with a buddy, group boxes and the tabs of visible tab bars
(buttons on toolbars show their action's text without a mnemonic). The walk
covers the main window, the session console on every tab, the session dialog
and the other dialogs a facilitator opens on the way through a workshop.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (lower case), or None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def clashes(named: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Letters used by more than one of (letter-bearing text, where) pairs."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, where in named:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(f"{where}: {text!r}")
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def menu_clashes(menu: QMenu, path: str) -> dict[str, list[str]]:
    """This menu's visible entries, then each submenu's own."""
    menu.aboutToShow.emit()  # menus filled when they open (recent archives, screens)
    found = clashes([(a.text(), path) for a in menu.actions() if a.isVisible() and not a.isSeparator()])
    for action in menu.actions():
        if action.menu() is not None and action.isVisible():
            found |= menu_clashes(action.menu(), f"{path} ▸ {action.text()}")
    return found


def window_names(window: QWidget) -> list[tuple[str, str]]:
    """Everything answering Alt+letter in ``window`` as it is now."""
    named: list[tuple[str, str]] = []
    for bar in window.findChildren(QMenuBar):
        if bar.window() is window:
            named += [(a.text(), "menu bar") for a in bar.actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QToolBar):
            named.append((widget.text(), type(widget).__name__))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            named.append((widget.text(), "label"))
        elif isinstance(widget, QGroupBox):
            named.append((widget.title(), "group box"))
        elif isinstance(widget, QTabBar):
            named += [(widget.tabText(i), "tab") for i in range(widget.count()) if widget.isTabVisible(i)]
    return named


def all_clashes(window: QWidget) -> dict[str, list[str]]:
    """Window-wide clashes (on every page of every tab widget) and each menu's own."""
    found: dict[str, list[str]] = {}
    tab_widgets = [t for t in window.findChildren(QTabWidget) if t.window() is window]
    for tabs in tab_widgets or [None]:
        for i in range(tabs.count() if tabs else 1):
            if tabs is not None:
                tabs.setCurrentIndex(i)
            found |= {f"{k} (tab {i})": v for k, v in clashes(window_names(window)).items()}
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            if action.menu() is not None:
                found |= menu_clashes(action.menu(), action.text())
    return found


def test_mnemonic_helper_reads_single_ampersands() -> None:
    assert mnemonic("Pa&per ballots") == "p"
    assert mnemonic("Tom && Jerry") is None
    assert mnemonic("A && &B") == "b"


def test_main_window_menus_and_widgets(window) -> None:
    assert all_clashes(window) == {}


def test_console_menus_tabs_and_buttons(qtbot, archive, session_id) -> None:
    from pe_desktop.ui.console.window import SessionConsole

    console = SessionConsole(archive, session_id)
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    assert all_clashes(console) == {}
    console.close()


def open_dialog(qtbot, window, action) -> QDialog:
    """Trigger a main-window action and return the dialog it shows."""
    action.trigger()
    found: list[QDialog] = []

    def shown() -> bool:
        found[:] = [d for d in window.findChildren(QDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


@pytest.mark.parametrize("entry", ["act_new_session", "act_edit_session", "act_export_pdf"])
def test_main_window_dialogs(qtbot, window, demo_ids, entry) -> None:
    window.browser.select_id(demo_ids["ready"])
    dialog = open_dialog(qtbot, window, getattr(window.menu, entry))
    assert all_clashes(dialog) == {}
    dialog.reject()


def test_console_and_main_window_in_spanish(qtbot, spanish, archive, demo_ids) -> None:
    """The translations keep the letters apart too."""
    from pe_desktop.ui.console.window import SessionConsole
    from pe_desktop.ui.main.window import MainWindow
    from pe_desktop.ui.settings import open_settings

    main = MainWindow(archive, open_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.menu.menus["file"].title() == "&Archivo"
    assert all_clashes(main) == {}
    console = SessionConsole(archive, demo_ids["ready"])
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    assert all_clashes(console) == {}
    console.close()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_first_alt_f_opens_the_file_menu(qtbot, window) -> None:
    """Issue 11: the Find box's label no longer takes Alt+F."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.menu.menus["file"], timeout=3000)
    qtbot.keyClick(window.menu.menus["file"], Qt.Key.Key_Escape)


def test_console_dialogs(qtbot, archive, demo_ids) -> None:
    """The overview and the review of earlier actions, opened from a console."""
    from pe_desktop.ui.console.window import SessionConsole

    console = SessionConsole(archive, demo_ids["ready"])
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    for dialog in (console.show_overview(), console.review_earlier_actions()):
        qtbot.waitExposed(dialog)
        assert all_clashes(dialog) == {}
        dialog.close()
    console.close()
