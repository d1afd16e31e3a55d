"""queries/*.cypher: each runs on the sample graph (those about venues: on the venue build, as
the sample names none) in a real FalkorDB with its declared params, returns rows, and returns what the in-memory graph says it should; every query and every
statement the writer sends passes Neo4j's own Cypher front-end (lintCypherQuery)."""
from __future__ import annotations

from collections import Counter, deque
from pathlib import Path

import pytest
from fixtures_falkordb import cypher_lint
from fixtures_venues import VENUE_QUERIES

from kg.graph import KnowledgeGraph
from kg.stores import read_query_file, writer_statements

QUERIES = sorted((Path(__file__).resolve().parents[1] / "queries").glob("*.cypher"))
NAMES = [p.stem for p in QUERIES]


def test_at_least_twelve_queries_each_with_a_question_and_example_params():
    assert len(QUERIES) >= 12
    for path in QUERIES:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("// ") and "?" in lines[0], f"{path.name}: the first line asks the question"
        assert any(line.startswith("// params: {") for line in lines), f"{path.name}: needs a // params: line"
        parsed = read_query_file(path)
        assert parsed.question and isinstance(parsed.params, dict)
        for name in parsed.params:
            assert f"${name}" in parsed.text, f"{path.name}: example param {name} unused"


# ---------------------------------------------------------------------------------------
# The answers, computed from the in-memory graph
# ---------------------------------------------------------------------------------------


def named(graph: KnowledgeGraph, label: str | None, name: str) -> set[str]:
    """Keys of nodes matching ``name`` by name or alias, case-insensitively."""
    want = name.lower()
    return {
        n.key for n in graph.nodes.values()
        if (label is None or n.label == label) and (n.name.lower() == want or want in {a.lower() for a in n.aliases})
    }


def out_edges(graph, types=None, target=None):
    return [e for e in graph.edges.values() if (types is None or e.type in types) and (target is None or e.target in target)]


def ancestors_within(graph, roots: set[str], types: set[str], depth: int) -> dict[str, int]:
    """Nodes reaching one of ``roots`` by ``types`` edges in at most ``depth`` steps -> fewest steps."""
    into: dict[str, list[str]] = {}
    for e in graph.edges.values():
        if e.type in types:
            into.setdefault(e.target, []).append(e.source)
    seen = {r: 0 for r in roots}
    todo = deque(roots)
    while todo:
        key = todo.popleft()
        if seen[key] == depth:
            continue
        for src in into.get(key, []):
            if src not in seen:
                seen[src] = seen[key] + 1
                todo.append(src)
    return seen


def name_of(graph, key):
    return graph.nodes[key].name


def expect_graph_overview(graph, params, rows):
    got = {(r["kind"], r["name"]): r["count"] for r in rows}
    want = {("node", k): v for k, v in graph.node_counts().items()} | {("relationship", k): v for k, v in graph.edge_counts().items()}
    assert got == want


def expect_model_methods(graph, params, rows):
    models = ancestors_within(graph, named(graph, "Model", params["model"]), {"VARIANT_OF"}, 2)
    want = {name_of(graph, e.source) for e in out_edges(graph, {"APPLIED_TO"}, models)}
    assert {r["method"] for r in rows} == want
    titles = {name_of(graph, k) for e in out_edges(graph, {"APPLIED_TO"}, models) for k in e.papers}
    assert set().union(*(r["papers"] for r in rows)) == titles
    assert "SmoothQuant" in want  # SCHEMA.md's own example: SmoothQuant -> OPT-175B / OPT


def expect_family_benchmarks(graph, params, rows):
    family = ancestors_within(graph, named(graph, "Model", params["family"]), {"VARIANT_OF", "DERIVED_FROM"}, 3)
    papers = {e.source for e in out_edges(graph, {"USES", "PROPOSES", "MENTIONS"}, family)}
    counts = Counter()
    for e in out_edges(graph, {"EVALUATES_ON"}):
        if e.source in papers:
            counts[name_of(graph, e.target)] += 1
    assert {r["evaluated_on"]: r["papers"] for r in rows} == dict(counts)


def expect_top_proposed_methods(graph, params, rows):
    proposed = Counter(name_of(graph, e.target) for e in out_edges(graph, {"PROPOSES"}) if graph.nodes[e.target].label == "Method")
    # uses of the Method node only, as the query counts them: "EXAONE 3.0" is also a Model node of the sample graph
    used = Counter(name_of(graph, e.target) for e in out_edges(graph, {"USES"}) if graph.nodes[e.target].label == "Method")
    want = sorted(proposed.items(), key=lambda kv: (-kv[1], -used[kv[0]], kv[0]))[: params["limit"]]
    assert [(r["method"], r["proposed_by"], r["used_by"]) for r in rows] == [(m, n, used[m]) for m, n in want]


def expect_papers_comparing_models(graph, params, rows):
    a, b = named(graph, "Model", params["a"]), named(graph, "Model", params["b"])
    with_a = {e.source for e in graph.edges.values() if e.target in a and graph.nodes[e.source].label == "Paper"}
    with_b = {e.source for e in graph.edges.values() if e.target in b and graph.nodes[e.source].label == "Paper"}
    assert {r["paper"] for r in rows} == {name_of(graph, k) for k in with_a & with_b}


def expect_model_family_tree(graph, params, rows):
    roots = named(graph, "Model", params["model"])
    tree = ancestors_within(graph, roots, {"VARIANT_OF", "DERIVED_FROM"}, 4)
    assert {r["model"] for r in rows} == {name_of(graph, k) for k in tree if k not in roots}
    fewest = {}
    for r in rows:
        fewest[r["model"]] = min(fewest.get(r["model"], 9), r["depth"])
        assert r["lineage"][0] == r["model"] and r["lineage"][-1] == params["model"] and len(r["via"]) == r["depth"]
    assert fewest == {name_of(graph, k): d for k, d in tree.items() if k not in roots}


def expect_edge_evidence(graph, params, rows):
    edges = [e for e in graph.edges.values() if name_of(graph, e.source) == params["source"]
             and name_of(graph, e.target) == params["target"] and params["type"] in (None, e.type)]
    want = sorted((e.type, name_of(graph, ev.paper), ev.rule, ev.sentence) for e in edges for ev in e.evidence)
    assert sorted((r["relationship"], r["paper"], r["rule"], r["sentence"]) for r in rows) == want


def expect_shortest_path(graph, params, rows):
    import networkx as nx

    g = nx.Graph((e.source, e.target) for e in graph.edges.values())
    sources, targets = [k for k in g if name_of(graph, k) == params["from"]], [k for k in g if name_of(graph, k) == params["to"]]
    want = min(nx.shortest_path_length(g, s, t) for s in sources for t in targets if nx.has_path(g, s, t))
    (row,) = rows
    assert row["hops"] == want and row["through"][0] == params["from"] and row["through"][-1] == params["to"]
    assert len(row["path"]["relationships"]) == want  # the path itself, for Neo4j Browser to draw


def expect_co_occurring_entities(graph, params, rows):
    per_paper: dict[str, set[str]] = {}
    for e in graph.edges.values():
        if graph.nodes[e.source].label == "Paper":
            per_paper.setdefault(e.source, set()).add(e.target)
    pairs = Counter()
    for targets in per_paper.values():
        for a in targets:
            for b in targets:
                if a < b:
                    pairs[(a, b)] += 1
    top = sorted(pairs.values(), reverse=True)[: params["limit"]]
    assert [r["papers"] for r in rows] == top
    for r in rows[:3]:
        (a,) = {k for k in graph.nodes if name_of(graph, k) == r["entity_a"] and graph.nodes[k].label == r["kind_a"]}
        (b,) = {k for k in graph.nodes if name_of(graph, k) == r["entity_b"] and graph.nodes[k].label == r["kind_b"]}
        assert pairs[(a, b)] == r["papers"]


def expect_paper_profile(graph, params, rows):
    papers = {k for k, n in graph.nodes.items() if n.label == "Paper" and params["title"].lower() in n.name.lower()}
    want = {(e.type, name_of(graph, e.target)) for e in graph.edges.values() if e.source in papers}
    assert {(r["relation"], r["entity"]) for r in rows} == want
    assert ("PROPOSES", "OPT") in want  # "OPT: ..." proposes OPT (the title rule of SCHEMA.md)


def expect_papers_for_task(graph, params, rows):
    tasks = named(graph, "Task", params["task"])
    assert {r["paper"] for r in rows} == {name_of(graph, e.source) for e in out_edges(graph, {"ADDRESSES"}, tasks)}


def expect_benchmark_models(graph, params, rows):
    bench = named(graph, None, params["benchmark"])
    papers = {e.source for e in out_edges(graph, {"EVALUATES_ON"}, bench)}
    models = Counter(name_of(graph, e.target) for e in out_edges(graph, {"USES", "PROPOSES"})
                     if e.source in papers and graph.nodes[e.target].label == "Model")
    assert {r["model"]: r["papers"] for r in rows} == dict(models)


def expect_outperforms_claims(graph, params, rows):
    want = {(name_of(graph, e.source), name_of(graph, e.target)) for e in out_edges(graph, {"OUTPERFORMS"})
            if params["name"].lower() in (name_of(graph, e.source).lower(), name_of(graph, e.target).lower())}
    assert {(r["winner"], r["loser"]) for r in rows} == want


def expect_top_entities(graph, params, rows):
    papers = Counter(target for _, target in {(e.source, e.target) for e in graph.edges.values()
                                              if graph.nodes[e.source].label == "Paper" and graph.nodes[e.target].label == params["label"]})
    top = graph.top_entities(per_label=params["limit"])[params["label"]]
    assert [(r["entity"], r["papers"]) for r in rows][:3] == [(t["name"], t["papers"]) for t in top][:3]
    assert [r["papers"] for r in rows] == sorted(papers.values(), reverse=True)[: params["limit"]]


def expect_new_datasets_and_benchmarks(graph, params, rows):
    want = {(name_of(graph, e.target), name_of(graph, e.source)) for e in out_edges(graph, {"PROPOSES"})
            if graph.nodes[e.target].label in ("Dataset", "Benchmark")}
    assert {(r["resource"], r["introduced_by"]) for r in rows} == want


def expect_methods_for_task(graph, params, rows):
    tasks = named(graph, "Task", params["task"])
    papers = {e.source for e in out_edges(graph, {"ADDRESSES"}, tasks)}
    things = {e.target for e in out_edges(graph, {"PROPOSES", "USES"}) if e.source in papers and graph.nodes[e.target].label in ("Method", "Model")}
    claimed = {e.source for e in out_edges(graph, {"USED_FOR"}, tasks)}
    assert {(r["name"], r["claimed_used_for"]) for r in rows} == {(name_of(graph, k), k in claimed) for k in things}


def expect_leaderboard(graph, params, rows):
    bench = named(graph, None, params["benchmark"])
    results = {e.source for e in out_edges(graph, {"RESULT_ON"}, bench)}
    of = {e.source: name_of(graph, e.target) for e in out_edges(graph, {"RESULT_OF"}) if e.source in results}
    props = {k: graph.nodes[k].properties for k in results}
    want = Counter((of.get(k), p["value"], p.get("from_value"), p["kind"]) for k, p in props.items())
    assert Counter((r["model"], r["value"], r["from_value"], r["kind"]) for r in rows) == want
    keys = [(r["kind"], -r["value"]) for r in rows]
    assert keys == sorted(keys)  # absolute before gain, each by value


def expect_papers_by_venue(graph, params, rows):
    def listed(node):
        p = node.properties
        return params["venue"].lower() in p.get("venue", "").lower() and params["year"] in (None, p.get("year"))

    papers = [n for n in graph.nodes.values() if n.label == "Paper" and listed(n)]
    want = {(n.name, n.properties["year"], frozenset(name_of(graph, e.target) for e in out_edges(graph, {"EVALUATES_ON"})
                                                     if e.source == n.key)) for n in papers}
    assert {(r["paper"], r["year"], frozenset(r["evaluates_on"])) for r in rows} == want
    links = {r["paper"]: r["link"] for r in rows}
    assert links == {"Probing Retrieval Heads in Question Answering Models": "https://aclanthology.org/2023.findings-emnlp.7"}


EXPECT = {name[len("expect_"):]: fn for name, fn in globals().items() if name.startswith("expect_")}


def test_every_query_has_an_expected_answer():
    assert set(NAMES) == set(EXPECT)


@pytest.mark.slow
@pytest.mark.parametrize("path", QUERIES, ids=NAMES)
def test_query_answers_on_the_sample_graph(request, path):
    transport, graph, _ = request.getfixturevalue("venue_store" if path.stem in VENUE_QUERIES else "sample_store")
    query = read_query_file(path)
    result = transport.query(query.text, query.params, read_only=True)
    assert result.rows, f"{path.name} returned no rows with {query.params}"
    EXPECT[path.stem](graph, query.params, result.records())


# ---------------------------------------------------------------------------------------
# Neo4j's own front-end
# ---------------------------------------------------------------------------------------


def lint_schema():
    from kg import co_occurrence
    from kg.schema import load_schema

    schema = load_schema()
    keys = ["key", "name", "aliases", "title", "abstract", "source", "weight", "confidence", "papers", "paper", "sentence",
            "rule", "evidence_papers", "evidence_sentences", "evidence_rules", "evidence_confidences", "evidence_fields",
            "evidence_offsets", "year", "value", "unit", "kind", "text", "from_value", "low", *co_occurrence.COLUMNS,
            *schema.node_types["Paper"]["properties"]]
    return {"labels": [*schema.labels, co_occurrence.LABEL], "relationshipTypes": list(schema.relationship_types), "propertyKeys": keys}


def test_queries_and_writer_statements_pass_neo4j_lint():
    statements = [{"query": q.text, "parameters": q.params} for q in map(read_query_file, QUERIES)]
    statements += [{"query": s, "parameters": {"rows": []}} for s in writer_statements()]
    results = cypher_lint(statements, lint_schema())
    assert len(results) == len(statements)
    problems = {r["query"][:80]: [d for d in r["diagnostics"] if not _portable_subquery(d)] for r in results}
    assert {q: d for q, d in problems.items() if d} == {}


def _portable_subquery(diagnostic: dict) -> bool:
    """Neo4j 5 deprecates importing a CALL subquery's variables with WITH in favour of
    ``CALL (x) { … }``, which FalkorDB cannot parse; both run the WITH form (shortest_path.cypher),
    so that one deprecation warning is accepted."""
    return diagnostic["severity"] == "warning" and diagnostic["message"].startswith("CALL subquery without a variable scope clause is now deprecated")


def test_the_linter_does_reject_bad_cypher():
    bad = ["MATCH (n:Paper RETURN n", "MATCH (n:Persn) RETURN n", "MATCH (n) WHERE n.name = $undeclared RETURN n"]
    results = cypher_lint([{"query": q, "parameters": {}} for q in bad], lint_schema())
    assert [r["diagnostics"][0]["severity"] for r in results] == ["error", "warning", "error"]


@pytest.mark.slow
def test_graph_cypher_script_passes_neo4j_lint(sample_build):
    """The parameter-free statements of graph.cypher are Cypher Neo4j accepts.

    Built by the same functions the script sink uses, with two literal rows per statement
    shape (the script repeats these shapes with more rows).
    """
    from kg import co_occurrence
    from kg.cypher_statements import constraint_statements, grouped_rows, inline_rows

    graph, _, out = sample_build
    nodes, edges = grouped_rows(graph)
    statements = constraint_statements() + [inline_rows(stmt, rows[:2]) for stmt, rows in nodes + edges]
    statements += [co_occurrence.DELETE_STATEMENT, inline_rows(co_occurrence.CREATE_STATEMENT, co_occurrence.graph_pairs(graph)[:2])]
    script = (out / "graph.cypher").read_text(encoding="utf-8")
    assert all(s in script for s in constraint_statements())
    assert all(" AS row " + stmt.split(" AS row ", 1)[1] in script for stmt, _ in nodes + edges)
    results = cypher_lint([{"query": q, "parameters": {}} for q in statements], lint_schema())
    assert {r["query"][:60]: r["diagnostics"] for r in results if r["diagnostics"]} == {}
