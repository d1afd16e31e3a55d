"""The graph's memory-saving structures give the same graph and the same files as plain ones:
abstracts and evidence sentences kept on disk, evidence's duplicate check, shared alias sets
and strings, the open-addressing index of edges and sentences."""
from __future__ import annotations

import pickle
import random
from pathlib import Path

import numpy
import pytest

from kg.errors import KGError
from kg.graph import (EVIDENCE_SCAN, NO_ALIASES, DistinctTexts, Edge, EdgeTable, Evidence, KnowledgeGraph, NodeProperties, NumberIndex,
                      StoredText, TextFile)
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
    assert isinstance(node.properties._stored, StoredText)  # an offset, not the text
    assert node.properties.setdefault("year", 1999) == 2023 and node.properties.setdefault("pwc_id", "x") == "x"
    node.properties["authors"] = ["A. Author"]
    del node.properties["pwc_id"]
    assert node.properties == {"title": "T", "abstract": ABSTRACT, "year": 2023, "authors": ["A. Author"]}
    node.properties.pop("authors")
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


class _ObjectEdges:
    """The edges as the graph held them before they became columns: a dict of Edge objects,
    each with its list of evidence (duplicates dropped): what ``EdgeTable`` must read back."""

    def __init__(self):
        self.edges = {}

    def add(self, source, rel_type, target, evidence):
        edge = self.edges.setdefault((source, rel_type, target), Edge(source, rel_type, target))
        if evidence not in edge.evidence:
            edge.evidence.append(evidence)


def _random_edges(seed: int, count: int):
    """Edges between keys that sort in tricky ways (prefixes, case, non-ASCII), with repeated,
    near-repeated and long lists of evidence."""
    rng = random.Random(seed)
    keys = ["Model:bert", "Model:bert-base", "Model:BERT", "Model:bért", "arXiv:1", "arXiv:10", "arXiv:2", "Task:qa", "Task:q"]
    sentences = ["S.", "Ünïcode \"quoted\" sentence.", "Another one.\nTwo lines."]
    for _ in range(count):
        source, target = rng.sample(keys, 2)
        paper = rng.choice(keys[4:7])
        start = rng.choice([-1, 0, 3, 2**31 - 1])
        yield source, rng.choice(["USES", "EVALUATED_ON", "MENTIONS"]), target, Evidence(
            paper, rng.choice(["title", "abstract"]), rng.choice(sentences), start, start, rng.randrange(40), rng.randrange(40),
            rng.choice(["rule a", "rule b"]), rng.choice([0.5, 0.9, 1.0, 0.123456789]))


def test_edges_as_columns_read_back_as_the_edge_objects_they_replace():
    table, objects = EdgeTable(), _ObjectEdges()
    for source, rel_type, target, evidence in _random_edges(7, 3000):
        table.add(source, rel_type, target, evidence)
        objects.add(source, rel_type, target, evidence)
    assert max(len(e.evidence) for e in objects.edges.values()) > 2 * EVIDENCE_SCAN  # the set takes over
    assert len(table) == len(objects.edges) and list(table) == list(objects.edges)  # the order they came in
    assert [e.to_dict() for e in table.values()] == [e.to_dict() for e in objects.edges.values()]
    for key, edge in objects.edges.items():
        assert key in table and table[key].evidence == edge.evidence  # as added, duplicates dropped
        assert table[key].strongest() == edge.strongest()
    in_order = table.in_key_order()
    assert [(e.source, e.type, e.target) for e in in_order] == sorted(objects.edges)  # what every sink writes
    assert in_order[len(in_order) - 1].evidence == objects.edges[max(objects.edges)].evidence
    assert ("Model:bert", "USES", "Model:none") not in table and ("a", "b") not in table
    with pytest.raises(KeyError):
        table[("Model:bert", "NO_SUCH_TYPE", "Task:qa")]


def test_an_edge_read_from_columns_pickles_as_a_plain_edge_and_can_be_set_from_one():
    table = EdgeTable()
    table.add("arXiv:1", "USES", "Model:bert", _evidence("arXiv:1", 3))
    stored = table[("arXiv:1", "USES", "Model:bert")]
    copy = pickle.loads(pickle.dumps(stored))  # from a Dask worker: no table travels with it
    assert type(copy) is Edge and copy == Edge("arXiv:1", "USES", "Model:bert", [_evidence("arXiv:1", 3)])
    table[("arXiv:1", "USES", "Model:bert")] = Edge("arXiv:1", "USES", "Model:bert", [_evidence("arXiv:1", 5)] * 2)
    assert table[("arXiv:1", "USES", "Model:bert")].evidence == [_evidence("arXiv:1", 5)] * 2  # as given (read from files)
    with pytest.raises(KGError, match="32-bit"):
        table.add("arXiv:1", "USES", "Model:bert", _evidence("arXiv:1", 2**31 - 4))  # its end is past 2**31 - 1
    table.add("arXiv:1", "USES", "Model:bert", _evidence("arXiv:1", 7))  # the table is whole after the error
    assert table[("arXiv:1", "USES", "Model:bert")].evidence == [_evidence("arXiv:1", 5)] * 2 + [_evidence("arXiv:1", 7)]


class _ObjectGraph(KnowledgeGraph):
    """A graph whose edges are a dict of ``Edge`` objects, read as the graph read them before."""

    def iter_edges(self):
        return (self.edges[k] for k in sorted(self.edges))

    def edges_in_key_order(self):
        return list(self.iter_edges())


def test_a_linked_graph_writes_the_files_of_its_edges_held_as_objects(tmp_path):
    """The inline corpus linked into a graph whose edges are columns, and the same edges copied
    into a graph that holds them as plain ``Edge`` objects: every file is the same."""
    linker = Linker(spill_dir=tmp_path)
    for paper in linking_corpus():
        linker.add(paper)
    columns = linker.build()
    objects = _ObjectGraph()
    objects.nodes = columns.nodes
    objects.edges = {key: Edge(*key, list(edge.evidence)) for key, edge in columns.edges.items()}
    assert len(objects.edges) > 20 and any(edge.weight > 1 for edge in objects.edges.values())
    assert _files(columns, tmp_path / "columns", workers=1) == _files(objects, tmp_path / "objects", workers=1)


def test_the_number_index_finds_what_a_dict_finds_through_collisions_and_growth():
    """Thousands of random keys, many repeated, under a hash that sends many keys to one slot
    and one that is the key itself: the index gives each key the number a dict gives it."""
    rng = random.Random(13)
    for hash_of in (lambda key: key % 97, lambda key: key):
        index, items, numbers = NumberIndex(bits=4), [], {}
        for _ in range(6000):
            key = rng.randrange(5000)
            found = index.find(hash_of(key), lambda n: items[n] == key)
            if key in numbers:
                assert found == numbers[key]
                continue
            assert found < 0
            numbers[key] = len(items)
            items.append(key)
            index.add(found, numbers[key], lambda: numpy.array([hash_of(k) for k in items], dtype=numpy.uint64))
        assert len(index) == len(numbers) > 3000  # grown from 16 slots, many times
        assert 2 * len(index) <= len(index._slots)
        for key, number in numbers.items():
            assert index.find(hash_of(key), lambda n: items[n] == key) == number
        assert index.find(hash_of(5001), lambda n: items[n] == 5001) < 0


class _CollidingTexts(DistinctTexts):
    """Texts whose hash is their length: texts of one length share a hash."""

    @staticmethod
    def hash_of(text):
        return len(text)


@pytest.mark.parametrize("texts_class", [DistinctTexts, _CollidingTexts])
def test_distinct_texts_on_disk_number_and_read_back_as_held_ones(tmp_path, texts_class):
    rng = random.Random(5)
    words = ["a", "b", "Ünïcode", "\"q\"", "\n", "ab"]
    texts = ["".join(rng.choice(words) for _ in range(rng.randrange(1, 6))) for _ in range(4000)]
    on_disk, held = texts_class(TextFile(tmp_path)), texts_class()
    numbers: dict[str, int] = {}
    for text in texts:
        number = numbers.setdefault(text, len(numbers))
        assert on_disk.number(text) == held.number(text) == number  # the same text, the same number
    assert len(on_disk) == len(numbers) > 1000
    assert not on_disk._held and all(on_disk.text(n) == held.text(n) == t for t, n in numbers.items())


def test_evidence_sentences_on_disk_read_back_as_the_evidence_given(tmp_path):
    """More edges than the index's first table holds, evidence with shared and distinct
    sentences: a table keeping its sentences on disk reads back what one holding them does,
    and its edges pickle (to a Dask client) as plain edges carrying the sentences."""
    on_disk, held, objects = EdgeTable(TextFile(tmp_path)), EdgeTable(), _ObjectEdges()
    additions = list(_random_edges(11, 3000))
    rng = random.Random(3)
    for i in range(3000):  # distinct edges, each sentence told apart by a number
        evidence = _evidence(f"arXiv:{i % 700}", i % 50, sentence=f"Sentence {rng.randrange(900)} of a paper.")
        additions.append((f"arXiv:{i % 700}", "USES", f"Model:m{i}", evidence))
    for addition in additions:
        for table in (on_disk, held, objects):
            table.add(*addition)
    assert len(on_disk) == len(objects.edges) > 3000 and list(on_disk) == list(objects.edges)
    assert not on_disk._sentences._held and len(on_disk._sentences) > 500
    assert [e.to_dict() for e in on_disk.values()] == [e.to_dict() for e in held.values()] == [e.to_dict() for e in objects.edges.values()]
    for key, edge in objects.edges.items():
        assert key in on_disk and on_disk[key].evidence == edge.evidence
    assert [(e.source, e.type, e.target) for e in on_disk.in_key_order()] == sorted(objects.edges)
    key = ("arXiv:5", "USES", "Model:m5")
    copy = pickle.loads(pickle.dumps(on_disk[key]))
    assert type(copy) is Edge and copy == objects.edges[key]
