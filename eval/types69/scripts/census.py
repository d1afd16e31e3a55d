"""Span train: kg mentions whose folded name is a gold entity of another type; by (kg->gold) and deciding rule."""
import json, gzip, sys, collections
from kg.names import extraction_fold_name as fold
B = sys.argv[1]; G = sys.argv[2]
gold = {}
for l in open(G):
    g = json.loads(l); d = {}
    for e in g['entities']:
        for n in [e['name'], *e.get('aliases', [])]: d[fold(n)] = e['type']
    gold[g['id']] = d
cells = collections.defaultdict(list)
with gzip.open(f'{B}/extractions.jsonl.gz', 'rt') as fh:
    next(fh)
    for l in fh:
        r = json.loads(l); pid = r['record'].get('arxiv_id') or r['key'].replace('arXiv:', '')
        gd = gold.get(pid)
        if gd is None: continue
        byname = collections.defaultdict(list)
        for m in r['mentions']: byname[fold(m[0])].append(m)
        for n, ms in byname.items():
            gl = gd.get(n)
            labels = collections.Counter(m[1] for m in ms)
            kl = labels.most_common(1)[0][0]
            if gl and kl != gl and gl != 'Metric' and kl != 'Metric':
                rules = ','.join(sorted({m[6] for m in ms}))
                first = min(ms, key=lambda m: (m[2] != 'title', m[3]))
                src = r['record'].get(first[2]) or ''
                cells[(kl, gl)].append((rules, pid, ms[0][0], src[max(0, first[3]-70):first[4]+70].replace('\n', ' ')))
SYS = {'Method', 'Model'}; DATA = {'Dataset', 'Benchmark'}
for k, v in sorted(cells.items(), key=lambda kv: -len(kv[1])):
    print(len(v), k, collections.Counter(x[0].split(',')[0] if ',' not in x[0] else 'multi:' + x[0] for x in v).most_common(8))
print()
for k in [(a, b) for a in SYS for b in DATA] + [(a, b) for a in DATA for b in SYS]:
    for x in cells.get(k, []):
        print('X', k[0], '->', k[1], *x, sep='\t')
