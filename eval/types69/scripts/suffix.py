"""Probe: a coined name typed Method/Model by a shape rule whose last hyphen part(s) or first part is a listed
Dataset/Benchmark spelled as listed; or whose first part is a name the same paper types data."""
import json, gzip, sys, collections
from kg.extract.gazetteer_names import load_gazetteer
from kg.extract.data_files import data_dir_or_default
gz = collections.defaultdict(set)
for e in load_gazetteer(data_dir_or_default(None) / 'gazetteer'):
    for n in (e.name, *e.aliases):
        gz[n.replace('-', ' ')].add(e.label)
SHAPE = {'coined_name', 'title_name', 'proposed_name', 'apposition_name', 'span_model', 'abbreviation', 'cue'}
B = sys.argv[1]
gold = {}
if len(sys.argv) > 2:
    from kg.names import extraction_fold_name as fold
    for l in open(sys.argv[2]):
        g = json.loads(l); gold[g['id']] = {fold(n): e['type'] for e in g['entities'] for n in [e['name'], *e.get('aliases', [])]}
with gzip.open(f'{B}/extractions.jsonl.gz', 'rt') as fh:
    next(fh)
    for l in fh:
        r = json.loads(l)
        own_data = {m[0] for m in r['mentions'] if m[1] in ('Dataset', 'Benchmark')}
        seen = set()
        for m in r['mentions']:
            t = m[0]
            if m[1] not in ('Method', 'Model') or m[6] not in SHAPE or m[8] or '-' not in t or ' ' in t or t in seen:
                continue
            parts = t.split('-'); why = None
            for cut in range(1, len(parts)):
                last = ' '.join(parts[cut:]); first = ' '.join(parts[:cut])
                if gz.get(last, set()) & {'Dataset', 'Benchmark'} and not gz.get(last, set()) & {'Model', 'Method'}:
                    why = 'suffix:' + last; break
                if gz.get(first, set()) & {'Dataset', 'Benchmark'} and not gz.get(first, set()) & {'Model', 'Method'} and not gz.get(last):
                    why = 'prefix:' + first; break
                if first in own_data and not gz.get(last):
                    why = 'own:' + first; break
            if why:
                seen.add(t)
                pid = r['record'].get('arxiv_id') or ''
                g = gold.get(pid, {}).get(fold(t), '-') if gold else ''
                src = r['record'].get(m[2]) or ''
                print(m[1], m[6], why, r['key'], t, 'GOLD=' + g if gold else '', '::', src[max(0, m[3]-90):m[4]+70].replace('\n', ' '), sep='\t')
