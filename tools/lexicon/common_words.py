"""Write kg/data/common_words.txt: lower-case words common in ML abstracts.

A word that abstracts write in lower case hundreds of times ("multimodal", "italian") is a
word, not a coined name, however one paper capitalises it ("MultiModal", "ITAlian"). Counted
over the arXiv metadata corpus (CC0), so the list is the field's vocabulary, not any gold set's.

    python tools/lexicon/common_words.py ../shared/corpus/arxiv-ml-175k.jsonl.gz [--min-count 100]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

WORD = re.compile(r"(?<![\w-])[a-z][a-z\-]{2,}(?![\w-])")
OUT = Path(__file__).resolve().parents[2] / "kg" / "data" / "common_words.txt"


def count_words(corpus: Path) -> Counter:
    counts: Counter = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            counts.update(WORD.findall(f"{record.get('title', '')} {record.get('abstract', '')}"))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--min-count", type=int, default=100)
    args = parser.parse_args()
    counts = count_words(args.corpus)
    words = sorted(w for w, n in counts.items() if n >= args.min_count)
    header = f"# lower-case words seen >= {args.min_count} times in {args.corpus.name} (arXiv metadata, CC0); tools/lexicon/common_words.py\n"
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
