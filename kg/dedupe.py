"""A paper read twice: the first record is kept and extracted; a later record of the same key
(a duplicate, never extracted) fills the kept paper's missing metadata.

A key is the arXiv id, else the normalised title's hash (``kg.names.paper_key``), so an
arXiv record and its ACL Anthology twin that names the arXiv id are one paper; whichever
comes first is kept whole, and the other adds what the kept one lacks: an ACL venue and
Anthology id to an arXiv record, a DOI, a year, authors, categories. A value the kept record
has is never replaced. Where several duplicates offer a field, the first in input order
gives it (files in the order given, then line); an update's inputs come after the build's.

Memory holds only what duplicates offer (``DuplicateFills``: per duplicated key, the
fields it may fill), not the records. The fills are applied where a paper joins the graph
(pass 2 of linking, in either engine), and the fills a build makes are appended to its
``extractions.jsonl.gz`` as ``{"key": …, "fill": {…}}`` lines, so an update, which reads
papers back from there and never sees the old duplicates again, builds them the same.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kg.types import Record, Source

if TYPE_CHECKING:
    from kg.extract.pipeline import PaperExtraction

# Record fields a duplicate may fill. Not title and abstract (every record has them; the kept
# one's were extracted), not the arXiv id (a record with one is keyed by it, so a duplicate of
# a paper without one has none either), not source (where the kept paper was read).
FILLED_FIELDS = ("year", "authors", "categories", "venue", "anthology_id", "doi")

Rank = tuple[int, int]  # (file in input order, line); stored fills come first: (-1, n)


def missing(value: Any) -> bool:
    return value is None or value == "" or value == []


def offered_fields(record: Record) -> dict[str, Any]:
    """The fields a duplicate ``record`` can give its kept paper (those it has)."""
    return {name: getattr(record, name) for name in FILLED_FIELDS if not missing(getattr(record, name))}


class DuplicateFills:
    """What duplicate records offer, per paper key, each field with the rank of the record
    that offered it; the lowest rank wins, so the outcome does not depend on the order
    offers arrive in (a pool's reader runs ahead of its linker)."""

    def __init__(self) -> None:
        self.offers: dict[str, dict[str, tuple[Rank, Any]]] = {}
        self.files: dict[str, int] = {}  # Source.path -> its place in the input order
        self.filled: Counter = Counter()  # fields this run filled, by name
        self.new: dict[str, dict[str, Any]] = {}  # key -> fields this run filled (what the store gets)
        self._stored = 0

    def file_seen(self, path: str) -> None:
        """Note an input file in read order (call it for every record read, before any offer
        from it; offers from a file not noted rank it when first offered)."""
        if path not in self.files:
            self.files[path] = len(self.files)

    def offer(self, key: str, source: Source, values: dict[str, Any]) -> None:
        """A duplicate of ``key`` read at ``source`` has ``values`` (``offered_fields``)."""
        if values:
            self.file_seen(source.path)
            self._add(key, (self.files[source.path], source.line), values)

    def offer_record(self, key: str, record: Record) -> None:
        self.offer(key, record.source, offered_fields(record))

    def stored(self, key: str, values: dict[str, Any]) -> None:
        """A fill an earlier build made (an ``extractions.jsonl.gz`` fill line): before any offer
        of this run, and not counted as this run's."""
        self._stored += 1
        self._add(key, (-1, self._stored), values)

    def _add(self, key: str, rank: Rank, values: dict[str, Any]) -> None:
        mine = self.offers.setdefault(key, {})
        for name, value in values.items():
            if name in FILLED_FIELDS and (name not in mine or rank < mine[name][0]):
                mine[name] = (rank, value)

    def __len__(self) -> int:
        return len(self.offers)

    def apply(self, paper: PaperExtraction) -> tuple[PaperExtraction, dict[str, Any]]:
        """``paper`` with its record's missing fields filled from the offers (a copy where one
        is filled), and the fields this run's duplicates filled (for ``note``). Changes nothing
        here, so one ``DuplicateFills`` can serve several Dask tasks at once."""
        offers = self.offers.get(paper.key)
        if not offers:
            return paper, {}
        record = paper.record
        fill = {name: offers[name] for name in FILLED_FIELDS if name in offers and missing(getattr(record, name))}
        if not fill:
            return paper, {}
        values = {name: list(value) if isinstance(value, list) else value for name, (_, value) in fill.items()}
        new = {name: values[name] for name, (rank, _) in fill.items() if rank[0] >= 0}
        return replace(paper, record=replace(record, **values)), new

    def note(self, key: str, new: dict[str, Any]) -> None:
        """Count the fields this run filled in the paper of ``key`` and keep them for the store."""
        if new:
            self.new[key] = new
            self.filled.update(new.keys())
