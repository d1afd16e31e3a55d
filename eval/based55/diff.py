"""Per-paper node diff of two builds; on span train each changed node checked against gold texts."""
import json, sys, collections
a, b = sys.argv[1], sys.argv[2]
gold = None
if len(sys.argv) > 3:
    gold = {}
    for l in open(sys.argv[3]):
        g = json.loads(l)
        gold[g["id"]] = {x.lower() for e in g["entities"] for x in [e["name"]] + e.get("aliases", [])}
def load(build):
    names = {}
    for l in open(build + "/nodes.jsonl"):
        n = json.loads(l); names[n["key"]] = n
    per = collections.defaultdict(set)
    for l in open(build + "/edges.jsonl"):
        e = json.loads(l)
        if e["source"].split(":")[0] in ("arXiv", "title") and not e["target"].startswith("Result:"):
            n = names[e["target"]]; per[e["source"].split(":", 1)[1]].add((n["label"], n["name"]))
    return per
A, B = load(a), load(b)
c = collections.Counter()
for pid in sorted(set(A) | set(B)):
    rm, add = A[pid] - B[pid], B[pid] - A[pid]
    # a node kept under another label / spelling is a retype, shown as both
    for tag, s in (("-", rm), ("+", add)):
        for lab, nm in sorted(s):
            g = "" if gold is None else ("GOLD" if nm.lower() in gold.get(pid, ()) else "no")
            c[(tag, g)] += 1
            print(tag, pid, lab, nm, g, sep="\t")
print(c, file=sys.stderr)
