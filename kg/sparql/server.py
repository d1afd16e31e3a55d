"""``kg serve``: the build's RDF over the SPARQL 1.1 Protocol.

Stack: Starlette (ASGI routing, CORS middleware) on uvicorn. The event loop only parses
requests and moves bytes; every query runs in a worker process of ``QueryPool`` (see
``kg.sparql.store``), so slow queries neither block other clients nor outlive the timeout.

Routes
    ``GET|POST /sparql``  queries (``GET ?query=``, ``POST`` form ``query=`` or
                          ``application/sparql-query``), updates (``POST`` form ``update=`` or
                          ``application/sparql-update``; 403 unless ``allow_update``), and
                          without a query the service description.
    ``GET /``             a small HTML page with a query box and the example queries.

Safe by default: read-only, loopback, ``timeout`` per query, ``max_rows`` per result,
``max_request_bytes`` per body, ``max_query_bytes`` per query text, nesting deeper than
``MAX_NESTING`` refused, and no outgoing HTTP (``SERVICE``/``LOAD``) unless ``allow_service``:
refused by a real SPARQL parser and, whatever it misses, impossible in the sandboxed query
workers (``kg.sparql.policy``). Connections that do not send their headers within
``header_timeout`` are closed; long queries cannot take every worker (``QueryPool``); updates
from another web origin are refused; error bodies carry no internals.
"""
from __future__ import annotations

import asyncio
import html
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from kg.sparql import load_examples, queries_dir
from kg.sparql import negotiation as neg
from kg.sparql.derived import CO_OCCURRENCE_GRAPH, ENTITY_FACTS_GRAPH
from kg.sparql.store import (
    MAX_NESTING, ONTOLOGY_GRAPH, PREFIXES, Busy, QueryPool, QueryTimeout, StoreInfo, WorkerCrash, prepare_store,
    scan_query,
)

log = logging.getLogger("kg.sparql")

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@dataclass
class ServerConfig:
    """Everything ``kg serve`` can be told; the defaults are the safe ones."""

    out_dir: Path = Path("out")
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    allow_service: bool = False
    timeout: float = 10.0
    max_rows: int = 10_000
    max_request_bytes: int = 1 << 20
    max_query_bytes: int = 128 << 10
    workers: int = 0                  # 0: one per CPU plus two, at least 4
    limit_concurrency: int = 1024     # open connections past this get 503 from uvicorn
    header_timeout: float = 10.0      # a connection must send a request's headers within this
    slow_after: float = 1.0           # a query running longer is "long": at most workers-1 of those at once
    max_waiting: int = 64             # requests waiting for a worker; more get 503 at once
    allowed_origins: tuple[str, ...] = ()  # web origins (besides the endpoint's own) allowed to send updates
    reload: bool = False              # reload the store even if graph.nt is unchanged
    queries: Path | None = None       # example queries shown on the page (default: the checkout's queries/)
    log_level: str = "info"

    @property
    def worker_count(self) -> int:
        return self.workers or max(4, (os.cpu_count() or 2) + 2)

    @property
    def loopback_only(self) -> bool:
        return self.host in LOOPBACK or self.host.startswith("127.")


class HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def _text(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    if status >= 500 and status != 503:
        return _internal(message)
    return PlainTextResponse(message.rstrip("\n") + "\n", status_code=status, headers=headers)


def _internal(detail: object, exc_info: BaseException | None = None) -> Response:
    """A 500 that tells the client nothing of the server's insides; the log has the detail
    (and the traceback of an exception nobody expected)."""
    ref = os.urandom(4).hex()
    log.error("internal error %s: %s", ref, detail, exc_info=exc_info)
    return PlainTextResponse(f"internal server error (reference {ref}; the details are in the server log)\n",
                             status_code=500)


def _origin_of(request: Request) -> str:
    host = request.headers.get("host", "")
    return f"{request.url.scheme}://{host}".lower()


def parse_form(raw: bytes) -> list[tuple[str, str]]:
    """``application/x-www-form-urlencoded`` (or a URL query string), strictly UTF-8."""
    try:
        return parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding="utf-8", errors="strict",
                         max_num_fields=100)
    except UnicodeDecodeError as exc:
        raise HTTPError(400, f"parameters are not valid UTF-8 after percent-decoding: {exc}") from None
    except ValueError as exc:
        raise HTTPError(400, f"malformed parameters: {exc}") from None


def _one(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise HTTPError(400, f"exactly one '{name}' parameter is allowed, got {len(values)}")
    return values[0] if values else None


def _media_type(header: str) -> tuple[str, dict[str, str]]:
    kind, *rest = header.split(";")
    params = {}
    for part in rest:
        key, _, value = part.partition("=")
        params[key.strip().lower()] = value.strip().strip('"').lower()
    return kind.strip().lower(), params


async def _read_body(request: Request, limit: int, timeout: float) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise HTTPError(400, "Content-Length is not a number") from None
        if size > limit:
            raise HTTPError(413, f"request body of {size} bytes is over the limit of {limit} bytes")

    async def read() -> bytes:
        chunks, total = [], 0
        async for chunk in request.stream():
            total += len(chunk)
            if total > limit:
                raise HTTPError(413, f"request body is over the limit of {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    try:
        return await asyncio.wait_for(read(), timeout)
    except asyncio.TimeoutError:
        raise HTTPError(408, f"request body not received within {timeout:g} s") from None


def _decode(body: bytes, charset: str | None, what: str) -> str:
    if charset and charset not in ("utf-8", "utf8", "us-ascii", "ascii"):
        raise HTTPError(415, f"{what} must be UTF-8, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPError(400, f"{what} is not valid UTF-8: {exc}") from None


async def _unless_disconnected(request: Request, work):
    """Await ``work``; if the client disconnects first, cancel it (the pool stops the query)."""
    task = asyncio.ensure_future(work)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=0.25)
            if done:
                return task.result()
            if await request.is_disconnected():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
                raise ClientDisconnect()
    finally:
        if not task.done():
            task.cancel()


class Endpoint:
    """The request handlers, bound to one config, one pool and one loaded store."""

    def __init__(self, config: ServerConfig, pool: QueryPool, info: StoreInfo):
        self.config, self.pool, self.info = config, pool, info
        self.examples = load_examples(config.queries or queries_dir())

    # -- /sparql --------------------------------------------------------------------------
    async def sparql(self, request: Request) -> Response:
        try:
            return await self._sparql(request)
        except HTTPError as exc:
            return _text(exc.status, exc.message, exc.headers)
        except QueryTimeout as exc:
            return _text(503, f"query timeout: {exc}")
        except Busy as exc:
            return _text(503, str(exc), {"Retry-After": "1"})
        except WorkerCrash as exc:
            return _internal(exc)
        except ClientDisconnect:  # nobody is left to read an answer
            return _text(400, "client disconnected before sending the whole body")
        except Exception as exc:  # noqa: BLE001 - a bug: kg's log gets the traceback, the client a reference
            return _internal(f"{type(exc).__name__} answering {request.method} {request.url.path}", exc)

    async def _sparql(self, request: Request) -> Response:
        url_params = parse_form(request.scope.get("query_string", b""))
        query = update = None
        params = url_params
        if request.method == "POST":
            media, mparams = _media_type(request.headers.get("content-type", ""))
            body = await _read_body(request, self.config.max_request_bytes, self.config.timeout)
            if media == FORM:
                params = url_params + parse_form(body)
                query, update = _one(params, "query"), _one(params, "update")
            elif media == SPARQL_QUERY:
                query = _decode(body, mparams.get("charset"), "the query")
                if _one(url_params, "query") is not None:
                    raise HTTPError(400, "a query in the body and another in the URL: send one")
            elif media == SPARQL_UPDATE:
                update = _decode(body, mparams.get("charset"), "the update")
            else:
                raise HTTPError(415, f"unsupported Content-Type {media or '(none)'!r}: POST {FORM} "
                                     f"(query= or update=), {SPARQL_QUERY} or {SPARQL_UPDATE}")
        else:
            query, update = _one(params, "query"), _one(params, "update")
        if query is not None and update is not None:
            raise HTTPError(400, "send either 'query' or 'update', not both")
        if update is not None:
            return await self._update(request, update)
        if query is None:
            if "text/html" in request.headers.get("accept", "") and request.method == "GET":
                return RedirectResponse("/", status_code=303)  # a browser: the query page
            return self.service_description(request)
        return await self._query(request, query, params)

    def _check(self, text: str, what: str) -> None:
        size = len(text.encode("utf-8"))
        if size > self.config.max_query_bytes:
            raise HTTPError(413, f"{what} of {size} bytes is over the limit of {self.config.max_query_bytes} bytes")
        scan = scan_query(text)
        if scan.depth > MAX_NESTING:
            raise HTTPError(400, f"{what} nests brackets {scan.depth} deep; the limit is {MAX_NESTING}")
        if scan.federated and not self.config.allow_service:
            raise HTTPError(403, f"{'/'.join(sorted(scan.keywords))} would make this endpoint fetch from the network; "
                                 "it is disabled (start kg serve with --allow-service)")

    async def _query(self, request: Request, query: str, params: list[tuple[str, str]]) -> Response:
        if not query.strip():
            raise HTTPError(400, "empty query")
        self._check(query, "query")
        fmt = _one(params, "format") or _one(params, "output")
        accept = request.headers.get("accept")
        if neg.negotiate(neg.RESULTS, accept, fmt) is None and neg.negotiate(neg.GRAPH, accept, fmt) is None:
            raise HTTPError(406, f"no result format matches Accept: {accept!r}; acceptable: "
                                 + ", ".join(neg.supported_media_types(neg.RESULTS) + neg.supported_media_types(neg.GRAPH)))
        reply = await _unless_disconnected(request, self.pool.query(
            query, accept=accept, format=fmt,
            default_graphs=[v for k, v in params if k == "default-graph-uri"] or None,
            named_graphs=[v for k, v in params if k == "named-graph-uri"] or None,
        ))
        if reply["status"] != 200:
            return _text(reply["status"], reply["error"])
        headers = {"Vary": "Accept", "KG-Rows": str(reply["rows"])}
        if reply["truncated"]:
            headers["KG-Truncated"] = f"max-rows={self.config.max_rows}"
        return Response(reply["body"], status_code=200, headers=headers, media_type=reply["content_type"])

    async def _update(self, request: Request, update: str) -> Response:
        if not self.config.allow_update:
            raise HTTPError(403, "this endpoint is read-only: SPARQL Update is refused "
                                 "(start kg serve with --allow-update to accept updates)")
        origin = request.headers.get("origin")
        cross_site = request.headers.get("sec-fetch-site") == "cross-site"
        if (origin is not None and origin.lower() != _origin_of(request)
                and origin.lower() not in {o.lower() for o in self.config.allowed_origins}) or (cross_site and origin is None):
            raise HTTPError(403, f"updates from another web origin ({origin or 'cross-site'}) are refused; "
                                 "allow one with kg serve --allow-origin ORIGIN")
        if request.method != "POST":
            raise HTTPError(400, "SPARQL Update must be sent with POST")
        if not update.strip():
            raise HTTPError(400, "empty update")
        self._check(update, "update")
        reply = await self.pool.update(update)
        if reply["status"] != 204:
            return _text(reply["status"], reply["error"])
        return Response(status_code=204)

    # -- service description -----------------------------------------------------------
    def service_description(self, request: Request) -> Response:
        fmt = neg.negotiate(neg.GRAPH, request.headers.get("accept"))
        if fmt is None:
            raise HTTPError(406, "the service description is RDF; acceptable: "
                                 + ", ".join(neg.supported_media_types(neg.GRAPH)))
        body = neg.write_triples(fmt, service_description_triples(str(request.url.replace(query="")), self.config, self.info),
                                 None, {**PREFIXES, "sd": SD, "void": VOID, "formats": neg._W3F}).body
        return Response(body, media_type=fmt.content_type, headers={"Vary": "Accept"})

    # -- / -------------------------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        return HTMLResponse(render_home(self.examples, self.config, self.info))


SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _named_graph_triples(dataset: ox.BlankNode, node: str, name: str, triples: int, description: str) -> list[ox.Triple]:
    """One ``sd:namedGraph`` of the dataset, with its size and what it holds."""
    n, lit = ox.NamedNode, ox.Literal
    named, graph = ox.BlankNode(node), ox.BlankNode(node + "Graph")
    return [
        ox.Triple(dataset, n(SD + "namedGraph"), named),
        ox.Triple(named, RDF_TYPE, n(SD + "NamedGraph")),
        ox.Triple(named, n(SD + "name"), n(name)),
        ox.Triple(named, n(SD + "graph"), graph),
        ox.Triple(graph, RDF_TYPE, n(SD + "Graph")),
        ox.Triple(graph, n(DCT + "description"), lit(description)),
        ox.Triple(graph, n(VOID + "triples"), lit(str(triples), datatype=n("http://www.w3.org/2001/XMLSchema#integer"))),
    ]


def service_description_triples(endpoint: str, config: ServerConfig, info: StoreInfo) -> list[ox.Triple]:
    """SPARQL 1.1 Service Description of this endpoint (sd: and VoID)."""
    n, lit = ox.NamedNode, ox.Literal
    me, dataset, default = n(endpoint), ox.BlankNode("dataset"), ox.BlankNode("default")
    xsd_int = n("http://www.w3.org/2001/XMLSchema#integer")
    triples = [
        ox.Triple(me, RDF_TYPE, n(SD + "Service")),
        ox.Triple(me, n(SD + "endpoint"), me),
        ox.Triple(me, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
        ox.Triple(me, n(DCT + "title"), lit("kg SPARQL endpoint")),
        ox.Triple(me, n(DCT + "description"), lit(
            f"Knowledge graph of ML papers (kg). Read-only: {not config.allow_update}; timeout {config.timeout:g} s; "
            f"at most {config.max_rows} result rows (header KG-Truncated when cut).")),
        ox.Triple(me, n(SD + "defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, n(SD + "Dataset")),
        ox.Triple(dataset, n(SD + "defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, n(SD + "Graph")),
        ox.Triple(default, n(VOID + "triples"), lit(str(info.triples), datatype=xsd_int)),
        ox.Triple(default, n(VOID + "vocabulary"), n(PREFIXES["kgo"])),
    ]
    if config.allow_update:
        triples.append(ox.Triple(me, n(SD + "supportedLanguage"), n(SD + "SPARQL11Update")))
    if config.allow_service:
        triples.append(ox.Triple(me, n(SD + "feature"), n(SD + "BasicFederatedQuery")))
    if info.ontology_triples:
        triples += _named_graph_triples(dataset, "ontology", ONTOLOGY_GRAPH, info.ontology_triples,
                                        "The kg ontology (schemas/ontology.ttl)")
    if info.derived_triples:
        triples += _named_graph_triples(dataset, "coOccurrence", CO_OCCURRENCE_GRAPH, info.derived_triples,
                                        "Derived, not asserted: co-occurrence counts computed from the default graph "
                                        "when the store was loaded (kgo:CoOccurrence)")
    if info.entity_fact_triples:
        triples += _named_graph_triples(dataset, "entityFacts", ENTITY_FACTS_GRAPH, info.entity_fact_triples,
                                        "Derived, not asserted: lower-cased names, paper counts and ranks of the "
                                        "default graph's nodes, computed when the store was loaded")
    for fmt in neg.FORMATS:
        triples.append(ox.Triple(me, n(SD + "resultFormat"), n(fmt.format_iri)))
    return triples


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem;color:#222}
textarea{width:100%;height:16rem;font:13px/1.35 ui-monospace,monospace}
select,button{font-size:14px;margin:.3rem .3rem .3rem 0}
table{border-collapse:collapse;margin-top:1rem;font-size:13px}td,th{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top}
th{background:#f3f3f3}#status{color:#555;margin-left:.5rem}pre{white-space:pre-wrap;background:#f7f7f7;padding:.5rem}
code{background:#f3f3f3;padding:0 .2rem}
</style></head><body>
<h1>kg SPARQL endpoint</h1>
<p>__SUMMARY__</p>
<p>Endpoint: <code id="ep">/sparql</code> (SPARQL 1.1 Protocol; GET <code>?query=</code>, POST form or
<code>application/sparql-query</code>; results as JSON, XML, CSV, TSV; graphs as Turtle, N-Triples, JSON-LD, RDF/XML;
CORS open, so YASGUI and other browser clients can use it).</p>
<label>Example: <select id="examples"><option value="">(choose a question)</option></select></label>
<p id="question"></p>
<form id="f" method="get" action="/sparql">
<textarea name="query" id="query">PREFIX kgo: &lt;https://w3id.org/kg-ml/ontology#&gt;
PREFIX rdfs: &lt;http://www.w3.org/2000/01/rdf-schema#&gt;
SELECT ?type (COUNT(?node) AS ?nodes) WHERE { ?node a ?type ; kgo:key ?key } GROUP BY ?type ORDER BY DESC(?nodes)</textarea>
<br><select name="format" id="format">
<option value="table">table</option><option value="json">SPARQL JSON</option><option value="xml">SPARQL XML</option>
<option value="csv">CSV</option><option value="tsv">TSV</option><option value="turtle">Turtle (CONSTRUCT/DESCRIBE)</option>
<option value="nt">N-Triples (CONSTRUCT/DESCRIBE)</option><option value="json-ld">JSON-LD (CONSTRUCT/DESCRIBE)</option></select>
<button type="submit">Run</button><span id="status"></span></form>
<div id="out"></div>
<script type="application/json" id="data">__EXAMPLES__</script>
<script>
const examples = JSON.parse(document.getElementById('data').textContent);
const sel = document.getElementById('examples'), q = document.getElementById('query');
document.getElementById('ep').textContent = new URL('/sparql', location.href).href;
examples.forEach((e, i) => { const o = document.createElement('option'); o.value = i; o.textContent = e.name + ': ' + e.question; sel.appendChild(o); });
sel.onchange = () => { const e = examples[sel.value]; if (!e) return; q.value = e.text;
  document.getElementById('question').textContent = e.description; };
const cell = (b) => !b ? '' : b.type === 'uri' ? b.value : b.value + (b['xml:lang'] ? '@' + b['xml:lang'] : '');
document.getElementById('f').onsubmit = async (ev) => {
  ev.preventDefault();
  const fmt = document.getElementById('format').value, out = document.getElementById('out'), st = document.getElementById('status');
  const body = new URLSearchParams({query: q.value}); if (fmt !== 'table') body.set('format', fmt);
  st.textContent = 'running…'; out.textContent = ''; const t0 = performance.now();
  const r = await fetch('/sparql', {method: 'POST', body, headers: fmt === 'table' ? {Accept: 'application/sparql-results+json, text/turtle;q=0.9'} : {}});
  const text = await r.text(); const ms = Math.round(performance.now() - t0);
  st.textContent = r.status + ' in ' + ms + ' ms' + (r.headers.get('KG-Truncated') ? ' (truncated: ' + r.headers.get('KG-Truncated') + ')' : '');
  if (fmt === 'table' && r.ok && (r.headers.get('Content-Type') || '').includes('sparql-results+json')) {
    const j = JSON.parse(text);
    if ('boolean' in j) { out.textContent = String(j.boolean); return; }
    const t = document.createElement('table'), h = t.insertRow();
    j.head.vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; h.appendChild(th); });
    j.results.bindings.forEach(b => { const tr = t.insertRow(); j.head.vars.forEach(v => { tr.insertCell().textContent = cell(b[v]); }); });
    out.appendChild(t); st.textContent += ', ' + j.results.bindings.length + ' rows';
  } else { const pre = document.createElement('pre'); pre.textContent = text; out.appendChild(pre); }
};
// shareable links: /?example=NAME or /?query=… fills the box and runs it
const here = new URLSearchParams(location.search);
const named = examples.findIndex(e => e.name === here.get('example'));
if (named >= 0) { sel.value = named; sel.onchange(); }
if (here.get('query')) q.value = here.get('query');
if (named >= 0 || here.get('query')) document.getElementById('f').requestSubmit();
</script></body></html>
"""


def render_home(examples, config: ServerConfig, info: StoreInfo) -> str:
    data = json.dumps([{"name": e.name, "question": e.question, "description": e.description, "text": e.bound()}
                       for e in examples]).replace("</", "<\\/")
    summary = (f"{info.triples:,} triples from {html.escape(str(config.out_dir))}/graph.nt"
               f"{' and the ontology in graph &lt;' + ONTOLOGY_GRAPH + '&gt;' if info.ontology_triples else ''}. "
               f"{'Read-only' if not config.allow_update else 'Updates allowed'}; queries stop after {config.timeout:g} s "
               f"and return at most {config.max_rows:,} rows.")
    return _PAGE.replace("__SUMMARY__", summary).replace("__EXAMPLES__", data)


def create_app(config: ServerConfig, info: StoreInfo, pool: QueryPool | None = None) -> Starlette:
    """The ASGI app. The pool's workers start in the app's lifespan and stop with it."""
    pool = pool or QueryPool(info.path, workers=config.worker_count, timeout=config.timeout, max_rows=config.max_rows,
                             slow_after=config.slow_after, max_waiting=config.max_waiting,
                             allow_network=config.allow_service)
    endpoint = Endpoint(config, pool, info)

    @asynccontextmanager
    async def lifespan(app):
        await pool.open()
        try:
            yield
        finally:
            await asyncio.to_thread(pool.close)

    app = Starlette(
        routes=[Route("/sparql", endpoint.sparql, methods=["GET", "POST"]), Route("/", endpoint.home, methods=["GET"])],
        middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["*"],
                               expose_headers=["KG-Rows", "KG-Truncated", "Content-Type"], max_age=600)],
        lifespan=lifespan,
    )
    app.state.endpoint = endpoint
    app.state.pool = pool
    return app


def uvicorn_config(app, config: ServerConfig, sock_port: int | None = None):
    import uvicorn

    return uvicorn.Config(
        app, host=config.host, port=config.port if sock_port is None else sock_port, log_level=config.log_level,
        limit_concurrency=config.limit_concurrency, timeout_keep_alive=5, lifespan="on",
        h11_max_incomplete_event_size=config.max_request_bytes, access_log=config.log_level == "debug",
        server_header=False, http=header_timeout_protocol(config.header_timeout),
    )


def header_timeout_protocol(seconds: float):
    """uvicorn's h11 protocol, closing a connection that does not complete a request's
    headers within ``seconds`` (uvicorn alone waits for ever: idle connections would use up
    ``limit_concurrency`` and every later client would get 503)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeaderTimeoutH11Protocol(H11Protocol):
        _kg_timer = None

        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._kg_arm()

        def _kg_arm(self) -> None:
            if self._kg_timer is None:
                self._kg_timer = self.loop.call_later(seconds, self._kg_expired)

        def _kg_disarm(self) -> None:
            if self._kg_timer is not None:
                self._kg_timer.cancel()
                self._kg_timer = None

        def _kg_between_requests(self) -> bool:
            return self.cycle is None or self.cycle.response_complete

        def _kg_expired(self) -> None:
            self._kg_timer = None
            if self._kg_between_requests() and not self.transport.is_closing():
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            if self._kg_between_requests():
                self._kg_arm()  # the next request's headers start arriving: they get the same time
            super().data_received(data)
            if not self._kg_between_requests():
                self._kg_disarm()  # headers complete: the request is the app's now

        def connection_lost(self, exc) -> None:
            self._kg_disarm()
            super().connection_lost(exc)

    return HeaderTimeoutH11Protocol


def serve(config: ServerConfig, on_ready=None) -> None:
    """Prepare the store, then serve until interrupted (blocking)."""
    import uvicorn

    info = prepare_store(config.out_dir, force=config.reload)
    if on_ready:
        on_ready(info)
    app = create_app(config, info)
    uvicorn.Server(uvicorn_config(app, config)).run()


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class ServerURL(str):
    """The ``/sparql`` URL of a running endpoint, with its app and server thread attached."""

    app: Starlette
    thread: threading.Thread


@contextmanager
def background_server(config: ServerConfig, startup_timeout: float = 60.0) -> Iterator[ServerURL]:
    """Run the endpoint in a thread (tests, benchmarks); yields its ``/sparql`` URL."""
    import uvicorn

    if not config.loopback_only:
        raise ValueError("background_server binds loopback addresses only")
    info = prepare_store(config.out_dir, force=config.reload)
    # The listening socket is bound here and handed to uvicorn: a port looked up free and bound
    # later could be taken in between by another process (tests running side by side: Errno 98).
    listener = socket.socket(socket.AF_INET6 if ":" in config.host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind((config.host, config.port or 0))
    except OSError:
        listener.close()
        raise
    port = listener.getsockname()[1]
    app = create_app(config, info)
    server = uvicorn.Server(uvicorn_config(app, config, port))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, name="kg-serve", daemon=True)
    thread.start()
    start = time.monotonic()
    try:
        while not server.started:
            if not thread.is_alive() or time.monotonic() - start > startup_timeout:
                server.should_exit = True
                raise RuntimeError("kg serve did not start")
            time.sleep(0.02)
        host = f"[{config.host}]" if ":" in config.host else config.host
        url = ServerURL(f"http://{host}:{port}/sparql")
        url.app, url.thread = app, thread
        yield url
    finally:
        server.should_exit = True
        thread.join(30)
        listener.close()
