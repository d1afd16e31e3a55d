"""Exact-span entity P/R/F1 of kg's pipeline on a split of the span corpus, per type.

Runs the whole extraction pipeline (``kg.extract.build_pipeline``) on each record laid out as
kg lays it out (``make_doc``), in the recogniser mode asked for (rules / model / combined), and compares
``doc.ents`` with the annotated spans (start, end, type), every occurrence counted.

    python training/scripts/evaluate_spans.py --split dev --mode combined [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

from kg.annotations import ENTITY_TYPES, load_split, resolve_spans


def evaluate(split: str, mode: str) -> dict:
    from kg.extract.pipeline import RECOGNIZER_ENV, TITLE_SEPARATOR, build_pipeline, make_doc
    from kg.normalize import normalize_text
    from kg.types import Record, Source

    os.environ[RECOGNIZER_ENV] = mode
    nlp = build_pipeline()
    counts: Counter = Counter()
    pairs = load_split(split)
    for record, ann in pairs:
        title, abstract = record["title"], record["abstract"]
        if normalize_text(title) != title or normalize_text(abstract) != abstract:
            counts["skipped_normalised"] += 1  # offsets would not line up; counted, not hidden
            continue
        gold = set()
        for start, end, label, _ in resolve_spans(record["text"], ann.get("entities", [])):
            if start > len(title):
                start, end = start + len(TITLE_SEPARATOR) - 1, end + len(TITLE_SEPARATOR) - 1
            gold.add((start, end, label))
        doc = nlp(make_doc(nlp, Record(title, abstract, Source(split, 0))))
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for label in ENTITY_TYPES:
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            counts[(label, "tp")] += len(g & p)
            counts[(label, "fp")] += len(p - g)
            counts[(label, "fn")] += len(g - p)
    rows = {}
    for label in (*ENTITY_TYPES, "ALL"):
        keys = ENTITY_TYPES if label == "ALL" else (label,)
        tp, fp, fn = (sum(counts[(k, m)] for k in keys) for m in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        rows[label] = {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3),
                       "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}
    return {"split": split, "mode": mode, "records": len(pairs), "skipped_normalised": counts["skipped_normalised"],
            "per_type": rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--mode", default="typed", choices=["typed", "rules", "model", "combined"])
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    report = evaluate(args.split, args.mode)
    print(f"{args.split} / {args.mode}: {report['records']} records ({report['skipped_normalised']} skipped: text changed by normalisation)")
    for label, row in report["per_type"].items():
        print(f"  {label:<10} P {row['p']:.3f}  R {row['r']:.3f}  F1 {row['f1']:.3f}  (tp {row['tp']}, fp {row['fp']}, fn {row['fn']})")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
