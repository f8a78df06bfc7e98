"""The main window: the archive browser and everything done between meetings.

Partnerships → sessions on the left (with a title filter that also searches
notes and action items, see :mod:`pe_desktop.ui.main.search_panel`), the selected
session's details on the right, menus File / Edit / Session / View / Help.
Trends, follow-up, merge and restore live in
:mod:`pe_desktop.ui.main.archive_tools`.
Creating, editing and deleting sessions are undoable (Edit ▸ Undo) until the
window closes; deleted sessions are purged then. Opening a session hands it to
the session console (another window).

Start-up cost matters here: this module and the window's constructor are on
the path to the first paint, which should come within 1.3× of an empty Qt
window's (``bench/bench_startup.py``). So the archive layer (sqlite-utils
pulls in numpy), reportlab, pyqtgraph and the console are imported only when
first needed, and the window is built in two steps:

- the constructor builds the window as it first appears: the menu bar with
  its menus' titles, the Find box, the browser (partnership/session tree),
  the details pane and the status bar;
- :meth:`MainWindow.complete` builds the rest: the actions, the menus'
  entries, the toolbar, the search results, the archive tools, and every
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

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.ui import settings as prefs
from pe_desktop.ui.main.browser_model import COL_TITLE, ID_ROLE, KIND_ROLE, SessionFilter, build_browser_model
from pe_desktop.ui.main.archive_tools import ArchiveTools
from pe_desktop.ui.main.exports import ExportCommands
from pe_desktop.ui.main.menus import MainMenus
from pe_desktop.ui.main.details import DetailsPane

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QStandardItemModel, QUndoStack
    from PySide6.QtWidgets import QMessageBox

    from pe_desktop.store import Archive
    from pe_desktop.ui.main.exports import ExportJob
    from pe_desktop.ui.main.search_panel import SearchResults
    from pe_desktop.ui.dialogs.session_dialog import SessionDialog

#: Files a drop onto the window may be (the archive's own and common SQLite names).
ARCHIVE_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".pe")
FILE_FILTER = "pe_desktop archives (*.sqlite *.sqlite3 *.db);;All files (*)"


class SearchBox(QLineEdit):
    """The filter box: Escape clears it, Down moves into the list."""

    def __init__(self, on_down: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_down = on_down

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_down()
            return
        super().keyPressEvent(event)


class MainWindow(MainMenus, ExportCommands, ArchiveTools, QMainWindow):
    """The archive browser. ``archive`` may be None (nothing open yet).

    ``complete_later`` (with no archive): build only what the first paint
    shows; the caller runs :meth:`complete` once it has painted (or
    :meth:`set_archive` does). The undo stack, the actions (``act_*``) and the
    menus' entries exist from then on.
    """

    #: Emitted with the archive's path when an archive has been opened (or "" when none is open).
    archiveChanged = Signal(str)

    def __init__(
        self, archive: Archive | None, settings: QSettings, parent: QWidget | None = None, *,
        complete_later: bool = False,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.archive: Archive | None = None
        self.consoles: dict[str, QWidget] = {}
        self.undo_stack: QUndoStack  # made by complete()
        self.export_jobs: list[ExportJob] = []
        self._fingerprint: tuple | None = None
        self._columns_sized = False
        self._help = None
        self._completed = False
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Partnership equity"))
        self.setAccessibleName(self.tr("Main window"))

        self._build_browser()
        self._build_menu_bar()
        self.status_archive = QLabel(self.tr("No archive open"))
        self.status_archive.setAccessibleName(self.tr("Archive file"))
        self.statusBar().addPermanentWidget(self.status_archive)
        self._restore_layout()
        if complete_later and archive is None:
            self.search.setEnabled(False)  # as _update_actions() leaves them with no archive
            self.details.new_button.setEnabled(False)
        else:
            self.set_archive(archive)

    # ================================================================ build
    def _build_browser(self) -> None:
        """The Find box, the partnership/session tree and the details pane (what the first paint shows)."""
        self.model: QStandardItemModel = build_browser_model([], [])
        self.proxy = SessionFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = SearchBox(self._focus_tree)
        self.search.setPlaceholderText(self.tr("Filter by title, or search notes and actions"))
        self.search.setAccessibleName(self.tr("Filter sessions by title"))
        self.search.setAccessibleDescription(
            self.tr("Sessions are filtered by title as you type; from three letters on, notes, quotes, dissent and "
                    "action items are searched too and listed under the sessions"))
        self.search.textChanged.connect(self._filter_changed)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Partnerships and sessions"))
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(False)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentRowChanged.connect(self._selection_changed)

        # our own words until complete() makes it plain text, before any archive's can reach it
        self.empty_label = QLabel(self.tr("Opening the archive…"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("Archive status"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search)
        left_layout.addLayout(search_row)
        # the search results go under the tree (complete() turns the splitter vertical and adds them)
        self.browser_splitter = QSplitter()
        self.browser_splitter.setObjectName("browserResultsSplitter")
        self.browser_splitter.addWidget(self.tree)
        self.browser_splitter.setChildrenCollapsible(False)
        left_layout.addWidget(self.browser_splitter, 1)
        left_layout.addWidget(self.empty_label)

        self.details = DetailsPane()
        self.details.openRequested.connect(lambda: self.open_console())
        self.details.editRequested.connect(lambda: self.edit_session())
        self.details.deleteRequested.connect(lambda: self.delete_session())
        self.details.newRequested.connect(lambda: self.new_session())

        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("browserSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def complete(self) -> None:
        """Build what the first paint does not need (once): see the module docstring."""
        if self._completed:
            return
        self._completed = True
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QToolButton

        from pe_desktop.ui.main.search_panel import SearchResults

        self.undo_stack = QUndoStack(self)
        for label in (self.status_archive, self.empty_label):  # file names, and messages quoting them
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.details.complete()
        self.search.setClearButtonEnabled(True)  # (shown once there is text: not needed for the first paint)
        for button in self.search.findChildren(QToolButton):  # the clear button Qt adds
            button.setAccessibleName(self.tr("Clear filter"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.search_results: SearchResults = SearchResults()
        self.browser_splitter.setOrientation(Qt.Orientation.Vertical)
        self.browser_splitter.addWidget(self.search_results)
        self.browser_splitter.setStretchFactor(0, 3)
        self.browser_splitter.setStretchFactor(1, 2)

        self._build_actions()
        self._fill_menus()
        self._build_archive_tools()
        self._build_toolbar()
        state = self.settings.value("main_window/state")  # the toolbar's place and visibility
        if isinstance(state, QByteArray):
            self.restoreState(state)

        QWidget.setTabOrder(self.search, self.tree)
        QWidget.setTabOrder(self.tree, self.search_results.list)
        QWidget.setTabOrder(self.search_results.list, self.details.open_button)
        QWidget.setTabOrder(self.details.open_button, self.details.edit_button)
        QWidget.setTabOrder(self.details.edit_button, self.details.delete_button)
        QWidget.setTabOrder(self.details.delete_button, self.details.new_button)
        self._update_actions()

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
        self.settings.setValue("main_window/header", self.tree.header().saveState())
        self.settings.setValue("main_window/details", not self.details.isHidden())
        self.settings.sync()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.act_full_screen.setChecked(self.isFullScreen())

    # ============================================================== archive
    def set_archive(self, archive: Archive | None, message: str = "") -> None:
        """Show ``archive`` (None: nothing open, with ``message`` saying why)."""
        self.complete()
        self.archive = archive
        self.undo_stack.clear()
        self._fingerprint = None
        self.search_results.set_archive(archive)
        if archive is None:
            self.setWindowFilePath("")
            self.setWindowTitle(self.tr("Partnership equity"))
            self.status_archive.setText(self.tr("No archive open"))
            self.empty_label.setText(message or self.tr("Opening the archive…"))
            self.empty_label.show()
            self._fill_browser([], [])
        else:
            path = Path(archive.path)
            self.setWindowFilePath(str(path))
            self.setWindowTitle(self.tr("%1 — Partnership equity").replace("%1", path.name))
            self.status_archive.setText(str(path))
            self.empty_label.hide()
            prefs.remember_archive(self.settings, path)
            self.refresh()
            if not self.tree.currentIndex().isValid():
                self._select_first_session()
        self._update_actions()
        self.archiveChanged.emit(str(archive.path) if archive else "")

    def close_archive(self) -> None:
        """Finish background work, purge sessions deleted in this window, then close the file."""
        for job in list(self.export_jobs):  # (a restore runs with no archive open: wait for it too)
            job.cancel()
            job.wait(30)
        self.export_jobs.clear()
        if self.archive is None:
            return
        self._archive_tools_closing()
        archive, self.archive = self.archive, None
        try:
            archive.purge_deleted()
        finally:
            archive.close()

    def close_consoles(self) -> bool:
        """Close every session console; False if one of them refused (e.g. the facilitator cancelled)."""
        for sid, console in list(self.consoles.items()):
            if not console.close():
                return False
            self.consoles.pop(sid, None)
        return True

    def open_archive_path(self, path: str | Path) -> bool:
        """Switch to the archive at ``path``; a refusal is shown and nothing changes."""
        from pe_desktop.store import Archive, ArchiveError

        path = Path(path).expanduser()
        if self.archive is not None and Path(self.archive.path).resolve() == path.resolve():
            self.refresh()
            return True
        if not self.close_consoles():
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

        start = str(Path(self.archive.path).parent) if self.archive else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open archive"), start, FILE_FILTER)
        if name:
            self.open_archive_path(name)

    def ask_new_archive(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self.archive.path).parent / "archive.sqlite") if self.archive else str(Path.home())
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

    # ============================================================== browser
    def _archive_fingerprint(self) -> tuple:
        """Cheap summary of what the browser shows, to skip needless rebuilds."""
        row = self.archive.query(
            """SELECT (SELECT count(*) FROM partnerships) AS p, (SELECT count(*) FROM sessions) AS s,
                      (SELECT max(updated_at) FROM sessions) AS u,
                      (SELECT count(*) FROM sessions WHERE deleted_at IS NULL) AS live,
                      (SELECT count(*) FROM participants) AS pa, (SELECT count(*) FROM notes) AS n,
                      (SELECT count(*) FROM actions) AS a,
                      (SELECT count(*) FROM actions WHERE status = 'open') AS ao,
                      (SELECT count(*) FROM groups) AS g"""
        )[0]
        return tuple(row.values())

    def refresh(self, force: bool = True) -> None:
        """Rebuild the browser from the archive, keeping selection and open partnerships."""
        if self.archive is None:
            return
        fingerprint = self._archive_fingerprint()
        if not force and fingerprint == self._fingerprint:
            return
        self._fingerprint = fingerprint
        selected = self.selected_id()
        collapsed = self._collapsed_partnerships()
        sessions = self.archive.sessions()
        live = {session["id"] for session in sessions}
        for sid, console in list(self.consoles.items()):
            if sid not in live:  # an undo took the session away: its console cannot stay open
                console.close()
        self._fill_browser(self.archive.partnerships(), sessions)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            self.tree.setExpanded(index, index.data(ID_ROLE) not in collapsed)
        if not self._columns_sized:  # first start: room for titles, the other columns fitted to what they hold
            self._columns_sized = True
            self.tree.setColumnWidth(COL_TITLE, 300)
            for column in range(1, self.model.columnCount()):
                self.tree.resizeColumnToContents(column)
        if self.search_results.query:
            self.search_results.run_now()  # a note may have been added or removed since
        if selected and not self.select_id(selected):
            self._select_first_session()
        self._show_details()
        self._update_actions()
        if not sessions:
            self.empty_label.setText(self.tr("This archive has no sessions yet. Session ▸ New session starts one."))
            self.empty_label.show()
        else:
            self.empty_label.hide()

    def _fill_browser(self, partnerships: list, sessions: list) -> None:
        """Rebuild the model, keeping the column widths (a model reset puts them back to Qt's default)."""
        header = self.tree.header()
        widths = header.saveState() if self._columns_sized else self.settings.value("main_window/header")
        build_browser_model(partnerships, sessions, self.model)
        if isinstance(widths, QByteArray) and header.restoreState(widths):
            self._columns_sized = True

    def _collapsed_partnerships(self) -> set[str]:
        if self._fingerprint is None or self.proxy.rowCount() == 0:
            saved = self.settings.value("main_window/collapsed", "")
            return set(saved.split("\n") if isinstance(saved, str) else []) - {""}
        collapsed = set()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if not self.tree.isExpanded(index):
                collapsed.add(index.data(ID_ROLE))
        return collapsed

    def _focus_tree(self) -> None:
        self.tree.setFocus()
        if not self.tree.currentIndex().isValid():
            self._select_first_session()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self.tree.expandAll()
        if not self.tree.currentIndex().isValid() or not self.tree.selectionModel().hasSelection():
            self._select_first_session()
        self._show_details()
        self._update_actions()

    def _iter_proxy(self, parent: QModelIndex = QModelIndex()):
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            yield index
            yield from self._iter_proxy(index)

    def visible_sessions(self) -> list[tuple[str, str]]:
        """(id, title) of the sessions the browser shows, top to bottom."""
        return [(i.data(ID_ROLE), i.data()) for i in self._iter_proxy() if i.data(KIND_ROLE) == "session"]

    def select_id(self, record_id: str) -> bool:
        """Select the row of a session or partnership; False if it is not shown."""
        for index in self._iter_proxy():
            if index.data(ID_ROLE) == record_id:
                self.tree.expand(index.parent())
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return True
        return False

    def _select_first_session(self) -> None:
        for index in self._iter_proxy():
            if index.data(KIND_ROLE) == "session":
                self.tree.setCurrentIndex(index)
                return
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def selected_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.sibling(index.row(), 0).data(ID_ROLE) if index.isValid() else None

    def selected_session_id(self) -> str | None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == "session":
            return index.data(ID_ROLE)
        return None

    def _selection_changed(self, *_: object) -> None:
        self._show_details()
        self._update_actions()

    def _show_details(self) -> None:
        index = self.tree.currentIndex()
        if self.archive is None or not index.isValid():
            self.details.show_nothing(self.tr("Choose a session on the left, or create a new one."))
            return
        record_id = index.sibling(index.row(), 0).data(ID_ROLE)
        if index.data(KIND_ROLE) == "partnership":
            partnership = self.archive.partnership(record_id)
            count = self.model.itemFromIndex(self.proxy.mapToSource(index.sibling(index.row(), 0))).rowCount()
            self.details.show_partnership(partnership, count)
            return
        session = self.archive.session(record_id)
        counts = self.archive.query(
            """SELECT (SELECT count(*) FROM participants WHERE session_id = :s) AS people,
                      (SELECT count(*) FROM notes WHERE session_id = :s) AS notes,
                      (SELECT count(*) FROM actions WHERE session_id = :s AND status = 'open') AS open_actions,
                      (SELECT count(*) FROM actions WHERE session_id = :s) AS actions""",
            {"s": record_id},
        )[0]
        self.details.show_session(session, self.archive.groups(record_id), counts["people"], counts["notes"],
                                  counts["open_actions"], counts["actions"])

    def _activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "session":
            self.open_console(index.data(ID_ROLE))
        else:
            self.tree.setExpanded(index.sibling(index.row(), 0), not self.tree.isExpanded(index.sibling(index.row(), 0)))

    def _update_actions(self) -> None:
        if not self._completed:  # nothing is open yet, and the constructor disabled what is there
            return
        has_archive = self.archive is not None
        has_session = has_archive and self.selected_session_id() is not None
        for action in (self.act_new_session, self.act_import_form, self.act_refresh, self.act_expand,
                       self.act_collapse):
            action.setEnabled(has_archive)
        for action in (self.act_edit_session, self.act_delete_session, self.act_open_console, self.act_export_pdf,
                       self.act_print_ballots, self.act_export_csv):
            action.setEnabled(has_session)
        self.search.setEnabled(has_archive)
        self.details.new_button.setEnabled(has_archive)
        self._update_archive_tools()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Coming back from a console: participant counts and statuses may have changed.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.archive is not None:
            self.refresh(force=False)
        super().changeEvent(event)

    # ============================================================= sessions
    def _instruments(self) -> dict:
        from pe_desktop.core.instruments import available_instruments

        return available_instruments()

    def _suggest_groups(self, partnership_name: str) -> list[tuple[str, str]]:
        """The groups of the partnership's latest session: the same people usually come back."""
        if self.archive is None:
            return []
        rows = self.archive.query(
            """SELECT g.name, g.position FROM groups g WHERE g.session_id = (
                   SELECT s.id FROM sessions s JOIN partnerships p ON p.id = s.partnership_id
                   WHERE p.name = ? AND s.deleted_at IS NULL
                   ORDER BY coalesce(s.held_on, substr(s.created_at, 1, 10)) DESC, s.created_at DESC LIMIT 1)
               ORDER BY g.sort, g.name""",
            [partnership_name],
        )
        return [(r["name"], r["position"]) for r in rows]

    def new_session(self) -> SessionDialog | None:
        """Open the New session dialog (non-blocking); saving creates the session."""
        if self.archive is None:
            return None
        from PySide6.QtCore import Qt

        from pe_desktop.ui.dialogs.session_dialog import SessionDialog

        instruments = self._instruments()
        partnerships = [p["name"] for p in self.archive.partnerships()]
        dialog = SessionDialog(instruments, partnerships, self, suggest_groups=self._suggest_groups)
        index = self.tree.currentIndex()
        if index.isValid():
            partnership_index = index if index.data(KIND_ROLE) == "partnership" else index.parent()
            name = partnership_index.sibling(partnership_index.row(), 0).data()
            if name:
                dialog.partnership.setEditText(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create_from(dialog, instruments))
        dialog.open()
        return dialog

    def _create_from(self, dialog: SessionDialog, instruments: dict) -> None:
        from pe_desktop.store import ArchiveError
        from pe_desktop.ui.main.browser_edits import create_session
        from pe_desktop.ui.widgets.messages import show_problem

        form = dialog.values()
        try:
            sid, edit = create_session(self.archive, form, instruments[form.instrument_key])
        except ArchiveError as exc:
            show_problem(self, self.tr("The session was not created"), str(exc))
            return
        self.undo_stack.push(edit.command(self._after_edit))
        self.refresh()
        self.select_id(sid)
        self.statusBar().showMessage(self.tr("Session “%1” created").replace("%1", form.title), 5000)
        self.offer_followup(sid)

    def edit_session(self, session_id: str | None = None) -> SessionDialog | None:
        sid = session_id or self.selected_session_id()
        if self.archive is None or sid is None:
            return None
        from PySide6.QtCore import Qt

        from pe_desktop.ui.dialogs.session_dialog import SessionDialog

        session = self.archive.session(sid)
        dialog = SessionDialog({}, [session["partnership"]], self, session=session, groups=self.archive.groups(sid),
                               languages=self.archive.instrument(sid).languages)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_edit(sid, dialog))
        dialog.open()
        return dialog

    def _save_edit(self, session_id: str, dialog: SessionDialog) -> None:
        from pe_desktop.store import ArchiveError
        from pe_desktop.ui.main.browser_edits import edit_session
        from pe_desktop.ui.widgets.messages import show_problem

        try:
            edit = edit_session(self.archive, session_id, dialog.values())
        except ArchiveError as exc:
            show_problem(self, self.tr("The changes were not saved"), str(exc))
            return
        if edit is not None:
            console = self.consoles.get(session_id)
            if console is not None:
                # the running session's views reload at once, and its own Edit ▸ Undo takes the change back
                controller = console.controller
                controller.push(edit.text, edit.redo, edit.undo, controller.sessionChanged)
            else:
                self.undo_stack.push(edit.command(self._after_edit))
        self.refresh()

    def delete_session(self, session_id: str | None = None) -> QMessageBox | None:
        """Ask, then soft-delete (Edit ▸ Undo restores it until the window closes)."""
        sid = session_id or self.selected_session_id()
        if self.archive is None or sid is None:
            return None
        from pe_desktop.ui.widgets.messages import ask, show_problem

        session = self.archive.session(sid)
        if sid in self.consoles:
            return show_problem(self, self.tr("Delete session"),
                                self.tr("“%1” is open in a console. Close the console first.").replace("%1", session["title"]))
        return ask(
            self, self.tr("Delete session"),
            self.tr("Delete the session “%1”?").replace("%1", session["title"]),
            self.tr("Delete"), lambda: self._delete(sid),
            informative=self.tr("Its ratings, notes and action items go with it. You can undo this "
                                "(Edit ▸ Undo) until you close this window."),
            destructive=True,
        )

    def _delete(self, session_id: str) -> None:
        from pe_desktop.ui.main.browser_edits import delete_session

        self.undo_stack.push(delete_session(self.archive, session_id).command(self._after_edit))
        self.refresh()
        self.statusBar().showMessage(self.tr("Session deleted. Ctrl+Z brings it back."), 8000)

    def _after_edit(self) -> None:
        """After an undo or redo: show the archive as it now is."""
        self.refresh()

    # ============================================================= consoles
    def open_console(self, session_id: str | None = None) -> QWidget | None:
        """Open (or bring forward) the session console of a session."""
        sid = session_id or self.selected_session_id()
        if self.archive is None or sid is None:
            return None
        from PySide6.QtCore import Qt

        from pe_desktop.ui.widgets.messages import show_problem

        console = self.consoles.get(sid)
        if console is not None:
            console.showNormal()
            console.raise_()
            console.activateWindow()
            return console
        try:
            from pe_desktop.ui.console.window import SessionConsole
        except ModuleNotFoundError as exc:
            if exc.name != "pe_desktop.ui.console.window":
                raise
            show_problem(self, self.tr("Session console"), self.tr("The session console is not part of this build."))
            return None
        console = SessionConsole(self.archive, sid)
        console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        console.destroyed.connect(lambda *_: self._console_closed(sid))
        self.consoles[sid] = console
        console.show()
        return console

    def _console_closed(self, session_id: str) -> None:
        self.consoles.pop(session_id, None)
        if self.archive is not None:
            self.refresh(force=False)

    # =============================================================== forms
    def ask_import_form(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import form"), str(Path.home()),
                                              self.tr("Forms (*.toml);;All files (*)"))
        if name:
            self.import_form_path(name)

    def import_form_path(self, path: str | Path) -> bool:
        """Validate a form file and copy it into the user forms folder."""
        from pe_desktop.ui.dialogs.form_import import FormImportError, import_form
        from pe_desktop.ui.widgets.messages import show_info, show_problem

        try:
            result = import_form(Path(path))
        except FormImportError as exc:
            show_problem(self, self.tr("Import form"), exc.headline, exc.details)
            return False
        show_info(self, self.tr("Import form"), result)
        return True

    # ======================================================== first run
    def offer_demo(self) -> QMessageBox:
        """First run: ask whether to load the example partnership."""
        from pe_desktop.ui.widgets.messages import ask

        return ask(
            self, self.tr("Welcome"), self.tr("Load an example session?"), self.tr("Load example"),
            self.load_demo,
            informative=self.tr("The example is a partnership with one finished session (two rounds, notes and "
                                "action items) and one session ready to run. You can delete it later."),
            no_text=self.tr("Start empty"),
        )

    def load_demo(self) -> None:
        if self.archive is None:
            return
        from pe_desktop.demo import create_demo

        ids = create_demo(self.archive)
        self.refresh()
        self.select_id(ids["ready"])

    # =============================================================== close
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.complete()  # closed at once after the start: the toolbar's state is saved as it was restored
        if not self.close_consoles():
            event.ignore()
            return
        self.settings.setValue("main_window/collapsed", "\n".join(sorted(self._collapsed_partnerships())))
        self.save_layout()
        self.close_archive()
        if self._help is not None:
            self._help.close()
        super().closeEvent(event)
