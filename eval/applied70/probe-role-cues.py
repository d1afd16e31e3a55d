import json, re, sys
d, inp = sys.argv[1], sys.argv[2]
recs = {}
for l in open(inp):
    r = json.loads(l); recs['arXiv:'+r['id']] = r; recs[r['id']] = r
lex = json.load(open('/work/wt-applied70/kg/data/lexicon.json'))
old_after, old_before = tuple(lex['judge_after']), tuple(lex['judge_before'])
new = re.compile(r"^\s*(?:model\s+|models\s+)?(?:\([^)]{0,20}\)\s+)?(?:as|serves as|serving as|served as|acts as|acting as|act as|used as|employed as|adopted as)\s+(?:a|an|the)?\s*(?:strong\s+|powerful\s+|frozen\s+|pre-?trained\s+)?(reward|verifier|critic|scorer|grader|teacher|evaluator|judge)", re.I)
nodes = {json.loads(l)['key']: json.loads(l) for l in open(f'{d}/nodes.jsonl')}
seen = set()
for l in open(f'{d}/edges.jsonl'):
    e = json.loads(l)
    if e['type'] != 'APPLIED_TO': continue
    for ev in e['evidence']:
        r = recs.get(ev['paper'])
        if r is None: continue
        txt = r['abstract'] if ev['field'] == 'abstract' else r['title']
        t = txt[ev['tail_start']:ev['tail_end']]
        full = r['title'] + ' \n ' + r['abstract']
        occ = [m for m in re.finditer(re.escape(t), full)]
        flags = []
        for m in occ:
            after = full[m.end():m.end()+40]
            before = full[max(0,m.start()-25):m.start()].lower().rstrip()
            flags.append('new' if new.match(after) else 'old' if after.lower().lstrip().startswith(old_after) or before.endswith(old_before) else '-')
        if 'new' in flags:
            k = (ev['paper'], e['source'], e['target'])
            if k in seen: continue
            seen.add(k)
            print(ev['paper'], e['source'], '->', t, ev['rule'], flags, '\n   ', ev['sentence'][:300])
            for m in occ:
                print('      ctx:', full[max(0,m.start()-60):m.end()+50].replace('\n',' '))
