"""schemas/ontology.ttl and schemas/shapes.ttl: they define every term of kg.vocab.KGO, say
what schemas/schema.json says (the schema is data, used twice), catch what they are meant to
catch on tiny inline graphs, and the sample build conforms (`kg validate`)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kg.commands.sparql import validate_cmd
from kg.validate import validate
from kg.vocab import KGO, LABEL_CLASS, RELATION_PROPERTY

ROOT = Path(__file__).resolve().parents[1]
SH = Namespace("http://www.w3.org/ns/shacl#")
PREFIXES = {"kg": str(KGO._NS), "kgo": str(KGO._NS), "mls": "http://www.w3.org/ns/mls#", "schema": "https://schema.org/",
            "dcterms": "http://purl.org/dc/terms/"}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "schemas" / "ontology.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "schemas" / "shapes.ttl")


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads((ROOT / "schemas" / "schema.json").read_text(encoding="utf-8"))


def curie(value: str) -> URIRef:
    prefix, _, local = value.partition(":")
    return URIRef(PREFIXES[prefix] + local)


def classes_of(graph: Graph, node) -> set[URIRef]:
    """A class or the members of an owl:unionOf class expression."""
    union = graph.value(node, OWL.unionOf)
    return set(Collection(graph, union)) if union is not None else {node}


# --- the ontology --------------------------------------------------------------------------

def test_every_kgo_term_is_defined_with_a_label_and_comment(ontology):
    terms = [getattr(KGO, name) for name in KGO.__annotations__]
    assert len(terms) >= 30
    for term in terms:
        kinds = set(ontology.objects(term, RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, f"{term} is not defined in ontology.ttl"
        assert ontology.value(term, RDFS.label) is not None and ontology.value(term, RDFS.comment) is not None, term


def test_nothing_in_the_kgo_namespace_is_defined_that_kg_vocab_lacks(ontology):
    defined = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(KGO._NS))}
    assert defined == {getattr(KGO, name) for name in KGO.__annotations__}


def test_classes_match_the_schema_node_types_and_their_alignments(ontology, schema):
    assert set(LABEL_CLASS) == set(schema["node_types"])
    for label, spec in schema["node_types"].items():
        cls = curie(spec["rdf_class"])
        assert cls == LABEL_CLASS[label] and (cls, RDF.type, OWL.Class) in ontology
        parents = set(ontology.objects(cls, RDFS.subClassOf))
        for aligned in spec["aligned_with"]:
            assert curie(aligned) in parents, f"{label} should be a subclass of {aligned}"
    # the seven node types are pairwise disjoint
    (members,) = [Collection(ontology, ontology.value(d, OWL.members)) for d in ontology.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert set(members) == set(LABEL_CLASS.values())


def test_every_relationship_type_has_a_property_with_the_schema_domain_and_range(ontology, schema):
    assert set(RELATION_PROPERTY) == set(schema["relationship_types"])
    for rel, spec in schema["relationship_types"].items():
        prop = curie(spec["rdf_property"])
        assert prop == RELATION_PROPERTY[rel]
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology, rel
        (domain,) = ontology.objects(prop, RDFS.domain)
        (range_,) = ontology.objects(prop, RDFS.range)
        assert classes_of(ontology, domain) == {LABEL_CLASS[x] for x in spec["from"]}, f"{rel} domain"
        assert classes_of(ontology, range_) == {LABEL_CLASS[x] for x in spec["to"]}, f"{rel} range"


def test_the_ontology_graph_is_consistent_under_owl_rl(ontology):
    """OWL-RL closure of the ontology alone: no class is inferred empty-by-disjointness of itself."""
    from owlrl import DeductiveClosure, OWLRL_Semantics

    closed = Graph()
    for triple in ontology:
        closed.add(triple)
    DeductiveClosure(OWLRL_Semantics).expand(closed)
    for cls in LABEL_CLASS.values():
        assert (cls, OWL.disjointWith, cls) not in closed
        assert (cls, RDFS.subClassOf, OWL.Nothing) not in closed


# --- the shapes ----------------------------------------------------------------------------

def _or_classes(shapes: Graph, node) -> set[URIRef]:
    single = shapes.value(node, SH["class"])
    if single is not None:
        return {single}
    alternatives = shapes.value(node, SH["or"])
    return {shapes.value(member, SH["class"]) for member in Collection(shapes, alternatives)} if alternatives else set()


def test_every_relationship_type_has_a_domain_and_range_shape(shapes, schema):
    for rel, spec in schema["relationship_types"].items():
        prop = curie(spec["rdf_property"])
        (shape,) = [s for s in shapes.subjects(SH.targetSubjectsOf, prop) if (s, SH.sparql, None) not in shapes]
        assert _or_classes(shapes, shape) == {LABEL_CLASS[x] for x in spec["from"]}, f"{rel}: subject classes"
        (prop_shape,) = [p for p in shapes.objects(shape, SH.property) if shapes.value(p, SH.path) == prop]
        assert _or_classes(shapes, prop_shape) == {LABEL_CLASS[x] for x in spec["to"]}, f"{rel}: object classes"


P = "https://w3id.org/kg-ml/resource/"
GOOD = f"""
<{P}p1> a <{KGO.Paper}> ; <http://www.w3.org/2000/01/rdf-schema#label> "A paper" ; <{KGO.key}> "p1" ;
    <http://purl.org/dc/terms/title> "A paper" .
<{P}Method:lora> a <{KGO.Method}> ; <http://www.w3.org/2000/01/rdf-schema#label> "LoRA" ; <{KGO.key}> "Method:lora" .
<{P}p1> <{KGO.proposes}> <{P}Method:lora> .
<{P}st1> a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ;
    <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <{P}p1> ;
    <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <{KGO.proposes}> ;
    <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <{P}Method:lora> ;
    <{KGO.weight}> "1"^^<http://www.w3.org/2001/XMLSchema#integer> ;
    <{KGO.confidence}> "0.9"^^<http://www.w3.org/2001/XMLSchema#decimal> ;
    <http://www.w3.org/ns/prov#wasDerivedFrom> <{P}p1> ; <{KGO.evidence}> <{P}ev1> .
<{P}ev1> a <{KGO.Evidence}> ; <http://www.w3.org/ns/prov#wasDerivedFrom> <{P}p1> ;
    <{KGO.sentence}> "We propose LoRA." ; <{KGO.rule}> "we_propose" ; <{KGO.field}> "abstract" ;
    <{KGO.confidence}> "0.9"^^<http://www.w3.org/2001/XMLSchema#decimal> ;
    <{KGO.headStart}> "0"^^<http://www.w3.org/2001/XMLSchema#integer> .
"""

# (what is broken, a replacement applied to GOOD, a fragment of the expected message)
BROKEN = [
    ("paper without title", ('<http://purl.org/dc/terms/title> "A paper" .', "."), "exactly one dcterms:title"),
    ("node without key", (f'; <{KGO.key}> "Method:lora" .', "."), "exactly one kgo:key"),
    ("two node types", (f'<{P}Method:lora> a <{KGO.Method}>', f'<{P}Method:lora> a <{KGO.Method}>, <{KGO.Model}>'), "exactly one rdf:type"),
    ("proposes a Task", (f'a <{KGO.Method}> ; <http://www.w3.org/2000/01/rdf-schema#label> "LoRA" ; <{KGO.key}> "Method:lora"',
                         f'a <{KGO.Task}> ; <http://www.w3.org/2000/01/rdf-schema#label> "LoRA" ; <{KGO.key}> "Task:lora"'),
     "PROPOSES goes from a Paper"),
    ("confidence above 1", ('"0.9"^^<http://www.w3.org/2001/XMLSchema#decimal> ;\n    <http://www.w3.org/ns/prov#wasDerivedFrom> <' + P + 'p1> ; <',
                            '"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal> ;\n    <http://www.w3.org/ns/prov#wasDerivedFrom> <' + P + 'p1> ; <'),
     "decimal in [0, 1]"),
    ("statement without paper", (f'<http://www.w3.org/ns/prov#wasDerivedFrom> <{P}p1> ; <{KGO.evidence}>', f'<{KGO.evidence}>'),
     "wasDerivedFrom at least one Paper"),
    ("evidence without sentence", (f'<{KGO.sentence}> "We propose LoRA." ;', ""), "non-empty kgo:sentence"),
    ("evidence from another paper", (f'<{P}ev1> a <{KGO.Evidence}> ; <http://www.w3.org/ns/prov#wasDerivedFrom> <{P}p1>',
                                     f'<{P}ev1> a <{KGO.Evidence}> ; <http://www.w3.org/ns/prov#wasDerivedFrom> <{P}p2> . '
                                     f'<{P}p2> a <{KGO.Paper}> ; <http://www.w3.org/2000/01/rdf-schema#label> "B" ; <{KGO.key}> "p2" ; '
                                     f'<http://purl.org/dc/terms/title> "B" . <{P}ev1>'),
     "which its statement is not prov:wasDerivedFrom"),
    ("two venues", ('<http://purl.org/dc/terms/title> "A paper" .',
                    f'<http://purl.org/dc/terms/title> "A paper" ; <{KGO.venue}> "EMNLP 2023", "ACL 2023" .'), "at most one non-empty kgo:venue"),
    ("an arXiv id as Anthology id", ('<http://purl.org/dc/terms/title> "A paper" .',
                                    f'<http://purl.org/dc/terms/title> "A paper" ; <{KGO.anthologyId}> "2310.01234" .'), "is an ACL Anthology id"),
    ("a DOI as a link", ('<http://purl.org/dc/terms/title> "A paper" .',
                         '<http://purl.org/dc/terms/title> "A paper" ; <http://purl.org/ontology/bibo/doi> "https://doi.org/10.1/x" .'),
     "bibo:doi is one DOI"),
    ("edge without statement", (f'<{P}p1> <{KGO.proposes}> <{P}Method:lora> .',
                                f'<{P}p1> <{KGO.proposes}> <{P}Method:lora> . <{P}p1> <{KGO.mentions}> <{P}Method:lora> .'),
     "has no rdf:Statement carrying its evidence"),
    ("statement of an unasserted edge", (f'<{P}p1> <{KGO.proposes}> <{P}Method:lora> .', f'<{P}p1> <{KGO.mentions}> <{P}Method:lora> .'),
     "which the graph does not assert"),
]


def _write(tmp_path: Path, turtle: str) -> Path:
    graph = Graph().parse(data=turtle, format="turtle")
    (tmp_path / "graph.nt").write_text(graph.serialize(format="nt"), encoding="utf-8")
    return tmp_path


def test_a_well_formed_tiny_graph_conforms(tmp_path):
    report = validate(_write(tmp_path, GOOD))
    assert report.ok, report.to_dict()


@pytest.mark.parametrize("what,change,message", BROKEN, ids=[b[0] for b in BROKEN])
def test_the_shapes_catch(tmp_path, what, change, message):
    old, new = change
    assert old in GOOD, f"fixture drifted: {old!r}"
    report = validate(_write(tmp_path, GOOD.replace(old, new, 1)))
    assert not report.conforms
    assert any(message in v.message for v in report.violations), [v.message for v in report.violations]


def test_an_undefined_kgo_term_is_reported(tmp_path):
    bad = GOOD + f'\n<{P}p1> <{KGO._NS}proposess> <{P}Method:lora> .'
    report = validate(_write(tmp_path, bad))
    assert report.undefined_terms == [str(KGO._NS) + "proposess"] and not report.ok


def test_validate_cli_exit_codes(tmp_path):
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir(), bad.mkdir()
    _write(good, GOOD)
    _write(bad, GOOD.replace('<http://purl.org/dc/terms/title> "A paper" .', ".", 1))
    runner = CliRunner()
    ok = runner.invoke(validate_cmd, [str(good)])
    assert ok.exit_code == 0 and "conforms" in ok.output
    failed = runner.invoke(validate_cmd, [str(bad), "--json"])
    assert failed.exit_code == 1 and json.loads(failed.output)["violations"] >= 1
    missing = runner.invoke(validate_cmd, [str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "does not exist" in missing.output  # a usage error, as click gives
    not_a_build = runner.invoke(validate_cmd, [str(tmp_path)])
    assert not_a_build.exit_code == 1 and "no graph.nt" in not_a_build.output


@pytest.mark.slow
def test_the_sample_build_conforms(sample_build):
    _, _, out_dir = sample_build
    report = validate(out_dir)
    assert report.triples > 10_000
    assert report.ok, json.dumps(report.to_dict(limit=10), indent=1)
