"""A learned relation classifier for entity pairs in one sentence, one binary model per
entity → entity relation type of SCHEMA.md.

The rules find "X for <task>", "X outperforms Y", "X, a subtask of Y" and the tasks of what the
paper proposes; a sentence ties two names in many more ways ("X improves <task>", "<task>
with X", "we apply X to Y"). This logistic regression reads the words around and between the
two mentions and, where the sentence was parsed, the dependency path between them, learned
from the span corpus's train split (``training/scripts/train_pairs.py``); its weights are a
data file (``kg/data/pair_model.json``), read by ``kg_relation_extractor``. Features are
strings, so the model needs nothing but the tokenizer's (and parser's) output.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.extract.logistic import LogisticModels
from kg.extract.parse import doc_ents, lemma, span_text, token_words
from kg.extract.span_typer import name_shape

PAIR_MODEL_FILE = "pair_model.json"
# Research only: a pair model file read instead of the data directory's (cross-fitted fold models,
# training/scripts/crossfit_pairs.py); unset, kg reads ``kg/data/pair_model.json``.
PAIR_MODEL_ENV = "KG_PAIR_MODEL"
# (head labels, tail labels) each learned relation type is tried on: SCHEMA.md's entity → entity relations.
PAIR_TYPES = {
    "USED_FOR": ({"Method", "Model", "Dataset"}, {"Task"}),
    "SUBTASK_OF": ({"Task"}, {"Task"}),
    "APPLIED_TO": ({"Method"}, {"Model"}),
    "OUTPERFORMS": ({"Method", "Model"}, {"Method", "Model"}),
    "DERIVED_FROM": ({"Model"}, {"Model"}),
    "VARIANT_OF": ({"Model"}, {"Model"}),
    "PART_OF": ({"Dataset", "Benchmark"}, {"Dataset", "Benchmark"}),
}
# Feature templates a type's model is trained without (``PairModel.train``). At run
# time they are still made (other types read them) and, having no weight, count for nothing.
# USED_FOR (session 48): the word pairs between the two names and the dependency path spelt with the
# word where it meets had the sentence classifier learn span train's phrasing (34,474 weights; 0.91
# precise on train, 0.48 on the four held-out sets); without them USED_FOR F1 rose on all four.
UNTRAINED_TEMPLATES = {"USED_FOR": ("bg", "path_lex")}
WINDOW = 3  # words before the first and after the second mention
MAX_GAP = 20  # mentions further apart are not paired
# USED_FOR pairs up to 30 tokens apart are scored (session 57), the far ones only from the sentence's
# first name to a task after it (``PairRules.learned_pairs``).
MAX_GAP_OF = {"USED_FOR": 30}
NEAR_PAIR_RULE = "learned_pair"  # a learned pair at most MAX_GAP tokens apart
FAR_PAIR_RULE = "learned_pair_far"  # a learned pair more than MAX_GAP tokens apart: no pair feature of the paper-role model
MAX_PATH = 6  # longer dependency paths are summarised by their length only


def dependency_path(tree: Doc, head: Span, tail: Span, offset: int) -> list[str]:
    """Features of the parse path from the head mention's root to the tail mention's root
    (``offset``: the sentence's first token in the document): the arcs up and down, the
    lemma where they meet, and the verb nearest above both."""
    try:
        a = tree[head.start - offset : head.end - offset].root
        b = tree[tail.start - offset : tail.end - offset].root
    except IndexError:
        return []
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i for t in up_b}
    meet = next((t for t in up_a if t.i in ids_b), None)
    if meet is None:
        return ["path=none"]
    rise = [t.dep_ for t in up_a[: [t.i for t in up_a].index(meet.i)]]
    fall = [t.dep_ for t in up_b[: [t.i for t in up_b].index(meet.i)]]
    feats = [f"meet={lemma(meet).lower()}", f"path_len={min(len(rise) + len(fall), MAX_PATH)}"]
    if len(rise) + len(fall) <= MAX_PATH:
        feats.append("path=" + "^".join(rise) + "|" + "_".join(reversed(fall)))
        feats.append("path_lex=" + "^".join(rise) + "|" + lemma(meet).lower() + "|" + "_".join(reversed(fall)))
    verb = next((t for t in [meet, *meet.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        feats.append(f"verb={lemma(verb).lower()}")
    return feats


def pair_features(sent: Span, head: Span, tail: Span, n_between: int, tree: Doc | None = None) -> list[str]:
    """What the classifier sees of (head, tail) in ``sent``: labels, order, words between
    (bag, first, last), words around, the number of mentions between and their types, "we",
    the shape and last word of each name, and the dependency path when ``tree`` (the
    sentence's parse) is given."""
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    order = "ht" if first is head else "th"
    lowers = token_words(sent.doc)[1]  # the doc's lower-case words, made once: no Token per word
    between = lowers[first.end : second.start]
    before = lowers[max(sent.start, first.start - WINDOW) : first.start]
    after = lowers[second.end : min(sent.end, second.end + WINDOW)]
    pair = f"{head.label_}>{tail.label_}:{order}"
    feats = [f"pair={pair}", f"gap={min(len(between), 10) // 2}", f"ents_between={min(n_between, 3)}"]
    feats += [f"bw={w}" for w in dict.fromkeys(between)]  # first-seen order: the sum of weights is the same in every process
    if between:
        feats += [f"fb={between[0]}", f"lb={between[-1]}", f"pair_lb={pair}|{between[-1]}", f"pair_fb={pair}|{between[0]}"]
        feats += [f"bg={a}_{b}" for a, b in zip(between, between[1:])]
    else:
        feats.append("adjacent")
    feats += [f"before={w}" for w in before] + [f"after={w}" for w in after]
    if before:
        feats.append(f"just_before={before[-1]}")
    if after:
        feats.append(f"just_after={after[0]}")
    if any(w in ("we", "our") for w in token_words(sent.doc)[1][sent.start : sent.end]):
        feats.append("authors_speak")
    if sent.start < sent.doc._.kg_title_end:
        feats.append("in_title")
    head_text, tail_text = span_text(head).lower(), span_text(tail).lower()
    if head_text in tail_text or tail_text in head_text:
        feats.append("name_inside")  # "OPT-175B" / "OPT", "video question answering" / "question answering"
    if tree is not None and len(tree) == len(sent):
        feats += [f"{order}:{f}" for f in dependency_path(tree, head, tail, sent.start)]
    # The two names themselves (shape, last word: "… dataset", "… retrieval") and the types named
    # between them: span dev pair-level USED_FOR F1 0.767 -> 0.791, APPLIED_TO 0.240 -> 0.414.
    feats += [f"hshape={name_shape(head.text)}", f"tshape={name_shape(tail.text)}", f"hlast={head[-1].lower_}", f"tlast={tail[-1].lower_}"]
    feats += sorted({f"lab_between={e.label_}" for e in doc_ents(sent.doc) if first.end <= e.start and e.end <= second.start})
    return feats


def feature_template(feature: str) -> str:
    """The template a feature string comes from: "bg=for_the" -> "bg", "ht:path_lex=nsubj|use|dobj"
    -> "path_lex" (a path feature's order prefix set aside)."""
    name = feature.split("=", 1)[0]
    return name[3:] if name[:3] in ("ht:", "th:") else name


def trained_features(rel: str, feats: list[str]) -> list[str]:
    """The features of one row that type ``rel``'s model is trained on (``UNTRAINED_TEMPLATES`` left out)."""
    left_out = UNTRAINED_TEMPLATES.get(rel)
    return feats if not left_out else [f for f in feats if feature_template(f) not in left_out]


def token_gap(a: Span, b: Span) -> int:
    """Tokens between two mentions of one sentence."""
    return b.start - a.end if a.start < b.start else a.start - b.end


def candidate_pairs(sent: Span, ents: list[Span], members: list[int], types: Iterable[str] = PAIR_TYPES) -> Iterable[tuple[str, int, int, int]]:
    """(relation type, head index, tail index, mentions between) for every pair to classify."""
    for rel in types:
        heads, tails = PAIR_TYPES[rel]
        for h in members:
            if ents[h].label_ not in heads:
                continue
            for t in members:
                if ents[t].label_ not in tails or h == t:
                    continue
                lo, hi = sorted((ents[h].end, ents[t].start)) if ents[h].start < ents[t].start else sorted((ents[t].end, ents[h].start))
                if hi - lo > MAX_GAP_OF.get(rel, MAX_GAP):
                    continue
                between = sum(1 for k in members if lo <= ents[k].start and ents[k].end <= hi)
                yield rel, h, t, between


@dataclass
class PairModel(LogisticModels):
    """Per relation type: feature weights, a bias and a threshold on the probability
    (``thresholds``; ``threshold`` for a type without one). A type missing from ``weights``
    is left to the rules, which run beside the model for every type."""

    thresholds: dict[str, float] = field(default_factory=dict)

    @classmethod
    def train(cls, examples: dict[str, list[tuple[list[str], int]]], **options) -> "PairModel":
        """``LogisticModels.train`` on each type's ``trained_features``: the rows stay whole (they are
        dumped so), and every caller trains a type as it ships (``compare_learners.py`` gives its
        trees the same features)."""
        return super().train({rel: [(trained_features(rel, feats), y) for feats, y in rows] for rel, rows in examples.items()}, **options)

    def threshold_of(self, rel: str) -> float:
        return self.thresholds.get(rel, self.threshold)

    @property
    def relation_types(self) -> list[str]:
        return [rel for rel in PAIR_TYPES if rel in self.weights]


# Cross-sentence relations from the paper's own (proposed) thing to another name of the abstract,
# in whatever sentences each is named: model key → (relation, own labels, other labels).
# A kind that ships replaces the rules of the paper's own contribution for its relation type
# (kg_relation_extractor): ``proposed_for_task`` and ``sole_proposed_for_task`` for USED_FOR,
# ``ours_applied_cue`` for APPLIED_TO, ``ours_outperform_cue`` for OUTPERFORMS.
OWN_FOR_TASK = "USED_FOR_OWN"
OWN_KINDS = {
    OWN_FOR_TASK: ("USED_FOR", {"Method", "Model", "Dataset"}, {"Task"}),
    "APPLIED_TO_OWN": ("APPLIED_TO", {"Method"}, {"Model"}),
    "OUTPERFORMS_OWN": ("OUTPERFORMS", {"Method", "Model"}, {"Method", "Model"}),
}


@dataclass(frozen=True)
class SentenceRoles:
    """What each sentence of an abstract does, as the relation extractor reads it."""

    authors: list[bool]  # the authors speak ("we", "our", "this paper")
    background: list[bool]  # about others' work
    introduces: list[bool]  # a propose verb or naming word


def own_pairs(kind: str, groups: dict[tuple[str, str], list[int]], own: set[str]) -> Iterable[tuple[list[int], list[int], int]]:
    """(own thing's mentions, other name's mentions, how many own things) for one kind, from
    the mentions grouped by (label, folded name) and the folded names the paper proposes."""
    _, heads, tails = OWN_KINDS[kind]
    mine = [m for (label, fold), m in groups.items() if label in heads and fold in own]
    others = [m for (label, fold), m in groups.items() if label in tails and fold not in own]
    for head in mine:
        for other in others:
            yield head, other, len(mine)


def own_pair_features(doc: Doc, sent_of: dict[int, int], ents: list[Span], head: list[int], other: list[int],
                      n_own: int, roles: SentenceRoles) -> list[str]:
    """What the classifier sees of (the paper's own thing, another name): how many things the
    paper proposes, where and how the other is named (title, the authors' sentences,
    background, the words before it) and whether the two share a sentence."""
    head_sents = {sent_of[i] for i in head}
    other_sents = [sent_of[i] for i in other]
    own = min(n_own, 3)
    feats = [f"own={own}", f"labels={ents[head[0]].label_}>{ents[other[0]].label_}", f"other_mentions={min(len(other), 3)}"]
    title_end = doc._.kg_title_end
    for i, k in zip(other, other_sents):
        where = "title" if ents[i].start < title_end else "abstract"
        feats += [f"other_in={where}", f"other_in={where}|own={own}"]
        if roles.authors[k]:
            feats.append("other_authors")
        if roles.background[k]:
            feats.append("other_background")
        if roles.introduces[k]:
            feats.append("other_introduces")
        if k in head_sents:
            feats += ["same_sentence", f"same_sentence|{where}"]
        start = ents[i].start
        before = [t.lower_ for t in doc[max(0, start - 3) : start]]
        feats.append(f"other_after={before[-1] if before else ''}")
        feats += [f"prev={w}" for w in before]
        if ents[i].end < len(doc):
            feats.append(f"next={doc[ents[i].end].lower_}")
    if all(roles.background[k] for k in other_sents):
        feats.append("other_only_background")
    if not any(roles.authors[k] for k in other_sents):
        feats.append("other_never_authors")
    feats.append(f"other_first_sentence={min(min(other_sents), 4)}")
    return sorted(set(feats))
