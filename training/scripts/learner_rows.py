"""The (features, label) rows a training script learns from, written to and read from a gzip
JSON-lines file, so that another learner (``compare_learners.py``) can be scored on the same
rows without running the pipeline again."""
from __future__ import annotations

import gzip
import json
from pathlib import Path


def dump_rows(path: Path, rows: list) -> None:
    """One JSON value per line; sets become sorted lists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, default=sorted) + "\n")


def load_rows(path: Path) -> list:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]
