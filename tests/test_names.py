"""Name folding, keys and text normalisation."""
from __future__ import annotations

import hashlib

import pytest

from kg.names import entity_key, fold_name, initials, name_words, normalize_arxiv_id, paper_key, title_hash, word_heads
from kg.normalize import normalize_text


@pytest.mark.parametrize(
    "a, b",
    [
        ("Low-Rank Adaptation", "low rank adaptations"),
        ("LLMs", "LLM"),
        ("in-context learning", "In Context Learning"),
        ("LLaMA-2-7B", "Llama 2 7B"),
        ("The Pile", "the  pile"),
        ("entity-level unlearning", "Entity-Level Unlearning"),
        ("1.3B OPT", "OPT-1.3B"),  # a size written before the name
        ("7B Llama-2", "Llama-2-7B"),
        ("Llamav2-7B", "Llama-2-7B"),  # a version written with a v
        # issue 9's other spellings and variants of them (session 42)
        ("Llamav2", "Llama 2"),
        ("LLaMa-2 7B", "Llama-2-7B"),
        ("Llama-v2-13B", "Llama-2-13B"),
        ("LLaMA2-70B", "Llama-2-70B"),
        ("13B LLaMA-2", "Llama 2 13B"),
        ("2.7B OPT", "OPT-2.7B"),
        ("OPT 6.7B", "OPT-6.7B"),
        ("BIG-Bench", "Big Bench"),
        ("YOLO v3", "YOLOv3"),
        ("MobileNet-V2", "MobileNetV2"),
    ],
)
def test_fold_name_merges_spellings(a, b):
    assert fold_name(a) == fold_name(b)


@pytest.mark.parametrize("a, b", [("OPT", "OPT-IML"), ("GPT-3", "GPT-4"), ("LoRA", "QLoRA"), ("BLEU", "BLEURT"), ("Conv1", "Con 1"), ("3D Gaussians", "Gaussians 3D")])
def test_fold_name_keeps_different_things_apart(a, b):
    assert fold_name(a) != fold_name(b)


def test_entity_keys_follow_schema():
    assert entity_key("Model", "OPT-175B") == "Model:opt-175b"
    assert entity_key("Method", "Low-Rank Adaptations") == "Method:low-rank-adaptation"


@pytest.mark.parametrize(
    "raw, expected",
    [("2205.01068v4", "2205.01068"), ("arXiv:2205.01068", "2205.01068"), ("http://arxiv.org/abs/2205.01068v2", "2205.01068"),
     ("hep-th/9901001v1", "hep-th/9901001"), ("not an id", None), (None, None)],
)
def test_arxiv_ids(raw, expected):
    assert normalize_arxiv_id(raw) == expected


def test_paper_key_prefers_arxiv_id_else_title_hash():
    assert paper_key("Anything", "2205.01068v1") == "arXiv:2205.01068"
    assert paper_key("OPT: Open  Pre-trained", None) == paper_key("opt open pre-trained", None)
    assert paper_key("OPT", None).startswith("title:") and len(title_hash("x")) == 16


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("H$_2$O: Heavy", "H2O: Heavy"),
        ("4$\\times$ faster", "4x faster"),
        ("A &amp; B &lt;x&gt;", "A & B <x>"),
        ("long\u2013dash and\u00a0nbsp", "long-dash and nbsp"),
        # an em dash is a spaced clause dash, glued or not ("Tarn Bank\u2014a corpus" was "Tarn Bank-a corpus");
        # an en dash (a pair or a range) stays a hyphen
        ("the Tarn Bank\u2014a corpus\u2014and", "the Tarn Bank -- a corpus -- and"),
        ("a toolkit \u2014 Quillnet \u2014 for", "a toolkit -- Quillnet -- for"),
        ("English\u2013Tarn, 20\u201330%", "English-Tarn, 20-30%"),
        ("zero\u200bwidth", "zerowidth"),
        ("tab\tand\nnewline  spaces", "tab and newline spaces"),
        ("bell\x07char", "bell char"),
        # markup keeps the name it wraps; links keep their text; citations go
        ("we propose \\textsc{GraphRAG} and {\\bf FooNet}", "we propose GraphRAG and FooNet"),
        ("\\textsc{\\textbf{Nested}} name", "Nested name"),
        ("code: \\href{https://github.com/a/LFS}{LLM-First-Search}.", "code: LLM-First-Search."),
        ("see \\url{https://x.org/a}", "see https://x.org/a"),
        ("BERT \\cite{devlin2019} is", "BERT is"),
        ("$\\textbf{88.2\\%}$ on \\underline{MMLU}", "88.2% on MMLU"),
        # a PDF line break's hyphen: joined only into a known word, hyphenated or solid
        ("we train mod- els on lan- guage data", "we train models on language data"),
        ("Cross- lingual transfer", "Cross-lingual transfer"),
        ("the Wasser- stein distance; Wasserstein GANs", "the Wasserstein distance; Wasserstein GANs"),
        ("pre- and post-training, first- or second-order", "pre- and post-training, first- or second-order"),
        ("foo- barq stays", "foo- barq stays"),
        ("Semi- Supervised GANs with chain-of- thought", "Semi-Supervised GANs with chain-of-thought"),
        ("English- French and Pre- And Post-", "English- French and Pre- And Post-"),
        # a full stop that lost its space before a sentence opener; addresses and dotted names stay
        ("named TableVLM.With a two-stream encoder", "named TableVLM. With a two-stream encoder"),
        ("two classes.In this paper", "two classes. In this paper"),
        ("see github.com/a/b.The end, e.g.The, ASP.NET, Node.js", "see github.com/a/b.The end, e.g.The, ASP.NET, Node.js"),
        # a decimal point followed by a space inside a score after "of"; a year before a new sentence stays
        ("an F1 score of 99. 1% and a rate of 95. 82 %", "an F1 score of 99.1% and a rate of 95.82 %"),
        ("in 2019. 45% of users; Table 3. 45% of", "in 2019. 45% of users; Table 3. 45% of"),
        # math-mode spaces are no text: a product of sizes is one token; prose and letters stay
        ("ImageNet $256\\times 256$ and $512 \\times 512$", "ImageNet 256x256 and 512x512"),
        ("$3\\times$ faster, $n \\times d$, a 3 x 3 kernel", "3x faster, n x d, a 3 x 3 kernel"),
        # a command ends where its letters end ("\\le" is no prefix of "\\left", "\\to" of "\\tool")
        ("image$\\leftrightarrow$text, $\\left(x\\right)$, $a \\le b$", "image<->text, (x), a <= b"),
        ("we build \\tool; $x \\to y$, $W^\\top$", "we build \\tool; x -> y, W\\top"),
        # LaTeX's tie "~" between words is a space: glued to a name it hid the definition "(TFB)" from
        # every rule; "about", a home directory and a spaced range keep their tilde
        ("we propose Training-Free Bayesianization~(TFB), a", "we propose Training-Free Bayesianization (TFB), a"),
        ("data bias (e.g.~label imbalance), Task~Arithmetic", "data bias (e.g. label imbalance), Task Arithmetic"),
        ("a decoder method~\\cite{izacard2021} works", "a decoder method works"),
        ("gets ~391X speedup, $\\sim$5%, 4.35 ~ 6.21, http://x.edu/~mao/p", "gets ~391X speedup, ~5%, 4.35 ~ 6.21, http://x.edu/~mao/p"),
        # a TeX accent is its letter, bare or braced, inside or outside a brace group; a letter accent
        # ("\\c", "\\v") only braced, and no pair Unicode lacks or possessive "\\'s" changes
        ('we adapt the Nystr\\"om method; M\\"{o}biusE and K{\\"{u}}nstliche', "we adapt the Nyström method; MöbiusE and Künstliche"),
        ("Pok\\'eChamp, Pogan\\v{c}i\\'c, na\\\"{\\i}ve, S\\~ao, Fran\\c{c}ois, Erd\\H{o}s", "PokéChamp, Pogančić, naïve, São, François, Erdős"),
        ("\\url{x.org}, the model\\'s output, don\\'t", "x.org, the model\\'s output, don\\'t"),
        # TeX's letters with no base letter: braced, before "{}" or a non-letter; "{\\i}" only braced; a
        # command that goes on in letters ("\\omega", "\\log", "\\label") is none of them
        ("S{\\o}gaard, Wroc{\\l}aw, Polyak-{\\L}ojasiewicz, ma\\ss{}geblich, Bokm{\\aa}l, Sabanc{\\i}",
         "Søgaard, Wrocław, Polyak-Łojasiewicz, maßgeblich, Bokmål, Sabancı"),
        ("an RMSD below 1.6 \\AA. and 0.06~\\AA\\ less, {\\AE}THEL", "an RMSD below 1.6 Å. and 0.06 Å less, ÆTHEL"),
        ("$\\omega + \\log x$ \\label{eq}", "\\omega + \\log x \\labeleq"),
        # a list set off by dashes the text writes as glued hyphens: each dash reads as a comma, the closing
        # one only after a capitalised item whose tail is no name's; no list, no change
        ("three models-Quorvet, BART, and Zentil-on their", "three models, Quorvet, BART, and Zentil, on their"),
        ("three variants-Zentil-7B-Instruct, Quorvet-9B-it, and Mirel-2B-it were", "three variants, Zentil-7B-Instruct, Quorvet-9B-it, and Mirel-2B-it were"),
        ("four scenarios-Basic, Obscured, and Reference-based-investigate", "four scenarios, Basic, Obscured, and Reference-based, investigate"),
        ("on datasets-QA1, QA2 and multi-class data", "on datasets, QA1, QA2 and multi-class data"),
        ("hybrid physics-ML forecasting, and open-source tools; cross-KG embedding, alignment, and", "hybrid physics-ML forecasting, and open-source tools; cross-KG embedding, alignment, and"),
        ("two languages-English and Hindi", "two languages-English and Hindi"),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


def test_an_acronym_ending_in_s_is_not_a_plural():
    """"HANS" (a dataset) is not the plural of "HAN" (hierarchical attention network)."""
    assert fold_name("HANS") != fold_name("HAN")
    assert fold_name("LLMs") == fold_name("LLM")


def test_a_capital_s_after_a_small_letter_is_the_names_own():
    """"CoCoS" (a code-correction method, draw64) folded as the plural of COCO and joined the dataset's node; a capital S
    after a small letter ("TACoS", "MiDaS", "NeuS") is a coined name's letter, a plural's s is small ("CNNs")."""
    assert fold_name("CoCoS") != fold_name("COCO")
    assert fold_name("TACoS") != fold_name("TACO")
    assert fold_name("CNNs") == fold_name("CNN") and fold_name("Transformers") == fold_name("Transformer")
    assert fold_name("EnhanceS") == fold_name("enhance")  # an ordinary word so written (a typo) is the word


@pytest.mark.parametrize("name, other", [("CoCoS", "COCO"), ("ConvPS", "ConvP"), ("BraTS", "BraT"), ("MLaaS", "MLaa"),
                                         ("Hunyuan-TurboS", "Hunyuan-Turbo")])
def test_a_final_capital_s_after_a_letter_is_the_names_own(name, other):
    """Session 64, plural64: a plural is written with a small "s"; a capital S glued to a letter is the
    name's own letter. "CoCoS" folded to "coco" and became an alias of the COCO dataset; "ConvPS" got the
    key Model:convp. Plurals still fold, in capitals too."""
    assert fold_name(name) != fold_name(other)
    assert fold_name(name) == fold_name(name.lower()[:-1] + "S")  # "BraTS" ~ "BRATS" ~ "braTS": case still folds
    assert fold_name("Transformers") == fold_name("Transformer") and fold_name("GANs") == fold_name("GAN")


def test_a_name_with_and_without_its_accents_has_one_key():
    """"Naïve Bayes" and "Naive Bayes" were two keys (the fold kept accents); the key folds them, the
    name shown keeps them."""
    assert fold_name("Naïve Bayes") == fold_name("Naive Bayes") == fold_name("naive bayes")
    assert entity_key("Method", "Nyström method") == entity_key("Method", "Nystrom method") == "Method:nystrom-method"
    assert fold_name("PanGu-α") == "pangu-α"  # a letter of another script stays itself


def test_case_folds_as_casefold_does():
    """``fold_name`` lowered where dedupe casefolds: "Straße" and "Strasse" were two keys of one name."""
    assert entity_key("Dataset", "Straße Scenes") == entity_key("Dataset", "Strasse scenes") == "Dataset:strasse-scene"
    assert fold_name("GPT-3.5 Turbo") == "gpt-3-5-turbo"  # an ASCII name folds as it did


def test_a_title_with_and_without_its_accents_has_one_paper_key():
    """The key of a paper with no arXiv id folds accents and case as ``fold_name`` does: "Naïve …" was
    another key than "Naive …"; an ASCII title keeps the hash it had (lower-cased words joined by spaces)."""
    assert paper_key("Naïve Bayes für Straßen", None) == paper_key("NAIVE bayes fur strassen", None)
    assert paper_key("Naïve Bayes", None) != paper_key("Naive Bayesian", None)
    old = hashlib.sha256(b"opt open pre trained").hexdigest()[:16]
    assert title_hash("OPT: Open Pre-trained") == old


def test_a_names_words_split_at_spaces_and_hyphens_without_empties():
    """One word split for every reader of long forms: a doubled space or a hyphen at an end
    leaves no empty word, and other punctuation stays inside its word."""
    assert name_words(" Sparse-Gated  Routing Layer- ") == ["Sparse", "Gated", "Routing", "Layer"]
    assert name_words("Query/Key Mixing, v2") == ["Query/Key", "Mixing,", "v2"]
    assert name_words(" - ") == []
    assert initials("Mixture-of-Gated  Experts") == ["m", "g", "e"]


def test_the_heads_of_a_names_words_are_first_letters_and_inner_capitals():
    """What a short form's capitals are matched against, in order, for both spelling tests."""
    assert word_heads("Gated  Cross-ModAl Fusion") == ["g", "c", "m", "a", "f"]
    assert word_heads("") == []
