"""The session console's phone-voting controls: menu entries, toolbar button, status.

Kept out of the console window (ui/console/window.py) so the console only places these widgets: Session ▸
Start phone voting… (address dialog), Stop phone voting (after a question:
phones cannot vote until it starts again), Print ballots… (with the join URL
while phone voting runs), a toolbar button that is whichever of start/stop
applies, and a permanent status-bar line "Phone voting: http://… — 12 of 300
phones joined" so the facilitator can read the address out loud. Next to it,
while phone voting runs, "Raise the limit…" and, once phones were turned away
at the limit, a warning that says so (pe_desktop.ui.phone.join_cap).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton

from pe_desktop.core.vocab import SessionStatus
from pe_desktop.ui.ballots.print_ballots import ConsoleBallots
from pe_desktop.ui.phone.address_dialog import PhoneAddressDialog
from pe_desktop.ui.phone.bridge import PhoneVotingBridge
from pe_desktop.ui.phone.join_cap import CapBanner, JoinCapDialog
from pe_desktop.ui.widgets.common import accessible, ask

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from pe_desktop.ui.controller import SessionController
    from pe_desktop.ui.projector.window import ProjectorWindow


class ConsolePhoneControls(QObject):
    """Owns the console's :class:`PhoneVotingBridge` and the controls that drive it.

    ``console`` is the window the controls live in (dialogs' parent, its status
    bar for messages); ``set_projector_view`` switches the projector and the
    console's view controls together (the join screen once phones may join).
    """

    def __init__(
        self, controller: SessionController, projector: ProjectorWindow, console: QMainWindow,
        set_projector_view: Callable[[str], None],
    ) -> None:
        super().__init__(console)
        self.console = console
        self.controller = controller
        self._set_projector_view = set_projector_view
        self.bridge = PhoneVotingBridge(controller, projector, self)
        self.ballots = ConsoleBallots(controller, lambda: self.bridge.join_url, console)
        self.dialog: PhoneAddressDialog | None = None
        tr = self.tr

        self.act_start = QAction(tr("Start p&hone voting…"), self)
        self.act_start.setToolTip(tr("Let people vote from their phones over this laptop's Wi-Fi"))
        self.act_start.setStatusTip(self.act_start.toolTip())
        self.act_start.setIconText(tr("Phone voting…"))  # the toolbar's shorter text
        self.act_start.triggered.connect(lambda _checked=False: self.ask_start())
        self.act_stop = QAction(tr("Stop phone votin&g"), self)
        self.act_stop.setToolTip(tr("Phones can no longer vote; saved votes stay"))
        self.act_stop.setStatusTip(self.act_stop.toolTip())
        self.act_stop.setIconText(tr("Stop phones"))
        self.act_stop.triggered.connect(lambda _checked=False: self.ask_stop())
        self.act_print_ballots = QAction(tr("Print &ballots…"), self)
        self.act_print_ballots.setToolTip(tr("Paper ballots as a PDF; with the phone address while phone voting runs"))
        self.act_print_ballots.setStatusTip(self.act_print_ballots.toolTip())
        self.act_print_ballots.triggered.connect(lambda _checked=False: self.ballots.ask())

        self.tool_button = QToolButton(console)
        self.tool_button.setObjectName("phoneVotingButton")
        self.tool_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.status_label = accessible(QLabel(console), tr("Phone voting status"))
        self.status_label.setObjectName("phoneVotingStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # placed here rather than by the console: it belongs with the status line the console places
        self.cap_banner = CapBanner(console)
        self.cap_banner.raise_button.clicked.connect(lambda _checked=False: self.ask_raise_cap())
        console.statusBar().addPermanentWidget(self.cap_banner)  # messages never hide it
        self.cap_dialog: JoinCapDialog | None = None

        self.bridge.runningChanged.connect(self.update_state)
        self.bridge.joinedChanged.connect(self.update_state)
        self.bridge.capChanged.connect(self.update_state)
        controller.sessionChanged.connect(self.update_state)
        self.update_state()

    # ---------------------------------------------------------------- state
    def status_text(self) -> str:
        if not self.bridge.running:
            return self.tr("Phone voting: off")
        joined = self.tr("%1 of %2 phones joined").replace("%1", str(self.bridge.joined_count)).replace(
            "%2", str(self.bridge.join_cap))
        return self.tr("Phone voting: %1 — %2").replace("%1", self.bridge.join_url or "").replace("%2", joined)

    def update_state(self, *_args: object) -> None:
        running = self.bridge.running
        closed = self.controller.session.status == SessionStatus.CLOSED
        self.act_start.setEnabled(not running and not closed)
        self.act_stop.setEnabled(running)
        self.tool_button.setDefaultAction(self.act_stop if running else self.act_start)
        self.status_label.setText(self.status_text())
        self.cap_banner.show_state(running, self.bridge.cap_refused, self.bridge.join_cap)

    # -------------------------------------------------------------- actions
    def ask_start(self) -> PhoneAddressDialog | None:
        """Open the address dialog (non-blocking); the server starts when the facilitator presses Start."""
        if not self.act_start.isEnabled():
            return None
        if self.dialog is not None:
            self.dialog.activateWindow()
            return self.dialog
        dialog = PhoneAddressDialog(self.bridge.start, self.console)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._started)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_raise_cap(self) -> JoinCapDialog | None:
        """Open the limit dialog (non-blocking); the new limit applies at the next join."""
        if not self.bridge.running:
            return None
        if self.cap_dialog is not None:
            self.cap_dialog.activateWindow()
            return self.cap_dialog
        dialog = JoinCapDialog(self.bridge.joined_count, self.bridge.join_cap, self.bridge.set_join_cap, self.console)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.console.statusBar().showMessage(
            self.tr("Phone limit set to %1").replace("%1", str(self.bridge.join_cap)), 6000))
        dialog.finished.connect(self._cap_dialog_closed)
        self.cap_dialog = dialog
        dialog.open()
        return dialog

    def _cap_dialog_closed(self, _result: int = 0) -> None:
        self.cap_dialog = None

    def _dialog_closed(self, _result: int = 0) -> None:
        self.dialog = None

    def _started(self) -> None:
        self._set_projector_view("join")
        self.console.statusBar().showMessage(
            self.tr("Phone voting started: %1").replace("%1", self.bridge.join_url or ""), 10000)

    def ask_stop(self) -> None:
        if not self.bridge.running:
            return
        ask(self.console, self.tr("Stop phone voting"), self.tr("Stop phone voting now?"), self.tr("Stop phone voting"),
            self.stop, self.tr("Phones can no longer vote or join until you start phone voting again. "
                               "Votes already saved stay saved."))

    def stop(self) -> None:
        self.bridge.stop()
        self.console.statusBar().showMessage(self.tr("Phone voting stopped"), 6000)

    def shutdown(self) -> None:
        """The console is closing: stop the server and let a ballot export finish."""
        self.bridge.shutdown()
        self.ballots.wait()
