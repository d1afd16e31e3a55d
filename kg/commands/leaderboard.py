"""``kg leaderboard``: the results papers report on one benchmark, from a build or a loaded store.

Thin: ``kg.leaderboard`` reads the build (or runs ``queries/leaderboard.cypher`` on the store)
and returns a ``Leaderboard``; this module prints it. Registered in ``kg.cli``.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from kg.commands import BUILD_DIR, check_path
from kg.errors import KGError

TABLE_COLUMNS = ("#", "model", "value", "metric", "kind", "paper", "year", "sentence")


def _text(value, width: int | None) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text[: width - 1] + "…" if width and len(text) > width else text


def _value(row) -> str:
    """"85%", or "67% -> 85%" for a "from 67% to 85%" change (both ends, as the Result's name reads)."""
    unit = row.unit or ""
    unit = unit if unit in ("%", "x") else (" " + unit if unit else "")
    value = f"{row.value:g}{unit}"
    return value if row.from_value is None else f"{row.from_value:g}{unit} -> {value}"


def format_leaderboard(board, fmt: str = "table", width: int | None = 60) -> str:
    """A ``Leaderboard`` as a text table, JSON or CSV (every column of the query)."""
    if fmt == "json":
        return json.dumps(board.to_dict(), indent=2, ensure_ascii=False)
    if fmt == "csv":
        from kg.leaderboard import COLUMNS

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in board.rows:
            writer.writerow(["" if getattr(row, c) is None else getattr(row, c) for c in COLUMNS])
        return buf.getvalue().removesuffix("\r\n")
    cells = [[str(i), _text(r.model, 30), _value(r), _text(r.metric, 20), r.kind, _text(r.paper, width),
              "" if r.year is None else str(r.year), _text(r.sentence, width)] for i, r in enumerate(board.rows, 1)]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(TABLE_COLUMNS)]
    line = lambda r: "  ".join(x.ljust(w) for x, w in zip(r, widths)).rstrip()  # noqa: E731
    what = board.benchmark + (f", {board.metric}" if board.metric else "")
    out = [f"Leaderboard: {what} ({len(board.rows)} result{'s' if len(board.rows) != 1 else ''} from {board.source}, "
           f"{board.seconds * 1000:.0f} ms)", line(TABLE_COLUMNS), line(["-" * w for w in widths]), *(line(c) for c in cells)]
    return "\n".join(out)


@click.command("leaderboard")
@click.argument("benchmark")
@click.argument("out_dir", metavar="[OUTDIR]", type=BUILD_DIR, default=None, required=False)
@click.option("--metric", "-m", default=None, help="Only results of this metric (name or alias, any case).")
@click.option("--store", "-s", type=click.Choice(["falkordb", "neo4j"]), default=None,
              help="Ask a loaded graph store instead of the build's files: falkordb (embedded under OUTDIR/falkordb, or --url) or neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD).")
@click.option("--url", default=None, metavar="redis://HOST:PORT", help="FalkorDB: a running server instead of the embedded one.")
@click.option("--graph", "graph_name", default="kg", show_default=True, help="FalkorDB: the graph's name.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--width", default=60, show_default=True, type=click.IntRange(0), help="Table: cut longer cells (0: never).")
@click.option("--timeout", type=click.FloatRange(0.001, min_open=False), default=None, metavar="SECONDS",
              help="With --store: the store stops the query after SECONDS (exit 1) [default: no limit but the store's own]. "
                   "The SPARQL endpoint's limit is `kg serve --timeout`.")
def leaderboard_cmd(benchmark: str, out_dir: Path | None, metric: str | None, store: str | None, url: str | None,
                    graph_name: str, fmt: str, width: int, timeout: float | None) -> None:
    """Print the leaderboard of BENCHMARK: every result the papers of a build report on it.

    Rows: model or method, value and unit ("67% -> 85%" for a change "from 67% to 85%"), metric, kind (absolute score or gain), paper,
    year and the sentence it was read from; absolute scores first, each by value. The
    benchmark (and --metric) match a node's name or any alias, in any case.

    \b
    kg leaderboard MMLU                     from ./out (nodes.jsonl, edges.jsonl)
    kg leaderboard GSM8K out --metric accuracy --format csv
    kg leaderboard MMLU out --store falkordb    after `kg load out`
    kg leaderboard MMLU out --store falkordb --timeout 30
    """
    from kg.leaderboard import leaderboard, leaderboard_from_store

    if timeout is not None and not store:
        raise click.UsageError("--timeout is the store's limit: use it with --store (reading the build's files has none)")
    if out_dir is None:  # ./out, where it is read: the build's files or the embedded FalkorDB (neo4j and --url need none)
        out_dir = Path("out")
        if not store or store == "falkordb" and url is None:
            check_path(BUILD_DIR, out_dir, "[OUTDIR]")
    try:
        if store:
            from kg.stores import make_transport

            transport = make_transport(store, out_dir, url=url, graph=graph_name, must_exist=True)
            transport.open()
            try:
                board = leaderboard_from_store(transport, benchmark, metric, timeout=timeout)
            finally:
                transport.close()
        else:
            board = leaderboard(out_dir, benchmark, metric)
    except KGError as exc:
        click.secho(f"error: {exc}", fg="red", err=True)
        sys.exit(1)
    click.echo(format_leaderboard(board, fmt, width or None))
