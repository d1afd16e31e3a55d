"""Write the dataset names from Papers with Code that kg's recogniser finds by name.

    python tools/lexicon/pwc_dataset_names.py [--dry-run]

Papers with Code lists 7,562 datasets (``kg/data/pwc/catalogue.jsonl``); most that a paper
evaluates on are on no hand-written list ("300W", "WFLW", "IJB-C", "DiDeMo"). A spelling is
kept when it can hardly be anything else:

- one word of 3 to 30 characters shaped like a name, with a digit or mixed case ("300W",
  "Recipe1M", "DiDeMo"); capitals alone ("MLP", "VCR", "PET") are left out, since papers
  define such short forms for their own methods and tasks (on span train, capital-only PwC
  dataset names were a listed dataset at 113 of 357 occurrences);
- no PwC method or task, no entry of kg's gazetteers, no generic term of the lexicon and no
  common English word has the same folded spelling, and no listed dataset or benchmark has it
  with its spaces and hyphens dropped ("MVTecAD" is the listed benchmark "MVTec AD": kg's
  hand-written type holds, issue 9; "AbstractReasoning", a dataset named for a listed task, stays);
- where span TRAIN abstracts write it at least twice, annotators list it as a dataset or
  benchmark at least half the time ("E2E" is mostly end-to-end). Only train batches are read.

The output, ``kg/data/pwc/dataset_names.jsonl`` (``{"name", "pwc_id"}``, sorted), is derived from
Papers with Code data and stays CC BY-SA 4.0 (``kg/data/pwc/LICENSE``); a rerun gives the same file.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from kg.annotations import load_split, resolve_spans
from kg.extract.data_files import load_lexicon, load_word_list
from kg.extract.gazetteer_names import load_gazetteer
from kg.extract.name_shapes import NAME_SHAPE
from kg.names import fold_name

DATA = Path(__file__).resolve().parents[2] / "kg" / "data"
OUT = DATA / "pwc" / "dataset_names.jsonl"
CAPITALS_ONLY = re.compile(r"^[A-Z]+$")
MIN_SEEN, MIN_RATE = 2, 0.5


def shaped_like_a_dataset_name(spelling: str) -> bool:
    return (" " not in spelling and 3 <= len(spelling) <= 30 and bool(NAME_SHAPE.match(spelling))
            and not CAPITALS_ONLY.match(spelling) and (any(c.isdigit() for c in spelling) or spelling != spelling.upper()))


def joined_spelling(name: str) -> str:
    """A folded name with its spaces and hyphens dropped: "MVTec AD" and "MVTecAD" meet."""
    return fold_name(name).replace("-", "")


def candidates(catalogue: list[dict]) -> dict[str, str]:
    """Spelling → pwc_id of the dataset spellings that pass the shape and clash filters."""
    taken = {fold_name(n) for row in catalogue if row["type"] != "Dataset" for n in (*row["names"], *row.get("exact", ()))}
    for entry in load_gazetteer(DATA / "gazetteer"):
        taken.update(fold_name(n) for n in (entry.name, *entry.aliases))
        if entry.label in ("Dataset", "Benchmark"):
            taken.update(joined_spelling(n) for n in (entry.name, *entry.aliases))  # "MVTecAD" is the listed benchmark "MVTec AD"
    taken.update(fold_name(t) for t in load_lexicon(DATA / "lexicon.json").get("generic_terms", ()))
    taken.update(fold_name(w) for w in load_word_list(DATA / "common_words.txt"))
    found: dict[str, str] = {}
    clashes: Counter = Counter()
    for row in catalogue:
        if row["type"] != "Dataset":
            continue
        for spelling in {*row["names"], *row.get("exact", ())}:
            if shaped_like_a_dataset_name(spelling) and fold_name(spelling) not in taken and joined_spelling(spelling) not in taken:
                clashes[spelling] += spelling in found and found[spelling] != row["pwc_id"]
                found.setdefault(spelling, row["pwc_id"])
    return {s: i for s, i in found.items() if not clashes[s]}


def listing_rates(names: set[str]) -> dict[str, tuple[int, int]]:
    """(occurrences, listed as Dataset/Benchmark) of each name in the span train abstracts."""
    counts = {n: [0, 0] for n in names}
    patterns = {n: re.compile(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])") for n in names}
    for record, ann in load_split("train"):
        text = record["text"]
        data_spans = {(s, e) for s, e, label, _ in resolve_spans(text, ann.get("entities", [])) if label in ("Dataset", "Benchmark")}
        for name in names:
            if name in text:
                for m in patterns[name].finditer(text):
                    counts[name][0] += 1
                    counts[name][1] += (m.start(), m.end()) in data_spans
    return {n: (seen, listed) for n, (seen, listed) in counts.items()}


def learn() -> list[dict]:
    catalogue = [json.loads(line) for line in (DATA / "pwc" / "catalogue.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    found = candidates(catalogue)
    rates = listing_rates(set(found))
    kept = [n for n in found if rates[n][0] < MIN_SEEN or rates[n][1] >= MIN_RATE * rates[n][0]]
    return [{"name": n, "pwc_id": found[n]} for n in sorted(kept)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dry-run", action="store_true", help="print the count, write nothing")
    args = ap.parse_args()
    rows = learn()
    print(f"{len(rows)} dataset names")
    if not args.dry_run:
        OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
