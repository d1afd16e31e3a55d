"""``kg serve`` and ``kg validate``: options → library call → printed report.

Registered in ``kg/cli.py`` with ``main.add_command(serve_cmd)`` and
``main.add_command(validate_cmd)``. Exit codes: 0 ok (validate: the build conforms),
1 a kg error or (validate) violations, 2 a usage error (a missing OUT_DIR too).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.commands import BUILD_DIR
from kg.errors import KGError



def _fail(exc: Exception) -> None:
    click.secho(f"error: {exc}", fg="red", err=True)
    sys.exit(1)


@click.command("serve")
@click.argument("out_dir", type=BUILD_DIR, default="out", required=False)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; anything but loopback exposes the endpoint to the network.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0: any free port).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update (default: read-only, updates get 403). Updates persist in OUT_DIR/oxigraph until graph.nt changes.")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE (federated query) and LOAD, which make the server fetch URLs (default: 403).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600), help="Seconds a query may run before it is stopped (503).")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1), help="Most result rows (or triples) per answer; longer results are cut and flagged with a KG-Truncated header.")
@click.option("--max-request-bytes", default=1 << 20, show_default=True, type=click.IntRange(1024), help="Largest request body (413 beyond).")
@click.option("--max-query-bytes", default=128 << 10, show_default=True, type=click.IntRange(64), help="Largest query or update text (413 beyond).")
@click.option("--workers", default=0, show_default=True, type=click.IntRange(0, 64), help="Query worker processes (0: one per CPU plus two, at least 4). At most workers-1 queries may run past --slow-after at once.")
@click.option("--slow-after", default=1.0, show_default=True, type=click.FloatRange(0.05, 3600), help="Seconds after which a query counts as long; a long query that would leave no worker free for new ones is stopped (503, Retry-After).")
@click.option("--header-timeout", default=10.0, show_default=True, type=click.FloatRange(0.5, 600), help="Seconds a connection has to send a request's headers before it is closed.")
@click.option("--allow-origin", "allowed_origins", multiple=True, metavar="ORIGIN", help="A web origin (https://example.org) besides the endpoint's own allowed to send updates (with --allow-update). Repeatable.")
@click.option("--reload", "reload_store", is_flag=True, help="Reload OUT_DIR/oxigraph from graph.nt even if it is unchanged.")
@click.option("--log-level", default="info", show_default=True, type=click.Choice(["critical", "error", "warning", "info", "debug"]), help="uvicorn's log level ('debug' adds an access log).")
def serve_cmd(out_dir: Path, host: str, port: int, allow_update: bool, allow_service: bool, timeout: float, max_rows: int,
              max_request_bytes: int, max_query_bytes: int, workers: int, slow_after: float, header_timeout: float,
              allowed_origins: tuple[str, ...], reload_store: bool, log_level: str) -> None:
    """Serve a build's RDF (OUT_DIR, default ./out) over the SPARQL 1.1 Protocol.

    The endpoint is http://HOST:PORT/sparql (GET ?query=, POST form or
    application/sparql-query; results as JSON, XML, CSV, TSV or Turtle, N-Triples, JSON-LD,
    RDF/XML by Accept); http://HOST:PORT/ has a query page with the example queries. The
    Oxigraph store is kept in OUT_DIR/oxigraph and reused while graph.nt is unchanged.
    Read-only, loopback-only, time- and size-limited unless told otherwise.
    """
    from kg.extras import require_extra

    try:
        require_extra("serve", "kg serve")
    except KGError as exc:
        _fail(exc)
    from kg.sparql.server import ServerConfig, serve

    config = ServerConfig(out_dir=out_dir, host=host, port=port, allow_update=allow_update, allow_service=allow_service,
                          timeout=timeout, max_rows=max_rows, max_request_bytes=max_request_bytes,
                          max_query_bytes=max_query_bytes, workers=workers, reload=reload_store, log_level=log_level,
                          slow_after=slow_after, header_timeout=header_timeout, allowed_origins=allowed_origins)

    def ready(info) -> None:
        how = (f"loaded {info.triples:,} triples in {info.load_seconds:.2f} s ({info.reason}; of which "
               f"{info.derive_seconds:.2f} s deriving {info.derived_triples:,} co-occurrence and "
               f"{info.entity_fact_triples:,} entity-fact triples)" if info.reloaded
               else f"reusing {info.triples:,} triples ({info.reason})")
        click.echo(f"Store {info.path}: {how}" + (f"; {info.updates} update(s) applied since" if info.updates else ""))
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"SPARQL endpoint http://{shown}:{port}/sparql  query page http://{shown}:{port}/")
        click.echo(f"{'read-write' if allow_update else 'read-only'}, timeout {timeout:g} s, max {max_rows:,} rows, "
                   f"{config.worker_count} workers" + (", SERVICE/LOAD allowed" if allow_service else ""))
        if not config.loopback_only:
            click.secho(f"warning: listening on {host}: anyone who can reach this machine can query the endpoint", fg="yellow", err=True)

    try:
        serve(config, on_ready=ready)
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it has handled, after a clean shutdown
        click.echo("stopped")
    except KGError as exc:
        _fail(exc)
    except OSError as exc:  # port in use, permission denied
        _fail(f"cannot listen on {host}:{port}: {exc}")


@click.command("validate")
@click.argument("out_dir", type=BUILD_DIR, default="out", required=False)
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None, help="SHACL shapes (default: schemas/shapes.ttl).")
@click.option("--ontology", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None, help="Ontology (default: schemas/ontology.ttl).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(0), help="Most violations to list.")
def validate_cmd(out_dir: Path, shapes: Path | None, ontology: Path | None, as_json: bool, limit: int) -> None:
    """Check a build's RDF (OUT_DIR, default ./out) against the SHACL shapes and the ontology.

    Exits 0 when graph.nt conforms and uses only terms the ontology defines, 1 otherwise
    (2, a usage error, when OUT_DIR does not exist).
    """
    from kg.validate import validate

    try:
        report = validate(out_dir, shapes=shapes, ontology=ontology)
    except KGError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps(report.to_dict(limit=limit), indent=2))
    else:
        verdict = click.style("conforms", fg="green") if report.ok else click.style("does not conform", fg="red")
        click.echo(f"{report.data} ({report.triples:,} triples) {verdict} to {report.shapes.name} "
                   f"and {report.ontology.name} ({report.seconds:.1f} s)")
        for message, count in report.by_message().most_common():
            click.echo(f"  {count:>6}  {message}")
        for v in report.violations[:limit]:
            click.echo(f"  - {v.focus}" + (f" {v.path}" if v.path else "") + (f" = {v.value}" if v.value else "") + f": {v.message}")
        if report.undefined_terms:
            click.echo("  terms used but not defined in the ontology: " + ", ".join(report.undefined_terms))
    sys.exit(0 if report.ok else 1)
