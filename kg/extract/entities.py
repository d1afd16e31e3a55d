"""Entity recognition for the six entity types: the ``kg_entity_recognizer`` component.

Candidates come from five recognisers, each a small pure function over a ``Doc``:

1. ``gazetteer``: phrase matches against data files of well-known public names;
2. ``model_shape``: ``<family>-<size>`` names (``OPT-175B``, ``Pythia-1.4B``) and families
   followed by a size (``LLaMA 65B``);
3. ``abbreviation``: "Long Form (LF)" definitions (Schwartz & Hearst; found by
   ``kg.extract.abbreviations``, read by ``kg.extract.definitions``), typed by the long form's head word;
4. ``title_name``: the title's "X: …" name, and names the text says it proposes;
5. ``cue``: name-shaped tokens next to a type word ("the ELUDe dataset", "VEC benchmark")
   and task phrases ending in a task head ("video question answering");
6. ``metric_pattern``: metrics written by a pattern rather than a name: a cut-off
   ("hits@3", "R@10", "mAP@0.5:0.95"), top-k scores ("top-10 accuracy") and a listed metric
   with the modifier that makes it another score ("test accuracy", "weighted F1-score").

Overlaps are resolved longest-first, then by recogniser priority; the result is ``doc.ents``
with ``Span._.kg_rule``, ``_.kg_canonical`` (gazetteer name), ``_.kg_family`` (for size
variants), ``_.kg_long_form`` and ``_.kg_proposed``.
"""

import hashlib
import json
import re
import shutil
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from kg import cache
from kg.errors import ConfigError
from kg.extract.candidates import GUESSED_TYPE_RULES, RULE_CONFIDENCE, RULE_PRIORITY, Candidate
from kg.extract.abbreviations import PARTICIPLE_DETERMINERS, QUOTES, abbreviation_definitions
from kg.extract.data_files import data_dir_or_default, data_nouns, load_lexicon, load_word_list
from kg.extract.definitions import DefinitionRules
from kg.extract.example_names import ExampleRules
from kg.extract.name_lists import ListRules
from kg.extract.parse import TRAIN_VERBS, citation_tokens, doc_text, ent_bounds, glued_to, sentence_index, span_text, token_offsets, token_words, words_text, folded_token_positions, join_sentences_split_inside_names, parse_sentences, not_own_words, said_before, sentence_at
from kg.extract.model_names import PARAMETER_COUNT, ModelNameRules
from kg.extract.name_joins import (drop_expansions_of_a_bracketed_release, join_bracketed_names, join_restated_long_forms,
                                   join_set_and_subset_names, join_spelled_names, widen_defined_long_forms)
from kg.extract.head_phrases import HeadPhraseRules
from kg.extract.metric_names import MetricNameRules
from kg.extract.name_shapes import (ADJECTIVE_SUFFIXES, CAPITALISED_WORD, CODED_MARK, CODED_WORD, COUNT, HYPHEN_LINKS,
                                    COUNT_NOUNS, MAX_NAME_CHARS, MODIFIER_ENDINGS, SIZE_TOKEN, VERSION_SEGMENT, WORDS_COMPOUND, hyphen_joined_name, is_compound_name,
                                    PLURAL_CLASS, TYPE_WORD_MODIFIERS, is_coined_token, is_name_shaped, is_name_token, underscore_name, without_accents)
from kg.extract.non_names import (BOUND_PREFIXES, EDITION_YEAR, after_a_code_prefix, cites_authors, cites_by_key, ends_on_a_bound_prefix,
                                  events_by_edition, in_another_language, names_a_host, names_a_shared_task, team_in_title,
                                  written_in_another_language)
from kg.extract.title_names import TITLE_CLAIM_VERBS, TITLE_CONTRASTS, TITLE_POSSESSIVES, TitleRules, title_name_parts, title_name_span
from kg.extract.retyping import FAMILY_TYPED_RULES, ShapeRetypingRules
from kg.extract.tokenizer import BARE_TOKENIZER
from kg.extract.span_typer import NO_NAME, SPAN_TYPER_FILE, NameGroup, SpanTyper, name_features, name_shape
from kg.names import extraction_fold_name as fold_name
from kg.names import fold_name as catalogue_fold
from kg.pwc import PWC_TYPE_OF_LABEL, load_catalogue
from kg.schema import ENTITY_LABELS

GAZETTEER_FILES = {
    "models.jsonl": "Model",
    "methods.jsonl": "Method",
    "datasets.jsonl": "Dataset",
    "benchmarks.jsonl": "Benchmark",
    "tasks.jsonl": "Task",
    "metrics.jsonl": "Metric",
}

# doc.user_data key: the folded names found after a propose verb but hyphen-glued to a base word
# ("we propose a novel kNN-CTC-based … framework"): recognised as names (the span typer reads them
# as the proposal rule found them), but the new thing is built on them, so no mention is proposed.
BUILT_ON_NAMES = "kg_names_built_on"

# Which recognisers run: the rules (gazetteers, shapes, definitions, cues, phrases), alone or
# reviewed by the learned span typer (kg/data/span_typer.json; "typed", the default), the
# trained span model (kg/data/ner, trained from eval/spans by training/project.yml), or all.
MODES = ("typed", "rules", "combined", "model")
SPAN_TYPER_MODES = ("typed", "combined")  # the rules' names reviewed by the learned span typer
SPAN_MODEL_MODES = ("combined", "model")  # the trained recogniser's spans
# Which of the trained recogniser's spans `combined` adds where no rule fired: "TYPE SHAPE" or
# "TYPE SHAPE one-word" (TYPE an entity type or *, SHAPE one of span_typer.name_shape's or *).
# Chosen on span dev by each group's share of exact spans (docs/history-entities.md, Round 11:
# lower-case Task phrases 0.41, title-case Method names 0.43, Method acronyms 0.12); config.cfg
# may override it.
DEFAULT_MODEL_SPANS = ("Model upper", "Dataset upper", "Benchmark upper", "Task upper", "Metric upper", "* capital",
                       "Metric lower", "Task lower", "Task title", "Task mixed", "Method lower one-word", "Method title")
NAME_SHAPES = ("upper", "lower", "capital", "title", "mixed")


@dataclass(frozen=True)
class ModelSpanRule:
    """One group of recogniser spans `combined` takes: a type, a shape, optionally one word only."""
    label: str
    shape: str
    one_word: bool = False

    @classmethod
    def parse(cls, text: str) -> "ModelSpanRule":
        parts = text.split()
        if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2] != "one-word") \
                or parts[0] not in ("*", *ENTITY_LABELS) or parts[1] not in ("*", *NAME_SHAPES):
            raise ConfigError(f"model_spans entry {text!r}: want \"TYPE SHAPE\" or \"TYPE SHAPE one-word\", TYPE one of "
                              f"*, {', '.join(ENTITY_LABELS)}; SHAPE one of *, {', '.join(NAME_SHAPES)}")
        return cls(parts[0], parts[1], len(parts) == 3)

    def admits(self, label: str, shape: str, tokens: int) -> bool:
        """Whether a span of ``tokens`` tokens (one-word: one token) is in the group."""
        return self.label in ("*", label) and self.shape in ("*", shape) and (tokens == 1 or not self.one_word)


SPAN_MODEL_DIR = "ner"
COMMON_WORDS_FILE = "common_words.txt"
PWC_DATASET_NAMES = Path("pwc") / "dataset_names.jsonl"
GAZETTEER_TOKENS = "gazetteer-tokens-v1.json"  # kg.cache: the token texts of every gazetteer form

COMPARISONS = {">", "<", "=", ">=", "<=", "≥", "≤", "≈", "~"}
# Words an apposition that types a name opens with: "X, a benchmark …", "X, two new datasets", "X, which is …".
APPOSITION_OPENERS = {"a", "an", "the", "our", "one", "two", "three", "four", "five", "several", "both", "new", "novel", "which", "that", "each"}
LANGUAGE_PAIR_TOKENS = 5  # the longest translation direction before a task: "English - to - French", five tokens
COMPARED_SUBJECT_REACH = 12  # tokens from a name to the comparison verb it is the subject of ("Ctrl-G, when applied to a TULU2-7B model, outperforms")
SHAPE_TYPED_RULES = FAMILY_TYPED_RULES | {"span_model"}  # rules whose Method may be no more than the name's look (sized_families)
MAX_PARSE_TOKENS = 150  # a longer "sentence" is a list or junk: not worth the parser's time
ACRONYM_NAME = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
# An American -ize / -yze ending and "modeling" in a lower-case word, for the British spelling of a
# listed alias (surface_variants): normalization, tokenizer, analyzed; not "size", "prize", "Ozone".
BRITISH_ENDING = re.compile(r"(?<=[a-z]{3})([iy]z)(e|es|ed|er|ers|ing|ation|ations)\b")
BRITISH_MODELLING = re.compile(r"\b([mM])odeling\b")
BRITISH_OUR = re.compile(r"\b((?:[nN]eighb|[bB]ehavi|[cC]ol)o)r(?=s?\b|ing\b|hood\b)")  # neighbour, behaviour, colour
KEYWORD_LINE_MARKS = frozenset({"-", "–", "—", ":"})  # what glues a keyword line's label to its first keyword
# A part of the paper itself ("7.32 in MT-Bench (Figure 12)" gave a Benchmark "Figure 12"): never a name.
DOCUMENT_PART = re.compile(
    r"^(?:Fig(?:ure)?s?|Tab(?:le)?s?|Sec(?:tion)?s?|Appendix|Eq(?:uation)?s?|Algorithm|Theorem|Lemma|Corollary|Proposition|Chapter)"
    r"(?:\.\s*|\s+)\(?[A-Z]?\d+(?:\.\d+)*[a-z]?\)?$", re.IGNORECASE)
VERSION_TAIL = re.compile(r"(?:^|[\s-])v\d+$")  # a name that ends in a major version: "VQA v2", "SQuAD v2"
CAPITALS_AND = re.compile(r"(?<=[A-Z]\w)(\w*) and (?=[A-Z])")  # "Tanks and Temples": "and" between two capitalised words
ACRONYM_PLURAL = re.compile(r"^[A-Z][A-Z0-9]{1,5}s$")  # "CNNs", "RLs"
CAPITALS_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,3}$")  # "APR", "ASR": matched as written ("NavSim" stays NAVSIM)


# What the text calls a name it introduces (EntityRecognizer.descriptions): the noun phrase after
# "X, a …" / "X is a …" ends at a preposition, a conjunction, a relative pronoun or a verb.
DESCRIPTION_END = frozenset("""for that which who to with without in into on of by and or via from using as at under over
across through between among within than while is are can will was achieves achieve""".split())
DESCRIPTION_DETERMINERS = frozenset({"a", "an", "the", "our", "one"})
OWN_MARKERS = frozenset({"our", "proposed", "novel", "new"})  # "our model, X", "a novel model called X"
NEW_DATA_MARKERS = frozenset({"new", "novel"})  # "a new dataset, X": the noun before an own name types it as data
CONTAINER_NOUNS = frozenset({"suite", "set", "family", "collection", "series", "range", "variety", "number", "pair", "class"})

# A word whose capitals inside it make it a coined name wherever it stands: SmoothQuant, PipeLLM,
# MOFDiff, BERTScore (not an acronym plural like LLMs, not "X-based").
# An acronym may lead it: "BC-SENet", "MM-StanceDet".
# The third form, short syllables before a capitalised word ("CoCoSum", "PyGenStability", "ReAct"):
# span train annotates 52 of the 69 words of that shape no other form takes (PyTorch 8 of the rest).
MIXED_CASE_NAME = re.compile(r"^(?:[A-Z][A-Z0-9]{0,5}-)?(?:[A-Z][a-z]{2,}[a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+|[A-Z]{2,}[a-z]{2,}[A-Za-z0-9]*"
                             r"|[A-Z][a-z](?:[A-Z][a-z]?)*[A-Z][a-z]{2,}[A-Za-z0-9]*)(?:-[A-Za-z0-9][A-Za-z0-9]*)*$")
# A hyphenated name ending in "-Bench" ("Terminal-Bench", "VSI-Bench", "SWE-bench-Live"): a benchmark, though its
# parts are plain capitalised words or an acronym, which MIXED_CASE_NAME leaves out (the 175k corpus holds
# 1,257 such names, 3,348 times); the first part must hold a capital ("test-bench" is a physical bench).
# An acronym joined to one capitalised word: "TP-Transformer", "LLM-Planner", "SE-Merging" (span
# train: 239 of 284 such words, with one-letter acronyms, are or start a name; most of the rest are
# adjectives, "LLM-Driven"). Not one letter ("Q-Function", "M-Estimator") nor an abstract noun
# ("IO-Awareness").
ACRONYM_PAIR = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*-[A-Z][A-Z0-9]+$")  # "FACT-RFM", "MoCo-DT"
WORD_ACRONYM_NAME = re.compile(r"^[A-Z][a-z]+-[A-Z][A-Z0-9]+$")  # "Co-DETR", "Elman-RNN"
ACRONYM_WORD_NAME = re.compile(r"^[A-Z][A-Z0-9]{1,5}-[A-Z][a-z]{2,}[a-z0-9]*(?<!ness)(?<!ity)$")
BENCH_NAME = re.compile(r"^(?=[^-]*[A-Z])[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-[Bb]ench(?:-[A-Za-z0-9.]+)*$")
# One letter (a maths symbol, with the sentence's full stop: "L.", "Y\\.") or a count ("20 K"): what the trained
# recogniser reads as a Dataset or Model there is neither (span_model_candidates; train: 5 of 5 such spans not gold).
SYMBOL_OR_COUNT = re.compile(r"^(?:[A-Za-z]\\?\.?|\d[\d.,]*\s?[KkMm])$")
# A letter and a number label a condition or an MRI sequence ("T1", "T2", "U1", "Z2"): read as a Dataset or Benchmark
# by the trained recogniser they are none (span train 2 of 2 such nodes not gold, span dev 2 of 2); a Model may be one
# ("O1", gold on span train), and the listed data names of this shape (C4, M4, P3) are the gazetteer's.
LETTER_NUMBER = re.compile(r"^[A-Z]\d{1,2}$")
# An acronym and one capital letter apart ("the %OP T and SP metrics", a PDF's "%OPT"): a word the text split, which the
# trained recogniser read as a Dataset (the sample; no span train or dev name, gold or found, has the shape)
SPLIT_ACRONYM = re.compile(r"^[A-Z]{2,} [A-Z]$")
# A capitalised word joined by hyphens to more parts: "Isle-Bricks", "Trafficking-10K", "BFCL-v3"
# (hyphenated_data_candidates, where the text calls it data).
# A capitalised word of a name's Title Case run: letters and digits, hyphen-joined parts ("Non-negative", "Multi-view",
# "Token-wise"); no possessive, bracket or stop (widen_long_forms_over_capitalised_words).
TITLE_CASE_WORD = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
WORD_BREAKS = re.compile(r"[,;:()\[\]\"\n]")  # a word holding one of these ends a name on its left (free_word_before)
HYPHENATED_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9.]*[A-Za-z0-9])+$")
MODEL_LIKE_NAME = re.compile(r"(?:BERTa?|GPT|LLaMA|Llama|LLM|LM|T5|ViT)(?:-?\d[\w.]*)?$|Net(?:-?\d+)?$")

for _name in ("kg_rule", "kg_canonical", "kg_family", "kg_variant", "kg_long_form", "kg_proposed", "kg_confidence"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@dataclass(frozen=True)
class GazetteerEntry:
    label: str
    name: str
    aliases: tuple[str, ...]
    case_sensitive: bool = False
    family: str | None = None
    derived_from: str | None = None
    reported_only: bool = False  # a metric only where a number is reported on it ("cuts training time by 40%")
    scored_only: bool = False  # a metric only beside a number, a comparison or another metric ("precision medicine" is none)
    yields_to_paper: bool = False  # a name from a long public list: a paper that coins it ("ToolNet") names its own thing


# Small words between a propose verb and the name it puts forward: "we introduce an X", "a simple yet effective X"
PROPOSAL_FILLERS = frozenset({"a", "an", "the", "our", "yet", "and", "new"})
# a recogniser span ending so is an adjective or a phrase cut before its head; span train: 4 such
# spans in 3,600 abstracts ("Domain-level metacognitive monitoring", "Ensemble of …"), none gold
RECOGNISED_ADJECTIVE_ENDINGS = ("-level", "-efficient", "-aware", "-wise", "-grained")
DANGLING_WORDS = frozenset({"and", "or", "of", "for", "with", "to", "the", "a", "an", "by", "via", "in", "on"})
CONSTANT_NAME = re.compile(r"^[A-Z0-9]+(?:_[A-Z0-9]+)+$")
STRAY_QUOTE = re.compile(r'(?<!\\)["\u201c\u201d]')  # not LaTeX's umlaut: "Nystr\\"om approximation"
# Names that stand inside a longer phrase the span typer drops: listed, checkpoint-shaped or defined
# in the text (the phrase rules' own pieces as well lowered span dev entity F1 by 0.001).
INSIDE_FALLBACK_RULES = {"gazetteer", "model_shape", "abbreviation"}
APPOSITION_TYPE_OPENERS = frozenset({"a", "an", "new", "novel", "resulting"})  # what opens the type word's phrase before the mark
APPOSITION_MARKS = (",", ":", "--", "-", "\u2014", "\u2013")  # "a new benchmark, X", "a new benchmark: X", "a new benchmark -- X"
MAX_DESCRIBED_WORDS = 8  # words between "a"/"an" and a type word's name that still describe it
# "-to-" before "-", so "English-to-German" is a pair; "->" is left out ("WMT-14 DE->EN" would become a
# dataset name; span train's gold is "WMT-14")
LANGUAGE_PAIR_SPLIT = re.compile(r"\s*(?:-to-|-|–|→|⇒)\s*")
GLUED_CAPITAL_WORD = re.compile(r"^[A-Z][a-z]+-[A-Z]")  # a capitalised word hyphen-glued to a name
PLAIN_WORDS = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)*$")
SHORT_ACRONYM_CHARS = 4  # a listed product matches a word in capitals this short only as written


def load_gazetteer(directory: Path) -> list[GazetteerEntry]:
    """Read the six ``*.jsonl`` gazetteer files; a malformed line is a ``ConfigError``."""
    entries: list[GazetteerEntry] = []
    for filename, label in GAZETTEER_FILES.items():
        path = directory / filename
        if not path.exists():
            raise ConfigError(f"gazetteer file {path} is missing (expected {', '.join(GAZETTEER_FILES)})")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                entries.append(
                    GazetteerEntry(
                        label=label,
                        name=row["name"],
                        aliases=tuple(row.get("aliases", ())),
                        case_sensitive=bool(row.get("case_sensitive", False)),
                        family=row.get("family"),
                        derived_from=row.get("derived_from"),
                        reported_only=bool(row.get("reported_only", False)),
                        scored_only=bool(row.get("scored_only", False)),
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise ConfigError(f"{path}:{number}: bad gazetteer line ({exc})") from exc
    return entries


def load_pwc_dataset_names(path: Path) -> list[GazetteerEntry]:
    """Papers with Code dataset names no other list holds, matched as written ("300W", "WFLW",
    "DiDeMo"); chosen by tools/lexicon/pwc_dataset_names.py."""
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [GazetteerEntry(label="Dataset", name=row["name"], aliases=(), case_sensitive=True, yields_to_paper=True) for row in rows]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"cannot read the dataset names {path} (python tools/lexicon/pwc_dataset_names.py writes them): {exc}") from exc


def case_key(name: str) -> str:
    """A name with its capitals kept and its spaces, hyphens and underscores dropped: how a
    case-sensitive gazetteer entry is compared ("MS-COCO" ~ "MS COCO", not "Ms Coco")."""
    return re.sub(r"[\s_\-]+", "", unicodedata.normalize("NFKC", name).strip())


def surface_variants(text: str, fold_plural: bool, acronym_plural: bool = False) -> set[str]:
    """Spellings a gazetteer alias can take: hyphen/space swaps, of all joints or of one in a
    name of three words or more ("visual question-answering", "long-short-term memory"); the
    British spelling of an -ize / -yze word, of "modeling" and of neighbor / behavior / color
    ("batch normalisation", "speaker diarisation", "k-nearest neighbours": the lists hold the
    American one); a name ending in a major version with a zero minor ("VQA v2.0"); an "and"
    between two capitalised words written "&" ("Tanks & Temples", "Tanks&Temples"); and, if
    allowed, a plural (of an acronym too, if ``acronym_plural``)."""
    forms = {text}
    if VERSION_TAIL.search(text):
        forms.add(text + ".0")  # "VQA v2" is as often "VQA v2.0" ("VQA v2.0 test-standard")
    british = BRITISH_OUR.sub(r"\1ur", BRITISH_MODELLING.sub(r"\1odelling", BRITISH_ENDING.sub(lambda m: m.group(1).replace("z", "s") + m.group(2), text)))
    if british != text:
        forms.add(british)
    for form in list(forms):
        if "-" in form:
            forms.add(form.replace("-", " "))
        if " " in form:
            forms.add(form.replace(" ", "-"))
        parts = re.split(r"([ -])", form)
        if len(parts) >= 5:  # three words or more: one joint written the other way ("visual question-answering")
            for i in range(1, len(parts), 2):
                forms.add("".join(parts[:i]) + ("-" if parts[i] == " " else " ") + "".join(parts[i + 1 :]))
    if CAPITALS_AND.search(text):
        forms |= {CAPITALS_AND.sub(r"\1 & ", text), CAPITALS_AND.sub(r"\1&", text)}
    if fold_plural:
        for form in list(forms):
            last = form[-1]
            if last.isalpha() and last.islower() and not form.endswith("s"):
                forms.add(form[:-1] + "ies" if form.endswith("y") and form[-2:-1] not in "aeiou" else form + "s")
            elif acronym_plural and ACRONYM_NAME.match(form):
                forms.add(form + "s")  # "CNNs", "GANs", "LSTMs": a method family in the plural (span train: 86 of 87 listed)
    return forms


def case_spellings(form: str) -> set[str]:
    """The same alias in capitals and in title case. kg's tokenizer splits some spellings
    where it keeps others whole ("Flickr30k" is one token, "Flickr30K" two; "Self-Supervised"
    one, "self-supervised" three), so a case-blind match needs each tokenization."""
    titled = re.sub(r"(^|[\s\-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), form)
    spellings = {form.upper(), titled}
    if GLUED_CAPITAL_WORD.match(form):  # "Mini-ImageNet" is one token, "mini-ImageNet" three
        spellings.add(form[0].lower() + form[1:])
    return spellings


def unique_token_patterns(docs: Iterable[Doc]) -> list[Doc]:
    """One pattern per lower-cased token sequence (the case-blind matcher compares lower case)."""
    seen: dict[tuple[str, ...], Doc] = {}
    for doc in docs:
        seen.setdefault(tuple(t.lower_ for t in doc), doc)
    return list(seen.values())


class EntityRecognizer(MetricNameRules, ShapeRetypingRules, TitleRules, HeadPhraseRules, ModelNameRules, DefinitionRules, ListRules,
                       ExampleRules):
    """The ``kg_entity_recognizer`` component: candidates → resolved ``doc.ents``."""

    def __init__(self, nlp: Language, name: str = "kg_entity_recognizer", min_title_name_len: int = 2, parse_with: tuple[str, ...] = (),
                 mode: str = "combined", model_spans: Iterable[str] = DEFAULT_MODEL_SPANS):
        if mode not in MODES:
            raise ConfigError(f"{name}: mode {mode!r} is not one of {', '.join(MODES)}")
        self.nlp = nlp
        self.name = name
        self.mode = mode
        self.model_span_rules = [ModelSpanRule.parse(text) for text in model_spans]
        self.span_model: Language | None = None
        self._span_model_dir: Path | None = None  # where span_model was loaded from, as trained
        self.span_typer: SpanTyper | None = None
        self.parse_with = list(parse_with)
        self.min_title_name_len = min_title_name_len
        self.entries: list[GazetteerEntry] = []
        self.lexicon: dict = {}
        self.common_words: set[str] = set()
        self._by_fold: dict[str, GazetteerEntry] = {}
        self._cased_by_fold: dict[str, list[tuple[GazetteerEntry, frozenset[str]]]] = {}  # with each entry's case keys
        self._matchers: dict[str, PhraseMatcher] = {}

    # -- data -------------------------------------------------------------------------------
    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_dir: str | None = None) -> None:
        """Load gazetteers and the cue lexicon from ``data_dir`` (default: the package's data)."""
        directory = data_dir_or_default(data_dir)
        self.entries = load_gazetteer(directory / "gazetteer") + load_pwc_dataset_names(directory / PWC_DATASET_NAMES)
        self.lexicon = load_lexicon(directory / "lexicon.json")
        self.common_words = load_word_list(directory / COMMON_WORDS_FILE)
        self.span_model = self._load_span_model(directory / SPAN_MODEL_DIR)
        self.span_typer = SpanTyper.load(directory / SPAN_TYPER_FILE) if self.mode in SPAN_TYPER_MODES else None
        self._build()

    def _load_span_model(self, path: Path) -> Language | None:
        """The trained recogniser (a spaCy pipeline holding one ``ner``, or a ``spancat``), in the modes that use it."""
        if self.mode not in SPAN_MODEL_MODES:
            return None
        if not (path / "config.cfg").is_file():
            raise ConfigError(f"{self.name}: mode {self.mode!r} needs the trained span model in {path} "
                              "(train it with `spacy project run all training`, or set mode = \"rules\")")
        try:
            # kg runs the model's ``ner`` on its own Docs and never calls its tokenizer, so the
            # tokenizer is not loaded (a third of the load time); to_disk copies the files as they are.
            model = spacy.load(path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{self.name}: cannot load the span model in {path}: {exc}") from exc
        self._span_model_dir = path
        return model

    def _build(self) -> None:
        self._by_fold = {}
        self._cased_by_fold = {}
        # Class words and the names of human languages ("Zhuang", "Nynorsk": span train annotates no
        # language in 226 mentions) are never a node of their own.
        self._generic = {fold_name(t) for t in (*self.lexicon.get("generic_terms", ()), *self.lexicon.get("language_names", ()),
                                                *self.lexicon.get("nationality_words", ()))}
        self._languages = {without_accents(w).lower() for w in self.lexicon.get("language_names", ())}
        self._conditions = {fold_name(t) for t in self.lexicon.get("medical_conditions", ())}  # "Dysarthria": no Method, no data
        self._data_modalities = {fold_name(t) for t in self.lexicon.get("data_modality_words", ())}  # "MRI datasets": the kind of data
        self._class_acronyms = {fold_name(k): v for k, v in self.lexicon.get("class_acronyms", {}).items()}
        self._language_codes = set(self.lexicon.get("language_codes", ()))  # "En-De", "zh→en": ISO 639-1
        self._not_names = set(self.lexicon.get("not_names", ()))
        self._place_names = frozenset(self.lexicon.get("place_names", ()))  # "Ireland", "Kenya": as written
        self._keyword_labels = [tuple(label.split()) for label in self.lexicon.get("keyword_line_labels", ())]
        products = [n for names in self.lexicon.get("non_entity_names", {}).values() for n in names]
        self._product_names = set(products)  # as written; and in any case unless in capitals ("WHO", "IBM")
        self._product_folds = {n.casefold() for n in products if not n.isupper()}
        self._non_entity_codes = [re.compile(p) for p in self.lexicon.get("non_entity_codes", ())]
        self._compared_with = set(self.lexicon.get("compared_with_words", ()))
        self._foreign_function_words = frozenset(self.lexicon.get("foreign_function_words", ()))
        self._foreign_text_min_words = int(self.lexicon.get("foreign_text_min_words", 4))
        self._word_folds = {fold_name(w) for w in self.common_words}
        self._exception_words = {key.lower() for key in self.nlp.tokenizer.rules or {}}
        lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        patterns: list[tuple[PhraseMatcher, str, list[str]]] = []  # (matcher, key, sorted forms), in adding order
        for index, entry in enumerate(self.entries):
            forms: set[str] = set()
            keys = frozenset(k for a in (entry.name, *entry.aliases) for k in (case_key(a), case_key(a) + "s")) if entry.case_sensitive else frozenset()
            for alias in (entry.name, *entry.aliases):
                if entry.case_sensitive:
                    self._cased_by_fold.setdefault(fold_name(alias), []).append((entry, keys))
                else:
                    self._by_fold.setdefault(fold_name(alias), entry)
                forms |= surface_variants(alias, fold_plural=not entry.case_sensitive and entry.label != "Model", acronym_plural=entry.label == "Method")
            if not entry.case_sensitive:
                # An acronym's plural keeps its small "s" ("RLs"): case-blind, it would read
                # "RLS" (recursive least squares) as reinforcement learning (175k build).
                plurals = {form for form in forms if ACRONYM_PLURAL.match(form)}
                # An acronym in capitals is matched as written, in title case ("Bloomz") or in
                # lower case, not in a mixed case of its own: case-blind, "34.1 APr" (AP on rare
                # classes) read as APR, program repair.
                acronyms = {form for form in forms if CAPITALS_ACRONYM.match(form)}
                spellings = {case for form in acronyms for case in (form, form.capitalize(), form.lower())}
                if plurals | acronyms:
                    patterns.append((exact, str(index), sorted(plurals | spellings)))
                forms = {case for form in forms - plurals - acronyms for case in (form, *self.case_spellings_needed(form))}
            patterns.append((exact if entry.case_sensitive else lower, str(index), sorted(forms)))
        # A pattern is the ids a Doc of the form would give: each token's ORTH, or its LOWER (the
        # vocabulary's own lower-casing); no Doc and no lexeme is made for it.
        tokens = self.pattern_tokens([form for _, _, forms in patterns for form in forms])
        strings, lowered = self.nlp.vocab.strings, self.nlp.vocab.lex_attr_getters[LOWER]
        for matcher, key, forms in patterns:
            if matcher is exact:
                matcher.add(key, [tuple(strings.add(t) for t in tokens[form]) for form in forms])
            else:  # one pattern per lower-cased token sequence, the first, as unique_token_patterns keeps
                matcher.add(key, list(dict.fromkeys(tuple(strings.add(lowered(t)) for t in tokens[form]) for form in forms)))
        self._matchers = {"lower": lower, "exact": exact}
        self._type_heads = {w: label for label, words in self.lexicon["type_heads"].items() for w in words}
        self._contain_verbs = set(self.lexicon["contain_verbs"])
        self._count_hedges = set(self.lexicon["count_hedges"])
        self._example_plurals = set(self.lexicon["example_plurals"])
        self._data_words_after = set(self.lexicon["data_words_after_definition"])
        self._measure_words_after = set(self.lexicon.get("measure_words_after_definition", ()))  # "X (CIA) score": a metric
        self._activity_head_endings = tuple(self.lexicon.get("activity_head_endings", ()))  # "… evaluation (MTE) metrics": the activity's
        self._named_data_heads = set(self.lexicon["named_data_heads"])
        self._named_benchmark_heads = set(self.lexicon["named_benchmark_heads"])
        self._coined_data_heads = {tuple(words.split()): label for words, label in self.lexicon["coined_data_heads"].items()}
        self._task_words_after = set(self.lexicon["task_words_after_definition"])
        self._task_predicates = {key: set(words) for key, words in self.lexicon["task_predicates_after_definition"].items()}
        self._abbr_heads = {w: label for label, words in self.lexicon["abbreviation_heads"].items() for w in words}
        self._task_heads = set(self.lexicon["task_heads"])
        self._task_stop = set(self.lexicon["task_modifier_stop"])
        self._head_stop = {head: set(words) for head, words in self.lexicon.get("task_head_modifier_stop", {}).items()}
        self._head_openers = {head: set(words) for head, words in self.lexicon.get("task_head_openers", {}).items()}
        self._task_only_stop = set(self.lexicon.get("task_only_modifier_stop", ()))
        self._task_manner = set(self.lexicon.get("task_manner_words", ()))
        self._task_object_preps = {head: set(words) for head, words in self.lexicon.get("task_object_prepositions", {}).items()}
        self._task_phrase_keep = set(self.lexicon.get("task_phrase_keep", ()))
        self._shot_counts = set(self.lexicon.get("shot_count_words", ()))  # "few shot": a stop word that opens the compound
        self._vocabulary_sizes = set(self.lexicon.get("vocabulary_size_words", ()))  # "large vocabulary": likewise
        self._task_phrase_stop = self._task_stop - self._task_phrase_keep
        self._title_verbs = set(self.lexicon.get("title_verbs", ()))
        self._organisation_words = set(self.lexicon.get("organisation_words", ()))
        self._event_words = set(self.lexicon.get("event_words", ()))
        self._defined_thing_heads = set(self.lexicon.get("defined_thing_heads", ()))
        self._defined_object_heads = set(self.lexicon.get("defined_object_heads", ()))  # "… distribution (PPD)": no entity
        self._defined_adjective_word_endings = tuple(self.lexicon.get("defined_adjective_word_endings", ()))
        self._defined_adjective_word_prefixes = tuple(self.lexicon.get("defined_adjective_word_prefixes", ()))
        # "When differential privacy meets NLP:", "Beyond Chinchilla-Optimal:", "Towards Data-Centric RLHF:":
        # a title phrase these open is a claim or a question, no name (span train: 0 of 60 listed)
        self._title_openers = set(self.lexicon.get("title_openers", ()))
        self._sentence_openers = set(self.lexicon.get("sentence_openers", ()))
        self._title_proposal_heads = set(self.lexicon.get("title_proposal_heads", ()))  # "Graph-in-Graph Network for …"
        self._title_predicates = frozenset(self.lexicon.get("title_predicates", ()))  # "Margin Matters: …"
        self._title_phrase_prepositions = frozenset(self.lexicon.get("title_phrase_prepositions", ()))  # "Inside ASCENT: …"
        self._document_heads = [tuple(h.split()) for h in self.lexicon.get("document_heads", ())]
        self._system_heads = frozenset(self.lexicon.get("system_heads", ()))
        self._title_for_system_nouns = frozenset(self.lexicon.get("title_for_system_nouns", ()))  # "X for <task> Models"
        self._component_nouns = frozenset(self.lexicon.get("component_nouns", ()))
        self._noun_modifier_heads = set(self.lexicon.get("noun_modifier_heads", ()))
        self._modality_alignment = set(self.lexicon.get("modality_alignment_modifiers", ()))
        self._method_heads = set(self.lexicon.get("method_heads", ()))
        self._standalone_tasks = set(self.lexicon.get("standalone_tasks", ()))
        self._task_example_cues = sorted((tuple(c.split()) for c in self.lexicon.get("task_example_cues", ())), key=len, reverse=True)
        self._standalone_methods = set(self.lexicon.get("standalone_methods", ()))
        self._standalone_names = dict(self.lexicon.get("standalone_method_names", {}))  # "distillation" → "knowledge distillation"
        self._data_nouns = data_nouns(self.lexicon)  # the relation extractor's own objects
        self._benchmark_words = self._data_nouns.benchmark_words
        self._dataset_words = self._data_nouns.dataset_words
        self._method_list_nouns = set(self.lexicon.get("method_list_nouns", ()))
        self._task_list_nouns = set(self.lexicon.get("task_list_nouns", ()))
        self._conversion_modalities = set(self.lexicon.get("conversion_task_modalities", ()))
        self._described_benchmarks = self._benchmark_words | set(self.lexicon.get("described_benchmark_heads", ()))  # "X, a learning environment"
        self._propose = set(self.lexicon["propose_verbs"])
        self._data_part_nouns = self._data_nouns.part_nouns  # "a subset of X": X is data
        self._split_words = set(self.lexicon.get("data_split_words", ()))  # "the test set of X"
        self._title_evaluation_words = set(self.lexicon.get("title_evaluation_words", ()))  # "X: Evaluating …"
        self._score_cues = set(self.lexicon.get("score_sentence_cues", ()))  # "On X, Y achieves …": X is data
        self._sized_data_words = self._dataset_words | set(self.lexicon.get("sized_data_words", ()))  # "X-27M, a … database"
        self._naming = set(self.lexicon["naming_words"])
        self._setting_nouns = set(self.lexicon.get("proposed_setting_nouns", ()))  # "we propose a new task X": X is a task
        self._glued_base_words = set(self.lexicon.get("glued_base_words", ()))  # "a BERT-enhanced ranker": BERT is used
        self._own_nouns = set(self.lexicon.get("own_nouns", ()))  # "our model, X," introduces X
        self._model_descriptions = set(self.lexicon.get("model_description_heads", ()))  # "X, a text-to-speech model"
        self._method_descriptions = set(self.lexicon.get("method_description_heads", ()))  # "X (SF), a novel framework"
        self._experiment_steps = {fold_name(t) for t in self.lexicon.get("experiment_step_terms", ())}  # "hyperparameter tuning"
        self._postnominal = set(self.lexicon.get("postnominal_adjectives", ()))  # "X, a model capable of …"
        self._statistical = set(self.lexicon.get("statistical_modifiers", ()))  # "X, a probabilistic model" is no network
        self._architecture_families = set(self.lexicon.get("architecture_families", ()))  # "transformer": always a Method
        self._architecture_family_cues = set(self.lexicon.get("architecture_family_cues", ()))
        self._architecture_models = set(self.lexicon.get("architecture_models", ()))  # "Mamba": a Method unless listed among models
        self._studied_generic = {fold_name(t) for t in self.lexicon.get("studied_generic_methods", ())}  # "fine-tuning", where the title names it
        self._studied_generic_min = int(self.lexicon.get("studied_generic_min_mentions", 2))
        self._part_aliases = set(self.lexicon.get("part_aliases", ()))
        self._glued_prefix_stop = set(self.lexicon.get("glued_prefix_stop", ()))
        self._eval_cues = set(self.lexicon.get("eval_cues", ()))
        self._np_breaks = set(self.lexicon.get("noun_phrase_breaks", ()))
        self._comparison_verbs = {w for w in self.lexicon.get("outperform_verbs", ()) if " " not in w}
        self._metric_modifiers = set(self.lexicon.get("metric_modifiers", ()))
        self._modifier_heads = set(self.lexicon.get("metric_modifier_heads", ()))
        self._modifier_suffixes = tuple(self.lexicon.get("metric_modifier_suffixes", ()))
        self._property_adjective_suffixes = tuple(self.lexicon.get("property_adjective_suffixes", ()))
        self._metric_extension_stop = set(self.lexicon.get("metric_extension_stop", ()))
        self._earlier_work = not_own_words(self.lexicon)
        self._novelty = set(self.lexicon.get("novelty_words", ()))  # "…, a novel multi-agent framework"
        self._system_claim_verbs = set(self.lexicon.get("system_claim_verbs", ()))  # "RADAR achieves …": no data
        self._claim_blockers = set(self.lexicon.get("noun_phrase_breaks", ()))  # "trained on EPD outperform": the data, not the claimant
        self._name_modifiers = set(self.lexicon.get("listed_name_modifiers", ()))
        self._task_name_modifiers = set(self.lexicon.get("task_name_modifiers", ()))  # "online", only before a task
        self._modifier_compound_nouns = set(self.lexicon.get("modifier_compound_nouns", ()))  # "closed domain": two words or none
        self._pair_task_heads = set(self.lexicon.get("language_pair_task_heads", ()))  # "Hindi to Marathi machine translation"
        self._task_tool_nouns = set(self.lexicon.get("task_tool_nouns", ()))  # "OCR tools"
        self._task_item_nouns = set(self.lexicon.get("task_item_nouns", ()))  # "QA pairs"
        self._method_modifier_suffixes = tuple("-" + w for w in self.lexicon.get("method_modifier_suffixes", ()))  # "query-aware"
        self._task_manner_suffixes = tuple("-" + w for w in self.lexicon.get("task_manner_suffixes", ()))  # "Attention-Free"
        self._task_phrase_manner = set(self.lexicon.get("task_phrase_manner_suffixes", ()))  # "reference-free"
        self._task_narrowing_prefixes = set(self.lexicon.get("task_narrowing_prefixes", ()))  # "multi-document"
        self._task_narrowing_suffixes = set(self.lexicon.get("task_narrowing_suffixes", ()))  # "speaker-independent"
        self._task_adjective_spellings = set(self.lexicon.get("task_adjective_spellings", ()))  # "instruction-following data"
        self._task_property_nouns = set(self.lexicon.get("task_property_nouns", ()))  # "… capabilities": the task's own
        self._task_noun_endings = tuple(self.lexicon.get("task_noun_endings", ()))  # "-tion", "-ing": a word that names an activity
        self._comparison_cues = {*self.lexicon.get("comparison_words", ()), *(w for w in self.lexicon.get("outperform_verbs", ()) if " " not in w), "par"}
        self.load_metric_lexicon(self.lexicon)

    def pattern_tokens(self, forms: list[str]) -> dict[str, list[str]]:
        """The token texts of each gazetteer form, as this pipeline's tokenizer splits it.

        Tokenizing the ~20,000 forms and making a Doc of each took half of the matchers' build,
        which every build pays; the matchers need only the tokens' ids, so the splits are kept
        in kg's cache (``kg.cache``) under a digest of the tokenizer's rules and spaCy's version,
        and only forms the cache lacks are tokenized."""
        rules = self.nlp.tokenizer.to_bytes(exclude=["vocab"])
        tokenizer = hashlib.sha256(f"spacy=={spacy.__version__}\0".encode() + rules).hexdigest()
        cached = cache.load(GAZETTEER_TOKENS) or {}
        known = cached.get("forms", {}) if cached.get("tokenizer") == tokenizer else {}
        missing = sorted({form for form in forms if form not in known})
        if not missing:
            return known
        tokens = {**known, **{form: [t.text for t in doc] for form, doc in zip(missing, self.nlp.tokenizer.pipe(missing))}}
        cache.save(GAZETTEER_TOKENS, {"tokenizer": tokenizer, "forms": {form: tokens[form] for form in sorted(set(forms))}})
        return tokens

    def case_spellings_needed(self, form: str) -> set[str]:
        """The capitalised spellings of an alias whose tokenization may differ by case: one of
        plain words, none of them a tokenizer exception ("cant", "Ill"), splits alike in any
        case, so its case-blind pattern needs no other spelling (a third of the gazetteer's
        forms; a test checks the patterns are the same as with every spelling)."""
        if PLAIN_WORDS.match(form) and not any(w.lower() in self._exception_words for w in form.split()):
            return set()
        return case_spellings(form)

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "gazetteer.jsonl").write_text(
            "".join(json.dumps(e.__dict__ | {"aliases": list(e.aliases)}) + "\n" for e in self.entries), encoding="utf-8"
        )
        (path / "lexicon.json").write_text(json.dumps(self.lexicon), encoding="utf-8")
        (path / COMMON_WORDS_FILE).write_text("\n".join(sorted(self.common_words)) + "\n", encoding="utf-8")
        if self.span_model is not None and self._span_model_dir.resolve() != (path / SPAN_MODEL_DIR).resolve():
            shutil.copytree(self._span_model_dir, path / SPAN_MODEL_DIR, dirs_exist_ok=True)
        if self.span_typer is not None:
            (path / SPAN_TYPER_FILE).write_text(self.span_typer.to_json(), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> "EntityRecognizer":
        path = Path(path)
        rows = [json.loads(line) for line in (path / "gazetteer.jsonl").read_text(encoding="utf-8").splitlines() if line]
        self.entries = [GazetteerEntry(**(row | {"aliases": tuple(row["aliases"])})) for row in rows]
        self.lexicon = load_lexicon(path / "lexicon.json")
        self.common_words = load_word_list(path / COMMON_WORDS_FILE)
        self.span_model = self._load_span_model(path / SPAN_MODEL_DIR)
        self.span_typer = SpanTyper.load(path / SPAN_TYPER_FILE) if self.mode in SPAN_TYPER_MODES else None
        self._build()
        return self

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The gazetteer entry a name folds to, if any. An entry listed case-sensitively is only
        found in its own capitals: "Oscar" (a model) is not the OSCAR corpus, "Race" not RACE."""
        folded = fold_name(name)
        entry = self._by_fold.get(folded)
        if entry is not None:
            return entry
        cased = self._cased_by_fold.get(folded)
        if cased:
            key = case_key(name)
            return next((e for e, keys in cased if key in keys), None)
        return None

    def is_listed_data(self, name: str) -> bool:
        """Whether the gazetteer lists the name as a dataset or benchmark."""
        entry = self.lookup(name)
        return entry is not None and entry.label in ("Dataset", "Benchmark")

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
        return span.end >= len(span.doc) or span.doc[span.end].lower_ not in self._method_descriptions

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
        return ((text in self._not_names or text in self._place_names or not proposed and bool(CONSTANT_NAME.match(text))) and self.lookup(text) is None
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
            return any(p.match(text) for p in self._non_entity_codes)
        if cand.rule in ("proposed_name", "title_name") and not glued_to(doc, cand.end, self._glued_base_words) or self.lookup(text) is not None:
            return False  # not "propose the first FPGA-based accelerator": what the proposal is built on
        return not (cand.start > 0 and doc[cand.start - 1].lower_ in self._compared_with)

    def listed_product(self, text: str) -> bool:
        """``text`` as ``non_entity_names`` writes it, or in another case, but neither all lower case
        nor a short word in capitals ("GIT" is a model, not Git)."""
        return text in self._product_names or (not text.islower() and not (text.isupper() and len(text) <= SHORT_ACRONYM_CHARS)
                                               and text.casefold() in self._product_folds)

    def is_language_pair(self, text: str) -> bool:
        """"English-German", "English→Romanian", "De-En": a translation direction, named only inside a
        dataset's or a task's name ("WMT'14 English-German"; span train lists no pair alone, 18
        of 42 pairs inside a name)."""
        parts = [p.lower() for p in LANGUAGE_PAIR_SPLIT.split(text)]
        return len(parts) == 2 and (all(self.is_language(p) for p in parts) or all(p in self._language_codes for p in parts))

    def is_language(self, word: str) -> bool:
        """A human language's name, with or without its diacritics ("Māori", "Maori")."""
        lowered = word.lower()
        return lowered in self._languages or (not lowered.isascii() and without_accents(lowered) in self._languages)

    # -- processing -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Candidates for a batch, one batched parse of the sentences that need it, then resolve."""
        if not self._matchers:
            raise ConfigError(f"{self.name} is not initialized: call initialize() (kg.extract.build_pipeline does)")
        for batch in minibatch(docs, size=batch_size):
            predicted = self.model_spans(batch)
            found = [(doc, self.candidates(doc, spans)) for doc, spans in zip(batch, predicted)]
            parse_sentences(self.nlp, self.parse_with, (s for doc, cands in found for s in self.sentences_to_parse(doc, cands)))
            for doc, cands in found:
                doc.ents = self.resolve(doc, cands)
                join_sentences_split_inside_names(doc)
                yield doc

    def model_spans(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """(start, end, label) the trained recogniser predicts for each doc ([] without one)."""
        if self.span_model is None:
            return [[] for _ in docs]
        if "spancat" in self.span_model.pipe_names:
            return self.categorised_spans(docs)
        ner = self.span_model.get_pipe("ner")
        vocab = self.span_model.vocab
        if not vocab.vectors.shape[0]:  # the shipped recogniser: no vectors, so it reads kg's docs as they are
            out = []
            for doc in ner.pipe(docs):
                strings = doc.vocab.strings
                out.append([(start, end, strings[label]) for start, end, label in ent_bounds(doc)])
                doc.ents = ()
            return out
        # A recogniser with word vectors (training/configs/ner_vectors.cfg) finds them in its own
        # vocab, so it runs on copies of the tokens made there; token offsets are the same.
        copies = (Doc(vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]) for doc in docs)
        return [[(e.start, e.end, e.label_) for e in copy.ents] for copy in ner.pipe(copies)]

    def categorised_spans(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """What a span categoriser in place of the ner finds (``spancat_singlelabel`` with
        ``allow_overlap = false``: one label or none per span, no overlaps; training/configs/spancat_sm.cfg,
        measured against the ner and not shipped)."""
        spancat = self.span_model.get_pipe("spancat")
        out = []
        for doc in spancat.pipe(docs):
            out.append(sorted((span.start, span.end, span.label_) for span in doc.spans.get(spancat.key, [])))
            doc.spans.pop(spancat.key, None)
        return out

    def candidates(self, doc: Doc, model_spans: list[tuple[int, int, str]] = ()) -> list[Candidate]:
        definitions = abbreviation_definitions(doc)
        found = [] if self.mode == "model" else [
            *self.gazetteer_candidates(doc),
            *self.model_shape_candidates(doc),
            *self.abbreviation_candidates(doc, definitions),
            *self.proposed_name_candidates(doc),
            *self.cue_candidates(doc),
            *self.coined_data_word_candidates(doc),
            *self.architecture_family_candidates(doc),
            *self.studied_generic_candidates(doc),
            *self.metric_pattern_candidates(doc),
            *self.coined_name_candidates(doc),
            *self.hyphenated_data_candidates(doc),
            *self.hyphenated_method_candidates(doc),
            *self.example_name_candidates(doc),
            *self.bracketed_example_candidates(doc),
            *self.task_phrase_candidates(doc),
        ]
        coined = {fold_name(span_text(doc[c.start : c.end])) for c in found if c.rule in ("title_name", "proposed_name")}
        found = [c for c in found if not (c.rule == "gazetteer" and c.canonical and fold_name(words_text(doc, c.start, c.end)) in coined
                                          and self.lookup(c.canonical).yields_to_paper)]
        found = self.architectures_as_methods(doc, found)
        found += self.modified_metric_candidates(doc, found)
        found += self.metric_list_candidates(doc, found)
        found += self.changed_measure_candidates(doc, found)
        found += self.modified_name_candidates(doc, found)
        found += self.title_head_method_candidates(doc, found)
        found += self.glued_prefix_candidates(doc, found)
        found += self.glued_suffix_data_candidates(doc, found)
        found += self.task_object_candidates(doc, found)
        found += self.capitalised_name_candidates(doc, found)
        found += self.coordinated_candidates(doc, found)
        # "(GRPO, RLOO, GSPO)", "SmoothQuant, GPTQ and RPTQ": two listed methods in a sentence make
        # a list of methods (one alone was level: "CR", "NN", "Long-Short" joined)
        found += self.coordinated_candidates(doc, found, anchor_rules=frozenset({"gazetteer"}), min_anchors=2, labels=("Method",))
        found += self.span_model_candidates(doc, model_spans, found)
        found += self.joined_acronym_candidates(doc, found)
        # "on the datasets ISIC2018, ISIC2019, and TissueMNIST": two of the recogniser's datasets type
        # their list's coined member too (one alone spread its mistakes: "LHUC, LIN and KLD" datasets),
        # and one types a member the Papers with Code catalogue files as a dataset ("(RUOD, CARPK, CarDD)")
        guessed = {(c.start, c.end) for c in found if c.rule in GUESSED_TYPE_RULES}
        one = self.coordinated_candidates(doc, found, anchor_rules=frozenset({"span_model"}))
        if one:
            two = {(c.start, c.end) for c in self.coordinated_candidates(doc, found, anchor_rules=frozenset({"span_model"}), min_anchors=2)}
            # or a list a counted plural data word opens ("three widely used datasets: FSC-147, CARPK, and PUCPR+")
            found += [c for c in one if (c.start, c.end) in guessed or (c.start, c.end) in two
                      or c.label in ("Dataset", "Benchmark") and (self.catalogued_dataset(span_text(doc[c.start : c.end]))
                                                                  or self.counted_plural_before(doc, c.start, (",", ":")) in ("Dataset", "Benchmark"))]
        found += self.data_name_suffix_candidates(doc, found)
        foreign = written_in_another_language(doc, self._foreign_function_words, self._foreign_text_min_words)
        class_shorts = self.class_short_forms(definitions, foreign)
        # and their long forms, which the recogniser may take for a name ("Linguistic Data
        # Consortium (LDC)" was a Dataset, and LDC with it as its implicit short form)
        class_longs = {long_span.text for long_span, short in definitions if short.text.rstrip("s") in class_shorts}
        # short forms of a task an event sets ("Generic Event Boundary Captioning (GEBC) Challenge"): named by the event, still the task
        event_tasks = {short.text for long_span, short in definitions if long_span[-1].lower_ in self._task_heads and long_span.end < short.i
                       and self.names_an_event(doc, short.i + 1)}
        # an event's name and every rule's name inside it ("SimBot" of "the Alexa Prize SimBot Public Benchmark Challenge")
        events = [(c.start, c.end) for c in found if c.rule != "gazetteer" and self.names_an_event(doc, c.end)
                  and doc[c.end - 1].lower_ not in self._task_heads and span_text(doc[c.start : c.end]) not in event_tasks]
        # short forms the text defines by a long form no product list holds ("affine combination module (ACM)")
        defined_here = {short.text for long_span, short in definitions if not self.listed_product(long_span.text)}
        found = [k for k in (self.without_keyword_label(doc, c) for c in found) if k is not None]
        # each candidate's text sliced once, not a Span made and walked per test
        found = [self.retyped_by_shape(doc, c) for c in found for name in (words_text(doc, c.start, c.end),)
                 if not self.not_a_name(name, c.rule in ("proposed_name", "title_name")) and not self.names_a_product(doc, c, name, defined_here)
                 and not (class_shorts and c.rule != "gazetteer" and name.rstrip("s") in class_shorts)
                 and not (class_longs and c.rule != "gazetteer" and name in class_longs)
                 and not cites_authors(doc, c.start, c.end) and not cites_by_key(doc, c.start, c.end) and not self.ends_a_title_claim(doc, c.start, c.end)
                 and not (c.rule != "gazetteer" and self.only_a_modifier(name))
                 and not (foreign and c.rule != "gazetteer" and in_another_language(name, self._foreign_function_words))
                 and not after_a_code_prefix(doc, c.start) and not ends_on_a_bound_prefix(doc, c.end)
                 and not names_a_shared_task(doc, c.end) and not (c.rule != "gazetteer" and any(s <= c.start and c.end <= e for s, e in events))
                 and not (c.rule == "coined_name" and (names_a_host(doc, c.start) or self.coined_title_modifier(doc, c)))
                 and not self.part_of_a_name(doc, c)]
        return self.propagate(doc, found)

    def without_keyword_label(self, doc: Doc, cand: Candidate) -> Candidate | None:
        """A candidate without the label of a keyword line glued to its first keyword by a dash or
        colon ("Index Terms-emotion detection" → "emotion detection"; lexicon ``keyword_line_labels``),
        or None if nothing but the label, or one lower-case word, is left ("Index Terms-mobile")."""
        texts = token_words(doc)[0]
        for label in self._keyword_labels:
            after = cand.start + len(label)
            if after < cand.end and tuple(texts[cand.start : after]) == label and texts[after] in KEYWORD_LINE_MARKS:
                rest = texts[after + 1 : cand.end]
                if not rest or len(rest) == 1 and rest[0].islower():
                    return None
                return replace(cand, start=after + 1)
        return cand

    def architectures_as_methods(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A listed model that names an architecture ("Mamba", "RWKV"; lexicon ``architecture_models``)
        is a Method, as the guideline types an architecture the paper treats; a Model where a list
        names it next to another model ("OPT, LLaMA2, …, Gemma, and Mamba": checkpoints run).
        Span train: Mamba and RWKV are gold Methods in 10 of 11 abstracts."""
        if not self._architecture_models:
            return found
        models = [o for o in found if o.label == "Model" and o.canonical not in self._architecture_models]
        model_ends, model_starts = {o.end: o for o in models}, {o.start: o for o in models}
        out = []
        for c in found:
            if c.rule == "gazetteer" and c.label == "Model" and c.canonical in self._architecture_models \
                    and not self.listed_next_to(doc, c, model_ends, model_starts):
                c = replace(c, label="Method")
            out.append(c)
        return out

    def part_of_a_name(self, doc: Doc, cand: Candidate) -> bool:
        """A listed part alias right after a name is that name's part: "LoRA adapters" are LoRA's
        modules, not the listed adapter tuning; "LDA topic models" and "the hierarchical Dirichlet
        process (HDP) topic model" are LDA and HDP, not the listed class (lexicon ``part_aliases``)."""
        before = cand.start - 2 if cand.start > 1 and doc[cand.start - 1].text == ")" else cand.start - 1
        return (cand.rule == "gazetteer" and before >= 0 and words_text(doc, cand.start, cand.end).lower() in self._part_aliases
                and is_name_token(doc[before]))

    def names_an_event(self, doc: Doc, end: int) -> bool:
        """A name right before a capitalised event word (lexicon ``event_words``), an edition's
        year or the name's short form between: "the EmotiW Challenge 2023", "ChatGPT4PCG
        Competition", "the Restore Any Image Model (RAIM) Challenge" name a challenge, no entity
        of the schema (span train: 5 of 5 such nodes not gold). A lower-case "challenge" does not
        count: "the DramaQA challenge" names the data as often as not."""
        texts, lowers = token_words(doc)
        if end < len(doc) and EDITION_YEAR.match(texts[end]):
            end += 1
        if end + 2 < len(doc) and texts[end] == "(" and texts[end + 2] == ")":
            end += 3
        elif end < len(doc) and texts[end] == ")":
            end += 1
        if end < len(doc) and EDITION_YEAR.match(texts[end]):
            end += 1
        return end < len(doc) and texts[end][:1].isupper() and lowers[end] in self._event_words

    def joined_acronym_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """Hyphen-joined acronyms ("FACT-RFM", "GMM-HMM") and a word joined to an acronym
        ("Co-DETR", "Elman-RNN") that neither a rule nor the recogniser took: coined names, typed
        as coined_name_candidates types them, unless a part is a class word or a language
        ("KG-LLM", "Human-AI", "EN-DE"). Asked last, so the recogniser's type of such a name it
        found stands ("E2E-TTS" a Task). Span train: 50 such words annotated, 27 not (8 of those
        with a class word)."""
        shaped = [i for i, text in enumerate(token_words(doc)[0]) if ACRONYM_PAIR.match(text) or WORD_ACRONYM_NAME.match(text)]
        if not shaped:
            return []  # most abstracts: decided on the token strings, without a Token object per word
        covered = {i for c in found for i in range(c.start, c.end)}
        named = {fold_name(words_text(doc, c.start, c.end)) for c in found}  # "SR-IQA" the recogniser typed once stays its type
        out = []
        for token in (doc[i] for i in shaped):
            text = token.text
            if token.i in covered or fold_name(text) in named or self.is_language_pair(text):
                continue
            if any(self.is_generic(part) for part in text.split("-")) or self.lookup(text) is not None or self.is_generic(text):
                continue
            if token.i > 0 and (doc[token.i - 1].text in ("/", "@", ".", "#") or doc[token.i - 1].like_url):
                continue
            folded = fold_name(text)
            label = (named_label(text) or self.label_from_context(doc, folded) or ("Model" if MODEL_LIKE_NAME.search(text) else None)
                     or self.evaluated_on(doc, folded) or "Method")
            out.append(Candidate(token.i, token.i + 1, label, "coined_name"))
        return out

    def data_name_suffix_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A dataset or benchmark named with what follows it: the year of its edition ("SemEval
        2015", "WMT 2014": span train lists the year-suffixed name 19 times, the bare name 3), not
        after a listed name ("ILSVRC 2015", "COCO 2015" are competitions of ImageNet and COCO; the
        sample-like golds list the bare names); and its language pair ("WMT'14 English-German",
        as span train writes every WMT pair). The longer span wins in resolve."""
        out = []
        for cand in found:
            coined = cand.rule == "coined_name"  # typed by the typer later: "SemCor 3.0", "ASVspoof 2019" (span train: 5 in 5)
            if cand.label not in ("Dataset", "Benchmark") and not coined or cand.end >= len(doc) or doc[cand.end - 1].whitespace_ != " ":
                continue
            after = doc[cand.end]
            if DATA_VERSION.match(after.text) and not (cand.end + 1 < len(doc) and doc[cand.end + 1].lower_ in COUNT_NOUNS):
                out.append(Candidate(cand.start, cand.end + 1, cand.label, cand.rule))  # "MultiWOZ 2.1", "VQA v2"
                continue
            if cand.label not in ("Dataset", "Benchmark"):
                if EDITION_YEAR.match(after.text) and not (after.whitespace_ == "" and cand.end + 1 < len(doc) and doc[cand.end + 1].text == "-"):
                    out.append(Candidate(cand.start, cand.end + 1, cand.label, cand.rule))
                continue
            if self.is_language_pair(after.text) or EDITION_YEAR.match(after.text) and not self.lookup(span_text(doc[cand.start : cand.end])) and not (
                    after.whitespace_ == "" and cand.end + 1 < len(doc) and doc[cand.end + 1].text == "-"):
                out.append(Candidate(cand.start, cand.end + 1, cand.label, cand.rule))
        return out

    def span_model_candidates(self, doc: Doc, spans: list[tuple[int, int, str]], rule_cands: list[Candidate]) -> list[Candidate]:
        """Spans of the trained recogniser that no rule found. A span a rule covers in part is
        left to the rule (its boundaries come from a list or a definition), unless it extends the
        rule's name (``extends_a_rules_name``; such a Method or Metric is taken whatever its shape); a name
        the gazetteer knows takes the gazetteer's type and canonical name."""
        covered = set()
        for cand in rule_cands:
            covered.update(range(cand.start, cand.end))
        out = []
        for start, end, label in spans:
            extends = bool(covered.intersection(range(start, end)))
            if extends and not self.extends_a_rules_name(doc, start, end, label, rule_cands) and not self.restated_capitalised_name(doc, start, end, rule_cands):
                continue
            end = self.without_document_head(doc, start, end)
            if end == start:
                continue
            if label == "Task":
                start = self.last_coordinated_pair(doc, start, end)
            text = words_text(doc, start, end)
            if len(text) > MAX_NAME_CHARS * 2 or "=" in text:
                continue  # "BLEU=38.8", "N=1101": a value assigned, not a name
            if any(t.text in (",", ";") for t in doc[start:end]) or "," in text:
                continue  # "(e.g., Warm-Agreeable, Arrogant-Calculating)": a list, not a name; "(Giovannetti,2008)" a citation
            if self.title_claim_word(doc, start, end):
                continue
            if text.endswith(("-", *ADJECTIVE_SUFFIXES)) or text.count("(") != text.count(")"):
                continue  # "T1- and T2-weighted", "Biasing(XCB) module", "Gradient-based CAM": a piece of a word, not a name
            if text.lower().endswith(RECOGNISED_ADJECTIVE_ENDINGS) or end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in DANGLING_WORDS:
                continue  # "Domain-level", "Hardware-efficient", "Recognizing Concepts and", "Ensemble of": a modifier cut from the name it modifies
            if end - start > 1 and doc[end - 1].lower_ in self._glued_base_words:
                continue  # "Knowledge Enhanced" (of "… via Knowledge Enhanced Text Generation"), "Semantic Enhanced": the same
            if end + 1 < len(doc) and doc[end].text in COMPARISONS and doc[end + 1].like_num:
                continue  # "R2 > 0.98", "N = 1101": a quantity compared with a value (the span typer reads "R2" as a model)
            entry = self.lookup(text)
            if entry is None and label in ("Dataset", "Benchmark", "Model") and SYMBOL_OR_COUNT.match(text):
                continue  # "not in L.", "ground truth Y.", "20 Newsgroups (20 K)": a symbol or a count, no data or model
            if entry is None and label in ("Dataset", "Benchmark") and LETTER_NUMBER.match(text):
                continue  # "T1, T2 and FLAIR images": a label, no data
            if entry is None and SPLIT_ACRONYM.match(text):
                continue  # "%OP T": a word split in two, no name
            if self.mode == "combined" and entry is None and label == "Task" and end - start == 1 and self._bare_task_head(doc[start]):
                continue  # "segmentation" alone: as the rules decide a bare head word
            shape = name_shape(text)
            if entry is None and self.mode == "combined" and not (extends and label in ("Method", "Metric")) and not any(
                    rule.admits(label, shape, end - start) for rule in self.model_span_rules) and not self.compared_coined_method(doc, start, end, label):
                continue  # e.g. a lower-case Method phrase or a Method acronym: mostly not names (span dev)
            if entry is not None:
                out.append(Candidate(start, end, entry.label, "span_model", canonical=entry.name))
            else:
                out.append(Candidate(start, end, label, "span_model"))
        return out

    def compared_coined_method(self, doc: Doc, start: int, end: int, label: str) -> bool:
        """A coined word the recogniser calls a Method that a comparison verb follows in its clause
        ("THUMT using minimum risk training outperforms GroundHog", "Ctrl-G, when applied to a
        TULU2-7B model, outperforms GPT3.5"): the subject of a comparison is a system, though no
        cue introduced it (alone, such words were junk as often as names on the tuning sets:
        "W4A16", "SRAM")."""
        if not coined_method_word(doc, start, end, label):
            return False
        for text in token_words(doc)[0][end : end + COMPARED_SUBJECT_REACH]:
            if text in (".", ";", ":") or text in self._comparison_verbs:
                return text in self._comparison_verbs
        return False


    def only_a_modifier(self, text: str) -> bool:
        """"Training-Free" (cut from "Training-Free Bayesianization (TFB)"), "Generation-Based":
        dictionary words ending in a manner suffix (lexicon ``method_modifier_suffixes``,
        ``task_manner_suffixes``) modify a name and are none (train: 1 such node, no gold)."""
        parts = re.split(r"[\s-]+", text)
        return ("-" in text and len(parts) >= 2 and text.lower().endswith(self._method_modifier_suffixes + self._task_manner_suffixes)
                and all(fold_name(p) in self._word_folds for p in parts))

    def listed_as_component(self, doc: Doc, start: int) -> bool:
        """A capitalised name in the colon list after a component noun ("comprising two
        components: Visual Invariant Composition and Bi-Objective Discriminative Learning"): a
        part of the paper's system."""
        i = start - 1
        while i > start - 12 and i > 0 and (doc[i].text in (",", "and", "-") or doc[i].text[:1].isupper()):
            i -= 1
        return i > 0 and doc[i].text == ":" and doc[i - 1].lower_ in self._component_nouns and doc[start].text[:1].isupper()

    def without_document_head(self, doc: Doc, start: int, end: int) -> int:
        """End of a span without the document it closes with ("Megrez2 Technical Report" was a
        proposed Method beside "Megrez2"): the report is the paper, the name is what it reports on."""
        words = tuple(t.lower_ for t in doc[start:end])
        for head in self._document_heads:
            if len(words) >= len(head) and words[-len(head):] == head:
                return end - len(head)
        return end

    def extends_a_rules_name(self, doc: Doc, start: int, end: int, label: str, rule_cands: list[Candidate]) -> bool:
        """The recogniser's Metric that a rule's metric ends ("lexical accuracy", "path weighted
        success rate", "terminology translation accuracy" over "accuracy"): the metric with its
        modifiers, whose boundary the recogniser reads better (span dev: 7 of 8 such spans right).
        The same for a Task whose added words are lower-case content words ("chest X-ray report
        generation" over "X-ray report generation"; span dev +4 tasks, -1), and for a Method whose
        added words, before or after, are written as the rule's name (``method_extension``)."""
        inside = [c for c in rule_cands if c.start < end and start < c.end]
        if label not in ("Metric", "Task", "Method") or not inside or not all(start <= c.start and c.end <= end for c in inside):
            return False
        ruled = next((c for c in inside if c.label == label and c.end == end and c.start > start), None)
        if label == "Method":
            ruled = ruled or next((c for c in inside if c.label == label and c.start == start and c.end < end), None)
            # not an architecture family's cue ("multi-modal transformer models": span train keeps the family alone)
            return ruled is not None and ruled.rule != "cue" and self.method_extension(doc, start, end, ruled)
        if ruled is not None and label == "Task":
            return all(t.is_lower and t.is_alpha and t.lower_ not in self._task_stop and not t.is_stop
                       and not t.lower_.endswith(("ing", "ed")) for t in doc[start : ruled.start])
        # not "overall success rate", "model accuracy", "higher accuracy": words of praise or scope, no
        # name; nor "reporting perplexity": a verb (an -ing or -ed word the lexicon lists as no metric modifier)
        return ruled is not None and not any(
            t.lower_ in self._metric_extension_stop or t.is_stop or (t.lower_.endswith(("ing", "ed")) and t.lower_ not in self._metric_modifiers)
            or self.names_other_thing(t.text) for t in doc[start : ruled.start])

    def restated_capitalised_name(self, doc: Doc, start: int, end: int, rule_cands: list[Candidate]) -> bool:
        """The recogniser's capitalised name of two or more words around a rule's shorter name,
        written again elsewhere in the paper ("Neural Theorem Proving" in the title and "neural
        theorem proving" in the abstract, over the listed "Theorem Proving"; "Multi-hop Knowledge
        Base Question Answering" over "Question Answering"): a name used twice is the paper's
        name for the thing, not a title's words around it (span dev: 13 of 14 such spans gold,
        written once 10 of 24). Not with a stop, scope or comparison word ("Schrodinger Bridges
        Beat Diffusion Models", "Strengthen In-context Learning")."""
        words = [t for t in doc[start:end] if not t.is_punct]
        if len(words) < 2 or not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in words):
            return False
        inside = [c for c in rule_cands if c.start < end and start < c.end]
        if not all(start <= c.start and c.end <= end for c in inside):
            return False
        if any(t.is_stop or t.lower_ in self._task_stop or t.lower_ in self._comparison_cues or t.lower_ in TITLE_CONTRASTS
               or t.lower_ in self._title_verbs for t in words):
            return False
        text = span_text(doc[start:end]).lower()
        starts, ends, _ = token_offsets(doc)
        before, after = doc_text(doc)[: starts[start]].lower(), doc_text(doc)[ends[end - 1]:].lower()
        return text in before or text in after

    def names_other_thing(self, word: str) -> bool:
        """A listed dataset, benchmark or model before a metric is what the score is taken on or
        of ("WikiText2 perplexity"), no part of the metric's name ("ABX error rates" is one)."""
        entry = self.lookup(word)
        return entry is not None and entry.label in ("Dataset", "Benchmark", "Model")

    def method_extension(self, doc: Doc, start: int, end: int, ruled: Candidate) -> bool:
        """The recogniser's Method that adds words before or after a rule's Method, written as the
        rule's name is: capitals around a capitalised name ("Moment-Based Adversarial Training",
        "Random Forest Proximities", mostly in titles), lower-case words around a lower-case one
        ("spherical attention mechanism", "stochastic gradient ascent", "self-play reflection"):
        the longer name, unless an added word is a stop, scope or praise word ("Large-Scale Weak
        Supervision") or a comparison ("Schrodinger Bridges Beat Diffusion Models", "X Meets Y"),
        or a word before is a title's verb, an -ing word ("Improving Adversarial Training") or, in
        lower case, an -ed word ("learned dropout"). Not "QLoRA finetuning": a use of the listed
        method, not a longer name."""
        words = [t for t in doc[start:end] if not t.is_punct]
        lower = all(t.is_lower for t in words)
        if not lower and not all(t.text[:1].isupper() for t in words):
            return False
        before = [t for t in doc[start : ruled.start] if not t.is_punct]
        added = before + [t for t in doc[ruled.end : end] if not t.is_punct]
        return not any(t.is_stop or t.lower_ in self._task_stop or t.lower_ in self._comparison_cues or t.lower_ in TITLE_CONTRASTS
                       for t in added) and not any(
            t.lower_ in self._title_verbs or t.lower_.endswith("ing") or lower and t.lower_.endswith("ed") for t in before)

    def _bare_task_head(self, token) -> bool:
        """A lower-case task head word on its own that the lexicon does not list as standalone
        ("segmentation", not "summarization"): mostly not annotated alone (span train), so the
        recogniser's span is left out as the rules leave it. (Bare method heads, "pruning",
        stay: the recogniser's one-word lower-case Methods were mostly right on span dev.)"""
        return token.is_lower and token.lower_ in self._task_heads and token.lower_ not in self._standalone_tasks

    def sentences_to_parse(self, doc: Doc, candidates: list[Candidate]) -> list[Span]:
        """Sentences with two or more candidates, a task phrase to check, or a propose verb."""
        per_sentence: dict[int, list[Candidate]] = {}
        starts = {}
        for cand in candidates:
            sent = sentence_at(doc, cand.start)
            starts[sent.start] = sent
            per_sentence.setdefault(sent.start, []).append(cand)
        chosen = []
        for start, cands in per_sentence.items():
            sent = starts[start]
            spans = {(c.start, c.end) for c in cands}
            if len(sent) > MAX_PARSE_TOKENS:
                continue
            if len(spans) >= 2 or any(c.rule in ("task_phrase", "method_phrase") for c in cands) or any(w in self._propose for w in token_words(doc)[1][sent.start : sent.end]):
                chosen.append(sent)
        return chosen

    def gazetteer_candidates(self, doc: Doc) -> Iterator[Candidate]:
        for matcher in self._matchers.values():
            for match_id, start, end in matcher(doc):
                entry = self.entries[int(self.nlp.vocab.strings[match_id])]
                if entry.label == "Model" and end < len(doc) and SIZE_TOKEN.match(doc[end].text):
                    # "LLaMA 65B": a family followed by a size is the sized variant.
                    yield Candidate(start, end + 1, "Model", "model_shape", family=entry.name, variant="size")
                    continue
                if entry.label == "Model" and (size := spelled_size(doc, end)) is not None:
                    # "the Llama-2 70 billion model", "OPT 1.3 billion": the sized checkpoint, named as usual
                    yield Candidate(start, end + 2, "Model", "model_shape", canonical=f"{span_text(doc[start:end])}-{size}",
                                    family=entry.name, variant="size")
                    continue
                version_end = self.spaced_version_end(doc, end) if entry.label == "Model" else None
                tail_end = self.checkpoint_tail_end(doc, version_end or end) if entry.label == "Model" else None
                if tail_end is not None and ((listed := self.lookup(span_text(doc[start:tail_end]))) is None or listed.label == "Model"):
                    # "Gemma 3 12B" a size of Gemma 3, "GPT-3.5 Turbo" (listed) a tier of GPT-3.5: gold names both
                    family, variant = self.gazetteer_lineage(listed, span_text(doc[start:tail_end])) if listed is not None else (None, None)
                    yield Candidate(start, tail_end, "Model", "model_shape" if listed is None else "gazetteer", canonical=listed and listed.name,
                                    family=family or (span_text(doc[start:version_end]) if version_end else entry.name), variant=variant or "size")
                    continue
                if version_end is not None:
                    listed = self.lookup(span_text(doc[start:version_end]))  # "Claude 3.5-Sonnet" is "Claude 3.5 Sonnet"
                    if listed is None:
                        yield Candidate(start, version_end, "Model", "model_shape", family=entry.name, variant="size")
                    elif listed.label == "Model":
                        family, variant = self.gazetteer_lineage(listed, span_text(doc[start:version_end]))
                        yield Candidate(start, version_end, "Model", "gazetteer", canonical=listed.name, family=family, variant=variant)
                    if listed is None or listed.label == "Model":
                        continue
                suffix_end = self.tuned_suffix_end(doc, end) if entry.label == "Model" else None
                if suffix_end is not None:
                    # "Llama 2-Chat", "Mistral 7B -- Instruct": a tuned checkpoint of the model; glued to a listed
                    # checkpoint's parameter count ("Mixtral 8x7B-Instruct") a variant of its family, as
                    # "Qwen2-7B-Instruct" is (span train gold)
                    if entry.family and suffix_end == end + 2 and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                            and PARAMETER_COUNT.fullmatch(doc[end - 1].text):
                        yield Candidate(start, suffix_end, "Model", "model_shape", family=entry.family, variant="size")
                    else:
                        yield Candidate(start, suffix_end, "Model", "model_shape", family=entry.name, variant="derived")
                    continue
                if entry.label == "Task" and glued_after_hyphen(doc, start):
                    continue  # "out-of-domain generalization", "spatio-temporal reasoning": the tail of a longer word, not the listed task
                if entry.label == "Task" and end - start == 1 and not doc[start].text.isupper() and end < len(doc) and doc[end].lower_ == "of":
                    continue  # "the summarization of visual and language information": one listed word before "of" is an act on what follows, not the task
                if entry.label == "Metric" and self.inside_capitalised_name(doc, start, end):
                    continue  # "ONNX Runtime", "Perplexity Pro": a product's or a method's name holds the metric word
                if entry.label == "Metric" and self.after_property_adjective(doc, start, entry):
                    continue  # "statistical accuracy", "anatomical accuracy": a property of the output, not the score
                family, variant = self.gazetteer_lineage(entry, words_text(doc, start, end))
                yield Candidate(start, end, entry.label, "gazetteer", canonical=entry.name, family=family, variant=variant)

    def inside_capitalised_name(self, doc: Doc, start: int, end: int) -> bool:
        """A listed metric written with a capital inside a run of capitalised words ("speedup over
        ONNX Runtime", "the commercial product, Perplexity Pro", "a Generalized Precision
        Matrix-based one", "ANOVA F-Scores") is a word of a tool's or a method's name, not a score.
        Not in the title, where every word is capitalised, nor a short form in capitals ("BLEU"),
        nor after a sentence's first word ("Low VRAM usage") or a metric's modifier ("Mean Average
        Precision"). Train: 6 false metrics gone, no gold one lost."""
        text = span_text(doc[start:end])
        if start <= (doc._.kg_title_end or 0) or not text[:1].isupper() or text.isupper():
            return False

        def capitalised(t) -> bool:
            return t.text[:1].isupper() and (t.is_alpha or "-" in t.text)
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        return ((before is not None and capitalised(before) and sentence_at(doc, start - 1).start != start - 1
                 and before.lower_ not in self._metric_modifiers)
                or (after is not None and capitalised(after)))

    def after_property_adjective(self, doc: Doc, start: int, entry: GazetteerEntry) -> bool:
        """A bare base metric ("accuracy", "precision", lexicon ``metric_modifier_heads``) right
        after a relational adjective in -ic/-ical (lexicon ``property_adjective_suffixes``:
        "statistical accuracy", "anatomical accuracy", "thermodynamic accuracy", "linguistic
        accuracy") names a quality of the output, not the score a paper reports; nor is the bare
        word the metric where the whole phrase is one ("clinical accuracy"). A listed modifier
        ("diagnostic accuracy") still makes the modified metric. Train: 5 false metrics gone, no
        gold one lost (2 of 8 such mentions were gold, "identical accuracy", "practical latency",
        both named again elsewhere in their papers)."""
        if start == 0 or entry.name not in self._modifier_heads:
            return False
        before = doc[start - 1]
        lower = before.lower_
        return (before.is_lower and before.is_alpha and lower.endswith(self._property_adjective_suffixes)
                and lower not in self._metric_modifiers and lower not in self._task_heads)

    def describes_next_word(self, doc: Doc, start: int, end: int) -> bool:
        """A listed task in a spelling that the field uses as an adjective (lexicon
        ``task_adjective_spellings``), right before a word it describes: "an instruction-following
        dataset", "Instruction-Following Agents". Not before an ability or score ("instruction-following
        capabilities"): the sample golds count the task there."""
        text = span_text(doc[start:end]).lower()
        if end >= len(doc) or not any(text == s or text.endswith(" " + s) for s in self._task_adjective_spellings):
            return False  # "zero-shot instruction-following settings" too
        following = doc[end]
        return (following.is_alpha and following.lower_ not in DESCRIPTION_END and not following.is_stop
                and following.lower_ not in self._task_property_nouns)

    def names_a_tool(self, doc: Doc, start: int, end: int) -> bool:
        """A task's short form right before a lower-case noun for a tool, service or setting
        that does it (lexicon ``task_tool_nouns``: "we use OCR tools", "answers for QA service",
        "satisfactory SLU schema", "any NLG setup") names that thing, not a task the paper works
        on. Whole train, Tasks written only so: 5 nodes, none gold. A spelled-out task there
        is often the paper's own ("currently available content moderation tools" in Llama
        Guard's abstract; train: 2 false nodes, 1 gold, and proxy2's gold counts the task)."""
        return self.short_form_before(doc, start, end, self._task_tool_nouns)

    def names_task_items(self, doc: Doc, start: int, end: int) -> bool:
        """A task's short form right before a lower-case noun for items of data (lexicon
        ``task_item_nouns``: "18,000 QA pairs", "QA samples", "different QA distributions") names
        the data, no task the paper works on. Whole train, Tasks written only so: 4 nodes, none
        gold ("QA data" is left alone: "NER data" was the paper's gold task)."""
        return self.short_form_before(doc, start, end, self._task_item_nouns)

    @staticmethod
    def short_form_before(doc: Doc, start: int, end: int, nouns: set[str]) -> bool:
        """One upper-case word right before a lower-case word of ``nouns``."""
        return end - start == 1 and doc[start].is_upper and end < len(doc) and doc[end].is_lower and doc[end].lower_ in nouns


    def proposed_name_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """The title's "X: …" name and name-shaped words right after a propose verb or "called"."""
        title_end = doc._.kg_title_end
        title_name = title_name_span(doc, title_end) if title_end else None
        names: dict[str, tuple[int, int, str]] = {}
        hints: dict[str, str] = {}
        trained: set[str] = set()  # "we train 3D Gaussian Splatting": a listed method trained is used (a listed model may be the paper's: Chinchilla)
        if title_name is not None:
            parts = title_name_parts(title_name)
            kinds = [self._type_heads[t.lower_] for t in doc[title_name.end : title_end] if t.lower_ in self._type_heads]
            for k, part in enumerate(parts):
                names[fold_name(part.text)] = (part.start, part.end, "title_name")
                if len(parts) > 1 and len(kinds) == len(parts):
                    hints[fold_name(part.text)] = kinds[k]  # "X and Y: A … Dataset and A … Model": in that order
        elif title_end:
            run = self.titled_proposal_run(doc, title_end)
            if run is not None:
                yield Candidate(run.start, run.end, "Method", "title_name", proposed=True)
        texts, lowers = token_words(doc)
        for i in range(title_end or 0, len(doc)):
            if lowers[i] not in self._naming and lowers[i] not in self._propose:
                continue
            token = doc[i]
            if lowers[i] in TRAIN_VERBS and i > 0 and lowers[i - 1] in PARTICIPLE_DETERMINERS:
                continue  # "the errors of the trained PINN": a participle before a noun, no verb of the authors'
            if token.is_lower and token.lower_ in self._naming or (token.lower_ in self._propose and self.in_propose_context(doc, token.i)):
                if token.lower_ == "namely" and said_before(doc, token.i, self._earlier_work):
                    continue  # "two recently proposed models …, namely AV Align and Taris": others' work
                span = self.name_after(doc, token.i + 1)
                if span is not None:
                    names.setdefault(fold_name(span.text), (span.start, span.end, "proposed_name"))
                    before = doc[span.start - 1].lower_ if span.start > token.i + 1 else ""
                    if before in self._type_heads:  # "we propose a new metric ROUGE_NE": the type word it follows
                        hints.setdefault(fold_name(span.text), self._type_heads[before])
                    if token.lower_ in TRAIN_VERBS:
                        trained.add(fold_name(span.text))
        for i in range(title_end or 0, len(doc) - 1):
            if texts[i + 1] not in (",", "."):
                continue  # introduced_in_apposition's first test, on strings
            token = doc[i]
            if self.introduced_in_apposition(doc, token):
                names.setdefault(fold_name(token.text), (token.i, token.i + 1, "proposed_name"))
                for k in self.introduced_before_and(doc, i):
                    names.setdefault(fold_name(doc[k].text), (k, k + 1, "proposed_name"))
        for start, end, label in self.titled_run_in_apposition(doc, title_end or 0):
            folded = fold_name(span_text(doc[start:end]))
            names[folded] = (start, end, "proposed_name")  # the whole run, not a listed part of it
            hints.setdefault(folded, label)
        for folded, (start, end, rule) in names.items():
            type_label = None
            while end - start > 1 and (doc[end - 1].lower_ in self._type_heads or (type_label and doc[end - 1].lower_ in TYPE_WORD_MODIFIERS)):
                type_label = type_label or self._type_heads[doc[end - 1].lower_]
                end -= 1
            if rule == "title_name" and end - start > 1 and doc[start].lower_ == "the" and self.lookup(span_text(doc[start:end])) is None:
                start += 1  # "The WMDP Benchmark:", "The NGT200 Dataset:": the article is not the name's (span train: 3 of 3)
            span = doc[start:end]
            if self.is_generic(span.text) or len(span.text) < self.min_title_name_len or (
                    PLURAL_CLASS.match(span.text) and not self.mentioned_as_proposed(doc, folded)):
                continue  # "MM-LLMs: Recent Advances in …" surveys a class; "we present TimeLMs, …" names its own
            entry = self.lookup(span.text)
            if entry is not None and not entry.yields_to_paper:
                used = folded in trained and entry.label == "Method" or glued_to(doc, end, self._glued_base_words)
                yield Candidate(start, end, entry.label, "gazetteer", canonical=entry.name, proposed=not used)
                continue
            # "Mask-to-Height: …", "Describe-then-Reason: …": one hyphen-joined word, whose small
            # lower-case links make no clause (span train: 8 of 8 such title heads annotated)
            joined = rule == "title_name" and hyphen_joined_name(doc, start, closers=(":", "-", "--", "\u2014")) == span
            if rule == "title_name" and not joined and (span[0].lower_ in self._title_openers and len(span) > 1 or self.verb_clause(span)
                                         or any(t.lower_ in TITLE_CLAIM_VERBS for t in span[1:]) or any(t.lower_ in TITLE_POSSESSIVES for t in span)
                                         or len(span) >= 3 and any(t.is_lower and t.is_stop or t.lower_ in TITLE_CONTRASTS for t in span)
                                         or not (is_name_shaped(span) or self.mentioned_as_proposed(doc, folded) or self.coined_word(span)
                                                 or len(span) == 1 and underscore_name(span.text))
                                         or self.descriptive_title_phrase(doc, span)):
                continue  # a clause, not a name: "ASR is all you need", "Image as an IMU", "Quantization through …"
            label = type_label or hints.get(folded) or named_label(span.text) or self.label_from_context(doc, fold_name(span.text)) or (
                "Method" if rule == "proposed_name" else self.label_from_title(doc, end))
            if rule == "proposed_name" and glued_to(doc, end, self._glued_base_words):
                doc.user_data.setdefault(BUILT_ON_NAMES, set()).add(fold_name(span.text))
            yield Candidate(start, end, label, rule, proposed=True)


    def verb_clause(self, span: Span) -> bool:
        """"Adapting Vision-Language Models Without Labels: A Survey", "Harnessing GPT-4V(ision)
        for Insurance": a title head that opens with a dictionary verb's -ing form is a clause
        (span train: 11 of 129 such heads annotated as a name); so is one that closes with a
        participle ("RLHF Deciphered: …", "X-ray Insights Unleashed": none of 8 annotated)."""
        if len(span) < 2:
            return False
        first, last = span[0], span[-1]
        return (first.is_title and first.is_alpha and first.lower_.endswith("ing") and fold_name(first.text) in self._word_folds
                or last.is_title and last.is_alpha and last.lower_.endswith("ed"))

    def coined_word(self, span: Span) -> bool:
        """"Supercm:", "Vilio:", "Knodle:": one capitalised word no dictionary holds heads the
        title (span train: 45 of 47 such title words annotated, all proposed), though the
        abstract never repeats it."""
        return len(span) == 1 and span[0].is_title and span[0].is_alpha and fold_name(span.text) not in self._word_folds

    def introduced_in_apposition(self, doc: Doc, token) -> bool:
        """A coined name set off by commas where it is introduced: "we present a novel TTS
        system, Bridge-TTS, …", "we introduce two datasets: SensorCaps, a … and OpenSQA, an
        …", "our model, SVMCos, is …"."""
        i = token.i
        if not is_coined_token(token) or i < 2 or i + 1 >= len(doc) or doc[i + 1].text not in (",", "."):
            return False
        if doc[i + 1].text == "." and doc[i - 1].text != ",":
            return False  # "…, X." closes an apposition; "and X." closes a list
        if self.lookup(token.text) is not None or self.is_generic(token.text) or SIZE_TOKEN.match(token.text):
            return False
        before = doc[i - 1].text
        if before == "," and i >= 3 and doc[i - 2].lower_ in self._own_nouns and doc[i - 3].lower_ in ("our", "novel", "new"):
            return True
        if before not in (",", ":", "and") or not self.in_propose_context(doc, i):
            return False
        if before == ":" and not doc[i - 2].is_lower:
            return False  # "instantiated within Pokemon Legends: Z-A, a … game": a title's subtitle, not "two datasets: X, a …"
        described = i + 2 < len(doc) and doc[i + 2].lower_ in ("a", "an", "which", "that")
        phrase = []  # the words between the previous comma and this name: "a novel TTS system"
        for t in reversed(doc[max(0, i - 7):i - 1]):
            if t.text in (",", ";", ":", "(") or t.is_sent_start:
                break
            phrase.append(t.lower_)
        introduced = before == "," and any(w in ("a", "an", "novel", "new") for w in phrase)
        return described or introduced  # a list of known names ("OPT, LLaMA2, LongChat, …") is neither

    def introduced_before_and(self, doc: Doc, i: int) -> list[int]:
        """The members before "and" of a list whose last member, at ``i``, is introduced in apposition,
        where a counted plural type word opens the list: "two new metrics, KDA_disc and KDA_cont, which
        …" introduces both (``counted_plural_before``). Each one coined word, not listed, not generic."""
        members: list[int] = []
        k = i - 2
        if k < 1 or doc[i - 1].text != "and":
            return members
        while k >= 1 and is_coined_token(doc[k]) and self.lookup(doc[k].text) is None and not self.is_generic(doc[k].text):
            members.append(k)
            if doc[k - 1].text != ",":
                break
            k -= 2
        return members if members and self.counted_plural_before(doc, members[-1]) else []

    def name_after(self, doc: Doc, i: int) -> Span | None:
        """A coined name starting at or just after token ``i`` ("we propose SmoothQuant, …")."""
        skip = {"a", "an", "the", "our", "this", "new", "novel", '"', "'", "`", "``", "simple", "first"}
        if i < len(doc) - 1 and self.naming_as(doc, i):
            i += 1  # "a … model, dubbed as GTR"
        while i < len(doc) - 1 and (doc[i].lower_ in skip or (
                # "a framework MuDoK", "a novel method (SpCoSLAM)": the type word, then the name
                doc[i].lower_ in self._type_heads and (is_coined_token(doc[i + 1]) or doc[i + 1].text == "(")) or (
                doc[i].text == "(" and i + 1 < len(doc) and is_coined_token(doc[i + 1])) or (
                # "we train 12 ResNet models": a count of them, not the name's
                doc[i].text.isdigit() and i + 1 < len(doc) and is_coined_token(doc[i + 1]))):
            i += 1
        if i >= len(doc):
            return None
        end = i
        while end < len(doc) and end - i < 3 and (is_coined_token(doc[end]) or (end > i and doc[end].text[:1].isupper() and doc[end].is_alpha)):
            end += 1
        if end == i or not is_coined_token(doc[i]):
            return self.coined_word_introduced(doc, i)
        return doc[i:end]

    def naming_as(self, doc: Doc, i: int) -> bool:
        """"named as X", "dubbed as X": the "as" is part of the naming, not a role."""
        return doc[i].lower_ == "as" and i > 0 and doc[i - 1].lower_ in self._naming

    def coined_word_introduced(self, doc: Doc, i: int) -> Span | None:
        """One capitalised word no dictionary holds, then a comma or a bracket: "we introduce Llip,
        Latent Language Image Pretraining", "we present Concordia, a …" (span train: 29 of 29
        such words after a propose verb are names the paper proposes)."""
        token = doc[i]
        if (i + 1 < len(doc) and doc[i + 1].text in (",", "(") and token.is_title and token.is_alpha and len(token) > 2
                and not token.is_sent_start and fold_name(token.text) not in self._word_folds and not self.is_generic(token.text)):
            return doc[i : i + 1]
        return hyphen_joined_name(doc, i)

    def in_propose_context(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` in a sentence where the authors say they introduce something?"""
        sent = sentence_at(doc, i)
        known = doc.user_data.setdefault("kg_propose_context", {})  # asked for many tokens of one sentence
        bounds = (sent.start, sent.end)  # both ends: a sentence joined later is asked anew
        if bounds not in known:
            lowered = span_text(sent).lower()
            has_verb = any(w in self._propose or w in self._naming for w in token_words(doc)[1][sent.start : sent.end])
            known[bounds] = has_verb and (" we " in f" {lowered} " or "this paper" in lowered or "this work" in lowered
                                              or lowered.startswith("we "))
        return known[bounds]

    def mentioned_as_proposed(self, doc: Doc, folded: str) -> bool:
        title_end = doc._.kg_title_end
        return any(i >= title_end and self.in_propose_context(doc, i) for i in folded_token_positions(doc).get(folded, ()))

    def label_from_context(self, doc: Doc, folded: str) -> str | None:
        """Type an unknown name by the words around its mentions: "X, a benchmark …", "the X
        dataset", "a metric called X", "X and Y, two new benchmarks", "two datasets: X and Y"."""
        votes: dict[str, int] = {}
        for i in folded_token_positions(doc).get(folded, ()):
            label = self.type_word_after(doc, i) or self.type_word_before(doc, i) or (
                "Dataset" if self.counts_its_items(doc, i + 1) else None)  # "EgoCS-400K contains over 400,000 clips"
            if label:
                votes[label] = votes.get(label, 0) + 1
        if not votes:
            return None
        return max(sorted(votes), key=votes.get)

    def type_word_after(self, doc: Doc, i: int) -> str | None:
        """The type word right after a name or in its apposition ("X, a benchmark for …"); past
        the names coordinated with it, a plural one too ("X and Y, two new benchmarks")."""
        j = i + 1
        coordinated = i >= 2 and doc[i - 1].text in (",", "and", "or") and is_name_token(doc[i - 2])  # "…, MedHalu and MedQA2, two …"
        while j + 1 < len(doc) and doc[j].text in (",", "and", "or") and is_name_token(doc[j + 1]) and self.lookup(doc[j + 1].text) is None:
            j, coordinated = j + 2, True  # "MedHalu and MedQA2, …"; ", X2, and X3" skips the comma on the next pass
            if j < len(doc) and doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or"):
                j += 1
        window = [t.lower_ for t in doc[j : j + 8] if not t.is_punct or t.text == ","]
        if window and window[0] in self._type_heads:
            head = next(t for t in doc[j : j + 8] if t.lower_ == window[0])
            after = doc[head.i + 1] if head.i + 1 < doc._.kg_title_end else None
            if after is not None and after.is_title and after.lower_ not in self._type_heads:
                return None  # "TigAug: Data Augmentation for …": the type word modifies a longer title phrase
            return self._type_heads[window[0]]
        if coordinated and window and window[0].endswith("s") and window[0][:-1] in self._type_heads:
            return self._type_heads[window[0][:-1]]  # "on the BFCL-v3 and ACEBench benchmarks": the list's plural
        if coordinated and len(window) > 1 and window[0].isalpha() and window[1].endswith("s") and window[1][:-1] in self._type_heads:
            return self._type_heads[window[1][:-1]]  # "on POT-210 and PlanarTrack tracking benchmarks"
        if window[:1] == [","] and window[1:2] and window[1] not in APPOSITION_OPENERS:
            return None  # "On DeepSearch, it achieves a 57.1% success rate": no apposition
        if not coordinated and window[:2] in ([",", "which"], [",", "that"]) and window[2:3] not in (["is"], ["are"], ["was"], ["were"]):
            return None  # "UNIFIEDQA, that performs well across 19 QA datasets": a clause of what X does, not what it is
        if window[:1] == [","] or window[:1] in (["is"], ["as"], ["are"]):
            for k, word in enumerate(window[1:8]):
                if word.replace(".", "", 1).isdigit():
                    break  # "On SynthText, our detector achieves 91% accuracy": a score, no apposition
                plural = coordinated and k < 3 and word.endswith("s")  # ", two new benchmarks", not "…, which beats existing methods"
                label = self._type_heads.get(word) or (plural and self._type_heads.get(word[:-1])) or None
                if label:
                    return self.head_type_word(window[k + 2 : 8], label)
        return None

    def counts_its_items(self, doc: Doc, j: int) -> bool:
        """"X contains 1,000 …", "X, which consists of over 400K …", "X, comprising 37 …": a
        name that holds a counted number of items is data (span train: 34 of 36 such names
        annotated are datasets or benchmarks; the other two say "with", which is left out)."""
        words = [t for t in doc[j : j + 6] if t.text != ","]
        if words[:1] and words[0].lower_ in ("which", "that"):
            words = words[1:]
        if not words or words[0].lower_ not in self._contain_verbs:
            return False
        rest = [t for t in words[1:] if t.lower_ not in ("of", *self._count_hedges)]
        # a count in digits: "comprises of three key components" is a system's parts, not data
        return bool(rest) and any(c.isdigit() for c in rest[0].text) and (rest[0].like_num or COUNT.fullmatch(rest[0].text) is not None)

    def head_type_word(self, rest: list[str], label: str) -> str:
        """The type of the last type word of the apposition's noun phrase, its head: "X, a
        code-switching data augmentation approach" is a method, "X, a language model benchmark"
        a benchmark (the first type word, "data" or "model", modifies the head)."""
        for word in rest:
            if not word.isalpha() or word in self._np_breaks or word.endswith(("ing", "ed")):
                break  # "X, a model achieving higher accuracy": the head came before the verb
            label = self._type_heads.get(word, label)
        return label

    def type_word_before(self, doc: Doc, i: int) -> str | None:
        """A type word the name follows: "a metric called X", "a new benchmark, X,", "two new
        datasets: X and Y" (the plural only before a colon)."""
        j = i - 1
        k = j
        while k > 1 and doc[k].text in (",", "and", "or"):
            while k > 1 and doc[k].text in (",", "and", "or"):
                k -= 1
            if not is_name_token(doc[k]):
                break
            k -= 1
        if k < j and doc[k].text == "(" and doc[k - 1].lower_.endswith("s"):
            return self._type_heads.get(doc[k - 1].lower_[:-1])  # "three datasets (KorLearn, KorNative, and KorWeb)": the list's plural
        if j > 1 and doc[j].lower_ == "the" and doc[j - 1].lower_ in self._naming:
            j -= 1  # "a benchmark dataset called the artist20"
        while j > 0 and (doc[j].lower_ in self._naming or doc[j].text in ('"', "'", "`", "``", "(") or self.naming_as(doc, j)):
            j -= 1
        if j > 0 and doc[j].text == ":" and doc[j - 1].lower_.endswith("s"):
            return self._type_heads.get(doc[j - 1].lower_[:-1])
        counted = self.counted_plural_before(doc, i)
        if counted:
            return counted
        if j < i - 1 and j >= 0:  # after "called", "named", a quote: the type word itself
            word = doc[j].lower_
            if doc[j + 1].text == "(" and word.endswith("s") and word not in self._type_heads:
                return self._type_heads.get(word[:-1])  # "we collect three datasets (KorLearn, …)": the plural before a bracket
            return self._type_heads.get(word)
        if j > 0 and doc[j].text == "-" and doc[j - 1].text == "-":
            j -= 1  # "--" may be two tokens
        if j > 0 and doc[j].text in APPOSITION_MARKS and any(t.lower_ in APPOSITION_TYPE_OPENERS for t in doc[max(0, j - 7) : j - 1]):
            # "a new benchmark, X, …", "a novel image editing benchmark -- TECCI", "The resulting dataset, X,", "a single
            # pre-trained QA model, X,"
            return self._type_heads.get(doc[j - 1].lower_)
        return self.type_word_of_examples(doc, i)

    def counted_plural_before(self, doc: Doc, i: int, marks: tuple[str, ...] = (",",)) -> str | None:
        """"on two benchmark datasets, OhioT1DM and DiaTrend": a counted plural type word, a
        comma (or another of ``marks``), then the list the name is in (span train: 23 of 27 names
        after "N … datasets," are datasets); the count keeps out "Unlike prior methods, X …"."""
        k = i - 1
        while k > 1 and i - k < 12 and (doc[k].text in ("and", "or") or is_coined_token(doc[k])  # "KDA_disc and KDA_cont"
                                       or doc[k].text == "," and is_coined_token(doc[k - 1])):
            k -= 1
        if k < 2 or doc[k].text not in marks or not doc[k - 1].lower_.endswith("s"):
            return None
        label = self._type_heads.get(doc[k - 1].lower_[:-1])
        if label and any(t.like_num or t.lower_ in ("several", "multiple") for t in doc[max(0, k - 5) : k - 1]):
            return label
        return None

    def cue_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Name-shaped words right before a type word: "the ELUDe dataset", "VEC benchmark"."""
        lowers = token_words(doc)[1]
        for i in range(len(doc) - 1):
            if lowers[i + 1] not in self._type_heads:
                continue  # every reading below starts from a type word next
            token, nxt = doc[i], doc[i + 1]
            label = self._type_heads.get(nxt.lower_)
            if i + 2 < len(doc) and label and self._type_heads.get(lowers[i + 2]) in ("Dataset", "Benchmark"):
                label = self._type_heads[lowers[i + 2]]  # "X benchmark dataset" is a dataset
            if label in ("Dataset", "Benchmark") and is_name_token(token) and not self.is_generic(token.text) and not self.lookup(token.text):
                if self.described(doc, token.i):
                    continue  # "A Cross-Domain Dataset", "a Data-Centric Benchmark": described, not named
                if glued_after_hyphen(doc, token.i):
                    continue  # "non-IID data", "Nd II-III dataset": the tail of a longer word names nothing
                after = doc[token.i + 2] if token.i + 2 < len(doc) else None
                if after is not None and token.i < doc._.kg_title_end and after.is_title and after.lower_ not in self._type_heads:
                    continue  # "Paraphrasing-Guided Data Augmentation": the type word modifies a longer title phrase
                start = token.i
                if VERSION_SEGMENT.match(token.text):
                    if start == 0 or not is_name_token(doc[start - 1]):
                        continue  # a version alone names nothing
                    start -= 1  # "the cMedQA V1.0 dataset": the name with its version
                # "ForesightSafety Bench", "C-SEO Bench": a capitalised "Bench" is part of the name, as
                # glued ("MT-Bench") it is (span train: kept in the gold name 5 times in 5)
                end = token.i + 2 if nxt.text == "Bench" else token.i + 1
                # "the Explore ToM Dataset": the capitalised run the name ends is the name ("ToM" was)
                run = list(self.titled_run_before_cue(doc, token.i, label)) if token.i > doc._.kg_title_end and start == token.i else []
                if run and run[0].start < start:
                    yield run[0]  # "the KIT Motion-Language Dataset"
                elif not self.words_compound(token.text):
                    yield Candidate(start, end, label, "cue")  # not "Code-Mixed Data", "the Counter-Strike dataset"
            elif label in ("Dataset", "Benchmark") and token.i > doc._.kg_title_end:
                yield from self.titled_run_before_cue(doc, token.i, label)

    def coined_data_word_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """A coined word no name shape takes, right before a singular set word: "on SWE-Verified
        benchmark", "on ogbl-wikikg2 data set", "the Constraint@AAAI2021 dataset" (lexicon
        ``coined_data_heads``). The word, written without spaces, holds a digit, an inner capital or
        an "@" beside a hyphen, "@", "_" or a glued digit; not a count or a version after a hyphen
        ("COVID-19"), an adjective ("X-based", "-ed", "-ing"), a language pair, or common words
        joined ("Text-to-Image"), or a common lower-case word after the hyphen ("WSI-text"). Span train:
        see docs/history-entities.md, session 36 (setcue36)."""
        lowers = token_words(doc)[1]
        for (first, *rest), label in self._coined_data_heads.items():
            for h in range(1, len(doc) - len(rest)):
                if lowers[h] != first or any(lowers[h + 1 + k] != word for k, word in enumerate(rest)):
                    continue
                end = h
                start = end - 1
                while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text not in ("(", "[", '"', "'", "`", "/"):
                    start -= 1
                if doc[end - 1].whitespace_ == "" or end - start > 7:
                    continue
                text = doc[start:end].text
                if not CODED_WORD.fullmatch(text) or len(text) > MAX_NAME_CHARS or (end - start == 1 and is_name_token(doc[start])):
                    continue  # a name shape: cue_candidates' own
                if not (CODED_MARK.search(text) and (any(c.isdigit() for c in text) or any(c.isupper() for c in text[1:]) or "@" in text)):
                    continue
                parts = text.split("-")
                last = parts[-1]
                if (last.replace(".", "").isdigit() or last.lower() in MODIFIER_ENDINGS or text.lower().endswith(ADJECTIVE_SUFFIXES)
                        or last.islower() and last.endswith(("ed", "ing")) or parts[0].lower() in BOUND_PREFIXES):
                    continue  # "COVID-19", "X-scale", "KG-based", "PILE-deduped": a number or an adjective
                words = [w for w in re.split(r"[-@_.]", text) if w]
                if self.is_language_pair(text) or all(fold_name(w) in self._word_folds or w.lower() in HYPHEN_LINKS for w in words):
                    continue  # "Chinese-English", "Text-to-Image", "X-ray": a pair or common words
                if len(parts) > 1 and last.islower() and fold_name(last) in self._word_folds:
                    continue  # "the largest WSI-text dataset", "an EHR-note corpus": a common word after the hyphen says what the data holds
                if self.lookup(text) is not None or self.is_generic(text):
                    continue
                yield Candidate(start, end, label, "cue")

    def words_compound(self, text: str) -> bool:
        """"Code-Mixed", "Cross-Dataset", "Prompt-Driven": capitalised common words joined by hyphens
        describe data ("the Code-Mixed Data"); span train: 0 of 4 such words before a data cue are
        gold. Not one with a proper name in it ("the Sydney-Captions dataset")."""
        return bool(WORDS_COMPOUND.fullmatch(text)) and all(fold_name(part) in self._word_folds for part in text.split("-"))

    def architecture_family_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """The guideline's architecture family before "-based" or "model(s)" ("Transformer-based
        models", "pre-trained transformer models"): the recogniser found the family alone in
        about half of such abstracts. Not after a capitalised word in the abstract ("Swin
        Transformer-based": a longer name)."""
        lowers = token_words(doc)[1]
        for tok in (doc[i] for i in range(len(doc) - 1) if lowers[i].removesuffix("s") in self._architecture_families):
            nxt = doc[tok.i + 2] if doc[tok.i + 1].text == "-" and tok.i + 2 < len(doc) else doc[tok.i + 1]
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if nxt.lower_ not in self._architecture_family_cues and not self.family_alone_in_title(doc, tok) \
                    and not self.family_named_alone(doc, tok):
                continue
            if prev is not None and tok.i > doc._.kg_title_end and not prev.is_sent_start and prev.text[:1].isupper():
                continue
            yield Candidate(tok.i, tok.i + 1, "Method", "cue")

    def studied_generic_candidates(self, doc: Doc) -> list[Candidate]:
        """A generic training term ("fine-tuning") that the title names and the abstract names on
        its own, after a function word or punctuation: the technique the paper studies, which the
        guideline counts as a Method (lexicon ``studied_generic_methods``). Span train, titles that
        write it: gold 15 times in 22; elsewhere a coin flip, and the sample-like golds leave it out."""
        title_end = doc._.kg_title_end or 0
        if not self._studied_generic or not any(self.studied_generic_mentions(doc, 0, title_end)):
            return []
        found = [Candidate(i, i + n, "Method", "cue") for i, n in self.studied_generic_mentions(doc, 0, len(doc))
                 if i == 0 or doc[i].is_sent_start or doc[i - 1].is_punct or doc[i - 1].is_stop or doc[i - 1].is_space]
        if sum(1 for c in found if c.start >= title_end) < self._studied_generic_min:
            return []
        return found

    def studied_generic_mentions(self, doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
        """(start, length) of each studied generic term between start and end: "finetuning",
        "Fine-Tuning" (one token), "fine-tuning" (split at its hyphen) or "fine tuning"."""
        for i in range(start, end):
            for n in (1, 3, 2):
                if i + n <= end and fold_name(words_text(doc, i, i + n)) in self._studied_generic:
                    yield i, n
                    break

    def family_named_alone(self, doc: Doc, tok) -> bool:
        """"the Transformer", "a transformer encoder", "the Transformer architecture": the family
        after an article names the architecture itself (span train: gold lists it in 10 of 11
        abstracts where kg had not). Not before a hyphen or a capitalised word ("the Transformer-XL",
        "the Transformer Hawkes Process": a longer name), nor before a component noun ("the
        Transformer block": a part of it; sample dev does not list the family there). Not in the
        plural opening a sentence either ("Transformers are slow …"): span train lists it, the
        sample-like golds do not."""
        if tok.i < doc._.kg_title_end or tok.is_sent_start:
            return False
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text == "-" and not tok.whitespace_ or nxt.text[:1].isupper() or nxt.lower_ in self._component_nouns):
            return False
        return doc[tok.i - 1].lower_ in ("the", "a", "an")


    def named_run_opened(self, doc: Doc, start: int, last: int) -> bool:
        """A run of two words or more that a capitalised type word ends, opened by other than "a" /
        "an" (a description: "a Multi-modal Evaluation Benchmark") or a bracket: "DementiaBank's Pitt
        Corpus", "our new Visual Abstractions Dataset", "published as Sign Language Digits Dataset"; a
        lower-case word or a possessive before it."""
        before = doc[start - 1]
        return (last > start and doc[last + 1].text in self._named_data_heads and before.lower_ not in ("a", "an")
                and (before.is_lower and before.is_alpha and not glued_after_hyphen(doc, before.i) or before.lower_ in ("'s", "’s")))
        # not "3DCoMPaT Grounded …", "Corss-domain Multimodal … Corpus": a name cut inside a word

    @staticmethod
    def described(doc: Doc, i: int) -> bool:
        """The word at ``i`` ends a capitalised phrase that "a"/"an" opens: "A Cross-Domain
        Dataset", "A Novel Multilingual and Multimodal DeepFake Dataset" (a title that has
        named its dataset before the colon) describe a dataset, they do not name one."""
        j = i - 1
        while j >= 0 and i - j <= MAX_DESCRIBED_WORDS:
            word = doc[j]
            if word.lower_ in ("a", "an"):
                return True
            if not (word.is_title or word.lower_ in ("and", ",", "-") or word.is_upper):
                return False
            j -= 1
        return False

    def task_object_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A task with what it works on after a preposition its head takes ("question answering
        over knowledge graphs", "Question Answering over Linked Data"; lexicon
        ``task_object_prepositions``), after a listed task: the words up to the first stop word or
        punctuation, at most three; the longer span wins in resolve."""
        out = []
        for c in found:
            if c.label != "Task" or c.rule not in ("gazetteer", "modified_name") or c.end + 1 >= len(doc) \
                    or doc[c.end].lower_ not in self._task_object_preps.get(doc[c.end - 1].lower_, ()):
                continue  # (a phrase rule's span is trimmed later: "study question answering")
            end = c.end + 1
            while end < len(doc) and end - c.end <= 3 and (doc[end].is_alpha or doc[end].text == "-") and not doc[end].is_stop:
                end += 1
            if doc[end - 1].text == "-":
                end -= 1
            if end > c.end + 1:
                out.append(Candidate(c.start, end, "Task", "modified_name"))
        return out

    def modified_name_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A listed task or method with the words before it that make it a narrower one:
        "multi-hop KBQA", "unsupervised speech enhancement", "biomedical VQA" (the guideline keeps
        such modifiers in the span). Only words the span corpus's annotators keep there
        (lexicon ``listed_name_modifiers``, learned from train by tools/lexicon/span_vocabulary.py),
        never evaluative ones ("robust", "novel", "existing"). Named as written. A listed method
        written with capitals ("LoRA", "CNNs", "Long Short-Term Memory") is a name of its own:
        "controlled LoRA", "multimodal LSTM", "private GANs" describe a use of it (span train:
        the longer span was the annotated one 2 times in 11 such). In the title, where every word
        is capitalised, the same words count ("Zero-Shot Text-to-Video Generation"; span train: 23
        times in 27 the longer name was the gold one). A lower-case method also keeps a hyphenated word
        ending in a narrowing part ("query-aware attention mechanism", "layer-wise quantization";
        lexicon ``method_modifier_suffixes``). A listed task keeps a word the task phrases keep too
        ("text-based VQA", "code-mixed sentiment analysis"; lexicon ``task_phrase_keep``; span train:
        the longer name gold in 4 papers of 5)."""
        out = []
        for c in found:
            if c.rule != "gazetteer" or c.label not in ("Task", "Method"):
                continue
            if c.label == "Task" and doc[c.end - 1].lower_ in self._pair_task_heads and (pair := self.language_pair_before(doc, c.start)) is not None:
                out.append(Candidate(pair, c.end, c.label, "modified_name"))  # "English-Japanese machine translation"
                continue
            if c.label == "Method" and not words_text(doc, c.start, c.end).islower():
                continue
            title_cased = c.end <= doc._.kg_title_end and all(t.text[:1].isupper() for t in doc[c.start : c.end] if t.is_alpha and not t.is_stop)
            start = c.start
            while start > 0 and c.start - start < 3:
                first = start - 1
                while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_ \
                        and doc[first - 2].text[-1:].isalnum():  # not "(WSI)-level": a bracket ends no word
                    first -= 2  # "multi-hop", "zero-shot": the tokenizer splits at the hyphen
                word = span_text(doc[first:start])
                sentence_case = doc[first].is_sent_start and span_text(doc[c.start : c.end]).islower()  # "Textual sentiment analysis is …"
                narrows = (word.lower() in self._name_modifiers
                           or c.label == "Task" and (word.lower() in self._task_name_modifiers or word.lower() in self._task_phrase_keep)
                           or c.label == "Method" and word.islower() and word.endswith(self._method_modifier_suffixes)
                           or c.label == "Task" and start == c.start and self.narrowing_compound(word)
                           and (title_cased or word.lower().split("-", 1)[0] in self._task_narrowing_prefixes
                                or word.lower().rsplit("-", 1)[-1] in self._task_narrowing_suffixes))
                if not narrows or word[:1].isupper() and not word.isupper() and not (sentence_case or title_cased):
                    break  # "Open Mixture-of-Experts" in an abstract: a name's words, not a modifier
                if self.is_generic(f"{word} {doc[start].text}"):
                    break  # "Large Language Model Compression": the word belongs to a class word, "language model"
                if word.lower() in self._modifier_compound_nouns:
                    start = self.modifier_compound_start(doc, first, start, title_cased)
                    break
                start = first
            if start < c.start:
                out.append(Candidate(start, c.end, c.label, "modified_name"))
        return out

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

    def modifier_compound_start(self, doc: Doc, noun: int, start: int, cased: bool) -> int:
        """Where a modified name starts whose next modifier, at token ``noun``, is a noun the word
        before it modifies in turn (lexicon ``modifier_compound_nouns``): "closed domain question
        answering", "Educational Domain Question Answering" take that word too; "general domain VQA"
        takes neither (``start``, as it was), the scope word (``task_modifier_stop``) and its noun
        being no part of the task ("domain VQA" is no name). ``cased``: the name's words are
        capitalised anyway (a title, a sentence start)."""
        before = doc[noun - 1] if noun > 0 else None
        if (before is None or not before.is_alpha or before.is_stop or before.lower_ in self._task_stop
                or before.text[:1].isupper() and not (cased or before.is_sent_start)):
            return start
        return before.i

    def title_head_method_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A title that opens with one or two describing words and a listed method, then ends or
        goes on with a colon or a function word, names the paper's own variant by the whole head:
        "Intermediate direct preference optimization", "Factorized Contrastive Learning: …",
        "Object-aware Video-language Pre-training for Retrieval" (the listed name alone was the
        node). Each describing word capitalised ("Discrete linear-complexity reinforcement learning"
        is a description). Not verbs or openers ("Rethinking Data Augmentation", "Towards …"), judging words
        ("Efficient Retrieval Augmented Generation"; lexicon ``task_modifier_stop``), nor a method
        written with capitals ("Quantized GAN": a use of a named one). The paper proposes it. Span
        train: 13 new names, 9 of them the gold name; 6 same-span names turned proposed, 4 rightly."""
        out = []
        for c in found:
            if c.rule != "gazetteer" or c.label != "Method" or c.start == 0 or c.end > doc._.kg_title_end:
                continue
            head = doc[: c.start]
            words = span_text(head).split()
            if not 1 <= len(words) <= 2 or any(sum(ch.isupper() for ch in t.text) > 1 for t in doc[c.start : c.end]):
                continue
            if any(not re.fullmatch(r"[A-Za-z][A-Za-z-]*", w) or w.lower() in self._task_stop or w.lower().endswith("ing") or w.lower() in self._title_openers
                   or w.lower() in self._title_verbs or not w[:1].isupper() for w in words) or any(t.is_stop for t in head):
                continue
            after = doc[c.end] if c.end < doc._.kg_title_end else None
            if after is None or after.is_space or after.text in (":", "?") or after.is_stop:
                out.append(Candidate(0, c.end, "Method", "modified_name", proposed=True))
        return out

    def glued_prefix_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A listed method written with capitals at the end of a hyphenated word names, with its
        prefix, a variant of its own: "3D-2D-CNN", "stack-LSTM", "kNN-CTC", "r-GAT", "Bayes-by-Backprop",
        "Mixture-of-Task-Adapters" (the tokenizer splits at the hyphens, and the listed tail alone
        was the node). Span train: the whole word is the gold name for about 20 of 24 such words.
        Not a lower-case tail ("dual-attention mechanism": neither is annotated), nor a negation
        ("non-CoT"; lexicon ``glued_prefix_stop``), nor after a listed model ("Mistral-ORPO" is Mistral
        trained with ORPO, a model)."""
        out = []
        for c in found:
            if c.rule != "gazetteer" or c.label != "Method" or words_text(doc, c.start, c.end).islower() or c.start < 2:
                continue
            first = c.start
            while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_:
                first -= 2
            if first == c.start or doc[first].lower_ in self._glued_prefix_stop or not doc[first].text[:1].isalnum():
                continue
            prefix = self.lookup(doc[first].text)
            if prefix is None or prefix.label != "Model":  # "Mistral-ORPO": the listed model trained with it
                out.append(Candidate(first, c.end, "Method", "modified_name"))
        return out

    def glued_suffix_data_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A listed dataset or benchmark with a part glued on by a hyphen names a data set of its
        own: "nuScenes-QA", "TREC-DL19", "COCO-shift" (the tokenizer splits at the hyphen, and the
        listed head alone was the node). Not a participle or a number ("Wikipedia-based",
        "ADNI-derived", "MultiWOZ 2.1-2.3": the listed name is meant), nor a list of parts ("TREC-DL19/20").
        Span train: 2 of 3 such words are the gold name, the third ("COCO-caption Karpathy-split")
        longer still."""
        out = []
        for c in found:
            if c.rule != "gazetteer" or c.label not in ("Dataset", "Benchmark") or c.end + 1 >= len(doc) or doc[c.start].like_num:
                continue  # "a long 2048-token context": the listed game "2048" is a number here
            hyphen, tail = doc[c.end], doc[c.end + 1]
            if hyphen.text != "-" or doc[c.end - 1].whitespace_ or hyphen.whitespace_ or not tail.text[:1].isalnum():
                continue
            if tail.like_num or "/" in tail.text or tail.lower_.endswith("ed") or tail.lower_ in self._glued_base_words or (
                    c.end + 2 < len(doc) and doc[c.end + 2].text == "-" and not tail.whitespace_):
                continue
            out.append(Candidate(c.start, c.end + 2, c.label, "modified_name"))
        return out

    def narrowing_compound(self, word: str) -> bool:
        """A hyphenated word right before a listed task in a title says which task ("Long-Horizon
        Vision-and-Language Navigation", "Open-Vocabulary Keyword Spotting", "COVID-19 Misinformation
        Detection"), unless it says how the task is done ("Transformer-based", "Attention-Free",
        "End-to-End"; lexicon ``task_manner_suffixes`` and the stop lists). Span train titles: the
        gold task keeps such a word 28 times in 35; in abstracts only 31 in 73, so there only a word
        opening with "multi-" or "cross-" (lexicon ``task_narrowing_prefixes``; 16 in 19:
        "multi-document question-answering", "cross-cultural image captioning")."""
        low = word.lower()
        return ("-" in low.strip("-") and low not in self._task_stop and low not in self._task_only_stop
                and not low.endswith(self._task_manner_suffixes))

    def capitalised_name_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A listed method or task written in capitals inside the abstract, after more capitalised
        words, is the tail of a longer name: "Moment-Based Adversarial Training", "Hierarchical
        Memory Networks", "Multi-Modality Multi-Head Attention". On span train the longer span
        this finds is the annotated one 101 times in 151. Not in the title (every
        word is capitalised there), not over a sentence's first word, a stop word, an evaluative
        word ("Existing VQA", "While SystemC", "Efficient SMoE") or another name's acronym ("PPO RLHF").
        A hyphenated word with a capitalised first part is a word of the run though its tail is lower
        case ("Layout-aware Supervised Fine-tuning", "Moment-based Adversarial Training", "Closed-book
        QA"), and so is the listed name's own ("Fine-tuning"); not "LLM-based ASR" (an acronym's
        "-based": the guideline's "BERT-based"), nor where a definition's long form ends with the name (the
        definition spans and types it: "… Multi-modal Multi-agent Stance Detection (MM-StanceDet), a … framework").
        Nor over a listed data set before a task ("Switchboard ASR": the guideline's two spans, data set
        and task), nor over a language before a task's short form ("English QA"). Span train (bound40):
        11 spans changed, 8 right, 2 right but typed otherwise, 1 wrong."""
        title_end = doc._.kg_title_end
        long_forms = {(c.start, c.end) for c in found if c.rule == "abbreviation"}
        out = []
        for c in found:
            if c.rule != "gazetteer" or c.label not in ("Task", "Method") or c.start <= title_end:
                continue
            if not all(t.text[:1].isupper() for t in doc[c.start : c.end] if t.is_alpha and not self.after_glued_hyphen(doc, t.i)):
                continue  # "Supervised Fine-tuning", "Super-resolution": a hyphenated word's tail may be lower case
            start, words, lower_tail = c.start, 0, False
            while words < 3:
                first = self.titled_hyphenated_word_start(doc, start)  # "Layout-aware", "Moment-based", "Open-book"
                prev = doc[first]
                word = span_text(doc[first:start])
                hyphenated = first < start - 1  # "Three-view": the stop word "three" is no stop word there
                if (not CAPITALISED_WORD.match(prev.text) or prev.text.isupper() or prev.is_stop and not hyphenated
                        or word.lower() in self._task_stop or prev.lower_ in self._task_stop
                        or sentence_at(doc, prev.i).start == prev.i or prev.i <= title_end):
                    break
                if c.label == "Task" and self.is_listed_data(word):
                    break  # "on Switchboard ASR", "Voxpopuli ASR": the data set and the task it serves, two names (guideline)
                if c.label == "Task" and self.is_language(word) and span_text(doc[c.start : c.end]).isupper():
                    break  # "English QA", "Bengali NLI": a language before a task's short form (span train: outside the gold span 6 times in 8)
                start, words = first, words + 1
                lower_tail = lower_tail or hyphenated
            if start < c.start:  # the run's first word whole; a listed name's own prefix is no run ("Mistral-ORPO")
                start = self.hyphenated_word_start(doc, start)
                if lower_tail and any(start <= a and b == c.end for a, b in long_forms):
                    continue  # "… Multi-modal Multi-agent Stance Detection (MM-StanceDet)": the definition spans and types it
                label, proposed = c.label, False
                if c.label == "Task" and self.proposed_right_before(doc, start):
                    kind = self.type_word_after_name(doc, c.end)
                    if kind in (None, "Method", "Model"):
                        label, proposed = kind or "Method", True
                elif c.label == "Task" and (head := self.system_named_right_before(doc, start)) is not None:
                    label, proposed = self._type_heads[doc[head].lower_], True
                out.append(Candidate(start, c.end, label, "capitalised_name", proposed=proposed))
        return out

    def proposed_right_before(self, doc: Doc, start: int) -> bool:
        """A propose verb of the authors right before the name, past at most three determiners,
        adverbs or adjectives and no task noun ("we introduce an Example-Based GEC (EB-GEC)",
        "we propose a novel Grounded Visual Question Answering model (GVQA)", not "we propose
        a new task X"): the capitalised run the paper puts forward, ending in a listed task, is
        its own system, a Method (a Model before "model"). Before a data word ("an English QA
        dataset (SubjQA)") it is left as it was, and a naming verb ("…, termed Generalized
        OpenIE") names the setting before it. Span train: 5 papers, 5 right (EB-GEC, OBIE,
        GVQA, and MMVG, ICIMIA, whose titles read the name as a task); with data words and
        naming verbs 3 right in 6."""
        title_end = doc._.kg_title_end
        i = start - 1
        while (i > title_end and start - i <= 3 and doc[i].is_alpha and doc[i].is_lower and doc[i].lower_ not in self._propose
               and doc[i].lower_ not in self._setting_nouns and (not doc[i].is_stop or doc[i].lower_ in PROPOSAL_FILLERS)):
            i -= 1
        return i > title_end and doc[i].lower_ in self._propose and self.in_propose_context(doc, i)

    def system_named_right_before(self, doc: Doc, start: int) -> int | None:
        """Where the method or model word stands that the name is set beside, in a sentence where
        the authors propose: "a new trustworthy KG-LLM framework, Uncertainty Aware
        Knowledge-Graph Reasoning (UAG)", "an adaptive multi-agent system, named Multi-Agent
        VQA" (span train: 2, both gold Methods)."""
        i = start - 1
        if i > 0 and doc[i].lower_ in self._naming:
            i -= 1
        if i > 0 and doc[i].text == ",":
            i -= 1
        if (i < start - 1 and i > doc._.kg_title_end and self._type_heads.get(doc[i].lower_) in ("Method", "Model")
                and self.in_propose_context(doc, i)):
            return i
        return None

    def type_word_after_name(self, doc: Doc, end: int) -> str | None:
        """The type word right after a name, past its short form in brackets: "… Answering model
        (GVQA)", "… Answering (FSVQA) dataset"."""
        j = end
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
            j += 3
        return self._type_heads.get(doc[j].lower_) if j < len(doc) else None

    @staticmethod
    def after_glued_hyphen(doc: Doc, i: int) -> bool:
        """Token ``i`` is a later part of a hyphenated word ("tuning" of "Fine-tuning")."""
        return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


    @staticmethod
    def hyphenated_word_start(doc: Doc, start: int) -> int:
        """Where the hyphenated word that ``start`` ends starts: "End-to-End Memory Networks" was cut
        to "End Memory Networks", the walk back over capitalised words stopping at the hyphen."""
        i = start
        while EntityRecognizer.after_glued_hyphen(doc, i):
            i -= 2
        return i if doc[i].text[:1].isupper() else start

    def coined_name_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Mixed-case words anywhere ("we serve OPT-30B with PipeLLM"): a name no list holds,
        typed by what it says (…Bench, …Corpus), the words around it, its shape (…BERT, …LM,
        …Net), being evaluated on ("results on ScreenSpot"), else Method."""
        typed: dict[str, str] = {}
        texts = token_words(doc)[0]
        for i, text in enumerate(texts):
            if not (MIXED_CASE_NAME.match(text) or BENCH_NAME.match(text) or ACRONYM_WORD_NAME.match(text) and is_compound_name(text)) or len(
                    text) > MAX_NAME_CHARS or text.endswith(("LLMs", "LMs")) or text.lower().endswith(ADJECTIVE_SUFFIXES):
                continue
            if fold_name(text) in self._word_folds:
                continue  # "MultiModal", "ITAlian": a word in odd capitals
            if self.lookup(text) is not None or self.is_generic(text):  # not_names: candidates() drops them for every rule
                continue
            if i > 0 and (texts[i - 1] in ("/", "@", ".", "#") or doc[i - 1].like_url):
                continue  # github.com/SomeUser, @handle, #HashTag
            if i + 1 < len(doc) and doc[i + 1].lower_ == "et":
                continue  # "LeCun et al.": an author
            if text not in typed:
                typed[text] = (named_label(text) or self.label_from_context(doc, fold_name(text))
                               or ("Model" if MODEL_LIKE_NAME.search(text) else None)
                               or self.evaluated_on(doc, fold_name(text)) or "Method")
            yield Candidate(i, i + 1, typed[text], "coined_name")

    def hyphenated_data_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """A hyphenated name in the abstract that the words around it call data: "Trafficking-10K,
        an expert-annotated dataset", "two datasets, Isle-Bricks and Isle-Dots", "the BFCL-v3 and
        ACEBench benchmarks", "(called MSVD-v2)". coined_name_candidates' shapes leave such words
        out (capitalised words, a count or a version joined by hyphens). Not a number after the
        hyphen ("COVID-19", "K-12"), a bound prefix ("Multi-Order"), a modifier ("X-based"), common
        words joined ("Counter-Strike"), a bracketed short form or a title word. Train: 7 of 7
        such names it adds are gold data names."""
        title_end = doc._.kg_title_end or 0
        for i, text in enumerate(token_words(doc)[0]):
            if i < title_end or not HYPHENATED_NAME.match(text) or len(text) > MAX_NAME_CHARS:
                continue
            parts = text.split("-")
            last = parts[-1].lower()
            if (parts[-1].replace(".", "").isdigit() or parts[0].lower() in BOUND_PREFIXES or last in MODIFIER_ENDINGS
                    or last.endswith(("ed", "ing")) or text.lower().endswith(ADJECTIVE_SUFFIXES)):
                continue
            if MIXED_CASE_NAME.match(text) or BENCH_NAME.match(text) or ACRONYM_WORD_NAME.match(text) and is_compound_name(text):
                continue  # coined_name_candidates' own
            if self.lookup(text) is not None or self.is_generic(text) or fold_name(text) in self._word_folds or self.words_compound(text):
                continue  # "the Counter-Strike dataset", "Question-Code pairs": common words joined describe data
            if i > 0 and (doc[i - 1].text in ("/", "@", ".", "#") or doc[i - 1].like_url):
                continue
            if i > 1 and doc[i - 1].text == "(" and doc[i - 2].lower_ not in self._type_heads:
                continue  # "Citation Grounding DPO (CG-DPO): a method …": a short form its long form types
            label = self.label_from_context(doc, fold_name(text))
            if label in ("Dataset", "Benchmark"):
                yield Candidate(i, i + 1, label, "coined_name")

    def hyphenated_method_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """A hyphen-joined capitalised name in the abstract right before a method word: "the
        Gibbs-Newton algorithm", "the Wizard-of-Oz approach", "a novel Learning-by-Comparison
        technique", "the Two-Tower architecture". The method word says what the coined compound
        names; no other rule takes capitalised words joined so (the coined-name rules want camel
        case or an acronym part: "LLM-Modulo" is theirs). Each part a capitalised word or, between
        them, a function word ("-of-", "-by-"); not a bound prefix ("Multi-Agent framework"), a
        modifier ("LLM-driven", "AI-based": a lower-case tail), a sentence's first word or the last
        word of a capitalised run.
        Method words: the lexicon's Method ``type_heads`` and ``method_description_heads``."""
        title_end = doc._.kg_title_end or 0
        texts, lowers = token_words(doc)
        for i in range(title_end, len(doc) - 1):
            head = i + 2 if texts[i + 1] in QUOTES and i + 2 < len(doc) else i + 1
            if not (self._type_heads.get(lowers[head]) == "Method" or lowers[head] in self._method_descriptions):
                continue
            start = self.hyphenated_word_start(doc, i)
            word = span_text(doc[start : i + 1])
            parts = word.split("-")
            if len(parts) < 2 or start <= title_end or doc[start].is_sent_start or len(word) > MAX_NAME_CHARS:
                continue
            if doc[start - 1].text[:1].isupper():
                continue  # "the Global-and-Local Information Exploring-and-Distilling approach": the end of a longer name
            if not (parts[0].istitle() and parts[-1].istitle() and all(p.istitle() and p.isalpha() or p in HYPHEN_LINKS for p in parts)):
                continue  # an acronym part ("LLM-Modulo", "Diffusion-DPO") makes a coined name, the coined rules' to type
            if parts[0].lower() in BOUND_PREFIXES or self.lookup(word) is not None or self.is_generic(word):
                continue
            yield Candidate(start, i + 1, "Method", "cue")

    def evaluated_on(self, doc: Doc, folded: str) -> str | None:
        """"results on ScreenSpot and AndroidControl": a name that things are evaluated on,
        in a sentence about evaluation, is data."""
        for i in folded_token_positions(doc).get(folded, ()):
            j = i - 1
            cites = citation_tokens(doc)
            while j > 0 and (doc[j].text in (",", "and", "or") or j in cites or (MIXED_CASE_NAME.match(doc[j].text) and j < i)):
                j -= 1  # back over a list of names to its preposition
            if doc[j].lower_ in ("on", "across") and any(t.lower_ in self._eval_cues for t in sentence_at(doc, i)):
                return "Dataset"
        return None


    def propagate(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """Give every other occurrence of a defined short form, coined name or one-word list
        member the same type, and of a defined long form or a coined name of several words too
        ("Contrastive and Consistency Learning" in the title, where a phrase rule saw only
        "Consistency Learning")."""
        defined = {}
        long_forms = {}
        members = {}  # one-word list members ("e.g., ReaL, ImageNetv2"), named again later ("+2.0 on ReaL")
        texts = token_words(doc)[0]
        for cand in candidates:
            if cand.rule in ("abbreviation", "local_abbreviation", "title_name", "proposed_name") and cand.end - cand.start == 1:
                defined.setdefault(texts[cand.start], cand)
                if cand.rule == "local_abbreviation" and ACRONYM_PLURAL.match(texts[cand.start]):
                    # "Tensor Product Representations (TPRs)", then "TPR computation": the paper's
                    # own reading holds for the singular too, over a listed "TPR" (true positive rate);
                    # a bare use names the thing, it does not put it forward again (span train: a
                    # definition "based on" in "We present …" made TPR the proposal, not TPGN)
                    defined.setdefault(texts[cand.start][:-1], replace(cand, proposed=False))
                elif cand.rule == "local_abbreviation" and ACRONYM_PLURAL.match(texts[cand.start] + "s"):
                    # and the other way round: "a neural topic model (NTM) … the power of NTMs" is the
                    # paper's thing in the plural too, not a listed "NTMs" (neural Turing machines)
                    defined.setdefault(texts[cand.start] + "s", replace(cand, proposed=False))
            elif cand.rule in ("abbreviation", "local_abbreviation") and cand.end - cand.start > 1 or self.title_name_of_words(doc, cand):
                long_forms.setdefault(tuple(texts[cand.start : cand.end]), cand)
            elif cand.rule == "coordinated" and cand.end - cand.start == 1:
                members.setdefault(texts[cand.start], cand)
        if members:
            covered = {(c.start, c.end) for c in candidates}
            candidates = candidates + [Candidate(i, i + 1, members[text].label, "coordinated") for i, text in enumerate(texts)
                                       if text in members and (i, i + 1) not in covered]
        if not defined and not long_forms:
            return candidates + self.implicit_short_forms(doc, candidates, defined)
        self.carry_definitions(doc, candidates, defined)
        covered = {(c.start, c.end) for c in candidates}
        # a phrase rule's reading of the same words yields to the definition ("WISV: Wireless-Informed
        # Semantic Verification for …" in the title was a Task, trimmed to "Semantic Verification")
        covered_as = {(c.start, c.end, c.label) for c in candidates}
        covered_strongly = {(c.start, c.end) for c in candidates if RULE_PRIORITY[c.rule] > RULE_PRIORITY["task_phrase"]}
        extra = []
        firsts = {words[0] for words in long_forms}
        for i, text in enumerate(texts):
            if text not in firsts:
                continue
            token = doc[i]
            for words, cand in long_forms.items():
                end = token.i + len(words)
                if words[0] == token.text and (token.i, end) not in covered_strongly and (token.i, end, cand.label) not in covered_as and end <= len(doc) \
                        and tuple(texts[token.i : end]) == words:
                    extra.append(Candidate(token.i, end, cand.label, cand.rule, cand.canonical, long_form=cand.long_form, proposed=cand.proposed))
        for i, text in enumerate(texts):
            cand = defined.get(text)
            if cand is None:
                continue
            token = doc[i]
            # A paper's own definition of a listed short form ("Dynamic Preference Optimization
            # (DPO)") holds for its later bare uses too, over the gazetteer's.
            if (token.i, token.i + 1) not in covered or cand.rule == "local_abbreviation":
                extra.append(Candidate(token.i, token.i + 1, cand.label, cand.rule, cand.canonical, long_form=cand.long_form, proposed=cand.proposed))
        return candidates + extra + self.implicit_short_forms(doc, candidates, defined)

    def resolve(self, doc: Doc, candidates: list[Candidate]) -> list[Span]:
        """Non-overlapping spans, longest first, then by recogniser priority.

        Candidates over the same tokens pool what they know (a gazetteer hit that is also
        the title's name is proposed); one name keeps one type within a paper.
        """
        proposed_spans = {(c.start, c.end) for c in candidates if c.proposed}
        definitions = self.listed_definitions(candidates)
        chosen: list[Candidate] = []
        team = team_in_title(doc, doc._.kg_title_end or 0)
        taken: set[int] = set(range(team.start, team.end)) if team is not None else set()
        ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), -RULE_PRIORITY[c.rule], c.start))
        for cand in ordered:
            if cand.rule in ("task_phrase", "method_phrase"):
                cand = self.check_task_phrase(doc, cand)
                if cand is None:
                    continue
                # trimmed to a span a stronger rule found ("Measuring Massive Multitask Language
                # Understanding" → the listed MMLU benchmark's long form): that rule's reading
                stronger = [c for c in candidates if (c.start, c.end) == (cand.start, cand.end) and RULE_PRIORITY[c.rule] > RULE_PRIORITY[cand.rule]]
                cand = max(stronger, key=lambda c: RULE_PRIORITY[c.rule]) if stronger else cand
            if cand.label not in ENTITY_LABELS or any(i in taken for i in range(cand.start, cand.end)):
                continue
            if team is not None and span_text(doc[cand.start : cand.end]) == team.text and not any(
                    t.lower_ in self._naming for t in doc[max(0, cand.start - 3) : cand.start]):
                continue  # "our team SJTU" is the title's team again ("SJTU at MRP 2019: …"); "our system, called X" names the system

            span = doc[cand.start : cand.end]
            if cand.label == "Task" and self.describes_next_word(doc, cand.start, cand.end):
                continue  # "instruction-following data / agents / capabilities": what the data or model is, not the task
            if cand.label == "Task" and self.names_a_tool(doc, cand.start, cand.end):
                continue  # "OCR tools", "QA service": the tool that does the task
            if cand.label == "Task" and self.names_task_items(doc, cand.start, cand.end):
                continue  # "QA pairs": the data made for the task
            name = span_text(span)
            if (self.is_generic(name) and not (cand.rule == "cue" and fold_name(name) in self._studied_generic) or self.experiment_step(span) or not name.strip() or self.wrong_metric_context(doc, cand) or self.unreported_metric(doc, cand, candidates)
                    or self.unscored_metric(doc, cand, candidates) or SIZE_TOKEN.match(name) or name.replace(".", "").isdigit()):
                continue
            cand.proposed = cand.proposed or (cand.start, cand.end) in proposed_spans
            self.read_as_listed_definition(cand, definitions)
            chosen.append(cand)
            taken.update(range(cand.start, cand.end))
        self.widen_long_forms_over_capitalised_words(doc, chosen, taken)
        self.widen_to_catalogued_names(doc, chosen, taken)
        for cand in chosen:
            if cand.label in ("Dataset", "Benchmark"):
                cand.label = self.data_label_from_text(doc, cand)
        best_label: dict[str, Candidate] = {}
        for cand in sorted(chosen, key=lambda c: -RULE_PRIORITY[c.rule]):
            best_label.setdefault(fold_name(words_text(doc, cand.start, cand.end)), cand)
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if (cand.rule == "capitalised_name" and cand.proposed and best_label[fold].label == "Task"
                    and RULE_PRIORITY[best_label[fold].rule] <= RULE_PRIORITY[cand.rule]):
                best_label[fold] = cand  # the title's "… via Multimodal Masked Video Generation" read as a task; the abstract proposes it
        label_of = {fold: cand.label for fold, cand in best_label.items()}
        if self.span_typer is not None:
            label_of.update(self.typed_labels(doc, chosen, best_label))
        label_of.update(self.described_labels(doc, chosen, label_of))
        label_of.update(self.listed_methods(doc, chosen, label_of))
        label_of.update(self.listed_tasks(doc, chosen, label_of))
        label_of.update(self.conversion_tasks(doc, chosen, label_of))
        label_of.update(self.claimed_systems(doc, chosen, label_of))
        label_of.update(self.valued_measures(doc, chosen, label_of))
        label_of.update(self.sized_families(doc, chosen, label_of))
        label_of.update(self.named_data_labels(doc, chosen, label_of))  # after valued_measures: "the X Corpus of 100,000 pairs" counts its items
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if label_of.get(fold) == "Task" and cand.end - cand.start > 1 and (doc[cand.end - 1].lower_ in self._system_heads
                                                                           or self.listed_as_component(doc, cand.start)):
                label_of[fold] = "Method"  # "Multi-lingual Language Representation Model" is no problem studied
        for fold in self._conditions.intersection(label_of):
            if label_of[fold] in ("Method", "Model", "Dataset", "Benchmark"):
                label_of[fold] = None  # "Dysarthria: …", "ultrasound and Dementia", "Aphasia" typed data: a disease, no technique or data
        for fold in self._data_modalities.intersection(label_of):
            if label_of[fold] in ("Dataset", "Benchmark"):
                label_of[fold] = None  # "brain MRI datasets", "LiDAR data": a modality, no dataset
        texts = token_words(doc)[0]
        own = {fold_name(c.long_form or "") for c in chosen if texts[c.start] == "our"}
        for cand in chosen:
            if texts[cand.start] == "our" or cand.long_form and fold_name(cand.long_form) in own:
                label_of[fold_name(span_text(doc[cand.start : cand.end]))] = None  # "evaluated on our approach (OA)": the paper's own, unnamed
        for fold in self._architecture_families.intersection(label_of):
            if label_of[fold] is not None:
                label_of[fold] = "Method"  # the guideline's architecture family, whatever the span model or typer read
        for fold in self.architecture_variants(doc, chosen, label_of):
            label_of[fold] = "Method"  # "AE-LSTM, AT-LSTM", "CSP-SVM classifiers": others' architecture variants
        for fold in self.unheaded_recognised_tasks(doc, chosen, label_of):
            label_of[fold] = None
        for fold in self.title_means_for_task(doc, chosen, label_of):
            label_of[fold] = None
        for fold in events_by_edition(doc, chosen, label_of):
            label_of[fold] = None
        self.type_listed_definitions_as_listed(doc, chosen, label_of)
        self.type_short_forms_as_expansions(doc, chosen, label_of)
        chosen += self.listed_inside_dropped(doc, candidates, chosen, label_of)
        spans = []
        built_on = doc.user_data.get(BUILT_ON_NAMES, ())
        for cand in sorted(chosen, key=lambda c: c.start):
            label = label_of[fold_name(words_text(doc, cand.start, cand.end))]
            if label is None:
                continue  # the span typer reads no name here
            span = Span(doc, cand.start, cand.end, label=label)
            span._.kg_rule = cand.rule
            span._.kg_canonical = cand.canonical
            span._.kg_family = cand.family
            span._.kg_variant = cand.variant
            span._.kg_long_form = cand.long_form
            span._.kg_proposed = cand.proposed and fold_name(span.text) not in built_on
            span._.kg_confidence = RULE_CONFIDENCE[cand.rule]
            spans.append(span)
        spans = drop_expansions_of_a_bracketed_release(join_set_and_subset_names(spans))
        self.join_short_form_variants(spans, candidates)
        join_spelled_names(spans)
        join_bracketed_names(spans)
        join_restated_long_forms(spans)
        widen_defined_long_forms(spans)
        return spans

    def widen_to_catalogued_names(self, doc: Doc, chosen: list[Candidate], taken: set[int]) -> None:
        """A name the text writes as the end of a longer name the Papers with Code catalogue holds, of
        the same kind, is that longer name: "variational dropout", "quasi-recurrent neural network",
        "talking face generation", "Weakly Supervised Semantic Segmentation", "Virtual KITTI"
        (the gazetteer or a rule found the shorter one). Up to four free words before it, in its sentence;
        the longest catalogued name wins. Only leftwards: a catalogued name going on after the found one
        ("task-oriented dialogue systems", "CTC loss", "KILT benchmark") is gold 10 times in 18 on span
        train; nor over a word of the lexicon's task_modifier_stop ("robust", "extreme", "the"). The
        catalogue is used here to widen a found name, not to find names (kg/pwc.py).
        Span train: 19 firings, 16 right, 0 wrong, 3 neither."""
        folded = load_catalogue().folded
        for cand in chosen:
            pwc_type = PWC_TYPE_OF_LABEL.get(cand.label)
            if pwc_type is None:
                continue
            best, start = None, cand.start
            for _ in range(4):
                first = self.free_word_before(doc, start, taken)
                if first is None:
                    break
                if any(t.lower_ in self._task_stop for t in doc[first:start]):
                    break  # an evaluative or scope word ("Robust Speech Recognition", "the Pile"): the rule-4 boundary the lists keep
                start = first
                if (pwc_type, catalogue_fold(words_text(doc, start, cand.end))) in folded:
                    best = start
            if best is not None:
                old = span_text(doc[cand.start : cand.end])
                taken.update(range(best, cand.start))
                cand.start = best
                cand.canonical = cand.family = cand.variant = None  # the longer entry, not the listed shorter name
                if cand.long_form == old:
                    cand.long_form = span_text(doc[cand.start : cand.end])

    @staticmethod
    def free_word_before(doc: Doc, start: int, taken: set[int]) -> int | None:
        """The first token of the whitespace-separated word right before token ``start``, if no name
        holds it, it is in the same part (title or abstract) and it holds no bracket or clause mark."""
        title_end = doc._.kg_title_end or 0
        spaced = token_offsets(doc)[2]
        if start <= (title_end if start >= title_end else 0) or not spaced[start - 1] or sentence_index(doc, start) != sentence_index(doc, start - 1):
            return None  # the title's or the abstract's first word, or a word glued to the name
        first = start - 1
        while first > 0 and not spaced[first - 1]:
            first -= 1
        text = words_text(doc, first, start)
        if any(i in taken for i in range(first, start)) or not any(c.isalnum() for c in text) or WORD_BREAKS.search(text):
            return None
        return first

    def widen_long_forms_over_capitalised_words(self, doc: Doc, chosen: list[Candidate], taken: set[int]) -> None:
        """A capitalised name before a bracketed short form in the abstract takes the capitalised words
        the text writes right before it: "we introduce Disentangling Spectral Granularity for Prompt
        Learning (SpecPL)", "the Non-negative Canonical Polyadic (CP) decomposition", "Demonstration-based
        Masked Language Modeling (MLM)". The initials, a gazetteer entry or the recogniser stopped at a
        shorter name; the name the paper defines is the whole Title Case run. The words must be free
        (no other name holds them), capitalised, made of letters, digits and hyphens only (no possessive
        "OpenAI's"), no stop word ("A") and open no sentence ("While", "Existing": sentence_openers; a
        sentence's first word only when hyphenated: "Multi-hop Knowledge Base Question Answering (KBQA)
        aims ..."), and at most three words: a longer run is a description around a listed name ("a RNN-based Hierarchical
        Multi-modal Fusion Generation Variational Autoencoder (VAE) network"). The short form's long form follows the
        wider name, and so do its uses further on, which the definition gave the shorter one: on two long forms
        of one short form in one paper the linker would hold the short form ambiguous and give its later uses a
        fragment node of their own ("Alignment and Adaptive Weighting" beside "Anchor Alignment and Adaptive
        Weighting (A3W)"; span train 2 papers, both the wider name by the gold). Span train: 15 firings, 15 right
        (without the three-word cap 16, 15 right)."""
        title_end = doc._.kg_title_end or 0
        for cand in chosen:
            end = cand.end
            if (cand.start <= title_end or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")"
                    or not any(c.isupper() for c in doc[end + 1].text) or not doc[cand.start].text[:1].isupper()):
                continue
            start, words = cand.start, 0
            while (first := self.free_word_before(doc, start, taken)) is not None:
                word = doc[first:start].text
                if (not TITLE_CASE_WORD.match(word) or word in self._sentence_openers or doc[first].is_stop
                        or doc[first].is_sent_start and "-" not in word):
                    break
                start, words = first, words + 1
            if start == cand.start or words > 3:
                continue
            listed = cand.canonical
            narrower = fold_name(cand.long_form or span_text(doc[cand.start:end]))
            cand.start = start
            taken.update(range(start, end))
            wider = span_text(doc[start:end])
            short = doc[end + 1].text
            for other in chosen:
                # the name and its short form, and the short form's later uses: the wider name, no listed entry
                later_use = other.long_form is not None and fold_name(other.long_form) == narrower and doc[other.start:other.end].text == short
                if other is cand or other.start == end + 1 or later_use:
                    if other.start == end + 1 or other.long_form:
                        other.long_form = wider
                    if listed is not None and other.canonical == listed:
                        other.canonical = other.family = other.variant = None

    def unheaded_recognised_tasks(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> list[str]:
        """Tasks only the trained recogniser found, once and in the abstract, that end in no word
        naming an activity (no task head, no "-tion" or "-ing" noun: "zero-shot transfer", "open
        source NMT", "style control", "video events"). Outside the recogniser's training sample
        such Tasks are gold 2 times in 13 (span dev 1 in 11, sample dev, proxy, proxy2 1 in 2); in
        the title or written twice they hold (3 in 6, 2 in 2)."""
        found: dict[str, list[Candidate]] = {}
        for cand in chosen:
            found.setdefault(fold_name(words_text(doc, cand.start, cand.end)), []).append(cand)
        out = []
        for fold, cands in found.items():
            if label_of.get(fold) != "Task" or len(cands) != 1:
                continue
            cand = cands[0]
            last = doc[cand.end - 1].lower_
            if (cand.rule == "span_model" and cand.start >= doc._.kg_title_end and not cand.long_form
                    and last not in self._task_heads and not last.endswith(self._task_noun_endings)):
                out.append(fold)
        return out


    def listed_inside_dropped(self, doc: Doc, candidates: list[Candidate], chosen: list[Candidate],
                              label_of: dict[str, str | None]) -> list[Candidate]:
        """Names a list, a checkpoint shape or a definition vouches for, inside a longer span the
        span typer read as no name: "context-aware machine translation" took the tokens of the
        listed "machine translation", then was dropped, and the paper lost the task. Not inside
        a definition's long form: the short form's letters spell it whole, so a listed word in
        it is a piece of that name ("Adapters" of "Low Rank Adapters (LoRA)" was the listed
        adapter tuning beside LoRA). ``label_of`` gets their own types."""
        dropped = [c for c in chosen if label_of.get(fold_name(words_text(doc, c.start, c.end))) is None
                   and not (c.rule in ("abbreviation", "local_abbreviation") and c.long_form and c.end - c.start > 1)]
        if not dropped:
            return []
        kept = {i for c in chosen if c not in dropped for i in range(c.start, c.end)}
        out: list[Candidate] = []
        taken: set[int] = set()
        for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
            if cand.rule not in INSIDE_FALLBACK_RULES or cand in chosen or not any(d.start <= cand.start and cand.end <= d.end and (d.start, d.end) != (cand.start, cand.end) for d in dropped):
                continue
            if any(i in kept or i in taken for i in range(cand.start, cand.end)) or self.is_generic(span_text(doc[cand.start : cand.end])):
                continue
            if self.wrong_metric_context(doc, cand) or self.unreported_metric(doc, cand, candidates) or self.unscored_metric(doc, cand, candidates):
                continue  # "high-precision reasoning" was dropped; its "precision" is no metric either
            fold = fold_name(span_text(doc[cand.start : cand.end]))
            label_of.setdefault(fold, cand.label)
            if label_of[fold] is None:
                continue
            out.append(cand)
            taken.update(range(cand.start, cand.end))
        return out

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
            if label is None and self.recognised_method(doc, top):
                label = top.label
            if label is None and top.rule == "task_phrase" and any(
                    c.end - c.start == 1 and self._bare_task_head(doc[c.start]) and self.task_example(doc, c.start) for f in folds for c in by_fold[f]):
                label = "Task"  # "tasks (e.g., classification, segmentation)": the list says task, whatever the typer reads in a bare word
            if top.rule == "cue" and self._studied_generic.intersection(folds):
                label = "Method"  # "fine-tuning" named as the technique studied (studied_generic_candidates): not the typer's to drop
            if label is None and self._architecture_families.intersection(folds) and (mean[NO_NAME] < self.span_typer.drop_threshold or top.rule == "cue"):
                # "transformer", the guideline's architecture family: not dropped on a Method's lower
                # doubt, nor at all where "-based" or "models" follows it (architecture_family_candidates)
                label = top.label
            out.update(dict.fromkeys(folds, label))
        return out

    def recognised_method(self, doc: Doc, top: Candidate) -> bool:
        """A Method name of two words or more that the trained recogniser found and ``model_spans``
        admits ("Hausdorff loss", "Active Fairness", "Explicit CMLE"): the typer may retype it but
        not drop it. Not one word ("softmax", "parallelism", and "transformer": the sample-like golds
        list no family named in passing; a web address), not one opening with a scope or praise
        word ("Efficient Finetuning"). Span dev: 4 such names kept that it annotates, 1 it does not."""
        words = doc[top.start : top.end]
        return top.rule == "span_model" and top.label == "Method" and len(words) >= 2 and words[0].lower_ not in self._task_stop

    def listed_data_called_a_model(self, doc: Doc, cand: Candidate, label: str | None) -> bool:
        """A name the gazetteer lists as data that the paper introduces and whose apposition calls
        it a model ("we present Orca-Math, a 7-billion-parameter SLM based on …": the name of a data
        set and of the model family trained on it) is the paper's model here."""
        return (cand.rule == "gazetteer" and label in ("Dataset", "Benchmark") and (cand.proposed or self.in_propose_context(doc, cand.start)) and any(
            apposition and words[-1] in self._model_descriptions and not self._statistical.intersection(words)
            for words, apposition in self.descriptions(doc, cand.start, cand.end)))

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
        Language Image Matching (CLIMS) framework")."""
        own = {fold_name(span_text(doc[c.start : c.end])) for c in chosen if c.proposed and c.rule != "gazetteer"}
        out: dict[str, str] = {}
        for cand in chosen:
            fold = fold_name(words_text(doc, cand.start, cand.end))
            if label_of.get(fold) == "Task" and cand.rule != "gazetteer" and self.in_propose_context(doc, cand.start) and (any(
                    apposition and self.called_a_method(words) and (self._novelty.intersection(words) or doc[cand.start].text[:1].isupper())
                    for words, apposition in self.descriptions(doc, cand.start, cand.end)) or self.headed_by_a_method_word(doc, cand)):
                out[fold] = "Method"  # "we propose … Stance Detection (MM-StanceDet), a novel multi-agent framework"
                continue
            if self.listed_data_called_a_model(doc, cand, label_of.get(fold)):
                out[fold] = "Model"
                continue
            if fold not in own or label_of.get(fold) in (None, "Model", "Metric"):
                continue
            for words, apposition in self.descriptions(doc, cand.start, cand.end):
                head = words[-1]
                if head in self._model_descriptions and not self._statistical.intersection(words):
                    out[fold] = "Model"
                elif (apposition or NEW_DATA_MARKERS.intersection(words[-4:-1])) and out.get(fold) != "Model":
                    # not the noun before the name ("retrieving from an external corpus, called X") unless
                    # it is new ("we create a new dataset, KETOD (Knowledge-Enriched Task-Oriented Dialogue)")
                    data = "Benchmark" if head in self._described_benchmarks else "Dataset" if head in self._dataset_words else None
                    if data and self._benchmark_words.intersection(words[:-1]):
                        data = "Benchmark"  # "a suite of three novel benchmarking datasets"
                    if data and label_of[fold] in ("Method", "Task"):
                        out[fold] = data
                    elif data and not apposition and label_of[fold] in ("Dataset", "Benchmark"):
                        out[fold] = label_of[fold]  # already data: kept so that its expansion follows it, not the expansion's head
            if fold not in out and label_of[fold] in ("Method", "Task") and self.titles_an_evaluation(doc, cand) and not any(
                    apposition and words[-1] in self._method_descriptions | self._model_descriptions
                    for c in chosen if fold_name(span_text(doc[c.start : c.end])) == fold for words, apposition in self.descriptions(doc, c.start, c.end)):
                out[fold] = "Benchmark"  # what the text calls it comes first: "CLAIR: Evaluating …" is "a novel method"
        # a defined short form and its expansion are one thing
        out.update({fold_name(c.long_form): out[f] for c in chosen if c.long_form and (f := fold_name(span_text(doc[c.start : c.end]))) in out})
        return out

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
            if k >= len(doc) or doc[k].lower_ not in self._system_claim_verbs or cand.start > 0 and doc[cand.start - 1].lower_ in self._claim_blockers:
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
            if start > 0 and doc[start - 1].lower_ in self._method_descriptions:
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
                    words[-1].removesuffix("s") in self._model_descriptions for words, _ in self.descriptions(doc, cand.start, cand.end)):
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
        return (close is not None and close + 1 < len(doc) and doc[close + 1].lower_ in self._method_descriptions
                and not (cand.start > 0 and doc[cand.start - 1].lower_ in ("for", "of", "to", "on", "in")))

    def called_a_method(self, words: list[str]) -> bool:
        """"a novel multi-agent framework integrating …": the first type word of the phrase is a
        method's (the phrase may run on past its head where the parser is off)."""
        for word in words:
            if word in self._method_descriptions:
                return True
            if word in self._type_heads or word in ("task", "problem"):
                return False
        return False

    def descriptions(self, doc: Doc, start: int, end: int) -> Iterator[tuple[list[str], bool]]:
        """(noun phrase, whether it is an apposition or predicate): the lower-case words, the
        head last, of what the text calls the name at ``start:end``. Its apposition (past a
        bracketed long form) or predicate ("X, a … world model that …", "X: A Multimodal LLM
        for …", "X is a framework for …"; not "as": "assuming X as a generative model" gives X
        a role), and the noun right before it where the authors own it or name by it ("our
        model, X", "a novel TTS system, X", "a model called X")."""
        after = end
        if after < len(doc) and doc[after].text == "(":  # "X (Long Form), a …"
            close = next((t.i for t in doc[after : after + 12] if t.text == ")"), None)
            after = close + 1 if close is not None else after
        i = after + 1 if after < len(doc) and doc[after].lower_ in (",", ":") else after
        if after < len(doc) and doc[after].lower_ == "is" and not (start > 0 and doc[start - 1].lower_ in DESCRIPTION_END):
            i = after + 1  # "X is a …", not "at the core of X is a …"
        if after < i < len(doc) and doc[i].lower_ in DESCRIPTION_DETERMINERS:
            words = []
            k, stop = i + 1, min(len(doc), i + 12)
            while k < stop:
                token = doc[k]
                close = next((t.i for t in doc[k + 1 : k + 6] if t.text == ")"), None) if token.text == "(" and words else None
                if close is not None:  # "a vertical-domain Mixture-of-Experts (MoE) model": a short form inside the phrase
                    stop, k = min(len(doc), stop + close + 1 - k), close + 1
                    continue
                k += 1
                if token.lower_ == "of" and words and words[-1] in CONTAINER_NOUNS:
                    words.append("of")  # "a suite of RL algorithms": the head comes after "of"
                    continue
                if (token.is_punct and token.text not in ("-", "/")) or (token.lower_ in DESCRIPTION_END and not hyphen_joined(doc, token)) or (
                        token.is_sent_start or words and (ends_a_phrase(doc, token) or self.follows_type_head(doc, words[-1], token))):
                    break  # (a sentence start: the title's phrase ends where the abstract begins)
                words.append(token.lower_)
            if words:
                yield words, True
        j = start - 1
        while j > 0 and (doc[j].lower_ in self._naming or doc[j].text in (",", '"', "'", "`", "``") or self.naming_as(doc, j)):
            j -= 1
            if j > 1 and doc[j].lower_ == "we" and doc[j + 1].lower_ in self._naming and doc[j - 1].lower_ in ("which", "that"):
                j -= 2  # "The resulting model, which we call Tuna": the noun before the relative clause
        named = any(t.lower_ in self._naming for t in doc[j + 1 : start])
        before = doc[max(0, j - 4) : j]
        if j >= 0 and doc[j].is_alpha and (named or any(t.lower_ in OWN_MARKERS for t in before)):
            yield [t.lower_ for t in before if t.is_alpha] + [doc[j].lower_], False

    def follows_type_head(self, doc: Doc, last: str, token) -> bool:
        """"X, a text-conditioned generative model leveraging a VAE …", "X, a model capable of
        …": a participle or adjective right after a type word starts what follows the phrase,
        whose head that type word is; not inside a compound ("a model training framework")."""
        heads = self._model_descriptions | self._method_descriptions
        if last not in heads:
            return False
        if token.lower_ in self._postnominal:
            return True
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        return token.lower_.endswith("ing") and following.rstrip("s") not in heads and following not in self._type_heads

    def typer_reviews(self, text: str, rule: str, rules: tuple[str, ...]) -> bool:
        """The span typer reviews names its rules found; a listed name keeps its list's type
        (a task phrase trimmed onto one, too)."""
        return rule in rules and self.lookup(text) is None

    def data_label_from_text(self, doc: Doc, cand: Candidate) -> str:
        """Dataset or Benchmark as the sentence calls it ("the X benchmark", "datasets such as X")."""
        sent = sentence_at(doc, cand.start)
        words = {t.lower_ for t in sent}
        says_benchmark, says_dataset = bool(words & self._benchmark_words), bool(words & self._dataset_words)
        if says_benchmark and not says_dataset:
            return "Benchmark"
        if says_dataset and not says_benchmark:
            return "Dataset"
        nxt = doc[cand.end].lower_ if cand.end < len(doc) else ""
        if nxt in self._benchmark_words:
            return "Benchmark"
        if nxt in self._dataset_words:
            return "Dataset"
        return cand.label


def glued_after_hyphen(doc: Doc, start: int) -> bool:
    """"out-of-[domain generalization]", "neuro-[symbolic reasoning]", "long-[video QA]": a name that
    starts right after a word and a hyphen, with no space, is the tail of a longer word (span train:
    a listed task matched so was the gold task 3 times in 22 whole-train mentions)."""
    return (start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_ and doc[start - 2].text[-1:].isalnum())


def hyphen_joined(doc: Doc, token) -> bool:
    """"end-to-end", "sequence-to-sequence": a word between hyphens is inside a compound."""
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "-" and doc[token.i + 1].text == "-"


def ends_a_phrase(doc: Doc, token) -> bool:
    """"(a … MLLM) tailored for", "(a … model) trained on": a participle that starts what
    follows a noun phrase, not a modifier inside it ("a talking head generation model")."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.lower_.endswith(("ed", "ing")) and (following is None or following.is_punct or following.lower_ in DESCRIPTION_END)


def named_label(text: str) -> str | None:
    """A name that says its type: "ZebraLogicBench", "RewardBench" benchmarks, "JavaCorpus" data."""
    if "Bench" in text or text.endswith("bench"):
        return "Benchmark"
    if re.search(r"(?:Corpus|Dataset|DB)$", text):
        return "Dataset"
    return None


def coined_method_word(doc: Doc, start: int, end: int, label: str) -> bool:
    """One coined word (an acronym or a mixed-case word, "THUMT", "Ctrl-G") the recogniser calls a
    Method; a plural acronym is a class ("CBMs") and not name-shaped."""
    return label == "Method" and end - start == 1 and name_shape(doc[start].text) in ("upper", "mixed") and is_name_shaped(doc[start:end])


# A dataset's release after its name ("MultiWOZ 2.1", "VQA v2"; "2.0" of "MultiWOZ 2.0" was read as a result)
DATA_VERSION = re.compile(r"^(?:v\d+(?:\.\d+)*|\d+\.\d+)$")
SPELLED_SIZES = {"billion": "B", "million": "M"}


def spelled_size(doc: Doc, end: int) -> str | None:
    """"70B" for "70 billion" at ``end`` (a parameter count spelled out after a model name)."""
    if end + 1 >= len(doc) or not re.fullmatch(r"\d+(?:\.\d+)?", doc[end].text):
        return None
    unit = SPELLED_SIZES.get(doc[end + 1].lower_)
    return doc[end].text + unit if unit else None


@Language.factory(
    "kg_entity_recognizer",
    assigns=["doc.ents", "span._.kg_rule", "span._.kg_canonical", "span._.kg_family", "span._.kg_proposed"],
    requires=["token.is_sent_start"],
    default_config={"min_title_name_len": 2, "parse_with": ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"],
                    "mode": "combined", "model_spans": list(DEFAULT_MODEL_SPANS)},
)
def make_entity_recognizer(nlp: Language, name: str, min_title_name_len: int, parse_with: list[str], mode: str,
                           model_spans: list[str]) -> EntityRecognizer:
    return EntityRecognizer(nlp, name=name, min_title_name_len=min_title_name_len, parse_with=tuple(parse_with), mode=mode,
                            model_spans=model_spans)
