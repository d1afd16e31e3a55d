"""Ship a trained recogniser inside kg: ``model-best`` → ``kg/data/ner`` (a spaCy pipeline
holding one self-contained ``ner``, or ``spancat`` for a span categoriser: a tok2vec it listened
to is copied into it).

    python training/scripts/package.py training/training/model-best [--to kg/data/ner]
    python training/scripts/package.py --tokenizer-only [--to kg/data/ner]

The result loads on its own (``spacy.load("…/kg/data/ner")``, with kg installed for its
tokenizer) and is what ``kg_entity_recognizer`` loads in ``initialize()``. kg itself never
tokenizes with the packaged model (it runs the ``ner`` on its own Docs and loads the model with a
bare tokenizer); the saved tokenizer is for that standalone load, and is written here from the
pipeline's own builder (``create_ml_tokenizer``), so that a standalone load cuts text as kg does.
``--tokenizer-only`` writes just that file into an already packaged model, after a change to
kg/extract/tokenizer.py (weights untouched, no retraining).
"""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

from kg.extract.tokenizer import create_ml_tokenizer

ROOT = Path(__file__).resolve().parents[2]


def write_tokenizer(model_dir: Path) -> None:
    """``model_dir``'s saved tokenizer made the pipeline's: kg's tokenizer as its config builds it."""
    create_ml_tokenizer(spacy.blank("en")).to_disk(model_dir / "tokenizer", exclude=["vocab"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("model", type=Path, nargs="?")
    ap.add_argument("--to", type=Path, default=ROOT / "kg" / "data" / "ner")
    ap.add_argument("--tokenizer-only", action="store_true", help="only rewrite the saved tokenizer of the model in --to")
    args = ap.parse_args()
    if args.tokenizer_only:
        if args.model is not None:
            ap.error("--tokenizer-only rewrites the model already in --to: give no model to package")
        if not (args.to / "config.cfg").is_file():
            ap.error(f"--tokenizer-only needs a packaged model in --to; {args.to} holds no config.cfg")
        write_tokenizer(args.to)
        print(f"wrote {args.to / 'tokenizer'}")
        return
    if args.model is None:
        ap.error("give the trained model to package, or --tokenizer-only")
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
    write_tokenizer(args.to)
    size = sum(p.stat().st_size for p in args.to.rglob("*") if p.is_file())
    print(f"wrote {args.to} ({size / 1e6:.1f} MB): {nlp.pipe_names}, labels {nlp.get_pipe(component).labels}")


if __name__ == "__main__":
    main()
