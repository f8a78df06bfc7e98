"""Starting the GUI: build the QApplication, paint the main window, open the archive.

The order is chosen for a fast cold start on an old laptop in front of a
waiting room: the main window is painted first (its menu bar, browser and
details pane; see ``pe_desktop.ui.main.window``), on the next turn of the
event loop it is completed (actions, menus' entries, toolbar, search), and
only then is the archive layer imported and the file opened (sqlite-utils
alone pulls in numpy). Charts, PDFs and the phone server are imported later
still, when a console or an export first needs them.
``bench/bench_startup.py`` times the first paint against an empty Qt window.
A damaged or foreign archive does not stop the program: the window stays
up, says why, and can open another file.

Language: ``PE_DESKTOP_LANGUAGE``, then the ``ui/language`` setting
(View ▸ Language), then the system locale; see ``pe_desktop.ui.language``.

First run (no archive file yet): the archive is created and the facilitator
is asked whether to load the example session. ``PE_DESKTOP_FIRST_RUN`` set to
``demo`` or ``empty`` answers that question without asking (tests, kiosks).

``pe-desktop demo`` (:func:`run_demo`) never touches the user's archive or data
folder: the example goes into a fresh archive in a temporary folder, deleted on
quit; the title bar says "Demo archive — not your own" and the window offers
"Watch a live session" (``pe_desktop.ui.demo``). ``PE_DESKTOP_DEMO_LIVE`` set
to ``no`` skips that question (screenshots), ``yes`` starts the run at once.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from pe_desktop.store import Archive
    from pe_desktop.ui.main.window import MainWindow

FIRST_RUN_ENV = "PE_DESKTOP_FIRST_RUN"
DEMO_LIVE_ENV = "PE_DESKTOP_DEMO_LIVE"
APP_NAME = "pe-desktop"
DISPLAY_NAME = "pe_desktop"


def build_app(settings: QSettings | None = None) -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt), speaking the chosen language."""
    existing = QApplication.instance()
    if existing is None:
        from pe_desktop.display import new_application  # explains a missing display; bundled fonts

        # only the program name: our own arguments are parsed by cli.py
        app = new_application(sys.argv[:1])
    elif isinstance(existing, QApplication):
        app = existing
    else:
        raise RuntimeError("a non-GUI QCoreApplication already runs; the windows need a QApplication")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    from pe_desktop.ui.language import ui_locale
    from pe_desktop.ui.settings import open_settings

    install_translators(app, ui_locale(settings if settings is not None else open_settings()))
    return app


#: The translators :func:`install_translators` put on each application, with their locale name.
_INSTALLED: weakref.WeakKeyDictionary[QApplication, tuple[str, list[QTranslator]]] = weakref.WeakKeyDictionary()


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings (dialog buttons) and ours for ``locale``, when shipped.

    The language comes from ``PE_DESKTOP_LANGUAGE``, the ``ui/language``
    setting or the system (``pe_desktop.ui.language.ui_locale``). Called again
    with another locale, it replaces the translators it installed before, so
    one process (a test session) can switch; with the same locale it does
    nothing. ``locale`` also becomes the default QLocale, so date pickers and
    Qt's own dialogs match the language of the windows.
    """
    previous = _INSTALLED.get(app)
    if previous is not None and previous[0] == locale.name():
        return previous[1]
    for old in previous[1] if previous is not None else []:
        app.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    from pe_desktop.paths import resources_dir

    ours = QTranslator(app)
    if ours.load(locale, "pe_desktop", "_", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    QLocale.setDefault(locale)
    _INSTALLED[app] = (locale.name(), installed)  # keeps them alive exactly as long as the app
    return installed


class _FirstPaint(QObject):
    """Calls ``callback`` once, on the event-loop turn after ``widget`` first paints.

    A window that never paints (started minimised, on a hidden desktop) must
    still open its archive, so a fallback timer fires it too.
    """

    FALLBACK_MS = 1500

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._fire)

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            watched = self.parent()
            if watched is not None:
                watched.removeEventFilter(self)
            callback()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._fire)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(widget, callback)


def first_run_choice() -> str:
    """'ask' (default), 'demo' or 'empty', from ``PE_DESKTOP_FIRST_RUN``."""
    choice = os.environ.get(FIRST_RUN_ENV, "ask").strip().lower()
    return choice if choice in ("ask", "demo", "empty") else "ask"


def open_startup_archive(window: MainWindow, archive_path: Path, demo: bool, scratch: bool = False) -> Archive | None:
    """Open the archive the program was started on and show it in ``window``.

    ``demo``: a new (or empty) archive gets the example; one that already has
    sessions is opened as it is. Otherwise a brand-new archive offers the
    example. A refused file is explained and leaves the window usable.
    ``scratch``: the archive is the demo's own (:func:`run_demo`): said in the
    title bar, kept off the recent list, with "Watch a live session".
    """
    from pe_desktop.store import Archive, ArchiveError
    from pe_desktop.ui.widgets.messages import show_problem

    archive_path = Path(archive_path).expanduser()
    first_run = not (archive_path.exists() and archive_path.stat().st_size > 0)
    try:
        archive = Archive.open(archive_path)
    except ArchiveError as exc:
        window.set_archive(None, str(exc))
        show_problem(window, window.tr("Cannot open this archive"), str(exc),
                     window.tr("Use File ▸ Open archive or File ▸ New archive to continue."))
        return None
    choice = first_run_choice()
    if demo and not archive.sessions():
        from pe_desktop.demo import create_demo

        create_demo(archive)
    window.set_archive(archive)
    if scratch:
        _open_demo_room(window, archive_path)
    if first_run and not demo:
        if choice == "demo":
            window.sessions.load_demo()
        elif choice == "ask":
            window.sessions.offer_demo()
    return archive


def _open_demo_room(window: MainWindow, archive_path: Path) -> None:
    from pe_desktop.ui import settings as prefs
    from pe_desktop.ui.demo import DemoRoom

    prefs.forget_archive(window.settings, archive_path)  # deleted on quit: not one to reopen
    print(f"pe-desktop demo: showing a demo archive of its own, deleted on quit: {archive_path}", flush=True)
    room = DemoRoom(window, archive_path)  # a child of the window: found with window.findChild(DemoRoom)
    live = os.environ.get(DEMO_LIVE_ENV, "").strip().lower()
    if live == "yes":
        room.watch()
    elif live != "no":
        room.offer()


def start_main_window(archive_path: Path, demo: bool, settings: QSettings | None = None,
                      scratch: bool = False) -> MainWindow:
    """Show the main window now; complete it right after it has painted, then open the archive."""
    from pe_desktop.ui.main.window import MainWindow
    from pe_desktop.ui.settings import open_settings

    window = MainWindow(None, settings if settings is not None else open_settings(), complete_later=True)

    def painted() -> None:
        window.complete()
        # on a turn of its own, so the completed window is painted before the archive layer is imported
        QTimer.singleShot(0, window, lambda: open_startup_archive(window, archive_path, demo, scratch))

    after_first_paint(window, painted)
    window.show()
    return window


def run_demo(archive_path: Path | None = None) -> int:
    """``pe-desktop demo``: the GUI on the example, in a fresh archive of its own (or ``archive_path``).

    The fresh archive lives in a new temporary folder (not the user's data
    folder, whatever XDG_DATA_HOME says), named on stdout once it is shown,
    and is deleted with its backups when the program ends.
    """
    if archive_path is not None:
        return run_gui(Path(archive_path), demo=True)
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="pe-desktop-demo-"))
    path = folder / "demo.sqlite"
    try:
        return run_gui(path, demo=True, scratch=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_gui(archive_path: Path, demo: bool, scratch: bool = False) -> int:
    """``pe-desktop`` / ``pe-desktop demo``: run the GUI until its windows close."""
    app = build_app()
    window = start_main_window(Path(archive_path), demo, scratch=scratch)
    with _close_on_terminate(window):
        code = app.exec()
    if window.archive is not None:  # closed without a closeEvent (e.g. the session ended)
        window.close_archive()
    return code


@contextmanager
def _close_on_terminate(window: QWidget) -> Iterator[None]:
    """Ctrl+C in the terminal or a log-out (SIGTERM) closes the window properly.

    Python runs signal handlers only between bytecodes, never while Qt's C++
    event loop waits, so a slow timer gives it a chance to; the window's
    closeEvent then closes the archive as usual.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in previous:
        signal.signal(sig, lambda *_: QTimer.singleShot(0, window.close))
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    try:
        yield
    finally:
        ticker.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
