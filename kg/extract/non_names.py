"""Spans shaped like names that name nothing of the schema.

Citations ("Lample and Conneau, 2019", "[Ji+24]"), a code's part ("cs.CL"), a host ("available at
CityUHK"), shared tasks and events by their edition ("SemEval-2021 Task 2"), a team in a
shared-task title, a span cut after a bound prefix ("pre" of "pre-trained"). The recogniser drops
these before typing; each test says what the span train annotation showed for its shape.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.extract.parse import span_text, token_words, words_text
from kg.names import extraction_fold_name as fold_name


SURNAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"  # "Cai", "Ortega-Andres"
# Two authors cited by name: "proposed by Ortega-Andres & Vicente (2019)", "Lample and Conneau, 2019"
# (span train: 20 such citations, none annotated; the recogniser took the first for a Method).
AUTHOR_PAIR = re.compile(rf"^{SURNAME} (?:&|and) {SURNAME}$")
AUTHOR = re.compile(rf"^{SURNAME}$")  # one surname, a citation going on after it ("Cai et al.")
CITED_YEAR = re.compile(r"^(?:19|20)\d\d[a-z]?$")  # "2019", "2016a"


def cites_authors(doc: Doc, start: int, end: int) -> bool:
    """A span of two capitalised surnames followed by a year, in brackets or after a comma; or one
    surname a citation goes on from: "Cai et al.", "Cai and Wang (2020". A listed
    acronym matched in a surname's case ("Cai" for Constitutional AI's CAI) is an author there.
    Span train: 120 such single-surname citations, none annotated."""
    text = span_text(doc[start:end])
    if AUTHOR_PAIR.match(text):
        return end + 1 < len(doc) and doc[end].text in ("(", ",") and bool(EDITION_YEAR.match(doc[end + 1].text))
    if not AUTHOR.match(text) or end + 1 >= len(doc):
        return False
    if doc[end].lower_ == "et" and doc[end + 1].lower_ in ("al", "al."):
        return True
    k = end + 2  # a second author, then the year: one name alone before "(2017)" may be the thing ("Transformer (2017)")
    return doc[end].lower_ in ("and", "&") and bool(AUTHOR.match(doc[end + 1].text)) and k + 1 < len(doc) and doc[k].text in ("(", ",") \
        and bool(CITED_YEAR.match(doc[k + 1].text))


# An author-year citation key: "Ji+24", "DYT24", "Sal25a", "KL93b".
CITATION_KEY = re.compile(r"^[A-Z][A-Za-z]*\+?\d{2}[a-z]?$")


def cites_by_key(doc: Doc, start: int, end: int) -> bool:
    """"… can detect hallucinations [AM23; Bei+24; DYT24; Ji+24]": a key-shaped item of a square-bracket
    list is a citation, not a model or method (175k arXiv abstracts: every one of the 81 square-bracket
    groups with such an item is a citation list)."""
    if not CITATION_KEY.match(words_text(doc, start, end)) or start == 0 or end >= len(doc):
        return False
    if doc[start - 1].text not in ("[", ";", ",") or doc[end].text not in ("]", ";", ","):
        return False
    for k in range(start - 1, max(start - 60, 0) - 1, -1):
        if doc[k].text in ("]", "(", ")") or doc[k].is_space:
            return False
        if doc[k].text == "[":
            return True
    return False


def after_a_code_prefix(doc: Doc, start: int) -> bool:
    """The part after a glued dot of a code: "the cs.CL corpus of the arXiv repository" made a
    Dataset (then a Task) "CL" of an arXiv category."""
    return start > 1 and doc[start - 1].text == "." and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ \
        and doc[start - 2].is_lower and doc[start - 2].is_alpha


BOUND_PREFIXES = frozenset({"pre", "non", "self", "semi", "multi", "co", "re", "un", "anti", "inter", "intra", "post", "sub", "de", "bi", "tri"})


def ends_on_a_bound_prefix(doc: Doc, end: int) -> bool:
    """A span cut inside a hyphenated word after a prefix that cannot end a name: "Attention-based
    pre" of "Attention-based pre-trained language models" (the tokenizer splits at the hyphen)."""
    return 0 < end < len(doc) - 1 and doc[end - 1].text in BOUND_PREFIXES and not doc[end - 1].whitespace_ \
        and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_alpha


def names_a_host(doc: Doc, start: int) -> bool:
    """"our website is available at CityUHK", "the challenge webpage is hosted on CodaBench": a
    capitalised word where something is hosted names a site or an institution, not a thing of
    the schema (span train: 16 of 18 names so placed unannotated; the two annotated are listed)."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ in ("at", "on", "via") and doc[k - 1].lower_ in ("available", "hosted", "accessible")


def names_a_shared_task(doc: Doc, end: int) -> bool:
    """"the SIGMORPHON 2018 shared task": a shared task's name stays unannotated (guideline;
    span train: 0 of 18 names before "shared task" annotated). The edition's year may stand
    between: "the CLPsych 2024 shared task" (CLPsych was a Method on an ACL Anthology sample).
    So does a name before a task's number, in either case: "SemEval task 4" was a Method on an
    ACL Anthology sample (span train: 0 of 26 names before "Task N" / "task N" annotated)."""
    texts, lowers = token_words(doc)
    if end + 2 < len(doc) and EDITION_YEAR.match(texts[end]) and lowers[end + 1] == "shared":
        end += 1
    if end + 2 < len(doc) and texts[end] == "(" and texts[end + 2] == ")":
        end += 3  # "Learning With Disagreements (LeWiDi) shared task"
    elif end < len(doc) and texts[end] == ")":
        end += 1
    if end + 1 < len(doc) and lowers[end] == "task" and doc[end + 1].like_num:
        return True  # "SemEval-2021 Task 2", "our participation in SemEval task 11"
    return end + 1 < len(doc) and lowers[end] == "shared" and lowers[end + 1] in ("task", "tasks")


# An edition's year, written alone after a name ("CLPsych 2024") or joined to it ("SemEval-2018")
EDITION_YEAR = re.compile(r"^(?:19|20)\d\d$")

EDITION_NAME = re.compile(r"^[A-Za-z][A-Za-z-]*?[- ]?(?:19|20)\d\d$")

# A shared task's number, alone or after its event: "Task-6", "SemEval-2020 Task 3"
TASK_NUMBER = re.compile(r"(?:^|\s)Task[- ]?\d+$")


def events_by_edition(doc: Doc, chosen: list, label_of: dict[str, str | None]) -> list[str]:
    """Methods and Models that are an event by its edition: a word with a year ("SemEval-2018",
    "EmoInt-2017", "PalmX 2025"; a word before a year, "at SemEval 2024", "CLPsych 2024") or a
    shared task's number ("Task-6", "SemEval-2020 Task 3"). A name with a year is a dataset or a
    benchmark when it is anything (span train gold: 22 such names, all Dataset or Benchmark; the
    4 the pipeline typed Method or Model were all wrong); on an ACL Anthology sample of 250
    abstracts 7 shared tasks and their events were Methods. A year inside a title's name of several
    words ("NeurIPS 2020 EfficientQA Competition", "BioNLP-OST 2019 RDoC Tasks") dates the event
    too (span train: 2 such Method nodes, neither gold; no other set has one)."""
    out = []
    for cand in chosen:
        text = words_text(doc, cand.start, cand.end)
        fold = fold_name(text)
        if label_of.get(fold) not in ("Method", "Model"):
            continue
        year_after = (cand.end < len(doc) and EDITION_YEAR.match(doc[cand.end].text) is not None
                      and text.replace("-", "").isalpha())
        year_inside = any(EDITION_YEAR.match(t.text) for t in doc[cand.start : cand.end - 1])
        if EDITION_NAME.match(text) or TASK_NUMBER.search(text) or year_after or year_inside:
            out.append(fold)
    return out


# What follows "X at" / "X @" in a shared-task paper's title: "SemEval-2021 Task 2", "the IWPT 2020
# Shared Task", "Ego4D Challenge 2022", "WNUT-2020 Task 2".
SHARED_TASK_EVENT = re.compile(r"\b(?:SemEval|WMT|Shared Task|Task \d|Challenge|Track \d|\w*-?(?:19|20)\d\d)\b", re.IGNORECASE)


def team_in_title(doc: Doc, title_end: int) -> Span | None:
    """The team of a shared-task system paper, "Mavericks at BLP-2023 Task 1: …", "TartuNLP @
    SIGTYP 2024 Shared Task: …": a team is no entity (span train: 4 of 18 such heads annotated,
    as the team's system)."""
    for token in doc[1 : min(title_end, 5)]:
        if token.lower_ in ("at", "@"):
            event = span_text(doc[token.i + 1 : title_end]).split(":")[0]
            return doc[: token.i] if SHARED_TASK_EVENT.search(event) else None
    return None


# An elided French article or pronoun opening a word: "L'étude", "Cadre d'évaluation", "qu'il"
ELIDED_OPENER = re.compile(r"(?:^|\s)(?:[LlDdJjNn]|[Qq]u)['\u2019\u201f](?=\w)")


def written_in_another_language(doc: Doc, function_words: frozenset[str], min_words: int) -> bool:
    """Whether a title and abstract are French text: at least ``min_words`` different function words
    of the lexicon's ``foreign_function_words``, as written ("et" of "et al." does not count). ACL
    Anthology: 1,069 of its 1,073 French abstracts, 5 of the other 57,401 records (French titles);
    span train: none has more than 2, span dev 3 ("ASDA : Analyseur Syntaxique du Dialecte
    Algérien dans un but d'analyse …", a French name of an English abstract, gold)."""
    texts, lowers = token_words(doc)
    seen = {text for i, text in enumerate(texts) if text in function_words
            and not (text == "et" and i + 1 < len(texts) and lowers[i + 1] == "al")}
    return len(seen) >= min_words


def in_another_language(name: str, function_words: frozenset[str]) -> bool:
    """A span of French text, no name (ACL Anthology: 1.8% of its abstracts, mostly JEP-TALN-RECITAL):
    it holds a function word of the lexicon's ``foreign_function_words``, as written ("Approche
    quantitative par extraction", "un outil de classification"), or an elided article
    ("L'objectif"), or it is such a word capitalised to open a sentence, alone or before a
    lower-case word ("Avec", "Celle-ci", "Nous comparons …"; an acronym in capitals, "DES", "UN",
    "PAR", is no such word). Asked only of text ``written_in_another_language``."""
    words = name.split()
    if not words or ELIDED_OPENER.search(name) or any(w in function_words for w in words):
        return bool(words)
    first = words[0]
    capitalised = first[:1].isupper() and (first[1:].islower() or "-" in first and first[1:].replace("-", "").islower())
    return capitalised and first.lower() in function_words and (len(words) == 1 or words[1][:1].islower())
