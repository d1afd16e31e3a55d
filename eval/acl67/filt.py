"""Abstracts where "a/an … task|problem|setting|scenario|setup," or "… named \"" comes before a capitalised word."""
import gzip, json, re, sys
PAT = re.compile(r"\b(?:a|an) [^.;()]{0,80}?\b(?:task|problem|setting|scenario|setup)\s*,\s*(?:(?:called|named|termed|dubbed|coined)\s+)?(?:the\s+|as\s+)?[\"“']?[A-Z]"
                 r"|\b(?:a|an) [^.;()]{0,80}?\b(?:task|problem|setting|scenario|setup)\s*,?\s*(?:called|named|termed|dubbed|coined)\s+(?:the\s+|as\s+)?[\"“']")
src, out = sys.argv[1], sys.argv[2]
opener = gzip.open if src.endswith('.gz') else open
skip = set(sys.argv[3:])
n = 0
with opener(src, 'rt') as f, open(out, 'w') as o:
    for line in f:
        r = json.loads(line)
        if r.get('id') in skip: continue
        if src.endswith('acl-anthology-2016-2025.jsonl.gz') and (r.get('arxiv_id') or not (r.get('abstract') or '').strip()): continue
        if PAT.search(r.get('abstract') or ''):
            o.write(line); n += 1
print(n)
