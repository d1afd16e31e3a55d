"""`kg eval`: graph-level matching with folded names and aliases, and the dev-set floor."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import EvalError
from kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent


def write_build(out: Path) -> None:
    out.mkdir()
    nodes = [
        {"key": "arXiv:1", "label": "Paper", "name": "LoRA: Low-Rank Adaptation", "title": "LoRA: Low-Rank Adaptation", "aliases": []},
        {"key": "Method:lora", "label": "Method", "name": "LoRA", "aliases": ["Low-Rank Adaptation"]},
        {"key": "Model:gpt-3", "label": "Model", "name": "GPT-3", "aliases": []},
        {"key": "Metric:bleu", "label": "Metric", "name": "BLEU", "aliases": []},
    ]
    edges = [
        {"source": "arXiv:1", "type": "PROPOSES", "target": "Method:lora", "papers": ["arXiv:1"]},
        {"source": "arXiv:1", "type": "USES", "target": "Model:gpt-3", "papers": ["arXiv:1"]},
        {"source": "arXiv:1", "type": "REPORTS_METRIC", "target": "Metric:bleu", "papers": ["arXiv:1"]},
        {"source": "Method:lora", "type": "APPLIED_TO", "target": "Model:gpt-3", "papers": ["arXiv:1"]},
    ]
    (out / "nodes.jsonl").write_text("".join(json.dumps(n) + "\n" for n in nodes))
    (out / "edges.jsonl").write_text("".join(json.dumps(e) + "\n" for e in edges))


GOLD = {
    "id": "g1",
    "title": "LoRA:  low-rank adaptation",  # folded title still matches
    "entities": [
        {"name": "Low-Rank Adaptation", "type": "Method", "aliases": ["LoRA"]},
        {"name": "GPT-3", "type": "Model", "aliases": []},
        {"name": "RoBERTa", "type": "Model", "aliases": []},
    ],
    "relations": [
        {"head": "PAPER", "type": "PROPOSES", "tail": "Low-Rank Adaptation"},
        {"head": "Low-Rank Adaptation", "type": "APPLIED_TO", "tail": "GPT-3"},
        {"head": "PAPER", "type": "USES", "tail": "RoBERTa"},
    ],
}


def test_scores_by_type(tmp_path):
    write_build(tmp_path / "out")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n")
    result = evaluate(gold, tmp_path / "out")
    assert result.papers_matched == 1
    ents = result.entities
    assert (ents["Method"].tp, ents["Model"].tp, ents["Model"].fn, ents["Metric"].fp) == (1, 1, 1, 1)
    assert ents["ALL"].precision == pytest.approx(2 / 3) and ents["ALL"].recall == pytest.approx(2 / 3)
    rels = result.relations
    assert rels["PROPOSES"].tp == 1 and rels["APPLIED_TO"].tp == 1 and rels["USES"].fp == 1 and rels["USES"].fn == 1
    assert rels["ALL"].f1 == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))


def test_a_gold_name_written_in_latex_matches_the_name_kg_writes(tmp_path):
    """kg normalises text before extraction, so its graph can only hold "M3T", never "$M^3$T"."""
    write_build(tmp_path / "out")
    nodes = (tmp_path / "out" / "nodes.jsonl").read_text()
    nodes += json.dumps({"key": "Model:m3t", "label": "Model", "name": "M3T", "aliases": []}) + "\n"
    (tmp_path / "out" / "nodes.jsonl").write_text(nodes)
    edge = {"source": "arXiv:1", "type": "USES", "target": "Model:m3t", "papers": ["arXiv:1"]}
    (tmp_path / "out" / "edges.jsonl").write_text((tmp_path / "out" / "edges.jsonl").read_text() + json.dumps(edge) + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(dict(GOLD, entities=[*GOLD["entities"], {"name": "$M^3$T", "type": "Model"}])) + "\n")
    assert evaluate(gold, tmp_path / "out").entities["Model"].tp == 2


def test_a_gold_name_cut_from_inside_math_matches_the_name_kg_writes(tmp_path):
    """Annotators cut "AP_r" out of "34.1 $AP_r$"; kg reads that math "APr". Both sides fold alike,
    and a name differing in more than the script mark stays apart ("APs" is not "AP_r")."""
    write_build(tmp_path / "out")
    nodes = (tmp_path / "out" / "nodes.jsonl").read_text()
    nodes += json.dumps({"key": "Metric:apr", "label": "Metric", "name": "APr", "aliases": []}) + "\n"
    nodes += json.dumps({"key": "Metric:aps", "label": "Metric", "name": "APs", "aliases": []}) + "\n"
    (tmp_path / "out" / "nodes.jsonl").write_text(nodes)
    edges = [{"source": "arXiv:1", "type": "REPORTS_METRIC", "target": k, "papers": ["arXiv:1"]} for k in ("Metric:apr", "Metric:aps")]
    (tmp_path / "out" / "edges.jsonl").write_text((tmp_path / "out" / "edges.jsonl").read_text() + "".join(json.dumps(e) + "\n" for e in edges))
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(dict(GOLD, entities=[*GOLD["entities"], {"name": "AP_r", "type": "Metric"}])) + "\n")
    metric = evaluate(gold, tmp_path / "out").entities["Metric"]
    assert (metric.tp, metric.fp, metric.fn) == (1, 2, 0)  # APr matched; APs and BLEU are not gold


def test_a_gold_title_written_in_latex_finds_the_paper_kg_built(tmp_path):
    """The reader normalises titles too: the gold's "$M^3$T: ..." is the build's "M3T: ..."."""
    out = tmp_path / "out"
    out.mkdir()
    title = "M3T: Multi-Modal Continuous Valence-Arousal Estimation in the Wild"
    (out / "nodes.jsonl").write_text(json.dumps({"key": "arXiv:2", "label": "Paper", "name": title, "title": title, "aliases": []}) + "\n"
                                     + json.dumps({"key": "Method:m3t", "label": "Method", "name": "M3T", "aliases": []}) + "\n")
    (out / "edges.jsonl").write_text(json.dumps({"source": "arXiv:2", "type": "PROPOSES", "target": "Method:m3t", "papers": ["arXiv:2"]}) + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g2", "title": "$M^3$T: Multi-Modal Continuous Valence-Arousal Estimation in the Wild",
                                "entities": [{"name": "M3T", "type": "Method"}],
                                "relations": [{"head": "PAPER", "type": "PROPOSES", "tail": "M3T"}]}) + "\n")
    result = evaluate(gold, out)
    assert result.papers_matched == 1 and result.relations["PROPOSES"].tp == 1


def test_cli_prints_tables_and_json(tmp_path):
    write_build(tmp_path / "out")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n")
    result = CliRunner().invoke(main, ["eval", str(gold), str(tmp_path / "out")])
    assert result.exit_code == 0 and "ALL (micro)" in result.output and "PROPOSES" in result.output
    as_json = CliRunner().invoke(main, ["eval", str(gold), str(tmp_path / "out"), "--json"])
    assert json.loads(as_json.output)["entities"]["Method"]["f1"] == 1.0


def test_a_missed_result_is_listed_without_python_reprs(tmp_path):
    write_build(tmp_path / "out")
    gold = tmp_path / "gold.jsonl"
    row = {**GOLD, "results": [{"text": "31.5", "value": 31.5, "of": "Low-Rank Adaptation", "metric": "BLEU"}]}
    gold.write_text(json.dumps(row) + "\n")
    printed = CliRunner().invoke(main, ["eval", str(gold), str(tmp_path / "out"), "--errors", "10"]).output
    assert "g1 result 31.5 of Low-Rank Adaptation, on -, metric BLEU" in printed  # '-': the gold result names no benchmark
    assert "None" not in printed and "=" not in printed


def test_missing_build_is_a_clear_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n")
    (tmp_path / "empty").mkdir()
    with pytest.raises(EvalError, match="kg build"):
        evaluate(gold, tmp_path / "empty")


@pytest.mark.slow
def test_dev_set_quality_floor(sample_build):
    """Guards against regressions: the README's dev scores minus a small margin."""
    _, _, out = sample_build
    result = evaluate(ROOT / "eval" / "dev.jsonl", out)
    assert result.papers_matched == result.papers_gold == 48
    assert result.entities["ALL"].f1 >= 0.76
    assert result.relations["ALL"].f1 >= 0.62


def test_eval_by_category_scores_each_group_apart_and_sums_to_the_whole(tmp_path):
    """`kg eval --by category`: each paper counts in the group of its primary arXiv category;
    the groups' counts add up to the totals, and a paper with no category is "(none)"."""
    out = tmp_path / "out"
    write_build(out)
    nodes = [json.loads(line) for line in (out / "nodes.jsonl").read_text().splitlines()]
    nodes[0]["categories"] = ["cs.CL", "cs.LG"]
    nodes.append({"key": "arXiv:2", "label": "Paper", "name": "Plain Paper", "title": "Plain Paper", "aliases": []})
    (out / "nodes.jsonl").write_text("".join(json.dumps(n) + "\n" for n in nodes))
    with (out / "edges.jsonl").open("a") as fh:
        fh.write(json.dumps({"source": "arXiv:2", "type": "USES", "target": "Model:gpt-3", "papers": ["arXiv:2"]}) + "\n")
    gold = tmp_path / "gold.jsonl"
    plain = {"id": "g2", "title": "Plain Paper", "entities": [{"name": "BERT", "type": "Model", "aliases": []}],
             "relations": [{"head": "PAPER", "type": "USES", "tail": "BERT"}]}
    gold.write_text(json.dumps(GOLD) + "\n" + json.dumps(plain) + "\n")
    result = evaluate(gold, out, by="category")
    assert sorted(result.groups) == ["(none)", "cs.CL"]
    assert result.groups["(none)"].entities["ALL"].to_dict()["tp"] == 0  # GPT-3 predicted, BERT gold
    assert result.groups["(none)"].entities["ALL"].fp == 1 and result.groups["(none)"].entities["ALL"].fn == 1
    assert result.groups["cs.CL"].entities["ALL"].tp == 2
    for part in ("entities", "relations"):
        whole = getattr(result, part)["ALL"]
        groups = [getattr(g, part)["ALL"] for g in result.groups.values()]
        assert (whole.tp, whole.fp, whole.fn) == tuple(sum(getattr(g, k) for g in groups) for k in ("tp", "fp", "fn"))
    table = CliRunner().invoke(main, ["eval", str(gold), str(out), "--by", "category"])
    assert table.exit_code == 0 and "cs.CL" in table.output and "(none)" in table.output
    assert json.loads(CliRunner().invoke(main, ["eval", str(gold), str(out), "--by", "year", "--json"]).output)["groups"]["(none)"]["papers_matched"] == 2
    assert CliRunner().invoke(main, ["eval", str(gold), str(out), "--by", "venue"]).exit_code == 2
