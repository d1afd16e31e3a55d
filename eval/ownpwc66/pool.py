"""The pick.py pool (corpus titles "Name: …" folding to one PwC method/dataset entry), split by the rule's
title/date part: later than the entry (or entry undated) with another title. Prints counts and a random 40."""
import gzip, json, random, re, sys, collections
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
excl = {json.loads(l)["id"] for f in ["/tmp/ownpwc66/corp66.jsonl", "/tmp/nodes65/corp_own.jsonl"] for l in open(f)}
def norm(t): return re.sub(r"[^a-z0-9]+", " ", (t or "").lower()).strip()
HEAD = re.compile(r"^(.{1,80}?)\s*(?::|\s[-–—]{1,2}\s)")
rows = []; c = collections.Counter()
with gzip.open("/work/shared/corpus/arxiv-ml-175k.jsonl.gz", "rt") as fh:
    for l in fh:
        r = json.loads(l)
        h = HEAD.match(r["title"])
        if not h or len(h.group(1).split()) > 4: continue
        ids = cat.get(fold_name(h.group(1)))
        if not ids or len(ids) != 1: continue
        pid = next(iter(ids)); m = M.get(pid, {})
        same = norm(m.get("title")) == norm(r["title"]); ty = m.get("year"); py = r.get("year")
        later = ty is None or (py and py > ty)
        cls = "same" if same else ("later" if later else "notlater")
        c[cls] += 1
        if cls == "later" and r["id"] not in excl:
            rows.append((r["id"], pid, py, ty, r["title"], m.get("title")))
print(c, file=sys.stderr)
rows.sort()
for x in random.Random(6601).sample(rows, 40):
    print("\t".join(map(str, x)))
