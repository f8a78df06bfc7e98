"""Partnerships: found by id or by name."""

from __future__ import annotations


def test_find_by_id_or_name(archive) -> None:
    first = archive.create_partnership("Eastside")
    archive.create_partnership("Eastside")  # same name, newer: the oldest wins
    assert archive.find_partnership_by_id_or_name(first).id == first
    assert archive.find_partnership_by_id_or_name("Eastside").id == first
    assert archive.find_partnership_by_id_or_name("Nowhere") is None
    assert [p.name for p in archive.partnerships()] == ["Eastside", "Eastside"]
