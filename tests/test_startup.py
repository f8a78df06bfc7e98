"""The cold start: the real main window is painted first, lean, and complete a moment later.

``bench/bench_startup.py`` measures how fast; these tests hold what makes it
fast and what must stay true while it is: nothing heavy and none of
PySide6's ``Qt`` namespace enums before the first paint, the first frame is
the real MainWindow (menu bar, Find box, browser, details pane, status bar),
and right after it the window is complete and the archive shown. The
window's own two-step build (``complete_later`` / ``complete()``) is tested
in-process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QToolBar

from helpers import titles
from pe_desktop.store import Archive
from pe_desktop.ui.main.window import MainWindow
from pe_desktop.ui.settings import open_settings

REPO = Path(__file__).resolve().parent.parent

#: Imported only after the first paint (the archive layer, charts, PDFs, the phone server, the console).
HEAVY = [
    "numpy",
    "sqlite_utils",
    "pyqtgraph",
    "reportlab",
    "aiohttp",
    "segno",
    "pe_desktop.store.archive",
    "pe_desktop.ui.controller",
    "pe_desktop.ui.console.window",
    "pe_desktop.ui.main.search_panel",
    "pe_desktop.ui.widgets.messages",
]

# The real command (cli.main, as the desktop icon runs it), watched from inside: what is loaded and shown when
# the main window first paints, then what the window holds once the archive is shown; then it is closed.
WATCHED_COMMAND = r"""
import json, sys
import PySide6.QtCore as QtCore
from PySide6.QtCore import QEvent, QObject, QTimer

HEAVY = json.loads(sys.argv[2])
report = {}


def session_titles(window):
    from PySide6.QtCore import QModelIndex
    from pe_desktop.ui.main.browser_model import KIND_ROLE

    model = window.browser.tree.model()
    found = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == "session":
                found.append(index.data())
            walk(index)

    walk(QModelIndex())
    return found


def menu_entries(window):
    return {name: len([a for a in menu.actions() if not a.isSeparator()]) for name, menu in window.menu.menus.items()}


class Watch(QObject):
    def eventFilter(self, window, event):
        if event.type() == QEvent.Type.Paint and "first_paint" not in report:
            report["first_paint"] = {
                "heavy": [name for name in HEAVY if name in sys.modules],
                "qt_namespace_built": "Qt" in vars(QtCore),
                "title": window.windowTitle(),
                "menus": [action.text() for action in window.menuBar().actions()],
                "menu_entries": menu_entries(window),
                "columns": window.browser.model.columnCount(),
                "status": window.status_archive.text(),
                "message": window.browser.empty_label.text(),
                "find_enabled": window.browser.search.isEnabled(),
                "has_actions": hasattr(window.menu, "act_new_session"),
            }
        return False


def archive_shown(window, path):
    report["archive_shown"] = {
        "heavy_now": [name for name in HEAVY[:2] if name in sys.modules],
        "qt_namespace_built": "Qt" in vars(QtCore),
        "sessions": session_titles(window),
        "menu_entries": menu_entries(window),
        "toolbar_visible": window.menu.view_toolbar.isChecked(),
        "new_session_enabled": window.menu.act_new_session.isEnabled(),
        "find_enabled": window.browser.search.isEnabled(),
    }
    QTimer.singleShot(0, window.close)


watch = Watch()
from pe_desktop.ui.main import window as main_window

_init = main_window.MainWindow.__init__


def watched_init(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.installEventFilter(watch)
    self.archiveChanged.connect(lambda path: path and archive_shown(self, path))


main_window.MainWindow.__init__ = watched_init
from pe_desktop.cli import main

code = main(["--archive", sys.argv[1]])
print(json.dumps({"code": code, **report}))
"""


def test_the_command_paints_the_real_window_before_anything_heavy(archive, demo_ids, archive_path):
    archive.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PE_DESKTOP_LANGUAGE": "en"}
    result = subprocess.run(
        [sys.executable, "-c", WATCHED_COMMAND, str(archive_path), json.dumps(HEAVY)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    first = report["first_paint"]
    assert first["heavy"] == []
    # PySide6 builds all ~100 enum types of the Qt namespace on its first use: ~13 ms, kept after the paint
    assert not first["qt_namespace_built"]
    # the real window: its menu bar, browser columns and status, in a state that says what is going on
    assert first["title"] == "Partnership equity"
    assert first["menus"] == ["&File", "&Edit", "&Session", "&View", "&Help"]
    assert first["columns"] == 5
    assert first["status"] == "No archive open"
    assert first["message"] == "Opening the archive…"
    assert not first["find_enabled"]
    # the menus' entries and the actions come right after the paint
    assert set(first["menu_entries"].values()) == {0} and not first["has_actions"]

    shown = report["archive_shown"]
    assert shown["heavy_now"] == ["numpy", "sqlite_utils"]  # (the archive layer, once painted)
    assert shown["qt_namespace_built"]
    assert shown["sessions"] == ["Autumn check-in", "Spring check-in"]
    assert all(count >= 3 for count in shown["menu_entries"].values()), shown["menu_entries"]
    assert shown["toolbar_visible"] and shown["new_session_enabled"] and shown["find_enabled"]


def test_a_window_completed_later_shows_its_frame_then_builds_the_rest(qtbot):
    window = MainWindow(None, open_settings(), complete_later=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&Session", "&View", "&Help"]
    assert all(not menu.actions() for menu in window.menu.menus.values())
    assert window.findChildren(QToolBar) == []
    assert not window.browser.search.isEnabled() and not window.details.new_button.isEnabled()

    window.complete()
    entries = {name: [a.text() for a in menu.actions()] for name, menu in window.menu.menus.items()}
    assert "&Open archive…" in entries["file"] and "&Merge archive…" in entries["file"]
    assert "Show tool&bar" in entries["view"] and "&Trends…" in entries["view"]
    assert window.menu.language_menu.objectName() == "languageMenu"
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None and toolbar.isVisible()
    assert window.menu.act_open_archive.isEnabled() and not window.menu.act_new_session.isEnabled()  # no archive yet
    assert window.status_archive.textFormat() == Qt.TextFormat.PlainText
    assert window.browser.empty_label.textFormat() == Qt.TextFormat.PlainText
    window.complete()  # once only: nothing is added twice
    assert {name: [a.text() for a in menu.actions()] for name, menu in window.menu.menus.items()} == entries
    assert len(window.findChildren(QToolBar)) == 1


def test_showing_an_archive_completes_the_window_first(qtbot, archive, demo_ids):
    archive.update_session(demo_ids["ready"], location="<b>Hall</b>")
    window = MainWindow(None, open_settings(), complete_later=True)
    qtbot.addWidget(window)
    window.show()
    window.set_archive(archive)
    assert titles(window) == ["Autumn check-in", "Spring check-in"]
    assert window.menu.act_new_session.isEnabled() and window.browser.search.isEnabled()
    window.browser.select_id(demo_ids["ready"])
    assert window.details.values["location"].text() == "<b>Hall</b>"
    assert window.details.values["location"].textFormat() == Qt.TextFormat.PlainText
    assert window.details.heading.textFormat() == Qt.TextFormat.PlainText


def test_a_window_closed_before_it_was_completed_keeps_the_saved_layout(qtbot):
    settings = open_settings()
    first = MainWindow(None, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.menu.view_toolbar.trigger()  # hide the toolbar
    first.menu.act_details.setChecked(False)
    first.close()

    quick = MainWindow(None, open_settings(), complete_later=True)  # closed at once, as with Ctrl+C at start
    qtbot.addWidget(quick)
    quick.show()
    quick.close()

    again = MainWindow(None, open_settings())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.menu.view_toolbar.isChecked()
    assert not again.menu.act_details.isChecked() and not again.details.isVisible()


def test_column_widths_survive_a_refresh_and_a_restart(qtbot, archive, demo_ids, archive_path):
    window = MainWindow(archive, open_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.browser.tree.columnWidth(0) == 300  # first start: room for titles
    window.browser.tree.setColumnWidth(0, 222)
    window.browser.refresh()  # rebuilds the model
    assert window.browser.tree.columnWidth(0) == 222
    window.close()  # (closes the archive too)

    with_saved = MainWindow(None, open_settings())
    qtbot.addWidget(with_saved)
    assert isinstance(open_settings().value("main_window/header"), QByteArray)
    with_saved.set_archive(Archive.open(archive_path))
    with_saved.show()
    assert with_saved.browser.tree.columnWidth(0) == 222
    with_saved.close()


def test_the_first_start_gives_the_browser_three_quarters_of_the_width(qtbot):
    window = MainWindow(None, open_settings(), complete_later=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    browser, details = window.splitter.sizes()
    assert 2.5 < browser / details < 3.5


def test_a_window_closed_right_after_it_was_completed_keeps_its_toolbar(qtbot):
    quick = MainWindow(None, open_settings(), complete_later=True)
    qtbot.addWidget(quick)
    quick.show()
    qtbot.waitExposed(quick)
    quick.complete()  # the toolbar is added to a window on screen...
    quick.close()  # ...and the window closed before the event loop turned again
    again = MainWindow(None, open_settings())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.menu.view_toolbar.isChecked() and again.findChild(QToolBar, "mainToolbar").isVisible()
