"""Title mentions right after a capitalised hyphenated word ("Causally-Guided Adversarial Steering" read as
"Adversarial Steering"): does the gold hold the longer name, the shorter, both or neither?"""
import re, sys, gzip, json, collections
from kg.annotations import load_split
split, build = sys.argv[1], sys.argv[2]
gold = {r["id"]: {e["text"].lower() for e in g["entities"]} for r, g in load_split(split)} if split != "-" else {}
HY = re.compile(r"([A-Z][A-Za-z]*-[A-Za-z][A-Za-z\-]*) $")
tally = collections.Counter()
with gzip.open(build + "/extractions.jsonl.gz", "rt") as fh:
    next(fh)
    for line in fh:
        p = json.loads(line)
        pid = p["key"].replace("arXiv:", "")
        g = gold.get(pid, gold.get(p["key"]))
        if g is None and split != "-": continue
        title = p["record"]["title"]
        for text, label, field, start, end, *_rest in p["mentions"]:
            rule = _rest[1]
            if field != "title": continue
            mm = HY.search(title[:start])
            if not mm: continue
            longer = (mm.group(1) + " " + text).lower()
            v = "?" if g is None else (("long" if longer in g else "") + ("short" if text.lower() in g else "")) or "none"
            tally[v, rule] += 1
            if len(sys.argv) > 3: print(v, rule, label, "|", mm.group(1), "|", text, "|", title)
for k, v in sorted(tally.items()): print(k, v)
