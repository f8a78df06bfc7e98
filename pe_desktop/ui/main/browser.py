"""The main window's archive browser: the Find box, the partnership/session tree, the details pane's contents.

Partnerships → sessions, filtered by title as you type (and, from three
letters on, by full-text search: :mod:`pe_desktop.ui.main.search_panel`, whose
results go under the tree once the window is completed). The selected row's
details are shown in :class:`~pe_desktop.ui.main.details.DetailsPane`.

Owned by :class:`~pe_desktop.ui.main.window.MainWindow`, which places
:attr:`Browser.widget` and the details pane. This module is on the way to the
window's first paint: ``Qt`` and the search panel are imported by
:meth:`Browser.complete`, after it (see the window module's docstring).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.ui.main.browser_model import (
    COL_PARTICIPANTS,
    COL_TITLE,
    ID_ROLE,
    KIND_ROLE,
    SessionFilter,
    build_browser_model,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QStandardItemModel

    from pe_desktop.session.views.history import RecordHistory
    from pe_desktop.store.search import SearchHit
    from pe_desktop.ui.main.consoles import Consoles
    from pe_desktop.ui.main.details import DetailsPane
    from pe_desktop.ui.main.holder import ArchiveHolder
    from pe_desktop.ui.main.search_panel import SearchResults


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


class Browser(QObject):
    """What the archive holds, as a tree to pick from; the window acts on :meth:`selected_session_id`."""

    #: The current row changed, or what can be done with it did (the window updates its actions).
    selectionChanged = Signal()

    def __init__(
        self, holder: ArchiveHolder, settings: QSettings, consoles: Consoles, details: DetailsPane,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._holder = holder
        self._settings = settings
        self._consoles = consoles
        self.details = details
        self._fingerprint: tuple | None = None
        self._columns_sized = False
        self.model: QStandardItemModel = build_browser_model([], [])
        self.proxy = SessionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = self._build_search()
        self.tree = self._build_tree()
        # our own words until complete() makes it plain text, before any archive's can reach it
        self.empty_label = QLabel(self.tr("Opening the archive…"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("Archive status"))
        self.search_results: SearchResults  # made by complete()
        self.widget = self._build_layout()

    def _build_search(self) -> SearchBox:
        search = SearchBox(self.focus_tree)
        search.setPlaceholderText(self.tr("Filter by title, or search notes and actions"))
        search.setAccessibleName(self.tr("Filter sessions by title"))
        search.setAccessibleDescription(
            self.tr("Sessions are filtered by title as you type; from three letters on, notes, quotes, dissent and "
                    "action items are searched too and listed under the sessions"))
        search.textChanged.connect(self._filter_changed)
        return search

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.proxy)
        tree.setAccessibleName(self.tr("Partnerships and sessions"))
        tree.header().setAccessibleName(self.tr("Columns"))
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSortingEnabled(False)
        tree.activated.connect(self._activated)
        tree.selectionModel().currentRowChanged.connect(self._selection_changed)
        return tree

    def _build_layout(self) -> QWidget:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("Fi&nd:"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search)
        left_layout.addLayout(search_row)
        # the search results go under the tree (complete() turns the splitter vertical and adds them)
        self.splitter = QSplitter()
        self.splitter.setObjectName("browserResultsSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.setChildrenCollapsible(False)
        left_layout.addWidget(self.splitter, 1)
        left_layout.addWidget(self.empty_label)
        return left

    def complete(self) -> None:
        """The second build step (see the window module): plain-text labels, the search results, the context menu."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolButton

        from pe_desktop.ui.main.search_panel import SearchResults

        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # messages quoting file names
        self.search.setClearButtonEnabled(True)  # (shown once there is text: not needed for the first paint)
        for button in self.search.findChildren(QToolButton):  # the clear button Qt adds
            button.setAccessibleName(self.tr("Clear filter"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        from pe_desktop.ui.widgets.history_action import history_action  # History… (issue 12), one hook

        self.act_history = history_action(self.tree, self._selected_history)
        self.search_results = SearchResults()
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.search_results)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.search_results.sessionsFound.connect(self._search_found)
        self.search_results.hitSelected.connect(lambda hit: self.select_id(hit.session_id))
        self.search_results.hitActivated.connect(self._search_hit_activated)
        self.search.textChanged.connect(self.search_results.schedule)

    def _selected_history(self) -> RecordHistory | None:
        """The selected session's versions (the session layer's views are imported when first asked)."""
        from pe_desktop.session.views.history import session_history

        sid, archive = self.selected_session_id(), self._holder.archive
        return session_history(archive, sid) if sid and archive is not None else None

    # ============================================================== filling
    def show_archive(self, message: str = "") -> None:
        """Show the holder's archive as it now is (after it was switched); ``message``: why nothing is open."""
        self._fingerprint = None
        self.search_results.set_archive(self._holder.archive)
        if self._holder.archive is None:
            self.empty_label.setText(message or self.tr("Opening the archive…"))
            self.empty_label.show()
            self._fill([], [])
            return
        self.empty_label.hide()
        self.refresh()
        if not self.tree.currentIndex().isValid():
            self._select_first_session()

    def _archive_fingerprint(self) -> tuple:
        """Cheap summary of what the browser shows, to skip needless rebuilds."""
        archive = self._holder.archive
        return tuple(archive.archive_counts().as_dict().values()) if archive is not None else ()

    def refresh(self, force: bool = True) -> None:
        """Rebuild the browser from the archive, keeping selection and open partnerships."""
        archive = self._holder.archive
        if archive is None:
            return
        fingerprint = self._archive_fingerprint()
        if not force and fingerprint == self._fingerprint:
            return
        self._fingerprint = fingerprint
        selected = self.selected_id()
        collapsed = self.collapsed_partnerships()
        sessions = archive.sessions()
        self._consoles.close_gone({session.id for session in sessions})
        self._fill(archive.partnerships(), sessions)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            self.tree.setExpanded(index, index.data(ID_ROLE) not in collapsed)
        self._size_columns_once()
        # "16 people · 20 show-of-hands votes" may be wider than what the column held (rows expanded by now)
        header = self.tree.header()
        header.resizeSection(COL_PARTICIPANTS, max(header.sectionSize(COL_PARTICIPANTS),
                                                   self.tree.sizeHintForColumn(COL_PARTICIPANTS)))
        if self.search_results.query:
            self.search_results.run_now()  # a note may have been added or removed since
        if selected and not self.select_id(selected):
            self._select_first_session()
        self._show_details()
        self.selectionChanged.emit()
        if not sessions:
            self.empty_label.setText(self.tr("This archive has no sessions yet. Session ▸ New session starts one."))
            self.empty_label.show()
        else:
            self.empty_label.hide()

    def _size_columns_once(self) -> None:
        """First start: room for titles, the other columns fitted to what they hold."""
        if self._columns_sized:
            return
        self._columns_sized = True
        self.tree.setColumnWidth(COL_TITLE, 300)
        for column in range(1, self.model.columnCount()):
            self.tree.resizeColumnToContents(column)

    def _fill(self, partnerships: list, sessions: list) -> None:
        """Rebuild the model, keeping the column widths (a model reset puts them back to Qt's default)."""
        header = self.tree.header()
        widths = header.saveState() if self._columns_sized else self._settings.value("main_window/header")
        archive = self._holder.archive
        counts = None
        if archive is not None and sessions:  # the session layer is not imported before the first paint
            from pe_desktop.session.views.turnout import turnouts

            counts = turnouts(archive)
        build_browser_model(partnerships, sessions, self.model, counts)
        if isinstance(widths, QByteArray) and header.restoreState(widths):
            self._columns_sized = True


    def collapsed_partnerships(self) -> set[str]:
        """Ids of the partnerships shown collapsed (as saved, before the first fill)."""
        if self._fingerprint is None or self.proxy.rowCount() == 0:
            saved = self._settings.value("main_window/collapsed", "")
            return set(saved.split("\n") if isinstance(saved, str) else []) - {""}
        collapsed = set()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if not self.tree.isExpanded(index):
                collapsed.add(index.data(ID_ROLE))
        return collapsed

    # ============================================================ filtering
    def focus_tree(self) -> None:
        self.tree.setFocus()
        if not self.tree.currentIndex().isValid():
            self._select_first_session()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _search_found(self, session_ids: set[str]) -> None:
        self.proxy.set_found(session_ids)
        if session_ids:
            self._after_filter()

    def _after_filter(self) -> None:
        self.tree.expandAll()
        if not self.tree.currentIndex().isValid() or not self.tree.selectionModel().hasSelection():
            self._select_first_session()
        self._show_details()
        self.selectionChanged.emit()

    def _search_hit_activated(self, hit: SearchHit) -> None:
        """Select the session; a note or an action item opens in the console, where it can be edited."""
        from pe_desktop.ui.main.search_panel import show_in_console

        if not self.select_id(hit.session_id):
            return
        if hit.kind == "session":
            self.tree.setFocus()
            return
        console = self._consoles.open(hit.session_id)
        if console is not None:
            show_in_console(console, hit)

    # ============================================================ selection
    def _iter_proxy(self, parent: QModelIndex = QModelIndex()) -> Iterator[QModelIndex]:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            yield index
            yield from self._iter_proxy(index)

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

    def selected_partnership_id(self) -> str | None:
        """The selected partnership, or the selected session's."""
        index = self.tree.currentIndex()
        if self._holder.archive is None or not index.isValid():
            return None
        first = index.sibling(index.row(), 0)
        if first.data(KIND_ROLE) == "partnership":
            return first.data(ID_ROLE)
        parent = first.parent()
        return parent.data(ID_ROLE) if parent.isValid() else None

    def selected_partnership_name(self) -> str | None:
        """The name of the selected partnership, or of the selected session's (to preset a new session's)."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        partnership_index = index if index.data(KIND_ROLE) == "partnership" else index.parent()
        return partnership_index.sibling(partnership_index.row(), 0).data() or None

    def _selection_changed(self, *_: object) -> None:
        self._show_details()
        self.selectionChanged.emit()

    def _show_details(self) -> None:
        index = self.tree.currentIndex()
        archive = self._holder.archive
        if archive is None or not index.isValid():
            self.details.show_nothing(self.tr("Choose a session on the left, or create a new one."))
            return
        record_id = index.sibling(index.row(), 0).data(ID_ROLE)
        if index.data(KIND_ROLE) == "partnership":
            partnership = archive.partnership(record_id)
            count = self.model.itemFromIndex(self.proxy.mapToSource(index.sibling(index.row(), 0))).rowCount()
            self.details.show_partnership(partnership, count)
            return
        session = archive.session(record_id)
        from pe_desktop.session.views.turnout import turnout

        counts = archive.session_counts(record_id)
        self.details.show_session(session, archive.groups(record_id), turnout(archive, record_id), counts.notes,
                                  counts.open_actions, counts.actions)

    def _activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "session":
            self._consoles.open(index.data(ID_ROLE))
        else:
            first = index.sibling(index.row(), 0)
            self.tree.setExpanded(first, not self.tree.isExpanded(first))
