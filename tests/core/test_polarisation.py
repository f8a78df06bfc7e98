"""The polarisation flag (van der Eijk's A < 0) against an independent computation.

The reference below is written from the paper's definition a second way:
layers are peeled as (weight, set of used categories), triples are
enumerated with nested loops, and the arithmetic is floating point with a
margin, so a shared bug with pe_desktop.core.polarisation is unlikely.
"""

from __future__ import annotations

import json

import pytest

from helpers import run_cli
from pe_desktop.core.polarisation import agreement_a, polarised
from pe_desktop.core.stats import describe


def reference_a(values: list[int], lo: int, hi: int) -> float:
    k = hi - lo + 1
    freq = {c: values.count(c) for c in range(lo, hi + 1)}
    n = len(values)
    total = 0.0
    while any(freq.values()):
        used = sorted(c for c, f in freq.items() if f)
        m = min(freq[c] for c in used)
        tu = tdu = 0
        cats = list(range(lo, hi + 1))
        for a in range(k):
            for b in range(a + 1, k):
                for c in range(b + 1, k):
                    x, y, z = (cats[a] in used), (cats[b] in used), (cats[c] in used)
                    if x and not y and z:
                        tdu += 1
                    elif (x and y and not z) or (not x and y and z):
                        tu += 1
        u = 1.0 if tu + tdu == 0 else ((k - 2) * tu - (k - 1) * tdu) / ((k - 2) * (tu + tdu))
        total += (m * len(used) / n) * u * (1 - (len(used) - 1) / (k - 1))
        for c in used:
            freq[c] -= m
    return total


def reference_polarised(values: list[int], lo: int, hi: int) -> bool | None:
    if len(values) < 3:
        return None
    return reference_a(values, lo, hi) < -1e-9


CASES = {
    "all at both ends": ([1] * 6 + [5] * 6, 1, 5, True),
    "both ends, uneven": ([1, 1, 5], 1, 5, True),
    "both ends with a few in the middle": ([1] * 5 + [5] * 5 + [3], 1, 5, True),
    "uniform": ([1, 2, 3, 4, 5] * 3, 1, 5, False),
    "uniform on 1-4": ([1, 2, 3, 4] * 2, 1, 4, False),
    "one camp": ([4] * 9, 1, 5, False),
    "one camp, two neighbours": ([4, 4, 4, 5, 5], 1, 5, False),
    "scattered in the middle": ([2, 3, 4, 3, 2, 4], 1, 5, False),
    "1-9 ends": ([1, 2, 2, 8, 9, 9], 1, 9, True),
}


@pytest.mark.parametrize("name", list(CASES))
def test_flag_agrees_with_the_reference(name: str) -> None:
    values, lo, hi, expected = CASES[name]
    counts = [values.count(c) for c in range(lo, hi + 1)]
    assert reference_polarised(values, lo, hi) is expected
    assert polarised(counts) is expected
    assert describe(values, lo, hi)["polarised"] is expected
    assert float(agreement_a(counts)) == pytest.approx(reference_a(values, lo, hi), abs=1e-12)


def test_known_values_of_a() -> None:
    assert agreement_a([6, 0, 0, 0, 6]) == -1
    assert agreement_a([3, 3, 3, 3, 3]) == 0
    assert agreement_a([0, 0, 7, 0, 0]) == 1
    assert agreement_a([0, 0, 0, 0, 0]) is None


@pytest.mark.parametrize("values", [[], [1], [1, 5], [None, None, 1, 5]])
def test_below_three_ratings_the_flag_is_none(values: list) -> None:
    assert describe(values, 1, 5)["polarised"] is None


def test_not_sure_answers_do_not_count() -> None:
    assert describe([1, 1, 5, 5, None, None, None], 1, 5)["polarised"] is True


def test_a_random_sweep_agrees_with_the_reference() -> None:
    import random

    rng = random.Random(10)
    for _ in range(300):
        lo, hi = 1, rng.choice([3, 4, 5, 7])
        values = [rng.randint(lo, hi) for _ in range(rng.randint(0, 12))]
        counts = [values.count(c) for c in range(lo, hi + 1)]
        assert polarised(counts) == reference_polarised(values, lo, hi), values


def test_summary_json_carries_the_flag(tmp_path) -> None:
    archive = tmp_path / "a.sqlite"
    made = run_cli("--archive", str(archive), "new", "--instrument", "partnership-equity", "--title", "T",
                   "--group", "Residents:community", "--json")
    assert made.returncode == 0, made.stderr
    sid = json.loads(made.stdout)["id"]
    csv = tmp_path / "r.csv"
    lines = ["participant,group,item,value"]
    for i, v in enumerate([1, 1, 1, 5, 5, 5]):
        lines.append(f"P{i},Residents,continual,{v}")
    lines.append("P0,Residents,bilateral,3")
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = run_cli("--archive", str(archive), "import", sid, str(csv))
    assert imported.returncode == 0, imported.stderr
    out = run_cli("--archive", str(archive), "summary", sid, "--json")
    items = {item["key"]: item for item in json.loads(out.stdout)["items"]}
    assert items["continual"]["polarised"] is True
    assert items["bilateral"]["polarised"] is None
