"""Train kg's relation pair classifier (USED_FOR) on the span corpus's train split.

    python training/scripts/train_pairs.py [--threshold 0.7] [--out kg/data/pair_model.json]

Pairs come from the annotated mentions of each train abstract, in kg's own tokenization and
sentences; a pair is positive when the annotation lists that relation between the two
names. Prints pair-level precision / recall / F1 on the dev split (annotated mentions, so
this measures the classifier alone; `kg eval` measures the graph). The test split is never read.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kg.annotations import groups, load_split, training_doc
from kg.extract.pair_model import PairModel, candidate_pairs, pair_features
from kg.extract.parse import entities_by_sentence, sentence_list
from kg.extract.pipeline import TITLE_SEPARATOR, build_pipeline
from kg.names import fold_name

OUT = Path(__file__).resolve().parents[2] / "kg" / "data" / "pair_model.json"


def examples(nlp, split: str) -> dict[str, list[tuple[list[str], int]]]:
    sentencizer = nlp.get_pipe("sentencizer")
    rows: dict[str, list[tuple[list[str], int]]] = {}
    for record, ann in load_split(split):
        name_of = {e["text"]: fold_name(g[0]["text"]) for g in groups(ann) for e in g}
        gold = {(r["type"], name_of.get(r["head"]), name_of.get(r["tail"])) for r in ann.get("relations", [])}
        doc = training_doc(nlp, record, ann)
        boundary = next((t.i for t in doc if t.idx >= len(record["title"]) + len(TITLE_SEPARATOR)), len(doc))
        doc._.kg_title_end = boundary
        if 0 < boundary < len(doc):
            doc[boundary].is_sent_start = True
        doc = sentencizer(doc)
        ents = list(doc.ents)
        for sent, members in zip(sentence_list(doc), entities_by_sentence(doc)):
            for rel, h, t, between in candidate_pairs(sent, ents, members):
                label = int((rel, name_of.get(ents[h].text), name_of.get(ents[t].text)) in gold)
                rows.setdefault(rel, []).append((pair_features(sent, ents[h], ents[t], between), label))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    nlp = build_pipeline()
    train = examples(nlp, "train")
    model = PairModel.train(train)
    model.threshold = args.threshold
    for rel, rows in examples(nlp, "dev").items():
        tp = sum(1 for f, y in rows if y and model.probability(rel, f) >= model.threshold)
        fp = sum(1 for f, y in rows if not y and model.probability(rel, f) >= model.threshold)
        fn = sum(1 for f, y in rows if y and model.probability(rel, f) < model.threshold)
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"{rel}: train pairs {len(train[rel])} ({sum(y for _, y in train[rel])} positive); "
              f"dev P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
