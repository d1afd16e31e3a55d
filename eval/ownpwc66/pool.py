"""Corpus titles "Name: …" folding to one PwC method/dataset entry, split by the rule's title/date part:
later than the entry (or entry undated) with another title. Prints counts and a random 40."""
import json, random, sys, collections
sys.path.insert(0, "/tmp/ownpwc66"); sys.path.insert(0, "/work/wt-ownpwc")
from pwcmeta import headed_titles, norm
excl = {json.loads(l)["id"] for f in ["/tmp/ownpwc66/corp66.jsonl", "/tmp/nodes65/corp_own.jsonl"] for l in open(f)}
rows = []; c = collections.Counter()
for r, pid, m in headed_titles():
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
