"""Train kg's result attribution (kg/data/result_model.json) on the span corpus's train split.

    python training/scripts/train_result_model.py [--work /tmp/kg-result-model] [--out kg/data/result_model.json]

Each abstract of train and dev goes through kg's pipeline (its recogniser and relation
extractor, as a build runs them); the sentences, their entities and the paper's proposed
and evaluated-on names are cached under --work (pass --rebuild after changing the
pipeline). Every number the rules read is paired with the gold result of its paper that
has its value (first unused, in order); each candidate of each role (model ``of``,
benchmark ``on``, ``metric``) is positive when one of its names is the gold one's. One
logistic regression per role is trained on train. Each role's threshold is the one that
gets most decisions right (a choice or "unsaid") on train scored out of fold (``--folds``
folds of whole papers, each by a model of the others; ``--tune-on dev`` tunes on dev instead:
74 numbers, whose thresholds do worse on train), and the model decides a role only where it
gets at least 0.5% more right there than the rules (``decides``), or the roles ``--decides``
names: the shipped model decides ``of`` and ``on``, as its metric choices lose whole tuples
once the metric rules that run after it (carried and listed metrics) have run, which these
per-role counts do not see. Prints, per split and role, the decisions the rules and the
model get right, and the numbers whose whole tuple is right. The test split is never read.
"""
from __future__ import annotations

import argparse
import json
import os
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path

from kg.annotations import graph_gold, load_split
from kg.evaluate import _names, same_value
from kg.extract.parse import entities_by_sentence, sentence_list
from kg.extract.pipeline import RESULTS_ENV, build_pipeline, make_doc
from kg.extract.result_model import ROLE_LABELS, PaperContext, ResultModel, decide
from kg.extract.result_numbers import number_patterns
from kg.extract.result_owner_passes import ROLE_SLOTS, result_candidates
from kg.extract.result_paper_roles import echo_names, echoed_mentions, paper_context, sole_proposed_on
from kg.extract.result_sentences import read_results
from kg.names import fold_name
from kg.types import Record, Source

OUT = Path(__file__).resolve().parents[2] / "kg" / "data" / "result_model.json"
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 20)]
MARGIN = 0.005  # the model decides a role where it gets at least 0.5% more decisions right than the rules
NOT_NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def cache_split(nlp, pairs: list[tuple[dict, dict]], path: Path) -> None:
    """Run the pipeline over ``pairs`` and write, per paper, what attribution reads: the
    sentences that hold a digit with their entities (and how many of the paper's entities start
    before each), the paper context, every entity's names,
    and the gold results with the folded names of their parts."""
    with path.open("w", encoding="utf-8") as fh:
        records = [Record(title=r["title"], abstract=r["abstract"], source=Source(str(path), k)) for k, (r, _) in enumerate(pairs)]
        with nlp.select_pipes(disable=[p for p in NOT_NEEDED if p in nlp.pipe_names]):
            docs = nlp.pipe((make_doc(nlp, rec) for rec in records), batch_size=32)
            for (record, ann), doc in zip(pairs, docs):
                gold = graph_gold(record, ann)
                aliases = {e["name"]: [e["name"], *e.get("aliases", ())] for e in gold["entities"]}
                results = [{"value": g["value"], **{role: sorted(_names(*aliases.get(g[role], [g[role]]))) if g.get(role) else None
                                                    for role in ROLE_LABELS}} for g in gold["results"]]
                context = paper_context(doc)
                ents = doc.ents
                starts = [e.start_char for e in ents]
                echoes = echo_names(ents)  # as the extractor sees them
                sentences = []
                for sent, members in zip(sentence_list(doc), entities_by_sentence(doc)):
                    if any(c.isdigit() for c in sent.text) or any(t.lower_ in nlp.get_pipe("kg_result_extractor").cues.number_words for t in sent):
                        base = sent.start_char
                        spans = [(ents[i].start_char - base, ents[i].end_char - base, ents[i].label_, i) for i in members]
                        sentences.append({"text": sent.text, "ents": sorted(spans + echoed_mentions(sent.text, spans, echoes)),
                                          "entities_before": bisect_left(starts, base)})
                names = {i: sorted({fold_name(e._.kg_canonical or e.text), fold_name(e.text)}) for i, e in enumerate(ents)}
                fh.write(json.dumps({"id": record["id"], "sentences": sentences, "names": names, "results": results,
                                     "context": {"fold_of": context.fold_of, "proposed": context.proposed,
                                                 "evaluated_on": context.evaluated_on, "in_title": sorted(context.in_title),
                                                 "shape_of": context.shape_of, "proposed_on": context.proposed_on}}) + "\n")


def read_cache(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            paper = json.loads(line)
            c = paper["context"]
            paper["context"] = PaperContext(fold_of={int(k): v for k, v in c["fold_of"].items()}, proposed=tuple(c["proposed"]),
                                            evaluated_on=tuple(c["evaluated_on"]), in_title=frozenset(c["in_title"]),
                                            shape_of={int(k): v for k, v in c.get("shape_of", {}).items()},
                                            proposed_on=tuple(c.get("proposed_on", ())))
            paper["names"] = {int(k): set(v) for k, v in paper["names"].items()}
            for s in paper["sentences"]:
                s["ents"] = [tuple(e) for e in s["ents"]]
            yield paper


def examples(papers: list[dict], cues, patterns, paper_level: list[str]) -> list[dict]:
    """One row per number read that a gold result has: per role, the candidates (entity,
    features, label), the rules' choice, and the gold names (None: the gold leaves it unsaid)."""
    rows = []
    for paper in papers:
        context, names = paper["context"], paper["names"]
        proposed = context.proposed[0] if context.proposed else None
        proposed_folds = frozenset(context.fold_of[i] for i in context.proposed)
        read = []
        for s in paper["sentences"]:
            found = read_results(s["text"], s["ents"], proposed, proposed_folds, context.fold_of, cues, patterns, sole_proposed_on(context))
            read.extend((f, c, s["text"]) for f, c in zip(found, result_candidates(s["text"], s["ents"], found, context, paper_level=paper_level)))
        used: set[int] = set()
        for g in paper["results"]:
            k = next((k for k, (f, _, _) in enumerate(read) if k not in used and same_value(g["value"], f[0].value)), None)
            if k is None:
                continue
            used.add(k)
            found, per_role, text = read[k]
            row = {"names": names, "text": text, "number": text[found[0].start : found[0].end]}
            for role, slot in ROLE_SLOTS.items():
                gold = set(g[role]) if g[role] else None
                cands = [(i, feats, int(bool(gold and names[i] & gold))) for i, feats in per_role[role]]
                row[role] = {"cands": cands, "rule": found[slot], "gold": gold}
            rows.append(row)
    return rows


def right(choice: int | None, gold: set[str] | None, names: dict[int, set[str]]) -> bool:
    return (choice is None and gold is None) or (choice is not None and gold is not None and bool(names[choice] & gold))


def scored(models: list[ResultModel], rows: list[dict], role: str) -> list[list[tuple[int, float]]]:
    """Each row's candidates with their probability, by the row's model (one for all, or one per row)."""
    models = models if len(models) == len(rows) else models * len(rows)
    return [[(i, m.probability(role, feats)) for i, feats, _ in row[role]["cands"]] for m, row in zip(models, rows)]


def count_right(scores: list[list[tuple[int, float]]], rows: list[dict], role: str, threshold: float, keep: float) -> int:
    return sum(right(decide(s, r[role]["rule"], threshold, keep), r[role]["gold"], r["names"]) for s, r in zip(scores, rows))


def report(model: ResultModel, rows: list[dict], name: str, models: list[ResultModel] | None = None) -> None:
    """Decisions right per role (rules, model) and whole tuples right, printed."""
    counts = {}
    tuple_rules = [True] * len(rows)
    tuple_model = [True] * len(rows)
    for role in ROLE_SLOTS:
        chosen = [model.choose(role, s, r[role]["rule"]) for s, r in zip(scored(models or [model], rows, role), rows)]
        by_rules = [right(r[role]["rule"], r[role]["gold"], r["names"]) for r in rows]
        by_model = [right(c, r[role]["gold"], r["names"]) for c, r in zip(chosen, rows)]
        counts[role, "rules"], counts[role, "model"] = sum(by_rules), sum(by_model)
        tuple_rules = [a and b for a, b in zip(tuple_rules, by_rules)]
        tuple_model = [a and (m if role in model.decides else r) for a, m, r in zip(tuple_model, by_model, by_rules)]
    print(f"{name}: {len(rows)} numbers with a gold result; right per role (rules -> model): "
          + ", ".join(f"{role} {counts[role, 'rules']} -> {counts[role, 'model']}" for role in ROLE_SLOTS)
          + f"; whole tuple {sum(tuple_rules)} -> {sum(tuple_model)} (model deciding {', '.join(model.decides) or 'nothing'})")


def train(rows: list[dict], seed: int = 0) -> ResultModel:
    data = {role: [(feats, y) for row in rows for _, feats, y in row[role]["cands"]] for role in ROLE_SLOTS}
    return ResultModel.train(data, seed=seed)


def tune(model: ResultModel, rows: list[dict], models: list[ResultModel]) -> None:
    """Per role, the threshold and keep level (keep <= threshold) that get most decisions right
    on ``rows`` scored by ``models`` (ties: the higher), and the roles where the model then
    gets at least ``MARGIN`` more right than the rules."""
    model.decides = []
    for role in ROLE_SLOTS:
        scores = scored(models, rows, role)
        grid = [(t, k) for t in THRESHOLDS for k in [0.0, *THRESHOLDS] if k <= t]
        best = max(grid, key=lambda tk: (count_right(scores, rows, role, *tk), tk))
        model.thresholds[role], model.keep[role] = best
        if count_right(scores, rows, role, *best) >= sum(right(r[role]["rule"], r[role]["gold"], r["names"]) for r in rows) + MARGIN * len(rows):
            model.decides.append(role)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-result-model"))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--rebuild", action="store_true", help="run the pipeline again instead of reading the cache")
    parser.add_argument("--corpus", type=Path, default=None, help="a span corpus directory (default: eval/spans)")
    parser.add_argument("--train-batches", nargs="*", default=None, help="only these train batches (default: all)")
    parser.add_argument("--dev-batches", nargs="*", default=None, help="only these dev batches (default: all)")
    parser.add_argument("--paper-level", nargs="*", choices=tuple(ROLE_LABELS), default=["of", "on"],
                        help="roles whose candidates include the paper-level names: the proposed model or method (of), "
                             "the dataset or benchmark the paper introduces (on)")
    parser.add_argument("--tune-on", choices=("dev", "train-oof"), default="train-oof",
                        help="choose thresholds on dev, or on train scored out of fold (each fold by a model of the others)")
    parser.add_argument("--folds", type=int, default=5, help="folds of train papers for the out-of-fold scores (default 5)")
    parser.add_argument("--roles", nargs="*", choices=tuple(ROLE_LABELS), default=None,
                        help="retrain only these roles; the others keep their weights and levels from the --out file")
    parser.add_argument("--decides", nargs="*", choices=tuple(ROLE_LABELS), default=None,
                        help="the roles the model decides (default: where it gets 0.5%% more decisions right than the rules)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ[RESULTS_ENV] = "rules"  # the cache holds what the rules read; a stale model file is not read
    nlp = build_pipeline()
    extractor = nlp.get_pipe("kg_result_extractor")
    cues, patterns = extractor.cues, number_patterns(extractor.cues)
    rows, papers = {}, {}
    for split, batches in (("train", args.train_batches), ("dev", args.dev_batches)):
        path = args.work / f"{split}-attribution.jsonl"
        if args.rebuild or not path.is_file():
            cache_split(nlp, load_split(split, args.corpus, batches), path)
        papers[split] = list(read_cache(path))
        rows[split] = examples(papers[split], cues, patterns, args.paper_level)
    # An honest train figure: each fold of papers scored by a model of the others (a paper's
    # numbers share its names, so a fold holds whole papers).
    k = max(2, min(args.folds, len(papers["train"])))
    held = [examples(papers["train"][j::k], cues, patterns, args.paper_level) for j in range(k)]
    fold_models = [train([r for i, rows_i in enumerate(held) if i != j for r in rows_i]) for j in range(k)]
    model = train(rows["train"])
    model.paper_level = list(args.paper_level)
    if args.tune_on == "dev":
        tune(model, rows["dev"], [model])
    else:
        tune(model, [r for rows_j in held for r in rows_j], [m for m, rows_j in zip(fold_models, held) for _ in rows_j])
    if args.roles is not None and args.out.is_file():
        kept = ResultModel.load(args.out)
        for role in set(ROLE_LABELS) - set(args.roles):
            for m in (model, *fold_models):  # the report scores a kept role by its kept weights (trained on all of train)
                m.weights[role], m.bias[role] = kept.weights[role], kept.bias[role]
            model.thresholds[role], model.keep[role] = kept.thresholds[role], kept.keep[role]
        model.decides = [role for role in ROLE_SLOTS if role in args.roles and role in model.decides or role not in args.roles and role in kept.decides]
    if args.decides is not None:
        model.decides = [role for role in ROLE_SLOTS if role in args.decides]
    report(model, [r for rows_j in held for r in rows_j], f"train ({k} folds of papers, each by a model of the others)",
           [m for m, rows_j in zip(fold_models, held) for _ in rows_j])
    report(model, rows["dev"], "dev")
    print(f"thresholds {model.thresholds}; keep {model.keep}; the model decides {model.decides}")
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
