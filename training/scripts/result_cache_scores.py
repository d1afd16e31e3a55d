"""Score kg's reported results on the span corpus in seconds, from train_result_model.py's cache.

    python training/scripts/result_cache_scores.py [train] [dev] [--work /tmp/kg-result-model] [--rules]

A rule change in kg/extract/results.py or its stages (result_*.py) needs no rebuild to be measured: the cache
(``train_result_model.py --work W --rebuild`` writes it) holds each paper's sentences with a
number, their entities and the paper-level names, so the extractor's own
``ResultExtractor.sentence_results`` runs on it, and ``kg eval``'s ``score_results`` scores
the result nodes as a build would key them. On dev this gives ``kg eval``'s numbers; rules that
read the recogniser or the relation extractor (entities, PROPOSES) need the cache rebuilt.
Prints tuple / value+benchmark / value P, R, F1 per split. The test split is never read.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from train_result_model import read_cache

from kg.evaluate import EvalResult, score_results
from kg.extract.results import ResultExtractor


def scores(path: Path, extractor: ResultExtractor) -> EvalResult:
    """Every paper of the cache at ``path``: its results read and scored as ``kg eval`` does."""
    result = EvalResult()
    for paper in read_cache(path):
        context, names = paper["context"], paper["names"]
        nodes = {}
        for k, sentence in enumerate(paper["sentences"]):
            for hit in extractor.sentence_results(sentence["text"], 0, k, sentence["ents"], context, sentence.get("entities_before")):
                roles = {role: i for role, i in (("of", hit.of), ("on", hit.on), ("metric", hit.metric)) if i is not None}
                key = (round(hit.value, 6), *(context.fold_of.get(roles.get(r)) for r in ("of", "on", "metric")))
                nodes.setdefault(key, ({"value": hit.value}, {r: frozenset(names[i]) for r, i in roles.items()}))
        gold_ents = {}
        gold = []
        for g in paper["results"]:  # the cache holds each gold part as its folded names
            row = {"value": g["value"]}
            for role in ("of", "on", "metric"):
                if g[role]:
                    row[role] = "|".join(g[role])
                    gold_ents[row[role]] = (None, frozenset(g[role]))
            gold.append(row)
        score_results(result, paper["id"], gold, gold_ents, list(nodes.values()))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="*", default=["dev", "train"], help="train and/or dev (test is held out)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-result-model"))
    ap.add_argument("--rules", action="store_true", help="the rules alone, without the learned attribution")
    args = ap.parse_args()
    extractor = ResultExtractor(None, "kg_result_extractor", attribution="rules" if args.rules else "model")
    extractor.initialize()
    for split in args.splits:
        if split not in ("train", "dev"):
            raise SystemExit(f"split {split!r}: only train and dev may be read here (test is held out)")
        result = scores(args.work / f"{split}-attribution.jsonl", extractor)
        print(f"{split}: " + "; ".join(f"{name} {s.precision:.3f} / {s.recall:.3f} / {s.f1:.4f} ({s.tp} right)"
                                       for name, s in sorted(result.results.items())))


if __name__ == "__main__":
    main()
