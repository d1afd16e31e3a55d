"""Mentions (not the gazetteer's) whose folded name is a case-sensitive gazetteer line's name or alias while the
text is none of the line's spellings: "HeLM" (a paper's model) beside the listed HELM benchmark. The linker folds
case away, so such a mention joins the listed node (and its type)."""
import sys, json, glob, pathlib
import kg
from kg.extraction_store import ExtractionStore
from kg.names import fold_name
lines = {}
for f in glob.glob(str(pathlib.Path(kg.__file__).parent / "data" / "gazetteer" / "*.jsonl")):
    label = pathlib.Path(f).stem
    for l in open(f):
        e = json.loads(l)
        if not e.get("case_sensitive"): continue
        names = [e["name"]] + e.get("aliases", [])
        for x in names:
            lines.setdefault(fold_name(x), []).append((label, e["name"], set(names)))
seen = set()
for p in ExtractionStore(sys.argv[1] + "/extractions.jsonl.gz").read():
    for m in p.mentions:
        if m.rule == "gazetteer": continue
        for t in {m.text, m.canonical or m.text}:
            for label, name, spellings in lines.get(fold_name(t), []):
                if t in spellings: continue
                if (p.key, t) in seen: continue
                seen.add((p.key, t))
                print(p.key, repr(t), m.label, m.rule, "->", label, name, "|", m.sentence if isinstance(m.sentence, str) else "", sep="\t")
