"""``nodes.jsonl`` and ``edges.jsonl``: every attribute and all evidence, one object per line."""
from __future__ import annotations

import json
from pathlib import Path

from kg.graph import KnowledgeGraph
from kg.sinks import SinkReport


class JsonLinesSink:
    name = "jsonl"

    def write(self, graph: KnowledgeGraph, out_dir: Path) -> SinkReport:
        out_dir = Path(out_dir)
        nodes, edges = out_dir / "nodes.jsonl", out_dir / "edges.jsonl"
        with nodes.open("w", encoding="utf-8") as fh:
            for node in graph.iter_nodes():
                fh.write(json.dumps(node.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        with edges.open("w", encoding="utf-8") as fh:
            for edge in graph.iter_edges():
                fh.write(json.dumps(edge.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        return SinkReport(self.name, [nodes, edges])
