"""Samples of session 54's second node census of the draw (eval/nodes54b/README.md): session 52's sampler
(eval/nodes52/sample.py) with seed 542, 25 entity nodes of each type, nodes54's 200 (eval/nodes54/sample200.tsv) left out.

    python eval/nodes54b/sample.py /tmp/draw54/base     # 150 entity nodes

The draw's base build was made by another kg, whose extraction store this kg refuses: the samplers read it here as
plain JSON by its header's field names.
"""
from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import kg.extraction_store

spec = importlib.util.spec_from_file_location("nodes52_sample", Path(__file__).parent.parent / "nodes52" / "sample.py")
nodes52 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nodes52)
nodes52.SEED, nodes52.QUOTA, nodes52.TOTAL = 542, 25, 150

READ_BEFORE = {(row["type"], row["name"]) for row in
               csv.DictReader(open(Path(__file__).parent.parent / "nodes54" / "sample200.tsv"), delimiter="\t")}


class PlainStore:
    """The extraction store's papers (key, record title and abstract, mentions) without its extractor check."""

    def __init__(self, path):
        self.path = path

    def read(self):
        lines = gzip.open(self.path, "rt", encoding="utf-8")
        fields = json.loads(next(lines))["fields"]
        for line in lines:
            paper = json.loads(line)
            record = SimpleNamespace(**paper["record"])
            mentions = [SimpleNamespace(**dict(zip(fields["mention"], row))) for row in paper.get("mentions", [])]
            yield SimpleNamespace(key=paper["key"], record=record, mentions=mentions)


if __name__ == "__main__":
    kg.extraction_store.ExtractionStore = PlainStore
    read_build = nodes52.load

    def unread_nodes(build):
        """The build's nodes less the ones nodes54 read."""
        texts, found, mentions = read_build(build)
        return texts, {k: v for k, v in found.items() if (v["label"], v["name"]) not in READ_BEFORE}, mentions

    nodes52.load = unread_nodes
    nodes52.nodes(sys.argv[1])
