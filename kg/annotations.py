"""The span corpus (``eval/spans/``): annotations as surface strings, resolved to offsets.

Annotators list each distinct surface string once; every occurrence in the text is labelled
(case-sensitive, not inside a longer word or a URL, the longer of two overlapping strings
wins). Plain functions, so the annotation checker, the training-data converter and
``kg eval`` read spans one way.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

ENTITY_TYPES = ("Model", "Method", "Dataset", "Benchmark", "Task", "Metric")
RELATION_TYPES = ("PROPOSES", "USES", "EVALUATES_ON", "ADDRESSES", "REPORTS_METRIC", "MENTIONS",
                  "VARIANT_OF", "DERIVED_FROM", "APPLIED_TO", "OUTPERFORMS", "USED_FOR", "PART_OF",
                  "SUBTASK_OF")
PAPER = "PAPER"


URL = re.compile(r"(?:https?:\s?//|www\.)\S+|\S+\.(?:com|org|io|ai)/\S*")


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Every place `surface` occurs in `text` not glued to a longer alphanumeric word and
    not inside a URL (a name in a link is not a mention)."""
    urls = [m.span() for m in URL.finditer(text)]
    out = []
    for m in re.finditer(re.escape(surface), text):
        s, e = m.span()
        if any(a <= s < b for a, b in urls):
            continue
        if s > 0 and text[s - 1].isalnum() and surface[0].isalnum():
            continue
        if e < len(text) and text[e].isalnum() and surface[-1].isalnum():
            continue
        out.append((s, e))
    return out


def resolve_spans(text: str, entities: list[dict]) -> list[tuple[int, int, str, str]]:
    """(start, end, type, surface) for every occurrence; longest first wins on overlap."""
    cands = []
    for ent in entities:
        for s, e in occurrences(text, ent["text"]):
            cands.append((s, e, ent["type"], ent["text"]))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, str, str]] = []
    for c in cands:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    return sorted(taken)


def check_record(batch_rec: dict, ann: dict) -> list[str]:
    """Problems with one annotation record, as messages (empty when it is clean)."""
    problems = []
    text = batch_rec["text"]
    if ann.get("id") != batch_rec["id"]:
        return [f"id {ann.get('id')!r} where the batch has {batch_rec['id']!r} (same order please)"]
    listed = set()
    for ent in ann.get("entities", []):
        t, ty = ent.get("text", ""), ent.get("type")
        if ty not in ENTITY_TYPES:
            problems.append(f"entity {t!r}: type {ty!r} is not one of {ENTITY_TYPES}")
        if not t or t != t.strip():
            problems.append(f"entity {t!r}: empty or padded with spaces")
        elif not occurrences(text, t):
            problems.append(f"entity {t!r}: not found verbatim in the text")
        if t in listed:
            problems.append(f"entity {t!r}: listed twice")
        listed.add(t)
    for group in ann.get("same_as", []):
        for t in group:
            if t not in listed:
                problems.append(f"same_as {t!r}: not a listed entity")
    has_paper_edge = set()
    for rel in ann.get("relations", []):
        h, ty, tl = rel.get("head"), rel.get("type"), rel.get("tail")
        if ty not in RELATION_TYPES:
            problems.append(f"relation {h!r} {ty!r} {tl!r}: unknown type")
        for end in (h, tl):
            if end != PAPER and end not in listed:
                problems.append(f"relation {h!r} {ty!r} {tl!r}: {end!r} is not a listed entity")
        if h == PAPER:
            has_paper_edge.add(tl)
    groups = {t: {t} for t in listed}
    for group in ann.get("same_as", []):
        merged = set().union(*(groups.get(t, {t}) for t in group))
        for t in merged:
            groups[t] = merged
    for t in listed:
        if not groups[t] & has_paper_edge:
            problems.append(f"entity {t!r}: no PAPER relation for it or its same_as group")
    for res in ann.get("results", []):
        if not isinstance(res.get("value"), (int, float)):
            problems.append(f"result {res.get('text')!r}: value must be a number")
        if res.get("kind") not in ("absolute", "gain"):
            problems.append(f"result {res.get('text')!r}: kind must be absolute or gain")
        if not res.get("text") or res["text"] not in text:
            problems.append(f"result {res.get('text')!r}: text not found verbatim")
        for role in ("metric", "on", "of"):
            v = res.get(role)
            if v is not None and v not in listed:
                problems.append(f"result {res.get('text')!r}: {role} {v!r} is not a listed entity")
    return problems


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


SPLITS = {"test": [f"batch-{i:02d}" for i in range(1, 5)],
          "train": [f"batch-{i:02d}" for i in (*range(5, 14), *range(16, 69), *range(73, 101))],
          "dev": ["batch-14", "batch-15", *(f"batch-{i:02d}" for i in range(69, 73))]}


def corpus_dir() -> Path:
    """``eval/spans`` of the source checkout."""
    return Path(__file__).resolve().parent.parent / "eval" / "spans"


def load_split(name: str, root: Path | None = None, batches: list[str] | None = None) -> list[tuple[dict, dict]]:
    """(batch record, annotation) pairs of one split (test / train / dev), in batch order;
    ``batches``: only these batches of it."""
    root = root or corpus_dir()
    pairs = []
    for batch in SPLITS[name]:
        if batches is not None and batch not in batches:
            continue
        records = read_jsonl(root / "batches" / f"{batch}.jsonl")
        anns = {a["id"]: a for a in read_jsonl(root / "annotations" / f"{batch}.jsonl")}
        pairs.extend((r, anns[r["id"]]) for r in records if r["id"] in anns)
    return pairs


def groups(ann: dict) -> list[list[dict]]:
    """Listed entities grouped by ``same_as`` (first listed member first)."""
    by_text = {e["text"]: e for e in ann.get("entities", [])}
    parent = {t: t for t in by_text}

    def find(t: str) -> str:
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    for group in ann.get("same_as", []):
        members = [t for t in group if t in parent]
        for t in members[1:]:
            parent[find(t)] = find(members[0])
    order = list(by_text)
    out: dict[str, list[dict]] = {}
    for t in order:
        out.setdefault(find(t), []).append(by_text[t])
    return [sorted(g, key=lambda e: order.index(e["text"])) for g in out.values()]


def graph_gold(record: dict, ann: dict) -> dict:
    """One line of the graph-level gold format of ``GUIDELINES.md`` (what ``kg eval`` scores)."""
    name_of = {}
    entities = []
    for group in groups(ann):
        head = group[0]
        for e in group:
            name_of[e["text"]] = head["text"]
        entities.append({"name": head["text"], "type": head["type"], "aliases": [e["text"] for e in group[1:]]})
    relations = []
    seen = set()
    for rel in ann.get("relations", []):
        h = "PAPER" if rel["head"] == PAPER else name_of.get(rel["head"])
        t = name_of.get(rel["tail"])
        if h is None or t is None or (h, rel["type"], t) in seen:
            continue
        seen.add((h, rel["type"], t))
        relations.append({"head": h, "type": rel["type"], "tail": t})
    results = []
    for res in ann.get("results", []):
        row = {k: res[k] for k in ("text", "value", "unit", "kind")}
        row.update({role: name_of.get(res[role]) if res.get(role) else None for role in ("metric", "on", "of")})
        row.update({k: res[k] for k in ("from", "low") if k in res})
        results.append(row)
    return {"id": record["id"], "title": record["title"], "entities": entities, "relations": relations, "results": results}



def count_exact_spans(counts, gold: set[tuple], pred: set[tuple]) -> None:
    """Add one record's exact typed-span tp / fp / fn to ``counts`` (keys ``(type, "tp")`` …), so
    every span scorer counts the same way."""
    for label in ENTITY_TYPES:
        g = {x for x in gold if x[2] == label}
        p = {x for x in pred if x[2] == label}
        counts[(label, "tp")] += len(g & p)
        counts[(label, "fp")] += len(p - g)
        counts[(label, "fn")] += len(g - p)


def normalized_spans(record: dict, ann: dict, stats: dict | None = None) -> tuple[str, str, list[tuple[int, int, str, str]]]:
    """Title, abstract and annotated spans as kg reads the record: the text normalised
    (kg/normalize.py) and each annotated string normalised likewise and found again, in kg's
    layout (title, ``TITLE_SEPARATOR``, abstract). A record that normalisation changes (LaTeX,
    HTML entities, "lan- guage"; 13% of the span corpus) is scored, not skipped; ``stats``
    counts the spans not found again (3 of the ~5,500 in such records)."""
    from kg.extract.pipeline import TITLE_SEPARATOR
    from kg.normalize import normalize_text

    stats = stats if stats is not None else {}
    title, abstract = normalize_text(record["title"]), normalize_text(record["abstract"])
    entities = ann.get("entities", [])
    if (title, abstract) == (record["title"], record["abstract"]):
        spans = resolve_spans(record["text"], entities)
    else:
        stats["normalised_records"] = stats.get("normalised_records", 0) + 1
        spans = resolve_spans(title + "\n" + abstract, [dict(e, text=normalize_text(e["text"])) for e in entities])
        lost = len(resolve_spans(record["text"], entities)) - len(spans)
        stats["spans_not_found_again"] = stats.get("spans_not_found_again", 0) + max(lost, 0)
    shift = len(TITLE_SEPARATOR) - 1  # annotations index title + "\n" + abstract
    laid_out = [(s + shift, e + shift, label, text) if s > len(title) else (s, e, label, text)
                for s, e, label, text in spans]
    return title, abstract, laid_out


SPANCAT_KEY = "sc"  # spaCy's default spans_key for spancat


def training_doc(nlp, record: dict, ann: dict, stats: dict | None = None):
    """A spaCy Doc of ``record`` as kg reads it (normalised title, blank line, normalised
    abstract; cut by ``nlp``'s tokenizer) with the annotated spans as ``doc.ents``. Spans off
    token boundaries are contracted to the tokens inside them; ``stats`` counts spans,
    contracted and dropped ones, and records that normalisation changed."""
    from spacy.util import filter_spans

    from kg.extract.pipeline import TITLE_SEPARATOR  # trained on text laid out as kg lays it out

    stats = stats if stats is not None else {}
    # the text as kg reads it (normalised; until session 18 the record's own text, so 11% of
    # train records were learned in a spelling kg never shows the recogniser)
    title, abstract, gold = normalized_spans(record, ann, stats)
    text = title + TITLE_SEPARATOR + abstract
    doc = nlp.make_doc(text)
    spans = []
    for start, end, label, _ in gold:
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        stats["spans"] = stats.get("spans", 0) + 1
        if span is None or span.text != text[start:end]:
            key = "contracted" if span is not None else "dropped"
            stats[key] = stats.get(key, 0) + 1
        if span is not None and len(span):
            spans.append(span)
    doc.ents = filter_spans(spans)
    doc.spans[SPANCAT_KEY] = list(doc.ents)
    return doc


COINED = re.compile(r"[A-Z].*[A-Z]|[a-z][A-Z]|\d")  # name-shaped: capitals inside, or digits


def proposed_names(pairs: list[tuple[dict, dict]], is_listed) -> list[tuple[dict, list[str]]]:
    """(record, names) for abstracts that propose a one-word coined name no gazetteer lists
    (``is_listed(name)`` says whether one does): the names only reading the text can find."""
    out = []
    for record, ann in pairs:
        tails = [r["tail"] for r in ann.get("relations", []) if r["head"] == PAPER and r["type"] == "PROPOSES"]
        names = [t for t in tails if " " not in t.strip() and COINED.search(t) and not is_listed(t)]
        if names:
            out.append((record, names))
    return out


def proposed_name_recall(nlp, pairs: list[tuple[dict, dict]]) -> tuple[float, int, list[tuple[str, str]]]:
    """Share of those names the pipeline finds and marks PROPOSES (by its text, canonical
    name or long form); also the number of abstracts and the misses (name, title)."""
    from kg.extract.pipeline import extract_papers
    from kg.types import Record, Source

    from kg.names import fold_name

    recognizer = nlp.get_pipe("kg_entity_recognizer")
    items = proposed_names(pairs, lambda name: recognizer.lookup(name) is not None)
    records = [Record(title=r["title"], abstract=r["abstract"], source=Source(r["id"], 1)) for r, _ in items]
    found, total, misses = 0, 0, []
    for (record, names), paper in zip(items, extract_papers(nlp, records)):
        proposed = set()
        for rel in getattr(paper, "relations", ()):
            if rel.head is None and rel.type == "PROPOSES":
                m = paper.mentions[rel.tail]
                proposed |= {fold_name(x) for x in (m.text, m.canonical, m.long_form) if x}
        for name in names:
            total += 1
            if fold_name(name) in proposed:
                found += 1
            else:
                misses.append((name, record["title"]))
    return found / max(total, 1), len(items), misses
