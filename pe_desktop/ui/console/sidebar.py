"""The session console's right-hand column: session state and round, timer, laptop ballot, projector.

The big buttons here are twins of the console's actions (Session and View
menus, function keys): each button triggers its action, so both do the same
thing and a disabled action's button is disabled with it by the console.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from pe_desktop.ui.console.timer import DiscussTimer
from pe_desktop.ui.widgets.common import accessible, plain_label


def group_box(title: str, widgets: Sequence[QWidget], parent: QWidget, stretch: bool = False) -> QGroupBox:
    """A titled box of widgets one under the other (the console's panels)."""
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return box


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets inside ``root`` that Tab stops at, in their present focus-chain order."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


class ConsoleSidebar(QWidget):
    """Round and session buttons, the discussion timer, the laptop ballot and the projector's views.

    ``actions`` are the console's, by name: round2, close_session, overview,
    kiosk, show_projector, full_screen; ``view_actions`` the projector views'
    (name → checkable action) in the order the buttons are listed.
    """

    def __init__(
        self, timer: DiscussTimer, actions: Mapping[str, QAction], view_actions: Mapping[str, QAction],
        leave_keys: str, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.round_label = plain_label("", tr("Round and session state"), self)
        self.round_label.setObjectName("roundLabel")
        self.round_label.setWordWrap(True)
        self.round2_button = self._twin(actions["round2"], tr("Start round 2"))
        self.close_session_button = self._twin(actions["close_session"], tr("Close session"))
        overview_button = self._twin(actions["overview"], tr("Overview of all items"))
        layout.addWidget(group_box(tr("Session"), [self.round_label, self.round2_button, self.close_session_button,
                                                   overview_button], self))
        layout.addWidget(group_box(tr("Discussion timer"), [timer], self))

        self.kiosk_button = accessible(QPushButton(tr("Start laptop ballot"), self), tr("Start laptop ballot"),
                                       tr("Full screen; one person at a time"))
        self.kiosk_button.clicked.connect(actions["kiosk"].trigger)
        leave_text = tr("Leave the laptop ballot with %1 (not shown on its screen).").replace("%1", leave_keys)
        kiosk_hint = plain_label(leave_text, tr("How to leave the laptop ballot"), self)
        kiosk_hint.setWordWrap(True)
        layout.addWidget(group_box(tr("Laptop ballot"), [self.kiosk_button, kiosk_hint], self))
        layout.addWidget(self._projector_box(actions, view_actions))
        layout.addStretch(1)
        # Tab as the column reads, top to bottom (the timer was made before this column).
        chain = [self.round2_button, self.close_session_button, overview_button, *focus_chain(timer),
                 self.kiosk_button, *self.projector_buttons, *self.view_buttons.values()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _twin(self, action: QAction, name: str) -> QPushButton:
        button = accessible(QPushButton(action.text().replace("&", ""), self), name)
        button.clicked.connect(action.trigger)
        return button

    def _projector_box(self, actions: Mapping[str, QAction], view_actions: Mapping[str, QAction]) -> QGroupBox:
        tr = self.tr
        projector_button = accessible(QPushButton(tr("Show projector"), self), tr("Show projector"),
                                      tr("Shows the projector window on the second screen if there is one"))
        projector_button.clicked.connect(actions["show_projector"].trigger)
        full_button = accessible(QPushButton(tr("Full screen (F5)"), self), tr("Projector full screen"))
        full_button.clicked.connect(actions["full_screen"].trigger)
        box = group_box(tr("Projector"), [projector_button, full_button], self)
        self.projector_buttons = (projector_button, full_button)
        self.projector_box = box
        #: projector view name → its button (checked with the view shown)
        self.view_buttons: dict[str, QPushButton] = {}
        layout = box.layout()
        assert layout is not None, "group_box gives the box its layout"
        for name, action in view_actions.items():
            button = QPushButton(action.text().replace("&", ""), self)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            accessible(button, tr("Projector view: %1").replace("%1", button.text()))
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
            self.view_buttons[name] = button
        return box

    def add_preview(self, preview: QWidget, caption: QWidget) -> None:
        """The projector's live preview and its caption, at the top of the Projector box."""
        layout = self.projector_box.layout()
        assert isinstance(layout, QVBoxLayout), "group_box lays its widgets out one under the other"
        layout.insertWidget(0, caption)
        layout.insertWidget(0, preview)

    def set_state(self, round_text: str, can_start_round_two: bool, open_session: bool) -> None:
        self.round_label.setText(round_text)
        self.round2_button.setEnabled(can_start_round_two)
        self.close_session_button.setEnabled(open_session)
        self.kiosk_button.setEnabled(open_session)

    def show_view(self, name: str) -> None:
        if name in self.view_buttons:
            self.view_buttons[name].setChecked(True)
