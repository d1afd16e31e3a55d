"""Relink a build's stored extraction records with this kg's linker (the store's header is not
checked: the records are base's, only linking differs) and compare pwc_ids with the build's nodes."""
import gzip, json, sys
from kg.extraction_store import ExtractionStore
from kg.link import link
d = sys.argv[1]
def papers():
    with gzip.open(f"{d}/extractions.jsonl.gz", "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            if not ExtractionStore.is_fill(line):
                yield ExtractionStore.loads(line)
graph, _ = link(papers())
base = {json.loads(l)["key"]: json.loads(l) for l in open(f"{d}/nodes.jsonl")}
new = {k: n for k, n in graph.nodes.items()}
print("key diff", len(set(base) ^ set(new)), file=sys.stderr)
labels = ("Model", "Method", "Dataset", "Benchmark", "Task")
b = sum(1 for n in base.values() if n.get("pwc_id") and n["label"] in labels)
a = sum(1 for n in new.values() if n.properties.get("pwc_id") and n.label in labels)
tot = sum(1 for n in base.values() if n["label"] in labels)
print(f"nodes {tot}; with pwc_id base {b} ({b/tot:.4f}) branch {a} ({a/tot:.4f})", file=sys.stderr)
for k in sorted(set(base) & set(new)):
    x, y = base[k].get("pwc_id"), new[k].properties.get("pwc_id")
    if x != y:
        print(k, base[k]["name"], x, y, sep="\t")
