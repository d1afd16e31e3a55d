"""A per-user cache of what kg can compute again but need not on every start.

Only for speed: every entry is keyed by what it was computed from (a content digest), so a
stale entry is never used, and a cache that cannot be read or written is simply not used.
``KG_CACHE_DIR`` sets the directory (empty: no cache); else ``$XDG_CACHE_HOME/kg`` or
``~/.cache/kg``.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

CACHE_ENV = "KG_CACHE_DIR"


def cache_dir() -> Path | None:
    """The cache directory, or None when ``KG_CACHE_DIR`` is set empty."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def load(name: str) -> Any:
    """The JSON value cached under ``name``, or None (no cache, no file, unreadable)."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        return json.loads((directory / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def save(name: str, value: Any) -> None:
    """Cache ``value`` under ``name``; written whole or not at all (processes may race)."""
    directory = cache_dir()
    if directory is None:
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(value, stream, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, directory / name)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass
