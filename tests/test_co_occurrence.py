"""The co-occurrence pairs of a graph, counted in numpy arrays, are those ``top_pairs`` counts
with a ``Counter`` of key tuples: same pairs, counts, ranks and ties."""
from __future__ import annotations

import itertools
import random
from collections import Counter

import numpy
import pytest

from kg import co_occurrence
from kg.graph import Evidence, KnowledgeGraph


def test_pair_numbers_count_what_a_counter_counts_in_any_chunking():
    rng = random.Random(17)
    held = sorted({(paper, rng.randrange(60)) for paper in range(300) for _ in range(rng.choice([0, 1, 2, 5, 12, 40]))})
    papers, targets = (numpy.array(column, dtype=numpy.int64) for column in zip(*held))
    want = Counter(pair for _, group in itertools.groupby(held, key=lambda pt: pt[0])
                   for pair in itertools.combinations([t for _, t in group], 2))
    for at_once in (1, 7, 100, 1 << 22):  # a paper with more pairs than at_once is made alone
        keys, counts = co_occurrence.pair_numbers(papers, targets, numpy.int64(60), at_once=at_once)
        assert dict(zip(((k // 60, k % 60) for k in keys.tolist()), counts.tolist())) == want
        assert list(keys) == sorted(keys)


def _graph(seed: int) -> KnowledgeGraph:
    """Papers pointing at entities (some twice, by two types) and at a Result; names that tie."""
    rng = random.Random(seed)
    graph = KnowledgeGraph()
    entities = [graph.add_node(f"Model:m{i}", "Model", f"M{i % 7}").key for i in range(25)]
    entities += [graph.add_node(f"Task:t{i}", "Task", f"T{i % 3}").key for i in range(10)]
    for p in range(200):
        paper = graph.add_node(f"arXiv:{p}", "Paper", f"P{p}").key
        result = graph.add_node(f"Result:{p}", "Result", "1.0").key
        graph.add_edge(paper, "REPORTS_RESULT", result, Evidence(paper, "abstract", "S.", 0, 1, 2, 3, "r", 0.5))
        for target in rng.sample(entities, rng.choice([0, 1, 3, 6])):
            types = ["USES", "PROPOSES"] if target.startswith("Model:") else ["ADDRESSES", "MENTIONS"]
            for rel_type in rng.sample(types, rng.choice([1, 2])):
                graph.add_edge(paper, rel_type, target, Evidence(paper, "abstract", "S.", 0, 1, 2, 3, "r", 0.5))
        graph.add_edge(entities[p % 25], "USED_FOR", entities[25 + p % 10], Evidence(paper, "abstract", "S.", 0, 1, 2, 3, "r", 0.5))
    assert not graph.dropped
    return graph


@pytest.mark.parametrize("limit", [1, 10, 150, 10_000])
def test_graph_pairs_are_the_pairs_top_pairs_gives(limit):
    graph = _graph(3)
    per_paper: dict[str, list[str]] = {}
    for source, _, target in graph.edges:
        if graph.nodes[source].label == "Paper":
            per_paper.setdefault(source, []).append(target)
    describe = lambda key: (graph.nodes[key].name, graph.nodes[key].label)  # noqa: E731
    want = co_occurrence.top_pairs(per_paper.values(), describe, limit)
    assert co_occurrence.graph_pairs(graph, limit) == want
    assert len(want) == limit or limit == 10_000 and len({r["papers"] for r in want}) > 2


def test_a_graph_without_pairs_has_no_rows():
    graph = KnowledgeGraph()
    graph.add_node("arXiv:1", "Paper", "P")
    graph.add_node("Model:m", "Model", "M")
    assert co_occurrence.graph_pairs(graph) == []
    graph.add_edge("arXiv:1", "USES", "Model:m", Evidence("arXiv:1", "abstract", "S.", 0, 1, 2, 3, "r", 0.5))
    assert co_occurrence.graph_pairs(graph) == [] and co_occurrence.graph_pairs(graph, 0) == []
