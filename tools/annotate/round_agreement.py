"""Does today's guideline reproduce the first annotation round's labels as well as the later rounds'?

The span corpus's first round (batches 01–15: the test split, two dev batches, nine train batches)
was annotated under an early guideline; later rounds under the grown one. Three annotators given
today's guideline re-annotated, independently and entities only, 24 train abstracts of the first
round (batch 05) and 24 of a later one (batch 80), mixed in three batches of 16
(``eval/spans/reannotation/``; ``rounds.json`` says which round each record is from). This
prints the span F1 between each re-annotation and the corpus's labels, by round.

    python tools/annotate/round_agreement.py
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from kg.annotations import read_jsonl, resolve_spans

ROOT = Path(__file__).resolve().parents[2]
SPANS = ROOT / "eval" / "spans"
REANNOTATION = SPANS / "reannotation"
ROUND_BATCHES = ("batch-05", "batch-80")


def f1(counts: Counter) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    rounds = json.loads((REANNOTATION / "rounds.json").read_text(encoding="utf-8"))
    corpus = {a["id"]: a for batch in ROUND_BATCHES for a in read_jsonl(SPANS / "annotations" / f"{batch}.jsonl")}
    totals = {r: Counter() for r in ("first", "later")}
    print(f"{'annotator':<10}{'round':<7}{'records':>8}{'P':>7}{'R':>7}{'F1':>7}")
    for batch in sorted(REANNOTATION.glob("batch-r*.jsonl")):
        texts = {r["id"]: r["text"] for r in read_jsonl(batch)}
        mine = {r: Counter() for r in totals}
        for ann in read_jsonl(batch.with_name(batch.name.replace("batch-", "ann-"))):
            if ann.get("entities") is None:
                continue  # a record the annotator could not do
            rnd = rounds[ann["id"]]
            old = {(s, e, t) for s, e, t, _ in resolve_spans(texts[ann["id"]], corpus[ann["id"]]["entities"])}
            new = {(s, e, t) for s, e, t, _ in resolve_spans(texts[ann["id"]], ann["entities"])}
            for counts in (mine[rnd], totals[rnd]):
                counts["tp"] += len(old & new)
                counts["fp"] += len(new - old)
                counts["fn"] += len(old - new)
                counts["records"] += 1
        for rnd, counts in mine.items():
            print(f"{batch.stem[6:]:<10}{rnd:<7}{counts['records']:>8}" + "".join(f"{x:>7.3f}" for x in f1(counts)))
    for rnd, counts in totals.items():
        print(f"{'all':<10}{rnd:<7}{counts['records']:>8}" + "".join(f"{x:>7.3f}" for x in f1(counts)))


if __name__ == "__main__":
    main()
