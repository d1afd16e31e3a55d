"""The relation extractor is assembled from mixins, one module per group of rules (kg.extract.proposals, …).

As tests/test_entity_modules.py does for the recogniser: a method lives in one class only (so the order of the
bases never decides which rule runs), a mixin module imports nothing from kg.extract.relations and only the rule
modules before it (no import cycle), each mixin's docstring names the extractor attributes and the other classes'
methods it reads, and every attribute a mixin reads is one the component sets.
"""

import ast
import inspect
import sys
import textwrap

import pytest

from class_structure import imported_modules, methods_defined_twice, own_methods

from kg.extract.comparisons import OutperformRules
from kg.extract.relations import RelationExtractor

# import order: each module may import only those before it
RULE_MODULES = ["kg.extract.proposals", "kg.extract.paper_role_rules", "kg.extract.subtask_rules",
                "kg.extract.pair_rules", "kg.extract.own_relations"]
SPLIT_MIXINS = ["ProposalRules", "PaperRoleRules", "SubtaskRules", "PairRules", "OwnRelationRules"]
MIXINS = [base for base in RelationExtractor.__mro__[1:] if base is not object]


def mixin(name):
    return next(cls for cls in MIXINS if cls.__name__ == name)


def self_reads(cls) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    return {node.attr for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"}


def self_sets(cls) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    targets = [t for node in ast.walk(tree) if isinstance(node, ast.Assign) for t in node.targets]
    targets += [node.target for node in ast.walk(tree) if isinstance(node, ast.AnnAssign)]
    return {t.attr for t in targets if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"}


def test_a_method_of_the_extractor_is_defined_once():
    assert methods_defined_twice([RelationExtractor, *MIXINS]) == []


def test_the_rule_mixins_are_bases_of_the_extractor():
    assert [cls.__name__ for cls in MIXINS] == [*SPLIT_MIXINS, "OutperformRules"]
    assert [cls.__module__ for cls in MIXINS[:-1]] == RULE_MODULES
    assert RelationExtractor.entity_relations is mixin("PairRules").entity_relations
    assert RelationExtractor.is_proposed is mixin("ProposalRules").is_proposed


@pytest.mark.parametrize("position", range(len(RULE_MODULES)), ids=RULE_MODULES)
def test_a_rule_module_imports_only_the_rule_modules_before_it(position):
    module = sys.modules[RULE_MODULES[position]]
    imported = imported_modules(module)
    assert "kg.extract.relations" not in imported
    assert sorted(imported & set(RULE_MODULES[position:])) == []


@pytest.mark.parametrize("name", SPLIT_MIXINS)
def test_a_mixins_docstring_names_what_it_reads(name):
    cls = mixin(name)
    read = self_reads(cls) - own_methods(cls)
    assert read, name
    assert sorted(attr for attr in read if f"``{attr}``" not in cls.__doc__) == []


@pytest.mark.parametrize("name", SPLIT_MIXINS)
def test_a_mixin_reads_only_attributes_the_component_sets_or_methods_it_has(name):
    """Each ``self.x`` a mixin reads is a method of the assembled extractor or an attribute that
    ``RelationExtractor.__init__``/``initialize`` (or ``OutperformRules.load_outperform_lexicon``) sets."""
    methods = set().union(*(own_methods(cls) for cls in [RelationExtractor, *MIXINS]))
    set_somewhere = self_sets(RelationExtractor) | self_sets(OutperformRules)
    read = self_reads(mixin(name))
    assert sorted(read - methods - set_somewhere) == []


def test_the_component_module_alone_builds_the_extractor_with_its_rules():
    """The factory in kg.extract.relations (the ``spacy_factories`` entry point's module) builds a
    ``RelationExtractor`` whose inherited rules read the lexicon that ``initialize`` loads."""
    import spacy

    import kg.extract.relations  # noqa: F401  (registers kg_relation_extractor)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    component = nlp.add_pipe("kg_relation_extractor", config={"parse_with": [], "mode": "rules", "roles": "rules"})
    assert isinstance(component, RelationExtractor)
    component.initialize(nlp=nlp)
    doc = nlp("We use a fine-tuned model.")
    assert component.sentence_has(doc[:], {"fine-tuned"})  # PairRules, a hyphenated cue the tokenizer splits
    assert not component.sentence_has(doc[:], {"pre-trained"})
    assert "propose" in component.propose_verbs and component.subtask_list_nouns  # read by the mixins
    assert component(doc)._.kg_relations == []  # no entities: no relation
