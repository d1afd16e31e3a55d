"""Does raw text + d077f08's tokenizer, scored against the rebuilt training dev DocBin's ents, give meta.json's dev score?"""
import json, re
from pathlib import Path
from kg.extract.pipeline import build_pipeline
src = re.sub(r"@registry\.tokenizers\([^)]*\)\n", "", Path("/tmp/ner55/old/kg/extract/tokenizer.py").read_text()); m = {}
exec(compile(src, "old_tokenizer", "exec"), m)
nlp = build_pipeline(); ner = nlp.get_pipe("kg_entity_recognizer").span_model.get_pipe("ner")
for name, tok in (("old", m["create_ml_tokenizer"](nlp)), ("new", nlp.tokenizer)):
    tp = fp = fn = 0
    for l in open("/tmp/ner55/corpus_old/dev.jsonl"):
        r = json.loads(l)
        d = next(ner.pipe([tok(r["text"])]))
        pred = {(e.start_char, e.end_char, e.label_) for e in d.ents}; gold = {tuple(x) for x in r["ents"]}
        tp += len(pred & gold); fp += len(pred - gold); fn += len(gold - pred)
    p, rr = tp / (tp + fp), tp / (tp + fn)
    print(name, "P %.4f R %.4f F %.4f" % (p, rr, 2 * p * rr / (p + rr)))
