"""Names given as examples of a kind of thing: "baselines such as EPG and EPSD", "pruning schemes like COLT".

A plural of methods or models ("baselines", "approaches", "LLMs") followed by "such as", "like" or
"including" names examples of it; an acronym or a hyphenated capitalised name among them that no list
holds is a name of that kind (``example_name_candidates``), as are two or more names in brackets right
after such a plural ("word embedding models (SPINE, SINr)", ``bracketed_example_candidates``). Other
rules ask the same cue what a name is an example of (``type_word_of_examples``: "benchmarks such as
BrowseComp"), and a guessed Benchmark or Dataset given as an example of models, methods or metrics takes
that kind (``data_typed_example``: "models like GLIGEN"), and an unfound name-shaped member of a list of
methods or models that a plural opens or closes takes its found sibling's type ("models, such as GLaMM and
OMG-LLaVA", ``example_sibling_candidates``). Kept apart so that the example cue and the list it walks are read in one place.

A mixin of ``EntityRecognizer``: it reads the recogniser's gazetteer (``lookup``, ``is_generic``) and
lexicon sets it loads (``words.example_plurals``, ``words.example_sibling_cues``, ``words.type_heads``, ``_word_folds``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.candidates import Candidate
from kg.extract.name_shapes import is_name_token, name_shaped
from kg.extract.parse import doc_text, token_words
from kg.names import extraction_fold_name as fold_name

# An acronym ("EPG", "COLT", "IP-SGD") or hyphenated capitalised words ("R-Zero",
# "General-Reasoner", "SeSyn-Net"): the shapes example_name_candidates reads as names.
EXAMPLE_NAME = re.compile(r"^(?:[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]+)*|[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+)$")


class ExampleRules:
    """Example rules of the entity recogniser (see the module docstring)."""

    def example_name_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Names given as examples of baselines or methods ("outperforms baselines such as EPG
        and EPSD", "pruning schemes like COLT", "approaches including SeSyn-Net"): an acronym
        or a hyphenated capitalised name no list holds, which no other rule takes for a name.
        A Model where the examples are of models, else a Method."""
        lowered = doc_text(doc).lower()
        if " such as " not in lowered and " like " not in lowered and " including " not in lowered:
            return  # no examples given: the common case, decided without a pass over the tokens
        for i, text in enumerate(token_words(doc)[0]):
            if not EXAMPLE_NAME.match(text):
                continue
            token = doc[i]
            if self.lookup(text) is not None or self.is_generic(text) or fold_name(text) in self._word_folds:
                continue
            plural = self.examples_of(doc, token.i)
            if plural is None:
                continue
            listed = [entry.label for t in self.example_list(doc, token.i) if t.i != token.i and (entry := self.lookup(t.text)) is not None]
            label = listed[0] if listed else "Model" if plural in ("models", "llms") else "Method"
            yield Candidate(token.i, token.i + 1, label, "coined_name")  # "frameworks like MQM and DQF": a listed metric's kind

    def bracketed_example_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Two or more names in brackets right after a plural of things: "word embedding models
        (SPINE, SINr)", "two interpretable methods (SPINE and SINr)": the examples of that plural,
        named as such cues name them; a Model where they are models, else a Method."""
        texts, lowers = token_words(doc)
        for i in range(1, len(doc)):
            if texts[i] != "(" or lowers[i - 1] not in self.words.example_plurals:
                continue
            token = doc[i]
            end = token.i + 1
            while end < len(doc) and end - token.i < 12 and (doc[end].text in (",", "and", "or") or self.bracketed_name(doc[end])):
                end += 1
            names = [t for t in doc[token.i + 1 : end] if self.bracketed_name(t)]
            if end >= len(doc) or doc[end].text != ")" or len(names) < 2 or doc[end - 1].text in (",", "and", "or"):
                continue
            label = "Model" if doc[token.i - 1].lower_ in ("models", "llms") else "Method"
            for t in names:
                if self.lookup(t.text) is None and not self.is_generic(t.text) and (t.is_upper or fold_name(t.text) not in self._word_folds):
                    yield Candidate(t.i, t.i + 1, label, "coined_name")

    def example_sibling_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """The unfound members of a list of methods or models that a plural of such things opens and
        whose other member a rule found as a Method or Model: "text-oriented baselines like CoOp and
        MaPLe", "models, such as GLaMM and OMG-LLaVA", "the leading OM systems LogMap and AML",
        "methods, namely Text2Onto, FRED, and LExO", "the Sub-Mean and AS-Norm backend methods"
        (a plural that closes the list: ``list_closer``). Counted (listitem64): the unseen draw 4
        papers, 18 changes right, 4 wrong (results the learned attribution moved); span train's
        misses "LogMap and AML", "LexStat and ALINE", "CoOp and MaPLe" found.
        The plural (``words.example_plurals``) says the list names things, the found sibling which
        type; ``example_name_candidates`` reads only acronyms after "such as", "like", "including".
        A member is one word shaped like a name (``is_name_token``), three characters or more ("NN",
        "RL" name classes more often), no listed name, no generic or dictionary word, no word of a
        longer run of names ("OmniSapiens-7B BAM": the draw's one wrong firing before this stop). The list's
        opener (``list_opener``): the plural, then optionally a cue of ``words.example_sibling_cues``."""
        typed = {c.start: c.label for c in found if c.end - c.start == 1 and c.label in ("Method", "Model")}
        if not typed:
            return []
        taken = {k for c in found for k in range(c.start, c.end)}
        texts, _ = token_words(doc)
        out: list[Candidate] = []
        for i, text in enumerate(texts):  # the words' strings: a Token only for a name-shaped word
            if i in taken or len(text) < 3 or not name_shaped(text):
                continue
            token = doc[i]
            if token.is_stop:
                continue
            if self.lookup(token.text) is not None or self.is_generic(token.text) or fold_name(token.text) in self._word_folds:
                continue
            if token.i > 0 and is_name_token(doc[token.i - 1]) or token.i + 1 < len(doc) and is_name_token(doc[token.i + 1]):
                continue  # "OmniSapiens-7B SFT, OmniSapiens-7B BAM": a word of a longer name, no member alone
            members = self.example_list(doc, token.i)
            siblings = [typed[t.i] for t in members if t.i in typed]
            if siblings and (self.list_opener(doc, members[0].i) is not None or self.list_closer(doc, members[-1].i) is not None):
                out.append(Candidate(token.i, token.i + 1, siblings[0], "coordinated"))
        return out

    def opened_list_plural(self, doc: Doc, i: int) -> str | None:
        """The plural that opens the list of names token ``i`` stands in, with a cue of
        ``words.example_sibling_cues`` or none ("methods, i.e., PromptStealer, P2HP, and
        CLIP-Interrogator"): ``data_typed_example`` reads it as "such as" (``list_opener``)."""
        members = self.example_list(doc, i)
        return self.list_opener(doc, members[0].i) if members else None

    def list_closer(self, doc: Doc, last: int) -> str | None:
        """The plural of ``words.example_plurals`` that closes a list of names whose last member is
        token ``last``, right after it or past one or two lower-case words: "the HMM and DNN
        baselines", "the Sub-Mean and AS-Norm backend methods". Else None."""
        j = last + 1
        while j < len(doc) and j - last <= 3 and doc[j].lower_ not in self.words.example_plurals and doc[j].is_lower and doc[j].is_alpha and not doc[j].is_stop:
            j += 1
        return doc[j].lower_ if j < len(doc) and members_closed(doc, last) and doc[j].lower_ in self.words.example_plurals else None

    def list_opener(self, doc: Doc, first: int) -> str | None:
        """The plural of ``words.example_plurals`` that opens a list whose first member is token
        ``first``: right before it ("methods FiLM and mDETR") or before a cue of
        ``words.example_sibling_cues`` ("baselines, such as", "methods, i.e.,", "systems:"). Else None."""
        j = first - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        for cue in self.words.example_sibling_cues:
            words = cue.split()
            if j - len(words) + 1 >= 0 and [t.lower_ for t in doc[j - len(words) + 1 : j + 1]] == words:
                j -= len(words)
                if j >= 0 and doc[j].text == ",":
                    j -= 1
                break
        return doc[j].lower_ if j >= 0 and doc[j].lower_ in self.words.example_plurals else None

    def data_typed_example(self, doc: Doc, cand: Candidate) -> Candidate:
        """A name typed Benchmark or Dataset by a guessing rule that is given as an example of models, methods
        or metrics ("layout-to-image models like GLIGEN", "algorithms including L2-SP, Mixout", "metrics like
        COMET-22 and BLEURT-20") is of that kind, not a place of numbers: retyped so. Listed names keep their type.
        Span train: no such candidate; the draw of session 53: 4, all right (two Methods, a Metric, a Model).
        Also a list a plural of methods opens with "i.e.", "namely" or no cue (``opened_list_plural``:
        "methods, i.e., PromptStealer, P2HP, and CLIP-Interrogator", the span model's Datasets; listitem64)."""
        if cand.label not in ("Benchmark", "Dataset") or cand.rule == "gazetteer" or self.lookup(doc[cand.start : cand.end].text) is not None:
            return cand
        plural = self.examples_of(doc, cand.start) or self.opened_list_plural(doc, cand.start)
        label = ("Model" if plural in ("models", "llms") else "Method") if plural else (
            "Metric" if self.type_word_of_examples(doc, cand.start) == "Metric" else None)
        return replace(cand, label=label) if label else cand

    def bracketed_name(self, token) -> bool:
        """A coined name's shape, or a capitalised word no dictionary holds ("SINr", "Tiramisu")."""
        return is_name_token(token) or (token.text[:1].isupper() and token.is_alpha and len(token) > 2
                                        and fold_name(token.text) not in self._word_folds)

    @staticmethod
    def example_list(doc: Doc, i: int) -> list:
        """The name-shaped tokens coordinated with token ``i`` ("EPG and EPSD", "A, B, and C")."""
        start, end = i, i + 1
        while start > 0 and (doc[start - 1].text in (",", "and", "or") or is_name_token(doc[start - 1])):
            start -= 1
        while end < len(doc) and (doc[end].text in (",", "and", "or") or is_name_token(doc[end])):
            end += 1
        return [t for t in doc[start:end] if is_name_token(t)]

    def examples_of(self, doc: Doc, i: int) -> str | None:
        """The plural noun of ``self.words.example_plurals`` that "such as", "like" or "including"
        gives the examples for, where token ``i`` is one of them."""
        j = examples_start(doc, i)
        if j is None:
            return None
        if doc[j].text == "," and j > 0:
            j -= 1
        return doc[j].lower_ if doc[j].lower_ in self.words.example_plurals else None

    def type_word_of_examples(self, doc: Doc, i: int) -> str | None:
        """"information-seeking benchmarks such as BrowseComp", "datasets like A, B and X",
        "models including X": a plural type word the examples are given for."""
        j = examples_start(doc, i)
        if j is None:
            return None
        word = doc[j].lower_
        return self.words.type_heads.get(word[:-1]) if word.endswith("s") and word not in self.words.type_heads else None


def examples_start(doc: Doc, i: int, example_word: Callable[[Token], bool] = is_name_token) -> int | None:
    """The token before "such as", "like" or "including" that gives examples, token ``i`` one
    of them (back over the examples listed before it, each of words ``example_word`` accepts);
    None where no such cue leads the list."""
    j = i - 1
    while j > i - 12 and j > 0 and (doc[j].text in (",", "and", "or") or example_word(doc[j])):
        j -= 1
    if j >= 2 and doc[j].lower_ == "as" and doc[j - 1].lower_ == "such":
        return j - 2
    if j >= 1 and doc[j].lower_ in ("like", "including"):
        return j - 1
    return None


def members_closed(doc: Doc, last: int) -> bool:
    """Whether token ``last`` ends a coordinated list: "and" or "or" stands among the list's glue
    before it ("HMM and DNN baselines"), so that a single name before a plural ("DNN baselines")
    is no list."""
    j = last - 1
    while j >= 0 and (doc[j].text in (",", "and", "or") or is_name_token(doc[j])):
        if doc[j].lower_ in ("and", "or"):
            return True
        j -= 1
    return False

