"""The entity recogniser is assembled from mixins, one module per group of rules (kg.extract.*_names, …).

These tests keep that assembly honest: a method lives in one mixin only (so the order of the bases never
decides which rule runs), a mixin module imports nothing from kg.extract.entities (no import cycle), each
mixin's docstring names the recogniser attributes its methods read, and the lexicon's plain word lists are read
from their one record (``self.words.<list>``), never through a second name.
"""

import inspect
import sys

import pytest

from class_structure import imported_modules, methods_defined_twice, own_methods, self_reads

from kg.extract.entities import EntityRecognizer

MIXINS = [base for base in EntityRecognizer.__mro__[1:] if base is not object]
# the mixins whose class docstrings list the recogniser attributes they read (the older rule
# families, retyping and definitions among them, list theirs in the module docstring)
SPLIT_MIXINS = ["GazetteerNameRules", "NonNameRules", "CoinedNameRules", "CueNameRules", "ProposedNameRules",
                "SpanModelNameRules", "DescribedTypeRules"]


def test_a_method_of_the_recogniser_is_defined_once():
    assert methods_defined_twice([EntityRecognizer, *MIXINS]) == []


def test_the_split_mixins_are_bases_of_the_recogniser():
    assert set(SPLIT_MIXINS) <= {cls.__name__ for cls in MIXINS}
    assert EntityRecognizer.gazetteer_candidates is MIXINS[0].gazetteer_candidates


@pytest.mark.parametrize("name", SPLIT_MIXINS)
def test_a_mixin_module_imports_nothing_from_the_recogniser(name):
    module = sys.modules[next(cls for cls in MIXINS if cls.__name__ == name).__module__]
    assert "kg.extract.entities" not in imported_modules(module)


@pytest.mark.parametrize("name", SPLIT_MIXINS)
def test_a_mixins_docstring_names_the_attributes_it_reads(name):
    cls = next(cls for cls in MIXINS if cls.__name__ == name)
    read = self_reads(cls) - own_methods(cls)
    assert read, name
    assert sorted(attr for attr in read if f"``{attr}``" not in cls.__doc__) == []


@pytest.mark.parametrize("cls", [EntityRecognizer, *MIXINS], ids=lambda cls: cls.__name__)
def test_the_rules_read_the_word_lists_from_their_record_not_from_aliases(cls):
    """A plain word list of the lexicon is read once into ``RecogniserWords`` and read as
    ``self.words.<list>``: no code reads (or sets) ``self._<list>``, a second name for the same list,
    and every ``self.words.<list>`` read is a field of the record. The lexicon's nouns for data are read
    from their ``DataNouns`` (``self._data_nouns.<list>``), with no ``_benchmark_words`` beside it."""
    from dataclasses import fields

    from kg.extract.data_files import DataNouns, RecogniserWords

    names = {f.name for f in fields(RecogniserWords)}
    read = self_reads(cls)
    assert sorted(attr for attr in read if attr.startswith("_") and attr[1:] in names) == []
    data_aliases = {f"_{prefix}{f.name}" for f in fields(DataNouns) for prefix in ("", "data_")}
    assert sorted(read & data_aliases) == []
    assert sorted(attr for attr in read if attr.startswith("words.") and attr[len("words."):] not in names) == []


METRIC_LISTS = {"metric_list_heads", "metric_list_openers", "action_heads", "metric_name_heads", "subscripted_bases",
                "metric_name_stop", "metric_change_words", "metric_list_glue", "metric_change_after",
                "item_score_links", "item_score_quantifiers", "item_score_verbs", "valued_measure_links",
                "hyphened_cost_measures", "measure_change_verbs", "measure_lead_words", "measure_heads",
                "scored_measure_heads", "scored_measure_stop", "scored_measure_lead", "metric_goal_words",
                "metric_scoring_words", "glued_metric_after", "listed_amount_glue", "listed_amount_units", "valued_symbols", "squared_symbols", "measure_links",
                "measure_link_articles", "change_links", "changed_name_followers", "changed_list_heads",
                "amount_named_heads", "amount_named_stop", "determined_measure_openers", "measure_superlatives",
                "determined_measure_stop", "determined_measure_bounds"}


def test_the_metric_rules_read_their_lexicon_lists_from_the_record():
    """``MetricNameRules``' own lexicon lists are fields of ``RecogniserWords``, each read as
    ``self.words.<list>``: the only ``self._`` attributes the metric rules read are the glued metric's
    pattern they compile from the gazetteer and the recogniser's ``_word_folds`` (of its common words)."""
    from dataclasses import fields

    from kg.extract.data_files import RecogniserWords
    from kg.extract.metric_names import MetricNameRules

    read = self_reads(MetricNameRules)
    assert sorted(attr for attr in read if attr.startswith("_")) == ["_glued_metric", "_word_folds"]
    assert sorted(METRIC_LISTS - {f.name for f in fields(RecogniserWords)}) == []
    assert sorted(name for name in METRIC_LISTS if f"words.{name}" not in read) == []


def test_every_function_a_data_file_note_names_exists():
    """The notes of kg/data's lexicon.json and results.json name the code that reads each list
    ("NonNameRules.after_property_adjective", "kg.extract.result_kinds.gap_to_another"): after a move
    or a rename each such name still resolves, a class's method or a module's function."""
    import importlib
    import pkgutil
    import re
    from pathlib import Path

    import kg.extract

    modules = {info.name: importlib.import_module(f"kg.extract.{info.name}") for info in pkgutil.iter_modules(kg.extract.__path__)}
    classes = {name: value for module in modules.values() for name, value in vars(module).items() if inspect.isclass(value)}
    data = Path(kg.extract.__file__).parent.parent / "data"
    missing, checked = [], 0
    for file in ("lexicon.json", "results.json"):
        notes = re.findall(r'"_[^"]*": "((?:[^"\\]|\\.)*)"', (data / file).read_text(encoding="utf-8"))
        for owner, attr in re.findall(r"(?<![\w/.-])(?:kg\.extract\.)?([A-Za-z]\w*)\.([a-z_]\w*)\b", " ".join(notes)):
            if owner in classes:
                targets = [classes[owner]]
            elif owner in modules:  # "metric_names.listed_with": the module or a class it defines
                targets = [modules[owner], *(c for c in vars(modules[owner]).values() if inspect.isclass(c))]
            else:
                continue
            if attr not in ("py", "json", "md"):
                checked += 1
                if not any(hasattr(target, attr) for target in targets):
                    missing.append(f"{file}: {owner}.{attr}")
    assert checked > 10
    assert missing == []
