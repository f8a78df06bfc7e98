"""What the phone application offers the parts that add routes to it (link rules, results).

The link rules (:mod:`.links`) and the phone results (:mod:`.results`) are
built into the application by :class:`pe_desktop.server.app.PhoneApp`; they
need a few of its services (the device cookie, the JSON body, reads in the
reader threads). They name them through this protocol rather than the
application class, so the application can import them without an import
circle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from aiohttp import web

from pe_desktop.server.tokens import Device


class PhoneHost(Protocol):
    """The phone application's services used by the parts that add routes to it."""

    token: str

    def device_for(self, request: web.Request, need_header: bool = True) -> Device: ...

    async def json_body(self, request: web.Request) -> Any: ...

    async def read_in_thread(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    def rejoined(self, device: Device, participant_id: str) -> web.StreamResponse: ...
