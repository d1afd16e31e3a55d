"""Fuzzing kg serve on 127.0.0.1: at least 1,000 random and malformed requests (mutated example
queries, random bytes, bad encodings, huge bodies, deep nesting, long chains, unknown methods and
content types, broken HTTP, bodies that never arrive), in two runs:

- every request but the long chains, on a server whose time limits no load reaches: each gets a 2xx
  or a 4xx, none is stopped, no query worker crashes, the server thread lives, and a good query
  afterwards gets the right answer;
- the long chains (deliberately expensive) and the bodies that never arrive, on a server with a 3 s
  limit: each gets a 2xx/4xx or the endpoint's own 503 (stopped at the timeout, or stopped as a
  long query so that others get a worker), the bodies a 408, within the limit's documented bound.

Until round 11 both ran on the 3 s server; under machine load 6-9 ordinary requests waited over
3 s for a worker that a long chain held and got 503 ("all 2 query workers stayed busy for 3 s").

Bounded: a fixed number of requests, 8 client threads, a wall-clock cap; loopback only.
Reproducible: the seed is printed on failure (set KG_FUZZ_SEED to replay one).
"""
from __future__ import annotations

import logging
import os
import random
import socket
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_from_bytes, urlencode, urlsplit

import pytest

from kg.sparql import load_examples
from kg.sparql.server import ServerConfig, background_server

ROOT = Path(__file__).resolve().parents[1]
SEED = int(os.environ.get("KG_FUZZ_SEED", "20240611"))
CLIENTS = 8
SERVER_TIMEOUT = 3.0      # the long chains' server: they must run into it
ROOMY_TIMEOUT = 30.0      # everyone else's: at load 6 the slowest of them took 3.6 s with the chains beside them
WALL_CLOCK_CAP = 300.0    # a guard against a hang, not a speed check (about 30 s quiet, 70 s at load 6)
EXPENSIVE = {"long chain"}
MAX_BODY = 256 << 10
MAX_QUERY = 32 << 10

EXAMPLE_TEXTS = [ex.bound() for ex in load_examples(ROOT / "queries")]
TOKENS = ["SELECT", "*", "WHERE", "{", "}", "(", ")", "[", "]", "?s", "?p", "?o", "$x", ".", ";", ",", "FILTER", "OPTIONAL",
          "UNION", "MINUS", "GRAPH", "SERVICE", "BIND", "AS", "VALUES", "UNDEF", "GROUP BY", "ORDER BY", "LIMIT", "OFFSET",
          "COUNT(", "DISTINCT", "<", ">", "<http://x/y>", "<<", ">>", '"', "'", '"""', "\\u0000", "\\", "#", "\n", "a",
          "kgo:Paper", "_:b", "1e999", "-0", "NaN", "INSERT DATA", "DELETE WHERE", "LOAD", "CLEAR ALL", "DROP ALL",
          "PREFIX x: <", "BASE <", "^^", "@en", "||", "&&", "!", "IN (", "EXISTS {", "NOT EXISTS {", "REGEX(", "\x00",
          "\ud7ff", "\U0001f600", "é", "\ufeff", "ASK", "CONSTRUCT", "DESCRIBE", "*", "+", "?", "/", "^", "|"]
ACCEPTS = [None, "*/*", "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
           "text/tab-separated-values", "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
           "image/png", "text/html;q=0.9,*/*;q=0", "garbage", ";;;,,,", "text/*;q=abc", "a/b;c=d;q=0.5, */*;q=0.1",
           "application/json", "\u00e9/\u00e9"]
CONTENT_TYPES = ["application/x-www-form-urlencoded", "application/sparql-query", "application/sparql-update", "text/plain",
                 "application/json", "multipart/form-data; boundary=x", "", "application/sparql-query; charset=latin-1",
                 "application/sparql-query; charset=utf-16", "application/x-www-form-urlencoded; charset=utf-8", "foo"]
METHODS = ["PUT", "DELETE", "PATCH", "TRACE", "FOO", "PROPFIND", "get", "OPTIONS", "HEAD"]


@dataclass
class Probe:
    kind: str
    data: bytes           # the raw HTTP request
    slow: bool = False    # the body never arrives: the server must give up after its timeout


def http_request(method: str, target: str, headers: dict[str, str] | None = None, body: bytes = b"",
                 content_length: int | None = None) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    for k, v in (headers or {}).items():
        lines.append(f"{k}: {v}")
    if body or method in ("POST", "PUT", "PATCH") or content_length is not None:
        lines.append(f"Content-Length: {len(body) if content_length is None else content_length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogatepass") + body


def mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 5)):
        if not text:
            break
        op = rng.randrange(6)
        i = rng.randrange(len(text))
        j = min(len(text), i + rng.randint(1, 40))
        if op == 0:
            text = text[:i] + text[j:]                      # delete a span
        elif op == 1:
            text = text[:i] + rng.choice(TOKENS) + " " + text[i:]  # insert a token
        elif op == 2:
            text = text[:j] + text[i:j] + text[j:]          # duplicate a span
        elif op == 3:
            text = text[:i]                                 # truncate
        elif op == 4:
            k = rng.randrange(len(text))
            text = text[:k] + text[i:j] + text[k:]          # move a copy elsewhere
        else:
            text = text.replace(rng.choice(["{", "}", "(", ")", "?", ".", ";", '"']), rng.choice(TOKENS), 1)
    return text


def query_request(rng: random.Random, text: str, encoding_error: bool = False) -> bytes:
    accept = rng.choice(ACCEPTS)
    headers = {"Accept": accept} if accept is not None else {}
    raw = text.encode("utf-8", "surrogatepass")
    if encoding_error:
        raw = raw[: rng.randrange(len(raw) + 1)] + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xfe\xff", b"\x80\x80"]) + raw[:20]
    how = rng.randrange(3)
    if how == 0:
        return http_request("GET", "/sparql?query=" + quote_from_bytes(raw, safe=""), headers)
    if how == 1:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = b"query=" + (raw if encoding_error and rng.random() < 0.5 else quote_from_bytes(raw, safe="").encode())
        return http_request("POST", "/sparql", headers, body)
    headers["Content-Type"] = "application/sparql-query"
    return http_request("POST", "/sparql", headers, raw)


def generate(rng: random.Random) -> list[Probe]:
    probes: list[Probe] = []
    add = lambda kind, data, slow=False: probes.append(Probe(kind, data, slow))  # noqa: E731
    for _ in range(420):
        add("mutated query", query_request(rng, mutate(rng, rng.choice(EXAMPLE_TEXTS))))
    for _ in range(60):
        add("example query", query_request(rng, rng.choice(EXAMPLE_TEXTS)))
    for _ in range(120):
        add("random bytes", http_request("GET", "/sparql?query=" + quote_from_bytes(rng.randbytes(rng.randint(0, 400)), safe="")))
    for _ in range(80):
        add("bad encoding", query_request(rng, rng.choice(EXAMPLE_TEXTS), encoding_error=True))
    for _ in range(20):
        add("bad percent-encoding", http_request("GET", "/sparql?query=" + rng.choice(["%", "%G0", "%FF%FE", "%ZZ", "a%2", "%C3%28"]) + "x"))
    for _ in range(30):
        size = rng.choice([MAX_BODY + 1, MAX_BODY + rng.randint(1, 200_000)])
        ctype = rng.choice(["application/sparql-query", "application/x-www-form-urlencoded"])
        add("huge body", http_request("POST", "/sparql", {"Content-Type": ctype, "Expect": "100-continue"} if rng.random() < 0.5
                                      else {"Content-Type": ctype}, b"q" * size))
    for _ in range(20):
        add("huge query", http_request("POST", "/sparql", {"Content-Type": "application/sparql-query"},
                                       ("SELECT * WHERE { ?s ?p ?o } #" + "x" * (MAX_QUERY + rng.randint(1, 50_000))).encode()))
    for _ in range(60):
        depth = rng.choice([150, 250, 1000, 5000, 15_000])
        open_, close = rng.choice([("(", ")"), ("{", "}"), ("[", "]"), ("{ SELECT * WHERE {", "} }"), ("OPTIONAL {", "}")])
        body = "SELECT * WHERE { FILTER(" + open_ * depth + "1" + close * depth + ") }" if open_ == "(" else \
            "SELECT * WHERE " + open_ * depth + close * depth
        add("deep nesting", http_request("POST", "/sparql", {"Content-Type": "application/sparql-query"}, body.encode()))
    for _ in range(40):
        n = rng.choice([500, 1500, 3000])
        op = rng.choice(["+", "&&", "||", "*"])
        shape = rng.randrange(3)
        if shape == 0:
            body = "SELECT * WHERE { FILTER(" + op.join(["1"] * n) + ") }"
        elif shape == 1:
            body = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * (n // 10)) + " }"
        else:
            body = "SELECT * WHERE { " + " ".join(f"BIND({i} AS ?v{i})" for i in range(n // 10)) + " }"
        add("long chain", http_request("POST", "/sparql", {"Content-Type": "application/sparql-query", "Accept": "text/csv"}, body.encode()))
    for _ in range(50):
        add("unknown method", http_request(rng.choice(METHODS), rng.choice(["/sparql", "/", "/nope", "*"]), {}, b"SELECT 1"))
    for _ in range(60):
        ctype = rng.choice(CONTENT_TYPES)
        body = rng.choice([b"query=SELECT%201%20%7B%7D", b"SELECT * WHERE { ?s ?p ?o } LIMIT 1", b"{\"query\": 1}", b"",
                           "SELECT ('é' AS ?x) {}".encode("utf-16"), rng.randbytes(64)])
        add("content type", http_request("POST", "/sparql", {"Content-Type": ctype} if ctype else {}, body))
    for _ in range(40):
        params = rng.choice([
            [("query", "SELECT 1 {}"), ("query", "SELECT 2 {}")],
            [("query", "SELECT 1 {}"), ("update", "CLEAR ALL")],
            [("query", "SELECT * { ?s ?p ?o } LIMIT 1"), ("default-graph-uri", rng.choice(["not an iri", "http://x/ g", "", "<>"]))],
            [("query", "SELECT * { ?s ?p ?o } LIMIT 1"), ("named-graph-uri", "http://x/g"), ("default-graph-uri", "http://x/g")],
            [("update", rng.choice(["DELETE WHERE { ?s ?p ?o }", "CLEAR ALL", "DROP ALL", "LOAD <http://127.0.0.1:1/x>"]))],
            [("query", "SELECT 1 {}"), ("format", rng.choice(["csv", "nonsense", "text/turtle", ""]))],
            [("nothing", "here")],
            [("query", "")],
        ])
        if rng.random() < 0.5:
            add("parameters", http_request("GET", "/sparql?" + urlencode(params)))
        else:
            add("parameters", http_request("POST", "/sparql", {"Content-Type": "application/x-www-form-urlencoded"}, urlencode(params).encode()))
    for _ in range(30):
        update = rng.choice(["DELETE WHERE { ?s ?p ?o }", "INSERT DATA { <x:a> <x:b> <x:c> }", "CLEAR DEFAULT", "garbage update"])
        add("update", http_request("POST", "/sparql", {"Content-Type": "application/sparql-update"}, update.encode()))
    broken = [
        b"\x00\x01\x02\x03\r\n\r\n", b"GET\r\n\r\n", b"\r\n\r\n", b"GET / HTTP/1.1\r\n\r\n", b"GET /sparql HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/sparql-query\r\n\r\nzz\r\n",
        b"GET /sparql HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (MAX_BODY + 10) + b"\r\n\r\n",
        b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", b"GET /sparql?query=\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /sparql HTTP/7.1\r\nHost: x\r\n\r\n", b"GET /sparql HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
        b"GET /sparql?query=SELECT%201%20%7B%7D HTTP/1.1\r\nHost: x\r\nAccept: \x00\x01\r\n\r\n",
    ]
    for _ in range(40):
        add("broken HTTP", rng.choice(broken))
    for _ in range(2):
        add("body never arrives", http_request("POST", "/sparql", {"Content-Type": "application/sparql-query"}, b"SELECT", content_length=1000), slow=True)
    rng.shuffle(probes)
    return probes


class ErrorRecords(logging.Handler):
    """The ERROR records of every logger (kg's and uvicorn's: an exception that escapes the app is
    uvicorn's "Exception in ASGI application" and a bare 500), with their tracebacks' last lines,
    kept for an assertion's message."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = f"{record.name}: {record.getMessage()[:300]}"
        if record.exc_info:
            text += " | " + " / ".join(traceback.format_exception(*record.exc_info)[-3:]).replace("\n", " ")[-600:]
        self.messages.append(text)

    def __enter__(self) -> "ErrorRecords":
        for name in LOGGERS:
            logging.getLogger(name).addHandler(self)
        return self

    def __exit__(self, *exc) -> None:
        for name in LOGGERS:
            logging.getLogger(name).removeHandler(self)


LOGGERS = ("kg.sparql", "uvicorn.error")  # uvicorn.error does not propagate to the root logger


def send(host: str, port: int, probe: Probe, timeout: float) -> tuple[int | None, float, str]:
    """Send the raw request; the status code (None: no answer), seconds, and a note."""
    start = time.monotonic()
    with socket.create_connection((host, port), timeout=timeout) as sock:
        head, sep, body = probe.data.partition(b"\r\n\r\n")
        try:
            if b"Expect: 100-continue" in head:
                sock.sendall(head + sep)
                first = sock.recv(65536)
                if first.startswith(b"HTTP/1.1 100"):
                    sock.sendall(body)
                    first = first.split(b"\r\n\r\n", 1)[1] or sock.recv(65536)
                reply = first
            else:
                sock.sendall(probe.data)
                reply = sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError) as exc:
            # the server answered early (e.g. 413) and closed while we were still sending
            try:
                reply = sock.recv(65536)
            except OSError:
                return None, time.monotonic() - start, f"reset before an answer: {exc}"
        except socket.timeout:
            return None, time.monotonic() - start, "no answer before the client timeout"
    elapsed = time.monotonic() - start
    if not reply.startswith(b"HTTP/1."):
        return None, elapsed, f"not an HTTP answer: {reply[:60]!r}"
    return int(reply.split(b" ", 2)[1]), elapsed, ""


def serve_slice(sample_build, tmp_path_factory, timeout: float, slow_after: float):
    """A small slice of the sample graph: the server's robustness does not depend on data size,
    and mutated queries (a deleted triple pattern makes a cross product) stay cheap on it."""
    _, _, out_dir = sample_build
    served = tmp_path_factory.mktemp("fuzz")
    lines = (out_dir / "graph.nt").read_text(encoding="utf-8").splitlines(keepends=True)
    (served / "graph.nt").write_text("".join(lines[:3000]), encoding="utf-8")
    config = ServerConfig(out_dir=served, port=0, timeout=timeout, slow_after=slow_after, max_rows=500,
                          max_request_bytes=MAX_BODY, max_query_bytes=MAX_QUERY, workers=2, log_level="error")
    return background_server(config)


@pytest.fixture(scope="module")
def probes():
    generated = generate(random.Random(SEED))
    assert len(generated) >= 1000
    return generated


def run_probes(url, probes: list[Probe], server_timeout: float) -> list[tuple[Probe, int | None | str, float, str]]:
    """Send every probe from CLIENTS threads; a request may wait ``server_timeout`` for a worker and
    as long again for its answer (QueryPool), so the client waits that plus a margin."""
    parts = urlsplit(url)
    deadline = time.monotonic() + WALL_CLOCK_CAP

    def run(probe: Probe):
        if time.monotonic() > deadline:
            return probe, "skipped", 0.0, "wall-clock cap reached"
        return (probe, *send(parts.hostname, parts.port, probe, 2 * server_timeout + 10))

    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(run, probes))
    skipped = [r for r in results if r[1] == "skipped"]
    assert not skipped, f"seed {SEED}: {len(skipped)} requests not sent within {WALL_CLOCK_CAP} s"
    return results


def assert_server_well(url, results) -> None:
    """The server thread lives, no worker crashed, and a good query gets the right answer."""
    assert url.thread.is_alive()
    assert url.app.state.pool.stats.crashes == 0, url.app.state.pool.stats
    parts = urlsplit(url)
    good = http_request("GET", "/sparql?query=" + quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), {"Accept": "text/csv"})
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(good)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"n\r\n3000\r\n")


def statuses(results) -> dict[int | None, int]:
    by_status: dict[int | None, int] = {}
    for _, status, _, _ in results:
        by_status[status] = by_status.get(status, 0) + 1
    return dict(sorted(by_status.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))


@pytest.mark.slow
def test_fuzz_every_request_gets_a_4xx_or_a_result(probes, sample_build, tmp_path_factory):
    ordinary = [p for p in probes if p.kind not in EXPENSIVE and not p.slow]
    with serve_slice(sample_build, tmp_path_factory, timeout=ROOMY_TIMEOUT, slow_after=ROOMY_TIMEOUT / 3) as url, \
            ErrorRecords() as logged:
        results = run_probes(url, ordinary, ROOMY_TIMEOUT)
        bad = [(p.kind, status, round(t, 2), note, p.data[:120]) for p, status, t, note in results
               if status is None or not (200 <= status < 300 or 400 <= status < 500)]
        assert not bad, (f"seed {SEED}: {len(bad)} requests without a 2xx/4xx answer, e.g. {bad[:5]}; "
                         f"server errors {logged.messages[-5:]}")
        by_status = statuses(results)
        slowest = max((t, p.kind) for p, _, t, _ in results)
        print(f"fuzz seed {SEED}: {len(results)} requests, statuses {by_status}, slowest {slowest[0]:.2f} s ({slowest[1]})")
        assert any(200 <= s < 300 for s in by_status) and any(s == 400 for s in by_status), by_status
        for code in (403, 405, 413, 415):
            assert code in by_status, f"seed {SEED}: no {code} among {by_status}"
        stats = url.app.state.pool.stats
        assert stats.timeouts == stats.preempted == stats.refused == 0, stats  # nothing ordinary was stopped
        assert_server_well(url, results)


@pytest.mark.slow
def test_fuzz_expensive_requests_are_stopped_at_the_limit(probes, sample_build, tmp_path_factory):
    expensive = [p for p in probes if p.kind in EXPENSIVE or p.slow]
    # What the server logged (attached once uvicorn has configured its loggers, which drops their
    # handlers): session 17's, 19's and 41's rare 500 on a long chain came with no crash in the
    # pool's stats and nothing from kg's logger, so its reason is only in uvicorn's log.
    with serve_slice(sample_build, tmp_path_factory, timeout=SERVER_TIMEOUT, slow_after=1.0) as url, \
            ErrorRecords() as logged:
        results = run_probes(url, expensive, SERVER_TIMEOUT)
        bad = [(p.kind, status, round(t, 2), note, p.data[:120]) for p, status, t, note in results
               if status is None or not (200 <= status < 300 or 400 <= status < 500 or (status == 503 and not p.slow))]
        assert not bad, (f"seed {SEED}: {len(bad)} requests without a 2xx/4xx/503 answer, e.g. {bad[:5]}; "
                         f"pool {url.app.state.pool.stats}; server errors {logged.messages[-5:]}")
        assert all(status == 408 for p, status, _, _ in results if p.slow), results
        # at most the limit waiting for a worker, and the limit again running (QueryPool), plus a margin
        slowest = max((t, p.kind) for p, _, t, _ in results)
        assert slowest[0] < 2 * SERVER_TIMEOUT + 5, f"seed {SEED}: {slowest[1]} took {slowest[0]:.1f} s"
        stats = url.app.state.pool.stats
        stopped = sum(1 for p, status, _, _ in results if status == 503)
        print(f"fuzz seed {SEED}: {len(results)} expensive requests, statuses {statuses(results)}, {stats}")
        assert 1 <= stats.timeouts + stats.preempted <= stopped, stats  # the limit stopped some, and only 503s
        assert_server_well(url, results)
