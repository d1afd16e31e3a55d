"""A paper that PROPOSES one size variant / the family and USES the family or a sibling variant (same VARIANT_OF family)."""
import json, sys
from collections import defaultdict
d = sys.argv[1]
nodes = {json.loads(l)["key"]: json.loads(l) for l in open(f"{d}/nodes.jsonl")}
fam = defaultdict(set); roles = defaultdict(set); sent = {}
for l in open(f"{d}/edges.jsonl"):
    e = json.loads(l)
    if e["type"] == "VARIANT_OF": fam[e["target"]].add(e["source"])
    if nodes.get(e["source"], {}).get("label") == "Paper":
        roles[(e["source"], e["target"])].add(e["type"]); sent[(e["source"], e["target"], e["type"])] = e["evidence"][0]
papers = defaultdict(set)
for (p, t) in roles: papers[p].add(t)
for f, vs in fam.items():
    group = vs | {f}
    for p, ts in papers.items():
        g = group & ts
        if len(g) < 2: continue
        prop = {t for t in g if "PROPOSES" in roles[(p, t)]}
        used = {t for t in g if "USES" in roles[(p, t)]}
        if prop and used:
            print(p, f, "P:" + ",".join(sorted(prop)), "U:" + ",".join(sorted(used)), (nodes[p].get("title") or "")[:80], sep="\t")
