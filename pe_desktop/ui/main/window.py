"""The main window: the archive browser and everything done between meetings.

Partnerships → sessions on the left (with a title filter that also searches
notes and action items), the selected session's details on the right, menus
File / Edit / Session / View / Help. The window is composed of parts it owns,
each given what it needs when it is made:

- :class:`~pe_desktop.ui.main.holder.ArchiveHolder`: the open archive, which
  only this window sets (opening, creating, dropping, restoring archives);
- :class:`~pe_desktop.ui.main.browser.Browser`: the Find box, the tree, the
  search results and what the details pane shows;
- :class:`~pe_desktop.ui.main.consoles.Consoles`: the session consoles open;
- :class:`~pe_desktop.ui.main.menus.MainMenus`: actions, menus, toolbar, Help;
- :class:`~pe_desktop.ui.main.sessions.SessionCommands`: new, edit, delete,
  follow-up, forms, the example (undoable until the window closes; deleted
  sessions wait in File ▸ Trash, never purged on close);
- :class:`~pe_desktop.ui.main.exports.ExportCommands` and
  :class:`~pe_desktop.ui.main.archive_tools.ArchiveTools` (trends, merge,
  restore), whose long work runs as jobs the window waits for on closing.

Start-up cost matters here: this module and the window's constructor are on
the path to the first paint, which should come within 1.3× of an empty Qt
window's (``bench/bench_startup.py``). So the archive layer (sqlite-utils
pulls in numpy), reportlab, pyqtgraph and the console are imported only when
first needed, and the window is built in two steps:

- the constructor builds the window as it first appears: the menu bar with
  its menus' titles, the Find box, the browser (partnership/session tree),
  the details pane and the status bar;
- :meth:`MainWindow.complete` builds the rest: the undo stack, the command
  parts, the actions, the menus' entries, the toolbar, the search results, and every
  setting that needs PySide6's ``Qt`` namespace, whose first use builds
  Python types for all of its enums: about 13 ms, half of what 1.3× of an
  empty window's start leaves for the whole program. That is why no module
  on the way to the first paint imports ``Qt`` (or a Qt class the first
  paint does not need) at the top.

``MainWindow(..., complete_later=True)`` (the start-up path, see
``pe_desktop.app``) leaves the second step for right after the first paint;
otherwise the constructor does both. :meth:`set_archive` completes the window
first in any case, so nothing of an archive is shown by a half-built window.
The window can exist without an archive (``archive=None``): a damaged archive
leaves a usable window from which another one can be opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from pe_desktop.ui import settings as prefs
from pe_desktop.ui.main.browser import Browser
from pe_desktop.ui.main.consoles import Consoles
from pe_desktop.ui.main.details import DetailsPane
from pe_desktop.ui.main.holder import ArchiveHolder
from pe_desktop.ui.main.menus import MainMenus, MenuSlots
from pe_desktop.ui.widgets.jobs import JobList

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from pe_desktop.store import Archive
    from pe_desktop.ui.main.archive_tools import ArchiveTools
    from pe_desktop.ui.main.exports import ExportCommands
    from pe_desktop.ui.main.records_tools import RecordsTools
    from pe_desktop.ui.main.sessions import SessionCommands
    from pe_desktop.ui.undo import SafeUndoStack

#: Files a drop onto the window may be (the archive's own and common SQLite names).
ARCHIVE_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".pe")
FILE_FILTER = "pe_desktop archives (*.sqlite *.sqlite3 *.db);;All files (*)"


class MainWindow(QMainWindow):
    """The archive browser. ``archive`` may be None (nothing open yet).

    ``complete_later`` (with no archive): build only what the first paint
    shows; the caller runs :meth:`complete` once it has painted (or
    :meth:`set_archive` does). The undo stack, the command parts (``sessions``,
    ``exports``, ``tools``) and the menus' actions exist from then on.
    """

    #: Emitted with the archive's path when an archive has been opened (or "" when none is open).
    archiveChanged = Signal(str)

    def __init__(
        self, archive: Archive | None, settings: QSettings, parent: QWidget | None = None, *,
        complete_later: bool = False,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.holder = ArchiveHolder()
        self.jobs = JobList()
        self.consoles = Consoles(self.holder, self)
        self.details = DetailsPane()
        self.browser = Browser(self.holder, settings, self.consoles, self.details, self)
        self.menu = MainMenus(self, settings)
        # made by complete():
        self.undo_stack: SafeUndoStack
        self.sessions: SessionCommands
        self.exports: ExportCommands
        self.tools: ArchiveTools
        self.records: RecordsTools
        self._completed = False
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Partnership equity"))
        self.setAccessibleName(self.tr("Main window"))

        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("browserSplitter")
        self.splitter.addWidget(self.browser.widget)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.status_archive = QLabel(self.tr("No archive open"))
        self.status_archive.setAccessibleName(self.tr("Archive file"))
        self.statusBar().addPermanentWidget(self.status_archive)
        self._restore_layout()
        if complete_later and archive is None:
            self.browser.search.setEnabled(False)  # as _update_actions() leaves them with no archive
            self.details.new_button.setEnabled(False)
        else:
            self.set_archive(archive)

    @property
    def archive(self) -> Archive | None:
        """The archive open in this window (its parts read it from :attr:`holder`)."""
        return self.holder.archive

    # ================================================================ build
    def complete(self) -> None:
        """Build what the first paint does not need (once): see the module docstring."""
        if self._completed:
            return
        self._completed = True
        from PySide6.QtCore import Qt

        from pe_desktop.ui.main.archive_tools import ArchiveTools
        from pe_desktop.ui.main.exports import ExportCommands
        from pe_desktop.ui.main.records_tools import RecordsTools
        from pe_desktop.ui.main.sessions import SessionCommands
        from pe_desktop.ui.undo import SafeUndoStack

        self.undo_stack = SafeUndoStack(self)  # asks before an undo would remove recorded data
        self.status_archive.setTextFormat(Qt.TextFormat.PlainText)  # a file name
        self.details.complete()
        self.browser.complete()
        self.sessions = SessionCommands(self.holder, self.browser, self.consoles, self.undo_stack, self)
        self.exports = ExportCommands(self.holder, self.browser, self.settings, self.jobs, self)
        self.records = RecordsTools(self.holder, self.browser, self.settings, self)
        self.tools = ArchiveTools(self.holder, self.browser, self.consoles, self.settings, self.jobs, self, self,
                                  self.records)
        self.menu.build(self._menu_slots(), self.undo_stack, self.browser.tree, self.details)
        state = self.settings.value("main_window/state")  # the toolbar's place and visibility
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self._connect_parts()
        self._set_tab_order()
        self._update_actions()

    def _menu_slots(self) -> MenuSlots:
        b, s, e, t, r = self.browser, self.sessions, self.exports, self.tools, self.records
        return MenuSlots(
            new_archive=self.ask_new_archive, open_archive=self.ask_open_archive, open_recent=self.open_archive_path,
            import_form=s.ask_import_form, import_ratings=r.ask_import_ratings, partnerships=r.show_partnerships,
            conflicts=r.show_conflicts, merge=t.ask_merge_archive, restore=t.show_restore_dialog,
            export_pdf=e.ask_export_summary_pdf, print_ballots=e.ask_print_ballots, export_csv=e.ask_export_csv,
            export_session_file=e.ask_export_session_file, quit=self.close, find=b.focus_search,
            new_session=s.new_session, open_console=lambda: self.consoles.open(b.selected_session_id()),
            edit_session=s.edit_session, review_actions=s.review_earlier_actions, delete_session=s.delete_session,
            refresh=b.refresh, trends=t.show_trends, full_screen=self.toggle_full_screen, trash=self.show_trash,
        )

    def _connect_parts(self) -> None:
        self.browser.selectionChanged.connect(self._update_actions)
        self.consoles.closed.connect(lambda _sid: self.browser.refresh(force=False))
        self.details.openRequested.connect(lambda: self.consoles.open(self.browser.selected_session_id()))
        self.details.editRequested.connect(lambda: self.sessions.edit_session())
        self.details.deleteRequested.connect(lambda: self.sessions.delete_session())
        self.details.newRequested.connect(lambda: self.sessions.new_session())
        self.details.trendRequested.connect(lambda: self.tools.show_trends())

    def _set_tab_order(self) -> None:
        chain = (self.browser.search, self.browser.tree, self.browser.search_results.list, self.details.open_button,
                 self.details.edit_button, self.details.delete_button, self.details.new_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ========================================================== window state
    def _restore_layout(self) -> None:
        """Size, place and proportions as the window was left (the toolbar's state: in complete())."""
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = self.settings.value("main_window/splitter")
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            # first start: three quarters for the browser (set here, not left to the panes' size hints,
            # which depend on what the details pane holds when the window is first shown)
            self.splitter.setSizes([900, 300])
        details = self.settings.value("main_window/details", True)
        self.details.setVisible(details not in (False, "false", "0"))  # View ▸ Show details follows it

    def save_layout(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState())
        self.settings.setValue("main_window/splitter", self.splitter.saveState())
        self.settings.setValue("main_window/header", self.browser.tree.header().saveState())
        self.settings.setValue("main_window/details", not self.details.isHidden())
        self.settings.sync()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.menu.act_full_screen.setChecked(self.isFullScreen())

    def _update_actions(self) -> None:
        if not self._completed:  # nothing is open yet, and the constructor disabled what is there
            return
        has_archive = self.holder.archive is not None
        has_session = has_archive and self.browser.selected_session_id() is not None
        has_partnership = has_archive and self.browser.selected_partnership_id() is not None
        self.menu.set_enabled_for(has_archive, has_session, has_partnership)
        self.browser.search.setEnabled(has_archive)
        self.details.new_button.setEnabled(has_archive)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Coming back from a console: participant counts and statuses may have changed.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.holder.archive is not None:
            self.browser.refresh(force=False)
            if self._completed:
                self.undo_stack.drop_ended()  # "Undo New session" ends once the session has content
        super().changeEvent(event)

    def show_trash(self) -> object:
        """File ▸ Trash: what was deleted, to restore or to empty (pe_desktop/ui/dialogs/trash.py)."""
        from pe_desktop.ui.dialogs.trash import open_trash

        return open_trash(self, self.holder.archive, self.undo_stack, self.browser.refresh, lambda: len(self.consoles))

    # ============================================================== archive
    def set_archive(self, archive: Archive | None, message: str = "") -> None:
        """Show ``archive`` (None: nothing open, with ``message`` saying why)."""
        self.complete()
        self.holder.archive = archive
        self.undo_stack.clear()
        if archive is None:
            self.setWindowFilePath("")
            self.setWindowTitle(self.tr("Partnership equity"))
            self.status_archive.setText(self.tr("No archive open"))
        else:
            path = Path(archive.path)
            self.setWindowFilePath(str(path))
            self.setWindowTitle(self.tr("%1 — Partnership equity").replace("%1", path.name))
            self.status_archive.setText(str(path))
            prefs.remember_archive(self.settings, path)
        self.browser.show_archive(message)
        self._update_actions()
        self.archiveChanged.emit(str(archive.path) if archive else "")

    def close_archive(self) -> None:
        """Finish background work, then close the file (what was deleted stays in the Trash: nothing is purged)."""
        self.jobs.finish_all()  # (a restore runs with no archive open: wait for it too)
        if self.holder.archive is None:
            return
        self.tools.closing()
        archive, self.holder.archive = self.holder.archive, None
        archive.close()

    def open_archive_path(self, path: str | Path) -> bool:
        """Switch to the archive at ``path``; a refusal is shown and nothing changes."""
        from pe_desktop.store import Archive, ArchiveError

        path = Path(path).expanduser()
        if self.holder.archive is not None and Path(self.holder.archive.path).resolve() == path.resolve():
            self.browser.refresh()
            return True
        if not self.consoles.close_all():
            return False
        try:
            archive = Archive.open(path)
        except ArchiveError as exc:
            from pe_desktop.ui.widgets.messages import show_problem

            show_problem(self, self.tr("Cannot open this archive"), str(exc))
            return False
        self.close_archive()
        self.set_archive(archive)
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 5000)
        return True

    def new_archive_path(self, path: str | Path) -> bool:
        """Create an empty archive at ``path`` (an existing file is never overwritten)."""
        path = Path(path).expanduser()
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.exists() and path.stat().st_size > 0:
            from pe_desktop.ui.widgets.messages import show_problem

            show_problem(self, self.tr("New archive"),
                         self.tr("%1 already exists. Use File ▸ Open archive to open it.").replace("%1", str(path)))
            return False
        return self.open_archive_path(path)

    def ask_open_archive(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self.holder.archive.path).parent) if self.holder.archive else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open archive"), start, FILE_FILTER)
        if name:
            self.open_archive_path(name)

    def ask_new_archive(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        archive = self.holder.archive
        start = str(Path(archive.path).parent / "archive.sqlite") if archive else str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New archive"), start, FILE_FILTER, options=QFileDialog.Option.DontConfirmOverwrite
        )
        if name:
            self.new_archive_path(name)

    # --------------------------------------------------------------- drops
    @staticmethod
    def _dropped_archive(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in ARCHIVE_SUFFIXES:
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped_archive(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        path = self._dropped_archive(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # open after the drop returns, so the source application is not kept waiting
        QTimer.singleShot(0, lambda: self.open_archive_path(path))

    # =============================================================== close
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.complete()  # closed at once after the start: the toolbar's state is saved as it was restored
        if not self.consoles.close_all():
            event.ignore()
            return
        self.settings.setValue("main_window/collapsed", "\n".join(sorted(self.browser.collapsed_partnerships())))
        self.save_layout()
        self.close_archive()
        self.menu.close_help()
        super().closeEvent(event)
