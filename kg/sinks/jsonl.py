"""``nodes.jsonl`` and ``edges.jsonl``: every attribute and all evidence, one object per line.

Each line's digest is what an update compares (``kg.sinks.reuse``): this sink saves them.
"""
from __future__ import annotations

from pathlib import Path

from kg.graph import KnowledgeGraph
from kg.sinks import SinkReport
from kg.sinks.reuse import RecordFile, Reuse, digest, edge_line, node_line, save_digests


class JsonLinesSink:
    name = "jsonl"

    def write(self, graph: KnowledgeGraph, out_dir: Path, reuse: Reuse | None = None) -> SinkReport:
        out_dir = Path(out_dir)
        nodes, edges = out_dir / "nodes.jsonl", out_dir / "edges.jsonl"
        digests = {}
        counters = {}
        for path, kind, records, line_of in ((nodes, "nodes", graph.iter_nodes(), node_line), (edges, "edges", graph.iter_edges(), edge_line)):
            with RecordFile(path, RecordFile.counts_of(graph), reuse) as out:
                if out.reusing:  # the digests are known: only new and changed records are serialised
                    for number, record in enumerate(records):
                        out.record(kind, number, lambda record=record: (line_of(record) + "\n").encode())
                    digests[kind] = reuse.digests.of(kind)
                else:
                    hashes = bytearray()  # 16 bytes a record (a list of bytes objects took 57)
                    for number, record in enumerate(records):
                        line = line_of(record).encode()
                        hashes += digest(line)
                        out.record(kind, number, lambda line=line: line + b"\n")
                    digests[kind] = hashes
            counters[path.name] = out.counters
        save_digests(out_dir, digests["nodes"], digests["edges"])
        return SinkReport(self.name, [nodes, edges], {"reuse": counters})
