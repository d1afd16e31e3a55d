"""evalon46 draw (session 46; README here):  python eval/evalon46/draw.py BOARD44_INPUT.jsonl OUT.jsonl

3,000 arXiv corpus records, index % 89 in {7, 52}, not in any span batch
(first draw recomputed with tools/annotate/sample.py's logic, so the test batches are not opened;
batches 05-100 read for ids), not evalon45's, not board42/43's (first 3,000 of 2024), not board44's,
not board46's (index % 97 == 46); random.Random(46).sample."""
import gzip, json, random, sys
from collections import defaultdict
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / 'tools' / 'annotate'))
import sample as S
WT = Path(__file__).resolve().parents[2]
recs = [json.loads(l) for l in gzip.open(WT.parent / 'shared' / 'corpus' / 'arxiv-ml-175k.jsonl.gz', 'rt')]
# first span draw recomputed (ids only)
cells = defaultdict(list)
for rec in recs:
    cat = (rec.get('categories') or '').split(' ')[0]
    b = S.bucket(int(rec.get('year') or 0))
    if b is None or cat not in S.CATEGORIES or not rec.get('abstract') or len(rec['abstract']) > S.MAX_ABSTRACT:
        continue
    cells[(b, cat)].append({k: rec[k] for k in ('id', 'title', 'abstract', 'year', 'categories')})
rng = random.Random(20261129)
per = 600 // 40
chosen, left = [], []
for k in sorted(cells):
    pool = cells[k]; rng.shuffle(pool); chosen += pool[:per]; left += pool[per:per * 4]
rng.shuffle(left); chosen += left[:600 - len(chosen)]
taken = {r['id'] for r in chosen}
for n in range(5, 101):
    p = WT / f'eval/spans/batches/batch-{n:02d}.jsonl'
    if p.exists():
        taken |= {json.loads(l)['id'] for l in open(p) if l.strip()}
print('span ids', len(taken))
ev45 = set(open(WT / 'eval/evalon45/proxy-ids.txt').read().split())
b44 = {json.loads(l)['id'] for l in open(sys.argv[1])}  # board44's draw (its input file, /tmp/board44/big/input.jsonl)
b42 = []
for r in recs:
    if int(r.get('year') or 0) == 2024 and r['id'] not in taken:
        b42.append(r['id'])
        if len(b42) == 3000: break
excl = taken | ev45 | b44 | set(b42)
cand = [r for i, r in enumerate(recs) if i % 89 in (7, 52) and i % 97 != 46 and r['id'] not in excl and r.get('abstract')]
print('candidates', len(cand))
draw = random.Random(46).sample(cand, 3000)
with open(sys.argv[2], 'w') as fh:
    for r in draw:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')

