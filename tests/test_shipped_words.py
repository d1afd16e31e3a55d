"""The shipped word lists that normalisation, the catalogue and the linker share, and that some code reads each."""
import json
import re
from pathlib import Path

import pytest

from kg import link, normalize, pwc, shipped_words
from kg.errors import ConfigError


def test_a_missing_data_file_is_a_config_error_naming_it():
    with pytest.raises(ConfigError, match="no-such-words.txt"):
        shipped_words._data_file("no-such-words.txt")


def test_normalisation_the_catalogue_and_the_linker_read_one_copy_of_the_word_lists():
    assert normalize.lexicon_words is link.lexicon_words is shipped_words.lexicon_words
    assert pwc.shipped_lexicon is shipped_words.shipped_lexicon
    assert normalize.common_words is pwc.common_words is shipped_words.common_words
    assert "cross-lingual" in shipped_words.common_words()


def test_a_sentence_glued_after_a_name_is_split_only_before_a_sentence_opener():
    assert "sentence_openers" in shipped_words.shipped_lexicon()
    opener = sorted(w for w in shipped_words.lexicon_words("sentence_openers") if w.istitle())[0]
    assert normalize.normalize_text(f"a model named TableVLM.{opener} it works") == f"a model named TableVLM. {opener} it works"
    assert normalize.normalize_text("see e.g.Table 3") == "see e.g.Table 3"


ROOT = Path(__file__).resolve().parent.parent
READERS = ("kg", "training", "tools", "bench")  # code that may read a shipped word list (tests do not count)


def quoted_words(source: str) -> set[str]:
    """Every quoted snake_case word of ``source``: a key read as ``lex.get("key")`` or ``lexicon["key"]``."""
    return set(re.findall(r"""["']([a-z_][a-z0-9_]*)["']""", source))


def test_a_key_only_a_comment_names_is_not_read():
    assert quoted_words('x = set(lex.get("type_heads", ()))  # see invented_words') == {"type_heads"}


@pytest.mark.parametrize("name", ["lexicon.json", "results.json"])
def test_every_shipped_word_list_is_read_by_some_code(name):
    """A list no code reads is dead weight that a reader takes for a rule (session 54 dropped ``propose_subjects``)."""
    source = "\n".join(p.read_text(encoding="utf-8") for d in READERS for p in (ROOT / d).rglob("*.py"))
    keys = [k for k in json.loads((ROOT / "kg" / "data" / name).read_text(encoding="utf-8")) if not k.startswith("_")]
    assert keys and sorted(set(keys) - quoted_words(source)) == []
