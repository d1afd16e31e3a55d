"""tools/pwc/introductions.py: the silver check of PROPOSES from Papers with Code, scored on a
small build (the PwC exports and the corpus it is made from live outside the repository)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.build import build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def introductions():
    spec = importlib.util.spec_from_file_location("introductions", ROOT / "tools" / "pwc" / "introductions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_score_counts_proposes_where_the_abstract_spells_the_name(introductions, tmp_path, capsys):
    papers = [
        {"id": "1801.00001", "title": "A Dataset for Stance",
         "abstract": "We introduce StanceBankX, a new dataset of annotated tweets. Baselines are weak on StanceBankX."},
        {"id": "1801.00002", "title": "Better Parsing",
         "abstract": "We evaluate our parser on the Penn Treebank and report gains."},
    ]
    expected = [
        {"id": "1801.00001", "title": papers[0]["title"], "introduces": [["dataset", "stancebankx", "StanceBankX", ""]]},
        # PwC names a thing this abstract never spells: not scored
        {"id": "1801.00002", "title": papers[1]["title"], "introduces": [["method", "treeparse", "TreeParse", ""],
                                                                        ["dataset", "penn-treebank", "Penn Treebank", ""]]},
    ]
    (tmp_path / "input.jsonl").write_text("".join(json.dumps(p) + "\n" for p in papers), encoding="utf-8")
    (tmp_path / "expected.jsonl").write_text("".join(json.dumps(e) + "\n" for e in expected), encoding="utf-8")
    build([tmp_path / "input.jsonl"], out_dir=tmp_path / "out")
    assert introductions.main(["score", "--work", str(tmp_path), "--build", str(tmp_path / "out"), "--misses", "5"]) == 0
    out = capsys.readouterr().out
    dataset_row = next(line for line in out.splitlines() if line.startswith("dataset "))
    # two datasets spelled: StanceBankX proposed, the Penn Treebank only evaluated on
    assert dataset_row.split()[1:6] == ["2", "1", "1", "0", "0.500"]
    assert "dataset another role | Penn Treebank ['EVALUATES_ON']" in out
    assert "not spelled in the abstract: 0 datasets, 1 methods" in out


def test_score_refuses_a_missing_build(introductions, tmp_path, capsys):
    (tmp_path / "expected.jsonl").write_text("", encoding="utf-8")
    assert introductions.main(["score", "--work", str(tmp_path), "--build", str(tmp_path / "nowhere")]) == 1
    assert "does not exist" in capsys.readouterr().err
