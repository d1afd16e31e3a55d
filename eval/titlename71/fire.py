import sys, json
from kg.extract.pipeline import build_pipeline, make_doc, split_sentences
from kg.types import Record
nlp = build_pipeline()
rec = nlp.get_pipe("kg_entity_recognizer")
fired = []
orig = rec.restated_title_head_method
def wrap(doc, start, end, label, rule_cands):
    ok = orig(doc, start, end, label, rule_cands)
    if ok and not rec.extends_a_rules_name(doc, start, end, label, rule_cands) and not rec.restated_capitalised_name(doc, start, end, rule_cands):
        fired.append((doc[start:end].text, [(doc[c.start:c.end].text, c.label, c.rule) for c in rule_cands if c.start < end and start < c.end]))
    return ok
rec.restated_title_head_method = wrap
recs = [json.loads(l) for l in open(sys.argv[1])]
docs = []
for r in recs:
    docs.append(split_sentences(nlp, make_doc(nlp, Record(title=r["title"], abstract=r["abstract"], source="arxiv"))))
out = open(sys.argv[2], 'w')
for i in range(0, len(docs), 64):
    batch = docs[i:i+64]
    spans = rec.model_spans(batch)
    for r, doc, sp in zip(recs[i:i+64], batch, spans):
        # only titles of the shape matter: skip the rest cheaply
        fired.clear()
        rec.candidates(doc, sp)
        for name, inner in fired:
            out.write(json.dumps({"id": r["id"], "title": r["title"], "name": name, "inner": inner}) + "\n"); out.flush()
