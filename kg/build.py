"""``kg build`` as a library call: read → extract → link → graph → sinks, returning a report.

This is the one place that strings the stages together; each stage knows nothing of
the others beyond the records it takes and gives.

Extraction runs in-process, in a pool of local worker processes (``kg.parallel``) or on a
Dask cluster (``kg.dask_engine``); every engine hands back the same ``PaperExtraction``
records in input order, and linking sorts by key, so the graph does not depend on the
engine or the number of workers.

Each build also keeps its extraction records in ``extractions.jsonl.gz`` (see
``ExtractionStore``), so that ``update=True`` adds papers to an existing build: old papers
are read back instead of re-extracted, only new ones go through the NLP pipeline, and
everything is linked and written again, which gives the same files as a full rebuild.
"""
from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kg import outdir
from kg.dedupe import TWIN_FREE_VERSION, known_key, new_titles
from kg.errors import EmptyBuildError, InputError
from kg.extras import require_extra
from kg.extract import build_pipeline, extract_papers
from kg.extract.data_files import env_data_dir
from kg.extract.pipeline import PaperExtraction
from kg.extraction_store import EXTRACTIONS_FILE, ExtractionStore
from kg.graph import KnowledgeGraph
from kg.link import Linker
from kg.pwc import pwc_coverage
from kg.parallel import DEFAULT_CHUNK_SIZE, extract_parallel, record_key, slim_record, write_sinks
from kg.read import DEFAULT_LIMITS, ReadLimits, read_records
from kg.sinks import FILE_SINKS, SinkReport
from kg.sinks.reuse import REUSE_DIR, prepare_reuse
from kg.types import Record, Reject

if TYPE_CHECKING:
    from kg.dask_engine import ClusterLinker, DaskSession

OUTPUT_FILES = ("graph.graphml", "graph.ttl", "graph.nt", "nodes.jsonl", "edges.jsonl", "graph.cypher", "summary.json", "rejects.jsonl")
ENGINES = ("local", "dask")


def sample_corpus() -> Path:
    """The bundled sample corpus (247 papers), the default input of ``kg build``."""
    return Path(str(resources.files("kg") / "data" / "corpus" / "hf-papers-opt.txt"))


@dataclass
class BuildReport:
    inputs: list[str]
    out_dir: Path
    records: int = 0
    rejects: int = 0
    duplicates: int = 0
    # fields of kept papers that a duplicate record filled (kg.dedupe), by field name
    merged_duplicate_fields: dict[str, int] = field(default_factory=dict)
    merged_title_twins: int = 0  # of the duplicates, title twins: one paper under another key (kg.dedupe)
    split_title_papers: int = 0  # papers keyed by their title and own id: another paper of a kept title (kg.dedupe)
    papers: int = 0
    tokens: int = 0
    node_counts: dict[str, int] = field(default_factory=dict)
    edge_counts: dict[str, int] = field(default_factory=dict)
    dropped_edges: dict[str, int] = field(default_factory=dict)
    reject_reasons: dict[str, int] = field(default_factory=dict)
    top_entities: dict[str, list] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    peak_memory_mb: float = 0.0
    sinks: list[SinkReport] = field(default_factory=list)
    engine: str = "local"
    workers: int = 1
    update: bool = False
    reused_papers: int = 0  # --update: papers read back from extractions.jsonl.gz, not extracted
    extracted_papers: int = 0  # papers extracted by this run (and kept: duplicates are not)
    peak_worker_memory_mb: float = 0.0  # largest finished child process (pool worker, sink writer)
    pwc_coverage: dict[str, dict] = field(default_factory=dict)  # share of nodes with a Papers with Code id, per label
    # --update: per output file, records copied from the previous build's file and records
    # written, and, where the file was written afresh, why ("fallback")
    reuse: dict[str, dict] = field(default_factory=dict)

    @property
    def rewritten_files(self) -> list[str]:
        """Files an update had to write in full (each with its reason in ``reuse``)."""
        return sorted(name for name, counts in self.reuse.items() if "fallback" in counts)

    def to_dict(self) -> dict[str, Any]:
        extract_s = self.timings.get("extract")
        return {
            "inputs": self.inputs, "out_dir": str(self.out_dir), "records_read": self.records,
            "rejects": self.rejects, "reject_reasons": self.reject_reasons, "duplicate_records": self.duplicates,
            "merged_duplicate_fields": self.merged_duplicate_fields, "merged_title_twins": self.merged_title_twins,
            "split_title_papers": self.split_title_papers,
            "papers": self.papers, "tokens": self.tokens, "nodes": self.node_counts, "edges": self.edge_counts,
            "nodes_total": sum(self.node_counts.values()), "edges_total": sum(self.edge_counts.values()),
            "dropped_edges": self.dropped_edges, "top_entities": self.top_entities,
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
            "papers_per_s": round(self.extracted_papers / extract_s, 1) if extract_s and self.extracted_papers else None,
            "peak_memory_mb": round(self.peak_memory_mb, 1),
            "peak_worker_memory_mb": round(self.peak_worker_memory_mb, 1),
            "engine": self.engine, "workers": self.workers, "update": self.update,
            "reused_papers": self.reused_papers, "extracted_papers": self.extracted_papers,
            "pwc_coverage": self.pwc_coverage,
            **({"reuse": self.reuse, "rewritten_files": self.rewritten_files} if self.update else {}),
            "files": sorted(str(p.name) for s in self.sinks for p in s.files),
        }


def peak_memory_mb(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who).ru_maxrss
    return usage / (1024 * 1024) if sys.platform == "darwin" else usage / 1024


def _reason_class(reason: str) -> str:
    return reason.split(":", 1)[0].split("(", 1)[0].strip()


# ---------------------------------------------------------------------------- rejects


class _Rejects:
    """rejects.jsonl: on update the old lines are kept and a reject already listed (same file,
    line and reason) is not listed twice."""

    def __init__(self, old: Path, new: Path, report: BuildReport, update: bool) -> None:
        self.path, self.report = new, report
        self.known: set[tuple] = set()
        if update and old.is_file():
            shutil.copyfile(old, self.path)
            for line in old.read_text(encoding="utf-8").splitlines():
                try:
                    row = json.loads(line)
                    self.known.add((row["file"], row["line"], row["reason"]))
                except (ValueError, KeyError, TypeError):
                    continue
        self.stream = self.path.open("a" if update else "w", encoding="utf-8")

    def add(self, item: Reject) -> None:
        self.report.rejects += 1
        reason = _reason_class(item.reason)
        self.report.reject_reasons[reason] = self.report.reject_reasons.get(reason, 0) + 1
        row = item.to_dict()
        if (row["file"], row["line"], row["reason"]) in self.known:
            return
        self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.close()


# ---------------------------------------------------------------------------- build


class BuildProgress(Protocol):
    """What a build tells whoever shows its progress: each stage as it starts (``read``,
    ``load model``, ``extract``, ``link``, ``write``), and the papers of ``extract`` with their
    total (the records read; known before extraction starts, so a bar can show an ETA)."""

    def stage(self, name: str) -> None: ...

    def papers(self, items: Iterator, total: int) -> Iterator: ...


def count_records(paths: list[Path], fmt: str | None, limits: ReadLimits = DEFAULT_LIMITS) -> int:
    """Usable records in the inputs (a reading pass, no NLP): the total a progress bar shows."""
    return sum(1 for item in read_records(paths, fmt, limits) if isinstance(item, Record))


def _check_options(engine: str, workers: int | None, scheduler: str | None, update: bool, inputs: list | None) -> None:
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise InputError(f"workers must be at least 1, got {workers}")
    if scheduler and engine != "dask":
        raise InputError("a scheduler address needs the dask engine (--engine dask)")
    if engine == "dask":
        require_extra("dask", "the dask engine (--engine dask)")
    if update and not inputs:
        raise InputError("an update needs the new input files to add")


def build(
    inputs: Iterable[str | Path] | None = None,
    out_dir: str | Path = "out",
    fmt: str | None = None,
    sinks: Iterable[str] = FILE_SINKS,
    batch_size: int = 64,
    progress: BuildProgress | None = None,
    workers: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    update: bool = False,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    partition_bytes: int | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
    force: bool = False,
) -> tuple[KnowledgeGraph, BuildReport]:
    """Build the graph of ``inputs`` (default: the sample corpus) and write it to ``out_dir``.

    ``workers``: extraction processes (``None``: one per core; with a Dask ``scheduler``, the
    cluster's size). ``engine``: "local" (in-process for one worker, else a process pool) or
    "dask" (a LocalCluster of ``workers`` processes, or the cluster at ``scheduler``).
    ``update``: add ``inputs`` to the build in ``out_dir`` without re-extracting its papers.
    ``chunk_size`` (records per pool task) and ``partition_bytes`` (JSONL byte range per Dask
    task) only tune the work split; the output does not depend on them. ``limits``: the
    per-record size limits beyond which a record is rejected (``kg.read.ReadLimits``).
    A build that finds no paper raises ``EmptyBuildError`` and leaves ``out_dir`` as it was,
    unless ``force`` (then an empty graph is written).

    Where worker processes are spawned rather than forked (macOS, Windows), a script that
    calls this with ``workers > 1`` needs the usual ``if __name__ == "__main__":`` guard.
    """
    inputs = list(inputs) if inputs is not None else None
    _check_options(engine, workers, scheduler, update, inputs)
    paths = [Path(p) for p in (inputs or [sample_corpus()])]
    out = Path(out_dir)
    if update and not out.is_dir():
        raise InputError(f"cannot update {out}: no such directory; run a full build first: kg build INPUTS… --out {out}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        outdir.clean_stale(out)
        stage = outdir.stage_dir(out)
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir()
    except OSError as exc:
        raise InputError(f"cannot create output directory {out}: {exc}") from exc
    try:
        with _dask_session(engine, scheduler, workers, paths, fmt) as session:
            graph, report = _build_into(stage, out, inputs, paths, fmt, sinks, batch_size, progress, workers, engine,
                                        session, update, chunk_size, partition_bytes, limits)
        if not report.papers and not force:
            raise EmptyBuildError(_empty_build_message(report, out))
        outdir.commit(stage, out, {*OUTPUT_FILES, EXTRACTIONS_FILE, REUSE_DIR})
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)  # the previous output set stays as it was
        raise
    return graph, report


def _build_into(
    stage: Path, out: Path, inputs: list | None, paths: list[Path], fmt: str | None, sinks: Iterable[str],
    batch_size: int, progress: BuildProgress | None, workers: int | None, engine: str,
    session: DaskSession | None, update: bool, chunk_size: int, partition_bytes: int | None, limits: ReadLimits,
) -> tuple[KnowledgeGraph, BuildReport]:
    """The build proper: reads from ``out`` (an update's old build), writes into ``stage``.
    With a Dask ``session``, extraction and linking run on its cluster."""
    cores = os.cpu_count() or 1
    shown = [str(p) for p in paths] if inputs else [f"the sample corpus ({paths[0].name})"]  # never a checkout's path
    report = BuildReport(inputs=shown, out_dir=out, engine=engine, workers=workers or cores, update=update)
    started = time.perf_counter()
    # The local linker spills papers beside the outputs (on the output's disk); the cluster's
    # keeps them on its workers.
    # Both break tied type votes by the gazetteer the pipeline read: ``--data-dir``'s (``env_data_dir``), else the package's.
    linker: Linker | ClusterLinker = session.linker() if session else Linker(spill_dir=stage, data_dir=env_data_dir())
    store = ExtractionStore(out / EXTRACTIONS_FILE)  # the old build's, read by an update
    if update and session:
        stored = store.read(linker.fills.stored)  # the header is checked here
        linker.twins.expected = _new_titles(store, out, paths, fmt, limits)
        linker.add_stored(stored)
    elif update:
        stored_lines = store.read_lines(linker.fills.stored)
        linker.twins.expected = _new_titles(store, out, paths, fmt, limits)
        for paper, line in stored_lines:
            linker.add(paper, line)
        report.reused_papers = len(linker.keys)
        report.inputs = _merged_inputs(out, report.inputs)
        report.timings["load_extractions"] = time.perf_counter() - started
    linker.twins.expected = None  # every new paper is remembered

    # Papers stream in, are appended to the extraction store and handed to the linker, which
    # keeps their names' statistics and spills the papers to disk until it links them.
    store_tmp = stage / EXTRACTIONS_FILE
    if update:
        store.copy_to(store_tmp)  # an older version's file is rewritten under the current header
    rejects = _Rejects(out / "rejects.jsonl", stage / "rejects.jsonl", report, update)
    total = 0
    if progress:
        progress.stage("read")
        total = count_records(paths, fmt, limits)
    t0 = time.perf_counter()
    try:
        with store.writer(store_tmp, append=update) as store_file:
            if session:
                if progress:
                    progress.stage("load model")  # on each Dask worker, as it takes its first partition
                papers = _dask_papers(session, paths, fmt, batch_size, partition_bytes, linker, rejects, report, limits)
            else:
                papers = _local_papers(paths, fmt, workers or cores, batch_size, chunk_size, linker, rejects, report, limits, progress)
            if progress:
                progress.stage("extract")
                papers = progress.papers(papers, total)
            for paper in papers:
                if isinstance(paper, Reject):  # extraction raised on this record
                    rejects.add(paper)
                    continue
                report.tokens += paper.tokens
                paper = linker.resolve(paper)  # another paper of a kept title: its own key (kg.dedupe)
                line = store.dumps(paper)  # one serialisation, for the store and the linker's spill
                if linker.add(paper, line):
                    report.extracted_papers += 1
                    store_file.write((line + "\n").encode())
    finally:
        rejects.close()
    if update and not report.extracted_papers:  # an update that added nothing: the old file, byte for byte
        store.copy_to(store_tmp)
    report.timings["extract"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    if progress:
        progress.stage("link")
    graph = linker.build()
    report.timings["link"] = time.perf_counter() - t0
    report.duplicates += linker.duplicates
    report.papers = len(linker.keys)
    report.merged_duplicate_fields = dict(sorted(linker.fills.filled.items()))
    report.merged_title_twins = linker.twins.merged
    report.split_title_papers = linker.twins.split
    if linker.fills.new:  # kept for an update, which never sees these duplicates again
        with store.writer(store_tmp, append=True) as store_file:
            store_file.writelines((store.dumps_fill(key, values) + "\n").encode() for key, values in sorted(linker.fills.new.items()))
    del linker  # the graph holds what is needed from here on
    if session:
        session.close()  # its workers have done their part

    t0 = time.perf_counter()
    if progress:
        progress.stage("write")
    reuse = None
    if update:  # unchanged records are copied from the previous files; their digests tell which
        reuse = prepare_reuse(graph, out)
        report.timings["write_digests"] = time.perf_counter() - t0
    for name, sink_report, seconds in write_sinks(graph, stage, sinks, workers=min(workers or cores, cores), reuse=reuse):
        report.sinks.append(sink_report)
        report.timings[f"write_{name}"] = seconds
        report.reuse.update(sink_report.counters.get("reuse", {}))
    report.timings["write"] = time.perf_counter() - t0
    report.timings["total"] = time.perf_counter() - started
    report.node_counts = graph.node_counts()
    report.edge_counts = graph.edge_counts()
    for dropped in graph.dropped:
        report.dropped_edges[dropped.reason] = report.dropped_edges.get(dropped.reason, 0) + 1
    report.top_entities = graph.top_entities()
    report.pwc_coverage = pwc_coverage(graph)
    report.peak_memory_mb = peak_memory_mb()
    report.peak_worker_memory_mb = peak_memory_mb(resource.RUSAGE_CHILDREN)
    summary = stage / "summary.json"
    summary.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return graph, report


def _empty_build_message(report: BuildReport, out: Path) -> str:
    """Why a build found no paper, and that ``out`` keeps what it had."""
    why = f"{report.records} record(s) read, {report.rejects} rejected"
    if report.reject_reasons:
        why += " (" + ", ".join(f"{n} {reason}" for reason, n in sorted(report.reject_reasons.items(), key=lambda x: -x[1])) + ")"
    try:
        before = json.loads((out / "summary.json").read_text(encoding="utf-8")).get("papers")
    except (OSError, ValueError, AttributeError):
        before = None
    kept = f"{out} keeps its previous build ({before} papers)" if before else f"nothing was written to {out}"
    return (f"no papers in {', '.join(report.inputs)}: {why}; {kept}. "
            "Check the inputs and --format, or pass --force to write an empty graph.")


NEW_TITLES_READ = 1000  # new records an update reads first in any case, for their titles (_new_titles)


def _new_titles(store: ExtractionStore, out: Path, paths: list[Path], fmt: str | None, limits: ReadLimits) -> frozenset[int] | None:
    """The new records' titles, which alone an update's stored papers need the twin index for
    (``kg.dedupe.TitleTwins.expected``), if there are at most ``NEW_TITLES_READ`` of them or a
    quarter of the stored papers (else reading them first may cost more than it spares: None,
    every stored paper is indexed);
    None too for a store that may hold title twins (an older format version)."""
    if (store.version or 0) < TWIN_FREE_VERSION:
        return None
    try:
        stored = int(json.loads((out / "summary.json").read_text(encoding="utf-8"))["papers"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return new_titles(read_records(paths, fmt, limits), max(stored // 4, NEW_TITLES_READ))


def _merged_inputs(out: Path, new: list[str]) -> list[str]:
    """The inputs of the build being updated (from its summary.json), then the new ones."""
    try:
        old = json.loads((out / "summary.json").read_text(encoding="utf-8")).get("inputs", [])
    except (OSError, ValueError, AttributeError):
        old = []
    return list(dict.fromkeys([*old, *new]))


def _records(items: Iterable[Record | Reject], linker: Linker, rejects: _Rejects, report: BuildReport) -> Iterator[Record]:
    """Records to extract: rejects are written, and a paper already built is not extracted again
    (what the record has that the paper lacks is offered to it: ``kg.dedupe``)."""
    for item in items:
        if isinstance(item, Reject):
            rejects.add(item)
            continue
        report.records += 1
        linker.fills.file_seen(item.source.path)  # in read order, which ranks duplicates' offers
        if (key := known_key(record_key(item), item, linker.keys, linker.twins.ids)) is not None:
            report.duplicates += 1
            linker.fills.offer_record(key, item)
            continue
        yield slim_record(item)


def _local_papers(
    paths: list[Path], fmt: str | None, workers: int, batch_size: int, chunk_size: int,
    linker: Linker, rejects: _Rejects, report: BuildReport, limits: ReadLimits = DEFAULT_LIMITS,
    progress: BuildProgress | None = None,
) -> Iterator[PaperExtraction | Reject]:
    """In-process extraction, or a process pool when there is more than a pool's first round
    of work (starting workers costs about as much as extracting that round here)."""
    records = _records(read_records(paths, fmt, limits), linker, rejects, report)  # bad paths raise InputError now
    head = list(islice(records, workers * chunk_size if workers > 1 else 1))
    if not head:
        return iter(())  # nothing new (an update with known papers only): no pipeline to load
    if progress:
        progress.stage("load model")  # in this process, or in each pool worker as it starts
    if workers > 1 and len(head) == workers * chunk_size:
        return extract_parallel(chain(head, records), workers, batch_size, chunk_size)
    records = chain(head, records)
    t0 = time.perf_counter()
    nlp = build_pipeline()
    report.timings["load_pipeline"] = time.perf_counter() - t0
    return extract_papers(nlp, records, batch_size=batch_size)


def _dask_session(engine: str, scheduler: str | None, workers: int | None, paths: list[Path], fmt: str | None) -> Any:
    """A build's ``DaskSession`` on the dask engine (bad inputs fail before a cluster starts),
    else a context that gives None."""
    if engine != "dask":
        return contextlib.nullcontext()
    from kg.dask_engine import DaskSession, check_inputs

    check_inputs(paths, fmt)
    return DaskSession(scheduler, workers)


def _dask_papers(
    session: DaskSession, paths: list[Path], fmt: str | None, batch_size: int,
    partition_bytes: int | None, linker: ClusterLinker, rejects: _Rejects, report: BuildReport,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Iterator[PaperExtraction]:
    results = session.extract(
        paths, fmt, batch_size=batch_size, skip_keys=frozenset(linker.keys), partition_bytes=partition_bytes,
        limits=limits, keep=True, skip_ids=linker.twins.ids,
    )
    for result, future in results:
        for item in result.rejects:
            rejects.add(item)
        report.records += result.records
        report.duplicates += result.skipped
        for key, source, values in result.offers:
            linker.fills.offer(key, source, values)
        if future is not None:
            linker.add_partition(result, future)  # its papers stay on the worker for linking
        yield from result.papers
