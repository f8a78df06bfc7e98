"""`pe-desktop demo` runs in an archive of its own: the user's data folder stays exactly as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from pe_desktop.store import Archive

REPO = Path(__file__).resolve().parents[2]


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file below ``folder`` with its size and modification time (ns)."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*"))}


def test_the_demo_leaves_the_users_data_folder_untouched(tmp_path, pe_instrument):
    home, data, temp = tmp_path / "home", tmp_path / "data", tmp_path / "temp"
    for folder in (home, data, temp):
        folder.mkdir()
    own = data / "pe-desktop" / "archive.sqlite"  # the user's own archive, with their own session
    own.parent.mkdir()
    with Archive.open(own) as archive:
        archive.create_session(pe_instrument, "Our own session", archive.create_partnership("Ours"))
    before = _snapshot(data)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PE_DESKTOP_", "XDG_DATA", "XDG_CONFIG"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(data), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen",
               PE_DESKTOP_DEMO_LIVE="yes", PE_DESKTOP_DEMO_STEP_MS="0")  # quit while the live session runs
    with subprocess.Popen([sys.executable, "-m", "pe_desktop", "demo"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:
        try:
            line = proc.stdout.readline()  # printed once the demo archive is shown
            assert "demo archive of its own" in line, proc.stderr.read()
            demo_path = Path(line.rsplit(": ", 1)[1].strip())
            assert demo_path.is_relative_to(temp) and demo_path.exists()
            proc.send_signal(signal.SIGTERM)  # a log-out: the window closes properly
            assert proc.wait(timeout=60) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        errors = proc.stderr.read()
    assert "Traceback" not in errors, errors
    assert _snapshot(data) == before
    assert not demo_path.parent.exists()  # the demo archive and its backups are gone
    with Archive.open(own) as archive:
        assert [s.title for s in archive.sessions()] == ["Our own session"]
