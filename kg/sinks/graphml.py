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

from pathlib import Path

import networkx as nx

from kg.graph import KnowledgeGraph
from kg.normalize import xml_safe
from kg.sinks import SinkReport

LIST_SEPARATOR = "|"
RESULT_FIELDS = ("value", "unit", "kind", "from_value", "low", "text", "sentence", "paper")  # on Result nodes
NODE_FIELDS = ("title", "arxiv_id", "year", "authors", "categories", "source", "pwc_id")


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
        for field in NODE_FIELDS + RESULT_FIELDS:
            value = node.properties.get(field)
            if value not in (None, "", []):
                attrs[field] = _scalar(value)
        g.add_node(xml_safe(node.key), **_safe(attrs))
    for number, edge in enumerate(graph.iter_edges()):
        best = edge.strongest()
        g.add_edge(
            xml_safe(edge.source), xml_safe(edge.target), key=f"e{number}", **_safe(dict(
                type=edge.type, label=edge.type, weight=edge.weight,
                confidence=round(edge.confidence, 4), papers=_scalar(edge.papers), paper=best.paper,
                sentence=best.sentence, rule=best.rule, field=best.field,
                head_start=best.head_start, head_end=best.head_end, tail_start=best.tail_start, tail_end=best.tail_end,
            )),
        )
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


class GraphMLSink:
    name = "graphml"

    def write(self, graph: KnowledgeGraph, out_dir: Path) -> SinkReport:
        path = Path(out_dir) / "graph.graphml"
        nx.write_graphml(to_networkx(graph), path, encoding="utf-8", prettyprint=False)
        return SinkReport(self.name, [path])
