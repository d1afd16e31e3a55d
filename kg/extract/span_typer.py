"""A learned second opinion on the type of each name the rules found, or that it is no name.

The rules find names well but type them by defaults: an abbreviation is a Method unless a
head word says otherwise, so "Sign Language Production (SLP)" comes out a Method, "Action
Generation Data Set (AGDS)" a Method, "AVTENet" a Method where the annotators read a trained
Model; and "electronic health records (EHR)", "Graphical User Interface (GUI)" become nodes.
This classifier reads what the rules cannot weigh together: the name's words and shape,
its long form, the words around every occurrence and the type words in those sentences.
One logistic regression per type and one for "no name" (``NONE``), trained on the span
corpus's train split (``training/scripts/train_span_typer.py``); the weights are a data file
(``kg/data/span_typer.json``) read by ``kg_entity_recognizer``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.extract.logistic import LogisticModels
from kg.extract.parse import sentence_at, token_words, words_text

SPAN_TYPER_FILE = "span_typer.json"
NO_NAME = "NONE"
LABELS = ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric")
CONTEXT = 2  # words each side of an occurrence
# Words that say what a thing is when they share its sentence.
TYPE_WORDS = frozenset("""dataset datasets data corpus corpora benchmark benchmarks suite task tasks
problem model models network networks architecture framework method methods approach algorithm
technique metric metrics measure score accuracy evaluate evaluated evaluation train trained training
propose proposed introduce present pretrained fine-tuned finetuned language learning detection
classification generation recognition""".split())


@dataclass
class NameGroup:
    """Every occurrence of one name in a doc, with what the rules said of it."""

    occurrences: list[tuple[int, int]]
    label: str
    rule: str
    long_form: str | None = None
    proposed: bool = False
    canonical: str | None = None


def name_shape(text: str) -> str:
    """upper ("GAN"), lower, capital ("Transformer"), title ("Neural State Machine") or mixed ("VideoCLIP")."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "none"
    if all(c.isupper() for c in letters):
        return "upper"
    if all(c.islower() for c in letters):
        return "lower"
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return "capital"
    words = text.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return "title"
    return "mixed"


def name_features(doc: Doc, group: NameGroup) -> list[str]:
    """What the classifier sees of one name: the rules' verdict, the name's words and shape,
    its long form, and the words around and in the sentences of its occurrences (and whether
    one is in the abstract's first sentence)."""
    start, end = group.occurrences[0]
    lowers = token_words(doc)[1]  # the doc's lower-case words, kept once: no Token object per word
    words = lowers[start:end]
    text = words_text(doc, start, end)
    feats = {f"rule={group.rule}", f"cur={group.label}", f"rule_cur={group.rule}|{group.label}",
             f"shape={name_shape(text)}", f"ntok={min(len(words), 5)}", f"last={words[-1]}", f"suf3={words[-1][-3:]}",
             f"first={words[0]}"}
    feats.update(f"w={w}" for w in words[1:-1])  # "Sign Language Production": the middle words type it too
    if any(c.isdigit() for c in text):
        feats.add("digit")
    if "-" in text:
        feats.add("hyphen")
    if group.long_form:
        lf = group.long_form.lower().split()
        feats.update(f"lf={w}" for w in lf)
        feats.add(f"lflast={lf[-1]}")
    if group.proposed:
        feats.add("proposed")
    if group.canonical:
        feats.add("listed")
    feats.add(f"mentions={min(len(group.occurrences), 4)}")
    title_end = doc._.kg_title_end if doc.has_extension("kg_title_end") else 0
    for s, e in group.occurrences:
        if s < title_end:
            feats.add("in_title")
        elif doc.has_annotation("SENT_START") and sentence_at(doc, s).start == title_end:
            feats.add("first_sent")  # the abstract's opening sentence states the field and its task
        for k in range(1, CONTEXT + 1):
            if s - k >= 0:
                feats.add(f"p{k}={lowers[s - k]}")
            if e + k - 1 < len(doc):
                feats.add(f"n{k}={lowers[e + k - 1]}")
        sent = sentence_at(doc, s) if doc.has_annotation("SENT_START") else doc[max(0, s - 15) : min(len(doc), e + 15)]
        feats.update(f"s={lowers[i]}" for i in range(sent.start, sent.end) if lowers[i] in TYPE_WORDS and not s <= i < e)
    return sorted(feats)


@dataclass
class SpanTyper(LogisticModels):
    """Per type (and ``NONE``): weights and a bias. A name is dropped when ``NONE`` is the most
    likely and at least ``drop_threshold`` (or the ``drop_thresholds`` of the rules' type), or
    the rules' type scores below its ``keep_floors``; retyped when another type is the most
    likely, at least ``threshold``, and ``margin`` above the rules' type."""

    drop_threshold: float = 0.6
    margin: float = 0.2
    rules: tuple[str, ...] = field(default_factory=tuple)
    # Method names, the least precise type on span test (P 0.69), go on less doubt: at 0.5 span
    # dev Method tp / fp 318 / 139 -> 316 / 132, proxy2 fp 17 -> 16 (0.45: 313 / 129; 0.4: 310 / 124).
    # Task names too, the largest precision loss on span test (P 0.645): at 0.5 span dev Task tp / fp
    # 334 / 160 -> 326 / 145, relations 0.6113 -> 0.6125, proxy2 fp 16 -> 15 (0.45: 320 / 135, relations 0.6118)
    drop_thresholds: dict[str, float] = field(default_factory=dict)
    # A name kept as the rules' type although "no name" is its likeliest reading (below the drop
    # threshold) is dropped all the same when the typer gives that type less than this: span dev,
    # outside the typer's training sample, Task tp / fp 328 / 139 -> 322 / 126 at 0.2 (0.15: 325 / 128).
    keep_floors: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.drop_threshold, self.margin, self.rules = float(self.drop_threshold), float(self.margin), tuple(self.rules)
        self.drop_thresholds = {label: float(value) for label, value in self.drop_thresholds.items()}
        self.keep_floors = {label: float(value) for label, value in self.keep_floors.items()}

    def scores(self, feats: list[str]) -> dict[str, float]:
        return {label: self.probability(label, feats) for label in (*LABELS, NO_NAME)}

    def decide(self, feats: list[str], current: str, probs: dict[str, float] | None = None) -> str | None:
        """The type to give the name, or None to drop it (``probs``: scores already averaged)."""
        probs = probs or self.scores(feats)
        no_name = max(probs, key=lambda k: (probs[k], k == current)) == NO_NAME
        if no_name and probs[NO_NAME] >= self.drop_thresholds.get(current, self.drop_threshold):
            return None
        best = max(LABELS, key=lambda k: (probs[k], k == current))
        if best != current and probs[best] >= self.threshold and probs[best] - probs.get(current, 0.0) >= self.margin:
            return best
        if no_name and probs.get(current, 0.0) < self.keep_floors.get(current, 0.0):
            return None  # no name likelier, and hardly the rules' type either ("domain-specialized tool design")
        return current
