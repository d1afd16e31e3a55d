"""Readers: turn input files into a stream of ``Record`` (usable paper) or ``Reject`` (why not).

Every reader is a generator ``reader(stream, path) -> Iterator[Record | Reject]`` over a binary
stream, so a 3 GB dump never sits in memory (JSON arrays excepted: see ``_read_json``).
Files are opened as bytes and decoded per line or record, so one bad line costs one Reject,
not the file. Gzip is recognised by its magic bytes, whatever the file is called.

Readers only parse: text is kept as found (emoji, LaTeX, entities, RTL scripts...) except that
whitespace runs are collapsed and C0 control characters are dropped; normalisation is a later
stage's job.
"""
from __future__ import annotations

import csv
import gzip
import json
import logging
import re
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree

from kg.errors import InputError, RecordError
from kg.names import normalize_arxiv_id
from kg.types import Record, Reject, Source

__all__ = ["FORMATS", "ReadLimits", "detect_format", "read_file", "read_records"]

logger = logging.getLogger(__name__)

Item = Record | Reject


@dataclass(frozen=True)
class ReadLimits:
    """Per-record limits, enforced while streaming, so one hostile record costs a Reject,
    never the memory of the machine.

    ``max_record_bytes``: a line (JSONL, text, CSV) or Atom entry longer than this is skipped
    without being held whole. ``max_abstract_chars`` / ``max_title_chars``: longer texts are
    rejected (extraction time grows with length; no real abstract comes near). A JSON
    document, which has no record boundaries to stream on, may be ``max_json_bytes``.
    """

    max_record_bytes: int = 1 << 20
    max_abstract_chars: int = 100_000
    max_title_chars: int = 2_000
    max_json_bytes: int = 256 << 20


DEFAULT_LIMITS = ReadLimits()
Reader = Callable[..., Iterator[Item]]  # reader(stream, path, limits=DEFAULT_LIMITS)

SNIFF_BYTES = 1024
GZIP_MAGIC = b"\x1f\x8b"
UNDECODABLE = "undecodable bytes (utf-8)"
BOM = "\ufeff"

# ---------------------------------------------------------------------------- text helpers

# C0 controls (\t \n \v \f \r are whitespace: collapsed, not dropped) and U+FFFE / U+FFFF, which
# XML 1.0 forbids: dropped here, at the one place text enters, so every sink writes the same text.
_C0_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _clean_text(text: str) -> str:
    """Drop C0 controls and collapse whitespace (the arXiv snapshot wraps lines with "\\n  ")."""
    return " ".join(_C0_CONTROLS.sub("", text).split())


def _excerpt(text: str) -> str:
    """Bound a Reject's raw text (a broken 3 GB line must not be kept whole); still encodable."""
    return _SURROGATES.sub("\ufffd", text[: Reject.RAW_LIMIT + 1])


def _has_surrogate(value: Any) -> bool:
    """True if any string in a JSON-like value holds a lone surrogate, which no sink can encode."""
    if isinstance(value, str):
        return _SURROGATES.search(value) is not None
    if isinstance(value, Mapping):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


NUL_BYTES = "NUL bytes (binary data)"


def _oversized(size: int, limit: int) -> str:
    return f"record too large: {size} bytes (limit {limit}; --max-record-bytes)"


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes, int | None]]:
    """(1-based line number, bytes, None) per line, or (number, first bytes, size) for a line
    over ``limit`` bytes, which is read past in chunks and never held whole."""
    lineno = 0
    while raw := stream.readline(limit + 1):
        lineno += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield lineno, raw, None
            continue
        head, size = raw[:SNIFF_BYTES], len(raw)
        while raw and not raw.endswith(b"\n"):
            raw = stream.readline(1 << 20)
            size += len(raw)
        yield lineno, head, size


def _decoded_lines(stream: BinaryIO, limit: int = DEFAULT_LIMITS.max_record_bytes) -> Iterator[tuple[int, str, str | None]]:
    """(1-based line number, text without line end, problem or None) for each line.

    A problem (undecodable bytes, NUL bytes, a line over ``limit`` bytes) makes the line a
    Reject in every reader, never the file.
    """
    for lineno, raw, oversize in _bounded_lines(stream, limit):
        raw = raw.rstrip(b"\r\n")
        problem = None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text, problem = raw.decode("utf-8", "replace"), UNDECODABLE
        if oversize is not None:
            problem = _oversized(oversize, limit)
        elif b"\x00" in raw:
            problem = NUL_BYTES
        if lineno == 1:
            text = text.removeprefix(BOM)
        yield lineno, text, problem


# ---------------------------------------------------------------------------- arXiv fields

_NEW_ID = re.compile(r"(\d{2})(\d{2})\.\d{4,5}")
_OLD_ID = re.compile(r"[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/(\d{2})(\d{2})\d{3}")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")
_PARENTHESISED = re.compile(r"\([^()]*\)")
_AUTHOR_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")

ID_KEYS = ("id", "arxiv_id")
TITLE_KEYS = ("title",)
ABSTRACT_KEYS = ("abstract", "summary")
# Where the paper appeared: the ACL Anthology's venue, else arXiv's journal reference (Atom
# ``arxiv:journal_ref``, the metadata snapshot's ``journal-ref``).
VENUE_KEYS = ("venue", "journal_ref", "journal-ref")
# The ACL Anthology's own id: an Anthology record's ``id``, the arXiv corpus's ``acl_id``.
ANTHOLOGY_ID_KEYS = ("anthology_id", "acl_id", "id")
DOI_KEYS = ("doi",)
# Anthology ids: "2023.emnlp-main.101", "2016.amta-researchers.1" (2020 on, and older papers
# renamed so); "P16-1001", "W19-5301" (before). Never an arXiv id's shape.
_ANTHOLOGY_ID = re.compile(r"\d{4}\.(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*\.\d+|[A-Z]\d{2}-\d{4}")
_DOI = re.compile(r"10\.\d{4,9}/\S+")  # a DOI, bare or in a https://doi.org/ link


def _year_from_id(arxiv_id: str) -> int | None:
    """arXiv ids start with YYMM: new-style ids are 2007+, old-style ones 1991-2007."""
    if match := _NEW_ID.fullmatch(arxiv_id):
        return 2000 + int(match.group(1))
    if match := _OLD_ID.fullmatch(arxiv_id):
        yy = int(match.group(1))
        return 1900 + yy if yy >= 91 else 2000 + yy
    return None


def _year_from(value: Any) -> int | None:
    """A plausible year from an int or from the first 4-digit year in a date string."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 1800 <= value <= 2100 else None
    if isinstance(value, str) and (match := _YEAR.search(value)):
        return int(match.group(1))
    return None


def _year(fields: Mapping[str, Any], arxiv_id: str | None) -> int | None:
    """Year by the order the brief fixes: explicit year, update_date, first version, published, id."""
    versions = fields.get("versions")
    first_version = versions[0] if isinstance(versions, list) and versions else None
    candidates = (
        fields.get("year"),
        fields.get("update_date"),
        first_version.get("created") if isinstance(first_version, Mapping) else None,
        fields.get("published"),
    )
    for value in candidates:
        if (year := _year_from(value)) is not None:
            return year
    return _year_from_id(arxiv_id) if arxiv_id else None


def _split_authors(text: str) -> list[str]:
    """ "A, B and C" -> [A, B, C]; "Last, First; Last2, First2" splits on ';'; affiliations dropped."""
    while _PARENTHESISED.search(text):  # "A (MIT), B ((1) CMU)": affiliations are not names
        text = _PARENTHESISED.sub(" ", text)
    parts = text.split(";") if ";" in text else _AUTHOR_SEPARATOR.split(text)
    return [name for part in parts if (name := _clean_text(part))]


def _authors(fields: Mapping[str, Any]) -> tuple[list[str], set[str]]:
    """Author names and the keys they were taken from; unusable shapes are left for metadata."""
    parsed = fields.get("authors_parsed")
    if isinstance(parsed, list) and parsed and all(
        isinstance(p, list) and all(isinstance(x, str) for x in p) for p in parsed
    ):
        names = [_clean_text(" ".join([*p[1:2], *p[:1], *p[2:3]])) for p in parsed]  # [last, first, suffix]
        return [n for n in names if n], {"authors_parsed", "authors"}
    authors = fields.get("authors")
    if isinstance(authors, str):
        return _split_authors(authors), {"authors"}
    if isinstance(authors, list) and all(isinstance(a, str) for a in authors):
        return [n for a in authors if (n := _clean_text(a))], {"authors"}
    return [], set()


def _categories(fields: Mapping[str, Any]) -> tuple[list[str], set[str]]:
    """Categories from "cs.CL cs.LG" (snapshot), "cs.CL, cs.LG" (CSV) or a list of strings."""
    value = fields.get("categories")
    if isinstance(value, str):
        return [c for c in re.split(r"[\s,;]+", value) if c], {"categories"}
    if isinstance(value, list) and all(isinstance(c, str) for c in value):
        return [c for v in value if (c := _clean_text(v))], {"categories"}
    return [], set()


def _first_string(fields: Mapping[str, Any], keys: tuple[str, ...], value_of: Callable[[str], str | None]) -> tuple[str | None, set[str]]:
    """The first of ``keys`` whose string ``value_of`` accepts: (that value, {the key}); a value
    it refuses (another id's shape, no DOI in it) is left for metadata."""
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str) and (found := value_of(_clean_text(value))):
            return found, {key}
    return None, set()


def _anthology_id(text: str) -> str | None:
    return text if _ANTHOLOGY_ID.fullmatch(text) else None


def _doi(text: str) -> str | None:
    """The (first) DOI in the text: "10.18653/v1/2023.emnlp-main.1", also from a doi.org link."""
    return match.group() if (match := _DOI.search(text)) else None


def _text_field(fields: Mapping[str, Any], keys: tuple[str, ...], what: str) -> tuple[str, str]:
    """(key used, cleaned text) of a required text field; RecordError says what is wrong."""
    for key in keys:
        value = fields.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise RecordError(f"{what} is not a string (got {type(value).__name__})")
        text = _clean_text(value)
        if not text:
            raise RecordError(f"empty {what}")
        return key, text
    raise RecordError(f"missing {what}")


def _check_lengths(title: str, abstract: str, limits: ReadLimits) -> None:
    if len(title) > limits.max_title_chars:
        raise RecordError(f"title too long: {len(title)} characters (limit {limits.max_title_chars})")
    if len(abstract) > limits.max_abstract_chars:
        raise RecordError(f"abstract too long: {len(abstract)} characters (limit {limits.max_abstract_chars}; --max-abstract-chars)")


def _record_from_fields(
    fields: Mapping[str, Any], source: Source, raw: str, surrogate_reason: str, limits: ReadLimits = DEFAULT_LIMITS
) -> Item:
    """Build a Record from arXiv-shaped fields; fields it does not interpret go to metadata."""
    try:
        if _has_surrogate(fields):
            raise RecordError(surrogate_reason)
        title_key, title = _text_field(fields, TITLE_KEYS, "title")
        abstract_key, abstract = _text_field(fields, ABSTRACT_KEYS, "abstract")
        _check_lengths(title, abstract, limits)
    except RecordError as err:
        return Reject(source, str(err), _excerpt(raw))
    used = {title_key, abstract_key}
    arxiv_id = None
    for key in ID_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and (arxiv_id := normalize_arxiv_id(value)):
            used.add(key)
            break
    authors, author_keys = _authors(fields)
    categories, category_keys = _categories(fields)
    venue, venue_keys = _first_string(fields, VENUE_KEYS, lambda text: text or None)
    anthology_id, anthology_keys = _first_string(fields, ANTHOLOGY_ID_KEYS, _anthology_id)
    doi, doi_keys = _first_string(fields, DOI_KEYS, _doi)
    used |= author_keys | category_keys | venue_keys | anthology_keys | doi_keys
    return Record(
        title=title,
        abstract=abstract,
        source=source,
        arxiv_id=arxiv_id,
        authors=authors,
        categories=categories,
        year=_year(fields, arxiv_id),
        venue=venue,
        anthology_id=anthology_id,
        doi=doi,
        metadata={k: v for k, v in fields.items() if k not in used},
    )


def _object_record(value: Any, source: Source, raw: str, surrogate_reason: str, limits: ReadLimits = DEFAULT_LIMITS) -> Item:
    """A JSON value as a Record, or a Reject if it is not an object."""
    if not isinstance(value, dict):
        return Reject(source, f"not a JSON object (got {type(value).__name__})", _excerpt(raw))
    return _record_from_fields(value, source, raw, surrogate_reason, limits)


# ---------------------------------------------------------------------------- hf-text

_HF_JUNK = re.compile(r"Get trending papers in your email inbox\b.*|Subscribe")
_HF_SUBSCRIBE_PREFIX = re.compile(r"^Subscribe(?=[^a-z\s])")  # "SubscribeDP-OPT: ..." but not "Subscribers"
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9\"'“(\[]|\s*$)")


def _looks_like_abstract(line: str) -> bool:
    """Abstracts are long or several sentences; titles are short, even "Can X? A study of Y"."""
    if len(line) > 200:
        return True
    return len(line) >= 80 and line.endswith(".") and len(_SENTENCE_END.findall(line)) >= 2


def _read_hf_text(stream: BinaryIO, path: str, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Hugging Face Papers page dump: page chrome, then title line / abstract line pairs.

    Lines are paired by shape, not parity, so one missing line costs one Reject and the
    pairing recovers. Source.line is the title's line.
    """
    pending: tuple[int, str, str | None] | None = None  # a title waiting for its abstract
    for lineno, text, problem in _decoded_lines(stream, limits.max_record_bytes):
        if problem is not None and problem != UNDECODABLE:  # too large, or binary: this line only
            if pending:
                yield Reject(Source(path, pending[0]), "title without abstract", _excerpt(pending[1]))
                pending = None
            yield Reject(Source(path, lineno), problem, _excerpt(text))
            continue
        line = _clean_text(_HF_SUBSCRIBE_PREFIX.sub("", text))
        if not line or _HF_JUNK.fullmatch(line):
            continue  # blank lines and the page's header chrome carry no paper
        if not _looks_like_abstract(line):
            if pending:
                yield Reject(Source(path, pending[0]), "title without abstract", _excerpt(pending[1]))
            pending = (lineno, line, problem)
        elif pending is None:
            yield Reject(Source(path, lineno), "abstract without title", _excerpt(line))
        else:
            title_line, title, title_problem = pending
            pending = None
            source = Source(path, title_line)
            if title_problem or problem:
                yield Reject(source, UNDECODABLE, _excerpt(f"{title}\n{line}"))
                continue
            try:
                _check_lengths(title, line, limits)
            except RecordError as err:
                yield Reject(source, str(err), _excerpt(f"{title}\n{line}"))
                continue
            yield Record(title=title, abstract=line, source=source)
    if pending:
        yield Reject(Source(path, pending[0]), "title without abstract", _excerpt(pending[1]))


# ---------------------------------------------------------------------------- jsonl / json


def _no_constant(name: str) -> None:
    """NaN/Infinity are not JSON; pandas writes NaN for a missing value, so read them as null."""
    return None


def _json_error(err: ValueError | RecursionError) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"broken JSON: {err.msg} at column {err.colno}"
    if isinstance(err, RecursionError):
        return "broken JSON: nested too deeply"
    return f"broken JSON: {err}"


def _read_jsonl(stream: BinaryIO, path: str, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """One arXiv-snapshot object per line, streamed; blank lines skipped."""
    for lineno, text, problem in _decoded_lines(stream, limits.max_record_bytes):
        source = Source(path, lineno)
        if problem:
            yield Reject(source, problem, _excerpt(text))
            continue
        if not text.strip():
            continue
        try:
            value = json.loads(text, parse_constant=_no_constant)
        except (ValueError, RecursionError) as err:
            yield Reject(source, _json_error(err), _excerpt(text))
            continue
        yield _object_record(value, source, text, "invalid unicode: lone surrogate escape", limits)


_WHITESPACE = re.compile(r"[ \t\n\r]*")


def _json_values(text: str) -> Iterator[tuple[int, int, int, Any]]:
    """(line, start, end, value) for each element of a top-level array, or for a single value.

    Elements are decoded one by one so that those before a syntax error are still yielded.
    """
    decoder = json.JSONDecoder(parse_constant=_no_constant)
    line, counted = 1, 0

    def line_at(pos: int) -> int:
        nonlocal line, counted
        line += text.count("\n", counted, pos)
        counted = pos
        return line

    def skip(pos: int) -> int:
        return _WHITESPACE.match(text, pos).end()

    def expect_end(pos: int) -> None:
        if skip(pos) != len(text):
            raise json.JSONDecodeError("Extra data", text, skip(pos))

    pos = skip(0)
    if pos == len(text):
        return
    if text[pos] != "[":
        value, end = decoder.raw_decode(text, pos)
        expect_end(end)
        yield line_at(pos), pos, end, value
        return
    pos = skip(pos + 1)
    if text.startswith("]", pos):
        expect_end(pos + 1)
        return
    while True:
        value, end = decoder.raw_decode(text, pos)
        yield line_at(pos), pos, end, value
        pos = skip(end)
        if text.startswith(",", pos):
            pos = skip(pos + 1)
        elif text.startswith("]", pos):
            expect_end(pos + 1)
            return
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)


def _read_json(stream: BinaryIO, path: str, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """A top-level array of arXiv-snapshot objects, or one object.

    The document is loaded into memory whole (JSON has no record boundaries to stream on);
    use JSONL for big inputs. Source.line is the line where each object starts. Objects before
    a syntax error are kept; one Reject covers the rest.
    """
    data = stream.read(limits.max_json_bytes + 1)
    if len(data) > limits.max_json_bytes:
        yield Reject(Source(path, 1), f"JSON document over {limits.max_json_bytes} bytes: not read (write it as JSON Lines, "
                                      "which is streamed)", _excerpt(data[:SNIFF_BYTES].decode("utf-8", "replace")))
        return
    try:
        text, reason = data.decode("utf-8"), "invalid unicode: lone surrogate escape"
    except UnicodeDecodeError:  # keep the good objects: bad bytes become surrogates, found per object
        text, reason = data.decode("utf-8", "surrogateescape"), UNDECODABLE
    text = text.removeprefix(BOM)
    values = _json_values(text)
    last_line = 1
    while True:
        try:
            line, start, end, value = next(values)
        except StopIteration:
            return
        except json.JSONDecodeError as err:
            start, end = text.rfind("\n", 0, err.pos) + 1, text.find("\n", err.pos)
            bad_line = text[start:] if end < 0 else text[start:end]
            message = f"broken JSON: {err.msg} at line {err.lineno} column {err.colno}"
            yield Reject(Source(path, err.lineno), message, _excerpt(bad_line))
            return
        except (ValueError, RecursionError) as err:
            yield Reject(Source(path, last_line), _json_error(err), "")
            return
        last_line = line
        yield _object_record(value, Source(path, line), text[start:end], reason, limits)


# ---------------------------------------------------------------------------- atom

ATOM_NS = "http://www.w3.org/2005/Atom"
_SENTINEL = "\U0010fffd"  # stands in for undecodable bytes inside XML; private use, valid XML
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class _RepairedXml:
    """File-like for iterparse: reads line by line, marking undecodable bytes with a sentinel.

    Without it expat would stop at the first bad byte; with it only the entry holding the
    bytes is rejected. Recent lines are kept to quote in a broken-XML Reject.
    """

    CHUNK = 1 << 16  # a long line is read in pieces: no line is held whole

    def __init__(self, stream: BinaryIO, max_entry_bytes: int = DEFAULT_LIMITS.max_record_bytes) -> None:
        first = stream.readline(self.CHUNK)
        declared = _XML_ENCODING.match(first)
        self._repair = declared is None or declared.group(1).lower().replace(b"_", b"-") in (b"utf-8", b"utf8")
        self._lines = chain([first], iter(lambda: stream.readline(self.CHUNK), b""))
        self._buffer = bytearray()
        self._lineno = 1
        self.recent: deque[tuple[int, str]] = deque(maxlen=2048)
        self.consumed = 0  # bytes handed to the parser so far
        self.entry_start: int | None = None  # set by the reader while inside an <entry>
        self.max_entry_bytes = max_entry_bytes

    def read(self, size: int = -1) -> bytes:
        if self.entry_start is not None and self.consumed - self.entry_start > self.max_entry_bytes:
            raise _EntryTooLarge(self.consumed - self.entry_start)
        while size < 0 or len(self._buffer) < size:
            raw = next(self._lines, None)
            if raw is None:
                break
            if self._repair:
                text = _SURROGATES.sub(_SENTINEL, raw.decode("utf-8", "surrogateescape"))
                raw = text.encode("utf-8")
            else:
                text = raw.decode("latin-1")
            self.recent.append((self._lineno, text.rstrip("\r\n")[:2048]))
            if raw.endswith(b"\n"):
                self._lineno += 1
            self._buffer += raw
        size = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        chunk = bytes(self._buffer[:size])
        del self._buffer[:size]
        self.consumed += len(chunk)
        return chunk

    def line(self, lineno: int) -> str:
        return next((text for n, text in self.recent if n == lineno), "")


class _EntryTooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _local(tag: str) -> str:
    """Tag name without namespace, so feeds with or without the Atom namespace both read."""
    return tag.rpartition("}")[2]


def _entry_fields(entry: ElementTree.Element) -> dict[str, Any]:
    """An Atom entry as arXiv-snapshot-shaped fields, so one builder serves every format."""
    fields: dict[str, Any] = {}
    authors: list[str] = []
    categories: list[str] = []
    links: list[str] = []
    for child in entry:
        name = _local(child.tag)
        text = "".join(child.itertext())
        if name == "author":
            authors += ["".join(n.itertext()) for n in child if _local(n.tag) == "name"]
        elif name == "category" and child.get("term"):
            categories.append(child.get("term", ""))
        elif name == "link" and child.get("href"):
            links.append(child.get("href", ""))
        elif name == "primary_category" and child.get("term"):
            fields["primary_category"] = child.get("term")
        elif name in ("id", "title", "summary", "published", "updated", "doi", "journal_ref", "comment"):
            fields[name] = text
    fields["authors"] = authors
    fields["categories"] = categories
    if links:
        fields["links"] = links
    return fields


def _read_atom(stream: BinaryIO, path: str, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """arXiv API Atom feed, streamed with iterparse; Source.line is the entry's 1-based index.

    A broken document keeps the entries parsed before the break and adds one Reject for the
    rest; so does an entry over the record limit (XML cannot be resynchronised after it).
    """
    source_file = _RepairedXml(stream, limits.max_record_bytes)
    index = 0
    in_entry = False
    root: ElementTree.Element | None = None
    try:
        for event, elem in ElementTree.iterparse(source_file, events=("start", "end")):
            if root is None:
                root = elem
            if _local(elem.tag) != "entry":
                continue
            if event == "start":
                index += 1
                in_entry = True
                source_file.entry_start = source_file.consumed
                continue
            in_entry = False
            source_file.entry_start = None
            yield _entry_item(elem, Source(path, index), limits)
            root.clear()  # entries are done with: keep memory flat on big feeds
    except ElementTree.ParseError as err:
        line = index if in_entry else index + 1
        yield Reject(Source(path, line), f"broken XML: {err}", _excerpt(source_file.line(err.position[0])))
    except _EntryTooLarge as err:
        yield Reject(Source(path, index), f"{_oversized(err.size, limits.max_record_bytes)}; the rest of the feed "
                                          "is not read", "")


def _entry_item(entry: ElementTree.Element, source: Source, limits: ReadLimits = DEFAULT_LIMITS) -> Item:
    fields = _entry_fields(entry)
    raw = ElementTree.tostring(entry, encoding="unicode")[: Reject.RAW_LIMIT + 1]
    if "/api/errors" in fields.get("id", ""):
        return Reject(source, f"arXiv API error: {_clean_text(fields.get('summary', ''))}", raw)
    if any(_SENTINEL in v for v in _strings(fields)):
        return Reject(source, UNDECODABLE, raw.replace(_SENTINEL, "\ufffd"))
    return _record_from_fields(fields, source, raw, UNDECODABLE, limits)


def _strings(fields: Mapping[str, Any]) -> Iterator[str]:
    for value in fields.values():
        yield from (value if isinstance(value, list) else [value])


# ---------------------------------------------------------------------------- csv

_CSV_DELIMITERS = (",", "\t", ";", "|")
_CSV_ROLES = {
    "title": "title",
    "abstract": "abstract",
    "summary": "abstract",
    "arxiv_id": "id",
    "arxiv id": "id",
    "id": "id",
    "authors": "authors",
    "categories": "categories",
    "year": "year",
    "venue": "venue",
    "journal_ref": "journal_ref",
    "journal-ref": "journal_ref",
    "anthology_id": "anthology_id",
    "acl_id": "acl_id",
    "doi": "doi",
}


def _csv_delimiter(header: str) -> str | None:
    """The delimiter under which the header names a title and an abstract (or summary) column."""
    for delimiter in _CSV_DELIMITERS:
        names = {name.strip().lower() for name in next(csv.reader([header], delimiter=delimiter), [])}
        if "title" in names and names & {"abstract", "summary"}:
            return delimiter
    return None


def _csv_keys(header: list[str]) -> list[str]:
    """Column names as record keys: known roles get their canonical key (first column wins)."""
    keys: list[str] = []
    for name in header:
        role = _CSV_ROLES.get(name.strip().lower())
        if role == "abstract" and name.strip().lower() == "summary" and any(
            h.strip().lower() == "abstract" for h in header
        ):
            role = None  # both present: "abstract" is the abstract, "summary" is metadata
        keys.append(role if role and role not in keys else name)
    return keys


def _read_csv(stream: BinaryIO, path: str, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Header row naming title and abstract/summary columns; other columns go to metadata.

    Source.line is the physical line where the row starts (the header is line 1). A physical
    line over the record limit is rejected and read past (the csv module sees a blank line).
    """
    csv.field_size_limit(limits.max_record_bytes)
    row_start: list[int | None] = [None]  # first non-blank line fed since the last row
    oversized: list[Reject] = []

    def lines() -> Iterator[str]:
        for lineno, raw, size in _bounded_lines(stream, limits.max_record_bytes):
            if size is not None:
                oversized.append(Reject(Source(path, lineno), _oversized(size, limits.max_record_bytes),
                                        _excerpt(raw.decode("utf-8", "replace"))))
                raw = b"\n"
            text = raw.decode("utf-8", "surrogateescape")  # bad bytes found per row, below
            if lineno == 1:
                text = text.removeprefix(BOM)
            if row_start[0] is None and text.strip():
                row_start[0] = lineno
            yield text

    feed = lines()
    header_line = next(feed, "")
    delimiter = _csv_delimiter(header_line)
    if delimiter is None:
        raise InputError(f"{path}: CSV header names no title and abstract/summary columns: {header_line.strip()!r}")
    reader = csv.DictReader(chain([header_line], feed), delimiter=delimiter)
    header = reader.fieldnames or []
    keys = _csv_keys(list(header))
    row_start[0] = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:  # a field over the limit, a NUL byte: this row only
            yield from _drain(oversized)
            yield Reject(Source(path, row_start[0] or reader.line_num), f"broken CSV row: {err}", "")
            row_start[0] = None
            continue
        yield from _drain(oversized)
        source = Source(path, row_start[0] or reader.line_num)
        row_start[0] = None
        values = [row.get(name) for name in header]
        extra = row.get(None) or []  # type: ignore[call-overload]
        raw = delimiter.join(v or "" for v in [*values, *extra])
        if not extra and not any((v or "").strip() for v in values):
            continue  # a whitespace-only line is no row
        if extra or any(v is None for v in values):
            count = len(values) - values.count(None) + len(extra)
            yield Reject(source, f"row has {count} fields, header has {len(header)}", _excerpt(raw))
            continue
        fields = {key: value for key, value in zip(keys, values)}
        yield _record_from_fields(fields, source, raw, UNDECODABLE, limits)
    yield from _drain(oversized)


def _drain(items: list[Reject]) -> Iterator[Reject]:
    while items:
        yield items.pop(0)


# ---------------------------------------------------------------------------- detection & entry points

FORMATS: dict[str, Reader] = {
    "hf-text": _read_hf_text,
    "jsonl": _read_jsonl,
    "json": _read_json,
    "atom": _read_atom,
    "csv": _read_csv,
}

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_TEXT_SUFFIXES = (".txt", ".text")
_EMPTY_BY_SUFFIX = {".json": "json", **{s: "jsonl" for s in _JSONL_SUFFIXES}, **{s: "hf-text" for s in _TEXT_SUFFIXES}}
_HF_MARKER = re.compile(r"^(?:Get trending papers in your email inbox|Subscribe)", re.MULTILINE)
_ATOM_ROOT = re.compile(r"<(?:\w+:)?feed[\s>]")


def _format_names() -> str:
    return ", ".join(FORMATS)


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(2) == GZIP_MAGIC


def _open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed if it starts with the gzip magic."""
    try:
        return gzip.open(path, "rb") if _is_gzip(path) else path.open("rb")  # type: ignore[return-value]
    except OSError as err:
        raise InputError(f"cannot open {path}: {err.strerror or err}") from err


def _inner_suffix(path: Path) -> str:
    """Suffix that names the content: "papers.jsonl.gz" -> ".jsonl"."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _detect(head: bytes, suffix: str) -> str | None:
    """Format of a file from its first bytes (decompressed) and suffix; None if none fits."""
    at_eof = len(head) < SNIFF_BYTES
    head = head.replace(b"\x00", b"")  # a stray NUL costs its line (a Reject), not the file
    text = head.decode("utf-8", "replace").removeprefix(BOM).lstrip()
    if not text:  # an empty file: only the suffix can tell, and it reads as zero records
        return _EMPTY_BY_SUFFIX.get(suffix)
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        if suffix in _JSONL_SUFFIXES:
            return "jsonl"
        first, newline, rest = text.partition("\n")
        if not (newline or at_eof):  # first line longer than the sniff: one object per line, or one big object
            return "json" if suffix == ".json" else "jsonl"
        try:
            json.loads(first)
        except ValueError:
            return "json"  # a multi-line (pretty-printed) object
        return "json" if suffix == ".json" and not rest.strip() else "jsonl"
    if text.startswith("<"):
        return "atom" if ATOM_NS in text or _ATOM_ROOT.search(text) else None
    if _csv_delimiter(text.partition("\n")[0]):
        return "csv"
    if _HF_MARKER.search(text) or suffix in _TEXT_SUFFIXES:
        return "hf-text"
    return None


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(f"input not found: {path}")
    if not path.is_file():
        raise InputError(f"input is not a regular file: {path}")


def detect_format(path: Path) -> str:
    """Name of the reader for ``path``, from its (decompressed) first KB and its suffix."""
    path = Path(path)
    _check_file(path)
    with _open_binary(path) as stream:
        try:
            head = stream.read(SNIFF_BYTES)
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            raise InputError(f"{path}: corrupt gzip data: {err}") from err
    fmt = _detect(head, _inner_suffix(path))
    if fmt is None:
        raise InputError(f"cannot detect the format of {path}; pass one of: {_format_names()}")
    return fmt


def _checked_format(fmt: str | None) -> str | None:
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r}; valid formats: {_format_names()}")
    return fmt


SKIPPED_FILE = "skipped file"


def source_name(path: Path, given: Path | None = None) -> str:
    """How records of ``path`` name their file (``Source.path``, a Paper's ``source``):
    relative to the directory given as input, else the file's name. Never absolute, so a build
    gives the same nodes in every checkout."""
    if given is not None and given != path:
        return path.relative_to(given).as_posix()
    return path.name


def _plan(path: Path, fmt: str | None) -> list[tuple[Path, str, str] | Reject]:
    """(file, format, source name) for one input path; a directory contributes its detectable
    files and a Reject for each file it cannot read (counted and listed like any other skip)."""
    if path.is_dir():
        plan: list[tuple[Path, str, str] | Reject] = []
        for child in sorted(path.iterdir()):
            if not child.is_file():
                continue
            if fmt is not None:
                plan.append((child, fmt, source_name(child, path)))
                continue
            try:
                plan.append((child, detect_format(child), source_name(child, path)))
            except InputError as err:
                logger.warning("skipping %s: %s", child, err)
                plan.append(Reject(Source(source_name(child, path), 0), f"{SKIPPED_FILE}: {err}", ""))
        return plan
    _check_file(path)
    return [(path, fmt or detect_format(path), source_name(path))]


def _read_planned(path: Path, fmt: str, limits: ReadLimits = DEFAULT_LIMITS, name: str | None = None) -> Iterator[Item]:
    """Run one reader; a gzip stream that breaks mid-file becomes a final Reject, not a crash."""
    last_line = 0
    name = name or source_name(path)
    with _open_binary(path) as stream:
        try:
            for item in FORMATS[fmt](stream, name, limits):
                last_line = item.source.line
                yield item
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            yield Reject(Source(name, last_line + 1), f"corrupt gzip data: {err}", "")


def read_file(path: str | Path, fmt: str | None = None, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Records and Rejects of one file, streamed. Bad paths and formats raise InputError now, not on first next()."""
    path = Path(path)
    _checked_format(fmt)
    _check_file(path)
    return _read_planned(path, fmt or detect_format(path), limits)


def read_records(paths: Iterable[str | Path], fmt: str | None = None, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Records and Rejects of every input, in order; directories are read file by file, sorted.

    All paths are checked before the first record is read, so a typo in the last path fails
    fast instead of after hours of reading. With ``fmt`` every file (also in a directory) is
    read in that format; without it, undetectable files in a directory are skipped with a
    logged warning and a Reject, and an undetectable named file is an InputError.
    """
    _checked_format(fmt)
    plan = [planned for path in paths for planned in _plan(Path(path), fmt)]
    return chain.from_iterable([p] if isinstance(p, Reject) else _read_planned(p[0], p[1], limits, p[2]) for p in plan)
