"""Per-relation P/R/F1 at graph level: the rules alone, then the trained pair classifiers added,
then the trained paper-role model added (the default pipeline).

    python training/scripts/relation_ablation.py [SET ...]   (default: the four tuning sets)

SET is one of dev, proxy, proxy2, span-dev, span-test. Each set is built three times into a
temporary directory (`kg build --relations rules --roles rules`, `--relations combined --roles
rules`, and the defaults) and scored with `kg eval --json`; prints one markdown table per set
(P / R / F1 per column). span-test is the held-out split: report it, never tune on it.
"""
from __future__ import annotations

import argparse
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
# column name -> (--relations, --roles)
COLUMNS = {"rules": ("rules", "rules"), "+ pair classifiers": ("combined", "rules"), "+ paper roles (default)": ("combined", "combined")}
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def scores(name: str, relations: str, roles: str, tmp: Path) -> dict:
    inputs, gold = SETS[name]
    out = tmp / f"{name}-{relations}-{roles}"
    subprocess.run([*KG, "build", *([str(ROOT / inputs)] if inputs else []), "--out", str(out), "--relations", relations,
                    "--roles", roles, "--workers", "1", "--no-progress"], check=True, capture_output=True)
    done = subprocess.run([*KG, "eval", str(ROOT / gold), str(out), "--json"], check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"one of {', '.join(SETS)} (default: the four tuning sets)")
    names = parser.parse_args().sets or ["dev", "proxy", "proxy2", "span-dev"]
    if unknown := [n for n in names if n not in SETS]:
        parser.error(f"unknown set {', '.join(unknown)} (choose from {', '.join(SETS)})")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            runs = [scores(name, *settings, Path(tmp)) for settings in COLUMNS.values()]
            print(f"\n{name}\n\n| relation (gold) | " + " | ".join(COLUMNS) + " |\n|---|" + "---|" * len(COLUMNS))
            for rel in sorted(set().union(*(r["relations"] for r in runs)), key=lambda r: (r == "ALL", r)):
                rows = [r["relations"].get(rel, {}) for r in runs]
                gold = next((d["tp"] + d["fn"] for d in rows if d), 0)
                cells = [f"{d.get('precision', 0):.2f} / {d.get('recall', 0):.2f} / {d.get('f1', 0):.3f}" for d in rows]
                print(f"| {rel} ({gold}) | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
