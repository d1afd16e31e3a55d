"""Simulate "own entry": a Paper edge (not PROPOSES) to a node whose PwC entry PwC says this paper introduced
(entry title ~ paper title, pwc._is_entrys_paper) and which the paper does not PROPOSE. With a gold file, print
the gold's roles for the name (folded name / aliases)."""
import json, sys
sys.path.insert(0, "/work/wt-ownprop")
from kg import pwc
from kg.names import fold_name
d = sys.argv[1]; gold = sys.argv[2] if len(sys.argv) > 2 else None
nodes = {json.loads(l)["key"]: json.loads(l) for l in open(f"{d}/nodes.jsonl")}
roles, sent = {}, {}
for l in open(f"{d}/edges.jsonl"):
    e = json.loads(l)
    if nodes.get(e["source"], {}).get("label") == "Paper":
        roles.setdefault((e["source"], e["target"]), set()).add(e["type"])
        sent[(e["source"], e["target"])] = e["evidence"][0]["sentence"]
G = {}
if gold:
    for l in open(gold):
        g = json.loads(l); names = {}
        for en in g["entities"]:
            for n in [en["name"], *en.get("aliases", [])]:
                names[fold_name(n)] = en["name"]
        gr = {}
        for r in g["relations"]:
            if r["head"] == "PAPER": gr.setdefault(r["tail"], set()).add(r["type"])
        G[g["id"]] = (names, gr)
cat = pwc.load_catalogue()
for (p, t), rs in sorted(roles.items()):
    pid = nodes[t].get("pwc_id")
    if not pid or "PROPOSES" in rs: continue
    entry = cat.introduced.get(pid)
    title = nodes[p].get("title") or ""
    if not (entry and entry[1] and pwc._is_entrys_paper({"title": title}, entry[1])): continue
    g = "-"
    if gold:
        names, gr = G.get(p.split(":", 1)[1], ({}, {}))
        hit = [names[f] for f in {fold_name(x) for x in [nodes[t]["name"], *nodes[t].get("aliases", [])]} if f in names]
        g = ",".join(sorted(set().union(*[gr.get(h, {"none"}) for h in hit]))) if hit else "no-entity"
    print(p, t, pid, ",".join(sorted(rs)), g, title[:80], sent[(p, t)][:160], sep="\t")
