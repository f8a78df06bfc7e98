"""The main window's open archive, one object its parts share.

The window can switch archives (File ▸ Open, a drop, a restore), so its parts
(browser, session commands, exports, archive tools, consoles) must not keep
the archive they were built with: each is given this holder and reads
:attr:`ArchiveHolder.archive` when it acts. Only the window sets it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pe_desktop.store import Archive


class ArchiveHolder:
    """The archive open in the main window, or None (nothing open yet, or a damaged one refused)."""

    def __init__(self) -> None:
        self.archive: Archive | None = None
