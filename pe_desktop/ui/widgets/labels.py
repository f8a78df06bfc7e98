"""How stored codes read on screen: positions, stages, session statuses.

Kept apart from the dialogs so the main window's details pane can use them
without importing the dialog module on the way to the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def position_labels() -> dict[str, str]:
    """Positions as the archive stores them → how they read (docs/design.md §4)."""
    return {"community": _tr("Community"), "institution": _tr("Institution"), "other": _tr("Other")}


def stage_labels() -> dict[str, str]:
    return {"advise": _tr("Advise"), "acclimate": _tr("Acclimate"), "activate": _tr("Activate"),
            "accelerate": _tr("Accelerate")}


def stage_help() -> dict[str | None, str]:
    """One plain sentence per stage, shown under the choice (the four stages of partnership development)."""
    return {
        None: _tr("Optional: how far the partnership has come. It is kept with the session for later comparison."),
        "advise": _tr("Listening and laying the foundation: hearing residents, agreeing on a shared vision and roles."),
        "acclimate": _tr(
            "Building trust and learning to work together: meeting, communicating, dealing with concerns early."
        ),
        "activate": _tr("Turning plans into action: doing the work together and sharing decisions."),
        "accelerate": _tr("Growing what works and making it last: sharing power and resources for the long term."),
    }
