"""Two trained recognisers (kg's shipped ``ner`` and one trained with another seed) over a split of
the span corpus, scored on exact typed spans: each alone, their intersection (same span and type in
both) and their union (non-overlapping merge, the first model's spans first). A measuring tool
(session 37, ensemble37), not part of the shipped path.

    PYTHONPATH=. python tools/annotate/ensemble_spans.py --second /tmp/ens37/ner2 [--first kg/data/ner] [--split dev]

Docs are made as the pipeline makes them (``make_doc`` + sentencizer) and each ner is loaded as
``kg_entity_recognizer`` loads it (kg's bare tokenizer, the ner run on kg's own Docs).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spacy

from kg.annotations import ENTITY_TYPES, count_exact_spans, load_split, normalized_spans
from kg.extract.pipeline import build_pipeline, make_doc
from kg.extract.tokenizer import BARE_TOKENIZER
from kg.types import Record, Source

ROOT = Path(__file__).resolve().parents[2]
Span = tuple[int, int, str]


def load_ner(path: Path):
    """The ``ner`` of a packaged recogniser, loaded as kg loads kg/data/ner."""
    model = spacy.load(path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
    return model.get_pipe("ner")


def intersection(a: list[Span], b: list[Span]) -> list[Span]:
    """Spans both models propose with the same offsets and type."""
    other = set(b)
    return [s for s in a if s in other]


def union(a: list[Span], b: list[Span]) -> list[Span]:
    """All of ``a``, and the spans of ``b`` that overlap none of ``a``'s (nor each other's, already
    non-overlapping as one ner's output)."""
    out = list(a)
    for s in b:
        if not any(x[0] < s[1] and s[0] < x[1] for x in a):
            out.append(s)
    return sorted(out)


def score(gold: list[set[Span]], pred: list[list[Span]]) -> dict:
    counts: Counter = Counter()
    for g, p in zip(gold, pred):
        p = set(p)
        count_exact_spans(counts, g, p)
        untyped = {x[:2] for x in g}
        counts[("untyped", "tp")] += sum(1 for x in {y[:2] for y in p} if x in untyped)
        counts[("untyped", "n")] += len({y[:2] for y in p})
    rows = {}
    for label in (*ENTITY_TYPES, "ALL"):
        keys = ENTITY_TYPES if label == "ALL" else (label,)
        tp, fp, fn = (sum(counts[(k, m)] for k in keys) for m in ("tp", "fp", "fn"))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        rows[label] = dict(tp=tp, fp=fp, fn=fn, p=round(prec, 3), r=round(rec, 3),
                           f1=round(2 * prec * rec / (prec + rec) if prec + rec else 0.0, 4))
    gold_n = sum(len(g) for g in gold)
    rows["untyped"] = dict(p=round(counts[("untyped", "tp")] / max(counts[("untyped", "n")], 1), 3),
                           r=round(counts[("untyped", "tp")] / max(gold_n, 1), 3))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--first", type=Path, default=ROOT / "kg" / "data" / "ner")
    ap.add_argument("--second", type=Path, required=True)
    ap.add_argument("--split", default="dev", choices=["dev", "train"])  # never the test split
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    nlp = build_pipeline()
    sentencizer = nlp.get_pipe("sentencizer")
    ners = [load_ner(args.first), load_ner(args.second)]
    gold, first, second = [], [], []
    for record, ann in load_split(args.split):
        title, abstract, spans = normalized_spans(record, ann)
        doc = sentencizer(make_doc(nlp, Record(title=title, abstract=abstract, source=Source(args.split, 0))))
        gold.append({(s, e, lab) for s, e, lab, _ in spans})
        for ner, out in zip(ners, (first, second)):
            ner(doc)
            out.append(sorted((e.start_char, e.end_char, e.label_) for e in doc.ents))
            doc.ents = ()
    variants = {"first": first, "second": second,
                "intersection": [intersection(a, b) for a, b in zip(first, second)],
                "union": [union(a, b) for a, b in zip(first, second)]}
    report = {name: score(gold, pred) for name, pred in variants.items()}
    extra = [set(u) - set(a) for u, a in zip(variants["union"], first)]
    added = Counter(s[2] for e in extra for s in e)
    added_gold = Counter(s[2] for e, g in zip(extra, gold) for s in e if s in g)
    dropped = [set(a) - set(i) for a, i in zip(first, variants["intersection"])]
    removed = Counter(s[2] for d in dropped for s in d)
    removed_gold = Counter(s[2] for d, g in zip(dropped, gold) for s in d if s in g)
    print(f"{args.split}: {len(gold)} docs, {sum(len(g) for g in gold)} gold spans; first {args.first}, second {args.second}")
    for name, rows in report.items():
        print(f"== {name}: untyped exact P {rows['untyped']['p']:.3f} R {rows['untyped']['r']:.3f}")
        for label in (*ENTITY_TYPES, "ALL"):
            r = rows[label]
            print(f"  {label:<10} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.4f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    print("union adds (second's spans overlapping none of first's), gold / added per type:",
          {lab: f"{added_gold[lab]}/{n}" for lab, n in added.items()})
    print("intersection drops (first's spans second does not repeat), gold / dropped per type:",
          {lab: f"{removed_gold[lab]}/{n}" for lab, n in removed.items()})
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
