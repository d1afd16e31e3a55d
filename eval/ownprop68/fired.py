"""Every public_entry firing in a build: paper, edge type, node key, node name, pwc_id, sentence; plus the
node's aliases and the paper's title/year (from nodes.jsonl)."""
import json, sys
d = sys.argv[1]
nodes = {}
for l in open(f"{d}/nodes.jsonl"):
    n = json.loads(l); nodes[n["key"]] = n
for l in open(f"{d}/edges.jsonl"):
    e = json.loads(l)
    for ev in e["evidence"]:
        if ev["rule"] == "public_entry":
            p, t = nodes.get(ev["paper"], {}), nodes.get(e["target"], {})
            pr, tp = p.get("properties", p), t.get("properties", t)
            print("\t".join(map(str, [ev["paper"], pr.get("year"), e["type"], e["target"], tp.get("pwc_id"),
                  "|".join(tp.get("aliases", []) or [])[:80], pr.get("title", "")[:90], ev["sentence"].replace("\t", " ")])))
