"""Mentions with a long form whose short form's letters do not spell it (first letter differs or letters out of order)."""
import re, sys
from kg.extraction_store import ExtractionStore
def spells(short, long):
    """nodes64's shortscan test: the short form's first letter opens the long form and its letters occur in order."""
    letters = [c for c in short.lower() if c.isalnum()]
    return bool(letters) and long.lower().startswith(letters[0]) and re.search(".*?".join(map(re.escape, letters)), long.lower()) is not None
seen = set()
for p in ExtractionStore(sys.argv[1] + "/extractions.jsonl.gz").read():
    for m in p.mentions:
        if m.long_form and m.text != m.long_form:
            short = m.text
            if (p.key, short, m.long_form) in seen: continue
            seen.add((p.key, short, m.long_form))
            if not spells(short.rstrip("s"), m.long_form):
                print(p.key, repr(short), "<-", repr(m.long_form), m.label, m.rule, "canon=", m.canonical, sep="\t")
