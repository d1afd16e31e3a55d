import gzip, json, sys
def load(d):
    out = {}
    with gzip.open(d + '/extractions.jsonl.gz', 'rt') as f:
        mf = json.loads(f.readline())['fields']['mention']
        for line in f:
            r = json.loads(line)
            ms = {}
            for m in r['mentions']:
                m = dict(zip(mf, m)); ms.setdefault((m['text'], m['label']), m)
            out[r['key']] = (r['record'], ms)
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
n = 0
for k in a:
    rec, ma = a[k]; mb = b[k][1]
    for t in sorted(set(ma) - set(mb)):
        m = ma[t]; s = rec.get(m['field']) or ''
        print(k, '-', t[0], t[1], m['rule'], s[max(0, m['start']-90):m['end']+50].replace('\n', ' '), sep='\t'); n += 1
    for t in sorted(set(mb) - set(ma)):
        m = mb[t]; s = rec.get(m['field']) or ''
        print(k, '+', t[0], t[1], m['rule'], s[max(0, m['start']-90):m['end']+50].replace('\n', ' '), sep='\t'); n += 1
print(n, file=sys.stderr)
