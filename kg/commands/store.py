"""``kg load``, ``kg query`` and ``kg export``: graph databases from the command line.

Thin: click parses options, ``kg.stores`` / ``kg.export_csv`` do the work and return
reports, this module prints them. Registered in ``kg.cli`` with ``main.add_command``.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import click

from kg.commands import BUILD_DIR, check_path
from kg.errors import KGError

STORE_CHOICE = click.Choice(["falkordb", "neo4j"])


def _fail(exc: KGError) -> None:
    click.secho(f"error: {exc}", fg="red", err=True)
    sys.exit(1)


def store_options(func=None, *, default: str | None = "falkordb", help: str | None = None):
    """Connection options shared by ``load``, ``query`` and ``build --store``."""
    if func is None:
        return lambda f: store_options(f, default=default, help=help)
    options = [
        click.option("--store", "-s", type=STORE_CHOICE, default=default, show_default=default is not None,
                     help=help or "falkordb: the embedded server under OUTDIR/falkordb, or --url; neo4j: --uri or NEO4J_URI."),
        click.option("--url", default=None, metavar="redis://HOST:PORT", help="FalkorDB: a running server instead of the embedded one."),
        click.option("--graph", "graph_name", default="kg", show_default=True, help="FalkorDB: the graph's name."),
        click.option("--uri", default=None, help="Neo4j: bolt:// or neo4j:// URI [env NEO4J_URI; default neo4j://localhost:7687]."),
        click.option("--user", default=None, help="Neo4j: user name [env NEO4J_USERNAME; default neo4j]."),
        click.option("--password", default=None, help="Neo4j: password [env NEO4J_PASSWORD; prefer it: a command line is visible to other users]."),
        click.option("--database", default=None, help="Neo4j: database [env NEO4J_DATABASE; default: the server's default]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _transport(store: str, out_dir: Path | None, url, graph_name, uri, user, password, database, must_exist: bool = False):
    from kg.stores import make_transport

    return make_transport(store, out_dir, url=url, graph=graph_name, uri=uri, user=user, password=password,
                          database=database, must_exist=must_exist)


def _progress_bar(show: bool | None):
    if not (sys.stderr.isatty() if show is None else show):
        return None
    from tqdm import tqdm

    return lambda batches, total: tqdm(batches, total=total, desc="batches", unit="batch", file=sys.stderr)


def _rows_table(rows: list[tuple], headers: tuple) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda r: "  ".join(str(x).ljust(w) if i == 0 else str(x).rjust(w) for i, (x, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([line(headers), line(tuple("-" * w for w in widths)), *map(line, rows)])


def format_load_report(report) -> str:
    """The summary ``kg load`` (and ``kg build --store``) prints: created vs already there."""
    d = report.to_dict()
    lines = [f"Loaded into {report.target} in {d['seconds']} s ({report.batches} batches)"]
    schema = d["schema"]
    lines.append(f"Schema: {schema.get('constraints_created', 0)} constraint(s) and {schema.get('indexes_created', 0)} index(es) created, "
                 f"{schema.get('existing', 0)} already there")
    rows = [(k, v["sent"], v["created"], v["existing"]) for k, v in sorted(d["by_label"].items())]
    rows.append(("total", d["nodes_sent"], d["nodes_created"], d["nodes_existing"]))
    lines.append(_rows_table(rows, ("node label", "rows", "created", "existed")))
    rows = [(k, v["sent"], v["created"], v["existing"]) for k, v in sorted(d["by_relationship"].items())]
    rows.append(("total", d["relationships_sent"], d["relationships_created"], d["relationships_existing"]))
    lines.append(_rows_table(rows, ("relationship", "rows", "created", "existed")))
    if report.relationships_missing_endpoints:
        lines.append(f"warning: {report.relationships_missing_endpoints} relationship row(s) skipped: an endpoint node is missing")
    lines.append(f"{d['properties_set']} properties set; the store now holds {report.store_nodes} nodes and "
                 f"{report.store_relationships} relationships, and {report.co_occurrence_pairs} co-occurrence pairs (:CoOccurrence)")
    return "\n".join(lines)


def load_and_report(out_dir: Path, store: str, url, graph_name, uri, user, password, database, batch_size: int = 1000,
                    progress: bool | None = None, as_json: bool = False, replace: bool = False) -> None:
    """What ``kg load`` does, also run by ``kg build --store``: ``kg.stores.load_dir``, then the report."""
    from kg.stores import load_dir

    try:
        transport = _transport(store, out_dir, url, graph_name, uri, user, password, database)
        report = load_dir(out_dir, transport, batch_size=batch_size, progress=_progress_bar(progress), replace=replace)
    except KGError as exc:
        _fail(exc)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else format_load_report(report))


REPLACE_HELP = ("Empty the store's graph first. Needed when it holds an earlier build of OUTDIR "
                "(a load would otherwise mix the two builds' nodes).")


@click.command("load")
@click.argument("out_dir", metavar="OUTDIR", type=BUILD_DIR)
@store_options
@click.option("--batch-size", default=1000, show_default=True, type=click.IntRange(1, 100000), help="Rows per UNWIND batch (one transaction each).")
@click.option("--replace", is_flag=True, help=REPLACE_HELP)
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the load report as JSON.")
def load_cmd(out_dir: Path, store: str, url, graph_name, uri, user, password, database, batch_size: int,
             replace: bool, progress: bool | None, as_json: bool) -> None:
    """Load the graph `kg build` wrote to OUTDIR into a graph database.

    Uniqueness constraints and indexes first, then nodes and relationships in batched
    `UNWIND $rows ... MERGE` transactions: loading twice, or again after a load was
    killed half-way, ends with the same graph and no duplicates. A store that holds an
    earlier build of OUTDIR is refused unless --replace.

    \b
    kg load OUTDIR                          embedded FalkorDB, data in OUTDIR/falkordb
    kg load --url redis://127.0.0.1:6379 OUTDIR
    kg load --store neo4j --uri neo4j://localhost:7687 OUTDIR   (password: NEO4J_PASSWORD)
    """
    load_and_report(out_dir, store, url, graph_name, uri, user, password, database, batch_size, progress, as_json, replace)


def parse_params(pairs: tuple[str, ...], examples: dict[str, Any]) -> dict[str, Any]:
    """``--param k=v`` pairs over the query file's example params (types follow the examples)."""
    from kg.stores import coerce_param

    params = dict(examples)
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        params[key] = coerce_param(raw, examples.get(key))
    return params


def _cell(value: Any, width: int | None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, dict) and "labels" in value and "properties" in value:
        props = value["properties"]
        text = f"(:{':'.join(value['labels'])} {props.get('name', props.get('key', ''))})"
    elif isinstance(value, dict) and "type" in value and "properties" in value:
        text = f"[:{value['type']}]"
    else:
        text = json.dumps(value, ensure_ascii=False)
    text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def format_result(result, fmt: str = "table", width: int | None = 60) -> str:
    """A query result as a text table, JSON records or CSV (nodes and lists as JSON in CSV)."""
    if fmt == "json":
        return json.dumps(result.records(), indent=2, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")  # RFC 4180; also quotes fields holding \r
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if v is None else v if isinstance(v, (str, int, float)) and not isinstance(v, bool)
                             else json.dumps(v, ensure_ascii=False) for v in row])
        return buf.getvalue().removesuffix("\r\n")
    cells = [[_cell(v, width) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
    line = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip()  # noqa: E731
    out = [line(result.columns), line(["-" * w for w in widths]), *(line(r) for r in cells)]
    out.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''}, {result.seconds * 1000:.1f} ms)")
    return "\n".join(out)


@click.command("query")
@click.argument("args", nargs=-1, required=True, metavar="[OUTDIR] CYPHER|FILE.cypher")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter ($NAME); repeatable. Typed like the file's `// params:` example, else JSON if it parses, else a string.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="Output format (-f is the output format in every kg command).")
@click.option("--width", default=60, show_default=True, type=click.IntRange(0), help="Table: cut longer cells (0: never).")
@click.option("--write", "allow_write", is_flag=True, help="Allow a query that writes (default: read-only).")
@click.option("--reload", "reload_store", is_flag=True, help="Load OUTDIR's build into the store first, replacing the graph there (when it holds an earlier build).")
@click.option("--timeout", type=click.FloatRange(0.001, min_open=False), default=None, metavar="SECONDS",
              help="The store stops the query after SECONDS (exit 1) [default: no limit but the store's own].")
@store_options
def query_cmd(args: tuple[str, ...], params: tuple[str, ...], fmt: str, width: int, allow_write: bool, reload_store: bool,
              timeout: float | None, store: str, url, graph_name, uri, user, password, database) -> None:
    """Run a Cypher query on the graph loaded from OUTDIR and print the rows.

    The query is Cypher text or a .cypher file such as queries/model_methods.cypher,
    whose `// params: {...}` line gives example parameters that --param overrides.
    OUTDIR (default ./out) names the embedded FalkorDB (OUTDIR/falkordb, filled by
    `kg load OUTDIR`). With --url or --store neo4j it may be left out; given, it is the
    build the store is checked against. A store that holds an earlier build of OUTDIR
    is refused (exit 1) unless --reload.

    \b
    kg query out "MATCH (m:Model) RETURN m.name LIMIT 5"
    kg query out queries/model_methods.cypher --param model=LLaMA
    kg query out queries/top_proposed_methods.cypher --format json --timeout 30
    kg query --store neo4j queries/model_family_tree.cypher
    """
    from kg.stores import load_dir, read_query_file, run_query

    if len(args) > 2:
        raise click.UsageError(f"expected [OUTDIR] CYPHER, got {len(args)} arguments (quote the Cypher text)")
    out_dir, query = (Path(args[0]), args[1]) if len(args) == 2 else (None, args[0])
    if out_dir is None and store == "falkordb" and url is None:
        out_dir = Path("out")  # the embedded store lives in a build directory
    if reload_store and out_dir is None:
        raise click.UsageError("--reload needs the OUTDIR to load from")
    if out_dir is not None:  # checked as click checks a typed argument: a missing path is a usage error
        check_path(BUILD_DIR, out_dir, "[OUTDIR]")
    if query.endswith(".cypher"):
        check_path(click.Path(exists=True, dir_okay=False), query, "FILE.cypher")
    try:
        examples: dict[str, Any] = {}
        text = query
        if query.endswith(".cypher") or Path(query).is_file():
            qfile = read_query_file(query)
            text, examples = qfile.text, qfile.params
        values = parse_params(params, examples)
        if reload_store:
            load_dir(out_dir, _transport(store, out_dir, url, graph_name, uri, user, password, database), replace=True)
        transport = _transport(store, out_dir, url, graph_name, uri, user, password, database, must_exist=True)
        result = run_query(transport, text, values, read_only=not allow_write, out_dir=out_dir, timeout=timeout)
    except KGError as exc:
        _fail(exc)
    click.echo(format_result(result, fmt, width or None))


@click.group("export")
def export_cmd() -> None:
    """Export a build for other tools (see `kg export neo4j-csv --help`)."""


@export_cmd.command("neo4j-csv")
@click.argument("out_dir", metavar="OUTDIR", type=BUILD_DIR)
@click.option("--to", "to", default=None, type=click.Path(file_okay=False, path_type=Path), help="Target directory [default: OUTDIR/neo4j-import].")
@click.option("--database", default="neo4j", show_default=True, help="Database name in the printed neo4j-admin command.")
def export_neo4j_csv_cmd(out_dir: Path, to: Path | None, database: str) -> None:
    """Node and relationship CSVs for `neo4j-admin database import full`.

    For graphs too big for transactional loading (millions of papers): writes
    nodes_<Label>.csv, relationships_<TYPE>.csv, constraints.cypher and import.sh with the
    exact neo4j-admin command.
    """
    from kg.export_csv import export_neo4j_csv

    try:
        report = export_neo4j_csv(out_dir, to, database=database)
    except KGError as exc:
        _fail(exc)
    click.echo(f"Wrote {sum(report.nodes.values())} nodes in {len(report.nodes)} file(s) and "
               f"{sum(report.relationships.values())} relationships in {len(report.relationships)} file(s), and "
               f"{report.co_occurrence_pairs} co-occurrence pairs, to {report.out_dir}/")
    click.echo("Import into a new database (Neo4j stopped), from that directory:")
    click.echo(f"  {report.command}")
    click.echo("then start Neo4j and run constraints.cypher (cypher-shell -f constraints.cypher).")
