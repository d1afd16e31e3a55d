"""Census of label votes: names whose top two labels are tied or within one."""
import sys, json
from collections import defaultdict, Counter
from pathlib import Path
from kg.extraction_store import ExtractionStore
from kg.link import (MentionName, own_bare_names, voter_name, VOTING_LABELS, settle_labels, listed_kinds, label_named_in, DATA_LABELS, fold_name, inner_capitals, written_apart)

def load(d):
    import gzip
    out = []
    for i, line in enumerate(gzip.open(Path(d) / "extractions.jsonl.gz", "rt")):
        if i == 0 or ExtractionStore.is_fill(line):
            continue
        out.append(ExtractionStore.loads(line))
    return out

def main(d, out, margin=1):
    papers = load(d)
    stats = Counter()
    per = defaultdict(list)  # name -> [(label, weight, paperkey, text, rule, canonical, long_form, sentence)]
    for p in papers:
        own = own_bare_names(p)
        for n, m in enumerate(p.mentions):
            mn = MentionName.of(m, n in own)
            stats[mn] += 1
            if m.label in VOTING_LABELS:
                per[voter_name(mn)].append((m.label, 3 if m.canonical else 1, p.key, m.text, m.rule, m.canonical, m.long_form, m.sentence if isinstance(m.sentence, str) else ""))
    winners = settle_labels(stats.items())
    rows = []
    for name, ms in per.items():
        c = Counter()
        for lab, w, *_ in ms:
            c[lab] += w
        if len(c) < 2:
            continue
        top = c.most_common()
        if top[0][1] - top[1][1] > margin:
            continue
        # winner per label
        won = {lab: winners.get((name, lab), lab) for lab in c}
        rows.append(dict(name=name, votes=dict(c), won=won, papers={lab: sorted({m[2] for m in ms if m[0]==lab}) for lab in c},
                         mentions=[dict(label=m[0], w=m[1], paper=m[2], text=m[3], rule=m[4], canonical=m[5], long_form=m[6]) for m in ms]))
    json.dump(rows, open(out, "w"), indent=1)
    print(len(rows), "near-tie names of", sum(1 for ms in per.values() if len({m[0] for m in ms})>1), "multi-label names")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
