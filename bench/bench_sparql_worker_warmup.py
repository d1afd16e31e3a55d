"""A fresh SPARQL query worker's first query: warmed up at start (what kg serve does) against
warmed up lazily by that first query (what it did until round 11).

    python bench/bench_sparql_worker_warmup.py [--rounds 10]

a. warm at start: ``kg.sparql.store._Worker`` (runs ``WARM_UP_QUERY`` before it reports ready):
   seconds to start, then a cheap query (COUNT of papers on a tiny store) twice.
b. lazy: a fresh process opens the same store read-only and runs the same query through
   ``execute_query`` twice; the first call pays rdflib's grammar and the writers' imports.
The first query of a replacement worker (after a long query was stopped or a client left)
is measured against ``slow_after``; prints medians and maxima. Loopback, no network.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.sparql.store import _Worker, prepare_store

KGO = "https://w3id.org/kg-ml/ontology#"
QUERY = f"SELECT (COUNT(?p) AS ?n) WHERE {{ ?p a <{KGO}Paper> }}"
GRAPH = "".join(f"<https://w3id.org/kg-ml/resource/p{i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KGO}Paper> .\n"
                for i in range(10))
LAZY = """
import json, sys, time
import pyoxigraph as ox
from kg.sparql.store import execute_query
store = ox.Store.read_only(sys.argv[1])
msg = {"query": sys.argv[2]}
times = []
for _ in range(2):
    t = time.perf_counter(); reply = execute_query(store, msg); times.append(time.perf_counter() - t)
    assert reply["status"] == 200, reply
print(json.dumps(times))
"""


def summary(xs: list[float]) -> str:
    return f"median {statistics.median(xs):.3f} s, max {max(xs):.3f} s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-warmup-") as tmp:
        (Path(tmp) / "graph.nt").write_text(GRAPH, encoding="utf-8")
        store_dir = prepare_store(tmp).path
        warm = {"start": [], "first": [], "second": []}
        lazy = {"first": [], "second": []}
        msg = {"op": "query", "query": QUERY, "accept": None, "format": None, "max_rows": 100}
        for _ in range(args.rounds):
            started = time.perf_counter()
            worker = _Worker(store_dir, 60)
            warm["start"].append(time.perf_counter() - started)
            for key in ("first", "second"):
                started = time.perf_counter()
                assert worker.call(msg, 30)["status"] == 200
                warm[key].append(time.perf_counter() - started)
            worker.stop()
            out = subprocess.run([sys.executable, "-c", LAZY, str(store_dir), QUERY], capture_output=True, text=True, check=True)
            first, second = json.loads(out.stdout)
            lazy["first"].append(first)
            lazy["second"].append(second)
    load = os.getloadavg()[0]
    print(f"{args.rounds} rounds, load average {load:.1f}, {os.cpu_count()} CPUs")
    print(f"a. warm at start: worker start {summary(warm['start'])}; first query {summary(warm['first'])}; "
          f"second {summary(warm['second'])}")
    print(f"b. lazy:          first query {summary(lazy['first'])}; second {summary(lazy['second'])}")


if __name__ == "__main__":
    main()
