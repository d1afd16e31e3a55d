"""Exact-span entity P/R/F1 of kg's pipeline on a split of the span corpus, per type.

Runs the whole extraction pipeline (``kg.extract.build_pipeline``) on each record laid out as
kg lays it out (``make_doc``), in the recogniser mode asked for (rules / model / combined), and compares
``doc.ents`` with the annotated spans (start, end, type), every occurrence counted.

    python training/scripts/evaluate_spans.py --split dev --mode combined [--json out.json] [--errors]

``--errors`` also sorts every annotated span that is not found exactly into one class per type:
missed (no predicted span overlaps it), a boundary error (one does: shorter, longer or crossing)
or the right span with the wrong type; and counts junk (predicted spans that touch no annotated one).
"""
from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

from kg.annotations import ENTITY_TYPES, count_exact_spans, load_split, normalized_spans


ERROR_CLASSES = ("missed", "boundary_shorter", "boundary_longer", "boundary_crossing", "wrong_type", "junk")


def error_classes(gold: set[tuple[int, int, str]], pred: set[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """(type, class) for each annotated span not predicted exactly, and each predicted span that
    touches no annotated one ("junk", under the predicted type). A boundary error is named from
    the prediction: "shorter" lies inside the annotated span, "longer" holds it."""
    out = []
    for start, end, label in gold - pred:
        overlapping = [p for p in pred if p[0] < end and start < p[1]]
        if any((p[0], p[1]) == (start, end) for p in overlapping):
            out.append((label, "wrong_type"))
        elif not overlapping:
            out.append((label, "missed"))
        else:
            p_start, p_end, _ = min(overlapping)
            kind = "shorter" if start <= p_start and p_end <= end else "longer" if p_start <= start and end <= p_end else "crossing"
            out.append((label, f"boundary_{kind}"))
    for start, end, label in pred - gold:
        if not any(g[0] < end and start < g[1] for g in gold):
            out.append((label, "junk"))
    return out


def evaluate(split: str, mode: str) -> dict:
    from kg.extract.pipeline import RECOGNIZER_ENV, build_pipeline, make_doc
    from kg.types import Record, Source

    os.environ[RECOGNIZER_ENV] = mode
    nlp = build_pipeline()
    counts: Counter = Counter()
    stats: dict = {}
    pairs = load_split(split)
    for record, ann in pairs:
        title, abstract, spans = normalized_spans(record, ann, stats)  # gold found again in the text kg reads
        gold = {(start, end, label) for start, end, label, _ in spans}
        doc = nlp(make_doc(nlp, Record(title, abstract, Source(split, 0))))
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        count_exact_spans(counts, gold, pred)
        for label, error in error_classes(gold, pred):
            counts[(label, error)] += 1
    rows = {}
    for label in (*ENTITY_TYPES, "ALL"):
        keys = ENTITY_TYPES if label == "ALL" else (label,)
        tp, fp, fn = (sum(counts[(k, m)] for k in keys) for m in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        rows[label] = {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3),
                       "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
                       "errors": {e: sum(counts[(k, e)] for k in keys) for e in ERROR_CLASSES}}
    return {"split": split, "mode": mode, "records": len(pairs), "normalised_records": stats.get("normalised_records", 0),
            "spans_not_found_again": stats.get("spans_not_found_again", 0),
            "per_type": rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--mode", default="typed", choices=["typed", "rules", "model", "combined"])
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--errors", action="store_true", help="also print the classes of the errors per type")
    args = ap.parse_args()
    report = evaluate(args.split, args.mode)
    print(f"{args.split} / {args.mode}: {report['records']} records ({report['normalised_records']} changed by normalisation, "
          f"scored on the normalised text; {report['spans_not_found_again']} of their gold spans not found there)")
    for label, row in report["per_type"].items():
        print(f"  {label:<10} P {row['p']:.3f}  R {row['r']:.3f}  F1 {row['f1']:.3f}  (tp {row['tp']}, fp {row['fp']}, fn {row['fn']})")
        if args.errors:
            print("             " + ", ".join(f"{e} {n}" for e, n in row["errors"].items()))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
