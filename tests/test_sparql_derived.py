"""Derived co-occurrence counts (kg.sparql.derived): what they count on a tiny inline graph, that
queries/co_occurring_entities.rq reading them gives the rows of the GROUP BY they replace (on
the sample build), and that the store's fingerprint rebuilds a store made without them."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.sparql import load_examples
from kg.sparql.derived import (
    CO_OCCURRENCE_GRAPH, CO_OCCURRENCE_GROUP_BY, ENTITY_FACTS_GRAPH, LOWERCASE_NAMES_QUERY, PAPER_COUNTS_QUERY,
    co_occurrence_counts, values_of,
)
from kg.sparql.store import FINGERPRINT_FILE, prepare_store
from kg.vocab import RELATION_PROPERTY

ROOT = Path(__file__).resolve().parents[1]
QUERY = {ex.name: ex for ex in load_examples(ROOT / "queries")}["co_occurring_entities"]
R = "https://w3id.org/kg-ml/resource/"

TINY = f"""
@prefix kgo: <https://w3id.org/kg-ml/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix r: <{R}> .
r:p1 a kgo:Paper ; kgo:key "p1" ; rdfs:label "P1" ;
    kgo:proposes r:Method:lora ; kgo:uses r:Model:opt ; kgo:addresses r:Task:qa ; kgo:mentions r:Metric:acc ;
    kgo:reportsResult r:Result:r1 .
r:p2 a kgo:Paper ; kgo:key "p2" ; rdfs:label "P2" ;
    kgo:uses r:Method:lora, r:Model:opt ; kgo:mentions r:Model:opt ; kgo:addresses r:Task:qa .
r:p3 a kgo:Paper ; kgo:key "p3" ; rdfs:label "P3" ; kgo:uses r:Model:opt ; kgo:addresses r:Task:qa .
r:Method:lora a kgo:Method ; kgo:key "Method:lora" ; rdfs:label "LoRA" ; kgo:appliedTo r:Model:opt .
r:Model:opt a kgo:Model ; kgo:key "Model:opt" ; rdfs:label "OPT" .
r:Task:qa a kgo:Task ; kgo:key "Task:qa" ; rdfs:label "question answering" .
r:Metric:acc a kgo:Metric ; kgo:key "Metric:acc" ; rdfs:label "Accuracy" .
r:Result:r1 a kgo:Result ; kgo:key "Result:r1" ; rdfs:label "67.2" .
"""

# By kgo:key the pair is (Method:lora < Metric:acc < Model:opt < Task:qa); a paper counts once
# however many edges it has to an entity; REPORTS_RESULT and APPLIED_TO are not "has".
# Ties (2 papers; 1 paper) go by the first name, then the second, not by key ("Accuracy" < "LoRA"
# < "OPT" < "question answering": code-point order, as SPARQL's ORDER BY).
EXPECTED = [
    ("OPT", "Model", "question answering", "Task", 3),
    ("LoRA", "Method", "OPT", "Model", 2),
    ("LoRA", "Method", "question answering", "Task", 2),
    ("Accuracy", "Metric", "OPT", "Model", 1),
    ("Accuracy", "Metric", "question answering", "Task", 1),
    ("LoRA", "Method", "Accuracy", "Metric", 1),
]


def rows(store_dir: Path, text: str) -> list[tuple]:
    store = ox.Store.read_only(str(store_dir))
    return [tuple(int(v.value) if i == 4 else v.value for i, v in enumerate(s)) for s in store.query(text)]


@pytest.fixture
def tiny_build(tmp_path) -> Path:
    store = ox.Store()
    store.load(TINY.encode(), format=ox.RdfFormat.TURTLE)
    (tmp_path / "graph.nt").write_bytes(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
    return tmp_path


def test_counts_on_a_tiny_graph(tiny_build):
    store = ox.Store()
    store.load(path=str(tiny_build / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    keys = values_of(store, "https://w3id.org/kg-ml/ontology#key")
    labels = values_of(store, "http://www.w3.org/2000/01/rdf-schema#label")
    counts = co_occurrence_counts(store, keys, labels)
    assert counts == {(R + a, R + b): n for a, b, n in [
        ("Model:opt", "Task:qa", 3), ("Method:lora", "Model:opt", 2), ("Method:lora", "Task:qa", 2),
        ("Method:lora", "Metric:acc", 1), ("Metric:acc", "Model:opt", 1), ("Metric:acc", "Task:qa", 1)]}


def test_the_query_reads_the_counts_in_order_and_the_default_graph_is_unchanged(tiny_build):
    info = prepare_store(tiny_build)
    assert info.reloaded and info.derived_triples == 4 * len(EXPECTED)
    assert info.triples == len((tiny_build / "graph.nt").read_text(encoding="utf-8").splitlines())  # default graph: the build only
    assert rows(info.path, QUERY.bound()) == EXPECTED
    assert rows(info.path, QUERY.bound({"limit": 2})) == EXPECTED[:2]
    assert rows(info.path, CO_OCCURRENCE_GROUP_BY) == EXPECTED
    store = ox.Store.read_only(str(info.path))
    assert ox.NamedNode(CO_OCCURRENCE_GRAPH) in set(store.named_graphs())


def test_a_store_loaded_without_the_counts_is_rebuilt(tiny_build):
    """A store made before the counts existed (or by another version of them) is stale."""
    first = prepare_store(tiny_build)
    meta_file = first.path / FINGERPRINT_FILE
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    del meta["fingerprint"]["derived"]
    meta_file.write_text(json.dumps(meta), encoding="utf-8")
    again = prepare_store(tiny_build)
    assert again.reloaded and "derived counts" in again.reason and again.derived_triples == first.derived_triples
    assert not prepare_store(tiny_build).reloaded


@pytest.mark.slow
def test_same_rows_as_the_group_by_on_the_sample_build(sample_build, tmp_path):
    _, _, out_dir = sample_build
    (tmp_path / "graph.nt").write_bytes((out_dir / "graph.nt").read_bytes())
    info = prepare_store(tmp_path)
    grouped = rows(info.path, CO_OCCURRENCE_GROUP_BY)
    derived = rows(info.path, QUERY.bound({"limit": 10 ** 9}))
    assert len(grouped) > 1000 and sorted(derived) == sorted(grouped)
    # in the query's order wherever ORDER BY decides (two entities of one name and two types may tie)
    assert [(r[4], r[0], r[2]) for r in derived] == [(r[4], r[0], r[2]) for r in grouped]


# --- entity facts ---------------------------------------------------------------------------

FACTS = f"""
@prefix kgo: <https://w3id.org/kg-ml/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix r: <{R}> .
r:p1 a kgo:Paper ; kgo:key "p1" ; rdfs:label "P1" ; kgo:proposes r:Method:lora, r:Method:adam ; kgo:uses r:Model:opt .
r:p2 a kgo:Paper ; kgo:key "p2" ; rdfs:label "P2" ; kgo:proposes r:Method:lora ; kgo:uses r:Method:adam, r:Method:dropout .
r:p3 a kgo:Paper ; kgo:key "p3" ; rdfs:label "P3" ; kgo:proposes r:Method:dropout, r:Method:adam ; kgo:uses r:Method:lora .
r:p4 a kgo:Paper ; kgo:key "p4" ; rdfs:label "P4" ; kgo:uses r:Method:lora ; kgo:addresses r:Task:qa .
r:notapaper kgo:key "x" ; dcterms:title "A title, not a paper" ; kgo:proposes r:Method:dropout ; kgo:uses r:Method:dropout .
r:p1 dcterms:title "Zeta" . r:p2 dcterms:title "Alpha" . r:p3 dcterms:title "Alpha" ; kgo:arxivId "2101.00003" .
r:Method:lora a kgo:Method ; kgo:key "Method:lora" ; rdfs:label "LoRA" ; skos:altLabel "Low-Rank Adaptation" .
r:Method:adam a kgo:Method ; kgo:key "Method:adam" ; rdfs:label "Adam" .
r:Method:dropout a kgo:Method ; kgo:key "Method:dropout" ; rdfs:label "Dropout" .
r:Model:opt a kgo:Model ; kgo:key "Model:opt" ; rdfs:label "OPT" ; skos:altLabel "OPT-175B", "opt-175b" .
r:Task:qa a kgo:Task ; kgo:key "Task:qa" ; rdfs:label "Question Answering" ; skos:altLabel "QA" .
"""
K = "https://w3id.org/kg-ml/ontology#"
CITING_PAPERS = f"""PREFIX kgo: <{K}>
SELECT ?node (COUNT(DISTINCT ?paper) AS ?papers) WHERE {{
  ?paper a kgo:Paper ; ?rel ?node .
  FILTER (?rel IN (kgo:proposes, kgo:uses, kgo:evaluatesOn, kgo:addresses, kgo:reportsMetric, kgo:mentions))
}} GROUP BY ?node"""


def facts_build(tmp_path: Path) -> Path:
    store = ox.Store()
    store.load(FACTS.encode(), format=ox.RdfFormat.TURTLE)
    (tmp_path / "graph.nt").write_bytes(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
    return tmp_path


def fact(store: ox.Store, predicate: str) -> set[tuple[str, str]]:
    """(node, value) of one derived property in ENTITY_FACTS_GRAPH."""
    return {(q.subject.value, q.object.value)
            for q in store.quads_for_pattern(None, ox.NamedNode(K + predicate), None, ox.NamedNode(ENTITY_FACTS_GRAPH))}


def test_entity_facts_equal_their_sparql_definitions(tmp_path):
    info = prepare_store(facts_build(tmp_path))
    store = ox.Store.read_only(str(info.path))
    lowered = fact(store, "lowercaseName")
    assert lowered == {(s["node"].value, s["name"].value) for s in store.query(LOWERCASE_NAMES_QUERY)}
    assert {(R + "Model:opt", "opt-175b"), (R + "Task:qa", "question answering"), (R + "Method:lora", "low-rank adaptation")} <= lowered
    assert len([n for n, name in lowered if n == R + "Model:opt"]) == 2  # "OPT-175B" and "opt-175b": one name
    assert fact(store, "lowercasePaperName") == {(n, name) for n, name in lowered if n in {R + f"p{i}" for i in range(1, 5)}}
    for predicate, edge in (("proposingPaperCount", "proposes"), ("usingPaperCount", "uses")):
        assert fact(store, predicate) == {(s["node"].value, s["papers"].value)
                                          for s in store.query(PAPER_COUNTS_QUERY % edge)}
    assert fact(store, "proposingPaperCount") == {(R + "Method:lora", "2"), (R + "Method:adam", "2"), (R + "Method:dropout", "1")}
    # LoRA and Adam: 2 proposing papers each; LoRA has more using papers (2 to 1), so it comes first
    # although "Adam" < "LoRA"; r:notapaper is no kgo:Paper and counts for nothing
    ranked = [s["m"].value for s in store.query(f"""
        PREFIX kgo: <{K}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?m (COUNT(DISTINCT ?p) AS ?proposing) (COUNT(DISTINCT ?u) AS ?using) WHERE {{
          ?m a kgo:Method ; rdfs:label ?name . ?p a kgo:Paper ; kgo:proposes ?m .
          OPTIONAL {{ ?u a kgo:Paper ; kgo:uses ?m }} }}
        GROUP BY ?m ?name ORDER BY DESC(?proposing) DESC(?using) ?name""")]
    assert ranked == [R + "Method:lora", R + "Method:adam", R + "Method:dropout"]
    assert sorted(fact(store, "proposedMethodRank"), key=lambda nv: int(nv[1])) == [(m, str(i)) for i, m in enumerate(ranked, 1)]
    # papers with a key and a title, by title (equal titles by IRI); p4 has no title
    by_title = [s["p"].value for s in store.query("""PREFIX kgo: <https://w3id.org/kg-ml/ontology#>
        SELECT ?p WHERE { ?p a kgo:Paper ; kgo:key ?key ; <http://purl.org/dc/terms/title> ?title } ORDER BY ?title ?p""")]
    assert by_title == [R + "p2", R + "p3", R + "p1"]
    assert sorted(fact(store, "titleRank"), key=lambda nv: int(nv[1])) == [(p, str(i)) for i, p in enumerate(by_title, 1)]
    # papers with any edge to the entity; ranked within its class by that count, then by name
    cited = {(s["node"].value, s["papers"].value) for s in store.query(CITING_PAPERS)}
    assert fact(store, "citingPaperCount") == cited
    assert (R + "Method:dropout", "2") in cited and (R + "Task:qa", "1") in cited  # p2 and p3; r:notapaper is none
    kind_rank = set()
    for kind in ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric"):
        ranked = [s["e"].value for s in store.query(f"""PREFIX kgo: <{K}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?e (COUNT(DISTINCT ?paper) AS ?papers) WHERE {{
              ?e a kgo:{kind} ; rdfs:label ?name . ?paper a kgo:Paper ; ?rel ?e .
              FILTER (?rel IN (kgo:proposes, kgo:uses, kgo:evaluatesOn, kgo:addresses, kgo:reportsMetric, kgo:mentions))
            }} GROUP BY ?e ?name ORDER BY DESC(?papers) ?name""")]
        kind_rank |= {(e, str(i)) for i, e in enumerate(ranked, 1)}
    assert fact(store, "kindRank") == kind_rank and (R + "Method:lora", "1") in kind_rank  # 4 papers
    assert info.entity_fact_triples == sum(len(fact(store, p)) for p in (
        "lowercaseName", "lowercasePaperName", "proposingPaperCount", "usingPaperCount", "proposedMethodRank", "titleRank",
        "citingPaperCount", "kindRank", "instanceCount", "sampleInstance", "tripleCount", "sampleSubject", "reusingNodeCount"))
    # the default graph holds exactly the build
    assert info.triples == len((tmp_path / "graph.nt").read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("name", ["question answering", "QUESTION ANSWERING", "qa", "Qa"])
def test_a_name_lookup_through_the_lowercased_names_ignores_case(tmp_path, name):
    info = prepare_store(facts_build(tmp_path))
    query = {ex.name: ex for ex in load_examples(ROOT / "queries")}["papers_for_task"]
    store = ox.Store.read_only(str(info.path))
    assert [(s["paper"].value, s["proposed"].value) for s in store.query(query.bound({"task": name}))] == [("P4", "0")]


def test_all_papers_pages_through_the_titles(tmp_path):
    info = prepare_store(facts_build(tmp_path))
    store = ox.Store.read_only(str(info.path))
    query = {ex.name: ex for ex in load_examples(ROOT / "queries")}["all_papers"]
    page = [(s["key"].value, s["title"].value, s["arxiv_id"] and s["arxiv_id"].value)
            for s in store.query(query.bound({"limit": 2, "offset": 1}))]
    assert page == [("p3", "Alpha", "2101.00003"), ("p1", "Zeta", None)]
    assert [s["key"].value for s in store.query(query.bound())] == ["p2", "p3", "p1"]


# --- whole-graph counts ---------------------------------------------------------------------

COUNTED = f"""
@prefix kgo: <{K}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix r: <{R}> .
r:p1 a kgo:Paper ; rdfs:label "P1" ; kgo:proposes r:Dataset:squad, r:Benchmark:glue ; kgo:evaluatesOn r:Dataset:squad ; kgo:uses r:Model:opt .
r:p2 a kgo:Paper ; rdfs:label "P2" ; kgo:proposes r:Dataset:squad ; kgo:evaluatesOn r:Dataset:squad, r:Benchmark:glue ; kgo:uses r:Dataset:squad .
r:p3 a kgo:Paper ; rdfs:label "P3" ; kgo:uses r:Benchmark:glue ; kgo:evaluatesOn r:Benchmark:glue .
r:p4 a kgo:Paper ; rdfs:label "P4" ; kgo:proposes r:Dataset:unused .
r:Dataset:squad a kgo:Dataset ; rdfs:label "SQuAD" .
r:Dataset:unused a kgo:Dataset ; rdfs:label "Unused" .
r:Benchmark:glue a kgo:Benchmark ; rdfs:label "GLUE" .
r:Model:opt a kgo:Model ; rdfs:label "OPT" ; kgo:variantOf r:Model:opt-base .
r:Model:opt-base a kgo:Model ; rdfs:label "OPT base" .
r:statement1 a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .
"""

# The three queries as they were before they read the counts: the rows the derived counts must give.
COUNTING_QUERIES = {
    "ontology_alignment": """
PREFIX kgo: <https://w3id.org/kg-ml/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?class ?aligned_with (COUNT(DISTINCT ?node) AS ?nodes) WHERE {
  GRAPH <https://w3id.org/kg-ml/ontology> {
    ?class a owl:Class ; rdfs:subClassOf ?aligned_with . FILTER (STRSTARTS(STR(?class), STR(kgo:)) && isIRI(?aligned_with)) }
  OPTIONAL { ?node a ?class }
} GROUP BY ?class ?aligned_with ORDER BY DESC(?nodes) ?class ?aligned_with""",
    "new_datasets_and_benchmarks": """
PREFIX kgo: <https://w3id.org/kg-ml/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?resource ?kind ?introduced_by (COALESCE(?n, 0) AS ?reused_by) WHERE {
  VALUES ?class { kgo:Dataset kgo:Benchmark }
  ?r a ?class ; rdfs:label ?resource . ?paper kgo:proposes ?r ; rdfs:label ?introduced_by .
  BIND (STRAFTER(STR(?class), "#") AS ?kind)
  OPTIONAL { SELECT ?r ?paper (COUNT(DISTINCT ?other) AS ?n) WHERE {
      VALUES ?type { kgo:Dataset kgo:Benchmark } ?r a ?type . ?paper kgo:proposes ?r .
      { ?other kgo:evaluatesOn ?r } UNION { ?other kgo:uses ?r } FILTER (?other != ?paper) } GROUP BY ?r ?paper }
} ORDER BY DESC(?reused_by) ?resource""",
    "graph_overview": """
PREFIX kgo: <https://w3id.org/kg-ml/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?kind ?name ?count ?example WHERE {
  { SELECT ("node" AS ?kind) ?name (SUM(?n) AS ?count) (SAMPLE(?label) AS ?example) WHERE {
      { SELECT ?class (COUNT(?node) AS ?n) (SAMPLE(?node) AS ?one) WHERE { ?node a ?class } GROUP BY ?class LIMIT 1000 }
      ?one rdfs:label ?label . BIND (STRAFTER(STR(?class), "#") AS ?name) } GROUP BY ?name
  } UNION {
    SELECT ("relationship" AS ?kind) ?name (SAMPLE(?n) AS ?count) (SAMPLE(?pair) AS ?example) WHERE {
      { SELECT ?p (COUNT(*) AS ?n) (SAMPLE(?s) AS ?one) WHERE {
          VALUES ?p { kgo:proposes kgo:uses kgo:evaluatesOn kgo:addresses kgo:reportsMetric kgo:mentions
                      kgo:variantOf kgo:derivedFrom kgo:appliedTo kgo:outperforms kgo:usedFor kgo:partOf kgo:subtaskOf
                      kgo:reportsResult kgo:resultOf kgo:resultOn kgo:resultMetric }
          ?s ?p ?o } GROUP BY ?p LIMIT 17 }
      ?one ?p ?other ; rdfs:label ?sl . ?other rdfs:label ?ol .
      BIND (CONCAT(?sl, " -> ", ?ol) AS ?pair)
      BIND (UCASE(REPLACE(STRAFTER(STR(?p), "#"), "([A-Z])", "_$1")) AS ?name) } GROUP BY ?p ?name }
} ORDER BY ?kind ?name""",
}


def counted_build(tmp_path: Path, extra: str = "") -> Path:
    store = ox.Store()
    store.load((COUNTED + extra).encode(), format=ox.RdfFormat.TURTLE)
    (tmp_path / "graph.nt").write_bytes(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
    return tmp_path


def raw_triples(out_dir: Path) -> list[tuple[str, str, str]]:
    """graph.nt's triples, read apart from the store."""
    return [(t.subject.value, t.predicate.value, t.object.value)
            for t in ox.parse(path=str(out_dir / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)]


def expected_counts(triples) -> dict[str, set[tuple[str, str]]]:
    """The whole-graph counts, counted in Python over the raw triples."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    per_class = Counter(o for _, p, o in triples if p == rdf_type)
    relations = {str(p) for p in RELATION_PROPERTY.values()}
    per_property = Counter(p for _, p, _ in triples if p in relations)
    resources = {s for s, p, o in triples if p == rdf_type and o in (K + "Dataset", K + "Benchmark")}
    reusing = defaultdict(set)
    for s, p, o in triples:
        if p in (K + "evaluatesOn", K + "uses") and o in resources:
            reusing[o].add(s)
    return {"instanceCount": {(c, str(n)) for c, n in per_class.items()},
            "tripleCount": {(p, str(n)) for p, n in per_property.items()},
            "reusingNodeCount": {(r, str(len(s))) for r, s in reusing.items()}}


def test_whole_graph_counts_equal_counts_over_the_raw_triples(tmp_path):
    info = prepare_store(counted_build(tmp_path))
    store = ox.Store.read_only(str(info.path))
    want = expected_counts(raw_triples(tmp_path))
    assert (R + "Dataset:squad", "2") in want["reusingNodeCount"]  # p1 and p2, once each however many edges
    assert (K + "variantOf", "1") in want["tripleCount"] and (K + "Paper", "4") in want["instanceCount"]
    for predicate, pairs in want.items():
        assert fact(store, predicate) == pairs, predicate
    triples = set(raw_triples(tmp_path))
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    assert {c for c, _ in fact(store, "sampleInstance")} == {c for c, _ in want["instanceCount"]}
    assert all((node, rdf_type, c) in triples for c, node in fact(store, "sampleInstance"))
    assert {p for p, _ in fact(store, "sampleSubject")} == {p for p, _ in want["tripleCount"]}
    assert all(any(s == subject and p == prop for s, p, _ in triples) for prop, subject in fact(store, "sampleSubject"))


@pytest.mark.parametrize("name", sorted(COUNTING_QUERIES))
def test_queries_reading_the_counts_give_the_rows_of_the_counting_queries(tmp_path, name):
    info = prepare_store(counted_build(tmp_path))
    store = ox.Store.read_only(str(info.path))
    query = {ex.name: ex for ex in load_examples(ROOT / "queries")}[name]
    got = [tuple(map(str, s)) for s in store.query(query.bound())]
    assert got == [tuple(map(str, s)) for s in store.query(COUNTING_QUERIES[name])] and got


def test_counts_follow_a_changed_graph(tmp_path):
    """After `kg build --update` rewrites graph.nt, the next prepare_store counts the new graph."""
    first = prepare_store(counted_build(tmp_path))
    del first
    info = prepare_store(counted_build(tmp_path, f"""
        r:p5 a kgo:Paper ; rdfs:label "P5" ; kgo:evaluatesOn r:Dataset:unused ; kgo:uses r:Dataset:squad ;
            kgo:variantOf r:Model:opt ."""))
    assert info.reloaded
    store = ox.Store.read_only(str(info.path))
    want = expected_counts(raw_triples(tmp_path))
    assert (R + "Dataset:unused", "1") in want["reusingNodeCount"] and (K + "Paper", "5") in want["instanceCount"]
    for predicate, pairs in want.items():
        assert fact(store, predicate) == pairs, predicate
    rows = {s["resource"].value: int(s["reused_by"].value) for s in store.query(
        {ex.name: ex for ex in load_examples(ROOT / "queries")}["new_datasets_and_benchmarks"].bound())}
    assert rows == {"SQuAD": 2, "GLUE": 2, "Unused": 1}
