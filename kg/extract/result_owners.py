"""Whose number it is, on the first reading of a clause.

``owner_of`` picks the model or method a number belongs to (the clause's, a bracketed name, the
paper's proposal in the authors' voice); the tests beside it tell a baseline's, people's or no
model's score and a model made from a named base. ``result_sentences`` calls them once per number.
"""

import re

from kg.extract.result_model import WORD, clause_bounds
from kg.extract.result_numbers import ATTAIN_VERBS, LISTED_NUMBER_ATOM, OF_LABELS, Cues, NumberMention, given_for


IMPLICIT_OURS = re.compile(r"\b(?:we|our|proposed|this (?:method|model|approach|framework|system))\b", re.IGNORECASE)
AUTHORS_ACHIEVE = re.compile(r"\bour\b|\bthe proposed\b|\bwe\s+(?:\w+\s+)?(?:achieve|obtain|reach|improve|outperform|attain|report|get|see|observe|surpass|gain)",
                             re.IGNORECASE)


# Nouns the paper calls its own thing by, unnamed ("the full pipeline", "our proposed method"): read by
# SELF_SUBJECT and UNNAMED_OWN, each with a few nouns of its own.
OWN_THING_NOUNS = "model|method|pipeline|approach|framework|system|network|architecture|algorithm|technique"
# A sentence whose subject points back at the paper's own contribution: "It delivers …", "The full
# pipeline improves …", "These trained models …" (used only where the clause names no model).
SELF_SUBJECT = re.compile(r"^\s*(?:it|(?:this|these|the)\s+(?:[\w-]+\s+){0,2}(?:" + OWN_THING_NOUNS + r"|agent)s?)\b", re.IGNORECASE)


# "our proposed method", "the proposed model", "our approaches": the paper's own thing as a clause's subject, unnamed.
UNNAMED_OWN = re.compile(r"\b(?:our|the proposed)\s+(?:[\w-]+\s+){0,2}?(?:" + OWN_THING_NOUNS + r"|implementation|strategy|scheme|solution)"
                         r"(?:e?s)?\b", re.IGNORECASE)
# What may join the paper's unnamed own thing to a name that is that thing ("our best method, X", "our model (X)",
# "our method with X", "our approach called X"): no verb between, so the name is not what the own thing acts on.
OWN_NAMED_BY = re.compile(r"\s*(?:,|\(|with\b|of\b|called\b|named\b|dubbed\b|termed\b)", re.IGNORECASE)


def unnamed_own_scores(n: NumberMention, text: str, lo: int, name: tuple[int, int]) -> bool:
    """The number's clause has the paper's own thing, unnamed, for the one that scores ("In the X
    competition, our system achieved 74.95 F1", "our proposed method improves a standard X model (20%
    relative WER reduction)", "our approach leverages Xs, achieving 82.2% accuracy"), and the
    method ``name`` (start, end) is named before that subject or after its verb: where it is done, or
    what is improved or used, not the scorer. Not where the name follows the subject with no verb between
    ("our best method, X, improves …", "our hierarchical X with …")."""
    s, e = name
    for m in UNNAMED_OWN.finditer(text, lo, n.start):
        if m.start() >= e:
            return True
        gap = text[m.end() : s]
        if m.end() <= s and ";" not in gap and re.search(r"[a-z]{3,}", gap) and not OWN_NAMED_BY.match(gap):
            return True
    return False


# a comparison, then a relative clause on what is compared, up to the number: the number is theirs
COMPARED_RELATIVE = re.compile(r",\s*(?:which|that|who|whose)\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)
# "… GPT-4 that achieves 80%", "… EMBR, which bridges the gap by 43%": a relative clause gives the
# number to the name it hangs on, even one the sentence compares with.
RELATIVE_CLAUSE = re.compile(r"\s*,?\s*(?:that|which|who)\s+(?:[\w-]+\s+){0,5}", re.IGNORECASE)


def nearest(n: NumberMention, spans: list[tuple[int, int, int]], prefer_after: bool) -> int | None:
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


# "(vs. 43.1% baseline)", "compared to 0.64 for the strongest baseline", "versus 75% for perplexity-based baselines".
# Two readings of one comparison, kept apart (session 57, seams57): this strict one lets a name stand in the baseline's
# own words ("compared to 41.3% for a multi-turn RAG baseline", "… for the strongest non-EMBER baseline": still the
# baseline's number); the loose one below must see no name from the cue to the baseline's words, as its wider shapes
# would otherwise take a named model's score ("compared to 80% for GPT-4o and the baseline"). Read by the loose one
# alone, 2 numbers of 74 corpus abstracts with the strict shape went to the paper's model, both wrongly.
VERSUS_BEFORE = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:to|with))\s*$", re.IGNORECASE)
BASELINE_AFTER = re.compile(r"\s*(?:(?:for|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?)?baselines?\b", re.IGNORECASE)
# The same comparison written more loosely, where no name stands between the cue and the baseline's words:
# "compared to only 4% for the baseline model", "compared with 0.47 and 2.88 for the informed baseline",
# "compared to an F1 score of 0.55 for the baseline", "(vs.\\ 26.0% and 15.7% for the best baseline)",
# "compared to the 82.20 percent full-precision baseline", "compared to only 26.39% using conventional methods",
# "compared to 52% for prior synthetic data methods".
# One parse per number (LISTED_NUMBER_ATOM; a unit only with its number, so that "12 , 13" does not leave its space
# to either "\s"): every way tried again on a failing list of twenty ("compared to 125,125,…") took seconds.
LISTED_NUMBER = LISTED_NUMBER_ATOM + r"(?:\s?(?:%|percent))?"
VERSUS_LOOSELY_BEFORE = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:to|with))\\?\s+(?:the\s+)?(?:(?:only|just|about|around)\s+)?"
                                   r"(?:(?:an?\s+)?(?:[\w@-]+\s+){1,3}?(?:of|at)\s+(?:only\s+|just\s+)?)?"
                                   r"(?:" + LISTED_NUMBER + r"\s*(?:,\s*|\s+and\s+))*$", re.IGNORECASE)
UNNAMED_BASELINE_AFTER = re.compile(r"(?:\s*(?:,|and)\s+" + LISTED_NUMBER + r")*\s+(?:(?:(?:for|of)\s+(?:the\s+|an?\s+)?)?(?:[\w-]+\s+){0,3}?"
                                    r"baselines?|(?:for|using|with|by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:conventional|traditional|"
                                    r"existing|standard|prior|previous|classical|competing)\s+(?:[\w-]+\s+){0,2}?(?:methods?|approaches|models?|"
                                    r"techniques|systems|baselines?))\b", re.IGNORECASE)


def versus_unnamed_baseline(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]]) -> bool:
    """A number set against another's with a comparison cue and given to a baseline the sentence does
    not name ("compared to only 26.39% using conventional methods", "(vs. 26.0% and 15.7% for the
    best baseline)"): no model or method stands between the cue and the baseline's words."""
    cue = VERSUS_LOOSELY_BEFORE.search(text, 0, n.start)
    after = UNNAMED_BASELINE_AFTER.match(text, n.end) if cue else None
    return after is not None and not any(cue.start() <= s < after.end() for s, _, label, _ in ents if label in OF_LABELS)


def baseline_score(n: NumberMention, text: str, ents: list[tuple[int, int, str, int]], starts_a_change: bool) -> bool:
    """A score an unnamed baseline or the previous best reached ("a character baseline of 14.8%
    WER", "the previous 86.4% … accuracy", "(vs. 43.1% baseline)", "compared to 0.64 for the
    strongest baseline", "from 48.8 mAP by +5.9") is not the model's the sentence is about: no model or
    method stands between the cue and the number, and none follows it with "for" ("baseline
    accuracy was 51.7% for GPT-4o" is GPT-4o's); nor is one set against it more loosely and given to a
    baseline the sentence does not name (``versus_unnamed_baseline``). ``starts_a_change``:
    ``start_of_a_change(n, text)``."""
    if (VERSUS_BEFORE.search(text, 0, n.start) and BASELINE_AFTER.match(text, n.end) or starts_a_change
            or versus_unnamed_baseline(n, text, ents)):
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


def own_score(n: NumberMention, text: str) -> bool:
    """A score as it stands, not a margin or a change ("by 5.0x for the largest GPT-3 model" is the
    paper's method's speed-up on GPT-3, not GPT-3's), nor one of a "respectively" list (paired in order)."""
    return not (n.signed or n.from_value is not None or n.unit in ("x", "points") or re.search(r"\bby\s+$", text[: n.start])
                or "respectively" in text.lower())


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


def named_with_an_instrument(named: list[tuple[int, int, int]], text: str, lo: int, cues: Cues) -> int | None:
    """``named``: (start, end, entity index) of the names before a number, in order. Where the last one
    follows the one before it through an instrument phrase, with at most a kind word between ("The
    small DNN trained on the soft RNN alignments achieved 3.93 WER", "our MLP model with the Mish
    activation achieves"; ``results.json`` ``instrument_before``, ``instrument_heads``), the number is
    the one before's: the last is what it was made or run with. Not where the one before is brought in
    the same way ("using only a ResNet-18 with CLIP training", "combining RAG with PEFT";
    ``instrument_openers``): both are then the means of something the clause does not name."""
    if len(named) < 2 or cues.instrument_before is None or not cues.instrument_before.fullmatch(text, named[-2][1], named[-1][0]):
        return None
    if cues.instrument_opener is not None and cues.instrument_opener.search(text, lo, named[-2][0]):
        return None
    return named[-2][2]


# "… on par with GPT-4 (90.8%)", "(Claude Opus 4.7 at 69.2)": a name whose own score stands right after it, in
# brackets, alone or first of a pair (a kind word may sit between: "a ResNet model (99.3% and 99.4%)"); a score has
# a decimal point or a unit, so a year or a numbered reference ("ResNet-50 (7)") is none.
SCORE_TEXT = r"[~≈]?[+-]?(?:\d+\.\d+\s*(?:\\?%|points?|pp)?|\d+\s*(?:\\?%|points?|pp))"
OWN_SCORE_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?\(\s*(?P<bracketed>" + SCORE_TEXT + r")\s*(?:[),;]|and\s|vs\b|versus\b)"
                             r"|\s+at\s+(?P<at>" + SCORE_TEXT + r")\s*\)")


def own_score_after(text: str, end: int) -> tuple[int, int] | None:
    """Where the score of the name ending at ``end`` stands, right after it ("GPT-4 (90.8%)", "(Claude
    Opus 4.7 at 69.2)"), or None: the name owns that number (``owner_of``), not one written before it
    ("an F1 score of 92.1%, which is on par with GPT-4 (90.8%)" is not GPT-4's: ``scored_after``)."""
    m = OWN_SCORE_AFTER.match(text, end)
    if m is None:
        return None
    return m.span("bracketed") if m.group("bracketed") is not None else m.span("at")


def scored_after(text: str, end: int) -> bool:
    """The name ending at ``end`` has its own score right after it (``own_score_after``)."""
    return own_score_after(text, end) is not None


def owner_of(n: NumberMention, text: str, lo: int, spans: list[tuple[int, int, int]], proposed: int | None,
             proposed_folds: frozenset[str], fold_of: dict[int, str], cues: Cues) -> tuple[int | None, str]:
    before = [(s, e, i) for s, e, i in spans if e <= n.start]
    score = own_score_after(text, before[-1][1]) if before else None
    if score is not None and score[0] <= n.start < score[1]:
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
    if made is None:
        made = named_with_an_instrument(kept, text, lo, cues)  # "the DNN trained on RNN alignments achieved …": the DNN's
    kept = [i for _, _, i in kept]
    ours = [i for i in kept if fold_of[i] in proposed_folds]
    if ours:
        return ours[0], "same_clause"
    if proposed is not None and AUTHORS_ACHIEVE.search(text[lo : n.start]):
        return proposed, "ours_in_clause"
    if kept:
        return (kept[-1] if made is None else made), "same_clause"
    after = [i for s, e, i in spans
             if s >= n.end and not ({w.lower() for w in WORD.findall(text[n.end : s])} & cues.comparison) and not scored_after(text, e)]
    if proposed is not None and (IMPLICIT_OURS.search(text) or SELF_SUBJECT.match(text)):
        return proposed, "implicit_proposed"
    if after:
        return after[0], "same_clause"
    if proposed is not None:
        # The clause names no model or method but ones it compares with: an abstract reports its
        # own ("achieving an accuracy of 92.78%"); on span train the paper's proposed one 69 times, nobody's 9.
        return proposed, "implicit_proposed"
    return None, "none"
