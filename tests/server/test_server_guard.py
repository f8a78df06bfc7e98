"""Nobody can jam the phone server (issue 13): join floods, aiohttp's own errors, Origin, HEAD,
dropped clients, the short address and rejoin codes; over real loopback HTTP.

Hostile and ordinary phones connect from different loopback addresses
(127.0.0.2, 127.0.0.3 ...), as phones on a hotspot have different addresses.
"""

from __future__ import annotations

import asyncio
import logging
import socket

import pytest

from pe_desktop.server import VotingServer
from pe_desktop.server.guard import COOKIE_BURST, JOIN_BURST, SECURITY_HEADERS
from pe_desktop.server.phone_sim import SimulatedPhone


@pytest.fixture
def server(archive, session_id):
    archive.set_status(session_id, "open")
    archive.set_item_states(session_id, 1, archive.instrument(session_id).item_keys, "open")
    srv = VotingServer(archive, session_id, "127.0.0.1")
    srv.start()
    yield srv
    srv.stop()


def group(archive, sid: str, name: str = "Residents") -> str:
    return archive.group_by_name(sid, name).id


def raw(server: VotingServer, data: bytes, source: str = "127.0.0.2") -> bytes:
    """Send bytes on a fresh connection and read the whole answer."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10, source_address=(source, 0)) as sock:
        sock.sendall(data)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def head_of(answer: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(lines[0].split()[1]), headers, body


def test_a_join_flood_from_one_address_is_capped_and_changes_nothing_else(server, archive, session_id):
    key = archive.instrument(session_id).item_keys[0]

    async def flood() -> list[tuple[str, int]]:
        statuses = []
        for _ in range(60):  # each round: a fresh cookie jar, as a script minting phones would
            async with SimulatedPhone(server.join_url, source="127.0.0.2") as phone:
                page = await phone.open_page()
                if page != 200:
                    statuses.append(("page", page))
                    continue
                status, _ = await phone.join(group(archive, session_id))
                statuses.append(("join", status))
        return statuses

    async def honest() -> tuple[int, int]:
        async with SimulatedPhone(server.join_url, source="127.0.0.3") as phone:
            assert await phone.open_page() == 200
            joined, _ = await phone.join(group(archive, session_id, "Funders"))
            voted, _ = await phone.vote(key, 4)
            return joined, voted

    async def room():
        return await asyncio.gather(flood(), honest())

    statuses, (joined, voted) = asyncio.run(room())
    assert statuses.count(("join", 200)) == JOIN_BURST
    assert set(statuses) == {("join", 200), ("join", 429), ("page", 429)}  # new cookies are limited too
    assert (joined, voted) == (200, 200)
    people = archive.participants(session_id)
    assert len(people) == JOIN_BURST + 1
    assert server.joins_refused == statuses.count(("join", 429))
    assert [r.value for r in archive.rating_rows(session_id, 1, key)] == [4]


def test_new_cookies_from_one_address_are_rate_limited(server):
    answers = [head_of(raw(server, f"GET /j/{server.token} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                                   "Connection: close\r\n\r\n".encode()))[0] for _ in range(COOKIE_BURST + 5)]
    assert answers.count(200) == COOKIE_BURST and answers.count(429) == 5


def test_the_session_cap_turns_phones_away_until_the_facilitator_raises_it(server, archive, session_id):
    server.set_join_cap(2)

    async def phone(n: int) -> int:
        async with SimulatedPhone(server.join_url, source=f"127.0.1.{n}") as p:
            await p.open_page()
            status, data = await p.join(group(archive, session_id))
            return status if status == 200 else data["error"]

    async def room(first: int, count: int) -> list:
        return [await phone(n) for n in range(first, first + count)]

    assert asyncio.run(room(1, 3)) == [200, 200, "session-full"]
    assert server.phone_count == 2 and server.joins_refused == 1 and server.join_cap == 2
    server.set_join_cap(3)
    assert asyncio.run(room(4, 1)) == [200]
    assert server.phone_count == 3


@pytest.mark.parametrize("request_bytes", [
    b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: " + b"<script>" * 2000 + b"\r\n\r\n",  # oversized header
    b"G<script>T / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",  # bad method
    b"POST /api/vote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nContent-Length: 4<script>\r\n\r\nabcd",
])
def test_aiohttps_own_errors_carry_the_security_headers_and_echo_nothing(server, request_bytes):
    status, headers, body = head_of(raw(server, request_bytes))
    assert status == 400
    for name, value in SECURITY_HEADERS.items():
        assert headers[name.lower()] == value
    assert headers["cache-control"] == "no-store"
    assert b"script" not in body and body == b"400 Bad Request\n"


def test_the_routers_404_is_not_cached(server):
    status, headers, _ = head_of(raw(server, f"GET /no/such/page HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                                             "Connection: close\r\n\r\n".encode()))
    assert status == 404 and headers["cache-control"] == "no-store"
    assert headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]


def test_head_of_the_event_stream_sends_no_body(server, archive, session_id):
    async def go() -> tuple[int, str, bytes]:
        async with SimulatedPhone(server.join_url, source="127.0.0.4") as phone:
            await phone.open_page()
            async with phone.session.head(phone.base + "/api/events") as response:
                return response.status, response.headers["Content-Type"], await response.read()

    status, content_type, body = asyncio.run(go())
    assert status == 200 and content_type.startswith("text/event-stream") and body == b""


def test_a_foreign_origin_is_refused_and_our_own_accepted(server, archive, session_id):
    async def go(origin: str) -> int:
        async with SimulatedPhone(server.join_url, source="127.0.0.5") as phone:
            await phone.open_page()
            async with phone.session.post(
                phone.base + "/api/join", json={"group": group(archive, session_id), "language": "en"},
                headers={"X-Requested-With": "pe-desktop", "Origin": origin},
            ) as response:
                return response.status

    assert asyncio.run(go("http://evil.example")) == 403
    assert archive.participants(session_id) == []
    assert asyncio.run(go(f"http://127.0.0.1:{server.port}")) == 200


def test_a_client_dropping_mid_body_is_not_an_error(server, caplog):
    async def go() -> None:
        async with SimulatedPhone(server.join_url, source="127.0.0.6") as phone:
            await phone.open_page()
            cookie = "; ".join(f"{c.key}={c.value}" for c in phone.session.cookie_jar)
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port, local_addr=("127.0.0.6", 0))
        writer.write(f"POST /api/vote HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nCookie: {cookie}\r\n"
                     "X-Requested-With: pe-desktop\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{"
                     .encode())
        await writer.drain()
        writer.transport.abort()
        async with SimulatedPhone(server.join_url, source="127.0.0.6") as phone:  # the server still answers
            assert await phone.open_page() == 200

    with caplog.at_level(logging.DEBUG, logger="pe_desktop"):
        asyncio.run(go())
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [r for r in caplog.records if r.exc_info]


def test_a_held_body_times_out_and_frees_the_connection(server, archive, session_id):
    async def go() -> bytes:
        async with SimulatedPhone(server.join_url, source="127.0.0.7") as phone:
            await phone.open_page()
            cookie = "; ".join(f"{c.key}={c.value}" for c in phone.session.cookie_jar)
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port, local_addr=("127.0.0.7", 0))
        writer.write(f"POST /api/vote HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nCookie: {cookie}\r\n"
                     "X-Requested-With: pe-desktop\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{"
                     .encode())
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), 30)  # the server ends it (seconds, not minutes)
        writer.close()
        return answer

    assert asyncio.run(go()).startswith(b"HTTP/1.1 408")


def test_the_short_address_leads_to_the_join_page_in_any_case(server):
    assert len(server.short_code) == 4 and not set(server.short_code) & set("0O1IL")
    assert server.short_url == f"{server.url}/{server.short_code}"
    for code in (server.short_code, server.short_code.lower()):
        status, headers, _ = head_of(raw(server, f"GET /{code} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                                                 "Connection: close\r\n\r\n".encode()))
        assert status == 303 and headers["location"] == f"/j/{server.token}"
    wrong = "2222" if server.short_code != "2222" else "3333"
    status, _, _ = head_of(raw(server, f"GET /{wrong} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                                       "Connection: close\r\n\r\n".encode()))
    assert status == 404


def test_a_rejoin_code_brings_the_participant_back_on_another_phone(server, archive, session_id):
    key = archive.instrument(session_id).item_keys[0]

    async def go() -> tuple[dict, dict, int]:
        async with SimulatedPhone(server.join_url, source="127.0.0.8") as first:
            await first.open_page()
            await first.join(group(archive, session_id))
            await first.vote(key, 2)
            _, before = await first.state()
        async with SimulatedPhone(server.join_url, source="127.0.0.9") as second:
            await second.open_page()
            wrong, _ = await second.api("POST", "/api/rejoin", {"code": "2222-2222"})
            status, _ = await second.api("POST", "/api/rejoin", {"code": before["me"]["rejoin"].lower()})
            assert status == 200
            await second.vote(key, 5)
            _, after = await second.state()
        return before, after, wrong

    before, after, wrong = asyncio.run(go())
    assert wrong == 404
    assert after["me"]["participant"] == before["me"]["participant"]
    assert after["me"]["rejoin"] == before["me"]["rejoin"]
    assert len(archive.participants(session_id)) == 1
    assert [r.value for r in archive.rating_rows(session_id, 1, key)] == [5]


def test_running_out_of_files_is_logged_once_a_minute_and_dropped_clients_not_at_all(caplog):
    import errno

    from pe_desktop.server.guard import ResourceLog

    now = [0.0]
    handler = ResourceLog(clock=lambda: now[0])
    loop = asyncio.new_event_loop()
    try:
        with caplog.at_level(logging.DEBUG):
            for second in range(150):  # 150 s of failing accepts, ten a second
                now[0] = float(second)
                for _ in range(10):
                    handler(loop, {"message": "socket.accept() out of system resource",
                                   "exception": OSError(errno.EMFILE, "Too many open files")})
                handler(loop, {"message": "dropped", "exception": ConnectionResetError()})
    finally:
        loop.close()
    assert handler.resource_errors == 1500
    lines = [r for r in caplog.records if "out of open files" in r.getMessage()]
    assert len(lines) == 3  # at 0 s, 60 s and 120 s
    assert len(caplog.records) == 3 and not any(r.exc_info for r in caplog.records)
