"""Recogniser alone: today's tokens vs today's tokens with lower-camel hyphen names split at hyphens (as trained)."""
import json, re, sys
from spacy.tokens import Doc
from kg.annotations import load_split, normalized_spans
from kg.extract.pipeline import build_pipeline, make_doc, TITLE_SEPARATOR
from kg.types import Record, Source
LCH = re.compile(r"^[a-z][a-z]*[A-Z][A-Za-z]*(?:-[A-Za-z]+)+$")
nlp = build_pipeline(); ner = nlp.get_pipe("kg_entity_recognizer").span_model.get_pipe("ner")
def split_copy(doc):
    words, spaces = [], []
    for t in doc:
        if LCH.match(t.text):
            parts = re.split(r"(-)", t.text)
            words += parts; spaces += [False] * (len(parts) - 1) + [bool(t.whitespace_)]
        else:
            words.append(t.text); spaces.append(bool(t.whitespace_))
    return Doc(doc.vocab, words=words, spaces=spaces)
def spans(d):
    return {(e.start_char, e.end_char, e.label_) for e in next(ner.pipe([d])).ents}
def mapped(doc, pred):
    out = set()
    for s, e, l in pred:
        sp = doc.char_span(s, e, alignment_mode="contract")
        if sp is not None and len(sp): out.add((sp.start_char, sp.end_char, l))
    return out
def texts():
    if sys.argv[1] == "draw":
        for line in open("/tmp/draw55/input.jsonl"):
            r = json.loads(line); yield r["id"], r.get("title") or "", r.get("abstract") or "", None
    else:
        for r, a in load_split(sys.argv[1]):
            t, ab, g = normalized_spans(r, a); yield r["id"], t, ab, {(s, e, l) for s, e, l, _ in g}
for pid, title, abstract, gold in texts():
    doc = make_doc(nlp, Record(title, abstract, Source("x", 0)))
    if not any(LCH.match(t.text) for t in doc): continue
    a = spans(doc); b = mapped(doc, spans(split_copy(doc)))
    for x in sorted(a ^ b):
        print(pid, "today" if x in a else "split", x[2], repr(doc.text[x[0]:x[1]]), "GOLD" if gold and x in gold else ("" if gold is None else "-"),
              "|", doc.text[max(0, x[0]-50):x[1]+30].replace("\n", " "))
