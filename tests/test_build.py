"""End to end: `kg build` on the sample and on a messy corpus, every output format read back
by real consumers (networkx, igraph, rdflib, pyoxigraph), and the sink contract."""
from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.build import OUTPUT_FILES, build
from kg.cli import main
from kg.sinks import FILE_SINKS, get_sink

pytestmark = pytest.mark.slow


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_sample_build_writes_every_output(sample_build):
    graph, report, out = sample_build
    for name in OUTPUT_FILES:
        assert (out / name).exists(), name
    assert report.papers == 247 and report.rejects == 0
    assert sum(1 for n in graph.nodes.values() if n.label == "Paper") == 247
    summary = json.loads((out / "summary.json").read_text())
    assert summary["nodes"]["Paper"] == 247 and summary["edges_total"] == len(graph.edges)
    assert summary["top_entities"]["Model"][0]["name"] == "OPT"


@pytest.mark.parametrize(
    "fact",
    [
        ("Model:opt-175b", "VARIANT_OF", "Model:opt"),
        ("Method:smoothquant", "APPLIED_TO", "Model:opt"),
        ("Model:opt-iml", "DERIVED_FROM", "Model:opt"),
    ],
)
def test_facts_a_reader_sees_are_in_the_graph(sample_build, fact):
    graph, _, _ = sample_build
    assert fact in graph.edges
    edge = graph.edges[fact]
    assert edge.evidence and all(e.sentence for e in edge.evidence)


def test_paper_level_facts(sample_build):
    graph, _, _ = sample_build
    by_title = {n.name: k for k, n in graph.nodes.items() if n.label == "Paper"}
    dp_opt = next(k for t, k in by_title.items() if t.startswith("DP-OPT:"))
    opt_iml = next(k for t, k in by_title.items() if t.startswith("OPT-IML:"))
    assert (dp_opt, "PROPOSES", "Method:dp-opt") in graph.edges
    assert (opt_iml, "EVALUATES_ON", "Benchmark:super-naturalinstruction") in graph.edges


def test_every_entity_has_an_edge_from_a_paper(sample_build):
    graph, _, _ = sample_build
    from_paper = {e.target for e in graph.edges.values() if graph.nodes[e.source].label == "Paper"}
    assert all(k in from_paper for k, n in graph.nodes.items() if n.label != "Paper")


def test_every_head_offset_points_at_the_head_in_its_own_field(sample_build):
    """An entity-to-entity edge's head offsets slice the evidence's field at the head's name: a head
    named only in the other field (a title's own name linked to an abstract's task) has -1. Before
    session 70 such heads kept their title offsets under the abstract's field (104 slices on the
    sample, e.g. "We pr" for FOLIO)."""
    _, _, out = sample_build
    nodes = {n["key"]: n for n in read_jsonl(out / "nodes.jsonl")}
    checked = 0
    for edge in read_jsonl(out / "edges.jsonl"):
        head = nodes[edge["source"]]
        if head["label"] in ("Paper", "Result"):
            continue
        names = {x.lower() for x in [head["name"], *head.get("aliases", [])]}
        for ev in edge["evidence"]:
            if ev["head_start"] < 0:
                continue
            text = nodes[ev["paper"]][ev["field"]][ev["head_start"]:ev["head_end"]].lower()
            assert text.strip() and any(text in n or n in text for n in names), (edge["source"], ev["rule"], text)
            checked += 1
    assert checked > 100


def test_graphml_reads_in_networkx_and_igraph_with_scalar_attributes(sample_build):
    igraph = pytest.importorskip("igraph")
    graph, _, out = sample_build
    g = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert g.number_of_nodes() == len(graph.nodes) and g.number_of_edges() == len(graph.edges)
    for _, attrs in g.nodes(data=True):
        assert {"key", "type", "name", "label", "aliases"} <= set(attrs)
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())
    for _, _, attrs in g.edges(data=True):
        assert {"type", "weight", "confidence", "paper", "sentence", "rule"} <= set(attrs)
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())
    papers = [a for _, a in g.nodes(data=True) if a["type"] == "Paper"]
    assert len(papers) == 247 and all(a["title"] for a in papers)
    ig = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert ig.vcount() == len(graph.nodes) and ig.ecount() == len(graph.edges)


def test_turtle_and_ntriples_hold_the_same_triples(sample_build):
    _, report, out = sample_build
    expected = next(s.counters["triples"] for s in report.sinks if s.sink == "rdf")
    counts = {}
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)):
        counts[f"oxigraph {name}"] = sum(1 for _ in ox.parse(path=str(out / name), format=fmt))
        counts[f"rdflib {name}"] = len(rdflib.Graph().parse(out / name, format="turtle" if name.endswith("ttl") else "nt"))
    assert set(counts.values()) == {expected}, counts


def test_rdf_has_papers_and_reified_evidence(sample_build):
    _, _, out = sample_build
    store = ox.Store()
    store.load(path=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    q = "PREFIX kgo: <https://w3id.org/kg-ml/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a kgo:Paper }"
    assert int(next(iter(store.query(q)))["n"].value) == 247
    q = """PREFIX kgo: <https://w3id.org/kg-ml/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
           PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
           ASK { ?s rdf:predicate kgo:variantOf ; kgo:evidence ?e . ?e prov:wasDerivedFrom ?paper ; kgo:sentence ?text .
                 ?paper a kgo:Paper }"""
    assert store.query(q)


# What the venue build's papers must carry (tests/fixtures_venues.py): an ACL Anthology record keeps
# its venue and Anthology id, an arXiv snapshot record its DOI and journal reference, a plain record none.
VENUE_PROPERTIES = {
    "Sparse Adapters for Low-Resource Machine Translation": {
        "venue": "Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing",
        "anthology_id": "2023.emnlp-main.101"},
    "Probing Retrieval Heads in Question Answering Models": {
        "venue": "Findings of the Association for Computational Linguistics: EMNLP 2023", "anthology_id": "2023.findings-emnlp.7"},
    "Cross-Lingual Transfer for Named Entity Recognition": {
        "venue": "Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and the 9th "
                 "International Joint Conference on Natural Language Processing (EMNLP-IJCNLP)", "anthology_id": "D19-1001"},
    "Distilling Reading Comprehension Models": {"venue": "ACL 2021", "doi": "10.18653/v1/2021.acl-long.1"},
    "A Plain arXiv Paper on Image Classification": {},
}
VENUE_RDF = {"venue": "https://w3id.org/kg-ml/ontology#venue", "anthology_id": "https://w3id.org/kg-ml/ontology#anthologyId",
             "doi": "http://purl.org/ontology/bibo/doi"}


def _venue_facts(rows) -> dict[str, dict[str, str]]:
    """{title: {property: value}} of the venue properties, for the titles of VENUE_PROPERTIES."""
    return {title: {k: v for k, v in props.items() if k in VENUE_RDF} for title, props in rows if title in VENUE_PROPERTIES}


def test_venue_anthology_id_and_doi_reach_every_file(venue_build, tmp_path):
    """The same facts in nodes.jsonl, GraphML, RDF (SHACL-valid, and in the Oxigraph store `kg serve`
    answers from), graph.cypher and the neo4j-admin CSVs; the Paper keys stay arXiv id or title hash."""
    from kg.export_csv import export_neo4j_csv
    from kg.sparql.store import prepare_store
    from kg.validate import validate

    graph, _, out_dir = venue_build
    papers = [json.loads(line) for line in (out_dir / "nodes.jsonl").read_text().splitlines() if '"label": "Paper"' in line]
    assert _venue_facts((p["title"], p) for p in papers) == VENUE_PROPERTIES
    assert {p["key"].split(":")[0] for p in papers} == {"arXiv", "title"}
    g = nx.read_graphml(out_dir / "graph.graphml")
    assert _venue_facts((a["title"], a) for _, a in g.nodes(data=True) if a["type"] == "Paper") == VENUE_PROPERTIES
    assert validate(out_dir).ok
    served = tmp_path / "served"
    served.mkdir()
    (served / "graph.nt").write_bytes((out_dir / "graph.nt").read_bytes())
    store = ox.Store.read_only(str(prepare_store(served).path))
    by_iri = {iri: name for name, iri in VENUE_RDF.items()}
    rdf: dict[str, dict[str, str]] = {title: {} for title in VENUE_PROPERTIES}
    for row in store.query("SELECT ?t ?p ?v WHERE { ?s <http://purl.org/dc/terms/title> ?t ; ?p ?v }"):
        if row["p"].value in by_iri:
            rdf[row["t"].value][by_iri[row["p"].value]] = row["v"].value
    assert rdf == VENUE_PROPERTIES
    script = (out_dir / "graph.cypher").read_text(encoding="utf-8")
    assert "`anthology_id`: '2023.emnlp-main.101'" in script and "`doi`: '10.18653/v1/2021.acl-long.1'" in script
    export_neo4j_csv(out_dir, tmp_path / "csv")
    with (tmp_path / "csv" / "nodes_Paper.csv").open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert _venue_facts((r["title:string"], {k.split(":")[0]: v for k, v in r.items() if v}) for r in rows) == VENUE_PROPERTIES


def test_cypher_script_is_parameter_free_and_merges(sample_build):
    _, _, out = sample_build
    script = (out / "graph.cypher").read_text(encoding="utf-8")
    assert "$" not in script.replace("'$", "").split("//", 1)[-1] or "$rows" not in script
    assert "CREATE CONSTRAINT paper_key IF NOT EXISTS" in script
    assert "MERGE (n:Paper {key: row.key})" in script
    # The only CREATEs are the derived co-occurrence nodes, after a DELETE of the old ones.
    assert script.count(" CREATE (") == script.count("CREATE (c:CoOccurrence)") > 0
    assert script.index("MATCH (c:CoOccurrence) DELETE c;") < script.index("CREATE (c:CoOccurrence)")


def test_rebuild_is_byte_identical(sample_build, tmp_path):
    _, _, out = sample_build
    build(out_dir=tmp_path)
    for name in ("nodes.jsonl", "edges.jsonl", "graph.graphml", "graph.ttl", "graph.nt", "graph.cypher"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


@pytest.mark.parametrize("sink_name", FILE_SINKS)
def test_sink_contract(sample_build, tmp_path, sink_name):
    """Every sink: writes into the directory it is given, reports its files, leaves the graph alone."""
    graph, _, _ = sample_build
    before = (len(graph.nodes), len(graph.edges), sorted(graph.nodes)[:5])
    report = get_sink(sink_name).write(graph, tmp_path)
    assert report.files and all(p.parent == tmp_path and p.stat().st_size > 0 for p in report.files)
    assert (len(graph.nodes), len(graph.edges), sorted(graph.nodes)[:5]) == before


def test_unknown_sink_names_the_valid_ones():
    from kg.errors import SinkError

    with pytest.raises(SinkError, match="graphml"):
        get_sink("excel")


MESSY = [
    {"id": "2301.00001v2", "title": "Good Paper on GPT-4", "abstract": "We evaluate GPT-4 on MMLU and report accuracy.", "authors": "A. One and B. Two", "categories": "cs.CL cs.LG", "update_date": "2023-01-05"},
    {"id": "2301.00002", "title": "Émoji 🚀 and RTL עברית", "abstract": "We study LoRA on LLaMA-7B. Text with &amp; entities, H$_2$O LaTeX and\u0007control chars." + " long" * 5000},
    {"id": "2301.00003", "title": "No abstract here"},
    {"id": "2301.00004", "title": 42, "abstract": "Wrong type of title."},
    {"id": "2301.00005", "title": "   ", "abstract": "Empty title."},
]


def write_messy(path: Path) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in MESSY]
    lines.insert(2, '{"id": "broken", "title": "Broken JSON"')
    data = ("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "x", "title": "bad \xff bytes", "abstract": "zzz"}\n'
    path.write_bytes(gzip.compress(data))


def test_messy_corpus_builds_good_records_and_rejects_the_rest(tmp_path):
    src = tmp_path / "messy.jsonl.gz"
    write_messy(src)
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "Rejected 5 record(s)" in result.output
    nodes = read_jsonl(tmp_path / "out" / "nodes.jsonl")
    papers = {n["key"]: n for n in nodes if n["label"] == "Paper"}
    assert set(papers) == {"arXiv:2301.00001", "arXiv:2301.00002"}
    assert papers["arXiv:2301.00001"]["year"] == 2023 and papers["arXiv:2301.00001"]["authors"] == ["A. One", "B. Two"]
    rejects = read_jsonl(tmp_path / "out" / "rejects.jsonl")
    assert len(rejects) == 5
    assert all(r["file"].endswith("messy.jsonl.gz") and r["line"] > 0 and r["reason"] for r in rejects)
    reasons = " | ".join(r["reason"] for r in rejects)
    for fragment in ("abstract", "broken JSON", "not a string", "undecodable"):
        assert fragment in reasons


def test_same_paper_twice_is_one_node(tmp_path):
    src = tmp_path / "twice.jsonl"
    src.write_text(json.dumps(MESSY[0]) + "\n" + json.dumps(MESSY[0]) + "\n", encoding="utf-8")
    graph, report = build([src], out_dir=tmp_path / "out")
    assert report.papers == 1 and report.duplicates == 1


def test_a_missing_input_is_a_usage_error_that_names_it(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "missing.jsonl" in result.output and not (tmp_path / "o").exists()


# Every command, each given one path that does not exist ({nowhere}); its other paths exist.
MISSING_PATH_COMMANDS = {
    "build INPUTS": ["build", "{nowhere}", "--out", "{tmp}/o"],
    "build --update": ["build", "--update", "{nowhere}", "{gold}"],
    "eval GOLD": ["eval", "{nowhere}", "{built}"],
    "eval OUT_DIR": ["eval", "{gold}", "{nowhere}"],
    "load": ["load", "{nowhere}"],
    "query OUTDIR": ["query", "{nowhere}", "RETURN 1"],
    "query FILE.cypher": ["query", "{built}", "{nowhere}.cypher"],
    "export neo4j-csv": ["export", "neo4j-csv", "{nowhere}"],
    "validate": ["validate", "{nowhere}"],
    "leaderboard": ["leaderboard", "MMLU", "{nowhere}"],
    "serve": ["serve", "{nowhere}"],
}


@pytest.mark.parametrize("command", list(MISSING_PATH_COMMANDS))
def test_every_command_gives_a_missing_path_argument_exit_2_and_clicks_message(command, tmp_path):
    (tmp_path / "gold.jsonl").write_text("")
    (tmp_path / "built").mkdir()
    where = {"tmp": tmp_path, "gold": tmp_path / "gold.jsonl", "built": tmp_path / "built", "nowhere": tmp_path / "nowhere"}
    result = CliRunner().invoke(main, [arg.format(**where) for arg in MISSING_PATH_COMMANDS[command]])
    assert result.exit_code == 2, result.output
    assert "Error: Invalid value for" in result.output and "nowhere" in result.output and "does not exist" in result.output
    assert isinstance(result.exception, SystemExit)  # stopped by click before any work, no traceback


def test_build_summary_lists_rejects_by_reason_one_a_line(tmp_path):
    src = tmp_path / "some-bad.jsonl"
    rows = [{"title": "A", "abstract": ""}, {"title": "B", "abstract": ""},
            {"title": "Good", "abstract": "We propose NetX, a model trained on ImageNet."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows) + "not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "o"), "--no-progress", "--workers", "1"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Rejected 3 record(s)"))
    assert lines[at + 1:at + 3] == ["  empty abstract: 2", "  broken JSON: 1"]  # most frequent first
    assert "{" not in result.output and "[" not in result.output


def test_help_explains_every_command():
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0 and "build" in top.output and "eval" in top.output
    sub = runner.invoke(main, ["build", "--help"])
    for option in ("--out", "--format", "--batch-size", "--progress"):
        assert option in sub.output
