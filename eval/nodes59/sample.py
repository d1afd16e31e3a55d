"""Sample of session 59's node census of the draw (eval/nodes59/README.md): session 57's proportional sampler
(eval/nodes57/sample.py, itself session 52's with each type's share of 200) with seed 59.

    python eval/nodes59/sample.py /tmp/draw59/base     # 200 entity nodes
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("nodes57_sample", Path(__file__).parent.parent / "nodes57" / "sample.py")
nodes57 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nodes57)
nodes57.SEED = 59

if __name__ == "__main__":
    nodes57.nodes52.nodes(sys.argv[1])
