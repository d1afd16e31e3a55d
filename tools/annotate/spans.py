"""Resolve span annotations (surface strings) to character offsets, and check them.

Annotators list each distinct surface string once; every occurrence in the text is labelled
(case-sensitive, not inside a longer word, the longer of two overlapping strings wins). Kept as
plain functions so the checker, the DocBin converter and the evaluation read spans one way.
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


URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|org|io|ai)/\S*")


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


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Check an annotation file against its batch.")
    ap.add_argument("batch", type=Path)
    ap.add_argument("annotations", type=Path)
    ap.add_argument("--show", action="store_true", help="print each record's resolved spans")
    args = ap.parse_args()
    batch = read_jsonl(args.batch)
    anns = read_jsonl(args.annotations)
    bad = 0
    if len(anns) != len(batch):
        print(f"{len(anns)} annotation records for {len(batch)} batch records")
        bad += 1
    for rec, ann in zip(batch, anns):
        problems = check_record(rec, ann)
        bad += bool(problems)
        for p in problems:
            print(f"{rec['id']}: {p}")
        if args.show:
            spans = resolve_spans(rec["text"], ann.get("entities", []))
            print(f"{rec['id']}: " + "; ".join(f"[{s}:{e}] {t} {ty}" for s, e, ty, t in spans))
    print(f"{len(anns)} records, {bad} with problems")
    raise SystemExit(1 if bad else 0)


if __name__ == "__main__":
    main()
