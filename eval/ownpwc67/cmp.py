import json, sys
labels=("Model","Method","Dataset","Benchmark","Task")
base={**{f"draw6{i}":f"relink/draw6{i}" for i in range(1,8)}, **{s:f"/tmp/ev67/base/{s}" for s in ["train","spandev","dev","proxy","proxy2","trslice"]}}
for s,d in base.items():
    a={json.loads(l)["key"]:json.loads(l) for l in open(f"{d}/nodes.jsonl")}
    b={json.loads(l)["key"]:json.loads(l) for l in open(f"relink_br/{s}/nodes.jsonl")}
    tot=sum(1 for n in a.values() if n["label"] in labels)
    ca=sum(1 for n in a.values() if n["label"] in labels and n.get("pwc_id")); cb=sum(1 for n in b.values() if n["label"] in labels and n.get("pwc_id"))
    print(f"{s}\tkeys_diff={len(set(a)^set(b))}\tnodes {tot}\tpwc base {ca} ({ca/tot:.4f})\tbranch {cb} ({cb/tot:.4f})")
    for k in sorted(set(a)&set(b)):
        if a[k].get("pwc_id")!=b[k].get("pwc_id"): print("\t",k,"|".join([a[k]["name"]]+a[k].get("aliases",[])),a[k].get("pwc_id"),b[k].get("pwc_id"),sep="\t")
