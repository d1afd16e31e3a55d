"""``graph.cypher``: a parameter-free, idempotent script that recreates the graph in Neo4j.

Run it with ``cypher-shell -f graph.cypher`` or paste it into Neo4j Browser. Constraints
come first, then nodes and relationships in ``UNWIND [...] AS row MERGE`` batches, then the
derived ``:CoOccurrence`` nodes (``kg.co_occurrence``), replaced as a whole.
"""
from __future__ import annotations

from pathlib import Path

from kg import co_occurrence
from kg.cypher_statements import constraint_statements, grouped_rows, inline_rows
from kg.graph import KnowledgeGraph
from kg.sinks import SinkReport


class CypherScriptSink:
    name = "cypher"

    def __init__(self, batch_size: int = 500):
        self.batch_size = batch_size

    def write(self, graph: KnowledgeGraph, out_dir: Path) -> SinkReport:
        path = Path(out_dir) / "graph.cypher"
        nodes, edges = grouped_rows(graph)
        statements = 0
        with path.open("w", encoding="utf-8") as fh:
            fh.write("// kg graph: run in an empty or earlier kg database; MERGE on keys makes it idempotent.\n")
            for stmt in constraint_statements(graph.schema):
                fh.write(stmt + ";\n")
                statements += 1
            for stmt, rows in nodes + edges:
                for i in range(0, len(rows), self.batch_size):
                    fh.write(inline_rows(stmt, rows[i : i + self.batch_size]) + ";\n")
                    statements += 1
            pairs = co_occurrence.graph_pairs(graph)
            fh.write(co_occurrence.DELETE_STATEMENT + ";\n")
            statements += 1
            for i in range(0, len(pairs), self.batch_size):
                fh.write(inline_rows(co_occurrence.CREATE_STATEMENT, pairs[i : i + self.batch_size]) + ";\n")
                statements += 1
        return SinkReport(self.name, [path], {"statements": statements})
