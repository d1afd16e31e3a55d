"""Check: does ``kg build --update`` give the graph a full build gives?

Links a build's extraction records afresh, in the order they are stored (what a full build of
the same records does after extracting them: extraction reads one record at a time, so a
record's extraction does not depend on the others), writes every file sink, and compares each
file byte by byte with the build's own. Run it on a build that was updated: the update copied
unchanged records from the previous files and linked the new papers with the old.

    kg build CORPUS --out OUT && kg build --update OUT NEW.jsonl.gz
    python bench/check_update_equality.py OUT /tmp/relinked      # exit 0: every file the same

Round 10 ran it on the 175,745-paper arXiv build updated with 1,000 ACL records (README,
"Measured end to end at 175,745 papers").
"""
from __future__ import annotations

import filecmp
import sys
import time
from pathlib import Path

from kg.extraction_store import ExtractionStore
from kg.link import Linker
from kg.parallel import write_sinks
from kg.sinks import FILE_SINKS

FILES = ["nodes.jsonl", "edges.jsonl", "graph.nt", "graph.ttl", "graph.graphml", "graph.cypher"]


def main(build: Path, out: Path) -> int:
    out.mkdir(parents=True)
    started = time.perf_counter()
    linker = Linker(spill_dir=out)
    for paper, line in ExtractionStore(build / "extractions.jsonl.gz").read_lines(linker.fills.stored):  # and duplicates' fills
        linker.add(paper, line)
    graph = linker.build()
    print(f"linked {len(linker.keys):,} papers in {time.perf_counter() - started:.1f} s", flush=True)
    del linker
    for name, _report, seconds in write_sinks(graph, out, FILE_SINKS, workers=2):
        print(f"wrote {name} in {seconds:.1f} s", flush=True)
    different = [f for f in FILES if not filecmp.cmp(build / f, out / f, shallow=False)]
    for f in FILES:
        print(f"{'DIFFERENT' if f in different else 'same'} {f}")
    return 1 if different else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
