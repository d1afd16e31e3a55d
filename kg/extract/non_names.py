"""Spans shaped like names that name nothing of the schema.

Citations ("Lample and Conneau, 2019", "[Ji+24]"), a code's part ("cs.CL"), a host ("available at
CityUHK"), shared tasks and events by their edition ("SemEval-2021 Task 2"), a team in a
shared-task title, a span cut after a bound prefix ("pre" of "pre-trained"). The recogniser drops
these before typing; each test says what the span train annotation showed for its shape.

``NonNameRules``, a mixin of ``EntityRecognizer``, holds the tests that read
the recogniser's word lists: a class word or a language (``is_generic``, ``is_language_pair``), an experiment step,
a product or a tool, a task phrase that describes the next word or names a task's items.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.extract.candidates import Candidate
from kg.extract.name_shapes import without_accents
from kg.extract.parse import glued_to, span_text, token_words, words_text
from kg.names import extraction_fold_name as fold_name

if TYPE_CHECKING:
    from kg.extract.gazetteer_names import GazetteerEntry


SURNAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"  # "Cai", "Ortega-Andres"
# Two authors cited by name: "proposed by Ortega-Andres & Vicente (2019)", "Lample and Conneau, 2019"
# (span train: 20 such citations, none annotated; the recogniser took the first for a Method).
AUTHOR_PAIR = re.compile(rf"^{SURNAME} (?:&|and) {SURNAME}$")
AUTHOR = re.compile(rf"^{SURNAME}$")  # one surname, a citation going on after it ("Cai et al.")
CITED_YEAR = re.compile(r"^(?:19|20)\d\d[a-z]?$")  # "2019", "2016a"


def cites_authors(doc: Doc, start: int, end: int) -> bool:
    """A span of two capitalised surnames followed by a year, in brackets or after a comma; or one
    surname a citation goes on from: "Cai et al.", "Cai and Wang (2020". A listed
    acronym matched in a surname's case ("Cai" for Constitutional AI's CAI) is an author there.
    Span train: 120 such single-surname citations, none annotated."""
    text = span_text(doc[start:end])
    if AUTHOR_PAIR.match(text):
        return end + 1 < len(doc) and doc[end].text in ("(", ",") and bool(EDITION_YEAR.match(doc[end + 1].text))
    if not AUTHOR.match(text) or end + 1 >= len(doc):
        return False
    if doc[end].lower_ == "et" and doc[end + 1].lower_ in ("al", "al."):
        return True
    k = end + 2  # a second author, then the year: one name alone before "(2017)" may be the thing ("Transformer (2017)")
    return doc[end].lower_ in ("and", "&") and bool(AUTHOR.match(doc[end + 1].text)) and k + 1 < len(doc) and doc[k].text in ("(", ",") \
        and bool(CITED_YEAR.match(doc[k + 1].text))


# An author-year citation key: "Ji+24", "DYT24", "Sal25a", "KL93b".
CITATION_KEY = re.compile(r"^[A-Z][A-Za-z]*\+?\d{2}[a-z]?$")


def cites_by_key(doc: Doc, start: int, end: int) -> bool:
    """"… can detect hallucinations [AM23; Bei+24; DYT24; Ji+24]": a key-shaped item of a square-bracket
    list is a citation, not a model or method (175k arXiv abstracts: every one of the 81 square-bracket
    groups with such an item is a citation list)."""
    if not CITATION_KEY.match(words_text(doc, start, end)) or start == 0 or end >= len(doc):
        return False
    if doc[start - 1].text not in ("[", ";", ",") or doc[end].text not in ("]", ";", ","):
        return False
    for k in range(start - 1, max(start - 60, 0) - 1, -1):
        if doc[k].text in ("]", "(", ")") or doc[k].is_space:
            return False
        if doc[k].text == "[":
            return True
    return False


def after_a_code_prefix(doc: Doc, start: int) -> bool:
    """The part after a glued dot of a code: "the cs.CL corpus of the arXiv repository" made a
    Dataset (then a Task) "CL" of an arXiv category."""
    return start > 1 and doc[start - 1].text == "." and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ \
        and doc[start - 2].is_lower and doc[start - 2].is_alpha


BOUND_PREFIXES = frozenset({"pre", "non", "self", "semi", "multi", "co", "re", "un", "anti", "inter", "intra", "post", "sub", "de", "bi", "tri"})


def ends_on_a_bound_prefix(doc: Doc, end: int) -> bool:
    """A span cut inside a hyphenated word after a prefix that cannot end a name: "Attention-based
    pre" of "Attention-based pre-trained language models" (the tokenizer splits at the hyphen)."""
    return 0 < end < len(doc) - 1 and doc[end - 1].text in BOUND_PREFIXES and not doc[end - 1].whitespace_ \
        and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_alpha


def names_a_host(doc: Doc, start: int) -> bool:
    """"our website is available at CityUHK", "the challenge webpage is hosted on CodaBench": a
    capitalised word where something is hosted names a site or an institution, not a thing of
    the schema (span train: 16 of 18 names so placed unannotated; the two annotated are listed)."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ in ("at", "on", "via") and doc[k - 1].lower_ in ("available", "hosted", "accessible")


def names_a_shared_task(doc: Doc, end: int) -> bool:
    """"the SIGMORPHON 2018 shared task": a shared task's name stays unannotated (guideline;
    span train: 0 of 18 names before "shared task" annotated). The edition's year may stand
    between: "the CLPsych 2024 shared task" (CLPsych was a Method on an ACL Anthology sample).
    So does a name before a task's number, in either case: "SemEval task 4" was a Method on an
    ACL Anthology sample (span train: 0 of 26 names before "Task N" / "task N" annotated)."""
    texts, lowers = token_words(doc)
    if end + 2 < len(doc) and EDITION_YEAR.match(texts[end]) and lowers[end + 1] == "shared":
        end += 1
    if end + 2 < len(doc) and texts[end] == "(" and texts[end + 2] == ")":
        end += 3  # "Learning With Disagreements (LeWiDi) shared task"
    elif end < len(doc) and texts[end] == ")":
        end += 1
    if end + 1 < len(doc) and lowers[end] == "task" and doc[end + 1].like_num:
        return True  # "SemEval-2021 Task 2", "our participation in SemEval task 11"
    return end + 1 < len(doc) and lowers[end] == "shared" and lowers[end + 1] in ("task", "tasks")


# An edition's year, written alone after a name ("CLPsych 2024") or joined to it ("SemEval-2018")
EDITION_YEAR = re.compile(r"^(?:19|20)\d\d$")

EDITION_NAME = re.compile(r"^[A-Za-z][A-Za-z-]*?[- ]?(?:19|20)\d\d$")

# A shared task's number, alone or after its event: "Task-6", "SemEval-2020 Task 3"
TASK_NUMBER = re.compile(r"(?:^|\s)Task[- ]?\d+$")


def events_by_edition(doc: Doc, chosen: list, label_of: dict[str, str | None]) -> list[str]:
    """Methods and Models that are an event by its edition: a word with a year ("SemEval-2018",
    "EmoInt-2017", "PalmX 2025"; a word before a year, "at SemEval 2024", "CLPsych 2024") or a
    shared task's number ("Task-6", "SemEval-2020 Task 3"). A name with a year is a dataset or a
    benchmark when it is anything (span train gold: 22 such names, all Dataset or Benchmark; the
    4 the pipeline typed Method or Model were all wrong); on an ACL Anthology sample of 250
    abstracts 7 shared tasks and their events were Methods. A year inside a title's name of several
    words ("NeurIPS 2020 EfficientQA Competition", "BioNLP-OST 2019 RDoC Tasks") dates the event
    too (span train: 2 such Method nodes, neither gold; no other set has one)."""
    out = []
    for cand in chosen:
        text = words_text(doc, cand.start, cand.end)
        fold = fold_name(text)
        if label_of.get(fold) not in ("Method", "Model"):
            continue
        year_after = (cand.end < len(doc) and EDITION_YEAR.match(doc[cand.end].text) is not None
                      and text.replace("-", "").isalpha())
        year_inside = any(EDITION_YEAR.match(t.text) for t in doc[cand.start : cand.end - 1])
        if EDITION_NAME.match(text) or TASK_NUMBER.search(text) or year_after or year_inside:
            out.append(fold)
    return out


# What follows "X at" / "X @" in a shared-task paper's title: "SemEval-2021 Task 2", "the IWPT 2020
# Shared Task", "Ego4D Challenge 2022", "WNUT-2020 Task 2".
SHARED_TASK_EVENT = re.compile(r"\b(?:SemEval|WMT|Shared Task|Task \d|Challenge|Track \d|\w*-?(?:19|20)\d\d)\b", re.IGNORECASE)


def team_in_title(doc: Doc, title_end: int) -> Span | None:
    """The team of a shared-task system paper, "Mavericks at BLP-2023 Task 1: …", "TartuNLP @
    SIGTYP 2024 Shared Task: …": a team is no entity (span train: 4 of 18 such heads annotated,
    as the team's system)."""
    for token in doc[1 : min(title_end, 5)]:
        if token.lower_ in ("at", "@"):
            event = span_text(doc[token.i + 1 : title_end]).split(":")[0]
            return doc[: token.i] if SHARED_TASK_EVENT.search(event) else None
    return None


POSSESSIVE_MARKS = ("'s", "\u2019s")
TEAM_OPENERS = ("the", "our", "team")  # "describes the SETU-ADAPT's …", "describe team Scubed's approach"


def team_before_its_work(doc: Doc, start: int, end: int, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether the name at [start, end) is a shared-task team: "This paper presents HW-TSC's
    submission to …", "we describe AppTek's submission", "presents the JHU's submissions" (a report
    verb, the name, its possessive, what a team enters; "X team's" too). Span train's gold leaves
    such possessors unannotated (MagicPai, audEERING twice); in the ACL Anthology the possessor is
    a team, a lab or a university wherever read (session 70, acl70)."""
    k = end + (end < len(doc) and doc[end].lower_ == "team")
    if not (k + 1 < len(doc) and doc[k].lower_ in POSSESSIVE_MARKS and doc[k + 1].lower_ in nouns):
        return False
    after = doc[k + 2] if k + 2 < len(doc) else None
    if after is not None and after.is_alpha and after.is_lower and not (after.is_stop or after.lower_ in nouns or after.lower_.endswith("ed")):
        return False  # "outline Redcoat's system architecture": the work noun modifies another noun ("system submission", "system used for" pass)
    i = start - 1
    while i >= 0 and doc[i].lower_ in TEAM_OPENERS:
        i -= 1
    return i >= 0 and doc[i].lower_ in verbs


# An elided French article or pronoun opening a word: "L'étude", "Cadre d'évaluation", "qu'il"
ELIDED_OPENER = re.compile(r"(?:^|\s)(?:[LlDdJjNn]|[Qq]u)['\u2019\u201f](?=\w)")


def written_in_another_language(doc: Doc, function_words: frozenset[str], min_words: int) -> bool:
    """Whether a title and abstract are French text: at least ``min_words`` different function words
    of the lexicon's ``foreign_function_words``, as written ("et" of "et al." does not count). ACL
    Anthology: 1,069 of its 1,073 French abstracts, 5 of the other 57,401 records (French titles);
    span train: none has more than 2, span dev 3 ("ASDA : Analyseur Syntaxique du Dialecte
    Algérien dans un but d'analyse …", a French name of an English abstract, gold)."""
    texts, lowers = token_words(doc)
    seen = {text for i, text in enumerate(texts) if text in function_words
            and not (text == "et" and i + 1 < len(texts) and lowers[i + 1] == "al")}
    return len(seen) >= min_words


def in_another_language(name: str, function_words: frozenset[str]) -> bool:
    """A span of French text, no name (ACL Anthology: 1.8% of its abstracts, mostly JEP-TALN-RECITAL):
    it holds a function word of the lexicon's ``foreign_function_words``, as written ("Approche
    quantitative par extraction", "un outil de classification"), or an elided article
    ("L'objectif"), or it is such a word capitalised to open a sentence, alone or before a
    lower-case word ("Avec", "Celle-ci", "Nous comparons …"; an acronym in capitals, "DES", "UN",
    "PAR", is no such word). Asked only of text ``written_in_another_language``."""
    words = name.split()
    if not words or ELIDED_OPENER.search(name) or any(w in function_words for w in words):
        return bool(words)
    first = words[0]
    capitalised = first[:1].isupper() and (first[1:].islower() or "-" in first and first[1:].replace("-", "").islower())
    return capitalised and first.lower() in function_words and (len(words) == 1 or words[1][:1].islower())


LANGUAGE_PAIR_TOKENS = 5  # the longest translation direction before a task: "English - to - French", five tokens
# A part of the paper itself ("7.32 in MT-Bench (Figure 12)" gave a Benchmark "Figure 12"): never a name.
DOCUMENT_PART = re.compile(
    r"^(?:Fig(?:ure)?s?|Tab(?:le)?s?|Sec(?:tion)?s?|Appendix|Eq(?:uation)?s?|Algorithm|Theorem|Lemma|Corollary|Proposition|Chapter)"
    r"(?:\.\s*|\s+)\(?[A-Z]?\d+(?:\.\d+)*[a-z]?\)?$", re.IGNORECASE)
# What the text calls a name it introduces (EntityRecognizer.descriptions): the noun phrase after
# "X, a …" / "X is a …" ends at a preposition, a conjunction, a relative pronoun or a verb.
DESCRIPTION_END = frozenset("""for that which who to with without in into on of by and or via from using as at under over
across through between among within than while is are can will was achieves achieve""".split())
CONSTANT_NAME = re.compile(r"^[A-Z0-9]+(?:_[A-Z0-9]+)+$")
STRAY_QUOTE = re.compile(r'(?<!\\)["\u201c\u201d]')  # not LaTeX's umlaut: "Nystr\\"om approximation"
# "-to-" before "-", so "English-to-German" is a pair; "->" is left out ("WMT-14 DE->EN" would become a
# dataset name; span train's gold is "WMT-14")
LANGUAGE_PAIR_SPLIT = re.compile(r"\s*(?:-to-|-|–|→|⇒)\s*|\s+to\s+")
# A venue's name and its edition's year: "MICCAI 2023", "CVPR2023", "NeurIPS'22", "CVPR24"; two digits only
# glued or after an apostrophe ("IEEE-33" is a bus test network)
VENUE_EDITION = re.compile(r"^(.+?)(?:[ -]?(?:19|20)\d\d|(?:['\u2019]| ['\u2019])?\d\d)$")
SHORT_ACRONYM_CHARS = 4  # a listed product matches a word in capitals this short only as written


class NonNameRules:
    """The recogniser's tests of a span that names nothing of the schema (a class word, a language, an
    experiment step, a product, a tool): a mixin of ``EntityRecognizer``.

    It reads the recogniser's attributes ``_class_acronyms``, ``_experiment_steps``, ``_generic``, ``_languages``,
    ``_non_entity_codes``, ``_product_folds``, ``_product_names``, ``_hardware_names``, ``_venue_names`` and ``_data_nouns``; its word lists ``words.compared_with``,
    ``words.glued_base_words``, ``words.language_codes``, ``words.method_descriptions``, ``words.metric_modifiers``,
    ``words.modifier_heads``, ``words.not_names``, ``words.place_names``, ``words.property_adjective_suffixes``,
    ``words.task_adjective_spellings``, ``words.task_heads``, ``words.task_item_nouns``, ``words.task_property_nouns``
    and ``words.task_tool_nouns`` (``words``, the lexicon's ``RecogniserWords``); and its methods ``is_listed_data``,
    ``lookup`` and ``short_form_before``.
    """

    def is_generic(self, name: str) -> bool:
        """A class word ("LLMs", "vision-language model"), a language, a translation direction, or
        a class written with its short form ("multimodal LLM": "multimodal large language model").
        The fold drops accents: "Māori" spelled with its diacritics is the lexicon's "Maori"."""
        if fold_name(name) in self._generic or self.is_language_pair(name):
            return True
        words = name.split()
        spelled = self._class_acronyms.get(fold_name(words[-1])) if len(words) > 1 else None
        return spelled is not None and fold_name(" ".join([*words[:-1], spelled])) in self._generic

    def experiment_step(self, span: Span) -> bool:
        """"(automated) hyperparameter tuning / search" is a step of running the experiments
        ("requires no hyperparameter tuning"), not a Method, unless the text calls it one ("a
        hyperparameter tuning method"). Whole span train: a gold Method in 1 of the 8 abstracts
        where kg made it one (lexicon ``experiment_step_terms``)."""
        if fold_name(" ".join(span_text(span).split()[-2:])) not in self._experiment_steps:
            return False
        return span.end >= len(span.doc) or span.doc[span.end].lower_ not in self.words.method_descriptions

    def not_a_name(self, text: str, proposed: bool = False) -> bool:
        """Words in odd capitals that name no entity of the schema (tools, companies, the
        "(CITATION)" placeholder of ACL abstracts; lexicon ``not_names``), whichever recogniser
        found them; a listed metric among them ("FLOPs", "IoU") stays. Nor is a span with a double
        quote in it: 'mechanism,"Fair Game",to' is one token where a comma lacks its space. Nor a
        constant in capitals with underscores, a label or field of the data ("ENGINE_SPEC",
        "BATTERY_CAPACITY" were Datasets; span train: 0 of 18 such words annotated) but where the paper
        names it as its own (``proposed``: "a new metric ROUGE_NE"), nor a part of the paper by number
        ("Figure 12"). Nor a country or continent alone ("costs fall by 14.2% in Ireland": lexicon
        ``place_names``, as written, so CHAD the benchmark stays)."""
        return ((text in self.words.not_names or text in self.words.place_names or not proposed and bool(CONSTANT_NAME.match(text))) and self.lookup(text) is None
                or bool(STRAY_QUOTE.search(text)) or bool(DOCUMENT_PART.match(text)))

    def names_a_product(self, doc: Doc, cand: Candidate, text: str, defined_here: set[str]) -> bool:
        """A well-known piece of software, service, device, organisation, venue or event (lexicon
        ``non_entity_names``: "the ESPNET toolkit", "a FalkorDB knowledge graph", "in Blender",
        "the recent issue of PNAS"), or a study's registration code ("CRD42018116606"; lexicon
        ``non_entity_codes``): no entity of the schema, whichever rule found it. It stays where
        the gazetteer lists it, where the paper proposes it ("we present AutoCAD, a … framework"; not
        "propose the first FPGA-based accelerator", which is built on it)
        and right after a comparison word ("significantly faster than Chainer": the guideline's
        compared library). A short form the text defines by an unlisted long form is the paper's:
        "affine combination module (ACM)" is no ACM, "Amazon Web Services (AWS)" is
        (``defined_here``: such short forms)."""
        if text in defined_here:
            return False
        if not self.listed_product(text):
            return any(p.match(text) for p in self._non_entity_codes) or self.names_a_venue_edition(doc, cand, text)
        if cand.rule in ("proposed_name", "title_name") and not glued_to(doc, cand.end, self.words.glued_base_words) or self.lookup(text) is not None:
            return False  # not "propose the first FPGA-based accelerator": what the proposal is built on
        return not (cand.start > 0 and doc[cand.start - 1].lower_ in self.words.compared_with)

    def listed_product(self, text: str) -> bool:
        """``text`` as ``non_entity_names`` writes it, or in another case, but neither all lower case
        nor a short word in capitals ("GIT" is a model, not Git); or a listed device's model, its name
        as written and more after a space or hyphen ("Jetson ONX", "Arduino IDE", "A100-40G")."""
        return text in self._product_names or (not text.islower() and not (text.isupper() and len(text) <= SHORT_ACRONYM_CHARS)
                                               and text.casefold() in self._product_folds) or self.names_a_device_model(text)

    def names_a_venue_edition(self, doc: Doc, cand: Candidate, text: str) -> bool:
        """A listed venue (``non_entity_names``, "venues") and its edition's year, the whole name:
        "experiments on the MICCAI 2023 and 2024 PSFH segmentation benchmarks", "CVPR2023",
        "NeurIPS'22". The conference, no data (span train gold: no such name; session 61's unseen
        draw and a corpus probe: 15 such nodes, all wrong). Not where the gazetteer lists it, nor
        before a data noun within two words ("the ICLR2023 dataset" of peer reviews, "the ICPR22
        test dataset"). ISBI is no listed venue: "ISBI 2012" is the EM segmentation data."""
        match = VENUE_EDITION.match(text)
        if match is None or match.group(1) not in self._venue_names or self.lookup(text) is not None:
            return False
        return not any(t.lower_ in self._data_nouns.words for t in doc[cand.end : cand.end + 2])

    def names_a_device_model(self, text: str) -> bool:
        """A listed device (``non_entity_names``, "hardware") as written, then a space or hyphen and
        more: a model of that device ("Jetson Orin Nano", "RTX 5090 GPU", "A100-40G"). Not a
        word glued to "-based" ("FPGA-based accelerator"): names_a_product's proposal check
        reads that one."""
        return any(text.startswith(name) and text[len(name) : len(name) + 1] in (" ", "-") for name in self._hardware_names)

    def is_language_pair(self, text: str) -> bool:
        """"English-German", "English→Romanian", "De-En", "Cantonese to English": a translation
        direction, named only inside a dataset's or a task's name ("WMT'14 English-German"; span
        train lists no pair alone, 18 of 42 pairs inside a name)."""
        parts = [p.lower() for p in LANGUAGE_PAIR_SPLIT.split(text)]
        return len(parts) == 2 and (all(self.is_language(p) for p in parts) or all(p in self.words.language_codes for p in parts))

    def is_language(self, word: str) -> bool:
        """A human language's name, with or without its diacritics ("Māori", "Maori")."""
        lowered = word.lower()
        return lowered in self._languages or (not lowered.isascii() and without_accents(lowered) in self._languages)

    def after_property_adjective(self, doc: Doc, start: int, entry: GazetteerEntry) -> bool:
        """A bare base metric ("accuracy", "precision", lexicon ``metric_modifier_heads``) right
        after a relational adjective in -ic/-ical (lexicon ``property_adjective_suffixes``:
        "statistical accuracy", "anatomical accuracy", "thermodynamic accuracy", "linguistic
        accuracy") names a quality of the output, not the score a paper reports; nor is the bare
        word the metric where the whole phrase is one ("clinical accuracy"). A listed modifier
        ("diagnostic accuracy") still makes the modified metric. Train: 5 false metrics gone, no
        gold one lost (2 of 8 such mentions were gold, "identical accuracy", "practical latency",
        both named again elsewhere in their papers)."""
        if start == 0 or entry.name not in self.words.modifier_heads:
            return False
        before = doc[start - 1]
        lower = before.lower_
        return (before.is_lower and before.is_alpha and lower.endswith(self.words.property_adjective_suffixes)
                and lower not in self.words.metric_modifiers and lower not in self.words.task_heads)

    def describes_next_word(self, doc: Doc, start: int, end: int) -> bool:
        """A listed task in a spelling that the field uses as an adjective (lexicon
        ``task_adjective_spellings``), right before a word it describes: "an instruction-following
        dataset", "Instruction-Following Agents". Not before an ability or score ("instruction-following
        capabilities"): the sample golds count the task there."""
        text = span_text(doc[start:end]).lower()
        if end >= len(doc) or not any(text == s or text.endswith(" " + s) for s in self.words.task_adjective_spellings):
            return False  # "zero-shot instruction-following settings" too
        following = doc[end]
        return (following.is_alpha and following.lower_ not in DESCRIPTION_END and not following.is_stop
                and following.lower_ not in self.words.task_property_nouns)

    def names_a_tool(self, doc: Doc, start: int, end: int) -> bool:
        """A task's short form right before a lower-case noun for a tool, service or setting
        that does it (lexicon ``task_tool_nouns``: "we use OCR tools", "answers for QA service",
        "satisfactory SLU schema", "any NLG setup") names that thing, not a task the paper works
        on. Whole train, Tasks written only so: 5 nodes, none gold. A spelled-out task there
        is often the paper's own ("currently available content moderation tools" in Llama
        Guard's abstract; train: 2 false nodes, 1 gold, and proxy2's gold counts the task)."""
        return self.short_form_before(doc, start, end, self.words.task_tool_nouns)

    def names_task_items(self, doc: Doc, start: int, end: int) -> bool:
        """A task's short form right before a lower-case noun for items of data (lexicon
        ``task_item_nouns``: "18,000 QA pairs", "QA samples", "different QA distributions") names
        the data, no task the paper works on. Whole train, Tasks written only so: 4 nodes, none
        gold ("QA data" is left alone: "NER data" was the paper's gold task)."""
        return self.short_form_before(doc, start, end, self.words.task_item_nouns)

    def language_pair_before(self, doc: Doc, start: int) -> int | None:
        """Where a translation direction right before token ``start`` opens ("English-Japanese",
        "English-to-French", "Hindi to Marathi" machine translation: the guideline's boundary rule 5
        keeps the pair in the task's span), or None. Not a pair that ends a data set's name
        ("WMT14 English-German machine translation": the data set holds the pair)."""
        for first in range(start - 1, max(start - LANGUAGE_PAIR_TOKENS - 1, -1), -1):
            words = doc[first:start]
            if first < start - 1 and any(t.whitespace_ for t in words[:-1]) and not (
                    len(words) == 3 and words[1].lower_ == "to" and words[0].whitespace_ and words[1].whitespace_):
                continue  # the pair is written as one word ("English-Japanese") or as "X to Y"
            text = span_text(words)
            pair = self.is_language_pair(text) or len(words) == 3 and words[1].lower_ == "to" and all(
                t.is_title and self.is_language(t.text) for t in (words[0], words[2]))
            if not pair:
                continue
            before = doc[first - 1] if first > 0 else None
            if before is not None and (before.like_num or any(ch.isdigit() for ch in before.text) or self.is_listed_data(before.text)):
                return None
            return first
        return None
