"""The unseen draw: abstracts whose tokens differ (today vs d077f08's tokenizer) and the recogniser's spans that
differ between the two (no gold; read by hand)."""
import json, re
from collections import Counter
from pathlib import Path
from kg.extract.pipeline import build_pipeline, make_doc
from kg.types import Record, Source
src = re.sub(r"@registry\.tokenizers\([^)]*\)\n", "", Path("/tmp/ner55/old/kg/extract/tokenizer.py").read_text()); m = {}
exec(compile(src, "old_tokenizer", "exec"), m)
nlp = build_pipeline(); ner = nlp.get_pipe("kg_entity_recognizer").span_model.get_pipe("ner")
old_tok = m["create_ml_tokenizer"](nlp)
c = Counter()
out = open("/tmp/ner55/draw_diffs.jsonl", "w")
for line in open("/tmp/draw55/input.jsonl"):
    r = json.loads(line)
    dn = make_doc(nlp, Record(r.get("title") or "", r.get("abstract") or "", Source("draw", 0)))
    text = dn.text
    do = old_tok(text)
    c["abstracts"] += 1
    if [(t.idx, len(t)) for t in dn] == [(t.idx, len(t)) for t in do]:
        continue
    c["tok_differ"] += 1
    pa = {(e.start_char, e.end_char, e.label_) for e in next(ner.pipe([dn])).ents}
    pb = {(e.start_char, e.end_char, e.label_) for e in next(ner.pipe([do])).ents}
    c["spans_A"] += len(pa); c["spans_B"] += len(pb); c["A_only"] += len(pa - pb); c["B_only"] += len(pb - pa)
    if pa != pb:
        c["abstracts_spans_differ"] += 1
        for x in sorted(pa ^ pb):
            out.write(json.dumps({"id": r.get("id"), "which": "A_today" if x in pa else "B_trained", "span": text[x[0]:x[1]], "label": x[2],
                                  "ctx": text[max(0, x[0] - 70):x[1] + 50].replace("\n", " ")}, ensure_ascii=False) + "\n")
print(dict(c))
