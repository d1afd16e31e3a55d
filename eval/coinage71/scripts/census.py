"""census.py BUILD OUT.tsv: every paper's own expansion (a defined long form, no gazetteer reading) that sits on a
node carrying a pwc_id, with the entry's names, whether a telling word of it spells nothing of the entry
(differs), the branch's two tests, and the defining sentence."""
import csv, gzip, json, sys
from collections import defaultdict
from kg import pwc
from kg.names import fold_name
cat = pwc.load_catalogue()
import glob
gaz = {}  # folded gazetteer name/alias -> folded spelled-out names of its line
for g in glob.glob('/work/wt-coinage71/kg/data/gazetteer/*.jsonl'):
    for line in open(g):
        e = json.loads(line); names = [e['name'], *e.get('aliases', [])]
        longs = sorted({fold_name(x) for x in names if len(x.split()) > 1})
        for x in names: gaz.setdefault(fold_name(x), set()).update(longs)
build, out = sys.argv[1], sys.argv[2]
nodes = {}
by_name = {}
for l in open(f'{build}/nodes.jsonl'):
    n = json.loads(l)
    if n['label'] == 'Paper': continue
    nodes[n['key']] = n
    for s in [n['name'], *n.get('aliases', [])]:
        by_name.setdefault((n['label'], s), []).append(n['key'])
papers = defaultdict(set)
for l in open(f'{build}/edges.jsonl'):
    e = json.loads(l)
    if e['source'].startswith(('arXiv', 'Paper', 'acl')) and e['target'] in nodes: papers[e['target']].add(e['source'])
it = gzip.open(f'{build}/extractions.jsonl.gz', 'rt'); F = json.loads(next(it))['fields']
w = csv.writer(open(out, 'w'), delimiter='\t')
w.writerow(['paper', 'label', 'short', 'expansion', 'node', 'node_name', 'node_papers', 'pwc_id', 'entry_names', 'differs', 'letters_otherwise', 'spelled_apart', 'proposed', 'sentence'])
seen = set()
for l in it:
    d = json.loads(l)
    ms = [dict(zip(F['mention'], m)) for m in d['mentions']]
    rels = [dict(zip(F['relation'], r)) for r in d['relations']]
    prop = {fold_name(ms[r['tail']]['text']) for r in rels if r['head'] is None and r['type'] == 'PROPOSES'}
    text = d['record']['title'] + ' || ' + d['record']['abstract']
    for m in ms:
        lf = m['long_form']
        if not lf or m['rule'] == 'gazetteer' or fold_name(m['text']) == fold_name(lf): continue
        keys = [k for lab in {m['label']} for k in by_name.get((lab, lf), [])] or [k for lab in ('Method','Model','Dataset','Benchmark') for k in by_name.get((lab, lf), [])]
        for k in keys:
            n = nodes[k]; pid = n.get('pwc_id')
            listed = sorted({x for s in [n['name'], *n.get('aliases', [])] if s != lf for x in gaz.get(fold_name(s), ())})
            if not (pid or listed) or (d['key'], k, lf) in seen: continue
            seen.add((d['key'], k, lf))
            agree = pwc._entry_words_agreeing(cat, pid, lf, listed)
            differs = agree is not None and not all(agree)
            if not differs and not (len(sys.argv) > 3): continue
            sent = next((s for s in text.replace('||', '.').split('. ') if lf in s), '')[:300]
            w.writerow([d['key'], m['label'], m['text'], lf, k, n['name'], len(papers[k]), pid, ' / '.join([*cat.longs.get(pid, ()), *listed])[:200],
                        differs, pwc.spelled_letter_for_letter_otherwise(cat, pid, m['text'], lf, listed), pwc.spelled_apart(cat, pid, lf, listed),
                        fold_name(lf) in prop or fold_name(m['text']) in prop, sent])
