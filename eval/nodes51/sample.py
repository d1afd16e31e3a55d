"""Draw and samples of session 51's node census (eval/nodes51/README.md): ``draw OUT`` writes the 2,500
records seed 5103 picks (span-corpus ids dropped); ``nodes BUILD`` and ``papers BUILD`` run nodes48's samplers
(eval/nodes48/sample.py) on a build of them with this session's seed."""
from __future__ import annotations

import gzip
import importlib.util
import json
import random
import sys
from pathlib import Path

CORPUS, SIZE, N, SEED = Path("/work/shared/corpus/arxiv-ml-175k.jsonl.gz"), 175745, 2500, 5103


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_sample", Path(__file__).parent.parent / name / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.SEED = SEED
    return module


def draw(out: str) -> None:
    keep = set(sorted(random.Random(SEED).sample(range(SIZE), N)))
    seen = _module("nodes49").span_ids()
    kept = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as stream, open(out, "w", encoding="utf-8") as sink:
        for i, line in enumerate(stream):
            if i in keep and json.loads(line)["id"].removeprefix("arXiv:") not in seen:
                sink.write(line)
                kept += 1
    print(f"{kept} records ({len(keep) - kept} span-corpus ids dropped)")


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(sys.argv[2])
    else:
        getattr(_module("nodes48"), sys.argv[1])(*sys.argv[2:])
