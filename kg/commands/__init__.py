"""Click commands kept out of kg/cli.py; kg.cli registers them with main.add_command.

Every path a command reads must exist, or the run stops at once with click's usage error
(exit 2, "Error: Invalid value for 'OUTDIR': …"): a mistyped path is a bad argument, told apart
from a run that failed (exit 1). A missing build directory's message also says how to make it."""
from __future__ import annotations

import os
from pathlib import Path

import click


class BuildDir(click.Path):
    """An existing directory ``kg build`` writes; ``hint`` (with ``{path}``) says how to make a missing one."""

    def __init__(self, hint: str = "write it with `kg build --out {path}`") -> None:
        super().__init__(exists=True, file_okay=False, path_type=Path)
        self.hint = hint

    def convert(self, value, param, ctx):
        if not os.path.exists(value):
            self.fail(f"Directory {os.fspath(value)!r} does not exist: {self.hint.format(path=os.fspath(value))}.", param, ctx)
        return super().convert(value, param, ctx)


BUILD_DIR = BuildDir()


def check_path(kind: click.Path, value, name: str) -> None:
    """``kind``'s check of a path a command reads but click cannot type (an optional OUTDIR that
    some stores do without, a query that may be a file): the same message and exit 2."""
    try:
        kind.convert(value, None, click.get_current_context())
    except click.BadParameter as exc:
        exc.param_hint = f"'{name}'"
        raise
