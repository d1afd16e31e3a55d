"""Span train: gold entities whose names match a kg Paper-edge target of another type; cells (gold type, kg type),
with the deciding mention rules and the first sentence. Usage: crosstab.py BUILD GOLD OUT.tsv"""
import json, gzip, sys, collections
from kg.evaluate import read_build, _names, _read_jsonl
from pathlib import Path
from kg.names import extraction_fold_name as fold
B, G, OUT = sys.argv[1:4]
built = read_build(B)
ments = {}
with gzip.open(f'{B}/extractions.jsonl.gz', 'rt') as fh:
    next(fh)
    for l in fh:
        r = json.loads(l); pid = r['record'].get('arxiv_id') or r['key'].replace('arXiv:', '')
        ments[pid] = r
cells = collections.defaultdict(list)
for row in _read_jsonl(Path(G), 'gold'):
    paper = built.paper(row['title'])
    if not paper: continue
    keys = sorted({e['target'] for e in built.out_edges[paper]})
    gold_all = [(e['type'], _names(e['name'], *e.get('aliases', ()))) for e in row['entities']]
    for e in row['entities']:
        gn = _names(e['name'], *e.get('aliases', ()))
        same = [k for k in keys if built.nodes[k]['label'] == e['type'] and built.node_names[k] & gn]
        if same: continue
        for k in keys:
            n = built.nodes[k]
            if n['label'] in ('Paper', 'Result') or not (built.node_names[k] & gn): continue
            # the kg node must not also be a gold entity of its own type
            if any(t == n['label'] and nm & built.node_names[k] for t, nm in gold_all): continue
            r = ments.get(row['id'])
            ms = [m for m in (r['mentions'] if r else []) if fold(m[0]) in built.node_names[k] or (m[8] and fold(m[8]) in built.node_names[k])]
            rules = ','.join(sorted({m[6] for m in ms}))
            sent = ''
            if ms and r:
                m = min(ms, key=lambda m: (m[2] != 'title', m[3]))
                src = r['record'].get(m[2]) or ''
                sent = src[max(0, m[3]-90):m[4]+90].replace('\n', ' ').replace('\t', ' ')
            cells[(e['type'], n['label'])].append((row['id'], e['name'], n['name'], rules, sent))
            break
with open(OUT, 'w') as fo:
    fo.write('gold_type\tkg_type\tpaper\tgold_name\tkg_name\trules\ttext\n')
    for k, v in sorted(cells.items(), key=lambda kv: -len(kv[1])):
        print(len(v), k, collections.Counter(x[3] for x in v).most_common(6))
        for x in v: fo.write('\t'.join([k[0], k[1], *x]) + '\n')
