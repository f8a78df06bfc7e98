"""The one Qt undo adaptor: a QUndoCommand that holds a committed :class:`Change`.

Why it is this small: the change has already been committed by its op
(:mod:`pe_desktop.session.ops`) before it reaches a stack, and it carries
its own undo and redo. ``QUndoStack.push`` calls ``redo()`` at once, from
C++, where a Python exception could not reach the caller; so the first
``redo`` does nothing, and every later undo/redo commits through the change.
A refused edit therefore raises in the op, before anything is pushed.

Undo-menu texts are English templates in the change; they are translated
here, in the contexts the windows used before, then filled in.

:class:`SafeUndoStack` is where the person is asked (issue 11): the session
layer decides whether undoing a change now would remove recorded data
(:func:`~pe_desktop.session.change.undo_risk`); the stack's Undo then asks
first, or, when the undo has ended (a new session that has content since),
says so and drops the step. Nothing is undone behind a question.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from pe_desktop.session.change import Change, UndoRisk, fill, undo_risk

if TYPE_CHECKING:  # the first paint imports this module; the store comes later, with the archive
    from pe_desktop.store import Archive

#: Undo texts of the console's edits (context "SessionEdits").
_SESSION_TEXTS = {
    "Add a participant": "Add a participant",
    "Add %1 participants": "Add %1 participants",
    "Remove %1": "Remove %1",
    "Rating for %1": "Rating for %1",
    "Clear rating for %1": "Clear rating for %1",
    "Tally for %1": "Tally for %1",
    "Add note": "Add note",
    "Edit note": "Edit note",
    "Delete note": "Delete note",
    "Add action": "Add action",
    "Edit action": "Edit action",
    "Delete action": "Delete action",
}
#: Undo texts of the main window's session edits (context "BrowserEdits").
_BROWSER_TEXTS = {
    "New session “%1”": "New session “%1”",
    "Edit session “%1”": "Edit session “%1”",
    "Delete session “%1”": "Delete session “%1”",
    "Restore session “%1”": "Restore session “%1”",
    "Restore note": "Restore note",
    "Restore action": "Restore action",
}
#: Why an undo is asked about or refused (context "UndoSafety"); the session layer's ops write them.
_RISK_TEXTS = {
    "“%1” now holds what was recorded in it, so its creation can no longer be undone. To remove it, delete it: "
    "it goes to the Trash.": "“%1” now holds what was recorded in it, so its creation can no longer be undone. "
    "To remove it, delete it: it goes to the Trash.",
    "Undo takes back a rating for “%1” recorded during the live session.":
        "Undo takes back a rating for “%1” recorded during the live session.",
    "Undo takes back show-of-hands votes for “%1” recorded during the live session.":
        "Undo takes back show-of-hands votes for “%1” recorded during the live session.",
    "Undo removes %1 participant(s) together with the ratings recorded for them.":
        "Undo removes %1 participant(s) together with the ratings recorded for them.",
    "Undo removes %1 carried action item(s) edited since the review.":
        "Undo removes %1 carried action item(s) edited since the review.",
    "Undo moves a note recorded during the live session to the Trash.":
        "Undo moves a note recorded during the live session to the Trash.",
    "Undo moves an action item recorded during the live session to the Trash.":
        "Undo moves an action item recorded during the live session to the Trash.",
}
#: Undo texts of the follow-up review (context "FollowupDialog").
_FOLLOWUP_TEXTS = {
    "Review of 1 earlier action": "Review of 1 earlier action",
    "Review of %1 earlier actions": "Review of %1 earlier actions",
}


def _session_text(text: str) -> str:
    return QCoreApplication.translate("SessionEdits", text)


def _browser_text(text: str) -> str:
    return QCoreApplication.translate("BrowserEdits", text)


def _followup_text(text: str) -> str:
    return QCoreApplication.translate("FollowupDialog", text)


def _safety_text(text: str) -> str:
    return QCoreApplication.translate("UndoSafety", text)


def risk_text(risk: UndoRisk) -> str:
    """Why the undo is asked about (or refused), in the UI language."""
    return fill(_safety_text(_RISK_TEXTS[risk.text]) if risk.text in _RISK_TEXTS else risk.text, risk.args)


def undo_text(change: Change) -> str:
    """The change's description in the UI language, for the Edit ▸ Undo menu."""
    if change.text in _SESSION_TEXTS:
        template = _session_text(_SESSION_TEXTS[change.text])
    elif change.text in _BROWSER_TEXTS:
        template = _browser_text(_BROWSER_TEXTS[change.text])
    elif change.text in _FOLLOWUP_TEXTS:
        template = _followup_text(_FOLLOWUP_TEXTS[change.text])
    else:
        template = change.text
    return fill(template, change.args)


class ChangeCommand(QUndoCommand):
    """A committed change on a QUndoStack; ``after`` runs after each later undo or redo."""

    def __init__(self, archive: Archive, change: Change, after: Callable[[], None] | None = None) -> None:
        super().__init__(undo_text(change))
        if not change.undoable:
            raise ValueError(f"change: {change.description!r} cannot be undone, so it does not go on an undo stack")
        self._archive = archive
        self._change = change
        self._after = after
        self._pushed = False

    @property
    def change(self) -> Change:
        return self._change

    def risk(self) -> UndoRisk | None:
        """Whether undoing this now would remove recorded data (the session layer's rule)."""
        return undo_risk(self._archive, self._change)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the op already committed it
            return
        assert self._change.redo is not None
        self._change = self._change.redo(self._archive)
        if self._after is not None:
            self._after()

    def undo(self) -> None:
        assert self._change.undo is not None
        self._change.undo(self._archive)
        if self._after is not None:
            self._after()


class SafeUndoStack(QUndoStack):
    """An undo stack whose Undo (menu, shortcut, toolbar, ``undo()``) asks before removing recorded data.

    Qt's own Undo action calls the C++ slot directly, so :meth:`createUndoAction`
    points its action at :meth:`undo` here instead. The question is a
    non-blocking box (:func:`~pe_desktop.ui.widgets.messages.ask`): the live
    session keeps saving votes behind it, and the step is undone only on
    "Undo anyway", and only if it is still the next one to undo.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asking_parent: QWidget | None = None
        self.question: QMessageBox | None = None

    def createUndoAction(self, parent: QObject, prefix: str = "") -> QAction:  # noqa: N802 - Qt's name
        action = super().createUndoAction(parent, prefix)
        action.triggered.disconnect()  # Qt's connection to the C++ undo(), which would not ask
        action.triggered.connect(lambda _checked=False: self.undo())
        if isinstance(parent, QWidget):
            self._asking_parent = parent
        return action

    def undo(self) -> None:
        """Undo the next step, unless that would remove recorded data: then ask, or refuse and drop the step."""
        command = self.command(self.index() - 1) if self.index() > 0 else None
        risk = command.risk() if isinstance(command, ChangeCommand) else None
        if command is None or risk is None:
            super().undo()
            return
        self._ask(command, risk)

    def _ask(self, command: QUndoCommand, risk: UndoRisk) -> None:
        from pe_desktop.ui.widgets.messages import ask, show_info

        title = _safety_text("Undo")
        if risk.ends:
            command.setObsolete(True)
            super().undo()  # an obsolete step leaves the stack without being undone
            self.question = show_info(self._asking_parent, title, risk_text(risk))
            return
        self.question = ask(
            self._asking_parent, title, risk_text(risk), _safety_text("Undo anyway"), lambda: self._confirmed(command),
            informative=_safety_text("Recorded data is not removed without asking. “Keep it” leaves everything as it is."),
            no_text=_safety_text("Keep it"), destructive=True,
        )

    def drop_ended(self) -> int:
        """Drop the next undo steps whose undo has ended (a new session that has content since); returns how many.

        Why: the Edit menu must not keep offering "Undo New session" for a
        workshop that was run meanwhile (issue 11). The window calls this when
        it becomes active again, e.g. back from the session's console.
        """
        dropped = 0
        while self.index() > 0:
            command = self.command(self.index() - 1)
            risk = command.risk() if isinstance(command, ChangeCommand) else None
            if risk is None or not risk.ends:
                break
            command.setObsolete(True)
            super().undo()  # an obsolete step leaves the stack without being undone
            dropped += 1
        return dropped

    def _confirmed(self, command: QUndoCommand) -> None:
        if self.index() > 0 and self.command(self.index() - 1) is command:
            super().undo()
