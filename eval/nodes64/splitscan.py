"""Definition mentions (long form with a canonical short form) whose label differs from the label of the
short form's mentions in the same paper: the shape of RWKV / "Receptance Weighted Key Value" two nodes."""
import sys, json
from collections import defaultdict
from kg.extraction_store import ExtractionStore
n = 0
for p in ExtractionStore(sys.argv[1] + "/extractions.jsonl.gz").read():
    by_canon = defaultdict(set)
    for m in p.mentions:
        c = m.canonical or m.text
        by_canon[c.lower()].add((m.label, m.rule))
    for m in p.mentions:
        if m.long_form and m.canonical and m.text == m.long_form:
            others = {l for l, r in by_canon[m.canonical.lower()] if l != m.label}
            if others:
                n += 1
                print(p.key, repr(m.text), m.label, "->", m.canonical, sorted(by_canon[m.canonical.lower()]))
print(n, file=sys.stderr)
