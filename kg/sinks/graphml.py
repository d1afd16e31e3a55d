"""``graph.graphml`` for Gephi, networkx and igraph.

GraphML has no lists, dicts or nulls, so values are flattened by one rule: lists are joined
with ``|``, missing values are left out of the element (GraphML's own "absent"), and every
edge carries its weight, confidence and its strongest evidence as scalar attributes.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.graph import KnowledgeGraph
from kg.normalize import xml_safe
from kg.sinks import SinkReport

LIST_SEPARATOR = "|"
NODE_FIELDS = ("title", "arxiv_id", "year", "authors", "categories", "source")


def _scalar(value):
    if isinstance(value, (list, tuple, set)):
        value = LIST_SEPARATOR.join(str(v) for v in sorted(value) if v is not None) if isinstance(value, set) else LIST_SEPARATOR.join(str(v) for v in value)
    return xml_safe(value) if isinstance(value, str) else value


def _safe(attrs: dict) -> dict:
    """Every string attribute XML-safe (readers already drop these characters; this keeps
    the file readable whatever reached the graph another way)."""
    return {k: xml_safe(v) if isinstance(v, str) else v for k, v in attrs.items()}


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """A new networkx graph with scalar attributes only; ``graph`` is not changed."""
    g = nx.MultiDiGraph()
    for node in graph.iter_nodes():
        attrs = {"key": node.key, "type": node.label, "name": node.name, "label": node.name, "aliases": _scalar(node.aliases)}
        for field in NODE_FIELDS:
            value = node.properties.get(field)
            if value not in (None, "", []):
                attrs[field] = _scalar(value)
        g.add_node(xml_safe(node.key), **_safe(attrs))
    for edge in graph.iter_edges():
        best = edge.strongest()
        g.add_edge(
            xml_safe(edge.source), xml_safe(edge.target), key=edge.type, **_safe(dict(
                type=edge.type, label=edge.type, weight=edge.weight,
                confidence=round(edge.confidence, 4), papers=_scalar(edge.papers), paper=best.paper,
                sentence=best.sentence, rule=best.rule, field=best.field,
                head_start=best.head_start, head_end=best.head_end, tail_start=best.tail_start, tail_end=best.tail_end,
            )),
        )
    return g


class GraphMLSink:
    name = "graphml"

    def write(self, graph: KnowledgeGraph, out_dir: Path) -> SinkReport:
        path = Path(out_dir) / "graph.graphml"
        nx.write_graphml(to_networkx(graph), path, encoding="utf-8", prettyprint=False)
        return SinkReport(self.name, [path])
