"""The main window's actions, menus, toolbar, Open recent and Help.

A mixin of :class:`~pe_desktop.ui.main.window.MainWindow`, kept apart so the
window module stays about the browser and the archive. Every command is a
QAction with the platform's standard shortcut where one exists (New, Open,
Quit, Undo, Find, Help), so the whole program works from the keyboard and
the menus list the keys.

The menu bar (with its menus' titles) is part of the window's first paint;
the actions, the menus' entries and the toolbar are made right after it, by
``MainWindow.complete`` (see :mod:`pe_desktop.ui.main.window` for why), so
the Qt classes they need are imported there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pe_desktop.ui import settings as prefs

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox, QWidget


class MainMenus:
    """Actions and menus of the main window (mixed into MainWindow)."""

    def _action(
        self, text: str, slot: Callable[[], object], shortcuts: list | None = None, tip: str = "",
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            # a platform's standard key may equal the fallback given with it; the same key twice is ambiguous
            keys: list[QKeySequence] = []
            for shortcut in shortcuts:
                key = QKeySequence(shortcut)
                if not key.isEmpty() and key not in keys:
                    keys.append(key)
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _build_actions(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        std = QKeySequence.StandardKey
        self.act_new_archive = self._action(self.tr("New &archive…"), self.ask_new_archive, ["Ctrl+Shift+N"],
                                            self.tr("Start an empty archive file"))
        self.act_open_archive = self._action(self.tr("&Open archive…"), self.ask_open_archive, [std.Open],
                                             self.tr("Open another archive file"))
        self.act_import_form = self._action(self.tr("&Import form…"), self.ask_import_form, [],
                                            self.tr("Add a form (.toml file) to the forms you can choose from"))
        from pe_desktop.ui.main import records_tools

        self.act_import_ratings = self._action(self.tr("Import &ratings…"), lambda: records_tools.ask_import_ratings(self),
                                               [], self.tr("Add ratings from a CSV, TSV or Excel file to the selected session"))
        self.act_partnerships = self._action(self.tr("&Partnerships…"), lambda: records_tools.show_partnerships(self),
                                             [], self.tr("Rename partnerships or combine two into one"))
        self.act_conflicts = self._action(self.tr("Settle &conflicts…"), lambda: records_tools.show_conflicts(self),
                                          [], self.tr("Texts edited differently on two laptops: keep one or both"))
        self.act_export_pdf = self._action(self.tr("Export summary &PDF…"), self.ask_export_summary_pdf, ["Ctrl+Shift+E"],
                                           self.tr("Write the selected session's summary as a PDF"))
        self.act_print_ballots = self._action(self.tr("Print &ballots…"), self.ask_print_ballots, [std.Print],
                                              self.tr("Write paper ballots for the selected session as a PDF"))
        self.act_export_csv = self._action(self.tr("Export &CSV…"), self.ask_export_csv, [],
                                           self.tr("Write the selected session's ratings as a CSV file"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, [std.Quit, "Ctrl+Q"])
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts(QKeySequence.keyBindings(std.Undo))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts(QKeySequence.keyBindings(std.Redo))
        self.act_find = self._action(self.tr("&Find session"), self._focus_search, [std.Find])

        self.act_new_session = self._action(self.tr("&New session…"), self.new_session, [std.New],
                                            self.tr("Prepare a new session"))
        self.act_edit_session = self._action(self.tr("&Edit session…"), self.edit_session, ["F2", "Ctrl+E"],
                                             self.tr("Change the selected session's details"))
        self.act_delete_session = self._action(self.tr("&Delete session…"), self.delete_session, [std.Delete],
                                               self.tr("Delete the selected session (undoable until you close the window)"))
        # Delete only while the list has focus, so the key still edits text in the filter box.
        self.act_delete_session.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_open_console = self._action(self.tr("&Open console"), self.open_console, ["Ctrl+Return"],
                                             self.tr("Run or review the selected session"))
        for action in (self.act_open_console, self.act_edit_session, self.act_delete_session):
            self.tree.addAction(action)

        self.act_refresh = self._action(self.tr("&Refresh"), self.refresh, [std.Refresh])
        self.act_expand = self._action(self.tr("E&xpand all"), self.tree.expandAll, ["Ctrl+Shift+Right"])
        self.act_collapse = self._action(self.tr("&Collapse all"), self.tree.collapseAll, ["Ctrl+Shift+Left"])
        self.act_details = self._action(self.tr("Show &details"), lambda: None)
        self.act_details.setCheckable(True)
        self.act_details.setChecked(not self.details.isHidden())  # as the window's layout was restored
        self.act_details.toggled.connect(self.details.setVisible)
        self.act_full_screen = self._action(self.tr("&Full screen"), self.toggle_full_screen, [std.FullScreen, "F11"])
        self.act_full_screen.setCheckable(True)

        self.act_help = self._action(self.tr("&How to run a session"), self.show_help, [std.HelpContents, "F1"])
        self.act_about = self._action(self.tr("&About pe_desktop"), self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action(self.tr("About &Qt"), self._about_qt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menu_bar(self) -> None:
        """The menu bar with its (still empty) menus, so the first paint shows it as it will stay."""
        bar = self.menuBar()
        self.menus = {
            "file": bar.addMenu(self.tr("&File")), "edit": bar.addMenu(self.tr("&Edit")),
            "session": bar.addMenu(self.tr("&Session")), "view": bar.addMenu(self.tr("&View")),
            "help": bar.addMenu(self.tr("&Help")),
        }

    def _fill_menus(self) -> None:
        """The menus' entries (after _build_actions); the archive tools and the toolbar add theirs after these."""
        from PySide6.QtWidgets import QMenu

        file_menu = self.menus["file"]
        file_menu.addAction(self.act_new_archive)
        file_menu.addAction(self.act_open_archive)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import_form)
        file_menu.addAction(self.act_import_ratings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export_pdf)
        file_menu.addAction(self.act_print_ballots)
        file_menu.addAction(self.act_export_csv)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit_menu = self.menus["edit"]
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)

        session_menu = self.menus["session"]
        session_menu.addAction(self.act_new_session)
        session_menu.addAction(self.act_open_console)
        session_menu.addAction(self.act_edit_session)
        session_menu.addSeparator()
        session_menu.addAction(self.act_partnerships)
        session_menu.addAction(self.act_conflicts)
        session_menu.addSeparator()
        session_menu.addAction(self.act_delete_session)

        view_menu = self.menus["view"]
        view_menu.addAction(self.act_refresh)
        view_menu.addAction(self.act_expand)
        view_menu.addAction(self.act_collapse)
        view_menu.addSeparator()
        view_menu.addAction(self.act_details)
        view_menu.addAction(self.act_full_screen)
        from pe_desktop.ui.language import add_language_menu

        view_menu.addSeparator()
        self.language_menu = add_language_menu(view_menu, self.settings, self)

        help_menu = self.menus["help"]
        help_menu.addAction(self.act_help)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)
        help_menu.addAction(self.act_about_qt)

    def _build_toolbar(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolBar

        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setAccessibleName(self.tr("Main toolbar"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_new_session, self.act_open_console, self.act_edit_session, self.act_delete_session):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.act_undo)
        bar.addAction(self.act_redo)
        self.addToolBar(bar)
        # Added to a window already on screen, Qt would show it on a later turn of the event loop; a window
        # closed before then would save it as hidden. (The saved state, restored after this, may hide it.)
        bar.show()
        self.view_toolbar = bar.toggleViewAction()
        self.view_toolbar.setText(self.tr("Show &toolbar"))
        self.menus["view"].insertAction(self.act_full_screen, self.view_toolbar)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = prefs.recent_archives(self.settings)
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name} — {path.parent}")
            action.setData(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_archive_path(p))
        if not paths:
            none = self.recent_menu.addAction(self.tr("No recent archives"))
            none.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda: prefs.clear_recent_archives(self.settings))

    # ================================================================ help
    def show_help(self) -> QWidget:
        from pe_desktop.ui.main.help import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self)
            self._help.destroyed.connect(lambda *_: setattr(self, "_help", None))
            self._help.show()
        else:
            self._help.raise_()
            self._help.activateWindow()
        return self._help

    def show_about(self) -> QMessageBox:
        from pe_desktop.core.instruments import available_instruments
        from pe_desktop.ui.main.help import about_text
        from pe_desktop.ui.widgets.messages import show_info

        forms = available_instruments()
        framework = forms.get("partnership-equity")
        stages = forms.get("partnership-stage")
        headline, details = about_text(_version(), framework.source if framework else "", stages.source if stages else "")
        return show_info(self, self.tr("About pe_desktop"), headline, details)

    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.aboutQt()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pe-desktop")
    except PackageNotFoundError:
        return "dev"
