"""The projector window's keys, its right-click menu and blanking (issue 11).

The projector never takes the keyboard (it is shown without activation and
refuses focus), so the facilitator's keys go to the console. Should a window
manager still make the projector active, it hands activation straight back
to the console, and the console shares its shortcuts with it
(:meth:`ProjectorKeys.share`), so F6, F8, Ctrl+3 and the clicker keys keep
working meanwhile; F5 toggles full screen and Escape leaves it, neither being the
only way out (the console's F5 and "Hide projector" work too).

Blanking is what a presenter does with a clicker's "blank" key (B or .): the
room stops looking at the screen and looks at the people talking. The cover
is a black child of the projector window kept the window's size and raised
over the pages, the corner strip and the banner, so nothing shows through;
the window keeps drawing underneath, and taking the cover away shows the view
as it is now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QMenu, QWidget


class BlankCover(QWidget):
    """A black widget the size of its parent window, shown while the projector is blanked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(palette)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(self.tr("Projector blanked"))
        self.hide()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Follow the window's size, so the cover still fills it after full screen or a move."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):  # (the type first: no
            self.setGeometry(watched.rect())  # call into a window being destroyed)
        return False

    def set_blank(self, blank: bool) -> None:
        """Cover (True) or uncover the window."""
        parent = self.parentWidget()
        if blank and parent is not None:
            self.setGeometry(parent.rect())
            self.show()
            self.raise_()
        else:
            self.hide()


class ProjectorKeys(QObject):
    """F5, Escape, T and Ctrl+S on the projector, its right-click menu, and the console's shared shortcuts."""

    def __init__(self, window: QWidget, toggle_full_screen: Callable[[], None], leave_full_screen: Callable[[], None],
                 toggle_table: Callable[[], None], save_picture: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        for keys, slot, name in (
            (QKeySequence(Qt.Key.Key_F5), toggle_full_screen, self.tr("Toggle full screen")),
            (QKeySequence(Qt.Key.Key_Escape), leave_full_screen, self.tr("Leave full screen")),
            (QKeySequence(Qt.Key.Key_T), toggle_table, self.tr("Show the chart as a table")),
        ):
            shortcut = QShortcut(keys, window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            shortcut.setWhatsThis(name)
        # Right click (or Ctrl+S) on the projector: the picture for slides and reports.
        self.save = QAction(self.tr("Save picture…"), window)
        self.save.setShortcut(QKeySequence("Ctrl+S"))
        self.save.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save.triggered.connect(lambda _checked=False: save_picture())
        window.addAction(self.save)
        # Not ActionsContextMenu: the console's shared actions are the window's too, and stay out of this menu.
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.customContextMenuRequested.connect(self._context_menu)
        self.cover = BlankCover(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Activated all the same (a platform that ignores the flags: Qt's offscreen one, some window
        managers)? Hand the keyboard straight back to the console."""
        if event.type() != QEvent.Type.WindowActivate:  # first: nothing else touches a window being destroyed
            return False
        owner = self._window.parentWidget()
        if owner is not None and owner.isVisible():
            owner.activateWindow()
        return False

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self._window)
        menu.addAction(self.save)
        menu.popup(self._window.mapToGlobal(pos))

    def share(self, actions: Iterable[QAction]) -> None:
        """Make the console's ``actions`` answer their shortcuts while the projector is the active window."""
        self._window.addActions(list(actions))
