"""The record the recogniser's rules pass between them: a candidate name, before overlaps are resolved.

Kept apart from kg.extract.entities so that the rule families in their own modules
(kg.extract.metric_names) make the same record without importing the recogniser.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Candidate:
    """A name one rule found: its token extent, type and rule, and what the rule knows of it (canonical
    form, family, variant kind, long form, whether the paper proposes it). Rules make them; resolving
    the overlaps between them picks the entities."""

    start: int
    end: int
    label: str
    rule: str
    canonical: str | None = None
    family: str | None = None
    variant: str | None = None  # "size" (VARIANT_OF) or "derived" (DERIVED_FROM)
    long_form: str | None = None
    proposed: bool = False


MODIFIER_PHRASE_RULES = {"task_phrase", "method_phrase"}  # head-word phrases, which may modify a measure noun
GUESSED_TYPE_RULES = {"coined_name"}  # a list member found so takes its list's type (RULE_PRIORITY: coordinated above it)
NAMED_EXTENT_SKIPPED = frozenset(GUESSED_TYPE_RULES | MODIFIER_PHRASE_RULES)  # named_extents


def named_extents(found: list) -> list[tuple[int, int]]:
    """The token extents of the names a rule found by their own evidence (not a guessed type nor a
    modifier phrase): a measure phrase the metric rules build may not overlap one."""
    return [(c.start, c.end) for c in found if c.rule not in NAMED_EXTENT_SKIPPED]


MAX_CONJUNCTS = 6  # members of one list the list rules read
