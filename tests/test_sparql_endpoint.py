"""kg serve: the SPARQL 1.1 Protocol over the sample build, asked by real clients (SPARQLWrapper,
rdflib's SPARQLStore, plain HTTP) on 127.0.0.1; the negotiation table; the query guards; the
store's fingerprint; updates only when allowed; federation only when allowed."""
from __future__ import annotations

import csv
import http.client
import io
import json
import os
import re
import shutil
import signal
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper
from fixtures_venues import VENUE_QUERIES

from kg.errors import KGError
from kg.sparql import bind_params, load_examples, parse_example, sparql_literal
from kg.sparql import negotiation as neg
from kg.sparql.derived import CO_OCCURRENCE_GRAPH, ENTITY_FACTS_GRAPH
from kg.sparql.server import ServerConfig, background_server
from kg.sparql.store import MAX_NESTING, QueryPool, prepare_store, scan_query

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = load_examples(ROOT / "queries")
KGO = "https://w3id.org/kg-ml/ontology#"
COUNT_PAPERS = f"SELECT (COUNT(?p) AS ?n) WHERE {{ ?p a <{KGO}Paper> }}"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


# --- helpers -------------------------------------------------------------------------------

def request(url: str, method: str = "GET", body: bytes | str | None = None, headers: dict | None = None,
            params: dict | None = None, timeout: float = 30) -> tuple[int, dict, bytes]:
    parts = urlsplit(url)
    path = parts.path + (f"?{urlencode(params)}" if params else (f"?{parts.query}" if parts.query else ""))
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(method, path, body=body.encode() if isinstance(body, str) else body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def count(url: str, query: str = COUNT_PAPERS) -> int:
    status, _, body = request(url, params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def copy_build(src: Path, dst: Path) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    shutil.copy(src / "graph.nt", dst / "graph.nt")
    return dst


TINY = f"""<https://w3id.org/kg-ml/resource/p1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KGO}Paper> .
<https://w3id.org/kg-ml/resource/p1> <http://www.w3.org/2000/01/rdf-schema#label> "A paper" .
<https://w3id.org/kg-ml/resource/p2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KGO}Paper> .
<https://w3id.org/kg-ml/resource/p2> <http://www.w3.org/2000/01/rdf-schema#label> "Another \\"paper\\"\\twith a tab"@en .
"""


@pytest.fixture
def tiny_build(tmp_path) -> Path:
    (tmp_path / "graph.nt").write_text(TINY, encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def endpoint(sample_build, tmp_path_factory):
    """The sample build served on a free loopback port for this module."""
    _, _, out_dir = sample_build
    served = copy_build(out_dir, tmp_path_factory.mktemp("served"))
    config = ServerConfig(out_dir=served, port=0, timeout=5, max_rows=1000, workers=2, log_level="warning")
    with background_server(config) as url:
        yield url


# --- the negotiation table (pure) ----------------------------------------------------------

NEGOTIATION = [
    # (kind, Accept, format parameter, chosen format or None for 406)
    (neg.RESULTS, None, None, "json"),
    (neg.RESULTS, "*/*", None, "json"),
    (neg.RESULTS, "application/sparql-results+json", None, "json"),
    (neg.RESULTS, "application/json", None, "json"),
    (neg.RESULTS, "application/sparql-results+xml", None, "xml"),
    (neg.RESULTS, "text/csv", None, "csv"),
    (neg.RESULTS, "text/tab-separated-values", None, "tsv"),
    (neg.RESULTS, "text/csv;q=0.5, text/tab-separated-values", None, "tsv"),
    (neg.RESULTS, "text/*", None, "csv"),
    (neg.RESULTS, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", None, "xml"),  # a browser
    (neg.RESULTS, "application/sparql-results+json,application/json,text/javascript,application/javascript", None, "json"),  # SPARQLWrapper
    (neg.RESULTS, "image/png", None, None),
    (neg.RESULTS, "text/csv;q=0", None, None),
    (neg.RESULTS, "image/png", "csv", "csv"),
    (neg.RESULTS, "text/csv", "json", "json"),
    (neg.RESULTS, "text/csv", "turtle", "csv"),  # a format of the other kind is ignored
    (neg.RESULTS, "garbage;;;, ,", None, None),
    (neg.GRAPH, None, None, "turtle"),
    (neg.GRAPH, "text/turtle", None, "turtle"),
    (neg.GRAPH, "application/n-triples", None, "ntriples"),
    (neg.GRAPH, "text/plain", None, "ntriples"),
    (neg.GRAPH, "application/ld+json", None, "jsonld"),
    (neg.GRAPH, "application/json", None, "jsonld"),
    (neg.GRAPH, "application/rdf+xml", None, "rdfxml"),
    (neg.GRAPH, "application/sparql-results+xml, application/rdf+xml", None, "rdfxml"),  # rdflib's SPARQLStore
    (neg.GRAPH, "text/csv", None, None),
    (neg.GRAPH, "text/csv", "json-ld", "jsonld"),
]


@pytest.mark.parametrize("kind,accept,fmt,want", NEGOTIATION)
def test_negotiation_table(kind, accept, fmt, want):
    got = neg.negotiate(kind, accept, fmt)
    assert (got.name if got else None) == want


def test_every_format_has_a_writer_and_a_w3c_format_iri():
    store = ox.Store()
    store.load(TINY.encode(), ox.RdfFormat.N_TRIPLES)
    for fmt in neg.FORMATS:
        assert fmt.format_iri.startswith("http://www.w3.org/ns/formats/")
        if fmt.kind == neg.RESULTS:
            sols = store.query("SELECT ?s ?l WHERE { ?s ?p ?l } ORDER BY ?l")
            assert neg.write_solutions(fmt, [v.value for v in sols.variables], sols).rows == 4
        else:
            assert neg.write_triples(fmt, store.query("CONSTRUCT WHERE { ?s ?p ?o }")).rows == 4


OX_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "csv": ox.QueryResultsFormat.CSV,
              "tsv": ox.QueryResultsFormat.TSV}


@pytest.mark.parametrize("name", ["json", "xml", "tsv"])
def test_solution_writers_round_trip_through_oxigraphs_parser(name):
    """What the writers emit parses back (with Oxigraph's parser) to what Oxigraph itself computes."""
    store = ox.Store()
    store.load(TINY.encode(), ox.RdfFormat.N_TRIPLES)
    query = "SELECT ?s ?p ?o ?missing (STRLEN(?o) AS ?n) WHERE { ?s ?p ?o } ORDER BY ?o"
    sols = store.query(query)
    written = neg.write_solutions(neg.BY_NAME[name], [v.value for v in sols.variables], sols)
    parsed = ox.parse_query_results(written.body, OX_RESULTS[name])
    expected = [[sol[i] for i in range(5)] for sol in store.query(query)]
    assert [[sol[i] for i in range(5)] for sol in parsed] == expected


def test_csv_writer_follows_the_spec():
    store = ox.Store()
    store.load(TINY.encode(), ox.RdfFormat.N_TRIPLES)
    sols = store.query("SELECT ?s ?l ?none WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l")
    body = neg.write_solutions(neg.BY_NAME["csv"], ["s", "l", "none"], sols).body.decode()
    assert body.startswith("s,l,none\r\n")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[1] == ["https://w3id.org/kg-ml/resource/p1", "A paper", ""]
    assert rows[2][1] == 'Another "paper"\twith a tab'


def test_row_cap_truncates_and_says_so():
    store = ox.Store()
    store.load(TINY.encode(), ox.RdfFormat.N_TRIPLES)
    sols = store.query("SELECT * WHERE { ?s ?p ?o }")
    written = neg.write_solutions(neg.BY_NAME["json"], [v.value for v in sols.variables], sols, max_rows=3)
    assert written.truncated and written.rows == 3
    assert len(json.loads(written.body)["results"]["bindings"]) == 3


# --- the query guards (pure) ---------------------------------------------------------------

SCANS = [
    ("SELECT * WHERE { ?s ?p ?o }", 1, set()),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", 2, {"SERVICE"}),
    ("select * where { service silent ?endpoint { ?s ?p ?o } }", 2, {"SERVICE"}),
    ("SELECT ?service WHERE { ?service <http://x/SERVICE> 'SERVICE' . ex:SERVICE ?p \"\"\"SERVICE { } \"\"\" } # SERVICE", 1, set()),
    ("LOAD <http://example.org/data.ttl>", 0, {"LOAD"}),
    ("SELECT * WHERE { FILTER(" + "(" * 300 + "1" + ")" * 300 + ") }", 302, set()),
    ("SELECT * WHERE { ?s ?p 'unbalanced ( { [ in a string' }", 1, set()),
]


@pytest.mark.parametrize("text,depth,keywords", SCANS)
def test_scan_query(text, depth, keywords):
    scan = scan_query(text)
    assert scan.depth == depth and scan.keywords == keywords


def test_oxigraph_does_not_read_codepoint_escapes_outside_strings():
    """Why scan_query may ignore \\u escapes: Oxigraph rejects an escaped keyword."""
    with pytest.raises(SyntaxError):
        ox.Store().query(r"SELECT * WHERE { \u0053ERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")


def test_example_queries_parse_and_bind():
    assert len(EXAMPLES) >= 12
    for ex in EXAMPLES:
        assert "?" in ex.question, f"{ex.name}: the first comment line asks the question"
        for name in ex.params:
            assert f"?{name}" in ex.text or name in ("limit", "offset"), f"{ex.name}: param {name} unused"
        ox.Store().query(ex.bound())  # parses (and runs on an empty store)
    ex = parse_example("t", '# Which?\n# params: {"model": "OPT"}\nSELECT * WHERE { VALUES ?model { "OPT" } } LIMIT 5')
    assert bind_params(ex.text, {"model": 'Llama "2"\n', "limit": 3}).endswith('VALUES ?model { "Llama \\"2\\"\\n" } } LIMIT 3')
    assert ex.bound(header=False).startswith("SELECT")
    paged = parse_example("p", '# Which?\n# params: {"limit": 5, "offset": 0}\nSELECT * WHERE { ?s ?p ?o } LIMIT 5 OFFSET 0')
    assert paged.bound({"offset": 20}).endswith("LIMIT 5 OFFSET 20") and paged.bound({"limit": 2}).endswith("LIMIT 2 OFFSET 0")
    with pytest.raises(KGError, match="OFFSET"):
        bind_params(ex.text, {"offset": 10})
    assert sparql_literal(None) == "UNDEF" and sparql_literal(True) == "true" and sparql_literal(2.5) == "2.5"


def test_a_lowercase_block_gets_the_parameter_lower_cased():
    text = 'SELECT * WHERE { VALUES ?task { "QA" } VALUES ?task_lowercase { "qa" } VALUES ?task2 { "X" } }'
    bound = bind_params(text, {"task": "Question ANSWERING", "task2": "Y"})
    assert 'VALUES ?task { "Question ANSWERING" }' in bound and 'VALUES ?task_lowercase { "question answering" }' in bound
    assert 'VALUES ?task2 { "Y" }' in bound
    assert 'VALUES ?task_lowercase { "école" }' in bind_params(text, {"task": "ÉCOLE"})  # as SPARQL's LCASE


@pytest.mark.parametrize("ex", [e for e in EXAMPLES if "_lowercase" in e.text], ids=lambda e: e.name)
def test_example_files_run_as_they_are_with_their_lowercase_blocks(ex):
    """A file sent as it is (YASGUI, curl) holds the lower-cased example in each ?x_lowercase
    block: binding its own example values changes nothing."""
    assert ex.bound() == ex.text
    for name in re.findall(r"VALUES \?(\w+)_lowercase", ex.text):
        assert isinstance(ex.params[name], str)


# --- the store on disk ---------------------------------------------------------------------

def test_store_is_loaded_once_and_reloaded_when_graph_nt_changes(tiny_build):
    first = prepare_store(tiny_build)
    assert first.reloaded and first.triples == 4 and (tiny_build / "oxigraph" / "kg-fingerprint.json").is_file()
    again = prepare_store(tiny_build)
    assert not again.reloaded and again.reason == "graph.nt unchanged" and again.triples == 4
    os.utime(tiny_build / "graph.nt")  # touched, same content: still reused
    assert not prepare_store(tiny_build).reloaded
    with (tiny_build / "graph.nt").open("a", encoding="utf-8") as fh:
        fh.write('<https://w3id.org/kg-ml/resource/p3> <http://www.w3.org/2000/01/rdf-schema#label> "Third" .\n')
    changed = prepare_store(tiny_build)
    assert changed.reloaded and changed.reason == "graph.nt changed" and changed.triples == 5
    assert prepare_store(tiny_build, force=True).reloaded
    assert not list(tiny_build.glob(".oxigraph.*-*")), "no temporary store directories left behind"


def test_missing_graph_nt_is_a_clear_error(tmp_path):
    from kg.errors import InputError

    with pytest.raises(InputError, match="kg build --out"):
        prepare_store(tmp_path)


# --- the endpoint, with real clients -------------------------------------------------------

@pytest.mark.slow
def test_sparqlwrapper_gets_all_247_papers(endpoint):
    client = SPARQLWrapper(endpoint, returnFormat=JSON)
    client.setQuery(load_examples_by_name()["all_papers"].bound(header=False))
    rows = client.queryAndConvert()["results"]["bindings"]
    assert len(rows) == 247 and len({r["key"]["value"] for r in rows}) == 247
    client.setReturnFormat(CSV)
    client.setQuery(COUNT_PAPERS)
    assert client.queryAndConvert().decode().splitlines()[1] == "247"


@pytest.mark.slow
def test_rdflib_sparqlstore_gets_all_247_papers(endpoint):
    store = SPARQLStore(endpoint, returnFormat="json")
    rows = list(store.query(f"SELECT ?p ?title WHERE {{ ?p a <{KGO}Paper> ; <http://purl.org/dc/terms/title> ?title }}"))
    assert len(rows) == 247
    graph = Graph(store=SPARQLStore(endpoint))  # default XML / RDF-XML negotiation
    assert len(list(graph.query(f"SELECT ?p WHERE {{ ?p a <{KGO}Paper> }}"))) == 247


def load_examples_by_name():
    return {ex.name: ex for ex in EXAMPLES}


def _wrapper_rows(endpoint, text):
    client = SPARQLWrapper(endpoint, returnFormat=JSON)
    client.setMethod("POST")
    client.setQuery(text)
    result = client.queryAndConvert()
    return [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_every_example_query_returns_rows_to_both_clients(request, example):
    """Each on the sample build; one about venues on the venue build (the sample names none)."""
    endpoint = request.getfixturevalue("venue_endpoint" if example.name in VENUE_QUERIES else "endpoint")
    text = example.bound(header=False)  # SPARQLWrapper misreads multi-line # headers (see ExampleQuery.bound)
    rows = _wrapper_rows(endpoint, text)
    assert rows, f"{example.name} returned no rows with {example.params}"
    via_rdflib = [{str(k): str(v) for k, v in row.asdict().items()} for row in SPARQLStore(endpoint, returnFormat="json").query(text)]
    assert via_rdflib == rows


@pytest.mark.slow
def test_results_in_every_format(endpoint):
    query = f"SELECT ?p ?title WHERE {{ ?p a <{KGO}Paper> ; <http://purl.org/dc/terms/title> ?title }} ORDER BY ?p"
    seen = {}
    for name, accept in [("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml"),
                         ("csv", "text/csv"), ("tsv", "text/tab-separated-values")]:
        status, headers, body = request(endpoint, params={"query": query}, headers={"Accept": accept})
        assert status == 200 and headers["content-type"].startswith(accept), (name, headers)
        assert headers["kg-rows"] == "247" and "kg-truncated" not in headers
        if name == "csv":  # lossy by design: Oxigraph will not parse it; the csv module will
            seen[name] = [row[0] for row in list(csv.reader(io.StringIO(body.decode())))[1:]]
        else:
            seen[name] = [str(sol[0]) for sol in ox.parse_query_results(body, OX_RESULTS[name])]
    assert seen["json"] == seen["xml"] == seen["tsv"]
    assert [f"<{v}>" for v in seen["csv"]] == seen["json"]
    status, headers, body = request(endpoint, params={"query": query, "format": "csv"})
    assert status == 200 and headers["content-type"].startswith("text/csv") and body.startswith(b"p,title\r\n")
    status, headers, body = request(endpoint, params={"query": f"ASK {{ ?p a <{KGO}Paper> }}"}, headers={"Accept": "text/csv"})
    assert status == 200 and body.strip() == b"true"


@pytest.mark.slow
def test_graphs_in_every_format(endpoint):
    query = f"CONSTRUCT {{ ?p a <{KGO}Paper> ; <http://purl.org/dc/terms/title> ?t }} WHERE {{ ?p a <{KGO}Paper> ; <http://purl.org/dc/terms/title> ?t }}"
    sizes = set()
    for accept, rdflib_format in [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
                                  ("application/rdf+xml", "xml")]:
        status, headers, body = request(endpoint, params={"query": query}, headers={"Accept": accept})
        assert status == 200 and headers["content-type"].startswith(accept)
        sizes.add(len(Graph().parse(data=body, format=rdflib_format)))
    assert sizes == {2 * 247}
    client = SPARQLWrapper(endpoint, returnFormat=TURTLE)
    client.setQuery("DESCRIBE <https://w3id.org/kg-ml/resource/Model:opt>")
    described = Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert len(described) > 3
    status, _, body = request(endpoint, params={"query": query}, headers={"Accept": "text/csv"})
    assert status == 406 and b"text/turtle" in body


@pytest.mark.slow
def test_post_as_form_and_as_sparql_query(endpoint):
    status, _, body = request(endpoint, "POST", urlencode({"query": COUNT_PAPERS}),
                              {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert status == 200 and body == b"n\r\n247\r\n"
    status, _, body = request(endpoint, "POST", COUNT_PAPERS, {"Content-Type": "application/sparql-query; charset=utf-8", "Accept": "text/csv"})
    assert status == 200 and body == b"n\r\n247\r\n"


@pytest.mark.slow
def test_malformed_query_gets_400_with_the_parsers_message(endpoint):
    status, headers, body = request(endpoint, params={"query": "SELECT * WHERE { ?s ?p }"})
    assert status == 400 and headers["content-type"].startswith("text/plain")
    assert b"SPARQL syntax error at line 1, column 18" in body
    client = SPARQLWrapper(endpoint, returnFormat=JSON)
    client.setQuery("SELEKT nothing")
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    with pytest.raises(QueryBadFormed):
        client.queryAndConvert()


@pytest.mark.slow
def test_updates_are_refused_and_change_nothing(endpoint):
    before = count(endpoint, COUNT_ALL)
    status, _, body = request(endpoint, "POST", urlencode({"update": "DELETE WHERE { ?s ?p ?o }"}),
                              {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"read-only" in body
    status, _, _ = request(endpoint, "POST", "DELETE WHERE { ?s ?p ?o }", {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = request(endpoint, params={"update": "DELETE WHERE { ?s ?p ?o }"})
    assert status == 403
    status, _, body = request(endpoint, params={"query": "DELETE WHERE { ?s ?p ?o }"})  # an update is no query
    assert status == 400
    assert count(endpoint, COUNT_ALL) == before and count(endpoint) == 247


@pytest.mark.slow
def test_service_description(endpoint):
    status, headers, body = request(endpoint, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    sd = Graph().parse(data=body, format="turtle")
    rows = list(sd.query("""PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
        SELECT ?lang ?n WHERE { ?s sd:endpoint ?e ; sd:supportedLanguage ?lang ;
        sd:defaultDataset/sd:defaultGraph/<http://rdfs.org/ns/void#triples> ?n }"""))
    assert [str(r.lang).rsplit("#")[-1] for r in rows] == ["SPARQL11Query"] and int(rows[0].n) == count(endpoint, COUNT_ALL)
    formats = {str(o) for o in sd.objects(None, URIRef("http://www.w3.org/ns/sparql-service-description#resultFormat"))}
    assert {f.format_iri for f in neg.FORMATS} == formats
    named = {str(r.name): int(r.n) for r in sd.query("""PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
        SELECT ?name ?n WHERE { ?d sd:namedGraph [ sd:name ?name ; sd:graph/<http://rdfs.org/ns/void#triples> ?n ] }""")}
    for name, triples in named.items():
        assert triples == count(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"), name
    assert set(named) == {"https://w3id.org/kg-ml/ontology", CO_OCCURRENCE_GRAPH, ENTITY_FACTS_GRAPH}


@pytest.mark.slow
def test_cors_lets_browser_clients_in(endpoint):
    status, headers, _ = request(endpoint, "OPTIONS", headers={"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
                                                                "Access-Control-Request-Headers": "content-type"})
    assert status == 200 and headers["access-control-allow-origin"] == "*" and "POST" in headers["access-control-allow-methods"]
    status, headers, _ = request(endpoint, params={"query": COUNT_PAPERS}, headers={"Origin": "https://yasgui.example"})
    assert status == 200 and headers["access-control-allow-origin"] == "*" and "KG-Truncated" in headers["access-control-expose-headers"]


@pytest.mark.slow
def test_html_page_lists_the_examples(endpoint):
    status, headers, body = request(endpoint.replace("/sparql", "/"))
    assert status == 200 and headers["content-type"].startswith("text/html")
    page = body.decode()
    assert "<textarea" in page and all(ex.name in page for ex in EXAMPLES)
    status, headers, _ = request(endpoint, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert status == 303 and headers["location"] == "/"  # a browser at /sparql goes to the page


@pytest.mark.slow
def test_limits_answer_4xx(endpoint):
    status, headers, _ = request(endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert status == 200 and headers["kg-rows"] == "1000" and headers["kg-truncated"] == "max-rows=1000"
    status, _, _ = request(endpoint, "POST", b"x" * (2 << 20), {"Content-Type": "application/sparql-query"})
    assert status == 413
    status, _, _ = request(endpoint, "POST", "SELECT * WHERE { ?s ?p ?o } #" + "x" * (200 << 10), {"Content-Type": "application/sparql-query"})
    assert status == 413
    deep = "SELECT * WHERE { FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }"
    status, _, body = request(endpoint, "POST", deep, {"Content-Type": "application/sparql-query"})
    assert status == 400 and f"limit is {MAX_NESTING}".encode() in body
    status, _, _ = request(endpoint, "POST", "SELECT 1", {"Content-Type": "text/plain"})
    assert status == 415
    status, _, _ = request(endpoint, "PUT", "SELECT 1")
    assert status == 405
    status, _, _ = request(endpoint, params={"query": COUNT_PAPERS}, headers={"Accept": "image/png"})
    assert status == 406
    status, _, body = request(endpoint, params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"})
    assert status == 403 and b"--allow-service" in body
    status, _, _ = request(endpoint, params=[("query", COUNT_PAPERS), ("query", COUNT_PAPERS)])
    assert status == 400
    status, _, _ = request(endpoint, params={"query": COUNT_PAPERS, "default-graph-uri": "not an iri"})
    assert status == 400
    # a long flat chain within the size cap is answered (the workers' large stack), not a crash;
    # a much longer one may be stopped by the timeout while the policy parser reads it, never a 500
    chain = "SELECT (" + "+".join(["1"] * 150) + " AS ?x) {}"
    status, _, body = request(endpoint, "POST", chain, {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and body.splitlines()[1] == b"150"
    chain = "SELECT (" + "+".join(["1"] * 3000) + " AS ?x) {}"
    status, _, body = request(endpoint, "POST", chain, {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status in (200, 503), body
    assert count(endpoint) == 247


@pytest.mark.slow
def test_timeout_stops_the_query_and_the_endpoint_goes_on(endpoint):
    start = time.monotonic()
    status, _, body = request(endpoint, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
    elapsed = time.monotonic() - start
    assert status == 503 and b"timeout" in body and elapsed < 5 + 3
    assert count(endpoint) == 247


@pytest.mark.slow
def test_a_killed_worker_is_replaced(tmp_path, tiny_build):
    import asyncio

    info = prepare_store(tiny_build)
    pool = QueryPool(info.path, workers=1, timeout=5)

    async def scenario():
        await pool.open()
        try:
            first = await pool.query(COUNT_PAPERS, accept="text/csv")
            os.kill(pool._all[0].process.pid, signal.SIGKILL)
            from kg.sparql.store import WorkerCrash

            try:  # the dead worker is found either before dispatch (replaced first) or during the query
                await pool.query(COUNT_PAPERS, accept="text/csv")
            except WorkerCrash:
                pass
            for _ in range(100):  # the replacement starts in the background
                if pool.stats.restarts and pool._idle.qsize():
                    break
                await asyncio.sleep(0.05)
            second = await pool.query(COUNT_PAPERS, accept="text/csv")
            return first, second
        finally:
            pool.close()

    first, second = asyncio.run(scenario())
    assert first["body"] == second["body"] == b"n\r\n2\r\n"
    assert pool.stats.restarts >= 1


def _process_state(pid: int) -> str:
    """The one-letter state of a process from /proc ("T": stopped by a signal)."""
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0]


def test_a_worker_killed_during_a_call_leaves_its_socket_to_that_call(tiny_build):
    """A preempted query's worker is killed from the event loop while another thread still waits
    in ``call`` on its socket: closing the socket then freed its descriptor for the next worker's
    socket, which the old call read from (a preempted query answered 500, not 503, in about one
    suite run in three). The call gets EOF from the dead process and closes the socket itself."""
    import threading

    from kg.sparql.store import WorkerCrash, _Worker

    worker = _Worker(prepare_store(tiny_build).path, start_timeout=30)
    os.kill(worker.process.pid, signal.SIGSTOP)  # the request waits in the socket: the call polls
    # kill() only queues the signal: until the process is seen stopped ("T" in /proc), it could
    # still read the request and answer it (1 run in ~20 on a loaded machine got a reply, no crash)
    deadline = time.monotonic() + 60
    while _process_state(worker.process.pid) != "T" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _process_state(worker.process.pid) == "T"
    outcome = {}
    closes = []  # (closing thread, whether the call had ended)
    close = worker.conn.close

    def recorded_close():
        closes.append((threading.current_thread().name, bool(outcome)))
        close()

    worker.conn.close = recorded_close

    def call():
        try:
            outcome["reply"] = worker.call({"op": "query", "query": COUNT_PAPERS, "accept": "text/csv"}, 30)
        except WorkerCrash as exc:
            outcome["crash"] = exc

    thread = threading.Thread(target=call, name="caller")
    thread.start()
    deadline = time.monotonic() + 60
    while not worker._in_call and time.monotonic() < deadline:  # the thread waits in call (a busy machine may start it late)
        time.sleep(0.01)
    assert worker._in_call, "the calling thread never reached call() within 60 s"
    time.sleep(0.2)
    worker.kill()
    thread.join(60)  # the call's EOF handling waits for the dead process (up to 2 s, longer on a loaded machine)
    assert not thread.is_alive() and "crash" in outcome
    assert closes and closes[0][0] == "caller", closes  # never closed under the waiting call


def test_a_crashed_worker_says_how_it_ended(tiny_build):
    """A worker killed by a signal (SIGSEGV: a native stack overflow; SIGKILL: the out-of-memory
    killer) is reported with that signal, so a crash can be told from a query that hit a limit."""
    from kg.sparql.store import WorkerCrash, _Worker

    worker = _Worker(prepare_store(tiny_build).path, start_timeout=60)
    os.kill(worker.process.pid, signal.SIGSEGV)
    worker.process.wait(10)
    with pytest.raises(WorkerCrash, match="killed by SIGSEGV"):
        worker.call({"op": "query", "query": COUNT_PAPERS, "accept": "text/csv"}, 5)
    assert not worker.alive


def test_query_results_are_freed_on_the_thread_that_ran_the_query(tiny_build, monkeypatch):
    """Oxigraph's QuerySolutions/QueryTriples are PyO3 ``unsendable``. rdflib's parser (the
    policy check) leaves reference cycles that keep ``execute_query``'s frame, so its result,
    until the garbage collector runs; run on another thread, PyO3 leaked the result and printed
    "is unsendable, but is being dropped on another thread" (every worker did at exit)."""
    import gc
    import threading

    from kg.sparql.store import execute_query

    store = ox.Store.read_only(str(prepare_store(tiny_build).path))
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: unraisable.append(str(u.exc_value)))
    replies = []
    queries = [  # new texts each run: a parse cached by ``policy.inspect`` leaves no cycle
        (f"SELECT ?p WHERE {{ ?p a <{KGO}Paper> }} # {time.time_ns()}", "text/csv"),
        (f"CONSTRUCT {{ ?p a <{KGO}Paper> }} WHERE {{ ?p a <{KGO}Paper> }} # {time.time_ns()}", "text/turtle"),
    ]
    gc.collect()
    gc.disable()  # collect below, on this thread, not on the query thread
    try:
        for query, accept in queries:
            msg = {"query": query, "accept": accept}
            thread = threading.Thread(target=lambda m: replies.append(execute_query(store, m)), args=(msg,))
            thread.start()
            thread.join()
        gc.collect()
    finally:
        gc.enable()
    assert [(r["status"], r["rows"]) for r in replies] == [(200, 2), (200, 2)]
    assert not [u for u in unraisable if "unsendable" in u], unraisable


def test_query_workers_exit_without_dropping_results_on_another_thread(tiny_build):
    """The real pool in a fresh process whose stderr (which its workers share) is read: a SELECT
    and a CONSTRUCT, then the pool stops. Each worker printed PyO3's "PyQuerySolutions is
    unsendable, but is being dropped on another thread" at exit: its main thread collected the
    last query's result, made on the worker's query thread."""
    import subprocess

    script = f"""
import asyncio
from kg.sparql.store import QueryPool, prepare_store
pool = QueryPool(prepare_store({str(tiny_build)!r}).path, workers=1, timeout=30)
async def main():
    await pool.open()
    try:
        for query, accept in [({COUNT_PAPERS!r}, "text/csv"),
                              ("CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", "application/n-triples")]:
            reply = await pool.query(query, accept=accept)
            print(reply["status"], reply["rows"])
    finally:
        pool.close()
asyncio.run(main())
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["200", "1", "200", "4"], done.stdout
    assert "unsendable" not in done.stderr, done.stderr


@pytest.mark.slow
def test_allow_update_persists_and_load_needs_allow_service(tiny_build):
    config = ServerConfig(out_dir=tiny_build, port=0, allow_update=True, timeout=5, workers=2, log_level="warning")
    insert = 'INSERT DATA { <https://w3id.org/kg-ml/resource/p9> a <https://w3id.org/kg-ml/ontology#Paper> }'
    with background_server(config) as url:
        assert count(url) == 2
        status, _, _ = request(url, "POST", insert, {"Content-Type": "application/sparql-update"})
        assert status == 204
        assert count(url) == 3  # every worker sees it
        assert count(url) == 3
        status, _, _ = request(url, "POST", urlencode({"update": "INSERT DATA { <x:a> <x:b> <x:c> . "}),
                               {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 400
        status, _, body = request(url, "POST", "LOAD <http://127.0.0.1:1/data.ttl>", {"Content-Type": "application/sparql-update"})
        assert status == 403 and b"--allow-service" in body
        status, _, _ = request(url, params={"update": insert})
        assert status == 400  # updates are POSTed
    info = prepare_store(tiny_build)
    assert not info.reloaded and info.updates == 1 and info.triples == 5  # reused, update kept
    with background_server(ServerConfig(out_dir=tiny_build, port=0, timeout=5, workers=1, log_level="warning")) as url:
        assert count(url) == 3


@pytest.mark.slow
def test_federation_between_two_endpoints_when_allowed(tiny_build, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "graph.nt").write_text(f'<https://w3id.org/kg-ml/resource/p1> <{KGO}arxivId> "2205.01068" .\n', encoding="utf-8")
    with background_server(ServerConfig(out_dir=other, port=0, workers=1, log_level="warning")) as remote, \
         background_server(ServerConfig(out_dir=tiny_build, port=0, workers=1, allow_service=True, log_level="warning")) as local:
        query = (f"SELECT ?label ?arxiv WHERE {{ ?p a <{KGO}Paper> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label . "
                 f"SERVICE <{remote}> {{ ?p <{KGO}arxivId> ?arxiv }} }}")
        status, _, body = request(local, params={"query": query}, headers={"Accept": "text/csv"})
        assert status == 200, body
        assert body.decode().splitlines()[1:] == ["A paper,2205.01068"]


@pytest.mark.slow
def test_kg_serve_command_starts_answers_and_stops_cleanly(tiny_build):
    """The click command in a real process: prints where it listens, answers, and on SIGINT stops
    with its worker processes."""
    import subprocess
    import sys

    from kg.sparql.server import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from kg.commands.sparql import serve_cmd; serve_cmd()", str(tiny_build),
                             "--port", str(port), "--workers", "2", "--log-level", "warning"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        banner = [proc.stdout.readline() for _ in range(3)]
        assert f"http://127.0.0.1:{port}/sparql" in banner[1], banner
        assert "read-only" in banner[2] and "2 workers" in banner[2]
        url = f"http://127.0.0.1:{port}/sparql"
        for _ in range(200):
            try:
                assert count(url) == 2
                break
            except (ConnectionRefusedError, AssertionError):
                time.sleep(0.05)
        else:
            pytest.fail("kg serve never answered")
        children = [pid for task in Path(f"/proc/{proc.pid}/task").iterdir() for pid in (task / "children").read_text().split()]
        assert len(children) == 2, children
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
        for pid in children:
            assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
