"""Numbers with no metric in a sentence naming no Metric, after a sentence whose read numbers share one metric: what gold gives them."""
import json, gzip, sys, collections
from kg.evaluate import _names, same_value
ext, gold_path = sys.argv[1:3]
gold = {}
if gold_path != '-':
    for l in open(gold_path):
        d = json.loads(l); gold[d['id']] = d
f = gzip.open(ext, 'rt'); F = json.loads(f.readline())['fields']
tally = collections.Counter(); rows = []
for l in f:
    d = json.loads(l)
    ms = [dict(zip(F['mention'], m)) for m in d.get('mentions', [])]
    rs = [dict(zip(F['result'], r)) for r in d.get('results', [])]
    pid = d['key'].split(':', 1)[1]
    ab = d['record'].get('abstract') or ''
    pos = {}
    for x in rs:
        if x['field'] == 'abstract':
            i = ab.find(x['sentence']); pos[x['sentence']] = (i, i + len(x['sentence']))
    for r in rs:
        if r['metric'] is not None or r['field'] != 'abstract': continue
        b, e = pos[r['sentence']]
        if b < 0: continue
        if any(m['label'] == 'Metric' and m['field'] == 'abstract' and b <= m['start'] < e for m in ms): continue
        prev = [x for x in rs if x['field'] == 'abstract' and pos[x['sentence']][1] <= b and ab[pos[x['sentence']][1]:b].strip() == '']
        if not prev: continue
        pm = {None if x['metric'] is None else (ms[x['metric']]['canonical'] or ms[x['metric']]['text']).lower() for x in prev}
        if len(pm) != 1 or None in pm: continue
        M = pm.pop()
        g = gold.get(pid)
        if g is None: c = 'no-gold'; gm = ''
        else:
            ent = {e['name']: e for e in g['entities']}
            cands = [x for x in g.get('results', []) if same_value(x['value'], r['value'])]
            if not cands: c = 'gold-no-value'; gm = ''
            else:
                gms = [x.get('metric') for x in cands]
                def nm(n): return _names(n, *ent.get(n, {}).get('aliases', ())) if n else frozenset()
                if any(nm(x) & _names(M) for x in gms): c = 'gold=prev'
                elif all(x is None for x in gms): c = 'gold-none'
                else: c = 'gold-other'
                gm = '/'.join(str(x) for x in gms)
        tally[c] += 1
        rows.append([pid, r['text'], M, c, gm, prev[0]['sentence'][-150:] + ' || ' + r['sentence']])
print(tally)
json.dump(rows, open(sys.argv[3], 'w'))
