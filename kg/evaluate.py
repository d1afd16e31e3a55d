"""``kg eval``: precision / recall / F1 of a build against a hand-annotated gold set.

Matching is at graph level, per paper: a paper is found by its (folded) title; its
predicted entities are the nodes it has an edge to; its predicted relations are its own
Paper → entity edges plus entity → entity edges with evidence from it. Names match when
their folded forms (case, hyphens, spaces, plurals) share any spelling, aliases included;
matching is one-to-one, so a gold item is never counted twice.

Reported results (gold rows with ``results``) are scored apart from entities and relations:
a predicted ``Result`` of the paper matches a gold one when the values agree (within
``VALUE_TOLERANCE``) and, for the full tuple, the model, benchmark and metric names match as
entity names do (a part the text leaves unsaid must be unsaid in both); "value+benchmark"
asks only for the value and the benchmark; "value+kind" for the value and whether it is an
absolute score or a gain (a leaderboard lists scores first).
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import EvalError
from kg.names import fold_name, title_hash
from kg.normalize import normalize_text

RESULT_TYPES = ("REPORTS_RESULT", "RESULT_OF", "RESULT_ON", "RESULT_METRIC")
RESULT_ROLES = {"RESULT_OF": "of", "RESULT_ON": "on", "RESULT_METRIC": "metric"}
VALUE_TOLERANCE = 0.005  # absolute, plus 0.1% of the value: "67.2" and "67.20" are one number


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EvalResult:
    papers_gold: int = 0
    papers_matched: int = 0
    entities: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    relations: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    results: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    groups: dict[str, EvalResult] = field(default_factory=dict)  # ``kg eval --by``: the scores of each group of papers

    def to_dict(self) -> dict[str, Any]:
        return {
            "papers_gold": self.papers_gold, "papers_matched": self.papers_matched,
            "entities": {k: v.to_dict() for k, v in sorted(self.entities.items())},
            "relations": {k: v.to_dict() for k, v in sorted(self.relations.items())},
            **({"results": {k: v.to_dict() for k, v in sorted(self.results.items())}} if self.results else {}),
            **({"groups": {k: v.to_dict() for k, v in sorted(self.groups.items())}} if self.groups else {}),
        }

    def add(self, other: EvalResult) -> None:
        """Count ``other``'s matched papers, scores and errors into this result (a group's into the whole)."""
        self.papers_matched += other.papers_matched
        for mine, theirs in ((self.entities, other.entities), (self.relations, other.relations), (self.results, other.results)):
            for key, s in theirs.items():
                if key != "ALL":
                    mine[key].tp += s.tp
                    mine[key].fp += s.fp
                    mine[key].fn += s.fn
        self.false_positives.extend(other.false_positives)
        self.false_negatives.extend(other.false_negatives)

    def add_totals(self) -> None:
        """The micro-averaged "ALL" row of entities and relations."""
        for scores in (self.entities, self.relations):
            total = Score()
            for key, s in scores.items():
                if key != "ALL":
                    total.tp += s.tp
                    total.fp += s.fp
                    total.fn += s.fn
            scores["ALL"] = total

    def tally(self, scores: dict[str, Score], tag: str, pairs: list, missed: list, extra: list) -> None:
        """Count one paper's matching; items are (type, …, description)."""
        for gold, _ in pairs:
            scores[gold[0]].tp += 1
        for gold in missed:
            scores[gold[0]].fn += 1
            self.false_negatives.append(f"{tag} {gold[-1]}")
        for pred in extra:
            scores[pred[0]].fp += 1
            self.false_positives.append(f"{tag} {pred[-1]}")

    def errors(self, n: int) -> dict[str, list[str]]:
        return {"false positives": self.false_positives[:n], "false negatives": self.false_negatives[:n]}


def _names(*names: str) -> frozenset[str]:
    """Folded names, each also as kg would write it ("$M^3$T" is "M3T" in every graph kg builds),
    and a name with a bare script ("AP_r", "r^2") also as kg writes it in math mode: annotators cut
    "AP_r" out of "$AP_r$", which kg's text reads "APr"."""
    return frozenset(f for n in names if n for f in (fold_name(n), fold_name(normalize_text(n)), *_math_reading(n)) if f)


def _math_reading(name: str) -> tuple[str, ...]:
    """The folded form of a bare-script name read as inline math; none for other names."""
    return (fold_name(normalize_text(f"${name}$")),) if "$" not in name and ("_" in name or "^" in name) else ()


def _read_jsonl(path: Path, what: str) -> list[dict]:
    rows = []
    try:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except ValueError as exc:
                        raise EvalError(f"{path}:{number}: broken JSON in {what}: {exc}") from exc
    except OSError as exc:
        raise EvalError(f"cannot read {what} {path}: {exc}") from exc
    return rows


def _match(gold: list[tuple], pred: list[tuple], same) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Greedy one-to-one matching; returns (matched pairs, unmatched gold, unmatched predicted)."""
    used: set[int] = set()
    pairs, missed = [], []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            pairs.append((g, pred[hit]))
    extra = [p for i, p in enumerate(pred) if i not in used]
    return pairs, missed, extra


@dataclass
class BuiltGraph:
    """A build's nodes and edges as ``kg eval`` reads them: papers by folded title, every
    node's folded names, each paper's own edges and the entity edges it is evidence for, and
    its Result nodes with the node each role points to and the rule that chose it."""

    nodes: dict[str, dict]
    node_names: dict[str, frozenset[str]]
    paper_by_title: dict[str, str]
    out_edges: dict[str, list[dict]]
    evidence_edges: dict[str, list[dict]]
    paper_results: dict[str, list[str]]
    result_roles: dict[str, dict[str, str]]
    result_rules: dict[str, dict[str, str]]

    def paper(self, title: str) -> str | None:
        """The paper key of a gold title; the build stores titles normalised ("$M^3$T" is
        "M3T" there), so the gold's raw title is tried normalised too."""
        return self.paper_by_title.get(title_hash(title)) or self.paper_by_title.get(title_hash(normalize_text(title)))


def read_build(out_dir: str | Path) -> BuiltGraph:
    out_dir = Path(out_dir)
    for needed in ("nodes.jsonl", "edges.jsonl"):
        if not (out_dir / needed).exists():
            raise EvalError(f"{out_dir} has no {needed}: run `kg build --out {out_dir}` first")
    nodes = {n["key"]: n for n in _read_jsonl(out_dir / "nodes.jsonl", "nodes")}
    graph = BuiltGraph(
        nodes=nodes, node_names={k: _names(n["name"], *n.get("aliases", ())) for k, n in nodes.items()},
        paper_by_title={title_hash(n.get("title") or n["name"]): k for k, n in nodes.items() if n["label"] == "Paper"},
        out_edges=defaultdict(list), evidence_edges=defaultdict(list), paper_results=defaultdict(list),
        result_roles=defaultdict(dict), result_rules=defaultdict(dict))
    for e in _read_jsonl(out_dir / "edges.jsonl", "edges"):
        if e["type"] in RESULT_TYPES:  # scored on their own
            if e["type"] == "REPORTS_RESULT":
                graph.paper_results[e["source"]].append(e["target"])
            else:
                graph.result_roles[e["source"]][RESULT_ROLES[e["type"]]] = e["target"]
                graph.result_rules[e["source"]][RESULT_ROLES[e["type"]]] = (e.get("evidence") or [{}])[0].get("rule", "")
        elif nodes[e["source"]]["label"] == "Paper":
            graph.out_edges[e["source"]].append(e)
        else:
            for paper in e.get("papers", ()):
                graph.evidence_edges[paper].append(e)
    return graph


def predicted_results(graph: BuiltGraph, paper: str) -> list[tuple[dict, dict[str, frozenset[str]]]]:
    """(Result node, {role: folded names of the node it points to}) for one paper."""
    return [(graph.nodes[k], {role: graph.node_names[t] for role, t in graph.result_roles[k].items()})
            for k in sorted(graph.paper_results[paper])]


GROUPINGS = ("category", "year")  # ``kg eval --by``: a paper's primary arXiv category, its year


def paper_group(node: dict, by: str) -> str:
    """The group a built Paper node falls in: its primary (first) arXiv category or its year;
    "(none)" for a paper whose record had neither (plain-text inputs)."""
    if by == "category":
        categories = node.get("categories") or ()
        return categories[0] if categories else "(none)"
    if by == "year":
        return str(node["year"]) if node.get("year") else "(none)"
    raise EvalError(f"cannot group papers by {by!r}: choose one of {', '.join(GROUPINGS)}")


def evaluate(gold_path: str | Path, out_dir: str | Path, by: str | None = None) -> EvalResult:
    """Scores of the build in ``out_dir`` against the gold file; with ``by``, also one
    ``EvalResult`` per group of papers (``result.groups``): where the extractor is weak
    (statistics abstracts score far below the other categories; README, "By kind of paper")."""
    gold_path = Path(gold_path)
    built = read_build(out_dir)
    gold = _read_jsonl(gold_path, "gold set")
    result = EvalResult(papers_gold=len(gold))
    for row in gold:
        for key in ("title", "entities", "relations"):
            if key not in row:
                raise EvalError(f"gold paper {row.get('id', '?')} has no {key!r}")
        paper = built.paper(row["title"])
        if paper is None:
            continue
        scored = result
        if by is not None:  # scored once, into its group; the groups add up to the whole below
            scored = result.groups.setdefault(paper_group(built.nodes[paper], by), EvalResult())
            scored.papers_gold += 1
        scored.papers_matched += 1
        score_paper(scored, row, built, paper)
    for group in result.groups.values():
        result.add(group)
        group.add_totals()
    result.add_totals()
    return result


def score_paper(result: EvalResult, row: dict, built: BuiltGraph, paper: str) -> None:
    """One gold paper's entities, relations and results against the built paper ``paper``."""
    nodes, node_names = built.nodes, built.node_names
    out_edges, evidence_edges = built.out_edges, built.evidence_edges
    tag = row.get("id", row["title"][:40])
    gold_ents = {e["name"]: (e["type"], _names(e["name"], *e.get("aliases", ())), e["name"]) for e in row["entities"]}
    pred_keys = sorted({e["target"] for e in out_edges[paper]})
    pred_ents = [(nodes[k]["label"], node_names[k], nodes[k]["name"]) for k in pred_keys]
    same_ent = lambda g, p: g[0] == p[0] and bool(g[1] & p[1])  # noqa: E731
    gold_items = [(t, names, f"entity {t} {name!r}") for t, names, name in gold_ents.values()]
    pred_items = [(t, names, f"entity {t} {name!r}") for t, names, name in pred_ents]
    result.tally(result.entities, tag, *_match(gold_items, pred_items, same_ent))

    paper_names = frozenset({"PAPER"})
    gold_rels = []
    for r in row["relations"]:
        head = paper_names if r["head"] == "PAPER" else gold_ents.get(r["head"], (None, _names(r["head"])))[1]
        tail = gold_ents.get(r["tail"], (None, _names(r["tail"])))[1]
        gold_rels.append((r["type"], head, tail, f"relation {r['head']} -{r['type']}-> {r['tail']}"))
    pred_rels = []
    for e in out_edges[paper] + evidence_edges[paper]:
        head = paper_names if e["source"] == paper else node_names[e["source"]]
        label = "PAPER" if e["source"] == paper else nodes[e["source"]]["name"]
        pred_rels.append((e["type"], head, node_names[e["target"]], f"relation {label} -{e['type']}-> {nodes[e['target']]['name']}"))
    same_rel = lambda g, p: g[0] == p[0] and bool(g[1] & p[1]) and bool(g[2] & p[2])  # noqa: E731
    result.tally(result.relations, tag, *_match(gold_rels, pred_rels, same_rel))
    if "results" in row:
        score_results(result, tag, row["results"], gold_ents, predicted_results(built, paper))


def same_value(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= VALUE_TOLERANCE + 0.001 * abs(float(a))


def describe_result(value, of: str | None, on: str | None, metric: str | None) -> str:
    """A result in plain words, as ``--errors`` lists it: "result 12.0 of -, on LibriSpeech,
    metric WER" ('-': no such role)."""
    return f"result {value} of {of or '-'}, on {on or '-'}, metric {metric or '-'}"


def score_results(result: EvalResult, tag: str, gold: list[dict], gold_ents: dict, predicted: list[tuple[dict, dict]]) -> None:
    """One paper's results: the full tuple, value + benchmark, and the value alone.

    ``gold``: the gold file's ``results`` (role values are gold entity names or null);
    ``predicted``: (Result node, {role: folded names of the node it points to}).
    """
    def names(name):
        return None if name is None else gold_ents.get(name, (None, _names(name)))[1]

    def same_part(g, p) -> bool:
        return (g is None and p is None) or (g is not None and p is not None and bool(g & p))

    gold_items = [(g["value"], names(g.get("of")), names(g.get("on")), names(g.get("metric")), g.get("kind"),
                   describe_result(g["value"], g.get("of"), g.get("on"), g.get("metric"))) for g in gold]
    pred_items = [(n["value"], roles.get("of"), roles.get("on"), roles.get("metric"), n.get("kind"), describe_result(n["value"], *(
        sorted(roles[r])[0] if r in roles else None for r in ("of", "on", "metric")))) for n, roles in predicted]
    checks = {
        "tuple": lambda g, p: same_value(g[0], p[0]) and all(same_part(g[i], p[i]) for i in (1, 2, 3)),
        "value+benchmark": lambda g, p: same_value(g[0], p[0]) and same_part(g[2], p[2]),
        # a gold result without a kind takes any: older gold files have none
        "value+kind": lambda g, p: same_value(g[0], p[0]) and (g[4] is None or g[4] == p[4]),
        "value": lambda g, p: same_value(g[0], p[0]),
    }
    for name, same in checks.items():
        pairs, missed, extra = _match(gold_items, pred_items, same)
        scores = result.results[name]
        scores.tp += len(pairs)
        scores.fn += len(missed)
        scores.fp += len(extra)
        if name == "tuple":
            result.false_negatives.extend(f"{tag} {g[-1]}" for g in missed)
            result.false_positives.extend(f"{tag} {p[-1]}" for p in extra)
