"""Sample of session 56's node census of the draw (eval/nodes56/README.md): session 52's sampler
(eval/nodes52/sample.py) with seed 56, 20 entity nodes of each type, then 80 more of the shuffled keys.

    python eval/nodes56/sample.py /tmp/draw56/base     # 200 entity nodes
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("nodes52_sample", Path(__file__).parent.parent / "nodes52" / "sample.py")
nodes52 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nodes52)
nodes52.SEED, nodes52.QUOTA, nodes52.TOTAL = 56, 20, 200

if __name__ == "__main__":
    nodes52.nodes(sys.argv[1])
