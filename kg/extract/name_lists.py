"""Names in lists: the other members of a list that holds a known name, and what a list's shape tells.

"on MS-COCO and Flickr30K", "PointNet++, DGCNN and PCT": a list that holds a listed dataset,
benchmark or model (or two listed methods, or names the trained recogniser typed) names more
things of that kind, each member one word shaped like a name (``coordinated_candidates``), or in a
list of data two or three capitalised words ("IMDb and Rotten Tomatoes", ``titled_list_member``). Other
rules ask the same of a list: whether a name stands next to another in one (``listed_next_to``),
whether a capitalised run closes a list before the plural head the members share ("the
BeerAdvocate and Hotel Review datasets", ``last_of_named_list``), and where the last of two
coordinated language pairs starts a task ("English-to-German and English-to-French translation",
``last_coordinated_pair``), and whether a name the catalogue files as a dataset, typed a model,
stands beside data in a list or an "on" slot (``catalogued_data_beside_data``). Kept apart so that the list walk and its stops are read in one place.

A mixin of ``EntityRecognizer``: it reads the recogniser's gazetteer (``lookup``, ``is_generic``),
``is_language_pair`` and one lexicon set of its record (``words.task_list_nouns``, read by ``titled_list_member``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.candidates import GUESSED_TYPE_RULES, KIND_OF, MAX_CONJUNCTS, Candidate
from kg.extract.example_names import examples_start
from kg.extract.name_shapes import DIMENSION_PART, MODIFIER_ENDINGS, SIZE_TOKEN, VERSION_SEGMENT, is_name_token
from kg.extract.parse import citation_tokens, number_bracket_tokens, sentence_at, span_text, token_words, words_text
from kg.names import extraction_fold_name, fold_name
from kg.pwc import load_catalogue

# A list that holds a listed dataset or benchmark lists more of them (coordinated_candidates).
COORDINATED_LABELS = ("Dataset", "Benchmark", "Model")
COORDINATION_ANCHORS = frozenset({"gazetteer", "metric_pattern", "cue"})


# A member of a listed dataset's list may be two or three capitalised words ("IMDb and Rotten Tomatoes",
# "PopQA, Entity Questions, and MMLU"): titled_list_member.
TITLED_MEMBER_WORDS = (2, 3)
TITLED_MEMBER_EDGES = frozenset({",", ")", ".", ";", ":", "and", "or"})
BRACKETED_LIST_SPAN = 12  # tokens from the bracket to a member, either side
# A capitalised word with a digit in it, parts joined by hyphens or dots: "H-Optimus-1", "OMuSense-23", "ViMMRC2.0",
# "Detectron2", "MS-G3D" (numbered_sibling_candidates). The shape alone names nothing ("COVID-19", "RTX4090", "PHQ-8"):
# a list sibling the recogniser typed a model or data says what it is.
NUMBERED_WORD = re.compile(r"^(?=(?:[^A-Za-z]*[A-Za-z]){2})(?=.*\d)[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*$")
NUMBERED_SIBLING_LABELS = ("Model", "Dataset", "Benchmark")
# Shorter numbered words are codes as often as names: "H1N1", "T2WI", "C3K2", "RQ1" beside a data name (miss71's
# firings: 4 of 4 such wrong, none of 24 right names that short).
NUMBERED_SIBLING_MIN_CHARS = 5
BRACKETED_LIST_LABELS = ("Dataset", "Benchmark")  # "architectures (U-Net, ResNet, PatchMLP)": a model anchor lists methods too
# parallel_on_candidates: "0.91 AUC on CelebDF-v2 and 0.93 on DFD under …"; a slot ends at one of these
PARALLEL_ON_GAP = 5
PARALLEL_ON_EDGES = frozenset({",", ")", "(", ".", ";", ":", "and", "or", "but", "under", "while", "with", "compared", "respectively", "vs", "vs."})


def in_bracketed_list(doc: Doc, start: int, i: int, sent: Span) -> bool:
    """Whether the tokens from ``start`` back to a "(" and from ``i`` on to its ")" are names and
    commas alone, and the word at ``i`` a whole member: "three datasets (FineWeb, Wikitext,
    Nemotron-CC-v2)", "(RUOD, CARPK, CarDD)" are lists that the bracket closes as an "and" would;
    not "(MSP-Podcast, IEMOCAP, BIIC Podcast)"'s "BIIC"."""
    if i + 1 >= sent.end or doc[i + 1].text not in (",", ")"):
        return False
    return names_up_to_bracket(doc, start, -1, sent) and names_up_to_bracket(doc, i, 1, sent)


def names_up_to_bracket(doc: Doc, origin: int, step: int, sent: Span) -> bool:
    """Whether stepping from ``origin`` (back from the token before it where ``step`` is -1, on from
    it where 1) reaches the bracket on that side, "(" or ")", within ``sent`` and
    ``BRACKETED_LIST_SPAN`` tokens, over names and commas alone: no lower-case word, no other
    bracket and no sentence or clause mark (``in_bracketed_list``, either side)."""
    bracket = "(" if step < 0 else ")"
    breaks = {"(", ")", ".", ";", ":"} - {bracket}
    k = origin - 1 if step < 0 else origin
    while sent.start <= k < sent.end and doc[k].text != bracket:
        if abs(k - origin) > BRACKETED_LIST_SPAN or doc[k].text in breaks or doc[k].text != "," and doc[k].is_lower:
            return False
        k += step
    return sent.start <= k < sent.end


def titled_word(token: Token) -> bool:
    """A word of a titled list member: capitalised ("Rotten", "Tomatoes") or shaped like a name
    ("YouTube"), letters only, no stop word."""
    return token.is_alpha and not token.is_stop and (token.is_title or is_name_token(token))


def name_or_titled_word(token: Token) -> bool:
    """A word of an earlier example in a list of titled members ("Passkey Retrieval, Needle
    Haystack and Qasper"), which a walk back to the list's "such as" steps over."""
    return is_name_token(token) or titled_word(token)


class ListRules:
    """List rules of the entity recogniser (see the module docstring); reads ``words.task_list_nouns``."""

    def coordinated_candidates(self, doc: Doc, found: list[Candidate], anchor_rules: frozenset[str] = COORDINATION_ANCHORS,
                               min_anchors: int = 1, labels: tuple[str, ...] = COORDINATED_LABELS) -> list[Candidate]:
        """The other members of a list that holds a known dataset, benchmark or model: "on MS-COCO and
        Flickr30K", "on 300W, WFLW and COFW datasets", "PointNet++, DGCNN and PCT". Members must be
        one word shaped like a name (in a list of data a listed or cued name anchors, also two or three
        capitalised words: ``titled_list_member``) and on no list as another kind of thing. Metrics are not extended so: span train lists
        8 of 51 lower-case words coordinated with a listed metric ("accuracy and privacy")."""
        anchors = [c for c in found if c.label in labels and c.rule in anchor_rules]
        if min_anchors > 1:  # that many anchors of one type in the anchor's sentence
            per_sentence = Counter((sentence_at(doc, c.start).start, c.label) for c in anchors)
            anchors = [c for c in anchors if per_sentence[(sentence_at(doc, c.start).start, c.label)] >= min_anchors]
        # A coined name's type is a guess from its shape ("OmniMath" a Method): in a list with a
        # listed benchmark ("(GSM8K, MATH500, and OmniMath)") the list says what it is.
        taken = {(c.start, c.end) for c in found if c.rule not in GUESSED_TYPE_RULES}
        out: list[Candidate] = []
        for anchor in anchors:
            for start, end in [*self.conjuncts(doc, anchor, forward=True), *self.conjuncts(doc, anchor, forward=False)]:
                if (start, end) not in taken:
                    taken.add((start, end))
                    out.append(Candidate(start, end, anchor.label, "coordinated"))
        return out

    def numbered_sibling_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A capitalised word with a digit in it (``NUMBERED_WORD``) that no rule read, standing next to a
        name read as a model, dataset or benchmark in a list (only commas, "and", "or" between): "Virchow2
        and H-Optimus-1 are the most effective models", "(OMuSense-23, COHFACE, MAHNOB-HCI)", "outperformed
        YOLO11n and YOLO12n". It takes the sibling's type. The list walk of ``coordinated_candidates``
        wants a name-shaped member and a listed anchor; such words ("H-Optimus-1") are neither, and the
        coined-name shapes leave them out, for the shape alone names nothing ("COVID-19", "RTX4090",
        "PHQ-8 and GAD-7"); nor a word under ``NUMBERED_SIBLING_MIN_CHARS`` ("H1N1", "T2WI": codes).
        Called late: a word another rule read keeps its reading. Counted on the unseen draw of session
        71 and two corpus slices: docs/history-entities.md, session 71 (miss71)."""
        texts = token_words(doc)[0]
        read = {fold_name(span_text(doc[c.start : c.end])) for c in found}
        typed = [c for c in found if c.label in NUMBERED_SIBLING_LABELS]
        ends = {c.end: c for c in typed}
        starts = {c.start: c for c in typed}
        out = []
        for i in range(doc._.kg_title_end or 0, len(doc)):
            text = texts[i]
            if (not NUMBERED_WORD.match(text) or len(text) < NUMBERED_SIBLING_MIN_CHARS
                    or SIZE_TOKEN.match(text) or VERSION_SEGMENT.match(text) or DIMENSION_PART.match(text)):
                continue
            last = text.replace(".", "-").split("-")[-1]
            if last.islower() and (last in MODIFIER_ENDINGS or last.endswith("ed")):
                continue  # "GPT-4-based", "MolT5-powered": a modifier
            token = doc[i]
            glued_before = i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text not in ("(", "[")
            glued_after = token.whitespace_ == "" and i + 1 < len(doc) and not doc[i + 1].is_punct
            if token.like_url or glued_before or glued_after:
                continue  # glued to a longer word or an address
            if self.lookup(text) is not None or self.is_generic(text) or fold_name(text) in read or any(c.start <= i < c.end for c in found):
                continue
            sibling = self.list_sibling(doc, i, ends, starts)
            if sibling is not None:
                out.append(Candidate(i, i + 1, sibling.label, "coordinated"))
        return out

    @staticmethod
    def list_sibling(doc: Doc, i: int, ends: dict[int, Candidate], starts: dict[int, Candidate]) -> Candidate | None:
        """The name the maps hold that stands right before or after the one-word member at ``i`` in a list,
        only commas, "and" or "or" between them (the nearer before first: ``listed_next_to``'s test)."""
        before = i
        while before > 0 and doc[before - 1].lower_ in (",", "and", "or"):
            before -= 1
        if before < i and before in ends:
            return ends[before]
        after = i + 1
        while after < len(doc) and doc[after].lower_ in (",", "and", "or"):
            after += 1
        return starts.get(after) if after > i + 1 else None

    def conjuncts(self, doc: Doc, anchor: Candidate, forward: bool) -> Iterator[tuple[int, int]]:
        """(start, end) of each list member on one side of ``anchor``, nearest first."""
        sent = sentence_at(doc, anchor.start)
        # "CIFAR-10 [14], SVHN [22] and ImageNet [5]", "DocFinQA (~7%), and GPQA (~1%)": read past like punctuation
        cites = citation_tokens(doc) | number_bracket_tokens(doc)
        edge = anchor.end if forward else anchor.start
        for step in range(MAX_CONJUNCTS):
            i = edge if forward else edge - 1
            glue = []
            while sent.start <= i < sent.end and (doc[i].text in (",", "and", "or") or i in cites) and len(glue) < 2:
                if i not in cites:
                    glue.append(doc[i].text)
                i += 1 if forward else -1
            if not glue or glue == [","] and forward and not (self.list_goes_on(doc, i, sent.end)
                                                                 or anchor.label in BRACKETED_LIST_LABELS and in_bracketed_list(doc, anchor.start, i, sent)):
                return  # "on X, Y …" without "and" ahead is no list of X's kind
            member = self.list_member(doc, i, forward, sent, anchor.label)
            if member is None and anchor.rule in COORDINATION_ANCHORS:
                member = self.titled_list_member(doc, i, forward, sent, anchor.label)
            if member is None:
                return
            yield member
            if forward and glue[-1] in ("and", "or") or not forward and step > 0 and glue[0] in ("and", "or"):
                return  # "A, B and C": the member after "and" is the last, the one before it the last but one
            edge = member[1] if forward else member[0]

    def catalogued_list_word(self, text: str, label: str) -> bool:
        """A capitalised word the Papers with Code catalogue files as a dataset, no common word, as a
        member of a list of datasets: "Something-Something v2 and Jester", "Gossipcop, Politifact,
        Fakeddit" (the name shape alone wants two capitals or a digit)."""
        return label in ("Dataset", "Benchmark") and text[:1].isupper() and text.lower() not in self.common_words and self.catalogued_dataset(text)

    def catalogued_dataset(self, text: str) -> bool:
        """Whether the Papers with Code catalogue files ``text``, folded, as the name of one dataset."""
        return ("Dataset", fold_name(text)) in load_catalogue().folded

    def catalogued_data_beside_data(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> dict[str, str]:
        """A name typed a Model or Method that the Papers with Code catalogue files as a dataset
        alone (no method of that spelling), standing beside a name typed data -- next to it in a
        list ("on the DAHLIA, IKEA ASM, and Breakfast datasets") or after "on" as the data name is
        ("71.1% accuracy on SLURP and 99.2% on FSC") -- is a Dataset: the paper scores on both.
        Not a gazetteer name, the paper's own, a short form of its own expansion, or a common word.
        Run after the span typer, whose Model it overrides, and after ``listed_data`` (retyping.py),
        which types any unlisted item of a list a data noun opens or closes, catalogued or not; such
        an item ("on the DAHLIA, IKEA ASM, and Breakfast datasets") is a Dataset in ``label_of`` by
        then, so this rule types the rest: no data noun needed, only the catalogue."""
        data = [c for c in chosen if label_of.get(extraction_fold_name(words_text(doc, c.start, c.end))) in ("Dataset", "Benchmark")]
        if not data:
            return {}
        ends = {c.end: c for c in data}
        starts = {c.start: c for c in data}
        data_after_on = [c.start for c in data if self.after_on(doc, c.start)]  # read once, not once per candidate
        catalogue = load_catalogue()
        out: dict[str, str] = {}
        for cand in chosen:
            text = words_text(doc, cand.start, cand.end)
            fold = extraction_fold_name(text)
            if (label_of.get(fold) not in ("Model", "Method") or cand.rule == "gazetteer" or cand.canonical or cand.long_form
                    or cand.proposed or text.lower() in self.common_words or not self.catalogued_dataset(text)
                    or ("Method", fold_name(text)) in catalogue.folded):
                continue
            if self.listed_next_to(doc, cand, ends, starts):
                out[fold] = "Dataset"
            elif data_after_on and self.after_on(doc, cand.start):
                sent = sentence_at(doc, cand.start)
                if any(sent.start <= start < sent.end for start in data_after_on):
                    out[fold] = "Dataset"
        return out

    def parallel_on_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """The unlisted name in the "on" slot of a score that stands beside a score on a found data
        name in one sentence: "from 0.68 to 0.71 on DiaSafety and from 0.82 to 0.86 on Harmful
        Advice", "0.91 AUC on CelebDF-v2 and 0.93 on DFD", "17.6 points on BioRED and 13.4 points on
        ReTACRED". The two slots are parallel, so the second name is data of the first's type. The name
        is one word shaped like a name or one to three capitalised words (``titled_word``), ended by
        the sentence, a comma, bracket or clause word (``PARALLEL_ON_EDGES``: not "on ROI size"),
        a number no more than ``PARALLEL_ON_GAP`` words before its "on" ("3.55 on DAIC"; no
        speed-up factor, comparative or verb between: "runs 3x faster on A100"), no listed name of
        another kind, no common or generic word."""
        anchors = [c for c in found if c.label in BRACKETED_LIST_LABELS and self.after_on(doc, c.start) and self.scored_before_on(doc, c.start)]
        if not anchors:
            return []
        taken = [(c.start, c.end) for c in found]  # a name another rule found keeps its type ("CountBench" a Benchmark)
        out: list[Candidate] = []
        for anchor in anchors:
            sent = sentence_at(doc, anchor.start)
            for k in range(sent.start + 1, sent.end - 1):
                if doc[k].lower_ != "on" or not self.scored_before_on(doc, k + 1):
                    continue
                start = k + 2 if doc[k + 1].lower_ == "the" else k + 1
                member = self.parallel_on_member(doc, start, sent)
                if member is None or any(a < member[1] and member[0] < b for a, b in taken):
                    continue
                taken.append(member)
                out.append(Candidate(member[0], member[1], anchor.label, "coordinated"))
        return out

    def scored_before_on(self, doc: Doc, start: int) -> bool:
        """A number ("0.93", "13.4 points", "63.2% top-1 accuracy") stands no more than
        ``PARALLEL_ON_GAP`` words before the "on" (or "on the") that the name at ``start`` follows,
        with no clause mark between. Words, not tokens: a hyphen or a glued "%" is no further off."""
        k = start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        words = 0  # written words, not tokens: "63.2% cross-subject accuracy on" is six tokens, three words
        for j in range(k - 1, -1, -1):
            token = doc[j]
            if token.text in (",", ";", ":", "(", ")", ".") or token.is_sent_start or token.tag_ in ("JJR", "RBR") or token.pos_ == "VERB":
                return False  # "runs 3x faster on Graviton cores": a speed compared on hardware
            if token.text[:1].isdigit() or token.text[:1] in "+-" and token.text[1:2].isdigit():
                return not (token.text[-1:] in ("x", "×") or j + 1 < len(doc) and doc[j + 1].lower_ in ("x", "×", "times"))
            if j == 0 or doc[j - 1].whitespace_:  # the token opens a written word
                words += 1
                if words == PARALLEL_ON_GAP:
                    return False
        return False

    def parallel_on_member(self, doc: Doc, start: int, sent: Span) -> tuple[int, int] | None:
        """The name ``parallel_on_candidates`` reads at ``start``: one name-shaped word or one to three
        capitalised words, up to the slot's edge; else None."""
        if not sent.start < start < sent.end:
            return None
        if is_name_token(doc[start]) and not SIZE_TOKEN.match(doc[start].text):
            end = start + 1
        else:
            end = start
            while end < sent.end and end - start <= 3 and titled_word(doc[end]):
                end += 1
            if not 1 <= end - start <= 3:
                return None
        if end < sent.end and doc[end].lower_ not in PARALLEL_ON_EDGES:
            return None
        text = span_text(doc[start:end])
        if text.lower() in self.common_words or self.is_generic(text):
            return None
        for piece in (doc[start:end], *(doc[k : k + 1] for k in range(start, end))):
            entry = self.lookup(span_text(piece))
            if entry is not None and KIND_OF.get(entry.label) != KIND_OF.get("Dataset"):
                return None
        return start, end

    @staticmethod
    def after_on(doc: Doc, start: int) -> bool:
        """The name at ``start`` follows "on" or "on the"."""
        k = start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        return k >= 0 and doc[k].lower_ == "on"

    @staticmethod
    def list_goes_on(doc: Doc, i: int, end: int) -> bool:
        """An "and"/"or" closes the list within the next few tokens."""
        return any(t.lower_ in ("and", "or") for t in doc[i : min(end, i + 8)])

    def list_member(self, doc: Doc, i: int, forward: bool, sent: Span, label: str = "Dataset") -> tuple[int, int] | None:
        """The one-word name that starts (forward) or ends (backward) the list member at token
        ``i``; not a piece of a longer name ("VQA v1", "Panda70M")."""
        if not sent.start <= i < sent.end:
            return None
        token = doc[i]
        entry = self.lookup(token.text)
        if not (is_name_token(token) or self.catalogued_list_word(token.text, label)) or self.is_generic(token.text) or SIZE_TOKEN.match(token.text) or (entry and KIND_OF.get(entry.label) != KIND_OF.get(label)):
            return None
        if VERSION_SEGMENT.match(token.text):
            return None  # "Pick-a-Pic v2 and HPD v3": the version of a name, no name alone
        if label == "Method" and len(token.text) < 3:
            return None  # "the SL and RL methods", "NN": two letters name a class more often than a method
        if forward and (token.whitespace_ == "" and i + 1 < sent.end and not doc[i + 1].is_punct or i + 1 < sent.end and is_name_token(doc[i + 1])):
            return None
        if not forward and i > sent.start and (doc[i - 1].whitespace_ == "" and not doc[i - 1].is_punct or is_name_token(doc[i - 1])):
            return None
        return i, i + 1

    def titled_list_member(self, doc: Doc, i: int, forward: bool, sent: Span, label: str) -> tuple[int, int] | None:
        """A member of two or three capitalised words in a list that a listed (or cued) dataset or
        benchmark anchors, where one word is no member: "IMDb and Rotten Tomatoes", "PopQA, Entity
        Questions, and MMLU", "TVSum and YouTube Highlights". The run ends at the list's edge (a
        comma, "and", "or", a bracket or the sentence's end: "… and Rotten Tomatoes reviews" is no
        member) and does not open the sentence ("Using Rotten Tomatoes and IMDb"); its words are
        capitalised words, no stop word, and neither the run nor a word of it a listed name of another
        kind ("Voxpopuli ASR", ASR a task); a list given as examples
        of another kind ("tasks such as Passkey Retrieval and Qasper") is left to its word."""
        if label not in BRACKETED_LIST_LABELS:
            return None
        step = 1 if forward else -1
        k, run = i, []  # read one word past the longest member, so that a longer capitalised run is no member
        while sent.start <= k < sent.end and len(run) <= TITLED_MEMBER_WORDS[1] and titled_word(doc[k]):
            run.append(k)
            k += step
        if not TITLED_MEMBER_WORDS[0] <= len(run) <= TITLED_MEMBER_WORDS[1]:
            return None
        start, end = min(run), max(run) + 1
        if start == sent.start:
            return None  # "Using Rotten Tomatoes and IMDb": the sentence's capitalised opening (backwards a run ends there or at an untitled word)
        edge = doc[end] if end < sent.end else None
        if forward and edge is not None and edge.lower_ not in TITLED_MEMBER_EDGES:
            return None
        if self.is_generic(span_text(doc[start:end])):
            return None
        for piece in (doc[start:end], *(doc[k : k + 1] for k in range(start, end))):
            entry = self.lookup(span_text(piece))
            if entry is not None and KIND_OF.get(entry.label) != KIND_OF.get(label):
                return None  # "Voxpopuli ASR": a word of the run is a listed task, the run no data name
        opener = examples_start(doc, start, name_or_titled_word)  # back over "Passkey Retrieval, " too
        if opener is not None and doc[opener].lower_ in self.words.task_list_nouns:
            return None  # "tasks such as Passkey Retrieval, Needle Haystack and Qasper": the list's word says tasks
        return start, end

    @staticmethod
    def listed_next_to(doc: Doc, cand: Candidate, ends: dict[int, Candidate], starts: dict[int, Candidate]) -> bool:
        """Whether a name the maps hold stands next to ``cand`` in a list, only commas, "and" or
        "or" between them."""
        before = cand.start
        while before > 0 and doc[before - 1].lower_ in (",", "and", "or"):
            before -= 1
        after = cand.end
        while after < len(doc) and doc[after].lower_ in (",", "and", "or"):
            after += 1
        return before < cand.start and before in ends or after > cand.end and after in starts

    @staticmethod
    def last_of_named_list(doc: Doc, start: int, last: int) -> bool:
        """A run of two words or more that closes a list of names before a plural type word: "the
        BeerAdvocate and Hotel Review datasets", "Google Smart Buildings and Berkeley Office datasets"."""
        return (last > start and start >= 2 and doc[start - 1].lower_ in ("and", ",") and doc[last + 1].lower_ in ("datasets", "benchmarks", "corpora")
                and (doc[start - 2].is_title or is_name_token(doc[start - 2])))

    def last_coordinated_pair(self, doc: Doc, start: int, end: int) -> int:
        """Where a task span that coordinates two language pairs should start: "English-to-German
        and English-to-French translation" names the task spelled contiguously, "English-to-French
        translation" (guidelines, boundary rule 5; the recogniser took the whole coordination:
        span train 2 such spans, both gold only as the last pair's task; one misspells a language). Else ``start``."""
        for i in range(start + 1, end - 1):
            if doc[i].lower_ not in ("and", "or"):
                continue
            after = next((j for j in range(i + 2, end) if doc[j - 1].whitespace_), None)
            if after is not None and self.is_language_pair(span_text(doc[start:i])) and self.is_language_pair(span_text(doc[i + 1 : after])):
                return i + 1
            break
        return start
