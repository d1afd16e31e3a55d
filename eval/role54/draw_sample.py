"""The draw sample of draw-background-tasks.tsv: single-mention background tasks (task_mention, 0.6) of /tmp/draw54/base."""
import json, random, re
recs = {json.loads(l)["id"]: json.loads(l) for l in open("/tmp/draw54/input.jsonl")}
nodes = {n["key"]: n for n in map(json.loads, open("/tmp/draw54/base/nodes.jsonl"))}
pick = []
for e in map(json.loads, open("/tmp/draw54/base/edges.jsonl")):
    ev = e["evidence"][0]
    if e["type"] == "ADDRESSES" and e["confidence"] == 0.6:
        r = recs.get(ev["paper"].replace("arXiv:", "")) or recs.get(ev["paper"])
        if r:
            nm = nodes[e["target"]]["name"]
            if len(re.findall(r"(?<![\w-])" + re.escape(nm) + r"(?![\w-])", r["title"] + " \n " + r["abstract"], re.I)) == 1:
                pick.append((ev["paper"], nm, ev["sentence"][:250]))
random.seed(54)
print(len(pick))
for x in random.sample(pick, 30):
    print(*x, sep="\t")
