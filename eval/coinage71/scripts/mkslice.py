"""Slice of unseen corpus abstracts that define, in a sentence with a proposing cue, a bracketed short form
the catalogue (Method/Dataset entry with spelled-out names) or the gazetteer lists. Exclusions as draw71's
make.py (ids any eval/ file names, eval titles, hf titles, draw70) plus draw71 and coinage70's slice ids."""
import gzip, json, random, re, glob, os, sys
from kg import pwc
from kg.names import fold_name
ROOT = "/work/main"
excl = set()
for f in glob.glob(f"{ROOT}/eval/**/*", recursive=True):
    if os.path.isfile(f) and os.path.getsize(f) < 50_000_000:
        try: txt = open(f, encoding="utf-8", errors="ignore").read()
        except Exception: continue
        excl.update(re.findall(r"\b(\d{4}\.\d{4,5})(?:v\d+)?\b", txt))
        excl.update(re.findall(r"\b([a-z\-]+(?:\.[A-Z]{2})?/\d{7})\b", txt))
titles = set()
for f in glob.glob(f"{ROOT}/eval/**/*.jsonl", recursive=True):
    for line in open(f, encoding="utf-8", errors="ignore"):
        try: titles.add(json.loads(line).get("title", "").strip().lower())
        except Exception: pass
for line in open(f"{ROOT}/kg/data/corpus/hf-papers-opt.txt", encoding="utf-8"):
    titles.add(line.strip().lower())
for p in ("/tmp/draw70/input.jsonl", "/tmp/draw71/input.jsonl"):
    for line in open(p): excl.add(json.loads(line)["id"])
cat = pwc.load_catalogue()
shorts = set()
for (t, f), pid in cat.folded.items():
    if t in ("Method", "Dataset") and cat.longs.get(pid) and "-" not in f and len(f) <= 10:
        shorts.add(f)
for g in glob.glob(f"{ROOT}/kg/data/gazetteer/*.jsonl"):
    for line in open(g):
        d = json.loads(line)
        for n in [d["name"], *d.get("aliases", [])]:
            if re.fullmatch(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*", n): shorts.add(fold_name(n))
CUE = re.compile(r"\b(?:we|We|this paper|This paper) (?:propose|introduce|present|develop|design|devise)|\b(?:called|named|dubbed|termed)\b")
BR = re.compile(r"\(([A-Z][A-Za-z0-9\-]{1,9})\)")
pool = []
with gzip.open("/work/shared/corpus/arxiv-ml-175k.jsonl.gz", "rt", encoding="utf-8") as fh:
    for line in fh:
        r = json.loads(line)
        if r["id"] in excl or r["title"].strip().lower() in titles: continue
        for sent in re.split(r"(?<=\.)\s", r["abstract"]):
            if CUE.search(sent) and any(fold_name(m) in shorts for m in BR.findall(sent)):
                pool.append(line); break
print("shorts", len(shorts), "pool", len(pool), file=sys.stderr)
rng = random.Random(7101)
pick = rng.sample(pool, min(3000, len(pool)))
open("/tmp/coinage71/slice/input.jsonl", "w").writelines(pick)
