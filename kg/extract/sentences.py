"""Sentence boundaries after spaCy's sentencizer: the ``kg_sentence_joiner`` component.

The sentencizer splits after every full stop. A full stop after an abbreviation ("approx. 4%",
"w.r.t. the length", "see Fig. 1") followed by a word in lower case, a digit or a bracket does not
end the sentence, so this component removes those boundaries before any other kg component reads
the sentences. The abbreviations are data: ``abbreviations_inside_sentences`` of
``data/lexicon.json``, read in ``initialize()`` and saved with ``to_disk``.
"""
import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ConfigError
from kg.extract.data_files import data_dir_or_default, load_lexicon
from kg.extract.parse import forget_sentences, token_offsets, token_words

LEXICON_FILE = "lexicon.json"
ABBREVIATIONS = "abbreviations_inside_sentences"  # the lexicon's list this component reads


def join_sentences_split_after_abbreviations(doc: Doc, abbreviations: frozenset[tuple[str, ...]]) -> None:
    """A full stop after an abbreviation ("approx.", "resp.", "w.r.t.") followed by a word in lower
    case, a digit or a bracket does not end the sentence: the sentencizer splits after every full
    stop, so remove the boundary (a next word in capitals keeps it; so does the title's end).
    ``abbreviations``: the words before the stop, lower case, as tokenized (an entry of several
    words, "et al", would be a tuple of them; the shipped list leaves "et al." out, session 48)."""
    if not abbreviations:
        return
    longest = max(len(a) for a in abbreviations)
    texts, lowers = token_words(doc)
    spaced = token_offsets(doc)[2]
    moved = False
    for i in range(1, len(doc) - 1):
        if texts[i] != "." or spaced[i - 1]:
            continue
        after = texts[i + 1][:1]
        if after.isupper() or not (after.isalnum() or after in "([{$~≈"):
            continue
        words = lowers[max(0, i - longest) : i]
        if not any(tuple(words[-n:]) in abbreviations for n in range(1, len(words) + 1)):
            continue
        start = i + 1  # the sentencizer starts the sentence after the punctuation that follows the stop
        while start < len(doc) - 1 and doc[start].is_punct and not doc[start].is_sent_start:
            start += 1
        if doc[start].is_sent_start and start != doc._.kg_title_end:
            doc[start].is_sent_start = False
            moved = True
    if moved:
        forget_sentences(doc)


class SentenceJoiner:
    """Removes the sentencizer's boundaries after the lexicon's abbreviations (runs right after it)."""

    def __init__(self, nlp: Language, name: str):
        self.nlp = nlp
        self.name = name
        self.abbreviations: frozenset[tuple[str, ...]] | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_dir: str | None = None) -> None:
        """Read ``abbreviations_inside_sentences`` from ``data_dir``'s lexicon (default: the package's data)."""
        words = load_lexicon(data_dir_or_default(data_dir) / LEXICON_FILE).get(ABBREVIATIONS, ())
        self.abbreviations = frozenset(tuple(a.split()) for a in words)

    def __call__(self, doc: Doc) -> Doc:
        if self.abbreviations is None:
            raise ConfigError(f"{self.name} is not initialized: call initialize() (kg.extract.build_pipeline does)")
        join_sentences_split_after_abbreviations(doc, self.abbreviations)
        return doc

    def to_disk(self, path, exclude=()) -> None:
        """The one list it reads, as a lexicon file of its own (``from_disk`` reads it back)."""
        Path(path).mkdir(parents=True, exist_ok=True)
        words = sorted(" ".join(a) for a in self.abbreviations or ())
        (Path(path) / LEXICON_FILE).write_text(json.dumps({ABBREVIATIONS: words}), encoding="utf-8")

    def from_disk(self, path, exclude=()) -> "SentenceJoiner":
        self.initialize(data_dir=str(path))
        return self


@Language.factory(
    "kg_sentence_joiner",
    assigns=["token.is_sent_start"],
    requires=["token.is_sent_start"],
)
def make_sentence_joiner(nlp: Language, name: str) -> SentenceJoiner:
    return SentenceJoiner(nlp, name=name)
