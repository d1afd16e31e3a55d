"""Reading a sentence's numbers: which numbers are reported results and how each is written.

The first stage of ``kg_result_extractor`` (``kg.extract.results``): the cue words of ``data/results.json``
(``Cues``), the number patterns and ``find_numbers``, the tests that keep sizes, counts, years, levels
and spreads from being read, what lets a bare number be read (a metric next to it, a cue), and the
records the stages pass on (``NumberMention``) and the component returns (``ResultHit``). It needs no
other result module.
"""

import re
from dataclasses import dataclass, replace

from kg.extract.result_model import WORD


NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
# NUMBER for a repeated list of numbers, read one way: a group of thousands no digit follows ("1,2345" is 1 and
# 2345, as NUMBER's backtracking in a list reads it) and an atomic match, so a list that fails is not tried again
# split at each comma (each number doubled the time: twenty numbers after "compared to", seconds).
LISTED_NUMBER_ATOM = r"(?>(?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?|\.\d+)"
OF_LABELS = ("Model", "Method")
ON_LABELS = ("Dataset", "Benchmark")


# Words that may stand between a metric and a bare number it scores ("F1 of 0.87", "BLEU by 2.1").
METRIC_GLUE = {"of", "score", "scores", "=", ":", "is", "was", "at", "to", "by", "reaching", "reaches", "reached", "achieves",
               "achieving", "achieved", "about", "around", "approximately", "up", "over", "nearly", "~", ">", "<", ">=", "<=",
               "from", "improves", "improved", "increases", "increased", "rises", "an", "a", "average", "overall", "(", "(+", "+",
               "value", "values", "on", "and", "above", "below", "under", "remain", "remains", "stays", "exceeds", "exceeding"}


# LaTeX that the reader leaves glued to a number once it drops "$", "{" and "}": "\mathbf0.33%".
LATEX_FORMAT = r"\\(?:mathbf|textbf|bf|mathrm|textrm|mathit|textit|emph|boldsymbol|sim|approx)"
# Words that may bound either end of "from X to Y": "from above 90% to below 30%".
BOUND = r"(?:(?:just|only|about|around|nearly|approximately|roughly|merely|over|under|below|above|<=|>=|<|>|~)\s*)?(?:" + LATEX_FORMAT + r"\s*)?"
# What joins a range's two ends: "2-5%", "0.97 to 0.99", "3~20%", and LaTeX's en dash written unspaced, "38%--75%",
# "91--94%" ("--" read as a hyphen gave two numbers, the first a false result, or the upper end without its low).
# Spaced too, "85% -- 100%" (late67: between two numbers a spaced " -- " is a range 15 of 15 times in
# arxiv-ml-175k; the lead joined it, session 67); "---" cannot join either way, as NUMBER never starts with "-".
RANGE_DASH = r"(?:\s?--(?!-)\s?|\s?(?:-|~|to)\s?)"
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
INTERVAL_AFTER = re.compile(r"\s*[(\[]\s*(?P<a>\d*\.?\d+)\s*%?\s*(?:--|-|–|,|to)\s*(?P<b>\d*\.?\d+)\s*%?\s*[)\]]")
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
# "a mean adequacy of 3.74/5", "(mean 4.4/5)", "(18.4/100)", "4.68 +/- 0.40/5", "93.6 out of 100": a decimal written over
# the top of a rating scale (its spread may stand between) is a rating, a score, though no measure is recognised beside it.
OVER_A_SCALE = re.compile(r"(?:\s*(?:\+/-|\+-|±)\s*\d*\.?\d+)?\s*(?:/|out\s+of\s+)(?P<top>5|10|100)(?![\d.,]\d|\d)", re.IGNORECASE)


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


def _instrument_before(cues, heads) -> re.Pattern | None:
    """The gap between two names where the second is what the first is trained or run with: at most a
    kind word ("model"), a cue ("fine-tuned with"), at most two words ("the soft")."""
    if not cues:
        return None
    head = r"(?:(?:" + "|".join(map(re.escape, heads)) + r")\s+)?" if heads else ""
    return re.compile(r"[\s)\]]*" + head + r"(?:" + "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues)
                      + r")\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE)


def _setting_role(roles, conjunctions=()) -> re.Pattern | None:
    """A part a name plays, matched right after the name: the role word directly, or after "as" and an
    article, with at most one word between ("SwiftFormer backbone", "ResNet-101 FPN backbone", "ResNet-18 as the
    student model", "GPT-4 as a judge", "GPT-4o-as-a-judge"); that word is none of ``conjunctions``: in "GPT-4
    and judges" the judges are others, not a part GPT-4 plays."""
    if not roles:
        return None
    names = "|".join(r"\s+".join(map(re.escape, r.split())) for r in sorted(roles, key=len, reverse=True))
    joins = "|".join(map(re.escape, conjunctions))
    between = r"(?:(?!(?:" + joins + r")\s)[\w.-]+\s+)?" if joins else r"(?:[\w.-]+\s+)?"
    return re.compile(r"\s*(?:-?\s*as\s*-?\s*(?:(?:the|a|an|our)\s*-?\s*)?)?" + between + r"(?:" + names + r")\b", re.IGNORECASE)


def _before_a_name(cues) -> re.Pattern | None:
    """One of ``cues`` and at most two words (an article, a modifier: "with the same", "with a lightweight") up to
    the end of the text searched: what brings in the name that starts there."""
    if not cues:
        return None
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues) + r")\s+(?:[\w-]+\s+){0,2}?$",
                      re.IGNORECASE)


def _own_subject(heads) -> re.Pattern | None:
    """"our", "this" or "the proposed", at most three words, then one of ``heads`` ("our approach", "Our
    highest-performing classifier", "the proposed method"): the paper's own one, named by its kind."""
    if not heads:
        return None
    return re.compile(r"\b(?:our|this|the\s+proposed)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(map(re.escape, sorted(set(heads), key=len, reverse=True)))
                      + r")\b", re.IGNORECASE)


def _after_a_likeness(cues, particles) -> re.Pattern | None:
    """One of ``cues``, at most one word, one of ``particles`` and at most two words (an article, a modifier) up to the
    end of the text searched: "comparable to the ", "comparable performance with ", "In comparison with "."""
    if not cues or not particles:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\s+(?:[\w-]+\s+)?(?:" + "|".join(map(re.escape, particles))
                      + r")\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


def _measured_on(cues) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The gap from a number to a model it is measured on (at most three words, one of ``cues``, an article: "by 2.67
    points on ", "4.3% on the "), and the cue with its article right before a name ("on the Llama-Base model")."""
    if not cues:
        return None, None
    cue = "(?:" + "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues) + r")\s+(?:(?:the|a|an)\s+)?"
    return re.compile(r"\s*(?:[\w%-]+\s+){0,3}?" + cue, re.IGNORECASE), re.compile(r"\b" + cue + "$", re.IGNORECASE)


def _holder_gap(kinds) -> re.Pattern:
    """What may stand between a setting's holder and the setting's cue: commas and spaces, and at most
    one of ``kinds`` ("Mask R-CNN model with a ResNet-101 backbone")."""
    words = "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
    return re.compile(r"[\s,]*(?:(?:" + words + r")\s*)?$" if words else r"[\s,]*$", re.IGNORECASE)


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
    from_condition_openers: tuple[str, ...] = ()  # "from 26.4% in separate tuning to 14.5%": a condition inside a change
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
    instrument_before: re.Pattern | None = None  # "the small DNN trained on the soft RNN alignments achieved 3.93": RNN is what DNN is trained with
    instrument_opener: re.Pattern | None = None  # "using only a ResNet-18 with CLIP training": ResNet-18 is a means itself
    next_predicate: re.Pattern | None = None  # "by 39.1% and improves the F1 score": "and" + a verb starts another predicate
    held_measure: re.Pattern | None = None  # "by 5.7x with minimal accuracy loss": the measure after the cue is held, not changed
    level_reached: re.Pattern | None = None  # "by 2.6%, achieving an accuracy of": a verb of attainment before a metric, no comma between
    setting_list: re.Pattern | None = None  # "under sparsity ratios (70%, 75%, 80%)": levels set in advance, no results
    amount_units: frozenset[str] = frozenset()  # "from 65GB to 2GB": a word both ends repeat that is the change's unit
    statistic_label: re.Pattern | None = None  # "(M = 2.59, SD = 1.11)", "OR=2.5": a spread or an effect size, no result
    measure_qualifiers: frozenset[str] = frozenset()  # "a lower word error rate of 20.8%": a word of change qualifying the measure
    bound_changes: frozenset[str] = frozenset()  # "reduces inference times (up to 31.3%)": a change the bracket's bound sizes
    bound_attainments: frozenset[str] = frozenset()  # "achieves high accuracy (up to 98.9%)": the bracket's bound is a score reached
    measure_changes: frozenset[str] = frozenset()  # gain_before, gain_after and change_words: "a smaller DSC reduction of 0.11" is a change
    level_bounds: tuple[tuple[str, ...], ...] = ()  # "drops to just 2.3%", "to about 74%": the words that bound or round a level "to" reaches
    signed_changes: frozenset[str] = frozenset()  # "a decline of -1.45", "mean shift = -0.18": a minus after these is a change's
    beaten_heads: frozenset[str] = frozenset()  # "over the SwinUNETR baseline (AUC 0.7685)": a beaten one's phrase ending in these owns its bracket
    setting_role: re.Pattern | None = None  # "with ResNet-18 as the student model", "using GPT-4 as a judge": a part the name plays, right after it
    setting_role_cue: re.Pattern | None = None  # "with", "using": what brings in a name whose role is no judge's, right before it
    setting_judging: re.Pattern | None = None  # "as a judge", "-as-a-judge": a judging role, right after the name, that needs no cue
    setting_judging_cue: re.Pattern | None = None  # "judged by": a judge's name right after it
    setting_holder_gap: re.Pattern = _holder_gap(())  # "Mask R-CNN model with …": the gap from a setting's holder to its cue
    measured_on_gap: re.Pattern | None = None  # "by 2.67 points on ": from a number to a model it is measured on
    measured_on_before: re.Pattern | None = None  # "on the ": right before a model numbers are measured on
    left_out: re.Pattern | None = None  # "without using an ": right before a name a number is reached without
    comparison_particles: frozenset[str] = frozenset()  # "compared [to] without X": a comparison word's particle
    likeness: re.Pattern | None = None  # "comparable to the ", "In comparison with ": right before the name a number is set beside
    fold_parts: frozenset[str] = frozenset()  # "the following two-fold ideas": a fold before these counts parts, no result
    fold_copulas: frozenset[str] = frozenset()  # "Our contributions are two-fold:": a fold after these and before a stop counts parts
    not_measures_after_comparative: frozenset[str] = frozenset()  # "12% lower on Immigrants": a comparative before these names no measure
    means_cue: re.Pattern | None = None  # "using a fine-tuned ", "trained on ": right before a name the paper's own one runs with
    own_subject: re.Pattern | None = None  # "our approach", "this method", "the proposed model": the paper's own one, unnamed
    measure_list_stops: frozenset[str] = frozenset()  # "reducing memory and FLOPs by": words a list of measures before "by" starts after
    by_item_keeps: frozenset[str] = frozenset()  # "and the monolingual models by 10%": an item before "by" that names no measure
    by_item_compares: frozenset[str] = frozenset()  # "outperforming gzip by 3.1x, bzip2 by 2.5x": items of a comparison, not measures
    by_item_verb_nouns: frozenset[str] = frozenset()  # "training speed by 25%": a word of the stops that right before "by" is a noun

    @classmethod
    def from_dict(cls, data: dict) -> "Cues":
        units = {k.lower(): v for k, v in data["units"].items()}
        alts = []
        for surface in sorted(units, key=len, reverse=True):
            esc = re.escape(surface)
            alts.append(esc + (r"(?![a-z])" if surface[-1].isalpha() else ""))
        measured_on_gap, measured_on_before = _measured_on(data.get("measured_on_cues", ()))
        return cls(
            units=units, number_words={k.lower(): float(v) for k, v in data["number_words"].items()},
            gain_before=frozenset(data["gain_before"]), gain_after=frozenset(data["gain_after"]),
            absolute_cues=frozenset(data["absolute_cues"]), comparison=frozenset(data["comparison_cues"]),
            not_before=frozenset(data["not_result_before"]),
            condition_after=tuple(data["condition_after_percent"]), condition_before=tuple(data["condition_before_percent"]),
            not_after_times=tuple(data["not_result_after_times"]),
            fold_parts=frozenset(w.lower() for w in data.get("fold_part_nouns", ())),
            fold_copulas=frozenset(w.lower() for w in data.get("fold_copulas", ())),
            not_measures_after_comparative=frozenset(w.lower() for w in data.get("comparative_followers_not_measures", ())),
            unit_re="(?:" + "|".join(alts) + ")", not_carried_on=frozenset(data.get("units_not_carried_on", ())),
            range_before=frozenset(data.get("range_before", ())),
            from_condition_openers=tuple(data.get("from_condition_openers", ())),
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
            instrument_before=_instrument_before(data.get("instrument_before", ()), data.get("instrument_heads", ())),
            instrument_opener=re.compile(r"\b(?:" + "|".join(map(re.escape, data["instrument_openers"])) + r")\s+(?:[\w-]+\s+){0,3}?$",
                                         re.IGNORECASE) if data.get("instrument_openers") else None,
            next_predicate=re.compile(r"\band\s+(?:(?:also|further|then|\w+ly)\s+)?(?:" + "|".join(map(re.escape, data["next_predicate_verbs"]))
                                      + r")\b", re.IGNORECASE) if data.get("next_predicate_verbs") else None,
            held_measure=re.compile(r"\b(?:" + "|".join(r"\s+(?:\w+ly\s+)?".join(map(re.escape, phrase.split())) for phrase in data["held_measure_cues"])
                                    + r")\b", re.IGNORECASE) if data.get("held_measure_cues") else None,
            level_reached=re.compile(r"\b(?:" + "|".join(map(re.escape, data["level_reached_verbs"])) + r")\s+(?:[^\s,;()]+\s+){0,5}$",
                                     re.IGNORECASE) if data.get("level_reached_verbs") else None,
            setting_list=_setting_list(data.get("setting_list_heads", ())),
            amount_units=frozenset(w.lower() for w in data.get("amount_units", ())),
            statistic_label=re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, data["statistic_labels"])) + r")\s*[=:]\s*$")
            if data.get("statistic_labels") else None,
            measure_qualifiers=frozenset(data.get("measure_qualifiers", ())),
            measure_changes=frozenset(data["gain_before"]) | frozenset(data["gain_after"])
            | frozenset(data.get("comparatives", ())) | frozenset(data.get("change_nouns", ())),
            bound_changes=(frozenset(data["gain_before"]) - {"by"}) | frozenset(data.get("losses_after_percent", ()))
            | frozenset(data.get("change_nouns", ())) | frozenset(data.get("bracket_bound_changes", ())),
            bound_attainments=frozenset(data["absolute_cues"]) - frozenset(data.get("score_nouns", ())),
            level_bounds=tuple(sorted({tuple(w.split()) for w in [*data.get("approximate_before", ()), *data.get("level_bounds_after_to", ())]},
                                      key=lambda bound: (-len(bound), bound))),  # the longest first, so that a longer bound wins
            beaten_heads=frozenset(w.lower() for w in data.get("beaten_heads", ())),
            setting_role=_setting_role(data.get("setting_roles", ()), data.get("setting_role_conjunctions", ())),
            setting_role_cue=_before_a_name(data.get("setting_role_cues", ())),
            setting_judging=_setting_role(data.get("setting_roles_judging", ()), data.get("setting_role_conjunctions", ())),
            setting_judging_cue=_before_a_name(data.get("setting_judging_cues", ())),
            setting_holder_gap=_holder_gap(data.get("setting_holder_kinds", ())),
            measured_on_gap=measured_on_gap, measured_on_before=measured_on_before,
            left_out=_before_a_name(data.get("left_out_cues", ())),
            comparison_particles=frozenset(data.get("comparison_particles", ())),
            likeness=_after_a_likeness(data.get("likeness_cues", ()), data.get("comparison_particles", ())),
            signed_changes=frozenset(data.get("signed_change_words", ())) | frozenset(data["gain_before"])
            | frozenset(data.get("change_before_of", ())) | frozenset(data.get("comparatives", ())) | frozenset(data.get("change_nouns", ())),
            means_cue=_before_a_name([*data.get("setting_openers", ()), *data.get("instrument_before", ())]),
            own_subject=_own_subject([*data.get("title_lead_heads", ()), *data.get("instrument_heads", ())]),
            measure_list_stops=frozenset(w.lower() for w in [*data.get("measure_list_stops", ()), *data.get("next_predicate_verbs", ())]),
            by_item_keeps=frozenset(w.lower() for w in data.get("by_item_keeps", ())),
            by_item_compares=frozenset(w.lower() for w in data.get("by_item_compares", ())),
            by_item_verb_nouns=frozenset(w.lower() for w in data.get("by_item_verb_nouns", ())),
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
    # each member and each gap read one way (a space before a comma in either "\s*" of the gap, too): a bracket that
    # fails is not tried again every way, which doubled the time with each member
    return re.compile(r"\b(?:" + names + r")\s*\(\s*(?P<before>(?:" + LISTED_NUMBER_ATOM + r"(?>" + LIST_MEMBER_GAP + r"))*)$",
                      re.IGNORECASE)


def in_a_setting_list(n: NumberMention, text: str, pattern: re.Pattern | None) -> bool:
    """A single number of a bracketed list of two or more right after a level word: "under five sparsity
    ratios (70%, 75%, 80%)", "thresholds (25%, 50%, and 75%)" — the levels an experiment is run at. A
    lone bracket is not ("a face width ratio (77.0%)", "compression ratio (99.93% reduction)": results)."""
    if pattern is None or n.low is not None:
        return False
    m = pattern.search(text, max(0, n.start - SETTING_LIST_REACH), n.start)
    return m is not None and bool(m.group("before") or NEXT_LIST_MEMBER.match(text, n.end))


# A percentage written with a decimal comma ("88,2%", "79,6 %", "3,15 percent"): one or two digits after the
# comma and a per cent sign or "percent" right after them, where a group of thousands has three digits ("12,345
# images") and no sign (session 62, numbers62: "88,2%" was read as 88 and 2%).
DECIMAL_COMMA = r"\d{1,3},\d{1,2}"


def number_value(text: str) -> float:
    if re.fullmatch(DECIMAL_COMMA, text):
        return float(text.replace(",", "."))
    return float(text.replace(",", ""))


def number_patterns(cues: Cues) -> list[tuple[str, re.Pattern]]:
    u = cues.unit_re
    # A condition the first end of "from X to Y" is taken in ("from 26.4% in separate tuning to 14.5%", "from 0.877 at the
    # first turn to 0.707"): words only, a name there stops the match (``find_numbers``), and ``_mention`` keeps it one
    # change only after a change word, one range after a range word (session 62, numbers62)
    openers = "|".join(map(re.escape, cues.from_condition_openers)) or "(?!)"
    condition = rf"(?P<cond>\s+(?:{openers})\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)?"
    words = "|".join(sorted(map(re.escape, cues.number_words), key=len, reverse=True))
    return [
        # "from 63% to just 4%", "from above 90% to below 30%", "from 847 tokens to 4.3 tokens"; an end may carry its
        # spread ("from 64.38+/-13.63 to 85.90+/-7.10 HU") and the first a bracketed note ("from 80.3% (Round 1) to
        # 82.1%"; a note holding a name is not one: find_numbers skips a match over a name)
        # "up to" before the second end marks a range's upper end ("reduction (from 85% up to 93%)", session 62, numbers62)
        # The second end may repeat the first's word ("from 65GB to 2GB", "from 83h to 57h"): kept as the unit where it
        # is an amount's (``Cues.amount_units``), see ``_mention``
        ("from_to", re.compile(rf"\bfrom\s+{BOUND}(?P<a>{NUMBER})(?:\s?(?:(?P<ua>{u})|(?P<wa>[a-z]{{1,8}})\b))?{SPREAD}{NOTE}{condition}"
                               rf"\s+(?P<up>up\s+)?to\s+{BOUND}(?P<b>{NUMBER})(?:\s?(?:(?P<ub>{u})|(?P<wb>(?P=wa))(?![a-z])))?{SPREAD}", re.IGNORECASE)),
        # "between 0.4% and 1.3%", "between 10x and 20x smaller", "F1 values between 38% and 52%": a range, not two results
        ("range", re.compile(rf"\bbetween\s+{BOUND}(?P<na>-)?(?P<a>{NUMBER})(?:\s?(?P<ua>{u}))?\s+and\s+{BOUND}(?P<nb>-)?(?P<b>{NUMBER})(?:\s?(?P<ub>{u}))?",
                             re.IGNORECASE)),
        # "+1.4 to +4.2", "(+0.39% to +0.86%)", "lower recall (-0.2 to -0.3)": two changes of one sign are one range
        # (unit or not), its size kept positive as the guideline has it
        ("range", re.compile(rf"(?<![\w.])(?P<s>[+-])(?P<a>{NUMBER})(?:\s?(?P<ua>{u}))?\s?(?:-|–|~|to)\s?(?P=s)(?P<b>{NUMBER})(?:\s?(?P<ub>{u}))?",
                             re.IGNORECASE)),
        ("arrow", re.compile(rf"(?P<a>{NUMBER})(?:\s?(?P<ua>{u}))?\s*->\s*(?P<b>{NUMBER})(?:\s?(?P<ub>{u}))?", re.IGNORECASE)),
        # "38%--75%", "91--94%", "85% -- 100%": LaTeX's en dash "--" joins a range as "-" does
        ("range", re.compile(rf"(?P<a>{NUMBER})(?:\s?(?P<ua>{u}))?{RANGE_DASH}(?P<b>{NUMBER})\s?(?P<ub>{u})", re.IGNORECASE)),
        # "AUROC = 0.97 to 0.99", "macro-F1 0.89-0.94": two decimals without a unit (read where a metric is beside them)
        ("range", re.compile(rf"(?P<a>\d*\.\d+){RANGE_DASH}(?P<b>\d*\.\d+)(?P<ua>)(?P<ub>)(?![\d.])", re.IGNORECASE)),
        # "improvements of 2-3 BLEU points", "2.5-27 macro-F1 points": a range before a word (read where a metric is beside it)
        ("range", re.compile(rf"(?P<a>{NUMBER})(?:--(?!-)|\s?[-–]\s?)(?P<b>{NUMBER})(?P<ua>)(?P<ub>)(?=\s+[A-Za-z])")),
        # "88,2%": a decimal comma before a per cent sign (``DECIMAL_COMMA``), not a list "5,10%" nor a thousands group
        ("number", re.compile(rf"(?<![\d.,])(?P<sign>[+-])?(?P<b>{DECIMAL_COMMA})\s?(?P<ub>%|percent\b)")),
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
            if kind == "number" and m.group("sign") and start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(" \
                    and (text[start - 1], m.group("sign")) != ("=", "-"):
                start += 1  # "GPT-4": a hyphen, not a sign ("r=-0.56" keeps its minus)
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


def technique_starts(ents: list[tuple[int, int, str, int]], text: str, change_words: frozenset[str] = frozenset()) -> frozenset[int]:
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


def _repeated_unit(m: re.Match, end: int, cues: Cues) -> tuple[str, int]:
    """"reduces the memory cost from 65GB to 2GB", "training time (from 83h to 57h)": a word both ends of a change
    are written with is its unit, as written, where it is an amount's (``Cues.amount_units``: a time, a memory
    size, a power); glued to the second end it no longer makes that end a false friend ("2GB" read as "7B"), so
    the change is a result (session 53, board53). Any other word ("from 3 tasks to 5 tasks") is left after the
    number, as before: (unit, where the number ends)."""
    if m.group("wb").lower() in cues.amount_units:
        return m.group("wb"), end
    return "", m.end("b")


def _mention(kind: str, m: re.Match, start: int, end: int, text: str, cues: Cues) -> NumberMention | None:
    if kind == "word":
        if not m.group("ub") and (m.group("w").lower() != "twice" or not re.match(r"\s+(?:as|faster|higher|better|more)\b", text[end:])):
            return None
        return NumberMention(start, end, cues.number_words[m.group("w").lower()], "x", pattern="number_word")
    if kind == "from_to" and m.group("cond") and not (set(words_before(text, start, 6)) & cues.bound_changes
                                                       or set(words_before(text, start, 1)) & cues.range_before):
        return None  # "from 90% for young children to 99% for older children" with no change or range word: two levels
    if kind == "from_to" and m.group("wa") and not set(words_before(text, start, 6)) & cues.gain_before:
        return None  # "from 847 tokens to 4.3 tokens" after "reducing …", not "scales from 7 billion to 70 billion"
    if kind in ("from_to", "arrow", "range"):
        a, b = number_value(m.group("a")), number_value(m.group("b"))
        unit = _unit(cues, m.group("ub"), m.group("ua"))
        if "wb" in m.re.groupindex and m.group("wb"):
            unit, end = _repeated_unit(m, end, cues)
        if kind == "from_to" and a != b and words_before(text, start, 1) and words_before(text, start, 1)[0] in cues.range_before:
            kind = "range"  # "F1 scores ranging from 80% to 94%": the upper end, with its low
            a, b = min(a, b), max(a, b)  # "ranging from 96% (Dysarthria) to 86% (Dysphonia)": a range written high end first
        elif kind == "from_to" and m.group("up") and a < b:
            kind = "range"  # "(from 85% up to 93%)", "gains from 2% up to 20%": "up to" closes a range, not a change
        if kind == "range" and "na" in m.re.groupindex and (m.group("na") or m.group("nb")):
            # "Pearson correlation is between -0.377 and -0.580": signed ends, the upper one the value
            a, b = sorted((-a if m.group("na") else a, -b if m.group("nb") else b))
        if kind == "range" and "s" in m.re.groupindex and m.group("s") == "-" and negative_level(text, start, cues):
            a, b = sorted((-a, -b))  # "(rho = -0.50 to -0.56)": a range of levels keeps its signs, the upper end the value
        if kind == "range" and _falling_pair(m, a, b, text, start, cues):
            return NumberMention(start, end, b, unit, from_value=a, pattern="from_to")
        if kind == "range":
            if a >= b or (not unit and all(v.is_integer() and 1900 <= v <= 2100 for v in (a, b))):
                return None  # "3-1"? "2018-2020 data": not a range of values
            return NumberMention(start, end, b, unit, low=a, signed=text[start] in "+-", pattern="range")
        return NumberMention(start, end, b, unit, from_value=a, pattern=kind)
    sign = m.group("sign") if start == m.start() else None
    value = number_value(m.group("b"))
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
    before = words_before(text, start, 1)
    return not (before and (before[0] in ("by", "to") or before[0] in cues.range_before))


# A dash written as two hyphens between words ("prompt optimizers--MIPROv2, GEPA+Merge--by an average of 12%"):
# a break between two words, not one hyphenated word.
DOUBLE_HYPHEN = re.compile(r"(?<=[^\W\d_])--(?=[^\W\d_])")


def words_before(text: str, start: int, n: int) -> list[str]:
    return [w.lower() for w in WORD.findall(DOUBLE_HYPHEN.sub(" -- ", text[max(0, start - 80) : start]))][-n:]


# Signed numbers listed before a number, back to the words that lead into the list: "delta rates of -6.1%, -7.3%, and -8.0%"
SIGNED_LIST_BEFORE = re.compile(r"(?:-\d[\d.]*\s*%?\s*,\s*(?:and\s+)?)+$")
# The last word of a measure before "of": a lower-case word, no number, bracket or symbol ("correlation of -0.74")
MEASURE_WORD = re.compile(r"[a-z][\w-]*")


def negative_level(text: str, start: int, cues: Cues) -> bool:
    """"a very strong negative correlation of -0.74", "(Pearson r = -0.479)", "the highest ICM-Soft of -2.32", "an
    Adjacent Channel Power Ratio (ACPR) of -59.4 dBc": a number written with a minus right after a measure's "of" (its
    short form may stand between), or after "=" and a statistic's symbol, is the level the measure takes, not a change
    (the minus alone made every such number a gain; session 61, board61); so are the signed numbers listed after it
    ("delta rates of -6.1%, -7.3%, and -8.0%"). Not after a change ("a decrease of -0.03", "BD-Rate reductions of
    -12.24%", "a marginal decline of -1.45": ``cues.signed_changes``), nor after a symbol of difference ("\\Delta
    ability = -0.75", "ΔV = -9.8 pp", "delta = -1.0")."""
    if text[start : start + 1] != "-":
        return False
    lead = text[:start]
    listed = SIGNED_LIST_BEFORE.search(lead)
    before = words_before(lead, listed.start() if listed else start, 6)
    if before[-1:] == ["="]:
        return not any((w in cues.signed_changes and w not in cues.change_of) or w.startswith(("δ", "delta")) for w in before[-4:-1])
    if before[-1:] != ["of"]:
        return False
    head = before[:-1]
    if head[-1:] == [")"] and "(" in head[-4:-1]:
        head = head[: len(head) - 1 - head[::-1].index("(")]  # "Error Vector Magnitude (EVM) of": the measure before its short form
    return bool(head) and bool(MEASURE_WORD.fullmatch(head[-1])) and head[-1] not in cues.signed_changes \
        and not head[-1].startswith("delta")


def _a_level_required(n: NumberMention, text: str, cues: Cues) -> bool:
    """"the smallest model size needed to achieve over 80% accuracy", "the time required to reach a 90% ASR": a
    number that a requirement leads to (lexicon ``requirement_before``, after an article or a rounding word) is a
    level something must reach, not a result (session 44, left44)."""
    words = words_before(text, n.start, 5)
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
    if cues.statistic_label and cues.statistic_label.search(text, max(0, n.start - 12), n.start):
        return False  # "(M = 2.59, SD = 1.11)", "adjusted OR=2.5": a spread or an effect size (session 53, board53)
    prev = words_before(text, n.start, 4)
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
        words = words_before(text, n.start, 3)
        attained = len(words) >= 2 and words[-1] in ("only", "just", "merely") and (words[-2] == "by" or ATTAIN_WORD.fullmatch(words[-2])
                                                                                    or rest.startswith("of the time"))
        if not attained and any(f" {' '.join(words)}".endswith(f" {c}") for c in cues.condition_before):
            return False  # "trained on only 10%" is a setting; "achieves only 15.6%", "by only 2.34%" are results
    if _a_level_required(n, text, cues):
        return False
    if n.unit == "x" and any(text[n.end : n.end + 40].lower().lstrip().startswith(c) for c in cues.not_after_times):
        return False  # "8 times larger than before": a size, not a result
    if n.unit == "x" and _counts_parts(n, text, cues):
        return False  # "Our contributions are two-fold:", "the following two-fold ideas"
    if (n.unit == "x" and re.match(r"\s*\d", text[n.end :])) or re.search(r"\d\s?[x×]\s*$", text[: n.start]):
        return False  # "180 x 320", "8x 8 resolution": dimensions, either side (metric67: "(180 x 320, 20--60 FPS)" gave 320 the fps)
    if n.unit == "points" and re.match(r"\s*(?:likert\s+)?scales?\b", text[n.end :], re.IGNORECASE):
        return False  # "on 5-point scales": a rating scale
    if not n.unit and n.low is None and all(v is None or float(v).is_integer() and 1900 <= v <= 2100 for v in (n.value, n.from_value)):
        return False  # a year, or "from 2019 to 2025"
    return not counts_sets(n, text, cues.counted_sets)


# What follows a fold that counts parts: a word, or a stop ("are two-fold:", "is two fold, (i) …", "are threefold.").
FOLD_NEXT = re.compile(r"\s*([\w-]+|[.:,;]|$)")


def _counts_parts(n: NumberMention, text: str, cues: Cues) -> bool:
    """A fold that counts the parts of an aim, a contribution or a method, not a factor of change: after
    a copula and before a stop ("Our contributions are two-fold:", "The goal of this challenge is two
    fold, (i) …") or right before a noun of such parts (``Cues.fold_parts``: "the following two-fold
    ideas", "a three-fold approach"). A factor is compared or changes something ("two-fold faster",
    "a 2-fold gain", "decreasing costs 10-fold."). Session 67 (metric67): the draw's 8 fold Results held
    2 such; in the arXiv corpus 416 of 747 folds stand after a copula before a stop, none a factor."""
    if not text[n.start : n.end].lower().endswith("fold"):
        return False
    following = FOLD_NEXT.match(text, n.end)
    word = following.group(1).lower() if following else ""
    if word in cues.fold_parts:
        return True
    before = words_before(text, n.start, 1)
    return bool(before) and before[-1] in cues.fold_copulas and word in (".", ":", ",", ";", "")


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


def metric_adjacent(n: NumberMention, text: str, metrics: list[tuple[int, int, int]]) -> bool:
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


def cued(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]]) -> bool:
    """A bare number that the words around it mark as a result although no metric is
    recognised beside it: "a score of 74.91", "achieves 0.97", "OpenAI o1 (82.7)"."""
    before = text[max(0, n.start - 60) : n.start]
    decimal = "." in text[n.start : n.end]
    if SCORE_BEFORE.search(before) or (decimal and (ATTAIN_BEFORE.search(before) or EQUALS_BEFORE.search(before)
                                                    or MEASURE_BEFORE.search(before) or MEASURE_AFTER.match(text[n.end :]))):
        return True
    if decimal and not n.unit and n.low is None and (scale := OVER_A_SCALE.match(text, n.end)) and n.value <= int(scale.group("top")):
        return True  # "human evaluation yields a mean adequacy of 3.74/5": a rating out of the scale's top
    if decimal and not n.unit and GAIN_OF_BEFORE.search(before):
        return True  # "resulting in an average accuracy improvement of 3.06"
    if not n.unit and GAIN_NOUN_BEFORE.search(before) and GAIN_NOUN_AFTER.match(text, n.end):
        return True  # "achieving a 26 relative improvement over the strongest baseline"
    if not n.unit and SOLVED_BEFORE.search(before) and SHARE_OF_AFTER.match(text, n.end):
        return True  # "InternGeometry solves 44 of 50 IMO geometry problems", "we were able to handle 240 out of 291"
    if decimal and given_for(n, text, ents) is not None:
        return True  # "42.66 for Gemini-2.5-Pro vs. 30.45 for GLM-4.5V": a decimal given for a model or method
    interval = INTERVAL_AFTER.match(text, n.end)
    if decimal and interval and number_value(interval.group("a")) <= n.value <= number_value(interval.group("b")):
        return True  # "Clinical ML [1.28 (1.18-1.39)]": an estimate given with its confidence interval
    # "OpenAI o1 (82.7), o1-preview (74.8)": a decimal in brackets right after a name it scores
    return decimal and text[n.end : n.end + 1] in (")", ",") and any(
        label in ("Model", "Method", "Metric") and re.fullmatch(r"\s*\(\s*", text[e : n.start]) for s, e, label, _ in ents if e <= n.start)


def ranged_score(n: NumberMention, text: str, metrics: list[tuple[int, int, int]], cues: Cues) -> bool:
    """A range of decimals that a range word opens, after a metric ("The average AUC … ranged from
    0.85 to 0.87", "F1 varies between 0.61 and 0.74"): the metric's scores."""
    return (n.low is not None and "." in text[n.start : n.end] and any(e <= n.start for _, e, _ in metrics)
            and bool(set(words_before(text, n.start, 1)) & cues.range_before))


def given_for(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]]) -> int | None:
    """The model or method a number is given "for" or "by", named right after it ("42.66 for
    Gemini-2.5-Pro", "51.7% for GPT-4o"), or None."""
    owner = OWNER_AFTER.match(text, n.end)
    return None if owner is None else next((i for s, _, label, i in ents if s == owner.end() and label in OF_LABELS), None)


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


DURATION_AFTER = re.compile(r"\s*(?:seconds?|minutes?|hours?|days?|weeks?)\b", re.IGNORECASE)


def counted_up(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]]) -> bool:
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


def places_after_point(n: NumberMention, text: str) -> int:
    """How many digits the number is written with after its point, sign and unit aside ("+0.0892": 4, "+30.0%": 1)."""
    m = re.search(r"\.(\d+)", text[n.start : n.end])
    return len(m.group(1)) if m else 0


def bare_decimal_places(n: NumberMention, text: str) -> int:
    """How many digits a bare decimal has after its point ("0.6849": 4); 0 for any other number."""
    written = text[n.start : n.end]
    if n.unit or n.low is not None or n.from_value is not None or not re.fullmatch(r"\d*\.\d+", written):
        return 0
    return places_after_point(n, text)


def same_precision_scores(numbers: list[NumberMention], read: list[bool], text: str) -> list[bool]:
    """``read`` with the bare decimals written to the same precision (two digits or more) as a bare
    decimal the sentence reads: "trigger@64 reaches 0.6438 and 0.4656 on A and 0.6849 and 0.7363 on B",
    "a .54 correlation score, versus a baseline of .39": scores of one table, reported side by side.
    A decimal in brackets right after another ("0.98 (0.03)") is its spread, not a score."""
    places = {bare_decimal_places(n, text) for k, n in enumerate(numbers) if read[k]} - {0, 1}
    if not places:
        return read
    return [r or (bare_decimal_places(n, text) in places and not (k and BRACKETED_AFTER.fullmatch(text[numbers[k - 1].end : n.start])))
            for k, (n, r) in enumerate(zip(numbers, read))]


# What stands between a number and one in brackets right after it: "81.8% (+5.9%)".
BRACKETED_AFTER = re.compile(r"\s*[(\[]\s*")
