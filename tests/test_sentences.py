"""kg/extract/sentences.py: the kg_sentence_joiner component (sentence boundaries after the sentencizer)."""
import json

import pytest
import spacy

from kg.errors import ConfigError
from kg.extract.sentences import SentenceJoiner  # noqa: F401  (registers kg_sentence_joiner)


def blank_joiner(tmp_path, abbreviations):
    """A blank English pipeline: the sentencizer, then the joiner reading ``abbreviations`` from a lexicon in ``tmp_path``."""
    (tmp_path / "lexicon.json").write_text(json.dumps({"abbreviations_inside_sentences": abbreviations}), encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_sentence_joiner").initialize(data_dir=str(tmp_path))
    return nlp


def sentences(nlp, text):
    return [s.text for s in nlp(text).sents]


def test_the_joiner_reads_its_abbreviations_from_the_lexicon_it_is_given(tmp_path):
    nlp = blank_joiner(tmp_path, ["approx", "et al"])
    assert sentences(nlp, "It gains approx. 4% over it. Smith et al. (2020) agree.") == [
        "It gains approx. 4% over it.", "Smith et al. (2020) agree."]
    # a capital after the stop ends the sentence; an abbreviation not in this lexicon is left to the sentencizer
    assert sentences(nlp, "It gains approx. We report it. See Fig. 1 here.") == ["It gains approx.", "We report it.", "See Fig.", "1 here."]


def test_the_joiner_saves_the_list_it_reads_and_loads_it_back(tmp_path):
    (tmp_path / "data").mkdir()
    nlp = blank_joiner(tmp_path / "data", ["w.r.t", "cf"])
    nlp.to_disk(tmp_path / "pipeline")
    saved = json.loads((tmp_path / "pipeline" / "kg_sentence_joiner" / "lexicon.json").read_text(encoding="utf-8"))
    assert saved == {"abbreviations_inside_sentences": ["cf", "w.r.t"]}
    loaded = spacy.load(tmp_path / "pipeline")
    assert sentences(loaded, "It grows w.r.t. the length. We stop.") == ["It grows w.r.t. the length.", "We stop."]


def test_an_uninitialised_joiner_says_so():
    nlp = spacy.blank("en")
    joiner = nlp.add_pipe("kg_sentence_joiner")
    with pytest.raises(ConfigError, match="not initialized"):
        joiner(nlp.make_doc("It gains approx. 4% here."))


def test_the_pipeline_joins_sentences_before_the_entity_recogniser_reads_them(nlp):
    """config.cfg puts the joiner right after the sentencizer, with the shipped lexicon's list; the
    entity recogniser itself leaves the sentencizer's boundaries as they are."""
    assert nlp.pipe_names[:3] == ["sentencizer", "kg_sentence_joiner", "kg_entity_recognizer"]
    assert ("approx",) in nlp.get_pipe("kg_sentence_joiner").abbreviations
    doc = nlp.get_pipe("sentencizer")(nlp.make_doc("It gains approx. 4% over it."))
    doc = next(iter(nlp.get_pipe("kg_entity_recognizer").pipe([doc])))
    assert len(list(doc.sents)) == 2
    assert len(list(nlp("It gains approx. 4% over it.").sents)) == 1


def test_a_lexicon_the_joiner_cannot_read_is_a_config_error(tmp_path):
    nlp = spacy.blank("en")
    joiner = nlp.add_pipe("kg_sentence_joiner")
    with pytest.raises(ConfigError, match="cannot read lexicon"):
        joiner.initialize(data_dir=str(tmp_path))  # no lexicon.json there
    (tmp_path / "lexicon.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read lexicon"):
        joiner.initialize(data_dir=str(tmp_path))


def test_split_sentences_gives_a_tool_the_sentences_the_recogniser_reads_in_the_pipeline(nlp):
    """Tools that run the entity recogniser alone (tools/annotate/trace_*.py) split with the
    sentencizer and the joiner, as the pipeline does, and run nothing from the recogniser on."""
    from kg.extract.pipeline import make_doc, split_sentences
    from kg.types import Record, Source

    record = Record(title="Faster Decoding", abstract="It gains approx. 4% over GPT-3. We stop.", source=Source("t", 0))
    doc = split_sentences(nlp, make_doc(nlp, record))
    assert [s.text.strip() for s in doc.sents] == ["Faster Decoding", "It gains approx. 4% over GPT-3.", "We stop."]
    assert not doc.ents
    assert [s.text for s in nlp.get_pipe("sentencizer")(make_doc(nlp, record)).sents][1:] == ["It gains approx.", "4% over GPT-3.", "We stop."]


def test_a_config_without_the_joiner_is_a_config_error_that_names_it(tmp_path):
    """A pipeline config written before the joiner existed (session 49) lists the sentencizer and
    then the entity recogniser: ``build_pipeline`` says which kg component is missing, as a
    ConfigError, instead of spaCy's KeyError from ``get_pipe``."""
    from kg.extract.pipeline import DEFAULT_CONFIG, build_pipeline

    text = DEFAULT_CONFIG.read_text(encoding="utf-8").replace('"kg_sentence_joiner", ', "")
    text = text.replace("[components.kg_sentence_joiner]\nfactory = \"kg_sentence_joiner\"\n", "")
    text = text.replace("[initialize.components.kg_sentence_joiner]\ndata_dir = null\n", "")
    assert "kg_sentence_joiner" not in text.split("[nlp]")[1].split("[components")[0]
    (tmp_path / "config.cfg").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="kg_sentence_joiner"):
        build_pipeline(tmp_path / "config.cfg")


def test_the_shipped_list_keeps_an_instance_level_measure_in_its_sentence(nlp):
    """"86.5% Inst. mIoU on ShapeNetPart": "Inst." (instance-level) before a lower-case measure does not
    end the sentence, so the number keeps its measure and its place; a capital after it still does."""
    assert [s.text for s in nlp("PointFoo reaches 86.5% Inst. mIoU on ShapeNetPart and 93.2% accuracy on ScanObjectNN.").sents] == [
        "PointFoo reaches 86.5% Inst. mIoU on ShapeNetPart and 93.2% accuracy on ScanObjectNN."]
    assert len(list(nlp("We report the scores of Inst. We stop here.").sents)) == 2
