"""nodediff.py A B: nodes whose pwc_id, name or aliases differ between two builds (same key), and keys only in one."""
import json, sys
def load(d):
    return {n['key']: n for n in map(json.loads, open(d + '/nodes.jsonl')) if n['label'] != 'Paper'}
a, b = load(sys.argv[1]), load(sys.argv[2])
for k in sorted(a.keys() | b.keys()):
    x, y = a.get(k), b.get(k)
    if x is None or y is None:
        print('ONLY', 'B' if x is None else 'A', k, (x or y).get('name'), (x or y).get('aliases'), (x or y).get('pwc_id'))
    elif x.get('pwc_id') != y.get('pwc_id') or x.get('aliases') != y.get('aliases') or x.get('name') != y.get('name'):
        print('DIFF', k, x.get('pwc_id'), '->', y.get('pwc_id'), '|', x.get('name'), sorted(x.get('aliases', [])), '->', y.get('name'), sorted(y.get('aliases', [])))
