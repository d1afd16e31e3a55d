"""A paper's own definitions ("Long Form (SF)") as names, and what they settle about the rest of the paper.

``kg.extract.abbreviations`` finds the pairs; the rules here read them. A definition names a thing
of the type its long form's head word says (``abbreviation_candidates``), unless it defines a class,
an organisation, an adjective or an event (``class_short_forms``); a paper's own definition of a
listed short form with another expansion wins in that paper (the ``local_abbreviation`` rule). A
defined short form carries its expansion to its later bare uses (``carry_definitions``), an
undefined one spelled by a found name's initials takes that name's type (``implicit_short_forms``), a
name in brackets right after a found name that the definition finder could not spell is that name's
short form all the same (``bracketed_short_forms``), and in ``resolve`` a short form is the kind of
thing its expansion is. Kept together because each of these reads the same pairs and the same tests of
a long form.

A mixin of ``EntityRecognizer``: it reads the recogniser's gazetteer (``lookup``, ``is_generic``), a
few of its tests (``in_propose_context``, ``type_word_after_name``, ``names_an_event``, ``listed_model_suffix``, ``not_a_name``,
``is_language``) and
lexicon sets it loads (``words.type_heads``, ``words.abbr_heads``, ``words.task_heads``, ``words.data_words_after``,
``words.task_words_after``, ``words.task_heads_after``, ``words.task_predicates``, ``words.measure_words_after``, ``words.activity_head_endings``,
``words.organisation_words``, ``words.defined_thing_heads``, ``words.defined_object_heads``,
``words.defined_task_heads``, ``words.defined_purpose_links``, ``words.defined_content_links``, ``words.defined_content_heads``, ``words.component_nouns``, ``words.defined_part_words``, ``words.defined_task_manner_endings``,
``words.defined_adjective_word_endings``, ``words.defined_adjective_word_prefixes``,
``words.bracketed_whole_openers``, ``words.naming``, ``words.setting_appositions``, ``words.setting_apposition_stops``,
``words.method_descriptions``, ``words.model_descriptions``, ``words.language_variety_words``, ``words.novelty``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.abbreviations import abbreviation_definitions, initials_start
from kg.extract.candidates import KIND_OF, RULE_PRIORITY, Candidate
from kg.extract.gazetteer_names import GazetteerEntry
from kg.extract.head_phrases import TASK_NOUNS
from kg.extract.metric_names import METRIC_AT_K
from kg.extract.name_shapes import ADJECTIVE_SUFFIXES, PLURAL_CLASS, TYPE_WORD_MODIFIERS
from kg.extract.non_names import in_another_language
from kg.extract.parse import TRAIN_VERBS, span_text, token_words
from kg.extract.proposed_names import OPENING_QUOTES
from kg.extract.title_names import TITLE_HEAD_BREAKS
from kg.names import GLUE_WORDS, name_words
from kg.names import extraction_fold_name as fold_name

# Words that open a clause, not a coordination's next member.
CLAUSE_OPENERS = frozenset({"which", "that", "who", "whose", "where", "while", "whereas", "we", "it", "to", "by", "using", "with"})
DEFINED_ADJECTIVE_ENDINGS = ("-independent", "-dependent", "-invariant", "-agnostic", " based")  # "tensor decomposition based (TDB) KGE": "-based" written apart
DEFINED_HEAD_PREPOSITIONS = frozenset({"in", "of", "for", "on", "under", "from"})  # "anomaly detection in sounds": the head is before them
DATA_LIST_WINDOW = 10  # tokens before a definition (within its sentence) read for a data word: "three datasets including … (SWDE)"
CAMEL_WORDS = re.compile(r"^[A-Z][a-z]{2,}[A-Z]")  # a capitalised word glued to more: "ScienceQA", "WikiText"
# A size in brackets after a model is no short form: "DeepSeek-R1 (671B)", "Phi-3-mini (3.8B)", "(30B-A3B)"
BRACKETED_SIZE = re.compile(r"^\d+(?:\.\d+)?[BMKT](?:-A\d+(?:\.\d+)?B)?$")
PLURAL_CAPITALS = re.compile(r"[A-Z]s$")  # "dLLMs", "RALMs"
NEW_TASK_PHRASE_WORDS = 8  # words between a/an and the task noun named_after_a_new_task walks: "a fine-grained Audio-Visual Learning task"
MAX_BRACKETED_TOKENS = 3  # "3D-GS" and "Nano-Capsulator" may be split at their hyphens


def same_words(a: str, b: str) -> bool:
    """One name spelled two ways, not a second expansion of its short form: "Convolution Neural
    Network" for "convolutional neural network" (each word's first five letters agree, or one
    word of four letters or more begins the other: "semantic text similarity", "auto-speech
    recognition"), "Contrastive Language Pretraining" for "Contrastive Language-Image
    Pre-training" (hyphens joined), "Bidirectional Encoder Representations" for "… from
    Transformers" (the first three words or more of it), "reinforcement learning with human
    feedback" for "… from human feedback" (glue words aside)."""
    for sep in (r"[\s\-]+", r"\s+"):
        wa, wb = ([w for w in re.split(sep, x.lower().replace("-", "") if sep == r"\s+" else x.lower()) if w not in GLUE_WORDS]
                  for x in (a, b))
        short, long = sorted((wa, wb), key=len)
        if all(same_word_start(x, y) for x, y in zip(short, long)) and (len(short) == len(long) or len(short) >= 3):
            return True
    return False


def same_word_start(x: str, y: str) -> bool:
    """Two spellings of one word: the first five letters agree, or the shorter word (four letters
    at least) begins the longer ("text" of "textual", "auto" of "automatic")."""
    short, long = sorted((x, y), key=len)
    return x[:5] == y[:5] or len(short) >= 4 and long.startswith(short)


def headed_by(words: list[str], heads: set[str]) -> bool:
    """The last of a long form's (lower-case) words is one of ``heads``, alone or in the plural."""
    head = words[-1]
    return head in heads or head.endswith("s") and head[:-1] in heads


class DefinitionRules:
    """Definition rules of the entity recogniser (see the module docstring)."""

    def abbreviation_candidates(self, doc: Doc, definitions: list[tuple[Span, object]]) -> Iterator[Candidate]:
        """Both forms of each definition, typed by the listed short or long form, else by the long
        form's head word (a type word after the bracket or "the task of" before it overrides)."""
        # A short form its sentence calls a task anywhere in the text ("… (TQE) is an essential task")
        # is one in each of its definitions (the title's "Translation Quality Evaluation (TQE)" too)
        called_tasks = {short_tok.text for _, short_tok in definitions if self.task_predicate_after(doc, short_tok.i)}
        for long_span, short_tok in definitions:
            short = short_tok.text
            long_text = long_span.text
            if self.is_generic(short) or self.is_generic(long_text) or self.not_a_thing(long_text) and not self.names_data(long_span, short_tok) or self.named_by_an_organisation(long_span) or (
                    self.defines_an_object(long_span)):
                continue
            short_entry, long_entry = self.lookup(short), self.lookup(long_text)
            rule = "abbreviation"
            # The listed thing's spelled-out names; "ScienceQA" spells out as "Science QA".
            known_expansions = [a for a in ((short_entry.name, *short_entry.aliases) if short_entry else ()) if " " in a or CAMEL_WORDS.match(a)]
            # "Flourishing AI Benchmark: Christian Single-Turn (FAI-C-ST)": the type word before a colon types the name
            head_text = long_text.split(":")[0].strip() if ":" in long_text else long_text
            if head_text != long_text and self.label_from_head(head_text, default=None) is None:
                head_text = long_text
            head_label = self.label_from_head(head_text, default=None)
            if short_entry is not None and long_entry is not short_entry and (
                    known_expansions and not any(same_words(long_text, a) for a in known_expansions) or (head_label and KIND_OF.get(head_label) != KIND_OF.get(short_entry.label)
                                         and (long_span[-1].lower_ not in self.words.task_heads  # zsRE: a dataset named by its task
                                              or not known_expansions and self.names_the_task_itself(doc, short_tok.i, short_entry.label)))):
                # The text defines a known short form as something other than its known
                # expansion ("optimization (OPT)"), or as another kind of thing ("group-query
                # attention (GQA)" is no benchmark): the local definition wins for this paper.
                entry, rule = long_entry, "local_abbreviation"
            else:
                entry = short_entry or long_entry
            if entry is not None:
                label, canonical = entry.label, entry.name
            else:
                label, canonical = self.label_from_head(head_text), None
                label = self.data_word_after(doc, short_tok.i) or (head_label is None and self.task_head_after(doc, short_tok.i, long_text)) or (
                    self.task_word_before(doc, long_span.start)) or self.named_after_a_new_task(doc, long_span.start) or (
                    "Task" if short in called_tasks else None) or (
                    head_label is None and self.measure_word_after(doc, short_tok.i, long_span)) or label
                if METRIC_AT_K.match(short):
                    label = "Metric"  # "mean Average Precision at 50% IoU (mAP@50)": a cut-off in the short form makes it a score
            if label is None or (entry is None and self.defines_a_class(short, long_text, label)):
                continue
            if (long_span[-1].lower_ in self.words.type_heads and long_span[-1].lower_ != "data" or long_span[-1].lower_ in ("task", "problem")) and len(long_span) > 2 and short_tok.i > long_span.start and long_span[-1].lower_[0] != short[-1].lower() and initials_start(
                    [c.lower() for c in short if c.isalnum()], long_span[:-1].text) == 0:
                # "the referring video object segmentation task (RVOS)", "the Behance Artistic Media
                # dataset (BAM)": the initials stop before the type word, which names no part of it
                # (guideline: no generic heads); typed by it all the same. Not where the type word
                # may be the last initial: "Open Pre-trained Transformers (OPT)"
                long_span = long_span[:-1]
                long_text = long_span.text
            proposed = self.in_propose_context(doc, long_span.start) and not (
                entry is not None and entry.label == "Method" and TRAIN_VERBS.intersection(t.lower_ for t in doc[max(0, long_span.start - 3) : long_span.start]))
            if entry is None and head_label is None and label == "Method" and not proposed and self.headed_by_a_task_noun(doc, short_tok.i, long_span.start, long_text):
                label = "Task"
            yield Candidate(short_tok.i, short_tok.i + 1, label, rule, canonical=canonical, long_form=long_text, proposed=proposed)
            yield Candidate(long_span.start, long_span.end, label, rule, canonical=canonical or short, long_form=long_text, proposed=proposed)

    @staticmethod
    def names_the_task_itself(doc: Doc, short_i: int, listed_label: str) -> bool:
        """A task-headed definition of a short form listed as data with no expansion of its own is the
        paper's task, not the data named by its task, where its bracket ends the phrase (a comma, a
        full stop or a semicolon follows): "transfer to general question answering (GQA), but",
        "covering four tasks: Generative Question Answering (GQA), …". Data named by its task
        modifies what follows: "a zero-shot relation extraction (zsRE) model-editing task", "11
        retrieval question answering (ReQA) tasks", "the … fact verification (Factify) challenge"
        stay the listed data. On the unseen draws, 5,000 corpus papers and span train the rule
        changes 2 papers, both the paper's task (GQA twice; eval/homonym62)."""
        after = short_i + 2
        return KIND_OF.get(listed_label) == "data" and after <= len(doc) and doc[short_i + 1].text == ")" and (
            after == len(doc) or doc[after].text in (",", ".", ";"))

    def data_word_after(self, doc: Doc, short_i: int) -> str | None:
        """Dataset or Benchmark where a data type word follows the definition's bracket:
        "the Valid-Answer-Invalid-Reasoning (VAIR) dataset" is data, though its head word
        ("Reasoning") names a task."""
        after = short_i + 2
        if after >= len(doc) or doc[short_i + 1].text != ")":
            return None
        label = self.words.type_heads.get(doc[after].lower_)
        if doc[after].lower_ in self.words.data_words_after:
            return label
        return "Task" if self.task_word_after(doc, after) else None

    def task_head_after(self, doc: Doc, short_i: int, long_form: str) -> str | None:
        """Task where a task's head noun follows the bracket of a definition whose long form names no
        type (lexicon ``task_heads_after_definition``): "part-of-speech (POS) tagging", "Drug-Drug
        Interaction (DDI) extraction", "adverse drug event (ADE) detection", "text-to-video (T2V)
        generation" define the task's object, which the gold names as the task (span train: "part-of-speech",
        a Task with the aliases POS and "POS tagging"); the head word of the long form says nothing, so it
        was the default Method. Not a long form a manner word makes a technique ("Context-aware Visual
        Attention-based (CoVA) detection"). Session 69, acl69: firings on unseen text in
        docs/history-entities.md."""
        after = short_i + 2
        if after >= len(doc) or doc[short_i + 1].text != ")" or doc[after].lower_ not in self.words.task_heads_after:
            return None
        if any(w.endswith(self.words.defined_task_manner_endings) for w in name_words(long_form.lower())):
            return None
        return "Task"

    def measure_word_after(self, doc: Doc, short_i: int, long_span: Span) -> str | None:
        """Metric where a measure word follows the bracket of a definition whose head word says
        nothing: "a Clinical Intent Alignment (CIA) score of 60.12%" defines a metric, not a
        method. Not where the head names a type ("Visual Question Answering (VQA) accuracy": the
        task's), nor an activity ("machine translation evaluation (MTE) metrics": the metrics of
        the activity, which is the name; span train gold: a Task)."""
        after = short_i + 2
        if after < len(doc) and doc[short_i + 1].text == ")" and doc[after].lower_ in self.words.measure_words_after and not (
                long_span[-1].lower_.endswith(self.words.activity_head_endings)):
            return "Metric"
        return None

    def headed_by_a_task_noun(self, doc: Doc, short_i: int, long_start: int, long_form: str) -> bool:
        """A definition the paper does not propose whose last word names a task ("Remote sensing visual
        grounding (RSVG)", "Bilingual Lexicon Induction (BLI)", "Automatic Piano Transcription (APT)";
        lexicon ``defined_task_heads``) is a task, not the default Method: the held-out draws' definitions of
        others' problems. Not a name a manner word makes a technique ("prompt-based … extraction"), nor
        one whose head stands before a preposition, nor one a type or part word follows ("Gaussian Smoothing
        Grounding (GSG) module", "the Hierarchical Aspect Extraction (HAE) phase": a part of a method), nor one
        its sentence calls a technique ("Latent Space Dynamics Identification (LaSDI) is a … framework"), nor a
        member of a list of data sets ("three datasets including …, Structured Web Data Extraction (SWDE)")."""
        words = name_words(long_form.lower())
        after = short_i + 2
        if after < len(doc) and doc[short_i + 1].text == ")":
            word = doc[after].lower_
            if word in self.words.type_heads or word in self.words.component_nouns or word in self.words.defined_part_words:
                return False
            if word in ("is", "are", "was", "were") and self.called_a_technique(doc, after + 1):
                return False
        opening = doc[long_start].sent.start
        if any(t.lower_ in self.words.data_words_after for t in doc[max(opening, long_start - DATA_LIST_WINDOW) : long_start]):
            return False
        return len(words) >= 2 and words[-1] in self.words.defined_task_heads and not DEFINED_HEAD_PREPOSITIONS.intersection(words) and not any(
            w.endswith(self.words.defined_task_manner_endings) for w in words)

    def called_a_technique(self, doc: Doc, start: int) -> bool:
        """A method or model type word within six words of ``start``, before any punctuation ("is a
        data-driven ROM framework")."""
        for token in doc[start : start + 6]:
            if token.is_punct and token.text != "-":
                return False
            if self.words.type_heads.get(token.lower_) in ("Method", "Model"):
                return True
        return False

    @staticmethod
    def task_word_before(doc: Doc, start: int) -> str | None:
        """Task where "the task of" or "the problem of" opens the definition: "The task of Chinese
        Spelling Check (CSC)" is a task, though its head word says nothing (span train: 27 of 28
        gold such definitions are tasks; 3 of them were typed Method)."""
        i = start - 1
        if i >= 0 and doc[i].lower_ in ("the", "a", "an"):
            i -= 1
        return "Task" if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in TASK_NOUNS else None

    def named_after_a_new_task(self, doc: Doc, start: int) -> str | None:
        """Task where the definition is named by a naming word after a noun phrase that a/an opens and
        a problem-setting noun heads (``words.naming``, ``words.setting_appositions``, singular): "we define and
        study a new task called Context-Aware Semantic Expansion (CASE)", "a new continual learning (CL) problem
        called Continual Knowledge Learning (CKL)", "a new task, termed …", "a new decision-making problem called
        the bandit max-min fair allocation (BMMFA) problem": the paper's coined task, typed Method for want of a
        head word (the guideline's "VisCOLL"; nodes62's apposition after the name, ``called_a_setting``, read
        before it). Not a task the method trains on (``words.setting_apposition_stops``: "a novel auxiliary task
        called filling in frames (FIF)", "a pre-training task named …"), nor a phrase with a type word in it, nor
        the task a method is for: "a novel model for the ASTE task, called PT-GCN", "a framework for KGQA tasks
        called …", "this task, called …" (a preposition or another determiner, or a plural head, ends the walk
        before a/an opens it). Session 62, abbr62: firings on unseen text in docs/history-entities.md. A bare
        comma stands for the naming word where "new" / "novel" (``words.novelty``) is in the phrase ("we introduce
        a new task, Knowledge Editing Type Identification (KETI)"), and a quote before the long form is read past
        ('named "Outline to Story" (O2S)'): session 67, acl67 (21 unseen firings, 19 right, 2 doubtful)."""
        i = start - 1
        if i >= 0 and doc[i].text in OPENING_QUOTES:
            i -= 1  # 'named "Explainable Evidence Extraction" (E3)' (acl67)
        for skipped in ("the", "as"):  # "called the bandit … problem", "dubbed as …"
            if i >= 0 and doc[i].lower_ == skipped:
                i -= 1
        bare_comma = i >= 2 and doc[i].text == ","  # "a new task, Inductive Link Prediction in NKGs (ILPN)" (acl67)
        if bare_comma:
            i -= 1
        elif i < 2 or doc[i].lower_ not in self.words.naming or not doc[i].lower_.endswith("ed"):
            return None  # a participle: "called", "named", "termed"; not "namely" ("formulating … as an OT problem, namely OTExtSum", a method)
        else:
            i -= 1 if doc[i - 1].text != "," else 2
        if doc[i].lower_ not in self.words.setting_appositions or doc[i].lower_.endswith("s"):
            return None
        words, j = [], i - 1
        while j >= 0 and len(words) <= NEW_TASK_PHRASE_WORDS:
            token = doc[j]
            if token.lower_ in ("a", "an"):
                break
            if token.text == ")":  # a short form inside the phrase: "a new continual learning (CL) problem"
                j = next((k for k in range(j - 1, max(-1, j - 5), -1) if doc[k].text == "("), -1) - 1
                continue
            if not (token.is_alpha or token.text == "-") or token.lower_ in self.words.determiners or token.lower_ in CLAUSE_OPENERS or (
                    token.lower_ in GLUE_WORDS and token.lower_ != "and"):
                return None  # "a novel model for the ASTE task, called", "a new formalization of the task called"
            words.append(token.lower_)
            j -= 1
        else:
            return None
        if j < 0 or self.words.setting_apposition_stops.intersection(words + doc[j:i].text.lower().split()):
            return None  # ("pre-training" is one token or three)
        if any(w in self.words.type_heads or w in self.words.method_descriptions or w.removesuffix("s") in self.words.model_descriptions for w in words):
            return None  # "a novel model …", "a … learning framework task"
        if bare_comma and not self.words.novelty.intersection(words):
            return None  # with no naming word only a new task names: not "To solve such a problem, Sparse Attention (SA) …"
        return "Task"

    def task_predicate_after(self, doc: Doc, short_i: int) -> str | None:
        """Task where the definition is the subject of a sentence that calls it a task or a
        problem, or hard or crucial, right after its bracket: "translation quality evaluation (TQE)
        is an essential task", "Expressive human pose and shape estimation (EHPS) is crucial for"
        (lexicon ``task_predicates_after_definition``). No head word gives these; span train: see
        docs/history-entities.md, session 49, abbr49."""
        cue = self.words.task_predicates
        i = short_i + 2
        if i >= len(doc) or doc[short_i + 1].text != ")" or doc[i].lower_ not in cue["verbs"]:
            return None
        j = i + 1
        while j < len(doc) and doc[j].lower_ in cue["adverbs"]:
            j += 1
        if j < len(doc) and doc[j].lower_ in cue["adjectives"]:
            return "Task"
        for k in range(i + 1, min(i + 6, len(doc))):
            word = doc[k].lower_
            if word in cue["nouns"]:
                return "Task"
            if doc[k].is_punct or word in self.words.type_heads:
                return None  # "X (SF) is a framework for the task": another kind of thing first
        return None

    def task_word_after(self, doc: Doc, i: int) -> bool:
        """"task(s)" right after a definition's bracket, or after the next definition of a
        coordination ("Recognizing Question Entailment (RQE) and medical Question Answering
        (QA) tasks"): the defined name is a task, whatever its long form's head says."""
        if doc[i].lower_ in self.words.task_words_after:
            return True
        if doc[i].lower_ not in {"and", "or", ","}:
            return False
        for j in range(i + 1, min(i + 10, len(doc) - 1)):
            if doc[j].is_sent_start or doc[j].text == "(" and doc[j - 1].text == ")" or doc[j].lower_ in CLAUSE_OPENERS:
                return False  # "Dual Normalization Multitasking (DNM), which aggregates the … (AVC) task": not a coordination
            if doc[j].text == ")":
                return doc[j + 1].lower_ in self.words.task_words_after and doc[j - 2].text == "("
        return False

    def not_a_thing(self, long_form: str) -> bool:
        """A definition of no entity of the schema: an organisation ("Nara Institute of Science
        and Technology (NAIST)", "National Oceanic and Atmospheric Administration (NOAA)") or an
        adjective ("speaker-independent (SI)", "context-dependent (CD)"); on 2,857 corpus papers
        each was a Method node."""
        words = [w.lower() for w in long_form.split() if w[:1].isupper()]  # "Agency-Belief-Communion" is no agency
        return bool(self.words.organisation_words.intersection(words)) or long_form.lower().endswith(
            (*ADJECTIVE_SUFFIXES, *DEFINED_ADJECTIVE_ENDINGS)) or self.defines_a_world_thing(long_form)

    def defines_a_world_thing(self, long_form: str) -> bool:
        """A one-word lower-case adjective ("musculoskeletal (MSK) disorders", "audio-visual (AV)", "out-of-vocabulary (OOV)")
        or a thing of the world headed by its last word ("mobile devices (MDs)", "Senior High
        School (SHS)"): typed Method for want of a head word, yet no entity of the schema."""
        words = long_form.lower().split()
        if not words:
            return False
        if len(words) == 1 and long_form.islower() and (words[0].endswith(self.words.defined_adjective_word_endings)
                                                        or words[0].startswith(self.words.defined_adjective_word_prefixes)):
            return True
        if self.names_a_language_variety(long_form):
            return True
        folded = name_words(long_form.lower())  # "code-switching (CS)": a phenomenon of two words
        # a preposition before the head, also inside a hyphenated name ("Clusters-of-Centres (CoC)", a method), keeps it
        return (headed_by(folded, self.words.defined_thing_heads) or " ".join(folded[-2:]) in self.words.defined_thing_heads) and not TITLE_HEAD_BREAKS.intersection(folded)

    def names_a_language_variety(self, long_form: str) -> bool:
        """A variety of a human language: capitalised words ending in a listed language ("Modern Standard Arabic
        (MSA)", "African American English (AAE)", "Brazilian Portuguese (BP)"), typed Method for want of a head
        word; the guideline annotates no language on its own (span train: the two definitions of MSA are no gold
        name). Every word before the language is a nationality or a variety word (lexicon ``language_variety_words``,
        which holds ``nationality_words``): not a controlled language, which span train's gold types a Method
        ("Attempto Controlled English (ACE)", "Processable English (PENG)"), nor a protocol or a data set named for a
        language ("Telegraph English (TE), a prompt-compression protocol", "Marchex English (ME), a modern evaluation
        set", "Corpus of Spontaneous Japanese (CSJ)"); data where a data word follows the bracket (``names_data``).
        Session 62, abbr62: firings on unseen text in docs/history-entities.md."""
        words = long_form.split()
        return len(words) >= 2 and self.is_language(words[-1]) and all(
            part in self.words.language_variety_words for word in words[:-1] for part in word.split("-"))

    def names_data(self, long_span: Span, short_tok) -> bool:
        """A world thing's definition with a data word after its bracket names data: "the Oral
        Cancer (OC) Dataset" is a dataset, though "Oral Cancer (OC)" alone is a disease."""
        return self.defines_a_world_thing(long_span.text) and self.data_word_after(long_span.doc, short_tok.i) in ("Dataset", "Benchmark")

    def defines_an_object(self, long_span: Span) -> bool:
        """A mathematical object the text names but does not propose ("posterior predictive
        distribution (PPD)", "weighted finite automata (WFA)", a game's solution concept "a Bayes correlated
        equilibrium (BCE)"; lexicon ``defined_object_heads``): typed Method for want of a head word, yet no
        entity of the schema. Not in a sentence that proposes it ("we propose a novel approach, Constrain
        Multi-modal Distribution (CMD)"), nor after a preposition ("Robust Embeddings via Distributions
        (RED)"), nor where a technique's or model's type word follows the bracket ("Deep Equilibrium (DEQ)
        models", an architecture; session 63, abbr63)."""
        words = name_words(long_span.text.lower())
        return headed_by(words, self.words.defined_object_heads) and not (
            TITLE_HEAD_BREAKS.intersection(words)  # the last word heads it only with no preposition before it
            or self.in_propose_context(long_span.doc, long_span.start)
            or self.type_word_after_name(long_span.doc, long_span.end) in ("Method", "Model"))

    def named_by_an_organisation(self, long_span: Span) -> bool:
        """"the 2019 Conference for Computational Language Learning (CoNLL)": where the initials
        matched only the words after the organisation's head, the definition is still its name."""
        doc, k = long_span.doc, long_span.start - 1
        return k >= 1 and doc[k].lower_ in ("for", "on", "of") and doc[k - 1].is_title and doc[k - 1].lower_ in self.words.organisation_words

    def defines_a_class(self, short: str, long_form: str, label: str) -> bool:
        """A definition of a generic class or description, not of a named thing: a kind of
        language model in the plural ("multi-modal large language models (MM-LLMs)",
        "visual large language models (VLLMs)") or data described in lower case ("problem
        data (PD)"). Narrow on purpose: "State Space Models (SSMs)", "quantile regression
        forests (QRF)" and "generalized linear models (GLMs)" are names (measured on the span
        corpus's dev split: broader rules lost more names than they removed junk)."""
        folded = " ".join(re.split(r"[\s\-]+", long_form.lower()))
        if label == "Model" and PLURAL_CLASS.match(short) and folded.endswith(("language models", "llms", "lms")):
            return True
        return label == "Dataset" and long_form == long_form.lower() and folded.split()[-1:] == ["data"]

    def label_from_head(self, long_form: str, default: str | None = "Method") -> str | None:
        """The type a spelled-out name's head word says ("... Attention" a Method, "... Benchmark"
        a Benchmark); ``default`` where the head says nothing."""
        words = name_words(long_form.lower())
        if not words:
            return None
        head = words[-1]
        label = self.words.abbr_heads.get(head) or self.words.abbr_heads.get(head.rstrip("s"))
        if label is None and long_form.islower():
            label = self.label_before_preposition(words)
        if data_label := self.data_head_before_for(long_form):
            label = data_label
        if head.rstrip("s") == "model" and len(words) >= 2 and words[-2] in TYPE_WORD_MODIFIERS:
            label = "Model"  # "Pathways Language Model (PaLM)": a trained model; "Agent-Based Model (ABM)": a method
        if label == "Task" and any(w.endswith(("augmented", "guided", "based", "aware")) for w in words):
            label = "Method"
        if label is None and self.listed_model_suffix(long_form.split()[-1]):
            label = "Model"  # "Reorder-BART (Re-BART)"
        if label == "Task" and not long_form.islower():
            label = self.thing_head_before_purpose(long_form) or label
        return label or default

    def thing_head_before_purpose(self, long_form: str) -> str | None:
        """The thing a capitalised long form names where its own head comes before a purpose link
        (lexicon ``defined_purpose_links``): "Nexus Vision Transformer for Anomaly Detection (NexViTAD)"
        is a network, "Urdu News Dataset for Hierarchical Text Classification (UNDHTC)" a dataset,
        though their last word is a task's (draw67). Only a thing's head (Method, Model, Dataset,
        Benchmark) types it: "Understanding for Reasoning in Action" stays what it was."""
        words = long_form.split()
        for i, word in enumerate(words[1:-1], 1):
            if word.lower() in self.words.defined_purpose_links:
                label = self.label_from_head(" ".join(words[:i]), default=None)
                return label if label in ("Method", "Model", "Dataset", "Benchmark") else None
        return None


    def data_head_before_for(self, long_form: str) -> str | None:
        """The type of a benchmark or data head word before a capitalised long form's first purpose link
        ("for", lexicon ``defined_purpose_links``, as ``thing_head_before_purpose`` reads it):
        "Bias Benchmark for Generation (BBG)", "Vector Index Benchmark for Embeddings (VIBE)" name a
        benchmark, whatever task or technique word ends them (typed Task / Method before; small67).
        Only these heads: a technique head before "for" does not type a coined name (TEMPURA). The
        span typer keeps the type (``typed_labels``). A data head of ``defined_content_heads`` before "of" (lexicon
        ``defined_content_links``) says what the data holds: "International Corpus of Learner English
        (ICLE)" is a corpus (typed Method, or dropped, where its last word is a language; acl68: 35 changed
        unseen corpus papers, 35 right)."""
        words = name_words(long_form.lower())
        links = [i for i, w in enumerate(words[1:-1], 1) if w in self.words.defined_purpose_links
                 or w in self.words.defined_content_links and words[i - 1] in self.words.defined_content_heads]
        if long_form.islower() or not links:
            return None
        before = words[links[0] - 1]
        label = self.words.abbr_heads.get(before) or self.words.abbr_heads.get(before.rstrip("s"))
        return label if label in ("Benchmark", "Dataset") else None

    def label_before_preposition(self, words: list[str]) -> str | None:
        """The type the word before a lower-case long form's first preposition says, where its last
        word says none: "anomaly detection in sounds (ADS)" is a task, "accuracy under the
        accuracy-coverage curve (AUACC)" a metric (each typed Method before). Lower case only: a
        capitalised long form is a coined name, which a head before "for" does not type
        ("Temporal Event Masked Prediction and Understanding for Reasoning in Action (TEMPURA)")."""
        for i, word in enumerate(words[1:-1], 1):
            if word in DEFINED_HEAD_PREPOSITIONS:
                before = words[i - 1]
                return self.words.abbr_heads.get(before) or self.words.abbr_heads.get(before.rstrip("s"))
        return None

    def class_short_forms(self, definitions: list[tuple[Span, object]], foreign: bool = False) -> set[str]:
        """Short forms the text defines as a generic class ("foundation models (FMs)") or as no
        thing of the schema ("speaker-independent (SI)"), without their plural "s": "an RNA FM"
        later in the text is that class, not a name. So is, in ``foreign`` (French) text, a short form
        of French words ("la maladie d'Alzheimer (MA)", "Traitement Automatique des Langues (TAL)")."""
        return {short.text.rstrip("s") for long_span, short in definitions
                if (self.is_generic(long_span.text) or self.not_a_thing(long_span.text) and not self.names_data(long_span, short)
                    or self.named_by_an_organisation(long_span) or self.defines_an_object(long_span)
                    or self.defines_an_event(long_span, short) or foreign and in_another_language(long_span.text, self.words.foreign_function_words))
                and self.lookup(short.text) is None}

    def world_thing_listed_short_forms(self, definitions: list[tuple[Span, object]]) -> set[str]:
        """Listed short forms the text defines as a thing of the world ("Sudden Death Syndrome
        (SDS)", "Scanning Electron Microscopy (SEM)"), without their plural "s": in this text the
        letters are that thing, not the listed name (a method SDS, structural equation modelling
        SEM), so no rule's reading of them, the gazetteer's included, is a name."""
        return {short.text.rstrip("s") for long_span, short in definitions
                if self.defines_a_world_thing(long_span.text) and self.lookup(short.text) is not None}

    def defines_an_event(self, long_span: Span, short) -> bool:
        """"Face-voice Association in Multilingual Environments (FAME) Challenge": the definition
        names the event (``names_an_event``), so neither form is a name anywhere in the text; a
        long form ending in a task word names the task the event sets and stays ("Generic Event
        Boundary Captioning (GEBC) Challenge")."""
        return long_span.end < short.i and long_span[-1].lower_ not in self.words.task_heads and self.names_an_event(long_span.doc, short.i + 1)

    def bracketed_short_forms(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """A name-shaped word in brackets right after a found name that the definition finder could
        not spell ("Natural Language Prompt Encapsulation (Nano-Capsulator)", "3D Gaussian
        Splatting (3D-GS)", "Half-Learning Half-Distillation (HDHL)"): that name's short form, with its
        type and expansion, so its later uses are found too. Span train: where no mention covered
        such a word after a mention, the gold listed it 21 times in 28. It must open with the initial
        of the name's first or second word and not follow "for / with / via / using / through / by"
        (``words.bracketed_whole_openers``; not "Monte Carlo Tree Search (S3)", "Prompting (DEP)",
        "Learning for Named Entity Recognition (EL4NER)": the bracket names a larger thing) and not
        build on a listed name ("Reinforcement Learning (RL-CMSA)"); a size ("DeepSeek-R1 (671B)"),
        one letter, a slash list or a plural is none."""
        covered = {i for c in candidates for i in range(c.start, c.end)}
        ends: dict[int, Candidate] = {}
        for cand in sorted(candidates, key=lambda c: (c.end - c.start, RULE_PRIORITY[c.rule])):
            ends[cand.end] = cand  # the longest name ending there, the strongest rule's, as ``resolve`` prefers it
        out = []
        for i, token in enumerate(doc):
            if token.text != "(" or i not in ends or not doc[i - 1].whitespace_:
                continue
            close = next((j for j in range(i + 1, min(len(doc), i + MAX_BRACKETED_TOKENS + 2)) if doc[j].text == ")"), None)
            if close is None or close == i + 1 or any(doc[j].whitespace_ for j in range(i + 1, close - 1)) or covered.intersection(range(i + 1, close)):
                continue
            short = doc[i + 1 : close].text
            long = ends[i]
            long_text = span_text(doc[long.start : long.end])
            if len(short) < 2 or not any(c.isupper() for c in short) or not short[0].isalnum() or BRACKETED_SIZE.match(short) or short in long_text \
                    or "/" in short or PLURAL_CAPITALS.search(short):
                continue  # "gRefCOCO (GREC/GRES)": the tasks run on it; "(dLLMs)": a class in the plural, which ``resolve`` drops with its expansion
            if self.lookup(short) is not None or self.is_generic(short) or self.not_a_name(short) or "-" in short and self.lookup(short.split("-")[0]) is not None:
                continue
            initials = [w[0].lower() for w in name_words(long_text)][:2]
            if short[0].lower() not in initials or long.start > 0 and doc[long.start - 1].lower_ in self.words.bracketed_whole_openers:
                continue
            out.append(Candidate(i + 1, close, long.label, "abbreviation", long.canonical, long_form=long_text, proposed=long.proposed))
        return out

    def implicit_short_forms(self, doc: Doc, candidates: list[Candidate], defined: dict) -> list[Candidate]:
        """A short form the paper uses without defining it, spelled by the initials of a name it
        found ("vanilla DPS" in a paper titled "… via Diffusion Posterior Sampling"): the name's
        type and its short form. Span train: such capitals are annotated, with the name's type,
        349 times in 440 (79 not at all, 12 with another type). Three letters at least, and never
        a listed or generic word ("RL", "NAS" are the lists' to type)."""
        shorts = [doc[i] for i, text in enumerate(token_words(doc)[0]) if 3 <= len(text) <= 6 and text.isupper() and text.isalpha() and text not in defined]
        if not shorts:
            return []
        long_names: dict[str, Candidate] = {}
        for cand in candidates:
            words = [t for t in doc[cand.start : cand.end] if not t.is_punct]
            if len(words) < 2 or not all(t.text[:1].isalpha() for t in words):
                continue
            for chosen in (words, [t for t in words if not t.is_stop]):
                parts = [p for t in chosen for p in t.text.split("-") if p]
                long_names.setdefault("".join(p[0] for p in parts).upper(), cand)
        out = []
        for token in shorts:
            cand = long_names.get(token.text)
            if cand is None or self.lookup(token.text) is not None or self.is_generic(token.text) or cand.start <= token.i < cand.end:
                continue
            out.append(Candidate(token.i, token.i + 1, cand.label, "abbreviation", cand.canonical,
                                 long_form=span_text(doc[cand.start : cand.end]), proposed=cand.proposed))
        return out

    @staticmethod
    def carry_definitions(doc: Doc, candidates: list[Candidate], defined: dict[str, Candidate]) -> None:
        """A short form the paper defines ("knowledge graph completion (KGC)") keeps that
        expansion where a weaker rule (the recogniser, a cue) found it again later: without it a
        bare "KGC" of a short form defined otherwise elsewhere in the corpus stays a node of its
        own, a second task the paper addresses (span train: 434 papers held such a mention)."""
        for cand in candidates:
            if cand.end - cand.start != 1 or cand.canonical or cand.long_form or RULE_PRIORITY[cand.rule] >= RULE_PRIORITY["abbreviation"]:
                continue
            definition = defined.get(doc[cand.start].text)
            if definition is not None and (definition.long_form or definition.canonical):
                cand.canonical, cand.long_form = definition.canonical, definition.long_form

    @staticmethod
    def listed_definitions(candidates: list[Candidate]) -> dict[tuple[int, int], Candidate]:
        """A definition's short form read by its listed name, by span: ``resolve`` gives that
        name to another rule's reading of the same words (``read_as_listed_definition``)."""
        definitions: dict[tuple[int, int], Candidate] = {}
        for c in candidates:
            if c.rule == "abbreviation" and c.canonical:
                definitions.setdefault((c.start, c.end), c)
        return definitions

    def read_as_listed_definition(self, cand: Candidate, definitions: dict[tuple[int, int], Candidate]) -> None:
        """"Low-Rank Adapters (LoRA)" read as a capitalised name, or "Generative Pre-trained
        Transformer 2 (GPT-2)" as a model's shape: still the listed short form's thing, if the
        same kind of thing ("zero-shot relation extraction (zsRE)", a task, is no dataset)."""
        if cand.canonical is None and cand.long_form is None:
            defined = definitions.get((cand.start, cand.end))
            listed = self.lookup(defined.canonical) if defined is not None else None
            if listed is not None and KIND_OF.get(defined.label) == KIND_OF.get(cand.label):
                cand.canonical, cand.long_form = defined.canonical, defined.long_form
                # and its lineage, as the listed name gives it: GPT-2 spelled out is no VARIANT_OF a GPT the text never names
                cand.family, cand.variant = self.gazetteer_lineage(listed, defined.canonical)

    def type_listed_definitions_as_listed(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> None:
        """A definition's long form read as a listed thing ("mean Average Precision (mAP)", rule
        "abbreviation" with the listed name as canonical) is of the listed thing's kind. The span
        typer reviews the long form alone (a listed short form is not its to review) and read it a
        Method once its sentence said "improves": the long form then linked as a Method under the
        short form's name, which joined another paper's "Maximum-a-posteriori (MAP)" to the metric.
        Only where the list spells the long form out as the listed thing's (a definition of a listed
        short form with an expansion of its own is read as listed all the same: "(HOTA)", "(CIoU)").
        A different type of the same kind (Dataset / Benchmark, Method / Model) is left as read."""
        for cand in chosen:
            if cand.rule != "abbreviation" or not cand.canonical or not cand.long_form:
                continue
            fold = fold_name(span_text(doc[cand.start : cand.end]))
            if fold != fold_name(cand.long_form):
                continue  # the short form keeps its reading: "VCR" data named by its task, "MT" the method (span train: 4 of 11 right)
            entry = self.lookup(cand.canonical) or self.listed_in_other_capitals(cand.long_form)
            if entry is None or not any(same_words(cand.long_form, a) for a in (entry.name, *entry.aliases) if " " in a):
                continue  # the list spells out no such expansion: "Complete IoU (CIoU) loss", the paper's "(HOTA)" method
            if label_of.get(fold) is not None and KIND_OF.get(label_of[fold]) != KIND_OF.get(entry.label):
                label_of[fold] = entry.label

    def listed_in_other_capitals(self, long_form: str) -> GazetteerEntry | None:
        """The one entry listed case-sensitively (for its short form's sake) whose spelled-out name a
        definition's long form writes in other capitals: "Mean Average Precision (MAP)" is mAP's
        "mean average precision", "Google speech commands (GSC)" the "Google Speech Commands" data,
        where ``lookup`` finds neither (its case keys are the listed capitals) and the definition was
        read a Method (vote66: 2 such definitions on 2,500 unseen abstracts, both right)."""
        entries = {e for e, _ in self._cased_by_fold.get(fold_name(long_form), ())
                   if any(" " in a and fold_name(a) == fold_name(long_form) for a in (e.name, *e.aliases))}
        return entries.pop() if len(entries) == 1 else None

    def type_short_forms_as_expansions(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> None:
        """A defined short form is the kind of thing its expansion is (``label_of`` gets its type),
        unless it is data named by its task (``data_named_by_its_task``); one that spells only the tail
        of the Task name before its bracket is that task (``short_form_of_a_task_tail``)."""
        for cand in (c for c in chosen if c.long_form):
            short, expansion = fold_name(span_text(doc[cand.start : cand.end])), fold_name(cand.long_form)
            if short != expansion and self.short_form_of_a_task_tail(doc, cand, chosen, label_of):
                label_of[short] = "Task"
                continue
            if short == expansion or not label_of.get(expansion):
                continue
            if not self.data_named_by_its_task(label_of.get(short), label_of[expansion]):
                label_of[short] = label_of[expansion]
                continue
            for other in chosen:  # data named by a listed task ("VCR") is not that task: it neither votes nor links as it
                if fold_name(span_text(doc[other.start : other.end])) == short and other.canonical and fold_name(other.canonical) == expansion:
                    other.long_form = other.canonical = None

    def short_form_of_a_task_tail(self, doc: Doc, cand: Candidate, chosen: list[Candidate], label_of: dict[str, str | None]) -> bool:
        """"Speech-driven talking face synthesis (TFS)", "person re-identification (ReID)": the initials
        spell only the tail of a Task name the bracket follows, so the definition's
        long form ("talking face synthesis") is never a name of its own, and the unlisted short form,
        typed Method by default where the long form's last word says no type, is that task's ("multilingual
        TFS" was a used method, the task lost its later mentions). Session 65 (usedfor65): see
        docs/history-relations.md. A capitalised long form never reaches the Task test: the recogniser keeps
        it as a name of its own ("Speech-Driven Talking Face Synthesis (TFS)" gives "Talking Face Synthesis",
        "Parameter-efficient Visual Reprogramming (VR)" "Visual Reprogramming"), or reads the whole name as
        the long form, so no longer Task name ends at the bracket; usedfor65's lower-case-only check was
        removed in session 66 (tidy66: 686 corpus and set abstracts of the shape and 19 probes, none reached
        it)."""
        if label_of.get(fold_name(span_text(doc[cand.start : cand.end]))) != "Method" or cand.start < 2 or doc[cand.start - 1].text != "(":
            return False
        if self.lookup(span_text(doc[cand.start : cand.end])) is not None or self.label_from_head(cand.long_form, default=None) is not None:
            return False
        expansion = fold_name(cand.long_form)
        for other in chosen:
            name = fold_name(span_text(doc[other.start : other.end]))
            if other.end == cand.start - 1 and name != expansion and name.endswith("-" + expansion) and label_of.get(name) == "Task":
                return True
        return False

    @staticmethod
    def data_named_by_its_task(short_label: str | None, expansion_label: str) -> bool:
        """A short form typed data whose expansion is a Task keeps its own type: "Visual Commonsense
        Reasoning (VCR)" is the task, "the VCR benchmark" the data named by it ("Full-Sentence Visual
        Question Answering (FSVQA) dataset", "Adversarial VQA (AdVQA) benchmark"). Span train: the
        short form took the Task 9 times, each time gold data; the graph changed in 5 papers, 3 right,
        1 both ways, 1 lost edge (a listed task's short form is still filed under the task by linking)."""
        return short_label in ("Dataset", "Benchmark") and expansion_label == "Task"

    def join_short_form_variants(self, spans: list[Span], candidates: list[Candidate]) -> None:
        """A name written once with a short form inside and once spelled out ("knowledge-based
        VQA" and "knowledge-based visual question answering", "sparse KGC" after "Sparse
        Knowledge Graph Completion (KGC)") is one thing: the short-form spelling takes the other
        as its canonical name. The short form's expansion is the paper's own definition, else
        the gazetteer's (span train: 34 papers gave such a pair two task nodes)."""
        if not spans:
            return
        doc = spans[0].doc
        expansions: dict[str, str] = {}
        for c in candidates:
            if c.rule in ("abbreviation", "local_abbreviation") and c.end - c.start == 1 and c.long_form:
                expansions.setdefault(doc[c.start].text, c.long_form)
        for long_span, short in abbreviation_definitions(doc):  # a definition that names no entity ("Parkinson's disease (PD)") still spells "PD detection"
            expansions.setdefault(short.text, long_span.text)
        spelled = {fold_name(s.text): s for s in spans if len(s) > 1}
        for span in spans:
            if len(span) < 2 or span._.kg_long_form or (span._.kg_canonical and span._.kg_rule != "gazetteer"):
                continue  # a listed spelling may join another: the gazetteer lists "knowledge-based VQA" on its own
            for tok in span:
                if not (tok.is_upper and len(tok.text) >= 2):
                    continue
                entry = self.lookup(tok.text)
                expansion = expansions.get(tok.text) or (entry.name if entry is not None and entry.label == span.label_ else None)
                if not expansion or fold_name(expansion) == fold_name(tok.text):
                    continue
                words = [t.text_with_ws if t.i != tok.i else expansion + tok.whitespace_ for t in span]
                other = spelled.get(fold_name("".join(words)))
                if other is not None and other.label_ == span.label_ and other.text != span.text:
                    span._.kg_canonical = other._.kg_canonical or other.text
                    break
