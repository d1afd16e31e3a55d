"""Over coinage70's shape-scan (expansions the catalogue confirms for a bracketed Method short form), flag
those a telling word of which spells nothing of the entry (spelled_otherwise_by_a_word) and whether the
defining sentence holds a proposing cue."""
import csv, gzip, json, re, sys
from kg import pwc
cat = pwc.load_catalogue()
rows = list(csv.DictReader(open('/work/wt-coinage71/eval/coinage70/shape-scan.tsv'), delimiter='\t'))
want = {r['paper'] for r in rows}
abstracts = {}
with gzip.open('/work/shared/corpus/arxiv-ml-175k.jsonl.gz','rt') as fh:
    for line in fh:
        r = json.loads(line)
        if r['id'] in want: abstracts[r['id']] = r['title'] + '. ' + r['abstract']
CUE = re.compile(r"\b(?:we|We|this paper|This paper|this work|This work) (?:propose|introduce|present|develop|design|devise)|\b(?:called|named|dubbed|termed)\b|\bnovel\b|\bnew\b")
out = csv.writer(open('scan71-letters.tsv','w'), delimiter='\t')
out.writerow(['paper','short','expansion','pwc_id','spelled_apart','by_a_word','cue','sentence'])
n = by = cued = 0
for r in rows:
    pid = r['spelled_as_entry']
    if not pid: continue
    n += 1
    w = pwc.spelled_letter_for_letter_otherwise(cat, pid, r["short"], r["expansion_read_before_bracket"])
    if not w or r['spelled_apart'] == 'True': continue
    by += 1
    text = abstracts.get(r['paper'], '')
    sent = next((s for s in re.split(r'(?<=[.!?])\s', text) if f"({r['short']}" in s), '')
    c = bool(CUE.search(sent))
    cued += c
    out.writerow([r['paper'], r['short'], r['expansion_read_before_bracket'], pid, r['spelled_apart'], w, c, sent[:400]])
print(n, by, cued)
