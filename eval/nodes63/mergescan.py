"""Merge candidates: entity nodes whose names hold two long forms that are not one spelling, or two short forms."""
import json, re, sys
from kg.link import SHORT_FORM
build = sys.argv[1]
def fold(s):
    s = s.lower().replace("-", "").replace(" ", "").replace("_", "")
    return s[:-1] if s.endswith("s") else s
out = []
for l in open(build + "/nodes.jsonl"):
    n = json.loads(l)
    if n["label"] in ("Paper", "Result"): continue
    names = [n["name"]] + list(n.get("aliases") or [])
    shorts = {fold(x) for x in names if SHORT_FORM.match(x)}
    longs = {fold(x) for x in names if not SHORT_FORM.match(x)}
    if len(shorts) >= 2 or len(longs) >= 2:
        out.append((n["key"], names))
for k, names in sorted(out):
    print(k, "|", " ; ".join(names))
print(len(out), file=sys.stderr)
