"""Fixtures for papers with a venue, an ACL Anthology id or a DOI, which the bundled sample (plain
text: titles and abstracts) never has: a few inline ACL Anthology- and arXiv-shaped records, built
once, and loaded once into the session's FalkorDB.

Imported by ``tests/conftest.py``. ``VENUE_QUERIES`` are the ready queries that ask about venues:
the tests that run every query on the sample run these on this build instead.
"""
from __future__ import annotations

import json
import shutil

import pytest

VENUE_QUERIES = {"papers_by_venue"}

# Shapes of shared/corpus/acl-anthology-2016-2025.jsonl.gz (new and old Anthology ids, with and
# without an arXiv id) and of the arXiv metadata snapshot (doi, journal-ref); the last has none.
VENUE_RECORDS = [
    {"id": "2023.emnlp-main.101", "title": "Sparse Adapters for Low-Resource Machine Translation",
     "abstract": "We propose SparseAdapt, a parameter-efficient method for low-resource machine translation. We evaluate "
                 "SparseAdapt on the FLORES-200 benchmark and on the WMT16 dataset, where it improves BLEU by 1.5 points "
                 "over full fine-tuning.",
     "authors": "Ana Silva, Ben Okafor", "categories": "", "year": 2023,
     "venue": "Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing", "source": "acl-anthology"},
    {"id": "2023.findings-emnlp.7", "title": "Probing Retrieval Heads in Question Answering Models",
     "abstract": "We study how retrieval-augmented models answer questions. Experiments on Natural Questions and TriviaQA "
                 "show that a few attention heads decide the answer.",
     "authors": "Chen Li", "categories": "", "year": 2023,
     "venue": "Findings of the Association for Computational Linguistics: EMNLP 2023", "source": "acl-anthology",
     "arxiv_id": "2310.01234"},
    {"id": "D19-1001", "title": "Cross-Lingual Transfer for Named Entity Recognition",
     "abstract": "We present a simple transfer method for named entity recognition. We evaluate it on the CoNLL-2003 dataset "
                 "and on WikiANN.",
     "authors": "Dana Roe", "categories": "", "year": 2019,
     "venue": "Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and the 9th "
              "International Joint Conference on Natural Language Processing (EMNLP-IJCNLP)", "source": "acl-anthology"},
    {"id": "2101.00001", "title": "Distilling Reading Comprehension Models",
     "abstract": "We distill a large reader into a small one and evaluate it on SQuAD, where it keeps 97% of the teacher's F1.",
     "authors": "Eve Adams", "categories": "cs.CL", "update_date": "2021-01-05",
     "doi": "10.18653/v1/2021.acl-long.1", "journal-ref": "ACL 2021"},
    {"id": "2102.00002", "title": "A Plain arXiv Paper on Image Classification",
     "abstract": "We train a convolutional network and evaluate it on ImageNet.",
     "authors": "Finn Moe", "categories": "cs.CV", "update_date": "2021-02-03"},
]


@pytest.fixture(scope="session")
def venue_build(tmp_path_factory):
    """(graph, report, out_dir) of `kg build` on ``VENUE_RECORDS``, built once."""
    from kg.build import build

    root = tmp_path_factory.mktemp("venue-build")
    inputs = root / "venues.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in VENUE_RECORDS), encoding="utf-8")
    graph, report = build([inputs], out_dir=root / "out", workers=1)
    return graph, report, root / "out"


@pytest.fixture(scope="session")
def venue_store(falkordb_server, venue_build):
    """(open transport, graph, LoadReport): ``venue_build`` loaded once into graph "venues"."""
    from fixtures_falkordb import loaded_graph

    yield from loaded_graph(falkordb_server, "venues", venue_build[0])


@pytest.fixture(scope="session")
def venue_endpoint(venue_build, tmp_path_factory):
    """``venue_build`` served by ``kg serve`` on a free loopback port: its SPARQL endpoint URL."""
    yield from served_endpoint(venue_build[2], tmp_path_factory.mktemp("venue-served"))


def served_endpoint(out_dir, directory, max_rows: int = 1000):
    """Yield the URL of ``kg serve`` on a copy of ``out_dir``'s graph.nt in ``directory`` (a free
    loopback port), stopped after."""
    from kg.sparql.server import ServerConfig, background_server

    shutil.copy(out_dir / "graph.nt", directory / "graph.nt")
    with background_server(ServerConfig(out_dir=directory, port=0, timeout=10, max_rows=max_rows, log_level="warning")) as url:
        yield url
