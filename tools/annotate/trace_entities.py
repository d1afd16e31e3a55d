"""Which step of the entity recogniser drops each candidate span, against the span gold.

A measuring tool (session 35, nerdrop35), not part of the shipped path: it wraps the
recogniser's steps on one pipeline instance and records, per candidate, its source (the
trained recogniser ``span_model`` or a rule's name) and the step that removed it. Usage:

    PYTHONPATH=. python tools/annotate/trace_entities.py dev|train [--limit N] [--out FILE.jsonl]

Prints the raw recogniser's recall of the gold spans and a table step -> dropped spans that
are gold (exact offsets) / not gold. A span counts as dropped only when no final entity has
its offsets (another candidate over the same tokens may have kept it).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from kg.annotations import load_split, normalized_spans
from kg.extract import entities as E
from kg.extract import span_model_names
from kg.extract.name_shapes import ADJECTIVE_SUFFIXES, MAX_NAME_CHARS
from kg.extract.span_typer import name_shape
from kg.extract.abbreviations import abbreviation_definitions
from kg.extract.parse import span_text
from kg.extract.pipeline import build_pipeline, make_doc, split_sentences
from kg.names import extraction_fold_name as fold_name
from kg.types import Record, Source

TRACE: dict = {}


def ner_reason(rec, doc, start, end, label, rule_cands) -> str:
    """The first test of ``span_model_candidates`` a recogniser span fails ("kept" if none)."""
    covered = {i for c in rule_cands for i in range(c.start, c.end)}
    extends = bool(covered.intersection(range(start, end)))
    restated = getattr(rec, "restated_capitalised_name", None)  # session 35's rule, if this code has it
    if extends and not rec.extends_a_rules_name(doc, start, end, label, rule_cands) and not (restated and restated(doc, start, end, rule_cands)):
        inside = [c for c in rule_cands if c.start < end and start < c.end]
        if any((c.start, c.end) == (start, end) for c in inside):
            return "ner:same_as_rule"  # the rule's candidate stands for it (its own row says what became of it)
        if all(start <= c.start and c.end <= end for c in inside):
            how = "wider"
        elif any(c.start <= start and end <= c.end for c in inside):
            how = "within"
        else:
            how = "crossing"
        return f"ner:covered_by_rule[{how} {inside[0].rule}]"
    end = rec.without_document_head(doc, start, end)
    if end == start:
        return "ner:document_head"
    text = span_text(doc[start:end])
    if len(text) > MAX_NAME_CHARS * 2 or "=" in text:
        return "ner:long_or_value"
    if any(t.text in (",", ";") for t in doc[start:end]) or "," in text:
        return "ner:comma"
    if rec.title_claim_word(doc, start, end):
        return "ner:title_claim_word"
    if text.endswith(("-", *ADJECTIVE_SUFFIXES)) or text.count("(") != text.count(")"):
        return "ner:word_piece"
    if text.lower().endswith(span_model_names.RECOGNISED_ADJECTIVE_ENDINGS) or end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in span_model_names.DANGLING_WORDS:
        return "ner:adjective_or_dangling"
    if end - start > 1 and doc[end - 1].lower_ in rec.words.glued_base_words:
        return "ner:glued_base_word"
    if end + 1 < len(doc) and doc[end].text in span_model_names.COMPARISONS and doc[end + 1].like_num:
        return "ner:compared_value"
    entry = rec.lookup(text)
    if entry is None and label in ("Dataset", "Benchmark", "Model") and span_model_names.SYMBOL_OR_COUNT.match(text):
        return "ner:symbol_or_count"
    if rec.mode == "combined" and entry is None and label == "Task" and end - start == 1 and rec._bare_task_head(doc[start]):
        return "ner:bare_task_head"
    shape = name_shape(text)
    if entry is None and rec.mode == "combined" and not (extends and label in ("Method", "Metric")) and not any(
            r.admits(label, shape, end - start) for r in rec.model_span_rules) and not rec.compared_coined_method(doc, start, end, label):
        return f"ner:model_spans[{label} {shape}{' one-word' if end - start == 1 else ''}]"
    return "kept"


def filter_reason(rec, doc, c, class_shorts, class_longs) -> str:
    """The first test of the filter at the end of ``candidates`` a candidate fails."""
    name = span_text(doc[c.start : c.end])
    tests = [
        ("not_a_name", lambda: rec.not_a_name(name)),
        ("class_short_form", lambda: class_shorts and c.rule != "gazetteer" and name.rstrip("s") in class_shorts),
        ("class_long_form", lambda: class_longs and c.rule != "gazetteer" and name in class_longs),
        ("cites", lambda: E.cites_authors(doc, c.start, c.end) or E.cites_by_key(doc, c.start, c.end)),
        ("title_claim", lambda: rec.ends_a_title_claim(doc, c.start, c.end)),
        ("only_a_modifier", lambda: c.rule != "gazetteer" and rec.only_a_modifier(name)),
        ("code_or_bound_prefix", lambda: E.after_a_code_prefix(doc, c.start) or E.ends_on_a_bound_prefix(doc, c.end)),
        ("shared_task", lambda: E.names_a_shared_task(doc, c.end)),
        ("host", lambda: c.rule == "coined_name" and E.names_a_host(doc, c.start)),
        ("part_of_a_name", lambda: rec.part_of_a_name(doc, c)),
    ]
    return next((f"filter:{n}" for n, t in tests if t()), "filter:?")


def resolve_reason(rec, doc, c, candidates) -> str:
    """Which test of ``resolve``'s loop drops a candidate that no longer span took."""
    span = doc[c.start : c.end]
    name = span_text(span)
    tests = [
        ("describes_next_word", lambda: c.label == "Task" and rec.describes_next_word(doc, c.start, c.end)),
        ("names_a_tool", lambda: c.label == "Task" and rec.names_a_tool(doc, c.start, c.end)),
        ("names_task_items", lambda: c.label == "Task" and rec.names_task_items(doc, c.start, c.end)),
        ("generic", lambda: rec.is_generic(name) and not (c.rule == "cue" and fold_name(name) in rec._studied_generic)),
        ("experiment_step", lambda: rec.experiment_step(span)),
        ("metric_context", lambda: rec.wrong_metric_context(doc, c) or rec.unreported_metric(doc, c, candidates) or rec.unscored_metric(doc, c, candidates)),
        ("size_or_number", lambda: bool(E.SIZE_TOKEN.match(name)) or name.replace(".", "").isdigit()),
        ("label", lambda: c.label not in E.ENTITY_LABELS),
    ]
    return next((f"resolve:{n}" for n, t in tests if t()), "resolve:team_or_?")


def install(rec) -> None:
    """Wrap the recogniser's steps on this instance so each records what it saw."""
    orig = {n: getattr(rec, n) for n in ("span_model_candidates", "data_name_suffix_candidates", "propagate", "check_task_phrase",
                                        "typed_labels", "described_labels", "unheaded_recognised_tasks", "title_means_for_task",
                                        "listed_inside_dropped")}

    def span_model_candidates(doc, spans, rule_cands):
        TRACE["ner"] = [(s, e, lab, ner_reason(rec, doc, s, e, lab, rule_cands)) for s, e, lab in spans]
        return orig["span_model_candidates"](doc, spans, rule_cands)

    def data_name_suffix_candidates(doc, found):
        out = orig["data_name_suffix_candidates"](doc, found)
        TRACE["prefilter"] = list(found) + list(out)
        return out

    def propagate(doc, candidates):
        TRACE["postfilter"] = list(candidates)
        out = orig["propagate"](doc, candidates)
        TRACE["propagated"] = list(out)
        return out

    def check_task_phrase(doc, cand):
        out = orig["check_task_phrase"](doc, cand)
        TRACE.setdefault("phrase", {})[(cand.start, cand.end, cand.rule)] = None if out is None else (out.start, out.end)
        return out

    def labels(step):
        def wrapped(*args):
            out = orig[step](*args)
            TRACE.setdefault("none_by", {}).update({f: step for f, lab in out.items() if lab is None})
            return out
        return wrapped

    def folds(step):
        def wrapped(*args):
            out = orig[step](*args)
            TRACE.setdefault("none_by", {}).update({f: step for f in out})
            return out
        return wrapped

    def listed_inside_dropped(doc, candidates, chosen, label_of):
        TRACE["chosen"] = list(chosen)
        TRACE["label_of"] = dict(label_of)
        return orig["listed_inside_dropped"](doc, candidates, chosen, label_of)

    rec.span_model_candidates = span_model_candidates
    rec.data_name_suffix_candidates = data_name_suffix_candidates
    rec.propagate = propagate
    rec.check_task_phrase = check_task_phrase
    rec.typed_labels = labels("typed_labels")
    rec.described_labels = labels("described_labels")
    rec.unheaded_recognised_tasks = folds("unheaded_recognised_tasks")
    rec.title_means_for_task = folds("title_means_for_task")
    rec.listed_inside_dropped = listed_inside_dropped


def trace_doc(nlp, rec, title, abstract, gold):
    """Per candidate span: (start_char, end_char, label, source, step, gold_label or None, final label)."""
    TRACE.clear()
    doc = make_doc(nlp, Record(title=title, abstract=abstract, source=Source("trace", 0)))
    doc = rec(split_sentences(nlp, doc))
    final = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    gold_at = {(s, e): lab for s, e, lab, _ in gold}
    chosen = TRACE.get("chosen", [])
    label_of = TRACE.get("label_of", {})
    none_by = TRACE.get("none_by", {})
    definitions = abbreviation_definitions(doc)
    class_shorts = rec.class_short_forms(definitions)
    class_longs = {ls.text for ls, short in definitions if short.text.rstrip("s") in class_shorts}
    rows = []

    def chars(s, e):
        return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)

    for s, e, lab, why in TRACE.get("ner", []):
        if why != "kept":
            rows.append((*chars(s, e), lab, "span_model", why))
    post = {id(c) for c in TRACE.get("postfilter", [])}
    for c in TRACE.get("prefilter", []):
        if id(c) not in post:
            rows.append((*chars(c.start, c.end), c.label, c.rule, filter_reason(rec, doc, c, class_shorts, class_longs)))
    chosen_spans = {(c.start, c.end) for c in chosen}
    for c in TRACE.get("propagated", []):
        key = (c.start, c.end, c.rule)
        if key in TRACE.get("phrase", {}):
            trimmed = TRACE["phrase"][key]
            if trimmed is None:
                rows.append((*chars(c.start, c.end), c.label, c.rule, "resolve:check_task_phrase"))
                continue
            if trimmed != (c.start, c.end):
                rows.append((*chars(c.start, c.end), c.label, c.rule, "resolve:phrase_trimmed"))
                continue
        if (c.start, c.end) in chosen_spans:
            fold = fold_name(span_text(doc[c.start : c.end]))
            if label_of.get(fold) is None:
                rows.append((*chars(c.start, c.end), c.label, c.rule, f"label_none:{none_by.get(fold, 'other')}"))
            else:
                rows.append((*chars(c.start, c.end), c.label, c.rule, "chosen"))
            continue
        winner = next((x for x in chosen if x.start < c.end and c.start < x.end), None)
        if winner is not None:
            rows.append((*chars(c.start, c.end), c.label, c.rule, f"overlap:{'longer' if winner.end - winner.start > c.end - c.start else 'priority'}:{winner.rule}"))
        else:
            rows.append((*chars(c.start, c.end), c.label, c.rule, resolve_reason(rec, doc, c, TRACE["propagated"])))
    ner_raw = [(*chars(s, e), lab) for s, e, lab, _ in TRACE.get("ner", [])]
    out = [dict(start=s, end=e, label=lab, source=src, step=step, gold=gold_at.get((s, e)), final=final.get((s, e)), text=doc.text[s:e])
           for s, e, lab, src, step in rows]
    return out, ner_raw, final, gold_at, doc.text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out")
    ap.add_argument("--gold-out")
    args = ap.parse_args()
    nlp = build_pipeline()
    rec = nlp.get_pipe("kg_entity_recognizer")
    install(rec)
    pairs = load_split(args.split)
    if args.limit:
        pairs = pairs[: args.limit]
    drops = defaultdict(Counter)
    ner = Counter()
    fates = Counter()
    sink = open(args.out, "w") if args.out else None
    gold_sink = open(args.gold_out, "w") if args.gold_out else None
    for record, ann in pairs:
        title, abstract, gold = normalized_spans(record, ann)
        rows, ner_raw, final, gold_at, text = trace_doc(nlp, rec, title, abstract, gold)
        ner_at = {(s, e): lab for s, e, lab in ner_raw}
        ner["gold"] += len(gold_at)
        ner["ner_spans"] += len(ner_at)
        ner["ner_exact"] += sum(1 for k in gold_at if k in ner_at)
        ner["ner_exact_typed"] += sum(1 for k, lab in gold_at.items() if ner_at.get(k) == lab)
        ner["ner_overlap_only"] += sum(1 for (s, e) in gold_at if (s, e) not in ner_at and any(a < e and s < b for a, b in ner_at))
        ner["final_exact"] += sum(1 for k in gold_at if k in final)
        ner["final_exact_typed"] += sum(1 for k, lab in gold_at.items() if final.get(k) == lab)
        cand_spans = {(r["start"], r["end"]) for r in rows} | set(ner_at)
        ner["no_candidate_exact"] += sum(1 for k in gold_at if k not in cand_spans and k not in final)
        ner["ner_exact_not_final"] += sum(1 for k in gold_at if k in ner_at and k not in final)
        rule_at = {(r["start"], r["end"]) for r in rows if r["source"] != "span_model"}
        for (s, e), lab in gold_at.items():
            if final.get((s, e)) == lab:
                fate = "final, its type"
            elif (s, e) in final:
                fate = f"final, typed {final[(s, e)]}"
            elif (s, e) in ner_at:
                fate = "recogniser proposed it, dropped"
            elif (s, e) in rule_at:
                fate = "a rule proposed it, dropped"
            elif any(a < e and s < b for a, b in final):
                fate = "no candidate; a final span overlaps (boundary)"
            elif any(a < e and s < b for a, b in ner_at):
                fate = "no candidate; a recogniser span overlaps"
            else:
                fate = "no candidate near it"
            fates[(lab, fate)] += 1
            if gold_sink:
                gold_sink.write(json.dumps(dict(id=record["id"], start=s, end=e, label=lab, fate=fate, text=text[s:e],
                                                context=text[max(0, s - 60) : e + 60])) + "\n")
            fates[("all", fate)] += 1
        seen = set()
        for r in rows:
            if r["step"] in ("chosen", "ner:same_as_rule") or (r["start"], r["end"]) in final:
                continue
            key = (r["start"], r["end"], r["step"], r["source"] == "span_model")
            if key in seen:
                continue
            seen.add(key)
            src = "ner" if r["source"] == "span_model" else "rule"
            drops[(r["step"], src)]["gold" if r["gold"] else "not_gold"] += 1
            if sink:
                kept_names = {fold_name(text[a:b]) for a, b in final}
                sink.write(json.dumps(dict(r, id=record["id"], name_kept=fold_name(r["text"]) in kept_names, context=text[max(0, r["start"] - 60) : r["end"] + 60])) + "\n")
    print(json.dumps(ner, indent=1))
    labels = sorted({lab for lab, _ in fates})
    print(f"{'gold span fate':50}", " ".join(f"{lab:>9}" for lab in labels))
    for fate in sorted({f for _, f in fates}):
        print(f"{fate:50}", " ".join(f"{fates[(lab, fate)]:9}" for lab in labels))
    print(f"{'step':60} {'src':5} {'gold':>5} {'not':>5}")
    for (step, src), c in sorted(drops.items(), key=lambda kv: -kv[1]["gold"]):
        print(f"{step:60} {src:5} {c['gold']:5} {c['not_gold']:5}")


if __name__ == "__main__":
    main()
