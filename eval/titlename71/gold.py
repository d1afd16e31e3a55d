import re, collections
from spacy.lang.en.stop_words import STOP_WORDS
from kg.annotations import load_split
cnt = collections.Counter(); rows = []
for r, a in load_split('train'):
    t = r['title']
    m = re.match(r'^(.+?) (for|with|via) ', t)
    if not m: continue
    head = m.group(1); words = head.split()
    if len(words) < 2 or ':' in head or not all(w[:1].isupper() or w[:1].isdigit() for w in words) or any(w.lower() in STOP_WORDS for w in words): continue
    ents = a['entities']
    whole = [e['type'] for e in ents if e['text'].lower() == head.lower()]
    frag = [f"{e['text']}|{e['type']}" for e in ents if e['text'].lower() != head.lower() and e['text'].lower() in head.lower()]
    rest = head.lower() in r['abstract'].lower()
    kind = 'whole:' + whole[0] if whole else ('fragment' if frag else 'nothing')
    cnt[(kind, rest)] += 1
    rows.append([r['id'], t, kind, 'restated' if rest else 'once', '; '.join(frag)])
for k, v in sorted(cnt.items()): print(k, v)
with open('gold-train.tsv', 'w') as f:
    f.write('id\ttitle\tgold_kind\tabstract\tgold_fragments\n')
    for row in rows: f.write('\t'.join(row) + '\n')
