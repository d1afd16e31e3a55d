import csv, sys, re, glob
from difflib import SequenceMatcher
sys.path.insert(0, "/work/wt-ownpwc")
from kg.names import folded_title
old = {}
for r in csv.DictReader(open("/work/wt-ownpwc/eval/ownpwc66/readings.tsv"), delimiter="\t"):
    old[(r["paper"], r["pwc_id"])] = r["verdict"]
out = open("all_rows.tsv", "w")
for f in sorted(glob.glob("draw6*_census.tsv")):
    for l in open(f):
        c = l.rstrip("\n").split("\t")
        own = c[13] not in ("None", "") and SequenceMatcher(None, folded_title(c[12]), folded_title(c[13])).ratio() >= 0.9
        v = "own" if own else old.get((c[1], c[4]), "")
        out.write("\t".join(c + [v]) + "\n")
