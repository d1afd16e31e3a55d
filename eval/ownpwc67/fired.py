"""In a branch build: nodes the catalogue matches, every naming paper proposes, and spelled_anew refuses
(with --used: nodes some naming paper does not propose that spelled_anew would refuse, the extension counted)."""
import json, sys, collections
from kg.pwc import load_catalogue, spelled_anew
cat = load_catalogue()
used = "--used" in sys.argv
args = [a for a in sys.argv[1:] if a != "--used"]
d = args[0]
recs = {}
if len(args) > 1:
    for l in open(args[1]):
        r = json.loads(l); recs["arXiv:" + r["id"]] = r
nodes = {json.loads(l)["key"]: json.loads(l) for l in open(f"{d}/nodes.jsonl")}
named, prop = collections.defaultdict(set), collections.defaultdict(set)
for l in open(f"{d}/edges.jsonl"):
    e = json.loads(l)
    if nodes[e["source"]]["label"] == "Paper":
        named[e["target"]].add(e["source"])
        if e["type"] == "PROPOSES": prop[e["target"]].add(e["source"])
for k, n in nodes.items():
    sp = [n["name"], *n.get("aliases", [])]
    pid = cat.pwc_id(n["label"], sp)
    if pid and named[k] and (named[k] != prop[k] if used else named[k] == prop[k]) and spelled_anew(cat, n["label"], sp, pid, [nodes[p] for p in named[k]]):
        print(k, "|".join(sp), pid, n.get("pwc_id"), cat.titles[pid], ";".join(sorted(named[k])), sep="\t")
