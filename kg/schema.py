"""The graph schema as data (``schemas/schema.json``), used to steer extraction and check output.

The JSON file is the machine-readable twin of SCHEMA.md; every stage that needs to know
which labels and relationship types exist asks this module instead of hard-coding them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import SchemaError

ENTITY_LABELS = ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric")


@dataclass(frozen=True)
class RelationType:
    name: str
    sources: frozenset[str]
    targets: frozenset[str]
    rdf_property: str


@dataclass(frozen=True)
class GraphSchema:
    node_types: dict[str, dict]
    relationship_types: dict[str, RelationType]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.node_types)

    def check_label(self, label: str) -> None:
        if label not in self.node_types:
            raise SchemaError(f"unknown node label {label!r}; the schema has {', '.join(self.node_types)}")

    def check_edge(self, source_label: str, rel_type: str, target_label: str) -> None:
        """Raise ``SchemaError`` unless (source)-[rel_type]->(target) is allowed."""
        rel = self.relationship_types.get(rel_type)
        if rel is None:
            raise SchemaError(
                f"unknown relationship type {rel_type!r}; the schema has {', '.join(self.relationship_types)}"
            )
        if source_label not in rel.sources or target_label not in rel.targets:
            raise SchemaError(
                f"{rel_type} goes from {sorted(rel.sources)} to {sorted(rel.targets)}, "
                f"not from {source_label} to {target_label}"
            )

    def allows(self, source_label: str, rel_type: str, target_label: str) -> bool:
        rel = self.relationship_types.get(rel_type)
        return rel is not None and source_label in rel.sources and target_label in rel.targets


def schema_file(name: str) -> Path:
    """``schemas/<name>`` of a source checkout, else the copy shipped in the package's data."""
    checkout = Path(__file__).resolve().parent.parent / "schemas" / name
    if checkout.exists():
        return checkout
    return Path(str(resources.files("kg") / "data" / name))


def schema_path() -> Path:
    return schema_file("schema.json")


@lru_cache(maxsize=1)
def load_schema(path: str | None = None) -> GraphSchema:
    file = Path(path) if path else schema_path()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SchemaError(f"cannot read graph schema {file}: {exc}") from exc
    rels = {
        name: RelationType(name, frozenset(spec["from"]), frozenset(spec["to"]), spec["rdf_property"])
        for name, spec in data["relationship_types"].items()
    }
    return GraphSchema(node_types=data["node_types"], relationship_types=rels)
