"""Query files: ``queries/NAME.cypher``, a ``//`` header (the question, ``// params: {json}``)
then one Cypher statement; and the ``--param k=v`` values typed like the header's examples.

Read by ``kg query`` and ``kg leaderboard``; kept apart from the writer, as reading a query
file needs no store.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError


@dataclass
class QueryFile:
    """A ``.cypher`` file: ``//`` header lines (the question, ``// params: {json}``), then Cypher."""

    path: Path
    question: str
    params: dict[str, Any]
    text: str  # the Cypher after the header, without a trailing ';'


def read_query_file(path: str | Path) -> QueryFile:
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read query file {path}: {exc}") from exc
    lines = source.splitlines()
    header: list[str] = []
    while lines and (lines[0].lstrip().startswith("//") or not lines[0].strip()):
        header.append(lines.pop(0).strip())
    params: dict[str, Any] = {}
    question: list[str] = []
    for line in header:
        content = line[2:].strip() if line.startswith("//") else ""
        if content.lower().startswith("params:"):
            try:
                params = json.loads(content.split(":", 1)[1])
            except ValueError as exc:
                raise InputError(f"{path}: the `// params:` line is not JSON: {exc}") from exc
            if not isinstance(params, dict):
                raise InputError(f"{path}: the `// params:` line must be a JSON object")
        elif content:
            question.append(content)
    text = "\n".join(lines).strip().rstrip(";").strip()
    if not text:
        raise InputError(f"{path}: no Cypher after the // header")
    return QueryFile(path, " ".join(question), params, text)


def coerce_param(raw: str, example: Any = None) -> Any:
    """A ``--param k=v`` value: typed like the file's example value for ``k`` if there is one,
    else JSON if it parses (``5``, ``true``, ``["a"]``), else the string itself."""
    if isinstance(example, str):
        return raw
    try:
        value = json.loads(raw)
    except ValueError:
        if example is not None:
            raise InputError(f"parameter value {raw!r} is not a {type(example).__name__} (JSON) like the example {example!r}") from None
        return raw
    if example is not None and isinstance(example, bool) != isinstance(value, bool):
        raise InputError(f"parameter value {raw!r} is not a {type(example).__name__} like the example {example!r}")
    return value
