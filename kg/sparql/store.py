"""The Oxigraph store behind ``kg serve``, and the worker processes that query it.

Loading
    ``prepare_store(out_dir)`` keeps an Oxigraph (RocksDB) store in ``OUTDIR/oxigraph``. It
    holds ``graph.nt`` in the default graph and ``schemas/ontology.ttl`` in the named graph
    ``ONTOLOGY_GRAPH``, and the facts derived from it (``kg.sparql.derived``): co-occurrence
    counts in ``CO_OCCURRENCE_GRAPH``, lower-cased names, paper counts and ranks in
    ``ENTITY_FACTS_GRAPH``. A fingerprint (SHA-256 of both files, the pyoxigraph version,
    the store layout and the version of the derived counts) is kept in
    ``OUTDIR/oxigraph/kg-fingerprint.json``; the next start reuses
    the store unchanged when the fingerprint matches and reloads it (into a fresh directory,
    swapped in atomically) when ``graph.nt`` changed. Updates accepted with
    ``--allow-update`` persist in the store until ``graph.nt`` changes; they do not change
    the derived counts.

Querying
    Queries run in a small pool of worker processes (``QueryPool``), each holding the store
    open read-only. A process, unlike a thread, can be stopped: a query still running at
    the timeout has its worker killed and replaced, so a runaway query costs at most
    ``timeout`` seconds of one core. The same isolation contains what a thread could not:
    Oxigraph evaluates deeply nested or very long queries recursively, and a worker runs
    them on a 512 MiB stack (with a nesting-depth check and a size cap in front) so that
    even a crash would take one worker, never the server. Updates (only with
    ``--allow-update``) wait until no query runs, close the read-only handles, run in one
    worker that opens the store for writing, and are one transaction: a killed update
    changes nothing.
"""
from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError, KGError
from kg.outdir import build_fingerprint, file_digest
from kg.schema import schema_file
from kg.sparql import policy
from kg.sparql.derived import DERIVED_VERSION, add_co_occurrence, add_entity_facts

log = logging.getLogger("kg.sparql")

STORE_DIR = "oxigraph"
FINGERPRINT_FILE = "kg-fingerprint.json"
LAYOUT_VERSION = 1
ONTOLOGY_GRAPH = "https://w3id.org/kg-ml/ontology"
WORKER_STACK_MB = 512
MAX_NESTING = 200

PREFIXES = {
    "kgo": "https://w3id.org/kg-ml/ontology#", "kgr": "https://w3id.org/kg-ml/resource/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/", "prov": "http://www.w3.org/ns/prov#", "schema": "https://schema.org/",
    "owl": "http://www.w3.org/2002/07/owl#", "mls": "http://www.w3.org/ns/mls#",
}


class StoreError(KGError):
    """The Oxigraph store cannot be prepared or opened."""


class QueryTimeout(KGError):
    """A query or update ran past the endpoint's timeout and was stopped."""


class Busy(KGError):
    """No query worker became free within the timeout."""


class WorkerCrash(KGError):
    """A query worker died while running a request."""


# --- the store on disk -----------------------------------------------------------------

def ontology_path() -> Path | None:
    """``schemas/ontology.ttl`` (from the checkout, or the copy in the package's data)."""
    path = schema_file("ontology.ttl")
    return path if path.exists() else None


def fingerprint(out_dir: Path, ontology: Path | None) -> dict[str, Any]:
    """What the store was loaded from; equal fingerprints mean the store is up to date."""
    return {
        "layout": LAYOUT_VERSION, "pyoxigraph": ox.__version__, "derived": DERIVED_VERSION,
        **build_fingerprint(Path(out_dir), ("graph.nt",)), "ontology.ttl": file_digest(ontology) if ontology else None,
    }


@dataclass
class StoreInfo:
    """What ``prepare_store`` found or did."""

    path: Path
    reloaded: bool
    reason: str
    triples: int
    ontology_triples: int
    load_seconds: float
    updates: int = 0
    fingerprint: dict[str, Any] = field(default_factory=dict)
    derived_triples: int = 0      # in CO_OCCURRENCE_GRAPH
    derive_seconds: float = 0.0   # part of load_seconds, both derived graphs
    entity_fact_triples: int = 0  # in ENTITY_FACTS_GRAPH

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["path"] = str(self.path)
        return d


@contextmanager
def _locked(out_dir: Path):
    """One loader at a time per build directory (two ``kg serve`` starting together).

    The lock is on the directory itself, so nothing (no ``.oxigraph.lock``) is left behind.
    """
    fd = os.open(out_dir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        (out_dir / ".oxigraph.lock").unlink(missing_ok=True)  # the lock file of kg before 0.1.1
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _read_meta(store_dir: Path) -> dict[str, Any] | None:
    try:
        return json.loads((store_dir / FINGERPRINT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_meta(store_dir: Path, meta: dict[str, Any]) -> None:
    tmp = store_dir / (FINGERPRINT_FILE + ".tmp")
    tmp.write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, store_dir / FINGERPRINT_FILE)


def _count(store: ox.Store, graph: str | None = None) -> int:
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}" if graph else \
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    return int(next(iter(store.query(q)))[0].value)


def prepare_store(out_dir: str | Path, *, force: bool = False, ontology: Path | None = None) -> StoreInfo:
    """Make ``OUTDIR/oxigraph`` hold the build's RDF; load only when the fingerprint changed.

    Raises ``InputError`` when ``OUTDIR/graph.nt`` is missing and ``StoreError`` when
    Oxigraph refuses the data or the directory.
    """
    out_dir = Path(out_dir)
    nt = out_dir / "graph.nt"
    if not nt.is_file():
        raise InputError(f"{nt} not found: serve a build directory, e.g. `kg build --out {out_dir}` first")
    ontology = ontology if ontology is not None else ontology_path()
    store_dir = out_dir / STORE_DIR
    with _locked(out_dir):
        want = fingerprint(out_dir, ontology)
        meta = _read_meta(store_dir)
        if meta and not force and meta.get("fingerprint") == want:
            try:
                ox.Store.read_only(str(store_dir))  # opens and closes: the store is usable
            except OSError as exc:
                reason = f"existing store unreadable ({exc})"
            else:
                return StoreInfo(store_dir, False, "graph.nt unchanged", meta["triples"], meta["ontology_triples"],
                                 0.0, meta.get("updates", 0), want, meta.get("derived_triples", 0),
                                 entity_fact_triples=meta.get("entity_fact_triples", 0))
        else:
            reason = ("forced" if force else "no store yet" if not meta else
                      "graph.nt changed" if meta.get("fingerprint", {}).get("graph.nt") != want["graph.nt"] else
                      "ontology, store version or derived counts changed")
        if meta and meta.get("updates"):
            log.warning("reloading %s: %d update(s) made with --allow-update are discarded", store_dir, meta["updates"])
        start = time.perf_counter()
        tmp_dir = out_dir / f".{STORE_DIR}.loading-{os.getpid()}"
        shutil.rmtree(tmp_dir, ignore_errors=True)
        try:
            store = ox.Store(str(tmp_dir))
            store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
            if ontology:
                store.bulk_load(path=str(ontology), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
            derived = add_co_occurrence(store)
            facts = add_entity_facts(store)
            store.flush()
            triples = _count(store)
            onto_triples = _count(store, ONTOLOGY_GRAPH) if ontology else 0
            del store  # closes RocksDB before the directory moves
        except (OSError, SyntaxError, ValueError) as exc:
            shutil.rmtree(tmp_dir, ignore_errors=True)
            raise StoreError(f"cannot load {nt} into Oxigraph: {exc}") from exc
        seconds = time.perf_counter() - start
        _write_meta(tmp_dir, {"fingerprint": want, "triples": triples, "ontology_triples": onto_triples,
                              "derived_triples": derived.triples, "entity_fact_triples": facts.triples,
                              "derive_seconds": round(derived.seconds + facts.seconds, 3),
                              "entity_facts_seconds": round(facts.seconds, 3),
                              "loaded_at": time.time(), "load_seconds": round(seconds, 3), "updates": 0})
        old = out_dir / f".{STORE_DIR}.old-{os.getpid()}"
        if store_dir.exists():
            os.replace(store_dir, old)
        os.replace(tmp_dir, store_dir)
        shutil.rmtree(old, ignore_errors=True)
        return StoreInfo(store_dir, True, reason, triples, onto_triples, seconds, 0, want, derived.triples,
                         derived.seconds + facts.seconds, facts.triples)


def record_update(store_dir: Path, triples: int) -> None:
    """Note in the fingerprint file that the store now differs from graph.nt."""
    meta = _read_meta(store_dir) or {}
    meta["updates"] = int(meta.get("updates", 0)) + 1
    meta["triples"] = triples
    _write_meta(store_dir, meta)


# --- what a query may contain -----------------------------------------------------------

_TOKENS = re.compile(r'''
    (?P<comment>\#[^\n\r]*)
  | (?P<lstring>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\')
  | (?P<string>"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
  | (?P<var>[?$][^\s(){}\[\];,.<>=!&|+*/^"'#]*)
  | (?P<pname>[^\s(){}\[\];,<>"'\#?$]*:[^\s(){}\[\];,<>"'\#]*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<open>[({\[])
  | (?P<close>[)}\]])
''', re.VERBOSE | re.DOTALL)


@dataclass(frozen=True)
class QueryScan:
    """Keywords and nesting of a query or update, outside strings, IRIs and comments."""

    depth: int
    keywords: frozenset[str]

    @property
    def federated(self) -> bool:
        """``SERVICE`` (query) or ``LOAD`` (update): the engine would make HTTP requests."""
        return bool(self.keywords & {"SERVICE", "LOAD"})


_WATCHED = {"SERVICE", "LOAD"}


def scan_query(text: str) -> QueryScan:
    """Tokenise just enough to find nesting depth and the keywords that reach the network.

    A fast first look, before a request is queued; what decides is ``kg.sparql.policy``
    (a real parser, in the worker) and the worker's network sandbox. IRIs may hold ``\\u``
    escapes (``<http://x/\\u0041'>`` is one IRI, not the start of a string).
    """
    depth = deepest = 0
    keywords = set()
    for m in _TOKENS.finditer(text):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "word":
            word = m.group().upper()
            if word in _WATCHED:
                keywords.add(word)
    return QueryScan(deepest, frozenset(keywords))


# --- the worker process -----------------------------------------------------------------

def _error(status: int, message: str) -> dict[str, Any]:
    return {"status": status, "error": message}


def _named(values: list[str]) -> list[ox.NamedNode]:
    return [ox.NamedNode(v) for v in values]


def execute_query(store: ox.Store, msg: dict[str, Any]) -> dict[str, Any]:
    """Check one query against the policy, run it and write its result in the negotiated
    format (pure of HTTP).

    Oxigraph's ``QuerySolutions``/``QueryTriples`` are PyO3 ``unsendable``: only the thread
    that made one may free it (on another thread PyO3 leaks it and prints "is unsendable, but
    is being dropped on another thread"). rdflib's parser in ``policy.check`` leaves reference
    cycles (pyparsing keeps caught exceptions in its frames) that reach this frame through
    ``f_back`` and keep its locals until the garbage collector runs, which may be on another
    thread (a worker's main thread at exit). So the result is let go here, in ``finally``.
    """
    from kg.sparql import negotiation as neg

    try:
        policy.check(msg["query"], "query", bool(msg.get("allow_network")))
    except policy.PolicyError as exc:
        return _error(exc.status, str(exc))
    kwargs: dict[str, Any] = {}
    try:
        if msg.get("default_graphs"):
            kwargs["default_graph"] = _named(msg["default_graphs"])
        if msg.get("named_graphs"):
            kwargs["named_graphs"] = _named(msg["named_graphs"])
    except ValueError as exc:
        return _error(400, f"bad graph IRI in default-graph-uri / named-graph-uri: {exc}")
    result = None
    try:
        try:
            result = store.query(msg["query"], **kwargs)
        except SyntaxError as exc:
            return _error(400, f"SPARQL syntax error: {exc}")
        except ValueError as exc:
            return _error(400, f"query cannot be evaluated: {exc}")
        kind = neg.GRAPH if isinstance(result, ox.QueryTriples) else neg.RESULTS
        fmt = neg.negotiate(kind, msg.get("accept"), msg.get("format"))
        if fmt is None:
            return _error(406, f"cannot answer a {'CONSTRUCT/DESCRIBE' if kind == neg.GRAPH else 'SELECT/ASK'} query "
                               f"with {msg.get('accept')!r}; acceptable: {', '.join(neg.supported_media_types(kind))}")
        max_rows = msg.get("max_rows")
        try:
            if isinstance(result, ox.QueryBoolean):
                written = neg.write_boolean(fmt, bool(result))
            elif isinstance(result, ox.QuerySolutions):
                written = neg.write_solutions(fmt, [v.value for v in result.variables], result, max_rows)
            else:
                written = neg.write_triples(fmt, result, max_rows, PREFIXES)
        except (OSError, ValueError) as exc:  # evaluation errors surface while iterating
            return _error(500 if isinstance(exc, OSError) else 400, f"query evaluation failed: {exc}")
    finally:
        result = None  # freed now, on this thread (see the docstring), whoever keeps this frame
    return {"status": 200, "content_type": fmt.content_type, "format": fmt.name, "body": written.body,
            "rows": written.rows, "truncated": written.truncated}


class _WorkerState:
    def __init__(self, store_dir: str):
        self.store_dir = store_dir
        self.store: ox.Store | None = None

    def reader(self) -> ox.Store:
        if self.store is None:
            self.store = ox.Store.read_only(self.store_dir)
        return self.store

    def close(self) -> None:
        self.store = None


# Run once by each worker before it reports ready. The first query a process runs imports
# rdflib's grammar for the policy check and the result writers (0.12 s on a quiet machine,
# 0.5-0.7 s under load); paid on a request, it made the first query of a replacement worker
# count as long (``slow_after``) and be stopped as one.
WARM_UP_QUERY = "ASK { ?s ?p ?o }"


def _worker_loop(conn, store_dir: str, sandbox_problem: str | None = None) -> None:
    sys.setrecursionlimit(200_000)  # the SPARQL grammar is recursive; this thread has a 512 MiB stack
    state = _WorkerState(store_dir)
    try:
        execute_query(state.reader(), {"query": WARM_UP_QUERY})
        conn.send({"status": 200, "ready": os.getpid(), "sandbox": sandbox_problem})
    except OSError as exc:
        conn.send(_error(500, f"cannot open store {store_dir}: {exc}"))
        return
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        op = msg.get("op")
        try:
            if op == "query":
                reply = execute_query(state.reader(), msg)
            elif op == "update":
                try:
                    policy.check(msg["update"], "update", bool(msg.get("allow_network")))
                except policy.PolicyError as exc:
                    conn.send(_error(exc.status, str(exc)))
                    continue
                state.close()
                writer = ox.Store(store_dir)
                try:
                    writer.update(msg["update"])
                    writer.flush()
                    reply = {"status": 204, "triples": _count(writer)}
                except SyntaxError as exc:
                    reply = _error(400, f"SPARQL Update syntax error: {exc}")
                except (OSError, ValueError) as exc:
                    reply = _error(400, f"update failed: {exc}")
                finally:
                    del writer
            elif op == "close":
                state.close()
                reply = {"status": 200}
            elif op == "stop":
                return
            else:
                reply = _error(500, f"unknown worker op {op!r}")
        except Exception as exc:  # noqa: BLE001 - a worker answers, whatever happens
            log.exception("query worker error")
            reply = _error(500, f"internal error in a query worker ({type(exc).__name__}: {exc})")
        conn.send(reply)


def worker_main(conn, store_dir: str, stack_mb: int = WORKER_STACK_MB, sandbox: bool = True) -> None:
    """Entry point of a worker process: sandboxed first (before any thread or store exists,
    so every thread inherits the filter), then the loop runs on a thread with a large stack."""
    problem = policy.sandbox_network() if sandbox else "not sandboxed (--allow-service)"
    threading.stack_size(stack_mb << 20)
    thread = threading.Thread(target=_worker_loop, args=(conn, store_dir, problem), name="kg-sparql-worker")
    thread.start()
    thread.join()


# --- the pool (server side) ---------------------------------------------------------------

class _Worker:
    """One worker process, started as ``python -c`` (not ``multiprocessing``'s spawn, which
    re-imports the parent's ``__main__``) and spoken to over a socket pair."""

    def __init__(self, store_dir: Path, start_timeout: float, sandbox: bool = True):
        self._in_call = False  # a thread is in ``call`` (kill then leaves the socket to it)
        self._socket_lock = threading.Lock()  # ``_in_call`` and the socket's closing, between threads
        parent, child = socket.socketpair()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "from kg.sparql.store import _child_main; _child_main()",
                 str(child.fileno()), str(store_dir), "sandbox" if sandbox else "open"],
                pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL, close_fds=True,
            )
        finally:
            child.close()
        self.conn = Connection(parent.detach())
        self.alive = True
        self.stopped = False  # killed on purpose (a long query preempted, a client gone): no crash
        if not self.conn.poll(start_timeout):
            self.kill()
            raise StoreError(f"a query worker did not start within {start_timeout} s")
        try:
            ready = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise StoreError(f"a query worker exited at start (exit code {self.process.poll()})") from None
        if "ready" not in ready:
            self.kill()
            raise StoreError(ready.get("error", "a query worker failed to start"))
        self.sandbox_problem: str | None = ready.get("sandbox")
        if sandbox and self.sandbox_problem:
            log.warning("query worker not sandboxed (%s): the SPARQL parser alone keeps SERVICE/LOAD out",
                        self.sandbox_problem)

    def call(self, msg: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send one request and wait for the answer (blocking; run in a thread)."""
        with self._socket_lock:
            self._in_call = True
        try:
            return self._call(msg, timeout)
        finally:
            with self._socket_lock:
                self._in_call = False
                if not self.alive:
                    self.conn.close()  # closed here, once this thread is done with it (see ``kill``)

    def _call(self, msg: dict[str, Any], timeout: float) -> dict[str, Any]:
        try:
            self.conn.send(msg)
            if not self.conn.poll(timeout):
                self.kill()
                raise QueryTimeout(f"stopped after {timeout:g} s (the endpoint's timeout)")
            return self.conn.recv()
        except (EOFError, OSError) as exc:
            try:  # the socket closes as the process dies: let it finish dying, so its own exit status is read
                self.process.wait(2)
            except subprocess.TimeoutExpired:
                pass
            how = exit_description(self.process.poll())
            self.kill()
            raise WorkerCrash(f"the query worker died ({how}) running this request") from exc

    def kill(self) -> None:
        self.alive = False
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:  # pragma: no cover
            log.error("query worker %d did not exit after SIGKILL", self.process.pid)
        with self._socket_lock:
            if not self._in_call:
                # A call in flight on another thread still polls this socket: closing it under that
                # thread freed its descriptor number for the next worker's socket, which the old call
                # then read from (a preempted query answered 500, not 503, about once in three suite
                # runs: "Bad file descriptor"). The dead process gives that call EOF; it closes the
                # socket. The lock makes the check and the close one step against the call's own
                # ending: unlocked, both threads could close, and the second close could hit the
                # descriptor number another socket had just been given.
                self.conn.close()

    def stop(self) -> None:
        if self.alive:
            try:
                self.conn.send({"op": "stop"})
                self.process.wait(2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self.kill()


def exit_description(returncode: int | None) -> str:
    """A worker's end in words: a negative return code is the signal that killed it (SIGKILL from
    the kernel's out-of-memory killer, SIGSEGV from a native stack overflow…), which the log and
    the pool's stats keep so that a crash can be told from a query that ran into a limit."""
    if returncode is None:
        return "still running, its socket closed"
    if returncode < 0:
        try:
            return f"killed by {signal.Signals(-returncode).name}"
        except ValueError:
            return f"killed by signal {-returncode}"
    return f"exit code {returncode}"


def _child_main() -> None:
    """``python -c`` entry point of a worker: argv = [fd, store_dir]."""
    conn = Connection(int(sys.argv[1]))
    worker_main(conn, sys.argv[2], sandbox=sys.argv[3:4] != ["open"])


@dataclass
class PoolStats:
    queries: int = 0
    updates: int = 0
    timeouts: int = 0
    crashes: int = 0
    restarts: int = 0
    preempted: int = 0   # long queries stopped so that a worker stays free for new ones
    cancelled: int = 0   # queries stopped because their client went away
    refused: int = 0     # requests turned away at once: the waiting line was full
    last_crash: str = ""  # how the last crashed worker ended, and on what query


class QueryPool:
    """A fixed number of worker processes, each with the store open read-only.

    No I/O in the constructor: ``start()`` spawns the workers (blocking, a fraction of a
    second each), ``close()`` stops them. ``query``/``update`` are coroutines for the web
    app; each waits at most ``timeout`` for a free worker and ``timeout`` for the answer.

    Fairness: a query still running after ``slow_after`` seconds is *long*; at most
    ``workers - 1`` long queries run at once, and one that would be past that is stopped
    (503, Retry-After), so a worker is always free for a new, cheap query within
    ``slow_after``. At most ``max_waiting`` requests wait for a worker; more are refused at
    once. A query whose client disconnects is stopped (``asyncio`` cancellation kills its
    worker, which is replaced).

    ``allow_network``: workers run without the network sandbox and the policy lets SERVICE
    and LOAD through (``kg serve --allow-service``).
    """

    def __init__(self, store_dir: str | Path, *, workers: int = 2, timeout: float = 10.0,
                 max_rows: int | None = 10_000, start_timeout: float = 60.0, slow_after: float = 1.0,
                 max_waiting: int = 64, allow_network: bool = False):
        self.store_dir = Path(store_dir)
        self.size = workers
        self.timeout = timeout
        self.max_rows = max_rows
        self.start_timeout = start_timeout
        self.slow_after = slow_after
        self.max_waiting = max_waiting
        self.allow_network = allow_network
        self.stats = PoolStats()
        self._long = 0
        self._waiting = 0
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: list[_Worker] = []
        self._write_lock: asyncio.Lock | None = None
        self._executor: ThreadPoolExecutor | None = None

    async def _blocking(self, fn, *args):
        """Run a blocking call on the pool's own threads (one per worker, plus spares for
        restarts), so asyncio's small default executor never caps the worker count."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.size + 2, thread_name_prefix="kg-sparql-pool")
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def start(self) -> None:
        self._all = [self._new_worker() for _ in range(self.size)]

    def _new_worker(self) -> _Worker:
        return _Worker(self.store_dir, self.start_timeout, sandbox=not self.allow_network)

    @property
    def sandboxed(self) -> bool:
        """Every worker runs under the network sandbox."""
        return bool(self._all) and all(w.sandbox_problem is None for w in self._all)

    async def open(self) -> None:
        """Start the workers (off the event loop) and make them available."""
        if not self._all:
            await self._blocking(self.start)
        self._idle = asyncio.Queue()
        self._write_lock = asyncio.Lock()
        for worker in self._all:
            self._idle.put_nowait(worker)

    def close(self) -> None:
        for worker in self._all:
            worker.stop()
        self._all = []
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None

    async def _acquire(self) -> _Worker:
        assert self._idle is not None, "QueryPool.open() first"
        if self._idle.empty() and self._waiting >= self.max_waiting:
            self.stats.refused += 1
            raise Busy(f"{self._waiting} requests are already waiting for a query worker; try again shortly")
        self._waiting += 1
        deadline = time.monotonic() + self.timeout
        try:
            while True:
                worker = await asyncio.wait_for(self._idle.get(), max(deadline - time.monotonic(), 0.01))
                if worker.process.poll() is None:
                    return worker
                worker.kill()  # died while idle (killed, out of memory): replace it, take the next
                asyncio.get_running_loop().create_task(self._replace(worker))
        except asyncio.TimeoutError:
            raise Busy(f"all {self.size} query workers stayed busy for {self.timeout:g} s") from None
        finally:
            self._waiting -= 1

    async def _replace(self, dead: _Worker) -> None:
        self.stats.restarts += 1
        try:
            fresh = await self._blocking(self._new_worker)
        except StoreError as exc:  # pragma: no cover - the store vanished under us
            log.error("cannot restart a query worker: %s", exc)
            return
        self._all = [w for w in self._all if w is not dead] + [fresh]
        assert self._idle is not None
        self._idle.put_nowait(fresh)

    async def _run(self, worker: _Worker, msg: dict[str, Any], timeout: float) -> dict[str, Any]:
        try:
            return await self._blocking(worker.call, msg, timeout)
        except QueryTimeout:
            self.stats.timeouts += 1
            raise
        except WorkerCrash as exc:
            if not worker.stopped:
                self.stats.crashes += 1
                text = str(msg.get("query") or msg.get("update") or msg.get("op"))
                self.stats.last_crash = f"{exc}: {text[:200]!r}"
                log.error("query worker crash: %s", self.stats.last_crash)
            raise

    def _release(self, worker: _Worker) -> None:
        assert self._idle is not None
        if worker.alive:
            self._idle.put_nowait(worker)
        else:
            asyncio.get_running_loop().create_task(self._replace(worker))

    async def query(self, text: str, *, accept: str | None = None, format: str | None = None,
                    default_graphs: list[str] | None = None, named_graphs: list[str] | None = None) -> dict[str, Any]:
        """Run a query; returns the worker's reply (``status``, ``content_type``, ``body`` …)."""
        worker = await self._acquire()
        self.stats.queries += 1
        msg = {"op": "query", "query": text, "accept": accept, "format": format, "default_graphs": default_graphs,
               "named_graphs": named_graphs, "max_rows": self.max_rows, "allow_network": self.allow_network}
        call = asyncio.ensure_future(self._run(worker, msg, self.timeout))
        counted_long = False
        try:
            done, _ = await asyncio.wait({call}, timeout=self.slow_after)
            if not done:  # a long query: it may go on only while a worker stays free for others
                if self._long >= self.size - 1:
                    others = self._long  # before the await, which may see them finish
                    self.stats.preempted += 1
                    worker.stopped = True
                    worker.kill()
                    await asyncio.gather(call, return_exceptions=True)
                    raise Busy(f"stopped after {self.slow_after:g} s: {others} other long queries hold the "
                               "workers; try again later")
                self._long += 1
                counted_long = True
            return await asyncio.shield(call)
        except asyncio.CancelledError:  # the client went away: stop its query
            self.stats.cancelled += 1
            worker.stopped = True
            worker.kill()
            await asyncio.gather(call, return_exceptions=True)
            raise
        finally:
            if counted_long:
                self._long -= 1
            self._release(worker)

    async def update(self, text: str) -> dict[str, Any]:
        """Run an update alone: wait for every worker, close their read handles, write."""
        assert self._idle is not None and self._write_lock is not None
        async with self._write_lock:
            held: list[_Worker] = []
            try:
                deadline = time.monotonic() + self.timeout
                while len(held) < self.size:
                    remaining = deadline - time.monotonic()
                    try:
                        held.append(await asyncio.wait_for(self._idle.get(), max(remaining, 0.01)))
                    except asyncio.TimeoutError:
                        raise Busy(f"queries kept the store busy for {self.timeout:g} s; update not run") from None
                for worker in held[1:]:
                    await self._run(worker, {"op": "close"}, self.timeout)
                self.stats.updates += 1
                reply = await self._run(held[0], {"op": "update", "update": text, "allow_network": self.allow_network},
                                        self.timeout)
                if reply.get("status") == 204:
                    record_update(self.store_dir, reply.get("triples", 0))
                return reply
            finally:
                for worker in held:
                    self._release(worker)
