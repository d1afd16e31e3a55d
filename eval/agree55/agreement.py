"""Agreement of two readings of the draw (compare.tsv) and what a small "N of M right" count is worth.

`python eval/agree55/agreement.py` (from the repository root): raw agreement and Cohen's kappa of the
first and second readings, per class, and for M = 3..10 firings what a "2 in 3" keep count means.
Standard library only; a reading aid, not part of kg.
"""
import csv
import math
import random
from collections import Counter
from pathlib import Path

ROWS = list(csv.DictReader((Path(__file__).parent / "compare.tsv").open(encoding="utf-8"), delimiter="\t"))


def kappa(pairs):
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / n / n
    return observed, expected, (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def bootstrap(pairs, reps=4000, seed=55):
    rnd = random.Random(seed)
    ks = sorted(k for k in (kappa([rnd.choice(pairs) for _ in pairs])[2] for _ in range(reps)) if not math.isnan(k))
    return ks[int(0.025 * len(ks))], ks[int(0.975 * len(ks))]


def show(name, pairs):
    observed, expected, k = kappa(pairs)
    low, high = bootstrap(pairs)
    print(f"{name}: n={len(pairs)} raw {observed:.3f}, chance {expected:.3f}, kappa {k:.3f} (bootstrap 95% {low:.2f}-{high:.2f})")
    for c in sorted({x for p in pairs for x in p}):
        both = sum(a == b == c for a, b in pairs)
        fa, fb = sum(a == c for a, _ in pairs), sum(b == c for _, b in pairs)
        print(f"  {c:11s} first {fa:2d} second {fb:2d} both {both:2d} specific agreement {2 * both / (fa + fb):.2f}")


def wilson(n, m, z=1.96):
    p, d = n / m, 1 + z * z / m
    centre, half = (p + z * z / (2 * m)) / d, z * math.sqrt(p * (1 - p) / m + z * z / (4 * m * m)) / d
    return centre - half, centre + half


def posterior_above(n, m, t, steps=20000):
    """P(precision >= t | n of m right), uniform prior."""
    xs = [(i + 0.5) / steps for i in range(steps)]
    w = [x ** n * (1 - x) ** (m - n) for x in xs]
    return sum(wi for x, wi in zip(xs, w) if x >= t) / sum(w)


def decision_flip(n, m, eps):
    """P(a reader who errs on each item with probability eps lands on the other side of 2 in 3)."""
    line, keep, p = math.ceil(2 * m / 3), n >= math.ceil(2 * m / 3), 0.0
    for a in range(n + 1):
        for b in range(m - n + 1):
            pa = math.comb(n, a) * eps ** a * (1 - eps) ** (n - a)
            pb = math.comb(m - n, b) * eps ** b * (1 - eps) ** (m - n - b)
            p += pa * pb if (n - a + b >= line) != keep else 0
    return p


nodes = [(r["first"] == "right", r["second"] == "right") for r in ROWS if r["kind"] == "node"]
show("nodes, five classes", [(r["first"], r["second"]) for r in ROWS if r["kind"] == "node"])
show("nodes, right / not right", [("right" if a else "not", "right" if b else "not") for a, b in nodes])
show("edges, R / W", [("R" if r["first"] == "R" else "W", r["second"]) for r in ROWS if r["kind"] == "edge"])
print("\nM  keep at  Wilson 95%    P(p>=2/3)  P(p>1/2)  flip eps=2.5% / 5%   one below: 2.5% / 5%")
for m in range(3, 11):
    n = math.ceil(2 * m / 3)
    low, high = wilson(n, m)
    print(f"{m:2d} {n}/{m:<6d} [{low:.2f}, {high:.2f}]  {posterior_above(n, m, 2 / 3):.2f}       {posterior_above(n, m, 0.5):.2f}"
          f"      {decision_flip(n, m, 0.025):.3f} / {decision_flip(n, m, 0.05):.3f}       {decision_flip(n - 1, m, 0.025):.3f} / {decision_flip(n - 1, m, 0.05):.3f}")
