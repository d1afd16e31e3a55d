"""Ship a trained recogniser inside kg: ``model-best`` → ``kg/data/ner`` (a spaCy pipeline
holding one self-contained ``ner``, or ``spancat`` for a span categoriser: a tok2vec it listened
to is copied into it).

    python training/scripts/package.py training/training/model-best [--to kg/data/ner]

The result loads on its own (``spacy.load("…/kg/data/ner")``, with kg installed for its
tokenizer) and is what ``kg_entity_recognizer`` loads in ``initialize()``.
"""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("model", type=Path)
    ap.add_argument("--to", type=Path, default=ROOT / "kg" / "data" / "ner")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    component = "spancat" if "spancat" in nlp.pipe_names else "ner"
    if "tok2vec" in nlp.pipe_names:
        nlp.replace_listeners("tok2vec", component, ["model.tok2vec"])
        nlp.remove_pipe("tok2vec")
    nlp.meta["name"] = "kg_ner"
    nlp.meta["description"] = ("kg's entity recogniser for ML abstracts (Model, Method, Dataset, Benchmark, Task, "
                               "Metric), trained on eval/spans (arXiv abstracts, CC0; annotations MIT)")
    if args.to.exists():
        shutil.rmtree(args.to)
    nlp.to_disk(args.to)
    size = sum(p.stat().st_size for p in args.to.rglob("*") if p.is_file())
    print(f"wrote {args.to} ({size / 1e6:.1f} MB): {nlp.pipe_names}, labels {nlp.get_pipe(component).labels}")


if __name__ == "__main__":
    main()
