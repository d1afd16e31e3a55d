"""Inter-annotator agreement on the doubly annotated test records (span F1, per type).

Exact match of (start, end, type) over the resolved spans of both annotations, and the same
ignoring type (boundaries only); relations as (head group, type, tail group) with names
folded; results as (value, metric). One annotator is taken as "gold", so F1 is symmetric.

    python tools/annotate/agreement.py            # prints a table, writes eval/spans/agreement.json
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from kg.annotations import ENTITY_TYPES, read_jsonl, resolve_spans

ROOT = Path(__file__).resolve().parents[2]
SPANS = ROOT / "eval" / "spans"
PAIRS = {"double-a": ["batch-01", "batch-02"], "double-b": ["batch-03", "batch-04"]}


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3), "n": tp + fn}


def tally(a: set, b: set, counts: Counter, key=lambda x: "all") -> None:
    for x in a & b:
        counts[(key(x), "tp")] += 1
    for x in b - a:
        counts[(key(x), "fp")] += 1
    for x in a - b:
        counts[(key(x), "fn")] += 1


def norm(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


def main() -> None:
    # no options; --help must not run it (it reads the test split's double annotation)
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    texts, first, second = {}, {}, {}
    for double, batches in PAIRS.items():
        for rec in read_jsonl(SPANS / "batches" / f"{double}.jsonl"):
            texts[rec["id"]] = rec["text"]
        for ann in read_jsonl(SPANS / "annotations" / f"{double}.jsonl"):
            second[ann["id"]] = ann
        for batch in batches:
            for ann in read_jsonl(SPANS / "annotations" / f"{batch}.jsonl"):
                if ann["id"] in texts:
                    first[ann["id"]] = ann
    ids = sorted(set(texts) & set(first) & set(second))
    spans, bounds, rels, results = Counter(), Counter(), Counter(), Counter()
    for rid in ids:
        a = {(s, e, t) for s, e, t, _ in resolve_spans(texts[rid], first[rid]["entities"])}
        b = {(s, e, t) for s, e, t, _ in resolve_spans(texts[rid], second[rid]["entities"])}
        tally(a, b, spans, key=lambda x: x[2])
        tally({x[:2] for x in a}, {x[:2] for x in b}, bounds)
        ra = {(norm(r["head"]), r["type"], norm(r["tail"])) for r in first[rid]["relations"]}
        rb = {(norm(r["head"]), r["type"], norm(r["tail"])) for r in second[rid]["relations"]}
        tally(ra, rb, rels, key=lambda x: x[1])
        qa = {(float(r["value"]), norm(r.get("metric") or "")) for r in first[rid].get("results", [])}
        qb = {(float(r["value"]), norm(r.get("metric") or "")) for r in second[rid].get("results", [])}
        tally({x[0] for x in qa}, {x[0] for x in qb}, results)

    def table(counts: Counter, keys) -> dict:
        out = {k: prf(counts[(k, "tp")], counts[(k, "fp")], counts[(k, "fn")]) for k in keys}
        out["all"] = prf(*(sum(counts[(k, m)] for k in keys) for m in ("tp", "fp", "fn")))
        return out

    rel_types = sorted({k for k, _ in rels})
    report = {
        "records": len(ids),
        "entity_spans_exact_with_type": table(spans, ENTITY_TYPES),
        "entity_spans_boundaries_only": table(bounds, ["all"])["all"],
        "relations": table(rels, rel_types),
        "result_values": table(results, ["all"])["all"],
    }
    (SPANS / "agreement.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"{len(ids)} records annotated twice, independently")
    print(f"{'':<18}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for name, row in report["entity_spans_exact_with_type"].items():
        print(f"span {name:<13}{row['p']:>7}{row['r']:>7}{row['f1']:>7}{row['n']:>6}")
    for name, row in (("boundaries", report["entity_spans_boundaries_only"]), ("relations", report["relations"]["all"]),
                      ("result values", report["result_values"])):
        print(f"{name:<18}{row['p']:>7}{row['r']:>7}{row['f1']:>7}{row['n']:>6}")


if __name__ == "__main__":
    main()
