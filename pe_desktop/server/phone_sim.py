"""A scripted phone: what the phone page does, over real HTTP.

Used by the tests and the bench to play a room full of phones against a real
server, and handy for trying the projector view without a room. It speaks the
protocol exactly as resources/phone/phone.js does (cookie from the join link,
``X-Requested-With`` header, JSON bodies) and, like a phone browser, keeps at
most six connections open.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from pe_desktop.server.app import REQUESTED_WITH

#: Connections a phone browser opens to one host.
BROWSER_CONNECTIONS = 6


class SimulatedPhone:
    """One phone. Use ``async with SimulatedPhone(join_url) as phone:``."""

    def __init__(self, join_url: str, timeout: float = 30.0, source: str | None = None) -> None:
        """``source``: the local address to connect from (e.g. ``127.0.0.7``), one per phone
        when many phones share a loopback server that limits each address."""
        parts = urlsplit(join_url)
        self.join_url = join_url
        self.base = f"{parts.scheme}://{parts.netloc}"
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self.session: aiohttp.ClientSession | None = None
        self.code: str | None = None
        self.source = source

    async def __aenter__(self) -> SimulatedPhone:
        self.session = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),  # the server is an IP address, not a name
            connector=aiohttp.TCPConnector(
                limit=BROWSER_CONNECTIONS, local_addr=(self.source, 0) if self.source else None,
            ),
            timeout=self._timeout,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
            self.session = None

    def _http(self) -> aiohttp.ClientSession:
        if self.session is None:
            raise RuntimeError("use the phone inside 'async with'")
        return self.session

    async def open_page(self) -> int:
        """Load the join link (sets the device cookie); returns the HTTP status."""
        async with self._http().get(self.join_url) as response:
            await response.read()
            return response.status

    async def api(self, method: str, path: str, body: Any = None, params: dict | None = None) -> tuple[int, Any]:
        """One /api/ call as the page makes it; returns (status, decoded JSON or None)."""
        headers = {"X-Requested-With": REQUESTED_WITH}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        async with self._http().request(
            method, self.base + path, data=data, headers=headers, params=params
        ) as response:
            raw = await response.read()
        try:
            decoded = json.loads(raw) if raw else None
        except ValueError:
            decoded = None
        return response.status, decoded

    async def state(self, language: str = "en") -> tuple[int, Any]:
        return await self.api("GET", "/api/state", params={"lang": language})

    async def join(self, group_id: str, language: str = "en") -> tuple[int, Any]:
        status, data = await self.api("POST", "/api/join", {"group": group_id, "language": language})
        if status == 200:
            self.code = data["participant"]
        return status, data

    async def vote(self, item: str, value: int | None, round: int = 1) -> tuple[int, Any]:
        return await self.api("POST", "/api/vote", {"item": item, "value": value, "round": round})
