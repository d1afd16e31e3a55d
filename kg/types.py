"""Typed records passed between the stages: read → extract → link → graph → sinks.

Every record is a plain, picklable dataclass so that extraction can run in worker
processes and results can be merged deterministically.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Source:
    """Where a record came from: file and 1-based line (or record index for XML)."""

    path: str
    line: int


@dataclass
class Record:
    """One paper as read from the input, before any NLP."""

    title: str
    abstract: str
    source: Source
    arxiv_id: str | None = None
    authors: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    year: int | None = None
    venue: str | None = None  # as the input names it: an ACL Anthology venue, an arXiv journal reference
    anthology_id: str | None = None  # the ACL Anthology's id of the paper (2023.emnlp-main.1, P16-1001)
    doi: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reject:
    """An input record that could not be used, with the reason and a raw excerpt."""

    source: Source
    reason: str
    raw: str

    RAW_LIMIT = 500

    def to_dict(self) -> dict[str, Any]:
        raw = self.raw if len(self.raw) <= self.RAW_LIMIT else self.raw[: self.RAW_LIMIT] + "…"
        return {"file": self.source.path, "line": self.source.line, "reason": self.reason, "raw": raw}
