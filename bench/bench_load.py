"""Benchmark: loading the sample graph into FalkorDB, batched ``UNWIND $rows`` vs one ``MERGE`` per element.

Both writers go through the same transport to the same real FalkorDB (kg's embedded server,
loopback, in a temporary directory), into a fresh graph each round with the same schema
(indexes and unique constraints) declared first, and end with identical node and
relationship counts. They run back to back, alternating, N rounds each:

- batched: ``kg.stores.write_graph`` (the writer of ``kg load``), ``--batch-size`` rows per
  ``UNWIND $rows AS row MERGE …`` statement;
- one MERGE per element: ``MERGE (n:Label {key: $key}) SET n += $props`` for every node and
  ``MATCH (a…) MATCH (b…) MERGE (a)-[r:TYPE]->(b) SET r += $props`` for every relationship,
  one statement (one round trip, one transaction) each: what a naive loader does.

    python bench/bench_load.py [--rounds 5] [--batch-size 1000] [--out-dir OUTDIR]

Without --out-dir the sample corpus is built first (kg build, ~5 s, not timed). Prints a
table and writes bench/results/load.json.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.cypher_statements import check_identifier, edge_row, node_row  # noqa: E402
from kg.stores import count_graph, write_graph  # noqa: E402
from kg.stores.falkordb_transport import EmbeddedFalkorDB, FalkorDBTransport  # noqa: E402


def per_element_load(graph, transport) -> float:
    """The naive loader: one MERGE statement per node and per relationship."""
    schema = graph.schema
    started = time.perf_counter()
    transport.apply_schema(transport.dialect.schema_ops(schema))
    for node in graph.iter_nodes():
        label = check_identifier(node.label, schema.labels)
        row = node_row(node)
        transport.query(f"MERGE (n:{label} {{key: $key}}) SET n += $props", {"key": row["key"], "props": row["props"]})
    for edge in graph.iter_edges():
        src = check_identifier(graph.nodes[edge.source].label, schema.labels)
        dst = check_identifier(graph.nodes[edge.target].label, schema.labels)
        rel = check_identifier(edge.type, schema.relationship_types)
        row = edge_row(edge)
        transport.query(
            f"MATCH (a:{src} {{key: $source}}) MATCH (b:{dst} {{key: $target}}) MERGE (a)-[r:{rel}]->(b) SET r += $props",
            {"source": row["source"], "target": row["target"], "props": row["props"]},
        )
    return time.perf_counter() - started


def batched_load(graph, transport, batch_size: int) -> float:
    started = time.perf_counter()
    write_graph(graph, transport, batch_size=batch_size)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--out-dir", type=Path, default=None, help="a kg build output directory (default: build the sample)")
    parser.add_argument("--fsync", choices=EmbeddedFalkorDB.FSYNC, default="everysec",
                        help="the server's appendfsync: everysec (kg's default) or always (every write on disk, as a Neo4j commit)")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "load.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-load-") as tmp:
        if args.out_dir is None:
            from kg.build import build

            graph, _ = build(out_dir=Path(tmp) / "build")
        else:
            from kg.stores.files import load_graph

            graph = load_graph(args.out_dir)
        expected = (len(graph.nodes), len(graph.edges))
        times: dict[str, list[float]] = {"batched": [], "per_element": []}
        with EmbeddedFalkorDB(Path(tmp) / "falkordb", fsync=args.fsync) as server:
            for i in range(args.rounds):
                order = ("batched", "per_element") if i % 2 == 0 else ("per_element", "batched")
                for which in order:
                    transport = FalkorDBTransport(url=server.url, graph=f"bench_{which}_{i}")
                    with transport:
                        transport.drop()
                        if which == "batched":
                            seconds = batched_load(graph, transport, args.batch_size)
                        else:
                            seconds = per_element_load(graph, transport)
                        counts = count_graph(transport)
                        transport.drop()
                    if counts != expected:
                        raise SystemExit(f"{which} loaded {counts}, expected {expected}")
                    times[which].append(seconds)
                    print(f"round {i + 1}/{args.rounds} {which:<12} {seconds:8.3f} s", file=sys.stderr)

    elements = sum(expected)
    med = {k: statistics.median(v) for k, v in times.items()}
    speedup = med["per_element"] / med["batched"]
    result = {
        "graph": {"nodes": expected[0], "relationships": expected[1]},
        "rounds": args.rounds, "batch_size": args.batch_size, "appendfsync": args.fsync,
        "seconds": {k: [round(x, 4) for x in v] for k, v in times.items()},
        "median_seconds": {k: round(v, 4) for k, v in med.items()},
        "elements_per_second": {k: round(elements / v) for k, v in med.items()},
        "speedup_batched_vs_per_element": round(speedup, 1),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "processor": platform.machine()},
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    print(f"Sample graph: {expected[0]} nodes + {expected[1]} relationships into FalkorDB (appendfsync {args.fsync}), "
          f"median of {args.rounds} rounds")
    print(f"{'writer':<28}{'seconds':>10}{'elements/s':>14}")
    print(f"{'batched UNWIND (' + str(args.batch_size) + ' rows)':<28}{med['batched']:>10.3f}{elements / med['batched']:>14.0f}")
    print(f"{'one MERGE per element':<28}{med['per_element']:>10.3f}{elements / med['per_element']:>14.0f}")
    print(f"batched is {speedup:.1f}x faster; wrote {args.results.relative_to(ROOT) if args.results.is_relative_to(ROOT) else args.results}")


if __name__ == "__main__":
    main()
