"""The OUTPERFORMS rules: which named method or model a sentence says beats which.

A cue ("outperforms", "better … than", "lags behind" reversed) with the names on its two sides,
less the names that are a setting, a means, an aside, a testbed or the kind of the beaten; "the
superiority of X over Y"; two scores set against each other ("X (87.7) vs. Y (86.9)"); a sentence
that opens "Compared to Y, X …" with a gain after X; "our method outperforms Y", which credits
the paper's one proposal; and "X outperformed the other models" / "X performs best" after a list
naming X, which beats the list's other members. A mixin of ``RelationExtractor``:
it reads its word lists from the extractor's ``RelationWords`` (``self.words.outperform``, ``words.hedges``, …,
under "OutperformRules' lists" in kg/extract/relation_words.py) and calls two of the extractor's tests
(``is_named_as_base``, ``only_compared_with``).
"""

from __future__ import annotations

import re
from itertools import permutations

from spacy.tokens import Doc, Span

from kg.names import capitals_spelled
from kg.extract.paper_role_rules import LIST_GLUE
from kg.extract.parse import CLAUSE_BREAKS, doc_text, phrase_positions, token_words, words_text
from kg.extract.relation_hits import RelationHit
from kg.extract.span_typer import name_shape
from kg.names import extraction_fold_name as fold_name

OUTPERFORM_GAP = 9  # words between a comparative and its "than"/"to"/"over" ("superior data interpretation and context-aware responses compared to")
NAMED_LABELS = {"Model", "Method", "Dataset", "Benchmark"}  # names a cue word may be part of ("BEATs")
CONTINUING_ADVERBS = {"also", "even", "still"}  # "not only …, but also outperforms"
SUPERLATIVE_PHRASE_WORDS = 4  # words after "the best" / "the highest" read for a non-claim ("the strongest overall gender stereotyping")
ASIDE_WINDOW = 8  # tokens back from a name to the comma that opens an aside before a cue ("X, when applied to a Y model, outperforms")
HEDGE_WINDOW = 7  # words before an outperform cue read for "matches or", "comparable to, or"
HEDGE_FILLERS = {",", "even", "in", "some", "cases", "sometimes", "often", "slightly", "occasionally"}
ASIDE_CLOSERS = {",", ".", ";", ")"}  # what ends a name set off as an aside ("the … method, Isomorphic, MDP …")
# After "outperforms", a lower-case method after these is the setting, not what is beaten ("under
# supervised learning", "in few-shot learning"); a name still is ("…, and Llama 1 34B in reasoning").
SETTING_WORDS = {"in", "under", "across", "with", "using", "via", "at"}
# before a lower-case beaten name also "for": "compared to previous kernels for weight-only quantization"
LOWER_NAME_SETTING_WORDS = SETTING_WORDS | {"for"}
AMOUNT_NUMBER = re.compile(r"^[$\\]*\d[\d.,]*[x%$]*$")  # "2", "1.5x", "40%": the number of an amount before a comparative
OWN_CUE_STOPS = {"on", "for", "when", "by", "without", "which", "that", "."}  # after "our method outperforms X": no longer what is beaten
SETTING_CLAUSE = re.compile(r"(?:^| )(?:in|under|across|with|using|via|at|for|when|by) (?:\w+ - )?\w{2,}ing(?: |$)")  # "in tuning", "when fine - tuning"
GAIN_SUBJECT_WORDS = {"and", "or", "the", "our", "it", "we"}  # "our method and ... gains over X": where a gain's size stops
ACTION_NOUN_ENDINGS = ("tion", "sion", "ing", "ment")  # "adaptation of X", "fine-tuning of X": X is what is acted on
_FRONTED_OPENINGS = "kg_fronted_openings"  # doc.user_data key: each sentence's fronted_opening, by its token bounds


class OutperformRules:
    """OUTPERFORMS rules of the relation extractor (see the module docstring)."""

    def outperform_pairs(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int]) -> list[tuple[int, int, str]]:
        """(winner, beaten, rule) for every claim of one sentence (``words`` from token ``off``):
        left-hand Models/Methods beat right-hand ones around a cue; "X lags behind Y" the other way."""
        def between(a: Span, b: Span) -> list[str]:
            lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
            return words[lo - off : hi - off]

        pairs: list[tuple[int, int, str]] = []
        texts = token_words(ents[sent_ents[0]].doc)[0][off : off + len(words)] if sent_ents else words
        positions, negated_starts = self.outperform_positions(words, texts)
        cues = self.cues_outside_names(positions, ents, sent_ents, off)
        reversed_cues = self.cues_outside_names(phrase_positions(words, self.words.outperform_reversed), ents, sent_ents, off)
        cues = [c for c in cues if not any(r[0] <= c[0] < r[1] for r in reversed_cues)]  # "outperformed by" is no forward claim
        for cue_start, cue_end in sorted(cues + reversed_cues):
            reverse = (cue_start, cue_end) in reversed_cues
            # "rivals GPT-4o": a tie, not a win (a gap's "… match than" is no cue's first word); "rival(s)" stay in
            # outperform_verbs, of which the recogniser's comparison cues are made
            if words[cue_start] in self.words.hedges:
                continue
            if self.hedged(words[max(0, cue_start - HEDGE_WINDOW) : cue_start], words[cue_end : cue_end + 2]):
                continue
            left = [i for i in sent_ents if ents[i].end - off <= cue_start and ents[i].label_ in ("Model", "Method")]
            right = [i for i in sent_ents if ents[i].start - off >= cue_end and ents[i].label_ in ("Model", "Method")]
            while_at = while_before_participle(words, cue_start)
            subject_end = cue_start if while_at is None else while_at
            left = [i for i in left if not any(w in CLAUSE_BREAKS for w in subject_gap(words[ents[i].end - off : subject_end]))
                    and not (self.is_named_as_base(ents[i]) and not self.tuned_subject(words, off, ents[i], cue_start)
                             and not self.based_subject(words, off, ents[i], cue_start))
                    and not tested_on(words, off, [ents[k] for k in sent_ents], ents[i])
                    and not self.compared_before(ents[i], words, off, cues) and not self.outside_aside(ents[i], words, off, cue_start)
                    and not self.in_setting_opening(words, ents[i].end - off, cue_start)
                    and not self.in_parity_phrase(words, ents[i].start - off)]
            right = [i for i in right if not self.gap_ends_beaten_side(words[cue_end : ents[i].start - off])
                     and not past_a_negated_cue(negated_starts, cue_end, ents[i].start - off)
                     and not self.later_clause(words, cue_end, ents[i].start - off)
                     and not (name_shape(ents[i].text) == "lower" and set(words[cue_end : ents[i].start - off]) & LOWER_NAME_SETTING_WORDS)
                     and not self.another_of_its_kind(words, ents[i].start - off, ents[i].end - off)]
            right_starts = {ents[i].start - off for i in right}
            right = [i for i in right if not self.kind_of_named_foils(words, ents[i].end - off, right_starts)]
            own_subject = self.own_subject_before(words[:cue_start])
            if own_subject is not None:  # "…, and we show that it outperforms": names before "it" / "our method" do not win
                left = [i for i in left if ents[i].start - off >= own_subject]
            elif (generic := self.generic_coordinated_subject(words, cue_start)) is not None:
                left = [i for i in left if generic[0] <= ents[i].start - off and ents[i].end - off <= generic[1]]
            left = [i for i in left if not self.of_a_left_name(ents, left, i, between)
                    and not self.in_subject_aside(words, ents[i].start - off, ents[i].end - off, cue_start)
                    and not self.means_of_subject(words, ents[i].start - off)]
            if left:
                subject = self.clause_subject(words, off, ents, left, cue_start)
                left = subject if subject or while_at is not None else subject_list(left, lambda a, b: between(ents[a], ents[b]))
            for h in left:
                for t in right:
                    if fold_name(ents[h].text) == fold_name(ents[t].text):
                        continue
                    if reverse:  # "X lags behind Y": the name after the cue wins
                        pairs.append((t, h, "outperform_reversed_cue"))
                    else:
                        pairs.append((h, t, "outperform_cue"))
        for h, t in self.advantage_pairs(words, off, ents, sent_ents):
            pairs.append((h, t, "advantage_of_cue"))
        for h, t in self.scores_set_against(words, off, ents, sent_ents):
            pairs.append((h, t, "scores_versus"))
        for h, t in self.fronted_comparison(words, off, ents, sent_ents):
            pairs.append((h, t, "fronted_comparison"))
        return pairs

    def fronted_comparison(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int]) -> list[tuple[int, int]]:
        """"Compared to SVDF, LiCo-Net reduces cycles by 40%", "In comparison with a 2-layer BERT
        model, ProFormer reduced …": a sentence that opens with a comparison (lexicon
        ``outperform_fronted_openers``) names the beaten before its first comma; the first name right
        after a comma (an article, "our" or "proposed" before it: ``outperform_winner_openers``;
        "Compared to X, a method based on …, Y achieves": past an aside on the beaten) is the subject and wins where its clause
        holds a word of gain (``outperform_fronted_gains``), and the sentence no word of parity
        ("comparable", "similar") or reversed cue. Not a subject that is part of a longer phrase
        ("X-based models", "Y and Z"), nor a beaten name before a kind noun ("previous 3DGS
        methods"). "Unlike X, Y …" is no such opening: it sets a design apart, not a score."""
        if not sent_ents:
            return []
        opening = self.fronted_opening(ents[sent_ents[0]].doc, off, words)
        if opening is None:
            return []
        named = {ents[i].start - off: i for i in sent_ents if ents[i].label_ in ("Model", "Method")}
        winner = None
        for k in range(opening[1], len(words)):  # past an aside on the beaten: "Compared to X, a method based on …, Y achieves"
            if words[k] in CLAUSE_BREAKS:
                break
            if words[k] == ",":
                j = k + 1
                while j < len(words) and words[j] in self.words.winner_openers:
                    j += 1
                winner = named.get(j)
                if winner is not None:
                    break
        if winner is None:
            return []
        end = ents[winner].end - off
        follow = words[end] if end < len(words) else ""
        if follow in ("-", "based", "of", "'s", "’s", "and", "or", ",") or follow in self.words.class_nouns or not self.claims_a_gain(words, end):
            return []
        return [(winner, i) for i in self.fronted_beaten(words, off, ents, sent_ents, opening, fold_name(ents[winner]._.kg_canonical or ents[winner].text))]

    def fronted_opening(self, doc: Doc, off: int, words: list[str]) -> tuple[int, int] | None:
        """The fronted comparison of the sentence that starts at token ``off`` (its ``words``), found
        once per sentence and kept in ``doc.user_data``: the named winner's rule and "our model"'s
        both read it. Kept by the sentence's start and end, so a sentence boundary moved after
        (``join_sentences_split_inside_names``, which drops parse.py's own caches) finds no stale one."""
        openings = doc.user_data.setdefault(_FRONTED_OPENINGS, {})
        bounds = (off, off + len(words))
        if bounds not in openings:
            openings[bounds] = self.find_fronted_opening(words)
        return openings[bounds]

    def find_fronted_opening(self, words: list[str]) -> tuple[int, int] | None:
        """(end of the opening comparison words, its comma) where a sentence opens "Compared to …,"
        (``outperform_fronted_openers``) and claims no parity (``outperform_hedges``) and no reversed
        win; else None."""
        opener = next((end for start, end in phrase_positions(words[:4], self.words.fronted_openers) if start == 0), None)
        if opener is None or set(words) & self.words.hedges or phrase_positions(words, self.words.outperform_reversed):
            return None
        comma = next((k for k in range(opener, len(words)) if words[k] in (",", ".") or words[k] in CLAUSE_BREAKS), None)
        return (opener, comma) if comma is not None and words[comma] == "," else None

    def claims_a_gain(self, words: list[str], start: int) -> bool:
        """The clause from ``start`` to a clause break holds a word of gain (``outperform_fronted_gains``)."""
        stop = next((k for k in range(start, len(words)) if words[k] in CLAUSE_BREAKS), len(words))
        return bool(set(words[start:stop]) & self.words.fronted_gains)

    def fronted_beaten(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int], opening: tuple[int, int], winner: str) -> list[int]:
        """The methods and models a fronted comparison names before its comma, less the winner's own
        name (folded ``winner``), a kind and a name so set up."""
        opener, comma = opening
        return [i for i in sent_ents if ents[i].label_ in ("Model", "Method") and opener <= ents[i].start - off and ents[i].end - off <= comma
                and fold_name(ents[i]._.kg_canonical or ents[i].text) != winner and not self.names_a_kind(words, ents[i].end - off)
                and not self.set_up_in_opening(words[opener : ents[i].start - off], words[ents[i].end - off : comma])]

    def set_up_in_opening(self, before: list[str], after: list[str]) -> bool:
        """"Compared to GPT-3 175B fine-tuned with Adam, LoRA can reduce …": in a fronted comparison
        a name after a word of means (``outperform_means_words``, "by") is how the compared thing is
        made, a name after an -ing verb ("Compared to separately deploying X and Y") is what a
        setting does, and a name a participle follows ("fine-tuned", "trained", "based") is
        compared only as so set up (the text beats the setting, not the name)."""
        means = self.words.means_words | {"by"}
        return bool(set(before) & means) or any(w.endswith("ing") and w.isalpha() and w not in self.words.list_participles for w in before) \
            or any(w in means or w.endswith("ed") for w in after)

    def names_a_kind(self, words: list[str], end: int) -> bool:
        """"previous 3D Gaussian Splatting (3DGS) methods": a kind noun (``outperform_class_nouns``)
        within two words of a name's end, past a bracketed short form, makes it the kind of what is
        compared, not one thing compared."""
        if words[end : end + 1] == ["("] and ")" in words[end + 1 : end + 4]:
            end = words.index(")", end + 1) + 1
        return bool(set(words[end : end + 2]) & self.words.class_nouns)

    def clause_subject(self, words: list[str], off: int, ents: list[Span], left: list[int], cue_start: int) -> list[int]:
        """"… show that CrAM improves the RAG performance of LLMs by over 20%, even surpassing
        supervised fine-tuning methods": after a comma or "while" (``while_before_participle``), an
        -ing cue ("outperforming", "surpassing", "reducing … compared to") goes with the subject of
        the clause before it, not with the nearest name (an object or a setting of that clause).
        The subject, nearest the cue first, is a name that opens the sentence or follows "that" or
        a comma, only determiners before it (``determiners``), and a verb after it (one of
        ``outperform_subject_verbs``, a word in -s or -ed, an adverb). A cue after "and" goes to
        ``coordinated_subject``. Empty where the cue is neither or no name so opens the clause (the
        nearest names win then; after "while" none does)."""
        k = cue_start
        while k and (words[k - 1] in CONTINUING_ADVERBS or words[k - 1].endswith("ly")):
            k -= 1
        if not (k and words[k - 1] in (",", "while") and words[cue_start].endswith("ing")):
            return self.coordinated_subject(words, off, ents, left, cue_start)
        return next(([i] for i in reversed(left) if self.opens_clause_with_verb(words, off, ents[i], cue_start)), [])

    def coordinated_subject(self, words: list[str], off: int, ents: list[Span], left: list[int], cue_start: int) -> list[int]:
        """"PermuteFormer improves the performance of Performer … and outperforms vanilla
        Transformer": a finite cue joined by "and" (adverbs, a modal or a verb and amount of a
        gapped cue between: ``coordinated_cue_words``) to the verb of a clause whose subject is a
        name (as ``clause_subject`` reads one) goes with that subject, not with the nearest name,
        an object of the first verb. Not past another clause or subject between the two
        (``coordinated_subject_stops``: "which", "we", "it"; a clause break); not an -ing cue ("…
        and surpassing X" goes on from a participle, whose subject is often another). Session 60
        (outperf60): 7 sentences of draws 53–60 changed, 16 of 19 changes right."""
        k = self.coordinated_verb_start(words, cue_start)
        if k is None:
            return []
        for i in reversed(left):
            end = ents[i].end - off
            if self.opens_clause_with_verb(words, off, ents[i], cue_start):
                gap = set(words[end + 1 : k - 1])
                return [] if gap & (CLAUSE_BREAKS | self.words.coordinated_subject_stops) else [i]
        return []

    def coordinated_verb_start(self, words: list[str], cue_start: int) -> int | None:
        """Where the verb that "and" joins a finite cue with starts ("… and outperforms Y", "… and
        can outperform Y", "… and achieves 5% higher accuracy than Y", "… and is 3x faster than Y":
        adverbs, ``coordinated_cue_words``, ``outperform_subject_verbs`` and amount words between);
        None where no "and" comes there or the cue is an -ing word ("… and surpassing X")."""
        k = cue_start
        while k and (words[k - 1] in CONTINUING_ADVERBS or words[k - 1].endswith("ly") or words[k - 1] in self.words.coordinated_cue_words
                     or words[k - 1] in self.words.subject_verbs or words[k - 1] in self.words.amount_words or AMOUNT_NUMBER.match(words[k - 1])):
            k -= 1
        return None if not k or words[k - 1] != "and" or words[cue_start].endswith("ing") else k

    def generic_coordinated_subject(self, words: list[str], cue_start: int) -> tuple[int, int] | None:
        """"our method significantly improves the performance of the BM25 retriever and surpasses
        the strong baseline of self-reflection", "We evaluate our algorithm on two SFMs, HuBERT and
        wav2vec2.0, …, and achieve superior performance compared to traditional PTQ methods": a cue
        joined by "and" to the verb of a clause whose subject is the authors' generic noun
        (``own_subject_before_coordinated``) or "we" goes with that subject; the names between are
        the first verb's objects, not winners. "We" opens the sentence or follows "that" or a comma,
        no ``outperform_we_subject_stops`` word or clause break stands between, and the word after
        "and" is a verb not in -s (not a noun or adjective of advantage: "we demonstrate the
        effectiveness of IKNO and superiority over …"). Returns the subject's bounds (a name inside
        "our contrastive learning framework" stays its winner), else None. Session 66 (outperf66):
        see docs/history-relations.md. Where the verb of "we" is one of ``outperform_we_propose_verbs``
        ("We introduce Embedding-Enhanced GIZA++, and outperform GIZA++"), its objects are the paper's
        proposal and the bounds are theirs (session 67, outperf67)."""
        own = self.own_subject_before_coordinated(words, cue_start)
        if own is not None:
            noun = next(n for n in range(own, len(words)) if words[n] in self.words.own_subjects)
            return own, noun + 1
        k = self.coordinated_verb_start(words, cue_start)
        if k is None or words[k].endswith("s") and not words[k].endswith("ss") \
                or words[k] in self.words.advantage_nouns or words[k] in self.words.advantage_comparatives:
            return None  # "We present X, …, and outperforms Y": X's clause; "… of IKNO and superiority over": no verb
        we = next((j for j in range(k - 2, -1, -1) if words[j] == "we"), None)
        if we is None or we and words[we - 1] not in ("that", ","):
            return None
        between = set(words[we + 1 : k - 1])
        if between & (CLAUSE_BREAKS | self.words.we_subject_stops):
            return None
        # "We (further) introduce Embedding-Enhanced GIZA++, and outperform GIZA++": the proposal is the own thing, it wins
        verb = next((j for j in range(we + 1, min(we + 3, k - 1)) if words[j] in self.words.we_propose_verbs), None)
        return (we, we + 1) if verb is None else (verb + 1, k - 1)

    def opens_clause_with_verb(self, words: list[str], off: int, ent: Span, cue_start: int) -> bool:
        """The name opens the sentence or follows "that" or a comma, only determiners before it
        (``determiners``), and a verb after it (one of ``outperform_subject_verbs``, a word in -s or
        -ed, an adverb; not a model or kind noun)."""
        start, end = ent.start - off, ent.end - off
        while start and words[start - 1] in self.words.determiners:
            start -= 1
        verb = words[end] if end < cue_start else ""
        return (start == 0 or words[start - 1] in ("that", ",")) and verb.isalpha() and verb.islower() \
            and verb not in self.words.own_subjects and verb not in self.words.class_nouns \
            and (verb in self.words.subject_verbs or verb in CONTINUING_ADVERBS or verb.endswith(("ly", "ed")) or (verb.endswith("s") and not verb.endswith("ss")))

    def tuned_subject(self, words: list[str], off: int, ent: Span, cue_start: int) -> bool:
        """"the fine-tuned Whisper-large model consistently outperforms the CEM baseline": a name
        after a base modifier (lexicon ``base_modifiers``: "fine-tuned", "distilled", …) right
        before its cue (only ``outperform_tuned_subject_nouns`` such as "model" and adverbs
        between) is the winner the text names by its base, as the gold names a beaten one so
        ("outperforms the pre-trained and fine-tuned CLIP"). Only where a determiner (an article,
        "our", "this", …: ``noun_phrase_determiners``), "that", a comma or "final" opens that subject
        (the last three ``outperform_tuned_subject_openers``; the two lists are read as one set,
        ``tuned_subject_openers``): not "models supervised by fine-tuned X" (a means), "the Y
        instruction-tuned X" (Y's version). Not a name glued to what follows ("X-based"), nor one
        that opens its sentence (the modifier must be in the sentence: a title ending "…
        Fine-Tuned" is no subject of the abstract's first claim). Span
        train: no such sentence; the session 55 draw and corpus: 20 of 22 new edges right."""
        doc = ent.doc
        if not words_text(doc, max(off, ent.start - 3), ent.start).lower().endswith(self.words.base_modifiers):
            return False
        gap = words[ent.end - off : cue_start]
        if gap[:1] in (["-"], ["based"]) or not all(w in self.words.tuned_subject_nouns or w in CONTINUING_ADVERBS or w.endswith("ly") for w in gap):
            return False
        k = ent.start - off - 1  # the modifier's last word; back over its hyphens and adverbs to what opens the subject
        while k >= 2 and words[k - 1] == "-":
            k -= 2
        while k >= 1 and words[k - 1].endswith("ly"):
            k -= 1
        return k == 0 or words[k - 1] in self.words.tuned_subject_openers

    def based_subject(self, words: list[str], off: int, ent: Span, cue_start: int) -> bool:
        """"our proposed evolution strategies-based method scales much better than …", "I3D-based
        models outperform the vanilla Transformer": a name before "-based" and, up to three words on,
        the authors' kind of thing (``outperform_own_subjects``: "method", "models", "approach")
        that opens its clause (only a determiner, "proposed" or "resulting" before it:
        ``noun_phrase_determiners`` and ``outperform_based_subject_openers``, read as one set; at the
        sentence's start or after "that", a comma or a colon) and stands right before its cue
        (adverbs, "much" / "far": ``outperform_degree_words``, and a verb between) names the winner
        by what it is built on, as the gold names it. Not "a LoRA-based finetune" (no such kind
        noun), not "X-based methods of Y outperform" (more than a verb, adverbs and "much" / "far"
        between the kind and the cue)."""
        start, end = ent.start - off, ent.end - off
        gap = words[end:cue_start]
        head = 2 if gap[:2] == ["-", "based"] else 1 if gap[:1] == ["based"] else 0
        if not head:
            return False
        noun = next((k for k in range(head, min(head + 3, len(gap))) if gap[k] in self.words.own_subjects), None)
        if noun is None or not all(w.isalpha() and w.islower() or w == "-" for w in gap[head:noun]):
            return False
        if not all(w in self.words.subject_verbs or w in CONTINUING_ADVERBS or w in self.words.degree_words or w.endswith("ly")
                   or (w.isalpha() and w.endswith("s") and not w.endswith("ss")) for w in gap[noun + 1 :]):
            return False  # "X-based features of Y outperform": the kind is not what the cue's subject is
        j = start
        while j and words[j - 1] in self.words.based_subject_openers:
            j -= 1
        return j == 0 or words[j - 1] in ("that", ",", ":")

    def outperform_positions(self, words: list[str], texts: list[str]) -> tuple[list[tuple[int, int]], list[int]]:
        """Where a sentence claims one thing beats another: the cue phrases ("outperforms",
        "better than") and a comparative whose "than"/"to"/"over" comes a few words later
        ("achieved better performance than", "a 1.45x speedup over", "superior performance
        and features to"), spanning both words; and the starts of the negated cues, which claim
        none (``negated``; read once per sentence for ``past_a_negated_cue``)."""
        cues = set(phrase_positions(words, self.words.outperform)) | set(gapped_positions(words, self.words.outperform_gapped_heads, self.words.outperform_gapped))
        negated = {cue for cue in cues if self.negated(words, texts, cue[0])}
        return sorted(cues - negated), sorted(start for start, _ in negated)

    def negated(self, words: list[str], texts: list[str], cue_start: int) -> bool:
        """"it does not outperform a RoBERTa-CRF baseline", "the conditions under which it fails to
        outperform plain PTQ", "AR diffusion does not outperform DDPM": a cue right after a negation
        (lexicon ``outperform_negations``, past -ly adverbs and ``outperform_negation_fillers``) claims
        no win, and a name after it is beaten by no earlier cue either (``past_a_negated_cue``); "not
        only outperforms" claims one, and so does a name written "NoT" ("NoT surpasses ToT"): the
        negation counts only as written, in lower case (``texts``: the tokens as written). Session 62
        (outperf62): see docs/history-relations.md. A capitalised negation at a sentence's start ("Never
        outperforms", "Fails to outperform") or in capitals ("does NOT outperform") is so no negation: none
        opens a cue in the 175,745 corpus abstracts (session 63, tidy63), so it is left as written."""
        k = cue_start
        while k and words[k - 1] != "only" and (words[k - 1].endswith("ly") or words[k - 1] in self.words.negation_fillers):
            k -= 1
        return any(k >= len(neg) and words[k - len(neg) : k] == neg and texts[k - len(neg) : k] == neg for neg in self.words.negations)

    def advantage_pairs(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int]) -> list[tuple[int, int]]:
        """"the superiority of SBoRA-FA over LoRA", "the many advantages of IMF over IPF approaches",
        "better robustness for CodeGen over InCoder and GPT-J": a noun of advantage, "of" / "for",
        the name that wins (an article, "our" or "proposed" between: ``outperform_winner_openers``), then
        a few words at most and "over" / "against" / "compared to" and the names that lose. The winner stands after the cue, where
        the cue rule reads no subject (span train, gold names on both sides: 5 of 6 pairs annotated;
        whole train build: 4 of 6 edges, one more right in reading but on a node named "SBoRA")."""
        starts = {ents[i].start - off: i for i in sent_ents if ents[i].label_ in ("Model", "Method")}
        pairs = []
        for k, w in enumerate(words[:-2]):
            if words[k + 1] not in ("of", "for") or not (w in self.words.advantage_nouns or k and words[k - 1] in self.words.advantage_comparatives and w.isalpha()):
                continue
            j = k + 2
            while j < len(words) and words[j] in self.words.winner_openers:
                j += 1
            winner = starts.get(j)
            if winner is None:
                continue
            end = ents[winner].end - off
            cue_end = next((m + len(t) for m in range(end, min(len(words), end + 4)) for t in self.words.advantage_targets
                            if words[m : m + len(t)] == t), None)
            if cue_end is None or any(x in CLAUSE_BREAKS or x in (",", ".", "(", ")") for x in words[end : cue_end - 1]):
                continue
            for i in sent_ents:
                gap = words[cue_end : ents[i].start - off]
                if ents[i].start - off < cue_end or ents[i].label_ not in ("Model", "Method") or fold_name(ents[i].text) == fold_name(ents[winner].text):
                    continue
                if any(x in CLAUSE_BREAKS or x in SETTING_WORDS or x in OWN_CUE_STOPS for x in gap) or self.new_predicate_between(gap):
                    break  # "over LoRA in various fine-tuning tasks, including …": the setting, not the beaten
                if not self.another_of_its_kind(words, ents[i].start - off, ents[i].end - off):
                    pairs.append((winner, i))
        return pairs

    def scores_set_against(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int]) -> list[tuple[int, int]]:
        """"NExT-Chat (87.7) vs. Shikra (86.9)", "42.66 for Gemini-2.5-Pro vs. 30.45 for GLM-4.5V":
        two names, each with its score, on the two sides of "vs." — the higher score wins, unless
        the sentence speaks of a score where lower is better (lexicon ``lower_better_words``:
        "error", "perplexity", …). Whole train split: 4 such pairs, all annotated."""
        if set(words) & self.words.lower_better:
            return []
        by_start = {ents[i].start - off: i for i in sent_ents if ents[i].label_ in ("Model", "Method")}
        by_end = {ents[i].end - off: i for i in sent_ents if ents[i].label_ in ("Model", "Method")}
        pairs = []
        for k, w in enumerate(words):
            if w not in ("vs", "vs.", "versus"):
                continue
            left = right = None
            if k >= 4 and words[k - 3] == "(" and words[k - 1] == ")" and k - 3 in by_end:  # "X (87.7) vs."
                left = (by_end[k - 3], words[k - 2])
                end = ents[by_start[k + 1]].end - off if k + 1 in by_start else None
                if end is not None and words[end : end + 3][:1] == ["("] and words[end + 2 : end + 3] == [")"]:
                    right = (by_start[k + 1], words[end + 1])
            elif k in by_end and k >= 3 and words[k - len(ents[by_end[k]]) - 1] == "for":  # "42.66 for X vs. 30.45 for Y"
                i = by_end[k]
                left = (i, words[ents[i].start - off - 2])
                if words[k + 2 : k + 3] == ["for"] and k + 3 in by_start:
                    right = (by_start[k + 3], words[k + 1])
            if left is None or right is None:
                continue
            try:
                a, b = float(left[1].rstrip("%")), float(right[1].rstrip("%"))
            except ValueError:
                continue
            if a != b:
                pairs.append((left[0], right[0]) if a > b else (right[0], left[0]))
        return pairs

    def hedged(self, before: list[str], after: list[str]) -> bool:
        """"matches or exceeds GPT-3.5", "comparable to, or exceeding, …", "equalling and in some
        cases surpassing", "outperforms or matches": a cue joined to a word of parity claims no
        more than a tie (span train: the pairs so claimed are annotated OUTPERFORMS 2 times in 7)."""
        if after[:1] == ["or"] and after[1:2] and after[1] in self.words.hedges:
            return True
        conj = max((k for k, w in enumerate(before) if w in ("or", "and")), default=None)
        if conj is None or not all(w in HEDGE_FILLERS for w in before[conj + 1 :]):
            return False
        hedge = max((k for k, w in enumerate(before[:conj]) if w in self.words.hedges), default=None)
        return hedge is not None and all(w in ("to", "with", ",") for w in before[hedge + 1 : conj])  # not "comparable to BERT and better than"

    def participle_clause(self, gap: list[str]) -> bool:
        """"outperforms A and B, achieving … over C": a comma and an -ing verb open a clause about
        what the win amounts to, so the names after it are not beaten ("…, including C" still
        lists them)."""
        return any(a == "," and b.endswith("ing") and b.isalpha() and b not in self.words.list_participles for a, b in zip(gap, gap[1:]))

    def another_of_its_kind(self, words: list[str], start: int, end: int) -> bool:
        """"outperforms other strong distillation baselines", "better policies than other RL-based
        methods": a name between "other" and a kind noun ("methods", "baselines") names the kind the
        winner is one of, not what it beats (whole train split: 4 such edges, none annotated)."""
        return "other" in words[max(0, start - 3) : start] and bool(set(words[end : end + 3]) & self.words.class_nouns)

    def kind_of_named_foils(self, words: list[str], end: int, right_starts: set[int]) -> bool:
        """"outperforms the state-of-the-art pruning techniques SparseGPT and Wanda": a name before a
        kind noun that the beaten names follow (after "such as", "including", "e.g.", a comma) is
        their kind, not one more beaten (``outperform_class_nouns`` and ``outperform_named_kind_nouns``;
        span train 2 such edges, neither annotated; the session 54 draw 1, wrong)."""
        if end >= len(words) or not (words[end] in self.words.class_nouns or words[end] in self.words.named_kind_nouns):
            return False
        k = end + 1
        while k < min(len(words), end + 6) and words[k] in self.words.kind_to_names:
            k += 1
        return k in right_starts

    def kind_of_a_named_foil(self, ents: list[Span], hit: RelationHit) -> bool:
        """"Against the latest transformer pruning method, Isomorphic, MDP delivers …", "lower cost
        than the state-of-the-art prompt-learning framework, ACE", "the few-shot learning method
        SetFit": a beaten Method that a singular kind noun follows (lexicon
        ``outperform_foil_kind_nouns``), and then a capitalised name that is not the winner (right
        after it, or after a comma as an aside that a comma, stop or bracket closes), is the kind of
        that named foil, not what the winner beats — whichever rule made the edge, and whether or
        not the foil's name was recognised (``kind_of_named_foils`` reads the plural kind before
        recognised names in the cue's own sentence). Session 65 (outperf65): on the session 61–65
        draws 7 such edges in 5 papers, all kinds the gold leaves out; span train none."""
        if hit.type != "OUTPERFORMS" or hit.head is None or ents[hit.tail].label_ != "Method":
            return False
        doc, k = ents[hit.tail].doc, ents[hit.tail].end
        if k >= len(doc) or doc[k].lower_ not in self.words.foil_kind_nouns:
            return False
        aside = k + 1 < len(doc) and doc[k + 1].text == ","
        k += 2 if aside else 1
        if k < len(doc) and doc[k].lower_ in self.words.foil_namers:
            k += 1
        if k >= len(doc) or not any(c.isupper() for c in doc[k].text) or ents[hit.head].start <= k < ents[hit.head].end:
            return False
        named = next((e for e in ents if e.start == k), None)
        if named is not None and named.label_ not in ("Method", "Model"):
            return False
        end = named.end if named is not None else k + 1
        return not aside or end == len(doc) or doc[end].text in ASIDE_CLOSERS

    @staticmethod
    def cues_outside_names(cues: list[tuple[int, int]], ents: list[Span], sent_ents: list[int], off: int) -> list[tuple[int, int]]:
        """"(Qwen2.5, BEATs, Whisper, …) are merged by": a cue word that opens a recognised name
        is the name, not a claim (whole train split: 4 such edges, none annotated). A metric word
        still is the cue ("a 1.45x speedup over GPTQ")."""
        inside = {k - off for i in sent_ents if ents[i].label_ in NAMED_LABELS for k in range(ents[i].start, ents[i].end)}
        return [(start, end) for start, end in cues if start not in inside]

    def means_of_beaten(self, gap: list[str]) -> bool:
        """"outperforms concurrent works utilizing pretrained vision encoder from CLIP", "the previous
        best bot, Pokellmon powered by GPT-4o", "in the Needle-in-a-Haystack test using
        Mistral-7B", "SpecAugment policies obtained by random search": a name after a word of means
        (lexicon ``outperform_beaten_means_words``) is what the beaten or the test is built with, not
        what is beaten (whole train split: 5 such edges, none annotated)."""
        return any(gap[k : k + len(m)] == m for m in self.words.beaten_means for k in range(len(gap)))

    def gap_ends_beaten_side(self, gap: list[str]) -> bool:
        """The words between a cue and a name after it end the beaten side before the name: a clause
        break, an "on" (the setting: "outperforms X on Y"; not one past a training participle before
        examples, ``examples_past_trained_on``), a new predicate, a parity clause or phrase, the means
        of the beaten, a participle or setting clause."""
        return (any(w in CLAUSE_BREAKS for w in gap)
                or any(w == "on" and not self.examples_past_trained_on(gap, k) for k, w in enumerate(gap))
                or self.new_predicate_between(gap) or self.parity_clause_between(gap) or self.parity_phrase_between(gap)
                or self.means_of_beaten(gap) or self.participle_clause(gap) or setting_clause(gap))

    def examples_past_trained_on(self, gap: list[str], on: int) -> bool:
        """"outperforms state-of-the-art systems trained on large-scale data, including F5-TTS, E2-TTS, and
        MaskGCT": an "on" after a participle of training (lexicon ``outperform_trained_on_participles``)
        says what the beaten kind was trained on, and a name past an example word after it
        (``outperform_trained_on_example_words``: "including", "such as", "like") is one of that kind, so
        beaten; any other "on" between the cue and a name ends the beaten side ("outperforms X on Y").
        Session 61 (outperf61): see docs/history-relations.md."""
        return 0 < on and gap[on - 1] in self.words.trained_on_participles and bool(set(gap[on + 1 :]) & self.words.trained_on_examples)

    def new_predicate_between(self, gap: list[str]) -> bool:
        """"it outperforms BLOOM, and is within 4% of GPT-3": "and" before a new verb ("is",
        "remains", "lags") starts another claim, so a name after it is not what the cue beats."""
        return any(a == "and" and b in self.words.new_predicate for a, b in zip(gap, gap[1:]))

    def later_clause(self, words: list[str], cue_end: int, start: int) -> bool:
        """A name past the clause the cue heads is not what it beats: after a comma and a clause
        opener (``outperform_later_clause_openers``: ", and enables Gemma-4 to …", ", and it
        brings"), after a word of condition or place (``outperform_condition_words``: "when extended
        to X", not "when compared to X"; "settings where the Adam optimizer is used"), or the subject
        of ", with (the) X achieving …". Session 56 (beaten56): of 80 draw edges read, 5 beaten
        sides wrong; where this fires, see docs/history-relations.md. Any name past ", with" or ": with"
        (no comparison word after it) is what the winner comes with or a later result's setting (", with
        strong adaptability to fine-grained actions (SSV2, Diving-48)", ": with Qwen3-32B, it achieves";
        session 58, outperf58: six session draws and span train, 4 such edges, all wrong)."""
        gap = words[cue_end:start]
        if any(gap[k + 1 : k + 1 + len(o)] == o for k, w in enumerate(gap) if w == "," for o in self.words.later_clause_openers):
            return True
        if any(w in self.words.condition_words and gap[k + 1 : k + 2] != ["compared"] for k, w in enumerate(gap)):
            return True
        # "…, with a 5% gain over Y": a comparing word after "with" keeps Y beaten
        return any(w in (",", ":") and gap[k + 1 : k + 2] == ["with"] and not set(gap[k + 2 :]) & self.words.comparing_words
                   for k, w in enumerate(gap))

    def in_setting_opening(self, words: list[str], end: int, cue_start: int) -> bool:
        """"Trained on sampled OpenR1-Math, the approach outperforms …", "With LLaMA-2-7B, the framework
        outperforms …": a name that ends before the first comma of a sentence opening with a word of
        means or setting (``outperform_opening_setting_words``; one of ``outperform_opening_clause_words``,
        "when", "after", "once", only before a participle: "When trained … with vanilla DiT backbones,
        alpha-Flow outperforms"), the comma before the cue, is what the subject is trained on or run with,
        not the winner. Not where "we"
        follows the comma ("Through RFFT, we enable LLMs …, over 40% higher than scratchpad": the
        authors' means is their method, and wins; span train, annotated). Session 58, outperf58: see
        docs/history-relations.md."""
        if not words or not (words[0] in self.words.opening_setting_words
                             or (words[0] in self.words.opening_clause_words and len(words) > 1 and words[1].endswith("ed"))):
            return False
        comma = next((k for k, w in enumerate(words[:cue_start]) if w == ","), None)
        return comma is not None and end <= comma and words[comma + 1 : comma + 2] != ["we"]

    def parity_clause_between(self, gap: list[str]) -> bool:
        """"MoELoRA achieved … 4.2% higher than LoRA, and demonstrated competitive performance compared
        to the 175B GPT-3.5": "and", a verb (``outperform_subject_verbs``) and then a word of parity
        (``outperform_hedges``) open a second claim, a tie with what follows, not a win over it
        (the session 55 draw: 4 such edges, none right; a corpus sample 19 of 19 wrong; span train: none)."""
        for k, w in enumerate(gap[:-2]):
            if w != "and":
                continue
            j = k + 1
            while j < len(gap) and gap[j].endswith("ly"):
                j += 1
            if j < len(gap) and gap[j] in self.words.subject_verbs and set(gap[j + 1 :]) & self.words.hedges:
                return True
        return False

    def parity_phrase_between(self, gap: list[str]) -> bool:
        """"surpassing multilingual baselines and competing closely with X", "outperforming end-to-end
        models and competitive with X", ", and approaches the accuracy of much larger systems, such as
        X": after "and" or a comma (and adverbs or a verb of ``outperform_subject_verbs``), a phrase
        of parity (``outperform_parity_phrases``) opens a tie with what follows, so a name past it
        is not beaten (session 59, outperf59: see docs/history-relations.md). ``parity_clause_between``
        reads the wider shape, "and", a verb and a word of parity anywhere after it."""
        phrase_starts = {start for start, _ in phrase_positions(gap, self.words.parity_phrases)}
        for k, w in enumerate(gap):
            if w not in ("and", ","):
                continue
            j = k + 1
            while j < len(gap) and (gap[j] in CONTINUING_ADVERBS or gap[j].endswith("ly") or gap[j] in self.words.subject_verbs):
                j += 1
            if j in phrase_starts or self.participle_before_parity(gap, j, phrase_starts):
                return True
        return False

    def participle_before_parity(self, gap: list[str], j: int, phrase_starts: set[int]) -> bool:
        """"surpassing Gemini 2.5 Flash and delivering performance comparable to Gemini 2.5 Pro",
        "outperforming existing models and achieving results comparable to GPT-4": an -ing verb (not
        one of ``outperform_list_participles``) and up to three lower-case words of what it yields
        before a phrase of parity open the same tie as "and comparable to" (not where a "than" follows:
        "and achieving higher exact match than X"). Session 67, outperf67: see docs/history-relations.md."""
        if j >= len(gap) or not (gap[j].isalpha() and gap[j].endswith("ing")) or gap[j] in self.words.list_participles:
            return False
        for m in range(j + 1, min(j + 5, len(gap))):
            if m in phrase_starts:
                return "than" not in gap[m:]  # "and achieving higher exact match than X": a gapped cue, X beaten
            if not (gap[m].isalpha() and gap[m].islower()):
                return False
        return False

    def in_parity_phrase(self, words: list[str], start: int) -> bool:
        """"…, matching the performance of X and outperforming standard RL fine-tuning": a name after a
        phrase of parity (``outperform_parity_phrases``) in its own clause (since the last comma or
        clause break) is what the subject ties with, not a winner of the cue after it."""
        opening = max((k for k in range(start) if words[k] in (",", ";", ":") or words[k] in CLAUSE_BREAKS), default=-1)
        return any(opening < s for s, _ in phrase_positions(words[:start], self.words.parity_phrases))

    @staticmethod
    def of_a_left_name(ents: list[Span], left: list[int], i: int, between) -> bool:
        """"token-level adaptation of LoRA adapters outperforms …": a name after "of" completes the
        name or the action noun before it ("adaptation of", "distillation of", "fine-tuning of"),
        which is the subject; it beats nothing itself."""
        if any(ents[j].end <= ents[i].start and (words := between(ents[j], ents[i]))[:1] == ["of"] and len(words) <= 3
               and not any(w in CLAUSE_BREAKS or w in (",", ";", "than") for w in words) for j in left if j != i):
            return True
        doc, start = ents[i].doc, ents[i].start
        of = next((k for k in range(start - 1, max(start - 3, 1) - 1, -1) if doc[k].lower_ == "of"), None)
        return (of is not None and of >= 1 and all(t.is_alpha for t in doc[of + 1 : start])
                and doc[of - 1].is_lower and doc[of - 1].lower_.endswith(ACTION_NOUN_ENDINGS))

    def compared_before(self, ent: Span, words: list[str], off: int, cues: list[tuple[int, int]]) -> bool:
        """"COPE is comparable to GPT-4.1 and superior to ClinicalBERT", "X outperforms Y and
        beats Z": a name that is itself compared with, or beaten after an earlier cue of its
        clause, is not the one that beats what follows. Not a name that opens a clause of its
        own (", with GPT-4 outperforming PaLM2": it wins there, whatever the cue before the comma
        beat; the session 55 draw: 1 such sentence, 2 wrong edges between the names the earlier
        cue's subject listed)."""
        if self.only_compared_with(ent):
            return True
        start = ent.start - off
        if opens_with_clause(words, start):
            return False
        return any(end <= start and not any(w in CLAUSE_BREAKS for w in words[end:start]) for _, end in cues)

    def in_subject_aside(self, words: list[str], start: int, end: int, cue_start: int) -> bool:
        """"Ctrl-G, when applied to a TULU2-7B model, outperforms GPT3.5", "BERT, combined with CRF,
        outperforms": a name in a comma-delimited aside opened by a word of setting or means, closed
        right before the cue, is what the subject is run with, not the subject."""
        rest = words[end:cue_start]
        k = len(rest)
        while k and (rest[k - 1] in CONTINUING_ADVERBS or rest[k - 1].endswith("ly")):
            k -= 1
        if not k or rest[k - 1] != "," or "," in rest[: k - 1] or len(rest) > 4:
            return False
        comma = next((j for j in range(start - 1, max(-1, start - 1 - ASIDE_WINDOW), -1) if words[j] == ","), None)
        return comma is not None and comma + 1 < start and words[comma + 1] in self.words.aside_openers

    def means_of_subject(self, words: list[str], start: int) -> bool:
        """"THUMT using minimum risk training significantly outperforms GroundHog", "the Elman-RNN
        with ReLU activation are strictly stronger than": a name right after "using" / "with" /
        "based on" is the means of the subject before it, not the winner. Not at a clause's start
        (", with W2V-BERT outperforming Whisper") nor after a verb's object ("Augmenting GPT-4o with
        CodeSteer … outperforming": what is added wins), nor after a participle ("Actors trained
        with ProgRM outperform": span dev, the one such pair annotated)."""
        means = next((k for k in (start - 1, start - 2) if k >= 0 and " ".join(words[k:start]) in self.words.means_words), None)
        if means is None or means == 0 or not words[means - 1][-1].isalnum() or words[means - 1].endswith("ed"):
            return False
        opening = max((k for k in range(means) if words[k] in (",", ";", "(") or words[k] in CLAUSE_BREAKS), default=-1)
        return not any(w.endswith("ing") and w.isalpha() and w not in self.words.means_words for w in words[opening + 1 : means])

    @staticmethod
    def outside_aside(ent: Span, words: list[str], off: int, cue_start: int) -> bool:
        """"… techniques like temperature scaling (around 6-8x better perplexity than GPT-2)",
        "RoBERTa (a BERT variant) outperforms XLNet": a name and a cue on two sides of a bracket
        (one opens after the name, or closes after it) do not go together; a name that fills the
        bracket ("Multi-Level Attention Network (MLANet) outperforms") is the subject's short form."""
        depth = 0
        for w in words[ent.end - off : cue_start]:
            depth += (w == "(") - (w == ")")
        doc = ent.doc
        alone = 0 < ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"
        return depth > 0 or (depth < 0 and not alone)

    def compares(self, words: list[str]) -> bool:
        """Words that set one thing against another ("outperforms", "than", "vs")."""
        return bool(phrase_positions(words, self.words.outperform)) or bool(set(words) & self.words.comparison_words)

    def our_method_outperforms(self, doc: Doc, ents: list[Span], sents: list[Span], per_sentence: list[list[int]],
                               hits: list[RelationHit]) -> list[RelationHit]:
        """"our method outperforms GPTQ", "the proposed approach consistently surpasses X": a cue
        whose subject is the authors' generic noun credits the paper's one proposed method or
        model, whichever rule or model found it proposed. The learned own → other classifier
        misses most of these (span train: 12 of 17 such pairs annotated OUTPERFORMS)."""
        own = {fold_name(ents[h.tail]._.kg_canonical or ents[h.tail].text): h.tail for h in hits
               if h.type == "PROPOSES" and h.head is None and ents[h.tail].label_ in ("Method", "Model")}
        if len(own) == 2:
            own = one_named_twice(own, ents)
        if len(own) > 1:
            own = title_named(own, ents, sents)
        if len(own) != 1:
            return []
        [(own_fold, head)] = own.items()
        out = []
        for s_index, sent in enumerate(sents):
            words, off = token_words(sent.doc)[1][sent.start : sent.end], sent.start
            texts = token_words(sent.doc)[0][sent.start : sent.end]
            out.extend(RelationHit(head, "OUTPERFORMS", i, "ours_fronted_comparison", 0.6, s_index)
                       for i in self.ours_after_fronted_comparison(words, off, ents, per_sentence[s_index], own_fold))
            gain_cues = set(gapped_positions(words, self.words.own_gapped_heads, self.words.own_gapped))
            positions, negated_starts = self.outperform_positions(words, texts)
            for cue_start, cue_end in sorted(set(positions) | gain_cues):
                if (cue_start, cue_end) in gain_cues:
                    subject = self.own_subject_before_gain(words, cue_start)
                    if subject is None:
                        subject = self.own_name_before_gain(words, off, ents, per_sentence[s_index], cue_start, own_fold)
                else:
                    subject = self.own_subject_before(words[:cue_start])
                    if subject is None:
                        subject = self.own_opening_before_participle(words, cue_start)
                if subject is None:
                    subject = self.own_subject_before_coordinated(words, cue_start)
                if subject is None or self.hedged(words[max(0, cue_start - HEDGE_WINDOW) : cue_start], words[cue_end : cue_end + 2]) \
                        or set(words[cue_start:cue_end]) & self.words.hedges:  # "achieves superior or competitive performance compared to"
                    continue
                # a name in the subject itself ("our RL algorithms … than … the RL baseline PPO") is not beaten
                in_subject = {fold_name(ents[i]._.kg_canonical or ents[i].text) for i in per_sentence[s_index] if subject <= ents[i].start - off < cue_start}
                for i in per_sentence[s_index]:
                    gap = words[cue_end : ents[i].start - off]
                    fold = fold_name(ents[i]._.kg_canonical or ents[i].text)
                    if ents[i].label_ not in ("Method", "Model") or ents[i].start - off < cue_end or fold == own_fold or fold in in_subject:
                        continue
                    if any(w in CLAUSE_BREAKS or w in SETTING_WORDS or w in OWN_CUE_STOPS for w in gap) or self.new_predicate_between(gap) \
                            or past_a_negated_cue(negated_starts, cue_end, ents[i].start - off) \
                            or self.participle_clause(gap) or self.parity_clause_between(gap) or self.parity_phrase_between(gap):
                        break  # the names after a setting word ("on", "under", "for") are what both are run on
                    if set(words[ents[i].end - off : ents[i].end - off + 3]) & self.words.class_nouns:
                        continue  # "existing DIP early stopping approaches": the kind of the baselines, not one of them
                    out.append(RelationHit(head, "OUTPERFORMS", i, "ours_subject_outperform_cue", 0.6, s_index))
        return out

    def others_of_a_list(self, doc: Doc, ents: list[Span], sents: list[Span], per_sentence: list[list[int]]) -> list[RelationHit]:
        """"We compare LLaMA-2, LLaMA-3.1, GPT-4, and Mixtral … We found that GPT-4 outperformed all
        other models", "… (i.e., TransE, DistMult, and ComplEx) … TransE outperformed the other two":
        where a cue (no tie: "rivals the other models") has for its beaten side only "the others"
        (lexicon ``outperform_others_openers``, right after the cue, and no Model or Method after it
        before a comma or clause break) and its subject is a named Model or Method X (only adverbs
        between), X beats the other members of the nearest list that names X before that sentence's
        claim (the title, an earlier sentence, or the claim's own sentence before X): Models and
        Methods joined by commas and an "and" / "or" (``LIST_GLUE``), less X's own short or long
        form. No list that names X, no edge ("XAI-CLASS outperforms other weakly-supervised …
        methods" after "we propose XAI-CLASS"). A superlative after the named X does the same ("We
        evaluate GPT-3 and Codex … Codex performs best", ``superlative_after``; rule
        ``best_of_listed``), unless X is the means of a subject ("LR with TF-IDF achieve the highest
        accuracy"). Session 68 (outperf68): see docs/history-relations.md."""
        out = []
        labels = ("Model", "Method")
        all_texts, all_words = token_words(doc)
        opener_ends = {p[-1] for phrases in self.words.others_openers.values() for p in phrases}  # "other", "rest", …
        for s_index, sent in enumerate(sents):
            words, off = all_words[sent.start : sent.end], sent.start
            in_sent = [i for i in per_sentence[s_index] if ents[i].label_ in labels]
            if not in_sent:
                continue
            # the cues are read only where an opener's last word ("other", "rest", …) stands: most sentences have none
            positions = self.outperform_positions(words, all_texts[sent.start : sent.end])[0] if opener_ends & set(words) else []
            reversed_cues = phrase_positions(words, self.words.outperform_reversed) if positions else []

            def named_in_clause_from(pos: int) -> bool:  # a Model / Method at or after ``pos`` before a comma or clause break
                return any(ents[i].start - off >= pos and not set(words[pos : ents[i].start - off]) & (CLAUSE_BREAKS | {","}) for i in in_sent)

            for cue_start, cue_end in positions:
                opener = self.words.others_openers.get(words[cue_end], ()) if cue_end < len(words) else ()
                if any(r[0] <= cue_start < r[1] for r in reversed_cues) or not any(words[cue_end : cue_end + len(p)] == p for p in opener):
                    continue
                if words[cue_start] in self.words.hedges:
                    continue  # "GPT-4 rivals the other models": a tie, not a win (as ``outperform_pairs`` reads it)
                if named_in_clause_from(cue_end):
                    continue  # "outperforms other models such as X": the beaten are named in the cue's clause
                winner = next((i for i in reversed(in_sent) if ents[i].end - off <= cue_start), None)
                if winner is None or not all(w.endswith("ly") or w in CONTINUING_ADVERBS for w in words[ents[winner].end - off : cue_start]):
                    continue
                members = self.list_naming(doc, ents, per_sentence, s_index, winner)
                out.extend(RelationHit(winner, "OUTPERFORMS", i, "outperforms_listed_others", 0.6, s_index) for i in members)
            for winner in in_sent:
                end = self.superlative_after(words, ents[winner].end - off)
                if end is None or self.means_of_subject(words, ents[winner].start - off) or named_in_clause_from(end):
                    continue
                members = self.list_naming(doc, ents, per_sentence, s_index, winner)
                out.extend(RelationHit(winner, "OUTPERFORMS", i, "best_of_listed", 0.6, s_index) for i in members)
        return out

    def superlative_after(self, words: list[str], start: int) -> int | None:
        """"Codex performs best", "SVM has the best performance", "MultiCLIP achieves the highest …": where the
        words from ``start`` (past adverbs) are a verb of ``outperform_superlative_verbs``, "the" or adverbs, and a
        word of ``outperform_superlatives``, the position after that word; else None. None too where one of the
        next few words (to a clause break) is in ``outperform_superlative_non_claims``: "MMS is best suited when …",
        "DALL-E V3 exhibited the strongest overall gender stereotyping", "has the highest latency" say where X fits
        or what it has most of, not that it did better (session 68, late68: 5 such edges on 200 + 5 unseen
        abstracts, all wrong; none of the 238 others and none of outperf68's firings removed)."""
        k = start
        while k < len(words) and (words[k].endswith("ly") or words[k] in CONTINUING_ADVERBS):
            k += 1
        verb = next((p for p in self.words.superlative_verbs.get(words[k], ()) if words[k : k + len(p)] == p), None) if k < len(words) else None
        if verb is None:
            return None
        k += len(verb)
        while k < len(words) and (words[k] == "the" or words[k].endswith("ly")):
            k += 1
        if k >= len(words) or words[k] not in self.words.superlatives:
            return None
        phrase = words[k + 1 : k + 1 + SUPERLATIVE_PHRASE_WORDS]
        phrase = phrase[: next((j for j, w in enumerate(phrase) if w in CLAUSE_BREAKS or w in {",", ".", ";", "(", "--"}), len(phrase))]
        if set(phrase) & self.words.superlative_non_claims:
            return None  # "is best suited when", "the highest latency", "the strongest gender stereotyping": no win
        return k + 1

    def list_naming(self, doc: Doc, ents: list[Span], per_sentence: list[list[int]], s_index: int, winner: int) -> list[int]:
        """The other members of the nearest list of Models and Methods before the ``winner``'s mention
        (its sentence up to it, then earlier sentences back to the title) that names it (see
        ``others_of_a_list``), less its own short or long form set beside it ("Vision Transformer,
        ViT"); else []. A name and the name its bracket restates ("Bayesian Logistic Regression
        (Variational Approximation)") have no ``LIST_GLUE`` between them, so they make no list."""
        text, name = doc_text(doc), ents[winner]
        fold = fold_name(name._.kg_canonical or name.text)
        glue = lambda a, b: text[ents[a].end_char : ents[b].start_char]
        joined = lambda a, b: re.search(r"\b(?:and|or)\b|&", glue(a, b)) is not None
        for k in range(s_index, -1, -1):
            members = [i for i in per_sentence[k] if ents[i].label_ in ("Model", "Method") and ents[i].end <= name.start]
            chains, chain = [], []
            for i in members:
                if chain and LIST_GLUE.match(glue(chain[-1], i)):
                    chain.append(i)
                else:
                    chains.append(chain)
                    chain = [i]
            chains.append(chain)
            for chain in reversed(chains):
                named = [j for j, i in enumerate(chain) if fold_name(ents[i]._.kg_canonical or ents[i].text) == fold]
                if not named or not any(joined(a, b) for a, b in zip(chain, chain[1:])):
                    continue
                own = set(named)
                for j in named:  # "Vision Transformer, ViT": the name's own short or long form beside it
                    for n in (j - 1, j + 1):
                        if 0 <= n < len(chain) and not joined(*sorted((chain[j], chain[n]))) \
                                and any(" " in b.text and short_form_of(a.text, b.text) for a, b in permutations((ents[chain[n]], ents[chain[j]]))):
                            own.add(n)
                return [i for j, i in enumerate(chain) if j not in own]
        return []

    def own_means_winners(self, ents: list[Span], hits: list[RelationHit]) -> list[RelationHit]:
        """"the Llama-3.1-8B-Instruct model with RGAR surpasses … GPT-3.5", "LLaMA2-70B with
        CoT-Influx surpasses GPT-3.5": where the cue's winner is a model run or trained with the
        paper's own proposal (lexicon ``outperform_own_means_words``, right after the model's name
        and an optional ``outperform_own_means_heads`` noun), the proposal is the winner, not the
        model it runs on (eval/DEV-NOTES.md: "When a model trained or run with a method X beats Y,
        the edge is X OUTPERFORMS Y"). Session 64 (outperf64): see docs/history-relations.md."""
        own = {fold_name(ents[h.tail]._.kg_canonical or ents[h.tail].text) for h in hits
               if h.type == "PROPOSES" and h.head is None and ents[h.tail].label_ in ("Method", "Model")}
        if not own:
            return hits
        by_start = {e.start: i for i, e in enumerate(ents)}
        out = []
        for hit in hits:
            means = None
            if hit.type == "OUTPERFORMS" and hit.rule == "outperform_cue" and hit.head is not None:
                means = self.own_means_of(ents, hit.head, hit.tail, own, by_start)
            out.append(hit if means is None else RelationHit(means, "OUTPERFORMS", hit.tail, "own_means_winner", hit.confidence, hit.sentence))
        return out

    def own_means_of(self, ents: list[Span], head: int, tail: int, own: set[str], by_start: dict[int, int]) -> int | None:
        """The paper's own proposal named right after the winner ``head`` through a word of running
        or training with (lexicon ``outperform_own_means_words``; ``outperform_own_means_openers``, "our" or
        "the proposed", may stand between), before the beaten ``tail``; else None. The openers count where the
        proposal is no winner itself ("LLaMA2-70B with our Tarnwise-based pruner outperforms": an "X-based"
        name is no cue's winner, so the model is). Not where the winner is itself proposed ("QuillNet with
        QuillLoss outperforms ColBERT": the paper's model wins, not its own objective)."""
        doc, k = ents[head].doc, ents[head].end
        if fold_name(ents[head]._.kg_canonical or ents[head].text) in own:
            return None
        if k < len(doc) and doc[k].lower_ in self.words.own_means_heads:
            k += 1
        phrase = next((p for p in self.words.own_means if [t.lower_ for t in doc[k : k + len(p)]] == p), None)
        if phrase is None:
            return None
        k += len(phrase)
        while k < len(doc) and doc[k].lower_ in self.words.own_means_openers:
            k += 1
        means = by_start.get(k)
        if means is None or means == tail or ents[means].end > ents[tail].start:
            return None
        # a Method or Model: ``own`` holds only theirs, and one name keeps one type in a paper (EntityRecognizer.resolve)
        return means if fold_name(ents[means]._.kg_canonical or ents[means].text) in own else None

    def ours_after_fronted_comparison(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int], own_fold: str) -> list[int]:
        """"Compared with the strong baseline model MetaR, our model achieves … improvements": what a
        fronted comparison names (``fronted_beaten``) is beaten by the paper's one proposal where the
        authors' generic noun ("our … model", "the proposed … method") opens the clause after its
        comma and that clause claims a gain."""
        if not sent_ents:
            return []
        opening = self.fronted_opening(ents[sent_ents[0]].doc, off, words)
        if opening is None or not self.opens_with_own_subject(words[opening[1] + 1 :]):
            return []
        noun = next(j for j in range(opening[1] + 1, len(words)) if words[j] in self.words.own_subjects)
        return self.fronted_beaten(words, off, ents, sent_ents, opening, own_fold) if self.claims_a_gain(words, noun + 1) else []

    def own_subject_before_gain(self, words: list[str], cue_start: int) -> int | None:
        """"our dynamic routing method demonstrates substantial improvements over Top-2 routing",
        "Our approach …, achieving a 63.5% improvement in F1 score over X": where the subject of a
        gain noun (lexicon ``outperform_own_gapped``) is the authors' generic noun, the start of
        that subject, else None. Walks back over up to four words of the gain's size ("a",
        numbers, amount words, adjectives), then reads the subject as ``own_subject_before`` does,
        or after a comma and a participle (``outperform_own_participles``) the sentence's opening."""
        k, skipped = cue_start, 0
        while k and skipped < 4 and self.sizes_a_gain(words[k - 1]):
            k -= 1
            skipped += 1
        subject = self.own_subject_before(words[:k])
        if subject is None and k >= 2 and words[k - 1] in self.words.own_participles and words[k - 2] == "," and self.opens_with_own_subject(words[: k - 2]):
            subject = 0
        return subject

    def own_name_before_gain(self, words: list[str], off: int, ents: list[Span], sent_ents: list[int], cue_start: int,
                             own_fold: str) -> int | None:
        """"SAND achieves an average 20% improvement over initial supervised finetuning", "EMA-SAM
        achieves consistent gains of 2--5 Dice points over SAM-2": the paper's one proposal by name,
        opening its clause (the sentence's start, a comma or "that" before it), then a verb of
        ``outperform_subject_verbs`` and the gain's size, is the gain noun's subject as "our method"
        is (``own_subject_before_gain``); returns where the name starts, else None. Only the
        proposal: a gain noun after any name took a baseline's model or backbone (session 50).
        Session 70 (outperf70): 1,500 unseen abstracts with the shape, 14 new edges, 11 right, 1 wrong."""
        k, skipped = cue_start, 0
        while k and skipped < 4 and self.sizes_a_gain(words[k - 1]):
            k -= 1
            skipped += 1
        verb = k
        while k and (words[k - 1] in self.words.subject_verbs or words[k - 1].endswith("ly")):
            k -= 1
        if k == verb:
            return None
        for i in sent_ents:
            start, end = ents[i].start - off, ents[i].end - off
            if end == k and fold_name(ents[i]._.kg_canonical or ents[i].text) == own_fold and (start == 0 or words[start - 1] in (",", "that")):
                return start
        return None

    def sizes_a_gain(self, word: str) -> bool:
        """A word of a gain's size before its noun ("a", "63.5%", "substantial"): an article, a
        number or amount word, or a lower-case word that is no verb, subject or participle of the
        clause and none of ``GAIN_SUBJECT_WORDS``."""
        return (word in ("a", "an") or AMOUNT_NUMBER.match(word) is not None or word in self.words.amount_words
                or word.isalpha() and word.islower() and word not in self.words.subject_verbs and word not in self.words.own_subjects
                and word not in self.words.own_participles and word not in GAIN_SUBJECT_WORDS)

    def own_opening_before_participle(self, words: list[str], cue_start: int) -> int | None:
        """"Our model reaches a ROC of 0.86, outperforming SAPS-II": a comma (or "while") and an -ing cue
        ("outperforming", "surpassing") after a clause whose subject opens the sentence as the
        authors' generic noun ("our [up to three words] method", "the proposed … approach")
        credit the paper's own thing; returns where that subject starts (0), else None."""
        if cue_start < 2 or words[cue_start - 1] not in (",", "while") or not words[cue_start].endswith("ing"):
            return None
        return 0 if self.opens_with_own_subject(words[:cue_start]) else None

    def own_subject_before_coordinated(self, words: list[str], cue_start: int) -> int | None:
        """"the proposed model shows good style control and outperforms GST", "the resulting
        approach captures …, and outperforms alternatives, such as word2vec": a cue verb joined
        by "and" to the verb of a clause whose subject is the authors' generic noun ("our …
        method", "the proposed / resulting … approach", opening the sentence or after "that");
        returns where that subject starts, else None. Not past a relative clause or another
        subject ("which", "we", "it") between the subject and the "and"."""
        k = cue_start
        while k and (words[k - 1].endswith("ly") or words[k - 1] in ("also", "still", "further", "even")):
            k -= 1
        if k < 4 or words[k - 1] != "and":
            return None
        starts = [j for j in range(k - 1) if (j == 0 or words[j - 1] == "that")
                  and (words[j] == "our" or (words[j] == "the" and words[j + 1] in ("proposed", "resulting")))]
        if not starts:
            return None
        j = starts[-1]
        first = j + 1 if words[j] == "our" else j + 2
        noun = next((n for n in range(first, min(first + 4, k - 1)) if words[n] in self.words.own_subjects), None)
        if noun is None or any(w in (",", "(", ")") for w in words[first:noun]):
            return None
        between = words[noun + 1 : k - 1]
        if not between or set(between) & (CLAUSE_BREAKS | {"which", "that", "who", "we", "it", "they", ":", "and"}):
            return None
        return j

    def opens_with_own_subject(self, words: list[str]) -> bool:
        """The words open with the authors' generic noun: "our [up to three words] method", "the
        proposed … approach"."""
        first = 1 if words[:1] == ["our"] else 2 if words[:2] == ["the", "proposed"] else None
        if first is None:
            return False
        noun = next((j for j in range(first, min(first + 4, len(words))) if words[j] in self.words.own_subjects), None)
        return noun is not None and not any(w in (",", "(", ")") for w in words[first:noun])

    def own_subject_before(self, before: list[str]) -> int | None:
        """Where the subject starts when the words before a cue end in "our [up to three words]
        method", "the proposed … approach" or a clause's "it", adverbs, a verb of a gapped cue and
        an amount aside ("our model consistently outperforms", "our model achieves better accuracy
        than", "our model achieves 2 points higher than", "…, it also outperforms"); else None
        (span train: "it" so placed 4 of 4 pairs annotated; whole train split: an amount between,
        1 new pair, annotated; with "a" an amount word too, 1 more, not annotated). "…, where it
        outperformed X" and "the resulting model" too (whole train split: 3 new pairs, all
        annotated; 1 annotated lost, a name before "the resulting model" that no longer wins).
        "We" opening the sentence or after a comma or "that" ("We outperform GIZA++ by 8.5 AER", "On
        MedMCQA, we outperform Med-PaLM", "We demonstrate significant improvements over BERT") is
        the authors speaking of their own thing too (session 69, outperf69: unseen text 14 new
        edges, 10 right, 3 doubtful, 1 wrong; span train 1, annotated)."""
        k = len(before)
        while k and (before[k - 1].endswith("ly") or before[k - 1] in self.words.subject_verbs or before[k - 1] in ("also", "still", "further", "even")
                     or before[k - 1] in self.words.amount_words or AMOUNT_NUMBER.match(before[k - 1])):
            k -= 1
        if k and before[k - 1] == "it" and (k == 1 or before[k - 2] in (",", "and", "that", "where")):
            return k - 1  # ", it also outperforms X": the sentence goes on about the paper's own thing
        if k and before[k - 1] == "we" and (k == 1 or before[k - 2] in (",", "that")):
            return k - 1  # "We improve over BART", "On MedMCQA, we outperform Med-PaLM": the authors' own thing wins
        if k == 2 and before[0] in ("this", "these") and before[1] in self.words.own_result_nouns:
            return 0  # "This performance surpasses GPT-4o": the result just reported, of the paper's own thing
        if not k or before[k - 1] not in self.words.own_subjects:
            return None
        start = next((j for j in range(k - 2, max(0, k - 5) - 1, -1) if before[j] in ("our", "proposed", "resulting")), None)
        if start is None or any(w in CLAUSE_BREAKS or w in (",", "(", ")") for w in before[start:k]):
            return None
        return start


def gapped_positions(words: list[str], heads, gapped: dict[tuple[str, ...], list[list[str]]]) -> list[tuple[int, int]]:
    """Where a word of a gapped cue ("better", "improvements") has its ending ("than", "over") a few
    words later (``OUTPERFORM_GAP``), not past a clause break, a comma or "than"; spans both."""
    found = []
    for start, end in phrase_positions(words, heads):
        for tail in gapped[tuple(words[start:end])]:
            for k in range(end, min(len(words), end + OUTPERFORM_GAP + 1)):
                if words[k : k + len(tail)] == tail and words[k - 1] != "by":  # "improves … by over 20%" is an amount
                    found.append((start, k + len(tail)))
                    break
                if words[k] in CLAUSE_BREAKS or words[k] in (".", ",", "than"):
                    break
    return found


def opens_with_clause(words: list[str], start: int) -> bool:
    """", with X outperforming Y": the name at ``start`` opens a "with" clause after a comma (an
    article between), the subject of the participle that follows it."""
    k = start - 1 if start and words[start - 1] in ("the", "a", "an") else start
    return k >= 2 and words[k - 2 : k] == [",", "with"]


def subject_list(left: list[int], glue) -> list[int]:
    """The nearest name before a cue and the names listed with it ("RoBERTa, XLNet and GPT-2
    outperform BERT"): walked back while only commas and "and"/"or" stand between two names, and
    a list only with an "and"/"or" ("When compressing GPT-2, ZipLM outperforms" lists nothing)."""
    members = [left[-1]]
    for i in reversed(left[:-1]):
        words = set(glue(i, members[-1]))
        if not words or not words <= {",", "and", "or"}:
            break
        members.append(i)
    if len(members) > 1 and not any(set(glue(a, b)) & {"and", "or"} for b, a in zip(members, members[1:])):
        return members[:1]
    return members


def while_before_participle(words: list[str], cue_start: int) -> int | None:
    """Where the "while" of "X reaches 86 mAP while reducing energy by 20% relative to Y" stands
    (adverbs between it and an -ing cue), else None: the participle goes on from the clause
    before it, whose subject (``clause_subject``, as after a comma) is the winner; no other name
    before "while" is. Session 71 (outperf71): the draw and 921 unseen abstracts with the shape,
    10 edges added, 7 right, 2 doubtful, 1 wrong."""
    if not words[cue_start].endswith("ing"):
        return None
    k = cue_start
    while k and (words[k - 1] in CONTINUING_ADVERBS or words[k - 1].endswith("ly")):
        k -= 1
    return k - 1 if k and words[k - 1] == "while" else None


def subject_gap(gap: list[str]) -> list[str]:
    """The words between a subject and its cue, less the "but" of a "not only …, but (also / even)"
    right before the cue ("UniAdapter not only outperforms the state-of-the-arts, but even beats
    the full fine-tuning strategy", "MF not only competes with but consistently surpasses BP"):
    both halves share the subject (whole train split: 2 new edges, both annotated). A "while"
    there does not ("… with 2-bit quantization, while outperforming …": the name before it is
    often the setting; 0 of 2 such edges annotated); ``while_before_participle`` lets only a name
    that opens the clause (``clause_subject``) win past it."""
    k = len(gap)
    while k and (gap[k - 1] in CONTINUING_ADVERBS or gap[k - 1].endswith("ly")):
        k -= 1
    opened = any(a == "not" and b == "only" for a, b in zip(gap, gap[1 : k - 1]))
    return gap[: k - 1] if k and gap[k - 1] == "but" and opened else gap


def setting_clause(gap: list[str]) -> bool:
    """"outperforms X in tuning Stable Diffusion", "… when fine-tuning LLaMA": a setting word
    followed by a verb in -ing opens a clause about what the methods are run on, not what is beaten."""
    return bool(SETTING_CLAUSE.search(" ".join(gap)))


def tested_on(words: list[str], off: int, sent_ents: list[Span], ent: Span) -> bool:
    """Whether ``ent`` is what something is run on ("Experiments on Llama-3.1-8B and Mistral-7B
    show that our method outperforms …", "on the LLaMA-2 7B model, surpassing …"): a testbed,
    not the one that outperforms. Walks back over articles and the names of its type coordinated
    with it."""
    ends = {e.end - off: e for e in sent_ents}
    j = ent.start - off - 1
    while j >= 0:
        if words[j] in ("the", "a", "an"):
            j -= 1
        elif words[j] in (",", "and", "or") and j in ends and ends[j].label_ == ent.label_:
            j = ends[j].start - off - 1  # "on Llama-3.1-8B and Mistral-7B"; not "On GSM8K, SpinQuant …"
        else:
            break
    return j >= 0 and words[j] in ("on", "across")


def short_form_of(short: str, long: str) -> bool:
    """"COTS" of "COllaborative Two-Stream", "I3D" of "Input-Dependent Dynamic Depth", "PN" of
    "PowerNorm": a one-word name of two or more capitals whose capitals, first to first, are
    word initials or capitals of a longer name in order (the long form kg did not join to its
    short form; not "OT-MEL" of "Optimal Transport Guided Correlation Assignment"); not a
    name the longer one holds ("LLaMA-Adapter" in "LLaMA-Adapter V2")."""
    caps = [c.lower() for c in short if c.isupper()]
    if " " in short or len(caps) < 2 or len(long) <= len(short) or caps[0] != long[:1].lower() or short.lower() in long.lower():
        return False  # "LLaMA-Adapter" in "LLaMA-Adapter V2": a new version, not a long form
    return capitals_spelled(short, long)


def one_named_twice(own: dict[str, int], ents: list[Span]) -> dict[str, int]:
    """Two proposed names of which one is the other's short form ("we propose VisualSparta
    (Visual-text Sparse Transformer Matching)" where kg kept both as names) are one proposal:
    the short form, which the abstract's comparisons mostly use."""
    (fa, a), (fb, b) = own.items()
    for short_fold, short, long in ((fa, a, b), (fb, b, a)):
        if short_form_of(ents[short].text, ents[long].text):
            return {short_fold: short}
    return own


def title_named(own: dict[str, int], ents: list[Span], sents: list[Span]) -> dict[str, int]:
    """Several proposed names of which one opens the title before a colon ("SuperADD: Training-free
    …", "FaRMamba: … with MSFM and SSRAE modules"): "our method outperforms X" credits that one,
    the paper's contribution; its modules and the work it builds on are parts of it."""
    if not sents:
        return own
    title = sents[0]
    lead = {fold_name(e._.kg_canonical or e.text) for e in ents
            if e.start == title.start and e.end < title.end and e.doc[e.end].text == ":"}
    named = {fold: i for fold, i in own.items() if fold in lead}
    return named if len(named) == 1 else own


def past_a_negated_cue(negated_starts: list[int], cue_end: int, start: int) -> bool:
    """A name after a later, negated cue ("GPT-4 demonstrates superior F1 compared to GPT-3.5, it
    does not outperform a RoBERTa-CRF baseline") is not beaten by the cue before it."""
    return any(cue_end <= a < start for a in negated_starts)
