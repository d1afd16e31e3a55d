"""Cypher statements for kg's graph, built by named functions from the schema.

Labels and relationship types come only from the schema (checked, never from data);
values go in as parameters (``$rows``) for drivers, or as escaped literals for the
parameter-free ``graph.cypher`` script. Every write is a ``MERGE`` on the node key, so
running a statement twice changes nothing.
"""
from __future__ import annotations

import json
import math
import re
from typing import Any

from kg.graph import Edge, KnowledgeGraph, Node
from kg.schema import GraphSchema, load_schema


def check_identifier(name: str, allowed) -> str:
    """Labels and types are interpolated into Cypher text, so only schema names pass."""
    if name not in allowed:
        raise ValueError(f"{name!r} is not a schema name ({', '.join(sorted(allowed))})")
    return name


def constraint_statements(schema: GraphSchema | None = None) -> list[str]:
    """Neo4j 5 uniqueness constraints on ``key`` (one per label), plus name indexes."""
    schema = schema or load_schema()
    out = []
    for label in schema.labels:
        out.append(f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE")
    for label in schema.labels:
        out.append(f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)")
    return out


def merge_nodes_statement(label: str, schema: GraphSchema | None = None) -> str:
    schema = schema or load_schema()
    label = check_identifier(label, schema.labels)
    return f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}) SET n += row.props"


def merge_edges_statement(source_label: str, rel_type: str, target_label: str, schema: GraphSchema | None = None) -> str:
    schema = schema or load_schema()
    check_identifier(source_label, schema.labels)
    check_identifier(target_label, schema.labels)
    check_identifier(rel_type, schema.relationship_types)
    return (
        f"UNWIND $rows AS row MATCH (a:{source_label} {{key: row.source}}) MATCH (b:{target_label} {{key: row.target}}) "
        f"MERGE (a)-[r:{rel_type}]->(b) SET r += row.props"
    )


def node_row(node: Node) -> dict[str, Any]:
    """Node properties as Neo4j can store them: scalars and homogeneous lists only."""
    props: dict[str, Any] = {"name": node.name, "aliases": sorted(node.aliases)}
    for k, v in node.properties.items():
        if isinstance(v, (str, int, float, bool)):
            props[k] = v
        elif isinstance(v, (list, tuple)):
            props[k] = [str(x) for x in v]
    return {"key": node.key, "props": props}


def edge_row(edge: Edge) -> dict[str, Any]:
    """Edge properties: weight, confidence, the strongest evidence, and parallel evidence lists."""
    best = edge.strongest()
    ev = sorted(edge.evidence)
    props = {
        "weight": edge.weight, "confidence": round(edge.confidence, 4), "papers": edge.papers,
        "paper": best.paper, "sentence": best.sentence, "rule": best.rule,
        "evidence_papers": [e.paper for e in ev], "evidence_sentences": [e.sentence for e in ev],
        "evidence_rules": [e.rule for e in ev], "evidence_confidences": [round(e.confidence, 4) for e in ev],
        "evidence_fields": [e.field for e in ev],
        "evidence_offsets": [f"{e.head_start}:{e.head_end}-{e.tail_start}:{e.tail_end}" for e in ev],
    }
    return {"source": edge.source, "target": edge.target, "props": props}


def grouped_rows(graph: KnowledgeGraph):
    """(statement, rows) pairs: nodes by label, then edges by (source label, type, target label)."""
    by_label: dict[str, list] = {}
    for node in graph.iter_nodes():
        by_label.setdefault(node.label, []).append(node_row(node))
    by_type: dict[tuple[str, str, str], list] = {}
    for edge in graph.iter_edges():
        sig = (graph.nodes[edge.source].label, edge.type, graph.nodes[edge.target].label)
        by_type.setdefault(sig, []).append(edge_row(edge))
    nodes = [(merge_nodes_statement(label, graph.schema), rows) for label, rows in sorted(by_label.items())]
    edges = [(merge_edges_statement(*sig, schema=graph.schema), rows) for sig, rows in sorted(by_type.items())]
    return nodes, edges


# Characters a Cypher string literal must not hold as they are: quotes, the backslash, control
# characters, the JavaScript line separators and lone surrogates (one regex pass: the per-character
# loop it replaces was most of writing graph.cypher).
_CYPHER_UNSAFE = re.compile("[\\\\'\"\x00-\x1f\u2028\u2029\ud800-\udfff]")
_CYPHER_ESCAPES = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _cypher_escape(match: re.Match) -> str:
    ch = match.group()
    return _CYPHER_ESCAPES.get(ch) or f"\\u{ord(ch):04x}"


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a JSON-like value; strings escaped so data can never become code."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, str):
        return "'" + _CYPHER_UNSAFE.sub(_cypher_escape, value) + "'"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {cypher_literal(v)}" for k, v in value.items()) + "}"
    return cypher_literal(json.dumps(value))


def inline_rows(statement: str, rows: list[dict]) -> str:
    """Turn a ``UNWIND $rows`` statement into a parameter-free one (for cypher-shell scripts)."""
    return statement.replace("UNWIND $rows AS row", "UNWIND " + cypher_literal(rows) + " AS row", 1)
