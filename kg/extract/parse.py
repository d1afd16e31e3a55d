"""Selective parsing: run the trained tagger and parser only on the sentences that need it.

Most sentences of an abstract hold no relation; parsing them is what makes a plain
``spacy.load(...).pipe`` slow. Parsed sentences are kept on ``doc._.kg_parses``
({first token index of the sentence: parsed sentence Doc}) for later components.
"""
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

if not Doc.has_extension("kg_parses"):
    Doc.set_extension("kg_parses", default=None)


def parse_sentences(nlp: Language, components: list[str], sents: Iterable[Span]) -> None:
    """Parse ``sents`` in one batch and store each result on its document."""
    jobs = [s for s in sents if s.doc._.kg_parses is None or s.start not in s.doc._.kg_parses]
    if not jobs:
        return
    subdocs: Iterable[Doc] = (s.as_doc() for s in jobs)
    for name in components:
        subdocs = nlp.get_pipe(name).pipe(subdocs)
    for sent, parsed in zip(jobs, subdocs):
        if sent.doc._.kg_parses is None:
            sent.doc._.kg_parses = {}
        sent.doc._.kg_parses[sent.start] = parsed


def parsed_sentence(sent: Span) -> Doc | None:
    """The parse of ``sent`` if a component asked for one."""
    parses = sent.doc._.kg_parses
    return parses.get(sent.start) if parses else None
