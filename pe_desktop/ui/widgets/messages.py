"""Message boxes that never block and never render text as markup.

Every box is window-modal and opened with ``open()``, not ``exec()``: the
event loop keeps running (a live session keeps saving votes behind a question)
and tests can find the box and press its buttons like a person would. Text is
forced to plain text because it often carries file names or titles typed by
participants, which must not be read as HTML.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    if informative:
        box.setInformativeText(informative)
        # the informative label has no format setter of its own; find it by name
        label = box.findChild(QWidget, "qt_msgbox_informativelabel")
        if label is not None and hasattr(label, "setTextFormat"):
            label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_problem(parent: QWidget | None, title: str, text: str, informative: str = "") -> QMessageBox:
    """Tell the person something went wrong; nothing else happens."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, informative)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str, informative: str = "") -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, title, text, informative)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def ask(
    parent: QWidget | None, title: str, text: str, yes_text: str, on_yes: Callable[[], object],
    informative: str = "", no_text: str = "", on_no: Callable[[], object] | None = None,
    destructive: bool = False,
) -> QMessageBox:
    """Ask a yes/no question; ``on_yes`` (or ``on_no``) runs when answered.

    The safe answer is the default button, so Enter never deletes anything.
    """
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = _box(parent, icon, title, text, informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = QCoreApplication.translate("QMessageBox", "Cancel")
    no = box.addButton(no_text or cancel, QMessageBox.ButtonRole.RejectRole)
    yes.setAccessibleName(yes_text)
    no.setAccessibleName(no.text())
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)

    def answered() -> None:
        if box.clickedButton() is yes:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(answered)
    box.open()
    return box
