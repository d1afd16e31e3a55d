"""Leaderboards: the results papers report on one benchmark, as rows sorted by value.

One question, three places to ask it: a build directory (``nodes.jsonl`` / ``edges.jsonl``,
read here), a loaded graph store (``queries/leaderboard.cypher``), or the SPARQL endpoint
(``queries/leaderboard.rq``). All three match the benchmark (and the optional metric) by
name or alias, case-insensitively, and give the same rows in the same order: absolute
scores first, then gains, each by value (highest first), then model and paper.
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.stores.files import graph_files

COLUMNS = ("model", "paper", "year", "value", "from_value", "unit", "kind", "metric", "benchmark", "sentence")
RESULT_EDGES = ("REPORTS_RESULT", "RESULT_OF", "RESULT_ON", "RESULT_METRIC")


@dataclass(frozen=True)
class Row:
    model: str | None
    paper: str
    year: int | None
    value: float
    from_value: float | None  # "from 67% to 85%": 67 (``value`` is 85); None for one number
    unit: str | None
    kind: str
    metric: str | None
    benchmark: str
    sentence: str | None


@dataclass
class Leaderboard:
    benchmark: str
    metric: str | None
    source: str
    rows: list[Row] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"benchmark": self.benchmark, "metric": self.metric, "source": self.source,
                "seconds": round(self.seconds, 3), "rows": [asdict(r) for r in self.rows]}


def sort_key(row: Row) -> tuple:
    """The order of ``queries/leaderboard.*``: kind, value (highest first), model, paper."""
    return (row.kind, -row.value, row.model is None, row.model or "", row.paper)


def _number(value) -> float | None:
    """A value as a float, so every source gives the same row (stores may return ints)."""
    return None if value is None else float(value)


def _named(node: dict, name: str) -> bool:
    # lower(), not fold_name: queries/leaderboard.cypher (toLower) and .rq (LCASE) must give the same
    # rows, and neither query language can drop accents or plurals as the fold does (a folded name
    # stored on every node was weighed and left: docs/history-quality.md, "Session 49, tidy49").
    want = name.lower()
    return node["name"].lower() == want or any(a.lower() == want for a in node.get("aliases", ()))


def _key_of(line: str) -> str | None:
    """The ``key`` of a nodes.jsonl line without parsing the whole line (abstracts are long)."""
    at = line.find('"key": "')
    if at < 0:
        return None
    end = line.find('"', at + 8)
    key = line[at + 8 : end]
    return None if "\\" in key else key


def leaderboard(out_dir: str | Path, benchmark: str, metric: str | None = None) -> Leaderboard:
    """The leaderboard of ``benchmark`` from the build in ``out_dir``.

    Reads only the lines it needs: result edges (by their type, before parsing) and the nodes
    they touch, so a 20,000-paper build answers in well under a second or two.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    nodes_path, edges_path = graph_files(out_dir)
    markers = tuple(f'"type": "{t}"' for t in RESULT_EDGES)
    reported: dict[str, str] = {}  # result -> paper
    roles: dict[str, dict[str, str]] = {}
    with edges_path.open(encoding="utf-8") as fh:
        for line in fh:
            if not any(m in line for m in markers):
                continue
            e = json.loads(line)
            if e["type"] == "REPORTS_RESULT":
                reported[e["target"]] = e["source"]
            elif e["type"] in RESULT_EDGES:
                roles.setdefault(e["source"], {})[e["type"]] = e["target"]
    wanted = set(reported) | set(reported.values()) | {k for r in roles.values() for k in r.values()}
    nodes: dict[str, dict] = {}
    with nodes_path.open(encoding="utf-8") as fh:
        for line in fh:
            key = _key_of(line)
            if key is None or key in wanted:
                node = json.loads(line)
                if node["key"] in wanted:
                    nodes[node["key"]] = node
    board = Leaderboard(benchmark, metric, str(out_dir))
    for result_key, paper_key in reported.items():
        r = roles.get(result_key, {})
        bench = nodes.get(r.get("RESULT_ON", ""))
        if bench is None or not _named(bench, benchmark):
            continue
        measure = nodes.get(r.get("RESULT_METRIC", ""))
        if metric is not None and (measure is None or not _named(measure, metric)):
            continue
        model, paper, result = nodes.get(r.get("RESULT_OF", "")), nodes[paper_key], nodes[result_key]
        board.rows.append(Row(
            model=model["name"] if model else None, paper=paper["name"], year=paper.get("year"), value=float(result["value"]),
            from_value=_number(result.get("from_value")), unit=result.get("unit"), kind=result["kind"], metric=measure["name"] if measure else None,
            benchmark=bench["name"], sentence=result.get("sentence"),
        ))
    board.rows.sort(key=sort_key)
    board.seconds = time.perf_counter() - started
    return board


def query_file() -> Path:
    """``queries/leaderboard.cypher`` of a checkout, else the copy in the package's data."""
    checkout = Path(__file__).resolve().parent.parent / "queries" / "leaderboard.cypher"
    return checkout if checkout.is_file() else Path(__file__).resolve().parent / "data" / "leaderboard.cypher"


def leaderboard_from_store(transport, benchmark: str, metric: str | None = None, timeout: float | None = None) -> Leaderboard:
    """The same leaderboard from a loaded graph store (FalkorDB or Neo4j), by ``queries/leaderboard.cypher``;
    ``transport`` is open (the caller opens and closes it). With ``timeout``, the store stops the query
    after that many seconds (``QueryTimeoutError``), as ``kg query --timeout`` does."""
    from kg.stores import read_query_file

    started = time.perf_counter()
    query = read_query_file(query_file())
    result = transport.query(query.text, {"benchmark": benchmark, "metric": metric}, read_only=True, timeout=timeout)
    board = Leaderboard(benchmark, metric, type(transport).__name__)
    for rec in result.records():
        row = {c: rec.get(c) for c in COLUMNS}
        board.rows.append(Row(**{**row, "value": float(row["value"]), "from_value": _number(row["from_value"])}))
    board.seconds = time.perf_counter() - started
    return board
