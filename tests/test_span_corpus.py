"""The span corpus (eval/spans) is whole and clean: every record annotated and passing the
checker, the splits disjoint, and the graph-level gold files in step with the annotations."""
from __future__ import annotations

import json

import pytest

from kg.annotations import SPLITS, check_record, corpus_dir, graph_gold, load_split, normalized_spans, read_jsonl


def test_every_batch_is_annotated_and_clean():
    root = corpus_dir()
    for name in sorted(root.glob("batches/*.jsonl")):
        records = read_jsonl(name)
        anns = read_jsonl(root / "annotations" / name.name)
        assert len(anns) == len(records), name.name
        problems = [(r["id"], p) for r, a in zip(records, anns) for p in check_record(r, a)]
        assert problems == [], (name.name, problems[:5])


def test_splits_are_disjoint_and_sized_as_documented():
    ids = {split: {r["id"] for r, _ in load_split(split)} for split in SPLITS}
    assert len(ids["test"]) == 160 and len(ids["train"]) == 3600 and len(ids["dev"]) == 240
    assert not ids["test"] & ids["train"] and not ids["test"] & ids["dev"] and not ids["train"] & ids["dev"]


def test_a_record_that_normalisation_changes_is_scored_on_the_text_kg_reads():
    """Gold spans are found again in the normalised text, in kg's layout (title, blank line,
    abstract), so exact-span scores need not skip such records (13% of the corpus)."""
    from kg.extract.pipeline import TITLE_SEPARATOR

    title, abstract = "Q&amp;A with Trans- former models", "We train a lan- guage model on SQuAD &amp; TriviaQA."
    record = {"title": title, "abstract": abstract, "text": title + "\n" + abstract}
    ann = {"entities": [{"text": "Q&amp;A", "type": "Task"}, {"text": "lan- guage model", "type": "Method"},
                        {"text": "TriviaQA", "type": "Dataset"}, {"text": "SQuAD", "type": "Dataset"}]}
    stats: dict = {}
    new_title, new_abstract, spans = normalized_spans(record, ann, stats)
    text = new_title + TITLE_SEPARATOR + new_abstract
    assert (new_title, new_abstract) == ("Q&A with Transformer models", "We train a language model on SQuAD & TriviaQA.")
    assert sorted((text[s:e], label) for s, e, label, _ in spans) == [
        ("Q&A", "Task"), ("SQuAD", "Dataset"), ("TriviaQA", "Dataset"), ("language model", "Method")]
    assert stats == {"normalised_records": 1, "spans_not_found_again": 0}


def test_graph_gold_files_match_the_annotations():
    for split in ("dev", "test"):
        written = [json.loads(line) for line in (corpus_dir() / f"{split}-gold.jsonl").read_text(encoding="utf-8").splitlines()]
        assert written == [graph_gold(r, a) for r, a in load_split(split)]


@pytest.mark.slow
@pytest.mark.parametrize("split, every, floor", [("dev", 1, 0.85), ("train", 6, 0.85), ("test", 1, 0.75)])
def test_names_no_list_holds_are_found_as_proposed(nlp, split, every, floor):
    """Issue: coined names a paper proposes ("We propose MOFDiff, …") must be found without a
    gazetteer. The rules were shaped on the first dev batches (14-15) and the first 360 train
    abstracts (0.82 / 0.81); the abstracts added later and test are only measured. With 4,000
    abstracts and the learned paper roles (which turn a proposed name's USES into PROPOSES):
    dev 0.858, train 0.863, test 0.787; after session 7's entity changes dev 0.865, train
    0.863, test 0.759; after session 8's dev 0.862, train 0.861, test 0.769 (the issue aims at
    0.8); these floors guard against regressions. Train is read one abstract in six (277
    abstracts with a coined name; 0.859 in session 13, against 0.861 on all of train), which
    keeps the guard and takes a sixth of the time of all 3,600."""
    from kg.annotations import load_split, proposed_name_recall

    recall, abstracts, _ = proposed_name_recall(nlp, load_split(split)[::every])
    assert abstracts >= 30
    assert recall >= floor
