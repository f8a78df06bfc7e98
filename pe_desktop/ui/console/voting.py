"""Voting control in the session console: open, close and reveal items (F6/F7/F8, with Shift for all).

Not undoable: the room has already seen it. Each action is enabled only when
it applies to the current item (or, for "all", to some item) and the session
is not closed; a refusal from the archive is shown, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from pe_desktop.core.vocab import SessionStatus
from pe_desktop.store.errors import ValidationError
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import show_error


def make_action(
    parent: QWidget, text: str, slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    """An action of the console window (its shortcut works anywhere in it) that calls ``slot()``."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


class VotingControl(QObject):
    """The six voting actions of a console and what they do."""

    def __init__(self, controller: SessionController, console: QMainWindow) -> None:
        super().__init__(console)
        self.controller = controller
        self._console = console
        tr = self.tr
        self.act_open = make_action(console, tr("&Open voting"), self.open_current, "F6",
                                    tr("Open voting on the current item (F6)"))
        self.act_close = make_action(console, tr("&Close voting"), self.close_current, "F7",
                                     tr("Close voting on the current item (F7)"))
        self.act_reveal = make_action(console, tr("&Reveal"), self.reveal_current, "F8",
                                      tr("Show the results of the current item (F8)"))
        self.act_open_all = make_action(console, tr("Open &all"), self.open_all, "Shift+F6",
                                        tr("Open voting on every item not yet open"))
        self.act_close_all = make_action(console, tr("Close a&ll"), self.close_all, "Shift+F7",
                                         tr("Close voting on every open item"))
        self.act_reveal_all = make_action(console, tr("Reveal all"), self.reveal_all, "Shift+F8",
                                          tr("Show the results of every voted item"))

    def actions(self) -> tuple[QAction | None, ...]:
        """For the Session menu and the toolbar, in their order (None: a separator)."""
        return (self.act_open, self.act_close, self.act_reveal, None, self.act_open_all, self.act_close_all,
                self.act_reveal_all)

    def update_state(self) -> None:
        """Enable what applies to the current item and the others (nothing once the session is closed)."""
        c = self.controller
        closed = c.session.status == SessionStatus.CLOSED
        states = c.item_states()
        state = states.get(c.current_item, "pending")
        self.act_open.setEnabled(not closed and state in ("pending", "closed"))
        self.act_close.setEnabled(not closed and state == "open")
        self.act_reveal.setEnabled(not closed and state in ("open", "closed"))
        self.act_open_all.setEnabled(not closed and any(s in ("pending", "closed") for s in states.values()))
        self.act_close_all.setEnabled(not closed and any(s == "open" for s in states.values()))
        self.act_reveal_all.setEnabled(not closed and any(s in ("open", "closed") for s in states.values()))

    def _set_state(self, keys: list[str], verb: str, change: Callable[[Iterable[str]], None]) -> None:
        if not keys:
            return
        try:
            change(keys)
        except ValidationError as exc:
            show_error(self._console, self.tr("Not changed"), str(exc))
            return
        titles = ", ".join(self.controller.instrument.item(k).title for k in keys)
        self._console.statusBar().showMessage(f"{verb}: {titles}", 6000)

    def _keys_in(self, *states: str) -> list[str]:
        return [k for k, s in self.controller.item_states().items() if s in states]

    def open_current(self) -> None:
        if self.act_open.isEnabled():
            self._set_state([self.controller.current_item], self.tr("Voting open"), self.controller.open_items)

    def close_current(self) -> None:
        if self.act_close.isEnabled():
            self._set_state([self.controller.current_item], self.tr("Voting closed"), self.controller.close_items)

    def reveal_current(self) -> None:
        if self.act_reveal.isEnabled():
            self._set_state([self.controller.current_item], self.tr("Revealed"), self.controller.reveal_items)

    def open_all(self) -> None:
        if self.act_open_all.isEnabled():
            self._set_state(self._keys_in("pending", "closed"), self.tr("Voting open"), self.controller.open_items)

    def close_all(self) -> None:
        if self.act_close_all.isEnabled():
            self._set_state(self._keys_in("open"), self.tr("Voting closed"), self.controller.close_items)

    def reveal_all(self) -> None:
        if self.act_reveal_all.isEnabled():
            self._set_state(self._keys_in("open", "closed"), self.tr("Revealed"), self.controller.reveal_items)
