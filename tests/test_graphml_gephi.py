"""graph.graphml as Gephi's importer reads it (issue 12): Gephi keeps one edge per edge id and
shows ``label``; it is stricter than networkx and igraph, which accepted 661 edges all with
``id="USES"``. The reader below checks what Gephi relies on, straight from the XML."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from kg.graph import Evidence, KnowledgeGraph
from kg.sinks.graphml import GraphMLSink

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
GEPHI_TYPES = {"boolean", "int", "long", "float", "double", "string"}


def read_like_gephi(path: Path) -> dict:
    """Keys, nodes and edges of a GraphML file, failing where Gephi's importer would lose data."""
    root = ET.parse(path).getroot()
    keys = {}
    declared = Counter()
    for key in root.findall("g:key", NS):
        assert key.get("attr.type") in GEPHI_TYPES, key.attrib
        assert key.get("for") in ("node", "edge"), key.attrib
        keys[key.get("id")] = (key.get("for"), key.get("attr.name"), key.get("attr.type"))
        declared[(key.get("for"), key.get("attr.name"))] += 1
    assert not [k for k, n in declared.items() if n > 1], f"attributes declared twice: {declared}"
    graph = root.find("g:graph", NS)
    nodes, edges = {}, []
    for kind, into in (("node", None), ("edge", edges)):
        for element in graph.findall(f"g:{kind}", NS):
            data = {}
            for d in element.findall("g:data", NS):
                assert d.get("key") in keys and keys[d.get("key")][0] == kind, f"undeclared key {d.get('key')} on a {kind}"
                data[keys[d.get("key")][1]] = d.text
            if kind == "node":
                nodes[element.get("id")] = data
            else:
                edges.append((element.get("id"), element.get("source"), element.get("target"), data))
    ids = Counter(e[0] for e in edges)
    assert all(ids), "an edge without an id"
    assert not [i for i, n in ids.items() if n > 1], f"edge ids used more than once: {ids.most_common(3)}"
    assert all(s in nodes and t in nodes for _, s, t, _ in edges)
    return {"keys": keys, "nodes": nodes, "edges": edges}


def test_sample_graphml_keeps_every_edge_for_gephi(sample_build):
    graph, _, out = sample_build
    seen = read_like_gephi(out / "graph.graphml")
    assert len(seen["nodes"]) == len(graph.nodes)
    assert len(seen["edges"]) == len(graph.edges)  # Gephi keeps all of them: ids are unique
    assert all(data.get("label") for data in seen["nodes"].values())
    assert {data["label"] for *_, data in seen["edges"]} == {e.type for e in graph.edges.values()}


def _tiny_graph() -> KnowledgeGraph:
    g = KnowledgeGraph()
    g.add_node("arXiv:1", "Paper", "Paper one", year=2023)
    g.add_node("arXiv:2", "Paper", "Paper two", year="2024 (preprint)")  # a year that is not a number
    for key, name in (("Model:opt", "OPT"), ("Model:bert", "BERT")):
        g.add_node(key, "Model", name)
    ev = Evidence("arXiv:1", "abstract", "We use OPT and BERT.", 7, 10, 15, 19, "test", 0.9)
    for paper in ("arXiv:1", "arXiv:2"):
        for model in ("Model:opt", "Model:bert"):
            g.add_edge(paper, "USES", model, ev)
    return g


def test_same_type_edges_get_distinct_ids_and_mixed_types_one_key(tmp_path):
    graph = _tiny_graph()
    GraphMLSink().write(graph, tmp_path)
    seen = read_like_gephi(tmp_path / "graph.graphml")
    assert len(seen["edges"]) == 4 and {d["label"] for *_, d in seen["edges"]} == {"USES"}
    year = [t for kind, name, t in seen["keys"].values() if kind == "node" and name == "year"]
    assert year == ["string"]
    assert {seen["nodes"][k].get("year") for k in ("arXiv:1", "arXiv:2")} == {"2023", "2024 (preprint)"}
    assert graph.nodes["arXiv:1"].properties["year"] == 2023  # the writer does not touch its input


def test_the_graphml_sink_writes_without_importing_networkx(tmp_path):
    """The sink writes GraphML itself; importing networkx (only ``to_networkx`` needs it) took
    more than half of the sink's time on the sample, in every build."""
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; import tests.test_graphml_gephi as t; "
            "t.GraphMLSink().write(t._tiny_graph(), Path(sys.argv[1])); print('networkx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True, capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "False"
    assert len(read_like_gephi(tmp_path / "graph.graphml")["nodes"]) == len(_tiny_graph().nodes)
