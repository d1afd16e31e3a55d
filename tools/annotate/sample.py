"""Draw the span-annotation sample from the arXiv corpus, stratified by year and category.

Deterministic (seeded): the same corpus gives the same batches. (None of the 600 drawn is a
paper of the bundled sample corpus, checked by title, so the span test split and dev set are apart.)
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import defaultdict
from pathlib import Path

YEAR_BUCKETS = [(2013, 2018), (2019, 2020), (2021, 2021), (2022, 2022), (2023, 2023),
                (2024, 2024), (2025, 2025), (2026, 2026)]
CATEGORIES = ["cs.CL", "cs.CV", "cs.LG", "cs.AI", "stat.ML"]
MAX_ABSTRACT = 2000  # keeps one batch readable in one sitting; 93% of the corpus is shorter


def bucket(year: int) -> int | None:
    for i, (lo, hi) in enumerate(YEAR_BUCKETS):
        if lo <= year <= hi:
            return i
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=Path("eval/spans/batches"))
    ap.add_argument("--total", type=int, default=600)
    ap.add_argument("--batch-size", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--first-batch", type=int, default=1,
                    help="number of the first batch written (to extend the corpus with new batches)")
    ap.add_argument("--exclude", type=Path, default=None,
                    help="a folder of batch-*.jsonl whose records are never drawn again")
    args = ap.parse_args()
    taken: set[str] = set()
    if args.exclude is not None:
        for path in sorted(args.exclude.glob("*.jsonl")):
            with path.open(encoding="utf-8") as fh:
                taken.update(json.loads(line)["id"] for line in fh if line.strip())

    cells: dict[tuple[int, str], list[dict]] = defaultdict(list)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            cat = (rec.get("categories") or "").split(" ")[0]
            b = bucket(int(rec.get("year") or 0))
            if b is None or cat not in CATEGORIES or not rec.get("abstract"):
                continue
            if len(rec["abstract"]) > MAX_ABSTRACT or rec["id"] in taken:
                continue
            cells[(b, cat)].append({k: rec[k] for k in ("id", "title", "abstract", "year", "categories")})
    rng = random.Random(args.seed)
    per_cell = args.total // (len(YEAR_BUCKETS) * len(CATEGORIES))
    chosen: list[dict] = []
    leftovers: list[dict] = []
    for key in sorted(cells):
        pool = cells[key]
        rng.shuffle(pool)
        chosen.extend(pool[:per_cell])
        leftovers.extend(pool[per_cell:per_cell * 4])
    rng.shuffle(leftovers)
    chosen.extend(leftovers[: args.total - len(chosen)])
    rng.shuffle(chosen)
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(chosen), args.batch_size):
        path = args.out / f"batch-{i // args.batch_size + args.first_batch:02d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for rec in chosen[i:i + args.batch_size]:
                rec["text"] = rec["title"] + "\n" + rec["abstract"]
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} records in {(len(chosen) + args.batch_size - 1) // args.batch_size} batches")


if __name__ == "__main__":
    main()
