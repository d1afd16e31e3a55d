"""``graph.graphml`` for Gephi, networkx and igraph.

GraphML has no lists, dicts or nulls, so values are flattened by one rule: lists are joined
with ``|``, missing values are left out of the element (GraphML's own "absent"), and every
edge carries its weight, confidence and its strongest evidence as scalar attributes.

Written for Gephi's importer, which is stricter than networkx or igraph: every edge has its
own id (``e0`` … ``eN`` in the graph's edge order; Gephi keeps one edge per id and drops the
rest), nodes and edges carry ``label`` (the name; the relationship type), which Gephi shows,
and every attribute is declared once per element kind with one GraphML type (an attribute
whose values mix int and float is written as double, any other mix as string).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.graph import KnowledgeGraph
from kg.normalize import xml_safe
from kg.sinks import SinkReport
from kg.sinks.reuse import RecordFile, Reuse

if TYPE_CHECKING:  # the sink writes GraphML itself: networkx is imported only by to_networkx
    import networkx as nx

LIST_SEPARATOR = "|"
RESULT_FIELDS = ("value", "unit", "kind", "from_value", "low", "text", "sentence", "paper")  # on Result nodes
NODE_FIELDS = ("title", "arxiv_id", "year", "authors", "categories", "source", "pwc_id", "venue", "anthology_id", "doi")


def _scalar(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        value = LIST_SEPARATOR.join(str(v) for v in sorted(value) if v is not None) if isinstance(value, (set, frozenset)) else LIST_SEPARATOR.join(str(v) for v in value)
    return xml_safe(value) if isinstance(value, str) else value


def _safe(attrs: dict) -> dict:
    """Every string attribute XML-safe (readers already drop these characters; this keeps
    the file readable whatever reached the graph another way)."""
    return {k: xml_safe(v) if isinstance(v, str) else v for k, v in attrs.items()}


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """A new networkx graph with scalar attributes only; ``graph`` is not changed. (The sink
    writes the same GraphML itself, record by record; this is for networkx users and tests.)"""
    import networkx as nx

    g = nx.MultiDiGraph()
    for node in graph.iter_nodes():
        g.add_node(xml_safe(node.key), **node_attributes(node))
    for number, edge in enumerate(graph.iter_edges()):
        g.add_edge(xml_safe(edge.source), xml_safe(edge.target), key=f"e{number}", **edge_attributes(edge))
    _one_type_per_attribute(g.nodes.values())
    _one_type_per_attribute(attrs for _, _, attrs in g.edges(data=True))
    return g


def _one_type_per_attribute(elements) -> None:
    """Make each attribute's values one Python type, so networkx declares one GraphML key per
    name (a name declared twice with two types is two columns in Gephi, or an import error)."""
    elements = list(elements)
    types: dict[str, set[type]] = {}
    for attrs in elements:
        for name, value in attrs.items():
            types.setdefault(name, set()).add(type(value))
    for name, seen in types.items():
        if len(seen) < 2:
            continue
        cast = float if seen <= {int, float} else str
        for attrs in elements:
            if name in attrs:
                attrs[name] = cast(attrs[name])


# What networkx's GraphML writer (ElementTree, not pretty-printed) writes, which this sink
# writes itself, record by record, so that an update copies unchanged records
# (``tests/test_reuse.py`` checks the bytes against networkx's).
_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">")
_XML_TYPE = {int: "long", float: "double", str: "string", bool: "boolean"}
_EDGE_TYPES = {"type": str, "label": str, "weight": int, "papers": str, "paper": str, "sentence": str, "rule": str,
               "field": str, "head_start": int, "head_end": int, "tail_start": int, "tail_end": int}


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: str) -> str:
    return (_text(value).replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;"))


def node_attributes(node) -> dict:
    """A node's GraphML attributes, before ``_one_type_per_attribute``."""
    attrs = {"key": node.key, "type": node.label, "name": node.name, "label": node.name, "aliases": _scalar(node.aliases)}
    for field in NODE_FIELDS + RESULT_FIELDS:
        value = node.properties.get(field)
        if value not in (None, "", []):
            attrs[field] = _scalar(value)
    return _safe(attrs)


def edge_attributes(edge) -> dict:
    best = edge.strongest()
    return _safe(dict(
        type=edge.type, label=edge.type, weight=edge.weight, confidence=round(edge.confidence, 4), papers=_scalar(edge.papers),
        paper=best.paper, sentence=best.sentence, rule=best.rule, field=best.field,
        head_start=best.head_start, head_end=best.head_end, tail_start=best.tail_start, tail_end=best.tail_end,
    ))


def attribute_keys(graph: KnowledgeGraph) -> list[tuple[str, str, type]]:
    """(scope, name, type) of every attribute in the order networkx meets them (nodes, then
    edges, each in key order, each element's attributes in order): its key ids ``d0``… follow
    that order. The type is the one ``_one_type_per_attribute`` settles on."""
    seen: dict[tuple[str, str], set[type]] = {}
    for node in graph.iter_nodes():
        for name in ("key", "type", "name", "label", "aliases"):
            seen.setdefault(("node", name), set()).add(str)
        for field in NODE_FIELDS + RESULT_FIELDS:
            value = node.properties.get(field)
            if value not in (None, "", []):
                seen.setdefault(("node", field), set()).add(str if isinstance(value, (str, list, tuple, set)) else type(value))
    confidence = {type(round(edge.confidence, 4)) for edge in graph.edges.values()}
    if graph.edges:
        for name, kind in _EDGE_TYPES.items():
            seen[("edge", name)] = {kind}
            if name == "weight":
                seen[("edge", "confidence")] = confidence
    keys = []
    for (scope, name), types in seen.items():
        kind = next(iter(types)) if len(types) == 1 else (float if types <= {int, float} else str)
        keys.append((scope, name, kind))
    return keys


def _element(tag: str, opening: str, attrs: dict, ids: dict[str, tuple[str, type]]) -> str:
    parts = [opening]
    for name, value in attrs.items():
        key_id, kind = ids[name]
        text = str(kind(value) if type(value) is not kind else value)
        parts.append(f'<data key="{key_id}">{_text(text)}</data>' if text else f'<data key="{key_id}" />')
    parts.append(f"</{tag}>")
    return "".join(parts)


def networkx_edge_order(edges: list) -> list[int]:
    """The order networkx writes edges added in ``edges``' (key) order: by source, then by
    target in the order the source's edges first reach it, then as added."""
    order: list[int] = []
    start = 0
    while start < len(edges):
        end = start
        first: dict[str, int] = {}
        while end < len(edges) and edges[end].source == edges[start].source:
            first.setdefault(edges[end].target, end)
            end += 1
        order.extend(sorted(range(start, end), key=lambda i: (first[edges[i].target], i)))
        start = end
    return order


def _patch_edge_id(number: int) -> Callable[[bytes], bytes]:
    def patch(old: bytes) -> bytes:
        start = old.index(b'" id="e') + 7
        return old[:start] + str(number).encode() + old[old.index(b'"', start) :]
    return patch


class GraphMLSink:
    name = "graphml"

    def write(self, graph: KnowledgeGraph, out_dir: Path, reuse: Reuse | None = None) -> SinkReport:
        path = Path(out_dir) / "graph.graphml"
        keys = attribute_keys(graph)
        ids = {"node": {}, "edge": {}}
        declarations = []
        for number, (scope, name, kind) in enumerate(keys):
            ids[scope][name] = (f"d{number}", kind)
            declarations.append(f'<key id="d{number}" for="{scope}" attr.name="{_attribute(name)}" attr.type="{_XML_TYPE[kind]}" />')
        context = [[scope, name, _XML_TYPE[kind]] for scope, name, kind in keys]
        with RecordFile(path, RecordFile.counts_of(graph), reuse, context) as out:
            out.raw((_HEAD + "".join(reversed(declarations)) + '<graph edgedefault="directed">').encode())
            for number, node in enumerate(graph.iter_nodes()):
                out.record("nodes", number, lambda node=node: _element(
                    "node", f'<node id="{_attribute(xml_safe(node.key))}">', node_attributes(node), ids["node"]).encode())
            edges = graph.edges_in_key_order()
            for number in networkx_edge_order(edges):
                edge = edges[number]
                out.record("edges", number, lambda edge=edge, number=number: _element(
                    "edge", f'<edge source="{_attribute(xml_safe(edge.source))}" target="{_attribute(xml_safe(edge.target))}" id="e{number}">',
                    edge_attributes(edge), ids["edge"]).encode(), patch=_patch_edge_id(number))
            out.raw(b"</graph></graphml>")
        return SinkReport(self.name, [path], {"reuse": {path.name: out.counters}})
