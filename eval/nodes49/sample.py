"""Draw and samples of session 49's node census (eval/nodes49/README.md).

    python eval/nodes49/sample.py draw  DRAW.jsonl          # 2,500 records, seed 4903, earlier residues and span-corpus ids dropped
    kg build DRAW.jsonl --out BUILD --workers 1
    python eval/nodes49/sample.py nodes BUILD               # 200 entity nodes, seed 4903, aliases + 2 sentences
    python eval/nodes49/sample.py papers BUILD              # 40 papers, seed 4903: abstract and its entity nodes

The samples are nodes48's (eval/nodes48/sample.py), run with this session's seed.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import random
import sys
from pathlib import Path

CORPUS = Path("/work/shared/corpus/arxiv-ml-175k.jsonl.gz")
SIZE, N, SEED = 175745, 2500, 4903
EARLIER = ((89, 7), (97, 46), (101, 47), (103, 11), (107, 5), (109, 3))  # residue draws of earlier sessions


def span_ids() -> set[str]:
    """arXiv ids of every span-corpus record (ids only: no text is read into the draw)."""
    ids = set()
    for path in (Path(__file__).parent.parent / "spans").glob("**/*.jsonl"):
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    record = json.loads(line)
                    if isinstance(record, dict) and isinstance(record.get("id"), str):
                        ids.add(record["id"].removeprefix("arXiv:"))
    return ids


def draw(out: str) -> None:
    pool = sorted(random.Random(SEED).sample(range(SIZE), 3000))
    keep = [i for i in pool if not any(i % m == r for m, r in EARLIER)]
    keep = set(sorted(random.Random(SEED).sample(keep, N)))
    seen = span_ids()
    kept = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as stream, open(out, "w", encoding="utf-8") as sink:
        for i, line in enumerate(stream):
            if i in keep and json.loads(line)["id"] not in seen:
                sink.write(line)
                kept += 1
    print(f"{kept} records ({len(keep) - kept} span-corpus ids dropped)")


def nodes48():
    """nodes48's sampler (eval/nodes48/sample.py), set to this session's seed."""
    spec = importlib.util.spec_from_file_location("nodes48_sample", Path(__file__).parent.parent / "nodes48" / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.SEED = SEED
    return module


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(sys.argv[2])
    else:
        getattr(nodes48(), sys.argv[1])(*sys.argv[2:])
