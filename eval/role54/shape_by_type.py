"""Every built Paper-ROLE edge (argv 5: ADDRESSES, USES, …): gold role of its node, and the words after each mention of the name."""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
from kg.evaluate import read_build, _names, _read_jsonl
gold_path, inp, build = sys.argv[1:4]; ETYPE = sys.argv[5]
g = read_build(build)
recs = {r["title"]: r for r in _read_jsonl(Path(inp), "in")}
SYS = r"(?:models?|systems?|modules?|baselines?|frameworks?|pipelines?|tools?|toolkits?|engines?|components?|architectures?|networks?|methods?|approach(?:es)?|algorithms?|techniques?|classifiers?|encoders?|decoders?)\b"
rows = []
for row in _read_jsonl(Path(gold_path), "gold"):
    paper = g.paper(row["title"])
    if paper is None: continue
    ents = {e["name"]: (e["type"], _names(e["name"], *e.get("aliases", ()))) for e in row["entities"]}
    roles = defaultdict(set)
    for r in row["relations"]:
        if r["head"] == "PAPER":
            t, n = ents.get(r["tail"], (None, _names(r["tail"])))
            roles[(t, n)].add(r["type"])
    rec = recs[row["title"]]
    text = rec["title"] + " \n " + rec["abstract"]
    for e in g.out_edges[paper]:
        if e["type"] != ETYPE: continue
        node = g.nodes[e["target"]]
        got = set()
        for (t, n), rs in roles.items():
            if t == node["label"] and n & g.node_names[e["target"]]: got |= rs
        gold = "+".join(sorted(got)) or "(not gold)"
        names = [node["name"], *node.get("aliases", ())]
        ev = e["evidence"][0]
        surf = text  # mentions: every occurrence of any name, case-insensitive
        occ = []
        for nm in names:
            for m in re.finditer(r"(?<![\w-])" + re.escape(nm) + r"(?![\w-])", surf, re.I):
                occ.append((m.start(), m.end(), m.start() < len(rec["title"])))
        after = [surf[b:b+40] for a, b, _ in occ]
        before = [surf[max(0,a-40):a] for a, b, _ in occ]
        rows.append({"id": row["id"], "name": node["name"], "gold": gold, "rule": ev.get("rule"), "conf": e["confidence"], "n": len(occ),
                     "in_title": any(t for *_, t in occ), "after": after, "before": before, "sentence": ev.get("sentence")})
json.dump(rows, open(sys.argv[4], "w"), indent=0)
print(len(rows), Counter(r["gold"] for r in rows).most_common())
