import csv, json, collections, sys
rows = list(csv.DictReader(open('readings.tsv'), delimiter='\t'))
builds = {f'draw6{n}': f'/tmp/draw6{n}/final' for n in range(1,7)}
builds['draw67'] = '/tmp/draw67/base'
idx = {}
for s, d in builds.items():
    e = collections.defaultdict(list)
    names = {}
    for line in open(d + '/nodes.jsonl'):
        n = json.loads(line); names[n.get('id') or n.get('key')] = n
    for line in open(d + '/edges.jsonl'):
        x = json.loads(line)
        if x['type'] != 'PROPOSES': continue
        for ev in x['evidence']:
            e[(ev['paper'], x['target'])].append(ev)
    idx[s] = (e, names)
out = csv.writer(open('makers.tsv', 'w'), delimiter='\t')
out.writerow(['set','paper','node','name','verdict','where','paper_vs_entry','entry_year','paper_year','match_by','rules','field','sentence'])
for r in rows:
    e, names = idx[r['set']]
    evs = e.get((r['paper'], r['node']))
    how = 'key'
    if not evs:
        # fallback: same paper, node with same name lower
        cands = [(k, v) for k, v in e.items() if k[0] == r['paper'] and k[1].split(':',1)[1].replace('-', ' ') == r['node'].split(':',1)[1].replace('-', ' ')]
        if not cands:
            cands = [(k, v) for k, v in e.items() if k[0] == r['paper'] and (names.get(k[1], {}).get('name','').lower() == r['name'].lower())]
        if cands: evs = cands[0][1]; how = 'name:' + cands[0][0][1]
        else: evs = []; how = 'none'
    rules = '|'.join(sorted({ev['rule'] for ev in evs}))
    ev0 = evs[0] if evs else {}
    out.writerow([r['set'], r['paper'], r['node'], r['name'], r['verdict'], r['where'], r['paper_vs_entry'], r['entry_year'], r['paper_year'], how, rules, ev0.get('field',''), ev0.get('sentence','')[:300]])
