"""The word lists kg ships in ``kg/data`` for code outside the spaCy pipeline, read once per process.

Text normalisation (``kg.normalize``), the Papers with Code catalogue (``kg.pwc``) and the linker
(``kg.link``) all read ``lexicon.json`` and ``common_words.txt``; each used to read them on its own
(normalize could not import pwc's reader without an import cycle). The pipeline's components read
their own copy of the lexicon in ``initialize()`` and save it with the pipeline, as spaCy's do.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import ConfigError


def _data_file(name: str) -> str:
    path = Path(str(resources.files("kg") / "data" / name))
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc


@lru_cache(maxsize=1)
def shipped_lexicon() -> dict:
    """``data/lexicon.json`` as a dict."""
    text = _data_file("lexicon.json")
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ConfigError(f"cannot read lexicon kg/data/lexicon.json: {exc}") from exc


@lru_cache(maxsize=None)
def lexicon_words(key: str) -> frozenset[str]:
    """One word list of ``data/lexicon.json`` as a set."""
    return frozenset(shipped_lexicon()[key])


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """``data/common_words.txt``: lower-case English words (``#`` lines are comments)."""
    return frozenset(w for w in _data_file("common_words.txt").split("\n") if w and not w.startswith("#"))
