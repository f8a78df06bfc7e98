"""Pictures of the projector: exactly what the room would see, rendered offscreen.

Why the real window and not a separate renderer: facilitators paste these
pictures into slides and reports, and a picture that differs from the wall
(another layout, another suppression rule) would be worse than none. So the
snapshot builds a :class:`ProjectorWindow` on the archive, at the asked size
and language, never shows it on a screen, and grabs it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from pe_desktop.store import Archive
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.projector.picture import save_picture_dialog
from pe_desktop.ui.projector.window import VIEWS, ProjectorWindow

__all__ = ["VIEWS", "render_view", "save_picture_dialog"]


class _RoundController(SessionController):
    """A controller that shows a chosen round instead of the session's current one (read only)."""

    def __init__(self, archive: Archive, session_id: str, round_number: int | None) -> None:
        self._pinned_round = round_number
        super().__init__(archive, session_id)

    @property
    def round(self) -> int:
        return self._pinned_round or int(self.session.current_round)


def settle(rounds: int = 4) -> None:
    """Let wrapped texts grow their boxes and the page lay out again (a few event-loop turns, no waiting)."""
    for _ in range(rounds):
        QCoreApplication.processEvents()


def render_view(
    archive: Archive, session_id: str, view: str, *, item: str | None = None, round_number: int | None = None,
    size: tuple[int, int] = (1920, 1080), language: str | None = None,
) -> QImage:
    """The projector's ``view`` as an image of ``size`` (needs a QApplication; offscreen is fine)."""
    controller = _RoundController(archive, session_id, round_number)
    try:
        if item is not None:
            controller.set_current_item(item)
        window = ProjectorWindow(controller, language=language)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(*size)
        window.show()
        settle()
        window.set_view(view)  # again, now that the layout has its final sizes (overview pages)
        settle()
        image = window.grab().toImage()
        window.close()
        window.deleteLater()
        return image
    finally:
        controller.stop()
