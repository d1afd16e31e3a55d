"""training/scripts/compare_learners.py: LightGBM against kg's logistic regressions on the rows
the training scripts dump (session 32, gbdt32). LightGBM is a training-time tool: skipped without it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "scripts"))
try:
    from learner_rows import dump_rows, load_rows
finally:
    sys.path.pop(0)


def test_dumped_rows_read_back_with_sets_as_sorted_lists(tmp_path):
    dump_rows(tmp_path / "rows" / "x.jsonl.gz", [(["w=for", "cur=Task"], "Task", {"USES", "MENTIONS"}, 3), 17])
    assert load_rows(tmp_path / "rows" / "x.jsonl.gz") == [[["w=for", "cur=Task"], "Task", ["MENTIONS", "USES"], 3], 17]


def test_trees_learn_an_interaction_a_logistic_regression_cannot():
    """Label = exactly one of two features (xor): the trees get it, the logistic model cannot;
    features seen once are not in the matrix; the by-paper cut keeps every fifth abstract out."""
    pytest.importorskip("lightgbm")
    sys.path.insert(0, str(ROOT / "training" / "scripts"))
    try:
        from compare_learners import cut, feature_index, train_trees, tree_probs
    finally:
        sys.path.pop(0)
    from kg.extract.logistic import LogisticModels

    rows = [(["a"], 1)] * 40 + [(["b"], 1)] * 20 + [(["a", "b"], 0)] * 20 + [([], 0)] * 40 + [(["rare"], 0)]
    assert "rare" not in feature_index(rows)
    trees = train_trees(rows, papers=list(range(len(rows))), params={"min_data_in_leaf": 2, "feature_fraction": 1.0})
    probs = tree_probs(trees, [["a"], ["b"], ["a", "b"], []])
    assert probs[0] > 0.8 and probs[1] > 0.8 and probs[2] < 0.2 and probs[3] < 0.2
    logistic = LogisticModels.train({"xor": rows})
    assert not all((logistic.probability("xor", f) >= 0.5) == (p >= 0.5) for f, p in zip([["a"], ["b"], ["a", "b"], []], probs))
    fit, scored = cut([("r", k) for k in range(10)], [], lambda row: row[1], on_train_cut=True)
    assert [k for _, k in scored] == [0, 5] and len(fit) == 8


def test_the_trees_see_the_pair_rows_the_logistic_regression_is_trained_on():
    """``PairModel.train`` leaves a type's ``UNTRAINED_TEMPLATES`` out; the trees get the same rows
    (they saw USED_FOR's word pairs and lexicalised paths, which kg's model never learns from).
    The script runs this far without LightGBM installed."""
    sys.path.insert(0, str(ROOT / "training" / "scripts"))
    try:
        from compare_learners import pair_rows_by_type
    finally:
        sys.path.pop(0)

    feats = ["pair=Method>Task:ht", "bw=for", "bg=used_for", "ht:path_lex=nsubj|use|prep_pobj", "ht:path=nsubj|prep_pobj"]
    examples, papers = pair_rows_by_type([["USED_FOR", feats, 1, 7], ["APPLIED_TO", feats, 0, 8], ["USED_FOR", ["bw=and"], 0, 9]])
    assert examples["USED_FOR"] == [(["pair=Method>Task:ht", "bw=for", "ht:path=nsubj|prep_pobj"], 1), (["bw=and"], 0)]
    assert examples["APPLIED_TO"] == [(feats, 0)]  # a type without untrained templates keeps every feature
    assert papers == {"USED_FOR": [7, 9], "APPLIED_TO": [8]}
