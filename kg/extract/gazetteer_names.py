"""The gazetteer: data files of well-known public names, their spellings, and the names the recogniser finds by them.

Loads the gazetteer files (``load_gazetteer``, ``load_pwc_dataset_names``) into ``GazetteerEntry`` records, spells each
form as the text may write it (``surface_variants``, ``case_spellings``), matches them (``gazetteer_candidates``) and
widens a found name to a longer catalogued one or over the capitalised words of its long form.
A mixin of ``EntityRecognizer`` (kg.extract.entities).
"""

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc

from kg import cache
from kg.errors import ConfigError
from kg.extract.candidates import Candidate
from kg.extract.model_names import PARAMETER_COUNT, spaced_tuned_end
from kg.extract.name_shapes import SIZE_TOKEN
from kg.extract.parse import sentence_at, sentence_index, span_text, token_offsets, words_text
from kg.names import extraction_fold_name as fold_name, fold_name as catalogue_fold
from kg.pwc import load_catalogue, PWC_TYPE_OF_LABEL

GAZETTEER_FILES = {
    "models.jsonl": "Model",
    "methods.jsonl": "Method",
    "datasets.jsonl": "Dataset",
    "benchmarks.jsonl": "Benchmark",
    "tasks.jsonl": "Task",
    "metrics.jsonl": "Metric",
}
PWC_DATASET_NAMES = Path("pwc") / "dataset_names.jsonl"
GAZETTEER_TOKENS = "gazetteer-tokens-v1.json"  # kg.cache: the token texts of every gazetteer form
ACRONYM_NAME = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
# An American -ize / -yze ending and "modeling" in a lower-case word, for the British spelling of a
# listed alias (surface_variants): normalization, tokenizer, analyzed; not "size", "prize", "Ozone".
BRITISH_ENDING = re.compile(r"(?<=[a-z]{3})([iy]z)(e|es|ed|er|ers|ing|ation|ations)\b")
BRITISH_MODELLING = re.compile(r"\b([mM])odeling\b")
BRITISH_OUR = re.compile(r"\b((?:[nN]eighb|[bB]ehavi|[cC]ol)o)r(?=s?\b|ing\b|hood\b)")  # neighbour, behaviour, colour
VERSION_TAIL = re.compile(r"(?:^|[\s-])v\d+$")  # a name that ends in a major version: "VQA v2", "SQuAD v2"
CAPITALS_AND = re.compile(r"(?<=[A-Z]\w)(\w*) and (?=[A-Z])")  # "Tanks and Temples": "and" between two capitalised words
# A capitalised word of a name's Title Case run: letters and digits, hyphen-joined parts ("Non-negative", "Multi-view",
# "Token-wise"); no possessive, bracket or stop (widen_long_forms_over_capitalised_words).
TITLE_CASE_WORD = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
WORD_BREAKS = re.compile(r"[,;:()\[\]\"\n]")  # a word holding one of these ends a name on its left (free_word_before)


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
    same_as: str | None = None  # the listed entry this spelling names, kept apart for its own flags ("Dice": the Dice coefficient)


GLUED_CAPITAL_WORD = re.compile(r"^[A-Z][a-z]+-[A-Z]")  # a capitalised word hyphen-glued to a name
# A name in capitals hyphen-glued to capitalised words ("RNN-Transducer", "GPQA-Diamond"): the tokenizer keeps it one
# token, but the corpus writes it with the words in lower case too ("RNN-transducer", "GPQA-diamond"; 24 arXiv ML
# abstracts), which split into three, so a case-blind alias needs that spelling as well (gaz70).
CAPITALS_BEFORE_HYPHEN = re.compile(r"^[A-Z][A-Z0-9]+-[A-Z][a-z]")
CAPITALISED_TAIL = re.compile(r"-([A-Z][a-z]+)\b")
PLAIN_WORDS = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)*$")


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
                        same_as=row.get("same_as"),
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
    if CAPITALS_BEFORE_HYPHEN.match(form):  # "RNN-Transducer" is one token, "RNN-transducer" three
        spellings.add(CAPITALISED_TAIL.sub(lambda m: "-" + m.group(1).lower(), form))
    return spellings


def glued_after_hyphen(doc: Doc, start: int) -> bool:
    """"out-of-[domain generalization]", "neuro-[symbolic reasoning]", "long-[video QA]", "un-[pruning]": a name
    that starts right after a word and a hyphen, with no space, is the tail of a longer word (span train: a
    listed task matched so was the gold task 3 times in 22 whole-train mentions; a listed method made a
    paper's node only so 6 times, none gold — that one is dropped in ``EntityRecognizer.candidates``)."""
    return (start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_ and doc[start - 2].text[-1:].isalnum())


SPELLED_SIZES = {"billion": "B", "million": "M"}


def spelled_size(doc: Doc, end: int) -> str | None:
    """"70B" for "70 billion" at ``end`` (a parameter count spelled out after a model name)."""
    if end + 1 >= len(doc) or not re.fullmatch(r"\d+(?:\.\d+)?", doc[end].text):
        return None
    unit = SPELLED_SIZES.get(doc[end + 1].lower_)
    return doc[end].text + unit if unit else None


class GazetteerNameRules:
    """The gazetteer and its matchers ``_build`` makes of the entity recogniser (see the module docstring).

    It reads the recogniser's attributes ``_by_fold``, ``_cased_by_fold``, ``_exception_words``, ``_matchers``,
    ``entries`` and ``nlp``; its word lists ``words.metric_modifiers``, ``words.sentence_openers`` and
    ``words.task_stop`` (``words``, the lexicon's ``RecogniserWords``); and its methods ``after_property_adjective``,
    ``checkpoint_tail_end``, ``gazetteer_lineage``, ``spaced_version_end`` and ``tuned_suffix_end``; and, for
    ``data_homonym``, ``is_data_head`` and ``closing_data_noun`` (ShapeRetypingRules), caching ``_data_by_initials``.
    """

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

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The gazetteer entry a name folds to, if any. An entry listed case-sensitively is only
        found in its own capitals: "Oscar" (a model) is not the OSCAR corpus, "Race" not RACE.
        A name written in a case-sensitive entry's own capitals is that entry before a case-blind
        entry of the same letters: "FiD" is Fusion-in-Decoder, "FID" the metric (corpus: 20 of 21
        abstracts writing a bare "FiD" / "Fid" mean the reader; fid64)."""
        folded = fold_name(name)
        cased = self._cased_by_fold.get(folded)
        if cased:
            key = case_key(name)
            entry = next((e for e, keys in cased if key in keys), None)
            if entry is not None:
                return entry
        return self._by_fold.get(folded)

    def is_listed_data(self, name: str) -> bool:
        """Whether the gazetteer lists the name as a dataset or benchmark."""
        entry = self.lookup(name)
        return entry is not None and entry.label in ("Dataset", "Benchmark")

    def gazetteer_candidates(self, doc: Doc) -> Iterator[Candidate]:
        for matcher in self._matchers.values():
            for match_id, start, end in matcher(doc):
                entry = self.entries[int(self.nlp.vocab.strings[match_id])]
                if entry.label == "Model" and end < len(doc) and SIZE_TOKEN.match(doc[end].text):
                    # "LLaMA 65B": a family followed by a size is the sized variant ("Qwen2.5 7B Instruct" its tuned
                    # form, unless a list holds that whole name: the listed entry reads it)
                    tuned_end = spaced_tuned_end(doc, end + 1)
                    if tuned_end > end + 1 and self.lookup(span_text(doc[start:tuned_end])) is not None:
                        tuned_end = end + 1
                    yield Candidate(start, tuned_end, "Model", "model_shape", family=entry.name, variant="size")
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
                if entry.label == "Method" and (data := self.data_homonym(doc, start, end)) is not None:
                    yield Candidate(start, end, data.label, "gazetteer", canonical=data.name)
                    continue  # "on the MultiWOZ and SGD datasets": Schema-Guided Dialogue, not the optimiser
                family, variant = self.gazetteer_lineage(entry, words_text(doc, start, end))
                yield Candidate(start, end, entry.label, "gazetteer", canonical=entry.name, family=family, variant=variant)

    def data_homonym(self, doc: Doc, start: int, end: int) -> GazetteerEntry | None:
        """The listed dataset or benchmark a listed method's short form in capitals also abbreviates
        (the initials of its long name: "SGD" is Schema-Guided Dialogue as well as stochastic gradient
        descent), where a data noun says the text means the data: right after it ("the SGD dataset",
        "the SGD benchmark") or closing the list it is an item of ("the MultiWOZ and SGD datasets",
        ``closing_data_noun``). The gazetteer cannot list the short form under the data (it would take
        the optimiser's uses), so the list's head noun decides. Today's lists hold one such pair (SGD);
        the 169,000-abstract corpus: 14 papers changed, all the dialogue data (eval/hfid67)."""
        text = words_text(doc, start, end)
        if end - start != 1 or not text.isupper() or len(text) < 3 or end >= len(doc):
            return None
        data = self.data_by_initials().get(text)
        if data is None:
            return None
        if self.is_data_head(doc[end]) or self.closing_data_noun(doc, Candidate(start, end, "Method", "gazetteer")) is not None:
            return data
        return None

    def data_by_initials(self) -> dict[str, GazetteerEntry]:
        """Listed datasets and benchmarks of two capitalised words or more by their initials
        ("SGD" for Schema-Guided Dialogue); an initialism two entries share is left out."""
        if getattr(self, "_data_by_initials", None) is None:
            found: dict[str, list[GazetteerEntry]] = {}
            for entry in self.entries:
                words = [w for w in re.split(r"[\s\-]+", entry.name) if w]
                if entry.label in ("Dataset", "Benchmark") and len(words) >= 2 and all(w[0].isupper() for w in words):
                    found.setdefault("".join(w[0] for w in words), []).append(entry)
            self._data_by_initials = {k: v[0] for k, v in found.items() if len({e.name for e in v}) == 1}
        return self._data_by_initials

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
                 and before.lower_ not in self.words.metric_modifiers)
                or (after is not None and capitalised(after)))

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
                if any(t.lower_ in self.words.task_stop for t in doc[first:start]):
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
                if (not TITLE_CASE_WORD.match(word) or word in self.words.sentence_openers or doc[first].is_stop
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
