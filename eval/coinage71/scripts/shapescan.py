"""Scan the unseen arXiv corpus for "Expansion (SF)" where SF is a catalogued Method/Dataset short form or a listed
gazetteer short form and the expansion puts another word on a letter than every spelled-out name of the entry /
line (spelled_letter_for_letter_otherwise). Writes shape-scan rows and the flagged abstracts as JSONL."""
import gzip, json, re, sys, glob, random
from kg import pwc
from kg.names import fold_name
cat = pwc.load_catalogue()
excl = set()
for f in glob.glob("/work/main/eval/**/*", recursive=True):
    try: txt = open(f, encoding="utf-8", errors="ignore").read()
    except Exception: continue
    excl.update(re.findall(r"\b(\d{4}\.\d{4,5})(?:v\d+)?\b", txt))
for p in ("/tmp/draw70/input.jsonl", "/tmp/draw71/input.jsonl", "/tmp/coinage71/slice/input.jsonl"):
    for line in open(p): excl.add(json.loads(line)["id"])
gaz = {}
for g in glob.glob('/work/wt-coinage71/kg/data/gazetteer/*.jsonl'):
    for line in open(g):
        e = json.loads(line); names = [e['name'], *e.get('aliases', [])]
        longs = sorted({fold_name(x) for x in names if len(x.split()) > 1})
        if longs:
            for x in names:
                if re.fullmatch(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*s?", x): gaz.setdefault(fold_name(x), set()).update(longs)
BR = re.compile(r"((?:[\w\-']+\s+){1,9})\(([A-Z][A-Za-z0-9\-]{1,9})\)")
rows, picked = [], []
with gzip.open('/work/shared/corpus/arxiv-ml-175k.jsonl.gz', 'rt') as fh:
    for line in fh:
        r = json.loads(line)
        if r['id'] in excl: continue
        hit = False
        for m in BR.finditer(r['abstract']):
            sf = m.group(2); words = m.group(1).split()
            letters = [c.lower() for c in sf if c.isalpha()]
            if not letters: continue
            # the shortest run of preceding words opening with the first letter that aligns
            exp = None
            for k in range(len(words) - 1, -1, -1):
                cand = ' '.join(words[k:])
                if words[k][0].lower() == letters[0] and pwc._letter_words(sf, fold_name(cand)) is not None and len(words) - k >= 2:
                    exp = cand; break
            if exp is None: continue
            pid = pwc.spelled_as_entry(cat, 'Method', sf, exp) or pwc.spelled_as_entry(cat, 'Dataset', sf, exp)
            listed = sorted(gaz.get(fold_name(sf), ()))
            if not pid and not listed: continue
            if pid and cat._hits(pwc.PWC_TYPE_OF_LABEL['Method'], [exp]) | cat._hits('Dataset', [exp]): continue
            if pwc.spelled_letter_for_letter_otherwise(cat, pid or '', sf, exp, listed):
                rows.append((r['id'], sf, exp, pid or '', ' / '.join(listed)[:120])); hit = True
        if hit: picked.append(line)
print(len(rows), len(picked), file=sys.stderr)
with open('/tmp/coinage71/shape-scan.tsv', 'w') as out:
    out.write('paper\tshort\texpansion\tpwc_id\tlisted\n')
    for row in rows: out.write('\t'.join(row) + '\n')
open('/tmp/coinage71/shape/input.jsonl', 'w').writelines(picked)
