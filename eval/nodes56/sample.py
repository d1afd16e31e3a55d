"""Sample of session 56's node census of the draw (eval/nodes56/README.md): session 55's sampler
(eval/nodes55/sample.py, itself session 52's) with seed 56: 20 entity nodes of each type, then 80 more of the shuffled keys.

    python eval/nodes56/sample.py /tmp/draw56/base     # 200 entity nodes
"""
import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("nodes55_sample", Path(__file__).parent.parent / "nodes55" / "sample.py")
nodes55 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nodes55)
nodes55.nodes52.SEED = 56

if __name__ == "__main__":
    nodes55.nodes52.nodes(sys.argv[1])
