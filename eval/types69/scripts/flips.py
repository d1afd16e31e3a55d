"""The span typer's relabellings on unseen text: extract N draw abstracts with the typer on and off; every name whose
label differs (present both ways)."""
import json, sys, random, collections
from kg.extract import extract_papers
from kg.extract.pipeline import build_pipeline
from kg.types import Record, Source
N = int(sys.argv[1])
lines = open('/tmp/draw69/input.jsonl').readlines()
pick = random.Random(6901).sample(range(len(lines)), N)
recs = []
for i in sorted(pick):
    r = json.loads(lines[i]); recs.append(('arXiv:' + r['id'], r, Record(title=r['title'], abstract=r['abstract'], source=Source('x', i))))
nlp = build_pipeline()
comp = [c for _, c in nlp.pipeline if hasattr(c, 'span_typer')][0]
def labels(on):
    keep = comp.span_typer
    if not on: comp.span_typer = None
    out = []
    for p in extract_papers(nlp, [x[2] for x in recs]):
        d = collections.defaultdict(collections.Counter)
        for m in p.mentions: d[m.text][m.label] += 1
        out.append({t: (c.most_common(1)[0][0], sorted({m.rule for m in p.mentions if m.text == t}), [m.sentence for m in p.mentions if m.text == t][0] if False else None) for t, c in d.items()})
    comp.span_typer = keep
    return out
on, off = labels(True), labels(False)
n = 0
for (k, r, _), a, b in zip(recs, on, off):
    for t in a:
        if t in b and a[t][0] != b[t][0]:
            n += 1
            txt = (r['title'] + ' || ' + r['abstract'])
            i = txt.find(t)
            print(k, t, b[t][0], '->', a[t][0], ','.join(a[t][1]), txt[max(0, i-120):i+len(t)+100].replace('\n', ' '), sep='\t')
print(n, 'flips in', N, file=sys.stderr)
