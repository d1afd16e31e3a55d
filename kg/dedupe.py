"""A paper read twice: the first record is kept and extracted; a later record of the same key
(a duplicate, never extracted) fills the kept paper's missing metadata.

A key is the arXiv id, else the normalised title's hash (``kg.names.paper_key``), so an
arXiv record and its ACL Anthology twin that names the arXiv id are one paper; whichever
comes first is kept whole, and the other adds what the kept one lacks: an ACL venue and
Anthology id to an arXiv record, a DOI, a year, authors, categories. A value the kept record
has is never replaced. Where several duplicates offer a field, the first in input order
gives it (files in the order given, then line); an update's inputs come after the build's.

A title twin (``TitleTwins``) is the same paper under two keys: an arXiv record and a record
without an arXiv id (an Anthology record that does not name it) whose titles are equal once
case, accents, punctuation and spacing are folded, whose abstracts share at least half their
words, and whose authors, where both records list some, share a surname. The later one in
input order is dropped as a duplicate of the first, and offers it its fields, the arXiv id
too, so the kept Paper has both identities. The year is not compared: an arXiv record's year
is its upload's, often years from the publication's (docs/history-scale.md, session 45).

One title, two papers: records without an arXiv id share the key of their title, yet the ACL
Anthology lists different papers under one title (a shared task's overview each year, a
tutorial given twice, a project's yearly report). A later record of a kept title key is
another paper when both have their own id (``stable_id``: the Anthology id, else the DOI),
the ids differ, and the two are not the same text by the twin test (abstracts sharing half
their words, a shared surname where both list authors); it is keyed ``<title key>:<its id>``
(``split_key``) and kept. Anything else under one key is the same paper, as before: no id on
either side, the same id, or the same paper in two Anthology volumes. So the first record of
a title keeps the title's key, as every earlier build has it, and a stored build's keys
never change; an update meets the stored papers first, as a full build would.

Memory holds only what duplicates offer (``DuplicateFills``: per duplicated key, the
fields it may fill), not the records. The fills are applied where a paper joins the graph
(pass 2 of linking, in either engine), and the fills a build makes are appended to its
``extractions.jsonl.gz`` as ``{"key": …, "fill": {…}}`` lines, so an update, which reads
papers back from there and never sees the old duplicates again, builds them the same.
"""
from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter
from dataclasses import replace
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.names import title_hash, without_accents
from kg.normalize import normalize_text
from kg.types import Record, Reject, Source

if TYPE_CHECKING:
    from kg.extract.pipeline import PaperExtraction

# Record fields a duplicate may fill. Not title and abstract (every record has them; the kept
# one's were extracted), not the arXiv id (a record with one is keyed by it, so a duplicate of
# a paper without one has none either), not source (where the kept paper was read).
FILLED_FIELDS = ("year", "authors", "categories", "venue", "anthology_id", "doi")
# A title twin offers its arXiv id as well: the kept paper, keyed by its title, lacks it.
TWIN_FIELDS = (*FILLED_FIELDS, "arxiv_id")

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
            if name in TWIN_FIELDS and (name not in mine or rank < mine[name][0]):
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
        fill = {name: offers[name] for name in TWIN_FIELDS if name in offers and missing(getattr(record, name))}
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


# -- title twins ------------------------------------------------------------------------------

SKETCH_SIZE = 32  # the abstract's words: the lowest 16-bit hashes of its distinct words (a bottom-k sketch)
TWIN_MIN_OVERLAP = 0.5  # the least share of words two twins' abstracts have in common (Jaccard, estimated)
TWIN_MIN_WORDS = 10  # an abstract with fewer distinct words (empty, a placeholder) says nothing of identity
_WORD = re.compile(r"\w+")


def fold_text(text: str) -> str:
    """Lower case, accents dropped (``kg.names.without_accents``), ß as ss."""
    return text.casefold() if text.isascii() else without_accents(text).casefold()


def twin_title(title: str) -> int:
    """The title as ``kg.names.title_hash`` keys it (case, punctuation, spacing and accents
    folded), as a 64-bit number."""
    return int(title_hash(title), 16)


def _hash16(word: str) -> int:
    return zlib.crc32(word.encode()) & 0xFFFF


def surnames(authors: list[str]) -> frozenset[int]:
    """Each author's surname, folded, as a 16-bit hash: the part before a comma ("Last,
    First"), else the last word."""
    out = set()
    for name in authors:
        words = _WORD.findall(fold_text(name.split(",")[0] if "," in name else name))
        if words:
            out.add(_hash16(words[0] if "," in name else words[-1]))
    return frozenset(out)


def abstract_sketch(abstract: str) -> array:
    """The lowest ``SKETCH_SIZE`` 16-bit hashes of the abstract's distinct folded words."""
    return array("H", sorted({_hash16(w) for w in _WORD.findall(fold_text(abstract))})[:SKETCH_SIZE])


def sketch_overlap(a: array, b: array) -> float:
    """The two abstracts' Jaccard overlap, estimated from their sketches (exact below
    ``SKETCH_SIZE`` distinct words): the share of the union's lowest hashes both hold."""
    x, y = set(a), set(b)
    union = sorted(x | y)[:SKETCH_SIZE]
    return sum(1 for h in union if h in x and h in y) / len(union) if union else 0.0


def _pack(names: frozenset[int], sketch: array) -> bytes:
    """A kept paper's surnames and sketch in one small bytes: the sketch's length, the sketch, the names."""
    return array("H", [len(sketch), *sketch, *sorted(names)]).tobytes()


def _unpack(packed: bytes) -> tuple[frozenset[int], array]:
    values = array("H", packed)
    return frozenset(values[1 + values[0]:]), values[1:1 + values[0]]


def stable_id(record: Record) -> str | None:
    """The record's own id as a paper: its Anthology id, else its DOI (lower case; a DOI
    starts "10.", an Anthology id never does), else None."""
    if record.anthology_id:
        return record.anthology_id
    return record.doi.lower() if record.doi else None


def is_title_key(key: str) -> bool:
    """A key of the title alone (``kg.names.paper_key``), not an arXiv id nor a ``split_key``."""
    return key.startswith("title:") and key.count(":") == 1


def is_split_key(key: str) -> bool:
    """A ``split_key``: a title's key and a paper's own id."""
    return key.startswith("title:") and not is_title_key(key)


def split_key(key: str, own_id: str) -> str:
    """The key of another paper of the title of ``key``: the title's key and the paper's own id."""
    return f"{key}:{own_id}"


def _other_ids(mine: str, kept: str | None) -> bool:
    """Whether two ids of the same kind (Anthology id, DOI) say two papers; ids of two kinds
    (or none kept) cannot tell, and the papers are one, as before."""
    return kept is not None and kept != mine and kept.startswith("10.") == mine.startswith("10.")


def known_key(key: str, record: Record, keys: set[str] | frozenset[str], ids: dict[str, str]) -> str | None:
    """The kept paper's key a ``record`` of ``key`` repeats, known before any NLP, else None
    (a new key, or ids that differ: then only the linker, which compares the texts, can tell).
    ``keys``: kept papers' keys; ``ids``: ``TitleTwins.ids``."""
    if key not in keys:
        return None
    mine = stable_id(record) if is_title_key(key) else None
    if mine is None:
        return key
    if (split := split_key(key, mine)) in keys:
        return split
    return None if _other_ids(mine, ids.get(key)) else key


class TitleTwins:
    """The papers kept so far, by folded title, each with its key and its authors' surnames
    and abstract sketch packed (about 300 bytes a paper in all); ``twin_of`` tells whether a
    paper is a title twin of one of them, ``resolve`` whether a paper of a kept title key is
    another paper (see the module's docstring). Papers must come in input order."""

    def __init__(self) -> None:
        self.titles: dict[int, list[tuple[str, bytes]]] = {}
        self.ids: dict[str, str] = {}  # a kept paper of a title key -> its own id (``stable_id``), where it has one
        self.merged = 0  # title twins dropped by this run
        self.split = 0  # papers kept under a ``split_key`` (stored ones too: the Paper nodes so keyed)
        # While set (an update's stored papers, twin-free already): the folded titles of the new
        # records; a stored paper of another title can be no new paper's twin, and is not remembered.
        self.expected: frozenset[int] | None = None

    def resolve(self, paper: PaperExtraction, keys: set[str]) -> PaperExtraction:
        """``paper`` keyed as the paper it is: under a ``split_key`` where a kept paper has its
        title key and it is another paper (or a repeat of one kept so); else as it came."""
        key, record = paper.key, paper.record
        if (known := known_key(key, record, keys, self.ids)) is not None or key not in keys:
            return paper if known in (None, key) else replace(paper, key=known)
        names, sketch = surnames(record.authors), abstract_sketch(record.abstract)
        found = False
        for kept, packed in self.titles.get(twin_title(record.title), ()):
            if kept == key or kept.startswith(key + ":"):
                found, (kept_names, kept_sketch) = True, _unpack(packed)
                if (not (names and kept_names and names.isdisjoint(kept_names))
                        and sketch_overlap(sketch, kept_sketch) >= TWIN_MIN_OVERLAP):
                    return paper if kept == key else replace(paper, key=kept)  # one paper in two volumes
        # ids differ and the texts too: another paper (unless the kept text is not at hand: one, as before)
        return replace(paper, key=split_key(key, stable_id(record))) if found else paper

    def twin_of(self, paper: PaperExtraction) -> str | None:
        """The key of the kept paper ``paper`` is a title twin of, else None (and ``paper``,
        about to be kept, is remembered)."""
        record, title = paper.record, twin_title(paper.record.title)
        if is_title_key(paper.key) and (own := stable_id(record)) is not None:
            self.ids[paper.key] = own  # dropped again below if ``paper`` is a twin
        if self.expected is not None and title not in self.expected:
            self.split += is_split_key(paper.key)
            return None
        names, sketch = surnames(record.authors), abstract_sketch(record.abstract)
        kept = self.titles.get(title)
        if kept is None:
            self.titles[title] = [(paper.key, _pack(names, sketch))]
            self.split += is_split_key(paper.key)
            return None
        arxiv = paper.key.startswith("arXiv:")
        for key, packed in kept:
            kept_names, kept_sketch = _unpack(packed)
            if (min(len(sketch), len(kept_sketch)) >= TWIN_MIN_WORDS and key.startswith("arXiv:") != arxiv
                    and not (names and kept_names and names.isdisjoint(kept_names))
                    and sketch_overlap(sketch, kept_sketch) >= TWIN_MIN_OVERLAP):
                self.merged += 1
                self.ids.pop(paper.key, None)
                return key
        kept.append((paper.key, _pack(names, sketch)))
        self.split += is_split_key(paper.key)
        return None


TWIN_FREE_VERSION = 4  # an extractions file of this format version or later holds no two title twins


def new_titles(items: Iterable[Record | Reject], limit: int) -> frozenset[int] | None:
    """The folded titles (``twin_title``) of the records of ``items``, as read and as extraction
    normalises them (``TitleTwins.expected``); None if there are more than ``limit`` records:
    reading them all would cost more than the stored papers' index it spares."""
    titles: set[int] = set()
    for count, item in enumerate((i for i in items if isinstance(i, Record)), 1):
        if count > limit:
            return None
        titles.update((twin_title(item.title), twin_title(normalize_text(item.title))))
    return frozenset(titles)


def twin_offer(record: Record) -> dict[str, Any]:
    """What a title twin offers its kept paper: ``offered_fields`` and its arXiv id."""
    values = offered_fields(record)
    if record.arxiv_id:
        values["arxiv_id"] = record.arxiv_id
    return values
