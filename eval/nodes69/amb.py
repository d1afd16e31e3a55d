"""nodes69 (c): ambiguous short forms of a stored build whose expansions include a listed name: per (label, short form),
each paper's expansion (listed canonical or own long form).
Usage: PYTHONPATH=WT python eval/nodes69/amb.py EXTRACTIONS.jsonl.gz... (rows read in ambiguous_listed.tsv)."""
import sys, collections, gzip
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'homonym68'))
from stored import read_papers
from kg import link, pwc
from kg.link import fold_name, SHORT_FORM
papers = read_papers(sys.argv[1:])
stats = link.NameStats()
for p in papers:
    stats.add(p)
names = list(stats.items())
winners = link.settle_labels(names, None)
settled = [(n._replace(label=link.settled_label(winners, n.label, link.voter_name(n))), c) for n, c in names]
amb = link.ambiguous_short_forms(n for n, _ in settled)
rows = collections.defaultdict(list)
for p in papers:
    for m in p.mentions:
        lab = link.settled_label(winners, m.label, link.voter_name(m))
        k = (lab, fold_name(m.text))
        if k in amb and (m.long_form or m.canonical):
            exp = ('LISTED ' + str(m.canonical)) if m.canonical and (m.rule == 'gazetteer' or not m.long_form) else (m.long_form or '') + (' [can=' + m.canonical + ']' if m.canonical else '')
            rows[k].append((exp, p.key, m.text))
for k in sorted(rows):
    exps = collections.defaultdict(set)
    for e, pk, t in rows[k]:
        exps[e].add(pk)
    if any(e.startswith('LISTED') for e in exps) and len(exps) > 1:
        print(k, {e: sorted(v)[:3] + ([f'+{len(v)-3}'] if len(v) > 3 else []) for e, v in exps.items()})
