"""The name a title gives before its colon ("X: …"), and what keeps a title head from being one.

A title "SmoothQuant: Accurate and Efficient …" names the paper's own contribution; a title head
that sets two things side by side, makes a claim or speaks to the reader names nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.name_shapes import NAME_SUFFIX_MARKS, is_name_shaped, name_shaped
from kg.extract.non_names import SHARED_TASK_EVENT
from kg.extract.parse import span_text


def title_name_parts(span: Span) -> list[Span]:
    """A title's "X and Y:" names two things the paper proposes ("RS5M and GeoRSCLIP: A Large
    Scale Vision-Language Dataset and A Large Vision-Language Model …"), each a name; any
    other span is one name."""
    ands = [t.i for t in span if t.lower_ in ("and", "&")]
    if len(ands) == 1:
        parts = [span.doc[span.start : ands[0]], span.doc[ands[0] + 1 : span.end]]
        if all(len(p) and is_name_shaped(p) for p in parts):
            return parts
    return [span]


def title_name_span(doc: Doc, title_end: int) -> Span | None:
    """"X" of a title "X: …" / "X - …" when X is short enough to be a name."""
    for token in doc[:title_end]:
        if token.text in ("-", "--", "—") and 0 < token.i and not (doc[token.i - 1].whitespace_ and token.whitespace_):
            continue  # "Matter-of-Fact: A Benchmark …": a hyphen inside the name, not after it
        if token.text in (":", "--", "-", "—") and 0 < token.i <= 5:
            span = doc[: token.i]
            at = next((t.i for t in span[1:] if t.text == "at"), None)
            if at is not None and SHARED_TASK_EVENT.search(span_text(doc[at + 1 : title_end]).split(":")[0]):
                # "MaiNLP at SemEval-2024 Task 1: …": the team's system, not the shared task; not
                # "Bayesian Neural Networks at Scale:", "Everything at Once --" (span train: 3 such
                # cut heads made a PROPOSES, none of them gold)
                span = doc[:at]
            if all(t.is_alpha or t.is_digit or "-" in t.text or any(c.isdigit() for c in t.text) or t.text.endswith("+")
                   or ("." in t.text and name_shaped(t.text))  # "TaskMatrix.AI:", "Imposter.AI:"
                   or (t.text in NAME_SUFFIX_MARKS and t.i > 0 and not doc[t.i - 1].whitespace_) for t in span):
                return span  # "ToolChain*:", "DVAE#:" keep their mark
            return None
        if token.i > 5:
            return None
    return None


# "Word2Vec vs DBnary:", "BERTology Meets Biology:": a title that sets two things side by side
# names neither as the paper's own (span train: 4 such titles, no name annotated proposed).
TITLE_CONTRASTS = {"vs", "vs.", "versus", "meets"}

# A title head with a finite verb is a claim, not a name: "Cross-Entropy Is Load-Bearing:",
# "ReZero is All You Need" (span train: none of 34 such heads annotated as a name).
TITLE_CLAIM_VERBS = frozenset({"is", "are", "was", "were", "can", "does", "do", "has", "have", "will", "should", "may", "might", "must"})

# A title head with a possessive pronoun is a phrase addressed to someone, not a name: "Choose Your
# QA Model Wisely:", "Learn from Your Neighbor:" (span train: 12 of 14 such heads name nothing).
TITLE_POSSESSIVES = frozenset({"your", "my", "our", "their", "his", "her", "its"})
