"""Graph stores: kg's graph in Neo4j or FalkorDB through one Cypher writer.

``writer`` holds the writer, its statements and reports; ``query_files`` reads the
``queries/*.cypher`` files and their ``--param`` values; ``base`` the types the writer
and the transports share, among them the one place where the stores' Cypher differs
(``Dialect``); ``neo4j_transport`` and ``falkordb_transport`` move statements to each store. The transports import their
drivers only when opened.

    from kg.stores import load_dir, make_transport, run_query
    report = load_dir("out", make_transport("falkordb", "out"))          # embedded FalkorDB
    result = run_query(make_transport("falkordb", "out", must_exist=True), "MATCH (n) RETURN count(n)")
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kg.extras import require_extra
from kg.graph import KnowledgeGraph
from kg.stores.base import DIALECTS, FALKORDB, NEO4J, Dialect, QueryResult, QueryTimeoutError, StaleStoreError, StoreError, Transport
from kg.stores.query_files import QueryFile, coerce_param, read_query_file
from kg.stores.writer import (
    EMBEDDED_DIR,
    LoadReport,
    clear_graph,
    count_graph,
    load,
    load_dir,
    plan_batches,
    run_query,
    stale_reason,
    write_graph,
    writer_statements,
)

STORES = ("neo4j", "falkordb")

__all__ = [
    "DIALECTS", "FALKORDB", "NEO4J", "STORES", "Dialect", "LoadReport", "QueryFile", "QueryResult", "QueryTimeoutError", "StaleStoreError", "StoreError",
    "Transport", "clear_graph", "coerce_param", "count_graph", "load", "load_after_build", "load_dir", "make_transport",
    "plan_batches", "read_query_file", "run_query", "stale_reason", "write_graph", "writer_statements",
]


def make_transport(
    store: str,
    out_dir: str | Path | None = None,
    *,
    url: str | None = None,
    graph: str = "kg",
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    must_exist: bool = False,
) -> Transport:
    """A transport for ``store`` ("neo4j" or "falkordb"); nothing is connected yet.

    FalkorDB: ``url`` of a running server, else an embedded one with its data in
    ``out_dir/falkordb``. Neo4j: ``uri``/``user``/``password``/``database``, else the
    NEO4J_* environment variables.
    """
    if store in STORES:
        require_extra(store, f"the {store} store")
    if store == "neo4j":
        from kg.stores.neo4j_transport import Neo4jTransport

        return Neo4jTransport.from_env(uri=uri, user=user, password=password, database=database)
    if store == "falkordb":
        from kg.stores.falkordb_transport import FalkorDBTransport

        if url is None and out_dir is None:
            raise StoreError("FalkorDB needs --url redis://HOST:PORT or an OUTDIR for its embedded server")
        data_dir = None if url else Path(out_dir) / EMBEDDED_DIR
        return FalkorDBTransport(url=url, graph=graph, data_dir=data_dir, must_exist=must_exist)
    raise StoreError(f"unknown store {store!r}; choose one of {', '.join(STORES)}")


LOAD_OPTIONS = ("out_dir", "url", "graph", "uri", "user", "password", "database", "batch_size", "progress")


def load_after_build(graph: KnowledgeGraph, store: str, options: Mapping[str, Any] | None = None) -> LoadReport:
    """Load a graph held in memory (e.g. just built by ``kg.build.build``) into ``store``.

    ``kg build --store`` does not use this: it runs ``load_dir`` on the build directory, as
    ``kg load`` does, which also checks and records which build the store holds.

    ``options`` (all optional): ``out_dir`` (the build's OUTDIR; the embedded FalkorDB keeps
    its data in ``OUTDIR/falkordb``), ``url``, ``graph`` (FalkorDB), ``uri``, ``user``,
    ``password``, ``database`` (Neo4j; else NEO4J_*), ``batch_size`` (default 1000),
    ``progress`` (a callable ``(batches, total) -> iterable``, e.g. a tqdm wrapper).
    """
    options = dict(options or {})
    unknown = sorted(set(options) - set(LOAD_OPTIONS))
    if unknown:
        raise StoreError(f"unknown load option(s) {', '.join(unknown)}; valid: {', '.join(LOAD_OPTIONS)}")
    batch_size = options.pop("batch_size", None) or 1000
    progress = options.pop("progress", None)
    out_dir = options.pop("out_dir", None)
    transport = make_transport(store, out_dir, **{k: v for k, v in options.items() if v is not None})
    return load(graph, transport, batch_size=batch_size, progress=progress)
