"""nodes67: draw 200 entity nodes of a build, weighted to nodes two or more papers touch, and print
a reading dossier (name, type, aliases, pwc id, and per paper the sentences its edges cite).
Usage: python eval/nodes67/sample.py BUILD_DIR INPUT.jsonl [--seed 67] > dossier.txt"""
import collections, json, random, sys

build, inp = sys.argv[1], sys.argv[2]
seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 67
ENT = {"Model", "Method", "Dataset", "Benchmark", "Task", "Metric"}
nodes = {}
for line in open(f"{build}/nodes.jsonl"):
    n = json.loads(line)
    if n["label"] in ENT:
        nodes[n["key"]] = n
papers = collections.defaultdict(set)
cites = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(f"{build}/edges.jsonl"):
    e = json.loads(line)
    for end, other in ((e["source"], e["target"]), (e["target"], e["source"])):
        if end in nodes:
            for ev in e["evidence"]:
                papers[end].add(ev["paper"])
                side = "head" if end == e["source"] else "tail"
                cites[end][ev["paper"]].append((e["type"], ev.get("rule"), ev.get("field"), ev.get(side + "_start"), ev.get(side + "_end"), ev.get("sentence", "")))
titles, texts = {}, {}
for line in open(inp):
    r = json.loads(line)
    pid = r.get("id") or r.get("arxiv_id")
    titles[pid] = r.get("title", "")
    texts[pid] = {"title": r.get("title", ""), "abstract": r.get("abstract", "")}
multi = sorted(k for k in nodes if len(papers[k]) >= 2)
single = sorted(k for k in nodes if len(papers[k]) == 1)
rng = random.Random(seed)
pick = rng.sample(multi, 150) + rng.sample(single, 50)
print(f"# {len(nodes)} entity nodes, {len(multi)} touched by 2+ papers, {len(single)} by 1; 150 + 50 sampled, seed {seed}")
for i, k in enumerate(pick, 1):
    n = nodes[k]
    print(f"\n=== {i}\t{k}\t{n['name']}\tpapers={len(papers[k])}\taliases={n['aliases']}\tpwc={n.get('pwc_id','')}")
    for p in sorted(papers[k])[:7]:
        seen = set()
        text = texts.get(p.split(":", 1)[-1], {})
        for typ, rule, field, a, b, sent in cites[k][p]:
            src = text.get(field or "abstract", "")
            if isinstance(a, int) and src and a < len(src) and a >= 0:
                win = src[max(0, a - 70):a] + "[[" + src[a:b] + "]]" + src[b:b + 50]
            else:
                win = sent[:160]
            span = src[a:b] if isinstance(a, int) else ""
            if span in seen:
                continue
            seen.add(span)
            print(f"  {p} {typ}/{rule}: " + win.replace("\n", " "))
            if len(seen) >= 2:
                break
