"""A small live picture of the projector in the console, with what it shows named (issue 11).

The facilitator faces the room, not the screen behind them: the preview
says what the room sees now ("Projector shows: Bilateral — results"), also
while the projector window is hidden (then it is what it would show).

It is redrawn after the projector redraws (its ``redrawn`` signal), at most
every :data:`PREVIEW_DELAY_MS`, by rendering the projector window into one
QImage kept for the console's lifetime and painting that image scaled in
:meth:`ProjectorPreview.paintEvent`. No QPixmap is made per update: with
PySide6 6.11.3 a temporary pixmap per live update leaks (the projector soak
tests watch the same path).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.projector.window import ProjectorWindow
from pe_desktop.ui.widgets.common import plain_label

#: The rendered picture's size (16:9); the widget paints it scaled to fit.
PREVIEW_SIZE = QSize(480, 270)
#: Redraws closer together than this are coalesced into one.
PREVIEW_DELAY_MS = 250


class ProjectorPreview(QWidget):
    """The picture; :attr:`caption` names the view (put it next to the picture)."""

    def __init__(self, controller: SessionController, projector: ProjectorWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.projector = projector
        self._image = QImage(PREVIEW_SIZE, QImage.Format.Format_RGB32)
        self._image.fill(QColor("black"))
        self.setMinimumSize(PREVIEW_SIZE / 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Projector preview"))
        self.caption: QLabel = plain_label("", self.tr("What the projector shows"), parent)
        self.caption.setWordWrap(True)
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_now)
        projector.redrawn.connect(self._timer.start)
        projector.viewChanged.connect(lambda _name: self._timer.start())
        self.refresh_now()

    def stop(self) -> None:
        """The console is closing: no more redraws (the archive may be closed next)."""
        if self._timer.isActive() or not self._stopped:
            self._timer.stop()
            self.projector.redrawn.disconnect(self._timer.start)
            self._timer.timeout.disconnect(self.refresh_now)
        self._stopped = True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return PREVIEW_SIZE / 2

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return width * PREVIEW_SIZE.height() // PREVIEW_SIZE.width()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def shown_text(self) -> str:
        """What the projector shows, in words: the view, and for an item its title and stage."""
        p = self.projector
        if p.is_blank():
            return self.tr("a black screen (B or . shows it again)")
        view = p.view()
        if view == "item":
            c = self.controller
            title = c.instrument.item(c.current_item).title
            state = c.item_states().get(c.current_item, "pending")
            stage = (self.tr("results") if p.item_mode() == "result" else
                     self.tr("voting open") if state == "open" else self.tr("question"))
            return self.tr("%1 — %2").replace("%1", title).replace("%2", stage)
        if view == "overview":
            return self.tr("Overview, page %1 of %2").replace("%1", str(p.overview_index + 1)).replace(
                "%2", str(p.overview_pages()))
        names = {"join": self.tr("How to join"), "shift": self.tr("Round shift"), "gap": self.tr("Power gap")}
        return names.get(view, view)

    def refresh_now(self) -> None:
        """Render the projector into the kept image and name the view."""
        p = self.projector
        self._image.fill(QColor("black"))
        if p.width() > 0 and p.height() > 0:
            scale = min(PREVIEW_SIZE.width() / p.width(), PREVIEW_SIZE.height() / p.height())
            painter = QPainter(self._image)
            painter.translate((PREVIEW_SIZE.width() - p.width() * scale) / 2,
                              (PREVIEW_SIZE.height() - p.height() * scale) / 2)
            painter.scale(scale, scale)
            p.render(painter, QPoint(), QRegion(),
                     QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren)
            painter.end()
        template = self.tr("Projector shows: %1") if p.isVisible() else self.tr("Projector (hidden) would show: %1")
        self.caption.setText(template.replace("%1", self.shown_text()))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        size = PREVIEW_SIZE.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(QPoint((self.width() - size.width()) // 2, 0), size)
        painter.drawImage(target, self._image)
        painter.end()
