"""Every public_entry firing in relinked builds, with ownpwc67's verdict on the (paper, node) where it read one."""
import csv, json, sys
rd = {(r['paper'], r['node']): r for r in csv.DictReader(open('readings.tsv'), delimiter='\t')}
w = csv.writer(sys.stdout, delimiter='\t')
w.writerow(['set', 'paper', 'node', 'new_type', 'ownpwc67', 'ownpwc67_note', 'field', 'sentence'])
seen = set()
for name in sys.argv[1:]:
    for l in open(f'{name}/edges.jsonl'):
        e = json.loads(l)
        for ev in e['evidence']:
            if ev['rule'] != 'public_entry' or (ev['paper'], e['target']) in seen: continue
            seen.add((ev['paper'], e['target']))
            r = rd.get((ev['paper'], e['target']), {})
            w.writerow([name, ev['paper'], e['target'], e['type'], r.get('verdict', ''), r.get('note', ''), ev['field'], ev['sentence']])
