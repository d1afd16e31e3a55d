"""Results whose slots differ between two builds, keyed by paper, sentence and the number's offset."""
import json, gzip, sys, os
CANON = os.environ.get('CANON') == '1'
def load(build):
    f = gzip.open(f'{build}/extractions.jsonl.gz', 'rt'); F = json.loads(f.readline())['fields']; out = {}
    for l in f:
        d = json.loads(l); ms = [dict(zip(F['mention'], m)) for m in d['mentions']]
        nm = lambda i: None if i is None else ((ms[i]['canonical'] or ms[i]['text']).lower() if CANON else ms[i]['text'])
        for r in d['results']:
            r = dict(zip(F['result'], r))
            out[(d['key'], r['field'], r['start'])] = (r['text'], nm(r['of']), nm(r['on']), nm(r['metric']), r['sentence'])
    return out
a, b = load(sys.argv[1]), load(sys.argv[2]); n = 0
for k in sorted(set(a) | set(b)):
    if a.get(k, (None,)*4)[:4] != b.get(k, (None,)*4)[:4]:
        n += 1; x = a.get(k); y = b.get(k)
        print(k[0], (x or y)[0], '| of', x and x[1], '->', y and y[1], '| on', x and x[2], '->', y and y[2], '| metric', x and x[3], '->', y and y[3])
        print('    ', (x or y)[4][:400])
print(n, 'changed')
