"""Reported numbers: the ``kg_result_extractor`` component.

Reads the numbers an abstract reports ("67.2% accuracy on MMLU", "improves BLEU by 2.1",
"a 1.56x speed-up", "reduces perplexity from 10.9 to 10.2", "2-5%") and ties each to the
metric, the dataset or benchmark and the model or method named in the same clause, from the
entities the recogniser already found. Numbers that are not results (sizes such as 7B, years,
counts, citations, section numbers, versions such as GPT-3.5, digits inside names such as
CIFAR-10) are never read: a number inside an entity is part of a name, a bare number needs a
unit or a metric next to it, and cue words (``data/results.json``) rule out the rest.

Pure functions over one sentence's text and entity spans do the work; the component only
walks the sentences. Output: ``doc._.kg_results``, a list of ``ResultHit``.
"""

import functools
import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import takewhile
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.errors import ConfigError
from kg.extract.data_files import data_dir_or_default
from kg.extract.parse import doc_ents, entities_by_sentence, sentence_list, span_text, token_words, words_text
from kg.extract.relation_hits import RelationHit
from kg.extract.result_model import (RESULT_MODEL_FILE, ROLE_LABELS, WORD, NumberView, PaperContext, ResultModel, candidate_features,
                                     clause_bounds, name_shape, role_candidates)
from kg.names import extraction_fold_name as fold_name

if not Doc.has_extension("kg_results"):
    Doc.set_extension("kg_results", default=None)

NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
OF_LABELS = ("Model", "Method")
ON_LABELS = ("Dataset", "Benchmark")
NAMED_ON_RULES = frozenset({"same_clause", "in_order", "sentence_opener"})  # the sentence names the benchmark
ATTRIBUTION_MODES = ("model", "rules")
# Words that may stand between a metric and a bare number it scores ("F1 of 0.87", "BLEU by 2.1").
METRIC_GLUE = {"of", "score", "scores", "=", ":", "is", "was", "at", "to", "by", "reaching", "reaches", "reached", "achieves",
               "achieving", "achieved", "about", "around", "approximately", "up", "over", "nearly", "~", ">", "<", ">=", "<=",
               "from", "improves", "improved", "increases", "increased", "rises", "an", "a", "average", "overall", "(", "(+", "+",
               "value", "values", "on", "and", "above", "below", "under", "remain", "remains", "stays", "exceeds", "exceeding"}
IMPLICIT_OURS = re.compile(r"\b(?:we|our|proposed|this (?:method|model|approach|framework|system))\b", re.IGNORECASE)
AUTHORS_ACHIEVE = re.compile(r"\bour\b|\bthe proposed\b|\bwe\s+(?:\w+\s+)?(?:achieve|obtain|reach|improve|outperform|attain|report|get|see|observe|surpass|gain)",
                             re.IGNORECASE)
# A sentence in the authors' voice: "We propose …", "Our results …", "In this paper, …", "Here, …".
AUTHORIAL = re.compile(r"\b(?:we|our|this (?:paper|work|study|article)|here)\b", re.IGNORECASE)
# A sentence whose subject points back at the paper's own contribution: "It delivers …", "The full
# pipeline improves …", "These trained models …" (used only where the clause names no model).
SELF_SUBJECT = re.compile(r"^\s*(?:it|(?:this|these|the)\s+(?:[\w-]+\s+){0,2}(?:model|method|pipeline|approach|framework|system|"
                          r"network|architecture|agent|algorithm|technique)s?)\b", re.IGNORECASE)
# What joins the members of a list: "66.5% and 63.3%", "1.83%, 0.63%, and 1.80%", "36.6 / 116.9", "MMLU and BoolQ";
# a number may carry its own bound ("~3.4% and ~18.86%", "at least 4.95 and up to 12.8 percentage points").
LIST_JOIN = r"\s*(?:,\s*(?:and|or)?|and|or|/)\s*"
LIST_GAP = re.compile(LIST_JOIN + r"(?:(?:~|≈|about|around|approximately|roughly|nearly|almost|over|up\s+to|only)\s*)?", re.IGNORECASE)
NAME_LIST_GAP = re.compile(LIST_JOIN + r"(?:[a-z]+-[a-z]+\s+)?")
# A sentence that opens with where it measures: "On OSWorld-Verified, …", "On the PAE GAIA snapshot, …".
OPENER = re.compile(r"\s*(?:on|across|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Notably, on X, …", "In particular, on the VQAv2 test-std set, …": a sentence adverbial before the opener.
LEADING_ADVERBIAL = re.compile(r"\s*[A-Z][a-z]+(?:\s+[a-z]+)?,\s*")
# "… by 8% on GPQA": a name the number is explicitly measured on, right after it.
ON_AFTER = re.compile(r"\s*(?:[^\s,;]+\s+){0,3}?(?:on|over|across|in)\s+(?:the\s+)?$", re.IGNORECASE)
# Words that may bound either end of "from X to Y": "from above 90% to below 30%".
# LaTeX that the reader leaves glued to a number once it drops "$", "{" and "}": "\mathbf0.33%".
LATEX_FORMAT = r"\\(?:mathbf|textbf|bf|mathrm|textrm|mathit|textit|emph|boldsymbol|sim|approx)"
BOUND = r"(?:(?:just|only|about|around|nearly|approximately|roughly|merely|over|under|below|above|<=|>=|<|>|~)\s*)?(?:" + LATEX_FORMAT + r"\s*)?"
# "9.5 +/- 17.5 points", "0.8629 (+/-0.0058)": the second number is a spread, not a result.
SPREAD_GAP = re.compile(r"\s*\(?\s*(?:\+/-|\+-|±)\s*")
# The same spread written inside a "from X to Y" (its number and unit then belong to the pair), and a short bracketed
# note after the pair's first end (no comma or semicolon: "(95% CI, 0.036-0.101)" is an interval, read as one).
SPREAD = r"(?:\s*(?:\+/-|\+-|±)\s*(?:" + NUMBER + r")(?:\s?%)?)?"
NOTE = r"(?:\s*\([^(),;]{1,40}\))?"
# The bracket of a confidence interval right after a number: "74.4% (69.9, 78.8%)", "1.28 (1.18-1.39)".
INTERVAL_OPEN = re.compile(r"\s*[(\[]\s*")
INTERVAL_CLOSE = re.compile(r"\s*[)\]]")
# A count of problems solved out of a total: "solves 44 of 50", "handle 240 out of 291".
SOLVED_BEFORE = re.compile(r"\b(?:solv|handl|answer|pass|resolv|complet)\w*\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
SHARE_OF_AFTER = re.compile(r"\s+(?:out\s+of|of)\s+(?:the\s+)?\d+\b", re.IGNORECASE)
OWNER_AFTER = re.compile(r"\s+(?:for|by)\s+(?:the\s+)?")
# "16 emojis (1.2%) are completely unambiguous", "1,117 admissions (10.1%)": the share a count of items makes up
COUNTED_SHARE_BEFORE = re.compile(r"(?<![\w.,])\d[\d,]*\s+(?:[a-z][a-z-]*\s+){1,2}\(\s*$")
INTERVAL_AFTER = re.compile(r"\s*[(\[]\s*(?P<a>\d*\.?\d+)\s*%?\s*(?:-|–|,|to)\s*(?P<b>\d*\.?\d+)\s*%?\s*[)\]]")
# A bare number the words before it mark as a score, where no metric is recognised beside it:
# "a score of 74.91", "an EPDMS score of 51.31", "scores above 0.88".
SCORE_BEFORE = re.compile(r"\bscor(?:e|es|ed|ing)\s+(?:of\s+|above\s+|=\s*|:\s*)?(?:(?:about|around|approximately|nearly|over|only|up to)\s+)?$",
                          re.IGNORECASE)
# "achieves 0.97 test BPC", "the best configuration reaches only 0.663", "obtained 0.3198 and 0.2096",
# "achieves a state-of-the-art 34.1 APr":
# a decimal right after a verb of attainment (integers there are too often counts).
ATTAIN_VERBS = r"(?:achiev|obtain|reach|attain|yield)(?:e|es|ed|ing|s)?"
ATTAIN_BEFORE = re.compile(r"\b" + ATTAIN_VERBS + r"\s+(?:(?:a|an|only|just|up to|over|about|around|"
                           r"approximately|nearly|as high as|of|new|state-of-the-art|sota|record)\s+|[~≈]\s*)*$", re.IGNORECASE)
# "Kendall's W = .164", "(MR = 13.45, Hits@1 = 0.306)", "correlation ρ=0.83": a decimal set equal to a named
# quantity is what it measures (p-values and hyper-parameters are ruled out by ``not_result_before``).
EQUALS_BEFORE = re.compile(r"[\w')\]]\s*=\s*$")
# "a Jaccard coefficient of 0.6", "correlated (0.76) with", "a .54 correlation score": a decimal next to a
# noun of agreement is a score even where no metric is recognised beside it.
MEASURES = r"(?:correlat(?:ion|ions|ed)|coefficients?|agreement|kappa)"
MEASURE_BEFORE = re.compile(r"\b(?:" + MEASURES + r"|errors?(?=\s+of))\s*(?:\(\s*|of\s+|is\s+|was\s+|:\s*)?(?:~\s*|about\s+|around\s+|approximately\s+)?$", re.IGNORECASE)
MEASURE_AFTER = re.compile(r"\s*" + MEASURES + r"\b", re.IGNORECASE)
# "achieving a 26 relative improvement", "an average 41.8 performance boost": a bare number a gain noun follows
GAIN_NOUN_BEFORE = re.compile(r"\b(?:a|an)\s+(?:average\s+|overall\s+)?$", re.IGNORECASE)
# "an average accuracy improvement of 3.06", "a gain of 0.5": a bare decimal a gain noun leads into
GAIN_OF_BEFORE = re.compile(r"\b(?:improvement|gain|boost|increase)s?\s+of\s+(?:(?:about|around|approximately|nearly|up to)\s+)?$", re.IGNORECASE)
GAIN_NOUN_AFTER = re.compile(r"\s+(?:(?:relative|absolute|performance|accuracy)\s+)?(?:improvement|boost|gain)\b", re.IGNORECASE)
ATTAIN_WORD = re.compile(ATTAIN_VERBS + r"|scor(?:e|es|ed|ing|s)?", re.IGNORECASE)
# "Yseop at SemEval-2020 Task 5", "Logically at Factify 2022": a shared-task system paper's title
# phrase, taken for a proposed name; the gold gives its numbers to no such name.
SHARED_TASK_TITLE = re.compile(r"\S\s+at\s+[A-Z]")
# "… GPT-4 that achieves 80%", "… EMBR, which bridges the gap by 43%": a relative clause gives the
# number to the name it hangs on, even one the sentence compares with.
# a comparison, then a relative clause on what is compared, up to the number: the number is theirs
COMPARED_RELATIVE = re.compile(r",\s*(?:which|that|who|whose)\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)
RELATIVE_CLAUSE = re.compile(r"\s*,?\s*(?:that|which|who)\s+(?:[\w-]+\s+){0,5}", re.IGNORECASE)
# "by a factor of 2.1", "a factor of more than 500": a factor, as "2.1x" is.
FACTOR_BEFORE = re.compile(r"\bfactor of\s+(?:(?:more than|up to|about|around|over|nearly|almost|roughly|approximately)\s+)?$", re.IGNORECASE)
# "coherence (4.66)": a decimal in brackets right after a word (read where two or more are in the sentence).
BRACKETED_SCORE = re.compile(r"[A-Za-z][\w-]*\s*\(\s*$")
# "on two manually annotated datasets", "across 24 downstream vision tasks": a sentence that speaks of
# several sets is not about the one a paper evaluates on.
SEVERAL_SETS = re.compile(r"\b(?:datasets|benchmarks|corpora|tasks|languages)\b", re.IGNORECASE)
# "68.3 vs 64.7", "0.83 vs. 0.75": numbers compared with each other are read together.
VERSUS_GAP = re.compile(r"\s*(?:vs\.?|versus)\s*", re.IGNORECASE)
# A sentence that opens on the score of the one before ("This performance surpasses GPT-4-Turbo (17.6%)",
# "This yields a 13.82% net increase"): its numbers are on that score's metric.
ANAPHORIC_SCORE = re.compile(r"\s*(?:This|These)\s+(?:performance|results?|scores?|yields?|accuracy)\b")
# A number followed by "faster" or "slower" names its own measure, speed ("runs 15x faster"): a metric
# before it in its clause is another number's.
SPEED_AFTER = re.compile(r"\s*(?:faster|slower)\b", re.IGNORECASE)


@dataclass(frozen=True)
class NumberMention:
    """A number as written: character offsets in the sentence, value, unit, and its other end."""

    start: int
    end: int
    value: float
    unit: str
    from_value: float | None = None  # "from X to Y": X
    low: float | None = None  # a range "2-5%": 2
    signed: bool = False
    pattern: str = "number"


@dataclass(frozen=True)
class ResultHit:
    start: int  # character offsets in doc.text
    end: int
    text: str
    value: float
    unit: str
    kind: str  # "absolute" | "gain"
    from_value: float | None
    low: float | None
    sentence: int  # index into list(doc.sents)
    sentence_text: str  # that sentence
    of: int | None  # index into doc.ents
    on: int | None
    metric: int | None
    rule: str
    of_rule: str  # how the model/method was found: same_clause, respectively, ours_in_clause, implicit_proposed, model, title_head
    confidence: float
    on_rule: str = "same_clause"  # how the dataset/benchmark was found: same_clause, in_order, sentence_opener, implicit_proposed, carried, model
    metric_rule: str = "same_clause"  # how the metric was found: same_clause, model


def _compared_bracket(comparatives) -> re.Pattern | None:
    """A bracket opened right after a comparative, or after the items of a list of bracketed numbers
    it opens: "more helpful (9.76%), honest (11.52%), and harmless (" (not "lower gender bias (")."""
    if not comparatives:
        return None
    words = "|".join(map(re.escape, comparatives))
    return re.compile(r"\b(?:(?:more|less)\s+[a-z-]+|" + words + r")\s*\((?:[^()]*\)\s*,\s*(?:(?:and|or)\s+)?[a-z-]+\s*\()*\s*$",
                      re.IGNORECASE)


def _change_attained(nouns, verbs) -> re.Pattern | None:
    """A change noun, at most three words, then a verb of attainment or a copula: "improvements reaching ",
    "the accuracy gap to English can reach ~", "the improvements on BLEU-4/CIDEr scores are "."""
    if not nouns:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\s+(?:[\w/-]+\s+){0,3}(?:" + "|".join(map(re.escape, verbs))
                      + r")\s+(?:(?:up\s+to|about|around|approximately|nearly|over)\s+|~\s*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Cues:
    """``data/results.json``, compiled once."""

    units: dict[str, str]
    number_words: dict[str, float]
    gain_before: frozenset[str]
    gain_after: frozenset[str]
    absolute_cues: frozenset[str]
    comparison: frozenset[str]
    not_before: frozenset[str]
    condition_after: tuple[str, ...]
    condition_before: tuple[str, ...]
    not_after_times: tuple[str, ...]
    unit_re: str
    not_carried_on: frozenset[str] = frozenset()
    range_before: frozenset[str] = frozenset()  # "F1 scores ranging from 80% to 94%": a range, no change
    change_of: frozenset[str] = frozenset()  # "by a margin of 3%", "improves by an average of 6%": no measure's own value
    measure_of: frozenset[str] = frozenset()  # "an inference speed of 21.28 FPS": a word of gain_before that names a measure before "of"
    measures_before: frozenset[str] = frozenset()  # "the median rank from 54 to 19": a measure, though "rank" alone is a setting
    numbering_before: frozenset[str] = frozenset()  # "Task 3" is no result, "the completion task from 72% to 34%" is
    setting_opener: re.Pattern | None = None  # "When powered by GPT-4o, it achieves 76%": GPT-4o is a setting
    comparatives: frozenset[str] = frozenset()  # "5.2% higher correlation": a change
    losses_after: frozenset[str] = frozenset()  # "a 7.0% loss in accuracy": a change, though "a 0.35 loss" is a score
    compared_bracket: re.Pattern | None = None  # "more helpful (9.76%), honest (11.52%)": changes, not scores
    change_attained: re.Pattern | None = None  # "improvements reaching 10%": the change reached, not a score
    threshold_before: frozenset[str] = frozenset()  # "a rate exceeding 98%": a score above a threshold, not a change
    pair_compared: re.Pattern | None = None  # "X nearly matches Y (93.9% vs 94.3%)": X's score, then Y's
    gap_before: frozenset[str] = frozenset()  # "comes within 0.4 PPL of Transformers": the distance to another's score
    gap_rounding: frozenset[str] = frozenset()  # "within about 2 points of": a rounding word between
    approximate_before: frozenset[str] = frozenset()  # "an accuracy of over 90%": the measure's value, roughly
    requirement_before: frozenset[str] = frozenset()  # "needed to achieve over 80%": a level to reach, not a result
    change_words: frozenset[str] = frozenset()  # comparatives and change nouns: "6.5% higher on MMVP", "a 3% gain on X" measure on X
    title_lead_heads: frozenset[str] = frozenset()  # "Transfer Learning Approach for …": the title's opening name is the paper's own
    place_refers_back: frozenset[str] = frozenset()  # "on the test set", "on our benchmark tasks": a place that is a named set's own
    place_not_measured_after: frozenset[str] = frozenset()  # "pre-trained on X": X is the training data, not where a number is measured
    place_source_heads: frozenset[str] = frozenset()  # "ImageNet baselines", "ImageNet initialization": a source of weights, no place
    scorer_heads: frozenset[str] = frozenset()  # "0.90 R@1 CLIP Recall score": a name before these, after the number, scores it
    counted_sets: frozenset[str] = frozenset()  # "on 10 classification datasets": a count of these, not a result
    base_before: re.Pattern | None = None  # "a 7B SLM based on Quoll-7B, which achieves 86.8%": Quoll-7B is a base, not the owner
    next_predicate: re.Pattern | None = None  # "by 39.1% and improves the F1 score": "and" + a verb starts another predicate
    setting_list: re.Pattern | None = None  # "under sparsity ratios (70%, 75%, 80%)": levels set in advance, no results

    @classmethod
    def from_dict(cls, data: dict) -> "Cues":
        units = {k.lower(): v for k, v in data["units"].items()}
        alts = []
        for surface in sorted(units, key=len, reverse=True):
            esc = re.escape(surface)
            alts.append(esc + (r"(?![a-z])" if surface[-1].isalpha() else ""))
        return cls(
            units=units, number_words={k.lower(): float(v) for k, v in data["number_words"].items()},
            gain_before=frozenset(data["gain_before"]), gain_after=frozenset(data["gain_after"]),
            absolute_cues=frozenset(data["absolute_cues"]), comparison=frozenset(data["comparison_cues"]),
            not_before=frozenset(data["not_result_before"]),
            condition_after=tuple(data["condition_after_percent"]), condition_before=tuple(data["condition_before_percent"]),
            not_after_times=tuple(data["not_result_after_times"]),
            unit_re="(?:" + "|".join(alts) + ")", not_carried_on=frozenset(data.get("units_not_carried_on", ())),
            range_before=frozenset(data.get("range_before", ())),
            change_of=frozenset(data.get("change_before_of", ())), measure_of=frozenset(data.get("measure_nouns_before_of", ())),
            measures_before=frozenset(data.get("measures_before", ())),
            numbering_before=frozenset(data.get("numbering_before", ())),
            comparatives=frozenset(data.get("comparatives", ())),
            losses_after=frozenset(data.get("losses_after_percent", ())),
            compared_bracket=_compared_bracket(data.get("comparatives", ())),
            change_attained=_change_attained(data.get("change_nouns", ()), data["absolute_cues"] + data.get("change_copulas", [])),
            threshold_before=frozenset(data.get("threshold_before", ())),
            gap_before=frozenset(data.get("gap_before", ())),
            gap_rounding=frozenset(data.get("gap_rounding", ())),
            pair_compared=re.compile(r"\b(?:" + "|".join(map(re.escape, data["pair_compared_verbs"])) + r")\b", re.IGNORECASE)
            if data.get("pair_compared_verbs") else None,
            approximate_before=frozenset(data.get("approximate_before", ())),
            requirement_before=frozenset(data.get("requirement_before", ())),
            change_words=frozenset(data.get("comparatives", ())) | frozenset(data.get("change_nouns", ())),
            title_lead_heads=frozenset(w.lower() for w in data.get("title_lead_heads", ())),
            place_refers_back=frozenset(data.get("places_that_refer_back", ())),
            place_not_measured_after=frozenset(data.get("places_not_measured_after", ())),
            place_source_heads=frozenset(data.get("place_source_heads", ())),
            scorer_heads=frozenset(w.lower() for w in data.get("scorer_heads", ())),
            counted_sets=frozenset(w.lower() for w in data.get("counted_sets_after", ())),
            base_before=re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in data["base_before"])
                                   + r")\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE) if data.get("base_before") else None,
            next_predicate=re.compile(r"\band\s+(?:(?:also|further|then|\w+ly)\s+)?(?:" + "|".join(map(re.escape, data["next_predicate_verbs"]))
                                      + r")\b", re.IGNORECASE) if data.get("next_predicate_verbs") else None,
            setting_list=_setting_list(data.get("setting_list_heads", ())),
            setting_opener=re.compile(r"^\s*(?:(?:when|after|by|once)\s+)?(?:" + "|".join(
                r"\s+".join(map(re.escape, phrase.split())) for phrase in data["setting_openers"]) + r")\b[^,;:]*,", re.IGNORECASE)
            if data.get("setting_openers") else None,
        )


LIST_MEMBER_GAP = r"\s*(?:%|\\%)?\s*(?:,\s*(?:and\b|or\b)?|/|\band\b|\bor\b)\s*"
NEXT_LIST_MEMBER = re.compile(LIST_MEMBER_GAP + r"(?:" + NUMBER + r")")
# How far before a number its level word may stand (the search of ``in_a_setting_list`` starts there): room
# for the longest head ("sparsity rates") and a bracket of some fifteen percentages before the number
# ("(10%, 20%, …, 90%)" is 45 characters); a number further into a longer bracket is read as the text has it.
SETTING_LIST_REACH = 120


def _setting_list(heads) -> re.Pattern | None:
    """A bracket of numbers right after one of ``heads`` ("sparsity ratios (70%, 75%, 80%)"), up to the
    number being read: matched at the end of the text before it (group ``before``: the list's members
    before that number)."""
    if not heads:
        return None
    names = "|".join(r"\s+".join(map(re.escape, h.split())) for h in heads)
    return re.compile(r"\b(?:" + names + r")\s*\(\s*(?P<before>(?:(?:" + NUMBER + r")" + LIST_MEMBER_GAP + r")*)$", re.IGNORECASE)


def in_a_setting_list(n: NumberMention, text: str, pattern: re.Pattern | None) -> bool:
    """A single number of a bracketed list of two or more right after a level word: "under five sparsity
    ratios (70%, 75%, 80%)", "thresholds (25%, 50%, and 75%)" — the levels an experiment is run at. A
    lone bracket is not ("a face width ratio (77.0%)", "compression ratio (99.93% reduction)": results)."""
    if pattern is None or n.low is not None:
        return False
    m = pattern.search(text, max(0, n.start - SETTING_LIST_REACH), n.start)
    return m is not None and bool(m.group("before") or NEXT_LIST_MEMBER.match(text, n.end))


def _float(text: str) -> float:
    return float(text.replace(",", ""))


def _patterns(cues: Cues) -> list[tuple[str, re.Pattern]]:
    u = cues.unit_re
    words = "|".join(sorted(map(re.escape, cues.number_words), key=len, reverse=True))
    return [
        # "from 63% to just 4%", "from above 90% to below 30%", "from 847 tokens to 4.3 tokens"; an end may carry its
        # spread ("from 64.38+/-13.63 to 85.90+/-7.10 HU") and the first a bracketed note ("from 80.3% (Round 1) to
        # 82.1%"; a note holding a name is not one: find_numbers skips a match over a name)
        ("from_to", re.compile(rf"\bfrom\s+{BOUND}(?P<a>{NUMBER})(?:\s?(?:(?P<ua>{u})|(?P<wa>[a-z]{{1,8}})\b))?{SPREAD}{NOTE}"
                               rf"\s+to\s+{BOUND}(?P<b>{NUMBER})(?:\s?(?P<ub>{u}))?{SPREAD}", re.IGNORECASE)),
        # "between 0.4% and 1.3%", "between 10x and 20x smaller", "F1 values between 38% and 52%": a range, not two results
        ("range", re.compile(rf"\bbetween\s+{BOUND}(?P<na>-)?(?P<a>{NUMBER})(?:\s?(?P<ua>{u}))?\s+and\s+{BOUND}(?P<nb>-)?(?P<b>{NUMBER})(?:\s?(?P<ub>{u}))?",
                             re.IGNORECASE)),
        # "+1.4 to +4.2", "(+0.39% to +0.86%)", "lower recall (-0.2 to -0.3)": two changes of one sign are one range
        # (unit or not), its size kept positive as the guideline has it
        ("range", re.compile(rf"(?<![\w.])(?P<s>[+-])(?P<a>{NUMBER})(?:\s?(?P<ua>{u}))?\s?(?:-|–|~|to)\s?(?P=s)(?P<b>{NUMBER})(?:\s?(?P<ub>{u}))?",
                             re.IGNORECASE)),
        ("arrow", re.compile(rf"(?P<a>{NUMBER})(?:\s?(?P<ua>{u}))?\s*->\s*(?P<b>{NUMBER})(?:\s?(?P<ub>{u}))?", re.IGNORECASE)),
        ("range", re.compile(rf"(?P<a>{NUMBER})(?:\s?(?P<ua>{u}))?\s?(?:-|~|to)\s?(?P<b>{NUMBER})\s?(?P<ub>{u})", re.IGNORECASE)),
        # "AUROC = 0.97 to 0.99", "macro-F1 0.89-0.94": two decimals without a unit (read where a metric is beside them)
        ("range", re.compile(rf"(?P<a>\d*\.\d+)\s?(?:-|~|to)\s?(?P<b>\d*\.\d+)(?P<ua>)(?P<ub>)(?![\d.])", re.IGNORECASE)),
        # "improvements of 2-3 BLEU points", "2.5-27 macro-F1 points": a range before a word (read where a metric is beside it)
        ("range", re.compile(rf"(?P<a>{NUMBER})\s?[-–]\s?(?P<b>{NUMBER})(?P<ua>)(?P<ub>)(?=\s+[A-Za-z])")),
        ("number", re.compile(rf"(?P<sign>[+-])?(?P<b>{NUMBER})(?:\s?(?P<ub>{u}))?", re.IGNORECASE)),
        ("word", re.compile(rf"\b(?P<w>{words})(?:(?:\s|-)?(?P<ub>times|fold))?\b", re.IGNORECASE)),
    ]


def find_numbers(text: str, names: list[tuple[int, int]], cues: Cues, patterns: list[tuple[str, re.Pattern]],
                 techniques: frozenset[int] = frozenset()) -> list[NumberMention]:
    """Every number of ``text`` that could be a result: not inside a name (``names``: the
    entities' character spans), not a size, year, count, citation, section or version, nor
    a percentage that modifies a method or task named right after it (``techniques``: where
    their names start; "strong 100% PEFT baselines")."""
    taken: list[tuple[int, int]] = []
    out: list[NumberMention] = []
    for kind, pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.span()
            if kind == "number" and m.group("sign") and start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(":
                start += 1  # "GPT-4": a hyphen, not a sign
            # A name that is only the unit ("22.6 FPS", FPS a Metric) leaves the number a result.
            units = [m.span(g) for g in ("ua", "ub") if g in pattern.groupindex and m.group(g)]
            if any(start < b and a < end and not any(u <= a and b <= v for u, v in units) for a, b in names) \
                    or any(start < b and a < end for a, b in taken):
                continue
            mention = _mention(kind, m, start, end, text, cues)
            if mention is not None and (mention.low is not None or mention.from_value is not None) and not _plausible(mention, text, cues):
                taken.append((start, end))  # "1.0%-2.0% tunable parameters", "rank from 8 to 64": neither end is a result either
                continue
            if mention is None or not _plausible(mention, text, cues):
                continue
            if mention.unit == "%" and techniques and end + 1 in techniques and text[end : end + 1] == " ":
                continue
            taken.append((start, end))
            out.append(mention)
    return sorted(out, key=lambda n: n.start)


def _techniques(ents: list[tuple[int, int, str, int]], text: str, change_words: frozenset[str] = frozenset()) -> frozenset[int]:
    """Where the sentence's methods and tasks start, but those a metric follows ("96.8% battle field
    object detection accuracy": the task names what the score measures, it does not qualify a setting)
    and those a change word follows (``changed_measure``)."""
    metric_starts = {s for s, _, label, _ in ents if label == "Metric"}
    return frozenset(s for s, e, label, _ in ents if label in ("Method", "Task")
                     and not any(text[e:m].isspace() for m in metric_starts if e < m <= e + 2)
                     and not changed_measure(text, e, change_words))


def changed_measure(text: str, end: int, change_words: frozenset[str]) -> bool:
    """A name right before a change word ("22.1% and 13.7% SubEM improvement", the measure typed as a
    method) names what the percentage before it changes, not a setting it qualifies ("100% PEFT baselines")."""
    word = re.match(r"\s([\w-]+)\b", text[end:])
    return bool(word) and word.group(1).lower() in change_words


def without_spreads(numbers: list[NumberMention], text: str) -> list[NumberMention]:
    """``numbers`` without those written as a spread after another ("9.5 +/- 17.5 points":
    a standard deviation is no result) or as its confidence interval in brackets ("32.8% (28.0,
    37.6%)", "MAE 1.24 (1.13-1.36)"); the number they follow takes their unit."""
    out: list[NumberMention] = []
    skip = 0
    for k, n in enumerate(numbers):
        if skip:
            skip -= 1
            continue
        if out and SPREAD_GAP.fullmatch(text[out[-1].end : n.start]):
            if not out[-1].unit and n.unit:
                out[-1] = replace(out[-1], unit=n.unit)
            continue
        interval = _interval_after(out[-1], numbers[k : k + 2], text) if out else 0
        if interval:
            if not out[-1].unit and numbers[k + interval - 1].unit:
                out[-1] = replace(out[-1], unit=numbers[k + interval - 1].unit)
            skip = interval - 1
            continue
        out.append(n)
    return out


def _interval_after(n: NumberMention, following: list[NumberMention], text: str) -> int:
    """How many of ``following`` (0, 1 or 2) write an interval around ``n`` in the bracket right
    after it: a range "(1.13-1.36)" or a pair "(69.9, 78.8%)" whose ends hold its value."""
    if n.from_value is not None or n.low is not None or not following or not INTERVAL_OPEN.fullmatch(text[n.end : following[0].start]):
        return 0
    first = following[0]
    if first.low is not None and first.low <= n.value <= first.value and INTERVAL_CLOSE.match(text, first.end):
        return 1
    if (len(following) == 2 and first.low is None and first.from_value is None and re.fullmatch(r"\s*,\s*", text[first.end : following[1].start])
            and first.value <= n.value <= following[1].value and INTERVAL_CLOSE.match(text, following[1].end)):
        return 2
    return 0


def _unit(cues: Cues, *raw: str | None) -> str:
    for r in raw:
        if r:
            return cues.units.get(r.lower().strip(), "")
    return ""


def _mention(kind: str, m: re.Match, start: int, end: int, text: str, cues: Cues) -> NumberMention | None:
    if kind == "word":
        if not m.group("ub") and (m.group("w").lower() != "twice" or not re.match(r"\s+(?:as|faster|higher|better|more)\b", text[end:])):
            return None
        return NumberMention(start, end, cues.number_words[m.group("w").lower()], "x", pattern="number_word")
    if kind == "from_to" and m.group("wa") and not set(_words_before(text, start, 6)) & cues.gain_before:
        return None  # "from 847 tokens to 4.3 tokens" after "reducing …", not "scales from 7 billion to 70 billion"
    if kind in ("from_to", "arrow", "range"):
        a, b = _float(m.group("a")), _float(m.group("b"))
        unit = _unit(cues, m.group("ub"), m.group("ua"))
        if kind == "from_to" and a != b and _words_before(text, start, 1) and _words_before(text, start, 1)[0] in cues.range_before:
            kind = "range"  # "F1 scores ranging from 80% to 94%": the upper end, with its low
            a, b = min(a, b), max(a, b)  # "ranging from 96% (Dysarthria) to 86% (Dysphonia)": a range written high end first
        if kind == "range" and "na" in m.re.groupindex and (m.group("na") or m.group("nb")):
            # "Pearson correlation is between -0.377 and -0.580": signed ends, the upper one the value
            a, b = sorted((-a if m.group("na") else a, -b if m.group("nb") else b))
        if kind == "range" and _falling_pair(m, a, b, text, start, cues):
            return NumberMention(start, end, b, unit, from_value=a, pattern="from_to")
        if kind == "range":
            if a >= b or (not unit and all(v.is_integer() and 1900 <= v <= 2100 for v in (a, b))):
                return None  # "3-1"? "2018-2020 data": not a range of values
            return NumberMention(start, end, b, unit, low=a, signed=text[start] in "+-", pattern="range")
        return NumberMention(start, end, b, unit, from_value=a, pattern=kind)
    sign = m.group("sign") if start == m.start() else None
    value = _float(m.group("b"))
    if sign == "-":
        value = -value
    return NumberMention(start, end, value, _unit(cues, m.group("ub")), signed=bool(sign))


def _falling_pair(m: re.Match, a: float, b: float, text: str, start: int, cues: Cues) -> bool:
    """"degrade on Precision@5 (20.2% to 12.4%)", "reduced false positive rates still further (64% to 9%)": a pair
    joined by "to" whose first end is the larger is no range (a range is written from its low end up) but a
    change from the first to the second, as if "from" stood before it — not the signed or "between" ranges,
    not "by 50% to 30%", a pair after "ranging" or inside a chain "0.61 to 0.65 to 0.59", and not where
    either end is a year (session 46, board46)."""
    if a <= b or "s" in m.re.groupindex or "na" in m.re.groupindex or not re.search(r"\sto\s", m.group(0)):
        return False
    if any(v.is_integer() and 1900 <= v <= 2100 for v in (a, b)):
        return False  # "(54.8% in 2020 to 39.8% in 2024)": a year, not an end
    before = _words_before(text, start, 1)
    return not (before and (before[0] in ("by", "to") or before[0] in cues.range_before))


def _words_before(text: str, start: int, n: int) -> list[str]:
    return [w.lower() for w in WORD.findall(text[max(0, start - 80) : start])][-n:]


def _a_level_required(n: NumberMention, text: str, cues: Cues) -> bool:
    """"the smallest model size needed to achieve over 80% accuracy", "the time required to reach a 90% ASR": a
    number that a requirement leads to (lexicon ``requirement_before``, after an article or a rounding word) is a
    level something must reach, not a result (session 44, left44)."""
    words = _words_before(text, n.start, 5)
    while words and (words[-1] in ("a", "an") or words[-1] in cues.approximate_before):
        words.pop()
    return " ".join(words[-3:]) in cues.requirement_before


# "mAP at IoU=0.7", "Average Precision at IoU > 0.5", "AP@0.5", "AP@IoU=0.5" (not "Hits@1 = 0.306": a metric at a cut-off set equal to its score)
THRESHOLD_BEFORE = re.compile(r"(?:\bat\s+[\w-]+\s*(?:=|>=?|≥)\s*|@\s*(?:[A-Za-z][\w-]*\s*=\s*)?)$")


def _plausible(n: NumberMention, text: str, cues: Cues) -> bool:
    """False friends: glued to a word or a name, a citation, a section, a condition ("10% of the data")."""
    before = text[n.start - 1] if n.start > 0 else " "
    after = text[n.end] if n.end < len(text) else " "
    if (before.isalnum() or before in "_@/.^$#\\") and not re.search(LATEX_FORMAT + r"\s*$", text[: n.start]) and not (
            before == "/" and re.search(r"(?:\d\.\d+|%)/$", text[: n.start]) and (n.unit or n.value not in (5, 10, 100))):
        return False  # ("0.4/0.6 BLEU", "98%/96%": a slash list of scores, not a fraction such as 13/50)
    if before == "-" and n.start > 1 and text[n.start - 2].isalnum():
        return False
    if (before == ":" and n.start > 1 and text[n.start - 2].isdigit()) or re.match(r":\d", text[n.end : n.end + 2]):
        return False  # "68:3%" (a colon for a decimal point?), "3:1", "mAP@0.5:0.95", "12:30": no value as written
    if after.isalnum() or after == "_" or (after == "-" and not n.unit):  # 7B, 10k, 4-bit, 3-shot
        return False
    if THRESHOLD_BEFORE.search(text, 0, n.start):
        return False  # "mAP at IoU=0.7", "AP@0.5": the threshold a metric is taken at, not a result
    prev = _words_before(text, n.start, 4)
    popped = []
    while prev and prev[-1] in ("<", ">", "=", "<=", ">=", "(", "~"):
        popped.append(prev.pop())
    # "a pairwise causal discovery task (97%, 13 points gain)": a percentage in a bracket after the word is
    # the task's score, not its number ("Task 3", "phase 2")
    scored = popped == ["("] and n.unit == "%"
    if n.from_value is not None and prev and prev[-1] in cues.numbering_before:
        scored = True  # "on the passage completion task from 72% to 34%": a change on the task, not its number
    if prev and not scored and (prev[-1] in cues.not_before or prev[-1].rstrip(".") in cues.not_before) and " ".join(prev[-2:]) not in cues.measures_before:
        return False
    if not scored and any(len(prev) >= k and " ".join(prev[-k:]) in cues.not_before for k in (2, 3)):
        return False  # "rate of" alone is no cue: "an error rate of 3%" is a result, "a learning rate of 0.1" is not
    opened = text.rfind("[", 0, n.start)
    if (opened >= 0 and text.find("]", opened) >= n.end and "]" not in text[opened:n.start] and not re.search(r"[A-Za-z]", text[opened:n.start])
            and not INTERVAL_AFTER.match(text, n.end)):
        return False  # a citation [12] or [3, 4] (not "[MAE 1.24]", a bracketed result, nor "[1.28 (1.18-1.39)]", an estimate)
    if n.unit == "%" and n.low is None and re.match(r"\s*\)", text[n.end :]) and (counted := COUNTED_SHARE_BEFORE.search(text, 0, n.start)) \
            and not (SOLVED_BEFORE.search(text, 0, counted.start()) or ATTAIN_BEFORE.search(text, 0, counted.start())):
        return False  # "55 emojis (4.3%) are so ambiguous": a share of items counted, not a score ("solves 18 tasks (45%)" is one)
    if n.unit == "%" and n.from_value is None:
        rest = text[n.end : n.end + 40].lower().lstrip(" )")
        if any(rest.startswith(c) for c in cues.condition_after):
            return False
        if in_a_setting_list(n, text, cues.setting_list):
            return False
        words = _words_before(text, n.start, 3)
        attained = len(words) >= 2 and words[-1] in ("only", "just", "merely") and (words[-2] == "by" or ATTAIN_WORD.fullmatch(words[-2])
                                                                                    or rest.startswith("of the time"))
        if not attained and any(f" {' '.join(words)}".endswith(f" {c}") for c in cues.condition_before):
            return False  # "trained on only 10%" is a setting; "achieves only 15.6%", "by only 2.34%" are results
    if _a_level_required(n, text, cues):
        return False
    if n.unit == "x" and any(text[n.end : n.end + 40].lower().lstrip().startswith(c) for c in cues.not_after_times):
        return False  # "8 times larger than before": a size, not a result
    if n.unit == "x" and re.match(r"\s*\d", text[n.end :]):
        return False  # "180 x 320", "8x 8 resolution": dimensions
    if n.unit == "points" and re.match(r"\s*(?:likert\s+)?scales?\b", text[n.end :], re.IGNORECASE):
        return False  # "on 5-point scales": a rating scale
    if not n.unit and n.low is None and all(v is None or float(v).is_integer() and 1900 <= v <= 2100 for v in (n.value, n.from_value)):
        return False  # a year, or "from 2019 to 2025"
    return not counts_sets(n, text, cues.counted_sets)


def counts_sets(n: NumberMention, text: str, nouns: frozenset[str]) -> bool:
    """A whole number with no unit, no range and no change that counts datasets, benchmarks, tasks
    or languages (a word of ``nouns`` right after it or after one or two lower-case words: "67.0% average
    accuracy on 10 classification datasets"): a count, not a result, however near a metric it stands.
    Not "13 of the tasks" (a share solved: no "of", "the", "a", "an" between)."""
    if n.unit or n.low is not None or n.from_value is not None or n.signed or not float(n.value).is_integer():
        return False
    words = re.match(r"\s+((?:[a-z][a-z-]*\s+){0,2}[a-z]+)\b", text[n.end :])
    if not words:
        return False
    words = words.group(1).split()
    return any(w in nouns and not {"of", "the", "a", "an"} & set(words[:k]) for k, w in enumerate(words))


def _metric_adjacent(n: NumberMention, text: str, metrics: list[tuple[int, int, int]]) -> bool:
    """A bare number scores a metric named right next to it: "0.87 F1", "F1 of 0.87", "BLEU by 2.1"."""
    for s, e, _ in metrics:
        if s >= n.end:
            gap = text[n.end : s].strip()
            if gap in ("", "(", "points", "pts") or (len(gap.split()) <= 1 and gap.isalpha() and gap.lower() in ("in", "of", "on")):
                return True
        elif e <= n.start:
            gap = WORD.findall(text[e : n.start].lower())
            if gap[:1] == [")"] and "(" not in gap:
                gap = gap[1:]  # "mean absolute error (MAE) of 0.02", "(mAP@50) of 0.816": past the bracket the metric stands in
            if len(gap) <= 4 and all(w in METRIC_GLUE for w in gap):
                return True
    return False


def _cued(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]]) -> bool:
    """A bare number that the words around it mark as a result although no metric is
    recognised beside it: "a score of 74.91", "achieves 0.97", "OpenAI o1 (82.7)"."""
    before = text[max(0, n.start - 60) : n.start]
    decimal = "." in text[n.start : n.end]
    if SCORE_BEFORE.search(before) or (decimal and (ATTAIN_BEFORE.search(before) or EQUALS_BEFORE.search(before)
                                                    or MEASURE_BEFORE.search(before) or MEASURE_AFTER.match(text[n.end :]))):
        return True
    if decimal and not n.unit and GAIN_OF_BEFORE.search(before):
        return True  # "resulting in an average accuracy improvement of 3.06"
    if not n.unit and GAIN_NOUN_BEFORE.search(before) and GAIN_NOUN_AFTER.match(text, n.end):
        return True  # "achieving a 26 relative improvement over the strongest baseline"
    if not n.unit and SOLVED_BEFORE.search(before) and SHARE_OF_AFTER.match(text, n.end):
        return True  # "InternGeometry solves 44 of 50 IMO geometry problems", "we were able to handle 240 out of 291"
    if decimal and given_for(n, text, ents) is not None:
        return True  # "42.66 for Gemini-2.5-Pro vs. 30.45 for GLM-4.5V": a decimal given for a model or method
    interval = INTERVAL_AFTER.match(text, n.end)
    if decimal and interval and _float(interval.group("a")) <= n.value <= _float(interval.group("b")):
        return True  # "Clinical ML [1.28 (1.18-1.39)]": an estimate given with its confidence interval
    # "OpenAI o1 (82.7), o1-preview (74.8)": a decimal in brackets right after a name it scores
    return decimal and text[n.end : n.end + 1] in (")", ",") and any(
        label in ("Model", "Method", "Metric") and re.fullmatch(r"\s*\(\s*", text[e : n.start]) for s, e, label, _ in ents if e <= n.start)


def _ranged_score(n: NumberMention, text: str, metrics: list[tuple[int, int, int]], cues: Cues) -> bool:
    """A range of decimals that a range word opens, after a metric ("The average AUC … ranged from
    0.85 to 0.87", "F1 varies between 0.61 and 0.74"): the metric's scores."""
    return (n.low is not None and "." in text[n.start : n.end] and any(e <= n.start for _, e, _ in metrics)
            and bool(set(_words_before(text, n.start, 1)) & cues.range_before))


SCORE_QUALIFIERS = {"improved", "enhanced", "higher", "better"}


def _kind(n: NumberMention, text: str, clause_lo: int, cues: Cues, starts_a_change: bool) -> str | None:
    """"gain" or "absolute" where the number's form or a cue since ``clause_lo`` (its clause's start,
    or the number read before it there) says which, else None. ``starts_a_change``: ``start_of_a_change(n, text)``."""
    if n.from_value is not None or n.unit in ("x", "points") or n.signed:
        return "gain"
    if starts_a_change:
        return "absolute"  # "from 48.8 mAP by +5.9": the level the change starts from
    if set(_words_after(text, n.end)[:1]) & cues.comparatives:
        return "gain"  # "leads to 5.2% higher correlation", "was 6.70% greater than random chance"
    if n.unit == "%" and set(_words_after(text, n.end)[:1]) & cues.losses_after:
        return "gain"  # "only a 7.0% loss in accuracy", "an 18.8% regression in model performance"
    if n.low is None and re.search(r"\(\s*$", text[clause_lo : n.start]) and re.match(r"\s*\)", text[n.end :]):
        if cues.compared_bracket and cues.compared_bracket.search(text, 0, n.start):
            return "gain"  # "more helpful (9.76%), honest (11.52%)": the bracket gives the comparative's change
        return "absolute"  # "prediction accuracy (61.20%)", "lower gender bias (0.99)": a number alone in brackets is a score
    if cues.change_attained and cues.change_attained.search(text[clause_lo : n.start]):
        return "gain"  # "improvements reaching 10%": what the change reached is still a change
    before = [w for w in _words_before(text[clause_lo:], n.start - clause_lo, 7)]
    if before[-1:] == ["="]:
        return "absolute"  # "(MR = 13.45, Hits@1 = 0.306)"
    if before[-1:] == ["to"] and before[-2:-1] != ["up"]:
        return "absolute"  # "improves accuracy to 86.4%": the level reached, not the change ("by up to 5%" is one)
    if before[-1:] and before[-1] in cues.threshold_before:
        return "absolute"  # "an error detection rate exceeding 98%"
    if gap_to_another(n, text, before, cues):
        return "gain"  # "comes within 0.4 PPL of Transformers", "is within 5% of a strong multi-modal model"
    if before[-2:-1] == ["of"] and before[-1] in cues.approximate_before and re.search(r"\bof\s+[a-z]+\s*$", text[clause_lo : n.start]):
        before = before[:-1]  # "an accuracy of over 90%", "a success rate of nearly 80%": read as "of" right before the number
    # "an improved accuracy of 82%": a word of change that qualifies the measure is no change of it
    qualifier = {before[-3]} if len(before) >= 3 and before[-3] in SCORE_QUALIFIERS else set()
    if before[-2:-1] and before[-1] == "of" and re.search(r"\bof\s*(?:[a-z]+\s*)?$", text[clause_lo : n.start]) and not (
            (before[-2] in cues.gain_before and before[-2] not in cues.measure_of) or before[-2] in cues.change_of
            or (set(before) - qualifier) & cues.gain_after):
        return "absolute"  # "outperforming previous models, i.e., PESQ of 3.41": the measure's own value
    attained = False
    for w in reversed(before):
        if w in cues.absolute_cues:
            attained = True
            break
        if w in cues.gain_before:
            return "gain"
    if any(w in cues.gain_after for w in _words_after(text, n.end)):  # up to a bracket: "88.4% accuracy (14.5% improvement)" is a score
        return "gain"
    # "outperforms the baselines by nearly 10%, and achieves over 85% accuracy": a verb of attainment
    # since the number before makes a score, whatever change that number was
    return "absolute" if attained else None


def gap_to_another(n: NumberMention, text: str, before: list[str], cues: Cues) -> bool:
    """A number right after a word of ``cues.gap_before`` (``results.json``: "within"; a word of
    ``gap_rounding`` may stand between) and right before "of", with at most its measure between ("comes
    within 0.4 PPL of Transformers", "is within 5% of a strong multi-modal model"), is how far a score stays
    from another one's: a difference, as the annotators read it. Only where the number is a percentage or
    points, or its measure is written in capitals (a metric's acronym): a unit in lower case is a bound, not
    a gap ("within 8.5 kilometres of the true location", "within 24 hours of release")."""
    words = [w for w in before[-2:] if w not in cues.gap_rounding]
    if not words or words[-1] not in cues.gap_before or n.from_value is not None or n.low is not None or (n.unit == "%" and n.value >= 50):
        return False  # "within 98% of state-of-the-art", "an F1-score within 83.5% of the baseline": a share, not a gap
    after = re.match(r"\s*(?P<measure>(?:[A-Za-z@-]+\s+){0,2}?)(?:of|from)\b", text[n.end :])  # "within 2.1% from that of"
    if after is None:
        return False
    measure = after.group("measure").split()
    return n.unit in ("%", "points") and not measure or bool(measure) and not n.unit and measure[0] != measure[0].lower()


def _words_after(text: str, end: int, skip: tuple[str, ...] = ()) -> list[str]:
    """The first four words after ``end`` (lower-case, without a closing full stop or comma: "with
    6.5% gains." ends on a gain; those of ``skip`` left out), up to a bracket."""
    words = (w.lower().rstrip(".,;:") or w for w in WORD.findall(text[end : end + 60]))
    return list(takewhile(lambda w: w != "(", (w for w in words if w not in skip)))[:4]


def _kind_in_clause(n: NumberMention, text: str, lo: int, read: list[tuple[NumberMention, str]], cues: Cues,
                    starts_a_change: bool, metric_after: bool = False) -> str:
    """A number's kind from the cues since the number read before it in its clause, or else that
    number's kind: "gains of up to 2.29% in Stage 1, 1.91% in Stage 2" are two gains, "improve
    accuracy to 85.9% and 86.4%" two scores. A number in brackets that close before this one
    ("88.4% accuracy (14.5% improvement …) and 96.8% …") is an aside, not the one before it.
    ``starts_a_change``: ``start_of_a_change(n, text)``, computed once by the caller."""
    prev = next(((m, kind) for m, kind in reversed(read) if lo <= m.start and m.end <= n.start and not _closed_aside(m, n, text, lo)), None)
    since = prev[0].end if prev else lo
    closed = text.rfind(")", since, n.start)
    if closed != -1 and "(" in text[since:closed]:
        since = closed + 1  # the cues of an aside are its own
    kind = _kind(n, text, since, cues, starts_a_change)
    if kind == "gain" and prev and metric_after and _only_the_change_of(prev[0], n, text, cues):
        return "absolute"
    if kind == "gain" and metric_after and _score_it_comes_with(n, text, cues):
        return "absolute"
    return kind or (prev[1] if prev else "absolute")


def _score_it_comes_with(n: NumberMention, text: str, cues: Cues) -> bool:
    """A plain percentage after "with (a)" and right before its metric, no change word after it:
    "yields the greatest improvement for ViT-B with 99.44% accuracy", "outperforming the previous
    best bot with a 64% win rate": the score the change came with, not the change."""
    if n.unit != "%" or n.from_value is not None or n.signed or n.low is not None:
        return False
    before = _words_before(text, n.start, 2)
    return (before[-1:] == ["with"] or (before[-2:-1] == ["with"] and before[-1] in ("a", "an"))) and not any(
        w in cues.gain_after for w in _words_after(text, n.end))


def _only_the_change_of(m: NumberMention, n: NumberMention, text: str, cues: Cues) -> bool:
    """Whether the one change word between ``m`` and ``n`` is ``m``'s own noun and ``n`` is of a
    plain form: "a 12.8% improvement in F1-score … and 98.9% accuracy" (with a metric right after
    98.9%) gives a change and a score."""
    between = [w.rstrip(".,;:") for w in WORD.findall(text[m.end : n.start].lower())]
    return (between[:1] != [] and between[0] in cues.gain_after and not set(between[1:]) & (cues.gain_before | cues.gain_after)
            and n.from_value is None and n.unit not in ("x", "points") and not n.signed
            and not any(w in cues.gain_after for w in _words_after(text, n.end)))


def _closed_aside(m: NumberMention, n: NumberMention, text: str, lo: int) -> bool:
    """Whether ``m`` sits in brackets that close before ``n`` starts."""
    opened = text.rfind("(", lo, m.start)
    return opened != -1 and text.rfind(")", opened, m.start) == -1 and ")" in text[m.end : n.start]


def _nearest(n: NumberMention, spans: list[tuple[int, int, int]], prefer_after: bool) -> int | None:
    best, best_d = None, None
    for s, e, i in spans:
        if s >= n.end:
            d = s - n.end - (1000 if prefer_after and s - n.end <= 2 else 0)
        else:
            d = n.start - e
        if best_d is None or d < best_d:
            best, best_d = i, d
    return best


def compared_ones(n: NumberMention, text: str, spans, comparison: frozenset[str]) -> bool:
    """A number in a relative clause on what the sentence compares with ("outperforming common
    data mining algorithms, which scored F1 values between 38% and 52%"), no name between the
    pronoun and the number: the compared ones' score, not the subject's."""
    lo, _ = clause_bounds(text, n.start, n.end)
    rel = COMPARED_RELATIVE.search(text[lo : n.start])
    if not rel or not re.search(r"[A-Za-z]\s*$", text[lo : lo + rel.start()]):
        return False  # "with over 95% accuracy, which is over 40% higher": the clause is on a number
    return bool({w.lower() for w in WORD.findall(text[lo : lo + rel.start()])} & comparison - {"over"}) and not any(
        lo + rel.start() <= span[0] < n.start for span in spans)


# "compared to a character baseline of 14.8% WER", "surpassing the best baseline's performance of 20.5%",
# "the best baseline's MRR@10 of 0.17" (a metric's name may hold "@" or "."),
# "outperforming ... the previous 86.4% word-level state-of-the-art accuracy" (not "outperforms the baseline by 10%")
BASELINE_BEFORE = re.compile(r"\b(?:baselines?(?:'s)?|previous|prior)\s+(?:(?!by\b)[\w'@.-]+\s+){0,3}(?:of|was|is|at)\s+"
                             r"(?:about\s+|only\s+|just\s+)?$|\b(?:previous|prior)\s+$", re.IGNORECASE)


# "(vs. 43.1% baseline)", "compared to 0.64 for the strongest baseline", "versus 75% for perplexity-based baselines"
VERSUS_BEFORE = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:to|with))\s*$", re.IGNORECASE)
BASELINE_AFTER = re.compile(r"\s*(?:(?:for|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?)?baselines?\b", re.IGNORECASE)
# "improving over … baselines from 48.8 mAP by +5.9" (no "to" after the change: "from 8.6 by 10 (Base) to 8.7" is not one)
CHANGE_BY_AFTER = re.compile(r"\s*(?:[A-Za-z@-]+\s+){0,2}?by\s+[-+~]?\d[\d.]*\s*%?(?!\s*(?:\([^)]*\)\s*)?to\b)")


def start_of_a_change(n: NumberMention, text: str) -> bool:
    """A number right after "from" with "by N" after it and no "to" ("improving over the baselines from
    48.8 mAP by +5.9"): the level the change starts from, the compared ones' score, not a change."""
    return (n.from_value is None and n.low is None and not n.signed and re.search(r"\bfrom\s+$", text[: n.start]) is not None
            and CHANGE_BY_AFTER.match(text, n.end) is not None)


def baseline_score(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]], starts_a_change: bool) -> bool:
    """A score an unnamed baseline or the previous best reached ("a character baseline of 14.8%
    WER", "the previous 86.4% … accuracy", "(vs. 43.1% baseline)", "compared to 0.64 for the
    strongest baseline", "from 48.8 mAP by +5.9") is not the model's the sentence is about: no model or
    method stands between the cue and the number, and none follows it with "for" ("baseline
    accuracy was 51.7% for GPT-4o" is GPT-4o's). ``starts_a_change``: ``start_of_a_change(n, text)``."""
    if VERSUS_BEFORE.search(text, 0, n.start) and BASELINE_AFTER.match(text, n.end) or starts_a_change:
        return True
    cue = BASELINE_BEFORE.search(text, 0, n.start)
    if not cue or any(cue.start() <= s < n.start for s, _, label, _ in ents if label in OF_LABELS):
        return False
    return given_for(n, text, ents) is None


# People whose score a sentence reports beside the models' ("while human evaluators achieved F1=78.4%",
# "a 33.16% improvement observed in human participants").
PEOPLE = r"(?:humans?|participants|annotators|evaluators|raters|reviewers|clinicians|physicians|radiologists|crowdworkers)"
PEOPLE_ATTAIN = re.compile(r"\b" + PEOPLE + r"(?:\s+[\w-]+){0,2}?\s+" + ATTAIN_VERBS + r"\b", re.IGNORECASE)
ATTAIN_VERB = re.compile(r"\b" + ATTAIN_VERBS + r"\b", re.IGNORECASE)
OBSERVED_IN_PEOPLE = re.compile(r"\s*(?:[\w%-]+\s+){0,3}?(?:observed|achieved|obtained|reached|reported)\s+(?:in|by|for)\s+(?:the\s+)?"
                                r"(?:[\w-]+\s+){0,2}?" + PEOPLE + r"\b", re.IGNORECASE)


def people_score(n: NumberMention, text: str) -> bool:
    """A score of people, not of a model: the last verb of attainment before the number in its
    clause has people for its subject ("The human test group achieved an overall F1-score of 81.7",
    "while human evaluators achieved F1=78.4%"), or the number is "observed in" people after it
    ("a 33.16% improvement observed in human participants"). The gold gives such a number to no model."""
    lo, _ = clause_bounds(text, n.start, n.end)
    verbs = list(ATTAIN_VERB.finditer(text, lo, n.start))
    if verbs and any(m.end() == verbs[-1].end() for m in PEOPLE_ATTAIN.finditer(text, lo, verbs[-1].end())):
        return True
    return bool(OBSERVED_IN_PEOPLE.match(text, n.end))


def no_model_score(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]], starts_a_change: bool) -> bool:
    """A score that belongs to no model: a baseline's stated as such, or people's. ``starts_a_change``:
    ``start_of_a_change(n, text)``, which the caller computes once per number."""
    return baseline_score(n, text, ents, starts_a_change) or people_score(n, text)


def _own_score(n: NumberMention, text: str) -> bool:
    """A score as it stands, not a margin or a change ("by 5.0x for the largest GPT-3 model" is the
    paper's method's speed-up on GPT-3, not GPT-3's), nor one of a "respectively" list (paired in order)."""
    return not (n.signed or n.from_value is not None or n.unit in ("x", "points") or re.search(r"\bby\s+$", text[: n.start])
                or "respectively" in text.lower())


def given_for(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]]) -> int | None:
    """The model or method a number is given "for" or "by", named right after it ("42.66 for
    Gemini-2.5-Pro", "51.7% for GPT-4o"), or None."""
    owner = OWNER_AFTER.match(text, n.end)
    return None if owner is None else next((i for s, _, label, i in ents if s == owner.end() and label in OF_LABELS), None)


# How far before a base's phrase the name it describes may end ("Zorba, a 7-billion-parameter SLM based on Quoll-7B").
APPOSITIVE_REACH = 100


def base_named(text: str, lo: int, start: int, pattern: re.Pattern | None) -> bool:
    """The name starting at ``start`` is the base another is made from ("based on Quoll-7B", "on top
    of a GPT-4o agent"; ``results.json`` ``base_before``), the cue inside ``text[lo:start]``."""
    return pattern is not None and pattern.search(text, lo, start) is not None


def made_from_base(named: list[tuple[int, int, int]], text: str, lo: int, pattern: re.Pattern | None) -> int | None:
    """``named``: (start, end, entity index) of the names before a number, in order. Where the last is a
    base ("Zorba, a 7B SLM based on Quoll-7B, which achieves 86.8%", "Zorba, built upon Quoll-7B,
    reaches …"), the name its phrase describes: the nearest one before it, no base itself, ending at
    most ``APPOSITIVE_REACH`` characters before it; else None."""
    if not named or pattern is None or not base_named(text, max(lo, named[-1][0] - 40), named[-1][0], pattern):
        return None
    base_start = named[-1][0]
    head = [(e, i) for s, e, i in named[:-1] if not base_named(text, max(lo, s - 40), s, pattern)]
    return head[-1][1] if head and base_start - head[-1][0] <= APPOSITIVE_REACH else None


def _of(n: NumberMention, text: str, lo: int, spans: list[tuple[int, int, int]], proposed: int | None,
        proposed_folds: frozenset[str], fold_of: dict[int, str], cues: Cues) -> tuple[int | None, str]:
    before = [(s, e, i) for s, e, i in spans if e <= n.start]
    if before and re.fullmatch(r"\s*\(\s*", text[before[-1][1] : n.start]):
        return before[-1][2], "same_clause"  # "GPT-4 (2.92%)"
    if before and RELATIVE_CLAUSE.fullmatch(text[before[-1][1] : n.start]):
        # "Zorba, a 7B SLM based on Quoll-7B, which achieves 86.8%": the clause is Zorba's, not its base's
        head = made_from_base(before, text, lo, cues.base_before)
        return (before[-1][2] if head is None else head), "same_clause"  # "surpassing GPT-4 that achieves 80%": GPT-4's own
    if compared_ones(n, text, before, cues.comparison):
        return None, "none"
    kept = []
    for s, e, i in before:
        gap_words = {w.lower() for w in WORD.findall(text[lo:s])}
        if not gap_words & cues.comparison:
            kept.append((s, e, i))
    made = made_from_base(kept, text, lo, cues.base_before)  # "Zorba, built upon Quoll-7B, reaches …": Zorba's
    kept = [i for _, _, i in kept]
    ours = [i for i in kept if fold_of[i] in proposed_folds]
    if ours:
        return ours[0], "same_clause"
    if proposed is not None and AUTHORS_ACHIEVE.search(text[lo : n.start]):
        return proposed, "ours_in_clause"
    if kept:
        return (kept[-1] if made is None else made), "same_clause"
    after = [i for s, e, i in spans if s >= n.end and not ({w.lower() for w in WORD.findall(text[n.end : s])} & cues.comparison)]
    if proposed is not None and (IMPLICIT_OURS.search(text) or SELF_SUBJECT.match(text)):
        return proposed, "implicit_proposed"
    if after:
        return after[0], "same_clause"
    if proposed is not None:
        # The clause names no model or method but ones it compares with: an abstract reports its
        # own ("achieving an accuracy of 92.78%"); on span train the paper's proposed one 69 times, nobody's 9.
        return proposed, "implicit_proposed"
    return None, "none"


def _lists(items: list[tuple[int, int]], text: str, gap: re.Pattern = LIST_GAP) -> list[list[int]]:
    """Indices of ``items`` (character spans, in order) grouped into lists: neighbours joined
    only by a comma, "and", "or" or a slash (``gap``)."""
    out: list[list[int]] = []
    for k, (s, _) in enumerate(items):
        if out and gap.fullmatch(text[items[k - 1][1] : s]):
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _name_lists(ents: list[tuple[int, int, str, int]], labels: tuple[str, ...], text: str) -> list[list[tuple[int, int, int]]]:
    """The sentence's lists of names of one kind ("MMLU and BoolQ", "BLEU-4 / CIDEr / SPICE"); a
    member may carry a hyphenated modifier the name leaves out ("exact-match, F1, and event-based HIT@1")."""
    spans = [(s, e, i) for s, e, label, i in ents if label in labels]
    return [[spans[k] for k in group] for group in _lists([(s, e) for s, e, _ in spans], text, NAME_LIST_GAP)]


def _opener(text: str, ents: list[tuple[int, int, str, int]]) -> int | None:
    """The dataset or benchmark a sentence opens with ("On OSWorld-Verified, BEPA improves …")."""
    lead = LEADING_ADVERBIAL.match(text)
    lead = lead.end() if lead and re.match(r"(?:on|across|over)\s", text[lead.end() :], re.IGNORECASE) else 0
    comma = text.find(",", lead)
    for s, e, label, i in ents:
        if label in ON_LABELS and 0 <= comma and lead <= s and e <= comma and OPENER.fullmatch(text[lead:s]) and len(text[e:comma].split()) <= 3:
            return i
    return None


def read_results(text: str, ents: list[tuple[int, int, str, int]], proposed: int | None, proposed_folds: frozenset[str],
                 fold_of: dict[int, str], cues: Cues, patterns: list[tuple[str, re.Pattern]],
                 proposed_on: int | None = None) -> list[tuple[NumberMention, str, int | None, int | None, int | None, str, str]]:
    """The results of one sentence: (number, kind, of, on, metric, how "of" was found, how "on" was found).

    ``ents``: (start, end, label, entity index) with offsets into ``text``; ``proposed``: the
    entity index of the paper's own model or method (or ``None``); ``proposed_on``: the
    dataset or benchmark the paper introduces, when it introduces exactly one (or ``None``).
    """
    # "a factor of 2.1", "FaceLiVT is 8.6 faster than EdgeFace": a bare number that says how many times
    numbers = [replace(n, unit="x") if not n.unit and (FACTOR_BEFORE.search(text[max(0, n.start - 40) : n.start]) or SPEED_AFTER.match(text, n.end)) else n
               for n in without_spreads(find_numbers(text, [(s, e) for s, e, _, _ in ents], cues, patterns,
                                                     _techniques(ents, text, cues.change_words)), text)]
    numbers = change_spelled_out([bracketed_change(n, text, ents) for n in numbers], text)
    metrics_all = [(s, e, i) for s, e, label, i in ents if label == "Metric"]
    metric_lists = _name_lists(ents, ("Metric",), text)
    number_lists = _lists([(n.start, n.end) for n in numbers], text)
    list_of = {k: g for g, members in enumerate(number_lists) for k in members}
    for k in range(1, len(numbers)):  # "MuSR (68.3 vs 64.7 Acc)": numbers compared share the metric named after them
        if VERSUS_GAP.fullmatch(text[numbers[k - 1].end : numbers[k].start]):
            old_list = list_of[k]
            list_of.update({j: list_of[k - 1] for j, g in list_of.items() if g == old_list})
    for members in number_lists:  # "by 3.05 and 4.24 percentage points": the list shares its last unit
        last = numbers[members[-1]]
        if len(members) > 1 and last.unit and last.from_value is None:
            for k in members[:-1]:
                if not numbers[k].unit and numbers[k].from_value is None and numbers[k].low is None and not (
                        last.unit == "%" and _places(numbers[k], text) >= 3 > _places(last, text)):
                    # "(+0.0892, +30.0%)": a change of a proportion, then the same change relative; not 0.0892%
                    numbers[k] = replace(numbers[k], unit=last.unit)
    # "1.56x speedup and 2x memory reduction": a metric right after a number (or a list of them) is theirs
    claimed = {i: list_of[k] for k, m in enumerate(numbers) for s, e, i in metrics_all if s >= m.end and not text[m.end : s].strip()}
    led = led_metrics(numbers, text, metrics_all, list_of)
    read = [bool(n.unit or n.from_value is not None or n.signed or _metric_adjacent(n, text, metrics_all) or _cued(n, text, ents)
                 or _ranged_score(n, text, metrics_all, cues)) for n in numbers]
    bracketed = [k for k, n in enumerate(numbers) if "." in text[n.start : n.end] and BRACKETED_SCORE.search(text[: n.start])
                 and re.match(r"\s*\)", text[n.end :])]
    if len(bracketed) >= 2:  # "coherence (4.66), consistency (4.73), fluency (2.16)": a run of named bracketed decimals
        for k in bracketed:
            read[k] = True
    for k in range(1, len(numbers)):  # "68.3 vs 64.7 Acc": a number compared with a read one is read, and two decimals are
        if VERSUS_GAP.fullmatch(text[numbers[k - 1].end : numbers[k].start]):  # scores compared ("WritingBench (8.31 vs 8.07)")
            decimals = all("." in text[numbers[j].start : numbers[j].end] for j in (k - 1, k))
            read[k - 1] = read[k] = read[k - 1] or read[k] or decimals
    respectively = "respectively" in text.lower()
    for members in number_lists:  # "F1 of 82.2 and 75.6", "BLEU-4 / CIDEr of 36.6 / 116.9": one list, one reading
        # "accuracy … on malware classification 0.940 and 0.741, … respectively": bare decimals paired with names
        if any(read[k] for k in members) or (len(members) > 1 and any(len(ml) == len(members) for ml in metric_lists)) or (
                respectively and len(members) > 1 and all(_decimals(numbers[k], text) >= 2 for k in members)):
            for k in members:
                read[k] = True
    read = same_precision_scores(numbers, read, text)
    read = [r and not _counted_up(n, text, ents) for n, r in zip(numbers, read)]
    opener = _opener(text, ents)
    out = []
    for k, n in enumerate(numbers):
        if not read[k]:
            continue
        lo, hi = clause_bounds(text, n.start, n.end)
        inside = [(s, e, label, i) for s, e, label, i in ents if s >= lo and e <= hi]
        metrics = [(s, e, i) for s, e, label, i in inside if label == "Metric" and claimed.get(i, list_of[k]) == list_of[k]
                   and not _past_another(n, (s, e, i), numbers, list_of, list_of[k])
                   and not past_a_new_predicate(n, s, text, cues.next_predicate)]
        if SPEED_AFTER.match(text, n.end):  # "outperforms MeZO in accuracy by 14% and runs 15x faster": speed, not accuracy
            metrics = [m for m in metrics if m[0] >= n.end]
        # "an accuracy of 86.68%, precision of 88.65%": a metric that leads into another number is that one's
        # "Accuracy by 5.1 points in a 28-class setting (.948), and the micro-F1 by 9.6": where every metric of the clause
        # leads into another number, the one the number right before leads into
        before_led = [m for m in metrics if k and led.get(m[2]) == list_of[k - 1] != list_of[k]]
        metric = _nearest(n, [m for m in metrics if led.get(m[2]) == list_of[k]] or [m for m in metrics if m[2] not in led] or before_led
                          or metrics, prefer_after=True)
        on_spans = [(s, e, i) for s, e, label, i in inside if label in ON_LABELS]
        on, on_how = _nearest(n, on_spans, prefer_after=True), "same_clause"
        own = _own_on(n, text, on_spans, metrics_all, numbers, cues.change_words)
        if own is not None:  # "37.8% MRR, 28.6% Hits@1 on FB15k-237": the group's own "on", not a nearer name before
            on = own
        if opener is not None and not any(s >= n.end and ON_AFTER.fullmatch(text[n.end : s]) for s, e, i in on_spans):
            on, on_how = opener, "sentence_opener"
        if on is None and proposed_on is not None and not any(label in ON_LABELS for _, _, label, _ in ents):
            # A paper that introduces one benchmark reports its numbers on it ("Codex performs best, solving
            # up to 18% of the problems"): where the sentence names none, span train: that one 78, none 46.
            on, on_how = proposed_on, "implicit_proposed"
        of, how = _of(n, text, lo, [(s, e, i) for s, e, label, i in inside if label in OF_LABELS], proposed, proposed_folds, fold_of, cues)
        starts_a_change = start_of_a_change(n, text)  # read twice below: by the owner and by the kind
        if no_model_score(n, text, ents, starts_a_change):
            of, how = None, "none"
        elif _own_score(n, text) and (owner := given_for(n, text, ents)) is not None:
            of, how = owner, "same_clause"  # "… and 0.36 by Codex"
        metric_after = any(s >= n.end and not text[n.end : s].strip() for s, _, _ in metrics_all)
        out.append((n, _kind_in_clause(n, text, lo, [f[:2] for f in out], cues, starts_a_change, metric_after), of, on, metric, how, on_how))
    out = versus_pair_scores(gains_listed(out, numbers, list_of, text, cues), text)
    if "respectively" in text.lower() and len(out) >= 2:
        out = _respectively(out, ents, text)
    return _in_order(out, [numbers[k] for k in range(len(numbers)) if read[k]], text, ents, metric_lists)


# "GSM8K (67.55% to 82.79%)": a bracket opened right after a name, around a number.
NAME_THEN_BRACKET = re.compile(r"\s*\(\s*")


def bracketed_change(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]]) -> NumberMention:
    """A range "A to B" that fills a bracket right after a dataset, benchmark or metric, with no
    "from" ("gains over the baseline on GSM8K (67.55% to 82.79%), MATH (17.00% to 26.80%)"), is that
    name's change from A to B, not a range of scores. Span train: 4 such, all gold changes."""
    if n.pattern != "range" or n.signed or not re.search(r"\sto\s", text[n.start : n.end]) or not re.match(r"\s*\)", text[n.end :]):
        return n
    if not any(label in ON_LABELS + ("Metric",) and NAME_THEN_BRACKET.fullmatch(text[e : n.start]) for _, e, label, _ in ents):
        return n
    return replace(n, from_value=n.low, low=None, pattern="from_to")


# "by 11.62% (49.07% to 60.69%)", "an absolute gain of 26% (7% to 33%)", "a 3.6% improvement on AQuA (60.6% to
# 64.2%)": a bracket opened after a number, with up to six words of its measure or place between.
GAIN_THEN_BRACKET = re.compile(r"(?:\s+[A-Za-z][\w@-]*){0,6}\s*\(\s*")


def change_spelled_out(numbers: list[NumberMention], text: str) -> list[NumberMention]:
    """A range "A to B" that fills a bracket right after a change G, whose ends differ by G — absolutely
    (12.8 for "+12.8pp (37.2% to 50.0%)") or, for a percentage, relatively (11.1% for "by 11.1% (0.700 to
    0.778)") — spells out the ends of that change: it is a change from A to B, not a range of scores
    (session 46, board46). The difference is checked to G's last digit and 1% of G."""
    out = list(numbers)
    for k in range(1, len(out)):
        n, g = out[k], out[k - 1]
        if n.pattern != "range" or n.signed or n.low is None or g.low is not None or g.from_value is not None \
                or not re.match(r"\s*\)", text[n.end :]) or not GAIN_THEN_BRACKET.fullmatch(text[g.end : n.start]):
            continue
        size, step = abs(g.value), 10 ** -len(str(g.value).partition(".")[2].rstrip("0") or "")
        if size == 0:
            continue
        apart = [n.value - n.low] + ([100 * (n.value - n.low) / n.low] if g.unit == "%" and n.low > 0 else [])
        if any(abs(d - size) <= step / 2 + size / 100 for d in apart):
            out[k] = replace(n, from_value=n.low, low=None, pattern="from_to")
    return out


def gains_listed(found: list, numbers: list[NumberMention], list_of: dict[int, int], text: str, cues: Cues) -> list:
    """A list of numbers a change word closes ("~3.4% and ~18.86% additional precision improvement",
    "by about 21% and 46%, respectively, better than") is a list of gains, its first members too."""
    position = {id(n): k for k, n in enumerate(numbers)}
    last: dict[int, NumberMention] = {}
    for f in found:
        last[list_of[position[id(f[0])]]] = f[0]
    closing = {g for g, n in last.items() if sum(list_of[position[id(f[0])]] == g for f in found) >= 2
               and any(w in cues.gain_after for w in _words_after(text, n.end, (",", "respectively")))}
    return [(f[0], "gain") + f[2:] if list_of[position[id(f[0])]] in closing else f for f in found]


# A bracket holding a versus pair: "(66.5 vs. 65.9 in pass@1)", "(AUP: 0.89 vs. 0.91)"; the open bracket at most 40
# characters before the first number, the close at most 40 after the second.
PAIR_OPEN = re.compile(r"\([^()]{0,40}$")
PAIR_CLOSE = re.compile(r"[^()]{0,40}\)")


def versus_pair_scores(found: list, text: str) -> list:
    """Two plain numbers set against each other in a bracket ("surpasses ChatGPT on HumanEval+ (66.5 vs. 65.9 in
    pass@1)", "a 3.7 point reduction in mortality (18.8% vs 22.5%)") are the two scores compared, whatever
    change the clause names before them: both absolute. A signed, "from"-"to", ranged or times number keeps its kind."""
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1][0], out[k][0]
        if not VERSUS_GAP.fullmatch(text[a.end : b.start]) or not PAIR_OPEN.search(text, 0, a.start) or not PAIR_CLOSE.match(text, b.end):
            continue
        if all(n.from_value is None and n.low is None and not n.signed and n.unit not in ("x", "points") for n in (a, b)):
            out[k - 1] = out[k - 1][:1] + ("absolute",) + out[k - 1][2:]
            out[k] = out[k][:1] + ("absolute",) + out[k][2:]
    return out


DURATION_AFTER = re.compile(r"\s*(?:seconds?|minutes?|hours?|days?|weeks?)\b", re.IGNORECASE)


def _counted_up(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]]) -> bool:
    """A setting raised from one whole number to a larger one, with no unit and no metric right
    before it ("the number of classes grows from 1 to 20", "increasing the transition depth from 1
    to 10", "from 2 to 8 viewpoints"); "BLEU from 25 to 31", "reduces restricted responses from
    24 to 14" and a time "from 13 to 26 minutes" stay results. On span train none of 6 such
    increases is a gold result; all 4 such decreases are."""
    if n.from_value is None or n.unit or not (float(n.from_value).is_integer() and float(n.value).is_integer()) or n.value <= n.from_value:
        return False
    if DURATION_AFTER.match(text, n.end):
        return False  # "the time to find adversarial examples (from 13 to 26 minutes)": a measured time
    return not any(label == "Metric" and e <= n.start and len(WORD.findall(text[e : n.start])) <= 2 for s, e, label, _ in ents)


def _places(n: NumberMention, text: str) -> int:
    """How many digits the number is written with after its point, sign and unit aside ("+0.0892": 4, "+30.0%": 1)."""
    m = re.search(r"\.(\d+)", text[n.start : n.end])
    return len(m.group(1)) if m else 0


def _decimals(n: NumberMention, text: str) -> int:
    """How many digits a bare decimal has after its point ("0.6849": 4); 0 for any other number."""
    written = text[n.start : n.end]
    if n.unit or n.low is not None or n.from_value is not None or not re.fullmatch(r"\d*\.\d+", written):
        return 0
    return _places(n, text)


def same_precision_scores(numbers: list[NumberMention], read: list[bool], text: str) -> list[bool]:
    """``read`` with the bare decimals written to the same precision (two digits or more) as a bare
    decimal the sentence reads: "trigger@64 reaches 0.6438 and 0.4656 on A and 0.6849 and 0.7363 on B",
    "a .54 correlation score, versus a baseline of .39": scores of one table, reported side by side.
    A decimal in brackets right after another ("0.98 (0.03)") is its spread, not a score."""
    places = {_decimals(n, text) for k, n in enumerate(numbers) if read[k]} - {0, 1}
    if not places:
        return read
    return [r or (_decimals(n, text) in places and not (k and BRACKETED_AFTER.fullmatch(text[numbers[k - 1].end : n.start])))
            for k, (n, r) in enumerate(zip(numbers, read))]


# What may stand between a group of scores and the name they are measured on, once the group's
# metrics and numbers are taken out: "37.8% MRR, 28.6% Hits@1 on FB15k-237", "5.6/3.0 PPL on PTB/…".
OWN_ON_GAP = re.compile(r"(?:\s|,|/|\band\b)*\b(?:on|across)\s+(?:the\s+)?", re.IGNORECASE)
# "6.5% higher on MMVP", "a 3.1% accuracy gain on X" (the metric taken out): one or two change words, then "on".
CHANGE_ON_GAP = re.compile(r"\s*(?P<words>[\w-]+(?:\s+[\w-]+)?)\s+(?:on|across)\s+(?:the\s+)?", re.IGNORECASE)


def _own_on(n: NumberMention, text: str, on_spans: list[tuple[int, int, int]], metrics: list[tuple[int, int, int]],
            numbers: list[NumberMention], change_words: frozenset[str] = frozenset()) -> int | None:
    """The dataset or benchmark a group of scores is measured on, right after it: the first one
    after ``n`` when only the group's metrics, numbers and list glue stand between, then "on".
    With ``change_words`` (comparatives, change nouns), up to two of them may stand before the
    "on" too: in "4% higher on RobustVQA, 6.5% higher on MMVP and 12.8% higher on POPE" each
    change is on the name after it, not on the nearer one before it, which the one before owns."""
    after = sorted(x for x in on_spans if x[0] >= n.end)
    if not after:
        return None
    s, _, i = after[0]
    gap = list(text[n.end : s])
    for a, b in [(m[0], m[1]) for m in metrics] + [(m.start, m.end) for m in numbers]:
        if n.end <= a and b <= s:
            gap[a - n.end : b - n.end] = " " * (b - a)
    gap_text = "".join(gap)
    if OWN_ON_GAP.fullmatch(gap_text):
        return i
    m = CHANGE_ON_GAP.fullmatch(gap_text)
    return i if m and change_words and all(w.lower() in change_words for w in m.group("words").split()) else None


def _past_another(n: NumberMention, metric: tuple[int, int, int], numbers: list[NumberMention], list_of: dict[int, int], own: int) -> bool:
    """A metric after ``n`` with a number of another list between them ("4963x faster computation
    with 485x lower memory usage"; "from 22.5 MB to 6.4 MB and improving inference speed by 44%")
    is on that number's side of the sentence, never ``n``'s."""
    s = metric[0]
    return s >= n.end and any(n.end <= m.start and m.end <= s and list_of[k] != own for k, m in enumerate(numbers))


def past_a_new_predicate(n: NumberMention, start: int, text: str, pattern: re.Pattern | None) -> bool:
    """A metric after ``n`` (at ``start``) with "and" and a verb of ``next_predicate_verbs`` between them
    ("improves the mean average precision … by 39.1% and improves the F1 score …", "a loss between 0.4%
    and 1.3% and obtains lower latencies") is the next predicate's measure, never ``n``'s."""
    return pattern is not None and start >= n.end and pattern.search(text, n.end, start) is not None


def _leads_into(gap: str) -> bool:
    """The words between a metric and a number say the metric is that number's ("accuracy of")."""
    words = WORD.findall(gap.lower())
    return len(words) <= 4 and all(w in LEAD_GLUE for w in words)


# Words that may stand between a metric and the number it leads into ("accuracy of 86.68%",
# "F1 = 0.87", "precision around 0.9777"): METRIC_GLUE without the words that join clauses.
LEAD_GLUE = METRIC_GLUE - {"and", "on", "from"}


def led_metrics(numbers: list[NumberMention], text: str, metrics: list[tuple[int, int, int]], list_of: dict[int, int]) -> dict[int, int]:
    """Metric entity -> the list of numbers it is written with: the metric leads into the
    number ("accuracy of 86.68%") or the number into it ("+4.06% increase of F1-score");
    another number of the sentence takes such a metric only when no other is in its clause."""
    out: dict[int, int] = {}
    for s, e, i in metrics:
        for k, n in enumerate(numbers):
            if e <= n.start and _leads_into(text[e : n.start]):
                out[i] = list_of[k]
                break
        else:
            for k, n in enumerate(numbers):
                if s >= n.end:
                    gap = WORD.findall(text[n.end : s].lower())
                    if len(gap) <= 3 and all(w in LIST_AFTER_GLUE for w in gap) and not any(n.end <= m.start and m.end <= s for m in numbers):
                        out[i] = list_of[k]
                        break
    return out


def _respectively(found: list, ents: list[tuple[int, int, str, int]], text: str) -> list:
    """"66.5% and 63.3% on OK-VQA and A-OKVQA respectively": the i-th number goes with the i-th
    name (of the names after the numbers, else of all the sentence's names of that kind). A
    number in brackets right after another ("81.8% (+5.9%), 34.7% (+5.8%)") goes with that one."""
    groups: list[list[int]] = []
    for k, f in enumerate(found):
        if groups and BRACKETED_AFTER.fullmatch(text[found[k - 1][0].end : f[0].start]):
            groups[-1].append(k)
        else:
            groups.append([k])
    first = found[0][0].start
    for role, labels in ((4, ("Metric",)), (3, ON_LABELS), (2, OF_LABELS)):
        after = [i for s, e, label, i in ents if label in labels and s > first]
        names = after if len(after) == len(groups) else [i for s, e, label, i in ents if label in labels]
        if len(names) == len(groups) and len(set(names)) == len(names):
            name_of = {k: names[g] for g, members in enumerate(groups) for k in members}
            found = [tuple(f[:role]) + (name_of[k],) + tuple(f[role + 1 :]) for k, f in enumerate(found)]
            if role == 2:
                found = [f[:5] + ("respectively",) + f[6:] for f in found]
            if role == 3:
                found = [f[:6] + ("in_order",) for f in found]
    return found


# What stands between a number and one in brackets right after it: "81.8% (+5.9%)".
BRACKETED_AFTER = re.compile(r"\s*[(\[]\s*")


def _in_order(found: list, numbers: list[NumberMention], text: str, ents: list[tuple[int, int, str, int]],
              metric_lists: list[list[tuple[int, int, int]]]) -> list:
    """"61.1% and 75.6% accuracy on EgoSchema and NExT-QA", "BLEU-4 / CIDEr of 36.6 / 116.9": a
    list of numbers and a list of as many metrics or datasets/benchmarks in its sentence pair in
    order (the nearest such list), with or without "respectively"."""
    for members in _lists([(n.start, n.end) for n in numbers], text):
        if len(members) < 2:
            continue
        first, last = numbers[members[0]], numbers[members[-1]]
        for role, lists in ((4, metric_lists), (3, _name_lists(ents, ON_LABELS, text))):
            fitting = [ml for ml in lists if len(ml) == len(members)]
            if not fitting:
                continue
            names = min(fitting, key=lambda ml: ml[0][0] - last.end if ml[0][0] >= last.end else first.start - ml[-1][1])
            if role == 3:  # "0.4/0.6 BLEU on IWSLT14/WMT14 and 5.6/3.0 PPL on PTB/WikiText-103": the list the numbers are "on"
                metrics = [(s, e, i) for s, e, label, i in ents if label == "Metric"]
                own = _own_on(last, text, [(s, e, i) for s, e, label, i in ents if label in ON_LABELS], metrics, numbers)
                if own is not None and all(own != i for ml in fitting for _, _, i in ml):
                    continue  # "CER of 4.1% / 4.4% on Aishell-1 dev/test set; … on Aishell-2 and Librispeech": both on the one name
                names = next((ml for ml in fitting if _own_on(last, text, [ml[0]], metrics, numbers) is not None), names)
            if role == 4 and any(label == "Metric" and e <= first.start and (s, e, i) not in names and _leads_into(text[e : first.start])
                                 for s, e, label, i in ents):
                continue  # "Spearman's rank correlations (0.568 and 0.563)": the list has its own metric
            for k, (s, e, i) in zip(members, names):
                f = found[k]
                found[k] = f[:role] + (i,) + f[role + 1 : 6] + (("in_order",) if role == 3 else f[6:])
    return found


def bracketed_names_after(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """"models obtain 65.69 (Qwen2VL-72B) and 63.18 (GPT-4o)", "97.0% (ESC-10)": a name alone in
    brackets right after a number is its model or method, or its dataset or benchmark, whoever
    chose otherwise (the learned attribution too)."""
    out = []
    for f in found:
        opened = re.match(r"\s*\(\s*", text[f[0].end :])
        inside = [(label, i) for s, e, label, i in ents if opened and s == f[0].end + opened.end() and re.match(r"\s*\)", text[e:])]
        if inside and inside[0][0] in OF_LABELS:
            f = f[:2] + (inside[0][1],) + f[3:5] + ("same_clause",) + f[6:]
        elif inside and inside[0][0] in ON_LABELS:
            f = f[:3] + (inside[0][1],) + f[4:6] + ("same_clause",) + f[7:]
        out.append(f)
    return out


# "Vicuna's 6.57", "GPT-4V's score of 88%", "GPT-4 Omni's 57.5% Win Rate": up to three words of a measure between the
# possessive and the number, none a word that opens another phrase ("ENGINE's training by 12x" is not ENGINE's number)
POSSESSED_NUMBER = re.compile(r"['’]s\s+(?:(?!(?:by|to|from|with|in|on|at|for|than|and|or|of)\b)[\w@.-]+\s+){0,3}(?:of\s+)?$", re.IGNORECASE)


def possessors_number(found: list, text: str, ents: list[tuple[int, int, str, int]], change_words: frozenset[str]) -> list:
    """A model or method written in the possessive right before a number ("compared to Vicuna's 6.57 and
    LLaVA's 5.99", "lower than GPT-4V's score of 88%") owns it, whoever was chosen before (the subject
    the sentence compares it with, or nobody); it is a score that model reached, not a change, unless a
    change word is between or right after. Not a change "from X to Y": "Using Infant Agent, it raises
    GPT-4o's accuracy from 13.3% to 37%" is Infant Agent's gain (span dev's gold)."""
    out = []
    for f in found:
        n = f[0]
        owner = None if n.from_value is not None else next(((i, m) for s, e, label, i in reversed(ents) if label in OF_LABELS
                                                              and e < n.start and (m := POSSESSED_NUMBER.match(text, e, n.start))), None)
        if owner is not None:
            owner, m = owner
            words = set(re.findall(r"[a-z]+", (m.group(0)[2:] + " " + text[n.end : n.end + 20]).lower()))
            kind = "absolute" if f[1] == "gain" and n.from_value is None and not words & change_words else f[1]
            f = (n, kind, owner) + f[3:5] + ("model",) + f[6:]
        out.append(f)
    return out


# Words that may stand between a number and the list of metrics after it ("0.07 in ROUGE-2 and ROUGE-L",
# "up to 4% regarding tardiness and up to 1% regarding throughput").
LIST_AFTER_GLUE = {"in", "on", "of", "for", "the", "both", "terms", "regarding", "performance", "higher", "better", "improvement",
                   "improvements", "gain", "gains", "relative", "absolute", "increase"}


# "macro ROC-AUC of 0.9978", "Dice = 0.85": a metric's name right before its number
METRIC_TO_NUMBER = re.compile(r"\s*(?:of|=|:|is)?\s*")


def _owns_member(n: NumberMention, metric: int | None, names: list[tuple[int, int, int]], text: str) -> bool:
    """``n`` is scored by the member ``metric`` of the list ``names`` written right next to it ("96.58% accuracy",
    "macro ROC-AUC of 0.9978"): "96.58% accuracy, macro ROC-AUC of 0.9978" are one result each, not one per member;
    a metric the number took from further away ("99.99% accuracy and F1-score, with a loss of 0.0028") does not count."""
    return any(i == metric and ((e <= n.start and METRIC_TO_NUMBER.fullmatch(text[e : n.start]))
                                or (s >= n.end and not text[n.end : s].strip())) for s, e, i in names)


def one_per_listed_metric(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """"an accuracy, precision, recall and F1-score of 0.82": a lone number that scores a list
    of metrics right before or after it is one result per metric (as the guideline annotates
    it); a list of as many numbers was already paired in order, and so were numbers another member
    scores right next to them ("96.58% accuracy, macro ROC-AUC of 0.9978": ``_owns_member``)."""
    numbers = [(f[0].start, f[0].end) for f in found]
    in_list = {k for members in _lists(numbers, text) if len(members) > 1 for k in members}
    out = []
    for k, f in enumerate(found):
        n, metric = f[0], f[4]
        names = next((ml for ml in _name_lists(ents, ("Metric",), text) if len(ml) > 1 and any(i == metric for _, _, i in ml)), None)
        if k in in_list or names is None or any(g[4] != metric and _owns_member(g[0], g[4], names, text) for g in found):
            out.append(f)
            continue
        before = WORD.findall(text[names[-1][1] : n.start].lower()) if names[-1][1] <= n.start else None
        after = WORD.findall(text[n.end : names[0][0]].lower()) if names[0][0] >= n.end else None
        if (before is not None and len(before) <= 4 and all(w in METRIC_GLUE for w in before)) or (
                after is not None and len(after) <= 4 and all(w in LIST_AFTER_GLUE for w in after)):
            out.extend(f[:4] + (i,) + f[5:] for _, _, i in names)
        else:
            out.append(f)
    return out


# Another clause begins ("86.15 mAP50 while reducing energy … by 20.6%"): a metric is not carried past it
# to a bare change ("by", "of"); to a score after a verb of attainment it is.
# The units of a number that may take the metric of another: a time, speed or distance ("44.1% MOTA, 9 fps")
# is a measure of its own.
CARRIED_UNITS = frozenset({"", "%", "points", "x"})
CARRY_BREAK = re.compile(r";|\b(?:while|whereas|but|although|though)\b", re.IGNORECASE)
# A bare number that only compares or places ("by 3.6%", "(+3.6%)", "69% on SparQA") names no
# measure of its own: the words right before and after it.
CARRY_BEFORE = {"by", "(", "of", "and", ",", "to", "a", "is", "over", "than"}
CARRY_AFTER = {"on", "over", "than", "compared", "relative", "with", "in", "for", ",", ")", ".", ";", "respectively", "and",
               "improvement", "higher", "better", "absolute", "points", "gain", "while", "at"}


# The ``on`` rules that put a number on the paper's one dataset or benchmark, not one its sentence names.
PAPER_LEVEL_ON = ("carried", "implicit_proposed")


def on_left_unsaid(f: tuple) -> tuple:
    """The found result ``f`` with its ``on`` left unsaid (the gold leaves it so), its rule ``same_clause``."""
    return f[:3] + (None,) + f[4:6] + ("same_clause",) + f[7:]


def one_number_over_several_sets(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """"boosts reasoning by up to 6% on ARO, SVO-Probes, and Winoground", "78-85% accuracy on MMMU,
    MathVista": a lone number measured on a list of datasets or benchmarks is on none of them (the
    guideline keeps ``on`` unsaid); a list of as many numbers was paired in order."""
    in_lists = {i for names in _name_lists(ents, ON_LABELS, text) if len(names) > 1 for _, _, i in names}
    if not in_lists:
        return found
    return [on_left_unsaid(f) if f[3] in in_lists and f[6] != "in_order" else f for f in found]


def on_counted_sets(found: list, text: str, ents: list[tuple[int, int, str, int]], nouns: frozenset[str]) -> list:
    """"67.0% average accuracy on 10 classification datasets": a number whose own place is a count of
    sets (``counts_sets``) is measured over all of them, so on none that the sentence names elsewhere
    (the guideline keeps ``on`` unsaid, as for a list of names)."""
    spans = {i: s for s, _, label, i in ents if label in ON_LABELS}
    out = []
    for f in found:
        place = _place_of(f[0], text) if f[3] in spans and f[6] in ("same_clause", "model") else None
        if place is not None and not place[0] <= spans[f[3]] < place[1]:
            count = re.match(NUMBER, text[place[0] :])
            if count and counts_sets(NumberMention(place[0], place[0] + count.end(), _float(count.group()), ""), text, nouns):
                f = on_left_unsaid(f)
        out.append(f)
    return out


# "by 3%~20% in Zero-shot Classification", "an F1 score of 93.4% on the headword classification": a number
# measured on a task named right after it.
ON_TASK_GAP = re.compile(r"\s*(?:on|in|for)\s+(?:the\s+)?", re.IGNORECASE)


def on_a_task_not_carried(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """A number measured on a task named right after it ("improves … by 3%~20% in Zero-shot
    Classification") is not on the paper's one dataset or benchmark the sentence does not name
    (``carried``, ``implicit_proposed``): the gold leaves it unsaid."""
    tasks = [s for s, _, label, _ in ents if label == "Task"]
    return [on_left_unsaid(f)
            if f[6] in PAPER_LEVEL_ON and any(s >= f[0].end and ON_TASK_GAP.fullmatch(text[f[0].end : s]) for s in tasks)
            else f for f in found]


# A number's own measure after it: "a 19% improvement in zero-shot benchmark performance", "an 8x reduction of memory costs".
OWN_MEASURE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?P<change>[\w-]+)\s+(?:in|of)\b", re.IGNORECASE)


def own_measure_not_the_earlier_ones(found: list, text: str, ents: list[tuple[int, int, str, int]], change_words: frozenset[str]) -> list:
    """"A 13% reduction in test perplexity on WikiText and a 19% improvement in zero-shot benchmark
    performance": a number whose change names its own measure after it ("improvement in …",
    "reduction of …") starts a measurement of its own, so a metric or dataset the sentence names only
    between an earlier number and it is the earlier one's, not its (left unsaid)."""
    out = []
    for f in found:
        n = f[0]
        m = OWN_MEASURE_AFTER.match(text, n.end)
        lo = max((g[0].end for g in found if g[0].end <= n.start), default=None)
        if m is None or m.group("change").lower() not in change_words or lo is None:
            out.append(f)
            continue
        between = {i for s, _, _, i in ents if lo <= s < n.start} - {i for s, _, _, i in ents if not lo <= s < n.start}
        if f[3] in between:
            f = on_left_unsaid(f)
        if f[4] in between:
            f = f[:4] + (None,) + f[5:7] + ("same_clause",) + f[8:]
        out.append(f)
    return out


# "We find: (1) … (reducing memorization by more than 50%); (2) …", "3) We demonstrate …": a sentence
# that numbers its findings (a digit or i-v closed by a bracket, after a space, colon or the sentence start).
ENUMERATED_FINDING = re.compile(r"(?:^|[\s:;,])\(?(?:[1-9]|i{1,3}|iv|v)\)\s+")


def enumerated_finding_not_carried(found: list, text: str) -> list:
    """A number in a sentence that enumerates the paper's findings ("We find: (1) distilled models
    memorize … less (reducing memorization by more than 50%); (2) …", "1) Input vs. readout: repairing
    the prompt recovers <=23% of failures, …") reports one finding of an analysis across the paper's
    settings, and is not put on the paper's one dataset or benchmark the sentence does not name
    (``carried``, ``implicit_proposed``): the gold leaves it unsaid. Span train: 8 such numbers in 3
    papers, 6 unsaid, 2 on the introduced benchmark; span dev 2, both unsaid."""
    if not ENUMERATED_FINDING.search(text):
        return found
    return [on_left_unsaid(f) if f[6] in PAPER_LEVEL_ON else f for f in found]


# "16% on a semantic parsing task", "4x with strong scaling on multiple GPUs": what a number is
# measured on, right after it (up to three words, "on"/"across", an article; "on average" is no place).
PLACE_LEAD = r"[\s)\]]*(?:[^\s,;()]+\s+){0,3}?"  # up to three words between the number and its place word
OWN_PLACE = re.compile(PLACE_LEAD + r"(?:on|across)\s+(?!average\b)(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
# "1.3% absolute improvement in WSJ and 2.3% in CTB": "in" before a capitalised word names a place too.
OWN_NAMED_PLACE = re.compile(PLACE_LEAD + r"(?:[Oo]n|[Aa]cross|in)\s+(?!average\b)(?:the\s+)?(?=[A-Z])")
# Where that place ends: a clause or list break.
PLACE_END = re.compile(r"[,;()]|\s(?:and|or|while|whereas|but|using|with|compared|than|over|by|respectively)\b|\.(?:\s|$)", re.IGNORECASE)


def _place_of(n: NumberMention, text: str, named_in: bool = False) -> tuple[int, int] | None:
    """Where ``n`` says it is measured, right after it (``OWN_PLACE`` to ``PLACE_END``), or None; with
    ``named_in``, also a capitalised name after "in" (``OWN_NAMED_PLACE``)."""
    place = OWN_PLACE.match(text, n.end) or (OWN_NAMED_PLACE.match(text, n.end) if named_in else None)
    if place is None:
        return None
    end = PLACE_END.search(text, place.end())
    return place.end(), end.start() if end else len(text)


def on_named_elsewhere(found: list, text: str, ents: list[tuple[int, int, str, int]], refers_back: frozenset[str] = frozenset()) -> list:
    """A number measured on a place named right after it that is no dataset or benchmark ("reduces
    error rate by as much as 87% on diagnostic tasks from the SCAN dataset and 16% on a semantic
    parsing task", "1.8x on MT-bench and 4x with strong scaling on multiple GPUs") is not on the
    dataset or benchmark that is another number's own place ("87% on … SCAN", "ADE20K (+1.11 mIoU)"):
    the gold leaves it unsaid. A place that holds a dataset or benchmark is the number's own
    (``_own_on``), one that holds a metric says what is measured ("1.000 on unlearning efficacy"),
    and one with a word of ``refers_back`` ("on the test set", "on our benchmark tasks") is a named
    set's part. Where the name is the sentence's setting, no other number's ("Experiments on the
    FactKG dataset …, by 9%-12% accuracy points across multiple categories"), the number keeps it
    (span train, without that check: 7 more firings, 6 of them wrong); so do the names carried from
    beyond the sentence (5 firings, 3 wrong). Train: 6 fire, 6 right."""
    spans = {i: (s, e) for s, e, label, i in ents if label in ON_LABELS}
    out = []
    for k, f in enumerate(found):
        n, on = f[0], f[3]
        place = _place_of(n, text, named_in=True) if on in spans and f[6] in ("same_clause", "model") else None
        if place is not None:
            inside = [(label, i) for s, e, label, i in ents if place[0] <= s < place[1]]
            words = WORD.findall(text[place[0] : place[1]])
            s_on, e_on = spans[on]

            def owns(m: NumberMention) -> bool:  # "87% on … SCAN", "ADE20K (+1.11 mIoU)"
                other = _place_of(m, text, named_in=True)
                return (other is not None and other[0] <= s_on < other[1]) or bool(re.fullmatch(r"\s*[(\[]\s*", text[e_on : m.start]))
            if words and len(words) <= 8 and not any(w.lower() in refers_back for w in words) \
                    and not any(label in ON_LABELS + OF_LABELS + ("Metric",) for label, _ in inside) \
                    and any(owns(g[0]) for j, g in enumerate(found) if j != k):
                f = on_left_unsaid(f)
        out.append(f)
    return out


# "on Spider 1.0 it reaches 88.45%", "on SimplerEnv with 70.9% success rate": a place named right
# before the number, with at most a subject, a verb of attainment and a few words of measure between.
PLACE_CUE_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)
PLACE_TO_NUMBER = re.compile(r"(?:\s+(?:dataset|benchmark|test\s+set|dev(?:elopment)?\s+set))?\s*(?:(?:it|they|we)\s+)?"
                             r"(?:" + ATTAIN_VERBS + r"\s+)?(?:with\s+)?(?:(?:a|an|only|just|up\s+to|over|about|around|nearly)\s+)*"
                             r"(?:(?!(?:and|or|while|whereas|but|by|than|over|to|from|vs)\b)[A-Za-z][\w@.-]*\s+){0,3}?(?:of\s+)?",
                             re.IGNORECASE)


def place_named_right_before(found: list, text: str, ents: list[tuple[int, int, str, int]], not_measured_after: frozenset[str]) -> list:
    """A number right after a dataset or benchmark that "on" or "in" introduces ("On BIRD, LitE-SQL
    achieves 72.10% …, and on Spider 1.0 it reaches 88.45%", "performance on SimplerEnv with 70.9%
    success rate, and 12.7% improvement over OpenVLA on LIBERO") is measured there, not on the
    sentence's opening place nor on one named after it: between the name and the number stand at
    most a subject pronoun, a verb of attainment, "with" and a few words of its measure
    (``PLACE_TO_NUMBER``), no other number nor name of a place. Not a set a model was trained on
    ("pre-trained on ImageNet-21k with 15.3x fewer": a word of ``not_measured_after`` before "on"),
    nor a number that names its own place after it ("88% on Spider"), nor the own place of a number before
    it ("46.8% Hits@1 on the WN18RR dataset, 37.8% MRR": no comma may stand between)."""
    places = sorted((s, e, i) for s, e, label, i in ents if label in ON_LABELS)
    starts = [f[0].start for f in found]
    out = []
    for f in found:
        n, on = f[0], f[3]
        before = [(s, e, i) for s, e, i in places if e <= n.start]
        if not before or on == before[-1][2] or f[6] == "respectively":
            out.append(f)
            continue
        s, e, i = before[-1]
        cue = PLACE_CUE_BEFORE.search(text, 0, s)
        said_before = WORD.findall(text[max(0, s - 40) : cue.start()]) if cue else []
        own_after = _place_of(n, text)
        if (cue is None or not PLACE_TO_NUMBER.fullmatch(text, e, n.start) or any(e <= m < n.start for m in starts)
                or any(p is not None and p[0] <= s < p[1] for p in (_place_of(g[0], text) for g in found if g[0].end <= s))
                or (said_before and said_before[-1].lower() in not_measured_after)
                or (own_after is not None and any(own_after[0] <= s2 < own_after[1] for s2, _, _ in places))):
            out.append(f)
            continue
        out.append(f[:3] + (i,) + f[4:6] + ("same_clause",) + f[7:])
    return out


def place_named_as_a_source(found: list, text: str, ents: list[tuple[int, int, str, int]], source_heads: frozenset[str]) -> list:
    """A dataset the sentence names only as where a model or its weights come from ("It outperformed
    ImageNet baselines …, including on external validation (MOST AUROC: 0.701 vs. 0.599)", "a
    substantial improvement over ImageNet only initialization (94.63% F1)"): each of its mentions in
    the sentence is followed by a word of ``source_heads`` (baselines, pretraining, initialization,
    weights …). It is no place a number is measured on: the number's benchmark is left unsaid."""
    if not source_heads:
        return found
    spans = [(s, e, i) for s, e, label, i in ents if label in ON_LABELS]
    out = []
    for f in found:
        said = [WORD.findall(text[e : e + 40])[:2] for s, e, i in spans if i == f[3]]
        if said and all(words and (words[0].lower() in source_heads or (words[0].lower() == "only" and words[1:]
                                                                      and words[1].lower() in source_heads)) for words in said):
            f = on_left_unsaid(f)
        out.append(f)
    return out


def carried_metrics(found: list, text: str) -> list:
    """"58.0% accuracy, surpassing the previous best by 3.6%", "82% accuracy on StepGame and 69%
    on SparQA", "8.6% WER, which is a 24.5% improvement", "91% pass@1 accuracy, surpassing GPT-4 that
    achieves 80%" (a number right after a verb of attainment): a number whose clause gives it no metric
    and that names no measure of its own is on the metric of the number read before it in the
    sentence (the gold carries it over); past the start of another clause only after a verb of attainment
    ("GPT-4 reaches 86.4% accuracy, while OPT-IML reaches 67.2%", but not "86.15 mAP50 while reducing
    energy … by 20.6%": ``CARRY_BREAK``)."""
    out, last = [], None
    place = {}
    if "respectively" in text.lower():  # "98.6% accuracy and 99.1% AUC, … by 14.9% and 9.9%, respectively"
        for members in _lists([(f[0].start, f[0].end) for f in found], text):
            if len(members) > 1 and all(found[k][4] is None for k in members):
                earlier = [f[4] for f in found[: members[0]] if f[4] is not None][-len(members) :]
                if len(earlier) == len(members) and len(set(earlier)) == len(earlier):
                    place.update(zip(members, earlier))
    last_end = 0
    for k, f in enumerate(found):
        n = f[0]
        before = WORD.findall(text[max(0, n.start - 30) : n.start].lower())[-1:]
        after = (WORD.findall(text[n.end : n.end + 30].lower()) or ["."])[:1]
        if k in place:
            f = f[:4] + (place[k],) + f[5:7] + ("carried",)
        elif (f[4] is None and last is not None and n.unit in CARRIED_UNITS and after[0] in CARRY_AFTER and (ATTAIN_WORD.fullmatch(before[0] if before else "")
              or (set(before) <= CARRY_BEFORE and not CARRY_BREAK.search(text, last_end, n.start)))):
            f = f[:4] + (last,) + f[5:7] + ("carried",)
        if f[4] is not None:
            last, last_end = f[4], n.end
        out.append(f)
    return out


def respectively_places_in_order(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """"82.6% on GSM8K and 40.6% on MATH …, surpassing previous models by 14.2% and 20.8%, respectively": a
    "respectively" list that names no dataset or benchmark after it and is read on one place (or none) takes, in
    order, the places of as many numbers right before it in the sentence, each measured on its own one named right
    after it ("N on X"), as ``carried_metrics`` does with their metrics."""
    if "respectively" not in text.lower():
        return found
    on_spans = [(s, i) for s, _, label, i in ents if label in ON_LABELS]
    out = list(found)
    for members in _lists([(f[0].start, f[0].end) for f in found], text):
        if len(members) < 2 or members[0] < len(members) or any(s >= found[members[-1]][0].end for s, _ in on_spans):
            continue
        if len({found[k][3] for k in members}) > 1:
            continue
        earlier = found[members[0] - len(members) : members[0]]
        places = [f[3] for f in earlier]
        if None in places or len(set(places)) != len(places) or not all(
                any(i == f[3] and s >= f[0].end and ON_AFTER.fullmatch(text[f[0].end : s]) for s, i in on_spans) for f in earlier):
            continue
        for k, place in zip(members, places):
            out[k] = out[k][:3] + (place,) + out[k][4:6] + ("in_order",) + out[k][7:]
    return out


# What may stand between a number and a metric that closes its clause, once the datasets or
# benchmarks there are taken out: "2.8% on Wiki-One by the metric Hits@10", "4.01% in F1@5".
TRAILING_METRIC_GAP = re.compile(r"\s*(?:(?:on|in|for)\s+(?:the\s+)?\s*(?:and\s+)?)*(?:in(?:\s+terms\s+of)?|by(?:\s+the\s+metrics?)?|as|w\.r\.t\.)\s+(?:the\s+)?",
                                 re.IGNORECASE)
# Words that end a parallel run of numbers: another clause begins.
PARALLEL_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but|although|though|which|with)\b", re.IGNORECASE)


def trailing_metric_shared(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """"outperforming the unsupervised method by 2.44% and LLM baselines by 4.01% in F1@5",
    "improvements of 8.0% on NELL-One and 2.8% on Wiki-One by the metric Hits@10": a metric that
    closes a run of parallel numbers ("X by a and Y by b in M") is every one's of them that has
    none; the numbers share a unit and no other metric or clause break stands between them."""
    metrics = {i: (s, e) for s, e, label, i in ents if label == "Metric"}
    on_spans = [(s, e) for s, e, label, _ in ents if label in ON_LABELS]
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        n, later = out[k][0], out[k + 1]
        m = later[4]
        if out[k][4] is not None or m is None or m not in metrics or later[0].unit != n.unit or out[k][1] != later[1]:
            continue
        ms, _ = metrics[m]
        if ms < later[0].end:
            continue
        gap = list(text[later[0].end : ms])
        for s, e in on_spans:
            if later[0].end <= s and e <= ms:
                gap[s - later[0].end : e - later[0].end] = " " * (e - s)
        between = text[n.end : later[0].start]
        if (TRAILING_METRIC_GAP.fullmatch("".join(gap)) and re.search(r"\band\b|,", between) and not PARALLEL_BREAK.search(between)
                and not any(n.end <= metrics[i][0] < later[0].start for i in metrics)):
            out[k] = out[k][:4] + (m,) + out[k][5:7] + ("carried",) + out[k][8:]
    return out


def metric_list_in_passing(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """"the best results evaluated by BLEU, CIDEr, METEOR and ROUGE-L metrics with significant gains of up
    to 18% on MSVD": a number far after a list of metrics (more than four words between, none that lead
    into it) sums them up and is none's; the gold leaves its metric unsaid. A list that leads into its
    number ("an accuracy, precision, recall, and F1-score of 0.82", "F1 scores remain above 0.83") is each one's."""
    listed = {i: names for names in _name_lists(ents, ("Metric",), text) if len(names) > 1 for _, _, i in names}
    size = {k: len(members) for members in _lists([(f[0].start, f[0].end) for f in found], text) for k in members}
    out = []
    for k, f in enumerate(found):
        names = listed.get(f[4])
        if names is not None and names[-1][1] <= f[0].start and size[k] != len(names):  # not a list paired in order
            gap = text[names[-1][1] : f[0].start]
            if len(gap.split()) > 4 and not _leads_into(gap):
                f = f[:4] + (None,) + f[5:]
        out.append(f)
    return out


def paper_level_roles(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext,
                      entities_before: int | None, background: bool = False) -> list:
    """A name from beyond the sentence is a number's only once the paper has named it.

    - The paper's proposed model (``implicit_proposed``, ``ours_in_clause``) and the benchmark it
      introduces (``implicit_proposed``) are dropped where they are named only after the sentence
      ("… reaches 61.2%. We introduce MedHalu, …"): the gold leaves these unsaid.
    - "We evaluate on WSJ. … Our LSD model achieves 12.9% WER": in a paper that evaluates on one
      dataset or benchmark, named before the sentence, a number whose sentence names none and
      speaks of no several sets is on it (``carried``; the gold carries it over).

    - "Although the new FP4 Tensor Cores offer up to 4x speedup over FP16, …" before the abstract's
      first sentence in the authors' voice (``background``): the number is the field's, not the
      paper's, so the paper's own model chosen from beyond the sentence (``implicit_proposed``, or
      the learned attribution's pick of a name the sentence does not hold) is dropped. Train: 4
      such numbers, the gold gives 3 to no model and 1 to another proposal kg missed.

    ``entities_before``: how many of the paper's entities start before the sentence (``None``:
    unknown, nothing is changed)."""
    if background:
        named = {i for _, _, _, i in ents}
        found = [f[:2] + (None,) + f[3:5] + ("none",) + f[6:] if f[5] == "implicit_proposed" or (f[5] == "model" and f[2] is not None and f[2] not in named)
                 else f for f in found]
    if entities_before is None:
        return found

    def named_before(entity: int, among: tuple[int, ...]) -> bool:
        return min((i for i in among if context.fold_of.get(i) == context.fold_of.get(entity)), default=-1) < entities_before
    out = []
    for f in found:
        if f[5] in ("implicit_proposed", "ours_in_clause") and not named_before(f[2], context.proposed):
            f = f[:2] + (None,) + f[3:5] + ("none",) + f[6:]
        if f[6] == "implicit_proposed" and not named_before(f[3], context.proposed_on):
            f = on_left_unsaid(f)
        out.append(f)
    evaluated = sole_evaluated_on(context)
    if (evaluated is None or any(label in ON_LABELS for _, _, label, _ in ents) or SEVERAL_SETS.search(text)
            or not named_before(evaluated, context.evaluated_on)):
        return out
    return [f[:3] + (evaluated,) + f[4:6] + ("carried",) + f[7:] if f[3] is None else f for f in out]


# "1% of the global population", "less than 0.15% of the image": a share of things ("of the time" is a rate).
SHARE_OF_THINGS = re.compile(r"\s*of\s+(?!(?:the\s+)?time\b)(?:the\s+)?[a-z]", re.IGNORECASE)


def background_shares_dropped(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """A percentage of things in a background sentence (before the abstract's first one in the
    authors' voice) whose clause names no metric ("Stuttering affects approximately 1% of the global
    population", "In one study, only 3% of the candidate materials showed superconductivity") is a fact
    of the field, not a result: the gold reads none."""
    out = []
    for f in found:
        n = f[0]
        if n.unit == "%" and n.from_value is None and SHARE_OF_THINGS.match(text, n.end):
            lo, hi = clause_bounds(text, n.start, n.end)
            if not any(label == "Metric" and lo <= s and e <= hi for s, e, label, _ in ents):
                continue
        out.append(f)
    return out


@functools.lru_cache(maxsize=8)
def own_kind_pattern(kinds: frozenset[str]) -> re.Pattern:
    """"our/the/this … <kind word>" for the lexicon's kind words: built once, not for every paper."""
    return re.compile(r"\b(?:our|the|this)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(map(re.escape, sorted(kinds))) + r")\b", re.IGNORECASE)


def proposal_the_sentence_names(found: list, text: str, context: PaperContext, kinds: frozenset[str]) -> list:
    """A number given the paper's first proposal from beyond its sentence (``implicit_proposed``,
    ``ours_in_clause``) is another proposal's where the sentence names that one, and no other,
    before the number: written in any case ("our multi-modal reinforced training … achieving
    +2.9%", the name read only as the title writes it) or by the kind word its name ends in ("The
    full pipeline improves performance by 7.5%", "Enhanced SAM3 ReID Pipeline" proposed; ``kinds``:
    ``results.json`` ``title_lead_heads``)."""
    folds = {context.fold_of.get(i): i for i in context.proposed}
    if len(folds) < 2 or not kinds:
        return found
    own_kind = own_kind_pattern(kinds)
    out = []
    for f in found:
        if f[5] in ("implicit_proposed", "ours_in_clause") and f[2] is not None:
            before = text[: f[0].start]
            written = f"-{fold_name(before)}-"
            said = {m.group(1).lower() for m in own_kind.finditer(before)}
            named = {fold for fold in folds if fold and (f"-{fold}-" in written or {fold.rsplit("-", 1)[-1] + end for end in ("", "s", "es")} & said)}
            if len(named) == 1 and (owner := next(iter(named))) != context.fold_of.get(f[2]):
                f = f[:2] + (folds[owner],) + f[3:]
        out.append(f)
    return out


def ownerless_gain_not_on_introduced(found: list) -> list:
    """A gain that no model or method owns ("refusal rates increased by an average of 6.38%",
    "reduce rank displacement by 55--74%") is not put on the benchmark the paper introduces
    (``implicit_proposed``) when its sentence names none: a gain compares two systems, and
    with neither named the gold leaves the benchmark unsaid (span train: 11 such numbers
    unsaid, 2 on the introduced benchmark). A change "from X to Y" is a score on it and stays."""
    return [on_left_unsaid(f)
            if f[6] == "implicit_proposed" and f[2] is None and f[1] == "gain" and f[0].from_value is None else f for f in found]


ROLE_SLOTS = {"of": 2, "on": 3, "metric": 4}


def result_candidates(text: str, ents: list[tuple[int, int, str, int]], found: list, context: PaperContext,
                      roles: Iterable[str] = tuple(ROLE_SLOTS), paper_level: Iterable[str] = ("of",)) -> list[dict[str, list[tuple[int, list[str]]]]]:
    """For each result ``read_results`` found: per role of ``roles``, (entity index, features)
    of every candidate the learned attribution scores (``kg.extract.result_model``); the
    roles of ``paper_level`` also take the paper's proposed / evaluated-on names."""
    number_lists = _lists([(f[0].start, f[0].end) for f in found], text)
    place = {k: (j, len(members)) for members in number_lists for j, k in enumerate(members)}
    name_place = {}
    for labels in ROLE_LABELS.values():
        for names in _name_lists(ents, labels, text):
            for j, (_, _, i) in enumerate(names):
                name_place[i] = (j, len(names))
    out = []
    for k, f in enumerate(found):
        n = f[0]
        others = tuple((g[0].start, g[0].end) for j, g in enumerate(found) if j != k)
        view = NumberView(n.start, n.end, n.unit, f[1], n.pattern, *place[k], others=others)
        rule_how = {"of": f[5], "on": f[6], "metric": "same_clause"}
        per_role = {}
        for role in roles:
            slot = ROLE_SLOTS[role]
            cands = role_candidates(role, ents, n.start, n.end, context, role in paper_level)
            per_role[role] = [(c.entity, candidate_features(role, text, view, c, cands, ents, context, f[slot], rule_how[role],
                                                            name_place.get(c.entity) if c.start is not None else None)) for c in cands]
        out.append(per_role)
    return out


# A name and the bracket its number stands in: "GPT-4 (2.92%)", "ClinicalBERT [MAE 1.24", "a DeepLabV3 baseline (41.0%".
OWNER_BRACKET = re.compile(r"\s*[(\[]\s*(?:[\w@-]+\s+){0,2}")


def _bracketed_owner(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]]) -> int | None:
    """The model or method right before the bracket that ``n`` stands in (or None)."""
    before = [(e, i) for s, e, label, i in ents if e <= n.start and label in OF_LABELS]
    if not before:
        return None
    gap = text[before[-1][0] : n.start]
    if OWNER_BRACKET.fullmatch(gap) or (gap == " " and (n.unit == "%" or "." in text[n.start : n.end])):
        return before[-1][1]  # "(e.g., DoRA 87.9%)": a name and its score side by side
    return None


def _relative_owner(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]], base_before: re.Pattern | None = None) -> int | None:
    """The model or method a relative clause that holds ``n`` hangs on ("surpassing GPT-4 that
    achieves 80%": GPT-4's own score, as the rules read it), or None. A base named right before the
    clause ("Zorba, a 7B SLM based on Quoll-7B, which achieves 86.8%") passes it to the name before
    the base's phrase (Zorba), if any."""
    before = [(s, e, i) for s, e, label, i in ents if e <= n.start and label in OF_LABELS]
    if not before or not RELATIVE_CLAUSE.fullmatch(text[before[-1][1] : n.start]):
        return None
    if not base_named(text, max(0, before[-1][0] - 40), before[-1][0], base_before):
        return before[-1][2]
    return made_from_base(before, text, clause_bounds(text, n.start, n.end)[0], base_before)


# The word after a name: "CLIP Recall score", "CLIP-similarity".
WORD_AFTER = re.compile(r"[\s-]*([A-Za-z]+)")


def scorers_named_after(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]], heads: frozenset[str]) -> frozenset[int]:
    """Models or methods the sentence names only after ``n``, in its clause, each right before one of
    ``heads`` ("reaches 0.90 R@1 CLIP Recall score", "by 7.5 percent in CLIP similarity"): the model
    the measure is taken with, not the one whose number it is (CLIPScore, BERTScore)."""
    if not heads:
        return frozenset()
    hi = clause_bounds(text, n.start, n.end)[1]
    said = {}
    for s, e, label, i in ents:
        if label in OF_LABELS:
            m = WORD_AFTER.match(text, e)
            said.setdefault(i, []).append(n.end <= s and e <= hi and m is not None and m.group(1).lower() in heads)
    return frozenset(i for i, scorer in said.items() if all(scorer))


def model_attribution(model: ResultModel, text: str, ents: list[tuple[int, int, str, int]], found: list, context: PaperContext,
                      comparison: frozenset[str] = frozenset(), scorer_heads: frozenset[str] = frozenset(),
                      base_before: re.Pattern | None = None) -> list:
    """``found`` with the roles the model decides chosen by it; a role it gives another
    entity (or none) than the rules did says so in its rule (``model``). A scorer named in the
    number's measure (``scorers_named_after``) is no candidate for its owner."""
    out = []
    for f, per_role in zip(found, result_candidates(text, ents, found, context, model.decides, model.paper_level)):
        f = list(f) + ["same_clause"]  # how the metric was found
        scorers = scorers_named_after(f[0], text, ents, scorer_heads)
        if scorers:
            per_role["of"] = [(i, feats) for i, feats in per_role.get("of", []) if i not in scorers]
            if f[2] in scorers:
                f[2], f[5] = None, "none"
        for role in model.decides:
            slot = ROLE_SLOTS[role]
            owner = _bracketed_owner(f[0], text, ents) if role == "of" else None
            given = given_for(f[0], text, ents) if role == "of" and owner is None and _own_score(f[0], text) else None
            if given is None and owner is None and role == "of":
                given = _relative_owner(f[0], text, ents, base_before)  # "surpassing GPT-4 that achieves 80%"
            if given is not None:  # "0.41 by ChatGPT and 0.36 by Codex": the score is the name's own
                f[slot], f[5] = given, "same_clause"
                continue
            if owner is not None:  # "higher than GPT-4 (2.92%)", "ClinicalBERT [MAE 1.24]": the bracket gives the number to the name
                f[slot], f[5] = owner, f[5] if owner == f[slot] else "same_clause"
                n = f[0]
                if not (n.signed or n.from_value is not None or n.unit in ("x", "points")):
                    f[1] = "absolute"  # "outperforms baselines including ReAct (59%)": ReAct's own score, not a gain
                continue
            if role == "of" and (compared_ones(f[0], text, [e for e in ents if e[2] in OF_LABELS], comparison) or no_model_score(f[0], text, ents, start_of_a_change(f[0], text))):
                f[slot], f[5] = None, "none"
                continue
            choice = model.choose(role, [(i, model.probability(role, feats)) for i, feats in per_role[role]], f[slot])
            same = choice == f[slot] or (choice is not None and f[slot] is not None and context.fold_of.get(choice) == context.fold_of.get(f[slot]))
            if not same:
                f[slot] = choice
                how_slot = {"of": 5, "on": 6, "metric": 7}[role]
                f[how_slot] = "model" if choice is not None else "none"
        out.append(tuple(f))
    return clause_owner_shared(out, text, ents, comparison) if "of" in model.decides else out


# What stands between a score and the one it is set against: "(0.83 vs. 0.75)", "a score of 90.9%, compared to 87.3%".
AGAINST_GAP = re.compile(r"\s*(?:vs\.?|versus)\s*|\s*,?\s*(?:compared\s+(?:to|with)|as\s+against)\s+(?:only\s+|just\s+)?", re.IGNORECASE)
# A word that sets what follows it against the sentence's subject ("better than X", "compared to X", "outperforming X").
COMPARISON_CUE = re.compile(r"\b(?:than|over|versus|vs\.?|compared\s+(?:to|with)|relative\s+to|against|outperform\w*|surpass\w*|"
                            r"beat(?:s|ing)?|exceed\w*)\b", re.IGNORECASE)


# A verb by which the sentence's subject beats the one it names next ("our approach outperforms the Mistral-7B
# baseline", "significantly higher than GPT-4"), inside the sentence (not an opening "Compared to X, …").
BEATING_CUE = re.compile(r"(?<!-)\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|than|over)\b", re.IGNORECASE)
# Between the cue and a name, what makes the name the subject of a clause of its own ("more feasible than
# attention-level probabilities, and that M-measure …", "over HarmBench …, whereas Qwen3Guard …").
NEW_SUBJECT = re.compile(r"\b(?:that|we|whereas|while|but|although|though|which)\b|;", re.IGNORECASE)
# What joins the beaten one to the winner's number: "by 13.64%", "with … increases in accuracy to 81.8%",
# "setting a new state-of-the-art with an accuracy of over 90%"; not "vs", a relative clause or another clause.
WINNERS_MARGIN = re.compile(r"\b(?:by|with)\b", re.IGNORECASE)
NOT_THE_WINNERS = re.compile(r"\b(?:vs\.?|versus|which|that|who|whose|respectively)\b|;", re.IGNORECASE)


def beaten_ones_number_is_the_winners(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext) -> list:
    """A number after the model or method the sentence's subject beats, joined to it by "by" or
    "with" ("our approach outperforms the Mistral-7B SFT baseline on GSM8K …, with substantial
    increases in accuracy to 81.8%", "outperforming GPT-4 with ReAct on API-Bank by 13.64%") is
    the winner's: the model or method named before the cue, else nobody's (the paper-level
    rules may give it the proposal). The beaten one's own score stands in a bracket after it or
    is set against the winner's ("20.4% versus 8.8%"): those are left to the other rules."""
    fold = context.fold
    of_ents = sorted((s, e, i) for s, e, label, i in ents if label in OF_LABELS)
    cues = [c for c in BEATING_CUE.finditer(text) if text[: c.start()].strip() and not LEADING_ADVERBIAL.fullmatch(text[: c.start()])]
    out = []
    for f in found:
        n = f[0]
        named = [(s, e) for s, e, i in of_ents if f[2] is not None and fold(i) == fold(f[2]) and e <= n.start]
        if not named or not cues or given_for(n, text, ents) is not None:
            out.append(f)
            continue
        s, e = named[-1]
        gap = text[e : n.start]
        beaten = [c for c in cues if c.end() <= s and not NEW_SUBJECT.search(text, c.end(), s)]
        if (not beaten or not WINNERS_MARGIN.search(gap) or NOT_THE_WINNERS.search(gap)
                or any(e <= s2 < n.start and not re.fullmatch(r"\s*\(\s*", text[e:s2]) for s2, _, _ in of_ents)):  # "X (SFT) baseline"
            out.append(f)
            continue
        winners = [i for s2, _, i in of_ents if s2 < beaten[0].start() and fold(i) != fold(f[2])]
        owner = winners[-1] if winners else None
        out.append(f[:2] + (owner,) + f[3:5] + ("same_clause" if owner is not None else "none",) + f[6:])
    return out


def winner_and_beaten_scores(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """"Outperforming Chinchilla on MMLU by 41.3% to 35.7%": a falling pair after "by" is no range
    of gains (a range rises: "by 3 to 4 points") but the two scores, the first the winner's, the
    second the beaten one's (the model or method named after the beating cue before it)."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not (re.fullmatch(r"\s*to\s*", text[a[0].end : b[0].start]) and re.search(r"\bby\s+$", text[: a[0].start])
                and a[0].unit == b[0].unit and a[0].value > b[0].value and a[0].from_value is None and not a[0].signed):
            continue
        cues = [c for c in BEATING_CUE.finditer(text, 0, a[0].start) if text[: c.start()].strip()]
        beaten = [i for s, _, label, i in ents if label in OF_LABELS and cues and cues[-1].end() <= s < a[0].start]
        if beaten and beaten[0] != a[2]:
            out[k] = a[:1] + ("absolute",) + a[2:]
            out[k + 1] = b[:1] + ("absolute", beaten[0]) + b[3:5] + ("compared",) + b[6:]
    return out


def versus_score_is_the_compared_ones(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext) -> list:
    """Of two scores set against each other ("GPT-4 performed better than the LSTM-Att model
    (macro F1 of 0.83 vs. 0.75)", "a score of 90.9%, compared to 87.3%"), the second is not the
    first one's owner's: it is the compared one's, the model or method named after a comparison
    cue nearest before the pair ("than the LSTM-Att model", "Compared to the Qwen3-32B base
    model", "outperforming Chinchilla …, and PaLM 540B … 20.4% versus 8.8%"), else the first one
    named after it, or nobody's where no cue names one. A second score given "for" or "by" a name
    keeps it ("42.66 for Gemini-2.5-Pro vs. 30.45 for GLM-4.5V"), and so does a pair whose owner is
    named after a comparison cue inside the sentence (it is on the compared side already)."""
    fold = context.fold
    of_ents = sorted((s, i) for s, _, label, i in ents if label in OF_LABELS)
    cues = list(COMPARISON_CUE.finditer(text))
    # the cues inside the sentence, not one it opens with ("Compared to the Qwen3-32B base model, IntelliAsk …")
    inner = [c for c in cues if text[: c.start()].strip() and not LEADING_ADVERBIAL.fullmatch(text[: c.start()])]
    # what the sentence compares with: the first name after each cue, and every name after one inside the
    # sentence ("outperforming Chinchilla on MMLU …, and PaLM 540B on MATH"), not the subject after an opening one
    compared = {i for c in cues for i in [next((i for s, i in of_ents if s >= c.end()), None)] if i is not None}
    compared |= {i for s, i in of_ents if inner and s >= inner[0].end()}
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if b[2] is None or not (b[5] in ("implicit_proposed", "ours_in_clause") or (a[2] is not None and fold(a[2]) == fold(b[2]))) \
                or not AGAINST_GAP.fullmatch(text[a[0].end : b[0].start]):
            continue
        if given_for(b[0], text, ents) is not None or given_for(a[0], text, ents) is not None:
            continue
        named = [s for s, i in of_ents if a[2] is not None and fold(i) == fold(a[2]) and s < a[0].start]
        if named and inner and named[-1] > inner[0].start():
            continue  # "outperforming Chinchilla …, and PaLM 540B on MATH with a score of 20.4% versus 8.8%" read as PaLM's
            # pair: its owner is on the compared side already, and which of the two is whose the rules cannot tell
        others = [(s, i) for s, i in of_ents if i in compared and fold(i) not in (fold(a[2]), fold(b[2]))]
        before = [i for s, i in others if s < a[0].start]
        owner = before[-1] if before else (others[0][1] if others else None)
        out[k] = b[:2] + (owner,) + b[3:5] + ("compared" if owner is not None else "none",) + b[6:]
    return out


# A bracket a pair of scores opens right after a name, a measure's label allowed first: "(93.9% vs 94.3% on GSM8K)",
# "(AUP: 0.89 vs. 0.91)".
PAIR_BRACKET = re.compile(r"\s*\(\s*(?:[A-Za-z][\w@-]*\s*[:=]\s*)?")


def versus_pair_after_the_compared(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext,
                                   pair_cue: re.Pattern | None) -> list:
    """Two scores set against each other in a bracket right after the model or method a comparison cue
    names ("MNL nearly matches Supervised Fine-Tuning (93.9% vs 94.3% on GSM8K)", "T-SHAP improves
    reliability compared to standard SHAP (AUP: 0.89 vs. 0.91)") are, in order, the subject's (the model
    or method named last before the cue, in the same clause) and the compared one's. The cues: the
    comparison words (``COMPARISON_CUE``) and the verbs of ``results.json`` ``pair_compared_verbs``
    ("matches", "rivals")."""
    fold = context.fold
    of_ents = sorted((s, e, i) for s, e, label, i in ents if label in OF_LABELS)
    cues = [c for pattern in (COMPARISON_CUE, pair_cue) if pattern is not None for c in pattern.finditer(text)]
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if not AGAINST_GAP.fullmatch(text[a[0].end : b[0].start]) or not re.search(r"\bv(?:s\.?|ersus)\b", text[a[0].end : b[0].start]):
            continue
        compared = [(s, e, i) for s, e, i in of_ents if e <= a[0].start and PAIR_BRACKET.fullmatch(text[e : a[0].start])]
        if not compared:
            continue
        y_start, _, y = compared[-1]
        cue = [c for c in cues if c.end() <= y_start and not re.search(r"[,;()]|\b(?:and|or)\b", text[c.end() : y_start].replace("compared to", ""))
               and len(text[c.end() : y_start].split()) <= 4]
        if not cue:
            continue
        subjects = [(s, i) for s, e, i in of_ents if e <= cue[-1].start() and not NEW_SUBJECT.search(text, e, cue[-1].start())
                    and not re.search(r"[,;]", text[e : cue[-1].start()])]
        if not subjects or fold(subjects[-1][1]) == fold(y):
            continue
        x = subjects[-1][1]
        out[k - 1] = a[:2] + (x,) + a[3:5] + ("same_clause",) + a[6:]
        out[k] = b[:2] + (y,) + b[3:5] + ("compared",) + b[6:]
    return out


def named_as_a_setting(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext, opener: re.Pattern | None) -> list:
    """A model or method named in a sentence's opening setting ("When powered by GPT-4o, it
    achieves a win rate of 76%", "By using ResNet, the performance is improved to 62.1%") is
    what the paper's own one runs with, not the owner of the numbers after it: those are the
    paper's proposed model's, where it has one that the setting does not name."""
    m = opener.match(text) if opener is not None and context.proposed else None
    if m is None:
        return found
    inside = {context.fold_of.get(i) for _, e, label, i in ents if e <= m.end() and label in OF_LABELS}
    after = {context.fold_of.get(i) for s, _, label, i in ents if s >= m.end() and label in OF_LABELS}
    ours = {context.fold_of.get(i) for i in context.proposed}
    if inside & ours:
        return found  # "Using our BMHRL, we …", "With Polisis, we can achieve 88.4%": the setting is the paper's own
    out = []
    for f in found:
        owner = context.fold_of.get(f[2]) if f[2] is not None else None
        if f[0].start >= m.end() and owner in inside and owner not in after:
            f = f[:2] + (context.proposed[0],) + f[3:5] + ("implicit_proposed",) + f[6:]
        out.append(f)
    return out


def clause_owner_shared(found: list, text: str, ents: list[tuple[int, int, str, int]], comparison: frozenset[str]) -> list:
    """A number left with no model or method takes the one that the other numbers of its clause
    were given, where the sentence gives its numbers one only ("With an accuracy of 86.68%,
    precision of 88.65% …, ResNet101V2 performed the best": each score is ResNet101V2's); not a
    compared one's or a baseline's score, nor a number of a "respectively" sentence."""
    owners = {f[2] for f in found if f[2] is not None}
    if len(owners) != 1 or "respectively" in text.lower():
        return found
    (owner,) = owners
    of_ents = [e for e in ents if e[2] in OF_LABELS]
    out = []
    for f in found:
        n = f[0]
        lo, hi = clause_bounds(text, n.start, n.end)
        if (f[2] is None and any(g[2] == owner and lo <= g[0].start < hi for g in found)
                and not (compared_ones(n, text, of_ents, comparison) or no_model_score(n, text, ents, start_of_a_change(n, text)))):
            f = f[:2] + (owner,) + f[3:5] + ("same_clause",) + f[6:]
        out.append(f)
    return out


class ResultExtractor:
    """Finds ``ResultHit`` records in each sentence, after entities and relations."""

    def __init__(self, nlp: Language, name: str, attribution: str = "model"):
        if attribution not in ATTRIBUTION_MODES:
            raise ConfigError(f"{name}: attribution {attribution!r} is not one of {ATTRIBUTION_MODES}")
        self.nlp = nlp
        self.name = name
        self.attribution = attribution
        self.cues: Cues | None = None
        self.data: dict = {}
        self.model: ResultModel | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_dir: str | None = None) -> None:
        directory = data_dir_or_default(data_dir)
        try:
            self.data = json.loads((directory / "results.json").read_text(encoding="utf-8"))
            self.cues = Cues.from_dict(self.data)
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(f"cannot read result cue words in {directory}: {exc}") from exc
        self.patterns = _patterns(self.cues)
        self.model = ResultModel.load(directory / RESULT_MODEL_FILE) if self.attribution == "model" else None

    def to_disk(self, path, exclude=()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / "results.json").write_text(json.dumps(self.data), encoding="utf-8")
        if self.model is not None:
            (Path(path) / RESULT_MODEL_FILE).write_text(self.model.to_json(), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> "ResultExtractor":
        self.initialize(data_dir=str(path))
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self.cues is None:
            raise ConfigError(f"{self.name} is not initialized: call initialize() (kg.extract.build_pipeline does)")
        doc._.kg_results = self.extract(doc)
        doc._.kg_relations = evaluated_by_results(doc, doc._.kg_results)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def extract(self, doc: Doc) -> list[ResultHit]:
        context = paper_context(doc, self.cues.title_lead_heads)
        ents = doc_ents(doc)
        hits: list[ResultHit] = []
        starts = [e.start_char for e in ents]
        echoes = echo_names(ents)
        lowers = token_words(doc)[1]
        sentences = sentence_list(doc)
        first_authorial = first_authorial_sentence([span_text(sent) for sent in sentences])
        for s_index, (sent, members) in enumerate(zip(sentences, entities_by_sentence(doc))):
            text = span_text(sent)
            if not any(c.isdigit() for c in text) and not any(w in self.cues.number_words for w in lowers[sent.start : sent.end]):
                continue
            # (the title is a sentence of its own: make_doc starts a sentence where the abstract does)
            base = sent.start_char
            spans = [(ents[i].start_char - base, ents[i].end_char - base, ents[i].label_, i) for i in members]
            spans = sorted(spans + echoed_mentions(text, spans, echoes)) if echoes else spans
            # "… reaches a 38.5% success rate. This performance surpasses GPT-4o (13.9%)": the previous sentence's measure
            previous = next((h.metric for h in reversed(hits) if h.sentence == s_index - 1 and h.metric is not None), None)
            hits.extend(self.sentence_results(text, base, s_index, spans, context, bisect_left(starts, base), previous,
                                              0 < s_index < first_authorial))
        return hits

    def sentence_results(self, text: str, base: int, s_index: int, spans: list[tuple[int, int, str, int]], context: PaperContext,
                         entities_before: int | None = None, previous_metric: int | None = None, background: bool = False) -> list[ResultHit]:
        """``spans``: the sentence's entities (start, end, label, entity index), offsets into ``text``;
        ``entities_before``: how many of the paper's entities start before the sentence; ``previous_metric``:
        the metric of the last number read in the sentence before (or None); ``background``: the sentence
        comes before the abstract's first one in the authors' voice (``first_authorial_sentence``)."""
        proposed = context.proposed[0] if context.proposed else None
        proposed_folds = frozenset(context.fold_of[i] for i in context.proposed)
        found = read_results(text, spans, proposed, proposed_folds, context.fold_of, self.cues, self.patterns, sole_proposed_on(context))
        if self.model is not None:
            found = named_as_a_setting(model_attribution(self.model, text, spans, found, context, self.cues.comparison, self.cues.scorer_heads,
                                                         self.cues.base_before),
                                       text, spans, context, self.cues.setting_opener)
        else:
            found = [f + ("same_clause",) for f in found]
        found = bracketed_names_after(found, text, spans)
        found = winner_and_beaten_scores(beaten_ones_number_is_the_winners(found, text, spans, context), text, spans)
        found = possessors_number(versus_score_is_the_compared_ones(found, text, spans, context), text, spans, self.cues.change_words)
        found = versus_pair_after_the_compared(found, text, spans, context, self.cues.pair_compared)
        found = trailing_metric_shared(carried_metrics(one_per_listed_metric(found, text, spans), text), text, spans)
        found = respectively_places_in_order(found, text, spans)
        found = paper_level_roles(found, text, spans, context, entities_before, background)
        if background:
            found = background_shares_dropped(found, text, spans)
        found = title_head_owns_paper_level_picks(found, text, spans, context)
        found = proposal_the_sentence_names(found, text, context, self.cues.title_lead_heads)
        found = one_number_over_several_sets(own_measure_not_the_earlier_ones(found, text, spans, self.cues.change_words), text, spans)
        found = on_counted_sets(found, text, spans, self.cues.counted_sets)
        # A speed-up or a time is not put on the paper's dataset or benchmark the sentence does not name.
        found = [on_left_unsaid(f) if f[6] in PAPER_LEVEL_ON and f[0].unit in self.cues.not_carried_on
                 else f for f in found]
        found = ownerless_gain_not_on_introduced(found)
        found = metric_list_in_passing(enumerated_finding_not_carried(on_a_task_not_carried(found, text, spans), text), text, spans)
        found = on_named_elsewhere(found, text, spans, self.cues.place_refers_back)
        found = place_named_as_a_source(place_named_right_before(found, text, spans, self.cues.place_not_measured_after), text, spans,
                                        self.cues.place_source_heads)
        if previous_metric is not None and ANAPHORIC_SCORE.match(text):
            found = [f[:4] + (previous_metric,) + f[5:7] + ("carried",) + f[8:] if f[4] is None else f for f in found]
        hits = []
        for n, kind, of, on, metric, how, on_how, metric_how in found:
            explicit = how in ("same_clause", "respectively", "model", "compared")
            confidence = 0.8 if n.unit else 0.7
            hits.append(ResultHit(
                start=base + n.start, end=base + n.end, text=text[n.start : n.end], value=n.value, unit=n.unit, kind=kind,
                from_value=n.from_value, low=n.low, sentence=s_index, sentence_text=text.strip(), of=of, on=on, metric=metric, rule=f"result_{n.pattern}",
                of_rule=how, confidence=confidence if explicit or of is None else round(confidence - 0.15, 2), on_rule=on_how, metric_rule=metric_how,
            ))
        return hits


def first_authorial_sentence(texts: list[str]) -> int:
    """The index of the first abstract sentence in the authors' voice ("we", "our", "this paper",
    "here"; the title, sentence 0, is not read), or 0 when no sentence is: the sentences between
    the title and that one set out the background, and only where the abstract later turns to
    its own work."""
    return next((k for k, text in enumerate(texts) if k and AUTHORIAL.search(text)), 0)


# The kinds of names a sentence may repeat without the recogniser finding them again.
ECHO_LABELS = ("Metric", "Model", "Method", "Dataset", "Benchmark")


def echo_names(ents) -> dict[str, tuple[str, int]]:
    """Each name the paper's recogniser found (of ``ECHO_LABELS``), as written: its type and first
    entity index; longest first, the order ``echoed_mentions`` claims text in."""
    out: dict[str, tuple[str, int]] = {}
    for i, e in enumerate(ents):
        if e.label_ in ECHO_LABELS and len(text := span_text(e)) > 1 and text not in out:
            out[text] = (e.label_, i)
    return {name: out[name] for name in sorted(out, key=len, reverse=True)}


def echoed_mentions(text: str, spans: list[tuple[int, int, str, int]], echoes: dict[str, tuple[str, int]]) -> list[tuple[int, int, str, int]]:
    """Where a sentence repeats a name the paper's recogniser found elsewhere but not here
    ("LightGBM exhibited a sensitivity of 100%" after "… accuracy, AUC and sensitivity"): the
    number's model, benchmark or metric is often that name (span train: the gold's names are in
    the sentence but unrecognised there for ~70 numbers). (start, end, type, entity index) of each."""
    taken = [(s, e) for s, e, _, _ in spans]
    out = []
    for name in echoes:
        if name not in text:
            continue  # most names are not in most sentences: no pattern to build
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append(m.span())
                out.append((m.start(), m.end(), *echoes[name]))
    return out


def sole_proposed_on(context: PaperContext) -> int | None:
    """The dataset or benchmark the paper introduces, when it introduces one name (else None)."""
    folds = {context.fold_of.get(i) for i in context.proposed_on}
    return context.proposed_on[0] if len(folds) == 1 else None


def sole_evaluated_on(context: PaperContext) -> int | None:
    """The dataset or benchmark the paper evaluates on, when it evaluates on one name (else None)."""
    folds = {context.fold_of.get(i) for i in context.evaluated_on}
    return context.evaluated_on[0] if len(folds) == 1 else None


def title_headline(ent: Span, title: str, abstract: str = "") -> bool:
    """A name that is the whole head of a "Head: subtitle" title and three words or more
    ("Explaining AI Without Code: A User Study …", "Revisiting Rule-Based Stuttering Detection: …")
    is the paper's headline, not its model's name. On span train the relation extractor makes such
    a head the paper's proposal in 72 papers (the gold agrees in 20); of the 18 with gold results,
    the gold gives numbers to it in 5. A coined name ("MOFDiff: …") is one word and stays, and so
    does a head the abstract writes again, in any case ("Counterfactual Multihop QA: …" and "we
    propose a novel counterfactual multihop QA"): a headline is not repeated, a name is."""
    head, colon, _ = title.partition(":")
    return (bool(colon) and ent.start_char == len(head) - len(head.lstrip()) and ent.text.strip() == head.strip()
            and len(ent.text.split()) >= 3 and not re.search(r"(?<![\w-])" + re.escape(head.strip()) + r"(?![\w-])", abstract, re.IGNORECASE))


TITLE_OPENING = re.compile(r"\s*(?:(?:a|an|the)\s+)?", re.IGNORECASE)
# What follows a title's opening name that is the paper's own: "… Network for Stock Movements
# Prediction", "Few-Shot Recalibration of Language Models", "MOFDiff: …".
TITLE_LEAD_AFTER = re.compile(r"\s*:|\s+(?:for|of)\b", re.IGNORECASE)
# "A Novel Self-training Approach for …", "A Trustable LSTM-Autoencoder Network for …": an article
# and a word or two that are no preposition before the opening name.
TITLE_OPENING_QUALIFIED = re.compile(r"\s*(?:a|an|the)\s+(?:(?!(?:of|for|on|in|with|to|and|or|from|by|via|at|using)\b)[A-Za-z]+\s+){1,2}",
                                     re.IGNORECASE)


def title_lead_kind(title: str, end: int, heads: frozenset[str]) -> bool:
    """The title's opening name is followed by what it is, the paper's own: "-based" ("CRF-based
    Named Entity Recognition") or a kind word (``results.json`` ``title_lead_heads``: approach,
    network, …) and then "for", "of", "to" or a colon ("Transfer Learning Approach for …")."""
    if re.match(r"-based\b", title[end:], re.IGNORECASE):
        return True
    kind = re.match(r"\s+([A-Za-z]+)(?:\s*:|\s+(?:for|of|to)\b)", title[end:])
    return kind is not None and kind.group(1).lower() in heads


def title_lead(ents: list[Span], title: str, heads: frozenset[str] = frozenset()) -> list[int]:
    """The model or method a title opens with ("Multi-modal Attention Network for Stock Movements
    Prediction", "A Hybrid Text Normalization System …"), as the paper's own where the relation
    extractor found it proposes none: its "our model achieves …" is that one's. A well-known
    name from the gazetteers ("BERT Embeddings for …") is one the paper uses, not its own. Span
    train: whole tuples right 840 -> 854 (the gold gives such numbers to that name). Only a name
    "for" or "of" something, or before a colon (``TITLE_LEAD_AFTER``), is the paper's own: the
    subject of a title ("Deep Research is the New Analytics System"), what it studies ("Adversarial
    Attacks on Knowledge Graph Embeddings", "Point-of-Interest Type Inference from Social Media
    Text") or a part ("Mel-spectrogram features for …", "Approximate k-space models and Deep
    Learning …") is not. Session 31, train: the lead then owned 9 numbers, the gold gives 2 to it
    and 7 to no model; the check drops 8 of them, 7 right. A lead followed by its kind ("Transfer
    Learning Approach for", "A Novel Self-training Approach for", "CRF-based …": ``title_lead_kind``)
    is the paper's own even when the gazetteers know it (session 35, train: see docs/history-results.md)."""
    first = next((i for i, e in enumerate(ents) if e.start_char < len(title)), None)
    if first is None or ents[first].label_ not in OF_LABELS or SHARED_TASK_TITLE.search(title):
        return []
    lead = ents[first]
    opening = TITLE_OPENING.fullmatch(title[: lead.start_char]) or TITLE_OPENING_QUALIFIED.fullmatch(title[: lead.start_char])
    if not opening:
        return []
    if title_lead_kind(title, lead.end_char, heads):
        return [first]  # "X Approach for", "X-based": the paper's own, a well-known name too
    plain = TITLE_OPENING.fullmatch(title[: lead.start_char]) and lead._.kg_rule != "gazetteer"
    return [first] if plain and TITLE_LEAD_AFTER.match(title, lead.end_char) else []


def title_head(ents: list[Span], proposed: list[int], title: str) -> int | None:
    """The proposed model or method that is the whole head of a "Name: subtitle" title ("AERIC:
    Anticipatory Hidden-State Monitoring for …", "Repulsor: Accelerating Generative Modeling with a
    Contrastive Memory Bank"), or None: the name the paper gives its own system."""
    head, colon, _ = title.partition(":")
    if not colon:
        return None
    start = len(head) - len(head.lstrip())
    return next((i for i in proposed if ents[i].start_char == start and ents[i].text.strip() == head.strip()), None)


def title_head_owns_paper_level_picks(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext) -> list:
    """A number the learned attribution gives to one of the paper's proposals that its sentence
    does not name (``model``) is the title head's (``title_head``), where the title opens with a
    proposed name ("AERIC: …", "Pramana: …") and the pick is another proposal: the paper's part or
    technique ("Anticipatory Hidden-State Monitoring", "Contrastive Memory Bank", "Fine-Tuning")
    beside its named system. Span train: 7 such numbers, the gold gives all 7 to the head. Runs
    after ``paper_level_roles``, so a number of the background keeps no owner."""
    head = context.title_head
    if head is None:
        return found
    named = {context.fold_of.get(i) for _, _, _, i in ents}
    written = f"-{fold_name(text)}-"  # "The contrastive memory bank alone reaches …": named, if not recognised
    ours = {context.fold_of.get(i) for i in context.proposed}
    out = []
    for f in found:
        owner = context.fold_of.get(f[2]) if f[2] is not None else None
        if (f[5] == "model" and owner in ours and owner not in named and f"-{owner}-" not in written
                and f"-{context.fold_of.get(head)}-" not in f"-{owner}-"):  # "Gyan AI Paramanu" is "Paramanu:" itself
            f = f[:2] + (head,) + f[3:5] + ("title_head",) + f[6:]
        out.append(f)
    return out


def paper_context(doc: Doc, title_heads: frozenset[str] = frozenset()) -> PaperContext:
    """The paper-level names a number may belong to: what the paper proposes (a Model or
    Method; a Dataset or Benchmark) and evaluates on (a Dataset or Benchmark), from the
    relation extractor's output; where it finds no proposed model or method, the one the title
    opens with (``title_lead``)."""
    ents = list(doc_ents(doc))
    relations = [h for h in doc._.kg_relations or () if h.head is None]
    title_end = doc._.kg_title_end if Doc.has_extension("kg_title_end") and doc._.kg_title_end else 0
    title, abstract = words_text(doc, 0, title_end), words_text(doc, title_end, len(doc))  # once, not per relation
    proposed = sorted({h.tail for h in relations if h.type == "PROPOSES" and ents[h.tail].label_ in OF_LABELS
                       and not SHARED_TASK_TITLE.search(ents[h.tail].text) and not title_headline(ents[h.tail], title, abstract)})
    if not any(ents[h.tail].label_ in OF_LABELS for h in relations if h.type == "PROPOSES"):
        proposed = title_lead(ents, title, title_heads)
    proposed_on = sorted({h.tail for h in relations if h.type == "PROPOSES" and ents[h.tail].label_ in ON_LABELS})
    evaluated = sorted({h.tail for h in relations if h.type == "EVALUATES_ON" and ents[h.tail].label_ in ON_LABELS})
    head = title_head(ents, proposed, title)
    return PaperContext(fold_of={i: fold_name(e._.kg_canonical or span_text(e)) for i, e in enumerate(ents)}, proposed=tuple(proposed), title_head=head,
                        evaluated_on=tuple(evaluated), in_title=frozenset(i for i, e in enumerate(ents) if e.start < title_end),
                        shape_of={i: name_shape(span_text(e)) for i, e in enumerate(ents)}, proposed_on=tuple(proposed_on))


def evaluated_by_results(doc: Doc, results: list[ResultHit]) -> list[RelationHit]:
    """The paper's relations, with EVALUATES_ON added for each dataset or benchmark the text
    gives one of its results on ("On 19 languages from the Universal Dependencies, our method is
    1.3% more accurate") where the relation extractor made it only USES or MENTIONS: a number
    the paper reports on a benchmark is an evaluation on it (Papers with Code's leaderboards list
    such a paper under that benchmark). A USES stays beside it ("trained on the Penn Treebank:
    93.55 F1"); a MENTIONS gives way. Only a benchmark the sentence names itself counts, not one
    carried from the paper's context."""
    relations = list(doc._.kg_relations or ())
    ents = doc_ents(doc)
    named_on = [r for r in results if r.on is not None and r.on_rule in NAMED_ON_RULES and ents[r.on].label_ in ON_LABELS]
    if not named_on:
        return relations  # most papers: nothing to fold
    folds = {i: fold_name(e._.kg_canonical or e.text) for i, e in enumerate(ents)}
    roles: dict[str, set[str]] = {}
    for h in relations:
        if h.head is None:
            roles.setdefault(folds[h.tail], set()).add(h.type)
    for r in named_on:
        fold = folds[r.on]
        if roles.setdefault(fold, set()) & {"EVALUATES_ON", "PROPOSES"}:
            continue
        relations = [h for h in relations if not (h.head is None and h.type == "MENTIONS" and folds[h.tail] == fold)]
        relations.append(RelationHit(None, "EVALUATES_ON", r.on, "result_on", 0.7, r.sentence))
        roles[fold] = {"EVALUATES_ON"}
    return relations


@Language.factory(
    "kg_result_extractor",
    assigns=["doc._.kg_results", "doc._.kg_relations"],
    requires=["doc.ents", "doc._.kg_relations", "token.is_sent_start"],
    default_config={"attribution": "model"},
)
def make_result_extractor(nlp: Language, name: str, attribution: str) -> ResultExtractor:
    """``attribution``: "model" (the learned attribution of ``data/result_model.json`` over the
    rules' reading, where that file exists) or "rules" (the rules alone)."""
    return ResultExtractor(nlp, name=name, attribution=attribution)
