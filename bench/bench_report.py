"""How long the PDF summary takes for a big session (goal: at most 1.0 s in-process).

Scenario: the 22-statement instrument (partnership-practices), 200
participants in five groups (one below the minimum group size, so
suppression is exercised), two rounds, a few notes and action items.

Baseline, measured in the same run: a bare reportlab document with the same
number of pages (one short paragraph per page, same embedded font), so the
figure can be read against what reportlab itself costs on this machine.

    cd /work/main && uv run python bench/bench_report.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from pe_desktop.core.instruments import find_instrument
from pe_desktop.report import write_ballots_pdf, write_summary_pdf
from pe_desktop.report.fonts import REGULAR, register_fonts
from pe_desktop.store import Archive

GROUPS = (("Residents", "community"), ("Community organizations", "community"), ("Hospital staff", "institution"),
          ("City departments", "institution"), ("Funders", "institution"))
SIZES = (80, 50, 40, 28, 2)


def build_session(archive: Archive) -> str:
    """The benchmark session: 200 people, 22 items, 2 rounds, fixed seed."""
    rng = random.Random(4)
    inst = find_instrument("partnership-practices")
    pid = archive.create_partnership("Bench partnership")
    sid = archive.create_session(inst, "Benchmark session", pid, held_on="2026-11-01", location="Hall",
                                 facilitator="Bench", stage="activate", groups=GROUPS, rounds=2)
    people = []
    channels = ("paper", "phone", "laptop")
    for group, size in zip(archive.groups(sid), SIZES, strict=True):
        for i in range(size):
            part = archive.add_participant(sid, group.id, channels[i % 3])
            people.append((part.id, group.position))
    for rnd in (1, 2):
        entries = []
        for person, position in people:
            lean = -1 if position == "community" else 1
            for key in inst.item_keys:
                value = (
                    None if rng.random() < 0.05 else max(1, min(5, round(3 + lean * rng.random() + rng.gauss(0, 1))))
                )
                entries.append((person, key, value))
        archive.record_ratings(sid, rnd, entries, source="bench")
    for i, key in enumerate(inst.item_keys[:8]):
        archive.add_note(sid, f"Note {i} on {key}: people said the work is uneven across the partners.", "note", key)
        archive.add_action(sid, f"Follow up on {key}", "Steering group", "2026-12-01", key)
    return sid


def page_count(path: Path) -> int:
    return len(re.findall(rb"/Type /Page[^s]", path.read_bytes()))


def bare_document(path: Path, pages: int) -> None:
    """Same page count, same font, almost no content: what reportlab costs by itself."""
    register_fonts()
    style = ParagraphStyle("b", fontName=REGULAR, fontSize=9)
    story = []
    for i in range(pages):
        story += [Paragraph(f"Page {i + 1}", style), PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4).build(story[:-1])


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of each run."""
    return [t for t, _ in timed_both(fn, runs)]


def timed_both(fn: Callable[[], object], runs: int) -> list[tuple[float, float]]:
    """(wall-clock, CPU) seconds of each run; CPU time is the steadier figure on a shared machine."""
    times = []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Archive.open(folder / "bench.sqlite") as archive:
            sid = build_session(archive)
            out = folder / "summary.pdf"
            start = time.perf_counter()
            write_summary_pdf(archive, sid, out)
            cold = time.perf_counter() - start
            pages = page_count(out)
            both = timed_both(lambda: write_summary_pdf(archive, sid, out), args.runs)
            warm = [wall for wall, _ in both]
            warm_cpu = [cpu for _, cpu in both]
            ballots = timed(lambda: write_ballots_pdf(archive, sid, folder / "ballots.pdf", blanks=10), 1)[0]
            ballot_pages = page_count(folder / "ballots.pdf")
            paper = len([p for p in archive.participants(sid) if p.channel == "paper"])
        base_both = timed_both(lambda: bare_document(folder / "bare.pdf", pages), args.runs)
        base = [wall for wall, _ in base_both]
        base_cpu = [cpu for _, cpu in base_both]
        size_kb = out.stat().st_size / 1024
    print("summary PDF: partnership-practices (22 items), 200 participants, 2 rounds")
    print(f"  machine load (1 min)       {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  pages                      {pages}  ({size_kb:.0f} KiB)")
    print(f"  first call (fonts loaded)  {cold:.3f} s")
    print(
        f"  median of {args.runs} runs          {statistics.median(warm):.3f} s   (min {min(warm):.3f}, max "
        f"{max(warm):.3f})"
        f"   goal <= 1.000 s"
    )
    print(f"  median CPU time            {statistics.median(warm_cpu):.3f} s")
    print(f"  baseline: bare reportlab document, {pages} pages: median {statistics.median(base):.3f} s"
          f" (CPU {statistics.median(base_cpu):.3f} s)")
    print(f"  ratio to baseline          {statistics.median(warm) / statistics.median(base):.1f}x")
    print(f"ballots PDF: {paper} paper participants + 10 blank, {ballot_pages} pages: {ballots:.3f} s")


if __name__ == "__main__":
    main()
