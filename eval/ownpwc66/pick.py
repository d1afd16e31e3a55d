"""40 corpus papers whose title opens with "Name:" where Name folds to a PwC method or dataset entry
(kg's catalogue names), random.Random(66); none of the span corpus, proxies, sample, draws 61-66, nodes65's 40."""
import gzip, json, random, re, sys
sys.path.insert(0, "/tmp/ownpwc66"); sys.path.insert(0, "/work/wt-ownpwc")
from kg.names import fold_name
from pwcmeta import catalogue_names
cat = catalogue_names()
excl_ids, excl_titles = set(), set()
def norm(t): return re.sub(r"[^a-z0-9]+", " ", t.lower()).strip()
files = ["/work/wt-ownpwc/eval/spans/%s-input.jsonl" % s for s in ("dev", "test")] + ["/tmp/sets/train-input.jsonl",
         "/work/wt-ownpwc/eval/proxy-input.jsonl", "/work/wt-ownpwc/eval/proxy2-input.jsonl", "/tmp/nodes65/corp_own.jsonl"] + \
        ["/tmp/draw%d/input.jsonl" % d for d in range(61, 67)]
for f in files:
    for l in open(f):
        r = json.loads(l); excl_ids.add(r["id"]); excl_titles.add(norm(r.get("title", "")))
for l in open("/work/wt-ownpwc/eval/dev.jsonl"):
    excl_titles.add(norm(json.loads(l).get("title", "")))
for t in open("/work/shared/corpus/hf-papers-opt.txt").read().splitlines():
    excl_titles.add(norm(t))
pool = []
with gzip.open("/work/shared/corpus/arxiv-ml-175k.jsonl.gz", "rt") as fh:
    for l in fh:
        r = json.loads(l)
        m = re.match(r"^([^:]{2,40}):\s", r["title"])
        if not m or r["id"] in excl_ids or norm(r["title"]) in excl_titles:
            continue
        name = m.group(1).strip()
        if len(name.split()) > 4: continue
        f = fold_name(name)
        if f in cat and len(cat[f]) == 1:
            pool.append(r)
pool.sort(key=lambda r: r["id"])
print(len(pool), file=sys.stderr)
for r in random.Random(66).sample(pool, 40):
    print(json.dumps(r, ensure_ascii=False))
