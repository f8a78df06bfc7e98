"""Starting Qt on a desktop, or saying plainly why there is none.

Without a display Qt's xcb plugin aborts with a message about
``libxcb-cursor0`` that sends people looking for a package they already
have. ``new_application`` checks first and explains in plain words; it also
registers the bundled fonts (``pe_desktop.fonts_qt``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QApplication

EXIT_NO_DISPLAY = 1

NO_DISPLAY = """\
pe-desktop: there is no graphical desktop to open a window on
(neither DISPLAY nor WAYLAND_DISPLAY is set).
pe_desktop is a desktop app: start it from the applications menu, or from a
terminal inside a desktop session (GNOME, KDE, Xfce, ...), not over plain ssh
or from a text console. The commands work anywhere: pe-desktop --help"""


def missing_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """The explanation when Qt would find no display to draw on, else None.

    Only Linux and similar systems need a display server; a platform plugin
    chosen with ``QT_QPA_PLATFORM`` other than xcb or wayland (offscreen,
    vnc, eglfs, ...) needs none.
    """
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    if system in ("win32", "darwin", "cygwin"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen and not chosen.startswith(("xcb", "wayland")):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def new_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, with the bundled fonts; exits with an explanation when there is no display."""
    message = missing_display()
    if message is not None:
        print(message, file=sys.stderr)
        raise SystemExit(EXIT_NO_DISPLAY)
    app = QApplication(list(argv))
    from pe_desktop.fonts_qt import register_bundled_fonts

    register_bundled_fonts()
    return app
