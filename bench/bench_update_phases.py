"""Benchmark: the link and write phases of ``kg build --update`` on a large build, side by side
with writing every record afresh (what an update did before it copied unchanged records).

1. "previous": every paper of OLD_EXTRACTIONS linked and written with all file sinks, one after
   the other (``workers=1``: no forked writer copies the graph), which also writes the record
   index (``.kg-reuse/``) an update reads; this is the full write.
2. "update": the same papers plus the last N papers of NEW_EXTRACTIONS linked again, the new
   graph's record digests computed, and every file written copying unchanged records from 1.

Each step's seconds and the 1-minute load average go to WORKDIR/log.jsonl (and stdout). The
extraction records are read without the extractor-fingerprint check, so any build's (even an
older extractor's) can serve: this times linking and writing, not a real update.

    python bench/bench_update_phases.py /tmp/out175k-s4/extractions.jsonl.gz \
        U/extractions.jsonl.gz 757 /tmp/update-175k      # U: a 20k build updated with acl-new1000

``bench/results/update-175k.jsonl`` is that run's log.
"""
from __future__ import annotations

import gzip
import json
import os
import sys
import time
from pathlib import Path

from kg import pwc
from kg.extraction_store import ExtractionStore
from kg.graph import KnowledgeGraph
from kg.link import Linker, add_paper, ensure_paper_edges, name_nodes
from kg.parallel import write_sinks
from kg.sinks import FILE_SINKS
from kg.sinks.reuse import prepare_reuse

old_path, new_path, n_new, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
work.mkdir(exist_ok=True)
log = open(work / "log.jsonl", "a")


def note(what, seconds, **extra):
    row = {"step": what, "s": round(seconds, 2), "load": os.getloadavg()[0], **extra}
    print(json.dumps(row), flush=True)
    log.write(json.dumps(row) + "\n")
    log.flush()


def lines(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.startswith('{"format"') or ExtractionStore.is_fill(line):  # a duplicate's fill (kg.dedupe): not timed here
                continue
            yield line.rstrip("\n")


new_lines = list(lines(new_path))[-n_new:]


def link(with_new):
    t0 = time.perf_counter()
    linker = Linker(spill_dir=work)
    for line in lines(old_path):
        linker.add(ExtractionStore.loads(line), line)
    if with_new:
        for line in new_lines:
            linker.add(ExtractionStore.loads(line), line)
    t1 = time.perf_counter()
    note("load+add", t1 - t0, papers=len(linker.keys))
    graph, catalogue = KnowledgeGraph(), pwc.load_catalogue()
    naming = name_nodes(linker.stats, graph, catalogue)
    t2 = time.perf_counter()
    note("pass1", t2 - t1, names=len(linker.stats))
    for paper in linker.spill.papers():
        add_paper(graph, naming.settle(paper), naming)
    linker.spill.close()
    t3 = time.perf_counter()
    note("pass2", t3 - t2)
    ensure_paper_edges(graph)
    t4 = time.perf_counter()
    note("ensure_paper_edges", t4 - t3)
    pwc.link_catalogue(graph, catalogue)
    t5 = time.perf_counter()
    note("pwc", t5 - t4, nodes=len(graph.nodes), edges=len(graph.edges))
    note("link total", t5 - t1)
    return graph


def write(graph, out, reuse=None):
    out.mkdir()
    t0 = time.perf_counter()
    for name, report, s in write_sinks(graph, out, FILE_SINKS, workers=1, reuse=reuse):
        note(f"write {name}", s, reuse=report.counters.get("reuse"))
    note("write total", time.perf_counter() - t0)


prev = work / "prev"
if not prev.is_dir():
    graph = link(False)
    write(graph, prev)
    del graph
graph = link(True)
t0 = time.perf_counter()
reuse = prepare_reuse(graph, prev)
note("digests", time.perf_counter() - t0)
write(graph, work / "upd", reuse)
