"""Benchmark: peak memory and time of linking a build's extraction records, side by side:

- ``before``: the linker of commit e833f98 (every ``PaperExtraction`` kept in memory until
  ``build()``), or of the commit ``--before`` names, run from a ``git archive`` of that commit;
- ``runs``: this linker (names' statistics in memory, papers spilled as sorted gzip runs);
- ``sqlite``: this linker with the papers spilled to an SQLite table keyed by paper key
  instead (the alternative the choice was measured against; defined here only);
- ``held``: this linker with runs never written (every paper's line held in memory);
- ``runs-1mb``: this linker with 1 MB runs, so that its peak is about the graph itself plus
  pass 1's name counts and the keys.

Each mode runs in a fresh process that reads ``extractions.jsonl.gz`` of a finished build,
adds every paper to a linker (as ``kg build`` does) and builds the graph; no output file is
written, so the numbers are the linking stage's alone. Peak memory is the process's
``ru_maxrss``; "base" is its RSS after the imports and the Papers with Code catalogue, so
"peak - base" is what linking holds, "added" the RSS over base once every paper is added
(before ``build()``), and the larger parts of the graph, by ``sys.getsizeof``, are printed too. Every mode must give the same graph (a digest of all
nodes and edges is compared).

    kg build /tmp/arxiv20k.jsonl.gz --out /tmp/out20k --workers 2
    python bench/bench_link_memory.py /tmp/out20k/extractions.jsonl.gz [--rounds 1] [--modes before runs sqlite held]

Prints a table and writes bench/results/link_memory.json (``--suffix -round10``: link_memory-round10.json).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEFORE_COMMIT = "e833f98"
MODES = ("before", "runs", "sqlite", "held", "runs-1mb")

CHILD = r'''
import gzip, hashlib, json, resource, sqlite3, sys, tempfile, time, zlib
from pathlib import Path

mode, path = sys.argv[1], sys.argv[2]

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20

from kg import pwc
pwc.load_catalogue()
if mode == "before":
    from kg.build import ExtractionStore
else:
    from kg.extraction_store import ExtractionStore
from kg.link import Linker
base = rss_mb()


class SqliteSpill:
    """Papers in an SQLite table keyed by paper key (lines zlib-compressed, like the runs)."""

    def __init__(self, directory):
        self.dir = tempfile.TemporaryDirectory(prefix="kg-link-sqlite-", dir=directory)
        self.path = Path(self.dir.name) / "papers.sqlite"
        self.db = sqlite3.connect(self.path)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "CREATE TABLE papers (key TEXT PRIMARY KEY, line BLOB) WITHOUT ROWID;")
        self.batch, self.runs = [], []

    def add(self, key, line):
        self.batch.append((key, zlib.compress(line.encode(), 1)))
        if len(self.batch) >= 1000:
            self._flush()

    def _flush(self):
        self.db.executemany("INSERT INTO papers VALUES (?, ?)", self.batch)
        self.batch = []

    def papers(self):
        self._flush()
        self.db.commit()
        for (blob,) in self.db.execute("SELECT line FROM papers ORDER BY key"):
            yield ExtractionStore.loads(zlib.decompress(blob).decode())

    def close(self):
        self.db.close()
        self.dir.cleanup()


spill_dir = sys.argv[3]
t0 = time.perf_counter()
if mode == "before":
    linker = Linker()
elif mode == "held":
    linker = Linker(spill_dir=spill_dir, run_bytes=1 << 62)
elif mode == "runs-1mb":
    linker = Linker(spill_dir=spill_dir, run_bytes=1 << 20)
else:
    linker = Linker(spill_dir=spill_dir)
    if mode == "sqlite":
        linker.spill = SqliteSpill(spill_dir)
papers = 0
with gzip.open(path, "rt", encoding="utf-8") as stream:
    next(stream)  # the header (not checked: the old commit's fingerprint differs from this one's)
    for line in stream:
        paper = ExtractionStore.loads(line)
        if mode == "before":
            linker.add(paper)
        else:
            linker.add(paper, line.rstrip("\n"))
        papers += 1
t_add = time.perf_counter() - t0
added = rss_mb() - base  # with 1 MB runs: about pass 1's name counts and the keys
spill_bytes = sum(f.stat().st_size for f in Path(spill_dir).rglob("*") if f.is_file())
t0 = time.perf_counter()
graph = linker.build()
t_build = time.perf_counter() - t0
digest = hashlib.sha256()
for node in graph.iter_nodes():
    digest.update(json.dumps(node.to_dict(), sort_keys=True, default=sorted).encode())
for edge in graph.iter_edges():
    digest.update(json.dumps(edge.to_dict(), sort_keys=True).encode())
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
S = sys.getsizeof


def own(obj):  # an object's bytes and its __dict__'s, if it has one (a class with __slots__ has none)
    return S(obj) + (S(obj.__dict__) if hasattr(obj, "__dict__") else 0)


def once(objs):  # bytes of distinct objects (a string or set shared by many records counts once)
    return sum({id(o): S(o) for o in objs}.values())


def held(properties):  # what a node's properties hold in memory (a graph with a TextFile keeps abstracts on disk)
    values = getattr(properties, "_values", properties)
    return {} if callable(values) else values  # this tree: all of a Paper's properties on disk


def properties_bytes(properties):  # a node's properties object, the dict it holds and the strings and ints in it
    values = held(properties)
    inner = S(values) if values is not properties and values else 0
    stored = S(properties._stored) if callable(getattr(properties, "_values", None)) and properties._stored is not None else 0
    return own(properties) + inner + stored + sum(S(v) for v in values.values() if isinstance(v, (str, int)))


nodes = list(graph.nodes.values())
table = graph.edges
columns = hasattr(table, "_confidence")  # an EdgeTable: the edges as columns, no objects to count
evidence = [] if columns else [e for edge in graph.edges.values() for e in edge.evidence]
seen = getattr(graph, "_seen_evidence", None) or getattr(graph, "_evidence_sets", {})
parts_mb = {  # the larger parts of the graph, by sys.getsizeof (containers' own bytes plus their strings)
    "abstracts": sum(S(held(n.properties)["abstract"]) for n in nodes if "abstract" in held(n.properties)),
    "node_properties": sum(properties_bytes(n.properties) for n in nodes),
    "node_objects": sum(own(n) + S(n.key) + S(n.name) for n in nodes) + once(n.aliases for n in nodes) + once(a for n in nodes for a in n.aliases),
    "evidence_objects": sum(own(e) for e in evidence),
    "evidence_sentences": once(e.sentence for e in evidence),
    "evidence_fields_rules": once(s for e in evidence for s in (e.field, e.rule)),
    "edge_objects": 0 if columns else sum(own(e) + S(e.evidence) for e in graph.edges.values()),
    "duplicate_check": S(seen) + sum(S(k) + (S(v) if isinstance(v, set) else S(k[0])) for k, v in (seen.items() if isinstance(seen, dict) else ((t, None) for t in seen))),
}
if columns:  # the EdgeTable's parts: its arrays, the edge dictionary, the numbering of keys and strings
    from array import array
    parts_mb["edge_columns"] = sum(S(v) for v in vars(table).values() if isinstance(v, array))
    if isinstance(table._numbers, dict):  # before round 10: a dict of packed keys
        parts_mb["edge_dictionary"] = S(table._numbers) + sum(S(k) + S(v) for k, v in table._numbers.items())
    else:  # a NumberIndex: one array of slots
        parts_mb["edge_dictionary"] = S(table._numbers._slots)
    parts_mb["key_numbering"] = S(table._keys) + S(table._key_numbers) + sum(S(v) for v in table._key_numbers.values())
    parts_mb["evidence_strings"] = S(table._strings) + S(table._string_numbers) + sum(S(t) + S(n) for t, n in table._string_numbers.items())
    sentences = getattr(table, "_sentences", None)  # round 10: DistinctTexts, on disk in kg build
    if sentences is not None:
        parts_mb["evidence_strings"] += (S(sentences._held) + sum(S(t) for t in sentences._held) + S(sentences._stored)
                                         + S(sentences._hashes) + S(sentences._index._slots))
    parts_mb["duplicate_check"] = S(table._row_sets) + sum(S(v) + sum(S(r) for r in v) for v in table._row_sets.values())
print(json.dumps({"mode": mode, "papers": papers, "add_s": round(t_add, 2), "build_s": round(t_build, 2),
                  "link_s": round(t_add + t_build, 2), "base_mb": round(base, 1), "peak_mb": round(peak, 1),
                  "linking_mb": round(peak - base, 1), "added_mb": round(added, 1), "spill_mb": round(spill_bytes / 2**20, 1),
                  "graph_parts_mb": {k: round(v / 2**20, 1) for k, v in parts_mb.items()},
                  "nodes": len(graph.nodes), "edges": len(graph.edges), "graph_sha256": digest.hexdigest()}))
'''


def before_tree(tmp: Path, commit: str = BEFORE_COMMIT) -> Path:
    """The kg package of ``commit``, unpacked from git (with the schema and query files its data links to)."""
    tree = tmp / "before"
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "kg", "schemas", "queries"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def run(mode: str, extractions: Path, tmp: Path) -> dict:
    tree = tmp / "before" if mode == "before" else ROOT
    spill = tmp / f"spill-{mode}"
    spill.mkdir(exist_ok=True)
    return run_child(CHILD, [mode, str(extractions), str(spill)], tree, tmp, f"mode {mode}")


def run_child(child: str, args: list[str], tree: Path, cwd: Path, what: str) -> dict:
    """Run ``child`` (Python source) with ``tree`` as the kg package's home; its last line of output, read as JSON."""
    out = subprocess.run([sys.executable, "-c", child, *args], env={**os.environ, "PYTHONPATH": str(tree)}, cwd=cwd,
                         capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{what} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("extractions", type=Path, help="extractions.jsonl.gz of a finished kg build")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    ap.add_argument("--before", default=BEFORE_COMMIT, help="the commit the 'before' mode runs")
    ap.add_argument("--suffix", default="", help="written to bench/results/link_memory{SUFFIX}.json (e.g. -round10)")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-link-") as name:
        tmp = Path(name)
        if "before" in args.modes:
            before_tree(tmp, args.before)
        for _ in range(args.rounds):
            for mode in args.modes:  # alternating, one process at a time
                rows.append(run(mode, args.extractions.resolve(), tmp))
                print(json.dumps(rows[-1]), file=sys.stderr)
    digests = {r["graph_sha256"] for r in rows}
    if len(digests) != 1:
        raise SystemExit(f"the modes built different graphs: {sorted((r['mode'], r['graph_sha256'][:12]) for r in rows)}")
    print(f"{'mode':<8} {'papers':>7} {'link s':>7} {'add s':>6} {'build s':>8} {'peak MB':>8} {'base MB':>8} "
          f"{'linking MB':>11} {'KB/paper':>9} {'spill MB':>9} {'added MB':>9}")
    for r in rows:
        print(f"{r['mode']:<8} {r['papers']:>7} {r['link_s']:>7} {r['add_s']:>6} {r['build_s']:>8} {r['peak_mb']:>8} "
              f"{r['base_mb']:>8} {r['linking_mb']:>11} {r['linking_mb'] * 1024 / r['papers']:>9.2f} {r['spill_mb']:>9} {r['added_mb']:>9}")
    for r in rows:
        print(f"graph parts of {r['mode']} (MB):", json.dumps(r["graph_parts_mb"]))
    out = ROOT / "bench" / "results" / f"link_memory{args.suffix}.json"
    out.write_text(json.dumps({"python": sys.version.split()[0], "machine": platform.machine(), "cores": os.cpu_count(),
                               "extractions": str(args.extractions), "before_commit": args.before, "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
