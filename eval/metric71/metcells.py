"""For each metric-slot miss in cells.tsv: does kg hold a node of the gold metric in the paper, is it in the sentence, is one name inside the other."""
import csv, json, sys, collections
from kg.evaluate import read_build, _read_jsonl, _names
from pathlib import Path
cells_tsv, gold_path, build = sys.argv[1:4]
built = read_build(build)
gold = {r["id"]: r for r in _read_jsonl(Path(gold_path), "gold")}
rows = [r for r in csv.DictReader(open(cells_tsv), delimiter='\t') if 'metric' in r['cell']]
tally = collections.Counter(); out = []
for r in rows:
    g = gold[r['paper']]; paper = built.paper(g['title'])
    gm = r['gold_metric']; km = r['kg_metric']
    ent = next((e for e in g['entities'] if e['name'] == gm), None)
    gnames = _names(gm, *(ent.get('aliases', ()) if ent else ()))
    nodes = {e['target'] for e in built.out_edges[paper]} | {t for e in built.evidence_edges[paper] for t in (e['source'], e['target'])}
    for k in built.paper_results[paper]:
        nodes |= set(built.result_roles[k].values())
    has = [built.nodes[n]['label'] for n in nodes if gnames & built.node_names[n]] if gm != '-' else []
    sent = r['sentence'].lower()
    insent = gm != '-' and any(a.lower() in sent for a in [gm, *(ent.get('aliases', ()) if ent else ())])
    if gm == '-': c = 'gold-none'
    elif km != '-' and (gm.lower() in km.lower() or km.lower() in gm.lower()): c = 'S-nested-names'
    elif has and 'Metric' in has: c = ('E-metric-node-in-sent' if insent else 'P-metric-node-not-in-sent') + ('/kg-other' if km != '-' else '/kg-none')
    elif has: c = 'T-node-typed-' + has[0] + ('-in-sent' if insent else '')
    else: c = 'U-no-node' + ('-in-sent' if insent else '-not-in-sent')
    tally[c] += 1
    out.append([r['paper'], r['value'], r['cell'], c, gm, km, r['sentence']])
for c, n in sorted(tally.items(), key=lambda x: -x[1]): print(n, c, sep='\t')
with open(sys.argv[4], 'w') as f:
    f.write('paper\tvalue\tcell\tclass\tgold_metric\tkg_metric\tsentence\n')
    for o in out: f.write('\t'.join(o) + '\n')
