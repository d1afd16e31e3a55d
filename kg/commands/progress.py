"""What ``kg build`` shows on stderr while it runs: each stage with the time the one before
took, and during extraction a bar with the total, the rate and an ETA (tqdm)."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator

import click


class ConsoleProgress:
    """``kg.build.BuildProgress`` on a terminal."""

    def __init__(self, stream=None) -> None:
        self.stream = stream
        self.current: str | None = None
        self.started = 0.0

    def _echo(self, text: str) -> None:
        click.echo(text, file=self.stream or sys.stderr)

    def _finish(self) -> None:
        if self.current is not None:
            self._echo(f"  {self.current}: {time.perf_counter() - self.started:.1f} s")

    def stage(self, name: str) -> None:
        self._finish()
        self.current, self.started = name, time.perf_counter()
        self._echo(f"[{name}]")

    def papers(self, items: Iterator, total: int) -> Iterator:
        from tqdm import tqdm

        with tqdm(items, total=total, desc="extract", unit="paper", file=self.stream or sys.stderr, dynamic_ncols=True) as bar:
            yield from bar
            bar.n = max(bar.n, total)  # duplicates and known papers are counted in total, not yielded
            bar.refresh()

    def close(self) -> None:
        self._finish()
        self.current = None
