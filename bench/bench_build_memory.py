"""Benchmark: memory of a build's linking and writing (everything after extraction), side by side:

- ``before``: the graph and sink writers of commit ``--before`` (default 26a8235, before
  the graph's records had ``__slots__``), run from a ``git archive`` of that commit;
- ``before-sequential``: the same, every sink written by its main process, one after the other;
- ``after``: this tree, the sinks written side by side by forked writers (as ``kg build
  --workers 2`` does while the free memory has room for them);
- ``sequential``: this tree, every sink written by the main process, one after the other
  (what ``kg build`` does when the graph is too large to write side by side).

Each mode runs in a fresh process that reads ``extractions.jsonl.gz`` of a finished build,
links every paper as ``kg build`` does and writes the file sinks into a directory of its own;
the output files of every mode are compared byte for byte. Memory: "main MB" is the main
process's peak RSS, "writer MB" the largest forked writer's, "tree MB" the peak of the summed
PSS of the main process and its writers (sampled every 0.2 s: shared pages counted once), which
is what the build needs of the machine. "graph MB" is the main process's RSS after linking
minus its RSS before the first paper.

    kg build /tmp/arxiv20k.jsonl.gz --out /tmp/out20k --workers 2
    python bench/bench_build_memory.py /tmp/out20k/extractions.jsonl.gz [--modes before before-sequential after sequential]

Prints a table and writes bench/results/build_memory.json (``--suffix -round10``: build_memory-round10.json).
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_link_memory import before_tree  # noqa: E402
from bench_scale import TreeSampler  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BEFORE_COMMIT = "26a8235"
MODES = ("before", "before-sequential", "after", "sequential")
FILES = ("nodes.jsonl", "edges.jsonl", "graph.nt", "graph.ttl", "graph.graphml", "graph.cypher")

CHILD = r'''
import gzip, json, resource, sys, time
from pathlib import Path

path, out, workers = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20

from kg import pwc
pwc.load_catalogue()
from kg.extraction_store import ExtractionStore
from kg.link import Linker
from kg.parallel import write_sinks
from kg.sinks import FILE_SINKS
base = rss_mb()
t0 = time.perf_counter()
linker = Linker(spill_dir=out)
papers = 0
with gzip.open(path, "rt", encoding="utf-8") as stream:
    next(stream)
    for line in stream:
        linker.add(ExtractionStore.loads(line), line.rstrip("\n"))
        papers += 1
graph = linker.build()
del linker
link_s = time.perf_counter() - t0
graph_mb = rss_mb() - base
t0 = time.perf_counter()
written = write_sinks(graph, out, FILE_SINKS, workers=workers)
write_s = time.perf_counter() - t0
print(json.dumps({"papers": papers, "nodes": len(graph.nodes), "edges": len(graph.edges), "link_s": round(link_s, 2),
                  "write_s": round(write_s, 2), "sink_s": {name: round(s, 2) for name, _, s in written},
                  "base_mb": round(base, 1), "graph_mb": round(graph_mb, 1),
                  "main_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "writer_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}))
'''


def run(mode: str, extractions: Path, tmp: Path) -> dict:
    tree = tmp / "before" if mode.startswith("before") else ROOT
    out = tmp / f"out-{mode}"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tree)}
    workers = "1" if mode.endswith("sequential") else "2"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(extractions), str(out), workers], env=env, cwd=tmp,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(child.pid)
    sampler.start()
    stdout, stderr = child.communicate()
    sampler.stopped.set()
    sampler.join()
    if child.returncode:
        raise SystemExit(f"mode {mode} failed:\n{stderr[-3000:]}")
    return {"mode": mode, **json.loads(stdout.strip().splitlines()[-1]), "tree_mb": round(sampler.peak_mb, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("extractions", type=Path, help="extractions.jsonl.gz of a finished kg build")
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    ap.add_argument("--before", default=BEFORE_COMMIT, help="the commit the 'before' mode runs")
    ap.add_argument("--keep", type=Path, help="copy each mode's output files to KEEP/MODE (to cmp with a full build's)")
    ap.add_argument("--suffix", default="", help="written to bench/results/build_memory{SUFFIX}.json (e.g. -round10)")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-build-memory-") as name:
        tmp = Path(name)
        if any(mode.startswith("before") for mode in args.modes):
            before_tree(tmp, args.before)
        for mode in args.modes:  # one process at a time
            rows.append(run(mode, args.extractions.resolve(), tmp))
            print(json.dumps(rows[-1]), file=sys.stderr)
        first = tmp / f"out-{args.modes[0]}"
        for mode in args.modes[1:]:
            match, mismatch, errors = filecmp.cmpfiles(first, tmp / f"out-{mode}", FILES, shallow=False)
            if mismatch or errors:
                raise SystemExit(f"{mode} wrote other bytes than {args.modes[0]}: {mismatch + errors}")
        if args.keep:
            for mode in args.modes:
                (args.keep / mode).mkdir(parents=True, exist_ok=True)
                for file in FILES:
                    os.replace(tmp / f"out-{mode}" / file, args.keep / mode / file)
    print(f"all {len(FILES)} output files identical across modes: {', '.join(args.modes)}")
    print(f"{'mode':<17} {'papers':>7} {'link s':>7} {'write s':>8} {'graph MB':>9} {'KB/paper':>9} {'main MB':>8} {'writer MB':>10} {'tree MB':>8}")
    for r in rows:
        print(f"{r['mode']:<17} {r['papers']:>7} {r['link_s']:>7} {r['write_s']:>8} {r['graph_mb']:>9} "
              f"{r['graph_mb'] * 1024 / r['papers']:>9.2f} {r['main_mb']:>8} {r['writer_mb']:>10} {r['tree_mb']:>8}")
    out = ROOT / "bench" / "results" / f"build_memory{args.suffix}.json"
    out.write_text(json.dumps({"python": sys.version.split()[0], "machine": platform.machine(), "cores": os.cpu_count(),
                               "extractions": str(args.extractions), "before_commit": args.before, "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
