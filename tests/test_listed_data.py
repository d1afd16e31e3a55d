"""A name in a list that a plural data noun opens or closes is data (issue 9, "a name has one type"):
the noun counts what the list names, whatever type the recogniser or the span typer gave an item."""
from __future__ import annotations

from kg.extract import extract_papers
from kg.extract.candidates import Candidate
from kg.names import extraction_fold_name as fold_name
from kg.types import Record, Source


def entities(nlp, abstract: str, title: str = "A study") -> set[tuple[str, str]]:
    [paper] = extract_papers(nlp, [Record(title=title, abstract=abstract, source=Source("test", 1))])
    return {(m.text, m.label) for m in paper.mentions}


def listed_data(nlp, text: str, typed: dict[str, str], **given) -> dict[str, str]:
    """``listed_data`` on ``text`` for the one-token names ``typed`` gives their types (as the span typer left them)."""
    recogniser = nlp.get_pipe("kg_entity_recognizer")
    doc = nlp.make_doc(text)
    chosen = [Candidate(t.i, t.i + 1, label, "span_model", **given.get(t.text, {})) for t in doc for label in [typed.get(t.text)] if label]
    return recogniser.listed_data(doc, chosen, {fold_name(name): label for name, label in typed.items()})


def test_a_model_in_a_list_a_data_noun_closes_is_a_dataset(nlp):
    """"on the DAHLIA, IKEA ASM, and Breakfast datasets": the span typer read one item as a Model."""
    text = "Our tracker sets a new state of the art on the Kolpa, Vantrix, and Morrow datasets."
    assert listed_data(nlp, text, {"Kolpa": "Dataset", "Vantrix": "Model", "Morrow": "Dataset"}) == {"vantrix": "Dataset"}
    text = "Our tracker sets a new state of the art on the Kolpa and Vantrix benchmarks."
    assert listed_data(nlp, text, {"Kolpa": "Benchmark", "Vantrix": "Method"}) == {"vantrix": "Benchmark"}


def test_a_model_in_a_list_a_data_noun_opens_with_e_g_is_a_dataset(nlp):
    """"the UHR imagery datasets (e.g., STAR and SODA-A)": the bracket before "e.g." hid the noun."""
    text = "Extensive experiments on aerial imagery datasets (e.g., Kolpa and Vantrix) show gains."
    assert listed_data(nlp, text, {"Kolpa": "Model", "Vantrix": "Model"}) == {"kolpa": "Dataset", "vantrix": "Dataset"}


def test_a_counted_name_after_datasets_comma_such_as_is_a_dataset(nlp):
    """"smaller datasets, such as CC-12M and YFCC-15M": the comma before "such as" hid the noun,
    so the size suffix kept its Model."""
    found = entities(nlp, "Encoders trained with smaller datasets, such as Qorvex-9M and Plimb-3M, are less robust.")
    assert ("Qorvex-9M", "Dataset") in found and ("Plimb-3M", "Dataset") in found


def test_a_list_before_a_data_noun_leaves_short_forms_tasks_and_lone_names_alone(nlp):
    """"AU and FE datasets" (action unit, facial expression), "ASR and TTS datasets" (tasks), "the
    Vantrix datasets" (one name, no list), "our Vantrix and …" (the paper's own)."""
    text = "Here action unit (AU) and facial expression (FE) labels differ, and AU and FE datasets are small."
    assert listed_data(nlp, text, {"AU": "Method", "FE": "Method"}, AU={"long_form": "action unit"}, FE={"long_form": "facial expression"}) == {}
    assert listed_data(nlp, "We pretrain on ASR and TTS datasets.", {"ASR": "Task", "TTS": "Task"}) == {}
    assert listed_data(nlp, "We pretrain Kolpa on the Vantrix datasets.", {"Kolpa": "Model", "Vantrix": "Model"}) == {}
    assert listed_data(nlp, "We test Kolpa and Vantrix on three datasets.", {"Kolpa": "Model", "Vantrix": "Model"}) == {}
    assert listed_data(nlp, "We release Kolpa and Vantrix datasets.", {"Kolpa": "Model", "Vantrix": "Model"},
                       Vantrix={"proposed": True}) == {"kolpa": "Dataset"}


def test_a_sentence_opening_word_before_the_comma_is_no_item(nlp):
    """"Second, WS datasets …": the one name before the noun is no list."""
    assert listed_data(nlp, "It is hard. Second, Vantrix datasets vary in their labels.", {"Vantrix": "Method"}) == {}


def test_a_name_after_a_closed_bracketed_list_or_written_in_lower_case_is_left_alone(nlp):
    """"three benchmarks (A, B, and C), GroupKAN achieves …": the paper's network after the list;
    "New Benchmarks, Fine-Tuning, and Cultural Adjustments": a technique the text writes "fine-tuning"."""
    text = "Evaluated on three benchmarks (Kolpa, Morrow, and Tesk), Vantrix achieves the best IoU."
    assert listed_data(nlp, text, {"Kolpa": "Benchmark", "Morrow": "Benchmark", "Tesk": "Benchmark", "Vantrix": "Model"}) == {}
    text = "Closing the gap with new benchmarks, Distilling, and cultural adjustments. We study distilling for it."
    assert listed_data(nlp, text, {"Distilling": "Method", "distilling": "Method"}) == {}


def test_a_list_after_a_comma_such_as_or_a_bracketed_e_g_is_read_for_methods_too(nlp):
    """"pruning techniques, such as CoFi, …", "NAS methods (e.g., OFA, SPOS, and AutoFormer)": the
    comma or bracket before the opener hid the method noun from ``listed_methods``; a listed model stays."""
    found = entities(nlp, "Our encoder outperforms earlier pruning techniques, such as TorBERT-S and LiteFormer.")
    assert ("TorBERT-S", "Method") in found and ("LiteFormer", "Method") in found
    found = entities(nlp, "It improves two-stage search methods (e.g., OFA, QSPOS, and FlexFormer) across devices.")
    assert ("QSPOS", "Method") in found and ("FlexFormer", "Method") in found and ("OFA", "Model") in found
