"""Word vectors for the recogniser, trained on the arXiv ML corpus (CC0).

``en_core_web_sm`` has no vectors and general-English ones do not know "RoBERTa" or "CIFAR-10";
vectors trained on 175k ML abstracts put a model name next to other model names and a dataset
next to datasets, which is the typing the recogniser must learn from 3,600 annotated abstracts.
The span corpus's dev and test abstracts are left out of the text, so no evaluation abstract is
seen even unlabelled.

    python training/scripts/train_vectors.py [--corpus ../shared/corpus/arxiv-ml-175k.jsonl.gz] [--out training/vectors]

Needs ``floret`` (``pip install floret==0.10.5``, Explosion's fastText; training only, kg does not
import it). Its cbow learns each word from its subword pieces too, so rare words get better
vectors; the table written is one vector per word seen 5+ times (75,271), pruned to 40,000 rows
(a pruned word shares the row of its nearest kept word). Writes OUT/corpus.txt (tokenised by kg's
tokenizer), OUT/ml.vec and OUT/ml_vectors (what ``spacy train`` initialises from:
``--paths.vectors OUT/ml_vectors``). With two threads fastText is not bit-for-bit reproducible.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import spacy

from kg.annotations import SPLITS, corpus_dir

ROOT = Path(__file__).resolve().parents[2]
# Chosen for a 2-core machine: 3 epochs over ~38 M tokens take 20-30 min; 40,000 rows × 100
# dimensions is 16 MB inside the shipped recogniser.
FLORET = dict(model="cbow", mode="floret", hashCount=2, bucket=50000, minn=4, maxn=5, minCount=5,
              dim=100, epoch=3, neg=10, thread=2, seed=20261130)
PRUNE = 40000


def held_out_ids() -> set[str]:
    ids = set()
    for batch in SPLITS["dev"] + SPLITS["test"]:
        with (corpus_dir() / "batches" / f"{batch}.jsonl").open(encoding="utf-8") as f:
            ids |= {json.loads(line)["id"] for line in f if line.strip()}
    return ids


def write_text(corpus: Path, out: Path) -> int:
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
    held = held_out_ids()

    def texts():
        with gzip.open(corpus, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record.get("id") not in held:
                    yield f"{record.get('title') or ''}. {record.get('abstract') or ''}"

    n = 0
    with out.open("w", encoding="utf-8") as f:
        for doc in nlp.pipe(texts(), batch_size=1000):
            f.write(" ".join(t.text for t in doc if not t.is_space) + "\n")
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "arxiv-ml-175k.jsonl.gz")
    ap.add_argument("--out", type=Path, default=ROOT / "training" / "vectors")
    args = ap.parse_args()
    import floret  # training-only dependency

    args.out.mkdir(parents=True, exist_ok=True)
    text = args.out / "corpus.txt"
    start = time.perf_counter()
    print(f"{write_text(args.corpus, text)} abstracts -> {text} ({time.perf_counter() - start:.0f} s)")
    start = time.perf_counter()
    model = floret.train_unsupervised(str(text), **FLORET)
    model.save_vectors(str(args.out / "ml.vec"))
    print(f"floret {FLORET} -> {args.out / 'ml.vec'} ({time.perf_counter() - start:.0f} s)")
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "en", str(args.out / "ml.vec"),
                    str(args.out / "ml_vectors"), "--prune", str(PRUNE)], check=True)


if __name__ == "__main__":
    main()
