"""Abbreviation definitions: "Long Form (LF)" and "LF (Long Form)" pairs, and whether a short form spells a name.

After Schwartz & Hearst (2003): a short form in brackets is defined by the words before it whose
initials (or word parts, digits, "2" read as "to") spell it. The entity recogniser types a defined
short form by its long form, and the linker joins a proposed name to the phrase that spells it;
both read the definitions from here, found once per Doc and kept in ``doc.user_data``.
"""

import functools
import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from kg.extract.parse import sentence_at, token_words
from kg.names import GLUE_WORDS, word_heads

_DEFINITIONS = "kg_abbreviation_definitions"  # doc.user_data key of abbreviation_definitions

QUOTES = {'"', "'", "''", "\u201d", "\u2019"}  # closing quotes, as the tokenizer splits them

def spells(short: str, long: str) -> bool:
    """Whether ``long`` spells ``short`` (Schwartz & Hearst): its letters and digits in order,
    the first at the start of ``long``'s first word and the rest anywhere after."""
    chars = [c.lower() for c in short if c.isalnum()]
    if not chars or long[:1].lower() != chars[0]:
        return False
    at = 1
    for c in chars[1:]:
        at = long.lower().find(c, at) + 1
        if at == 0:
            return False
    return True

# A short form made only of capitalised words ("Dual-Binarization") is a name, not letters to spell.
CAPITALISED_WORDS = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$")

def capitals_headed(short: str, long: str) -> bool:
    """Whether most of ``short``'s capitals (two at least, two in three) head words of ``long``
    in any order: a coined short form in brackets right after its long form, spelled loosely
    ("Long-Short Transformer (Transformer-LS)", "Componential Prompt-Knowledge Alignment
    (KA-Prompt)", "Cooperative Memory Network (CoMemNN)", "Cross Language Image Matching
    (CLIMS)"), which Schwartz & Hearst's in-order spelling misses. The first capital must head
    a word: "preference tuning (OPTune)" is a piece of "online preference tuning", and joining
    them took other papers' "preference tuning" into OPTune's node."""
    heads = word_heads(long)
    capitals = [c.lower() for c in short if c.isupper()]
    if not capitals or capitals[0] not in heads:  # "online preference tuning (OPTune)": the span lacks "online"
        return False
    found = 0
    for c in capitals:
        if c in heads:
            heads.remove(c)
            found += 1
    return found >= 2 and 3 * found >= 2 * len(capitals)


# Words after a comma that open an apposition, which a long form does not reach back over.
LONG_FORM_APPOSITION = frozenset({"a", "an", "the", "which", "that", "i.e.", "e.g."})

def long_form_barrier(doc: Doc, i: int, end: int) -> bool:
    """Whether a "Long Form (LF)" long form ending at ``end`` cannot reach back over token ``i``:
    a semicolon, a square bracket, an earlier definition closed before a list goes on
    ("semantic text similarity (STS), natural language inference (SNLI)": SNLI's letters are not
    "STS), natural …"), a bracket left open, or an apposition's comma ("ESPnet2-TTS, an end-to-end
    text-to-speech (E2E-TTS)"). A nested definition stays inside: "Chain-of-Thought (CoT) Outcome
    Prediction Engine (COPE)"."""
    text = doc[i].text
    following = doc[i + 1].lower_ if i + 1 < end else ""
    if text in (";", "[", "]"):
        return True
    if text == ")":
        return following in (",", "and", "or")
    if text == "(":
        return not any(t.text == ")" for t in doc[i + 1 : end])
    return text == "," and following in LONG_FORM_APPOSITION

def abbreviation_definitions(doc: Doc) -> list[tuple[Span, object]]:
    """``find_abbreviations`` once per Doc: the candidates and the short-form joining both read
    the paper's definitions."""
    definitions = doc.user_data.get(_DEFINITIONS)
    if definitions is None:
        definitions = doc.user_data[_DEFINITIONS] = list(find_abbreviations(doc))
    return definitions

def find_abbreviations(doc: Doc) -> Iterator[tuple[Span, object]]:
    """Yield (long form span, short form token) for "Long Form (LF)" definitions.

    Schwartz & Hearst (2003): the short form's characters are found right-to-left in the
    long form, the first one at a word start.
    """
    texts = token_words(doc)[0]  # strings, not a Token per word: most words are no "("
    for i in range(1, len(doc) - 1):
        if texts[i] != "(" or i + 2 >= len(doc) or texts[i + 2] != ")":
            continue
        token = doc[i]
        short = doc[token.i + 1]
        text = short.text
        if not (2 <= len(text) <= 12) or not any(c.isupper() for c in text) or not text[0].isalnum():
            continue
        max_words = min(len(text) + 5, len(text) * 2)
        sent_start = sentence_at(doc, token.i).start
        start, words = token.i, 0
        while start > sent_start and words < max_words:
            start -= 1
            if doc[start].text not in ("-", "(", ")"):
                words += 1  # S&H count words: "Vision-and-Language pre-training (VLP)" is six tokens but three words
        end = token.i
        while end > start + 1 and doc[end - 1].text in QUOTES:
            end -= 1  # 'the "Drawing-with-Thought" (DwT) paradigm': the quote closes the long form, it is no part of it
        start = max([start] + [t.i + 1 for t in doc[start:end] if long_form_barrier(doc, t.i, end)])
        window = doc[start:end]
        long_start = best_long_form(text, window)
        if long_start is not None and not any(t.text == text for t in doc[long_start:end]) and not (  # "(CITATION) used by (CITATION)" spells itself
                names_each_conjunct(text, doc[long_start:end])):
            yield doc[long_start:end], short
    yield from short_form_first(doc)


COORDINATORS = frozenset({"and", "or", "&"})


def names_each_conjunct(short: str, long_span: Span) -> bool:
    """Whether a joined short form spells a coordination part by part: "belief propagation and
    approximate message passing (BP-AMP)" names two methods, each spelled by one part of the
    short form, and their hybrid, not one thing the whole phrase names (span train: the gold
    keeps all three apart). "Vision-and-Language Navigation (VLN)" has no joined short form and stays one name."""
    parts = [p for p in re.split(r"[-/]", short) if p]
    if len(parts) < 2:
        return False
    doc, starts = long_span.doc, [long_span.start]
    ends = []
    for tok in long_span:
        if tok.lower_ in COORDINATORS and tok.whitespace_ and tok.i > long_span.start and doc[tok.i - 1].whitespace_:
            ends.append(tok.i - 1 if doc[tok.i - 1].text == "," else tok.i)
            starts.append(tok.i + 1)
    ends.append(long_span.end)
    if len(parts) != len(starts) or any(e <= s for s, e in zip(starts, ends)):
        return False
    return all(initials_start([c.lower() for c in part if c.isalnum()], doc[s:e].text) == 0
               for part, s, e in zip(parts, starts, ends))


def short_form_first(doc: Doc) -> Iterator[tuple[Span, object]]:
    """Yield (long form span, short form token) for "SF (Long Form)" definitions ("the
    proposed SALA (Stylometry-Assisted LLM Analysis) method"): the parenthesis holds exactly
    the long form, which spells the short form by its initials (Schwartz & Hearst's other
    order; "BERT (Devlin et al.)" spells nothing)."""
    texts = token_words(doc)[0]
    for i in range(1, len(doc) - 2):
        if texts[i] != "(":
            continue
        token = doc[i]
        short = doc[token.i - 1]
        text = short.text
        if not (2 <= len(text) <= 10) or sum(c.isupper() for c in text) < 2 or not text[0].isalpha():
            continue
        end = next((t.i for t in doc[token.i + 1 : min(len(doc), token.i + 12)] if t.text in "()" or t.is_sent_start), None)
        if end is None or doc[end].text != ")" or end - token.i < 3:
            continue
        window = doc[token.i + 1 : end]
        chars = [c.lower() for c in text if c.isalnum()]
        if window[0].is_upper and len(window) < 3:
            continue
        if initials_start(chars, window.text) != 0 and (text in window.text or not spelled_by_words("".join(chars), window.text)):
            continue  # "AMiner (AMiner-534K)" names a part of itself
        yield window, short

WORD_PART = re.compile(r"[^\s\-]+")

SPACED_WORD = re.compile(r"[^\s]+")

def spelled_by_words(short: str, text: str) -> bool:
    """Whether every word of ``text`` gives ``short`` a run of its letters, each run starting at
    its word's first letter and the rest in order inside that word; glue words may give none
    ("Sub-SA (Submodular Selective Annotation)", "BEPA (Bi-Level Expert-to-Policy
    Assimilation)", "DaSciM (Data Science and Mining)": names coined from more than
    initials, where initials alone spell nothing; span train: 44 such definitions)."""
    words = [w.lower().lstrip("\"'(") for w in SPACED_WORD.findall(text)]
    if not words or not words[0] or words[0] in GLUE_WORDS:
        return False

    @functools.lru_cache(maxsize=None)
    def fits(w: int, c: int) -> bool:
        if w == len(words):
            return c == len(short)
        word = words[w]
        if word in GLUE_WORDS and fits(w + 1, c):
            return True
        if c == len(short) or not word or word[0] != short[c]:
            return False
        at, taken = 1, c + 1  # the word's first letter is short[c]; take more letters of it, in order
        if fits(w + 1, taken):
            return True
        while taken < len(short):
            at = word.find(short[taken], at) + 1
            if at == 0:
                return False
            taken += 1
            if fits(w + 1, taken):
                return True
        return False

    return fits(0, 0)

def initials_start(chars: list[str], text: str) -> int | None:
    """Character offset where the last words' initials spell ``chars`` ("Proximal Policy
    Optimization" for PPO, where letter-by-letter matching stops at "Policy"), skipping
    glue words; None if they do not."""
    words = list(WORD_PART.finditer(text))
    k = len(chars) - 1
    for word in reversed(words):
        if k < 0:
            break
        if word.group()[0].lower() == chars[k]:
            k -= 1
            if k < 0:
                return word.start()
        elif word.group().lower() not in GLUE_WORDS and not inner_part(text, word.start()):
            return None
    return None


def inner_part(text: str, offset: int) -> bool:
    """Whether the word part at ``offset`` follows a hyphen inside a word: such a part may give
    no initial without ending the long form ("On-the-fly Preference Optimization (OPO)", which
    letter-by-letter matching read as "Optimization" alone)."""
    return offset > 1 and text[offset - 1] == "-" and text[offset - 2].isalnum()


def word_start(text: str, offset: int) -> int:
    """Back to the start of a hyphenated word: "Test-time" of "time", "Free-form" of "form"."""
    while offset > 1 and text[offset - 1] == "-" and text[offset - 2].isalnum():
        offset -= 1
        while offset > 0 and (text[offset - 1].isalnum() or text[offset - 1] == "-") and not text[offset - 1].isspace():
            offset -= 1
    return offset

REPEATED_INITIAL = re.compile(r"([A-Za-z])([3-9])")  # not 2: "T2I" is text-to-image

TWO_AS_TO = re.compile(r"(?<=[A-Za-z])2(?=[A-Za-z])")  # "T2I", "S2ST", "V2A": the 2 says "to"

BARE_DIRECTION = re.compile(r"-to-[^\s]+$")  # "Text-to-Image (T2I)": a bare direction, typed as no name once defined; left to the recogniser

def best_long_form(short: str, window: Span) -> int | None:
    """Token index where the long form of ``short`` starts inside ``window``, if any. A digit
    after a letter may count that initial ("Gravity Grounded Geometry Transformer (G3T)",
    "Text-to-Text Transfer Transformer (T5)") where the letters alone spell nothing; a 2 is
    read as "to" ("Text-to-Image (T2I)", "Video-to-Audio Generation (V2A)"; span train: such
    short forms stood beside their long form as a second task node)."""
    found = long_form_start(short, window)
    if found is None and REPEATED_INITIAL.search(short):
        found = long_form_start(REPEATED_INITIAL.sub(lambda m: m.group(1) * int(m.group(2)), short), window)
    if found is None and TWO_AS_TO.search(short) and not BARE_DIRECTION.search(window.text):
        found = long_form_start(TWO_AS_TO.sub("t", short), window)
    return found

WORD_START = re.compile(r"(?<![\w])\w")

LOWER_WORD = re.compile(r"[a-z]+(?=\s)")

def leading_stop_word(text: str, offset: int) -> bool:
    """Whether a lower-case stop word followed by a space starts at ``offset``."""
    word = LOWER_WORD.match(text, offset)
    return word is not None and word.group() in STOP_WORDS

def long_form_start(short: str, window: Span) -> int | None:
    """``best_long_form`` for one spelling of the short form: by initials, else letter by letter."""
    chars = [c.lower() for c in short if c.isalnum()]
    if not chars:
        return None
    text = window.text
    by_initials = initials_start(chars, text)
    if by_initials is not None:
        return token_starting_at(window, window.start_char + word_start(text, by_initials))
    first = letters_start(chars, text, camel_capitals(short))
    if first is None:
        first = letters_start(chars, text, frozenset())
    if first is None:
        return None
    while leading_stop_word(text, first) or first > 0 and text[first - 1] == "(":
        # "Accurate and Diverse Stylized Captions (ADS-Cap)", "inspired by the Shared-Private model
        # (ANSP)": a long form opens with no lower-case "and", "are" or "the" (a capital "A Lite
        # BERT" keeps its A, "in-context learning" its "in"), nor inside a nested definition
        # ("Chain-of-Thought (CoT) Outcome Prediction Engine (COPE)"); the initial is further
        # back at a word's start, or there is no long form
        first = next((m.start() for m in reversed(list(WORD_START.finditer(text, 0, first)))
                      if m.group().lower() == chars[0]), -1)
        if first < 0:
            return None
    return token_starting_at(window, window.start_char + word_start(text, first))

def camel_capitals(short: str) -> frozenset[int]:
    """Positions (among ``short``'s letters and digits) of capitals after a lower-case letter:
    the M of "ToMer", the N of "ResNet", each the start of a word of the long form."""
    alnum = [c for c in short if c.isalnum()]
    return frozenset(i for i in range(1, len(alnum)) if alnum[i].isupper() and alnum[i - 1].islower())


def letters_start(chars: list[str], text: str, word_starts: frozenset[int]) -> int | None:
    """Schwartz & Hearst's letter-by-letter match, right to left: the offset in ``text`` of the
    long form's first letter, or None. The first letter, and each letter at ``word_starts``,
    must start a word (or be a capital): "Token Merging Transformer (ToMer)" spells ToMer by
    its words, where the letters alone spelled "Transformer", and one paper's ToMer became a
    name of the Transformer node (rel51's draw)."""
    s_index = len(chars) - 1
    l_index = len(text) - 1
    while s_index >= 0:
        c = chars[s_index]
        at_word = s_index == 0 or s_index in word_starts
        while l_index >= 0 and (text[l_index].lower() != c or (
                at_word and l_index > 0 and text[l_index - 1].isalnum() and not (s_index and text[l_index].isupper()))):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    return l_index + 1


def token_starting_at(window: Span, char_start: int) -> int | None:
    """The token a long form starts in (at its start, or after a hyphen inside it)."""
    for tok in window:
        if tok.idx <= char_start < tok.idx + len(tok.text):
            if tok.idx != char_start and not tok.text[char_start - tok.idx - 1] in "-":
                return None
            return tok.i
    return None
