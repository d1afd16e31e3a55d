"""kg's RDF vocabulary as code: a misspelled term fails at import/test time, not silently.

The ontology that defines these terms (with labels, domains, ranges and alignments to
W3C ML Schema, schema.org, DCTERMS and PROV-O) is ``schemas/ontology.ttl``.
"""
from __future__ import annotations

from urllib.parse import quote

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/kg-ml/ontology#"
RESOURCE_IRI = "https://w3id.org/kg-ml/resource/"


class KGO(DefinedNamespace):
    """Classes and properties of the kg ontology."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI)

    # classes
    Paper: URIRef
    Model: URIRef
    Method: URIRef
    Dataset: URIRef
    Benchmark: URIRef
    Task: URIRef
    Metric: URIRef
    Result: URIRef
    Evidence: URIRef
    # relationship properties
    proposes: URIRef
    uses: URIRef
    evaluatesOn: URIRef
    addresses: URIRef
    reportsMetric: URIRef
    mentions: URIRef
    variantOf: URIRef
    derivedFrom: URIRef
    appliedTo: URIRef
    outperforms: URIRef
    usedFor: URIRef
    partOf: URIRef
    reportsResult: URIRef
    resultOf: URIRef
    resultOn: URIRef
    resultMetric: URIRef
    subtaskOf: URIRef
    # data properties
    key: URIRef
    weight: URIRef
    confidence: URIRef
    evidence: URIRef
    sentence: URIRef
    rule: URIRef
    field: URIRef
    headStart: URIRef
    headEnd: URIRef
    tailStart: URIRef
    tailEnd: URIRef
    arxivId: URIRef
    anthologyId: URIRef
    venue: URIRef
    # data properties of a Result (its value is mls:hasValue)
    unit: URIRef
    resultKind: URIRef
    fromValue: URIRef
    lowValue: URIRef
    resultText: URIRef
    pwcId: URIRef
    # derived, not asserted: co-occurrence counts kg computes when it prepares the Oxigraph
    # store (kg.sparql.derived), in their own named graph
    CoOccurrence: URIRef
    firstEntity: URIRef
    secondEntity: URIRef
    paperCount: URIRef
    coOccurrenceRank: URIRef
    lowercaseName: URIRef
    lowercasePaperName: URIRef
    proposingPaperCount: URIRef
    usingPaperCount: URIRef
    proposedMethodRank: URIRef
    titleRank: URIRef
    citingPaperCount: URIRef
    kindRank: URIRef
    instanceCount: URIRef
    sampleInstance: URIRef
    tripleCount: URIRef
    sampleSubject: URIRef
    reusingNodeCount: URIRef


RELATION_PROPERTY = {
    "PROPOSES": KGO.proposes, "USES": KGO.uses, "EVALUATES_ON": KGO.evaluatesOn, "ADDRESSES": KGO.addresses,
    "REPORTS_METRIC": KGO.reportsMetric, "MENTIONS": KGO.mentions, "VARIANT_OF": KGO.variantOf,
    "DERIVED_FROM": KGO.derivedFrom, "APPLIED_TO": KGO.appliedTo, "OUTPERFORMS": KGO.outperforms,
    "USED_FOR": KGO.usedFor, "PART_OF": KGO.partOf,
    "REPORTS_RESULT": KGO.reportsResult, "RESULT_OF": KGO.resultOf, "RESULT_ON": KGO.resultOn, "RESULT_METRIC": KGO.resultMetric, "SUBTASK_OF": KGO.subtaskOf,
}
LABEL_CLASS = {
    "Paper": KGO.Paper, "Model": KGO.Model, "Method": KGO.Method, "Dataset": KGO.Dataset,
    "Benchmark": KGO.Benchmark, "Task": KGO.Task, "Metric": KGO.Metric, "Result": KGO.Result,
}


def resource_iri(key: str) -> str:
    """Stable IRI of a node key ("Model:opt-175b" → …/resource/Model:opt-175b)."""
    return RESOURCE_IRI + quote(key, safe=":-._~")
