"""A learned relation classifier for entity pairs in one sentence (USED_FOR, for now).

The rules find "X for <task>" and the tasks of what the paper proposes; a sentence ties a
method to a task in many more ways ("X improves <task>", "<task> with X", "X, a <task>
model"). This logistic regression reads the words around and between the two mentions,
learned from the span corpus's train split (``training/scripts/train_pairs.py``); its
weights are a data file (``kg/data/pair_model.json``), read by ``kg_relation_extractor``.
Features are strings, so the model needs nothing but the tokenizer's output.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from kg.extract.logistic import LogisticModels

PAIR_MODEL_FILE = "pair_model.json"
# (head labels, tail labels) each learned relation type is tried on.
PAIR_TYPES = {"USED_FOR": ({"Method", "Model", "Dataset"}, {"Task"})}
WINDOW = 3  # words before the first and after the second mention
MAX_GAP = 20  # mentions further apart are not paired


def pair_features(sent: Span, head: Span, tail: Span, n_between: int) -> list[str]:
    """What the classifier sees of (head, tail) in ``sent``: labels, order, words between
    (bag, first, last), words around, the number of mentions between, "we"."""
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    order = "ht" if first is head else "th"
    between = [t.lower_ for t in sent.doc[first.end : second.start]]
    before = [t.lower_ for t in sent.doc[max(sent.start, first.start - WINDOW) : first.start]]
    after = [t.lower_ for t in sent.doc[second.end : min(sent.end, second.end + WINDOW)]]
    pair = f"{head.label_}>{tail.label_}:{order}"
    feats = [f"pair={pair}", f"gap={min(len(between), 10) // 2}", f"ents_between={min(n_between, 3)}"]
    feats += [f"bw={w}" for w in set(between)]
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
    if any(t.lower_ in ("we", "our") for t in sent):
        feats.append("authors_speak")
    if sent.start < sent.doc._.kg_title_end:
        feats.append("in_title")
    return feats


def candidate_pairs(sent: Span, ents: list[Span], members: list[int]) -> Iterable[tuple[str, int, int, int]]:
    """(relation type, head index, tail index, mentions between) for every pair to classify."""
    for rel, (heads, tails) in PAIR_TYPES.items():
        for h in members:
            if ents[h].label_ not in heads:
                continue
            for t in members:
                if ents[t].label_ not in tails or h == t:
                    continue
                lo, hi = sorted((ents[h].end, ents[t].start)) if ents[h].start < ents[t].start else sorted((ents[t].end, ents[h].start))
                if hi - lo > MAX_GAP:
                    continue
                between = sum(1 for k in members if lo <= ents[k].start and ents[k].end <= hi)
                yield rel, h, t, between


class PairModel(LogisticModels):
    """Per relation type: feature weights and a bias; ``threshold`` on the probability."""
