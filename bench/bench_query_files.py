"""Each queries/*.rq once, in a child process of its own, on a prepared Oxigraph store: seconds and
rows, and the rows themselves, so two versions of the query files can be timed and compared row
by row on the same store.

    python bench/bench_query_files.py --store OUT/oxigraph --params corpus-20k --save /tmp/after
    git archive main queries | tar -x -C /tmp/main      # the query files before
    python bench/bench_query_files.py --store OUT/oxigraph --queries /tmp/main/queries --save /tmp/before
    python bench/bench_query_files.py --compare /tmp/before /tmp/after

A child process per query keeps one query's memory and caches from the next one's timing and
stops a query at ``--timeout``. The comparison says per query whether the rows are identical,
identical once ``" | "``-joined lists (GROUP_CONCAT, whose order SPARQL leaves open) are read as
sets, or the same rows in another order (ORDER BY leaves ties in any order).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.sparql import load_examples  # noqa: E402

CHILD = r"""
import json, sys, time
import pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
text = open(sys.argv[2], encoding="utf-8").read()
start = time.perf_counter()
rows = [[None if v is None else str(v) for v in s] for s in store.query(text)]
seconds = time.perf_counter() - start
json.dump(rows, open(sys.argv[3], "w", encoding="utf-8"))
print(json.dumps({"seconds": round(seconds, 3), "rows": len(rows)}))
"""


def time_queries(store: Path, queries: Path, params: dict, save: Path, timeout: float, only: list[str]) -> dict:
    save.mkdir(parents=True, exist_ok=True)
    results = {}
    for ex in load_examples(queries):
        if only and ex.name not in only:
            continue
        text = save / f"{ex.name}.rq"
        text.write_text(ex.bound(params.get(ex.name)), encoding="utf-8")
        try:
            run = subprocess.run([sys.executable, "-c", CHILD, str(store), str(text), str(save / f"{ex.name}.json")],
                                 capture_output=True, text=True, timeout=timeout)
            result = json.loads(run.stdout) if run.returncode == 0 else {"error": run.stderr.strip()[-300:]}
        except subprocess.TimeoutExpired:
            result = {"error": f"over {timeout:g} s"}
        results[ex.name] = result
        print(f"  {ex.name:30s} {result}", flush=True)
    (save / "times.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


def _unquoted(value):
    return value[1:-1] if isinstance(value, str) and len(value) > 1 and value[0] == value[-1] == '"' else value


def _lists_as_sets(row: list) -> tuple:
    return tuple(frozenset(_unquoted(v).split(" | ")) if isinstance(v, str) and " | " in v else v for v in row)


def compare(before: Path, after: Path) -> dict[str, str]:
    """Per query saved in both directories, how its rows compare."""
    verdicts = {}
    for path in sorted(after.glob("*.json")):
        if path.stem == "times" or not (before / path.name).exists():
            continue
        old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (before / path.name, path))
        if old == new:
            verdict = "identical"
        elif [_lists_as_sets(r) for r in old] == [_lists_as_sets(r) for r in new]:
            verdict = "identical, ' | ' lists as sets"
        elif sorted(map(repr, map(_lists_as_sets, old))) == sorted(map(repr, map(_lists_as_sets, new))):
            verdict = "same rows, ties in another order"
        else:
            verdict = f"DIFFERENT ({len(old)} rows before, {len(new)} after)"
        verdicts[path.stem] = verdict
        print(f"  {path.stem:30s} {verdict}")
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="a prepared Oxigraph store (OUTDIR/oxigraph after `kg serve`)")
    parser.add_argument("--queries", type=Path, default=ROOT / "queries", help="the .rq files (default: queries/)")
    parser.add_argument("--params", default="", help="a parameter set of bench/query_params.json (default: each file's example)")
    parser.add_argument("--save", type=Path, help="directory for each query's bound text, rows and times.json")
    parser.add_argument("--only", action="append", default=[], help="just this query (repeatable)")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="compare two --save directories")
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    if not (args.store and args.save):
        parser.error("--store and --save are required unless --compare")
    sets = json.loads((ROOT / "bench" / "query_params.json").read_text(encoding="utf-8"))
    time_queries(args.store, args.queries, sets[args.params] if args.params else {}, args.save, args.timeout, args.only)


if __name__ == "__main__":
    main()
