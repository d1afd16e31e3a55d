import sys, re
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "homonym68"))
from stored import read_papers
from kg.names import fold_name
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.startswith(("DIFF", "PUBLIC"))]
papers = {p.key: p for p in read_papers(sys.argv[2:])}
for r in rows:
    if r[0] == "DIFF":
        name, key = r[3].split("@", 1)
        p = papers[key]
        ms = [m for m in p.mentions if fold_name(m.text) == name or fold_name(m.long_form or "") == name]
        print(f"== {r[3]} settled={r[1]} own={r[2]} | {p.record.title}")
        seen = set()
        for m in ms:
            if (m.field, m.sentence) in seen: continue
            seen.add((m.field, m.sentence))
            txt = getattr(p.record, m.field) or ''; print(f"   [{m.label}/{m.rule}] {m.field}: ...{txt[max(0,m.start-120):m.end+120]!r}")
            if len(seen) >= 3: break
    else:
        name = r[3]
        hits = []
        for p in papers.values():
            for m in p.mentions:
                if fold_name(m.long_form or m.canonical or m.text) == name and m.label == r[2]:
                    hits.append((p, m))
        print(f"== PUBLIC {name} {r[1]} -> {r[2]} {r[4]}")
        for p, m in hits[:4]:
            print(f"   {p.key} [{m.label}/{m.rule}] {m.text!r} | {p.record.title[:100]}")
