"""(c1) a paper that PROPOSES a node and also USES it, or USES a node tied to it by VARIANT_OF / DERIVED_FROM
(its own model's family or variant), or whose own public entry (PwC entry introduced under this paper's title) it USES."""
import json, sys
sys.path.insert(0, "/work/wt-ownprop")
from kg import pwc
d = sys.argv[1]
nodes = {json.loads(l)["key"]: json.loads(l) for l in open(f"{d}/nodes.jsonl")}
edges = [json.loads(l) for l in open(f"{d}/edges.jsonl")]
roles, ev_of, kin = {}, {}, {}
for e in edges:
    if nodes.get(e["source"], {}).get("label") == "Paper":
        roles.setdefault((e["source"], e["target"]), set()).add(e["type"])
        ev_of[(e["source"], e["target"], e["type"])] = e["evidence"][0]
    elif e["type"] in ("VARIANT_OF", "DERIVED_FROM"):
        kin.setdefault(e["source"], set()).add(e["target"]); kin.setdefault(e["target"], set()).add(e["source"])
cat = pwc.load_catalogue()
for (p, t), rs in sorted(roles.items()):
    title = nodes[p].get("title") or ""
    if "PROPOSES" in rs and "USES" in rs:
        print("both", p, t, ev_of[(p, t, "USES")]["rule"], title[:80], ev_of[(p, t, "USES")]["sentence"][:200], sep="\t")
    if "PROPOSES" in rs:
        for k in kin.get(t, ()):
            if "USES" in roles.get((p, k), ()):
                print("kin", p, t + " ~ " + k, ev_of[(p, k, "USES")]["rule"], title[:80], ev_of[(p, k, "USES")]["sentence"][:200], sep="\t")
    if ("USES" in rs or "EVALUATES_ON" in rs) and "PROPOSES" not in rs and (pid := nodes[t].get("pwc_id")):
        entry = cat.introduced.get(pid)
        if entry and entry[1] and pwc._is_entrys_paper({"title": title}, entry[1]):
            r = "USES" if "USES" in rs else "EVALUATES_ON"
            print("ownentry", p, t, ev_of[(p, t, r)]["rule"], title[:80], ev_of[(p, t, r)]["sentence"][:200], sep="\t")
