"""For public_entry firings (paper, node key, pwc_id, verdict) read from TSVs, the node's long forms in the paper's
extraction record and whether each folds to one of the catalogue entry's spelled-out names (``Catalogue.longs``):
the "a long form that differs from the entry's full name" guard, simulated."""
import gzip, sys, csv
sys.path.insert(0, "/work/wt-ownprop")
from kg import pwc
from kg.names import fold_name
from kg.extraction_store import ExtractionStore
cat = pwc.load_catalogue()
def records(d, want):
    out = {}
    with gzip.open(f"{d}/extractions.jsonl.gz", "rt") as fh:
        next(fh)
        for line in fh:
            if ExtractionStore.is_fill(line): continue
            if not any(w in line[:200] for w in want): 
                if not any(w in line for w in want): continue
            p = ExtractionStore.loads(line)
            if p.key in want: out[p.key] = p
    return out
rows = [r for r in csv.reader(open(sys.argv[1]), delimiter="\t")]  # paper, node, verdict, builddir
by_dir = {}
for r in rows: by_dir.setdefault(r[3], set()).add(r[0])
recs = {}
for d, ps in by_dir.items(): recs.update(records(d, ps))
for paper, node, verdict, d in rows:
    p = recs.get(paper)
    if p is None: print(paper, node, verdict, "NO RECORD", sep="\t"); continue
    label, tail = node.split(":", 1)
    sp = [(m.text, m.long_form) for m in p.mentions if m.label == label and (fold_name(m.text) == tail or (m.long_form and fold_name(m.long_form) == tail))]
    longs = sorted({lf for _, lf in sp if lf} | {t for t, _ in sp if pwc._spelled_out(t)})
    found = cat.match(label, sorted({x for pair in sp for x in pair if x}))
    pid = found.pwc_id if found else ""
    known = set(cat.longs.get(pid, ()))
    off = [l for l in longs if pwc.spelled_otherwise([l], known)]
    print(paper, node, verdict, pid, "|".join(longs), "|".join(sorted(known))[:80], "OFF:" + "|".join(off) if off else "-", sep="\t")
