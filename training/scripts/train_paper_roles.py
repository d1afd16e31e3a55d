"""Train kg's paper-role model (PROPOSES / USES / EVALUATES_ON / ADDRESSES / REPORTS_METRIC /
MENTIONS for each entity a paper names) on the span corpus's train split.

    python training/scripts/train_paper_roles.py [--out kg/data/paper_roles.json]

Each train abstract goes through kg's own pipeline (the rules' roles, without this model);
each entity it recognises is labelled with the roles the annotation gives the paper for that
name (matched by folded name; entities the annotation does not list are left out). The
decision settings (threshold, margin, add threshold, propose threshold) are chosen on the dev
split from a small grid, by the micro F1 of the paper roles of the entities both found and
annotated; it prints that F1 for the rules alone and with the model. The test split is never read.
"""
from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from pathlib import Path

from kg.annotations import PAPER, SPLITS, groups, load_split
from kg.extract.paper_roles import ROLE_LABELS, PaperRoleModel, rules_role_kept
from kg.extract.parse import entities_by_sentence, sentence_list
from kg.extract.pipeline import build_pipeline, make_doc
from kg.extract.paper_role_rules import paper_groups
from kg.names import fold_name
from kg.types import Record, Source
from learner_rows import dump_rows

OUT = Path(__file__).resolve().parents[2] / "kg" / "data" / "paper_roles.json"
GRID = {"threshold": (0.3, 0.4, 0.5, 0.6, 0.7), "margin": (0.0, 0.1, 0.2, 0.3), "add_threshold": (0.5, 0.6, 0.7, 0.8, 1.01),
        "propose_threshold": (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)}

Row = tuple[str, set[str], list[str], set[str], bool, bool]  # label, rules' roles, features, annotated roles, kept, listed


def gold_roles(ann: dict) -> dict[str, set[str]]:
    """{folded name: the paper's annotated roles} for every name of every annotated entity."""
    roles_of: dict[str, set[str]] = {}
    for rel in ann.get("relations", []):
        if rel["head"] == PAPER:
            roles_of.setdefault(rel["tail"], set()).add(rel["type"])
    out: dict[str, set[str]] = {}
    for group in groups(ann):
        roles = set().union(*(roles_of.get(e["text"], set()) for e in group))
        for e in group:
            out.setdefault(fold_name(e["text"]), set()).update(roles)
    return out


def role_rows(nlp, pairs: list[tuple[dict, dict]], paper_of: list[int] | None = None, contexts: list[dict] | None = None) -> list[Row]:
    """One row per entity the pipeline recognises in the abstracts of ``pairs`` (record,
    annotation) and the annotation lists; ``paper_of`` (when given) gets each row's abstract index,
    ``contexts`` (when given) its name and sentences, to read the errors by."""
    extractor = nlp.get_pipe("kg_relation_extractor")
    model, extractor.role_model = extractor.role_model, None  # the rules' roles are what the model revises
    records = [Record(title=r["title"], abstract=r["abstract"], source=Source(r["id"], 1)) for r, _ in pairs]
    rows: list[Row] = []
    try:
        for paper, ((_, ann), doc) in enumerate(zip(pairs, nlp.pipe(make_doc(nlp, r) for r in records))):
            gold = gold_roles(ann)
            ents, sents = list(doc.ents), sentence_list(doc)
            sent_of = {i: k for k, members in enumerate(entities_by_sentence(doc)) for i in members}
            ctx = extractor.role_context(doc, sents, sent_of)
            hits = doc._.kg_relations
            paper_hits = [h for h in hits if h.head is None]
            pair_hits = [h for h in hits if h.head is not None and h.rule != "sole_proposed_for_task"]  # that one reads the roles
            for members, own, feats in extractor.role_rows(ents, ctx, list(paper_groups(ents).values()), paper_hits, pair_hits):
                names = {fold_name(x) for i in members for x in (ents[i].text, ents[i]._.kg_canonical, ents[i]._.kg_long_form) if x}
                matched = [gold[n] for n in names if n in gold]
                if matched:
                    rows.append((ents[members[0]].label_, {h.type for h in own}, feats, set().union(*matched),
                                 rules_role_kept([h.rule for h in own], [ents[i].text for i in members],
                                                 known=any(h.type == "PROPOSES" and extractor.modified_listed_name(ents[h.tail]) for h in own)),
                                 any(i in ctx.in_list for i in members)))
                    if paper_of is not None:
                        paper_of.append(paper)
                    if contexts is not None:
                        contexts.append({"id": pairs[paper][0]["id"], "name": ents[members[0]].text,
                                         "sentences": [[ctx.sents[ctx.sent_of[i]].text, ents[i].start_char - ctx.sents[ctx.sent_of[i]].start_char,
                                                        ctx.sent_of[i]] for i in members]})
    finally:
        extractor.role_model = model
    return rows


def train(rows: list[Row]) -> PaperRoleModel:
    examples = {role: [(feats, int(role in gold)) for label, _, feats, gold, *_ in rows if label in labels]
                for role, labels in ROLE_LABELS.items()}
    return PaperRoleModel.train(examples)


def role_f1(rows: list[Row], decide) -> float:
    """Micro F1 of the paper roles over ``rows``, roles from ``decide(label, rules' roles, features, kept, listed)``."""
    tp = fp = fn = 0
    for label, rule_roles, feats, gold, kept, listed in rows:
        roles = decide(label, rule_roles, feats, kept, listed)
        tp, fp, fn = tp + len(roles & gold), fp + len(roles - gold), fn + len(gold - roles)
    return 2 * tp / max(2 * tp + fp + fn, 1)


def choose_settings(model: PaperRoleModel, rows: list[Row]) -> float:
    """Set the decision settings to the grid point best on ``rows``; returns its F1."""
    scored = [(label, rule_roles, model.scores(label, feats), gold, *flags) for label, rule_roles, feats, gold, *flags in rows]
    best, best_f1 = None, -1.0
    for values in itertools.product(*GRID.values()):
        for name, value in zip(GRID, values):
            setattr(model, name, value)
        f1 = role_f1(scored, model.decide)
        if f1 >= best_f1 - 1e-9:  # on a tie the later, more cautious settings (higher thresholds) win
            best, best_f1 = values, max(f1, best_f1)
    for name, value in zip(GRID, best):
        setattr(model, name, value)
    return best_f1


def role_confusion(rows: list[Row], decided: list[set[str]]) -> Counter:
    """(annotated role, the roles given joined by "/", or "-") counts over ``rows``."""
    counts: Counter = Counter()
    for (*_, gold, _kept, _listed), roles in zip(rows, decided):
        for role in gold:
            counts[role, role if role in roles else "/".join(sorted(roles)) or "-"] += 1
    return counts


def cross_fit(train_rows: list[Row], train_papers: list[int], batch_of: list[str], dev_rows: list[Row], folds: int,
              model_dir: Path | None) -> list[set[str]]:
    """The roles each train row gets from a model trained on the other folds (train batches
    dealt round to ``folds`` folds), its settings chosen on dev as usual: the honest score on
    train. ``model_dir``: write each fold's model and its paper ids there, to build with."""
    fold_of_batch = {b: k % folds for k, b in enumerate(SPLITS["train"])}
    fold_of = [fold_of_batch[batch_of[p]] for p in train_papers]
    decided: list[set[str]] = [set() for _ in train_rows]
    for fold in range(folds):
        model = train([row for row, f in zip(train_rows, fold_of) if f != fold])
        choose_settings(model, dev_rows)
        for k, (row, f) in enumerate(zip(train_rows, fold_of)):
            if f == fold:
                label, rule_roles, feats, _, kept, listed = row
                decided[k] = model.decide(label, rule_roles, model.scores(label, feats), kept, listed)
        if model_dir:
            model_dir.mkdir(parents=True, exist_ok=True)
            (model_dir / f"paper_roles-fold{fold}.json").write_text(model.to_json() + "\n", encoding="utf-8")
    return decided


def print_confusion(title: str, counts: Counter, top: int = 25) -> None:
    print(title)
    for (gold, got), n in counts.most_common(top):
        print(f"  {n:6}  {gold:15} -> {got}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dump-rows", type=Path, metavar="DIR",
                        help="also write the train and dev rows to DIR (paper_roles-{train,dev}.jsonl.gz) for compare_learners.py")
    parser.add_argument("--folds", type=int, default=0, metavar="K",
                        help="research: also score train out of fold (K folds by batch) and print both role confusions")
    parser.add_argument("--fold-models", type=Path, metavar="DIR", help="with --folds: write each fold's model and paper ids to DIR")
    parser.add_argument("--contexts", type=Path, metavar="FILE", help="with --folds: write each train row's name, sentences and roles to FILE")
    args = parser.parse_args()
    nlp = build_pipeline()
    train_papers: list[int] = []
    contexts: list[dict] | None = [] if args.contexts else None
    train_pairs = load_split("train")
    train_rows, dev_rows = role_rows(nlp, train_pairs, train_papers, contexts), role_rows(nlp, load_split("dev"))
    if args.dump_rows:
        dump_rows(args.dump_rows / "paper_roles-train.jsonl.gz", [(*row, paper) for row, paper in zip(train_rows, train_papers)])
        dump_rows(args.dump_rows / "paper_roles-dev.jsonl.gz", [(*row, 0) for row in dev_rows])
    model = train(train_rows)
    tuned = choose_settings(model, dev_rows)
    rules = role_f1(dev_rows, lambda label, rule_roles, *_: rule_roles)
    print(f"train entities {len(train_rows)}, dev entities {len(dev_rows)}; dev paper-role F1: rules {rules:.3f}, "
          f"with the model {tuned:.3f} (threshold {model.threshold}, margin {model.margin}, add threshold {model.add_threshold}, "
          f"propose threshold {model.propose_threshold})")
    if args.folds:
        batch_of = [b for b in SPLITS["train"] for _ in load_split("train", batches=[b])]
        oof = cross_fit(train_rows, train_papers, batch_of, dev_rows, args.folds, args.fold_models)
        in_sample = [model.decide(label, rule_roles, model.scores(label, feats), kept, listed)
                     for label, rule_roles, feats, _, kept, listed in train_rows]
        decisions = {"rules": [row[1] for row in train_rows], "in-sample": in_sample, "out-of-fold": oof}
        for name, decided in decisions.items():
            print(f"train paper-role F1, {name}: {role_f1(train_rows, lambda *_, it=iter(decided): next(it)):.4f}")
        print_confusion("train role confusion, in-sample (annotated -> given):", role_confusion(train_rows, in_sample))
        print_confusion("train role confusion, out-of-fold:", role_confusion(train_rows, oof))
        if args.fold_models:
            folds = {str(f): [] for f in range(args.folds)}
            fold_of_batch = {b: k % args.folds for k, b in enumerate(SPLITS["train"])}
            for (record, _), batch in zip(train_pairs, batch_of):
                folds[str(fold_of_batch[batch])].append(record["id"])
            (args.fold_models / "folds.json").write_text(json.dumps(folds) + "\n", encoding="utf-8")
        if contexts is not None:
            dump_rows(args.contexts, [{**c, "label": row[0], "rules": row[1], "gold": row[3], "oof": o, "in_sample": i, "feats": row[2]}
                                      for c, row, o, i in zip(contexts, train_rows, oof, in_sample)])
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
