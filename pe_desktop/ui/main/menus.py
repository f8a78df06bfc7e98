"""The main window's actions, menus, toolbar, Open recent and Help.

Owned by :class:`~pe_desktop.ui.main.window.MainWindow`, which gives it what
each command does (:class:`MenuSlots`), so this module is only about where the
commands are and how they are reached. Every command is a
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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pe_desktop.ui import settings as prefs

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QTreeView, QWidget

    from pe_desktop.ui.main.details import DetailsPane

Slot = Callable[[], object]


@dataclass(frozen=True)
class MenuSlots:
    """What each menu command does (the window's parts' methods)."""

    new_archive: Slot
    open_archive: Slot
    open_recent: Callable[[Path], object]
    import_form: Slot
    import_ratings: Slot
    partnerships: Slot
    conflicts: Slot
    merge: Slot
    restore: Slot
    export_pdf: Slot
    print_ballots: Slot
    export_csv: Slot
    export_session_file: Slot
    quit: Slot
    find: Slot
    new_session: Slot
    open_console: Slot
    edit_session: Slot
    review_actions: Slot
    delete_session: Slot
    refresh: Slot
    trends: Slot
    full_screen: Slot
    trash: Slot


class MainMenus(QObject):
    """The menu bar (its menus' titles from the start, see :meth:`build` for the rest) and every action."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._help: QWidget | None = None
        bar = window.menuBar()  # with its (still empty) menus, so the first paint shows it as it will stay
        self.menus: dict[str, QMenu] = {
            "file": bar.addMenu(self.tr("&File")), "edit": bar.addMenu(self.tr("&Edit")),
            "session": bar.addMenu(self.tr("&Session")), "view": bar.addMenu(self.tr("&View")),
            "help": bar.addMenu(self.tr("&Help")),
        }

    def build(self, slots: MenuSlots, undo_stack: QUndoStack, tree: QTreeView, details: DetailsPane) -> None:
        """The second build step: the actions, the menus' entries and the toolbar."""
        self._build_file_actions(slots)
        self._build_edit_actions(slots, undo_stack)
        self._build_session_actions(slots, tree)
        self._build_view_actions(slots, tree, details)
        self._build_help_actions()
        self._fill_menus()
        self._build_toolbar()

    def close_help(self) -> None:
        if self._help is not None:
            self._help.close()

    def _action(
        self, text: str, slot: Callable[[], object], shortcuts: list | None = None, tip: str = "",
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self._window)
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

    def _build_file_actions(self, slots: MenuSlots) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        std = QKeySequence.StandardKey
        self.act_new_archive = self._action(self.tr("New &archive…"), slots.new_archive, ["Ctrl+Shift+N"],
                                            self.tr("Start an empty archive file"))
        self.act_open_archive = self._action(self.tr("&Open archive…"), slots.open_archive, [std.Open],
                                             self.tr("Open another archive file"))
        self._open_recent = slots.open_recent
        self.act_import_form = self._action(self.tr("&Import form…"), slots.import_form, [],
                                            self.tr("Add a form (.toml file) to the forms you can choose from"))
        self.act_import_ratings = self._action(
            self.tr("Import rati&ngs…"), slots.import_ratings, [],
            self.tr("Add ratings from a CSV, TSV or Excel file to the selected session"))
        self.act_merge = self._action(self.tr("&Merge archive…"), slots.merge, [],
                                      self.tr("Bring in the sessions of another archive or a session file"))
        self.act_restore = self._action(self.tr("Restore from bac&kup…"), slots.restore, [],
                                        self.tr("Put the archive back as it was when a backup was taken"))
        self.act_trash = self._action(self.tr("&Trash…"), slots.trash, [],
                                      self.tr("Deleted sessions, notes and action items: restore them or empty the Trash"))
        self.act_export_pdf = self._action(self.tr("Export summary &PDF…"), slots.export_pdf, ["Ctrl+Shift+E"],
                                           self.tr("Write the selected session's summary as a PDF"))
        self.act_print_ballots = self._action(self.tr("Print &ballots…"), slots.print_ballots, [std.Print],
                                              self.tr("Write paper ballots for the selected session as a PDF"))
        self.act_export_csv = self._action(self.tr("Export &CSV…"), slots.export_csv, [],
                                           self.tr("Write the selected session's ratings as a CSV file"))
        self.act_export_session_file = self._action(
            self.tr("Export &session file…"), slots.export_session_file, [],
            self.tr("Write the selected session as a file of its own, to send or to merge elsewhere"))
        self.act_quit = self._action(self.tr("&Quit"), slots.quit, [std.Quit, "Ctrl+Q"])
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

    def _build_edit_actions(self, slots: MenuSlots, undo_stack: QUndoStack) -> None:
        from PySide6.QtGui import QKeySequence

        std = QKeySequence.StandardKey
        self.act_undo = undo_stack.createUndoAction(self._window, self.tr("&Undo"))
        self.act_undo.setShortcuts(QKeySequence.keyBindings(std.Undo))
        self.act_redo = undo_stack.createRedoAction(self._window, self.tr("&Redo"))
        self.act_redo.setShortcuts(QKeySequence.keyBindings(std.Redo))
        self.act_find = self._action(self.tr("&Find session"), slots.find, [std.Find])

    def _build_session_actions(self, slots: MenuSlots, tree: QTreeView) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        std = QKeySequence.StandardKey
        self.act_new_session = self._action(self.tr("&New session…"), slots.new_session, [std.New],
                                            self.tr("Prepare a new session"))
        self.act_edit_session = self._action(self.tr("&Edit session…"), slots.edit_session, ["F2", "Ctrl+E"],
                                             self.tr("Change the selected session's details"))
        self.act_review_actions = self._action(self.tr("Re&view earlier actions…"), slots.review_actions, [],
                                               self.tr("Say what became of the open action items of earlier sessions"))
        self.act_partnerships = self._action(self.tr("&Partnerships…"), slots.partnerships, [],
                                             self.tr("Rename partnerships or combine two into one"))
        self.act_conflicts = self._action(self.tr("Settle &conflicts…"), slots.conflicts, [],
                                          self.tr("Texts edited differently on two laptops: keep one or both"))
        self.act_delete_session = self._action(self.tr("&Delete session…"), slots.delete_session, [std.Delete],
                                               self.tr("Delete the selected session (undoable until you close the window)"))
        # Delete only while the list has focus, so the key still edits text in the filter box.
        self.act_delete_session.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_open_console = self._action(self.tr("&Open console"), slots.open_console, ["Ctrl+Return"],
                                             self.tr("Run or review the selected session"))
        for action in (self.act_open_console, self.act_edit_session, self.act_delete_session):
            tree.addAction(action)

    def _build_view_actions(self, slots: MenuSlots, tree: QTreeView, details: DetailsPane) -> None:
        from PySide6.QtGui import QKeySequence

        std = QKeySequence.StandardKey
        self.act_refresh = self._action(self.tr("&Refresh"), slots.refresh, [std.Refresh])
        self.act_expand = self._action(self.tr("E&xpand all"), tree.expandAll, ["Ctrl+Shift+Right"])
        self.act_collapse = self._action(self.tr("&Collapse all"), tree.collapseAll, ["Ctrl+Shift+Left"])
        self.act_trends = self._action(self.tr("&Trends…"), slots.trends, ["Ctrl+T"],
                                       self.tr("The selected partnership's sessions over time"))
        self.act_details = self._action(self.tr("Show &details"), lambda: None)
        self.act_details.setCheckable(True)
        self.act_details.setChecked(not details.isHidden())  # as the window's layout was restored
        self.act_details.toggled.connect(details.setVisible)
        self.act_full_screen = self._action(self.tr("&Full screen"), slots.full_screen, [std.FullScreen, "F11"])
        self.act_full_screen.setCheckable(True)

    def _build_help_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        std = QKeySequence.StandardKey
        self.act_help = self._action(self.tr("&How to run a session"), self.show_help, [std.HelpContents, "F1"])
        self.act_phones_help = self._action(self.tr("&Phones and Wi-Fi"), self.show_phones_help)
        self.act_about = self._action(self.tr("&About pe_desktop"), self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action(self.tr("About &Qt"), self._about_qt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def set_enabled_for(self, has_archive: bool, has_session: bool, has_partnership: bool) -> None:
        """Enable what the archive and the selection allow."""
        for action in (self.act_new_session, self.act_import_form, self.act_refresh, self.act_expand,
                       self.act_collapse, self.act_merge, self.act_restore, self.act_trash):
            action.setEnabled(has_archive)
        for action in (self.act_edit_session, self.act_delete_session, self.act_open_console, self.act_export_pdf,
                       self.act_print_ballots, self.act_export_csv, self.act_review_actions,
                       self.act_export_session_file):
            action.setEnabled(has_session)
        self.act_trends.setEnabled(has_partnership)

    def _fill_menus(self) -> None:
        """The menus' entries (after the actions are made)."""
        from PySide6.QtWidgets import QMenu

        file_menu = self.menus["file"]
        file_menu.addAction(self.act_new_archive)
        file_menu.addAction(self.act_open_archive)
        self.recent_menu = QMenu(self.tr("Open &recent"), self._window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import_form)
        file_menu.addAction(self.act_import_ratings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_merge)
        file_menu.addAction(self.act_restore)
        file_menu.addAction(self.act_trash)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export_pdf)
        file_menu.addAction(self.act_print_ballots)
        file_menu.addAction(self.act_export_csv)
        file_menu.addAction(self.act_export_session_file)
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
        session_menu.addAction(self.act_review_actions)
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
        view_menu.addAction(self.act_trends)
        view_menu.addSeparator()
        view_menu.addAction(self.act_details)
        view_menu.addAction(self.act_full_screen)
        from pe_desktop.ui.language import add_language_menu

        view_menu.addSeparator()
        self.language_menu = add_language_menu(view_menu, self._settings, self._window)

        self._fill_help_menu()

    def _fill_help_menu(self) -> None:
        """How to, Phones and Wi-Fi (issue 13), then About."""
        help_menu = self.menus["help"]
        help_menu.addAction(self.act_help)
        help_menu.addAction(self.act_phones_help)
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
        self._window.addToolBar(bar)
        # Added to a window already on screen, Qt would show it on a later turn of the event loop; a window
        # closed before then would save it as hidden. (The saved state, restored after this, may hide it.)
        bar.show()
        self.view_toolbar = bar.toggleViewAction()
        self.view_toolbar.setText(self.tr("Show tool&bar"))
        self.menus["view"].insertAction(self.act_full_screen, self.view_toolbar)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = prefs.recent_archives(self._settings)
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name} — {path.parent}")
            action.setData(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        if not paths:
            none = self.recent_menu.addAction(self.tr("No recent archives"))
            none.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda: prefs.clear_recent_archives(self._settings))

    # ================================================================ help
    def show_help(self) -> QWidget:
        from pe_desktop.ui.main.help import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self._window)
            self._help.destroyed.connect(lambda *_: setattr(self, "_help", None))
            self._help.show()
        else:
            self._help.raise_()
            self._help.activateWindow()
        return self._help

    def show_phones_help(self) -> QWidget:
        """Help ▸ Phones and Wi-Fi (a new window each time; it closes itself)."""
        from pe_desktop.ui.dialogs.phones_help import PhonesHelpDialog

        dialog = PhonesHelpDialog(self._window)
        dialog.show()
        return dialog

    def show_about(self) -> QMessageBox:
        from pe_desktop.core.instruments import available_instruments
        from pe_desktop.ui.main.help import about_text
        from pe_desktop.ui.widgets.messages import show_info

        forms = available_instruments()
        framework = forms.get("partnership-equity")
        stages = forms.get("partnership-stage")
        headline, details = about_text(_version(), framework.source if framework else "", stages.source if stages else "")
        return show_info(self._window, self.tr("About pe_desktop"), headline, details)

    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.aboutQt()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pe-desktop")
    except PackageNotFoundError:
        return "dev"
