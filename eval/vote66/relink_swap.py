"""relink_swap.py BUILD SUBSET_BUILD OUT: a build's extraction records with those of SUBSET_BUILD's papers put in their
place, linked with this PYTHONPATH's kg (the whole draw at the branch, where only the subset's extraction changed)."""
import sys, gzip, json
from collections import Counter
from pathlib import Path
from kg.extraction_store import ExtractionStore
from kg.link import link
from kg.parallel import write_sinks
def papers(d):
    for i, line in enumerate(gzip.open(Path(d) / "extractions.jsonl.gz", "rt")):
        if i and not ExtractionStore.is_fill(line):
            yield ExtractionStore.loads(line)
swap = {p.key: p for p in papers(sys.argv[2])}
out = Path(sys.argv[3]); out.mkdir(parents=True, exist_ok=True)
graph, _ = link(swap.get(p.key, p) for p in papers(sys.argv[1]))
write_sinks(graph, out, ["jsonl"])
d = Counter(x.reason for x in graph.dropped)
print(len(swap), "swapped; dropped", sum(d.values()), "paper edges", sum(v for k, v in d.items() if "from Paper" in k))
