"""The dataset or benchmark and the metric a number is read on, carried across its sentence.

Where a number's own clause names neither, the passes here carry them from elsewhere in the sentence
("82% accuracy on StepGame and 69% on SparQA", a metric that closes a run of parallel numbers, places
in "respectively" order), or keep them unsaid where the guideline does (a count of sets, a task named
after the number, an enumerated finding, a place that is no dataset).
"""

import re

from kg.extract.result_model import WORD
from kg.extract.result_numbers import ATTAIN_VERBS, ATTAIN_WORD, NUMBER, OF_LABELS, ON_LABELS, NumberMention, counts_sets, number_value
from kg.extract.result_sentences import BY_BEFORE, LIST_GAP, ON_AFTER, joined_lists, leads_into, measures_listed_before, name_lists


# The units of a number that may take the metric of another: a time, speed or distance ("44.1% MOTA, 9 fps")
# is a measure of its own.
CARRIED_UNITS = frozenset({"", "%", "points", "x"})
# Another clause begins ("86.15 mAP50 while reducing energy … by 20.6%"): a metric is not carried past it
# to a bare change ("by", "of"); to a score after a verb of attainment it is.
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
    in_lists = {i for names in name_lists(ents, ON_LABELS, text) if len(names) > 1 for _, _, i in names}
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
            if count and counts_sets(NumberMention(place[0], place[0] + count.end(), number_value(count.group()), ""), text, nouns):
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


# A number's own measure written after it with a comparative: "3x lower standard deviation", "67% fewer tokens".
COMPARED_MEASURE_AFTER = re.compile(r"\s*(?:pp|points?|percentage\s+points?|times|fold)?\s*(?P<change>[\w-]+)\s+(?P<word>[\w-]+)", re.IGNORECASE)
# ... and the clause it stands in, up to where another phrase starts
OWN_MEASURE_PHRASE = re.compile(r"[^,;:()\[\]]*")
FIRST_WORD = re.compile(r"[\w-]+")


def earlier_numbers_measure_not_past_its_own(found: list, text: str, ents: list[tuple[int, int, str, int]], change_words: frozenset[str],
                                             comparatives: frozenset[str], not_measures: frozenset[str]) -> list:
    """"MTR reduces FLOPs by approximately 40% …, with only a 1.6% drop in ImageNet performance", "2~4x higher
    reward and 3x lower standard deviation", "maintains over 99% of baseline accuracy with 67% fewer tokens": a number
    whose change or comparative names its own measure right after it ("drop in …", "fewer tokens") does not take
    the metric an earlier number of the sentence already took (the same-clause pick reaches back to it), unless its
    own phrase names that metric ("a 1.5% drop in accuracy", "+1.71% SPL improvements") or opens with the last word
    or the initials of its name ("0.59 percentage points higher error" after a mean absolute percentage error, "2-3x
    lower FD" after a Frechet Distance). A comparative needs a word after it that opens a measure, not "than", "on",
    "in" … (results.json ``comparative_followers_not_measures``: "12% lower on Immigrants" keeps the accuracy).
    ``own_measure_not_the_earlier_ones`` drops a metric named between the two numbers; this one a metric named before
    the earlier number. Session 68 (metric68, eval/metric68/): 28 changed Results on unseen text, the earlier
    number's metric right to remove in 27 (11 now right, 16 with the number's own measure unread), wrong in 1."""
    out, taken = [], set()
    for f in found:
        n, metric = f[0], f[4]
        if metric is None or metric not in taken:
            out.append(f)
            if metric is not None:
                taken.add(metric)
            continue
        own = OWN_MEASURE_AFTER.match(text, n.end)
        if own is not None and own.group("change").lower() not in change_words:
            own = None
        if own is None:
            own = COMPARED_MEASURE_AFTER.match(text, n.end)
            if own is not None and (own.group("change").lower() not in comparatives or own.group("word").lower() in not_measures
                                    or not own.group("word")[0].isalpha()):
                own = None
        if own is None:
            out.append(f)
            continue
        end = OWN_MEASURE_PHRASE.match(text, own.end()).end()
        names = {text[e[0] : e[1]].lower() for e in ents if e[3] == metric}
        first = own.group("word") if "word" in own.groupdict() else next(iter(FIRST_WORD.findall(text, own.end(), end)), "")
        if (any(text[e[0] : e[1]].lower() in names and n.end <= e[0] < end for e in ents)  # the metric's mention or another of its text
                or any(first.lower() in (name.split()[-1], "".join(w[0] for w in name.split())) for name in names if " " in name)):
            out.append(f)  # "a 1.5% drop in accuracy", "2-3x lower FD", "higher error": its own phrase names the metric
            continue
        out.append(f[:4] + (None,) + f[5:7] + ("same_clause",) + f[8:])
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


def not_past_an_unnamed_place(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """A number after another one whose own place holds no dataset or benchmark and was left unsaid
    (``on_named_elsewhere``: "an F1-score of 99.23 on the MIMIC de-identification dataset, with a
    recall 99.25") is measured there too, not on a set named before that place ("97.85 on the i2b2
    2014 dataset, …"): no dataset or benchmark stands between that place and the number. Its
    benchmark is left unsaid as the first one's is."""
    places = [(s, e, i) for s, e, label, i in ents if label in ON_LABELS]
    unsaid = [p for p in (_place_of(g[0], text, named_in=True) for g in found if g[3] is None and g[6] == "same_clause") if p]
    out = []
    for f in found:
        n, on = f[0], f[3]
        named = [(s, e) for s, e, i in places if i == on and e <= n.start]
        if named and f[6] in ("same_clause", "model") and any(
                named[-1][1] <= p[0] and p[1] <= n.start
                and not any(p[0] <= s < n.start for s, _, _ in places) for p in unsaid):
            f = on_left_unsaid(f)
        out.append(f)
    return out


# "an average improvement of 28.36%", "by an average of 6.0%", "a mean gain of 3.1": a number said to be an average.
AVERAGE_BEFORE = re.compile(r"\b(?:average|mean)\b(?:\s+[\w@-]+){0,3}?\s+(?:(?:of|by)\s+)?(?:an?\s+)?[+]?$", re.IGNORECASE)
# "…, with up to 37.01%", "and as high as 12 points": the maximum over the sets, right before its number.
MAXIMUM_BEFORE = re.compile(r"\b(?:up\s+to|as\s+(?:high|much|large)\s+as|a\s+maximum(?:\s+[\w-]+)?\s+of|peaking\s+at)\s+(?:an?\s+)?[+]?$",
                            re.IGNORECASE)


def average_not_on_a_later_numbers_place(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """"an average improvement of 28.36% in F1 score, with up to 37.01% gain on a named set": an
    average is taken over several sets and the maximum after it ("up to", "as high as") names the one
    set it is reached on, so a dataset or benchmark the sentence names only after that maximum, and
    not before the average, is the maximum's place, not the average's (left unsaid, as the guideline
    keeps one number over several sets). A later number of any kind was too broad: "an average
    accuracy of 79.85 down to 8.18 on XNLI" is on XNLI (corpus abstracts: 6 fired, 1 right)."""
    places = [(s, i) for s, _, label, i in ents if label in ON_LABELS]
    out = []
    for f in found:
        n, on = f[0], f[3]
        if on is not None and f[6] == "same_clause" and AVERAGE_BEFORE.search(text[: n.start]):
            at = [s for s, i in places if i == on]
            later = [g[0].start for g in found if g[0].start >= n.end and MAXIMUM_BEFORE.search(text[n.end : g[0].start])]
            if at and later and min(at) > min(later) and not any(n.end <= s < min(later) for s, _ in places):
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
    weights …), or joined to it by a hyphen ("an ImageNet-pretrained ViT"). It is no place a number is measured on:
    the number's benchmark is left unsaid."""
    if not source_heads:
        return found
    spans = [(s, e, i) for s, e, label, i in ents if label in ON_LABELS]
    out = []
    for f in found:
        said = [WORD.findall(text[e : e + 40])[:2] for s, e, i in spans if i == f[3]]
        if said and all(words and (words[0].lower().lstrip("-") in source_heads or (words[0].lower() == "only" and words[1:]
                                                                      and words[1].lower() in source_heads)) for words in said):
            f = on_left_unsaid(f)
        out.append(f)
    return out


def _decimals(n: NumberMention, text: str) -> int:
    """How many digits ``n`` is written with after its point ("3.8%": 1)."""
    written = re.search(NUMBER, text[n.start : n.end])
    return len(written.group().partition(".")[2]) if written else 0


def gain_on_the_change_it_sizes(found: list, text: str) -> list:
    """"from 74.8% to 78.6% on FaceForensics++ and from 70.5% to 74.9% on DFDC-Preview, gains of 3.8% and
    4.4%", "improving accuracy by 0.8% (94.0% to 94.8%)": a plain gain that is, as written, the size of
    one "from … to" change of the sentence (the only one it equals) is that change's difference, so it is
    measured where the change is, whatever place stands nearer. Span train: no sentence has the shape;
    the session-54 draw: 2 fire, 2 right."""
    changes = [f for f in found if f[0].from_value is not None and f[3] is not None]
    if not changes:
        return found
    out = []
    for f in found:
        n = f[0]
        if f[1] == "gain" and n.from_value is None and n.low is None and n.value > 0 and n.unit in ("%", "points", ""):
            places = 10 ** -_decimals(n, text)
            sized = {g[3] for g in changes if g[0].unit in (n.unit, "%" if n.unit == "points" else n.unit)
                     and abs(round(abs(g[0].value - g[0].from_value) / places) * places - n.value) < places / 2}
            if len(sized) == 1 and f[3] not in sized:
                f = f[:3] + (sized.pop(),) + f[4:6] + ("same_clause",) + f[7:]
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
        for members in joined_lists([(f[0].start, f[0].end) for f in found], text):
            earlier = [f[4] for f in found[: members[0]] if f[4] is not None][-len(members) :]
            shared = {found[k][4] for k in members}
            # "F1-score of 66.12% and Precision of 73.23%, surpassing … by 1.71% and 2.42%, respectively": the list
            # took the metric that leads into the number before it, one already read; it pairs in order as well
            if len(members) > 1 and (shared == {None} or (earlier and shared == {earlier[-1]})):
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
    for members in joined_lists([(f[0].start, f[0].end) for f in found], text):
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
# The most words an item before "by" holds ("reducing FLOPs by 400-700x, model parameters by 25-75x")
BY_ITEM_WORDS = 6
# Between a metric and an item before "by" that only qualifies it ("recall of rare words by 34.7%", "the mAP of a
# downstream defect detector by 15.3%", "errors due to hallucinated details by 18%"): a preposition, a word before it
# at most, an article after it. The metric is then the item's own measure.
QUALIFIED_METRIC_GAP = re.compile(r"\s*(?:[\w-]+\s+)?(?:of|for|in|on|to|from|with|at|across)\s+(?:(?:the|a|an)\s+)?", re.IGNORECASE)
# The prepositions a qualifying item opens with ("and of out-of-vocabulary words by 97.2%")
PARALLEL_QUALIFIERS = frozenset({"of", "for", "in", "on", "to", "from", "with", "at", "across"})
# Words between an item and its "by" that belong to neither: a passive's auxiliary, an adverb
BY_ITEM_SKIPPED = re.compile(r"(?:was|were|is|are|be|been|being|has|have|had|can|could|will|would|may|might|\w+ly)", re.IGNORECASE)


def _by_item(text: str, end: int, stops: frozenset[str], verb_nouns: frozenset[str]) -> tuple[int, int, list[str], str] | None:
    """The item before "by" that ends at ``end``: the words after the last comma, semicolon, colon, bracket, "and" or
    word of ``stops`` (a determiner, preposition or change verb: "… by 82%, and cost by 59%", "reduces CO2 emissions
    by 69%"); where a verb of ``stops`` stands right before "by" (after an auxiliary or an adverb), its subject ("the
    logarithmic loss improved by 5.7%"). Its span, its words and the word it starts after ("" for a mark); ``None``
    where it runs past ``BY_ITEM_WORDS`` words or holds none."""
    toks = list(reversed(list(re.finditer(r"[,;:()]|[^\s,;:()]+", text[:end]))))
    j = 0
    while j < len(toks) and BY_ITEM_SKIPPED.fullmatch(toks[j].group()):
        j += 1
    if j < len(toks) and toks[j].group().lower() in stops and toks[j].group().lower() not in verb_nouns:
        j += 1  # "the logarithmic loss improved by": the subject before the verb
        while j < len(toks) and BY_ITEM_SKIPPED.fullmatch(toks[j].group()):
            j += 1
    words: list[tuple[int, int, str]] = []
    stop = ""
    for tok in toks[j:]:
        word = tok.group().lower()
        if word in (",", ";", ":", "(", ")", "and") or (word in stops and (words or word not in verb_nouns)):
            stop = word if word in stops or word == "and" else ""
            break
        words.insert(0, (tok.start(), tok.end(), word))
        if len(words) > BY_ITEM_WORDS:
            return None
    return (words[0][0], words[-1][1], [w for _, _, w in words], stop) if words else None


def by_item_names_its_own_measure(found: list, text: str, ents: list[tuple[int, int, str, int]], cues) -> list:
    """"reducing FLOPs by 400-700x, model parameters by 25-75x, and inference-time overhead by 10-20x", "lowering TTFT by up
    to 70%, End-to-End latency by 41% and per-token energy by up to 22%": in a run of two or more "by" numbers, each
    item before "by" is the measure its number changes; an item that names no recognised metric nor any other name
    takes none, not the metric of another item (before or after it). Not an item whose head is of ``by_item_keeps``
    ("the latter", "the monolingual models", "performance"), nor items compared ("outperforming gzip by 3.1x, bzip2 by
    2.5x": ``by_item_compares`` within 150 characters before), nor an item that qualifies the metric right before it
    ("recall of rare words by 34.7%"), nor a metric in the number's own phrase after it ("by 0.9% points of accuracy"),
    nor the first number of a list ("for top1, top2, and top3 by 41.8%, 26.3%, and 18.3%"). A "respectively" list of
    measures before "by" pairs member by member first (``measures_listed_before``), after the carries too."""
    out = list(found)
    if "respectively" in text.lower():
        listed = measures_listed_before(out, [[k] for k in range(len(out))], ents, text, cues.measure_list_stops)
        out = [f[:4] + (listed[k],) + f[5:] if k in listed else f for k, f in enumerate(out)]
    else:
        listed = {}
    bys = {k: by.start() for k, f in enumerate(out) if (by := BY_BEFORE.search(text, 0, f[0].start)) is not None}
    if len(bys) < 2:
        return out
    # every mention of the metric's name: the number may hold a later mention of the same name ("Mistral-7B's accuracy on
    # Multi-Arith increased by 20%, and Phi-3-mini's accuracy on HumanEval rose by 34%")
    named = {i: text[s:e].lower() for s, e, label, i in ents if label == "Metric"}
    spans = {i: [(s, e) for s, e, label, j in ents if label == "Metric" and named[j] == name] for i, name in named.items()}
    for k, end in bys.items():
        n, m = out[k][0], out[k][4]
        item = _by_item(text, end, cues.measure_list_stops, cues.by_item_verb_nouns)
        if k in listed or m is None or m not in spans or item is None:
            continue
        if k + 1 < len(out) and LIST_GAP.fullmatch(text[n.end : out[k + 1][0].start]):
            continue
        a, b, words, _ = item
        window = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text[max(0, a - 150) : b].lower())  # "(bpb)--outperforming gzip"
        compared = any(w in cues.by_item_compares and (j == 0 or window[j - 1] != "by") for j, w in enumerate(window))
        own_after = any(s >= n.end and re.search(r"[,;()]", text[n.end : s]) is None and len(text[n.end : s].split()) <= 3
                        for s, _ in spans[m])
        qualified = any(e <= a and QUALIFIED_METRIC_GAP.fullmatch(text[e:a]) is not None for _, e in spans[m])
        # "recall of rare words by 34.7% and of out-of-vocabulary words by 97.2%": a qualifier parallel to an earlier one
        parallel = item[3] in PARALLEL_QUALIFIERS and re.search(r"(?:,|\band)\s+" + item[3] + r"\s+(?:(?:the|a|an)\s+)?$", text[:a]) is not None
        if (compared or words[-1] in cues.by_item_keeps or re.search(r"(?:wise|ly)$", words[-1]) or own_after or qualified or parallel
                or any(s2 < b and a < e2 for s2, e2, _, _ in ents)):
            continue
        out[k] = out[k][:4] + (None,) + out[k][5:]
    return out


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
    listed = {i: names for names in name_lists(ents, ("Metric",), text) if len(names) > 1 for _, _, i in names}
    size = {k: len(members) for members in joined_lists([(f[0].start, f[0].end) for f in found], text) for k in members}
    out = []
    for k, f in enumerate(found):
        names = listed.get(f[4])
        if names is not None and names[-1][1] <= f[0].start and size[k] != len(names):  # not a list paired in order
            gap = text[names[-1][1] : f[0].start]
            if len(gap.split()) > 4 and not leads_into(gap):
                f = f[:4] + (None,) + f[5:]
        out.append(f)
    return out


# A label and colon right before a number, its sign or "~" between: "(GSM8K: +13.42%", "GENERAL REASONING: +2.51%".
LABEL_COLON = re.compile(r"[A-Za-z][\w.\-]*(?: [A-Za-z][\w.\-]*){0,3}\s*:\s*[+\-−~]?\s*$")
COLON_GAP = re.compile(r"\s*:\s*[+\-−~]?\s*")


def place_labelled_before(found: list, text: str, ents: list[tuple[int, int, str, int]]) -> list:
    """"(GSM8K: +13.42%, MATH: +2.30%)", "(MMLU: +4.55%, MMLU-STEM: +4.28%) and … (GENERAL REASONING:
    +2.51%)": a dataset or benchmark written as the label of a number ("NAME: N") is that number's place,
    whatever place stands nearer after it; a number labelled with anything else is not on a place that
    labels another number of the sentence (the label names the number's own set, unrecognised)."""
    labelled = {}
    for k, f in enumerate(found):
        if LABEL_COLON.search(text, 0, f[0].start):
            labelled[k] = next((i for _, e, label, i in ents if label in ON_LABELS and e < f[0].start
                                and COLON_GAP.fullmatch(text[e : f[0].start])), None)
    labels = {i for i in labelled.values() if i is not None}
    if not labels:
        return found
    out = list(found)
    for k, i in labelled.items():
        if i is not None and found[k][3] != i:
            out[k] = found[k][:3] + (i,) + found[k][4:6] + ("same_clause",) + found[k][7:]
        elif i is None and found[k][3] in labels:
            out[k] = on_left_unsaid(found[k])
    return out
