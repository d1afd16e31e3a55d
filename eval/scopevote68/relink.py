"""scopevote68: link stored extractions with this worktree's code and write nodes/edges (kg eval reads them)."""
import sys, shutil
from pathlib import Path
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "homonym68"))
from stored import read_papers
from kg.link import Linker
from kg.parallel import write_sinks
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
lk = Linker()
for p in read_papers(sys.argv[2:]):
    lk.add(p)
g = lk.build()
write_sinks(g, out, ["jsonl"])
