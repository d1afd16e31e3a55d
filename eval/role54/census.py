"""Confusion of the paper's role: gold PAPER-X->e, e found as a node (same type, name match) -> kg's roles."""
import json, sys
from collections import Counter, defaultdict
from kg.evaluate import read_build, _names, _read_jsonl
from pathlib import Path
gold_path, build, out = sys.argv[1:4]
g = read_build(build)
ROLES = ("PROPOSES", "USES", "EVALUATES_ON", "ADDRESSES", "REPORTS_METRIC", "MENTIONS")
cells = Counter(); cases = defaultdict(list)
for row in _read_jsonl(Path(gold_path), "gold"):
    paper = g.paper(row["title"])
    if paper is None: continue
    ents = {e["name"]: (e["type"], _names(e["name"], *e.get("aliases", ()))) for e in row["entities"]}
    edges = g.out_edges[paper]
    for r in row["relations"]:
        if r["head"] != "PAPER" or r["type"] not in ROLES: continue
        t, names = ents.get(r["tail"], (None, _names(r["tail"])))
        hits = [e for e in edges if g.nodes[e["target"]]["label"] == t and g.node_names[e["target"]] & names]
        if not hits:
            cells[(r["type"], "(no node)")] += 1; continue
        built = "+".join(sorted({e["type"] for e in hits}))
        cells[(r["type"], built)] += 1
        if r["type"] not in built.split("+"):
            for e in hits:
                ev = (e.get("evidence") or [{}])[0]
                cases[(r["type"], built)].append({"paper": paper, "id": row.get("id"), "title": row["title"], "gold": r["type"], "entity": r["tail"], "etype": t,
                    "kg": e["type"], "rule": ev.get("rule"), "field": ev.get("field"), "sentence": ev.get("sentence"), "conf": e.get("confidence")})
json.dump({"cells": {f"{a} -> {b}": n for (a, b), n in cells.most_common()}, "cases": {f"{a} -> {b}": v for (a, b), v in cases.items()}}, open(out, "w"), indent=1)
for (a, b), n in sorted(cells.items()):
    print(f"{a:15} {b:30} {n}")
