"""Extraction stage: normalised records in, ``PaperExtraction`` records out.

No spaCy object leaves this package: what the later stages get is plain, picklable data
(mentions with offsets, relation hits with evidence), so extraction can run in workers.
"""
from kg.extract.pipeline import PaperExtraction, build_pipeline, extract_papers

__all__ = ["PaperExtraction", "build_pipeline", "extract_papers"]
