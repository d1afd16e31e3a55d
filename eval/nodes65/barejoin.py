"""Nodes where one paper spells a short form out (a long form, no listed canonical) and another paper writes the same
short form bare (no long form, no canonical, not the gazetteer): homonym61's B census, for reading."""
import sys, json
from collections import defaultdict
from kg.extraction_store import ExtractionStore
from kg.names import fold_name
from kg.link import SHORT_FORM
import importlib.util
spec = importlib.util.spec_from_file_location("s", __import__("pathlib").Path(__file__).resolve().parent.parent / "nodes52" / "sample.py")
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
texts, found, mentions = mod.load(sys.argv[1])
node_of = {}
for k, ms in mentions.items():
    for m in ms: node_of[(m[0], m[1])] = k
defs = defaultdict(dict); bare = defaultdict(dict)
for p in ExtractionStore(sys.argv[1] + "/extractions.jsonl.gz").read():
    for m in p.mentions:
        k = node_of.get((p.key, m.text))
        if not k: continue
        if m.long_form and m.rule != "gazetteer" and fold_name(m.long_form) != fold_name(m.canonical or m.text):
            defs[k][p.key] = m.long_form
            continue
        if not SHORT_FORM.match(m.text): continue
        elif not m.long_form and not m.canonical and m.rule != "gazetteer":
            bare[k].setdefault(p.key, (m.text, m.rule, m.sentence))
n = 0
for k in sorted(defs):
    users = {pk: v for pk, v in bare[k].items() if pk not in defs[k]}
    if not users: continue
    n += 1
    print("==", k, "| defined:", "; ".join(f"{pk} {lf!r}" for pk, lf in defs[k].items()))
    for pk, (t, r, s) in users.items():
        sent = texts[pk][1] if True else ""
        print("    bare", pk, repr(t), r)
print(n, file=sys.stderr)
