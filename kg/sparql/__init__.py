"""SPARQL over a build's RDF: the Oxigraph store, the endpoint (``kg serve``) and the
example queries in ``queries/*.rq``.

Heavy modules (Starlette, uvicorn) are imported only by ``kg.sparql.server``; this package
file stays light because every query worker process imports it.

Example queries are plain SPARQL files that run as they are (in YASGUI, curl, any client).
Leading ``#`` lines say the question; one of them, ``# params: {"name": "OPT"}``, names the
parameters and their example values. Each parameter ``x`` appears in the query as a
``VALUES ?x { … }`` block (or several, one per subquery) holding the example value, which
``bind_params`` replaces with the caller's value (``limit`` and ``offset`` replace the number in
``LIMIT n`` and ``OFFSET n``). A string parameter ``x`` may also have a ``VALUES ?x_lowercase { … }``
block: it gets the value lower-cased (Python's ``str.lower``, as SPARQL's ``LCASE``), so a
case-insensitive name lookup is one index lookup of a constant. Computing ``LCASE(?x)`` in the query
instead makes Oxigraph join every lower-cased name of the graph (1.5-2 s at 175,745 papers).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, KGError

__all__ = ["ExampleQuery", "bind_params", "load_examples", "queries_dir", "sparql_literal"]


def queries_dir() -> Path | None:
    """``queries/`` of a source checkout (``None`` when kg runs from a wheel)."""
    path = Path(__file__).resolve().parents[2] / "queries"
    return path if path.is_dir() else None


@dataclass(frozen=True)
class ExampleQuery:
    name: str                     # file stem, shared with the matching ``.cypher`` file
    question: str                 # the first comment line
    description: str              # every leading comment line except the params line
    params: dict[str, Any] = field(default_factory=dict)
    text: str = ""

    def bound(self, params: dict[str, Any] | None = None, header: bool = True) -> str:
        """The query with ``params`` (default: the example values) substituted.

        ``header=False`` drops the leading ``#`` lines. Send that to SPARQLWrapper 2.0: it
        guesses the query form by regex after removing only every other comment line, so a
        header line with "task" or "loads" in it makes it send an ASK or an update.
        """
        text = bind_params(self.text, {**self.params, **(params or {})})
        if not header:
            lines = text.splitlines(keepends=True)
            while lines and (not lines[0].strip() or lines[0].lstrip().startswith("#")):
                lines.pop(0)
            text = "".join(lines)
        return text


_PARAMS_LINE = re.compile(r"^#\s*params\s*:\s*(\{.*\})\s*$", re.IGNORECASE)


def parse_example(name: str, text: str) -> ExampleQuery:
    comments, params = [], {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        m = _PARAMS_LINE.match(stripped)
        if m:
            try:
                params = json.loads(m.group(1))
            except ValueError as exc:
                raise ConfigError(f"queries/{name}.rq: the params line is not JSON: {exc}") from None
            continue
        comments.append(stripped.lstrip("#").strip())
    comments = [c for c in comments if c]
    if not comments:
        raise ConfigError(f"queries/{name}.rq has no leading comment saying its question")
    question = re.sub(r"^(question|q)\s*:\s*", "", comments[0], flags=re.IGNORECASE)
    return ExampleQuery(name, question, "\n".join(comments), params, text)


def load_examples(directory: str | Path | None = None) -> list[ExampleQuery]:
    """Every ``*.rq`` file of ``directory`` (default: the checkout's ``queries/``), by name."""
    directory = Path(directory) if directory else queries_dir()
    if directory is None:
        return []
    return [parse_example(p.stem, p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.rq"))]


_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def sparql_literal(value: Any) -> str:
    """A Python value as a SPARQL term: str → string literal, bool, int, float → typed,
    ``None`` → ``UNDEF`` (in a VALUES block: the variable stays unbound)."""
    if value is None:
        return "UNDEF"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if "e" in repr(value) or "." in repr(value) else repr(value) + ".0"
    if isinstance(value, str):
        return '"' + "".join(_ECHAR.get(c, c) for c in value) + '"'
    raise KGError(f"cannot use {value!r} ({type(value).__name__}) as a SPARQL parameter; use str, int, float or bool")


def bind_params(text: str, params: dict[str, Any]) -> str:
    """Replace every ``VALUES ?name { … }`` block of each parameter (a query may repeat one in
    self-contained subqueries) and every ``VALUES ?name_lowercase { … }`` block with the value
    lower-cased, or the first ``LIMIT n`` / ``OFFSET n`` for ``limit`` / ``offset``."""
    for name, value in params.items():
        if name in ("limit", "offset"):
            text, n = re.subn(rf"\b{name}\s+\d+", f"{name.upper()} {int(value)}", text, count=1, flags=re.IGNORECASE)
        else:
            pattern = re.compile(r"VALUES\s+[?$]" + re.escape(name) + r"\s*\{[^{}]*\}", re.IGNORECASE)
            text, n = pattern.subn(lambda _m: f"VALUES ?{name} {{ {sparql_literal(value)} }}", text)
            lowered = value.lower() if isinstance(value, str) else value
            lower = re.compile(r"VALUES\s+[?$]" + re.escape(name) + r"_lowercase\s*\{[^{}]*\}", re.IGNORECASE)
            text, _ = lower.subn(lambda _m: f"VALUES ?{name}_lowercase {{ {sparql_literal(lowered)} }}", text)
        if n == 0:
            raise KGError(f"parameter {name!r} has no VALUES ?{name} {{ … }} block (or LIMIT / OFFSET) in the query")
    return text
