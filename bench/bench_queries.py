"""The example queries under concurrent clients, in both languages, on one build: every
queries/*.rq through kg serve (Oxigraph over HTTP) and every queries/*.cypher on FalkorDB
(the embedded server holding `kg load OUTDIR`).

    kg load OUTDIR && python bench/bench_queries.py --out OUTDIR --params corpus-20k [--clients 8] [--seconds 30]

1. Single runs: each query once, in process (Oxigraph ``store.query`` with every row read;
   FalkorDB through kg's transport), with its row count.
2. Load: CLIENTS threads for SECONDS per language, each cycling through that language's
   queries from its own offset (``bench_sparql.hammer``): requests, errors, QPS, p50 / p99
   of the set and of each query.

``--params`` names a set in bench/query_params.json: example values that find rows in the
corpus builds (the files' own examples are newer than the first 20,000 corpus papers).
``--skip NAME`` leaves a query out of the load phases (it still gets its single run); so does
a Cypher query whose single run FalkorDB stops at 60 s (``kg query --timeout``'s limit).
Writes bench/results/queries-<label>.json and prints a table.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_sparql import hammer, http_worker, percentile, summarise  # noqa: E402

from kg.sparql import load_examples  # noqa: E402
from kg.sparql.server import ServerConfig, background_server  # noqa: E402
from kg.sparql.store import prepare_store  # noqa: E402
from kg.stores import StoreError, read_query_file  # noqa: E402
from kg.stores.falkordb_transport import EmbeddedFalkorDB, FalkorDBTransport  # noqa: E402


def timed_per_query(worker, name_of, record: dict[str, list[float]]):
    """``worker`` that also files each successful request's latency under its query's name."""
    lock = threading.Lock()

    def work(state: dict, item: str) -> None:
        start = time.perf_counter()
        worker(state, item)
        elapsed = time.perf_counter() - start
        with lock:
            record[name_of(item)].append(elapsed)

    return work


def cypher_worker(url: str, queries: dict[str, tuple[str, dict]]):
    """One FalkorDB connection per client thread; ``item`` is the query's name."""

    def work(state: dict, item: str) -> None:
        if "transport" not in state:
            state["transport"] = FalkorDBTransport(url=url)
            state["transport"].open()
        text, params = queries[item]
        state["transport"].query(text, params, read_only=True, timeout=60)

    return work


def per_query(record: dict[str, list[float]]) -> dict[str, dict]:
    return {name: {"requests": len(lat), "p50_ms": round(percentile(lat, 50) * 1000, 1),
                   "p99_ms": round(percentile(lat, 99) * 1000, 1)} for name, lat in sorted(record.items())}


def load_phase(name: str, worker, items: list[str], name_of, clients: int, seconds: float) -> dict:
    record: dict[str, list[float]] = defaultdict(list)
    lat, err, secs, samples = hammer(timed_per_query(worker, name_of, record), items, clients, seconds)
    phase = summarise(name, lat, err, secs, sorted({name_of(i) for i in items})) | {"error_samples": samples,
                                                                                     "per_query": per_query(record)}
    print(f"  {name}: {phase['requests']} requests, {phase['errors']} errors, {phase['qps']} QPS, "
          f"p50 {phase['p50_ms']} ms, p99 {phase['p99_ms']} ms", flush=True)
    return phase


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="a build directory, loaded into FalkorDB with `kg load`")
    parser.add_argument("--params", default="", help="a parameter set of bench/query_params.json (default: each file's example)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0, help="duration of each load phase")
    parser.add_argument("--skip", action="append", default=[], help="leave this query out of the load phases (repeatable)")
    parser.add_argument("--label", default="", help="results file suffix (default: the build directory's name)")
    args = parser.parse_args()

    sets = json.loads((ROOT / "bench" / "query_params.json").read_text(encoding="utf-8"))
    overrides = sets[args.params] if args.params else {}
    sparql = {ex.name: ex.bound(overrides.get(ex.name)) for ex in load_examples(ROOT / "queries")}
    cypher = {}
    for path in sorted((ROOT / "queries").glob("*.cypher")):
        query = read_query_file(path)
        cypher[path.stem] = (query.text, {**query.params, **overrides.get(path.stem, {})})

    info = prepare_store(args.out)
    import pyoxigraph as ox

    single: dict[str, dict] = defaultdict(dict)
    reader = ox.Store.read_only(str(info.path))
    for name, text in sparql.items():
        start = time.perf_counter()
        solutions = reader.query(text)
        rows = sum(1 for _ in solutions)
        del solutions  # pyoxigraph objects must be dropped on the thread that made them
        single[name]["sparql_s"], single[name]["sparql_rows"] = round(time.perf_counter() - start, 3), rows
        print(f"  {name:30s} SPARQL {single[name]['sparql_s']:7.3f} s {rows:6d} rows", flush=True)
    del reader

    phases = []
    with EmbeddedFalkorDB(args.out / "falkordb") as server:
        with FalkorDBTransport(url=server.url, retries=1) as transport:
            nodes = transport.query("MATCH (n) RETURN count(n) AS n").rows[0][0]
            for name, (text, params) in cypher.items():
                start = time.perf_counter()
                try:
                    rows = len(transport.query(text, params, read_only=True, timeout=60).rows)
                except StoreError as exc:  # stopped at 60 s (or refused): recorded, and the query left out of the load
                    rows = None
                    single[name]["cypher_error"] = str(exc)[:200]
                    args.skip.append(name)
                single[name]["cypher_s"], single[name]["cypher_rows"] = round(time.perf_counter() - start, 3), rows
                print(f"  {name:30s} Cypher {single[name]['cypher_s']:7.3f} s {rows} rows", flush=True)
        items = [n for n in cypher if n not in args.skip]
        phases.append(load_phase("FalkorDB (Cypher)", cypher_worker(server.url, cypher), items, lambda n: n,
                                 args.clients, args.seconds))

    by_text = {text: name for name, text in sparql.items()}
    config = ServerConfig(out_dir=args.out, port=0, timeout=60, max_rows=100_000, log_level="warning")
    with background_server(config) as url:
        workers = url.app.state.pool.size
        items = [text for name, text in sparql.items() if name not in args.skip]
        phases.append(load_phase(f"kg serve (SPARQL, {workers} workers)", http_worker(url), items, by_text.get,
                                 args.clients, args.seconds))

    label = args.label or args.out.name
    result = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "loadavg_at_end": os.getloadavg()},
        "build": str(args.out), "triples": info.triples, "falkordb_nodes": nodes, "params": args.params or "file examples",
        "clients": args.clients, "seconds_per_phase": args.seconds, "skipped_in_load": args.skip,
        "single_runs": dict(single), "phases": phases,
    }
    results = ROOT / "bench" / "results" / f"queries-{label}.json"
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"\n{info.triples:,} triples, {nodes:,} FalkorDB nodes; {args.clients} clients, {args.seconds:g} s per phase")
    print(f"{'phase':36s} {'queries':>7s} {'requests':>8s} {'errors':>6s} {'QPS':>7s} {'p50 ms':>8s} {'p99 ms':>9s}")
    for p in phases:
        print(f"{p['phase']:36s} {len(p['queries']):7d} {p['requests']:8d} {p['errors']:6d} {p['qps']:7.1f} "
              f"{p['p50_ms']:8.1f} {p['p99_ms']:9.1f}")
    print(f"wrote {results}")
    if any(p["errors"] for p in phases):
        sys.exit(1)


if __name__ == "__main__":
    main()
