"""Phone voting over the laptop's own network (docs/design.md §6). No Qt here.

Use :class:`VotingServer`; the rest of the package is its parts.
"""

from pe_desktop.server.events import (
    ITEM_CLOSED,
    ITEM_OPENED,
    KNOWN_EVENTS,
    REVEALED,
    ROUND_CHANGED,
    SESSION_CLOSED,
)
from pe_desktop.server.server import VotingServer, check_host, is_any_address

__all__ = [
    "ITEM_CLOSED",
    "ITEM_OPENED",
    "KNOWN_EVENTS",
    "REVEALED",
    "ROUND_CHANGED",
    "SESSION_CLOSED",
    "VotingServer",
    "check_host",
    "is_any_address",
]
