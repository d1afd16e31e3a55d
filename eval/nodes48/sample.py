"""Draw and samples of session 48's node census (eval/nodes48/README.md).

    python eval/nodes48/sample.py draw  DRAW.jsonl          # 2,500 records, seed 4803, earlier residues dropped
    kg build DRAW.jsonl --out BUILD --workers 1
    python eval/nodes48/sample.py nodes BUILD               # 200 entity nodes, seed 4803, aliases + 2 sentences
    python eval/nodes48/sample.py papers BUILD              # 40 papers, seed 4803: abstract and its entity nodes
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

CORPUS = Path("/work/shared/corpus/arxiv-ml-175k.jsonl.gz")
SIZE, N, SEED = 175745, 2500, 4803
EARLIER = ((89, 7), (97, 46), (101, 47), (103, 11), (107, 5), (109, 3))  # residue draws of earlier sessions


def draw(out: str) -> None:
    pool = sorted(random.Random(SEED).sample(range(SIZE), 3000))
    keep = [i for i in pool if not any(i % m == r for m, r in EARLIER)]
    keep = set(sorted(random.Random(SEED).sample(keep, N)))
    with gzip.open(CORPUS, "rt", encoding="utf-8") as stream, open(out, "w", encoding="utf-8") as sink:
        sink.writelines(line for i, line in enumerate(stream) if i in keep)


def load(build: str):
    """merge47's reader of a build (eval/merge47/sample.py): texts, entity nodes, mentions."""
    spec = importlib.util.spec_from_file_location("merge47_sample", Path(__file__).parent.parent / "merge47" / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.load(build)


def nodes(build: str) -> None:
    texts, found, mentions = load(build)
    keys = sorted(found)
    random.Random(SEED).shuffle(keys)
    for key in keys[:200]:
        n = found[key]
        ms = list(mentions[key])
        print(f"== {key} | name={n['name']!r} | aliases={n['aliases']} | papers={len({m[0] for m in ms})}")
        random.Random(key).shuffle(ms)
        one_each = {}
        for m in ms:
            one_each.setdefault((m[1].lower(), m[0]), m)
        for m in list(one_each.values())[:2]:
            print(f"   [{m[0]}] {m[3]} «{m[1]}»: {m[2][:300]}")


def papers(build: str) -> None:
    texts, found, mentions = load(build)
    per_paper = defaultdict(set)
    for key, ms in mentions.items():
        for m in ms:
            per_paper[m[0]].add((key, m[1]))
    keys = sorted(texts)
    random.Random(SEED).shuffle(keys)
    for key in keys[:40]:
        title, abstract = texts[key]
        print(f"== {key} | {title}\n{abstract}\n   nodes: " + "; ".join(f"{k} «{s}»" for k, s in sorted(per_paper[key])))


if __name__ == "__main__":
    {"draw": draw, "nodes": nodes, "papers": papers}[sys.argv[1]](*sys.argv[2:])
