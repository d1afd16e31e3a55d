"""Check an annotation file against its batch: ``python tools/annotate/spans.py BATCH ANNOTATIONS``.

The reading and resolving of spans lives in ``kg.annotations``; this is its command line.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kg.annotations import check_record, read_jsonl, resolve_spans


def main() -> None:
    ap = argparse.ArgumentParser(description="Check an annotation file against its batch.")
    ap.add_argument("batch", type=Path)
    ap.add_argument("annotations", type=Path)
    ap.add_argument("--show", action="store_true", help="print each record's resolved spans")
    args = ap.parse_args()
    batch = read_jsonl(args.batch)
    anns = read_jsonl(args.annotations)
    bad = 0
    if len(anns) != len(batch):
        print(f"{len(anns)} annotation records for {len(batch)} batch records")
        bad += 1
    for rec, ann in zip(batch, anns):
        problems = check_record(rec, ann)
        bad += bool(problems)
        for p in problems:
            print(f"{rec['id']}: {p}")
        if args.show:
            spans = resolve_spans(rec["text"], ann.get("entities", []))
            print(f"{rec['id']}: " + "; ".join(f"[{s}:{e}] {t} {ty}" for s, e, ty, t in spans))
    print(f"{len(anns)} records, {bad} with problems")
    raise SystemExit(1 if bad else 0)


if __name__ == "__main__":
    main()
