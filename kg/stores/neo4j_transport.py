"""Neo4j through the official ``neo4j`` driver (Bolt).

Every batch runs in a managed write transaction (``session.execute_write``), so the
driver retries it on transient errors and lost leaders; the ``MERGE`` statements make a
retried batch harmless. Connection settings come from arguments, else from the usual
``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE`` variables.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from kg.stores.base import NEO4J, QueryResult, QueryTimeoutError, SchemaOp, StoreError, WriteResult

DEFAULT_URI = "neo4j://localhost:7687"
DEFAULT_USER = "neo4j"


def plain(value: Any) -> Any:
    """Driver values as plain Python: nodes, relationships and paths become dicts."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"id": value.element_id, "labels": sorted(value.labels), "properties": {k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"id": value.element_id, "type": value.type, "start": value.start_node.element_id if value.start_node else None,
                "end": value.end_node.element_id if value.end_node else None, "properties": {k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # temporal and spatial values


class Neo4jTransport:
    """kg's statements over Bolt to Neo4j. Pass ``driver`` to reuse one; else it is made in ``open()``."""

    name = "neo4j"
    dialect = NEO4J

    def __init__(self, uri: str = DEFAULT_URI, user: str | None = DEFAULT_USER, password: str | None = None,
                 database: str | None = None, driver: Any = None, max_retry_time: float = 30.0):
        self.uri = uri
        self.user = user
        self.password = password
        self.database = database or None
        self.max_retry_time = max_retry_time
        self._driver = driver
        self._own_driver = driver is None

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None, env: Mapping[str, str] | None = None, **kwargs: Any) -> Neo4jTransport:
        """Arguments first, then NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE, then defaults."""
        env = os.environ if env is None else env
        return cls(
            uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
            user=user or env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or DEFAULT_USER,
            password=password if password is not None else env.get("NEO4J_PASSWORD"),
            database=database or env.get("NEO4J_DATABASE") or None,
            **kwargs,
        )

    @property
    def target(self) -> str:
        return f"{self.uri}" + (f" database {self.database}" if self.database else "")

    @property
    def location(self) -> str:
        return self.target

    def open(self) -> None:
        import neo4j
        from neo4j.exceptions import AuthError, DriverError, Neo4jError

        if self._driver is None:
            auth = (self.user, self.password) if self.password is not None else None
            try:
                self._driver = neo4j.GraphDatabase.driver(self.uri, auth=auth, max_transaction_retry_time=self.max_retry_time)
            except (DriverError, Neo4jError, ValueError) as exc:
                raise StoreError(f"bad Neo4j connection settings for {self.uri}: {exc}") from exc
            self._own_driver = True
        try:
            self._driver.verify_connectivity()
        except AuthError as exc:
            self.close()
            raise StoreError(f"Neo4j at {self.uri} refused the credentials of user {self.user!r}; set --user/--password "
                             f"or NEO4J_USERNAME/NEO4J_PASSWORD: {exc}") from exc
        except (DriverError, Neo4jError, OSError) as exc:
            self.close()
            raise StoreError(f"cannot reach Neo4j at {self.uri} (set --uri or NEO4J_URI): {exc}") from exc

    def close(self) -> None:
        if self._driver is not None and self._own_driver:
            self._driver.close()
            self._driver = None

    def __enter__(self) -> Neo4jTransport:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _session(self):
        if self._driver is None:
            raise StoreError("the Neo4j transport is not open")
        return self._driver.session(database=self.database) if self.database else self._driver.session()

    def _managed(self, work, read_only: bool = False):
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self._session() as session:
                return session.execute_read(work) if read_only else session.execute_write(work)
        except Neo4jError as exc:
            if "TimedOut" in (exc.code or ""):  # Neo.ClientError.Transaction.TransactionTimedOut[ClientConfiguration]
                raise QueryTimeoutError(f"Neo4j at {self.uri} stopped the statement at its time limit: {exc}") from exc
            raise StoreError(f"Neo4j at {self.uri} refused or failed: {exc}") from exc
        except DriverError as exc:
            raise StoreError(f"Neo4j at {self.uri} refused or failed: {exc}") from exc

    def apply_schema(self, ops: list[SchemaOp]) -> dict[str, int]:
        """Run each ``CREATE … IF NOT EXISTS``; an existing constraint or index counts as existing."""
        out = {"indexes_created": 0, "constraints_created": 0, "existing": 0}
        for op in ops:
            counters = self._managed(lambda tx, statement=op.cypher: tx.run(statement).consume().counters)
            if counters.constraints_added:
                out["constraints_created"] += counters.constraints_added
            elif counters.indexes_added:
                out["indexes_created"] += counters.indexes_added
            else:
                out["existing"] += 1
        return out

    def write(self, statement: str, rows: list[dict[str, Any]]) -> WriteResult:
        def work(tx):
            result = tx.run(statement, {"rows": rows})
            record = result.single()
            counters = result.consume().counters
            return (record[0] if record is not None else 0), counters

        merged, counters = self._managed(work)
        return WriteResult(rows=int(merged), nodes_created=counters.nodes_created,
                           relationships_created=counters.relationships_created, properties_set=counters.properties_set)

    def query(self, statement: str, params: dict[str, Any] | None = None, read_only: bool = False,
              timeout: float | None = None) -> QueryResult:
        from neo4j import unit_of_work

        @unit_of_work(timeout=timeout)  # the server's transaction timeout; None: its default
        def work(tx):
            result = tx.run(statement, params or {})
            keys = list(result.keys())
            return keys, [[plain(v) for v in record.values()] for record in result]

        columns, rows = self._managed(work, read_only=read_only)
        return QueryResult(columns, rows)
