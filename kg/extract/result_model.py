"""A learned attribution for reported numbers: which model, benchmark and metric a number is of.

The rules of ``kg.extract.results`` take the nearest name of the number's clause and the
paper's proposed model where the clause names none; they are fitted to the examples they
were written from. Here, for each number read and each role (``of``, ``on``, ``metric``),
every candidate is scored by a small logistic regression over general features (token
distance, clause, the words between, order, prepositions, lists, the number's unit, the
entity type, whether the paper proposes or evaluates on it, whether the rules chose it):
the candidates are the sentence's names of the role's types and, for the roles the model's
``paper_level`` lists, the paper's proposed models or methods (``of``) and the datasets or
benchmarks it introduces (``on``; both shipped), each with its name shape. The best
candidate is taken when its probability reaches the role's threshold, else the role is left
unsaid (or the rules' pick kept, where it scores at least the role's ``keep`` level). Trained on
the span corpus's train split (``training/scripts/train_result_model.py``), thresholds chosen on
train scored out of fold; weights in ``kg/data/result_model.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.logistic import LogisticModels

RESULT_MODEL_FILE = "result_model.json"
ROLE_LABELS = {"of": ("Model", "Method"), "on": ("Dataset", "Benchmark"), "metric": ("Metric",)}
WORD = re.compile(r"[\w.+\-@/%×]+|[^\w\s]")
COMPARISON = {"than", "over", "outperform", "outperforms", "outperforming", "outperformed", "compared", "versus", "vs", "vs.",
              "baseline", "baselines", "surpass", "surpasses", "surpassing", "beats", "beating", "against", "relative", "previous",
              "prior", "state-of-the-art", "sota", "existing"}
# Short words whose place between a name and its number says much ("67.2% on MMLU", "accuracy of 90%").
GLUE = {"on", "of", "by", "with", "in", "for", "to", "from", "at", "across", "over", "than", "and", "or", ",", "(", ")", "achieves",
        "achieving", "achieve", "reaches", "reaching", "obtains", "improves", "improving", "yields", "respectively", ":", "=", "is", "a",
        "an", "the", "score", "scores", "accuracy", "up", "while", "whereas", "only", "also", "we", "our", "its", "their", "which",
        "that", "-", "/", "using", "when", "under", "between"}
# Nouns that say what a name next to them is ("the MMLU benchmark", "our model").
HEADS = {"dataset", "datasets", "benchmark", "benchmarks", "model", "models", "method", "methods", "task", "tasks", "test", "set",
         "split", "baseline", "baselines", "approach", "framework", "system", "score", "metric", "performance", "improvement",
         "improvements", "gain", "gains", "reduction", "increase", "drop", "error", "speedup", "speed-up", "faster", "higher", "lower",
         "better", "fewer", "less", "more", "only", "average", "overall", "up", "respectively", "relative", "absolute"}
VOCABULARY = GLUE | COMPARISON | HEADS
AUTHORS = re.compile(r"\b(?:we|our|ours|proposed)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r";|,\s*yet\b|\b(?:while|whereas|but|although|though)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PaperContext:
    """What a paper says beyond one sentence: its proposed models or methods and the datasets
    or benchmarks it evaluates on (entity indices, from the relation extractor's PAPER
    edges), the entities of the title, and every entity's folded name."""

    fold_of: dict[int, str]
    proposed: tuple[int, ...] = ()
    evaluated_on: tuple[int, ...] = ()
    in_title: frozenset[int] = field(default_factory=frozenset)
    shape_of: dict[int, str] = field(default_factory=dict)  # entity index -> name_shape() of its text
    proposed_on: tuple[int, ...] = ()  # the datasets or benchmarks the paper introduces
    title_head: int | None = None  # the proposed model or method a "Name: subtitle" title opens with
    coined_own: int | None = None  # the coined name the abstract proposes where the first proposal is a title phrase

    def fold(self, entity: int) -> str | int:
        """The entity's folded name, or its index where it has none: two mentions of one name
        compare equal, so a rule does not set a name against itself ("GPT-4 … vs. GPT-4")."""
        return self.fold_of.get(entity, entity)


def name_shape(text: str) -> str:
    """How a name is written: a coined name ("PrestoBERT", "CB-AE", "GPT-4") or a plain
    phrase ("transfer learning", "Transformer"). An abstract's own unnamed system is often
    recognised as a plain phrase, which the gold does not take as the number's model."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "acronym"
    if any(c.isdigit() for c in text) or any(c.isupper() for c in text[1:]):
        return "coined"
    return "capitalised" if text[:1].isupper() else "plain"


@dataclass(frozen=True)
class Candidate:
    """One name a number may belong to in one role; ``start`` is None for a paper-level name
    that the sentence does not hold."""

    entity: int
    label: str
    start: int | None = None
    end: int | None = None


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _known(word: str) -> str:
    """A word of the closed vocabulary as itself, any other as its shape (no corpus's own names)."""
    if word in VOCABULARY:
        return word
    return "num" if word[:1].isdigit() else "word"


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12"), (20, "13-20")):
        if n <= limit:
            return name
    return "21+"


def role_candidates(role: str, ents: list[tuple[int, int, str, int]], number_start: int, number_end: int,
                    context: PaperContext, paper_level: bool = True) -> list[Candidate]:
    """The sentence's names of the role's types (the mention nearest the number for a name
    said twice), then (with ``paper_level``) the paper-level ones the sentence does not name."""
    labels = ROLE_LABELS[role]
    nearest: dict[str, tuple[int, tuple[int, int, str, int]]] = {}
    for s, e, label, i in ents:
        if label not in labels:
            continue
        d = s - number_end if s >= number_end else number_start - e
        fold = context.fold_of.get(i, "")
        if fold not in nearest or d < nearest[fold][0]:
            nearest[fold] = (d, (s, e, label, i))
    out = [Candidate(i, label, s, e) for _, (s, e, label, i) in sorted(nearest.values(), key=lambda x: x[1][0])]
    outside = () if not paper_level else context.proposed if role == "of" else context.proposed_on if role == "on" else ()
    for i in outside:
        fold = context.fold_of.get(i, "")
        if fold not in nearest:
            nearest[fold] = (10**6, (0, 0, "", i))
            out.append(Candidate(i, "paper"))
    return out


@dataclass(frozen=True)
class NumberView:
    """What the features need of one number: offsets in its sentence, unit, kind, the pattern
    that read it, its place in a list of numbers (index, length)."""

    start: int
    end: int
    unit: str
    kind: str
    pattern: str
    list_index: int = 0
    list_length: int = 1
    others: tuple[tuple[int, int], ...] = ()  # the sentence's other numbers read (start, end)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around [start, end): cut at ";" and at "while", "but", "although" …"""
    lo, hi = 0, len(text)
    for m in CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def candidate_features(role: str, text: str, number: NumberView, cand: Candidate, cands: list[Candidate],
                       ents: list[tuple[int, int, str, int]], context: PaperContext, rule_pick: int | None, rule_how: str,
                       name_list: tuple[int, int] | None) -> list[str]:
    """What the classifier sees of (number, candidate) in one role. ``cands``: all the
    role's candidates; ``rule_pick``/``rule_how``: the rules' choice for the role and how
    they made it; ``name_list``: the candidate's (index, length) in a list of names."""
    fold = context.fold_of.get(cand.entity, "")
    proposed = any(context.fold_of.get(i) == fold for i in (context.proposed_on if role == "on" else context.proposed))
    evaluated = any(context.fold_of.get(i) == fold for i in context.evaluated_on)
    unit = number.unit or "none"
    feats = [f"role={role}", f"unit={unit}", f"kind={number.kind}", f"pattern={number.pattern}"]
    n_inside = sum(1 for c in cands if c.start is not None)
    feats.append(f"n_inside={min(n_inside, 4)}")
    if rule_pick is not None and context.fold_of.get(rule_pick) == fold:
        feats += ["rule_pick", f"rule_pick|{rule_how}"]
    elif rule_pick is None:
        feats.append("rule_none")
    else:
        feats.append("rule_other")
    if proposed:
        feats.append("proposed")
    if evaluated:
        feats.append("evaluated_on")
        feats.append(f"n_evaluated={min(len(context.evaluated_on), 3)}")
    if AUTHORS.search(text):
        feats.append("authors_speak")
    clause = clause_bounds(text, number.start, number.end)
    near_before = _words(text[max(clause[0], number.start - 60) : number.start])[-3:]
    near_after = _words(text[number.end : min(clause[1], number.end + 40)])[:3]
    feats += [f"nw_before={_known(w)}" for w in near_before] + [f"nw_after={_known(w)}" for w in near_after]
    if set(_words(text[max(clause[0], number.start - 80) : number.start])[-6:]) & COMPARISON:
        feats.append("compared_number")  # "surpassing the best baseline's performance of 20.5%"
    shape = context.shape_of.get(cand.entity)
    if shape:
        feats += [f"shape={shape}", f"shape|{'outside' if cand.start is None else 'inside'}|{shape}"]
        if proposed:
            feats.append(f"proposed|shape={shape}")
    if cand.start is None:
        feats += ["outside", f"outside|n_inside={min(n_inside, 2)}", f"outside|unit={unit}", f"outside|kind={number.kind}"]
        if AUTHORS.search(text):
            feats.append("outside|authors_speak")
        if proposed and evaluated:
            feats.append("outside|proposed_and_evaluated")
        return feats
    label = cand.label
    feats += [f"type={label}", f"type|unit={label}|{unit}"]
    if cand.entity in context.in_title:
        feats.append("named_in_title")
    after = cand.start >= number.end
    lo, hi = (number.end, cand.start) if after else (cand.end, number.start)
    between = _words(text[lo:hi])
    side = "after" if after else "before"
    feats += [f"side={side}", f"dist={_bucket(len(between))}", f"side|dist={side}|{_bucket(len(between))}"]
    same_side = [c for c in cands if c.start is not None and (c.start >= number.end) == after]
    rank = sorted(same_side, key=lambda c: c.start - number.end if after else number.start - c.end).index(cand)
    feats += [f"rank={min(rank, 2)}", f"side|rank={side}|{min(rank, 2)}"]
    if len(between) <= 12:
        feats += [f"bw={w}" for w in dict.fromkeys(between) if w in GLUE or w in COMPARISON]
        feats += [f"side|bw={side}|{w}" for w in dict.fromkeys(between) if w in GLUE]
        if between:
            feats += [f"side|first_bw={side}|{_known(between[0])}", f"side|last_bw={side}|{_known(between[-1])}"]
    else:
        feats.append("far")
    others = sum(1 for s, e, _, i in ents if lo <= s and e <= hi and s < e)
    feats.append(f"ents_between={min(others, 3)}")
    numbers_between = sum(1 for s, e in number.others if lo <= s and e <= hi)
    feats += [f"numbers_between={min(numbers_between, 2)}", f"side|numbers_between={side}|{min(numbers_between, 2)}"]
    if n_inside == 1:
        feats.append("only_name_of_role")
    if {w for w in between} & COMPARISON:
        feats.append("comparison_between")
    before_cand = _words(text[max(0, cand.start - 40) : cand.start])[-2:]
    if before_cand:
        feats += [f"word_before={_known(before_cand[-1])}", f"side|word_before={side}|{_known(before_cand[-1])}"]
        if before_cand[-1] in COMPARISON or (len(before_cand) == 2 and before_cand[0] in COMPARISON):
            feats.append("compared_with")
    after_cand = _words(text[cand.end : cand.end + 40])[:1]
    if after_cand:
        feats.append(f"word_after={_known(after_cand[0])}")
    if not (clause[0] <= cand.start and cand.end <= clause[1]):
        feats.append("other_clause")
    if not _words(text[: cand.start]) or _words(text[: cand.start])[-1] in (",",) and len(_words(text[: cand.start])) <= 4:
        feats.append("opens_sentence")
    if all(c.start is None or c.start >= cand.start for c in cands):
        feats.append("first_in_sentence")
    if "respectively" in text.lower():
        feats.append("respectively")
    if name_list is not None and name_list[1] > 1:
        feats.append("in_name_list")
        if number.list_length == name_list[1]:
            feats.append("list_lengths_match" + ("|same_index" if number.list_index == name_list[0] else "|other_index"))
    if number.list_length > 1:
        feats.append("number_in_list")
    return feats


def decide(scored: list[tuple[int, float]], rule_pick: int | None, threshold: float, keep: float) -> int | None:
    """The best-scored candidate when it reaches ``threshold``; else the rules' pick when it
    scores at least ``keep``; else None (the role is left unsaid)."""
    if not scored:
        return None
    entity, p = max(scored, key=lambda x: x[1])
    if p >= threshold:
        return entity
    kept = [q for i, q in scored if i == rule_pick]
    return rule_pick if kept and kept[0] >= keep else None


@dataclass
class ResultModel(LogisticModels):
    """Per role (``of``, ``on``, ``metric``): feature weights and a bias; ``thresholds`` per
    role on the probability of the best candidate, ``keep`` per role on the probability of
    the rules' pick (kept when no candidate reaches the threshold); ``decides``: the roles the
    model decides (the rules keep the rest); ``paper_level``: the roles whose candidates
    include the paper-level names (the proposed model for ``of``, the introduced datasets or
    benchmarks for ``on``), not only the sentence's."""

    thresholds: dict[str, float] = field(default_factory=dict)
    keep: dict[str, float] = field(default_factory=dict)
    decides: list[str] = field(default_factory=lambda: list(ROLE_LABELS))
    paper_level: list[str] = field(default_factory=lambda: ["of"])

    def choose(self, role: str, scored: list[tuple[int, float]], rule_pick: int | None) -> int | None:
        threshold = self.thresholds.get(role, self.threshold)
        return decide(scored, rule_pick, threshold, self.keep.get(role, threshold))
