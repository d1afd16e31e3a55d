"""Every public_entry firing in a relinked span-train build, with what span train's gold says the paper does with the name."""
import json, sys
build = sys.argv[1]
G = {}
for l in open('/tmp/sets/train-gold.jsonl'):
    g = json.loads(l); G['arXiv:' + g['id']] = g
def f(s): return ''.join(c for c in s.lower() if c.isalnum())
nodes = {json.loads(l)['key']: json.loads(l) for l in open(f'{build}/nodes.jsonl')}
seen = set()
print('paper\tnode\tnew_type\tgold_roles\tsentence')
for l in open(f'{build}/edges.jsonl'):
    e = json.loads(l)
    for ev in e['evidence']:
        if ev['rule'] != 'public_entry' or (ev['paper'], e['target']) in seen: continue
        seen.add((ev['paper'], e['target']))
        t = nodes[e['target']]; g = G.get(ev['paper'])
        sp = {f(t['name'])} | {f(a) for a in t.get('aliases', [])}
        ents = [x for x in g['entities'] if f(x['name']) in sp or any(f(a) in sp for a in x.get('aliases', []))]
        names = {x['name'] for x in ents}
        rels = sorted({r['type'] for r in g['relations'] if r['head'] == 'PAPER' and r['tail'] in names})
        print(ev['paper'], e['target'], e['type'], ','.join(rels) or ('noent' if not ents else 'norel'), ev['sentence'], sep='\t')
