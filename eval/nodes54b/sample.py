"""Samples of session 54's second node census of the draw (eval/nodes54b/README.md): session 52's sampler
(eval/nodes52/sample.py) with seed 542, 25 entity nodes of each type, nodes54's 200 (eval/nodes54/sample200.tsv) left out.

    python eval/nodes54b/sample.py /tmp/draw54/base     # 150 entity nodes
"""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("nodes52_sample", Path(__file__).parent.parent / "nodes52" / "sample.py")
nodes52 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nodes52)
nodes52.SEED, nodes52.QUOTA, nodes52.TOTAL = 542, 25, 150

read_before = {(row["type"], row["name"]) for row in
               csv.DictReader(open(Path(__file__).parent.parent / "nodes54" / "sample200.tsv"), delimiter="\t")}



def read_build(build: str):
    """merge47's reader of a build (eval/merge47/sample.py) with the store read as plain JSON."""
    import gzip
    import json
    from collections import defaultdict

    lines = gzip.open(Path(build) / "extractions.jsonl.gz", "rt", encoding="utf-8")
    next(lines)
    texts = {}
    for line in lines:
        paper = json.loads(line)
        texts[paper["key"]] = (paper["record"]["title"], paper["record"]["abstract"])
    found = {}
    for line in open(Path(build) / "nodes.jsonl", encoding="utf-8"):
        n = json.loads(line)
        if n["label"] not in ("Paper", "Result"):
            found[n["key"]] = n
    mentions = defaultdict(list)
    for line in open(Path(build) / "edges.jsonl", encoding="utf-8"):
        e = json.loads(line)
        if e["target"] in found and e["source"] in texts:
            for ev in e["evidence"]:
                text = texts[ev["paper"]][0 if ev["field"] == "title" else 1]
                surface = text[ev["tail_start"] : ev["tail_end"]] if ev["tail_start"] >= 0 else "?"
                mentions[e["target"]].append((ev["paper"], surface, ev["sentence"], e["type"]))
    return texts, found, mentions


def rules_of_mentions(build: str):
    """nodes52.makers without the extraction store's fingerprint check (the draw's base may be another kg's build):
    the store's rows read as plain JSON by its header's field names."""
    import gzip
    import json
    from collections import Counter, defaultdict

    lines = gzip.open(Path(build) / "extractions.jsonl.gz", "rt", encoding="utf-8")
    fields = json.loads(next(lines))["fields"]["mention"]
    rules = {}
    for line in lines:
        paper = json.loads(line)
        for row in paper.get("mentions", []):
            m = dict(zip(fields, row))
            rules[(paper["key"], m["field"], m["start"], m["end"])] = m["rule"]
    made, seen = defaultdict(Counter), set()
    for line in open(Path(build) / "edges.jsonl", encoding="utf-8"):
        e = json.loads(line)
        for ev in e["evidence"]:
            spot = (ev["paper"], ev["field"], ev["tail_start"], ev["tail_end"])
            if spot in rules and (e["target"], spot) not in seen:
                seen.add((e["target"], spot))
                made[e["target"]][rules[spot]] += 1
    return made


if __name__ == "__main__":
    def load_fresh(build):
        texts, found, mentions = read_build(build)
        found = {k: v for k, v in found.items() if (v["label"], v["name"]) not in read_before}
        return texts, found, mentions

    nodes52.load = load_fresh
    nodes52.makers = rules_of_mentions
    nodes52.nodes(sys.argv[1])
