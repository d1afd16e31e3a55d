"""Names the text says it proposes: "we propose X", "X, a new …", "a framework called X".

``proposed_name_candidates`` and the tests of a propose context, an apposition or a naming verb that it reads;
``label_from_context`` types such a name by the type words the text puts beside it.
A mixin of ``EntityRecognizer`` (kg.extract.entities).
"""

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.candidates import Candidate
from kg.extract.coined_names import named_label
from kg.extract.gazetteer_names import glued_after_hyphen
from kg.extract.name_shapes import (HYPHEN_LINKS, hyphen_joined_name, is_coined_token, is_name_shaped, PLURAL_CLASS, SIZE_TOKEN, TYPE_WORD_MODIFIERS,
                                    underscore_name)
from kg.extract.parse import folded_token_positions, glued_to, said_before, sentence_at, span_text, token_words, TRAIN_VERBS
from kg.extract.title_names import TITLE_CLAIM_VERBS, TITLE_CONTRASTS, title_name_parts, title_name_span, TITLE_POSSESSIVES
from kg.names import extraction_fold_name as fold_name

# doc.user_data key: the folded names found after a propose verb but hyphen-glued to a base word
# ("we propose a novel kNN-CTC-based … framework"): recognised as names (the span typer reads them
# as the proposal rule found them), but the new thing is built on them, so no mention is proposed.
BUILT_ON_NAMES = "kg_names_built_on"
# Small words between a propose verb and the name it puts forward: "we introduce an X", "a simple yet effective X"
PROPOSAL_FILLERS = frozenset({"a", "an", "the", "our", "yet", "and", "new"})
# Quote marks around a name after "called" / "named": straight, typographic, and TeX's ``…'' (tokens "`" "`" … "''")
OPENING_QUOTES = frozenset({'"', "'", "`", "``", "\u201c", "\u2018"})
CLOSING_QUOTES = frozenset({'"', "'", "''", "`", "\u201d", "\u2019"})
QUOTED_NAME_TOKENS = 5  # at most, a hyphen counting as one ("garbage-in" is three): a longer quote is a phrase
# One capitalised word after a naming word ("called Penguin", "dubbed Emuru", "called Think&Cite"): word_named_in_a_proposal
# At most so many lower-case words after a type word and a naming word ("called contextualized soft forgetting"): lower_case_name_after
NAMED_PHRASE_WORDS = 4
NAMED_WORD = re.compile(r"^[A-Z][A-Za-z0-9]*(?:&[A-Z][A-Za-z0-9]*)*$")


class ProposedNameRules:
    """The proposal rules of the entity recogniser (see the module docstring).

    It reads the recogniser's attributes ``_earlier_work``, ``_word_folds``, ``common_words`` and ``min_title_name_len``; its word lists
    ``words.determiners``, ``words.glued_base_words``, ``words.naming``, ``words.own_nouns``, ``words.propose``,
    ``words.quantifying_determiners``, ``words.setting_nouns``, ``words.title_openers`` and ``words.type_heads`` (``words``, the lexicon's ``RecogniserWords``); and its methods
    ``counted_plural_before``, ``counts_its_items``, ``descriptive_title_phrase``, ``is_generic``, ``label_from_title``,
    ``lookup``, ``title_head_proposed_again``, ``titled_proposal_run``, ``titled_run_in_apposition``, ``type_word_after`` and ``type_word_before``.
    """

    @staticmethod
    def short_form_before(doc: Doc, start: int, end: int, nouns: set[str]) -> bool:
        """One upper-case word right before a lower-case word of ``nouns``."""
        return end - start == 1 and doc[start].is_upper and end < len(doc) and doc[end].is_lower and doc[end].lower_ in nouns

    def proposed_name_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """The title's "X: …" name and name-shaped words right after a propose verb or "called"."""
        title_end = doc._.kg_title_end
        title_name = title_name_span(doc, title_end) if title_end else None
        names: dict[str, tuple[int, int, str]] = {}
        hints: dict[str, str] = {}
        trained: set[str] = set()  # "we train 3D Gaussian Splatting": a listed method trained is used (a listed model may be the paper's: Chinchilla)
        if title_name is not None:
            parts = title_name_parts(title_name)
            kinds = [self.words.type_heads[t.lower_] for t in doc[title_name.end : title_end] if t.lower_ in self.words.type_heads]
            for k, part in enumerate(parts):
                names[fold_name(part.text)] = (part.start, part.end, "title_name")
                if len(parts) > 1 and len(kinds) == len(parts):
                    hints[fold_name(part.text)] = kinds[k]  # "X and Y: A … Dataset and A … Model": in that order
        elif title_end:
            run = self.titled_proposal_run(doc, title_end)
            if run is not None:
                yield Candidate(run.start, run.end, "Method", "title_name", proposed=True)
        texts, lowers = token_words(doc)
        for i in range(title_end or 0, len(doc)):
            if lowers[i] not in self.words.naming and lowers[i] not in self.words.propose:
                continue
            token = doc[i]
            if lowers[i] in TRAIN_VERBS and i > 0 and (lowers[i - 1] in self.words.determiners or lowers[i - 1] in self.words.quantifying_determiners):
                continue  # "the errors of the trained PINN": a participle before a noun, no verb of the authors'
            if token.is_lower and token.lower_ in self.words.naming or (token.lower_ in self.words.propose and self.in_propose_context(doc, token.i)):
                if token.lower_ == "namely" and said_before(doc, token.i, self._earlier_work):
                    continue  # "two recently proposed models …, namely AV Align and Taris": others' work
                quoted = self.quoted_name_after(doc, token.i) if token.lower_ in self.words.naming else None
                if quoted is not None:  # "a novel technique called "OOV expansion"": the quoted words, typed by the type word
                    names[fold_name(quoted.text)] = (quoted.start, quoted.end, "proposed_name")
                    hints[fold_name(quoted.text)] = self.words.type_heads[lowers[i - 1]]
                    continue
                phrase = self.lower_case_name_after(doc, token.i) if token.lower_ in self.words.naming else None
                if phrase is not None:  # "a new method called contextualized soft forgetting, which …"
                    names.setdefault(fold_name(phrase[0].text), (phrase[0].start, phrase[0].end, "proposed_name"))
                    hints.setdefault(fold_name(phrase[0].text), phrase[1])
                    continue
                span = self.name_after(doc, token.i + 1)
                if span is None and token.lower_ in self.words.naming and token.lower_ != "namely":
                    span = self.word_named_in_a_proposal(doc, token.i)
                if span is not None:
                    names.setdefault(fold_name(span.text), (span.start, span.end, "proposed_name"))
                    before = doc[span.start - 1].lower_ if span.start > token.i + 1 else ""
                    if before in self.words.type_heads:  # "we propose a new metric ROUGE_NE": the type word it follows
                        hints.setdefault(fold_name(span.text), self.words.type_heads[before])
                    if token.lower_ in TRAIN_VERBS:
                        trained.add(fold_name(span.text))
        for i in range(title_end or 0, len(doc) - 1):
            if texts[i + 1] not in (",", "."):
                continue  # introduced_in_apposition's first test, on strings
            token = doc[i]
            if self.introduced_in_apposition(doc, token):
                names.setdefault(fold_name(token.text), (token.i, token.i + 1, "proposed_name"))
                for k in self.introduced_before_and(doc, i):
                    names.setdefault(fold_name(doc[k].text), (k, k + 1, "proposed_name"))
        for start, end, label in self.titled_run_in_apposition(doc, title_end or 0):
            folded = fold_name(span_text(doc[start:end]))
            names[folded] = (start, end, "proposed_name")  # the whole run, not a listed part of it
            hints.setdefault(folded, label)
        for folded, (start, end, rule) in names.items():
            type_label = None
            while end - start > 1 and (doc[end - 1].lower_ in self.words.type_heads or (type_label and doc[end - 1].lower_ in TYPE_WORD_MODIFIERS)):
                if glued_after_hyphen(doc, end - 1):
                    break  # "3D-PLOT-LLM:", "we propose Agent-as-Tool": the type word is a part of the word, not its head
                type_label = type_label or self.words.type_heads[doc[end - 1].lower_]
                end -= 1
            if rule == "title_name" and end - start > 1 and doc[start].lower_ == "the" and self.lookup(span_text(doc[start:end])) is None:
                start += 1  # "The WMDP Benchmark:", "The NGT200 Dataset:": the article is not the name's (span train: 3 of 3)
            span = doc[start:end]
            if self.is_generic(span.text) or len(span.text) < self.min_title_name_len or (
                    PLURAL_CLASS.match(span.text) and not self.mentioned_as_proposed(doc, folded)):
                continue  # "MM-LLMs: Recent Advances in …" surveys a class; "we present TimeLMs, …" names its own
            entry = self.lookup(span.text)
            if entry is not None and not entry.yields_to_paper:
                used = folded in trained and entry.label == "Method" or glued_to(doc, end, self.words.glued_base_words)
                yield Candidate(start, end, entry.label, "gazetteer", canonical=entry.name, proposed=not used)
                continue
            # "Mask-to-Height: …", "Describe-then-Reason: …": one hyphen-joined word, whose small
            # lower-case links make no clause (span train: 8 of 8 such title heads annotated)
            joined = rule == "title_name" and hyphen_joined_name(doc, start, closers=(":", "-", "--", "\u2014")) == span
            again = self.title_head_proposed_again(doc, span) if rule == "title_name" else None  # "we propose Token Sparse Attention, …"
            if rule == "title_name" and not joined and again is None and (span[0].lower_ in self.words.title_openers and len(span) > 1 or self.verb_clause(span)
                                         or any(t.lower_ in TITLE_CLAIM_VERBS for t in span[1:]) or any(t.lower_ in TITLE_POSSESSIVES for t in span)
                                         or len(span) >= 3 and any(t.is_lower and t.is_stop or t.lower_ in TITLE_CONTRASTS for t in span)
                                         or not (is_name_shaped(span) or self.mentioned_as_proposed(doc, folded) or self.coined_word(span)
                                                 or len(span) == 1 and underscore_name(span.text))
                                         or self.descriptive_title_phrase(doc, span)):
                continue  # a clause, not a name: "ASR is all you need", "Image as an IMU", "Quantization through …"
            label = type_label or hints.get(folded) or named_label(span.text) or (again is not None and self.type_word_after(doc, again)) or (
                self.label_from_context(doc, fold_name(span.text))) or (
                "Method" if rule == "proposed_name" else self.label_from_title(doc, end))
            if rule == "proposed_name" and glued_to(doc, end, self.words.glued_base_words):
                doc.user_data.setdefault(BUILT_ON_NAMES, set()).add(fold_name(span.text))
            yield Candidate(start, end, label, rule, proposed=True)

    def verb_clause(self, span: Span) -> bool:
        """"Adapting Vision-Language Models Without Labels: A Survey", "Harnessing GPT-4V(ision)
        for Insurance": a title head that opens with a dictionary verb's -ing form is a clause
        (span train: 11 of 129 such heads annotated as a name); so is one that closes with a
        participle ("RLHF Deciphered: …", "X-ray Insights Unleashed": none of 8 annotated)."""
        if len(span) < 2:
            return False
        first, last = span[0], span[-1]
        return (first.is_title and first.is_alpha and first.lower_.endswith("ing") and fold_name(first.text) in self._word_folds
                or last.is_title and last.is_alpha and last.lower_.endswith("ed"))

    def coined_word(self, span: Span) -> bool:
        """"Supercm:", "Vilio:", "Knodle:": one capitalised word no dictionary holds heads the
        title (span train: 45 of 47 such title words annotated, all proposed), though the
        abstract never repeats it."""
        return len(span) == 1 and span[0].is_title and span[0].is_alpha and fold_name(span.text) not in self._word_folds

    def introduced_in_apposition(self, doc: Doc, token) -> bool:
        """A coined name set off by commas where it is introduced: "we present a novel TTS
        system, Bridge-TTS, …", "we introduce two datasets: SensorCaps, a … and OpenSQA, an
        …", "our model, SVMCos, is …"."""
        i = token.i
        if not is_coined_token(token) or i < 2 or i + 1 >= len(doc) or doc[i + 1].text not in (",", "."):
            return False
        if doc[i + 1].text == "." and doc[i - 1].text != ",":
            return False  # "…, X." closes an apposition; "and X." closes a list
        if self.lookup(token.text) is not None or self.is_generic(token.text) or SIZE_TOKEN.match(token.text):
            return False
        before = doc[i - 1].text
        if before == "," and i >= 3 and doc[i - 2].lower_ in self.words.own_nouns and doc[i - 3].lower_ in ("our", "novel", "new"):
            return True
        if before not in (",", ":", "and") or not self.in_propose_context(doc, i):
            return False
        if before == ":" and not doc[i - 2].is_lower:
            return False  # "instantiated within Pokemon Legends: Z-A, a … game": a title's subtitle, not "two datasets: X, a …"
        described = i + 2 < len(doc) and doc[i + 2].lower_ in ("a", "an", "which", "that")
        phrase = []  # the words between the previous comma and this name: "a novel TTS system"
        for t in reversed(doc[max(0, i - 7):i - 1]):
            if t.text in (",", ";", ":", "(") or t.is_sent_start:
                break
            phrase.append(t.lower_)
        introduced = before == "," and any(w in ("a", "an", "novel", "new") for w in phrase)
        return described or introduced  # a list of known names ("OPT, LLaMA2, LongChat, …") is neither

    def introduced_before_and(self, doc: Doc, i: int) -> list[int]:
        """The members before "and" of a list whose last member, at ``i``, is introduced in apposition,
        where a counted plural type word opens the list: "two new metrics, KDA_disc and KDA_cont, which
        …" introduces both (``counted_plural_before``). Each one coined word, not listed, not generic."""
        members: list[int] = []
        k = i - 2
        if k < 1 or doc[i - 1].text != "and":
            return members
        while k >= 1 and is_coined_token(doc[k]) and self.lookup(doc[k].text) is None and not self.is_generic(doc[k].text):
            members.append(k)
            if doc[k - 1].text != ",":
                break
            k -= 2
        return members if members and self.counted_plural_before(doc, members[-1]) else []

    def name_after(self, doc: Doc, i: int) -> Span | None:
        """A coined name starting at or just after token ``i`` ("we propose SmoothQuant, …")."""
        skip = {"a", "an", "the", "our", "this", "new", "novel", '"', "'", "`", "``", "simple", "first"}
        if i < len(doc) - 1 and self.naming_as(doc, i):
            i += 1  # "a … model, dubbed as GTR"
        while i < len(doc) - 1 and (doc[i].lower_ in skip or (
                # "a framework MuDoK", "a novel method (SpCoSLAM)": the type word, then the name
                doc[i].lower_ in self.words.type_heads and (is_coined_token(doc[i + 1]) or doc[i + 1].text == "(")) or (
                doc[i].text == "(" and i + 1 < len(doc) and is_coined_token(doc[i + 1])) or (
                # "we train 12 ResNet models": a count of them, not the name's
                doc[i].text.isdigit() and i + 1 < len(doc) and is_coined_token(doc[i + 1]))):
            i += 1
        if i >= len(doc):
            return None
        end = i
        while end < len(doc) and end - i < 3 and (is_coined_token(doc[end]) or (end > i and doc[end].text[:1].isupper() and doc[end].is_alpha)):
            end += 1
        if end == i or not is_coined_token(doc[i]):
            return self.coined_word_introduced(doc, i)
        return doc[i:end]

    def word_named_in_a_proposal(self, doc: Doc, i: int) -> Span | None:
        """"we construct a new dataset called Penguin to promote …", "a multilingual conversational
        agent called Kate which …", "a novel framework for text image generation, dubbed Emuru.",
        "a novel framework, called Think&Cite, and …": one capitalised word that no coined shape
        reads (a plain or dictionary word, "&"-joined words), right after the naming word at ``i``
        (or "named as"; not "namely", which opens a list), standing alone (a stop, a comma or a
        small lower-case word follows: not a capitalised word, "of Agents" nor "signalling"),
        after a propose verb of the authors in its sentence, is the name they give. Not a known
        name ("a recently proposed architecture called Conformer") nor a "so-called" term.
        Session 66 (ownprop66): on the session 61-66 draws 5 changes, 5 right (Think&Cite, Emuru,
        BUDDy, Penguin, Kate); left by the guards: a "so-called" term, a platform the authors use
        ("we use a dataset of a … platform created for …, dubbed Kialo": ``authors_propose_at``),
        a name cut before its lower-case word ("what we term Pavlovian signalling")."""
        k = i + 2 if self.naming_as(doc, i + 1) else i + 1
        sent = sentence_at(doc, i)
        if k + 1 >= len(doc) or not any(self.authors_propose_at(doc, j) for j in range(sent.start, i)):
            return None  # "we use a dataset of a … platform created for …, dubbed Kialo": named, not put forward
        if i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "so":
            return None  # "the so-called Fibonacci grammar": a term others use
        word, after = doc[k], doc[k + 1]
        if word.is_sent_start or len(word.text) < 3 or not NAMED_WORD.match(word.text):
            return None
        if not (after.is_punct and after.text not in ("-", "(", "&", "/") or after.is_lower and after.is_stop):
            return None  # "called Gradient Ascent with …", "what we term Pavlovian signalling": a longer name; "FS-decoder"
        if after.lower_ in HYPHEN_LINKS and k + 2 < len(doc) and doc[k + 2].text[:1].isupper():
            return None  # "named Web of Agents", "named Ramblings and Mutes": more than one word
        if self.lookup(word.text) is not None or self.is_generic(word.text):
            return None
        return doc[k : k + 1]

    def authors_propose_at(self, doc: Doc, j: int) -> bool:
        """A propose verb at ``j`` that the authors say: "we" at most three words before it ("we
        propose", "we finally present"), or "this paper / work" right before it (as
        ``in_propose_context`` reads them); not a participle ("a platform created for …")."""
        if doc[j].lower_ not in self.words.propose:
            return False
        return any(doc[m].lower_ == "we" for m in range(max(0, j - 3), j)) or (
            j >= 2 and doc[j - 2].lower_ == "this" and doc[j - 1].lower_ in ("paper", "work"))

    def quoted_name_after(self, doc: Doc, i: int) -> Span | None:
        """The quoted words after a type word and the naming word at ``i``, where the authors introduce
        them: "a novel technique called "OOV expansion"", "the method named "garbage-in"", "a new
        dataset called ``Bike Frames''". The quotes bound the name, lower-case words and all, and the
        type word types it. Span train: 4 such names kg had no node for, 3 gold proposals ("a tool
        called "Am I in The Stack"" is no gold name); two corpus draws: 1, right. A quote after "known
        as", "so-called" or a bare "called" names a phenomenon (session 23: ~40 such on span train)."""
        if i < 2 or doc[i - 1].lower_ not in self.words.type_heads:
            return None
        start = i + 2 if self.naming_as(doc, i + 1) else i + 1
        if start + 1 < len(doc) and doc[start].text in ("`", "'") and doc[start + 1].text == doc[start].text:
            start += 1  # "``name''" read as two backticks
        if start >= len(doc) or doc[start].text not in OPENING_QUOTES:
            return None
        end = start + 1
        while end < len(doc) and doc[end].text not in CLOSING_QUOTES:
            if end - start > QUOTED_NAME_TOKENS or doc[end].text in ("(", ")", ";", ":", "{", "}") or doc[end].is_sent_start:
                return None  # a long quote, a bracketed short form or a clause inside: no name alone
            end += 1
        last = end
        while last > start + 1 and doc[last - 1].text in (",", "."):
            last -= 1  # "called "evaluation awareness."": the sentence's stop inside the quotes
        if end >= len(doc) or last == start + 1:
            return None
        introduced = self.in_propose_context(doc, i) or any(t.lower_ in ("new", "novel", "our") for t in doc[max(0, i - 4) : i - 1])
        return doc[start + 1 : last] if introduced else None

    def lower_case_name_after(self, doc: Doc, i: int) -> tuple[Span, str] | None:
        """Two to four lower-case words after a method or metric word and the naming word at ``i``,
        where the authors introduce them, set off by a comma, a bracket, a stop or "which / that":
        "we propose a new method called contextualized soft forgetting, which …", "a new training
        objective named order-agnostic cross entropy (OaXE)", "The proposed method, called memory
        attentive fusion, leverages …", and its type, the type word's. The words are the name the
        paper gives its technique (span train: 10 of 11 such phrases are gold Methods, one a gold
        Task; session 54 counted these without the bounds and the introduction at 3 in 6). Not a
        phrase that runs on ("called vector symbolic architectures leads to"), one word ("called
        mirostat"), an adverb ("called context consistency training accordingly."), a type word
        at the end ("a technique called dual language models"), an article ("called a bootleg score"), a bare "is called" of another's technique
        ("One such method is called budget forcing"), nor after a model or data word ("a critic model
        named sub-goal critic": a part)."""
        j = i - 1
        if j > 1 and doc[j].lower_ in ("is", "was") and doc[j - 1].lower_ == "which":
            j -= 2  # "a technique which is called …"
        if j > 0 and doc[j].text == ",":
            j -= 1  # "the proposed method, called …"
        if j < 1 or j <= (doc._.kg_title_end or 0):
            return None
        label = self.words.type_heads.get(doc[j].lower_) or self.words.type_heads.get(doc[j].lemma_.lower())
        if label not in ("Method", "Metric"):
            return None
        start = i + 2 if self.naming_as(doc, i + 1) else i + 1
        words, end = 0, start
        while end < len(doc) and words <= NAMED_PHRASE_WORDS:
            k = end  # one word: tokens joined by hyphens without spaces ("order-agnostic")
            while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_ and doc[k + 2].is_lower:
                k += 2
            word = doc[end : k + 1]
            if not all(t.is_lower and t.is_alpha or t.text == "-" for t in word) or len(word) == 1 and (word[0].is_stop or self.adverb(word[0].lower_)):
                break  # "called context consistency training accordingly.": no adverb in a name
            words, end = words + 1, k + 1
        if not 2 <= words <= NAMED_PHRASE_WORDS or end >= len(doc) or not (
                doc[end].text in (",", "(", ".", ";", ":") or doc[end].lower_ in ("which", "that")) or doc[end - 1].lower_ in self.words.type_heads:
            return None  # "a technique called dual language models": a type word ends it, the name is no phrase of its own
        introduced = self.in_propose_context(doc, i) or any(t.lower_ in ("new", "novel", "our", "proposed") for t in doc[max(0, j - 4) : j])
        return (doc[start:end], label) if introduced else None

    def adverb(self, word: str) -> bool:
        """An "-ly" word made of a common word ("accordingly", "efficiently"; not "anomaly", "assembly"):
        the pipeline tags no parts of speech."""
        return len(word) > 5 and word.endswith("ly") and word[:-2] in self.common_words

    def naming_as(self, doc: Doc, i: int) -> bool:
        """"named as X", "dubbed as X": the "as" is part of the naming, not a role. Nothing past the
        text's end (a naming word as its last word: "… a new method called")."""
        return i < len(doc) and doc[i].lower_ == "as" and i > 0 and doc[i - 1].lower_ in self.words.naming

    def coined_word_introduced(self, doc: Doc, i: int) -> Span | None:
        """One capitalised word no dictionary holds, then a comma or a bracket: "we introduce Llip,
        Latent Language Image Pretraining", "we present Concordia, a …" (span train: 29 of 29
        such words after a propose verb are names the paper proposes)."""
        token = doc[i]
        if (i + 1 < len(doc) and doc[i + 1].text in (",", "(") and token.is_title and token.is_alpha and len(token) > 2
                and not token.is_sent_start and fold_name(token.text) not in self._word_folds and not self.is_generic(token.text)):
            return doc[i : i + 1]
        return hyphen_joined_name(doc, i)

    def in_propose_context(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` in a sentence where the authors say they introduce something?"""
        sent = sentence_at(doc, i)
        known = doc.user_data.setdefault("kg_propose_context", {})  # asked for many tokens of one sentence
        bounds = (sent.start, sent.end)  # both ends: a sentence joined later is asked anew
        if bounds not in known:
            lowered = span_text(sent).lower()
            has_verb = any(w in self.words.propose or w in self.words.naming for w in token_words(doc)[1][sent.start : sent.end])
            known[bounds] = has_verb and (" we " in f" {lowered} " or "this paper" in lowered or "this work" in lowered
                                              or lowered.startswith("we "))
        return known[bounds]

    def mentioned_as_proposed(self, doc: Doc, folded: str) -> bool:
        title_end = doc._.kg_title_end
        return any(i >= title_end and self.in_propose_context(doc, i) for i in folded_token_positions(doc).get(folded, ()))

    def label_from_context(self, doc: Doc, folded: str) -> str | None:
        """Type an unknown name by the words around its mentions: "X, a benchmark …", "the X
        dataset", "a metric called X", "X and Y, two new benchmarks", "two datasets: X and Y"."""
        votes: dict[str, int] = {}
        for i in folded_token_positions(doc).get(folded, ()):
            label = self.type_word_after(doc, i) or self.type_word_before(doc, i) or (
                "Dataset" if self.counts_its_items(doc, i + 1) else None)  # "EgoCS-400K contains over 400,000 clips"
            if label:
                votes[label] = votes.get(label, 0) + 1
        if not votes:
            return None
        return max(sorted(votes), key=votes.get)

    def proposed_right_before(self, doc: Doc, start: int) -> bool:
        """A propose verb of the authors right before the name, past at most three determiners,
        adverbs or adjectives and no task noun ("we introduce an Example-Based GEC (EB-GEC)",
        "we propose a novel Grounded Visual Question Answering model (GVQA)", not "we propose
        a new task X"): the capitalised run the paper puts forward, ending in a listed task, is
        its own system, a Method (a Model before "model"). Before a data word ("an English QA
        dataset (SubjQA)") it is left as it was, and a naming verb ("…, termed Generalized
        OpenIE") names the setting before it. Span train: 5 papers, 5 right (EB-GEC, OBIE,
        GVQA, and MMVG, ICIMIA, whose titles read the name as a task); with data words and
        naming verbs 3 right in 6."""
        title_end = doc._.kg_title_end
        i = start - 1
        while (i > title_end and start - i <= 3 and doc[i].is_alpha and doc[i].is_lower and doc[i].lower_ not in self.words.propose
               and doc[i].lower_ not in self.words.setting_nouns and (not doc[i].is_stop or doc[i].lower_ in PROPOSAL_FILLERS)):
            i -= 1
        return i > title_end and doc[i].lower_ in self.words.propose and self.in_propose_context(doc, i)

    def system_named_right_before(self, doc: Doc, start: int) -> int | None:
        """Where the method or model word stands that the name is set beside, in a sentence where
        the authors propose: "a new trustworthy KG-LLM framework, Uncertainty Aware
        Knowledge-Graph Reasoning (UAG)", "an adaptive multi-agent system, named Multi-Agent
        VQA" (span train: 2, both gold Methods)."""
        i = start - 1
        if i > 0 and doc[i].lower_ in self.words.naming:
            i -= 1
        if i > 0 and doc[i].text == ",":
            i -= 1
        if (i < start - 1 and i > doc._.kg_title_end and self.words.type_heads.get(doc[i].lower_) in ("Method", "Model")
                and self.in_propose_context(doc, i)):
            return i
        return None
