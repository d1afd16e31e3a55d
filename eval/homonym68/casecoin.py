"""homonym68: a name a paper coins bare by a cue (kg.link.coined_bare_names' mentions, any number of coiners) whose
folded spelling is a case-sensitive gazetteer line's name or alias, written in other capitals ("HeLM" against HELM,
"LAMP" against LaMP, "DICE" against Dice): the gazetteer did not read it, linking folds case and joins it to the
listed thing's node. Lists each (paper, spelling, listed line) with the title and the cue sentence, and how many
other papers name the listed thing. Usage: PYTHONPATH=WT python casecoin.py EXTRACTIONS.jsonl.gz... > out.tsv"""
import collections, json, sys
from stored import read_papers
from kg.extract.data_files import data_dir_or_default
from kg.link import coined_bare_names, own_bare_names
from kg.names import fold_name

cs = {}
for f in (data_dir_or_default(None) / "gazetteer").glob("*.jsonl"):
    for line in open(f):
        g = json.loads(line)
        if g.get("case_sensitive"):
            for n in [g["name"], *g.get("aliases", [])]:
                cs.setdefault(fold_name(n), set()).add((f.stem, g["name"], n))
papers = read_papers(sys.argv[1:])
listed_by = collections.Counter()
for p in papers:
    for k in {fold_name(m.canonical or m.text) for m in p.mentions if m.rule == "gazetteer"} | {fold_name(m.text) for m in p.mentions if m.rule == "gazetteer"}:
        listed_by[k] += 1
print("paper\tyear\tspelling\tlabel\tlisted\tlisted_papers\ttitle_head\ttitle\tcue_sentence")
for p in papers:
    own = own_bare_names(p)
    for n in sorted(coined_bare_names(p, own)):
        m = p.mentions[n]
        k = fold_name(m.text)
        if k not in cs or m.text in {s for _, _, s in cs[k]}:
            continue
        if any(x.text == m.text for x in p.mentions[:n]):
            continue
        title = p.record.title or ""
        head = title.split(":")[0].split(" -")[0].strip() == m.text
        sent = next((r.sentence for r in p.relations if r.head is None and r.type == "PROPOSES" and fold_name(p.mentions[r.tail].text) == k), "")
        print("\t".join(map(str, [p.key, p.record.year, m.text, m.label, ";".join(sorted(f"{a}:{b}" for a, b, _ in cs[k])), listed_by[k], head, title[:110], (sent or "")[:200]])))
