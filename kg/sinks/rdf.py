"""``graph.ttl`` and ``graph.nt``: the graph as RDF, serialised with pyoxigraph.

Each edge is one direct triple plus a reified ``rdf:Statement`` (an IRI derived from the
edge key, not a blank node, so reloading into a store changes nothing) that carries the
weight, the confidence and one ``kgo:Evidence`` per supporting mention, each with
``prov:wasDerivedFrom`` to its paper.
"""
from __future__ import annotations

import contextlib
import hashlib
from decimal import Decimal
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.graph import Edge, KnowledgeGraph, Node
from kg.pwc import LINKED_PWC_IRI
from kg.sinks import SinkReport
from kg.sinks.reuse import RecordFile, Reuse
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
BIBO = "http://purl.org/ontology/bibo/"
PREFIXES = {
    "kgo": str(KGO._NS), "kgr": resource_iri(""), "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS,
    "dcterms": DCT, "prov": PROV, "schema": SCHEMA, "mls": MLS, "owl": OWL, "bibo": BIBO,
}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


_DATATYPES: dict[str, ox.NamedNode] = {}  # XSD datatype nodes, made once: literals are written by the ten thousand


def _lit(value, datatype: str | None = None) -> ox.Literal:
    if datatype:
        node = _DATATYPES.get(datatype) or _DATATYPES.setdefault(datatype, _n(XSD + datatype))
        return ox.Literal(str(value), datatype=node)
    return ox.Literal(str(value))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def iter_triples(graph: KnowledgeGraph) -> Iterator[ox.Triple]:
    """Every triple of the graph, in a deterministic order: each node's, then each edge's."""
    for node in graph.iter_nodes():
        yield from node_triples(node)
    for edge in graph.iter_edges():
        yield from edge_triples(edge)


_A, _LABEL, _ALT, _KEY, _DERIVED = (_n(RDF + "type"), _n(RDFS + "label"), _n(SKOS + "altLabel"), _n(KGO.key), _n(PROV + "wasDerivedFrom"))


def node_triples(node: Node) -> Iterator[ox.Triple]:
    """A node's triples (all with the node as subject)."""
    s = _n(resource_iri(node.key))
    yield ox.Triple(s, _A, _n(LABEL_CLASS[node.label]))
    yield ox.Triple(s, _LABEL, _lit(node.name))
    yield ox.Triple(s, _KEY, _lit(node.key))
    for alias in sorted(node.aliases):
        yield ox.Triple(s, _ALT, _lit(alias))
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
        if p.get("venue"):
            yield ox.Triple(s, _n(KGO.venue), _lit(p["venue"]))
        if p.get("anthology_id"):
            yield ox.Triple(s, _n(KGO.anthologyId), _lit(p["anthology_id"]))
        if p.get("doi"):
            yield ox.Triple(s, _n(BIBO + "doi"), _lit(p["doi"]))
    elif node.label == "Result":
        yield from result_triples(s, p)


# An edge's predicates and classes, made once: a graph has tens of thousands of evidence triples.
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = (_n(RDF + "Statement"), _n(RDF + "subject"), _n(RDF + "predicate"), _n(RDF + "object"))
_WEIGHT, _CONFIDENCE, _EVIDENCE, _EVIDENCE_CLASS = _n(KGO.weight), _n(KGO.confidence), _n(KGO.evidence), _n(KGO.Evidence)
_SENTENCE, _RULE, _FIELD = _n(KGO.sentence), _n(KGO.rule), _n(KGO.field)
_OFFSETS = tuple(_n(getattr(KGO, name)) for name in ("headStart", "headEnd", "tailStart", "tailEnd"))


def edge_triples(edge: Edge) -> Iterator[ox.Triple]:
    """An edge's direct triple, then its reified statement and evidence."""
    a, derived = _A, _DERIVED
    s, o = _n(resource_iri(edge.source)), _n(resource_iri(edge.target))
    prop = _n(RELATION_PROPERTY[edge.type])
    yield ox.Triple(s, prop, o)
    stmt = _n(resource_iri("statement:" + _digest(edge.source, edge.type, edge.target)))
    yield ox.Triple(stmt, a, _STATEMENT)
    yield ox.Triple(stmt, _SUBJECT, s)
    yield ox.Triple(stmt, _PREDICATE, prop)
    yield ox.Triple(stmt, _OBJECT, o)
    yield ox.Triple(stmt, _WEIGHT, _lit(edge.weight, "integer"))
    yield ox.Triple(stmt, _CONFIDENCE, _lit(round(edge.confidence, 4), "decimal"))
    for paper in edge.papers:
        yield ox.Triple(stmt, derived, _n(resource_iri(paper)))
    for ev in sorted(edge.evidence):
        evn = _n(resource_iri("evidence:" + _digest(edge.source, edge.type, edge.target, ev.paper, ev.field, str(ev.head_start), str(ev.tail_start), ev.rule)))
        yield ox.Triple(stmt, _EVIDENCE, evn)
        yield ox.Triple(evn, a, _EVIDENCE_CLASS)
        yield ox.Triple(evn, derived, _n(resource_iri(ev.paper)))
        yield ox.Triple(evn, _SENTENCE, _lit(ev.sentence))
        yield ox.Triple(evn, _RULE, _lit(ev.rule))
        yield ox.Triple(evn, _FIELD, _lit(ev.field))
        yield ox.Triple(evn, _CONFIDENCE, _lit(round(ev.confidence, 4), "decimal"))
        for prop_node, value in zip(_OFFSETS, (ev.head_start, ev.head_end, ev.tail_start, ev.tail_end)):
            if value >= 0:
                yield ox.Triple(evn, prop_node, _lit(value, "integer"))


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


def _turtle_header() -> bytes:
    """The prefix lines oxigraph writes before a graph's first triple (and only then)."""
    probe = ox.Triple(_n(resource_iri("x")), _A, _n(KGO.Evidence))
    out = ox.serialize([probe], None, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return out[: out.rindex(b"@prefix")] + out[out.rindex(b"@prefix") :].split(b"\n", 1)[0] + b"\n"


class RDFSink:
    """Writes the same triples as Turtle (with prefixes) and as N-Triples.

    Both are written record by record (a node's triples, an edge's), which gives the bytes of
    one serialisation of the whole graph: N-Triples is a line per triple, and Turtle groups
    only consecutive triples of one subject, which two records never share (checked: the one
    place they could, the last node and the first edge, makes the Turtle file be written in
    one piece instead, without record spans). So an update copies unchanged records.
    """

    name = "rdf"

    def write(self, graph: KnowledgeGraph, out_dir: Path, reuse: Reuse | None = None) -> SinkReport:
        out_dir = Path(out_dir)
        ttl, nt = out_dir / "graph.ttl", out_dir / "graph.nt"
        last_node = max(graph.nodes, default=None)
        first_edge = min(graph.edges, default=None)
        in_one_piece = last_node is not None and first_edge is not None and first_edge[0] == last_node
        header = _turtle_header()
        counters = {}
        with contextlib.ExitStack() as files:
            nt_out = files.enter_context(RecordFile(nt, RecordFile.counts_of(graph), reuse, count_lines=True))
            ttl_out = None if in_one_piece else files.enter_context(RecordFile(ttl, RecordFile.counts_of(graph), reuse))
            if ttl_out is not None and graph.nodes:
                ttl_out.raw(header)
            for kind, records, triples_of in (("nodes", graph.iter_nodes(), node_triples), ("edges", graph.iter_edges(), edge_triples)):
                for number, record in enumerate(records):
                    triples = _Lazy(triples_of, record)
                    nt_out.record(kind, number, lambda t=triples: ox.serialize(t(), None, ox.RdfFormat.N_TRIPLES))
                    if ttl_out is not None:
                        ttl_out.record(kind, number, lambda t=triples: ox.serialize(t(), None, ox.RdfFormat.TURTLE, prefixes=PREFIXES)[len(header):])
        counters[nt.name] = nt_out.counters
        if in_one_piece:
            with ttl.open("wb") as fh:
                ox.serialize(iter_triples(graph), fh, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            RecordFile.forget(ttl)
            counters[ttl.name] = {"reused": 0, "written": len(graph.nodes) + len(graph.edges),
                                  "fallback": "the last node is the first edge's subject: Turtle written in one piece"}
        else:
            counters[ttl.name] = ttl_out.counters
        return SinkReport(self.name, [ttl, nt], {"triples": nt_out.lines, "reuse": counters})


class _Lazy:
    """A record's triples, made once for both files and only if one of them needs them."""

    __slots__ = ("make", "record", "triples")

    def __init__(self, make, record) -> None:
        self.make, self.record, self.triples = make, record, None

    def __call__(self) -> list[ox.Triple]:
        if self.triples is None:
            self.triples = list(self.make(self.record))
        return self.triples
