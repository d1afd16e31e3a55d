"""Co-occurrence on a build: the counts kg derives when it prepares the Oxigraph store, against
the GROUP BY they replace, in one run.

    python bench/bench_co_occurrence.py --out OUTDIR [--rounds 3]

1. Store preparation: ``prepare_store(force=True)`` ROUNDS times: the whole load, and the part
   of it spent deriving the counts (``derive_seconds``).
2. Queries, in process (every row read), ROUNDS times each: queries/co_occurring_entities.rq as
   shipped (LIMIT 15, reading the derived counts), and the GROUP BY over the default graph
   (``kg.sparql.derived.CO_OCCURRENCE_GROUP_BY``, the query before the counts) with LIMIT 15;
   the GROUP BY runs once if it takes over 20 s.
3. Equality: every row of the .rq (no LIMIT) against every row of the GROUP BY: equal as a
   multiset, and equal in order on the query's ORDER BY keys (papers, entity_a, entity_b).

Writes bench/results/co_occurrence-<label>.json and prints a summary.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.sparql import load_examples  # noqa: E402
from kg.sparql.derived import CO_OCCURRENCE_GROUP_BY  # noqa: E402
from kg.sparql.store import prepare_store  # noqa: E402


def run(store: ox.Store, text: str) -> tuple[float, list[tuple]]:
    start = time.perf_counter()
    rows = [tuple(v.value for v in solution) for solution in store.query(text)]
    return time.perf_counter() - start, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="a build directory (graph.nt)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--label", default="", help="results file suffix (default: the build directory's name)")
    args = parser.parse_args()

    loads = [prepare_store(args.out, force=True) for _ in range(args.rounds)]
    info = loads[-1]
    print(f"store: {info.triples:,} triples + {info.derived_triples:,} derived; load "
          f"{[round(i.load_seconds, 2) for i in loads]} s, of which deriving {[round(i.derive_seconds, 2) for i in loads]} s",
          flush=True)

    query = {ex.name: ex for ex in load_examples(ROOT / "queries")}["co_occurring_entities"]
    store = ox.Store.read_only(str(info.path))
    derived_s = [run(store, query.bound())[0] for _ in range(args.rounds)]
    print(f"co_occurring_entities.rq (derived counts): {[round(s, 3) for s in derived_s]} s", flush=True)
    group_by_s = []
    for _ in range(args.rounds):
        group_by_s.append(run(store, CO_OCCURRENCE_GROUP_BY + "LIMIT 15")[0])
        print(f"GROUP BY over the default graph: {round(group_by_s[-1], 2)} s", flush=True)
        if group_by_s[-1] > 20:
            break

    _, grouped = run(store, CO_OCCURRENCE_GROUP_BY)
    _, derived = run(store, query.bound({"limit": 10 ** 9}))
    same_rows = sorted(derived) == sorted(grouped)
    same_order = [(r[4], r[0], r[2]) for r in derived] == [(r[4], r[0], r[2]) for r in grouped]
    print(f"all rows: {len(derived):,} derived, {len(grouped):,} grouped; same rows {same_rows}, same order {same_order}, "
          f"rows in identical positions {sum(a == b for a, b in zip(derived, grouped)):,}")

    label = args.label or args.out.name
    result = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "loadavg_at_end": os.getloadavg()},
        "build": str(args.out), "triples": info.triples, "derived_triples": info.derived_triples,
        "store_load_s": [round(i.load_seconds, 3) for i in loads], "derive_s": [round(i.derive_seconds, 3) for i in loads],
        "query_derived_s": [round(s, 4) for s in derived_s], "query_group_by_s": [round(s, 3) for s in group_by_s],
        "median_query_derived_s": round(statistics.median(derived_s), 4),
        "rows": len(derived), "same_rows": same_rows, "same_order_on_sort_keys": same_order,
    }
    results = ROOT / "bench" / "results" / f"co_occurrence-{label}.json"
    results.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"wrote {results}")
    if not (same_rows and same_order):
        sys.exit(1)


if __name__ == "__main__":
    main()
