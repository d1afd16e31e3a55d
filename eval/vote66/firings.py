"""Names whose settled label the gazetteer tie-break changes: branch settle_labels vs alphabetical."""
import sys, gzip, json
from collections import Counter, defaultdict
from pathlib import Path
import kg.link as L
from kg.extraction_store import ExtractionStore

def papers(d):
    for i, line in enumerate(gzip.open(Path(d) / "extractions.jsonl.gz", "rt")):
        if i and not ExtractionStore.is_fill(line):
            yield ExtractionStore.loads(line)

for d in sys.argv[1:]:
    stats = Counter(); per = defaultdict(list)
    for p in papers(d):
        own = L.own_bare_names(p)
        for n, m in enumerate(p.mentions):
            mn = L.MentionName.of(m, n in own); stats[mn] += 1
            if m.label in L.VOTING_LABELS:
                per[L.voter_name(mn)].append((p.key, m.label, m.text, m.rule))
    new = L.settle_labels(stats.items())
    orig = L.most_voted
    L.most_voted = lambda name, kind: max(sorted(kind), key=kind.get)
    old = L.settle_labels(stats.items())
    L.most_voted = orig
    names = sorted({k[0] for k in set(new) ^ set(old)} | {k[0] for k in new if old.get(k) != new[k]})
    for name in names:
        ms = per[name]
        print(d.split('/')[2], name, "old:", {k[1]: v for k, v in old.items() if k[0] == name}, "new:", {k[1]: v for k, v in new.items() if k[0] == name},
              "|", "; ".join(f"{k}:{lab}:{t}" for k, lab, t, _ in ms))
