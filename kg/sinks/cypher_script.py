"""``graph.cypher``: a parameter-free, idempotent script that recreates the graph in Neo4j.

Run it with ``cypher-shell -f graph.cypher`` or paste it into Neo4j Browser. Constraints
come first, then nodes and relationships in ``UNWIND [...] AS row MERGE`` batches, then the
derived ``:CoOccurrence`` nodes (``kg.co_occurrence``), replaced as a whole.

Each row is one record's literal, so an update copies the rows of unchanged records from
the previous script (``kg.sinks.reuse``) and only cuts them into batches again.
"""
from __future__ import annotations

from array import array
from pathlib import Path

from kg import co_occurrence
from kg.cypher_statements import (constraint_statements, cypher_literal, edge_row, inline_rows, merge_edges_statement,
                                  merge_nodes_statement, node_row)
from kg.graph import KnowledgeGraph
from kg.sinks import SinkReport
from kg.sinks.reuse import RecordFile, Reuse

ROWS = "UNWIND $rows AS row"


class CypherScriptSink:
    name = "cypher"

    def __init__(self, batch_size: int = 500):
        self.batch_size = batch_size

    def write(self, graph: KnowledgeGraph, out_dir: Path, reuse: Reuse | None = None) -> SinkReport:
        path = Path(out_dir) / "graph.cypher"
        nodes = list(graph.iter_nodes())
        edges = graph.edges_in_key_order()
        by_label: dict[str, array] = {}  # record numbers as 4-byte ints, not int objects in lists
        for number, node in enumerate(nodes):
            by_label.setdefault(node.label, array("I")).append(number)
        by_type: dict[tuple[str, str, str], array] = {}
        for number, edge in enumerate(edges):
            by_type.setdefault((graph.nodes[edge.source].label, edge.type, graph.nodes[edge.target].label), array("I")).append(number)
        groups = [(merge_nodes_statement(label, graph.schema), "nodes", numbers) for label, numbers in sorted(by_label.items())]
        groups += [(merge_edges_statement(*sig, schema=graph.schema), "edges", numbers) for sig, numbers in sorted(by_type.items())]
        statements = 0
        with RecordFile(path, RecordFile.counts_of(graph), reuse) as out:
            out.raw("// kg graph: run in an empty or earlier kg database; MERGE on keys makes it idempotent.\n".encode())
            for stmt in constraint_statements(graph.schema):
                out.raw((stmt + ";\n").encode())
                statements += 1
            for stmt, kind, numbers in groups:
                head, tail = stmt.split(ROWS, 1)
                for i in range(0, len(numbers), self.batch_size):
                    out.raw((head + "UNWIND [").encode())
                    for j, number in enumerate(numbers[i : i + self.batch_size]):
                        if j:
                            out.raw(b", ")
                        if kind == "nodes":
                            out.record(kind, number, lambda n=nodes[number]: cypher_literal(node_row(n)).encode())
                        else:
                            out.record(kind, number, lambda e=edges[number]: cypher_literal(edge_row(e)).encode())
                    out.raw(("] AS row" + tail + ";\n").encode())
                    statements += 1
            pairs = co_occurrence.graph_pairs(graph)
            out.raw((co_occurrence.DELETE_STATEMENT + ";\n").encode())
            statements += 1
            for i in range(0, len(pairs), self.batch_size):
                out.raw((inline_rows(co_occurrence.CREATE_STATEMENT, pairs[i : i + self.batch_size]) + ";\n").encode())
                statements += 1
        return SinkReport(self.name, [path], {"statements": statements, "reuse": {path.name: out.counters}})
