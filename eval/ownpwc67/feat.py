import json, sys, collections
sys.path.insert(0, "/work/wt-ownpwc")
from kg.pwc import load_catalogue, _spelled_out
cat = load_catalogue()
rows=[l.rstrip("\n").split("\t") for l in open("all_rows_v.tsv")]
nodes={}
for t in sorted({r[0] for r in rows}):
    for l in open(f"relink/{t}/nodes.jsonl"):
        n=json.loads(l); nodes[(t,n["key"])]=n
c=collections.Counter()
out=open("all_rows_f.tsv","w")
for r in rows:
    n=nodes[(r[0],r[2])]
    sp=[n["name"],*n["aliases"]]
    m=cat.match(n["label"],sp)
    longs=[s for s in sp if _spelled_out(s)]
    strong = "strong" if m and m.strong else "weak"
    haslong = "long" if longs else "nolong"
    later = "later" if r[8]!="None" and r[7]!="None" and int(r[7])>int(r[8]) else ("same" if r[8]!="None" and r[7]==r[8] else ("older" if r[8]!="None" else "undated"))
    c[(strong,haslong,r[15])]+=1
    out.write("\t".join(r+[strong,haslong,later,"|".join(sp)])+"\n")
for k in sorted(c): print(k,c[k])
