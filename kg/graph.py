"""The in-memory knowledge graph every sink reads: keyed nodes, typed edges, evidence lists.

Edges are keyed by (source key, type, target key); evidence from several papers or
sentences accumulates on one edge, so ``weight`` is the number of distinct supporting
mentions and ``confidence`` the strongest one's.

The graph is what linking holds in memory to the end of the build, so its records have
``__slots__``, a node without aliases shares one empty set, the edges and their evidence are
columns of numbers (``EdgeTable``: each string evidence repeats is stored once, found through
open-addressing ``NumberIndex``es), and a graph given a ``TextFile`` keeps the papers'
properties and the evidence sentences there, on disk (docs/history-scale.md, "Linking in bounded memory").
"""
from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from array import array
from collections.abc import Iterator, Mapping, MutableMapping, Sequence, Set
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
    """The papers' properties (abstract, title, authors, ...) and the evidence sentences,
    written to an unlinked temporary file as the graph is built and read back whenever a sink
    asks for them: the graph holds offsets, not the texts (about 2 KB a paper). Forked sink
    writers inherit the open file."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self._file = tempfile.TemporaryFile(prefix="kg-texts-", dir=directory)
        self._end = 0
        self._last: tuple[int, Any] = (-1, None)  # get_json's last (offset, dict)

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

    def put_json(self, values: dict[str, Any]) -> StoredText:
        """Store a dict of JSON values (str, int, float, bool, None, lists and dicts of them)."""
        try:
            return self.put(json.dumps(values))
        except (TypeError, ValueError) as exc:
            raise KGError(f"node properties that JSON cannot hold: {exc}") from None

    def get_json(self, stored: StoredText) -> dict[str, Any]:
        """The dict stored at ``stored``; the last one read is kept, since a sink asks for one
        node's properties several times in a row."""
        last = self._last
        if last[0] == stored:
            return last[1]
        values = json.loads(self.get(stored))
        self._last = (stored, values)
        return values


STORED_ON_DISK = ("abstract",)  # a node with one of these (a Paper) keeps its properties in the TextFile


class NodeProperties(MutableMapping):
    """A Paper's properties, kept in the graph's ``TextFile`` as one JSON object: the node
    holds an offset, not a dict of strings and lists (about 0.8 KB a paper); reads give the
    values a plain dict would hold, so every sink sees the same. A change writes the object
    again (rare: properties are set once, when the paper is linked). Pickled (to a Dask
    client) it becomes that plain dict."""

    __slots__ = ("_stored", "_texts")

    def __init__(self, texts: TextFile, values: dict[str, Any] | None = None) -> None:
        self._texts = texts
        self._stored = texts.put_json(values) if values else None

    def _values(self) -> dict[str, Any]:
        return {} if self._stored is None else self._texts.get_json(self._stored)

    def __getitem__(self, key: str) -> Any:
        return self._values()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.update({key: value})

    def update(self, other: Any = (), /, **more: Any) -> None:  # type: ignore[override]
        """Write the object once for all the new values (``MutableMapping`` writes it per key)."""
        values = dict(self._values())
        values.update(other, **more)
        self._stored = self._texts.put_json(values)

    def __delitem__(self, key: str) -> None:
        values = dict(self._values())
        del values[key]
        self._stored = self._texts.put_json(values) if values else None

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._values()))

    def __len__(self) -> int:
        return len(self._values())

    def __contains__(self, key: object) -> bool:
        return key in self._values()

    def __repr__(self) -> str:
        return repr(self._values())

    def __reduce__(self) -> tuple:
        return dict, (dict(self._values()),)


M64 = (1 << 64) - 1
_SPREAD = 0x9E3779B97F4A7C15  # 2**64 / golden ratio: a slot is the top bits of hash x this (Fibonacci hashing)


class NumberIndex:
    """An open-addressing hash table that finds the number of an item (0, 1, 2, ... in the
    order they came) from the item's 64-bit hash: its slots are one ``array`` of numbers + 1
    (0: empty), probed linearly and at most half full, about 8 bytes an item in place of a
    dict's ~110 (its int keys and values). It holds no items: the caller says whether the
    number in a slot is the item's (``find``'s ``same``) and gives every item's hash when the
    table grows (``add``'s ``hashes``)."""

    __slots__ = ("_slots", "_shift", "_count")

    def __init__(self, bits: int = 10) -> None:
        self._slots = array("I", bytes(4 << bits))
        self._shift = 64 - bits
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def find(self, hashed: int, same: Any) -> int:
        """The number of the item whose hash is ``hashed`` and for which ``same(number)`` is
        true; else ``~slot``, the free slot ``add`` fills (negative)."""
        slots, mask = self._slots, len(self._slots) - 1
        at = ((hashed * _SPREAD) & M64) >> self._shift
        while True:
            number = slots[at] - 1
            if number < 0:
                return ~at
            if same(number):
                return number
            at = (at + 1) & mask

    def add(self, free: int, number: int, hashes: Any) -> None:
        """Put ``number`` in the free slot ``find`` gave (``free``); past half full the table
        doubles, placing every item again by ``hashes()``: a numpy array of the hashes of
        items 0 .. ``number``, by number."""
        if number + 1 > 0xFFFFFFFF:
            raise KGError(f"more than {0xFFFFFFFF - 1} items to number")
        self._slots[~free] = number + 1
        self._count += 1
        if 2 * self._count > len(self._slots):
            self._place(hashes(), 2 * len(self._slots))

    def _place(self, hashes: Any, size: int) -> None:
        """Every item in a table of ``size`` slots, in rounds: an item takes its slot if the
        slot is free and no other item of the round wants it, else tries the next slot."""
        import numpy

        bits = size.bit_length() - 1
        slots = numpy.zeros(size, dtype=numpy.uint32)
        at = (hashes.astype(numpy.uint64) * numpy.uint64(_SPREAD)) >> numpy.uint64(64 - bits)
        numbers = numpy.arange(len(hashes), dtype=numpy.uint32)
        while len(numbers):
            free = slots[at] == 0
            wanted, first = numpy.unique(at[free], return_index=True)  # one item per free slot
            winners = numpy.flatnonzero(free)[first]
            slots[wanted] = numbers[winners] + 1
            placed = numpy.zeros(len(numbers), dtype=bool)
            placed[winners] = True
            numbers, at = numbers[~placed], (at[~placed] + numpy.uint64(1)) & numpy.uint64(size - 1)
        self._slots = array("I", slots.tobytes())
        self._shift = 64 - bits


class DistinctTexts:
    """Texts numbered once each (an edge's evidence sentences: many mentions share one):
    with a ``TextFile`` the texts are on disk and the table holds, per text, its offset and
    hash (16 bytes) and a slot of a ``NumberIndex`` (8 bytes at most), not the string and a
    dict entry (about 250 bytes); a hash found is checked against the text read back, so two
    texts that share a hash stay two. Without one, the strings are held in a list."""

    __slots__ = ("_file", "_held", "_stored", "_hashes", "_index")

    def __init__(self, texts: TextFile | None = None) -> None:
        self._file = texts
        self._held: list[str] = []
        self._stored = array("Q")  # offsets in the TextFile, by number
        self._hashes = array("Q")
        self._index = NumberIndex()

    def __len__(self) -> int:
        return len(self._hashes)

    def text(self, number: int) -> str:
        return self._held[number] if self._file is None else self._file.get(StoredText(self._stored[number]))

    def number(self, text: str) -> int:
        """The text's number, given it if new."""
        hashed = self.hash_of(text)
        stored_hashes = self._hashes
        found = self._index.find(hashed, lambda n: stored_hashes[n] == hashed and self.text(n) == text)
        if found >= 0:
            return found
        number = len(stored_hashes)
        if self._file is None:
            self._held.append(text)
        else:
            self._stored.append(self._file.put(text))
        stored_hashes.append(hashed)
        self._index.add(found, number, self._all_hashes)
        return number

    @staticmethod
    def hash_of(text: str) -> int:
        """A text's 64-bit hash (Python's: the same within one process and its forks)."""
        return hash(text) & M64

    def _all_hashes(self) -> Any:
        import numpy

        return numpy.frombuffer(self._hashes, dtype=numpy.uint64)


@dataclass(frozen=True, order=True, slots=True)
class Evidence:
    """Where an edge came from: paper, field, sentence, both mentions' offsets, rule, confidence.

    Offsets are character offsets into the paper's normalised title or abstract (``field``);
    the paper itself as head, and a head named only in the other field, has offsets -1.
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


class StoredEdge(Edge):
    """An edge of an ``EdgeTable``, read from its columns: the evidence is read on first use
    (most readers want the ends alone). Pickled it becomes a plain ``Edge``."""

    __slots__ = ("_table", "_number", "_read")

    def __init__(self, table: EdgeTable, number: int) -> None:
        self.source, self.type, self.target = table.key_of(number)
        self._table, self._number, self._read = table, number, False

    @property
    def evidence(self) -> list[Evidence]:
        if not self._read:
            _EVIDENCE_SLOT.__set__(self, self._table.evidence_of(self._number))
            self._read = True
        return _EVIDENCE_SLOT.__get__(self)

    def __reduce__(self) -> tuple:
        return Edge, (self.source, self.type, self.target, self.evidence)


_EVIDENCE_SLOT = Edge.__dict__["evidence"]


class EdgeTable(Mapping):
    """The edges by (source, type, target), held as columns rather than objects: node keys,
    relation types and evidence strings are numbered once (the sentences in ``texts``, on
    disk, when given), an edge is a row of ``array``s (ends, type, first and last evidence
    row) found through a ``NumberIndex``, and each piece of evidence a row too (paper, field,
    sentence, four offsets, rule, confidence, next row of the same edge), so an edge with one
    piece of evidence takes about 75 bytes instead of about 450 as objects.
    Reads give ``Edge``s (``StoredEdge``) in the order the edges came, as the dict did; an
    edge's evidence keeps the order it was added in, without duplicates."""

    def __init__(self, texts: TextFile | None = None) -> None:
        self._numbers = NumberIndex()  # (source, type, target) numbers -> edge number
        self._keys: list[str] = []  # node keys (and evidence papers), by number
        self._key_numbers: dict[str, int] = {}
        self._types: list[str] = []
        self._type_numbers: dict[str, int] = {}
        self._strings: list[str] = []  # evidence fields and rules, each once
        self._string_numbers: dict[str, int] = {}
        self._sentences = DistinctTexts(texts)  # on disk with a TextFile
        self._source, self._type, self._target = array("I"), array("H"), array("I")
        self._first, self._last = array("i"), array("i")
        self._paper, self._field, self._sentence, self._rule = array("I"), array("I"), array("I"), array("I")
        self._offsets, self._confidence, self._next = array("i"), array("d"), array("i")
        # the duplicate check of an edge's evidence: a scan of its rows, and a set once it
        # has more than EVIDENCE_SCAN of them (most edges have one piece of evidence)
        self._row_sets: dict[int, set[tuple]] = {}

    @staticmethod
    def _number(numbers: dict[str, int], names: list[str], name: str) -> int:
        number = numbers.get(name)
        if number is None:
            number = numbers[name] = len(names)
            names.append(name)
        return number

    def _find(self, key: tuple[str, str, str]) -> int:
        """The edge's number, or a negative number if there is no such edge."""
        source, rel_type, target = (self._key_numbers.get(key[0]), self._type_numbers.get(key[1]),
                                    self._key_numbers.get(key[2]))
        if source is None or rel_type is None or target is None:
            return -1
        return self._find_numbers(source, rel_type, target)

    def _find_numbers(self, source: int, rel_type: int, target: int) -> int:
        """The number of the edge of these ends and type, or ``~slot`` (``NumberIndex.find``)."""
        sources, types, targets = self._source, self._type, self._target
        return self._numbers.find(_edge_hash(source, rel_type, target),
                                  lambda n: sources[n] == source and targets[n] == target and types[n] == rel_type)

    def _edge_hashes(self) -> Any:
        """Every edge's ``_edge_hash``, by number (as a numpy array)."""
        import numpy

        source, target = (numpy.frombuffer(column, dtype=numpy.uint32).astype(numpy.uint64) for column in (self._source, self._target))
        rel_type = numpy.frombuffer(self._type, dtype=numpy.uint16).astype(numpy.uint64)
        return (source << numpy.uint64(32) | target) ^ (rel_type << numpy.uint64(48))

    def _row(self, evidence: Evidence) -> tuple:
        strings, numbers = self._strings, self._string_numbers
        return (self._number(self._key_numbers, self._keys, evidence.paper), self._number(numbers, strings, evidence.field),
                self._sentences.number(evidence.sentence), evidence.head_start, evidence.head_end,
                evidence.tail_start, evidence.tail_end, self._number(numbers, strings, evidence.rule), evidence.confidence)

    def _stored_row(self, row: int) -> tuple:
        offsets = self._offsets[4 * row : 4 * row + 4]
        return (self._paper[row], self._field[row], self._sentence[row], *offsets, self._rule[row], self._confidence[row])

    def _new_edge(self, source: str, rel_type: str, target: str) -> int:
        ends = (self._number(self._key_numbers, self._keys, source), self._number(self._type_numbers, self._types, rel_type),
                self._number(self._key_numbers, self._keys, target))
        number = self._find_numbers(*ends)
        if number < 0:
            free, number = number, len(self._source)
            self._source.append(ends[0])
            self._type.append(ends[1])
            self._target.append(ends[2])
            self._first.append(-1)
            self._last.append(-1)
            self._numbers.add(free, number, self._edge_hashes)
        return number

    def _append(self, number: int, row: tuple) -> None:
        at = len(self._paper)
        try:
            offsets = array("i", row[3:7])  # whole, before any column grows
        except (OverflowError, TypeError) as exc:
            raise KGError(f"evidence offsets {row[3:7]} are not 32-bit integers: {exc}") from None
        self._offsets.extend(offsets)
        self._paper.append(row[0])
        self._field.append(row[1])
        self._sentence.append(row[2])
        self._rule.append(row[7])
        self._confidence.append(row[8])
        self._next.append(-1)
        if self._last[number] < 0:
            self._first[number] = at
        else:
            self._next[self._last[number]] = at
        self._last[number] = at

    def add(self, source: str, rel_type: str, target: str, evidence: Evidence) -> None:
        """Add evidence to the edge (made if new) unless the edge has it already."""
        number = self._new_edge(source, rel_type, target)
        row = self._row(evidence)
        seen = self._row_sets.get(number)
        if seen is not None:
            if row in seen:
                return
            seen.add(row)
        else:
            rows, at = [], self._first[number]
            while at >= 0:
                stored = self._stored_row(at)
                if stored == row:
                    return
                rows.append(stored)
                at = self._next[at]
            if len(rows) >= EVIDENCE_SCAN:
                self._row_sets[number] = {*rows, row}
        self._append(number, row)

    def __setitem__(self, key: tuple[str, str, str], edge: Edge) -> None:
        """Set an edge's evidence as given (a graph read back from its files)."""
        number = self._new_edge(*key)
        self._first[number] = self._last[number] = -1
        self._row_sets.pop(number, None)
        for evidence in edge.evidence:
            self._append(number, self._row(evidence))

    def key_of(self, number: int) -> tuple[str, str, str]:
        keys = self._keys
        return keys[self._source[number]], self._types[self._type[number]], keys[self._target[number]]

    def evidence_of(self, number: int) -> list[Evidence]:
        keys, strings, offsets, out = self._keys, self._strings, self._offsets, []
        sentences: dict[int, str] = {}  # each read once: an edge's evidence often shares a sentence
        at = self._first[number]
        while at >= 0:
            sentence = sentences.get(self._sentence[at])
            if sentence is None:
                sentence = sentences[self._sentence[at]] = self._sentences.text(self._sentence[at])
            out.append(Evidence(keys[self._paper[at]], strings[self._field[at]], sentence,
                                *offsets[4 * at : 4 * at + 4], strings[self._rule[at]], self._confidence[at]))
            at = self._next[at]
        return out

    def __getitem__(self, key: tuple[str, str, str]) -> Edge:
        number = self._find(key)
        if number < 0:
            raise KeyError(key)
        return StoredEdge(self, number)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and len(key) == 3 and self._find(key) >= 0  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        return map(self.key_of, range(len(self._source)))

    def __len__(self) -> int:
        return len(self._source)

    def values(self) -> Iterator[Edge]:  # type: ignore[override]
        return (StoredEdge(self, number) for number in range(len(self._source)))

    def in_key_order(self) -> EdgesInKeyOrder:
        return EdgesInKeyOrder(self)


class EdgesInKeyOrder(Sequence):
    """An ``EdgeTable``'s edges sorted by (source, type, target) key, the order every sink
    writes, as a sequence that reads each edge when asked: the sort holds four bytes an edge."""

    def __init__(self, table: EdgeTable) -> None:
        import numpy

        self._table = table
        if not len(table):
            self._order = numpy.empty(0, dtype=numpy.int32)
            return
        key_rank = _ranks(table._keys)
        type_rank = _ranks(table._types)
        columns = [numpy.frombuffer(column, dtype=numpy.uint32 if column.typecode == "I" else numpy.uint16).copy()
                   for column in (table._source, table._type, table._target)]
        self._order = numpy.lexsort((key_rank[columns[2]], type_rank[columns[1]], key_rank[columns[0]])).astype(numpy.int32)

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, index: int) -> Edge:  # type: ignore[override]
        if isinstance(index, slice):
            raise TypeError("EdgesInKeyOrder takes one index at a time")
        return StoredEdge(self._table, int(self._order[index]))

    def __iter__(self) -> Iterator[Edge]:
        table = self._table
        return (StoredEdge(table, number) for number in map(int, self._order))


def _edge_hash(source: int, rel_type: int, target: int) -> int:
    """An edge's hash for its ``NumberIndex``: its ends' and type's numbers, packed (not unique
    past 2**16 node numbers; the index checks the columns)."""
    return (source << 32 | target) ^ (rel_type << 48)


def _ranks(names: list[str]) -> Any:
    """Each name's place among the names sorted (a numpy array, by name number)."""
    import numpy

    ranks = numpy.empty(len(names), dtype=numpy.int64)
    ranks[numpy.array(sorted(range(len(names)), key=names.__getitem__), dtype=numpy.int64)] = numpy.arange(len(names))
    return ranks


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
        self.texts = texts  # where Papers' properties and evidence sentences go (None: held in memory)
        self.nodes: dict[str, Node] = {}
        self.edges = EdgeTable(texts)  # a Mapping from (source, type, target) to Edge; evidence sentences in ``texts``
        self.dropped: list[DroppedEdge] = []

    def add_node(self, key: str, label: str, name: str, aliases: set[str] | None = None, **properties: Any) -> Node:
        """Insert or merge a node; aliases and properties accumulate, name and label stay."""
        self.schema.check_label(label)
        node = self.nodes.get(key)
        given = {k: v for k, v in properties.items() if v not in (None, "", [], {})}
        if node is None:
            node = self.nodes[key] = Node(key, label, name, properties=self._new_properties(given))
        elif given.keys() - node.properties.keys():
            node.properties.update({k: v for k, v in given.items() if k not in node.properties})
        if aliases and not aliases <= node.aliases:
            merged = (node.aliases | aliases) - {node.name}
            node.aliases = frozenset(merged) if merged else NO_ALIASES
        return node

    def insert_node(self, node: Node) -> Node:
        """Add a node made elsewhere (by a Dask worker) unless its key is taken; with a
        ``TextFile``, its abstract moves there."""
        if node.key in self.nodes:
            return self.nodes[node.key]
        if type(node.properties) is not NodeProperties:
            node.properties = self._new_properties(node.properties)
        self.nodes[node.key] = node
        return node

    def _new_properties(self, values: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
        """A new node's properties: in the graph's ``TextFile`` for a node with one of
        ``STORED_ON_DISK`` (a Paper), else the plain dict."""
        if self.texts is not None and any(k in values for k in STORED_ON_DISK):
            return NodeProperties(self.texts, values)
        return values

    def add_edge(self, source: str, rel_type: str, target: str, evidence: Evidence) -> tuple[str, str, str] | None:
        """Add evidence to an edge; its key, or None where the schema forbids the edge (it is
        dropped with a reason)."""
        src, dst = self.nodes[source], self.nodes[target]
        if source == target:
            self.dropped.append(DroppedEdge(source, rel_type, target, "self-loop"))
            return None
        if not self.schema.allows(src.label, rel_type, dst.label):
            self.dropped.append(DroppedEdge(source, rel_type, target, f"{rel_type} not allowed from {src.label} to {dst.label}"))
            return None
        self.edges.add(source, rel_type, target, evidence)
        return source, rel_type, target

    def iter_nodes(self) -> Iterator[Node]:
        """Nodes in key order, so every sink writes the same bytes for the same graph."""
        return (self.nodes[k] for k in sorted(self.nodes))

    def iter_edges(self) -> Iterator[Edge]:
        return iter(self.edges.in_key_order())

    def edges_in_key_order(self) -> Sequence[Edge]:
        """The edges in key order, each read when asked (for writers that index them)."""
        return self.edges.in_key_order()

    def node_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(n.label for n in self.nodes.values()).items()))

    def edge_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(rel_type for _, rel_type, _ in self.edges).items()))

    def top_entities(self, per_label: int = 5) -> dict[str, list[dict[str, Any]]]:
        """Entities with the most distinct citing papers, per label (a Result has one paper: not an entity)."""
        papers_of: dict[str, set[str]] = {}
        for source, _, target in self.edges:
            if self.nodes[source].label == "Paper" and self.nodes[target].label != "Result":
                papers_of.setdefault(target, set()).add(source)
        out: dict[str, list[dict[str, Any]]] = {}
        for key, papers in sorted(papers_of.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            node = self.nodes[key]
            bucket = out.setdefault(node.label, [])
            if len(bucket) < per_label:
                bucket.append({"key": key, "name": node.name, "papers": len(papers)})
        return dict(sorted(out.items()))

    def __len__(self) -> int:
        return len(self.nodes)
