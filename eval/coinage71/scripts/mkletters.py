"""The letters set: the 14 corpus papers whose confirmed expansion spelled_letter_for_letter_otherwise flags
(scan71-letters.tsv) and up to 25 unseen corpus abstracts per short form that write the short form (controls)."""
import csv, glob, gzip, json, re, random
rows = list(csv.DictReader(open('/tmp/coinage71/scan71-letters.tsv'), delimiter='\t'))
flagged = {r['paper'] for r in rows}
shorts = sorted({r['short'].rstrip('s') for r in rows})
excl = set()
for f in glob.glob("/work/main/eval/**/*", recursive=True):
    try: txt = open(f, encoding="utf-8", errors="ignore").read()
    except Exception: continue
    excl.update(re.findall(r"\b(\d{4}\.\d{4,5})(?:v\d+)?\b", txt))
for p in ("/tmp/draw70/input.jsonl", "/tmp/draw71/input.jsonl"):
    for line in open(p): excl.add(json.loads(line)["id"])
pats = {s: re.compile(r"\b%ss?\b" % re.escape(s)) for s in shorts}
picked, per = [], {s: [] for s in shorts}
with gzip.open('/work/shared/corpus/arxiv-ml-175k.jsonl.gz', 'rt') as fh:
    for line in fh:
        r = json.loads(line)
        if r['id'] in flagged: picked.append(line); continue
        if r['id'] in excl: continue
        for s, p in pats.items():
            if p.search(r['abstract']): per[s].append(line); break
rng = random.Random(71)
for s in shorts:
    picked += rng.sample(per[s], min(25, len(per[s])))
print(len(picked), {s: len(v) for s, v in per.items()})
open('/tmp/coinage71/letters/input.jsonl', 'w').writelines(picked)
