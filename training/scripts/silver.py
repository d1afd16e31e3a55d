"""Silver training data for the recogniser: kg's own pipeline labels unannotated corpus abstracts.

Issue 8 asks whether silver labels over the large corpus help the trained recogniser. This
writes a DocBin of ``--n`` abstracts sampled (fixed seed) from the arXiv corpus, leaving out
every abstract of the span corpus and of the evaluation inputs, labelled by kg's pipeline in
the recogniser mode asked for. Only the spans kg finds are labelled; every other token is
*missing*, not "outside", so the recogniser is not taught that a name the rules do not know
is not a name.

    python training/scripts/silver.py --n 3600 --mode combined --out training/corpus/silver/silver.spacy
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.util import filter_spans

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "arxiv-ml-175k.jsonl.gz"


def excluded_ids() -> set[str]:
    """Ids of every abstract that is annotated or evaluated on: never silver."""
    ids = set()
    for path in [*(ROOT / "eval" / "spans" / "batches").glob("*.jsonl"), *(ROOT / "eval").glob("*input*.jsonl"),
                 *(ROOT / "eval" / "spans").glob("*-input.jsonl")]:
        with path.open(encoding="utf-8") as fh:
            ids.update(str(json.loads(line).get("id")) for line in fh if line.strip())
    return ids


def sample(corpus: Path, n: int, seed: int) -> list[dict]:
    skip = excluded_ids()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        pool = [r for r in map(json.loads, fh) if str(r.get("id")) not in skip and r.get("abstract")]
    return random.Random(seed).sample(pool, n)


def silver_doc(nlp, blank, title: str, abstract: str, index: int = 0):
    """``title`` + ``abstract`` as kg lays them out, cut by ``blank``'s tokenizer, with the spans
    ``nlp`` (kg's pipeline) finds as entities and every other token's label missing."""
    from kg.extract.pipeline import make_doc
    from kg.types import Record, Source

    doc = nlp(make_doc(nlp, Record(title, abstract, Source("silver", index))))
    out = blank.make_doc(doc.text)
    ents = [out.char_span(e.start_char, e.end_char, label=e.label_) for e in doc.ents]
    out.set_ents(filter_spans([e for e in ents if e is not None and len(e)]), default="missing")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=3600)
    ap.add_argument("--mode", default="combined", choices=("rules", "typed", "model", "combined"))
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()

    from kg.extract.pipeline import RECOGNIZER_ENV, build_pipeline

    os.environ[RECOGNIZER_ENV] = args.mode
    nlp = build_pipeline()
    blank = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
    docs = [silver_doc(nlp, blank, r["title"], r["abstract"], i) for i, r in enumerate(sample(args.corpus, args.n, args.seed))]
    spans = sum(len(d.ents) for d in docs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(args.out)
    print(f"wrote {args.out}: {len(docs)} abstracts, {spans} spans ({args.mode})")


if __name__ == "__main__":
    main()
