"""The in-memory knowledge graph every sink reads: keyed nodes, typed edges, evidence lists.

Edges are keyed by (source key, type, target key); evidence from several papers or
sentences accumulates on one edge, so ``weight`` is the number of distinct supporting
mentions and ``confidence`` the strongest one's.

The graph is what linking holds in memory to the end of the build, so its records have
``__slots__``, a node without aliases shares one empty set, the strings evidence repeats
(field, rule, sentence) are stored once, and a graph given a ``TextFile`` keeps the papers'
abstracts there, on disk (README "Linking in bounded memory").
"""
from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, MutableMapping, Set
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.schema import GraphSchema, load_schema


class StoredText(int):
    """Where a text is in a ``TextFile``: its byte offset and length, packed in one int."""

    __slots__ = ()

    @property
    def span(self) -> tuple[int, int]:
        return self >> 32, self & 0xFFFFFFFF


class TextFile:
    """The papers' abstracts, written to an unlinked temporary file as the graph is built and
    read back whenever a sink asks for one: the graph holds an offset per abstract, not its
    text (about 1.1 KB a paper). Forked sink writers inherit the open file."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self._file = tempfile.TemporaryFile(prefix="kg-texts-", dir=directory)
        self._end = 0

    def put(self, text: str) -> StoredText:
        data = text.encode("utf-8")
        if len(data) > 0xFFFFFFFF:
            raise KGError(f"a text of {len(data)} bytes is too long to store")
        os.pwrite(self._file.fileno(), data, self._end)
        stored = StoredText(self._end << 32 | len(data))
        self._end += len(data)
        return stored

    def get(self, stored: StoredText) -> str:
        offset, length = stored.span
        return os.pread(self._file.fileno(), length, offset).decode("utf-8")


STORED_ON_DISK = ("abstract",)  # the properties a graph with a TextFile keeps there


class NodeProperties(MutableMapping):
    """A node's properties, with those of ``STORED_ON_DISK`` kept in the graph's ``TextFile``;
    reads give the text, so every sink sees what a plain dict would hold. Pickled (to a Dask
    client) it becomes that plain dict."""

    __slots__ = ("_values", "_texts")

    def __init__(self, texts: TextFile) -> None:
        self._values: dict[str, Any] = {}
        self._texts = texts

    def __getitem__(self, key: str) -> Any:
        value = self._values[key]
        return self._texts.get(value) if type(value) is StoredText else value

    def __setitem__(self, key: str, value: Any) -> None:
        self._values[key] = self._texts.put(value) if key in STORED_ON_DISK and type(value) is str else value

    def __delitem__(self, key: str) -> None:
        del self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return repr(dict(self))

    def __reduce__(self) -> tuple:
        return dict, (dict(self),)


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
    properties: MutableMapping[str, Any] = field(default_factory=dict)  # a dict, or NodeProperties

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

    def __init__(self, schema: GraphSchema | None = None, texts: TextFile | None = None):
        self.schema = schema or load_schema()
        self.texts = texts  # where the abstracts go (None: kept in the node's properties)
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
            on_disk = self._disk_properties(properties)
            node = self.nodes[key] = Node(key, label, name, properties={} if on_disk is None else on_disk)
        if aliases and not aliases <= node.aliases:
            merged = (node.aliases | aliases) - {node.name}
            node.aliases = frozenset(merged) if merged else NO_ALIASES
        for k, v in properties.items():
            if v not in (None, "", [], {}):
                node.properties.setdefault(k, v)
        return node

    def insert_node(self, node: Node) -> Node:
        """Add a node made elsewhere (by a Dask worker) unless its key is taken; with a
        ``TextFile``, its abstract moves there."""
        if node.key in self.nodes:
            return self.nodes[node.key]
        on_disk = self._disk_properties(node.properties)
        if on_disk is not None:
            on_disk.update(node.properties)
            node.properties = on_disk
        self.nodes[node.key] = node
        return node

    def _disk_properties(self, properties: MutableMapping[str, Any]) -> NodeProperties | None:
        """An empty ``NodeProperties`` for a new node some of whose properties go to the graph's
        ``TextFile``; None where a plain dict holds them all."""
        if self.texts is not None and any(k in properties for k in STORED_ON_DISK):
            return NodeProperties(self.texts)
        return None

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
