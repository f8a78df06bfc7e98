"""Server-Sent Events to the phones: the facilitator's moves, live.

Every event only says *what* changed; a phone reacts by fetching
``/api/state`` again, so a phone that missed events (asleep, walked out of
Wi-Fi range) is right again as soon as it reconnects. That keeps the stream
simple: no replay buffer, no per-phone bookkeeping.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

#: Names the GUI sends through VotingServer.notify (any other [a-z-] name is forwarded too).
ITEM_OPENED = "item-opened"
ITEM_CLOSED = "item-closed"
REVEALED = "revealed"
ROUND_CHANGED = "round-changed"
SESSION_CLOSED = "session-closed"
KNOWN_EVENTS = (ITEM_OPENED, ITEM_CLOSED, REVEALED, ROUND_CHANGED, SESSION_CLOSED)

#: How often an idle stream gets a comment line, so proxies and phones keep it open.
KEEPALIVE_SECONDS = 15.0

#: Reconnect delay the phone's EventSource is told to use (milliseconds).
RETRY_MS = 2000

_NAME = re.compile(r"^[a-z][a-z0-9-]{0,40}$")
_QUEUE_SIZE = 64
_CLOSE = b""


def format_event(event_id: int, name: str, data: dict[str, Any]) -> bytes:
    """One SSE message; ``data`` is compact JSON (never contains a newline)."""
    if not _NAME.match(name):
        raise ValueError(f"event: {name!r} must be lower-case letters, digits and hyphens")
    payload = json.dumps(data, separators=(",", ":"), ensure_ascii=True)
    return f"id: {event_id}\nevent: {name}\ndata: {payload}\n\n".encode()


class EventHub:
    """Fan-out of events to every open stream. Used only from the server's event loop."""

    def __init__(self) -> None:
        self._subscribers: set[asyncio.Queue[bytes]] = set()
        self._next_id = 1
        self.closed = False

    @property
    def count(self) -> int:
        return len(self._subscribers)

    def subscribe(self) -> asyncio.Queue[bytes]:
        queue: asyncio.Queue[bytes] = asyncio.Queue(_QUEUE_SIZE)
        self._subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[bytes]) -> None:
        self._subscribers.discard(queue)

    def publish(self, name: str, data: dict[str, Any]) -> None:
        message = format_event(self._next_id, name, data)
        self._next_id += 1
        for queue in list(self._subscribers):
            try:
                queue.put_nowait(message)
            except asyncio.QueueFull:
                # a phone that stopped reading: end its stream; it reconnects and refetches state
                self._subscribers.discard(queue)
                self._force_close(queue)

    def close_all(self) -> None:
        """End every stream (server stopping)."""
        self.closed = True
        for queue in list(self._subscribers):
            self._force_close(queue)
        self._subscribers.clear()

    @staticmethod
    def _force_close(queue: asyncio.Queue[bytes]) -> None:
        while True:
            try:
                queue.get_nowait()
            except asyncio.QueueEmpty:
                break
        queue.put_nowait(_CLOSE)


def is_close(message: bytes) -> bool:
    return message == _CLOSE
