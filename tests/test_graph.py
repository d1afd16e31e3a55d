"""The graph's memory-saving structures give the same graph and the same files as plain ones:
abstracts kept on disk, evidence's duplicate check, shared alias sets and strings."""
from __future__ import annotations

import pickle
from pathlib import Path

from kg.graph import EVIDENCE_SCAN, NO_ALIASES, Evidence, KnowledgeGraph, NodeProperties, StoredText, TextFile
from kg.link import Linker
from kg.parallel import write_sinks
from kg.sinks import FILE_SINKS
from test_link import linking_corpus

ABSTRACT = "We train BERT on SQuAD. Ünïcode, \"quotes\" and a second line\nstay as they were."


def _evidence(paper: str, start: int, sentence: str = "S.") -> Evidence:
    return Evidence(paper, "abstract", sentence, start, start + 4, 10, 14, "test", 0.5)


def test_an_abstract_on_disk_reads_back_as_given_and_is_not_held(tmp_path):
    graph = KnowledgeGraph(texts=TextFile(tmp_path))
    node = graph.add_node("arXiv:1", "Paper", "T", title="T", abstract=ABSTRACT, year=2023)
    graph.add_node("arXiv:1", "Paper", "T", abstract="another abstract")  # the first value stays
    assert node.properties["abstract"] == node.properties.get("abstract") == ABSTRACT
    assert isinstance(node.properties._values["abstract"], StoredText)  # an offset, not the text
    assert dict(node.properties) == {"title": "T", "abstract": ABSTRACT, "year": 2023}
    assert node.properties == {"title": "T", "abstract": ABSTRACT, "year": 2023}
    assert node.to_dict() == {"key": "arXiv:1", "label": "Paper", "name": "T", "aliases": [], "title": "T", "abstract": ABSTRACT, "year": 2023}
    assert not any(tmp_path.iterdir())  # the file is unlinked: nothing is left behind
    copy = pickle.loads(pickle.dumps(node))  # to a Dask client: the text itself travels
    assert type(copy.properties) is dict and copy.properties["abstract"] == ABSTRACT


def test_a_graph_without_a_text_file_keeps_plain_properties():
    node = KnowledgeGraph().add_node("arXiv:1", "Paper", "T", abstract=ABSTRACT)
    assert type(node.properties) is dict and node.properties["abstract"] == ABSTRACT


def test_evidence_is_counted_once_however_long_the_edge_list():
    graph = KnowledgeGraph()
    graph.add_node("arXiv:1", "Paper", "T")
    graph.add_node("Model:bert", "Model", "BERT")
    for start in list(range(3 * EVIDENCE_SCAN)) * 2:  # every piece twice, before and after the set takes over
        graph.add_edge("arXiv:1", "USES", "Model:bert", _evidence("arXiv:1", start, sentence="".join(["S", "."])))
    edge = graph.edges[("arXiv:1", "USES", "Model:bert")]
    assert edge.weight == 3 * EVIDENCE_SCAN
    assert len({id(e.sentence) for e in edge.evidence}) == 1  # one string for one sentence


def test_nodes_share_the_empty_alias_set_and_merge_aliases_without_their_name():
    graph = KnowledgeGraph()
    plain = graph.add_node("Model:opt", "Model", "OPT")
    named = graph.add_node("Model:bert", "Model", "BERT", {"BERT", "bert-base"})
    graph.add_node("Model:bert", "Model", "BERT", {"Bidirectional Encoder Representations from Transformers"})
    assert plain.aliases is NO_ALIASES and not NO_ALIASES
    assert named.aliases == {"bert-base", "Bidirectional Encoder Representations from Transformers"}


def _files(graph: KnowledgeGraph, out: Path, workers: int) -> dict[str, bytes]:
    out.mkdir()
    write_sinks(graph, out, FILE_SINKS, workers=workers)
    return {f.name: f.read_bytes() for f in sorted(out.iterdir()) if f.is_file()}


def test_abstracts_read_back_from_disk_write_the_files_of_a_graph_holding_them(tmp_path):
    """The same inline corpus linked into a graph that holds its abstracts and into one that
    keeps them on disk: every output file is the same, also when forked writers read them."""
    graphs = []
    for texts in (None, TextFile(tmp_path)):
        linker = Linker(spill_dir=tmp_path)
        for paper in linking_corpus():
            linker.add(paper)
        graphs.append(linker.build(KnowledgeGraph(texts=texts)))
    held, on_disk = graphs
    assert any(type(n.properties) is NodeProperties for n in on_disk.nodes.values())
    assert not any(type(n.properties) is NodeProperties for n in held.nodes.values())
    assert Linker().build().texts is not None  # what kg build links into
    written = _files(held, tmp_path / "held", workers=1)
    assert b"proximal policy optimization" in written["nodes.jsonl"].lower()  # the abstracts are in it
    assert _files(on_disk, tmp_path / "disk-sequential", workers=1) == written
    assert _files(on_disk, tmp_path / "disk-forked", workers=2) == written
