"""Presentation-clicker keys in the session console (issue 11).

A presenter's clicker sends PageDown/PageUp (some send Right/Left) and B or
"." for a black screen; F5 is full screen. The projector never takes the
keyboard, so these keys arrive at the console, where they work like slides:

    join screen → item 1 … item N → overview pages → round shift (round 2) → power gap

"Next" on the item view shows the next item (it becomes the current item,
as with Alt+Down); on the overview it turns the page; at the end of one
part it goes on to the next view. "Previous" walks back the same way. While
the projector is blanked, Next or Previous first show it again.

They are console actions (View menu) with window shortcuts, so a text field
keeps its letters and arrows (Qt lets the focused editor take its keys
first), and a table keeps its arrows and Page keys (:meth:`ClickerKeys.protect_tables`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QWidget

from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.projector.window import ProjectorWindow

#: Keys a table keeps for itself (moving inside it) though they are clicker keys elsewhere.
TABLE_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class ClickerKeys(QObject):
    """Next, Previous and Blank for the projector, as the console's actions."""

    def __init__(self, console: QWidget, controller: SessionController, projector: ProjectorWindow,
                 set_view: Callable[[str], None]) -> None:
        super().__init__(console)
        self.controller = controller
        self.projector = projector
        self._set_view = set_view
        tr = self.tr
        self.act_next = self._action(console, tr("&Next item or page"), self.forward, ("PgDown", "Right"),
                                     tr("The projector's next item, overview page or view (PageDown or Right)"))
        self.act_previous = self._action(console, tr("Pre&vious item or page"), self.back, ("PgUp", "Left"),
                                         tr("The projector's previous item, overview page or view (PageUp or Left)"))
        self.act_blank = self._action(console, tr("&Blank projector"), self.toggle_blank, ("B", "."),
                                      tr("A plain black projector; again to show it (B or .)"))
        self.act_blank.setCheckable(True)
        self.act_tables = self._action(console, tr("Charts as t&ables"), projector.toggle_table, ("T",),
                                       tr("The projector shows each chart as a table, and back (T)"))
        projector.redrawn.connect(lambda: self.act_blank.setChecked(projector.is_blank()))

    @staticmethod
    def _action(parent: QWidget, text: str, slot: Callable[[], None], keys: tuple[str, ...], tip: str) -> QAction:
        action = QAction(text, parent)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        parent.addAction(action)
        return action

    def actions(self) -> tuple[QAction, ...]:
        """For the View menu and for sharing with the projector window (which has its own T)."""
        return (self.act_next, self.act_previous, self.act_blank)

    def protect_tables(self, root: QWidget) -> None:
        """Every table and list in ``root``: one Tab stop (Tab leaves it), keeping Left, Right, PageUp and
        PageDown for moving inside it while it has the focus."""
        for view in root.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)
            view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in TABLE_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()  # the key goes to the table, not to the clicker's shortcut
            return True
        return False

    # ------------------------------------------------------------ moving
    def _views(self) -> list[str]:
        """The projector's views in slide order (the round shift only once there is a round 2)."""
        return ["join", "item", "overview", *(["shift"] if self.controller.round >= 2 else []), "gap"]

    def _step_item(self, delta: int) -> bool:
        keys = self.controller.instrument.item_keys
        index = keys.index(self.controller.current_item) + delta
        if 0 <= index < len(keys):
            self.controller.set_current_item(keys[index])
            return True
        return False

    def _go(self, delta: int) -> None:
        """To the next (+1) or previous (-1) view; entering the overview from behind shows its last page."""
        views = self._views()
        current = self.projector.view()
        index = views.index(current) if current in views else 0
        target = views[max(0, min(len(views) - 1, index + delta))]
        if target == "overview":
            self.projector.overview_index = 0 if delta > 0 else max(0, self.projector.overview_pages() - 1)
        if target != current:
            self._set_view(target)

    def forward(self) -> None:
        """Next: the next item or overview page, else the next view (blanked: show the projector again)."""
        p = self.projector
        if p.is_blank():
            p.set_blank(False)
        elif p.view() == "item" and self._step_item(1):
            p.set_view("item")
        elif p.view() == "overview" and p.overview_index + 1 < p.overview_pages():
            p.next_page()
        else:
            self._go(1)

    def back(self) -> None:
        """Previous: the previous item or overview page, else the previous view."""
        p = self.projector
        if p.is_blank():
            p.set_blank(False)
        elif p.view() == "item" and self._step_item(-1):
            p.set_view("item")
        elif p.view() == "overview" and p.overview_index > 0:
            p.previous_page()
        else:
            self._go(-1)

    def toggle_blank(self) -> None:
        """B or .: a plain black projector, or the view again."""
        self.projector.set_blank(not self.projector.is_blank())
