"""Benchmark: the Papers with Code step of linking (``pwc.link_catalogue``: pwc_ids on nodes,
SUBTASK_OF between tasks), with the name folding it calls cached (kg now) and uncached (the
obvious alternative, and kg before), on the same graph in one run.

The graph is linked once from a finished build's ``extractions.jsonl.gz`` with the step left
out; each mode then runs the step on its own copy, best of ``--rounds``. Both modes must give
the same pwc_ids and the same SUBTASK_OF edges (checked).

    kg build /tmp/arxiv20k.jsonl.gz --out /tmp/out20k --workers 2
    python bench/bench_pwc_link.py /tmp/out20k/extractions.jsonl.gz [--rounds 3]

Prints one JSON line per mode and writes bench/results/pwc_link.json.
"""
from __future__ import annotations

import argparse
import copy
import gzip
import json
import os
import platform
import time
from pathlib import Path

from kg import link, pwc
from kg.extraction_store import ExtractionStore
from kg.names import fold_name

RESULTS = Path(__file__).parent / "results" / "pwc_link.json"


def graph_without_catalogue(path: Path):
    """Link every paper as ``kg build`` does, minus the step under test."""
    linker = link.Linker()
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        next(stream)  # the header
        for line in stream:
            linker.add(ExtractionStore.loads(line), line.rstrip("\n"))
    step, link.pwc.link_catalogue = link.pwc.link_catalogue, lambda graph, catalogue=None: None
    try:
        return linker.build()
    finally:
        link.pwc.link_catalogue = step


def outcome(graph) -> tuple:
    ids = sorted((n.key, n.properties["pwc_id"]) for n in graph.nodes.values() if "pwc_id" in n.properties)
    subtask = sorted((e.source, e.target, len(e.evidence)) for e in graph.edges.values() if e.type == "SUBTASK_OF")
    return ids, subtask


def _uncached(name: str) -> str:
    return fold_name(name)


_uncached.cache_clear = lambda: None  # what link_catalogue calls when done


def run(graph, cached: bool) -> tuple[float, tuple]:
    work = copy.deepcopy(graph)
    folding = pwc._fold
    if not cached:
        pwc._fold = _uncached
    try:
        t0 = time.perf_counter()
        pwc.link_catalogue(work)
        return time.perf_counter() - t0, outcome(work)
    finally:
        pwc._fold = folding


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extractions", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    t0 = time.perf_counter()
    graph = graph_without_catalogue(args.extractions)
    papers = sum(1 for n in graph.nodes.values() if n.label == "Paper")
    print(json.dumps({"linked_s": round(time.perf_counter() - t0, 1), "papers": papers, "nodes": len(graph.nodes)}))
    rows, outcomes = [], {}
    for mode in ("uncached", "cached"):
        times = []
        for _ in range(args.rounds):
            seconds, outcomes[mode] = run(graph, mode == "cached")
            times.append(seconds)
        row = {"mode": mode, "best_s": round(min(times), 2), "runs_s": [round(t, 2) for t in times],
               "pwc_ids": len(outcomes[mode][0]), "subtask_edges": len(outcomes[mode][1])}
        rows.append(row)
        print(json.dumps(row))
    assert outcomes["cached"] == outcomes["uncached"], "the cache changed the outcome"
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"extractions": str(args.extractions), "papers": papers, "nodes": len(graph.nodes),
                                   "rows": rows, "same_outcome": True, "load_average": os.getloadavg(),
                                   "python": platform.python_version()}, indent=2) + "\n")


if __name__ == "__main__":
    main()
