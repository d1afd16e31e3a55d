"""Mentions whose text is (or holds as a word) what a LaTeX math span of the raw abstract normalises to:
"$Y_i$" read "Yi", "$\\lambda_G$" "lambdaG". Usage: mathscan.py INPUT.jsonl BUILD"""
import sys, json, re
from kg.normalize import normalize_text
from kg.extraction_store import ExtractionStore
raw = {}
for l in open(sys.argv[1]):
    d = json.loads(l)
    raw[d["id"]] = (d.get("title") or "") + " \n " + (d.get("abstract") or "")
MATH = re.compile(r"\$([^$]{1,80})\$")
n = 0
for p in ExtractionStore(sys.argv[2] + "/extractions.jsonl.gz").read():
    pid = p.key.split(":", 1)[-1]
    text = raw.get(pid) or raw.get(p.key)
    if not text or "$" not in text: continue
    maths = {normalize_text("$" + m.group(1) + "$").strip() for m in MATH.finditer(text)}
    maths = {t for t in maths if re.search(r"[A-Za-z]", t)}
    for m in p.mentions:
        hit = [t for t in maths if t == m.text or m.text in t.split() or any(w == m.text for w in re.split(r"[^\w\\]+", t))]
        if hit:
            n += 1
            print(p.key, repr(m.text), m.label, m.rule, "| math:", hit, sep="\t")
print(n, file=sys.stderr)
