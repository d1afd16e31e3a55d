"""Gold results whose value kg gets (and model+metric right) but whose benchmark is wrong or missing."""
import json, sys, random, gzip
from collections import defaultdict
from kg.evaluate import read_build, _names, same_value, _read_jsonl
build, gold = sys.argv[1], sys.argv[2]
strict = len(sys.argv) > 3 and sys.argv[3] == "strict"
g = read_build(__import__("pathlib").Path(build))
sent = defaultdict(dict)
for l in open(build + "/edges.jsonl"):
    e = json.loads(l)
    if e["type"] in ("RESULT_OF", "RESULT_ON", "RESULT_METRIC"):
        ev = e["evidence"][0]
        sent[e["source"]][e["type"]] = (ev.get("sentence", ""), ev.get("rule", ""))
rows = []
for row in _read_jsonl(__import__("pathlib").Path(gold), "g"):
    paper = g.paper(row["title"])
    if paper is None or not row.get("results"):
        continue
    ge = {e["name"]: _names(e["name"], *e.get("aliases", ())) for e in row["entities"]}
    gtype = {e["name"]: e["type"] for e in row["entities"]}
    nm = lambda x: None if x is None else ge.get(x, _names(x))
    same = lambda a, b: (a is None and b is None) or (a is not None and b is not None and bool(a & b))
    preds = [(k, g.nodes[k], {r: g.node_names[t] for r, t in g.result_roles[k].items()}, g.result_roles[k]) for k in sorted(g.paper_results[paper])]
    for r in row["results"]:
        full = [p for p in preds if same_value(r["value"], p[1]["value"]) and all(same(nm(r.get(x)), p[2].get(x)) for x in ("of", "on", "metric"))]
        if full:
            continue
        cand = [p for p in preds if same_value(r["value"], p[1]["value"]) and not same(nm(r.get("on")), p[2].get("on"))]
        if strict:
            cand = [p for p in cand if all(same(nm(r.get(x)), p[2].get(x)) for x in ("of", "metric"))]
        if not cand:
            continue
        p = cand[0]
        on_node = p[3].get("on")
        s = sent[p[0]].get("RESULT_ON") or sent[p[0]].get("RESULT_OF") or sent[p[0]].get("RESULT_METRIC") or ("", "")
        rows.append(dict(id=row["id"], value=r["value"], gold_of=r.get("of"), gold_on=r.get("on"), gold_on_type=gtype.get(r.get("on")),
                         gold_metric=r.get("metric"), kg_on=g.nodes[on_node]["name"] + "/" + g.nodes[on_node]["label"] if on_node else None,
                         on_rule=sent[p[0]].get("RESULT_ON", ("", "none"))[1], sentence=s[0]))
print(len(rows), file=sys.stderr)
for r in rows:
    print(json.dumps(r))
