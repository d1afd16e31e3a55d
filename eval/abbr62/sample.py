"""abbr62 sampler: entity nodes of a build that an abbreviation-rule mention makes, random.Random(62).sample of 80,
nodes62's sample left out; each with aliases, makers and the abbreviation mention sentences."""
import gzip, json, random, sys, csv
from collections import Counter, defaultdict
build = sys.argv[1]
exclude = {r["key"] for r in csv.DictReader(open(sys.argv[2]), delimiter="\t")} if len(sys.argv) > 2 else set()
rules, ment = {}, {}
texts = {}
with gzip.open(f"{build}/extractions.jsonl.gz", "rt") as f:
    next(f)
    for l in f:
        d = json.loads(l)
        texts[d["key"]] = d["record"]
        for m in d["mentions"]:
            rules[(d["key"], m[2], m[3], m[4])] = m
made, seen, sents = defaultdict(Counter), set(), defaultdict(list)
for line in open(f"{build}/edges.jsonl"):
    e = json.loads(line)
    for ev in e["evidence"]:
        spot = (ev["paper"], ev["field"], ev["tail_start"], ev["tail_end"])
        if spot in rules and (e["target"], spot) not in seen:
            seen.add((e["target"], spot))
            m = rules[spot]
            made[e["target"]][m[6]] += 1
            if "abbreviation" in m[6]:
                sents[e["target"]].append((ev["paper"], m[0], m[11], ev["sentence"]))
nodes = {json.loads(l)["key"]: json.loads(l) for l in open(f"{build}/nodes.jsonl")}
TYPES = ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric")
keys = sorted(k for k in made if any("abbreviation" in r for r in made[k]) and k.split(":")[0] in TYPES)
print("population", len(keys), Counter(k.split(":")[0] for k in keys), "excluded", len(set(keys) & exclude), file=sys.stderr)
pool = [k for k in keys if k not in exclude]
for n, k in enumerate(random.Random(62).sample(pool, int(sys.argv[3]) if len(sys.argv) > 3 else 80), 1):
    node = nodes[k]
    print(f"== {n} {k} | name={node['name']!r} | aliases={node['aliases']} | rules={dict(made[k])}")
    done = set()
    for p, text, lf, s in sents[k]:
        if (p, text) in done: continue
        done.add((p, text))
        print(f"   [{p}] «{text}» lf={lf!r}: {s[:400]}")
