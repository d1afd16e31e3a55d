"""homonym68: papers of stored extraction files (``extractions.jsonl.gz``), each key once, whatever extractor
fingerprint wrote them (the censuses read linking only)."""
import gzip
from kg.extraction_store import ExtractionStore


def read_papers(files):
    papers, seen = [], set()
    for f in files:
        for line in gzip.open(f, "rt", encoding="utf-8"):
            if line.startswith('{"format"') or ExtractionStore.is_fill(line):
                continue
            p = ExtractionStore.loads(line)
            if p.key not in seen:
                seen.add(p.key)
                papers.append(p)
    return papers
