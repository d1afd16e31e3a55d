"""Apply the candidate rule to a build: a node with a pwc_id whose every paper PROPOSES it, each such
paper's title opening with one of the node's spellings before ':' / ' - ', the title not the entry's
paper's title, and the paper dated a year or more after the entry (an undated entry keeps its id)."""
import json, sys, re, collections
sys.path.insert(0, "/tmp/ownpwc66"); sys.path.insert(0, "/work/wt-ownpwc")
from pwcmeta import meta
from kg.names import fold_name
M = meta()
d, inp, tag = sys.argv[1], sys.argv[2], sys.argv[3]
recs = {}
for l in open(inp):
    r = json.loads(l); recs["arXiv:" + r["id"]] = r
nodes = {json.loads(l)["key"]: json.loads(l) for l in open(f"{d}/nodes.jsonl")}
props = collections.defaultdict(set); ment = collections.defaultdict(set)
for l in open(f"{d}/edges.jsonl"):
    e = json.loads(l)
    if nodes[e["source"]]["label"] == "Paper":
        ment[e["target"]].add(e["source"])
        if e["type"] == "PROPOSES": props[e["target"]].add(e["source"])
def norm(t): return re.sub(r"[^a-z0-9]+", " ", (t or "").lower()).strip()
HEAD = re.compile(r"^(.{1,80}?)\s*(?::|\s[-–—]{1,2}\s)")
for k, ps in sorted(props.items()):
    n = nodes[k]
    if not n.get("pwc_id"): continue
    m = M.get(n["pwc_id"], {})
    spell = {fold_name(s) for s in [n["name"], *n.get("aliases", [])]}
    for p in sorted(ps):
        r = recs.get(p, {})
        py = r.get("year")
        ty = m.get("year")
        h = HEAD.match(r.get("title", ""))
        opens = bool(h and fold_name(h.group(1)) in spell)
        same = norm(m.get("title")) == norm(r.get("title"))
        later = ty is not None and py is not None and py > ty
        single = ment[k] == ps
        fire = opens and not same and later and single
        why = "FIRE" if fire else ",".join(x for x, ok in [("notopen", opens), ("same", not same), ("notlater", later), ("shared", single)] if not ok)
        print("\t".join(map(str, [tag, p, k, n["name"], n["pwc_id"], len(ment[k]), py, ty, why, r.get("title"), m.get("title")])))
