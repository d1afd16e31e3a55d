"""Local parallelism: extraction in a pool of worker processes, sinks written side by side.

Extraction is the expensive stage and is independent per paper, so records go to worker
processes in small chunks; each worker builds the spaCy pipeline once and sends back plain
``PaperExtraction`` records (no spaCy object crosses a process boundary). Results are
yielded in input order, and linking sorts by key anyway, so N workers give the same graph,
byte for byte, as one.

On Linux the parent loads the pipeline once and forks the workers, which share it
copy-on-write and start in milliseconds; a spawned worker takes longer to import spaCy and
load the pipeline than a worker needs to extract a few hundred papers. The parent drops its
reference once the workers exist. Elsewhere (macOS, where forking is unsafe, and Windows)
workers are spawned and each loads the pipeline in its initializer. spaCy's CPU ops (thinc
with blis) start no threads, so forking a parent that has loaded them is safe. At most
``2 * workers + 1`` chunks are in flight, so reading stays streamed whatever the corpus size.

Writing is the other stage that scales with the corpus: with several workers (on Linux)
every sink writes in its own process, forked from the parent once the graph is built, so the
children see the graph without copying or pickling it. One process per sink rather than one
per worker: the four sinks take unequal times, and letting the OS share the cores among them
ends sooner than any fixed split of four into two (0.90 s against 1.06 s at 4x the sample on
2 cores). Side by side, the writers' working copies add up, so a graph too large for the free
memory is written one sink after the other.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
import traceback
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KGError, SinkError
from kg.processes import die_with_parent, release_freed_memory

if TYPE_CHECKING:  # the parent needs neither spaCy nor the pipeline to hand out work
    from spacy.language import Language

    from kg.extract.pipeline import PaperExtraction
    from kg.graph import KnowledgeGraph
    from kg.sinks import SinkReport
    from kg.sinks.reuse import Reuse
    from kg.types import Record, Reject

DEFAULT_CHUNK_SIZE = 32  # records per task: small enough to balance the tail, big enough to batch
THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")  # one core per process

__all__ = ["DEFAULT_CHUNK_SIZE", "extract_parallel", "record_key", "slim_record", "write_sinks", "worker_pipeline"]


def record_key(record: Record) -> str:
    """The key extraction will give ``record`` (``to_extraction``: normalised title, arXiv id),
    known before any NLP so that papers already built can be skipped."""
    from kg.names import paper_key
    from kg.normalize import normalize_text

    return paper_key(normalize_text(record.title), record.arxiv_id)


def slim_record(record: Record) -> Record:
    """Drop what no later stage reads (``metadata``: the input's leftover fields), so that
    what is kept per paper is what the graph holds, whatever the input carries."""
    record.metadata = {}
    return record

# ---------------------------------------------------------------------------- worker side

_PIPELINE: Language | None = None
_PIPELINE_ERROR: KGError | None = None


def worker_pipeline() -> Language:
    """The pipeline of this process, built on first use and kept (one per worker process).

    Used by the local pool and by Dask workers alike.
    """
    global _PIPELINE, _PIPELINE_ERROR
    if _PIPELINE_ERROR is not None:
        raise _PIPELINE_ERROR
    if _PIPELINE is None:
        from kg.extract import build_pipeline

        try:
            _PIPELINE = build_pipeline()
        except KGError as exc:
            _PIPELINE_ERROR = exc
            raise
    return _PIPELINE


def _init_worker(parent_pid: int | None = None) -> None:
    """Pool initializer: die with the parent, one BLAS thread per process, then load the
    pipeline once.

    A failure is kept and raised by the first task, so it reaches the caller as the
    original KGError instead of a broken pool.
    """
    if parent_pid is not None:
        die_with_parent(parent_pid)
    for name in THREAD_ENV:
        os.environ.setdefault(name, "1")
    try:
        worker_pipeline()
    except KGError:
        pass


def extract_chunk(records: list[Record], batch_size: int) -> list[PaperExtraction | Reject]:
    """Extract one chunk in a worker process with that process's pipeline (a record whose
    extraction raises comes back as a ``Reject``)."""
    from kg.extract import extract_papers

    return list(extract_papers(worker_pipeline(), records, batch_size=batch_size))


# ---------------------------------------------------------------------------- parent side


def start_method() -> str:
    """"fork" on Linux (workers inherit the loaded pipeline), else "spawn"."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(records)
    while chunk := list(islice(it, size)):
        yield chunk


def _results(future: Future) -> list[PaperExtraction]:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise KGError(f"an extraction worker process died ({exc}); out of memory? try fewer --workers") from exc


def extract_parallel(
    records: Iterable[Record], workers: int, batch_size: int = 64, chunk_size: int = DEFAULT_CHUNK_SIZE
) -> Iterator[PaperExtraction]:
    """``extract_papers`` over ``workers`` processes; yields in input order, streaming.

    Worker processes start on the first chunk, so an empty input starts none.
    """
    global _PIPELINE
    if workers < 1:
        raise KGError(f"workers must be at least 1, got {workers}")
    method = start_method()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method), initializer=_init_worker,
                               initargs=(os.getpid(),))
    pending: deque[Future] = deque()
    started = False
    try:
        for chunk in _chunks(records, chunk_size):
            if method == "fork" and not started:
                from kg.extract import build_pipeline

                _PIPELINE = build_pipeline()  # loaded here once: the first submit forks every worker
            pending.append(pool.submit(extract_chunk, chunk, batch_size))
            if method == "fork" and not started:
                _PIPELINE = None  # the parent itself needs no pipeline
            started = True
            while len(pending) > 2 * workers:  # bounded: the reader never runs far ahead
                yield from _results(pending.popleft())
        while pending:
            yield from _results(pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------------------- sinks

# Relative write time of each sink, measured at 4x the sample (cypher 0.61 s, rdf 0.54 s,
# graphml 0.47 s, jsonl 0.07 s); an unknown sink counts as average. Decides which sink the
# parent writes itself when sinks are written side by side.
SINK_COST = {"cypher": 9, "rdf": 7, "graphml": 5, "jsonl": 1}


# Memory a sink writer process adds per graph element: its copy-on-write share of the graph
# and the sink's own working copy (rdflib's graph, networkx's); measured at 16x the sample:
# 310 MB more for 3 writers side by side over 27,776 nodes and edges, ~4 KB each, doubled.
SIDE_BY_SIDE_BYTES_PER_ELEMENT = 8 * 1024


def _room_for_side_by_side(graph: KnowledgeGraph, extra_processes: int) -> bool:
    """Sinks write side by side only while their working memory is small next to the free
    memory; a graph too large for that is written one sink after the other."""
    try:
        free = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return False
    need = (len(graph.nodes) + len(graph.edges)) * SIDE_BY_SIDE_BYTES_PER_ELEMENT * extra_processes
    return need < free // 2


def _lanes(names: Sequence[str], count: int) -> list[list[str]]:
    """Longest-first greedy split of sinks into ``count`` lanes of similar cost (the first
    lane, written by the parent, is the costliest)."""
    lanes: list[list[str]] = [[] for _ in range(count)]
    loads = [0] * count
    for name in sorted(names, key=lambda n: -SINK_COST.get(n, 5)):
        i = loads.index(min(loads))
        lanes[i].append(name)
        loads[i] += SINK_COST.get(name, 5)
    return [lane for lane in lanes if lane]


def _write_lane(graph: KnowledgeGraph, out_dir: Path, names: Sequence[str], reuse: Reuse | None = None) -> list[tuple[str, SinkReport, float]]:
    from kg.sinks import FILE_SINKS, get_sink

    done = []
    for name in names:
        t0 = time.perf_counter()
        sink = get_sink(name)
        report = sink.write(graph, out_dir, reuse=reuse) if reuse is not None and name in FILE_SINKS else sink.write(graph, out_dir)
        release_freed_memory()  # the next sink starts from the graph's size, not this one's peak
        done.append((name, report, time.perf_counter() - t0))
    return done


def _child_lane(graph: KnowledgeGraph, out_dir: Path, names: Sequence[str], conn: Any, parent_pid: int, reuse: Reuse | None) -> None:
    die_with_parent(parent_pid)
    try:
        payload: tuple[str, Any] = ("ok", _write_lane(graph, out_dir, names, reuse))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        payload = ("error", exc if isinstance(exc, KGError) else SinkError(f"writing {', '.join(names)} failed: {exc!r}\n{traceback.format_exc()}"))
    conn.send(payload)
    conn.close()


def write_sinks(graph: KnowledgeGraph, out_dir: Path, names: Iterable[str], workers: int = 1,
                reuse: Reuse | None = None) -> list[tuple[str, SinkReport, float]]:
    """Write ``graph`` with every sink in ``names``; (name, report, seconds) in ``names`` order.
    ``reuse``: an update's previous build, whose unchanged records the file sinks copy.

    With ``workers > 1`` (on Linux, and while the free memory has room for every writer's
    working copy) the costliest sink is written here and every other one by a forked child;
    no sink modifies the graph, so the files are the same as when written one after the other.
    """
    names = list(names)
    count = len(names) if workers > 1 and _room_for_side_by_side(graph, len(names) - 1) else 1
    if count <= 1 or start_method() != "fork":
        return _write_lane(graph, out_dir, names, reuse)
    lanes = _lanes(names, count)
    context = multiprocessing.get_context("fork")
    children = []
    for lane in lanes[1:]:
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_child_lane, args=(graph, out_dir, lane, send, os.getpid(), reuse), daemon=True)
        process.start()
        send.close()
        children.append((lane, process, receive))
    results: dict[str, tuple[str, SinkReport, float]] = {}
    error: BaseException | None = None
    try:
        results.update((name, (name, report, s)) for name, report, s in _write_lane(graph, out_dir, lanes[0], reuse))
    except BaseException as exc:  # the children are still waited for, then this is raised
        error = exc
    for lane, process, receive in children:
        try:
            status, payload = receive.recv()
        except EOFError:
            status, payload = "error", None
        process.join()
        if status == "error":
            error = error or payload or SinkError(f"the process writing {', '.join(lane)} died (exit code {process.exitcode})")
        else:
            results.update((name, (name, report, s)) for name, report, s in payload)
    if error is not None:
        raise error
    return [results[name] for name in names]
