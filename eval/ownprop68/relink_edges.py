"""Link a build's stored extraction records with the code on PYTHONPATH and write only its Paper edges, compactly
(paper, type, target, rule, sentence) to OUT.tsv.gz (the disk was full: no whole sink)."""
import gzip, sys
from kg.extraction_store import ExtractionStore
from kg.link import link
d, out = sys.argv[1], sys.argv[2]
def papers():
    with gzip.open(f"{d}/extractions.jsonl.gz", "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            if not ExtractionStore.is_fill(line):
                yield ExtractionStore.loads(line)
graph, _ = link(papers())
with gzip.open(out, "wt", encoding="utf-8") as fh:
    for e in graph.iter_edges():
        if e.source.startswith("arXiv:") or e.source.startswith("Paper:"):
            for ev in e.evidence:
                fh.write("\t".join([e.source, e.type, e.target, ev.rule, ev.sentence.replace("\t", " ").replace("\n", " ")]) + "\n")
