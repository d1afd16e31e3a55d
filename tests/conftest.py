"""Shared fixtures: the real pipeline and one real build of the bundled sample corpus."""
from __future__ import annotations

import os

import pytest

# `-n auto` (the README's test command, pytest-xdist): one worker per CPU this process may use,
# at most four. Every worker loads the pipeline, builds the sample and starts its own servers
# (free ports), so more workers than that cost memory without saving time.
MAX_TEST_WORKERS = 4


def pytest_xdist_auto_num_workers(config):
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(usable, MAX_TEST_WORKERS))


@pytest.fixture(scope="session")
def nlp():
    """kg's spaCy pipeline assembled from config.cfg (sourced en_core_web_sm parser)."""
    from kg.extract import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """(graph, report, out_dir) of `kg build` on the bundled 247-paper sample, built once."""
    from kg.build import build

    out_dir = tmp_path_factory.mktemp("sample-build")
    graph, report = build(out_dir=out_dir)
    return graph, report, out_dir


# Graph-store fixtures (a real FalkorDB per session, the sample graph loaded once); see that module.
from fixtures_falkordb import falkordb, falkordb_server, sample_store  # noqa: E402,F401
# Papers with venues, Anthology ids and DOIs (the sample has none), and their FalkorDB graph.
from fixtures_venues import venue_build, venue_endpoint, venue_store  # noqa: E402,F401
