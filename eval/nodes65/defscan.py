"""Nodes spanning 2+ papers where one paper defines a short form (abbreviation reader, not the gazetteer) and the
node is not a gazetteer line: is it one thing across papers?"""
import sys, json, glob, pathlib
from collections import defaultdict
import kg
from kg.extraction_store import ExtractionStore
import importlib.util
spec = importlib.util.spec_from_file_location("s", __import__("pathlib").Path(__file__).resolve().parent.parent / "nodes52" / "sample.py")
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
texts, found, mentions = mod.load(sys.argv[1])
rules = mod.makers(sys.argv[1])
for k, ms in sorted(mentions.items()):
    papers = {m[0] for m in ms}
    if len(papers) < 2 or rules[k].get("gazetteer"): continue
    if found[k].get("pwc_id"): pass
    print("==", k, found[k]["name"], found[k]["aliases"][:6], dict(rules[k]))
    seen=set()
    for m in ms:
        if (m[0], m[1]) in seen: continue
        seen.add((m[0], m[1]))
        print("    ", m[0], "«%s»" % m[1], m[2][:160])
