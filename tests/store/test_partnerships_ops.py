"""Partnerships combined and renamed (issue 12): undoable, and travelling in later merges."""

from __future__ import annotations

import pytest

from helpers import run_cli
from pe_desktop.core.instruments import find_instrument
from pe_desktop.store import Archive, ValidationError
from pe_desktop.store.check import check_archive
from pe_desktop.store.merge import merge_archive
from pe_desktop.store.partnerships_ops import combine_partnerships, combines, rename_partnership, undo_combine
from pe_desktop.store.trends import partnership_trend

PE = find_instrument("partnership-equity")
NAME = "Riverside Food Coalition"


def _laptop(path, title: str, held_on: str) -> tuple[str, str]:
    with Archive.open(path) as arch:
        pid = arch.create_partnership(NAME)
        return pid, arch.create_session(PE, title, pid, held_on=held_on)


def test_namesakes_from_a_merge_are_combined_undone_and_the_combine_travels(tmp_path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    pa, _ = _laptop(a, "Spring", "2026-03-01")
    pb, _ = _laptop(b, "Autumn", "2026-10-01")
    with Archive.open(a) as arch:
        report = merge_archive(arch, b)
        assert report.same_name_partnerships == [{"name": NAME, "their_id": pb, "our_id": pa}]
        assert [p["name"] for p in arch.partnerships()] == [NAME, NAME]
        combine_id = combine_partnerships(arch, pa, pb)
        assert [(p["id"], p["session_count"]) for p in arch.partnerships()] == [(pa, 2)]
        assert len(partnership_trend(arch, pa)["sessions"]) == 2
        assert undo_combine(arch, combine_id) and len(arch.partnerships()) == 2
        combine_id = combine_partnerships(arch, pa, pb)
        assert combines(arch)[0]["id"] == combine_id
        rename_partnership(arch, pa, "Riverside Food Co-op")
        with pytest.raises(ValidationError):
            combine_partnerships(arch, pa, pa)
        assert check_archive(arch) == []
    with Archive.open(b) as arch:  # B learns of the combine and the new name, and adds a session to its old one
        merge_archive(arch, a)
        assert [(p["name"], p["session_count"]) for p in arch.partnerships()] == [("Riverside Food Co-op", 2)]
        late = arch.create_session(PE, "Late", pb)  # a tool that still knows the old id
    with Archive.open(a) as arch:
        merge_archive(arch, b)
        assert arch.session(late)["partnership_id"] == pa  # re-homed on arrival
        assert [p["session_count"] for p in arch.partnerships()] == [3]
        assert check_archive(arch) == []


def test_partnerships_command_combines_and_renames(tmp_path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    pa, _ = _laptop(a, "Spring", "2026-03-01")
    pb, _ = _laptop(b, "Autumn", "2026-10-01")
    merged = run_cli("merge", str(b), archive=a, check=True)
    assert f"pe-desktop partnerships combine {pa} {pb}" in merged.stdout
    ambiguous = run_cli("partnerships", "combine", NAME, pb, archive=a)
    assert ambiguous.returncode == 2 and pa in ambiguous.stderr and pb in ambiguous.stderr
    done = run_cli("partnerships", "combine", pa, pb, archive=a, check=True)
    assert "1 session(s) moved" in done.stdout
    run_cli("partnerships", "rename", pa[:8], "Riverside Food Co-op", archive=a, check=True)
    listing = run_cli("--archive", str(a), "partnerships").stdout
    assert listing.count("\n") == 1 and "2 session(s)  Riverside Food Co-op" in listing
    assert "moved back" in run_cli("partnerships", "undo", archive=a, check=True).stdout
    assert run_cli("check", archive=a, check=True).returncode == 0
