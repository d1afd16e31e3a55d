import re
"""Where the shape fires in a build: a learned_role-only PROPOSES of a node whose pwc entry is dated before the paper."""
import json, sys, csv
from difflib import SequenceMatcher
from kg import pwc
from kg.names import folded_title
cat = pwc.load_catalogue()
import os; ONLY = os.environ.get("ONLY") == "1"
d = sys.argv[1]; gold = sys.argv[2] if len(sys.argv) > 2 else None
nodes = {}
for l in open(d + '/nodes.jsonl'):
    n = json.loads(l); nodes[n['key']] = n
G = {}
if gold:
    for l in open(gold):
        g = json.loads(l); G['arXiv:' + g['id']] = g
def f(s): return ''.join(ch for ch in s.lower() if ch.isalnum())
w = csv.writer(sys.stdout, delimiter='\t')
for l in open(d + '/edges.jsonl'):
    e = json.loads(l)
    if e['type'] != 'PROPOSES': continue
    t = nodes[e['target']]; pid = t.get('pwc_id')
    if not pid: continue
    for ev in e['evidence']:
        pass
    byp = {}
    for ev in e['evidence']: byp.setdefault(ev['paper'], []).append(ev)
    for p, evs in byp.items():
        if ONLY and {ev["rule"] for ev in evs} != {"learned_role"}: continue
        P = nodes.get(p, {}); intro = cat.introduced(pid)
        if not intro or not isinstance(P.get('year'), int) or P['year'] <= intro[0]: continue
        if intro[1] and SequenceMatcher(None, folded_title(P.get('title') or ''), intro[1]).ratio() >= 0.9: continue
        gv = ''
        if gold:
            g = G.get(p)
            if g is None: gv = 'nopaper'
            else:
                sp = {f(t['name'])} | {f(a) for a in t.get('aliases', [])}
                ents = [x for x in g['entities'] if f(x['name']) in sp or any(f(a) in sp for a in x.get('aliases', []))]
                names = {x['name'] for x in ents}
                rels = sorted({r['type'] for r in g['relations'] if r['head'] == 'PAPER' and r['tail'] in names})
                gv = ('noent' if not ents else ','.join(rels) or 'norel')
        head = re.match(r'^(.{1,80}?)\s*(?::|\s[-\u2013\u2014]{1,2}\s)', P.get('title') or '')
        hd = 'head' if head and f(head.group(1)) in ({f(t['name'])} | {f(a) for a in t.get('aliases', [])}) else ''
        w.writerow([hd, "|".join(sorted({ev["rule"] for ev in evs})), p, P.get('year'), intro[0], t['key'], pid, gv, evs[0]['field'], evs[0]['sentence'][:200]])
