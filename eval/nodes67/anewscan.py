"""Rule A census: a paper's cue-proposed mention that heads its title and that named_anew says is not the PwC entry's."""
import gzip, json, collections, sys
from kg.names import fold_name
from kg import pwc
cat = pwc.load_catalogue()
f = gzip.open(sys.argv[1], "rt"); hdr = json.loads(f.readline())
MF, RelF = hdr["fields"]["mention"], hdr["fields"]["relation"]
print(RelF, file=sys.stderr)
users = collections.defaultdict(set)
fires = []
for line in f:
    if line.startswith('{"format"'): continue
    d = json.loads(line)
    if "fill" in d: continue
    ms = [dict(zip(MF, m)) for m in d["mentions"]]
    for m in ms:
        users[(m["label"], fold_name(m["text"]))].add(d["key"])
    rels = [dict(zip(RelF, r)) for r in d["relations"]]
    rec = d["record"]
    for r in rels:
        if r["head"] is None and r["type"] == "PROPOSES" and r["rule"] != "learned_role":
            m = ms[r["tail"]]
            found = cat.match(m["label"], [m["text"]])
            if not found: continue
            entry = cat.introduced(found.pwc_id)
            if pwc.named_anew([m["text"]], {"title": rec.get("title"), "year": rec.get("year")}, entry):
                fires.append((d["key"], m["label"], m["text"], found.pwc_id, entry, rec.get("title")[:100], rec.get("year")))
for k, lab, t, pid, entry, title, yr in fires:
    others = users[(lab, fold_name(t))] - {k}
    print(k, lab, t, pid, entry, yr, len(others), title, sep="\t")
