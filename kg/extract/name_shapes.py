"""Word shapes of coined names: the shape tests the recogniser's rules share.

"SmoothQuant", "GPT-4", "VL-Taboo" are shaped like names; "LLM-based", "Data-Centric" are not.
Pure functions over text and tokens, kept apart from the rules that use them so that those rules
(kg.extract.entities, kg.extract.title_names) and the tools that pre-label data read one definition.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from kg.names import without_accents


NAME_SUFFIX_MARKS = ("*", "#", "+", "^")  # glued to a name in a title: "ToolChain*", "DVAE#"

NAME_SHAPE = re.compile(
    r"^(?:[A-Z0-9][A-Z0-9\-+.^]*[A-Z0-9+]|[A-Z]?[a-z]+[A-Z][A-Za-z0-9\-+]*|[A-Za-z]+[0-9][A-Za-z0-9\-.]*|[A-Z][a-z]+-[A-Z][A-Za-z0-9\-]*(?:-\d+\.\d+)?"
    r"|[A-Z]{2,}[a-z]{2,}[A-Za-z0-9\-]*"  # an acronym and a word: SVMCos, BERTSubs
    r"|[A-Z]{2,}[a-z][A-Z][A-Za-z0-9\-+]*)$"  # a lower-case letter inside capitals: LLaVAR, DDCoT, CAtCh (span train: 57 of 72 such words are names)
)


def is_name_token(token) -> bool:
    """A word shaped like a coined name: SmoothQuant, OPT, DP-OPT, ZO2, GPT-4, VL-Taboo, AV-NeRF."""
    return name_shaped(token.text) and not token.is_stop


@functools.lru_cache(maxsize=1 << 16)
def name_shaped(text: str) -> bool:
    """The shape test of ``is_name_token``, by text: asked of every token several times over (a
    tenth of the recogniser's own time before it was kept)."""
    text = without_accents(text)  # "PokéChamp" is shaped like "PokeChamp"
    return bool(NAME_SHAPE.match(text) or is_compound_name(text)) and len(text) >= 2


COMPOUND_PART = re.compile(r"[A-Z]{2}|[a-z][A-Z]|\d[A-Z]")

UNDERSCORE_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-+.]*$")
MAX_UNDERSCORE_PARTS = 4  # "DQ3_K_M" has three; a longer run of parts reads as a code identifier


@functools.lru_cache(maxsize=1 << 12)
def underscore_name(text: str) -> bool:
    """A coined name whose parts an underscore joins: "DuReader_retrieval", "Zeta_Fusion",
    "LVLM_CSP", "MoGU_v2", "DQ3_K_M". One part is shaped like a name, or two are capitalised
    words; a one-letter part is a capital or a digit. Not a variable ("w_p", "MAE_z", "F_1"),
    a snake_case identifier ("cp_measure", "asr_eval"), a team at a shared task ("KS_JU@DPIL-FIRE2016"),
    a path, or plain words and a version ("final_dataset_v1"). The shape alone names nothing (results
    tables write "RB_agg: 0.25"): the rules that take it read it only where a name is introduced, the
    title's head or a word after a propose or naming verb (``is_coined_token``; corpus: see
    docs/history-entities.md, session 47)."""
    parts = text.split("_")
    if not 1 < len(parts) <= MAX_UNDERSCORE_PARTS or len(text) > MAX_NAME_CHARS or not all(UNDERSCORE_PART.match(p) for p in parts):
        return False
    if any(len(p) == 1 and not (p.isupper() or p.isdigit()) for p in parts):
        return False
    return any(name_shaped(p) and not VERSION_SEGMENT.match(p) for p in parts) or sum(len(p) > 1 and p[0].isupper() for p in parts) >= 2


def is_coined_token(token) -> bool:
    """``is_name_token``, or a name joined by underscores (``underscore_name``): the test of the
    rules that read a name where it is introduced."""
    return is_name_token(token) or underscore_name(token.text)


def is_compound_name(text: str) -> bool:
    """Hyphen/dot-joined parts, one an acronym or camel-cased and the last not a lower-case
    word: "VL-Taboo", "Imposter.AI", "GPT4-HOLMES" are names; "LLM-based", "Data-Centric",
    "Cross-Domain" are not."""
    parts = re.split(r"[-.+]", text)
    if len(parts) < 2 or not all(p.isalnum() for p in parts) or parts[-1].islower() and not COUNT_SEGMENT.match(parts[-1]):
        return False  # a count closes a name ("SVGX-DwT-10k"), a lower-case word does not
    if len(parts) == 2 and len(parts[0]) == 1 and parts[0].isupper() and parts[1][:1].isupper() and parts[1][1:].islower():
        return True  # "X-Decoder", "T-Rex"
    last = parts[-1].lower()
    if last.endswith(("ed", "ing")) or last in MODIFIER_ENDINGS or all(DIMENSION_PART.match(p) for p in parts):
        return False  # "AI-Driven", "LLM-Generated", "GPU-Friendly", "2D-3D"
    return any(COMPOUND_PART.search(p) for p in parts)


COUNT_SEGMENT = re.compile(r"^\d+(?:\.\d+)?[km]$")  # "10k", "1.5m": a data set's size

MILLIONS_SUFFIX = re.compile(r"\s*-\s*\d+(?:\.\d+)?M$")  # "VAST-27M", "Segmentation - 22M"
COUNT_SUFFIX = re.compile(r"\s*-\s*\d+(?:\.\d+)?[MB]$")  # "WildChat-4.8M", "DataComp-1B": a million or billion count

COUNTED_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-\d+(?:\.\d+)?[kK]$")  # "CodeAlpaca-20k", "EgoCS-400K"
SIZE_TOKEN = re.compile(r"^\d+(?:\.\d+)?[BMKbmk]$|^\d+x\d+[Bb]$")  # "7B", "1.3b", "8x7B": a parameter count
VERSION_SEGMENT = re.compile(r"^v?\d+(?:\.\d+)*$", re.IGNORECASE)
COUNT_NOUNS = {"%", "x", "×", "times", "layers", "heads", "epochs", "steps", "shots", "examples", "samples", "points", "percent"}
MAX_NAME_CHARS = 60  # longer "words" are not names; also keeps split_variant linear

COUNT = re.compile(r"\d[\d,.]*[KkM]\+?|\d[\d,.]*\+")  # "400K", "1.2M", "300+": counts the tokenizer keeps whole

MODIFIER_ENDINGS = {"like", "aware", "free", "level", "style", "specific", "friendly", "centric", "oriented", "wise", "only", "scale", "size",
                    "native", "agnostic", "compatible", "ready", "first"}  # "AAS-Native Approach", "AI-First"


DIMENSION_PART = re.compile(r"^\d+[A-Z]$")  # "2D", "3D" of "2D-3D" (the module's DIMENSION is the task rules' "3D")


def is_name_shaped(span: Span) -> bool:
    return any(is_name_token(t) for t in span)


CODED_WORD = re.compile(r"[A-Za-z][A-Za-z0-9@._+\-]*[A-Za-z0-9+]")  # a coined word without spaces: "ogbl-wikikg2", "Constraint@AAAI2021"

CODED_MARK = re.compile(r"[-@_]|[A-Za-z]\d|\d[A-Za-z]")  # joined parts or a glued digit

WORDS_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def hyphen_joined_name(doc: Doc, i: int, closers: tuple[str, ...] = (",", "(", ".", ";")) -> Span | None:
    """Capitalised words hyphen-joined through small lower-case words, then a comma, bracket or
    stop: "called Slice-and-Sandwich,", "we propose Dehaze-then-Splat." (span train: 23 of 23
    such names after a naming or propose verb annotated; those with a lower-case link were lost)."""
    end = i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    if end - i < 5 or not doc[i].is_title or not doc[end - 1].text[:1].isupper() or end >= len(doc) or doc[end].text not in closers:
        return None
    links = [doc[k] for k in range(i + 2, end - 1, 2)]
    return doc[i:end] if all(t.is_title or t.is_upper or t.lower_ in HYPHEN_LINKS for t in links) else None


HYPHEN_LINKS = {"of", "and", "then", "to", "as", "in", "for", "the", "a", "on", "by", "with", "or"}


# A word of a capitalised name: "Hierarchical", "Moment-Based", "Multi-Modality".
CAPITALISED_WORD = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
# A name glued to one of these is an adjective, not a name: "DeepSeek-R1-like training", "BERT-based", "GPT-4-style".
ADJECTIVE_SUFFIXES = ("-based", "-like", "-style", "-inspired", "-driven", "-centric", "-specific", "-free", "-only")
# A recogniser span ending so is an adjective or a phrase cut before its head (span_model_names; span train: 4 such
# spans in 3,600 abstracts, "Domain-level metacognitive monitoring", "Ensemble of …", none gold), and a capitalised
# segment glued after a model ending so says how a thing is made of it (model_names.modifier_word): one list, read by both.
RECOGNISED_ADJECTIVE_ENDINGS = ("-level", "-efficient", "-aware", "-wise", "-grained")
PLURAL_CLASS = re.compile(r"^[A-Z][A-Za-z0-9\-]*[A-Z]s$")  # LLMs, MM-LLMs, VLLMs: a kind of thing, in the plural
# Words before a type word that make it a trained model's: "Pathways Language Model", "vision foundation model".
TYPE_WORD_MODIFIERS = {"language", "vision", "foundation", "large", "generative", "pretrained", "pre-trained"}
