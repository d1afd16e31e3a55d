"""nodes69: the 150 entity nodes of a build that the most papers touch, plus 50 at random of the rest two or
more papers touch (random.Random(69)), and a reading dossier: per node its name, type, aliases, pwc id, and the
window of each distinct mention spelling (then further papers) the node's edges cite.
Usage: python eval/nodes69/sample.py BUILD_DIR INPUT.jsonl > dossier.txt  (sample list on stderr-free TSV: --tsv)"""
import collections, json, random, sys

ENTITY_LABELS = ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric")


def read_jsonl(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def entity_cites(build):
    """The build's entity nodes by key, and per node and paper the (field, start, end, sentence) its edges cite."""
    nodes = {n["key"]: n for n in read_jsonl(f"{build}/nodes.jsonl") if n["label"] in ENTITY_LABELS}
    cites = collections.defaultdict(lambda: collections.defaultdict(list))
    for e in read_jsonl(f"{build}/edges.jsonl"):
        for side, end in (("head", e["source"]), ("tail", e["target"])):
            for ev in e["evidence"] if end in nodes else ():
                cites[end][ev["paper"]].append((ev.get("field"), ev.get(side + "_start"), ev.get(side + "_end"), ev.get("sentence", "")))
    return nodes, cites


build, inp = sys.argv[1], sys.argv[2]
nodes, cites = entity_cites(build)
papers = {k: set(cites[k]) for k in nodes}
texts = {}
for line in open(inp):
    r = json.loads(line)
    texts["arXiv:" + r["id"]] = {"title": r.get("title", ""), "abstract": r.get("abstract", "")}
multi = sorted((k for k in nodes if len(papers[k]) >= 2), key=lambda k: (-len(papers[k]), k))
top, rest = multi[:150], sorted(multi[150:])
pick = [(k, "top") for k in top] + [(k, "rest") for k in random.Random(69).sample(rest, 50)]
if "--tsv" in sys.argv:
    print("n\tkey\tname\tpapers\tpwc_id\tstratum")
    for i, (k, s) in enumerate(pick, 1):
        print(f"{i}\t{k}\t{nodes[k]['name']}\t{len(papers[k])}\t{nodes[k].get('pwc_id', '')}\t{s}")
    sys.exit()
print(f"# {len(nodes)} entity nodes, {len(multi)} touched by 2+ papers; top 150 + 50 of the other {len(rest)}, seed 69")
for i, (k, s) in enumerate(pick, 1):
    n = nodes[k]
    print(f"\n=== {i} {s}\t{k}\t{n['name']}\tpapers={len(papers[k])}\taliases={n['aliases'][:12]}\tpwc={n.get('pwc_id', '')}")
    seen, shown = set(), 0
    for p in sorted(papers[k], key=lambda p: random.Random(p).random()):
        text = texts.get(p, {})
        for field, a, b, sent in cites[k][p]:
            src = text.get(field or "abstract", "")
            if not (isinstance(a, int) and src and 0 <= a < len(src)):
                continue
            span = src[a:b]
            first = span not in seen
            if not first and shown >= 6:
                continue
            seen.add(span)
            shown += 1
            print(f"  {p[6:]}: " + (src[max(0, a - 80):a] + "[[" + span + "]]" + src[b:b + 50]).replace("\n", " "))
            break
        if shown >= 12:
            break
