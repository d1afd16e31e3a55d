"""Score gradient-boosted trees (LightGBM) against kg's logistic regressions on the same rows.

    python training/scripts/compare_learners.py DIR [--component span_typer pairs paper_roles] [--train-cut]

DIR holds the rows the training scripts dump with ``--dump-rows DIR`` (train split to learn
from, dev split to score on; the test split is never read). Per component and key it prints
accuracy, log-loss and P/R/F1 at the threshold the component ships (and at the best threshold
of each learner) for: the shipped model (kg/data), a logistic regression retrained on the
dumped rows, and LightGBM on the features seen at least twice. Then the component's own
decision on dev: the span typer's exact-span F1, the paper roles' micro F1. LightGBM is a
training-time tool only (``pip install -e ".[train]"``); its rounds are chosen by early
stopping on a by-paper fifth of train, then it is refitted on all of train. ``--train-cut`` scores
on a by-paper fifth of train instead of dev (three times as many rows; the shipped models, which
learned from them, are left out). The session 32 numbers are in docs/history-entities.md.
"""
from __future__ import annotations

import argparse
import itertools
import math
from collections import Counter
from pathlib import Path

import numpy

from kg.extract.logistic import LogisticModels
from kg.extract.pair_model import PairModel, trained_features
from kg.extract.paper_roles import ROLE_LABELS, PaperRoleModel
from kg.extract.span_typer import LABELS, NO_NAME, SpanTyper
from learner_rows import load_rows

DATA = Path(__file__).resolve().parents[2] / "kg" / "data"
TREE_PARAMS = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 5, "lambda_l2": 1.0,
               "feature_fraction": 0.5, "feature_fraction_seed": 0, "seed": 0, "deterministic": True, "num_threads": 1,
               "force_col_wise": True, "verbose": -1}
MAX_ROUNDS, STOPPING = 2000, 100
GRID = [round(0.05 * k, 2) for k in range(1, 20)]


def feature_index(rows: list[tuple[list[str], int]], min_count: int = 2) -> dict[str, int]:
    counts = Counter(f for feats, _ in rows for f in set(feats))
    return {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}


def matrix(rows: list[list[str]], index: dict[str, int]) -> "scipy.sparse.csr_matrix":
    """The rows as a one-hot sparse matrix for LightGBM (scipy comes with the ``train`` extra, as
    lightgbm does: imported here so the row handling runs with the test dependencies alone)."""
    from scipy import sparse

    cols = [sorted({index[f] for f in feats if f in index}) for feats in rows]
    indptr = numpy.cumsum([0, *map(len, cols)])
    data = numpy.ones(indptr[-1], dtype=numpy.float32)
    return sparse.csr_matrix((data, numpy.fromiter(itertools.chain.from_iterable(cols), dtype=numpy.int32), indptr),
                             shape=(len(rows), len(index)))


def train_trees(rows: list[tuple[list[str], int]], papers: list[int], params: dict | None = None,
                stop_residue: int = 0) -> tuple[lightgbm.Booster, dict[str, int]]:
    """Trees on ``rows``; rounds by early stopping on the papers whose index is ``stop_residue`` mod 5."""
    import lightgbm  # here, not at the top: the rest of this script (and its tests) runs without it

    params = {**TREE_PARAMS, **(params or {})}
    index = feature_index(rows)
    held = [p % 5 == stop_residue for p in papers]
    fit = [r for r, h in zip(rows, held) if not h]
    val = [r for r, h in zip(rows, held) if h]
    rounds = MAX_ROUNDS // 4
    if any(y for _, y in val) and any(y for _, y in fit):
        train_set = lightgbm.Dataset(matrix([f for f, _ in fit], index), numpy.array([y for _, y in fit]), free_raw_data=False)
        val_set = lightgbm.Dataset(matrix([f for f, _ in val], index), numpy.array([y for _, y in val]), reference=train_set)
        booster = lightgbm.train({**params, "metric": "binary_logloss"}, train_set, MAX_ROUNDS, valid_sets=[val_set],
                                 callbacks=[lightgbm.early_stopping(STOPPING, verbose=False)])
        rounds = max(booster.best_iteration, 1)
    full = lightgbm.Dataset(matrix([f for f, _ in rows], index), numpy.array([y for _, y in rows]))
    return lightgbm.train(params, full, rounds), index


def tree_probs(model: tuple[lightgbm.Booster, dict[str, int]], rows: list[list[str]]) -> list[float]:
    booster, index = model
    return [float(p) for p in booster.predict(matrix(rows, index))] if rows else []


def binary_scores(probs: list[float], labels: list[int], threshold: float) -> dict[str, float]:
    tp = sum(1 for p, y in zip(probs, labels) if y and p >= threshold)
    fp = sum(1 for p, y in zip(probs, labels) if not y and p >= threshold)
    fn = sum(1 for p, y in zip(probs, labels) if y and p < threshold)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    clipped = [min(max(p, 1e-7), 1 - 1e-7) for p in probs]
    return {"acc": sum((p >= threshold) == bool(y) for p, y in zip(probs, labels)) / max(len(labels), 1),
            "logloss": -sum(math.log(p if y else 1 - p) for p, y in zip(clipped, labels)) / max(len(labels), 1),
            "P": precision, "R": recall, "F1": 2 * precision * recall / max(precision + recall, 1e-9)}


def report_key(key: str, labels: list[int], learners: dict[str, list[float]], threshold: float) -> None:
    print(f"  {key}: dev rows {len(labels)} ({sum(labels)} positive), threshold {threshold}")
    for name, probs in learners.items():
        s = binary_scores(probs, labels, threshold)
        best = max(GRID, key=lambda t: (binary_scores(probs, labels, t)["F1"], -abs(t - 0.5)))
        b = binary_scores(probs, labels, best)
        print(f"    {name:<18} acc {s['acc']:.3f} logloss {s['logloss']:.4f} P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}"
              f" | best {best}: P {b['P']:.3f} R {b['R']:.3f} F1 {b['F1']:.3f}")


def learners_for(keys: list[str], train: dict[str, list], papers: dict[str, list[int]], dev: dict[str, list[list[str]]],
                 shipped: LogisticModels | None, retrained: LogisticModels, params: dict | None = None,
                 stop_residue: int = 0) -> dict[str, dict[str, list[float]]]:
    """Per learner, per key: the probabilities of the ``dev`` rows (no shipped model: it learned from them)."""
    out: dict[str, dict[str, list[float]]] = {**({"shipped logistic": {}} if shipped else {}), "retrained logistic": {}, "trees": {}}
    for key in keys:
        if shipped:
            out["shipped logistic"][key] = [shipped.probability(key, f) for f in dev[key]]
        out["retrained logistic"][key] = [retrained.probability(key, f) for f in dev[key]]
        out["trees"][key] = tree_probs(train_trees(train[key], papers[key], params, stop_residue), dev[key])
    return out


def cut(train: list, dev: list, paper_of, on_train_cut: bool) -> tuple[list, list]:
    """(rows to learn from, rows to score): train and dev, or the train rows of the abstracts
    whose index is not 0 mod 5 and those of the rest (a by-paper 80/20 cut of train)."""
    if not on_train_cut:
        return train, dev
    return [r for r in train if paper_of(r) % 5], [r for r in train if paper_of(r) % 5 == 0]


def span_typer(rows_dir: Path, params: dict | None, on_train_cut: bool) -> None:
    *train, train_gold = load_rows(rows_dir / "span_typer-train.jsonl.gz")
    *dev, dev_gold = load_rows(rows_dir / "span_typer-dev.jsonl.gz")
    fit, scored = cut(train, dev, lambda row: row[5], on_train_cut)
    n_gold = sum(n for k, n in enumerate(train_gold) if k % 5 == 0) if on_train_cut else sum(dev_gold)
    keys = [*LABELS, NO_NAME]
    learned = [row for row in fit if row[2] and row[3] is not None]  # reviewed names whose type the annotation settles
    examples = {k: [(row[0], int(row[3] == k)) for row in learned] for k in keys}
    papers = {k: [row[5] for row in learned] for k in keys}
    reviewed = [row for row in scored if row[2]]
    labelled = [k for k, row in enumerate(reviewed) if row[3] is not None]
    shipped = SpanTyper.load(DATA / "span_typer.json")
    retrained = SpanTyper.train(examples, l2=1e-3)
    full = learners_for(keys, examples, papers, {k: [r[0] for r in reviewed] for k in keys}, None if on_train_cut else shipped,
                        retrained, params, 1 if on_train_cut else 0)
    print(f"span typer: learned from {len(learned)} names; scored: {len(reviewed)} reviewed names, of them labelled {len(labelled)}")
    for k in keys:
        report_key(k, [int(reviewed[i][3] == k) for i in labelled], {n: [p[k][i] for i in labelled] for n, p in full.items()}, 0.5)
    # the decision: exact-span P/R/F1, every occurrence of every name, the shipped decision settings
    print("  decision (exact spans, every occurrence):")
    for name, by_key in [("rules", None), *full.items()]:
        tp = fp = k = 0
        for feats, current, is_reviewed, _, golds, _ in scored:
            new = current
            if is_reviewed and by_key is not None:
                new = shipped.decide(feats, current, {key: by_key[key][k] for key in keys})
            k += is_reviewed
            if new is not None:
                tp += sum(g == new for g in golds)
                fp += sum(g != new for g in golds)
        p, r = tp / max(tp + fp, 1), tp / max(n_gold, 1)
        print(f"    {name:<18} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.4f} (tp {tp}, fp {fp})")


def pair_rows_by_type(rows: list) -> tuple[dict[str, list[tuple[list[str], int]]], dict[str, list[int]]]:
    """The dumped pair rows (type, features, label, paper) by relation type, as (features, label) and
    the rows' papers. The features are those ``PairModel.train`` trains the type on (``trained_features``:
    its ``UNTRAINED_TEMPLATES`` left out), so the trees learn from the rows the logistic regression does."""
    examples: dict[str, list[tuple[list[str], int]]] = {}
    papers: dict[str, list[int]] = {}
    for rel, feats, y, paper in rows:
        examples.setdefault(rel, []).append((trained_features(rel, feats), y))
        papers.setdefault(rel, []).append(paper)
    return examples, papers


def pairs(rows_dir: Path, params: dict | None, on_train_cut: bool) -> None:
    train, dev = cut(load_rows(rows_dir / "pairs-train.jsonl.gz"), load_rows(rows_dir / "pairs-dev.jsonl.gz"), lambda row: row[3], on_train_cut)
    shipped = PairModel.load(DATA / "pair_model.json")
    examples, papers = pair_rows_by_type(train)
    dev_by, _ = pair_rows_by_type(dev)
    keys = [k for k in shipped.weights if k in examples]
    retrained = PairModel.train({k: examples[k] for k in keys})
    probs = learners_for(keys, examples, papers, {k: [f for f, _ in dev_by.get(k, [])] for k in keys}, None if on_train_cut else shipped,
                         retrained, params, 1 if on_train_cut else 0)
    print("pair model (shipped kinds):")
    for k in keys:
        report_key(k, [y for _, y in dev_by.get(k, [])], {n: p[k] for n, p in probs.items()}, shipped.threshold_of(k))


def paper_roles(rows_dir: Path, params: dict | None, on_train_cut: bool) -> None:
    from train_paper_roles import GRID as ROLE_GRID, role_f1

    train, dev = cut(load_rows(rows_dir / "paper_roles-train.jsonl.gz"), load_rows(rows_dir / "paper_roles-dev.jsonl.gz"),
                     lambda row: row[-1], on_train_cut)
    shipped = PaperRoleModel.load(DATA / "paper_roles.json")
    examples = {role: [(f, int(role in gold)) for label, _, f, gold, *_ in train if label in labels] for role, labels in ROLE_LABELS.items()}
    papers = {role: [row[-1] for row in train if row[0] in labels] for role, labels in ROLE_LABELS.items()}
    dev_feats = {role: [row[2] for row in dev if row[0] in labels] for role, labels in ROLE_LABELS.items()}
    retrained = PaperRoleModel.train(examples)
    probs = learners_for(list(ROLE_LABELS), examples, papers, dev_feats, None if on_train_cut else shipped, retrained, params,
                         1 if on_train_cut else 0)
    print(f"paper roles: train entities {len(train)}, dev entities {len(dev)}")
    for role, labels in ROLE_LABELS.items():
        report_key(role, [int(role in row[3]) for row in dev if row[0] in labels], {n: p[role] for n, p in probs.items()}, 0.5)
    print("  decision (micro F1 of the paper roles on dev):")
    print(f"    {'rules':<18} {role_f1([(l, rr, f, set(g), k, li) for l, rr, f, g, k, li, _ in dev], lambda l, rr, *_: set(rr)):.4f}")
    for name, by_role in probs.items():
        cursor = Counter()
        scored = []
        for label, rule_roles, _, gold, kept, listed, _ in dev:
            s = {}
            for role, labels in ROLE_LABELS.items():
                if label in labels:
                    s[role] = by_role[role][cursor[role]]
                    cursor[role] += 1
            scored.append((label, set(rule_roles), s, set(gold), kept, listed))
        at_shipped = role_f1(scored, shipped.decide)
        if on_train_cut:  # the grid is tuned on dev (minutes per learner); the shipped settings came from dev
            print(f"    {name:<18} shipped settings {at_shipped:.4f}")
            continue
        tuned = PaperRoleModel()
        best = max(itertools.product(*ROLE_GRID.values()),
                   key=lambda values: (role_f1(scored, set_settings(tuned, values).decide), values))
        print(f"    {name:<18} shipped settings {at_shipped:.4f}; best grid settings {role_f1(scored, set_settings(tuned, best).decide):.4f} {best}")


def set_settings(model: PaperRoleModel, values: tuple) -> PaperRoleModel:
    from train_paper_roles import GRID as ROLE_GRID

    for name, value in zip(ROLE_GRID, values):
        setattr(model, name, value)
    return model


COMPONENTS = {"span_typer": span_typer, "pairs": pairs, "paper_roles": paper_roles}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="the directory the training scripts dumped their rows to")
    parser.add_argument("--component", nargs="+", choices=list(COMPONENTS), default=list(COMPONENTS))
    parser.add_argument("--num-leaves", type=int, help="LightGBM num_leaves (default %d)" % TREE_PARAMS["num_leaves"])
    parser.add_argument("--train-cut", action="store_true",
                        help="learn from 4/5 of the train abstracts and score the other fifth (by abstract), not dev; no shipped model")
    args = parser.parse_args()
    params = {"num_leaves": args.num_leaves} if args.num_leaves else None
    for name in args.component:
        COMPONENTS[name](args.rows, params, args.train_cut)


if __name__ == "__main__":
    main()
