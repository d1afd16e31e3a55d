"""Sample of spanmodel54's census (eval/spanmodel54/README.md): Method / Task / Model / Metric nodes of a build whose
every mention the recogniser (``span_model``) made, seed 541, 25 of each type, shown with session 52's reader.

    PYTHONPATH=/work/main python eval/spanmodel54/sample.py /tmp/draw54/base > /tmp/spanmodel54/sample.txt
"""
from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("nodes52_sample", Path(__file__).parent.parent / "nodes52" / "sample.py")
nodes52 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nodes52)
SEED, QUOTA, TYPES = 541, 25, ("Method", "Task", "Model", "Metric")


def main(build: str) -> None:
    texts, found, mentions = nodes52.load(build)
    rules = nodes52.makers(build)
    only = sorted(k for k in found if k.split(":", 1)[0] in TYPES and rules[k] and set(rules[k]) == {"span_model"})
    random.Random(SEED).shuffle(only)
    print(f"# {len(only)} span_model-only nodes of {TYPES}")
    chosen = [k for label in TYPES for k in [k for k in only if k.split(":", 1)[0] == label][:QUOTA]]
    for n, key in enumerate(chosen, 1):
        node, ms = found[key], list(mentions[key])
        print(f"== {n} {key} | name={node['name']!r} | aliases={node['aliases']} | papers={len({m[0] for m in ms})}")
        random.Random(key).shuffle(ms)
        print("".join(f"   [{m[0]}] {m[3]} «{m[1]}»: {m[2][:400]}\n" for m in ms[:2]), end="")


if __name__ == "__main__":
    main(*sys.argv[1:])
