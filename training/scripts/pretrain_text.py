"""Raw text for pretraining the recogniser's tok2vec (`spacy pretrain`, configs/ner_sm_pretrained.cfg).

Abstracts laid out as kg reads them (normalised title, blank line, normalised abstract): every
span train abstract, then a seeded sample of the rest of arxiv-ml-175k.jsonl.gz. The span dev and
test papers, and every paper whose title is in an eval file, are left out, so no evaluation text
is read even without its labels.

    python training/scripts/pretrain_text.py [--sample 18400] [--out training/corpus/pretrain.jsonl]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from kg.annotations import load_split
from kg.extract.pipeline import TITLE_SEPARATOR
from kg.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[2]
EVAL_INPUTS = ("eval/proxy-input.jsonl", "eval/proxy2-input.jsonl", "eval/dev.jsonl")


def held_out() -> tuple[set[str], set[str]]:
    """Ids and folded titles of every paper an evaluation reads."""
    ids, titles = set(), set()
    for split in ("dev", "test"):
        for record, _ in load_split(split):
            ids.add(record["id"])
            titles.add(record["title"].strip().lower())
    for path in EVAL_INPUTS:
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                titles.add(str(json.loads(line).get("title", "")).strip().lower())
    return ids, titles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "arxiv-ml-175k.jsonl.gz")
    ap.add_argument("--sample", type=int, default=18400, help="abstracts beyond span train")
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--out", type=Path, default=ROOT / "training" / "corpus" / "pretrain.jsonl")
    args = ap.parse_args()
    ids, titles = held_out()
    train_ids = {record["id"] for record, _ in load_split("train")}
    pool = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("id") not in ids and record["title"].strip().lower() not in titles:
                pool.append(record)
    random.Random(args.seed).shuffle(pool)
    chosen = [r for r in pool if r.get("id") in train_ids] + [r for r in pool if r.get("id") not in train_ids][: args.sample]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for record in chosen:
            text = normalize_text(record["title"]) + TITLE_SEPARATOR + normalize_text(record["abstract"])
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} abstracts -> {args.out} ({len(ids)} eval ids and {len(titles)} eval titles held out)")


if __name__ == "__main__":
    main()
