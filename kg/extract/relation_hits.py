"""One relation a rule or a model found in a document: the record every relation stage passes on."""

from dataclasses import dataclass


@dataclass(frozen=True)
class RelationHit:
    head: int | None  # index into doc.ents; None = the paper
    type: str
    tail: int
    rule: str
    confidence: float
    sentence: int  # index into list(doc.sents)
