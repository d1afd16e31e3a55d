"""Corpus titles "Name: …" folding to one PwC method/dataset entry, dated GAP years after it under another title."""
import sys
sys.path.insert(0, "/tmp/ownpwc66"); sys.path.insert(0, "/work/wt-ownpwc")
from pwcmeta import headed_titles, norm
for r, pid, m in headed_titles():
    ty, py = m.get("year"), r.get("year")
    if ty and py and py - ty == int(sys.argv[1]) and norm(m.get("title")) != norm(r["title"]):
        print(pid, r["title"][:80], (m.get("title") or "")[:80], sep="\t")
