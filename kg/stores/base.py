"""The types a Cypher store's writer and its transports share: the transport protocol, what
a write or query gives back, and the one place where the stores' Cypher differs (``Dialect``).

Kept apart from ``kg.stores.writer`` so that a transport (``neo4j_transport``,
``falkordb_transport``) depends on these types only, not on the writer that drives it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from kg.cypher_statements import constraint_statements
from kg.errors import SinkError
from kg.schema import GraphSchema, load_schema


class StoreError(SinkError):
    """A graph store refused a statement or could not be reached or started."""


class QueryTimeoutError(StoreError):
    """The store stopped a statement that ran past the time it was given (``kg query --timeout``)."""


class StaleStoreError(StoreError):
    """The store holds the graph of an earlier build of OUTDIR than the one there now."""


@dataclass(frozen=True)
class SchemaOp:
    """One schema declaration: a uniqueness constraint or an index on ``label.property``.

    ``cypher`` is the statement that declares it, or ``None`` where the store declares it
    by a command of its own (FalkorDB's ``GRAPH.CONSTRAINT CREATE``).
    """

    kind: str  # "unique" | "index"
    label: str
    property: str
    cypher: str | None


@dataclass(frozen=True)
class Dialect:
    """How one store declares the schema; node and relationship statements are shared.

    - ``neo4j``: ``CREATE CONSTRAINT … IF NOT EXISTS … REQUIRE n.key IS UNIQUE`` (which
      brings its own index) and ``CREATE INDEX … IF NOT EXISTS`` on ``name``: the exact
      statements of ``kg.cypher_statements.constraint_statements``, idempotent by themselves.
    - ``falkordb``: no ``CREATE CONSTRAINT`` and no ``IF NOT EXISTS``; a unique constraint
      is the ``GRAPH.CONSTRAINT CREATE … UNIQUE NODE Label PROPERTIES 1 key`` command and
      needs an exact-match index on ``key`` first, so both ``key`` and ``name`` get a
      ``CREATE INDEX FOR (n:Label) ON (n.prop)`` and the transport skips those that exist.
    """

    name: str
    idempotent_schema: bool  # the store accepts re-declaring an existing index/constraint

    def schema_ops(self, schema: GraphSchema | None = None) -> list[SchemaOp]:
        schema = schema or load_schema()
        labels = list(schema.labels)
        if self.name == "neo4j":
            statements = constraint_statements(schema)  # constraints (one per label), then name indexes
            if len(statements) != 2 * len(labels):
                raise StoreError("kg.cypher_statements.constraint_statements no longer gives one constraint and one index per label")
            return [SchemaOp("unique", label, "key", stmt) for label, stmt in zip(labels, statements[: len(labels)])] + [
                SchemaOp("index", label, "name", stmt) for label, stmt in zip(labels, statements[len(labels) :])
            ]
        if self.name == "falkordb":
            ops = []
            for prop in ("key", "name"):
                ops += [SchemaOp("index", label, prop, f"CREATE INDEX FOR (n:{label}) ON (n.{prop})") for label in labels]
            return ops + [SchemaOp("unique", label, "key", None) for label in labels]
        raise StoreError(f"unknown Cypher dialect {self.name!r}; choose one of {', '.join(sorted(DIALECTS))}")


NEO4J = Dialect("neo4j", idempotent_schema=True)
FALKORDB = Dialect("falkordb", idempotent_schema=False)
DIALECTS = {d.name: d for d in (NEO4J, FALKORDB)}


@dataclass
class WriteResult:
    """What one batch did, from the store's own counters."""

    rows: int = 0  # rows merged (relationships: rows whose endpoints both exist)
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    seconds: float = 0.0

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_dict(self) -> dict[str, Any]:
        return {"columns": self.columns, "rows": self.rows, "seconds": round(self.seconds, 4)}


class Transport(Protocol):
    """Moves Cypher and parameters to one store. No I/O before ``open``."""

    name: str
    dialect: Dialect

    @property
    def target(self) -> str: ...  # where it writes, for reports (never a password)

    @property
    def location(self) -> str: ...  # which store and graph, the same however OUTDIR is spelled

    def open(self) -> None: ...

    def close(self) -> None: ...

    def apply_schema(self, ops: list[SchemaOp]) -> dict[str, int]: ...

    def write(self, statement: str, rows: list[dict[str, Any]]) -> WriteResult: ...

    # ``timeout``: seconds the store itself may spend on the statement before it stops it
    # (``QueryTimeoutError``); None leaves it to the store's own limit, if any.
    def query(self, statement: str, params: dict[str, Any] | None = None, read_only: bool = False,
              timeout: float | None = None) -> QueryResult: ...
