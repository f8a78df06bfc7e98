"""How stored codes read on screen: one label function per vocabulary.

Every screen that shows a session status, position, stage, channel, item
state, note kind or action status calls the function here, so a value reads
the same everywhere and is translated once (context "Labels"). A code this
version does not know (from a newer version or another tool) is shown as it
is stored. Kept apart from the dialogs so the main window's details pane can
use them without importing the dialog module on the way to the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pe_desktop.core.vocab import ActionStatus, Channel, ItemState, NoteKind, Position, SessionStatus, Stage


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def session_status_text(status: str) -> str:
    """A session's status: Not started / Running / Closed."""
    texts: dict[str, str] = {SessionStatus.DRAFT: _tr("Not started"), SessionStatus.OPEN: _tr("Running"),
             SessionStatus.CLOSED: _tr("Closed")}
    return texts.get(status, str(status))


def position_labels() -> dict[str, str]:
    """Positions as the archive stores them → how they read (docs/design.md §4)."""
    return {Position.COMMUNITY: _tr("Community"), Position.INSTITUTION: _tr("Institution"), Position.OTHER: _tr("Other")}


def position_text(position: str | None) -> str:
    return position_labels().get(position, str(position)) if position else ""


def stage_labels() -> dict[str, str]:
    return {Stage.ADVISE: _tr("Advise"), Stage.ACCLIMATE: _tr("Acclimate"), Stage.ACTIVATE: _tr("Activate"),
            Stage.ACCELERATE: _tr("Accelerate")}


def stage_text(stage: str | None) -> str:
    return stage_labels().get(stage, str(stage)) if stage else ""


def stage_help() -> dict[str | None, str]:
    """One plain sentence per stage, shown under the choice (the four stages of partnership development)."""
    return {
        None: _tr("Optional: how far the partnership has come. It is kept with the session for later comparison."),
        Stage.ADVISE: _tr("Listening and laying the foundation: hearing residents, agreeing on a shared vision and roles."),
        Stage.ACCLIMATE: _tr("Building trust and learning to work together: meeting, communicating, dealing with concerns early."),
        Stage.ACTIVATE: _tr("Turning plans into action: doing the work together and sharing decisions."),
        Stage.ACCELERATE: _tr("Growing what works and making it last: sharing power and resources for the long term."),
    }


def channel_text(channel: str) -> str:
    """How a participant's ratings came in."""
    texts: dict[str, str] = {Channel.PHONE: _tr("Phone"), Channel.PAPER: _tr("Paper"), Channel.LAPTOP: _tr("Laptop"),
             Channel.TALLY: _tr("Tally"), Channel.IMPORT: _tr("Imported")}
    return texts.get(channel, str(channel))


def item_state_text(state: str) -> str:
    """What an item state means to a facilitator."""
    texts: dict[str, str] = {ItemState.PENDING: _tr("Not started"), ItemState.OPEN: _tr("Voting open"),
             ItemState.CLOSED: _tr("Voting closed"), ItemState.REVEALED: _tr("Revealed")}
    return texts.get(state, str(state))


def note_kind_text(kind: str) -> str:
    texts: dict[str, str] = {NoteKind.NOTE: _tr("Note"), NoteKind.QUOTE: _tr("Quote"), NoteKind.DISSENT: _tr("Dissent")}
    return texts.get(kind, str(kind))


def action_status_text(status: str) -> str:
    texts: dict[str, str] = {ActionStatus.OPEN: _tr("Open"), ActionStatus.DONE: _tr("Done"), ActionStatus.DROPPED: _tr("Dropped")}
    return texts.get(status, str(status))
