"""Each queries/*.cypher twice on a loaded FalkorDB store, waiting as long as a query takes: seconds
and rows, for one or more versions of the query files, one after the other on the same server.

    kg load OUT175K
    git archive main queries | tar -x -C /tmp/main                 # the query files before
    python bench/bench_cypher_files.py --out OUT175K --params corpus-20k --queries /tmp/main/queries queries

kg's transport gives up on a query after the client's socket timeout (5 s), and FalkorDB goes on
computing it, so the next queries of a benchmark wait behind it; this one reads each answer with
its own Redis connection and a long timeout, so a slow query shows its real time.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.stores.falkordb_transport import EmbeddedFalkorDB, params_header  # noqa: E402
from kg.stores.query_files import read_query_file  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="a build directory loaded with `kg load`")
    parser.add_argument("--params", default="", help="a parameter set of bench/query_params.json (default: each file's example)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for one answer")
    parser.add_argument("--save", type=Path, help="write the timings as JSON here")
    parser.add_argument("queries", nargs="*", type=Path, default=[ROOT / "queries"], help="directories of .cypher files")
    args = parser.parse_args()

    import redis

    sets = json.loads((ROOT / "bench" / "query_params.json").read_text(encoding="utf-8"))
    overrides = sets[args.params] if args.params else {}
    results: dict[str, dict[str, dict]] = {}
    with EmbeddedFalkorDB(args.out / "falkordb") as server:
        client = redis.Redis(host="127.0.0.1", port=server.port, socket_timeout=args.timeout)
        for directory in args.queries:
            print(directory, flush=True)
            timings = results[str(directory)] = {}
            for path in sorted(directory.glob("*.cypher")):
                query = read_query_file(path)
                text = params_header({**query.params, **overrides.get(path.stem, {})}) + query.text
                runs, rows = [], 0
                for _ in range(2):
                    start = time.perf_counter()
                    reply = client.execute_command("GRAPH.RO_QUERY", "kg", text, "--compact")
                    runs.append(round(time.perf_counter() - start, 3))
                    rows = len(reply[1]) if len(reply) > 2 else 0
                timings[path.stem] = {"seconds": runs, "rows": rows}
                print(f"  {path.stem:30s} {runs[0]:8.3f} {runs[1]:8.3f} s {rows:7d} rows", flush=True)
    if args.save:
        args.save.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
