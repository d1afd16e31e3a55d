"""The in-memory knowledge graph every sink reads: keyed nodes, typed edges, evidence lists.

Edges are keyed by (source key, type, target key); evidence from several papers or
sentences accumulates on one edge, so ``weight`` is the number of distinct supporting
mentions and ``confidence`` the strongest one's.

The graph is what linking holds in memory to the end of the build, so its records have
``__slots__``, a node without aliases shares one empty set, and the strings evidence repeats
(field, rule, sentence) are stored once (README "Linking in bounded memory").
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Set
from dataclasses import dataclass, field, fields
from typing import Any

from kg.schema import GraphSchema, load_schema


@dataclass(frozen=True, order=True, slots=True)
class Evidence:
    """Where an edge came from: paper, field, sentence, both mentions' offsets, rule, confidence.

    Offsets are character offsets into the paper's normalised title or abstract (``field``);
    the paper itself as head has offsets -1.
    """

    paper: str
    field: str
    sentence: str
    head_start: int
    head_end: int
    tail_start: int
    tail_end: int
    rule: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _EVIDENCE_FIELDS}


_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))
NO_ALIASES: frozenset[str] = frozenset()  # shared by every node without aliases (most papers, many entities)


@dataclass(slots=True)
class Node:
    """A node; ``aliases`` is a set or a frozenset (``add_node`` replaces it, never changes it in place)."""

    key: str
    label: str
    name: str
    aliases: Set[str] = NO_ALIASES
    properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "name": self.name, "aliases": sorted(self.aliases), **self.properties}


@dataclass(slots=True)
class Edge:
    source: str
    type: str
    target: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def weight(self) -> int:
        return len(self.evidence)

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=0.0)

    @property
    def papers(self) -> list[str]:
        return sorted({e.paper for e in self.evidence})

    def strongest(self) -> Evidence | None:
        """Most confident evidence; ties go to the first by paper and offset (stable)."""
        return min(self.evidence, key=lambda e: (-e.confidence, e.paper, e.field, e.tail_start, e.sentence), default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "type": self.type, "target": self.target, "weight": self.weight,
            "confidence": round(self.confidence, 4), "papers": self.papers,
            "evidence": [e.to_dict() for e in sorted(self.evidence)],
        }


EVIDENCE_SCAN = 8


def shared_strings(evidence: Evidence) -> Evidence:
    """``evidence`` with its field, rule and sentence interned: a sentence with several
    mentions, and every rule and field name, is then one string however often it is cited."""
    field_, rule, sentence = sys.intern(evidence.field), sys.intern(evidence.rule), sys.intern(evidence.sentence)
    if field_ is evidence.field and rule is evidence.rule and sentence is evidence.sentence:
        return evidence
    return Evidence(evidence.paper, field_, sentence, evidence.head_start, evidence.head_end, evidence.tail_start,
                    evidence.tail_end, rule, evidence.confidence)


@dataclass
class DroppedEdge:
    source: str
    type: str
    target: str
    reason: str


class KnowledgeGraph:
    """Nodes by key and edges by (source, type, target); checked against the schema on insert."""

    def __init__(self, schema: GraphSchema | None = None):
        self.schema = schema or load_schema()
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str, str], Edge] = {}
        self.dropped: list[DroppedEdge] = []
        # the duplicate check of an edge's evidence: a scan of its list, and a set once the
        # list is longer than EVIDENCE_SCAN (most edges have one piece of evidence)
        self._evidence_sets: dict[tuple[str, str, str], set[Evidence]] = {}

    def add_node(self, key: str, label: str, name: str, aliases: set[str] | None = None, **properties: Any) -> Node:
        """Insert or merge a node; aliases and properties accumulate, name and label stay."""
        self.schema.check_label(label)
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = Node(key, label, name)
        if aliases and not aliases <= node.aliases:
            merged = (node.aliases | aliases) - {node.name}
            node.aliases = frozenset(merged) if merged else NO_ALIASES
        for k, v in properties.items():
            if v not in (None, "", [], {}):
                node.properties.setdefault(k, v)
        return node

    def add_edge(self, source: str, rel_type: str, target: str, evidence: Evidence) -> Edge | None:
        """Add evidence to an edge; an edge the schema forbids is dropped with a reason."""
        src, dst = self.nodes[source], self.nodes[target]
        if source == target:
            self.dropped.append(DroppedEdge(source, rel_type, target, "self-loop"))
            return None
        if not self.schema.allows(src.label, rel_type, dst.label):
            self.dropped.append(DroppedEdge(source, rel_type, target, f"{rel_type} not allowed from {src.label} to {dst.label}"))
            return None
        key = (source, rel_type, target)
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = Edge(source, rel_type, target)
        seen = self._evidence_sets.get(key)
        if seen is not None:
            if evidence in seen:
                return edge
            seen.add(evidence)
        elif evidence in edge.evidence:
            return edge
        elif len(edge.evidence) >= EVIDENCE_SCAN:
            self._evidence_sets[key] = {*edge.evidence, evidence}
        edge.evidence.append(shared_strings(evidence))
        return edge

    def iter_nodes(self) -> Iterator[Node]:
        """Nodes in key order, so every sink writes the same bytes for the same graph."""
        return (self.nodes[k] for k in sorted(self.nodes))

    def iter_edges(self) -> Iterator[Edge]:
        return (self.edges[k] for k in sorted(self.edges))

    def node_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(n.label for n in self.nodes.values()).items()))

    def edge_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(e.type for e in self.edges.values()).items()))

    def top_entities(self, per_label: int = 5) -> dict[str, list[dict[str, Any]]]:
        """Entities with the most distinct citing papers, per label (a Result has one paper: not an entity)."""
        papers_of: dict[str, set[str]] = {}
        for edge in self.edges.values():
            if self.nodes[edge.source].label == "Paper" and self.nodes[edge.target].label != "Result":
                papers_of.setdefault(edge.target, set()).add(edge.source)
        out: dict[str, list[dict[str, Any]]] = {}
        for key, papers in sorted(papers_of.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            node = self.nodes[key]
            bucket = out.setdefault(node.label, [])
            if len(bucket) < per_label:
                bucket.append({"key": key, "name": node.name, "papers": len(papers)})
        return dict(sorted(out.items()))

    def __len__(self) -> int:
        return len(self.nodes)
