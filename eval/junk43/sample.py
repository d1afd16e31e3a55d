"""(eval/junk43) 2,000 unseen abstracts: not in any span batch (ids only), reannotation, proxy inputs or the sample dev; seed 43;
only the ids of the span batches are read (as tools/annotate/sample.py --exclude does);
evenly across years 2013-2026 x primary categories cs.CL cs.CV cs.LG cs.AI stat.ML."""
import gzip, json, random, glob, os, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]  # the checkout
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/junk43")
from collections import defaultdict
taken = set()
for f in glob.glob(f'{ROOT}/eval/spans/batches/*.jsonl') + glob.glob(f'{ROOT}/eval/spans/reannotation/batch-*.jsonl') \
        + glob.glob(f'{ROOT}/eval/proxy*-input.jsonl') + [f'{ROOT}/eval/dev.jsonl']:
    for line in open(f):
        if line.strip():
            d = json.loads(line)
            if 'id' in d: taken.add(d['id'])
for f in filter(None, os.environ.get('SAMPLE_EXCLUDE', '').split(os.pathsep)):  # id lists of earlier samples (eval/junk44)
    taken |= {l.strip() for l in open(f) if l.strip()}
print('taken', len(taken))
CATS = ["cs.CL", "cs.CV", "cs.LG", "cs.AI", "stat.ML"]
cells = defaultdict(list)
for line in gzip.open(str(ROOT.parent / 'shared/corpus/arxiv-ml-175k.jsonl.gz') if len(sys.argv) < 3 else sys.argv[2], 'rt'):
    r = json.loads(line)
    cat = (r.get('categories') or '').split(' ')[0]
    y = int(r.get('year') or 0)
    if not (2013 <= y <= 2026) or cat not in CATS or not r.get('abstract') or len(r['abstract']) > 2000 or r['id'] in taken:
        continue
    cells[(y, cat)].append({k: r[k] for k in ('id', 'title', 'abstract', 'year', 'categories')})
rng = random.Random(int(os.environ.get('SAMPLE_SEED', 43)))
keys = sorted(k for k in cells)
for k in keys: rng.shuffle(cells[k])
quota = {k: 0 for k in keys}
n = 0
while n < 2000:  # water-filling: one more from each cell with room, in cell order, until 2,000
    for k in keys:
        if n < 2000 and quota[k] < len(cells[k]):
            quota[k] += 1; n += 1
chosen = [r for k in keys for r in cells[k][:quota[k]]]
short = {k: len(cells[k]) for k in keys if len(cells[k]) < quota[k] + 1 and quota[k] == len(cells[k])}
print('short cells', short)
rng.shuffle(chosen)
with open(OUT / 'unseen-input.jsonl', 'w') as fh:
    for r in chosen: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(OUT / 'unseen-ids.txt', 'w') as fh:
    fh.write('\n'.join(r['id'] for r in chosen) + '\n')
print(len(chosen))
