"""Phone voting protocol (docs/design.md §6): join, vote, re-vote, state, events, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import ast
import asyncio
import json
import re
import socket
import threading

import aiohttp
import pytest

from helpers import REPO
from pe_desktop.server import VotingServer
from pe_desktop.server.phone_sim import SimulatedPhone

ROOT = REPO


def run(coro):
    return asyncio.run(coro)


@pytest.fixture
def open_session(archive, session_id):
    """The conftest session, opened, with every item of round 1 open."""
    archive.set_status(session_id, "open")
    archive.set_item_states(session_id, 1, archive.instrument(session_id).item_keys, "open")
    return session_id


@pytest.fixture
def server(archive, open_session):
    srv = VotingServer(archive, open_session, "127.0.0.1")
    srv.start()
    yield srv
    srv.stop()


def group_id(archive, session_id, name="Residents") -> str:
    return archive.group_by_name(session_id, name).id


async def joined_phone(server, archive, group="Residents", language="en") -> SimulatedPhone:
    phone = SimulatedPhone(server.join_url)
    await phone.__aenter__()
    assert await phone.open_page() == 200
    status, data = await phone.join(group_id(archive, server.session_id, group), language)
    assert status == 200, data
    return phone


def participant_id(archive, session_id, code) -> str:
    return archive.query("SELECT id FROM participants WHERE session_id = ? AND code = ?", [session_id, code])[0]["id"]


def events_for(archive, session_id):
    return archive.query(
        "SELECT participant_id, item_key, value, source, action FROM rating_events WHERE session_id = ? ORDER BY "
        "recorded_at",
        [session_id],
    )


# ------------------------------------------------------------------ start, urls
def test_join_url_carries_a_random_token_of_at_least_64_bits(server, pe_instrument):
    assert server.port > 0
    assert server.url == f"http://127.0.0.1:{server.port}"
    assert server.join_url == f"{server.url}/j/{server.token}"
    # URL-safe base64: 6 bits per character
    assert len(server.token) * 6 >= 64
    again = VotingServer(server.archive, server.session_id, "127.0.0.1")
    assert (again.token, again.secret, again.short_code) == (server.token, server.secret, server.short_code)
    pid = server.archive.create_partnership("Another partnership")
    other_session = server.archive.create_session(pe_instrument, "Other", pid, groups=[("A", "community")])
    other = VotingServer(server.archive, other_session, "127.0.0.1")
    assert other.token != server.token and other.secret != server.secret and other.short_code != server.short_code


def test_page_sets_an_httponly_samesite_lax_device_cookie(server):
    async def go():
        async with aiohttp.ClientSession() as http, http.get(server.join_url) as response:
            body = await response.text()
            return response.status, response.headers, response.headers.getall("Set-Cookie"), body

    status, headers, cookies, body = run(go())
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert len(cookies) == 1
    cookie = cookies[0]
    assert cookie.startswith("pe_device=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
    assert "/static/phone.js" in body and "/static/phone.css" in body
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_page_assets_are_served_with_their_types(server):
    async def go():
        async with aiohttp.ClientSession() as http:
            out = {}
            for name in ("phone.js", "phone.css"):
                async with http.get(f"{server.url}/static/{name}") as response:
                    out[name] = (response.status, response.headers["Content-Type"], await response.read())
            return out

    out = run(go())
    assert out["phone.js"][0] == 200 and out["phone.js"][1].startswith("text/javascript")
    assert out["phone.css"][0] == 200 and out["phone.css"][1].startswith("text/css")
    assert b"X-Requested-With" in out["phone.js"][2]


def test_state_before_joining_lists_groups_items_and_scale(server, archive):
    async def go():
        async with SimulatedPhone(server.join_url) as phone:
            await phone.open_page()
            return await phone.state("en")

    status, state = run(go())
    assert status == 200
    assert state["session"] == {"title": "Test session", "closed": False}
    assert state["round"] == 1
    assert state["me"] is None
    assert [g["name"] for g in state["groups"]] == ["Residents", "Organizers", "Funders"]
    keys = list(archive.instrument(server.session_id).item_keys)
    assert state["open"] == keys
    assert [i["key"] for i in state["items"]] == keys
    assert all(i["state"] == "open" for i in state["items"])
    assert state["items"][0]["title"] == "Continual"
    assert state["scale"]["allow_unsure"] is True
    assert state["scale"]["points"][0] == {"value": 1, "label": "Not at all"}
    assert [p["value"] for p in state["scale"]["points"]] == [1, 2, 3, 4, 5]
    assert state["revealed"] == []


def test_state_in_spanish_translates_the_instrument(server):
    async def go():
        async with SimulatedPhone(server.join_url) as phone:
            await phone.open_page()
            return await phone.state("es")

    status, state = run(go())
    assert status == 200
    assert state["language"] == "es"
    assert state["items"][0]["title"] == "Continua"
    assert state["items"][0]["question"].startswith("¿La alianza")
    assert state["scale"]["points"][0]["label"] == "Nada"
    # keys stay the same in every language, so votes are one data set
    assert state["items"][0]["key"] == "continual"


def test_join_adds_an_anonymous_phone_participant_of_the_group(server, archive):
    joins = []
    server.on_join = joins.append

    async def go():
        phone = await joined_phone(server, archive, "Funders", "es")
        try:
            status, state = await phone.state("es")
            return phone.code, status, state
        finally:
            await phone.close()

    code, status, state = run(go())
    assert code == "P01"
    rows = archive.participants(server.session_id)
    assert len(rows) == 1
    assert rows[0].code == "P01" and rows[0].channel == "phone" and rows[0].language == "es"
    assert rows[0].group_name == "Funders"
    rejoin = state["me"].pop("rejoin")
    assert re.fullmatch(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", rejoin)
    assert state["me"] == {"participant": "P01", "group": rows[0].group_id, "votes": {}}
    assert server.joined_count == 1
    assert joins == [{"id": rows[0].id, "code": "P01", "group": rows[0].group_id, "language": "es"}]


def test_joining_again_from_the_same_phone_keeps_the_participant(server, archive):
    async def go():
        phone = await joined_phone(server, archive)
        try:
            first = phone.code
            await phone.open_page()  # reloading the page keeps the cookie
            status, data = await phone.join(group_id(archive, server.session_id), "en")
            return first, status, data
        finally:
            await phone.close()

    first, status, data = run(go())
    assert status == 200 and data["participant"] == first
    assert len(archive.participants(server.session_id)) == 1
    assert server.joined_count == 1


def test_each_phone_gets_its_own_code(server, archive):
    async def go():
        phones = [await joined_phone(server, archive) for _ in range(3)]
        codes = [p.code for p in phones]
        for p in phones:
            await p.close()
        return codes

    assert run(go()) == ["P01", "P02", "P03"]
    assert server.joined_count == 3


# ---------------------------------------------------------------------- votes
def test_vote_is_committed_before_the_phone_gets_200(server, archive):
    votes = []
    seen_in_archive = []

    def on_vote(vote):
        # runs after the commit: the rating is already readable by anyone
        seen_in_archive.append(archive.rating(server.session_id, 1, vote["participant_id"], vote["item"]))
        votes.append(vote)

    server.on_vote = on_vote

    async def go():
        phone = await joined_phone(server, archive)
        try:
            return phone.code, await phone.vote("continual", 4, 1)
        finally:
            await phone.close()

    code, (status, data) = run(go())
    assert status == 200
    assert data == {"saved": True, "item": "continual", "value": 4, "round": 1}
    pid = participant_id(archive, server.session_id, code)
    assert archive.rating(server.session_id, 1, pid, "continual") == (True, 4)
    assert seen_in_archive == [(True, 4)]
    assert votes[0]["participant"] == code and votes[0]["value"] == 4 and votes[0]["round"] == 1
    assert events_for(archive, server.session_id) == [
        {"participant_id": pid, "item_key": "continual", "value": 4, "source": "phone", "action": "set"}
    ]
    assert server.votes_saved == 1


def test_changed_vote_replaces_the_rating_and_is_logged(server, archive):
    async def go():
        phone = await joined_phone(server, archive)
        try:
            results = [await phone.vote("bilateral", v, 1) for v in (2, 5, None)]
            return phone.code, results, await phone.state()
        finally:
            await phone.close()

    code, results, (status, state) = run(go())
    assert [r[0] for r in results] == [200, 200, 200]
    pid = participant_id(archive, server.session_id, code)
    # "not sure" is a rating with no value
    assert archive.rating(server.session_id, 1, pid, "bilateral") == (True, None)
    assert archive.rating_counts(server.session_id, 1) == {"bilateral": 1}
    assert [e["value"] for e in events_for(archive, server.session_id)] == [2, 5, None]
    assert state["me"]["votes"] == {"bilateral": None}


def test_state_shows_the_phones_own_votes_only(server, archive):
    async def go():
        a = await joined_phone(server, archive)
        b = await joined_phone(server, archive, "Funders")
        try:
            await a.vote("continual", 3)
            await b.vote("communal", 5)
            return (await a.state())[1]["me"]["votes"], (await b.state())[1]["me"]["votes"]
        finally:
            await a.close()
            await b.close()

    assert run(go()) == ({"continual": 3}, {"communal": 5})


def test_phones_follow_the_round(server, archive):
    sid = server.session_id
    keys = archive.instrument(sid).item_keys

    async def go():
        phone = await joined_phone(server, archive)
        try:
            assert (await phone.vote("continual", 2, 1))[0] == 200
            archive.set_item_states(sid, 1, keys, "revealed")
            archive.start_round(sid, 2)
            archive.set_item_states(sid, 2, ["continual"], "open")
            server.notify("round-changed", {"round": 2})
            status, state = await phone.state()
            old_round = await phone.vote("continual", 3, 1)
            new_round = await phone.vote("continual", 5, 2)
            return state, old_round, new_round, phone.code
        finally:
            await phone.close()

    state, old_round, new_round, code = run(go())
    assert state["round"] == 2 and state["open"] == ["continual"] and state["me"]["votes"] == {}
    assert state["revealed"] == []  # round 2's items are not revealed yet
    assert old_round[0] == 409 and old_round[1]["error"] == "wrong-round"
    assert new_round[0] == 200
    pid = participant_id(archive, sid, code)
    assert archive.rating(sid, 1, pid, "continual") == (True, 2)
    assert archive.rating(sid, 2, pid, "continual") == (True, 5)


def test_revealed_items_are_listed_and_closed_for_voting(server, archive):
    sid = server.session_id

    async def go():
        phone = await joined_phone(server, archive)
        try:
            archive.set_item_states(sid, 1, ["communal"], "revealed")
            server.notify("revealed", {"item": "communal"})
            return await phone.state(), await phone.vote("communal", 1)
        finally:
            await phone.close()

    (status, state), (vote_status, vote) = run(go())
    assert state["revealed"] == ["communal"]
    assert "communal" not in state["open"]
    assert vote_status == 409 and vote["error"] == "item-closed"


def test_closed_session_ends_voting(server, archive):
    sid = server.session_id

    async def go():
        phone = await joined_phone(server, archive)
        try:
            archive.update_session(sid, status="closed")
            server.notify("session-closed", {})
            return await phone.state(), await phone.vote("continual", 3)
        finally:
            await phone.close()

    (status, state), (vote_status, vote) = run(go())
    assert state["session"]["closed"] is True and state["open"] == []
    assert vote_status == 409 and vote["error"] == "session-closed"
    assert archive.rating_counts(sid, 1) == {}


# --------------------------------------------------------------------- events
async def _read_until(response, needle: str, deadline: float) -> str:
    text = ""
    loop = asyncio.get_running_loop()
    while needle not in text:
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise AssertionError(f"{needle!r} not seen in event stream: {text!r}")
        chunk = await asyncio.wait_for(response.content.readany(), remaining)
        if not chunk:
            raise AssertionError(f"stream ended before {needle!r}: {text!r}")
        text += chunk.decode()
    return text


def test_events_reach_phones_live(server, archive):
    async def go():
        async with SimulatedPhone(server.join_url) as phone:
            await phone.open_page()
            async with phone.session.get(f"{server.url}/api/events") as response:
                assert response.status == 200
                assert response.headers["Content-Type"].startswith("text/event-stream")
                deadline = asyncio.get_running_loop().time() + 10
                hello = await _read_until(response, ": connected", deadline)
                # notify from another thread, as the GUI does
                threads = [
                    threading.Thread(target=server.notify, args=("item-closed", {"item": "continual"})),
                    threading.Thread(target=server.notify, args=("item-opened", {"item": "bilateral"})),
                ]
                for t in threads:
                    t.start()
                    t.join()
                text = await _read_until(response, "item-opened", deadline)
                text += await _read_until(response, "\n\n", deadline) if not text.endswith("\n\n") else ""
                return hello, text

    hello, text = run(go())
    assert "retry: " in hello
    messages = [m for m in text.split("\n\n") if "event:" in m]
    parsed = []
    for message in messages:
        fields = dict(line.split(": ", 1) for line in message.strip().splitlines() if not line.startswith(":"))
        parsed.append((fields["event"], json.loads(fields["data"]), int(fields["id"])))
    assert [(e, d) for e, d, _ in parsed] == [
        ("item-closed", {"item": "continual"}),
        ("item-opened", {"item": "bilateral"}),
    ]
    assert parsed[0][2] < parsed[1][2]


def test_notify_checks_the_event_and_reports_when_not_running(archive, open_session):
    srv = VotingServer(archive, open_session, "127.0.0.1")
    assert srv.notify("item-opened", {"item": "continual"}) is False
    with pytest.raises(ValueError):
        srv.notify("bad name\ndata: x", {})
    with pytest.raises(TypeError):
        srv.notify("revealed", {"x": object()})


def test_stop_ends_event_streams_and_answers_no_more(archive, open_session):
    srv = VotingServer(archive, open_session, "127.0.0.1")
    srv.start()

    async def go():
        async with SimulatedPhone(srv.join_url) as phone:
            await phone.open_page()
            async with phone.session.get(f"{srv.url}/api/events") as response:
                deadline = asyncio.get_running_loop().time() + 10
                await _read_until(response, ": connected", deadline)
                await asyncio.get_running_loop().run_in_executor(None, srv.stop)
                rest = await asyncio.wait_for(response.content.read(), 10)
                return rest

    port = srv.port
    assert run(go()) == b""
    assert not srv.running
    assert srv.notify("revealed", {}) is False
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0  # no longer listening
    srv.stop()  # idempotent


# ------------------------------------------------------------------ lifecycle
def test_restart_with_the_same_token_and_secret_keeps_each_phone(archive, open_session):
    first = VotingServer(archive, open_session, "127.0.0.1")
    first.start()

    async def go():
        phone = await joined_phone(first, archive)
        try:
            assert (await phone.vote("continual", 1))[0] == 200
            first.stop()
            second = VotingServer(archive, open_session, "127.0.0.1", first_port,
                                  token=first.token, secret=first.secret)
            second.start()
            try:
                status, state = await phone.state()
                again = await phone.vote("continual", 5)
            finally:
                second.stop()
            return phone.code, state, again
        finally:
            await phone.close()

    first_port = first.port
    code, state, again = run(go())
    assert state["me"]["participant"] == code
    assert again[0] == 200
    pid = participant_id(archive, open_session, code)
    assert archive.rating(open_session, 1, pid, "continual") == (True, 5)
    assert len(archive.participants(open_session)) == 1


def test_port_in_use_is_an_oserror(server, archive):
    clash = VotingServer(archive, server.session_id, "127.0.0.1", server.port)
    with pytest.raises(OSError):
        clash.start()
    assert not clash.running


def test_host_must_be_an_ip_address(archive, open_session):
    for bad in ("localhost", "pe-desktop.local", ""):
        with pytest.raises(ValueError, match="not an IP address"):
            VotingServer(archive, open_session, bad)


def test_ipv6_loopback_works(archive, open_session):
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    srv = VotingServer(archive, open_session, "::1")
    try:
        srv.start()
    except OSError:
        pytest.skip("::1 is not configured on this machine")
    try:
        async def go():
            async with SimulatedPhone(srv.join_url) as phone:
                return await phone.open_page(), await phone.state()

        page, (status, _) = run(go())
        assert srv.join_url.startswith(f"http://[::1]:{srv.port}/j/")
        assert page == 200 and status == 200
    finally:
        srv.stop()


def test_server_package_imports_no_qt():
    forbidden = {"PySide6", "shiboken6", "pyqtgraph"}
    files = sorted((ROOT / "pe_desktop" / "server").glob("*.py")) + [ROOT / "pe_desktop" / "commands" / "serve.py"]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in forbidden, f"{path.name} imports {name}"


def test_a_write_the_store_refuses_is_answered_503_and_others_in_its_batch_are_saved(server, archive):
    """A database-level failure of one vote (here a trigger) is reported, never acknowledged."""
    sid = server.session_id
    with archive.transaction() as conn:
        conn.execute(
            """CREATE TEMP TRIGGER refuse_communal BEFORE INSERT ON ratings WHEN NEW.item_key = 'communal'
               BEGIN SELECT RAISE(ABORT, 'disk says no'); END"""
        )

    async def go():
        phone = await joined_phone(server, archive)
        try:
            return phone.code, await asyncio.gather(
                *(phone.vote(key, 3) for key in ("continual", "communal", "bilateral"))
            )
        finally:
            await phone.close()

    try:
        code, results = run(go())
    finally:
        with archive.transaction() as conn:
            conn.execute("DROP TRIGGER refuse_communal")
    assert [status for status, _ in results] == [200, 503, 200]
    assert results[1][1]["error"] == "not-saved"
    pid = participant_id(archive, sid, code)
    assert archive.rating(sid, 1, pid, "communal") == (False, None)
    assert sorted(e["item_key"] for e in events_for(archive, sid)) == ["bilateral", "continual"]
