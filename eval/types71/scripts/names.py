"""Span train: per folded name, gold types over papers vs the kg node's type; names where the gold mostly disagrees."""
import json, sys, collections
from pathlib import Path
from kg.evaluate import read_build, _read_jsonl
from kg.names import fold_name
B, G = sys.argv[1:3]
built = read_build(B)
gold_t = collections.defaultdict(collections.Counter); kg_t = collections.defaultdict(collections.Counter)
for row in _read_jsonl(Path(G), 'gold'):
    paper = built.paper(row['title'])
    if not paper: continue
    for e in row['entities']:
        gold_t[fold_name(e['name'])][e['type']] += 1
    for k in {e['target'] for e in built.out_edges[paper]}:
        n = built.nodes[k]
        if n['label'] in ('Paper', 'Result'): continue
        kg_t[fold_name(n['name'])][n['label']] += 1
rows = []
for n, kc in kg_t.items():
    gc = gold_t.get(n)
    if not gc: continue
    kl = kc.most_common(1)[0][0]
    agree = gc[kl]; other = sum(gc.values()) - agree
    if other >= 2 and other > agree:
        rows.append((other - agree, n, kl, dict(gc), sum(kc.values())))
for r in sorted(rows, reverse=True): print(*r, sep='\t')
