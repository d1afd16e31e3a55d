"""An update's files copy the previous build's unchanged records and equal a full build's, byte
for byte, in every format; where that cannot be assured, a file is written afresh and says why."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from kg.build import build
from kg.extract.pipeline import ResultRecord
from kg.link import Linker
from kg.parallel import write_sinks
from kg.sinks import FILE_SINKS
from kg.sinks.graphml import GraphMLSink, to_networkx
from kg.sinks.reuse import REUSE_DIR, prepare_reuse
from test_link import _fixture_paper, linking_corpus

FILES = ("nodes.jsonl", "edges.jsonl", "graph.nt", "graph.ttl", "graph.graphml", "graph.cypher")


def _graph(papers):
    linker = Linker()
    for p in papers:
        linker.add(p)
    return linker.build()


def _write(graph, out: Path, previous: Path | None = None, workers: int = 1) -> dict[str, dict]:
    out.mkdir()
    reuse = prepare_reuse(graph, previous) if previous is not None else None
    counters = {}
    for _, report, _ in write_sinks(graph, out, FILE_SINKS, workers=workers, reuse=reuse):
        counters.update(report.counters["reuse"])
    return counters


def _files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES}


def old_papers():
    return [
        _fixture_paper("arXiv:2301.00001", "We fine-tune LoRA for translation on SQuADv1.", [
            ("LoRA", "Method", {}), ("translation", "Task", {}), ("SQuADv1", "Dataset", {})]),
        _fixture_paper("arXiv:2301.00002", "Preference Optimization (PO) aligns OPT-1.3B for translation.", [
            ("Preference Optimization", "Method", {"long_form": "Preference Optimization"}),
            ("PO", "Method", {"long_form": "Preference Optimization"}),
            ("OPT-1.3B", "Model", {"family": "OPT", "variant": "size"}), ("translation", "Task", {})]),
        _fixture_paper("arXiv:2301.00003", "PO with OPT-1.3B; translation and summarization.", [
            ("PO", "Method", {}), ("OPT-1.3B", "Model", {"family": "OPT", "variant": "size"}),
            ("translation", "Task", {}), ("summarization", "Task", {})],
            results=[ResultRecord(text="31.5", value=31.5, unit="", kind="absolute", field="abstract", start=0, end=4,
                                  sentence="PO with OPT-1.3B.", rule="test", confidence=0.8, of=1, on=None)]),
        _fixture_paper("arXiv:2301.00004", "Summarization with GPT-2 and beam search.", [
            ("Summarization", "Task", {}), ("GPT-2", "Model", {}), ("beam search", "Method", {})]),
    ]


def new_papers():
    """Each changes old nodes: a new alias (Low-Rank Adaptation of LoRA), a second expansion of
    PO (which splits it), a short form used enough to rename translation (TRAA, a new key for
    every edge to it), a spelling that gives SQuADv1 a pwc_id, and an old key again (skipped);
    and a paper whose key sorts first, so every old edge moves in every file (GraphML's edge ids)."""
    return [
        _fixture_paper("arXiv:2302.00001", "Low-Rank Adaptation (LoRA) for translation (TRAA); TRAA on TRAA data.", [
            ("Low-Rank Adaptation", "Method", {"long_form": "Low-Rank Adaptation", "canonical": "LoRA"}),
            ("LoRA", "Method", {"long_form": "Low-Rank Adaptation"}),
            ("translation", "Task", {"long_form": "translation"}), ("TRAA", "Task", {"long_form": "translation"}),
            ("TRAA", "Task", {}), ("TRAA", "Task", {})]),
        _fixture_paper("arXiv:2302.00002", "Prompt optimization (PO) tunes GPT-2 prompts.", [
            ("Prompt optimization", "Method", {"long_form": "Prompt optimization"}),
            ("PO", "Method", {"long_form": "Prompt optimization"}), ("GPT-2", "Model", {})]),
        _fixture_paper("arXiv:2302.00003", "SQuADv1 (Stanford Question Answering Dataset) is used.", [
            ("SQuADv1", "Dataset", {"long_form": "Stanford Question Answering Dataset"}),
            ("Stanford Question Answering Dataset", "Dataset", {"long_form": "Stanford Question Answering Dataset"})]),
        _fixture_paper("arXiv:2301.00004", "A second record of an old paper: Flan everywhere.", [("Flan", "Model", {})]),
        _fixture_paper("arXiv:2201.00001", "An older paper: beam search for summarization.", [  # its edges come first
            ("beam search", "Method", {}), ("summarization", "Task", {})]),
    ]


def test_graphml_is_what_networkx_writes(tmp_path):
    """The record-by-record GraphML writer gives networkx's bytes: edges in networkx's order,
    key ids in the order it meets attributes, mixed int/float values as doubles, empty aliases."""
    for n, graph in enumerate((_graph(linking_corpus()), _graph(old_papers() + new_papers()))):
        out = tmp_path / str(n)
        out.mkdir()
        GraphMLSink().write(graph, out)
        nx.write_graphml(to_networkx(graph), tmp_path / f"nx{n}.graphml", encoding="utf-8", prettyprint=False)
        assert (out / "graph.graphml").read_bytes() == (tmp_path / f"nx{n}.graphml").read_bytes()
    values = {type(node.properties["value"]) for node in graph.nodes.values() if node.label == "Result"}
    assert values == {float} and b'attr.name="value" attr.type="double"' in (out / "graph.graphml").read_bytes()


@pytest.mark.parametrize("workers", [1, 2])
def test_an_update_that_changes_old_nodes_writes_the_full_build_files(tmp_path, workers):
    old, new = _graph(old_papers()), _graph(old_papers() + new_papers())
    before = {k: (n.name, sorted(n.aliases), n.properties.get("pwc_id")) for k, n in old.nodes.items()}
    after = {k: (n.name, sorted(n.aliases), n.properties.get("pwc_id")) for k, n in new.nodes.items()}
    # the cases the new papers stand for, as linking gives them
    assert before["Method:lora"][1] == [] and after["Method:lora"][1] == ["Low-Rank Adaptation"]
    assert "Method:po" in before and "Method:prompt-optimization" in after and before["Method:po"] != after.get("Method:po")
    assert "Task:translation" in before and "Task:translation" not in after and after["Task:traa"][0] == "TRAA"
    assert before["Dataset:squad-1"][2] is None and after["Dataset:squad-1"][2] == "dataset/squad"
    assert "Model:flan" not in after  # the repeated key was skipped
    _write(old, tmp_path / "old")
    full = tmp_path / "full"
    _write(new, full)
    counters = _write(new, tmp_path / "update", previous=tmp_path / "old", workers=workers)
    assert _files(tmp_path / "update") == _files(full)
    assert set(counters) == set(FILES)
    records = {"nodes.jsonl": len(new.nodes), "edges.jsonl": len(new.edges)}
    for name, counts in counters.items():
        assert "fallback" not in counts, name
        assert counts["reused"] > 0 and counts["written"] > 0
        assert counts["reused"] + counts["written"] == records.get(name, len(new.nodes) + len(new.edges))
    # the index the update wrote serves the next update as a full build's would
    again = _write(new, tmp_path / "again", previous=tmp_path / "update")
    assert _files(tmp_path / "again") == _files(full)
    assert all(c["written"] == 0 for c in again.values())


def test_a_paper_read_again_with_a_venue_is_written_afresh_not_copied(tmp_path):
    """A record digest covers every property: a paper whose input now names its venue, Anthology id
    and DOI (same key) is serialised again in every file, which equal the full build's."""
    papers = old_papers()
    again = [replace(p, record=replace(p.record, venue="ACL 2023", anthology_id="2023.acl-long.7", doi="10.18653/v1/2023.acl-long.7"))
             if p.key == "arXiv:2301.00002" else p for p in old_papers()]
    old, new = _graph(papers), _graph(again)
    assert new.nodes["arXiv:2301.00002"].properties["venue"] == "ACL 2023"
    _write(old, tmp_path / "old")
    _write(new, tmp_path / "full")
    counters = _write(new, tmp_path / "update", previous=tmp_path / "old")
    assert _files(tmp_path / "update") == _files(tmp_path / "full")
    assert b'"venue": "ACL 2023"' in (tmp_path / "update" / "nodes.jsonl").read_bytes()
    assert counters["nodes.jsonl"]["written"] == 1 and counters["edges.jsonl"]["written"] == 0


def test_an_update_falls_back_to_writing_a_file_afresh_and_says_why(tmp_path):
    old, new = _graph(old_papers()), _graph(old_papers() + new_papers())
    _write(old, tmp_path / "old")
    full = tmp_path / "full"
    _write(new, full)
    cases = {
        "no record digests": lambda d: shutil.rmtree(d / REUSE_DIR),
        "digests are unusable": lambda d: (d / REUSE_DIR / "digests.bin").write_bytes(b"{}\n"),
        "changed after it was written": lambda d: (d / "graph.nt").write_bytes((d / "graph.nt").read_bytes() + b"\n"),
        "no record index of graph.cypher": lambda d: (d / REUSE_DIR / "graph.cypher.spans").unlink(),
    }
    for n, (why, spoil) in enumerate(cases.items()):
        previous = tmp_path / f"previous{n}"
        shutil.copytree(tmp_path / "old", previous)
        spoil(previous)
        counters = _write(new, tmp_path / f"update{n}", previous=previous)
        assert _files(tmp_path / f"update{n}") == _files(full), why
        fell_back = {name for name, counts in counters.items() if "fallback" in counts}
        assert fell_back and all(why in counters[name]["fallback"] for name in fell_back), (why, counters)
        assert all(counters[name]["reused"] == 0 for name in fell_back)
        assert fell_back == set(FILES) if n < 2 else len(fell_back) == 1


def test_graphml_is_written_afresh_when_an_attribute_changes_type(tmp_path):
    """A paper with a year, where no old paper had one, adds a GraphML key (the key ids of old
    records may move), so GraphML is written afresh; the other files still copy."""
    old = _graph(old_papers())
    papers = old_papers() + new_papers()
    papers = [replace(p, record=replace(p.record, year=2023)) if p.key == "arXiv:2302.00003" else p for p in papers]
    new = _graph(papers)
    _write(old, tmp_path / "old")
    _write(new, tmp_path / "full")
    counters = _write(new, tmp_path / "update", previous=tmp_path / "old")
    assert _files(tmp_path / "update") == _files(tmp_path / "full")
    assert "another header" in counters["graph.graphml"]["fallback"]
    assert {name for name, c in counters.items() if "fallback" in c} == {"graph.graphml"}


def test_a_fallback_says_why_once(tmp_path):
    """`kg build --update` prints "NAME written afresh: WHY"; WHY saying "written afresh" again
    made the line repeat itself (session 55)."""
    old = _graph(old_papers())
    papers = [replace(p, record=replace(p.record, year=2023)) if p.key == "arXiv:2302.00003" else p
              for p in old_papers() + new_papers()]
    _write(old, tmp_path / "old")
    counters = _write(_graph(papers), tmp_path / "update", previous=tmp_path / "old")
    assert counters["graph.graphml"]["fallback"] == "the previous graph.graphml was written with another header"


def test_a_build_update_reports_what_it_copied_and_what_it_rewrote(tmp_path):
    """Through ``build``: an update copies records and the summary counts them; an update of a
    build that has no record index (an older kg's) rewrites every file and lists them."""
    corpus = tmp_path / "papers.jsonl"
    rows = [{"id": f"2401.0000{i}", "title": f"Paper {i} on LoRA", "abstract": f"We apply LoRA to BERT for question answering on SQuAD, variant {i}."}
            for i in range(1, 6)]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows[:4]), encoding="utf-8")
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps(rows[4]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    build([corpus], out, workers=1)
    bare = tmp_path / "bare"
    shutil.copytree(out, bare)
    shutil.rmtree(bare / REUSE_DIR)
    _, report = build([new], out, update=True, workers=1)
    assert report.rewritten_files == [] and all(c["reused"] > 0 for c in report.reuse.values())
    summary = json.loads((out / "summary.json").read_text())
    assert summary["rewritten_files"] == [] and summary["reuse"]["graph.nt"]["reused"] > 0
    _, report = build([new], bare, update=True, workers=1)
    assert report.rewritten_files == sorted(FILES)
    _, _ = build([corpus, new], tmp_path / "full", workers=1)
    assert _files(out) == _files(tmp_path / "full") == _files(bare)


def test_the_extractor_fingerprint_ignores_comments_and_docstrings_not_code():
    """``--update`` is refused when the extraction code changed; a mended comment or docstring
    changes nothing that runs, so it must not make every earlier build refuse the update."""
    from kg.extraction_store import source_code

    code = b'"""Module doc."""\nimport re  # why\n\n\ndef f(x):\n    """Say why."""\n    # a note\n    return x + 1\n'
    reworded = b'"""Module doc, reworded."""\nimport re\n\ndef f(x):\n    """Say why, better."""\n\n    return x + 1  # moved\n'
    undocumented = b"import re\n\ndef f(x):\n    return x + 1\n"
    changed = b'"""Module doc."""\nimport re  # why\n\n\ndef f(x):\n    """Say why."""\n    return x + 2\n'
    assert source_code(code) == source_code(reworded) == source_code(undocumented)
    assert source_code(code) != source_code(changed)
    assert source_code(b'x = "a string, not a docstring"\n') != source_code(b'x = "another"\n')


def test_the_extractor_fingerprint_is_the_same_from_its_digest_cache(tmp_path, monkeypatch):
    """Stripping the source files for the fingerprint is cached by each raw file's digest
    (``kg.cache``): a cold, a warm and no cache give one fingerprint, and a cached digest of
    other source is never used for a file."""
    import hashlib

    from kg import extraction_store
    from kg.extraction_store import SOURCE_DIGESTS, extractor_fingerprint

    def fingerprint(cache_dir: str) -> str:
        monkeypatch.setenv("KG_CACHE_DIR", cache_dir)
        extractor_fingerprint.cache_clear()
        return extractor_fingerprint()

    try:
        uncached = fingerprint("")
        assert fingerprint(str(tmp_path)) == uncached  # cold: writes the digests
        digests = json.loads((tmp_path / SOURCE_DIGESTS).read_text())
        names = Path(extraction_store.__file__).parent / "names.py"
        assert digests[hashlib.sha256(names.read_bytes()).hexdigest()] == hashlib.sha256(extraction_store.source_code(names.read_bytes())).hexdigest()
        assert fingerprint(str(tmp_path)) == uncached  # warm
        (tmp_path / SOURCE_DIGESTS).write_text(json.dumps({key: "0" * 64 for key in digests}))
        assert fingerprint(str(tmp_path)) != uncached  # the cached digests are what it hashes...
        (tmp_path / SOURCE_DIGESTS).write_text(json.dumps({"0" * 64: value for value in digests.values()}))
        assert fingerprint(str(tmp_path)) == uncached  # ...and only for the raw content they were made from
        (tmp_path / SOURCE_DIGESTS).write_text("{not json")
        assert fingerprint(str(tmp_path)) == uncached and json.loads((tmp_path / SOURCE_DIGESTS).read_text()) == digests
    finally:
        extractor_fingerprint.cache_clear()


# kg modules an extraction loads that cannot change its records: the package, the cache of derived
# data (it memoises, keyed by its own inputs), the error types, the fingerprint's own module, and the
# graph types kg.pwc imports for its linking half.
NOT_DECIDING_EXTRACTION = {"__init__.py", "cache.py", "errors.py", "extraction_store.py", "graph.py"}


def test_every_module_and_data_file_an_extraction_reads_is_in_its_fingerprint():
    """``--update`` reuses extraction records only under the same fingerprint, so whatever decides them must be
    hashed: before session 64 the common-word list (read by the recogniser, the normaliser and now the name fold)
    and the Papers with Code catalogue (its dataset names type names in extraction) were not, and an edit to either
    would have mixed old records with new. A fresh interpreter builds the pipeline and extracts one abstract."""
    import subprocess
    import sys

    from kg import extraction_store

    script = ("import sys, kg\nfrom kg.extract import build_pipeline\n"
              "build_pipeline()('We propose FooNet for question answering. FooNet reaches 91.2% accuracy on SQuAD.')\n"
              "print('\\n'.join(m.__file__ for n, m in list(sys.modules.items()) if n.split('.')[0] == 'kg' and getattr(m, '__file__', None)))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    root = Path(extraction_store.__file__).resolve().parent
    hashed = {p.resolve() for pattern in extraction_store._FINGERPRINTED for p in root.glob(pattern)}
    modules = {Path(m).resolve() for m in loaded}
    assert modules, "the subprocess loaded no kg module"
    unhashed = {str(m.relative_to(root)) for m in modules if m not in hashed}
    assert unhashed <= NOT_DECIDING_EXTRACTION, unhashed - NOT_DECIDING_EXTRACTION
    assert {root / "data" / "common_words.txt", root / "data" / "pwc" / "catalogue.jsonl"} <= hashed
