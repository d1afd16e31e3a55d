"""Shared fixtures: the real pipeline and one real build of the bundled sample corpus."""
from __future__ import annotations

import pytest


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
