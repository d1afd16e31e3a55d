"""Types a name's shape and the words beside it settle, whatever rule found the name.

A coined name that ends in a count of items ("CodeAlpaca-20k") or a million count the text calls data
("VAST-27M") is a Dataset; a one-word name the text scores on ("On ImageNet-256, X achieves …") or
"a subset of" is data, as is an item of the list "datasets," or "benchmarks such as" opens; a coined name that extends a listed model ("LLaVA-UHD v3", "Re-BART",
"MobileCLIP") is a Model, one joined from listed methods ("kNN-CTC") a Method, as is a name typed a Model
in the list "methods such as" opens (``listed_methods``, after the span typer), one typed a Model or Method in a
list a data noun opens or closes data (``listed_data``, after the span typer), and a name that ends in a
capitalised data head ("Nepali-Tamang Parallel Corpus") is data (``named_data_labels``), one that ends in a capitalised
phenomenon head ("The Lazy Neuron Phenomenon") a Task (``named_phenomena``), as is the name a challenge or shared task is
on ("the AIM 2025 Challenge on Inverse Tone Mapping (ITM)", ``event_topic_tasks``), and a name typed a Task that
ends in a listed method of two words or more is that method modified (``modified_listed_methods``). Each test was counted
on span train (its docstring says how often it is right). A mixin of ``EntityRecognizer``: it reads the recogniser's gazetteer (``lookup``), its
``data_label_from_text``, ``task_word_before`` and word sets it loads (``words.model_descriptions``, ``_sized_data_words``,
``words.score_cues``, ``_data_nouns`` (its ``words``, ``dataset_words``, ``benchmark_words`` and ``part_nouns``), ``words.method_list_nouns``, ``words.task_list_nouns``, ``words.conversion_modalities``,
``words.split_words``, ``words.named_data_heads``, ``words.named_benchmark_heads``, ``words.named_phenomenon_heads``, ``words.served_data_head_before``,
``words.event_words``, ``words.event_topic_links``, ``words.shared_task_words``, ``words.event_topic_stops``,
``words.type_heads``, ``words.naming``,
``words.determiners``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.candidates import Candidate
from kg.extract.name_shapes import COUNT_SUFFIX, COUNTED_NAME, MILLIONS_SUFFIX, NAME_SUFFIX_MARKS, SIZE_TOKEN, is_name_token
from kg.extract.model_names import spelled_as_listed
from kg.extract.non_names import DESCRIPTION_END, EDITION_YEAR
from kg.extract.parse import closes_unopened, folded_token_positions, past_bracket, sentence_at, span_text, token_words, words_text
from kg.names import extraction_fold_name as fold_name
from kg.names import name_words

if TYPE_CHECKING:
    from kg.extract.gazetteer_names import GazetteerEntry

CONVERSION_NAME = re.compile(r"([A-Za-z]+)2([A-Za-z]+)")  # "Text2SQL": a task from one kind of input to another
FAMILY_TYPED_RULES = {"coined_name", "title_name", "proposed_name"}  # name rules whose Method is a guess from shape
FINITE_VERBS = frozenset({"is", "are", "was", "can", "will", "achieves", "achieve"})  # the verbs of DESCRIPTION_END: a clause goes on


class ShapeRetypingRules:
    """Retyping rules of the entity recogniser (see the module docstring)."""

    def retyped_by_shape(self, doc: Doc, cand: Candidate) -> Candidate:
        """A candidate as its name's shape and the words around it type it: a listed model's
        extension, a join of listed methods, a counted or sized data name, data a subset or a
        score is of."""
        cand = self.as_sized_data(doc, self.as_counted_data(doc, self.as_family_model(doc, self.as_compound_of_methods(doc, cand))))
        return self.as_evaluated_data(doc, self.as_listed_data(doc, self.as_part_of_data(doc, cand)))

    def as_compound_of_methods(self, doc: Doc, cand: Candidate) -> Candidate:
        """An unlisted hyphen-joined name whose every part is a listed method ("kNN-CTC",
        "CNN-LSTM", "LDA-SVM") is a Method where "the X model" typed it a Model: it is named for
        its techniques, not a trained artefact (span train types such names Method 18 times, Model
        2, Task 1; Method 5 of 7 where the text calls it a model)."""
        if cand.label != "Model" or cand.rule == "gazetteer" or cand.canonical:
            return cand
        text = span_text(doc[cand.start : cand.end])
        parts = text.split("-")
        if " " in text or len(parts) < 2 or self.lookup(text) is not None:
            return cand
        entries = [self.lookup(part) if len(part) >= 2 else None for part in parts]
        if all(entry is not None and entry.label == "Method" for entry in entries):
            return replace(cand, label="Method")
        return cand

    def as_counted_data(self, doc: Doc, cand: Candidate) -> Candidate:
        """A coined name that ends in a count of items and has no parameter count ("CodeAlpaca-20k",
        "EgoCS-400K", "IRSTD-1k") is data, where shape or context typed it a Method, Model or Task
        (span train: 18 of 19 such annotated names are datasets or benchmarks)."""
        if cand.label not in ("Method", "Model", "Task") or cand.rule == "gazetteer" or cand.canonical:
            return cand
        text = words_text(doc, cand.start, cand.end)
        if COUNTED_NAME.match(text) and not any(SIZE_TOKEN.match(seg) and seg[-1] in "BbMm" for seg in text.split("-")):
            return replace(cand, label="Dataset")
        return cand

    def as_sized_data(self, doc: Doc, cand: Candidate) -> Candidate:
        """A name the model shape took for a model by its "-27M", which the words next to it call
        data ("a video caption dataset called VAST-27M", "FaceInstruct-1M, a face-centered
        database"), is a Dataset: "M" counts its items, not parameters (span train: 8 of 9
        annotated names ending in "-<n>M" are datasets). Not a listed model's size ("Pythia-160M").
        An occurrence with no such word beside it takes what the name's other occurrences are
        called, by majority ("DenseWorld-1M: Towards …" in the title, "our DenseWorld-1M dataset"
        later), so one name takes one type (those occurrences are looked up in the Doc's one index of
        folded token texts, ``folded_token_positions``, not found by a walk of the Doc per name). A listed dataset before a million count ("WildChat-4.8M",
        "AudioSet-2M") is that data's release of so many items; before a billion count only where
        the words beside it call it data ("Recap-DataComp-1B for training data"): "NuminaMath-72B",
        "ShareGPT4V-7B" are models named for their data (``listed_data_family``; datasize64)."""
        text = words_text(doc, cand.start, cand.end)
        if cand.rule != "model_shape" or not (suffix := COUNT_SUFFIX.search(text)):
            return cand
        entry = self.lookup(text[: suffix.start()])
        if entry is not None and entry.label == "Model":
            return cand
        as_data = replace(cand, label="Dataset", family=None, variant=None, canonical=None)
        millions = MILLIONS_SUFFIX.search(text) is not None
        listed = self.listed_data_family(text[: suffix.start()])
        if millions and listed:
            return as_data
        if not (millions or listed):
            return cand
        own = self.sized_data_cue(doc, cand.start, cand.end)
        if own is not None:
            return cand if own == "model" else replace(as_data, label="Benchmark") if own == "benchmark" else as_data
        length, texts = cand.end - cand.start, token_words(doc)[0]
        votes = [self.sized_data_cue(doc, i, i + length) for i in folded_token_positions(doc).get(fold_name(texts[cand.start]), ())
                 if i != cand.start and i + length <= len(doc) and texts[i] == texts[cand.start] and words_text(doc, i, i + length) == text]
        if votes.count("data") + votes.count("benchmark") <= votes.count("model"):
            return cand
        return replace(as_data, label="Benchmark") if votes.count("benchmark") > votes.count("data") else as_data

    def sized_names_of_data(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A name the model shape took for a model by its "-6M" whose bare family the same text names
        as data ("GlobalGeoTree: A … Dataset" in the title, "partitioned into GlobalGeoTree-6M for
        model pretraining"; "QUILT: a large-scale vision-language dataset", later "QUILT-1M") is that
        data's release of so many items, whatever word stands beside it: a million count after data's
        own name counts items ("DIM-4.6B", a billion count after the DIM dataset, is a model trained on
        it and stays). Not a listed model's size. Counted: draw68 1, corpus 4 of 245 abstracts that
        write a sized name and its bare family."""
        sized = {n: suffix.start() for n, c in enumerate(found) if c.rule == "model_shape" and c.label == "Model"
                 and (suffix := MILLIONS_SUFFIX.search(words_text(doc, c.start, c.end)))}
        if not sized:
            return found  # most texts: no sized model name, no need to collect the data names
        data_names = {words_text(doc, c.start, c.end) for c in found if c.label in ("Dataset", "Benchmark")}
        out = []
        for n, cand in enumerate(found):
            family = words_text(doc, cand.start, cand.end)[: sized[n]] if n in sized else None
            entry = self.lookup(family) if family in data_names else None
            if family in data_names and not (entry is not None and entry.label == "Model"):
                cand = replace(cand, label="Dataset", family=None, variant=None, canonical=None)
            out.append(cand)
        return out

    def sized_data_cue(self, doc: Doc, start: int, end: int) -> str | None:
        """"model" or "data" by the nearest model description or data word within three words
        before the name or six after it ("a face-centered database"), else ``None``; "benchmark"
        where the next word is a benchmark noun the name heads ("the VidChapters-7M benchmark",
        "on the latest in-domain MIT-10M benchmark": a million-item benchmark, which the model shape
        made a Model; draw68 1, corpus 4 of the 128 abstracts writing "<name>-<n>M benchmark" or
        "… dataset"; the guideline types a collection the text calls a benchmark Benchmark). Only
        right after the name: "X-350M on the GLUE benchmark" is a model scored on another thing."""
        if end < len(doc) and doc[end].lower_ in self._data_nouns.benchmark_words:
            return "benchmark"
        nearest = [t.lower_ for t in reversed(doc[max(0, start - 3) : start])] + [t.lower_ for t in doc[end : end + 6]]
        for word in nearest:
            if word in self.words.model_descriptions:
                return "model"
            if word in self._sized_data_words:
                return "data"
        return None

    def listed_data_family(self, family: str) -> bool:
        """Whether ``family`` (a name before its count) is a listed dataset or benchmark, or ends in
        one after a hyphen ("Recap-DataComp"), spelled as listed ("Math" is no MATH)."""
        for part in (family, family.rpartition("-")[2]):
            entry = self.lookup(part)
            if entry is not None and entry.label in ("Dataset", "Benchmark") and spelled_as_listed(part, entry):
                return True
        return False

    def as_evaluated_data(self, doc: Doc, cand: Candidate) -> Candidate:
        """A one-word coined name the text scores on ("On ImageNet-256, X achieves an FID of
        2.40", "leads on ETH-XGaze by 11.6%") is data where its shape alone typed it a Method
        (span train: of capitalised one-word names after "on"/"in" in a sentence with a score,
        137 are datasets or benchmarks, 5 methods). Not the paper's own name, nor a listed one."""
        if not (cand.label == "Method" or cand.label == "Model" and cand.rule == "coined_name") or cand.rule == "gazetteer" \
                or cand.canonical or cand.proposed or cand.end - cand.start != 1:
            return cand  # (a Model only by the shape rule: "ImageNet-256")
        token = doc[cand.start]
        if not (token.text[:1].isupper() and (any(c.isdigit() or c == "-" for c in token.text) or sum(c.isupper() for c in token.text) >= 2)):
            return cand
        k = cand.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        nxt = doc[cand.end] if cand.end < len(doc) else None
        if k < 0 or doc[k].lower_ not in ("on", "in") or nxt is None or not (nxt.text in (",", ".", "(") or nxt.lower_ in ("by", "with", "and")):
            return cand
        sent = sentence_at(doc, cand.start)
        if not any(t.text.endswith("%") or t.lower_ in self.words.score_cues for t in sent):
            return cand
        j = cand.end  # past a list of names: "on the ToggleObject, PickupObject, and SliceObject subtasks" names tasks
        while True:
            k = j
            while k < sent.end and doc[k].text in (",", "and", "or"):
                k += 1
            if k == j or k >= sent.end or not is_name_token(doc[k]):
                break
            j = k + 1
        head = doc[j] if j < sent.end else None
        if head is not None and head.is_alpha and head.is_lower and not head.is_stop and head.lower_ not in self._data_nouns.words:
            return cand
        return replace(cand, label=self.data_label_from_text(doc, replace(cand, label="Dataset")))

    def as_listed_data(self, doc: Doc, cand: Candidate) -> Candidate:
        """An unlisted name that is an item of the list a data noun opens ("two new datasets, DB18
        and WikiGeo19", "four new benchmarks (HE-R, HE-R+, MBPP-R, and MBPP-R+)", "two public
        fashion benchmarks, i.e., FashionGen and FashionIQ") is data where shape or the recogniser
        typed it a Method or Model: the list names what the noun counts. Tasks stay (">35
        benchmarks, including image generation and ..." lists tasks). A bare comma after the noun
        opens a list only of two names or more ("On public datasets, LightEA has ..." is a clause).
        ``counted_plural_before`` reads one-word coined names so; this takes any rule's name, of
        several words too, after "i.e.," or "such as". Span train: 2 names retyped, both gold
        (FashionGen, ShapeNetV2), and "VGG-Sound" of the gold's "VGG-Sound Source"; 2000 unseen
        abstracts: 2, both data (DB18, Talk2Me)."""
        if cand.label not in ("Method", "Model") or cand.rule == "gazetteer" or cand.canonical:
            return cand
        noun = self.list_noun(doc, cand, self.is_data_noun)
        if noun is None:
            return cand
        label = "Benchmark" if noun.lower_ in self._data_nouns.benchmark_words else "Dataset"
        return replace(cand, label=label, family=None, variant=None)

    def listed_methods(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """Unlisted names typed a Model (by shape, the recogniser or the span typer) that are items
        of the list a plural method noun opens ("node embedding methods such as DeepWalk, LINE,
        and RWJBG", "six quantization methods -- QuIP#, ButterflyQuant, and AQLM"): Methods, as
        the list names what the noun counts (lexicon ``method_list_nouns``; not "architectures"
        or "frameworks", whose items are often models or libraries). The list is read as
        ``as_listed_data`` reads it, and a dash opens it too. Not the paper's own name. Run after
        the span typer, which would otherwise keep its Model."""
        out: dict[str, str] = {}
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if label_of.get(fold) != "Model" or cand.rule == "gazetteer" or cand.canonical or cand.proposed or fold in out:
                continue
            if self.list_noun(doc, cand, self.is_method_noun, dash=True) is not None:
                out[fold] = "Method"
        return out

    def listed_tasks(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """Names typed a Method (not listed in the gazetteer) that are items of the list a plural
        task noun opens ("dialog-based embodied tasks, including Execution from Dialog History
        (EDH)", "two auxiliary tasks, namely word discrimination and word correction"): Tasks, as
        the list names what the noun counts (lexicon ``task_list_nouns``; not "problems", whose
        items are often methods). The list is read as ``as_listed_data`` reads it. Not the paper's
        own name. Run after the span typer, which would otherwise keep its Method."""
        out: dict[str, str] = {}
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if label_of.get(fold) != "Method" or cand.rule == "gazetteer" or cand.proposed or fold in out or self.listed_canonical(cand):
                continue
            if self.list_noun(doc, cand, self.is_task_noun, phrases=True) is not None:
                out[fold] = "Task"
        return out

    def listed_data(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """Unlisted names typed a Model or Method (by the recogniser, shape or the span typer) that are
        items of a list a plural data noun opens ("datasets (e.g., A and B)", ``list_noun``) or closes
        ("on the A, B, and C datasets", ``closing_data_noun``): data, as the noun counts what the list
        names. ``as_listed_data`` reads the opened list before the span typer, which may retype its
        names back. Not a name the paper defines by a long form ("AU and FE datasets": the short forms
        of action unit and facial expression), the paper's own, a listed one, nor one it also writes
        in lower case ("New Benchmarks, Fine-Tuning, and …" in a title; "fine-tuning" in the text). Span train: 2
        names, both gold data (YFCC-15M, MBPP-R+); the session 55 draw: 6, all data (a Model in "the DAHLIA, IKEA
        ASM, and Breakfast datasets"). ``catalogued_data_beside_data`` (name_lists.py), run after it, types a
        catalogued dataset beside data where no data noun makes the list."""
        left_alone = {fold_name(words_text(doc, c.start, c.end)) for c in chosen
                      if c.long_form or c.canonical or c.proposed or c.rule == "gazetteer" or doc[c.start].text.islower()}
        out: dict[str, str] = {}
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if label_of.get(fold) not in ("Model", "Method") or fold in left_alone or fold in out:
                continue
            noun = self.list_noun(doc, cand, self.is_data_noun)
            if noun is not None and any(t.text == ")" for t in doc[noun.i : cand.start]):
                noun = None  # "three benchmarks (A, B, and C), X achieves": the list closed before X
            noun = noun or self.closing_data_noun(doc, cand)
            if noun is not None:
                out[fold] = "Benchmark" if noun.lower_ in self._data_nouns.benchmark_words else "Dataset"
        return out

    def closing_data_noun(self, doc: Doc, cand: Candidate) -> Token | None:
        """The plural data noun right after the last item of a list of two names or more that
        ``cand`` is an item of ("the DAHLIA, IKEA ASM, and Breakfast datasets"), or None. Each later
        item is up to six name-like or capitalised words; a lower-case word ends the list ("ASR and
        TTS speech datasets" are no names of data either way)."""
        items, k = 1, cand.end
        previous = cand.start - 1
        if previous > 1 and doc[previous].lower_ in (",", "and", "or"):
            before = doc[previous - 1 if doc[previous - 1].text != "," else previous - 2]
            if list_item_word(before) and not before.is_stop and not before.is_sent_start and doc[before.i - 1].text not in (".", "!", "?"):
                items += 1  # (not "Second, X datasets": a sentence's opening word is no item)
        while k < len(doc):
            if self.is_data_noun(doc, k):
                return doc[k] if items >= 2 else None
            if doc[k].lower_ not in (",", "and", "or"):
                return None
            while k < len(doc) and doc[k].lower_ in (",", "and", "or"):
                k += 1
            start = k
            while k < len(doc) and k - start < 6 and list_item_word(doc[k]) and not doc[k].is_stop and not self.is_data_noun(doc, k):
                k += 1
            if k == start:
                return None
            items += 1
        return None

    def conversion_tasks(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """A name written "<from>2<to>" whose two sides are kinds of input and output ("Text2SQL",
        "NL2Code", "Music2Dance"; lexicon ``conversion_task_modalities``, whole words, any case)
        is the conversion task, where shape, the recogniser or the span typer typed it otherwise:
        span train's gold types every such name a Task (NL2Code, NL2SQL, Text2Cypher, text2code,
        Music2Dance), while names with another side are methods or models ("Chart2Code",
        "Word2Vec", "Audio2Face"). Not a listed name."""
        out: dict[str, str] = {}
        for cand in chosen:
            text = words_text(doc, cand.start, cand.end)
            fold = fold_name(text)
            if label_of.get(fold) in (None, "Task") or cand.rule == "gazetteer" or cand.canonical:
                continue
            match = CONVERSION_NAME.fullmatch(text)
            if match and match.group(1).lower() in self.words.conversion_modalities and match.group(2).lower() in self.words.conversion_modalities:
                out[fold] = "Task"
        return out

    def listed_canonical(self, cand: Candidate) -> bool:
        """The gazetteer lists the name ``cand`` stands for (its ``canonical``); a paper's own short
        form stands for an unlisted long form. A listed name written as such is a ``gazetteer``
        candidate, which callers check themselves."""
        return cand.canonical is not None and self.lookup(cand.canonical) is not None

    def is_task_noun(self, doc: Doc, i: int) -> bool:
        """"tasks", "subtasks": a plural noun that counts tasks."""
        return doc[i].lower_ in self.words.task_list_nouns

    def named_data_labels(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """An unlisted name of two words or more that ends in a capitalised data head ("Nepali-Tamang
        Parallel Corpus", "Turku Paraphrase Corpus"; lexicon ``named_data_heads``) is data, where the
        recogniser or a cue typed it a Method, Model, Task or Metric: a Benchmark if the head is a
        benchmark head ("Bench", "Suite"; lexicon ``named_benchmark_heads``), else a Dataset. Run after the
        span typer, which would otherwise keep its type, and after ``valued_measures``: "the Turku
        Paraphrase Corpus of 100,000 … pairs" gives the corpus's size, not a measure's value. Span train:
        no firing (its gold types all 41 such names Dataset or Benchmark); an unseen draw (session 48,
        nodes48): 2, both right. Also a long form the text defines a short form for ("the Saarbrücken Voice
        Database (SVD)", whose short form a listed method shares) and one word with a dataset head glued on
        ("MAGACorpus"), with its short form or long form; not a head after "for" / "over" / "to" ("a Web
        Interface for Database"), where it is what the name serves, nor a defined "… Suite (X)", a tool as
        often (nodes58: unseen text 34 right, 1 wrong, 2 neutral; eval/nodes58/firings.tsv)."""
        out: dict[str, str] = {}
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            head = self.named_data_head(doc, cand)
            if (label_of.get(fold) not in ("Method", "Model", "Task", "Metric") or cand.rule == "gazetteer" or head is None
                    or cand.canonical and (cand.rule not in ("abbreviation", "local_abbreviation") or head == "Suite")):
                continue  # "the Tree Ring Analyzer Suite (TRAS)", "… Learning Suite (ICLS)": software as often as data
            out[fold] = "Benchmark" if head in self.words.named_benchmark_heads else "Dataset"
            for other in (cand.long_form, cand.canonical):
                if other:
                    out[fold_name(other)] = out[fold]  # "Saarbrücken Voice Database (SVD)": one thing
        return out

    def named_data_head(self, doc: Doc, cand: Candidate) -> str | None:
        """The capitalised data head that ends the name: its last word after two words or more ("… Parallel
        Corpus"), or a dataset head glued to one word after a name's stem ("MAGACorpus", "OpenCorpus"; not a
        benchmark head: "NERSuite", "LoRASuite" are a tool and a method); None after a word of
        ``served_data_head_before`` ("for", "over", "to", "of": "Natural Language Web Interface for Database"),
        where the name is no data."""
        last = doc[cand.end - 1].text
        if cand.end - cand.start >= 2 and last in self.words.named_data_heads:
            return None if doc[cand.end - 2].lower_ in self.words.served_data_head_before else last
        if cand.end - cand.start == 1:
            return next((h for h in self.words.named_data_heads - self.words.named_benchmark_heads if last.endswith(h) and len(last) - len(h) >= 2
                         and last[-len(h) - 1].isalnum() and last[0].isupper()), None)
        return None

    def named_phenomena(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """An unlisted capitalised name of two words or more that ends in a capitalised phenomenon head
        ("The Lazy Neuron Phenomenon", "the Factorization Curse"; lexicon ``named_phenomenon_heads``) is a
        Task where the recogniser or a name rule typed it a Method or Model: the guideline types the
        phenomena and failure modes a paper names Task (ADDRESSES), and no technique is named for its
        effect. With its defined short form or long form. Span train: 1 firing, gold Task; the session 60
        draw: 2, both phenomena; 300 corpus abstracts that write such a name: see ``eval/typing60/``."""
        out: dict[str, str] = {}
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if (label_of.get(fold) not in ("Method", "Model") or cand.rule == "gazetteer" or cand.end - cand.start < 2
                    or not self.ends_in_a_phenomenon_head(doc, cand) or not doc[cand.start].text[:1].isupper()
                    or self.lookup(words_text(doc, cand.start, cand.end)) is not None):
                continue
            out[fold] = "Task"
            for other in (cand.long_form, cand.canonical):
                if other:
                    out[fold_name(other)] = "Task"  # "Lazy Neuron Phenomenon (LNP)": one thing
        return out

    def ends_in_a_phenomenon_head(self, doc: Doc, cand: Candidate) -> bool:
        """The name's last word is a capitalised phenomenon head as written ("… Curse", not "… curse"):
        ``named_phenomena`` types such a name a Task, and the recogniser's abstract-only Tasks so ending
        stay (``EntityRecognizer.unheaded_recognised_tasks``)."""
        return doc[cand.end - 1].text in self.words.named_phenomenon_heads

    def event_topic_tasks(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """An unlisted capitalised name right after a challenge or shared task and its link ("the AIM 2025
        Challenge on Inverse Tone Mapping (ITM)", "a shared task on Evaluating the Rationales of Amateur Investors
        (ERAI)", "the WASSA 2022 shared task on Personality Prediction (PER)"; lexicon ``event_words``, capitalised,
        with "on", ``shared_task_words`` in any case with a word of ``event_topic_links``) is the task the event is
        on: a Task where the recogniser or a name rule typed it a Method, Model, Dataset, Benchmark or Metric, as
        which the paper proposed or used it ("Inverse Tone Mapping" PROPOSES in a challenge report). With its
        defined short form or long form. Not one word ("the 4th Shared Task on SlavNER", "Shared Task on COVID and
        Sign Language": the event's own name or its domain), nor a name a mention of which is placed as the
        event's venue or data (``names_an_event_place``: "built upon the … Quality Assessment (ISRGen-QA) dataset",
        "a competition for the AutoML conference 2023"), nor a means named for a task ("a shared task on Bandit
        Learning for Machine Translation"), nor a name glued to the event word ("ARC-Challenge for Llama-3").
        Span train: no firing (its gold types all 8 such names Task, which kg already does); unseen text:
        eval/fresh69/ (session 69)."""
        hits: set[str] = set()
        for cand in chosen:
            text = words_text(doc, cand.start, cand.end)
            if (label_of.get(fold_name(text)) in (None, "Task") or not self.after_an_event_topic_cue(doc, cand.start)  # the rare cue first
                    or not self.unlisted_capitalised(cand, text) or sum(t.is_alpha for t in doc[cand.start : cand.end]) < 2
                    or cand.end < len(doc) and doc[cand.end].lower_ == "for"):
                continue
            hits.add(fold_name(text))
            hits.update(fold_name(other) for other in (cand.long_form, cand.canonical) if other)  # "Inverse Tone Mapping (ITM)": one thing
        for cand in chosen:
            if any(other and fold_name(other) in hits for other in (cand.long_form, cand.canonical)):
                hits.add(fold_name(words_text(doc, cand.start, cand.end)))  # the short form written again later
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if fold in hits and self.names_an_event_place(doc, cand.end):
                hits -= {fold} | {fold_name(other) for other in (cand.long_form, cand.canonical) if other}
                hits -= {fold_name(words_text(doc, c.start, c.end)) for c in chosen if fold_name(c.long_form or c.canonical or "") == fold}
        return {fold: "Task" for fold in hits if label_of.get(fold) not in (None, "Task")}

    def unlisted_capitalised(self, cand: Candidate, text: str) -> bool:
        """A name no gazetteer entry lists, as written or through its canonical name, opening with a capital."""
        return cand.rule != "gazetteer" and not self.listed_canonical(cand) and text[:1].isupper() and self.lookup(text) is None

    def after_an_event_topic_cue(self, doc: Doc, start: int) -> bool:
        """The words before ``start`` are a capitalised event word ("Challenge", "Competition") and "on", or a
        shared-task phrase and a link of ``event_topic_links``, with at most one determiner before the name; the
        event word not glued to a word before it ("ARC-Challenge"). A lower-case "challenge on" is a difficulty as
        often, and "Competition for" says what the competition serves ("A Data-Centric AI Competition for
        Cross-Team Validation …", the paper's own evaluation paradigm)."""
        k = start - 1
        if k >= 0 and doc[k].lower_ in self.words.determiners:
            k -= 1
        if k < 1 or doc[k].lower_ not in self.words.event_topic_links:
            return False
        if any(len(words) <= k and tuple(t.lower_ for t in doc[k - len(words) : k]) == words for words in self.words.shared_task_words):
            return True
        event = doc[k - 1]
        return (doc[k].lower_ == "on" and event.text[:1].isupper() and event.lower_ in self.words.event_words
                and (event.i == 0 or doc[event.i - 1].whitespace_ != ""))

    def names_an_event_place(self, doc: Doc, end: int) -> bool:
        """After a name (and its bracketed short form) comes what makes it the event's venue or data, no task:
        a word of ``event_topic_stops``, a data noun, a number or an edition's year."""
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3
        if end >= len(doc):
            return False
        after = doc[end]
        return after.lower_ in self.words.event_topic_stops or after.lower_ in self._data_nouns.words or after.like_num or bool(EDITION_YEAR.match(after.text))

    def modified_listed_methods(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> list[str]:
        """Names typed Task that end in a listed method of two words or more ("Multi-Modal
        Retrieval-Augmented Generation", "Wavelet Low Rank Adaptation", "transductive conformal
        prediction"): a modified method, though its head ("generation", "prediction") reads as a
        task's. Span train's gold types such names Method 584 times, Task 24, Model 19. Not a name
        listed as it stands, nor one "the problem of" opens ("the problem of differentially private
        empirical risk minimization (DP-ERM)": the problem studied), nor a listed short form's
        capitals written in lower case ("point map estimation" is no MAP estimation)."""
        out = []
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if label_of.get(fold) != "Task" or cand.end - cand.start < 3 or self.lookup(span_text(doc[cand.start : cand.end])) is not None or (
                    self.task_word_before(doc, cand.start)):
                continue
            for k in range(cand.start + 1, cand.end - 1):
                tail = span_text(doc[k : cand.end])
                entry = self.lookup(tail) if doc[k - 1].text != "-" and len(re.split(r"[\s\-]+", tail)) >= 2 else None
                if entry is not None and entry.label == "Method" and written_in_its_capitals(tail, entry):
                    out.append(fold)
                    break
        return out

    def data_by_its_noun(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """Unlisted names typed a Model, Method, Task or Metric (by shape, the recogniser or the span typer)
        that a singular or plural data noun stands right before ("the egocentric dataset X", "the public
        dataset X", ``data_noun_right_before``) or that an apposition calls data ("we construct X-5B, a
        large-scale land use dataset featuring …", ``apposition_calls_data``): data, a Benchmark where the
        noun is a benchmark word. Not a name that modifies a type word of its own ("a benchmark DNER
        dataset"), nor one in lower case. Run after the span typer, which would keep its type; the noun
        places the name for ``unplaced_recognised_data``. The session 56 draw: 9 names, all data; span
        train: 2, both gold data; a probe of the session 53-55 draws: see ``eval/nodes56/firings.tsv``."""
        out: dict[str, str] = {}
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            first = doc[cand.start].text[:1]
            if (label_of.get(fold) not in ("Model", "Method", "Task", "Metric") or cand.rule == "gazetteer" or not (first.isupper() or first.isdigit())
                    or self.lookup(cand.canonical or words_text(doc, cand.start, cand.end)) is not None or self.modifies_a_type_word(doc, cand.end)):
                continue
            noun = self.data_noun_right_before(doc, cand.start) or self.apposition_calls_data(doc, cand.start, cand.end)
            if noun is not None:
                out[fold] = "Benchmark" if noun.lower_ in self._data_nouns.benchmark_words else "Dataset"
                for other in (cand.long_form, cand.canonical):
                    if other:
                        out[fold_name(other)] = out[fold]  # "Long Form (LF), the first dataset …": one thing
        return out

    def modifies_a_type_word(self, doc: Doc, end: int) -> bool:
        """A type word right after the name, past its bracket ("benchmark DNER datasets", "a benchmark
        Question Answering (QA) dataset"): the name says what the data is for, it names no data."""
        end = past_bracket(doc, end, reach=8)
        return end < len(doc) and doc[end].lower_ in self.words.type_heads

    def data_noun_right_before(self, doc: Doc, start: int) -> Token | None:
        """The lower-case data noun right before a name, itself after a determiner or a content word:
        "on the egocentric dataset X", "the benchmark X" — not the verb ("to benchmark X", "We
        systematically benchmark X"), nor the tail of a word ("cross-dataset X")."""
        if start < 2:
            return None
        noun, before = doc[start - 1], doc[start - 2]
        if not self.is_data_head(noun) or not noun.whitespace_ or not before.whitespace_ or not before.is_alpha:
            return None
        if before.lower_ in self.words.determiners:
            return noun
        if before.is_stop or before.lower_.endswith("ly") or noun.text in self._data_nouns.benchmark_words and before.lower_.endswith("s"):
            return None  # "our experiments benchmark X": the verb after its subject
        return noun

    def is_data_head(self, token: Token) -> bool:
        """"dataset", "corpora", "benchmark" in lower case: a noun that says data (not "suite", which
        holds tools as often)."""
        return token.text in self._data_nouns.dataset_words or token.text in self._data_nouns.benchmark_words and token.text != "suite"

    def apposition_calls_data(self, doc: Doc, start: int, end: int) -> Token | None:
        """The data noun that heads the apposition after a name: ", a/an … dataset", ", the first
        benchmark" (the first data noun of ``description_tokens``, the walk ``descriptions`` reads, after a
        comma), nothing after it that goes on the noun phrase ("…, a dataset featuring …", "…, a
        benchmark for …"; not "…, a dataset distillation method", "…, the dataset is …", "…, a dataset
        and fine-tuned model", nor "corpus-based"); not just after "of", where a list of contributions runs."""
        found = self.description_tokens(doc, start, end)
        if found is None or doc[found[0] - 1].text != ",":
            return None
        if any(t.lower_ == "of" for t in doc[max(0, start - 2) : start]):
            return None  # "a taxonomy of (Chinese) X, a realistic benchmark …, and …": the list of what the paper offers
        opener, tokens = found
        token = next((t for t in tokens if self.is_data_head(t)), None)
        if token is None:
            return None
        k = token.i
        following = doc[k + 1] if k + 1 < len(doc) else None
        if doc[opener].lower_ == "the" and k == opener + 1 or following is not None and following.lower_ in self.words.naming:
            return None  # "Using X, the dataset is …", "To evaluate X, a dataset called Y …": a clause's subject
        if following is not None and following.lower_ in ("and", "or") and any(
                self.words.type_heads.get(t.lower_) in ("Model", "Method") for t in doc[k + 2 : k + 6]):
            return None  # "X, a dataset and fine-tuned model that …": the name is the model too
        if following is None or following.is_punct and following.text not in ("-", "/") or (
                following.lower_ in DESCRIPTION_END and following.lower_ not in FINITE_VERBS) or (
                following.lower_.endswith(("ing", "ed"))):
            return token
        return None

    def is_method_noun(self, doc: Doc, i: int) -> bool:
        """"methods", "algorithms", "techniques": a plural noun that counts methods."""
        return doc[i].lower_ in self.words.method_list_nouns

    def list_noun(self, doc: Doc, cand: Candidate, is_noun, dash: bool = False, phrases: bool = False):
        """The noun whose list ``cand`` is an item of ("datasets such as A, B", "benchmarks (A, B)",
        "benchmarks, i.e., A and B", "datasets (e.g., A and B)", "datasets, such as A", "datasets, A and B"), as
        ``is_noun`` accepts it, or None. The
        walk goes back over earlier items (each up to six tokens, opening with a name-like or
        capitalised word, no stop word). A bare comma after the noun opens a list only of two
        names or more; with ``dash``, "--" opens one too. With ``phrases`` (lists of tasks), an
        item may open with a lower-case word ("word discrimination and word correction") and a
        comma may stand between the noun and its opener ("tasks, including X"), a colon opens none and
        a comma after the item that "and" opened ends the list."""
        openers = ("(", ":", "including", "namely", "like", "--", "—") if dash else ("(", ":", "including", "namely", "like")
        if phrases:
            openers = tuple(o for o in openers if o != ":")  # "Vision Tasks: The RepKAN Approach" opens no list
        k, items, separators = cand.start - 1, 1, []
        while True:
            if k >= 0 and doc[k].lower_ == "the":
                k -= 1
            if k < 1:
                return None
            opener = doc[k].lower_
            if opener in openers or (opener == "as" and doc[k - 1].lower_ == "such"):
                noun = doc[k - 2] if opener == "as" else doc[k - 1]
                if opener == "as" and noun.text == "," and noun.i > 0:
                    noun = doc[noun.i - 1]  # "smaller datasets, such as X"
                if phrases and noun.text == "," and opener != "(" and noun.i > 0:
                    noun = doc[noun.i - 1]  # "tasks, including X"
                break
            if opener == "," and doc[k - 1].lower_ in ("i.e.", "e.g.", "i.e", "e.g"):
                j = k - 2 if doc[k - 2].text not in (",", "(") else k - 3  # "benchmarks, i.e., X", "datasets (e.g., X"
                opener, noun = "i.e.", doc[max(j, 0)]
                break
            if opener not in (",", "and") or phrases and opener == "and" and separators[:1] == [","]:
                return None  # (with ``phrases``: "…, and common sense generation, AR-Diffusion …" is past the list's end)
            separators.append(opener)
            j = k - 1 if not (opener == "and" and doc[k - 1].text == ",") else k - 2
            if opener == "," and j >= 0 and is_noun(doc, j):
                noun = doc[j]
                break
            start = j  # the item before: up to six tokens back to a separator, opened by a name-like word
            while start > 0 and j - start < 6 and doc[start - 1].lower_ not in LIST_BREAKS and doc[start - 1].lower_ not in openers \
                    and not is_noun(doc, start - 1):
                start -= 1
            if j < 0 or not (list_item_word(doc[start]) or phrases and doc[start].is_alpha) or any(t.is_stop for t in doc[start : j + 1]):
                return None
            k, items = start - 1, items + 1
        if not is_noun(doc, noun.i):
            return None
        if opener == "," and items < 2 and not next_item_follows(doc, cand.end):
            return None
        if opener == "(" and closes_before(doc, k, cand.start):
            return None  # "tasks (addition, replacement, removal), CannyEdit outperforms …": past the bracket's list
        return noun

    def is_data_noun(self, doc: Doc, i: int) -> bool:
        """"datasets", "benchmarks", "corpora", "data sets": a plural noun that counts data."""
        word = doc[i].lower_
        if word == "sets" and i > 0 and doc[i - 1].lower_ == "data":
            return True
        plural = word.endswith("s") and word != "corpus" or word == "corpora"
        return plural and word in self._data_nouns.words

    def as_part_of_data(self, doc: Doc, cand: Candidate) -> Candidate:
        """A coined name after "a subset of", "the test split of" is data, where shape or context
        typed it a Method, Model or Task ("leads on a subset of ETH-XGaze"; span train: 15 of 16
        names after "subset(s) of", 3 of 3 after "test set of" are datasets or benchmarks)."""
        if cand.label not in ("Method", "Model", "Task") or cand.rule == "gazetteer" or cand.canonical:
            return cand
        k = cand.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].lower_ != "of":
            return cand
        part = doc[k - 1].lower_
        if part in self._data_nouns.part_nouns or (part in ("set", "sets") and k >= 2 and doc[k - 2].lower_ in self.words.split_words):
            return replace(cand, label="Dataset")  # (Benchmark where later steps read the sentence so)
        return cand

    def as_family_model(self, doc: Doc, cand: Candidate) -> Candidate:
        """A coined name that extends a listed model's name ("LLaVA-UHD v3", "ViT-UHD",
        "CLIP-ViT", "Baichuan-Omni", "Re-BART") is a Model where its shape alone typed it a Method: span
        train types such names Model 31 times, Method 5, Dataset 2."""
        text = words_text(doc, cand.start, cand.end)
        if cand.rule == "coined_name" and cand.label != "Model" and "-" in text:
            family, _, rest = text.partition("-")
            entry = self.lookup(family)
            if entry is not None and entry.label == "Model" and all(any(c.isdigit() for c in seg) for seg in rest.split("-")):
                return replace(cand, label="Model")  # "InstructGPT-001", "OpenAI-o1-1217": a listed model's checkpoint
        if cand.label != "Method" or cand.rule not in FAMILY_TYPED_RULES:
            return cand
        prefix = text.split("-", 1)[0] if "-" in text.split(" ", 1)[0] else ""
        if text.rstrip("".join(NAME_SUFFIX_MARKS)) != text:
            prefix = text.rstrip("".join(NAME_SUFFIX_MARKS))  # "RT-DETR++" improves the listed RT-DETR
        entry = self.lookup(prefix) if len(prefix) >= 2 else None
        if entry is None or entry.label != "Model":
            entry = self.listed_model_suffix(text)
        if entry is None or entry.label != "Model":
            entry = self.glued_model_suffix(text)
        if entry is None or entry.label != "Model" or self.lookup(text) is not None:
            return cand
        return replace(cand, label="Model")

    def listed_model_suffix(self, text: str) -> GazetteerEntry | None:
        """The listed model a hyphenated name ends in, spelled as listed: "Re-BART", "PMC-CLIP",
        "TwHIN-BERT" adapt BART, CLIP and BERT (span train types such names Model 21 times,
        Method 4); not "QT-Opt" or "fast-align", whose last word only folds to a model's name."""
        if " " in text or "-" not in text:
            return None
        parts = text.split("-")
        for cut in range(1, len(parts)):  # the longest listed ending first: "iSRL-Qwen2-VL" ends in Qwen2-VL
            last = "-".join(parts[cut:])
            entry = self.lookup(last) if len(last) >= 2 else None
            if entry is not None and last in (entry.name, *entry.aliases):
                return entry
        return None

    def glued_model_suffix(self, text: str) -> GazetteerEntry | None:
        """The listed model a one-word name ends in, glued on ("StableLLaVA", "MobileCLIP",
        "BiomedGPT", "LViT"): span train types unlisted such names Model 36 times, Method 13."""
        if " " in text or "-" in text:
            return None
        for cut in range(2, len(text) - 2):  # the longest listed ending first
            tail = text[cut:]
            if not tail[0].isupper():
                continue
            entry = self.lookup(tail)
            if entry is not None and entry.label == "Model" and tail in (entry.name, *entry.aliases):
                return entry
        return None


LIST_BREAKS = frozenset({",", "and", "or", "(", ")", ":", ";", "as", "including", "namely", "like", "the"})


def closes_before(doc: Doc, opener: int, start: int) -> bool:
    """The bracket opened at ``opener`` closes before ``start``: a name after "(a, b, c)," is
    no item of the bracketed list, though the walk back over commas reaches its opener
    ("On real-world image editing tasks (addition, replacement, removal), CannyEdit outperforms
    …" typed the paper's own CannyEdit a Task). A bracket inside an item ("(A (x), B)") closes
    only itself."""
    return closes_unopened(token.text for token in doc[opener + 1 : start])


def list_item_word(token) -> bool:
    """A word of a list item: name-shaped or capitalised ("MBPP-R+", "Flickr", "IMC PhotoTourism")."""
    return is_name_token(token) or token.text[:1].isupper() or token.text[:1].isdigit()


def next_item_follows(doc: Doc, end: int) -> bool:
    """", B" or " and B" after a name: it is not the list's only item."""
    k = end
    while k < len(doc) and doc[k].lower_ in (",", "and", "the"):
        k += 1
    return k > end and k < len(doc) and list_item_word(doc[k])


def written_in_its_capitals(text: str, entry: GazetteerEntry) -> bool:
    """Whether a listed name's all-capital words ("MAP" of "MAP estimation") are capitals in ``text``
    too, in each of its spellings that ``text`` folds to: "map estimation" is no MAP estimation."""
    folded = fold_name(text)
    words = set(name_words(text))
    for spelling in (entry.name, *entry.aliases):
        if fold_name(spelling) != folded:
            continue
        capitals = [w for w in name_words(spelling) if len(w) >= 2 and w.isalpha() and w.isupper()]
        if any(w not in words for w in capitals):
            return False
    return True

