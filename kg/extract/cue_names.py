"""Names found next to a type word ("the ELUDe dataset"), task phrases ending in a task head, and the
architecture families, studied generics, modified and title-headed names the cue rules add.

``cue_candidates``, ``apposition_typed_candidates`` ("X, a method for …"), ``kind_named_candidates`` ("the method
TMP"), ``kind_named_before_candidates`` ("the AGNN model") and the type-word tests they and the other rules share (``type_word_after``, ``type_word_before``,
``counted_plural_before``), then the candidates built on names already found (``task_object_candidates``,
``modified_name_candidates``, ``title_head_method_candidates``).
A mixin of ``EntityRecognizer`` (kg.extract.entities).
"""

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.candidates import Candidate
from kg.extract.coined_names import MIXED_CASE_NAME
from kg.extract.gazetteer_names import glued_after_hyphen
from kg.extract.name_shapes import COUNT, is_coined_token, is_name_token, name_shaped, PLURAL_CLASS, SIZE_TOKEN, VERSION_SEGMENT
from kg.extract.parse import citation_tokens, folded_token_positions, sentence_at, span_text, token_words, words_text
from kg.names import extraction_fold_name as fold_name

# Words an apposition that types a name opens with: "X, a benchmark …", "X, two new datasets", "X, which is …".
APPOSITION_OPENERS = {"a", "an", "the", "our", "one", "two", "three", "four", "five", "several", "both", "new", "novel", "which", "that", "each"}
APPOSITION_TYPE_OPENERS = frozenset({"a", "an", "new", "novel", "resulting"})  # what opens the type word's phrase before the mark
APPOSITION_MARKS = (",", ":", "--", "-", "\u2014", "\u2013")  # "a new benchmark, X", "a new benchmark: X", "a new benchmark -- X"
# A dash opens an apposition as a comma does: "CHED -- a benchmark designed to …" (LaTeX "--" / "---"; an em dash
# is normalised to " -- ").
DASH_APPOSITION = frozenset({"--", "---"})
MAX_DESCRIBED_WORDS = 8  # words between "a"/"an" and a type word's name that still describe it
APPOSITION_HEAD_REACH = 6  # words of the apposition's noun phrase up to its type word: "a new Python library"
LEADING_LOWER_WORD = re.compile(r"[a-z]+(?=\d)")  # "with0.6B": a word glued to a number by a lost space
CONVERSION_ACRONYM = re.compile(r"[A-Z]{1,3}2[A-Z]{1,3}")  # "E2E", "G2P", "I2V": end-to-end, grapheme-to-phoneme, a manner or a task


class CueNameRules:
    """The cue rules of the entity recogniser (see the module docstring).

    It reads the recogniser's attributes ``_studied_generic``; its word lists ``words.apposition_clause_verbs``,
    ``words.architecture_families``, ``words.architecture_family_cues``, ``words.articles``, ``words.component_nouns``, ``words.contain_verbs``,
    ``words.count_hedges``, ``words.data_split_heads``, ``words.eval_cues``, ``words.fronted_place_prepositions``,
    ``words.kind_named_before_nouns``, ``words.kind_named_before_openers``,
    ``words.kind_named_nouns``, ``words.kind_named_openers``, ``words.kind_named_own_openers``,
    ``words.kind_named_reach``, ``words.method_modifier_suffixes``,
    ``words.modifier_compound_nouns``, ``words.name_adverbs``, ``words.name_modifiers``,
    ``words.named_data_heads``, ``words.naming``, ``words.np_breaks``, ``words.pair_task_heads``, ``words.studied_generic_min``,
    ``words.task_manner_modifiers``, ``words.task_name_modifiers``, ``words.task_narrowing_prefixes``,
    ``words.task_narrowing_suffixes``, ``words.task_object_preps``, ``words.task_phrase_keep``, ``words.task_stop``,
    ``words.title_openers``, ``words.title_verbs`` and
    ``words.type_heads`` (``words``, the lexicon's ``RecogniserWords``); and its methods ``family_alone_in_title``,
    ``is_generic``, ``language_pair_before``, ``lookup``, ``naming_as``, ``narrowing_compound``,
    ``titled_run_before_cue``, ``type_word_of_examples`` and ``words_compound``.
    """

    def type_word_after(self, doc: Doc, i: int) -> str | None:
        """The type word right after a name or in its apposition ("X, a benchmark for …"); past
        the names coordinated with it, a plural one too ("X and Y, two new benchmarks")."""
        j = i + 1
        coordinated = i >= 2 and doc[i - 1].text in (",", "and", "or") and is_name_token(doc[i - 2])  # "…, MedHalu and MedQA2, two …"
        while j + 1 < len(doc) and doc[j].text in (",", "and", "or") and is_name_token(doc[j + 1]) and self.lookup(doc[j + 1].text) is None:
            j, coordinated = j + 2, True  # "MedHalu and MedQA2, …"; ", X2, and X3" skips the comma on the next pass
            if j < len(doc) and doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or"):
                j += 1
        window = ["," if t.text in DASH_APPOSITION else t.lower_ for t in doc[j : j + 8]
                  if not t.is_punct or t.text == "," or t.text in DASH_APPOSITION]  # a dash read as the comma it stands for
        if " ".join(window[:2]) in self.words.data_split_heads:
            return "Dataset"  # "on the MusDB18 test set": a split of the data set the name is
        if window and window[0] in self.words.type_heads:
            head = next(t for t in doc[j : j + 8] if t.lower_ == window[0])
            after = doc[head.i + 1] if head.i + 1 < doc._.kg_title_end else None
            if after is not None and after.is_title and after.lower_ not in self.words.type_heads:
                return None  # "TigAug: Data Augmentation for …": the type word modifies a longer title phrase
            return self.words.type_heads[window[0]]
        if coordinated and window and window[0].endswith("s") and window[0][:-1] in self.words.type_heads:
            return self.words.type_heads[window[0][:-1]]  # "on the BFCL-v3 and ACEBench benchmarks": the list's plural
        if coordinated and len(window) > 1 and window[0].isalpha() and window[1].endswith("s") and window[1][:-1] in self.words.type_heads:
            return self.words.type_heads[window[1][:-1]]  # "on POT-210 and PlanarTrack tracking benchmarks"
        if window[:1] == [","] and window[1:2] and window[1] not in APPOSITION_OPENERS:
            return None  # "On DeepSearch, it achieves a 57.1% success rate": no apposition
        if not coordinated and window[:2] in ([",", "which"], [",", "that"]) and window[2:3] not in (["is"], ["are"], ["was"], ["were"]):
            return None  # "UNIFIEDQA, that performs well across 19 QA datasets": a clause of what X does, not what it is
        if window[:1] == [","] or window[:1] in (["is"], ["as"], ["are"]):
            for k, word in enumerate(window[1:8]):
                if word.replace(".", "", 1).isdigit():
                    break  # "On SynthText, our detector achieves 91% accuracy": a score, no apposition
                plural = coordinated and k < 3 and word.endswith("s")  # ", two new benchmarks", not "…, which beats existing methods"
                label = self.words.type_heads.get(word) or (plural and self.words.type_heads.get(word[:-1])) or None
                if label:
                    return self.head_type_word(window[k + 2 : 8], label)
        return None

    def counts_its_items(self, doc: Doc, j: int) -> bool:
        """"X contains 1,000 …", "X, which consists of over 400K …", "X, comprising 37 …": a
        name that holds a counted number of items is data (span train: 34 of 36 such names
        annotated are datasets or benchmarks; the other two say "with", which is left out)."""
        words = [t for t in doc[j : j + 6] if t.text != ","]
        if words[:1] and words[0].lower_ in ("which", "that"):
            words = words[1:]
        if not words or words[0].lower_ not in self.words.contain_verbs:
            return False
        rest = [t for t in words[1:] if t.lower_ not in ("of", *self.words.count_hedges)]
        # a count in digits: "comprises of three key components" is a system's parts, not data
        return bool(rest) and any(c.isdigit() for c in rest[0].text) and (rest[0].like_num or COUNT.fullmatch(rest[0].text) is not None)

    def head_type_word(self, rest: list[str], label: str) -> str:
        """The type of the last type word of the apposition's noun phrase, its head: "X, a
        code-switching data augmentation approach" is a method, "X, a language model benchmark"
        a benchmark (the first type word, "data" or "model", modifies the head)."""
        for word in rest:
            if not word.isalpha() or word in self.words.np_breaks or word.endswith(("ing", "ed")):
                break  # "X, a model achieving higher accuracy": the head came before the verb
            label = self.words.type_heads.get(word, label)
        return label

    def type_word_before(self, doc: Doc, i: int) -> str | None:
        """A type word the name follows: "a metric called X", "a new benchmark, X,", "two new
        datasets: X and Y" (the plural only before a colon)."""
        j = i - 1
        k = j
        while k > 1 and doc[k].text in (",", "and", "or"):
            while k > 1 and doc[k].text in (",", "and", "or"):
                k -= 1
            if not is_name_token(doc[k]):
                break
            k -= 1
        if k < j and doc[k].text == "(" and doc[k - 1].lower_.endswith("s"):
            return self.words.type_heads.get(doc[k - 1].lower_[:-1])  # "three datasets (KorLearn, KorNative, and KorWeb)": the list's plural
        if j > 1 and doc[j].lower_ == "the" and doc[j - 1].lower_ in self.words.naming:
            j -= 1  # "a benchmark dataset called the artist20"
        while j > 0 and (doc[j].lower_ in self.words.naming or doc[j].text in ('"', "'", "`", "``", "(") or self.naming_as(doc, j)):
            j -= 1
        if j > 0 and doc[j].text == ":" and doc[j - 1].lower_.endswith("s"):
            return self.words.type_heads.get(doc[j - 1].lower_[:-1])
        counted = self.counted_plural_before(doc, i)
        if counted:
            return counted
        if j < i - 1 and j >= 0:  # after "called", "named", a quote: the type word itself
            word = doc[j].lower_
            if doc[j + 1].text == "(" and word.endswith("s") and word not in self.words.type_heads:
                return self.words.type_heads.get(word[:-1])  # "we collect three datasets (KorLearn, …)": the plural before a bracket
            return self.words.type_heads.get(word)
        if j > 0 and doc[j].text == "-" and doc[j - 1].text == "-":
            j -= 1  # "--" may be two tokens
        if j > 0 and doc[j].text in APPOSITION_MARKS and any(t.lower_ in APPOSITION_TYPE_OPENERS for t in doc[max(0, j - 7) : j - 1]):
            # "a new benchmark, X, …", "a novel image editing benchmark -- TECCI", "The resulting dataset, X,", "a single
            # pre-trained QA model, X,"
            return self.words.type_heads.get(doc[j - 1].lower_)
        return self.type_word_of_examples(doc, i)

    def counted_plural_before(self, doc: Doc, i: int, marks: tuple[str, ...] = (",",)) -> str | None:
        """"on two benchmark datasets, OhioT1DM and DiaTrend": a counted plural type word, a
        comma (or another of ``marks``), then the list the name is in (span train: 23 of 27 names
        after "N … datasets," are datasets); the count keeps out "Unlike prior methods, X …"."""
        k = i - 1
        while k > 1 and i - k < 12 and (doc[k].text in ("and", "or") or is_coined_token(doc[k])  # "KDA_disc and KDA_cont"
                                       or doc[k].text == "," and is_coined_token(doc[k - 1])):
            k -= 1
        if k < 2 or doc[k].text not in marks or not doc[k - 1].lower_.endswith("s"):
            return None
        label = self.words.type_heads.get(doc[k - 1].lower_[:-1])
        if label and any(t.like_num or t.lower_ in ("several", "multiple") for t in doc[max(0, k - 5) : k - 1]):
            return label
        return None

    def cue_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """Name-shaped words right before a type word: "the ELUDe dataset", "VEC benchmark"."""
        lowers = token_words(doc)[1]
        for i in range(len(doc) - 1):
            if lowers[i + 1] not in self.words.type_heads:
                continue  # every reading below starts from a type word next
            token, nxt = doc[i], doc[i + 1]
            label = self.words.type_heads.get(nxt.lower_)
            if i + 2 < len(doc) and label and self.words.type_heads.get(lowers[i + 2]) in ("Dataset", "Benchmark"):
                label = self.words.type_heads[lowers[i + 2]]  # "X benchmark dataset" is a dataset
            if label in ("Dataset", "Benchmark") and is_name_token(token) and not self.is_generic(token.text) and not self.lookup(token.text):
                if self.described(doc, token.i):
                    continue  # "A Cross-Domain Dataset", "a Data-Centric Benchmark": described, not named
                if glued_after_hyphen(doc, token.i):
                    continue  # "non-IID data", "Nd II-III dataset": the tail of a longer word names nothing
                after = doc[token.i + 2] if token.i + 2 < len(doc) else None
                if after is not None and token.i < doc._.kg_title_end and after.is_title and after.lower_ not in self.words.type_heads:
                    continue  # "Paraphrasing-Guided Data Augmentation": the type word modifies a longer title phrase
                start = token.i
                if VERSION_SEGMENT.match(token.text):
                    if start == 0 or not is_name_token(doc[start - 1]):
                        continue  # a version alone names nothing
                    start -= 1  # "the cMedQA V1.0 dataset": the name with its version
                # "ForesightSafety Bench", "C-SEO Bench": a capitalised "Bench" is part of the name, as
                # glued ("MT-Bench") it is (span train: kept in the gold name 5 times in 5)
                end = token.i + 2 if nxt.text == "Bench" else token.i + 1
                # "the Explore ToM Dataset": the capitalised run the name ends is the name ("ToM" was)
                run = list(self.titled_run_before_cue(doc, token.i, label)) if token.i > doc._.kg_title_end and start == token.i else []
                if run and run[0].start < start:
                    yield run[0]  # "the KIT Motion-Language Dataset"
                elif not self.words_compound(token.text):
                    yield Candidate(start, end, label, "cue")  # not "Code-Mixed Data", "the Counter-Strike dataset"
            elif label in ("Dataset", "Benchmark") and token.i > doc._.kg_title_end:
                yield from self.titled_run_before_cue(doc, token.i, label)

    def apposition_typed_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """A coined word set off by a comma before an apposition that a type word heads: "REMEDI, a
        method for …", "SYMPCODER, a human-annotated dataset derived from …", "v-MLLM, a generalizable
        model that …". The apposition says what the word names, though no propose verb introduces it
        (the unseen draw of session 59 and span train; see docs/history-entities.md, miss59). The
        type word must end the apposition's noun phrase ("the Layered Academic Data Universe" is
        headed by "Universe"), and the phrase no main clause ("On XBench, the method achieves …").
        Not a word the lists hold or call generic, a count or size, a word after "of" or after a
        preposition opening the sentence, nor the tail of a capitalised run ("Information Behavior
        Theory IBT, a theoretical framework"). Its own rule, which the span typer does not review: under
        "cue" the typer read "SoundNet, a fully convolutional neural network trained … on a … video
        dataset" as a Dataset."""
        lowers = token_words(doc)[1]
        for i in range(len(doc) - 3):
            if lowers[i + 1] != "," or lowers[i + 2] not in self.words.articles:
                continue
            start = i
            while glued_after_hyphen(doc, start):
                start -= 2  # "v-MLLM": the whole hyphen-glued word
            text = doc[start : i + 1].text
            if not (name_shaped(text) if start < i else is_coined_token(doc[i])) or doc[i].like_num or SIZE_TOKEN.match(text) or PLURAL_CLASS.match(text) \
                    or VERSION_SEGMENT.match(text):
                continue  # "LLaMA-Adapter V2, a …": a version names nothing alone
            if self.lookup(text) is not None or self.is_generic(text):
                continue
            if start > 0 and not doc[start].is_sent_start:
                word = start - 1
                while glued_after_hyphen(doc, word):
                    word -= 2  # "Multi-ref EC, a …": the word before, from its first part
                if doc[start - 1].lower_ == "of" or (lowers[i + 2] == "the" and self.fronted_place(doc, start)):
                    continue  # "variants of MCI, a …"; "On low-dose CT, the model …" fronts a place, no apposition
                if doc[word].text[:1].isupper() and doc[word].is_alpha and not doc[word].is_sent_start:
                    continue  # "Information Behavior Theory IBT, …", "Multi-ref EC, …": a longer name's tail
            label = self.apposition_head(doc, i + 3)
            if label is not None:
                yield Candidate(start, i + 1, label, "apposition_name")  # not the span typer's to retype: the apposition states the type

    def kind_named_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """A name-shaped word right after a singular kind noun that heads a noun phrase: "the
        state-of-the-art method TMP", "a new dataset REN-20k", "a hybrid alignment framework
        HaF-RM". The noun says what the word names (its type, ``words.type_heads``), as "X, a
        method for ..." does (``apposition_typed_candidates``); no rule read it when no propose verb,
        bracket or list came with it. The kind noun is one of ``words.kind_named_nouns``, written
        in lower case, and a word of ``words.kind_named_openers`` opens its phrase at most
        ``words.kind_named_reach`` words before it past lower-case words, hyphens and commas only, no
        free-standing stop word (else the noun is a verb: "We benchmark MORE", "to model f0"; or a
        label: "for dataset D1"). Not a number, size, version or plural class ("baseline LLMs"), a
        listed or generic word, a word glued to the next one or to a stop word ("with0.6B"), nor the
        first word of a longer capitalised name. After "our" (``words.kind_named_own_openers``) the name is
        the paper's own: "Our approach CoMEM" (span train's gold: PROPOSES). Counted on span train and the unseen draw of
        session 66: docs/history-entities.md, session 66 (kindname66)."""
        lowers = token_words(doc)[1]
        for i in range(max(1, doc._.kg_title_end), len(doc) - 1):
            if lowers[i] not in self.words.kind_named_nouns or not doc[i].is_lower or doc[i].whitespace_ != " ":
                continue
            token = doc[i + 1]
            text = token.text
            if not is_name_token(token) or token.like_num or not any(c.isalpha() for c in text) or SIZE_TOKEN.match(text) \
                    or PLURAL_CLASS.match(text) or VERSION_SEGMENT.match(text) or self.lookup(text) is not None or self.is_generic(text):
                continue
            glued = LEADING_LOWER_WORD.match(text)
            if glued and glued.group() in STOP_WORDS:
                continue  # "a large model with0.6B weights": a lost space, no name
            if i + 2 < len(doc) and (not token.whitespace_ and not doc[i + 2].is_punct or doc[i + 2].text[:1].isupper()):
                continue  # "with0.6B-x", "MIXER Network": part of a longer word or name
            opener = self.kind_phrase_opener(doc, i)
            if opener is None:
                continue
            own = opener in self.words.kind_named_own_openers  # "Our approach CoMEM": the paper's own
            yield Candidate(i + 1, i + 2, self.words.type_heads[lowers[i]], "apposition_name", proposed=own)

    def kind_named_before_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A name-shaped word between "the" and a singular method or model kind noun: "the AGNN
        model achieves …", "the cellRCCA method for …". The noun types the word as it does after
        it in ``kind_named_candidates`` ("the method TMP"); ``cue_candidates`` reads only data
        nouns so ("the ELUDe dataset"). Only "the" or "our" (``words.kind_named_before_openers``;
        "our SSQP method" is the paper's own) right before the word, and a lower-case noun of
        ``words.kind_named_before_nouns`` right after it (not "framework", "toolkit", "library":
        libraries as often as names). The word as ``kind_named_candidates`` takes it, and not a
        conversion written with a 2 ("the E2E model", "the G2P system": a manner or a task). Only
        a word no rule read anywhere in the text (called last): where one did, its reading and
        rule stand (run with the other cue rules, it took "LLM-KG-Bench" from a benchmark reading
        and relabelled two dozen coined names). Counted on the unseen draw of session 70, a corpus
        slice and span train: docs/history-entities.md, session 70 (miss70)."""
        lowers = token_words(doc)[1]
        read = {fold_name(span_text(doc[c.start : c.end])) for c in found}
        out = []
        for i in range(max(2, doc._.kg_title_end + 2), len(doc)):
            if lowers[i] not in self.words.kind_named_before_nouns or not doc[i].is_lower:
                continue
            label = self.words.type_heads[lowers[i]]
            token, opener = doc[i - 1], lowers[i - 2]  # "my" read as "our" (token_words)
            text = token.text
            if opener not in self.words.kind_named_before_openers or not token.whitespace_ or not doc[i - 2].whitespace_:
                continue
            if not is_name_token(token) or token.like_num or not any(c.isalpha() for c in text) or SIZE_TOKEN.match(text) \
                    or PLURAL_CLASS.match(text) or VERSION_SEGMENT.match(text) or self.lookup(text) is not None or self.is_generic(text) \
                    or CONVERSION_ACRONYM.fullmatch(text):
                continue
            glued = LEADING_LOWER_WORD.match(text)
            if glued and glued.group() in STOP_WORDS:
                continue  # "the with0.6B model": a lost space, no name
            if fold_name(text) in read or any(c.start < i and i - 1 < c.end for c in found):
                continue  # another rule read the word: its reading stands
            own = opener in self.words.kind_named_own_openers  # "our DeLVM approach": the paper's own
            out.append(Candidate(i - 1, i, label, "apposition_name", proposed=own))
        return out

    def kind_phrase_opener(self, doc: Doc, i: int) -> str | None:
        """The opener of ``words.kind_named_openers`` (lower-cased) that starts the noun phrase the kind
        noun at ``i`` ends, past at most ``words.kind_named_reach`` lower-case words (a hyphen-glued run
        is one), hyphens or commas; None if none does."""
        j, words = i - 1, 0
        while j >= 0 and words < self.words.kind_named_reach:
            words += bool(doc[j].whitespace_)  # "table-to-text" is one word of five tokens
            if doc[j].lower_ in self.words.kind_named_openers:
                return doc[j].lower_
            if not (doc[j].is_lower or doc[j].text in ("-", ",")) or doc[j].is_sent_start:
                return None
            if doc[j].is_stop and doc[j].whitespace_ and (j == 0 or doc[j - 1].whitespace_):
                return None  # "results for dataset D1": a preposition, not a modifier ("state-of-the-art" is glued)
            j -= 1
        return None

    def apposition_head(self, doc: Doc, start: int) -> str | None:
        """The type of the type word that ends the noun phrase opening at ``start``, if one does and
        the phrase is no clause's subject: the next word is a mark, a phrase break ("for", "that",
        "we"), or a participle ("leveraging", "derived")."""
        end = start
        while end < len(doc) and end - start < APPOSITION_HEAD_REACH and (doc[end].is_alpha or doc[end].text == "-") \
                and doc[end].lower_ not in self.words.np_breaks and not self.participle_after_head(doc, start, end):
            end += 1
        if end == start or end >= len(doc) or doc[end - 1].lower_ not in self.words.type_heads:
            return None
        nxt = doc[end]
        if nxt.lower_ in self.words.apposition_clause_verbs \
                or not (nxt.is_punct or nxt.lower_ in self.words.np_breaks or nxt.lower_.endswith(("ing", "ed"))):
            return None  # "XBench, the proposed method achieves …", "…, the model was": a main clause, not an apposition
        return self.words.type_heads[doc[end - 1].lower_]

    def participle_after_head(self, doc: Doc, start: int, end: int) -> bool:
        """"X, a dataset derived from …", "X, a model trained on …": a participle right after the type word
        ends the apposition's noun phrase. Before the type word it is a modifier ("an embedding model",
        "a weakly supervised approach", "a widely used benchmark"), as a glued one is ("human-annotated")."""
        return (end > start and doc[end].lower_.endswith(("ing", "ed")) and not glued_after_hyphen(doc, end)
                and doc[end - 1].lower_ in self.words.type_heads)

    def fronted_place(self, doc: Doc, start: int) -> bool:
        """The sentence opens with a preposition (``words.fronted_place_prepositions``) and no comma comes
        before ``start``: "On XBench, the …"."""
        sent = sentence_at(doc, start)
        return sent[0].lower_ in self.words.fronted_place_prepositions and not any(t.text == "," for t in doc[sent.start : start])

    def architecture_family_candidates(self, doc: Doc) -> Iterator[Candidate]:
        """The guideline's architecture family before "-based" or "model(s)" ("Transformer-based
        models", "pre-trained transformer models"): the recogniser found the family alone in
        about half of such abstracts. Not after a capitalised word in the abstract ("Swin
        Transformer-based": a longer name)."""
        lowers = token_words(doc)[1]
        for tok in (doc[i] for i in range(len(doc) - 1) if lowers[i].removesuffix("s") in self.words.architecture_families):
            nxt = doc[tok.i + 2] if doc[tok.i + 1].text == "-" and tok.i + 2 < len(doc) else doc[tok.i + 1]
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if nxt.lower_ not in self.words.architecture_family_cues and not self.family_alone_in_title(doc, tok) \
                    and not self.family_named_alone(doc, tok):
                continue
            if prev is not None and tok.i > doc._.kg_title_end and not prev.is_sent_start and prev.text[:1].isupper():
                continue
            yield Candidate(tok.i, tok.i + 1, "Method", "cue")

    def studied_generic_candidates(self, doc: Doc) -> list[Candidate]:
        """A generic training term ("fine-tuning") that the title names and the abstract names on
        its own, after a function word or punctuation: the technique the paper studies, which the
        guideline counts as a Method (lexicon ``studied_generic_methods``). Span train, titles that
        write it: gold 15 times in 22; elsewhere a coin flip, and the sample-like golds leave it out."""
        title_end = doc._.kg_title_end or 0
        if not self._studied_generic or not any(self.studied_generic_mentions(doc, 0, title_end)):
            return []
        found = [Candidate(i, i + n, "Method", "cue") for i, n in self.studied_generic_mentions(doc, 0, len(doc))
                 if i == 0 or doc[i].is_sent_start or doc[i - 1].is_punct or doc[i - 1].is_stop or doc[i - 1].is_space]
        if sum(1 for c in found if c.start >= title_end) < self.words.studied_generic_min:
            return []
        return found

    def studied_generic_mentions(self, doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
        """(start, length) of each studied generic term between start and end: "finetuning",
        "Fine-Tuning" (one token), "fine-tuning" (split at its hyphen) or "fine tuning"."""
        for i in range(start, end):
            for n in (1, 3, 2):
                if i + n <= end and fold_name(words_text(doc, i, i + n)) in self._studied_generic:
                    yield i, n
                    break

    def family_named_alone(self, doc: Doc, tok) -> bool:
        """"the Transformer", "a transformer encoder", "the Transformer architecture": the family
        after an article names the architecture itself (span train: gold lists it in 10 of 11
        abstracts where kg had not). Not before a hyphen or a capitalised word ("the Transformer-XL",
        "the Transformer Hawkes Process": a longer name), nor before a component noun ("the
        Transformer block": a part of it; sample dev does not list the family there). Not in the
        plural opening a sentence either ("Transformers are slow …"): span train lists it, the
        sample-like golds do not."""
        if tok.i < doc._.kg_title_end or tok.is_sent_start:
            return False
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text == "-" and not tok.whitespace_ or nxt.text[:1].isupper() or nxt.lower_ in self.words.component_nouns):
            return False
        return doc[tok.i - 1].lower_ in self.words.articles

    def named_run_opened(self, doc: Doc, start: int, last: int) -> bool:
        """A run of two words or more that a capitalised type word ends, opened by other than "a" /
        "an" (a description: "a Multi-modal Evaluation Benchmark") or a bracket: "DementiaBank's Pitt
        Corpus", "our new Visual Abstractions Dataset", "published as Sign Language Digits Dataset"; a
        lower-case word or a possessive before it."""
        before = doc[start - 1]
        return (last > start and doc[last + 1].text in self.words.named_data_heads and before.lower_ not in ("a", "an")
                and (before.is_lower and before.is_alpha and not glued_after_hyphen(doc, before.i) or before.lower_ in ("'s", "’s")))
        # not "3DCoMPaT Grounded …", "Corss-domain Multimodal … Corpus": a name cut inside a word

    @staticmethod
    def described(doc: Doc, i: int) -> bool:
        """The word at ``i`` ends a capitalised phrase that "a"/"an" opens: "A Cross-Domain
        Dataset", "A Novel Multilingual and Multimodal DeepFake Dataset" (a title that has
        named its dataset before the colon) describe a dataset, they do not name one."""
        j = i - 1
        while j >= 0 and i - j <= MAX_DESCRIBED_WORDS:
            word = doc[j]
            if word.lower_ in ("a", "an"):
                return True
            if not (word.is_title or word.lower_ in ("and", ",", "-") or word.is_upper):
                return False
            j -= 1
        return False

    def task_object_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A task with what it works on after a preposition its head takes ("question answering
        over knowledge graphs", "Question Answering over Linked Data"; lexicon
        ``task_object_prepositions``), after a listed task: the words up to the first stop word or
        punctuation, at most three; the longer span wins in resolve."""
        out = []
        for c in found:
            if c.label != "Task" or c.rule not in ("gazetteer", "modified_name") or c.end + 1 >= len(doc) \
                    or doc[c.end].lower_ not in self.words.task_object_preps.get(doc[c.end - 1].lower_, ()):
                continue  # (a phrase rule's span is trimmed later: "study question answering")
            end = c.end + 1
            while end < len(doc) and end - c.end <= 3 and (doc[end].is_alpha or doc[end].text == "-") and not doc[end].is_stop:
                end += 1
            if doc[end - 1].text == "-":
                end -= 1
            if end > c.end + 1:
                out.append(Candidate(c.start, end, "Task", "modified_name"))
        return out

    def modified_name_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A listed task or method with the words before it that make it a narrower one:
        "multi-hop KBQA", "unsupervised speech enhancement", "biomedical VQA" (the guideline keeps
        such modifiers in the span). Only words the span corpus's annotators keep there
        (lexicon ``listed_name_modifiers``, learned from train by tools/lexicon/span_vocabulary.py),
        never evaluative ones ("robust", "novel", "existing"). Named as written. A listed method
        written with capitals ("LoRA", "CNNs", "Long Short-Term Memory") is a name of its own:
        "controlled LoRA", "multimodal LSTM", "private GANs" describe a use of it (span train:
        the longer span was the annotated one 2 times in 11 such). In the title, where every word
        is capitalised, the same words count ("Zero-Shot Text-to-Video Generation"; span train: 23
        times in 27 the longer name was the gold one). A lower-case method also keeps a hyphenated word
        ending in a narrowing part ("query-aware attention mechanism", "layer-wise quantization";
        lexicon ``method_modifier_suffixes``). A listed task keeps a word the task phrases keep too
        ("text-based VQA", "code-mixed sentiment analysis"; lexicon ``task_phrase_keep``; span train:
        the longer name gold in 4 papers of 5). A word that says how a model works (lexicon
        ``task_manner_modifiers``: "contrastive", "latent") makes the phrase a method's use of a
        listed task, which then takes no modifier at all ("parallel data voice conversion"; span
        train: 5 nodes changed, the listed task the gold one in 4)."""
        out = []
        for c in found:
            if c.rule != "gazetteer" or c.label not in ("Task", "Method"):
                continue
            if c.label == "Task" and doc[c.end - 1].lower_ in self.words.pair_task_heads and (pair := self.language_pair_before(doc, c.start)) is not None:
                out.append(Candidate(pair, c.end, c.label, "modified_name"))  # "English-Japanese machine translation"
                continue
            if c.label == "Method" and not words_text(doc, c.start, c.end).islower():
                continue
            title_cased = c.end <= doc._.kg_title_end and all(t.text[:1].isupper() for t in doc[c.start : c.end] if t.is_alpha and not t.is_stop)
            start = c.start
            while start > 0 and c.start - start < 3:
                first = start - 1
                while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_ \
                        and doc[first - 2].text[-1:].isalnum():  # not "(WSI)-level": a bracket ends no word
                    first -= 2  # "multi-hop", "zero-shot": the tokenizer splits at the hyphen
                word = span_text(doc[first:start])
                sentence_case = doc[first].is_sent_start and span_text(doc[c.start : c.end]).islower()  # "Textual sentiment analysis is …"
                narrows = (word.lower() in self.words.name_modifiers
                           or c.label == "Task" and (word.lower() in self.words.task_name_modifiers or word.lower() in self.words.task_phrase_keep)
                           or c.label == "Method" and word.islower() and word.endswith(self.words.method_modifier_suffixes)
                           or c.label == "Task" and start == c.start and self.narrowing_compound(word)
                           and (title_cased or word.lower().split("-", 1)[0] in self.words.task_narrowing_prefixes
                                or word.lower().rsplit("-", 1)[-1] in self.words.task_narrowing_suffixes))
                if not narrows or word[:1].isupper() and not word.isupper() and not (sentence_case or title_cased):
                    break  # "Open Mixture-of-Experts" in an abstract: a name's words, not a modifier
                if c.label == "Task" and word.lower() in self.words.task_manner_modifiers:
                    start = c.start  # "convolutional image classification", "parallel data voice conversion": a method's use
                    break
                if self.is_generic(f"{word} {doc[start].text}"):
                    break  # "Large Language Model Compression": the word belongs to a class word, "language model"
                if word.lower() in self.words.modifier_compound_nouns:
                    start = self.modifier_compound_start(doc, first, start, title_cased)
                    break
                start = first
            if start < c.start:
                out.append(Candidate(start, c.end, c.label, "modified_name"))
        return out

    def widen_to_name_adverbs(self, doc: Doc, chosen: list[Candidate], taken: set[int], label_of: dict[str, str | None]) -> None:
        """A task or method name takes the adverb right before it that says how the thing works
        (lexicon ``name_adverbs``): "differentially private SGD", "Weakly Supervised Semantic
        Segmentation", "lexically constrained decoding". The rules start such names at the adjective
        ("Private Two-Stage Gradient Descent", "supervised learning"); span train's gold keeps the adverb
        in all 43 such places, and leaves out discourse and degree adverbs ("namely" 0 of 43, "especially",
        "fully" 4 of 7), which the list does not hold. Not before a short form ("fully AR"), nor over a hyphen.
        A listed name so widened is named as written, as the modified names are. Run after the typing,
        the widened name keeps the type (or the drop) its words had: the span typer, asked about the
        longer words, dropped "Differentially Private Federated Quantum Learning" and kept "semantically
        proximal classification" (of "… classification errors") on the unseen draw."""
        for cand in chosen:
            label = label_of.get(fold_name(words_text(doc, cand.start, cand.end)))
            if label not in ("Task", "Method") or not doc[cand.start].is_alpha or doc[cand.start].is_upper:
                continue
            start = cand.start
            while start > 0 and start - 1 not in taken and doc[start - 1].lower_ in self.words.name_adverbs and doc[start - 1].whitespace_:
                start -= 1  # "Dynamically Differentially Private Projected SGD"
            if start < cand.start:
                old = span_text(doc[cand.start : cand.end])
                taken.update(range(start, cand.start))
                cand.start = start
                cand.canonical = cand.family = cand.variant = None  # "weakly supervised learning" is not the listed "supervised learning"
                if cand.long_form == old:
                    cand.long_form = span_text(doc[cand.start : cand.end])
                label_of.setdefault(fold_name(words_text(doc, cand.start, cand.end)), label)

    def modifier_compound_start(self, doc: Doc, noun: int, start: int, cased: bool) -> int:
        """Where a modified name starts whose next modifier, at token ``noun``, is a noun the word
        before it modifies in turn (lexicon ``modifier_compound_nouns``): "closed domain question
        answering", "Educational Domain Question Answering" take that word too; "general domain VQA"
        takes neither (``start``, as it was), the scope word (``task_modifier_stop``) and its noun
        being no part of the task ("domain VQA" is no name). ``cased``: the name's words are
        capitalised anyway (a title, a sentence start)."""
        before = doc[noun - 1] if noun > 0 else None
        if (before is None or not before.is_alpha or before.is_stop or before.lower_ in self.words.task_stop
                or before.text[:1].isupper() and not (cased or before.is_sent_start)):
            return start
        return before.i

    def title_head_method_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A title that opens with one or two describing words and a listed method, then ends or
        goes on with a colon or a function word, names the paper's own variant by the whole head:
        "Intermediate direct preference optimization", "Factorized Contrastive Learning: …",
        "Object-aware Video-language Pre-training for Retrieval" (the listed name alone was the
        node). Each describing word capitalised ("Discrete linear-complexity reinforcement learning"
        is a description). Not verbs or openers ("Rethinking Data Augmentation", "Towards …"), judging words
        ("Efficient Retrieval Augmented Generation"; lexicon ``task_modifier_stop``), nor a method
        written with capitals ("Quantized GAN": a use of a named one). The paper proposes it. Span
        train: 13 new names, 9 of them the gold name; 6 same-span names turned proposed, 4 rightly."""
        out = []
        for c in found:
            if c.rule != "gazetteer" or c.label != "Method" or c.start == 0 or c.end > doc._.kg_title_end:
                continue
            head = doc[: c.start]
            words = span_text(head).split()
            if not 1 <= len(words) <= 2 or any(sum(ch.isupper() for ch in t.text) > 1 for t in doc[c.start : c.end]):
                continue
            if any(not re.fullmatch(r"[A-Za-z][A-Za-z-]*", w) or w.lower() in self.words.task_stop or w.lower().endswith("ing") or w.lower() in self.words.title_openers
                   or w.lower() in self.words.title_verbs or not w[:1].isupper() for w in words) or any(t.is_stop for t in head):
                continue
            after = doc[c.end] if c.end < doc._.kg_title_end else None
            if after is None or after.is_space or after.text in (":", "?") or after.is_stop:
                out.append(Candidate(0, c.end, "Method", "modified_name", proposed=True))
        return out

    def type_word_after_name(self, doc: Doc, end: int) -> str | None:
        """The type word right after a name, past its short form in brackets: "… Answering model
        (GVQA)", "… Answering (FSVQA) dataset"."""
        j = end
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
            j += 3
        return self.words.type_heads.get(doc[j].lower_) if j < len(doc) else None

    def evaluated_on(self, doc: Doc, folded: str) -> str | None:
        """"results on ScreenSpot and AndroidControl": a name that things are evaluated on,
        in a sentence about evaluation, is data."""
        for i in folded_token_positions(doc).get(folded, ()):
            j = i - 1
            cites = citation_tokens(doc)
            while j > 0 and (doc[j].text in (",", "and", "or") or j in cites or (MIXED_CASE_NAME.match(doc[j].text) and j < i)):
                j -= 1  # back over a list of names to its preposition
            if doc[j].lower_ in ("on", "across") and any(t.lower_ in self.words.eval_cues for t in sentence_at(doc, i)):
                return "Dataset"
        return None
