"""Readers: real files in tmp_path, real outcomes (Records kept, Rejects with reason and line)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import FORMATS, detect_format, read_file, read_records
from kg.types import Record, Reject

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "corpus" / "hf-papers-opt.txt"
ABSTRACT = (
    "We study how large language models behave when they are quantised to four bits. "
    "Our experiments cover twelve model families and three benchmarks, and show that "
    "accuracy is largely preserved while memory use drops by a factor of four."
)


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def write_gz(path: Path, data: str | bytes) -> Path:
    path.write_bytes(gzip.compress(data.encode("utf-8") if isinstance(data, str) else data))
    return path


def split(items) -> tuple[list[Record], list[Reject]]:
    items = list(items)
    records = [i for i in items if isinstance(i, Record)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert len(records) + len(rejects) == len(items)
    for record in records:  # the contract every later stage relies on
        assert isinstance(record.title, str) and record.title
        assert isinstance(record.abstract, str) and record.abstract
        json.dumps(record.metadata)
    return records, rejects


def outcomes(rejects: list[Reject]) -> list[tuple[int, str]]:
    return [(r.source.line, r.reason) for r in rejects]


# ---------------------------------------------------------------------------- hf-text


def test_sample_corpus_reads_whole() -> None:
    records, rejects = split(read_file(SAMPLE))
    assert len(records) == 247
    assert rejects == []
    assert records[0].title == "DP-OPT: Make Large Language Model Your Privacy-Preserving Prompt Engineer"
    assert records[0].source.line == 3
    assert records[0].abstract.startswith("Large Language Models (LLMs) have emerged")


def test_hf_text_pairs_by_shape(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Get trending papers in your email inbox once a day!",
            "Get trending papers in your email inbox!",
            "SubscribeFirst Paper: A Title",  # 3
            ABSTRACT,
            "",
            "Orphan Title With No Abstract",  # 6
            "Can Models Count? A Short Study",  # 7: a question is still a title
            ABSTRACT,
            ABSTRACT,  # 9: nothing to pair with
            "Last Title Left Alone",  # 10
        ]
    )
    records, rejects = split(read_file(write(tmp_path / "page.txt", text)))
    assert [(r.source.line, r.title) for r in records] == [
        (3, "First Paper: A Title"),
        (7, "Can Models Count? A Short Study"),
    ]
    assert outcomes(rejects) == [
        (6, "title without abstract"),
        (9, "abstract without title"),
        (10, "title without abstract"),
    ]


def test_hf_text_undecodable_line_rejects_its_paper_only(tmp_path: Path) -> None:
    data = b"Good Title\n" + ABSTRACT.encode() + b"\nBad \xff Title\n" + ABSTRACT.encode() + b"\nNext Title\n" + ABSTRACT.encode()
    records, rejects = split(read_file(write(tmp_path / "page.txt", data)))
    assert [r.title for r in records] == ["Good Title", "Next Title"]
    assert outcomes(rejects) == [(3, "undecodable bytes (utf-8)")]


# ---------------------------------------------------------------------------- jsonl

GOOD = {
    "id": "2205.01068v4",
    "submitter": "Susan Zhang",
    "authors": "Susan Zhang, Stephen Roller (Meta AI) and Naman Goyal",
    "title": "OPT: Open Pre-trained\n  Transformer Language Models",
    "abstract": "  Large language models, which are often trained for hundreds of thousands\n  of compute days, have shown remarkable capabilities.\n",
    "categories": "cs.CL cs.LG",
    "doi": None,
    "journal-ref": None,
    "update_date": "2022-06-21",
    "versions": [{"version": "v1", "created": "Mon, 2 May 2022 17:59:33 GMT"}],
}
STRANGE = {
    "id": "hep-th/9901001v2",
    "title": "Émoji 🚀 and עברית and العربية: $\\alpha$-scaling &amp; <b>tags</b>\u0007",
    "abstract": "x" * 50_000 + " \u202eRTL override\u202c \\cite{foo}",
    "authors_parsed": [["Witten", "Edward", ""], ["Maldacena", "Juan", "Jr."]],
    "categories": ["hep-th"],
    "versions": [{"version": "v1", "created": "Fri, 1 Jan 1999 00:00:00 GMT"}],
}


def test_mixed_jsonl(tmp_path: Path) -> None:
    lines = [
        json.dumps(GOOD).encode(),  # 1
        json.dumps(STRANGE, ensure_ascii=False).encode(),  # 2
        b"",  # 3 blank: skipped
        b'{"title": "x" "abstract": "y"}',  # 4
        json.dumps({"title": "No abstract here"}).encode(),  # 5
        json.dumps({"title": 42, "abstract": "An abstract."}).encode(),  # 6
        b'{"title": "Bad \xff bytes", "abstract": "An abstract."}',  # 7
        b"[1, 2]",  # 8
        json.dumps({"title": " \n ", "abstract": "An abstract."}).encode(),  # 9
        json.dumps({"title": "T", "abstract": None}).encode(),  # 10
        json.dumps({"title": "T", "abstract": ["a", "list"]}).encode(),  # 11
        json.dumps({"title": "Lone \ud83d surrogate", "abstract": "An abstract."}).encode(),  # 12
        b"[" * 100_000,  # 13
    ]
    records, rejects = split(read_file(write(tmp_path / "mixed.jsonl", b"\n".join(lines) + b"\n")))

    good, strange = records
    assert good.source.line == 1
    assert good.title == "OPT: Open Pre-trained Transformer Language Models"
    assert good.abstract.startswith("Large language models, which are often trained for hundreds of thousands of compute")
    assert good.arxiv_id == "2205.01068"
    assert good.authors == ["Susan Zhang", "Stephen Roller", "Naman Goyal"]
    assert good.categories == ["cs.CL", "cs.LG"]
    assert good.year == 2022
    assert good.metadata["submitter"] == "Susan Zhang"
    assert good.metadata["journal-ref"] is None
    assert good.metadata["versions"] == GOOD["versions"]
    assert "title" not in good.metadata and "id" not in good.metadata

    assert strange.source.line == 2
    assert strange.title == "Émoji 🚀 and עברית and العربية: $\\alpha$-scaling &amp; <b>tags</b>"
    assert "\u202eRTL override\u202c \\cite{foo}" in strange.abstract
    assert len(strange.abstract) > 50_000
    assert strange.arxiv_id == "hep-th/9901001"
    assert strange.authors == ["Edward Witten", "Juan Maldacena Jr."]
    assert strange.year == 1999

    assert outcomes(rejects) == [
        (4, "broken JSON: Expecting ',' delimiter at column 15"),
        (5, "missing abstract"),
        (6, "title is not a string (got int)"),
        (7, "undecodable bytes (utf-8)"),
        (8, "not a JSON object (got list)"),
        (9, "empty title"),
        (10, "missing abstract"),
        (11, "abstract is not a string (got list)"),
        (12, "invalid unicode: lone surrogate escape"),
        (13, "broken JSON: nested too deeply"),
    ]
    assert rejects[0].raw == '{"title": "x" "abstract": "y"}'
    assert "\ufffd" in rejects[3].raw


@pytest.mark.parametrize(
    ("fields", "arxiv_id", "year"),
    [
        ({"id": "2205.01068v4", "update_date": "2023-01-05"}, "2205.01068", 2023),
        ({"id": "0704.0001", "versions": [{"created": "Mon, 2 Apr 2007 19:18:42 GMT"}]}, "0704.0001", 2007),
        ({"id": "2310.12345"}, "2310.12345", 2023),
        ({"id": "hep-th/9901001"}, "hep-th/9901001", 1999),
        ({"id": "math.GT/0309136v1"}, "math.GT/0309136", 2003),
        ({"id": "arXiv:1706.03762"}, "1706.03762", 2017),
        ({"arxiv_id": "https://arxiv.org/abs/1810.04805v2"}, "1810.04805", 2018),
        ({"id": "W2741809807"}, None, None),
        ({"id": 1706.03762}, None, None),
    ],
)
def test_arxiv_id_and_year(tmp_path: Path, fields: dict, arxiv_id: str | None, year: int | None) -> None:
    line = json.dumps({"title": "T", "abstract": "A.", **fields})
    (record,) = read_file(write(tmp_path / "one.jsonl", line))
    assert (record.arxiv_id, record.year) == (arxiv_id, year)
    if arxiv_id is None:  # an id that is not arXiv's is kept, not dropped
        assert record.metadata["id"] == fields["id"]


def test_acl_anthology_records_read_as_is(tmp_path: Path) -> None:
    """The ACL Anthology corpus (shared/corpus/acl-anthology-2016-2025.jsonl.gz) names its fields as the
    arXiv snapshot does, but its ``id`` is the Anthology's: not an arXiv id, so the paper is keyed by
    ``arxiv_id`` where the record has one (42% of them) and by its title otherwise; the Anthology id
    (recognised by its shape, new or old) and the venue are the record's own; an integer year is the
    year; empty categories are none. Records without a title or abstract are rejected with the
    reason, the others still read."""
    venue = "Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing"
    lines = [
        {"id": "2021.emnlp-main.1", "title": "T1", "abstract": ABSTRACT, "authors": "Ann Lee, Bo Li",
         "categories": "", "year": 2021, "venue": venue, "source": "acl-anthology", "arxiv_id": "2109.00001"},
        {"id": "W17-5910", "title": "T2", "abstract": ABSTRACT, "authors": "", "categories": "", "year": 2017,
         "venue": "Workshop", "source": "acl-anthology"},
        {"id": "P16-1001", "title": "T3", "abstract": "", "year": 2016, "venue": "ACL"},
        {"id": "2016.gwc-1.1", "abstract": ABSTRACT, "year": 2016, "venue": "GWC"},
    ]
    records, rejects = split(read_file(write(tmp_path / "acl.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n{broken\n")))
    first, second = records
    assert (first.arxiv_id, first.year, first.authors, first.categories) == ("2109.00001", 2021, ["Ann Lee", "Bo Li"], [])
    assert (first.anthology_id, first.venue, first.doi) == ("2021.emnlp-main.1", venue, None)
    assert (second.arxiv_id, second.year, second.anthology_id, second.venue) == (None, 2017, "W17-5910", "Workshop")
    assert first.metadata == {"year": 2021, "source": "acl-anthology"}  # id and venue read, not left over
    assert [line for line, _ in outcomes(rejects)] == [3, 4, 5]
    assert [reason.split(" (")[0] for _, reason in outcomes(rejects)][:2] == ["empty abstract", "missing title"]


# ---------------------------------------------------------------------------- json


def test_venue_anthology_id_and_doi_only_where_the_input_gives_them(tmp_path: Path) -> None:
    """arXiv snapshot records give ``doi`` and ``journal-ref`` (the venue), the arXiv ML corpus an
    ``acl_id``; an id of no known shape, a DOI field without a DOI or an empty venue stay what they
    were (metadata), and a record with none of them has none."""
    lines = [
        {"id": "2101.00001", "title": "T1", "abstract": ABSTRACT, "doi": "https://doi.org/10.18653/v1/2021.acl-long.1",
         "journal-ref": "ACL 2021", "acl_id": "2021.acl-long.1"},
        {"id": "paper-17", "title": "T2", "abstract": ABSTRACT, "doi": "pending", "venue": " "},
        {"id": "2102.00002", "title": "T3", "abstract": ABSTRACT},
    ]
    first, second, third = split(read_file(write(tmp_path / "mixed.jsonl", "\n".join(json.dumps(x) for x in lines))))[0]
    assert (first.venue, first.anthology_id, first.doi) == ("ACL 2021", "2021.acl-long.1", "10.18653/v1/2021.acl-long.1")
    assert first.metadata == {}
    assert (second.arxiv_id, second.venue, second.anthology_id, second.doi) == (None, None, None, None)
    assert second.metadata == {"id": "paper-17", "doi": "pending", "venue": " "}
    assert (third.venue, third.anthology_id, third.doi, third.metadata) == (None, None, None, {})


def test_json_array_keeps_objects_before_a_break(tmp_path: Path) -> None:
    text = '[\n  {"title": "One", "abstract": "First."},\n  "not an object",\n  {"title": "Two", "abstract": "Second."}\n  {"title": "Three"}\n]'
    records, rejects = split(read_file(write(tmp_path / "papers.json", text)))
    assert [(r.source.line, r.title) for r in records] == [(2, "One"), (4, "Two")]
    assert outcomes(rejects) == [
        (3, "not a JSON object (got str)"),
        (5, "broken JSON: Expecting ',' delimiter at line 5 column 3"),
    ]
    assert rejects[1].raw == '  {"title": "Three"}'


def test_json_single_object_and_bad_bytes(tmp_path: Path) -> None:
    (record,) = read_file(write(tmp_path / "one.json", '{\n  "title": "Solo",\n  "abstract": "Alone."\n}\n'))
    assert (record.title, record.source.line) == ("Solo", 1)
    data = b'[{"title": "Ok", "abstract": "Fine."}, {"title": "Bad \xff", "abstract": "x"}]'
    records, rejects = split(read_file(write(tmp_path / "bad.json", data)))
    assert [r.title for r in records] == ["Ok"]
    assert outcomes(rejects) == [(1, "undecodable bytes (utf-8)")]


def test_json_nan_reads_as_null_and_empty_file_as_nothing(tmp_path: Path) -> None:
    (record,) = read_file(write(tmp_path / "pandas.jsonl", '{"title": "T", "abstract": "A.", "doi": NaN}\n'))
    assert record.metadata == {"doi": None}
    json.dumps(record.metadata, allow_nan=False)
    assert list(read_file(write(tmp_path / "empty.json", ""))) == []


# ---------------------------------------------------------------------------- atom

ATOM = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title>ArXiv Query: search_query=all:opt</title>
  <entry>
    <id>http://arxiv.org/abs/2205.01068v4</id>
    <published>2022-05-02T17:59:33Z</published>
    <title>OPT: Open Pre-trained
  Transformer Language Models</title>
    <summary>  Large language models are big. We release them.
</summary>
    <author><name>Susan Zhang</name></author>
    <author><name>Stephen Roller</name></author>
    <arxiv:doi>10.48550/arXiv.2205.01068</arxiv:doi>
    <arxiv:journal_ref>Preprint, 2022</arxiv:journal_ref>
    <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/hep-th/9901001v1</id>
    <published>1999-01-01T00:00:00Z</published>
    <title>Strings &amp; things</title>
    <summary>About strings.</summary>
    <author><name>Edward Witten</name></author>
    <category term="hep-th"/>
  </entry>
</feed>
"""


def test_atom_two_entries(tmp_path: Path) -> None:
    records, rejects = split(read_file(write(tmp_path / "feed.xml", ATOM)))
    assert rejects == []
    first, second = records
    assert (first.source.line, second.source.line) == (1, 2)
    assert first.arxiv_id == "2205.01068"
    assert first.title == "OPT: Open Pre-trained Transformer Language Models"
    assert first.abstract == "Large language models are big. We release them."
    assert first.authors == ["Susan Zhang", "Stephen Roller"]
    assert first.categories == ["cs.CL", "cs.LG"]
    assert first.year == 2022
    assert (first.doi, first.venue, first.anthology_id) == ("10.48550/arXiv.2205.01068", "Preprint, 2022", None)
    assert (second.doi, second.venue) == (None, None)
    assert (second.arxiv_id, second.title, second.year) == ("hep-th/9901001", "Strings & things", 1999)


def test_atom_broken_document_keeps_earlier_entries(tmp_path: Path) -> None:
    broken = ATOM.replace("<summary>About strings.</summary>", "<summary>About <b>strings.</summary>")
    records, rejects = split(read_file(write(tmp_path / "feed.xml", broken)))
    assert [r.arxiv_id for r in records] == ["2205.01068"]
    ((line, reason),) = outcomes(rejects)
    assert line == 2
    assert reason.startswith("broken XML: mismatched tag: line 22")
    assert "About <b>strings." in rejects[0].raw


def test_atom_undecodable_bytes_reject_one_entry(tmp_path: Path) -> None:
    data = ATOM.encode().replace(b"big.", b"big \xff.")
    records, rejects = split(read_file(write(tmp_path / "feed.atom", data)))
    assert [r.arxiv_id for r in records] == ["hep-th/9901001"]
    assert outcomes(rejects) == [(1, "undecodable bytes (utf-8)")]


def test_atom_api_error_entry_is_a_reject(tmp_path: Path) -> None:
    feed = ATOM.replace("http://arxiv.org/abs/hep-th/9901001v1", "http://arxiv.org/api/errors#incorrect_id_format")
    records, rejects = split(read_file(write(tmp_path / "feed.xml", feed)))
    assert [r.arxiv_id for r in records] == ["2205.01068"]
    assert outcomes(rejects) == [(2, "arXiv API error: About strings.")]


# ---------------------------------------------------------------------------- csv


def test_csv(tmp_path: Path) -> None:
    text = (
        "arXiv_ID,Title,Summary,Venue\r\n"
        "2205.01068v1,OPT,Open models.,arXiv\r\n"
        '1706.03762,"Attention, Is All","Multi\nline abstract.",NeurIPS\r\n'
        "\r\n"
        "1,Too,Many,Fields,Here\r\n"
        ",,Empty title row.,x\r\n"
    )
    records, rejects = split(read_file(write(tmp_path / "papers.csv", text)))
    assert [(r.source.line, r.arxiv_id, r.title, r.abstract, r.metadata) for r in records] == [
        (2, "2205.01068", "OPT", "Open models.", {}),
        (3, "1706.03762", "Attention, Is All", "Multi line abstract.", {}),
    ]
    assert [r.venue for r in records] == ["arXiv", "NeurIPS"]  # a "Venue" column is the venue
    assert outcomes(rejects) == [(6, "row has 5 fields, header has 4"), (7, "empty title")]


def test_csv_without_title_column_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path / "other.csv", "name,value\na,1\n")
    with pytest.raises(InputError, match="no title"):
        list(read_file(path, fmt="csv"))


# ---------------------------------------------------------------------------- detection & gzip

JSONL = '{"title": "T", "abstract": "A."}\n{"title": "U", "abstract": "B."}\n'
DETECT_CASES = [
    ("page.txt", "Some Title\n" + ABSTRACT + "\n", "hf-text"),
    ("dump", "Get trending papers in your email inbox!\nSubscribeTitle\n", "hf-text"),
    ("papers.jsonl", JSONL, "jsonl"),
    ("papers.json", JSONL, "jsonl"),  # content wins over a misleading suffix
    ("papers.data", "\ufeff" + JSONL, "jsonl"),
    ("papers.json", '[{"title": "T", "abstract": "A."}]', "json"),
    ("paper.json", '{\n  "title": "T",\n  "abstract": "A."\n}\n', "json"),
    ("paper.json", '{"title": "T", "abstract": "A."}', "json"),
    ("feed.xml", ATOM, "atom"),
    ("papers.csv", "id,title,abstract\n1,T,A.\n", "csv"),
    ("papers.tsv", "title\tsummary\nT\tA.\n", "csv"),
]


@pytest.mark.parametrize(("name", "content", "expected"), DETECT_CASES)
@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gz"])
def test_detect_format(tmp_path: Path, name: str, content: str, expected: str, compress: bool) -> None:
    path = write_gz(tmp_path / f"{name}.gz", content) if compress else write(tmp_path / name, content)
    assert detect_format(path) == expected
    assert list(read_file(path)), "every detected sample yields something"


def test_gzip_recognised_by_magic_bytes_and_read(tmp_path: Path) -> None:
    path = write_gz(tmp_path / "papers.bin", JSONL)
    records, rejects = split(read_file(path))
    assert [r.title for r in records] == ["T", "U"] and rejects == []


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"title": f"T{i}", "abstract": f"Abstract {i} " + "x" * i}) + "\n" for i in range(3000))
    data = gzip.compress(lines.encode())
    path = write(tmp_path / "papers.jsonl.gz", data[: len(data) // 2])
    records, rejects = split(read_file(path))
    assert 0 < len(records) < 3000
    ((line, reason),) = outcomes(rejects)
    assert line == len(records) + 1
    assert reason.startswith("corrupt gzip data")


@pytest.mark.parametrize(
    ("name", "content"),
    [("README.md", (SAMPLE.parent / "README.md").read_text()), ("blob.bin", b"\x00\x01\x02")],
    ids=["shipped-readme", "binary"],
)
def test_undetectable_file_names_formats(tmp_path: Path, name: str, content: str | bytes) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(InputError) as excinfo:
        detect_format(path)
    assert str(path) in str(excinfo.value)
    assert all(fmt in str(excinfo.value) for fmt in FORMATS)


# ---------------------------------------------------------------------------- entry points


def test_unknown_format_names_valid_formats(tmp_path: Path) -> None:
    path = write(tmp_path / "papers.jsonl", JSONL)
    for call in (lambda: read_file(path, fmt="yaml"), lambda: read_records([path], fmt="yaml")):
        with pytest.raises(InputError) as excinfo:
            call()  # raised at call time, before any iteration
        assert "'yaml'" in str(excinfo.value)
        assert all(fmt in str(excinfo.value) for fmt in FORMATS)


def test_missing_path_fails_before_reading(tmp_path: Path) -> None:
    good = write(tmp_path / "papers.jsonl", JSONL)
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(InputError, match="nope.jsonl"):
        read_records([good, missing])
    with pytest.raises(InputError, match="not a regular file"):
        read_file(tmp_path)


def test_directory_reads_detectable_files_sorted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nested").mkdir()
    write(corpus / "b.jsonl", JSONL)
    write_gz(corpus / "a.txt.gz", "Gz Title\n" + ABSTRACT + "\n")
    write(corpus / "README.md", "# About this corpus\n")
    write(corpus / "c.csv", "title,abstract\nC,From CSV.\n")
    records, rejects = split(read_records([corpus, write(tmp_path / "z.jsonl", JSONL)]))
    assert [(Path(r.source.path).name, r.title) for r in records] == [
        ("a.txt.gz", "Gz Title"),
        ("b.jsonl", "T"),
        ("b.jsonl", "U"),
        ("c.csv", "C"),
        ("z.jsonl", "T"),
        ("z.jsonl", "U"),
    ]
    # skipped, but not silently: a counted Reject (rejects.jsonl, summary.json) and a warning
    assert [(Path(r.source.path).name, r.reason.split(":")[0]) for r in rejects] == [("README.md", "skipped file")]
    assert "README.md" in caplog.text


def test_formats_table() -> None:
    assert set(FORMATS) == {"hf-text", "jsonl", "json", "atom", "csv"}
    assert all(callable(reader) for reader in FORMATS.values())
