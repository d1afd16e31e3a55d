"""Co-occurrence counts for the Cypher stores, derived once when the graph goes in.

Which entities appear together in the most papers (``queries/co_occurring_entities.cypher``)
is an aggregation over every pair of targets of every paper: on the 175,745-paper corpus
FalkorDB did not finish it within the client's timeout. The counts depend only on the graph,
so every route into a Cypher store (``kg load`` and ``--store``, the ``graph.cypher`` script,
``kg export neo4j-csv``) also writes the top ``TOP_PAIRS`` pairs as ``:CoOccurrence`` nodes:
``rank`` (1 for the pair in most papers; ties by the two names, as the query orders them),
``papers``, and ``entity_a``/``kind_a``/``key_a`` and ``entity_b``/``kind_b``/``key_b`` (a has
the smaller key). They have no relationships, so no traversal meets them; a load replaces
them, so they are never stale. The Oxigraph store keeps its own counts
(``kg.sparql.derived``), with the same definition: a paper "has" every node one of its edges
points to.
"""
from __future__ import annotations

import heapq
import itertools
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from kg.graph import KnowledgeGraph

LABEL = "CoOccurrence"
TOP_PAIRS = 10_000  # the largest $limit co_occurring_entities.cypher can answer

DELETE_STATEMENT = f"MATCH (c:{LABEL}) DELETE c"
CREATE_STATEMENT = f"UNWIND $rows AS row CREATE (c:{LABEL}) SET c = row"
COLUMNS = ("rank", "papers", "entity_a", "kind_a", "key_a", "entity_b", "kind_b", "key_b")


def pair_counts(paper_targets: Iterable[Iterable[str]], order: Callable[[str], Any] | None = None) -> Counter[tuple[str, str]]:
    """(a, b) -> number of papers whose targets hold both, a before b in ``order`` (default: the
    string itself); a target a paper points to twice counts once. The SPARQL store's derived
    counts (``kg.sparql.derived``) are counted here too."""
    counts: Counter[tuple[str, str]] = Counter()
    for targets in paper_targets:
        counts.update(itertools.combinations(sorted(set(targets), key=order), 2))
    return counts


def top_pairs(paper_targets: Iterable[Iterable[str]], describe: Callable[[str], tuple[str, str]],
              limit: int = TOP_PAIRS) -> list[dict]:
    """The ``limit`` pairs of nodes that most papers point to both of, as ``:CoOccurrence`` rows.

    ``paper_targets`` gives, per paper, the keys its edges point to; ``describe`` maps a key to
    its (name, label). Only pairs counted at least as often as the ``limit``-th are sorted by
    name, so the names of the millions of pairs below are never looked up.
    """
    counts = pair_counts(paper_targets)
    if not counts or limit < 1:
        return []
    floor = heapq.nlargest(limit, counts.values())[-1]
    best = sorted(((pair, n) for pair, n in counts.items() if n >= floor),
                  key=lambda kv: (-kv[1], describe(kv[0][0])[0], describe(kv[0][1])[0], kv[0]))[:limit]
    rows = []
    for rank, ((a, b), papers) in enumerate(best, start=1):
        (name_a, kind_a), (name_b, kind_b) = describe(a), describe(b)
        rows.append({"rank": rank, "papers": papers, "entity_a": name_a, "kind_a": kind_a, "key_a": a,
                     "entity_b": name_b, "kind_b": kind_b, "key_b": b})
    return rows


def graph_pairs(graph: KnowledgeGraph, limit: int = TOP_PAIRS) -> list[dict]:
    """``top_pairs`` of a graph in memory."""
    per_paper: dict[str, list[str]] = {}
    for source, _, target in graph.edges:
        if graph.nodes[source].label == "Paper":
            per_paper.setdefault(source, []).append(target)
    return top_pairs(per_paper.values(), lambda key: (graph.nodes[key].name, graph.nodes[key].label), limit)
