"""Derived triples: facts kg computes from the build's RDF when it prepares the Oxigraph
store, kept apart from what the build asserts.

Co-occurrence
    Which entities appear together in the most papers (``queries/co_occurring_entities.rq``)
    is a GROUP BY over every pair of entities of every paper: 37 s in Oxigraph on 20,000
    papers, and it grows with the square of a paper's entities. The counts depend only on
    the graph, so ``prepare_store`` computes them once, here, and writes one node per pair
    into the named graph ``CO_OCCURRENCE_GRAPH``: ``kgo:firstEntity`` (the smaller
    ``kgo:key``), ``kgo:secondEntity``, ``kgo:paperCount`` and ``kgo:coOccurrenceRank``
    (1 for the pair in most papers; ties by the two names, as the query orders them), so
    the query reads its top rows by rank instead of grouping and sorting every pair.

Entity facts
    Queries that look a node up by name or rank entities by their papers read every name or
    every edge of the graph: at 175,745 papers a case-insensitive name match alone took 3 s,
    and ranking methods by the papers proposing them 8-11 s. ``ENTITY_FACTS_GRAPH`` holds:

    - ``kgo:lowercaseName``: each ``rdfs:label`` / ``skos:altLabel`` of every node, lower-cased,
      so ``LCASE(?name) = LCASE(?x)`` becomes one index scan; ``kgo:lowercasePaperName``, the
      same for papers only, so a title search reads only the papers' names;
    - ``kgo:proposingPaperCount``, ``kgo:usingPaperCount`` and ``kgo:citingPaperCount``: per
      entity, the papers with a PROPOSES, a USES, or any paper-to-entity edge to it;
    - ranks in the order of the query that reads them, so it takes its top rows by rank
      instead of sorting every candidate: ``kgo:proposedMethodRank`` (top_proposed_methods),
      ``kgo:kindRank`` (within the entity's class; top_entities) and ``kgo:titleRank`` (per
      paper, by title; all_papers pages through it).

Whole-graph counts
    graph_overview, ontology_alignment and new_datasets_and_benchmarks counted every node of a
    class, every edge of a relationship type, or every reuse of a dataset or benchmark on each
    call: 1.5-2.4 s at 175,745 papers. ``ENTITY_FACTS_GRAPH`` also holds ``kgo:instanceCount``
    and ``kgo:sampleInstance`` per class, ``kgo:tripleCount`` and ``kgo:sampleSubject`` per
    relationship property, and ``kgo:reusingNodeCount`` per dataset or benchmark, computed by
    the subqueries those queries ran (so even the SAMPLEd examples are the same).

The default graph (``graph.nt``) is untouched: every other query, ``kg validate`` and
``kg eval`` see exactly the build. The store's fingerprint carries ``DERIVED_VERSION``, so a
store made before this code (or by another definition of the counts) is rebuilt.
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kg.co_occurrence import pair_counts
from kg.vocab import KGO, RELATION_PROPERTY

CO_OCCURRENCE_GRAPH = "https://w3id.org/kg-ml/derived/co-occurrence"
ENTITY_FACTS_GRAPH = "https://w3id.org/kg-ml/derived/entity-facts"
DERIVED_VERSION = 3

# A paper "has" an entity when one of these edges goes from the paper to it (SCHEMA.md's
# Paper → entity relationships, without REPORTS_RESULT: a Result is a number, not an entity).
PAPER_ENTITY_PROPERTIES = (KGO.proposes, KGO.uses, KGO.evaluatesOn, KGO.addresses, KGO.reportsMetric, KGO.mentions)
ENTITY_CLASSES = (KGO.Model, KGO.Method, KGO.Dataset, KGO.Benchmark, KGO.Task, KGO.Metric)

# The same counts as one SPARQL query over the default graph, in the order of the ranks: the
# definition the derivation keeps (a test compares the two) and what it replaces (37 s on 20,000
# papers; bench/bench_co_occurrence.py).
CO_OCCURRENCE_GROUP_BY = """
PREFIX kgo:  <https://w3id.org/kg-ml/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entity_a ?kind_a ?entity_b ?kind_b (COUNT(DISTINCT ?paper) AS ?papers)
WHERE {
  ?paper a kgo:Paper ; ?rel_a ?a ; ?rel_b ?b .
  VALUES ?rel_a { kgo:proposes kgo:uses kgo:evaluatesOn kgo:addresses kgo:reportsMetric kgo:mentions }
  VALUES ?rel_b { kgo:proposes kgo:uses kgo:evaluatesOn kgo:addresses kgo:reportsMetric kgo:mentions }
  ?a kgo:key ?key_a ; rdfs:label ?entity_a ; a ?class_a .
  ?b kgo:key ?key_b ; rdfs:label ?entity_b ; a ?class_b .
  FILTER (?key_a < ?key_b)
  BIND (STRAFTER(STR(?class_a), "#") AS ?kind_a)
  BIND (STRAFTER(STR(?class_b), "#") AS ?kind_b)
}
GROUP BY ?a ?b ?entity_a ?kind_a ?entity_b ?kind_b
ORDER BY DESC(?papers) ?entity_a ?entity_b
"""

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
_TITLE = "http://purl.org/dc/terms/title"


@dataclass
class DerivedInfo:
    """What ``add_co_occurrence`` or ``add_entity_facts`` wrote, and how long it took."""

    pairs: int
    triples: int
    seconds: float


def values_of(store: ox.Store, predicate: str, obj: str | None = None) -> dict[str, str]:
    """Subject IRI → object value of ``predicate`` in the default graph (a node's one key or
    label). Plain strings, not pyoxigraph terms: they hash once, and the set is large."""
    return {q.subject.value: q.object.value for q in store.quads_for_pattern(
        None, ox.NamedNode(predicate), ox.NamedNode(obj) if obj else None, ox.DefaultGraph())}


def co_occurrence_counts(store: ox.Store, keys: dict[str, str], labels: dict[str, str]) -> Counter[tuple[str, str]]:
    """(first, second) entity IRI → number of papers with an edge to both; first has the
    smaller key. Only entities with a key and a label count, as in the query these replace."""
    papers = values_of(store, _RDF_TYPE, str(KGO.Paper))
    entities_of: dict[str, set[str]] = defaultdict(set)
    for prop in PAPER_ENTITY_PROPERTIES:
        for q in store.quads_for_pattern(None, ox.NamedNode(str(prop)), None, ox.DefaultGraph()):
            paper, entity = q.subject.value, q.object.value
            if paper in papers and entity in keys and entity in labels:
                entities_of[paper].add(entity)
    return pair_counts(entities_of.values(), order=keys.__getitem__)


def co_occurrence_nquads(store: ox.Store) -> tuple[bytes, int]:
    """The derived graph as N-Quads (Oxigraph bulk-loads text faster than Python terms), and
    its number of pairs."""
    keys, labels = values_of(store, str(KGO.key)), values_of(store, _LABEL)
    counts = co_occurrence_counts(store, keys, labels)

    def order(item: tuple[tuple[str, str], int]) -> tuple:
        (a, b), papers = item
        return -papers, labels[a], labels[b], keys[a], keys[b]  # the keys only settle two equal names

    ranked = sorted(counts.items(), key=order)
    g, first, second = CO_OCCURRENCE_GRAPH, KGO.firstEntity, KGO.secondEntity
    count, rank_of = KGO.paperCount, KGO.coOccurrenceRank
    lines = [f"_:p{rank} <{first}> <{a}> <{g}> .\n_:p{rank} <{second}> <{b}> <{g}> .\n"
             f'_:p{rank} <{count}> "{papers}"^^<{_INTEGER}> <{g}> .\n'
             f'_:p{rank} <{rank_of}> "{rank}"^^<{_INTEGER}> <{g}> .\n'
             for rank, ((a, b), papers) in enumerate(ranked, 1)]
    return "".join(lines).encode("utf-8"), len(ranked)


def add_co_occurrence(store: ox.Store) -> DerivedInfo:
    """Compute the co-occurrence counts of the store's default graph and write them into
    ``CO_OCCURRENCE_GRAPH`` (replacing what it held)."""
    pairs, seconds = derive_graph(store, CO_OCCURRENCE_GRAPH, co_occurrence_nquads)
    return DerivedInfo(pairs, 4 * pairs, seconds)


def derive_graph(store: ox.Store, graph: str, nquads_of) -> tuple[int, float]:
    """Compute ``nquads_of(store)`` (N-Quads bytes, and how many things they hold) and make
    the named graph ``graph`` hold exactly them; that count and the seconds it took."""
    start = time.perf_counter()
    data, count = nquads_of(store)
    replace_graph(store, graph, data)
    return count, time.perf_counter() - start


def replace_graph(store: ox.Store, graph: str, nquads: bytes) -> None:
    """Make the named graph ``graph`` hold exactly ``nquads``."""
    store.clear_graph(ox.NamedNode(graph))
    store.bulk_load(input=nquads, format=ox.RdfFormat.N_QUADS)


# The entity facts as SPARQL over the default graph: the definitions the derivation keeps (a
# test compares each with what ``add_entity_facts`` wrote).
LOWERCASE_NAMES_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?node ?name WHERE { ?node rdfs:label|skos:altLabel ?n . BIND (LCASE(STR(?n)) AS ?name) }
"""
PAPER_COUNTS_QUERY = """
PREFIX kgo: <https://w3id.org/kg-ml/ontology#>
SELECT ?node (COUNT(DISTINCT ?paper) AS ?papers) WHERE { ?paper a kgo:Paper ; kgo:%s ?node }
GROUP BY ?node
"""


def entity_facts_nquads(store: ox.Store) -> tuple[bytes, int]:
    """The entity facts of the default graph as N-Quads, and their number of triples. Names are
    lower-cased by Python's ``str.lower``, which agrees with SPARQL's ``LCASE`` (full Unicode
    lower-casing in both). Nodes are plain IRI strings, as in ``co_occurrence_counts``: there
    are millions of edges, and strings hash once."""
    papers = set(values_of(store, _RDF_TYPE, str(KGO.Paper)))
    lines: list[str] = []

    def fact(node: str, prop: str, value: int | str) -> None:
        obj = f'"{value}"^^<{_INTEGER}>' if isinstance(value, int) else ox.Literal(value)
        lines.append(f"<{node}> <{prop}> {obj} <{ENTITY_FACTS_GRAPH}> .\n")

    names: dict[str, set[str]] = defaultdict(set)
    for predicate in (_LABEL, _ALT_LABEL):
        for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, ox.DefaultGraph()):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal):  # a build's nodes are IRIs
                names[q.subject.value].add(q.object.value.lower())
    for node, lowered in names.items():
        for name in lowered:
            fact(node, KGO.lowercaseName, name)
            if node in papers:
                fact(node, KGO.lowercasePaperName, name)

    cited: dict[str, set[str]] = defaultdict(set)  # entity -> papers with an edge to it
    by_edge: dict[str, Counter[str]] = {}
    for prop in PAPER_ENTITY_PROPERTIES:
        by_edge[prop] = Counter()
        for q in store.quads_for_pattern(None, ox.NamedNode(str(prop)), None, ox.DefaultGraph()):
            paper, node = q.subject.value, q.object.value
            if paper in papers and isinstance(q.object, ox.NamedNode):  # one triple per (paper, node)
                by_edge[prop][node] += 1
                cited[node].add(paper)
    proposing, using = by_edge[KGO.proposes], by_edge[KGO.uses]
    for counts, prop in ((proposing, KGO.proposingPaperCount), (using, KGO.usingPaperCount)):
        for node, n in counts.items():
            fact(node, prop, n)
    for node, citing in cited.items():
        fact(node, KGO.citingPaperCount, len(citing))

    label = {s: o for s, o in values_of(store, _LABEL).items() if s in cited}  # a build gives a node one label
    for kind in ENTITY_CLASSES:  # ... and one class
        members = set(values_of(store, _RDF_TYPE, str(kind))) & label.keys()
        for i, e in enumerate(sorted(members, key=lambda e: (-len(cited[e]), label[e], e)), 1):
            fact(e, KGO.kindRank, i)
        if kind == KGO.Method:
            ranked = sorted(members & proposing.keys(), key=lambda m: (-proposing[m], -using[m], label[m], m))
            for i, m in enumerate(ranked, 1):
                fact(m, KGO.proposedMethodRank, i)

    keyed = set(values_of(store, str(KGO.key))) & papers
    title = {s: o for s, o in values_of(store, _TITLE).items() if s in keyed}
    for i, p in enumerate(sorted(title, key=lambda p: (title[p], p)), 1):
        fact(p, KGO.titleRank, i)
    lines += graph_count_lines(store)
    return "".join(lines).encode("utf-8"), len(lines)


# The whole-graph counts, computed by the very subqueries graph_overview.rq,
# ontology_alignment.rq and new_datasets_and_benchmarks.rq ran on every call before, so the
# counts and the SAMPLEd example nodes are the ones those queries gave.
INSTANCE_COUNTS_QUERY = """
SELECT ?class (COUNT(?node) AS ?n) (SAMPLE(?node) AS ?one) WHERE { ?node a ?class } GROUP BY ?class
"""
TRIPLE_COUNTS_QUERY = """
SELECT ?p (COUNT(*) AS ?n) (SAMPLE(?s) AS ?one) WHERE { VALUES ?p { %s } ?s ?p ?o } GROUP BY ?p
"""
REUSING_COUNTS_QUERY = """
PREFIX kgo: <https://w3id.org/kg-ml/ontology#>
SELECT ?r (COUNT(DISTINCT ?other) AS ?n) WHERE {
  VALUES ?type { kgo:Dataset kgo:Benchmark }
  ?r a ?type .
  { ?other kgo:evaluatesOn ?r } UNION { ?other kgo:uses ?r }
}
GROUP BY ?r
"""


def graph_count_lines(store: ox.Store) -> list[str]:
    """N-Quads lines of ``kgo:instanceCount`` / ``kgo:sampleInstance`` per class,
    ``kgo:tripleCount`` / ``kgo:sampleSubject`` per relationship property of SCHEMA.md and
    ``kgo:reusingNodeCount`` per dataset or benchmark, all in ``ENTITY_FACTS_GRAPH``."""
    g = ENTITY_FACTS_GRAPH
    lines = []
    relations = " ".join(f"<{p}>" for p in RELATION_PROPERTY.values())
    for query, count, sample in ((INSTANCE_COUNTS_QUERY, KGO.instanceCount, KGO.sampleInstance),
                                 (TRIPLE_COUNTS_QUERY % relations, KGO.tripleCount, KGO.sampleSubject),
                                 (REUSING_COUNTS_QUERY, KGO.reusingNodeCount, None)):
        for node, n, *one in store.query(query):
            lines.append(f"{node} <{count}> {n} <{g}> .\n")
            if sample and isinstance(one[0], ox.NamedNode):  # a build's nodes are IRIs
                lines.append(f"{node} <{sample}> {one[0]} <{g}> .\n")
    return lines


def add_entity_facts(store: ox.Store) -> DerivedInfo:
    """Compute the entity facts of the store's default graph and write them into
    ``ENTITY_FACTS_GRAPH`` (replacing what it held)."""
    triples, seconds = derive_graph(store, ENTITY_FACTS_GRAPH, entity_facts_nquads)
    return DerivedInfo(triples, triples, seconds)
