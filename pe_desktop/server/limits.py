"""Request limits of the phone server: body size and a per-device rate limit.

A phone on the hotspot is not trusted: a broken or hostile page could send
votes in a tight loop and starve everyone else's. Each device gets a token
bucket: a burst large enough for a person tapping through every item of a
form at once, refilled at a rate no human reaches.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

#: Largest request body accepted (docs/design.md §6); bigger ones get 413.
MAX_BODY_BYTES = 4096

#: Sustained requests per second per device.
DEFAULT_RATE = 10.0

#: Requests a device may make at once before the rate applies
#: (a 25-item form voted in one go, plus state and event requests).
DEFAULT_BURST = 60

#: Event streams one device may hold open at once (a few browser tabs).
MAX_STREAMS_PER_DEVICE = 4


class RateLimiter:
    """Token buckets per key, forgetting the least recently seen keys beyond ``max_keys``.

    Not thread-safe: the server uses it only from its event loop.
    """

    def __init__(
        self, rate: float = DEFAULT_RATE, burst: int = DEFAULT_BURST, max_keys: int = 20_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate limit: rate must be > 0 and burst at least 1")
        self.rate = float(rate)
        self.burst = float(burst)
        self._max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def allow(self, key: str) -> bool:
        """Take one token from ``key``'s bucket; False when it is empty."""
        now = self._clock()
        tokens, last = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        allowed = tokens >= 1.0
        if allowed:
            tokens -= 1.0
        self._buckets[key] = (tokens, now)
        if len(self._buckets) > self._max_keys:
            self._buckets.popitem(last=False)
        return allowed
