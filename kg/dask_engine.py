"""Extraction on a Dask cluster: partitioned input, one pipeline per worker, ordered merge.

The input is cut into partitions: every file is one, and a large uncompressed JSON Lines
file is also cut into byte ranges that start at line starts. Each Dask task reads its
partition, extracts it with the worker's pipeline (loaded once per worker process by
``PipelinePlugin``) and returns plain records: ``PaperExtraction`` and ``Reject``. The client
takes partition results in input order, so papers, duplicates and rejects come out exactly
as a serial read gives them; it writes the extraction store and keeps the paper keys, while
the papers stay on the workers. Linking runs there too (``ClusterLinker``): pass 1's name
statistics are counted per partition and merged, and pass 2 runs per range of paper keys
after a shuffle, so the same graph as the local linker's is built without any one process
holding every extraction record.

Line numbers of a byte range: a first, cheap pass counts the newlines of every range; a
range's first line is 1 + the newlines before it. The range is then read by the ordinary
JSON Lines reader, with one blank line put in front (a blank line is skipped) so that the
range's first line is not taken for the file's first line (which may carry a BOM).

``kg.build`` imports this module only when the Dask engine is chosen. Workers must be able to import
``kg`` (the same version as the client) and open the input paths: on a real cluster, put
the inputs on storage every node mounts at the same path.
"""
from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from operator import attrgetter, getitem
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from kg.dedupe import DuplicateFills, TitleTwins, is_split_key, known_key, offered_fields, twin_offer
from kg.errors import InputError, KGError
from kg.graph import Edge, KnowledgeGraph, Node, TextFile
from kg.parallel import record_key, slim_record, worker_pipeline
from kg.read import DEFAULT_LIMITS, FORMATS, ReadLimits, read_file
from kg.types import Record, Reject, Source

if TYPE_CHECKING:
    from kg.extract.pipeline import PaperExtraction

__all__ = ["ClusterLinker", "DaskSession", "Partition", "PartitionResult", "count_newlines", "extract_on_dask", "plan_partitions",
           "read_partition"]

MIN_PARTITION_BYTES = 256 * 1024
MAX_PARTITION_BYTES = 64 * 1024 * 1024
PARTITIONS_PER_WORKER = 4  # enough to balance, few enough to keep per-task overhead small
SPLITTABLE = ("jsonl",)  # one record per line; other formats pair lines, have headers or nest
_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class Partition:
    """One task's share of the input: a whole file, or the lines starting in [start, end)."""

    index: int
    name: str  # Source.path, as in a serial read (kg.read.source_name)
    path: str  # absolute path the worker opens
    fmt: str
    start: int = 0
    end: int | None = None  # None: the whole file, through the format's own reader
    first_line: int = 1  # line number of the line starting at ``start``


@dataclass
class PartitionResult:
    index: int
    papers: list[PaperExtraction] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    records: int = 0
    skipped: int = 0  # records whose paper is already in the build (--update)
    offers: list[tuple[str, Source, dict]] = field(default_factory=list)  # what skipped records offer (kg.dedupe)


# ---------------------------------------------------------------------------- planning


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(2) == b"\x1f\x8b"


def _next_line_start(stream: Any, pos: int) -> int:
    """Offset of the first line starting at or after ``pos`` (the file size if none does)."""
    if pos == 0:
        return 0
    stream.seek(pos - 1)
    offset = pos - 1
    while block := stream.read(_BLOCK):
        newline = block.find(b"\n")
        if newline >= 0:
            return offset + newline + 1
        offset += len(block)
    return offset


def _planned(paths: Iterable[str | Path], fmt: str | None) -> list[tuple[Path, str, str] | Reject]:
    """(file, format) in the order ``read_records`` reads them (directories expanded, sorted),
    and a Reject for each file of a directory that cannot be read."""
    from kg.read import _checked_format, _plan  # the serial reader's own planning, so both agree

    _checked_format(fmt)
    return [planned for path in paths for planned in _plan(Path(path), fmt)]


def _planned_files(paths: Iterable[str | Path], fmt: str | None) -> list[tuple[Path, str, str]]:
    return [p for p in _planned(paths, fmt) if not isinstance(p, Reject)]


def plan_partitions(
    paths: Iterable[str | Path], fmt: str | None = None, partition_bytes: int | None = None, workers: int = 1
) -> list[Partition]:
    """Partitions of the inputs in read order. Byte ranges get ``first_line`` 1 until counted
    (``count_newlines`` / ``with_line_numbers``)."""
    files = _planned_files(paths, fmt)
    if partition_bytes is None:
        total = sum(path.stat().st_size for path, _, _ in files)
        partition_bytes = min(MAX_PARTITION_BYTES, max(MIN_PARTITION_BYTES, total // max(1, workers * PARTITIONS_PER_WORKER)))
    parts: list[Partition] = []
    for path, file_fmt, name in files:
        absolute = str(path.resolve())
        size = path.stat().st_size
        if file_fmt not in SPLITTABLE or size <= partition_bytes or _is_gzip(path):
            parts.append(Partition(len(parts), name, absolute, file_fmt))
            continue
        with path.open("rb") as stream:
            bounds = sorted({_next_line_start(stream, b) for b in range(0, size, partition_bytes)} | {size})
        for start, end in zip(bounds, bounds[1:]):
            parts.append(Partition(len(parts), name, absolute, file_fmt, start, end))
    return parts


def count_newlines(path: str, start: int, end: int) -> int:
    with open(path, "rb") as stream:
        stream.seek(start)
        count, left = 0, end - start
        while left > 0 and (block := stream.read(min(_BLOCK, left))):
            count += block.count(b"\n")
            left -= len(block)
    return count


def with_line_numbers(parts: list[Partition], counts: dict[int, int]) -> list[Partition]:
    """Set each byte range's ``first_line`` from the newline counts of the ranges before it."""
    out, lines_before = [], 0
    for part in parts:
        if part.end is None:
            out.append(part)
            continue
        if part.start == 0:  # a file's first range
            lines_before = 0
        out.append(replace(part, first_line=lines_before + 1))
        lines_before += counts[part.index]
    return out


# ---------------------------------------------------------------------------- reading


class _RangeLines:
    """The lines of a file that start in [start, end), after an optional blank line."""

    def __init__(self, path: str, start: int, end: int, blank_first: bool) -> None:
        self.path, self.start, self.end = path, start, end
        self._stream: Any = None
        self._pos = start
        self._blank_pending = blank_first
        self._at_line_start = True  # a line that starts before ``end`` is read to its end

    def readline(self, size: int = -1) -> bytes:
        """Like a file's ``readline(size)``, within the range (readers bound every line)."""
        if self._blank_pending:
            self._blank_pending = False
            return b"\n"
        if self._stream is None:
            self._stream = open(self.path, "rb")
            self._stream.seek(self.start)
        if self._pos >= self.end and self._at_line_start:
            self._stream.close()
            return b""
        line = self._stream.readline(size)
        self._pos += len(line)
        self._at_line_start = line.endswith(b"\n")
        if not line:
            self._stream.close()
        return line

    def __iter__(self) -> Iterator[bytes]:
        return iter(lambda: self.readline(), b"")


def read_partition(part: Partition, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Record | Reject]:
    """Records and Rejects of one partition, with the same Source (path, line) as a serial read."""
    if part.end is None:
        items: Iterator[Record | Reject] = read_file(part.path, part.fmt, limits)
        shift = 0
    else:
        blank_first = part.first_line > 1
        items = FORMATS[part.fmt](_RangeLines(part.path, part.start, part.end, blank_first), part.name, limits)  # type: ignore[arg-type]
        shift = part.first_line - 2 if blank_first else 0
    for item in items:
        if shift or item.source.path != part.name:
            item.source = Source(part.name, item.source.line + shift)
        yield item


# ---------------------------------------------------------------------------- worker side


class PipelinePlugin(WorkerPlugin):
    """Dask worker plugin: load kg's pipeline when a worker starts, once per process."""

    idempotent = True
    name = "kg-pipeline"

    def setup(self, worker: Any) -> None:
        try:
            worker_pipeline()
        except KGError:
            pass  # kept by worker_pipeline() and raised by the first task, with its message

    def teardown(self, worker: Any) -> None:
        pass


def extract_partition(part: Partition, batch_size: int = 64, skip_keys: frozenset[str] | None = None,
                      limits: ReadLimits = DEFAULT_LIMITS, skip_ids: dict[str, str] | None = None) -> PartitionResult:
    """One Dask task: read a partition and extract its records with this worker's pipeline.
    ``skip_keys``: papers already built, not extracted again (``kg.dedupe.known_key``, with
    ``skip_ids``: their own ids, by title key)."""
    from kg.extract import extract_papers

    result = PartitionResult(part.index)

    def records() -> Iterator[Record]:
        for item in read_partition(part, limits):
            if isinstance(item, Reject):
                result.rejects.append(item)
                continue
            result.records += 1
            if skip_keys and (key := known_key(record_key(item), item, skip_keys, skip_ids or {})) is not None:
                result.skipped += 1
                if values := offered_fields(item):
                    result.offers.append((key, item.source, values))
                continue
            yield slim_record(item)

    for item in extract_papers(worker_pipeline(), records(), batch_size=batch_size):
        if isinstance(item, Reject):  # its extraction raised: reported, the partition goes on
            result.rejects.append(item)
        else:
            result.papers.append(item)
    return result


# ---------------------------------------------------------------------------- client side


def _connect(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as exc:
            raise KGError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
        host="127.0.0.1", dashboard_address=None,
    )
    return Client(cluster), cluster


def _cluster_threads(client: Any) -> int:
    return sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values()) or 1


def check_inputs(paths: Iterable[str | Path], fmt: str | None) -> None:
    """Missing files and unknown formats raise InputError (before any cluster starts)."""
    _planned_files(paths, fmt)


class DaskSession:
    """One build's Dask client, for extraction and then linking on the same workers:
    ``scheduler`` is a running cluster's address (``tcp://host:8786``); without it a
    LocalCluster of ``workers`` processes is started, and closed with the session."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        self.scheduler, self.workers = scheduler, workers
        self.client: Any = None
        self.cluster: Any = None

    def __enter__(self) -> DaskSession:
        self.client, self.cluster = _connect(self.scheduler, self.workers)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None

    def linker(self) -> ClusterLinker:
        return ClusterLinker(self)

    def extract(
        self, paths: list[str | Path], fmt: str | None = None, batch_size: int = 64, skip_keys: Iterable[str] = (),
        partition_bytes: int | None = None, limits: ReadLimits = DEFAULT_LIMITS, keep: bool = False,
        skip_ids: dict[str, str] | None = None,
    ) -> Iterator[tuple[PartitionResult, Any]]:
        """(partition result, its future) in input order; the future is None unless ``keep``
        (then the result stays on its worker until the future is released). ``skip_ids``: the
        own ids of the ``skip_keys`` papers, by title key (``kg.dedupe.known_key``)."""
        check_inputs(paths, fmt)
        skipped = [p for p in _planned(paths, fmt) if isinstance(p, Reject)]  # unreadable files of a directory
        client = self.client
        try:
            client.register_plugin(PipelinePlugin(), name=PipelinePlugin.name)
            parts = plan_partitions(paths, fmt, partition_bytes, self.workers or _cluster_threads(client))
            ranges = [p for p in parts if p.end is not None]
            if ranges:
                counted = client.gather(client.map(count_newlines, [p.path for p in ranges], [p.start for p in ranges], [p.end for p in ranges], pure=False))
                parts = with_line_numbers(parts, {p.index: n for p, n in zip(ranges, counted)})
            keys = frozenset(skip_keys)
            keys_arg = client.scatter([keys], broadcast=True)[0] if keys else None  # a set would be scattered item by item
            ids_arg = client.scatter([dict(skip_ids)], broadcast=True)[0] if keys and skip_ids else None
            if skipped:
                yield PartitionResult(-1, rejects=skipped), None
            yield from _ordered(client, client.map(extract_partition, parts, batch_size=batch_size, skip_keys=keys_arg, limits=limits, skip_ids=ids_arg, pure=False), keep)
        except OSError as exc:
            raise InputError(f"cannot read the input: {exc}") from exc


def extract_on_dask(
    paths: Iterable[str | Path],
    fmt: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 64,
    skip_keys: Iterable[str] = (),
    partition_bytes: int | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Iterator[PartitionResult]:
    """Partition results in input order. ``scheduler``: address of a running cluster
    (``tcp://host:8786``); without it a LocalCluster of ``workers`` processes is started and
    closed. Bad inputs raise InputError before any cluster starts."""
    paths = list(paths)
    check_inputs(paths, fmt)  # fail fast on missing files and unknown formats
    with DaskSession(scheduler, workers) as session:
        for result, _ in session.extract(paths, fmt, batch_size, skip_keys, partition_bytes, limits):
            yield result


def _ordered(client: Any, futures: list[Any], keep: bool = False) -> Iterator[tuple[PartitionResult, Any]]:
    """Results as they complete, handed on in partition order (with their futures if ``keep``)."""
    from distributed import as_completed

    waiting: dict[int, tuple[PartitionResult, Any]] = {}
    next_index = 0
    for future in as_completed(futures):
        result: PartitionResult = future.result()
        if not keep:
            future.release()
        waiting[result.index] = (result, future if keep else None)
        while next_index in waiting:
            yield waiting.pop(next_index)
            next_index += 1


# ---------------------------------------------------------------------------- linking


STORED_CHUNK = 5000  # papers of an update's old build sent to the workers at a time


class ClusterLinker:
    """``kg.link.Linker`` for the Dask engine: papers stay on the workers, which count pass 1's
    name statistics per partition and run pass 2 per range of paper keys.

    The client keeps what decides which records count: the paper keys (the first record of a
    key, in input order, is kept; a repeat is counted) and, per partition, the records it
    drops. ``build`` merges the workers' ``NameStats``, names the nodes (pass 1, which needs
    only those), sends the naming to every worker, shuffles the kept papers into key ranges
    and adds each range to a graph of its own; the client joins the ranges in key order,
    which gives the graph, node and edge order included, that the local linker builds.
    """

    def __init__(self, session: DaskSession) -> None:
        self.session = session
        self.keys: set[str] = set()
        self.duplicates = 0
        self.fills = DuplicateFills()  # what duplicates offer their kept papers (kg.dedupe)
        self.twins = TitleTwins()  # kept papers by title, for title twins (kg.dedupe)
        self.parts: list[list] = []  # [future of list[PaperExtraction], records seen, indices dropped, {index: key resolved}]

    def start_partition(self, papers: Any) -> None:
        """The papers ``add`` is given next are those of ``papers`` (a future of the list), in order."""
        self.parts.append([papers, 0, set(), {}])

    def add_partition(self, result: PartitionResult, future: Any) -> None:
        """A kept extraction result: its papers stay on the worker (the rest is let go)."""
        self.start_partition(self.session.client.submit(_result_papers, future, pure=False))
        future.release()

    def add_stored(self, papers: Iterable[PaperExtraction]) -> int:
        """Papers the client reads (an update's old build), sent to the workers in chunks."""
        count = 0
        for chunk in _chunks(papers, STORED_CHUNK):
            [future] = self.session.client.scatter([chunk])
            self.start_partition(future)
            count += sum(self.add(paper) for paper in chunk)
        return count

    def add(self, paper: PaperExtraction, line: str | None = None) -> bool:
        part = self.parts[-1]
        index, part[1] = part[1], part[1] + 1
        paper = self.resolve(paper)  # kg.build resolves it first: the store's line has its key
        if is_split_key(paper.key):
            part[3][index] = paper.key  # the worker's copy has the title's key: _split_by_key gives it this one
        if paper.key in self.keys:
            self.duplicates += 1
            self.fills.offer_record(paper.key, paper.record)
            part[2].add(index)
            return False
        if (kept := self.twins.twin_of(paper)) is not None:  # as kg.link.Linker.add
            self.duplicates += 1
            self.fills.offer(kept, paper.record.source, twin_offer(paper.record))
            part[2].add(index)
            return False
        self.keys.add(paper.key)
        return True

    def resolve(self, paper: PaperExtraction) -> PaperExtraction:
        """As ``kg.link.Linker.resolve``."""
        return self.twins.resolve(paper, self.keys)

    def build(self) -> KnowledgeGraph:
        from kg import pwc
        from kg.extract.data_files import data_dir_or_default, env_data_dir
        from kg.link import NameStats, ensure_paper_edges, fold_name, gazetteer_labels, name_nodes

        client = self.session.client
        graph, catalogue = KnowledgeGraph(texts=TextFile()), pwc.load_catalogue()
        parts = [(papers, frozenset(dropped), keyed) for papers, _, dropped, keyed in self.parts]
        stats, data_dir = NameStats(), env_data_dir()  # ``kg build --data-dir``'s gazetteer, else the package's
        for future in [client.submit(_name_stats, papers, dropped, data_dir, pure=False) for papers, dropped, _ in parts]:
            stats.update(future.result())
            future.release()
        # the gazetteer the pipelines read breaks tied votes: ``kg build --data-dir``'s, else the package's
        naming = name_nodes(stats, graph, catalogue, gazetteer_labels(data_dir_or_default(data_dir)))
        del stats
        fold_name.cache_clear()  # as the local linker does once named: the cache is only for speed
        bounds = _key_bounds(self.keys, max(1, len(parts)))
        naming_f, entities_f, fills_f = client.scatter([naming, dict(graph.nodes), self.fills], broadcast=True)
        splits = [client.submit(_split_by_key, papers, dropped, bounds, keyed, pure=False) for papers, dropped, keyed in parts]
        ranges = [client.submit(_link_range, naming_f, entities_f, fills_f, *[client.submit(getitem, s, r, pure=False) for s in splits], pure=False)
                  for r in range(len(bounds) + 1)]
        self.parts, parts, splits = [], [], []  # the ranges hold what they need
        for future in ranges:
            nodes, edges, dropped, filled = future.result()
            future.release()
            for key, new in filled:
                self.fills.note(key, new)
            for node in nodes:
                graph.insert_node(node)
            for edge in edges:
                for evidence in edge.evidence:
                    graph.add_edge(edge.source, edge.type, edge.target, evidence)
            graph.dropped.extend(dropped)
        ensure_paper_edges(graph)
        pwc.link_catalogue(graph, catalogue)
        return graph


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _key_bounds(keys: Iterable[str], ranges: int) -> list[str]:
    """Keys that cut the sorted keys into ``ranges`` ranges of about equal size."""
    ordered = sorted(keys)
    return sorted({ordered[i * len(ordered) // ranges] for i in range(1, ranges)}) if ordered else []


def _result_papers(result: PartitionResult) -> list[PaperExtraction]:
    return result.papers


def _name_stats(papers: list[PaperExtraction], dropped: frozenset[int], data_dir: str | None = None) -> Any:
    """Pass 1's statistics of one partition's kept papers (a Dask task); ``data_dir``: the client's
    ``kg build --data-dir``, which a worker's environment may not carry."""
    from kg.link import NameStats, fold_name

    stats = NameStats()
    for index, paper in enumerate(papers):
        if index not in dropped:
            stats.add(paper, data_dir)
    fold_name.cache_clear()  # a worker lives on after its tasks; the cache is only for speed
    return stats


def _split_by_key(papers: list[PaperExtraction], dropped: frozenset[int], bounds: list[str],
                  keyed: dict[int, str] | None = None) -> list[list[PaperExtraction]]:
    """One partition's kept papers, by key range (a Dask task: the shuffle's first half);
    ``keyed``: the papers the client keyed by title and own id (``kg.dedupe.TitleTwins.resolve``)."""
    pieces: list[list[PaperExtraction]] = [[] for _ in range(len(bounds) + 1)]
    for index, paper in enumerate(papers):
        if index not in dropped:
            if keyed and index in keyed:
                paper = replace(paper, key=keyed[index])
            pieces[bisect_right(bounds, paper.key)].append(paper)
    return pieces


def _link_range(naming: Any, entities: dict[str, Node], fills: DuplicateFills,
                *pieces: list[PaperExtraction]) -> tuple[list[Node], list[Edge], list[Any], list[tuple[str, dict]]]:
    """Pass 2 for one key range, in key order, on a graph that starts with the entity nodes;
    the new nodes, the edges and the dropped edges, in the order they came, and the fields
    duplicates filled, per paper key (a Dask task)."""
    from kg.link import add_paper, fold_name

    graph = KnowledgeGraph()
    graph.nodes.update(entities)
    filled = []
    for paper in sorted((p for piece in pieces for p in piece), key=attrgetter("key")):
        paper, new = fills.apply(paper)
        if new:
            filled.append((paper.key, new))
        add_paper(graph, naming.settle(paper), naming)
    fold_name.cache_clear()
    return list(graph.nodes.values())[len(entities):], list(graph.edges.values()), graph.dropped, filled
