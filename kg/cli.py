"""The ``kg`` command line: click parses options, library functions do the work and return
reports, and this module prints them. Exit codes: 0 ok, 1 a kg error (message on stderr),
2 a usage error (click's own; a path argument that does not exist is one, in every command)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import __version__
from kg.commands import BUILD_DIR, BuildDir
from kg.commands.store import load_and_report, store_options
from kg.errors import KGError
from kg.evaluate import GROUPINGS
from kg.read import DEFAULT_LIMITS, ReadLimits


def _fail(exc: KGError) -> None:
    click.secho(f"error: {exc}", fg="red", err=True)
    sys.exit(1)


def _merged(fields: dict[str, int]) -> str:
    """"5 field(s) (venue 2, anthology_id 2, doi 1)": what duplicates filled, most first."""
    parts = ", ".join(f"{name} {n}" for name, n in sorted(fields.items(), key=lambda item: (-item[1], item[0])))
    return f"{sum(fields.values())} field(s) ({parts})"


def _table(rows: list[tuple], headers: tuple) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda r: "  ".join(str(x).ljust(w) if i == 0 else str(x).rjust(w) for i, (x, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([line(headers), line(tuple("-" * w for w in widths)), *map(line, rows)])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: build a typed, evidence-backed knowledge graph of ML papers.

    Start with `kg build` (no arguments: the bundled sample corpus into ./out), then
    `kg eval` to score it against a gold set.
    """


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "-o", "out_dir", default="out", show_default=True, type=click.Path(path_type=Path), help="Output directory for graph.graphml, graph.ttl, graph.nt, nodes.jsonl, edges.jsonl, graph.cypher, summary.json, rejects.jsonl, extractions.jsonl.gz.")
@click.option("--input-format", "--format", "fmt", type=click.Choice(["hf-text", "jsonl", "json", "atom", "csv"]), default=None, help="Input format; detected from each file when not given. (-f is an output format in every kg command; build writes all of them.)")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1, 10000), help="Documents per spaCy batch.")
@click.option("--workers", "-w", type=click.IntRange(1), default=None, help="Extraction processes; the graph is the same for any number.  [default: one per core; with --scheduler, the cluster's size]")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="local: this machine (in-process or a process pool); dask: a Dask cluster (a LocalCluster of --workers processes unless --scheduler is given).")
@click.option("--scheduler", metavar="ADDRESS", default=None, help="Address of a running Dask scheduler (tcp://host:8786) for --engine dask.")
@click.option("--update", "update_dir", metavar="OUTDIR", default=None, type=BuildDir("run a full build first: kg build INPUTS… --out {path}"), help="Add INPUTS to the build in OUTDIR: only papers not already there are extracted, all are linked, and each output copies its unchanged records from OUTDIR's (giving what a full build of old and new inputs would write).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
@click.option("--max-record-bytes", type=click.IntRange(1024), default=DEFAULT_LIMITS.max_record_bytes, show_default=True, help="A line (or Atom entry) longer than this is rejected without being held in memory.")
@click.option("--max-abstract-chars", type=click.IntRange(100), default=DEFAULT_LIMITS.max_abstract_chars, show_default=True, help="A longer abstract is rejected (extraction time grows with length).")
@click.option("--recognizer", type=click.Choice(["typed", "rules", "combined", "model"]), default=None, help="Entity recognisers: the rules with the learned span typer (typed), the rules alone, those plus the trained span model (combined), or the model alone (ablations).  [default: from the pipeline config]")
@click.option("--relations", type=click.Choice(["combined", "rules"]), default=None, help="Relation extractors: the rules and the trained pair classifier, or the rules alone (ablations).  [default: from the pipeline config]")
@click.option("--roles", type=click.Choice(["combined", "rules"]), default=None, help="Paper roles (PROPOSES, USES, MENTIONS, ...): the rules checked by the trained paper-role model, or the rules alone (ablations).  [default: from the pipeline config]")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None, help="A data directory to read instead of the package's kg/data: a copy of it with your own gazetteers (gazetteer/*.jsonl), lexicon or models. Every pipeline reads it, in workers too (the environment variable KG_DATA_DIR does the same), and a tied type vote goes to its gazetteer's type; the Papers with Code catalogue and the linker's word lists stay the package's.")
@click.option("--force", is_flag=True, help="Write the outputs even when no paper was found (an empty graph replaces the one in --out).")
@store_options(default=None, help="Then load the graph into this store, exactly as `kg load OUTDIR` does: falkordb (embedded under OUTDIR/falkordb, or --url) or neo4j (--uri or NEO4J_URI).")
@click.option("--replace", is_flag=True, help="With --store: empty the store's graph first (needed when it holds an earlier build of --out).")
@click.pass_context
def build(ctx: click.Context, inputs: tuple[Path, ...], out_dir: Path, fmt: str | None, batch_size: int, workers: int | None,
          engine: str, scheduler: str | None, update_dir: Path | None, progress: bool | None,
          max_record_bytes: int, max_abstract_chars: int, recognizer: str | None, relations: str | None, roles: str | None,
          data_dir: Path | None, force: bool,
          store: str | None, url, graph_name, uri, user, password, database, replace: bool) -> None:
    """Read papers and write their knowledge graph.

    INPUTS are files or directories: the Hugging Face Papers text dump, arXiv metadata JSON
    Lines / JSON, arXiv API Atom XML or CSV with title/abstract columns (optionally .gz).
    Without INPUTS, the bundled sample corpus (247 papers) is built. Unusable records are
    skipped, counted and written to rejects.jsonl; the run still exits 0.

    `kg build --update OUTDIR NEW_INPUT…` adds papers to an existing build;
    `kg build --store neo4j` also loads the result into Neo4j (as `kg load` does).
    Exit codes: 0 built (and loaded), 1 an error (nothing found in INPUTS, a store that
    refused or holds an earlier build), 2 a usage error.
    """
    from kg.build import build as run_build
    from kg.commands.progress import ConsoleProgress

    if update_dir is not None:
        if ctx.get_parameter_source("out_dir") is not click.core.ParameterSource.DEFAULT and out_dir != update_dir:
            raise click.UsageError("--update OUTDIR is the output directory; do not also give a different --out")
        if not inputs:
            raise click.UsageError("--update OUTDIR needs the new INPUTS to add")
        out_dir = update_dir
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    connection = {"--url": url, "--uri": uri, "--user": user, "--password": password, "--database": database, "--replace": replace or None}
    if store is None and any(v is not None for v in connection.values()):
        raise click.UsageError(f"{', '.join(k for k, v in connection.items() if v is not None)} need(s) --store falkordb|neo4j")
    if store:
        from kg.extras import require_extra

        try:
            require_extra(store, f"kg build --store {store}")  # before an hour of building, not after
        except KGError as exc:
            _fail(exc)
    if recognizer or relations or roles or data_dir:
        import os

        from kg.extract.data_files import DATA_DIR_ENV
        from kg.extract.pipeline import RECOGNIZER_ENV, RELATIONS_ENV, ROLES_ENV

        for env, value in ((RECOGNIZER_ENV, recognizer), (RELATIONS_ENV, relations), (ROLES_ENV, roles),
                           (DATA_DIR_ENV, data_dir and str(data_dir.resolve()))):
            if value:
                os.environ[env] = value  # read by every pipeline built, in workers too
    show = sys.stderr.isatty() if progress is None else progress
    bar = ConsoleProgress() if show else None
    try:
        graph, report = run_build(list(inputs) or None, out_dir, fmt=fmt, batch_size=batch_size, progress=bar, force=force,
                                  workers=workers, engine=engine, scheduler=scheduler, update=update_dir is not None,
                                  limits=ReadLimits(max_record_bytes=max_record_bytes, max_abstract_chars=max_abstract_chars))
    except KGError as exc:
        _fail(exc)
    finally:
        if bar:
            bar.close()
    s = report.to_dict()
    how = f"{report.engine} engine, {report.workers} worker{'s' if report.workers != 1 else ''}"
    if report.update:
        click.echo(f"\nUpdated {out_dir}: {report.extracted_papers} new paper(s) extracted, {report.reused_papers} reused, "
                   f"{report.papers} in the graph, in {s['timings_s']['total']} s ({how}, peak {s['peak_memory_mb']} MB)")
        copied = sum(c["reused"] for c in report.reuse.values())
        written = sum(c["written"] for c in report.reuse.values())
        click.echo(f"Outputs: {copied} record(s) copied from the previous files, {written} written")
        for name in report.rewritten_files:
            click.echo(f"  {name} written afresh: {report.reuse[name]['fallback']}")
    else:
        rate = f"{s['papers_per_s']} papers/s extraction, " if s["papers_per_s"] else ""
        click.echo(f"\nBuilt {report.papers} papers from {', '.join(report.inputs)} in {s['timings_s']['total']} s "
                   f"({rate}{how}, peak {s['peak_memory_mb']} MB)")
    click.echo(f"Rejected {report.rejects} record(s)" + (f" -> {out_dir / 'rejects.jsonl'}" if report.rejects else "")
               + (f"; {report.duplicates} duplicate record(s) skipped" if report.duplicates else "")
               + (f" ({report.merged_title_twins} of them title twins: one paper under another id)" if report.merged_title_twins else "")
               + (f", filling {_merged(report.merged_duplicate_fields)} their kept papers lacked"
                  if report.merged_duplicate_fields else "")
               + (f"; {report.split_title_papers} paper(s) share a kept paper's title, keyed by their own id"
                  if report.split_title_papers else ""))
    for reason, count in sorted(report.reject_reasons.items(), key=lambda item: (-item[1], item[0])):
        click.echo(f"  {reason}: {count}")
    click.echo(_table(sorted(report.node_counts.items()) + [("total", sum(report.node_counts.values()))], ("node type", "count")))
    click.echo(_table(sorted(report.edge_counts.items()) + [("total", sum(report.edge_counts.values()))], ("relationship", "count")))
    tops = [(label, ", ".join(f"{e['name']} ({e['papers']})" for e in items)) for label, items in report.top_entities.items() if label != "Paper"]
    if tops:
        click.echo("Top entities by papers:")
        for label, names in tops:
            click.echo(f"  {label:<10} {names}")
    click.echo(f"Wrote {', '.join(s['files'])}, summary.json, rejects.jsonl, extractions.jsonl.gz to {out_dir}/")
    if store:
        click.echo(f"\nLoading {out_dir} into {store} (as `kg load` does):")
        load_and_report(out_dir, store, url, graph_name, uri, user, password, database, progress=progress, replace=replace)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("out_dir", type=BUILD_DIR, default="out", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of tables.")
@click.option("--errors", "show_errors", type=click.IntRange(0), default=0, help="Also list the first N false positives and the first N false negatives (N each, over all types together).")
@click.option("--by", "group_by", type=click.Choice(GROUPINGS), default=None,
              help="Also score each group of papers apart: by primary arXiv category or by year (from the build's Paper nodes).")
def eval_cmd(gold: Path, out_dir: Path, as_json: bool, show_errors: int, group_by: str | None) -> None:
    """Score a build (OUT_DIR, default ./out) against a GOLD JSONL file.

    Entities and relations are matched at graph level, per paper (by title), with names
    folded (case, hyphens, plurals) and aliases honoured. Prints precision, recall and F1
    per entity type and relationship type, and micro-averaged totals; with --by, one row per
    group of papers too. Exits 1 when no gold paper is in the build (nothing to score: wrong
    OUT_DIR or gold file).
    """
    import json

    from kg.evaluate import evaluate

    try:
        result = evaluate(gold, out_dir, by=group_by)
    except KGError as exc:
        _fail(exc)
    if result.papers_gold and not result.papers_matched:
        _fail(KGError(f"none of the {result.papers_gold} gold papers of {gold} is in {out_dir} (matched by title): "
                      f"build the gold set's inputs first, e.g. kg build INPUTS --out {out_dir}"))
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    click.echo(f"{result.papers_matched}/{result.papers_gold} gold papers found in {out_dir}")
    for title, scores in (("entity type", result.entities), ("relationship", result.relations)):
        rows = [(k, s.tp, s.fp, s.fn, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}") for k, s in sorted(scores.items()) if k != "ALL"]
        s = scores["ALL"]
        rows.append(("ALL (micro)", s.tp, s.fp, s.fn, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"))
        click.echo(_table(rows, (title, "tp", "fp", "fn", "P", "R", "F1")) + "\n")
    if result.results:  # the gold set has reported results: tuple, value + benchmark, value
        rows = [(k, s.tp, s.fp, s.fn, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}") for k, s in result.results.items()]
        click.echo(_table(rows, ("result", "tp", "fp", "fn", "P", "R", "F1")) + "\n")
    if result.groups:
        rows = []
        for name, group in sorted(result.groups.items()):
            e, r = group.entities["ALL"], group.relations["ALL"]
            tuple_f1 = f"{group.results['tuple'].f1:.3f}" if "tuple" in group.results else "-"
            rows.append((name, group.papers_matched, f"{e.precision:.3f}", f"{e.recall:.3f}", f"{e.f1:.3f}",
                         f"{r.precision:.3f}", f"{r.recall:.3f}", f"{r.f1:.3f}", tuple_f1))
        click.echo(_table(rows, (group_by, "papers", "entity P", "R", "F1", "relation P", "R", "F1", "result tuple F1")) + "\n")
    if show_errors:
        for kind, items in result.errors(show_errors).items():
            click.echo(f"{kind}:")
            for item in items:
                click.echo(f"  {item}")


# Commands of the other stages live next to their library code; registered here.
from kg.commands.sparql import serve_cmd, validate_cmd  # noqa: E402
from kg.commands.store import export_cmd, load_cmd, query_cmd  # noqa: E402

main.add_command(load_cmd)
main.add_command(query_cmd)
main.add_command(export_cmd)
main.add_command(serve_cmd)
main.add_command(validate_cmd)
from kg.commands.leaderboard import leaderboard_cmd  # noqa: E402
main.add_command(leaderboard_cmd)


if __name__ == "__main__":  # pragma: no cover
    main()
