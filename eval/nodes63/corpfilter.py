"""Corpus abstracts where the shape can occur: a definition "Long Form (SF)" whose long form the paper writes again
(title, or twice), and another short form the paper defines or uses whose capitals the long form spells."""
import gzip, json, re, glob, random, sys
random.seed(63)
from kg.names import capitals_spelled
excl = set()
for f in glob.glob('/work/main/eval/**/*.jsonl', recursive=True):
    for l in open(f):
        try: excl.add(json.loads(l).get('id'))
        except Exception: pass
for f in ['/tmp/draw61/input.jsonl', '/tmp/draw62/input.jsonl', '/tmp/draw63/input.jsonl', '/tmp/sets/train-input.jsonl']:
    for l in open(f): excl.add(json.loads(l)['id'])
DEF = re.compile(r"((?:[A-Za-z][\w-]*\s+){1,6}[A-Za-z][\w-]*)\s*\(([A-Za-z][A-Za-z0-9-]{1,12})\)")
out = []
for l in gzip.open('/work/shared/corpus/arxiv-ml-175k.jsonl.gz', 'rt'):
    r = json.loads(l)
    if r['id'] in excl: continue
    text = r['title'] + "\n" + r['abstract']
    if random.random() > 0.25: continue
    defs = DEF.findall(r['abstract'])
    if len(defs) < 2: continue
    shorts = set(re.findall(r"\b([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*)\b", text))
    hit = False
    for lf, sf in defs:
        words = lf.split()
        # trim the long form to the words its short form's letters reach (rough): last len(sf)+2 words
        for k in range(2, min(len(words), 7) + 1):
            cand = " ".join(words[-k:])
            if text.lower().count(cand.lower()) < 2: continue
            if any(o != sf and o not in sf and capitals_spelled(o, cand) for o in shorts):
                hit = True; break
        if hit: break
    if hit:
        out.append(l)
        if len(out) >= 450: break
random.Random(63).shuffle(out)
print(len(out), file=sys.stderr)
sys.stdout.writelines(out)
