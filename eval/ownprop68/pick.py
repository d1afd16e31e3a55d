"""5,000 corpus abstracts, random.Random(68); none of the span corpus (train/dev/test, batches), proxies,
sample (dev titles, hf-papers-opt), draws 61-68."""
import glob, gzip, json, random, re
W = "/work/wt-ownprop"
def norm(t): return re.sub(r"[^a-z0-9]+", " ", t.lower()).strip()
ids, titles = set(), set()
files = [f"{W}/eval/spans/{s}-input.jsonl" for s in ("dev", "test")] + ["/tmp/sets/train-input.jsonl",
         f"{W}/eval/proxy-input.jsonl", f"{W}/eval/proxy2-input.jsonl"] + glob.glob(f"{W}/eval/spans/batches/*.jsonl") + \
        [f"/tmp/draw{d}/input.jsonl" for d in range(61, 69)]
for f in files:
    for l in open(f):
        r = json.loads(l); ids.add(r.get("id")); titles.add(norm(r.get("title", "")))
for l in open(f"{W}/eval/dev.jsonl"):
    titles.add(norm(json.loads(l).get("title", "")))
for t in open("/work/shared/corpus/hf-papers-opt.txt").read().splitlines():
    titles.add(norm(t))
pool = []
with gzip.open("/work/shared/corpus/arxiv-ml-175k.jsonl.gz", "rt") as fh:
    for l in fh:
        r = json.loads(l)
        if r["id"] in ids or norm(r.get("title", "")) in titles:
            continue
        pool.append(r)
pool.sort(key=lambda r: r["id"])
with open("/tmp/ownprop68/corpus5k.jsonl", "w") as out:
    for r in random.Random(68).sample(pool, 5000):
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(pool), len(ids), len(titles))
