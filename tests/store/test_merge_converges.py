"""Merges converge (issue 12): random edit histories on 2–3 laptops, exchanged in random orders.

Each laptop starts from the same session (sent as a session file), edits it
on its own (ratings corrected or cleared, notes and actions added, edited
and deleted, session details changed, partnership renamed) and exchanges
session files or whole archives with the others in a random order. Once
each has merged every other's, all hold identical content (compared as a
canonical dump: every row of every data table and of both logs) and pass
``check``; merging again changes nothing.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pe_desktop.core.instruments import find_instrument
from pe_desktop.store import Archive
from pe_desktop.store.check import check_archive
from pe_desktop.store.io.session_file import export_session_file
from pe_desktop.store.merge import MERGE_TABLES, merge_archive

PE = find_instrument("partnership-equity")
KEYS = PE.item_keys[:3]
WORDS = st.sampled_from(["budget", "trust", "rent", "Peñón", "meeting", ""])


def canonical(arch: Archive) -> dict[str, list[tuple]]:
    """Every row of every merged table, sorted: what 'the same content' means."""
    return {
        table: sorted(tuple(map(repr, r.values())) for r in arch.query(f'SELECT * FROM "{table}"'))
        for table in MERGE_TABLES
    }


def _origin(folder: Path) -> tuple[Path, str]:
    path = folder / "laptop0.sqlite"
    with Archive.open(path) as arch:
        pid = arch.create_partnership("Riverside Food Coalition")
        sid = arch.create_session(PE, "Spring", pid, groups=[("Residents", "community"), ("Funders", "institution")])
        groups = arch.groups(sid)
        for n in range(4):
            part = arch.add_participant(sid, groups[n % 2]["id"], "paper")
            for key in KEYS:
                arch.record_rating(sid, 1, part["id"], key, 1 + (n + len(key)) % 5, source="paper")
        arch.add_note(sid, "first note", "note")
        arch.add_action(sid, "first action")
    return path, sid


EDIT = st.one_of(
    st.tuples(st.just("rate"), st.integers(0, 3), st.sampled_from(KEYS), st.one_of(st.none(), st.integers(1, 5))),
    st.tuples(st.just("clear"), st.integers(0, 3), st.sampled_from(KEYS)),
    st.tuples(st.just("note"), st.integers(0, 3), WORDS),
    st.tuples(st.just("add_note"), WORDS),
    st.tuples(st.just("delete_note"), st.integers(0, 3)),
    st.tuples(st.just("action"), st.integers(0, 3), WORDS, st.sampled_from(["open", "done", "dropped"])),
    st.tuples(st.just("session"), WORDS, WORDS),
    st.tuples(st.just("rename"), st.sampled_from(["Riverside Food Coalition", "Riverside Food Co-op"])),
)


def _edit(arch: Archive, sid: str, edit: tuple) -> None:
    kind, *args = edit
    parts = sorted(arch.participants(sid), key=lambda p: p["code"])
    notes = sorted(arch.notes(sid), key=lambda n: n["id"])
    actions = sorted(arch.actions(sid), key=lambda a: a["id"])
    if kind == "rate":
        arch.record_rating(sid, 1, parts[args[0]]["id"], args[1], args[2], source="laptop")
    elif kind == "clear":
        arch.clear_rating(sid, 1, parts[args[0]]["id"], args[1])
    elif kind == "note" and notes:
        arch.update_note(notes[args[0] % len(notes)]["id"], text=args[1] or "blank")
    elif kind == "add_note":
        arch.add_note(sid, args[0] or "new", "quote")
    elif kind == "delete_note" and notes:
        arch.delete_note(notes[args[0] % len(notes)]["id"])
    elif kind == "action" and actions:
        arch.update_action(actions[args[0] % len(actions)]["id"], text=args[1] or "do it", status=args[2])
    elif kind == "session":
        arch.update_session(sid, location=args[0], facilitator=args[1])
    elif kind == "rename":
        arch.update_partnership(arch.session(sid)["partnership_id"], name=args[0])


STEP = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), EDIT),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2), st.booleans()),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(laptops=st.integers(2, 3), steps=st.lists(STEP, max_size=14), order=st.randoms(use_true_random=False))
def test_random_histories_exchanged_in_random_orders_end_identical(tmp_path_factory, laptops, steps, order) -> None:
    folder = tmp_path_factory.mktemp("laptops")
    origin, sid = _origin(folder)
    paths = [origin]
    for n in range(1, laptops):
        paths.append(folder / f"laptop{n}.sqlite")
        with Archive.open(paths[n]) as arch:
            merge_archive(arch, origin)
    files = itertools.count()

    def send(src: int, dst: int, whole: bool) -> None:
        if src == dst:
            return
        if whole:
            other = paths[src]
        else:
            with Archive.open(paths[src]) as arch:
                other = export_session_file(arch, sid, folder / f"file{next(files)}.sqlite")
        with Archive.open(paths[dst]) as arch:
            merge_archive(arch, other)

    for step in steps:
        if step[0] == "edit" and step[1] < laptops:
            with Archive.open(paths[step[1]]) as arch:
                _edit(arch, sid, step[2])
        elif step[0] == "send" and step[1] < laptops and step[2] < laptops:
            send(step[1], step[2], step[3])
    pairs = [(a, b) for a in range(laptops) for b in range(laptops) if a != b]
    for _ in range(2):  # everyone merges everyone's, in a random order, twice
        order.shuffle(pairs)
        for a, b in pairs:
            send(a, b, order.random() < 0.5)
    dumps = []
    for path in paths:
        with Archive.open(path) as arch:
            assert check_archive(arch) == []
            dumps.append(canonical(arch))
            again = merge_archive(arch, paths[(paths.index(path) + 1) % laptops])
            assert not again.changed
    assert all(d == dumps[0] for d in dumps[1:])
