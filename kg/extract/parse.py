"""Selective parsing: run the trained tagger and parser only on the sentences that need it.

Most sentences of an abstract hold no relation; parsing them is what makes a plain
``spacy.load(...).pipe`` slow. Parsed sentences are kept on ``doc._.kg_parses``
({first token index of the sentence: parsed sentence Doc}) for later components.
"""
import re
from collections.abc import Iterable, Iterator

from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, LENGTH, LOWER, NORM, ORTH, SPACY
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens._retokenize import set_token_attrs
from spacy.tokens import Doc, Span

# Words that end one clause and open another: a claim does not reach across them.
CLAUSE_BREAKS = {";", "while", "whereas", "but", "although", "though"}
# Propose verbs that also say a listed method is put to use ("we train 3D Gaussian Splatting with …").
TRAIN_VERBS = frozenset({"train", "trains", "trained", "training"})
# What the recogniser writes on each name's span (``kg.extract.entities`` registers them): a join that
# rebuilds a span carries them all (``name_joins.widen_cut_restatements``).
SPAN_EXTENSIONS = ("kg_rule", "kg_canonical", "kg_family", "kg_variant", "kg_long_form", "kg_proposed", "kg_confidence")

if not Doc.has_extension("kg_parses"):
    Doc.set_extension("kg_parses", default=None)
if not Doc.has_extension("kg_title_end"):
    Doc.set_extension("kg_title_end", default=0)  # the first token of the abstract (kg.extract.pipeline.make_doc)


LEMMATIZER = "lemmatizer"
_LEMMATIZER_KEY = "kg_lemmatizer"


def parse_sentences(nlp: Language, components: list[str], sents: Iterable[Span]) -> None:
    """Parse ``sents`` in one batch and store each result on its document. The lemmatizer is
    not run over every token: rules read the lemma of a few, so ``lemma`` asks it per token."""
    jobs = [s for s in sents if s.doc._.kg_parses is None or s.start not in s.doc._.kg_parses]
    if not jobs:
        return
    subdocs: Iterable[Doc] = (sentence_doc(s) for s in jobs)
    lemmatizer = None
    for name in components:
        if name == LEMMATIZER:
            lemmatizer = nlp.get_pipe(name)
            continue
        pipe = nlp.get_pipe(name)
        subdocs = _attribute_rules(pipe, subdocs) if isinstance(pipe, AttributeRuler) else pipe.pipe(subdocs)
    for sent, parsed in zip(jobs, subdocs):
        if lemmatizer is not None:
            parsed.user_data[_LEMMATIZER_KEY] = lemmatizer
        if sent.doc._.kg_parses is None:
            sent.doc._.kg_parses = {}
        sent.doc._.kg_parses[sent.start] = parsed


def _attribute_rules(ruler: AttributeRuler, docs: Iterable[Doc]) -> Iterator[Doc]:
    """``ruler.pipe(docs)`` with one Token object per match: spaCy's ``set_annotations`` makes a
    Span and two Tokens for each (the tag map matches every token of every parsed sentence).
    The same matches, in the same order, set the same attributes on the same token."""
    for doc in docs:
        for attr_id, match_id, start, end in ruler.match(doc):
            index = ruler.indices[attr_id]
            i = (end if index < 0 else start) + index
            if not start <= i < end:
                ruler.set_annotations(doc, [(attr_id, match_id, start, end)])  # spaCy's error for a bad index
            set_token_attrs(doc[i], ruler.attrs[attr_id])
        yield doc


def lemma(token) -> str:
    """``token.lemma_`` of a parsed sentence's token, as the lemmatizer would have set it
    (it sets only lemmas still unset, from the token's text, part of speech and morphology)."""
    if token.lemma:
        return token.lemma_
    lemmatizer = token.doc.user_data.get(_LEMMATIZER_KEY)
    return lemmatizer.lemmatize(token)[0] if lemmatizer is not None else token.lemma_


def sentence_doc(sent: Span) -> Doc:
    """A sentence as a Doc of its own, for the parser.

    ``Span.as_doc()`` converts the *whole* document to an array for every sentence, so
    parsing each sentence of a long text is quadratic; this copies only the sentence's
    tokens (text, spacing, norms, and one sentence), which is all the tagger and parser read.
    """
    doc, a, b = sent.doc, sent.start, sent.end
    words = token_words(doc)[0][a:b]  # the Doc's cached strings: no Token object per word
    spaces = token_offsets(doc)[2][a:b]
    norms = doc.to_array(NORM)[a:b].tolist()
    strings = doc.vocab.strings
    sub = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
    for i, (mine, norm) in enumerate(zip(sub.to_array(NORM).tolist(), norms)):
        if mine != norm:
            sub[i].norm_ = strings[norm]
    return sub


def forget_sentences(doc: Doc) -> None:
    """Drop the cached sentence tables and parses of a Doc whose sentence boundaries moved."""
    doc.user_data.pop(_BOUNDS, None)
    doc.user_data.pop(_SENT_OF, None)
    doc.user_data.pop(_SENTS, None)
    doc._.kg_parses = None


def join_sentences_split_inside_names(doc: Doc) -> None:
    """A sentence boundary inside an entity ("Yahoo! Answers") is the sentencizer's mistake:
    remove it, so that every entity lies in one sentence (rules index a sentence's parse by
    the entity's tokens). Cached sentence tables and parses are dropped when anything moves."""
    moved = False
    for ent in doc_ents(doc):
        for token in ent[1:]:
            if token.is_sent_start:
                token.is_sent_start = False
                moved = True
    if moved:
        forget_sentences(doc)


def parsed_sentence(sent: Span) -> Doc | None:
    """The parse of ``sent`` if a component asked for one."""
    parses = sent.doc._.kg_parses
    return parses.get(sent.start) if parses else None


_BOUNDS = "kg_sentence_bounds"
_SENT_OF = "kg_sentence_of_token"


def _sentence_tables(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """(sentence bounds, sentence index per token), computed once per Doc.

    ``Token.sent`` and ``Span.ents`` rescan the document on every call, which makes an
    abstract with many sentences quadratic; these tables make the lookups O(1).
    """
    tables = doc.user_data.get(_BOUNDS)
    if tables is None:
        sents = doc.user_data[_SENTS] = list(doc.sents)  # the Spans too: sentence_at hands them out
        bounds = [(s.start, s.end) for s in sents]
        sent_of = [0] * len(doc)
        for k, (a, b) in enumerate(bounds):
            for i in range(a, b):
                sent_of[i] = k
        doc.user_data[_BOUNDS] = bounds
        doc.user_data[_SENT_OF] = sent_of
    return doc.user_data[_BOUNDS], doc.user_data[_SENT_OF]


_WORDS = "kg_token_words"


def token_words(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's text and lower-case text, once per Doc: a rule looking for a few words
    scans these strings instead of making a Token object per word, most of a scan's cost when
    a dozen rules each walk every abstract. Read from the Doc's arrays (``Token.text`` and
    ``Token.lower_`` are these strings of the token's lexeme), so no Token is made."""
    words = doc.user_data.get(_WORDS)
    if words is None:
        strings = doc.vocab.strings
        texts = [strings[o] for o in doc.to_array(ORTH).tolist()]
        lowers = first_person_as_authors(texts, [strings[o] for o in doc.to_array(LOWER).tolist()])
        words = doc.user_data[_WORDS] = (texts, lowers)
    return words


# Nouns a Roman numeral "I" follows ("type I errors", "Stage I", "Part I provides"): no pronoun there.
NUMERAL_NOUNS = frozenset({"type", "types", "class", "classes", "stage", "phase", "part", "level", "grade", "category",
                           "tier", "track", "task", "sub-task", "subtask", "system", "chapter", "section", "volume",
                           "appendix", "experiment", "round", "step", "case", "setting", "scenario", "study", "trial",
                           "group", "model", "variant", "version", "form", "set", "series", "war", "fig", "figure", "table"})
SENTENCE_ENDS = frozenset({".", "!", "?", ":", "\n"})


def first_person_as_authors(texts: list[str], lowers: list[str]) -> list[str]:
    """A single author's "I" and "my" read as "we" and "our" ("Here, I propose X", "In this thesis I
    introduce a new corpus", "my custom model"): the rules and the role model take "we" for the
    authors' voice, and without it a sole author's own and used things were others' work (session 70,
    fresh70). "I" is the pronoun only before a lower-case word and not after a noun a numeral "I"
    follows or a capitalised word inside a sentence ("type I errors", "Phase I", "ABIDE I and II")."""
    for i, text in enumerate(texts):
        if text in ("my", "My"):
            lowers[i] = "our"
        elif text == "I" and i + 1 < len(texts) and texts[i + 1][:1].islower() and texts[i + 1].isalpha():
            before = texts[i - 1] if i else ""
            opens = not before or before in SENTENCE_ENDS or (i > 1 and texts[i - 2] in SENTENCE_ENDS)
            numeral = lowers[i - 1] in NUMERAL_NOUNS if i else False
            if not numeral and (opens or not before[:1].isupper()):
                lowers[i] = "we"
    return lowers


_OFFSETS = "kg_token_offsets"


def token_offsets(doc: Doc) -> tuple[list[int], list[int], list[bool]]:
    """Each token's first character, end character and whether whitespace follows it
    (``t.idx``, ``t.idx + len(t)``, ``bool(t.whitespace_)``), once per Doc, without Token objects."""
    offsets = doc.user_data.get(_OFFSETS)
    if offsets is None:
        starts = doc.to_array(IDX).tolist()
        ends = [a + n for a, n in zip(starts, doc.to_array(LENGTH).tolist())]
        offsets = doc.user_data[_OFFSETS] = (starts, ends, [bool(s) for s in doc.to_array(SPACY).tolist()])
    return offsets


def words_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without making the Span (three Token objects) or walking it;
    ``start`` and ``end`` are read as a slice of the Doc reads them (negative from the end, clamped)."""
    length = len(doc)
    start = min(length, max(0, start + length if start < 0 else start))
    end = min(length, max(start, end + length if end < 0 else end))
    if end == start:
        return ""
    starts, ends, _ = token_offsets(doc)
    return doc_text(doc)[starts[start] : ends[end - 1]]


def past_bracket(doc: Doc, i: int, reach: int = 12) -> int:
    """Where the text goes on after a bracket opened at ``i`` and closed within ``reach`` tokens ("X
    (Long Form), a …" reads on at the comma); ``i`` where no bracket opens there or none closes."""
    if i < len(doc) and doc[i].text == "(":
        return next((t.i + 1 for t in doc[i : i + reach] if t.text == ")"), i)
    return i


def closes_unopened(pieces: Iterable[str]) -> bool:
    """Whether ``pieces`` (a span's token texts, or a text's characters) close a bracket they did not
    open: the depth of "(" and ")" read in order falls below zero. One count for the token walk of
    ``retyping.closes_before`` and the character gap of ``pair_rules.closes_a_bracket``."""
    depth = 0
    for piece in pieces:
        depth += (piece == "(") - (piece == ")")
        if depth < 0:
            return True
    return False


def ent_bounds(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, label id) of each of ``doc.ents``, read from the Doc's arrays as the ``ents``
    getter reads them: each entity Span it makes costs three Token objects."""
    iobs = doc.to_array(ENT_IOB).tolist()
    types = doc.to_array(ENT_TYPE).tolist()
    out = []
    start, label = -1, 0
    for i, (iob, typ) in enumerate(zip(iobs, types)):
        if iob == 1:
            if start == -1:
                return [(e.start, e.end, e.label) for e in doc.ents]  # the getter's error, as it raises it
        elif iob in (0, 2) or (iob == 3 and typ == 0):
            if start != -1:
                out.append((start, i, label))
            start, label = -1, 0
        elif iob == 3:
            if start != -1:
                out.append((start, i, label))
            start, label = i, typ
    if start != -1:
        out.append((start, len(iobs), label))
    return [e for e in out if e[2]]


_ENTS = "kg_ents"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made again only when the entities changed: the getter makes a Span (three
    Token objects) per entity on every call, and the relation and result stages read the same
    entities half a dozen times. The entity arrays (IOB, label, KB id, id) are the cache key,
    so any assignment of ``doc.ents`` is seen."""
    key = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]).tobytes()
    cached = doc.user_data.get(_ENTS)
    if cached is not None and cached[0] == key:
        return cached[1]
    ents = doc.ents
    doc.user_data[_ENTS] = (key, ents)
    return ents


_SENTS = "kg_sentence_spans"


def _sentence_spans(doc: Doc) -> list[Span]:
    """The sentence Spans, made once per Doc (each Span costs three Token objects)."""
    spans = doc.user_data.get(_SENTS)
    if spans is None:
        bounds = _sentence_tables(doc)[0]  # makes them with the tables
        spans = doc.user_data.get(_SENTS)
        if spans is None:
            spans = doc.user_data[_SENTS] = [doc[a:b] for a, b in bounds]
    return spans


def sentence_list(doc: Doc) -> list[Span]:
    return list(_sentence_spans(doc))


def sentence_of_tokens(doc: Doc) -> list[int]:
    """The sentence index of every token (the Doc's cached table: read it, do not change it)."""
    return _sentence_tables(doc)[1]


def sentence_index(doc: Doc, token_i: int) -> int:
    return _sentence_tables(doc)[1][token_i]


# "[14]", "[22, 23]", "[5-7]": a numeric citation, which a list reads past like punctuation.
CITATION = re.compile(r"\[\s*\d{1,3}(?:\s*[,-]\s*\d{1,3})*\s*\]")


def citation_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside numeric citations, once per Doc: "CIFAR-10 [14], SVHN [22]
    and ImageNet [5]" is a list of three datasets, and its cue words sit beyond the brackets.
    The text keeps them (offsets must not move); readers of lists and windows skip them."""
    return _tokens_matched(doc, "kg_citation_tokens", CITATION, "[", "contract")


# "(~8%)", "(86.2)", "(+3.1 points)", "(n=360)": a score or count set after a list member
NUMBER_BRACKET = re.compile(r"\(\s*(?:[~≈±+\-−]|\\sim|n\s*=)?\s*\d[^()\[\]]{0,20}\)")


def number_bracket_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside brackets that open with a number, once per Doc: "on NATURAL
    PLAN (~8%), OlympiadBench (~4%), DocFinQA (~7%) and GPQA (~1%)" is a list of four names whose
    scores sit between them; list readers step over them as over citations."""
    return _tokens_matched(doc, "kg_number_bracket_tokens", NUMBER_BRACKET, "(", "expand")


def _tokens_matched(doc: Doc, key: str, pattern: re.Pattern, marker: str, alignment_mode: str) -> frozenset[int]:
    """Indices of the tokens inside the text's matches of ``pattern``, cached under ``key``."""
    cached = doc.user_data.get(key)
    if cached is None:
        found: set[int] = set()
        text = doc_text(doc)
        if marker in text:
            for m in pattern.finditer(text):
                span = doc.char_span(m.start(), m.end(), alignment_mode=alignment_mode)
                if span is not None:
                    found.update(range(span.start, span.end))
        cached = doc.user_data[key] = frozenset(found)
    return cached


def sentence_at(doc: Doc, token_i: int) -> Span:
    """The sentence holding token ``token_i`` (O(1), unlike ``doc[i].sent``)."""
    return _sentence_spans(doc)[_sentence_tables(doc)[1][token_i]]


def not_own_words(lexicon: dict) -> set[str]:
    """Words after which "namely X" names others' work or the things a study looks at, not a
    proposal: "two recently proposed models, namely X", "we analyze three cells; namely, the
    simple RNN (SRN), …" (lexicon ``earlier_work_words``, ``study_nouns``, ``study_verbs``
    with their -s, -ed and -ing forms)."""
    verbs = lexicon.get("study_verbs", ())
    forms = set()
    for v in verbs:
        stem = v[:-1] if v.endswith(("e", "y")) else v
        forms |= {v, f"{stem}ing" if not v.endswith("y") else f"{v}ing"}
        forms |= {f"{stem}ies", f"{stem}ied"} if v.endswith("y") else {f"{v}s", f"{stem}ed"}
    return set(lexicon.get("earlier_work_words", ())) | set(lexicon.get("study_nouns", ())) | forms


def said_before(doc: Doc, token_i: int, words: set[str], reach: int = 16) -> bool:
    """Is one of ``words`` among the ``reach`` tokens before token ``token_i``, in its sentence?
    ("two recently proposed models …, namely X": "recently" before X.)"""
    sent = sentence_at(doc, token_i)
    return any(t.lower_ in words for t in doc[max(sent.start, token_i - reach) : token_i])


def entities_by_sentence(doc: Doc) -> list[list[int]]:
    """Indices into ``doc.ents`` per sentence, in one pass."""
    bounds, sent_of = _sentence_tables(doc)
    out: list[list[int]] = [[] for _ in bounds]
    for i, (start, _, _) in enumerate(ent_bounds(doc)):
        out[sent_of[start]].append(i)
    return out


def folded_token_positions(doc: Doc) -> dict[str, list[int]]:
    """{folded token text: token indices}, once per Doc, so that finding every mention of a
    one-token name is a lookup rather than a scan of the document (linear, not quadratic,
    in the length of a text)."""
    index = doc.user_data.get("kg_folded_tokens")
    if index is None:
        from kg.names import extraction_fold_name

        index = {}
        for i, text in enumerate(token_words(doc)[0]):
            index.setdefault(extraction_fold_name(text), []).append(i)
        doc.user_data["kg_folded_tokens"] = index
    return index


def span_text(span: Span) -> str:
    """``span.text`` without walking its tokens: a slice of the Doc's text, kept once."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_text(doc: Doc) -> str:
    """``doc.text`` rebuilds the string on every access; rules slice it often."""
    text = doc.user_data.get("kg_text")
    if text is None:
        spaced = doc.to_array(SPACY).tolist()
        text = doc.user_data["kg_text"] = "".join(w + " " if sp else w for w, sp in zip(token_words(doc)[0], spaced))
    return text


def glued_to(doc: Doc, end: int, words: set[str]) -> bool:
    """Whether the name ending at token ``end`` is hyphen-glued to one of ``words``: "a
    BERT-enhanced ranker", "GPT-like decoders" name a new thing built on the listed name."""
    return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
            and doc[end + 1].lower_ in words)


def phrase_index(phrases: Iterable[str]) -> dict[str, list[list[str]]]:
    """Cue phrases (lower-cased, space-separated) by their first word: a scan then tries at each
    token only the phrases that token opens, and a rule's fixed cue list is indexed once."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        if words:
            by_first.setdefault(words[0], []).append(words)
    return by_first


def phrase_positions(tokens: list[str], phrases: Iterable[str] | dict[str, list[list[str]]]) -> list[tuple[int, int]]:
    """(start, end) token positions of every cue phrase; ``phrases`` as a list or a ``phrase_index``."""
    by_first = phrases if isinstance(phrases, dict) else phrase_index(phrases)
    found = []
    for i, token in enumerate(tokens):
        for words in by_first.get(token, ()):
            if tokens[i : i + len(words)] == words:
                found.append((i, i + len(words)))
    return sorted(found)
