"""200 phones voting on 25 items at once: every acknowledged vote is in the archive, exactly once."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from pathlib import Path

import pytest

from pe_desktop.core.instruments import parse_instrument
from pe_desktop.server import VotingServer
from pe_desktop.server.phone_sim import SimulatedPhone

PHONES = 200
ITEMS = 25
GROUPS = [("Residents", "community"), ("Community groups", "community"), ("Hospital", "institution"),
          ("Funders", "institution")]


def write_form(folder: Path, items: int = ITEMS) -> Path:
    """A test form with ``items`` items on a 1..5 scale with "not sure"."""
    lines = [
        'key = "load-test"', "version = 1", 'title = "Load test form"', 'source = "tests"', 'language = "en"', "",
        "[scale]", "min = 1", "max = 5", 'labels = { 1 = "Not at all", 3 = "Partly", 5 = "Fully" }',
        "allow_unsure = true", "",
    ]
    for n in range(1, items + 1):
        lines += ["[[items]]", f'key = "item-{n:02d}"', f'title = "Item {n}"', f'question = "Question {n}?"', ""]
    path = folder / "load-test.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def load_session(archive, tmp_path):
    path = write_form(tmp_path)
    form = parse_instrument(path.read_text(encoding="utf-8"), str(path))
    assert len(form.items) == ITEMS
    pid = archive.create_partnership("Load")
    sid = archive.create_session(form, "Two hundred phones", pid, groups=GROUPS)
    archive.set_status(sid, "open")
    archive.set_item_states(sid, 1, form.item_keys, "open")
    return sid, form


async def phone_session(server, group_ids, keys, index, acked, refused):
    rng = random.Random(index)
    async with SimulatedPhone(server.join_url) as phone:
        assert await phone.open_page() == 200
        status, data = await phone.join(group_ids[index % len(group_ids)], "es" if index % 3 == 0 else "en")
        assert status == 200, data
        plan = [(key, rng.choice([1, 2, 3, 4, 5, None])) for key in keys]
        # a few people change their minds on a few items, after their first answer is saved
        changes = [(key, rng.choice([1, 5])) for key in rng.sample(keys, 3)] if index % 4 == 0 else []

        async def cast(key, value):
            status, data = await phone.vote(key, value, 1)
            (acked if status == 200 else refused).append((phone.code, key, value, status, data))

        await asyncio.gather(*(cast(key, value) for key, value in plan))
        for key, value in changes:
            await cast(key, value)


@pytest.mark.slow
def test_two_hundred_phones_every_acknowledged_vote_stored_once(archive, load_session):
    sid, form = load_session
    server = VotingServer(archive, sid, "127.0.0.1")
    server.start()
    acked: list = []
    refused: list = []
    try:
        group_ids = [g.id for g in archive.groups(sid)]

        async def room():
            await asyncio.gather(*(
                phone_session(server, group_ids, list(form.item_keys), i, acked, refused) for i in range(PHONES)
            ))

        asyncio.run(room())
    finally:
        server.stop()

    assert refused == []
    first_votes = PHONES * ITEMS
    changes = (PHONES // 4) * 3
    assert len(acked) == first_votes + changes
    assert server.joined_count == PHONES
    assert server.votes_saved == len(acked)
    assert server.stats["commits"] < server.stats["writes"]  # votes were grouped into shared commits

    code_to_id = {p.code: p.id for p in archive.participants(sid)}
    assert len(code_to_id) == PHONES
    # every acknowledged write is in the log exactly once ...
    events = archive.query(
        "SELECT participant_id, item_key, value, source FROM rating_events WHERE session_id = ?", [sid]
    )
    assert all(e["source"] == "phone" for e in events)
    assert Counter((e["participant_id"], e["item_key"], e["value"]) for e in events) == Counter(
        (code_to_id[code], key, value) for code, key, value, _, _ in acked
    )
    # ... and each (participant, item) has one rating: the last answer the phone was told was saved
    last = {}
    for code, key, value, _, _ in acked:
        last[(code_to_id[code], key)] = value
    ratings = archive.query(
        "SELECT participant_id, item_key, value FROM ratings WHERE session_id = ? AND round = 1", [sid]
    )
    assert len(ratings) == PHONES * ITEMS
    assert {(r["participant_id"], r["item_key"]): r["value"] for r in ratings} == last
    assert sum(archive.rating_counts(sid, 1).values()) == PHONES * ITEMS


def test_group_commit_rolls_back_a_failing_job_alone(archive, session_id):
    """Jobs share one commit, but a job that fails half-way leaves nothing behind."""
    from pe_desktop.server.writer import GroupCommitWriter

    archive.set_item_states(session_id, 1, ["continual", "bilateral"], "open")
    gid = archive.groups(session_id)[0].id
    writer = GroupCommitWriter(archive)
    # queued before the writer starts, so all three share one batch
    first = writer.submit(lambda: archive.add_participant(session_id, gid, "phone").id)

    def half_then_fail():
        archive.add_participant(session_id, gid, "phone")
        raise ValueError("second step failed")

    failing = writer.submit(half_then_fail)
    last = writer.submit(lambda: archive.add_participant(session_id, gid, "phone").id)
    writer.start()
    try:
        assert first.result(10) and last.result(10)
        with pytest.raises(ValueError, match="second step failed"):
            failing.result(10)
    finally:
        writer.stop()
    assert len(archive.participants(session_id)) == 2
    assert writer.commits == 1 and writer.jobs_done == 3
