"""The session console: the facilitator's cockpit while a session runs.

One window, laid out for someone under time pressure in front of a room:
items and "discuss first" on the left, the work of the moment in tabs in the
middle (the current item with its notes, participants, paper ballots, tally,
action items), the timer, laptop ballot and projector controls on the right,
and the few big decisions (open, close, reveal, round 2, close session) in
the toolbar and the Session menu with function-key shortcuts.

The console owns the session's :class:`SessionController` (shared with the
projector) and a :class:`ProjectorWindow`. Every edit goes through
:class:`SessionEdits`, so it is committed at once and undoable from the Edit
menu until the session closes. Voting control (open/close/reveal) is not
undoable: the room has already seen it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.core.vocab import SessionStatus
from pe_desktop.store import Archive
from pe_desktop.ui.ballots.kiosk import LEAVE_KEYS, KioskWindow
from pe_desktop.ui.ballots.paper_grid import PaperGrid
from pe_desktop.ui.ballots.tally import TallyPanel
from pe_desktop.ui.console.actions import ActionsPanel
from pe_desktop.ui.console.clicker import ClickerKeys
from pe_desktop.ui.console.discuss import DiscussFirstList
from pe_desktop.ui.console.edits import SessionEdits
from pe_desktop.ui.console.item_detail import ItemDetail
from pe_desktop.ui.console.items import ItemNavigator
from pe_desktop.ui.console.notes import NotesPanel
from pe_desktop.ui.console.overview import OverviewDialog
from pe_desktop.ui.console.participants import ParticipantsPanel
from pe_desktop.ui.console.preview import ProjectorPreview
from pe_desktop.ui.console.sidebar import ConsoleSidebar, group_box
from pe_desktop.ui.console.timer import DiscussTimer
from pe_desktop.ui.console.voting import VotingControl, make_action
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.phone.console_controls import ConsolePhoneControls
from pe_desktop.ui.projector.window import ProjectorWindow
from pe_desktop.ui.widgets.common import accessible, ask
from pe_desktop.ui.widgets.labels import session_status_text

#: Projector views offered in the View menu (ProjectorWindow.set_view names).
PROJECTOR_VIEWS = ("join", "item", "overview", "shift", "gap")

CONSOLE_STYLE = """
QToolBar#sessionToolbar QToolButton { padding: 6px 12px; font-weight: bold; }
QLabel#roundLabel { font-size: 13pt; font-weight: bold; padding: 0 12px; }
QGroupBox { font-weight: bold; }
"""


class SessionConsole(QMainWindow):
    """The facilitator's window for one session."""

    def __init__(self, archive: Archive, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.session_id = session_id
        self.controller = SessionController(archive, session_id, self)
        self.edits = SessionEdits(self.controller)
        self.projector = ProjectorWindow(self.controller, self)
        self.kiosk: KioskWindow | None = None
        self.overview: OverviewDialog | None = None
        self.voting = VotingControl(self.controller, self)
        self.phone = ConsolePhoneControls(self.controller, self.projector, self, self.set_projector_view)
        self.setObjectName("sessionConsole")
        self.setStyleSheet(CONSOLE_STYLE)

        self._build_panels()
        self._build_actions()
        self.clicker = ClickerKeys(self, self.controller, self.projector, self.set_projector_view)
        self._build_menus()
        self._build_toolbar()
        self._build_layout()
        self._keyboard_only()

        c = self.controller
        for signal in (c.itemStatesChanged, c.sessionChanged, c.currentItemChanged, c.roundChanged):
            signal.connect(self._update_state)
        c.undo_stack.indexChanged.connect(self._saved)
        self.projector.viewChanged.connect(lambda _name: self._show_projector_view())
        self.timer.runningTime.connect(self.projector.set_countdown)
        self.timer.expired.connect(lambda: self.statusBar().showMessage(self.tr("Discussion time is up"), 10000))
        self._update_state()
        self.resize(1360, 860)

    # ------------------------------------------------------------ building
    def _build_panels(self) -> None:
        c, e = self.controller, self.edits
        self.items_panel = ItemNavigator(c, self)
        self.discuss_list = DiscussFirstList(c, self)
        self.item_detail = ItemDetail(c, self)
        self.notes_panel = NotesPanel(c, e, self)
        self.participants_panel = ParticipantsPanel(c, e, self)
        self.paper_grid = PaperGrid(c, e, self)
        self.tally = TallyPanel(c, e, self)
        self.actions_panel = ActionsPanel(c, e, self)
        self.timer = DiscussTimer(self)

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, tip: str = "") -> QAction:
        return make_action(self, text, slot, shortcut, tip)

    def _build_actions(self) -> None:
        tr = self.tr
        self.act_prev = self._action(
            tr("◀ &Previous item"), lambda: self._step(-1), "Alt+Up", tr("Previous item (Alt+Up)")
        )
        self.act_next = self._action(tr("&Next item ▶"), lambda: self._step(1), "Alt+Down", tr("Next item (Alt+Down)"))
        self.act_round2 = self._action(tr("Start round &2…"), self.ask_start_round_two, None,
                                       tr("Rate every item again; the shift between rounds is shown"))
        self.act_close_session = self._action(tr("Close &session…"), self.ask_close_session, None,
                                              tr("End voting, back up the archive and show the overview"))
        self.act_overview = self._action(tr("O&verview of all items"), self.show_overview, "Ctrl+Shift+O")
        kiosk_tip = tr("Full-screen ballot for passing the laptop around; leave it with %1").replace("%1", LEAVE_KEYS)
        self.act_kiosk = self._action(tr("Lap&top ballot (kiosk)"), self.start_kiosk, "Ctrl+K", kiosk_tip)
        self.act_close_window = self._action(tr("Close &window"), self.close, QKeySequence.StandardKey.Close)
        self.act_review_actions = self._action(tr("Review &earlier actions…"), self.review_earlier_actions, None,
                                               tr("Say what became of the open action items of earlier sessions"))

        self.act_undo = self.controller.undo_stack.createUndoAction(self, tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.act_redo = self.controller.undo_stack.createRedoAction(self, tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        # Short toolbar twins (no shortcut of their own): the menu entries carry the long "Undo <what>" text.
        stack = self.controller.undo_stack
        self.tool_undo = self._action(tr("Undo"), stack.undo)
        self.tool_redo = self._action(tr("Redo"), stack.redo)
        self.tool_undo.setEnabled(stack.canUndo())
        self.tool_redo.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.tool_undo.setEnabled)
        stack.canRedoChanged.connect(self.tool_redo.setEnabled)
        stack.undoTextChanged.connect(lambda text: self.tool_undo.setToolTip(self.tr("Undo %1").replace("%1", text)))
        stack.redoTextChanged.connect(lambda text: self.tool_redo.setToolTip(self.tr("Redo %1").replace("%1", text)))

        self.act_show_projector = self._action(tr("Sho&w projector"), self.show_projector, None)
        self.act_hide_projector = self._action(tr("&Hide projector"), self.hide_projector, None)
        self.act_full_screen = self._action(tr("Projector &full screen"), self.projector.toggle_full_screen, "F5")
        self.act_save_picture = self._action(tr("Save projector pict&ure…"), self.projector.save_picture,
                                             "Ctrl+Shift+S", tr("Saves what the room sees now as a PNG picture"))
        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        names = {"join": tr("&Join screen"), "item": tr("Current &item"), "overview": tr("&Overview (all items)"),
                 "shift": tr("&Round shift"), "gap": tr("&Power gap")}
        for i, name in enumerate(PROJECTOR_VIEWS, start=1):
            action = self._action(names[name], partial(self.set_projector_view, name), f"Ctrl+{i}")
            action.setCheckable(True)
            self.view_group.addAction(action)
            self.view_actions[name] = action
        self.view_actions["item"].setChecked(True)
        self.act_timer = self._action(tr("Start/pause &timer"), self.timer.toggle, "Ctrl+T")
        self.act_timer_reset = self._action(tr("R&eset timer"), self.timer.reset, "Ctrl+Shift+T")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        session = bar.addMenu(self.tr("&Session"))
        for action in (self.act_prev, self.act_next, None, *self.voting.actions(), None, self.act_kiosk, None,
                       self.phone.act_start, self.phone.act_stop, self.phone.act_print_ballots, None,
                       self.act_round2, self.act_close_session, self.act_overview, None, self.act_review_actions,
                       None, self.act_close_window):
            session.addSeparator() if action is None else session.addAction(action)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        view = bar.addMenu(self.tr("&View"))
        self.screens_menu = QMenu(self.tr("Projector on &screen"), self)
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        self._fill_screens()
        view.addMenu(self.screens_menu)
        view.addAction(self.act_show_projector)
        view.addAction(self.act_hide_projector)
        view.addAction(self.act_full_screen)
        view.addAction(self.act_save_picture)
        view.addSeparator()
        for action in (*self.view_actions.values(), None, *self.clicker.actions(), self.clicker.act_tables):
            view.addSeparator() if action is None else view.addAction(action)
        view.addSeparator()
        view.addAction(self.act_timer)
        view.addAction(self.act_timer_reset)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Session"), self)
        bar.setObjectName("sessionToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_prev, self.act_next, None, *self.voting.actions(), None, self.tool_undo, self.tool_redo):
            bar.addSeparator() if action is None else bar.addAction(action)
        bar.addSeparator()
        bar.addWidget(self.phone.tool_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_layout(self) -> None:
        tr = self.tr
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(group_box(tr("Items"), [self.items_panel], self))
        left.addWidget(group_box(tr("Discuss first"), [self.discuss_list], self))
        left.setSizes([420, 300])

        item_tab = QSplitter(Qt.Orientation.Vertical, self)
        detail_holder = QWidget(self)
        detail_layout = QVBoxLayout(detail_holder)
        detail_layout.addWidget(self.item_detail)
        detail_layout.addStretch(1)
        item_tab.addWidget(detail_holder)
        item_tab.addWidget(self.notes_panel)
        item_tab.setSizes([460, 260])
        self.tabs = accessible(QTabWidget(self), tr("Console sections"))
        self.tabs.addTab(item_tab, tr("&Item and notes"))
        self.tabs.addTab(self.participants_panel, tr("&Participants"))
        self.tabs.addTab(self.paper_grid, tr("Paper &ballots"))
        self.tabs.addTab(self.tally, tr("&Tally"))
        self.tabs.addTab(self.actions_panel, tr("&Actions"))

        actions = {"round2": self.act_round2, "close_session": self.act_close_session, "overview": self.act_overview,
                   "kiosk": self.act_kiosk, "show_projector": self.act_show_projector,
                   "full_screen": self.act_full_screen}
        self.sidebar = ConsoleSidebar(self.timer, actions, self.view_actions, LEAVE_KEYS, self)
        self.preview = ProjectorPreview(self.controller, self.projector, self)
        self.sidebar.add_preview(self.preview, self.preview.caption)
        self.sidebar.show_view("item")

        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(left)
        main.addWidget(self.tabs)
        main.addWidget(self.sidebar)
        main.setStretchFactor(1, 1)
        main.setSizes([330, 760, 270])
        main.setChildrenCollapsible(False)
        self.setCentralWidget(main)
        self.saved_label = QLabel(self)
        accessible(self.saved_label, tr("Last saved"))
        self.statusBar().addPermanentWidget(self.phone.status_label)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _keyboard_only(self) -> None:
        """Issue 11: every table one Tab stop keeping its arrows, a reading Tab order, shortcuts from the projector."""
        self.clicker.protect_tables(self)
        for first, second in ((self.items_panel, self.discuss_list), (self.discuss_list, self.tabs),
                              (self.tabs, self.sidebar)):
            QWidget.setTabOrder(first, second)
        shared = (self.act_prev, self.act_next, *[a for a in self.voting.actions() if a], self.act_overview,
                  *self.view_actions.values(), self.act_timer, self.act_timer_reset, self.act_save_picture,
                  *self.clicker.actions())
        self.projector.keys.share(shared)  # not F5: the projector has its own

    # ------------------------------------------------------------- state
    def _update_state(self, *_args: object) -> None:
        c = self.controller
        session = c.session
        closed = session.status == SessionStatus.CLOSED
        self.voting.update_state()
        self.act_round2.setEnabled(not closed and c.round == 1)
        self.act_close_session.setEnabled(not closed)
        self.act_kiosk.setEnabled(not closed)
        index = c.instrument.item_keys.index(c.current_item)
        self.act_prev.setEnabled(index > 0)
        self.act_next.setEnabled(index + 1 < len(c.instrument.item_keys))
        status = session_status_text(session.status)
        round_text = self.tr("Round %1 of %2 · %3").replace("%1", str(c.round)).replace(
            "%2", str(max(session.rounds, c.round))).replace("%3", status)
        self.sidebar.set_state(round_text, self.act_round2.isEnabled(), not closed)
        self.setWindowTitle(self.tr("%1 — session console").replace("%1", session.title))
        self._show_projector_view()

    def _show_projector_view(self) -> None:
        """The projector switches view by itself when an item opens or is revealed; keep the controls in step."""
        name = self.projector.view()
        if name in self.view_actions:
            self.view_actions[name].setChecked(True)
            self.sidebar.show_view(name)

    def _saved(self, _index: int = 0) -> None:
        stamp = QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat)
        self.saved_label.setText(self.tr("All changes saved at %1").replace("%1", stamp))

    def _step(self, delta: int) -> None:
        keys = self.controller.instrument.item_keys
        index = keys.index(self.controller.current_item) + delta
        if 0 <= index < len(keys):
            self.controller.set_current_item(keys[index])

    # ----------------------------------------------------- round, closing
    def ask_start_round_two(self) -> None:
        if not self.act_round2.isEnabled():
            return
        ask(
            self,
            self.tr("Start round 2"),
            self.tr("Start round 2 now?"),
            self.tr("Start round 2"),
            self.start_round_two,
            self.tr(
                "Round 1 stays saved as it is. Everyone rates every item again; the projector then shows how "
                "the ratings moved. Undo history is cleared."
            ),
        )

    def start_round_two(self) -> None:
        self.controller.start_round(2)
        self.tabs.setCurrentIndex(0)
        self.statusBar().showMessage(self.tr("Round 2 started"), 6000)

    def ask_close_session(self) -> None:
        if not self.act_close_session.isEnabled():
            return
        ask(self, self.tr("Close the session"), self.tr("Close this session now?"), self.tr("Close session"),
            self.close_session,
            self.tr("Voting ends on every item, a backup of the archive is made and the ratings can no longer change. "
                    "Notes and action items stay editable."))

    def close_session(self) -> None:
        if self.kiosk is not None:
            self.kiosk.leave()
        self.controller.close_session()
        self.controller.refresh_now()
        self.show_overview()

    def show_overview(self) -> OverviewDialog:
        if self.overview is None:
            self.overview = OverviewDialog(self.controller, self)
        self.overview.reload()
        self.overview.show()
        self.overview.activateWindow()
        return self.overview

    def review_earlier_actions(self) -> QWidget:
        """The follow-up dialog for this session (its choices are undoable here)."""
        from pe_desktop.ui.dialogs.followup import review_in_console

        self.tabs.setCurrentWidget(self.actions_panel)
        return review_in_console(self.controller, self)

    # ---------------------------------------------------------- kiosk
    def start_kiosk(self) -> KioskWindow | None:
        if self.controller.session.status == SessionStatus.CLOSED:
            return None
        if self.kiosk is None:
            self.kiosk = KioskWindow(self.controller, self)
            self.kiosk.left.connect(self._kiosk_left)
        self.kiosk.start()
        return self.kiosk

    def _kiosk_left(self) -> None:
        if self.kiosk is not None:
            self.kiosk.deleteLater()
            self.kiosk = None
        self.activateWindow()

    # --------------------------------------------------------- projector
    def _fill_screens(self) -> None:
        self.screens_menu.clear()
        for i, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.size()
            action = self.screens_menu.addAction(f"{i}: {screen.name()} ({size.width()}×{size.height()})")
            action.triggered.connect(lambda _checked=False, screen=screen: self.show_projector(screen))

    def show_projector(self, screen: QScreen | None = None) -> None:
        """On the other screen if there is one; the console keeps the keyboard."""
        others = [s for s in QGuiApplication.screens() if s is not self.screen()]  # another screen if there is one
        self.projector.show_on_screen(screen or (others[0] if others else self.screen()))
        self.preview.refresh_now()

    def hide_projector(self) -> None:
        self.projector.hide()
        self.preview.refresh_now()

    def set_projector_view(self, name: str) -> None:
        self.projector.set_view(name)
        self.view_actions[name].setChecked(True)
        self.sidebar.show_view(name)

    # ------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk is not None:
            self.kiosk.leave()
        self.timer.reset()
        self.preview.stop()
        self.phone.shutdown()
        self.projector.close()
        self.controller.stop()
        super().closeEvent(event)
