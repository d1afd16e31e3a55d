"""What the shipped recogniser's weights propose when run as a beam, against the span gold.

A measuring tool (session 36, beam36), not part of the shipped path. The trained ``ner``
(kg/data/ner) is a greedy transition parser; spaCy's ``beam_parse`` runs the same weights over
``beam_width`` parses at once and ``scored_ents`` gives each (start, end, label) the summed
probability of the parses that hold it. Usage:

    PYTHONPATH=. python tools/annotate/beam_spans.py dev|train [--limit N] [--widths 1,8,16] [--out F.jsonl]

For each width, prints exact-span precision/recall (any type, and typed) of the greedy spans and of
greedy ∪ {beam spans with p ≥ t} for several t, and how many gold spans the greedy parse never
proposes exactly the extra spans find. Docs are made as the pipeline makes them (``make_doc`` +
sentencizer), so the ner sees what it sees in a build.
"""
from __future__ import annotations

import argparse
import json
import time

import numpy
from spacy.pipeline._parser_internals import _beam_utils

from kg.annotations import load_split, normalized_spans
from kg.extract.pipeline import build_pipeline, make_doc
from kg.types import Record, Source

def normalised_beam_parse(ner, docs, beam_width: int, beam_density: float = 0.0) -> list:
    """``ner.beam_parse`` with each state's action scores made log-probabilities over its valid
    actions first. spaCy's beam adds the model's raw scores; a greedily trained ner's raw scores
    are not comparable across states, so its beam's parse probabilities say little (measured:
    parses other than the greedy one get p > 0.9 on a third of span dev's docs)."""
    moves = ner.moves
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    ner._ensure_labels_are_added(docs)
    batch = _beam_utils.BeamBatch(moves, moves.init_batch(docs), None, beam_width, density=beam_density)
    model = ner.model.predict(docs)
    while not batch.is_done:
        states = batch.get_unfinished_states()
        if not states:
            break
        scores = model.predict(states)
        for i, state in enumerate(states):
            valid = numpy.array([moves.is_valid(state, n) for n in names])
            row = scores[i]
            top = row[valid].max()
            scores[i] = row - (top + numpy.log(numpy.exp(row[valid] - top).sum()))
        batch.advance(numpy.ascontiguousarray(scores, dtype="f"))
    model.clear_memory()
    return list(batch)


THRESHOLDS = (0.99, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--widths", default="1,8,16")
    ap.add_argument("--density", type=float, default=0.0)
    ap.add_argument("--out")
    ap.add_argument("--normalised", action="store_true", help="log-probabilities over valid actions, not raw scores")
    args = ap.parse_args()
    nlp = build_pipeline()
    rec = nlp.get_pipe("kg_entity_recognizer")
    ner = rec.span_model.get_pipe("ner")
    pairs = load_split(args.split)
    if args.limit:
        pairs = pairs[: args.limit]
    widths = [int(w) for w in args.widths.split(",")]
    rows = []
    seconds = {"greedy": 0.0, **{w: 0.0 for w in widths}}
    mismatch_w1 = 0
    for record, ann in pairs:
        title, abstract, gold = normalized_spans(record, ann)
        doc = make_doc(nlp, Record(title=title, abstract=abstract, source=Source("beam", 0)))
        doc = nlp.get_pipe("sentencizer")(doc)

        def chars(s, e):
            return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)

        t0 = time.perf_counter()
        greedy = [(e.start, e.end, e.label_) for e in ner(doc).ents]
        doc.ents = ()
        seconds["greedy"] += time.perf_counter() - t0
        scored = {}
        for w in widths:
            t0 = time.perf_counter()
            if args.normalised:
                beams = normalised_beam_parse(ner, [doc], w, args.density)
            else:
                beams = ner.beam_parse([doc], beam_width=w, beam_density=args.density)
            scores = ner.scored_ents(beams)[0]
            seconds[w] += time.perf_counter() - t0
            if w == 1 and sorted(k for k, p in scores.items() if p > 0.5) != sorted(greedy):
                mismatch_w1 += 1
            scored[w] = [(*chars(s, e), lab, round(p, 4)) for (s, e, lab), p in scores.items() if p > 0.0]
        rows.append(dict(id=record["id"], text=doc.text, gold=[(s, e, lab) for s, e, lab, _ in gold],
                         greedy=[(*chars(s, e), lab) for s, e, lab in greedy], beam={str(w): scored[w] for w in widths}))
    if args.out:
        with open(args.out, "w") as sink:
            for r in rows:
                sink.write(json.dumps(r) + "\n")
    print(f"docs {len(rows)}; width 1 beam differs from greedy on {mismatch_w1} docs; seconds",
          {str(k): round(v, 1) for k, v in seconds.items()})
    report(rows, widths)


def report(rows: list[dict], widths: list[int]) -> None:
    gold_n = sum(len(r["gold"]) for r in rows)
    greedy_spans = {(r["id"], s, e): lab for r in rows for s, e, lab in r["greedy"]}
    gold = {(r["id"], s, e): lab for r in rows for s, e, lab in r["gold"]}
    missed = {k for k in gold if k not in greedy_spans}
    hit = sum(1 for k in greedy_spans if k in gold)
    typed = sum(1 for k, lab in greedy_spans.items() if gold.get(k) == lab)
    print(f"gold {gold_n}; greedy spans {len(greedy_spans)}: exact P {hit / len(greedy_spans):.3f} R {hit / gold_n:.3f}; "
          f"typed P {typed / len(greedy_spans):.3f} R {typed / gold_n:.3f}; gold never proposed exactly {len(missed)}")
    for w in widths:
        print(f"-- width {w}: t, extra spans (new offsets), gold any type, gold typed, overlap a greedy span, "
              f"never-proposed gold found, union exact P/R, typed P/R")
        for t in THRESHOLDS:
            extra = {}
            for r in rows:
                for s, e, lab, p in r["beam"][str(w)]:
                    key = (r["id"], s, e)
                    if p >= t and key not in greedy_spans and (key not in extra or extra[key][1] < p):
                        extra[key] = (lab, p)
            g_any = sum(1 for k in extra if k in gold)
            g_typed = sum(1 for k, (lab, _) in extra.items() if gold.get(k) == lab)
            overlap = 0
            greedy_by_doc = {}
            for (i, s, e) in greedy_spans:
                greedy_by_doc.setdefault(i, []).append((s, e))
            for (i, s, e) in extra:
                if any(a < e and s < b for a, b in greedy_by_doc.get(i, [])):
                    overlap += 1
            n = len(greedy_spans) + len(extra)
            print(f"t={t:4} extra {len(extra):5} gold {g_any:4} ({g_any / max(len(extra), 1):.2f}) typed {g_typed:4} "
                  f"({g_typed / max(len(extra), 1):.2f}) overlap {overlap:5} found {g_any:4}/{len(missed)} | "
                  f"P {(hit + g_any) / n:.3f} R {(hit + g_any) / gold_n:.3f} typed P {(typed + g_typed) / n:.3f} R {(typed + g_typed) / gold_n:.3f}")


if __name__ == "__main__":
    main()
