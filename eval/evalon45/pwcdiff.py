"""New or changed pwc_ids between two builds (session 45, evalon45): python eval/evalon45/pwcdiff.py BASE_BUILD NEW_BUILD"""
import json, sys
def load(b):
    out = {}
    for l in open(f'{b}/nodes.jsonl'):
        r = json.loads(l)
        if r['label'] != 'Paper': out[r['key']] = (r.get('pwc_id'), r['name'], r.get('aliases', []))
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
for k in sorted(set(a) | set(b)):
    x, y = a.get(k), b.get(k)
    if (x and x[0]) != (y and y[0]) or (x is None) != (y is None):
        print(k, '|', x and x[0], '->', y and y[0], '|', (y or x)[1], (y or x)[2][:4])
