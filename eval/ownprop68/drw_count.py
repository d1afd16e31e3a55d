"""own_entry firings (rule in a PROPOSES's evidence) in the draws' branch relinks, and the Paper edges that differ
between the candidate (case-blind title head) relink and the branch relink."""
import gzip, sys
for n in sys.argv[1:]:
    br = set(l.rstrip("\n").split("\t")[:3] and tuple(l.rstrip("\n").split("\t")[:3]) for l in gzip.open(f"drw/br{n}.tsv.gz", "rt"))
    for l in gzip.open(f"drw/br{n}.tsv.gz", "rt"):
        f = l.rstrip("\n").split("\t")
        if f[3] == "own_entry": print("own_entry", n, *f, sep="\t")
    try:
        cand = set(tuple(l.rstrip("\n").split("\t")[:3]) for l in gzip.open(f"drw/cand{n}.tsv.gz", "rt"))
    except FileNotFoundError:
        continue
    for e in sorted(cand - br): print("cand+", n, *e, sep="\t")
    for e in sorted(br - cand): print("cand-", n, *e, sep="\t")
