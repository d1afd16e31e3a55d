"""scopevote68: each paper-scoped node (coined_apart / anew_apart) whose settled label differs from
the label its own paper's mentions vote for."""
import sys
from collections import Counter, defaultdict
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "homonym68"))
from stored import read_papers
from kg import link, pwc
from kg.extract.data_files import data_dir_or_default
from kg.names import cached_fold_name as fold_name

papers = read_papers(sys.argv[1:])
bykey = {p.key: p for p in papers}
stats = link.NameStats()
for p in papers:
    stats.add(p)
names = list(stats.items())
gaz = link.gazetteer_labels(data_dir_or_default(None))
cat = pwc.load_catalogue()
winners = link.settle_labels(names, gaz)
settled = [(m._replace(label=link.settled_label(winners, m.label, link.voter_name(m))), m, n) for m, n in names]
amb = link.ambiguous_short_forms(m for m, _, _ in settled)
sn = [(m, n) for m, _, n in settled]
apart = link.coined_apart(sn, cat)
anew = link.anew_apart(sn, amb)
own = defaultdict(Counter)   # scoped id -> raw label votes
for m, raw, n in settled:
    ids = link.mention_ids(m, amb)
    if m.coined_in and (ids[0] in apart or (m.anew and ids[0] in anew)):
        sid = link.coined_id(ids[0], m.coined_in)
        if raw.label in link.VOTING_LABELS:
            own[sid][raw.label] += (3 if raw.canonical else 1) * n
rows = []
for sid, c in sorted(own.items()):
    name = sid[1].split("@")[0]
    top = link.most_voted(name, c, gaz)
    paper = sid[1].split("@", 1)[1]
    rows.append((sid[0], top, sid[1], dict(c), (bykey[paper].record.title or "")[:90]))
ch = [r for r in rows if r[0] != r[1]]
print(f"# papers {len(papers)} scoped nodes {len(rows)} label differs {len(ch)}", file=sys.stderr)
for r in rows:
    print("\t".join(map(str, ("DIFF" if r[0] != r[1] else "same",) + r)))
# the public side: the vote without the scoped mentions
scoped_m = set()
for m, raw, n in settled:
    ids = link.mention_ids(m, amb)
    if m.coined_in and (ids[0] in apart or (m.anew and ids[0] in anew)):
        scoped_m.add(raw)
rest = [(m, n) for m, n in names if m not in scoped_m]
winners2 = link.settle_labels(rest, gaz)
moved = defaultdict(Counter)
for m, n in rest:
    a = link.settled_label(winners, m.label, link.voter_name(m))
    b = link.settled_label(winners2, m.label, link.voter_name(m))
    if a != b:
        moved[(link.voter_name(m), a, b)][m.label] += n
for (name, a, b), c in sorted(moved.items()):
    print("\t".join(map(str, ("PUBLIC", a, b, name, dict(c)))))
