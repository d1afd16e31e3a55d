"""Sample of session 57's node census of the draw (eval/nodes57/README.md): session 52's sampler
(eval/nodes52/sample.py) with seed 57, but stratified in proportion: each type gets its share of 200 as the
build has them (largest remainders), taken from the front of the shuffled keys.

    python eval/nodes57/sample.py /tmp/draw57/base               # 200 entity nodes, seed 57
    python eval/nodes57/sample.py /tmp/draw59/base --seed 59     # the same sampler for a later draw (nodes58, nodes59)
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
SEED, TOTAL = 57, 200


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
    args = sys.argv[1:]
    if "--seed" in args:
        at = args.index("--seed")
        SEED = int(args[at + 1])
        del args[at : at + 2]
    nodes52.nodes(args[0])
