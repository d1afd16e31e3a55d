"""Sample of session 58's node census of the draw (eval/nodes58/README.md): session 52's sampler
(eval/nodes52/sample.py) with seed 58, but stratified in proportion: each type gets its share of 200 as the
build has them (largest remainders), taken from the front of the shuffled keys.

    python eval/nodes58/sample.py /tmp/draw58/base     # 200 entity nodes
"""
from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

spec = importlib.util.spec_from_file_location("nodes52_sample", Path(__file__).parent.parent / "nodes52" / "sample.py")
nodes52 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nodes52)
SEED, TOTAL = 58, 200


def proportional(keys: list[str]) -> list[str]:
    """Each type's share of TOTAL as the keys have them, then the first keys of each type in shuffled order."""
    keys = sorted(k for k in keys if k.split(":", 1)[0] in nodes52.TYPES)
    random.Random(SEED).shuffle(keys)
    have = Counter(k.split(":", 1)[0] for k in keys)
    exact = {t: TOTAL * have[t] / len(keys) for t in nodes52.TYPES}
    quota = {t: int(exact[t]) for t in nodes52.TYPES}
    for t in sorted(nodes52.TYPES, key=lambda t: exact[t] - quota[t], reverse=True)[: TOTAL - sum(quota.values())]:
        quota[t] += 1
    chosen = []
    for label in nodes52.TYPES:
        chosen += [k for k in keys if k.split(":", 1)[0] == label][: quota[label]]
    return chosen


nodes52.stratified = proportional

if __name__ == "__main__":
    nodes52.nodes(sys.argv[1])
