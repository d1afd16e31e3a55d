"""The names a title gives, and what keeps a title's words from being one.

A title "SmoothQuant: Accurate and Efficient …" names the paper's own contribution; a title head
that sets two things side by side, makes a claim or speaks to the reader names nothing. The module
functions read the name before a colon; ``TitleRules``, a mixin of ``EntityRecognizer``, holds the
recogniser's other title rules (a proposal run "Graph-in-Graph Network for …", a label a title gives
a name, a task a title's "for" names, a title that evaluates). It reads the recogniser's gazetteer
(``lookup``, ``is_generic``), a few of its tests (``verb_clause``, ``in_propose_context``,
``named_run_opened``, ``last_of_named_list``, ``is_language``, ``after_glued_hyphen``,
``proposed_right_before``) and lexicon
sets it loads (``words.type_heads``, ``words.title_verbs``, ``words.title_predicates``, ``words.title_proposal_heads``,
``words.title_phrase_prepositions``, ``words.title_for_system_nouns``, ``words.title_evaluation_words``,
``words.named_data_heads``, ``words.document_heads``, ``words.articles``, ``_word_folds``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.candidates import Candidate

from kg.extract.name_shapes import NAME_SUFFIX_MARKS, is_name_shaped, is_name_token, name_shaped, underscore_name
from kg.extract.non_names import SHARED_TASK_EVENT
from kg.extract.parse import doc_text, span_text, token_words, words_text
from kg.names import extraction_fold_name as fold_name

TITLE_HEAD_BREAKS = {"for", "of", "on", "in", "with", "via", "from", "by", "to", "using", "through", "towards"}  # the last word heads the phrase only before these


def title_name_parts(span: Span) -> list[Span]:
    """A title's "X and Y:" names two things the paper proposes ("RS5M and GeoRSCLIP: A Large
    Scale Vision-Language Dataset and A Large Vision-Language Model …"), each a name; any
    other span is one name."""
    ands = [t.i for t in span if t.lower_ in ("and", "&")]
    if len(ands) == 1:
        parts = [span.doc[span.start : ands[0]], span.doc[ands[0] + 1 : span.end]]
        if all(len(p) and is_name_shaped(p) for p in parts):
            return parts
    return [span]


def title_name_span(doc: Doc, title_end: int) -> Span | None:
    """"X" of a title "X: …" / "X - …" when X is short enough to be a name."""
    for token in doc[:title_end]:
        if token.text in ("-", "--", "—") and 0 < token.i and not (doc[token.i - 1].whitespace_ and token.whitespace_):
            continue  # "Matter-of-Fact: A Benchmark …": a hyphen inside the name, not after it
        if token.text in (":", "--", "-", "—") and 0 < token.i <= 5:
            span = doc[: token.i]
            at = next((t.i for t in span[1:] if t.text == "at"), None)
            if at is not None and SHARED_TASK_EVENT.search(span_text(doc[at + 1 : title_end]).split(":")[0]):
                # "MaiNLP at SemEval-2024 Task 1: …": the team's system, not the shared task; not
                # "Bayesian Neural Networks at Scale:", "Everything at Once --" (span train: 3 such
                # cut heads made a PROPOSES, none of them gold)
                span = doc[:at]
            glued = not any(t.whitespace_ for t in span[:-1])  # one word written without spaces: "DuReader_retrieval", "UD_Czech-PDTC"
            if all(t.is_alpha or t.is_digit or "-" in t.text or any(c.isdigit() for c in t.text) or t.text.endswith("+")
                   or ("." in t.text and name_shaped(t.text))  # "TaskMatrix.AI:", "Imposter.AI:"
                   or underscore_name(t.text) and glued  # "DuReader_retrieval:", "DS_FusionNet:"; not "Meet UD_Czech-PDTC:"
                   or (t.text in NAME_SUFFIX_MARKS and t.i > 0 and not doc[t.i - 1].whitespace_) for t in span):
                return span  # "ToolChain*:", "DVAE#:" keep their mark
            return None
        if token.i > 5:
            return None
    return None


# "Word2Vec vs DBnary:", "BERTology Meets Biology:": a title that sets two things side by side
# names neither as the paper's own (span train: 4 such titles, no name annotated proposed).
TITLE_CONTRASTS = {"vs", "vs.", "versus", "meets"}

# A title head with a finite verb is a claim, not a name: "Cross-Entropy Is Load-Bearing:",
# "ReZero is All You Need" (span train: none of 34 such heads annotated as a name).
TITLE_CLAIM_VERBS = frozenset({"is", "are", "was", "were", "can", "does", "do", "has", "have", "will", "should", "may", "might", "must"})

# A title head with a possessive pronoun is a phrase addressed to someone, not a name: "Choose Your
# QA Model Wisely:", "Learn from Your Neighbor:" (span train: 12 of 14 such heads name nothing).
TITLE_POSSESSIVES = frozenset({"your", "my", "our", "their", "his", "her", "its"})


class TitleRules:
    """Title rules of the entity recogniser (see the module docstring)."""

    def title_claim_word(self, doc: Doc, start: int, end: int) -> bool:
        """"Sparser is better: …": a dictionary word before the title's finite verb is the claim's
        subject, not a name (TITLE_CLAIM_VERBS: no such head of span train is annotated a name)."""
        return (end - start == 1 and end < (doc._.kg_title_end or 0) and doc[end].lower_ in TITLE_CLAIM_VERBS
                and fold_name(doc[start].text) in self._word_folds and self.lookup(doc[start].text) is None)

    def ends_a_title_claim(self, doc: Doc, start: int, end: int) -> bool:
        """"Margin Matters: …", "RANSAC Revisited", "ELIZA Reinterpreted: …": a title phrase ending
        in a predicate word (lexicon ``title_predicates``) before ":" or the title's end is a claim
        about its subject, not a name (336 unannotated arXiv titles of this shape: 51 such nodes, none
        a name), unless the abstract uses the phrase too ("we present Diversity Matters, a novel
        framework": train's one such title phrase, a gold Method)."""
        title_end = doc._.kg_title_end or 0
        if not 0 < end <= title_end or doc[end - 1].lower_ not in self.words.title_predicates:
            return False
        if not (end == title_end or doc[end].is_space or doc[end].text in (":", "?", "!", ".")):
            return False
        return title_end >= len(doc) or span_text(doc[start:end]) not in span_text(doc[title_end:])

    def descriptive_title_phrase(self, doc: Doc, span: Span) -> bool:
        """"100 Days After DeepSeek-R1", "Deep Hedging Under Non-Convexity", "Inside ASCENT": a title
        head with a Title Case preposition (lexicon ``title_phrase_prepositions``) says something
        about a name, and is none itself unless the abstract uses the phrase (eval/GUIDELINES.md,
        descriptive title phrases; span train: 3 such title heads, none gold)."""
        if len(span) < 2 or not any(t.is_title and t.lower_ in self.words.title_phrase_prepositions for t in span):
            return False
        title_end = doc._.kg_title_end or 0
        return span_text(span).lower() not in span_text(doc[title_end:]).lower()

    def title_head_proposed_again(self, doc: Doc, span: Span) -> int | None:
        """"Token Sparse Attention: …" and "we propose Token Sparse Attention, a …": the title head
        that the abstract writes again, word for word with its capitals, right after the authors'
        propose verb is the contribution's name, however its words read (dictionary words only, a
        clause "Delineate Anything", a possessive "Ask Your Neurons", "Iteration of Thought");
        eval/GUIDELINES.md keeps a descriptive title phrase the abstract uses for the contribution.
        Not where the repeat runs on into a longer capitalised name ("… Attention Network").
        Gives the repeat's last token, whose apposition types the name ("…, an instance segmentation model")."""
        title_end = doc._.kg_title_end or 0
        words = [t.text for t in span]
        for i in range(title_end, len(doc) - len(words) + 1):
            if [t.text for t in doc[i : i + len(words)]] != words:
                continue
            after = doc[i + len(words)] if i + len(words) < len(doc) else None
            if after is not None and (after.is_title or is_name_token(after)):
                continue
            if self.proposed_right_before(doc, i):
                return i + len(words) - 1
        return None

    def coined_title_modifier(self, doc: Doc, cand: Candidate) -> bool:
        """"A Bilingual, OpenWorld Video Text Dataset", "ICTCAS-UCAS Submission to …", "UTD-CRSS
        Systems for …": a coined word in the title that a capitalised noun follows modifies that
        noun, and is a title fragment, no name, where the abstract never writes it (span train: 5
        such title-only nodes, 4 not gold; "GCC-PHAT Features" the one gold; 800 unannotated arXiv
        titles: 12 of 14 changes right). A type word after it ("MMD-Newton Method", "X Dataset")
        or a document ("XGen-7B Technical Report") says what the name is, so the word stays."""
        title_end = doc._.kg_title_end or 0
        if cand.end >= title_end or not doc[cand.end - 1].whitespace_:
            return False
        after = doc[cand.end]
        if not (after.is_alpha and after.text[0].isupper()) or after.is_stop or after.lower_ in TITLE_HEAD_BREAKS:
            return False
        if after.lower_ in self.words.type_heads:
            return False
        if any(tuple(t.lower_ for t in doc[cand.end : cand.end + len(head)]) == head for head in self.words.document_heads):
            return False
        return span_text(doc[cand.start : cand.end]).lower() not in span_text(doc[title_end:]).lower()

    def titled_proposal_run(self, doc: Doc, title_end: int) -> Span | None:
        """"Graph-in-Graph Network for …", "Topic-aware Pointer-Generator Networks for …": a
        title that opens with a hyphenated run of name words ending in a network/model head
        (lexicon ``title_proposal_heads``) and goes on with "for" names the paper's proposal
        where no "X:" head does (span train: 4 of 5 so proposed annotated PROPOSES). Not after an
        article, not a clause, not a listed or generic name ("Sequence-to-Sequence Models")."""
        k = 0
        while k < title_end and (doc[k].text[:1].isupper() or doc[k].text[:1].isdigit()
                                 or doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_
                                 or k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and doc[k].is_alpha
                                 or doc[k].is_alpha and not doc[k].whitespace_ and k + 1 < title_end and doc[k + 1].text == "-"):
            k += 1
        if not (2 <= k < title_end and doc[k].lower_ == "for" and doc[k - 1].lower_ in self.words.title_proposal_heads):
            return None
        span = doc[:k]
        if doc[0].lower_ in self.words.articles or self.verb_clause(span) or not any(t.text == "-" for t in span):
            return None  # "A New Multifractal-based Deep Learning Model for …", "Exploiting Pre-trained … Transformers for …"
        if self.is_generic(span.text) or self.lookup(span.text) is not None or self.lookup(span[:-1].text) is not None:
            return None  # "Sequence-to-Sequence Models for …": a listed family
        return span

    def titled_run_in_apposition(self, doc: Doc, begin: int) -> Iterator[tuple[int, int, str]]:
        """"a new SLU dataset, Fluent Speech Commands, and …", "Our corpus, QA-SRL Bank 2.0,
        consists …": a capitalised run of words set off by commas right after a data type word
        where it is introduced names the dataset whole; a listed shorter name inside it
        ("Speech Commands") is not it. One word is introduced_in_apposition's."""
        texts, lowers = token_words(doc)
        for i in range(max(begin, 1), len(doc) - 3):
            if texts[i] != "," or self.words.type_heads.get(lowers[i - 1]) not in ("Dataset", "Benchmark"):
                continue
            label = self.words.type_heads[lowers[i - 1]]
            end = i + 1
            while end < len(doc) and end - i <= 5 and (doc[end].is_title or is_name_token(doc[end]) or doc[end].like_num and end > i + 1):
                end += 1
            if end - i < 3 or end >= len(doc) or doc[end].text not in (",", "("):
                continue
            before = [t.lower_ for t in doc[max(begin, i - 6):i - 1]]
            if not ("our" in before or any(w in before for w in ("a", "an", "new", "novel")) and self.in_propose_context(doc, i)):
                continue  # "a standard dataset, Penn Treebank, …": named, not introduced
            if self.lookup(span_text(doc[i + 1 : end])) is None:
                yield i + 1, end, label

    def label_from_title(self, doc: Doc, name_end: int) -> str:
        """Type a title name by a type word among the first five words after the colon.

        "OPT: Open Pre-trained Transformer Language Models" → Model; "CALM : A Multi-task
        Benchmark …" → Benchmark; "EaSyGuide : ESG Issue Identification Framework …" →
        Method; otherwise Method.
        """
        words = [t for t in doc[name_end : doc._.kg_title_end] if t.is_alpha][:6]
        if words and (words[0].lower_.endswith("ing") or words[0].lower_ in self.words.title_verbs):
            return "Method"  # "GPT4Tools: Teaching Large Language Model to …" names no model type
        for token in words[1:]:
            label = self.words.type_heads.get(token.lower_)
            after = doc[token.i + 1] if token.i + 1 < doc._.kg_title_end else None
            if label and after is not None and after.is_title and after.is_alpha and after.lower_ not in self.words.type_heads:
                continue  # "AuGPT: Auxiliary Tasks and Data Augmentation for …": the type word modifies a longer title phrase
            if label:
                return label
        rest = [t for t in doc[name_end : doc._.kg_title_end] if t.is_alpha]
        if len(rest) > len(words) and rest[-1].lower_ in self.words.type_heads and not any(t.lower_ in TITLE_HEAD_BREAKS for t in rest):
            return self.words.type_heads[rest[-1].lower_]  # "AraCOVID19-MFH: Arabic COVID-19 Multi-label … Detection Dataset"
        return "Method"

    @staticmethod
    def family_alone_in_title(doc: Doc, tok) -> bool:
        """"… in Transformers", "Causal Categorization … using Transformers": the family on its own
        in the title, between lower-case words (a title's function words) or at its start or end,
        not inside a capitalised name ("Deep Bidirectional Transformers"). Span train: gold lists
        the family in 40 of 41 such titles."""
        if tok.i >= doc._.kg_title_end:
            return False
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < doc._.kg_title_end else None
        return (prev is None or prev.text[:1].islower()) and (nxt is None or nxt.text[:1].islower() or nxt.is_punct and nxt.text != "-")

    def titled_run_before_cue(self, doc: Doc, last: int, label: str) -> Iterator[Candidate]:
        """A capitalised run of one to five words between "the" and a type word in the abstract:
        "the Allen Brain Observatory dataset", "the Long Horizon Household benchmark", "the Gumar
        Corpus". Span train lists a run of two or more as a name 28 times in 34. Not a run with a language word in it, nor one holding a listed
        name (the list has it). A capitalised type word ("Dataset", "Corpus") ends the name (lexicon
        ``named_data_heads``)."""
        start = last
        while start - 1 > doc._.kg_title_end and last - start < 4 and (doc[start - 1].is_title or is_name_token(doc[start - 1])) \
                and not doc[start - 1].is_sent_start and doc[start - 1].lower_ not in self.words.type_heads:
            start -= 1
        if (doc[start - 1].lower_ != "the" and not self.last_of_named_list(doc, start, last) and not self.named_run_opened(doc, start, last)
                and not (last == start and self.the_and_modifier_before(doc, start))
                or doc[last + 1].is_title and last + 2 < len(doc) and doc[last + 2].is_title):
            return  # not opened by "the"; "the Stanford Large Network Dataset Collection": the type word is inside the name
        if not (doc[last].is_title or is_name_token(doc[last])):
            return
        if last == start and not (doc[last].is_title and doc[last].is_alpha and len(doc[last]) > 2):
            return  # one word: a capitalised word no rule took ("the Gumar Corpus", "the Dakshina dataset"; span train: 127 of 131 "the W dataset" are gold data names)
        run = doc[start : last + 1]
        if any(t.is_stop or self.is_language(t.text) for t in run) or self.is_generic(run.text):
            return  # "the English IEMOCAP dataset" names IEMOCAP; "the CoNLL 2003 English dataset" CoNLL 2003
        if any(self.lookup(run[a:b].text) for a in range(len(run)) for b in range(a + 1, len(run) + 1)):
            return
        named_head = doc[last + 1].text in self.words.named_data_heads  # "the Korean Online Hate Speech Dataset": its name
        yield Candidate(start, last + 2 if named_head else last + 1, label, "cue")

    @staticmethod
    def the_and_modifier_before(doc: Doc, start: int) -> bool:
        """"the multi-label Memotion dataset", "the challenging Hanabi benchmark": "the" and one lower-case
        word (hyphenated or not) before a one-word run. Session 49 (nodes49), 175k corpus: the run was a
        name in 11 of 15 such phrases no list knew (not "the monolingual News corpus")."""
        i = start - 1
        if not (doc[i].is_lower and doc[i].is_alpha):
            return False
        while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].is_lower:
            i -= 2  # "multi-label", "large-scale": one word of hyphen-joined parts
        return i >= 1 and doc[i - 1].lower_ == "the"

    def titled_hyphenated_word_start(self, doc: Doc, start: int) -> int:
        """Where the word before ``start`` starts: a hyphenated word whose first part is capitalised
        and whose later parts are lower case ("Layout-aware", "Moment-based", "Three-view") is one
        word of a capitalised name, though its tail is no capitalised token; any other word is
        its last token."""
        last = start - 1
        i = last
        while i >= 2 and self.after_glued_hyphen(doc, i) and doc[i].is_lower:
            i -= 2
        return i if i < last and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_upper else last

    @staticmethod
    def title_name_of_words(doc: Doc, cand: Candidate) -> bool:
        """The title's name of several words is that name again in the abstract, not its first
        word alone ("we present MobileEgo Anywhere, …" gave a node "MobileEgo"); not one that
        ends in a version ("RigoChat 2", "UltraShape 1.0"), whose first word names the family."""
        return cand.rule == "title_name" and cand.end - cand.start > 1 and not any(c.isdigit() for c in doc[cand.end - 1].text)

    def title_means_for_task(self, doc: Doc, chosen: list[Candidate], label_of: dict[str, str | None]) -> list[str]:
        """A Task a phrase rule or the trained recogniser found in the title only, right before
        "for" and another Task ("Progressive Alignment for Multi-Source Unsupervised Domain
        Adaptation", "Saliency Maps Generation for Automatic Text Summarization",
        "Localization-aware Answer Prediction for Text Visual Question Answering"): the title's
        "X for Y" names the means first and the task after, so X is no task studied. Whole-train
        build of main: such Tasks were gold 3 times in 18 (Method 4, no name 11). Not where
        the task after "for" describes a system ("Factual Error Correction for Abstractive
        Summarization Models"; lexicon ``title_for_system_nouns``) nor where X is one of two
        names joined by "and" ("Ontology Construction and Semantic Alignment for ..."), both
        gold; a listed task there ("Visual Grounding for ...") stays."""
        title_end = doc._.kg_title_end or 0
        folds = [fold_name(words_text(doc, c.start, c.end)) for c in chosen]
        written = Counter(folds)
        title_tasks = [c for c, fold in zip(chosen, folds) if c.end <= title_end and label_of.get(fold) == "Task"]
        out = []
        for cand, fold in zip(chosen, folds):
            if (cand.rule not in ("task_phrase", "span_model") or cand.end + 1 >= title_end or written[fold] != 1
                    or label_of.get(fold) != "Task" or doc[cand.end].lower_ != "for"
                    or (cand.start > 0 and doc[cand.start - 1].lower_ in ("and", "&", ","))):
                continue
            after = doc[cand.end].idx + len(doc[cand.end].text)
            # the next Task starts right after "for", or one word later ("for Automatic Text Summarization")
            task = next((c for c in title_tasks if c.start > cand.end and " " not in doc_text(doc)[after : doc[c.start].idx].strip()), None)
            if task is not None and not (task.end < title_end and doc[task.end].lower_ in self.words.title_for_system_nouns):
                out.append(fold)
        return out

    def titles_an_evaluation(self, doc: Doc, cand: Candidate) -> bool:
        """"BiasCause: Evaluate Socially Biased Causal Reasoning of …", "X: Benchmarking …": the
        name opening a title whose phrase starts by evaluating is the paper's benchmark (span
        train: 19 of 21 such title names are Benchmarks; lexicon ``title_evaluation_words``)."""
        start = cand.start - 1 if cand.start == 1 and doc[0].lower_ == "the" else cand.start
        return (start == 0 and cand.end + 1 < len(doc) and doc[cand.end].text == ":"
                and doc[cand.end + 1].lower_ in self.words.title_evaluation_words and not doc[cand.end + 1].is_sent_start)
