"""Where each final entity's type came from, against the span gold (session 36, typeconf36).

A measuring tool, not part of the shipped path: it wraps ``typed_labels``, ``described_labels``
and ``listed_inside_dropped`` on one pipeline instance and records, per final entity, the type
of the winning candidate (its rule's), the span typer's, the text's description
(``described_labels``) and the final type (after the later steps of ``resolve``: architecture
families, a short form taking its expansion's type, ...). Usage:

    PYTHONPATH=. python tools/annotate/trace_types.py dev|train [--out FILE.jsonl]

Prints, per step that changed a type (typer / described / post), from → to and whether the
gold at the same offsets has the new type (right), the old one (wrong) or another (other), once
per paper and name; then the gold spans that end final with another type, by the step or rule
that gave it.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

from kg.annotations import load_split, normalized_spans
from kg.extract.candidates import RULE_PRIORITY
from kg.extract.parse import span_text
from kg.extract.pipeline import build_pipeline, make_doc, split_sentences
from kg.names import extraction_fold_name as fold_name
from kg.types import Record, Source

TRACE: dict = {}


def install(rec) -> None:
    """Wrap the type steps of ``resolve`` on this instance so each records what it decided."""
    typed, described, listed = rec.typed_labels, rec.described_labels, rec.listed_inside_dropped

    def typed_labels(doc, chosen, best_label):
        out = typed(doc, chosen, best_label)
        TRACE["typed"] = dict(out)
        return out

    def described_labels(doc, chosen, label_of):
        out = described(doc, chosen, label_of)
        TRACE["described"] = dict(out)
        return out

    def listed_inside_dropped(doc, candidates, chosen, label_of):
        TRACE["base"] = {}
        for c in sorted(chosen, key=lambda c: -RULE_PRIORITY[c.rule]):
            TRACE["base"].setdefault(fold_name(span_text(doc[c.start : c.end])), (c.label, c.rule))
        return listed(doc, candidates, chosen, label_of)

    rec.typed_labels, rec.described_labels, rec.listed_inside_dropped = typed_labels, described_labels, listed_inside_dropped


def steps(base: str, typed: str | None, described: str | None, final: str) -> list[tuple[str, str, str]]:
    """The steps that changed a name's type, in order: (step, from, to)."""
    out, cur = [], base
    for step, label in (("typer", typed), ("described", described), ("post", final)):
        if label and label != cur:
            out.append((step, cur, label))
            cur = label
    return out


def trace_doc(nlp, rec, title: str, abstract: str, gold) -> list[dict]:
    """One row per final entity: text, offsets, base (type, rule), typer, described, final, gold."""
    TRACE.clear()
    doc = make_doc(nlp, Record(title=title, abstract=abstract, source=Source("trace", 0)))
    doc = rec(split_sentences(nlp, doc))
    gold_at = {(s, e): lab for s, e, lab, _ in gold}
    rows = []
    for ent in doc.ents:
        fold = fold_name(ent.text)
        base = TRACE.get("base", {}).get(fold, (ent.label_, ent._.kg_rule))
        rows.append(dict(text=ent.text, start=ent.start_char, end=ent.end_char, base=base[0], rule=base[1],
                         typed=TRACE.get("typed", {}).get(fold), described=TRACE.get("described", {}).get(fold),
                         final=ent.label_, gold=gold_at.get((ent.start_char, ent.end_char))))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split")
    ap.add_argument("--out")
    args = ap.parse_args()
    nlp = build_pipeline()
    rec = nlp.get_pipe("kg_entity_recognizer")
    install(rec)
    changed, confused = Counter(), Counter()
    sink = open(args.out, "w") if args.out else None
    for record, ann in load_split(args.split):
        title, abstract, gold = normalized_spans(record, ann)
        seen = set()
        for row in trace_doc(nlp, rec, title, abstract, gold):
            if sink:
                sink.write(json.dumps(dict(row, id=record["id"])) + "\n")
            key = fold_name(row["text"])
            if key in seen:
                continue
            seen.add(key)
            found = steps(row["base"], row["typed"], row["described"], row["final"])
            for step, old, new in found:
                verdict = "right" if row["gold"] == new else "wrong" if row["gold"] == old else "other"
                changed[(step, old, new, verdict)] += 1
            if row["gold"] and row["gold"] != row["final"]:
                confused[(row["gold"], row["final"], found[-1][0] if found else f"rule:{row['rule']}")] += 1
    print(f"{'step':10} {'from':10} {'to':10} {'verdict':7} n")
    for (step, old, new, verdict), n in sorted(changed.items()):
        print(f"{step:10} {old:10} {new:10} {verdict:7} {n}")
    print(f"\n{'gold':10} {'final':10} {'source':24} n")
    for (g, f, src), n in sorted(confused.items(), key=lambda kv: -kv[1]):
        print(f"{g:10} {f:10} {src:24} {n}")


if __name__ == "__main__":
    main()
