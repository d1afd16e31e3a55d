"""Where kg's spaCy components find their data files, and the two readers they share.

Each component (``kg_sentence_joiner``, ``kg_entity_recognizer``, ``kg_relation_extractor``,
``kg_result_extractor``) reads its data in ``initialize(data_dir=...)``; without a ``data_dir`` it
reads the package's own ``kg/data``. A file that is missing or malformed is a ``ConfigError``
naming it, whichever component reads it. Kept apart from the components so that an early stage
(the sentence joiner) needs no later one's module to read the lexicon.
"""
import json
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
