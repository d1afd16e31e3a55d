"""Binary logistic regressions over string features, trained by seeded SGD and stored as
JSON data files: what kg's small learned components (the relation pair classifier, the
span typer) share. Nothing but the standard library, so a build needs no extra package."""
from __future__ import annotations

import hashlib
import json
import math
import random
from dataclasses import asdict, dataclass, field, fields
from itertools import repeat
from pathlib import Path

from kg.errors import ConfigError


def key_seed(seed: int, key: str) -> int:
    """The shuffling seed of one key's model: the same in every process and for every set of
    other keys."""
    return int.from_bytes(hashlib.sha256(f"{seed}/{key}".encode("utf-8")).digest()[:8], "big")


@dataclass
class LogisticModels:
    """One binary logistic regression per key (a relation type, an entity type): feature
    weights and a bias over string features; ``threshold`` on the probability. A subclass's
    own fields (its decision settings) are stored in the same data file."""

    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    bias: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5

    def __post_init__(self) -> None:
        self.threshold = float(self.threshold)

    def probability(self, rel: str, feats: list[str]) -> float:
        w = self.weights.get(rel)
        if w is None:
            return 0.0
        # fsum: exact, so the probability does not depend on the order features come in (a
        # feature list built from a set is ordered by the process's hash seed)
        z = self.bias.get(rel, 0.0) + math.fsum(map(w.get, feats, repeat(0.0)))  # w.get(f, 0.0) per feature, called from C
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def train(cls, examples: dict[str, list[tuple[list[str], int]]], epochs: int = 15, rate: float = 0.2,
              l2: float = 1e-4, min_count: int = 2, seed: int = 0) -> "LogisticModels":
        """Logistic regression by SGD; features seen fewer than ``min_count`` times are dropped.

        Byte-identical run to run, and each key's model independent of the others: every key
        shuffles with its own generator, seeded from a stable digest of ``seed`` and the key
        (Python's ``hash()`` is salted per process), and its rows and each row's features are
        sorted first, so neither the corpus order nor a set's iteration order leaks in."""
        model = cls()
        for rel in sorted(examples):
            rows = examples[rel]
            rng = random.Random(key_seed(seed, rel))
            counts: dict[str, int] = {}
            for feats, _ in rows:
                for f in feats:
                    counts[f] = counts.get(f, 0) + 1
            keep = {f for f, n in counts.items() if n >= min_count}
            data = sorted((sorted(f for f in feats if f in keep), y) for feats, y in rows)
            w: dict[str, float] = {}
            b = 0.0
            order = list(range(len(data)))
            for epoch in range(epochs):
                rng.shuffle(order)
                step = rate / (1 + epoch)
                for i in order:
                    feats, y = data[i]
                    z = b + sum(w.get(f, 0.0) for f in feats)
                    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                    g = p - y
                    b -= step * g
                    for f in feats:
                        w[f] = w.get(f, 0.0) * (1 - step * l2) - step * g
            model.weights[rel] = {f: round(v, 5) for f, v in w.items() if abs(v) > 1e-4}
            model.bias[rel] = round(b, 5)
        return model

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, indent=0)

    @classmethod
    def load(cls, path: Path) -> "LogisticModels | None":
        """The model in ``path``, or None where there is none (the rules work alone)."""
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**{f.name: data[f.name] for f in fields(cls)})
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"cannot read the model {path}: {exc}") from exc
