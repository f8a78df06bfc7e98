"""Saving a picture of the projector ("Save picture…"): the file dialog and the PNG.

Apart from :mod:`.snapshot` (which builds a whole projector window offscreen)
so the window can offer it without importing the module that imports it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

__all__ = ["save_picture_dialog"]


def save_picture_dialog(parent: QWidget, image: QImage, folder: str = "") -> Path | None:
    """Ask where to save ``image`` as PNG and save it; None when cancelled or it could not be written."""
    name, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save picture"), str(Path(folder) / "projector.png"), parent.tr("PNG image (*.png)"))
    if not name:
        return None
    target = Path(name) if name.lower().endswith(".png") else Path(name + ".png")
    return target if image.save(str(target)) else None
