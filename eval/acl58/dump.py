"""Dump N papers (seed 58) of a build: text, mentions by node, Paper -> entity edges."""
import json, gzip, sys, random, collections
build, n = sys.argv[1], int(sys.argv[2])
nodes = {json.loads(l)['key']: json.loads(l) for l in open(build + '/nodes.jsonl')}
pe = collections.defaultdict(list)
for l in open(build + '/edges.jsonl'):
    e = json.loads(l)
    if nodes.get(e['source'], {}).get('label') == 'Paper' or e['source'] not in nodes or e['source'].startswith(('arXiv:', 'Paper:')):
        t = nodes.get(e['target'], {})
        if t.get('label') == 'Result':
            continue
        rules = sorted({ev['rule'] for ev in e['evidence']})
        pe[e['source']].append((e['type'], t.get('name'), t.get('label'), ','.join(rules)))
ex = gzip.open(build + '/extractions.jsonl.gz', 'rt'); next(ex)
docs = {}
for line in ex:
    d = json.loads(line); docs[d['key']] = d
keys = sorted(docs)
pick = random.Random(58).sample(keys, n)
for i, k in enumerate(pick, 1):
    d = docs[k]; r = d['record']
    print('=' * 100); print(f'[{i}]', k, '|', r.get('anthology_id'), '|', r['title']); print(r['abstract'])
    seen = collections.OrderedDict()
    for m in d.get('mentions', []):
        seen.setdefault((m[0], m[1]), set()).add(m[6])
    print('-- mentions:', ' ; '.join(f"{t}/{l}[{','.join(sorted(ru))}]" for (t, l), ru in seen.items()))
    for ty, name, lab, ru in sorted(pe[k]):
        print(f'   {ty:15} {name} /{lab} [{ru}]')
