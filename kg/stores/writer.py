"""The one Cypher writer: kg's graph into any Cypher store through a small "transport".

The statements are the shared ones of ``kg.cypher_statements`` (the same text as ``graph.cypher``):
``UNWIND $rows AS row MERGE (n:Label {key: row.key}) SET n += row.props`` per label, then
``UNWIND $rows AS row MATCH (a) MATCH (b) MERGE (a)-[r:TYPE]->(b) SET r += row.props`` per
(source label, type, target label), each batch in one write transaction, values only as
the ``$rows`` parameter, labels and types only from the schema. Because every write is a
``MERGE`` on a stable key, loading twice or re-running a load killed half-way ends with
the same graph and no duplicates.

A transport (``Neo4jTransport``, ``FalkorDBTransport``) moves statements and parameters
to its store and back. Everything that differs between the stores' Cypher sits in
``Dialect`` (``kg.stores.base``, with the other types the transports share): today that is
only how the schema (uniqueness constraints, indexes) is declared.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import co_occurrence
from kg.cypher_statements import edge_row, merge_edges_statement, merge_nodes_statement, node_row
from kg.graph import KnowledgeGraph
from kg.schema import GraphSchema, load_schema
from kg.sinks import SinkReport
from kg.outdir import build_fingerprint
from kg.stores.base import DIALECTS, QueryResult, StaleStoreError, StoreError, Transport


# --------------------------------------------------------------------------------------
# Statements (shared by every transport)
# --------------------------------------------------------------------------------------


def with_row_count(statement: str) -> str:
    """A ``UNWIND $rows`` write that also returns how many rows it merged.

    For relationships that is the number whose two endpoints were found, so a row lost
    to a missing node is counted instead of vanishing.
    """
    return statement + " RETURN count(*) AS rows"


@dataclass(frozen=True)
class Batch:
    kind: str  # "node" | "relationship"
    group: str  # label, or "Source-TYPE->Target"
    statement: str
    rows: list[dict[str, Any]]


def plan_batches(graph: KnowledgeGraph, batch_size: int = 1000) -> list[Batch]:
    """Every write of a load, in order: nodes by label, then relationships by
    (source label, type, target label); rows as ``kg.cypher_statements.node_row`` / ``edge_row`` give them."""
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, not {batch_size}")
    by_label: dict[str, list] = {}
    for node in graph.iter_nodes():
        by_label.setdefault(node.label, []).append(node_row(node))
    by_sig: dict[tuple[str, str, str], list] = {}
    for edge in graph.iter_edges():
        by_sig.setdefault((graph.nodes[edge.source].label, edge.type, graph.nodes[edge.target].label), []).append(edge_row(edge))
    for label in by_label:  # labels and types are written into the Cypher text: only the schema's own pass
        graph.schema.check_label(label)
    for src, rel, dst in by_sig:
        graph.schema.check_edge(src, rel, dst)
    groups = [("node", label, merge_nodes_statement(label, graph.schema), rows) for label, rows in sorted(by_label.items())]
    groups += [
        ("relationship", f"{src}-{rel}->{dst}", merge_edges_statement(src, rel, dst, graph.schema), rows)
        for (src, rel, dst), rows in sorted(by_sig.items())
    ]
    return [
        Batch(kind, group, with_row_count(statement), rows[i : i + batch_size])
        for kind, group, statement, rows in groups
        for i in range(0, len(rows), batch_size)
    ]


def writer_statements(schema: GraphSchema | None = None) -> list[str]:
    """Every statement text the writer can send, for any graph of ``schema``, in both dialects.

    Used by the tests to run Neo4j's own Cypher front-end over all of them.
    """
    schema = schema or load_schema()
    out = [op.cypher for d in DIALECTS.values() for op in d.schema_ops(schema) if op.cypher]
    out += [with_row_count(merge_nodes_statement(label, schema)) for label in schema.labels]
    for rel in schema.relationship_types.values():
        for src in sorted(rel.sources):
            for dst in sorted(rel.targets):
                out.append(with_row_count(merge_edges_statement(src, rel.name, dst, schema)))
    return out + [co_occurrence.DELETE_STATEMENT, co_occurrence.CREATE_STATEMENT]


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------


@dataclass
class GroupCounts:
    sent: int = 0
    merged: int = 0
    created: int = 0

    @property
    def existing(self) -> int:
        return self.merged - self.created


@dataclass
class LoadReport:
    """What a load did: per label / relationship signature, rows sent, created, already there."""

    store: str
    target: str
    batches: int = 0
    nodes: dict[str, GroupCounts] = field(default_factory=dict)
    relationships: dict[str, GroupCounts] = field(default_factory=dict)
    properties_set: int = 0
    schema: dict[str, int] = field(default_factory=dict)
    store_nodes: int = 0  # totals in the store after the load
    store_relationships: int = 0
    seconds: float = 0.0
    replaced_nodes: int = 0  # nodes deleted first (a load with replace)
    co_occurrence_pairs: int = 0  # :CoOccurrence nodes written (kg.co_occurrence)

    def _total(self, groups: dict[str, GroupCounts], attr: str) -> int:
        return sum(getattr(g, attr) for g in groups.values())

    @property
    def nodes_created(self) -> int:
        return self._total(self.nodes, "created")

    @property
    def nodes_existing(self) -> int:
        return self._total(self.nodes, "existing")

    @property
    def relationships_created(self) -> int:
        return self._total(self.relationships, "created")

    @property
    def relationships_existing(self) -> int:
        return self._total(self.relationships, "existing")

    @property
    def relationships_missing_endpoints(self) -> int:
        return self._total(self.relationships, "sent") - self._total(self.relationships, "merged")

    def to_dict(self) -> dict[str, Any]:
        return {
            "store": self.store, "target": self.target, "batches": self.batches, "seconds": round(self.seconds, 3),
            "schema": self.schema,
            "nodes_sent": self._total(self.nodes, "sent"), "nodes_created": self.nodes_created, "nodes_existing": self.nodes_existing,
            "relationships_sent": self._total(self.relationships, "sent"), "relationships_created": self.relationships_created,
            "relationships_existing": self.relationships_existing,
            "relationships_missing_endpoints": self.relationships_missing_endpoints,
            "properties_set": self.properties_set, "replaced_nodes": self.replaced_nodes,
            "co_occurrence_pairs": self.co_occurrence_pairs, "store_nodes": self.store_nodes, "store_relationships": self.store_relationships,
            "by_label": {k: {"sent": g.sent, "created": g.created, "existing": g.existing} for k, g in self.nodes.items()},
            "by_relationship": {k: {"sent": g.sent, "created": g.created, "existing": g.existing} for k, g in self.relationships.items()},
        }


Progress = Callable[[Iterable[Batch], int], Iterable[Batch]]


def count_graph(transport: Transport) -> tuple[int, int]:
    """(nodes, relationships) of kg's graph in the store (derived ``:CoOccurrence`` nodes not counted)."""
    nodes = transport.query(f"MATCH (n) WHERE NOT n:{co_occurrence.LABEL} RETURN count(n) AS nodes").rows[0][0]
    rels = transport.query("MATCH ()-[r]->() RETURN count(r) AS relationships").rows[0][0]
    return int(nodes), int(rels)


def write_graph(graph: KnowledgeGraph, transport: Transport, batch_size: int = 1000, progress: Progress | None = None) -> LoadReport:
    """Load ``graph`` through an open ``transport``: schema first, then batched ``MERGE``s."""
    started = time.perf_counter()
    report = LoadReport(transport.name, transport.target)
    batches = plan_batches(graph, batch_size)
    report.schema = transport.apply_schema(transport.dialect.schema_ops(graph.schema))
    for batch in progress(batches, len(batches)) if progress else batches:
        result = transport.write(batch.statement, batch.rows)
        groups = report.nodes if batch.kind == "node" else report.relationships
        counts = groups.setdefault(batch.group, GroupCounts())
        counts.sent += len(batch.rows)
        counts.merged += result.rows
        counts.created += result.nodes_created if batch.kind == "node" else result.relationships_created
        report.properties_set += result.properties_set
        report.batches += 1
    report.co_occurrence_pairs = write_co_occurrence(graph, transport, batch_size)
    report.store_nodes, report.store_relationships = count_graph(transport)
    report.seconds = time.perf_counter() - started
    return report


def write_co_occurrence(graph: KnowledgeGraph, transport: Transport, batch_size: int = 1000) -> int:
    """Replace the store's ``:CoOccurrence`` nodes with the top pairs of ``graph``; returns how many."""
    rows = co_occurrence.graph_pairs(graph)
    transport.query(co_occurrence.DELETE_STATEMENT, {}, read_only=False)
    for start in range(0, len(rows), batch_size):
        transport.query(co_occurrence.CREATE_STATEMENT, {"rows": rows[start : start + batch_size]}, read_only=False)
    return len(rows)


def load(graph: KnowledgeGraph, transport: Transport, batch_size: int = 1000, progress: Progress | None = None) -> LoadReport:
    """Open ``transport``, load ``graph``, close it (also on errors)."""
    transport.open()
    try:
        return write_graph(graph, transport, batch_size, progress)
    finally:
        transport.close()


def load_dir(out_dir: str | Path, transport: Transport, batch_size: int = 1000, progress: Progress | None = None,
             replace: bool = False) -> LoadReport:
    """Load the graph a ``kg build`` wrote to ``out_dir`` (nodes.jsonl, edges.jsonl).

    A store that holds an earlier build of ``out_dir`` is refused (``StaleStoreError``):
    merging two builds would keep the old one's nodes. ``replace`` empties the graph first.
    """
    from kg.stores.files import graph_files, load_graph

    graph_files(out_dir)  # a missing file is the clearer error
    built = build_fingerprint(Path(out_dir), LOADED_FILES)
    stale = stale_reason(out_dir, transport, built)
    if stale and not replace:
        raise StaleStoreError(f"{stale}; `kg load --replace {out_dir}` empties it and loads the build now in {out_dir}")
    graph = load_graph(out_dir)
    transport.open()
    try:
        deleted = clear_graph(transport) if replace else 0
        report = write_graph(graph, transport, batch_size, progress)
    finally:
        transport.close()
    report.replaced_nodes = deleted
    _record_load(Path(out_dir), transport, built)
    return report


# What a store holds: each load from a build directory is recorded in OUTDIR/kg-loads.json
# (per store location, the digests of the files loaded), so that a later command can tell
# that OUTDIR was rebuilt since: the same test as `kg serve`'s for its Oxigraph store.
LOADS_FILE = "kg-loads.json"
LOADED_FILES = ("nodes.jsonl", "edges.jsonl")
EMBEDDED_DIR = "falkordb"  # the embedded FalkorDB's data, under OUTDIR


def _loads(out_dir: Path) -> dict[str, Any]:
    try:
        loads = json.loads((out_dir / LOADS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loads if isinstance(loads, dict) else {}


def _record_load(out_dir: Path, transport: Transport, built: dict[str, str]) -> None:
    loads = _loads(out_dir)
    loads[transport.location] = {"fingerprint": built, "loaded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    tmp = out_dir / f".{LOADS_FILE}.tmp"
    tmp.write_text(json.dumps(loads, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(out_dir / LOADS_FILE)


def stale_reason(out_dir: str | Path, transport: Transport, built: dict[str, str] | None = None) -> str | None:
    """Why the store behind ``transport`` does not hold the build now in ``out_dir``, or None.

    Known only for stores loaded from ``out_dir`` (and the embedded one, which lives there);
    a store this directory never loaded is not judged.
    """
    out_dir = Path(out_dir)
    record = _loads(out_dir).get(transport.location)
    embedded = transport.location.startswith("embedded ") and (out_dir / EMBEDDED_DIR).is_dir()
    if record is None:
        return f"{transport.target} holds a graph that no recorded `kg load` of {out_dir} put there" if embedded else None
    try:
        built = built or build_fingerprint(out_dir, LOADED_FILES)
    except OSError:
        return None
    if record.get("fingerprint") == built:
        return None
    return f"{transport.target} holds an earlier build of {out_dir} (loaded {record.get('loaded_at', '?')}; {out_dir} was rebuilt since)"


def clear_graph(transport: Transport, batch: int = 10_000) -> int:
    """Delete every node and relationship through an open ``transport``, in batches; returns
    the nodes deleted. Indexes and constraints stay."""
    deleted = 0
    while True:
        rows = transport.query(f"MATCH (n) WITH n LIMIT {int(batch)} DETACH DELETE n RETURN count(*) AS deleted", {}, read_only=False).rows
        count = int(rows[0][0]) if rows else 0
        deleted += count
        if count < batch:
            return deleted


def run_query(transport: Transport, statement: str, params: dict[str, Any] | None = None, read_only: bool = True,
              out_dir: str | Path | None = None, timeout: float | None = None) -> QueryResult:
    """Open ``transport``, run one Cypher statement with ``params`` (read-only unless asked), close it.

    With ``out_dir``, a store that holds an earlier build of it is refused (``StaleStoreError``);
    with ``timeout``, the store stops the statement after that many seconds (``QueryTimeoutError``).
    """
    stale = stale_reason(out_dir, transport) if out_dir is not None else None
    if stale:
        raise StaleStoreError(f"{stale}; reload it with `kg query --reload {out_dir} …` or `kg load --replace {out_dir}`")
    transport.open()
    try:
        started = time.perf_counter()
        result = transport.query(statement, params or {}, read_only=read_only, timeout=timeout)
        result.seconds = time.perf_counter() - started
        return result
    finally:
        transport.close()


# --------------------------------------------------------------------------------------
# Sinks: kg.sinks.get_sink("neo4j" | "falkordb") (`kg build --store` runs load_dir instead)
# --------------------------------------------------------------------------------------


class _StoreSink:
    name = "store"

    def __init__(self, batch_size: int = 1000, progress: Progress | None = None):
        self.batch_size = batch_size
        self.progress = progress

    def transport(self, out_dir: Path) -> Transport:
        raise NotImplementedError

    def write(self, graph: KnowledgeGraph, out_dir: Path) -> SinkReport:
        report = load(graph, self.transport(Path(out_dir)), self.batch_size, self.progress)
        return SinkReport(self.name, [], report.to_dict())


class Neo4jSink(_StoreSink):
    """Loads the graph into Neo4j; settings as for ``Neo4jTransport`` (else NEO4J_* env)."""

    name = "neo4j"

    def __init__(self, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None, batch_size: int = 1000, progress: Progress | None = None):
        super().__init__(batch_size, progress)
        self.settings = {"uri": uri, "user": user, "password": password, "database": database}

    def transport(self, out_dir: Path) -> Transport:
        from kg.stores.neo4j_transport import Neo4jTransport

        return Neo4jTransport.from_env(**self.settings)


class FalkorDBSink(_StoreSink):
    """Loads the graph into FalkorDB at ``url``, or into an embedded one under ``out_dir/falkordb``."""

    name = "falkordb"

    def __init__(self, url: str | None = None, graph: str = "kg", batch_size: int = 1000, progress: Progress | None = None):
        super().__init__(batch_size, progress)
        self.url = url
        self.graph = graph

    def transport(self, out_dir: Path) -> Transport:
        from kg.stores.falkordb_transport import FalkorDBTransport

        return FalkorDBTransport(url=self.url, graph=self.graph, data_dir=None if self.url else Path(out_dir) / EMBEDDED_DIR)

