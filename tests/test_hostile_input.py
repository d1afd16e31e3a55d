"""Issue 11, hostile input: each reproduction of the report is a test here. A record that
breaks extraction costs one Reject in every engine; size limits hold while streaming; GraphML
stays readable; a killed build leaves the previous output set whole; workers die with it."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.extract import extract_papers
from kg.read import ReadLimits, read_records
from kg.types import Record, Reject, Source

# arXiv 2004.09739 (CC0): "Yahoo! Answers" — the sentencizer ended a sentence inside the name
# and relations.py indexed past the sentence's parse (IndexError E040), killing the build.
E040_TITLE = "Neural Abstractive Summarization with Structural Attention"
E040_ABSTRACT = (
    "Attentional, RNN-based encoder-decoder architectures have achieved impressive performance on abstractive "
    "summarization of news articles. However, these methods fail to account for long term dependencies within the "
    "sentences of a document. This problem is exacerbated in multi-document summarization tasks such as summarizing "
    "the popular opinion in threads present in community question answering (CQA) websites such as Yahoo! Answers "
    "and Quora. These threads contain answers which often overlap or contradict each other. In this work, we present "
    "a hierarchical encoder based on structural attention to model such inter-sentence and inter-document "
    "dependencies. We set the popular pointer-generator architecture and some of the architectures derived from it "
    "as our baselines and show that they fail to generate good summaries in a multi-document setting. We further "
    "illustrate that our proposed model achieves significant improvement over the baselines in both single and "
    "multi-document summarization settings -- in the former setting, it beats the best baseline by 1.31 and 7.8 "
    "ROUGE-1 points on CNN and CQA datasets, respectively; in the latter setting, the performance is further "
    "improved by 1.6 ROUGE-1 points on the CQA dataset."
)
GOOD = ("LoRA for OPT", "We apply LoRA to OPT-1.3B and evaluate it on MMLU with accuracy as the metric.")


def jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def rejects_of(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]


# --- extraction ------------------------------------------------------------------------------

def test_the_e040_abstract_extracts_and_a_name_stays_in_one_sentence(nlp):
    [paper] = extract_papers(nlp, [Record(E040_TITLE, E040_ABSTRACT, Source("t", 1))])
    assert not isinstance(paper, Reject)
    names = {m.text: m.sentence for m in paper.mentions}
    assert "Yahoo! Answers" in names  # one mention, whole, in one sentence


def test_contractions_in_a_parsed_sentence_extract(nlp):
    """Found by the 175k build: copying a token's norm ("n't" → "not") into the sentence Doc
    for the parser raised on every abstract with a contraction in a parsed sentence."""
    [paper] = extract_papers(nlp, [Record("Seeing is believing", "We don't propose LoRA, we can't: it isn't ours.",
                                          Source("t", 1))])
    assert not isinstance(paper, Reject)


def huge(n: int = 5_100_000) -> str:
    return ("word " * (n // 5 + 1))[:n]


ENGINES = [
    pytest.param({"workers": 1}, id="in-process"),
    pytest.param({"workers": 2, "chunk_size": 1}, id="process-pool"),
    pytest.param({"workers": 1, "engine": "dask"}, id="dask", marks=pytest.mark.slow),
]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_record_whose_extraction_raises_is_one_reject_in_every_engine(tmp_path, engine):
    """Limits raised past spaCy's own maximum, so the pipeline itself raises on the middle record."""
    src = jsonl(tmp_path / "in.jsonl", [
        {"id": "2001.00001", "title": GOOD[0], "abstract": GOOD[1]},
        {"id": "2001.00002", "title": "Too long for spaCy", "abstract": huge()},
        {"id": "2001.00003", "title": E040_TITLE, "abstract": E040_ABSTRACT},
    ])
    limits = ReadLimits(max_record_bytes=10 << 20, max_abstract_chars=10 << 20)
    _, report = build([src], tmp_path / "out", limits=limits, **engine)
    assert report.papers == 2 and report.rejects == 1
    [reject] = rejects_of(tmp_path / "out")
    assert reject["line"] == 2 and reject["reason"].startswith("extraction failed: ValueError: [E088]")
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["reject_reasons"] == {"extraction failed": 1}


def test_an_abstract_over_the_limit_is_rejected_and_the_build_goes_on(tmp_path):
    src = jsonl(tmp_path / "in.jsonl", [
        {"title": "Huge", "abstract": huge(1_000_001)},
        {"title": GOOD[0], "abstract": GOOD[1]},
    ])
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 0, result.output
    [reject] = rejects_of(tmp_path / "out")
    assert reject["reason"].startswith("abstract too long: 1000001 characters")
    assert len(reject["raw"]) <= 501
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["papers"] == 1


# --- reading within limits ------------------------------------------------------------------

def peak_while(fn) -> tuple[list, int]:
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_gzip_bomb_line_is_rejected_without_being_held(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(b'{"title": "Bomb", "abstract": "' + b"a" * (300 << 20) + b'"}\n')
        fh.write(json.dumps({"title": GOOD[0], "abstract": GOOD[1]}).encode() + b"\n")
    assert path.stat().st_size < 2 << 20  # a 2 MB file holding one 300 MB line
    items, peak = peak_while(lambda: list(read_records([path])))
    assert [type(i).__name__ for i in items] == ["Reject", "Record"]
    assert items[0].reason.startswith("record too large: 314572834 bytes")
    assert peak < 16 << 20  # memory stays flat: the line is read past in chunks


def test_an_hf_text_dump_with_one_huge_line_is_rejected_without_being_held(tmp_path):
    path = tmp_path / "papers.txt.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(b"A title\n" + b"b " * (200 << 20) + b"\n" + GOOD[0].encode() + b"\n" + (GOOD[1] + " " + GOOD[1] * 3).encode() + b"\n")
    items, peak = peak_while(lambda: list(read_records([path])))
    reasons = [i.reason.split(":")[0] for i in items if isinstance(i, Reject)]
    assert reasons == ["title without abstract", "record too large"]
    assert [i.title for i in items if isinstance(i, Record)] == [GOOD[0]]
    assert peak < 16 << 20


def test_a_nul_byte_in_the_first_kilobyte_costs_one_line(tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_bytes(b'{"title": "A\x00", "abstract": "x"}\n' + json.dumps({"title": GOOD[0], "abstract": GOOD[1]}).encode() + b"\n")
    items = list(read_records([path]))
    assert [(type(i).__name__, i.source.line) for i in items] == [("Reject", 1), ("Record", 2)]
    assert items[0].reason == "NUL bytes (binary data)"


def test_a_skipped_file_in_a_directory_is_in_rejects_and_summary(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    jsonl(corpus / "papers.jsonl", [{"title": GOOD[0], "abstract": GOOD[1]}])
    _, report = build([corpus], tmp_path / "out")
    assert report.papers == 1 and report.reject_reasons == {"skipped file": 1}
    [reject] = rejects_of(tmp_path / "out")
    assert reject["file"].endswith("image.png") and "cannot detect the format" in reject["reason"]


# --- XML-safe GraphML -------------------------------------------------------------------------

def test_noncharacters_never_make_graphml_unreadable(tmp_path):
    igraph = pytest.importorskip("igraph")
    src = jsonl(tmp_path / "in.jsonl", [{"title": "LoRA\ufffe for OPT\uffff", "abstract": GOOD[1] + " \ufffe\uffff\x0b",
                                         "authors": "A. B\uffff"}])
    build([src], tmp_path / "out")
    g = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    assert any(d.get("title") == "LoRA for OPT" for _, d in g.nodes(data=True))
    assert igraph.Graph.Read_GraphML(str(tmp_path / "out" / "graph.graphml")).vcount() == g.number_of_nodes()


# --- a killed build ------------------------------------------------------------------------------

def corpus_of(path: Path, n: int) -> Path:
    rows = []
    for i in range(n):
        rows.append({"id": f"2101.{i:05d}", "title": f"Paper {i}: {GOOD[0]}", "abstract": f"{GOOD[1]} Variant {i}."})
    return jsonl(path, rows)


def consistent(out: Path) -> int:
    """Papers of a complete output set, or a failed assertion if the files disagree."""
    summary = json.loads((out / "summary.json").read_text())
    g = nx.read_graphml(out / "graph.graphml")
    papers = sum(1 for _, d in g.nodes(data=True) if d.get("type") == "Paper")
    nodes = sum(1 for line in (out / "nodes.jsonl").read_text().splitlines() if '"label": "Paper"' in line)
    assert summary["papers"] == papers == nodes
    assert (out / "graph.cypher").read_text().rstrip().endswith(";")
    return papers


@pytest.mark.slow
def test_kill_9_during_the_write_phase_leaves_the_previous_set_complete(tmp_path):
    out = tmp_path / "out"
    build([corpus_of(tmp_path / "small.jsonl", 3)], out)
    assert consistent(out) == 3
    big = corpus_of(tmp_path / "big.jsonl", 400)
    kills = 0
    for delay in (0.0, 0.05, 0.15):
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(big), "--out", str(out), "--no-progress"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stage = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:  # wait for the write phase
            stages = [p for p in tmp_path.iterdir() if ".kg-new-" in p.name]
            if stages and (stages[0] / "graph.graphml").exists():
                stage = stages[0]
                break
            time.sleep(0.01)
        assert stage is not None, "the build never reached its write phase"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        assert consistent(out) in (3, 400)  # the old set, or (if the swap had happened) the new one: never a mix
    build([corpus_of(tmp_path / "small.jsonl", 3)], out)  # the next build clears what the dead ones left
    assert consistent(out) == 3 and kills == 3
    assert [p.name for p in tmp_path.iterdir() if ".kg-" in p.name] == []
    assert not list(out.glob("*.tmp"))


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux-only")
def test_pool_workers_die_with_a_killed_build(tmp_path):
    big = corpus_of(tmp_path / "big.jsonl", 3000)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(big), "--out", str(tmp_path / "out"),
                             "--workers", "2", "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: set[int] = set()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(children) < 2:
        children = {int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()} \
            if Path(f"/proc/{proc.pid}").exists() else set()
        time.sleep(0.05)
    assert len(children) >= 2, "the pool never started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(2)
    alive = [pid for pid in children if Path(f"/proc/{pid}").exists()
             and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"]
    assert alive == []
