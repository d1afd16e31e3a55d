"""homonym68 census: nodes that carry a listed name (a gazetteer mention on the node, or a pwc_id) and that some
paper PROPOSES, or defines with its own long form ("Long Form (SF)"), on a node two papers or more touch.
Maps every mention to its node with the linker's own pass 1 (kg.link.name_nodes / Naming.mention_keys).
Prints a dossier per (node, paper) and a TSV of candidates.
Usage: PYTHONPATH=WT python census.py OUT_PREFIX EXTRACTIONS.jsonl.gz..."""
import collections, json, sys
from pathlib import Path
from kg import pwc
from stored import read_papers
from kg.extract.data_files import data_dir_or_default
from kg.graph import KnowledgeGraph
from kg.link import NameStats, name_nodes, gazetteer_labels, one_node_per_respelled_name, expansion_key, spelled_alike, LEARNED_ROLE
from kg.names import fold_name

out = sys.argv[1]
papers = read_papers(sys.argv[2:])
cat = pwc.load_catalogue()
stats = NameStats()
for p in papers:
    stats.add(p)
G = KnowledgeGraph()
naming = name_nodes(stats, G, cat, gazetteer_labels(data_dir_or_default(None)))
nodes = {}
for k, n in G.nodes.items():
    d = {"key": k, "label": n.label, "name": n.name, "aliases": sorted(n.aliases)}
    if n.label not in ("Paper", "Result"):
        found = cat.match(n.label, sorted({n.name, *n.aliases}))
        if found:
            d["pwc_id"] = found.pwc_id + ("" if found.strong else "?")
    nodes[k] = d
gaz = {}
for f in (data_dir_or_default(None) / "gazetteer").glob("*.jsonl"):
    for line in open(f):
        g = json.loads(line)
        for n in [g["name"], *g.get("aliases", [])]:
            gaz.setdefault(fold_name(n), []).append((f.stem, g["name"], g.get("aliases", [])))

bynode = collections.defaultdict(lambda: collections.defaultdict(list))  # node -> paper -> [(mention, rel roles)]
roles = collections.defaultdict(lambda: collections.defaultdict(set))
paper_of = {}
for p in papers:
    p2 = naming.settle(p)
    keys = one_node_per_respelled_name(p2, naming.mention_keys(p2))
    paper_of[p.key] = p
    for m, k in zip(p2.mentions, keys):
        bynode[k][p.key].append(m)
    for r in p2.relations:
        if r.head is None:
            roles[keys[r.tail]][p.key].add((r.type, r.rule))


def listed_longs(node, ms):
    """the listed thing's spelled-out names (expansion keys): gazetteer line names/aliases, PwC longs"""
    longs, lines = set(), set()
    for m in ms:
        if m.rule == "gazetteer":
            for stem, name, aliases in gaz.get(fold_name(m.canonical or m.text), []):
                lines.add((stem, name))
                for n in [name, *aliases]:
                    if " " in n.strip() or "-" in n:
                        longs.add(expansion_key(n))
    if node.get("pwc_id"):
        for lf in cat.longs.get(node["pwc_id"].rstrip("?"), ()):
            longs.add(expansion_key(lf))
    return longs, lines


rows = []
for k, per in bynode.items():
    node = nodes.get(k)
    if not node or node["label"] in ("Paper", "Result") or len(per) < 2:
        continue
    allms = [m for ms in per.values() for m in ms]
    gazm = any(m.rule == "gazetteer" for m in allms)
    if not (gazm or node.get("pwc_id")):
        continue
    longs, lines = listed_longs(node, allms)
    for pk, ms in per.items():
        props = {rule for t, rule in roles[k][pk] if t == "PROPOSES"}
        own_longs = {m.long_form for m in ms if m.long_form and fold_name(m.long_form) != fold_name(m.text)}
        differs = [lf for lf in own_longs if not any(spelled_alike(expansion_key(lf), x) for x in longs)]
        if not props and not differs:
            continue
        p = paper_of[pk]
        rows.append(dict(node=k, name=node["name"], pwc=node.get("pwc_id", ""), gaz=";".join(f"{s}:{n}" for s, n in sorted(lines)),
                         npapers=len(per), paper=pk, year=p.record.year, proposes=",".join(sorted(props)),
                         own_long=" | ".join(sorted(own_longs)), differs=" | ".join(sorted(differs)),
                         listed_longs=" | ".join(sorted(longs))[:200], title=p.record.title,
                         texts=",".join(sorted({m.text for m in ms})), rules=",".join(sorted({m.rule for m in ms}))))
cols = ["node", "name", "pwc", "gaz", "npapers", "paper", "year", "proposes", "own_long", "differs", "listed_longs", "texts", "rules", "title"]
with open(out + ".tsv", "w") as fh:
    fh.write("\t".join(cols) + "\n")
    for r in sorted(rows, key=lambda r: (r["node"], r["paper"])):
        fh.write("\t".join(str(r[c]).replace("\t", " ") for c in cols) + "\n")
with open(out + ".txt", "w") as fh:
    for i, r in enumerate(sorted(rows, key=lambda r: (r["node"], r["paper"])), 1):
        p = paper_of[r["paper"]]
        fh.write(f"\n=== {i}\t{r['node']}\tpwc={r['pwc']}\tgaz={r['gaz']}\tpapers={r['npapers']}\tP={r['paper']} ({r['year']})\tprop={r['proposes']}\tdiffers={r['differs']}\n")
        fh.write(f"  T: {p.record.title[:160]}\n  own_long: {r['own_long']}  texts: {r['texts']}  rules: {r['rules']}\n  listed: {r['listed_longs'][:160]}\n")
        ms = [m for m in bynode[r['node']][r['paper']] if m.field == 'abstract'][:2]
        for m in ms:
            fh.write(f"  S: ...{p.record.abstract[max(0, m.start-150):m.end+120]}...\n")
        others = [q for q in bynode[r['node']] if q != r['paper']][:3]
        for q in others:
            qp = paper_of[q]
            m = bynode[r['node']][q][0]
            txt = qp.record.title if m.field == 'title' else qp.record.abstract
            fh.write(f"  - {q}: {qp.record.title[:80]} | {m.text} [{m.rule}] ...{txt[max(0, m.start-80):m.end+60]}\n")
print(len(rows), "rows")

# (2) definitions "Long Form (SF)" whose long-form mention carries a gazetteer short form as canonical: does the
# paper's node hold another paper's listed mention (a merge)?
from kg.link import expansion_key as _ek
with open(out + "-gazdef.tsv", "w") as fh:
    fh.write("\t".join(["paper", "year", "node", "npapers", "other_listed_papers", "short", "long_form", "listed_longs", "pwc_longs", "alike", "title"]) + "\n")
    for p in papers:
        p2 = naming.settle(p)
        keys = one_node_per_respelled_name(p2, naming.mention_keys(p2))
        for m, k in zip(p2.mentions, keys):
            if not (m.long_form and m.canonical and fold_name(m.text) == fold_name(m.long_form) and fold_name(m.canonical) != fold_name(m.long_form)):
                continue
            lines = gaz.get(fold_name(m.canonical))
            if not lines:
                continue
            others = [q for q, ms in bynode[k].items() if q != p.key and any(x.rule == "gazetteer" for x in ms)]
            if not others:
                continue
            longs = sorted({n for _, name, aliases in lines for n in [name, *aliases] if fold_name(n) != fold_name(m.canonical) and (" " in n.strip() or len(n) > 12)})
            found = cat.match(m.label, [m.canonical])
            plongs = list(cat.longs.get(found.pwc_id, ())) if found else []
            ks = [_ek(x) for x in longs + plongs]
            alike = any(spelled_alike(_ek(m.long_form), x) for x in ks)
            fh.write("\t".join(map(str, [p.key, p.record.year, k, len(bynode[k]), len(others), m.canonical, m.long_form, " | ".join(longs)[:150],
                                         " | ".join(plongs)[:100], "alike" if alike else ("nolisted" if not ks else "differs"), p.record.title[:120]])) + "\n")
