"""Link a build's stored extraction records with the code on PYTHONPATH and write the jsonl sink to OUT
(the change is link-only, so this is the build the branch would make from the same extractions)."""
import gzip, sys, os
from pathlib import Path
from kg.extraction_store import ExtractionStore
from kg.link import link
from kg.sinks import get_sink
d, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
def papers():
    with gzip.open(f"{d}/extractions.jsonl.gz", "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            if not ExtractionStore.is_fill(line):
                yield ExtractionStore.loads(line)
graph, _ = link(papers())
get_sink("jsonl").write(graph, Path(out))
