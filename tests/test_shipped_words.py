"""The shipped word lists that normalisation, the catalogue and the linker share."""
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
