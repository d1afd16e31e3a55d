"""Why a result with its value read misses its tuple, by attribution class, in seconds from the cache.

    python training/scripts/result_attribution_classes.py [train] [dev] [--work /tmp/kg-result-model] [--show N]

Reads ``train_result_model.py``'s cache (``--work``), runs the extractor's own
``sentence_results`` over it (as ``result_cache_scores.py`` does) and pairs every gold result
with a predicted one of its paper that has its value (the one with the right benchmark, then
most parts right). Where the value and the benchmark are right, each wrong model (``of``) and
metric is put in one class; where only the value is right, the benchmark is:

- ``gold unsaid, kg attached (<rule>; proposed | in sentence | other)``: the gold names none;
- ``in sentence, none / other attached``: the gold name is an entity of the sentence
  (``[gold is proposed]``, ``[kg took proposed]`` mark the paper's proposed model);
- ``gold elsewhere in paper (proposed | not proposed), none / other attached``: an entity of
  the paper, not of the sentence (a previous sentence, the title);
- ``not an entity anywhere, none / other attached``: the recogniser never found the gold name.

The test split is never read.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from train_result_model import read_cache

from kg.evaluate import same_value
from kg.extract.results import ResultExtractor

PARTS = {"of": "model", "on": "benchmark", "metric": "metric"}


def role_class(role: str, idx: int | None, gold: set[str] | None, rule: str, names: dict[int, set[str]], in_sentence: set[int],
               proposed_folds: set[str], fold_of: dict[int, str]) -> str:
    """The class of one wrong part (see the module docstring)."""
    def proposed(i: int | None) -> bool:
        return i is not None and fold_of.get(i) in proposed_folds
    if gold is None:
        where = "proposed" if proposed(idx) else "in sentence" if idx in in_sentence else "other"
        return f"gold unsaid, kg attached ({rule}; {where})"
    attached = "none attached" if idx is None else "other attached"
    here = [i for i in in_sentence if names[i] & gold]
    if here:
        return (f"in sentence, {attached}" + (" [gold is proposed]" if any(proposed(i) for i in here) else "")
                + (" [kg took proposed]" if proposed(idx) else ""))
    elsewhere = [i for i in names if names[i] & gold]
    if elsewhere:
        return f"gold elsewhere in paper ({'proposed' if any(proposed(i) for i in elsewhere) else 'not proposed'}), {attached}"
    return f"not an entity anywhere, {attached}"


def classify(path: Path, extractor: ResultExtractor) -> tuple[Counter, Counter, dict[tuple[str, str], list[str]]]:
    """(totals, classes per (part, class), examples per (part, class)) over one cached split."""
    totals: Counter = Counter()
    classes: Counter = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for paper in read_cache(path):
        context, names = paper["context"], paper["names"]
        proposed_folds = {context.fold_of[i] for i in context.proposed}
        preds = [(hit, s) for k, s in enumerate(paper["sentences"]) for hit in extractor.sentence_results(s["text"], 0, k, s["ents"], context, s.get("entities_before"))]
        used: set[int] = set()
        for g in paper["results"]:
            totals["gold"] += 1
            gold = {r: set(g[r]) if g[r] else None for r in PARTS}

            def right(role: str, idx: int | None) -> bool:
                return (gold[role] is None and idx is None) or (gold[role] is not None and idx is not None and bool(names[idx] & gold[role]))
            same = [j for j, (hit, _) in enumerate(preds) if j not in used and same_value(g["value"], hit.value)]
            if not same:
                totals["value not read"] += 1
                continue
            j = max(same, key=lambda j: (right("on", preds[j][0].on), sum(right(r, getattr(preds[j][0], r)) for r in PARTS)))
            used.add(j)
            hit, sentence = preds[j]
            roles = ("of", "metric") if right("on", hit.on) else ("on",)
            totals["value and benchmark right" if roles != ("on",) else "value right, benchmark wrong"] += 1
            wrong = [r for r in roles if not right(r, getattr(hit, r))]
            if not wrong:
                totals["tuple right"] += 1
            in_sentence = {i for _, _, _, i in sentence["ents"]}
            for role in wrong:
                idx = getattr(hit, role)
                rule = {"of": hit.of_rule, "on": hit.on_rule, "metric": hit.metric_rule}[role]
                cls = role_class(role, idx, gold[role], rule, names, in_sentence, proposed_folds, context.fold_of)
                classes[PARTS[role], cls] += 1
                predicted = None if idx is None else sorted(names[idx])[0]
                examples[PARTS[role], cls].append(f"{paper['id']} {g['value']} gold={sorted(gold[role]) if gold[role] else None} "
                                                  f"kg={predicted!r} ({rule})\n      {sentence['text'][:300]}")
    return totals, classes, examples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="*", default=["train", "dev"], help="train and/or dev (test is held out)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-result-model"))
    ap.add_argument("--show", type=int, default=0, help="print the first N examples of each class")
    args = ap.parse_args()
    extractor = ResultExtractor(None, "kg_result_extractor")
    extractor.initialize()
    for split in args.splits:
        if split not in ("train", "dev"):
            raise SystemExit(f"split {split!r}: only train and dev may be read here (test is held out)")
        totals, classes, examples = classify(args.work / f"{split}-attribution.jsonl", extractor)
        print(f"\n## {split}: " + ", ".join(f"{k} {v}" for k, v in totals.items()) + "\n\n| part | class | count |\n|---|---|---|")
        for (part, cls), n in sorted(classes.items(), key=lambda kv: (kv[0][0], -kv[1])):
            print(f"| {part} | {cls} | {n} |")
        for key, items in sorted(examples.items()) if args.show else ():
            print(f"\n### {key[0]}: {key[1]} ({len(items)})")
            for item in items[: args.show]:
                print("  " + item)


if __name__ == "__main__":
    main()
