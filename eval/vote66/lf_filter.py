"""lf_filter.py INPUT.jsonl OUT.jsonl: abstracts where a case-sensitive multi-word gazetteer name or alias is written,
in other capitals, right before a bracket (every abstract part 2's rule can touch)."""
import json, re, sys
from pathlib import Path
from kg.extract.gazetteer_names import load_gazetteer
forms = {a for e in load_gazetteer(Path("kg/data/gazetteer")) if e.case_sensitive for a in (e.name, *e.aliases) if " " in a}
pat = re.compile(r"(?i)(?<![\w-])(" + "|".join(re.escape(f).replace(r"\ ", r"[\s-]+") for f in sorted(forms, key=len, reverse=True)) + r")s?\s*\(")
with open(sys.argv[2], "w") as out:
    for line in open(sys.argv[1]):
        r = json.loads(line)
        if any(h not in forms for h in (m.group(1) for m in pat.finditer((r.get("title") or "") + " " + (r.get("abstract") or "")))):
            out.write(line)
