"""Pair each missed gold result with kg's unmatched result of the same value; record the slots that differ."""
import sys, json, collections
from kg.evaluate import read_build, predicted_results, _read_jsonl, _names, same_value, _match
gold_path, out_dir, out_tsv = sys.argv[1:4]
built = read_build(out_dir)
gold = _read_jsonl(__import__('pathlib').Path(gold_path), "gold")
cells = collections.Counter(); rows = []
def nm(roles, r, n):
    return n.get(r) if False else None
for row in gold:
    paper = built.paper(row["title"])
    if paper is None or "results" not in row: continue
    gold_ents = {e["name"]: (e["type"], _names(e["name"], *e.get("aliases", ())), e["name"]) for e in row["entities"]}
    names = lambda x: None if x is None else gold_ents.get(x, (None, _names(x)))[1]
    same_part = lambda g, p: (g is None and p is None) or (g is not None and p is not None and bool(g & p))
    G = [(g["value"], names(g.get("of")), names(g.get("on")), names(g.get("metric")), g) for g in row["results"]]
    P = []
    for n, roles in predicted_results(built, paper):
        rk = built.result_roles[n["key"]]
        disp = {r: built.nodes[rk[r]]["name"] if r in rk else None for r in ("of", "on", "metric")}
        P.append((n["value"], roles.get("of"), roles.get("on"), roles.get("metric"), n, disp, built.result_rules[n["key"]]))
    tup = lambda g, p: same_value(g[0], p[0]) and all(same_part(g[i], p[i]) for i in (1, 2, 3))
    pairs, missed, extra = _match(G, P, tup)
    extra = list(extra)
    for g in missed:
        cands = [p for p in extra if same_value(g[0], p[0])]
        if not cands:
            cell = "value-missing"; p = None
        else:
            # the candidate with the fewest differing slots
            def diff(p): return [s for i, s in ((1, "of"), (2, "on"), (3, "metric")) if not same_part(g[i], p[i])]
            p = min(cands, key=lambda p: len(diff(p)))
            extra.remove(p)
            d = diff(p)
            cell = "+".join(d)
            # refine: gold none vs kg some, etc.
            sub = []
            for i, s in ((1, "of"), (2, "on"), (3, "metric")):
                if s in d:
                    sub.append(f"{s}:{'none' if g[i] is None else 'G'}>{'none' if p[i] is None else 'K'}")
            cell = " ".join(sub)
        cells[cell] += 1
        gd = g[4]
        sent = p[4].get("sentence","") if p else ""
        grel = ",".join(sorted({r["type"] for r in row["relations"] if r["head"]=="PAPER" and r["tail"]==gd.get("of")})) or "-"
        ofn = names(gd.get("of"))
        kg_has = "-" if not ofn else ("has" if any(ofn & built.node_names[e["target"]] for e in built.out_edges[paper]) else "no-node")
        in_sent = "-" if not gd.get("of") else ("in-sent" if any(a.lower() in sent.lower() for a in [gd["of"], *next((e.get("aliases",[]) for e in row["entities"] if e["name"]==gd["of"]), [])]) else "not-in-sent")
        kgprop = ",".join(sorted(built.nodes[e["target"]]["name"] for e in built.out_edges[paper] if e["type"]=="PROPOSES")) or "-"
        rows.append([row["id"], str(gd["value"]), cell, grel, kg_has, in_sent, kgprop, sent, gd.get("of") or "-", gd.get("on") or "-", gd.get("metric") or "-",
                     *( [p[5]["of"] or "-", p[5]["on"] or "-", p[5]["metric"] or "-", json.dumps(p[6]), p[4].get("kind","")] if p else ["", "", "", "", ""])])
    for p in extra:
        cells["kg-extra(no gold value)"] += 1 if not any(same_value(g[0], p[0]) for g in G) else 0
with open(out_tsv, "w") as f:
    f.write("paper\tvalue\tcell\tgold_of_rel\tkg_has_gold_of\tgold_of_in_sent\tkg_proposes\tsentence\tgold_of\tgold_on\tgold_metric\tkg_of\tkg_on\tkg_metric\tkg_rules\tkg_kind\n")
    for r in rows: f.write("\t".join(r) + "\n")
for c, n in cells.most_common(): print(n, c, sep="\t")
