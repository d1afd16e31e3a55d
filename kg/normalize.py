"""Text normalisation applied before tokenisation.

Abstracts arrive with LaTeX (``H$_2$O``), HTML entities, unicode dashes and odd spaces.
The extractor sees one normalised string; evidence offsets refer to that string, which is
also what the graph stores as the abstract, so offsets always point at the right text.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter

from kg.shipped_words import common_words, lexicon_words

# Dashes to "-", and an em dash to " -- " (below): one table, one pass over the text.
# An em dash is a clause mark, not a hyphen: glued to its words ("Parallel Meaning Bank\u2014a multilingual
# corpus", the ACL Anthology's usual spelling) a single "-" made one word of "Bank-a". It reads as the
# spaced "--" arXiv's LaTeX writes for it, which the tokenizer splits and the apposition rules read
# (glued, "SIB-200--a benchmark" still reads as one hyphenated word to the name rules).
_DASHES = {**dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2212\ufe58\ufe63\uff0d"), "-"),
           **dict.fromkeys(map(ord, "\u2014\u2015"), " -- ")}
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " ")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_QUOTES = {ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201c"): '"', ord("\u201d"): '"'}

# $_2$ / $^{2}$ / $\times$ … : keep what a reader would type.
_LATEX_SCRIPT = re.compile(r"\$\s*[_^]\s*\{?\s*([^${}]{1,20}?)\s*\}?\s*\$")
_LATEX_COMMANDS = {
    r"\times": "x", r"\sim": "~", r"\approx": "~", r"\leq": "<=", r"\geq": ">=", r"\le": "<=",
    r"\ge": ">=", r"\%": "%", r"\pm": "+/-", r"\cdot": "*", r"\rightarrow": "->", r"\to": "->",
    r"\leftrightarrow": "<->", r"\leftarrow": "<-", r"\cdots": "...", r"\left": "", r"\right": "",
    r"\alpha": "alpha", r"\beta": "beta", r"\gamma": "gamma", r"\lambda": "lambda", r"\mu": "mu",
    r"\&": "&", r"\_": "_", r"\textbf": "", r"\textit": "", r"\emph": "", r"\texttt": "", r"\mathrm": "",
}
# Markup around a name keeps the name: "\\textsc{GraphRAG}", "{\\bf X}", "\\href{url}{X}" read
# as "GraphRAG", "X", "X"; citations are dropped. Without this, braces go and the command
# stays glued to the name ("\\textscGraphRAG"), which no rule or list can read.
_LATEX_FORMAT = re.compile(
    r"\\(?:textbf|textit|emph|texttt|mathrm|textsc|textsf|textrm|textup|textmd|textnormal|text|mbox|mathbf|mathsf|mathit|mathtt"
    r"|mathcal|mathbb|boldsymbol|bm|underline|uline)\s*\{([^{}]*)\}"
)
_LATEX_LINK = re.compile(r"\\href\s*\{[^{}]*\}\s*\{([^{}]*)\}|\\textcolor\s*\{[^{}]*\}\s*\{([^{}]*)\}")
_LATEX_URL = re.compile(r"\\url\s*\{([^{}]*)\}")
_LATEX_CITE = re.compile(r"\s*\\(?:cite|citep|citet|citealp|footnote)\s*\{[^{}]*\}")
_LATEX_SWITCH = re.compile(r"\{\s*\\(?:bf|it|em|sc|rm|sf|tt|bfseries|itshape|scshape)\s+([^{}]*)\}")
# A command ends where its letters end: "\\le" is not the start of "\\left" or "\\leftrightarrow",
# nor "\\to" of "\\top" or of a paper's own macro "\\tool" (was "<=ft", "->p", "->ol").
_LATEX_COMMAND = re.compile("|".join(re.escape(c) + (r"(?![A-Za-z])" if c[-1].isalpha() else "") for c in sorted(_LATEX_COMMANDS, key=len, reverse=True)))
_LATEX_INLINE = re.compile(r"\$([^$]{1,80})\$")
# TeX accents are letters: "Nystr\\"om", "M\\"{o}bius", "{\\'e}", "\\c{c}", "na\\"{\\i}ve" read as
# "Nyström", "Möbius", "é", "ç", "naïve", so a name written both ways is one node. A symbol accent
# takes its letter bare or braced; a letter accent (\\c, \\v, \\u, …) only braced ("\\vec", "\\url"
# stay). Only a pair Unicode writes as one letter changes: "don\\'t" stays, and "model\\'s" (an
# escaped apostrophe before a possessive s, not an accent) stays too.
_TEX_ACCENT_MARKS = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
    "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328", "r": "\u030a",
}
_TEX_ACCENT = re.compile(
    r"(\{)?\\([\"'`^~=.]|[uvHckr](?=\s*\{))\s*(?:\{\s*([A-Za-z]|\\[ij])\s*\}|([A-Za-z]|\\[ij](?![A-Za-z])))(?(1)\})"
)

# TeX's letters without a base letter: "{\\o}", "\\ss{}", "{\\L}ojasiewicz", "Bokm{\\aa}l", "1.6 \\AA" read as
# "ø", "ß", "Łojasiewicz", "Bokmål", "1.6 Å". Braced, or followed by "{}" or a non-letter ("\\omega",
# "\\log", "\\label" stay); a dotless "{\\i}" only braced, as Turkish writes it ("Sabanc{\\i}").
_TEX_LETTERS = {
    "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł",
    "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "i": "ı", "j": "ȷ",
}
_TEX_LETTER = re.compile(
    r"\{\\([ij]|ss|aa|AA|ae|AE|oe|OE|[oOlL])\}|\\(ss|aa|AA|ae|AE|oe|OE|[oOlL])(?![A-Za-z])(?:\{\}|\\(?= ))?"
)


def _tex_accent(match: re.Match[str]) -> str:
    letter = (match.group(3) or match.group(4)).lstrip("\\")
    accented = unicodedata.normalize("NFC", letter + _TEX_ACCENT_MARKS[match.group(2)])
    possessive = match.group(2) == "'" and letter == "s" and not match.string[match.end():match.end() + 1].isalpha()
    return match.group(0) if len(accented) != 1 or possessive else accented


_BRACES = re.compile(r"\{([^{}]*)\}")
_MATH_TIMES = re.compile(r"(?<=\d)\s*x\s*(?=\d)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
# What XML 1.0 forbids (C0 controls but tab/LF/CR, surrogates, U+FFFE, U+FFFF): one rule,
# used where text enters (readers) and again by the XML writers for anything else.
XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (they are dropped)."""
    return XML_FORBIDDEN.sub("", text)
_WHITESPACE = re.compile(r"\s+")
# LaTeX's "~" is a non-breaking space: "Training-Free Bayesianization~(TFB)", "e.g.~label",
# "Task~Arithmetic". Glued to a name it hid the short form's definition and split no word, so
# no rule read "(TFB)". Only a tilde between a word (or its closing mark) and a letter, "(" or a
# command is a space; "~5%", "/~user/" and a spaced "4.35 ~ 6.21" (about, a path, a range) stay.
_LATEX_TIE = re.compile(r"(?<=[A-Za-z0-9.,:;)\]}])~(?=[^\W\d_]|[(\\])")


def _latex_inline(match: re.Match[str]) -> str:
    inner = match.group(1)
    inner = _LATEX_SCRIPT.sub(r"\1", "$" + inner + "$") if inner.lstrip().startswith(("_", "^")) else inner
    inner = inner.replace("_", "").replace("^", "")
    inner = _BRACES.sub(r"\1", inner)
    # math-mode spaces are not text: "$256\times 256$" is "256x256", not "256x 256"
    inner = _MATH_TIMES.sub("x", inner)
    return inner.strip("$ ")


def _latex_markup(text: str) -> str:
    if "\\" not in text:
        return text
    text = _LATEX_CITE.sub("", text)
    text = _LATEX_LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _LATEX_URL.sub(r"\1", text)
    for _ in range(3):  # nested markup, innermost first: "\\textsc{\\textbf{X}}"
        unwrapped = _LATEX_FORMAT.sub(r"\1", _LATEX_SWITCH.sub(r"\1", text))
        if unwrapped == text:
            break
        text = unwrapped
    return text


# "lan- guage", "cross- lingual", "Semi- Supervised", "chain-of- thought": a word a PDF line
# break split, hyphen kept, space left behind.
_LINE_BREAK_HYPHEN = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)*)- ([A-Za-z]+(?:-[A-Za-z]+)*)(?![\w-])")


# A list set off by dashes that the text writes as bare hyphens, glued to the words around it: "three
# models-RoBERTa, BART, and LLaMA-on their ability", "datasets-GSM8K, BBH, and MMLU-by applying" (arXiv's
# abstracts keep no em dash; about 1 in 1,500 has such a list). Glued, the first and last names read as
# "models-RoBERTa" and "LLaMA-on" ("MMLU-by" a Benchmark node). Opened by a lower-case plural after which a
# comma list with "and" / "or" follows in the sentence, each dash reads as a comma: the spaced " -- " of an
# em dash lost names the span model found beside it ("JAAD, PIE"), and a colon made the paper propose the
# listed models ("built on three backbones: Qwen, LLaMA, and Vicuna", `names_an_own_part`). The closing dash
# is read only after a capitalised last item whose tail is no name's ("Gemma-2-9B-it", "BERT-base",
# "Rule Extraction-based" keep theirs). Lexicon ``dash_list_non_plurals``, ``dash_list_name_tails`` (miss62).
_DASH_LIST_OPEN = re.compile(r"(?<![\w/.@-])([a-z]{3,}s)-(?=[A-Z0-9][^\s,]*(?: [^\s,.;:!?]+){0,5}, )")
_DASH_LIST_CONJUNCTION = re.compile(r",? (?:and|or) ")
_DASH_LIST_CLOSE = re.compile(r"(?<=[A-Za-z0-9)\]])-([a-z]{2,})(?=,?$)")
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)")


def _name_tails() -> frozenset[str]:
    """Lower-case words a name may end in after a hyphen: a size, a tuning, a modifier suffix."""
    return lexicon_words("dash_list_name_tails") | lexicon_words("task_manner_suffixes") | lexicon_words("method_modifier_suffixes")


def _read_dash_lists(text: str) -> str:
    """The glued dashes of a dash-set list read as commas (above); a text with none is returned as it is."""
    dashes: set[int] = set()  # the offsets of the glued dashes, each read as ", "
    non_plurals, name_tails = lexicon_words("dash_list_non_plurals"), _name_tails()  # once per text
    for opener in _DASH_LIST_OPEN.finditer(text):
        if opener.group(1) in non_plurals:
            continue
        end = _SENTENCE_END.search(text, opener.end())
        sentence = text[opener.end():end.start() if end else len(text)]
        conjunction = _DASH_LIST_CONJUNCTION.search(sentence)
        if conjunction is None or "," not in sentence[:conjunction.start() + 1]:
            continue
        dashes.add(opener.end() - 1)
        start = opener.end() + conjunction.end()
        for word in list(_WORD.finditer(text, start, end.start() if end else len(text)))[:8]:
            close = _DASH_LIST_CLOSE.search(word.group())
            if close is None:
                continue
            if (word.group()[0].isupper() or word.group()[0] in "0123456789(") and close.group(1) not in name_tails:
                dashes.add(word.start() + close.start())
            break
    for offset in sorted(dashes, reverse=True):
        text = text[:offset] + ", " + text[offset + 1:]
    return text


# A dash glued as a bare hyphen between a name and the function word after it, outside a list: "we propose
# Urhythmic-an unsupervised method for …", "we present CSG-405-the first public dataset", "BERT2BERT-for structuring",
# "on Objaverse-with inference of 38s" (arXiv's abstracts keep no em dash). Glued, "Urhythmic-an unsupervised
# method", "BERT2BERT-for" and "Objaverse-with" read as names. The hyphen reads as ", " only where the word before it
# is a name's (a capital or a digit in its last piece) and the word after it is a function word followed by a word
# (lexicon ``glued_dash_function_words``). Left as written: a closing bracket before it ("(HOG)-to experiment" is
# split at the bracket already, and the comma made the clause after an acronym new context for the pair and role
# rules), a compound of a function word ("Plug-in", "Always-on", "Try-on", "How-to": lexicon
# ``glued_dash_compounds``), a name's tail ("Gemma-2-9B-it"), a suspended hyphen ("CNN-and transformer-based"), an
# enumerator ("1-the ability"), a direction ("English-to German"), a glued form the text writes twice ("GPT-who
# outperforms …, GPT-who can": a name) and an article before another function word ("GnRH-a on") (dash62).
_GLUED_DASH_WORD = re.compile(r"(?<!\S)(\S*?([^\s/@-]+))-([a-z]+)(?= ([^\s]+))")
_NAME_PIECE = re.compile(r"[A-Z0-9]")
_ENUMERATOR = re.compile(r"\(?\d\)?")
_GLUED_FORM_END = re.compile(r"-[a-z]+(?![\w-])")


def _glued_forms(text: str) -> Counter[str]:
    """How often each glued form ("GPT-who") opens a word of ``text``: every prefix of a word that ends
    in a hyphen and lower-case letters with no word character or hyphen after them, counted in one pass."""
    return Counter(word.group()[:end.end()] for word in _WORD.finditer(text) if "-" in word.group()
                   for end in _GLUED_FORM_END.finditer(word.group()))


def _read_glued_dashes(text: str) -> str:
    """Each hyphen between a name and a function word reads as ", " (above); any other is left as written.
    One pass: the lexicon's words are read once per text, and the glued forms' repeats counted once,
    when the first hyphen that passes the other guards asks for them."""
    function_words = lexicon_words("glued_dash_function_words")
    compounds, name_tails = lexicon_words("glued_dash_compounds"), lexicon_words("dash_list_name_tails")
    repeats: Counter[str] | None = None  # counted on the first ask

    def read(match: re.Match[str]) -> str:
        nonlocal repeats
        head, piece, word, after = match.group(1), match.group(2), match.group(3), match.group(4)
        if word not in function_words or not _NAME_PIECE.search(piece):
            return match.group(0)
        if ":" in head or "/" in head or head[-1] in "-.)]":  # an address, or "(HOG)-to": a bracket ends the name
            return match.group(0)
        if f"{piece.lower()}-{word}" in compounds or word in name_tails:
            return match.group(0)
        if _ENUMERATOR.fullmatch(head) or (word == "to" and not after[0].islower()):  # "1-the", "English-to German"
            return match.group(0)
        if repeats is None:
            repeats = _glued_forms(text)
        if repeats[f"{head}-{word}"] > 1:  # "GPT-who …, GPT-who can"
            return match.group(0)
        if word in ("a", "an", "the") and (after.strip(",.;:()").lower() in function_words or not after[0].isalnum()):
            return match.group(0)
        if word in ("and", "or") and "-" in after:  # "CNN-and transformer-based": a suspended hyphen
            return match.group(0)
        return f"{head}, {word}"

    return _GLUED_DASH_WORD.sub(read, text)


# "named TableVLM.With a two-stream …": a word, a full stop and a capitalised word, glued; not
# inside an address or a dotted name ("github.com/x/y.The", "e.g.The" are left alone).
_GLUED_SENTENCE = re.compile(r"(?<![\w./:@-])([A-Za-z][\w-]*[A-Za-z0-9])\.([A-Z][a-z]+)(?![\w.])")

# "an F1 score of 99. 1%", "a detection rate of 95. 82%": a decimal point that a PDF's text
# follows with a space, which would end the sentence inside a reported score.
_BROKEN_DECIMAL = re.compile(r"(?<=\bof )(\d{1,3})\. (\d{1,2}\s?%)")


def _unglue_sentence(match: re.Match[str]) -> str:
    """Put back the space a sentence lost after its full stop, before a sentence opener only
    (lexicon ``sentence_openers``)."""
    if match.group(2) not in lexicon_words("sentence_openers"):
        return match.group(0)
    return f"{match.group(1)}. {match.group(2)}"


def _join_line_break(match: re.Match[str], text: str) -> str:
    """Join a split word only when the joined form is known, so unknown pairs stay as written.

    Known means a common word of the field (hyphenated "cross-lingual" before solid
    "language"), or the same word written whole elsewhere in this text ("Wasser- stein").
    """
    head, tail = match.group(1), match.group(2)
    if tail.lower() in lexicon_words("suspended_hyphen_next"):  # "pre- and post-training": suspended, no break
        return match.group(0)
    words = common_words()
    hyphened, solid = f"{head}-{tail}", head + tail
    if hyphened.lower() in words:
        return hyphened
    if tail.islower() and solid.lower() in words:  # the list is lower-case: "Vi- Sual" is no evidence
        return solid
    rest = text[: match.start()] + " " + text[match.end():]
    if re.search(rf"(?<![\w-]){re.escape(solid)}(?![\w-])", rest, re.IGNORECASE):
        return solid
    if re.search(rf"(?<![\w-]){re.escape(hyphened)}(?![\w-])", rest, re.IGNORECASE):
        return hyphened
    return match.group(0)


def normalize_text(text: str) -> str:
    """Return the single canonical form of ``text`` that every later stage works on."""
    text = html.unescape(html.unescape(text)) if "&" in text else text
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_DASHES).translate(_SPACES).translate(_ZERO_WIDTH).translate(_QUOTES)
    if "\\" in text:
        text = _TEX_ACCENT.sub(_tex_accent, text)
        text = _TEX_LETTER.sub(lambda m: _TEX_LETTERS[m.group(1) or m.group(2)], text)
    if "~" in text:
        text = _LATEX_TIE.sub(" ", text)
    if "$" in text or "\\" in text:
        text = _latex_markup(text)
        text = _LATEX_SCRIPT.sub(r"\1", text)
        text = _LATEX_COMMAND.sub(lambda m: _LATEX_COMMANDS[m.group(0)], text)
        text = _LATEX_INLINE.sub(_latex_inline, text)
        text = _BRACES.sub(r"\1", text)
    text = _CONTROL.sub(" ", text)
    text = _WHITESPACE.sub(" ", text).strip()
    if "." in text:
        text = _GLUED_SENTENCE.sub(_unglue_sentence, text)
        text = _BROKEN_DECIMAL.sub(r"\1.\2", text)
    if "- " in text:
        text = _LINE_BREAK_HYPHEN.sub(lambda m: _join_line_break(m, text), text)
    if "s-" in text:
        text = _read_dash_lists(text)
    if "-" in text:
        text = _read_glued_dashes(text)
    return text
