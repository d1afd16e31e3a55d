"""ner55: today's tokenizer vs the tokenizer the shipped recogniser was trained with (d077f08).
(1) token differences and gold spans off token boundaries, train + dev; (2) the recogniser alone on span dev
under four inputs. Never reads the test split."""
import json, sys, re
from collections import Counter
from pathlib import Path
from kg.annotations import load_split, normalized_spans, resolve_spans, count_exact_spans, ENTITY_TYPES
from kg.extract.pipeline import build_pipeline, TITLE_SEPARATOR
from kg.errors import ConfigError

OLD_SRC = Path("/tmp/ner55/old/kg/extract/tokenizer.py").read_text()
OLD_SRC = re.sub(r"@registry\.tokenizers\([^)]*\)\n", "", OLD_SRC)
old_mod = {}
exec(compile(OLD_SRC, "old_tokenizer", "exec"), old_mod)

nlp = build_pipeline()
new_tok = nlp.tokenizer
old_tok = old_mod["create_ml_tokenizer"](nlp)
rec = nlp.get_pipe("kg_entity_recognizer")
ner = rec.span_model.get_pipe("ner")

def bounds(doc):
    return [(t.idx, t.idx + len(t)) for t in doc]

def aligned(doc, s, e):
    span = doc.char_span(s, e, alignment_mode="strict")
    return span is not None

def raw_layout(record, ann):
    title, abstract = record["title"], record["abstract"]
    shift = len(TITLE_SEPARATOR) - 1
    spans = [(s + shift, e + shift, l, t) if s > len(title) else (s, e, l, t) for s, e, l, t in resolve_spans(record["text"], ann.get("entities", []))]
    return title + TITLE_SEPARATOR + abstract, spans

def prf(c, keys=ENTITY_TYPES):
    tp, fp, fn = (sum(c[(k, m)] for k in keys) for m in ("tp", "fp", "fn"))
    p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
    return dict(tp=tp, fp=fp, fn=fn, p=round(p, 4), r=round(r, 4), f1=round(2 * p * r / (p + r) if p + r else 0, 4))

out = {}
diffs = []
for split in sys.argv[1:]:
    pairs = load_split(split)
    trained = {json.loads(l)["id"]: json.loads(l) for l in open(f"/tmp/ner55/corpus_old/{split}.jsonl")} if Path(f"/tmp/ner55/corpus_old/{split}.jsonl").exists() else {}
    c = Counter()
    model_counts = {v: Counter() for v in ("A_norm_newtok", "B_norm_oldtok", "C_raw_oldtok", "D_raw_newtok", "E_norm_oldtok_mapped")}
    run_model = split == "dev"
    for record, ann in pairs:
        title, abstract, gold = normalized_spans(record, ann)
        text = title + TITLE_SEPARATOR + abstract
        dn, do = new_tok(text), old_tok(text)
        bn, bo = bounds(dn), bounds(do)
        c["abstracts"] += 1; c["tokens_new"] += len(bn); c["tokens_old"] += len(bo)
        if bn != bo:
            c["abstracts_tok_differ"] += 1
            sn, so = set(bn), set(bo)
            for b in sorted(sn - so):
                c["new_only_tokens"] += 1
            for b in sorted(so - sn):
                c["old_only_tokens"] += 1
                diffs.append({"split": split, "id": record["id"], "old": text[b[0]:b[1]],
                              "new": [text[x[0]:x[1]] for x in bn if x[0] < b[1] and b[0] < x[1]]})
        # against the real training DocBin (raw text + old tokenizer + old training_doc)
        t = trained.get(record["id"])
        if t is not None:
            same_text = t["text"] == text
            c["trained_text_differs"] += not same_text
            tok_strings_t = [t["text"][s:e] for s, e in t["tokens"]]
            if tok_strings_t != [x.text for x in dn]:
                c["trained_tokens_differ"] += 1
        for s, e, l, _ in gold:
            c["gold_spans"] += 1
            an, ao = aligned(dn, s, e), aligned(do, s, e)
            c["gold_off_new"] += not an; c["gold_off_old"] += not ao
            c["gold_off_new_only"] += (not an) and ao; c["gold_off_old_only"] += an and not ao
        if not run_model:
            continue
        raw_text, raw_gold = raw_layout(record, ann)
        gset = {(s, e, l) for s, e, l, _ in gold}
        rset = {(s, e, l) for s, e, l, _ in raw_gold}
        for name, tok, txt, gs in (("A_norm_newtok", new_tok, text, gset), ("B_norm_oldtok", old_tok, text, gset),
                                   ("C_raw_oldtok", old_tok, raw_text, rset), ("D_raw_newtok", new_tok, raw_text, rset)):
            d = tok(txt)
            d = next(ner.pipe([d]))
            pred = {(e.start_char, e.end_char, e.label_) for e in d.ents}
            count_exact_spans(model_counts[name], gs, pred)
            if name == "A_norm_newtok":
                predA = pred
            if name == "B_norm_oldtok":
                predB = pred
                # map onto today's tokens (contract), as an inference-side fix would
                mapped = set()
                for s, e, l in pred:
                    sp = dn.char_span(s, e, alignment_mode="contract")
                    if sp is not None and len(sp):
                        mapped.add((sp.start_char, sp.end_char, l))
                count_exact_spans(model_counts["E_norm_oldtok_mapped"], gs, mapped)
        if predA != predB:
            for x in sorted(predA ^ predB):
                diffs.append({"split": "dev-model", "id": record["id"], "which": "A_only" if x in predA else "B_only",
                              "span": text[x[0]:x[1]], "label": x[2], "gold": x in gset,
                              "gold_same_bounds": [g for g in gset if g[0] == x[0] and g[1] == x[1]] != [],
                              "ctx": text[max(0, x[0] - 60):x[1] + 60].replace("\n", " ")})
    out[split] = dict(c)
    if run_model:
        out[split + "_model"] = {k: {"ALL": prf(v), **{t: prf(v, (t,)) for t in ENTITY_TYPES}} for k, v in model_counts.items()}
json.dump(out, open("/tmp/ner55/measure.json", "w"), indent=1)
with open("/tmp/ner55/diffs.jsonl", "w") as f:
    for d in diffs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(json.dumps(out, indent=1))
