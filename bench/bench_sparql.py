"""SPARQL benchmark: kg serve (Oxigraph behind the SPARQL protocol) against rdflib's in-memory
SPARQL engine, on the example queries (queries/*.rq), in one run.

    python bench/bench_sparql.py [--out out] [--seconds 60] [--clients 8]

1. Load time: Oxigraph bulk load of graph.nt (+ the ontology) into OUTDIR/oxigraph, the reuse of
   an up-to-date store on the next start, and rdflib parsing the same files into a Dataset.
2. Calibration: every query once, single-threaded, on both engines (rdflib in a subprocess with
   a time budget, since an rdflib query cannot be stopped); row counts are compared.
3. Load: CLIENTS threads for SECONDS each, side by side on the same queries:
   a. kg serve, over HTTP on 127.0.0.1 (keep-alive, POST application/sparql-query, JSON results),
      on the queries rdflib also answers within --rdflib-max-single seconds;
   b. rdflib in-process (no HTTP at all, which favours rdflib), same queries, same threads
      (its parser is not thread-safe, so each request parses under a lock, then evaluates);
   c. kg serve on every example query.
   Each thread cycles through the queries from its own offset. Reported per phase: requests,
   errors (anything but a full 200), QPS, p50 / p99 / max latency.

Writes bench/results/sparql.json and prints a table. Loopback only; every loop is bounded.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.sparql import load_examples  # noqa: E402
from kg.sparql.server import ServerConfig, background_server  # noqa: E402
from kg.sparql.store import ONTOLOGY_GRAPH, ontology_path, prepare_store  # noqa: E402

RDFLIB_ONE = r"""
import json, sys, time
from rdflib import Dataset, URIRef
ds = Dataset()
ds.parse(sys.argv[1], format="nt")
if sys.argv[2]:
    ds.graph(URIRef(sys.argv[3])).parse(sys.argv[2], format="turtle")
query = sys.stdin.read()
start = time.perf_counter()
try:
    rows = len(list(ds.query(query)))
    print(json.dumps({"ok": True, "rows": rows, "seconds": time.perf_counter() - start}))
except Exception as exc:
    print(json.dumps({"ok": False, "error": f"{type(exc).__name__}: {str(exc)[:200]}", "seconds": time.perf_counter() - start}))
"""


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def summarise(name: str, latencies: list[float], errors: int, seconds: float, queries: list[str]) -> dict:
    return {
        "phase": name, "queries": queries, "requests": len(latencies) + errors, "ok": len(latencies), "errors": errors,
        "seconds": round(seconds, 2), "qps": round(len(latencies) / seconds, 1) if seconds else None,
        "p50_ms": round(percentile(latencies, 50) * 1000, 2), "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "max_ms": round(max(latencies) * 1000, 2) if latencies else None,
        "mean_ms": round(statistics.fmean(latencies) * 1000, 2) if latencies else None,
    }


def hammer(worker, texts: list[str], clients: int, seconds: float) -> tuple[list[float], int, float, list[str]]:
    """Run ``worker(state, text)`` from ``clients`` threads for ``seconds``; no new request after."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    samples: list[str] = []
    deadline = time.monotonic() + seconds

    def run(i: int) -> None:
        state: dict = {}
        k = i
        while time.monotonic() < deadline:
            text = texts[k % len(texts)]
            k += 1
            start = time.perf_counter()
            try:
                worker(state, text)
                latencies[i].append(time.perf_counter() - start)
            except Exception as exc:  # noqa: BLE001 - counted, and a few kept for the report
                errors[i] += 1
                if len(samples) < 5:
                    samples.append(f"{type(exc).__name__}: {str(exc)[:160]}")
        if "conn" in state:
            state["conn"].close()

    start = time.monotonic()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    return [x for lat in latencies for x in lat], sum(errors), elapsed, samples


def http_worker(url: str):
    host, port = url.split("//")[1].split("/")[0].split(":")

    def work(state: dict, text: str) -> None:
        if "conn" not in state:
            state["conn"] = http.client.HTTPConnection(host, int(port), timeout=60)
        conn = state["conn"]
        try:
            conn.request("POST", "/sparql", body=text.encode(), headers={"Content-Type": "application/sparql-query",
                                                                        "Accept": "application/sparql-results+json"})
            resp = conn.getresponse()
            body = resp.read()
        except (OSError, http.client.HTTPException):
            conn.close()
            state.pop("conn")
            raise
        if resp.status != 200:
            raise RuntimeError(f"HTTP {resp.status}: {body[:120]!r}")
        json.loads(body)

    return work


def rdflib_worker(ds):
    """rdflib's SPARQL parser (pyparsing) is not thread-safe: each request parses its query
    under one lock (parsing is serial under the GIL anyway), then evaluates concurrently."""
    from rdflib.plugins.sparql import prepareQuery

    parse_lock = threading.Lock()

    def work(state: dict, text: str) -> None:
        with parse_lock:
            prepared = prepareQuery(text)
        list(ds.query(prepared))

    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out", help="build directory (built from the sample corpus if it has no graph.nt)")
    parser.add_argument("--seconds", type=float, default=60.0, help="duration of each load phase")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=0, help="kg serve query workers (0: its default)")
    parser.add_argument("--rdflib-budget", type=float, default=30.0, help="calibration: seconds rdflib may spend on one query")
    parser.add_argument("--rdflib-max-single", type=float, default=2.0,
                        help="a query joins the side-by-side set if rdflib answers it alone within this many seconds")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "sparql.json")
    args = parser.parse_args()

    out_dir: Path = args.out
    if not (out_dir / "graph.nt").is_file():
        from kg.build import build

        print(f"building the sample corpus into {out_dir} ...", flush=True)
        build(out_dir=out_dir)
    examples = load_examples(ROOT / "queries")
    texts = {ex.name: ex.bound() for ex in examples}
    onto = ontology_path()

    # 1. load time (a private copy, so the build directory's own store is left alone)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-sparql-"))
    try:
        shutil.copy(out_dir / "graph.nt", work / "graph.nt")
        ox_loads, ox_reuse, rdf_loads = [], [], []
        for _ in range(3):
            start = time.perf_counter()
            info = prepare_store(work, force=True)
            ox_loads.append(time.perf_counter() - start)
            start = time.perf_counter()
            prepare_store(work)
            ox_reuse.append(time.perf_counter() - start)
            from rdflib import Dataset, URIRef

            start = time.perf_counter()
            ds = Dataset()
            ds.parse(work / "graph.nt", format="nt")
            if onto:
                ds.graph(URIRef(ONTOLOGY_GRAPH)).parse(onto, format="turtle")
            rdf_loads.append(time.perf_counter() - start)
        load = {"triples": info.triples, "ontology_triples": info.ontology_triples,
                "oxigraph_bulk_load_s": round(statistics.median(ox_loads), 3),
                "oxigraph_reuse_s": round(statistics.median(ox_reuse), 3),
                "rdflib_parse_s": round(statistics.median(rdf_loads), 3)}
        print(f"load: {load}", flush=True)

        # 2. calibration
        import pyoxigraph as ox

        reader = ox.Store.read_only(str(work / "oxigraph"))
        calibration = {}
        for name, text in texts.items():
            start = time.perf_counter()
            ox_rows = len(list(reader.query(text)))
            ox_s = time.perf_counter() - start
            try:
                done = subprocess.run([sys.executable, "-c", RDFLIB_ONE, str(work / "graph.nt"), str(onto or ""), ONTOLOGY_GRAPH],
                                      input=text, capture_output=True, text=True, timeout=args.rdflib_budget + 10)
                rdf = json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else {"ok": False, "error": done.stderr[-200:]}
            except subprocess.TimeoutExpired:
                rdf = {"ok": False, "error": f"no answer within {args.rdflib_budget:g} s"}
            calibration[name] = {"oxigraph_ms": round(ox_s * 1000, 2), "oxigraph_rows": ox_rows,
                                 "rdflib_ms": round(rdf["seconds"] * 1000, 2) if rdf.get("ok") else None,
                                 "rdflib_rows": rdf.get("rows"), "rdflib_error": rdf.get("error"),
                                 "same_rows": rdf.get("rows") == ox_rows if rdf.get("ok") else None}
            print(f"  {name:30s} oxigraph {ox_s * 1000:8.1f} ms {ox_rows:5d} rows | rdflib "
                  + (f"{rdf['seconds'] * 1000:9.1f} ms {rdf['rows']:5d} rows" if rdf.get("ok") else rdf.get("error", "?")), flush=True)
        del reader
        common = [n for n, c in calibration.items()
                  if c["rdflib_ms"] is not None and c["rdflib_ms"] <= args.rdflib_max_single * 1000 and c["same_rows"]]

        # 3. load phases
        phases = []
        config = ServerConfig(out_dir=work, port=0, workers=args.workers, timeout=60, max_rows=100_000, log_level="warning")
        with background_server(config) as url:
            workers = url.app.state.pool.size
            lat, err, secs, samples = hammer(http_worker(url), [texts[n] for n in common], args.clients, args.seconds)
            phases.append(summarise("kg serve (Oxigraph), side-by-side set", lat, err, secs, common) | {"error_samples": samples})
            print(f"  {phases[-1]}", flush=True)
            from rdflib import Dataset, URIRef

            ds = Dataset()
            ds.parse(work / "graph.nt", format="nt")
            if onto:
                ds.graph(URIRef(ONTOLOGY_GRAPH)).parse(onto, format="turtle")
            lat, err, secs, samples = hammer(rdflib_worker(ds), [texts[n] for n in common], args.clients, args.seconds)
            phases.append(summarise("rdflib in-memory, side-by-side set", lat, err, secs, common) | {"error_samples": samples})
            print(f"  {phases[-1]}", flush=True)
            lat, err, secs, samples = hammer(http_worker(url), list(texts.values()), args.clients, args.seconds)
            phases.append(summarise("kg serve (Oxigraph), every example query", lat, err, secs, list(texts)) | {"error_samples": samples})
            print(f"  {phases[-1]}", flush=True)
            stats = url.app.state.pool.stats.__dict__
    finally:
        shutil.rmtree(work, ignore_errors=True)

    result = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "graph": str(out_dir / "graph.nt"), "clients": args.clients, "seconds_per_phase": args.seconds,
        "kg_serve_workers": workers, "load": load, "calibration": calibration, "phases": phases, "pool_stats": stats,
        "notes": ["rdflib runs in-process (no HTTP, no serialisation), kg serve over HTTP on 127.0.0.1",
                  f"side-by-side set: queries rdflib answers alone within {args.rdflib_max_single:g} s with Oxigraph's row count"],
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(result, indent=2), encoding="utf-8")

    print(f"\n{load['triples']:,} triples; load: Oxigraph {load['oxigraph_bulk_load_s']} s (reuse {load['oxigraph_reuse_s']} s), "
          f"rdflib {load['rdflib_parse_s']} s")
    print(f"{'phase':45s} {'queries':>7s} {'requests':>8s} {'errors':>6s} {'QPS':>8s} {'p50 ms':>8s} {'p99 ms':>9s}")
    for p in phases:
        print(f"{p['phase']:45s} {len(p['queries']):7d} {p['requests']:8d} {p['errors']:6d} {p['qps']:8.1f} {p['p50_ms']:8.1f} {p['p99_ms']:9.1f}")
    left_out = {n: (c["rdflib_error"] or f"{c['rdflib_ms']:.0f} ms alone") for n, c in calibration.items() if n not in common}
    print(f"not in the side-by-side set (rdflib): {left_out}")
    print(f"wrote {args.results}")
    if any(p["errors"] for p in phases if p["phase"].startswith("kg serve")):
        sys.exit(1)


if __name__ == "__main__":
    main()
