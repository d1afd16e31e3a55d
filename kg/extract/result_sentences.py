"""One sentence's reading: ``read_results`` and the lists and orders it pairs by.

A sentence's numbers, lists of numbers and of names (``joined_lists``, ``name_lists``), the metric a
number leads into or is led by, "respectively" and in-order pairing, and the passes over a sentence's
findings that pair a number with a name written right by it (a bracketed name, a possessor, a list of
metrics). The owner passes, the carrying and the paper-level roles run after it.
"""

import re
from dataclasses import replace

from kg.extract.result_kinds import gains_listed, kind_in_clause, start_of_a_change
from kg.extract.result_model import WORD, clause_bounds
from kg.extract.result_numbers import (BRACKETED_AFTER, METRIC_GLUE, OF_LABELS, ON_LABELS, Cues, NumberMention, bare_decimal_places,
                                       bracketed_change, change_spelled_out, counted_up, cued, find_numbers, given_for, metric_adjacent,
                                       places_after_point, ranged_score, same_precision_scores, technique_starts, without_spreads)
from kg.extract.result_owners import nearest, no_model_score, own_score, owner_of, unnamed_own_scores


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


# "by a factor of 2.1", "a factor of more than 500": a factor, as "2.1x" is.
FACTOR_BEFORE = re.compile(r"\bfactor of\s+(?:(?:more than|up to|about|around|over|nearly|almost|roughly|approximately)\s+)?$", re.IGNORECASE)
# "coherence (4.66)": a decimal in brackets right after a word (read where two or more are in the sentence).
BRACKETED_SCORE = re.compile(r"[A-Za-z][\w-]*\s*\(\s*$")


# "68.3 vs 64.7", "0.83 vs. 0.75": numbers compared with each other are read together.
VERSUS_GAP = re.compile(r"\s*(?:vs\.?|versus)\s*", re.IGNORECASE)


# A number followed by "faster" or "slower" names its own measure, speed ("runs 15x faster"): a metric
# before it in its clause is another number's.
SPEED_AFTER = re.compile(r"\s*(?:faster|slower)\b", re.IGNORECASE)


def joined_lists(items: list[tuple[int, int]], text: str, gap: re.Pattern = LIST_GAP) -> list[list[int]]:
    """Indices of ``items`` (character spans, in order) grouped into lists: neighbours joined
    only by a comma, "and", "or" or a slash (``gap``)."""
    out: list[list[int]] = []
    for k, (s, _) in enumerate(items):
        if out and gap.fullmatch(text[items[k - 1][1] : s]):
            out[-1].append(k)
        else:
            out.append([k])
    return out


# "compilation success rate (CSR)": a name alone in brackets right after a name of its kind is that name again
SHORT_FORM_OPEN = re.compile(r"\s*\(\s*")
SHORT_FORM_CLOSE = re.compile(r"\s*\)")


def short_forms_folded(ents: list[tuple[int, int, str, int]], text: str) -> list[tuple[int, int, str, int]]:
    """The sentence's names with each one written alone in brackets right after a name of the same kind
    ("compilation success rate (CSR), pass rate (PR), test coverage (Cov), and mutation score (MS) by
    12.90%, 35.82%, 4.65%, and 5.07%, respectively") folded into that name, whose span then runs to the
    closing bracket: a list of four measures, not of eight, pairs with four numbers in order."""
    out: list[tuple[int, int, str, int]] = []
    for s, e, label, i in ents:
        close = SHORT_FORM_CLOSE.match(text, e)
        if out and close and out[-1][2] == label and out[-1][1] <= s and SHORT_FORM_OPEN.fullmatch(text[out[-1][1] : s]):
            out[-1] = out[-1][:1] + (close.end(),) + out[-1][2:]
            continue
        out.append((s, e, label, i))
    return out


def name_lists(ents: list[tuple[int, int, str, int]], labels: tuple[str, ...], text: str) -> list[list[tuple[int, int, int]]]:
    """The sentence's lists of names of one kind ("MMLU and BoolQ", "BLEU-4 / CIDEr / SPICE"); a
    member may carry a hyphenated modifier the name leaves out ("exact-match, F1, and event-based HIT@1")."""
    spans = [(s, e, i) for s, e, label, i in ents if label in labels]
    return [[spans[k] for k in group] for group in joined_lists([(s, e) for s, e, _ in spans], text, NAME_LIST_GAP)]


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
                                                     technique_starts(ents, text, cues.change_words)), text)]
    numbers = change_spelled_out([bracketed_change(n, text, ents) for n in numbers], text)
    metrics_all = [(s, e, i) for s, e, label, i in ents if label == "Metric"]
    listed = short_forms_folded(ents, text)
    metric_lists = name_lists(listed, ("Metric",), text)
    number_lists = joined_lists([(n.start, n.end) for n in numbers], text)
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
                        last.unit == "%" and places_after_point(numbers[k], text) >= 3 > places_after_point(last, text)):
                    # "(+0.0892, +30.0%)": a change of a proportion, then the same change relative; not 0.0892%
                    numbers[k] = replace(numbers[k], unit=last.unit)
    # "1.56x speedup and 2x memory reduction": a metric right after a number (or a list of them) is theirs
    claimed = {i: list_of[k] for k, m in enumerate(numbers) for s, e, i in metrics_all if s >= m.end and not text[m.end : s].strip()}
    led = led_metrics(numbers, text, metrics_all, list_of)
    read = [bool(n.unit or n.from_value is not None or n.signed or metric_adjacent(n, text, metrics_all) or cued(n, text, ents)
                 or ranged_score(n, text, metrics_all, cues)) for n in numbers]
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
                respectively and len(members) > 1 and all(bare_decimal_places(numbers[k], text) >= 2 for k in members)):
            for k in members:
                read[k] = True
    read = same_precision_scores(numbers, read, text)
    read = [r and not counted_up(n, text, ents) for n, r in zip(numbers, read)]
    opener = _opener(text, ents)
    out = []
    for k, n in enumerate(numbers):
        if not read[k]:
            continue
        lo, hi = clause_bounds(text, n.start, n.end)
        inside = [(s, e, label, i) for s, e, label, i in ents if s >= lo and e <= hi]
        metrics = [(s, e, i) for s, e, label, i in inside if label == "Metric" and claimed.get(i, list_of[k]) == list_of[k]
                   and not _past_another(n, (s, e, i), numbers, list_of, list_of[k])
                   and not past_a_cue(n, s, text, cues.next_predicate) and not past_a_cue(n, s, text, cues.held_measure)]
        if SPEED_AFTER.match(text, n.end):  # "outperforms MeZO in accuracy by 14% and runs 15x faster": speed, not accuracy
            metrics = [m for m in metrics if m[0] >= n.end]
        # "an accuracy of 86.68%, precision of 88.65%": a metric that leads into another number is that one's
        # "Accuracy by 5.1 points in a 28-class setting (.948), and the micro-F1 by 9.6": where every metric of the clause
        # leads into another number, the one the number right before leads into
        before_led = [m for m in metrics if k and led.get(m[2]) == list_of[k - 1] != list_of[k]]
        # "an rFID score of 0.556 and a PSNR of 24.93": a number whose own measure, unrecognised, leads into it
        # takes no metric that leads into another number
        # "89% were considered acceptable, with a mean utility score of 4.08": nor one after it that leads into a later number
        others = [] if _own_measure_unnamed(n, text, lo, metrics_all) else before_led or [
            m for m in metrics if not _leads_into_a_later_number(n, text, m, led, list_of[k], numbers, list_of, cues.level_reached)]
        metric = nearest(n, [m for m in metrics if led.get(m[2]) == list_of[k]] or [m for m in metrics if m[2] not in led] or others,
                         prefer_after=True)
        on_spans = [(s, e, i) for s, e, label, i in inside if label in ON_LABELS]
        on, on_how = nearest(n, on_spans, prefer_after=True), "same_clause"
        own = _own_on(n, text, on_spans, metrics_all, numbers, cues.change_words)
        if own is not None:  # "37.8% MRR, 28.6% Hits@1 on FB15k-237": the group's own "on", not a nearer name before
            on = own
        if opener is not None and not any(s >= n.end and ON_AFTER.fullmatch(text[n.end : s]) for s, e, i in on_spans):
            on, on_how = opener, "sentence_opener"
        if on is None and proposed_on is not None and not any(label in ON_LABELS for _, _, label, _ in ents):
            # A paper that introduces one benchmark reports its numbers on it ("Codex performs best, solving
            # up to 18% of the problems"): where the sentence names none, span train: that one 78, none 46.
            on, on_how = proposed_on, "implicit_proposed"
        of, how = owner_of(n, text, lo, [(s, e, i) for s, e, label, i in inside if label in OF_LABELS], proposed, proposed_folds, fold_of, cues)
        if of is not None and proposed is None and _unnamed_own_scores_over_a_method(n, text, lo, of, inside):
            of, how = None, "none"
        starts_a_change = start_of_a_change(n, text)  # read twice below: by the owner and by the kind
        if no_model_score(n, text, ents, starts_a_change):
            of, how = None, "none"
        elif own_score(n, text) and (owner := given_for(n, text, ents)) is not None:
            of, how = owner, "same_clause"  # "… and 0.36 by Codex"
        metric_after = any(s >= n.end and not text[n.end : s].strip() for s, _, _ in metrics_all)
        out.append((n, kind_in_clause(n, text, lo, [f[:2] for f in out], cues, starts_a_change, metric_after), of, on, metric, how, on_how))
    out = versus_pair_scores(gains_listed(out, numbers, list_of, text, cues), text)
    if "respectively" in text.lower() and len(out) >= 2:
        out = _respectively(out, listed, text, ents)
    return _in_order(out, [numbers[k] for k in range(len(numbers)) if read[k]], text, listed, metric_lists)


def _unnamed_own_scores_over_a_method(n: NumberMention, text: str, lo: int, of: int, inside: list[tuple[int, int, str, int]]) -> bool:
    """The owner found is a Method, and the paper's own thing, unnamed, is what scores in the clause
    (``unnamed_own_scores``): the number is the paper's, which has no node, so it has no owner. A Model
    keeps it (a named network the paper runs is usually the scorer)."""
    spans = [(s, e) for s, e, label, i in inside if i == of and label == "Method"]
    if not spans:
        return False
    before = [sp for sp in spans if sp[1] <= n.start]
    return unnamed_own_scores(n, text, lo, before[-1] if before else spans[0])


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


def past_a_cue(n: NumberMention, start: int, text: str, pattern: re.Pattern | None) -> bool:
    """Whether ``pattern`` matches between ``n`` and a metric after it (at ``start``): then the metric is
    not the measure ``n`` changes. With ``next_predicate`` ("and" and a verb of ``next_predicate_verbs``:
    "improves the mean average precision … by 39.1% and improves the F1 score …", "a loss between 0.4%
    and 1.3% and obtains lower latencies") it is the next predicate's measure; with ``held_measure``
    (lexicon ``held_measure_cues``: "reducing token generation by up to 5.7x with minimal accuracy loss",
    "a 74% gain without sacrificing sample efficiency") it is the measure held."""
    return pattern is not None and start >= n.end and pattern.search(text, n.end, start) is not None


def leads_into(gap: str) -> bool:
    """The words between a metric and a number say the metric is that number's ("accuracy of")."""
    words = WORD.findall(gap.lower())
    return len(words) <= 4 and all(w in LEAD_GLUE for w in words)


# Words that may stand between a metric and the number it leads into ("accuracy of 86.68%",
# "F1 = 0.87", "precision around 0.9777"): METRIC_GLUE without the words that join clauses.
LEAD_GLUE = METRIC_GLUE - {"and", "on", "from"}


def _leads_into_a_later_number(n: NumberMention, text: str, metric: tuple[int, int, int], led: dict[int, int], own: int,
                               numbers: list[NumberMention], list_of: dict[int, int], level_reached: re.Pattern | None = None) -> bool:
    """A metric written after ``n``, past a comma, semicolon or bracket, that leads into a number of another list after
    it ("Only 56.2% of the posts achieve consensus, with the highest pairwise label difference rate of 26%", "89% were
    considered clinically acceptable, with a mean utility score of 4.08") is that number's measure: ``n`` said none of
    its own. Not a metric in ``n``'s own phrase ("88.4% COVID-19 detection accuracy (14.5% improvement …)", "a 3.7
    percentage-point reduction in estimated mortality (18.8% vs 22.5%)"), nor one a verb of ``level_reached`` leads
    to ("by 2.6%, achieving an accuracy of 46.3%": the change reaches that level, so it is a change of that measure)."""
    s, _, i = metric
    return (s >= n.end and led.get(i, own) != own and re.search(r"[,;()]", text[n.end : s]) is not None
            and (level_reached is None or level_reached.search(text, n.end, s) is None)
            and any(list_of[k] == led[i] and m.start >= s for k, m in enumerate(numbers)))


def _own_measure_unnamed(n: NumberMention, text: str, lo: int, metrics: list[tuple[int, int, int]]) -> bool:
    """``n`` right after "<word> score of" ("a reconstruction rFID score of 0.556") where no recognised metric leads
    into it: its measure is named, though not as a metric, so another number's metric is not its."""
    return (SCORE_OF_BEFORE.search(text, lo, n.start) is not None
            and not any(e <= n.start and leads_into(text[e : n.start]) for _, e, _ in metrics))


# "an rFID score of ", "a mean score of ~": a word, then "score of", right before a number
SCORE_OF_BEFORE = re.compile(r"\b[A-Za-z][\w@-]*\s+scores?\s+of\s+(?:(?:about|around|approximately|nearly|over|only|up to)\s+|~\s*)?$")


def led_metrics(numbers: list[NumberMention], text: str, metrics: list[tuple[int, int, int]], list_of: dict[int, int]) -> dict[int, int]:
    """Metric entity -> the list of numbers it is written with: the metric leads into the
    number ("accuracy of 86.68%") or the number into it ("+4.06% increase of F1-score");
    another number of the sentence takes such a metric only when no other is in its clause."""
    out: dict[int, int] = {}
    for s, e, i in metrics:
        for k, n in enumerate(numbers):
            if e <= n.start and leads_into(text[e : n.start]) and not bracketed_count(n, text[e : n.start], text):
                out[i] = list_of[k]
                break
    # "F1-score of 0.46 and 0.90 on ADE Classification": a list a metric leads into takes no other one past a word
    # after it; one written right after it ("94.7% top-1 accuracy") still is its own
    led_before = set(out.values())
    for s, e, i in metrics:
        if i not in out:
            for k, n in enumerate(numbers):
                if s >= n.end:
                    gap = WORD.findall(text[n.end : s].lower())
                    if gap and list_of[k] in led_before:
                        continue
                    if len(gap) <= 3 and all(w in LIST_AFTER_GLUE for w in gap) and not any(n.end <= m.start and m.end <= s for m in numbers):
                        out[i] = list_of[k]
                        break
    return out


def bracketed_count(n: NumberMention, gap: str, text: str) -> bool:
    """A bare whole number a bracket opens right after a metric ("the best top-1 accuracy (3 seeds)", "(1) novelty
    (2) fluency"): a count or an item's number, not the metric's value, so the metric leads into no number there. A
    value in brackets has a unit, a sign, a point, a range or an "about" ("accuracy (88.14%)", "F1 score (0.782)",
    "memory usage (~1880 MB)", "(0.27 to 0.44)": of the unseen draw's 16 metrics a bracketed number follows, only
    "Novelty (2)" is a bare whole number, an item's). A lead read there took the metric from the number before it past
    a comma (``_leads_into_a_later_number``: "86.7% on CIFAR-100, the best top-1 accuracy (3 seeds)" lost accuracy)."""
    return (gap.strip() == "(" and not (n.unit or n.signed or n.from_value is not None or n.low is not None)
            and "." not in text[n.start : n.end])


def _respectively(found: list, ents: list[tuple[int, int, str, int]], text: str,
                  written: list[tuple[int, int, str, int]] | None = None) -> list:
    """"66.5% and 63.3% on OK-VQA and A-OKVQA respectively": the i-th number goes with the i-th
    name (of the names after the numbers, else of all the sentence's names of that kind). A
    number in brackets right after another ("81.8% (+5.9%), 34.7% (+5.8%)") goes with that one.
    ``ents`` has its short forms folded (``short_forms_folded``); where its names of a kind are one name,
    not as many as the numbers, those ``written`` are tried, as before the folding ("6.81% and 22.22% …
    word error rate (WER) reduction … respectively": both numbers on the one metric, written twice)."""
    groups: list[list[int]] = []
    for k, f in enumerate(found):
        if groups and BRACKETED_AFTER.fullmatch(text[found[k - 1][0].end : f[0].start]):
            groups[-1].append(k)
        else:
            groups.append([k])
    first = found[0][0].start

    def role_names(source: list[tuple[int, int, str, int]], labels: tuple[str, ...]) -> tuple[list[int], list[int]]:
        """The names of a kind after the first number, and those to pair: them, else all of the kind."""
        after = [i for s, e, label, i in source if label in labels and s > first]
        return after, after if len(after) == len(groups) else [i for s, e, label, i in source if label in labels]

    for role, labels in ((4, ("Metric",)), (3, ON_LABELS), (2, OF_LABELS)):
        ents_of_role = ents
        after, names = role_names(ents, labels)
        if len(names) != len(groups) and len(set(names)) == 1 and written is not None and written != ents:
            ents_of_role = written  # the names as written, short forms apart
            after, names = role_names(written, labels)
        # "F1-score of 0.46 and 0.90 on A and B respectively": the metric leads into the whole list, also where
        # A and B are metric-typed names read as places after "on" (session 55: a recognised set listed with a metric
        # is a metric too)
        placed_after = after and re.search(r"\bon\b", text[found[-1][0].end : min(s for s, e, label, i in ents_of_role if i in after)])
        if ((names is not after or placed_after) and role == 4
                and any(label == "Metric" and e <= first and leads_into(text[e:first]) for s, e, label, i in ents_of_role)):
            continue
        if len(names) == len(groups) and len(set(names)) == len(names):
            name_of = {k: names[g] for g, members in enumerate(groups) for k in members}
            found = [tuple(f[:role]) + (name_of[k],) + tuple(f[role + 1 :]) for k, f in enumerate(found)]
            if role == 2:
                found = [f[:5] + ("respectively",) + f[6:] for f in found]
            if role == 3:
                found = [f[:6] + ("in_order",) for f in found]
    return found


# "… by up to 42% and 54%": "by" (and a rounding word) between a list of measures and the list of numbers after it
BY_BEFORE = re.compile(r"\s+by\s+(?:(?:up\s+to|about|around|approximately|over|nearly|roughly|almost|an\s+average\s+of|on\s+average)\s+)?$",
                       re.IGNORECASE)
# The most words one member of such a list holds ("average token usage and trajectory length")
MEASURE_MEMBER_WORDS = 4


# A word of a measure list's member, or the member's short form in brackets ("mutation score (MS)"; not "(i)", "(a)")
MEMBER_WORD = re.compile(r"[\w@][\w@./+-]*|\((?=[^)]*[A-Z])[A-Za-z][\w@./+-]*\)")


def _words(member: list[tuple[int, int]], text: str) -> int:
    """The words of a member, a short form in brackets not counted."""
    return sum(1 for a, _ in member if text[a] != "(")


def measure_list_members(text: str, end: int, stops: frozenset[str]) -> list[tuple[int, int]]:
    """The members (character spans, in order) of the list of noun phrases that ends at ``end``: joined by commas and
    "and", the first one starting after a word of ``stops`` ("reducing memory and FLOPs", "the time and costs") or at
    most ``MEASURE_MEMBER_WORDS`` words long. Empty where no list ends there."""
    members: list[list[tuple[int, int]]] = [[]]
    joined_by = None
    for tok in reversed(list(re.finditer(r",|[^\s,]+", text[:end]))):
        word = tok.group().lower()
        if word in (",", "and"):
            if not members[-1]:
                if len(members) == 1 or not (joined_by == "and" and word == ","):
                    return []
                joined_by = word
                continue  # ", and" (read backwards: "and", then the comma): one join
            members.append([])
            joined_by = word
        elif word in stops or not MEMBER_WORD.fullmatch(tok.group()) or _words(members[-1], text) == MEASURE_MEMBER_WORDS:
            break
        else:
            members[-1].append(tok.span())
    if len(members) < 2 or not members[-1] or (_words(members[0], text) == MEASURE_MEMBER_WORDS):
        return []
    return [(m[-1][0], m[0][1]) for m in reversed(members)]


def measures_listed_before(found: list, groups: list[list[int]], ents: list[tuple[int, int, str, int]], text: str,
                           stops: frozenset[str]) -> dict[int, int | None]:
    """"reducing parameter and computation costs by 1.86x and 3.29x, respectively", "lowering estimated time and cost by
    87% and 94%, respectively": a list of measures right before "by" and the list of as many numbers (``groups`` of
    ``found``) after it pair member by member, so the i-th number takes the metric named in the i-th member, none
    where that member names no recognised metric (another member's metric is not its). One word before a last member
    whose metric leaves out a modifier word shares that metric ("biomass and N estimation accuracy"). Found index ->
    metric; empty where the shape does not hold (no such list, no metric in it, two in one member; a short form in
    brackets after a metric is that metric again, ``short_forms_folded``)."""
    for g, members in enumerate(groups):
        by = BY_BEFORE.search(text, 0, found[members[0]][0].start)
        if by is None:
            continue
        listed = [members]
        for later in groups[g + 1 :]:
            if not LIST_GAP.fullmatch(text[found[listed[-1][-1]][0].end : found[later[0]][0].start]):
                break
            listed.append(later)
        spans = measure_list_members(text, by.start(), stops)
        if len(spans) != len(listed) or len(listed) < 2:
            continue  # "reduces buffer traffic by 77.4-87.0%, leading to … energy and latency by 10.1-17.9% and …": a later list
        metrics = [(s, e, i) for s, e, label, i in short_forms_folded(ents, text) if label == "Metric" and spans[0][0] <= s and e <= spans[-1][1]]
        of_member = [[i for s, e, i in metrics if a <= s and e <= b] for a, b in spans]
        if not metrics or sum(map(len, of_member)) != len(metrics) or any(len(m) > 1 for m in of_member):
            continue
        last_start = min(s for s, e, i in metrics if i in of_member[-1]) if of_member[-1] else None
        shared = of_member[-1][0] if last_start is not None and last_start > spans[-1][0] else None
        metric_of = [m[0] if m else (shared if len(text[a:b].split()) == 1 else None) for m, (a, b) in zip(of_member, spans)]
        return {k: metric_of[j] for j, ks in enumerate(listed) for k in ks}
    return {}


def _in_order(found: list, numbers: list[NumberMention], text: str, ents: list[tuple[int, int, str, int]],
              metric_lists: list[list[tuple[int, int, int]]]) -> list:
    """"61.1% and 75.6% accuracy on EgoSchema and NExT-QA", "BLEU-4 / CIDEr of 36.6 / 116.9": a
    list of numbers and a list of as many metrics or datasets/benchmarks in its sentence pair in
    order (the nearest such list), with or without "respectively"."""
    for members in joined_lists([(n.start, n.end) for n in numbers], text):
        if len(members) < 2:
            continue
        first, last = numbers[members[0]], numbers[members[-1]]
        for role, lists in ((4, metric_lists), (3, name_lists(ents, ON_LABELS, text))):
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
            if role == 4 and any(label == "Metric" and e <= first.start and (s, e, i) not in names and leads_into(text[e : first.start])
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
# "up to 4% regarding tardiness and up to 1% regarding throughput"); a reduction as an increase ("a 32% reduction
# in peak memory and a 56% reduction in energy consumption": the second is not the nearer first one's).
LIST_AFTER_GLUE = {"in", "on", "of", "for", "the", "both", "terms", "regarding", "performance", "higher", "better", "improvement",
                   "improvements", "gain", "gains", "relative", "absolute", "increase", "increases", "reduction", "reductions",
                   "decrease", "decreases"}


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
    in_list = {k for members in joined_lists(numbers, text) if len(members) > 1 for k in members}
    out = []
    for k, f in enumerate(found):
        n, metric = f[0], f[4]
        names = next((ml for ml in name_lists(ents, ("Metric",), text) if len(ml) > 1 and any(i == metric for _, _, i in ml)), None)
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
