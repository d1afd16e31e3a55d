"""The type of each resolved name, settled after ``resolve``: the span typer's review and what the text calls the name.

``typed_labels`` takes each name's best label (reviewed by the learned span typer); ``described_labels``,
``claimed_systems``, ``valued_measures``, ``sized_families`` and ``architecture_variants`` retype a name by the
words that describe it ("X, a benchmark for …", "our system X", "X of 7B").
A mixin of ``EntityRecognizer`` (kg.extract.entities).
"""

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.candidates import Candidate, RULE_PRIORITY
from kg.extract.non_names import DESCRIPTION_END
from kg.extract.parse import past_bracket, sentence_at, span_text, words_text
from kg.extract.retyping import FAMILY_TYPED_RULES
from kg.extract.span_typer import name_features, NameGroup, NO_NAME
from kg.names import extraction_fold_name as fold_name

SHAPE_TYPED_RULES = FAMILY_TYPED_RULES | {"span_model"}  # rules whose Method may be no more than the name's look (sized_families)
OWN_MARKERS = frozenset({"our", "proposed", "novel", "new"})  # "our model, X", "a novel model called X"
NEW_DATA_MARKERS = frozenset({"new", "novel"})  # "a new dataset, X": the noun before an own name types it as data
TITLED_PHRASE_REPEATS = 3  # a phrase the title names and the paper writes this often is its subject (titled_and_repeated)


def hyphen_joined(doc: Doc, token) -> bool:
    """"end-to-end", "sequence-to-sequence": a word between hyphens is inside a compound."""
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "-" and doc[token.i + 1].text == "-"


def ends_a_phrase(doc: Doc, token) -> bool:
    """"(a … MLLM) tailored for", "(a … model) trained on": a participle that starts what
    follows a noun phrase, not a modifier inside it ("a talking head generation model")."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.lower_.endswith(("ed", "ing")) and (following is None or following.is_punct or following.lower_ in DESCRIPTION_END)


class DescribedTypeRules:
    """The typing after resolve of the entity recogniser (see the module docstring).

    It reads the recogniser's attributes ``_data_nouns`` (its ``words``, ``benchmark_words`` and ``dataset_words``), ``_described_benchmarks``,
    ``_studied_generic`` and ``span_typer``; its word lists ``words.ability_heads``, ``words.architecture_families``, ``words.claim_blockers``, ``words.container_nouns``, ``words.determiners``,
    ``words.method_descriptions``, ``words.model_descriptions``, ``words.model_release_containers``, ``words.named_data_heads``, ``words.naming``,
    ``words.novelty``, ``words.postnominal``, ``words.setting_apposition_stops``, ``words.setting_appositions``, ``words.statistical``, ``words.study_nouns``, ``words.system_claim_verbs``, ``words.task_heads``,
    ``words.task_stop``, ``words.title_evaluation_words`` and
    ``words.type_heads`` (``words``, the lexicon's ``RecogniserWords``); and its methods ``_bare_task_head``, ``data_head_before_for``,
    ``in_propose_context``, ``label_from_head``, ``lookup``, ``naming_as``, ``task_example``, ``titles_an_evaluation`` and
    ``valued_recognised_measure`` (of ``MetricNameRules``).
    """

    def typed_labels(self, doc: Doc, chosen: list[Candidate], best_label: dict[str, Candidate]) -> dict[str, str | None]:
        """The span typer's type (None: not a name) for each name a rule it reviews found.

        Each spelling is scored on its own occurrences (as the typer was trained); a short
        form and its long form ("Sign Language Production (SLP)") then take one decision, on
        their averaged scores."""
        by_fold: dict[str, list[Candidate]] = {}
        for cand in sorted(chosen, key=lambda c: c.start):
            by_fold.setdefault(fold_name(words_text(doc, cand.start, cand.end)), []).append(cand)
        scores: dict[str, dict[str, float]] = {}
        joined: dict[str, list[str]] = {}
        for fold, cands in by_fold.items():
            top = best_label[fold]
            if not self.typer_reviews(words_text(doc, top.start, top.end), top.rule, self.span_typer.rules):
                continue
            long_form = next((c.long_form for c in cands if c.long_form), None)
            group = NameGroup([(c.start, c.end) for c in cands], top.label, top.rule, long_form=long_form,
                              proposed=any(c.proposed for c in cands), canonical=top.canonical)
            scores[fold] = self.span_typer.scores(name_features(doc, group))
            joined.setdefault(fold_name(long_form or fold), []).append(fold)
        out: dict[str, str | None] = {}
        for folds in joined.values():
            mean = {k: sum(scores[f][k] for f in folds) / len(folds) for k in scores[folds[0]]}
            top = max((best_label[f] for f in folds), key=lambda c: RULE_PRIORITY[c.rule])
            label = self.span_typer.decide([], top.label, mean)
            if top.rule == "method_phrase" and max(mean, key=mean.get) == NO_NAME:
                label = None  # a guess from a head word ("cross-lingual learning") that reads as no name more than as any type
            if top.rule == "method_phrase" and label == "Task":
                # the head word says technique, the typer task: outside its training sample such names were
                # gold Tasks 4 times in 15 (Methods 4: "momentum contrastive learning"; no name 7: "End-to-end optimization")
                label = None
            if top.label == "Metric" and label in ("Task", "Model", "Dataset", "Benchmark"):
                # a measure the typer reads as a problem or an artefact ("readability", "calibration", "decision
                # time"): span train (its training sample) 1 such retyping right in 14, so the rules' Metric stays
                label = top.label
            if top.rule == "abbreviation" and top.long_form and top.label == self.data_head_before_for(top.long_form):
                label = top.label  # "Bias Benchmark for Generation (BBG)": the head before "for" says benchmark (read as Task / Method)
            if label is None and self.recognised_method(doc, top):
                label = top.label
            if label is None and top.label == "Metric" and self.valued_recognised_measure(doc, [c for f in folds for c in by_fold[f]]):
                label = "Metric"  # "a mean angular error of 2.04": a number given to it says it is measured
            if label is None:
                label = self.typed_by_its_definition(top)
            if label is None and self.titled_and_repeated(doc, [c for f in folds for c in by_fold[f]], top):
                label = max((k for k in mean if k != NO_NAME), key=mean.get)  # the typer's best type past its doubt
            if label is None and top.rule == "task_phrase" and any(
                    c.end - c.start == 1 and self._bare_task_head(doc[c.start]) and self.task_example(doc, c.start) for f in folds for c in by_fold[f]):
                label = "Task"  # "tasks (e.g., classification, segmentation)": the list says task, whatever the typer reads in a bare word
            if top.rule == "cue" and self._studied_generic.intersection(folds):
                label = "Method"  # "fine-tuning" named as the technique studied (studied_generic_candidates): not the typer's to drop
            if label is None and self.words.architecture_families.intersection(folds) and (mean[NO_NAME] < self.span_typer.drop_threshold or top.rule == "cue"):
                # "transformer", the guideline's architecture family: not dropped on a Method's lower
                # doubt, nor at all where "-based" or "models" follows it (architecture_family_candidates)
                label = top.label
            out.update(dict.fromkeys(folds, label))
        return out

    def typed_by_its_definition(self, top: Candidate) -> str | None:
        """The type a definition's long form states where the span typer reads no name: a listed
        task at its end, under a task head word ("single image super-resolution (SISR)",
        "spoofing-aware speaker verification (SASV)": Task), or a method head word other than
        "model" ("Mixture of Transformers (MoT)": Method). Unseen draw: 8 such dropped, 8 of them
        names; a model head is left to the typer, which drops classes of models ("Large
        Multimodal Models (LMMs)", "Vision Foundation Models (VFMs)") rightly."""
        words = (top.long_form or "").split()
        if top.rule != "abbreviation" or not words:
            return None
        last = words[-1].lower().split("-")[-1]
        if last in self.words.task_heads and any(
                (entry := self.lookup(" ".join(words[i:]))) is not None and entry.label == "Task" for i in range(1, len(words))):
            return "Task"
        if self.label_from_head(top.long_form, default=None) == "Method" and last.rstrip("s") != "model":
            return "Method"
        return None

    def titled_and_repeated(self, doc: Doc, occurrences: list[Candidate], top: Candidate) -> bool:
        """A task or method phrase of two words or more that the title names and the paper writes
        three times or more ("Neuro-Symbolic Learning" in the title and four times in the abstract,
        "forgery localization", "entity retrieval"): what the paper is about, whatever the span typer
        reads in one sentence; typed by the typer's best type ("text normalization" read as a method
        by its head is a Task). Not a single hyphenated word ("fine-tuning", "high-resolution"), nor
        what a model can do (``words.ability_heads``: "Visual Comprehension", "Multilingual Understanding")."""
        title_end = doc._.kg_title_end or 0
        return (top.rule in ("task_phrase", "method_phrase") and len(occurrences) >= TITLED_PHRASE_REPEATS
                and " " in span_text(doc[top.start : top.end]) and doc[top.end - 1].lower_ not in self.words.ability_heads
                and any(c.start < title_end for c in occurrences))

    def recognised_method(self, doc: Doc, top: Candidate) -> bool:
        """A Method name of two words or more that the trained recogniser found and ``model_spans``
        admits ("Hausdorff loss", "Active Fairness", "Explicit CMLE"): the typer may retype it but
        not drop it. Not one word ("softmax", "parallelism", and "transformer": the sample-like golds
        list no family named in passing; a web address), not one opening with a scope or praise
        word ("Efficient Finetuning"). Span dev: 4 such names kept that it annotates, 1 it does not."""
        words = doc[top.start : top.end]
        return top.rule == "span_model" and top.label == "Method" and len(words) >= 2 and words[0].lower_ not in self.words.task_stop

    def listed_data_called_a_system(self, doc: Doc, cand: Candidate, label: str | None) -> str | None:
        """Model or Method for a name the gazetteer lists as data that the paper introduces and
        calls a model or a method: its apposition ("we present Orca-Math, a 7-billion-parameter SLM
        based on …": the name of a data set and of the model family trained on it; "we present CLUE
        (Controllable Latent space of …), a generative model framework", "we propose DAVIS, a
        Diffusion-based Audio-VIsual Separation framework": homonyms of the CLUE benchmark and the
        DAVIS data set) or the noun that names it ("The resulting model, named Spider"); not an
        evaluation or data framework, which is the listed benchmark's own paper. The
        sentence that introduces the name says what it is here; the list says what another thing
        of that name is (the linker keeps the two apart: ``kg.link.listed_kinds``)."""
        if not (cand.rule == "gazetteer" and label in ("Dataset", "Benchmark") and (cand.proposed or self.in_propose_context(doc, cand.start))):
            return None
        for words, apposition in self.descriptions(doc, cand.start, cand.end):
            if words[-1] in self.words.model_descriptions and not self.words.statistical.intersection(words):
                return "Model"
            if apposition and words[-1] in self.words.method_descriptions and not (self.words.study_nouns | self._data_nouns.words).intersection(words):
                return "Method"  # not "HELM, a holistic evaluation framework": the benchmark's own paper
        return None

    def own_data_called_a_system(self, doc: Doc, chosen: list[Candidate], fold: str, label: str | None) -> str | None:
        """Method or Model for a name of the paper's own typed data that its apposition calls a
        system ("we present X, a lightweight data-driven forecasting system", "we propose X, a
        confidence-guided decoding strategy", "releasing X, a suite of CLIP-style models"): the
        last type word of the phrase says what it is (``system_word_type``).
        Not where the text calls the name data at any of its occurrences ("X, a dataset …", "the X
        dataset", "X, a … Framework and Benchmark") or the clause gives it an evaluation to do
        ("X, a framework for … Evaluation"), nor after a preposition ("On X, our model …"), nor
        where the name ends in a data head ("LiveBench"). Data is where a Result is measured:
        such a name was a false place (unseen draws of sessions 53-56; docs/history-entities.md,
        placetype56)."""
        if label not in ("Dataset", "Benchmark"):
            return None
        found = None
        for cand in chosen:
            if fold_name(words_text(doc, cand.start, cand.end)) != fold:
                continue
            if span_text(doc[cand.start : cand.end]).endswith(tuple(self.words.named_data_heads)) or self.clause_names_data(doc, cand):
                return None
            if cand.start > 0 and doc[cand.start - 1].lower_ in DESCRIPTION_END:
                continue
            for words, apposition in self.descriptions(doc, cand.start, cand.end):
                system = self.system_word_type(words) if apposition else None
                if system in ("Dataset", "Benchmark"):
                    return None
                found = found or system
        return found

    def clause_names_data(self, doc: Doc, cand: Candidate) -> bool:
        """Whether the words right after the name call it data ("the X dataset", "X (Long
        Form) benchmark"), or, up to the clause's end (comma, semicolon, sentence end), give it
        an evaluation ("X, a framework for Financial Language Model Evaluation") or add a data
        noun to its head ("X, a … Framework and Benchmark")."""
        start = past_bracket(doc, cand.end)  # "X (Long Form), a …"
        if start < len(doc) and doc[start].lower_ in self._data_nouns.words:
            return True
        evaluation = self.words.study_nouns | self.words.title_evaluation_words
        for token in doc[start : min(len(doc), start + 30)]:
            if token.text in (",", ";") and token.i > start or token.is_sent_start and token.i > cand.end:
                break
            if token.lower_ in evaluation or (token.lower_ in self._data_nouns.words and doc[token.i - 1].lower_ in ("and", "or", "&")):
                return True
        return False

    def system_word_type(self, words: list[str]) -> str | None:
        """The label a description gives (``own_data_called_a_system``): data where any of its
        type words is a data word, else that of its last type word, the head of a compound ("a
        new recipe graph data", "a … scene graph mapping approach"): Model for a model word (not
        a statistical one), Method for a method word. A word glued by a hyphen only modifies, as
        does a container before models (``opens_a_container``: "a suite of CLIP-style models"; not "a
        collection of … diagrams enabling this pipeline"). Any later model word, not the last word as in
        ``models_in_a_container``: the walk runs on past the head where no stop follows it ("a suite of
        CLIP-style models continuously pre-…"), and the type is read off every word here."""
        labels = []
        for i, word in enumerate(words):
            if i + 1 < len(words) and words[i + 1] == "-":
                continue
            if self.opens_a_container(words, i) and any(w.removesuffix("s") in self.words.model_descriptions for w in words[i + 2 :]):
                continue  # "a suite of CLIP-style models": a family of models, not a benchmark suite
            if word in self._data_nouns.words or word in self._described_benchmarks or self.words.type_heads.get(word) in ("Dataset", "Benchmark"):
                return self.words.type_heads.get(word, "Dataset")
            if word.removesuffix("s") in self.words.model_descriptions:
                labels.append(None if self.words.statistical.intersection(words) else "Model")
            elif word in self.words.method_descriptions or self.words.type_heads.get(word) == "Method":
                labels.append("Method")
            elif word in self.words.type_heads:
                labels.append(None)  # another type word ("a neural network"): left to the typer
        return labels[-1] if labels else None

    def described_labels(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """The type the text gives a name of the paper's own by what it calls it. One it calls a
        model ("we introduce X, an omniscient world model", "X (Long Form), a temporal-aware
        MLLM", "our model, X", "a captioning model named X") is a Model, whatever it was typed (a
        Method; data, beside "we introduce two datasets"): the guideline's trained network, and
        the same where the paper also calls it a framework; not "a probabilistic model" (a
        statistical method). One typed a Method or Task that its apposition calls a benchmark or
        dataset ("X, a new multi-turn audio dialogues benchmark for …") is that, and one it calls an
        environment a Benchmark (the guideline's named testbeds: "Jericho, a learning environment
        for …"), as is one a title opens for an evaluation ("X: Benchmarking …"). Not a listed name.
        A name typed a Task (by its head: "… Stance Detection") that the authors introduce and
        call a new framework or method ("…, a novel multi-agent framework") is a Method; a
        capitalised one needs no "novel" ("Gradient-Based Red Teaming (GBRT), a red teaming
        method"), and its short form right before the method word does as well ("a novel Cross
        Language Image Matching (CLIMS) framework"). One typed data that its apposition calls a
        system or models is a Method or Model (``own_data_called_a_system``)."""
        own = {fold_name(span_text(doc[c.start : c.end])) for c in chosen if c.proposed and c.rule != "gazetteer"}
        out: dict[str, str] = {}
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if label_of.get(fold) == "Task" and cand.rule != "gazetteer" and self.in_propose_context(doc, cand.start) and (any(
                    apposition and self.called_a_method(words) and (self.words.novelty.intersection(words) or doc[cand.start].text[:1].isupper())
                    for words, apposition in self.descriptions(doc, cand.start, cand.end)) or self.headed_by_a_method_word(doc, cand)):
                out[fold] = "Method"  # "we propose … Stance Detection (MM-StanceDet), a novel multi-agent framework"
                continue
            if label_of.get(fold) == "Method" and cand.rule != "gazetteer" and (fold in own or self.in_propose_context(doc, cand.start)) and \
                    self.called_a_setting(doc, cand.start, cand.end):
                out[fold] = "Task"  # "we introduce Modality-Inconsistent Continual Learning (MICL), a new continual learning scenario"
                continue
            if system := self.listed_data_called_a_system(doc, cand, label_of.get(fold)):
                out[fold] = system
                continue
            if cand.rule != "gazetteer" and (fold in own or self.in_propose_context(doc, cand.start)) and (
                    system := self.own_data_called_a_system(doc, chosen, fold, label_of.get(fold))):
                out[fold] = system
                continue
            if fold not in own or label_of.get(fold) in (None, "Model", "Metric"):
                continue
            for words, apposition in self.descriptions(doc, cand.start, cand.end):
                head = words[-1]
                if (head in self.words.model_descriptions or self.models_in_a_container(words)) and not self.words.statistical.intersection(words):
                    out[fold] = "Model"
                elif (apposition or NEW_DATA_MARKERS.intersection(words[-4:-1])) and out.get(fold) != "Model":
                    # not the noun before the name ("retrieving from an external corpus, called X") unless
                    # it is new ("we create a new dataset, KETOD (Knowledge-Enriched Task-Oriented Dialogue)")
                    data = "Benchmark" if head in self._described_benchmarks else "Dataset" if head in self._data_nouns.dataset_words else None
                    if data and self._data_nouns.benchmark_words.intersection(words[:-1]):
                        data = "Benchmark"  # "a suite of three novel benchmarking datasets"
                    if data and label_of[fold] in ("Method", "Task"):
                        out[fold] = data
                    elif data and not apposition and label_of[fold] in ("Dataset", "Benchmark"):
                        out[fold] = label_of[fold]  # already data: kept so that its expansion follows it, not the expansion's head
            if fold not in out and label_of[fold] in ("Method", "Task") and self.titles_an_evaluation(doc, cand) and not any(
                    apposition and words[-1] in self.words.method_descriptions | self.words.model_descriptions
                    for c in chosen if fold_name(span_text(doc[c.start : c.end])) == fold for words, apposition in self.descriptions(doc, c.start, c.end)):
                out[fold] = "Benchmark"  # what the text calls it comes first: "CLAIR: Evaluating …" is "a novel method"
        # a defined short form and its expansion are one thing
        out.update({fold_name(c.long_form): out[f] for c in chosen if c.long_form and (f := fold_name(span_text(doc[c.start : c.end]))) in out})
        return out

    def models_in_a_container(self, words: list[str]) -> bool:
        """"X, a family of open language models", "X, a suite of CLIP-style models": a container noun
        (``words.model_release_containers``) whose "of" phrase ends in a plural model word names a
        release of models, a Model, though "suite" alone types a Benchmark and "collection" a
        Dataset; not "a class of topic models", a kind of architecture. (``descriptions`` keeps an "of"
        only after a container noun; a singular model word is a Model by its head already.)"""
        of = words.index("of") if "of" in words else 0
        return of > 0 and self.opens_a_container(words, of - 1) and words[-1].removesuffix("s") in self.words.model_descriptions

    def opens_a_container(self, words: list[str], i: int) -> bool:
        """``words[i]`` is a container (``words.model_release_containers``: "a family / suite / series
        of …") that an "of" follows: what comes after says what it holds. Narrower than the nouns
        ``description_tokens`` walks past (``words.container_nouns``): "a class of topic models" is
        headed by "models" but holds no release."""
        return words[i] in self.words.model_release_containers and words[i + 1 : i + 2] == ["of"]

    def claimed_systems(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """Names typed data (not by a list) that the text says achieve or outperform ("RADAR achieves
        86.98% ROC-AUC", "TDMPQ achieves a 30% greater compression ratio"): data is scored on, it
        scores nothing, so each is a Method, with its expansion. Not after a preposition or
        determiner ("models trained on EPD outperform": ``noun_phrase_breaks``). Span train: 2 names, both gold Methods; span dev: none."""
        out: dict[str, str] = {}
        for cand in chosen:
            text = words_text(doc, cand.start, cand.end)
            fold = fold_name(text)
            if label_of.get(fold) not in ("Dataset", "Benchmark") or cand.rule == "gazetteer" or cand.canonical:
                continue
            k = cand.end + 1 if cand.end < len(doc) and doc[cand.end].lower_.endswith("ly") else cand.end  # "significantly outperforms"
            if k >= len(doc) or doc[k].lower_ not in self.words.system_claim_verbs or cand.start > 0 and doc[cand.start - 1].lower_ in self.words.claim_blockers:
                continue
            out[fold] = "Method"
            if cand.long_form:
                out[fold_name(cand.long_form)] = "Method"
        return out

    def valued_measures(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """Names typed data (not by a list) that the text gives a value with "of" ("SSIM of 0.861, and NMSE of
        0.019", "a SafeAval of 80.16%"): data holds no value, a measure does, so each is a Metric (session 46,
        board46: such a name was the benchmark of every number of its sentence). Span train: none; the
        board46 draw: 2 names, both measures."""
        out: dict[str, str] = {}
        for cand in chosen:
            fold = fold_name(span_text(doc[cand.start : cand.end]))
            if label_of.get(fold) not in ("Dataset", "Benchmark") or cand.rule == "gazetteer" or cand.canonical:
                continue
            if cand.end + 1 < len(doc) and doc[cand.end].lower_ == "of" and doc[cand.end + 1].like_num:
                out[fold] = "Metric"
        return out

    def sized_families(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """A name the paper also writes with a size ("EXAONE 3.0 7.8B", "TeacherLM-7.1B",
        "FLAMe-RM-24B") is the family of a Model (VARIANT_OF joins Model to Model), so a Model
        where only its shape typed the bare name a Method, unless the text calls it a framework or
        method anywhere ("a novel framework Infi-MMR … our model Infi-MMR-3B", "Deep Research as
        Rubric (DR-rubric), a two-stage framework": the gold keeps those Methods). Else one name
        is a Method node and a Model node (issue 9). The sample: 3 names, sample dev's gold types
        EXAONE 3.0 a Model; span train: none left after the framework test (2 held back)."""
        families = {fold_name(c.family) for c in chosen if c.family and c.variant == "size"
                    and label_of.get(fold_name(span_text(doc[c.start : c.end]))) == "Model"}
        out: dict[str, str] = {}
        for fold in families:
            if label_of.get(fold) != "Method":
                continue
            named = [c for c in chosen if fold_name(span_text(doc[c.start : c.end])) == fold]
            if any(c.rule not in SHAPE_TYPED_RULES or c.canonical or c.long_form for c in named):
                continue
            if not self.called_a_method_anywhere(doc, span_text(doc[named[0].start : named[0].end])):
                out[fold] = "Model"
        return out

    def called_a_method_anywhere(self, doc: Doc, name: str) -> bool:
        """Whether the text calls ``name`` (any case) a framework or method at any of its
        occurrences: right after a method word ("a novel framework Infi-MMR") or in an apposition,
        bracketed or not ("Deep Research as Rubric (DR-rubric), a two-stage framework")."""
        for match in re.finditer(re.escape(name), doc.text, flags=re.IGNORECASE):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            start, end = span.start, span.end
            if start > 0 and doc[start - 1].lower_ in self.words.method_descriptions:
                return True
            if start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")":
                start, end = start - 1, end + 1  # "(DR-rubric), a …": what follows the bracket describes it
            if any(self.called_a_method(words) for words, apposition in self.descriptions(doc, start, end) if apposition):
                return True
        return False

    def architecture_variants(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> set[str]:
        """Names typed Model that name a variant of an architecture family (``names_an_architecture_variant``),
        unless the paper introduces them or the text calls them models ("three models namely, B-LSTM,
        AB-LSTM"): a model the paper trains is the guideline's Model."""
        variants, kept, previous_kept = set(), set(), -1
        for cand in sorted(chosen, key=lambda c: c.start):
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if label_of.get(fold) != "Model" or cand.rule == "gazetteer":
                continue
            listed_after_kept = all(t.text in (",", "and", "or") for t in doc[previous_kept : cand.start]) if previous_kept >= 0 else False
            if cand.proposed or listed_after_kept or any(
                    words[-1].removesuffix("s") in self.words.model_descriptions for words, _ in self.descriptions(doc, cand.start, cand.end)):
                kept.add(fold)  # (the rest of a list the text calls models: "B-LSTM, AB-LSTM and Joint AB-LSTM")
                previous_kept = cand.end
            elif self.names_an_architecture_variant(span_text(doc[cand.start : cand.end])):
                variants.add(fold)
        return variants - kept

    def names_an_architecture_variant(self, text: str) -> bool:
        """"AE-LSTM", "CSP-SVM", "BLSTM-HMM", "Pre-LayerNorm": a name whose last hyphenated part is a
        listed method written with a capital (an architecture family: LSTM, SVM, GAN, CRF) is a variant
        of that architecture, which the guideline types Method, not a trained model; the span typer
        reads such names as Models (span train: of the unlisted ones not the paper's own that kg
        typed Model, the gold has 9 Methods and 2 Models). Not after a listed model ("LLaMA-Adapter":
        the model with a part added)."""
        parts = re.split(r"[-+]", text)
        if len(parts) < 2 or not parts[-1][:1].isupper() or self.lookup(text) is not None:
            return False
        family, first = self.lookup(parts[-1]), self.lookup(parts[0])
        return family is not None and family.label == "Method" and not (first is not None and first.label == "Model")

    def headed_by_a_method_word(self, doc: Doc, cand: Candidate) -> bool:
        """"we propose a novel Cross Language Image Matching (CLIMS) framework": a capitalised
        name with its short form, right before a method word, is the method's name (a task named
        in passing is written in lower case or stands after "for": "a method for video moment
        retrieval (VMR)")."""
        end = cand.end
        if not (end + 2 < len(doc) and doc[end].text == "(" and doc[cand.start].text[:1].isupper()):
            return False
        close = next((t.i for t in doc[end + 1 : end + 6] if t.text == ")"), None)
        return (close is not None and close + 1 < len(doc) and doc[close + 1].lower_ in self.words.method_descriptions
                and not (cand.start > 0 and doc[cand.start - 1].lower_ in ("for", "of", "to", "on", "in")))

    def called_a_setting(self, doc: Doc, start: int, end: int) -> bool:
        """"X (Long Form), a new continual learning scenario", "X, a novel QA task", "X, a unified
        setting": the apposition of a name the paper introduces is headed by a word of a problem
        setting (``words.setting_appositions``: "a novel problem setup"), with no type word before it
        ("a conflict-averse task arithmetic method" is headed by "method"; "a task-agnostic … method": a
        word glued by a hyphen only modifies) and none coordinated after it ("a task and domain agnostic
        framework"). The guideline's coined task or problem setting ("VisCOLL"): a Task, though its
        capitalised long form reads as a method's name. Not a task the method trains on or a shared
        task (``words.setting_apposition_stops``: "an auxiliary task in which the policy learns …", "a
        spatially aware pretext regression task", "a shared task on …"). Session 62, nodes62: the
        draw's MICL, TO-SDG and GMR were Methods; firings on unseen text in docs/history-entities.md."""
        found = self.description_tokens(doc, start, end)
        if found is None or not found[1]:
            return False
        tokens = found[1]
        words = [t.lower_ for t in tokens]
        after = tokens[-1].i + 1
        if words[-1] not in self.words.setting_appositions or after < len(doc) and doc[after].lower_ in ("and", "or", "&", "/"):
            return False
        if self.words.setting_apposition_stops.intersection(words + doc[tokens[0].i : after].text.lower().split()):
            return False  # ("self-supervised" is one token or three)
        return not any(word in self.words.type_heads or word in self.words.method_descriptions or word.removesuffix("s") in self.words.model_descriptions
                       for i, word in enumerate(words[:-1]) if words[i + 1 : i + 2] != ["-"])

    def called_a_method(self, words: list[str]) -> bool:
        """"a novel multi-agent framework integrating …": the first type word of the phrase is a
        method's (the phrase may run on past its head where the parser is off)."""
        for word in words:
            if word in self.words.method_descriptions:
                return True
            if word in self.words.type_heads or word in ("task", "problem"):
                return False
        return False

    def descriptions(self, doc: Doc, start: int, end: int) -> Iterator[tuple[list[str], bool]]:
        """(noun phrase, whether it is an apposition or predicate): the lower-case words, the
        head last, of what the text calls the name at ``start:end``. Its apposition (past a
        bracketed long form) or predicate ("X, a … world model that …", "X: A Multimodal LLM
        for …", "X is a framework for …"; not "as": "assuming X as a generative model" gives X
        a role), and the noun right before it where the authors own it or name by it ("our
        model, X", "a novel TTS system, X", "a model called X")."""
        found = self.description_tokens(doc, start, end)
        if found is not None and found[1]:
            yield [t.lower_ for t in found[1]], True
        j = start - 1
        while j > 0 and (doc[j].lower_ in self.words.naming or doc[j].text in (",", '"', "'", "`", "``") or self.naming_as(doc, j)):
            j -= 1
            if j > 1 and doc[j].lower_ == "we" and doc[j + 1].lower_ in self.words.naming and doc[j - 1].lower_ in ("which", "that"):
                j -= 2  # "The resulting model, which we call Tuna": the noun before the relative clause
        named = any(t.lower_ in self.words.naming for t in doc[j + 1 : start])
        before = doc[max(0, j - 4) : j]
        if j >= 0 and doc[j].is_alpha and (named or any(t.lower_ in OWN_MARKERS for t in before)):
            yield [t.lower_ for t in before if t.is_alpha] + [doc[j].lower_], False

    def description_tokens(self, doc: Doc, start: int, end: int) -> tuple[int, list[Token]] | None:
        """(the index of its determiner, the tokens after it up to what ends the noun phrase: a punctuation mark,
        a word of ``DESCRIPTION_END`` such as "that" or "for", a sentence start, what ``ends_a_phrase`` or
        ``follows_type_head`` finds, or eleven tokens; the walk may run past the head) of the apposition or
        predicate of the name at ``start:end`` ("X, a … world model that …", "X: A Multimodal LLM for …", "X is a
        framework for …"; past a bracketed long form), or None: the one walk ``descriptions`` and
        ``apposition_calls_data`` read."""
        after = past_bracket(doc, end)  # "X (Long Form), a …"
        i = after + 1 if after < len(doc) and doc[after].lower_ in (",", ":") else after
        if after < len(doc) and doc[after].lower_ == "is" and not (start > 0 and doc[start - 1].lower_ in DESCRIPTION_END):
            i = after + 1  # "X is a …", not "at the core of X is a …"
        if not (after < i < len(doc) and doc[i].lower_ in self.words.determiners):
            return None
        tokens: list[Token] = []
        k, stop = i + 1, min(len(doc), i + 12)
        while k < stop:
            token = doc[k]
            close = next((t.i for t in doc[k + 1 : k + 6] if t.text == ")"), None) if token.text == "(" and tokens else None
            if close is not None:  # "a vertical-domain Mixture-of-Experts (MoE) model": a short form inside the phrase
                stop, k = min(len(doc), stop + close + 1 - k), close + 1
                continue
            k += 1
            if token.lower_ == "of" and tokens and tokens[-1].lower_ in self.words.container_nouns:
                tokens.append(token)  # "a suite of RL algorithms": the head comes after "of"
                continue
            if (token.is_punct and token.text not in ("-", "/")) or (token.lower_ in DESCRIPTION_END and not hyphen_joined(doc, token)) or (
                    token.is_sent_start or tokens and (ends_a_phrase(doc, token) and token.lower_ not in self.words.setting_appositions
                                                        or self.follows_type_head(doc, tokens[-1].lower_, token))):
                break  # (a sentence start: the title's phrase ends where the abstract begins; "a unified setting that …" ends at "that")
            tokens.append(token)
        return i, tokens

    def follows_type_head(self, doc: Doc, last: str, token) -> bool:
        """"X, a text-conditioned generative model leveraging a VAE …", "X, a model capable of
        …": a participle or adjective right after a type word starts what follows the phrase,
        whose head that type word is; not inside a compound ("a model training framework")."""
        heads = self.words.model_descriptions | self.words.method_descriptions
        if last not in heads:
            return False
        if token.lower_ in self.words.postnominal:
            return True
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        return token.lower_.endswith("ing") and following.rstrip("s") not in heads and following not in self.words.type_heads

    def typer_reviews(self, text: str, rule: str, rules: tuple[str, ...]) -> bool:
        """The span typer reviews names its rules found; a listed name keeps its list's type
        (a task phrase trimmed onto one, too)."""
        return rule in rules and self.lookup(text) is None

    def data_label_from_text(self, doc: Doc, cand: Candidate) -> str:
        """Dataset or Benchmark as the sentence calls it ("the X benchmark", "datasets such as X")."""
        sent = sentence_at(doc, cand.start)
        words = {t.lower_ for t in sent}
        says_benchmark, says_dataset = bool(words & self._data_nouns.benchmark_words), bool(words & self._data_nouns.dataset_words)
        if says_benchmark and not says_dataset:
            return "Benchmark"
        if says_dataset and not says_benchmark:
            return "Dataset"
        nxt = doc[cand.end].lower_ if cand.end < len(doc) else ""
        if nxt in self._data_nouns.benchmark_words:
            return "Benchmark"
        if nxt in self._data_nouns.dataset_words:
            return "Dataset"
        return cand.label
