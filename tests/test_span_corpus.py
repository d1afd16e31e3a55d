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


def test_trace_tool_names_the_step_that_drops_a_span():
    """tools/annotate/trace_entities.py (session 35) says which step of the recogniser removed
    each candidate: a listed name inside a longer listed one loses the overlap, a task phrase
    trimmed to a shorter name is dropped as it was, and a recogniser span a rule found with the
    same offsets is left to the rule's own row."""
    import importlib.util
    from pathlib import Path

    from kg.extract import build_pipeline

    path = Path(__file__).resolve().parents[1] / "tools" / "annotate" / "trace_entities.py"
    spec = importlib.util.spec_from_file_location("trace_entities", path)
    trace = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trace)
    nlp = build_pipeline()  # its own: install() wraps this instance's steps
    rec = nlp.get_pipe("kg_entity_recognizer")
    trace.install(rec)
    title = "Neural Machine Translation for Low-Resource Languages"
    abstract = "We train a Transformer on WMT14 and report BLEU. The model improves machine translation over the baseline."
    rows, _, final, gold_at, text = trace.trace_doc(nlp, rec, title, abstract, [(0, 26, "Task", "Neural Machine Translation")])
    step = {(r["text"], r["source"]): r["step"] for r in rows}
    assert final[(0, 26)] == "Task" and gold_at == {(0, 26): "Task"}
    assert step[("Machine Translation", "gazetteer")] == "overlap:longer:gazetteer"
    assert step[("improves machine translation", "task_phrase")] == "resolve:phrase_trimmed"
    assert step[("Neural Machine Translation", "span_model")] == "ner:same_as_rule"


def test_type_trace_tool_says_which_step_gave_a_type():
    """tools/annotate/trace_types.py (session 36) records, per final entity, the winning rule's
    type, the span typer's, the described one and the final type; ``steps`` lists the changes."""
    import importlib.util
    from pathlib import Path

    from kg.extract import build_pipeline

    path = Path(__file__).resolve().parents[1] / "tools" / "annotate" / "trace_types.py"
    spec = importlib.util.spec_from_file_location("trace_types", path)
    trace = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trace)
    assert trace.steps("Method", "Model", None, "Model") == [("typer", "Method", "Model")]
    assert trace.steps("Task", None, "Method", "Task") == [("described", "Task", "Method"), ("post", "Method", "Task")]
    nlp = build_pipeline()  # its own: install() wraps this instance's steps
    rec = nlp.get_pipe("kg_entity_recognizer")
    trace.install(rec)
    abstract = "We introduce the Full-Sentence Visual Question Answering (FSVQA) dataset of questions and answers."
    rows = trace.trace_doc(nlp, rec, "Towards Full-Sentence Answers", abstract, [])
    fsvqa = [r for r in rows if r["text"] == "FSVQA"]
    assert fsvqa and all(r["final"] == "Dataset" and r["rule"] == "abbreviation" for r in fsvqa)


def test_beam_tool_scores_parses_as_probabilities(nlp):
    """tools/annotate/beam_spans.py (session 36) runs the shipped ner's weights as a beam. spaCy's
    ``beam_parse`` adds raw scores, which for a greedily trained ner put p > 0.9 on parses other than
    the greedy one; the tool's beam adds log-probabilities over each state's valid actions, so a
    width-1 beam is the greedy parse with p = 1 and a wider beam keeps the greedy spans likely."""
    import importlib.util
    from pathlib import Path

    from kg.extract.pipeline import make_doc
    from kg.types import Record, Source

    path = Path(__file__).resolve().parents[1] / "tools" / "annotate" / "beam_spans.py"
    spec = importlib.util.spec_from_file_location("beam_spans", path)
    beam = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(beam)
    ner = nlp.get_pipe("kg_entity_recognizer").span_model.get_pipe("ner")
    record = Record(title="Graph Attention Networks for Node Classification",
                    abstract="We train GAT on Cora and report accuracy. It beats the GCN baseline.", source=Source("t", 0))
    doc = nlp.get_pipe("sentencizer")(make_doc(nlp, record))
    greedy = sorted((e.start, e.end, e.label_) for e in ner(doc).ents)
    doc.ents = ()
    assert greedy
    one = ner.scored_ents(beam.normalised_beam_parse(ner, [doc], 1))[0]
    assert sorted(k for k, p in one.items() if p > 0.99) == greedy
    wide = ner.scored_ents(beam.normalised_beam_parse(ner, [doc], 8))[0]
    assert all(0.0 <= p <= 1.0001 for p in wide.values())
    assert all(wide.get(k, 0.0) >= 0.5 for k in greedy)  # spaCy's raw-score beam: 4 of these 6


def test_ensemble_tool_merges_two_recognisers():
    """tools/annotate/ensemble_spans.py (session 37) scores two recognisers' spans together: the
    intersection keeps what both say with the same type; the union keeps all of the first model's
    spans and adds the second's only where they overlap none of the first's."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "annotate" / "ensemble_spans.py"
    spec = importlib.util.spec_from_file_location("ensemble_spans", path)
    ens = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ens)
    first = [(0, 3, "Model"), (10, 20, "Task"), (30, 35, "Metric")]
    second = [(0, 3, "Model"), (10, 14, "Task"), (22, 28, "Dataset"), (30, 35, "Method")]
    assert ens.intersection(first, second) == [(0, 3, "Model")]
    assert ens.union(first, second) == [(0, 3, "Model"), (10, 20, "Task"), (22, 28, "Dataset"), (30, 35, "Metric")]
    rows = ens.score([{(0, 3, "Model"), (22, 28, "Dataset")}], [ens.union(first, second)])
    assert rows["ALL"]["tp"] == 2 and rows["ALL"]["fp"] == 2 and rows["ALL"]["fn"] == 0


def test_the_round_reannotation_holds_train_records_only_and_is_scored_by_round(capsys):
    """eval/spans/reannotation (session 40) re-annotates first-round and later-round train abstracts:
    no record of the test or dev split may be there, every record's round is known, and
    tools/annotate/round_agreement.py scores both rounds."""
    import importlib.util
    from pathlib import Path

    root = corpus_dir() / "reannotation"
    rounds = json.loads((root / "rounds.json").read_text(encoding="utf-8"))
    ids = {r["id"] for name in sorted(root.glob("batch-r*.jsonl")) for r in read_jsonl(name)}
    train = {r["id"] for r, _ in load_split("train")}
    assert ids and ids <= train and ids == set(rounds) and set(rounds.values()) == {"first", "later"}
    path = Path(__file__).resolve().parents[1] / "tools" / "annotate" / "round_agreement.py"
    spec = importlib.util.spec_from_file_location("round_agreement", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.main()
    rows = [line.split() for line in capsys.readouterr().out.splitlines() if line.startswith("all")]
    assert [r[1] for r in rows] == ["first", "later"] and all(0.5 < float(r[-1]) <= 1.0 for r in rows)
