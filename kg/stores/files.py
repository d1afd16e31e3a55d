"""Read a build's ``nodes.jsonl`` / ``edges.jsonl`` back into a ``KnowledgeGraph``.

The JSON Lines files are the lossless output of ``kg build`` (every attribute, all
evidence), so ``kg load`` and ``kg export`` work from an output directory without
re-running extraction. Policy: a file that does not fit the schema (unknown label or
relationship type, an edge the schema forbids, an edge whose endpoint is missing) is an
error naming the file and line, never silently dropped.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError, SchemaError
from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.schema import GraphSchema

NODE_FIELDS = ("key", "label", "name", "aliases")
EDGE_FIELDS = ("source", "type", "target", "evidence")


def graph_files(out_dir: str | Path) -> tuple[Path, Path]:
    """``(nodes.jsonl, edges.jsonl)`` of a build directory; ``InputError`` if either is missing."""
    out = Path(out_dir)
    nodes, edges = out / "nodes.jsonl", out / "edges.jsonl"
    for path in (nodes, edges):
        if not path.is_file():
            raise InputError(f"{path} not found: OUTDIR must be a `kg build --out OUTDIR` directory (nodes.jsonl, edges.jsonl)")
    return nodes, edges


def _lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"{path}:{number}: not JSON: {exc}") from exc
                if not isinstance(obj, dict):
                    raise InputError(f"{path}:{number}: expected a JSON object")
                yield number, obj
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc


def iter_nodes(path: str | Path) -> Iterator[Node]:
    """Nodes of a ``nodes.jsonl`` file, one at a time (for exports that stream)."""
    path = Path(path)
    for number, obj in _lines(path):
        missing = [f for f in ("key", "label", "name") if f not in obj]
        if missing:
            raise InputError(f"{path}:{number}: node without {', '.join(missing)}")
        props = {k: v for k, v in obj.items() if k not in NODE_FIELDS}
        yield Node(str(obj["key"]), str(obj["label"]), str(obj["name"]), set(obj.get("aliases") or ()), props)


def iter_edges(path: str | Path) -> Iterator[Edge]:
    """Edges of an ``edges.jsonl`` file with their evidence lists, one at a time."""
    path = Path(path)
    for number, obj in _lines(path):
        missing = [f for f in EDGE_FIELDS if f not in obj]
        if missing:
            raise InputError(f"{path}:{number}: edge without {', '.join(missing)}")
        try:
            evidence = [Evidence(**e) for e in obj["evidence"]]
        except TypeError as exc:
            raise InputError(f"{path}:{number}: bad evidence record: {exc}") from exc
        if not evidence:
            raise InputError(f"{path}:{number}: edge {obj['source']} -{obj['type']}-> {obj['target']} has no evidence")
        yield Edge(str(obj["source"]), str(obj["type"]), str(obj["target"]), evidence)


def load_graph(out_dir: str | Path, schema: GraphSchema | None = None) -> KnowledgeGraph:
    """The ``KnowledgeGraph`` written to ``out_dir`` by ``kg build`` (nodes.jsonl, edges.jsonl)."""
    nodes_path, edges_path = graph_files(out_dir)
    graph = KnowledgeGraph(schema)
    for node in iter_nodes(nodes_path):
        try:
            graph.schema.check_label(node.label)
        except SchemaError as exc:
            raise SchemaError(f"{nodes_path}: node {node.key!r}: {exc}") from None
        graph.nodes[node.key] = node
    for number, edge in enumerate(iter_edges(edges_path), 1):
        for end in (edge.source, edge.target):
            if end not in graph.nodes:
                raise InputError(f"{edges_path}: edge {number} ({edge.source} -{edge.type}-> {edge.target}): no node {end!r} in {nodes_path.name}")
        src, dst = graph.nodes[edge.source].label, graph.nodes[edge.target].label
        try:
            graph.schema.check_edge(src, edge.type, dst)
        except SchemaError as exc:
            raise SchemaError(f"{edges_path}: edge {number}: {exc}") from None
        graph.edges[(edge.source, edge.type, edge.target)] = edge
    return graph
