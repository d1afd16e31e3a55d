"""Name folding and node keys.

A thing is one node however it is written, so every stage compares names through
``fold_name`` and builds keys through ``entity_key`` / ``paper_key``. Keys depend only on
the text of a name, never on run order, so rebuilding gives identical keys.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from kg.shipped_words import common_words

_SEPARATORS = re.compile(r"[\s\-_/·.,:;'’\"()\[\]]+")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)")
_SIZE_FIRST = re.compile(r"^(\d+(?:\.\d+)?[bmk])[\s\-_]+([a-z].*)$")  # a parameter count written before the name
_VERSION_V = re.compile(r"^[a-z]{4,}v$")  # "llamav" of "Llamav2": the v marks a version
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9\-]*[A-Z0-9]s")  # "LLMs", "GPUs"
_SHOUTED_S = re.compile(r"[A-Z]{2,}S$")  # "HANS", "SWAGS"
# "CoCoS", "TACoS", "MiDaS", "AdamS", "ConvPS": a capital S after a letter is the coined name's own letter, never an
# English plural (written "LLMs", "GANs"; corpus: 2,073 such uses, 18 plurals, each spelling out an acronym's letters
# as in "Mapping Attention head ParameterS"); folded as one, "CoCoS" (a code-correction method) took the key of COCO,
# the dataset, "AdamS" Adam's and "ConvPS" the key convp (nodes64, plural64). An ordinary word so written is a typo or
# a styled title ("EnhanceS VCR", "Audio CaptiOnS"): it folds as the word does, so the common-word checks still drop it.
_COINED_S = re.compile(r"[A-Za-z]S$")
_LAST_WORD = re.compile(r"[\s\-_/]+")
_ARXIV_NEW = re.compile(r"^(\d{4}\.\d{4,5})(v\d+)?$")
_ARXIV_OLD = re.compile(r"^([a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$")

# Words a long form may hold that its short form skips: "Mixture of Experts (MoE)".
GLUE_WORDS = frozenset({"of", "for", "the", "and", "a", "an", "in", "on", "with", "to", "via", "by", "from"})


_NAME_WORD_BREAK = re.compile(r"[\s\-]+")


def name_words(text: str) -> list[str]:
    """A name's words split at spaces and hyphens, empties dropped ("Low-Rank  Adaptation" → Low,
    Rank, Adaptation): one reading of "word" for the readers of initials, heads and long forms."""
    return [w for w in _NAME_WORD_BREAK.split(text) if w]


def initials(name: str) -> list[str]:
    """First letters of a name's words ("Low-Rank Adaptation" → l, r, a), glue words skipped."""
    return [w[0].lower() for w in name_words(name) if w.lower() not in GLUE_WORDS]


def word_heads(long: str) -> list[str]:
    """The letters that head ``long``'s words, lower-cased, in order: each word's first letter and
    every capital inside it ("Copy-Generation Networks" → c, g, n; "CoMemNN" → c, m, n, n), what
    a short form's capitals are matched against."""
    heads = []
    for word in name_words(long):
        heads += [word[0].lower()] + [c.lower() for c in word[1:] if c.isupper()]
    return heads


# Plural endings that fold for lower-case common-noun names ("language models" → "language model").
_IRREGULAR_PLURALS = {"indices": "index", "matrices": "matrix", "analyses": "analysis", "data": "data"}


def capitals_spelled(short: str, long: str, first_word_only: bool = False) -> bool:
    """Whether the capitals of ``short`` (two at least) are word heads of ``long`` in order: each
    word's first letter or a capital inside it, the first capital on the first word or, past
    one leading word, the second ("CyGNet" of "Sequential Copy-Generation Networks", "GTRL"
    of "Entity Group-Aware Temporal Knowledge Graph Representation Learning");
    ``first_word_only``: on the first word only (a catalogue's "Long Name (SHORT)", kg.pwc)."""
    capitals = [c.lower() for c in short if c.isupper()]
    heads = word_heads(long)
    if len(capitals) < 2 or len(heads) < 2:
        return False
    for first in (0,) if first_word_only else (0, 1):
        if heads[first] != capitals[0]:
            continue
        rest = iter(heads[first + 1 :])
        if all(any(h == c for h in rest) for c in capitals[1:]):
            return True
    return False


def singular(word: str) -> str:
    """Fold an English plural to its singular; conservative, for name comparison only."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 3 or not word.isalpha() or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def fold_name(name: str) -> str:
    """Case-, hyphen-, space- and plural-insensitive form of a name.

    "Low-Rank Adaptations", "low rank adaptation" and "LOW_RANK adaptation" fold alike.
    An all-caps acronym plural ("LLMs", "GPUs") loses its "s" too, but a final capital S after a
    letter stays ("CoCoS" is no COCO, "BraTS" no "BraT"), accents go ("Naïve
    Bayes" ~ "Naive Bayes") and case folds as ``str.casefold`` does ("Straße" ~ "Strasse"):
    the key folds them, the name shown keeps them.
    """
    text = original = unicodedata.normalize("NFKC", name).strip()
    if not text.isascii():
        text = without_accents(text)
    if _ACRONYM_PLURAL.fullmatch(text):
        text = text[:-1]
    text = _SIZE_FIRST.sub(r"\2 \1", text.casefold())  # "1.3B OPT" ~ "OPT-1.3B"; casefold: "Straße" ~ "Strasse"
    text = _LETTER_DIGIT.sub("-", text)  # "GPT3.5" ~ "GPT-3.5", "Llama2" ~ "Llama 2"
    shouted = bool(_SHOUTED_S.search(original))  # "HANS", "SWAGS": the S is the name's, not a plural
    if not shouted and _COINED_S.search(original):
        shouted = _LAST_WORD.split(original)[-1].lower() not in common_words()  # "CoCoS", not "EnhanceS"
    parts = [p for p in _SEPARATORS.split(text) if p]
    parts = [p[:-1] if _VERSION_V.match(p) and n + 1 < len(parts) and parts[n + 1].isdigit() else p for n, p in enumerate(parts)]
    parts = [p for n, p in enumerate(parts) if not (p == "v" and 0 < n < len(parts) - 1 and parts[n + 1].isdigit())]
    if parts and not shouted:
        parts[-1] = singular(parts[-1])
    return "-".join(parts)


# Linking folds the same few hundred thousand names millions of times (pass 1 over every
# distinct name, pass 2 over every mention, then the Papers with Code step over every node's
# spellings): at 175,745 papers folding was most of pass 1. fold_name is a pure function of its
# string, so a cache changes nothing but the time; the linker empties it when done.
cached_fold_name = lru_cache(maxsize=1 << 20)(fold_name)
# Extraction folds the same few thousand names over and over (each candidate, each gazetteer
# look-up, each relation rule): a small cache of its own, bounded for long builds.
extraction_fold_name = lru_cache(maxsize=1 << 16)(fold_name)


def entity_key(label: str, name: str) -> str:
    """``<label>:<normalised canonical name>`` as SCHEMA.md prescribes."""
    return f"{label}:{fold_name(name)}"


def normalize_arxiv_id(raw: str | None) -> str | None:
    """'arXiv:2205.01068v4' / 'http://arxiv.org/abs/2205.01068v4' → '2205.01068'; None if not an id."""
    if not raw:
        return None
    text = str(raw).strip()
    text = re.sub(r"^(https?://(export\.|www\.)?arxiv\.org/(abs|pdf)/|arxiv:)", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\.pdf$", "", text)
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        match = pattern.match(text)
        if match:
            return match.group(1)
    return None


def without_accents(text: str) -> str:
    """``text`` with its accents dropped (NFKD, combining marks removed): "PokéChamp" → "PokeChamp"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def folded_title(title: str) -> str:
    """A title's words, lower case, accents dropped, one space apart: what two spellings of one
    title share ("Naïve Bayes: …" ~ "naive bayes ...", "Straße" ~ "Strasse")."""
    text = unicodedata.normalize("NFKC", title)
    if not text.isascii():
        text = without_accents(text)
    return " ".join(re.findall(r"\w+", text.casefold()))


def title_hash(title: str) -> str:
    """Stable hash of a title, insensitive to case, spacing, punctuation and accents (``folded_title``)."""
    return hashlib.sha256(folded_title(title).encode("utf-8")).hexdigest()[:16]


def paper_key(title: str, arxiv_id: str | None) -> str:
    """The arXiv id where there is one, else ``title:<hash of the normalised title>``."""
    arxiv = normalize_arxiv_id(arxiv_id)
    return f"arXiv:{arxiv}" if arxiv else f"title:{title_hash(title)}"
