"""The owner passes after a sentence's first reading.

The learned attribution (``model_attribution`` over ``result_candidates``, ``kg.extract.result_model``)
and the rules that give a number to another model or method where the sentence says so: a comparison
("A beats B (80.1 vs 75.3)"), a relative clause, a bracket, a scorer named in the measure, a model
named as the setting, a model the number is measured on, the owner the clause's other numbers share.
"""

import re
from collections.abc import Callable, Iterable

from kg.extract.result_kinds import start_of_a_change
from kg.extract.result_model import ROLE_LABELS, WORD, NumberView, PaperContext, ResultModel, candidate_features, clause_bounds, role_candidates
from kg.extract.result_numbers import OF_LABELS, Cues, NumberMention, given_for
from kg.extract.result_owners import (AUTHORS_ACHIEVE, RELATIVE_CLAUSE, base_named, compared_ones, made_from_base, no_model_score, own_score,
                                      own_score_after, scored_after)
from kg.extract.result_sentences import LEADING_ADVERBIAL, joined_lists, name_lists


ROLE_SLOTS = {"of": 2, "on": 3, "metric": 4}


def result_candidates(text: str, ents: list[tuple[int, int, str, int]], found: list, context: PaperContext,
                      roles: Iterable[str] = tuple(ROLE_SLOTS), paper_level: Iterable[str] = ("of",)) -> list[dict[str, list[tuple[int, list[str]]]]]:
    """For each result ``read_results`` found: per role of ``roles``, (entity index, features)
    of every candidate the learned attribution scores (``kg.extract.result_model``); the
    roles of ``paper_level`` also take the paper's proposed / evaluated-on names."""
    number_lists = joined_lists([(f[0].start, f[0].end) for f in found], text)
    place = {k: (j, len(members)) for members in number_lists for j, k in enumerate(members)}
    name_place = {}
    for labels in ROLE_LABELS.values():
        for names in name_lists(ents, labels, text):
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
            given = given_for(f[0], text, ents) if role == "of" and owner is None and own_score(f[0], text) else None
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
# The same, the second score alone in a bracket that "vs." opens, a measure's words allowed before it: "a composite score of
# 4.53 (vs. 3.13)", "AUC 0.736 (vs 0.713)", "79.74% accuracy (vs. 76.92% for raw fusion)".
BRACKETED_AGAINST_GAP = re.compile(r"\s*(?:[A-Za-z][\w@-]*\s+){0,2}?\(\s*(?:vs\.?|versus)\\?\s*(?:only\s+|just\s+)?", re.IGNORECASE)
LIKENESS_WINDOW = 60  # characters before a name read for "comparable performance with the " (``named_as_set_beside``)
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


# What may stand between a winner and the comparison cue it is the subject of: "significantly", "consistently improves".
WINNERS_GAP = re.compile(r"\s*(?:[A-Za-z][\w-]*\s+){0,4}")


def signed_margin_after_the_compared(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext) -> list:
    """A number signed "+" that opens a bracket right after a model or method ("DiffThinker significantly outperforms leading
    closed source models including GPT-5 (+314.2%) and Gemini-3-Flash (+111.6%)", "human evaluations show major gains
    compared to recent datasets (+66%) and GPT4V (+48%)", "TTT-NTP improves over the base model on both Llama-3.1-8B
    (+5.6)") is the margin over that one, or the gain reached on it, not its score: it is the winner's, the model or
    method its clause names right before the comparison cue that leads to the name, else the owner of the clause's last
    number before that cue, else nobody's (the paper-level rules may give it the paper's own). Not where the name is
    the paper's own proposal ("AMAA (+0.31)"), nor a minus: "drops … including o1-mini (-16.49%)", "DeepSeek-R1
    (-4.105) … performed best in BARTScore", "than SFT (-3.96)" are the named one's own change or level (five of six
    minus firings on a corpus slice). Span train's gold gives its one such number to the paper's own (ImageInWords);
    found on it by resmodel71."""
    fold = context.fold
    own = {fold(i) for i in context.proposed}
    of_ents = sorted((s, e, i) for s, e, label, i in ents if label in OF_LABELS)

    def compared_side(owner: int, cue_end: int) -> bool:
        """The sentence names ``owner`` only past the cue, among the ones compared."""
        spots = [s for s, _, i in of_ents if fold(i) == fold(owner)]
        return bool(spots) and min(spots) >= cue_end

    out = []
    for f in found:
        n = f[0]
        opened = text.rfind("(", 0, n.start)
        named = [(s, e) for s, e, i in of_ents if f[2] is not None and fold(i) == fold(f[2]) and e <= opened and not text[e:opened].strip()]
        if (not n.signed or text[n.start] != "+" or n.from_value is not None or opened < 0 or text[opened + 1 : n.start].strip()
                or not named or fold(f[2]) in own):
            out.append(f)
            continue
        start = named[-1][0]
        lo = clause_bounds(text, n.start, n.end)[0]
        cues = [c for c in COMPARISON_CUE.finditer(text, lo, start)]
        # the winner is the cue's subject: named right before it, at most four words between and no comma or number
        # ("DiffThinker significantly outperforms"), not a setting further back ("With Qwen2.5-7B, it reaches …, outperforming")
        winners = [i for s, e, i in of_ents if cues and lo <= s and e <= cues[-1].start() and fold(i) != fold(f[2])
                   and WINNERS_GAP.fullmatch(text[e : cues[-1].start()])]
        # else the owner of the clause's last number before the cue ("DiffThinker reaches 62.5% and outperforms GPT-5 (+14.2%)")
        # and not one the sentence names only past the cue, on the compared side
        earlier = [g[2] for g in out if cues and g[2] is not None and lo <= g[0].start and g[0].end <= cues[-1].start()
                   and fold(g[2]) != fold(f[2]) and not compared_side(g[2], cues[-1].end())]
        owner = winners[-1] if winners else earlier[-1] if earlier else None
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
    (macro F1 of 0.83 vs. 0.75)", "a score of 90.9%, compared to 87.3%", "a composite score of 4.53 (vs. 3.13)";
    the bracketed form found on the session 68 draw, owner68), the second is not the
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
                or not (AGAINST_GAP.fullmatch(text[a[0].end : b[0].start]) or BRACKETED_AGAINST_GAP.fullmatch(text[a[0].end : b[0].start])):
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
# "more effective than image attacks for GPT-4o (36% vs 8%)": a preposition between the cue and the compared
# name makes that name the setting both scores are taken in, not the one compared
SETTING_PREPOSITION = re.compile(r"\b(?:for|on|in|with|by|using)\b")
PAIR_BRACKET = re.compile(r"\s*\(\s*(?:[A-Za-z][\w@-]*\s*[:=]\s*)?")


# The opening of the bracket a beaten one's own score stands in: "(0.89", "(AUC 0.7685", "(F1=0.67"; at most two
# words, no number, before it.
BEATEN_BRACKET = re.compile(r"\(\s*(?:[A-Za-z@-][\w@-]*\s*[=:]?\s*){0,2}")
# A number the bracket lists right after: "over the next best method (13.4%, 6.1%, and 5.3% under …)" sizes the gain by case.
# (One of a pair, "(30% vs. 70%)", is COMPARISON_CUE's "vs" / "versus" in the rest of the bracket.)
BRACKET_LIST = re.compile(r"\s*(?:,|and)\s*[-+]?\d")


def beaten_ones_bracketed_score(found: list, text: str, ents: list[tuple[int, int, str, int]], cues: Cues) -> list:
    """A level alone in a bracket right after the one a comparison cue names, where that one's phrase ends in a
    system noun of ``results.json`` ``beaten_heads`` ("a +12.5 percent improvement over the SwinUNETR baseline (AUC
    0.7685, p = 0.031)", "it does not outperform a RoBERTa-CRF baseline (F1=0.67)", "outperformed threshold-based
    methods (0.89)"), is that one's own score, not the subject's nor the paper's: the model or method named in the
    phrase owns it, else nobody (an unnamed baseline). ``_bracketed_owner`` reads a name right before the bracket;
    this reads the phrase a head noun closes. The winner's, left as they are: a signed, "from"-"to", times or points
    number; a bracket that sizes a change ("(approximately by 3%)", "(22.2% absolute improvement)", "(an 11% accuracy
    lift over biased TextRank)"), sets the number against another ("(30% vs. 70%)", "(66.1% … compared to 71.8% for
    …)"), gives it to a name ("(0.762 for GPT-4.1)") or lists several ("(13.4%, 6.1%, and 5.3% under …)"); and a
    bracket after a change written without its size ("major improvements over unsupervised baselines (11-27 F1)"),
    which it sizes. A name fused to a modifier ("RL-trained baseline") names no owner. Found on the session 62 draw
    (board62)."""
    of_ents = [(s, e, i) for s, e, label, i in ents if label in OF_LABELS]
    out = []
    for f in found:
        n = f[0]
        opened = text.rfind("(", 0, n.start)
        closed = text.find(")", n.end)
        rest = text[n.end : closed if closed >= 0 else len(text)]
        lead = text[opened + 1 : n.start].lower() if opened >= 0 else ""
        if (opened < 0 or n.signed or n.from_value is not None or n.unit in ("x", "points") or not BEATEN_BRACKET.fullmatch(text[opened : n.start])
                or any(w in cues.measure_changes for w in re.findall(r"[a-z]+", lead))
                or BRACKET_LIST.match(rest) or COMPARISON_CUE.search(rest) or re.search(r"\bfor\b", rest)
                or any(w in cues.measure_changes for w in re.findall(r"[a-z]+(?:-[a-z]+)*", rest.lower()))):
            out.append(f)
            continue
        beaten = [c for c in COMPARISON_CUE.finditer(text, 0, opened) if text[: c.start()].strip()
                  and not LEADING_ADVERBIAL.fullmatch(text[: c.start()])]
        start = beaten[-1].end() if beaten else opened
        phrase = text[start:opened]
        named = [(s, e, i) for s, e, i in of_ents if s >= start and e <= opened]
        bare = "".join(" " if any(s <= k < e for s, e, _ in named) else c for k, c in enumerate(phrase, start))  # "ResNet-50" is no number
        words = phrase.lower().split()
        if (not words or words[-1] not in cues.beaten_heads or len(phrase) > 60 or re.search(r"[\d,;:()]", bare)
                or NEW_SUBJECT.search(phrase) or _unsized_change_before(text[: beaten[-1].start()], cues)):
            out.append(f)
            continue
        named = [i for s, e, i in named if not text[e : e + 1] == "-"]
        owner = named[-1] if named else None
        if owner == f[2]:
            out.append(f)
            continue
        out.append((f[0], "absolute", owner) + f[3:5] + ("same_clause" if owner is not None else "none",) + f[6:])
    return out


def _unsized_change_before(before: str, cues: Cues) -> bool:
    """The words before a comparison cue end in a change noun no number sizes ("we achieve major improvements" over
    …), not "a +12.5 percent improvement" or "a five-percentage-point gain"."""
    words = before.lower().split()
    if not words or words[-1].strip(",") not in cues.measure_changes:
        return False
    parts = [p for w in words[-4:-1] for p in w.split("-")]
    return not any(re.search(r"\d", p) or p in cues.number_words for p in parts)


def versus_pair_after_the_compared(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext,
                                   pair_cue: re.Pattern | None) -> list:
    """Two scores set against each other in a bracket right after the model or method a comparison cue
    names ("MNL nearly matches Supervised Fine-Tuning (93.9% vs 94.3% on GSM8K)", "T-SHAP improves
    reliability compared to standard SHAP (AUP: 0.89 vs. 0.91)") are, in order, the subject's (the model
    or method named last before the cue, in the same clause) and the compared one's; where the clause names no
    subject ("our 7B agent outperforms the larger Qwen2.5-VL-72B (50.5% vs. 47.3%)") the first is the paper's own
    where the authors speak ("our", ``AUTHORS_ACHIEVE``), else nobody's, never the compared one's. The cues: the
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
        if subjects and fold(subjects[-1][1]) == fold(y):
            continue
        if subjects:
            x, x_rule = subjects[-1][1], "same_clause"
        elif SETTING_PREPOSITION.search(text, cue[-1].end(), y_start):
            continue  # "text attacks are more effective than image attacks for GPT-4o (36% vs 8%)": both are GPT-4o's
        elif context.proposed and AUTHORS_ACHIEVE.search(text, 0, cue[-1].start()):
            x, x_rule = context.proposed[0], "ours_in_clause"  # "our 7B agent outperforms the larger Qwen2.5-VL-72B (50.5% vs. 47.3%)"
        else:
            x, x_rule = None, "none"  # "Agentic retrieval improved accuracy over zero-shot prompting (73% vs. 64%)": not the compared one's
        out[k - 1] = a[:2] + (x,) + a[3:5] + (x_rule,) + a[6:]
        out[k] = b[:2] + (y,) + b[3:5] + ("compared",) + b[6:]
    return out


def named_past_a_comparison(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext,
                            pair_cue: re.Pattern | None) -> list:
    """A number given to a model or method that the sentence names only after it, past a comparison cue that names
    that one as the one compared with ("improve up to 6.90 pp on MMLU … relative to the base data mix …, thus rivaling
    Llama-2 (7B)", "with 99.63% and 96.57% accuracy …, while being 442x faster than more complex models such as DiT",
    "1.8% error rate of our best micro-model versus 5.8% error rate of Whisper"), is not that one's: the compared
    one's own score comes after the cue, the number before it is the subject's, so it goes to nobody here (the
    paper-level rules may give it the proposal). Not the paper's own proposal, nor a number the comparison rules gave
    the compared one ("compared") or a "respectively" sentence placed; the cue must lead to the name with no comma,
    semicolon or new subject between ("92% accuracy, outperforming the baseline, Foo-Net …" keeps Foo-Net's). The
    cues: ``COMPARISON_CUE`` and ``results.json`` ``pair_compared_verbs`` ("rivals", "matches"; at most two words before
    the name, as "F1 token matching from the middle layer of Llama-3" is no verb), not a word of a name ("78% exact match
    accuracy with GPT-4o"), nor "over" a count ("93.94% over 100 iterations using GPT-4o"). Found on the session 65
    draw (owner65), where the learned attribution and the nearest-name reading gave such numbers to the beaten one."""
    ours = {context.fold(i) for i in context.proposed}
    cues = [(c, pattern is pair_cue) for pattern in (COMPARISON_CUE, pair_cue) if pattern is not None for c in pattern.finditer(text)
            if not any(s < c.end() and c.start() < e for s, e, _, _ in ents)
            and not (c.group(0).lower() == "over" and re.match(r"\s*\d", text[c.end() :]))]
    if not cues:
        return found
    of_ents = [(s, e, i) for s, e, label, i in ents if label in OF_LABELS]
    out = []
    for f in found:
        n, owner = f[0], f[2]
        if owner is None or f[5] in ("compared", "respectively") or context.fold(owner) in ours:
            out.append(f)
            continue
        spots = sorted((s, e) for s, e, i in of_ents if context.fold(i) == context.fold(owner))
        if not spots or spots[0][0] < n.end:
            out.append(f)
            continue
        first = spots[0][0]
        past = [c for c, verb in cues if n.end <= c.start() and c.end() <= first and not re.search(r"[,;]", text[c.end() : first])
                and not NEW_SUBJECT.search(text, c.end(), first) and not (verb and len(text[c.end() : first].split()) > 2)]
        if not past:
            out.append(f)
            continue
        out.append(f[:2] + (None,) + f[3:5] + ("none",) + f[6:])
    return out


def named_as_left_out(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext, cues: Cues) -> list:
    """A number given to a model or method that its sentence names only right after "without" (``results.json``
    ``left_out_cues``, at most two words between) is not that one's: the number is reached without it ("achieving 53.1
    F1 on Hindi and 50.4 F1 on Arabic without any target-language fine-tuning", "We can still achieve BLEU=36.3 even
    without using an attention mechanism", "outperforming models trained without data augmentation (0.451)"), so it goes
    to nobody. The mentions read are those in the number's clause where it has any ("agents equipped with KI reach 84%,
    while agents without KI plateau below 40%"). Not "without" right after a comparison word (``comparison_cues``,
    or one and a word of ``comparison_particles``: "compared to without"): "22% higher than without SkillVerse" is
    SkillVerse's gain. The nearest-name reading takes a name after the number where the clause names none before it.
    Found on the session 66 draw (owner66); span train has no such owner."""
    if cues.left_out is None:
        return found

    def left_out(start: int) -> bool:
        m = cues.left_out.search(text, 0, start)
        words = WORD.findall(text[max(0, m.start() - 20) : m.start()].lower()) if m is not None else []
        compared = bool(words) and (words[-1] in cues.comparison
                                    or (len(words) > 1 and words[-2] in cues.comparison and words[-1] in cues.comparison_particles))
        return m is not None and not compared  # "than without X", "compared to without X"

    return owners_named_only_aside(found, text, ents, context, lambda start, _end: left_out(start))


def owners_named_only_aside(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext,
                            aside: Callable[[int, int], bool], kept: frozenset = frozenset()) -> list:
    """``found`` with each number whose owner (folded, not in ``kept``) is named only where ``aside(start, end)`` holds
    given to nobody: the mentions read are those in the number's clause where it has any ("agents equipped with KI reach
    84%, while agents without KI plateau below 40%"), else all. ``named_as_left_out``'s and ``named_as_set_beside``'s
    reading (review68 joined them)."""
    of_ents = [(s, e, i) for s, e, label, i in ents if label in OF_LABELS]
    out = []
    for f in found:
        owner = f[2]
        if owner is not None and context.fold(owner) not in kept:
            spots = [(s, e) for s, e, i in of_ents if context.fold(i) == context.fold(owner)]
            lo, hi = clause_bounds(text, f[0].start, f[0].end)
            spots = [(s, e) for s, e in spots if lo <= s < hi] or spots
            if spots and all(aside(s, e) for s, e in spots):
                f = f[:2] + (None,) + f[3:5] + ("none",) + f[6:]
        out.append(f)
    return out


def named_as_set_beside(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext, cues: Cues) -> list:
    """A number given to a model or method that its clause names only right after "comparable to", "comparable
    performance with" or "in comparison with" (``results.json`` ``likeness_cues`` and ``comparison_particles``) is not
    that one's: the clause's subject is set beside it ("the greedy heuristic achieves results comparable to the BILP,
    with 188x less peak memory", "In comparison with DistillHuBERT …, the 2-bit configuration yielded slightly smaller
    storage (35.84 vs. 46.98)", "Our pre-trained model achieves comparable performance with BERT on 6 out of 8 GLUE tasks
    (within 2%)"), so the number goes to nobody here (the paper-level rules may give it the proposal). The comparison
    words of ``comparison_cues`` already keep such a name from the nearest-name reading, but "comparable" and
    "comparison" are none of them, and the learned attribution reads no cue. Not the paper's own proposal, nor a score
    in a bracket right after the name ("comparable to GPT-4 (90.8%)" is GPT-4's). Found on the session 68 draw
    (owner68)."""
    if cues.likeness is None:
        return found
    likeness = cues.likeness
    return owners_named_only_aside(found, text, ents, context,
                                   lambda s, e: likeness.search(text, max(0, s - LIKENESS_WINDOW), s) is not None and own_score_after(text, e) is None,
                                   frozenset(context.fold(i) for i in context.proposed))


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


def named_later_with_its_own_score(n: NumberMention, owner: int, text: str, ents: list[tuple[int, int, str, int]]) -> bool:
    """``owner`` is named only after the number, and at least once with its own score right after it
    ("an F1 score of 92.1%, which is on par with GPT-4 (90.8%)"): that bracketed score is its, the
    earlier number is not."""
    spots = [(s, e) for s, e, _, i in ents if i == owner]
    return bool(spots) and all(s >= n.end for s, _ in spots) and any(scored_after(text, e) for _, e in spots)


def clause_owner_shared(found: list, text: str, ents: list[tuple[int, int, str, int]], comparison: frozenset[str]) -> list:
    """A number left with no model or method takes the one that the other numbers of its clause
    were given, where the sentence gives its numbers one only ("With an accuracy of 86.68%,
    precision of 88.65% …, ResNet101V2 performed the best": each score is ResNet101V2's); not a
    compared one's or a baseline's score, nor a number of a "respectively" sentence, nor a number
    before a name that has its own score in brackets ("92.1%, on par with GPT-4 (90.8%)")."""
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
                and not (compared_ones(n, text, of_ents, comparison) or no_model_score(n, text, ents, start_of_a_change(n, text))
                         or named_later_with_its_own_score(n, owner, text, ents))):
            f = f[:2] + (owner,) + f[3:5] + ("same_clause",) + f[6:]
        out.append(f)
    return out


# A name a number is given for ("0.71 for Llama3-based judges"): the judges studied, not the setting.
GIVEN_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)


def _in_a_setting_role(text: str, start: int, end: int, cues: Cues) -> bool:
    """The name at ``start``-``end`` plays a part in a setting: a judge ("using GPT-4 as a judge", "GPT-4o-as-a-judge",
    "judged by GPT-4o-mini"), or a backbone, base model or student a cue brings in ("with ResNet-18 as the student
    model", "with a lightweight SwiftFormer backbone")."""
    if cues.setting_judging is not None and cues.setting_judging.match(text, end):
        return True
    if cues.setting_judging_cue is not None and cues.setting_judging_cue.search(text, max(0, start - 40), start):
        return True
    return (cues.setting_role is not None and cues.setting_role.match(text, end) is not None
            and cues.setting_role_cue is not None and cues.setting_role_cue.search(text, max(0, start - 60), start) is not None)


def named_in_a_setting_role(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext, cues: Cues) -> list:
    """A number given to a model that the sentence names only in a part of the setting, as the judge, the backbone,
    the base model or the student ("Automated evaluation using GPT-4 as a judge confirms … coherence (8.1/10)",
    "with ResNet-18 as the student model …, the method achieves 47.7%", "With a lightweight SwiftFormer backbone, we
    achieve 88.2 AP", "with the same Qwen2.5-VL-32B backbone, retrieval contributes a +5.8 point gain"), is not that
    model's (not where a number is given "for" it: "0.71 for Llama3-based judges" is the judges' own): it goes to the
    model named right before the setting ("Mask R-CNN with a ResNet-101 FPN backbone, achieved 84.23%"), else to the
    paper's proposal (the judged generations and the distilled student are the proposal's: on the draw and the corpus,
    10 of 13 such numbers, where asking for the authors' voice in the clause ("we", "the method") was right on 6 and
    left 7 ownerless), else to nobody. ``named_as_a_setting`` reads a setting that opens the sentence; this one, a
    setting the name's role marks anywhere. Found on the session 63 draw (owner63)."""
    ours = {context.fold_of.get(i) for i in context.proposed}
    of_ents = [(s, e, i) for s, e, label, i in ents if label in OF_LABELS]
    out = []
    for f in found:
        owner = f[2]
        fold = context.fold_of.get(owner) if owner is not None else None
        spots = [(s, e) for s, e, i in of_ents if context.fold_of.get(i) == fold] if fold is not None else []
        if (not spots or fold in ours or not all(_in_a_setting_role(text, s, e, cues) for s, e in spots)
                or any(GIVEN_FOR_BEFORE.search(text, 0, s) for s, _ in spots)):
            out.append(f)
            continue
        s = spots[0][0]
        cue = cues.setting_role_cue.search(text, max(0, s - 60), s) if cues.setting_role_cue is not None else None
        holder = [i for _, e, i in of_ents if cue is not None and e <= cue.start() and cues.setting_holder_gap.fullmatch(text[e : cue.start()])]
        if holder:
            f = f[:2] + (holder[-1],) + f[3:5] + ("same_clause",) + f[6:]
        elif context.proposed:
            f = f[:2] + (context.proposed[0],) + f[3:5] + ("implicit_proposed",) + f[6:]
        else:
            f = f[:2] + (None,) + f[3:5] + ("none",) + f[6:]
        out.append(f)
    return out


def named_as_a_means_of_the_own(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext, cues: Cues) -> list:
    """A model or method the sentence names only as what the paper's own unnamed one runs with ("Applied to … field
    images using a fine-tuned PaliGemma model, our approach improves diagnostic accuracy from 82.2% to 87.8%", "Our
    highest-performing classifier, trained on MFCC representations …, achieved an 86% average accuracy", "this method,
    in conjunction with approximate CRF inference, improves label accuracy with a 16.5% error reduction") owns none of the
    numbers after it in a sentence whose own one (``Cues.own_subject``: "our / this / the proposed" and a kind word)
    stands before the number: each mention of it is before the number, right after a cue of a setting or an instrument
    (``Cues.means_cue``). The number goes to the paper's proposal, else to nobody (the own one has no name). A means
    named after the number ("Our method achieves 78% exact match accuracy with GPT-4o", "achieved an F1-score of 0.9829
    … using logistic regression") tells which configuration scored it, and span train's gold gives it the number: kept.
    ``named_in_a_setting_role`` reads the means by its role (a backbone, a judge), ``made_from_base`` and the instrument
    rule by another name it serves; this one, by the authors' own one. Found on the session 69 draw (owner69)."""
    if cues.means_cue is None or cues.own_subject is None:
        return found
    ours = {context.fold(i) for i in context.proposed}
    of_ents = [(s, e, i) for s, e, label, i in ents if label in OF_LABELS]
    out = []
    for f in found:
        owner = f[2]
        own = cues.own_subject.search(text, 0, f[0].start) if owner is not None and context.fold(owner) not in ours else None
        spots = [(s, e) for s, e, i in of_ents if context.fold(i) == context.fold(owner)] if own is not None else []
        if (not spots or any(own.start() <= s < own.end() or e > f[0].start for s, e in spots)
                or not all(cues.means_cue.search(text, max(0, s - 40), s) for s, _ in spots)):
            out.append(f)
            continue
        new_owner, how = (context.proposed[0], "implicit_proposed") if context.proposed else (None, "none")
        out.append(f[:2] + (new_owner,) + f[3:5] + (how,) + f[6:])
    return out


def measured_on_a_named_model(found: list, text: str, ents: list[tuple[int, int, str, int]], context: PaperContext, cues: Cues) -> list:
    """A number measured on a named model ("Our method achieves an average improvement of 6.5% on the Llama-Base model and
    4.3% on the Mistral-Base model", "it delivers consistent gains …, improving over standard SFT by 2.67 points on
    LLaVA-OneVision-1.5-8B") is the paper's proposal's where the owner chosen is a model the sentence names only as one
    that numbers are measured on ("on the Llama-Base model") and the clause before the number names no other model or
    method but the proposal, the ones measured on and the ones compared with: span train's gold gives such numbers to
    the proposal 4 times of 4 where the paper has one ("CodeSteer … an average 41.8 performance boost on Claude",
    "Block-Skim … 3 times speedup on BERT-base model"). The first proposal the clause names before the number ("We
    evaluate HICL with HER …": HICL), else the paper's first. Found on the session 64 draw (owner64)."""
    if not context.proposed or cues.measured_on_gap is None or cues.measured_on_before is None:
        return found
    ours = {context.fold(i) for i in context.proposed}
    of_ents = [(s, e, i) for s, e, label, i in ents if label in OF_LABELS]
    measured_on = {(s, e) for s, e, _ in of_ents if cues.measured_on_before.search(text, max(0, s - 16), s)}
    out = []
    for f in found:
        n, owner = f[0], f[2]
        if owner is None or context.fold(owner) in ours:
            out.append(f)
            continue
        spots = [(s, e) for s, e, i in of_ents if context.fold(i) == context.fold(owner)]
        lo, _ = clause_bounds(text, n.start, n.end)
        before = [(s, i) for s, e, i in of_ents if lo <= s and e <= n.start and (s, e) not in measured_on
                  and not {w.lower() for w in WORD.findall(text[lo:s])} & cues.comparison]
        if (not spots or not all(spot in measured_on for spot in spots)
                or not any(s >= n.end and cues.measured_on_gap.fullmatch(text, n.end, s) for s, _ in measured_on)
                or any(context.fold(i) not in ours for _, i in before)):
            out.append(f)
            continue
        named = [i for _, i in before if context.fold(i) in ours]
        new_owner, how = (named[0], "same_clause") if named else (context.proposed[0], "implicit_proposed")
        out.append(f[:2] + (new_owner,) + f[3:5] + (how,) + f[6:])
    return out
