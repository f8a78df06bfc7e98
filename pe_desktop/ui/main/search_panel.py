"""Full-text search from the archive browser's Find box.

The Find box has always filtered sessions by title as you type; that stays,
instant, for every query. Once the query has a few letters, the archive's
FTS5 indexes (:func:`pe_desktop.store.search.search`) are searched too, a
quarter second after the last key press, and the hits (session titles,
notes, quotes, dissent, action items) are listed under the browser. A
session with a hit stays visible in the browser even when its title does not
match, so picking a hit can always select its session.

Snippets are participants' words: they are shown as plain item text, with
the matched words in [brackets] (the store's plain-text marker), never as
markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.ui.widgets.common import accessible, plain_label
from pe_desktop.ui.widgets.plain_text import plain_tooltip

if TYPE_CHECKING:
    from pe_desktop.store import Archive
    from pe_desktop.store.search import SearchHit
    from pe_desktop.ui.console.window import SessionConsole

#: Wait this long after the last key press before searching (ms).
DEBOUNCE_MS = 250
#: Queries shorter than this (letters and digits) only filter titles: one or two
#: letters as prefixes would match most of the archive.
MIN_CHARS = 3
#: Hits listed at most.
LIMIT = 100
#: Put around each matched word of a snippet; plain text, never markup.
MARK = ("[", "]")
#: Words of context per snippet: a note is short, and the tooltip shows it whole.
SNIPPET_WORDS = 24

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchPanel", text)


def kind_label(kind: str) -> str:
    return {
        "session": _tr("Session title"), "note": _tr("Note"), "quote": _tr("Quote"),
        "dissent": _tr("Dissent"), "action": _tr("Action item"),
    }.get(kind, kind)


def searchable(text: str) -> bool:
    """Whether the query is long enough for full-text search."""
    return sum(ch.isalnum() for ch in text) >= MIN_CHARS


class SearchResults(QWidget):
    """The hit list under the browser; hidden while there is no full-text query."""

    #: The set of session ids with a hit changed (empty: no full-text query).
    sessionsFound = Signal(object)
    #: A hit became current (click, arrow keys): its session should be selected.
    hitSelected = Signal(object)
    #: A hit was activated (double click, Enter): show where it is.
    hitActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.query = ""
        self.hits: list[SearchHit] = []
        self.setAccessibleName(self.tr("Search results"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)

        self.label = plain_label("", self.tr("Search result count"), self)
        self.label.setWordWrap(True)
        self.list = accessible(QTreeWidget(self), self.tr("Found in titles, notes and action items"))
        self.list.setColumnCount(4)
        self.list.setHeaderLabels([self.tr("Found in"), self.tr("Session"), self.tr("Date"), self.tr("Text")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.list.header()
        header.setAccessibleName(self.tr("Search result columns"))
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        self.hide()

    # ---------------------------------------------------------------- query
    def set_archive(self, archive: Archive | None) -> None:
        self.archive = archive
        self.timer.stop()
        self._show([], "")

    def schedule(self, text: str) -> None:
        """The Find box changed: search after a pause in typing (or clear at once)."""
        self.query = text.strip()
        if self.archive is None or not searchable(self.query):
            self.timer.stop()
            if self.hits or self.isVisible():
                self._show([], "")
            return
        self.timer.start()

    def run_now(self) -> None:
        """Search the archive for the current query (also after the archive changed)."""
        self.timer.stop()
        if self.archive is None or not searchable(self.query):
            self._show([], "")
            return
        from pe_desktop.store.search import search

        self._show(search(self.archive, self.query, limit=LIMIT, mark=MARK, snippet_words=SNIPPET_WORDS), self.query)

    def _show(self, hits: list[SearchHit], query: str) -> None:
        self.hits = hits
        self.list.blockSignals(True)
        self.list.clear()
        for hit in hits:
            snippet = " ".join(hit.snippet.split())  # one line per hit: notes may hold line breaks
            row = QTreeWidgetItem([kind_label(hit.kind), hit.session_title, hit.held_on or "", snippet])
            row.setData(0, HIT_ROLE, hit)
            row.setToolTip(3, plain_tooltip(hit.snippet))
            row.setToolTip(1, plain_tooltip(hit.partnership))
            self.list.addTopLevelItem(row)
        self.list.blockSignals(False)
        if query:
            if not hits:
                text = self.tr("Nothing found in titles, notes or action items for “%1”.")
            elif len(hits) >= LIMIT:
                text = self.tr("The first %2 places where “%1” was found (type more to narrow it down):")
            elif len(hits) == 1:
                text = self.tr("Found “%1” in 1 place:")
            else:
                text = self.tr("Found “%1” in %2 places:")
            self.label.setText(text.replace("%1", query).replace("%2", str(len(hits))))
        self.list.setVisible(bool(hits))
        self.setVisible(bool(query))
        self.sessionsFound.emit({hit.session_id for hit in hits})

    # -------------------------------------------------------------- picking
    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is not None:
            self.hitSelected.emit(item.data(0, HIT_ROLE))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.hitActivated.emit(item.data(0, HIT_ROLE))


def show_in_console(console: SessionConsole, hit: SearchHit) -> None:
    """Bring the console to the note or action item a search hit is about."""
    archive = console.archive
    if hit.kind == "action":
        panel = console.actions_panel
        console.tabs.setCurrentWidget(panel)
        panel.reload()
        for row, action in enumerate(panel.action_items):
            if action.id == hit.record_id:
                panel.table.selectRow(row)
                item = panel.table.item(row, 0)
                if item is not None:
                    panel.table.scrollToItem(item)
        return
    if hit.kind in ("note", "quote", "dissent"):
        note = archive.note(hit.record_id)
        notes = console.notes_panel
        console.tabs.setCurrentIndex(0)
        if note.item_key is None:
            notes.show_all.setChecked(True)
        else:
            notes.show_all.setChecked(False)
            console.controller.set_current_item(note.item_key)
        notes.reload()
        for row in range(notes.list.count()):
            entry = notes.list.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == hit.record_id:
                notes.list.setCurrentItem(entry)
                notes.list.scrollToItem(entry)
