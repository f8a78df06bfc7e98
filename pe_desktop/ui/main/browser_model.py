"""The archive browser's model: partnerships with their sessions beneath.

Built from the records of ``Archive.partnerships()`` / ``Archive.sessions()``
so this module needs no archive (and no sqlite-utils) to import, which keeps
the main window's cold start light. Titles and names are typed by people; item
views draw ``DisplayRole`` text as plain text, so nothing here is markup.

The empty model and its filter are part of the main window's first paint, so
nothing on that path touches PySide6's ``Qt`` namespace: its first use builds
Python types for all of its enums (about 13 ms of a 100 ms start). The roles
are therefore plain integers, and what only rows need is imported where a row
is built.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel

from pe_desktop.ui.widgets.labels import session_status_text
from pe_desktop.ui.widgets.turnout import turnout_label

if TYPE_CHECKING:
    from pe_desktop.session.views.turnout import Turnout
    from pe_desktop.store.records import Partnership, Session

#: ``Qt.ItemDataRole.UserRole`` (0x0100, fixed by Qt's API), written out so that importing this module does not
#: build the ``Qt`` namespace's enums before the first paint (see the module docstring).
USER_ROLE = 0x0100
#: Item data roles: what a row is ("partnership"/"session") and its record id.
KIND_ROLE = USER_ROLE + 1
ID_ROLE = USER_ROLE + 2
#: What the filter box matches (the session title, case-folded).
FILTER_ROLE = USER_ROLE + 3
#: What a column sorts by: case-folded text, or the number / ISO date behind the text.
SORT_ROLE = USER_ROLE + 4

COL_TITLE, COL_DATE, COL_STATUS, COL_PARTICIPANTS, COL_INSTRUMENT = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BrowserModel", text)


def column_titles() -> list[str]:
    return [_tr("Title"), _tr("Date"), _tr("Status"), _tr("Participants"), _tr("Form")]


def status_text(status: str) -> str:
    """How a session status reads in the browser and the details pane."""
    return session_status_text(status)


def _cell(text: str, sort: object = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text.casefold() if sort is None else sort, SORT_ROLE)
    return item


def _partnership_row(partnership: Partnership) -> list[QStandardItem]:
    from PySide6.QtGui import QFont

    from pe_desktop.ui.widgets.plain_text import plain_tooltip

    name = _cell(partnership.name)
    name.setData("partnership", KIND_ROLE)
    name.setData(partnership.id, ID_ROLE)
    name.setData("", FILTER_ROLE)
    font = QFont()
    font.setBold(True)
    name.setFont(font)
    if partnership.description:
        name.setToolTip(plain_tooltip(partnership.description))
    count = int(partnership.session_count or 0)
    label = _tr("1 session") if count == 1 else _tr("%1 sessions").replace("%1", str(count))
    sessions = _cell(label, count)
    blanks = [_cell("") for _ in range(3)]
    row = [name, blanks[0], blanks[1], sessions, blanks[2]]
    return row


def _session_row(session: Session, counts: Turnout) -> list[QStandardItem]:
    from PySide6.QtCore import Qt

    title = _cell(session.title)
    title.setData("session", KIND_ROLE)
    title.setData(session.id, ID_ROLE)
    title.setData(session.title.casefold(), FILTER_ROLE)
    held_on = session.held_on or ""
    date = _cell(held_on or _tr("no date"), held_on)
    status = _cell(status_text(session.status), session.status)
    # people and show-of-hands votes apart (a tally records one participant per hand per item)
    participants = _cell(turnout_label(counts), counts.people * 100_000 + counts.hands)
    participants.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    instrument = _cell(session.instrument_key or "")
    row = [title, date, status, participants, instrument]
    for cell in row[1:]:
        cell.setData("session", KIND_ROLE)
        cell.setData(session.id, ID_ROLE)
    return row


def build_browser_model(
    partnerships: Iterable[Partnership], sessions: Iterable[Session], model: QStandardItemModel | None = None,
    turnouts: Mapping[str, Turnout] | None = None,
) -> QStandardItemModel:
    """Fill ``model`` (or a new one) with partnerships → sessions.

    Sessions keep the archive's order (newest first) under their partnership;
    partnerships are in name order, as the archive returns them. ``turnouts``:
    the session layer's :func:`~pe_desktop.session.views.turnout.turnouts`
    (a session missing from it had nobody rate yet).
    """
    model = model or QStandardItemModel()
    model.clear()
    model.setHorizontalHeaderLabels(column_titles())
    by_partnership: dict[str, list[Session]] = {}
    for session in sessions:
        by_partnership.setdefault(session.partnership_id, []).append(session)
    for partnership in partnerships:
        row = _partnership_row(partnership)
        for session in by_partnership.get(partnership.id, []):
            row[0].appendRow(_session_row(session, _turnout(turnouts, session.id)))
        model.appendRow(row)
    return model


def _turnout(turnouts: Mapping[str, Turnout] | None, session_id: str) -> Turnout:
    from pe_desktop.session.views.turnout import Turnout

    found = (turnouts or {}).get(session_id)
    return found if found is not None else Turnout()


class SessionFilter(QSortFilterProxyModel):
    """Shows sessions whose title contains the filter text (any case),
    and sessions where full-text search found it (:meth:`set_found`).

    A partnership shows when one of its sessions matches (recursive
    filtering), or always when the filter is empty, so a new partnership
    without sessions is still visible.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._found: frozenset[str] = frozenset()
        self.setRecursiveFilteringEnabled(True)
        # text sort keys are stored case-folded (_cell), so the sort needs no case-insensitive mode
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_found(self, session_ids: Iterable[str]) -> None:
        """Also show these sessions (their notes or actions hold the text) while a filter is set."""
        found = frozenset(session_ids)
        if found != self._found:
            self.beginFilterChange()
            self._found = found
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def text(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._needle in (index.data(FILTER_ROLE) or ""):
            return True
        return index.data(KIND_ROLE) == "session" and index.data(ID_ROLE) in self._found
