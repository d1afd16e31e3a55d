"""Absolute score or gain: the kind of a number the reader found.

``kind_in_clause`` decides it from the words around the number and the other numbers of its clause
("improves BLEU by 2.1" is a gain, "reaches 67.2%" a score); ``start_of_a_change`` and ``gains_listed``
serve the owner tests and the sentence reading. Kept apart from reading (``result_numbers``) because
the same number patterns serve both kinds.
"""

import re
from itertools import takewhile

from kg.extract.result_model import WORD
from kg.extract.result_numbers import Cues, NumberMention, negative_level, words_before


# A measure of one to five words, its short form in brackets, then a word: "9% Word Error Rate (WER) reduction",
# "12% mean average precision (mAP) improvement" (the bracket stops ``_words_after``, so the change noun is read here);
# in any case, as a title writes it ("a 9% Word Error Rate (WER) Reduction").
CHANGE_AFTER_A_SHORT_FORM = re.compile(r"\s*(?:[A-Za-z][\w-]*\s+){1,5}\(\s*[A-Za-z][\w@.-]{0,11}\s*\)\s+(?:(?i:relative|absolute)\s+)?"
                                       r"(?P<change>[A-Za-z-]+)")


def _kind(n: NumberMention, text: str, clause_lo: int, cues: Cues, starts_a_change: bool) -> str | None:
    """"gain" or "absolute" where the number's form or a cue since ``clause_lo`` (its clause's start,
    or the number read before it there) says which, else None. ``starts_a_change``: ``start_of_a_change(n, text)``."""
    if n.signed and n.from_value is None and n.unit not in ("x", "points") and negative_level(text, n.start, cues) \
            and not set(_words_after(text, n.end)[:1]) & cues.measure_changes:
        return "absolute"  # "a correlation of -0.74", "(r = -0.58)": a minus after a measure's "of" or "=" writes a level
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
    before = [w for w in words_before(text[clause_lo:], n.start - clause_lo, 7)]
    if before[-1:] == ["="]:
        return "absolute"  # "(MR = 13.45, Hits@1 = 0.306)"
    if before[-1:] == ["to"] and before[-2:-1] != ["up"]:
        return "absolute"  # "improves accuracy to 86.4%": the level reached, not the change ("by up to 5%" is one)
    if _level_reached_roughly(n, text, cues):
        return "absolute"  # "the zero-shot performance increases to about 74%", "accuracy drops to approximately 2%"
    if before[-1:] and before[-1] in cues.threshold_before:
        return "absolute"  # "an error detection rate exceeding 98%"
    if gap_to_another(n, text, before, cues):
        return "gain"  # "comes within 0.4 PPL of Transformers", "is within 5% of a strong multi-modal model"
    if before[-2:-1] == ["of"] and before[-1] in cues.approximate_before and re.search(r"\bof\s+[a-z]+\s*$", text[clause_lo : n.start]):
        before = before[:-1]  # "an accuracy of over 90%", "a success rate of nearly 80%": read as "of" right before the number
    # "an improved accuracy of 82%", "a lower word error rate of 20.8%": a word of change that qualifies the measure is no change of it
    qualifier = _measure_qualifier(before, cues)
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
    # up to a bracket: "88.4% accuracy (14.5% improvement)" is a score; and up to a phrase that leads into a
    # number of its own: "71.2 on SQuAD, improvements of 3.1 points over BERT" (its change word is 3.1's)
    if any(w in cues.gain_after for w in _words_after(text[: _next_numbers_phrase(text, n.end)], n.end)):
        return "gain"
    short_form = CHANGE_AFTER_A_SHORT_FORM.match(text, n.end)
    if short_form and short_form.group("change").lower() in cues.change_words:
        return "gain"  # "a relative up to 9% Word Error Rate (WER) reduction": the change noun past the measure's short form
    # "outperforms the baselines by nearly 10%, and achieves over 85% accuracy": a verb of attainment
    # since the number before makes a score, whatever change that number was
    return "absolute" if attained else None


def _level_reached_roughly(n: NumberMention, text: str, cues: Cues) -> bool:
    """A number after "to" and words that only round or bound it (``cues.level_bounds``: "increases to about 74%",
    "drops to approximately 2%", "reduces the hallucination rate to under 5%", "falls to as low as 51%") is the
    level reached, as after "to" alone; not "up to about 5%", a bound of a change, nor where a change word
    follows the number ("leads to about 5% improvement"), nor a share of the original ("reduces the computational
    time to about 2% of that of X": span train's gold reads "reduces evaluation time to 10% of traditional
    methods" as a change)."""
    words = text[max(0, n.start - 60) : n.start].lower().split()
    bound = next((w for w in cues.level_bounds if tuple(words[-len(w) :]) == w), None)
    if bound is None or words[-len(bound) - 1 : -len(bound)] != ["to"] or words[-len(bound) - 2 : -len(bound) - 1] == ["up"]:
        return False
    return not (n.unit == "%" and re.match(r"\s*of\b", text[n.end :])) and not any(
        w in cues.gain_after for w in _words_after(text[: _next_numbers_phrase(text, n.end)], n.end)[:2])


def _measure_qualifier(before: list[str], cues: Cues) -> set[str]:
    """The word of ``cues.measure_qualifiers`` that qualifies the measure named right before "of" and the
    number ("an improved accuracy of 82%", "a significantly lower word error rate of 20.8%", "even lower
    correct guess rates of 60%"): one to three words of the measure between, none a word of change
    ("a smaller DSC reduction of 0.11" is a change). That word says the score is better or worse, not by
    how much."""
    for k in range(len(before) - 3, max(-1, len(before) - 6), -1):
        if before[k] in cues.measure_qualifiers:
            between = set(before[k + 1 : -1])
            plain = all(re.fullmatch(r"[a-z][\w@.-]*", w) for w in between)
            # ``cues.measure_changes``, not ``cues.change_of``: its "mean", "average", "total" make "by an average
            # of 3%" a change, but among a measure's words they name the measure ("a lower mean error of 5.2%" is a score)
            return {before[k]} if plain and not between & cues.measure_changes else set()
    return set()


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


# A comma, a semicolon or a dash (its spaces before it too): where a phrase of its own may start.
PHRASE_BREAK = r"\s*(?:,|;|--|—|–|\s-)"
# After such a break, up to two words (a change noun and its qualifier) and "of" or "by" before a number:
# "…, improvements of 3.1", "--absolute gains of 10.47", "; a reduction by 12%".
NEXT_NUMBERS_PHRASE = re.compile(PHRASE_BREAK + r"\s*(?:(?:an?|the|with|and)\s+)?(?:[A-Za-z-]+\s+){1,2}?(?:of|by)\s+"
                                 r"(?:(?:about|approximately|around|nearly|over|up\s+to)\s+|~)?[-+]?\d")


def _next_numbers_phrase(text: str, end: int) -> int:
    """Where a phrase that leads into another number starts after ``end`` (within the 60 characters
    ``_words_after`` reads), or the text's end: that phrase's change word is the next number's cue."""
    for m in re.finditer(PHRASE_BREAK, text[end : end + 60]):
        if NEXT_NUMBERS_PHRASE.match(text, end + m.start()):
            return end + m.start()
    return len(text)


def _words_after(text: str, end: int, skip: tuple[str, ...] = ()) -> list[str]:
    """The first four words after ``end`` (lower-case, without a closing full stop or comma: "with
    6.5% gains." ends on a gain; those of ``skip`` left out), up to a bracket. A word written in
    capitals is a name and stays as written, so it is no cue: "79.9 F1 on DROP" is a score on the
    DROP benchmark, not a drop."""
    words = (_cue_case(w).rstrip(".,;:") or w for w in WORD.findall(text[end : end + 60]))
    return list(takewhile(lambda w: w != "(", (w for w in words if w not in skip)))[:4]


def _cue_case(word: str) -> str:
    """``word`` in lower case, but a name written in capitals ("DROP", "GAIN") as written."""
    return word if len(word) > 1 and word.isupper() else word.lower()


def kind_in_clause(n: NumberMention, text: str, lo: int, read: list[tuple[NumberMention, str]], cues: Cues,
                   starts_a_change: bool, metric_after: bool = False) -> str:
    """A number's kind from the cues since the number read before it in its clause, or else that
    number's kind: "gains of up to 2.29% in Stage 1, 1.91% in Stage 2" are two gains, "improve
    accuracy to 85.9% and 86.4%" two scores. A number in brackets that close before this one
    ("88.4% accuracy (14.5% improvement …) and 96.8% …") is an aside, not the one before it. First, a
    number alone in "(up to …)" after a change is that change's bound, a gain (``bound_of_a_change``).
    ``starts_a_change``: ``start_of_a_change(n, text)``, computed once by the caller."""
    if bound_of_a_change(n, text, lo, read, cues):
        return "gain"
    prev = next(((m, kind) for m, kind in reversed(read) if lo <= m.start and m.end <= n.start and not _closed_aside(m, n, text, lo)), None)
    since = prev[0].end if prev else lo
    closed = text.rfind(")", since, n.start)
    if closed != -1 and "(" in text[since:closed]:
        since = closed + 1  # the cues of an aside are its own
    # A kind taken over from the number before is checked as an own one is: "an 8.97% improvement over the
    # baseline YOLOv8n, along with 96.2% precision" (the change word too far back to be this number's cue)
    kind = _kind(n, text, since, cues, starts_a_change) or (prev[1] if prev else "absolute")
    if kind == "gain" and prev and metric_after and _only_the_change_of(prev[0], n, text, cues):
        return "absolute"
    if kind == "gain" and metric_after and _score_it_comes_with(n, text, cues):
        return "absolute"
    return kind


# "(up to 24.1%)", "(by up to ~31.3% and 56.3% for two datasets)": a bound in brackets whose number names no
# measure of its own (a list of numbers, then the bracket's end, a comma or a place may follow)
BOUND_OPENS = re.compile(r"\(\s*(?:by\s+)?up\s+to\s+(?:~\s*)?$", re.IGNORECASE)
BOUND_CLOSES = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|and\s+|/\s*)~?[-+]?\d[\d.]*\s*(?:\\?%)?)*\s*(?:\)|[,;]\s|(?:for|on|in|across|among|over|at)\s)",
                          re.IGNORECASE)


def bound_of_a_change(n: NumberMention, text: str, lo: int, read: list[tuple[NumberMention, str]], cues: Cues) -> bool:
    """A number alone in "(up to …)" after the clause names a change ("reduces training and inference times
    (up to 31.3%)", "moderate declines in SE quality (up to 4.4%)", "outperforms X by 2.3% average score (up
    to 24.1%)") is the largest of that change, a gain, as the annotators read it ("reduce verbose overthinking
    (up to 50%)"). Read back from the bracket to the clause's start or the number read before it: a word of
    ``cues.bound_changes`` makes it a gain, a verb of attainment (``cues.bound_attainments``) stops it
    ("achieves high accuracy (up to 98.9%)" is a score); with neither, a gain read before it in the clause
    makes it one too."""
    opened = BOUND_OPENS.search(text[lo : n.start])
    if opened is None or n.from_value is not None or not BOUND_CLOSES.match(text, n.end):
        return False
    bracket = lo + opened.start()
    earlier = [(m, kind) for m, kind in read if lo <= m.start and m.end <= bracket]
    since = earlier[-1][0].end if earlier else lo
    for w in reversed(WORD.findall(text[since:bracket].lower())):
        if w in cues.bound_attainments:
            return False
        if w in cues.bound_changes:
            return True
    return bool(earlier) and earlier[-1][1] == "gain"


def _score_it_comes_with(n: NumberMention, text: str, cues: Cues) -> bool:
    """A plain percentage or bare number after "with (a)" and right before its metric, no change word
    after it: "yields the greatest improvement for ViT-B with 99.44% accuracy", "outperforming the previous
    best bot with a 64% win rate", "surpasses previous 32B models with 95.0 pass@1 accuracy": the score the
    change came with, not the change. A bare number is a change if a change word follows anywhere up to the
    clause's end ("outperforms previous methods, with 1.13 F1 and 2.64 F1 improvements on RAMS")."""
    if n.unit not in ("%", "") or n.from_value is not None or n.signed or n.low is not None:
        return False
    before = words_before(text, n.start, 2)
    # a bare number: no change word up to the clause's end either ("with 2.54 F1 and 5.13 F1 performance gain")
    after = _words_after(text, n.end) if n.unit else WORD.findall(re.split(r"[,;(]", text[n.end :], maxsplit=1)[0].lower())
    return (before[-1:] == ["with"] or (before[-2:-1] == ["with"] and before[-1] in ("a", "an"))) and not any(
        w.rstrip(".") in cues.gain_after for w in after)


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


# "improving over … baselines from 48.8 mAP by +5.9" (no "to" after the change: "from 8.6 by 10 (Base) to 8.7" is not one)
CHANGE_BY_AFTER = re.compile(r"\s*(?:[A-Za-z@-]+\s+){0,2}?by\s+[-+~]?\d[\d.]*\s*%?(?!\s*(?:\([^)]*\)\s*)?to\b)")


def start_of_a_change(n: NumberMention, text: str) -> bool:
    """A number right after "from" with "by N" after it and no "to" ("improving over the baselines from
    48.8 mAP by +5.9"): the level the change starts from, the compared ones' score, not a change."""
    return (n.from_value is None and n.low is None and not n.signed and re.search(r"\bfrom\s+$", text[: n.start]) is not None
            and CHANGE_BY_AFTER.match(text, n.end) is not None)


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
