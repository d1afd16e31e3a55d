"""Mentions (no canonical) whose text is exactly (folded) a definition's long form in the paper: unlinked restatements,
and mentions with another canonical (the false merge)."""
import gzip, json, sys, collections
from kg.extract.name_joins import fold_name
c = collections.Counter()
for path in sys.argv[1:]:
    it = gzip.open(path, 'rt'); h = json.loads(next(it)); F = h['fields']['mention']
    for l in it:
        d = json.loads(l); ms = [dict(zip(F, m)) for m in d['mentions']]
        longs = {}
        for m in ms:
            if m['long_form'] and m['canonical'] is None and fold_name(m['text']) != fold_name(m['long_form']):
                longs.setdefault(fold_name(m['long_form']), m)
        for m in ms:
            f = fold_name(m['text'])
            if f not in longs or m['rule'] == 'gazetteer': continue
            sm = longs[f]
            if m['canonical'] is None and not m['long_form']:
                kind = 'unlinked same label' if m['label'] == sm['label'] else 'unlinked other label'
            elif m['canonical'] and fold_name(m['canonical']) != fold_name(sm['text']):
                kind = 'other canonical'
            else:
                continue
            c[kind] += 1
            print(kind, "|", d['key'], "|", m['text'], m['label'], m['field'], m['rule'], "| canon", m['canonical'], "| short", sm['text'], sm['label'])
print(c, file=sys.stderr)
