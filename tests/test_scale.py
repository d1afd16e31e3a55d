"""Scale: a process pool and a Dask cluster give the serial graph byte for byte (linking on
the cluster too); JSON Lines byte ranges read like a serial read; an update gives what a full
rebuild gives."""
from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import EXTRACTIONS_FILE, ExtractionStore, build, sample_corpus
from kg.cli import main
from kg import dask_engine
from kg.dask_engine import DaskSession, Partition, count_newlines, plan_partitions, read_partition, with_line_numbers
from kg.errors import InputError
from kg.link import Linker
from kg.parallel import write_sinks
from kg.read import read_file, read_records
from kg.sinks import FILE_SINKS
from kg.types import Record

pytestmark = pytest.mark.slow

COMPARED = ("nodes.jsonl", "edges.jsonl", "graph.nt", "graph.ttl", "graph.graphml", "graph.cypher", "rejects.jsonl")


def _rows(records: list[Record], first_id: int) -> list[str]:
    return [
        json.dumps({"id": f"2401.{first_id + i:05d}", "title": r.title, "abstract": r.abstract,
                    "authors": "A. Author and B. Author", "categories": "cs.CL", "update_date": "2024-01-02"}, ensure_ascii=False)
        for i, r in enumerate(records)
    ]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """70 sample papers as arXiv-style JSON Lines with ids: a directory of one plain shard
    (40 papers, a broken line, a repeat) and one gzip shard (20 papers), plus 10 new papers
    (with 2 repeats of old ones and a broken line) to add by update."""
    root = tmp_path_factory.mktemp("scale-corpus")
    records = [r for r in read_records([sample_corpus()]) if isinstance(r, Record)][:70]
    shards = root / "shards"
    shards.mkdir()
    a = _rows(records[:40], 1)
    a.insert(7, '{"id": "2401.99999", "title": "broken')
    a.append(a[3])  # the same paper twice: one node, one duplicate
    (shards / "a.jsonl").write_text("\n".join(a) + "\n", encoding="utf-8")
    (shards / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(_rows(records[40:60], 41)) + "\n").encode()))
    new = _rows(records[60:70], 61) + [a[0], a[20], "not json"]
    (root / "new.jsonl").write_text("\n".join(new) + "\n", encoding="utf-8")
    return {"shards": shards, "new": root / "new.jsonl"}


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    graph, report = build([corpus["shards"]], out, workers=1)
    return report, out


def assert_same_files(a: Path, b: Path, names=COMPARED) -> None:
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_serial_build_of_the_corpus(serial):
    report, out = serial
    assert report.papers == 60 and report.rejects == 1 and report.duplicates == 1
    assert report.extracted_papers == 60 and (out / EXTRACTIONS_FILE).is_file()


def test_two_workers_give_the_serial_graph(corpus, serial, tmp_path):
    _, serial_out = serial
    _, report = build([corpus["shards"]], tmp_path, workers=2, chunk_size=8)
    assert "load_pipeline" not in report.timings  # the pool did the work, not the parent
    assert report.workers == 2 and (report.papers, report.rejects, report.duplicates) == (60, 1, 1)
    assert_same_files(serial_out, tmp_path)


def test_dask_local_cluster_gives_the_serial_graph(corpus, serial, tmp_path):
    _, serial_out = serial
    _, report = build([corpus["shards"]], tmp_path, engine="dask", workers=2, partition_bytes=8 * 1024)
    assert report.engine == "dask" and (report.papers, report.rejects, report.duplicates) == (60, 1, 1)
    assert_same_files(serial_out, tmp_path)


def _written(graph, out: Path) -> dict[str, bytes]:
    out.mkdir()
    write_sinks(graph, out, FILE_SINKS)
    return {f.name: f.read_bytes() for f in sorted(out.iterdir()) if f.is_file()}


@pytest.mark.parametrize("papers_of", ["inline", "sample"])
def test_linking_on_a_dask_cluster_gives_the_local_graph(papers_of, request, tmp_path, monkeypatch):
    """Papers spread over the workers in partitions of 2 (inline: names typed two ways, PO's
    two expansions, PwC joins, a repeat in another partition) or 50 (the sample's stored
    records): statistics counted per partition, pass 2 per key range, the local linker's files."""
    from distributed import LocalCluster
    from test_link import linking_corpus

    from kg.link import fold_name

    if papers_of == "inline":
        papers = linking_corpus()
    else:
        papers = list(ExtractionStore(request.getfixturevalue("sample_build")[2] / EXTRACTIONS_FILE).read())
    local = Linker()
    for paper in papers:
        local.add(paper)
    monkeypatch.setattr(dask_engine, "STORED_CHUNK", 2 if papers_of == "inline" else 50)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            DaskSession(cluster.scheduler_address) as session:
        linker = session.linker()
        assert linker.add_stored(papers) == len(local.keys)
        assert len(linker.parts) == (3 if papers_of == "inline" else 5)
        graph = linker.build()
    assert fold_name.cache_info().currsize == 0  # the naming cache does not outlive the linking
    assert (linker.keys, linker.duplicates) == (local.keys, local.duplicates)
    assert _written(graph, tmp_path / "dask") == _written(local.build(), tmp_path / "local")


def _items(items) -> list[tuple]:
    return [(type(i).__name__, i.source, i.title if isinstance(i, Record) else i.reason) for i in items]


def test_byte_ranges_read_like_a_serial_read(tmp_path):
    """Every split of a JSONL file gives the serial read's records, rejects and line numbers:
    BOM, CRLF, blank lines, bad bytes, a broken line and no final newline included."""
    lines = [
        "\ufeff" + json.dumps({"id": "2401.00001", "title": "First", "abstract": "One."}),
        "", json.dumps({"id": "2401.00002", "title": "Second", "abstract": "Two."}) + "\r",
        '{"broken": ', "   ",
    ]
    lines += [json.dumps({"id": f"2401.{i:05d}", "title": f"Paper {i}", "abstract": "x" * (i % 7)}) for i in range(3, 40)]
    data = "\n".join(lines).encode("utf-8") + b'\n{"title": "bad \xff", "abstract": "y"}\n' + json.dumps({"title": "Last", "abstract": "z"}).encode()
    path = tmp_path / "papers.jsonl"
    path.write_bytes(data)
    expected = _items(read_file(path))
    assert len(expected) == 42 and expected[0][1].line == 1 and expected[-1][1].line == 44
    assert [i[0] for i in expected].count("Reject") == 7  # broken, bad bytes, 5 empty abstracts
    for size in (1, 7, 50, 333, 1000, len(data) - 1, 10**6):
        parts = plan_partitions([path], partition_bytes=size)
        assert len(parts) > 1 or size > 1000
        counts = {p.index: count_newlines(p.path, p.start, p.end) for p in parts if p.end is not None}
        parts = with_line_numbers(parts, counts)
        got = [item for part in parts for item in read_partition(part)]
        assert _items(got) == expected, size


def test_whole_file_partitions_name_the_file_as_a_serial_read_does(corpus):
    gz = corpus["shards"] / "b.jsonl.gz"
    (part,) = plan_partitions([gz], partition_bytes=1)  # gzip is never split
    assert part.end is None and part.name == "b.jsonl.gz"  # kg.read.source_name: never absolute
    (in_dir,) = [p for p in plan_partitions([corpus["shards"]], partition_bytes=1) if p.name == "b.jsonl.gz"]
    assert in_dir.path == str(gz.resolve())
    assert _items(read_partition(part)) == _items(read_file(gz))
    relative = Partition(0, "b.jsonl.gz", str(gz), "jsonl")  # a name as given, opened by absolute path
    assert {i.source.path for i in read_partition(relative)} == {"b.jsonl.gz"}


def test_extraction_records_round_trip(nlp):
    from kg.extract import extract_papers

    records = [r for r in read_records([sample_corpus()]) if isinstance(r, Record)][:12]
    for paper in extract_papers(nlp, records):
        assert ExtractionStore.loads(ExtractionStore.dumps(paper)) == paper


def test_a_records_venue_anthology_id_and_doi_are_stored_and_an_older_store_is_refused(tmp_path):
    """extractions.jsonl.gz keeps the three (an update reads papers back from it); a store written
    before they were Record fields (format 2) cannot serve an update: its papers would lack them."""
    from kg.extract.pipeline import PaperExtraction
    from kg.types import Source

    record = Record("T", "A.", Source("acl.jsonl", 1), venue="EMNLP 2023", anthology_id="2023.emnlp-main.1", doi="10.1/x")
    paper = PaperExtraction("title:0123456789abcdef", record, [])
    assert ExtractionStore.loads(ExtractionStore.dumps(paper)).record == record
    header = ExtractionStore.header()
    old_fields = [f for f in header["fields"]["record"] if f not in ("venue", "anthology_id", "doi")]
    old = {**header, "version": 2, "fields": {**header["fields"], "record": old_fields}}
    (tmp_path / EXTRACTIONS_FILE).write_bytes(gzip.compress(json.dumps(old).encode() + b"\n"))
    with pytest.raises(InputError, match=r"format version 2 \(written by kg [^)]*\), this kg reads versions 3, 4; run a full build"):
        list(ExtractionStore(tmp_path / EXTRACTIONS_FILE).read())


@pytest.fixture(scope="module")
def updated(corpus, serial, tmp_path_factory):
    """The serial build, then an update with the new papers."""
    _, serial_out = serial
    out = tmp_path_factory.mktemp("updated") / "out"
    shutil.copytree(serial_out, out)
    _, report = build([corpus["new"]], out, update=True)
    return report, out


def test_update_gives_the_full_rebuild(corpus, updated, tmp_path):
    report, out = updated
    assert (report.reused_papers, report.extracted_papers, report.papers) == (60, 10, 70)
    assert report.duplicates == 2 and report.rejects == 1
    _, full = build([corpus["shards"], corpus["new"]], tmp_path, workers=1)
    assert full.papers == 70
    assert_same_files(tmp_path, out)
    assert [p.key for p in ExtractionStore(out / EXTRACTIONS_FILE).read()] == [p.key for p in ExtractionStore(tmp_path / EXTRACTIONS_FILE).read()]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["inputs"] == [str(corpus["shards"]), str(corpus["new"])] and summary["update"] is True


def test_update_on_dask_gives_the_same_files(corpus, serial, updated, tmp_path):
    _, serial_out = serial
    _, local_update = updated
    out = tmp_path / "out"
    shutil.copytree(serial_out, out)
    _, report = build([corpus["new"]], out, update=True, engine="dask", workers=2)
    assert (report.extracted_papers, report.duplicates) == (10, 2)  # known papers skipped on the workers
    assert_same_files(local_update, out, (*COMPARED, EXTRACTIONS_FILE))


def test_updating_with_the_same_papers_changes_nothing(corpus, updated, tmp_path):
    _, out = updated
    again = tmp_path / "again"
    shutil.copytree(out, again)
    _, report = build([corpus["new"]], again, update=True)
    assert report.extracted_papers == 0 and report.duplicates == 12 and report.papers == 70
    assert_same_files(out, again, (*COMPARED, EXTRACTIONS_FILE))


def test_a_bad_extractions_file_asks_for_a_full_build(corpus, serial, tmp_path):
    _, serial_out = serial
    with pytest.raises(InputError, match="no such directory.*full build"):
        build([corpus["new"]], tmp_path / "nowhere", update=True)
    out = tmp_path / "out"
    shutil.copytree(serial_out, out)
    store = out / EXTRACTIONS_FILE
    original = store.read_bytes()
    header = json.loads(gzip.decompress(original).split(b"\n", 1)[0])
    cases = {
        "not found": None,
        "not a kg extractions file": gzip.compress(b"hello\n"),
        "is damaged": original[: len(original) // 2],
        "format version 99 .written by kg [^)]*., newer than the versions 3, 4; upgrade kg": gzip.compress(json.dumps({**header, "version": 99}).encode() + b"\n"),
        "another extractor": gzip.compress(json.dumps({**header, "fingerprint": "0" * 16}).encode() + b"\n"),
    }
    for message, content in cases.items():
        store.unlink(missing_ok=True)
        if content is not None:
            store.write_bytes(content)
        with pytest.raises(InputError, match=f"(?s){message}.*run a full build"):
            build([corpus["new"]], out, update=True)
    store.write_bytes(original)
    assert_same_files(serial_out, out)  # a refused update leaves the build as it was
    result = CliRunner().invoke(main, ["build", "--update", str(tmp_path / "nowhere"), str(corpus["new"])])
    assert result.exit_code == 2 and "full build" in result.output  # a missing --update OUTDIR is a usage error


def test_cli_scale_options(corpus, tmp_path):
    runner = CliRunner()
    help_text = runner.invoke(main, ["build", "--help"]).output
    for option in ("--workers", "--engine", "--scheduler", "--update"):
        assert option in help_text
    assert runner.invoke(main, ["build", "--scheduler", "tcp://127.0.0.1:1"]).exit_code == 2
    assert runner.invoke(main, ["build", "--update", str(tmp_path)]).exit_code == 2  # no new inputs
    assert runner.invoke(main, ["build", "--update", str(tmp_path), "--out", str(tmp_path / "x"), str(corpus["new"])]).exit_code == 2
    result = runner.invoke(main, ["build", str(corpus["new"]), "--out", str(tmp_path / "o"), "--workers", "2", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "2 workers" in result.output and "Built 12 papers" in result.output


def test_sinks_written_side_by_side_report_in_order_and_raise_a_child_failure(monkeypatch, tmp_path):
    import kg.sinks
    from kg.errors import SinkError
    from kg.graph import KnowledgeGraph
    from kg.parallel import write_sinks

    graph = KnowledgeGraph()
    graph.add_node("Model:opt", "Model", "OPT")
    done = write_sinks(graph, tmp_path, ["jsonl", "cypher", "graphml"], workers=2)
    assert [name for name, _, _ in done] == ["jsonl", "cypher", "graphml"]
    assert all(p.exists() for _, report, _ in done for p in report.files)

    class Boom:
        def write(self, graph, out_dir):
            raise SinkError("boom cannot write")

    real = kg.sinks.get_sink
    monkeypatch.setattr(kg.sinks, "get_sink", lambda name, **kw: Boom() if name == "boom" else real(name, **kw))
    with pytest.raises(SinkError, match="boom cannot write"):
        write_sinks(graph, tmp_path, ["cypher", "boom"], workers=2)  # "boom" runs in the forked lane
