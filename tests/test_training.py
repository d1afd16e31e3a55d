"""The trained recogniser's path end to end on a 20-document fixture of the span corpus:
convert → ``spacy train`` (the repo's config, a few steps) → package → kg's pipeline loads it
in combined mode and runs. Checks the path, not the quality (that is the ablation's job)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from kg.annotations import ENTITY_TYPES, load_split, training_doc

ROOT = Path(__file__).resolve().parents[1]


def test_training_docs_carry_the_annotated_spans():
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
    stats: dict = {}
    record, ann = load_split("train")[0]
    doc = training_doc(nlp, record, ann, stats)
    assert doc.ents and {e.label_ for e in doc.ents} <= set(ENTITY_TYPES)
    assert stats["spans"] >= len(doc.ents)
    assert doc.text.startswith(record["title"] + "\n\n")


def test_packaging_only_the_tokenizer_writes_the_pipelines_into_a_packaged_model(tmp_path):
    """``package.py --tokenizer-only`` rewrites a packaged model's saved tokenizer (the one a
    standalone spacy.load uses) from kg's tokenizer builder and leaves its weights alone."""
    from kg.extract.tokenizer import create_ml_tokenizer

    model = tmp_path / "ner"
    shutil.copytree(ROOT / "kg" / "data" / "ner", model)
    (model / "tokenizer").write_bytes(spacy.blank("en").tokenizer.to_bytes(exclude=["vocab"]))  # spaCy's own English
    weights = (model / "ner" / "model").read_bytes()
    assert [t.text for t in spacy.load(model).make_doc("networks (UNNs): a")] == ["networks", "(", "UNNs", "):", "a"]
    subprocess.run([sys.executable, str(ROOT / "training" / "scripts" / "package.py"), "--tokenizer-only", "--to", str(model)],
                   check=True, capture_output=True, timeout=300)
    assert (model / "tokenizer").read_bytes() == create_ml_tokenizer(spacy.blank("en")).to_bytes(exclude=["vocab"])
    assert (model / "ner" / "model").read_bytes() == weights
    assert [t.text for t in spacy.load(model).make_doc("networks (UNNs): a")] == ["networks", "(", "UNNs", ")", ":", "a"]


@pytest.mark.parametrize("extra, message", [
    (["model-best"], "give no model to package"),  # a model beside --tokenizer-only would be ignored
    ([], "holds no config.cfg"),  # --to is no packaged model: nothing is written there
])
def test_packaging_only_the_tokenizer_refuses_what_it_would_ignore_or_misplace(tmp_path, extra, message):
    result = subprocess.run([sys.executable, str(ROOT / "training" / "scripts" / "package.py"), "--tokenizer-only",
                             "--to", str(tmp_path / "empty"), *extra], capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and message in result.stderr
    assert not (tmp_path / "empty").exists()


def test_training_docs_are_the_text_kg_reads():
    """The recogniser learns the spelling it is shown at run time: kg normalises the text
    ("lan- guage", "&amp;") before extraction, so training docs are normalised too."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
    title, abstract = "Q&amp;A with lan- guage models", "We train a lan- guage model on SQuAD &amp; TriviaQA."
    record = {"title": title, "abstract": abstract, "text": title + "\n" + abstract}
    ann = {"entities": [{"text": "lan- guage model", "type": "Method"}, {"text": "TriviaQA", "type": "Dataset"}]}
    stats: dict = {}
    doc = training_doc(nlp, record, ann, stats)
    assert doc.text == "Q&A with language models\n\nWe train a language model on SQuAD & TriviaQA."
    assert [(e.text, e.label_) for e in doc.ents] == [("language model", "Method"), ("TriviaQA", "Dataset")]
    assert stats["normalised_records"] == 1 and stats.get("dropped", 0) == 0


def shipped_config() -> str:
    """The config ``spacy project run all training`` trains (project.yml's ``vars.config``)."""
    import yaml

    return yaml.safe_load((ROOT / "training" / "project.yml").read_text(encoding="utf-8"))["vars"]["config"]


def tiny_vectors(tmp_path: Path) -> Path:
    """A four-word table standing in for training/vectors/ml_vectors (the real one takes half an
    hour to train): same kind of table, random values."""
    import numpy

    from spacy.vectors import Vectors

    nlp = spacy.blank("en")
    words = ["BERT", "ImageNet", "accuracy", "model"]
    data = numpy.random.default_rng(0).normal(size=(len(words), 8)).astype("float32")
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=words)
    nlp.to_disk(tmp_path / "vectors")
    return tmp_path / "vectors"


@pytest.mark.slow
@pytest.mark.parametrize("config", [shipped_config(), "ner_vectors", "spancat_sm"])
def test_a_recogniser_trained_on_20_documents_loads_into_kg(tmp_path, config):
    """The shipped config with its cool-down stage, the variant reading word vectors (which
    kg runs on copies of the tokens made in the recogniser's own vocab, where its vectors are),
    and the span categoriser measured against the ner (its spans come from doc.spans)."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
    pairs = load_split("train")[:20]
    DocBin(docs=[training_doc(nlp, r, a) for r, a in pairs[:16]]).to_disk(tmp_path / "train.spacy")
    DocBin(docs=[training_doc(nlp, r, a) for r, a in pairs[16:]]).to_disk(tmp_path / "dev.spacy")
    subprocess.run([sys.executable, "-m", "spacy", "train", str(ROOT / "training" / "configs" / f"{config}.cfg"),
                    "--output", str(tmp_path / "run"), "--paths.train", str(tmp_path / "train.spacy"),
                    "--paths.dev", str(tmp_path / "dev.spacy"),
                    *(["--paths.vectors", str(tiny_vectors(tmp_path))] if config == "ner_vectors" else []),
                    "--training.max_steps", "20", "--training.eval_frequency", "10"],
                   check=True, capture_output=True, timeout=300)
    trained = tmp_path / "run" / "model-best"
    if config == shipped_config():  # the project's second stage: the cool-down from the run's last step
        last = str(tmp_path / "run" / "model-last")
        subprocess.run([sys.executable, "-m", "spacy", "train", str(ROOT / "training" / "configs" / "ner_sm_cooldown.cfg"),
                        "--output", str(tmp_path / "cooldown"), "--paths.train", str(tmp_path / "train.spacy"),
                        "--paths.dev", str(tmp_path / "dev.spacy"), "--components.tok2vec.source", last,
                        "--components.ner.source", last, "--training.max_steps", "10", "--training.eval_frequency", "5",
                        "--training.optimizer.learn_rate.total_steps", "10"],
                       check=True, capture_output=True, timeout=300)
        trained = tmp_path / "cooldown" / "model-best"
    data = tmp_path / "data"
    shutil.copytree(ROOT / "kg" / "data", data, ignore=shutil.ignore_patterns("corpus", "ner"))
    subprocess.run([sys.executable, str(ROOT / "training" / "scripts" / "package.py"), str(trained),
                    "--to", str(data / "ner")], check=True, capture_output=True, timeout=300)
    standalone = spacy.load(data / "ner")  # the recogniser alone, as a user would load it
    component = "spancat" if config.startswith("spancat") else "ner"
    assert standalone.pipe_names == [component] and set(standalone.get_pipe(component).labels) <= set(ENTITY_TYPES)
    assert standalone.vocab.vectors.shape[0] == (4 if config == "ner_vectors" else 0)

    import os

    from kg.extract import build_pipeline, extract_papers
    from kg.extract.pipeline import RECOGNIZER_ENV
    from kg.types import Record, Source

    os.environ[RECOGNIZER_ENV] = "combined"
    try:
        pipeline = build_pipeline(data_dir=data)
    finally:
        del os.environ[RECOGNIZER_ENV]
    recognizer = pipeline.get_pipe("kg_entity_recognizer")
    assert recognizer.mode == "combined" and recognizer.span_model is not None
    [paper] = extract_papers(pipeline, [Record("LoRA for OPT", "We apply LoRA to OPT-1.3B on MMLU.", Source("t", 1))])
    assert {"LoRA", "MMLU"} <= {m.text for m in paper.mentions}  # the rules still find what they know
    doc = pipeline.make_doc("We apply LoRA to OPT-1.3B on MMLU and report accuracy.")
    [spans] = recognizer.model_spans([doc])
    assert all(0 <= start < end <= len(doc) and label in ENTITY_TYPES for start, end, label in spans)
    assert not doc.spans and not doc.ents  # what the model marked is handed over, not left on kg's doc


@pytest.mark.slow
def test_the_normalised_cooldown_continues_the_shipped_recogniser(tmp_path):
    """configs/ner_sm_normalised.cfg (measured, not shipped: docs/history-entities.md) sources
    kg/data/ner, a lone ner with its own tok2vec, by a path relative to training/; a few steps
    on normalised docs must train and package."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
    pairs = load_split("train")[:20]
    DocBin(docs=[training_doc(nlp, r, a) for r, a in pairs[:16]]).to_disk(tmp_path / "train.spacy")
    DocBin(docs=[training_doc(nlp, r, a) for r, a in pairs[16:]]).to_disk(tmp_path / "dev.spacy")
    subprocess.run([sys.executable, "-m", "spacy", "train", "configs/ner_sm_normalised.cfg", "--output", str(tmp_path / "run"),
                    "--paths.train", str(tmp_path / "train.spacy"), "--paths.dev", str(tmp_path / "dev.spacy"),
                    "--training.max_steps", "4", "--training.eval_frequency", "2",
                    "--training.optimizer.learn_rate.total_steps", "4"],
                   check=True, capture_output=True, timeout=300, cwd=ROOT / "training")
    subprocess.run([sys.executable, str(ROOT / "training" / "scripts" / "package.py"), str(tmp_path / "run" / "model-last"),
                    "--to", str(tmp_path / "ner")], check=True, capture_output=True, timeout=300)
    packaged = spacy.load(tmp_path / "ner")
    assert packaged.pipe_names == ["ner"] and set(packaged.get_pipe("ner").labels) == set(ENTITY_TYPES)


@pytest.mark.slow
def test_the_shipped_recogniser_loads_alone_and_holds_its_floor_on_the_test_split():
    """kg/data/ner is what ``spacy project run all training`` packages: it loads with plain
    ``spacy.load`` (kg installed, for its tokenizer), and in kg's pipeline on the test split
    it keeps its measured exact-span F1 (README ablation), within a margin."""
    standalone = spacy.load(ROOT / "kg" / "data" / "ner")
    assert standalone.pipe_names == ["ner"] and set(standalone.get_pipe("ner").labels) == set(ENTITY_TYPES)
    doc = standalone("We fine-tune BERT on SQuAD and report F1.")
    assert all(e.label_ in ENTITY_TYPES for e in doc.ents)

    sys.path.insert(0, str(ROOT / "training" / "scripts"))
    try:
        from evaluate_spans import evaluate
    finally:
        sys.path.pop(0)
    import os

    from kg.extract.pipeline import RECOGNIZER_ENV

    before = os.environ.get(RECOGNIZER_ENV)
    try:
        model_only = evaluate("test", "model")["per_type"]["ALL"]["f1"]
        typed = evaluate("test", "typed")["per_type"]["ALL"]["f1"]
        combined = evaluate("test", "combined")["per_type"]["ALL"]["f1"]
    finally:
        os.environ.pop(RECOGNIZER_ENV, None)
        if before is not None:
            os.environ[RECOGNIZER_ENV] = before
    assert model_only >= MODEL_TEST_FLOOR
    assert typed >= TYPED_TEST_FLOOR
    assert combined >= COMBINED_TEST_FLOOR


# Measured once on the test split for the README's ablation, minus 0.02 (no tuning on test).
MODEL_TEST_FLOOR = 0.63  # measured 0.655 with the cool-down (0.649 before; 0.565 when trained on 1,240 abstracts for 5,000 steps)
TYPED_TEST_FLOOR = 0.58  # measured 0.611 (0.602 after session 7, 0.576 before its entity changes)
COMBINED_TEST_FLOOR = 0.63  # measured 0.649 with model_spans (session 11; 0.626 with acronyms and capitalised words only)


def test_silver_labels_mark_only_what_kg_finds_and_leave_the_rest_missing():
    """Silver documents (training/scripts/silver.py) teach the recogniser kg's names without
    teaching it that every other word is not a name: unlabelled tokens are missing, not "O"."""
    from kg.extract import build_pipeline

    sys.path.insert(0, str(ROOT / "training" / "scripts"))
    try:
        from silver import silver_doc
    finally:
        sys.path.pop(0)
    blank = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
    doc = silver_doc(build_pipeline(), blank, "LoRA for OPT", "We fine-tune OPT-1.3B with LoRA and report accuracy on MMLU.")
    assert {("OPT-1.3B", "Model"), ("MMLU", "Benchmark")} <= {(e.text, e.label_) for e in doc.ents}
    outside = [t for t in doc if not t.ent_type_]
    assert outside and all(t.ent_iob_ == "" for t in outside)  # missing, not "O"
