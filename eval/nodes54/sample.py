"""Samples of session 54's node census (eval/nodes54/README.md): session 52's sampler (eval/nodes52/sample.py) with
seed 54, on the shared draw of session 54.

    python eval/nodes54/sample.py nodes /tmp/draw54/base     # 200 entity nodes, at least 20 of each type
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("nodes52_sample", Path(__file__).parent.parent / "nodes52" / "sample.py")
nodes52 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nodes52)
nodes52.SEED = 54

if __name__ == "__main__":
    {"nodes": nodes52.nodes, "papers": nodes52.papers}[sys.argv[1]](*sys.argv[2:])
