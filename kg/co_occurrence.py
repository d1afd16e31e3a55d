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
    return _rows(((pair, n) for pair, n in counts.items() if n >= floor), describe, limit)


def _rows(candidates: Iterable[tuple[tuple[str, str], int]], describe: Callable[[str], tuple[str, str]], limit: int) -> list[dict]:
    """The rows of the ``limit`` best of ``candidates`` ((a, b), papers): every pair counted at
    least as often as the ``limit``-th pair, ranked by count, then by the two names."""
    best = sorted(candidates, key=lambda kv: (-kv[1], describe(kv[0][0])[0], describe(kv[0][1])[0], kv[0]))[:limit]
    rows = []
    for rank, ((a, b), papers) in enumerate(best, start=1):
        (name_a, kind_a), (name_b, kind_b) = describe(a), describe(b)
        rows.append({"rank": rank, "papers": papers, "entity_a": name_a, "kind_a": kind_a, "key_a": a,
                     "entity_b": name_b, "kind_b": kind_b, "key_b": b})
    return rows


def graph_pairs(graph: KnowledgeGraph, limit: int = TOP_PAIRS) -> list[dict]:
    """``top_pairs`` of a graph in memory, counted in numpy arrays of numbers: a ``Counter``
    of key tuples took about 86 bytes a distinct pair (13 MB at 20,000 papers, the largest
    part of the Cypher script's peak), these take 16 and a few transient arrays."""
    import numpy

    sources, targets = [], []
    for source, _, target in graph.edges:
        if graph.nodes[source].label == "Paper":
            sources.append(source)
            targets.append(target)
    if not targets or limit < 1:
        return []
    names, target_ranks = numpy.unique(numpy.array(targets, dtype=object), return_inverse=True)  # sorted as str sorts
    paper_ids = numpy.unique(numpy.array(sources, dtype=object), return_inverse=True)[1]
    del sources, targets
    width = numpy.int64(len(names))
    # each paper's distinct targets, in key order within the paper (``pair_counts``' sorted(set(...)))
    held = numpy.unique(paper_ids.astype(numpy.int64) * width + target_ranks.astype(numpy.int64))
    del paper_ids, target_ranks
    pair_keys, counts = pair_numbers(held // width, held % width, width)
    if not len(counts):
        return []
    floor = counts.min() if len(counts) <= limit else numpy.partition(counts, len(counts) - limit)[len(counts) - limit]
    chosen = numpy.flatnonzero(counts >= floor)
    candidates = (((names[a], names[b]), int(n)) for a, b, n in
                  zip((pair_keys[chosen] // width).tolist(), (pair_keys[chosen] % width).tolist(), counts[chosen].tolist()))
    return _rows(candidates, lambda key: (graph.nodes[key].name, graph.nodes[key].label), limit)


PAIRS_AT_ONCE = 1 << 22  # pairs made in one go before they are counted (32 MB an array)


def pair_numbers(papers: Any, targets: Any, width: Any, at_once: int = PAIRS_AT_ONCE) -> tuple[Any, Any]:
    """Every pair (a, b), a < b, of the targets of one paper, as ``a * width + b``, with the
    number of papers that have it (sorted by pair). ``papers`` and ``targets`` are sorted
    (paper, target) numbers without repeats; papers are taken in chunks so that no more than
    about ``at_once`` pairs are made at once (a paper with more makes them alone)."""
    import numpy

    starts = numpy.flatnonzero(numpy.r_[True, papers[1:] != papers[:-1]])
    ends = numpy.r_[starts[1:], len(papers)]
    sizes = ends - starts
    pairs_of = sizes * (sizes - 1) // 2
    keys, counts = numpy.empty(0, dtype=numpy.int64), numpy.empty(0, dtype=numpy.int64)
    first_paper = 0
    cumulative = numpy.cumsum(pairs_of)
    while first_paper < len(starts):
        done_before = cumulative[first_paper - 1] if first_paper else 0
        last_paper = max(first_paper + 1, int(numpy.searchsorted(cumulative, done_before + at_once, side="right")))
        lo, hi = starts[first_paper], ends[last_paper - 1]
        position = numpy.arange(lo, hi)
        partners = numpy.repeat(ends[first_paper:last_paper], sizes[first_paper:last_paper]) - position - 1  # later targets of its paper
        first = numpy.repeat(position, partners)
        offset = numpy.arange(len(first)) - numpy.repeat(numpy.cumsum(partners) - partners, partners)
        chunk = targets[first] * width + targets[first + 1 + offset]
        del first, offset, partners, position
        chunk_keys, chunk_counts = numpy.unique(chunk, return_counts=True)
        del chunk
        keys, inverse = numpy.unique(numpy.r_[keys, chunk_keys], return_inverse=True)
        counts = numpy.bincount(inverse, weights=numpy.r_[counts, chunk_counts], minlength=len(keys)).astype(numpy.int64)
        first_paper = last_paper
    return keys, counts
