"""Census of capitalised hyphen compounds ending in a capitalised participle / -Based word."""
import json, re, sys, collections
import spacy
from kg.extract.tokenizer import create_ml_tokenizer
nlp = spacy.blank("en"); nlp.tokenizer = create_ml_tokenizer(nlp)
TOK = re.compile(r"^([A-Za-z0-9][\w.+]*(?:-[\w.+]+)*)-([A-Z][a-z]+)$")
def ends(w): return w == "Based" or w.endswith("ed")
which = sys.argv[1]
def paper_nodes(build):
    names = {}
    for l in open(build + "/nodes.jsonl"):
        n = json.loads(l); names[n["key"]] = [n["name"]] + n.get("aliases", [])
    per = collections.defaultdict(set)
    for l in open(build + "/edges.jsonl"):
        e = json.loads(l)
        if e["source"].startswith("arXiv:"):
            per[e["source"][6:]].add(e["target"])
    return names, per
rows = []
if which == "train":
    from kg.annotations import load_split
    pairs = [(r, [e["text"] for e in a["entities"]]) for r, a in load_split("train")]
    build = "/tmp/ev55/base/train"
else:
    pairs = [(json.loads(l), None) for l in open("/tmp/draw55/input.jsonl")]
    build = "/tmp/draw55/base"
names, per = paper_nodes(build)
for r, gold in pairs:
    text = r.get("text") or (r["title"] + "\n" + r["abstract"])
    tl = len(r["title"])
    doc = nlp(text)
    pid = r["id"]
    kgn = set()
    for k in per.get(pid, ()):
        for nm in names.get(k, []): kgn.add((k.split(":")[0], nm))
    for t in doc:
        m = TOK.match(t.text)
        if not m or not ends(m.group(2)): continue
        pre, post = m.group(1), m.group(2)
        where = "title" if t.idx < tl else "abs"
        nxt = doc[t.i + 1].text if t.i + 1 < len(doc) else ""
        ctx = text[max(0, t.idx - 40): t.idx + len(t.text) + 40].replace("\n", " ")
        kg_cover = sorted({f"{lab}:{nm}" for lab, nm in kgn if t.text.lower() in nm.lower()})
        kg_pre = sorted({f"{lab}:{nm}" for lab, nm in kgn if nm.lower() == pre.lower() or nm.lower().endswith(" " + pre.lower())})
        row = dict(id=pid, where=where, tok=t.text, pre=pre, post=post, next=nxt, ctx=ctx, kg_cover=kg_cover, kg_pre=kg_pre)
        if gold is not None:
            row["gold_cover"] = sorted({g for g in gold if t.text.lower() in g.lower()})
            row["gold_pre"] = sorted({g for g in gold if g.lower() == pre.lower() or g.lower().endswith(" " + pre.lower()) or g.lower().endswith("-"+pre.lower())} - set(row["gold_cover"]))
            row["gold_touch"] = sorted({g for g in gold if g not in row["gold_cover"] and g not in row["gold_pre"] and (pre.lower() in g.lower())})
        rows.append(row)
with open(f"/tmp/based55/census-{which}.jsonl", "w") as f:
    for row in rows: f.write(json.dumps(row) + "\n")
print(len(rows), len({r['id'] for r in rows}))
