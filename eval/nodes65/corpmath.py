"""Corpus census: math spans ($...$) whose normalised text holds a token that is a gazetteer name or alias
(case-sensitive lines by case, others case-blind) and that the raw math wrote with a sub/superscript (Y_i, p_{min})."""
import sys, json, gzip, re, glob, pathlib, random
from collections import Counter
import kg
from kg.normalize import normalize_text
names_cs, names_ci = {}, {}
for f in glob.glob(str(pathlib.Path(kg.__file__).parent / "data" / "gazetteer" / "*.jsonl")):
    for l in open(f):
        e = json.loads(l)
        for x in [e["name"]] + e.get("aliases", []):
            (names_cs if e.get("case_sensitive") else names_ci)[x if e.get("case_sensitive") else x.lower()] = (pathlib.Path(f).stem, e["name"])
MATH = re.compile(r"\$([^$]{1,80})\$")
hits = Counter(); ex = {}
papers = 0
with gzip.open("/work/shared/corpus/arxiv-ml-175k.jsonl.gz", "rt") as fh:
    for line in fh:
        d = json.loads(line)
        text = (d.get("title") or "") + " " + (d.get("abstract") or "")
        if "$" not in text: continue
        found = False
        for m in MATH.finditer(text):
            seg = m.group(1)
            if "_" not in seg and "^" not in seg: continue
            if re.search(r"\\(text|mathrm|textbf|texttt|textsc|mathbf|mathtt|textit|mathsf|mathcal)\b", seg): continue
            norm = normalize_text("$" + seg + "$")
            for tok in re.split(r"[^\w\\+.-]+", norm):
                if len(tok) < 2: continue
                hit = names_cs.get(tok) or names_ci.get(tok.lower())
                if hit:
                    hits[(tok, hit)] += 1; ex.setdefault((tok, hit), (d.get("id"), seg)); found = True
        papers += found
print("papers", papers)
for k, c in hits.most_common(60): print(c, k, ex[k])
