"""The relation extractor is assembled from mixins, one module per group of rules (kg.extract.proposals, …).

As tests/test_entity_modules.py does for the recogniser: a method lives in one class only (so the order of the
bases never decides which rule runs), a mixin module imports nothing from kg.extract.relations and only the rule
modules before it (no import cycle), each mixin's docstring names the extractor attributes and the other classes'
methods it reads, every attribute a mixin reads is one the component sets, and the lexicon's lists are read from
their one record (``self.words.<list>``, a ``RelationWords``), never through a second name.
"""

import ast
import inspect
import json
import sys
import textwrap
from dataclasses import FrozenInstanceError, fields

import pytest

from class_structure import imported_modules, methods_defined_twice, own_methods, self_reads

from kg.extract.comparisons import OutperformRules
from kg.extract.data_files import data_nouns
from kg.extract.relation_words import RelationWords, relation_words
from kg.extract.relations import RelationExtractor

# import order: each module may import only those before it
RULE_MODULES = ["kg.extract.others_work", "kg.extract.proposals", "kg.extract.paper_role_rules", "kg.extract.subtask_rules",
                "kg.extract.pair_rules", "kg.extract.own_relations"]
SPLIT_MIXINS = ["OthersWorkRules", "ProposalRules", "PaperRoleRules", "SubtaskRules", "PairRules", "OwnRelationRules"]
MIXINS = [base for base in RelationExtractor.__mro__[1:] if base is not object]


def mixin(name):
    return next(cls for cls in MIXINS if cls.__name__ == name)


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
    assert RelationExtractor.names_known_work is mixin("OthersWorkRules").names_known_work


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
    ``RelationExtractor.__init__``/``initialize`` sets; each ``self.words.x`` a field of ``RelationWords``."""
    methods = set().union(*(own_methods(cls) for cls in [RelationExtractor, *MIXINS]))
    fields_ = {f"words.{f.name}" for f in fields(RelationWords)}
    read = self_reads(mixin(name))
    assert sorted(read - methods - self_sets(RelationExtractor) - fields_) == []


@pytest.mark.parametrize("cls", [RelationExtractor, *MIXINS], ids=lambda cls: cls.__name__)
def test_the_rules_read_the_lexicon_lists_from_their_record_not_from_aliases(cls):
    """A list of the lexicon is read once into ``RelationWords`` and read as ``self.words.<list>``: no code of
    the extractor or its mixins (``OutperformRules`` too) reads or sets ``self.<list>`` or ``self._<list>``, a
    second name for a field of the record, and every ``self.words.<list>`` it reads is a field."""
    names = {f.name for f in fields(RelationWords)}
    read = self_reads(cls) | self_sets(cls)
    assert sorted(attr for attr in read if attr.removeprefix("_") in names) == []
    assert sorted(attr for attr in read if attr.startswith("words.") and attr[len("words."):] not in names) == []


def test_initialize_sets_the_record_and_the_models_only():
    """``initialize`` keeps the lexicon (for ``to_disk``), its ``RelationWords`` and the two learned models: no
    list of its own beside the record."""
    assert self_sets(RelationExtractor) == {"nlp", "mode", "roles", "name", "parse_with", "batch_size", "lexicon",
                                            "words", "pair_model", "role_model"}
    assert self_sets(OutperformRules) == set()


def test_two_extractors_of_one_lexicon_share_one_record_of_word_lists():
    """``relation_words`` is cached on the lexicon's text: an equal lexicon gives the very same frozen record
    (no extractor may change a list), its lists keep the types the rules expect, and a changed lexicon gives
    a record of its own."""
    import spacy

    nlp = spacy.blank("en")
    first, second = (RelationExtractor(nlp, "r", [], 8, mode="rules", roles="rules") for _ in range(2))
    first.initialize(nlp=nlp)
    second.initialize(nlp=nlp)
    assert first.words is second.words
    assert first.words is relation_words(json.loads(json.dumps(first.lexicon)))
    with pytest.raises(FrozenInstanceError):
        first.words.propose_verbs = set()
    words = first.words
    assert type(words.propose_verbs) is set and type(words.own_proposal_cues) is tuple and type(words.variant_nouns) is frozenset
    assert all(len(a) >= len(b) for a, b in zip(words.suggested_cues, words.suggested_cues[1:]))  # longest first
    assert words.survey_title.search("A Survey of Graph Networks") and not words.survey_title.search("Review Networks")
    assert words.outperform_gapped[("better",)] and "better" in words.outperform_gapped_heads
    assert words.use_verbs >= words.usage_verbs and not words.namely_proposal_words & words.usage_verbs
    assert words.data_nouns is data_nouns(first.lexicon).single_words  # the recogniser's object
    changed = relation_words({**first.lexicon, "propose_verbs": ["devise"]})
    assert changed is not words and changed.propose_verbs == {"devise"} and "devise" in changed.namely_proposal_words


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
    assert "propose" in component.words.propose_verbs and component.words.subtask_list_nouns  # read by the mixins
    assert component(doc)._.kg_relations == []  # no entities: no relation


def test_the_rules_read_their_lists_from_the_extractors_record():
    """The OUTPERFORMS rules (comparisons.py) and the others'-work tests (others_work.py) read the lists of the
    extractor's ``words``: with ``outperform`` or ``example_cues`` emptied in the record, "BERT outperforms LSTM"
    is no claim and "datasets, e.g., CIFAR" no example."""
    import dataclasses

    import spacy
    from spacy.tokens import Span

    import kg.extract.relations  # noqa: F401  (registers kg_relation_extractor)
    from kg.extract.parse import token_words

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    component = nlp.add_pipe("kg_relation_extractor", config={"parse_with": [], "mode": "rules", "roles": "rules"})
    component.initialize(nlp=nlp)
    claim = nlp("BERT outperforms LSTM on parsing.")
    claim.ents = [Span(claim, 0, 1, "Model"), Span(claim, 2, 3, "Model")]
    example = nlp("Existing datasets, e.g., CIFAR, are small.")
    example.ents = [Span(example, 5, 6, "Dataset")]
    cifar = example.ents[0]
    assert component.outperform_pairs(token_words(claim)[1], 0, list(claim.ents), [0, 1]) == [(0, 1, "outperform_cue")]
    assert component.given_as_example(cifar, cifar.sent)
    component.words = dataclasses.replace(component.words, outperform={}, example_cues=set())
    assert component.outperform_pairs(token_words(claim)[1], 0, list(claim.ents), [0, 1]) == []
    assert not component.given_as_example(cifar, cifar.sent)
