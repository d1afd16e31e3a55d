"""public_entry firings of the base build (c5k_pe_*.tsv) that the branch relink (drw/brc*.tsv.gz) no longer makes:
where spelled_otherwise acts."""
import gzip, sys
for c in sys.argv[1:]:
    br = set()
    for l in gzip.open(f"drw/brc{c}.tsv.gz", "rt"):
        f = l.split("\t")
        if f[3] == "public_entry": br.add((f[0], f[2]))
    for l in open(f"c5k_pe_{c}.tsv"):
        f = l.rstrip("\n").split("\t")
        if (f[0], f[3]) not in br: print(c, *f, sep="\t")
