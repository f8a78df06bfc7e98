"""Is the room split into camps? Van der Eijk's agreement A, exactly.

Why this measure: rwg (``core.stats``) says how *spread* the ratings are, but
a spread can be two things a facilitator must tell apart: ratings scattered
over the whole scale (people are unsure or see it differently), or ratings
massed at both ends with little in between (two camps). rwg is low for both.
Van der Eijk's A (C. van der Eijk, "Measuring agreement in ordered rating
scales", Quality & Quantity 35, 2001) separates them: A = 1 when everyone
gave the same answer, 0 for a uniform spread, −1 when all ratings sit at
the two ends in equal numbers. We call an item *polarised* when A < 0:
more "two camps" than "scattered". (RAND/UCLA's rule, a third at each
extreme third, was not chosen: it calls a uniform spread on 1–5 polarised.)

How A is computed (the paper's algorithm, in fractions so the sign is exact):

1. Split the frequency vector into layers: take the smallest non-zero count
   m; the layer is the pattern of non-empty categories, holding m ratings in
   each of its S categories (weight m·S / n); subtract m and repeat.
2. For each layer pattern, over every triple of categories i < j < k, count
   TU triples reading 1-1-0 or 0-1-1 (unimodal) and TDU triples reading
   1-0-1 (bimodal). U = ((K−2)·TU − (K−1)·TDU) / ((K−2)·(TU+TDU)), and U = 1
   when TU + TDU = 0 (one category, or all of them).
3. The layer's agreement is U · (1 − (S−1)/(K−1)); A is the weighted sum.

K is the number of scale points ("not sure" is not a point). With fewer than
three numeric ratings there is nothing to call camps, so the flag is None.

Standard library only: the core never imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from itertools import combinations

__all__ = ["MIN_N_FOR_POLARISATION", "agreement_a", "polarised"]

#: Fewer numeric ratings than this and the flag is None (as for the agreement label).
MIN_N_FOR_POLARISATION = 3


def _layer_agreement(pattern: Sequence[bool]) -> Fraction:
    """Agreement of one layer: its unimodality U times 1 − (S−1)/(K−1)."""
    k = len(pattern)
    s = sum(pattern)
    tu = tdu = 0
    for i, j, m in combinations(range(k), 3):
        triple = (pattern[i], pattern[j], pattern[m])
        if triple in ((True, True, False), (False, True, True)):
            tu += 1
        elif triple == (True, False, True):
            tdu += 1
    u = Fraction(1) if tu + tdu == 0 else Fraction((k - 2) * tu - (k - 1) * tdu, (k - 2) * (tu + tdu))
    return u * (1 - Fraction(s - 1, k - 1))


def agreement_a(counts: Sequence[int]) -> Fraction | None:
    """Van der Eijk's A of a frequency vector (counts per scale point, low to high); None with no ratings.

    A scale of two points has no triples, so U is 1 for every layer and A
    only reflects how many categories are used.
    """
    remaining = [int(c) for c in counts]
    if len(remaining) < 2:
        raise ValueError(f"agreement A needs at least 2 scale points, got {len(remaining)}")
    total = sum(remaining)
    if total <= 0:
        return None
    a = Fraction(0)
    while any(remaining):
        m = min(c for c in remaining if c > 0)
        pattern = [c > 0 for c in remaining]
        a += Fraction(m * sum(pattern), total) * _layer_agreement(pattern)
        remaining = [c - m if c > 0 else 0 for c in remaining]
    return a


def polarised(counts: Sequence[int]) -> bool | None:
    """True when the ratings form camps (A < 0); None under three numeric ratings."""
    if sum(counts) < MIN_N_FOR_POLARISATION:
        return None
    a = agreement_a(counts)
    return a is not None and a < 0
