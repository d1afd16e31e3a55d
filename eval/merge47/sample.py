"""Draw and sample of session 47's merge census (eval/merge47/README.md).

    python eval/merge47/sample.py draw  DRAW.jsonl          # records index % 107 == 5 of the corpus
    kg build DRAW.jsonl --out BUILD --workers 1
    python eval/merge47/sample.py nodes BUILD [sample|aliases|shorts]

``sample``: 150 entity nodes, seed 47, each with its aliases and up to two mention sentences;
``aliases``: the 40 nodes with most aliases; ``shorts``: the 40 nodes named by a short form with most papers.
"""
from __future__ import annotations

import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

CORPUS = Path("/work/shared/corpus/arxiv-ml-175k.jsonl.gz")
MODULUS, REMAINDER, SEED = 107, 5, 47


def draw(out: str) -> None:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as stream, open(out, "w", encoding="utf-8") as sink:
        sink.writelines(line for i, line in enumerate(stream) if i % MODULUS == REMAINDER)


def load(build: str):
    """(texts, found, mentions) of a build: each paper's (title, abstract), its entity nodes by key, and
    each node's mentions as (paper, surface, sentence, relation)."""
    from kg.extraction_store import ExtractionStore

    out = Path(build)
    texts = {p.key: (p.record.title, p.record.abstract) for p in ExtractionStore(out / "extractions.jsonl.gz").read()}
    found = {}
    for line in open(out / "nodes.jsonl", encoding="utf-8"):
        n = json.loads(line)
        if n["label"] not in ("Paper", "Result"):
            found[n["key"]] = n
    mentions = defaultdict(list)  # node key -> (paper, surface, sentence, relation)
    for line in open(out / "edges.jsonl", encoding="utf-8"):
        e = json.loads(line)
        if e["target"] in found and e["source"] in texts:
            for ev in e["evidence"]:
                text = texts[ev["paper"]][0 if ev["field"] == "title" else 1]
                surface = text[ev["tail_start"] : ev["tail_end"]] if ev["tail_start"] >= 0 else "?"
                mentions[e["target"]].append((ev["paper"], surface, ev["sentence"], e["type"]))
    return texts, found, mentions


def nodes(build: str, mode: str) -> None:
    from kg.link import SHORT_FORM

    texts, found, mentions = load(build)
    papers = lambda key: len({m[0] for m in mentions[key]})
    if mode == "sample":
        keys = sorted(found)
        random.Random(SEED).shuffle(keys)
        keys, shown = keys[:150], 2
    elif mode == "aliases":
        keys, shown = sorted(found, key=lambda k: (-len(found[k]["aliases"]), k))[:40], 6
    else:
        keys, shown = sorted((k for k in found if SHORT_FORM.match(found[k]["name"])), key=lambda k: (-papers(k), k))[:40], 4
    for key in keys:
        n = found[key]
        print(f"== {key} | name={n['name']!r} | aliases={n['aliases']} | papers={papers(key)} pwc={n.get('pwc_id')}")
        ms = list(mentions[key])
        random.Random(key).shuffle(ms)
        one_each = {}
        for m in ms:
            one_each.setdefault((m[1].lower(), m[0]), m)
        for m in list(one_each.values())[:shown]:
            print(f"   [{m[0]}] {m[3]} «{m[1]}»: {m[2][:300]}")


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(sys.argv[2])
    else:
        nodes(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "sample")
