"""Span corpus → spaCy DocBins for training, and graph-level gold files for ``kg eval``.

Texts are laid out as kg's pipeline lays them out (title, blank line, abstract) and cut into
tokens by kg's own tokenizer, so what the recogniser learns is what it will see. Spans that
do not fall on token boundaries are contracted to the tokens inside them (counted).

    python training/scripts/convert.py [--out training/corpus]

Writes train.spacy and dev.spacy (the splits of kg.annotations.SPLITS: train batches 05–13, 16–68
and 73–100; dev 14–15 and 69–72) and, for the graph-level
evaluation, eval/spans/{dev,test}-{input,gold}.jsonl. The test split (batches 01–04) is
written only as evaluation files, never as training data.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from kg.annotations import corpus_dir, graph_gold, load_split, training_doc

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=ROOT / "training" / "corpus")
    args = ap.parse_args()
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
    args.out.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev"):
        stats = {"spans": 0, "contracted": 0, "dropped": 0}
        pairs = load_split(split)
        DocBin(docs=[training_doc(nlp, r, a, stats) for r, a in pairs]).to_disk(args.out / f"{split}.spacy")
        print(f"{split}: {len(pairs)} docs, {stats}")
    for split in ("dev", "test"):
        pairs = load_split(split)
        with (corpus_dir() / f"{split}-input.jsonl").open("w", encoding="utf-8") as fi, \
                (corpus_dir() / f"{split}-gold.jsonl").open("w", encoding="utf-8") as fg:
            for record, ann in pairs:
                fi.write(json.dumps({k: record[k] for k in ("id", "title", "abstract", "year", "categories")},
                                    ensure_ascii=False) + "\n")
                fg.write(json.dumps(graph_gold(record, ann), ensure_ascii=False) + "\n")
        print(f"{split}: {len(pairs)} papers -> eval/spans/{split}-input.jsonl, {split}-gold.jsonl")


if __name__ == "__main__":
    main()
