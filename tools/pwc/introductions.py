"""A silver check of PROPOSES from Papers with Code: does kg say that the paper which PwC names as
introducing a dataset or a method PROPOSES it?

    python tools/pwc/introductions.py make --work /tmp/pwc-intro      # input.jsonl + expected.jsonl
    kg build /tmp/pwc-intro/input.jsonl --out /tmp/pwc-intro/out --workers 2
    python tools/pwc/introductions.py score --work /tmp/pwc-intro --build /tmp/pwc-intro/out [--misses 30]

PwC's datasets (2023-01-03) and methods (2025-03) exports give each entry the paper that introduced it
(``paper.title``). ``make`` finds those papers in the arXiv corpus by folded title, leaves out every
paper whose title is in one of kg's own gold sets (``eval/``: the sample, proxy, proxy2 and the span
corpus, so no test abstract is read), and writes the rest as kg input with, per paper, the entries it
introduces. ``score`` counts, for each entry whose name or full name the title or abstract spells (an
abstract that never names its dataset cannot be scored), whether kg's graph has a PROPOSES edge from
the paper to a node that is the entry: the same ``pwc_id``, or a name or alias that folds to the
entry's name (a trailing "corpus"/"dataset"/"benchmark" ignored on both sides).

The reference is silver: PwC's curators, not this project's guideline, decided what a paper
introduced, and a few entries are named after the paper rather than the thing ("Towards a
Data-Driven Requirements Engineering Approach"). It was built to find general misses on text no one
here annotated, and is read, not tuned to. Needs ``../shared`` (the PwC exports and the corpus);
nothing of it ships.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
KIND_WORD = re.compile(r"\s+(?:corpus|dataset|data set|benchmark)$", re.I)


def title_key(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()


def gold_titles(eval_dir: Path) -> set[str]:
    """Every title in kg's gold and input files, so the silver set shares no paper with them."""
    titles = set()
    for path in eval_dir.rglob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and isinstance(row.get("title"), str):
                titles.add(title_key(row["title"]))
    return titles


def introductions(pwc: Path) -> dict[str, list[list[str]]]:
    """Folded paper title → [[kind, slug, name, full_name], …] of the entries it introduced."""
    by_title: dict[str, list[list[str]]] = collections.defaultdict(list)
    for kind, file in (("dataset", "datasets_2023-01-03.json.gz"), ("method", "methods_2025-03.json.gz")):
        for entry in json.load(gzip.open(pwc / file)):
            paper = entry.get("paper") or {}
            if paper.get("title"):
                slug = entry["url"].rstrip("/").rsplit("/", 1)[-1]
                by_title[title_key(paper["title"])].append([kind, slug, entry["name"], entry.get("full_name") or ""])
    return by_title


def make(args: argparse.Namespace) -> int:
    wanted = introductions(args.pwc)
    excluded = gold_titles(ROOT / "eval")
    args.work.mkdir(parents=True, exist_ok=True)
    kept = skipped = 0
    with gzip.open(args.corpus, "rt", encoding="utf-8") as corpus, \
            (args.work / "input.jsonl").open("w", encoding="utf-8") as inputs, \
            (args.work / "expected.jsonl").open("w", encoding="utf-8") as expected:
        for line in corpus:
            record = json.loads(line)
            key = title_key(record.get("title") or "")
            if key not in wanted:
                continue
            if key in excluded:
                skipped += 1
                continue
            kept += 1
            inputs.write(json.dumps(record) + "\n")
            expected.write(json.dumps({"id": record["id"], "title": record["title"], "introduces": wanted[key]}) + "\n")
    print(f"{kept} corpus papers introduce a PwC entry ({skipped} left out: in kg's gold sets); written to {args.work}")
    return 0


def spelled_in(name: str, text: str) -> bool:
    return bool(name) and f" {title_key(name)} " in text


def score(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(ROOT))
    from kg.names import fold_name

    def folds(names) -> set[str]:
        return {fold_name(n) for n in names} | {fold_name(KIND_WORD.sub("", n)) for n in names}

    for needed in (args.work / "expected.jsonl", args.build / "nodes.jsonl", args.build / "edges.jsonl"):
        if not needed.exists():
            print(f"error: {needed} does not exist (run `make`, then kg build into --build)", file=sys.stderr)
            return 1
    nodes, papers, edges = {}, {}, collections.defaultdict(list)
    with (args.build / "nodes.jsonl").open(encoding="utf-8") as f:
        for line in f:
            node = json.loads(line)
            nodes[node["key"]] = node
            if node["label"] == "Paper" and node.get("arxiv_id"):
                papers[node["arxiv_id"]] = node
    with (args.build / "edges.jsonl").open(encoding="utf-8") as f:
        for line in f:
            edge = json.loads(line)
            edges[edge["source"]].append(edge)
    counts: collections.Counter = collections.Counter()
    misses: dict[tuple[str, str], list] = collections.defaultdict(list)
    for line in (args.work / "expected.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        paper = papers.get(row["id"])
        if paper is None:
            counts["paper not in the build"] += 1
            continue
        text = f" {title_key(paper.get('title', '') + ' ' + paper.get('abstract', ''))} "
        for kind, slug, name, full_name in row["introduces"]:
            spelled = [n for n in (name, full_name) if spelled_in(n, text)]
            if not spelled:
                counts[kind, "not spelled"] += 1
                continue
            counts[kind, "spelled"] += 1
            wanted = folds(spelled)
            roles = {e["type"] for e in edges[paper["key"]]
                     if nodes[e["target"]].get("pwc_id") == f"{kind}/{slug}"
                     or folds([nodes[e["target"]]["name"], *nodes[e["target"]].get("aliases", ())]) & wanted}
            outcome = "PROPOSES" if "PROPOSES" in roles else "another role" if roles else "no node"
            counts[kind, outcome] += 1
            if outcome != "PROPOSES":
                misses[kind, outcome].append(f"{name} {sorted(roles)} | {paper['title'][:90]}")
    print("kind     spelled  PROPOSES  another role  no node  recall")
    for kind in ("dataset", "method"):
        n = counts[kind, "spelled"]
        print(f"{kind:8} {n:7} {counts[kind, 'PROPOSES']:9} {counts[kind, 'another role']:13} {counts[kind, 'no node']:8}"
              f"  {counts[kind, 'PROPOSES'] / n if n else 0:.3f}")
    print(f"(not spelled in the abstract: {counts['dataset', 'not spelled']} datasets, {counts['method', 'not spelled']} methods;"
          f" papers missing from the build: {counts['paper not in the build']})")
    for key, rows in sorted(misses.items()):
        for row in rows[: args.misses]:
            print(" ", *key, "|", row)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_make = sub.add_parser("make", help="write the silver input and expectations")
    p_make.add_argument("--work", type=Path, required=True, help="directory for input.jsonl and expected.jsonl")
    p_make.add_argument("--pwc", type=Path, default=SHARED / "pwc", help="the PwC exports (default ../shared/pwc)")
    p_make.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "arxiv-ml-175k.jsonl.gz", help="the arXiv corpus")
    p_score = sub.add_parser("score", help="score a kg build of the silver input")
    p_score.add_argument("--work", type=Path, required=True, help="the directory `make` wrote")
    p_score.add_argument("--build", type=Path, required=True, help="kg build --out directory of work/input.jsonl")
    p_score.add_argument("--misses", type=int, default=0, help="list this many misses of each kind and outcome")
    args = parser.parse_args(argv)
    return make(args) if args.command == "make" else score(args)


if __name__ == "__main__":
    raise SystemExit(main())
