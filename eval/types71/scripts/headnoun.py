"""Span train: kg mentions of LABEL followed by a head noun ("X techniques"); gold type of that name in the paper.
Usage: headnoun.py BUILD GOLD LABEL OUT.tsv [HEADS-regex]"""
import json, gzip, sys, collections, re
from kg.names import fold_name
B, G = sys.argv[1:3]
gold = {}
for l in open(G):
    r = json.loads(l); d = {}
    for e in r['entities']:
        for n in [e['name'], *e.get('aliases', [])]: d[fold_name(n)] = e['type']
    gold[r['id']] = d
HEADS = sys.argv[5] if len(sys.argv) > 5 else r'techniques?|methods?|approach(?:es)?|algorithms?|strateg(?:y|ies)|schemes?|procedures?|mechanisms?|frameworks?|paradigms?|modules?|models?|networks?|systems?|pipelines?|tools?|solutions?|methodolog(?:y|ies)'
HEAD = re.compile(r'^[\s-]*(' + HEADS + r')\b', re.I)
c = collections.Counter(); rows = []
with gzip.open(f'{B}/extractions.jsonl.gz', 'rt') as fh:
    next(fh)
    for l in fh:
        r = json.loads(l); pid = r['record'].get('arxiv_id') or r['key'].replace('arXiv:', '')
        gd = gold.get(pid)
        if gd is None: continue
        seen = set()
        for m in r['mentions']:
            if m[1] != sys.argv[3]: continue
            src = r['record'].get(m[2]) or ''
            mm = HEAD.match(src[m[4]:m[4]+30])
            if not mm: continue
            key = (fold_name(m[0]), mm.group(1).lower())
            if key in seen: continue
            seen.add(key)
            gt = gd.get(fold_name(m[0]), '-')
            c[(mm.group(1).lower().rstrip('s'), gt)] += 1
            rows.append((pid, m[0], mm.group(1), gt, m[6], src[max(0, m[3]-60):m[4]+40].replace('\n', ' ')))
for k, v in sorted(c.items()): print(k, v)
with open(sys.argv[4], 'w') as fo:
    for x in rows: fo.write('\t'.join(x) + '\n')
