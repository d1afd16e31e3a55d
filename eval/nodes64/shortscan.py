"""Short forms of definitions whose canonical is another name than themselves and whose letters do not spell the
long form (first letter differs, or its capitals are no subsequence of the long form): the R-TNAG / GRU shape."""
import sys, re
from kg.extraction_store import ExtractionStore
def spells(short, long):
    s = [c.lower() for c in short if c.isalnum()]
    l = long.lower()
    if not s or not l or s[0] != l[0]: return False
    i = 0
    for c in s:
        i = l.find(c, i)
        if i < 0: return False
        i += 1
    return True
n = 0
for p in ExtractionStore(sys.argv[1] + "/extractions.jsonl.gz").read():
    seen = set()
    for m in p.mentions:
        if m.long_form and m.text != m.long_form and m.canonical and m.canonical != m.text and not spells(m.text.rstrip("s"), m.long_form):
            if (m.text, m.canonical) in seen: continue
            seen.add((m.text, m.canonical)); n += 1
            print(p.key, repr(m.text), "->", m.canonical, "| long:", repr(m.long_form), m.rule, m.label)
print(n, file=sys.stderr)
