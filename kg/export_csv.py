"""Node and relationship CSVs for ``neo4j-admin database import full``: bulk loads of millions.

``neo4j-admin`` builds a new database from CSV far faster than any transactional load.
This writes, from a build's ``nodes.jsonl`` / ``edges.jsonl`` (streamed, two passes; memory
holds each node's name and label and each paper's targets, for the co-occurrence counts, never
the rows):

- ``nodes_<Label>.csv``: ``key:ID`` (one global id space: kg's keys are unique across
  labels), ``name``, ``aliases:string[]``, the label's other properties, ``:LABEL``;
- ``relationships_<TYPE>.csv``: ``:START_ID``, ``:END_ID``, ``:TYPE`` and the same
  properties the Cypher writer sets (``kg.cypher_statements.edge_row``: weight, confidence, the
  strongest evidence and the parallel ``evidence_*`` lists);
- ``nodes_CoOccurrence.csv``: the derived top pairs of ``kg.co_occurrence`` (what
  ``queries/co_occurring_entities.cypher`` reads), from a per-paper list of targets;
- ``import.sh``: the ``neo4j-admin database import full`` command line for them;
- ``constraints.cypher``: kg's uniqueness constraints and indexes, to run once the
  imported database is started (``neo4j-admin`` creates none).

The type mapping, stated once: str -> ``string``, int -> ``long``, float -> ``double``,
bool -> ``boolean``, lists -> ``<type>[]`` joined by ``ARRAY_DELIMITER`` (U+001F, which no
text of kg's contains; a value that does is an error, never split wrongly). A key whose
values mix types is written as ``string``. Every string is quoted (RFC 4180, quotes
doubled), so an empty string (``""``) stays distinct from a missing value (empty field);
empty lists are missing values, as ``neo4j-admin`` has no empty array. Fields may span
lines, hence ``--multiline-fields=true`` in the command.
"""
from __future__ import annotations

import math
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import co_occurrence
from kg.cypher_statements import constraint_statements, edge_row, node_row
from kg.errors import SchemaError, SinkError
from kg.schema import GraphSchema, load_schema
from kg.stores.files import graph_files, iter_edges, iter_nodes

ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_ARG = "U+001F"
DEFAULT_DIR = "neo4j-import"
FIXED_NODE_COLUMNS = ("key:ID", "name", "aliases:string[]")

_SCALAR_TYPES = ((bool, "boolean"), (int, "long"), (float, "double"), (str, "string"))


class ExportError(SinkError):
    """A value cannot be written to neo4j-admin CSV as it is."""


@dataclass
class ExportReport:
    out_dir: Path
    files: list[Path] = field(default_factory=list)
    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    co_occurrence_pairs: int = 0  # rows of nodes_CoOccurrence.csv, not in ``nodes``
    command: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"out_dir": str(self.out_dir), "files": [p.name for p in self.files], "nodes": self.nodes,
                "relationships": self.relationships, "co_occurrence_pairs": self.co_occurrence_pairs, "command": self.command}


def _type_name(value: Any) -> str | None:
    """neo4j-admin type of a value, ``None`` for an empty list (no evidence of a type)."""
    if isinstance(value, (list, tuple)):
        inner = {_type_name(v) for v in value}
        if not inner:
            return None
        return (inner.pop() if len(inner) == 1 else "string") + "[]"
    for py, name in _SCALAR_TYPES:
        if isinstance(value, py):
            return name
    return "string"


def _merge_type(old: str | None, new: str | None) -> str | None:
    if old is None or old == new:
        return new
    if new is None:
        return old
    return "string[]" if old.endswith("[]") and new.endswith("[]") else "string"


def _scalar(value: Any, kind: str, where: str) -> str:
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("long", "double") and isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise ExportError(f"{where}: {value} cannot be imported by neo4j-admin")
        return repr(value)
    text = str(value)
    if ARRAY_DELIMITER in text:
        raise ExportError(f"{where}: value contains the array delimiter U+001F: {text[:60]!r}")
    return text


def csv_field(value: Any, column_type: str, where: str = "value") -> str:
    """One CSV field as neo4j-admin reads it (strings always quoted, quotes doubled)."""
    if value is None or (isinstance(value, (list, tuple)) and not value):
        return ""
    if column_type.endswith("[]"):
        inner = column_type[:-2]
        items = value if isinstance(value, (list, tuple)) else [value]
        text = ARRAY_DELIMITER.join(_scalar(v, inner, where) for v in items)
        return '"' + text.replace('"', '""') + '"'
    if isinstance(value, (list, tuple, dict)):
        raise ExportError(f"{where}: a {type(value).__name__} in a {column_type} column")
    text = _scalar(value, column_type, where)
    if column_type == "string":
        return '"' + text.replace('"', '""') + '"'
    return text


def _safe_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in name)


def export_neo4j_csv(out_dir: str | Path, to: str | Path | None = None, schema: GraphSchema | None = None,
                     database: str = "neo4j") -> ExportReport:
    """Write neo4j-admin import CSVs for the build in ``out_dir`` into ``to`` (default OUTDIR/neo4j-import)."""
    schema = schema or load_schema()
    nodes_path, edges_path = graph_files(out_dir)
    target = Path(to) if to is not None else Path(out_dir) / DEFAULT_DIR
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {target}: {exc}") from exc
    report = ExportReport(target)

    # Pass 1: the columns (and their types) of every label and relationship type.
    node_columns: dict[str, dict[str, str | None]] = {}
    names: dict[str, tuple[str, str]] = {}  # key -> (name, label)
    for node in iter_nodes(nodes_path):
        schema.check_label(node.label)
        names[node.key] = (node.name, node.label)
        cols = node_columns.setdefault(node.label, {})
        for k, v in node_row(node)["props"].items():
            if k not in ("name", "aliases"):
                cols[k] = _merge_type(cols.get(k), _type_name(v))
    rel_columns: dict[str, dict[str, str | None]] = {}
    for edge in iter_edges(edges_path):
        if edge.type not in schema.relationship_types:
            raise SchemaError(f"{edges_path}: unknown relationship type {edge.type!r}; the schema has {', '.join(schema.relationship_types)}")
        cols = rel_columns.setdefault(edge.type, {})
        for k, v in edge_row(edge)["props"].items():
            cols[k] = _merge_type(cols.get(k), _type_name(v))

    def header(cols: dict[str, str | None]) -> list[tuple[str, str]]:
        return [(k, t or "string[]") for k, t in cols.items()]

    node_headers = {label: header(cols) for label, cols in node_columns.items()}
    rel_headers = {rtype: header(cols) for rtype, cols in rel_columns.items()}

    # Pass 2: the rows.
    handles = {}
    paper_targets: dict[str, list[str]] = {}
    try:
        for label, cols in sorted(node_headers.items()):
            path = target / f"nodes_{_safe_name(label)}.csv"
            fh = handles[("n", label)] = path.open("w", encoding="utf-8", newline="")
            fh.write(",".join([*FIXED_NODE_COLUMNS, *(f"{k}:{t}" for k, t in cols), ":LABEL"]) + "\n")
            report.files.append(path)
            report.nodes[label] = 0
        for rtype, cols in sorted(rel_headers.items()):
            path = target / f"relationships_{_safe_name(rtype)}.csv"
            fh = handles[("r", rtype)] = path.open("w", encoding="utf-8", newline="")
            fh.write(",".join([":START_ID", ":END_ID", ":TYPE", *(f"{k}:{t}" for k, t in cols)]) + "\n")
            report.files.append(path)
            report.relationships[rtype] = 0
        for node in iter_nodes(nodes_path):
            row = node_row(node)
            props = row["props"]
            where = f"node {node.key!r}"
            fields = [csv_field(node.key, "string", where), csv_field(node.name, "string", where),
                      csv_field(props.get("aliases"), "string[]", where)]
            fields += [csv_field(props.get(k), t, f"{where}.{k}") for k, t in node_headers[node.label]]
            fields.append(node.label)
            handles[("n", node.label)].write(",".join(fields) + "\n")
            report.nodes[node.label] += 1
        for edge in iter_edges(edges_path):
            for end in (edge.source, edge.target):
                if end not in names:
                    raise ExportError(f"{edges_path}: edge {edge.source} -{edge.type}-> {edge.target}: no node {end!r}")
            props = edge_row(edge)["props"]
            where = f"edge {edge.source} -{edge.type}-> {edge.target}"
            fields = [csv_field(edge.source, "string", where), csv_field(edge.target, "string", where), edge.type]
            fields += [csv_field(props.get(k), t, f"{where}.{k}") for k, t in rel_headers[edge.type]]
            handles[("r", edge.type)].write(",".join(fields) + "\n")
            report.relationships[edge.type] += 1
            if names[edge.source][1] == "Paper":
                paper_targets.setdefault(edge.source, []).append(edge.target)
        pairs = co_occurrence.top_pairs(paper_targets.values(), names.__getitem__)
        path = target / f"nodes_{co_occurrence.LABEL}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            types = {"rank": "long", "papers": "long"}
            fh.write(",".join([":ID", *(f"{c}:{types.get(c, 'string')}" for c in co_occurrence.COLUMNS), ":LABEL"]) + "\n")
            for row in pairs:
                fields = [csv_field(f"{co_occurrence.LABEL}:{row['rank']}", "string")]
                fields += [csv_field(row[c], types.get(c, "string"), f"co-occurrence pair {row['rank']}.{c}") for c in co_occurrence.COLUMNS]
                fh.write(",".join([*fields, co_occurrence.LABEL]) + "\n")
        report.files.append(path)
        report.co_occurrence_pairs = len(pairs)
    except OSError as exc:
        raise ExportError(f"cannot write CSV in {target}: {exc}") from exc
    finally:
        for fh in handles.values():
            fh.close()

    constraints = target / "constraints.cypher"
    constraints.write_text("".join(stmt + ";\n" for stmt in constraint_statements(schema)), encoding="utf-8")
    report.files.append(constraints)
    report.command = import_command(report, database)
    script = target / "import.sh"
    script.write_text(
        "#!/bin/sh\n"
        "# Bulk-import kg's graph into a NEW Neo4j database (stop Neo4j first; the database must not exist,\n"
        "# or add --overwrite-destination). Run from this directory, e.g. inside the neo4j container with\n"
        "# this directory mounted at /import:  cd /import && sh import.sh\n"
        "# Then start Neo4j and run:  cypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -f constraints.cypher\n"
        "set -e\ncd \"$(dirname \"$0\")\"\n" + report.command + "\n",
        encoding="utf-8",
    )
    report.files.append(script)
    return report


def import_command(report: ExportReport, database: str = "neo4j") -> str:
    parts = ["neo4j-admin", "database", "import", "full"]
    parts += [f"--nodes={p.name}" for p in report.files if p.name.startswith("nodes_")]
    parts += [f"--relationships={p.name}" for p in report.files if p.name.startswith("relationships_")]
    parts += [f"--array-delimiter={ARRAY_DELIMITER_ARG}", "--multiline-fields=true", database]
    return " ".join(shlex.quote(p) for p in parts)
