import gzip, json, collections, sys
from kg.names import fold_name
f = gzip.open(sys.argv[1], "rt"); hdr = json.loads(f.readline()); MF = hdr["fields"]["mention"]
V = {"Model","Method","Dataset","Benchmark","Task","Metric"}
sp = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
papers = collections.defaultdict(lambda: collections.defaultdict(set))
for line in f:
    if line.startswith('{"format"'): continue
    d = json.loads(line)
    if "fill" in d: continue
    for m in d["mentions"]:
        m = dict(zip(MF, m))
        if m["label"] not in V: continue
        name = fold_name(m["long_form"] or m["canonical"] or m["text"])
        sp[name][m["label"]][m["text"]] += 1
        papers[name][m["label"]].add(d["key"])
def allcaps(s): return s.isupper() and sum(c.isalpha() for c in s) >= 3
def lower(s): return s == s.lower()
for name, bylab in sp.items():
    if len(bylab) < 2: continue
    labs = list(bylab)
    for a in labs:
        for b in labs:
            if a == b: continue
            A, B = bylab[a], bylab[b]
            if all(allcaps(s) for s in A) and all(lower(s) for s in B) and (papers[name][a] - papers[name][b]):
                print(name, a, dict(A), len(papers[name][a]), "|", b, dict(list(B.items())[:4]), len(papers[name][b]), sep="\t")
