"""Corpus abstracts holding a name that ends in a capital S after a small letter ("CoCoS", "TACoS", "NeuS"), outside
every eval set, span corpus and draw: a random 40 (seed 64), and for each of their names one abstract writing the name
the plural fold would join it to (the stem in other capitals: "TACO" for "TACoS"), so a build of both holds the
collision kg's corpus build meets."""
import gzip, json, random, re, sys, pathlib
from kg.annotations import load_split
excl = set()
for split in ("train", "dev", "test"):
    excl |= {r["id"] for r, _ in load_split(split)}
for p in ["/work/main/eval/proxy-input.jsonl", "/work/main/eval/proxy2-input.jsonl"] + [str(x) for x in pathlib.Path("/tmp").glob("draw6*/input.jsonl")]:
    excl |= {json.loads(l).get("id") for l in open(p)}
pat = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9]*[a-z]S)(?![\w\-])")
with_name, by_word = [], {}
tok = re.compile(r"(?<![\w\-])([A-Za-z][A-Za-z0-9]{2,})(?![\w\-])")
with gzip.open("/work/shared/corpus/arxiv-ml-175k.jsonl.gz", "rt") as fh:
    for line in fh:
        r = json.loads(line)
        if r["id"] in excl: continue
        t = r.get("title", "") + " " + r.get("abstract", "")
        names = set(pat.findall(t))
        if names: with_name.append((line, names))
        for w in set(tok.findall(t)):
            if any(c.isupper() for c in w): by_word.setdefault(w.lower(), []).append((w, line))
rng = random.Random(64)
pick = rng.sample(with_name, 40)
out, partners = [l for l, _ in pick], []
for _, names in pick:
    for nm in sorted(names):
        cands = [(w, l) for w, l in by_word.get(nm[:-1].lower(), []) if w != nm]
        if cands:
            w, l = rng.choice(cands); partners.append((nm, w)); out.append(l)
open(sys.argv[1], "w").writelines(dict.fromkeys(out))
print(len(with_name), len(pick), partners, file=sys.stderr)
