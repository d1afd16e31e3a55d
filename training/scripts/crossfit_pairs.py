"""Cross-fitted (out-of-fold) scores of kg's pair classifiers on the span corpus's train split.

    python training/scripts/crossfit_pairs.py train --work /tmp/xfit33 --kg-build B --kg-gold G
    python training/scripts/crossfit_pairs.py build --work /tmp/xfit33 --input I --kg-gold G [--set REL=P ...] [--tag T]
    python training/scripts/crossfit_pairs.py sweep --work /tmp/xfit33 --build DIR --gold G [--kinds REL ...]
    python training/scripts/crossfit_pairs.py compare --work /tmp/xfit33 --build DIR --gold G --configs shipped USED_FOR=0.4 ...

The shipped pair models were trained on span train, so every train score of them is in-sample.
``train`` splits the train batches into ``FOLDS`` folds by batch and, per fold, runs
``train_pairs.py`` as shipped (every kind trained, USED_FOR also on kg's own mentions of a build
of span train via ``--kg-build``/``--kg-gold``, those rows kept to the other folds' papers) on the
other folds: ``WORK/pair_model-foldK-all.json`` holds every kind (each kind's weights do not depend
on which others ship), ``WORK/pair_model-foldK.json`` the shipped kinds at ``SHIPPED``'s thresholds.
``build`` builds each fold's papers of a graph-level input/gold (``train-input.jsonl``, matched by
arXiv id) with that fold's model (``KG_PAIR_MODEL``) and prints the summed per-relation scores: the
honest out-of-fold train score. ``--set REL=P`` builds with other thresholds (a kind not shipped
is taken from the fold's all-kinds file). ``sweep`` reads a build made at low thresholds and
scores each kind's threshold 0.2–0.9 by dropping the learned edges under it (an edge other rules
also found stays), without rebuilding (``compare``: whole settings); a pick is then checked by a
real ``build``.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_pairs import KINDS, SHIPPED  # noqa: E402

from kg.annotations import SPLITS  # noqa: E402
from kg.extract.pair_model import FAR_PAIR_RULE, NEAR_PAIR_RULE, OWN_KINDS, PAIR_MODEL_ENV  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FOLDS = 5
REPORTED = ["USED_FOR", "APPLIED_TO", "OUTPERFORMS", "SUBTASK_OF", "PART_OF", "VARIANT_OF", "DERIVED_FROM", "USES", "PROPOSES", "ALL"]
# learned hits' confidence: 0.5 + 0.3 p (learned_pair and, past MAX_GAP, learned_pair_far: pair_rules.py), 0.4 + 0.3 p
# (learned_own, own_relations.py)
CONFIDENCE = {NEAR_PAIR_RULE: 0.5, FAR_PAIR_RULE: 0.5, "learned_own": 0.4}


def fold_batches() -> list[list[str]]:
    """The train batches dealt into ``FOLDS`` folds in turn."""
    return [SPLITS["train"][k::FOLDS] for k in range(FOLDS)]


def fold_ids() -> list[set[str]]:
    """The arXiv ids of each fold's abstracts."""
    out = []
    for batches in fold_batches():
        ids = set()
        for batch in batches:
            ids |= {json.loads(line)["id"] for line in (ROOT / "eval" / "spans" / "annotations" / f"{batch}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
        out.append(ids)
    return out


def rows_of(path: Path, ids: set[str]) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and json.loads(line)["id"] in ids]


def train(work: Path, kg_build: Path, kg_gold: Path) -> None:
    ids, batches = fold_ids(), fold_batches()
    for k in range(FOLDS):
        out = work / f"pair_model-fold{k}-all.json"
        if not out.exists():
            others = [b for j in range(FOLDS) if j != k for b in batches[j]]
            other_ids = set().union(*(ids[j] for j in range(FOLDS) if j != k))
            gold = work / f"kg-gold-not{k}.jsonl"
            gold.write_text("\n".join(rows_of(kg_gold, other_ids)) + "\n", encoding="utf-8")
            subprocess.run([sys.executable, str(ROOT / "training" / "scripts" / "train_pairs.py"), "--out", str(out),
                            "--ship", *(f"{kind}=0.3" for kind in KINDS), "--train-batches", *others, "--dev-batches", "batch-14",
                            "--kg-build", str(kg_build), "--kg-gold", str(gold)], check=True)
        write_model(work, k, SHIPPED)


def write_model(work: Path, k: int, thresholds: dict[str, float], tag: str = "") -> Path:
    """Fold ``k``'s model of the kinds in ``thresholds`` (kind → threshold)."""
    data = json.loads((work / f"pair_model-fold{k}-all.json").read_text(encoding="utf-8"))
    data["weights"] = {kind: w for kind, w in data["weights"].items() if kind in thresholds}
    data["bias"] = {kind: b for kind, b in data["bias"].items() if kind in thresholds}
    data["thresholds"] = dict(thresholds)
    path = work / f"pair_model-fold{k}{tag}.json"
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    return path


def build(work: Path, input_path: Path, gold_path: Path, thresholds: dict[str, float], tag: str, workers: int,
          folds: list[int] | None = None) -> dict:
    """Each fold's papers built with its fold model (``folds``: only these, an already built one
    is scored again); the summed scores (also ``WORK/oof{tag}.json``)."""
    total: dict = {}
    for k, ids in enumerate(fold_ids()):
        if folds is not None and k not in folds:
            if (work / f"oof{tag}" / f"fold{k}" / "out" / "edges.jsonl").exists():
                add(total, score(work / f"oof{tag}" / f"fold{k}" / "gold.jsonl", work / f"oof{tag}" / f"fold{k}" / "out"))
            continue
        model = write_model(work, k, thresholds, tag)
        fold_dir = work / f"oof{tag}" / f"fold{k}"
        fold_dir.mkdir(parents=True, exist_ok=True)
        (fold_dir / "input.jsonl").write_text("\n".join(rows_of(input_path, ids)) + "\n", encoding="utf-8")
        (fold_dir / "gold.jsonl").write_text("\n".join(rows_of(gold_path, ids)) + "\n", encoding="utf-8")
        env = {**os.environ, PAIR_MODEL_ENV: str(model)}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(fold_dir / "input.jsonl"), "--out", str(fold_dir / "out"),
                        "--workers", str(workers), "--no-progress"], check=True, env=env, stdout=subprocess.DEVNULL)
        add(total, score(fold_dir / "gold.jsonl", fold_dir / "out"))
    (work / f"oof{tag}.json").write_text(json.dumps(total, indent=1), encoding="utf-8")
    return total


def score(gold: Path, out: Path) -> dict:
    result = subprocess.run([sys.executable, "-m", "kg.cli", "eval", str(gold), str(out), "--json"], check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def add(total: dict, scores: dict) -> None:
    for part in ("entities", "relations"):
        for rel, s in scores[part].items():
            counts = total.setdefault(part, {}).setdefault(rel, {"tp": 0, "fp": 0, "fn": 0})
            for key in counts:
                counts[key] += s[key]


def f1(c: dict) -> tuple[float, float, float]:
    p, r = c["tp"] / max(c["tp"] + c["fp"], 1), c["tp"] / max(c["tp"] + c["fn"], 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def table(total: dict) -> str:
    lines = []
    for rel in REPORTED:
        c = total["relations"].get(rel)
        if c:
            lines.append("{:<13} P {:.4f} R {:.4f} F1 {:.4f}  ({} / {} / {})".format(rel, *f1(c), c["tp"], c["fp"], c["fn"]))
    return "\n".join(lines)


def learned_probability(evidence: dict) -> float | None:
    """The probability a learned hit was scored with (None: a rule's hit)."""
    base = CONFIDENCE.get(evidence.get("rule"))
    return None if base is None else (evidence["confidence"] - base) / 0.3


def kind_of(edge_type: str, rule: str) -> str:
    return edge_type if rule in (NEAR_PAIR_RULE, FAR_PAIR_RULE) else next(kind for kind, (rel, *_) in OWN_KINDS.items() if rel == edge_type)


def filtered(build_dir: Path, dest: Path, thresholds: dict[str, float]) -> None:
    """``build_dir``'s graph without the edges whose every evidence is a learned hit under its kind's threshold
    (a kind ``thresholds`` lacks is not shipped: all its learned hits go)."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in os.listdir(build_dir):
        if name != "edges.jsonl" and not name.startswith("."):
            os.symlink(build_dir / name, dest / name)
    kept = []
    for line in (build_dir / "edges.jsonl").read_text(encoding="utf-8").splitlines():
        edge = json.loads(line)
        evidence = [e for e in edge.get("evidence", [])
                    if (p := learned_probability(e)) is None or p + 1e-6 >= thresholds.get(kind_of(edge["type"], e["rule"]), 2.0)]
        if evidence or not edge.get("evidence"):
            kept.append(line)
    (dest / "edges.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")


def sweep(work: Path, build_dirs: list[Path], golds: list[Path], kinds: list[str], base: dict[str, float]) -> None:
    """Per kind of ``kinds``, relation F1 of the builds at each threshold, the others at ``base``."""
    grid = [round(0.1 * k, 1) for k in range(2, 10)] + [1.01]
    for kind in kinds:
        for t in grid:
            total: dict = {}
            for i, (build_dir, gold) in enumerate(zip(build_dirs, golds)):
                dest = work / "sweep" / f"b{i}"
                filtered(build_dir, dest, {**base, kind: t})
                add(total, score(gold, dest))
            rel = kind if kind not in OWN_KINDS else OWN_KINDS[kind][0]
            print("{} {:>4}  {} F1 {:.4f} ({}/{}/{})  ALL F1 {:.4f}".format(
                kind, t, rel, f1(total["relations"][rel])[2], *(total["relations"][rel][x] for x in ("tp", "fp", "fn")),
                f1(total["relations"]["ALL"])[2]), flush=True)


def compare(work: Path, build_dirs: list[Path], golds: list[Path], configs: list[str]) -> None:
    """Relation scores of the builds at each threshold setting (``REL=P,REL=P``; ``shipped``: as shipped)."""
    for config in configs:
        thresholds = thresholds_of([] if config == "shipped" else config.split(","), SHIPPED)
        total: dict = {}
        for i, (build_dir, gold) in enumerate(zip(build_dirs, golds)):
            dest = work / "sweep" / f"b{i}"
            filtered(build_dir, dest, thresholds)
            add(total, score(gold, dest))
        print(f"== {config}\n{table(total)}", flush=True)


def thresholds_of(items: list[str] | None, start: dict[str, float]) -> dict[str, float]:
    out = dict(start)
    for item in items or ():
        kind, p = item.split("=", 1)
        if float(p) > 1:
            out.pop(kind, None)
        else:
            out[kind] = float(p)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["train", "build", "sweep", "compare"])
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-crossfit-pairs"), help="fold models and builds (scratch)")
    parser.add_argument("--kg-build", type=Path, help="train: a kg build of span train (its extractions)")
    parser.add_argument("--kg-gold", type=Path, help="train: that build's graph-level gold; build: the gold of --input")
    parser.add_argument("--input", type=Path, help="build: the graph-level input of span train")
    parser.add_argument("--set", nargs="+", metavar="REL=P", help="build/sweep: thresholds other than SHIPPED's (P > 1: not shipped)")
    parser.add_argument("--tag", default="", help="build: a name for this build's models and directory")
    parser.add_argument("--folds", type=int, nargs="+", help="build: only these folds")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("W", "1")))
    parser.add_argument("--build", type=Path, nargs="+", help="sweep: low-threshold build directories")
    parser.add_argument("--gold", type=Path, nargs="+", help="sweep: their gold files")
    parser.add_argument("--configs", nargs="+", default=["shipped"], help="compare: threshold settings, REL=P,REL=P each")
    parser.add_argument("--kinds", nargs="+", default=list(SHIPPED), help="sweep: the kinds to sweep")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.step == "train":
        train(args.work, args.kg_build, args.kg_gold)
    elif args.step == "build":
        print(table(build(args.work, args.input, args.kg_gold, thresholds_of(args.set, SHIPPED), args.tag, args.workers, args.folds)))
    elif args.step == "compare":
        compare(args.work, args.build, args.gold, args.configs)
    else:
        sweep(args.work, args.build, args.gold, args.kinds, thresholds_of(args.set, SHIPPED))


if __name__ == "__main__":
    main()
