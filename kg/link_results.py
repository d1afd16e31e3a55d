"""Linking reported results: one ``Result`` node per number a paper reports, tied to what it measures.

Called by ``kg.link`` for each paper once its mentions have node keys. A Result's key is the
paper's key plus the folded model, benchmark, metric and value (SCHEMA.md; a change "from X to Y"
also its start), so the same number read twice from one paper is one node with two pieces of
evidence, and a rebuild gives the same keys.
"""
from __future__ import annotations

from kg.extract.pipeline import PaperExtraction, ResultRecord
from kg.graph import Evidence, KnowledgeGraph

ROLE_EDGES = (("of", "RESULT_OF"), ("on", "RESULT_ON"), ("metric", "RESULT_METRIC"))
KEY_SEPARATOR = "|"


def format_value(value: float) -> str:
    """67.2 → "67.2", 2.0 → "2": the value as it reads, stable across runs."""
    return f"{value:g}" if abs(value) < 1e15 else repr(value)


def result_key(paper_key: str, of: str | None, on: str | None, metric: str | None, value: float,
               from_value: float | None = None) -> str:
    """``Result:<paper key>|<model>|<benchmark>|<metric>|<value>`` with folded names (node keys
    without their label) and empty parts for what the text does not say. A change keeps the value
    it starts from (``90->30``): "by up to 30%" and "from above 90% to below 30%" are two results."""
    parts = [k.split(":", 1)[1] if k else "" for k in (of, on, metric)]
    written = format_value(value) if from_value is None else f"{format_value(from_value)}->{format_value(value)}"
    return "Result:" + KEY_SEPARATOR.join([paper_key, *parts, written])


def result_name(res: ResultRecord, names: dict[str, str | None]) -> str:
    """A readable label: "OPT-IML: accuracy 67.2% on MMLU" (parts the text leaves out are left out)."""
    unit = res.unit if res.unit in ("%", "x") else (" " + res.unit if res.unit else "")
    if res.from_value is not None:  # "F1 67% -> 79%": both ends, neither a change
        value = f"{format_value(res.from_value)}{unit} -> {format_value(res.value)}{unit}"
    else:
        value = ("+" if res.kind == "gain" and res.value >= 0 else "") + format_value(res.value) + unit
    text = " ".join(p for p in (names["metric"], value) if p)
    if names["on"]:
        text += f" on {names['on']}"
    return f"{names['of']}: {text}" if names["of"] else text


def add_results(graph: KnowledgeGraph, paper: PaperExtraction, mention_keys: list[str]) -> None:
    """Result nodes of one paper and their REPORTS_RESULT, RESULT_OF, RESULT_ON, RESULT_METRIC edges."""
    for res in paper.results:
        keys = {role: (mention_keys[idx] if idx is not None else None) for role, idx in ((r, getattr(res, r)) for r, _ in ROLE_EDGES)}
        names = {role: (graph.nodes[k].name if k else None) for role, k in keys.items()}
        key = result_key(paper.key, keys["of"], keys["on"], keys["metric"], res.value, res.from_value)
        graph.add_node(
            key, "Result", result_name(res, names), value=float(res.value), unit=res.unit, kind=res.kind,
            from_value=res.from_value, low=res.low, text=res.text, sentence=res.sentence, paper=paper.key,
        )
        graph.add_edge(paper.key, "REPORTS_RESULT", key,
                       Evidence(paper.key, res.field, res.sentence, -1, -1, res.start, res.end, res.rule, res.confidence))
        for role, rel_type in ROLE_EDGES:
            idx = getattr(res, role)
            if idx is None:
                continue
            m = paper.mentions[idx]
            rule = f"result_{role}_{res.of_rule if role == 'of' else res.on_rule if role == 'on' else res.metric_rule}"
            confidence = res.confidence if role != "of" or res.of_rule != "implicit_proposed" else round(res.confidence * 0.8, 3)
            ev = Evidence(paper.key, res.field, res.sentence, res.start, res.end,
                          m.start if m.field == res.field else -1, m.end if m.field == res.field else -1, rule, confidence)
            graph.add_edge(key, rel_type, keys[role], ev)
