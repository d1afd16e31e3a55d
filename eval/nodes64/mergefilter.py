"""nodes63's mergescan candidates less those whose every extra name is a listed name of the gazetteer (any line).

    PYTHONPATH=. python eval/nodes64/mergefilter.py /tmp/draw64/base
"""
import json, re, sys, glob, pathlib
import kg
from kg.link import SHORT_FORM
def fold(s):
    s = s.lower().replace("-", "").replace(" ", "").replace("_", "").replace("'", "")
    return s[:-1] if s.endswith("s") else s
listed = {}
for f in glob.glob(str(pathlib.Path(kg.__file__).parent / "data" / "gazetteer" / "*.jsonl")):
    for l in open(f):
        e = json.loads(l)
        names = [e["name"]] + e.get("aliases", [])
        for x in names:
            listed.setdefault(fold(x), set()).add(e["name"])
out = []
for l in open(sys.argv[1] + "/nodes.jsonl"):
    n = json.loads(l)
    if n["label"] in ("Paper", "Result"): continue
    names = [n["name"]] + list(n.get("aliases") or [])
    shorts = {fold(x) for x in names if SHORT_FORM.match(x)}
    longs = {fold(x) for x in names if not SHORT_FORM.match(x)}
    if not (len(shorts) >= 2 or len(longs) >= 2): continue
    lines = set().union(*[listed.get(fold(x), set()) for x in names])
    unl = sorted({x for x in names if fold(x) not in listed})
    # all names listed on one line -> skip
    if not unl and len(lines) <= 1: continue
    print(n["key"], "|", " ; ".join(names), "|| unlisted:", " ; ".join(unl), "| lines:", len(lines))
