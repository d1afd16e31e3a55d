"""What an update reuses of the previous build's files: unchanged records are copied, not written again.

Every file sink notes, for each node and each edge (in the graph's key order), the byte span
its record takes in each file it writes, and saves these spans in ``.kg-reuse/`` beside the
outputs; the JSON Lines sink also saves each record's digest (BLAKE2b of its ``nodes.jsonl`` /
``edges.jsonl`` line, which holds every attribute and all evidence, so every other format's
record is a function of it). An update computes the new graph's digests; a record whose digest
the previous build had is copied from the previous file at its span, any other is serialised.
The files are those a full build writes, byte for byte (``tests/test_reuse.py``). Where that
cannot be assured (no spans, another index version, a file changed since, a format whose
header changed) the sink writes the whole file and names the reason in its report.
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from kg.graph import Edge, KnowledgeGraph, Node

REUSE_DIR = ".kg-reuse"
INDEX_VERSION = 1
KINDS = ("nodes", "edges")
DIGEST_BYTES = 16
DIGESTS_FILE = "digests.bin"


def node_line(node: Node) -> str:
    """A node's ``nodes.jsonl`` line (without the newline)."""
    return json.dumps(node.to_dict(), ensure_ascii=False, sort_keys=True)


def edge_line(edge: Edge) -> str:
    """An edge's ``edges.jsonl`` line (without the newline)."""
    return json.dumps(edge.to_dict(), ensure_ascii=False, sort_keys=True)


def digest(line: bytes) -> bytes:
    return hashlib.blake2b(line, digest_size=DIGEST_BYTES).digest()


@dataclass
class GraphDigests:
    """The digest of every node and edge of a graph, in key order (one bytes blob per kind)."""

    nodes: bytes
    edges: bytes

    def of(self, kind: str) -> bytes:
        return self.nodes if kind == "nodes" else self.edges


def graph_digests(graph: KnowledgeGraph) -> GraphDigests:
    """What an update needs first: one JSON serialisation of every record, hashed (the JSON
    Lines sink's own cost); computed before the sinks fork, so each of them has it."""
    blobs = []
    for records, line_of in ((graph.iter_nodes(), node_line), (graph.iter_edges(), edge_line)):
        blob = bytearray()  # 16 bytes a record, not a list of bytes objects (57)
        for record in records:
            blob += digest(line_of(record).encode())
        blobs.append(bytes(blob))
    return GraphDigests(*blobs)


@dataclass
class Reuse:
    """Handed to the file sinks by an update: the previous build's directory, its records'
    digests (digest -> record number, per kind; None and ``problem`` if unusable) and the
    digests of the graph being written."""

    previous: Path
    digests: GraphDigests
    old: dict[str, dict[bytes, int]] | None
    old_counts: dict[str, int]
    problem: str | None = None


def prepare_reuse(graph: KnowledgeGraph, previous: Path) -> Reuse:
    """Everything the sinks of an update share, made once before they fork."""
    new = graph_digests(graph)
    try:
        old, counts = load_digests(previous)
    except FileNotFoundError:
        return Reuse(Path(previous), new, None, {}, "the previous build has no record digests (written by kg since this release)")
    except (OSError, ValueError, KeyError) as exc:
        return Reuse(Path(previous), new, None, {}, f"the previous record digests are unusable ({exc})")
    return Reuse(Path(previous), new, old, counts)


# ---------------------------------------------------------------------------- index files


def _spans_path(out_dir: Path, file_name: str) -> Path:
    return Path(out_dir) / REUSE_DIR / f"{file_name}.spans"


def _write_index(path: Path, header: dict[str, Any], arrays: list[bytes]) -> None:
    path.parent.mkdir(exist_ok=True)
    with path.open("wb") as fh:
        fh.write((json.dumps(header, sort_keys=True) + "\n").encode())
        for blob in arrays:
            fh.write(blob)
        fh.flush()
        os.fsync(fh.fileno())  # the build's files are synced before the swap; so is what says where their records are


def _read_index(path: Path) -> tuple[dict[str, Any], bytes]:
    data = path.read_bytes()
    head, _, body = data.partition(b"\n")
    return json.loads(head), body


def save_digests(out_dir: Path, nodes: bytes, edges: bytes) -> None:
    header = {"version": INDEX_VERSION, "nodes": len(nodes) // DIGEST_BYTES, "edges": len(edges) // DIGEST_BYTES}
    _write_index(Path(out_dir) / REUSE_DIR / DIGESTS_FILE, header, [nodes, edges])


def load_digests(out_dir: Path) -> tuple[dict[str, dict[bytes, int]], dict[str, int]]:
    """The previous build's digests as {kind: {digest: record number}}, and the counts."""
    header, body = _read_index(Path(out_dir) / REUSE_DIR / DIGESTS_FILE)
    if header.get("version") != INDEX_VERSION:
        raise ValueError(f"index version {header.get('version')}")
    counts = {kind: header[kind] for kind in KINDS}
    split = counts["nodes"] * DIGEST_BYTES
    if len(body) != (counts["nodes"] + counts["edges"]) * DIGEST_BYTES:
        raise ValueError("digests truncated")
    lookup = {}
    for kind, blob in (("nodes", body[:split]), ("edges", body[split:])):
        lookup[kind] = {blob[i : i + DIGEST_BYTES]: n for n, i in enumerate(range(0, len(blob), DIGEST_BYTES))}
    return lookup, counts


# ---------------------------------------------------------------------------- writing


@dataclass
class _Previous:
    """One file of the previous build with its records' spans, and the digests to find them."""

    mm: mmap.mmap
    starts: dict[str, array]
    lengths: dict[str, array]
    numbers: dict[str, dict[bytes, int]]
    context: Any


def _open_previous(reuse: Reuse, file_name: str, context: Any) -> tuple[_Previous | None, str | None]:
    """The previous ``file_name`` ready to copy from, or None and why not."""
    path = reuse.previous / file_name
    if reuse.old is None:
        return None, reuse.problem
    numbers, counts = reuse.old, reuse.old_counts
    try:
        header, body = _read_index(_spans_path(reuse.previous, file_name))
    except FileNotFoundError:
        return None, f"the previous build has no record index of {file_name}"
    except (OSError, ValueError, KeyError) as exc:
        return None, f"the previous record index of {file_name} is unusable ({exc})"
    if header.get("version") != INDEX_VERSION:
        return None, f"the previous record index of {file_name} has version {header.get('version')}"
    if header.get("context") != context:
        return None, f"the previous {file_name} was written with another header"
    if {kind: header.get(kind) for kind in KINDS} != counts:
        return None, f"the previous record index of {file_name} does not match its digests"
    try:
        size = path.stat().st_size
    except OSError:
        return None, f"the previous build has no {file_name}"
    if size != header.get("size"):
        return None, f"the previous {file_name} changed after it was written"
    starts, lengths, offset = {}, {}, 0
    for kind in KINDS:
        for target, code in ((starts, "q"), (lengths, "Q")):
            values = array(code)
            end = offset + counts[kind] * values.itemsize
            values.frombytes(body[offset:end])
            target[kind] = values
            offset = end
    if size == 0:
        return None, f"the previous {file_name} is empty"
    with path.open("rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    return _Previous(mm, starts, lengths, numbers, context), None


@dataclass
class RecordFile:
    """One output file written record by record: ``record`` copies a record the previous build
    wrote (same digest) from the previous file, or writes what ``make`` gives; ``raw`` writes
    anything between records. Notes every record's span for the next update.

    ``context`` is whatever else the file's records depend on (GraphML's attribute keys): a
    previous file written with another context is not reused.
    """

    path: Path
    counts: dict[str, int]  # records of each kind: spans are kept by record number
    reuse: Reuse | None = None
    context: Any = None
    count_lines: bool = False  # count the newlines written (N-Triples: the triples)
    lines: int = 0
    counters: dict[str, Any] = field(default_factory=lambda: {"reused": 0, "written": 0})
    _fh: BinaryIO | None = None
    _previous: _Previous | None = None
    _pos: int = 0
    _pending: list[int] | None = None  # a run of copied bytes not yet written: [start, end]

    def __enter__(self) -> RecordFile:
        self._fh = self.path.open("wb")
        self.starts = {kind: array("q", bytes(8 * self.counts[kind])) for kind in KINDS}
        self.lengths = {kind: array("Q", bytes(8 * self.counts[kind])) for kind in KINDS}
        if self.reuse is not None:
            self._previous, why = _open_previous(self.reuse, self.path.name, self.context)
            if why:
                self.counters["fallback"] = why
        return self

    @property
    def reusing(self) -> bool:
        return self._previous is not None

    def _flush(self) -> None:
        if self._pending:
            start, end = self._pending
            data = self._previous.mm[start:end]
            self._fh.write(data)
            if self.count_lines:
                self.lines += data.count(b"\n")
            self._pending = None

    def raw(self, data: bytes) -> None:
        self._flush()
        self._fh.write(data)
        self._pos += len(data)
        if self.count_lines:
            self.lines += data.count(b"\n")

    def _old_span(self, kind: str, number: int) -> tuple[int, int] | None:
        prev = self._previous
        old = prev.numbers[kind].get(self.reuse.digests.of(kind)[number * DIGEST_BYTES : (number + 1) * DIGEST_BYTES])
        if old is None:
            return None
        return prev.starts[kind][old], prev.lengths[kind][old]

    @staticmethod
    def counts_of(graph: KnowledgeGraph) -> dict[str, int]:
        return {"nodes": len(graph.nodes), "edges": len(graph.edges)}

    def record(self, kind: str, number: int, make: Callable[[], bytes], patch: Callable[[bytes], bytes] | None = None) -> None:
        """Record ``number`` of ``kind`` ("nodes" or "edges"); ``patch`` turns the previous
        bytes into this file's where they hold a position (GraphML's edge ids)."""
        start = self.starts[kind][number] = self._pos
        span = self._old_span(kind, number) if self._previous is not None else None
        if span is None:
            self.raw(make())
            self.counters["written"] += 1
        else:
            old_start, length = span
            self.counters["reused"] += 1
            if patch is not None:
                self.raw(patch(self._previous.mm[old_start : old_start + length]))
            else:
                if self._pending and self._pending[1] == old_start:
                    self._pending[1] += length
                else:
                    self._flush()
                    self._pending = [old_start, old_start + length]
                self._pos += length
        self.lengths[kind][number] = self._pos - start

    @staticmethod
    def forget(path: Path) -> None:
        """No record spans for ``path`` (a file written in one piece): its next update rewrites it."""
        _spans_path(path.parent, path.name).unlink(missing_ok=True)

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self._flush()
        self._fh.close()
        if self._previous is not None:
            self._previous.mm.close()
        if exc[0] is None:
            header = {"version": INDEX_VERSION, "size": self._pos, "context": self.context,
                      **{kind: len(self.starts[kind]) for kind in KINDS}}
            blobs = [a.tobytes() for kind in KINDS for a in (self.starts[kind], self.lengths[kind])]
            _write_index(_spans_path(self.path.parent, self.path.name), header, blobs)
