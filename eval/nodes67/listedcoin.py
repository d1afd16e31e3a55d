"""nodes67 (b1): papers that PROPOSE a listed name (a gazetteer mention's name somewhere in the build, or a node
with a pwc_id) bare (the paper gives it no long form), on a node other papers touch too. Prints one block per
(node, proposing paper) for reading: the proposer's title and proposing sentence, and up to 4 other papers' uses.
Usage: PYTHONPATH=. python eval/nodes67/listedcoin.py BUILD_DIR [--coined] > out.txt
(--coined: only names of kg.link.coined_shape, one word with a capital)"""
import collections, gzip, json, sys
from kg.names import fold_name

build = sys.argv[1]
f = gzip.open(f"{build}/extractions.jsonl.gz", "rt", encoding="utf-8")
hdr = json.loads(f.readline())
MF, RF = hdr["fields"]["mention"], hdr["fields"]["record"]
listed, defined, titles = set(), collections.defaultdict(set), {}
for line in f:
    if line.startswith('{"format"'):
        continue
    d = json.loads(line)
    if "fill" in d:
        continue
    rec = dict(zip(RF, d["record"])) if isinstance(d["record"], list) else d["record"]
    titles[d["key"]] = rec.get("title", "")
    for m in d["mentions"]:
        m = dict(zip(MF, m))
        if m["rule"] == "gazetteer":
            listed.update(fold_name(n) for n in (m["text"], m["canonical"]) if n)
        elif m["long_form"]:
            defined[d["key"]].add(fold_name(m["text"]))
nodes = {}
for line in open(f"{build}/nodes.jsonl"):
    n = json.loads(line)
    nodes[n["key"]] = n
papers = collections.defaultdict(dict)  # node -> paper -> (type, rule, sentence)
props = []
for line in open(f"{build}/edges.jsonl"):
    e = json.loads(line)
    for end in (e["source"], e["target"]):
        if end in nodes and nodes[end]["label"] not in ("Paper", "Result"):
            for ev in e["evidence"]:
                papers[end].setdefault(ev["paper"], (e["type"], ev.get("rule"), ev.get("sentence", "")))
    if e["type"] == "PROPOSES" and e["source"].startswith(("arXiv:", "paper:", "doi:")) or (e["type"] == "PROPOSES" and e["source"] not in nodes):
        for ev in e["evidence"]:
            props.append((e["target"], ev["paper"], ev.get("rule"), ev.get("sentence", "")))
seen = set()
rows = []
for key, paper, rule, sent in props:
    n = nodes.get(key)
    if not n or (key, paper) in seen or len(papers[key]) < 2:
        continue
    seen.add((key, paper))
    folds = {fold_name(s) for s in [n["name"], *n["aliases"]]}
    is_listed = bool(n.get("pwc_id")) or bool(folds & listed)
    if not is_listed or folds & defined[paper]:
        continue
    if "--coined" in sys.argv and not (" " not in n["name"].strip() and n["name"] != n["name"].lower()):
        continue  # kg.link.coined_shape: one word with a capital
    rows.append((key, paper, rule, sent))
print(f"# {len(rows)} (node, proposer) pairs: a listed name proposed bare, node touched by 2+ papers")
for i, (key, paper, rule, sent) in enumerate(sorted(rows), 1):
    n = nodes[key]
    print(f"\n=== {i}\t{key}\t{n['name']}\tpwc={n.get('pwc_id','')}\tpapers={len(papers[key])}\tproposer={paper}\t{rule}")
    print(f"  T: {titles.get(paper,'')[:150]}")
    print(f"  S: {sent[:250]}")
    for p, (t, r, s) in list(sorted(papers[key].items()))[:5]:
        if p != paper:
            print(f"  - {p} {t}/{r}: {titles.get(p,'')[:70]} | {s[:160]}")
