"""Defined short forms whose long form folds to a gazetteer name/alias with another label."""
import sys, gzip, json
from collections import Counter
from pathlib import Path
import kg.link as L
from kg.extraction_store import ExtractionStore
from kg.extract.gazetteer_names import load_gazetteer
by = {}
for e in load_gazetteer(Path("kg/data/gazetteer")):
    for n in (e.name, *e.aliases):
        by.setdefault(L.fold_name(n), set()).add((e.label, e.name, n, e.case_sensitive))
gold = {}
if len(sys.argv) > 2:
    for line in open(sys.argv[2]):
        r = json.loads(line); m = {}
        for e in r["entities"]:
            for n in [e["name"], *e.get("aliases", [])]:
                m[L.fold_name(n)] = e["type"]
        gold[r["id"]] = m
t = Counter()
for i, line in enumerate(gzip.open(Path(sys.argv[1]) / "extractions.jsonl.gz", "rt")):
    if not i or ExtractionStore.is_fill(line): continue
    p = ExtractionStore.loads(line)
    seen = set()
    for m in p.mentions:
        if not m.long_form or m.label not in L.VOTING_LABELS: continue
        ents = by.get(L.fold_name(m.long_form))
        if not ents: continue
        labs = {e[0] for e in ents}
        same = m.label in labs
        key = (m.long_form, m.label)
        if key in seen: continue
        seen.add(key)
        g = gold.get(p.key.replace("arXiv:", ""), {}).get(L.fold_name(m.long_form), "-") if gold else ""
        t[("same" if same else "diff", m.rule)] += 1
        if not same:
            print(p.key, repr(m.text), repr(m.long_form), m.label, m.rule, "listed:", sorted(ents), "gold:", g)
print(t)
