"""Per-relation P/R/F1 at graph level, rules alone against rules + the trained pair classifier.

    python training/scripts/relation_ablation.py [SET ...]   (default: the four tuning sets)

SET is one of dev, proxy, proxy2, span-dev, span-test. Each set is built twice into a
temporary directory (`kg build --relations rules|combined`) and scored with `kg eval --json`;
prints one markdown table per set. span-test is the held-out split: report it, never tune on it.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "dev": (None, "eval/dev.jsonl"),
    "proxy": ("eval/proxy-input.jsonl", "eval/proxy-gold.jsonl"),
    "proxy2": ("eval/proxy2-input.jsonl", "eval/proxy2-gold.jsonl"),
    "span-dev": ("eval/spans/dev-input.jsonl", "eval/spans/dev-gold.jsonl"),
    "span-test": ("eval/spans/test-input.jsonl", "eval/spans/test-gold.jsonl"),
}
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def scores(name: str, mode: str, tmp: Path) -> dict:
    inputs, gold = SETS[name]
    out = tmp / f"{name}-{mode}"
    subprocess.run([*KG, "build", *([str(ROOT / inputs)] if inputs else []), "--out", str(out), "--relations", mode, "--no-progress"],
                   check=True, capture_output=True)
    done = subprocess.run([*KG, "eval", str(ROOT / gold), str(out), "--json"], check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def main() -> None:
    names = sys.argv[1:] or ["dev", "proxy", "proxy2", "span-dev"]
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            rules, combined = scores(name, "rules", Path(tmp)), scores(name, "combined", Path(tmp))
            print(f"\n{name}\n\n| relation | rules P | R | F1 | + learned P | R | F1 |\n|---|---|---|---|---|---|---|")
            for rel in sorted(set(rules["relations"]) | set(combined["relations"])):
                a, b = rules["relations"].get(rel, {}), combined["relations"].get(rel, {})
                cells = [f"{d.get(k, 0):.3f}" for d in (a, b) for k in ("precision", "recall", "f1")]
                print(f"| {rel} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
