"""The record the recogniser's rules pass between them: a candidate name, before overlaps are resolved.

Kept apart from kg.extract.entities so that the rule families in their own modules
(kg.extract.metric_names, kg.extract.definitions, kg.extract.name_lists, kg.extract.example_names)
make the same record, rank the rules (``RULE_PRIORITY``) and tell kinds of thing apart (``KIND_OF``) without importing
the recogniser.
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

# Higher wins when two candidates cover exactly the same tokens.
RULE_PRIORITY = {"local_abbreviation": 7, "gazetteer": 5, "metric_pattern": 4, "model_shape": 6, "size_tier_variant": 6, "title_family": 3, "abbreviation": 4, "title_name": 3, "proposed_name": 3, "cue": 2, "coined_name": 1, "task_phrase": 1, "method_phrase": 1, "span_model": 0, "modified_name": 5, "coordinated": 2, "capitalised_name": 5, "apposition_name": 2, "glued_name": 0, "modified_model": 2, "modified_data": 2, "prefixed_name": 2}
RULE_CONFIDENCE = {"local_abbreviation": 0.8, "gazetteer": 0.95, "metric_pattern": 0.9, "model_shape": 0.9, "size_tier_variant": 0.9, "title_family": 0.8, "abbreviation": 0.8, "title_name": 0.85, "proposed_name": 0.8, "cue": 0.7, "coined_name": 0.6, "task_phrase": 0.6, "method_phrase": 0.55, "span_model": 0.6, "modified_name": 0.8, "coordinated": 0.6, "capitalised_name": 0.8, "apposition_name": 0.7, "glued_name": 0.6, "modified_model": 0.8, "modified_data": 0.8, "prefixed_name": 0.7}
# Kinds of thing a short form's expansion can be told apart by: a model and a method (or a
# dataset and a benchmark) are often named alike; a benchmark and an attention method are not.
KIND_OF = {"Model": "technique", "Method": "technique", "Dataset": "data", "Benchmark": "data", "Task": "task", "Metric": "metric"}
