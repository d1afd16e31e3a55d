import json, gzip, re, sys
from spacy.lang.en.stop_words import STOP_WORDS
inp, build, out = sys.argv[1], sys.argv[2], sys.argv[3]
recs = {}
for l in open(inp):
    r = json.loads(l); recs[r['title']] = r
ms = {}
f = gzip.open(build + '/extractions.jsonl.gz', 'rt'); f.readline()
for l in f:
    r = json.loads(l); t = r['record']['title'] if isinstance(r['record'], dict) else r['record'][0]
    ms[t] = [m for m in r['mentions'] if m[2] == 'title']
rows = []; cnt = {}
for t, r in recs.items():
    m = re.match(r'^(.+?) (for|with|via) ', t)
    if not m: continue
    head = m.group(1); words = head.split()
    if len(words) < 2 or ':' in head or not all(w[:1].isupper() or w[:1].isdigit() for w in words): continue
    if any(w.lower() in STOP_WORDS for w in words): continue
    tm = ms.get(t, [])
    inhead = [x for x in tm if x[4] <= len(head)]
    if any(x[3] == 0 and x[4] == len(head) for x in inhead): kind = 'whole'
    elif inhead: kind = 'fragment'
    else: kind = 'nothing'
    rest = head.lower() in r['abstract'].lower()
    cnt[(kind, rest)] = cnt.get((kind, rest), 0) + 1
    rows.append([r.get('id', ''), t, kind, 'restated' if rest else 'once', '; '.join(f"{x[0]}|{x[1]}|{x[6]}" for x in inhead)])
print(sorted(cnt.items()))
with open(out, 'w') as fo:
    fo.write('id\ttitle\tbase_kind\tabstract\tbase_head_mentions\n')
    for row in rows: fo.write('\t'.join(map(str, row)) + '\n')
