"""``graph.ttl`` and ``graph.nt``: the graph as RDF, serialised with pyoxigraph.

Each edge is one direct triple plus a reified ``rdf:Statement`` (an IRI derived from the
edge key, not a blank node, so reloading into a store changes nothing) that carries the
weight, the confidence and one ``kgo:Evidence`` per supporting mention, each with
``prov:wasDerivedFrom`` to its paper.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.graph import KnowledgeGraph
from kg.pwc import LINKED_PWC_IRI
from kg.sinks import SinkReport
from kg.vocab import KGO, LABEL_CLASS, RELATION_PROPERTY, resource_iri

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
MLS = "http://www.w3.org/ns/mls#"
OWL = "http://www.w3.org/2002/07/owl#"
PREFIXES = {
    "kgo": str(KGO._NS), "kgr": resource_iri(""), "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS,
    "dcterms": DCT, "prov": PROV, "schema": SCHEMA, "mls": MLS, "owl": OWL,
}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _lit(value, datatype: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=_n(XSD + datatype))
    return ox.Literal(str(value))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def iter_triples(graph: KnowledgeGraph) -> Iterator[ox.Triple]:
    """Every triple of the graph, in a deterministic order."""
    a, label, alt = _n(RDF + "type"), _n(RDFS + "label"), _n(SKOS + "altLabel")
    key_p, derived = _n(KGO.key), _n(PROV + "wasDerivedFrom")
    for node in graph.iter_nodes():
        s = _n(resource_iri(node.key))
        yield ox.Triple(s, a, _n(LABEL_CLASS[node.label]))
        yield ox.Triple(s, label, _lit(node.name))
        yield ox.Triple(s, key_p, _lit(node.key))
        for alias in sorted(node.aliases):
            yield ox.Triple(s, alt, _lit(alias))
        p = node.properties
        if p.get("pwc_id"):  # SCHEMA.md: the Linked Papers With Code identity
            yield ox.Triple(s, _n(KGO.pwcId), _lit(p["pwc_id"]))
            yield ox.Triple(s, _n(OWL + "sameAs"), _n(LINKED_PWC_IRI + p["pwc_id"]))
        if node.label == "Paper":
            yield ox.Triple(s, _n(DCT + "title"), _lit(p.get("title", node.name)))
            if p.get("abstract"):
                yield ox.Triple(s, _n(DCT + "abstract"), _lit(p["abstract"]))
            if p.get("arxiv_id"):
                yield ox.Triple(s, _n(KGO.arxivId), _lit(p["arxiv_id"]))
                yield ox.Triple(s, _n(DCT + "identifier"), _lit("arXiv:" + p["arxiv_id"]))
            if p.get("year"):
                yield ox.Triple(s, _n(DCT + "issued"), _lit(p["year"], "gYear"))
            for author in p.get("authors", ()):
                yield ox.Triple(s, _n(SCHEMA + "author"), _lit(author))
            for category in p.get("categories", ()):
                yield ox.Triple(s, _n(DCT + "subject"), _lit(category))
        elif node.label == "Result":
            yield from result_triples(s, p)
    for edge in graph.iter_edges():
        s, o = _n(resource_iri(edge.source)), _n(resource_iri(edge.target))
        prop = _n(RELATION_PROPERTY[edge.type])
        yield ox.Triple(s, prop, o)
        stmt = _n(resource_iri("statement:" + _digest(edge.source, edge.type, edge.target)))
        yield ox.Triple(stmt, a, _n(RDF + "Statement"))
        yield ox.Triple(stmt, _n(RDF + "subject"), s)
        yield ox.Triple(stmt, _n(RDF + "predicate"), prop)
        yield ox.Triple(stmt, _n(RDF + "object"), o)
        yield ox.Triple(stmt, _n(KGO.weight), _lit(edge.weight, "integer"))
        yield ox.Triple(stmt, _n(KGO.confidence), _lit(round(edge.confidence, 4), "decimal"))
        for paper in edge.papers:
            yield ox.Triple(stmt, derived, _n(resource_iri(paper)))
        for ev in sorted(edge.evidence):
            evn = _n(resource_iri("evidence:" + _digest(edge.source, edge.type, edge.target, ev.paper, ev.field, str(ev.head_start), str(ev.tail_start), ev.rule)))
            yield ox.Triple(stmt, _n(KGO.evidence), evn)
            yield ox.Triple(evn, a, _n(KGO.Evidence))
            yield ox.Triple(evn, derived, _n(resource_iri(ev.paper)))
            yield ox.Triple(evn, _n(KGO.sentence), _lit(ev.sentence))
            yield ox.Triple(evn, _n(KGO.rule), _lit(ev.rule))
            yield ox.Triple(evn, _n(KGO.field), _lit(ev.field))
            yield ox.Triple(evn, _n(KGO.confidence), _lit(round(ev.confidence, 4), "decimal"))
            for prop_name, value in (("headStart", ev.head_start), ("headEnd", ev.head_end), ("tailStart", ev.tail_start), ("tailEnd", ev.tail_end)):
                if value >= 0:
                    yield ox.Triple(evn, _n(getattr(KGO, prop_name)), _lit(value, "integer"))


def result_triples(s: ox.NamedNode, p: dict) -> Iterator[ox.Triple]:
    """A Result as an ML Schema model evaluation: ``mls:hasValue`` the number, plus its unit,
    kind, other ends ("from X to Y", a range's low end), the text as written and its sentence."""
    yield ox.Triple(s, _n(MLS + "hasValue"), _lit(_decimal(p["value"]), "decimal"))
    yield ox.Triple(s, _n(KGO.resultKind), _lit(p["kind"]))
    for key, prop in (("unit", KGO.unit), ("text", KGO.resultText), ("sentence", KGO.sentence)):
        if p.get(key):
            yield ox.Triple(s, _n(prop), _lit(p[key]))
    for key, prop in (("from_value", KGO.fromValue), ("low", KGO.lowValue)):
        if p.get(key) is not None:
            yield ox.Triple(s, _n(prop), _lit(_decimal(p[key]), "decimal"))


def _decimal(value: float) -> str:
    """An xsd:decimal lexical form (no exponent): 1e-05 → "0.00001"."""
    return format(Decimal(repr(float(value))), "f")


class RDFSink:
    """Writes the same triples as Turtle (with prefixes) and as N-Triples."""

    name = "rdf"

    def write(self, graph: KnowledgeGraph, out_dir: Path) -> SinkReport:
        out_dir = Path(out_dir)
        triples = list(iter_triples(graph))
        ttl, nt = out_dir / "graph.ttl", out_dir / "graph.nt"
        with ttl.open("wb") as fh:
            ox.serialize(triples, fh, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        with nt.open("wb") as fh:
            ox.serialize(triples, fh, ox.RdfFormat.N_TRIPLES)
        return SinkReport(self.name, [ttl, nt], {"triples": len(triples)})
