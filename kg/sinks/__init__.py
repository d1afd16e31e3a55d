"""Sinks: one interface, chosen by name from a small registry with lazy imports.

A sink takes a finished ``KnowledgeGraph`` (never mutating it) and writes it somewhere.
File sinks write into an output directory; store sinks (databases) take their connection
settings in the constructor and connect only in ``write``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kg.errors import SinkError
from kg.graph import KnowledgeGraph


@dataclass
class SinkReport:
    """What a sink wrote: files (for file sinks) and counters (for stores)."""

    sink: str
    files: list[Path] = field(default_factory=list)
    counters: dict[str, Any] = field(default_factory=dict)


class Sink(Protocol):
    name: str

    def write(self, graph: KnowledgeGraph, out_dir: Path) -> SinkReport: ...


# name -> "module:Class"; imported only when used, so an unused sink costs nothing.
REGISTRY: dict[str, str] = {
    "jsonl": "kg.sinks.jsonl:JsonLinesSink",
    "graphml": "kg.sinks.graphml:GraphMLSink",
    "rdf": "kg.sinks.rdf:RDFSink",
    "cypher": "kg.sinks.cypher_script:CypherScriptSink",
    "neo4j": "kg.stores.writer:Neo4jSink",
    "falkordb": "kg.stores.writer:FalkorDBSink",
}
FILE_SINKS = ("jsonl", "graphml", "rdf", "cypher")


def get_sink(name: str, **options: Any) -> Sink:
    """Instantiate the sink registered under ``name``."""
    try:
        target = REGISTRY[name]
    except KeyError:
        raise SinkError(f"unknown sink {name!r}; choose one of {', '.join(sorted(REGISTRY))}") from None
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(**options)
