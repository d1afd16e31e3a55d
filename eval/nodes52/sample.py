"""Samples of session 52's node census (eval/nodes52/README.md) on the shared draw of session 52.

    python eval/nodes52/sample.py nodes BUILD     # 200 entity nodes, seed 5202, at least 20 of each type
    python eval/nodes52/sample.py papers BUILD    # nodes48's 40 papers with seed 5202 (the first 20 were read)

Each node is shown with its aliases, the rules that made its mentions (the extraction store's ``rule``) and up to
two mention sentences; run it with the kg that made the build (the extraction store refuses another extractor's file).
"""
from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED, QUOTA, TOTAL, PAPERS = 5202, 20, 200, 20
TYPES = ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric")


def load(build: str):
    """merge47's reader of a build (eval/merge47/sample.py): texts, entity nodes, mentions."""
    spec = importlib.util.spec_from_file_location("merge47_sample", Path(__file__).parent.parent / "merge47" / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.load(build)


def makers(build: str) -> dict[str, Counter]:
    """node key -> how many of its mentions each rule made (the extraction store's mention ``rule``, matched to the
    edges' evidence by paper, field and offsets)."""
    import json

    from kg.extraction_store import ExtractionStore

    rules = {}
    for paper in ExtractionStore(Path(build) / "extractions.jsonl.gz").read():
        for m in paper.mentions:
            rules[(paper.key, m.field, m.start, m.end)] = m.rule
    made, seen = defaultdict(Counter), set()
    for line in open(Path(build) / "edges.jsonl", encoding="utf-8"):
        e = json.loads(line)
        for ev in e["evidence"]:
            spot = (ev["paper"], ev["field"], ev["tail_start"], ev["tail_end"])
            if spot in rules and (e["target"], spot) not in seen:
                seen.add((e["target"], spot))
                made[e["target"]][rules[spot]] += 1
    return made


def stratified(keys: list[str]) -> list[str]:
    """QUOTA keys of each type first, then the rest of the shuffled keys up to TOTAL."""
    keys = sorted(keys)
    random.Random(SEED).shuffle(keys)
    chosen = []
    for label in TYPES:
        chosen += [k for k in keys if k.split(":", 1)[0] == label][:QUOTA]
    picked = set(chosen)
    chosen += [k for k in keys if k not in picked][: TOTAL - len(chosen)]
    return chosen


def nodes(build: str) -> None:
    texts, found, mentions = load(build)
    rules = makers(build)
    for n, key in enumerate(stratified(list(found)), 1):
        node, ms = found[key], list(mentions[key])
        print(f"== {n} {key} | name={node['name']!r} | aliases={node['aliases']} | papers={len({m[0] for m in ms})}"
              f" | rules={dict(rules[key])}")
        random.Random(key).shuffle(ms)
        # the first mention of each (surface, paper), as nodes48's sampler shows them
        firsts = [m for i, m in enumerate(ms) if all((m[1].lower(), m[0]) != (o[1].lower(), o[0]) for o in ms[:i])]
        print("".join(f"   [{m[0]}] {m[3]} «{m[1]}»: {m[2][:300]}\n" for m in firsts[:2]), end="")


def papers(build: str) -> None:
    """nodes48's sampler of papers with this session's seed (the first PAPERS of its 40 were read)."""
    spec = importlib.util.spec_from_file_location("nodes48_sample", Path(__file__).parent.parent / "nodes48" / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.SEED = SEED
    module.papers(build)


if __name__ == "__main__":
    {"nodes": nodes, "papers": papers}[sys.argv[1]](*sys.argv[2:])
