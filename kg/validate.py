"""``kg validate``: check a build's RDF against the SHACL shapes and the ontology (pySHACL).

Two checks, one report:

* SHACL: ``schemas/shapes.ttl`` over ``OUTDIR/graph.nt``, with ``schemas/ontology.ttl`` as
  the ontology graph (so ``sh:class`` sees the class hierarchy). No inference: the
  shapes check what the build wrote, not what a reasoner could add.
* Vocabulary: every class and property in the kgo namespace that the build uses is
  defined in the ontology (a misspelt term is caught here even if no shape targets it).
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, InputError
from kg.schema import schema_file

SH = "http://www.w3.org/ns/shacl#"
KGO_NS = "https://w3id.org/kg-ml/ontology#"


@dataclass(frozen=True)
class Violation:
    severity: str           # Violation, Warning, Info
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str | None
    component: str | None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class ValidationReport:
    data: Path
    shapes: Path
    ontology: Path
    triples: int = 0
    conforms: bool = True
    violations: list[Violation] = field(default_factory=list)
    undefined_terms: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Conforms to the shapes and uses only defined terms."""
        return self.conforms and not self.undefined_terms

    def by_message(self) -> Counter:
        return Counter(f"[{v.severity}] {v.message}" for v in self.violations)

    def to_dict(self, limit: int | None = 50) -> dict[str, Any]:
        return {
            "ok": self.ok, "conforms": self.conforms, "data": str(self.data), "shapes": str(self.shapes),
            "ontology": str(self.ontology), "triples": self.triples, "seconds": round(self.seconds, 2),
            "violations": len(self.violations), "by_message": dict(self.by_message().most_common()),
            "undefined_terms": self.undefined_terms,
            "examples": [v.to_dict() for v in self.violations[:limit]],
        }


def _load(path: Path, fmt: str, what: str, error=ConfigError):
    from rdflib import Graph

    if not path.is_file():
        raise error(f"{what} {path} not found")
    graph = Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # noqa: BLE001 - rdflib raises many kinds of parse errors
        raise error(f"cannot parse {what} {path}: {exc}") from exc
    return graph


def _violations(results) -> list[Violation]:
    from rdflib import Namespace

    sh = Namespace(SH)
    out = []
    for result in results.subjects(sh.resultSeverity, None):
        def one(pred):
            value = results.value(result, pred)
            return None if value is None else str(value)

        severity = (one(sh.resultSeverity) or "").rsplit("#", 1)[-1]
        out.append(Violation(severity, one(sh.focusNode) or "", one(sh.resultPath), one(sh.value),
                             one(sh.resultMessage) or "", one(sh.sourceShape), (one(sh.sourceConstraintComponent) or "").rsplit("#", 1)[-1] or None))
    out.sort(key=lambda v: (v.severity != "Violation", v.message, v.focus))
    return out


def undefined_terms(data, ontology) -> list[str]:
    """kgo classes and properties used in ``data`` but not declared in ``ontology``."""
    from rdflib import RDF, URIRef

    defined = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef)}
    used = {p for p in data.predicates() if str(p).startswith(KGO_NS)}
    used |= {o for o in data.objects(None, RDF.type) if isinstance(o, URIRef) and str(o).startswith(KGO_NS)}
    return sorted(str(t) for t in used - defined)


def validate(out_dir: str | Path, shapes: str | Path | None = None, ontology: str | Path | None = None) -> ValidationReport:
    """Validate ``OUTDIR/graph.nt`` (or ``graph.ttl`` when there is no N-Triples file)."""
    from pyshacl import validate as shacl_validate

    start = time.perf_counter()
    out_dir = Path(out_dir)
    data_path = out_dir / "graph.nt"
    fmt = "nt"
    if not data_path.is_file():
        data_path, fmt = out_dir / "graph.ttl", "turtle"
    if not data_path.is_file():
        raise InputError(f"no graph.nt or graph.ttl in {out_dir}: validate a build directory (kg build --out {out_dir})")
    shapes_path = Path(shapes) if shapes else schema_file("shapes.ttl")
    ontology_path = Path(ontology) if ontology else schema_file("ontology.ttl")
    data = _load(data_path, fmt, "build graph", InputError)
    shapes_graph = _load(shapes_path, "turtle", "SHACL shapes")
    ontology_graph = _load(ontology_path, "turtle", "ontology")
    report = ValidationReport(data_path, shapes_path, ontology_path, triples=len(data))
    conforms, results, _text = shacl_validate(
        data, shacl_graph=shapes_graph, ont_graph=ontology_graph, inference="none", abort_on_first=False,
        allow_infos=True, allow_warnings=True, meta_shacl=False, advanced=False, inplace=False,
    )
    if not hasattr(results, "subjects"):  # pySHACL reports a broken shapes graph instead of results
        raise ConfigError(f"pySHACL cannot use {shapes_path}: {results}")
    report.conforms = bool(conforms)
    report.violations = _violations(results)
    report.undefined_terms = undefined_terms(data, ontology_graph)
    report.seconds = time.perf_counter() - start
    return report
