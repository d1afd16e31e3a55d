"""relink.py BUILD OUT: link a build's extraction records again with this PYTHONPATH's kg; write nodes/edges jsonl + dropped counts."""
import sys, gzip, json
from collections import Counter
from pathlib import Path
from kg.extraction_store import ExtractionStore
from kg.link import link
from kg.parallel import write_sinks
src, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
def papers():
    for i, line in enumerate(gzip.open(src / "extractions.jsonl.gz", "rt")):
        if i and not ExtractionStore.is_fill(line):
            yield ExtractionStore.loads(line)
graph, _ = link(papers())
write_sinks(graph, out, ["jsonl"])
d = Counter(x.reason for x in graph.dropped)
json.dump({"dropped_edges": d}, open(out / "dropped.json", "w"))
print(dict(d))
