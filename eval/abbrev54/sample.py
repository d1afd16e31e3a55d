"""Sample 100 nodes of a build that the abbreviation rule made (seed 541, stratified by type).

python eval/abbrev54/sample.py BUILD_DIR INPUT.jsonl OUT.tsv  -- readings are by hand, not gold."""
import gzip, json, random, sys, collections

build, out = sys.argv[1], sys.argv[3]
nodes = {}
for line in open(f"{build}/nodes.jsonl"):
    d = json.loads(line)
    if d["label"] in ("Paper", "Result"):
        continue
    for name in [d["name"], *d.get("aliases", [])]:
        nodes.setdefault((d["label"], name.lower()), d["key"])
made = collections.defaultdict(list)  # node key -> [(paper, text, long form, sentence)]
lines = gzip.open(f"{build}/extractions.jsonl.gz", "rt")
next(lines)
for line in lines:
    d = json.loads(line)
    rec = d["record"]
    text = {"title": rec["title"], "abstract": rec["abstract"]}
    for m in d["mentions"]:
        if m[6] != "abbreviation":
            continue
        key = None
        for name in (m[8], m[0], m[11]):
            if name and (m[1], name.lower()) in nodes:
                key = nodes[(m[1], name.lower())]
                break
        if key is None:
            continue
        body = text[m[2]]
        made[key].append((d["key"], m[0], m[11], body[max(0, m[3] - 120): m[4] + 80].replace("\n", " ").replace("\t", " ")))
by_type = collections.defaultdict(list)
for key in sorted(made):
    by_type[key.split(":")[0]].append(key)
rng = random.Random(541)
total = sum(len(v) for v in by_type.values())
picked = []
for label, keys in sorted(by_type.items()):
    k = max(3, round(100 * len(keys) / total))
    picked += rng.sample(keys, min(k, len(keys)))
print({k: len(v) for k, v in by_type.items()}, len(picked), file=sys.stderr)
with open(out, "w") as f:
    f.write("key\tpapers\tshort\tlong_form\tcontext\tverdict\tnote\n")
    for key in picked:
        rows = made[key]
        p, t, lf, ctx = rows[0]
        f.write(f"{key}\t{len({r[0] for r in rows})}\t{t}\t{lf}\t{ctx}\t\t\n")
