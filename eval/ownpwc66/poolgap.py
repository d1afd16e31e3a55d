import gzip, json, re, sys, difflib
sys.path.insert(0, "/tmp/ownpwc66"); sys.path.insert(0, "/work/wt-ownpwc")
from pwcmeta import meta
from kg.names import fold_name
M = meta()
cat = {}
for l in open("/work/wt-ownpwc/kg/data/pwc/catalogue.jsonl"):
    r = json.loads(l)
    if r["type"] in ("Method", "Dataset"):
        for n in r["names"] + r.get("exact", []):
            cat.setdefault(fold_name(n), set()).add(r["pwc_id"])
def norm(t): return re.sub(r"[^a-z0-9]+", " ", (t or "").lower()).strip()
HEAD = re.compile(r"^(.{1,80}?)\s*(?::|\s[-–—]{1,2}\s)")
with gzip.open("/work/shared/corpus/arxiv-ml-175k.jsonl.gz", "rt") as fh:
    for l in fh:
        r = json.loads(l)
        h = HEAD.match(r["title"])
        if not h or len(h.group(1).split()) > 4: continue
        ids = cat.get(fold_name(h.group(1)))
        if not ids or len(ids) != 1: continue
        pid = next(iter(ids)); m = M.get(pid, {})
        ty = m.get("year"); py = r.get("year")
        if ty and py and py - ty == int(sys.argv[1]) and norm(m.get("title")) != norm(r["title"]):
            print(pid, r["title"][:80], (m.get("title") or "")[:80], sep="\t")
