"""Benchmark: each file sink's time and peak memory over the linked graph, one sink after the
other in one process (what ``kg build`` does with a graph too large to write side by side),
for this tree and for the commit ``--before`` names (run from a ``git archive`` of it).

Each tree runs in a fresh process that links ``extractions.jsonl.gz`` of a finished build and
then writes ``jsonl``, ``graphml``, ``rdf`` and ``cypher`` in turn; a thread samples the RSS
every 10 ms. Per sink: seconds, "start MB" (RSS before it), "peak +MB" (its peak over that)
and "kept +MB" (RSS after it over that). The two trees' files are compared byte for byte.

    python bench/bench_sink_memory.py /tmp/out20k/extractions.jsonl.gz [--before f119971]

Prints a table and writes bench/results/sink_memory.json (``--suffix -round10``: sink_memory-round10.json).
"""
from __future__ import annotations

import argparse
import filecmp
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build_memory import FILES  # noqa: E402
from bench_link_memory import before_tree, run_child  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

CHILD = r'''
import gzip, json, resource, sys, threading, time
from pathlib import Path

path, out = sys.argv[1], Path(sys.argv[2])

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20

from kg import pwc
pwc.load_catalogue()
from kg.extraction_store import ExtractionStore
from kg.link import Linker
from kg.parallel import _write_lane
from kg.sinks import FILE_SINKS

base = rss_mb()
linker = Linker(spill_dir=out)
with gzip.open(path, "rt", encoding="utf-8") as stream:
    next(stream)
    for line in stream:
        if ExtractionStore.is_fill(line):  # what a duplicate filled (kg.dedupe)
            linker.fills.stored(*json.loads(line).values())
            continue
        linker.add(ExtractionStore.loads(line), line.rstrip("\n"))
graph = linker.build()
del linker
peak, rows = [0.0], []

def sample():
    while True:
        peak[0] = max(peak[0], rss_mb())
        time.sleep(0.01)

threading.Thread(target=sample, daemon=True).start()
for name in FILE_SINKS:
    start = peak[0] = rss_mb()
    t0 = time.perf_counter()
    _write_lane(graph, out, [name])  # as kg build writes a lane (this tree trims after each sink)
    rows.append({"sink": name, "s": round(time.perf_counter() - t0, 2), "start_mb": round(start, 1),
                 "peak_mb": round(max(peak[0], rss_mb()) - start, 1), "kept_mb": round(rss_mb() - start, 1)})
print(json.dumps({"base_mb": round(base, 1), "sinks": rows}))
'''


def run(tree: Path, extractions: Path, out: Path) -> dict:
    out.mkdir()
    return run_child(CHILD, [str(extractions), str(out)], tree, out, str(tree))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("extractions", type=Path, help="extractions.jsonl.gz of a finished kg build")
    ap.add_argument("--before", default="main", help="the commit to compare with")
    ap.add_argument("--suffix", default="", help="written to bench/results/sink_memory{SUFFIX}.json (e.g. -round10)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-sink-memory-") as name:
        tmp = Path(name)
        rows = {"before": run(before_tree(tmp, args.before), args.extractions.resolve(), tmp / "out-before")}
        rows["now"] = run(ROOT, args.extractions.resolve(), tmp / "out-now")
        match, mismatch, errors = filecmp.cmpfiles(tmp / "out-before", tmp / "out-now", FILES, shallow=False)
        if mismatch or errors:
            raise SystemExit(f"the trees wrote other bytes: {mismatch + errors}")
    print(f"all {len(FILES)} output files identical")
    print(f"{'tree':<7} {'sink':<8} {'s':>6} {'start MB':>9} {'peak +MB':>9} {'kept +MB':>9}")
    for tree, result in rows.items():
        for r in result["sinks"]:
            print(f"{tree:<7} {r['sink']:<8} {r['s']:>6} {r['start_mb']:>9} {r['peak_mb']:>9} {r['kept_mb']:>9}")
    out = ROOT / "bench" / "results" / f"sink_memory{args.suffix}.json"
    out.write_text(json.dumps({"extractions": str(args.extractions), "before_commit": args.before, "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
