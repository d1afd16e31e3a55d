"""``kg build`` as a library call: read → extract → link → graph → sinks, returning a report.

This is the one place that strings the stages together; each stage knows nothing of
the others beyond the records it takes and gives.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract import build_pipeline, extract_papers
from kg.graph import KnowledgeGraph
from kg.link import Linker
from kg.read import read_records
from kg.sinks import FILE_SINKS, SinkReport, get_sink
from kg.types import Record, Reject

OUTPUT_FILES = ("graph.graphml", "graph.ttl", "graph.nt", "nodes.jsonl", "edges.jsonl", "graph.cypher", "summary.json", "rejects.jsonl")


def sample_corpus() -> Path:
    """The bundled sample corpus (247 papers), the default input of ``kg build``."""
    return Path(str(resources.files("kg") / "data" / "corpus" / "hf-papers-opt.txt"))


@dataclass
class BuildReport:
    inputs: list[str]
    out_dir: Path
    records: int = 0
    rejects: int = 0
    duplicates: int = 0
    papers: int = 0
    tokens: int = 0
    node_counts: dict[str, int] = field(default_factory=dict)
    edge_counts: dict[str, int] = field(default_factory=dict)
    dropped_edges: dict[str, int] = field(default_factory=dict)
    reject_reasons: dict[str, int] = field(default_factory=dict)
    top_entities: dict[str, list] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    peak_memory_mb: float = 0.0
    sinks: list[SinkReport] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs, "out_dir": str(self.out_dir), "records_read": self.records,
            "rejects": self.rejects, "reject_reasons": self.reject_reasons, "duplicate_records": self.duplicates,
            "papers": self.papers, "tokens": self.tokens, "nodes": self.node_counts, "edges": self.edge_counts,
            "nodes_total": sum(self.node_counts.values()), "edges_total": sum(self.edge_counts.values()),
            "dropped_edges": self.dropped_edges, "top_entities": self.top_entities,
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
            "papers_per_s": round(self.papers / self.timings["extract"], 1) if self.timings.get("extract") else None,
            "peak_memory_mb": round(self.peak_memory_mb, 1),
            "files": sorted(str(p.name) for s in self.sinks for p in s.files),
        }


def peak_memory_mb() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024) if sys.platform == "darwin" else usage / 1024


def _reason_class(reason: str) -> str:
    return reason.split(":", 1)[0].split("(", 1)[0].strip()


def build(
    inputs: Iterable[str | Path] | None = None,
    out_dir: str | Path = "out",
    fmt: str | None = None,
    sinks: Iterable[str] = FILE_SINKS,
    batch_size: int = 64,
    progress: Callable[[Iterator], Iterator] | None = None,
) -> tuple[KnowledgeGraph, BuildReport]:
    """Build the graph of ``inputs`` (default: the sample corpus) and write it to ``out_dir``."""
    paths = [Path(p) for p in (inputs or [sample_corpus()])]
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output directory {out}: {exc}") from exc
    report = BuildReport(inputs=[str(p) for p in paths], out_dir=out)
    started = time.perf_counter()
    items = read_records(paths, fmt)  # raises InputError early for missing files / bad format
    nlp = build_pipeline()
    report.timings["load_pipeline"] = time.perf_counter() - started

    rejects_path = out / "rejects.jsonl"
    linker = Linker()
    t0 = time.perf_counter()
    with rejects_path.open("w", encoding="utf-8") as rejects_file:

        def records() -> Iterator[Record]:
            for item in items:
                if isinstance(item, Reject):
                    report.rejects += 1
                    reason = _reason_class(item.reason)
                    report.reject_reasons[reason] = report.reject_reasons.get(reason, 0) + 1
                    rejects_file.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                    continue
                report.records += 1
                yield item

        extractions = extract_papers(nlp, records(), batch_size=batch_size)
        for paper in progress(extractions) if progress else extractions:
            report.tokens += paper.tokens
            linker.add(paper)
    report.timings["extract"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    graph = linker.build()
    report.timings["link"] = time.perf_counter() - t0
    report.duplicates = linker.duplicates
    report.papers = len(linker.papers)

    for name in sinks:
        t0 = time.perf_counter()
        report.sinks.append(get_sink(name).write(graph, out))
        report.timings[f"write_{name}"] = time.perf_counter() - t0
    report.timings["total"] = time.perf_counter() - started
    report.node_counts = graph.node_counts()
    report.edge_counts = graph.edge_counts()
    for dropped in graph.dropped:
        report.dropped_edges[dropped.reason] = report.dropped_edges.get(dropped.reason, 0) + 1
    report.top_entities = graph.top_entities()
    report.peak_memory_mb = peak_memory_mb()
    summary = out / "summary.json"
    summary.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return graph, report
