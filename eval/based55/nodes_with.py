"""kg nodes (per paper) whose name holds a capitalised X-Participle / X-Based word, against gold."""
import json, re, sys, collections
from kg.annotations import load_split
build = sys.argv[1]
W = re.compile(r"(?:^|(?<=\s))([A-Za-z0-9][\w.+]*(?:-[\w.+]+)*-(?:Based|[A-Z][a-z]+ed))(?=\s|$)")
gold = {r["id"]: {e["text"].lower() for e in a["entities"]} for r, a in load_split("train")}
names = {}
for l in open(build + "/nodes.jsonl"):
    n = json.loads(l); names[n["key"]] = n
per = collections.defaultdict(set)
for l in open(build + "/edges.jsonl"):
    e = json.loads(l)
    if e["source"].startswith("arXiv:") and not e["target"].startswith("Result:"): per[e["source"][6:]].add(e["target"])
c = collections.Counter(); out = []
for pid, keys in per.items():
    if pid not in gold: continue
    g = gold[pid]
    for k in keys:
        n = names[k]; nm = n["name"]
        m = W.search(nm)
        if not m: continue
        pos = "first" if m.start() == 0 else "mid"
        rest = nm[m.end():].strip()
        pre = m.group(1).rsplit("-", 1)[0]
        alln = [nm] + n.get("aliases", [])
        v = "exact" if any(x.lower() in g for x in alln) else "rest" if rest and rest.lower() in g else "pre" if pre.lower() in g else "none"
        c[(n["label"], pos, v)] += 1
        out.append((n["label"], pos, v, pid, nm, sorted(x for x in g if rest.lower() and rest.lower() in x or pre.lower() in x)[:4]))
for k, v in sorted(c.items()): print(k, v)
for o in sorted(out): print(*o, sep=" | ")
