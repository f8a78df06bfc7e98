"""Trends: a partnership's sessions over time, figures equal to each session's summary."""

from __future__ import annotations

import json
import random

import pytest

from helpers import run_cli
from pe_desktop.core.instruments import find_instrument
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.trends import partnership_trend

GROUPS = [("Residents", "community"), ("Staff", "institution")]


def _rate(archive, sid: str, round_: int, people: int, rng: random.Random) -> None:
    inst = archive.instrument(sid)
    groups = archive.groups(sid)
    existing = [p.id for p in archive.participants(sid)]
    while len(existing) < people:
        existing.append(archive.add_participant(sid, groups[len(existing) % len(groups)].id, "paper").id)
    entries = [
        (pid, key, None if rng.random() < 0.1 else rng.randint(inst.scale.min, inst.scale.max))
        for pid in existing[:people] for key in inst.item_keys if rng.random() < 0.9
    ]
    archive.record_ratings(sid, round_, entries, source="paper")


@pytest.fixture
def partnership(archive, pe_instrument):
    """Sessions created out of date order, one with two rounds, one planned for two but rated once,
    one undated, one never rated, one on another instrument, one deleted, one in another partnership."""
    rng = random.Random(7)
    pid = archive.create_partnership("Riverside Coalition")
    other = archive.create_partnership("Elsewhere")
    ids = {}
    ids["late"] = archive.create_session(
        pe_instrument, "Late", pid, held_on="2026-09-01", stage="activate", groups=GROUPS
    )
    ids["early"] = archive.create_session(pe_instrument, "Early", pid, held_on="2025-03-10", stage="advise",
                                          groups=GROUPS, rounds=2)
    ids["middle"] = archive.create_session(find_instrument("equity-justice"), "Middle", pid, held_on="2025-11-20",
                                           stage="acclimate", groups=GROUPS, rounds=2)
    ids["undated"] = archive.create_session(pe_instrument, "Undated", pid, groups=GROUPS)
    ids["empty"] = archive.create_session(pe_instrument, "Not yet run", pid, held_on="2027-01-15", groups=GROUPS)
    ids["deleted"] = archive.create_session(pe_instrument, "Deleted", pid, held_on="2026-01-01", groups=GROUPS)
    ids["elsewhere"] = archive.create_session(pe_instrument, "Elsewhere", other, held_on="2026-02-01", groups=GROUPS)
    _rate(archive, ids["late"], 1, 9, rng)
    _rate(archive, ids["early"], 1, 12, rng)
    _rate(archive, ids["early"], 2, 11, rng)
    _rate(archive, ids["middle"], 1, 7, rng)
    _rate(archive, ids["undated"], 1, 2, rng)
    _rate(archive, ids["deleted"], 1, 5, rng)
    _rate(archive, ids["elsewhere"], 1, 5, rng)
    archive.delete_session(ids["deleted"])
    return pid, ids


def test_trend_agrees_with_summary_for_every_session(archive, partnership):
    pid, ids = partnership
    trend = partnership_trend(archive, "Riverside Coalition")
    assert trend["partnership"] == "Riverside Coalition"
    assert trend["partnership_id"] == pid
    assert len(trend["sessions"]) == 5
    for session in trend["sessions"]:
        summary = archive.summary(session["id"], session["round"])
        assert list(session["items"]) == [item["key"] for item in summary["items"]]
        for item in summary["items"]:
            assert session["items"][item["key"]] == {
                "median": item["median"], "rwg": item["rwg"], "n": item["n"], "agreement": item["agreement"],
            }


def test_trend_is_in_date_order_with_stage_and_last_rated_round(archive, partnership):
    _, ids = partnership
    sessions = partnership_trend(archive, "Riverside Coalition")["sessions"]
    today = archive.session(ids["undated"]).created_at[:10]
    order = sorted(
        [("2025-03-10", "early"), ("2025-11-20", "middle"), ("2026-09-01", "late"),
         ("2027-01-15", "empty"), (today, "undated")]
    )
    assert [s["id"] for s in sessions] == [ids[name] for _, name in order]
    by_id = {s["id"]: s for s in sessions}
    assert by_id[ids["early"]]["round"] == 2  # re-rated: the second round is where the room ended
    assert by_id[ids["middle"]]["round"] == 1  # two rounds planned, only one rated
    assert by_id[ids["empty"]]["round"] == 1
    assert by_id[ids["early"]]["stage"] == "advise"
    assert by_id[ids["middle"]]["stage"] == "acclimate"
    assert by_id[ids["undated"]]["stage"] is None
    assert by_id[ids["middle"]]["instrument"] == "equity-justice"
    assert all(item["n"] == 0 and item["median"] is None for item in by_id[ids["empty"]]["items"].values())
    assert ids["deleted"] not in by_id and ids["elsewhere"] not in by_id


def test_trend_by_id_and_unknown_partnership(archive, partnership):
    pid, _ = partnership
    assert partnership_trend(archive, pid) == partnership_trend(archive, "Riverside Coalition")
    with pytest.raises(ValidationError, match="'Nowhere'"):
        partnership_trend(archive, "Nowhere")


def test_trend_command_prints_the_json(archive, archive_path, partnership):
    expected = partnership_trend(archive, "Riverside Coalition")
    result = run_cli("trend", "--partnership", "Riverside Coalition", "--json", archive=archive_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
    text = run_cli("trend", "--partnership", "Riverside Coalition", archive=archive_path)
    assert text.returncode == 0 and "Riverside Coalition: 5 session(s)" in text.stdout


def test_trend_command_unknown_partnership_exits_2(archive, archive_path):
    result = run_cli("trend", "--partnership", "No Such Partnership", "--json", archive=archive_path)
    assert result.returncode == 2
    assert "'No Such Partnership'" in result.stderr and result.stdout == ""
