"""A paper read from two sources (same key) keeps its first record and takes from the second
what the first lacks: venue, Anthology id, DOI, year, authors, categories (kg.dedupe), in the
local engine, the Dask engine and updates, with the same files every time."""
from __future__ import annotations

import gzip
import json
from dataclasses import replace

import pytest

from kg.build import build
from kg.errors import InputError
from kg.dedupe import DuplicateFills, offered_fields
from kg.extraction_store import EXTRACTIONS_FILE, ExtractionStore
from kg.extract.pipeline import PaperExtraction
from kg.link import Linker
from kg.read import read_records
from kg.types import Record, Source
from test_link import _fixture_paper

FILES = ("nodes.jsonl", "edges.jsonl", "graph.nt", "graph.ttl", "graph.graphml", "graph.cypher")

# a.jsonl: an arXiv record, then an ACL record; b.jsonl: the ACL twin of the first (it names the
# arXiv id), the arXiv twin of the second. Built a then b, a twin each way; the twins disagree on
# authors and year, which the first read keeps.
ARXIV_1 = {"id": "2105.00011", "title": "Sparse Adapters for Low-Resource Translation",
           "abstract": "We propose SparseAdapt for low-resource machine translation and evaluate it on FLORES-200.",
           "authors": "Eve Adams", "categories": "cs.CL", "update_date": "2021-05-03"}
ACL_2 = {"id": "2023.acl-long.22", "title": "Probing Retrieval Heads",
         "abstract": "We study retrieval heads in question answering models on Natural Questions.",
         "authors": "Chen Li", "year": 2023, "venue": "Proceedings of ACL 2023", "arxiv_id": "2106.00022", "source": "acl-anthology"}
ACL_1 = {"id": "2022.emnlp-main.5", "title": "Sparse Adapters for Low-Resource Translation", "abstract": "We propose SparseAdapt.",
         "authors": "Eve Adams, Zed Quinn", "year": 2022, "venue": "Proceedings of EMNLP 2022", "arxiv_id": "2105.00011",
         "source": "acl-anthology"}
ARXIV_2 = {"id": "2106.00022", "title": "Probing Retrieval Heads", "abstract": "We study heads.", "authors": "Chen Li",
           "categories": "cs.CL cs.AI", "update_date": "2021-06-01", "doi": "10.18653/v1/2023.acl-long.22"}
PLAIN = {"id": "2107.00033", "title": "A Plain Paper on Image Classification", "abstract": "We evaluate a CNN on ImageNet.",
         "authors": "Finn Moe", "categories": "cs.CV", "update_date": "2021-07-01"}


def _jsonl(path, *rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("twins")
    return {"a": _jsonl(root / "a.jsonl", ARXIV_1, ACL_2), "b": _jsonl(root / "b.jsonl", ACL_1, ARXIV_2),
            "plain": _jsonl(root / "plain.jsonl", PLAIN)}


@pytest.fixture(scope="module")
def full(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("full") / "out"
    _, report = build([inputs["a"], inputs["b"]], out, workers=1)
    return report, out


def _papers(out):
    return {row["key"]: row for row in map(json.loads, (out / "nodes.jsonl").read_text().splitlines()) if row["label"] == "Paper"}


def _files(out, names=FILES):
    return {name: (out / name).read_bytes() for name in names}


def _record(path="a.jsonl", line=1, **values):
    return Record(title="T", abstract="A", source=Source(path, line), **values)


def test_a_duplicate_fills_only_what_the_kept_record_lacks():
    fills = DuplicateFills()
    kept = _fixture_paper("arXiv:2101.00001", "We use LoRA.", [("LoRA", "Method", {})])
    kept = replace(kept, record=replace(kept.record, year=2021, authors=["Eve Adams"]))
    fills.offer_record(kept.key, _record(year=2023, authors=["Zed Quinn"], venue="EMNLP 2023", anthology_id="2023.emnlp-main.5"))
    filled, new = fills.apply(kept)
    assert (filled.record.year, filled.record.authors) == (2021, ["Eve Adams"])  # never overwritten
    assert (filled.record.venue, filled.record.anthology_id) == ("EMNLP 2023", "2023.emnlp-main.5")
    assert new == {"venue": "EMNLP 2023", "anthology_id": "2023.emnlp-main.5"}
    assert kept.record.venue is None  # the paper given is left as it was
    assert fills.apply(_fixture_paper("arXiv:2101.00002", "x", [])) == (_fixture_paper("arXiv:2101.00002", "x", []), {})
    assert offered_fields(_record(arxiv_id="2101.00001")) == {}  # title, abstract and arXiv id are not offered


def test_the_first_duplicate_in_input_order_wins_whatever_order_offers_come_in():
    """A pool's reader runs ahead of its linker: a later duplicate may be offered first."""
    fills = DuplicateFills()
    for path in ("a.jsonl", "b.jsonl"):
        fills.file_seen(path)
    fills.offer_record("arXiv:2101.00007", _record("b.jsonl", 1, venue="from b"))
    fills.offer_record("arXiv:2101.00007", _record("a.jsonl", 9, venue="from a line 9", doi="10.1/a9"))
    fills.offer_record("arXiv:2101.00007", _record("a.jsonl", 3, venue="from a line 3"))
    paper = _fixture_paper("arXiv:2101.00007", "x", [])
    filled, new = fills.apply(paper)
    assert (filled.record.venue, filled.record.doi) == ("from a line 3", "10.1/a9")
    stored = DuplicateFills()  # an earlier build's fill comes before any offer of this run, and is not this run's
    stored.stored("arXiv:2101.00007", {"venue": "stored"})
    stored.offer_record("arXiv:2101.00007", _record("a.jsonl", 1, venue="new", doi="10.1/new"))
    filled, new = stored.apply(paper)
    assert filled.record.venue == "stored" and new == {"doi": "10.1/new"}


def test_the_linker_gives_the_kept_paper_what_its_duplicate_adds():
    linker = Linker()
    first = _fixture_paper("arXiv:2101.00001", "We use LoRA.", [("LoRA", "Method", {})])
    second = _fixture_paper("arXiv:2101.00001", "Other text: GPT-2.", [("GPT-2", "Model", {})])
    second = replace(second, record=replace(second.record, venue="ACL 2023", doi="10.18653/v1/x"))
    assert linker.add(first) and not linker.add(second)
    graph = linker.build()
    props = graph.nodes["arXiv:2101.00001"].properties
    assert (props["venue"], props["doi"]) == ("ACL 2023", "10.18653/v1/x")
    assert "Model:gpt-2" not in graph.nodes  # the duplicate's text is not extracted
    assert linker.duplicates == 1 and linker.fills.filled == {"venue": 1, "doi": 1}


def test_twins_each_way_keep_both_sources_metadata(full, inputs):
    report, out = full
    papers = _papers(out)
    one, two = papers["arXiv:2105.00011"], papers["arXiv:2106.00022"]
    # arXiv record first: its authors, year and categories; the ACL twin's venue and Anthology id
    assert (one["authors"], one["year"], one["source"]) == (["Eve Adams"], 2021, "a.jsonl:1")
    assert (one["venue"], one["anthology_id"]) == ("Proceedings of EMNLP 2022", "2022.emnlp-main.5")
    # ACL record first: its venue, year; the arXiv twin's categories and DOI
    assert (two["venue"], two["year"], two["anthology_id"]) == ("Proceedings of ACL 2023", 2023, "2023.acl-long.22")
    assert (two["categories"], two["doi"]) == (["cs.CL", "cs.AI"], "10.18653/v1/2023.acl-long.22")
    assert report.duplicates == 2 and report.papers == 2
    assert report.merged_duplicate_fields == {"anthology_id": 1, "categories": 1, "doi": 1, "venue": 1}
    summary = json.loads((out / "summary.json").read_text())
    assert summary["duplicate_records"] == 2 and summary["merged_duplicate_fields"]["venue"] == 1
    assert b'"Proceedings of EMNLP 2022"' in (out / "graph.ttl").read_bytes() + (out / "graph.nt").read_bytes()
    assert b"Proceedings of EMNLP 2022" in (out / "graph.graphml").read_bytes() and b"Proceedings of EMNLP 2022" in (out / "graph.cypher").read_bytes()


def test_the_other_order_keeps_the_other_first_record(inputs, tmp_path):
    _, report = build([inputs["b"], inputs["a"]], tmp_path, workers=1)
    one = _papers(tmp_path)["arXiv:2105.00011"]
    assert (one["authors"], one["year"], one["categories"]) == (["Eve Adams", "Zed Quinn"], 2022, ["cs.CL"])
    two = _papers(tmp_path)["arXiv:2106.00022"]
    assert (two["year"], two["doi"], two["venue"]) == (2021, "10.18653/v1/2023.acl-long.22", "Proceedings of ACL 2023")
    assert report.merged_duplicate_fields == {"anthology_id": 1, "categories": 1, "venue": 1}


def test_the_same_inputs_give_the_same_files(full, inputs, tmp_path):
    _, out = full
    build([inputs["a"], inputs["b"]], tmp_path, workers=1)
    assert _files(tmp_path, (*FILES, EXTRACTIONS_FILE)) == _files(out, (*FILES, EXTRACTIONS_FILE))


def test_an_update_fills_an_old_paper_and_keeps_it_filled(full, inputs, tmp_path):
    _, full_out = full
    out = tmp_path / "out"
    build([inputs["a"]], out, workers=1)
    assert "venue" not in _papers(out)["arXiv:2105.00011"]
    _, report = build([inputs["b"]], out, update=True, workers=1)
    assert (report.extracted_papers, report.duplicates) == (0, 2)
    assert report.merged_duplicate_fields == {"anthology_id": 1, "categories": 1, "doi": 1, "venue": 1}
    assert _files(out) == _files(full_out)  # the full build's files, in every format
    fills = {}
    assert len(list(ExtractionStore(out / EXTRACTIONS_FILE).read(lambda key, values: fills.setdefault(key, values)))) == 2
    assert fills["arXiv:2105.00011"] == {"venue": "Proceedings of EMNLP 2022", "anthology_id": "2022.emnlp-main.5"}
    lines = gzip.decompress((out / EXTRACTIONS_FILE).read_bytes()).decode().splitlines()[1:]
    assert [ExtractionStore.is_fill(line) for line in lines] == [False, False, True, True]
    # the same update again adds nothing: every file byte for byte as it was
    before = _files(out, (*FILES, EXTRACTIONS_FILE, "rejects.jsonl"))
    _, report = build([inputs["b"]], out, update=True, workers=1)
    assert report.merged_duplicate_fields == {} and report.duplicates == 2
    assert _files(out, (*FILES, EXTRACTIONS_FILE, "rejects.jsonl")) == before
    # a later update with another paper reads the fills back: the old papers keep their venue
    _, report = build([inputs["plain"]], out, update=True, workers=1)
    assert report.extracted_papers == 1 and report.merged_duplicate_fields == {}
    assert _papers(out)["arXiv:2105.00011"]["venue"] == "Proceedings of EMNLP 2022"
    _, rebuilt = build([inputs["a"], inputs["b"], inputs["plain"]], tmp_path / "rebuilt", workers=1)
    assert _files(out) == _files(tmp_path / "rebuilt")


@pytest.mark.slow
def test_the_dask_engine_fills_as_the_local_one(full, inputs, tmp_path):
    _, full_out = full
    _, report = build([inputs["a"], inputs["b"]], tmp_path / "full", engine="dask", workers=1)
    assert report.merged_duplicate_fields == {"anthology_id": 1, "categories": 1, "doi": 1, "venue": 1}
    assert _files(tmp_path / "full", (*FILES, EXTRACTIONS_FILE)) == _files(full_out, (*FILES, EXTRACTIONS_FILE))
    out = tmp_path / "update"
    build([inputs["a"]], out, workers=1)
    _, report = build([inputs["b"]], out, update=True, engine="dask", workers=1)  # twins skipped on the workers
    assert report.duplicates == 2 and report.merged_duplicate_fields == {"anthology_id": 1, "categories": 1, "doi": 1, "venue": 1}
    assert _files(out) == _files(full_out)


def _restamp(path, version):
    """The store at ``path`` with its header's format version set to ``version``."""
    lines = gzip.decompress(path.read_bytes()).decode().splitlines(keepends=True)
    header = json.loads(lines[0])
    path.write_bytes(gzip.compress((json.dumps({**header, "version": version}) + "\n" + "".join(lines[1:])).encode()))


def test_a_version_3_store_with_fill_lines_is_read_and_an_update_rewrites_it_as_version_4(full, inputs, tmp_path):
    """Session 44's kg wrote fill lines under format version 3: this kg reads such a file, and an
    update rewrites it under the version 4 header before appending, never under the old one."""
    _, full_out = full
    out = tmp_path / "out"
    build([inputs["a"], inputs["b"]], out, workers=1)
    _restamp(out / EXTRACTIONS_FILE, 3)
    fills = {}
    store = ExtractionStore(out / EXTRACTIONS_FILE)
    assert len(list(store.read(lambda key, values: fills.setdefault(key, values)))) == 2 and store.version == 3
    assert set(fills) == {"arXiv:2105.00011", "arXiv:2106.00022"}
    _, report = build([inputs["plain"]], out, update=True, workers=1)
    assert report.extracted_papers == 1 and report.reused_papers == 2
    lines = gzip.decompress((out / EXTRACTIONS_FILE).read_bytes()).decode().splitlines()
    assert json.loads(lines[0])["version"] == ExtractionStore.VERSION == 4
    assert _papers(out)["arXiv:2105.00011"]["venue"] == "Proceedings of EMNLP 2022"  # the stored fill, read back
    rebuilt = tmp_path / "rebuilt"
    build([inputs["a"], inputs["b"], inputs["plain"]], rebuilt, workers=1)
    assert _files(out) == _files(rebuilt)


def test_a_store_of_another_version_names_both_versions_and_what_to_do(full, inputs, tmp_path):
    _, full_out = full
    out = tmp_path / "out"
    build([inputs["a"]], out, workers=1)
    _restamp(out / EXTRACTIONS_FILE, 5)  # a newer kg's
    with pytest.raises(InputError, match=r"format version 5 \(written by kg 0\.1\.0\), newer than the versions 3, 4; "
                                         r"upgrade kg to update it, or run a full build"):
        build([inputs["b"]], out, update=True, workers=1)
    _restamp(out / EXTRACTIONS_FILE, 1)  # an older one's
    with pytest.raises(InputError, match=r"format version 1 \(written by kg 0\.1\.0\), this kg reads versions 3, 4; "
                                         r"run a full build instead"):
        build([inputs["b"]], out, update=True, workers=1)


# Title twins: the same paper from arXiv and from the Anthology, the Anthology record without the
# arXiv id, so two keys. Its title differs in case, accents and punctuation; its abstract is
# reworded a little; one author's name is spelt without its diacritic.
TWIN_ARXIV = {"id": "2108.00044", "title": "Cross-lingual Parsing for Yorùbá with Treebank Transfer",
              "abstract": "We present a cross-lingual dependency parser for Yoruba trained by treebank transfer from English "
                          "and evaluate it on the Universal Dependencies treebank.",
              "authors": "Ade Bello, Jan Zarrieß", "categories": "cs.CL", "update_date": "2023-02-01"}
TWIN_ACL = {"id": "2021.findings-acl.9", "title": "Cross-Lingual Parsing for Yoruba with Treebank-Transfer",
            "abstract": "We present a cross-lingual dependency parser for Yorùbá, trained by treebank transfer from English, "
                        "and evaluate it on the Universal Dependencies treebank of the language.",
            "authors": "Ade Bello, Jan Zarriess", "year": 2021, "venue": "Findings of ACL 2021", "source": "acl-anthology"}
# Not a twin of TWIN_ACL: the same title, another paper (other authors, another abstract).
SAME_TITLE_OTHER = {"id": "2201.00066", "title": "Cross-lingual Parsing for Yoruba with Treebank Transfer",
                    "abstract": "Treebanks for low-resource languages are small; we annotate a new corpus of Yoruba news text.",
                    "authors": "Kim Ode", "categories": "cs.CL", "update_date": "2022-01-05"}


def _paper_of(row, key, tmp_path):
    """The paper of ``key`` whose record is ``row`` as kg reads it (no mentions)."""
    [record] = [r for r in read_records([_jsonl(tmp_path / "x.jsonl", row)], None) if isinstance(r, Record)]
    return PaperExtraction(key=key, record=record, mentions=[], relations=[], results=[])


def test_a_title_twin_is_the_same_title_and_abstract_with_a_shared_author_or_none_listed(tmp_path):
    from kg.dedupe import TitleTwins

    twins = TitleTwins()
    arxiv = _paper_of(TWIN_ARXIV, "arXiv:2108.00044", tmp_path)
    assert twins.twin_of(arxiv) is None  # the first: kept
    other = {**SAME_TITLE_OTHER, "id": "2022.acl-long.3", "source": "acl-anthology"}
    assert twins.twin_of(_paper_of(other, "title:00000000000000aa", tmp_path)) is None  # another abstract, other authors
    assert twins.twin_of(_paper_of(TWIN_ACL, "title:00000000000000bb", tmp_path)) == "arXiv:2108.00044"
    assert twins.twin_of(_paper_of({**TWIN_ACL, "authors": ""}, "title:00000000000000cc", tmp_path)) == "arXiv:2108.00044"  # none listed
    assert twins.twin_of(_paper_of({**TWIN_ACL, "authors": "Kim Ode"}, "title:00000000000000dd", tmp_path)) is None  # no shared surname
    assert twins.twin_of(_paper_of({**TWIN_ARXIV, "id": "2301.00055"}, "arXiv:2301.00055", tmp_path)) is None  # two arXiv ids: two papers
    assert twins.merged == 2


def test_a_twin_title_is_the_title_hash_which_folds_accents_and_case_itself():
    """``twin_title`` no longer folds before ``title_hash`` (session 49): the hash drops accents and
    casefolds, so accented, upper-case and plain spellings of a title are one twin title."""
    from kg.dedupe import twin_title
    from kg.names import title_hash

    plain = twin_title("Naive Bayes fur Strassen")
    assert plain == int(title_hash("Naive Bayes fur Strassen"), 16)
    assert twin_title("Naïve Bayes für Straßen") == twin_title("NAÏVE BAYES FÜR STRASSEN") == plain
    assert twin_title("Naive Bayes for Streets") != plain


def test_a_title_twin_fills_the_kept_paper_which_keeps_both_ids(inputs, tmp_path):
    arxiv, acl = _jsonl(tmp_path / "arxiv.jsonl", SAME_TITLE_OTHER, TWIN_ARXIV, PLAIN), _jsonl(tmp_path / "acl.jsonl", TWIN_ACL)
    _, report = build([arxiv, acl], tmp_path / "ab", workers=1)
    assert (report.papers, report.duplicates, report.merged_title_twins) == (3, 1, 1)
    kept = _papers(tmp_path / "ab")["arXiv:2108.00044"]
    assert (kept["anthology_id"], kept["venue"], kept["year"]) == ("2021.findings-acl.9", "Findings of ACL 2021", 2023)
    assert json.loads((tmp_path / "ab" / "summary.json").read_text())["merged_title_twins"] == 1
    _, report = build([acl, arxiv], tmp_path / "ba", workers=1)  # the other order keeps the Anthology record
    assert (report.papers, report.merged_title_twins) == (3, 1)
    [kept] = [p for p in _papers(tmp_path / "ba").values() if p.get("anthology_id") == "2021.findings-acl.9"]
    assert kept["key"].startswith("title:") and (kept["arxiv_id"], kept["year"], kept["categories"]) == ("2108.00044", 2021, ["cs.CL"])


def test_a_title_twin_in_an_update_gives_the_full_build(tmp_path):
    arxiv, acl = _jsonl(tmp_path / "arxiv.jsonl", SAME_TITLE_OTHER, TWIN_ARXIV, PLAIN), _jsonl(tmp_path / "acl.jsonl", TWIN_ACL)
    build([arxiv, acl], tmp_path / "full", workers=1)
    out = tmp_path / "out"
    build([arxiv], out, workers=1)
    _, report = build([acl], out, update=True, workers=1)
    assert (report.extracted_papers, report.merged_title_twins) == (0, 1)
    assert _files(out) == _files(tmp_path / "full")
    before = _files(out, (*FILES, EXTRACTIONS_FILE))
    _, report = build([acl], out, update=True, workers=1)  # again: nothing new, no byte changed
    assert (report.extracted_papers, report.merged_title_twins, report.merged_duplicate_fields) == (0, 1, {})
    assert _files(out, (*FILES, EXTRACTIONS_FILE)) == before
    _, report = build([inputs_plain := _jsonl(tmp_path / "more.jsonl", ARXIV_2)], out, update=True, workers=1)
    build([arxiv, acl, inputs_plain], tmp_path / "rebuilt", workers=1)
    assert _files(out) == _files(tmp_path / "rebuilt")  # the stored fill keeps the twin's venue


@pytest.mark.slow
def test_the_dask_engine_merges_title_twins_as_the_local_one(tmp_path):
    arxiv, acl = _jsonl(tmp_path / "arxiv.jsonl", SAME_TITLE_OTHER, TWIN_ARXIV, PLAIN), _jsonl(tmp_path / "acl.jsonl", TWIN_ACL)
    build([arxiv, acl], tmp_path / "local", workers=1)
    _, report = build([arxiv, acl], tmp_path / "dask", engine="dask", workers=1)
    assert report.merged_title_twins == 1
    assert _files(tmp_path / "dask", (*FILES, EXTRACTIONS_FILE)) == _files(tmp_path / "local", (*FILES, EXTRACTIONS_FILE))
    out = tmp_path / "update"
    build([arxiv], out, workers=1)
    _, report = build([acl], out, update=True, engine="dask", workers=1)
    assert report.merged_title_twins == 1 and _files(out) == _files(tmp_path / "local")


# One title, two papers: the Anthology lists a shared task's overview each year under one title.
OVERVIEW_2022 = {"id": "2022.ltedi-1.58", "title": "Overview of the Shared Task on Hope Speech Detection",
                 "abstract": "Hope speech detection classifies a comment as hope speech or not. We describe the datasets in "
                             "English, Tamil and Malayalam, the participating teams and their macro F1 scores.",
                 "authors": "Bharathi Raja Chakravarthi, Ruba Priyadharshini", "year": 2022, "venue": "LT-EDI 2022",
                 "source": "acl-anthology"}
OVERVIEW_2023 = {"id": "2023.ltedi-1.7", "title": "Overview of the Shared Task on Hope Speech Detection",
                 "abstract": "Hope drives people to persevere. This second edition adds Bulgarian and Hindi comments, "
                             "reports thirty submitted runs and compares transformer classifiers against a BERT baseline.",
                 "authors": "Prasanna Kumar Kumaresan, Bharathi Raja Chakravarthi", "year": 2023, "venue": "LT-EDI 2023",
                 "source": "acl-anthology"}
# One paper in two Anthology volumes (a workshop and the main conference): other ids, the same text.
TWO_VOLUMES = {**OVERVIEW_2022, "id": "2022.acl-main.900", "venue": "ACL 2022"}


def test_records_of_one_title_with_other_ids_and_texts_are_two_papers(tmp_path):
    from kg.dedupe import TitleTwins, known_key

    twins, keys = TitleTwins(), set()

    def add(row):
        paper = twins.resolve(_paper_of(row, "title:00000000000000aa", tmp_path), keys)
        if paper.key not in keys and twins.twin_of(paper) is None:
            keys.add(paper.key)
        return paper.key

    assert add(OVERVIEW_2022) == "title:00000000000000aa"  # the first keeps the title's key
    assert add(OVERVIEW_2023) == "title:00000000000000aa:2023.ltedi-1.7"  # another id, another text
    assert add(OVERVIEW_2023) == "title:00000000000000aa:2023.ltedi-1.7"  # listed twice: one paper
    assert add(TWO_VOLUMES) == "title:00000000000000aa"  # another id, the same text: one paper
    assert add({**OVERVIEW_2023, "id": ""}) == "title:00000000000000aa"  # no id of its own: cannot tell, one paper
    assert add({**OVERVIEW_2023, "id": "", "doi": "10.1/x"}) == "title:00000000000000aa"  # ids of two kinds: one paper
    assert (len(keys), twins.split, twins.ids) == (2, 1, {"title:00000000000000aa": "2022.ltedi-1.58"})
    [record] = [r for r in read_records([_jsonl(tmp_path / "y.jsonl", OVERVIEW_2023)], None) if isinstance(r, Record)]
    assert known_key("title:00000000000000aa", record, keys, twins.ids) == "title:00000000000000aa:2023.ltedi-1.7"  # skipped before NLP
    assert known_key("title:00000000000000aa", replace(record, anthology_id="2024.ltedi-1.1"), keys, twins.ids) is None  # only the texts tell


def test_a_build_keeps_each_years_overview_and_one_paper_listed_twice(tmp_path):
    acl = _jsonl(tmp_path / "acl.jsonl", OVERVIEW_2022, OVERVIEW_2023, TWO_VOLUMES, OVERVIEW_2023)
    _, report = build([acl], tmp_path / "out", workers=1)
    assert (report.papers, report.duplicates, report.split_title_papers) == (2, 2, 1)
    papers = _papers(tmp_path / "out")
    [first, second] = sorted(papers)
    assert second == first + ":2023.ltedi-1.7"
    assert (papers[first]["anthology_id"], papers[first]["year"], papers[second]["anthology_id"], papers[second]["year"]) \
        == ("2022.ltedi-1.58", 2022, "2023.ltedi-1.7", 2023)
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["split_title_papers"] == 1
    _, report = build([_jsonl(tmp_path / "ba.jsonl", OVERVIEW_2023, OVERVIEW_2022)], tmp_path / "ba", workers=1)
    assert sorted(_papers(tmp_path / "ba")) == [first, first + ":2022.ltedi-1.58"]  # the first read keeps the title's key


def test_an_arxiv_twin_still_merges_beside_a_split_title(tmp_path):
    arxiv = _jsonl(tmp_path / "arxiv.jsonl", {**OVERVIEW_2023, "id": "2305.00077", "categories": "cs.CL", "source": "arxiv"})
    acl = _jsonl(tmp_path / "acl.jsonl", OVERVIEW_2022, OVERVIEW_2023)
    _, report = build([acl, arxiv], tmp_path / "out", workers=1)
    assert (report.papers, report.merged_title_twins, report.split_title_papers) == (2, 1, 1)
    papers = _papers(tmp_path / "out")
    assert {p.get("arxiv_id") for p in papers.values()} == {None, "2305.00077"}  # the 2023 overview took its arXiv id
    assert papers[min(papers) + ":2023.ltedi-1.7"]["arxiv_id"] == "2305.00077"


def test_an_update_splits_a_title_as_the_full_build_does(tmp_path):
    old, new = _jsonl(tmp_path / "old.jsonl", OVERVIEW_2022, PLAIN), _jsonl(tmp_path / "new.jsonl", OVERVIEW_2023, TWO_VOLUMES)
    build([old, new], tmp_path / "full", workers=1)
    out = tmp_path / "out"
    build([old], out, workers=1)
    _, report = build([new], out, update=True, workers=1)
    assert (report.extracted_papers, report.split_title_papers, report.papers) == (1, 1, 3)
    assert _files(out) == _files(tmp_path / "full")
    before = _files(out, (*FILES, EXTRACTIONS_FILE))
    _, report = build([new, old], out, update=True, workers=1)  # again: every record known before any NLP
    assert (report.extracted_papers, report.duplicates, report.split_title_papers) == (0, 4, 1)
    assert _files(out, (*FILES, EXTRACTIONS_FILE)) == before


@pytest.mark.slow
def test_the_dask_engine_splits_a_title_as_the_local_one(tmp_path):
    old, new = _jsonl(tmp_path / "old.jsonl", OVERVIEW_2022, PLAIN), _jsonl(tmp_path / "new.jsonl", OVERVIEW_2023, TWO_VOLUMES, OVERVIEW_2023)
    build([old, new], tmp_path / "local", workers=1)
    _, report = build([old, new], tmp_path / "dask", engine="dask", workers=1)
    assert (report.papers, report.split_title_papers) == (3, 1)
    assert _files(tmp_path / "dask", (*FILES, EXTRACTIONS_FILE)) == _files(tmp_path / "local", (*FILES, EXTRACTIONS_FILE))
    out = tmp_path / "update"
    build([old], out, workers=1)
    _, report = build([new], out, update=True, engine="dask", workers=1)
    assert (report.extracted_papers, report.split_title_papers) == (1, 1) and _files(out) == _files(tmp_path / "local")
    _, report = build([new], out, update=True, engine="dask", workers=1)  # skipped on the workers, by id
    assert (report.extracted_papers, report.split_title_papers) == (0, 1) and _files(out) == _files(tmp_path / "local")


def test_an_updates_stored_papers_are_indexed_only_where_a_new_record_shares_their_title(tmp_path):
    from kg.dedupe import TitleTwins, new_titles

    new = [r for r in read_records([_jsonl(tmp_path / "new.jsonl", TWIN_ACL, OVERVIEW_2023)], None) if isinstance(r, Record)]
    assert new_titles(new, 1) is None  # more new records than it pays to read first
    twins = TitleTwins()
    twins.expected = new_titles(new, 10)
    stored = [_paper_of(TWIN_ARXIV, "arXiv:2108.00044", tmp_path), _paper_of(PLAIN, "arXiv:2107.00033", tmp_path),
              _paper_of(OVERVIEW_2022, "title:00000000000000aa", tmp_path)]
    assert [twins.twin_of(p) for p in stored] == [None, None, None]
    assert sorted(k for kept in twins.titles.values() for k, _ in kept) == ["arXiv:2108.00044", "title:00000000000000aa"]
    assert twins.ids == {"title:00000000000000aa": "2022.ltedi-1.58"}  # every stored paper's own id, for known_key
    twins.expected = None
    keys = {p.key for p in stored}
    assert twins.twin_of(_paper_of(TWIN_ACL, "title:00000000000000bb", tmp_path)) == "arXiv:2108.00044"
    assert twins.resolve(_paper_of(OVERVIEW_2023, "title:00000000000000aa", tmp_path), keys).key == "title:00000000000000aa:2023.ltedi-1.7"
