"""Why a reported result misses its tuple: every tuple error of a span-corpus split, by cause.

    python training/scripts/result_errors.py [train] [dev] [--work /tmp/wt-results-errors] [--show N] [--by-rule]
    python training/scripts/result_errors.py train --build /tmp/lead-X/train-out --by-rule

Each split is written in the graph-level format of ``kg eval`` (input + gold, under --work,
never into eval/), built with the JSON Lines sink, and every gold result is paired with the
predicted Result of its paper that has its value (the one with most parts right). Then each
part of the tuple that differs is put in one cause:

- value: the number is not read at all; a predicted number no gold result has is ``extra``;
- model / benchmark / metric, each: the gold leaves it unsaid but one is attached
  (``gold unsaid``); the gold names one the sentence does not ("our model": ``gold implicit``);
  the gold's name is not an entity of the paper's graph (``not recognised``); it is, but none
  or another entity is attached (``not attached`` / ``other attached``); or the attached name
  and the gold one share a word but do not fold alike (``name mismatch``: "F1" / "F1-score").

Prints counts per cause and part, the gold types the recogniser missed, and with --show the
first N errors of each cause; with --by-rule, for each part the rule that chose it (the
evidence ``rule`` of the Result's edge, ``none`` where nothing is attached) with how often it
is right and each cause it is wrong by: a rule's precision on the split, the 2-in-3 test a rule
change must pass. --build scores a build of the split that already exists (one split only)
instead of building it again. The test split (batches 01-04) is refused: it is for the final
measurement only.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from kg.annotations import graph_gold, load_split
from kg.build import build
from kg.evaluate import BuiltGraph, _names, describe_result, read_build, same_value

ROLES = (("of", "model"), ("on", "benchmark"), ("metric", "metric"))
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[])")


def write_split(split: str, work: Path) -> tuple[Path, Path]:
    """The split as ``kg build`` input and ``kg eval`` gold, under ``work``."""
    if split not in ("train", "dev"):
        raise SystemExit(f"split {split!r}: only train and dev may be read here (test is held out)")
    inputs, gold = work / f"{split}-input.jsonl", work / f"{split}-gold.jsonl"
    with inputs.open("w", encoding="utf-8") as fi, gold.open("w", encoding="utf-8") as fg:
        for record, ann in load_split(split):
            fi.write(json.dumps({k: record[k] for k in ("id", "title", "abstract", "year", "categories")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps(graph_gold(record, ann), ensure_ascii=False) + "\n")
    return inputs, gold


def sentence_of(text: str, abstract: str) -> str:
    """The abstract's sentence that holds a gold result's text (first one, as a fallback)."""
    return next((s for s in SENTENCE_END.split(abstract) if text in s), "")


def role_cause(gold_names: frozenset[str] | None, pred: frozenset[str] | None, named_in_sentence: bool,
               paper_names: frozenset[str]) -> str | None:
    """One part of a tuple: None when it is right, else its cause (see the module docstring)."""
    if gold_names is None:
        return None if pred is None else "gold unsaid"
    if pred is not None and gold_names & pred:
        return None
    if not named_in_sentence:
        return "gold implicit" + (", recognised elsewhere" if gold_names & paper_names else ", not recognised anywhere")
    words = lambda names: {w for n in names for w in re.split(r"[\s\-]+", n) if w}  # noqa: E731
    if pred is not None and words(gold_names) & words(pred):
        return "name mismatch"
    if not gold_names & paper_names:
        return "not recognised"
    return "not attached" if pred is None else "other attached"


def breakdown(gold_rows: list[dict], records: dict[str, dict], built: BuiltGraph,
              by_rule: Counter | None = None) -> tuple[Counter, Counter, dict[str, list[str]], Counter]:
    """(causes, missed entity types, examples per cause, tuple matches) over one split;
    ``by_rule``, when given, is filled with (part, rule, "right" or cause) for every part of
    every result whose value is read (``none``: no name attached)."""
    causes: Counter = Counter()
    missed_types: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    totals: Counter = Counter()
    for row in gold_rows:
        paper = built.paper(row["title"])
        if paper is None or not row.get("results"):
            continue
        abstract = records[row["id"]]["abstract"]
        ents = {e["name"]: (e["type"], _names(e["name"], *e.get("aliases", ())), [e["name"], *e.get("aliases", ())]) for e in row["entities"]}
        paper_names = frozenset().union(*(built.node_names[e["target"]] for e in built.out_edges[paper]))
        preds = [(built.nodes[k], {r: built.node_names[t] for r, t in built.result_roles[k].items()}, built.result_rules[k])
                 for k in sorted(built.paper_results[paper])]
        used: set[int] = set()
        for g in row["results"]:
            totals["gold"] += 1
            gold_parts = {r: (ents.get(g.get(r), (None, _names(g.get(r) or ""), [g.get(r)]))[1] if g.get(r) else None) for r, _ in ROLES}
            candidates = [i for i, (node, _, _) in enumerate(preds) if i not in used and same_value(g["value"], node["value"])]
            describe = f"{row['id']} gold {describe_result(g['text'], g.get('of'), g.get('on'), g.get('metric'))}"
            if not candidates:
                causes["value", "not read"] += 1
                examples["value: not read"].append(f"{describe}\n      in: {sentence_of(g['text'], abstract)}")
                continue
            best = max(candidates, key=lambda i: sum(bool(gold_parts[r] is None and r not in preds[i][1] or (gold_parts[r] and preds[i][1].get(r, frozenset()) & gold_parts[r]))
                                                     for r, _ in ROLES))
            used.add(best)
            node, roles, rules = preds[best]
            sentence = node.get("sentence") or sentence_of(g["text"], abstract)
            wrong = False
            for role, part in ROLES:
                gold_name = g.get(role)
                surfaces = ents.get(gold_name, (None, None, [gold_name]))[2] if gold_name else []
                cause = role_cause(gold_parts[role], roles.get(role), any(s in sentence for s in surfaces), paper_names)
                if by_rule is not None:
                    by_rule[part, rules.get(role) or "none", cause or "right"] += 1
                if cause is None:
                    continue
                wrong = True
                if cause == "gold unsaid" and role == "of":
                    cause += f" ({rules.get('of', '').removeprefix('result_of_')})"
                causes[part, cause] += 1
                if cause in ("not recognised", "gold implicit, not recognised anywhere"):
                    missed_types[ents.get(gold_name, ("?",))[0]] += 1
                predicted = sorted(roles[role])[0] if role in roles else None
                examples[f"{part}: {cause}"].append(f"{describe}\n      predicted {part} {predicted or '-'}  in: {sentence}")
            totals["tuple right" if not wrong else "tuple wrong"] += 1
        for i, (node, roles, _) in enumerate(preds):
            if i not in used:
                causes["value", "extra"] += 1
                examples["value: extra"].append(f"{row['id']} predicted {node['text']}: {node['name']}\n      in: {node.get('sentence') or '-'}")
    return causes, missed_types, examples, totals


def rule_table(by_rule: Counter) -> str:
    """``breakdown``'s ``by_rule`` as a Markdown table: per part and rule, the parts right, all
    parts, and the wrong ones by cause (most first)."""
    lines = ["| part | rule | right | of | wrong by cause |", "|---|---|---|---|---|"]
    for part, rule in sorted({(p, r) for p, r, _ in by_rule}):
        counts = {c: n for (p, r, c), n in by_rule.items() if (p, r) == (part, rule)}
        wrong = ", ".join(f"{c} {n}" for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if c != "right")
        lines.append(f"| {part} | {rule} | {counts.get('right', 0)} | {sum(counts.values())} | {wrong} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("splits", nargs="*", default=["train", "dev"])
    ap.add_argument("--work", type=Path, default=Path("/tmp/wt-results-errors"))
    ap.add_argument("--show", type=int, default=0, help="print the first N errors of each cause")
    ap.add_argument("--by-rule", action="store_true", help="print each part's rules with how often they are right and why wrong")
    ap.add_argument("--build", type=Path, default=None, help="an existing build of the (one) split to score instead of building it")
    args = ap.parse_args()
    if args.build is not None and len(args.splits) != 1:
        raise SystemExit("--build scores one split: name exactly one (train or dev)")
    args.work.mkdir(parents=True, exist_ok=True)
    for split in args.splits:
        inputs, gold = write_split(split, args.work)
        out = args.build or args.work / f"out-{split}"
        if args.build is None:
            build([inputs], out, sinks=("jsonl",), workers=1)
        records = {json.loads(line)["id"]: json.loads(line) for line in inputs.open(encoding="utf-8")}
        gold_rows = [json.loads(line) for line in gold.open(encoding="utf-8")]
        by_rule: Counter = Counter()
        causes, missed_types, examples, totals = breakdown(gold_rows, records, read_build(out), by_rule)
        print(f"\n## {split}: {totals['gold']} gold results, {totals['tuple right']} tuples right, "
              f"{totals['tuple wrong']} wrong with the value read, {causes['value', 'not read']} values not read, "
              f"{causes['value', 'extra']} predicted values no gold has\n")
        print("| part | cause | count |\n|---|---|---|")
        for (part, cause), n in sorted(causes.items(), key=lambda kv: (kv[0][0], -kv[1])):
            print(f"| {part} | {cause} | {n} |")
        if args.by_rule:
            print("\n" + rule_table(by_rule))
        print("\nnot recognised, by gold type: " + ", ".join(f"{t} {n}" for t, n in missed_types.most_common()))
        if args.show:
            for cause, items in sorted(examples.items()):
                print(f"\n### {cause} ({len(items)})")
                for item in items[: args.show]:
                    print("  " + item)


if __name__ == "__main__":
    main()
