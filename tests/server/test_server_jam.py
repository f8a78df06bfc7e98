"""``pe-desktop serve`` under attack and across kill -9 (issue 13), over real loopback HTTP.

- 1,100 connections that each send one byte of a 40-byte vote body and hold
  it, with the server limited to 1,024 open files, while 50 phones join and
  vote: each phone gets through within 2 s, and the log stays a few lines;
- kill -9 and a restart keep the join link and every phone's participant.

Each phone connects from its own loopback address (127.0.1.x), the attacker
from 127.0.0.2, as phones on a hotspot have addresses of their own.
"""

from __future__ import annotations

import asyncio
import resource
import time

import pytest
from serve_process import Serve, make_session

from pe_desktop.server.phone_sim import SimulatedPhone
from pe_desktop.store import Archive

HELD = 1100
PHONES = 50
FILE_LIMIT = 1024


def limit_files() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (FILE_LIMIT, FILE_LIMIT))


@pytest.fixture
def many_files():
    """This test process holds the attacker's 1,100 sockets: raise its own soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 4096:
        pytest.skip(f"needs 4,096 open files, the hard limit is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 4096), hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


async def hold(port: int, cookie: str, held: list) -> None:
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=("127.0.0.2", 0))
        writer.write(f"POST /api/vote HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n"
                     "X-Requested-With: pe-desktop\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{"
                     .encode())
        await writer.drain()
        held.append(writer)
    except OSError:
        pass  # refused at once: the address already holds its share


async def phone_joins_and_votes(join_url: str, n: int, group: str, key: str) -> float:
    started = time.monotonic()
    async with SimulatedPhone(join_url, source=f"127.0.1.{n + 1}", timeout=30) as phone:
        assert await phone.open_page() == 200
        status, data = await phone.join(group)
        assert status == 200, data
        status, data = await phone.vote(key, 1 + n % 5)
        assert status == 200, data
    return time.monotonic() - started


def test_held_bodies_under_a_file_limit_do_not_lock_phones_out(archive_path, tmp_path, many_files):
    sid, keys, groups = make_session(archive_path, tmp_path, items=2)
    serve = Serve(archive_path, sid, preexec_fn=limit_files)
    try:
        join_url = serve.join_url()
        port = int(join_url.split(":")[2].split("/")[0])

        async def attack_and_vote() -> list[float]:
            async with SimulatedPhone(join_url, source="127.0.0.2") as attacker:
                assert await attacker.open_page() == 200
                cookie = "; ".join(f"{c.key}={c.value}" for c in attacker.session.cookie_jar)
            held: list = []
            await asyncio.gather(*(hold(port, cookie, held) for _ in range(HELD)))
            times = []
            for wave in range(0, PHONES, 10):  # ten at a time, as people scan the QR code
                times += await asyncio.gather(*(
                    phone_joins_and_votes(join_url, n, groups[n % 2], keys[0]) for n in range(wave, wave + 10)
                ))
            for writer in held:
                writer.transport.abort()
            return times

        times = asyncio.run(attack_and_vote())
        serve.proc.terminate()
        returncode, _, err = serve.wait()
    finally:
        serve.kill()
    assert returncode == 0
    assert max(times) < 2.0, sorted(times)[-5:]
    assert "Traceback" not in err and len(err.splitlines()) < 10, err[-2000:]
    with Archive.open(archive_path) as archive:
        assert archive.participant_count(sid, "phone") == PHONES
        assert len(archive.rating_rows(sid, 1, keys[0])) == PHONES


def test_kill_9_and_restart_keep_the_link_and_every_phones_participant(archive_path, tmp_path):
    sid, keys, groups = make_session(archive_path, tmp_path, items=2)
    phones: list[SimulatedPhone] = []

    async def first(join_url: str) -> list[str]:
        codes = []
        for n in range(10):
            phone = SimulatedPhone(join_url, source=f"127.0.2.{n + 1}")
            phones.append(phone)
            await phone.__aenter__()
            assert await phone.open_page() == 200
            assert (await phone.join(groups[n % 2]))[0] == 200
            assert (await phone.vote(keys[0], 5))[0] == 200
            codes.append(phone.code)
        return codes

    async def after_restart() -> list[tuple[str, int]]:
        seen = []
        for phone in phones:
            assert await phone.open_page() == 200  # the same link, the same cookie
            status, state = await phone.state()
            assert status == 200, state
            vote, _ = await phone.vote(keys[0], 1)
            seen.append((state["me"]["participant"], vote))
            await phone.close()
        return seen

    loop = asyncio.new_event_loop()
    serve = Serve(archive_path, sid, "--port", "0")
    try:
        join_url = serve.join_url()
        codes = loop.run_until_complete(first(join_url))
        serve.kill()  # SIGKILL: no clean stop
        port = join_url.split(":")[2].split("/")[0]
        serve = Serve(archive_path, sid, "--port", port)
        assert serve.join_url() == join_url
        seen = loop.run_until_complete(after_restart())
        serve.proc.terminate()
        serve.wait()
    finally:
        serve.kill()
        for phone in phones:
            loop.run_until_complete(phone.close())
        loop.close()
    assert seen == [(code, 200) for code in codes]
    with Archive.open(archive_path) as archive:
        assert archive.participant_count(sid, "phone") == len(phones)
        assert [r.value for r in archive.rating_rows(sid, 1, keys[0])] == [1] * len(phones)
