"""The one Qt undo adaptor: a QUndoCommand that holds a committed :class:`Change`.

Why it is this small: the change has already been committed by its op
(:mod:`pe_desktop.session.ops`) before it reaches a stack, and it carries
its own undo and redo. ``QUndoStack.push`` calls ``redo()`` at once, from
C++, where a Python exception could not reach the caller; so the first
``redo`` does nothing, and every later undo/redo commits through the change.
A refused edit therefore raises in the op, before anything is pushed.

Undo-menu texts are English templates in the change; they are translated
here, in the contexts the windows used before, then filled in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pe_desktop.session.change import Change
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
    for number, arg in enumerate(change.args, start=1):
        template = template.replace(f"%{number}", arg)
    return template


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
