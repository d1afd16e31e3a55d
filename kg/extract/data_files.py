"""Where kg's spaCy components find their data files, and the two readers they share.

Each component (``kg_sentence_joiner``, ``kg_entity_recognizer``, ``kg_relation_extractor``,
``kg_result_extractor``) reads its data in ``initialize(data_dir=...)``; without a ``data_dir`` it
reads the package's own ``kg/data``. A file that is missing or malformed is a ``ConfigError``
naming it, whichever component reads it. Kept apart from the components so that an early stage
(the sentence joiner) needs no later one's module to read the lexicon. The lexicon's words for data
(``DataNouns``) are read here once for the recogniser and the relation extractor alike.
"""
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import ConfigError

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_dir_or_default(data_dir: str | Path | None) -> Path:
    """``data_dir`` as a path, or the package's ``kg/data`` when none is given."""
    return Path(data_dir) if data_dir else DEFAULT_DATA_DIR


def load_lexicon(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read lexicon {path}: {exc}") from exc


def load_word_list(path: Path) -> set[str]:
    """One word a line; ``#`` starts a comment line."""
    try:
        return {w for w in path.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")}
    except OSError as exc:
        raise ConfigError(f"cannot read word list {path}: {exc}") from exc


@dataclass(frozen=True)
class DataNouns:
    """The lexicon's nouns for data: ``dataset_words`` ("dataset", "corpus"), ``benchmark_words``
    ("benchmark", "leaderboard") and ``part_nouns`` (``data_part_nouns``: "a subset of X"), with
    ``words`` (both kinds) and ``single_words`` (those of one word: "test-clean dataset of the
    LibriSpeech corpus")."""

    dataset_words: frozenset[str]
    benchmark_words: frozenset[str]
    part_nouns: frozenset[str]
    words: frozenset[str]
    single_words: frozenset[str]


def data_nouns(lexicon: Mapping) -> DataNouns:
    """The lexicon's ``DataNouns``: one object for every component that reads the same lists."""
    return _data_nouns(tuple(lexicon.get("dataset_words", ())), tuple(lexicon.get("benchmark_words", ())),
                       tuple(lexicon.get("data_part_nouns", ())))


@lru_cache(maxsize=4)
def _data_nouns(dataset_words: tuple[str, ...], benchmark_words: tuple[str, ...], part_nouns: tuple[str, ...]) -> DataNouns:
    words = frozenset(dataset_words) | frozenset(benchmark_words)
    return DataNouns(frozenset(dataset_words), frozenset(benchmark_words), frozenset(part_nouns), words,
                     frozenset(w for w in words if " " not in w))
