"""nodes69 (b): mentions whose folded spelling is a case-sensitive gazetteer line's name / alias, written in capitals no listed
spelling has (not coined bare: any mention), with their paper's other spellings and a window.
Usage: PYTHONPATH=WT python eval/nodes69/casecensus.py EXTRACTIONS.jsonl.gz... (read in case_capitals.tsv)"""
import sys, collections
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[1] / 'homonym68'))
from stored import read_papers
from kg.link import case_sensitive_spellings, fold_name
from kg.extract.data_files import data_dir_or_default
listed = case_sensitive_spellings(data_dir_or_default(None))
rows = collections.defaultdict(list)
for p in read_papers(sys.argv[1:]):
    for m in p.mentions:
        sp = listed.get(fold_name(m.text))
        if sp and m.text not in sp:
            src = (p.record.title if m.field == 'title' else p.record.abstract) or ''
            rows[(m.text, tuple(sorted(sp)))].append((p.key, m.label, m.rule, src[max(0, m.start - 80):m.end + 40].replace('\n', ' ')))
for (t, sp), v in sorted(rows.items()):
    seen = set()
    for pk, lab, rule, win in v:
        if pk in seen: continue
        seen.add(pk)
        print(f"{t}\t{'/'.join(sp)}\t{pk}\t{lab}\t{rule}\t{win}")
