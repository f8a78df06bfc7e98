"""``pe-desktop serve`` as a process: kill -9 loses no acknowledged vote; Ctrl-C / SIGTERM stop cleanly."""

from __future__ import annotations

import asyncio
import os
import signal
from collections import Counter

import aiohttp
import pytest
from serve_process import Serve, make_session

from helpers import run_cli
from pe_desktop.server.phone_sim import SimulatedPhone
from pe_desktop.store import Archive

PHONES = 40
KILL_AFTER = 300


def test_kill_9_mid_vote_loses_no_acknowledged_vote(archive_path, tmp_path):
    sid, keys, groups = make_session(archive_path, tmp_path)
    serve = Serve(archive_path, sid)
    join_url = serve.join_url()
    acked: list[tuple[str, str, int | None]] = []
    failed = 0

    async def phone(index: int) -> None:
        nonlocal failed
        async with SimulatedPhone(join_url, timeout=10) as p:
            await p.open_page()
            status, _ = await p.join(groups[index % 2])
            assert status == 200

            async def cast(key: str, value: int | None) -> None:
                nonlocal failed
                try:
                    status, _ = await p.vote(key, value, 1)
                except (TimeoutError, aiohttp.ClientError):
                    failed += 1
                    return
                if status == 200:
                    acked.append((p.code, key, value))
                    if len(acked) == KILL_AFTER:
                        os.kill(serve.proc.pid, signal.SIGKILL)  # mid-vote: other phones have votes in flight
                else:
                    failed += 1

            await asyncio.gather(*(cast(key, (index + n) % 5 + 1) for n, key in enumerate(keys)))

    async def room() -> None:
        await asyncio.gather(*(phone(i) for i in range(PHONES)))

    try:
        asyncio.run(room())
    finally:
        serve.kill()
    returncode, _, _ = serve.wait()
    assert returncode == -signal.SIGKILL
    assert len(acked) >= KILL_AFTER
    assert failed > 0, "the kill should have caught some votes in flight"

    with Archive.open(archive_path) as reopened:
        assert reopened.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
        ids = {p.code: p.id for p in reopened.participants(sid)}
        events = Counter(
            (e["participant_id"], e["item_key"], e["value"])
            for e in reopened.query(
                "SELECT participant_id, item_key, value FROM rating_events WHERE session_id = ?", [sid]
            )
        )
        ratings = {
            (r["participant_id"], r["item_key"]): r["value"]
            for r in reopened.query("SELECT participant_id, item_key, value FROM ratings WHERE session_id = ?", [sid])
        }
    for code, key, value in acked:
        pid = ids[code]
        assert events[(pid, key, value)] >= 1, (code, key, value)
        # each phone voted each item once, so the stored rating is that vote
        assert ratings[(pid, key)] == value


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_cleanly_on_a_signal(archive_path, tmp_path, sig):
    sid, keys, groups = make_session(archive_path, tmp_path, items=3)
    serve = Serve(archive_path, sid)
    try:
        join_url = serve.join_url()
        assert join_url.startswith("http://127.0.0.1:")
        assert "/j/" in join_url

        async def vote():
            async with SimulatedPhone(join_url) as p:
                await p.open_page()
                _, state = await p.state()
                await p.join(groups[0])
                return state, await p.vote(keys[1], 2, 1)

        state, (status, _) = asyncio.run(vote())
        assert state["round"] == 1 and state["open"] == keys  # all items of round 1 open
        assert status == 200
        serve.proc.send_signal(sig)
        returncode, out, err = serve.wait()
    finally:
        serve.kill()
    assert returncode == 0, err
    assert "Stopped: 1 phones joined; 1 votes saved." in err
    assert "Traceback" not in err
    with Archive.open(archive_path) as reopened:
        session = reopened.session(sid)
        assert session.status == "open"
        assert set(reopened.item_states(sid, 1).values()) == {"closed"}
        pid = reopened.participants(sid)[0].id
        assert reopened.rating(sid, 1, pid, keys[1]) == (True, 2)


def test_serve_prints_the_join_url_on_a_line_of_its_own(archive_path, tmp_path):
    sid, _, _ = make_session(archive_path, tmp_path, items=2)
    serve = Serve(archive_path, sid[:8])
    try:
        join_url = serve.join_url()
        serve.proc.terminate()
        returncode, out, err = serve.wait()
    finally:
        serve.kill()
    assert returncode == 0
    assert join_url + "\n" in out.splitlines(keepends=True)
    token = join_url.rsplit("/j/", 1)[1]
    assert len(token) >= 11 and token.replace("-", "").replace("_", "").isalnum()


@pytest.mark.parametrize("args, message", [
    (["--host", "localhost"], "--host: 'localhost' is not an IP address"),
    (["--host", "192.168.4.1.5"], "is not an IP address"),
    (["--port", "70000"], "--port: 70000 is not a port number"),
])
def test_serve_refuses_bad_arguments(archive_path, tmp_path, args, message):
    sid, _, _ = make_session(archive_path, tmp_path, items=2)
    result = run_cli("serve", sid, *args, archive=archive_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_serve_refuses_unknown_and_closed_sessions(archive_path, tmp_path):
    sid, keys, _ = make_session(archive_path, tmp_path, items=2)
    result = run_cli("serve", "no-such-session", archive=archive_path)
    assert result.returncode == 2 and "no such session" in result.stderr
    with Archive.open(archive_path) as archive:
        archive.set_status(sid, "closed")
    result = run_cli("serve", sid, archive=archive_path)
    assert result.returncode == 2 and "is closed" in result.stderr
    with Archive.open(archive_path) as archive:
        assert set(archive.item_states(sid, 1).values()) == {"pending"}  # nothing changed


def test_serve_warns_before_listening_on_every_interface(archive_path, tmp_path):
    """0.0.0.0 is never the default and never silent (checked without binding: the session is unknown)."""
    make_session(archive_path, tmp_path, items=2)
    result = run_cli("serve", "no-such-session", "--host", "0.0.0.0", archive=archive_path)
    assert "warning: --host 0.0.0.0 listens on every network" in result.stderr
    assert result.returncode == 2


def test_serve_on_a_port_in_use_changes_nothing(archive_path, tmp_path):
    import socket

    sid, _, _ = make_session(archive_path, tmp_path, items=2)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", sid, "--port", str(port), archive=archive_path)
    assert result.returncode == 2
    assert f"--port {port}: cannot listen on 127.0.0.1" in result.stderr
    with Archive.open(archive_path) as archive:
        assert archive.session(sid).status == "draft"
        assert set(archive.item_states(sid, 1).values()) == {"pending"}
