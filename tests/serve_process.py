"""``pe-desktop serve`` in a subprocess, and a session for it: shared by the tests in tests/server/."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from helpers import REPO
from pe_desktop.core.instruments import parse_instrument
from pe_desktop.store import Archive


def make_session(path: Path, tmp_path: Path, items: int = 25) -> tuple[str, list[str], list[str]]:
    """An archive with a draft session of an ``items``-item form; returns (session, item keys, group ids)."""
    lines = ['key = "kill-test"', "version = 1", 'title = "Kill test"', 'source = "tests"', 'language = "en"',
             "[scale]", "min = 1", "max = 5", "allow_unsure = true"]
    for n in range(items):
        lines += ["[[items]]", f'key = "item-{n:02d}"', f'title = "Item {n}"', f'question = "Question {n}?"']
    form_path = tmp_path / "kill-test.toml"
    form_path.write_text("\n".join(lines), encoding="utf-8")
    form = parse_instrument(form_path.read_text(encoding="utf-8"), str(form_path))
    with Archive.open(path) as archive:
        pid = archive.create_partnership("Kill")
        sid = archive.create_session(form, "Kill -9", pid, groups=[("Residents", "community"), ("Funders", "institution")])
        groups = [g.id for g in archive.groups(sid)]
    return sid, list(form.item_keys), groups


class Serve:
    """``pe-desktop serve`` in a subprocess; its output collected by reader threads."""

    def __init__(self, path: Path, sid: str, *extra: str, **popen) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pe_desktop", "serve", sid, "--archive", str(path), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, **popen,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.out: list[str] = []
        self.err: list[str] = []
        self._readers = [
            threading.Thread(target=self._drain, args=(self.proc.stdout, self.out, True), daemon=True),
            threading.Thread(target=self._drain, args=(self.proc.stderr, self.err, False), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _drain(self, stream, sink: list[str], announce: bool) -> None:
        for line in stream:
            sink.append(line)
            if announce:
                self.lines.put(line)
        if announce:
            self.lines.put(None)

    def join_url(self, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            if line is None:
                self.kill()
                raise AssertionError(f"serve printed no join URL: {self.out!r} {self.err!r}")
            if line.startswith("http://"):
                return line.strip()

    def wait(self, timeout: float = 30) -> tuple[int, str, str]:
        returncode = self.proc.wait(timeout)
        self._close_pipes(timeout)
        return returncode, "".join(self.out), "".join(self.err)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._close_pipes()

    def _close_pipes(self, timeout: float = 30) -> None:
        """Close our ends of stdout/stderr once the readers have drained them.

        Left open, the pipes were closed by the garbage collector instead,
        with a ResourceWarning that surfaced in whatever test ran next.
        """
        for reader in self._readers:
            reader.join(timeout)
        if not any(reader.is_alive() for reader in self._readers):
            self.proc.stdout.close()
            self.proc.stderr.close()
